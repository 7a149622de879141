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
    gpu.func @lr_rmsnorm_v4(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %out: !llvm.ptr, %rows: i64, %dim: i64, %eps: f32) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 4 : i64
      %v14 = arith.constant 1024 : i64
      %v19 = arith.constant 1 : i64
      %v20 = llvm.alloca %v19 x vector<4xf32> : (i64) -> !llvm.ptr
      %v22 = arith.constant 0 : i64
      %v25 = arith.constant 128 : i64
      %v32 = arith.constant 384 : i64
      %v36 = arith.constant 512 : i64
      %v40 = arith.constant 640 : i64
      %v44 = arith.constant 768 : i64
      %v48 = arith.constant 896 : i64
      %v138 = arith.constant 0x3F800000 : f32
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
        %v13 = arith.muli %v10, %v12 : i64
        %v15 = arith.subi %dim, %v12 : i64
        %v16 = arith.muli %v9, %x_stride : i64
        %v17 = arith.muli %v9, %dim : i64
        %v18 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        llvm.store %v18, %v20 : vector<4xf32>, !llvm.ptr
        scf.for %v21 = %v13 to %dim step %v14 : i64 {
          %v23 = arith.cmpi slt, %v21, %dim : i64
          %v24 = arith.minsi %v21, %v15 : i64
          %v26 = arith.addi %v21, %v25 : i64
          %v27 = arith.cmpi slt, %v26, %dim : i64
          %v28 = arith.minsi %v26, %v15 : i64
          %v29 = arith.addi %v21, %v5 : i64
          %v30 = arith.cmpi slt, %v29, %dim : i64
          %v31 = arith.minsi %v29, %v15 : i64
          %v33 = arith.addi %v21, %v32 : i64
          %v34 = arith.cmpi slt, %v33, %dim : i64
          %v35 = arith.minsi %v33, %v15 : i64
          %v37 = arith.addi %v21, %v36 : i64
          %v38 = arith.cmpi slt, %v37, %dim : i64
          %v39 = arith.minsi %v37, %v15 : i64
          %v41 = arith.addi %v21, %v40 : i64
          %v42 = arith.cmpi slt, %v41, %dim : i64
          %v43 = arith.minsi %v41, %v15 : i64
          %v45 = arith.addi %v21, %v44 : i64
          %v46 = arith.cmpi slt, %v45, %dim : i64
          %v47 = arith.minsi %v45, %v15 : i64
          %v49 = arith.addi %v21, %v48 : i64
          %v50 = arith.cmpi slt, %v49, %dim : i64
          %v51 = arith.minsi %v49, %v15 : i64
          %v52 = arith.addi %v16, %v24 : i64
          %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v54 = llvm.load %v53 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v55 = arith.addi %v16, %v28 : i64
          %v56 = llvm.getelementptr %x[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v58 = arith.addi %v16, %v31 : i64
          %v59 = llvm.getelementptr %x[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v61 = arith.addi %v16, %v35 : i64
          %v62 = llvm.getelementptr %x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v63 = llvm.load %v62 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v64 = arith.addi %v16, %v39 : i64
          %v65 = llvm.getelementptr %x[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v67 = arith.addi %v16, %v43 : i64
          %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v70 = arith.addi %v16, %v47 : i64
          %v71 = llvm.getelementptr %x[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v73 = arith.addi %v16, %v51 : i64
          %v74 = llvm.getelementptr %x[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.load %v20 : !llvm.ptr -> vector<4xf32>
          %v77 = llvm.fmul %v54, %v54 : vector<4xf32>
          %v78 = llvm.select %v23, %v77, %v18 : i1, vector<4xf32>
          %v79 = llvm.fadd %v76, %v78 : vector<4xf32>
          %v80 = llvm.fmul %v57, %v57 : vector<4xf32>
          %v81 = llvm.select %v27, %v80, %v18 : i1, vector<4xf32>
          %v82 = llvm.fadd %v79, %v81 : vector<4xf32>
          %v83 = llvm.fmul %v60, %v60 : vector<4xf32>
          %v84 = llvm.select %v30, %v83, %v18 : i1, vector<4xf32>
          %v85 = llvm.fadd %v82, %v84 : vector<4xf32>
          %v86 = llvm.fmul %v63, %v63 : vector<4xf32>
          %v87 = llvm.select %v34, %v86, %v18 : i1, vector<4xf32>
          %v88 = llvm.fadd %v85, %v87 : vector<4xf32>
          %v89 = llvm.fmul %v66, %v66 : vector<4xf32>
          %v90 = llvm.select %v38, %v89, %v18 : i1, vector<4xf32>
          %v91 = llvm.fadd %v88, %v90 : vector<4xf32>
          %v92 = llvm.fmul %v69, %v69 : vector<4xf32>
          %v93 = llvm.select %v42, %v92, %v18 : i1, vector<4xf32>
          %v94 = llvm.fadd %v91, %v93 : vector<4xf32>
          %v95 = llvm.fmul %v72, %v72 : vector<4xf32>
          %v96 = llvm.select %v46, %v95, %v18 : i1, vector<4xf32>
          %v97 = llvm.fadd %v94, %v96 : vector<4xf32>
          %v98 = llvm.fmul %v75, %v75 : vector<4xf32>
          %v99 = llvm.select %v50, %v98, %v18 : i1, vector<4xf32>
          %v100 = llvm.fadd %v97, %v99 : vector<4xf32>
          llvm.store %v100, %v20 : vector<4xf32>, !llvm.ptr
        }
        %v101 = llvm.load %v20 : !llvm.ptr -> vector<4xf32>
        %v102 = llvm.mlir.constant(0 : i32) : i32
        %v103 = llvm.extractelement %v101[%v102 : i32] : vector<4xf32>
        %v104 = llvm.mlir.constant(1 : i32) : i32
        %v105 = llvm.extractelement %v101[%v104 : i32] : vector<4xf32>
        %v106 = llvm.mlir.constant(2 : i32) : i32
        %v107 = llvm.extractelement %v101[%v106 : i32] : vector<4xf32>
        %v108 = llvm.mlir.constant(3 : i32) : i32
        %v109 = llvm.extractelement %v101[%v108 : i32] : vector<4xf32>
        %v110 = arith.addf %v103, %v105 fastmath<contract> : f32
        %v111 = arith.addf %v110, %v107 fastmath<contract> : f32
        %v112 = arith.addf %v111, %v109 fastmath<contract> : f32
        %v113 = arith.constant 32 : i32
        %v114 = arith.constant 16 : i32
        %v115, %v116 = gpu.shuffle xor %v112, %v114, %v113 : f32
        %v117 = arith.addf %v112, %v115 fastmath<contract> : f32
        %v118 = arith.constant 8 : i32
        %v119, %v120 = gpu.shuffle xor %v117, %v118, %v113 : f32
        %v121 = arith.addf %v117, %v119 fastmath<contract> : f32
        %v122 = arith.constant 4 : i32
        %v123, %v124 = gpu.shuffle xor %v121, %v122, %v113 : f32
        %v125 = arith.addf %v121, %v123 fastmath<contract> : f32
        %v126 = arith.constant 2 : i32
        %v127, %v128 = gpu.shuffle xor %v125, %v126, %v113 : f32
        %v129 = arith.addf %v125, %v127 fastmath<contract> : f32
        %v130 = arith.constant 1 : i32
        %v131, %v132 = gpu.shuffle xor %v129, %v130, %v113 : f32
        %v133 = arith.addf %v129, %v131 fastmath<contract> : f32
        %v134 = arith.sitofp %dim : i64 to f32
        %v135 = arith.divf %v133, %v134 : f32
        %v136 = arith.addf %v135, %eps fastmath<contract> : f32
        %v137 = llvm.call_intrinsic "llvm.sqrt.f32"(%v136) : (f32) -> f32
        %v139 = arith.divf %v138, %v137 : f32
        %v140 = llvm.mlir.undef : vector<4xf32>
        %v141 = llvm.mlir.constant(0 : i32) : i32
        %v142 = llvm.insertelement %v139, %v140[%v141 : i32] : vector<4xf32>
        %v143 = llvm.mlir.constant(1 : i32) : i32
        %v144 = llvm.insertelement %v139, %v142[%v143 : i32] : vector<4xf32>
        %v145 = llvm.mlir.constant(2 : i32) : i32
        %v146 = llvm.insertelement %v139, %v144[%v145 : i32] : vector<4xf32>
        %v147 = llvm.mlir.constant(3 : i32) : i32
        %v148 = llvm.insertelement %v139, %v146[%v147 : i32] : vector<4xf32>
        scf.for %v149 = %v13 to %dim step %v14 : i64 {
          %v150 = arith.cmpi slt, %v149, %dim : i64
          %v151 = arith.minsi %v149, %v15 : i64
          %v152 = arith.addi %v149, %v25 : i64
          %v153 = arith.cmpi slt, %v152, %dim : i64
          %v154 = arith.minsi %v152, %v15 : i64
          %v155 = arith.addi %v149, %v5 : i64
          %v156 = arith.cmpi slt, %v155, %dim : i64
          %v157 = arith.minsi %v155, %v15 : i64
          %v158 = arith.addi %v149, %v32 : i64
          %v159 = arith.cmpi slt, %v158, %dim : i64
          %v160 = arith.minsi %v158, %v15 : i64
          %v161 = arith.addi %v149, %v36 : i64
          %v162 = arith.cmpi slt, %v161, %dim : i64
          %v163 = arith.minsi %v161, %v15 : i64
          %v164 = arith.addi %v149, %v40 : i64
          %v165 = arith.cmpi slt, %v164, %dim : i64
          %v166 = arith.minsi %v164, %v15 : i64
          %v167 = arith.addi %v149, %v44 : i64
          %v168 = arith.cmpi slt, %v167, %dim : i64
          %v169 = arith.minsi %v167, %v15 : i64
          %v170 = arith.addi %v149, %v48 : i64
          %v171 = arith.cmpi slt, %v170, %dim : i64
          %v172 = arith.minsi %v170, %v15 : i64
          %v173 = arith.addi %v16, %v151 : i64
          %v174 = llvm.getelementptr %x[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v175 = llvm.load %v174 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v176 = llvm.getelementptr %w[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v178 = arith.addi %v16, %v154 : i64
          %v179 = llvm.getelementptr %x[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v181 = llvm.getelementptr %w[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v183 = arith.addi %v16, %v157 : i64
          %v184 = llvm.getelementptr %x[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v186 = llvm.getelementptr %w[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v188 = arith.addi %v16, %v160 : i64
          %v189 = llvm.getelementptr %x[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v190 = llvm.load %v189 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v191 = llvm.getelementptr %w[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v193 = arith.addi %v16, %v163 : i64
          %v194 = llvm.getelementptr %x[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v195 = llvm.load %v194 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v196 = llvm.getelementptr %w[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v198 = arith.addi %v16, %v166 : i64
          %v199 = llvm.getelementptr %x[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v201 = llvm.getelementptr %w[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v202 = llvm.load %v201 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v203 = arith.addi %v16, %v169 : i64
          %v204 = llvm.getelementptr %x[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v206 = llvm.getelementptr %w[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v208 = arith.addi %v16, %v172 : i64
          %v209 = llvm.getelementptr %x[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v211 = llvm.getelementptr %w[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v212 = llvm.load %v211 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v213 = llvm.fmul %v175, %v148 : vector<4xf32>
          %v214 = llvm.fmul %v213, %v177 : vector<4xf32>
          scf.if %v150 {
            %v215 = arith.addi %v17, %v149 : i64
            %v216 = llvm.getelementptr %out[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v214, %v216 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
          %v217 = llvm.fmul %v180, %v148 : vector<4xf32>
          %v218 = llvm.fmul %v217, %v182 : vector<4xf32>
          scf.if %v153 {
            %v219 = arith.addi %v17, %v152 : i64
            %v220 = llvm.getelementptr %out[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v218, %v220 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
          %v221 = llvm.fmul %v185, %v148 : vector<4xf32>
          %v222 = llvm.fmul %v221, %v187 : vector<4xf32>
          scf.if %v156 {
            %v223 = arith.addi %v17, %v155 : i64
            %v224 = llvm.getelementptr %out[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v222, %v224 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
          %v225 = llvm.fmul %v190, %v148 : vector<4xf32>
          %v226 = llvm.fmul %v225, %v192 : vector<4xf32>
          scf.if %v159 {
            %v227 = arith.addi %v17, %v158 : i64
            %v228 = llvm.getelementptr %out[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v226, %v228 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
          %v229 = llvm.fmul %v195, %v148 : vector<4xf32>
          %v230 = llvm.fmul %v229, %v197 : vector<4xf32>
          scf.if %v162 {
            %v231 = arith.addi %v17, %v161 : i64
            %v232 = llvm.getelementptr %out[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v230, %v232 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
          %v233 = llvm.fmul %v200, %v148 : vector<4xf32>
          %v234 = llvm.fmul %v233, %v202 : vector<4xf32>
          scf.if %v165 {
            %v235 = arith.addi %v17, %v164 : i64
            %v236 = llvm.getelementptr %out[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v234, %v236 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
          %v237 = llvm.fmul %v205, %v148 : vector<4xf32>
          %v238 = llvm.fmul %v237, %v207 : vector<4xf32>
          scf.if %v168 {
            %v239 = arith.addi %v17, %v167 : i64
            %v240 = llvm.getelementptr %out[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v238, %v240 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
          %v241 = llvm.fmul %v210, %v148 : vector<4xf32>
          %v242 = llvm.fmul %v241, %v212 : vector<4xf32>
          scf.if %v171 {
            %v243 = arith.addi %v17, %v170 : i64
            %v244 = llvm.getelementptr %out[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v242, %v244 {alignment = 16 : i64} : vector<4xf32>, !llvm.ptr
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_rmsnorm_bf16_v4(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %out: !llvm.ptr, %rows: i64, %dim: i64, %eps: f32) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 4 : i64
      %v14 = arith.constant 1024 : i64
      %v19 = arith.constant 1 : i64
      %v20 = llvm.alloca %v19 x vector<4xf32> : (i64) -> !llvm.ptr
      %v22 = arith.constant 0 : i64
      %v25 = arith.constant 128 : i64
      %v32 = arith.constant 384 : i64
      %v36 = arith.constant 512 : i64
      %v40 = arith.constant 640 : i64
      %v44 = arith.constant 768 : i64
      %v48 = arith.constant 896 : i64
      %v138 = arith.constant 0x3F800000 : f32
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
        %v13 = arith.muli %v10, %v12 : i64
        %v15 = arith.subi %dim, %v12 : i64
        %v16 = arith.muli %v9, %x_stride : i64
        %v17 = arith.muli %v9, %dim : i64
        %v18 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        llvm.store %v18, %v20 : vector<4xf32>, !llvm.ptr
        scf.for %v21 = %v13 to %dim step %v14 : i64 {
          %v23 = arith.cmpi slt, %v21, %dim : i64
          %v24 = arith.minsi %v21, %v15 : i64
          %v26 = arith.addi %v21, %v25 : i64
          %v27 = arith.cmpi slt, %v26, %dim : i64
          %v28 = arith.minsi %v26, %v15 : i64
          %v29 = arith.addi %v21, %v5 : i64
          %v30 = arith.cmpi slt, %v29, %dim : i64
          %v31 = arith.minsi %v29, %v15 : i64
          %v33 = arith.addi %v21, %v32 : i64
          %v34 = arith.cmpi slt, %v33, %dim : i64
          %v35 = arith.minsi %v33, %v15 : i64
          %v37 = arith.addi %v21, %v36 : i64
          %v38 = arith.cmpi slt, %v37, %dim : i64
          %v39 = arith.minsi %v37, %v15 : i64
          %v41 = arith.addi %v21, %v40 : i64
          %v42 = arith.cmpi slt, %v41, %dim : i64
          %v43 = arith.minsi %v41, %v15 : i64
          %v45 = arith.addi %v21, %v44 : i64
          %v46 = arith.cmpi slt, %v45, %dim : i64
          %v47 = arith.minsi %v45, %v15 : i64
          %v49 = arith.addi %v21, %v48 : i64
          %v50 = arith.cmpi slt, %v49, %dim : i64
          %v51 = arith.minsi %v49, %v15 : i64
          %v52 = arith.addi %v16, %v24 : i64
          %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v54 = llvm.load %v53 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v55 = arith.addi %v16, %v28 : i64
          %v56 = llvm.getelementptr %x[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v58 = arith.addi %v16, %v31 : i64
          %v59 = llvm.getelementptr %x[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v61 = arith.addi %v16, %v35 : i64
          %v62 = llvm.getelementptr %x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v63 = llvm.load %v62 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v64 = arith.addi %v16, %v39 : i64
          %v65 = llvm.getelementptr %x[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v67 = arith.addi %v16, %v43 : i64
          %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v70 = arith.addi %v16, %v47 : i64
          %v71 = llvm.getelementptr %x[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v72 = llvm.load %v71 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v73 = arith.addi %v16, %v51 : i64
          %v74 = llvm.getelementptr %x[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.load %v20 : !llvm.ptr -> vector<4xf32>
          %v77 = llvm.fmul %v54, %v54 : vector<4xf32>
          %v78 = llvm.select %v23, %v77, %v18 : i1, vector<4xf32>
          %v79 = llvm.fadd %v76, %v78 : vector<4xf32>
          %v80 = llvm.fmul %v57, %v57 : vector<4xf32>
          %v81 = llvm.select %v27, %v80, %v18 : i1, vector<4xf32>
          %v82 = llvm.fadd %v79, %v81 : vector<4xf32>
          %v83 = llvm.fmul %v60, %v60 : vector<4xf32>
          %v84 = llvm.select %v30, %v83, %v18 : i1, vector<4xf32>
          %v85 = llvm.fadd %v82, %v84 : vector<4xf32>
          %v86 = llvm.fmul %v63, %v63 : vector<4xf32>
          %v87 = llvm.select %v34, %v86, %v18 : i1, vector<4xf32>
          %v88 = llvm.fadd %v85, %v87 : vector<4xf32>
          %v89 = llvm.fmul %v66, %v66 : vector<4xf32>
          %v90 = llvm.select %v38, %v89, %v18 : i1, vector<4xf32>
          %v91 = llvm.fadd %v88, %v90 : vector<4xf32>
          %v92 = llvm.fmul %v69, %v69 : vector<4xf32>
          %v93 = llvm.select %v42, %v92, %v18 : i1, vector<4xf32>
          %v94 = llvm.fadd %v91, %v93 : vector<4xf32>
          %v95 = llvm.fmul %v72, %v72 : vector<4xf32>
          %v96 = llvm.select %v46, %v95, %v18 : i1, vector<4xf32>
          %v97 = llvm.fadd %v94, %v96 : vector<4xf32>
          %v98 = llvm.fmul %v75, %v75 : vector<4xf32>
          %v99 = llvm.select %v50, %v98, %v18 : i1, vector<4xf32>
          %v100 = llvm.fadd %v97, %v99 : vector<4xf32>
          llvm.store %v100, %v20 : vector<4xf32>, !llvm.ptr
        }
        %v101 = llvm.load %v20 : !llvm.ptr -> vector<4xf32>
        %v102 = llvm.mlir.constant(0 : i32) : i32
        %v103 = llvm.extractelement %v101[%v102 : i32] : vector<4xf32>
        %v104 = llvm.mlir.constant(1 : i32) : i32
        %v105 = llvm.extractelement %v101[%v104 : i32] : vector<4xf32>
        %v106 = llvm.mlir.constant(2 : i32) : i32
        %v107 = llvm.extractelement %v101[%v106 : i32] : vector<4xf32>
        %v108 = llvm.mlir.constant(3 : i32) : i32
        %v109 = llvm.extractelement %v101[%v108 : i32] : vector<4xf32>
        %v110 = arith.addf %v103, %v105 fastmath<contract> : f32
        %v111 = arith.addf %v110, %v107 fastmath<contract> : f32
        %v112 = arith.addf %v111, %v109 fastmath<contract> : f32
        %v113 = arith.constant 32 : i32
        %v114 = arith.constant 16 : i32
        %v115, %v116 = gpu.shuffle xor %v112, %v114, %v113 : f32
        %v117 = arith.addf %v112, %v115 fastmath<contract> : f32
        %v118 = arith.constant 8 : i32
        %v119, %v120 = gpu.shuffle xor %v117, %v118, %v113 : f32
        %v121 = arith.addf %v117, %v119 fastmath<contract> : f32
        %v122 = arith.constant 4 : i32
        %v123, %v124 = gpu.shuffle xor %v121, %v122, %v113 : f32
        %v125 = arith.addf %v121, %v123 fastmath<contract> : f32
        %v126 = arith.constant 2 : i32
        %v127, %v128 = gpu.shuffle xor %v125, %v126, %v113 : f32
        %v129 = arith.addf %v125, %v127 fastmath<contract> : f32
        %v130 = arith.constant 1 : i32
        %v131, %v132 = gpu.shuffle xor %v129, %v130, %v113 : f32
        %v133 = arith.addf %v129, %v131 fastmath<contract> : f32
        %v134 = arith.sitofp %dim : i64 to f32
        %v135 = arith.divf %v133, %v134 : f32
        %v136 = arith.addf %v135, %eps fastmath<contract> : f32
        %v137 = llvm.call_intrinsic "llvm.sqrt.f32"(%v136) : (f32) -> f32
        %v139 = arith.divf %v138, %v137 : f32
        %v140 = llvm.mlir.undef : vector<4xf32>
        %v141 = llvm.mlir.constant(0 : i32) : i32
        %v142 = llvm.insertelement %v139, %v140[%v141 : i32] : vector<4xf32>
        %v143 = llvm.mlir.constant(1 : i32) : i32
        %v144 = llvm.insertelement %v139, %v142[%v143 : i32] : vector<4xf32>
        %v145 = llvm.mlir.constant(2 : i32) : i32
        %v146 = llvm.insertelement %v139, %v144[%v145 : i32] : vector<4xf32>
        %v147 = llvm.mlir.constant(3 : i32) : i32
        %v148 = llvm.insertelement %v139, %v146[%v147 : i32] : vector<4xf32>
        scf.for %v149 = %v13 to %dim step %v14 : i64 {
          %v150 = arith.cmpi slt, %v149, %dim : i64
          %v151 = arith.minsi %v149, %v15 : i64
          %v152 = arith.addi %v149, %v25 : i64
          %v153 = arith.cmpi slt, %v152, %dim : i64
          %v154 = arith.minsi %v152, %v15 : i64
          %v155 = arith.addi %v149, %v5 : i64
          %v156 = arith.cmpi slt, %v155, %dim : i64
          %v157 = arith.minsi %v155, %v15 : i64
          %v158 = arith.addi %v149, %v32 : i64
          %v159 = arith.cmpi slt, %v158, %dim : i64
          %v160 = arith.minsi %v158, %v15 : i64
          %v161 = arith.addi %v149, %v36 : i64
          %v162 = arith.cmpi slt, %v161, %dim : i64
          %v163 = arith.minsi %v161, %v15 : i64
          %v164 = arith.addi %v149, %v40 : i64
          %v165 = arith.cmpi slt, %v164, %dim : i64
          %v166 = arith.minsi %v164, %v15 : i64
          %v167 = arith.addi %v149, %v44 : i64
          %v168 = arith.cmpi slt, %v167, %dim : i64
          %v169 = arith.minsi %v167, %v15 : i64
          %v170 = arith.addi %v149, %v48 : i64
          %v171 = arith.cmpi slt, %v170, %dim : i64
          %v172 = arith.minsi %v170, %v15 : i64
          %v173 = arith.addi %v16, %v151 : i64
          %v174 = llvm.getelementptr %x[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v175 = llvm.load %v174 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v176 = llvm.getelementptr %w[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v177 = llvm.load %v176 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v178 = arith.addi %v16, %v154 : i64
          %v179 = llvm.getelementptr %x[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v180 = llvm.load %v179 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v181 = llvm.getelementptr %w[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v183 = arith.addi %v16, %v157 : i64
          %v184 = llvm.getelementptr %x[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v186 = llvm.getelementptr %w[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v187 = llvm.load %v186 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v188 = arith.addi %v16, %v160 : i64
          %v189 = llvm.getelementptr %x[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v190 = llvm.load %v189 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v191 = llvm.getelementptr %w[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v193 = arith.addi %v16, %v163 : i64
          %v194 = llvm.getelementptr %x[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v195 = llvm.load %v194 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v196 = llvm.getelementptr %w[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v198 = arith.addi %v16, %v166 : i64
          %v199 = llvm.getelementptr %x[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v201 = llvm.getelementptr %w[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v202 = llvm.load %v201 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v203 = arith.addi %v16, %v169 : i64
          %v204 = llvm.getelementptr %x[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v206 = llvm.getelementptr %w[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v208 = arith.addi %v16, %v172 : i64
          %v209 = llvm.getelementptr %x[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v211 = llvm.getelementptr %w[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v212 = llvm.load %v211 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v213 = llvm.fmul %v175, %v148 : vector<4xf32>
          %v214 = llvm.fmul %v213, %v177 : vector<4xf32>
          scf.if %v150 {
            %v215 = arith.addi %v17, %v149 : i64
            %v216 = llvm.mlir.undef : vector<4xi16>
            %v217 = llvm.mlir.constant(0 : i32) : i32
            %v218 = llvm.extractelement %v214[%v217 : i32] : vector<4xf32>
            %v219 = arith.bitcast %v218 : f32 to i32
            %v220 = arith.constant 16 : i32
            %v221 = arith.constant 1 : i32
            %v222 = arith.constant 32767 : i32
            %v223 = arith.constant 64 : i32
            %v224 = arith.shrui %v219, %v220 : i32
            %v225 = arith.andi %v224, %v221 : i32
            %v226 = arith.addi %v219, %v222 : i32
            %v227 = arith.addi %v226, %v225 : i32
            %v228 = arith.shrui %v227, %v220 : i32
            %v229 = arith.ori %v224, %v223 : i32
            %v230 = arith.cmpf uno, %v218, %v218 : f32
            %v231 = arith.select %v230, %v229, %v228 : i32
            %v232 = arith.trunci %v231 : i32 to i16
            %v233 = llvm.insertelement %v232, %v216[%v217 : i32] : vector<4xi16>
            %v234 = llvm.mlir.constant(1 : i32) : i32
            %v235 = llvm.extractelement %v214[%v234 : i32] : vector<4xf32>
            %v236 = arith.bitcast %v235 : f32 to i32
            %v237 = arith.constant 16 : i32
            %v238 = arith.constant 1 : i32
            %v239 = arith.constant 32767 : i32
            %v240 = arith.constant 64 : i32
            %v241 = arith.shrui %v236, %v237 : i32
            %v242 = arith.andi %v241, %v238 : i32
            %v243 = arith.addi %v236, %v239 : i32
            %v244 = arith.addi %v243, %v242 : i32
            %v245 = arith.shrui %v244, %v237 : i32
            %v246 = arith.ori %v241, %v240 : i32
            %v247 = arith.cmpf uno, %v235, %v235 : f32
            %v248 = arith.select %v247, %v246, %v245 : i32
            %v249 = arith.trunci %v248 : i32 to i16
            %v250 = llvm.insertelement %v249, %v233[%v234 : i32] : vector<4xi16>
            %v251 = llvm.mlir.constant(2 : i32) : i32
            %v252 = llvm.extractelement %v214[%v251 : i32] : vector<4xf32>
            %v253 = arith.bitcast %v252 : f32 to i32
            %v254 = arith.constant 16 : i32
            %v255 = arith.constant 1 : i32
            %v256 = arith.constant 32767 : i32
            %v257 = arith.constant 64 : i32
            %v258 = arith.shrui %v253, %v254 : i32
            %v259 = arith.andi %v258, %v255 : i32
            %v260 = arith.addi %v253, %v256 : i32
            %v261 = arith.addi %v260, %v259 : i32
            %v262 = arith.shrui %v261, %v254 : i32
            %v263 = arith.ori %v258, %v257 : i32
            %v264 = arith.cmpf uno, %v252, %v252 : f32
            %v265 = arith.select %v264, %v263, %v262 : i32
            %v266 = arith.trunci %v265 : i32 to i16
            %v267 = llvm.insertelement %v266, %v250[%v251 : i32] : vector<4xi16>
            %v268 = llvm.mlir.constant(3 : i32) : i32
            %v269 = llvm.extractelement %v214[%v268 : i32] : vector<4xf32>
            %v270 = arith.bitcast %v269 : f32 to i32
            %v271 = arith.constant 16 : i32
            %v272 = arith.constant 1 : i32
            %v273 = arith.constant 32767 : i32
            %v274 = arith.constant 64 : i32
            %v275 = arith.shrui %v270, %v271 : i32
            %v276 = arith.andi %v275, %v272 : i32
            %v277 = arith.addi %v270, %v273 : i32
            %v278 = arith.addi %v277, %v276 : i32
            %v279 = arith.shrui %v278, %v271 : i32
            %v280 = arith.ori %v275, %v274 : i32
            %v281 = arith.cmpf uno, %v269, %v269 : f32
            %v282 = arith.select %v281, %v280, %v279 : i32
            %v283 = arith.trunci %v282 : i32 to i16
            %v284 = llvm.insertelement %v283, %v267[%v268 : i32] : vector<4xi16>
            %v285 = llvm.getelementptr %out[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v284, %v285 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
          %v286 = llvm.fmul %v180, %v148 : vector<4xf32>
          %v287 = llvm.fmul %v286, %v182 : vector<4xf32>
          scf.if %v153 {
            %v288 = arith.addi %v17, %v152 : i64
            %v289 = llvm.mlir.undef : vector<4xi16>
            %v290 = llvm.mlir.constant(0 : i32) : i32
            %v291 = llvm.extractelement %v287[%v290 : i32] : vector<4xf32>
            %v292 = arith.bitcast %v291 : f32 to i32
            %v293 = arith.constant 16 : i32
            %v294 = arith.constant 1 : i32
            %v295 = arith.constant 32767 : i32
            %v296 = arith.constant 64 : i32
            %v297 = arith.shrui %v292, %v293 : i32
            %v298 = arith.andi %v297, %v294 : i32
            %v299 = arith.addi %v292, %v295 : i32
            %v300 = arith.addi %v299, %v298 : i32
            %v301 = arith.shrui %v300, %v293 : i32
            %v302 = arith.ori %v297, %v296 : i32
            %v303 = arith.cmpf uno, %v291, %v291 : f32
            %v304 = arith.select %v303, %v302, %v301 : i32
            %v305 = arith.trunci %v304 : i32 to i16
            %v306 = llvm.insertelement %v305, %v289[%v290 : i32] : vector<4xi16>
            %v307 = llvm.mlir.constant(1 : i32) : i32
            %v308 = llvm.extractelement %v287[%v307 : i32] : vector<4xf32>
            %v309 = arith.bitcast %v308 : f32 to i32
            %v310 = arith.constant 16 : i32
            %v311 = arith.constant 1 : i32
            %v312 = arith.constant 32767 : i32
            %v313 = arith.constant 64 : i32
            %v314 = arith.shrui %v309, %v310 : i32
            %v315 = arith.andi %v314, %v311 : i32
            %v316 = arith.addi %v309, %v312 : i32
            %v317 = arith.addi %v316, %v315 : i32
            %v318 = arith.shrui %v317, %v310 : i32
            %v319 = arith.ori %v314, %v313 : i32
            %v320 = arith.cmpf uno, %v308, %v308 : f32
            %v321 = arith.select %v320, %v319, %v318 : i32
            %v322 = arith.trunci %v321 : i32 to i16
            %v323 = llvm.insertelement %v322, %v306[%v307 : i32] : vector<4xi16>
            %v324 = llvm.mlir.constant(2 : i32) : i32
            %v325 = llvm.extractelement %v287[%v324 : i32] : vector<4xf32>
            %v326 = arith.bitcast %v325 : f32 to i32
            %v327 = arith.constant 16 : i32
            %v328 = arith.constant 1 : i32
            %v329 = arith.constant 32767 : i32
            %v330 = arith.constant 64 : i32
            %v331 = arith.shrui %v326, %v327 : i32
            %v332 = arith.andi %v331, %v328 : i32
            %v333 = arith.addi %v326, %v329 : i32
            %v334 = arith.addi %v333, %v332 : i32
            %v335 = arith.shrui %v334, %v327 : i32
            %v336 = arith.ori %v331, %v330 : i32
            %v337 = arith.cmpf uno, %v325, %v325 : f32
            %v338 = arith.select %v337, %v336, %v335 : i32
            %v339 = arith.trunci %v338 : i32 to i16
            %v340 = llvm.insertelement %v339, %v323[%v324 : i32] : vector<4xi16>
            %v341 = llvm.mlir.constant(3 : i32) : i32
            %v342 = llvm.extractelement %v287[%v341 : i32] : vector<4xf32>
            %v343 = arith.bitcast %v342 : f32 to i32
            %v344 = arith.constant 16 : i32
            %v345 = arith.constant 1 : i32
            %v346 = arith.constant 32767 : i32
            %v347 = arith.constant 64 : i32
            %v348 = arith.shrui %v343, %v344 : i32
            %v349 = arith.andi %v348, %v345 : i32
            %v350 = arith.addi %v343, %v346 : i32
            %v351 = arith.addi %v350, %v349 : i32
            %v352 = arith.shrui %v351, %v344 : i32
            %v353 = arith.ori %v348, %v347 : i32
            %v354 = arith.cmpf uno, %v342, %v342 : f32
            %v355 = arith.select %v354, %v353, %v352 : i32
            %v356 = arith.trunci %v355 : i32 to i16
            %v357 = llvm.insertelement %v356, %v340[%v341 : i32] : vector<4xi16>
            %v358 = llvm.getelementptr %out[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v357, %v358 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
          %v359 = llvm.fmul %v185, %v148 : vector<4xf32>
          %v360 = llvm.fmul %v359, %v187 : vector<4xf32>
          scf.if %v156 {
            %v361 = arith.addi %v17, %v155 : i64
            %v362 = llvm.mlir.undef : vector<4xi16>
            %v363 = llvm.mlir.constant(0 : i32) : i32
            %v364 = llvm.extractelement %v360[%v363 : i32] : vector<4xf32>
            %v365 = arith.bitcast %v364 : f32 to i32
            %v366 = arith.constant 16 : i32
            %v367 = arith.constant 1 : i32
            %v368 = arith.constant 32767 : i32
            %v369 = arith.constant 64 : i32
            %v370 = arith.shrui %v365, %v366 : i32
            %v371 = arith.andi %v370, %v367 : i32
            %v372 = arith.addi %v365, %v368 : i32
            %v373 = arith.addi %v372, %v371 : i32
            %v374 = arith.shrui %v373, %v366 : i32
            %v375 = arith.ori %v370, %v369 : i32
            %v376 = arith.cmpf uno, %v364, %v364 : f32
            %v377 = arith.select %v376, %v375, %v374 : i32
            %v378 = arith.trunci %v377 : i32 to i16
            %v379 = llvm.insertelement %v378, %v362[%v363 : i32] : vector<4xi16>
            %v380 = llvm.mlir.constant(1 : i32) : i32
            %v381 = llvm.extractelement %v360[%v380 : i32] : vector<4xf32>
            %v382 = arith.bitcast %v381 : f32 to i32
            %v383 = arith.constant 16 : i32
            %v384 = arith.constant 1 : i32
            %v385 = arith.constant 32767 : i32
            %v386 = arith.constant 64 : i32
            %v387 = arith.shrui %v382, %v383 : i32
            %v388 = arith.andi %v387, %v384 : i32
            %v389 = arith.addi %v382, %v385 : i32
            %v390 = arith.addi %v389, %v388 : i32
            %v391 = arith.shrui %v390, %v383 : i32
            %v392 = arith.ori %v387, %v386 : i32
            %v393 = arith.cmpf uno, %v381, %v381 : f32
            %v394 = arith.select %v393, %v392, %v391 : i32
            %v395 = arith.trunci %v394 : i32 to i16
            %v396 = llvm.insertelement %v395, %v379[%v380 : i32] : vector<4xi16>
            %v397 = llvm.mlir.constant(2 : i32) : i32
            %v398 = llvm.extractelement %v360[%v397 : i32] : vector<4xf32>
            %v399 = arith.bitcast %v398 : f32 to i32
            %v400 = arith.constant 16 : i32
            %v401 = arith.constant 1 : i32
            %v402 = arith.constant 32767 : i32
            %v403 = arith.constant 64 : i32
            %v404 = arith.shrui %v399, %v400 : i32
            %v405 = arith.andi %v404, %v401 : i32
            %v406 = arith.addi %v399, %v402 : i32
            %v407 = arith.addi %v406, %v405 : i32
            %v408 = arith.shrui %v407, %v400 : i32
            %v409 = arith.ori %v404, %v403 : i32
            %v410 = arith.cmpf uno, %v398, %v398 : f32
            %v411 = arith.select %v410, %v409, %v408 : i32
            %v412 = arith.trunci %v411 : i32 to i16
            %v413 = llvm.insertelement %v412, %v396[%v397 : i32] : vector<4xi16>
            %v414 = llvm.mlir.constant(3 : i32) : i32
            %v415 = llvm.extractelement %v360[%v414 : i32] : vector<4xf32>
            %v416 = arith.bitcast %v415 : f32 to i32
            %v417 = arith.constant 16 : i32
            %v418 = arith.constant 1 : i32
            %v419 = arith.constant 32767 : i32
            %v420 = arith.constant 64 : i32
            %v421 = arith.shrui %v416, %v417 : i32
            %v422 = arith.andi %v421, %v418 : i32
            %v423 = arith.addi %v416, %v419 : i32
            %v424 = arith.addi %v423, %v422 : i32
            %v425 = arith.shrui %v424, %v417 : i32
            %v426 = arith.ori %v421, %v420 : i32
            %v427 = arith.cmpf uno, %v415, %v415 : f32
            %v428 = arith.select %v427, %v426, %v425 : i32
            %v429 = arith.trunci %v428 : i32 to i16
            %v430 = llvm.insertelement %v429, %v413[%v414 : i32] : vector<4xi16>
            %v431 = llvm.getelementptr %out[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v430, %v431 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
          %v432 = llvm.fmul %v190, %v148 : vector<4xf32>
          %v433 = llvm.fmul %v432, %v192 : vector<4xf32>
          scf.if %v159 {
            %v434 = arith.addi %v17, %v158 : i64
            %v435 = llvm.mlir.undef : vector<4xi16>
            %v436 = llvm.mlir.constant(0 : i32) : i32
            %v437 = llvm.extractelement %v433[%v436 : i32] : vector<4xf32>
            %v438 = arith.bitcast %v437 : f32 to i32
            %v439 = arith.constant 16 : i32
            %v440 = arith.constant 1 : i32
            %v441 = arith.constant 32767 : i32
            %v442 = arith.constant 64 : i32
            %v443 = arith.shrui %v438, %v439 : i32
            %v444 = arith.andi %v443, %v440 : i32
            %v445 = arith.addi %v438, %v441 : i32
            %v446 = arith.addi %v445, %v444 : i32
            %v447 = arith.shrui %v446, %v439 : i32
            %v448 = arith.ori %v443, %v442 : i32
            %v449 = arith.cmpf uno, %v437, %v437 : f32
            %v450 = arith.select %v449, %v448, %v447 : i32
            %v451 = arith.trunci %v450 : i32 to i16
            %v452 = llvm.insertelement %v451, %v435[%v436 : i32] : vector<4xi16>
            %v453 = llvm.mlir.constant(1 : i32) : i32
            %v454 = llvm.extractelement %v433[%v453 : i32] : vector<4xf32>
            %v455 = arith.bitcast %v454 : f32 to i32
            %v456 = arith.constant 16 : i32
            %v457 = arith.constant 1 : i32
            %v458 = arith.constant 32767 : i32
            %v459 = arith.constant 64 : i32
            %v460 = arith.shrui %v455, %v456 : i32
            %v461 = arith.andi %v460, %v457 : i32
            %v462 = arith.addi %v455, %v458 : i32
            %v463 = arith.addi %v462, %v461 : i32
            %v464 = arith.shrui %v463, %v456 : i32
            %v465 = arith.ori %v460, %v459 : i32
            %v466 = arith.cmpf uno, %v454, %v454 : f32
            %v467 = arith.select %v466, %v465, %v464 : i32
            %v468 = arith.trunci %v467 : i32 to i16
            %v469 = llvm.insertelement %v468, %v452[%v453 : i32] : vector<4xi16>
            %v470 = llvm.mlir.constant(2 : i32) : i32
            %v471 = llvm.extractelement %v433[%v470 : i32] : vector<4xf32>
            %v472 = arith.bitcast %v471 : f32 to i32
            %v473 = arith.constant 16 : i32
            %v474 = arith.constant 1 : i32
            %v475 = arith.constant 32767 : i32
            %v476 = arith.constant 64 : i32
            %v477 = arith.shrui %v472, %v473 : i32
            %v478 = arith.andi %v477, %v474 : i32
            %v479 = arith.addi %v472, %v475 : i32
            %v480 = arith.addi %v479, %v478 : i32
            %v481 = arith.shrui %v480, %v473 : i32
            %v482 = arith.ori %v477, %v476 : i32
            %v483 = arith.cmpf uno, %v471, %v471 : f32
            %v484 = arith.select %v483, %v482, %v481 : i32
            %v485 = arith.trunci %v484 : i32 to i16
            %v486 = llvm.insertelement %v485, %v469[%v470 : i32] : vector<4xi16>
            %v487 = llvm.mlir.constant(3 : i32) : i32
            %v488 = llvm.extractelement %v433[%v487 : i32] : vector<4xf32>
            %v489 = arith.bitcast %v488 : f32 to i32
            %v490 = arith.constant 16 : i32
            %v491 = arith.constant 1 : i32
            %v492 = arith.constant 32767 : i32
            %v493 = arith.constant 64 : i32
            %v494 = arith.shrui %v489, %v490 : i32
            %v495 = arith.andi %v494, %v491 : i32
            %v496 = arith.addi %v489, %v492 : i32
            %v497 = arith.addi %v496, %v495 : i32
            %v498 = arith.shrui %v497, %v490 : i32
            %v499 = arith.ori %v494, %v493 : i32
            %v500 = arith.cmpf uno, %v488, %v488 : f32
            %v501 = arith.select %v500, %v499, %v498 : i32
            %v502 = arith.trunci %v501 : i32 to i16
            %v503 = llvm.insertelement %v502, %v486[%v487 : i32] : vector<4xi16>
            %v504 = llvm.getelementptr %out[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v503, %v504 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
          %v505 = llvm.fmul %v195, %v148 : vector<4xf32>
          %v506 = llvm.fmul %v505, %v197 : vector<4xf32>
          scf.if %v162 {
            %v507 = arith.addi %v17, %v161 : i64
            %v508 = llvm.mlir.undef : vector<4xi16>
            %v509 = llvm.mlir.constant(0 : i32) : i32
            %v510 = llvm.extractelement %v506[%v509 : i32] : vector<4xf32>
            %v511 = arith.bitcast %v510 : f32 to i32
            %v512 = arith.constant 16 : i32
            %v513 = arith.constant 1 : i32
            %v514 = arith.constant 32767 : i32
            %v515 = arith.constant 64 : i32
            %v516 = arith.shrui %v511, %v512 : i32
            %v517 = arith.andi %v516, %v513 : i32
            %v518 = arith.addi %v511, %v514 : i32
            %v519 = arith.addi %v518, %v517 : i32
            %v520 = arith.shrui %v519, %v512 : i32
            %v521 = arith.ori %v516, %v515 : i32
            %v522 = arith.cmpf uno, %v510, %v510 : f32
            %v523 = arith.select %v522, %v521, %v520 : i32
            %v524 = arith.trunci %v523 : i32 to i16
            %v525 = llvm.insertelement %v524, %v508[%v509 : i32] : vector<4xi16>
            %v526 = llvm.mlir.constant(1 : i32) : i32
            %v527 = llvm.extractelement %v506[%v526 : i32] : vector<4xf32>
            %v528 = arith.bitcast %v527 : f32 to i32
            %v529 = arith.constant 16 : i32
            %v530 = arith.constant 1 : i32
            %v531 = arith.constant 32767 : i32
            %v532 = arith.constant 64 : i32
            %v533 = arith.shrui %v528, %v529 : i32
            %v534 = arith.andi %v533, %v530 : i32
            %v535 = arith.addi %v528, %v531 : i32
            %v536 = arith.addi %v535, %v534 : i32
            %v537 = arith.shrui %v536, %v529 : i32
            %v538 = arith.ori %v533, %v532 : i32
            %v539 = arith.cmpf uno, %v527, %v527 : f32
            %v540 = arith.select %v539, %v538, %v537 : i32
            %v541 = arith.trunci %v540 : i32 to i16
            %v542 = llvm.insertelement %v541, %v525[%v526 : i32] : vector<4xi16>
            %v543 = llvm.mlir.constant(2 : i32) : i32
            %v544 = llvm.extractelement %v506[%v543 : i32] : vector<4xf32>
            %v545 = arith.bitcast %v544 : f32 to i32
            %v546 = arith.constant 16 : i32
            %v547 = arith.constant 1 : i32
            %v548 = arith.constant 32767 : i32
            %v549 = arith.constant 64 : i32
            %v550 = arith.shrui %v545, %v546 : i32
            %v551 = arith.andi %v550, %v547 : i32
            %v552 = arith.addi %v545, %v548 : i32
            %v553 = arith.addi %v552, %v551 : i32
            %v554 = arith.shrui %v553, %v546 : i32
            %v555 = arith.ori %v550, %v549 : i32
            %v556 = arith.cmpf uno, %v544, %v544 : f32
            %v557 = arith.select %v556, %v555, %v554 : i32
            %v558 = arith.trunci %v557 : i32 to i16
            %v559 = llvm.insertelement %v558, %v542[%v543 : i32] : vector<4xi16>
            %v560 = llvm.mlir.constant(3 : i32) : i32
            %v561 = llvm.extractelement %v506[%v560 : i32] : vector<4xf32>
            %v562 = arith.bitcast %v561 : f32 to i32
            %v563 = arith.constant 16 : i32
            %v564 = arith.constant 1 : i32
            %v565 = arith.constant 32767 : i32
            %v566 = arith.constant 64 : i32
            %v567 = arith.shrui %v562, %v563 : i32
            %v568 = arith.andi %v567, %v564 : i32
            %v569 = arith.addi %v562, %v565 : i32
            %v570 = arith.addi %v569, %v568 : i32
            %v571 = arith.shrui %v570, %v563 : i32
            %v572 = arith.ori %v567, %v566 : i32
            %v573 = arith.cmpf uno, %v561, %v561 : f32
            %v574 = arith.select %v573, %v572, %v571 : i32
            %v575 = arith.trunci %v574 : i32 to i16
            %v576 = llvm.insertelement %v575, %v559[%v560 : i32] : vector<4xi16>
            %v577 = llvm.getelementptr %out[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v576, %v577 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
          %v578 = llvm.fmul %v200, %v148 : vector<4xf32>
          %v579 = llvm.fmul %v578, %v202 : vector<4xf32>
          scf.if %v165 {
            %v580 = arith.addi %v17, %v164 : i64
            %v581 = llvm.mlir.undef : vector<4xi16>
            %v582 = llvm.mlir.constant(0 : i32) : i32
            %v583 = llvm.extractelement %v579[%v582 : i32] : vector<4xf32>
            %v584 = arith.bitcast %v583 : f32 to i32
            %v585 = arith.constant 16 : i32
            %v586 = arith.constant 1 : i32
            %v587 = arith.constant 32767 : i32
            %v588 = arith.constant 64 : i32
            %v589 = arith.shrui %v584, %v585 : i32
            %v590 = arith.andi %v589, %v586 : i32
            %v591 = arith.addi %v584, %v587 : i32
            %v592 = arith.addi %v591, %v590 : i32
            %v593 = arith.shrui %v592, %v585 : i32
            %v594 = arith.ori %v589, %v588 : i32
            %v595 = arith.cmpf uno, %v583, %v583 : f32
            %v596 = arith.select %v595, %v594, %v593 : i32
            %v597 = arith.trunci %v596 : i32 to i16
            %v598 = llvm.insertelement %v597, %v581[%v582 : i32] : vector<4xi16>
            %v599 = llvm.mlir.constant(1 : i32) : i32
            %v600 = llvm.extractelement %v579[%v599 : i32] : vector<4xf32>
            %v601 = arith.bitcast %v600 : f32 to i32
            %v602 = arith.constant 16 : i32
            %v603 = arith.constant 1 : i32
            %v604 = arith.constant 32767 : i32
            %v605 = arith.constant 64 : i32
            %v606 = arith.shrui %v601, %v602 : i32
            %v607 = arith.andi %v606, %v603 : i32
            %v608 = arith.addi %v601, %v604 : i32
            %v609 = arith.addi %v608, %v607 : i32
            %v610 = arith.shrui %v609, %v602 : i32
            %v611 = arith.ori %v606, %v605 : i32
            %v612 = arith.cmpf uno, %v600, %v600 : f32
            %v613 = arith.select %v612, %v611, %v610 : i32
            %v614 = arith.trunci %v613 : i32 to i16
            %v615 = llvm.insertelement %v614, %v598[%v599 : i32] : vector<4xi16>
            %v616 = llvm.mlir.constant(2 : i32) : i32
            %v617 = llvm.extractelement %v579[%v616 : i32] : vector<4xf32>
            %v618 = arith.bitcast %v617 : f32 to i32
            %v619 = arith.constant 16 : i32
            %v620 = arith.constant 1 : i32
            %v621 = arith.constant 32767 : i32
            %v622 = arith.constant 64 : i32
            %v623 = arith.shrui %v618, %v619 : i32
            %v624 = arith.andi %v623, %v620 : i32
            %v625 = arith.addi %v618, %v621 : i32
            %v626 = arith.addi %v625, %v624 : i32
            %v627 = arith.shrui %v626, %v619 : i32
            %v628 = arith.ori %v623, %v622 : i32
            %v629 = arith.cmpf uno, %v617, %v617 : f32
            %v630 = arith.select %v629, %v628, %v627 : i32
            %v631 = arith.trunci %v630 : i32 to i16
            %v632 = llvm.insertelement %v631, %v615[%v616 : i32] : vector<4xi16>
            %v633 = llvm.mlir.constant(3 : i32) : i32
            %v634 = llvm.extractelement %v579[%v633 : i32] : vector<4xf32>
            %v635 = arith.bitcast %v634 : f32 to i32
            %v636 = arith.constant 16 : i32
            %v637 = arith.constant 1 : i32
            %v638 = arith.constant 32767 : i32
            %v639 = arith.constant 64 : i32
            %v640 = arith.shrui %v635, %v636 : i32
            %v641 = arith.andi %v640, %v637 : i32
            %v642 = arith.addi %v635, %v638 : i32
            %v643 = arith.addi %v642, %v641 : i32
            %v644 = arith.shrui %v643, %v636 : i32
            %v645 = arith.ori %v640, %v639 : i32
            %v646 = arith.cmpf uno, %v634, %v634 : f32
            %v647 = arith.select %v646, %v645, %v644 : i32
            %v648 = arith.trunci %v647 : i32 to i16
            %v649 = llvm.insertelement %v648, %v632[%v633 : i32] : vector<4xi16>
            %v650 = llvm.getelementptr %out[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v649, %v650 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
          %v651 = llvm.fmul %v205, %v148 : vector<4xf32>
          %v652 = llvm.fmul %v651, %v207 : vector<4xf32>
          scf.if %v168 {
            %v653 = arith.addi %v17, %v167 : i64
            %v654 = llvm.mlir.undef : vector<4xi16>
            %v655 = llvm.mlir.constant(0 : i32) : i32
            %v656 = llvm.extractelement %v652[%v655 : i32] : vector<4xf32>
            %v657 = arith.bitcast %v656 : f32 to i32
            %v658 = arith.constant 16 : i32
            %v659 = arith.constant 1 : i32
            %v660 = arith.constant 32767 : i32
            %v661 = arith.constant 64 : i32
            %v662 = arith.shrui %v657, %v658 : i32
            %v663 = arith.andi %v662, %v659 : i32
            %v664 = arith.addi %v657, %v660 : i32
            %v665 = arith.addi %v664, %v663 : i32
            %v666 = arith.shrui %v665, %v658 : i32
            %v667 = arith.ori %v662, %v661 : i32
            %v668 = arith.cmpf uno, %v656, %v656 : f32
            %v669 = arith.select %v668, %v667, %v666 : i32
            %v670 = arith.trunci %v669 : i32 to i16
            %v671 = llvm.insertelement %v670, %v654[%v655 : i32] : vector<4xi16>
            %v672 = llvm.mlir.constant(1 : i32) : i32
            %v673 = llvm.extractelement %v652[%v672 : i32] : vector<4xf32>
            %v674 = arith.bitcast %v673 : f32 to i32
            %v675 = arith.constant 16 : i32
            %v676 = arith.constant 1 : i32
            %v677 = arith.constant 32767 : i32
            %v678 = arith.constant 64 : i32
            %v679 = arith.shrui %v674, %v675 : i32
            %v680 = arith.andi %v679, %v676 : i32
            %v681 = arith.addi %v674, %v677 : i32
            %v682 = arith.addi %v681, %v680 : i32
            %v683 = arith.shrui %v682, %v675 : i32
            %v684 = arith.ori %v679, %v678 : i32
            %v685 = arith.cmpf uno, %v673, %v673 : f32
            %v686 = arith.select %v685, %v684, %v683 : i32
            %v687 = arith.trunci %v686 : i32 to i16
            %v688 = llvm.insertelement %v687, %v671[%v672 : i32] : vector<4xi16>
            %v689 = llvm.mlir.constant(2 : i32) : i32
            %v690 = llvm.extractelement %v652[%v689 : i32] : vector<4xf32>
            %v691 = arith.bitcast %v690 : f32 to i32
            %v692 = arith.constant 16 : i32
            %v693 = arith.constant 1 : i32
            %v694 = arith.constant 32767 : i32
            %v695 = arith.constant 64 : i32
            %v696 = arith.shrui %v691, %v692 : i32
            %v697 = arith.andi %v696, %v693 : i32
            %v698 = arith.addi %v691, %v694 : i32
            %v699 = arith.addi %v698, %v697 : i32
            %v700 = arith.shrui %v699, %v692 : i32
            %v701 = arith.ori %v696, %v695 : i32
            %v702 = arith.cmpf uno, %v690, %v690 : f32
            %v703 = arith.select %v702, %v701, %v700 : i32
            %v704 = arith.trunci %v703 : i32 to i16
            %v705 = llvm.insertelement %v704, %v688[%v689 : i32] : vector<4xi16>
            %v706 = llvm.mlir.constant(3 : i32) : i32
            %v707 = llvm.extractelement %v652[%v706 : i32] : vector<4xf32>
            %v708 = arith.bitcast %v707 : f32 to i32
            %v709 = arith.constant 16 : i32
            %v710 = arith.constant 1 : i32
            %v711 = arith.constant 32767 : i32
            %v712 = arith.constant 64 : i32
            %v713 = arith.shrui %v708, %v709 : i32
            %v714 = arith.andi %v713, %v710 : i32
            %v715 = arith.addi %v708, %v711 : i32
            %v716 = arith.addi %v715, %v714 : i32
            %v717 = arith.shrui %v716, %v709 : i32
            %v718 = arith.ori %v713, %v712 : i32
            %v719 = arith.cmpf uno, %v707, %v707 : f32
            %v720 = arith.select %v719, %v718, %v717 : i32
            %v721 = arith.trunci %v720 : i32 to i16
            %v722 = llvm.insertelement %v721, %v705[%v706 : i32] : vector<4xi16>
            %v723 = llvm.getelementptr %out[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v722, %v723 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
          %v724 = llvm.fmul %v210, %v148 : vector<4xf32>
          %v725 = llvm.fmul %v724, %v212 : vector<4xf32>
          scf.if %v171 {
            %v726 = arith.addi %v17, %v170 : i64
            %v727 = llvm.mlir.undef : vector<4xi16>
            %v728 = llvm.mlir.constant(0 : i32) : i32
            %v729 = llvm.extractelement %v725[%v728 : i32] : vector<4xf32>
            %v730 = arith.bitcast %v729 : f32 to i32
            %v731 = arith.constant 16 : i32
            %v732 = arith.constant 1 : i32
            %v733 = arith.constant 32767 : i32
            %v734 = arith.constant 64 : i32
            %v735 = arith.shrui %v730, %v731 : i32
            %v736 = arith.andi %v735, %v732 : i32
            %v737 = arith.addi %v730, %v733 : i32
            %v738 = arith.addi %v737, %v736 : i32
            %v739 = arith.shrui %v738, %v731 : i32
            %v740 = arith.ori %v735, %v734 : i32
            %v741 = arith.cmpf uno, %v729, %v729 : f32
            %v742 = arith.select %v741, %v740, %v739 : i32
            %v743 = arith.trunci %v742 : i32 to i16
            %v744 = llvm.insertelement %v743, %v727[%v728 : i32] : vector<4xi16>
            %v745 = llvm.mlir.constant(1 : i32) : i32
            %v746 = llvm.extractelement %v725[%v745 : i32] : vector<4xf32>
            %v747 = arith.bitcast %v746 : f32 to i32
            %v748 = arith.constant 16 : i32
            %v749 = arith.constant 1 : i32
            %v750 = arith.constant 32767 : i32
            %v751 = arith.constant 64 : i32
            %v752 = arith.shrui %v747, %v748 : i32
            %v753 = arith.andi %v752, %v749 : i32
            %v754 = arith.addi %v747, %v750 : i32
            %v755 = arith.addi %v754, %v753 : i32
            %v756 = arith.shrui %v755, %v748 : i32
            %v757 = arith.ori %v752, %v751 : i32
            %v758 = arith.cmpf uno, %v746, %v746 : f32
            %v759 = arith.select %v758, %v757, %v756 : i32
            %v760 = arith.trunci %v759 : i32 to i16
            %v761 = llvm.insertelement %v760, %v744[%v745 : i32] : vector<4xi16>
            %v762 = llvm.mlir.constant(2 : i32) : i32
            %v763 = llvm.extractelement %v725[%v762 : i32] : vector<4xf32>
            %v764 = arith.bitcast %v763 : f32 to i32
            %v765 = arith.constant 16 : i32
            %v766 = arith.constant 1 : i32
            %v767 = arith.constant 32767 : i32
            %v768 = arith.constant 64 : i32
            %v769 = arith.shrui %v764, %v765 : i32
            %v770 = arith.andi %v769, %v766 : i32
            %v771 = arith.addi %v764, %v767 : i32
            %v772 = arith.addi %v771, %v770 : i32
            %v773 = arith.shrui %v772, %v765 : i32
            %v774 = arith.ori %v769, %v768 : i32
            %v775 = arith.cmpf uno, %v763, %v763 : f32
            %v776 = arith.select %v775, %v774, %v773 : i32
            %v777 = arith.trunci %v776 : i32 to i16
            %v778 = llvm.insertelement %v777, %v761[%v762 : i32] : vector<4xi16>
            %v779 = llvm.mlir.constant(3 : i32) : i32
            %v780 = llvm.extractelement %v725[%v779 : i32] : vector<4xf32>
            %v781 = arith.bitcast %v780 : f32 to i32
            %v782 = arith.constant 16 : i32
            %v783 = arith.constant 1 : i32
            %v784 = arith.constant 32767 : i32
            %v785 = arith.constant 64 : i32
            %v786 = arith.shrui %v781, %v782 : i32
            %v787 = arith.andi %v786, %v783 : i32
            %v788 = arith.addi %v781, %v784 : i32
            %v789 = arith.addi %v788, %v787 : i32
            %v790 = arith.shrui %v789, %v782 : i32
            %v791 = arith.ori %v786, %v785 : i32
            %v792 = arith.cmpf uno, %v780, %v780 : f32
            %v793 = arith.select %v792, %v791, %v790 : i32
            %v794 = arith.trunci %v793 : i32 to i16
            %v795 = llvm.insertelement %v794, %v778[%v779 : i32] : vector<4xi16>
            %v796 = llvm.getelementptr %out[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v795, %v796 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_conv1d(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %bias: !llvm.ptr, %prev: !llvm.ptr, %out: !llvm.ptr, %out_bf16: !llvm.ptr, %state: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64, %act: i64) kernel {
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
          %v77 = llvm.mlir.zero : !llvm.ptr
          %v78 = llvm.icmp "ne" %out_bf16, %v77 : !llvm.ptr
          scf.if %v78 {
            %v79 = arith.bitcast %v72 : f32 to i32
            %v80 = arith.constant 16 : i32
            %v81 = arith.constant 1 : i32
            %v82 = arith.constant 32767 : i32
            %v83 = arith.constant 64 : i32
            %v84 = arith.shrui %v79, %v80 : i32
            %v85 = arith.andi %v84, %v81 : i32
            %v86 = arith.addi %v79, %v82 : i32
            %v87 = arith.addi %v86, %v85 : i32
            %v88 = arith.shrui %v87, %v80 : i32
            %v89 = arith.ori %v84, %v83 : i32
            %v90 = arith.cmpf uno, %v72, %v72 : f32
            %v91 = arith.select %v90, %v89, %v88 : i32
            %v92 = arith.trunci %v91 : i32 to i16
            %v93 = llvm.getelementptr %out_bf16[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v92, %v93 : i16, !llvm.ptr
          }
        }
        %v94 = arith.subi %k, %v22 : i64
        %v95 = llvm.mlir.zero : !llvm.ptr
        %v96 = llvm.icmp "ne" %state, %v95 : !llvm.ptr
        scf.if %v96 {
          %v97 = arith.muli %v18, %v94 : i64
          %v98 = arith.subi %v94, %v22 : i64
          scf.for %v99 = %v24 to %v98 step %v22 : i64 {
            %v100 = arith.addi %v97, %v99 : i64
            %v101 = arith.muli %v100, %ch : i64
            %v102 = arith.addi %v101, %v15 : i64
            %v103 = arith.addi %v102, %ch : i64
            %v104 = llvm.getelementptr %state[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v105 = llvm.load %v104 : !llvm.ptr -> f32
            %v106 = llvm.getelementptr %state[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v105, %v106 : f32, !llvm.ptr
          }
          %v107 = arith.addi %v97, %v98 : i64
          %v108 = arith.muli %v107, %ch : i64
          %v109 = arith.addi %v108, %v15 : i64
          %v110 = arith.muli %v18, %x_stride : i64
          %v111 = arith.addi %v110, %v15 : i64
          %v112 = llvm.getelementptr %x[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v113 = llvm.load %v112 : !llvm.ptr -> f32
          %v114 = llvm.getelementptr %state[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v113, %v114 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_conv1d_k4(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %bias: !llvm.ptr, %prev: !llvm.ptr, %out: !llvm.ptr, %out_bf16: !llvm.ptr, %state: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64, %act: i64) kernel {
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
          %v535 = llvm.mlir.zero : !llvm.ptr
          %v536 = llvm.icmp "ne" %out_bf16, %v535 : !llvm.ptr
          scf.if %v536 {
            %v537 = arith.bitcast %v529 : f32 to i32
            %v538 = arith.constant 16 : i32
            %v539 = arith.constant 1 : i32
            %v540 = arith.constant 32767 : i32
            %v541 = arith.constant 64 : i32
            %v542 = arith.shrui %v537, %v538 : i32
            %v543 = arith.andi %v542, %v539 : i32
            %v544 = arith.addi %v537, %v540 : i32
            %v545 = arith.addi %v544, %v543 : i32
            %v546 = arith.shrui %v545, %v538 : i32
            %v547 = arith.ori %v542, %v541 : i32
            %v548 = arith.cmpf uno, %v529, %v529 : f32
            %v549 = arith.select %v548, %v547, %v546 : i32
            %v550 = arith.trunci %v549 : i32 to i16
            %v551 = llvm.getelementptr %out_bf16[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v550, %v551 : i16, !llvm.ptr
          }
        }
        %v552 = arith.addi %v19, %v20 : i64
        %v553 = arith.mulf %v33, %v104 fastmath<contract> : f32
        %v554 = arith.addf %v511, %v553 fastmath<contract> : f32
        %v555 = arith.mulf %v40, %v128 fastmath<contract> : f32
        %v556 = arith.addf %v554, %v555 fastmath<contract> : f32
        %v557 = arith.mulf %v48, %v150 fastmath<contract> : f32
        %v558 = arith.addf %v556, %v557 fastmath<contract> : f32
        %v559 = arith.mulf %v56, %v173 fastmath<contract> : f32
        %v560 = arith.addf %v558, %v559 fastmath<contract> : f32
        %v561 = arith.negf %v560 : f32
        %v562 = arith.mulf %v561, %v523 fastmath<contract> : f32
        %v563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v562) : (f32) -> f32
        %v564 = arith.addf %v521, %v563 fastmath<contract> : f32
        %v565 = arith.divf %v521, %v564 : f32
        %v566 = arith.mulf %v560, %v565 fastmath<contract> : f32
        %v567 = arith.select %v512, %v566, %v560 : f32
        %v568 = arith.cmpi slt, %v552, %len : i64
        scf.if %v568 {
          %v569 = arith.addi %v23, %v552 : i64
          %v570 = arith.muli %v569, %ch : i64
          %v571 = arith.addi %v570, %v15 : i64
          %v572 = llvm.getelementptr %out[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v567, %v572 : f32, !llvm.ptr
          %v573 = llvm.mlir.zero : !llvm.ptr
          %v574 = llvm.icmp "ne" %out_bf16, %v573 : !llvm.ptr
          scf.if %v574 {
            %v575 = arith.bitcast %v567 : f32 to i32
            %v576 = arith.constant 16 : i32
            %v577 = arith.constant 1 : i32
            %v578 = arith.constant 32767 : i32
            %v579 = arith.constant 64 : i32
            %v580 = arith.shrui %v575, %v576 : i32
            %v581 = arith.andi %v580, %v577 : i32
            %v582 = arith.addi %v575, %v578 : i32
            %v583 = arith.addi %v582, %v581 : i32
            %v584 = arith.shrui %v583, %v576 : i32
            %v585 = arith.ori %v580, %v579 : i32
            %v586 = arith.cmpf uno, %v567, %v567 : f32
            %v587 = arith.select %v586, %v585, %v584 : i32
            %v588 = arith.trunci %v587 : i32 to i16
            %v589 = llvm.getelementptr %out_bf16[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v588, %v589 : i16, !llvm.ptr
          }
        }
        %v590 = arith.addi %v19, %v42 : i64
        %v591 = arith.mulf %v33, %v128 fastmath<contract> : f32
        %v592 = arith.addf %v511, %v591 fastmath<contract> : f32
        %v593 = arith.mulf %v40, %v150 fastmath<contract> : f32
        %v594 = arith.addf %v592, %v593 fastmath<contract> : f32
        %v595 = arith.mulf %v48, %v173 fastmath<contract> : f32
        %v596 = arith.addf %v594, %v595 fastmath<contract> : f32
        %v597 = arith.mulf %v56, %v196 fastmath<contract> : f32
        %v598 = arith.addf %v596, %v597 fastmath<contract> : f32
        %v599 = arith.negf %v598 : f32
        %v600 = arith.mulf %v599, %v523 fastmath<contract> : f32
        %v601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v600) : (f32) -> f32
        %v602 = arith.addf %v521, %v601 fastmath<contract> : f32
        %v603 = arith.divf %v521, %v602 : f32
        %v604 = arith.mulf %v598, %v603 fastmath<contract> : f32
        %v605 = arith.select %v512, %v604, %v598 : f32
        %v606 = arith.cmpi slt, %v590, %len : i64
        scf.if %v606 {
          %v607 = arith.addi %v23, %v590 : i64
          %v608 = arith.muli %v607, %ch : i64
          %v609 = arith.addi %v608, %v15 : i64
          %v610 = llvm.getelementptr %out[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v605, %v610 : f32, !llvm.ptr
          %v611 = llvm.mlir.zero : !llvm.ptr
          %v612 = llvm.icmp "ne" %out_bf16, %v611 : !llvm.ptr
          scf.if %v612 {
            %v613 = arith.bitcast %v605 : f32 to i32
            %v614 = arith.constant 16 : i32
            %v615 = arith.constant 1 : i32
            %v616 = arith.constant 32767 : i32
            %v617 = arith.constant 64 : i32
            %v618 = arith.shrui %v613, %v614 : i32
            %v619 = arith.andi %v618, %v615 : i32
            %v620 = arith.addi %v613, %v616 : i32
            %v621 = arith.addi %v620, %v619 : i32
            %v622 = arith.shrui %v621, %v614 : i32
            %v623 = arith.ori %v618, %v617 : i32
            %v624 = arith.cmpf uno, %v605, %v605 : f32
            %v625 = arith.select %v624, %v623, %v622 : i32
            %v626 = arith.trunci %v625 : i32 to i16
            %v627 = llvm.getelementptr %out_bf16[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v626, %v627 : i16, !llvm.ptr
          }
        }
        %v628 = arith.addi %v19, %v50 : i64
        %v629 = arith.mulf %v33, %v150 fastmath<contract> : f32
        %v630 = arith.addf %v511, %v629 fastmath<contract> : f32
        %v631 = arith.mulf %v40, %v173 fastmath<contract> : f32
        %v632 = arith.addf %v630, %v631 fastmath<contract> : f32
        %v633 = arith.mulf %v48, %v196 fastmath<contract> : f32
        %v634 = arith.addf %v632, %v633 fastmath<contract> : f32
        %v635 = arith.mulf %v56, %v219 fastmath<contract> : f32
        %v636 = arith.addf %v634, %v635 fastmath<contract> : f32
        %v637 = arith.negf %v636 : f32
        %v638 = arith.mulf %v637, %v523 fastmath<contract> : f32
        %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
        %v640 = arith.addf %v521, %v639 fastmath<contract> : f32
        %v641 = arith.divf %v521, %v640 : f32
        %v642 = arith.mulf %v636, %v641 fastmath<contract> : f32
        %v643 = arith.select %v512, %v642, %v636 : f32
        %v644 = arith.cmpi slt, %v628, %len : i64
        scf.if %v644 {
          %v645 = arith.addi %v23, %v628 : i64
          %v646 = arith.muli %v645, %ch : i64
          %v647 = arith.addi %v646, %v15 : i64
          %v648 = llvm.getelementptr %out[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v643, %v648 : f32, !llvm.ptr
          %v649 = llvm.mlir.zero : !llvm.ptr
          %v650 = llvm.icmp "ne" %out_bf16, %v649 : !llvm.ptr
          scf.if %v650 {
            %v651 = arith.bitcast %v643 : f32 to i32
            %v652 = arith.constant 16 : i32
            %v653 = arith.constant 1 : i32
            %v654 = arith.constant 32767 : i32
            %v655 = arith.constant 64 : i32
            %v656 = arith.shrui %v651, %v652 : i32
            %v657 = arith.andi %v656, %v653 : i32
            %v658 = arith.addi %v651, %v654 : i32
            %v659 = arith.addi %v658, %v657 : i32
            %v660 = arith.shrui %v659, %v652 : i32
            %v661 = arith.ori %v656, %v655 : i32
            %v662 = arith.cmpf uno, %v643, %v643 : f32
            %v663 = arith.select %v662, %v661, %v660 : i32
            %v664 = arith.trunci %v663 : i32 to i16
            %v665 = llvm.getelementptr %out_bf16[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v664, %v665 : i16, !llvm.ptr
          }
        }
        %v666 = arith.addi %v19, %v24 : i64
        %v667 = arith.mulf %v33, %v173 fastmath<contract> : f32
        %v668 = arith.addf %v511, %v667 fastmath<contract> : f32
        %v669 = arith.mulf %v40, %v196 fastmath<contract> : f32
        %v670 = arith.addf %v668, %v669 fastmath<contract> : f32
        %v671 = arith.mulf %v48, %v219 fastmath<contract> : f32
        %v672 = arith.addf %v670, %v671 fastmath<contract> : f32
        %v673 = arith.mulf %v56, %v242 fastmath<contract> : f32
        %v674 = arith.addf %v672, %v673 fastmath<contract> : f32
        %v675 = arith.negf %v674 : f32
        %v676 = arith.mulf %v675, %v523 fastmath<contract> : f32
        %v677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v676) : (f32) -> f32
        %v678 = arith.addf %v521, %v677 fastmath<contract> : f32
        %v679 = arith.divf %v521, %v678 : f32
        %v680 = arith.mulf %v674, %v679 fastmath<contract> : f32
        %v681 = arith.select %v512, %v680, %v674 : f32
        %v682 = arith.cmpi slt, %v666, %len : i64
        scf.if %v682 {
          %v683 = arith.addi %v23, %v666 : i64
          %v684 = arith.muli %v683, %ch : i64
          %v685 = arith.addi %v684, %v15 : i64
          %v686 = llvm.getelementptr %out[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v681, %v686 : f32, !llvm.ptr
          %v687 = llvm.mlir.zero : !llvm.ptr
          %v688 = llvm.icmp "ne" %out_bf16, %v687 : !llvm.ptr
          scf.if %v688 {
            %v689 = arith.bitcast %v681 : f32 to i32
            %v690 = arith.constant 16 : i32
            %v691 = arith.constant 1 : i32
            %v692 = arith.constant 32767 : i32
            %v693 = arith.constant 64 : i32
            %v694 = arith.shrui %v689, %v690 : i32
            %v695 = arith.andi %v694, %v691 : i32
            %v696 = arith.addi %v689, %v692 : i32
            %v697 = arith.addi %v696, %v695 : i32
            %v698 = arith.shrui %v697, %v690 : i32
            %v699 = arith.ori %v694, %v693 : i32
            %v700 = arith.cmpf uno, %v681, %v681 : f32
            %v701 = arith.select %v700, %v699, %v698 : i32
            %v702 = arith.trunci %v701 : i32 to i16
            %v703 = llvm.getelementptr %out_bf16[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v702, %v703 : i16, !llvm.ptr
          }
        }
        %v704 = arith.addi %v19, %v243 : i64
        %v705 = arith.mulf %v33, %v196 fastmath<contract> : f32
        %v706 = arith.addf %v511, %v705 fastmath<contract> : f32
        %v707 = arith.mulf %v40, %v219 fastmath<contract> : f32
        %v708 = arith.addf %v706, %v707 fastmath<contract> : f32
        %v709 = arith.mulf %v48, %v242 fastmath<contract> : f32
        %v710 = arith.addf %v708, %v709 fastmath<contract> : f32
        %v711 = arith.mulf %v56, %v266 fastmath<contract> : f32
        %v712 = arith.addf %v710, %v711 fastmath<contract> : f32
        %v713 = arith.negf %v712 : f32
        %v714 = arith.mulf %v713, %v523 fastmath<contract> : f32
        %v715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v714) : (f32) -> f32
        %v716 = arith.addf %v521, %v715 fastmath<contract> : f32
        %v717 = arith.divf %v521, %v716 : f32
        %v718 = arith.mulf %v712, %v717 fastmath<contract> : f32
        %v719 = arith.select %v512, %v718, %v712 : f32
        %v720 = arith.cmpi slt, %v704, %len : i64
        scf.if %v720 {
          %v721 = arith.addi %v23, %v704 : i64
          %v722 = arith.muli %v721, %ch : i64
          %v723 = arith.addi %v722, %v15 : i64
          %v724 = llvm.getelementptr %out[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v719, %v724 : f32, !llvm.ptr
          %v725 = llvm.mlir.zero : !llvm.ptr
          %v726 = llvm.icmp "ne" %out_bf16, %v725 : !llvm.ptr
          scf.if %v726 {
            %v727 = arith.bitcast %v719 : f32 to i32
            %v728 = arith.constant 16 : i32
            %v729 = arith.constant 1 : i32
            %v730 = arith.constant 32767 : i32
            %v731 = arith.constant 64 : i32
            %v732 = arith.shrui %v727, %v728 : i32
            %v733 = arith.andi %v732, %v729 : i32
            %v734 = arith.addi %v727, %v730 : i32
            %v735 = arith.addi %v734, %v733 : i32
            %v736 = arith.shrui %v735, %v728 : i32
            %v737 = arith.ori %v732, %v731 : i32
            %v738 = arith.cmpf uno, %v719, %v719 : f32
            %v739 = arith.select %v738, %v737, %v736 : i32
            %v740 = arith.trunci %v739 : i32 to i16
            %v741 = llvm.getelementptr %out_bf16[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v740, %v741 : i16, !llvm.ptr
          }
        }
        %v742 = arith.addi %v19, %v267 : i64
        %v743 = arith.mulf %v33, %v219 fastmath<contract> : f32
        %v744 = arith.addf %v511, %v743 fastmath<contract> : f32
        %v745 = arith.mulf %v40, %v242 fastmath<contract> : f32
        %v746 = arith.addf %v744, %v745 fastmath<contract> : f32
        %v747 = arith.mulf %v48, %v266 fastmath<contract> : f32
        %v748 = arith.addf %v746, %v747 fastmath<contract> : f32
        %v749 = arith.mulf %v56, %v290 fastmath<contract> : f32
        %v750 = arith.addf %v748, %v749 fastmath<contract> : f32
        %v751 = arith.negf %v750 : f32
        %v752 = arith.mulf %v751, %v523 fastmath<contract> : f32
        %v753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v752) : (f32) -> f32
        %v754 = arith.addf %v521, %v753 fastmath<contract> : f32
        %v755 = arith.divf %v521, %v754 : f32
        %v756 = arith.mulf %v750, %v755 fastmath<contract> : f32
        %v757 = arith.select %v512, %v756, %v750 : f32
        %v758 = arith.cmpi slt, %v742, %len : i64
        scf.if %v758 {
          %v759 = arith.addi %v23, %v742 : i64
          %v760 = arith.muli %v759, %ch : i64
          %v761 = arith.addi %v760, %v15 : i64
          %v762 = llvm.getelementptr %out[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v757, %v762 : f32, !llvm.ptr
          %v763 = llvm.mlir.zero : !llvm.ptr
          %v764 = llvm.icmp "ne" %out_bf16, %v763 : !llvm.ptr
          scf.if %v764 {
            %v765 = arith.bitcast %v757 : f32 to i32
            %v766 = arith.constant 16 : i32
            %v767 = arith.constant 1 : i32
            %v768 = arith.constant 32767 : i32
            %v769 = arith.constant 64 : i32
            %v770 = arith.shrui %v765, %v766 : i32
            %v771 = arith.andi %v770, %v767 : i32
            %v772 = arith.addi %v765, %v768 : i32
            %v773 = arith.addi %v772, %v771 : i32
            %v774 = arith.shrui %v773, %v766 : i32
            %v775 = arith.ori %v770, %v769 : i32
            %v776 = arith.cmpf uno, %v757, %v757 : f32
            %v777 = arith.select %v776, %v775, %v774 : i32
            %v778 = arith.trunci %v777 : i32 to i16
            %v779 = llvm.getelementptr %out_bf16[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v778, %v779 : i16, !llvm.ptr
          }
        }
        %v780 = arith.addi %v19, %v291 : i64
        %v781 = arith.mulf %v33, %v242 fastmath<contract> : f32
        %v782 = arith.addf %v511, %v781 fastmath<contract> : f32
        %v783 = arith.mulf %v40, %v266 fastmath<contract> : f32
        %v784 = arith.addf %v782, %v783 fastmath<contract> : f32
        %v785 = arith.mulf %v48, %v290 fastmath<contract> : f32
        %v786 = arith.addf %v784, %v785 fastmath<contract> : f32
        %v787 = arith.mulf %v56, %v314 fastmath<contract> : f32
        %v788 = arith.addf %v786, %v787 fastmath<contract> : f32
        %v789 = arith.negf %v788 : f32
        %v790 = arith.mulf %v789, %v523 fastmath<contract> : f32
        %v791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v790) : (f32) -> f32
        %v792 = arith.addf %v521, %v791 fastmath<contract> : f32
        %v793 = arith.divf %v521, %v792 : f32
        %v794 = arith.mulf %v788, %v793 fastmath<contract> : f32
        %v795 = arith.select %v512, %v794, %v788 : f32
        %v796 = arith.cmpi slt, %v780, %len : i64
        scf.if %v796 {
          %v797 = arith.addi %v23, %v780 : i64
          %v798 = arith.muli %v797, %ch : i64
          %v799 = arith.addi %v798, %v15 : i64
          %v800 = llvm.getelementptr %out[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v795, %v800 : f32, !llvm.ptr
          %v801 = llvm.mlir.zero : !llvm.ptr
          %v802 = llvm.icmp "ne" %out_bf16, %v801 : !llvm.ptr
          scf.if %v802 {
            %v803 = arith.bitcast %v795 : f32 to i32
            %v804 = arith.constant 16 : i32
            %v805 = arith.constant 1 : i32
            %v806 = arith.constant 32767 : i32
            %v807 = arith.constant 64 : i32
            %v808 = arith.shrui %v803, %v804 : i32
            %v809 = arith.andi %v808, %v805 : i32
            %v810 = arith.addi %v803, %v806 : i32
            %v811 = arith.addi %v810, %v809 : i32
            %v812 = arith.shrui %v811, %v804 : i32
            %v813 = arith.ori %v808, %v807 : i32
            %v814 = arith.cmpf uno, %v795, %v795 : f32
            %v815 = arith.select %v814, %v813, %v812 : i32
            %v816 = arith.trunci %v815 : i32 to i16
            %v817 = llvm.getelementptr %out_bf16[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v816, %v817 : i16, !llvm.ptr
          }
        }
        %v818 = arith.addi %v19, %v315 : i64
        %v819 = arith.mulf %v33, %v266 fastmath<contract> : f32
        %v820 = arith.addf %v511, %v819 fastmath<contract> : f32
        %v821 = arith.mulf %v40, %v290 fastmath<contract> : f32
        %v822 = arith.addf %v820, %v821 fastmath<contract> : f32
        %v823 = arith.mulf %v48, %v314 fastmath<contract> : f32
        %v824 = arith.addf %v822, %v823 fastmath<contract> : f32
        %v825 = arith.mulf %v56, %v338 fastmath<contract> : f32
        %v826 = arith.addf %v824, %v825 fastmath<contract> : f32
        %v827 = arith.negf %v826 : f32
        %v828 = arith.mulf %v827, %v523 fastmath<contract> : f32
        %v829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v828) : (f32) -> f32
        %v830 = arith.addf %v521, %v829 fastmath<contract> : f32
        %v831 = arith.divf %v521, %v830 : f32
        %v832 = arith.mulf %v826, %v831 fastmath<contract> : f32
        %v833 = arith.select %v512, %v832, %v826 : f32
        %v834 = arith.cmpi slt, %v818, %len : i64
        scf.if %v834 {
          %v835 = arith.addi %v23, %v818 : i64
          %v836 = arith.muli %v835, %ch : i64
          %v837 = arith.addi %v836, %v15 : i64
          %v838 = llvm.getelementptr %out[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v833, %v838 : f32, !llvm.ptr
          %v839 = llvm.mlir.zero : !llvm.ptr
          %v840 = llvm.icmp "ne" %out_bf16, %v839 : !llvm.ptr
          scf.if %v840 {
            %v841 = arith.bitcast %v833 : f32 to i32
            %v842 = arith.constant 16 : i32
            %v843 = arith.constant 1 : i32
            %v844 = arith.constant 32767 : i32
            %v845 = arith.constant 64 : i32
            %v846 = arith.shrui %v841, %v842 : i32
            %v847 = arith.andi %v846, %v843 : i32
            %v848 = arith.addi %v841, %v844 : i32
            %v849 = arith.addi %v848, %v847 : i32
            %v850 = arith.shrui %v849, %v842 : i32
            %v851 = arith.ori %v846, %v845 : i32
            %v852 = arith.cmpf uno, %v833, %v833 : f32
            %v853 = arith.select %v852, %v851, %v850 : i32
            %v854 = arith.trunci %v853 : i32 to i16
            %v855 = llvm.getelementptr %out_bf16[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v854, %v855 : i16, !llvm.ptr
          }
        }
        %v856 = arith.addi %v19, %v339 : i64
        %v857 = arith.mulf %v33, %v290 fastmath<contract> : f32
        %v858 = arith.addf %v511, %v857 fastmath<contract> : f32
        %v859 = arith.mulf %v40, %v314 fastmath<contract> : f32
        %v860 = arith.addf %v858, %v859 fastmath<contract> : f32
        %v861 = arith.mulf %v48, %v338 fastmath<contract> : f32
        %v862 = arith.addf %v860, %v861 fastmath<contract> : f32
        %v863 = arith.mulf %v56, %v362 fastmath<contract> : f32
        %v864 = arith.addf %v862, %v863 fastmath<contract> : f32
        %v865 = arith.negf %v864 : f32
        %v866 = arith.mulf %v865, %v523 fastmath<contract> : f32
        %v867 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v866) : (f32) -> f32
        %v868 = arith.addf %v521, %v867 fastmath<contract> : f32
        %v869 = arith.divf %v521, %v868 : f32
        %v870 = arith.mulf %v864, %v869 fastmath<contract> : f32
        %v871 = arith.select %v512, %v870, %v864 : f32
        %v872 = arith.cmpi slt, %v856, %len : i64
        scf.if %v872 {
          %v873 = arith.addi %v23, %v856 : i64
          %v874 = arith.muli %v873, %ch : i64
          %v875 = arith.addi %v874, %v15 : i64
          %v876 = llvm.getelementptr %out[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v871, %v876 : f32, !llvm.ptr
          %v877 = llvm.mlir.zero : !llvm.ptr
          %v878 = llvm.icmp "ne" %out_bf16, %v877 : !llvm.ptr
          scf.if %v878 {
            %v879 = arith.bitcast %v871 : f32 to i32
            %v880 = arith.constant 16 : i32
            %v881 = arith.constant 1 : i32
            %v882 = arith.constant 32767 : i32
            %v883 = arith.constant 64 : i32
            %v884 = arith.shrui %v879, %v880 : i32
            %v885 = arith.andi %v884, %v881 : i32
            %v886 = arith.addi %v879, %v882 : i32
            %v887 = arith.addi %v886, %v885 : i32
            %v888 = arith.shrui %v887, %v880 : i32
            %v889 = arith.ori %v884, %v883 : i32
            %v890 = arith.cmpf uno, %v871, %v871 : f32
            %v891 = arith.select %v890, %v889, %v888 : i32
            %v892 = arith.trunci %v891 : i32 to i16
            %v893 = llvm.getelementptr %out_bf16[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v892, %v893 : i16, !llvm.ptr
          }
        }
        %v894 = arith.addi %v19, %v363 : i64
        %v895 = arith.mulf %v33, %v314 fastmath<contract> : f32
        %v896 = arith.addf %v511, %v895 fastmath<contract> : f32
        %v897 = arith.mulf %v40, %v338 fastmath<contract> : f32
        %v898 = arith.addf %v896, %v897 fastmath<contract> : f32
        %v899 = arith.mulf %v48, %v362 fastmath<contract> : f32
        %v900 = arith.addf %v898, %v899 fastmath<contract> : f32
        %v901 = arith.mulf %v56, %v386 fastmath<contract> : f32
        %v902 = arith.addf %v900, %v901 fastmath<contract> : f32
        %v903 = arith.negf %v902 : f32
        %v904 = arith.mulf %v903, %v523 fastmath<contract> : f32
        %v905 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v904) : (f32) -> f32
        %v906 = arith.addf %v521, %v905 fastmath<contract> : f32
        %v907 = arith.divf %v521, %v906 : f32
        %v908 = arith.mulf %v902, %v907 fastmath<contract> : f32
        %v909 = arith.select %v512, %v908, %v902 : f32
        %v910 = arith.cmpi slt, %v894, %len : i64
        scf.if %v910 {
          %v911 = arith.addi %v23, %v894 : i64
          %v912 = arith.muli %v911, %ch : i64
          %v913 = arith.addi %v912, %v15 : i64
          %v914 = llvm.getelementptr %out[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v909, %v914 : f32, !llvm.ptr
          %v915 = llvm.mlir.zero : !llvm.ptr
          %v916 = llvm.icmp "ne" %out_bf16, %v915 : !llvm.ptr
          scf.if %v916 {
            %v917 = arith.bitcast %v909 : f32 to i32
            %v918 = arith.constant 16 : i32
            %v919 = arith.constant 1 : i32
            %v920 = arith.constant 32767 : i32
            %v921 = arith.constant 64 : i32
            %v922 = arith.shrui %v917, %v918 : i32
            %v923 = arith.andi %v922, %v919 : i32
            %v924 = arith.addi %v917, %v920 : i32
            %v925 = arith.addi %v924, %v923 : i32
            %v926 = arith.shrui %v925, %v918 : i32
            %v927 = arith.ori %v922, %v921 : i32
            %v928 = arith.cmpf uno, %v909, %v909 : f32
            %v929 = arith.select %v928, %v927, %v926 : i32
            %v930 = arith.trunci %v929 : i32 to i16
            %v931 = llvm.getelementptr %out_bf16[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v930, %v931 : i16, !llvm.ptr
          }
        }
        %v932 = arith.addi %v19, %v387 : i64
        %v933 = arith.mulf %v33, %v338 fastmath<contract> : f32
        %v934 = arith.addf %v511, %v933 fastmath<contract> : f32
        %v935 = arith.mulf %v40, %v362 fastmath<contract> : f32
        %v936 = arith.addf %v934, %v935 fastmath<contract> : f32
        %v937 = arith.mulf %v48, %v386 fastmath<contract> : f32
        %v938 = arith.addf %v936, %v937 fastmath<contract> : f32
        %v939 = arith.mulf %v56, %v410 fastmath<contract> : f32
        %v940 = arith.addf %v938, %v939 fastmath<contract> : f32
        %v941 = arith.negf %v940 : f32
        %v942 = arith.mulf %v941, %v523 fastmath<contract> : f32
        %v943 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v942) : (f32) -> f32
        %v944 = arith.addf %v521, %v943 fastmath<contract> : f32
        %v945 = arith.divf %v521, %v944 : f32
        %v946 = arith.mulf %v940, %v945 fastmath<contract> : f32
        %v947 = arith.select %v512, %v946, %v940 : f32
        %v948 = arith.cmpi slt, %v932, %len : i64
        scf.if %v948 {
          %v949 = arith.addi %v23, %v932 : i64
          %v950 = arith.muli %v949, %ch : i64
          %v951 = arith.addi %v950, %v15 : i64
          %v952 = llvm.getelementptr %out[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v947, %v952 : f32, !llvm.ptr
          %v953 = llvm.mlir.zero : !llvm.ptr
          %v954 = llvm.icmp "ne" %out_bf16, %v953 : !llvm.ptr
          scf.if %v954 {
            %v955 = arith.bitcast %v947 : f32 to i32
            %v956 = arith.constant 16 : i32
            %v957 = arith.constant 1 : i32
            %v958 = arith.constant 32767 : i32
            %v959 = arith.constant 64 : i32
            %v960 = arith.shrui %v955, %v956 : i32
            %v961 = arith.andi %v960, %v957 : i32
            %v962 = arith.addi %v955, %v958 : i32
            %v963 = arith.addi %v962, %v961 : i32
            %v964 = arith.shrui %v963, %v956 : i32
            %v965 = arith.ori %v960, %v959 : i32
            %v966 = arith.cmpf uno, %v947, %v947 : f32
            %v967 = arith.select %v966, %v965, %v964 : i32
            %v968 = arith.trunci %v967 : i32 to i16
            %v969 = llvm.getelementptr %out_bf16[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v968, %v969 : i16, !llvm.ptr
          }
        }
        %v970 = arith.addi %v19, %v411 : i64
        %v971 = arith.mulf %v33, %v362 fastmath<contract> : f32
        %v972 = arith.addf %v511, %v971 fastmath<contract> : f32
        %v973 = arith.mulf %v40, %v386 fastmath<contract> : f32
        %v974 = arith.addf %v972, %v973 fastmath<contract> : f32
        %v975 = arith.mulf %v48, %v410 fastmath<contract> : f32
        %v976 = arith.addf %v974, %v975 fastmath<contract> : f32
        %v977 = arith.mulf %v56, %v434 fastmath<contract> : f32
        %v978 = arith.addf %v976, %v977 fastmath<contract> : f32
        %v979 = arith.negf %v978 : f32
        %v980 = arith.mulf %v979, %v523 fastmath<contract> : f32
        %v981 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v980) : (f32) -> f32
        %v982 = arith.addf %v521, %v981 fastmath<contract> : f32
        %v983 = arith.divf %v521, %v982 : f32
        %v984 = arith.mulf %v978, %v983 fastmath<contract> : f32
        %v985 = arith.select %v512, %v984, %v978 : f32
        %v986 = arith.cmpi slt, %v970, %len : i64
        scf.if %v986 {
          %v987 = arith.addi %v23, %v970 : i64
          %v988 = arith.muli %v987, %ch : i64
          %v989 = arith.addi %v988, %v15 : i64
          %v990 = llvm.getelementptr %out[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v985, %v990 : f32, !llvm.ptr
          %v991 = llvm.mlir.zero : !llvm.ptr
          %v992 = llvm.icmp "ne" %out_bf16, %v991 : !llvm.ptr
          scf.if %v992 {
            %v993 = arith.bitcast %v985 : f32 to i32
            %v994 = arith.constant 16 : i32
            %v995 = arith.constant 1 : i32
            %v996 = arith.constant 32767 : i32
            %v997 = arith.constant 64 : i32
            %v998 = arith.shrui %v993, %v994 : i32
            %v999 = arith.andi %v998, %v995 : i32
            %v1000 = arith.addi %v993, %v996 : i32
            %v1001 = arith.addi %v1000, %v999 : i32
            %v1002 = arith.shrui %v1001, %v994 : i32
            %v1003 = arith.ori %v998, %v997 : i32
            %v1004 = arith.cmpf uno, %v985, %v985 : f32
            %v1005 = arith.select %v1004, %v1003, %v1002 : i32
            %v1006 = arith.trunci %v1005 : i32 to i16
            %v1007 = llvm.getelementptr %out_bf16[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v1006, %v1007 : i16, !llvm.ptr
          }
        }
        %v1008 = arith.addi %v19, %v435 : i64
        %v1009 = arith.mulf %v33, %v386 fastmath<contract> : f32
        %v1010 = arith.addf %v511, %v1009 fastmath<contract> : f32
        %v1011 = arith.mulf %v40, %v410 fastmath<contract> : f32
        %v1012 = arith.addf %v1010, %v1011 fastmath<contract> : f32
        %v1013 = arith.mulf %v48, %v434 fastmath<contract> : f32
        %v1014 = arith.addf %v1012, %v1013 fastmath<contract> : f32
        %v1015 = arith.mulf %v56, %v458 fastmath<contract> : f32
        %v1016 = arith.addf %v1014, %v1015 fastmath<contract> : f32
        %v1017 = arith.negf %v1016 : f32
        %v1018 = arith.mulf %v1017, %v523 fastmath<contract> : f32
        %v1019 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1018) : (f32) -> f32
        %v1020 = arith.addf %v521, %v1019 fastmath<contract> : f32
        %v1021 = arith.divf %v521, %v1020 : f32
        %v1022 = arith.mulf %v1016, %v1021 fastmath<contract> : f32
        %v1023 = arith.select %v512, %v1022, %v1016 : f32
        %v1024 = arith.cmpi slt, %v1008, %len : i64
        scf.if %v1024 {
          %v1025 = arith.addi %v23, %v1008 : i64
          %v1026 = arith.muli %v1025, %ch : i64
          %v1027 = arith.addi %v1026, %v15 : i64
          %v1028 = llvm.getelementptr %out[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1023, %v1028 : f32, !llvm.ptr
          %v1029 = llvm.mlir.zero : !llvm.ptr
          %v1030 = llvm.icmp "ne" %out_bf16, %v1029 : !llvm.ptr
          scf.if %v1030 {
            %v1031 = arith.bitcast %v1023 : f32 to i32
            %v1032 = arith.constant 16 : i32
            %v1033 = arith.constant 1 : i32
            %v1034 = arith.constant 32767 : i32
            %v1035 = arith.constant 64 : i32
            %v1036 = arith.shrui %v1031, %v1032 : i32
            %v1037 = arith.andi %v1036, %v1033 : i32
            %v1038 = arith.addi %v1031, %v1034 : i32
            %v1039 = arith.addi %v1038, %v1037 : i32
            %v1040 = arith.shrui %v1039, %v1032 : i32
            %v1041 = arith.ori %v1036, %v1035 : i32
            %v1042 = arith.cmpf uno, %v1023, %v1023 : f32
            %v1043 = arith.select %v1042, %v1041, %v1040 : i32
            %v1044 = arith.trunci %v1043 : i32 to i16
            %v1045 = llvm.getelementptr %out_bf16[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v1044, %v1045 : i16, !llvm.ptr
          }
        }
        %v1046 = arith.addi %v19, %v459 : i64
        %v1047 = arith.mulf %v33, %v410 fastmath<contract> : f32
        %v1048 = arith.addf %v511, %v1047 fastmath<contract> : f32
        %v1049 = arith.mulf %v40, %v434 fastmath<contract> : f32
        %v1050 = arith.addf %v1048, %v1049 fastmath<contract> : f32
        %v1051 = arith.mulf %v48, %v458 fastmath<contract> : f32
        %v1052 = arith.addf %v1050, %v1051 fastmath<contract> : f32
        %v1053 = arith.mulf %v56, %v482 fastmath<contract> : f32
        %v1054 = arith.addf %v1052, %v1053 fastmath<contract> : f32
        %v1055 = arith.negf %v1054 : f32
        %v1056 = arith.mulf %v1055, %v523 fastmath<contract> : f32
        %v1057 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1056) : (f32) -> f32
        %v1058 = arith.addf %v521, %v1057 fastmath<contract> : f32
        %v1059 = arith.divf %v521, %v1058 : f32
        %v1060 = arith.mulf %v1054, %v1059 fastmath<contract> : f32
        %v1061 = arith.select %v512, %v1060, %v1054 : f32
        %v1062 = arith.cmpi slt, %v1046, %len : i64
        scf.if %v1062 {
          %v1063 = arith.addi %v23, %v1046 : i64
          %v1064 = arith.muli %v1063, %ch : i64
          %v1065 = arith.addi %v1064, %v15 : i64
          %v1066 = llvm.getelementptr %out[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1061, %v1066 : f32, !llvm.ptr
          %v1067 = llvm.mlir.zero : !llvm.ptr
          %v1068 = llvm.icmp "ne" %out_bf16, %v1067 : !llvm.ptr
          scf.if %v1068 {
            %v1069 = arith.bitcast %v1061 : f32 to i32
            %v1070 = arith.constant 16 : i32
            %v1071 = arith.constant 1 : i32
            %v1072 = arith.constant 32767 : i32
            %v1073 = arith.constant 64 : i32
            %v1074 = arith.shrui %v1069, %v1070 : i32
            %v1075 = arith.andi %v1074, %v1071 : i32
            %v1076 = arith.addi %v1069, %v1072 : i32
            %v1077 = arith.addi %v1076, %v1075 : i32
            %v1078 = arith.shrui %v1077, %v1070 : i32
            %v1079 = arith.ori %v1074, %v1073 : i32
            %v1080 = arith.cmpf uno, %v1061, %v1061 : f32
            %v1081 = arith.select %v1080, %v1079, %v1078 : i32
            %v1082 = arith.trunci %v1081 : i32 to i16
            %v1083 = llvm.getelementptr %out_bf16[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v1082, %v1083 : i16, !llvm.ptr
          }
        }
        %v1084 = arith.addi %v19, %v2 : i64
        %v1085 = arith.mulf %v33, %v434 fastmath<contract> : f32
        %v1086 = arith.addf %v511, %v1085 fastmath<contract> : f32
        %v1087 = arith.mulf %v40, %v458 fastmath<contract> : f32
        %v1088 = arith.addf %v1086, %v1087 fastmath<contract> : f32
        %v1089 = arith.mulf %v48, %v482 fastmath<contract> : f32
        %v1090 = arith.addf %v1088, %v1089 fastmath<contract> : f32
        %v1091 = arith.mulf %v56, %v505 fastmath<contract> : f32
        %v1092 = arith.addf %v1090, %v1091 fastmath<contract> : f32
        %v1093 = arith.negf %v1092 : f32
        %v1094 = arith.mulf %v1093, %v523 fastmath<contract> : f32
        %v1095 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1094) : (f32) -> f32
        %v1096 = arith.addf %v521, %v1095 fastmath<contract> : f32
        %v1097 = arith.divf %v521, %v1096 : f32
        %v1098 = arith.mulf %v1092, %v1097 fastmath<contract> : f32
        %v1099 = arith.select %v512, %v1098, %v1092 : f32
        %v1100 = arith.cmpi slt, %v1084, %len : i64
        scf.if %v1100 {
          %v1101 = arith.addi %v23, %v1084 : i64
          %v1102 = arith.muli %v1101, %ch : i64
          %v1103 = arith.addi %v1102, %v15 : i64
          %v1104 = llvm.getelementptr %out[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1099, %v1104 : f32, !llvm.ptr
          %v1105 = llvm.mlir.zero : !llvm.ptr
          %v1106 = llvm.icmp "ne" %out_bf16, %v1105 : !llvm.ptr
          scf.if %v1106 {
            %v1107 = arith.bitcast %v1099 : f32 to i32
            %v1108 = arith.constant 16 : i32
            %v1109 = arith.constant 1 : i32
            %v1110 = arith.constant 32767 : i32
            %v1111 = arith.constant 64 : i32
            %v1112 = arith.shrui %v1107, %v1108 : i32
            %v1113 = arith.andi %v1112, %v1109 : i32
            %v1114 = arith.addi %v1107, %v1110 : i32
            %v1115 = arith.addi %v1114, %v1113 : i32
            %v1116 = arith.shrui %v1115, %v1108 : i32
            %v1117 = arith.ori %v1112, %v1111 : i32
            %v1118 = arith.cmpf uno, %v1099, %v1099 : f32
            %v1119 = arith.select %v1118, %v1117, %v1116 : i32
            %v1120 = arith.trunci %v1119 : i32 to i16
            %v1121 = llvm.getelementptr %out_bf16[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            llvm.store %v1120, %v1121 : i16, !llvm.ptr
          }
        }
        %v1122 = arith.subi %k, %v20 : i64
        %v1123 = llvm.mlir.zero : !llvm.ptr
        %v1124 = llvm.icmp "ne" %state, %v1123 : !llvm.ptr
        scf.if %v1124 {
          %v1125 = arith.muli %v18, %v1122 : i64
          %v1126 = arith.subi %v1122, %v20 : i64
          scf.for %v1127 = %v21 to %v1126 step %v20 : i64 {
            %v1128 = arith.addi %v1125, %v1127 : i64
            %v1129 = arith.muli %v1128, %ch : i64
            %v1130 = arith.addi %v1129, %v15 : i64
            %v1131 = arith.addi %v1130, %ch : i64
            %v1132 = llvm.getelementptr %state[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
            %v1134 = llvm.getelementptr %state[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1133, %v1134 : f32, !llvm.ptr
          }
          %v1135 = arith.addi %v1125, %v1126 : i64
          %v1136 = arith.muli %v1135, %ch : i64
          %v1137 = arith.addi %v1136, %v15 : i64
          %v1138 = arith.muli %v18, %x_stride : i64
          %v1139 = arith.addi %v1138, %v15 : i64
          %v1140 = llvm.getelementptr %x[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1141 = llvm.load %v1140 : !llvm.ptr -> f32
          %v1142 = llvm.getelementptr %state[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1141, %v1142 : f32, !llvm.ptr
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
    llvm.mlir.global internal @lr_gemv_bf16w_mma8_sums() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1280 x f32>
    llvm.mlir.global internal @lr_gemv_bf16w_mma8_squares() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x f32>
    gpu.func @lr_gemv_bf16w_mma8(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64, %splits: i64, %ws: !llvm.ptr, %counters: !llvm.ptr) kernel {
      %v9 = arith.constant 32 : i64
      %v12 = arith.constant 4 : i64
      %v15 = arith.constant 1 : i64
      %v16 = arith.constant 0 : i64
      %v17 = arith.constant 8 : i64
      %v20 = arith.constant 16 : i64
      %v21 = arith.constant 7 : i64
      %v44 = arith.constant 0x00000000 : f32
      %v45 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v51 = arith.constant 31 : i64
      %v57 = arith.constant 3 : i64
      %v78 = arith.constant 2 : i64
      %v248 = arith.constant 20 : i64
      %v249 = arith.constant 160 : i64
      %v276 = arith.constant 128 : i64
      %v280 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v281 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v290 = arith.constant 320 : i64
      %v295 = arith.constant 480 : i64
      %v300 = arith.constant 640 : i64
      %v305 = arith.constant 800 : i64
      %v310 = arith.constant 960 : i64
      %v315 = arith.constant 1120 : i64
      %v321 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v323 = arith.constant 136 : i64
      %v345 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v364 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v401 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v426 = arith.constant 0x3F800000 : f32
      %v428 = arith.constant 0x3FB8AA3B : f32
      %v1 = llvm.mlir.addressof @lr_gemv_bf16w_mma8_sums : !llvm.ptr<3>
      %v2 = llvm.addrspacecast %v1 : !llvm.ptr<3> to !llvm.ptr
      %v3 = llvm.mlir.addressof @lr_gemv_bf16w_mma8_squares : !llvm.ptr<3>
      %v4 = llvm.addrspacecast %v3 : !llvm.ptr<3> to !llvm.ptr
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v5 : index to i64
      %v8 = arith.index_cast %v6 : index to i64
      %v10 = arith.divsi %v8, %v9 : i64
      %v11 = arith.remsi %v8, %v9 : i64
      %v13 = arith.divsi %v11, %v12 : i64
      %v14 = arith.remsi %v11, %v12 : i64
      %v18 = arith.divsi %v7, %splits : i64
      %v19 = arith.remsi %v7, %splits : i64
      %v22 = arith.addi %m, %v21 : i64
      %v23 = arith.divsi %v22, %v17 : i64
      %v24 = arith.remsi %v18, %v23 : i64
      %v25 = arith.divsi %v18, %v23 : i64
      %v26 = arith.muli %v24, %v17 : i64
      %v27 = arith.muli %v25, %v20 : i64
      %v28 = arith.subi %m, %v15 : i64
      %v29 = arith.subi %n, %v15 : i64
      %v30 = arith.subi %k, %v17 : i64
      %v31 = arith.addi %v26, %v13 : i64
      %v32 = arith.minsi %v31, %v28 : i64
      %v33 = arith.muli %v32, %x_stride : i64
      %v34 = llvm.getelementptr %x[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = arith.addi %v27, %v13 : i64
      %v36 = arith.minsi %v35, %v29 : i64
      %v37 = arith.muli %v36, %k : i64
      %v38 = llvm.getelementptr %w[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v39 = arith.addi %v27, %v13 : i64
      %v40 = arith.addi %v39, %v17 : i64
      %v41 = arith.minsi %v40, %v29 : i64
      %v42 = arith.muli %v41, %k : i64
      %v43 = llvm.getelementptr %w[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v44, %v45 : f32, !llvm.ptr
      llvm.store %v44, %v46 : f32, !llvm.ptr
      llvm.store %v44, %v47 : f32, !llvm.ptr
      llvm.store %v44, %v48 : f32, !llvm.ptr
      llvm.store %v44, %v49 : f32, !llvm.ptr
      %v50 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v52 = arith.addi %k, %v51 : i64
      %v53 = arith.divsi %v52, %v9 : i64
      %v54 = arith.muli %v19, %v17 : i64
      %v55 = arith.addi %v54, %v10 : i64
      %v56 = arith.muli %splits, %v17 : i64
      %v58 = arith.muli %v56, %v57 : i64
      scf.for %v59 = %v55 to %v53 step %v58 : i64 {
        %v60 = arith.muli %v14, %v17 : i64
        %v61 = arith.muli %v59, %v9 : i64
        %v62 = arith.addi %v61, %v60 : i64
        %v63 = arith.cmpi slt, %v62, %k : i64
        %v64 = arith.minsi %v62, %v30 : i64
        %v65 = llvm.getelementptr %v38[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v66 = llvm.load %v65 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v67 = llvm.getelementptr %v43[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v68 = llvm.load %v67 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v69 = arith.addi %v59, %v56 : i64
        %v70 = arith.muli %v69, %v9 : i64
        %v71 = arith.addi %v70, %v60 : i64
        %v72 = arith.cmpi slt, %v71, %k : i64
        %v73 = arith.minsi %v71, %v30 : i64
        %v74 = llvm.getelementptr %v38[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v76 = llvm.getelementptr %v43[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v77 = llvm.load %v76 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v79 = arith.muli %v78, %v56 : i64
        %v80 = arith.addi %v59, %v79 : i64
        %v81 = arith.muli %v80, %v9 : i64
        %v82 = arith.addi %v81, %v60 : i64
        %v83 = arith.cmpi slt, %v82, %k : i64
        %v84 = arith.minsi %v82, %v30 : i64
        %v85 = llvm.getelementptr %v38[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v86 = llvm.load %v85 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v87 = llvm.getelementptr %v43[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v89 = llvm.mlir.constant(0 : i32) : i32
        %v90 = llvm.extractelement %v66[%v89 : i32] : vector<4xi32>
        %v91 = llvm.mlir.constant(0 : i32) : i32
        %v92 = llvm.extractelement %v68[%v91 : i32] : vector<4xi32>
        %v93 = llvm.mlir.constant(1 : i32) : i32
        %v94 = llvm.extractelement %v66[%v93 : i32] : vector<4xi32>
        %v95 = llvm.mlir.constant(1 : i32) : i32
        %v96 = llvm.extractelement %v68[%v95 : i32] : vector<4xi32>
        %v97 = llvm.mlir.constant(2 : i32) : i32
        %v98 = llvm.extractelement %v66[%v97 : i32] : vector<4xi32>
        %v99 = llvm.mlir.constant(2 : i32) : i32
        %v100 = llvm.extractelement %v68[%v99 : i32] : vector<4xi32>
        %v101 = llvm.mlir.constant(3 : i32) : i32
        %v102 = llvm.extractelement %v66[%v101 : i32] : vector<4xi32>
        %v103 = llvm.mlir.constant(3 : i32) : i32
        %v104 = llvm.extractelement %v68[%v103 : i32] : vector<4xi32>
        %v105 = llvm.getelementptr %v34[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v106 = llvm.load %v105 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v107 = arith.addi %v64, %v12 : i64
        %v108 = llvm.getelementptr %v34[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v109 = llvm.load %v108 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v110 = llvm.select %v63, %v106, %v50 : i1, vector<4xf32>
        %v111 = llvm.select %v63, %v109, %v50 : i1, vector<4xf32>
        %v112 = llvm.shufflevector %v110, %v110 [0, 1] : vector<4xf32>
        %v113 = llvm.fptrunc %v112 : vector<2xf32> to vector<2xbf16>
        %v114 = llvm.bitcast %v113 : vector<2xbf16> to i32
        %v115 = llvm.shufflevector %v110, %v110 [2, 3] : vector<4xf32>
        %v116 = llvm.fptrunc %v115 : vector<2xf32> to vector<2xbf16>
        %v117 = llvm.bitcast %v116 : vector<2xbf16> to i32
        %v118 = llvm.shufflevector %v111, %v111 [0, 1] : vector<4xf32>
        %v119 = llvm.fptrunc %v118 : vector<2xf32> to vector<2xbf16>
        %v120 = llvm.bitcast %v119 : vector<2xbf16> to i32
        %v121 = llvm.shufflevector %v111, %v111 [2, 3] : vector<4xf32>
        %v122 = llvm.fptrunc %v121 : vector<2xf32> to vector<2xbf16>
        %v123 = llvm.bitcast %v122 : vector<2xbf16> to i32
        %v124 = llvm.load %v45 : !llvm.ptr -> f32
        %v125 = llvm.load %v46 : !llvm.ptr -> f32
        %v126 = llvm.load %v47 : !llvm.ptr -> f32
        %v127 = llvm.load %v48 : !llvm.ptr -> f32
        %v128 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v90, %v92, %v94, %v96, %v114, %v117, %v124, %v125, %v126, %v127 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v129 = llvm.extractvalue %v128[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v129, %v45 : f32, !llvm.ptr
        %v130 = llvm.extractvalue %v128[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v130, %v46 : f32, !llvm.ptr
        %v131 = llvm.extractvalue %v128[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v131, %v47 : f32, !llvm.ptr
        %v132 = llvm.extractvalue %v128[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v132, %v48 : f32, !llvm.ptr
        %v133 = llvm.load %v45 : !llvm.ptr -> f32
        %v134 = llvm.load %v46 : !llvm.ptr -> f32
        %v135 = llvm.load %v47 : !llvm.ptr -> f32
        %v136 = llvm.load %v48 : !llvm.ptr -> f32
        %v137 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v98, %v100, %v102, %v104, %v120, %v123, %v133, %v134, %v135, %v136 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v138 = llvm.extractvalue %v137[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v138, %v45 : f32, !llvm.ptr
        %v139 = llvm.extractvalue %v137[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v139, %v46 : f32, !llvm.ptr
        %v140 = llvm.extractvalue %v137[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v140, %v47 : f32, !llvm.ptr
        %v141 = llvm.extractvalue %v137[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v141, %v48 : f32, !llvm.ptr
        %v142 = llvm.mlir.constant(0 : i32) : i32
        %v143 = llvm.extractelement %v75[%v142 : i32] : vector<4xi32>
        %v144 = llvm.mlir.constant(0 : i32) : i32
        %v145 = llvm.extractelement %v77[%v144 : i32] : vector<4xi32>
        %v146 = llvm.mlir.constant(1 : i32) : i32
        %v147 = llvm.extractelement %v75[%v146 : i32] : vector<4xi32>
        %v148 = llvm.mlir.constant(1 : i32) : i32
        %v149 = llvm.extractelement %v77[%v148 : i32] : vector<4xi32>
        %v150 = llvm.mlir.constant(2 : i32) : i32
        %v151 = llvm.extractelement %v75[%v150 : i32] : vector<4xi32>
        %v152 = llvm.mlir.constant(2 : i32) : i32
        %v153 = llvm.extractelement %v77[%v152 : i32] : vector<4xi32>
        %v154 = llvm.mlir.constant(3 : i32) : i32
        %v155 = llvm.extractelement %v75[%v154 : i32] : vector<4xi32>
        %v156 = llvm.mlir.constant(3 : i32) : i32
        %v157 = llvm.extractelement %v77[%v156 : i32] : vector<4xi32>
        %v158 = llvm.getelementptr %v34[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v159 = llvm.load %v158 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v160 = arith.addi %v73, %v12 : i64
        %v161 = llvm.getelementptr %v34[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v162 = llvm.load %v161 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v163 = llvm.select %v72, %v159, %v50 : i1, vector<4xf32>
        %v164 = llvm.select %v72, %v162, %v50 : i1, vector<4xf32>
        %v165 = llvm.shufflevector %v163, %v163 [0, 1] : vector<4xf32>
        %v166 = llvm.fptrunc %v165 : vector<2xf32> to vector<2xbf16>
        %v167 = llvm.bitcast %v166 : vector<2xbf16> to i32
        %v168 = llvm.shufflevector %v163, %v163 [2, 3] : vector<4xf32>
        %v169 = llvm.fptrunc %v168 : vector<2xf32> to vector<2xbf16>
        %v170 = llvm.bitcast %v169 : vector<2xbf16> to i32
        %v171 = llvm.shufflevector %v164, %v164 [0, 1] : vector<4xf32>
        %v172 = llvm.fptrunc %v171 : vector<2xf32> to vector<2xbf16>
        %v173 = llvm.bitcast %v172 : vector<2xbf16> to i32
        %v174 = llvm.shufflevector %v164, %v164 [2, 3] : vector<4xf32>
        %v175 = llvm.fptrunc %v174 : vector<2xf32> to vector<2xbf16>
        %v176 = llvm.bitcast %v175 : vector<2xbf16> to i32
        %v177 = llvm.load %v45 : !llvm.ptr -> f32
        %v178 = llvm.load %v46 : !llvm.ptr -> f32
        %v179 = llvm.load %v47 : !llvm.ptr -> f32
        %v180 = llvm.load %v48 : !llvm.ptr -> f32
        %v181 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v143, %v145, %v147, %v149, %v167, %v170, %v177, %v178, %v179, %v180 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v182 = llvm.extractvalue %v181[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v182, %v45 : f32, !llvm.ptr
        %v183 = llvm.extractvalue %v181[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v183, %v46 : f32, !llvm.ptr
        %v184 = llvm.extractvalue %v181[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v184, %v47 : f32, !llvm.ptr
        %v185 = llvm.extractvalue %v181[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v185, %v48 : f32, !llvm.ptr
        %v186 = llvm.load %v45 : !llvm.ptr -> f32
        %v187 = llvm.load %v46 : !llvm.ptr -> f32
        %v188 = llvm.load %v47 : !llvm.ptr -> f32
        %v189 = llvm.load %v48 : !llvm.ptr -> f32
        %v190 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v151, %v153, %v155, %v157, %v173, %v176, %v186, %v187, %v188, %v189 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v191 = llvm.extractvalue %v190[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v191, %v45 : f32, !llvm.ptr
        %v192 = llvm.extractvalue %v190[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v192, %v46 : f32, !llvm.ptr
        %v193 = llvm.extractvalue %v190[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v193, %v47 : f32, !llvm.ptr
        %v194 = llvm.extractvalue %v190[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v194, %v48 : f32, !llvm.ptr
        %v195 = llvm.mlir.constant(0 : i32) : i32
        %v196 = llvm.extractelement %v86[%v195 : i32] : vector<4xi32>
        %v197 = llvm.mlir.constant(0 : i32) : i32
        %v198 = llvm.extractelement %v88[%v197 : i32] : vector<4xi32>
        %v199 = llvm.mlir.constant(1 : i32) : i32
        %v200 = llvm.extractelement %v86[%v199 : i32] : vector<4xi32>
        %v201 = llvm.mlir.constant(1 : i32) : i32
        %v202 = llvm.extractelement %v88[%v201 : i32] : vector<4xi32>
        %v203 = llvm.mlir.constant(2 : i32) : i32
        %v204 = llvm.extractelement %v86[%v203 : i32] : vector<4xi32>
        %v205 = llvm.mlir.constant(2 : i32) : i32
        %v206 = llvm.extractelement %v88[%v205 : i32] : vector<4xi32>
        %v207 = llvm.mlir.constant(3 : i32) : i32
        %v208 = llvm.extractelement %v86[%v207 : i32] : vector<4xi32>
        %v209 = llvm.mlir.constant(3 : i32) : i32
        %v210 = llvm.extractelement %v88[%v209 : i32] : vector<4xi32>
        %v211 = llvm.getelementptr %v34[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v212 = llvm.load %v211 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v213 = arith.addi %v84, %v12 : i64
        %v214 = llvm.getelementptr %v34[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v215 = llvm.load %v214 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v216 = llvm.select %v83, %v212, %v50 : i1, vector<4xf32>
        %v217 = llvm.select %v83, %v215, %v50 : i1, vector<4xf32>
        %v218 = llvm.shufflevector %v216, %v216 [0, 1] : vector<4xf32>
        %v219 = llvm.fptrunc %v218 : vector<2xf32> to vector<2xbf16>
        %v220 = llvm.bitcast %v219 : vector<2xbf16> to i32
        %v221 = llvm.shufflevector %v216, %v216 [2, 3] : vector<4xf32>
        %v222 = llvm.fptrunc %v221 : vector<2xf32> to vector<2xbf16>
        %v223 = llvm.bitcast %v222 : vector<2xbf16> to i32
        %v224 = llvm.shufflevector %v217, %v217 [0, 1] : vector<4xf32>
        %v225 = llvm.fptrunc %v224 : vector<2xf32> to vector<2xbf16>
        %v226 = llvm.bitcast %v225 : vector<2xbf16> to i32
        %v227 = llvm.shufflevector %v217, %v217 [2, 3] : vector<4xf32>
        %v228 = llvm.fptrunc %v227 : vector<2xf32> to vector<2xbf16>
        %v229 = llvm.bitcast %v228 : vector<2xbf16> to i32
        %v230 = llvm.load %v45 : !llvm.ptr -> f32
        %v231 = llvm.load %v46 : !llvm.ptr -> f32
        %v232 = llvm.load %v47 : !llvm.ptr -> f32
        %v233 = llvm.load %v48 : !llvm.ptr -> f32
        %v234 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v196, %v198, %v200, %v202, %v220, %v223, %v230, %v231, %v232, %v233 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v235 = llvm.extractvalue %v234[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v235, %v45 : f32, !llvm.ptr
        %v236 = llvm.extractvalue %v234[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v236, %v46 : f32, !llvm.ptr
        %v237 = llvm.extractvalue %v234[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v237, %v47 : f32, !llvm.ptr
        %v238 = llvm.extractvalue %v234[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v238, %v48 : f32, !llvm.ptr
        %v239 = llvm.load %v45 : !llvm.ptr -> f32
        %v240 = llvm.load %v46 : !llvm.ptr -> f32
        %v241 = llvm.load %v47 : !llvm.ptr -> f32
        %v242 = llvm.load %v48 : !llvm.ptr -> f32
        %v243 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v204, %v206, %v208, %v210, %v226, %v229, %v239, %v240, %v241, %v242 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v244 = llvm.extractvalue %v243[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v244, %v45 : f32, !llvm.ptr
        %v245 = llvm.extractvalue %v243[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v245, %v46 : f32, !llvm.ptr
        %v246 = llvm.extractvalue %v243[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v246, %v47 : f32, !llvm.ptr
        %v247 = llvm.extractvalue %v243[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v247, %v48 : f32, !llvm.ptr
      }
      %v250 = arith.muli %v10, %v249 : i64
      %v251 = arith.muli %v14, %v78 : i64
      %v252 = arith.muli %v251, %v248 : i64
      %v253 = arith.addi %v250, %v252 : i64
      %v254 = arith.addi %v253, %v13 : i64
      %v255 = llvm.load %v45 : !llvm.ptr -> f32
      %v256 = llvm.getelementptr %v2[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v255, %v256 : f32, !llvm.ptr
      %v257 = arith.addi %v251, %v15 : i64
      %v258 = arith.muli %v257, %v248 : i64
      %v259 = arith.addi %v250, %v258 : i64
      %v260 = arith.addi %v259, %v13 : i64
      %v261 = llvm.load %v46 : !llvm.ptr -> f32
      %v262 = llvm.getelementptr %v2[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v261, %v262 : f32, !llvm.ptr
      %v263 = arith.addi %v13, %v17 : i64
      %v264 = arith.muli %v251, %v248 : i64
      %v265 = arith.addi %v250, %v264 : i64
      %v266 = arith.addi %v265, %v263 : i64
      %v267 = llvm.load %v47 : !llvm.ptr -> f32
      %v268 = llvm.getelementptr %v2[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v267, %v268 : f32, !llvm.ptr
      %v269 = arith.addi %v251, %v15 : i64
      %v270 = arith.addi %v13, %v17 : i64
      %v271 = arith.muli %v269, %v248 : i64
      %v272 = arith.addi %v250, %v271 : i64
      %v273 = arith.addi %v272, %v270 : i64
      %v274 = llvm.load %v48 : !llvm.ptr -> f32
      %v275 = llvm.getelementptr %v2[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v274, %v275 : f32, !llvm.ptr
      gpu.barrier
      %v277 = arith.cmpi slt, %v8, %v276 : i64
      %v278 = arith.divsi %v8, %v20 : i64
      %v279 = arith.remsi %v8, %v20 : i64
      llvm.store %v44, %v280 : f32, !llvm.ptr
      llvm.store %v44, %v281 : f32, !llvm.ptr
      scf.if %v277 {
        %v282 = arith.muli %v278, %v248 : i64
        %v283 = arith.addi %v282, %v279 : i64
        %v284 = llvm.getelementptr %v2[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v285 = llvm.load %v284 : !llvm.ptr -> f32
        %v286 = arith.addi %v283, %v249 : i64
        %v287 = llvm.getelementptr %v2[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v288 = llvm.load %v287 : !llvm.ptr -> f32
        %v289 = arith.addf %v285, %v288 fastmath<contract> : f32
        %v291 = arith.addi %v283, %v290 : i64
        %v292 = llvm.getelementptr %v2[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v293 = llvm.load %v292 : !llvm.ptr -> f32
        %v294 = arith.addf %v289, %v293 fastmath<contract> : f32
        %v296 = arith.addi %v283, %v295 : i64
        %v297 = llvm.getelementptr %v2[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v298 = llvm.load %v297 : !llvm.ptr -> f32
        %v299 = arith.addf %v294, %v298 fastmath<contract> : f32
        %v301 = arith.addi %v283, %v300 : i64
        %v302 = llvm.getelementptr %v2[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v303 = llvm.load %v302 : !llvm.ptr -> f32
        %v304 = arith.addf %v299, %v303 fastmath<contract> : f32
        %v306 = arith.addi %v283, %v305 : i64
        %v307 = llvm.getelementptr %v2[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v308 = llvm.load %v307 : !llvm.ptr -> f32
        %v309 = arith.addf %v304, %v308 fastmath<contract> : f32
        %v311 = arith.addi %v283, %v310 : i64
        %v312 = llvm.getelementptr %v2[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v313 = llvm.load %v312 : !llvm.ptr -> f32
        %v314 = arith.addf %v309, %v313 fastmath<contract> : f32
        %v316 = arith.addi %v283, %v315 : i64
        %v317 = llvm.getelementptr %v2[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v318 = llvm.load %v317 : !llvm.ptr -> f32
        %v319 = arith.addf %v314, %v318 fastmath<contract> : f32
        llvm.store %v319, %v280 : f32, !llvm.ptr
      }
      %v320 = arith.constant true
      llvm.store %v320, %v321 : i1, !llvm.ptr
      %v322 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v322 {
        %v324 = arith.muli %v18, %splits : i64
        %v325 = arith.addi %v324, %v19 : i64
        %v326 = arith.muli %v325, %v323 : i64
        scf.if %v277 {
          %v327 = arith.addi %v326, %v8 : i64
          %v328 = llvm.load %v280 : !llvm.ptr -> f32
          %v329 = llvm.getelementptr %ws[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v328, %v329 : f32, !llvm.ptr
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v330 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v330 {
          %v331 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v332 = arith.constant 1 : i32
          %v333 = llvm.atomicrmw add %v331, %v332 acq_rel : !llvm.ptr, i32
          %v334 = arith.trunci %splits : i64 to i32
          %v335 = arith.subi %v334, %v332 : i32
          %v336 = arith.cmpi eq, %v333, %v335 : i32
          %v337 = arith.uitofp %v336 : i1 to f32
          %v338 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v337, %v338 : f32, !llvm.ptr
          scf.if %v336 {
            %v339 = arith.constant 0 : i32
            llvm.store %v339, %v331 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v340 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v341 = llvm.load %v340 : !llvm.ptr -> f32
        %v342 = arith.cmpf one, %v341, %v44 : f32
        llvm.store %v342, %v321 : i1, !llvm.ptr
        scf.if %v342 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v343 = arith.muli %v18, %splits : i64
          %v344 = arith.muli %v343, %v323 : i64
          scf.if %v277 {
            llvm.store %v44, %v345 : f32, !llvm.ptr
            scf.for %v346 = %v16 to %splits step %v15 : i64 {
              %v347 = arith.muli %v346, %v323 : i64
              %v348 = arith.addi %v347, %v344 : i64
              %v349 = arith.addi %v348, %v8 : i64
              %v350 = llvm.getelementptr %ws[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v351 = llvm.ptrtoint %v350 : !llvm.ptr to i64
              %v352 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v351 : (i64) -> f32
              %v353 = llvm.load %v345 : !llvm.ptr -> f32
              %v354 = arith.addf %v353, %v352 fastmath<contract> : f32
              llvm.store %v354, %v345 : f32, !llvm.ptr
            }
            %v355 = llvm.load %v345 : !llvm.ptr -> f32
            llvm.store %v355, %v280 : f32, !llvm.ptr
          }
        }
      }
      %v356 = llvm.load %v321 : !llvm.ptr -> i1
      %v357 = arith.andi %v277, %v356 : i1
      scf.if %v357 {
        %v358 = llvm.load %v280 : !llvm.ptr -> f32
        %v359 = arith.addi %v27, %v279 : i64
        %v360 = arith.addi %v26, %v278 : i64
        %v361 = arith.cmpi slt, %v359, %n : i64
        %v362 = arith.cmpi slt, %v360, %m : i64
        %v363 = arith.andi %v361, %v362 : i1
        scf.if %v363 {
          llvm.store %v358, %v364 : f32, !llvm.ptr
          %v365 = llvm.mlir.zero : !llvm.ptr
          %v366 = llvm.icmp "ne" %bias, %v365 : !llvm.ptr
          scf.if %v366 {
            %v367 = llvm.getelementptr %bias[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v368 = llvm.load %v367 : !llvm.ptr -> f32
            %v369 = llvm.load %v364 : !llvm.ptr -> f32
            %v370 = arith.addf %v369, %v368 fastmath<contract> : f32
            llvm.store %v370, %v364 : f32, !llvm.ptr
          }
          %v371 = llvm.mlir.zero : !llvm.ptr
          %v372 = llvm.icmp "ne" %add, %v371 : !llvm.ptr
          scf.if %v372 {
            %v373 = arith.muli %v360, %add_stride : i64
            %v374 = arith.addi %v373, %v359 : i64
            %v375 = llvm.getelementptr %add[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v376 = llvm.load %v375 : !llvm.ptr -> f32
            %v377 = llvm.load %v364 : !llvm.ptr -> f32
            %v378 = arith.addf %v377, %v376 fastmath<contract> : f32
            llvm.store %v378, %v364 : f32, !llvm.ptr
          }
          %v379 = llvm.load %v364 : !llvm.ptr -> f32
          %v380 = arith.cmpi slt, %v359, %split1 : i64
          %v381 = arith.cmpi slt, %v359, %split2 : i64
          %v382 = arith.muli %m, %split1 : i64
          %v383 = arith.muli %m, %split2 : i64
          %v384 = arith.select %v381, %v382, %v383 : i64
          %v385 = arith.select %v380, %v16, %v384 : i64
          %v386 = arith.subi %split2, %split1 : i64
          %v387 = arith.subi %n, %split2 : i64
          %v388 = arith.select %v381, %v386, %v387 : i64
          %v389 = arith.select %v380, %split1, %v388 : i64
          %v390 = arith.select %v381, %split1, %split2 : i64
          %v391 = arith.select %v380, %v16, %v390 : i64
          %v392 = arith.muli %v360, %v389 : i64
          %v393 = arith.subi %v359, %v391 : i64
          %v394 = arith.addi %v385, %v392 : i64
          %v395 = arith.addi %v394, %v393 : i64
          %v396 = llvm.getelementptr %out[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v379, %v396 : f32, !llvm.ptr
          %v397 = llvm.mlir.zero : !llvm.ptr
          %v398 = llvm.icmp "ne" %conv_w, %v397 : !llvm.ptr
          %v399 = arith.andi %v398, %v380 : i1
          scf.if %v399 {
            %v400 = arith.subi %conv_k, %v15 : i64
            llvm.store %v44, %v401 : f32, !llvm.ptr
            %v402 = llvm.mlir.zero : !llvm.ptr
            %v403 = llvm.icmp "ne" %conv_b, %v402 : !llvm.ptr
            scf.if %v403 {
              %v404 = llvm.getelementptr %conv_b[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v405 = llvm.load %v404 : !llvm.ptr -> f32
              llvm.store %v405, %v401 : f32, !llvm.ptr
            }
            %v406 = arith.muli %v359, %conv_k : i64
            %v407 = arith.muli %v360, %v400 : i64
            scf.for %v408 = %v16 to %v400 step %v15 : i64 {
              %v409 = arith.addi %v407, %v408 : i64
              %v410 = arith.muli %v409, %split1 : i64
              %v411 = arith.addi %v410, %v359 : i64
              %v412 = llvm.getelementptr %conv_win[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v413 = llvm.load %v412 : !llvm.ptr -> f32
              %v414 = arith.addi %v406, %v408 : i64
              %v415 = llvm.getelementptr %conv_w[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v416 = llvm.load %v415 : !llvm.ptr -> f32
              %v417 = arith.mulf %v416, %v413 fastmath<contract> : f32
              %v418 = llvm.load %v401 : !llvm.ptr -> f32
              %v419 = arith.addf %v418, %v417 fastmath<contract> : f32
              llvm.store %v419, %v401 : f32, !llvm.ptr
            }
            %v420 = arith.addi %v406, %v400 : i64
            %v421 = llvm.getelementptr %conv_w[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v422 = llvm.load %v421 : !llvm.ptr -> f32
            %v423 = arith.mulf %v422, %v379 fastmath<contract> : f32
            %v424 = llvm.load %v401 : !llvm.ptr -> f32
            %v425 = arith.addf %v424, %v423 fastmath<contract> : f32
            %v427 = arith.negf %v425 : f32
            %v429 = arith.mulf %v427, %v428 fastmath<contract> : f32
            %v430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v429) : (f32) -> f32
            %v431 = arith.addf %v426, %v430 fastmath<contract> : f32
            %v432 = arith.divf %v426, %v431 : f32
            %v433 = arith.mulf %v425, %v432 fastmath<contract> : f32
            %v434 = arith.cmpi eq, %conv_act, %v15 : i64
            %v435 = arith.select %v434, %v433, %v425 : f32
            %v436 = arith.muli %v360, %split1 : i64
            %v437 = arith.addi %v436, %v359 : i64
            %v438 = llvm.getelementptr %conv_out[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v435, %v438 : f32, !llvm.ptr
            %v439 = arith.subi %v400, %v15 : i64
            scf.for %v440 = %v16 to %v439 step %v15 : i64 {
              %v441 = arith.addi %v407, %v440 : i64
              %v442 = arith.muli %v441, %split1 : i64
              %v443 = arith.addi %v442, %v359 : i64
              %v444 = arith.addi %v443, %split1 : i64
              %v445 = llvm.getelementptr %conv_win[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v446 = llvm.load %v445 : !llvm.ptr -> f32
              %v447 = llvm.getelementptr %conv_win[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v446, %v447 : f32, !llvm.ptr
            }
            %v448 = arith.cmpi slt, %v16, %v400 : i64
            scf.if %v448 {
              %v449 = arith.addi %v407, %v439 : i64
              %v450 = arith.muli %v449, %split1 : i64
              %v451 = arith.addi %v450, %v359 : i64
              %v452 = llvm.getelementptr %conv_win[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v379, %v452 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    llvm.mlir.global internal @lr_gemv_bf16w_norm_mma8_sums() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1280 x f32>
    llvm.mlir.global internal @lr_gemv_bf16w_norm_mma8_squares() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x f32>
    gpu.func @lr_gemv_bf16w_norm_mma8(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64, %splits: i64, %ws: !llvm.ptr, %counters: !llvm.ptr) kernel {
      %v9 = arith.constant 32 : i64
      %v12 = arith.constant 4 : i64
      %v15 = arith.constant 1 : i64
      %v16 = arith.constant 0 : i64
      %v17 = arith.constant 8 : i64
      %v20 = arith.constant 16 : i64
      %v21 = arith.constant 7 : i64
      %v44 = arith.constant 0x00000000 : f32
      %v45 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v51 = arith.constant 31 : i64
      %v57 = arith.constant 3 : i64
      %v78 = arith.constant 2 : i64
      %v353 = arith.constant 20 : i64
      %v354 = arith.constant 160 : i64
      %v395 = arith.constant 128 : i64
      %v399 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v400 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v409 = arith.constant 320 : i64
      %v414 = arith.constant 480 : i64
      %v419 = arith.constant 640 : i64
      %v424 = arith.constant 800 : i64
      %v429 = arith.constant 960 : i64
      %v434 = arith.constant 1120 : i64
      %v449 = arith.constant 24 : i64
      %v458 = arith.constant 40 : i64
      %v463 = arith.constant 48 : i64
      %v468 = arith.constant 56 : i64
      %v474 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v476 = arith.constant 136 : i64
      %v503 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v515 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v534 = arith.constant 0x3F800000 : f32
      %v542 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v579 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v605 = arith.constant 0x3FB8AA3B : f32
      %v1 = llvm.mlir.addressof @lr_gemv_bf16w_norm_mma8_sums : !llvm.ptr<3>
      %v2 = llvm.addrspacecast %v1 : !llvm.ptr<3> to !llvm.ptr
      %v3 = llvm.mlir.addressof @lr_gemv_bf16w_norm_mma8_squares : !llvm.ptr<3>
      %v4 = llvm.addrspacecast %v3 : !llvm.ptr<3> to !llvm.ptr
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v5 : index to i64
      %v8 = arith.index_cast %v6 : index to i64
      %v10 = arith.divsi %v8, %v9 : i64
      %v11 = arith.remsi %v8, %v9 : i64
      %v13 = arith.divsi %v11, %v12 : i64
      %v14 = arith.remsi %v11, %v12 : i64
      %v18 = arith.divsi %v7, %splits : i64
      %v19 = arith.remsi %v7, %splits : i64
      %v22 = arith.addi %m, %v21 : i64
      %v23 = arith.divsi %v22, %v17 : i64
      %v24 = arith.remsi %v18, %v23 : i64
      %v25 = arith.divsi %v18, %v23 : i64
      %v26 = arith.muli %v24, %v17 : i64
      %v27 = arith.muli %v25, %v20 : i64
      %v28 = arith.subi %m, %v15 : i64
      %v29 = arith.subi %n, %v15 : i64
      %v30 = arith.subi %k, %v17 : i64
      %v31 = arith.addi %v26, %v13 : i64
      %v32 = arith.minsi %v31, %v28 : i64
      %v33 = arith.muli %v32, %x_stride : i64
      %v34 = llvm.getelementptr %x[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = arith.addi %v27, %v13 : i64
      %v36 = arith.minsi %v35, %v29 : i64
      %v37 = arith.muli %v36, %k : i64
      %v38 = llvm.getelementptr %w[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v39 = arith.addi %v27, %v13 : i64
      %v40 = arith.addi %v39, %v17 : i64
      %v41 = arith.minsi %v40, %v29 : i64
      %v42 = arith.muli %v41, %k : i64
      %v43 = llvm.getelementptr %w[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v44, %v45 : f32, !llvm.ptr
      llvm.store %v44, %v46 : f32, !llvm.ptr
      llvm.store %v44, %v47 : f32, !llvm.ptr
      llvm.store %v44, %v48 : f32, !llvm.ptr
      llvm.store %v44, %v49 : f32, !llvm.ptr
      %v50 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v52 = arith.addi %k, %v51 : i64
      %v53 = arith.divsi %v52, %v9 : i64
      %v54 = arith.muli %v19, %v17 : i64
      %v55 = arith.addi %v54, %v10 : i64
      %v56 = arith.muli %splits, %v17 : i64
      %v58 = arith.muli %v56, %v57 : i64
      scf.for %v59 = %v55 to %v53 step %v58 : i64 {
        %v60 = arith.muli %v14, %v17 : i64
        %v61 = arith.muli %v59, %v9 : i64
        %v62 = arith.addi %v61, %v60 : i64
        %v63 = arith.cmpi slt, %v62, %k : i64
        %v64 = arith.minsi %v62, %v30 : i64
        %v65 = llvm.getelementptr %v38[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v66 = llvm.load %v65 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v67 = llvm.getelementptr %v43[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v68 = llvm.load %v67 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v69 = arith.addi %v59, %v56 : i64
        %v70 = arith.muli %v69, %v9 : i64
        %v71 = arith.addi %v70, %v60 : i64
        %v72 = arith.cmpi slt, %v71, %k : i64
        %v73 = arith.minsi %v71, %v30 : i64
        %v74 = llvm.getelementptr %v38[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v76 = llvm.getelementptr %v43[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v77 = llvm.load %v76 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v79 = arith.muli %v78, %v56 : i64
        %v80 = arith.addi %v59, %v79 : i64
        %v81 = arith.muli %v80, %v9 : i64
        %v82 = arith.addi %v81, %v60 : i64
        %v83 = arith.cmpi slt, %v82, %k : i64
        %v84 = arith.minsi %v82, %v30 : i64
        %v85 = llvm.getelementptr %v38[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v86 = llvm.load %v85 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v87 = llvm.getelementptr %v43[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v89 = llvm.getelementptr %norm_w[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v90 = llvm.load %v89 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v91 = arith.addi %v64, %v12 : i64
        %v92 = llvm.getelementptr %norm_w[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v93 = llvm.load %v92 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v94 = llvm.mlir.constant(0 : i32) : i32
        %v95 = llvm.extractelement %v66[%v94 : i32] : vector<4xi32>
        %v96 = llvm.mlir.constant(0 : i32) : i32
        %v97 = llvm.extractelement %v68[%v96 : i32] : vector<4xi32>
        %v98 = llvm.mlir.constant(1 : i32) : i32
        %v99 = llvm.extractelement %v66[%v98 : i32] : vector<4xi32>
        %v100 = llvm.mlir.constant(1 : i32) : i32
        %v101 = llvm.extractelement %v68[%v100 : i32] : vector<4xi32>
        %v102 = llvm.mlir.constant(2 : i32) : i32
        %v103 = llvm.extractelement %v66[%v102 : i32] : vector<4xi32>
        %v104 = llvm.mlir.constant(2 : i32) : i32
        %v105 = llvm.extractelement %v68[%v104 : i32] : vector<4xi32>
        %v106 = llvm.mlir.constant(3 : i32) : i32
        %v107 = llvm.extractelement %v66[%v106 : i32] : vector<4xi32>
        %v108 = llvm.mlir.constant(3 : i32) : i32
        %v109 = llvm.extractelement %v68[%v108 : i32] : vector<4xi32>
        %v110 = llvm.getelementptr %v34[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v111 = llvm.load %v110 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v112 = arith.addi %v64, %v12 : i64
        %v113 = llvm.getelementptr %v34[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v114 = llvm.load %v113 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v115 = llvm.select %v63, %v111, %v50 : i1, vector<4xf32>
        %v116 = llvm.select %v63, %v114, %v50 : i1, vector<4xf32>
        %v117 = llvm.fmul %v115, %v115 : vector<4xf32>
        %v118 = llvm.mlir.constant(0 : i32) : i32
        %v119 = llvm.extractelement %v117[%v118 : i32] : vector<4xf32>
        %v120 = llvm.mlir.constant(1 : i32) : i32
        %v121 = llvm.extractelement %v117[%v120 : i32] : vector<4xf32>
        %v122 = llvm.mlir.constant(2 : i32) : i32
        %v123 = llvm.extractelement %v117[%v122 : i32] : vector<4xf32>
        %v124 = llvm.mlir.constant(3 : i32) : i32
        %v125 = llvm.extractelement %v117[%v124 : i32] : vector<4xf32>
        %v126 = arith.addf %v119, %v121 fastmath<contract> : f32
        %v127 = arith.addf %v126, %v123 fastmath<contract> : f32
        %v128 = arith.addf %v127, %v125 fastmath<contract> : f32
        %v129 = llvm.load %v49 : !llvm.ptr -> f32
        %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
        llvm.store %v130, %v49 : f32, !llvm.ptr
        %v131 = llvm.fmul %v115, %v90 : vector<4xf32>
        %v132 = llvm.fmul %v116, %v116 : vector<4xf32>
        %v133 = llvm.mlir.constant(0 : i32) : i32
        %v134 = llvm.extractelement %v132[%v133 : i32] : vector<4xf32>
        %v135 = llvm.mlir.constant(1 : i32) : i32
        %v136 = llvm.extractelement %v132[%v135 : i32] : vector<4xf32>
        %v137 = llvm.mlir.constant(2 : i32) : i32
        %v138 = llvm.extractelement %v132[%v137 : i32] : vector<4xf32>
        %v139 = llvm.mlir.constant(3 : i32) : i32
        %v140 = llvm.extractelement %v132[%v139 : i32] : vector<4xf32>
        %v141 = arith.addf %v134, %v136 fastmath<contract> : f32
        %v142 = arith.addf %v141, %v138 fastmath<contract> : f32
        %v143 = arith.addf %v142, %v140 fastmath<contract> : f32
        %v144 = llvm.load %v49 : !llvm.ptr -> f32
        %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
        llvm.store %v145, %v49 : f32, !llvm.ptr
        %v146 = llvm.fmul %v116, %v93 : vector<4xf32>
        %v147 = llvm.shufflevector %v131, %v131 [0, 1] : vector<4xf32>
        %v148 = llvm.fptrunc %v147 : vector<2xf32> to vector<2xbf16>
        %v149 = llvm.bitcast %v148 : vector<2xbf16> to i32
        %v150 = llvm.shufflevector %v131, %v131 [2, 3] : vector<4xf32>
        %v151 = llvm.fptrunc %v150 : vector<2xf32> to vector<2xbf16>
        %v152 = llvm.bitcast %v151 : vector<2xbf16> to i32
        %v153 = llvm.shufflevector %v146, %v146 [0, 1] : vector<4xf32>
        %v154 = llvm.fptrunc %v153 : vector<2xf32> to vector<2xbf16>
        %v155 = llvm.bitcast %v154 : vector<2xbf16> to i32
        %v156 = llvm.shufflevector %v146, %v146 [2, 3] : vector<4xf32>
        %v157 = llvm.fptrunc %v156 : vector<2xf32> to vector<2xbf16>
        %v158 = llvm.bitcast %v157 : vector<2xbf16> to i32
        %v159 = llvm.load %v45 : !llvm.ptr -> f32
        %v160 = llvm.load %v46 : !llvm.ptr -> f32
        %v161 = llvm.load %v47 : !llvm.ptr -> f32
        %v162 = llvm.load %v48 : !llvm.ptr -> f32
        %v163 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v95, %v97, %v99, %v101, %v149, %v152, %v159, %v160, %v161, %v162 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v164 = llvm.extractvalue %v163[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v164, %v45 : f32, !llvm.ptr
        %v165 = llvm.extractvalue %v163[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v165, %v46 : f32, !llvm.ptr
        %v166 = llvm.extractvalue %v163[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v166, %v47 : f32, !llvm.ptr
        %v167 = llvm.extractvalue %v163[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v167, %v48 : f32, !llvm.ptr
        %v168 = llvm.load %v45 : !llvm.ptr -> f32
        %v169 = llvm.load %v46 : !llvm.ptr -> f32
        %v170 = llvm.load %v47 : !llvm.ptr -> f32
        %v171 = llvm.load %v48 : !llvm.ptr -> f32
        %v172 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v103, %v105, %v107, %v109, %v155, %v158, %v168, %v169, %v170, %v171 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v173 = llvm.extractvalue %v172[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v173, %v45 : f32, !llvm.ptr
        %v174 = llvm.extractvalue %v172[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v174, %v46 : f32, !llvm.ptr
        %v175 = llvm.extractvalue %v172[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v175, %v47 : f32, !llvm.ptr
        %v176 = llvm.extractvalue %v172[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v176, %v48 : f32, !llvm.ptr
        %v177 = llvm.getelementptr %norm_w[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v178 = llvm.load %v177 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v179 = arith.addi %v73, %v12 : i64
        %v180 = llvm.getelementptr %norm_w[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v181 = llvm.load %v180 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v182 = llvm.mlir.constant(0 : i32) : i32
        %v183 = llvm.extractelement %v75[%v182 : i32] : vector<4xi32>
        %v184 = llvm.mlir.constant(0 : i32) : i32
        %v185 = llvm.extractelement %v77[%v184 : i32] : vector<4xi32>
        %v186 = llvm.mlir.constant(1 : i32) : i32
        %v187 = llvm.extractelement %v75[%v186 : i32] : vector<4xi32>
        %v188 = llvm.mlir.constant(1 : i32) : i32
        %v189 = llvm.extractelement %v77[%v188 : i32] : vector<4xi32>
        %v190 = llvm.mlir.constant(2 : i32) : i32
        %v191 = llvm.extractelement %v75[%v190 : i32] : vector<4xi32>
        %v192 = llvm.mlir.constant(2 : i32) : i32
        %v193 = llvm.extractelement %v77[%v192 : i32] : vector<4xi32>
        %v194 = llvm.mlir.constant(3 : i32) : i32
        %v195 = llvm.extractelement %v75[%v194 : i32] : vector<4xi32>
        %v196 = llvm.mlir.constant(3 : i32) : i32
        %v197 = llvm.extractelement %v77[%v196 : i32] : vector<4xi32>
        %v198 = llvm.getelementptr %v34[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v199 = llvm.load %v198 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v200 = arith.addi %v73, %v12 : i64
        %v201 = llvm.getelementptr %v34[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v202 = llvm.load %v201 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v203 = llvm.select %v72, %v199, %v50 : i1, vector<4xf32>
        %v204 = llvm.select %v72, %v202, %v50 : i1, vector<4xf32>
        %v205 = llvm.fmul %v203, %v203 : vector<4xf32>
        %v206 = llvm.mlir.constant(0 : i32) : i32
        %v207 = llvm.extractelement %v205[%v206 : i32] : vector<4xf32>
        %v208 = llvm.mlir.constant(1 : i32) : i32
        %v209 = llvm.extractelement %v205[%v208 : i32] : vector<4xf32>
        %v210 = llvm.mlir.constant(2 : i32) : i32
        %v211 = llvm.extractelement %v205[%v210 : i32] : vector<4xf32>
        %v212 = llvm.mlir.constant(3 : i32) : i32
        %v213 = llvm.extractelement %v205[%v212 : i32] : vector<4xf32>
        %v214 = arith.addf %v207, %v209 fastmath<contract> : f32
        %v215 = arith.addf %v214, %v211 fastmath<contract> : f32
        %v216 = arith.addf %v215, %v213 fastmath<contract> : f32
        %v217 = llvm.load %v49 : !llvm.ptr -> f32
        %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
        llvm.store %v218, %v49 : f32, !llvm.ptr
        %v219 = llvm.fmul %v203, %v178 : vector<4xf32>
        %v220 = llvm.fmul %v204, %v204 : vector<4xf32>
        %v221 = llvm.mlir.constant(0 : i32) : i32
        %v222 = llvm.extractelement %v220[%v221 : i32] : vector<4xf32>
        %v223 = llvm.mlir.constant(1 : i32) : i32
        %v224 = llvm.extractelement %v220[%v223 : i32] : vector<4xf32>
        %v225 = llvm.mlir.constant(2 : i32) : i32
        %v226 = llvm.extractelement %v220[%v225 : i32] : vector<4xf32>
        %v227 = llvm.mlir.constant(3 : i32) : i32
        %v228 = llvm.extractelement %v220[%v227 : i32] : vector<4xf32>
        %v229 = arith.addf %v222, %v224 fastmath<contract> : f32
        %v230 = arith.addf %v229, %v226 fastmath<contract> : f32
        %v231 = arith.addf %v230, %v228 fastmath<contract> : f32
        %v232 = llvm.load %v49 : !llvm.ptr -> f32
        %v233 = arith.addf %v232, %v231 fastmath<contract> : f32
        llvm.store %v233, %v49 : f32, !llvm.ptr
        %v234 = llvm.fmul %v204, %v181 : vector<4xf32>
        %v235 = llvm.shufflevector %v219, %v219 [0, 1] : vector<4xf32>
        %v236 = llvm.fptrunc %v235 : vector<2xf32> to vector<2xbf16>
        %v237 = llvm.bitcast %v236 : vector<2xbf16> to i32
        %v238 = llvm.shufflevector %v219, %v219 [2, 3] : vector<4xf32>
        %v239 = llvm.fptrunc %v238 : vector<2xf32> to vector<2xbf16>
        %v240 = llvm.bitcast %v239 : vector<2xbf16> to i32
        %v241 = llvm.shufflevector %v234, %v234 [0, 1] : vector<4xf32>
        %v242 = llvm.fptrunc %v241 : vector<2xf32> to vector<2xbf16>
        %v243 = llvm.bitcast %v242 : vector<2xbf16> to i32
        %v244 = llvm.shufflevector %v234, %v234 [2, 3] : vector<4xf32>
        %v245 = llvm.fptrunc %v244 : vector<2xf32> to vector<2xbf16>
        %v246 = llvm.bitcast %v245 : vector<2xbf16> to i32
        %v247 = llvm.load %v45 : !llvm.ptr -> f32
        %v248 = llvm.load %v46 : !llvm.ptr -> f32
        %v249 = llvm.load %v47 : !llvm.ptr -> f32
        %v250 = llvm.load %v48 : !llvm.ptr -> f32
        %v251 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v183, %v185, %v187, %v189, %v237, %v240, %v247, %v248, %v249, %v250 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v252 = llvm.extractvalue %v251[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v252, %v45 : f32, !llvm.ptr
        %v253 = llvm.extractvalue %v251[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v253, %v46 : f32, !llvm.ptr
        %v254 = llvm.extractvalue %v251[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v254, %v47 : f32, !llvm.ptr
        %v255 = llvm.extractvalue %v251[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v255, %v48 : f32, !llvm.ptr
        %v256 = llvm.load %v45 : !llvm.ptr -> f32
        %v257 = llvm.load %v46 : !llvm.ptr -> f32
        %v258 = llvm.load %v47 : !llvm.ptr -> f32
        %v259 = llvm.load %v48 : !llvm.ptr -> f32
        %v260 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v191, %v193, %v195, %v197, %v243, %v246, %v256, %v257, %v258, %v259 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v261 = llvm.extractvalue %v260[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v261, %v45 : f32, !llvm.ptr
        %v262 = llvm.extractvalue %v260[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v262, %v46 : f32, !llvm.ptr
        %v263 = llvm.extractvalue %v260[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v263, %v47 : f32, !llvm.ptr
        %v264 = llvm.extractvalue %v260[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v264, %v48 : f32, !llvm.ptr
        %v265 = llvm.getelementptr %norm_w[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v266 = llvm.load %v265 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v267 = arith.addi %v84, %v12 : i64
        %v268 = llvm.getelementptr %norm_w[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v269 = llvm.load %v268 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v270 = llvm.mlir.constant(0 : i32) : i32
        %v271 = llvm.extractelement %v86[%v270 : i32] : vector<4xi32>
        %v272 = llvm.mlir.constant(0 : i32) : i32
        %v273 = llvm.extractelement %v88[%v272 : i32] : vector<4xi32>
        %v274 = llvm.mlir.constant(1 : i32) : i32
        %v275 = llvm.extractelement %v86[%v274 : i32] : vector<4xi32>
        %v276 = llvm.mlir.constant(1 : i32) : i32
        %v277 = llvm.extractelement %v88[%v276 : i32] : vector<4xi32>
        %v278 = llvm.mlir.constant(2 : i32) : i32
        %v279 = llvm.extractelement %v86[%v278 : i32] : vector<4xi32>
        %v280 = llvm.mlir.constant(2 : i32) : i32
        %v281 = llvm.extractelement %v88[%v280 : i32] : vector<4xi32>
        %v282 = llvm.mlir.constant(3 : i32) : i32
        %v283 = llvm.extractelement %v86[%v282 : i32] : vector<4xi32>
        %v284 = llvm.mlir.constant(3 : i32) : i32
        %v285 = llvm.extractelement %v88[%v284 : i32] : vector<4xi32>
        %v286 = llvm.getelementptr %v34[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v287 = llvm.load %v286 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v288 = arith.addi %v84, %v12 : i64
        %v289 = llvm.getelementptr %v34[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v290 = llvm.load %v289 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v291 = llvm.select %v83, %v287, %v50 : i1, vector<4xf32>
        %v292 = llvm.select %v83, %v290, %v50 : i1, vector<4xf32>
        %v293 = llvm.fmul %v291, %v291 : vector<4xf32>
        %v294 = llvm.mlir.constant(0 : i32) : i32
        %v295 = llvm.extractelement %v293[%v294 : i32] : vector<4xf32>
        %v296 = llvm.mlir.constant(1 : i32) : i32
        %v297 = llvm.extractelement %v293[%v296 : i32] : vector<4xf32>
        %v298 = llvm.mlir.constant(2 : i32) : i32
        %v299 = llvm.extractelement %v293[%v298 : i32] : vector<4xf32>
        %v300 = llvm.mlir.constant(3 : i32) : i32
        %v301 = llvm.extractelement %v293[%v300 : i32] : vector<4xf32>
        %v302 = arith.addf %v295, %v297 fastmath<contract> : f32
        %v303 = arith.addf %v302, %v299 fastmath<contract> : f32
        %v304 = arith.addf %v303, %v301 fastmath<contract> : f32
        %v305 = llvm.load %v49 : !llvm.ptr -> f32
        %v306 = arith.addf %v305, %v304 fastmath<contract> : f32
        llvm.store %v306, %v49 : f32, !llvm.ptr
        %v307 = llvm.fmul %v291, %v266 : vector<4xf32>
        %v308 = llvm.fmul %v292, %v292 : vector<4xf32>
        %v309 = llvm.mlir.constant(0 : i32) : i32
        %v310 = llvm.extractelement %v308[%v309 : i32] : vector<4xf32>
        %v311 = llvm.mlir.constant(1 : i32) : i32
        %v312 = llvm.extractelement %v308[%v311 : i32] : vector<4xf32>
        %v313 = llvm.mlir.constant(2 : i32) : i32
        %v314 = llvm.extractelement %v308[%v313 : i32] : vector<4xf32>
        %v315 = llvm.mlir.constant(3 : i32) : i32
        %v316 = llvm.extractelement %v308[%v315 : i32] : vector<4xf32>
        %v317 = arith.addf %v310, %v312 fastmath<contract> : f32
        %v318 = arith.addf %v317, %v314 fastmath<contract> : f32
        %v319 = arith.addf %v318, %v316 fastmath<contract> : f32
        %v320 = llvm.load %v49 : !llvm.ptr -> f32
        %v321 = arith.addf %v320, %v319 fastmath<contract> : f32
        llvm.store %v321, %v49 : f32, !llvm.ptr
        %v322 = llvm.fmul %v292, %v269 : vector<4xf32>
        %v323 = llvm.shufflevector %v307, %v307 [0, 1] : vector<4xf32>
        %v324 = llvm.fptrunc %v323 : vector<2xf32> to vector<2xbf16>
        %v325 = llvm.bitcast %v324 : vector<2xbf16> to i32
        %v326 = llvm.shufflevector %v307, %v307 [2, 3] : vector<4xf32>
        %v327 = llvm.fptrunc %v326 : vector<2xf32> to vector<2xbf16>
        %v328 = llvm.bitcast %v327 : vector<2xbf16> to i32
        %v329 = llvm.shufflevector %v322, %v322 [0, 1] : vector<4xf32>
        %v330 = llvm.fptrunc %v329 : vector<2xf32> to vector<2xbf16>
        %v331 = llvm.bitcast %v330 : vector<2xbf16> to i32
        %v332 = llvm.shufflevector %v322, %v322 [2, 3] : vector<4xf32>
        %v333 = llvm.fptrunc %v332 : vector<2xf32> to vector<2xbf16>
        %v334 = llvm.bitcast %v333 : vector<2xbf16> to i32
        %v335 = llvm.load %v45 : !llvm.ptr -> f32
        %v336 = llvm.load %v46 : !llvm.ptr -> f32
        %v337 = llvm.load %v47 : !llvm.ptr -> f32
        %v338 = llvm.load %v48 : !llvm.ptr -> f32
        %v339 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v271, %v273, %v275, %v277, %v325, %v328, %v335, %v336, %v337, %v338 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v340 = llvm.extractvalue %v339[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v340, %v45 : f32, !llvm.ptr
        %v341 = llvm.extractvalue %v339[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v341, %v46 : f32, !llvm.ptr
        %v342 = llvm.extractvalue %v339[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v342, %v47 : f32, !llvm.ptr
        %v343 = llvm.extractvalue %v339[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v343, %v48 : f32, !llvm.ptr
        %v344 = llvm.load %v45 : !llvm.ptr -> f32
        %v345 = llvm.load %v46 : !llvm.ptr -> f32
        %v346 = llvm.load %v47 : !llvm.ptr -> f32
        %v347 = llvm.load %v48 : !llvm.ptr -> f32
        %v348 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v279, %v281, %v283, %v285, %v331, %v334, %v344, %v345, %v346, %v347 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v349 = llvm.extractvalue %v348[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v349, %v45 : f32, !llvm.ptr
        %v350 = llvm.extractvalue %v348[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v350, %v46 : f32, !llvm.ptr
        %v351 = llvm.extractvalue %v348[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v351, %v47 : f32, !llvm.ptr
        %v352 = llvm.extractvalue %v348[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v352, %v48 : f32, !llvm.ptr
      }
      %v355 = arith.muli %v10, %v354 : i64
      %v356 = arith.muli %v14, %v78 : i64
      %v357 = arith.muli %v356, %v353 : i64
      %v358 = arith.addi %v355, %v357 : i64
      %v359 = arith.addi %v358, %v13 : i64
      %v360 = llvm.load %v45 : !llvm.ptr -> f32
      %v361 = llvm.getelementptr %v2[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v360, %v361 : f32, !llvm.ptr
      %v362 = arith.addi %v356, %v15 : i64
      %v363 = arith.muli %v362, %v353 : i64
      %v364 = arith.addi %v355, %v363 : i64
      %v365 = arith.addi %v364, %v13 : i64
      %v366 = llvm.load %v46 : !llvm.ptr -> f32
      %v367 = llvm.getelementptr %v2[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v366, %v367 : f32, !llvm.ptr
      %v368 = arith.addi %v13, %v17 : i64
      %v369 = arith.muli %v356, %v353 : i64
      %v370 = arith.addi %v355, %v369 : i64
      %v371 = arith.addi %v370, %v368 : i64
      %v372 = llvm.load %v47 : !llvm.ptr -> f32
      %v373 = llvm.getelementptr %v2[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v372, %v373 : f32, !llvm.ptr
      %v374 = arith.addi %v356, %v15 : i64
      %v375 = arith.addi %v13, %v17 : i64
      %v376 = arith.muli %v374, %v353 : i64
      %v377 = arith.addi %v355, %v376 : i64
      %v378 = arith.addi %v377, %v375 : i64
      %v379 = llvm.load %v48 : !llvm.ptr -> f32
      %v380 = llvm.getelementptr %v2[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v379, %v380 : f32, !llvm.ptr
      %v381 = arith.constant 32 : i32
      %v382 = arith.cmpi eq, %v14, %v16 : i64
      %v383 = arith.muli %v10, %v17 : i64
      %v384 = llvm.load %v49 : !llvm.ptr -> f32
      %v385 = arith.constant 1 : i32
      %v386, %v387 = gpu.shuffle xor %v384, %v385, %v381 : f32
      %v388 = arith.addf %v384, %v386 fastmath<contract> : f32
      %v389 = arith.constant 2 : i32
      %v390, %v391 = gpu.shuffle xor %v388, %v389, %v381 : f32
      %v392 = arith.addf %v388, %v390 fastmath<contract> : f32
      scf.if %v382 {
        %v393 = arith.addi %v383, %v13 : i64
        %v394 = llvm.getelementptr %v4[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v392, %v394 : f32, !llvm.ptr
      }
      gpu.barrier
      %v396 = arith.cmpi slt, %v8, %v395 : i64
      %v397 = arith.divsi %v8, %v20 : i64
      %v398 = arith.remsi %v8, %v20 : i64
      llvm.store %v44, %v399 : f32, !llvm.ptr
      llvm.store %v44, %v400 : f32, !llvm.ptr
      scf.if %v396 {
        %v401 = arith.muli %v397, %v353 : i64
        %v402 = arith.addi %v401, %v398 : i64
        %v403 = llvm.getelementptr %v2[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v404 = llvm.load %v403 : !llvm.ptr -> f32
        %v405 = arith.addi %v402, %v354 : i64
        %v406 = llvm.getelementptr %v2[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v407 = llvm.load %v406 : !llvm.ptr -> f32
        %v408 = arith.addf %v404, %v407 fastmath<contract> : f32
        %v410 = arith.addi %v402, %v409 : i64
        %v411 = llvm.getelementptr %v2[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v412 = llvm.load %v411 : !llvm.ptr -> f32
        %v413 = arith.addf %v408, %v412 fastmath<contract> : f32
        %v415 = arith.addi %v402, %v414 : i64
        %v416 = llvm.getelementptr %v2[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v417 = llvm.load %v416 : !llvm.ptr -> f32
        %v418 = arith.addf %v413, %v417 fastmath<contract> : f32
        %v420 = arith.addi %v402, %v419 : i64
        %v421 = llvm.getelementptr %v2[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v422 = llvm.load %v421 : !llvm.ptr -> f32
        %v423 = arith.addf %v418, %v422 fastmath<contract> : f32
        %v425 = arith.addi %v402, %v424 : i64
        %v426 = llvm.getelementptr %v2[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v427 = llvm.load %v426 : !llvm.ptr -> f32
        %v428 = arith.addf %v423, %v427 fastmath<contract> : f32
        %v430 = arith.addi %v402, %v429 : i64
        %v431 = llvm.getelementptr %v2[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v432 = llvm.load %v431 : !llvm.ptr -> f32
        %v433 = arith.addf %v428, %v432 fastmath<contract> : f32
        %v435 = arith.addi %v402, %v434 : i64
        %v436 = llvm.getelementptr %v2[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v437 = llvm.load %v436 : !llvm.ptr -> f32
        %v438 = arith.addf %v433, %v437 fastmath<contract> : f32
        llvm.store %v438, %v399 : f32, !llvm.ptr
        %v439 = llvm.getelementptr %v4[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v440 = llvm.load %v439 : !llvm.ptr -> f32
        %v441 = arith.addi %v397, %v17 : i64
        %v442 = llvm.getelementptr %v4[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v443 = llvm.load %v442 : !llvm.ptr -> f32
        %v444 = arith.addf %v440, %v443 fastmath<contract> : f32
        %v445 = arith.addi %v397, %v20 : i64
        %v446 = llvm.getelementptr %v4[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v447 = llvm.load %v446 : !llvm.ptr -> f32
        %v448 = arith.addf %v444, %v447 fastmath<contract> : f32
        %v450 = arith.addi %v397, %v449 : i64
        %v451 = llvm.getelementptr %v4[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v452 = llvm.load %v451 : !llvm.ptr -> f32
        %v453 = arith.addf %v448, %v452 fastmath<contract> : f32
        %v454 = arith.addi %v397, %v9 : i64
        %v455 = llvm.getelementptr %v4[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v456 = llvm.load %v455 : !llvm.ptr -> f32
        %v457 = arith.addf %v453, %v456 fastmath<contract> : f32
        %v459 = arith.addi %v397, %v458 : i64
        %v460 = llvm.getelementptr %v4[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v461 = llvm.load %v460 : !llvm.ptr -> f32
        %v462 = arith.addf %v457, %v461 fastmath<contract> : f32
        %v464 = arith.addi %v397, %v463 : i64
        %v465 = llvm.getelementptr %v4[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v466 = llvm.load %v465 : !llvm.ptr -> f32
        %v467 = arith.addf %v462, %v466 fastmath<contract> : f32
        %v469 = arith.addi %v397, %v468 : i64
        %v470 = llvm.getelementptr %v4[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v471 = llvm.load %v470 : !llvm.ptr -> f32
        %v472 = arith.addf %v467, %v471 fastmath<contract> : f32
        llvm.store %v472, %v400 : f32, !llvm.ptr
      }
      %v473 = arith.constant true
      llvm.store %v473, %v474 : i1, !llvm.ptr
      %v475 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v475 {
        %v477 = arith.muli %v18, %splits : i64
        %v478 = arith.addi %v477, %v19 : i64
        %v479 = arith.muli %v478, %v476 : i64
        scf.if %v396 {
          %v480 = arith.addi %v479, %v8 : i64
          %v481 = llvm.load %v399 : !llvm.ptr -> f32
          %v482 = llvm.getelementptr %ws[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v481, %v482 : f32, !llvm.ptr
          %v483 = arith.cmpi eq, %v398, %v16 : i64
          scf.if %v483 {
            %v484 = arith.addi %v479, %v395 : i64
            %v485 = arith.addi %v484, %v397 : i64
            %v486 = llvm.load %v400 : !llvm.ptr -> f32
            %v487 = llvm.getelementptr %ws[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v486, %v487 : f32, !llvm.ptr
          }
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v488 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v488 {
          %v489 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v490 = arith.constant 1 : i32
          %v491 = llvm.atomicrmw add %v489, %v490 acq_rel : !llvm.ptr, i32
          %v492 = arith.trunci %splits : i64 to i32
          %v493 = arith.subi %v492, %v490 : i32
          %v494 = arith.cmpi eq, %v491, %v493 : i32
          %v495 = arith.uitofp %v494 : i1 to f32
          %v496 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v495, %v496 : f32, !llvm.ptr
          scf.if %v494 {
            %v497 = arith.constant 0 : i32
            llvm.store %v497, %v489 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v498 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v499 = llvm.load %v498 : !llvm.ptr -> f32
        %v500 = arith.cmpf one, %v499, %v44 : f32
        llvm.store %v500, %v474 : i1, !llvm.ptr
        scf.if %v500 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v501 = arith.muli %v18, %splits : i64
          %v502 = arith.muli %v501, %v476 : i64
          scf.if %v396 {
            llvm.store %v44, %v503 : f32, !llvm.ptr
            scf.for %v504 = %v16 to %splits step %v15 : i64 {
              %v505 = arith.muli %v504, %v476 : i64
              %v506 = arith.addi %v505, %v502 : i64
              %v507 = arith.addi %v506, %v8 : i64
              %v508 = llvm.getelementptr %ws[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v509 = llvm.ptrtoint %v508 : !llvm.ptr to i64
              %v510 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v509 : (i64) -> f32
              %v511 = llvm.load %v503 : !llvm.ptr -> f32
              %v512 = arith.addf %v511, %v510 fastmath<contract> : f32
              llvm.store %v512, %v503 : f32, !llvm.ptr
            }
            %v513 = llvm.load %v503 : !llvm.ptr -> f32
            llvm.store %v513, %v399 : f32, !llvm.ptr
            %v514 = arith.addi %v395, %v397 : i64
            llvm.store %v44, %v515 : f32, !llvm.ptr
            scf.for %v516 = %v16 to %splits step %v15 : i64 {
              %v517 = arith.muli %v516, %v476 : i64
              %v518 = arith.addi %v517, %v502 : i64
              %v519 = arith.addi %v518, %v514 : i64
              %v520 = llvm.getelementptr %ws[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v521 = llvm.ptrtoint %v520 : !llvm.ptr to i64
              %v522 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v521 : (i64) -> f32
              %v523 = llvm.load %v515 : !llvm.ptr -> f32
              %v524 = arith.addf %v523, %v522 fastmath<contract> : f32
              llvm.store %v524, %v515 : f32, !llvm.ptr
            }
            %v525 = llvm.load %v515 : !llvm.ptr -> f32
            llvm.store %v525, %v400 : f32, !llvm.ptr
          }
        }
      }
      %v526 = llvm.load %v474 : !llvm.ptr -> i1
      %v527 = arith.andi %v396, %v526 : i1
      scf.if %v527 {
        %v528 = llvm.load %v399 : !llvm.ptr -> f32
        %v529 = llvm.load %v400 : !llvm.ptr -> f32
        %v530 = arith.sitofp %k : i64 to f32
        %v531 = arith.divf %v529, %v530 : f32
        %v532 = arith.addf %v531, %eps fastmath<contract> : f32
        %v533 = llvm.call_intrinsic "llvm.sqrt.f32"(%v532) : (f32) -> f32
        %v535 = arith.divf %v534, %v533 : f32
        %v536 = arith.mulf %v528, %v535 fastmath<contract> : f32
        %v537 = arith.addi %v27, %v398 : i64
        %v538 = arith.addi %v26, %v397 : i64
        %v539 = arith.cmpi slt, %v537, %n : i64
        %v540 = arith.cmpi slt, %v538, %m : i64
        %v541 = arith.andi %v539, %v540 : i1
        scf.if %v541 {
          llvm.store %v536, %v542 : f32, !llvm.ptr
          %v543 = llvm.mlir.zero : !llvm.ptr
          %v544 = llvm.icmp "ne" %bias, %v543 : !llvm.ptr
          scf.if %v544 {
            %v545 = llvm.getelementptr %bias[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v546 = llvm.load %v545 : !llvm.ptr -> f32
            %v547 = llvm.load %v542 : !llvm.ptr -> f32
            %v548 = arith.addf %v547, %v546 fastmath<contract> : f32
            llvm.store %v548, %v542 : f32, !llvm.ptr
          }
          %v549 = llvm.mlir.zero : !llvm.ptr
          %v550 = llvm.icmp "ne" %add, %v549 : !llvm.ptr
          scf.if %v550 {
            %v551 = arith.muli %v538, %add_stride : i64
            %v552 = arith.addi %v551, %v537 : i64
            %v553 = llvm.getelementptr %add[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v554 = llvm.load %v553 : !llvm.ptr -> f32
            %v555 = llvm.load %v542 : !llvm.ptr -> f32
            %v556 = arith.addf %v555, %v554 fastmath<contract> : f32
            llvm.store %v556, %v542 : f32, !llvm.ptr
          }
          %v557 = llvm.load %v542 : !llvm.ptr -> f32
          %v558 = arith.cmpi slt, %v537, %split1 : i64
          %v559 = arith.cmpi slt, %v537, %split2 : i64
          %v560 = arith.muli %m, %split1 : i64
          %v561 = arith.muli %m, %split2 : i64
          %v562 = arith.select %v559, %v560, %v561 : i64
          %v563 = arith.select %v558, %v16, %v562 : i64
          %v564 = arith.subi %split2, %split1 : i64
          %v565 = arith.subi %n, %split2 : i64
          %v566 = arith.select %v559, %v564, %v565 : i64
          %v567 = arith.select %v558, %split1, %v566 : i64
          %v568 = arith.select %v559, %split1, %split2 : i64
          %v569 = arith.select %v558, %v16, %v568 : i64
          %v570 = arith.muli %v538, %v567 : i64
          %v571 = arith.subi %v537, %v569 : i64
          %v572 = arith.addi %v563, %v570 : i64
          %v573 = arith.addi %v572, %v571 : i64
          %v574 = llvm.getelementptr %out[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v557, %v574 : f32, !llvm.ptr
          %v575 = llvm.mlir.zero : !llvm.ptr
          %v576 = llvm.icmp "ne" %conv_w, %v575 : !llvm.ptr
          %v577 = arith.andi %v576, %v558 : i1
          scf.if %v577 {
            %v578 = arith.subi %conv_k, %v15 : i64
            llvm.store %v44, %v579 : f32, !llvm.ptr
            %v580 = llvm.mlir.zero : !llvm.ptr
            %v581 = llvm.icmp "ne" %conv_b, %v580 : !llvm.ptr
            scf.if %v581 {
              %v582 = llvm.getelementptr %conv_b[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v583 = llvm.load %v582 : !llvm.ptr -> f32
              llvm.store %v583, %v579 : f32, !llvm.ptr
            }
            %v584 = arith.muli %v537, %conv_k : i64
            %v585 = arith.muli %v538, %v578 : i64
            scf.for %v586 = %v16 to %v578 step %v15 : i64 {
              %v587 = arith.addi %v585, %v586 : i64
              %v588 = arith.muli %v587, %split1 : i64
              %v589 = arith.addi %v588, %v537 : i64
              %v590 = llvm.getelementptr %conv_win[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v591 = llvm.load %v590 : !llvm.ptr -> f32
              %v592 = arith.addi %v584, %v586 : i64
              %v593 = llvm.getelementptr %conv_w[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v594 = llvm.load %v593 : !llvm.ptr -> f32
              %v595 = arith.mulf %v594, %v591 fastmath<contract> : f32
              %v596 = llvm.load %v579 : !llvm.ptr -> f32
              %v597 = arith.addf %v596, %v595 fastmath<contract> : f32
              llvm.store %v597, %v579 : f32, !llvm.ptr
            }
            %v598 = arith.addi %v584, %v578 : i64
            %v599 = llvm.getelementptr %conv_w[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v600 = llvm.load %v599 : !llvm.ptr -> f32
            %v601 = arith.mulf %v600, %v557 fastmath<contract> : f32
            %v602 = llvm.load %v579 : !llvm.ptr -> f32
            %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
            %v604 = arith.negf %v603 : f32
            %v606 = arith.mulf %v604, %v605 fastmath<contract> : f32
            %v607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v606) : (f32) -> f32
            %v608 = arith.addf %v534, %v607 fastmath<contract> : f32
            %v609 = arith.divf %v534, %v608 : f32
            %v610 = arith.mulf %v603, %v609 fastmath<contract> : f32
            %v611 = arith.cmpi eq, %conv_act, %v15 : i64
            %v612 = arith.select %v611, %v610, %v603 : f32
            %v613 = arith.muli %v538, %split1 : i64
            %v614 = arith.addi %v613, %v537 : i64
            %v615 = llvm.getelementptr %conv_out[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v612, %v615 : f32, !llvm.ptr
            %v616 = arith.subi %v578, %v15 : i64
            scf.for %v617 = %v16 to %v616 step %v15 : i64 {
              %v618 = arith.addi %v585, %v617 : i64
              %v619 = arith.muli %v618, %split1 : i64
              %v620 = arith.addi %v619, %v537 : i64
              %v621 = arith.addi %v620, %split1 : i64
              %v622 = llvm.getelementptr %conv_win[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v623 = llvm.load %v622 : !llvm.ptr -> f32
              %v624 = llvm.getelementptr %conv_win[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v623, %v624 : f32, !llvm.ptr
            }
            %v625 = arith.cmpi slt, %v16, %v578 : i64
            scf.if %v625 {
              %v626 = arith.addi %v585, %v616 : i64
              %v627 = arith.muli %v626, %split1 : i64
              %v628 = arith.addi %v627, %v537 : i64
              %v629 = llvm.getelementptr %conv_win[%v628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v557, %v629 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    llvm.mlir.global internal @lr_gemv_bf16w_mma32_sums() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<5120 x f32>
    llvm.mlir.global internal @lr_gemv_bf16w_mma32_squares() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x f32>
    gpu.func @lr_gemv_bf16w_mma32(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64, %splits: i64, %ws: !llvm.ptr, %counters: !llvm.ptr) kernel {
      %v9 = arith.constant 32 : i64
      %v12 = arith.constant 4 : i64
      %v15 = arith.constant 1 : i64
      %v16 = arith.constant 0 : i64
      %v17 = arith.constant 8 : i64
      %v20 = arith.constant 16 : i64
      %v21 = arith.constant 31 : i64
      %v45 = arith.constant 24 : i64
      %v60 = arith.constant 0x00000000 : f32
      %v61 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v73 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v87 = arith.constant 3 : i64
      %v108 = arith.constant 2 : i64
      %v611 = arith.constant 20 : i64
      %v612 = arith.constant 640 : i64
      %v645 = arith.constant 9 : i64
      %v672 = arith.constant 17 : i64
      %v699 = arith.constant 25 : i64
      %v720 = arith.constant 512 : i64
      %v724 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v725 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v734 = arith.constant 1280 : i64
      %v739 = arith.constant 1920 : i64
      %v744 = arith.constant 2560 : i64
      %v749 = arith.constant 3200 : i64
      %v754 = arith.constant 3840 : i64
      %v759 = arith.constant 4480 : i64
      %v764 = arith.constant 256 : i64
      %v769 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v770 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v804 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v806 = arith.constant 544 : i64
      %v831 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v842 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v861 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v898 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v923 = arith.constant 0x3F800000 : f32
      %v925 = arith.constant 0x3FB8AA3B : f32
      %v957 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v994 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1 = llvm.mlir.addressof @lr_gemv_bf16w_mma32_sums : !llvm.ptr<3>
      %v2 = llvm.addrspacecast %v1 : !llvm.ptr<3> to !llvm.ptr
      %v3 = llvm.mlir.addressof @lr_gemv_bf16w_mma32_squares : !llvm.ptr<3>
      %v4 = llvm.addrspacecast %v3 : !llvm.ptr<3> to !llvm.ptr
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v5 : index to i64
      %v8 = arith.index_cast %v6 : index to i64
      %v10 = arith.divsi %v8, %v9 : i64
      %v11 = arith.remsi %v8, %v9 : i64
      %v13 = arith.divsi %v11, %v12 : i64
      %v14 = arith.remsi %v11, %v12 : i64
      %v18 = arith.divsi %v7, %splits : i64
      %v19 = arith.remsi %v7, %splits : i64
      %v22 = arith.addi %m, %v21 : i64
      %v23 = arith.divsi %v22, %v9 : i64
      %v24 = arith.remsi %v18, %v23 : i64
      %v25 = arith.divsi %v18, %v23 : i64
      %v26 = arith.muli %v24, %v9 : i64
      %v27 = arith.muli %v25, %v20 : i64
      %v28 = arith.subi %m, %v15 : i64
      %v29 = arith.subi %n, %v15 : i64
      %v30 = arith.subi %k, %v17 : i64
      %v31 = arith.addi %v26, %v13 : i64
      %v32 = arith.minsi %v31, %v28 : i64
      %v33 = arith.muli %v32, %x_stride : i64
      %v34 = llvm.getelementptr %x[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = arith.addi %v26, %v17 : i64
      %v36 = arith.addi %v35, %v13 : i64
      %v37 = arith.minsi %v36, %v28 : i64
      %v38 = arith.muli %v37, %x_stride : i64
      %v39 = llvm.getelementptr %x[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v40 = arith.addi %v26, %v20 : i64
      %v41 = arith.addi %v40, %v13 : i64
      %v42 = arith.minsi %v41, %v28 : i64
      %v43 = arith.muli %v42, %x_stride : i64
      %v44 = llvm.getelementptr %x[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v46 = arith.addi %v26, %v45 : i64
      %v47 = arith.addi %v46, %v13 : i64
      %v48 = arith.minsi %v47, %v28 : i64
      %v49 = arith.muli %v48, %x_stride : i64
      %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v51 = arith.addi %v27, %v13 : i64
      %v52 = arith.minsi %v51, %v29 : i64
      %v53 = arith.muli %v52, %k : i64
      %v54 = llvm.getelementptr %w[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v55 = arith.addi %v27, %v13 : i64
      %v56 = arith.addi %v55, %v17 : i64
      %v57 = arith.minsi %v56, %v29 : i64
      %v58 = arith.muli %v57, %k : i64
      %v59 = llvm.getelementptr %w[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v60, %v61 : f32, !llvm.ptr
      llvm.store %v60, %v62 : f32, !llvm.ptr
      llvm.store %v60, %v63 : f32, !llvm.ptr
      llvm.store %v60, %v64 : f32, !llvm.ptr
      llvm.store %v60, %v65 : f32, !llvm.ptr
      llvm.store %v60, %v66 : f32, !llvm.ptr
      llvm.store %v60, %v67 : f32, !llvm.ptr
      llvm.store %v60, %v68 : f32, !llvm.ptr
      llvm.store %v60, %v69 : f32, !llvm.ptr
      llvm.store %v60, %v70 : f32, !llvm.ptr
      llvm.store %v60, %v71 : f32, !llvm.ptr
      llvm.store %v60, %v72 : f32, !llvm.ptr
      llvm.store %v60, %v73 : f32, !llvm.ptr
      llvm.store %v60, %v74 : f32, !llvm.ptr
      llvm.store %v60, %v75 : f32, !llvm.ptr
      llvm.store %v60, %v76 : f32, !llvm.ptr
      llvm.store %v60, %v77 : f32, !llvm.ptr
      llvm.store %v60, %v78 : f32, !llvm.ptr
      llvm.store %v60, %v79 : f32, !llvm.ptr
      llvm.store %v60, %v80 : f32, !llvm.ptr
      %v81 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v82 = arith.addi %k, %v21 : i64
      %v83 = arith.divsi %v82, %v9 : i64
      %v84 = arith.muli %v19, %v17 : i64
      %v85 = arith.addi %v84, %v10 : i64
      %v86 = arith.muli %splits, %v17 : i64
      %v88 = arith.muli %v86, %v87 : i64
      scf.for %v89 = %v85 to %v83 step %v88 : i64 {
        %v90 = arith.muli %v14, %v17 : i64
        %v91 = arith.muli %v89, %v9 : i64
        %v92 = arith.addi %v91, %v90 : i64
        %v93 = arith.cmpi slt, %v92, %k : i64
        %v94 = arith.minsi %v92, %v30 : i64
        %v95 = llvm.getelementptr %v54[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v96 = llvm.load %v95 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v97 = llvm.getelementptr %v59[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v98 = llvm.load %v97 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v99 = arith.addi %v89, %v86 : i64
        %v100 = arith.muli %v99, %v9 : i64
        %v101 = arith.addi %v100, %v90 : i64
        %v102 = arith.cmpi slt, %v101, %k : i64
        %v103 = arith.minsi %v101, %v30 : i64
        %v104 = llvm.getelementptr %v54[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v105 = llvm.load %v104 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v106 = llvm.getelementptr %v59[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v107 = llvm.load %v106 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v109 = arith.muli %v108, %v86 : i64
        %v110 = arith.addi %v89, %v109 : i64
        %v111 = arith.muli %v110, %v9 : i64
        %v112 = arith.addi %v111, %v90 : i64
        %v113 = arith.cmpi slt, %v112, %k : i64
        %v114 = arith.minsi %v112, %v30 : i64
        %v115 = llvm.getelementptr %v54[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v116 = llvm.load %v115 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v117 = llvm.getelementptr %v59[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v118 = llvm.load %v117 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v119 = llvm.mlir.constant(0 : i32) : i32
        %v120 = llvm.extractelement %v96[%v119 : i32] : vector<4xi32>
        %v121 = llvm.mlir.constant(0 : i32) : i32
        %v122 = llvm.extractelement %v98[%v121 : i32] : vector<4xi32>
        %v123 = llvm.mlir.constant(1 : i32) : i32
        %v124 = llvm.extractelement %v96[%v123 : i32] : vector<4xi32>
        %v125 = llvm.mlir.constant(1 : i32) : i32
        %v126 = llvm.extractelement %v98[%v125 : i32] : vector<4xi32>
        %v127 = llvm.mlir.constant(2 : i32) : i32
        %v128 = llvm.extractelement %v96[%v127 : i32] : vector<4xi32>
        %v129 = llvm.mlir.constant(2 : i32) : i32
        %v130 = llvm.extractelement %v98[%v129 : i32] : vector<4xi32>
        %v131 = llvm.mlir.constant(3 : i32) : i32
        %v132 = llvm.extractelement %v96[%v131 : i32] : vector<4xi32>
        %v133 = llvm.mlir.constant(3 : i32) : i32
        %v134 = llvm.extractelement %v98[%v133 : i32] : vector<4xi32>
        %v135 = llvm.getelementptr %v34[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v136 = llvm.load %v135 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v137 = arith.addi %v94, %v12 : i64
        %v138 = llvm.getelementptr %v34[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v140 = llvm.select %v93, %v136, %v81 : i1, vector<4xf32>
        %v141 = llvm.select %v93, %v139, %v81 : i1, vector<4xf32>
        %v142 = llvm.shufflevector %v140, %v140 [0, 1] : vector<4xf32>
        %v143 = llvm.fptrunc %v142 : vector<2xf32> to vector<2xbf16>
        %v144 = llvm.bitcast %v143 : vector<2xbf16> to i32
        %v145 = llvm.shufflevector %v140, %v140 [2, 3] : vector<4xf32>
        %v146 = llvm.fptrunc %v145 : vector<2xf32> to vector<2xbf16>
        %v147 = llvm.bitcast %v146 : vector<2xbf16> to i32
        %v148 = llvm.shufflevector %v141, %v141 [0, 1] : vector<4xf32>
        %v149 = llvm.fptrunc %v148 : vector<2xf32> to vector<2xbf16>
        %v150 = llvm.bitcast %v149 : vector<2xbf16> to i32
        %v151 = llvm.shufflevector %v141, %v141 [2, 3] : vector<4xf32>
        %v152 = llvm.fptrunc %v151 : vector<2xf32> to vector<2xbf16>
        %v153 = llvm.bitcast %v152 : vector<2xbf16> to i32
        %v154 = llvm.load %v61 : !llvm.ptr -> f32
        %v155 = llvm.load %v62 : !llvm.ptr -> f32
        %v156 = llvm.load %v63 : !llvm.ptr -> f32
        %v157 = llvm.load %v64 : !llvm.ptr -> f32
        %v158 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v120, %v122, %v124, %v126, %v144, %v147, %v154, %v155, %v156, %v157 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v159 = llvm.extractvalue %v158[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v159, %v61 : f32, !llvm.ptr
        %v160 = llvm.extractvalue %v158[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v160, %v62 : f32, !llvm.ptr
        %v161 = llvm.extractvalue %v158[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v161, %v63 : f32, !llvm.ptr
        %v162 = llvm.extractvalue %v158[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v162, %v64 : f32, !llvm.ptr
        %v163 = llvm.load %v61 : !llvm.ptr -> f32
        %v164 = llvm.load %v62 : !llvm.ptr -> f32
        %v165 = llvm.load %v63 : !llvm.ptr -> f32
        %v166 = llvm.load %v64 : !llvm.ptr -> f32
        %v167 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v128, %v130, %v132, %v134, %v150, %v153, %v163, %v164, %v165, %v166 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v168 = llvm.extractvalue %v167[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v168, %v61 : f32, !llvm.ptr
        %v169 = llvm.extractvalue %v167[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v169, %v62 : f32, !llvm.ptr
        %v170 = llvm.extractvalue %v167[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v170, %v63 : f32, !llvm.ptr
        %v171 = llvm.extractvalue %v167[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v171, %v64 : f32, !llvm.ptr
        %v172 = llvm.getelementptr %v39[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v173 = llvm.load %v172 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v174 = arith.addi %v94, %v12 : i64
        %v175 = llvm.getelementptr %v39[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v176 = llvm.load %v175 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v177 = llvm.select %v93, %v173, %v81 : i1, vector<4xf32>
        %v178 = llvm.select %v93, %v176, %v81 : i1, vector<4xf32>
        %v179 = llvm.shufflevector %v177, %v177 [0, 1] : vector<4xf32>
        %v180 = llvm.fptrunc %v179 : vector<2xf32> to vector<2xbf16>
        %v181 = llvm.bitcast %v180 : vector<2xbf16> to i32
        %v182 = llvm.shufflevector %v177, %v177 [2, 3] : vector<4xf32>
        %v183 = llvm.fptrunc %v182 : vector<2xf32> to vector<2xbf16>
        %v184 = llvm.bitcast %v183 : vector<2xbf16> to i32
        %v185 = llvm.shufflevector %v178, %v178 [0, 1] : vector<4xf32>
        %v186 = llvm.fptrunc %v185 : vector<2xf32> to vector<2xbf16>
        %v187 = llvm.bitcast %v186 : vector<2xbf16> to i32
        %v188 = llvm.shufflevector %v178, %v178 [2, 3] : vector<4xf32>
        %v189 = llvm.fptrunc %v188 : vector<2xf32> to vector<2xbf16>
        %v190 = llvm.bitcast %v189 : vector<2xbf16> to i32
        %v191 = llvm.load %v65 : !llvm.ptr -> f32
        %v192 = llvm.load %v66 : !llvm.ptr -> f32
        %v193 = llvm.load %v67 : !llvm.ptr -> f32
        %v194 = llvm.load %v68 : !llvm.ptr -> f32
        %v195 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v120, %v122, %v124, %v126, %v181, %v184, %v191, %v192, %v193, %v194 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v196 = llvm.extractvalue %v195[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v196, %v65 : f32, !llvm.ptr
        %v197 = llvm.extractvalue %v195[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v197, %v66 : f32, !llvm.ptr
        %v198 = llvm.extractvalue %v195[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v198, %v67 : f32, !llvm.ptr
        %v199 = llvm.extractvalue %v195[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v199, %v68 : f32, !llvm.ptr
        %v200 = llvm.load %v65 : !llvm.ptr -> f32
        %v201 = llvm.load %v66 : !llvm.ptr -> f32
        %v202 = llvm.load %v67 : !llvm.ptr -> f32
        %v203 = llvm.load %v68 : !llvm.ptr -> f32
        %v204 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v128, %v130, %v132, %v134, %v187, %v190, %v200, %v201, %v202, %v203 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v205 = llvm.extractvalue %v204[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v205, %v65 : f32, !llvm.ptr
        %v206 = llvm.extractvalue %v204[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v206, %v66 : f32, !llvm.ptr
        %v207 = llvm.extractvalue %v204[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v207, %v67 : f32, !llvm.ptr
        %v208 = llvm.extractvalue %v204[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v208, %v68 : f32, !llvm.ptr
        %v209 = llvm.getelementptr %v44[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v210 = llvm.load %v209 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v211 = arith.addi %v94, %v12 : i64
        %v212 = llvm.getelementptr %v44[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v213 = llvm.load %v212 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v214 = llvm.select %v93, %v210, %v81 : i1, vector<4xf32>
        %v215 = llvm.select %v93, %v213, %v81 : i1, vector<4xf32>
        %v216 = llvm.shufflevector %v214, %v214 [0, 1] : vector<4xf32>
        %v217 = llvm.fptrunc %v216 : vector<2xf32> to vector<2xbf16>
        %v218 = llvm.bitcast %v217 : vector<2xbf16> to i32
        %v219 = llvm.shufflevector %v214, %v214 [2, 3] : vector<4xf32>
        %v220 = llvm.fptrunc %v219 : vector<2xf32> to vector<2xbf16>
        %v221 = llvm.bitcast %v220 : vector<2xbf16> to i32
        %v222 = llvm.shufflevector %v215, %v215 [0, 1] : vector<4xf32>
        %v223 = llvm.fptrunc %v222 : vector<2xf32> to vector<2xbf16>
        %v224 = llvm.bitcast %v223 : vector<2xbf16> to i32
        %v225 = llvm.shufflevector %v215, %v215 [2, 3] : vector<4xf32>
        %v226 = llvm.fptrunc %v225 : vector<2xf32> to vector<2xbf16>
        %v227 = llvm.bitcast %v226 : vector<2xbf16> to i32
        %v228 = llvm.load %v69 : !llvm.ptr -> f32
        %v229 = llvm.load %v70 : !llvm.ptr -> f32
        %v230 = llvm.load %v71 : !llvm.ptr -> f32
        %v231 = llvm.load %v72 : !llvm.ptr -> f32
        %v232 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v120, %v122, %v124, %v126, %v218, %v221, %v228, %v229, %v230, %v231 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v233 = llvm.extractvalue %v232[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v233, %v69 : f32, !llvm.ptr
        %v234 = llvm.extractvalue %v232[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v234, %v70 : f32, !llvm.ptr
        %v235 = llvm.extractvalue %v232[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v235, %v71 : f32, !llvm.ptr
        %v236 = llvm.extractvalue %v232[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v236, %v72 : f32, !llvm.ptr
        %v237 = llvm.load %v69 : !llvm.ptr -> f32
        %v238 = llvm.load %v70 : !llvm.ptr -> f32
        %v239 = llvm.load %v71 : !llvm.ptr -> f32
        %v240 = llvm.load %v72 : !llvm.ptr -> f32
        %v241 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v128, %v130, %v132, %v134, %v224, %v227, %v237, %v238, %v239, %v240 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v242 = llvm.extractvalue %v241[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v242, %v69 : f32, !llvm.ptr
        %v243 = llvm.extractvalue %v241[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v243, %v70 : f32, !llvm.ptr
        %v244 = llvm.extractvalue %v241[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v244, %v71 : f32, !llvm.ptr
        %v245 = llvm.extractvalue %v241[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v245, %v72 : f32, !llvm.ptr
        %v246 = llvm.getelementptr %v50[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v247 = llvm.load %v246 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v248 = arith.addi %v94, %v12 : i64
        %v249 = llvm.getelementptr %v50[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v250 = llvm.load %v249 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v251 = llvm.select %v93, %v247, %v81 : i1, vector<4xf32>
        %v252 = llvm.select %v93, %v250, %v81 : i1, vector<4xf32>
        %v253 = llvm.shufflevector %v251, %v251 [0, 1] : vector<4xf32>
        %v254 = llvm.fptrunc %v253 : vector<2xf32> to vector<2xbf16>
        %v255 = llvm.bitcast %v254 : vector<2xbf16> to i32
        %v256 = llvm.shufflevector %v251, %v251 [2, 3] : vector<4xf32>
        %v257 = llvm.fptrunc %v256 : vector<2xf32> to vector<2xbf16>
        %v258 = llvm.bitcast %v257 : vector<2xbf16> to i32
        %v259 = llvm.shufflevector %v252, %v252 [0, 1] : vector<4xf32>
        %v260 = llvm.fptrunc %v259 : vector<2xf32> to vector<2xbf16>
        %v261 = llvm.bitcast %v260 : vector<2xbf16> to i32
        %v262 = llvm.shufflevector %v252, %v252 [2, 3] : vector<4xf32>
        %v263 = llvm.fptrunc %v262 : vector<2xf32> to vector<2xbf16>
        %v264 = llvm.bitcast %v263 : vector<2xbf16> to i32
        %v265 = llvm.load %v73 : !llvm.ptr -> f32
        %v266 = llvm.load %v74 : !llvm.ptr -> f32
        %v267 = llvm.load %v75 : !llvm.ptr -> f32
        %v268 = llvm.load %v76 : !llvm.ptr -> f32
        %v269 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v120, %v122, %v124, %v126, %v255, %v258, %v265, %v266, %v267, %v268 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v270 = llvm.extractvalue %v269[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v270, %v73 : f32, !llvm.ptr
        %v271 = llvm.extractvalue %v269[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v271, %v74 : f32, !llvm.ptr
        %v272 = llvm.extractvalue %v269[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v272, %v75 : f32, !llvm.ptr
        %v273 = llvm.extractvalue %v269[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v273, %v76 : f32, !llvm.ptr
        %v274 = llvm.load %v73 : !llvm.ptr -> f32
        %v275 = llvm.load %v74 : !llvm.ptr -> f32
        %v276 = llvm.load %v75 : !llvm.ptr -> f32
        %v277 = llvm.load %v76 : !llvm.ptr -> f32
        %v278 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v128, %v130, %v132, %v134, %v261, %v264, %v274, %v275, %v276, %v277 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v279 = llvm.extractvalue %v278[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v279, %v73 : f32, !llvm.ptr
        %v280 = llvm.extractvalue %v278[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v280, %v74 : f32, !llvm.ptr
        %v281 = llvm.extractvalue %v278[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v281, %v75 : f32, !llvm.ptr
        %v282 = llvm.extractvalue %v278[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v282, %v76 : f32, !llvm.ptr
        %v283 = llvm.mlir.constant(0 : i32) : i32
        %v284 = llvm.extractelement %v105[%v283 : i32] : vector<4xi32>
        %v285 = llvm.mlir.constant(0 : i32) : i32
        %v286 = llvm.extractelement %v107[%v285 : i32] : vector<4xi32>
        %v287 = llvm.mlir.constant(1 : i32) : i32
        %v288 = llvm.extractelement %v105[%v287 : i32] : vector<4xi32>
        %v289 = llvm.mlir.constant(1 : i32) : i32
        %v290 = llvm.extractelement %v107[%v289 : i32] : vector<4xi32>
        %v291 = llvm.mlir.constant(2 : i32) : i32
        %v292 = llvm.extractelement %v105[%v291 : i32] : vector<4xi32>
        %v293 = llvm.mlir.constant(2 : i32) : i32
        %v294 = llvm.extractelement %v107[%v293 : i32] : vector<4xi32>
        %v295 = llvm.mlir.constant(3 : i32) : i32
        %v296 = llvm.extractelement %v105[%v295 : i32] : vector<4xi32>
        %v297 = llvm.mlir.constant(3 : i32) : i32
        %v298 = llvm.extractelement %v107[%v297 : i32] : vector<4xi32>
        %v299 = llvm.getelementptr %v34[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v300 = llvm.load %v299 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v301 = arith.addi %v103, %v12 : i64
        %v302 = llvm.getelementptr %v34[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v303 = llvm.load %v302 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v304 = llvm.select %v102, %v300, %v81 : i1, vector<4xf32>
        %v305 = llvm.select %v102, %v303, %v81 : i1, vector<4xf32>
        %v306 = llvm.shufflevector %v304, %v304 [0, 1] : vector<4xf32>
        %v307 = llvm.fptrunc %v306 : vector<2xf32> to vector<2xbf16>
        %v308 = llvm.bitcast %v307 : vector<2xbf16> to i32
        %v309 = llvm.shufflevector %v304, %v304 [2, 3] : vector<4xf32>
        %v310 = llvm.fptrunc %v309 : vector<2xf32> to vector<2xbf16>
        %v311 = llvm.bitcast %v310 : vector<2xbf16> to i32
        %v312 = llvm.shufflevector %v305, %v305 [0, 1] : vector<4xf32>
        %v313 = llvm.fptrunc %v312 : vector<2xf32> to vector<2xbf16>
        %v314 = llvm.bitcast %v313 : vector<2xbf16> to i32
        %v315 = llvm.shufflevector %v305, %v305 [2, 3] : vector<4xf32>
        %v316 = llvm.fptrunc %v315 : vector<2xf32> to vector<2xbf16>
        %v317 = llvm.bitcast %v316 : vector<2xbf16> to i32
        %v318 = llvm.load %v61 : !llvm.ptr -> f32
        %v319 = llvm.load %v62 : !llvm.ptr -> f32
        %v320 = llvm.load %v63 : !llvm.ptr -> f32
        %v321 = llvm.load %v64 : !llvm.ptr -> f32
        %v322 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v284, %v286, %v288, %v290, %v308, %v311, %v318, %v319, %v320, %v321 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v323 = llvm.extractvalue %v322[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v323, %v61 : f32, !llvm.ptr
        %v324 = llvm.extractvalue %v322[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v324, %v62 : f32, !llvm.ptr
        %v325 = llvm.extractvalue %v322[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v325, %v63 : f32, !llvm.ptr
        %v326 = llvm.extractvalue %v322[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v326, %v64 : f32, !llvm.ptr
        %v327 = llvm.load %v61 : !llvm.ptr -> f32
        %v328 = llvm.load %v62 : !llvm.ptr -> f32
        %v329 = llvm.load %v63 : !llvm.ptr -> f32
        %v330 = llvm.load %v64 : !llvm.ptr -> f32
        %v331 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v292, %v294, %v296, %v298, %v314, %v317, %v327, %v328, %v329, %v330 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v332 = llvm.extractvalue %v331[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v332, %v61 : f32, !llvm.ptr
        %v333 = llvm.extractvalue %v331[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v333, %v62 : f32, !llvm.ptr
        %v334 = llvm.extractvalue %v331[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v334, %v63 : f32, !llvm.ptr
        %v335 = llvm.extractvalue %v331[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v335, %v64 : f32, !llvm.ptr
        %v336 = llvm.getelementptr %v39[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v337 = llvm.load %v336 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v338 = arith.addi %v103, %v12 : i64
        %v339 = llvm.getelementptr %v39[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v340 = llvm.load %v339 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v341 = llvm.select %v102, %v337, %v81 : i1, vector<4xf32>
        %v342 = llvm.select %v102, %v340, %v81 : i1, vector<4xf32>
        %v343 = llvm.shufflevector %v341, %v341 [0, 1] : vector<4xf32>
        %v344 = llvm.fptrunc %v343 : vector<2xf32> to vector<2xbf16>
        %v345 = llvm.bitcast %v344 : vector<2xbf16> to i32
        %v346 = llvm.shufflevector %v341, %v341 [2, 3] : vector<4xf32>
        %v347 = llvm.fptrunc %v346 : vector<2xf32> to vector<2xbf16>
        %v348 = llvm.bitcast %v347 : vector<2xbf16> to i32
        %v349 = llvm.shufflevector %v342, %v342 [0, 1] : vector<4xf32>
        %v350 = llvm.fptrunc %v349 : vector<2xf32> to vector<2xbf16>
        %v351 = llvm.bitcast %v350 : vector<2xbf16> to i32
        %v352 = llvm.shufflevector %v342, %v342 [2, 3] : vector<4xf32>
        %v353 = llvm.fptrunc %v352 : vector<2xf32> to vector<2xbf16>
        %v354 = llvm.bitcast %v353 : vector<2xbf16> to i32
        %v355 = llvm.load %v65 : !llvm.ptr -> f32
        %v356 = llvm.load %v66 : !llvm.ptr -> f32
        %v357 = llvm.load %v67 : !llvm.ptr -> f32
        %v358 = llvm.load %v68 : !llvm.ptr -> f32
        %v359 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v284, %v286, %v288, %v290, %v345, %v348, %v355, %v356, %v357, %v358 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v360 = llvm.extractvalue %v359[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v360, %v65 : f32, !llvm.ptr
        %v361 = llvm.extractvalue %v359[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v361, %v66 : f32, !llvm.ptr
        %v362 = llvm.extractvalue %v359[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v362, %v67 : f32, !llvm.ptr
        %v363 = llvm.extractvalue %v359[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v363, %v68 : f32, !llvm.ptr
        %v364 = llvm.load %v65 : !llvm.ptr -> f32
        %v365 = llvm.load %v66 : !llvm.ptr -> f32
        %v366 = llvm.load %v67 : !llvm.ptr -> f32
        %v367 = llvm.load %v68 : !llvm.ptr -> f32
        %v368 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v292, %v294, %v296, %v298, %v351, %v354, %v364, %v365, %v366, %v367 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v369 = llvm.extractvalue %v368[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v369, %v65 : f32, !llvm.ptr
        %v370 = llvm.extractvalue %v368[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v370, %v66 : f32, !llvm.ptr
        %v371 = llvm.extractvalue %v368[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v371, %v67 : f32, !llvm.ptr
        %v372 = llvm.extractvalue %v368[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v372, %v68 : f32, !llvm.ptr
        %v373 = llvm.getelementptr %v44[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v374 = llvm.load %v373 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v375 = arith.addi %v103, %v12 : i64
        %v376 = llvm.getelementptr %v44[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v377 = llvm.load %v376 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v378 = llvm.select %v102, %v374, %v81 : i1, vector<4xf32>
        %v379 = llvm.select %v102, %v377, %v81 : i1, vector<4xf32>
        %v380 = llvm.shufflevector %v378, %v378 [0, 1] : vector<4xf32>
        %v381 = llvm.fptrunc %v380 : vector<2xf32> to vector<2xbf16>
        %v382 = llvm.bitcast %v381 : vector<2xbf16> to i32
        %v383 = llvm.shufflevector %v378, %v378 [2, 3] : vector<4xf32>
        %v384 = llvm.fptrunc %v383 : vector<2xf32> to vector<2xbf16>
        %v385 = llvm.bitcast %v384 : vector<2xbf16> to i32
        %v386 = llvm.shufflevector %v379, %v379 [0, 1] : vector<4xf32>
        %v387 = llvm.fptrunc %v386 : vector<2xf32> to vector<2xbf16>
        %v388 = llvm.bitcast %v387 : vector<2xbf16> to i32
        %v389 = llvm.shufflevector %v379, %v379 [2, 3] : vector<4xf32>
        %v390 = llvm.fptrunc %v389 : vector<2xf32> to vector<2xbf16>
        %v391 = llvm.bitcast %v390 : vector<2xbf16> to i32
        %v392 = llvm.load %v69 : !llvm.ptr -> f32
        %v393 = llvm.load %v70 : !llvm.ptr -> f32
        %v394 = llvm.load %v71 : !llvm.ptr -> f32
        %v395 = llvm.load %v72 : !llvm.ptr -> f32
        %v396 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v284, %v286, %v288, %v290, %v382, %v385, %v392, %v393, %v394, %v395 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v397 = llvm.extractvalue %v396[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v397, %v69 : f32, !llvm.ptr
        %v398 = llvm.extractvalue %v396[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v398, %v70 : f32, !llvm.ptr
        %v399 = llvm.extractvalue %v396[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v399, %v71 : f32, !llvm.ptr
        %v400 = llvm.extractvalue %v396[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v400, %v72 : f32, !llvm.ptr
        %v401 = llvm.load %v69 : !llvm.ptr -> f32
        %v402 = llvm.load %v70 : !llvm.ptr -> f32
        %v403 = llvm.load %v71 : !llvm.ptr -> f32
        %v404 = llvm.load %v72 : !llvm.ptr -> f32
        %v405 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v292, %v294, %v296, %v298, %v388, %v391, %v401, %v402, %v403, %v404 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v406 = llvm.extractvalue %v405[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v406, %v69 : f32, !llvm.ptr
        %v407 = llvm.extractvalue %v405[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v407, %v70 : f32, !llvm.ptr
        %v408 = llvm.extractvalue %v405[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v408, %v71 : f32, !llvm.ptr
        %v409 = llvm.extractvalue %v405[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v409, %v72 : f32, !llvm.ptr
        %v410 = llvm.getelementptr %v50[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v411 = llvm.load %v410 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v412 = arith.addi %v103, %v12 : i64
        %v413 = llvm.getelementptr %v50[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v414 = llvm.load %v413 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v415 = llvm.select %v102, %v411, %v81 : i1, vector<4xf32>
        %v416 = llvm.select %v102, %v414, %v81 : i1, vector<4xf32>
        %v417 = llvm.shufflevector %v415, %v415 [0, 1] : vector<4xf32>
        %v418 = llvm.fptrunc %v417 : vector<2xf32> to vector<2xbf16>
        %v419 = llvm.bitcast %v418 : vector<2xbf16> to i32
        %v420 = llvm.shufflevector %v415, %v415 [2, 3] : vector<4xf32>
        %v421 = llvm.fptrunc %v420 : vector<2xf32> to vector<2xbf16>
        %v422 = llvm.bitcast %v421 : vector<2xbf16> to i32
        %v423 = llvm.shufflevector %v416, %v416 [0, 1] : vector<4xf32>
        %v424 = llvm.fptrunc %v423 : vector<2xf32> to vector<2xbf16>
        %v425 = llvm.bitcast %v424 : vector<2xbf16> to i32
        %v426 = llvm.shufflevector %v416, %v416 [2, 3] : vector<4xf32>
        %v427 = llvm.fptrunc %v426 : vector<2xf32> to vector<2xbf16>
        %v428 = llvm.bitcast %v427 : vector<2xbf16> to i32
        %v429 = llvm.load %v73 : !llvm.ptr -> f32
        %v430 = llvm.load %v74 : !llvm.ptr -> f32
        %v431 = llvm.load %v75 : !llvm.ptr -> f32
        %v432 = llvm.load %v76 : !llvm.ptr -> f32
        %v433 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v284, %v286, %v288, %v290, %v419, %v422, %v429, %v430, %v431, %v432 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v434 = llvm.extractvalue %v433[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v434, %v73 : f32, !llvm.ptr
        %v435 = llvm.extractvalue %v433[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v435, %v74 : f32, !llvm.ptr
        %v436 = llvm.extractvalue %v433[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v436, %v75 : f32, !llvm.ptr
        %v437 = llvm.extractvalue %v433[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v437, %v76 : f32, !llvm.ptr
        %v438 = llvm.load %v73 : !llvm.ptr -> f32
        %v439 = llvm.load %v74 : !llvm.ptr -> f32
        %v440 = llvm.load %v75 : !llvm.ptr -> f32
        %v441 = llvm.load %v76 : !llvm.ptr -> f32
        %v442 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v292, %v294, %v296, %v298, %v425, %v428, %v438, %v439, %v440, %v441 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v443 = llvm.extractvalue %v442[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v443, %v73 : f32, !llvm.ptr
        %v444 = llvm.extractvalue %v442[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v444, %v74 : f32, !llvm.ptr
        %v445 = llvm.extractvalue %v442[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v445, %v75 : f32, !llvm.ptr
        %v446 = llvm.extractvalue %v442[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v446, %v76 : f32, !llvm.ptr
        %v447 = llvm.mlir.constant(0 : i32) : i32
        %v448 = llvm.extractelement %v116[%v447 : i32] : vector<4xi32>
        %v449 = llvm.mlir.constant(0 : i32) : i32
        %v450 = llvm.extractelement %v118[%v449 : i32] : vector<4xi32>
        %v451 = llvm.mlir.constant(1 : i32) : i32
        %v452 = llvm.extractelement %v116[%v451 : i32] : vector<4xi32>
        %v453 = llvm.mlir.constant(1 : i32) : i32
        %v454 = llvm.extractelement %v118[%v453 : i32] : vector<4xi32>
        %v455 = llvm.mlir.constant(2 : i32) : i32
        %v456 = llvm.extractelement %v116[%v455 : i32] : vector<4xi32>
        %v457 = llvm.mlir.constant(2 : i32) : i32
        %v458 = llvm.extractelement %v118[%v457 : i32] : vector<4xi32>
        %v459 = llvm.mlir.constant(3 : i32) : i32
        %v460 = llvm.extractelement %v116[%v459 : i32] : vector<4xi32>
        %v461 = llvm.mlir.constant(3 : i32) : i32
        %v462 = llvm.extractelement %v118[%v461 : i32] : vector<4xi32>
        %v463 = llvm.getelementptr %v34[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v464 = llvm.load %v463 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v465 = arith.addi %v114, %v12 : i64
        %v466 = llvm.getelementptr %v34[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v467 = llvm.load %v466 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v468 = llvm.select %v113, %v464, %v81 : i1, vector<4xf32>
        %v469 = llvm.select %v113, %v467, %v81 : i1, vector<4xf32>
        %v470 = llvm.shufflevector %v468, %v468 [0, 1] : vector<4xf32>
        %v471 = llvm.fptrunc %v470 : vector<2xf32> to vector<2xbf16>
        %v472 = llvm.bitcast %v471 : vector<2xbf16> to i32
        %v473 = llvm.shufflevector %v468, %v468 [2, 3] : vector<4xf32>
        %v474 = llvm.fptrunc %v473 : vector<2xf32> to vector<2xbf16>
        %v475 = llvm.bitcast %v474 : vector<2xbf16> to i32
        %v476 = llvm.shufflevector %v469, %v469 [0, 1] : vector<4xf32>
        %v477 = llvm.fptrunc %v476 : vector<2xf32> to vector<2xbf16>
        %v478 = llvm.bitcast %v477 : vector<2xbf16> to i32
        %v479 = llvm.shufflevector %v469, %v469 [2, 3] : vector<4xf32>
        %v480 = llvm.fptrunc %v479 : vector<2xf32> to vector<2xbf16>
        %v481 = llvm.bitcast %v480 : vector<2xbf16> to i32
        %v482 = llvm.load %v61 : !llvm.ptr -> f32
        %v483 = llvm.load %v62 : !llvm.ptr -> f32
        %v484 = llvm.load %v63 : !llvm.ptr -> f32
        %v485 = llvm.load %v64 : !llvm.ptr -> f32
        %v486 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v448, %v450, %v452, %v454, %v472, %v475, %v482, %v483, %v484, %v485 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v487 = llvm.extractvalue %v486[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v487, %v61 : f32, !llvm.ptr
        %v488 = llvm.extractvalue %v486[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v488, %v62 : f32, !llvm.ptr
        %v489 = llvm.extractvalue %v486[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v489, %v63 : f32, !llvm.ptr
        %v490 = llvm.extractvalue %v486[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v490, %v64 : f32, !llvm.ptr
        %v491 = llvm.load %v61 : !llvm.ptr -> f32
        %v492 = llvm.load %v62 : !llvm.ptr -> f32
        %v493 = llvm.load %v63 : !llvm.ptr -> f32
        %v494 = llvm.load %v64 : !llvm.ptr -> f32
        %v495 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v456, %v458, %v460, %v462, %v478, %v481, %v491, %v492, %v493, %v494 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v496 = llvm.extractvalue %v495[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v496, %v61 : f32, !llvm.ptr
        %v497 = llvm.extractvalue %v495[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v497, %v62 : f32, !llvm.ptr
        %v498 = llvm.extractvalue %v495[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v498, %v63 : f32, !llvm.ptr
        %v499 = llvm.extractvalue %v495[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v499, %v64 : f32, !llvm.ptr
        %v500 = llvm.getelementptr %v39[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v501 = llvm.load %v500 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v502 = arith.addi %v114, %v12 : i64
        %v503 = llvm.getelementptr %v39[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v504 = llvm.load %v503 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v505 = llvm.select %v113, %v501, %v81 : i1, vector<4xf32>
        %v506 = llvm.select %v113, %v504, %v81 : i1, vector<4xf32>
        %v507 = llvm.shufflevector %v505, %v505 [0, 1] : vector<4xf32>
        %v508 = llvm.fptrunc %v507 : vector<2xf32> to vector<2xbf16>
        %v509 = llvm.bitcast %v508 : vector<2xbf16> to i32
        %v510 = llvm.shufflevector %v505, %v505 [2, 3] : vector<4xf32>
        %v511 = llvm.fptrunc %v510 : vector<2xf32> to vector<2xbf16>
        %v512 = llvm.bitcast %v511 : vector<2xbf16> to i32
        %v513 = llvm.shufflevector %v506, %v506 [0, 1] : vector<4xf32>
        %v514 = llvm.fptrunc %v513 : vector<2xf32> to vector<2xbf16>
        %v515 = llvm.bitcast %v514 : vector<2xbf16> to i32
        %v516 = llvm.shufflevector %v506, %v506 [2, 3] : vector<4xf32>
        %v517 = llvm.fptrunc %v516 : vector<2xf32> to vector<2xbf16>
        %v518 = llvm.bitcast %v517 : vector<2xbf16> to i32
        %v519 = llvm.load %v65 : !llvm.ptr -> f32
        %v520 = llvm.load %v66 : !llvm.ptr -> f32
        %v521 = llvm.load %v67 : !llvm.ptr -> f32
        %v522 = llvm.load %v68 : !llvm.ptr -> f32
        %v523 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v448, %v450, %v452, %v454, %v509, %v512, %v519, %v520, %v521, %v522 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v524 = llvm.extractvalue %v523[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v524, %v65 : f32, !llvm.ptr
        %v525 = llvm.extractvalue %v523[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v525, %v66 : f32, !llvm.ptr
        %v526 = llvm.extractvalue %v523[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v526, %v67 : f32, !llvm.ptr
        %v527 = llvm.extractvalue %v523[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v527, %v68 : f32, !llvm.ptr
        %v528 = llvm.load %v65 : !llvm.ptr -> f32
        %v529 = llvm.load %v66 : !llvm.ptr -> f32
        %v530 = llvm.load %v67 : !llvm.ptr -> f32
        %v531 = llvm.load %v68 : !llvm.ptr -> f32
        %v532 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v456, %v458, %v460, %v462, %v515, %v518, %v528, %v529, %v530, %v531 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v533 = llvm.extractvalue %v532[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v533, %v65 : f32, !llvm.ptr
        %v534 = llvm.extractvalue %v532[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v534, %v66 : f32, !llvm.ptr
        %v535 = llvm.extractvalue %v532[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v535, %v67 : f32, !llvm.ptr
        %v536 = llvm.extractvalue %v532[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v536, %v68 : f32, !llvm.ptr
        %v537 = llvm.getelementptr %v44[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v538 = llvm.load %v537 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v539 = arith.addi %v114, %v12 : i64
        %v540 = llvm.getelementptr %v44[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v541 = llvm.load %v540 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v542 = llvm.select %v113, %v538, %v81 : i1, vector<4xf32>
        %v543 = llvm.select %v113, %v541, %v81 : i1, vector<4xf32>
        %v544 = llvm.shufflevector %v542, %v542 [0, 1] : vector<4xf32>
        %v545 = llvm.fptrunc %v544 : vector<2xf32> to vector<2xbf16>
        %v546 = llvm.bitcast %v545 : vector<2xbf16> to i32
        %v547 = llvm.shufflevector %v542, %v542 [2, 3] : vector<4xf32>
        %v548 = llvm.fptrunc %v547 : vector<2xf32> to vector<2xbf16>
        %v549 = llvm.bitcast %v548 : vector<2xbf16> to i32
        %v550 = llvm.shufflevector %v543, %v543 [0, 1] : vector<4xf32>
        %v551 = llvm.fptrunc %v550 : vector<2xf32> to vector<2xbf16>
        %v552 = llvm.bitcast %v551 : vector<2xbf16> to i32
        %v553 = llvm.shufflevector %v543, %v543 [2, 3] : vector<4xf32>
        %v554 = llvm.fptrunc %v553 : vector<2xf32> to vector<2xbf16>
        %v555 = llvm.bitcast %v554 : vector<2xbf16> to i32
        %v556 = llvm.load %v69 : !llvm.ptr -> f32
        %v557 = llvm.load %v70 : !llvm.ptr -> f32
        %v558 = llvm.load %v71 : !llvm.ptr -> f32
        %v559 = llvm.load %v72 : !llvm.ptr -> f32
        %v560 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v448, %v450, %v452, %v454, %v546, %v549, %v556, %v557, %v558, %v559 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v561 = llvm.extractvalue %v560[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v561, %v69 : f32, !llvm.ptr
        %v562 = llvm.extractvalue %v560[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v562, %v70 : f32, !llvm.ptr
        %v563 = llvm.extractvalue %v560[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v563, %v71 : f32, !llvm.ptr
        %v564 = llvm.extractvalue %v560[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v564, %v72 : f32, !llvm.ptr
        %v565 = llvm.load %v69 : !llvm.ptr -> f32
        %v566 = llvm.load %v70 : !llvm.ptr -> f32
        %v567 = llvm.load %v71 : !llvm.ptr -> f32
        %v568 = llvm.load %v72 : !llvm.ptr -> f32
        %v569 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v456, %v458, %v460, %v462, %v552, %v555, %v565, %v566, %v567, %v568 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v570 = llvm.extractvalue %v569[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v570, %v69 : f32, !llvm.ptr
        %v571 = llvm.extractvalue %v569[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v571, %v70 : f32, !llvm.ptr
        %v572 = llvm.extractvalue %v569[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v572, %v71 : f32, !llvm.ptr
        %v573 = llvm.extractvalue %v569[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v573, %v72 : f32, !llvm.ptr
        %v574 = llvm.getelementptr %v50[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v575 = llvm.load %v574 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v576 = arith.addi %v114, %v12 : i64
        %v577 = llvm.getelementptr %v50[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v578 = llvm.load %v577 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v579 = llvm.select %v113, %v575, %v81 : i1, vector<4xf32>
        %v580 = llvm.select %v113, %v578, %v81 : i1, vector<4xf32>
        %v581 = llvm.shufflevector %v579, %v579 [0, 1] : vector<4xf32>
        %v582 = llvm.fptrunc %v581 : vector<2xf32> to vector<2xbf16>
        %v583 = llvm.bitcast %v582 : vector<2xbf16> to i32
        %v584 = llvm.shufflevector %v579, %v579 [2, 3] : vector<4xf32>
        %v585 = llvm.fptrunc %v584 : vector<2xf32> to vector<2xbf16>
        %v586 = llvm.bitcast %v585 : vector<2xbf16> to i32
        %v587 = llvm.shufflevector %v580, %v580 [0, 1] : vector<4xf32>
        %v588 = llvm.fptrunc %v587 : vector<2xf32> to vector<2xbf16>
        %v589 = llvm.bitcast %v588 : vector<2xbf16> to i32
        %v590 = llvm.shufflevector %v580, %v580 [2, 3] : vector<4xf32>
        %v591 = llvm.fptrunc %v590 : vector<2xf32> to vector<2xbf16>
        %v592 = llvm.bitcast %v591 : vector<2xbf16> to i32
        %v593 = llvm.load %v73 : !llvm.ptr -> f32
        %v594 = llvm.load %v74 : !llvm.ptr -> f32
        %v595 = llvm.load %v75 : !llvm.ptr -> f32
        %v596 = llvm.load %v76 : !llvm.ptr -> f32
        %v597 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v448, %v450, %v452, %v454, %v583, %v586, %v593, %v594, %v595, %v596 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v598 = llvm.extractvalue %v597[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v598, %v73 : f32, !llvm.ptr
        %v599 = llvm.extractvalue %v597[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v599, %v74 : f32, !llvm.ptr
        %v600 = llvm.extractvalue %v597[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v600, %v75 : f32, !llvm.ptr
        %v601 = llvm.extractvalue %v597[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v601, %v76 : f32, !llvm.ptr
        %v602 = llvm.load %v73 : !llvm.ptr -> f32
        %v603 = llvm.load %v74 : !llvm.ptr -> f32
        %v604 = llvm.load %v75 : !llvm.ptr -> f32
        %v605 = llvm.load %v76 : !llvm.ptr -> f32
        %v606 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v456, %v458, %v460, %v462, %v589, %v592, %v602, %v603, %v604, %v605 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v607 = llvm.extractvalue %v606[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v607, %v73 : f32, !llvm.ptr
        %v608 = llvm.extractvalue %v606[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v608, %v74 : f32, !llvm.ptr
        %v609 = llvm.extractvalue %v606[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v609, %v75 : f32, !llvm.ptr
        %v610 = llvm.extractvalue %v606[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v610, %v76 : f32, !llvm.ptr
      }
      %v613 = arith.muli %v10, %v612 : i64
      %v614 = arith.muli %v14, %v108 : i64
      %v615 = arith.muli %v614, %v611 : i64
      %v616 = arith.addi %v613, %v615 : i64
      %v617 = arith.addi %v616, %v13 : i64
      %v618 = llvm.load %v61 : !llvm.ptr -> f32
      %v619 = llvm.getelementptr %v2[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v618, %v619 : f32, !llvm.ptr
      %v620 = arith.addi %v614, %v15 : i64
      %v621 = arith.muli %v620, %v611 : i64
      %v622 = arith.addi %v613, %v621 : i64
      %v623 = arith.addi %v622, %v13 : i64
      %v624 = llvm.load %v62 : !llvm.ptr -> f32
      %v625 = llvm.getelementptr %v2[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v624, %v625 : f32, !llvm.ptr
      %v626 = arith.addi %v13, %v17 : i64
      %v627 = arith.muli %v614, %v611 : i64
      %v628 = arith.addi %v613, %v627 : i64
      %v629 = arith.addi %v628, %v626 : i64
      %v630 = llvm.load %v63 : !llvm.ptr -> f32
      %v631 = llvm.getelementptr %v2[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v630, %v631 : f32, !llvm.ptr
      %v632 = arith.addi %v614, %v15 : i64
      %v633 = arith.addi %v13, %v17 : i64
      %v634 = arith.muli %v632, %v611 : i64
      %v635 = arith.addi %v613, %v634 : i64
      %v636 = arith.addi %v635, %v633 : i64
      %v637 = llvm.load %v64 : !llvm.ptr -> f32
      %v638 = llvm.getelementptr %v2[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v637, %v638 : f32, !llvm.ptr
      %v639 = arith.addi %v614, %v17 : i64
      %v640 = arith.muli %v639, %v611 : i64
      %v641 = arith.addi %v613, %v640 : i64
      %v642 = arith.addi %v641, %v13 : i64
      %v643 = llvm.load %v65 : !llvm.ptr -> f32
      %v644 = llvm.getelementptr %v2[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v643, %v644 : f32, !llvm.ptr
      %v646 = arith.addi %v614, %v645 : i64
      %v647 = arith.muli %v646, %v611 : i64
      %v648 = arith.addi %v613, %v647 : i64
      %v649 = arith.addi %v648, %v13 : i64
      %v650 = llvm.load %v66 : !llvm.ptr -> f32
      %v651 = llvm.getelementptr %v2[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v650, %v651 : f32, !llvm.ptr
      %v652 = arith.addi %v614, %v17 : i64
      %v653 = arith.addi %v13, %v17 : i64
      %v654 = arith.muli %v652, %v611 : i64
      %v655 = arith.addi %v613, %v654 : i64
      %v656 = arith.addi %v655, %v653 : i64
      %v657 = llvm.load %v67 : !llvm.ptr -> f32
      %v658 = llvm.getelementptr %v2[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v657, %v658 : f32, !llvm.ptr
      %v659 = arith.addi %v614, %v645 : i64
      %v660 = arith.addi %v13, %v17 : i64
      %v661 = arith.muli %v659, %v611 : i64
      %v662 = arith.addi %v613, %v661 : i64
      %v663 = arith.addi %v662, %v660 : i64
      %v664 = llvm.load %v68 : !llvm.ptr -> f32
      %v665 = llvm.getelementptr %v2[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v664, %v665 : f32, !llvm.ptr
      %v666 = arith.addi %v614, %v20 : i64
      %v667 = arith.muli %v666, %v611 : i64
      %v668 = arith.addi %v613, %v667 : i64
      %v669 = arith.addi %v668, %v13 : i64
      %v670 = llvm.load %v69 : !llvm.ptr -> f32
      %v671 = llvm.getelementptr %v2[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v670, %v671 : f32, !llvm.ptr
      %v673 = arith.addi %v614, %v672 : i64
      %v674 = arith.muli %v673, %v611 : i64
      %v675 = arith.addi %v613, %v674 : i64
      %v676 = arith.addi %v675, %v13 : i64
      %v677 = llvm.load %v70 : !llvm.ptr -> f32
      %v678 = llvm.getelementptr %v2[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v677, %v678 : f32, !llvm.ptr
      %v679 = arith.addi %v614, %v20 : i64
      %v680 = arith.addi %v13, %v17 : i64
      %v681 = arith.muli %v679, %v611 : i64
      %v682 = arith.addi %v613, %v681 : i64
      %v683 = arith.addi %v682, %v680 : i64
      %v684 = llvm.load %v71 : !llvm.ptr -> f32
      %v685 = llvm.getelementptr %v2[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v684, %v685 : f32, !llvm.ptr
      %v686 = arith.addi %v614, %v672 : i64
      %v687 = arith.addi %v13, %v17 : i64
      %v688 = arith.muli %v686, %v611 : i64
      %v689 = arith.addi %v613, %v688 : i64
      %v690 = arith.addi %v689, %v687 : i64
      %v691 = llvm.load %v72 : !llvm.ptr -> f32
      %v692 = llvm.getelementptr %v2[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v691, %v692 : f32, !llvm.ptr
      %v693 = arith.addi %v614, %v45 : i64
      %v694 = arith.muli %v693, %v611 : i64
      %v695 = arith.addi %v613, %v694 : i64
      %v696 = arith.addi %v695, %v13 : i64
      %v697 = llvm.load %v73 : !llvm.ptr -> f32
      %v698 = llvm.getelementptr %v2[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v697, %v698 : f32, !llvm.ptr
      %v700 = arith.addi %v614, %v699 : i64
      %v701 = arith.muli %v700, %v611 : i64
      %v702 = arith.addi %v613, %v701 : i64
      %v703 = arith.addi %v702, %v13 : i64
      %v704 = llvm.load %v74 : !llvm.ptr -> f32
      %v705 = llvm.getelementptr %v2[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v704, %v705 : f32, !llvm.ptr
      %v706 = arith.addi %v614, %v45 : i64
      %v707 = arith.addi %v13, %v17 : i64
      %v708 = arith.muli %v706, %v611 : i64
      %v709 = arith.addi %v613, %v708 : i64
      %v710 = arith.addi %v709, %v707 : i64
      %v711 = llvm.load %v75 : !llvm.ptr -> f32
      %v712 = llvm.getelementptr %v2[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v711, %v712 : f32, !llvm.ptr
      %v713 = arith.addi %v614, %v699 : i64
      %v714 = arith.addi %v13, %v17 : i64
      %v715 = arith.muli %v713, %v611 : i64
      %v716 = arith.addi %v613, %v715 : i64
      %v717 = arith.addi %v716, %v714 : i64
      %v718 = llvm.load %v76 : !llvm.ptr -> f32
      %v719 = llvm.getelementptr %v2[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v718, %v719 : f32, !llvm.ptr
      gpu.barrier
      %v721 = arith.cmpi slt, %v8, %v720 : i64
      %v722 = arith.divsi %v8, %v20 : i64
      %v723 = arith.remsi %v8, %v20 : i64
      llvm.store %v60, %v724 : f32, !llvm.ptr
      llvm.store %v60, %v725 : f32, !llvm.ptr
      scf.if %v721 {
        %v726 = arith.muli %v722, %v611 : i64
        %v727 = arith.addi %v726, %v723 : i64
        %v728 = llvm.getelementptr %v2[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v729 = llvm.load %v728 : !llvm.ptr -> f32
        %v730 = arith.addi %v727, %v612 : i64
        %v731 = llvm.getelementptr %v2[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v732 = llvm.load %v731 : !llvm.ptr -> f32
        %v733 = arith.addf %v729, %v732 fastmath<contract> : f32
        %v735 = arith.addi %v727, %v734 : i64
        %v736 = llvm.getelementptr %v2[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v737 = llvm.load %v736 : !llvm.ptr -> f32
        %v738 = arith.addf %v733, %v737 fastmath<contract> : f32
        %v740 = arith.addi %v727, %v739 : i64
        %v741 = llvm.getelementptr %v2[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v742 = llvm.load %v741 : !llvm.ptr -> f32
        %v743 = arith.addf %v738, %v742 fastmath<contract> : f32
        %v745 = arith.addi %v727, %v744 : i64
        %v746 = llvm.getelementptr %v2[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v747 = llvm.load %v746 : !llvm.ptr -> f32
        %v748 = arith.addf %v743, %v747 fastmath<contract> : f32
        %v750 = arith.addi %v727, %v749 : i64
        %v751 = llvm.getelementptr %v2[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v752 = llvm.load %v751 : !llvm.ptr -> f32
        %v753 = arith.addf %v748, %v752 fastmath<contract> : f32
        %v755 = arith.addi %v727, %v754 : i64
        %v756 = llvm.getelementptr %v2[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v757 = llvm.load %v756 : !llvm.ptr -> f32
        %v758 = arith.addf %v753, %v757 fastmath<contract> : f32
        %v760 = arith.addi %v727, %v759 : i64
        %v761 = llvm.getelementptr %v2[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v762 = llvm.load %v761 : !llvm.ptr -> f32
        %v763 = arith.addf %v758, %v762 fastmath<contract> : f32
        llvm.store %v763, %v724 : f32, !llvm.ptr
      }
      %v765 = arith.addi %v8, %v764 : i64
      %v766 = arith.cmpi slt, %v765, %v720 : i64
      %v767 = arith.divsi %v765, %v20 : i64
      %v768 = arith.remsi %v765, %v20 : i64
      llvm.store %v60, %v769 : f32, !llvm.ptr
      llvm.store %v60, %v770 : f32, !llvm.ptr
      scf.if %v766 {
        %v771 = arith.muli %v767, %v611 : i64
        %v772 = arith.addi %v771, %v768 : i64
        %v773 = llvm.getelementptr %v2[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v774 = llvm.load %v773 : !llvm.ptr -> f32
        %v775 = arith.addi %v772, %v612 : i64
        %v776 = llvm.getelementptr %v2[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v777 = llvm.load %v776 : !llvm.ptr -> f32
        %v778 = arith.addf %v774, %v777 fastmath<contract> : f32
        %v779 = arith.addi %v772, %v734 : i64
        %v780 = llvm.getelementptr %v2[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v781 = llvm.load %v780 : !llvm.ptr -> f32
        %v782 = arith.addf %v778, %v781 fastmath<contract> : f32
        %v783 = arith.addi %v772, %v739 : i64
        %v784 = llvm.getelementptr %v2[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v785 = llvm.load %v784 : !llvm.ptr -> f32
        %v786 = arith.addf %v782, %v785 fastmath<contract> : f32
        %v787 = arith.addi %v772, %v744 : i64
        %v788 = llvm.getelementptr %v2[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v789 = llvm.load %v788 : !llvm.ptr -> f32
        %v790 = arith.addf %v786, %v789 fastmath<contract> : f32
        %v791 = arith.addi %v772, %v749 : i64
        %v792 = llvm.getelementptr %v2[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v793 = llvm.load %v792 : !llvm.ptr -> f32
        %v794 = arith.addf %v790, %v793 fastmath<contract> : f32
        %v795 = arith.addi %v772, %v754 : i64
        %v796 = llvm.getelementptr %v2[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v797 = llvm.load %v796 : !llvm.ptr -> f32
        %v798 = arith.addf %v794, %v797 fastmath<contract> : f32
        %v799 = arith.addi %v772, %v759 : i64
        %v800 = llvm.getelementptr %v2[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v801 = llvm.load %v800 : !llvm.ptr -> f32
        %v802 = arith.addf %v798, %v801 fastmath<contract> : f32
        llvm.store %v802, %v769 : f32, !llvm.ptr
      }
      %v803 = arith.constant true
      llvm.store %v803, %v804 : i1, !llvm.ptr
      %v805 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v805 {
        %v807 = arith.muli %v18, %splits : i64
        %v808 = arith.addi %v807, %v19 : i64
        %v809 = arith.muli %v808, %v806 : i64
        scf.if %v721 {
          %v810 = arith.addi %v809, %v8 : i64
          %v811 = llvm.load %v724 : !llvm.ptr -> f32
          %v812 = llvm.getelementptr %ws[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v811, %v812 : f32, !llvm.ptr
        }
        scf.if %v766 {
          %v813 = arith.addi %v809, %v765 : i64
          %v814 = llvm.load %v769 : !llvm.ptr -> f32
          %v815 = llvm.getelementptr %ws[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v814, %v815 : f32, !llvm.ptr
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v816 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v816 {
          %v817 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v818 = arith.constant 1 : i32
          %v819 = llvm.atomicrmw add %v817, %v818 acq_rel : !llvm.ptr, i32
          %v820 = arith.trunci %splits : i64 to i32
          %v821 = arith.subi %v820, %v818 : i32
          %v822 = arith.cmpi eq, %v819, %v821 : i32
          %v823 = arith.uitofp %v822 : i1 to f32
          %v824 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v823, %v824 : f32, !llvm.ptr
          scf.if %v822 {
            %v825 = arith.constant 0 : i32
            llvm.store %v825, %v817 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v826 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v827 = llvm.load %v826 : !llvm.ptr -> f32
        %v828 = arith.cmpf one, %v827, %v60 : f32
        llvm.store %v828, %v804 : i1, !llvm.ptr
        scf.if %v828 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v829 = arith.muli %v18, %splits : i64
          %v830 = arith.muli %v829, %v806 : i64
          scf.if %v721 {
            llvm.store %v60, %v831 : f32, !llvm.ptr
            scf.for %v832 = %v16 to %splits step %v15 : i64 {
              %v833 = arith.muli %v832, %v806 : i64
              %v834 = arith.addi %v833, %v830 : i64
              %v835 = arith.addi %v834, %v8 : i64
              %v836 = llvm.getelementptr %ws[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v837 = llvm.ptrtoint %v836 : !llvm.ptr to i64
              %v838 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v837 : (i64) -> f32
              %v839 = llvm.load %v831 : !llvm.ptr -> f32
              %v840 = arith.addf %v839, %v838 fastmath<contract> : f32
              llvm.store %v840, %v831 : f32, !llvm.ptr
            }
            %v841 = llvm.load %v831 : !llvm.ptr -> f32
            llvm.store %v841, %v724 : f32, !llvm.ptr
          }
          scf.if %v766 {
            llvm.store %v60, %v842 : f32, !llvm.ptr
            scf.for %v843 = %v16 to %splits step %v15 : i64 {
              %v844 = arith.muli %v843, %v806 : i64
              %v845 = arith.addi %v844, %v830 : i64
              %v846 = arith.addi %v845, %v765 : i64
              %v847 = llvm.getelementptr %ws[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v848 = llvm.ptrtoint %v847 : !llvm.ptr to i64
              %v849 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v848 : (i64) -> f32
              %v850 = llvm.load %v842 : !llvm.ptr -> f32
              %v851 = arith.addf %v850, %v849 fastmath<contract> : f32
              llvm.store %v851, %v842 : f32, !llvm.ptr
            }
            %v852 = llvm.load %v842 : !llvm.ptr -> f32
            llvm.store %v852, %v769 : f32, !llvm.ptr
          }
        }
      }
      %v853 = llvm.load %v804 : !llvm.ptr -> i1
      %v854 = arith.andi %v721, %v853 : i1
      scf.if %v854 {
        %v855 = llvm.load %v724 : !llvm.ptr -> f32
        %v856 = arith.addi %v27, %v723 : i64
        %v857 = arith.addi %v26, %v722 : i64
        %v858 = arith.cmpi slt, %v856, %n : i64
        %v859 = arith.cmpi slt, %v857, %m : i64
        %v860 = arith.andi %v858, %v859 : i1
        scf.if %v860 {
          llvm.store %v855, %v861 : f32, !llvm.ptr
          %v862 = llvm.mlir.zero : !llvm.ptr
          %v863 = llvm.icmp "ne" %bias, %v862 : !llvm.ptr
          scf.if %v863 {
            %v864 = llvm.getelementptr %bias[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v865 = llvm.load %v864 : !llvm.ptr -> f32
            %v866 = llvm.load %v861 : !llvm.ptr -> f32
            %v867 = arith.addf %v866, %v865 fastmath<contract> : f32
            llvm.store %v867, %v861 : f32, !llvm.ptr
          }
          %v868 = llvm.mlir.zero : !llvm.ptr
          %v869 = llvm.icmp "ne" %add, %v868 : !llvm.ptr
          scf.if %v869 {
            %v870 = arith.muli %v857, %add_stride : i64
            %v871 = arith.addi %v870, %v856 : i64
            %v872 = llvm.getelementptr %add[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v873 = llvm.load %v872 : !llvm.ptr -> f32
            %v874 = llvm.load %v861 : !llvm.ptr -> f32
            %v875 = arith.addf %v874, %v873 fastmath<contract> : f32
            llvm.store %v875, %v861 : f32, !llvm.ptr
          }
          %v876 = llvm.load %v861 : !llvm.ptr -> f32
          %v877 = arith.cmpi slt, %v856, %split1 : i64
          %v878 = arith.cmpi slt, %v856, %split2 : i64
          %v879 = arith.muli %m, %split1 : i64
          %v880 = arith.muli %m, %split2 : i64
          %v881 = arith.select %v878, %v879, %v880 : i64
          %v882 = arith.select %v877, %v16, %v881 : i64
          %v883 = arith.subi %split2, %split1 : i64
          %v884 = arith.subi %n, %split2 : i64
          %v885 = arith.select %v878, %v883, %v884 : i64
          %v886 = arith.select %v877, %split1, %v885 : i64
          %v887 = arith.select %v878, %split1, %split2 : i64
          %v888 = arith.select %v877, %v16, %v887 : i64
          %v889 = arith.muli %v857, %v886 : i64
          %v890 = arith.subi %v856, %v888 : i64
          %v891 = arith.addi %v882, %v889 : i64
          %v892 = arith.addi %v891, %v890 : i64
          %v893 = llvm.getelementptr %out[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v876, %v893 : f32, !llvm.ptr
          %v894 = llvm.mlir.zero : !llvm.ptr
          %v895 = llvm.icmp "ne" %conv_w, %v894 : !llvm.ptr
          %v896 = arith.andi %v895, %v877 : i1
          scf.if %v896 {
            %v897 = arith.subi %conv_k, %v15 : i64
            llvm.store %v60, %v898 : f32, !llvm.ptr
            %v899 = llvm.mlir.zero : !llvm.ptr
            %v900 = llvm.icmp "ne" %conv_b, %v899 : !llvm.ptr
            scf.if %v900 {
              %v901 = llvm.getelementptr %conv_b[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v902 = llvm.load %v901 : !llvm.ptr -> f32
              llvm.store %v902, %v898 : f32, !llvm.ptr
            }
            %v903 = arith.muli %v856, %conv_k : i64
            %v904 = arith.muli %v857, %v897 : i64
            scf.for %v905 = %v16 to %v897 step %v15 : i64 {
              %v906 = arith.addi %v904, %v905 : i64
              %v907 = arith.muli %v906, %split1 : i64
              %v908 = arith.addi %v907, %v856 : i64
              %v909 = llvm.getelementptr %conv_win[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v910 = llvm.load %v909 : !llvm.ptr -> f32
              %v911 = arith.addi %v903, %v905 : i64
              %v912 = llvm.getelementptr %conv_w[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v913 = llvm.load %v912 : !llvm.ptr -> f32
              %v914 = arith.mulf %v913, %v910 fastmath<contract> : f32
              %v915 = llvm.load %v898 : !llvm.ptr -> f32
              %v916 = arith.addf %v915, %v914 fastmath<contract> : f32
              llvm.store %v916, %v898 : f32, !llvm.ptr
            }
            %v917 = arith.addi %v903, %v897 : i64
            %v918 = llvm.getelementptr %conv_w[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v919 = llvm.load %v918 : !llvm.ptr -> f32
            %v920 = arith.mulf %v919, %v876 fastmath<contract> : f32
            %v921 = llvm.load %v898 : !llvm.ptr -> f32
            %v922 = arith.addf %v921, %v920 fastmath<contract> : f32
            %v924 = arith.negf %v922 : f32
            %v926 = arith.mulf %v924, %v925 fastmath<contract> : f32
            %v927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v926) : (f32) -> f32
            %v928 = arith.addf %v923, %v927 fastmath<contract> : f32
            %v929 = arith.divf %v923, %v928 : f32
            %v930 = arith.mulf %v922, %v929 fastmath<contract> : f32
            %v931 = arith.cmpi eq, %conv_act, %v15 : i64
            %v932 = arith.select %v931, %v930, %v922 : f32
            %v933 = arith.muli %v857, %split1 : i64
            %v934 = arith.addi %v933, %v856 : i64
            %v935 = llvm.getelementptr %conv_out[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v932, %v935 : f32, !llvm.ptr
            %v936 = arith.subi %v897, %v15 : i64
            scf.for %v937 = %v16 to %v936 step %v15 : i64 {
              %v938 = arith.addi %v904, %v937 : i64
              %v939 = arith.muli %v938, %split1 : i64
              %v940 = arith.addi %v939, %v856 : i64
              %v941 = arith.addi %v940, %split1 : i64
              %v942 = llvm.getelementptr %conv_win[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v943 = llvm.load %v942 : !llvm.ptr -> f32
              %v944 = llvm.getelementptr %conv_win[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v943, %v944 : f32, !llvm.ptr
            }
            %v945 = arith.cmpi slt, %v16, %v897 : i64
            scf.if %v945 {
              %v946 = arith.addi %v904, %v936 : i64
              %v947 = arith.muli %v946, %split1 : i64
              %v948 = arith.addi %v947, %v856 : i64
              %v949 = llvm.getelementptr %conv_win[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v876, %v949 : f32, !llvm.ptr
            }
          }
        }
      }
      %v950 = arith.andi %v766, %v853 : i1
      scf.if %v950 {
        %v951 = llvm.load %v769 : !llvm.ptr -> f32
        %v952 = arith.addi %v27, %v768 : i64
        %v953 = arith.addi %v26, %v767 : i64
        %v954 = arith.cmpi slt, %v952, %n : i64
        %v955 = arith.cmpi slt, %v953, %m : i64
        %v956 = arith.andi %v954, %v955 : i1
        scf.if %v956 {
          llvm.store %v951, %v957 : f32, !llvm.ptr
          %v958 = llvm.mlir.zero : !llvm.ptr
          %v959 = llvm.icmp "ne" %bias, %v958 : !llvm.ptr
          scf.if %v959 {
            %v960 = llvm.getelementptr %bias[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v961 = llvm.load %v960 : !llvm.ptr -> f32
            %v962 = llvm.load %v957 : !llvm.ptr -> f32
            %v963 = arith.addf %v962, %v961 fastmath<contract> : f32
            llvm.store %v963, %v957 : f32, !llvm.ptr
          }
          %v964 = llvm.mlir.zero : !llvm.ptr
          %v965 = llvm.icmp "ne" %add, %v964 : !llvm.ptr
          scf.if %v965 {
            %v966 = arith.muli %v953, %add_stride : i64
            %v967 = arith.addi %v966, %v952 : i64
            %v968 = llvm.getelementptr %add[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v969 = llvm.load %v968 : !llvm.ptr -> f32
            %v970 = llvm.load %v957 : !llvm.ptr -> f32
            %v971 = arith.addf %v970, %v969 fastmath<contract> : f32
            llvm.store %v971, %v957 : f32, !llvm.ptr
          }
          %v972 = llvm.load %v957 : !llvm.ptr -> f32
          %v973 = arith.cmpi slt, %v952, %split1 : i64
          %v974 = arith.cmpi slt, %v952, %split2 : i64
          %v975 = arith.muli %m, %split1 : i64
          %v976 = arith.muli %m, %split2 : i64
          %v977 = arith.select %v974, %v975, %v976 : i64
          %v978 = arith.select %v973, %v16, %v977 : i64
          %v979 = arith.subi %split2, %split1 : i64
          %v980 = arith.subi %n, %split2 : i64
          %v981 = arith.select %v974, %v979, %v980 : i64
          %v982 = arith.select %v973, %split1, %v981 : i64
          %v983 = arith.select %v974, %split1, %split2 : i64
          %v984 = arith.select %v973, %v16, %v983 : i64
          %v985 = arith.muli %v953, %v982 : i64
          %v986 = arith.subi %v952, %v984 : i64
          %v987 = arith.addi %v978, %v985 : i64
          %v988 = arith.addi %v987, %v986 : i64
          %v989 = llvm.getelementptr %out[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v972, %v989 : f32, !llvm.ptr
          %v990 = llvm.mlir.zero : !llvm.ptr
          %v991 = llvm.icmp "ne" %conv_w, %v990 : !llvm.ptr
          %v992 = arith.andi %v991, %v973 : i1
          scf.if %v992 {
            %v993 = arith.subi %conv_k, %v15 : i64
            llvm.store %v60, %v994 : f32, !llvm.ptr
            %v995 = llvm.mlir.zero : !llvm.ptr
            %v996 = llvm.icmp "ne" %conv_b, %v995 : !llvm.ptr
            scf.if %v996 {
              %v997 = llvm.getelementptr %conv_b[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v998 = llvm.load %v997 : !llvm.ptr -> f32
              llvm.store %v998, %v994 : f32, !llvm.ptr
            }
            %v999 = arith.muli %v952, %conv_k : i64
            %v1000 = arith.muli %v953, %v993 : i64
            scf.for %v1001 = %v16 to %v993 step %v15 : i64 {
              %v1002 = arith.addi %v1000, %v1001 : i64
              %v1003 = arith.muli %v1002, %split1 : i64
              %v1004 = arith.addi %v1003, %v952 : i64
              %v1005 = llvm.getelementptr %conv_win[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
              %v1007 = arith.addi %v999, %v1001 : i64
              %v1008 = llvm.getelementptr %conv_w[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
              %v1010 = arith.mulf %v1009, %v1006 fastmath<contract> : f32
              %v1011 = llvm.load %v994 : !llvm.ptr -> f32
              %v1012 = arith.addf %v1011, %v1010 fastmath<contract> : f32
              llvm.store %v1012, %v994 : f32, !llvm.ptr
            }
            %v1013 = arith.addi %v999, %v993 : i64
            %v1014 = llvm.getelementptr %conv_w[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1015 = llvm.load %v1014 : !llvm.ptr -> f32
            %v1016 = arith.mulf %v1015, %v972 fastmath<contract> : f32
            %v1017 = llvm.load %v994 : !llvm.ptr -> f32
            %v1018 = arith.addf %v1017, %v1016 fastmath<contract> : f32
            %v1019 = arith.negf %v1018 : f32
            %v1020 = arith.mulf %v1019, %v925 fastmath<contract> : f32
            %v1021 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1020) : (f32) -> f32
            %v1022 = arith.addf %v923, %v1021 fastmath<contract> : f32
            %v1023 = arith.divf %v923, %v1022 : f32
            %v1024 = arith.mulf %v1018, %v1023 fastmath<contract> : f32
            %v1025 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1026 = arith.select %v1025, %v1024, %v1018 : f32
            %v1027 = arith.muli %v953, %split1 : i64
            %v1028 = arith.addi %v1027, %v952 : i64
            %v1029 = llvm.getelementptr %conv_out[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1026, %v1029 : f32, !llvm.ptr
            %v1030 = arith.subi %v993, %v15 : i64
            scf.for %v1031 = %v16 to %v1030 step %v15 : i64 {
              %v1032 = arith.addi %v1000, %v1031 : i64
              %v1033 = arith.muli %v1032, %split1 : i64
              %v1034 = arith.addi %v1033, %v952 : i64
              %v1035 = arith.addi %v1034, %split1 : i64
              %v1036 = llvm.getelementptr %conv_win[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
              %v1038 = llvm.getelementptr %conv_win[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1037, %v1038 : f32, !llvm.ptr
            }
            %v1039 = arith.cmpi slt, %v16, %v993 : i64
            scf.if %v1039 {
              %v1040 = arith.addi %v1000, %v1030 : i64
              %v1041 = arith.muli %v1040, %split1 : i64
              %v1042 = arith.addi %v1041, %v952 : i64
              %v1043 = llvm.getelementptr %conv_win[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v972, %v1043 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    llvm.mlir.global internal @lr_gemv_bf16w_norm_mma32_sums() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<5120 x f32>
    llvm.mlir.global internal @lr_gemv_bf16w_norm_mma32_squares() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x f32>
    gpu.func @lr_gemv_bf16w_norm_mma32(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64, %splits: i64, %ws: !llvm.ptr, %counters: !llvm.ptr) kernel {
      %v9 = arith.constant 32 : i64
      %v12 = arith.constant 4 : i64
      %v15 = arith.constant 1 : i64
      %v16 = arith.constant 0 : i64
      %v17 = arith.constant 8 : i64
      %v20 = arith.constant 16 : i64
      %v21 = arith.constant 31 : i64
      %v45 = arith.constant 24 : i64
      %v60 = arith.constant 0x00000000 : f32
      %v61 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v73 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v74 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v87 = arith.constant 3 : i64
      %v108 = arith.constant 2 : i64
      %v986 = arith.constant 20 : i64
      %v987 = arith.constant 640 : i64
      %v1020 = arith.constant 9 : i64
      %v1047 = arith.constant 17 : i64
      %v1074 = arith.constant 25 : i64
      %v1145 = arith.constant 512 : i64
      %v1149 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1150 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1159 = arith.constant 1280 : i64
      %v1164 = arith.constant 1920 : i64
      %v1169 = arith.constant 2560 : i64
      %v1174 = arith.constant 3200 : i64
      %v1179 = arith.constant 3840 : i64
      %v1184 = arith.constant 4480 : i64
      %v1195 = arith.constant 64 : i64
      %v1200 = arith.constant 96 : i64
      %v1205 = arith.constant 128 : i64
      %v1210 = arith.constant 160 : i64
      %v1215 = arith.constant 192 : i64
      %v1220 = arith.constant 224 : i64
      %v1225 = arith.constant 256 : i64
      %v1230 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1231 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1295 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v1297 = arith.constant 544 : i64
      %v1332 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1344 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1355 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1367 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1386 = arith.constant 0x3F800000 : f32
      %v1394 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1431 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1457 = arith.constant 0x3FB8AA3B : f32
      %v1496 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1533 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1 = llvm.mlir.addressof @lr_gemv_bf16w_norm_mma32_sums : !llvm.ptr<3>
      %v2 = llvm.addrspacecast %v1 : !llvm.ptr<3> to !llvm.ptr
      %v3 = llvm.mlir.addressof @lr_gemv_bf16w_norm_mma32_squares : !llvm.ptr<3>
      %v4 = llvm.addrspacecast %v3 : !llvm.ptr<3> to !llvm.ptr
      %v5 = gpu.block_id x
      %v6 = gpu.thread_id x
      %v7 = arith.index_cast %v5 : index to i64
      %v8 = arith.index_cast %v6 : index to i64
      %v10 = arith.divsi %v8, %v9 : i64
      %v11 = arith.remsi %v8, %v9 : i64
      %v13 = arith.divsi %v11, %v12 : i64
      %v14 = arith.remsi %v11, %v12 : i64
      %v18 = arith.divsi %v7, %splits : i64
      %v19 = arith.remsi %v7, %splits : i64
      %v22 = arith.addi %m, %v21 : i64
      %v23 = arith.divsi %v22, %v9 : i64
      %v24 = arith.remsi %v18, %v23 : i64
      %v25 = arith.divsi %v18, %v23 : i64
      %v26 = arith.muli %v24, %v9 : i64
      %v27 = arith.muli %v25, %v20 : i64
      %v28 = arith.subi %m, %v15 : i64
      %v29 = arith.subi %n, %v15 : i64
      %v30 = arith.subi %k, %v17 : i64
      %v31 = arith.addi %v26, %v13 : i64
      %v32 = arith.minsi %v31, %v28 : i64
      %v33 = arith.muli %v32, %x_stride : i64
      %v34 = llvm.getelementptr %x[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v35 = arith.addi %v26, %v17 : i64
      %v36 = arith.addi %v35, %v13 : i64
      %v37 = arith.minsi %v36, %v28 : i64
      %v38 = arith.muli %v37, %x_stride : i64
      %v39 = llvm.getelementptr %x[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v40 = arith.addi %v26, %v20 : i64
      %v41 = arith.addi %v40, %v13 : i64
      %v42 = arith.minsi %v41, %v28 : i64
      %v43 = arith.muli %v42, %x_stride : i64
      %v44 = llvm.getelementptr %x[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v46 = arith.addi %v26, %v45 : i64
      %v47 = arith.addi %v46, %v13 : i64
      %v48 = arith.minsi %v47, %v28 : i64
      %v49 = arith.muli %v48, %x_stride : i64
      %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v51 = arith.addi %v27, %v13 : i64
      %v52 = arith.minsi %v51, %v29 : i64
      %v53 = arith.muli %v52, %k : i64
      %v54 = llvm.getelementptr %w[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v55 = arith.addi %v27, %v13 : i64
      %v56 = arith.addi %v55, %v17 : i64
      %v57 = arith.minsi %v56, %v29 : i64
      %v58 = arith.muli %v57, %k : i64
      %v59 = llvm.getelementptr %w[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v60, %v61 : f32, !llvm.ptr
      llvm.store %v60, %v62 : f32, !llvm.ptr
      llvm.store %v60, %v63 : f32, !llvm.ptr
      llvm.store %v60, %v64 : f32, !llvm.ptr
      llvm.store %v60, %v65 : f32, !llvm.ptr
      llvm.store %v60, %v66 : f32, !llvm.ptr
      llvm.store %v60, %v67 : f32, !llvm.ptr
      llvm.store %v60, %v68 : f32, !llvm.ptr
      llvm.store %v60, %v69 : f32, !llvm.ptr
      llvm.store %v60, %v70 : f32, !llvm.ptr
      llvm.store %v60, %v71 : f32, !llvm.ptr
      llvm.store %v60, %v72 : f32, !llvm.ptr
      llvm.store %v60, %v73 : f32, !llvm.ptr
      llvm.store %v60, %v74 : f32, !llvm.ptr
      llvm.store %v60, %v75 : f32, !llvm.ptr
      llvm.store %v60, %v76 : f32, !llvm.ptr
      llvm.store %v60, %v77 : f32, !llvm.ptr
      llvm.store %v60, %v78 : f32, !llvm.ptr
      llvm.store %v60, %v79 : f32, !llvm.ptr
      llvm.store %v60, %v80 : f32, !llvm.ptr
      %v81 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v82 = arith.addi %k, %v21 : i64
      %v83 = arith.divsi %v82, %v9 : i64
      %v84 = arith.muli %v19, %v17 : i64
      %v85 = arith.addi %v84, %v10 : i64
      %v86 = arith.muli %splits, %v17 : i64
      %v88 = arith.muli %v86, %v87 : i64
      scf.for %v89 = %v85 to %v83 step %v88 : i64 {
        %v90 = arith.muli %v14, %v17 : i64
        %v91 = arith.muli %v89, %v9 : i64
        %v92 = arith.addi %v91, %v90 : i64
        %v93 = arith.cmpi slt, %v92, %k : i64
        %v94 = arith.minsi %v92, %v30 : i64
        %v95 = llvm.getelementptr %v54[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v96 = llvm.load %v95 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v97 = llvm.getelementptr %v59[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v98 = llvm.load %v97 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v99 = arith.addi %v89, %v86 : i64
        %v100 = arith.muli %v99, %v9 : i64
        %v101 = arith.addi %v100, %v90 : i64
        %v102 = arith.cmpi slt, %v101, %k : i64
        %v103 = arith.minsi %v101, %v30 : i64
        %v104 = llvm.getelementptr %v54[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v105 = llvm.load %v104 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v106 = llvm.getelementptr %v59[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v107 = llvm.load %v106 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v109 = arith.muli %v108, %v86 : i64
        %v110 = arith.addi %v89, %v109 : i64
        %v111 = arith.muli %v110, %v9 : i64
        %v112 = arith.addi %v111, %v90 : i64
        %v113 = arith.cmpi slt, %v112, %k : i64
        %v114 = arith.minsi %v112, %v30 : i64
        %v115 = llvm.getelementptr %v54[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v116 = llvm.load %v115 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v117 = llvm.getelementptr %v59[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v118 = llvm.load %v117 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v119 = llvm.getelementptr %norm_w[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v120 = llvm.load %v119 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v121 = arith.addi %v94, %v12 : i64
        %v122 = llvm.getelementptr %norm_w[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v123 = llvm.load %v122 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v124 = llvm.mlir.constant(0 : i32) : i32
        %v125 = llvm.extractelement %v96[%v124 : i32] : vector<4xi32>
        %v126 = llvm.mlir.constant(0 : i32) : i32
        %v127 = llvm.extractelement %v98[%v126 : i32] : vector<4xi32>
        %v128 = llvm.mlir.constant(1 : i32) : i32
        %v129 = llvm.extractelement %v96[%v128 : i32] : vector<4xi32>
        %v130 = llvm.mlir.constant(1 : i32) : i32
        %v131 = llvm.extractelement %v98[%v130 : i32] : vector<4xi32>
        %v132 = llvm.mlir.constant(2 : i32) : i32
        %v133 = llvm.extractelement %v96[%v132 : i32] : vector<4xi32>
        %v134 = llvm.mlir.constant(2 : i32) : i32
        %v135 = llvm.extractelement %v98[%v134 : i32] : vector<4xi32>
        %v136 = llvm.mlir.constant(3 : i32) : i32
        %v137 = llvm.extractelement %v96[%v136 : i32] : vector<4xi32>
        %v138 = llvm.mlir.constant(3 : i32) : i32
        %v139 = llvm.extractelement %v98[%v138 : i32] : vector<4xi32>
        %v140 = llvm.getelementptr %v34[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v141 = llvm.load %v140 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v142 = arith.addi %v94, %v12 : i64
        %v143 = llvm.getelementptr %v34[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v144 = llvm.load %v143 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v145 = llvm.select %v93, %v141, %v81 : i1, vector<4xf32>
        %v146 = llvm.select %v93, %v144, %v81 : i1, vector<4xf32>
        %v147 = llvm.fmul %v145, %v145 : vector<4xf32>
        %v148 = llvm.mlir.constant(0 : i32) : i32
        %v149 = llvm.extractelement %v147[%v148 : i32] : vector<4xf32>
        %v150 = llvm.mlir.constant(1 : i32) : i32
        %v151 = llvm.extractelement %v147[%v150 : i32] : vector<4xf32>
        %v152 = llvm.mlir.constant(2 : i32) : i32
        %v153 = llvm.extractelement %v147[%v152 : i32] : vector<4xf32>
        %v154 = llvm.mlir.constant(3 : i32) : i32
        %v155 = llvm.extractelement %v147[%v154 : i32] : vector<4xf32>
        %v156 = arith.addf %v149, %v151 fastmath<contract> : f32
        %v157 = arith.addf %v156, %v153 fastmath<contract> : f32
        %v158 = arith.addf %v157, %v155 fastmath<contract> : f32
        %v159 = llvm.load %v77 : !llvm.ptr -> f32
        %v160 = arith.addf %v159, %v158 fastmath<contract> : f32
        llvm.store %v160, %v77 : f32, !llvm.ptr
        %v161 = llvm.fmul %v145, %v120 : vector<4xf32>
        %v162 = llvm.fmul %v146, %v146 : vector<4xf32>
        %v163 = llvm.mlir.constant(0 : i32) : i32
        %v164 = llvm.extractelement %v162[%v163 : i32] : vector<4xf32>
        %v165 = llvm.mlir.constant(1 : i32) : i32
        %v166 = llvm.extractelement %v162[%v165 : i32] : vector<4xf32>
        %v167 = llvm.mlir.constant(2 : i32) : i32
        %v168 = llvm.extractelement %v162[%v167 : i32] : vector<4xf32>
        %v169 = llvm.mlir.constant(3 : i32) : i32
        %v170 = llvm.extractelement %v162[%v169 : i32] : vector<4xf32>
        %v171 = arith.addf %v164, %v166 fastmath<contract> : f32
        %v172 = arith.addf %v171, %v168 fastmath<contract> : f32
        %v173 = arith.addf %v172, %v170 fastmath<contract> : f32
        %v174 = llvm.load %v77 : !llvm.ptr -> f32
        %v175 = arith.addf %v174, %v173 fastmath<contract> : f32
        llvm.store %v175, %v77 : f32, !llvm.ptr
        %v176 = llvm.fmul %v146, %v123 : vector<4xf32>
        %v177 = llvm.shufflevector %v161, %v161 [0, 1] : vector<4xf32>
        %v178 = llvm.fptrunc %v177 : vector<2xf32> to vector<2xbf16>
        %v179 = llvm.bitcast %v178 : vector<2xbf16> to i32
        %v180 = llvm.shufflevector %v161, %v161 [2, 3] : vector<4xf32>
        %v181 = llvm.fptrunc %v180 : vector<2xf32> to vector<2xbf16>
        %v182 = llvm.bitcast %v181 : vector<2xbf16> to i32
        %v183 = llvm.shufflevector %v176, %v176 [0, 1] : vector<4xf32>
        %v184 = llvm.fptrunc %v183 : vector<2xf32> to vector<2xbf16>
        %v185 = llvm.bitcast %v184 : vector<2xbf16> to i32
        %v186 = llvm.shufflevector %v176, %v176 [2, 3] : vector<4xf32>
        %v187 = llvm.fptrunc %v186 : vector<2xf32> to vector<2xbf16>
        %v188 = llvm.bitcast %v187 : vector<2xbf16> to i32
        %v189 = llvm.load %v61 : !llvm.ptr -> f32
        %v190 = llvm.load %v62 : !llvm.ptr -> f32
        %v191 = llvm.load %v63 : !llvm.ptr -> f32
        %v192 = llvm.load %v64 : !llvm.ptr -> f32
        %v193 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v125, %v127, %v129, %v131, %v179, %v182, %v189, %v190, %v191, %v192 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v194 = llvm.extractvalue %v193[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v194, %v61 : f32, !llvm.ptr
        %v195 = llvm.extractvalue %v193[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v195, %v62 : f32, !llvm.ptr
        %v196 = llvm.extractvalue %v193[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v196, %v63 : f32, !llvm.ptr
        %v197 = llvm.extractvalue %v193[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v197, %v64 : f32, !llvm.ptr
        %v198 = llvm.load %v61 : !llvm.ptr -> f32
        %v199 = llvm.load %v62 : !llvm.ptr -> f32
        %v200 = llvm.load %v63 : !llvm.ptr -> f32
        %v201 = llvm.load %v64 : !llvm.ptr -> f32
        %v202 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v185, %v188, %v198, %v199, %v200, %v201 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v203 = llvm.extractvalue %v202[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v203, %v61 : f32, !llvm.ptr
        %v204 = llvm.extractvalue %v202[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v204, %v62 : f32, !llvm.ptr
        %v205 = llvm.extractvalue %v202[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v205, %v63 : f32, !llvm.ptr
        %v206 = llvm.extractvalue %v202[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v206, %v64 : f32, !llvm.ptr
        %v207 = llvm.getelementptr %v39[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v208 = llvm.load %v207 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v209 = arith.addi %v94, %v12 : i64
        %v210 = llvm.getelementptr %v39[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v211 = llvm.load %v210 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v212 = llvm.select %v93, %v208, %v81 : i1, vector<4xf32>
        %v213 = llvm.select %v93, %v211, %v81 : i1, vector<4xf32>
        %v214 = llvm.fmul %v212, %v212 : vector<4xf32>
        %v215 = llvm.mlir.constant(0 : i32) : i32
        %v216 = llvm.extractelement %v214[%v215 : i32] : vector<4xf32>
        %v217 = llvm.mlir.constant(1 : i32) : i32
        %v218 = llvm.extractelement %v214[%v217 : i32] : vector<4xf32>
        %v219 = llvm.mlir.constant(2 : i32) : i32
        %v220 = llvm.extractelement %v214[%v219 : i32] : vector<4xf32>
        %v221 = llvm.mlir.constant(3 : i32) : i32
        %v222 = llvm.extractelement %v214[%v221 : i32] : vector<4xf32>
        %v223 = arith.addf %v216, %v218 fastmath<contract> : f32
        %v224 = arith.addf %v223, %v220 fastmath<contract> : f32
        %v225 = arith.addf %v224, %v222 fastmath<contract> : f32
        %v226 = llvm.load %v78 : !llvm.ptr -> f32
        %v227 = arith.addf %v226, %v225 fastmath<contract> : f32
        llvm.store %v227, %v78 : f32, !llvm.ptr
        %v228 = llvm.fmul %v212, %v120 : vector<4xf32>
        %v229 = llvm.fmul %v213, %v213 : vector<4xf32>
        %v230 = llvm.mlir.constant(0 : i32) : i32
        %v231 = llvm.extractelement %v229[%v230 : i32] : vector<4xf32>
        %v232 = llvm.mlir.constant(1 : i32) : i32
        %v233 = llvm.extractelement %v229[%v232 : i32] : vector<4xf32>
        %v234 = llvm.mlir.constant(2 : i32) : i32
        %v235 = llvm.extractelement %v229[%v234 : i32] : vector<4xf32>
        %v236 = llvm.mlir.constant(3 : i32) : i32
        %v237 = llvm.extractelement %v229[%v236 : i32] : vector<4xf32>
        %v238 = arith.addf %v231, %v233 fastmath<contract> : f32
        %v239 = arith.addf %v238, %v235 fastmath<contract> : f32
        %v240 = arith.addf %v239, %v237 fastmath<contract> : f32
        %v241 = llvm.load %v78 : !llvm.ptr -> f32
        %v242 = arith.addf %v241, %v240 fastmath<contract> : f32
        llvm.store %v242, %v78 : f32, !llvm.ptr
        %v243 = llvm.fmul %v213, %v123 : vector<4xf32>
        %v244 = llvm.shufflevector %v228, %v228 [0, 1] : vector<4xf32>
        %v245 = llvm.fptrunc %v244 : vector<2xf32> to vector<2xbf16>
        %v246 = llvm.bitcast %v245 : vector<2xbf16> to i32
        %v247 = llvm.shufflevector %v228, %v228 [2, 3] : vector<4xf32>
        %v248 = llvm.fptrunc %v247 : vector<2xf32> to vector<2xbf16>
        %v249 = llvm.bitcast %v248 : vector<2xbf16> to i32
        %v250 = llvm.shufflevector %v243, %v243 [0, 1] : vector<4xf32>
        %v251 = llvm.fptrunc %v250 : vector<2xf32> to vector<2xbf16>
        %v252 = llvm.bitcast %v251 : vector<2xbf16> to i32
        %v253 = llvm.shufflevector %v243, %v243 [2, 3] : vector<4xf32>
        %v254 = llvm.fptrunc %v253 : vector<2xf32> to vector<2xbf16>
        %v255 = llvm.bitcast %v254 : vector<2xbf16> to i32
        %v256 = llvm.load %v65 : !llvm.ptr -> f32
        %v257 = llvm.load %v66 : !llvm.ptr -> f32
        %v258 = llvm.load %v67 : !llvm.ptr -> f32
        %v259 = llvm.load %v68 : !llvm.ptr -> f32
        %v260 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v125, %v127, %v129, %v131, %v246, %v249, %v256, %v257, %v258, %v259 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v261 = llvm.extractvalue %v260[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v261, %v65 : f32, !llvm.ptr
        %v262 = llvm.extractvalue %v260[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v262, %v66 : f32, !llvm.ptr
        %v263 = llvm.extractvalue %v260[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v263, %v67 : f32, !llvm.ptr
        %v264 = llvm.extractvalue %v260[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v264, %v68 : f32, !llvm.ptr
        %v265 = llvm.load %v65 : !llvm.ptr -> f32
        %v266 = llvm.load %v66 : !llvm.ptr -> f32
        %v267 = llvm.load %v67 : !llvm.ptr -> f32
        %v268 = llvm.load %v68 : !llvm.ptr -> f32
        %v269 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v252, %v255, %v265, %v266, %v267, %v268 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v270 = llvm.extractvalue %v269[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v270, %v65 : f32, !llvm.ptr
        %v271 = llvm.extractvalue %v269[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v271, %v66 : f32, !llvm.ptr
        %v272 = llvm.extractvalue %v269[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v272, %v67 : f32, !llvm.ptr
        %v273 = llvm.extractvalue %v269[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v273, %v68 : f32, !llvm.ptr
        %v274 = llvm.getelementptr %v44[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v275 = llvm.load %v274 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v276 = arith.addi %v94, %v12 : i64
        %v277 = llvm.getelementptr %v44[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v278 = llvm.load %v277 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v279 = llvm.select %v93, %v275, %v81 : i1, vector<4xf32>
        %v280 = llvm.select %v93, %v278, %v81 : i1, vector<4xf32>
        %v281 = llvm.fmul %v279, %v279 : vector<4xf32>
        %v282 = llvm.mlir.constant(0 : i32) : i32
        %v283 = llvm.extractelement %v281[%v282 : i32] : vector<4xf32>
        %v284 = llvm.mlir.constant(1 : i32) : i32
        %v285 = llvm.extractelement %v281[%v284 : i32] : vector<4xf32>
        %v286 = llvm.mlir.constant(2 : i32) : i32
        %v287 = llvm.extractelement %v281[%v286 : i32] : vector<4xf32>
        %v288 = llvm.mlir.constant(3 : i32) : i32
        %v289 = llvm.extractelement %v281[%v288 : i32] : vector<4xf32>
        %v290 = arith.addf %v283, %v285 fastmath<contract> : f32
        %v291 = arith.addf %v290, %v287 fastmath<contract> : f32
        %v292 = arith.addf %v291, %v289 fastmath<contract> : f32
        %v293 = llvm.load %v79 : !llvm.ptr -> f32
        %v294 = arith.addf %v293, %v292 fastmath<contract> : f32
        llvm.store %v294, %v79 : f32, !llvm.ptr
        %v295 = llvm.fmul %v279, %v120 : vector<4xf32>
        %v296 = llvm.fmul %v280, %v280 : vector<4xf32>
        %v297 = llvm.mlir.constant(0 : i32) : i32
        %v298 = llvm.extractelement %v296[%v297 : i32] : vector<4xf32>
        %v299 = llvm.mlir.constant(1 : i32) : i32
        %v300 = llvm.extractelement %v296[%v299 : i32] : vector<4xf32>
        %v301 = llvm.mlir.constant(2 : i32) : i32
        %v302 = llvm.extractelement %v296[%v301 : i32] : vector<4xf32>
        %v303 = llvm.mlir.constant(3 : i32) : i32
        %v304 = llvm.extractelement %v296[%v303 : i32] : vector<4xf32>
        %v305 = arith.addf %v298, %v300 fastmath<contract> : f32
        %v306 = arith.addf %v305, %v302 fastmath<contract> : f32
        %v307 = arith.addf %v306, %v304 fastmath<contract> : f32
        %v308 = llvm.load %v79 : !llvm.ptr -> f32
        %v309 = arith.addf %v308, %v307 fastmath<contract> : f32
        llvm.store %v309, %v79 : f32, !llvm.ptr
        %v310 = llvm.fmul %v280, %v123 : vector<4xf32>
        %v311 = llvm.shufflevector %v295, %v295 [0, 1] : vector<4xf32>
        %v312 = llvm.fptrunc %v311 : vector<2xf32> to vector<2xbf16>
        %v313 = llvm.bitcast %v312 : vector<2xbf16> to i32
        %v314 = llvm.shufflevector %v295, %v295 [2, 3] : vector<4xf32>
        %v315 = llvm.fptrunc %v314 : vector<2xf32> to vector<2xbf16>
        %v316 = llvm.bitcast %v315 : vector<2xbf16> to i32
        %v317 = llvm.shufflevector %v310, %v310 [0, 1] : vector<4xf32>
        %v318 = llvm.fptrunc %v317 : vector<2xf32> to vector<2xbf16>
        %v319 = llvm.bitcast %v318 : vector<2xbf16> to i32
        %v320 = llvm.shufflevector %v310, %v310 [2, 3] : vector<4xf32>
        %v321 = llvm.fptrunc %v320 : vector<2xf32> to vector<2xbf16>
        %v322 = llvm.bitcast %v321 : vector<2xbf16> to i32
        %v323 = llvm.load %v69 : !llvm.ptr -> f32
        %v324 = llvm.load %v70 : !llvm.ptr -> f32
        %v325 = llvm.load %v71 : !llvm.ptr -> f32
        %v326 = llvm.load %v72 : !llvm.ptr -> f32
        %v327 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v125, %v127, %v129, %v131, %v313, %v316, %v323, %v324, %v325, %v326 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v328 = llvm.extractvalue %v327[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v328, %v69 : f32, !llvm.ptr
        %v329 = llvm.extractvalue %v327[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v329, %v70 : f32, !llvm.ptr
        %v330 = llvm.extractvalue %v327[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v330, %v71 : f32, !llvm.ptr
        %v331 = llvm.extractvalue %v327[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v331, %v72 : f32, !llvm.ptr
        %v332 = llvm.load %v69 : !llvm.ptr -> f32
        %v333 = llvm.load %v70 : !llvm.ptr -> f32
        %v334 = llvm.load %v71 : !llvm.ptr -> f32
        %v335 = llvm.load %v72 : !llvm.ptr -> f32
        %v336 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v319, %v322, %v332, %v333, %v334, %v335 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v337 = llvm.extractvalue %v336[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v337, %v69 : f32, !llvm.ptr
        %v338 = llvm.extractvalue %v336[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v338, %v70 : f32, !llvm.ptr
        %v339 = llvm.extractvalue %v336[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v339, %v71 : f32, !llvm.ptr
        %v340 = llvm.extractvalue %v336[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v340, %v72 : f32, !llvm.ptr
        %v341 = llvm.getelementptr %v50[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v342 = llvm.load %v341 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v343 = arith.addi %v94, %v12 : i64
        %v344 = llvm.getelementptr %v50[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v345 = llvm.load %v344 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v346 = llvm.select %v93, %v342, %v81 : i1, vector<4xf32>
        %v347 = llvm.select %v93, %v345, %v81 : i1, vector<4xf32>
        %v348 = llvm.fmul %v346, %v346 : vector<4xf32>
        %v349 = llvm.mlir.constant(0 : i32) : i32
        %v350 = llvm.extractelement %v348[%v349 : i32] : vector<4xf32>
        %v351 = llvm.mlir.constant(1 : i32) : i32
        %v352 = llvm.extractelement %v348[%v351 : i32] : vector<4xf32>
        %v353 = llvm.mlir.constant(2 : i32) : i32
        %v354 = llvm.extractelement %v348[%v353 : i32] : vector<4xf32>
        %v355 = llvm.mlir.constant(3 : i32) : i32
        %v356 = llvm.extractelement %v348[%v355 : i32] : vector<4xf32>
        %v357 = arith.addf %v350, %v352 fastmath<contract> : f32
        %v358 = arith.addf %v357, %v354 fastmath<contract> : f32
        %v359 = arith.addf %v358, %v356 fastmath<contract> : f32
        %v360 = llvm.load %v80 : !llvm.ptr -> f32
        %v361 = arith.addf %v360, %v359 fastmath<contract> : f32
        llvm.store %v361, %v80 : f32, !llvm.ptr
        %v362 = llvm.fmul %v346, %v120 : vector<4xf32>
        %v363 = llvm.fmul %v347, %v347 : vector<4xf32>
        %v364 = llvm.mlir.constant(0 : i32) : i32
        %v365 = llvm.extractelement %v363[%v364 : i32] : vector<4xf32>
        %v366 = llvm.mlir.constant(1 : i32) : i32
        %v367 = llvm.extractelement %v363[%v366 : i32] : vector<4xf32>
        %v368 = llvm.mlir.constant(2 : i32) : i32
        %v369 = llvm.extractelement %v363[%v368 : i32] : vector<4xf32>
        %v370 = llvm.mlir.constant(3 : i32) : i32
        %v371 = llvm.extractelement %v363[%v370 : i32] : vector<4xf32>
        %v372 = arith.addf %v365, %v367 fastmath<contract> : f32
        %v373 = arith.addf %v372, %v369 fastmath<contract> : f32
        %v374 = arith.addf %v373, %v371 fastmath<contract> : f32
        %v375 = llvm.load %v80 : !llvm.ptr -> f32
        %v376 = arith.addf %v375, %v374 fastmath<contract> : f32
        llvm.store %v376, %v80 : f32, !llvm.ptr
        %v377 = llvm.fmul %v347, %v123 : vector<4xf32>
        %v378 = llvm.shufflevector %v362, %v362 [0, 1] : vector<4xf32>
        %v379 = llvm.fptrunc %v378 : vector<2xf32> to vector<2xbf16>
        %v380 = llvm.bitcast %v379 : vector<2xbf16> to i32
        %v381 = llvm.shufflevector %v362, %v362 [2, 3] : vector<4xf32>
        %v382 = llvm.fptrunc %v381 : vector<2xf32> to vector<2xbf16>
        %v383 = llvm.bitcast %v382 : vector<2xbf16> to i32
        %v384 = llvm.shufflevector %v377, %v377 [0, 1] : vector<4xf32>
        %v385 = llvm.fptrunc %v384 : vector<2xf32> to vector<2xbf16>
        %v386 = llvm.bitcast %v385 : vector<2xbf16> to i32
        %v387 = llvm.shufflevector %v377, %v377 [2, 3] : vector<4xf32>
        %v388 = llvm.fptrunc %v387 : vector<2xf32> to vector<2xbf16>
        %v389 = llvm.bitcast %v388 : vector<2xbf16> to i32
        %v390 = llvm.load %v73 : !llvm.ptr -> f32
        %v391 = llvm.load %v74 : !llvm.ptr -> f32
        %v392 = llvm.load %v75 : !llvm.ptr -> f32
        %v393 = llvm.load %v76 : !llvm.ptr -> f32
        %v394 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v125, %v127, %v129, %v131, %v380, %v383, %v390, %v391, %v392, %v393 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v395 = llvm.extractvalue %v394[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v395, %v73 : f32, !llvm.ptr
        %v396 = llvm.extractvalue %v394[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v396, %v74 : f32, !llvm.ptr
        %v397 = llvm.extractvalue %v394[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v397, %v75 : f32, !llvm.ptr
        %v398 = llvm.extractvalue %v394[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v398, %v76 : f32, !llvm.ptr
        %v399 = llvm.load %v73 : !llvm.ptr -> f32
        %v400 = llvm.load %v74 : !llvm.ptr -> f32
        %v401 = llvm.load %v75 : !llvm.ptr -> f32
        %v402 = llvm.load %v76 : !llvm.ptr -> f32
        %v403 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v386, %v389, %v399, %v400, %v401, %v402 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v404 = llvm.extractvalue %v403[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v404, %v73 : f32, !llvm.ptr
        %v405 = llvm.extractvalue %v403[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v405, %v74 : f32, !llvm.ptr
        %v406 = llvm.extractvalue %v403[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v406, %v75 : f32, !llvm.ptr
        %v407 = llvm.extractvalue %v403[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v407, %v76 : f32, !llvm.ptr
        %v408 = llvm.getelementptr %norm_w[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v409 = llvm.load %v408 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v410 = arith.addi %v103, %v12 : i64
        %v411 = llvm.getelementptr %norm_w[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v412 = llvm.load %v411 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v413 = llvm.mlir.constant(0 : i32) : i32
        %v414 = llvm.extractelement %v105[%v413 : i32] : vector<4xi32>
        %v415 = llvm.mlir.constant(0 : i32) : i32
        %v416 = llvm.extractelement %v107[%v415 : i32] : vector<4xi32>
        %v417 = llvm.mlir.constant(1 : i32) : i32
        %v418 = llvm.extractelement %v105[%v417 : i32] : vector<4xi32>
        %v419 = llvm.mlir.constant(1 : i32) : i32
        %v420 = llvm.extractelement %v107[%v419 : i32] : vector<4xi32>
        %v421 = llvm.mlir.constant(2 : i32) : i32
        %v422 = llvm.extractelement %v105[%v421 : i32] : vector<4xi32>
        %v423 = llvm.mlir.constant(2 : i32) : i32
        %v424 = llvm.extractelement %v107[%v423 : i32] : vector<4xi32>
        %v425 = llvm.mlir.constant(3 : i32) : i32
        %v426 = llvm.extractelement %v105[%v425 : i32] : vector<4xi32>
        %v427 = llvm.mlir.constant(3 : i32) : i32
        %v428 = llvm.extractelement %v107[%v427 : i32] : vector<4xi32>
        %v429 = llvm.getelementptr %v34[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v430 = llvm.load %v429 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v431 = arith.addi %v103, %v12 : i64
        %v432 = llvm.getelementptr %v34[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v433 = llvm.load %v432 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v434 = llvm.select %v102, %v430, %v81 : i1, vector<4xf32>
        %v435 = llvm.select %v102, %v433, %v81 : i1, vector<4xf32>
        %v436 = llvm.fmul %v434, %v434 : vector<4xf32>
        %v437 = llvm.mlir.constant(0 : i32) : i32
        %v438 = llvm.extractelement %v436[%v437 : i32] : vector<4xf32>
        %v439 = llvm.mlir.constant(1 : i32) : i32
        %v440 = llvm.extractelement %v436[%v439 : i32] : vector<4xf32>
        %v441 = llvm.mlir.constant(2 : i32) : i32
        %v442 = llvm.extractelement %v436[%v441 : i32] : vector<4xf32>
        %v443 = llvm.mlir.constant(3 : i32) : i32
        %v444 = llvm.extractelement %v436[%v443 : i32] : vector<4xf32>
        %v445 = arith.addf %v438, %v440 fastmath<contract> : f32
        %v446 = arith.addf %v445, %v442 fastmath<contract> : f32
        %v447 = arith.addf %v446, %v444 fastmath<contract> : f32
        %v448 = llvm.load %v77 : !llvm.ptr -> f32
        %v449 = arith.addf %v448, %v447 fastmath<contract> : f32
        llvm.store %v449, %v77 : f32, !llvm.ptr
        %v450 = llvm.fmul %v434, %v409 : vector<4xf32>
        %v451 = llvm.fmul %v435, %v435 : vector<4xf32>
        %v452 = llvm.mlir.constant(0 : i32) : i32
        %v453 = llvm.extractelement %v451[%v452 : i32] : vector<4xf32>
        %v454 = llvm.mlir.constant(1 : i32) : i32
        %v455 = llvm.extractelement %v451[%v454 : i32] : vector<4xf32>
        %v456 = llvm.mlir.constant(2 : i32) : i32
        %v457 = llvm.extractelement %v451[%v456 : i32] : vector<4xf32>
        %v458 = llvm.mlir.constant(3 : i32) : i32
        %v459 = llvm.extractelement %v451[%v458 : i32] : vector<4xf32>
        %v460 = arith.addf %v453, %v455 fastmath<contract> : f32
        %v461 = arith.addf %v460, %v457 fastmath<contract> : f32
        %v462 = arith.addf %v461, %v459 fastmath<contract> : f32
        %v463 = llvm.load %v77 : !llvm.ptr -> f32
        %v464 = arith.addf %v463, %v462 fastmath<contract> : f32
        llvm.store %v464, %v77 : f32, !llvm.ptr
        %v465 = llvm.fmul %v435, %v412 : vector<4xf32>
        %v466 = llvm.shufflevector %v450, %v450 [0, 1] : vector<4xf32>
        %v467 = llvm.fptrunc %v466 : vector<2xf32> to vector<2xbf16>
        %v468 = llvm.bitcast %v467 : vector<2xbf16> to i32
        %v469 = llvm.shufflevector %v450, %v450 [2, 3] : vector<4xf32>
        %v470 = llvm.fptrunc %v469 : vector<2xf32> to vector<2xbf16>
        %v471 = llvm.bitcast %v470 : vector<2xbf16> to i32
        %v472 = llvm.shufflevector %v465, %v465 [0, 1] : vector<4xf32>
        %v473 = llvm.fptrunc %v472 : vector<2xf32> to vector<2xbf16>
        %v474 = llvm.bitcast %v473 : vector<2xbf16> to i32
        %v475 = llvm.shufflevector %v465, %v465 [2, 3] : vector<4xf32>
        %v476 = llvm.fptrunc %v475 : vector<2xf32> to vector<2xbf16>
        %v477 = llvm.bitcast %v476 : vector<2xbf16> to i32
        %v478 = llvm.load %v61 : !llvm.ptr -> f32
        %v479 = llvm.load %v62 : !llvm.ptr -> f32
        %v480 = llvm.load %v63 : !llvm.ptr -> f32
        %v481 = llvm.load %v64 : !llvm.ptr -> f32
        %v482 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v414, %v416, %v418, %v420, %v468, %v471, %v478, %v479, %v480, %v481 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v483 = llvm.extractvalue %v482[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v483, %v61 : f32, !llvm.ptr
        %v484 = llvm.extractvalue %v482[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v484, %v62 : f32, !llvm.ptr
        %v485 = llvm.extractvalue %v482[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v485, %v63 : f32, !llvm.ptr
        %v486 = llvm.extractvalue %v482[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v486, %v64 : f32, !llvm.ptr
        %v487 = llvm.load %v61 : !llvm.ptr -> f32
        %v488 = llvm.load %v62 : !llvm.ptr -> f32
        %v489 = llvm.load %v63 : !llvm.ptr -> f32
        %v490 = llvm.load %v64 : !llvm.ptr -> f32
        %v491 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v422, %v424, %v426, %v428, %v474, %v477, %v487, %v488, %v489, %v490 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v492 = llvm.extractvalue %v491[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v492, %v61 : f32, !llvm.ptr
        %v493 = llvm.extractvalue %v491[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v493, %v62 : f32, !llvm.ptr
        %v494 = llvm.extractvalue %v491[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v494, %v63 : f32, !llvm.ptr
        %v495 = llvm.extractvalue %v491[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v495, %v64 : f32, !llvm.ptr
        %v496 = llvm.getelementptr %v39[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v497 = llvm.load %v496 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v498 = arith.addi %v103, %v12 : i64
        %v499 = llvm.getelementptr %v39[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v500 = llvm.load %v499 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v501 = llvm.select %v102, %v497, %v81 : i1, vector<4xf32>
        %v502 = llvm.select %v102, %v500, %v81 : i1, vector<4xf32>
        %v503 = llvm.fmul %v501, %v501 : vector<4xf32>
        %v504 = llvm.mlir.constant(0 : i32) : i32
        %v505 = llvm.extractelement %v503[%v504 : i32] : vector<4xf32>
        %v506 = llvm.mlir.constant(1 : i32) : i32
        %v507 = llvm.extractelement %v503[%v506 : i32] : vector<4xf32>
        %v508 = llvm.mlir.constant(2 : i32) : i32
        %v509 = llvm.extractelement %v503[%v508 : i32] : vector<4xf32>
        %v510 = llvm.mlir.constant(3 : i32) : i32
        %v511 = llvm.extractelement %v503[%v510 : i32] : vector<4xf32>
        %v512 = arith.addf %v505, %v507 fastmath<contract> : f32
        %v513 = arith.addf %v512, %v509 fastmath<contract> : f32
        %v514 = arith.addf %v513, %v511 fastmath<contract> : f32
        %v515 = llvm.load %v78 : !llvm.ptr -> f32
        %v516 = arith.addf %v515, %v514 fastmath<contract> : f32
        llvm.store %v516, %v78 : f32, !llvm.ptr
        %v517 = llvm.fmul %v501, %v409 : vector<4xf32>
        %v518 = llvm.fmul %v502, %v502 : vector<4xf32>
        %v519 = llvm.mlir.constant(0 : i32) : i32
        %v520 = llvm.extractelement %v518[%v519 : i32] : vector<4xf32>
        %v521 = llvm.mlir.constant(1 : i32) : i32
        %v522 = llvm.extractelement %v518[%v521 : i32] : vector<4xf32>
        %v523 = llvm.mlir.constant(2 : i32) : i32
        %v524 = llvm.extractelement %v518[%v523 : i32] : vector<4xf32>
        %v525 = llvm.mlir.constant(3 : i32) : i32
        %v526 = llvm.extractelement %v518[%v525 : i32] : vector<4xf32>
        %v527 = arith.addf %v520, %v522 fastmath<contract> : f32
        %v528 = arith.addf %v527, %v524 fastmath<contract> : f32
        %v529 = arith.addf %v528, %v526 fastmath<contract> : f32
        %v530 = llvm.load %v78 : !llvm.ptr -> f32
        %v531 = arith.addf %v530, %v529 fastmath<contract> : f32
        llvm.store %v531, %v78 : f32, !llvm.ptr
        %v532 = llvm.fmul %v502, %v412 : vector<4xf32>
        %v533 = llvm.shufflevector %v517, %v517 [0, 1] : vector<4xf32>
        %v534 = llvm.fptrunc %v533 : vector<2xf32> to vector<2xbf16>
        %v535 = llvm.bitcast %v534 : vector<2xbf16> to i32
        %v536 = llvm.shufflevector %v517, %v517 [2, 3] : vector<4xf32>
        %v537 = llvm.fptrunc %v536 : vector<2xf32> to vector<2xbf16>
        %v538 = llvm.bitcast %v537 : vector<2xbf16> to i32
        %v539 = llvm.shufflevector %v532, %v532 [0, 1] : vector<4xf32>
        %v540 = llvm.fptrunc %v539 : vector<2xf32> to vector<2xbf16>
        %v541 = llvm.bitcast %v540 : vector<2xbf16> to i32
        %v542 = llvm.shufflevector %v532, %v532 [2, 3] : vector<4xf32>
        %v543 = llvm.fptrunc %v542 : vector<2xf32> to vector<2xbf16>
        %v544 = llvm.bitcast %v543 : vector<2xbf16> to i32
        %v545 = llvm.load %v65 : !llvm.ptr -> f32
        %v546 = llvm.load %v66 : !llvm.ptr -> f32
        %v547 = llvm.load %v67 : !llvm.ptr -> f32
        %v548 = llvm.load %v68 : !llvm.ptr -> f32
        %v549 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v414, %v416, %v418, %v420, %v535, %v538, %v545, %v546, %v547, %v548 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v550 = llvm.extractvalue %v549[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v550, %v65 : f32, !llvm.ptr
        %v551 = llvm.extractvalue %v549[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v551, %v66 : f32, !llvm.ptr
        %v552 = llvm.extractvalue %v549[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v552, %v67 : f32, !llvm.ptr
        %v553 = llvm.extractvalue %v549[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v553, %v68 : f32, !llvm.ptr
        %v554 = llvm.load %v65 : !llvm.ptr -> f32
        %v555 = llvm.load %v66 : !llvm.ptr -> f32
        %v556 = llvm.load %v67 : !llvm.ptr -> f32
        %v557 = llvm.load %v68 : !llvm.ptr -> f32
        %v558 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v422, %v424, %v426, %v428, %v541, %v544, %v554, %v555, %v556, %v557 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v559 = llvm.extractvalue %v558[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v559, %v65 : f32, !llvm.ptr
        %v560 = llvm.extractvalue %v558[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v560, %v66 : f32, !llvm.ptr
        %v561 = llvm.extractvalue %v558[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v561, %v67 : f32, !llvm.ptr
        %v562 = llvm.extractvalue %v558[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v562, %v68 : f32, !llvm.ptr
        %v563 = llvm.getelementptr %v44[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v564 = llvm.load %v563 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v565 = arith.addi %v103, %v12 : i64
        %v566 = llvm.getelementptr %v44[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v567 = llvm.load %v566 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v568 = llvm.select %v102, %v564, %v81 : i1, vector<4xf32>
        %v569 = llvm.select %v102, %v567, %v81 : i1, vector<4xf32>
        %v570 = llvm.fmul %v568, %v568 : vector<4xf32>
        %v571 = llvm.mlir.constant(0 : i32) : i32
        %v572 = llvm.extractelement %v570[%v571 : i32] : vector<4xf32>
        %v573 = llvm.mlir.constant(1 : i32) : i32
        %v574 = llvm.extractelement %v570[%v573 : i32] : vector<4xf32>
        %v575 = llvm.mlir.constant(2 : i32) : i32
        %v576 = llvm.extractelement %v570[%v575 : i32] : vector<4xf32>
        %v577 = llvm.mlir.constant(3 : i32) : i32
        %v578 = llvm.extractelement %v570[%v577 : i32] : vector<4xf32>
        %v579 = arith.addf %v572, %v574 fastmath<contract> : f32
        %v580 = arith.addf %v579, %v576 fastmath<contract> : f32
        %v581 = arith.addf %v580, %v578 fastmath<contract> : f32
        %v582 = llvm.load %v79 : !llvm.ptr -> f32
        %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
        llvm.store %v583, %v79 : f32, !llvm.ptr
        %v584 = llvm.fmul %v568, %v409 : vector<4xf32>
        %v585 = llvm.fmul %v569, %v569 : vector<4xf32>
        %v586 = llvm.mlir.constant(0 : i32) : i32
        %v587 = llvm.extractelement %v585[%v586 : i32] : vector<4xf32>
        %v588 = llvm.mlir.constant(1 : i32) : i32
        %v589 = llvm.extractelement %v585[%v588 : i32] : vector<4xf32>
        %v590 = llvm.mlir.constant(2 : i32) : i32
        %v591 = llvm.extractelement %v585[%v590 : i32] : vector<4xf32>
        %v592 = llvm.mlir.constant(3 : i32) : i32
        %v593 = llvm.extractelement %v585[%v592 : i32] : vector<4xf32>
        %v594 = arith.addf %v587, %v589 fastmath<contract> : f32
        %v595 = arith.addf %v594, %v591 fastmath<contract> : f32
        %v596 = arith.addf %v595, %v593 fastmath<contract> : f32
        %v597 = llvm.load %v79 : !llvm.ptr -> f32
        %v598 = arith.addf %v597, %v596 fastmath<contract> : f32
        llvm.store %v598, %v79 : f32, !llvm.ptr
        %v599 = llvm.fmul %v569, %v412 : vector<4xf32>
        %v600 = llvm.shufflevector %v584, %v584 [0, 1] : vector<4xf32>
        %v601 = llvm.fptrunc %v600 : vector<2xf32> to vector<2xbf16>
        %v602 = llvm.bitcast %v601 : vector<2xbf16> to i32
        %v603 = llvm.shufflevector %v584, %v584 [2, 3] : vector<4xf32>
        %v604 = llvm.fptrunc %v603 : vector<2xf32> to vector<2xbf16>
        %v605 = llvm.bitcast %v604 : vector<2xbf16> to i32
        %v606 = llvm.shufflevector %v599, %v599 [0, 1] : vector<4xf32>
        %v607 = llvm.fptrunc %v606 : vector<2xf32> to vector<2xbf16>
        %v608 = llvm.bitcast %v607 : vector<2xbf16> to i32
        %v609 = llvm.shufflevector %v599, %v599 [2, 3] : vector<4xf32>
        %v610 = llvm.fptrunc %v609 : vector<2xf32> to vector<2xbf16>
        %v611 = llvm.bitcast %v610 : vector<2xbf16> to i32
        %v612 = llvm.load %v69 : !llvm.ptr -> f32
        %v613 = llvm.load %v70 : !llvm.ptr -> f32
        %v614 = llvm.load %v71 : !llvm.ptr -> f32
        %v615 = llvm.load %v72 : !llvm.ptr -> f32
        %v616 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v414, %v416, %v418, %v420, %v602, %v605, %v612, %v613, %v614, %v615 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v617 = llvm.extractvalue %v616[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v617, %v69 : f32, !llvm.ptr
        %v618 = llvm.extractvalue %v616[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v618, %v70 : f32, !llvm.ptr
        %v619 = llvm.extractvalue %v616[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v619, %v71 : f32, !llvm.ptr
        %v620 = llvm.extractvalue %v616[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v620, %v72 : f32, !llvm.ptr
        %v621 = llvm.load %v69 : !llvm.ptr -> f32
        %v622 = llvm.load %v70 : !llvm.ptr -> f32
        %v623 = llvm.load %v71 : !llvm.ptr -> f32
        %v624 = llvm.load %v72 : !llvm.ptr -> f32
        %v625 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v422, %v424, %v426, %v428, %v608, %v611, %v621, %v622, %v623, %v624 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v626 = llvm.extractvalue %v625[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v626, %v69 : f32, !llvm.ptr
        %v627 = llvm.extractvalue %v625[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v627, %v70 : f32, !llvm.ptr
        %v628 = llvm.extractvalue %v625[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v628, %v71 : f32, !llvm.ptr
        %v629 = llvm.extractvalue %v625[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v629, %v72 : f32, !llvm.ptr
        %v630 = llvm.getelementptr %v50[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v631 = llvm.load %v630 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v632 = arith.addi %v103, %v12 : i64
        %v633 = llvm.getelementptr %v50[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v634 = llvm.load %v633 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v635 = llvm.select %v102, %v631, %v81 : i1, vector<4xf32>
        %v636 = llvm.select %v102, %v634, %v81 : i1, vector<4xf32>
        %v637 = llvm.fmul %v635, %v635 : vector<4xf32>
        %v638 = llvm.mlir.constant(0 : i32) : i32
        %v639 = llvm.extractelement %v637[%v638 : i32] : vector<4xf32>
        %v640 = llvm.mlir.constant(1 : i32) : i32
        %v641 = llvm.extractelement %v637[%v640 : i32] : vector<4xf32>
        %v642 = llvm.mlir.constant(2 : i32) : i32
        %v643 = llvm.extractelement %v637[%v642 : i32] : vector<4xf32>
        %v644 = llvm.mlir.constant(3 : i32) : i32
        %v645 = llvm.extractelement %v637[%v644 : i32] : vector<4xf32>
        %v646 = arith.addf %v639, %v641 fastmath<contract> : f32
        %v647 = arith.addf %v646, %v643 fastmath<contract> : f32
        %v648 = arith.addf %v647, %v645 fastmath<contract> : f32
        %v649 = llvm.load %v80 : !llvm.ptr -> f32
        %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
        llvm.store %v650, %v80 : f32, !llvm.ptr
        %v651 = llvm.fmul %v635, %v409 : vector<4xf32>
        %v652 = llvm.fmul %v636, %v636 : vector<4xf32>
        %v653 = llvm.mlir.constant(0 : i32) : i32
        %v654 = llvm.extractelement %v652[%v653 : i32] : vector<4xf32>
        %v655 = llvm.mlir.constant(1 : i32) : i32
        %v656 = llvm.extractelement %v652[%v655 : i32] : vector<4xf32>
        %v657 = llvm.mlir.constant(2 : i32) : i32
        %v658 = llvm.extractelement %v652[%v657 : i32] : vector<4xf32>
        %v659 = llvm.mlir.constant(3 : i32) : i32
        %v660 = llvm.extractelement %v652[%v659 : i32] : vector<4xf32>
        %v661 = arith.addf %v654, %v656 fastmath<contract> : f32
        %v662 = arith.addf %v661, %v658 fastmath<contract> : f32
        %v663 = arith.addf %v662, %v660 fastmath<contract> : f32
        %v664 = llvm.load %v80 : !llvm.ptr -> f32
        %v665 = arith.addf %v664, %v663 fastmath<contract> : f32
        llvm.store %v665, %v80 : f32, !llvm.ptr
        %v666 = llvm.fmul %v636, %v412 : vector<4xf32>
        %v667 = llvm.shufflevector %v651, %v651 [0, 1] : vector<4xf32>
        %v668 = llvm.fptrunc %v667 : vector<2xf32> to vector<2xbf16>
        %v669 = llvm.bitcast %v668 : vector<2xbf16> to i32
        %v670 = llvm.shufflevector %v651, %v651 [2, 3] : vector<4xf32>
        %v671 = llvm.fptrunc %v670 : vector<2xf32> to vector<2xbf16>
        %v672 = llvm.bitcast %v671 : vector<2xbf16> to i32
        %v673 = llvm.shufflevector %v666, %v666 [0, 1] : vector<4xf32>
        %v674 = llvm.fptrunc %v673 : vector<2xf32> to vector<2xbf16>
        %v675 = llvm.bitcast %v674 : vector<2xbf16> to i32
        %v676 = llvm.shufflevector %v666, %v666 [2, 3] : vector<4xf32>
        %v677 = llvm.fptrunc %v676 : vector<2xf32> to vector<2xbf16>
        %v678 = llvm.bitcast %v677 : vector<2xbf16> to i32
        %v679 = llvm.load %v73 : !llvm.ptr -> f32
        %v680 = llvm.load %v74 : !llvm.ptr -> f32
        %v681 = llvm.load %v75 : !llvm.ptr -> f32
        %v682 = llvm.load %v76 : !llvm.ptr -> f32
        %v683 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v414, %v416, %v418, %v420, %v669, %v672, %v679, %v680, %v681, %v682 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v684 = llvm.extractvalue %v683[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v684, %v73 : f32, !llvm.ptr
        %v685 = llvm.extractvalue %v683[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v685, %v74 : f32, !llvm.ptr
        %v686 = llvm.extractvalue %v683[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v686, %v75 : f32, !llvm.ptr
        %v687 = llvm.extractvalue %v683[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v687, %v76 : f32, !llvm.ptr
        %v688 = llvm.load %v73 : !llvm.ptr -> f32
        %v689 = llvm.load %v74 : !llvm.ptr -> f32
        %v690 = llvm.load %v75 : !llvm.ptr -> f32
        %v691 = llvm.load %v76 : !llvm.ptr -> f32
        %v692 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v422, %v424, %v426, %v428, %v675, %v678, %v688, %v689, %v690, %v691 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v693 = llvm.extractvalue %v692[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v693, %v73 : f32, !llvm.ptr
        %v694 = llvm.extractvalue %v692[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v694, %v74 : f32, !llvm.ptr
        %v695 = llvm.extractvalue %v692[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v695, %v75 : f32, !llvm.ptr
        %v696 = llvm.extractvalue %v692[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v696, %v76 : f32, !llvm.ptr
        %v697 = llvm.getelementptr %norm_w[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v698 = llvm.load %v697 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v699 = arith.addi %v114, %v12 : i64
        %v700 = llvm.getelementptr %norm_w[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v701 = llvm.load %v700 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v702 = llvm.mlir.constant(0 : i32) : i32
        %v703 = llvm.extractelement %v116[%v702 : i32] : vector<4xi32>
        %v704 = llvm.mlir.constant(0 : i32) : i32
        %v705 = llvm.extractelement %v118[%v704 : i32] : vector<4xi32>
        %v706 = llvm.mlir.constant(1 : i32) : i32
        %v707 = llvm.extractelement %v116[%v706 : i32] : vector<4xi32>
        %v708 = llvm.mlir.constant(1 : i32) : i32
        %v709 = llvm.extractelement %v118[%v708 : i32] : vector<4xi32>
        %v710 = llvm.mlir.constant(2 : i32) : i32
        %v711 = llvm.extractelement %v116[%v710 : i32] : vector<4xi32>
        %v712 = llvm.mlir.constant(2 : i32) : i32
        %v713 = llvm.extractelement %v118[%v712 : i32] : vector<4xi32>
        %v714 = llvm.mlir.constant(3 : i32) : i32
        %v715 = llvm.extractelement %v116[%v714 : i32] : vector<4xi32>
        %v716 = llvm.mlir.constant(3 : i32) : i32
        %v717 = llvm.extractelement %v118[%v716 : i32] : vector<4xi32>
        %v718 = llvm.getelementptr %v34[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v719 = llvm.load %v718 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v720 = arith.addi %v114, %v12 : i64
        %v721 = llvm.getelementptr %v34[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v722 = llvm.load %v721 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v723 = llvm.select %v113, %v719, %v81 : i1, vector<4xf32>
        %v724 = llvm.select %v113, %v722, %v81 : i1, vector<4xf32>
        %v725 = llvm.fmul %v723, %v723 : vector<4xf32>
        %v726 = llvm.mlir.constant(0 : i32) : i32
        %v727 = llvm.extractelement %v725[%v726 : i32] : vector<4xf32>
        %v728 = llvm.mlir.constant(1 : i32) : i32
        %v729 = llvm.extractelement %v725[%v728 : i32] : vector<4xf32>
        %v730 = llvm.mlir.constant(2 : i32) : i32
        %v731 = llvm.extractelement %v725[%v730 : i32] : vector<4xf32>
        %v732 = llvm.mlir.constant(3 : i32) : i32
        %v733 = llvm.extractelement %v725[%v732 : i32] : vector<4xf32>
        %v734 = arith.addf %v727, %v729 fastmath<contract> : f32
        %v735 = arith.addf %v734, %v731 fastmath<contract> : f32
        %v736 = arith.addf %v735, %v733 fastmath<contract> : f32
        %v737 = llvm.load %v77 : !llvm.ptr -> f32
        %v738 = arith.addf %v737, %v736 fastmath<contract> : f32
        llvm.store %v738, %v77 : f32, !llvm.ptr
        %v739 = llvm.fmul %v723, %v698 : vector<4xf32>
        %v740 = llvm.fmul %v724, %v724 : vector<4xf32>
        %v741 = llvm.mlir.constant(0 : i32) : i32
        %v742 = llvm.extractelement %v740[%v741 : i32] : vector<4xf32>
        %v743 = llvm.mlir.constant(1 : i32) : i32
        %v744 = llvm.extractelement %v740[%v743 : i32] : vector<4xf32>
        %v745 = llvm.mlir.constant(2 : i32) : i32
        %v746 = llvm.extractelement %v740[%v745 : i32] : vector<4xf32>
        %v747 = llvm.mlir.constant(3 : i32) : i32
        %v748 = llvm.extractelement %v740[%v747 : i32] : vector<4xf32>
        %v749 = arith.addf %v742, %v744 fastmath<contract> : f32
        %v750 = arith.addf %v749, %v746 fastmath<contract> : f32
        %v751 = arith.addf %v750, %v748 fastmath<contract> : f32
        %v752 = llvm.load %v77 : !llvm.ptr -> f32
        %v753 = arith.addf %v752, %v751 fastmath<contract> : f32
        llvm.store %v753, %v77 : f32, !llvm.ptr
        %v754 = llvm.fmul %v724, %v701 : vector<4xf32>
        %v755 = llvm.shufflevector %v739, %v739 [0, 1] : vector<4xf32>
        %v756 = llvm.fptrunc %v755 : vector<2xf32> to vector<2xbf16>
        %v757 = llvm.bitcast %v756 : vector<2xbf16> to i32
        %v758 = llvm.shufflevector %v739, %v739 [2, 3] : vector<4xf32>
        %v759 = llvm.fptrunc %v758 : vector<2xf32> to vector<2xbf16>
        %v760 = llvm.bitcast %v759 : vector<2xbf16> to i32
        %v761 = llvm.shufflevector %v754, %v754 [0, 1] : vector<4xf32>
        %v762 = llvm.fptrunc %v761 : vector<2xf32> to vector<2xbf16>
        %v763 = llvm.bitcast %v762 : vector<2xbf16> to i32
        %v764 = llvm.shufflevector %v754, %v754 [2, 3] : vector<4xf32>
        %v765 = llvm.fptrunc %v764 : vector<2xf32> to vector<2xbf16>
        %v766 = llvm.bitcast %v765 : vector<2xbf16> to i32
        %v767 = llvm.load %v61 : !llvm.ptr -> f32
        %v768 = llvm.load %v62 : !llvm.ptr -> f32
        %v769 = llvm.load %v63 : !llvm.ptr -> f32
        %v770 = llvm.load %v64 : !llvm.ptr -> f32
        %v771 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v703, %v705, %v707, %v709, %v757, %v760, %v767, %v768, %v769, %v770 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v772 = llvm.extractvalue %v771[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v772, %v61 : f32, !llvm.ptr
        %v773 = llvm.extractvalue %v771[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v773, %v62 : f32, !llvm.ptr
        %v774 = llvm.extractvalue %v771[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v774, %v63 : f32, !llvm.ptr
        %v775 = llvm.extractvalue %v771[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v775, %v64 : f32, !llvm.ptr
        %v776 = llvm.load %v61 : !llvm.ptr -> f32
        %v777 = llvm.load %v62 : !llvm.ptr -> f32
        %v778 = llvm.load %v63 : !llvm.ptr -> f32
        %v779 = llvm.load %v64 : !llvm.ptr -> f32
        %v780 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v711, %v713, %v715, %v717, %v763, %v766, %v776, %v777, %v778, %v779 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v781 = llvm.extractvalue %v780[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v781, %v61 : f32, !llvm.ptr
        %v782 = llvm.extractvalue %v780[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v782, %v62 : f32, !llvm.ptr
        %v783 = llvm.extractvalue %v780[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v783, %v63 : f32, !llvm.ptr
        %v784 = llvm.extractvalue %v780[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v784, %v64 : f32, !llvm.ptr
        %v785 = llvm.getelementptr %v39[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v786 = llvm.load %v785 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v787 = arith.addi %v114, %v12 : i64
        %v788 = llvm.getelementptr %v39[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v789 = llvm.load %v788 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v790 = llvm.select %v113, %v786, %v81 : i1, vector<4xf32>
        %v791 = llvm.select %v113, %v789, %v81 : i1, vector<4xf32>
        %v792 = llvm.fmul %v790, %v790 : vector<4xf32>
        %v793 = llvm.mlir.constant(0 : i32) : i32
        %v794 = llvm.extractelement %v792[%v793 : i32] : vector<4xf32>
        %v795 = llvm.mlir.constant(1 : i32) : i32
        %v796 = llvm.extractelement %v792[%v795 : i32] : vector<4xf32>
        %v797 = llvm.mlir.constant(2 : i32) : i32
        %v798 = llvm.extractelement %v792[%v797 : i32] : vector<4xf32>
        %v799 = llvm.mlir.constant(3 : i32) : i32
        %v800 = llvm.extractelement %v792[%v799 : i32] : vector<4xf32>
        %v801 = arith.addf %v794, %v796 fastmath<contract> : f32
        %v802 = arith.addf %v801, %v798 fastmath<contract> : f32
        %v803 = arith.addf %v802, %v800 fastmath<contract> : f32
        %v804 = llvm.load %v78 : !llvm.ptr -> f32
        %v805 = arith.addf %v804, %v803 fastmath<contract> : f32
        llvm.store %v805, %v78 : f32, !llvm.ptr
        %v806 = llvm.fmul %v790, %v698 : vector<4xf32>
        %v807 = llvm.fmul %v791, %v791 : vector<4xf32>
        %v808 = llvm.mlir.constant(0 : i32) : i32
        %v809 = llvm.extractelement %v807[%v808 : i32] : vector<4xf32>
        %v810 = llvm.mlir.constant(1 : i32) : i32
        %v811 = llvm.extractelement %v807[%v810 : i32] : vector<4xf32>
        %v812 = llvm.mlir.constant(2 : i32) : i32
        %v813 = llvm.extractelement %v807[%v812 : i32] : vector<4xf32>
        %v814 = llvm.mlir.constant(3 : i32) : i32
        %v815 = llvm.extractelement %v807[%v814 : i32] : vector<4xf32>
        %v816 = arith.addf %v809, %v811 fastmath<contract> : f32
        %v817 = arith.addf %v816, %v813 fastmath<contract> : f32
        %v818 = arith.addf %v817, %v815 fastmath<contract> : f32
        %v819 = llvm.load %v78 : !llvm.ptr -> f32
        %v820 = arith.addf %v819, %v818 fastmath<contract> : f32
        llvm.store %v820, %v78 : f32, !llvm.ptr
        %v821 = llvm.fmul %v791, %v701 : vector<4xf32>
        %v822 = llvm.shufflevector %v806, %v806 [0, 1] : vector<4xf32>
        %v823 = llvm.fptrunc %v822 : vector<2xf32> to vector<2xbf16>
        %v824 = llvm.bitcast %v823 : vector<2xbf16> to i32
        %v825 = llvm.shufflevector %v806, %v806 [2, 3] : vector<4xf32>
        %v826 = llvm.fptrunc %v825 : vector<2xf32> to vector<2xbf16>
        %v827 = llvm.bitcast %v826 : vector<2xbf16> to i32
        %v828 = llvm.shufflevector %v821, %v821 [0, 1] : vector<4xf32>
        %v829 = llvm.fptrunc %v828 : vector<2xf32> to vector<2xbf16>
        %v830 = llvm.bitcast %v829 : vector<2xbf16> to i32
        %v831 = llvm.shufflevector %v821, %v821 [2, 3] : vector<4xf32>
        %v832 = llvm.fptrunc %v831 : vector<2xf32> to vector<2xbf16>
        %v833 = llvm.bitcast %v832 : vector<2xbf16> to i32
        %v834 = llvm.load %v65 : !llvm.ptr -> f32
        %v835 = llvm.load %v66 : !llvm.ptr -> f32
        %v836 = llvm.load %v67 : !llvm.ptr -> f32
        %v837 = llvm.load %v68 : !llvm.ptr -> f32
        %v838 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v703, %v705, %v707, %v709, %v824, %v827, %v834, %v835, %v836, %v837 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v839 = llvm.extractvalue %v838[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v839, %v65 : f32, !llvm.ptr
        %v840 = llvm.extractvalue %v838[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v840, %v66 : f32, !llvm.ptr
        %v841 = llvm.extractvalue %v838[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v841, %v67 : f32, !llvm.ptr
        %v842 = llvm.extractvalue %v838[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v842, %v68 : f32, !llvm.ptr
        %v843 = llvm.load %v65 : !llvm.ptr -> f32
        %v844 = llvm.load %v66 : !llvm.ptr -> f32
        %v845 = llvm.load %v67 : !llvm.ptr -> f32
        %v846 = llvm.load %v68 : !llvm.ptr -> f32
        %v847 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v711, %v713, %v715, %v717, %v830, %v833, %v843, %v844, %v845, %v846 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v848 = llvm.extractvalue %v847[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v848, %v65 : f32, !llvm.ptr
        %v849 = llvm.extractvalue %v847[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v849, %v66 : f32, !llvm.ptr
        %v850 = llvm.extractvalue %v847[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v850, %v67 : f32, !llvm.ptr
        %v851 = llvm.extractvalue %v847[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v851, %v68 : f32, !llvm.ptr
        %v852 = llvm.getelementptr %v44[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v853 = llvm.load %v852 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v854 = arith.addi %v114, %v12 : i64
        %v855 = llvm.getelementptr %v44[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v856 = llvm.load %v855 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v857 = llvm.select %v113, %v853, %v81 : i1, vector<4xf32>
        %v858 = llvm.select %v113, %v856, %v81 : i1, vector<4xf32>
        %v859 = llvm.fmul %v857, %v857 : vector<4xf32>
        %v860 = llvm.mlir.constant(0 : i32) : i32
        %v861 = llvm.extractelement %v859[%v860 : i32] : vector<4xf32>
        %v862 = llvm.mlir.constant(1 : i32) : i32
        %v863 = llvm.extractelement %v859[%v862 : i32] : vector<4xf32>
        %v864 = llvm.mlir.constant(2 : i32) : i32
        %v865 = llvm.extractelement %v859[%v864 : i32] : vector<4xf32>
        %v866 = llvm.mlir.constant(3 : i32) : i32
        %v867 = llvm.extractelement %v859[%v866 : i32] : vector<4xf32>
        %v868 = arith.addf %v861, %v863 fastmath<contract> : f32
        %v869 = arith.addf %v868, %v865 fastmath<contract> : f32
        %v870 = arith.addf %v869, %v867 fastmath<contract> : f32
        %v871 = llvm.load %v79 : !llvm.ptr -> f32
        %v872 = arith.addf %v871, %v870 fastmath<contract> : f32
        llvm.store %v872, %v79 : f32, !llvm.ptr
        %v873 = llvm.fmul %v857, %v698 : vector<4xf32>
        %v874 = llvm.fmul %v858, %v858 : vector<4xf32>
        %v875 = llvm.mlir.constant(0 : i32) : i32
        %v876 = llvm.extractelement %v874[%v875 : i32] : vector<4xf32>
        %v877 = llvm.mlir.constant(1 : i32) : i32
        %v878 = llvm.extractelement %v874[%v877 : i32] : vector<4xf32>
        %v879 = llvm.mlir.constant(2 : i32) : i32
        %v880 = llvm.extractelement %v874[%v879 : i32] : vector<4xf32>
        %v881 = llvm.mlir.constant(3 : i32) : i32
        %v882 = llvm.extractelement %v874[%v881 : i32] : vector<4xf32>
        %v883 = arith.addf %v876, %v878 fastmath<contract> : f32
        %v884 = arith.addf %v883, %v880 fastmath<contract> : f32
        %v885 = arith.addf %v884, %v882 fastmath<contract> : f32
        %v886 = llvm.load %v79 : !llvm.ptr -> f32
        %v887 = arith.addf %v886, %v885 fastmath<contract> : f32
        llvm.store %v887, %v79 : f32, !llvm.ptr
        %v888 = llvm.fmul %v858, %v701 : vector<4xf32>
        %v889 = llvm.shufflevector %v873, %v873 [0, 1] : vector<4xf32>
        %v890 = llvm.fptrunc %v889 : vector<2xf32> to vector<2xbf16>
        %v891 = llvm.bitcast %v890 : vector<2xbf16> to i32
        %v892 = llvm.shufflevector %v873, %v873 [2, 3] : vector<4xf32>
        %v893 = llvm.fptrunc %v892 : vector<2xf32> to vector<2xbf16>
        %v894 = llvm.bitcast %v893 : vector<2xbf16> to i32
        %v895 = llvm.shufflevector %v888, %v888 [0, 1] : vector<4xf32>
        %v896 = llvm.fptrunc %v895 : vector<2xf32> to vector<2xbf16>
        %v897 = llvm.bitcast %v896 : vector<2xbf16> to i32
        %v898 = llvm.shufflevector %v888, %v888 [2, 3] : vector<4xf32>
        %v899 = llvm.fptrunc %v898 : vector<2xf32> to vector<2xbf16>
        %v900 = llvm.bitcast %v899 : vector<2xbf16> to i32
        %v901 = llvm.load %v69 : !llvm.ptr -> f32
        %v902 = llvm.load %v70 : !llvm.ptr -> f32
        %v903 = llvm.load %v71 : !llvm.ptr -> f32
        %v904 = llvm.load %v72 : !llvm.ptr -> f32
        %v905 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v703, %v705, %v707, %v709, %v891, %v894, %v901, %v902, %v903, %v904 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v906 = llvm.extractvalue %v905[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v906, %v69 : f32, !llvm.ptr
        %v907 = llvm.extractvalue %v905[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v907, %v70 : f32, !llvm.ptr
        %v908 = llvm.extractvalue %v905[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v908, %v71 : f32, !llvm.ptr
        %v909 = llvm.extractvalue %v905[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v909, %v72 : f32, !llvm.ptr
        %v910 = llvm.load %v69 : !llvm.ptr -> f32
        %v911 = llvm.load %v70 : !llvm.ptr -> f32
        %v912 = llvm.load %v71 : !llvm.ptr -> f32
        %v913 = llvm.load %v72 : !llvm.ptr -> f32
        %v914 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v711, %v713, %v715, %v717, %v897, %v900, %v910, %v911, %v912, %v913 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v915 = llvm.extractvalue %v914[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v915, %v69 : f32, !llvm.ptr
        %v916 = llvm.extractvalue %v914[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v916, %v70 : f32, !llvm.ptr
        %v917 = llvm.extractvalue %v914[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v917, %v71 : f32, !llvm.ptr
        %v918 = llvm.extractvalue %v914[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v918, %v72 : f32, !llvm.ptr
        %v919 = llvm.getelementptr %v50[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v920 = llvm.load %v919 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v921 = arith.addi %v114, %v12 : i64
        %v922 = llvm.getelementptr %v50[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v923 = llvm.load %v922 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v924 = llvm.select %v113, %v920, %v81 : i1, vector<4xf32>
        %v925 = llvm.select %v113, %v923, %v81 : i1, vector<4xf32>
        %v926 = llvm.fmul %v924, %v924 : vector<4xf32>
        %v927 = llvm.mlir.constant(0 : i32) : i32
        %v928 = llvm.extractelement %v926[%v927 : i32] : vector<4xf32>
        %v929 = llvm.mlir.constant(1 : i32) : i32
        %v930 = llvm.extractelement %v926[%v929 : i32] : vector<4xf32>
        %v931 = llvm.mlir.constant(2 : i32) : i32
        %v932 = llvm.extractelement %v926[%v931 : i32] : vector<4xf32>
        %v933 = llvm.mlir.constant(3 : i32) : i32
        %v934 = llvm.extractelement %v926[%v933 : i32] : vector<4xf32>
        %v935 = arith.addf %v928, %v930 fastmath<contract> : f32
        %v936 = arith.addf %v935, %v932 fastmath<contract> : f32
        %v937 = arith.addf %v936, %v934 fastmath<contract> : f32
        %v938 = llvm.load %v80 : !llvm.ptr -> f32
        %v939 = arith.addf %v938, %v937 fastmath<contract> : f32
        llvm.store %v939, %v80 : f32, !llvm.ptr
        %v940 = llvm.fmul %v924, %v698 : vector<4xf32>
        %v941 = llvm.fmul %v925, %v925 : vector<4xf32>
        %v942 = llvm.mlir.constant(0 : i32) : i32
        %v943 = llvm.extractelement %v941[%v942 : i32] : vector<4xf32>
        %v944 = llvm.mlir.constant(1 : i32) : i32
        %v945 = llvm.extractelement %v941[%v944 : i32] : vector<4xf32>
        %v946 = llvm.mlir.constant(2 : i32) : i32
        %v947 = llvm.extractelement %v941[%v946 : i32] : vector<4xf32>
        %v948 = llvm.mlir.constant(3 : i32) : i32
        %v949 = llvm.extractelement %v941[%v948 : i32] : vector<4xf32>
        %v950 = arith.addf %v943, %v945 fastmath<contract> : f32
        %v951 = arith.addf %v950, %v947 fastmath<contract> : f32
        %v952 = arith.addf %v951, %v949 fastmath<contract> : f32
        %v953 = llvm.load %v80 : !llvm.ptr -> f32
        %v954 = arith.addf %v953, %v952 fastmath<contract> : f32
        llvm.store %v954, %v80 : f32, !llvm.ptr
        %v955 = llvm.fmul %v925, %v701 : vector<4xf32>
        %v956 = llvm.shufflevector %v940, %v940 [0, 1] : vector<4xf32>
        %v957 = llvm.fptrunc %v956 : vector<2xf32> to vector<2xbf16>
        %v958 = llvm.bitcast %v957 : vector<2xbf16> to i32
        %v959 = llvm.shufflevector %v940, %v940 [2, 3] : vector<4xf32>
        %v960 = llvm.fptrunc %v959 : vector<2xf32> to vector<2xbf16>
        %v961 = llvm.bitcast %v960 : vector<2xbf16> to i32
        %v962 = llvm.shufflevector %v955, %v955 [0, 1] : vector<4xf32>
        %v963 = llvm.fptrunc %v962 : vector<2xf32> to vector<2xbf16>
        %v964 = llvm.bitcast %v963 : vector<2xbf16> to i32
        %v965 = llvm.shufflevector %v955, %v955 [2, 3] : vector<4xf32>
        %v966 = llvm.fptrunc %v965 : vector<2xf32> to vector<2xbf16>
        %v967 = llvm.bitcast %v966 : vector<2xbf16> to i32
        %v968 = llvm.load %v73 : !llvm.ptr -> f32
        %v969 = llvm.load %v74 : !llvm.ptr -> f32
        %v970 = llvm.load %v75 : !llvm.ptr -> f32
        %v971 = llvm.load %v76 : !llvm.ptr -> f32
        %v972 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v703, %v705, %v707, %v709, %v958, %v961, %v968, %v969, %v970, %v971 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v973 = llvm.extractvalue %v972[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v973, %v73 : f32, !llvm.ptr
        %v974 = llvm.extractvalue %v972[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v974, %v74 : f32, !llvm.ptr
        %v975 = llvm.extractvalue %v972[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v975, %v75 : f32, !llvm.ptr
        %v976 = llvm.extractvalue %v972[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v976, %v76 : f32, !llvm.ptr
        %v977 = llvm.load %v73 : !llvm.ptr -> f32
        %v978 = llvm.load %v74 : !llvm.ptr -> f32
        %v979 = llvm.load %v75 : !llvm.ptr -> f32
        %v980 = llvm.load %v76 : !llvm.ptr -> f32
        %v981 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v711, %v713, %v715, %v717, %v964, %v967, %v977, %v978, %v979, %v980 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v982 = llvm.extractvalue %v981[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v982, %v73 : f32, !llvm.ptr
        %v983 = llvm.extractvalue %v981[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v983, %v74 : f32, !llvm.ptr
        %v984 = llvm.extractvalue %v981[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v984, %v75 : f32, !llvm.ptr
        %v985 = llvm.extractvalue %v981[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v985, %v76 : f32, !llvm.ptr
      }
      %v988 = arith.muli %v10, %v987 : i64
      %v989 = arith.muli %v14, %v108 : i64
      %v990 = arith.muli %v989, %v986 : i64
      %v991 = arith.addi %v988, %v990 : i64
      %v992 = arith.addi %v991, %v13 : i64
      %v993 = llvm.load %v61 : !llvm.ptr -> f32
      %v994 = llvm.getelementptr %v2[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v993, %v994 : f32, !llvm.ptr
      %v995 = arith.addi %v989, %v15 : i64
      %v996 = arith.muli %v995, %v986 : i64
      %v997 = arith.addi %v988, %v996 : i64
      %v998 = arith.addi %v997, %v13 : i64
      %v999 = llvm.load %v62 : !llvm.ptr -> f32
      %v1000 = llvm.getelementptr %v2[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v999, %v1000 : f32, !llvm.ptr
      %v1001 = arith.addi %v13, %v17 : i64
      %v1002 = arith.muli %v989, %v986 : i64
      %v1003 = arith.addi %v988, %v1002 : i64
      %v1004 = arith.addi %v1003, %v1001 : i64
      %v1005 = llvm.load %v63 : !llvm.ptr -> f32
      %v1006 = llvm.getelementptr %v2[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1005, %v1006 : f32, !llvm.ptr
      %v1007 = arith.addi %v989, %v15 : i64
      %v1008 = arith.addi %v13, %v17 : i64
      %v1009 = arith.muli %v1007, %v986 : i64
      %v1010 = arith.addi %v988, %v1009 : i64
      %v1011 = arith.addi %v1010, %v1008 : i64
      %v1012 = llvm.load %v64 : !llvm.ptr -> f32
      %v1013 = llvm.getelementptr %v2[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1012, %v1013 : f32, !llvm.ptr
      %v1014 = arith.addi %v989, %v17 : i64
      %v1015 = arith.muli %v1014, %v986 : i64
      %v1016 = arith.addi %v988, %v1015 : i64
      %v1017 = arith.addi %v1016, %v13 : i64
      %v1018 = llvm.load %v65 : !llvm.ptr -> f32
      %v1019 = llvm.getelementptr %v2[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1018, %v1019 : f32, !llvm.ptr
      %v1021 = arith.addi %v989, %v1020 : i64
      %v1022 = arith.muli %v1021, %v986 : i64
      %v1023 = arith.addi %v988, %v1022 : i64
      %v1024 = arith.addi %v1023, %v13 : i64
      %v1025 = llvm.load %v66 : !llvm.ptr -> f32
      %v1026 = llvm.getelementptr %v2[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1025, %v1026 : f32, !llvm.ptr
      %v1027 = arith.addi %v989, %v17 : i64
      %v1028 = arith.addi %v13, %v17 : i64
      %v1029 = arith.muli %v1027, %v986 : i64
      %v1030 = arith.addi %v988, %v1029 : i64
      %v1031 = arith.addi %v1030, %v1028 : i64
      %v1032 = llvm.load %v67 : !llvm.ptr -> f32
      %v1033 = llvm.getelementptr %v2[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1032, %v1033 : f32, !llvm.ptr
      %v1034 = arith.addi %v989, %v1020 : i64
      %v1035 = arith.addi %v13, %v17 : i64
      %v1036 = arith.muli %v1034, %v986 : i64
      %v1037 = arith.addi %v988, %v1036 : i64
      %v1038 = arith.addi %v1037, %v1035 : i64
      %v1039 = llvm.load %v68 : !llvm.ptr -> f32
      %v1040 = llvm.getelementptr %v2[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1039, %v1040 : f32, !llvm.ptr
      %v1041 = arith.addi %v989, %v20 : i64
      %v1042 = arith.muli %v1041, %v986 : i64
      %v1043 = arith.addi %v988, %v1042 : i64
      %v1044 = arith.addi %v1043, %v13 : i64
      %v1045 = llvm.load %v69 : !llvm.ptr -> f32
      %v1046 = llvm.getelementptr %v2[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1045, %v1046 : f32, !llvm.ptr
      %v1048 = arith.addi %v989, %v1047 : i64
      %v1049 = arith.muli %v1048, %v986 : i64
      %v1050 = arith.addi %v988, %v1049 : i64
      %v1051 = arith.addi %v1050, %v13 : i64
      %v1052 = llvm.load %v70 : !llvm.ptr -> f32
      %v1053 = llvm.getelementptr %v2[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1052, %v1053 : f32, !llvm.ptr
      %v1054 = arith.addi %v989, %v20 : i64
      %v1055 = arith.addi %v13, %v17 : i64
      %v1056 = arith.muli %v1054, %v986 : i64
      %v1057 = arith.addi %v988, %v1056 : i64
      %v1058 = arith.addi %v1057, %v1055 : i64
      %v1059 = llvm.load %v71 : !llvm.ptr -> f32
      %v1060 = llvm.getelementptr %v2[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1059, %v1060 : f32, !llvm.ptr
      %v1061 = arith.addi %v989, %v1047 : i64
      %v1062 = arith.addi %v13, %v17 : i64
      %v1063 = arith.muli %v1061, %v986 : i64
      %v1064 = arith.addi %v988, %v1063 : i64
      %v1065 = arith.addi %v1064, %v1062 : i64
      %v1066 = llvm.load %v72 : !llvm.ptr -> f32
      %v1067 = llvm.getelementptr %v2[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1066, %v1067 : f32, !llvm.ptr
      %v1068 = arith.addi %v989, %v45 : i64
      %v1069 = arith.muli %v1068, %v986 : i64
      %v1070 = arith.addi %v988, %v1069 : i64
      %v1071 = arith.addi %v1070, %v13 : i64
      %v1072 = llvm.load %v73 : !llvm.ptr -> f32
      %v1073 = llvm.getelementptr %v2[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1072, %v1073 : f32, !llvm.ptr
      %v1075 = arith.addi %v989, %v1074 : i64
      %v1076 = arith.muli %v1075, %v986 : i64
      %v1077 = arith.addi %v988, %v1076 : i64
      %v1078 = arith.addi %v1077, %v13 : i64
      %v1079 = llvm.load %v74 : !llvm.ptr -> f32
      %v1080 = llvm.getelementptr %v2[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1079, %v1080 : f32, !llvm.ptr
      %v1081 = arith.addi %v989, %v45 : i64
      %v1082 = arith.addi %v13, %v17 : i64
      %v1083 = arith.muli %v1081, %v986 : i64
      %v1084 = arith.addi %v988, %v1083 : i64
      %v1085 = arith.addi %v1084, %v1082 : i64
      %v1086 = llvm.load %v75 : !llvm.ptr -> f32
      %v1087 = llvm.getelementptr %v2[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1086, %v1087 : f32, !llvm.ptr
      %v1088 = arith.addi %v989, %v1074 : i64
      %v1089 = arith.addi %v13, %v17 : i64
      %v1090 = arith.muli %v1088, %v986 : i64
      %v1091 = arith.addi %v988, %v1090 : i64
      %v1092 = arith.addi %v1091, %v1089 : i64
      %v1093 = llvm.load %v76 : !llvm.ptr -> f32
      %v1094 = llvm.getelementptr %v2[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1093, %v1094 : f32, !llvm.ptr
      %v1095 = arith.constant 32 : i32
      %v1096 = arith.cmpi eq, %v14, %v16 : i64
      %v1097 = arith.muli %v10, %v9 : i64
      %v1098 = llvm.load %v77 : !llvm.ptr -> f32
      %v1099 = arith.constant 1 : i32
      %v1100, %v1101 = gpu.shuffle xor %v1098, %v1099, %v1095 : f32
      %v1102 = arith.addf %v1098, %v1100 fastmath<contract> : f32
      %v1103 = arith.constant 2 : i32
      %v1104, %v1105 = gpu.shuffle xor %v1102, %v1103, %v1095 : f32
      %v1106 = arith.addf %v1102, %v1104 fastmath<contract> : f32
      scf.if %v1096 {
        %v1107 = arith.addi %v1097, %v13 : i64
        %v1108 = llvm.getelementptr %v4[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1106, %v1108 : f32, !llvm.ptr
      }
      %v1109 = llvm.load %v78 : !llvm.ptr -> f32
      %v1110 = arith.constant 1 : i32
      %v1111, %v1112 = gpu.shuffle xor %v1109, %v1110, %v1095 : f32
      %v1113 = arith.addf %v1109, %v1111 fastmath<contract> : f32
      %v1114 = arith.constant 2 : i32
      %v1115, %v1116 = gpu.shuffle xor %v1113, %v1114, %v1095 : f32
      %v1117 = arith.addf %v1113, %v1115 fastmath<contract> : f32
      scf.if %v1096 {
        %v1118 = arith.addi %v1097, %v17 : i64
        %v1119 = arith.addi %v1118, %v13 : i64
        %v1120 = llvm.getelementptr %v4[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1117, %v1120 : f32, !llvm.ptr
      }
      %v1121 = llvm.load %v79 : !llvm.ptr -> f32
      %v1122 = arith.constant 1 : i32
      %v1123, %v1124 = gpu.shuffle xor %v1121, %v1122, %v1095 : f32
      %v1125 = arith.addf %v1121, %v1123 fastmath<contract> : f32
      %v1126 = arith.constant 2 : i32
      %v1127, %v1128 = gpu.shuffle xor %v1125, %v1126, %v1095 : f32
      %v1129 = arith.addf %v1125, %v1127 fastmath<contract> : f32
      scf.if %v1096 {
        %v1130 = arith.addi %v1097, %v20 : i64
        %v1131 = arith.addi %v1130, %v13 : i64
        %v1132 = llvm.getelementptr %v4[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1129, %v1132 : f32, !llvm.ptr
      }
      %v1133 = llvm.load %v80 : !llvm.ptr -> f32
      %v1134 = arith.constant 1 : i32
      %v1135, %v1136 = gpu.shuffle xor %v1133, %v1134, %v1095 : f32
      %v1137 = arith.addf %v1133, %v1135 fastmath<contract> : f32
      %v1138 = arith.constant 2 : i32
      %v1139, %v1140 = gpu.shuffle xor %v1137, %v1138, %v1095 : f32
      %v1141 = arith.addf %v1137, %v1139 fastmath<contract> : f32
      scf.if %v1096 {
        %v1142 = arith.addi %v1097, %v45 : i64
        %v1143 = arith.addi %v1142, %v13 : i64
        %v1144 = llvm.getelementptr %v4[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1141, %v1144 : f32, !llvm.ptr
      }
      gpu.barrier
      %v1146 = arith.cmpi slt, %v8, %v1145 : i64
      %v1147 = arith.divsi %v8, %v20 : i64
      %v1148 = arith.remsi %v8, %v20 : i64
      llvm.store %v60, %v1149 : f32, !llvm.ptr
      llvm.store %v60, %v1150 : f32, !llvm.ptr
      scf.if %v1146 {
        %v1151 = arith.muli %v1147, %v986 : i64
        %v1152 = arith.addi %v1151, %v1148 : i64
        %v1153 = llvm.getelementptr %v2[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
        %v1155 = arith.addi %v1152, %v987 : i64
        %v1156 = llvm.getelementptr %v2[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
        %v1158 = arith.addf %v1154, %v1157 fastmath<contract> : f32
        %v1160 = arith.addi %v1152, %v1159 : i64
        %v1161 = llvm.getelementptr %v2[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
        %v1163 = arith.addf %v1158, %v1162 fastmath<contract> : f32
        %v1165 = arith.addi %v1152, %v1164 : i64
        %v1166 = llvm.getelementptr %v2[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
        %v1168 = arith.addf %v1163, %v1167 fastmath<contract> : f32
        %v1170 = arith.addi %v1152, %v1169 : i64
        %v1171 = llvm.getelementptr %v2[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
        %v1173 = arith.addf %v1168, %v1172 fastmath<contract> : f32
        %v1175 = arith.addi %v1152, %v1174 : i64
        %v1176 = llvm.getelementptr %v2[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
        %v1178 = arith.addf %v1173, %v1177 fastmath<contract> : f32
        %v1180 = arith.addi %v1152, %v1179 : i64
        %v1181 = llvm.getelementptr %v2[%v1180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
        %v1183 = arith.addf %v1178, %v1182 fastmath<contract> : f32
        %v1185 = arith.addi %v1152, %v1184 : i64
        %v1186 = llvm.getelementptr %v2[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1187 = llvm.load %v1186 : !llvm.ptr -> f32
        %v1188 = arith.addf %v1183, %v1187 fastmath<contract> : f32
        llvm.store %v1188, %v1149 : f32, !llvm.ptr
        %v1189 = llvm.getelementptr %v4[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
        %v1191 = arith.addi %v1147, %v9 : i64
        %v1192 = llvm.getelementptr %v4[%v1191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1193 = llvm.load %v1192 : !llvm.ptr -> f32
        %v1194 = arith.addf %v1190, %v1193 fastmath<contract> : f32
        %v1196 = arith.addi %v1147, %v1195 : i64
        %v1197 = llvm.getelementptr %v4[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1198 = llvm.load %v1197 : !llvm.ptr -> f32
        %v1199 = arith.addf %v1194, %v1198 fastmath<contract> : f32
        %v1201 = arith.addi %v1147, %v1200 : i64
        %v1202 = llvm.getelementptr %v4[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
        %v1204 = arith.addf %v1199, %v1203 fastmath<contract> : f32
        %v1206 = arith.addi %v1147, %v1205 : i64
        %v1207 = llvm.getelementptr %v4[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1208 = llvm.load %v1207 : !llvm.ptr -> f32
        %v1209 = arith.addf %v1204, %v1208 fastmath<contract> : f32
        %v1211 = arith.addi %v1147, %v1210 : i64
        %v1212 = llvm.getelementptr %v4[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1213 = llvm.load %v1212 : !llvm.ptr -> f32
        %v1214 = arith.addf %v1209, %v1213 fastmath<contract> : f32
        %v1216 = arith.addi %v1147, %v1215 : i64
        %v1217 = llvm.getelementptr %v4[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
        %v1219 = arith.addf %v1214, %v1218 fastmath<contract> : f32
        %v1221 = arith.addi %v1147, %v1220 : i64
        %v1222 = llvm.getelementptr %v4[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1223 = llvm.load %v1222 : !llvm.ptr -> f32
        %v1224 = arith.addf %v1219, %v1223 fastmath<contract> : f32
        llvm.store %v1224, %v1150 : f32, !llvm.ptr
      }
      %v1226 = arith.addi %v8, %v1225 : i64
      %v1227 = arith.cmpi slt, %v1226, %v1145 : i64
      %v1228 = arith.divsi %v1226, %v20 : i64
      %v1229 = arith.remsi %v1226, %v20 : i64
      llvm.store %v60, %v1230 : f32, !llvm.ptr
      llvm.store %v60, %v1231 : f32, !llvm.ptr
      scf.if %v1227 {
        %v1232 = arith.muli %v1228, %v986 : i64
        %v1233 = arith.addi %v1232, %v1229 : i64
        %v1234 = llvm.getelementptr %v2[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
        %v1236 = arith.addi %v1233, %v987 : i64
        %v1237 = llvm.getelementptr %v2[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
        %v1239 = arith.addf %v1235, %v1238 fastmath<contract> : f32
        %v1240 = arith.addi %v1233, %v1159 : i64
        %v1241 = llvm.getelementptr %v2[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
        %v1243 = arith.addf %v1239, %v1242 fastmath<contract> : f32
        %v1244 = arith.addi %v1233, %v1164 : i64
        %v1245 = llvm.getelementptr %v2[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
        %v1247 = arith.addf %v1243, %v1246 fastmath<contract> : f32
        %v1248 = arith.addi %v1233, %v1169 : i64
        %v1249 = llvm.getelementptr %v2[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
        %v1251 = arith.addf %v1247, %v1250 fastmath<contract> : f32
        %v1252 = arith.addi %v1233, %v1174 : i64
        %v1253 = llvm.getelementptr %v2[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
        %v1255 = arith.addf %v1251, %v1254 fastmath<contract> : f32
        %v1256 = arith.addi %v1233, %v1179 : i64
        %v1257 = llvm.getelementptr %v2[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
        %v1259 = arith.addf %v1255, %v1258 fastmath<contract> : f32
        %v1260 = arith.addi %v1233, %v1184 : i64
        %v1261 = llvm.getelementptr %v2[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
        %v1263 = arith.addf %v1259, %v1262 fastmath<contract> : f32
        llvm.store %v1263, %v1230 : f32, !llvm.ptr
        %v1264 = llvm.getelementptr %v4[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
        %v1266 = arith.addi %v1228, %v9 : i64
        %v1267 = llvm.getelementptr %v4[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1268 = llvm.load %v1267 : !llvm.ptr -> f32
        %v1269 = arith.addf %v1265, %v1268 fastmath<contract> : f32
        %v1270 = arith.addi %v1228, %v1195 : i64
        %v1271 = llvm.getelementptr %v4[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1272 = llvm.load %v1271 : !llvm.ptr -> f32
        %v1273 = arith.addf %v1269, %v1272 fastmath<contract> : f32
        %v1274 = arith.addi %v1228, %v1200 : i64
        %v1275 = llvm.getelementptr %v4[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
        %v1277 = arith.addf %v1273, %v1276 fastmath<contract> : f32
        %v1278 = arith.addi %v1228, %v1205 : i64
        %v1279 = llvm.getelementptr %v4[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
        %v1281 = arith.addf %v1277, %v1280 fastmath<contract> : f32
        %v1282 = arith.addi %v1228, %v1210 : i64
        %v1283 = llvm.getelementptr %v4[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
        %v1285 = arith.addf %v1281, %v1284 fastmath<contract> : f32
        %v1286 = arith.addi %v1228, %v1215 : i64
        %v1287 = llvm.getelementptr %v4[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
        %v1289 = arith.addf %v1285, %v1288 fastmath<contract> : f32
        %v1290 = arith.addi %v1228, %v1220 : i64
        %v1291 = llvm.getelementptr %v4[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
        %v1293 = arith.addf %v1289, %v1292 fastmath<contract> : f32
        llvm.store %v1293, %v1231 : f32, !llvm.ptr
      }
      %v1294 = arith.constant true
      llvm.store %v1294, %v1295 : i1, !llvm.ptr
      %v1296 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v1296 {
        %v1298 = arith.muli %v18, %splits : i64
        %v1299 = arith.addi %v1298, %v19 : i64
        %v1300 = arith.muli %v1299, %v1297 : i64
        scf.if %v1146 {
          %v1301 = arith.addi %v1300, %v8 : i64
          %v1302 = llvm.load %v1149 : !llvm.ptr -> f32
          %v1303 = llvm.getelementptr %ws[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1302, %v1303 : f32, !llvm.ptr
          %v1304 = arith.cmpi eq, %v1148, %v16 : i64
          scf.if %v1304 {
            %v1305 = arith.addi %v1300, %v1145 : i64
            %v1306 = arith.addi %v1305, %v1147 : i64
            %v1307 = llvm.load %v1150 : !llvm.ptr -> f32
            %v1308 = llvm.getelementptr %ws[%v1306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1307, %v1308 : f32, !llvm.ptr
          }
        }
        scf.if %v1227 {
          %v1309 = arith.addi %v1300, %v1226 : i64
          %v1310 = llvm.load %v1230 : !llvm.ptr -> f32
          %v1311 = llvm.getelementptr %ws[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1310, %v1311 : f32, !llvm.ptr
          %v1312 = arith.cmpi eq, %v1229, %v16 : i64
          scf.if %v1312 {
            %v1313 = arith.addi %v1300, %v1145 : i64
            %v1314 = arith.addi %v1313, %v1228 : i64
            %v1315 = llvm.load %v1231 : !llvm.ptr -> f32
            %v1316 = llvm.getelementptr %ws[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1315, %v1316 : f32, !llvm.ptr
          }
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v1317 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v1317 {
          %v1318 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v1319 = arith.constant 1 : i32
          %v1320 = llvm.atomicrmw add %v1318, %v1319 acq_rel : !llvm.ptr, i32
          %v1321 = arith.trunci %splits : i64 to i32
          %v1322 = arith.subi %v1321, %v1319 : i32
          %v1323 = arith.cmpi eq, %v1320, %v1322 : i32
          %v1324 = arith.uitofp %v1323 : i1 to f32
          %v1325 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1324, %v1325 : f32, !llvm.ptr
          scf.if %v1323 {
            %v1326 = arith.constant 0 : i32
            llvm.store %v1326, %v1318 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v1327 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
        %v1329 = arith.cmpf one, %v1328, %v60 : f32
        llvm.store %v1329, %v1295 : i1, !llvm.ptr
        scf.if %v1329 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v1330 = arith.muli %v18, %splits : i64
          %v1331 = arith.muli %v1330, %v1297 : i64
          scf.if %v1146 {
            llvm.store %v60, %v1332 : f32, !llvm.ptr
            scf.for %v1333 = %v16 to %splits step %v15 : i64 {
              %v1334 = arith.muli %v1333, %v1297 : i64
              %v1335 = arith.addi %v1334, %v1331 : i64
              %v1336 = arith.addi %v1335, %v8 : i64
              %v1337 = llvm.getelementptr %ws[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1338 = llvm.ptrtoint %v1337 : !llvm.ptr to i64
              %v1339 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1338 : (i64) -> f32
              %v1340 = llvm.load %v1332 : !llvm.ptr -> f32
              %v1341 = arith.addf %v1340, %v1339 fastmath<contract> : f32
              llvm.store %v1341, %v1332 : f32, !llvm.ptr
            }
            %v1342 = llvm.load %v1332 : !llvm.ptr -> f32
            llvm.store %v1342, %v1149 : f32, !llvm.ptr
            %v1343 = arith.addi %v1145, %v1147 : i64
            llvm.store %v60, %v1344 : f32, !llvm.ptr
            scf.for %v1345 = %v16 to %splits step %v15 : i64 {
              %v1346 = arith.muli %v1345, %v1297 : i64
              %v1347 = arith.addi %v1346, %v1331 : i64
              %v1348 = arith.addi %v1347, %v1343 : i64
              %v1349 = llvm.getelementptr %ws[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1350 = llvm.ptrtoint %v1349 : !llvm.ptr to i64
              %v1351 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1350 : (i64) -> f32
              %v1352 = llvm.load %v1344 : !llvm.ptr -> f32
              %v1353 = arith.addf %v1352, %v1351 fastmath<contract> : f32
              llvm.store %v1353, %v1344 : f32, !llvm.ptr
            }
            %v1354 = llvm.load %v1344 : !llvm.ptr -> f32
            llvm.store %v1354, %v1150 : f32, !llvm.ptr
          }
          scf.if %v1227 {
            llvm.store %v60, %v1355 : f32, !llvm.ptr
            scf.for %v1356 = %v16 to %splits step %v15 : i64 {
              %v1357 = arith.muli %v1356, %v1297 : i64
              %v1358 = arith.addi %v1357, %v1331 : i64
              %v1359 = arith.addi %v1358, %v1226 : i64
              %v1360 = llvm.getelementptr %ws[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1361 = llvm.ptrtoint %v1360 : !llvm.ptr to i64
              %v1362 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1361 : (i64) -> f32
              %v1363 = llvm.load %v1355 : !llvm.ptr -> f32
              %v1364 = arith.addf %v1363, %v1362 fastmath<contract> : f32
              llvm.store %v1364, %v1355 : f32, !llvm.ptr
            }
            %v1365 = llvm.load %v1355 : !llvm.ptr -> f32
            llvm.store %v1365, %v1230 : f32, !llvm.ptr
            %v1366 = arith.addi %v1145, %v1228 : i64
            llvm.store %v60, %v1367 : f32, !llvm.ptr
            scf.for %v1368 = %v16 to %splits step %v15 : i64 {
              %v1369 = arith.muli %v1368, %v1297 : i64
              %v1370 = arith.addi %v1369, %v1331 : i64
              %v1371 = arith.addi %v1370, %v1366 : i64
              %v1372 = llvm.getelementptr %ws[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1373 = llvm.ptrtoint %v1372 : !llvm.ptr to i64
              %v1374 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1373 : (i64) -> f32
              %v1375 = llvm.load %v1367 : !llvm.ptr -> f32
              %v1376 = arith.addf %v1375, %v1374 fastmath<contract> : f32
              llvm.store %v1376, %v1367 : f32, !llvm.ptr
            }
            %v1377 = llvm.load %v1367 : !llvm.ptr -> f32
            llvm.store %v1377, %v1231 : f32, !llvm.ptr
          }
        }
      }
      %v1378 = llvm.load %v1295 : !llvm.ptr -> i1
      %v1379 = arith.andi %v1146, %v1378 : i1
      scf.if %v1379 {
        %v1380 = llvm.load %v1149 : !llvm.ptr -> f32
        %v1381 = llvm.load %v1150 : !llvm.ptr -> f32
        %v1382 = arith.sitofp %k : i64 to f32
        %v1383 = arith.divf %v1381, %v1382 : f32
        %v1384 = arith.addf %v1383, %eps fastmath<contract> : f32
        %v1385 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1384) : (f32) -> f32
        %v1387 = arith.divf %v1386, %v1385 : f32
        %v1388 = arith.mulf %v1380, %v1387 fastmath<contract> : f32
        %v1389 = arith.addi %v27, %v1148 : i64
        %v1390 = arith.addi %v26, %v1147 : i64
        %v1391 = arith.cmpi slt, %v1389, %n : i64
        %v1392 = arith.cmpi slt, %v1390, %m : i64
        %v1393 = arith.andi %v1391, %v1392 : i1
        scf.if %v1393 {
          llvm.store %v1388, %v1394 : f32, !llvm.ptr
          %v1395 = llvm.mlir.zero : !llvm.ptr
          %v1396 = llvm.icmp "ne" %bias, %v1395 : !llvm.ptr
          scf.if %v1396 {
            %v1397 = llvm.getelementptr %bias[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
            %v1399 = llvm.load %v1394 : !llvm.ptr -> f32
            %v1400 = arith.addf %v1399, %v1398 fastmath<contract> : f32
            llvm.store %v1400, %v1394 : f32, !llvm.ptr
          }
          %v1401 = llvm.mlir.zero : !llvm.ptr
          %v1402 = llvm.icmp "ne" %add, %v1401 : !llvm.ptr
          scf.if %v1402 {
            %v1403 = arith.muli %v1390, %add_stride : i64
            %v1404 = arith.addi %v1403, %v1389 : i64
            %v1405 = llvm.getelementptr %add[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
            %v1407 = llvm.load %v1394 : !llvm.ptr -> f32
            %v1408 = arith.addf %v1407, %v1406 fastmath<contract> : f32
            llvm.store %v1408, %v1394 : f32, !llvm.ptr
          }
          %v1409 = llvm.load %v1394 : !llvm.ptr -> f32
          %v1410 = arith.cmpi slt, %v1389, %split1 : i64
          %v1411 = arith.cmpi slt, %v1389, %split2 : i64
          %v1412 = arith.muli %m, %split1 : i64
          %v1413 = arith.muli %m, %split2 : i64
          %v1414 = arith.select %v1411, %v1412, %v1413 : i64
          %v1415 = arith.select %v1410, %v16, %v1414 : i64
          %v1416 = arith.subi %split2, %split1 : i64
          %v1417 = arith.subi %n, %split2 : i64
          %v1418 = arith.select %v1411, %v1416, %v1417 : i64
          %v1419 = arith.select %v1410, %split1, %v1418 : i64
          %v1420 = arith.select %v1411, %split1, %split2 : i64
          %v1421 = arith.select %v1410, %v16, %v1420 : i64
          %v1422 = arith.muli %v1390, %v1419 : i64
          %v1423 = arith.subi %v1389, %v1421 : i64
          %v1424 = arith.addi %v1415, %v1422 : i64
          %v1425 = arith.addi %v1424, %v1423 : i64
          %v1426 = llvm.getelementptr %out[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1409, %v1426 : f32, !llvm.ptr
          %v1427 = llvm.mlir.zero : !llvm.ptr
          %v1428 = llvm.icmp "ne" %conv_w, %v1427 : !llvm.ptr
          %v1429 = arith.andi %v1428, %v1410 : i1
          scf.if %v1429 {
            %v1430 = arith.subi %conv_k, %v15 : i64
            llvm.store %v60, %v1431 : f32, !llvm.ptr
            %v1432 = llvm.mlir.zero : !llvm.ptr
            %v1433 = llvm.icmp "ne" %conv_b, %v1432 : !llvm.ptr
            scf.if %v1433 {
              %v1434 = llvm.getelementptr %conv_b[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
              llvm.store %v1435, %v1431 : f32, !llvm.ptr
            }
            %v1436 = arith.muli %v1389, %conv_k : i64
            %v1437 = arith.muli %v1390, %v1430 : i64
            scf.for %v1438 = %v16 to %v1430 step %v15 : i64 {
              %v1439 = arith.addi %v1437, %v1438 : i64
              %v1440 = arith.muli %v1439, %split1 : i64
              %v1441 = arith.addi %v1440, %v1389 : i64
              %v1442 = llvm.getelementptr %conv_win[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
              %v1444 = arith.addi %v1436, %v1438 : i64
              %v1445 = llvm.getelementptr %conv_w[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
              %v1447 = arith.mulf %v1446, %v1443 fastmath<contract> : f32
              %v1448 = llvm.load %v1431 : !llvm.ptr -> f32
              %v1449 = arith.addf %v1448, %v1447 fastmath<contract> : f32
              llvm.store %v1449, %v1431 : f32, !llvm.ptr
            }
            %v1450 = arith.addi %v1436, %v1430 : i64
            %v1451 = llvm.getelementptr %conv_w[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
            %v1453 = arith.mulf %v1452, %v1409 fastmath<contract> : f32
            %v1454 = llvm.load %v1431 : !llvm.ptr -> f32
            %v1455 = arith.addf %v1454, %v1453 fastmath<contract> : f32
            %v1456 = arith.negf %v1455 : f32
            %v1458 = arith.mulf %v1456, %v1457 fastmath<contract> : f32
            %v1459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1458) : (f32) -> f32
            %v1460 = arith.addf %v1386, %v1459 fastmath<contract> : f32
            %v1461 = arith.divf %v1386, %v1460 : f32
            %v1462 = arith.mulf %v1455, %v1461 fastmath<contract> : f32
            %v1463 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1464 = arith.select %v1463, %v1462, %v1455 : f32
            %v1465 = arith.muli %v1390, %split1 : i64
            %v1466 = arith.addi %v1465, %v1389 : i64
            %v1467 = llvm.getelementptr %conv_out[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1464, %v1467 : f32, !llvm.ptr
            %v1468 = arith.subi %v1430, %v15 : i64
            scf.for %v1469 = %v16 to %v1468 step %v15 : i64 {
              %v1470 = arith.addi %v1437, %v1469 : i64
              %v1471 = arith.muli %v1470, %split1 : i64
              %v1472 = arith.addi %v1471, %v1389 : i64
              %v1473 = arith.addi %v1472, %split1 : i64
              %v1474 = llvm.getelementptr %conv_win[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
              %v1476 = llvm.getelementptr %conv_win[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1475, %v1476 : f32, !llvm.ptr
            }
            %v1477 = arith.cmpi slt, %v16, %v1430 : i64
            scf.if %v1477 {
              %v1478 = arith.addi %v1437, %v1468 : i64
              %v1479 = arith.muli %v1478, %split1 : i64
              %v1480 = arith.addi %v1479, %v1389 : i64
              %v1481 = llvm.getelementptr %conv_win[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1409, %v1481 : f32, !llvm.ptr
            }
          }
        }
      }
      %v1482 = arith.andi %v1227, %v1378 : i1
      scf.if %v1482 {
        %v1483 = llvm.load %v1230 : !llvm.ptr -> f32
        %v1484 = llvm.load %v1231 : !llvm.ptr -> f32
        %v1485 = arith.sitofp %k : i64 to f32
        %v1486 = arith.divf %v1484, %v1485 : f32
        %v1487 = arith.addf %v1486, %eps fastmath<contract> : f32
        %v1488 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1487) : (f32) -> f32
        %v1489 = arith.divf %v1386, %v1488 : f32
        %v1490 = arith.mulf %v1483, %v1489 fastmath<contract> : f32
        %v1491 = arith.addi %v27, %v1229 : i64
        %v1492 = arith.addi %v26, %v1228 : i64
        %v1493 = arith.cmpi slt, %v1491, %n : i64
        %v1494 = arith.cmpi slt, %v1492, %m : i64
        %v1495 = arith.andi %v1493, %v1494 : i1
        scf.if %v1495 {
          llvm.store %v1490, %v1496 : f32, !llvm.ptr
          %v1497 = llvm.mlir.zero : !llvm.ptr
          %v1498 = llvm.icmp "ne" %bias, %v1497 : !llvm.ptr
          scf.if %v1498 {
            %v1499 = llvm.getelementptr %bias[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
            %v1501 = llvm.load %v1496 : !llvm.ptr -> f32
            %v1502 = arith.addf %v1501, %v1500 fastmath<contract> : f32
            llvm.store %v1502, %v1496 : f32, !llvm.ptr
          }
          %v1503 = llvm.mlir.zero : !llvm.ptr
          %v1504 = llvm.icmp "ne" %add, %v1503 : !llvm.ptr
          scf.if %v1504 {
            %v1505 = arith.muli %v1492, %add_stride : i64
            %v1506 = arith.addi %v1505, %v1491 : i64
            %v1507 = llvm.getelementptr %add[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
            %v1509 = llvm.load %v1496 : !llvm.ptr -> f32
            %v1510 = arith.addf %v1509, %v1508 fastmath<contract> : f32
            llvm.store %v1510, %v1496 : f32, !llvm.ptr
          }
          %v1511 = llvm.load %v1496 : !llvm.ptr -> f32
          %v1512 = arith.cmpi slt, %v1491, %split1 : i64
          %v1513 = arith.cmpi slt, %v1491, %split2 : i64
          %v1514 = arith.muli %m, %split1 : i64
          %v1515 = arith.muli %m, %split2 : i64
          %v1516 = arith.select %v1513, %v1514, %v1515 : i64
          %v1517 = arith.select %v1512, %v16, %v1516 : i64
          %v1518 = arith.subi %split2, %split1 : i64
          %v1519 = arith.subi %n, %split2 : i64
          %v1520 = arith.select %v1513, %v1518, %v1519 : i64
          %v1521 = arith.select %v1512, %split1, %v1520 : i64
          %v1522 = arith.select %v1513, %split1, %split2 : i64
          %v1523 = arith.select %v1512, %v16, %v1522 : i64
          %v1524 = arith.muli %v1492, %v1521 : i64
          %v1525 = arith.subi %v1491, %v1523 : i64
          %v1526 = arith.addi %v1517, %v1524 : i64
          %v1527 = arith.addi %v1526, %v1525 : i64
          %v1528 = llvm.getelementptr %out[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1511, %v1528 : f32, !llvm.ptr
          %v1529 = llvm.mlir.zero : !llvm.ptr
          %v1530 = llvm.icmp "ne" %conv_w, %v1529 : !llvm.ptr
          %v1531 = arith.andi %v1530, %v1512 : i1
          scf.if %v1531 {
            %v1532 = arith.subi %conv_k, %v15 : i64
            llvm.store %v60, %v1533 : f32, !llvm.ptr
            %v1534 = llvm.mlir.zero : !llvm.ptr
            %v1535 = llvm.icmp "ne" %conv_b, %v1534 : !llvm.ptr
            scf.if %v1535 {
              %v1536 = llvm.getelementptr %conv_b[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1537 = llvm.load %v1536 : !llvm.ptr -> f32
              llvm.store %v1537, %v1533 : f32, !llvm.ptr
            }
            %v1538 = arith.muli %v1491, %conv_k : i64
            %v1539 = arith.muli %v1492, %v1532 : i64
            scf.for %v1540 = %v16 to %v1532 step %v15 : i64 {
              %v1541 = arith.addi %v1539, %v1540 : i64
              %v1542 = arith.muli %v1541, %split1 : i64
              %v1543 = arith.addi %v1542, %v1491 : i64
              %v1544 = llvm.getelementptr %conv_win[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
              %v1546 = arith.addi %v1538, %v1540 : i64
              %v1547 = llvm.getelementptr %conv_w[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
              %v1549 = arith.mulf %v1548, %v1545 fastmath<contract> : f32
              %v1550 = llvm.load %v1533 : !llvm.ptr -> f32
              %v1551 = arith.addf %v1550, %v1549 fastmath<contract> : f32
              llvm.store %v1551, %v1533 : f32, !llvm.ptr
            }
            %v1552 = arith.addi %v1538, %v1532 : i64
            %v1553 = llvm.getelementptr %conv_w[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
            %v1555 = arith.mulf %v1554, %v1511 fastmath<contract> : f32
            %v1556 = llvm.load %v1533 : !llvm.ptr -> f32
            %v1557 = arith.addf %v1556, %v1555 fastmath<contract> : f32
            %v1558 = arith.negf %v1557 : f32
            %v1559 = arith.mulf %v1558, %v1457 fastmath<contract> : f32
            %v1560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1559) : (f32) -> f32
            %v1561 = arith.addf %v1386, %v1560 fastmath<contract> : f32
            %v1562 = arith.divf %v1386, %v1561 : f32
            %v1563 = arith.mulf %v1557, %v1562 fastmath<contract> : f32
            %v1564 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1565 = arith.select %v1564, %v1563, %v1557 : f32
            %v1566 = arith.muli %v1492, %split1 : i64
            %v1567 = arith.addi %v1566, %v1491 : i64
            %v1568 = llvm.getelementptr %conv_out[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1565, %v1568 : f32, !llvm.ptr
            %v1569 = arith.subi %v1532, %v15 : i64
            scf.for %v1570 = %v16 to %v1569 step %v15 : i64 {
              %v1571 = arith.addi %v1539, %v1570 : i64
              %v1572 = arith.muli %v1571, %split1 : i64
              %v1573 = arith.addi %v1572, %v1491 : i64
              %v1574 = arith.addi %v1573, %split1 : i64
              %v1575 = llvm.getelementptr %conv_win[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
              %v1577 = llvm.getelementptr %conv_win[%v1573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1576, %v1577 : f32, !llvm.ptr
            }
            %v1578 = arith.cmpi slt, %v16, %v1532 : i64
            scf.if %v1578 {
              %v1579 = arith.addi %v1539, %v1569 : i64
              %v1580 = arith.muli %v1579, %split1 : i64
              %v1581 = arith.addi %v1580, %v1491 : i64
              %v1582 = llvm.getelementptr %conv_win[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1511, %v1582 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_f32w_1x1u2p(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v24 = arith.constant 0x00000000 : f32
      %v31 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v39 = arith.constant 128 : i64
      %v47 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v120 = arith.constant 31 : i64
      %v127 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v164 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v189 = arith.constant 0x3F800000 : f32
      %v191 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v14 = arith.divsi %m, %v11 : i64
      %v15 = arith.remsi %v9, %v14 : i64
      %v16 = arith.divsi %v9, %v14 : i64
      %v17 = arith.cmpi slt, %v16, %n : i64
      scf.if %v17 {
        %v18 = arith.subi %m, %v11 : i64
        %v19 = arith.subi %n, %v11 : i64
        %v20 = arith.subi %k, %v13 : i64
        %v21 = arith.muli %v10, %v13 : i64
        %v22 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v23 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v25 = arith.minsi %v15, %v18 : i64
        %v26 = arith.muli %v25, %x_stride : i64
        %v27 = llvm.getelementptr %x[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v28 = arith.minsi %v16, %v19 : i64
        %v29 = arith.muli %v28, %k : i64
        %v30 = llvm.getelementptr %w[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v22, %v31 : vector<4xf32>, !llvm.ptr
        llvm.store %v22, %v32 : vector<4xf32>, !llvm.ptr
        %v33 = arith.minsi %v21, %v20 : i64
        %v34 = arith.cmpi slt, %v21, %k : i64
        %v35 = llvm.getelementptr %v30[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v36 = llvm.load %v35 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v37 = llvm.getelementptr %v27[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = llvm.load %v37 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v40 = arith.addi %v21, %v39 : i64
        %v41 = arith.minsi %v40, %v20 : i64
        %v42 = arith.cmpi slt, %v40, %k : i64
        %v43 = llvm.getelementptr %v30[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v44 = llvm.load %v43 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v45 = llvm.getelementptr %v27[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v46 = llvm.load %v45 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v36, %v47 : vector<4xf32>, !llvm.ptr
        llvm.store %v38, %v48 : vector<4xf32>, !llvm.ptr
        llvm.store %v44, %v49 : vector<4xf32>, !llvm.ptr
        llvm.store %v46, %v50 : vector<4xf32>, !llvm.ptr
        scf.for %v51 = %v21 to %k step %v5 : i64 {
          %v52 = arith.addi %v51, %v5 : i64
          %v53 = arith.minsi %v52, %v20 : i64
          %v54 = arith.cmpi slt, %v52, %k : i64
          %v55 = llvm.getelementptr %v30[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v56 = llvm.load %v55 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v57 = llvm.getelementptr %v27[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v58 = llvm.load %v57 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v59 = arith.addi %v52, %v39 : i64
          %v60 = arith.minsi %v59, %v20 : i64
          %v61 = arith.cmpi slt, %v59, %k : i64
          %v62 = llvm.getelementptr %v30[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v63 = llvm.load %v62 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v64 = llvm.getelementptr %v27[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v65 = llvm.load %v64 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v66 = arith.cmpi slt, %v51, %k : i64
          %v67 = llvm.load %v47 : !llvm.ptr -> vector<4xf32>
          %v68 = llvm.load %v48 : !llvm.ptr -> vector<4xf32>
          %v69 = arith.addi %v51, %v39 : i64
          %v70 = arith.cmpi slt, %v69, %k : i64
          %v71 = llvm.load %v49 : !llvm.ptr -> vector<4xf32>
          %v72 = llvm.load %v50 : !llvm.ptr -> vector<4xf32>
          %v73 = llvm.select %v66, %v67, %v22 : i1, vector<4xf32>
          %v74 = llvm.fmul %v73, %v68 : vector<4xf32>
          %v75 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.fadd %v75, %v74 : vector<4xf32>
          llvm.store %v76, %v31 : vector<4xf32>, !llvm.ptr
          %v77 = llvm.select %v70, %v71, %v22 : i1, vector<4xf32>
          %v78 = llvm.fmul %v77, %v72 : vector<4xf32>
          %v79 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
          %v80 = llvm.fadd %v79, %v78 : vector<4xf32>
          llvm.store %v80, %v32 : vector<4xf32>, !llvm.ptr
          llvm.store %v56, %v47 : vector<4xf32>, !llvm.ptr
          llvm.store %v58, %v48 : vector<4xf32>, !llvm.ptr
          llvm.store %v63, %v49 : vector<4xf32>, !llvm.ptr
          llvm.store %v65, %v50 : vector<4xf32>, !llvm.ptr
        }
        %v81 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
        %v82 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
        %v83 = llvm.fadd %v81, %v82 : vector<4xf32>
        %v84 = llvm.mlir.constant(0 : i32) : i32
        %v85 = llvm.extractelement %v83[%v84 : i32] : vector<4xf32>
        %v86 = llvm.mlir.constant(1 : i32) : i32
        %v87 = llvm.extractelement %v83[%v86 : i32] : vector<4xf32>
        %v88 = llvm.mlir.constant(2 : i32) : i32
        %v89 = llvm.extractelement %v83[%v88 : i32] : vector<4xf32>
        %v90 = llvm.mlir.constant(3 : i32) : i32
        %v91 = llvm.extractelement %v83[%v90 : i32] : vector<4xf32>
        %v92 = arith.addf %v85, %v87 fastmath<contract> : f32
        %v93 = arith.addf %v92, %v89 fastmath<contract> : f32
        %v94 = arith.addf %v93, %v91 fastmath<contract> : f32
        %v95 = arith.constant 32 : i32
        %v96 = arith.constant 16 : i32
        %v97, %v98 = gpu.shuffle xor %v94, %v96, %v95 : f32
        %v99 = arith.addf %v94, %v97 fastmath<contract> : f32
        %v100 = arith.constant 8 : i32
        %v101, %v102 = gpu.shuffle xor %v99, %v100, %v95 : f32
        %v103 = arith.addf %v99, %v101 fastmath<contract> : f32
        %v104 = arith.constant 4 : i32
        %v105, %v106 = gpu.shuffle xor %v103, %v104, %v95 : f32
        %v107 = arith.addf %v103, %v105 fastmath<contract> : f32
        %v108 = arith.constant 2 : i32
        %v109, %v110 = gpu.shuffle xor %v107, %v108, %v95 : f32
        %v111 = arith.addf %v107, %v109 fastmath<contract> : f32
        %v112 = arith.constant 1 : i32
        %v113, %v114 = gpu.shuffle xor %v111, %v112, %v95 : f32
        %v115 = arith.addf %v111, %v113 fastmath<contract> : f32
        %v116 = arith.divsi %v12, %v11 : i64
        %v117 = arith.remsi %v12, %v11 : i64
        %v118 = arith.addi %v16, %v117 : i64
        %v119 = arith.addi %v15, %v116 : i64
        %v121 = arith.andi %v10, %v120 : i64
        %v122 = arith.cmpi eq, %v121, %v12 : i64
        %v123 = arith.cmpi slt, %v118, %n : i64
        %v124 = arith.cmpi slt, %v119, %m : i64
        %v125 = arith.andi %v123, %v124 : i1
        %v126 = arith.andi %v125, %v122 : i1
        scf.if %v126 {
          llvm.store %v115, %v127 : f32, !llvm.ptr
          %v128 = llvm.mlir.zero : !llvm.ptr
          %v129 = llvm.icmp "ne" %bias, %v128 : !llvm.ptr
          scf.if %v129 {
            %v130 = llvm.getelementptr %bias[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v131 = llvm.load %v130 : !llvm.ptr -> f32
            %v132 = llvm.load %v127 : !llvm.ptr -> f32
            %v133 = arith.addf %v132, %v131 fastmath<contract> : f32
            llvm.store %v133, %v127 : f32, !llvm.ptr
          }
          %v134 = llvm.mlir.zero : !llvm.ptr
          %v135 = llvm.icmp "ne" %add, %v134 : !llvm.ptr
          scf.if %v135 {
            %v136 = arith.muli %v119, %add_stride : i64
            %v137 = arith.addi %v136, %v118 : i64
            %v138 = llvm.getelementptr %add[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v139 = llvm.load %v138 : !llvm.ptr -> f32
            %v140 = llvm.load %v127 : !llvm.ptr -> f32
            %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
            llvm.store %v141, %v127 : f32, !llvm.ptr
          }
          %v142 = llvm.load %v127 : !llvm.ptr -> f32
          %v143 = arith.cmpi slt, %v118, %split1 : i64
          %v144 = arith.cmpi slt, %v118, %split2 : i64
          %v145 = arith.muli %m, %split1 : i64
          %v146 = arith.muli %m, %split2 : i64
          %v147 = arith.select %v144, %v145, %v146 : i64
          %v148 = arith.select %v143, %v12, %v147 : i64
          %v149 = arith.subi %split2, %split1 : i64
          %v150 = arith.subi %n, %split2 : i64
          %v151 = arith.select %v144, %v149, %v150 : i64
          %v152 = arith.select %v143, %split1, %v151 : i64
          %v153 = arith.select %v144, %split1, %split2 : i64
          %v154 = arith.select %v143, %v12, %v153 : i64
          %v155 = arith.muli %v119, %v152 : i64
          %v156 = arith.subi %v118, %v154 : i64
          %v157 = arith.addi %v148, %v155 : i64
          %v158 = arith.addi %v157, %v156 : i64
          %v159 = llvm.getelementptr %out[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v142, %v159 : f32, !llvm.ptr
          %v160 = llvm.mlir.zero : !llvm.ptr
          %v161 = llvm.icmp "ne" %conv_w, %v160 : !llvm.ptr
          %v162 = arith.andi %v161, %v143 : i1
          scf.if %v162 {
            %v163 = arith.subi %conv_k, %v11 : i64
            llvm.store %v24, %v164 : f32, !llvm.ptr
            %v165 = llvm.mlir.zero : !llvm.ptr
            %v166 = llvm.icmp "ne" %conv_b, %v165 : !llvm.ptr
            scf.if %v166 {
              %v167 = llvm.getelementptr %conv_b[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v168 = llvm.load %v167 : !llvm.ptr -> f32
              llvm.store %v168, %v164 : f32, !llvm.ptr
            }
            %v169 = arith.muli %v118, %conv_k : i64
            %v170 = arith.muli %v119, %v163 : i64
            scf.for %v171 = %v12 to %v163 step %v11 : i64 {
              %v172 = arith.addi %v170, %v171 : i64
              %v173 = arith.muli %v172, %split1 : i64
              %v174 = arith.addi %v173, %v118 : i64
              %v175 = llvm.getelementptr %conv_win[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v176 = llvm.load %v175 : !llvm.ptr -> f32
              %v177 = arith.addi %v169, %v171 : i64
              %v178 = llvm.getelementptr %conv_w[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v179 = llvm.load %v178 : !llvm.ptr -> f32
              %v180 = arith.mulf %v179, %v176 fastmath<contract> : f32
              %v181 = llvm.load %v164 : !llvm.ptr -> f32
              %v182 = arith.addf %v181, %v180 fastmath<contract> : f32
              llvm.store %v182, %v164 : f32, !llvm.ptr
            }
            %v183 = arith.addi %v169, %v163 : i64
            %v184 = llvm.getelementptr %conv_w[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v185 = llvm.load %v184 : !llvm.ptr -> f32
            %v186 = arith.mulf %v185, %v142 fastmath<contract> : f32
            %v187 = llvm.load %v164 : !llvm.ptr -> f32
            %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
            %v190 = arith.negf %v188 : f32
            %v192 = arith.mulf %v190, %v191 fastmath<contract> : f32
            %v193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v192) : (f32) -> f32
            %v194 = arith.addf %v189, %v193 fastmath<contract> : f32
            %v195 = arith.divf %v189, %v194 : f32
            %v196 = arith.mulf %v188, %v195 fastmath<contract> : f32
            %v197 = arith.cmpi eq, %conv_act, %v11 : i64
            %v198 = arith.select %v197, %v196, %v188 : f32
            %v199 = arith.muli %v119, %split1 : i64
            %v200 = arith.addi %v199, %v118 : i64
            %v201 = llvm.getelementptr %conv_out[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v198, %v201 : f32, !llvm.ptr
            %v202 = arith.subi %v163, %v11 : i64
            scf.for %v203 = %v12 to %v202 step %v11 : i64 {
              %v204 = arith.addi %v170, %v203 : i64
              %v205 = arith.muli %v204, %split1 : i64
              %v206 = arith.addi %v205, %v118 : i64
              %v207 = arith.addi %v206, %split1 : i64
              %v208 = llvm.getelementptr %conv_win[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v209 = llvm.load %v208 : !llvm.ptr -> f32
              %v210 = llvm.getelementptr %conv_win[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v209, %v210 : f32, !llvm.ptr
            }
            %v211 = arith.cmpi slt, %v12, %v163 : i64
            scf.if %v211 {
              %v212 = arith.addi %v170, %v202 : i64
              %v213 = arith.muli %v212, %split1 : i64
              %v214 = arith.addi %v213, %v118 : i64
              %v215 = llvm.getelementptr %conv_win[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v142, %v215 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_bf16w_1x1u2p(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v24 = arith.constant 0x00000000 : f32
      %v31 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v39 = arith.constant 128 : i64
      %v47 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v126 = arith.constant 31 : i64
      %v133 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v170 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v195 = arith.constant 0x3F800000 : f32
      %v197 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v14 = arith.divsi %m, %v11 : i64
      %v15 = arith.remsi %v9, %v14 : i64
      %v16 = arith.divsi %v9, %v14 : i64
      %v17 = arith.cmpi slt, %v16, %n : i64
      scf.if %v17 {
        %v18 = arith.subi %m, %v11 : i64
        %v19 = arith.subi %n, %v11 : i64
        %v20 = arith.subi %k, %v13 : i64
        %v21 = arith.muli %v10, %v13 : i64
        %v22 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v23 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v25 = arith.minsi %v15, %v18 : i64
        %v26 = arith.muli %v25, %x_stride : i64
        %v27 = llvm.getelementptr %x[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v28 = arith.minsi %v16, %v19 : i64
        %v29 = arith.muli %v28, %k : i64
        %v30 = llvm.getelementptr %w[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v22, %v31 : vector<4xf32>, !llvm.ptr
        llvm.store %v22, %v32 : vector<4xf32>, !llvm.ptr
        %v33 = arith.minsi %v21, %v20 : i64
        %v34 = arith.cmpi slt, %v21, %k : i64
        %v35 = llvm.getelementptr %v30[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v36 = llvm.load %v35 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v37 = llvm.getelementptr %v27[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = llvm.load %v37 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v40 = arith.addi %v21, %v39 : i64
        %v41 = arith.minsi %v40, %v20 : i64
        %v42 = arith.cmpi slt, %v40, %k : i64
        %v43 = llvm.getelementptr %v30[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v44 = llvm.load %v43 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v45 = llvm.getelementptr %v27[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v46 = llvm.load %v45 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v36, %v47 : vector<4xi16>, !llvm.ptr
        llvm.store %v38, %v48 : vector<4xf32>, !llvm.ptr
        llvm.store %v44, %v49 : vector<4xi16>, !llvm.ptr
        llvm.store %v46, %v50 : vector<4xf32>, !llvm.ptr
        scf.for %v51 = %v21 to %k step %v5 : i64 {
          %v52 = arith.addi %v51, %v5 : i64
          %v53 = arith.minsi %v52, %v20 : i64
          %v54 = arith.cmpi slt, %v52, %k : i64
          %v55 = llvm.getelementptr %v30[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v56 = llvm.load %v55 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v57 = llvm.getelementptr %v27[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v58 = llvm.load %v57 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v59 = arith.addi %v52, %v39 : i64
          %v60 = arith.minsi %v59, %v20 : i64
          %v61 = arith.cmpi slt, %v59, %k : i64
          %v62 = llvm.getelementptr %v30[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v63 = llvm.load %v62 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v64 = llvm.getelementptr %v27[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v65 = llvm.load %v64 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v66 = arith.cmpi slt, %v51, %k : i64
          %v67 = llvm.load %v47 : !llvm.ptr -> vector<4xi16>
          %v68 = llvm.load %v48 : !llvm.ptr -> vector<4xf32>
          %v69 = arith.addi %v51, %v39 : i64
          %v70 = arith.cmpi slt, %v69, %k : i64
          %v71 = llvm.load %v49 : !llvm.ptr -> vector<4xi16>
          %v72 = llvm.load %v50 : !llvm.ptr -> vector<4xf32>
          %v73 = llvm.zext %v67 : vector<4xi16> to vector<4xi32>
          %v74 = llvm.shl %v73, %v23 : vector<4xi32>
          %v75 = llvm.bitcast %v74 : vector<4xi32> to vector<4xf32>
          %v76 = llvm.select %v66, %v75, %v22 : i1, vector<4xf32>
          %v77 = llvm.fmul %v76, %v68 : vector<4xf32>
          %v78 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
          %v79 = llvm.fadd %v78, %v77 : vector<4xf32>
          llvm.store %v79, %v31 : vector<4xf32>, !llvm.ptr
          %v80 = llvm.zext %v71 : vector<4xi16> to vector<4xi32>
          %v81 = llvm.shl %v80, %v23 : vector<4xi32>
          %v82 = llvm.bitcast %v81 : vector<4xi32> to vector<4xf32>
          %v83 = llvm.select %v70, %v82, %v22 : i1, vector<4xf32>
          %v84 = llvm.fmul %v83, %v72 : vector<4xf32>
          %v85 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
          %v86 = llvm.fadd %v85, %v84 : vector<4xf32>
          llvm.store %v86, %v32 : vector<4xf32>, !llvm.ptr
          llvm.store %v56, %v47 : vector<4xi16>, !llvm.ptr
          llvm.store %v58, %v48 : vector<4xf32>, !llvm.ptr
          llvm.store %v63, %v49 : vector<4xi16>, !llvm.ptr
          llvm.store %v65, %v50 : vector<4xf32>, !llvm.ptr
        }
        %v87 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
        %v88 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
        %v89 = llvm.fadd %v87, %v88 : vector<4xf32>
        %v90 = llvm.mlir.constant(0 : i32) : i32
        %v91 = llvm.extractelement %v89[%v90 : i32] : vector<4xf32>
        %v92 = llvm.mlir.constant(1 : i32) : i32
        %v93 = llvm.extractelement %v89[%v92 : i32] : vector<4xf32>
        %v94 = llvm.mlir.constant(2 : i32) : i32
        %v95 = llvm.extractelement %v89[%v94 : i32] : vector<4xf32>
        %v96 = llvm.mlir.constant(3 : i32) : i32
        %v97 = llvm.extractelement %v89[%v96 : i32] : vector<4xf32>
        %v98 = arith.addf %v91, %v93 fastmath<contract> : f32
        %v99 = arith.addf %v98, %v95 fastmath<contract> : f32
        %v100 = arith.addf %v99, %v97 fastmath<contract> : f32
        %v101 = arith.constant 32 : i32
        %v102 = arith.constant 16 : i32
        %v103, %v104 = gpu.shuffle xor %v100, %v102, %v101 : f32
        %v105 = arith.addf %v100, %v103 fastmath<contract> : f32
        %v106 = arith.constant 8 : i32
        %v107, %v108 = gpu.shuffle xor %v105, %v106, %v101 : f32
        %v109 = arith.addf %v105, %v107 fastmath<contract> : f32
        %v110 = arith.constant 4 : i32
        %v111, %v112 = gpu.shuffle xor %v109, %v110, %v101 : f32
        %v113 = arith.addf %v109, %v111 fastmath<contract> : f32
        %v114 = arith.constant 2 : i32
        %v115, %v116 = gpu.shuffle xor %v113, %v114, %v101 : f32
        %v117 = arith.addf %v113, %v115 fastmath<contract> : f32
        %v118 = arith.constant 1 : i32
        %v119, %v120 = gpu.shuffle xor %v117, %v118, %v101 : f32
        %v121 = arith.addf %v117, %v119 fastmath<contract> : f32
        %v122 = arith.divsi %v12, %v11 : i64
        %v123 = arith.remsi %v12, %v11 : i64
        %v124 = arith.addi %v16, %v123 : i64
        %v125 = arith.addi %v15, %v122 : i64
        %v127 = arith.andi %v10, %v126 : i64
        %v128 = arith.cmpi eq, %v127, %v12 : i64
        %v129 = arith.cmpi slt, %v124, %n : i64
        %v130 = arith.cmpi slt, %v125, %m : i64
        %v131 = arith.andi %v129, %v130 : i1
        %v132 = arith.andi %v131, %v128 : i1
        scf.if %v132 {
          llvm.store %v121, %v133 : f32, !llvm.ptr
          %v134 = llvm.mlir.zero : !llvm.ptr
          %v135 = llvm.icmp "ne" %bias, %v134 : !llvm.ptr
          scf.if %v135 {
            %v136 = llvm.getelementptr %bias[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v137 = llvm.load %v136 : !llvm.ptr -> f32
            %v138 = llvm.load %v133 : !llvm.ptr -> f32
            %v139 = arith.addf %v138, %v137 fastmath<contract> : f32
            llvm.store %v139, %v133 : f32, !llvm.ptr
          }
          %v140 = llvm.mlir.zero : !llvm.ptr
          %v141 = llvm.icmp "ne" %add, %v140 : !llvm.ptr
          scf.if %v141 {
            %v142 = arith.muli %v125, %add_stride : i64
            %v143 = arith.addi %v142, %v124 : i64
            %v144 = llvm.getelementptr %add[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v145 = llvm.load %v144 : !llvm.ptr -> f32
            %v146 = llvm.load %v133 : !llvm.ptr -> f32
            %v147 = arith.addf %v146, %v145 fastmath<contract> : f32
            llvm.store %v147, %v133 : f32, !llvm.ptr
          }
          %v148 = llvm.load %v133 : !llvm.ptr -> f32
          %v149 = arith.cmpi slt, %v124, %split1 : i64
          %v150 = arith.cmpi slt, %v124, %split2 : i64
          %v151 = arith.muli %m, %split1 : i64
          %v152 = arith.muli %m, %split2 : i64
          %v153 = arith.select %v150, %v151, %v152 : i64
          %v154 = arith.select %v149, %v12, %v153 : i64
          %v155 = arith.subi %split2, %split1 : i64
          %v156 = arith.subi %n, %split2 : i64
          %v157 = arith.select %v150, %v155, %v156 : i64
          %v158 = arith.select %v149, %split1, %v157 : i64
          %v159 = arith.select %v150, %split1, %split2 : i64
          %v160 = arith.select %v149, %v12, %v159 : i64
          %v161 = arith.muli %v125, %v158 : i64
          %v162 = arith.subi %v124, %v160 : i64
          %v163 = arith.addi %v154, %v161 : i64
          %v164 = arith.addi %v163, %v162 : i64
          %v165 = llvm.getelementptr %out[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v148, %v165 : f32, !llvm.ptr
          %v166 = llvm.mlir.zero : !llvm.ptr
          %v167 = llvm.icmp "ne" %conv_w, %v166 : !llvm.ptr
          %v168 = arith.andi %v167, %v149 : i1
          scf.if %v168 {
            %v169 = arith.subi %conv_k, %v11 : i64
            llvm.store %v24, %v170 : f32, !llvm.ptr
            %v171 = llvm.mlir.zero : !llvm.ptr
            %v172 = llvm.icmp "ne" %conv_b, %v171 : !llvm.ptr
            scf.if %v172 {
              %v173 = llvm.getelementptr %conv_b[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v174 = llvm.load %v173 : !llvm.ptr -> f32
              llvm.store %v174, %v170 : f32, !llvm.ptr
            }
            %v175 = arith.muli %v124, %conv_k : i64
            %v176 = arith.muli %v125, %v169 : i64
            scf.for %v177 = %v12 to %v169 step %v11 : i64 {
              %v178 = arith.addi %v176, %v177 : i64
              %v179 = arith.muli %v178, %split1 : i64
              %v180 = arith.addi %v179, %v124 : i64
              %v181 = llvm.getelementptr %conv_win[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v182 = llvm.load %v181 : !llvm.ptr -> f32
              %v183 = arith.addi %v175, %v177 : i64
              %v184 = llvm.getelementptr %conv_w[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v185 = llvm.load %v184 : !llvm.ptr -> f32
              %v186 = arith.mulf %v185, %v182 fastmath<contract> : f32
              %v187 = llvm.load %v170 : !llvm.ptr -> f32
              %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
              llvm.store %v188, %v170 : f32, !llvm.ptr
            }
            %v189 = arith.addi %v175, %v169 : i64
            %v190 = llvm.getelementptr %conv_w[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v191 = llvm.load %v190 : !llvm.ptr -> f32
            %v192 = arith.mulf %v191, %v148 fastmath<contract> : f32
            %v193 = llvm.load %v170 : !llvm.ptr -> f32
            %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
            %v196 = arith.negf %v194 : f32
            %v198 = arith.mulf %v196, %v197 fastmath<contract> : f32
            %v199 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v198) : (f32) -> f32
            %v200 = arith.addf %v195, %v199 fastmath<contract> : f32
            %v201 = arith.divf %v195, %v200 : f32
            %v202 = arith.mulf %v194, %v201 fastmath<contract> : f32
            %v203 = arith.cmpi eq, %conv_act, %v11 : i64
            %v204 = arith.select %v203, %v202, %v194 : f32
            %v205 = arith.muli %v125, %split1 : i64
            %v206 = arith.addi %v205, %v124 : i64
            %v207 = llvm.getelementptr %conv_out[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v204, %v207 : f32, !llvm.ptr
            %v208 = arith.subi %v169, %v11 : i64
            scf.for %v209 = %v12 to %v208 step %v11 : i64 {
              %v210 = arith.addi %v176, %v209 : i64
              %v211 = arith.muli %v210, %split1 : i64
              %v212 = arith.addi %v211, %v124 : i64
              %v213 = arith.addi %v212, %split1 : i64
              %v214 = llvm.getelementptr %conv_win[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v215 = llvm.load %v214 : !llvm.ptr -> f32
              %v216 = llvm.getelementptr %conv_win[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v215, %v216 : f32, !llvm.ptr
            }
            %v217 = arith.cmpi slt, %v12, %v169 : i64
            scf.if %v217 {
              %v218 = arith.addi %v176, %v208 : i64
              %v219 = arith.muli %v218, %split1 : i64
              %v220 = arith.addi %v219, %v124 : i64
              %v221 = llvm.getelementptr %conv_win[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v148, %v221 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_f32w_norm_1x1u2p(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v24 = arith.constant 0x00000000 : f32
      %v31 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v43 = arith.constant 128 : i64
      %v53 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v194 = arith.constant 0x3F800000 : f32
      %v197 = arith.constant 31 : i64
      %v204 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v241 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v267 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v14 = arith.divsi %m, %v11 : i64
      %v15 = arith.remsi %v9, %v14 : i64
      %v16 = arith.divsi %v9, %v14 : i64
      %v17 = arith.cmpi slt, %v16, %n : i64
      scf.if %v17 {
        %v18 = arith.subi %m, %v11 : i64
        %v19 = arith.subi %n, %v11 : i64
        %v20 = arith.subi %k, %v13 : i64
        %v21 = arith.muli %v10, %v13 : i64
        %v22 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v23 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v25 = arith.minsi %v15, %v18 : i64
        %v26 = arith.muli %v25, %x_stride : i64
        %v27 = llvm.getelementptr %x[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v28 = arith.minsi %v16, %v19 : i64
        %v29 = arith.muli %v28, %k : i64
        %v30 = llvm.getelementptr %w[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v22, %v31 : vector<4xf32>, !llvm.ptr
        llvm.store %v22, %v32 : vector<4xf32>, !llvm.ptr
        llvm.store %v24, %v33 : f32, !llvm.ptr
        llvm.store %v24, %v34 : f32, !llvm.ptr
        %v35 = arith.minsi %v21, %v20 : i64
        %v36 = arith.cmpi slt, %v21, %k : i64
        %v37 = llvm.getelementptr %v30[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = llvm.load %v37 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v39 = llvm.getelementptr %v27[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v40 = llvm.load %v39 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v41 = llvm.getelementptr %norm_w[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v42 = llvm.load %v41 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v44 = arith.addi %v21, %v43 : i64
        %v45 = arith.minsi %v44, %v20 : i64
        %v46 = arith.cmpi slt, %v44, %k : i64
        %v47 = llvm.getelementptr %v30[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v48 = llvm.load %v47 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v49 = llvm.getelementptr %v27[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = llvm.load %v49 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v51 = llvm.getelementptr %norm_w[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = llvm.load %v51 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v38, %v53 : vector<4xf32>, !llvm.ptr
        llvm.store %v40, %v54 : vector<4xf32>, !llvm.ptr
        llvm.store %v42, %v55 : vector<4xf32>, !llvm.ptr
        llvm.store %v48, %v56 : vector<4xf32>, !llvm.ptr
        llvm.store %v50, %v57 : vector<4xf32>, !llvm.ptr
        llvm.store %v52, %v58 : vector<4xf32>, !llvm.ptr
        scf.for %v59 = %v21 to %k step %v5 : i64 {
          %v60 = arith.addi %v59, %v5 : i64
          %v61 = arith.minsi %v60, %v20 : i64
          %v62 = arith.cmpi slt, %v60, %k : i64
          %v63 = llvm.getelementptr %v30[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v64 = llvm.load %v63 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v65 = llvm.getelementptr %v27[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v67 = llvm.getelementptr %norm_w[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v69 = arith.addi %v60, %v43 : i64
          %v70 = arith.minsi %v69, %v20 : i64
          %v71 = arith.cmpi slt, %v69, %k : i64
          %v72 = llvm.getelementptr %v30[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v73 = llvm.load %v72 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v74 = llvm.getelementptr %v27[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.getelementptr %norm_w[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v78 = arith.cmpi slt, %v59, %k : i64
          %v79 = llvm.load %v53 : !llvm.ptr -> vector<4xf32>
          %v80 = llvm.load %v54 : !llvm.ptr -> vector<4xf32>
          %v81 = llvm.load %v55 : !llvm.ptr -> vector<4xf32>
          %v82 = arith.addi %v59, %v43 : i64
          %v83 = arith.cmpi slt, %v82, %k : i64
          %v84 = llvm.load %v56 : !llvm.ptr -> vector<4xf32>
          %v85 = llvm.load %v57 : !llvm.ptr -> vector<4xf32>
          %v86 = llvm.load %v58 : !llvm.ptr -> vector<4xf32>
          %v87 = llvm.fmul %v80, %v80 : vector<4xf32>
          %v88 = llvm.select %v78, %v87, %v22 : i1, vector<4xf32>
          %v89 = llvm.mlir.constant(0 : i32) : i32
          %v90 = llvm.extractelement %v88[%v89 : i32] : vector<4xf32>
          %v91 = llvm.mlir.constant(1 : i32) : i32
          %v92 = llvm.extractelement %v88[%v91 : i32] : vector<4xf32>
          %v93 = llvm.mlir.constant(2 : i32) : i32
          %v94 = llvm.extractelement %v88[%v93 : i32] : vector<4xf32>
          %v95 = llvm.mlir.constant(3 : i32) : i32
          %v96 = llvm.extractelement %v88[%v95 : i32] : vector<4xf32>
          %v97 = arith.addf %v90, %v92 fastmath<contract> : f32
          %v98 = arith.addf %v97, %v94 fastmath<contract> : f32
          %v99 = arith.addf %v98, %v96 fastmath<contract> : f32
          %v100 = llvm.load %v33 : !llvm.ptr -> f32
          %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
          llvm.store %v101, %v33 : f32, !llvm.ptr
          %v102 = llvm.fmul %v79, %v81 : vector<4xf32>
          %v103 = llvm.select %v78, %v102, %v22 : i1, vector<4xf32>
          %v104 = llvm.fmul %v103, %v80 : vector<4xf32>
          %v105 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
          %v106 = llvm.fadd %v105, %v104 : vector<4xf32>
          llvm.store %v106, %v31 : vector<4xf32>, !llvm.ptr
          %v107 = llvm.fmul %v85, %v85 : vector<4xf32>
          %v108 = llvm.select %v83, %v107, %v22 : i1, vector<4xf32>
          %v109 = llvm.mlir.constant(0 : i32) : i32
          %v110 = llvm.extractelement %v108[%v109 : i32] : vector<4xf32>
          %v111 = llvm.mlir.constant(1 : i32) : i32
          %v112 = llvm.extractelement %v108[%v111 : i32] : vector<4xf32>
          %v113 = llvm.mlir.constant(2 : i32) : i32
          %v114 = llvm.extractelement %v108[%v113 : i32] : vector<4xf32>
          %v115 = llvm.mlir.constant(3 : i32) : i32
          %v116 = llvm.extractelement %v108[%v115 : i32] : vector<4xf32>
          %v117 = arith.addf %v110, %v112 fastmath<contract> : f32
          %v118 = arith.addf %v117, %v114 fastmath<contract> : f32
          %v119 = arith.addf %v118, %v116 fastmath<contract> : f32
          %v120 = llvm.load %v34 : !llvm.ptr -> f32
          %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
          llvm.store %v121, %v34 : f32, !llvm.ptr
          %v122 = llvm.fmul %v84, %v86 : vector<4xf32>
          %v123 = llvm.select %v83, %v122, %v22 : i1, vector<4xf32>
          %v124 = llvm.fmul %v123, %v85 : vector<4xf32>
          %v125 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
          %v126 = llvm.fadd %v125, %v124 : vector<4xf32>
          llvm.store %v126, %v32 : vector<4xf32>, !llvm.ptr
          llvm.store %v64, %v53 : vector<4xf32>, !llvm.ptr
          llvm.store %v66, %v54 : vector<4xf32>, !llvm.ptr
          llvm.store %v68, %v55 : vector<4xf32>, !llvm.ptr
          llvm.store %v73, %v56 : vector<4xf32>, !llvm.ptr
          llvm.store %v75, %v57 : vector<4xf32>, !llvm.ptr
          llvm.store %v77, %v58 : vector<4xf32>, !llvm.ptr
        }
        %v127 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
        %v128 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
        %v129 = llvm.fadd %v127, %v128 : vector<4xf32>
        %v130 = llvm.mlir.constant(0 : i32) : i32
        %v131 = llvm.extractelement %v129[%v130 : i32] : vector<4xf32>
        %v132 = llvm.mlir.constant(1 : i32) : i32
        %v133 = llvm.extractelement %v129[%v132 : i32] : vector<4xf32>
        %v134 = llvm.mlir.constant(2 : i32) : i32
        %v135 = llvm.extractelement %v129[%v134 : i32] : vector<4xf32>
        %v136 = llvm.mlir.constant(3 : i32) : i32
        %v137 = llvm.extractelement %v129[%v136 : i32] : vector<4xf32>
        %v138 = arith.addf %v131, %v133 fastmath<contract> : f32
        %v139 = arith.addf %v138, %v135 fastmath<contract> : f32
        %v140 = arith.addf %v139, %v137 fastmath<contract> : f32
        %v141 = arith.constant 32 : i32
        %v142 = arith.constant 16 : i32
        %v143, %v144 = gpu.shuffle xor %v140, %v142, %v141 : f32
        %v145 = arith.addf %v140, %v143 fastmath<contract> : f32
        %v146 = arith.constant 8 : i32
        %v147, %v148 = gpu.shuffle xor %v145, %v146, %v141 : f32
        %v149 = arith.addf %v145, %v147 fastmath<contract> : f32
        %v150 = arith.constant 4 : i32
        %v151, %v152 = gpu.shuffle xor %v149, %v150, %v141 : f32
        %v153 = arith.addf %v149, %v151 fastmath<contract> : f32
        %v154 = arith.constant 2 : i32
        %v155, %v156 = gpu.shuffle xor %v153, %v154, %v141 : f32
        %v157 = arith.addf %v153, %v155 fastmath<contract> : f32
        %v158 = arith.constant 1 : i32
        %v159, %v160 = gpu.shuffle xor %v157, %v158, %v141 : f32
        %v161 = arith.addf %v157, %v159 fastmath<contract> : f32
        %v162 = arith.divsi %v12, %v11 : i64
        %v163 = arith.remsi %v12, %v11 : i64
        %v164 = arith.addi %v16, %v163 : i64
        %v165 = arith.addi %v15, %v162 : i64
        %v166 = llvm.load %v33 : !llvm.ptr -> f32
        %v167 = llvm.load %v34 : !llvm.ptr -> f32
        %v168 = arith.addf %v166, %v167 fastmath<contract> : f32
        %v169 = arith.constant 32 : i32
        %v170 = arith.constant 16 : i32
        %v171, %v172 = gpu.shuffle xor %v168, %v170, %v169 : f32
        %v173 = arith.addf %v168, %v171 fastmath<contract> : f32
        %v174 = arith.constant 8 : i32
        %v175, %v176 = gpu.shuffle xor %v173, %v174, %v169 : f32
        %v177 = arith.addf %v173, %v175 fastmath<contract> : f32
        %v178 = arith.constant 4 : i32
        %v179, %v180 = gpu.shuffle xor %v177, %v178, %v169 : f32
        %v181 = arith.addf %v177, %v179 fastmath<contract> : f32
        %v182 = arith.constant 2 : i32
        %v183, %v184 = gpu.shuffle xor %v181, %v182, %v169 : f32
        %v185 = arith.addf %v181, %v183 fastmath<contract> : f32
        %v186 = arith.constant 1 : i32
        %v187, %v188 = gpu.shuffle xor %v185, %v186, %v169 : f32
        %v189 = arith.addf %v185, %v187 fastmath<contract> : f32
        %v190 = arith.sitofp %k : i64 to f32
        %v191 = arith.divf %v189, %v190 : f32
        %v192 = arith.addf %v191, %eps fastmath<contract> : f32
        %v193 = llvm.call_intrinsic "llvm.sqrt.f32"(%v192) : (f32) -> f32
        %v195 = arith.divf %v194, %v193 : f32
        %v196 = arith.mulf %v161, %v195 fastmath<contract> : f32
        %v198 = arith.andi %v10, %v197 : i64
        %v199 = arith.cmpi eq, %v198, %v12 : i64
        %v200 = arith.cmpi slt, %v164, %n : i64
        %v201 = arith.cmpi slt, %v165, %m : i64
        %v202 = arith.andi %v200, %v201 : i1
        %v203 = arith.andi %v202, %v199 : i1
        scf.if %v203 {
          llvm.store %v196, %v204 : f32, !llvm.ptr
          %v205 = llvm.mlir.zero : !llvm.ptr
          %v206 = llvm.icmp "ne" %bias, %v205 : !llvm.ptr
          scf.if %v206 {
            %v207 = llvm.getelementptr %bias[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v208 = llvm.load %v207 : !llvm.ptr -> f32
            %v209 = llvm.load %v204 : !llvm.ptr -> f32
            %v210 = arith.addf %v209, %v208 fastmath<contract> : f32
            llvm.store %v210, %v204 : f32, !llvm.ptr
          }
          %v211 = llvm.mlir.zero : !llvm.ptr
          %v212 = llvm.icmp "ne" %add, %v211 : !llvm.ptr
          scf.if %v212 {
            %v213 = arith.muli %v165, %add_stride : i64
            %v214 = arith.addi %v213, %v164 : i64
            %v215 = llvm.getelementptr %add[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v216 = llvm.load %v215 : !llvm.ptr -> f32
            %v217 = llvm.load %v204 : !llvm.ptr -> f32
            %v218 = arith.addf %v217, %v216 fastmath<contract> : f32
            llvm.store %v218, %v204 : f32, !llvm.ptr
          }
          %v219 = llvm.load %v204 : !llvm.ptr -> f32
          %v220 = arith.cmpi slt, %v164, %split1 : i64
          %v221 = arith.cmpi slt, %v164, %split2 : i64
          %v222 = arith.muli %m, %split1 : i64
          %v223 = arith.muli %m, %split2 : i64
          %v224 = arith.select %v221, %v222, %v223 : i64
          %v225 = arith.select %v220, %v12, %v224 : i64
          %v226 = arith.subi %split2, %split1 : i64
          %v227 = arith.subi %n, %split2 : i64
          %v228 = arith.select %v221, %v226, %v227 : i64
          %v229 = arith.select %v220, %split1, %v228 : i64
          %v230 = arith.select %v221, %split1, %split2 : i64
          %v231 = arith.select %v220, %v12, %v230 : i64
          %v232 = arith.muli %v165, %v229 : i64
          %v233 = arith.subi %v164, %v231 : i64
          %v234 = arith.addi %v225, %v232 : i64
          %v235 = arith.addi %v234, %v233 : i64
          %v236 = llvm.getelementptr %out[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v219, %v236 : f32, !llvm.ptr
          %v237 = llvm.mlir.zero : !llvm.ptr
          %v238 = llvm.icmp "ne" %conv_w, %v237 : !llvm.ptr
          %v239 = arith.andi %v238, %v220 : i1
          scf.if %v239 {
            %v240 = arith.subi %conv_k, %v11 : i64
            llvm.store %v24, %v241 : f32, !llvm.ptr
            %v242 = llvm.mlir.zero : !llvm.ptr
            %v243 = llvm.icmp "ne" %conv_b, %v242 : !llvm.ptr
            scf.if %v243 {
              %v244 = llvm.getelementptr %conv_b[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v245 = llvm.load %v244 : !llvm.ptr -> f32
              llvm.store %v245, %v241 : f32, !llvm.ptr
            }
            %v246 = arith.muli %v164, %conv_k : i64
            %v247 = arith.muli %v165, %v240 : i64
            scf.for %v248 = %v12 to %v240 step %v11 : i64 {
              %v249 = arith.addi %v247, %v248 : i64
              %v250 = arith.muli %v249, %split1 : i64
              %v251 = arith.addi %v250, %v164 : i64
              %v252 = llvm.getelementptr %conv_win[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v253 = llvm.load %v252 : !llvm.ptr -> f32
              %v254 = arith.addi %v246, %v248 : i64
              %v255 = llvm.getelementptr %conv_w[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v256 = llvm.load %v255 : !llvm.ptr -> f32
              %v257 = arith.mulf %v256, %v253 fastmath<contract> : f32
              %v258 = llvm.load %v241 : !llvm.ptr -> f32
              %v259 = arith.addf %v258, %v257 fastmath<contract> : f32
              llvm.store %v259, %v241 : f32, !llvm.ptr
            }
            %v260 = arith.addi %v246, %v240 : i64
            %v261 = llvm.getelementptr %conv_w[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v262 = llvm.load %v261 : !llvm.ptr -> f32
            %v263 = arith.mulf %v262, %v219 fastmath<contract> : f32
            %v264 = llvm.load %v241 : !llvm.ptr -> f32
            %v265 = arith.addf %v264, %v263 fastmath<contract> : f32
            %v266 = arith.negf %v265 : f32
            %v268 = arith.mulf %v266, %v267 fastmath<contract> : f32
            %v269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v268) : (f32) -> f32
            %v270 = arith.addf %v194, %v269 fastmath<contract> : f32
            %v271 = arith.divf %v194, %v270 : f32
            %v272 = arith.mulf %v265, %v271 fastmath<contract> : f32
            %v273 = arith.cmpi eq, %conv_act, %v11 : i64
            %v274 = arith.select %v273, %v272, %v265 : f32
            %v275 = arith.muli %v165, %split1 : i64
            %v276 = arith.addi %v275, %v164 : i64
            %v277 = llvm.getelementptr %conv_out[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v274, %v277 : f32, !llvm.ptr
            %v278 = arith.subi %v240, %v11 : i64
            scf.for %v279 = %v12 to %v278 step %v11 : i64 {
              %v280 = arith.addi %v247, %v279 : i64
              %v281 = arith.muli %v280, %split1 : i64
              %v282 = arith.addi %v281, %v164 : i64
              %v283 = arith.addi %v282, %split1 : i64
              %v284 = llvm.getelementptr %conv_win[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v286 = llvm.getelementptr %conv_win[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v285, %v286 : f32, !llvm.ptr
            }
            %v287 = arith.cmpi slt, %v12, %v240 : i64
            scf.if %v287 {
              %v288 = arith.addi %v247, %v278 : i64
              %v289 = arith.muli %v288, %split1 : i64
              %v290 = arith.addi %v289, %v164 : i64
              %v291 = llvm.getelementptr %conv_win[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v219, %v291 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_bf16w_norm_1x1u2p(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v24 = arith.constant 0x00000000 : f32
      %v31 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v43 = arith.constant 128 : i64
      %v53 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v200 = arith.constant 0x3F800000 : f32
      %v203 = arith.constant 31 : i64
      %v210 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v247 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v273 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v14 = arith.divsi %m, %v11 : i64
      %v15 = arith.remsi %v9, %v14 : i64
      %v16 = arith.divsi %v9, %v14 : i64
      %v17 = arith.cmpi slt, %v16, %n : i64
      scf.if %v17 {
        %v18 = arith.subi %m, %v11 : i64
        %v19 = arith.subi %n, %v11 : i64
        %v20 = arith.subi %k, %v13 : i64
        %v21 = arith.muli %v10, %v13 : i64
        %v22 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v23 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v25 = arith.minsi %v15, %v18 : i64
        %v26 = arith.muli %v25, %x_stride : i64
        %v27 = llvm.getelementptr %x[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v28 = arith.minsi %v16, %v19 : i64
        %v29 = arith.muli %v28, %k : i64
        %v30 = llvm.getelementptr %w[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v22, %v31 : vector<4xf32>, !llvm.ptr
        llvm.store %v22, %v32 : vector<4xf32>, !llvm.ptr
        llvm.store %v24, %v33 : f32, !llvm.ptr
        llvm.store %v24, %v34 : f32, !llvm.ptr
        %v35 = arith.minsi %v21, %v20 : i64
        %v36 = arith.cmpi slt, %v21, %k : i64
        %v37 = llvm.getelementptr %v30[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v38 = llvm.load %v37 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v39 = llvm.getelementptr %v27[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v40 = llvm.load %v39 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v41 = llvm.getelementptr %norm_w[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v42 = llvm.load %v41 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v44 = arith.addi %v21, %v43 : i64
        %v45 = arith.minsi %v44, %v20 : i64
        %v46 = arith.cmpi slt, %v44, %k : i64
        %v47 = llvm.getelementptr %v30[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v48 = llvm.load %v47 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v49 = llvm.getelementptr %v27[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = llvm.load %v49 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v51 = llvm.getelementptr %norm_w[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = llvm.load %v51 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v38, %v53 : vector<4xi16>, !llvm.ptr
        llvm.store %v40, %v54 : vector<4xf32>, !llvm.ptr
        llvm.store %v42, %v55 : vector<4xf32>, !llvm.ptr
        llvm.store %v48, %v56 : vector<4xi16>, !llvm.ptr
        llvm.store %v50, %v57 : vector<4xf32>, !llvm.ptr
        llvm.store %v52, %v58 : vector<4xf32>, !llvm.ptr
        scf.for %v59 = %v21 to %k step %v5 : i64 {
          %v60 = arith.addi %v59, %v5 : i64
          %v61 = arith.minsi %v60, %v20 : i64
          %v62 = arith.cmpi slt, %v60, %k : i64
          %v63 = llvm.getelementptr %v30[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v64 = llvm.load %v63 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v65 = llvm.getelementptr %v27[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v67 = llvm.getelementptr %norm_w[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v69 = arith.addi %v60, %v43 : i64
          %v70 = arith.minsi %v69, %v20 : i64
          %v71 = arith.cmpi slt, %v69, %k : i64
          %v72 = llvm.getelementptr %v30[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v73 = llvm.load %v72 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v74 = llvm.getelementptr %v27[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.getelementptr %norm_w[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v78 = arith.cmpi slt, %v59, %k : i64
          %v79 = llvm.load %v53 : !llvm.ptr -> vector<4xi16>
          %v80 = llvm.load %v54 : !llvm.ptr -> vector<4xf32>
          %v81 = llvm.load %v55 : !llvm.ptr -> vector<4xf32>
          %v82 = arith.addi %v59, %v43 : i64
          %v83 = arith.cmpi slt, %v82, %k : i64
          %v84 = llvm.load %v56 : !llvm.ptr -> vector<4xi16>
          %v85 = llvm.load %v57 : !llvm.ptr -> vector<4xf32>
          %v86 = llvm.load %v58 : !llvm.ptr -> vector<4xf32>
          %v87 = llvm.fmul %v80, %v80 : vector<4xf32>
          %v88 = llvm.select %v78, %v87, %v22 : i1, vector<4xf32>
          %v89 = llvm.mlir.constant(0 : i32) : i32
          %v90 = llvm.extractelement %v88[%v89 : i32] : vector<4xf32>
          %v91 = llvm.mlir.constant(1 : i32) : i32
          %v92 = llvm.extractelement %v88[%v91 : i32] : vector<4xf32>
          %v93 = llvm.mlir.constant(2 : i32) : i32
          %v94 = llvm.extractelement %v88[%v93 : i32] : vector<4xf32>
          %v95 = llvm.mlir.constant(3 : i32) : i32
          %v96 = llvm.extractelement %v88[%v95 : i32] : vector<4xf32>
          %v97 = arith.addf %v90, %v92 fastmath<contract> : f32
          %v98 = arith.addf %v97, %v94 fastmath<contract> : f32
          %v99 = arith.addf %v98, %v96 fastmath<contract> : f32
          %v100 = llvm.load %v33 : !llvm.ptr -> f32
          %v101 = arith.addf %v100, %v99 fastmath<contract> : f32
          llvm.store %v101, %v33 : f32, !llvm.ptr
          %v102 = llvm.zext %v79 : vector<4xi16> to vector<4xi32>
          %v103 = llvm.shl %v102, %v23 : vector<4xi32>
          %v104 = llvm.bitcast %v103 : vector<4xi32> to vector<4xf32>
          %v105 = llvm.fmul %v104, %v81 : vector<4xf32>
          %v106 = llvm.select %v78, %v105, %v22 : i1, vector<4xf32>
          %v107 = llvm.fmul %v106, %v80 : vector<4xf32>
          %v108 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
          %v109 = llvm.fadd %v108, %v107 : vector<4xf32>
          llvm.store %v109, %v31 : vector<4xf32>, !llvm.ptr
          %v110 = llvm.fmul %v85, %v85 : vector<4xf32>
          %v111 = llvm.select %v83, %v110, %v22 : i1, vector<4xf32>
          %v112 = llvm.mlir.constant(0 : i32) : i32
          %v113 = llvm.extractelement %v111[%v112 : i32] : vector<4xf32>
          %v114 = llvm.mlir.constant(1 : i32) : i32
          %v115 = llvm.extractelement %v111[%v114 : i32] : vector<4xf32>
          %v116 = llvm.mlir.constant(2 : i32) : i32
          %v117 = llvm.extractelement %v111[%v116 : i32] : vector<4xf32>
          %v118 = llvm.mlir.constant(3 : i32) : i32
          %v119 = llvm.extractelement %v111[%v118 : i32] : vector<4xf32>
          %v120 = arith.addf %v113, %v115 fastmath<contract> : f32
          %v121 = arith.addf %v120, %v117 fastmath<contract> : f32
          %v122 = arith.addf %v121, %v119 fastmath<contract> : f32
          %v123 = llvm.load %v34 : !llvm.ptr -> f32
          %v124 = arith.addf %v123, %v122 fastmath<contract> : f32
          llvm.store %v124, %v34 : f32, !llvm.ptr
          %v125 = llvm.zext %v84 : vector<4xi16> to vector<4xi32>
          %v126 = llvm.shl %v125, %v23 : vector<4xi32>
          %v127 = llvm.bitcast %v126 : vector<4xi32> to vector<4xf32>
          %v128 = llvm.fmul %v127, %v86 : vector<4xf32>
          %v129 = llvm.select %v83, %v128, %v22 : i1, vector<4xf32>
          %v130 = llvm.fmul %v129, %v85 : vector<4xf32>
          %v131 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
          %v132 = llvm.fadd %v131, %v130 : vector<4xf32>
          llvm.store %v132, %v32 : vector<4xf32>, !llvm.ptr
          llvm.store %v64, %v53 : vector<4xi16>, !llvm.ptr
          llvm.store %v66, %v54 : vector<4xf32>, !llvm.ptr
          llvm.store %v68, %v55 : vector<4xf32>, !llvm.ptr
          llvm.store %v73, %v56 : vector<4xi16>, !llvm.ptr
          llvm.store %v75, %v57 : vector<4xf32>, !llvm.ptr
          llvm.store %v77, %v58 : vector<4xf32>, !llvm.ptr
        }
        %v133 = llvm.load %v31 : !llvm.ptr -> vector<4xf32>
        %v134 = llvm.load %v32 : !llvm.ptr -> vector<4xf32>
        %v135 = llvm.fadd %v133, %v134 : vector<4xf32>
        %v136 = llvm.mlir.constant(0 : i32) : i32
        %v137 = llvm.extractelement %v135[%v136 : i32] : vector<4xf32>
        %v138 = llvm.mlir.constant(1 : i32) : i32
        %v139 = llvm.extractelement %v135[%v138 : i32] : vector<4xf32>
        %v140 = llvm.mlir.constant(2 : i32) : i32
        %v141 = llvm.extractelement %v135[%v140 : i32] : vector<4xf32>
        %v142 = llvm.mlir.constant(3 : i32) : i32
        %v143 = llvm.extractelement %v135[%v142 : i32] : vector<4xf32>
        %v144 = arith.addf %v137, %v139 fastmath<contract> : f32
        %v145 = arith.addf %v144, %v141 fastmath<contract> : f32
        %v146 = arith.addf %v145, %v143 fastmath<contract> : f32
        %v147 = arith.constant 32 : i32
        %v148 = arith.constant 16 : i32
        %v149, %v150 = gpu.shuffle xor %v146, %v148, %v147 : f32
        %v151 = arith.addf %v146, %v149 fastmath<contract> : f32
        %v152 = arith.constant 8 : i32
        %v153, %v154 = gpu.shuffle xor %v151, %v152, %v147 : f32
        %v155 = arith.addf %v151, %v153 fastmath<contract> : f32
        %v156 = arith.constant 4 : i32
        %v157, %v158 = gpu.shuffle xor %v155, %v156, %v147 : f32
        %v159 = arith.addf %v155, %v157 fastmath<contract> : f32
        %v160 = arith.constant 2 : i32
        %v161, %v162 = gpu.shuffle xor %v159, %v160, %v147 : f32
        %v163 = arith.addf %v159, %v161 fastmath<contract> : f32
        %v164 = arith.constant 1 : i32
        %v165, %v166 = gpu.shuffle xor %v163, %v164, %v147 : f32
        %v167 = arith.addf %v163, %v165 fastmath<contract> : f32
        %v168 = arith.divsi %v12, %v11 : i64
        %v169 = arith.remsi %v12, %v11 : i64
        %v170 = arith.addi %v16, %v169 : i64
        %v171 = arith.addi %v15, %v168 : i64
        %v172 = llvm.load %v33 : !llvm.ptr -> f32
        %v173 = llvm.load %v34 : !llvm.ptr -> f32
        %v174 = arith.addf %v172, %v173 fastmath<contract> : f32
        %v175 = arith.constant 32 : i32
        %v176 = arith.constant 16 : i32
        %v177, %v178 = gpu.shuffle xor %v174, %v176, %v175 : f32
        %v179 = arith.addf %v174, %v177 fastmath<contract> : f32
        %v180 = arith.constant 8 : i32
        %v181, %v182 = gpu.shuffle xor %v179, %v180, %v175 : f32
        %v183 = arith.addf %v179, %v181 fastmath<contract> : f32
        %v184 = arith.constant 4 : i32
        %v185, %v186 = gpu.shuffle xor %v183, %v184, %v175 : f32
        %v187 = arith.addf %v183, %v185 fastmath<contract> : f32
        %v188 = arith.constant 2 : i32
        %v189, %v190 = gpu.shuffle xor %v187, %v188, %v175 : f32
        %v191 = arith.addf %v187, %v189 fastmath<contract> : f32
        %v192 = arith.constant 1 : i32
        %v193, %v194 = gpu.shuffle xor %v191, %v192, %v175 : f32
        %v195 = arith.addf %v191, %v193 fastmath<contract> : f32
        %v196 = arith.sitofp %k : i64 to f32
        %v197 = arith.divf %v195, %v196 : f32
        %v198 = arith.addf %v197, %eps fastmath<contract> : f32
        %v199 = llvm.call_intrinsic "llvm.sqrt.f32"(%v198) : (f32) -> f32
        %v201 = arith.divf %v200, %v199 : f32
        %v202 = arith.mulf %v167, %v201 fastmath<contract> : f32
        %v204 = arith.andi %v10, %v203 : i64
        %v205 = arith.cmpi eq, %v204, %v12 : i64
        %v206 = arith.cmpi slt, %v170, %n : i64
        %v207 = arith.cmpi slt, %v171, %m : i64
        %v208 = arith.andi %v206, %v207 : i1
        %v209 = arith.andi %v208, %v205 : i1
        scf.if %v209 {
          llvm.store %v202, %v210 : f32, !llvm.ptr
          %v211 = llvm.mlir.zero : !llvm.ptr
          %v212 = llvm.icmp "ne" %bias, %v211 : !llvm.ptr
          scf.if %v212 {
            %v213 = llvm.getelementptr %bias[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v214 = llvm.load %v213 : !llvm.ptr -> f32
            %v215 = llvm.load %v210 : !llvm.ptr -> f32
            %v216 = arith.addf %v215, %v214 fastmath<contract> : f32
            llvm.store %v216, %v210 : f32, !llvm.ptr
          }
          %v217 = llvm.mlir.zero : !llvm.ptr
          %v218 = llvm.icmp "ne" %add, %v217 : !llvm.ptr
          scf.if %v218 {
            %v219 = arith.muli %v171, %add_stride : i64
            %v220 = arith.addi %v219, %v170 : i64
            %v221 = llvm.getelementptr %add[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v222 = llvm.load %v221 : !llvm.ptr -> f32
            %v223 = llvm.load %v210 : !llvm.ptr -> f32
            %v224 = arith.addf %v223, %v222 fastmath<contract> : f32
            llvm.store %v224, %v210 : f32, !llvm.ptr
          }
          %v225 = llvm.load %v210 : !llvm.ptr -> f32
          %v226 = arith.cmpi slt, %v170, %split1 : i64
          %v227 = arith.cmpi slt, %v170, %split2 : i64
          %v228 = arith.muli %m, %split1 : i64
          %v229 = arith.muli %m, %split2 : i64
          %v230 = arith.select %v227, %v228, %v229 : i64
          %v231 = arith.select %v226, %v12, %v230 : i64
          %v232 = arith.subi %split2, %split1 : i64
          %v233 = arith.subi %n, %split2 : i64
          %v234 = arith.select %v227, %v232, %v233 : i64
          %v235 = arith.select %v226, %split1, %v234 : i64
          %v236 = arith.select %v227, %split1, %split2 : i64
          %v237 = arith.select %v226, %v12, %v236 : i64
          %v238 = arith.muli %v171, %v235 : i64
          %v239 = arith.subi %v170, %v237 : i64
          %v240 = arith.addi %v231, %v238 : i64
          %v241 = arith.addi %v240, %v239 : i64
          %v242 = llvm.getelementptr %out[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v225, %v242 : f32, !llvm.ptr
          %v243 = llvm.mlir.zero : !llvm.ptr
          %v244 = llvm.icmp "ne" %conv_w, %v243 : !llvm.ptr
          %v245 = arith.andi %v244, %v226 : i1
          scf.if %v245 {
            %v246 = arith.subi %conv_k, %v11 : i64
            llvm.store %v24, %v247 : f32, !llvm.ptr
            %v248 = llvm.mlir.zero : !llvm.ptr
            %v249 = llvm.icmp "ne" %conv_b, %v248 : !llvm.ptr
            scf.if %v249 {
              %v250 = llvm.getelementptr %conv_b[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v251 = llvm.load %v250 : !llvm.ptr -> f32
              llvm.store %v251, %v247 : f32, !llvm.ptr
            }
            %v252 = arith.muli %v170, %conv_k : i64
            %v253 = arith.muli %v171, %v246 : i64
            scf.for %v254 = %v12 to %v246 step %v11 : i64 {
              %v255 = arith.addi %v253, %v254 : i64
              %v256 = arith.muli %v255, %split1 : i64
              %v257 = arith.addi %v256, %v170 : i64
              %v258 = llvm.getelementptr %conv_win[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v259 = llvm.load %v258 : !llvm.ptr -> f32
              %v260 = arith.addi %v252, %v254 : i64
              %v261 = llvm.getelementptr %conv_w[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v262 = llvm.load %v261 : !llvm.ptr -> f32
              %v263 = arith.mulf %v262, %v259 fastmath<contract> : f32
              %v264 = llvm.load %v247 : !llvm.ptr -> f32
              %v265 = arith.addf %v264, %v263 fastmath<contract> : f32
              llvm.store %v265, %v247 : f32, !llvm.ptr
            }
            %v266 = arith.addi %v252, %v246 : i64
            %v267 = llvm.getelementptr %conv_w[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v268 = llvm.load %v267 : !llvm.ptr -> f32
            %v269 = arith.mulf %v268, %v225 fastmath<contract> : f32
            %v270 = llvm.load %v247 : !llvm.ptr -> f32
            %v271 = arith.addf %v270, %v269 fastmath<contract> : f32
            %v272 = arith.negf %v271 : f32
            %v274 = arith.mulf %v272, %v273 fastmath<contract> : f32
            %v275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v274) : (f32) -> f32
            %v276 = arith.addf %v200, %v275 fastmath<contract> : f32
            %v277 = arith.divf %v200, %v276 : f32
            %v278 = arith.mulf %v271, %v277 fastmath<contract> : f32
            %v279 = arith.cmpi eq, %conv_act, %v11 : i64
            %v280 = arith.select %v279, %v278, %v271 : f32
            %v281 = arith.muli %v171, %split1 : i64
            %v282 = arith.addi %v281, %v170 : i64
            %v283 = llvm.getelementptr %conv_out[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v280, %v283 : f32, !llvm.ptr
            %v284 = arith.subi %v246, %v11 : i64
            scf.for %v285 = %v12 to %v284 step %v11 : i64 {
              %v286 = arith.addi %v253, %v285 : i64
              %v287 = arith.muli %v286, %split1 : i64
              %v288 = arith.addi %v287, %v170 : i64
              %v289 = arith.addi %v288, %split1 : i64
              %v290 = llvm.getelementptr %conv_win[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v291 = llvm.load %v290 : !llvm.ptr -> f32
              %v292 = llvm.getelementptr %conv_win[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v291, %v292 : f32, !llvm.ptr
            }
            %v293 = arith.cmpi slt, %v12, %v246 : i64
            scf.if %v293 {
              %v294 = arith.addi %v253, %v284 : i64
              %v295 = arith.muli %v294, %split1 : i64
              %v296 = arith.addi %v295, %v170 : i64
              %v297 = llvm.getelementptr %conv_win[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v225, %v297 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_f32w_8x4u1(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v14 = arith.constant 8 : i64
      %v15 = arith.constant 7 : i64
      %v29 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 2 : i64
      %v42 = arith.constant 3 : i64
      %v51 = arith.constant 5 : i64
      %v56 = arith.constant 6 : i64
      %v80 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v96 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v97 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v106 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v107 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v108 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v109 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v110 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v111 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v112 = arith.constant 128 : i64
      %v562 = arith.constant 16 : i64
      %v751 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v788 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v813 = arith.constant 0x3F800000 : f32
      %v815 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v16 = arith.addi %m, %v15 : i64
      %v17 = arith.divsi %v16, %v14 : i64
      %v18 = arith.remsi %v9, %v17 : i64
      %v19 = arith.divsi %v9, %v17 : i64
      %v20 = arith.muli %v18, %v14 : i64
      %v21 = arith.muli %v19, %v13 : i64
      %v22 = arith.cmpi slt, %v21, %n : i64
      scf.if %v22 {
        %v23 = arith.subi %m, %v11 : i64
        %v24 = arith.subi %n, %v11 : i64
        %v25 = arith.subi %k, %v13 : i64
        %v26 = arith.muli %v10, %v13 : i64
        %v27 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v28 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v30 = arith.minsi %v20, %v23 : i64
        %v31 = arith.muli %v30, %x_stride : i64
        %v32 = llvm.getelementptr %x[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v33 = arith.addi %v20, %v11 : i64
        %v34 = arith.minsi %v33, %v23 : i64
        %v35 = arith.muli %v34, %x_stride : i64
        %v36 = llvm.getelementptr %x[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = arith.addi %v20, %v37 : i64
        %v39 = arith.minsi %v38, %v23 : i64
        %v40 = arith.muli %v39, %x_stride : i64
        %v41 = llvm.getelementptr %x[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v43 = arith.addi %v20, %v42 : i64
        %v44 = arith.minsi %v43, %v23 : i64
        %v45 = arith.muli %v44, %x_stride : i64
        %v46 = llvm.getelementptr %x[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = arith.addi %v20, %v13 : i64
        %v48 = arith.minsi %v47, %v23 : i64
        %v49 = arith.muli %v48, %x_stride : i64
        %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = arith.addi %v20, %v51 : i64
        %v53 = arith.minsi %v52, %v23 : i64
        %v54 = arith.muli %v53, %x_stride : i64
        %v55 = llvm.getelementptr %x[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v57 = arith.addi %v20, %v56 : i64
        %v58 = arith.minsi %v57, %v23 : i64
        %v59 = arith.muli %v58, %x_stride : i64
        %v60 = llvm.getelementptr %x[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v61 = arith.addi %v20, %v15 : i64
        %v62 = arith.minsi %v61, %v23 : i64
        %v63 = arith.muli %v62, %x_stride : i64
        %v64 = llvm.getelementptr %x[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.minsi %v21, %v24 : i64
        %v66 = arith.muli %v65, %k : i64
        %v67 = llvm.getelementptr %w[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v68 = arith.addi %v21, %v11 : i64
        %v69 = arith.minsi %v68, %v24 : i64
        %v70 = arith.muli %v69, %k : i64
        %v71 = llvm.getelementptr %w[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v72 = arith.addi %v21, %v37 : i64
        %v73 = arith.minsi %v72, %v24 : i64
        %v74 = arith.muli %v73, %k : i64
        %v75 = llvm.getelementptr %w[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v76 = arith.addi %v21, %v42 : i64
        %v77 = arith.minsi %v76, %v24 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v29, %v80 : f32, !llvm.ptr
        llvm.store %v29, %v81 : f32, !llvm.ptr
        llvm.store %v29, %v82 : f32, !llvm.ptr
        llvm.store %v29, %v83 : f32, !llvm.ptr
        llvm.store %v29, %v84 : f32, !llvm.ptr
        llvm.store %v29, %v85 : f32, !llvm.ptr
        llvm.store %v29, %v86 : f32, !llvm.ptr
        llvm.store %v29, %v87 : f32, !llvm.ptr
        llvm.store %v29, %v88 : f32, !llvm.ptr
        llvm.store %v29, %v89 : f32, !llvm.ptr
        llvm.store %v29, %v90 : f32, !llvm.ptr
        llvm.store %v29, %v91 : f32, !llvm.ptr
        llvm.store %v29, %v92 : f32, !llvm.ptr
        llvm.store %v29, %v93 : f32, !llvm.ptr
        llvm.store %v29, %v94 : f32, !llvm.ptr
        llvm.store %v29, %v95 : f32, !llvm.ptr
        llvm.store %v29, %v96 : f32, !llvm.ptr
        llvm.store %v29, %v97 : f32, !llvm.ptr
        llvm.store %v29, %v98 : f32, !llvm.ptr
        llvm.store %v29, %v99 : f32, !llvm.ptr
        llvm.store %v29, %v100 : f32, !llvm.ptr
        llvm.store %v29, %v101 : f32, !llvm.ptr
        llvm.store %v29, %v102 : f32, !llvm.ptr
        llvm.store %v29, %v103 : f32, !llvm.ptr
        llvm.store %v29, %v104 : f32, !llvm.ptr
        llvm.store %v29, %v105 : f32, !llvm.ptr
        llvm.store %v29, %v106 : f32, !llvm.ptr
        llvm.store %v29, %v107 : f32, !llvm.ptr
        llvm.store %v29, %v108 : f32, !llvm.ptr
        llvm.store %v29, %v109 : f32, !llvm.ptr
        llvm.store %v29, %v110 : f32, !llvm.ptr
        llvm.store %v29, %v111 : f32, !llvm.ptr
        scf.for %v113 = %v26 to %k step %v112 : i64 {
          %v114 = arith.minsi %v113, %v25 : i64
          %v115 = arith.cmpi slt, %v113, %k : i64
          %v116 = llvm.getelementptr %v67[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v117 = llvm.load %v116 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v118 = llvm.getelementptr %v71[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v120 = llvm.getelementptr %v75[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v122 = llvm.getelementptr %v79[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v123 = llvm.load %v122 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v124 = llvm.getelementptr %v32[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v126 = llvm.getelementptr %v36[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v128 = llvm.getelementptr %v41[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v130 = llvm.getelementptr %v46[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v132 = llvm.getelementptr %v50[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v134 = llvm.getelementptr %v55[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v136 = llvm.getelementptr %v60[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.getelementptr %v64[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v140 = llvm.mlir.constant(0 : i32) : i32
          %v141 = llvm.extractelement %v125[%v140 : i32] : vector<4xf32>
          %v142 = llvm.mlir.constant(1 : i32) : i32
          %v143 = llvm.extractelement %v125[%v142 : i32] : vector<4xf32>
          %v144 = llvm.mlir.constant(2 : i32) : i32
          %v145 = llvm.extractelement %v125[%v144 : i32] : vector<4xf32>
          %v146 = llvm.mlir.constant(3 : i32) : i32
          %v147 = llvm.extractelement %v125[%v146 : i32] : vector<4xf32>
          %v148 = llvm.mlir.constant(0 : i32) : i32
          %v149 = llvm.extractelement %v127[%v148 : i32] : vector<4xf32>
          %v150 = llvm.mlir.constant(1 : i32) : i32
          %v151 = llvm.extractelement %v127[%v150 : i32] : vector<4xf32>
          %v152 = llvm.mlir.constant(2 : i32) : i32
          %v153 = llvm.extractelement %v127[%v152 : i32] : vector<4xf32>
          %v154 = llvm.mlir.constant(3 : i32) : i32
          %v155 = llvm.extractelement %v127[%v154 : i32] : vector<4xf32>
          %v156 = llvm.mlir.constant(0 : i32) : i32
          %v157 = llvm.extractelement %v129[%v156 : i32] : vector<4xf32>
          %v158 = llvm.mlir.constant(1 : i32) : i32
          %v159 = llvm.extractelement %v129[%v158 : i32] : vector<4xf32>
          %v160 = llvm.mlir.constant(2 : i32) : i32
          %v161 = llvm.extractelement %v129[%v160 : i32] : vector<4xf32>
          %v162 = llvm.mlir.constant(3 : i32) : i32
          %v163 = llvm.extractelement %v129[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(0 : i32) : i32
          %v165 = llvm.extractelement %v131[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(1 : i32) : i32
          %v167 = llvm.extractelement %v131[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(2 : i32) : i32
          %v169 = llvm.extractelement %v131[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(3 : i32) : i32
          %v171 = llvm.extractelement %v131[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(0 : i32) : i32
          %v173 = llvm.extractelement %v133[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(1 : i32) : i32
          %v175 = llvm.extractelement %v133[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(2 : i32) : i32
          %v177 = llvm.extractelement %v133[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(3 : i32) : i32
          %v179 = llvm.extractelement %v133[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(0 : i32) : i32
          %v181 = llvm.extractelement %v135[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(1 : i32) : i32
          %v183 = llvm.extractelement %v135[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(2 : i32) : i32
          %v185 = llvm.extractelement %v135[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(3 : i32) : i32
          %v187 = llvm.extractelement %v135[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(0 : i32) : i32
          %v189 = llvm.extractelement %v137[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(1 : i32) : i32
          %v191 = llvm.extractelement %v137[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(2 : i32) : i32
          %v193 = llvm.extractelement %v137[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(3 : i32) : i32
          %v195 = llvm.extractelement %v137[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(0 : i32) : i32
          %v197 = llvm.extractelement %v139[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(1 : i32) : i32
          %v199 = llvm.extractelement %v139[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(2 : i32) : i32
          %v201 = llvm.extractelement %v139[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(3 : i32) : i32
          %v203 = llvm.extractelement %v139[%v202 : i32] : vector<4xf32>
          %v204 = llvm.select %v115, %v117, %v27 : i1, vector<4xf32>
          %v205 = llvm.mlir.constant(0 : i32) : i32
          %v206 = llvm.extractelement %v204[%v205 : i32] : vector<4xf32>
          %v207 = llvm.mlir.constant(1 : i32) : i32
          %v208 = llvm.extractelement %v204[%v207 : i32] : vector<4xf32>
          %v209 = llvm.mlir.constant(2 : i32) : i32
          %v210 = llvm.extractelement %v204[%v209 : i32] : vector<4xf32>
          %v211 = llvm.mlir.constant(3 : i32) : i32
          %v212 = llvm.extractelement %v204[%v211 : i32] : vector<4xf32>
          %v213 = llvm.load %v80 : !llvm.ptr -> f32
          %v214 = arith.mulf %v206, %v141 fastmath<contract> : f32
          %v215 = arith.addf %v213, %v214 fastmath<contract> : f32
          %v216 = arith.mulf %v208, %v143 fastmath<contract> : f32
          %v217 = arith.addf %v215, %v216 fastmath<contract> : f32
          %v218 = arith.mulf %v210, %v145 fastmath<contract> : f32
          %v219 = arith.addf %v217, %v218 fastmath<contract> : f32
          %v220 = arith.mulf %v212, %v147 fastmath<contract> : f32
          %v221 = arith.addf %v219, %v220 fastmath<contract> : f32
          llvm.store %v221, %v80 : f32, !llvm.ptr
          %v222 = llvm.load %v84 : !llvm.ptr -> f32
          %v223 = arith.mulf %v206, %v149 fastmath<contract> : f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          %v225 = arith.mulf %v208, %v151 fastmath<contract> : f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = arith.mulf %v210, %v153 fastmath<contract> : f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = arith.mulf %v212, %v155 fastmath<contract> : f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          llvm.store %v230, %v84 : f32, !llvm.ptr
          %v231 = llvm.load %v88 : !llvm.ptr -> f32
          %v232 = arith.mulf %v206, %v157 fastmath<contract> : f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = arith.mulf %v208, %v159 fastmath<contract> : f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = arith.mulf %v210, %v161 fastmath<contract> : f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = arith.mulf %v212, %v163 fastmath<contract> : f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          llvm.store %v239, %v88 : f32, !llvm.ptr
          %v240 = llvm.load %v92 : !llvm.ptr -> f32
          %v241 = arith.mulf %v206, %v165 fastmath<contract> : f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = arith.mulf %v208, %v167 fastmath<contract> : f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          %v245 = arith.mulf %v210, %v169 fastmath<contract> : f32
          %v246 = arith.addf %v244, %v245 fastmath<contract> : f32
          %v247 = arith.mulf %v212, %v171 fastmath<contract> : f32
          %v248 = arith.addf %v246, %v247 fastmath<contract> : f32
          llvm.store %v248, %v92 : f32, !llvm.ptr
          %v249 = llvm.load %v96 : !llvm.ptr -> f32
          %v250 = arith.mulf %v206, %v173 fastmath<contract> : f32
          %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
          %v252 = arith.mulf %v208, %v175 fastmath<contract> : f32
          %v253 = arith.addf %v251, %v252 fastmath<contract> : f32
          %v254 = arith.mulf %v210, %v177 fastmath<contract> : f32
          %v255 = arith.addf %v253, %v254 fastmath<contract> : f32
          %v256 = arith.mulf %v212, %v179 fastmath<contract> : f32
          %v257 = arith.addf %v255, %v256 fastmath<contract> : f32
          llvm.store %v257, %v96 : f32, !llvm.ptr
          %v258 = llvm.load %v100 : !llvm.ptr -> f32
          %v259 = arith.mulf %v206, %v181 fastmath<contract> : f32
          %v260 = arith.addf %v258, %v259 fastmath<contract> : f32
          %v261 = arith.mulf %v208, %v183 fastmath<contract> : f32
          %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
          %v263 = arith.mulf %v210, %v185 fastmath<contract> : f32
          %v264 = arith.addf %v262, %v263 fastmath<contract> : f32
          %v265 = arith.mulf %v212, %v187 fastmath<contract> : f32
          %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
          llvm.store %v266, %v100 : f32, !llvm.ptr
          %v267 = llvm.load %v104 : !llvm.ptr -> f32
          %v268 = arith.mulf %v206, %v189 fastmath<contract> : f32
          %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
          %v270 = arith.mulf %v208, %v191 fastmath<contract> : f32
          %v271 = arith.addf %v269, %v270 fastmath<contract> : f32
          %v272 = arith.mulf %v210, %v193 fastmath<contract> : f32
          %v273 = arith.addf %v271, %v272 fastmath<contract> : f32
          %v274 = arith.mulf %v212, %v195 fastmath<contract> : f32
          %v275 = arith.addf %v273, %v274 fastmath<contract> : f32
          llvm.store %v275, %v104 : f32, !llvm.ptr
          %v276 = llvm.load %v108 : !llvm.ptr -> f32
          %v277 = arith.mulf %v206, %v197 fastmath<contract> : f32
          %v278 = arith.addf %v276, %v277 fastmath<contract> : f32
          %v279 = arith.mulf %v208, %v199 fastmath<contract> : f32
          %v280 = arith.addf %v278, %v279 fastmath<contract> : f32
          %v281 = arith.mulf %v210, %v201 fastmath<contract> : f32
          %v282 = arith.addf %v280, %v281 fastmath<contract> : f32
          %v283 = arith.mulf %v212, %v203 fastmath<contract> : f32
          %v284 = arith.addf %v282, %v283 fastmath<contract> : f32
          llvm.store %v284, %v108 : f32, !llvm.ptr
          %v285 = llvm.select %v115, %v119, %v27 : i1, vector<4xf32>
          %v286 = llvm.mlir.constant(0 : i32) : i32
          %v287 = llvm.extractelement %v285[%v286 : i32] : vector<4xf32>
          %v288 = llvm.mlir.constant(1 : i32) : i32
          %v289 = llvm.extractelement %v285[%v288 : i32] : vector<4xf32>
          %v290 = llvm.mlir.constant(2 : i32) : i32
          %v291 = llvm.extractelement %v285[%v290 : i32] : vector<4xf32>
          %v292 = llvm.mlir.constant(3 : i32) : i32
          %v293 = llvm.extractelement %v285[%v292 : i32] : vector<4xf32>
          %v294 = llvm.load %v81 : !llvm.ptr -> f32
          %v295 = arith.mulf %v287, %v141 fastmath<contract> : f32
          %v296 = arith.addf %v294, %v295 fastmath<contract> : f32
          %v297 = arith.mulf %v289, %v143 fastmath<contract> : f32
          %v298 = arith.addf %v296, %v297 fastmath<contract> : f32
          %v299 = arith.mulf %v291, %v145 fastmath<contract> : f32
          %v300 = arith.addf %v298, %v299 fastmath<contract> : f32
          %v301 = arith.mulf %v293, %v147 fastmath<contract> : f32
          %v302 = arith.addf %v300, %v301 fastmath<contract> : f32
          llvm.store %v302, %v81 : f32, !llvm.ptr
          %v303 = llvm.load %v85 : !llvm.ptr -> f32
          %v304 = arith.mulf %v287, %v149 fastmath<contract> : f32
          %v305 = arith.addf %v303, %v304 fastmath<contract> : f32
          %v306 = arith.mulf %v289, %v151 fastmath<contract> : f32
          %v307 = arith.addf %v305, %v306 fastmath<contract> : f32
          %v308 = arith.mulf %v291, %v153 fastmath<contract> : f32
          %v309 = arith.addf %v307, %v308 fastmath<contract> : f32
          %v310 = arith.mulf %v293, %v155 fastmath<contract> : f32
          %v311 = arith.addf %v309, %v310 fastmath<contract> : f32
          llvm.store %v311, %v85 : f32, !llvm.ptr
          %v312 = llvm.load %v89 : !llvm.ptr -> f32
          %v313 = arith.mulf %v287, %v157 fastmath<contract> : f32
          %v314 = arith.addf %v312, %v313 fastmath<contract> : f32
          %v315 = arith.mulf %v289, %v159 fastmath<contract> : f32
          %v316 = arith.addf %v314, %v315 fastmath<contract> : f32
          %v317 = arith.mulf %v291, %v161 fastmath<contract> : f32
          %v318 = arith.addf %v316, %v317 fastmath<contract> : f32
          %v319 = arith.mulf %v293, %v163 fastmath<contract> : f32
          %v320 = arith.addf %v318, %v319 fastmath<contract> : f32
          llvm.store %v320, %v89 : f32, !llvm.ptr
          %v321 = llvm.load %v93 : !llvm.ptr -> f32
          %v322 = arith.mulf %v287, %v165 fastmath<contract> : f32
          %v323 = arith.addf %v321, %v322 fastmath<contract> : f32
          %v324 = arith.mulf %v289, %v167 fastmath<contract> : f32
          %v325 = arith.addf %v323, %v324 fastmath<contract> : f32
          %v326 = arith.mulf %v291, %v169 fastmath<contract> : f32
          %v327 = arith.addf %v325, %v326 fastmath<contract> : f32
          %v328 = arith.mulf %v293, %v171 fastmath<contract> : f32
          %v329 = arith.addf %v327, %v328 fastmath<contract> : f32
          llvm.store %v329, %v93 : f32, !llvm.ptr
          %v330 = llvm.load %v97 : !llvm.ptr -> f32
          %v331 = arith.mulf %v287, %v173 fastmath<contract> : f32
          %v332 = arith.addf %v330, %v331 fastmath<contract> : f32
          %v333 = arith.mulf %v289, %v175 fastmath<contract> : f32
          %v334 = arith.addf %v332, %v333 fastmath<contract> : f32
          %v335 = arith.mulf %v291, %v177 fastmath<contract> : f32
          %v336 = arith.addf %v334, %v335 fastmath<contract> : f32
          %v337 = arith.mulf %v293, %v179 fastmath<contract> : f32
          %v338 = arith.addf %v336, %v337 fastmath<contract> : f32
          llvm.store %v338, %v97 : f32, !llvm.ptr
          %v339 = llvm.load %v101 : !llvm.ptr -> f32
          %v340 = arith.mulf %v287, %v181 fastmath<contract> : f32
          %v341 = arith.addf %v339, %v340 fastmath<contract> : f32
          %v342 = arith.mulf %v289, %v183 fastmath<contract> : f32
          %v343 = arith.addf %v341, %v342 fastmath<contract> : f32
          %v344 = arith.mulf %v291, %v185 fastmath<contract> : f32
          %v345 = arith.addf %v343, %v344 fastmath<contract> : f32
          %v346 = arith.mulf %v293, %v187 fastmath<contract> : f32
          %v347 = arith.addf %v345, %v346 fastmath<contract> : f32
          llvm.store %v347, %v101 : f32, !llvm.ptr
          %v348 = llvm.load %v105 : !llvm.ptr -> f32
          %v349 = arith.mulf %v287, %v189 fastmath<contract> : f32
          %v350 = arith.addf %v348, %v349 fastmath<contract> : f32
          %v351 = arith.mulf %v289, %v191 fastmath<contract> : f32
          %v352 = arith.addf %v350, %v351 fastmath<contract> : f32
          %v353 = arith.mulf %v291, %v193 fastmath<contract> : f32
          %v354 = arith.addf %v352, %v353 fastmath<contract> : f32
          %v355 = arith.mulf %v293, %v195 fastmath<contract> : f32
          %v356 = arith.addf %v354, %v355 fastmath<contract> : f32
          llvm.store %v356, %v105 : f32, !llvm.ptr
          %v357 = llvm.load %v109 : !llvm.ptr -> f32
          %v358 = arith.mulf %v287, %v197 fastmath<contract> : f32
          %v359 = arith.addf %v357, %v358 fastmath<contract> : f32
          %v360 = arith.mulf %v289, %v199 fastmath<contract> : f32
          %v361 = arith.addf %v359, %v360 fastmath<contract> : f32
          %v362 = arith.mulf %v291, %v201 fastmath<contract> : f32
          %v363 = arith.addf %v361, %v362 fastmath<contract> : f32
          %v364 = arith.mulf %v293, %v203 fastmath<contract> : f32
          %v365 = arith.addf %v363, %v364 fastmath<contract> : f32
          llvm.store %v365, %v109 : f32, !llvm.ptr
          %v366 = llvm.select %v115, %v121, %v27 : i1, vector<4xf32>
          %v367 = llvm.mlir.constant(0 : i32) : i32
          %v368 = llvm.extractelement %v366[%v367 : i32] : vector<4xf32>
          %v369 = llvm.mlir.constant(1 : i32) : i32
          %v370 = llvm.extractelement %v366[%v369 : i32] : vector<4xf32>
          %v371 = llvm.mlir.constant(2 : i32) : i32
          %v372 = llvm.extractelement %v366[%v371 : i32] : vector<4xf32>
          %v373 = llvm.mlir.constant(3 : i32) : i32
          %v374 = llvm.extractelement %v366[%v373 : i32] : vector<4xf32>
          %v375 = llvm.load %v82 : !llvm.ptr -> f32
          %v376 = arith.mulf %v368, %v141 fastmath<contract> : f32
          %v377 = arith.addf %v375, %v376 fastmath<contract> : f32
          %v378 = arith.mulf %v370, %v143 fastmath<contract> : f32
          %v379 = arith.addf %v377, %v378 fastmath<contract> : f32
          %v380 = arith.mulf %v372, %v145 fastmath<contract> : f32
          %v381 = arith.addf %v379, %v380 fastmath<contract> : f32
          %v382 = arith.mulf %v374, %v147 fastmath<contract> : f32
          %v383 = arith.addf %v381, %v382 fastmath<contract> : f32
          llvm.store %v383, %v82 : f32, !llvm.ptr
          %v384 = llvm.load %v86 : !llvm.ptr -> f32
          %v385 = arith.mulf %v368, %v149 fastmath<contract> : f32
          %v386 = arith.addf %v384, %v385 fastmath<contract> : f32
          %v387 = arith.mulf %v370, %v151 fastmath<contract> : f32
          %v388 = arith.addf %v386, %v387 fastmath<contract> : f32
          %v389 = arith.mulf %v372, %v153 fastmath<contract> : f32
          %v390 = arith.addf %v388, %v389 fastmath<contract> : f32
          %v391 = arith.mulf %v374, %v155 fastmath<contract> : f32
          %v392 = arith.addf %v390, %v391 fastmath<contract> : f32
          llvm.store %v392, %v86 : f32, !llvm.ptr
          %v393 = llvm.load %v90 : !llvm.ptr -> f32
          %v394 = arith.mulf %v368, %v157 fastmath<contract> : f32
          %v395 = arith.addf %v393, %v394 fastmath<contract> : f32
          %v396 = arith.mulf %v370, %v159 fastmath<contract> : f32
          %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
          %v398 = arith.mulf %v372, %v161 fastmath<contract> : f32
          %v399 = arith.addf %v397, %v398 fastmath<contract> : f32
          %v400 = arith.mulf %v374, %v163 fastmath<contract> : f32
          %v401 = arith.addf %v399, %v400 fastmath<contract> : f32
          llvm.store %v401, %v90 : f32, !llvm.ptr
          %v402 = llvm.load %v94 : !llvm.ptr -> f32
          %v403 = arith.mulf %v368, %v165 fastmath<contract> : f32
          %v404 = arith.addf %v402, %v403 fastmath<contract> : f32
          %v405 = arith.mulf %v370, %v167 fastmath<contract> : f32
          %v406 = arith.addf %v404, %v405 fastmath<contract> : f32
          %v407 = arith.mulf %v372, %v169 fastmath<contract> : f32
          %v408 = arith.addf %v406, %v407 fastmath<contract> : f32
          %v409 = arith.mulf %v374, %v171 fastmath<contract> : f32
          %v410 = arith.addf %v408, %v409 fastmath<contract> : f32
          llvm.store %v410, %v94 : f32, !llvm.ptr
          %v411 = llvm.load %v98 : !llvm.ptr -> f32
          %v412 = arith.mulf %v368, %v173 fastmath<contract> : f32
          %v413 = arith.addf %v411, %v412 fastmath<contract> : f32
          %v414 = arith.mulf %v370, %v175 fastmath<contract> : f32
          %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
          %v416 = arith.mulf %v372, %v177 fastmath<contract> : f32
          %v417 = arith.addf %v415, %v416 fastmath<contract> : f32
          %v418 = arith.mulf %v374, %v179 fastmath<contract> : f32
          %v419 = arith.addf %v417, %v418 fastmath<contract> : f32
          llvm.store %v419, %v98 : f32, !llvm.ptr
          %v420 = llvm.load %v102 : !llvm.ptr -> f32
          %v421 = arith.mulf %v368, %v181 fastmath<contract> : f32
          %v422 = arith.addf %v420, %v421 fastmath<contract> : f32
          %v423 = arith.mulf %v370, %v183 fastmath<contract> : f32
          %v424 = arith.addf %v422, %v423 fastmath<contract> : f32
          %v425 = arith.mulf %v372, %v185 fastmath<contract> : f32
          %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
          %v427 = arith.mulf %v374, %v187 fastmath<contract> : f32
          %v428 = arith.addf %v426, %v427 fastmath<contract> : f32
          llvm.store %v428, %v102 : f32, !llvm.ptr
          %v429 = llvm.load %v106 : !llvm.ptr -> f32
          %v430 = arith.mulf %v368, %v189 fastmath<contract> : f32
          %v431 = arith.addf %v429, %v430 fastmath<contract> : f32
          %v432 = arith.mulf %v370, %v191 fastmath<contract> : f32
          %v433 = arith.addf %v431, %v432 fastmath<contract> : f32
          %v434 = arith.mulf %v372, %v193 fastmath<contract> : f32
          %v435 = arith.addf %v433, %v434 fastmath<contract> : f32
          %v436 = arith.mulf %v374, %v195 fastmath<contract> : f32
          %v437 = arith.addf %v435, %v436 fastmath<contract> : f32
          llvm.store %v437, %v106 : f32, !llvm.ptr
          %v438 = llvm.load %v110 : !llvm.ptr -> f32
          %v439 = arith.mulf %v368, %v197 fastmath<contract> : f32
          %v440 = arith.addf %v438, %v439 fastmath<contract> : f32
          %v441 = arith.mulf %v370, %v199 fastmath<contract> : f32
          %v442 = arith.addf %v440, %v441 fastmath<contract> : f32
          %v443 = arith.mulf %v372, %v201 fastmath<contract> : f32
          %v444 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v445 = arith.mulf %v374, %v203 fastmath<contract> : f32
          %v446 = arith.addf %v444, %v445 fastmath<contract> : f32
          llvm.store %v446, %v110 : f32, !llvm.ptr
          %v447 = llvm.select %v115, %v123, %v27 : i1, vector<4xf32>
          %v448 = llvm.mlir.constant(0 : i32) : i32
          %v449 = llvm.extractelement %v447[%v448 : i32] : vector<4xf32>
          %v450 = llvm.mlir.constant(1 : i32) : i32
          %v451 = llvm.extractelement %v447[%v450 : i32] : vector<4xf32>
          %v452 = llvm.mlir.constant(2 : i32) : i32
          %v453 = llvm.extractelement %v447[%v452 : i32] : vector<4xf32>
          %v454 = llvm.mlir.constant(3 : i32) : i32
          %v455 = llvm.extractelement %v447[%v454 : i32] : vector<4xf32>
          %v456 = llvm.load %v83 : !llvm.ptr -> f32
          %v457 = arith.mulf %v449, %v141 fastmath<contract> : f32
          %v458 = arith.addf %v456, %v457 fastmath<contract> : f32
          %v459 = arith.mulf %v451, %v143 fastmath<contract> : f32
          %v460 = arith.addf %v458, %v459 fastmath<contract> : f32
          %v461 = arith.mulf %v453, %v145 fastmath<contract> : f32
          %v462 = arith.addf %v460, %v461 fastmath<contract> : f32
          %v463 = arith.mulf %v455, %v147 fastmath<contract> : f32
          %v464 = arith.addf %v462, %v463 fastmath<contract> : f32
          llvm.store %v464, %v83 : f32, !llvm.ptr
          %v465 = llvm.load %v87 : !llvm.ptr -> f32
          %v466 = arith.mulf %v449, %v149 fastmath<contract> : f32
          %v467 = arith.addf %v465, %v466 fastmath<contract> : f32
          %v468 = arith.mulf %v451, %v151 fastmath<contract> : f32
          %v469 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v470 = arith.mulf %v453, %v153 fastmath<contract> : f32
          %v471 = arith.addf %v469, %v470 fastmath<contract> : f32
          %v472 = arith.mulf %v455, %v155 fastmath<contract> : f32
          %v473 = arith.addf %v471, %v472 fastmath<contract> : f32
          llvm.store %v473, %v87 : f32, !llvm.ptr
          %v474 = llvm.load %v91 : !llvm.ptr -> f32
          %v475 = arith.mulf %v449, %v157 fastmath<contract> : f32
          %v476 = arith.addf %v474, %v475 fastmath<contract> : f32
          %v477 = arith.mulf %v451, %v159 fastmath<contract> : f32
          %v478 = arith.addf %v476, %v477 fastmath<contract> : f32
          %v479 = arith.mulf %v453, %v161 fastmath<contract> : f32
          %v480 = arith.addf %v478, %v479 fastmath<contract> : f32
          %v481 = arith.mulf %v455, %v163 fastmath<contract> : f32
          %v482 = arith.addf %v480, %v481 fastmath<contract> : f32
          llvm.store %v482, %v91 : f32, !llvm.ptr
          %v483 = llvm.load %v95 : !llvm.ptr -> f32
          %v484 = arith.mulf %v449, %v165 fastmath<contract> : f32
          %v485 = arith.addf %v483, %v484 fastmath<contract> : f32
          %v486 = arith.mulf %v451, %v167 fastmath<contract> : f32
          %v487 = arith.addf %v485, %v486 fastmath<contract> : f32
          %v488 = arith.mulf %v453, %v169 fastmath<contract> : f32
          %v489 = arith.addf %v487, %v488 fastmath<contract> : f32
          %v490 = arith.mulf %v455, %v171 fastmath<contract> : f32
          %v491 = arith.addf %v489, %v490 fastmath<contract> : f32
          llvm.store %v491, %v95 : f32, !llvm.ptr
          %v492 = llvm.load %v99 : !llvm.ptr -> f32
          %v493 = arith.mulf %v449, %v173 fastmath<contract> : f32
          %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
          %v495 = arith.mulf %v451, %v175 fastmath<contract> : f32
          %v496 = arith.addf %v494, %v495 fastmath<contract> : f32
          %v497 = arith.mulf %v453, %v177 fastmath<contract> : f32
          %v498 = arith.addf %v496, %v497 fastmath<contract> : f32
          %v499 = arith.mulf %v455, %v179 fastmath<contract> : f32
          %v500 = arith.addf %v498, %v499 fastmath<contract> : f32
          llvm.store %v500, %v99 : f32, !llvm.ptr
          %v501 = llvm.load %v103 : !llvm.ptr -> f32
          %v502 = arith.mulf %v449, %v181 fastmath<contract> : f32
          %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
          %v504 = arith.mulf %v451, %v183 fastmath<contract> : f32
          %v505 = arith.addf %v503, %v504 fastmath<contract> : f32
          %v506 = arith.mulf %v453, %v185 fastmath<contract> : f32
          %v507 = arith.addf %v505, %v506 fastmath<contract> : f32
          %v508 = arith.mulf %v455, %v187 fastmath<contract> : f32
          %v509 = arith.addf %v507, %v508 fastmath<contract> : f32
          llvm.store %v509, %v103 : f32, !llvm.ptr
          %v510 = llvm.load %v107 : !llvm.ptr -> f32
          %v511 = arith.mulf %v449, %v189 fastmath<contract> : f32
          %v512 = arith.addf %v510, %v511 fastmath<contract> : f32
          %v513 = arith.mulf %v451, %v191 fastmath<contract> : f32
          %v514 = arith.addf %v512, %v513 fastmath<contract> : f32
          %v515 = arith.mulf %v453, %v193 fastmath<contract> : f32
          %v516 = arith.addf %v514, %v515 fastmath<contract> : f32
          %v517 = arith.mulf %v455, %v195 fastmath<contract> : f32
          %v518 = arith.addf %v516, %v517 fastmath<contract> : f32
          llvm.store %v518, %v107 : f32, !llvm.ptr
          %v519 = llvm.load %v111 : !llvm.ptr -> f32
          %v520 = arith.mulf %v449, %v197 fastmath<contract> : f32
          %v521 = arith.addf %v519, %v520 fastmath<contract> : f32
          %v522 = arith.mulf %v451, %v199 fastmath<contract> : f32
          %v523 = arith.addf %v521, %v522 fastmath<contract> : f32
          %v524 = arith.mulf %v453, %v201 fastmath<contract> : f32
          %v525 = arith.addf %v523, %v524 fastmath<contract> : f32
          %v526 = arith.mulf %v455, %v203 fastmath<contract> : f32
          %v527 = arith.addf %v525, %v526 fastmath<contract> : f32
          llvm.store %v527, %v111 : f32, !llvm.ptr
        }
        %v528 = llvm.load %v80 : !llvm.ptr -> f32
        %v529 = llvm.load %v81 : !llvm.ptr -> f32
        %v530 = llvm.load %v82 : !llvm.ptr -> f32
        %v531 = llvm.load %v83 : !llvm.ptr -> f32
        %v532 = llvm.load %v84 : !llvm.ptr -> f32
        %v533 = llvm.load %v85 : !llvm.ptr -> f32
        %v534 = llvm.load %v86 : !llvm.ptr -> f32
        %v535 = llvm.load %v87 : !llvm.ptr -> f32
        %v536 = llvm.load %v88 : !llvm.ptr -> f32
        %v537 = llvm.load %v89 : !llvm.ptr -> f32
        %v538 = llvm.load %v90 : !llvm.ptr -> f32
        %v539 = llvm.load %v91 : !llvm.ptr -> f32
        %v540 = llvm.load %v92 : !llvm.ptr -> f32
        %v541 = llvm.load %v93 : !llvm.ptr -> f32
        %v542 = llvm.load %v94 : !llvm.ptr -> f32
        %v543 = llvm.load %v95 : !llvm.ptr -> f32
        %v544 = llvm.load %v96 : !llvm.ptr -> f32
        %v545 = llvm.load %v97 : !llvm.ptr -> f32
        %v546 = llvm.load %v98 : !llvm.ptr -> f32
        %v547 = llvm.load %v99 : !llvm.ptr -> f32
        %v548 = llvm.load %v100 : !llvm.ptr -> f32
        %v549 = llvm.load %v101 : !llvm.ptr -> f32
        %v550 = llvm.load %v102 : !llvm.ptr -> f32
        %v551 = llvm.load %v103 : !llvm.ptr -> f32
        %v552 = llvm.load %v104 : !llvm.ptr -> f32
        %v553 = llvm.load %v105 : !llvm.ptr -> f32
        %v554 = llvm.load %v106 : !llvm.ptr -> f32
        %v555 = llvm.load %v107 : !llvm.ptr -> f32
        %v556 = llvm.load %v108 : !llvm.ptr -> f32
        %v557 = llvm.load %v109 : !llvm.ptr -> f32
        %v558 = llvm.load %v110 : !llvm.ptr -> f32
        %v559 = llvm.load %v111 : !llvm.ptr -> f32
        %v560 = arith.constant 32 : i32
        %v561 = arith.constant 16 : i32
        %v563 = arith.andi %v10, %v562 : i64
        %v564 = arith.cmpi ne, %v563, %v12 : i64
        %v565 = arith.select %v564, %v528, %v544 : f32
        %v566 = arith.select %v564, %v544, %v528 : f32
        %v567, %v568 = gpu.shuffle xor %v565, %v561, %v560 : f32
        %v569 = arith.addf %v566, %v567 fastmath<contract> : f32
        %v570 = arith.select %v564, %v529, %v545 : f32
        %v571 = arith.select %v564, %v545, %v529 : f32
        %v572, %v573 = gpu.shuffle xor %v570, %v561, %v560 : f32
        %v574 = arith.addf %v571, %v572 fastmath<contract> : f32
        %v575 = arith.select %v564, %v530, %v546 : f32
        %v576 = arith.select %v564, %v546, %v530 : f32
        %v577, %v578 = gpu.shuffle xor %v575, %v561, %v560 : f32
        %v579 = arith.addf %v576, %v577 fastmath<contract> : f32
        %v580 = arith.select %v564, %v531, %v547 : f32
        %v581 = arith.select %v564, %v547, %v531 : f32
        %v582, %v583 = gpu.shuffle xor %v580, %v561, %v560 : f32
        %v584 = arith.addf %v581, %v582 fastmath<contract> : f32
        %v585 = arith.select %v564, %v532, %v548 : f32
        %v586 = arith.select %v564, %v548, %v532 : f32
        %v587, %v588 = gpu.shuffle xor %v585, %v561, %v560 : f32
        %v589 = arith.addf %v586, %v587 fastmath<contract> : f32
        %v590 = arith.select %v564, %v533, %v549 : f32
        %v591 = arith.select %v564, %v549, %v533 : f32
        %v592, %v593 = gpu.shuffle xor %v590, %v561, %v560 : f32
        %v594 = arith.addf %v591, %v592 fastmath<contract> : f32
        %v595 = arith.select %v564, %v534, %v550 : f32
        %v596 = arith.select %v564, %v550, %v534 : f32
        %v597, %v598 = gpu.shuffle xor %v595, %v561, %v560 : f32
        %v599 = arith.addf %v596, %v597 fastmath<contract> : f32
        %v600 = arith.select %v564, %v535, %v551 : f32
        %v601 = arith.select %v564, %v551, %v535 : f32
        %v602, %v603 = gpu.shuffle xor %v600, %v561, %v560 : f32
        %v604 = arith.addf %v601, %v602 fastmath<contract> : f32
        %v605 = arith.select %v564, %v536, %v552 : f32
        %v606 = arith.select %v564, %v552, %v536 : f32
        %v607, %v608 = gpu.shuffle xor %v605, %v561, %v560 : f32
        %v609 = arith.addf %v606, %v607 fastmath<contract> : f32
        %v610 = arith.select %v564, %v537, %v553 : f32
        %v611 = arith.select %v564, %v553, %v537 : f32
        %v612, %v613 = gpu.shuffle xor %v610, %v561, %v560 : f32
        %v614 = arith.addf %v611, %v612 fastmath<contract> : f32
        %v615 = arith.select %v564, %v538, %v554 : f32
        %v616 = arith.select %v564, %v554, %v538 : f32
        %v617, %v618 = gpu.shuffle xor %v615, %v561, %v560 : f32
        %v619 = arith.addf %v616, %v617 fastmath<contract> : f32
        %v620 = arith.select %v564, %v539, %v555 : f32
        %v621 = arith.select %v564, %v555, %v539 : f32
        %v622, %v623 = gpu.shuffle xor %v620, %v561, %v560 : f32
        %v624 = arith.addf %v621, %v622 fastmath<contract> : f32
        %v625 = arith.select %v564, %v540, %v556 : f32
        %v626 = arith.select %v564, %v556, %v540 : f32
        %v627, %v628 = gpu.shuffle xor %v625, %v561, %v560 : f32
        %v629 = arith.addf %v626, %v627 fastmath<contract> : f32
        %v630 = arith.select %v564, %v541, %v557 : f32
        %v631 = arith.select %v564, %v557, %v541 : f32
        %v632, %v633 = gpu.shuffle xor %v630, %v561, %v560 : f32
        %v634 = arith.addf %v631, %v632 fastmath<contract> : f32
        %v635 = arith.select %v564, %v542, %v558 : f32
        %v636 = arith.select %v564, %v558, %v542 : f32
        %v637, %v638 = gpu.shuffle xor %v635, %v561, %v560 : f32
        %v639 = arith.addf %v636, %v637 fastmath<contract> : f32
        %v640 = arith.select %v564, %v543, %v559 : f32
        %v641 = arith.select %v564, %v559, %v543 : f32
        %v642, %v643 = gpu.shuffle xor %v640, %v561, %v560 : f32
        %v644 = arith.addf %v641, %v642 fastmath<contract> : f32
        %v645 = arith.select %v564, %v562, %v12 : i64
        %v646 = arith.constant 8 : i32
        %v647 = arith.andi %v10, %v14 : i64
        %v648 = arith.cmpi ne, %v647, %v12 : i64
        %v649 = arith.select %v648, %v569, %v609 : f32
        %v650 = arith.select %v648, %v609, %v569 : f32
        %v651, %v652 = gpu.shuffle xor %v649, %v646, %v560 : f32
        %v653 = arith.addf %v650, %v651 fastmath<contract> : f32
        %v654 = arith.select %v648, %v574, %v614 : f32
        %v655 = arith.select %v648, %v614, %v574 : f32
        %v656, %v657 = gpu.shuffle xor %v654, %v646, %v560 : f32
        %v658 = arith.addf %v655, %v656 fastmath<contract> : f32
        %v659 = arith.select %v648, %v579, %v619 : f32
        %v660 = arith.select %v648, %v619, %v579 : f32
        %v661, %v662 = gpu.shuffle xor %v659, %v646, %v560 : f32
        %v663 = arith.addf %v660, %v661 fastmath<contract> : f32
        %v664 = arith.select %v648, %v584, %v624 : f32
        %v665 = arith.select %v648, %v624, %v584 : f32
        %v666, %v667 = gpu.shuffle xor %v664, %v646, %v560 : f32
        %v668 = arith.addf %v665, %v666 fastmath<contract> : f32
        %v669 = arith.select %v648, %v589, %v629 : f32
        %v670 = arith.select %v648, %v629, %v589 : f32
        %v671, %v672 = gpu.shuffle xor %v669, %v646, %v560 : f32
        %v673 = arith.addf %v670, %v671 fastmath<contract> : f32
        %v674 = arith.select %v648, %v594, %v634 : f32
        %v675 = arith.select %v648, %v634, %v594 : f32
        %v676, %v677 = gpu.shuffle xor %v674, %v646, %v560 : f32
        %v678 = arith.addf %v675, %v676 fastmath<contract> : f32
        %v679 = arith.select %v648, %v599, %v639 : f32
        %v680 = arith.select %v648, %v639, %v599 : f32
        %v681, %v682 = gpu.shuffle xor %v679, %v646, %v560 : f32
        %v683 = arith.addf %v680, %v681 fastmath<contract> : f32
        %v684 = arith.select %v648, %v604, %v644 : f32
        %v685 = arith.select %v648, %v644, %v604 : f32
        %v686, %v687 = gpu.shuffle xor %v684, %v646, %v560 : f32
        %v688 = arith.addf %v685, %v686 fastmath<contract> : f32
        %v689 = arith.select %v648, %v14, %v12 : i64
        %v690 = arith.addi %v645, %v689 : i64
        %v691 = arith.constant 4 : i32
        %v692 = arith.andi %v10, %v13 : i64
        %v693 = arith.cmpi ne, %v692, %v12 : i64
        %v694 = arith.select %v693, %v653, %v673 : f32
        %v695 = arith.select %v693, %v673, %v653 : f32
        %v696, %v697 = gpu.shuffle xor %v694, %v691, %v560 : f32
        %v698 = arith.addf %v695, %v696 fastmath<contract> : f32
        %v699 = arith.select %v693, %v658, %v678 : f32
        %v700 = arith.select %v693, %v678, %v658 : f32
        %v701, %v702 = gpu.shuffle xor %v699, %v691, %v560 : f32
        %v703 = arith.addf %v700, %v701 fastmath<contract> : f32
        %v704 = arith.select %v693, %v663, %v683 : f32
        %v705 = arith.select %v693, %v683, %v663 : f32
        %v706, %v707 = gpu.shuffle xor %v704, %v691, %v560 : f32
        %v708 = arith.addf %v705, %v706 fastmath<contract> : f32
        %v709 = arith.select %v693, %v668, %v688 : f32
        %v710 = arith.select %v693, %v688, %v668 : f32
        %v711, %v712 = gpu.shuffle xor %v709, %v691, %v560 : f32
        %v713 = arith.addf %v710, %v711 fastmath<contract> : f32
        %v714 = arith.select %v693, %v13, %v12 : i64
        %v715 = arith.addi %v690, %v714 : i64
        %v716 = arith.constant 2 : i32
        %v717 = arith.andi %v10, %v37 : i64
        %v718 = arith.cmpi ne, %v717, %v12 : i64
        %v719 = arith.select %v718, %v698, %v708 : f32
        %v720 = arith.select %v718, %v708, %v698 : f32
        %v721, %v722 = gpu.shuffle xor %v719, %v716, %v560 : f32
        %v723 = arith.addf %v720, %v721 fastmath<contract> : f32
        %v724 = arith.select %v718, %v703, %v713 : f32
        %v725 = arith.select %v718, %v713, %v703 : f32
        %v726, %v727 = gpu.shuffle xor %v724, %v716, %v560 : f32
        %v728 = arith.addf %v725, %v726 fastmath<contract> : f32
        %v729 = arith.select %v718, %v37, %v12 : i64
        %v730 = arith.addi %v715, %v729 : i64
        %v731 = arith.constant 1 : i32
        %v732 = arith.andi %v10, %v11 : i64
        %v733 = arith.cmpi ne, %v732, %v12 : i64
        %v734 = arith.select %v733, %v723, %v728 : f32
        %v735 = arith.select %v733, %v728, %v723 : f32
        %v736, %v737 = gpu.shuffle xor %v734, %v731, %v560 : f32
        %v738 = arith.addf %v735, %v736 fastmath<contract> : f32
        %v739 = arith.select %v733, %v11, %v12 : i64
        %v740 = arith.addi %v730, %v739 : i64
        %v741 = arith.divsi %v740, %v13 : i64
        %v742 = arith.remsi %v740, %v13 : i64
        %v743 = arith.addi %v21, %v742 : i64
        %v744 = arith.addi %v20, %v741 : i64
        %v745 = arith.andi %v10, %v12 : i64
        %v746 = arith.cmpi eq, %v745, %v12 : i64
        %v747 = arith.cmpi slt, %v743, %n : i64
        %v748 = arith.cmpi slt, %v744, %m : i64
        %v749 = arith.andi %v747, %v748 : i1
        %v750 = arith.andi %v749, %v746 : i1
        scf.if %v750 {
          llvm.store %v738, %v751 : f32, !llvm.ptr
          %v752 = llvm.mlir.zero : !llvm.ptr
          %v753 = llvm.icmp "ne" %bias, %v752 : !llvm.ptr
          scf.if %v753 {
            %v754 = llvm.getelementptr %bias[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v755 = llvm.load %v754 : !llvm.ptr -> f32
            %v756 = llvm.load %v751 : !llvm.ptr -> f32
            %v757 = arith.addf %v756, %v755 fastmath<contract> : f32
            llvm.store %v757, %v751 : f32, !llvm.ptr
          }
          %v758 = llvm.mlir.zero : !llvm.ptr
          %v759 = llvm.icmp "ne" %add, %v758 : !llvm.ptr
          scf.if %v759 {
            %v760 = arith.muli %v744, %add_stride : i64
            %v761 = arith.addi %v760, %v743 : i64
            %v762 = llvm.getelementptr %add[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v763 = llvm.load %v762 : !llvm.ptr -> f32
            %v764 = llvm.load %v751 : !llvm.ptr -> f32
            %v765 = arith.addf %v764, %v763 fastmath<contract> : f32
            llvm.store %v765, %v751 : f32, !llvm.ptr
          }
          %v766 = llvm.load %v751 : !llvm.ptr -> f32
          %v767 = arith.cmpi slt, %v743, %split1 : i64
          %v768 = arith.cmpi slt, %v743, %split2 : i64
          %v769 = arith.muli %m, %split1 : i64
          %v770 = arith.muli %m, %split2 : i64
          %v771 = arith.select %v768, %v769, %v770 : i64
          %v772 = arith.select %v767, %v12, %v771 : i64
          %v773 = arith.subi %split2, %split1 : i64
          %v774 = arith.subi %n, %split2 : i64
          %v775 = arith.select %v768, %v773, %v774 : i64
          %v776 = arith.select %v767, %split1, %v775 : i64
          %v777 = arith.select %v768, %split1, %split2 : i64
          %v778 = arith.select %v767, %v12, %v777 : i64
          %v779 = arith.muli %v744, %v776 : i64
          %v780 = arith.subi %v743, %v778 : i64
          %v781 = arith.addi %v772, %v779 : i64
          %v782 = arith.addi %v781, %v780 : i64
          %v783 = llvm.getelementptr %out[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v766, %v783 : f32, !llvm.ptr
          %v784 = llvm.mlir.zero : !llvm.ptr
          %v785 = llvm.icmp "ne" %conv_w, %v784 : !llvm.ptr
          %v786 = arith.andi %v785, %v767 : i1
          scf.if %v786 {
            %v787 = arith.subi %conv_k, %v11 : i64
            llvm.store %v29, %v788 : f32, !llvm.ptr
            %v789 = llvm.mlir.zero : !llvm.ptr
            %v790 = llvm.icmp "ne" %conv_b, %v789 : !llvm.ptr
            scf.if %v790 {
              %v791 = llvm.getelementptr %conv_b[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v792 = llvm.load %v791 : !llvm.ptr -> f32
              llvm.store %v792, %v788 : f32, !llvm.ptr
            }
            %v793 = arith.muli %v743, %conv_k : i64
            %v794 = arith.muli %v744, %v787 : i64
            scf.for %v795 = %v12 to %v787 step %v11 : i64 {
              %v796 = arith.addi %v794, %v795 : i64
              %v797 = arith.muli %v796, %split1 : i64
              %v798 = arith.addi %v797, %v743 : i64
              %v799 = llvm.getelementptr %conv_win[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v800 = llvm.load %v799 : !llvm.ptr -> f32
              %v801 = arith.addi %v793, %v795 : i64
              %v802 = llvm.getelementptr %conv_w[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v803 = llvm.load %v802 : !llvm.ptr -> f32
              %v804 = arith.mulf %v803, %v800 fastmath<contract> : f32
              %v805 = llvm.load %v788 : !llvm.ptr -> f32
              %v806 = arith.addf %v805, %v804 fastmath<contract> : f32
              llvm.store %v806, %v788 : f32, !llvm.ptr
            }
            %v807 = arith.addi %v793, %v787 : i64
            %v808 = llvm.getelementptr %conv_w[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v809 = llvm.load %v808 : !llvm.ptr -> f32
            %v810 = arith.mulf %v809, %v766 fastmath<contract> : f32
            %v811 = llvm.load %v788 : !llvm.ptr -> f32
            %v812 = arith.addf %v811, %v810 fastmath<contract> : f32
            %v814 = arith.negf %v812 : f32
            %v816 = arith.mulf %v814, %v815 fastmath<contract> : f32
            %v817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v816) : (f32) -> f32
            %v818 = arith.addf %v813, %v817 fastmath<contract> : f32
            %v819 = arith.divf %v813, %v818 : f32
            %v820 = arith.mulf %v812, %v819 fastmath<contract> : f32
            %v821 = arith.cmpi eq, %conv_act, %v11 : i64
            %v822 = arith.select %v821, %v820, %v812 : f32
            %v823 = arith.muli %v744, %split1 : i64
            %v824 = arith.addi %v823, %v743 : i64
            %v825 = llvm.getelementptr %conv_out[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v822, %v825 : f32, !llvm.ptr
            %v826 = arith.subi %v787, %v11 : i64
            scf.for %v827 = %v12 to %v826 step %v11 : i64 {
              %v828 = arith.addi %v794, %v827 : i64
              %v829 = arith.muli %v828, %split1 : i64
              %v830 = arith.addi %v829, %v743 : i64
              %v831 = arith.addi %v830, %split1 : i64
              %v832 = llvm.getelementptr %conv_win[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v833 = llvm.load %v832 : !llvm.ptr -> f32
              %v834 = llvm.getelementptr %conv_win[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v833, %v834 : f32, !llvm.ptr
            }
            %v835 = arith.cmpi slt, %v12, %v787 : i64
            scf.if %v835 {
              %v836 = arith.addi %v794, %v826 : i64
              %v837 = arith.muli %v836, %split1 : i64
              %v838 = arith.addi %v837, %v743 : i64
              %v839 = llvm.getelementptr %conv_win[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v766, %v839 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_bf16w_8x4u1(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v14 = arith.constant 8 : i64
      %v15 = arith.constant 7 : i64
      %v29 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 2 : i64
      %v42 = arith.constant 3 : i64
      %v51 = arith.constant 5 : i64
      %v56 = arith.constant 6 : i64
      %v80 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v96 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v97 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v106 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v107 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v108 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v109 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v110 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v111 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v112 = arith.constant 128 : i64
      %v574 = arith.constant 16 : i64
      %v763 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v800 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v825 = arith.constant 0x3F800000 : f32
      %v827 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v16 = arith.addi %m, %v15 : i64
      %v17 = arith.divsi %v16, %v14 : i64
      %v18 = arith.remsi %v9, %v17 : i64
      %v19 = arith.divsi %v9, %v17 : i64
      %v20 = arith.muli %v18, %v14 : i64
      %v21 = arith.muli %v19, %v13 : i64
      %v22 = arith.cmpi slt, %v21, %n : i64
      scf.if %v22 {
        %v23 = arith.subi %m, %v11 : i64
        %v24 = arith.subi %n, %v11 : i64
        %v25 = arith.subi %k, %v13 : i64
        %v26 = arith.muli %v10, %v13 : i64
        %v27 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v28 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v30 = arith.minsi %v20, %v23 : i64
        %v31 = arith.muli %v30, %x_stride : i64
        %v32 = llvm.getelementptr %x[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v33 = arith.addi %v20, %v11 : i64
        %v34 = arith.minsi %v33, %v23 : i64
        %v35 = arith.muli %v34, %x_stride : i64
        %v36 = llvm.getelementptr %x[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = arith.addi %v20, %v37 : i64
        %v39 = arith.minsi %v38, %v23 : i64
        %v40 = arith.muli %v39, %x_stride : i64
        %v41 = llvm.getelementptr %x[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v43 = arith.addi %v20, %v42 : i64
        %v44 = arith.minsi %v43, %v23 : i64
        %v45 = arith.muli %v44, %x_stride : i64
        %v46 = llvm.getelementptr %x[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = arith.addi %v20, %v13 : i64
        %v48 = arith.minsi %v47, %v23 : i64
        %v49 = arith.muli %v48, %x_stride : i64
        %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = arith.addi %v20, %v51 : i64
        %v53 = arith.minsi %v52, %v23 : i64
        %v54 = arith.muli %v53, %x_stride : i64
        %v55 = llvm.getelementptr %x[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v57 = arith.addi %v20, %v56 : i64
        %v58 = arith.minsi %v57, %v23 : i64
        %v59 = arith.muli %v58, %x_stride : i64
        %v60 = llvm.getelementptr %x[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v61 = arith.addi %v20, %v15 : i64
        %v62 = arith.minsi %v61, %v23 : i64
        %v63 = arith.muli %v62, %x_stride : i64
        %v64 = llvm.getelementptr %x[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.minsi %v21, %v24 : i64
        %v66 = arith.muli %v65, %k : i64
        %v67 = llvm.getelementptr %w[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v68 = arith.addi %v21, %v11 : i64
        %v69 = arith.minsi %v68, %v24 : i64
        %v70 = arith.muli %v69, %k : i64
        %v71 = llvm.getelementptr %w[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v72 = arith.addi %v21, %v37 : i64
        %v73 = arith.minsi %v72, %v24 : i64
        %v74 = arith.muli %v73, %k : i64
        %v75 = llvm.getelementptr %w[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v76 = arith.addi %v21, %v42 : i64
        %v77 = arith.minsi %v76, %v24 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v29, %v80 : f32, !llvm.ptr
        llvm.store %v29, %v81 : f32, !llvm.ptr
        llvm.store %v29, %v82 : f32, !llvm.ptr
        llvm.store %v29, %v83 : f32, !llvm.ptr
        llvm.store %v29, %v84 : f32, !llvm.ptr
        llvm.store %v29, %v85 : f32, !llvm.ptr
        llvm.store %v29, %v86 : f32, !llvm.ptr
        llvm.store %v29, %v87 : f32, !llvm.ptr
        llvm.store %v29, %v88 : f32, !llvm.ptr
        llvm.store %v29, %v89 : f32, !llvm.ptr
        llvm.store %v29, %v90 : f32, !llvm.ptr
        llvm.store %v29, %v91 : f32, !llvm.ptr
        llvm.store %v29, %v92 : f32, !llvm.ptr
        llvm.store %v29, %v93 : f32, !llvm.ptr
        llvm.store %v29, %v94 : f32, !llvm.ptr
        llvm.store %v29, %v95 : f32, !llvm.ptr
        llvm.store %v29, %v96 : f32, !llvm.ptr
        llvm.store %v29, %v97 : f32, !llvm.ptr
        llvm.store %v29, %v98 : f32, !llvm.ptr
        llvm.store %v29, %v99 : f32, !llvm.ptr
        llvm.store %v29, %v100 : f32, !llvm.ptr
        llvm.store %v29, %v101 : f32, !llvm.ptr
        llvm.store %v29, %v102 : f32, !llvm.ptr
        llvm.store %v29, %v103 : f32, !llvm.ptr
        llvm.store %v29, %v104 : f32, !llvm.ptr
        llvm.store %v29, %v105 : f32, !llvm.ptr
        llvm.store %v29, %v106 : f32, !llvm.ptr
        llvm.store %v29, %v107 : f32, !llvm.ptr
        llvm.store %v29, %v108 : f32, !llvm.ptr
        llvm.store %v29, %v109 : f32, !llvm.ptr
        llvm.store %v29, %v110 : f32, !llvm.ptr
        llvm.store %v29, %v111 : f32, !llvm.ptr
        scf.for %v113 = %v26 to %k step %v112 : i64 {
          %v114 = arith.minsi %v113, %v25 : i64
          %v115 = arith.cmpi slt, %v113, %k : i64
          %v116 = llvm.getelementptr %v67[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v117 = llvm.load %v116 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v118 = llvm.getelementptr %v71[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v119 = llvm.load %v118 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v120 = llvm.getelementptr %v75[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v121 = llvm.load %v120 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v122 = llvm.getelementptr %v79[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v123 = llvm.load %v122 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v124 = llvm.getelementptr %v32[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v126 = llvm.getelementptr %v36[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v128 = llvm.getelementptr %v41[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v130 = llvm.getelementptr %v46[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v132 = llvm.getelementptr %v50[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v134 = llvm.getelementptr %v55[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v136 = llvm.getelementptr %v60[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.getelementptr %v64[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v140 = llvm.mlir.constant(0 : i32) : i32
          %v141 = llvm.extractelement %v125[%v140 : i32] : vector<4xf32>
          %v142 = llvm.mlir.constant(1 : i32) : i32
          %v143 = llvm.extractelement %v125[%v142 : i32] : vector<4xf32>
          %v144 = llvm.mlir.constant(2 : i32) : i32
          %v145 = llvm.extractelement %v125[%v144 : i32] : vector<4xf32>
          %v146 = llvm.mlir.constant(3 : i32) : i32
          %v147 = llvm.extractelement %v125[%v146 : i32] : vector<4xf32>
          %v148 = llvm.mlir.constant(0 : i32) : i32
          %v149 = llvm.extractelement %v127[%v148 : i32] : vector<4xf32>
          %v150 = llvm.mlir.constant(1 : i32) : i32
          %v151 = llvm.extractelement %v127[%v150 : i32] : vector<4xf32>
          %v152 = llvm.mlir.constant(2 : i32) : i32
          %v153 = llvm.extractelement %v127[%v152 : i32] : vector<4xf32>
          %v154 = llvm.mlir.constant(3 : i32) : i32
          %v155 = llvm.extractelement %v127[%v154 : i32] : vector<4xf32>
          %v156 = llvm.mlir.constant(0 : i32) : i32
          %v157 = llvm.extractelement %v129[%v156 : i32] : vector<4xf32>
          %v158 = llvm.mlir.constant(1 : i32) : i32
          %v159 = llvm.extractelement %v129[%v158 : i32] : vector<4xf32>
          %v160 = llvm.mlir.constant(2 : i32) : i32
          %v161 = llvm.extractelement %v129[%v160 : i32] : vector<4xf32>
          %v162 = llvm.mlir.constant(3 : i32) : i32
          %v163 = llvm.extractelement %v129[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(0 : i32) : i32
          %v165 = llvm.extractelement %v131[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(1 : i32) : i32
          %v167 = llvm.extractelement %v131[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(2 : i32) : i32
          %v169 = llvm.extractelement %v131[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(3 : i32) : i32
          %v171 = llvm.extractelement %v131[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(0 : i32) : i32
          %v173 = llvm.extractelement %v133[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(1 : i32) : i32
          %v175 = llvm.extractelement %v133[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(2 : i32) : i32
          %v177 = llvm.extractelement %v133[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(3 : i32) : i32
          %v179 = llvm.extractelement %v133[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(0 : i32) : i32
          %v181 = llvm.extractelement %v135[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(1 : i32) : i32
          %v183 = llvm.extractelement %v135[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(2 : i32) : i32
          %v185 = llvm.extractelement %v135[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(3 : i32) : i32
          %v187 = llvm.extractelement %v135[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(0 : i32) : i32
          %v189 = llvm.extractelement %v137[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(1 : i32) : i32
          %v191 = llvm.extractelement %v137[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(2 : i32) : i32
          %v193 = llvm.extractelement %v137[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(3 : i32) : i32
          %v195 = llvm.extractelement %v137[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(0 : i32) : i32
          %v197 = llvm.extractelement %v139[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(1 : i32) : i32
          %v199 = llvm.extractelement %v139[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(2 : i32) : i32
          %v201 = llvm.extractelement %v139[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(3 : i32) : i32
          %v203 = llvm.extractelement %v139[%v202 : i32] : vector<4xf32>
          %v204 = llvm.zext %v117 : vector<4xi16> to vector<4xi32>
          %v205 = llvm.shl %v204, %v28 : vector<4xi32>
          %v206 = llvm.bitcast %v205 : vector<4xi32> to vector<4xf32>
          %v207 = llvm.select %v115, %v206, %v27 : i1, vector<4xf32>
          %v208 = llvm.mlir.constant(0 : i32) : i32
          %v209 = llvm.extractelement %v207[%v208 : i32] : vector<4xf32>
          %v210 = llvm.mlir.constant(1 : i32) : i32
          %v211 = llvm.extractelement %v207[%v210 : i32] : vector<4xf32>
          %v212 = llvm.mlir.constant(2 : i32) : i32
          %v213 = llvm.extractelement %v207[%v212 : i32] : vector<4xf32>
          %v214 = llvm.mlir.constant(3 : i32) : i32
          %v215 = llvm.extractelement %v207[%v214 : i32] : vector<4xf32>
          %v216 = llvm.load %v80 : !llvm.ptr -> f32
          %v217 = arith.mulf %v209, %v141 fastmath<contract> : f32
          %v218 = arith.addf %v216, %v217 fastmath<contract> : f32
          %v219 = arith.mulf %v211, %v143 fastmath<contract> : f32
          %v220 = arith.addf %v218, %v219 fastmath<contract> : f32
          %v221 = arith.mulf %v213, %v145 fastmath<contract> : f32
          %v222 = arith.addf %v220, %v221 fastmath<contract> : f32
          %v223 = arith.mulf %v215, %v147 fastmath<contract> : f32
          %v224 = arith.addf %v222, %v223 fastmath<contract> : f32
          llvm.store %v224, %v80 : f32, !llvm.ptr
          %v225 = llvm.load %v84 : !llvm.ptr -> f32
          %v226 = arith.mulf %v209, %v149 fastmath<contract> : f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = arith.mulf %v211, %v151 fastmath<contract> : f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = arith.mulf %v213, %v153 fastmath<contract> : f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = arith.mulf %v215, %v155 fastmath<contract> : f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          llvm.store %v233, %v84 : f32, !llvm.ptr
          %v234 = llvm.load %v88 : !llvm.ptr -> f32
          %v235 = arith.mulf %v209, %v157 fastmath<contract> : f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = arith.mulf %v211, %v159 fastmath<contract> : f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = arith.mulf %v213, %v161 fastmath<contract> : f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = arith.mulf %v215, %v163 fastmath<contract> : f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          llvm.store %v242, %v88 : f32, !llvm.ptr
          %v243 = llvm.load %v92 : !llvm.ptr -> f32
          %v244 = arith.mulf %v209, %v165 fastmath<contract> : f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          %v246 = arith.mulf %v211, %v167 fastmath<contract> : f32
          %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
          %v248 = arith.mulf %v213, %v169 fastmath<contract> : f32
          %v249 = arith.addf %v247, %v248 fastmath<contract> : f32
          %v250 = arith.mulf %v215, %v171 fastmath<contract> : f32
          %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
          llvm.store %v251, %v92 : f32, !llvm.ptr
          %v252 = llvm.load %v96 : !llvm.ptr -> f32
          %v253 = arith.mulf %v209, %v173 fastmath<contract> : f32
          %v254 = arith.addf %v252, %v253 fastmath<contract> : f32
          %v255 = arith.mulf %v211, %v175 fastmath<contract> : f32
          %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v257 = arith.mulf %v213, %v177 fastmath<contract> : f32
          %v258 = arith.addf %v256, %v257 fastmath<contract> : f32
          %v259 = arith.mulf %v215, %v179 fastmath<contract> : f32
          %v260 = arith.addf %v258, %v259 fastmath<contract> : f32
          llvm.store %v260, %v96 : f32, !llvm.ptr
          %v261 = llvm.load %v100 : !llvm.ptr -> f32
          %v262 = arith.mulf %v209, %v181 fastmath<contract> : f32
          %v263 = arith.addf %v261, %v262 fastmath<contract> : f32
          %v264 = arith.mulf %v211, %v183 fastmath<contract> : f32
          %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
          %v266 = arith.mulf %v213, %v185 fastmath<contract> : f32
          %v267 = arith.addf %v265, %v266 fastmath<contract> : f32
          %v268 = arith.mulf %v215, %v187 fastmath<contract> : f32
          %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
          llvm.store %v269, %v100 : f32, !llvm.ptr
          %v270 = llvm.load %v104 : !llvm.ptr -> f32
          %v271 = arith.mulf %v209, %v189 fastmath<contract> : f32
          %v272 = arith.addf %v270, %v271 fastmath<contract> : f32
          %v273 = arith.mulf %v211, %v191 fastmath<contract> : f32
          %v274 = arith.addf %v272, %v273 fastmath<contract> : f32
          %v275 = arith.mulf %v213, %v193 fastmath<contract> : f32
          %v276 = arith.addf %v274, %v275 fastmath<contract> : f32
          %v277 = arith.mulf %v215, %v195 fastmath<contract> : f32
          %v278 = arith.addf %v276, %v277 fastmath<contract> : f32
          llvm.store %v278, %v104 : f32, !llvm.ptr
          %v279 = llvm.load %v108 : !llvm.ptr -> f32
          %v280 = arith.mulf %v209, %v197 fastmath<contract> : f32
          %v281 = arith.addf %v279, %v280 fastmath<contract> : f32
          %v282 = arith.mulf %v211, %v199 fastmath<contract> : f32
          %v283 = arith.addf %v281, %v282 fastmath<contract> : f32
          %v284 = arith.mulf %v213, %v201 fastmath<contract> : f32
          %v285 = arith.addf %v283, %v284 fastmath<contract> : f32
          %v286 = arith.mulf %v215, %v203 fastmath<contract> : f32
          %v287 = arith.addf %v285, %v286 fastmath<contract> : f32
          llvm.store %v287, %v108 : f32, !llvm.ptr
          %v288 = llvm.zext %v119 : vector<4xi16> to vector<4xi32>
          %v289 = llvm.shl %v288, %v28 : vector<4xi32>
          %v290 = llvm.bitcast %v289 : vector<4xi32> to vector<4xf32>
          %v291 = llvm.select %v115, %v290, %v27 : i1, vector<4xf32>
          %v292 = llvm.mlir.constant(0 : i32) : i32
          %v293 = llvm.extractelement %v291[%v292 : i32] : vector<4xf32>
          %v294 = llvm.mlir.constant(1 : i32) : i32
          %v295 = llvm.extractelement %v291[%v294 : i32] : vector<4xf32>
          %v296 = llvm.mlir.constant(2 : i32) : i32
          %v297 = llvm.extractelement %v291[%v296 : i32] : vector<4xf32>
          %v298 = llvm.mlir.constant(3 : i32) : i32
          %v299 = llvm.extractelement %v291[%v298 : i32] : vector<4xf32>
          %v300 = llvm.load %v81 : !llvm.ptr -> f32
          %v301 = arith.mulf %v293, %v141 fastmath<contract> : f32
          %v302 = arith.addf %v300, %v301 fastmath<contract> : f32
          %v303 = arith.mulf %v295, %v143 fastmath<contract> : f32
          %v304 = arith.addf %v302, %v303 fastmath<contract> : f32
          %v305 = arith.mulf %v297, %v145 fastmath<contract> : f32
          %v306 = arith.addf %v304, %v305 fastmath<contract> : f32
          %v307 = arith.mulf %v299, %v147 fastmath<contract> : f32
          %v308 = arith.addf %v306, %v307 fastmath<contract> : f32
          llvm.store %v308, %v81 : f32, !llvm.ptr
          %v309 = llvm.load %v85 : !llvm.ptr -> f32
          %v310 = arith.mulf %v293, %v149 fastmath<contract> : f32
          %v311 = arith.addf %v309, %v310 fastmath<contract> : f32
          %v312 = arith.mulf %v295, %v151 fastmath<contract> : f32
          %v313 = arith.addf %v311, %v312 fastmath<contract> : f32
          %v314 = arith.mulf %v297, %v153 fastmath<contract> : f32
          %v315 = arith.addf %v313, %v314 fastmath<contract> : f32
          %v316 = arith.mulf %v299, %v155 fastmath<contract> : f32
          %v317 = arith.addf %v315, %v316 fastmath<contract> : f32
          llvm.store %v317, %v85 : f32, !llvm.ptr
          %v318 = llvm.load %v89 : !llvm.ptr -> f32
          %v319 = arith.mulf %v293, %v157 fastmath<contract> : f32
          %v320 = arith.addf %v318, %v319 fastmath<contract> : f32
          %v321 = arith.mulf %v295, %v159 fastmath<contract> : f32
          %v322 = arith.addf %v320, %v321 fastmath<contract> : f32
          %v323 = arith.mulf %v297, %v161 fastmath<contract> : f32
          %v324 = arith.addf %v322, %v323 fastmath<contract> : f32
          %v325 = arith.mulf %v299, %v163 fastmath<contract> : f32
          %v326 = arith.addf %v324, %v325 fastmath<contract> : f32
          llvm.store %v326, %v89 : f32, !llvm.ptr
          %v327 = llvm.load %v93 : !llvm.ptr -> f32
          %v328 = arith.mulf %v293, %v165 fastmath<contract> : f32
          %v329 = arith.addf %v327, %v328 fastmath<contract> : f32
          %v330 = arith.mulf %v295, %v167 fastmath<contract> : f32
          %v331 = arith.addf %v329, %v330 fastmath<contract> : f32
          %v332 = arith.mulf %v297, %v169 fastmath<contract> : f32
          %v333 = arith.addf %v331, %v332 fastmath<contract> : f32
          %v334 = arith.mulf %v299, %v171 fastmath<contract> : f32
          %v335 = arith.addf %v333, %v334 fastmath<contract> : f32
          llvm.store %v335, %v93 : f32, !llvm.ptr
          %v336 = llvm.load %v97 : !llvm.ptr -> f32
          %v337 = arith.mulf %v293, %v173 fastmath<contract> : f32
          %v338 = arith.addf %v336, %v337 fastmath<contract> : f32
          %v339 = arith.mulf %v295, %v175 fastmath<contract> : f32
          %v340 = arith.addf %v338, %v339 fastmath<contract> : f32
          %v341 = arith.mulf %v297, %v177 fastmath<contract> : f32
          %v342 = arith.addf %v340, %v341 fastmath<contract> : f32
          %v343 = arith.mulf %v299, %v179 fastmath<contract> : f32
          %v344 = arith.addf %v342, %v343 fastmath<contract> : f32
          llvm.store %v344, %v97 : f32, !llvm.ptr
          %v345 = llvm.load %v101 : !llvm.ptr -> f32
          %v346 = arith.mulf %v293, %v181 fastmath<contract> : f32
          %v347 = arith.addf %v345, %v346 fastmath<contract> : f32
          %v348 = arith.mulf %v295, %v183 fastmath<contract> : f32
          %v349 = arith.addf %v347, %v348 fastmath<contract> : f32
          %v350 = arith.mulf %v297, %v185 fastmath<contract> : f32
          %v351 = arith.addf %v349, %v350 fastmath<contract> : f32
          %v352 = arith.mulf %v299, %v187 fastmath<contract> : f32
          %v353 = arith.addf %v351, %v352 fastmath<contract> : f32
          llvm.store %v353, %v101 : f32, !llvm.ptr
          %v354 = llvm.load %v105 : !llvm.ptr -> f32
          %v355 = arith.mulf %v293, %v189 fastmath<contract> : f32
          %v356 = arith.addf %v354, %v355 fastmath<contract> : f32
          %v357 = arith.mulf %v295, %v191 fastmath<contract> : f32
          %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
          %v359 = arith.mulf %v297, %v193 fastmath<contract> : f32
          %v360 = arith.addf %v358, %v359 fastmath<contract> : f32
          %v361 = arith.mulf %v299, %v195 fastmath<contract> : f32
          %v362 = arith.addf %v360, %v361 fastmath<contract> : f32
          llvm.store %v362, %v105 : f32, !llvm.ptr
          %v363 = llvm.load %v109 : !llvm.ptr -> f32
          %v364 = arith.mulf %v293, %v197 fastmath<contract> : f32
          %v365 = arith.addf %v363, %v364 fastmath<contract> : f32
          %v366 = arith.mulf %v295, %v199 fastmath<contract> : f32
          %v367 = arith.addf %v365, %v366 fastmath<contract> : f32
          %v368 = arith.mulf %v297, %v201 fastmath<contract> : f32
          %v369 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v370 = arith.mulf %v299, %v203 fastmath<contract> : f32
          %v371 = arith.addf %v369, %v370 fastmath<contract> : f32
          llvm.store %v371, %v109 : f32, !llvm.ptr
          %v372 = llvm.zext %v121 : vector<4xi16> to vector<4xi32>
          %v373 = llvm.shl %v372, %v28 : vector<4xi32>
          %v374 = llvm.bitcast %v373 : vector<4xi32> to vector<4xf32>
          %v375 = llvm.select %v115, %v374, %v27 : i1, vector<4xf32>
          %v376 = llvm.mlir.constant(0 : i32) : i32
          %v377 = llvm.extractelement %v375[%v376 : i32] : vector<4xf32>
          %v378 = llvm.mlir.constant(1 : i32) : i32
          %v379 = llvm.extractelement %v375[%v378 : i32] : vector<4xf32>
          %v380 = llvm.mlir.constant(2 : i32) : i32
          %v381 = llvm.extractelement %v375[%v380 : i32] : vector<4xf32>
          %v382 = llvm.mlir.constant(3 : i32) : i32
          %v383 = llvm.extractelement %v375[%v382 : i32] : vector<4xf32>
          %v384 = llvm.load %v82 : !llvm.ptr -> f32
          %v385 = arith.mulf %v377, %v141 fastmath<contract> : f32
          %v386 = arith.addf %v384, %v385 fastmath<contract> : f32
          %v387 = arith.mulf %v379, %v143 fastmath<contract> : f32
          %v388 = arith.addf %v386, %v387 fastmath<contract> : f32
          %v389 = arith.mulf %v381, %v145 fastmath<contract> : f32
          %v390 = arith.addf %v388, %v389 fastmath<contract> : f32
          %v391 = arith.mulf %v383, %v147 fastmath<contract> : f32
          %v392 = arith.addf %v390, %v391 fastmath<contract> : f32
          llvm.store %v392, %v82 : f32, !llvm.ptr
          %v393 = llvm.load %v86 : !llvm.ptr -> f32
          %v394 = arith.mulf %v377, %v149 fastmath<contract> : f32
          %v395 = arith.addf %v393, %v394 fastmath<contract> : f32
          %v396 = arith.mulf %v379, %v151 fastmath<contract> : f32
          %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
          %v398 = arith.mulf %v381, %v153 fastmath<contract> : f32
          %v399 = arith.addf %v397, %v398 fastmath<contract> : f32
          %v400 = arith.mulf %v383, %v155 fastmath<contract> : f32
          %v401 = arith.addf %v399, %v400 fastmath<contract> : f32
          llvm.store %v401, %v86 : f32, !llvm.ptr
          %v402 = llvm.load %v90 : !llvm.ptr -> f32
          %v403 = arith.mulf %v377, %v157 fastmath<contract> : f32
          %v404 = arith.addf %v402, %v403 fastmath<contract> : f32
          %v405 = arith.mulf %v379, %v159 fastmath<contract> : f32
          %v406 = arith.addf %v404, %v405 fastmath<contract> : f32
          %v407 = arith.mulf %v381, %v161 fastmath<contract> : f32
          %v408 = arith.addf %v406, %v407 fastmath<contract> : f32
          %v409 = arith.mulf %v383, %v163 fastmath<contract> : f32
          %v410 = arith.addf %v408, %v409 fastmath<contract> : f32
          llvm.store %v410, %v90 : f32, !llvm.ptr
          %v411 = llvm.load %v94 : !llvm.ptr -> f32
          %v412 = arith.mulf %v377, %v165 fastmath<contract> : f32
          %v413 = arith.addf %v411, %v412 fastmath<contract> : f32
          %v414 = arith.mulf %v379, %v167 fastmath<contract> : f32
          %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
          %v416 = arith.mulf %v381, %v169 fastmath<contract> : f32
          %v417 = arith.addf %v415, %v416 fastmath<contract> : f32
          %v418 = arith.mulf %v383, %v171 fastmath<contract> : f32
          %v419 = arith.addf %v417, %v418 fastmath<contract> : f32
          llvm.store %v419, %v94 : f32, !llvm.ptr
          %v420 = llvm.load %v98 : !llvm.ptr -> f32
          %v421 = arith.mulf %v377, %v173 fastmath<contract> : f32
          %v422 = arith.addf %v420, %v421 fastmath<contract> : f32
          %v423 = arith.mulf %v379, %v175 fastmath<contract> : f32
          %v424 = arith.addf %v422, %v423 fastmath<contract> : f32
          %v425 = arith.mulf %v381, %v177 fastmath<contract> : f32
          %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
          %v427 = arith.mulf %v383, %v179 fastmath<contract> : f32
          %v428 = arith.addf %v426, %v427 fastmath<contract> : f32
          llvm.store %v428, %v98 : f32, !llvm.ptr
          %v429 = llvm.load %v102 : !llvm.ptr -> f32
          %v430 = arith.mulf %v377, %v181 fastmath<contract> : f32
          %v431 = arith.addf %v429, %v430 fastmath<contract> : f32
          %v432 = arith.mulf %v379, %v183 fastmath<contract> : f32
          %v433 = arith.addf %v431, %v432 fastmath<contract> : f32
          %v434 = arith.mulf %v381, %v185 fastmath<contract> : f32
          %v435 = arith.addf %v433, %v434 fastmath<contract> : f32
          %v436 = arith.mulf %v383, %v187 fastmath<contract> : f32
          %v437 = arith.addf %v435, %v436 fastmath<contract> : f32
          llvm.store %v437, %v102 : f32, !llvm.ptr
          %v438 = llvm.load %v106 : !llvm.ptr -> f32
          %v439 = arith.mulf %v377, %v189 fastmath<contract> : f32
          %v440 = arith.addf %v438, %v439 fastmath<contract> : f32
          %v441 = arith.mulf %v379, %v191 fastmath<contract> : f32
          %v442 = arith.addf %v440, %v441 fastmath<contract> : f32
          %v443 = arith.mulf %v381, %v193 fastmath<contract> : f32
          %v444 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v445 = arith.mulf %v383, %v195 fastmath<contract> : f32
          %v446 = arith.addf %v444, %v445 fastmath<contract> : f32
          llvm.store %v446, %v106 : f32, !llvm.ptr
          %v447 = llvm.load %v110 : !llvm.ptr -> f32
          %v448 = arith.mulf %v377, %v197 fastmath<contract> : f32
          %v449 = arith.addf %v447, %v448 fastmath<contract> : f32
          %v450 = arith.mulf %v379, %v199 fastmath<contract> : f32
          %v451 = arith.addf %v449, %v450 fastmath<contract> : f32
          %v452 = arith.mulf %v381, %v201 fastmath<contract> : f32
          %v453 = arith.addf %v451, %v452 fastmath<contract> : f32
          %v454 = arith.mulf %v383, %v203 fastmath<contract> : f32
          %v455 = arith.addf %v453, %v454 fastmath<contract> : f32
          llvm.store %v455, %v110 : f32, !llvm.ptr
          %v456 = llvm.zext %v123 : vector<4xi16> to vector<4xi32>
          %v457 = llvm.shl %v456, %v28 : vector<4xi32>
          %v458 = llvm.bitcast %v457 : vector<4xi32> to vector<4xf32>
          %v459 = llvm.select %v115, %v458, %v27 : i1, vector<4xf32>
          %v460 = llvm.mlir.constant(0 : i32) : i32
          %v461 = llvm.extractelement %v459[%v460 : i32] : vector<4xf32>
          %v462 = llvm.mlir.constant(1 : i32) : i32
          %v463 = llvm.extractelement %v459[%v462 : i32] : vector<4xf32>
          %v464 = llvm.mlir.constant(2 : i32) : i32
          %v465 = llvm.extractelement %v459[%v464 : i32] : vector<4xf32>
          %v466 = llvm.mlir.constant(3 : i32) : i32
          %v467 = llvm.extractelement %v459[%v466 : i32] : vector<4xf32>
          %v468 = llvm.load %v83 : !llvm.ptr -> f32
          %v469 = arith.mulf %v461, %v141 fastmath<contract> : f32
          %v470 = arith.addf %v468, %v469 fastmath<contract> : f32
          %v471 = arith.mulf %v463, %v143 fastmath<contract> : f32
          %v472 = arith.addf %v470, %v471 fastmath<contract> : f32
          %v473 = arith.mulf %v465, %v145 fastmath<contract> : f32
          %v474 = arith.addf %v472, %v473 fastmath<contract> : f32
          %v475 = arith.mulf %v467, %v147 fastmath<contract> : f32
          %v476 = arith.addf %v474, %v475 fastmath<contract> : f32
          llvm.store %v476, %v83 : f32, !llvm.ptr
          %v477 = llvm.load %v87 : !llvm.ptr -> f32
          %v478 = arith.mulf %v461, %v149 fastmath<contract> : f32
          %v479 = arith.addf %v477, %v478 fastmath<contract> : f32
          %v480 = arith.mulf %v463, %v151 fastmath<contract> : f32
          %v481 = arith.addf %v479, %v480 fastmath<contract> : f32
          %v482 = arith.mulf %v465, %v153 fastmath<contract> : f32
          %v483 = arith.addf %v481, %v482 fastmath<contract> : f32
          %v484 = arith.mulf %v467, %v155 fastmath<contract> : f32
          %v485 = arith.addf %v483, %v484 fastmath<contract> : f32
          llvm.store %v485, %v87 : f32, !llvm.ptr
          %v486 = llvm.load %v91 : !llvm.ptr -> f32
          %v487 = arith.mulf %v461, %v157 fastmath<contract> : f32
          %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
          %v489 = arith.mulf %v463, %v159 fastmath<contract> : f32
          %v490 = arith.addf %v488, %v489 fastmath<contract> : f32
          %v491 = arith.mulf %v465, %v161 fastmath<contract> : f32
          %v492 = arith.addf %v490, %v491 fastmath<contract> : f32
          %v493 = arith.mulf %v467, %v163 fastmath<contract> : f32
          %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
          llvm.store %v494, %v91 : f32, !llvm.ptr
          %v495 = llvm.load %v95 : !llvm.ptr -> f32
          %v496 = arith.mulf %v461, %v165 fastmath<contract> : f32
          %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
          %v498 = arith.mulf %v463, %v167 fastmath<contract> : f32
          %v499 = arith.addf %v497, %v498 fastmath<contract> : f32
          %v500 = arith.mulf %v465, %v169 fastmath<contract> : f32
          %v501 = arith.addf %v499, %v500 fastmath<contract> : f32
          %v502 = arith.mulf %v467, %v171 fastmath<contract> : f32
          %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
          llvm.store %v503, %v95 : f32, !llvm.ptr
          %v504 = llvm.load %v99 : !llvm.ptr -> f32
          %v505 = arith.mulf %v461, %v173 fastmath<contract> : f32
          %v506 = arith.addf %v504, %v505 fastmath<contract> : f32
          %v507 = arith.mulf %v463, %v175 fastmath<contract> : f32
          %v508 = arith.addf %v506, %v507 fastmath<contract> : f32
          %v509 = arith.mulf %v465, %v177 fastmath<contract> : f32
          %v510 = arith.addf %v508, %v509 fastmath<contract> : f32
          %v511 = arith.mulf %v467, %v179 fastmath<contract> : f32
          %v512 = arith.addf %v510, %v511 fastmath<contract> : f32
          llvm.store %v512, %v99 : f32, !llvm.ptr
          %v513 = llvm.load %v103 : !llvm.ptr -> f32
          %v514 = arith.mulf %v461, %v181 fastmath<contract> : f32
          %v515 = arith.addf %v513, %v514 fastmath<contract> : f32
          %v516 = arith.mulf %v463, %v183 fastmath<contract> : f32
          %v517 = arith.addf %v515, %v516 fastmath<contract> : f32
          %v518 = arith.mulf %v465, %v185 fastmath<contract> : f32
          %v519 = arith.addf %v517, %v518 fastmath<contract> : f32
          %v520 = arith.mulf %v467, %v187 fastmath<contract> : f32
          %v521 = arith.addf %v519, %v520 fastmath<contract> : f32
          llvm.store %v521, %v103 : f32, !llvm.ptr
          %v522 = llvm.load %v107 : !llvm.ptr -> f32
          %v523 = arith.mulf %v461, %v189 fastmath<contract> : f32
          %v524 = arith.addf %v522, %v523 fastmath<contract> : f32
          %v525 = arith.mulf %v463, %v191 fastmath<contract> : f32
          %v526 = arith.addf %v524, %v525 fastmath<contract> : f32
          %v527 = arith.mulf %v465, %v193 fastmath<contract> : f32
          %v528 = arith.addf %v526, %v527 fastmath<contract> : f32
          %v529 = arith.mulf %v467, %v195 fastmath<contract> : f32
          %v530 = arith.addf %v528, %v529 fastmath<contract> : f32
          llvm.store %v530, %v107 : f32, !llvm.ptr
          %v531 = llvm.load %v111 : !llvm.ptr -> f32
          %v532 = arith.mulf %v461, %v197 fastmath<contract> : f32
          %v533 = arith.addf %v531, %v532 fastmath<contract> : f32
          %v534 = arith.mulf %v463, %v199 fastmath<contract> : f32
          %v535 = arith.addf %v533, %v534 fastmath<contract> : f32
          %v536 = arith.mulf %v465, %v201 fastmath<contract> : f32
          %v537 = arith.addf %v535, %v536 fastmath<contract> : f32
          %v538 = arith.mulf %v467, %v203 fastmath<contract> : f32
          %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
          llvm.store %v539, %v111 : f32, !llvm.ptr
        }
        %v540 = llvm.load %v80 : !llvm.ptr -> f32
        %v541 = llvm.load %v81 : !llvm.ptr -> f32
        %v542 = llvm.load %v82 : !llvm.ptr -> f32
        %v543 = llvm.load %v83 : !llvm.ptr -> f32
        %v544 = llvm.load %v84 : !llvm.ptr -> f32
        %v545 = llvm.load %v85 : !llvm.ptr -> f32
        %v546 = llvm.load %v86 : !llvm.ptr -> f32
        %v547 = llvm.load %v87 : !llvm.ptr -> f32
        %v548 = llvm.load %v88 : !llvm.ptr -> f32
        %v549 = llvm.load %v89 : !llvm.ptr -> f32
        %v550 = llvm.load %v90 : !llvm.ptr -> f32
        %v551 = llvm.load %v91 : !llvm.ptr -> f32
        %v552 = llvm.load %v92 : !llvm.ptr -> f32
        %v553 = llvm.load %v93 : !llvm.ptr -> f32
        %v554 = llvm.load %v94 : !llvm.ptr -> f32
        %v555 = llvm.load %v95 : !llvm.ptr -> f32
        %v556 = llvm.load %v96 : !llvm.ptr -> f32
        %v557 = llvm.load %v97 : !llvm.ptr -> f32
        %v558 = llvm.load %v98 : !llvm.ptr -> f32
        %v559 = llvm.load %v99 : !llvm.ptr -> f32
        %v560 = llvm.load %v100 : !llvm.ptr -> f32
        %v561 = llvm.load %v101 : !llvm.ptr -> f32
        %v562 = llvm.load %v102 : !llvm.ptr -> f32
        %v563 = llvm.load %v103 : !llvm.ptr -> f32
        %v564 = llvm.load %v104 : !llvm.ptr -> f32
        %v565 = llvm.load %v105 : !llvm.ptr -> f32
        %v566 = llvm.load %v106 : !llvm.ptr -> f32
        %v567 = llvm.load %v107 : !llvm.ptr -> f32
        %v568 = llvm.load %v108 : !llvm.ptr -> f32
        %v569 = llvm.load %v109 : !llvm.ptr -> f32
        %v570 = llvm.load %v110 : !llvm.ptr -> f32
        %v571 = llvm.load %v111 : !llvm.ptr -> f32
        %v572 = arith.constant 32 : i32
        %v573 = arith.constant 16 : i32
        %v575 = arith.andi %v10, %v574 : i64
        %v576 = arith.cmpi ne, %v575, %v12 : i64
        %v577 = arith.select %v576, %v540, %v556 : f32
        %v578 = arith.select %v576, %v556, %v540 : f32
        %v579, %v580 = gpu.shuffle xor %v577, %v573, %v572 : f32
        %v581 = arith.addf %v578, %v579 fastmath<contract> : f32
        %v582 = arith.select %v576, %v541, %v557 : f32
        %v583 = arith.select %v576, %v557, %v541 : f32
        %v584, %v585 = gpu.shuffle xor %v582, %v573, %v572 : f32
        %v586 = arith.addf %v583, %v584 fastmath<contract> : f32
        %v587 = arith.select %v576, %v542, %v558 : f32
        %v588 = arith.select %v576, %v558, %v542 : f32
        %v589, %v590 = gpu.shuffle xor %v587, %v573, %v572 : f32
        %v591 = arith.addf %v588, %v589 fastmath<contract> : f32
        %v592 = arith.select %v576, %v543, %v559 : f32
        %v593 = arith.select %v576, %v559, %v543 : f32
        %v594, %v595 = gpu.shuffle xor %v592, %v573, %v572 : f32
        %v596 = arith.addf %v593, %v594 fastmath<contract> : f32
        %v597 = arith.select %v576, %v544, %v560 : f32
        %v598 = arith.select %v576, %v560, %v544 : f32
        %v599, %v600 = gpu.shuffle xor %v597, %v573, %v572 : f32
        %v601 = arith.addf %v598, %v599 fastmath<contract> : f32
        %v602 = arith.select %v576, %v545, %v561 : f32
        %v603 = arith.select %v576, %v561, %v545 : f32
        %v604, %v605 = gpu.shuffle xor %v602, %v573, %v572 : f32
        %v606 = arith.addf %v603, %v604 fastmath<contract> : f32
        %v607 = arith.select %v576, %v546, %v562 : f32
        %v608 = arith.select %v576, %v562, %v546 : f32
        %v609, %v610 = gpu.shuffle xor %v607, %v573, %v572 : f32
        %v611 = arith.addf %v608, %v609 fastmath<contract> : f32
        %v612 = arith.select %v576, %v547, %v563 : f32
        %v613 = arith.select %v576, %v563, %v547 : f32
        %v614, %v615 = gpu.shuffle xor %v612, %v573, %v572 : f32
        %v616 = arith.addf %v613, %v614 fastmath<contract> : f32
        %v617 = arith.select %v576, %v548, %v564 : f32
        %v618 = arith.select %v576, %v564, %v548 : f32
        %v619, %v620 = gpu.shuffle xor %v617, %v573, %v572 : f32
        %v621 = arith.addf %v618, %v619 fastmath<contract> : f32
        %v622 = arith.select %v576, %v549, %v565 : f32
        %v623 = arith.select %v576, %v565, %v549 : f32
        %v624, %v625 = gpu.shuffle xor %v622, %v573, %v572 : f32
        %v626 = arith.addf %v623, %v624 fastmath<contract> : f32
        %v627 = arith.select %v576, %v550, %v566 : f32
        %v628 = arith.select %v576, %v566, %v550 : f32
        %v629, %v630 = gpu.shuffle xor %v627, %v573, %v572 : f32
        %v631 = arith.addf %v628, %v629 fastmath<contract> : f32
        %v632 = arith.select %v576, %v551, %v567 : f32
        %v633 = arith.select %v576, %v567, %v551 : f32
        %v634, %v635 = gpu.shuffle xor %v632, %v573, %v572 : f32
        %v636 = arith.addf %v633, %v634 fastmath<contract> : f32
        %v637 = arith.select %v576, %v552, %v568 : f32
        %v638 = arith.select %v576, %v568, %v552 : f32
        %v639, %v640 = gpu.shuffle xor %v637, %v573, %v572 : f32
        %v641 = arith.addf %v638, %v639 fastmath<contract> : f32
        %v642 = arith.select %v576, %v553, %v569 : f32
        %v643 = arith.select %v576, %v569, %v553 : f32
        %v644, %v645 = gpu.shuffle xor %v642, %v573, %v572 : f32
        %v646 = arith.addf %v643, %v644 fastmath<contract> : f32
        %v647 = arith.select %v576, %v554, %v570 : f32
        %v648 = arith.select %v576, %v570, %v554 : f32
        %v649, %v650 = gpu.shuffle xor %v647, %v573, %v572 : f32
        %v651 = arith.addf %v648, %v649 fastmath<contract> : f32
        %v652 = arith.select %v576, %v555, %v571 : f32
        %v653 = arith.select %v576, %v571, %v555 : f32
        %v654, %v655 = gpu.shuffle xor %v652, %v573, %v572 : f32
        %v656 = arith.addf %v653, %v654 fastmath<contract> : f32
        %v657 = arith.select %v576, %v574, %v12 : i64
        %v658 = arith.constant 8 : i32
        %v659 = arith.andi %v10, %v14 : i64
        %v660 = arith.cmpi ne, %v659, %v12 : i64
        %v661 = arith.select %v660, %v581, %v621 : f32
        %v662 = arith.select %v660, %v621, %v581 : f32
        %v663, %v664 = gpu.shuffle xor %v661, %v658, %v572 : f32
        %v665 = arith.addf %v662, %v663 fastmath<contract> : f32
        %v666 = arith.select %v660, %v586, %v626 : f32
        %v667 = arith.select %v660, %v626, %v586 : f32
        %v668, %v669 = gpu.shuffle xor %v666, %v658, %v572 : f32
        %v670 = arith.addf %v667, %v668 fastmath<contract> : f32
        %v671 = arith.select %v660, %v591, %v631 : f32
        %v672 = arith.select %v660, %v631, %v591 : f32
        %v673, %v674 = gpu.shuffle xor %v671, %v658, %v572 : f32
        %v675 = arith.addf %v672, %v673 fastmath<contract> : f32
        %v676 = arith.select %v660, %v596, %v636 : f32
        %v677 = arith.select %v660, %v636, %v596 : f32
        %v678, %v679 = gpu.shuffle xor %v676, %v658, %v572 : f32
        %v680 = arith.addf %v677, %v678 fastmath<contract> : f32
        %v681 = arith.select %v660, %v601, %v641 : f32
        %v682 = arith.select %v660, %v641, %v601 : f32
        %v683, %v684 = gpu.shuffle xor %v681, %v658, %v572 : f32
        %v685 = arith.addf %v682, %v683 fastmath<contract> : f32
        %v686 = arith.select %v660, %v606, %v646 : f32
        %v687 = arith.select %v660, %v646, %v606 : f32
        %v688, %v689 = gpu.shuffle xor %v686, %v658, %v572 : f32
        %v690 = arith.addf %v687, %v688 fastmath<contract> : f32
        %v691 = arith.select %v660, %v611, %v651 : f32
        %v692 = arith.select %v660, %v651, %v611 : f32
        %v693, %v694 = gpu.shuffle xor %v691, %v658, %v572 : f32
        %v695 = arith.addf %v692, %v693 fastmath<contract> : f32
        %v696 = arith.select %v660, %v616, %v656 : f32
        %v697 = arith.select %v660, %v656, %v616 : f32
        %v698, %v699 = gpu.shuffle xor %v696, %v658, %v572 : f32
        %v700 = arith.addf %v697, %v698 fastmath<contract> : f32
        %v701 = arith.select %v660, %v14, %v12 : i64
        %v702 = arith.addi %v657, %v701 : i64
        %v703 = arith.constant 4 : i32
        %v704 = arith.andi %v10, %v13 : i64
        %v705 = arith.cmpi ne, %v704, %v12 : i64
        %v706 = arith.select %v705, %v665, %v685 : f32
        %v707 = arith.select %v705, %v685, %v665 : f32
        %v708, %v709 = gpu.shuffle xor %v706, %v703, %v572 : f32
        %v710 = arith.addf %v707, %v708 fastmath<contract> : f32
        %v711 = arith.select %v705, %v670, %v690 : f32
        %v712 = arith.select %v705, %v690, %v670 : f32
        %v713, %v714 = gpu.shuffle xor %v711, %v703, %v572 : f32
        %v715 = arith.addf %v712, %v713 fastmath<contract> : f32
        %v716 = arith.select %v705, %v675, %v695 : f32
        %v717 = arith.select %v705, %v695, %v675 : f32
        %v718, %v719 = gpu.shuffle xor %v716, %v703, %v572 : f32
        %v720 = arith.addf %v717, %v718 fastmath<contract> : f32
        %v721 = arith.select %v705, %v680, %v700 : f32
        %v722 = arith.select %v705, %v700, %v680 : f32
        %v723, %v724 = gpu.shuffle xor %v721, %v703, %v572 : f32
        %v725 = arith.addf %v722, %v723 fastmath<contract> : f32
        %v726 = arith.select %v705, %v13, %v12 : i64
        %v727 = arith.addi %v702, %v726 : i64
        %v728 = arith.constant 2 : i32
        %v729 = arith.andi %v10, %v37 : i64
        %v730 = arith.cmpi ne, %v729, %v12 : i64
        %v731 = arith.select %v730, %v710, %v720 : f32
        %v732 = arith.select %v730, %v720, %v710 : f32
        %v733, %v734 = gpu.shuffle xor %v731, %v728, %v572 : f32
        %v735 = arith.addf %v732, %v733 fastmath<contract> : f32
        %v736 = arith.select %v730, %v715, %v725 : f32
        %v737 = arith.select %v730, %v725, %v715 : f32
        %v738, %v739 = gpu.shuffle xor %v736, %v728, %v572 : f32
        %v740 = arith.addf %v737, %v738 fastmath<contract> : f32
        %v741 = arith.select %v730, %v37, %v12 : i64
        %v742 = arith.addi %v727, %v741 : i64
        %v743 = arith.constant 1 : i32
        %v744 = arith.andi %v10, %v11 : i64
        %v745 = arith.cmpi ne, %v744, %v12 : i64
        %v746 = arith.select %v745, %v735, %v740 : f32
        %v747 = arith.select %v745, %v740, %v735 : f32
        %v748, %v749 = gpu.shuffle xor %v746, %v743, %v572 : f32
        %v750 = arith.addf %v747, %v748 fastmath<contract> : f32
        %v751 = arith.select %v745, %v11, %v12 : i64
        %v752 = arith.addi %v742, %v751 : i64
        %v753 = arith.divsi %v752, %v13 : i64
        %v754 = arith.remsi %v752, %v13 : i64
        %v755 = arith.addi %v21, %v754 : i64
        %v756 = arith.addi %v20, %v753 : i64
        %v757 = arith.andi %v10, %v12 : i64
        %v758 = arith.cmpi eq, %v757, %v12 : i64
        %v759 = arith.cmpi slt, %v755, %n : i64
        %v760 = arith.cmpi slt, %v756, %m : i64
        %v761 = arith.andi %v759, %v760 : i1
        %v762 = arith.andi %v761, %v758 : i1
        scf.if %v762 {
          llvm.store %v750, %v763 : f32, !llvm.ptr
          %v764 = llvm.mlir.zero : !llvm.ptr
          %v765 = llvm.icmp "ne" %bias, %v764 : !llvm.ptr
          scf.if %v765 {
            %v766 = llvm.getelementptr %bias[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v767 = llvm.load %v766 : !llvm.ptr -> f32
            %v768 = llvm.load %v763 : !llvm.ptr -> f32
            %v769 = arith.addf %v768, %v767 fastmath<contract> : f32
            llvm.store %v769, %v763 : f32, !llvm.ptr
          }
          %v770 = llvm.mlir.zero : !llvm.ptr
          %v771 = llvm.icmp "ne" %add, %v770 : !llvm.ptr
          scf.if %v771 {
            %v772 = arith.muli %v756, %add_stride : i64
            %v773 = arith.addi %v772, %v755 : i64
            %v774 = llvm.getelementptr %add[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v775 = llvm.load %v774 : !llvm.ptr -> f32
            %v776 = llvm.load %v763 : !llvm.ptr -> f32
            %v777 = arith.addf %v776, %v775 fastmath<contract> : f32
            llvm.store %v777, %v763 : f32, !llvm.ptr
          }
          %v778 = llvm.load %v763 : !llvm.ptr -> f32
          %v779 = arith.cmpi slt, %v755, %split1 : i64
          %v780 = arith.cmpi slt, %v755, %split2 : i64
          %v781 = arith.muli %m, %split1 : i64
          %v782 = arith.muli %m, %split2 : i64
          %v783 = arith.select %v780, %v781, %v782 : i64
          %v784 = arith.select %v779, %v12, %v783 : i64
          %v785 = arith.subi %split2, %split1 : i64
          %v786 = arith.subi %n, %split2 : i64
          %v787 = arith.select %v780, %v785, %v786 : i64
          %v788 = arith.select %v779, %split1, %v787 : i64
          %v789 = arith.select %v780, %split1, %split2 : i64
          %v790 = arith.select %v779, %v12, %v789 : i64
          %v791 = arith.muli %v756, %v788 : i64
          %v792 = arith.subi %v755, %v790 : i64
          %v793 = arith.addi %v784, %v791 : i64
          %v794 = arith.addi %v793, %v792 : i64
          %v795 = llvm.getelementptr %out[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v778, %v795 : f32, !llvm.ptr
          %v796 = llvm.mlir.zero : !llvm.ptr
          %v797 = llvm.icmp "ne" %conv_w, %v796 : !llvm.ptr
          %v798 = arith.andi %v797, %v779 : i1
          scf.if %v798 {
            %v799 = arith.subi %conv_k, %v11 : i64
            llvm.store %v29, %v800 : f32, !llvm.ptr
            %v801 = llvm.mlir.zero : !llvm.ptr
            %v802 = llvm.icmp "ne" %conv_b, %v801 : !llvm.ptr
            scf.if %v802 {
              %v803 = llvm.getelementptr %conv_b[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v804 = llvm.load %v803 : !llvm.ptr -> f32
              llvm.store %v804, %v800 : f32, !llvm.ptr
            }
            %v805 = arith.muli %v755, %conv_k : i64
            %v806 = arith.muli %v756, %v799 : i64
            scf.for %v807 = %v12 to %v799 step %v11 : i64 {
              %v808 = arith.addi %v806, %v807 : i64
              %v809 = arith.muli %v808, %split1 : i64
              %v810 = arith.addi %v809, %v755 : i64
              %v811 = llvm.getelementptr %conv_win[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v812 = llvm.load %v811 : !llvm.ptr -> f32
              %v813 = arith.addi %v805, %v807 : i64
              %v814 = llvm.getelementptr %conv_w[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v815 = llvm.load %v814 : !llvm.ptr -> f32
              %v816 = arith.mulf %v815, %v812 fastmath<contract> : f32
              %v817 = llvm.load %v800 : !llvm.ptr -> f32
              %v818 = arith.addf %v817, %v816 fastmath<contract> : f32
              llvm.store %v818, %v800 : f32, !llvm.ptr
            }
            %v819 = arith.addi %v805, %v799 : i64
            %v820 = llvm.getelementptr %conv_w[%v819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v821 = llvm.load %v820 : !llvm.ptr -> f32
            %v822 = arith.mulf %v821, %v778 fastmath<contract> : f32
            %v823 = llvm.load %v800 : !llvm.ptr -> f32
            %v824 = arith.addf %v823, %v822 fastmath<contract> : f32
            %v826 = arith.negf %v824 : f32
            %v828 = arith.mulf %v826, %v827 fastmath<contract> : f32
            %v829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v828) : (f32) -> f32
            %v830 = arith.addf %v825, %v829 fastmath<contract> : f32
            %v831 = arith.divf %v825, %v830 : f32
            %v832 = arith.mulf %v824, %v831 fastmath<contract> : f32
            %v833 = arith.cmpi eq, %conv_act, %v11 : i64
            %v834 = arith.select %v833, %v832, %v824 : f32
            %v835 = arith.muli %v756, %split1 : i64
            %v836 = arith.addi %v835, %v755 : i64
            %v837 = llvm.getelementptr %conv_out[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v834, %v837 : f32, !llvm.ptr
            %v838 = arith.subi %v799, %v11 : i64
            scf.for %v839 = %v12 to %v838 step %v11 : i64 {
              %v840 = arith.addi %v806, %v839 : i64
              %v841 = arith.muli %v840, %split1 : i64
              %v842 = arith.addi %v841, %v755 : i64
              %v843 = arith.addi %v842, %split1 : i64
              %v844 = llvm.getelementptr %conv_win[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v845 = llvm.load %v844 : !llvm.ptr -> f32
              %v846 = llvm.getelementptr %conv_win[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v845, %v846 : f32, !llvm.ptr
            }
            %v847 = arith.cmpi slt, %v12, %v799 : i64
            scf.if %v847 {
              %v848 = arith.addi %v806, %v838 : i64
              %v849 = arith.muli %v848, %split1 : i64
              %v850 = arith.addi %v849, %v755 : i64
              %v851 = llvm.getelementptr %conv_win[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v778, %v851 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_f32w_norm_8x4u1(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v14 = arith.constant 8 : i64
      %v15 = arith.constant 7 : i64
      %v29 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 2 : i64
      %v42 = arith.constant 3 : i64
      %v51 = arith.constant 5 : i64
      %v56 = arith.constant 6 : i64
      %v80 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v96 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v97 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v106 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v107 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v108 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v109 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v110 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v111 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v112 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v113 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v114 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v115 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v116 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v117 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v118 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v119 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v120 = arith.constant 128 : i64
      %v696 = arith.constant 16 : i64
      %v949 = arith.constant 0x3F800000 : f32
      %v958 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v995 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1021 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v16 = arith.addi %m, %v15 : i64
      %v17 = arith.divsi %v16, %v14 : i64
      %v18 = arith.remsi %v9, %v17 : i64
      %v19 = arith.divsi %v9, %v17 : i64
      %v20 = arith.muli %v18, %v14 : i64
      %v21 = arith.muli %v19, %v13 : i64
      %v22 = arith.cmpi slt, %v21, %n : i64
      scf.if %v22 {
        %v23 = arith.subi %m, %v11 : i64
        %v24 = arith.subi %n, %v11 : i64
        %v25 = arith.subi %k, %v13 : i64
        %v26 = arith.muli %v10, %v13 : i64
        %v27 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v28 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v30 = arith.minsi %v20, %v23 : i64
        %v31 = arith.muli %v30, %x_stride : i64
        %v32 = llvm.getelementptr %x[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v33 = arith.addi %v20, %v11 : i64
        %v34 = arith.minsi %v33, %v23 : i64
        %v35 = arith.muli %v34, %x_stride : i64
        %v36 = llvm.getelementptr %x[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = arith.addi %v20, %v37 : i64
        %v39 = arith.minsi %v38, %v23 : i64
        %v40 = arith.muli %v39, %x_stride : i64
        %v41 = llvm.getelementptr %x[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v43 = arith.addi %v20, %v42 : i64
        %v44 = arith.minsi %v43, %v23 : i64
        %v45 = arith.muli %v44, %x_stride : i64
        %v46 = llvm.getelementptr %x[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = arith.addi %v20, %v13 : i64
        %v48 = arith.minsi %v47, %v23 : i64
        %v49 = arith.muli %v48, %x_stride : i64
        %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = arith.addi %v20, %v51 : i64
        %v53 = arith.minsi %v52, %v23 : i64
        %v54 = arith.muli %v53, %x_stride : i64
        %v55 = llvm.getelementptr %x[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v57 = arith.addi %v20, %v56 : i64
        %v58 = arith.minsi %v57, %v23 : i64
        %v59 = arith.muli %v58, %x_stride : i64
        %v60 = llvm.getelementptr %x[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v61 = arith.addi %v20, %v15 : i64
        %v62 = arith.minsi %v61, %v23 : i64
        %v63 = arith.muli %v62, %x_stride : i64
        %v64 = llvm.getelementptr %x[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.minsi %v21, %v24 : i64
        %v66 = arith.muli %v65, %k : i64
        %v67 = llvm.getelementptr %w[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v68 = arith.addi %v21, %v11 : i64
        %v69 = arith.minsi %v68, %v24 : i64
        %v70 = arith.muli %v69, %k : i64
        %v71 = llvm.getelementptr %w[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v72 = arith.addi %v21, %v37 : i64
        %v73 = arith.minsi %v72, %v24 : i64
        %v74 = arith.muli %v73, %k : i64
        %v75 = llvm.getelementptr %w[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v76 = arith.addi %v21, %v42 : i64
        %v77 = arith.minsi %v76, %v24 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v29, %v80 : f32, !llvm.ptr
        llvm.store %v29, %v81 : f32, !llvm.ptr
        llvm.store %v29, %v82 : f32, !llvm.ptr
        llvm.store %v29, %v83 : f32, !llvm.ptr
        llvm.store %v29, %v84 : f32, !llvm.ptr
        llvm.store %v29, %v85 : f32, !llvm.ptr
        llvm.store %v29, %v86 : f32, !llvm.ptr
        llvm.store %v29, %v87 : f32, !llvm.ptr
        llvm.store %v29, %v88 : f32, !llvm.ptr
        llvm.store %v29, %v89 : f32, !llvm.ptr
        llvm.store %v29, %v90 : f32, !llvm.ptr
        llvm.store %v29, %v91 : f32, !llvm.ptr
        llvm.store %v29, %v92 : f32, !llvm.ptr
        llvm.store %v29, %v93 : f32, !llvm.ptr
        llvm.store %v29, %v94 : f32, !llvm.ptr
        llvm.store %v29, %v95 : f32, !llvm.ptr
        llvm.store %v29, %v96 : f32, !llvm.ptr
        llvm.store %v29, %v97 : f32, !llvm.ptr
        llvm.store %v29, %v98 : f32, !llvm.ptr
        llvm.store %v29, %v99 : f32, !llvm.ptr
        llvm.store %v29, %v100 : f32, !llvm.ptr
        llvm.store %v29, %v101 : f32, !llvm.ptr
        llvm.store %v29, %v102 : f32, !llvm.ptr
        llvm.store %v29, %v103 : f32, !llvm.ptr
        llvm.store %v29, %v104 : f32, !llvm.ptr
        llvm.store %v29, %v105 : f32, !llvm.ptr
        llvm.store %v29, %v106 : f32, !llvm.ptr
        llvm.store %v29, %v107 : f32, !llvm.ptr
        llvm.store %v29, %v108 : f32, !llvm.ptr
        llvm.store %v29, %v109 : f32, !llvm.ptr
        llvm.store %v29, %v110 : f32, !llvm.ptr
        llvm.store %v29, %v111 : f32, !llvm.ptr
        llvm.store %v29, %v112 : f32, !llvm.ptr
        llvm.store %v29, %v113 : f32, !llvm.ptr
        llvm.store %v29, %v114 : f32, !llvm.ptr
        llvm.store %v29, %v115 : f32, !llvm.ptr
        llvm.store %v29, %v116 : f32, !llvm.ptr
        llvm.store %v29, %v117 : f32, !llvm.ptr
        llvm.store %v29, %v118 : f32, !llvm.ptr
        llvm.store %v29, %v119 : f32, !llvm.ptr
        scf.for %v121 = %v26 to %k step %v120 : i64 {
          %v122 = arith.minsi %v121, %v25 : i64
          %v123 = arith.cmpi slt, %v121, %k : i64
          %v124 = llvm.getelementptr %v67[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v126 = llvm.getelementptr %v71[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v128 = llvm.getelementptr %v75[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v130 = llvm.getelementptr %v79[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v132 = llvm.getelementptr %v32[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v134 = llvm.getelementptr %v36[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v136 = llvm.getelementptr %v41[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.getelementptr %v46[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v140 = llvm.getelementptr %v50[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v141 = llvm.load %v140 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v142 = llvm.getelementptr %v55[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v144 = llvm.getelementptr %v60[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v146 = llvm.getelementptr %v64[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v148 = llvm.getelementptr %norm_w[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v150 = llvm.mlir.constant(0 : i32) : i32
          %v151 = llvm.extractelement %v133[%v150 : i32] : vector<4xf32>
          %v152 = llvm.mlir.constant(1 : i32) : i32
          %v153 = llvm.extractelement %v133[%v152 : i32] : vector<4xf32>
          %v154 = llvm.mlir.constant(2 : i32) : i32
          %v155 = llvm.extractelement %v133[%v154 : i32] : vector<4xf32>
          %v156 = llvm.mlir.constant(3 : i32) : i32
          %v157 = llvm.extractelement %v133[%v156 : i32] : vector<4xf32>
          %v158 = llvm.mlir.constant(0 : i32) : i32
          %v159 = llvm.extractelement %v135[%v158 : i32] : vector<4xf32>
          %v160 = llvm.mlir.constant(1 : i32) : i32
          %v161 = llvm.extractelement %v135[%v160 : i32] : vector<4xf32>
          %v162 = llvm.mlir.constant(2 : i32) : i32
          %v163 = llvm.extractelement %v135[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(3 : i32) : i32
          %v165 = llvm.extractelement %v135[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(0 : i32) : i32
          %v167 = llvm.extractelement %v137[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(1 : i32) : i32
          %v169 = llvm.extractelement %v137[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(2 : i32) : i32
          %v171 = llvm.extractelement %v137[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(3 : i32) : i32
          %v173 = llvm.extractelement %v137[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(0 : i32) : i32
          %v175 = llvm.extractelement %v139[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(1 : i32) : i32
          %v177 = llvm.extractelement %v139[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(2 : i32) : i32
          %v179 = llvm.extractelement %v139[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(3 : i32) : i32
          %v181 = llvm.extractelement %v139[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(0 : i32) : i32
          %v183 = llvm.extractelement %v141[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(1 : i32) : i32
          %v185 = llvm.extractelement %v141[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(2 : i32) : i32
          %v187 = llvm.extractelement %v141[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(3 : i32) : i32
          %v189 = llvm.extractelement %v141[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(0 : i32) : i32
          %v191 = llvm.extractelement %v143[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(1 : i32) : i32
          %v193 = llvm.extractelement %v143[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(2 : i32) : i32
          %v195 = llvm.extractelement %v143[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(3 : i32) : i32
          %v197 = llvm.extractelement %v143[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(0 : i32) : i32
          %v199 = llvm.extractelement %v145[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(1 : i32) : i32
          %v201 = llvm.extractelement %v145[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(2 : i32) : i32
          %v203 = llvm.extractelement %v145[%v202 : i32] : vector<4xf32>
          %v204 = llvm.mlir.constant(3 : i32) : i32
          %v205 = llvm.extractelement %v145[%v204 : i32] : vector<4xf32>
          %v206 = llvm.mlir.constant(0 : i32) : i32
          %v207 = llvm.extractelement %v147[%v206 : i32] : vector<4xf32>
          %v208 = llvm.mlir.constant(1 : i32) : i32
          %v209 = llvm.extractelement %v147[%v208 : i32] : vector<4xf32>
          %v210 = llvm.mlir.constant(2 : i32) : i32
          %v211 = llvm.extractelement %v147[%v210 : i32] : vector<4xf32>
          %v212 = llvm.mlir.constant(3 : i32) : i32
          %v213 = llvm.extractelement %v147[%v212 : i32] : vector<4xf32>
          %v214 = llvm.fmul %v133, %v133 : vector<4xf32>
          %v215 = llvm.select %v123, %v214, %v27 : i1, vector<4xf32>
          %v216 = llvm.mlir.constant(0 : i32) : i32
          %v217 = llvm.extractelement %v215[%v216 : i32] : vector<4xf32>
          %v218 = llvm.mlir.constant(1 : i32) : i32
          %v219 = llvm.extractelement %v215[%v218 : i32] : vector<4xf32>
          %v220 = llvm.mlir.constant(2 : i32) : i32
          %v221 = llvm.extractelement %v215[%v220 : i32] : vector<4xf32>
          %v222 = llvm.mlir.constant(3 : i32) : i32
          %v223 = llvm.extractelement %v215[%v222 : i32] : vector<4xf32>
          %v224 = arith.addf %v217, %v219 fastmath<contract> : f32
          %v225 = arith.addf %v224, %v221 fastmath<contract> : f32
          %v226 = arith.addf %v225, %v223 fastmath<contract> : f32
          %v227 = llvm.load %v112 : !llvm.ptr -> f32
          %v228 = arith.addf %v227, %v226 fastmath<contract> : f32
          llvm.store %v228, %v112 : f32, !llvm.ptr
          %v229 = llvm.fmul %v135, %v135 : vector<4xf32>
          %v230 = llvm.select %v123, %v229, %v27 : i1, vector<4xf32>
          %v231 = llvm.mlir.constant(0 : i32) : i32
          %v232 = llvm.extractelement %v230[%v231 : i32] : vector<4xf32>
          %v233 = llvm.mlir.constant(1 : i32) : i32
          %v234 = llvm.extractelement %v230[%v233 : i32] : vector<4xf32>
          %v235 = llvm.mlir.constant(2 : i32) : i32
          %v236 = llvm.extractelement %v230[%v235 : i32] : vector<4xf32>
          %v237 = llvm.mlir.constant(3 : i32) : i32
          %v238 = llvm.extractelement %v230[%v237 : i32] : vector<4xf32>
          %v239 = arith.addf %v232, %v234 fastmath<contract> : f32
          %v240 = arith.addf %v239, %v236 fastmath<contract> : f32
          %v241 = arith.addf %v240, %v238 fastmath<contract> : f32
          %v242 = llvm.load %v113 : !llvm.ptr -> f32
          %v243 = arith.addf %v242, %v241 fastmath<contract> : f32
          llvm.store %v243, %v113 : f32, !llvm.ptr
          %v244 = llvm.fmul %v137, %v137 : vector<4xf32>
          %v245 = llvm.select %v123, %v244, %v27 : i1, vector<4xf32>
          %v246 = llvm.mlir.constant(0 : i32) : i32
          %v247 = llvm.extractelement %v245[%v246 : i32] : vector<4xf32>
          %v248 = llvm.mlir.constant(1 : i32) : i32
          %v249 = llvm.extractelement %v245[%v248 : i32] : vector<4xf32>
          %v250 = llvm.mlir.constant(2 : i32) : i32
          %v251 = llvm.extractelement %v245[%v250 : i32] : vector<4xf32>
          %v252 = llvm.mlir.constant(3 : i32) : i32
          %v253 = llvm.extractelement %v245[%v252 : i32] : vector<4xf32>
          %v254 = arith.addf %v247, %v249 fastmath<contract> : f32
          %v255 = arith.addf %v254, %v251 fastmath<contract> : f32
          %v256 = arith.addf %v255, %v253 fastmath<contract> : f32
          %v257 = llvm.load %v114 : !llvm.ptr -> f32
          %v258 = arith.addf %v257, %v256 fastmath<contract> : f32
          llvm.store %v258, %v114 : f32, !llvm.ptr
          %v259 = llvm.fmul %v139, %v139 : vector<4xf32>
          %v260 = llvm.select %v123, %v259, %v27 : i1, vector<4xf32>
          %v261 = llvm.mlir.constant(0 : i32) : i32
          %v262 = llvm.extractelement %v260[%v261 : i32] : vector<4xf32>
          %v263 = llvm.mlir.constant(1 : i32) : i32
          %v264 = llvm.extractelement %v260[%v263 : i32] : vector<4xf32>
          %v265 = llvm.mlir.constant(2 : i32) : i32
          %v266 = llvm.extractelement %v260[%v265 : i32] : vector<4xf32>
          %v267 = llvm.mlir.constant(3 : i32) : i32
          %v268 = llvm.extractelement %v260[%v267 : i32] : vector<4xf32>
          %v269 = arith.addf %v262, %v264 fastmath<contract> : f32
          %v270 = arith.addf %v269, %v266 fastmath<contract> : f32
          %v271 = arith.addf %v270, %v268 fastmath<contract> : f32
          %v272 = llvm.load %v115 : !llvm.ptr -> f32
          %v273 = arith.addf %v272, %v271 fastmath<contract> : f32
          llvm.store %v273, %v115 : f32, !llvm.ptr
          %v274 = llvm.fmul %v141, %v141 : vector<4xf32>
          %v275 = llvm.select %v123, %v274, %v27 : i1, vector<4xf32>
          %v276 = llvm.mlir.constant(0 : i32) : i32
          %v277 = llvm.extractelement %v275[%v276 : i32] : vector<4xf32>
          %v278 = llvm.mlir.constant(1 : i32) : i32
          %v279 = llvm.extractelement %v275[%v278 : i32] : vector<4xf32>
          %v280 = llvm.mlir.constant(2 : i32) : i32
          %v281 = llvm.extractelement %v275[%v280 : i32] : vector<4xf32>
          %v282 = llvm.mlir.constant(3 : i32) : i32
          %v283 = llvm.extractelement %v275[%v282 : i32] : vector<4xf32>
          %v284 = arith.addf %v277, %v279 fastmath<contract> : f32
          %v285 = arith.addf %v284, %v281 fastmath<contract> : f32
          %v286 = arith.addf %v285, %v283 fastmath<contract> : f32
          %v287 = llvm.load %v116 : !llvm.ptr -> f32
          %v288 = arith.addf %v287, %v286 fastmath<contract> : f32
          llvm.store %v288, %v116 : f32, !llvm.ptr
          %v289 = llvm.fmul %v143, %v143 : vector<4xf32>
          %v290 = llvm.select %v123, %v289, %v27 : i1, vector<4xf32>
          %v291 = llvm.mlir.constant(0 : i32) : i32
          %v292 = llvm.extractelement %v290[%v291 : i32] : vector<4xf32>
          %v293 = llvm.mlir.constant(1 : i32) : i32
          %v294 = llvm.extractelement %v290[%v293 : i32] : vector<4xf32>
          %v295 = llvm.mlir.constant(2 : i32) : i32
          %v296 = llvm.extractelement %v290[%v295 : i32] : vector<4xf32>
          %v297 = llvm.mlir.constant(3 : i32) : i32
          %v298 = llvm.extractelement %v290[%v297 : i32] : vector<4xf32>
          %v299 = arith.addf %v292, %v294 fastmath<contract> : f32
          %v300 = arith.addf %v299, %v296 fastmath<contract> : f32
          %v301 = arith.addf %v300, %v298 fastmath<contract> : f32
          %v302 = llvm.load %v117 : !llvm.ptr -> f32
          %v303 = arith.addf %v302, %v301 fastmath<contract> : f32
          llvm.store %v303, %v117 : f32, !llvm.ptr
          %v304 = llvm.fmul %v145, %v145 : vector<4xf32>
          %v305 = llvm.select %v123, %v304, %v27 : i1, vector<4xf32>
          %v306 = llvm.mlir.constant(0 : i32) : i32
          %v307 = llvm.extractelement %v305[%v306 : i32] : vector<4xf32>
          %v308 = llvm.mlir.constant(1 : i32) : i32
          %v309 = llvm.extractelement %v305[%v308 : i32] : vector<4xf32>
          %v310 = llvm.mlir.constant(2 : i32) : i32
          %v311 = llvm.extractelement %v305[%v310 : i32] : vector<4xf32>
          %v312 = llvm.mlir.constant(3 : i32) : i32
          %v313 = llvm.extractelement %v305[%v312 : i32] : vector<4xf32>
          %v314 = arith.addf %v307, %v309 fastmath<contract> : f32
          %v315 = arith.addf %v314, %v311 fastmath<contract> : f32
          %v316 = arith.addf %v315, %v313 fastmath<contract> : f32
          %v317 = llvm.load %v118 : !llvm.ptr -> f32
          %v318 = arith.addf %v317, %v316 fastmath<contract> : f32
          llvm.store %v318, %v118 : f32, !llvm.ptr
          %v319 = llvm.fmul %v147, %v147 : vector<4xf32>
          %v320 = llvm.select %v123, %v319, %v27 : i1, vector<4xf32>
          %v321 = llvm.mlir.constant(0 : i32) : i32
          %v322 = llvm.extractelement %v320[%v321 : i32] : vector<4xf32>
          %v323 = llvm.mlir.constant(1 : i32) : i32
          %v324 = llvm.extractelement %v320[%v323 : i32] : vector<4xf32>
          %v325 = llvm.mlir.constant(2 : i32) : i32
          %v326 = llvm.extractelement %v320[%v325 : i32] : vector<4xf32>
          %v327 = llvm.mlir.constant(3 : i32) : i32
          %v328 = llvm.extractelement %v320[%v327 : i32] : vector<4xf32>
          %v329 = arith.addf %v322, %v324 fastmath<contract> : f32
          %v330 = arith.addf %v329, %v326 fastmath<contract> : f32
          %v331 = arith.addf %v330, %v328 fastmath<contract> : f32
          %v332 = llvm.load %v119 : !llvm.ptr -> f32
          %v333 = arith.addf %v332, %v331 fastmath<contract> : f32
          llvm.store %v333, %v119 : f32, !llvm.ptr
          %v334 = llvm.fmul %v125, %v149 : vector<4xf32>
          %v335 = llvm.select %v123, %v334, %v27 : i1, vector<4xf32>
          %v336 = llvm.mlir.constant(0 : i32) : i32
          %v337 = llvm.extractelement %v335[%v336 : i32] : vector<4xf32>
          %v338 = llvm.mlir.constant(1 : i32) : i32
          %v339 = llvm.extractelement %v335[%v338 : i32] : vector<4xf32>
          %v340 = llvm.mlir.constant(2 : i32) : i32
          %v341 = llvm.extractelement %v335[%v340 : i32] : vector<4xf32>
          %v342 = llvm.mlir.constant(3 : i32) : i32
          %v343 = llvm.extractelement %v335[%v342 : i32] : vector<4xf32>
          %v344 = llvm.load %v80 : !llvm.ptr -> f32
          %v345 = arith.mulf %v337, %v151 fastmath<contract> : f32
          %v346 = arith.addf %v344, %v345 fastmath<contract> : f32
          %v347 = arith.mulf %v339, %v153 fastmath<contract> : f32
          %v348 = arith.addf %v346, %v347 fastmath<contract> : f32
          %v349 = arith.mulf %v341, %v155 fastmath<contract> : f32
          %v350 = arith.addf %v348, %v349 fastmath<contract> : f32
          %v351 = arith.mulf %v343, %v157 fastmath<contract> : f32
          %v352 = arith.addf %v350, %v351 fastmath<contract> : f32
          llvm.store %v352, %v80 : f32, !llvm.ptr
          %v353 = llvm.load %v84 : !llvm.ptr -> f32
          %v354 = arith.mulf %v337, %v159 fastmath<contract> : f32
          %v355 = arith.addf %v353, %v354 fastmath<contract> : f32
          %v356 = arith.mulf %v339, %v161 fastmath<contract> : f32
          %v357 = arith.addf %v355, %v356 fastmath<contract> : f32
          %v358 = arith.mulf %v341, %v163 fastmath<contract> : f32
          %v359 = arith.addf %v357, %v358 fastmath<contract> : f32
          %v360 = arith.mulf %v343, %v165 fastmath<contract> : f32
          %v361 = arith.addf %v359, %v360 fastmath<contract> : f32
          llvm.store %v361, %v84 : f32, !llvm.ptr
          %v362 = llvm.load %v88 : !llvm.ptr -> f32
          %v363 = arith.mulf %v337, %v167 fastmath<contract> : f32
          %v364 = arith.addf %v362, %v363 fastmath<contract> : f32
          %v365 = arith.mulf %v339, %v169 fastmath<contract> : f32
          %v366 = arith.addf %v364, %v365 fastmath<contract> : f32
          %v367 = arith.mulf %v341, %v171 fastmath<contract> : f32
          %v368 = arith.addf %v366, %v367 fastmath<contract> : f32
          %v369 = arith.mulf %v343, %v173 fastmath<contract> : f32
          %v370 = arith.addf %v368, %v369 fastmath<contract> : f32
          llvm.store %v370, %v88 : f32, !llvm.ptr
          %v371 = llvm.load %v92 : !llvm.ptr -> f32
          %v372 = arith.mulf %v337, %v175 fastmath<contract> : f32
          %v373 = arith.addf %v371, %v372 fastmath<contract> : f32
          %v374 = arith.mulf %v339, %v177 fastmath<contract> : f32
          %v375 = arith.addf %v373, %v374 fastmath<contract> : f32
          %v376 = arith.mulf %v341, %v179 fastmath<contract> : f32
          %v377 = arith.addf %v375, %v376 fastmath<contract> : f32
          %v378 = arith.mulf %v343, %v181 fastmath<contract> : f32
          %v379 = arith.addf %v377, %v378 fastmath<contract> : f32
          llvm.store %v379, %v92 : f32, !llvm.ptr
          %v380 = llvm.load %v96 : !llvm.ptr -> f32
          %v381 = arith.mulf %v337, %v183 fastmath<contract> : f32
          %v382 = arith.addf %v380, %v381 fastmath<contract> : f32
          %v383 = arith.mulf %v339, %v185 fastmath<contract> : f32
          %v384 = arith.addf %v382, %v383 fastmath<contract> : f32
          %v385 = arith.mulf %v341, %v187 fastmath<contract> : f32
          %v386 = arith.addf %v384, %v385 fastmath<contract> : f32
          %v387 = arith.mulf %v343, %v189 fastmath<contract> : f32
          %v388 = arith.addf %v386, %v387 fastmath<contract> : f32
          llvm.store %v388, %v96 : f32, !llvm.ptr
          %v389 = llvm.load %v100 : !llvm.ptr -> f32
          %v390 = arith.mulf %v337, %v191 fastmath<contract> : f32
          %v391 = arith.addf %v389, %v390 fastmath<contract> : f32
          %v392 = arith.mulf %v339, %v193 fastmath<contract> : f32
          %v393 = arith.addf %v391, %v392 fastmath<contract> : f32
          %v394 = arith.mulf %v341, %v195 fastmath<contract> : f32
          %v395 = arith.addf %v393, %v394 fastmath<contract> : f32
          %v396 = arith.mulf %v343, %v197 fastmath<contract> : f32
          %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
          llvm.store %v397, %v100 : f32, !llvm.ptr
          %v398 = llvm.load %v104 : !llvm.ptr -> f32
          %v399 = arith.mulf %v337, %v199 fastmath<contract> : f32
          %v400 = arith.addf %v398, %v399 fastmath<contract> : f32
          %v401 = arith.mulf %v339, %v201 fastmath<contract> : f32
          %v402 = arith.addf %v400, %v401 fastmath<contract> : f32
          %v403 = arith.mulf %v341, %v203 fastmath<contract> : f32
          %v404 = arith.addf %v402, %v403 fastmath<contract> : f32
          %v405 = arith.mulf %v343, %v205 fastmath<contract> : f32
          %v406 = arith.addf %v404, %v405 fastmath<contract> : f32
          llvm.store %v406, %v104 : f32, !llvm.ptr
          %v407 = llvm.load %v108 : !llvm.ptr -> f32
          %v408 = arith.mulf %v337, %v207 fastmath<contract> : f32
          %v409 = arith.addf %v407, %v408 fastmath<contract> : f32
          %v410 = arith.mulf %v339, %v209 fastmath<contract> : f32
          %v411 = arith.addf %v409, %v410 fastmath<contract> : f32
          %v412 = arith.mulf %v341, %v211 fastmath<contract> : f32
          %v413 = arith.addf %v411, %v412 fastmath<contract> : f32
          %v414 = arith.mulf %v343, %v213 fastmath<contract> : f32
          %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
          llvm.store %v415, %v108 : f32, !llvm.ptr
          %v416 = llvm.fmul %v127, %v149 : vector<4xf32>
          %v417 = llvm.select %v123, %v416, %v27 : i1, vector<4xf32>
          %v418 = llvm.mlir.constant(0 : i32) : i32
          %v419 = llvm.extractelement %v417[%v418 : i32] : vector<4xf32>
          %v420 = llvm.mlir.constant(1 : i32) : i32
          %v421 = llvm.extractelement %v417[%v420 : i32] : vector<4xf32>
          %v422 = llvm.mlir.constant(2 : i32) : i32
          %v423 = llvm.extractelement %v417[%v422 : i32] : vector<4xf32>
          %v424 = llvm.mlir.constant(3 : i32) : i32
          %v425 = llvm.extractelement %v417[%v424 : i32] : vector<4xf32>
          %v426 = llvm.load %v81 : !llvm.ptr -> f32
          %v427 = arith.mulf %v419, %v151 fastmath<contract> : f32
          %v428 = arith.addf %v426, %v427 fastmath<contract> : f32
          %v429 = arith.mulf %v421, %v153 fastmath<contract> : f32
          %v430 = arith.addf %v428, %v429 fastmath<contract> : f32
          %v431 = arith.mulf %v423, %v155 fastmath<contract> : f32
          %v432 = arith.addf %v430, %v431 fastmath<contract> : f32
          %v433 = arith.mulf %v425, %v157 fastmath<contract> : f32
          %v434 = arith.addf %v432, %v433 fastmath<contract> : f32
          llvm.store %v434, %v81 : f32, !llvm.ptr
          %v435 = llvm.load %v85 : !llvm.ptr -> f32
          %v436 = arith.mulf %v419, %v159 fastmath<contract> : f32
          %v437 = arith.addf %v435, %v436 fastmath<contract> : f32
          %v438 = arith.mulf %v421, %v161 fastmath<contract> : f32
          %v439 = arith.addf %v437, %v438 fastmath<contract> : f32
          %v440 = arith.mulf %v423, %v163 fastmath<contract> : f32
          %v441 = arith.addf %v439, %v440 fastmath<contract> : f32
          %v442 = arith.mulf %v425, %v165 fastmath<contract> : f32
          %v443 = arith.addf %v441, %v442 fastmath<contract> : f32
          llvm.store %v443, %v85 : f32, !llvm.ptr
          %v444 = llvm.load %v89 : !llvm.ptr -> f32
          %v445 = arith.mulf %v419, %v167 fastmath<contract> : f32
          %v446 = arith.addf %v444, %v445 fastmath<contract> : f32
          %v447 = arith.mulf %v421, %v169 fastmath<contract> : f32
          %v448 = arith.addf %v446, %v447 fastmath<contract> : f32
          %v449 = arith.mulf %v423, %v171 fastmath<contract> : f32
          %v450 = arith.addf %v448, %v449 fastmath<contract> : f32
          %v451 = arith.mulf %v425, %v173 fastmath<contract> : f32
          %v452 = arith.addf %v450, %v451 fastmath<contract> : f32
          llvm.store %v452, %v89 : f32, !llvm.ptr
          %v453 = llvm.load %v93 : !llvm.ptr -> f32
          %v454 = arith.mulf %v419, %v175 fastmath<contract> : f32
          %v455 = arith.addf %v453, %v454 fastmath<contract> : f32
          %v456 = arith.mulf %v421, %v177 fastmath<contract> : f32
          %v457 = arith.addf %v455, %v456 fastmath<contract> : f32
          %v458 = arith.mulf %v423, %v179 fastmath<contract> : f32
          %v459 = arith.addf %v457, %v458 fastmath<contract> : f32
          %v460 = arith.mulf %v425, %v181 fastmath<contract> : f32
          %v461 = arith.addf %v459, %v460 fastmath<contract> : f32
          llvm.store %v461, %v93 : f32, !llvm.ptr
          %v462 = llvm.load %v97 : !llvm.ptr -> f32
          %v463 = arith.mulf %v419, %v183 fastmath<contract> : f32
          %v464 = arith.addf %v462, %v463 fastmath<contract> : f32
          %v465 = arith.mulf %v421, %v185 fastmath<contract> : f32
          %v466 = arith.addf %v464, %v465 fastmath<contract> : f32
          %v467 = arith.mulf %v423, %v187 fastmath<contract> : f32
          %v468 = arith.addf %v466, %v467 fastmath<contract> : f32
          %v469 = arith.mulf %v425, %v189 fastmath<contract> : f32
          %v470 = arith.addf %v468, %v469 fastmath<contract> : f32
          llvm.store %v470, %v97 : f32, !llvm.ptr
          %v471 = llvm.load %v101 : !llvm.ptr -> f32
          %v472 = arith.mulf %v419, %v191 fastmath<contract> : f32
          %v473 = arith.addf %v471, %v472 fastmath<contract> : f32
          %v474 = arith.mulf %v421, %v193 fastmath<contract> : f32
          %v475 = arith.addf %v473, %v474 fastmath<contract> : f32
          %v476 = arith.mulf %v423, %v195 fastmath<contract> : f32
          %v477 = arith.addf %v475, %v476 fastmath<contract> : f32
          %v478 = arith.mulf %v425, %v197 fastmath<contract> : f32
          %v479 = arith.addf %v477, %v478 fastmath<contract> : f32
          llvm.store %v479, %v101 : f32, !llvm.ptr
          %v480 = llvm.load %v105 : !llvm.ptr -> f32
          %v481 = arith.mulf %v419, %v199 fastmath<contract> : f32
          %v482 = arith.addf %v480, %v481 fastmath<contract> : f32
          %v483 = arith.mulf %v421, %v201 fastmath<contract> : f32
          %v484 = arith.addf %v482, %v483 fastmath<contract> : f32
          %v485 = arith.mulf %v423, %v203 fastmath<contract> : f32
          %v486 = arith.addf %v484, %v485 fastmath<contract> : f32
          %v487 = arith.mulf %v425, %v205 fastmath<contract> : f32
          %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
          llvm.store %v488, %v105 : f32, !llvm.ptr
          %v489 = llvm.load %v109 : !llvm.ptr -> f32
          %v490 = arith.mulf %v419, %v207 fastmath<contract> : f32
          %v491 = arith.addf %v489, %v490 fastmath<contract> : f32
          %v492 = arith.mulf %v421, %v209 fastmath<contract> : f32
          %v493 = arith.addf %v491, %v492 fastmath<contract> : f32
          %v494 = arith.mulf %v423, %v211 fastmath<contract> : f32
          %v495 = arith.addf %v493, %v494 fastmath<contract> : f32
          %v496 = arith.mulf %v425, %v213 fastmath<contract> : f32
          %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
          llvm.store %v497, %v109 : f32, !llvm.ptr
          %v498 = llvm.fmul %v129, %v149 : vector<4xf32>
          %v499 = llvm.select %v123, %v498, %v27 : i1, vector<4xf32>
          %v500 = llvm.mlir.constant(0 : i32) : i32
          %v501 = llvm.extractelement %v499[%v500 : i32] : vector<4xf32>
          %v502 = llvm.mlir.constant(1 : i32) : i32
          %v503 = llvm.extractelement %v499[%v502 : i32] : vector<4xf32>
          %v504 = llvm.mlir.constant(2 : i32) : i32
          %v505 = llvm.extractelement %v499[%v504 : i32] : vector<4xf32>
          %v506 = llvm.mlir.constant(3 : i32) : i32
          %v507 = llvm.extractelement %v499[%v506 : i32] : vector<4xf32>
          %v508 = llvm.load %v82 : !llvm.ptr -> f32
          %v509 = arith.mulf %v501, %v151 fastmath<contract> : f32
          %v510 = arith.addf %v508, %v509 fastmath<contract> : f32
          %v511 = arith.mulf %v503, %v153 fastmath<contract> : f32
          %v512 = arith.addf %v510, %v511 fastmath<contract> : f32
          %v513 = arith.mulf %v505, %v155 fastmath<contract> : f32
          %v514 = arith.addf %v512, %v513 fastmath<contract> : f32
          %v515 = arith.mulf %v507, %v157 fastmath<contract> : f32
          %v516 = arith.addf %v514, %v515 fastmath<contract> : f32
          llvm.store %v516, %v82 : f32, !llvm.ptr
          %v517 = llvm.load %v86 : !llvm.ptr -> f32
          %v518 = arith.mulf %v501, %v159 fastmath<contract> : f32
          %v519 = arith.addf %v517, %v518 fastmath<contract> : f32
          %v520 = arith.mulf %v503, %v161 fastmath<contract> : f32
          %v521 = arith.addf %v519, %v520 fastmath<contract> : f32
          %v522 = arith.mulf %v505, %v163 fastmath<contract> : f32
          %v523 = arith.addf %v521, %v522 fastmath<contract> : f32
          %v524 = arith.mulf %v507, %v165 fastmath<contract> : f32
          %v525 = arith.addf %v523, %v524 fastmath<contract> : f32
          llvm.store %v525, %v86 : f32, !llvm.ptr
          %v526 = llvm.load %v90 : !llvm.ptr -> f32
          %v527 = arith.mulf %v501, %v167 fastmath<contract> : f32
          %v528 = arith.addf %v526, %v527 fastmath<contract> : f32
          %v529 = arith.mulf %v503, %v169 fastmath<contract> : f32
          %v530 = arith.addf %v528, %v529 fastmath<contract> : f32
          %v531 = arith.mulf %v505, %v171 fastmath<contract> : f32
          %v532 = arith.addf %v530, %v531 fastmath<contract> : f32
          %v533 = arith.mulf %v507, %v173 fastmath<contract> : f32
          %v534 = arith.addf %v532, %v533 fastmath<contract> : f32
          llvm.store %v534, %v90 : f32, !llvm.ptr
          %v535 = llvm.load %v94 : !llvm.ptr -> f32
          %v536 = arith.mulf %v501, %v175 fastmath<contract> : f32
          %v537 = arith.addf %v535, %v536 fastmath<contract> : f32
          %v538 = arith.mulf %v503, %v177 fastmath<contract> : f32
          %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
          %v540 = arith.mulf %v505, %v179 fastmath<contract> : f32
          %v541 = arith.addf %v539, %v540 fastmath<contract> : f32
          %v542 = arith.mulf %v507, %v181 fastmath<contract> : f32
          %v543 = arith.addf %v541, %v542 fastmath<contract> : f32
          llvm.store %v543, %v94 : f32, !llvm.ptr
          %v544 = llvm.load %v98 : !llvm.ptr -> f32
          %v545 = arith.mulf %v501, %v183 fastmath<contract> : f32
          %v546 = arith.addf %v544, %v545 fastmath<contract> : f32
          %v547 = arith.mulf %v503, %v185 fastmath<contract> : f32
          %v548 = arith.addf %v546, %v547 fastmath<contract> : f32
          %v549 = arith.mulf %v505, %v187 fastmath<contract> : f32
          %v550 = arith.addf %v548, %v549 fastmath<contract> : f32
          %v551 = arith.mulf %v507, %v189 fastmath<contract> : f32
          %v552 = arith.addf %v550, %v551 fastmath<contract> : f32
          llvm.store %v552, %v98 : f32, !llvm.ptr
          %v553 = llvm.load %v102 : !llvm.ptr -> f32
          %v554 = arith.mulf %v501, %v191 fastmath<contract> : f32
          %v555 = arith.addf %v553, %v554 fastmath<contract> : f32
          %v556 = arith.mulf %v503, %v193 fastmath<contract> : f32
          %v557 = arith.addf %v555, %v556 fastmath<contract> : f32
          %v558 = arith.mulf %v505, %v195 fastmath<contract> : f32
          %v559 = arith.addf %v557, %v558 fastmath<contract> : f32
          %v560 = arith.mulf %v507, %v197 fastmath<contract> : f32
          %v561 = arith.addf %v559, %v560 fastmath<contract> : f32
          llvm.store %v561, %v102 : f32, !llvm.ptr
          %v562 = llvm.load %v106 : !llvm.ptr -> f32
          %v563 = arith.mulf %v501, %v199 fastmath<contract> : f32
          %v564 = arith.addf %v562, %v563 fastmath<contract> : f32
          %v565 = arith.mulf %v503, %v201 fastmath<contract> : f32
          %v566 = arith.addf %v564, %v565 fastmath<contract> : f32
          %v567 = arith.mulf %v505, %v203 fastmath<contract> : f32
          %v568 = arith.addf %v566, %v567 fastmath<contract> : f32
          %v569 = arith.mulf %v507, %v205 fastmath<contract> : f32
          %v570 = arith.addf %v568, %v569 fastmath<contract> : f32
          llvm.store %v570, %v106 : f32, !llvm.ptr
          %v571 = llvm.load %v110 : !llvm.ptr -> f32
          %v572 = arith.mulf %v501, %v207 fastmath<contract> : f32
          %v573 = arith.addf %v571, %v572 fastmath<contract> : f32
          %v574 = arith.mulf %v503, %v209 fastmath<contract> : f32
          %v575 = arith.addf %v573, %v574 fastmath<contract> : f32
          %v576 = arith.mulf %v505, %v211 fastmath<contract> : f32
          %v577 = arith.addf %v575, %v576 fastmath<contract> : f32
          %v578 = arith.mulf %v507, %v213 fastmath<contract> : f32
          %v579 = arith.addf %v577, %v578 fastmath<contract> : f32
          llvm.store %v579, %v110 : f32, !llvm.ptr
          %v580 = llvm.fmul %v131, %v149 : vector<4xf32>
          %v581 = llvm.select %v123, %v580, %v27 : i1, vector<4xf32>
          %v582 = llvm.mlir.constant(0 : i32) : i32
          %v583 = llvm.extractelement %v581[%v582 : i32] : vector<4xf32>
          %v584 = llvm.mlir.constant(1 : i32) : i32
          %v585 = llvm.extractelement %v581[%v584 : i32] : vector<4xf32>
          %v586 = llvm.mlir.constant(2 : i32) : i32
          %v587 = llvm.extractelement %v581[%v586 : i32] : vector<4xf32>
          %v588 = llvm.mlir.constant(3 : i32) : i32
          %v589 = llvm.extractelement %v581[%v588 : i32] : vector<4xf32>
          %v590 = llvm.load %v83 : !llvm.ptr -> f32
          %v591 = arith.mulf %v583, %v151 fastmath<contract> : f32
          %v592 = arith.addf %v590, %v591 fastmath<contract> : f32
          %v593 = arith.mulf %v585, %v153 fastmath<contract> : f32
          %v594 = arith.addf %v592, %v593 fastmath<contract> : f32
          %v595 = arith.mulf %v587, %v155 fastmath<contract> : f32
          %v596 = arith.addf %v594, %v595 fastmath<contract> : f32
          %v597 = arith.mulf %v589, %v157 fastmath<contract> : f32
          %v598 = arith.addf %v596, %v597 fastmath<contract> : f32
          llvm.store %v598, %v83 : f32, !llvm.ptr
          %v599 = llvm.load %v87 : !llvm.ptr -> f32
          %v600 = arith.mulf %v583, %v159 fastmath<contract> : f32
          %v601 = arith.addf %v599, %v600 fastmath<contract> : f32
          %v602 = arith.mulf %v585, %v161 fastmath<contract> : f32
          %v603 = arith.addf %v601, %v602 fastmath<contract> : f32
          %v604 = arith.mulf %v587, %v163 fastmath<contract> : f32
          %v605 = arith.addf %v603, %v604 fastmath<contract> : f32
          %v606 = arith.mulf %v589, %v165 fastmath<contract> : f32
          %v607 = arith.addf %v605, %v606 fastmath<contract> : f32
          llvm.store %v607, %v87 : f32, !llvm.ptr
          %v608 = llvm.load %v91 : !llvm.ptr -> f32
          %v609 = arith.mulf %v583, %v167 fastmath<contract> : f32
          %v610 = arith.addf %v608, %v609 fastmath<contract> : f32
          %v611 = arith.mulf %v585, %v169 fastmath<contract> : f32
          %v612 = arith.addf %v610, %v611 fastmath<contract> : f32
          %v613 = arith.mulf %v587, %v171 fastmath<contract> : f32
          %v614 = arith.addf %v612, %v613 fastmath<contract> : f32
          %v615 = arith.mulf %v589, %v173 fastmath<contract> : f32
          %v616 = arith.addf %v614, %v615 fastmath<contract> : f32
          llvm.store %v616, %v91 : f32, !llvm.ptr
          %v617 = llvm.load %v95 : !llvm.ptr -> f32
          %v618 = arith.mulf %v583, %v175 fastmath<contract> : f32
          %v619 = arith.addf %v617, %v618 fastmath<contract> : f32
          %v620 = arith.mulf %v585, %v177 fastmath<contract> : f32
          %v621 = arith.addf %v619, %v620 fastmath<contract> : f32
          %v622 = arith.mulf %v587, %v179 fastmath<contract> : f32
          %v623 = arith.addf %v621, %v622 fastmath<contract> : f32
          %v624 = arith.mulf %v589, %v181 fastmath<contract> : f32
          %v625 = arith.addf %v623, %v624 fastmath<contract> : f32
          llvm.store %v625, %v95 : f32, !llvm.ptr
          %v626 = llvm.load %v99 : !llvm.ptr -> f32
          %v627 = arith.mulf %v583, %v183 fastmath<contract> : f32
          %v628 = arith.addf %v626, %v627 fastmath<contract> : f32
          %v629 = arith.mulf %v585, %v185 fastmath<contract> : f32
          %v630 = arith.addf %v628, %v629 fastmath<contract> : f32
          %v631 = arith.mulf %v587, %v187 fastmath<contract> : f32
          %v632 = arith.addf %v630, %v631 fastmath<contract> : f32
          %v633 = arith.mulf %v589, %v189 fastmath<contract> : f32
          %v634 = arith.addf %v632, %v633 fastmath<contract> : f32
          llvm.store %v634, %v99 : f32, !llvm.ptr
          %v635 = llvm.load %v103 : !llvm.ptr -> f32
          %v636 = arith.mulf %v583, %v191 fastmath<contract> : f32
          %v637 = arith.addf %v635, %v636 fastmath<contract> : f32
          %v638 = arith.mulf %v585, %v193 fastmath<contract> : f32
          %v639 = arith.addf %v637, %v638 fastmath<contract> : f32
          %v640 = arith.mulf %v587, %v195 fastmath<contract> : f32
          %v641 = arith.addf %v639, %v640 fastmath<contract> : f32
          %v642 = arith.mulf %v589, %v197 fastmath<contract> : f32
          %v643 = arith.addf %v641, %v642 fastmath<contract> : f32
          llvm.store %v643, %v103 : f32, !llvm.ptr
          %v644 = llvm.load %v107 : !llvm.ptr -> f32
          %v645 = arith.mulf %v583, %v199 fastmath<contract> : f32
          %v646 = arith.addf %v644, %v645 fastmath<contract> : f32
          %v647 = arith.mulf %v585, %v201 fastmath<contract> : f32
          %v648 = arith.addf %v646, %v647 fastmath<contract> : f32
          %v649 = arith.mulf %v587, %v203 fastmath<contract> : f32
          %v650 = arith.addf %v648, %v649 fastmath<contract> : f32
          %v651 = arith.mulf %v589, %v205 fastmath<contract> : f32
          %v652 = arith.addf %v650, %v651 fastmath<contract> : f32
          llvm.store %v652, %v107 : f32, !llvm.ptr
          %v653 = llvm.load %v111 : !llvm.ptr -> f32
          %v654 = arith.mulf %v583, %v207 fastmath<contract> : f32
          %v655 = arith.addf %v653, %v654 fastmath<contract> : f32
          %v656 = arith.mulf %v585, %v209 fastmath<contract> : f32
          %v657 = arith.addf %v655, %v656 fastmath<contract> : f32
          %v658 = arith.mulf %v587, %v211 fastmath<contract> : f32
          %v659 = arith.addf %v657, %v658 fastmath<contract> : f32
          %v660 = arith.mulf %v589, %v213 fastmath<contract> : f32
          %v661 = arith.addf %v659, %v660 fastmath<contract> : f32
          llvm.store %v661, %v111 : f32, !llvm.ptr
        }
        %v662 = llvm.load %v80 : !llvm.ptr -> f32
        %v663 = llvm.load %v81 : !llvm.ptr -> f32
        %v664 = llvm.load %v82 : !llvm.ptr -> f32
        %v665 = llvm.load %v83 : !llvm.ptr -> f32
        %v666 = llvm.load %v84 : !llvm.ptr -> f32
        %v667 = llvm.load %v85 : !llvm.ptr -> f32
        %v668 = llvm.load %v86 : !llvm.ptr -> f32
        %v669 = llvm.load %v87 : !llvm.ptr -> f32
        %v670 = llvm.load %v88 : !llvm.ptr -> f32
        %v671 = llvm.load %v89 : !llvm.ptr -> f32
        %v672 = llvm.load %v90 : !llvm.ptr -> f32
        %v673 = llvm.load %v91 : !llvm.ptr -> f32
        %v674 = llvm.load %v92 : !llvm.ptr -> f32
        %v675 = llvm.load %v93 : !llvm.ptr -> f32
        %v676 = llvm.load %v94 : !llvm.ptr -> f32
        %v677 = llvm.load %v95 : !llvm.ptr -> f32
        %v678 = llvm.load %v96 : !llvm.ptr -> f32
        %v679 = llvm.load %v97 : !llvm.ptr -> f32
        %v680 = llvm.load %v98 : !llvm.ptr -> f32
        %v681 = llvm.load %v99 : !llvm.ptr -> f32
        %v682 = llvm.load %v100 : !llvm.ptr -> f32
        %v683 = llvm.load %v101 : !llvm.ptr -> f32
        %v684 = llvm.load %v102 : !llvm.ptr -> f32
        %v685 = llvm.load %v103 : !llvm.ptr -> f32
        %v686 = llvm.load %v104 : !llvm.ptr -> f32
        %v687 = llvm.load %v105 : !llvm.ptr -> f32
        %v688 = llvm.load %v106 : !llvm.ptr -> f32
        %v689 = llvm.load %v107 : !llvm.ptr -> f32
        %v690 = llvm.load %v108 : !llvm.ptr -> f32
        %v691 = llvm.load %v109 : !llvm.ptr -> f32
        %v692 = llvm.load %v110 : !llvm.ptr -> f32
        %v693 = llvm.load %v111 : !llvm.ptr -> f32
        %v694 = arith.constant 32 : i32
        %v695 = arith.constant 16 : i32
        %v697 = arith.andi %v10, %v696 : i64
        %v698 = arith.cmpi ne, %v697, %v12 : i64
        %v699 = arith.select %v698, %v662, %v678 : f32
        %v700 = arith.select %v698, %v678, %v662 : f32
        %v701, %v702 = gpu.shuffle xor %v699, %v695, %v694 : f32
        %v703 = arith.addf %v700, %v701 fastmath<contract> : f32
        %v704 = arith.select %v698, %v663, %v679 : f32
        %v705 = arith.select %v698, %v679, %v663 : f32
        %v706, %v707 = gpu.shuffle xor %v704, %v695, %v694 : f32
        %v708 = arith.addf %v705, %v706 fastmath<contract> : f32
        %v709 = arith.select %v698, %v664, %v680 : f32
        %v710 = arith.select %v698, %v680, %v664 : f32
        %v711, %v712 = gpu.shuffle xor %v709, %v695, %v694 : f32
        %v713 = arith.addf %v710, %v711 fastmath<contract> : f32
        %v714 = arith.select %v698, %v665, %v681 : f32
        %v715 = arith.select %v698, %v681, %v665 : f32
        %v716, %v717 = gpu.shuffle xor %v714, %v695, %v694 : f32
        %v718 = arith.addf %v715, %v716 fastmath<contract> : f32
        %v719 = arith.select %v698, %v666, %v682 : f32
        %v720 = arith.select %v698, %v682, %v666 : f32
        %v721, %v722 = gpu.shuffle xor %v719, %v695, %v694 : f32
        %v723 = arith.addf %v720, %v721 fastmath<contract> : f32
        %v724 = arith.select %v698, %v667, %v683 : f32
        %v725 = arith.select %v698, %v683, %v667 : f32
        %v726, %v727 = gpu.shuffle xor %v724, %v695, %v694 : f32
        %v728 = arith.addf %v725, %v726 fastmath<contract> : f32
        %v729 = arith.select %v698, %v668, %v684 : f32
        %v730 = arith.select %v698, %v684, %v668 : f32
        %v731, %v732 = gpu.shuffle xor %v729, %v695, %v694 : f32
        %v733 = arith.addf %v730, %v731 fastmath<contract> : f32
        %v734 = arith.select %v698, %v669, %v685 : f32
        %v735 = arith.select %v698, %v685, %v669 : f32
        %v736, %v737 = gpu.shuffle xor %v734, %v695, %v694 : f32
        %v738 = arith.addf %v735, %v736 fastmath<contract> : f32
        %v739 = arith.select %v698, %v670, %v686 : f32
        %v740 = arith.select %v698, %v686, %v670 : f32
        %v741, %v742 = gpu.shuffle xor %v739, %v695, %v694 : f32
        %v743 = arith.addf %v740, %v741 fastmath<contract> : f32
        %v744 = arith.select %v698, %v671, %v687 : f32
        %v745 = arith.select %v698, %v687, %v671 : f32
        %v746, %v747 = gpu.shuffle xor %v744, %v695, %v694 : f32
        %v748 = arith.addf %v745, %v746 fastmath<contract> : f32
        %v749 = arith.select %v698, %v672, %v688 : f32
        %v750 = arith.select %v698, %v688, %v672 : f32
        %v751, %v752 = gpu.shuffle xor %v749, %v695, %v694 : f32
        %v753 = arith.addf %v750, %v751 fastmath<contract> : f32
        %v754 = arith.select %v698, %v673, %v689 : f32
        %v755 = arith.select %v698, %v689, %v673 : f32
        %v756, %v757 = gpu.shuffle xor %v754, %v695, %v694 : f32
        %v758 = arith.addf %v755, %v756 fastmath<contract> : f32
        %v759 = arith.select %v698, %v674, %v690 : f32
        %v760 = arith.select %v698, %v690, %v674 : f32
        %v761, %v762 = gpu.shuffle xor %v759, %v695, %v694 : f32
        %v763 = arith.addf %v760, %v761 fastmath<contract> : f32
        %v764 = arith.select %v698, %v675, %v691 : f32
        %v765 = arith.select %v698, %v691, %v675 : f32
        %v766, %v767 = gpu.shuffle xor %v764, %v695, %v694 : f32
        %v768 = arith.addf %v765, %v766 fastmath<contract> : f32
        %v769 = arith.select %v698, %v676, %v692 : f32
        %v770 = arith.select %v698, %v692, %v676 : f32
        %v771, %v772 = gpu.shuffle xor %v769, %v695, %v694 : f32
        %v773 = arith.addf %v770, %v771 fastmath<contract> : f32
        %v774 = arith.select %v698, %v677, %v693 : f32
        %v775 = arith.select %v698, %v693, %v677 : f32
        %v776, %v777 = gpu.shuffle xor %v774, %v695, %v694 : f32
        %v778 = arith.addf %v775, %v776 fastmath<contract> : f32
        %v779 = arith.select %v698, %v696, %v12 : i64
        %v780 = arith.constant 8 : i32
        %v781 = arith.andi %v10, %v14 : i64
        %v782 = arith.cmpi ne, %v781, %v12 : i64
        %v783 = arith.select %v782, %v703, %v743 : f32
        %v784 = arith.select %v782, %v743, %v703 : f32
        %v785, %v786 = gpu.shuffle xor %v783, %v780, %v694 : f32
        %v787 = arith.addf %v784, %v785 fastmath<contract> : f32
        %v788 = arith.select %v782, %v708, %v748 : f32
        %v789 = arith.select %v782, %v748, %v708 : f32
        %v790, %v791 = gpu.shuffle xor %v788, %v780, %v694 : f32
        %v792 = arith.addf %v789, %v790 fastmath<contract> : f32
        %v793 = arith.select %v782, %v713, %v753 : f32
        %v794 = arith.select %v782, %v753, %v713 : f32
        %v795, %v796 = gpu.shuffle xor %v793, %v780, %v694 : f32
        %v797 = arith.addf %v794, %v795 fastmath<contract> : f32
        %v798 = arith.select %v782, %v718, %v758 : f32
        %v799 = arith.select %v782, %v758, %v718 : f32
        %v800, %v801 = gpu.shuffle xor %v798, %v780, %v694 : f32
        %v802 = arith.addf %v799, %v800 fastmath<contract> : f32
        %v803 = arith.select %v782, %v723, %v763 : f32
        %v804 = arith.select %v782, %v763, %v723 : f32
        %v805, %v806 = gpu.shuffle xor %v803, %v780, %v694 : f32
        %v807 = arith.addf %v804, %v805 fastmath<contract> : f32
        %v808 = arith.select %v782, %v728, %v768 : f32
        %v809 = arith.select %v782, %v768, %v728 : f32
        %v810, %v811 = gpu.shuffle xor %v808, %v780, %v694 : f32
        %v812 = arith.addf %v809, %v810 fastmath<contract> : f32
        %v813 = arith.select %v782, %v733, %v773 : f32
        %v814 = arith.select %v782, %v773, %v733 : f32
        %v815, %v816 = gpu.shuffle xor %v813, %v780, %v694 : f32
        %v817 = arith.addf %v814, %v815 fastmath<contract> : f32
        %v818 = arith.select %v782, %v738, %v778 : f32
        %v819 = arith.select %v782, %v778, %v738 : f32
        %v820, %v821 = gpu.shuffle xor %v818, %v780, %v694 : f32
        %v822 = arith.addf %v819, %v820 fastmath<contract> : f32
        %v823 = arith.select %v782, %v14, %v12 : i64
        %v824 = arith.addi %v779, %v823 : i64
        %v825 = arith.constant 4 : i32
        %v826 = arith.andi %v10, %v13 : i64
        %v827 = arith.cmpi ne, %v826, %v12 : i64
        %v828 = arith.select %v827, %v787, %v807 : f32
        %v829 = arith.select %v827, %v807, %v787 : f32
        %v830, %v831 = gpu.shuffle xor %v828, %v825, %v694 : f32
        %v832 = arith.addf %v829, %v830 fastmath<contract> : f32
        %v833 = arith.select %v827, %v792, %v812 : f32
        %v834 = arith.select %v827, %v812, %v792 : f32
        %v835, %v836 = gpu.shuffle xor %v833, %v825, %v694 : f32
        %v837 = arith.addf %v834, %v835 fastmath<contract> : f32
        %v838 = arith.select %v827, %v797, %v817 : f32
        %v839 = arith.select %v827, %v817, %v797 : f32
        %v840, %v841 = gpu.shuffle xor %v838, %v825, %v694 : f32
        %v842 = arith.addf %v839, %v840 fastmath<contract> : f32
        %v843 = arith.select %v827, %v802, %v822 : f32
        %v844 = arith.select %v827, %v822, %v802 : f32
        %v845, %v846 = gpu.shuffle xor %v843, %v825, %v694 : f32
        %v847 = arith.addf %v844, %v845 fastmath<contract> : f32
        %v848 = arith.select %v827, %v13, %v12 : i64
        %v849 = arith.addi %v824, %v848 : i64
        %v850 = arith.constant 2 : i32
        %v851 = arith.andi %v10, %v37 : i64
        %v852 = arith.cmpi ne, %v851, %v12 : i64
        %v853 = arith.select %v852, %v832, %v842 : f32
        %v854 = arith.select %v852, %v842, %v832 : f32
        %v855, %v856 = gpu.shuffle xor %v853, %v850, %v694 : f32
        %v857 = arith.addf %v854, %v855 fastmath<contract> : f32
        %v858 = arith.select %v852, %v837, %v847 : f32
        %v859 = arith.select %v852, %v847, %v837 : f32
        %v860, %v861 = gpu.shuffle xor %v858, %v850, %v694 : f32
        %v862 = arith.addf %v859, %v860 fastmath<contract> : f32
        %v863 = arith.select %v852, %v37, %v12 : i64
        %v864 = arith.addi %v849, %v863 : i64
        %v865 = arith.constant 1 : i32
        %v866 = arith.andi %v10, %v11 : i64
        %v867 = arith.cmpi ne, %v866, %v12 : i64
        %v868 = arith.select %v867, %v857, %v862 : f32
        %v869 = arith.select %v867, %v862, %v857 : f32
        %v870, %v871 = gpu.shuffle xor %v868, %v865, %v694 : f32
        %v872 = arith.addf %v869, %v870 fastmath<contract> : f32
        %v873 = arith.select %v867, %v11, %v12 : i64
        %v874 = arith.addi %v864, %v873 : i64
        %v875 = arith.divsi %v874, %v13 : i64
        %v876 = arith.remsi %v874, %v13 : i64
        %v877 = arith.addi %v21, %v876 : i64
        %v878 = arith.addi %v20, %v875 : i64
        %v879 = llvm.load %v112 : !llvm.ptr -> f32
        %v880 = llvm.load %v113 : !llvm.ptr -> f32
        %v881 = llvm.load %v114 : !llvm.ptr -> f32
        %v882 = llvm.load %v115 : !llvm.ptr -> f32
        %v883 = llvm.load %v116 : !llvm.ptr -> f32
        %v884 = llvm.load %v117 : !llvm.ptr -> f32
        %v885 = llvm.load %v118 : !llvm.ptr -> f32
        %v886 = llvm.load %v119 : !llvm.ptr -> f32
        %v887 = arith.constant 32 : i32
        %v888 = arith.constant 16 : i32
        %v889 = arith.andi %v10, %v696 : i64
        %v890 = arith.cmpi ne, %v889, %v12 : i64
        %v891 = arith.select %v890, %v879, %v883 : f32
        %v892 = arith.select %v890, %v883, %v879 : f32
        %v893, %v894 = gpu.shuffle xor %v891, %v888, %v887 : f32
        %v895 = arith.addf %v892, %v893 fastmath<contract> : f32
        %v896 = arith.select %v890, %v880, %v884 : f32
        %v897 = arith.select %v890, %v884, %v880 : f32
        %v898, %v899 = gpu.shuffle xor %v896, %v888, %v887 : f32
        %v900 = arith.addf %v897, %v898 fastmath<contract> : f32
        %v901 = arith.select %v890, %v881, %v885 : f32
        %v902 = arith.select %v890, %v885, %v881 : f32
        %v903, %v904 = gpu.shuffle xor %v901, %v888, %v887 : f32
        %v905 = arith.addf %v902, %v903 fastmath<contract> : f32
        %v906 = arith.select %v890, %v882, %v886 : f32
        %v907 = arith.select %v890, %v886, %v882 : f32
        %v908, %v909 = gpu.shuffle xor %v906, %v888, %v887 : f32
        %v910 = arith.addf %v907, %v908 fastmath<contract> : f32
        %v911 = arith.select %v890, %v13, %v12 : i64
        %v912 = arith.constant 8 : i32
        %v913 = arith.andi %v10, %v14 : i64
        %v914 = arith.cmpi ne, %v913, %v12 : i64
        %v915 = arith.select %v914, %v895, %v905 : f32
        %v916 = arith.select %v914, %v905, %v895 : f32
        %v917, %v918 = gpu.shuffle xor %v915, %v912, %v887 : f32
        %v919 = arith.addf %v916, %v917 fastmath<contract> : f32
        %v920 = arith.select %v914, %v900, %v910 : f32
        %v921 = arith.select %v914, %v910, %v900 : f32
        %v922, %v923 = gpu.shuffle xor %v920, %v912, %v887 : f32
        %v924 = arith.addf %v921, %v922 fastmath<contract> : f32
        %v925 = arith.select %v914, %v37, %v12 : i64
        %v926 = arith.addi %v911, %v925 : i64
        %v927 = arith.constant 4 : i32
        %v928 = arith.andi %v10, %v13 : i64
        %v929 = arith.cmpi ne, %v928, %v12 : i64
        %v930 = arith.select %v929, %v919, %v924 : f32
        %v931 = arith.select %v929, %v924, %v919 : f32
        %v932, %v933 = gpu.shuffle xor %v930, %v927, %v887 : f32
        %v934 = arith.addf %v931, %v932 fastmath<contract> : f32
        %v935 = arith.select %v929, %v11, %v12 : i64
        %v936 = arith.addi %v926, %v935 : i64
        %v937 = arith.constant 2 : i32
        %v938, %v939 = gpu.shuffle xor %v934, %v937, %v887 : f32
        %v940 = arith.addf %v934, %v938 fastmath<contract> : f32
        %v941 = arith.constant 1 : i32
        %v942, %v943 = gpu.shuffle xor %v940, %v941, %v887 : f32
        %v944 = arith.addf %v940, %v942 fastmath<contract> : f32
        %v945 = arith.sitofp %k : i64 to f32
        %v946 = arith.divf %v944, %v945 : f32
        %v947 = arith.addf %v946, %eps fastmath<contract> : f32
        %v948 = llvm.call_intrinsic "llvm.sqrt.f32"(%v947) : (f32) -> f32
        %v950 = arith.divf %v949, %v948 : f32
        %v951 = arith.mulf %v872, %v950 fastmath<contract> : f32
        %v952 = arith.andi %v10, %v12 : i64
        %v953 = arith.cmpi eq, %v952, %v12 : i64
        %v954 = arith.cmpi slt, %v877, %n : i64
        %v955 = arith.cmpi slt, %v878, %m : i64
        %v956 = arith.andi %v954, %v955 : i1
        %v957 = arith.andi %v956, %v953 : i1
        scf.if %v957 {
          llvm.store %v951, %v958 : f32, !llvm.ptr
          %v959 = llvm.mlir.zero : !llvm.ptr
          %v960 = llvm.icmp "ne" %bias, %v959 : !llvm.ptr
          scf.if %v960 {
            %v961 = llvm.getelementptr %bias[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v962 = llvm.load %v961 : !llvm.ptr -> f32
            %v963 = llvm.load %v958 : !llvm.ptr -> f32
            %v964 = arith.addf %v963, %v962 fastmath<contract> : f32
            llvm.store %v964, %v958 : f32, !llvm.ptr
          }
          %v965 = llvm.mlir.zero : !llvm.ptr
          %v966 = llvm.icmp "ne" %add, %v965 : !llvm.ptr
          scf.if %v966 {
            %v967 = arith.muli %v878, %add_stride : i64
            %v968 = arith.addi %v967, %v877 : i64
            %v969 = llvm.getelementptr %add[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v970 = llvm.load %v969 : !llvm.ptr -> f32
            %v971 = llvm.load %v958 : !llvm.ptr -> f32
            %v972 = arith.addf %v971, %v970 fastmath<contract> : f32
            llvm.store %v972, %v958 : f32, !llvm.ptr
          }
          %v973 = llvm.load %v958 : !llvm.ptr -> f32
          %v974 = arith.cmpi slt, %v877, %split1 : i64
          %v975 = arith.cmpi slt, %v877, %split2 : i64
          %v976 = arith.muli %m, %split1 : i64
          %v977 = arith.muli %m, %split2 : i64
          %v978 = arith.select %v975, %v976, %v977 : i64
          %v979 = arith.select %v974, %v12, %v978 : i64
          %v980 = arith.subi %split2, %split1 : i64
          %v981 = arith.subi %n, %split2 : i64
          %v982 = arith.select %v975, %v980, %v981 : i64
          %v983 = arith.select %v974, %split1, %v982 : i64
          %v984 = arith.select %v975, %split1, %split2 : i64
          %v985 = arith.select %v974, %v12, %v984 : i64
          %v986 = arith.muli %v878, %v983 : i64
          %v987 = arith.subi %v877, %v985 : i64
          %v988 = arith.addi %v979, %v986 : i64
          %v989 = arith.addi %v988, %v987 : i64
          %v990 = llvm.getelementptr %out[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v973, %v990 : f32, !llvm.ptr
          %v991 = llvm.mlir.zero : !llvm.ptr
          %v992 = llvm.icmp "ne" %conv_w, %v991 : !llvm.ptr
          %v993 = arith.andi %v992, %v974 : i1
          scf.if %v993 {
            %v994 = arith.subi %conv_k, %v11 : i64
            llvm.store %v29, %v995 : f32, !llvm.ptr
            %v996 = llvm.mlir.zero : !llvm.ptr
            %v997 = llvm.icmp "ne" %conv_b, %v996 : !llvm.ptr
            scf.if %v997 {
              %v998 = llvm.getelementptr %conv_b[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v999 = llvm.load %v998 : !llvm.ptr -> f32
              llvm.store %v999, %v995 : f32, !llvm.ptr
            }
            %v1000 = arith.muli %v877, %conv_k : i64
            %v1001 = arith.muli %v878, %v994 : i64
            scf.for %v1002 = %v12 to %v994 step %v11 : i64 {
              %v1003 = arith.addi %v1001, %v1002 : i64
              %v1004 = arith.muli %v1003, %split1 : i64
              %v1005 = arith.addi %v1004, %v877 : i64
              %v1006 = llvm.getelementptr %conv_win[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
              %v1008 = arith.addi %v1000, %v1002 : i64
              %v1009 = llvm.getelementptr %conv_w[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
              %v1011 = arith.mulf %v1010, %v1007 fastmath<contract> : f32
              %v1012 = llvm.load %v995 : !llvm.ptr -> f32
              %v1013 = arith.addf %v1012, %v1011 fastmath<contract> : f32
              llvm.store %v1013, %v995 : f32, !llvm.ptr
            }
            %v1014 = arith.addi %v1000, %v994 : i64
            %v1015 = llvm.getelementptr %conv_w[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
            %v1017 = arith.mulf %v1016, %v973 fastmath<contract> : f32
            %v1018 = llvm.load %v995 : !llvm.ptr -> f32
            %v1019 = arith.addf %v1018, %v1017 fastmath<contract> : f32
            %v1020 = arith.negf %v1019 : f32
            %v1022 = arith.mulf %v1020, %v1021 fastmath<contract> : f32
            %v1023 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1022) : (f32) -> f32
            %v1024 = arith.addf %v949, %v1023 fastmath<contract> : f32
            %v1025 = arith.divf %v949, %v1024 : f32
            %v1026 = arith.mulf %v1019, %v1025 fastmath<contract> : f32
            %v1027 = arith.cmpi eq, %conv_act, %v11 : i64
            %v1028 = arith.select %v1027, %v1026, %v1019 : f32
            %v1029 = arith.muli %v878, %split1 : i64
            %v1030 = arith.addi %v1029, %v877 : i64
            %v1031 = llvm.getelementptr %conv_out[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1028, %v1031 : f32, !llvm.ptr
            %v1032 = arith.subi %v994, %v11 : i64
            scf.for %v1033 = %v12 to %v1032 step %v11 : i64 {
              %v1034 = arith.addi %v1001, %v1033 : i64
              %v1035 = arith.muli %v1034, %split1 : i64
              %v1036 = arith.addi %v1035, %v877 : i64
              %v1037 = arith.addi %v1036, %split1 : i64
              %v1038 = llvm.getelementptr %conv_win[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
              %v1040 = llvm.getelementptr %conv_win[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1039, %v1040 : f32, !llvm.ptr
            }
            %v1041 = arith.cmpi slt, %v12, %v994 : i64
            scf.if %v1041 {
              %v1042 = arith.addi %v1001, %v1032 : i64
              %v1043 = arith.muli %v1042, %split1 : i64
              %v1044 = arith.addi %v1043, %v877 : i64
              %v1045 = llvm.getelementptr %conv_win[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v973, %v1045 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_bf16w_norm_8x4u1(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v14 = arith.constant 8 : i64
      %v15 = arith.constant 7 : i64
      %v29 = arith.constant 0x00000000 : f32
      %v37 = arith.constant 2 : i64
      %v42 = arith.constant 3 : i64
      %v51 = arith.constant 5 : i64
      %v56 = arith.constant 6 : i64
      %v80 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v96 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v97 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v106 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v107 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v108 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v109 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v110 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v111 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v112 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v113 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v114 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v115 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v116 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v117 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v118 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v119 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v120 = arith.constant 128 : i64
      %v708 = arith.constant 16 : i64
      %v961 = arith.constant 0x3F800000 : f32
      %v970 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1007 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1033 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v16 = arith.addi %m, %v15 : i64
      %v17 = arith.divsi %v16, %v14 : i64
      %v18 = arith.remsi %v9, %v17 : i64
      %v19 = arith.divsi %v9, %v17 : i64
      %v20 = arith.muli %v18, %v14 : i64
      %v21 = arith.muli %v19, %v13 : i64
      %v22 = arith.cmpi slt, %v21, %n : i64
      scf.if %v22 {
        %v23 = arith.subi %m, %v11 : i64
        %v24 = arith.subi %n, %v11 : i64
        %v25 = arith.subi %k, %v13 : i64
        %v26 = arith.muli %v10, %v13 : i64
        %v27 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v28 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v30 = arith.minsi %v20, %v23 : i64
        %v31 = arith.muli %v30, %x_stride : i64
        %v32 = llvm.getelementptr %x[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v33 = arith.addi %v20, %v11 : i64
        %v34 = arith.minsi %v33, %v23 : i64
        %v35 = arith.muli %v34, %x_stride : i64
        %v36 = llvm.getelementptr %x[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = arith.addi %v20, %v37 : i64
        %v39 = arith.minsi %v38, %v23 : i64
        %v40 = arith.muli %v39, %x_stride : i64
        %v41 = llvm.getelementptr %x[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v43 = arith.addi %v20, %v42 : i64
        %v44 = arith.minsi %v43, %v23 : i64
        %v45 = arith.muli %v44, %x_stride : i64
        %v46 = llvm.getelementptr %x[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = arith.addi %v20, %v13 : i64
        %v48 = arith.minsi %v47, %v23 : i64
        %v49 = arith.muli %v48, %x_stride : i64
        %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = arith.addi %v20, %v51 : i64
        %v53 = arith.minsi %v52, %v23 : i64
        %v54 = arith.muli %v53, %x_stride : i64
        %v55 = llvm.getelementptr %x[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v57 = arith.addi %v20, %v56 : i64
        %v58 = arith.minsi %v57, %v23 : i64
        %v59 = arith.muli %v58, %x_stride : i64
        %v60 = llvm.getelementptr %x[%v59] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v61 = arith.addi %v20, %v15 : i64
        %v62 = arith.minsi %v61, %v23 : i64
        %v63 = arith.muli %v62, %x_stride : i64
        %v64 = llvm.getelementptr %x[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.minsi %v21, %v24 : i64
        %v66 = arith.muli %v65, %k : i64
        %v67 = llvm.getelementptr %w[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v68 = arith.addi %v21, %v11 : i64
        %v69 = arith.minsi %v68, %v24 : i64
        %v70 = arith.muli %v69, %k : i64
        %v71 = llvm.getelementptr %w[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v72 = arith.addi %v21, %v37 : i64
        %v73 = arith.minsi %v72, %v24 : i64
        %v74 = arith.muli %v73, %k : i64
        %v75 = llvm.getelementptr %w[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v76 = arith.addi %v21, %v42 : i64
        %v77 = arith.minsi %v76, %v24 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v29, %v80 : f32, !llvm.ptr
        llvm.store %v29, %v81 : f32, !llvm.ptr
        llvm.store %v29, %v82 : f32, !llvm.ptr
        llvm.store %v29, %v83 : f32, !llvm.ptr
        llvm.store %v29, %v84 : f32, !llvm.ptr
        llvm.store %v29, %v85 : f32, !llvm.ptr
        llvm.store %v29, %v86 : f32, !llvm.ptr
        llvm.store %v29, %v87 : f32, !llvm.ptr
        llvm.store %v29, %v88 : f32, !llvm.ptr
        llvm.store %v29, %v89 : f32, !llvm.ptr
        llvm.store %v29, %v90 : f32, !llvm.ptr
        llvm.store %v29, %v91 : f32, !llvm.ptr
        llvm.store %v29, %v92 : f32, !llvm.ptr
        llvm.store %v29, %v93 : f32, !llvm.ptr
        llvm.store %v29, %v94 : f32, !llvm.ptr
        llvm.store %v29, %v95 : f32, !llvm.ptr
        llvm.store %v29, %v96 : f32, !llvm.ptr
        llvm.store %v29, %v97 : f32, !llvm.ptr
        llvm.store %v29, %v98 : f32, !llvm.ptr
        llvm.store %v29, %v99 : f32, !llvm.ptr
        llvm.store %v29, %v100 : f32, !llvm.ptr
        llvm.store %v29, %v101 : f32, !llvm.ptr
        llvm.store %v29, %v102 : f32, !llvm.ptr
        llvm.store %v29, %v103 : f32, !llvm.ptr
        llvm.store %v29, %v104 : f32, !llvm.ptr
        llvm.store %v29, %v105 : f32, !llvm.ptr
        llvm.store %v29, %v106 : f32, !llvm.ptr
        llvm.store %v29, %v107 : f32, !llvm.ptr
        llvm.store %v29, %v108 : f32, !llvm.ptr
        llvm.store %v29, %v109 : f32, !llvm.ptr
        llvm.store %v29, %v110 : f32, !llvm.ptr
        llvm.store %v29, %v111 : f32, !llvm.ptr
        llvm.store %v29, %v112 : f32, !llvm.ptr
        llvm.store %v29, %v113 : f32, !llvm.ptr
        llvm.store %v29, %v114 : f32, !llvm.ptr
        llvm.store %v29, %v115 : f32, !llvm.ptr
        llvm.store %v29, %v116 : f32, !llvm.ptr
        llvm.store %v29, %v117 : f32, !llvm.ptr
        llvm.store %v29, %v118 : f32, !llvm.ptr
        llvm.store %v29, %v119 : f32, !llvm.ptr
        scf.for %v121 = %v26 to %k step %v120 : i64 {
          %v122 = arith.minsi %v121, %v25 : i64
          %v123 = arith.cmpi slt, %v121, %k : i64
          %v124 = llvm.getelementptr %v67[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v125 = llvm.load %v124 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v126 = llvm.getelementptr %v71[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v127 = llvm.load %v126 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v128 = llvm.getelementptr %v75[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v129 = llvm.load %v128 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v130 = llvm.getelementptr %v79[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v131 = llvm.load %v130 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v132 = llvm.getelementptr %v32[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v134 = llvm.getelementptr %v36[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v136 = llvm.getelementptr %v41[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.getelementptr %v46[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v140 = llvm.getelementptr %v50[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v141 = llvm.load %v140 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v142 = llvm.getelementptr %v55[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v144 = llvm.getelementptr %v60[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v146 = llvm.getelementptr %v64[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v148 = llvm.getelementptr %norm_w[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v150 = llvm.mlir.constant(0 : i32) : i32
          %v151 = llvm.extractelement %v133[%v150 : i32] : vector<4xf32>
          %v152 = llvm.mlir.constant(1 : i32) : i32
          %v153 = llvm.extractelement %v133[%v152 : i32] : vector<4xf32>
          %v154 = llvm.mlir.constant(2 : i32) : i32
          %v155 = llvm.extractelement %v133[%v154 : i32] : vector<4xf32>
          %v156 = llvm.mlir.constant(3 : i32) : i32
          %v157 = llvm.extractelement %v133[%v156 : i32] : vector<4xf32>
          %v158 = llvm.mlir.constant(0 : i32) : i32
          %v159 = llvm.extractelement %v135[%v158 : i32] : vector<4xf32>
          %v160 = llvm.mlir.constant(1 : i32) : i32
          %v161 = llvm.extractelement %v135[%v160 : i32] : vector<4xf32>
          %v162 = llvm.mlir.constant(2 : i32) : i32
          %v163 = llvm.extractelement %v135[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(3 : i32) : i32
          %v165 = llvm.extractelement %v135[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(0 : i32) : i32
          %v167 = llvm.extractelement %v137[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(1 : i32) : i32
          %v169 = llvm.extractelement %v137[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(2 : i32) : i32
          %v171 = llvm.extractelement %v137[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(3 : i32) : i32
          %v173 = llvm.extractelement %v137[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(0 : i32) : i32
          %v175 = llvm.extractelement %v139[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(1 : i32) : i32
          %v177 = llvm.extractelement %v139[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(2 : i32) : i32
          %v179 = llvm.extractelement %v139[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(3 : i32) : i32
          %v181 = llvm.extractelement %v139[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(0 : i32) : i32
          %v183 = llvm.extractelement %v141[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(1 : i32) : i32
          %v185 = llvm.extractelement %v141[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(2 : i32) : i32
          %v187 = llvm.extractelement %v141[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(3 : i32) : i32
          %v189 = llvm.extractelement %v141[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(0 : i32) : i32
          %v191 = llvm.extractelement %v143[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(1 : i32) : i32
          %v193 = llvm.extractelement %v143[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(2 : i32) : i32
          %v195 = llvm.extractelement %v143[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(3 : i32) : i32
          %v197 = llvm.extractelement %v143[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(0 : i32) : i32
          %v199 = llvm.extractelement %v145[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(1 : i32) : i32
          %v201 = llvm.extractelement %v145[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(2 : i32) : i32
          %v203 = llvm.extractelement %v145[%v202 : i32] : vector<4xf32>
          %v204 = llvm.mlir.constant(3 : i32) : i32
          %v205 = llvm.extractelement %v145[%v204 : i32] : vector<4xf32>
          %v206 = llvm.mlir.constant(0 : i32) : i32
          %v207 = llvm.extractelement %v147[%v206 : i32] : vector<4xf32>
          %v208 = llvm.mlir.constant(1 : i32) : i32
          %v209 = llvm.extractelement %v147[%v208 : i32] : vector<4xf32>
          %v210 = llvm.mlir.constant(2 : i32) : i32
          %v211 = llvm.extractelement %v147[%v210 : i32] : vector<4xf32>
          %v212 = llvm.mlir.constant(3 : i32) : i32
          %v213 = llvm.extractelement %v147[%v212 : i32] : vector<4xf32>
          %v214 = llvm.fmul %v133, %v133 : vector<4xf32>
          %v215 = llvm.select %v123, %v214, %v27 : i1, vector<4xf32>
          %v216 = llvm.mlir.constant(0 : i32) : i32
          %v217 = llvm.extractelement %v215[%v216 : i32] : vector<4xf32>
          %v218 = llvm.mlir.constant(1 : i32) : i32
          %v219 = llvm.extractelement %v215[%v218 : i32] : vector<4xf32>
          %v220 = llvm.mlir.constant(2 : i32) : i32
          %v221 = llvm.extractelement %v215[%v220 : i32] : vector<4xf32>
          %v222 = llvm.mlir.constant(3 : i32) : i32
          %v223 = llvm.extractelement %v215[%v222 : i32] : vector<4xf32>
          %v224 = arith.addf %v217, %v219 fastmath<contract> : f32
          %v225 = arith.addf %v224, %v221 fastmath<contract> : f32
          %v226 = arith.addf %v225, %v223 fastmath<contract> : f32
          %v227 = llvm.load %v112 : !llvm.ptr -> f32
          %v228 = arith.addf %v227, %v226 fastmath<contract> : f32
          llvm.store %v228, %v112 : f32, !llvm.ptr
          %v229 = llvm.fmul %v135, %v135 : vector<4xf32>
          %v230 = llvm.select %v123, %v229, %v27 : i1, vector<4xf32>
          %v231 = llvm.mlir.constant(0 : i32) : i32
          %v232 = llvm.extractelement %v230[%v231 : i32] : vector<4xf32>
          %v233 = llvm.mlir.constant(1 : i32) : i32
          %v234 = llvm.extractelement %v230[%v233 : i32] : vector<4xf32>
          %v235 = llvm.mlir.constant(2 : i32) : i32
          %v236 = llvm.extractelement %v230[%v235 : i32] : vector<4xf32>
          %v237 = llvm.mlir.constant(3 : i32) : i32
          %v238 = llvm.extractelement %v230[%v237 : i32] : vector<4xf32>
          %v239 = arith.addf %v232, %v234 fastmath<contract> : f32
          %v240 = arith.addf %v239, %v236 fastmath<contract> : f32
          %v241 = arith.addf %v240, %v238 fastmath<contract> : f32
          %v242 = llvm.load %v113 : !llvm.ptr -> f32
          %v243 = arith.addf %v242, %v241 fastmath<contract> : f32
          llvm.store %v243, %v113 : f32, !llvm.ptr
          %v244 = llvm.fmul %v137, %v137 : vector<4xf32>
          %v245 = llvm.select %v123, %v244, %v27 : i1, vector<4xf32>
          %v246 = llvm.mlir.constant(0 : i32) : i32
          %v247 = llvm.extractelement %v245[%v246 : i32] : vector<4xf32>
          %v248 = llvm.mlir.constant(1 : i32) : i32
          %v249 = llvm.extractelement %v245[%v248 : i32] : vector<4xf32>
          %v250 = llvm.mlir.constant(2 : i32) : i32
          %v251 = llvm.extractelement %v245[%v250 : i32] : vector<4xf32>
          %v252 = llvm.mlir.constant(3 : i32) : i32
          %v253 = llvm.extractelement %v245[%v252 : i32] : vector<4xf32>
          %v254 = arith.addf %v247, %v249 fastmath<contract> : f32
          %v255 = arith.addf %v254, %v251 fastmath<contract> : f32
          %v256 = arith.addf %v255, %v253 fastmath<contract> : f32
          %v257 = llvm.load %v114 : !llvm.ptr -> f32
          %v258 = arith.addf %v257, %v256 fastmath<contract> : f32
          llvm.store %v258, %v114 : f32, !llvm.ptr
          %v259 = llvm.fmul %v139, %v139 : vector<4xf32>
          %v260 = llvm.select %v123, %v259, %v27 : i1, vector<4xf32>
          %v261 = llvm.mlir.constant(0 : i32) : i32
          %v262 = llvm.extractelement %v260[%v261 : i32] : vector<4xf32>
          %v263 = llvm.mlir.constant(1 : i32) : i32
          %v264 = llvm.extractelement %v260[%v263 : i32] : vector<4xf32>
          %v265 = llvm.mlir.constant(2 : i32) : i32
          %v266 = llvm.extractelement %v260[%v265 : i32] : vector<4xf32>
          %v267 = llvm.mlir.constant(3 : i32) : i32
          %v268 = llvm.extractelement %v260[%v267 : i32] : vector<4xf32>
          %v269 = arith.addf %v262, %v264 fastmath<contract> : f32
          %v270 = arith.addf %v269, %v266 fastmath<contract> : f32
          %v271 = arith.addf %v270, %v268 fastmath<contract> : f32
          %v272 = llvm.load %v115 : !llvm.ptr -> f32
          %v273 = arith.addf %v272, %v271 fastmath<contract> : f32
          llvm.store %v273, %v115 : f32, !llvm.ptr
          %v274 = llvm.fmul %v141, %v141 : vector<4xf32>
          %v275 = llvm.select %v123, %v274, %v27 : i1, vector<4xf32>
          %v276 = llvm.mlir.constant(0 : i32) : i32
          %v277 = llvm.extractelement %v275[%v276 : i32] : vector<4xf32>
          %v278 = llvm.mlir.constant(1 : i32) : i32
          %v279 = llvm.extractelement %v275[%v278 : i32] : vector<4xf32>
          %v280 = llvm.mlir.constant(2 : i32) : i32
          %v281 = llvm.extractelement %v275[%v280 : i32] : vector<4xf32>
          %v282 = llvm.mlir.constant(3 : i32) : i32
          %v283 = llvm.extractelement %v275[%v282 : i32] : vector<4xf32>
          %v284 = arith.addf %v277, %v279 fastmath<contract> : f32
          %v285 = arith.addf %v284, %v281 fastmath<contract> : f32
          %v286 = arith.addf %v285, %v283 fastmath<contract> : f32
          %v287 = llvm.load %v116 : !llvm.ptr -> f32
          %v288 = arith.addf %v287, %v286 fastmath<contract> : f32
          llvm.store %v288, %v116 : f32, !llvm.ptr
          %v289 = llvm.fmul %v143, %v143 : vector<4xf32>
          %v290 = llvm.select %v123, %v289, %v27 : i1, vector<4xf32>
          %v291 = llvm.mlir.constant(0 : i32) : i32
          %v292 = llvm.extractelement %v290[%v291 : i32] : vector<4xf32>
          %v293 = llvm.mlir.constant(1 : i32) : i32
          %v294 = llvm.extractelement %v290[%v293 : i32] : vector<4xf32>
          %v295 = llvm.mlir.constant(2 : i32) : i32
          %v296 = llvm.extractelement %v290[%v295 : i32] : vector<4xf32>
          %v297 = llvm.mlir.constant(3 : i32) : i32
          %v298 = llvm.extractelement %v290[%v297 : i32] : vector<4xf32>
          %v299 = arith.addf %v292, %v294 fastmath<contract> : f32
          %v300 = arith.addf %v299, %v296 fastmath<contract> : f32
          %v301 = arith.addf %v300, %v298 fastmath<contract> : f32
          %v302 = llvm.load %v117 : !llvm.ptr -> f32
          %v303 = arith.addf %v302, %v301 fastmath<contract> : f32
          llvm.store %v303, %v117 : f32, !llvm.ptr
          %v304 = llvm.fmul %v145, %v145 : vector<4xf32>
          %v305 = llvm.select %v123, %v304, %v27 : i1, vector<4xf32>
          %v306 = llvm.mlir.constant(0 : i32) : i32
          %v307 = llvm.extractelement %v305[%v306 : i32] : vector<4xf32>
          %v308 = llvm.mlir.constant(1 : i32) : i32
          %v309 = llvm.extractelement %v305[%v308 : i32] : vector<4xf32>
          %v310 = llvm.mlir.constant(2 : i32) : i32
          %v311 = llvm.extractelement %v305[%v310 : i32] : vector<4xf32>
          %v312 = llvm.mlir.constant(3 : i32) : i32
          %v313 = llvm.extractelement %v305[%v312 : i32] : vector<4xf32>
          %v314 = arith.addf %v307, %v309 fastmath<contract> : f32
          %v315 = arith.addf %v314, %v311 fastmath<contract> : f32
          %v316 = arith.addf %v315, %v313 fastmath<contract> : f32
          %v317 = llvm.load %v118 : !llvm.ptr -> f32
          %v318 = arith.addf %v317, %v316 fastmath<contract> : f32
          llvm.store %v318, %v118 : f32, !llvm.ptr
          %v319 = llvm.fmul %v147, %v147 : vector<4xf32>
          %v320 = llvm.select %v123, %v319, %v27 : i1, vector<4xf32>
          %v321 = llvm.mlir.constant(0 : i32) : i32
          %v322 = llvm.extractelement %v320[%v321 : i32] : vector<4xf32>
          %v323 = llvm.mlir.constant(1 : i32) : i32
          %v324 = llvm.extractelement %v320[%v323 : i32] : vector<4xf32>
          %v325 = llvm.mlir.constant(2 : i32) : i32
          %v326 = llvm.extractelement %v320[%v325 : i32] : vector<4xf32>
          %v327 = llvm.mlir.constant(3 : i32) : i32
          %v328 = llvm.extractelement %v320[%v327 : i32] : vector<4xf32>
          %v329 = arith.addf %v322, %v324 fastmath<contract> : f32
          %v330 = arith.addf %v329, %v326 fastmath<contract> : f32
          %v331 = arith.addf %v330, %v328 fastmath<contract> : f32
          %v332 = llvm.load %v119 : !llvm.ptr -> f32
          %v333 = arith.addf %v332, %v331 fastmath<contract> : f32
          llvm.store %v333, %v119 : f32, !llvm.ptr
          %v334 = llvm.zext %v125 : vector<4xi16> to vector<4xi32>
          %v335 = llvm.shl %v334, %v28 : vector<4xi32>
          %v336 = llvm.bitcast %v335 : vector<4xi32> to vector<4xf32>
          %v337 = llvm.fmul %v336, %v149 : vector<4xf32>
          %v338 = llvm.select %v123, %v337, %v27 : i1, vector<4xf32>
          %v339 = llvm.mlir.constant(0 : i32) : i32
          %v340 = llvm.extractelement %v338[%v339 : i32] : vector<4xf32>
          %v341 = llvm.mlir.constant(1 : i32) : i32
          %v342 = llvm.extractelement %v338[%v341 : i32] : vector<4xf32>
          %v343 = llvm.mlir.constant(2 : i32) : i32
          %v344 = llvm.extractelement %v338[%v343 : i32] : vector<4xf32>
          %v345 = llvm.mlir.constant(3 : i32) : i32
          %v346 = llvm.extractelement %v338[%v345 : i32] : vector<4xf32>
          %v347 = llvm.load %v80 : !llvm.ptr -> f32
          %v348 = arith.mulf %v340, %v151 fastmath<contract> : f32
          %v349 = arith.addf %v347, %v348 fastmath<contract> : f32
          %v350 = arith.mulf %v342, %v153 fastmath<contract> : f32
          %v351 = arith.addf %v349, %v350 fastmath<contract> : f32
          %v352 = arith.mulf %v344, %v155 fastmath<contract> : f32
          %v353 = arith.addf %v351, %v352 fastmath<contract> : f32
          %v354 = arith.mulf %v346, %v157 fastmath<contract> : f32
          %v355 = arith.addf %v353, %v354 fastmath<contract> : f32
          llvm.store %v355, %v80 : f32, !llvm.ptr
          %v356 = llvm.load %v84 : !llvm.ptr -> f32
          %v357 = arith.mulf %v340, %v159 fastmath<contract> : f32
          %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
          %v359 = arith.mulf %v342, %v161 fastmath<contract> : f32
          %v360 = arith.addf %v358, %v359 fastmath<contract> : f32
          %v361 = arith.mulf %v344, %v163 fastmath<contract> : f32
          %v362 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v363 = arith.mulf %v346, %v165 fastmath<contract> : f32
          %v364 = arith.addf %v362, %v363 fastmath<contract> : f32
          llvm.store %v364, %v84 : f32, !llvm.ptr
          %v365 = llvm.load %v88 : !llvm.ptr -> f32
          %v366 = arith.mulf %v340, %v167 fastmath<contract> : f32
          %v367 = arith.addf %v365, %v366 fastmath<contract> : f32
          %v368 = arith.mulf %v342, %v169 fastmath<contract> : f32
          %v369 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v370 = arith.mulf %v344, %v171 fastmath<contract> : f32
          %v371 = arith.addf %v369, %v370 fastmath<contract> : f32
          %v372 = arith.mulf %v346, %v173 fastmath<contract> : f32
          %v373 = arith.addf %v371, %v372 fastmath<contract> : f32
          llvm.store %v373, %v88 : f32, !llvm.ptr
          %v374 = llvm.load %v92 : !llvm.ptr -> f32
          %v375 = arith.mulf %v340, %v175 fastmath<contract> : f32
          %v376 = arith.addf %v374, %v375 fastmath<contract> : f32
          %v377 = arith.mulf %v342, %v177 fastmath<contract> : f32
          %v378 = arith.addf %v376, %v377 fastmath<contract> : f32
          %v379 = arith.mulf %v344, %v179 fastmath<contract> : f32
          %v380 = arith.addf %v378, %v379 fastmath<contract> : f32
          %v381 = arith.mulf %v346, %v181 fastmath<contract> : f32
          %v382 = arith.addf %v380, %v381 fastmath<contract> : f32
          llvm.store %v382, %v92 : f32, !llvm.ptr
          %v383 = llvm.load %v96 : !llvm.ptr -> f32
          %v384 = arith.mulf %v340, %v183 fastmath<contract> : f32
          %v385 = arith.addf %v383, %v384 fastmath<contract> : f32
          %v386 = arith.mulf %v342, %v185 fastmath<contract> : f32
          %v387 = arith.addf %v385, %v386 fastmath<contract> : f32
          %v388 = arith.mulf %v344, %v187 fastmath<contract> : f32
          %v389 = arith.addf %v387, %v388 fastmath<contract> : f32
          %v390 = arith.mulf %v346, %v189 fastmath<contract> : f32
          %v391 = arith.addf %v389, %v390 fastmath<contract> : f32
          llvm.store %v391, %v96 : f32, !llvm.ptr
          %v392 = llvm.load %v100 : !llvm.ptr -> f32
          %v393 = arith.mulf %v340, %v191 fastmath<contract> : f32
          %v394 = arith.addf %v392, %v393 fastmath<contract> : f32
          %v395 = arith.mulf %v342, %v193 fastmath<contract> : f32
          %v396 = arith.addf %v394, %v395 fastmath<contract> : f32
          %v397 = arith.mulf %v344, %v195 fastmath<contract> : f32
          %v398 = arith.addf %v396, %v397 fastmath<contract> : f32
          %v399 = arith.mulf %v346, %v197 fastmath<contract> : f32
          %v400 = arith.addf %v398, %v399 fastmath<contract> : f32
          llvm.store %v400, %v100 : f32, !llvm.ptr
          %v401 = llvm.load %v104 : !llvm.ptr -> f32
          %v402 = arith.mulf %v340, %v199 fastmath<contract> : f32
          %v403 = arith.addf %v401, %v402 fastmath<contract> : f32
          %v404 = arith.mulf %v342, %v201 fastmath<contract> : f32
          %v405 = arith.addf %v403, %v404 fastmath<contract> : f32
          %v406 = arith.mulf %v344, %v203 fastmath<contract> : f32
          %v407 = arith.addf %v405, %v406 fastmath<contract> : f32
          %v408 = arith.mulf %v346, %v205 fastmath<contract> : f32
          %v409 = arith.addf %v407, %v408 fastmath<contract> : f32
          llvm.store %v409, %v104 : f32, !llvm.ptr
          %v410 = llvm.load %v108 : !llvm.ptr -> f32
          %v411 = arith.mulf %v340, %v207 fastmath<contract> : f32
          %v412 = arith.addf %v410, %v411 fastmath<contract> : f32
          %v413 = arith.mulf %v342, %v209 fastmath<contract> : f32
          %v414 = arith.addf %v412, %v413 fastmath<contract> : f32
          %v415 = arith.mulf %v344, %v211 fastmath<contract> : f32
          %v416 = arith.addf %v414, %v415 fastmath<contract> : f32
          %v417 = arith.mulf %v346, %v213 fastmath<contract> : f32
          %v418 = arith.addf %v416, %v417 fastmath<contract> : f32
          llvm.store %v418, %v108 : f32, !llvm.ptr
          %v419 = llvm.zext %v127 : vector<4xi16> to vector<4xi32>
          %v420 = llvm.shl %v419, %v28 : vector<4xi32>
          %v421 = llvm.bitcast %v420 : vector<4xi32> to vector<4xf32>
          %v422 = llvm.fmul %v421, %v149 : vector<4xf32>
          %v423 = llvm.select %v123, %v422, %v27 : i1, vector<4xf32>
          %v424 = llvm.mlir.constant(0 : i32) : i32
          %v425 = llvm.extractelement %v423[%v424 : i32] : vector<4xf32>
          %v426 = llvm.mlir.constant(1 : i32) : i32
          %v427 = llvm.extractelement %v423[%v426 : i32] : vector<4xf32>
          %v428 = llvm.mlir.constant(2 : i32) : i32
          %v429 = llvm.extractelement %v423[%v428 : i32] : vector<4xf32>
          %v430 = llvm.mlir.constant(3 : i32) : i32
          %v431 = llvm.extractelement %v423[%v430 : i32] : vector<4xf32>
          %v432 = llvm.load %v81 : !llvm.ptr -> f32
          %v433 = arith.mulf %v425, %v151 fastmath<contract> : f32
          %v434 = arith.addf %v432, %v433 fastmath<contract> : f32
          %v435 = arith.mulf %v427, %v153 fastmath<contract> : f32
          %v436 = arith.addf %v434, %v435 fastmath<contract> : f32
          %v437 = arith.mulf %v429, %v155 fastmath<contract> : f32
          %v438 = arith.addf %v436, %v437 fastmath<contract> : f32
          %v439 = arith.mulf %v431, %v157 fastmath<contract> : f32
          %v440 = arith.addf %v438, %v439 fastmath<contract> : f32
          llvm.store %v440, %v81 : f32, !llvm.ptr
          %v441 = llvm.load %v85 : !llvm.ptr -> f32
          %v442 = arith.mulf %v425, %v159 fastmath<contract> : f32
          %v443 = arith.addf %v441, %v442 fastmath<contract> : f32
          %v444 = arith.mulf %v427, %v161 fastmath<contract> : f32
          %v445 = arith.addf %v443, %v444 fastmath<contract> : f32
          %v446 = arith.mulf %v429, %v163 fastmath<contract> : f32
          %v447 = arith.addf %v445, %v446 fastmath<contract> : f32
          %v448 = arith.mulf %v431, %v165 fastmath<contract> : f32
          %v449 = arith.addf %v447, %v448 fastmath<contract> : f32
          llvm.store %v449, %v85 : f32, !llvm.ptr
          %v450 = llvm.load %v89 : !llvm.ptr -> f32
          %v451 = arith.mulf %v425, %v167 fastmath<contract> : f32
          %v452 = arith.addf %v450, %v451 fastmath<contract> : f32
          %v453 = arith.mulf %v427, %v169 fastmath<contract> : f32
          %v454 = arith.addf %v452, %v453 fastmath<contract> : f32
          %v455 = arith.mulf %v429, %v171 fastmath<contract> : f32
          %v456 = arith.addf %v454, %v455 fastmath<contract> : f32
          %v457 = arith.mulf %v431, %v173 fastmath<contract> : f32
          %v458 = arith.addf %v456, %v457 fastmath<contract> : f32
          llvm.store %v458, %v89 : f32, !llvm.ptr
          %v459 = llvm.load %v93 : !llvm.ptr -> f32
          %v460 = arith.mulf %v425, %v175 fastmath<contract> : f32
          %v461 = arith.addf %v459, %v460 fastmath<contract> : f32
          %v462 = arith.mulf %v427, %v177 fastmath<contract> : f32
          %v463 = arith.addf %v461, %v462 fastmath<contract> : f32
          %v464 = arith.mulf %v429, %v179 fastmath<contract> : f32
          %v465 = arith.addf %v463, %v464 fastmath<contract> : f32
          %v466 = arith.mulf %v431, %v181 fastmath<contract> : f32
          %v467 = arith.addf %v465, %v466 fastmath<contract> : f32
          llvm.store %v467, %v93 : f32, !llvm.ptr
          %v468 = llvm.load %v97 : !llvm.ptr -> f32
          %v469 = arith.mulf %v425, %v183 fastmath<contract> : f32
          %v470 = arith.addf %v468, %v469 fastmath<contract> : f32
          %v471 = arith.mulf %v427, %v185 fastmath<contract> : f32
          %v472 = arith.addf %v470, %v471 fastmath<contract> : f32
          %v473 = arith.mulf %v429, %v187 fastmath<contract> : f32
          %v474 = arith.addf %v472, %v473 fastmath<contract> : f32
          %v475 = arith.mulf %v431, %v189 fastmath<contract> : f32
          %v476 = arith.addf %v474, %v475 fastmath<contract> : f32
          llvm.store %v476, %v97 : f32, !llvm.ptr
          %v477 = llvm.load %v101 : !llvm.ptr -> f32
          %v478 = arith.mulf %v425, %v191 fastmath<contract> : f32
          %v479 = arith.addf %v477, %v478 fastmath<contract> : f32
          %v480 = arith.mulf %v427, %v193 fastmath<contract> : f32
          %v481 = arith.addf %v479, %v480 fastmath<contract> : f32
          %v482 = arith.mulf %v429, %v195 fastmath<contract> : f32
          %v483 = arith.addf %v481, %v482 fastmath<contract> : f32
          %v484 = arith.mulf %v431, %v197 fastmath<contract> : f32
          %v485 = arith.addf %v483, %v484 fastmath<contract> : f32
          llvm.store %v485, %v101 : f32, !llvm.ptr
          %v486 = llvm.load %v105 : !llvm.ptr -> f32
          %v487 = arith.mulf %v425, %v199 fastmath<contract> : f32
          %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
          %v489 = arith.mulf %v427, %v201 fastmath<contract> : f32
          %v490 = arith.addf %v488, %v489 fastmath<contract> : f32
          %v491 = arith.mulf %v429, %v203 fastmath<contract> : f32
          %v492 = arith.addf %v490, %v491 fastmath<contract> : f32
          %v493 = arith.mulf %v431, %v205 fastmath<contract> : f32
          %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
          llvm.store %v494, %v105 : f32, !llvm.ptr
          %v495 = llvm.load %v109 : !llvm.ptr -> f32
          %v496 = arith.mulf %v425, %v207 fastmath<contract> : f32
          %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
          %v498 = arith.mulf %v427, %v209 fastmath<contract> : f32
          %v499 = arith.addf %v497, %v498 fastmath<contract> : f32
          %v500 = arith.mulf %v429, %v211 fastmath<contract> : f32
          %v501 = arith.addf %v499, %v500 fastmath<contract> : f32
          %v502 = arith.mulf %v431, %v213 fastmath<contract> : f32
          %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
          llvm.store %v503, %v109 : f32, !llvm.ptr
          %v504 = llvm.zext %v129 : vector<4xi16> to vector<4xi32>
          %v505 = llvm.shl %v504, %v28 : vector<4xi32>
          %v506 = llvm.bitcast %v505 : vector<4xi32> to vector<4xf32>
          %v507 = llvm.fmul %v506, %v149 : vector<4xf32>
          %v508 = llvm.select %v123, %v507, %v27 : i1, vector<4xf32>
          %v509 = llvm.mlir.constant(0 : i32) : i32
          %v510 = llvm.extractelement %v508[%v509 : i32] : vector<4xf32>
          %v511 = llvm.mlir.constant(1 : i32) : i32
          %v512 = llvm.extractelement %v508[%v511 : i32] : vector<4xf32>
          %v513 = llvm.mlir.constant(2 : i32) : i32
          %v514 = llvm.extractelement %v508[%v513 : i32] : vector<4xf32>
          %v515 = llvm.mlir.constant(3 : i32) : i32
          %v516 = llvm.extractelement %v508[%v515 : i32] : vector<4xf32>
          %v517 = llvm.load %v82 : !llvm.ptr -> f32
          %v518 = arith.mulf %v510, %v151 fastmath<contract> : f32
          %v519 = arith.addf %v517, %v518 fastmath<contract> : f32
          %v520 = arith.mulf %v512, %v153 fastmath<contract> : f32
          %v521 = arith.addf %v519, %v520 fastmath<contract> : f32
          %v522 = arith.mulf %v514, %v155 fastmath<contract> : f32
          %v523 = arith.addf %v521, %v522 fastmath<contract> : f32
          %v524 = arith.mulf %v516, %v157 fastmath<contract> : f32
          %v525 = arith.addf %v523, %v524 fastmath<contract> : f32
          llvm.store %v525, %v82 : f32, !llvm.ptr
          %v526 = llvm.load %v86 : !llvm.ptr -> f32
          %v527 = arith.mulf %v510, %v159 fastmath<contract> : f32
          %v528 = arith.addf %v526, %v527 fastmath<contract> : f32
          %v529 = arith.mulf %v512, %v161 fastmath<contract> : f32
          %v530 = arith.addf %v528, %v529 fastmath<contract> : f32
          %v531 = arith.mulf %v514, %v163 fastmath<contract> : f32
          %v532 = arith.addf %v530, %v531 fastmath<contract> : f32
          %v533 = arith.mulf %v516, %v165 fastmath<contract> : f32
          %v534 = arith.addf %v532, %v533 fastmath<contract> : f32
          llvm.store %v534, %v86 : f32, !llvm.ptr
          %v535 = llvm.load %v90 : !llvm.ptr -> f32
          %v536 = arith.mulf %v510, %v167 fastmath<contract> : f32
          %v537 = arith.addf %v535, %v536 fastmath<contract> : f32
          %v538 = arith.mulf %v512, %v169 fastmath<contract> : f32
          %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
          %v540 = arith.mulf %v514, %v171 fastmath<contract> : f32
          %v541 = arith.addf %v539, %v540 fastmath<contract> : f32
          %v542 = arith.mulf %v516, %v173 fastmath<contract> : f32
          %v543 = arith.addf %v541, %v542 fastmath<contract> : f32
          llvm.store %v543, %v90 : f32, !llvm.ptr
          %v544 = llvm.load %v94 : !llvm.ptr -> f32
          %v545 = arith.mulf %v510, %v175 fastmath<contract> : f32
          %v546 = arith.addf %v544, %v545 fastmath<contract> : f32
          %v547 = arith.mulf %v512, %v177 fastmath<contract> : f32
          %v548 = arith.addf %v546, %v547 fastmath<contract> : f32
          %v549 = arith.mulf %v514, %v179 fastmath<contract> : f32
          %v550 = arith.addf %v548, %v549 fastmath<contract> : f32
          %v551 = arith.mulf %v516, %v181 fastmath<contract> : f32
          %v552 = arith.addf %v550, %v551 fastmath<contract> : f32
          llvm.store %v552, %v94 : f32, !llvm.ptr
          %v553 = llvm.load %v98 : !llvm.ptr -> f32
          %v554 = arith.mulf %v510, %v183 fastmath<contract> : f32
          %v555 = arith.addf %v553, %v554 fastmath<contract> : f32
          %v556 = arith.mulf %v512, %v185 fastmath<contract> : f32
          %v557 = arith.addf %v555, %v556 fastmath<contract> : f32
          %v558 = arith.mulf %v514, %v187 fastmath<contract> : f32
          %v559 = arith.addf %v557, %v558 fastmath<contract> : f32
          %v560 = arith.mulf %v516, %v189 fastmath<contract> : f32
          %v561 = arith.addf %v559, %v560 fastmath<contract> : f32
          llvm.store %v561, %v98 : f32, !llvm.ptr
          %v562 = llvm.load %v102 : !llvm.ptr -> f32
          %v563 = arith.mulf %v510, %v191 fastmath<contract> : f32
          %v564 = arith.addf %v562, %v563 fastmath<contract> : f32
          %v565 = arith.mulf %v512, %v193 fastmath<contract> : f32
          %v566 = arith.addf %v564, %v565 fastmath<contract> : f32
          %v567 = arith.mulf %v514, %v195 fastmath<contract> : f32
          %v568 = arith.addf %v566, %v567 fastmath<contract> : f32
          %v569 = arith.mulf %v516, %v197 fastmath<contract> : f32
          %v570 = arith.addf %v568, %v569 fastmath<contract> : f32
          llvm.store %v570, %v102 : f32, !llvm.ptr
          %v571 = llvm.load %v106 : !llvm.ptr -> f32
          %v572 = arith.mulf %v510, %v199 fastmath<contract> : f32
          %v573 = arith.addf %v571, %v572 fastmath<contract> : f32
          %v574 = arith.mulf %v512, %v201 fastmath<contract> : f32
          %v575 = arith.addf %v573, %v574 fastmath<contract> : f32
          %v576 = arith.mulf %v514, %v203 fastmath<contract> : f32
          %v577 = arith.addf %v575, %v576 fastmath<contract> : f32
          %v578 = arith.mulf %v516, %v205 fastmath<contract> : f32
          %v579 = arith.addf %v577, %v578 fastmath<contract> : f32
          llvm.store %v579, %v106 : f32, !llvm.ptr
          %v580 = llvm.load %v110 : !llvm.ptr -> f32
          %v581 = arith.mulf %v510, %v207 fastmath<contract> : f32
          %v582 = arith.addf %v580, %v581 fastmath<contract> : f32
          %v583 = arith.mulf %v512, %v209 fastmath<contract> : f32
          %v584 = arith.addf %v582, %v583 fastmath<contract> : f32
          %v585 = arith.mulf %v514, %v211 fastmath<contract> : f32
          %v586 = arith.addf %v584, %v585 fastmath<contract> : f32
          %v587 = arith.mulf %v516, %v213 fastmath<contract> : f32
          %v588 = arith.addf %v586, %v587 fastmath<contract> : f32
          llvm.store %v588, %v110 : f32, !llvm.ptr
          %v589 = llvm.zext %v131 : vector<4xi16> to vector<4xi32>
          %v590 = llvm.shl %v589, %v28 : vector<4xi32>
          %v591 = llvm.bitcast %v590 : vector<4xi32> to vector<4xf32>
          %v592 = llvm.fmul %v591, %v149 : vector<4xf32>
          %v593 = llvm.select %v123, %v592, %v27 : i1, vector<4xf32>
          %v594 = llvm.mlir.constant(0 : i32) : i32
          %v595 = llvm.extractelement %v593[%v594 : i32] : vector<4xf32>
          %v596 = llvm.mlir.constant(1 : i32) : i32
          %v597 = llvm.extractelement %v593[%v596 : i32] : vector<4xf32>
          %v598 = llvm.mlir.constant(2 : i32) : i32
          %v599 = llvm.extractelement %v593[%v598 : i32] : vector<4xf32>
          %v600 = llvm.mlir.constant(3 : i32) : i32
          %v601 = llvm.extractelement %v593[%v600 : i32] : vector<4xf32>
          %v602 = llvm.load %v83 : !llvm.ptr -> f32
          %v603 = arith.mulf %v595, %v151 fastmath<contract> : f32
          %v604 = arith.addf %v602, %v603 fastmath<contract> : f32
          %v605 = arith.mulf %v597, %v153 fastmath<contract> : f32
          %v606 = arith.addf %v604, %v605 fastmath<contract> : f32
          %v607 = arith.mulf %v599, %v155 fastmath<contract> : f32
          %v608 = arith.addf %v606, %v607 fastmath<contract> : f32
          %v609 = arith.mulf %v601, %v157 fastmath<contract> : f32
          %v610 = arith.addf %v608, %v609 fastmath<contract> : f32
          llvm.store %v610, %v83 : f32, !llvm.ptr
          %v611 = llvm.load %v87 : !llvm.ptr -> f32
          %v612 = arith.mulf %v595, %v159 fastmath<contract> : f32
          %v613 = arith.addf %v611, %v612 fastmath<contract> : f32
          %v614 = arith.mulf %v597, %v161 fastmath<contract> : f32
          %v615 = arith.addf %v613, %v614 fastmath<contract> : f32
          %v616 = arith.mulf %v599, %v163 fastmath<contract> : f32
          %v617 = arith.addf %v615, %v616 fastmath<contract> : f32
          %v618 = arith.mulf %v601, %v165 fastmath<contract> : f32
          %v619 = arith.addf %v617, %v618 fastmath<contract> : f32
          llvm.store %v619, %v87 : f32, !llvm.ptr
          %v620 = llvm.load %v91 : !llvm.ptr -> f32
          %v621 = arith.mulf %v595, %v167 fastmath<contract> : f32
          %v622 = arith.addf %v620, %v621 fastmath<contract> : f32
          %v623 = arith.mulf %v597, %v169 fastmath<contract> : f32
          %v624 = arith.addf %v622, %v623 fastmath<contract> : f32
          %v625 = arith.mulf %v599, %v171 fastmath<contract> : f32
          %v626 = arith.addf %v624, %v625 fastmath<contract> : f32
          %v627 = arith.mulf %v601, %v173 fastmath<contract> : f32
          %v628 = arith.addf %v626, %v627 fastmath<contract> : f32
          llvm.store %v628, %v91 : f32, !llvm.ptr
          %v629 = llvm.load %v95 : !llvm.ptr -> f32
          %v630 = arith.mulf %v595, %v175 fastmath<contract> : f32
          %v631 = arith.addf %v629, %v630 fastmath<contract> : f32
          %v632 = arith.mulf %v597, %v177 fastmath<contract> : f32
          %v633 = arith.addf %v631, %v632 fastmath<contract> : f32
          %v634 = arith.mulf %v599, %v179 fastmath<contract> : f32
          %v635 = arith.addf %v633, %v634 fastmath<contract> : f32
          %v636 = arith.mulf %v601, %v181 fastmath<contract> : f32
          %v637 = arith.addf %v635, %v636 fastmath<contract> : f32
          llvm.store %v637, %v95 : f32, !llvm.ptr
          %v638 = llvm.load %v99 : !llvm.ptr -> f32
          %v639 = arith.mulf %v595, %v183 fastmath<contract> : f32
          %v640 = arith.addf %v638, %v639 fastmath<contract> : f32
          %v641 = arith.mulf %v597, %v185 fastmath<contract> : f32
          %v642 = arith.addf %v640, %v641 fastmath<contract> : f32
          %v643 = arith.mulf %v599, %v187 fastmath<contract> : f32
          %v644 = arith.addf %v642, %v643 fastmath<contract> : f32
          %v645 = arith.mulf %v601, %v189 fastmath<contract> : f32
          %v646 = arith.addf %v644, %v645 fastmath<contract> : f32
          llvm.store %v646, %v99 : f32, !llvm.ptr
          %v647 = llvm.load %v103 : !llvm.ptr -> f32
          %v648 = arith.mulf %v595, %v191 fastmath<contract> : f32
          %v649 = arith.addf %v647, %v648 fastmath<contract> : f32
          %v650 = arith.mulf %v597, %v193 fastmath<contract> : f32
          %v651 = arith.addf %v649, %v650 fastmath<contract> : f32
          %v652 = arith.mulf %v599, %v195 fastmath<contract> : f32
          %v653 = arith.addf %v651, %v652 fastmath<contract> : f32
          %v654 = arith.mulf %v601, %v197 fastmath<contract> : f32
          %v655 = arith.addf %v653, %v654 fastmath<contract> : f32
          llvm.store %v655, %v103 : f32, !llvm.ptr
          %v656 = llvm.load %v107 : !llvm.ptr -> f32
          %v657 = arith.mulf %v595, %v199 fastmath<contract> : f32
          %v658 = arith.addf %v656, %v657 fastmath<contract> : f32
          %v659 = arith.mulf %v597, %v201 fastmath<contract> : f32
          %v660 = arith.addf %v658, %v659 fastmath<contract> : f32
          %v661 = arith.mulf %v599, %v203 fastmath<contract> : f32
          %v662 = arith.addf %v660, %v661 fastmath<contract> : f32
          %v663 = arith.mulf %v601, %v205 fastmath<contract> : f32
          %v664 = arith.addf %v662, %v663 fastmath<contract> : f32
          llvm.store %v664, %v107 : f32, !llvm.ptr
          %v665 = llvm.load %v111 : !llvm.ptr -> f32
          %v666 = arith.mulf %v595, %v207 fastmath<contract> : f32
          %v667 = arith.addf %v665, %v666 fastmath<contract> : f32
          %v668 = arith.mulf %v597, %v209 fastmath<contract> : f32
          %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
          %v670 = arith.mulf %v599, %v211 fastmath<contract> : f32
          %v671 = arith.addf %v669, %v670 fastmath<contract> : f32
          %v672 = arith.mulf %v601, %v213 fastmath<contract> : f32
          %v673 = arith.addf %v671, %v672 fastmath<contract> : f32
          llvm.store %v673, %v111 : f32, !llvm.ptr
        }
        %v674 = llvm.load %v80 : !llvm.ptr -> f32
        %v675 = llvm.load %v81 : !llvm.ptr -> f32
        %v676 = llvm.load %v82 : !llvm.ptr -> f32
        %v677 = llvm.load %v83 : !llvm.ptr -> f32
        %v678 = llvm.load %v84 : !llvm.ptr -> f32
        %v679 = llvm.load %v85 : !llvm.ptr -> f32
        %v680 = llvm.load %v86 : !llvm.ptr -> f32
        %v681 = llvm.load %v87 : !llvm.ptr -> f32
        %v682 = llvm.load %v88 : !llvm.ptr -> f32
        %v683 = llvm.load %v89 : !llvm.ptr -> f32
        %v684 = llvm.load %v90 : !llvm.ptr -> f32
        %v685 = llvm.load %v91 : !llvm.ptr -> f32
        %v686 = llvm.load %v92 : !llvm.ptr -> f32
        %v687 = llvm.load %v93 : !llvm.ptr -> f32
        %v688 = llvm.load %v94 : !llvm.ptr -> f32
        %v689 = llvm.load %v95 : !llvm.ptr -> f32
        %v690 = llvm.load %v96 : !llvm.ptr -> f32
        %v691 = llvm.load %v97 : !llvm.ptr -> f32
        %v692 = llvm.load %v98 : !llvm.ptr -> f32
        %v693 = llvm.load %v99 : !llvm.ptr -> f32
        %v694 = llvm.load %v100 : !llvm.ptr -> f32
        %v695 = llvm.load %v101 : !llvm.ptr -> f32
        %v696 = llvm.load %v102 : !llvm.ptr -> f32
        %v697 = llvm.load %v103 : !llvm.ptr -> f32
        %v698 = llvm.load %v104 : !llvm.ptr -> f32
        %v699 = llvm.load %v105 : !llvm.ptr -> f32
        %v700 = llvm.load %v106 : !llvm.ptr -> f32
        %v701 = llvm.load %v107 : !llvm.ptr -> f32
        %v702 = llvm.load %v108 : !llvm.ptr -> f32
        %v703 = llvm.load %v109 : !llvm.ptr -> f32
        %v704 = llvm.load %v110 : !llvm.ptr -> f32
        %v705 = llvm.load %v111 : !llvm.ptr -> f32
        %v706 = arith.constant 32 : i32
        %v707 = arith.constant 16 : i32
        %v709 = arith.andi %v10, %v708 : i64
        %v710 = arith.cmpi ne, %v709, %v12 : i64
        %v711 = arith.select %v710, %v674, %v690 : f32
        %v712 = arith.select %v710, %v690, %v674 : f32
        %v713, %v714 = gpu.shuffle xor %v711, %v707, %v706 : f32
        %v715 = arith.addf %v712, %v713 fastmath<contract> : f32
        %v716 = arith.select %v710, %v675, %v691 : f32
        %v717 = arith.select %v710, %v691, %v675 : f32
        %v718, %v719 = gpu.shuffle xor %v716, %v707, %v706 : f32
        %v720 = arith.addf %v717, %v718 fastmath<contract> : f32
        %v721 = arith.select %v710, %v676, %v692 : f32
        %v722 = arith.select %v710, %v692, %v676 : f32
        %v723, %v724 = gpu.shuffle xor %v721, %v707, %v706 : f32
        %v725 = arith.addf %v722, %v723 fastmath<contract> : f32
        %v726 = arith.select %v710, %v677, %v693 : f32
        %v727 = arith.select %v710, %v693, %v677 : f32
        %v728, %v729 = gpu.shuffle xor %v726, %v707, %v706 : f32
        %v730 = arith.addf %v727, %v728 fastmath<contract> : f32
        %v731 = arith.select %v710, %v678, %v694 : f32
        %v732 = arith.select %v710, %v694, %v678 : f32
        %v733, %v734 = gpu.shuffle xor %v731, %v707, %v706 : f32
        %v735 = arith.addf %v732, %v733 fastmath<contract> : f32
        %v736 = arith.select %v710, %v679, %v695 : f32
        %v737 = arith.select %v710, %v695, %v679 : f32
        %v738, %v739 = gpu.shuffle xor %v736, %v707, %v706 : f32
        %v740 = arith.addf %v737, %v738 fastmath<contract> : f32
        %v741 = arith.select %v710, %v680, %v696 : f32
        %v742 = arith.select %v710, %v696, %v680 : f32
        %v743, %v744 = gpu.shuffle xor %v741, %v707, %v706 : f32
        %v745 = arith.addf %v742, %v743 fastmath<contract> : f32
        %v746 = arith.select %v710, %v681, %v697 : f32
        %v747 = arith.select %v710, %v697, %v681 : f32
        %v748, %v749 = gpu.shuffle xor %v746, %v707, %v706 : f32
        %v750 = arith.addf %v747, %v748 fastmath<contract> : f32
        %v751 = arith.select %v710, %v682, %v698 : f32
        %v752 = arith.select %v710, %v698, %v682 : f32
        %v753, %v754 = gpu.shuffle xor %v751, %v707, %v706 : f32
        %v755 = arith.addf %v752, %v753 fastmath<contract> : f32
        %v756 = arith.select %v710, %v683, %v699 : f32
        %v757 = arith.select %v710, %v699, %v683 : f32
        %v758, %v759 = gpu.shuffle xor %v756, %v707, %v706 : f32
        %v760 = arith.addf %v757, %v758 fastmath<contract> : f32
        %v761 = arith.select %v710, %v684, %v700 : f32
        %v762 = arith.select %v710, %v700, %v684 : f32
        %v763, %v764 = gpu.shuffle xor %v761, %v707, %v706 : f32
        %v765 = arith.addf %v762, %v763 fastmath<contract> : f32
        %v766 = arith.select %v710, %v685, %v701 : f32
        %v767 = arith.select %v710, %v701, %v685 : f32
        %v768, %v769 = gpu.shuffle xor %v766, %v707, %v706 : f32
        %v770 = arith.addf %v767, %v768 fastmath<contract> : f32
        %v771 = arith.select %v710, %v686, %v702 : f32
        %v772 = arith.select %v710, %v702, %v686 : f32
        %v773, %v774 = gpu.shuffle xor %v771, %v707, %v706 : f32
        %v775 = arith.addf %v772, %v773 fastmath<contract> : f32
        %v776 = arith.select %v710, %v687, %v703 : f32
        %v777 = arith.select %v710, %v703, %v687 : f32
        %v778, %v779 = gpu.shuffle xor %v776, %v707, %v706 : f32
        %v780 = arith.addf %v777, %v778 fastmath<contract> : f32
        %v781 = arith.select %v710, %v688, %v704 : f32
        %v782 = arith.select %v710, %v704, %v688 : f32
        %v783, %v784 = gpu.shuffle xor %v781, %v707, %v706 : f32
        %v785 = arith.addf %v782, %v783 fastmath<contract> : f32
        %v786 = arith.select %v710, %v689, %v705 : f32
        %v787 = arith.select %v710, %v705, %v689 : f32
        %v788, %v789 = gpu.shuffle xor %v786, %v707, %v706 : f32
        %v790 = arith.addf %v787, %v788 fastmath<contract> : f32
        %v791 = arith.select %v710, %v708, %v12 : i64
        %v792 = arith.constant 8 : i32
        %v793 = arith.andi %v10, %v14 : i64
        %v794 = arith.cmpi ne, %v793, %v12 : i64
        %v795 = arith.select %v794, %v715, %v755 : f32
        %v796 = arith.select %v794, %v755, %v715 : f32
        %v797, %v798 = gpu.shuffle xor %v795, %v792, %v706 : f32
        %v799 = arith.addf %v796, %v797 fastmath<contract> : f32
        %v800 = arith.select %v794, %v720, %v760 : f32
        %v801 = arith.select %v794, %v760, %v720 : f32
        %v802, %v803 = gpu.shuffle xor %v800, %v792, %v706 : f32
        %v804 = arith.addf %v801, %v802 fastmath<contract> : f32
        %v805 = arith.select %v794, %v725, %v765 : f32
        %v806 = arith.select %v794, %v765, %v725 : f32
        %v807, %v808 = gpu.shuffle xor %v805, %v792, %v706 : f32
        %v809 = arith.addf %v806, %v807 fastmath<contract> : f32
        %v810 = arith.select %v794, %v730, %v770 : f32
        %v811 = arith.select %v794, %v770, %v730 : f32
        %v812, %v813 = gpu.shuffle xor %v810, %v792, %v706 : f32
        %v814 = arith.addf %v811, %v812 fastmath<contract> : f32
        %v815 = arith.select %v794, %v735, %v775 : f32
        %v816 = arith.select %v794, %v775, %v735 : f32
        %v817, %v818 = gpu.shuffle xor %v815, %v792, %v706 : f32
        %v819 = arith.addf %v816, %v817 fastmath<contract> : f32
        %v820 = arith.select %v794, %v740, %v780 : f32
        %v821 = arith.select %v794, %v780, %v740 : f32
        %v822, %v823 = gpu.shuffle xor %v820, %v792, %v706 : f32
        %v824 = arith.addf %v821, %v822 fastmath<contract> : f32
        %v825 = arith.select %v794, %v745, %v785 : f32
        %v826 = arith.select %v794, %v785, %v745 : f32
        %v827, %v828 = gpu.shuffle xor %v825, %v792, %v706 : f32
        %v829 = arith.addf %v826, %v827 fastmath<contract> : f32
        %v830 = arith.select %v794, %v750, %v790 : f32
        %v831 = arith.select %v794, %v790, %v750 : f32
        %v832, %v833 = gpu.shuffle xor %v830, %v792, %v706 : f32
        %v834 = arith.addf %v831, %v832 fastmath<contract> : f32
        %v835 = arith.select %v794, %v14, %v12 : i64
        %v836 = arith.addi %v791, %v835 : i64
        %v837 = arith.constant 4 : i32
        %v838 = arith.andi %v10, %v13 : i64
        %v839 = arith.cmpi ne, %v838, %v12 : i64
        %v840 = arith.select %v839, %v799, %v819 : f32
        %v841 = arith.select %v839, %v819, %v799 : f32
        %v842, %v843 = gpu.shuffle xor %v840, %v837, %v706 : f32
        %v844 = arith.addf %v841, %v842 fastmath<contract> : f32
        %v845 = arith.select %v839, %v804, %v824 : f32
        %v846 = arith.select %v839, %v824, %v804 : f32
        %v847, %v848 = gpu.shuffle xor %v845, %v837, %v706 : f32
        %v849 = arith.addf %v846, %v847 fastmath<contract> : f32
        %v850 = arith.select %v839, %v809, %v829 : f32
        %v851 = arith.select %v839, %v829, %v809 : f32
        %v852, %v853 = gpu.shuffle xor %v850, %v837, %v706 : f32
        %v854 = arith.addf %v851, %v852 fastmath<contract> : f32
        %v855 = arith.select %v839, %v814, %v834 : f32
        %v856 = arith.select %v839, %v834, %v814 : f32
        %v857, %v858 = gpu.shuffle xor %v855, %v837, %v706 : f32
        %v859 = arith.addf %v856, %v857 fastmath<contract> : f32
        %v860 = arith.select %v839, %v13, %v12 : i64
        %v861 = arith.addi %v836, %v860 : i64
        %v862 = arith.constant 2 : i32
        %v863 = arith.andi %v10, %v37 : i64
        %v864 = arith.cmpi ne, %v863, %v12 : i64
        %v865 = arith.select %v864, %v844, %v854 : f32
        %v866 = arith.select %v864, %v854, %v844 : f32
        %v867, %v868 = gpu.shuffle xor %v865, %v862, %v706 : f32
        %v869 = arith.addf %v866, %v867 fastmath<contract> : f32
        %v870 = arith.select %v864, %v849, %v859 : f32
        %v871 = arith.select %v864, %v859, %v849 : f32
        %v872, %v873 = gpu.shuffle xor %v870, %v862, %v706 : f32
        %v874 = arith.addf %v871, %v872 fastmath<contract> : f32
        %v875 = arith.select %v864, %v37, %v12 : i64
        %v876 = arith.addi %v861, %v875 : i64
        %v877 = arith.constant 1 : i32
        %v878 = arith.andi %v10, %v11 : i64
        %v879 = arith.cmpi ne, %v878, %v12 : i64
        %v880 = arith.select %v879, %v869, %v874 : f32
        %v881 = arith.select %v879, %v874, %v869 : f32
        %v882, %v883 = gpu.shuffle xor %v880, %v877, %v706 : f32
        %v884 = arith.addf %v881, %v882 fastmath<contract> : f32
        %v885 = arith.select %v879, %v11, %v12 : i64
        %v886 = arith.addi %v876, %v885 : i64
        %v887 = arith.divsi %v886, %v13 : i64
        %v888 = arith.remsi %v886, %v13 : i64
        %v889 = arith.addi %v21, %v888 : i64
        %v890 = arith.addi %v20, %v887 : i64
        %v891 = llvm.load %v112 : !llvm.ptr -> f32
        %v892 = llvm.load %v113 : !llvm.ptr -> f32
        %v893 = llvm.load %v114 : !llvm.ptr -> f32
        %v894 = llvm.load %v115 : !llvm.ptr -> f32
        %v895 = llvm.load %v116 : !llvm.ptr -> f32
        %v896 = llvm.load %v117 : !llvm.ptr -> f32
        %v897 = llvm.load %v118 : !llvm.ptr -> f32
        %v898 = llvm.load %v119 : !llvm.ptr -> f32
        %v899 = arith.constant 32 : i32
        %v900 = arith.constant 16 : i32
        %v901 = arith.andi %v10, %v708 : i64
        %v902 = arith.cmpi ne, %v901, %v12 : i64
        %v903 = arith.select %v902, %v891, %v895 : f32
        %v904 = arith.select %v902, %v895, %v891 : f32
        %v905, %v906 = gpu.shuffle xor %v903, %v900, %v899 : f32
        %v907 = arith.addf %v904, %v905 fastmath<contract> : f32
        %v908 = arith.select %v902, %v892, %v896 : f32
        %v909 = arith.select %v902, %v896, %v892 : f32
        %v910, %v911 = gpu.shuffle xor %v908, %v900, %v899 : f32
        %v912 = arith.addf %v909, %v910 fastmath<contract> : f32
        %v913 = arith.select %v902, %v893, %v897 : f32
        %v914 = arith.select %v902, %v897, %v893 : f32
        %v915, %v916 = gpu.shuffle xor %v913, %v900, %v899 : f32
        %v917 = arith.addf %v914, %v915 fastmath<contract> : f32
        %v918 = arith.select %v902, %v894, %v898 : f32
        %v919 = arith.select %v902, %v898, %v894 : f32
        %v920, %v921 = gpu.shuffle xor %v918, %v900, %v899 : f32
        %v922 = arith.addf %v919, %v920 fastmath<contract> : f32
        %v923 = arith.select %v902, %v13, %v12 : i64
        %v924 = arith.constant 8 : i32
        %v925 = arith.andi %v10, %v14 : i64
        %v926 = arith.cmpi ne, %v925, %v12 : i64
        %v927 = arith.select %v926, %v907, %v917 : f32
        %v928 = arith.select %v926, %v917, %v907 : f32
        %v929, %v930 = gpu.shuffle xor %v927, %v924, %v899 : f32
        %v931 = arith.addf %v928, %v929 fastmath<contract> : f32
        %v932 = arith.select %v926, %v912, %v922 : f32
        %v933 = arith.select %v926, %v922, %v912 : f32
        %v934, %v935 = gpu.shuffle xor %v932, %v924, %v899 : f32
        %v936 = arith.addf %v933, %v934 fastmath<contract> : f32
        %v937 = arith.select %v926, %v37, %v12 : i64
        %v938 = arith.addi %v923, %v937 : i64
        %v939 = arith.constant 4 : i32
        %v940 = arith.andi %v10, %v13 : i64
        %v941 = arith.cmpi ne, %v940, %v12 : i64
        %v942 = arith.select %v941, %v931, %v936 : f32
        %v943 = arith.select %v941, %v936, %v931 : f32
        %v944, %v945 = gpu.shuffle xor %v942, %v939, %v899 : f32
        %v946 = arith.addf %v943, %v944 fastmath<contract> : f32
        %v947 = arith.select %v941, %v11, %v12 : i64
        %v948 = arith.addi %v938, %v947 : i64
        %v949 = arith.constant 2 : i32
        %v950, %v951 = gpu.shuffle xor %v946, %v949, %v899 : f32
        %v952 = arith.addf %v946, %v950 fastmath<contract> : f32
        %v953 = arith.constant 1 : i32
        %v954, %v955 = gpu.shuffle xor %v952, %v953, %v899 : f32
        %v956 = arith.addf %v952, %v954 fastmath<contract> : f32
        %v957 = arith.sitofp %k : i64 to f32
        %v958 = arith.divf %v956, %v957 : f32
        %v959 = arith.addf %v958, %eps fastmath<contract> : f32
        %v960 = llvm.call_intrinsic "llvm.sqrt.f32"(%v959) : (f32) -> f32
        %v962 = arith.divf %v961, %v960 : f32
        %v963 = arith.mulf %v884, %v962 fastmath<contract> : f32
        %v964 = arith.andi %v10, %v12 : i64
        %v965 = arith.cmpi eq, %v964, %v12 : i64
        %v966 = arith.cmpi slt, %v889, %n : i64
        %v967 = arith.cmpi slt, %v890, %m : i64
        %v968 = arith.andi %v966, %v967 : i1
        %v969 = arith.andi %v968, %v965 : i1
        scf.if %v969 {
          llvm.store %v963, %v970 : f32, !llvm.ptr
          %v971 = llvm.mlir.zero : !llvm.ptr
          %v972 = llvm.icmp "ne" %bias, %v971 : !llvm.ptr
          scf.if %v972 {
            %v973 = llvm.getelementptr %bias[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v974 = llvm.load %v973 : !llvm.ptr -> f32
            %v975 = llvm.load %v970 : !llvm.ptr -> f32
            %v976 = arith.addf %v975, %v974 fastmath<contract> : f32
            llvm.store %v976, %v970 : f32, !llvm.ptr
          }
          %v977 = llvm.mlir.zero : !llvm.ptr
          %v978 = llvm.icmp "ne" %add, %v977 : !llvm.ptr
          scf.if %v978 {
            %v979 = arith.muli %v890, %add_stride : i64
            %v980 = arith.addi %v979, %v889 : i64
            %v981 = llvm.getelementptr %add[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v982 = llvm.load %v981 : !llvm.ptr -> f32
            %v983 = llvm.load %v970 : !llvm.ptr -> f32
            %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
            llvm.store %v984, %v970 : f32, !llvm.ptr
          }
          %v985 = llvm.load %v970 : !llvm.ptr -> f32
          %v986 = arith.cmpi slt, %v889, %split1 : i64
          %v987 = arith.cmpi slt, %v889, %split2 : i64
          %v988 = arith.muli %m, %split1 : i64
          %v989 = arith.muli %m, %split2 : i64
          %v990 = arith.select %v987, %v988, %v989 : i64
          %v991 = arith.select %v986, %v12, %v990 : i64
          %v992 = arith.subi %split2, %split1 : i64
          %v993 = arith.subi %n, %split2 : i64
          %v994 = arith.select %v987, %v992, %v993 : i64
          %v995 = arith.select %v986, %split1, %v994 : i64
          %v996 = arith.select %v987, %split1, %split2 : i64
          %v997 = arith.select %v986, %v12, %v996 : i64
          %v998 = arith.muli %v890, %v995 : i64
          %v999 = arith.subi %v889, %v997 : i64
          %v1000 = arith.addi %v991, %v998 : i64
          %v1001 = arith.addi %v1000, %v999 : i64
          %v1002 = llvm.getelementptr %out[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v985, %v1002 : f32, !llvm.ptr
          %v1003 = llvm.mlir.zero : !llvm.ptr
          %v1004 = llvm.icmp "ne" %conv_w, %v1003 : !llvm.ptr
          %v1005 = arith.andi %v1004, %v986 : i1
          scf.if %v1005 {
            %v1006 = arith.subi %conv_k, %v11 : i64
            llvm.store %v29, %v1007 : f32, !llvm.ptr
            %v1008 = llvm.mlir.zero : !llvm.ptr
            %v1009 = llvm.icmp "ne" %conv_b, %v1008 : !llvm.ptr
            scf.if %v1009 {
              %v1010 = llvm.getelementptr %conv_b[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
              llvm.store %v1011, %v1007 : f32, !llvm.ptr
            }
            %v1012 = arith.muli %v889, %conv_k : i64
            %v1013 = arith.muli %v890, %v1006 : i64
            scf.for %v1014 = %v12 to %v1006 step %v11 : i64 {
              %v1015 = arith.addi %v1013, %v1014 : i64
              %v1016 = arith.muli %v1015, %split1 : i64
              %v1017 = arith.addi %v1016, %v889 : i64
              %v1018 = llvm.getelementptr %conv_win[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
              %v1020 = arith.addi %v1012, %v1014 : i64
              %v1021 = llvm.getelementptr %conv_w[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
              %v1023 = arith.mulf %v1022, %v1019 fastmath<contract> : f32
              %v1024 = llvm.load %v1007 : !llvm.ptr -> f32
              %v1025 = arith.addf %v1024, %v1023 fastmath<contract> : f32
              llvm.store %v1025, %v1007 : f32, !llvm.ptr
            }
            %v1026 = arith.addi %v1012, %v1006 : i64
            %v1027 = llvm.getelementptr %conv_w[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
            %v1029 = arith.mulf %v1028, %v985 fastmath<contract> : f32
            %v1030 = llvm.load %v1007 : !llvm.ptr -> f32
            %v1031 = arith.addf %v1030, %v1029 fastmath<contract> : f32
            %v1032 = arith.negf %v1031 : f32
            %v1034 = arith.mulf %v1032, %v1033 fastmath<contract> : f32
            %v1035 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1034) : (f32) -> f32
            %v1036 = arith.addf %v961, %v1035 fastmath<contract> : f32
            %v1037 = arith.divf %v961, %v1036 : f32
            %v1038 = arith.mulf %v1031, %v1037 fastmath<contract> : f32
            %v1039 = arith.cmpi eq, %conv_act, %v11 : i64
            %v1040 = arith.select %v1039, %v1038, %v1031 : f32
            %v1041 = arith.muli %v890, %split1 : i64
            %v1042 = arith.addi %v1041, %v889 : i64
            %v1043 = llvm.getelementptr %conv_out[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1040, %v1043 : f32, !llvm.ptr
            %v1044 = arith.subi %v1006, %v11 : i64
            scf.for %v1045 = %v12 to %v1044 step %v11 : i64 {
              %v1046 = arith.addi %v1013, %v1045 : i64
              %v1047 = arith.muli %v1046, %split1 : i64
              %v1048 = arith.addi %v1047, %v889 : i64
              %v1049 = arith.addi %v1048, %split1 : i64
              %v1050 = llvm.getelementptr %conv_win[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
              %v1052 = llvm.getelementptr %conv_win[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1051, %v1052 : f32, !llvm.ptr
            }
            %v1053 = arith.cmpi slt, %v12, %v1006 : i64
            scf.if %v1053 {
              %v1054 = arith.addi %v1013, %v1044 : i64
              %v1055 = arith.muli %v1054, %split1 : i64
              %v1056 = arith.addi %v1055, %v889 : i64
              %v1057 = llvm.getelementptr %conv_win[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v985, %v1057 : f32, !llvm.ptr
            }
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
