module attributes {gpu.container_module} {
  gpu.module @layers {
    gpu.func @lr_embed(%table: !llvm.ptr, %ids: !llvm.ptr, %out: !llvm.ptr, %rows: i64, %dim: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      %v34 = arith.constant 2 : i64
      %v36 = arith.constant 128 : i64
      %v38 = arith.constant 32768 : i64
      %v57 = arith.constant 0x00000000 : f32
      %v58 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v64 = arith.constant 31 : i64
      %v70 = arith.constant 3 : i64
      %v260 = arith.constant 20 : i64
      %v261 = arith.constant 160 : i64
      %v291 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v292 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v301 = arith.constant 320 : i64
      %v306 = arith.constant 480 : i64
      %v311 = arith.constant 640 : i64
      %v316 = arith.constant 800 : i64
      %v321 = arith.constant 960 : i64
      %v326 = arith.constant 1120 : i64
      %v332 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v334 = arith.constant 136 : i64
      %v356 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v375 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v412 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v437 = arith.constant 0x3F800000 : f32
      %v439 = arith.constant 0x3FB8AA3B : f32
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
      %v28 = arith.cmpi slt, %v27, %n : i64
      scf.if %v28 {
        %v29 = arith.subi %n, %v27 : i64
        %v30 = arith.minsi %v29, %v20 : i64
        %v31 = arith.muli %v27, %k : i64
        %v32 = llvm.getelementptr %w[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v33 = arith.muli %v30, %k : i64
        %v35 = arith.muli %v33, %v34 : i64
        %v37 = arith.muli %v8, %v36 : i64
        scf.for %v39 = %v37 to %v35 step %v38 : i64 {
          %v40 = llvm.getelementptr %v32[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v40 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v41 = arith.subi %m, %v15 : i64
      %v42 = arith.subi %n, %v15 : i64
      %v43 = arith.subi %k, %v17 : i64
      %v44 = arith.addi %v26, %v13 : i64
      %v45 = arith.minsi %v44, %v41 : i64
      %v46 = arith.muli %v45, %x_stride : i64
      %v47 = llvm.getelementptr %x[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = arith.addi %v27, %v13 : i64
      %v49 = arith.minsi %v48, %v42 : i64
      %v50 = arith.muli %v49, %k : i64
      %v51 = llvm.getelementptr %w[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v52 = arith.addi %v27, %v13 : i64
      %v53 = arith.addi %v52, %v17 : i64
      %v54 = arith.minsi %v53, %v42 : i64
      %v55 = arith.muli %v54, %k : i64
      %v56 = llvm.getelementptr %w[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v57, %v58 : f32, !llvm.ptr
      llvm.store %v57, %v59 : f32, !llvm.ptr
      llvm.store %v57, %v60 : f32, !llvm.ptr
      llvm.store %v57, %v61 : f32, !llvm.ptr
      llvm.store %v57, %v62 : f32, !llvm.ptr
      %v63 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v65 = arith.addi %k, %v64 : i64
      %v66 = arith.divsi %v65, %v9 : i64
      %v67 = arith.muli %v19, %v17 : i64
      %v68 = arith.addi %v67, %v10 : i64
      %v69 = arith.muli %splits, %v17 : i64
      %v71 = arith.muli %v69, %v70 : i64
      scf.for %v72 = %v68 to %v66 step %v71 : i64 {
        %v73 = arith.muli %v14, %v17 : i64
        %v74 = arith.muli %v72, %v9 : i64
        %v75 = arith.addi %v74, %v73 : i64
        %v76 = arith.cmpi slt, %v75, %k : i64
        %v77 = arith.minsi %v75, %v43 : i64
        %v78 = llvm.getelementptr %v51[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v79 = llvm.load %v78 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v80 = llvm.getelementptr %v56[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v81 = llvm.load %v80 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v82 = arith.addi %v72, %v69 : i64
        %v83 = arith.muli %v82, %v9 : i64
        %v84 = arith.addi %v83, %v73 : i64
        %v85 = arith.cmpi slt, %v84, %k : i64
        %v86 = arith.minsi %v84, %v43 : i64
        %v87 = llvm.getelementptr %v51[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v89 = llvm.getelementptr %v56[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v90 = llvm.load %v89 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v91 = arith.muli %v34, %v69 : i64
        %v92 = arith.addi %v72, %v91 : i64
        %v93 = arith.muli %v92, %v9 : i64
        %v94 = arith.addi %v93, %v73 : i64
        %v95 = arith.cmpi slt, %v94, %k : i64
        %v96 = arith.minsi %v94, %v43 : i64
        %v97 = llvm.getelementptr %v51[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v98 = llvm.load %v97 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v99 = llvm.getelementptr %v56[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v100 = llvm.load %v99 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v101 = llvm.mlir.constant(0 : i32) : i32
        %v102 = llvm.extractelement %v79[%v101 : i32] : vector<4xi32>
        %v103 = llvm.mlir.constant(0 : i32) : i32
        %v104 = llvm.extractelement %v81[%v103 : i32] : vector<4xi32>
        %v105 = llvm.mlir.constant(1 : i32) : i32
        %v106 = llvm.extractelement %v79[%v105 : i32] : vector<4xi32>
        %v107 = llvm.mlir.constant(1 : i32) : i32
        %v108 = llvm.extractelement %v81[%v107 : i32] : vector<4xi32>
        %v109 = llvm.mlir.constant(2 : i32) : i32
        %v110 = llvm.extractelement %v79[%v109 : i32] : vector<4xi32>
        %v111 = llvm.mlir.constant(2 : i32) : i32
        %v112 = llvm.extractelement %v81[%v111 : i32] : vector<4xi32>
        %v113 = llvm.mlir.constant(3 : i32) : i32
        %v114 = llvm.extractelement %v79[%v113 : i32] : vector<4xi32>
        %v115 = llvm.mlir.constant(3 : i32) : i32
        %v116 = llvm.extractelement %v81[%v115 : i32] : vector<4xi32>
        %v117 = llvm.getelementptr %v47[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v118 = llvm.load %v117 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v119 = arith.addi %v77, %v12 : i64
        %v120 = llvm.getelementptr %v47[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v121 = llvm.load %v120 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v122 = llvm.select %v76, %v118, %v63 : i1, vector<4xf32>
        %v123 = llvm.select %v76, %v121, %v63 : i1, vector<4xf32>
        %v124 = llvm.shufflevector %v122, %v122 [0, 1] : vector<4xf32>
        %v125 = llvm.fptrunc %v124 : vector<2xf32> to vector<2xbf16>
        %v126 = llvm.bitcast %v125 : vector<2xbf16> to i32
        %v127 = llvm.shufflevector %v122, %v122 [2, 3] : vector<4xf32>
        %v128 = llvm.fptrunc %v127 : vector<2xf32> to vector<2xbf16>
        %v129 = llvm.bitcast %v128 : vector<2xbf16> to i32
        %v130 = llvm.shufflevector %v123, %v123 [0, 1] : vector<4xf32>
        %v131 = llvm.fptrunc %v130 : vector<2xf32> to vector<2xbf16>
        %v132 = llvm.bitcast %v131 : vector<2xbf16> to i32
        %v133 = llvm.shufflevector %v123, %v123 [2, 3] : vector<4xf32>
        %v134 = llvm.fptrunc %v133 : vector<2xf32> to vector<2xbf16>
        %v135 = llvm.bitcast %v134 : vector<2xbf16> to i32
        %v136 = llvm.load %v58 : !llvm.ptr -> f32
        %v137 = llvm.load %v59 : !llvm.ptr -> f32
        %v138 = llvm.load %v60 : !llvm.ptr -> f32
        %v139 = llvm.load %v61 : !llvm.ptr -> f32
        %v140 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v102, %v104, %v106, %v108, %v126, %v129, %v136, %v137, %v138, %v139 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v141 = llvm.extractvalue %v140[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v141, %v58 : f32, !llvm.ptr
        %v142 = llvm.extractvalue %v140[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v142, %v59 : f32, !llvm.ptr
        %v143 = llvm.extractvalue %v140[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v143, %v60 : f32, !llvm.ptr
        %v144 = llvm.extractvalue %v140[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v144, %v61 : f32, !llvm.ptr
        %v145 = llvm.load %v58 : !llvm.ptr -> f32
        %v146 = llvm.load %v59 : !llvm.ptr -> f32
        %v147 = llvm.load %v60 : !llvm.ptr -> f32
        %v148 = llvm.load %v61 : !llvm.ptr -> f32
        %v149 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v110, %v112, %v114, %v116, %v132, %v135, %v145, %v146, %v147, %v148 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v150 = llvm.extractvalue %v149[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v150, %v58 : f32, !llvm.ptr
        %v151 = llvm.extractvalue %v149[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v151, %v59 : f32, !llvm.ptr
        %v152 = llvm.extractvalue %v149[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v152, %v60 : f32, !llvm.ptr
        %v153 = llvm.extractvalue %v149[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v153, %v61 : f32, !llvm.ptr
        %v154 = llvm.mlir.constant(0 : i32) : i32
        %v155 = llvm.extractelement %v88[%v154 : i32] : vector<4xi32>
        %v156 = llvm.mlir.constant(0 : i32) : i32
        %v157 = llvm.extractelement %v90[%v156 : i32] : vector<4xi32>
        %v158 = llvm.mlir.constant(1 : i32) : i32
        %v159 = llvm.extractelement %v88[%v158 : i32] : vector<4xi32>
        %v160 = llvm.mlir.constant(1 : i32) : i32
        %v161 = llvm.extractelement %v90[%v160 : i32] : vector<4xi32>
        %v162 = llvm.mlir.constant(2 : i32) : i32
        %v163 = llvm.extractelement %v88[%v162 : i32] : vector<4xi32>
        %v164 = llvm.mlir.constant(2 : i32) : i32
        %v165 = llvm.extractelement %v90[%v164 : i32] : vector<4xi32>
        %v166 = llvm.mlir.constant(3 : i32) : i32
        %v167 = llvm.extractelement %v88[%v166 : i32] : vector<4xi32>
        %v168 = llvm.mlir.constant(3 : i32) : i32
        %v169 = llvm.extractelement %v90[%v168 : i32] : vector<4xi32>
        %v170 = llvm.getelementptr %v47[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v171 = llvm.load %v170 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v172 = arith.addi %v86, %v12 : i64
        %v173 = llvm.getelementptr %v47[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v174 = llvm.load %v173 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v175 = llvm.select %v85, %v171, %v63 : i1, vector<4xf32>
        %v176 = llvm.select %v85, %v174, %v63 : i1, vector<4xf32>
        %v177 = llvm.shufflevector %v175, %v175 [0, 1] : vector<4xf32>
        %v178 = llvm.fptrunc %v177 : vector<2xf32> to vector<2xbf16>
        %v179 = llvm.bitcast %v178 : vector<2xbf16> to i32
        %v180 = llvm.shufflevector %v175, %v175 [2, 3] : vector<4xf32>
        %v181 = llvm.fptrunc %v180 : vector<2xf32> to vector<2xbf16>
        %v182 = llvm.bitcast %v181 : vector<2xbf16> to i32
        %v183 = llvm.shufflevector %v176, %v176 [0, 1] : vector<4xf32>
        %v184 = llvm.fptrunc %v183 : vector<2xf32> to vector<2xbf16>
        %v185 = llvm.bitcast %v184 : vector<2xbf16> to i32
        %v186 = llvm.shufflevector %v176, %v176 [2, 3] : vector<4xf32>
        %v187 = llvm.fptrunc %v186 : vector<2xf32> to vector<2xbf16>
        %v188 = llvm.bitcast %v187 : vector<2xbf16> to i32
        %v189 = llvm.load %v58 : !llvm.ptr -> f32
        %v190 = llvm.load %v59 : !llvm.ptr -> f32
        %v191 = llvm.load %v60 : !llvm.ptr -> f32
        %v192 = llvm.load %v61 : !llvm.ptr -> f32
        %v193 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v155, %v157, %v159, %v161, %v179, %v182, %v189, %v190, %v191, %v192 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v194 = llvm.extractvalue %v193[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v194, %v58 : f32, !llvm.ptr
        %v195 = llvm.extractvalue %v193[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v195, %v59 : f32, !llvm.ptr
        %v196 = llvm.extractvalue %v193[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v196, %v60 : f32, !llvm.ptr
        %v197 = llvm.extractvalue %v193[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v197, %v61 : f32, !llvm.ptr
        %v198 = llvm.load %v58 : !llvm.ptr -> f32
        %v199 = llvm.load %v59 : !llvm.ptr -> f32
        %v200 = llvm.load %v60 : !llvm.ptr -> f32
        %v201 = llvm.load %v61 : !llvm.ptr -> f32
        %v202 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v163, %v165, %v167, %v169, %v185, %v188, %v198, %v199, %v200, %v201 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v203 = llvm.extractvalue %v202[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v203, %v58 : f32, !llvm.ptr
        %v204 = llvm.extractvalue %v202[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v204, %v59 : f32, !llvm.ptr
        %v205 = llvm.extractvalue %v202[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v205, %v60 : f32, !llvm.ptr
        %v206 = llvm.extractvalue %v202[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v206, %v61 : f32, !llvm.ptr
        %v207 = llvm.mlir.constant(0 : i32) : i32
        %v208 = llvm.extractelement %v98[%v207 : i32] : vector<4xi32>
        %v209 = llvm.mlir.constant(0 : i32) : i32
        %v210 = llvm.extractelement %v100[%v209 : i32] : vector<4xi32>
        %v211 = llvm.mlir.constant(1 : i32) : i32
        %v212 = llvm.extractelement %v98[%v211 : i32] : vector<4xi32>
        %v213 = llvm.mlir.constant(1 : i32) : i32
        %v214 = llvm.extractelement %v100[%v213 : i32] : vector<4xi32>
        %v215 = llvm.mlir.constant(2 : i32) : i32
        %v216 = llvm.extractelement %v98[%v215 : i32] : vector<4xi32>
        %v217 = llvm.mlir.constant(2 : i32) : i32
        %v218 = llvm.extractelement %v100[%v217 : i32] : vector<4xi32>
        %v219 = llvm.mlir.constant(3 : i32) : i32
        %v220 = llvm.extractelement %v98[%v219 : i32] : vector<4xi32>
        %v221 = llvm.mlir.constant(3 : i32) : i32
        %v222 = llvm.extractelement %v100[%v221 : i32] : vector<4xi32>
        %v223 = llvm.getelementptr %v47[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v224 = llvm.load %v223 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v225 = arith.addi %v96, %v12 : i64
        %v226 = llvm.getelementptr %v47[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v227 = llvm.load %v226 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v228 = llvm.select %v95, %v224, %v63 : i1, vector<4xf32>
        %v229 = llvm.select %v95, %v227, %v63 : i1, vector<4xf32>
        %v230 = llvm.shufflevector %v228, %v228 [0, 1] : vector<4xf32>
        %v231 = llvm.fptrunc %v230 : vector<2xf32> to vector<2xbf16>
        %v232 = llvm.bitcast %v231 : vector<2xbf16> to i32
        %v233 = llvm.shufflevector %v228, %v228 [2, 3] : vector<4xf32>
        %v234 = llvm.fptrunc %v233 : vector<2xf32> to vector<2xbf16>
        %v235 = llvm.bitcast %v234 : vector<2xbf16> to i32
        %v236 = llvm.shufflevector %v229, %v229 [0, 1] : vector<4xf32>
        %v237 = llvm.fptrunc %v236 : vector<2xf32> to vector<2xbf16>
        %v238 = llvm.bitcast %v237 : vector<2xbf16> to i32
        %v239 = llvm.shufflevector %v229, %v229 [2, 3] : vector<4xf32>
        %v240 = llvm.fptrunc %v239 : vector<2xf32> to vector<2xbf16>
        %v241 = llvm.bitcast %v240 : vector<2xbf16> to i32
        %v242 = llvm.load %v58 : !llvm.ptr -> f32
        %v243 = llvm.load %v59 : !llvm.ptr -> f32
        %v244 = llvm.load %v60 : !llvm.ptr -> f32
        %v245 = llvm.load %v61 : !llvm.ptr -> f32
        %v246 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v208, %v210, %v212, %v214, %v232, %v235, %v242, %v243, %v244, %v245 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v247 = llvm.extractvalue %v246[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v247, %v58 : f32, !llvm.ptr
        %v248 = llvm.extractvalue %v246[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v248, %v59 : f32, !llvm.ptr
        %v249 = llvm.extractvalue %v246[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v249, %v60 : f32, !llvm.ptr
        %v250 = llvm.extractvalue %v246[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v250, %v61 : f32, !llvm.ptr
        %v251 = llvm.load %v58 : !llvm.ptr -> f32
        %v252 = llvm.load %v59 : !llvm.ptr -> f32
        %v253 = llvm.load %v60 : !llvm.ptr -> f32
        %v254 = llvm.load %v61 : !llvm.ptr -> f32
        %v255 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v216, %v218, %v220, %v222, %v238, %v241, %v251, %v252, %v253, %v254 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v256 = llvm.extractvalue %v255[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v256, %v58 : f32, !llvm.ptr
        %v257 = llvm.extractvalue %v255[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v257, %v59 : f32, !llvm.ptr
        %v258 = llvm.extractvalue %v255[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v258, %v60 : f32, !llvm.ptr
        %v259 = llvm.extractvalue %v255[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v259, %v61 : f32, !llvm.ptr
      }
      %v262 = arith.muli %v10, %v261 : i64
      %v263 = arith.muli %v14, %v34 : i64
      %v264 = arith.muli %v263, %v260 : i64
      %v265 = arith.addi %v262, %v264 : i64
      %v266 = arith.addi %v265, %v13 : i64
      %v267 = llvm.load %v58 : !llvm.ptr -> f32
      %v268 = llvm.getelementptr %v2[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v267, %v268 : f32, !llvm.ptr
      %v269 = arith.addi %v263, %v15 : i64
      %v270 = arith.muli %v269, %v260 : i64
      %v271 = arith.addi %v262, %v270 : i64
      %v272 = arith.addi %v271, %v13 : i64
      %v273 = llvm.load %v59 : !llvm.ptr -> f32
      %v274 = llvm.getelementptr %v2[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v273, %v274 : f32, !llvm.ptr
      %v275 = arith.addi %v13, %v17 : i64
      %v276 = arith.muli %v263, %v260 : i64
      %v277 = arith.addi %v262, %v276 : i64
      %v278 = arith.addi %v277, %v275 : i64
      %v279 = llvm.load %v60 : !llvm.ptr -> f32
      %v280 = llvm.getelementptr %v2[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v279, %v280 : f32, !llvm.ptr
      %v281 = arith.addi %v263, %v15 : i64
      %v282 = arith.addi %v13, %v17 : i64
      %v283 = arith.muli %v281, %v260 : i64
      %v284 = arith.addi %v262, %v283 : i64
      %v285 = arith.addi %v284, %v282 : i64
      %v286 = llvm.load %v61 : !llvm.ptr -> f32
      %v287 = llvm.getelementptr %v2[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v286, %v287 : f32, !llvm.ptr
      gpu.barrier
      %v288 = arith.cmpi slt, %v8, %v36 : i64
      %v289 = arith.divsi %v8, %v20 : i64
      %v290 = arith.remsi %v8, %v20 : i64
      llvm.store %v57, %v291 : f32, !llvm.ptr
      llvm.store %v57, %v292 : f32, !llvm.ptr
      scf.if %v288 {
        %v293 = arith.muli %v289, %v260 : i64
        %v294 = arith.addi %v293, %v290 : i64
        %v295 = llvm.getelementptr %v2[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v296 = llvm.load %v295 : !llvm.ptr -> f32
        %v297 = arith.addi %v294, %v261 : i64
        %v298 = llvm.getelementptr %v2[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v299 = llvm.load %v298 : !llvm.ptr -> f32
        %v300 = arith.addf %v296, %v299 fastmath<contract> : f32
        %v302 = arith.addi %v294, %v301 : i64
        %v303 = llvm.getelementptr %v2[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v304 = llvm.load %v303 : !llvm.ptr -> f32
        %v305 = arith.addf %v300, %v304 fastmath<contract> : f32
        %v307 = arith.addi %v294, %v306 : i64
        %v308 = llvm.getelementptr %v2[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v309 = llvm.load %v308 : !llvm.ptr -> f32
        %v310 = arith.addf %v305, %v309 fastmath<contract> : f32
        %v312 = arith.addi %v294, %v311 : i64
        %v313 = llvm.getelementptr %v2[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v314 = llvm.load %v313 : !llvm.ptr -> f32
        %v315 = arith.addf %v310, %v314 fastmath<contract> : f32
        %v317 = arith.addi %v294, %v316 : i64
        %v318 = llvm.getelementptr %v2[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v319 = llvm.load %v318 : !llvm.ptr -> f32
        %v320 = arith.addf %v315, %v319 fastmath<contract> : f32
        %v322 = arith.addi %v294, %v321 : i64
        %v323 = llvm.getelementptr %v2[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v324 = llvm.load %v323 : !llvm.ptr -> f32
        %v325 = arith.addf %v320, %v324 fastmath<contract> : f32
        %v327 = arith.addi %v294, %v326 : i64
        %v328 = llvm.getelementptr %v2[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v329 = llvm.load %v328 : !llvm.ptr -> f32
        %v330 = arith.addf %v325, %v329 fastmath<contract> : f32
        llvm.store %v330, %v291 : f32, !llvm.ptr
      }
      %v331 = arith.constant true
      llvm.store %v331, %v332 : i1, !llvm.ptr
      %v333 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v333 {
        %v335 = arith.muli %v18, %splits : i64
        %v336 = arith.addi %v335, %v19 : i64
        %v337 = arith.muli %v336, %v334 : i64
        scf.if %v288 {
          %v338 = arith.addi %v337, %v8 : i64
          %v339 = llvm.load %v291 : !llvm.ptr -> f32
          %v340 = llvm.getelementptr %ws[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v339, %v340 : f32, !llvm.ptr
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v341 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v341 {
          %v342 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v343 = arith.constant 1 : i32
          %v344 = llvm.atomicrmw add %v342, %v343 acq_rel : !llvm.ptr, i32
          %v345 = arith.trunci %splits : i64 to i32
          %v346 = arith.subi %v345, %v343 : i32
          %v347 = arith.cmpi eq, %v344, %v346 : i32
          %v348 = arith.uitofp %v347 : i1 to f32
          %v349 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v348, %v349 : f32, !llvm.ptr
          scf.if %v347 {
            %v350 = arith.constant 0 : i32
            llvm.store %v350, %v342 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v351 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v352 = llvm.load %v351 : !llvm.ptr -> f32
        %v353 = arith.cmpf one, %v352, %v57 : f32
        llvm.store %v353, %v332 : i1, !llvm.ptr
        scf.if %v353 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v354 = arith.muli %v18, %splits : i64
          %v355 = arith.muli %v354, %v334 : i64
          scf.if %v288 {
            llvm.store %v57, %v356 : f32, !llvm.ptr
            scf.for %v357 = %v16 to %splits step %v15 : i64 {
              %v358 = arith.muli %v357, %v334 : i64
              %v359 = arith.addi %v358, %v355 : i64
              %v360 = arith.addi %v359, %v8 : i64
              %v361 = llvm.getelementptr %ws[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v362 = llvm.ptrtoint %v361 : !llvm.ptr to i64
              %v363 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v362 : (i64) -> f32
              %v364 = llvm.load %v356 : !llvm.ptr -> f32
              %v365 = arith.addf %v364, %v363 fastmath<contract> : f32
              llvm.store %v365, %v356 : f32, !llvm.ptr
            }
            %v366 = llvm.load %v356 : !llvm.ptr -> f32
            llvm.store %v366, %v291 : f32, !llvm.ptr
          }
        }
      }
      %v367 = llvm.load %v332 : !llvm.ptr -> i1
      %v368 = arith.andi %v288, %v367 : i1
      scf.if %v368 {
        %v369 = llvm.load %v291 : !llvm.ptr -> f32
        %v370 = arith.addi %v27, %v290 : i64
        %v371 = arith.addi %v26, %v289 : i64
        %v372 = arith.cmpi slt, %v370, %n : i64
        %v373 = arith.cmpi slt, %v371, %m : i64
        %v374 = arith.andi %v372, %v373 : i1
        scf.if %v374 {
          llvm.store %v369, %v375 : f32, !llvm.ptr
          %v376 = llvm.mlir.zero : !llvm.ptr
          %v377 = llvm.icmp "ne" %bias, %v376 : !llvm.ptr
          scf.if %v377 {
            %v378 = llvm.getelementptr %bias[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v379 = llvm.load %v378 : !llvm.ptr -> f32
            %v380 = llvm.load %v375 : !llvm.ptr -> f32
            %v381 = arith.addf %v380, %v379 fastmath<contract> : f32
            llvm.store %v381, %v375 : f32, !llvm.ptr
          }
          %v382 = llvm.mlir.zero : !llvm.ptr
          %v383 = llvm.icmp "ne" %add, %v382 : !llvm.ptr
          scf.if %v383 {
            %v384 = arith.muli %v371, %add_stride : i64
            %v385 = arith.addi %v384, %v370 : i64
            %v386 = llvm.getelementptr %add[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v387 = llvm.load %v386 : !llvm.ptr -> f32
            %v388 = llvm.load %v375 : !llvm.ptr -> f32
            %v389 = arith.addf %v388, %v387 fastmath<contract> : f32
            llvm.store %v389, %v375 : f32, !llvm.ptr
          }
          %v390 = llvm.load %v375 : !llvm.ptr -> f32
          %v391 = arith.cmpi slt, %v370, %split1 : i64
          %v392 = arith.cmpi slt, %v370, %split2 : i64
          %v393 = arith.muli %m, %split1 : i64
          %v394 = arith.muli %m, %split2 : i64
          %v395 = arith.select %v392, %v393, %v394 : i64
          %v396 = arith.select %v391, %v16, %v395 : i64
          %v397 = arith.subi %split2, %split1 : i64
          %v398 = arith.subi %n, %split2 : i64
          %v399 = arith.select %v392, %v397, %v398 : i64
          %v400 = arith.select %v391, %split1, %v399 : i64
          %v401 = arith.select %v392, %split1, %split2 : i64
          %v402 = arith.select %v391, %v16, %v401 : i64
          %v403 = arith.muli %v371, %v400 : i64
          %v404 = arith.subi %v370, %v402 : i64
          %v405 = arith.addi %v396, %v403 : i64
          %v406 = arith.addi %v405, %v404 : i64
          %v407 = llvm.getelementptr %out[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v390, %v407 : f32, !llvm.ptr
          %v408 = llvm.mlir.zero : !llvm.ptr
          %v409 = llvm.icmp "ne" %conv_w, %v408 : !llvm.ptr
          %v410 = arith.andi %v409, %v391 : i1
          scf.if %v410 {
            %v411 = arith.subi %conv_k, %v15 : i64
            llvm.store %v57, %v412 : f32, !llvm.ptr
            %v413 = llvm.mlir.zero : !llvm.ptr
            %v414 = llvm.icmp "ne" %conv_b, %v413 : !llvm.ptr
            scf.if %v414 {
              %v415 = llvm.getelementptr %conv_b[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v416 = llvm.load %v415 : !llvm.ptr -> f32
              llvm.store %v416, %v412 : f32, !llvm.ptr
            }
            %v417 = arith.muli %v370, %conv_k : i64
            %v418 = arith.muli %v371, %v411 : i64
            scf.for %v419 = %v16 to %v411 step %v15 : i64 {
              %v420 = arith.addi %v418, %v419 : i64
              %v421 = arith.muli %v420, %split1 : i64
              %v422 = arith.addi %v421, %v370 : i64
              %v423 = llvm.getelementptr %conv_win[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v424 = llvm.load %v423 : !llvm.ptr -> f32
              %v425 = arith.addi %v417, %v419 : i64
              %v426 = llvm.getelementptr %conv_w[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              %v428 = arith.mulf %v427, %v424 fastmath<contract> : f32
              %v429 = llvm.load %v412 : !llvm.ptr -> f32
              %v430 = arith.addf %v429, %v428 fastmath<contract> : f32
              llvm.store %v430, %v412 : f32, !llvm.ptr
            }
            %v431 = arith.addi %v417, %v411 : i64
            %v432 = llvm.getelementptr %conv_w[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v433 = llvm.load %v432 : !llvm.ptr -> f32
            %v434 = arith.mulf %v433, %v390 fastmath<contract> : f32
            %v435 = llvm.load %v412 : !llvm.ptr -> f32
            %v436 = arith.addf %v435, %v434 fastmath<contract> : f32
            %v438 = arith.negf %v436 : f32
            %v440 = arith.mulf %v438, %v439 fastmath<contract> : f32
            %v441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v440) : (f32) -> f32
            %v442 = arith.addf %v437, %v441 fastmath<contract> : f32
            %v443 = arith.divf %v437, %v442 : f32
            %v444 = arith.mulf %v436, %v443 fastmath<contract> : f32
            %v445 = arith.cmpi eq, %conv_act, %v15 : i64
            %v446 = arith.select %v445, %v444, %v436 : f32
            %v447 = arith.muli %v371, %split1 : i64
            %v448 = arith.addi %v447, %v370 : i64
            %v449 = llvm.getelementptr %conv_out[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v446, %v449 : f32, !llvm.ptr
            %v450 = arith.subi %v411, %v15 : i64
            scf.for %v451 = %v16 to %v450 step %v15 : i64 {
              %v452 = arith.addi %v418, %v451 : i64
              %v453 = arith.muli %v452, %split1 : i64
              %v454 = arith.addi %v453, %v370 : i64
              %v455 = arith.addi %v454, %split1 : i64
              %v456 = llvm.getelementptr %conv_win[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v457 = llvm.load %v456 : !llvm.ptr -> f32
              %v458 = llvm.getelementptr %conv_win[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v457, %v458 : f32, !llvm.ptr
            }
            %v459 = arith.cmpi slt, %v16, %v411 : i64
            scf.if %v459 {
              %v460 = arith.addi %v418, %v450 : i64
              %v461 = arith.muli %v460, %split1 : i64
              %v462 = arith.addi %v461, %v370 : i64
              %v463 = llvm.getelementptr %conv_win[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v390, %v463 : f32, !llvm.ptr
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
      %v34 = arith.constant 2 : i64
      %v36 = arith.constant 128 : i64
      %v38 = arith.constant 32768 : i64
      %v57 = arith.constant 0x00000000 : f32
      %v58 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v64 = arith.constant 31 : i64
      %v70 = arith.constant 3 : i64
      %v365 = arith.constant 20 : i64
      %v366 = arith.constant 160 : i64
      %v410 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v411 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v420 = arith.constant 320 : i64
      %v425 = arith.constant 480 : i64
      %v430 = arith.constant 640 : i64
      %v435 = arith.constant 800 : i64
      %v440 = arith.constant 960 : i64
      %v445 = arith.constant 1120 : i64
      %v460 = arith.constant 24 : i64
      %v469 = arith.constant 40 : i64
      %v474 = arith.constant 48 : i64
      %v479 = arith.constant 56 : i64
      %v485 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v487 = arith.constant 136 : i64
      %v514 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v526 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v545 = arith.constant 0x3F800000 : f32
      %v553 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v590 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v616 = arith.constant 0x3FB8AA3B : f32
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
      %v28 = arith.cmpi slt, %v27, %n : i64
      scf.if %v28 {
        %v29 = arith.subi %n, %v27 : i64
        %v30 = arith.minsi %v29, %v20 : i64
        %v31 = arith.muli %v27, %k : i64
        %v32 = llvm.getelementptr %w[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v33 = arith.muli %v30, %k : i64
        %v35 = arith.muli %v33, %v34 : i64
        %v37 = arith.muli %v8, %v36 : i64
        scf.for %v39 = %v37 to %v35 step %v38 : i64 {
          %v40 = llvm.getelementptr %v32[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v40 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v41 = arith.subi %m, %v15 : i64
      %v42 = arith.subi %n, %v15 : i64
      %v43 = arith.subi %k, %v17 : i64
      %v44 = arith.addi %v26, %v13 : i64
      %v45 = arith.minsi %v44, %v41 : i64
      %v46 = arith.muli %v45, %x_stride : i64
      %v47 = llvm.getelementptr %x[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = arith.addi %v27, %v13 : i64
      %v49 = arith.minsi %v48, %v42 : i64
      %v50 = arith.muli %v49, %k : i64
      %v51 = llvm.getelementptr %w[%v50] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v52 = arith.addi %v27, %v13 : i64
      %v53 = arith.addi %v52, %v17 : i64
      %v54 = arith.minsi %v53, %v42 : i64
      %v55 = arith.muli %v54, %k : i64
      %v56 = llvm.getelementptr %w[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v57, %v58 : f32, !llvm.ptr
      llvm.store %v57, %v59 : f32, !llvm.ptr
      llvm.store %v57, %v60 : f32, !llvm.ptr
      llvm.store %v57, %v61 : f32, !llvm.ptr
      llvm.store %v57, %v62 : f32, !llvm.ptr
      %v63 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v65 = arith.addi %k, %v64 : i64
      %v66 = arith.divsi %v65, %v9 : i64
      %v67 = arith.muli %v19, %v17 : i64
      %v68 = arith.addi %v67, %v10 : i64
      %v69 = arith.muli %splits, %v17 : i64
      %v71 = arith.muli %v69, %v70 : i64
      scf.for %v72 = %v68 to %v66 step %v71 : i64 {
        %v73 = arith.muli %v14, %v17 : i64
        %v74 = arith.muli %v72, %v9 : i64
        %v75 = arith.addi %v74, %v73 : i64
        %v76 = arith.cmpi slt, %v75, %k : i64
        %v77 = arith.minsi %v75, %v43 : i64
        %v78 = llvm.getelementptr %v51[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v79 = llvm.load %v78 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v80 = llvm.getelementptr %v56[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v81 = llvm.load %v80 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v82 = arith.addi %v72, %v69 : i64
        %v83 = arith.muli %v82, %v9 : i64
        %v84 = arith.addi %v83, %v73 : i64
        %v85 = arith.cmpi slt, %v84, %k : i64
        %v86 = arith.minsi %v84, %v43 : i64
        %v87 = llvm.getelementptr %v51[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v89 = llvm.getelementptr %v56[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v90 = llvm.load %v89 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v91 = arith.muli %v34, %v69 : i64
        %v92 = arith.addi %v72, %v91 : i64
        %v93 = arith.muli %v92, %v9 : i64
        %v94 = arith.addi %v93, %v73 : i64
        %v95 = arith.cmpi slt, %v94, %k : i64
        %v96 = arith.minsi %v94, %v43 : i64
        %v97 = llvm.getelementptr %v51[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v98 = llvm.load %v97 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v99 = llvm.getelementptr %v56[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v100 = llvm.load %v99 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v101 = llvm.getelementptr %norm_w[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v102 = llvm.load %v101 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v103 = arith.addi %v77, %v12 : i64
        %v104 = llvm.getelementptr %norm_w[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v105 = llvm.load %v104 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v106 = llvm.mlir.constant(0 : i32) : i32
        %v107 = llvm.extractelement %v79[%v106 : i32] : vector<4xi32>
        %v108 = llvm.mlir.constant(0 : i32) : i32
        %v109 = llvm.extractelement %v81[%v108 : i32] : vector<4xi32>
        %v110 = llvm.mlir.constant(1 : i32) : i32
        %v111 = llvm.extractelement %v79[%v110 : i32] : vector<4xi32>
        %v112 = llvm.mlir.constant(1 : i32) : i32
        %v113 = llvm.extractelement %v81[%v112 : i32] : vector<4xi32>
        %v114 = llvm.mlir.constant(2 : i32) : i32
        %v115 = llvm.extractelement %v79[%v114 : i32] : vector<4xi32>
        %v116 = llvm.mlir.constant(2 : i32) : i32
        %v117 = llvm.extractelement %v81[%v116 : i32] : vector<4xi32>
        %v118 = llvm.mlir.constant(3 : i32) : i32
        %v119 = llvm.extractelement %v79[%v118 : i32] : vector<4xi32>
        %v120 = llvm.mlir.constant(3 : i32) : i32
        %v121 = llvm.extractelement %v81[%v120 : i32] : vector<4xi32>
        %v122 = llvm.getelementptr %v47[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v123 = llvm.load %v122 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v124 = arith.addi %v77, %v12 : i64
        %v125 = llvm.getelementptr %v47[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v126 = llvm.load %v125 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v127 = llvm.select %v76, %v123, %v63 : i1, vector<4xf32>
        %v128 = llvm.select %v76, %v126, %v63 : i1, vector<4xf32>
        %v129 = llvm.fmul %v127, %v127 : vector<4xf32>
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
        %v141 = llvm.load %v62 : !llvm.ptr -> f32
        %v142 = arith.addf %v141, %v140 fastmath<contract> : f32
        llvm.store %v142, %v62 : f32, !llvm.ptr
        %v143 = llvm.fmul %v127, %v102 : vector<4xf32>
        %v144 = llvm.fmul %v128, %v128 : vector<4xf32>
        %v145 = llvm.mlir.constant(0 : i32) : i32
        %v146 = llvm.extractelement %v144[%v145 : i32] : vector<4xf32>
        %v147 = llvm.mlir.constant(1 : i32) : i32
        %v148 = llvm.extractelement %v144[%v147 : i32] : vector<4xf32>
        %v149 = llvm.mlir.constant(2 : i32) : i32
        %v150 = llvm.extractelement %v144[%v149 : i32] : vector<4xf32>
        %v151 = llvm.mlir.constant(3 : i32) : i32
        %v152 = llvm.extractelement %v144[%v151 : i32] : vector<4xf32>
        %v153 = arith.addf %v146, %v148 fastmath<contract> : f32
        %v154 = arith.addf %v153, %v150 fastmath<contract> : f32
        %v155 = arith.addf %v154, %v152 fastmath<contract> : f32
        %v156 = llvm.load %v62 : !llvm.ptr -> f32
        %v157 = arith.addf %v156, %v155 fastmath<contract> : f32
        llvm.store %v157, %v62 : f32, !llvm.ptr
        %v158 = llvm.fmul %v128, %v105 : vector<4xf32>
        %v159 = llvm.shufflevector %v143, %v143 [0, 1] : vector<4xf32>
        %v160 = llvm.fptrunc %v159 : vector<2xf32> to vector<2xbf16>
        %v161 = llvm.bitcast %v160 : vector<2xbf16> to i32
        %v162 = llvm.shufflevector %v143, %v143 [2, 3] : vector<4xf32>
        %v163 = llvm.fptrunc %v162 : vector<2xf32> to vector<2xbf16>
        %v164 = llvm.bitcast %v163 : vector<2xbf16> to i32
        %v165 = llvm.shufflevector %v158, %v158 [0, 1] : vector<4xf32>
        %v166 = llvm.fptrunc %v165 : vector<2xf32> to vector<2xbf16>
        %v167 = llvm.bitcast %v166 : vector<2xbf16> to i32
        %v168 = llvm.shufflevector %v158, %v158 [2, 3] : vector<4xf32>
        %v169 = llvm.fptrunc %v168 : vector<2xf32> to vector<2xbf16>
        %v170 = llvm.bitcast %v169 : vector<2xbf16> to i32
        %v171 = llvm.load %v58 : !llvm.ptr -> f32
        %v172 = llvm.load %v59 : !llvm.ptr -> f32
        %v173 = llvm.load %v60 : !llvm.ptr -> f32
        %v174 = llvm.load %v61 : !llvm.ptr -> f32
        %v175 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v107, %v109, %v111, %v113, %v161, %v164, %v171, %v172, %v173, %v174 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v176 = llvm.extractvalue %v175[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v176, %v58 : f32, !llvm.ptr
        %v177 = llvm.extractvalue %v175[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v177, %v59 : f32, !llvm.ptr
        %v178 = llvm.extractvalue %v175[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v178, %v60 : f32, !llvm.ptr
        %v179 = llvm.extractvalue %v175[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v179, %v61 : f32, !llvm.ptr
        %v180 = llvm.load %v58 : !llvm.ptr -> f32
        %v181 = llvm.load %v59 : !llvm.ptr -> f32
        %v182 = llvm.load %v60 : !llvm.ptr -> f32
        %v183 = llvm.load %v61 : !llvm.ptr -> f32
        %v184 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v115, %v117, %v119, %v121, %v167, %v170, %v180, %v181, %v182, %v183 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v185 = llvm.extractvalue %v184[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v185, %v58 : f32, !llvm.ptr
        %v186 = llvm.extractvalue %v184[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v186, %v59 : f32, !llvm.ptr
        %v187 = llvm.extractvalue %v184[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v187, %v60 : f32, !llvm.ptr
        %v188 = llvm.extractvalue %v184[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v188, %v61 : f32, !llvm.ptr
        %v189 = llvm.getelementptr %norm_w[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v190 = llvm.load %v189 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v191 = arith.addi %v86, %v12 : i64
        %v192 = llvm.getelementptr %norm_w[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v193 = llvm.load %v192 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v194 = llvm.mlir.constant(0 : i32) : i32
        %v195 = llvm.extractelement %v88[%v194 : i32] : vector<4xi32>
        %v196 = llvm.mlir.constant(0 : i32) : i32
        %v197 = llvm.extractelement %v90[%v196 : i32] : vector<4xi32>
        %v198 = llvm.mlir.constant(1 : i32) : i32
        %v199 = llvm.extractelement %v88[%v198 : i32] : vector<4xi32>
        %v200 = llvm.mlir.constant(1 : i32) : i32
        %v201 = llvm.extractelement %v90[%v200 : i32] : vector<4xi32>
        %v202 = llvm.mlir.constant(2 : i32) : i32
        %v203 = llvm.extractelement %v88[%v202 : i32] : vector<4xi32>
        %v204 = llvm.mlir.constant(2 : i32) : i32
        %v205 = llvm.extractelement %v90[%v204 : i32] : vector<4xi32>
        %v206 = llvm.mlir.constant(3 : i32) : i32
        %v207 = llvm.extractelement %v88[%v206 : i32] : vector<4xi32>
        %v208 = llvm.mlir.constant(3 : i32) : i32
        %v209 = llvm.extractelement %v90[%v208 : i32] : vector<4xi32>
        %v210 = llvm.getelementptr %v47[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v211 = llvm.load %v210 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v212 = arith.addi %v86, %v12 : i64
        %v213 = llvm.getelementptr %v47[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v214 = llvm.load %v213 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v215 = llvm.select %v85, %v211, %v63 : i1, vector<4xf32>
        %v216 = llvm.select %v85, %v214, %v63 : i1, vector<4xf32>
        %v217 = llvm.fmul %v215, %v215 : vector<4xf32>
        %v218 = llvm.mlir.constant(0 : i32) : i32
        %v219 = llvm.extractelement %v217[%v218 : i32] : vector<4xf32>
        %v220 = llvm.mlir.constant(1 : i32) : i32
        %v221 = llvm.extractelement %v217[%v220 : i32] : vector<4xf32>
        %v222 = llvm.mlir.constant(2 : i32) : i32
        %v223 = llvm.extractelement %v217[%v222 : i32] : vector<4xf32>
        %v224 = llvm.mlir.constant(3 : i32) : i32
        %v225 = llvm.extractelement %v217[%v224 : i32] : vector<4xf32>
        %v226 = arith.addf %v219, %v221 fastmath<contract> : f32
        %v227 = arith.addf %v226, %v223 fastmath<contract> : f32
        %v228 = arith.addf %v227, %v225 fastmath<contract> : f32
        %v229 = llvm.load %v62 : !llvm.ptr -> f32
        %v230 = arith.addf %v229, %v228 fastmath<contract> : f32
        llvm.store %v230, %v62 : f32, !llvm.ptr
        %v231 = llvm.fmul %v215, %v190 : vector<4xf32>
        %v232 = llvm.fmul %v216, %v216 : vector<4xf32>
        %v233 = llvm.mlir.constant(0 : i32) : i32
        %v234 = llvm.extractelement %v232[%v233 : i32] : vector<4xf32>
        %v235 = llvm.mlir.constant(1 : i32) : i32
        %v236 = llvm.extractelement %v232[%v235 : i32] : vector<4xf32>
        %v237 = llvm.mlir.constant(2 : i32) : i32
        %v238 = llvm.extractelement %v232[%v237 : i32] : vector<4xf32>
        %v239 = llvm.mlir.constant(3 : i32) : i32
        %v240 = llvm.extractelement %v232[%v239 : i32] : vector<4xf32>
        %v241 = arith.addf %v234, %v236 fastmath<contract> : f32
        %v242 = arith.addf %v241, %v238 fastmath<contract> : f32
        %v243 = arith.addf %v242, %v240 fastmath<contract> : f32
        %v244 = llvm.load %v62 : !llvm.ptr -> f32
        %v245 = arith.addf %v244, %v243 fastmath<contract> : f32
        llvm.store %v245, %v62 : f32, !llvm.ptr
        %v246 = llvm.fmul %v216, %v193 : vector<4xf32>
        %v247 = llvm.shufflevector %v231, %v231 [0, 1] : vector<4xf32>
        %v248 = llvm.fptrunc %v247 : vector<2xf32> to vector<2xbf16>
        %v249 = llvm.bitcast %v248 : vector<2xbf16> to i32
        %v250 = llvm.shufflevector %v231, %v231 [2, 3] : vector<4xf32>
        %v251 = llvm.fptrunc %v250 : vector<2xf32> to vector<2xbf16>
        %v252 = llvm.bitcast %v251 : vector<2xbf16> to i32
        %v253 = llvm.shufflevector %v246, %v246 [0, 1] : vector<4xf32>
        %v254 = llvm.fptrunc %v253 : vector<2xf32> to vector<2xbf16>
        %v255 = llvm.bitcast %v254 : vector<2xbf16> to i32
        %v256 = llvm.shufflevector %v246, %v246 [2, 3] : vector<4xf32>
        %v257 = llvm.fptrunc %v256 : vector<2xf32> to vector<2xbf16>
        %v258 = llvm.bitcast %v257 : vector<2xbf16> to i32
        %v259 = llvm.load %v58 : !llvm.ptr -> f32
        %v260 = llvm.load %v59 : !llvm.ptr -> f32
        %v261 = llvm.load %v60 : !llvm.ptr -> f32
        %v262 = llvm.load %v61 : !llvm.ptr -> f32
        %v263 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v195, %v197, %v199, %v201, %v249, %v252, %v259, %v260, %v261, %v262 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v264 = llvm.extractvalue %v263[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v264, %v58 : f32, !llvm.ptr
        %v265 = llvm.extractvalue %v263[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v265, %v59 : f32, !llvm.ptr
        %v266 = llvm.extractvalue %v263[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v266, %v60 : f32, !llvm.ptr
        %v267 = llvm.extractvalue %v263[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v267, %v61 : f32, !llvm.ptr
        %v268 = llvm.load %v58 : !llvm.ptr -> f32
        %v269 = llvm.load %v59 : !llvm.ptr -> f32
        %v270 = llvm.load %v60 : !llvm.ptr -> f32
        %v271 = llvm.load %v61 : !llvm.ptr -> f32
        %v272 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v203, %v205, %v207, %v209, %v255, %v258, %v268, %v269, %v270, %v271 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v273 = llvm.extractvalue %v272[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v273, %v58 : f32, !llvm.ptr
        %v274 = llvm.extractvalue %v272[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v274, %v59 : f32, !llvm.ptr
        %v275 = llvm.extractvalue %v272[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v275, %v60 : f32, !llvm.ptr
        %v276 = llvm.extractvalue %v272[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v276, %v61 : f32, !llvm.ptr
        %v277 = llvm.getelementptr %norm_w[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v278 = llvm.load %v277 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v279 = arith.addi %v96, %v12 : i64
        %v280 = llvm.getelementptr %norm_w[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v281 = llvm.load %v280 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v282 = llvm.mlir.constant(0 : i32) : i32
        %v283 = llvm.extractelement %v98[%v282 : i32] : vector<4xi32>
        %v284 = llvm.mlir.constant(0 : i32) : i32
        %v285 = llvm.extractelement %v100[%v284 : i32] : vector<4xi32>
        %v286 = llvm.mlir.constant(1 : i32) : i32
        %v287 = llvm.extractelement %v98[%v286 : i32] : vector<4xi32>
        %v288 = llvm.mlir.constant(1 : i32) : i32
        %v289 = llvm.extractelement %v100[%v288 : i32] : vector<4xi32>
        %v290 = llvm.mlir.constant(2 : i32) : i32
        %v291 = llvm.extractelement %v98[%v290 : i32] : vector<4xi32>
        %v292 = llvm.mlir.constant(2 : i32) : i32
        %v293 = llvm.extractelement %v100[%v292 : i32] : vector<4xi32>
        %v294 = llvm.mlir.constant(3 : i32) : i32
        %v295 = llvm.extractelement %v98[%v294 : i32] : vector<4xi32>
        %v296 = llvm.mlir.constant(3 : i32) : i32
        %v297 = llvm.extractelement %v100[%v296 : i32] : vector<4xi32>
        %v298 = llvm.getelementptr %v47[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v299 = llvm.load %v298 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v300 = arith.addi %v96, %v12 : i64
        %v301 = llvm.getelementptr %v47[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v302 = llvm.load %v301 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v303 = llvm.select %v95, %v299, %v63 : i1, vector<4xf32>
        %v304 = llvm.select %v95, %v302, %v63 : i1, vector<4xf32>
        %v305 = llvm.fmul %v303, %v303 : vector<4xf32>
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
        %v317 = llvm.load %v62 : !llvm.ptr -> f32
        %v318 = arith.addf %v317, %v316 fastmath<contract> : f32
        llvm.store %v318, %v62 : f32, !llvm.ptr
        %v319 = llvm.fmul %v303, %v278 : vector<4xf32>
        %v320 = llvm.fmul %v304, %v304 : vector<4xf32>
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
        %v332 = llvm.load %v62 : !llvm.ptr -> f32
        %v333 = arith.addf %v332, %v331 fastmath<contract> : f32
        llvm.store %v333, %v62 : f32, !llvm.ptr
        %v334 = llvm.fmul %v304, %v281 : vector<4xf32>
        %v335 = llvm.shufflevector %v319, %v319 [0, 1] : vector<4xf32>
        %v336 = llvm.fptrunc %v335 : vector<2xf32> to vector<2xbf16>
        %v337 = llvm.bitcast %v336 : vector<2xbf16> to i32
        %v338 = llvm.shufflevector %v319, %v319 [2, 3] : vector<4xf32>
        %v339 = llvm.fptrunc %v338 : vector<2xf32> to vector<2xbf16>
        %v340 = llvm.bitcast %v339 : vector<2xbf16> to i32
        %v341 = llvm.shufflevector %v334, %v334 [0, 1] : vector<4xf32>
        %v342 = llvm.fptrunc %v341 : vector<2xf32> to vector<2xbf16>
        %v343 = llvm.bitcast %v342 : vector<2xbf16> to i32
        %v344 = llvm.shufflevector %v334, %v334 [2, 3] : vector<4xf32>
        %v345 = llvm.fptrunc %v344 : vector<2xf32> to vector<2xbf16>
        %v346 = llvm.bitcast %v345 : vector<2xbf16> to i32
        %v347 = llvm.load %v58 : !llvm.ptr -> f32
        %v348 = llvm.load %v59 : !llvm.ptr -> f32
        %v349 = llvm.load %v60 : !llvm.ptr -> f32
        %v350 = llvm.load %v61 : !llvm.ptr -> f32
        %v351 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v283, %v285, %v287, %v289, %v337, %v340, %v347, %v348, %v349, %v350 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v352 = llvm.extractvalue %v351[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v352, %v58 : f32, !llvm.ptr
        %v353 = llvm.extractvalue %v351[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v353, %v59 : f32, !llvm.ptr
        %v354 = llvm.extractvalue %v351[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v354, %v60 : f32, !llvm.ptr
        %v355 = llvm.extractvalue %v351[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v355, %v61 : f32, !llvm.ptr
        %v356 = llvm.load %v58 : !llvm.ptr -> f32
        %v357 = llvm.load %v59 : !llvm.ptr -> f32
        %v358 = llvm.load %v60 : !llvm.ptr -> f32
        %v359 = llvm.load %v61 : !llvm.ptr -> f32
        %v360 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v291, %v293, %v295, %v297, %v343, %v346, %v356, %v357, %v358, %v359 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v361 = llvm.extractvalue %v360[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v361, %v58 : f32, !llvm.ptr
        %v362 = llvm.extractvalue %v360[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v362, %v59 : f32, !llvm.ptr
        %v363 = llvm.extractvalue %v360[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v363, %v60 : f32, !llvm.ptr
        %v364 = llvm.extractvalue %v360[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v364, %v61 : f32, !llvm.ptr
      }
      %v367 = arith.muli %v10, %v366 : i64
      %v368 = arith.muli %v14, %v34 : i64
      %v369 = arith.muli %v368, %v365 : i64
      %v370 = arith.addi %v367, %v369 : i64
      %v371 = arith.addi %v370, %v13 : i64
      %v372 = llvm.load %v58 : !llvm.ptr -> f32
      %v373 = llvm.getelementptr %v2[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v372, %v373 : f32, !llvm.ptr
      %v374 = arith.addi %v368, %v15 : i64
      %v375 = arith.muli %v374, %v365 : i64
      %v376 = arith.addi %v367, %v375 : i64
      %v377 = arith.addi %v376, %v13 : i64
      %v378 = llvm.load %v59 : !llvm.ptr -> f32
      %v379 = llvm.getelementptr %v2[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v378, %v379 : f32, !llvm.ptr
      %v380 = arith.addi %v13, %v17 : i64
      %v381 = arith.muli %v368, %v365 : i64
      %v382 = arith.addi %v367, %v381 : i64
      %v383 = arith.addi %v382, %v380 : i64
      %v384 = llvm.load %v60 : !llvm.ptr -> f32
      %v385 = llvm.getelementptr %v2[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v384, %v385 : f32, !llvm.ptr
      %v386 = arith.addi %v368, %v15 : i64
      %v387 = arith.addi %v13, %v17 : i64
      %v388 = arith.muli %v386, %v365 : i64
      %v389 = arith.addi %v367, %v388 : i64
      %v390 = arith.addi %v389, %v387 : i64
      %v391 = llvm.load %v61 : !llvm.ptr -> f32
      %v392 = llvm.getelementptr %v2[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v391, %v392 : f32, !llvm.ptr
      %v393 = arith.constant 32 : i32
      %v394 = arith.cmpi eq, %v14, %v16 : i64
      %v395 = arith.muli %v10, %v17 : i64
      %v396 = llvm.load %v62 : !llvm.ptr -> f32
      %v397 = arith.constant 1 : i32
      %v398, %v399 = gpu.shuffle xor %v396, %v397, %v393 : f32
      %v400 = arith.addf %v396, %v398 fastmath<contract> : f32
      %v401 = arith.constant 2 : i32
      %v402, %v403 = gpu.shuffle xor %v400, %v401, %v393 : f32
      %v404 = arith.addf %v400, %v402 fastmath<contract> : f32
      scf.if %v394 {
        %v405 = arith.addi %v395, %v13 : i64
        %v406 = llvm.getelementptr %v4[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v404, %v406 : f32, !llvm.ptr
      }
      gpu.barrier
      %v407 = arith.cmpi slt, %v8, %v36 : i64
      %v408 = arith.divsi %v8, %v20 : i64
      %v409 = arith.remsi %v8, %v20 : i64
      llvm.store %v57, %v410 : f32, !llvm.ptr
      llvm.store %v57, %v411 : f32, !llvm.ptr
      scf.if %v407 {
        %v412 = arith.muli %v408, %v365 : i64
        %v413 = arith.addi %v412, %v409 : i64
        %v414 = llvm.getelementptr %v2[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v415 = llvm.load %v414 : !llvm.ptr -> f32
        %v416 = arith.addi %v413, %v366 : i64
        %v417 = llvm.getelementptr %v2[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v418 = llvm.load %v417 : !llvm.ptr -> f32
        %v419 = arith.addf %v415, %v418 fastmath<contract> : f32
        %v421 = arith.addi %v413, %v420 : i64
        %v422 = llvm.getelementptr %v2[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v423 = llvm.load %v422 : !llvm.ptr -> f32
        %v424 = arith.addf %v419, %v423 fastmath<contract> : f32
        %v426 = arith.addi %v413, %v425 : i64
        %v427 = llvm.getelementptr %v2[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v428 = llvm.load %v427 : !llvm.ptr -> f32
        %v429 = arith.addf %v424, %v428 fastmath<contract> : f32
        %v431 = arith.addi %v413, %v430 : i64
        %v432 = llvm.getelementptr %v2[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v433 = llvm.load %v432 : !llvm.ptr -> f32
        %v434 = arith.addf %v429, %v433 fastmath<contract> : f32
        %v436 = arith.addi %v413, %v435 : i64
        %v437 = llvm.getelementptr %v2[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v438 = llvm.load %v437 : !llvm.ptr -> f32
        %v439 = arith.addf %v434, %v438 fastmath<contract> : f32
        %v441 = arith.addi %v413, %v440 : i64
        %v442 = llvm.getelementptr %v2[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v443 = llvm.load %v442 : !llvm.ptr -> f32
        %v444 = arith.addf %v439, %v443 fastmath<contract> : f32
        %v446 = arith.addi %v413, %v445 : i64
        %v447 = llvm.getelementptr %v2[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v448 = llvm.load %v447 : !llvm.ptr -> f32
        %v449 = arith.addf %v444, %v448 fastmath<contract> : f32
        llvm.store %v449, %v410 : f32, !llvm.ptr
        %v450 = llvm.getelementptr %v4[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v451 = llvm.load %v450 : !llvm.ptr -> f32
        %v452 = arith.addi %v408, %v17 : i64
        %v453 = llvm.getelementptr %v4[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v454 = llvm.load %v453 : !llvm.ptr -> f32
        %v455 = arith.addf %v451, %v454 fastmath<contract> : f32
        %v456 = arith.addi %v408, %v20 : i64
        %v457 = llvm.getelementptr %v4[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v458 = llvm.load %v457 : !llvm.ptr -> f32
        %v459 = arith.addf %v455, %v458 fastmath<contract> : f32
        %v461 = arith.addi %v408, %v460 : i64
        %v462 = llvm.getelementptr %v4[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v463 = llvm.load %v462 : !llvm.ptr -> f32
        %v464 = arith.addf %v459, %v463 fastmath<contract> : f32
        %v465 = arith.addi %v408, %v9 : i64
        %v466 = llvm.getelementptr %v4[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v467 = llvm.load %v466 : !llvm.ptr -> f32
        %v468 = arith.addf %v464, %v467 fastmath<contract> : f32
        %v470 = arith.addi %v408, %v469 : i64
        %v471 = llvm.getelementptr %v4[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v472 = llvm.load %v471 : !llvm.ptr -> f32
        %v473 = arith.addf %v468, %v472 fastmath<contract> : f32
        %v475 = arith.addi %v408, %v474 : i64
        %v476 = llvm.getelementptr %v4[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v477 = llvm.load %v476 : !llvm.ptr -> f32
        %v478 = arith.addf %v473, %v477 fastmath<contract> : f32
        %v480 = arith.addi %v408, %v479 : i64
        %v481 = llvm.getelementptr %v4[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v482 = llvm.load %v481 : !llvm.ptr -> f32
        %v483 = arith.addf %v478, %v482 fastmath<contract> : f32
        llvm.store %v483, %v411 : f32, !llvm.ptr
      }
      %v484 = arith.constant true
      llvm.store %v484, %v485 : i1, !llvm.ptr
      %v486 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v486 {
        %v488 = arith.muli %v18, %splits : i64
        %v489 = arith.addi %v488, %v19 : i64
        %v490 = arith.muli %v489, %v487 : i64
        scf.if %v407 {
          %v491 = arith.addi %v490, %v8 : i64
          %v492 = llvm.load %v410 : !llvm.ptr -> f32
          %v493 = llvm.getelementptr %ws[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v492, %v493 : f32, !llvm.ptr
          %v494 = arith.cmpi eq, %v409, %v16 : i64
          scf.if %v494 {
            %v495 = arith.addi %v490, %v36 : i64
            %v496 = arith.addi %v495, %v408 : i64
            %v497 = llvm.load %v411 : !llvm.ptr -> f32
            %v498 = llvm.getelementptr %ws[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v497, %v498 : f32, !llvm.ptr
          }
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v499 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v499 {
          %v500 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v501 = arith.constant 1 : i32
          %v502 = llvm.atomicrmw add %v500, %v501 acq_rel : !llvm.ptr, i32
          %v503 = arith.trunci %splits : i64 to i32
          %v504 = arith.subi %v503, %v501 : i32
          %v505 = arith.cmpi eq, %v502, %v504 : i32
          %v506 = arith.uitofp %v505 : i1 to f32
          %v507 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v506, %v507 : f32, !llvm.ptr
          scf.if %v505 {
            %v508 = arith.constant 0 : i32
            llvm.store %v508, %v500 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v509 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v510 = llvm.load %v509 : !llvm.ptr -> f32
        %v511 = arith.cmpf one, %v510, %v57 : f32
        llvm.store %v511, %v485 : i1, !llvm.ptr
        scf.if %v511 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v512 = arith.muli %v18, %splits : i64
          %v513 = arith.muli %v512, %v487 : i64
          scf.if %v407 {
            llvm.store %v57, %v514 : f32, !llvm.ptr
            scf.for %v515 = %v16 to %splits step %v15 : i64 {
              %v516 = arith.muli %v515, %v487 : i64
              %v517 = arith.addi %v516, %v513 : i64
              %v518 = arith.addi %v517, %v8 : i64
              %v519 = llvm.getelementptr %ws[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v520 = llvm.ptrtoint %v519 : !llvm.ptr to i64
              %v521 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v520 : (i64) -> f32
              %v522 = llvm.load %v514 : !llvm.ptr -> f32
              %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
              llvm.store %v523, %v514 : f32, !llvm.ptr
            }
            %v524 = llvm.load %v514 : !llvm.ptr -> f32
            llvm.store %v524, %v410 : f32, !llvm.ptr
            %v525 = arith.addi %v36, %v408 : i64
            llvm.store %v57, %v526 : f32, !llvm.ptr
            scf.for %v527 = %v16 to %splits step %v15 : i64 {
              %v528 = arith.muli %v527, %v487 : i64
              %v529 = arith.addi %v528, %v513 : i64
              %v530 = arith.addi %v529, %v525 : i64
              %v531 = llvm.getelementptr %ws[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v532 = llvm.ptrtoint %v531 : !llvm.ptr to i64
              %v533 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v532 : (i64) -> f32
              %v534 = llvm.load %v526 : !llvm.ptr -> f32
              %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
              llvm.store %v535, %v526 : f32, !llvm.ptr
            }
            %v536 = llvm.load %v526 : !llvm.ptr -> f32
            llvm.store %v536, %v411 : f32, !llvm.ptr
          }
        }
      }
      %v537 = llvm.load %v485 : !llvm.ptr -> i1
      %v538 = arith.andi %v407, %v537 : i1
      scf.if %v538 {
        %v539 = llvm.load %v410 : !llvm.ptr -> f32
        %v540 = llvm.load %v411 : !llvm.ptr -> f32
        %v541 = arith.sitofp %k : i64 to f32
        %v542 = arith.divf %v540, %v541 : f32
        %v543 = arith.addf %v542, %eps fastmath<contract> : f32
        %v544 = llvm.call_intrinsic "llvm.sqrt.f32"(%v543) : (f32) -> f32
        %v546 = arith.divf %v545, %v544 : f32
        %v547 = arith.mulf %v539, %v546 fastmath<contract> : f32
        %v548 = arith.addi %v27, %v409 : i64
        %v549 = arith.addi %v26, %v408 : i64
        %v550 = arith.cmpi slt, %v548, %n : i64
        %v551 = arith.cmpi slt, %v549, %m : i64
        %v552 = arith.andi %v550, %v551 : i1
        scf.if %v552 {
          llvm.store %v547, %v553 : f32, !llvm.ptr
          %v554 = llvm.mlir.zero : !llvm.ptr
          %v555 = llvm.icmp "ne" %bias, %v554 : !llvm.ptr
          scf.if %v555 {
            %v556 = llvm.getelementptr %bias[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v557 = llvm.load %v556 : !llvm.ptr -> f32
            %v558 = llvm.load %v553 : !llvm.ptr -> f32
            %v559 = arith.addf %v558, %v557 fastmath<contract> : f32
            llvm.store %v559, %v553 : f32, !llvm.ptr
          }
          %v560 = llvm.mlir.zero : !llvm.ptr
          %v561 = llvm.icmp "ne" %add, %v560 : !llvm.ptr
          scf.if %v561 {
            %v562 = arith.muli %v549, %add_stride : i64
            %v563 = arith.addi %v562, %v548 : i64
            %v564 = llvm.getelementptr %add[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v565 = llvm.load %v564 : !llvm.ptr -> f32
            %v566 = llvm.load %v553 : !llvm.ptr -> f32
            %v567 = arith.addf %v566, %v565 fastmath<contract> : f32
            llvm.store %v567, %v553 : f32, !llvm.ptr
          }
          %v568 = llvm.load %v553 : !llvm.ptr -> f32
          %v569 = arith.cmpi slt, %v548, %split1 : i64
          %v570 = arith.cmpi slt, %v548, %split2 : i64
          %v571 = arith.muli %m, %split1 : i64
          %v572 = arith.muli %m, %split2 : i64
          %v573 = arith.select %v570, %v571, %v572 : i64
          %v574 = arith.select %v569, %v16, %v573 : i64
          %v575 = arith.subi %split2, %split1 : i64
          %v576 = arith.subi %n, %split2 : i64
          %v577 = arith.select %v570, %v575, %v576 : i64
          %v578 = arith.select %v569, %split1, %v577 : i64
          %v579 = arith.select %v570, %split1, %split2 : i64
          %v580 = arith.select %v569, %v16, %v579 : i64
          %v581 = arith.muli %v549, %v578 : i64
          %v582 = arith.subi %v548, %v580 : i64
          %v583 = arith.addi %v574, %v581 : i64
          %v584 = arith.addi %v583, %v582 : i64
          %v585 = llvm.getelementptr %out[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v568, %v585 : f32, !llvm.ptr
          %v586 = llvm.mlir.zero : !llvm.ptr
          %v587 = llvm.icmp "ne" %conv_w, %v586 : !llvm.ptr
          %v588 = arith.andi %v587, %v569 : i1
          scf.if %v588 {
            %v589 = arith.subi %conv_k, %v15 : i64
            llvm.store %v57, %v590 : f32, !llvm.ptr
            %v591 = llvm.mlir.zero : !llvm.ptr
            %v592 = llvm.icmp "ne" %conv_b, %v591 : !llvm.ptr
            scf.if %v592 {
              %v593 = llvm.getelementptr %conv_b[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v594 = llvm.load %v593 : !llvm.ptr -> f32
              llvm.store %v594, %v590 : f32, !llvm.ptr
            }
            %v595 = arith.muli %v548, %conv_k : i64
            %v596 = arith.muli %v549, %v589 : i64
            scf.for %v597 = %v16 to %v589 step %v15 : i64 {
              %v598 = arith.addi %v596, %v597 : i64
              %v599 = arith.muli %v598, %split1 : i64
              %v600 = arith.addi %v599, %v548 : i64
              %v601 = llvm.getelementptr %conv_win[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v602 = llvm.load %v601 : !llvm.ptr -> f32
              %v603 = arith.addi %v595, %v597 : i64
              %v604 = llvm.getelementptr %conv_w[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v605 = llvm.load %v604 : !llvm.ptr -> f32
              %v606 = arith.mulf %v605, %v602 fastmath<contract> : f32
              %v607 = llvm.load %v590 : !llvm.ptr -> f32
              %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
              llvm.store %v608, %v590 : f32, !llvm.ptr
            }
            %v609 = arith.addi %v595, %v589 : i64
            %v610 = llvm.getelementptr %conv_w[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v611 = llvm.load %v610 : !llvm.ptr -> f32
            %v612 = arith.mulf %v611, %v568 fastmath<contract> : f32
            %v613 = llvm.load %v590 : !llvm.ptr -> f32
            %v614 = arith.addf %v613, %v612 fastmath<contract> : f32
            %v615 = arith.negf %v614 : f32
            %v617 = arith.mulf %v615, %v616 fastmath<contract> : f32
            %v618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v617) : (f32) -> f32
            %v619 = arith.addf %v545, %v618 fastmath<contract> : f32
            %v620 = arith.divf %v545, %v619 : f32
            %v621 = arith.mulf %v614, %v620 fastmath<contract> : f32
            %v622 = arith.cmpi eq, %conv_act, %v15 : i64
            %v623 = arith.select %v622, %v621, %v614 : f32
            %v624 = arith.muli %v549, %split1 : i64
            %v625 = arith.addi %v624, %v548 : i64
            %v626 = llvm.getelementptr %conv_out[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v623, %v626 : f32, !llvm.ptr
            %v627 = arith.subi %v589, %v15 : i64
            scf.for %v628 = %v16 to %v627 step %v15 : i64 {
              %v629 = arith.addi %v596, %v628 : i64
              %v630 = arith.muli %v629, %split1 : i64
              %v631 = arith.addi %v630, %v548 : i64
              %v632 = arith.addi %v631, %split1 : i64
              %v633 = llvm.getelementptr %conv_win[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v634 = llvm.load %v633 : !llvm.ptr -> f32
              %v635 = llvm.getelementptr %conv_win[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v634, %v635 : f32, !llvm.ptr
            }
            %v636 = arith.cmpi slt, %v16, %v589 : i64
            scf.if %v636 {
              %v637 = arith.addi %v596, %v627 : i64
              %v638 = arith.muli %v637, %split1 : i64
              %v639 = arith.addi %v638, %v548 : i64
              %v640 = llvm.getelementptr %conv_win[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v568, %v640 : f32, !llvm.ptr
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
      %v34 = arith.constant 2 : i64
      %v36 = arith.constant 128 : i64
      %v38 = arith.constant 32768 : i64
      %v58 = arith.constant 24 : i64
      %v73 = arith.constant 0x00000000 : f32
      %v74 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v100 = arith.constant 3 : i64
      %v623 = arith.constant 20 : i64
      %v624 = arith.constant 640 : i64
      %v657 = arith.constant 9 : i64
      %v684 = arith.constant 17 : i64
      %v711 = arith.constant 25 : i64
      %v732 = arith.constant 512 : i64
      %v736 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v737 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v746 = arith.constant 1280 : i64
      %v751 = arith.constant 1920 : i64
      %v756 = arith.constant 2560 : i64
      %v761 = arith.constant 3200 : i64
      %v766 = arith.constant 3840 : i64
      %v771 = arith.constant 4480 : i64
      %v776 = arith.constant 256 : i64
      %v781 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v782 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v816 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v818 = arith.constant 544 : i64
      %v843 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v854 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v873 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v910 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v935 = arith.constant 0x3F800000 : f32
      %v937 = arith.constant 0x3FB8AA3B : f32
      %v969 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1006 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
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
      %v28 = arith.cmpi slt, %v27, %n : i64
      scf.if %v28 {
        %v29 = arith.subi %n, %v27 : i64
        %v30 = arith.minsi %v29, %v20 : i64
        %v31 = arith.muli %v27, %k : i64
        %v32 = llvm.getelementptr %w[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v33 = arith.muli %v30, %k : i64
        %v35 = arith.muli %v33, %v34 : i64
        %v37 = arith.muli %v8, %v36 : i64
        scf.for %v39 = %v37 to %v35 step %v38 : i64 {
          %v40 = llvm.getelementptr %v32[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v40 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v41 = arith.subi %m, %v15 : i64
      %v42 = arith.subi %n, %v15 : i64
      %v43 = arith.subi %k, %v17 : i64
      %v44 = arith.addi %v26, %v13 : i64
      %v45 = arith.minsi %v44, %v41 : i64
      %v46 = arith.muli %v45, %x_stride : i64
      %v47 = llvm.getelementptr %x[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = arith.addi %v26, %v17 : i64
      %v49 = arith.addi %v48, %v13 : i64
      %v50 = arith.minsi %v49, %v41 : i64
      %v51 = arith.muli %v50, %x_stride : i64
      %v52 = llvm.getelementptr %x[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v53 = arith.addi %v26, %v20 : i64
      %v54 = arith.addi %v53, %v13 : i64
      %v55 = arith.minsi %v54, %v41 : i64
      %v56 = arith.muli %v55, %x_stride : i64
      %v57 = llvm.getelementptr %x[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v59 = arith.addi %v26, %v58 : i64
      %v60 = arith.addi %v59, %v13 : i64
      %v61 = arith.minsi %v60, %v41 : i64
      %v62 = arith.muli %v61, %x_stride : i64
      %v63 = llvm.getelementptr %x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = arith.addi %v27, %v13 : i64
      %v65 = arith.minsi %v64, %v42 : i64
      %v66 = arith.muli %v65, %k : i64
      %v67 = llvm.getelementptr %w[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v68 = arith.addi %v27, %v13 : i64
      %v69 = arith.addi %v68, %v17 : i64
      %v70 = arith.minsi %v69, %v42 : i64
      %v71 = arith.muli %v70, %k : i64
      %v72 = llvm.getelementptr %w[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v73, %v74 : f32, !llvm.ptr
      llvm.store %v73, %v75 : f32, !llvm.ptr
      llvm.store %v73, %v76 : f32, !llvm.ptr
      llvm.store %v73, %v77 : f32, !llvm.ptr
      llvm.store %v73, %v78 : f32, !llvm.ptr
      llvm.store %v73, %v79 : f32, !llvm.ptr
      llvm.store %v73, %v80 : f32, !llvm.ptr
      llvm.store %v73, %v81 : f32, !llvm.ptr
      llvm.store %v73, %v82 : f32, !llvm.ptr
      llvm.store %v73, %v83 : f32, !llvm.ptr
      llvm.store %v73, %v84 : f32, !llvm.ptr
      llvm.store %v73, %v85 : f32, !llvm.ptr
      llvm.store %v73, %v86 : f32, !llvm.ptr
      llvm.store %v73, %v87 : f32, !llvm.ptr
      llvm.store %v73, %v88 : f32, !llvm.ptr
      llvm.store %v73, %v89 : f32, !llvm.ptr
      llvm.store %v73, %v90 : f32, !llvm.ptr
      llvm.store %v73, %v91 : f32, !llvm.ptr
      llvm.store %v73, %v92 : f32, !llvm.ptr
      llvm.store %v73, %v93 : f32, !llvm.ptr
      %v94 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v95 = arith.addi %k, %v21 : i64
      %v96 = arith.divsi %v95, %v9 : i64
      %v97 = arith.muli %v19, %v17 : i64
      %v98 = arith.addi %v97, %v10 : i64
      %v99 = arith.muli %splits, %v17 : i64
      %v101 = arith.muli %v99, %v100 : i64
      scf.for %v102 = %v98 to %v96 step %v101 : i64 {
        %v103 = arith.muli %v14, %v17 : i64
        %v104 = arith.muli %v102, %v9 : i64
        %v105 = arith.addi %v104, %v103 : i64
        %v106 = arith.cmpi slt, %v105, %k : i64
        %v107 = arith.minsi %v105, %v43 : i64
        %v108 = llvm.getelementptr %v67[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v109 = llvm.load %v108 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v110 = llvm.getelementptr %v72[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v111 = llvm.load %v110 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v112 = arith.addi %v102, %v99 : i64
        %v113 = arith.muli %v112, %v9 : i64
        %v114 = arith.addi %v113, %v103 : i64
        %v115 = arith.cmpi slt, %v114, %k : i64
        %v116 = arith.minsi %v114, %v43 : i64
        %v117 = llvm.getelementptr %v67[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v118 = llvm.load %v117 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v119 = llvm.getelementptr %v72[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v120 = llvm.load %v119 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v121 = arith.muli %v34, %v99 : i64
        %v122 = arith.addi %v102, %v121 : i64
        %v123 = arith.muli %v122, %v9 : i64
        %v124 = arith.addi %v123, %v103 : i64
        %v125 = arith.cmpi slt, %v124, %k : i64
        %v126 = arith.minsi %v124, %v43 : i64
        %v127 = llvm.getelementptr %v67[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v128 = llvm.load %v127 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v129 = llvm.getelementptr %v72[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v130 = llvm.load %v129 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v131 = llvm.mlir.constant(0 : i32) : i32
        %v132 = llvm.extractelement %v109[%v131 : i32] : vector<4xi32>
        %v133 = llvm.mlir.constant(0 : i32) : i32
        %v134 = llvm.extractelement %v111[%v133 : i32] : vector<4xi32>
        %v135 = llvm.mlir.constant(1 : i32) : i32
        %v136 = llvm.extractelement %v109[%v135 : i32] : vector<4xi32>
        %v137 = llvm.mlir.constant(1 : i32) : i32
        %v138 = llvm.extractelement %v111[%v137 : i32] : vector<4xi32>
        %v139 = llvm.mlir.constant(2 : i32) : i32
        %v140 = llvm.extractelement %v109[%v139 : i32] : vector<4xi32>
        %v141 = llvm.mlir.constant(2 : i32) : i32
        %v142 = llvm.extractelement %v111[%v141 : i32] : vector<4xi32>
        %v143 = llvm.mlir.constant(3 : i32) : i32
        %v144 = llvm.extractelement %v109[%v143 : i32] : vector<4xi32>
        %v145 = llvm.mlir.constant(3 : i32) : i32
        %v146 = llvm.extractelement %v111[%v145 : i32] : vector<4xi32>
        %v147 = llvm.getelementptr %v47[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v148 = llvm.load %v147 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v149 = arith.addi %v107, %v12 : i64
        %v150 = llvm.getelementptr %v47[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v151 = llvm.load %v150 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v152 = llvm.select %v106, %v148, %v94 : i1, vector<4xf32>
        %v153 = llvm.select %v106, %v151, %v94 : i1, vector<4xf32>
        %v154 = llvm.shufflevector %v152, %v152 [0, 1] : vector<4xf32>
        %v155 = llvm.fptrunc %v154 : vector<2xf32> to vector<2xbf16>
        %v156 = llvm.bitcast %v155 : vector<2xbf16> to i32
        %v157 = llvm.shufflevector %v152, %v152 [2, 3] : vector<4xf32>
        %v158 = llvm.fptrunc %v157 : vector<2xf32> to vector<2xbf16>
        %v159 = llvm.bitcast %v158 : vector<2xbf16> to i32
        %v160 = llvm.shufflevector %v153, %v153 [0, 1] : vector<4xf32>
        %v161 = llvm.fptrunc %v160 : vector<2xf32> to vector<2xbf16>
        %v162 = llvm.bitcast %v161 : vector<2xbf16> to i32
        %v163 = llvm.shufflevector %v153, %v153 [2, 3] : vector<4xf32>
        %v164 = llvm.fptrunc %v163 : vector<2xf32> to vector<2xbf16>
        %v165 = llvm.bitcast %v164 : vector<2xbf16> to i32
        %v166 = llvm.load %v74 : !llvm.ptr -> f32
        %v167 = llvm.load %v75 : !llvm.ptr -> f32
        %v168 = llvm.load %v76 : !llvm.ptr -> f32
        %v169 = llvm.load %v77 : !llvm.ptr -> f32
        %v170 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v132, %v134, %v136, %v138, %v156, %v159, %v166, %v167, %v168, %v169 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v171 = llvm.extractvalue %v170[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v171, %v74 : f32, !llvm.ptr
        %v172 = llvm.extractvalue %v170[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v172, %v75 : f32, !llvm.ptr
        %v173 = llvm.extractvalue %v170[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v173, %v76 : f32, !llvm.ptr
        %v174 = llvm.extractvalue %v170[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v174, %v77 : f32, !llvm.ptr
        %v175 = llvm.load %v74 : !llvm.ptr -> f32
        %v176 = llvm.load %v75 : !llvm.ptr -> f32
        %v177 = llvm.load %v76 : !llvm.ptr -> f32
        %v178 = llvm.load %v77 : !llvm.ptr -> f32
        %v179 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v140, %v142, %v144, %v146, %v162, %v165, %v175, %v176, %v177, %v178 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v180 = llvm.extractvalue %v179[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v180, %v74 : f32, !llvm.ptr
        %v181 = llvm.extractvalue %v179[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v181, %v75 : f32, !llvm.ptr
        %v182 = llvm.extractvalue %v179[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v182, %v76 : f32, !llvm.ptr
        %v183 = llvm.extractvalue %v179[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v183, %v77 : f32, !llvm.ptr
        %v184 = llvm.getelementptr %v52[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v185 = llvm.load %v184 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v186 = arith.addi %v107, %v12 : i64
        %v187 = llvm.getelementptr %v52[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v188 = llvm.load %v187 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v189 = llvm.select %v106, %v185, %v94 : i1, vector<4xf32>
        %v190 = llvm.select %v106, %v188, %v94 : i1, vector<4xf32>
        %v191 = llvm.shufflevector %v189, %v189 [0, 1] : vector<4xf32>
        %v192 = llvm.fptrunc %v191 : vector<2xf32> to vector<2xbf16>
        %v193 = llvm.bitcast %v192 : vector<2xbf16> to i32
        %v194 = llvm.shufflevector %v189, %v189 [2, 3] : vector<4xf32>
        %v195 = llvm.fptrunc %v194 : vector<2xf32> to vector<2xbf16>
        %v196 = llvm.bitcast %v195 : vector<2xbf16> to i32
        %v197 = llvm.shufflevector %v190, %v190 [0, 1] : vector<4xf32>
        %v198 = llvm.fptrunc %v197 : vector<2xf32> to vector<2xbf16>
        %v199 = llvm.bitcast %v198 : vector<2xbf16> to i32
        %v200 = llvm.shufflevector %v190, %v190 [2, 3] : vector<4xf32>
        %v201 = llvm.fptrunc %v200 : vector<2xf32> to vector<2xbf16>
        %v202 = llvm.bitcast %v201 : vector<2xbf16> to i32
        %v203 = llvm.load %v78 : !llvm.ptr -> f32
        %v204 = llvm.load %v79 : !llvm.ptr -> f32
        %v205 = llvm.load %v80 : !llvm.ptr -> f32
        %v206 = llvm.load %v81 : !llvm.ptr -> f32
        %v207 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v132, %v134, %v136, %v138, %v193, %v196, %v203, %v204, %v205, %v206 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v208 = llvm.extractvalue %v207[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v208, %v78 : f32, !llvm.ptr
        %v209 = llvm.extractvalue %v207[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v209, %v79 : f32, !llvm.ptr
        %v210 = llvm.extractvalue %v207[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v210, %v80 : f32, !llvm.ptr
        %v211 = llvm.extractvalue %v207[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v211, %v81 : f32, !llvm.ptr
        %v212 = llvm.load %v78 : !llvm.ptr -> f32
        %v213 = llvm.load %v79 : !llvm.ptr -> f32
        %v214 = llvm.load %v80 : !llvm.ptr -> f32
        %v215 = llvm.load %v81 : !llvm.ptr -> f32
        %v216 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v140, %v142, %v144, %v146, %v199, %v202, %v212, %v213, %v214, %v215 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v217 = llvm.extractvalue %v216[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v217, %v78 : f32, !llvm.ptr
        %v218 = llvm.extractvalue %v216[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v218, %v79 : f32, !llvm.ptr
        %v219 = llvm.extractvalue %v216[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v219, %v80 : f32, !llvm.ptr
        %v220 = llvm.extractvalue %v216[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v220, %v81 : f32, !llvm.ptr
        %v221 = llvm.getelementptr %v57[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v222 = llvm.load %v221 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v223 = arith.addi %v107, %v12 : i64
        %v224 = llvm.getelementptr %v57[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v225 = llvm.load %v224 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v226 = llvm.select %v106, %v222, %v94 : i1, vector<4xf32>
        %v227 = llvm.select %v106, %v225, %v94 : i1, vector<4xf32>
        %v228 = llvm.shufflevector %v226, %v226 [0, 1] : vector<4xf32>
        %v229 = llvm.fptrunc %v228 : vector<2xf32> to vector<2xbf16>
        %v230 = llvm.bitcast %v229 : vector<2xbf16> to i32
        %v231 = llvm.shufflevector %v226, %v226 [2, 3] : vector<4xf32>
        %v232 = llvm.fptrunc %v231 : vector<2xf32> to vector<2xbf16>
        %v233 = llvm.bitcast %v232 : vector<2xbf16> to i32
        %v234 = llvm.shufflevector %v227, %v227 [0, 1] : vector<4xf32>
        %v235 = llvm.fptrunc %v234 : vector<2xf32> to vector<2xbf16>
        %v236 = llvm.bitcast %v235 : vector<2xbf16> to i32
        %v237 = llvm.shufflevector %v227, %v227 [2, 3] : vector<4xf32>
        %v238 = llvm.fptrunc %v237 : vector<2xf32> to vector<2xbf16>
        %v239 = llvm.bitcast %v238 : vector<2xbf16> to i32
        %v240 = llvm.load %v82 : !llvm.ptr -> f32
        %v241 = llvm.load %v83 : !llvm.ptr -> f32
        %v242 = llvm.load %v84 : !llvm.ptr -> f32
        %v243 = llvm.load %v85 : !llvm.ptr -> f32
        %v244 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v132, %v134, %v136, %v138, %v230, %v233, %v240, %v241, %v242, %v243 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v245 = llvm.extractvalue %v244[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v245, %v82 : f32, !llvm.ptr
        %v246 = llvm.extractvalue %v244[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v246, %v83 : f32, !llvm.ptr
        %v247 = llvm.extractvalue %v244[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v247, %v84 : f32, !llvm.ptr
        %v248 = llvm.extractvalue %v244[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v248, %v85 : f32, !llvm.ptr
        %v249 = llvm.load %v82 : !llvm.ptr -> f32
        %v250 = llvm.load %v83 : !llvm.ptr -> f32
        %v251 = llvm.load %v84 : !llvm.ptr -> f32
        %v252 = llvm.load %v85 : !llvm.ptr -> f32
        %v253 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v140, %v142, %v144, %v146, %v236, %v239, %v249, %v250, %v251, %v252 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v254 = llvm.extractvalue %v253[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v254, %v82 : f32, !llvm.ptr
        %v255 = llvm.extractvalue %v253[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v255, %v83 : f32, !llvm.ptr
        %v256 = llvm.extractvalue %v253[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v256, %v84 : f32, !llvm.ptr
        %v257 = llvm.extractvalue %v253[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v257, %v85 : f32, !llvm.ptr
        %v258 = llvm.getelementptr %v63[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v259 = llvm.load %v258 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v260 = arith.addi %v107, %v12 : i64
        %v261 = llvm.getelementptr %v63[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v262 = llvm.load %v261 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v263 = llvm.select %v106, %v259, %v94 : i1, vector<4xf32>
        %v264 = llvm.select %v106, %v262, %v94 : i1, vector<4xf32>
        %v265 = llvm.shufflevector %v263, %v263 [0, 1] : vector<4xf32>
        %v266 = llvm.fptrunc %v265 : vector<2xf32> to vector<2xbf16>
        %v267 = llvm.bitcast %v266 : vector<2xbf16> to i32
        %v268 = llvm.shufflevector %v263, %v263 [2, 3] : vector<4xf32>
        %v269 = llvm.fptrunc %v268 : vector<2xf32> to vector<2xbf16>
        %v270 = llvm.bitcast %v269 : vector<2xbf16> to i32
        %v271 = llvm.shufflevector %v264, %v264 [0, 1] : vector<4xf32>
        %v272 = llvm.fptrunc %v271 : vector<2xf32> to vector<2xbf16>
        %v273 = llvm.bitcast %v272 : vector<2xbf16> to i32
        %v274 = llvm.shufflevector %v264, %v264 [2, 3] : vector<4xf32>
        %v275 = llvm.fptrunc %v274 : vector<2xf32> to vector<2xbf16>
        %v276 = llvm.bitcast %v275 : vector<2xbf16> to i32
        %v277 = llvm.load %v86 : !llvm.ptr -> f32
        %v278 = llvm.load %v87 : !llvm.ptr -> f32
        %v279 = llvm.load %v88 : !llvm.ptr -> f32
        %v280 = llvm.load %v89 : !llvm.ptr -> f32
        %v281 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v132, %v134, %v136, %v138, %v267, %v270, %v277, %v278, %v279, %v280 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v282 = llvm.extractvalue %v281[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v282, %v86 : f32, !llvm.ptr
        %v283 = llvm.extractvalue %v281[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v283, %v87 : f32, !llvm.ptr
        %v284 = llvm.extractvalue %v281[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v284, %v88 : f32, !llvm.ptr
        %v285 = llvm.extractvalue %v281[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v285, %v89 : f32, !llvm.ptr
        %v286 = llvm.load %v86 : !llvm.ptr -> f32
        %v287 = llvm.load %v87 : !llvm.ptr -> f32
        %v288 = llvm.load %v88 : !llvm.ptr -> f32
        %v289 = llvm.load %v89 : !llvm.ptr -> f32
        %v290 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v140, %v142, %v144, %v146, %v273, %v276, %v286, %v287, %v288, %v289 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v291 = llvm.extractvalue %v290[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v291, %v86 : f32, !llvm.ptr
        %v292 = llvm.extractvalue %v290[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v292, %v87 : f32, !llvm.ptr
        %v293 = llvm.extractvalue %v290[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v293, %v88 : f32, !llvm.ptr
        %v294 = llvm.extractvalue %v290[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v294, %v89 : f32, !llvm.ptr
        %v295 = llvm.mlir.constant(0 : i32) : i32
        %v296 = llvm.extractelement %v118[%v295 : i32] : vector<4xi32>
        %v297 = llvm.mlir.constant(0 : i32) : i32
        %v298 = llvm.extractelement %v120[%v297 : i32] : vector<4xi32>
        %v299 = llvm.mlir.constant(1 : i32) : i32
        %v300 = llvm.extractelement %v118[%v299 : i32] : vector<4xi32>
        %v301 = llvm.mlir.constant(1 : i32) : i32
        %v302 = llvm.extractelement %v120[%v301 : i32] : vector<4xi32>
        %v303 = llvm.mlir.constant(2 : i32) : i32
        %v304 = llvm.extractelement %v118[%v303 : i32] : vector<4xi32>
        %v305 = llvm.mlir.constant(2 : i32) : i32
        %v306 = llvm.extractelement %v120[%v305 : i32] : vector<4xi32>
        %v307 = llvm.mlir.constant(3 : i32) : i32
        %v308 = llvm.extractelement %v118[%v307 : i32] : vector<4xi32>
        %v309 = llvm.mlir.constant(3 : i32) : i32
        %v310 = llvm.extractelement %v120[%v309 : i32] : vector<4xi32>
        %v311 = llvm.getelementptr %v47[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v312 = llvm.load %v311 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v313 = arith.addi %v116, %v12 : i64
        %v314 = llvm.getelementptr %v47[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v315 = llvm.load %v314 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v316 = llvm.select %v115, %v312, %v94 : i1, vector<4xf32>
        %v317 = llvm.select %v115, %v315, %v94 : i1, vector<4xf32>
        %v318 = llvm.shufflevector %v316, %v316 [0, 1] : vector<4xf32>
        %v319 = llvm.fptrunc %v318 : vector<2xf32> to vector<2xbf16>
        %v320 = llvm.bitcast %v319 : vector<2xbf16> to i32
        %v321 = llvm.shufflevector %v316, %v316 [2, 3] : vector<4xf32>
        %v322 = llvm.fptrunc %v321 : vector<2xf32> to vector<2xbf16>
        %v323 = llvm.bitcast %v322 : vector<2xbf16> to i32
        %v324 = llvm.shufflevector %v317, %v317 [0, 1] : vector<4xf32>
        %v325 = llvm.fptrunc %v324 : vector<2xf32> to vector<2xbf16>
        %v326 = llvm.bitcast %v325 : vector<2xbf16> to i32
        %v327 = llvm.shufflevector %v317, %v317 [2, 3] : vector<4xf32>
        %v328 = llvm.fptrunc %v327 : vector<2xf32> to vector<2xbf16>
        %v329 = llvm.bitcast %v328 : vector<2xbf16> to i32
        %v330 = llvm.load %v74 : !llvm.ptr -> f32
        %v331 = llvm.load %v75 : !llvm.ptr -> f32
        %v332 = llvm.load %v76 : !llvm.ptr -> f32
        %v333 = llvm.load %v77 : !llvm.ptr -> f32
        %v334 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v296, %v298, %v300, %v302, %v320, %v323, %v330, %v331, %v332, %v333 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v335 = llvm.extractvalue %v334[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v335, %v74 : f32, !llvm.ptr
        %v336 = llvm.extractvalue %v334[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v336, %v75 : f32, !llvm.ptr
        %v337 = llvm.extractvalue %v334[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v337, %v76 : f32, !llvm.ptr
        %v338 = llvm.extractvalue %v334[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v338, %v77 : f32, !llvm.ptr
        %v339 = llvm.load %v74 : !llvm.ptr -> f32
        %v340 = llvm.load %v75 : !llvm.ptr -> f32
        %v341 = llvm.load %v76 : !llvm.ptr -> f32
        %v342 = llvm.load %v77 : !llvm.ptr -> f32
        %v343 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v304, %v306, %v308, %v310, %v326, %v329, %v339, %v340, %v341, %v342 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v344 = llvm.extractvalue %v343[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v344, %v74 : f32, !llvm.ptr
        %v345 = llvm.extractvalue %v343[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v345, %v75 : f32, !llvm.ptr
        %v346 = llvm.extractvalue %v343[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v346, %v76 : f32, !llvm.ptr
        %v347 = llvm.extractvalue %v343[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v347, %v77 : f32, !llvm.ptr
        %v348 = llvm.getelementptr %v52[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v349 = llvm.load %v348 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v350 = arith.addi %v116, %v12 : i64
        %v351 = llvm.getelementptr %v52[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v352 = llvm.load %v351 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v353 = llvm.select %v115, %v349, %v94 : i1, vector<4xf32>
        %v354 = llvm.select %v115, %v352, %v94 : i1, vector<4xf32>
        %v355 = llvm.shufflevector %v353, %v353 [0, 1] : vector<4xf32>
        %v356 = llvm.fptrunc %v355 : vector<2xf32> to vector<2xbf16>
        %v357 = llvm.bitcast %v356 : vector<2xbf16> to i32
        %v358 = llvm.shufflevector %v353, %v353 [2, 3] : vector<4xf32>
        %v359 = llvm.fptrunc %v358 : vector<2xf32> to vector<2xbf16>
        %v360 = llvm.bitcast %v359 : vector<2xbf16> to i32
        %v361 = llvm.shufflevector %v354, %v354 [0, 1] : vector<4xf32>
        %v362 = llvm.fptrunc %v361 : vector<2xf32> to vector<2xbf16>
        %v363 = llvm.bitcast %v362 : vector<2xbf16> to i32
        %v364 = llvm.shufflevector %v354, %v354 [2, 3] : vector<4xf32>
        %v365 = llvm.fptrunc %v364 : vector<2xf32> to vector<2xbf16>
        %v366 = llvm.bitcast %v365 : vector<2xbf16> to i32
        %v367 = llvm.load %v78 : !llvm.ptr -> f32
        %v368 = llvm.load %v79 : !llvm.ptr -> f32
        %v369 = llvm.load %v80 : !llvm.ptr -> f32
        %v370 = llvm.load %v81 : !llvm.ptr -> f32
        %v371 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v296, %v298, %v300, %v302, %v357, %v360, %v367, %v368, %v369, %v370 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v372 = llvm.extractvalue %v371[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v372, %v78 : f32, !llvm.ptr
        %v373 = llvm.extractvalue %v371[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v373, %v79 : f32, !llvm.ptr
        %v374 = llvm.extractvalue %v371[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v374, %v80 : f32, !llvm.ptr
        %v375 = llvm.extractvalue %v371[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v375, %v81 : f32, !llvm.ptr
        %v376 = llvm.load %v78 : !llvm.ptr -> f32
        %v377 = llvm.load %v79 : !llvm.ptr -> f32
        %v378 = llvm.load %v80 : !llvm.ptr -> f32
        %v379 = llvm.load %v81 : !llvm.ptr -> f32
        %v380 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v304, %v306, %v308, %v310, %v363, %v366, %v376, %v377, %v378, %v379 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v381 = llvm.extractvalue %v380[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v381, %v78 : f32, !llvm.ptr
        %v382 = llvm.extractvalue %v380[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v382, %v79 : f32, !llvm.ptr
        %v383 = llvm.extractvalue %v380[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v383, %v80 : f32, !llvm.ptr
        %v384 = llvm.extractvalue %v380[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v384, %v81 : f32, !llvm.ptr
        %v385 = llvm.getelementptr %v57[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v386 = llvm.load %v385 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v387 = arith.addi %v116, %v12 : i64
        %v388 = llvm.getelementptr %v57[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v389 = llvm.load %v388 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v390 = llvm.select %v115, %v386, %v94 : i1, vector<4xf32>
        %v391 = llvm.select %v115, %v389, %v94 : i1, vector<4xf32>
        %v392 = llvm.shufflevector %v390, %v390 [0, 1] : vector<4xf32>
        %v393 = llvm.fptrunc %v392 : vector<2xf32> to vector<2xbf16>
        %v394 = llvm.bitcast %v393 : vector<2xbf16> to i32
        %v395 = llvm.shufflevector %v390, %v390 [2, 3] : vector<4xf32>
        %v396 = llvm.fptrunc %v395 : vector<2xf32> to vector<2xbf16>
        %v397 = llvm.bitcast %v396 : vector<2xbf16> to i32
        %v398 = llvm.shufflevector %v391, %v391 [0, 1] : vector<4xf32>
        %v399 = llvm.fptrunc %v398 : vector<2xf32> to vector<2xbf16>
        %v400 = llvm.bitcast %v399 : vector<2xbf16> to i32
        %v401 = llvm.shufflevector %v391, %v391 [2, 3] : vector<4xf32>
        %v402 = llvm.fptrunc %v401 : vector<2xf32> to vector<2xbf16>
        %v403 = llvm.bitcast %v402 : vector<2xbf16> to i32
        %v404 = llvm.load %v82 : !llvm.ptr -> f32
        %v405 = llvm.load %v83 : !llvm.ptr -> f32
        %v406 = llvm.load %v84 : !llvm.ptr -> f32
        %v407 = llvm.load %v85 : !llvm.ptr -> f32
        %v408 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v296, %v298, %v300, %v302, %v394, %v397, %v404, %v405, %v406, %v407 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v409 = llvm.extractvalue %v408[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v409, %v82 : f32, !llvm.ptr
        %v410 = llvm.extractvalue %v408[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v410, %v83 : f32, !llvm.ptr
        %v411 = llvm.extractvalue %v408[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v411, %v84 : f32, !llvm.ptr
        %v412 = llvm.extractvalue %v408[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v412, %v85 : f32, !llvm.ptr
        %v413 = llvm.load %v82 : !llvm.ptr -> f32
        %v414 = llvm.load %v83 : !llvm.ptr -> f32
        %v415 = llvm.load %v84 : !llvm.ptr -> f32
        %v416 = llvm.load %v85 : !llvm.ptr -> f32
        %v417 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v304, %v306, %v308, %v310, %v400, %v403, %v413, %v414, %v415, %v416 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v418 = llvm.extractvalue %v417[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v418, %v82 : f32, !llvm.ptr
        %v419 = llvm.extractvalue %v417[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v419, %v83 : f32, !llvm.ptr
        %v420 = llvm.extractvalue %v417[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v420, %v84 : f32, !llvm.ptr
        %v421 = llvm.extractvalue %v417[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v421, %v85 : f32, !llvm.ptr
        %v422 = llvm.getelementptr %v63[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v423 = llvm.load %v422 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v424 = arith.addi %v116, %v12 : i64
        %v425 = llvm.getelementptr %v63[%v424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v426 = llvm.load %v425 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v427 = llvm.select %v115, %v423, %v94 : i1, vector<4xf32>
        %v428 = llvm.select %v115, %v426, %v94 : i1, vector<4xf32>
        %v429 = llvm.shufflevector %v427, %v427 [0, 1] : vector<4xf32>
        %v430 = llvm.fptrunc %v429 : vector<2xf32> to vector<2xbf16>
        %v431 = llvm.bitcast %v430 : vector<2xbf16> to i32
        %v432 = llvm.shufflevector %v427, %v427 [2, 3] : vector<4xf32>
        %v433 = llvm.fptrunc %v432 : vector<2xf32> to vector<2xbf16>
        %v434 = llvm.bitcast %v433 : vector<2xbf16> to i32
        %v435 = llvm.shufflevector %v428, %v428 [0, 1] : vector<4xf32>
        %v436 = llvm.fptrunc %v435 : vector<2xf32> to vector<2xbf16>
        %v437 = llvm.bitcast %v436 : vector<2xbf16> to i32
        %v438 = llvm.shufflevector %v428, %v428 [2, 3] : vector<4xf32>
        %v439 = llvm.fptrunc %v438 : vector<2xf32> to vector<2xbf16>
        %v440 = llvm.bitcast %v439 : vector<2xbf16> to i32
        %v441 = llvm.load %v86 : !llvm.ptr -> f32
        %v442 = llvm.load %v87 : !llvm.ptr -> f32
        %v443 = llvm.load %v88 : !llvm.ptr -> f32
        %v444 = llvm.load %v89 : !llvm.ptr -> f32
        %v445 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v296, %v298, %v300, %v302, %v431, %v434, %v441, %v442, %v443, %v444 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v446 = llvm.extractvalue %v445[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v446, %v86 : f32, !llvm.ptr
        %v447 = llvm.extractvalue %v445[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v447, %v87 : f32, !llvm.ptr
        %v448 = llvm.extractvalue %v445[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v448, %v88 : f32, !llvm.ptr
        %v449 = llvm.extractvalue %v445[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v449, %v89 : f32, !llvm.ptr
        %v450 = llvm.load %v86 : !llvm.ptr -> f32
        %v451 = llvm.load %v87 : !llvm.ptr -> f32
        %v452 = llvm.load %v88 : !llvm.ptr -> f32
        %v453 = llvm.load %v89 : !llvm.ptr -> f32
        %v454 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v304, %v306, %v308, %v310, %v437, %v440, %v450, %v451, %v452, %v453 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v455 = llvm.extractvalue %v454[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v455, %v86 : f32, !llvm.ptr
        %v456 = llvm.extractvalue %v454[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v456, %v87 : f32, !llvm.ptr
        %v457 = llvm.extractvalue %v454[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v457, %v88 : f32, !llvm.ptr
        %v458 = llvm.extractvalue %v454[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v458, %v89 : f32, !llvm.ptr
        %v459 = llvm.mlir.constant(0 : i32) : i32
        %v460 = llvm.extractelement %v128[%v459 : i32] : vector<4xi32>
        %v461 = llvm.mlir.constant(0 : i32) : i32
        %v462 = llvm.extractelement %v130[%v461 : i32] : vector<4xi32>
        %v463 = llvm.mlir.constant(1 : i32) : i32
        %v464 = llvm.extractelement %v128[%v463 : i32] : vector<4xi32>
        %v465 = llvm.mlir.constant(1 : i32) : i32
        %v466 = llvm.extractelement %v130[%v465 : i32] : vector<4xi32>
        %v467 = llvm.mlir.constant(2 : i32) : i32
        %v468 = llvm.extractelement %v128[%v467 : i32] : vector<4xi32>
        %v469 = llvm.mlir.constant(2 : i32) : i32
        %v470 = llvm.extractelement %v130[%v469 : i32] : vector<4xi32>
        %v471 = llvm.mlir.constant(3 : i32) : i32
        %v472 = llvm.extractelement %v128[%v471 : i32] : vector<4xi32>
        %v473 = llvm.mlir.constant(3 : i32) : i32
        %v474 = llvm.extractelement %v130[%v473 : i32] : vector<4xi32>
        %v475 = llvm.getelementptr %v47[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v476 = llvm.load %v475 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v477 = arith.addi %v126, %v12 : i64
        %v478 = llvm.getelementptr %v47[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v479 = llvm.load %v478 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v480 = llvm.select %v125, %v476, %v94 : i1, vector<4xf32>
        %v481 = llvm.select %v125, %v479, %v94 : i1, vector<4xf32>
        %v482 = llvm.shufflevector %v480, %v480 [0, 1] : vector<4xf32>
        %v483 = llvm.fptrunc %v482 : vector<2xf32> to vector<2xbf16>
        %v484 = llvm.bitcast %v483 : vector<2xbf16> to i32
        %v485 = llvm.shufflevector %v480, %v480 [2, 3] : vector<4xf32>
        %v486 = llvm.fptrunc %v485 : vector<2xf32> to vector<2xbf16>
        %v487 = llvm.bitcast %v486 : vector<2xbf16> to i32
        %v488 = llvm.shufflevector %v481, %v481 [0, 1] : vector<4xf32>
        %v489 = llvm.fptrunc %v488 : vector<2xf32> to vector<2xbf16>
        %v490 = llvm.bitcast %v489 : vector<2xbf16> to i32
        %v491 = llvm.shufflevector %v481, %v481 [2, 3] : vector<4xf32>
        %v492 = llvm.fptrunc %v491 : vector<2xf32> to vector<2xbf16>
        %v493 = llvm.bitcast %v492 : vector<2xbf16> to i32
        %v494 = llvm.load %v74 : !llvm.ptr -> f32
        %v495 = llvm.load %v75 : !llvm.ptr -> f32
        %v496 = llvm.load %v76 : !llvm.ptr -> f32
        %v497 = llvm.load %v77 : !llvm.ptr -> f32
        %v498 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v460, %v462, %v464, %v466, %v484, %v487, %v494, %v495, %v496, %v497 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v499 = llvm.extractvalue %v498[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v499, %v74 : f32, !llvm.ptr
        %v500 = llvm.extractvalue %v498[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v500, %v75 : f32, !llvm.ptr
        %v501 = llvm.extractvalue %v498[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v501, %v76 : f32, !llvm.ptr
        %v502 = llvm.extractvalue %v498[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v502, %v77 : f32, !llvm.ptr
        %v503 = llvm.load %v74 : !llvm.ptr -> f32
        %v504 = llvm.load %v75 : !llvm.ptr -> f32
        %v505 = llvm.load %v76 : !llvm.ptr -> f32
        %v506 = llvm.load %v77 : !llvm.ptr -> f32
        %v507 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v468, %v470, %v472, %v474, %v490, %v493, %v503, %v504, %v505, %v506 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v508 = llvm.extractvalue %v507[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v508, %v74 : f32, !llvm.ptr
        %v509 = llvm.extractvalue %v507[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v509, %v75 : f32, !llvm.ptr
        %v510 = llvm.extractvalue %v507[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v510, %v76 : f32, !llvm.ptr
        %v511 = llvm.extractvalue %v507[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v511, %v77 : f32, !llvm.ptr
        %v512 = llvm.getelementptr %v52[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v513 = llvm.load %v512 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v514 = arith.addi %v126, %v12 : i64
        %v515 = llvm.getelementptr %v52[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v516 = llvm.load %v515 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v517 = llvm.select %v125, %v513, %v94 : i1, vector<4xf32>
        %v518 = llvm.select %v125, %v516, %v94 : i1, vector<4xf32>
        %v519 = llvm.shufflevector %v517, %v517 [0, 1] : vector<4xf32>
        %v520 = llvm.fptrunc %v519 : vector<2xf32> to vector<2xbf16>
        %v521 = llvm.bitcast %v520 : vector<2xbf16> to i32
        %v522 = llvm.shufflevector %v517, %v517 [2, 3] : vector<4xf32>
        %v523 = llvm.fptrunc %v522 : vector<2xf32> to vector<2xbf16>
        %v524 = llvm.bitcast %v523 : vector<2xbf16> to i32
        %v525 = llvm.shufflevector %v518, %v518 [0, 1] : vector<4xf32>
        %v526 = llvm.fptrunc %v525 : vector<2xf32> to vector<2xbf16>
        %v527 = llvm.bitcast %v526 : vector<2xbf16> to i32
        %v528 = llvm.shufflevector %v518, %v518 [2, 3] : vector<4xf32>
        %v529 = llvm.fptrunc %v528 : vector<2xf32> to vector<2xbf16>
        %v530 = llvm.bitcast %v529 : vector<2xbf16> to i32
        %v531 = llvm.load %v78 : !llvm.ptr -> f32
        %v532 = llvm.load %v79 : !llvm.ptr -> f32
        %v533 = llvm.load %v80 : !llvm.ptr -> f32
        %v534 = llvm.load %v81 : !llvm.ptr -> f32
        %v535 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v460, %v462, %v464, %v466, %v521, %v524, %v531, %v532, %v533, %v534 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v536 = llvm.extractvalue %v535[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v536, %v78 : f32, !llvm.ptr
        %v537 = llvm.extractvalue %v535[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v537, %v79 : f32, !llvm.ptr
        %v538 = llvm.extractvalue %v535[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v538, %v80 : f32, !llvm.ptr
        %v539 = llvm.extractvalue %v535[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v539, %v81 : f32, !llvm.ptr
        %v540 = llvm.load %v78 : !llvm.ptr -> f32
        %v541 = llvm.load %v79 : !llvm.ptr -> f32
        %v542 = llvm.load %v80 : !llvm.ptr -> f32
        %v543 = llvm.load %v81 : !llvm.ptr -> f32
        %v544 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v468, %v470, %v472, %v474, %v527, %v530, %v540, %v541, %v542, %v543 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v545 = llvm.extractvalue %v544[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v545, %v78 : f32, !llvm.ptr
        %v546 = llvm.extractvalue %v544[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v546, %v79 : f32, !llvm.ptr
        %v547 = llvm.extractvalue %v544[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v547, %v80 : f32, !llvm.ptr
        %v548 = llvm.extractvalue %v544[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v548, %v81 : f32, !llvm.ptr
        %v549 = llvm.getelementptr %v57[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v550 = llvm.load %v549 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v551 = arith.addi %v126, %v12 : i64
        %v552 = llvm.getelementptr %v57[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v553 = llvm.load %v552 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v554 = llvm.select %v125, %v550, %v94 : i1, vector<4xf32>
        %v555 = llvm.select %v125, %v553, %v94 : i1, vector<4xf32>
        %v556 = llvm.shufflevector %v554, %v554 [0, 1] : vector<4xf32>
        %v557 = llvm.fptrunc %v556 : vector<2xf32> to vector<2xbf16>
        %v558 = llvm.bitcast %v557 : vector<2xbf16> to i32
        %v559 = llvm.shufflevector %v554, %v554 [2, 3] : vector<4xf32>
        %v560 = llvm.fptrunc %v559 : vector<2xf32> to vector<2xbf16>
        %v561 = llvm.bitcast %v560 : vector<2xbf16> to i32
        %v562 = llvm.shufflevector %v555, %v555 [0, 1] : vector<4xf32>
        %v563 = llvm.fptrunc %v562 : vector<2xf32> to vector<2xbf16>
        %v564 = llvm.bitcast %v563 : vector<2xbf16> to i32
        %v565 = llvm.shufflevector %v555, %v555 [2, 3] : vector<4xf32>
        %v566 = llvm.fptrunc %v565 : vector<2xf32> to vector<2xbf16>
        %v567 = llvm.bitcast %v566 : vector<2xbf16> to i32
        %v568 = llvm.load %v82 : !llvm.ptr -> f32
        %v569 = llvm.load %v83 : !llvm.ptr -> f32
        %v570 = llvm.load %v84 : !llvm.ptr -> f32
        %v571 = llvm.load %v85 : !llvm.ptr -> f32
        %v572 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v460, %v462, %v464, %v466, %v558, %v561, %v568, %v569, %v570, %v571 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v573 = llvm.extractvalue %v572[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v573, %v82 : f32, !llvm.ptr
        %v574 = llvm.extractvalue %v572[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v574, %v83 : f32, !llvm.ptr
        %v575 = llvm.extractvalue %v572[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v575, %v84 : f32, !llvm.ptr
        %v576 = llvm.extractvalue %v572[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v576, %v85 : f32, !llvm.ptr
        %v577 = llvm.load %v82 : !llvm.ptr -> f32
        %v578 = llvm.load %v83 : !llvm.ptr -> f32
        %v579 = llvm.load %v84 : !llvm.ptr -> f32
        %v580 = llvm.load %v85 : !llvm.ptr -> f32
        %v581 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v468, %v470, %v472, %v474, %v564, %v567, %v577, %v578, %v579, %v580 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v582 = llvm.extractvalue %v581[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v582, %v82 : f32, !llvm.ptr
        %v583 = llvm.extractvalue %v581[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v583, %v83 : f32, !llvm.ptr
        %v584 = llvm.extractvalue %v581[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v584, %v84 : f32, !llvm.ptr
        %v585 = llvm.extractvalue %v581[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v585, %v85 : f32, !llvm.ptr
        %v586 = llvm.getelementptr %v63[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v587 = llvm.load %v586 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v588 = arith.addi %v126, %v12 : i64
        %v589 = llvm.getelementptr %v63[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v590 = llvm.load %v589 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v591 = llvm.select %v125, %v587, %v94 : i1, vector<4xf32>
        %v592 = llvm.select %v125, %v590, %v94 : i1, vector<4xf32>
        %v593 = llvm.shufflevector %v591, %v591 [0, 1] : vector<4xf32>
        %v594 = llvm.fptrunc %v593 : vector<2xf32> to vector<2xbf16>
        %v595 = llvm.bitcast %v594 : vector<2xbf16> to i32
        %v596 = llvm.shufflevector %v591, %v591 [2, 3] : vector<4xf32>
        %v597 = llvm.fptrunc %v596 : vector<2xf32> to vector<2xbf16>
        %v598 = llvm.bitcast %v597 : vector<2xbf16> to i32
        %v599 = llvm.shufflevector %v592, %v592 [0, 1] : vector<4xf32>
        %v600 = llvm.fptrunc %v599 : vector<2xf32> to vector<2xbf16>
        %v601 = llvm.bitcast %v600 : vector<2xbf16> to i32
        %v602 = llvm.shufflevector %v592, %v592 [2, 3] : vector<4xf32>
        %v603 = llvm.fptrunc %v602 : vector<2xf32> to vector<2xbf16>
        %v604 = llvm.bitcast %v603 : vector<2xbf16> to i32
        %v605 = llvm.load %v86 : !llvm.ptr -> f32
        %v606 = llvm.load %v87 : !llvm.ptr -> f32
        %v607 = llvm.load %v88 : !llvm.ptr -> f32
        %v608 = llvm.load %v89 : !llvm.ptr -> f32
        %v609 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v460, %v462, %v464, %v466, %v595, %v598, %v605, %v606, %v607, %v608 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v610 = llvm.extractvalue %v609[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v610, %v86 : f32, !llvm.ptr
        %v611 = llvm.extractvalue %v609[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v611, %v87 : f32, !llvm.ptr
        %v612 = llvm.extractvalue %v609[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v612, %v88 : f32, !llvm.ptr
        %v613 = llvm.extractvalue %v609[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v613, %v89 : f32, !llvm.ptr
        %v614 = llvm.load %v86 : !llvm.ptr -> f32
        %v615 = llvm.load %v87 : !llvm.ptr -> f32
        %v616 = llvm.load %v88 : !llvm.ptr -> f32
        %v617 = llvm.load %v89 : !llvm.ptr -> f32
        %v618 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v468, %v470, %v472, %v474, %v601, %v604, %v614, %v615, %v616, %v617 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v619 = llvm.extractvalue %v618[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v619, %v86 : f32, !llvm.ptr
        %v620 = llvm.extractvalue %v618[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v620, %v87 : f32, !llvm.ptr
        %v621 = llvm.extractvalue %v618[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v621, %v88 : f32, !llvm.ptr
        %v622 = llvm.extractvalue %v618[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v622, %v89 : f32, !llvm.ptr
      }
      %v625 = arith.muli %v10, %v624 : i64
      %v626 = arith.muli %v14, %v34 : i64
      %v627 = arith.muli %v626, %v623 : i64
      %v628 = arith.addi %v625, %v627 : i64
      %v629 = arith.addi %v628, %v13 : i64
      %v630 = llvm.load %v74 : !llvm.ptr -> f32
      %v631 = llvm.getelementptr %v2[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v630, %v631 : f32, !llvm.ptr
      %v632 = arith.addi %v626, %v15 : i64
      %v633 = arith.muli %v632, %v623 : i64
      %v634 = arith.addi %v625, %v633 : i64
      %v635 = arith.addi %v634, %v13 : i64
      %v636 = llvm.load %v75 : !llvm.ptr -> f32
      %v637 = llvm.getelementptr %v2[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v636, %v637 : f32, !llvm.ptr
      %v638 = arith.addi %v13, %v17 : i64
      %v639 = arith.muli %v626, %v623 : i64
      %v640 = arith.addi %v625, %v639 : i64
      %v641 = arith.addi %v640, %v638 : i64
      %v642 = llvm.load %v76 : !llvm.ptr -> f32
      %v643 = llvm.getelementptr %v2[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v642, %v643 : f32, !llvm.ptr
      %v644 = arith.addi %v626, %v15 : i64
      %v645 = arith.addi %v13, %v17 : i64
      %v646 = arith.muli %v644, %v623 : i64
      %v647 = arith.addi %v625, %v646 : i64
      %v648 = arith.addi %v647, %v645 : i64
      %v649 = llvm.load %v77 : !llvm.ptr -> f32
      %v650 = llvm.getelementptr %v2[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v649, %v650 : f32, !llvm.ptr
      %v651 = arith.addi %v626, %v17 : i64
      %v652 = arith.muli %v651, %v623 : i64
      %v653 = arith.addi %v625, %v652 : i64
      %v654 = arith.addi %v653, %v13 : i64
      %v655 = llvm.load %v78 : !llvm.ptr -> f32
      %v656 = llvm.getelementptr %v2[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v655, %v656 : f32, !llvm.ptr
      %v658 = arith.addi %v626, %v657 : i64
      %v659 = arith.muli %v658, %v623 : i64
      %v660 = arith.addi %v625, %v659 : i64
      %v661 = arith.addi %v660, %v13 : i64
      %v662 = llvm.load %v79 : !llvm.ptr -> f32
      %v663 = llvm.getelementptr %v2[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v662, %v663 : f32, !llvm.ptr
      %v664 = arith.addi %v626, %v17 : i64
      %v665 = arith.addi %v13, %v17 : i64
      %v666 = arith.muli %v664, %v623 : i64
      %v667 = arith.addi %v625, %v666 : i64
      %v668 = arith.addi %v667, %v665 : i64
      %v669 = llvm.load %v80 : !llvm.ptr -> f32
      %v670 = llvm.getelementptr %v2[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v669, %v670 : f32, !llvm.ptr
      %v671 = arith.addi %v626, %v657 : i64
      %v672 = arith.addi %v13, %v17 : i64
      %v673 = arith.muli %v671, %v623 : i64
      %v674 = arith.addi %v625, %v673 : i64
      %v675 = arith.addi %v674, %v672 : i64
      %v676 = llvm.load %v81 : !llvm.ptr -> f32
      %v677 = llvm.getelementptr %v2[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v676, %v677 : f32, !llvm.ptr
      %v678 = arith.addi %v626, %v20 : i64
      %v679 = arith.muli %v678, %v623 : i64
      %v680 = arith.addi %v625, %v679 : i64
      %v681 = arith.addi %v680, %v13 : i64
      %v682 = llvm.load %v82 : !llvm.ptr -> f32
      %v683 = llvm.getelementptr %v2[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v682, %v683 : f32, !llvm.ptr
      %v685 = arith.addi %v626, %v684 : i64
      %v686 = arith.muli %v685, %v623 : i64
      %v687 = arith.addi %v625, %v686 : i64
      %v688 = arith.addi %v687, %v13 : i64
      %v689 = llvm.load %v83 : !llvm.ptr -> f32
      %v690 = llvm.getelementptr %v2[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v689, %v690 : f32, !llvm.ptr
      %v691 = arith.addi %v626, %v20 : i64
      %v692 = arith.addi %v13, %v17 : i64
      %v693 = arith.muli %v691, %v623 : i64
      %v694 = arith.addi %v625, %v693 : i64
      %v695 = arith.addi %v694, %v692 : i64
      %v696 = llvm.load %v84 : !llvm.ptr -> f32
      %v697 = llvm.getelementptr %v2[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v696, %v697 : f32, !llvm.ptr
      %v698 = arith.addi %v626, %v684 : i64
      %v699 = arith.addi %v13, %v17 : i64
      %v700 = arith.muli %v698, %v623 : i64
      %v701 = arith.addi %v625, %v700 : i64
      %v702 = arith.addi %v701, %v699 : i64
      %v703 = llvm.load %v85 : !llvm.ptr -> f32
      %v704 = llvm.getelementptr %v2[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v703, %v704 : f32, !llvm.ptr
      %v705 = arith.addi %v626, %v58 : i64
      %v706 = arith.muli %v705, %v623 : i64
      %v707 = arith.addi %v625, %v706 : i64
      %v708 = arith.addi %v707, %v13 : i64
      %v709 = llvm.load %v86 : !llvm.ptr -> f32
      %v710 = llvm.getelementptr %v2[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v709, %v710 : f32, !llvm.ptr
      %v712 = arith.addi %v626, %v711 : i64
      %v713 = arith.muli %v712, %v623 : i64
      %v714 = arith.addi %v625, %v713 : i64
      %v715 = arith.addi %v714, %v13 : i64
      %v716 = llvm.load %v87 : !llvm.ptr -> f32
      %v717 = llvm.getelementptr %v2[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v716, %v717 : f32, !llvm.ptr
      %v718 = arith.addi %v626, %v58 : i64
      %v719 = arith.addi %v13, %v17 : i64
      %v720 = arith.muli %v718, %v623 : i64
      %v721 = arith.addi %v625, %v720 : i64
      %v722 = arith.addi %v721, %v719 : i64
      %v723 = llvm.load %v88 : !llvm.ptr -> f32
      %v724 = llvm.getelementptr %v2[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v723, %v724 : f32, !llvm.ptr
      %v725 = arith.addi %v626, %v711 : i64
      %v726 = arith.addi %v13, %v17 : i64
      %v727 = arith.muli %v725, %v623 : i64
      %v728 = arith.addi %v625, %v727 : i64
      %v729 = arith.addi %v728, %v726 : i64
      %v730 = llvm.load %v89 : !llvm.ptr -> f32
      %v731 = llvm.getelementptr %v2[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v730, %v731 : f32, !llvm.ptr
      gpu.barrier
      %v733 = arith.cmpi slt, %v8, %v732 : i64
      %v734 = arith.divsi %v8, %v20 : i64
      %v735 = arith.remsi %v8, %v20 : i64
      llvm.store %v73, %v736 : f32, !llvm.ptr
      llvm.store %v73, %v737 : f32, !llvm.ptr
      scf.if %v733 {
        %v738 = arith.muli %v734, %v623 : i64
        %v739 = arith.addi %v738, %v735 : i64
        %v740 = llvm.getelementptr %v2[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v741 = llvm.load %v740 : !llvm.ptr -> f32
        %v742 = arith.addi %v739, %v624 : i64
        %v743 = llvm.getelementptr %v2[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v744 = llvm.load %v743 : !llvm.ptr -> f32
        %v745 = arith.addf %v741, %v744 fastmath<contract> : f32
        %v747 = arith.addi %v739, %v746 : i64
        %v748 = llvm.getelementptr %v2[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v749 = llvm.load %v748 : !llvm.ptr -> f32
        %v750 = arith.addf %v745, %v749 fastmath<contract> : f32
        %v752 = arith.addi %v739, %v751 : i64
        %v753 = llvm.getelementptr %v2[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v754 = llvm.load %v753 : !llvm.ptr -> f32
        %v755 = arith.addf %v750, %v754 fastmath<contract> : f32
        %v757 = arith.addi %v739, %v756 : i64
        %v758 = llvm.getelementptr %v2[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v759 = llvm.load %v758 : !llvm.ptr -> f32
        %v760 = arith.addf %v755, %v759 fastmath<contract> : f32
        %v762 = arith.addi %v739, %v761 : i64
        %v763 = llvm.getelementptr %v2[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v764 = llvm.load %v763 : !llvm.ptr -> f32
        %v765 = arith.addf %v760, %v764 fastmath<contract> : f32
        %v767 = arith.addi %v739, %v766 : i64
        %v768 = llvm.getelementptr %v2[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v769 = llvm.load %v768 : !llvm.ptr -> f32
        %v770 = arith.addf %v765, %v769 fastmath<contract> : f32
        %v772 = arith.addi %v739, %v771 : i64
        %v773 = llvm.getelementptr %v2[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v774 = llvm.load %v773 : !llvm.ptr -> f32
        %v775 = arith.addf %v770, %v774 fastmath<contract> : f32
        llvm.store %v775, %v736 : f32, !llvm.ptr
      }
      %v777 = arith.addi %v8, %v776 : i64
      %v778 = arith.cmpi slt, %v777, %v732 : i64
      %v779 = arith.divsi %v777, %v20 : i64
      %v780 = arith.remsi %v777, %v20 : i64
      llvm.store %v73, %v781 : f32, !llvm.ptr
      llvm.store %v73, %v782 : f32, !llvm.ptr
      scf.if %v778 {
        %v783 = arith.muli %v779, %v623 : i64
        %v784 = arith.addi %v783, %v780 : i64
        %v785 = llvm.getelementptr %v2[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v786 = llvm.load %v785 : !llvm.ptr -> f32
        %v787 = arith.addi %v784, %v624 : i64
        %v788 = llvm.getelementptr %v2[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v789 = llvm.load %v788 : !llvm.ptr -> f32
        %v790 = arith.addf %v786, %v789 fastmath<contract> : f32
        %v791 = arith.addi %v784, %v746 : i64
        %v792 = llvm.getelementptr %v2[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v793 = llvm.load %v792 : !llvm.ptr -> f32
        %v794 = arith.addf %v790, %v793 fastmath<contract> : f32
        %v795 = arith.addi %v784, %v751 : i64
        %v796 = llvm.getelementptr %v2[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v797 = llvm.load %v796 : !llvm.ptr -> f32
        %v798 = arith.addf %v794, %v797 fastmath<contract> : f32
        %v799 = arith.addi %v784, %v756 : i64
        %v800 = llvm.getelementptr %v2[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v801 = llvm.load %v800 : !llvm.ptr -> f32
        %v802 = arith.addf %v798, %v801 fastmath<contract> : f32
        %v803 = arith.addi %v784, %v761 : i64
        %v804 = llvm.getelementptr %v2[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v805 = llvm.load %v804 : !llvm.ptr -> f32
        %v806 = arith.addf %v802, %v805 fastmath<contract> : f32
        %v807 = arith.addi %v784, %v766 : i64
        %v808 = llvm.getelementptr %v2[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v809 = llvm.load %v808 : !llvm.ptr -> f32
        %v810 = arith.addf %v806, %v809 fastmath<contract> : f32
        %v811 = arith.addi %v784, %v771 : i64
        %v812 = llvm.getelementptr %v2[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v813 = llvm.load %v812 : !llvm.ptr -> f32
        %v814 = arith.addf %v810, %v813 fastmath<contract> : f32
        llvm.store %v814, %v781 : f32, !llvm.ptr
      }
      %v815 = arith.constant true
      llvm.store %v815, %v816 : i1, !llvm.ptr
      %v817 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v817 {
        %v819 = arith.muli %v18, %splits : i64
        %v820 = arith.addi %v819, %v19 : i64
        %v821 = arith.muli %v820, %v818 : i64
        scf.if %v733 {
          %v822 = arith.addi %v821, %v8 : i64
          %v823 = llvm.load %v736 : !llvm.ptr -> f32
          %v824 = llvm.getelementptr %ws[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v823, %v824 : f32, !llvm.ptr
        }
        scf.if %v778 {
          %v825 = arith.addi %v821, %v777 : i64
          %v826 = llvm.load %v781 : !llvm.ptr -> f32
          %v827 = llvm.getelementptr %ws[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v826, %v827 : f32, !llvm.ptr
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v828 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v828 {
          %v829 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v830 = arith.constant 1 : i32
          %v831 = llvm.atomicrmw add %v829, %v830 acq_rel : !llvm.ptr, i32
          %v832 = arith.trunci %splits : i64 to i32
          %v833 = arith.subi %v832, %v830 : i32
          %v834 = arith.cmpi eq, %v831, %v833 : i32
          %v835 = arith.uitofp %v834 : i1 to f32
          %v836 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v835, %v836 : f32, !llvm.ptr
          scf.if %v834 {
            %v837 = arith.constant 0 : i32
            llvm.store %v837, %v829 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v838 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v839 = llvm.load %v838 : !llvm.ptr -> f32
        %v840 = arith.cmpf one, %v839, %v73 : f32
        llvm.store %v840, %v816 : i1, !llvm.ptr
        scf.if %v840 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v841 = arith.muli %v18, %splits : i64
          %v842 = arith.muli %v841, %v818 : i64
          scf.if %v733 {
            llvm.store %v73, %v843 : f32, !llvm.ptr
            scf.for %v844 = %v16 to %splits step %v15 : i64 {
              %v845 = arith.muli %v844, %v818 : i64
              %v846 = arith.addi %v845, %v842 : i64
              %v847 = arith.addi %v846, %v8 : i64
              %v848 = llvm.getelementptr %ws[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v849 = llvm.ptrtoint %v848 : !llvm.ptr to i64
              %v850 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v849 : (i64) -> f32
              %v851 = llvm.load %v843 : !llvm.ptr -> f32
              %v852 = arith.addf %v851, %v850 fastmath<contract> : f32
              llvm.store %v852, %v843 : f32, !llvm.ptr
            }
            %v853 = llvm.load %v843 : !llvm.ptr -> f32
            llvm.store %v853, %v736 : f32, !llvm.ptr
          }
          scf.if %v778 {
            llvm.store %v73, %v854 : f32, !llvm.ptr
            scf.for %v855 = %v16 to %splits step %v15 : i64 {
              %v856 = arith.muli %v855, %v818 : i64
              %v857 = arith.addi %v856, %v842 : i64
              %v858 = arith.addi %v857, %v777 : i64
              %v859 = llvm.getelementptr %ws[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v860 = llvm.ptrtoint %v859 : !llvm.ptr to i64
              %v861 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v860 : (i64) -> f32
              %v862 = llvm.load %v854 : !llvm.ptr -> f32
              %v863 = arith.addf %v862, %v861 fastmath<contract> : f32
              llvm.store %v863, %v854 : f32, !llvm.ptr
            }
            %v864 = llvm.load %v854 : !llvm.ptr -> f32
            llvm.store %v864, %v781 : f32, !llvm.ptr
          }
        }
      }
      %v865 = llvm.load %v816 : !llvm.ptr -> i1
      %v866 = arith.andi %v733, %v865 : i1
      scf.if %v866 {
        %v867 = llvm.load %v736 : !llvm.ptr -> f32
        %v868 = arith.addi %v27, %v735 : i64
        %v869 = arith.addi %v26, %v734 : i64
        %v870 = arith.cmpi slt, %v868, %n : i64
        %v871 = arith.cmpi slt, %v869, %m : i64
        %v872 = arith.andi %v870, %v871 : i1
        scf.if %v872 {
          llvm.store %v867, %v873 : f32, !llvm.ptr
          %v874 = llvm.mlir.zero : !llvm.ptr
          %v875 = llvm.icmp "ne" %bias, %v874 : !llvm.ptr
          scf.if %v875 {
            %v876 = llvm.getelementptr %bias[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v877 = llvm.load %v876 : !llvm.ptr -> f32
            %v878 = llvm.load %v873 : !llvm.ptr -> f32
            %v879 = arith.addf %v878, %v877 fastmath<contract> : f32
            llvm.store %v879, %v873 : f32, !llvm.ptr
          }
          %v880 = llvm.mlir.zero : !llvm.ptr
          %v881 = llvm.icmp "ne" %add, %v880 : !llvm.ptr
          scf.if %v881 {
            %v882 = arith.muli %v869, %add_stride : i64
            %v883 = arith.addi %v882, %v868 : i64
            %v884 = llvm.getelementptr %add[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v885 = llvm.load %v884 : !llvm.ptr -> f32
            %v886 = llvm.load %v873 : !llvm.ptr -> f32
            %v887 = arith.addf %v886, %v885 fastmath<contract> : f32
            llvm.store %v887, %v873 : f32, !llvm.ptr
          }
          %v888 = llvm.load %v873 : !llvm.ptr -> f32
          %v889 = arith.cmpi slt, %v868, %split1 : i64
          %v890 = arith.cmpi slt, %v868, %split2 : i64
          %v891 = arith.muli %m, %split1 : i64
          %v892 = arith.muli %m, %split2 : i64
          %v893 = arith.select %v890, %v891, %v892 : i64
          %v894 = arith.select %v889, %v16, %v893 : i64
          %v895 = arith.subi %split2, %split1 : i64
          %v896 = arith.subi %n, %split2 : i64
          %v897 = arith.select %v890, %v895, %v896 : i64
          %v898 = arith.select %v889, %split1, %v897 : i64
          %v899 = arith.select %v890, %split1, %split2 : i64
          %v900 = arith.select %v889, %v16, %v899 : i64
          %v901 = arith.muli %v869, %v898 : i64
          %v902 = arith.subi %v868, %v900 : i64
          %v903 = arith.addi %v894, %v901 : i64
          %v904 = arith.addi %v903, %v902 : i64
          %v905 = llvm.getelementptr %out[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v888, %v905 : f32, !llvm.ptr
          %v906 = llvm.mlir.zero : !llvm.ptr
          %v907 = llvm.icmp "ne" %conv_w, %v906 : !llvm.ptr
          %v908 = arith.andi %v907, %v889 : i1
          scf.if %v908 {
            %v909 = arith.subi %conv_k, %v15 : i64
            llvm.store %v73, %v910 : f32, !llvm.ptr
            %v911 = llvm.mlir.zero : !llvm.ptr
            %v912 = llvm.icmp "ne" %conv_b, %v911 : !llvm.ptr
            scf.if %v912 {
              %v913 = llvm.getelementptr %conv_b[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v914 = llvm.load %v913 : !llvm.ptr -> f32
              llvm.store %v914, %v910 : f32, !llvm.ptr
            }
            %v915 = arith.muli %v868, %conv_k : i64
            %v916 = arith.muli %v869, %v909 : i64
            scf.for %v917 = %v16 to %v909 step %v15 : i64 {
              %v918 = arith.addi %v916, %v917 : i64
              %v919 = arith.muli %v918, %split1 : i64
              %v920 = arith.addi %v919, %v868 : i64
              %v921 = llvm.getelementptr %conv_win[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v922 = llvm.load %v921 : !llvm.ptr -> f32
              %v923 = arith.addi %v915, %v917 : i64
              %v924 = llvm.getelementptr %conv_w[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v925 = llvm.load %v924 : !llvm.ptr -> f32
              %v926 = arith.mulf %v925, %v922 fastmath<contract> : f32
              %v927 = llvm.load %v910 : !llvm.ptr -> f32
              %v928 = arith.addf %v927, %v926 fastmath<contract> : f32
              llvm.store %v928, %v910 : f32, !llvm.ptr
            }
            %v929 = arith.addi %v915, %v909 : i64
            %v930 = llvm.getelementptr %conv_w[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v931 = llvm.load %v930 : !llvm.ptr -> f32
            %v932 = arith.mulf %v931, %v888 fastmath<contract> : f32
            %v933 = llvm.load %v910 : !llvm.ptr -> f32
            %v934 = arith.addf %v933, %v932 fastmath<contract> : f32
            %v936 = arith.negf %v934 : f32
            %v938 = arith.mulf %v936, %v937 fastmath<contract> : f32
            %v939 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v938) : (f32) -> f32
            %v940 = arith.addf %v935, %v939 fastmath<contract> : f32
            %v941 = arith.divf %v935, %v940 : f32
            %v942 = arith.mulf %v934, %v941 fastmath<contract> : f32
            %v943 = arith.cmpi eq, %conv_act, %v15 : i64
            %v944 = arith.select %v943, %v942, %v934 : f32
            %v945 = arith.muli %v869, %split1 : i64
            %v946 = arith.addi %v945, %v868 : i64
            %v947 = llvm.getelementptr %conv_out[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v944, %v947 : f32, !llvm.ptr
            %v948 = arith.subi %v909, %v15 : i64
            scf.for %v949 = %v16 to %v948 step %v15 : i64 {
              %v950 = arith.addi %v916, %v949 : i64
              %v951 = arith.muli %v950, %split1 : i64
              %v952 = arith.addi %v951, %v868 : i64
              %v953 = arith.addi %v952, %split1 : i64
              %v954 = llvm.getelementptr %conv_win[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v955 = llvm.load %v954 : !llvm.ptr -> f32
              %v956 = llvm.getelementptr %conv_win[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v955, %v956 : f32, !llvm.ptr
            }
            %v957 = arith.cmpi slt, %v16, %v909 : i64
            scf.if %v957 {
              %v958 = arith.addi %v916, %v948 : i64
              %v959 = arith.muli %v958, %split1 : i64
              %v960 = arith.addi %v959, %v868 : i64
              %v961 = llvm.getelementptr %conv_win[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v888, %v961 : f32, !llvm.ptr
            }
          }
        }
      }
      %v962 = arith.andi %v778, %v865 : i1
      scf.if %v962 {
        %v963 = llvm.load %v781 : !llvm.ptr -> f32
        %v964 = arith.addi %v27, %v780 : i64
        %v965 = arith.addi %v26, %v779 : i64
        %v966 = arith.cmpi slt, %v964, %n : i64
        %v967 = arith.cmpi slt, %v965, %m : i64
        %v968 = arith.andi %v966, %v967 : i1
        scf.if %v968 {
          llvm.store %v963, %v969 : f32, !llvm.ptr
          %v970 = llvm.mlir.zero : !llvm.ptr
          %v971 = llvm.icmp "ne" %bias, %v970 : !llvm.ptr
          scf.if %v971 {
            %v972 = llvm.getelementptr %bias[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v973 = llvm.load %v972 : !llvm.ptr -> f32
            %v974 = llvm.load %v969 : !llvm.ptr -> f32
            %v975 = arith.addf %v974, %v973 fastmath<contract> : f32
            llvm.store %v975, %v969 : f32, !llvm.ptr
          }
          %v976 = llvm.mlir.zero : !llvm.ptr
          %v977 = llvm.icmp "ne" %add, %v976 : !llvm.ptr
          scf.if %v977 {
            %v978 = arith.muli %v965, %add_stride : i64
            %v979 = arith.addi %v978, %v964 : i64
            %v980 = llvm.getelementptr %add[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v981 = llvm.load %v980 : !llvm.ptr -> f32
            %v982 = llvm.load %v969 : !llvm.ptr -> f32
            %v983 = arith.addf %v982, %v981 fastmath<contract> : f32
            llvm.store %v983, %v969 : f32, !llvm.ptr
          }
          %v984 = llvm.load %v969 : !llvm.ptr -> f32
          %v985 = arith.cmpi slt, %v964, %split1 : i64
          %v986 = arith.cmpi slt, %v964, %split2 : i64
          %v987 = arith.muli %m, %split1 : i64
          %v988 = arith.muli %m, %split2 : i64
          %v989 = arith.select %v986, %v987, %v988 : i64
          %v990 = arith.select %v985, %v16, %v989 : i64
          %v991 = arith.subi %split2, %split1 : i64
          %v992 = arith.subi %n, %split2 : i64
          %v993 = arith.select %v986, %v991, %v992 : i64
          %v994 = arith.select %v985, %split1, %v993 : i64
          %v995 = arith.select %v986, %split1, %split2 : i64
          %v996 = arith.select %v985, %v16, %v995 : i64
          %v997 = arith.muli %v965, %v994 : i64
          %v998 = arith.subi %v964, %v996 : i64
          %v999 = arith.addi %v990, %v997 : i64
          %v1000 = arith.addi %v999, %v998 : i64
          %v1001 = llvm.getelementptr %out[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v984, %v1001 : f32, !llvm.ptr
          %v1002 = llvm.mlir.zero : !llvm.ptr
          %v1003 = llvm.icmp "ne" %conv_w, %v1002 : !llvm.ptr
          %v1004 = arith.andi %v1003, %v985 : i1
          scf.if %v1004 {
            %v1005 = arith.subi %conv_k, %v15 : i64
            llvm.store %v73, %v1006 : f32, !llvm.ptr
            %v1007 = llvm.mlir.zero : !llvm.ptr
            %v1008 = llvm.icmp "ne" %conv_b, %v1007 : !llvm.ptr
            scf.if %v1008 {
              %v1009 = llvm.getelementptr %conv_b[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
              llvm.store %v1010, %v1006 : f32, !llvm.ptr
            }
            %v1011 = arith.muli %v964, %conv_k : i64
            %v1012 = arith.muli %v965, %v1005 : i64
            scf.for %v1013 = %v16 to %v1005 step %v15 : i64 {
              %v1014 = arith.addi %v1012, %v1013 : i64
              %v1015 = arith.muli %v1014, %split1 : i64
              %v1016 = arith.addi %v1015, %v964 : i64
              %v1017 = llvm.getelementptr %conv_win[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
              %v1019 = arith.addi %v1011, %v1013 : i64
              %v1020 = llvm.getelementptr %conv_w[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
              %v1022 = arith.mulf %v1021, %v1018 fastmath<contract> : f32
              %v1023 = llvm.load %v1006 : !llvm.ptr -> f32
              %v1024 = arith.addf %v1023, %v1022 fastmath<contract> : f32
              llvm.store %v1024, %v1006 : f32, !llvm.ptr
            }
            %v1025 = arith.addi %v1011, %v1005 : i64
            %v1026 = llvm.getelementptr %conv_w[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
            %v1028 = arith.mulf %v1027, %v984 fastmath<contract> : f32
            %v1029 = llvm.load %v1006 : !llvm.ptr -> f32
            %v1030 = arith.addf %v1029, %v1028 fastmath<contract> : f32
            %v1031 = arith.negf %v1030 : f32
            %v1032 = arith.mulf %v1031, %v937 fastmath<contract> : f32
            %v1033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1032) : (f32) -> f32
            %v1034 = arith.addf %v935, %v1033 fastmath<contract> : f32
            %v1035 = arith.divf %v935, %v1034 : f32
            %v1036 = arith.mulf %v1030, %v1035 fastmath<contract> : f32
            %v1037 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1038 = arith.select %v1037, %v1036, %v1030 : f32
            %v1039 = arith.muli %v965, %split1 : i64
            %v1040 = arith.addi %v1039, %v964 : i64
            %v1041 = llvm.getelementptr %conv_out[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1038, %v1041 : f32, !llvm.ptr
            %v1042 = arith.subi %v1005, %v15 : i64
            scf.for %v1043 = %v16 to %v1042 step %v15 : i64 {
              %v1044 = arith.addi %v1012, %v1043 : i64
              %v1045 = arith.muli %v1044, %split1 : i64
              %v1046 = arith.addi %v1045, %v964 : i64
              %v1047 = arith.addi %v1046, %split1 : i64
              %v1048 = llvm.getelementptr %conv_win[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
              %v1050 = llvm.getelementptr %conv_win[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1049, %v1050 : f32, !llvm.ptr
            }
            %v1051 = arith.cmpi slt, %v16, %v1005 : i64
            scf.if %v1051 {
              %v1052 = arith.addi %v1012, %v1042 : i64
              %v1053 = arith.muli %v1052, %split1 : i64
              %v1054 = arith.addi %v1053, %v964 : i64
              %v1055 = llvm.getelementptr %conv_win[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v984, %v1055 : f32, !llvm.ptr
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
      %v34 = arith.constant 2 : i64
      %v36 = arith.constant 128 : i64
      %v38 = arith.constant 32768 : i64
      %v58 = arith.constant 24 : i64
      %v73 = arith.constant 0x00000000 : f32
      %v74 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v90 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v91 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v100 = arith.constant 3 : i64
      %v998 = arith.constant 20 : i64
      %v999 = arith.constant 640 : i64
      %v1032 = arith.constant 9 : i64
      %v1059 = arith.constant 17 : i64
      %v1086 = arith.constant 25 : i64
      %v1157 = arith.constant 512 : i64
      %v1161 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1162 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1171 = arith.constant 1280 : i64
      %v1176 = arith.constant 1920 : i64
      %v1181 = arith.constant 2560 : i64
      %v1186 = arith.constant 3200 : i64
      %v1191 = arith.constant 3840 : i64
      %v1196 = arith.constant 4480 : i64
      %v1207 = arith.constant 64 : i64
      %v1212 = arith.constant 96 : i64
      %v1221 = arith.constant 160 : i64
      %v1226 = arith.constant 192 : i64
      %v1231 = arith.constant 224 : i64
      %v1236 = arith.constant 256 : i64
      %v1241 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1242 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1306 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v1308 = arith.constant 544 : i64
      %v1343 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1355 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1366 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1378 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1397 = arith.constant 0x3F800000 : f32
      %v1405 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1442 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1468 = arith.constant 0x3FB8AA3B : f32
      %v1507 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1544 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
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
      %v28 = arith.cmpi slt, %v27, %n : i64
      scf.if %v28 {
        %v29 = arith.subi %n, %v27 : i64
        %v30 = arith.minsi %v29, %v20 : i64
        %v31 = arith.muli %v27, %k : i64
        %v32 = llvm.getelementptr %w[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v33 = arith.muli %v30, %k : i64
        %v35 = arith.muli %v33, %v34 : i64
        %v37 = arith.muli %v8, %v36 : i64
        scf.for %v39 = %v37 to %v35 step %v38 : i64 {
          %v40 = llvm.getelementptr %v32[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v40 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v41 = arith.subi %m, %v15 : i64
      %v42 = arith.subi %n, %v15 : i64
      %v43 = arith.subi %k, %v17 : i64
      %v44 = arith.addi %v26, %v13 : i64
      %v45 = arith.minsi %v44, %v41 : i64
      %v46 = arith.muli %v45, %x_stride : i64
      %v47 = llvm.getelementptr %x[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = arith.addi %v26, %v17 : i64
      %v49 = arith.addi %v48, %v13 : i64
      %v50 = arith.minsi %v49, %v41 : i64
      %v51 = arith.muli %v50, %x_stride : i64
      %v52 = llvm.getelementptr %x[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v53 = arith.addi %v26, %v20 : i64
      %v54 = arith.addi %v53, %v13 : i64
      %v55 = arith.minsi %v54, %v41 : i64
      %v56 = arith.muli %v55, %x_stride : i64
      %v57 = llvm.getelementptr %x[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v59 = arith.addi %v26, %v58 : i64
      %v60 = arith.addi %v59, %v13 : i64
      %v61 = arith.minsi %v60, %v41 : i64
      %v62 = arith.muli %v61, %x_stride : i64
      %v63 = llvm.getelementptr %x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = arith.addi %v27, %v13 : i64
      %v65 = arith.minsi %v64, %v42 : i64
      %v66 = arith.muli %v65, %k : i64
      %v67 = llvm.getelementptr %w[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v68 = arith.addi %v27, %v13 : i64
      %v69 = arith.addi %v68, %v17 : i64
      %v70 = arith.minsi %v69, %v42 : i64
      %v71 = arith.muli %v70, %k : i64
      %v72 = llvm.getelementptr %w[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v73, %v74 : f32, !llvm.ptr
      llvm.store %v73, %v75 : f32, !llvm.ptr
      llvm.store %v73, %v76 : f32, !llvm.ptr
      llvm.store %v73, %v77 : f32, !llvm.ptr
      llvm.store %v73, %v78 : f32, !llvm.ptr
      llvm.store %v73, %v79 : f32, !llvm.ptr
      llvm.store %v73, %v80 : f32, !llvm.ptr
      llvm.store %v73, %v81 : f32, !llvm.ptr
      llvm.store %v73, %v82 : f32, !llvm.ptr
      llvm.store %v73, %v83 : f32, !llvm.ptr
      llvm.store %v73, %v84 : f32, !llvm.ptr
      llvm.store %v73, %v85 : f32, !llvm.ptr
      llvm.store %v73, %v86 : f32, !llvm.ptr
      llvm.store %v73, %v87 : f32, !llvm.ptr
      llvm.store %v73, %v88 : f32, !llvm.ptr
      llvm.store %v73, %v89 : f32, !llvm.ptr
      llvm.store %v73, %v90 : f32, !llvm.ptr
      llvm.store %v73, %v91 : f32, !llvm.ptr
      llvm.store %v73, %v92 : f32, !llvm.ptr
      llvm.store %v73, %v93 : f32, !llvm.ptr
      %v94 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v95 = arith.addi %k, %v21 : i64
      %v96 = arith.divsi %v95, %v9 : i64
      %v97 = arith.muli %v19, %v17 : i64
      %v98 = arith.addi %v97, %v10 : i64
      %v99 = arith.muli %splits, %v17 : i64
      %v101 = arith.muli %v99, %v100 : i64
      scf.for %v102 = %v98 to %v96 step %v101 : i64 {
        %v103 = arith.muli %v14, %v17 : i64
        %v104 = arith.muli %v102, %v9 : i64
        %v105 = arith.addi %v104, %v103 : i64
        %v106 = arith.cmpi slt, %v105, %k : i64
        %v107 = arith.minsi %v105, %v43 : i64
        %v108 = llvm.getelementptr %v67[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v109 = llvm.load %v108 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v110 = llvm.getelementptr %v72[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v111 = llvm.load %v110 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v112 = arith.addi %v102, %v99 : i64
        %v113 = arith.muli %v112, %v9 : i64
        %v114 = arith.addi %v113, %v103 : i64
        %v115 = arith.cmpi slt, %v114, %k : i64
        %v116 = arith.minsi %v114, %v43 : i64
        %v117 = llvm.getelementptr %v67[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v118 = llvm.load %v117 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v119 = llvm.getelementptr %v72[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v120 = llvm.load %v119 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v121 = arith.muli %v34, %v99 : i64
        %v122 = arith.addi %v102, %v121 : i64
        %v123 = arith.muli %v122, %v9 : i64
        %v124 = arith.addi %v123, %v103 : i64
        %v125 = arith.cmpi slt, %v124, %k : i64
        %v126 = arith.minsi %v124, %v43 : i64
        %v127 = llvm.getelementptr %v67[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v128 = llvm.load %v127 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v129 = llvm.getelementptr %v72[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v130 = llvm.load %v129 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v131 = llvm.getelementptr %norm_w[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v132 = llvm.load %v131 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v133 = arith.addi %v107, %v12 : i64
        %v134 = llvm.getelementptr %norm_w[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v135 = llvm.load %v134 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v136 = llvm.mlir.constant(0 : i32) : i32
        %v137 = llvm.extractelement %v109[%v136 : i32] : vector<4xi32>
        %v138 = llvm.mlir.constant(0 : i32) : i32
        %v139 = llvm.extractelement %v111[%v138 : i32] : vector<4xi32>
        %v140 = llvm.mlir.constant(1 : i32) : i32
        %v141 = llvm.extractelement %v109[%v140 : i32] : vector<4xi32>
        %v142 = llvm.mlir.constant(1 : i32) : i32
        %v143 = llvm.extractelement %v111[%v142 : i32] : vector<4xi32>
        %v144 = llvm.mlir.constant(2 : i32) : i32
        %v145 = llvm.extractelement %v109[%v144 : i32] : vector<4xi32>
        %v146 = llvm.mlir.constant(2 : i32) : i32
        %v147 = llvm.extractelement %v111[%v146 : i32] : vector<4xi32>
        %v148 = llvm.mlir.constant(3 : i32) : i32
        %v149 = llvm.extractelement %v109[%v148 : i32] : vector<4xi32>
        %v150 = llvm.mlir.constant(3 : i32) : i32
        %v151 = llvm.extractelement %v111[%v150 : i32] : vector<4xi32>
        %v152 = llvm.getelementptr %v47[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v153 = llvm.load %v152 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v154 = arith.addi %v107, %v12 : i64
        %v155 = llvm.getelementptr %v47[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v156 = llvm.load %v155 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v157 = llvm.select %v106, %v153, %v94 : i1, vector<4xf32>
        %v158 = llvm.select %v106, %v156, %v94 : i1, vector<4xf32>
        %v159 = llvm.fmul %v157, %v157 : vector<4xf32>
        %v160 = llvm.mlir.constant(0 : i32) : i32
        %v161 = llvm.extractelement %v159[%v160 : i32] : vector<4xf32>
        %v162 = llvm.mlir.constant(1 : i32) : i32
        %v163 = llvm.extractelement %v159[%v162 : i32] : vector<4xf32>
        %v164 = llvm.mlir.constant(2 : i32) : i32
        %v165 = llvm.extractelement %v159[%v164 : i32] : vector<4xf32>
        %v166 = llvm.mlir.constant(3 : i32) : i32
        %v167 = llvm.extractelement %v159[%v166 : i32] : vector<4xf32>
        %v168 = arith.addf %v161, %v163 fastmath<contract> : f32
        %v169 = arith.addf %v168, %v165 fastmath<contract> : f32
        %v170 = arith.addf %v169, %v167 fastmath<contract> : f32
        %v171 = llvm.load %v90 : !llvm.ptr -> f32
        %v172 = arith.addf %v171, %v170 fastmath<contract> : f32
        llvm.store %v172, %v90 : f32, !llvm.ptr
        %v173 = llvm.fmul %v157, %v132 : vector<4xf32>
        %v174 = llvm.fmul %v158, %v158 : vector<4xf32>
        %v175 = llvm.mlir.constant(0 : i32) : i32
        %v176 = llvm.extractelement %v174[%v175 : i32] : vector<4xf32>
        %v177 = llvm.mlir.constant(1 : i32) : i32
        %v178 = llvm.extractelement %v174[%v177 : i32] : vector<4xf32>
        %v179 = llvm.mlir.constant(2 : i32) : i32
        %v180 = llvm.extractelement %v174[%v179 : i32] : vector<4xf32>
        %v181 = llvm.mlir.constant(3 : i32) : i32
        %v182 = llvm.extractelement %v174[%v181 : i32] : vector<4xf32>
        %v183 = arith.addf %v176, %v178 fastmath<contract> : f32
        %v184 = arith.addf %v183, %v180 fastmath<contract> : f32
        %v185 = arith.addf %v184, %v182 fastmath<contract> : f32
        %v186 = llvm.load %v90 : !llvm.ptr -> f32
        %v187 = arith.addf %v186, %v185 fastmath<contract> : f32
        llvm.store %v187, %v90 : f32, !llvm.ptr
        %v188 = llvm.fmul %v158, %v135 : vector<4xf32>
        %v189 = llvm.shufflevector %v173, %v173 [0, 1] : vector<4xf32>
        %v190 = llvm.fptrunc %v189 : vector<2xf32> to vector<2xbf16>
        %v191 = llvm.bitcast %v190 : vector<2xbf16> to i32
        %v192 = llvm.shufflevector %v173, %v173 [2, 3] : vector<4xf32>
        %v193 = llvm.fptrunc %v192 : vector<2xf32> to vector<2xbf16>
        %v194 = llvm.bitcast %v193 : vector<2xbf16> to i32
        %v195 = llvm.shufflevector %v188, %v188 [0, 1] : vector<4xf32>
        %v196 = llvm.fptrunc %v195 : vector<2xf32> to vector<2xbf16>
        %v197 = llvm.bitcast %v196 : vector<2xbf16> to i32
        %v198 = llvm.shufflevector %v188, %v188 [2, 3] : vector<4xf32>
        %v199 = llvm.fptrunc %v198 : vector<2xf32> to vector<2xbf16>
        %v200 = llvm.bitcast %v199 : vector<2xbf16> to i32
        %v201 = llvm.load %v74 : !llvm.ptr -> f32
        %v202 = llvm.load %v75 : !llvm.ptr -> f32
        %v203 = llvm.load %v76 : !llvm.ptr -> f32
        %v204 = llvm.load %v77 : !llvm.ptr -> f32
        %v205 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v137, %v139, %v141, %v143, %v191, %v194, %v201, %v202, %v203, %v204 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v206 = llvm.extractvalue %v205[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v206, %v74 : f32, !llvm.ptr
        %v207 = llvm.extractvalue %v205[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v207, %v75 : f32, !llvm.ptr
        %v208 = llvm.extractvalue %v205[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v208, %v76 : f32, !llvm.ptr
        %v209 = llvm.extractvalue %v205[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v209, %v77 : f32, !llvm.ptr
        %v210 = llvm.load %v74 : !llvm.ptr -> f32
        %v211 = llvm.load %v75 : !llvm.ptr -> f32
        %v212 = llvm.load %v76 : !llvm.ptr -> f32
        %v213 = llvm.load %v77 : !llvm.ptr -> f32
        %v214 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v145, %v147, %v149, %v151, %v197, %v200, %v210, %v211, %v212, %v213 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v215 = llvm.extractvalue %v214[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v215, %v74 : f32, !llvm.ptr
        %v216 = llvm.extractvalue %v214[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v216, %v75 : f32, !llvm.ptr
        %v217 = llvm.extractvalue %v214[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v217, %v76 : f32, !llvm.ptr
        %v218 = llvm.extractvalue %v214[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v218, %v77 : f32, !llvm.ptr
        %v219 = llvm.getelementptr %v52[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v220 = llvm.load %v219 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v221 = arith.addi %v107, %v12 : i64
        %v222 = llvm.getelementptr %v52[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v223 = llvm.load %v222 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v224 = llvm.select %v106, %v220, %v94 : i1, vector<4xf32>
        %v225 = llvm.select %v106, %v223, %v94 : i1, vector<4xf32>
        %v226 = llvm.fmul %v224, %v224 : vector<4xf32>
        %v227 = llvm.mlir.constant(0 : i32) : i32
        %v228 = llvm.extractelement %v226[%v227 : i32] : vector<4xf32>
        %v229 = llvm.mlir.constant(1 : i32) : i32
        %v230 = llvm.extractelement %v226[%v229 : i32] : vector<4xf32>
        %v231 = llvm.mlir.constant(2 : i32) : i32
        %v232 = llvm.extractelement %v226[%v231 : i32] : vector<4xf32>
        %v233 = llvm.mlir.constant(3 : i32) : i32
        %v234 = llvm.extractelement %v226[%v233 : i32] : vector<4xf32>
        %v235 = arith.addf %v228, %v230 fastmath<contract> : f32
        %v236 = arith.addf %v235, %v232 fastmath<contract> : f32
        %v237 = arith.addf %v236, %v234 fastmath<contract> : f32
        %v238 = llvm.load %v91 : !llvm.ptr -> f32
        %v239 = arith.addf %v238, %v237 fastmath<contract> : f32
        llvm.store %v239, %v91 : f32, !llvm.ptr
        %v240 = llvm.fmul %v224, %v132 : vector<4xf32>
        %v241 = llvm.fmul %v225, %v225 : vector<4xf32>
        %v242 = llvm.mlir.constant(0 : i32) : i32
        %v243 = llvm.extractelement %v241[%v242 : i32] : vector<4xf32>
        %v244 = llvm.mlir.constant(1 : i32) : i32
        %v245 = llvm.extractelement %v241[%v244 : i32] : vector<4xf32>
        %v246 = llvm.mlir.constant(2 : i32) : i32
        %v247 = llvm.extractelement %v241[%v246 : i32] : vector<4xf32>
        %v248 = llvm.mlir.constant(3 : i32) : i32
        %v249 = llvm.extractelement %v241[%v248 : i32] : vector<4xf32>
        %v250 = arith.addf %v243, %v245 fastmath<contract> : f32
        %v251 = arith.addf %v250, %v247 fastmath<contract> : f32
        %v252 = arith.addf %v251, %v249 fastmath<contract> : f32
        %v253 = llvm.load %v91 : !llvm.ptr -> f32
        %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
        llvm.store %v254, %v91 : f32, !llvm.ptr
        %v255 = llvm.fmul %v225, %v135 : vector<4xf32>
        %v256 = llvm.shufflevector %v240, %v240 [0, 1] : vector<4xf32>
        %v257 = llvm.fptrunc %v256 : vector<2xf32> to vector<2xbf16>
        %v258 = llvm.bitcast %v257 : vector<2xbf16> to i32
        %v259 = llvm.shufflevector %v240, %v240 [2, 3] : vector<4xf32>
        %v260 = llvm.fptrunc %v259 : vector<2xf32> to vector<2xbf16>
        %v261 = llvm.bitcast %v260 : vector<2xbf16> to i32
        %v262 = llvm.shufflevector %v255, %v255 [0, 1] : vector<4xf32>
        %v263 = llvm.fptrunc %v262 : vector<2xf32> to vector<2xbf16>
        %v264 = llvm.bitcast %v263 : vector<2xbf16> to i32
        %v265 = llvm.shufflevector %v255, %v255 [2, 3] : vector<4xf32>
        %v266 = llvm.fptrunc %v265 : vector<2xf32> to vector<2xbf16>
        %v267 = llvm.bitcast %v266 : vector<2xbf16> to i32
        %v268 = llvm.load %v78 : !llvm.ptr -> f32
        %v269 = llvm.load %v79 : !llvm.ptr -> f32
        %v270 = llvm.load %v80 : !llvm.ptr -> f32
        %v271 = llvm.load %v81 : !llvm.ptr -> f32
        %v272 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v137, %v139, %v141, %v143, %v258, %v261, %v268, %v269, %v270, %v271 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v273 = llvm.extractvalue %v272[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v273, %v78 : f32, !llvm.ptr
        %v274 = llvm.extractvalue %v272[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v274, %v79 : f32, !llvm.ptr
        %v275 = llvm.extractvalue %v272[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v275, %v80 : f32, !llvm.ptr
        %v276 = llvm.extractvalue %v272[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v276, %v81 : f32, !llvm.ptr
        %v277 = llvm.load %v78 : !llvm.ptr -> f32
        %v278 = llvm.load %v79 : !llvm.ptr -> f32
        %v279 = llvm.load %v80 : !llvm.ptr -> f32
        %v280 = llvm.load %v81 : !llvm.ptr -> f32
        %v281 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v145, %v147, %v149, %v151, %v264, %v267, %v277, %v278, %v279, %v280 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v282 = llvm.extractvalue %v281[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v282, %v78 : f32, !llvm.ptr
        %v283 = llvm.extractvalue %v281[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v283, %v79 : f32, !llvm.ptr
        %v284 = llvm.extractvalue %v281[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v284, %v80 : f32, !llvm.ptr
        %v285 = llvm.extractvalue %v281[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v285, %v81 : f32, !llvm.ptr
        %v286 = llvm.getelementptr %v57[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v287 = llvm.load %v286 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v288 = arith.addi %v107, %v12 : i64
        %v289 = llvm.getelementptr %v57[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v290 = llvm.load %v289 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v291 = llvm.select %v106, %v287, %v94 : i1, vector<4xf32>
        %v292 = llvm.select %v106, %v290, %v94 : i1, vector<4xf32>
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
        %v305 = llvm.load %v92 : !llvm.ptr -> f32
        %v306 = arith.addf %v305, %v304 fastmath<contract> : f32
        llvm.store %v306, %v92 : f32, !llvm.ptr
        %v307 = llvm.fmul %v291, %v132 : vector<4xf32>
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
        %v320 = llvm.load %v92 : !llvm.ptr -> f32
        %v321 = arith.addf %v320, %v319 fastmath<contract> : f32
        llvm.store %v321, %v92 : f32, !llvm.ptr
        %v322 = llvm.fmul %v292, %v135 : vector<4xf32>
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
        %v335 = llvm.load %v82 : !llvm.ptr -> f32
        %v336 = llvm.load %v83 : !llvm.ptr -> f32
        %v337 = llvm.load %v84 : !llvm.ptr -> f32
        %v338 = llvm.load %v85 : !llvm.ptr -> f32
        %v339 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v137, %v139, %v141, %v143, %v325, %v328, %v335, %v336, %v337, %v338 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v340 = llvm.extractvalue %v339[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v340, %v82 : f32, !llvm.ptr
        %v341 = llvm.extractvalue %v339[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v341, %v83 : f32, !llvm.ptr
        %v342 = llvm.extractvalue %v339[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v342, %v84 : f32, !llvm.ptr
        %v343 = llvm.extractvalue %v339[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v343, %v85 : f32, !llvm.ptr
        %v344 = llvm.load %v82 : !llvm.ptr -> f32
        %v345 = llvm.load %v83 : !llvm.ptr -> f32
        %v346 = llvm.load %v84 : !llvm.ptr -> f32
        %v347 = llvm.load %v85 : !llvm.ptr -> f32
        %v348 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v145, %v147, %v149, %v151, %v331, %v334, %v344, %v345, %v346, %v347 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v349 = llvm.extractvalue %v348[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v349, %v82 : f32, !llvm.ptr
        %v350 = llvm.extractvalue %v348[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v350, %v83 : f32, !llvm.ptr
        %v351 = llvm.extractvalue %v348[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v351, %v84 : f32, !llvm.ptr
        %v352 = llvm.extractvalue %v348[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v352, %v85 : f32, !llvm.ptr
        %v353 = llvm.getelementptr %v63[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v354 = llvm.load %v353 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v355 = arith.addi %v107, %v12 : i64
        %v356 = llvm.getelementptr %v63[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v357 = llvm.load %v356 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v358 = llvm.select %v106, %v354, %v94 : i1, vector<4xf32>
        %v359 = llvm.select %v106, %v357, %v94 : i1, vector<4xf32>
        %v360 = llvm.fmul %v358, %v358 : vector<4xf32>
        %v361 = llvm.mlir.constant(0 : i32) : i32
        %v362 = llvm.extractelement %v360[%v361 : i32] : vector<4xf32>
        %v363 = llvm.mlir.constant(1 : i32) : i32
        %v364 = llvm.extractelement %v360[%v363 : i32] : vector<4xf32>
        %v365 = llvm.mlir.constant(2 : i32) : i32
        %v366 = llvm.extractelement %v360[%v365 : i32] : vector<4xf32>
        %v367 = llvm.mlir.constant(3 : i32) : i32
        %v368 = llvm.extractelement %v360[%v367 : i32] : vector<4xf32>
        %v369 = arith.addf %v362, %v364 fastmath<contract> : f32
        %v370 = arith.addf %v369, %v366 fastmath<contract> : f32
        %v371 = arith.addf %v370, %v368 fastmath<contract> : f32
        %v372 = llvm.load %v93 : !llvm.ptr -> f32
        %v373 = arith.addf %v372, %v371 fastmath<contract> : f32
        llvm.store %v373, %v93 : f32, !llvm.ptr
        %v374 = llvm.fmul %v358, %v132 : vector<4xf32>
        %v375 = llvm.fmul %v359, %v359 : vector<4xf32>
        %v376 = llvm.mlir.constant(0 : i32) : i32
        %v377 = llvm.extractelement %v375[%v376 : i32] : vector<4xf32>
        %v378 = llvm.mlir.constant(1 : i32) : i32
        %v379 = llvm.extractelement %v375[%v378 : i32] : vector<4xf32>
        %v380 = llvm.mlir.constant(2 : i32) : i32
        %v381 = llvm.extractelement %v375[%v380 : i32] : vector<4xf32>
        %v382 = llvm.mlir.constant(3 : i32) : i32
        %v383 = llvm.extractelement %v375[%v382 : i32] : vector<4xf32>
        %v384 = arith.addf %v377, %v379 fastmath<contract> : f32
        %v385 = arith.addf %v384, %v381 fastmath<contract> : f32
        %v386 = arith.addf %v385, %v383 fastmath<contract> : f32
        %v387 = llvm.load %v93 : !llvm.ptr -> f32
        %v388 = arith.addf %v387, %v386 fastmath<contract> : f32
        llvm.store %v388, %v93 : f32, !llvm.ptr
        %v389 = llvm.fmul %v359, %v135 : vector<4xf32>
        %v390 = llvm.shufflevector %v374, %v374 [0, 1] : vector<4xf32>
        %v391 = llvm.fptrunc %v390 : vector<2xf32> to vector<2xbf16>
        %v392 = llvm.bitcast %v391 : vector<2xbf16> to i32
        %v393 = llvm.shufflevector %v374, %v374 [2, 3] : vector<4xf32>
        %v394 = llvm.fptrunc %v393 : vector<2xf32> to vector<2xbf16>
        %v395 = llvm.bitcast %v394 : vector<2xbf16> to i32
        %v396 = llvm.shufflevector %v389, %v389 [0, 1] : vector<4xf32>
        %v397 = llvm.fptrunc %v396 : vector<2xf32> to vector<2xbf16>
        %v398 = llvm.bitcast %v397 : vector<2xbf16> to i32
        %v399 = llvm.shufflevector %v389, %v389 [2, 3] : vector<4xf32>
        %v400 = llvm.fptrunc %v399 : vector<2xf32> to vector<2xbf16>
        %v401 = llvm.bitcast %v400 : vector<2xbf16> to i32
        %v402 = llvm.load %v86 : !llvm.ptr -> f32
        %v403 = llvm.load %v87 : !llvm.ptr -> f32
        %v404 = llvm.load %v88 : !llvm.ptr -> f32
        %v405 = llvm.load %v89 : !llvm.ptr -> f32
        %v406 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v137, %v139, %v141, %v143, %v392, %v395, %v402, %v403, %v404, %v405 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v407 = llvm.extractvalue %v406[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v407, %v86 : f32, !llvm.ptr
        %v408 = llvm.extractvalue %v406[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v408, %v87 : f32, !llvm.ptr
        %v409 = llvm.extractvalue %v406[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v409, %v88 : f32, !llvm.ptr
        %v410 = llvm.extractvalue %v406[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v410, %v89 : f32, !llvm.ptr
        %v411 = llvm.load %v86 : !llvm.ptr -> f32
        %v412 = llvm.load %v87 : !llvm.ptr -> f32
        %v413 = llvm.load %v88 : !llvm.ptr -> f32
        %v414 = llvm.load %v89 : !llvm.ptr -> f32
        %v415 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v145, %v147, %v149, %v151, %v398, %v401, %v411, %v412, %v413, %v414 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v416 = llvm.extractvalue %v415[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v416, %v86 : f32, !llvm.ptr
        %v417 = llvm.extractvalue %v415[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v417, %v87 : f32, !llvm.ptr
        %v418 = llvm.extractvalue %v415[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v418, %v88 : f32, !llvm.ptr
        %v419 = llvm.extractvalue %v415[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v419, %v89 : f32, !llvm.ptr
        %v420 = llvm.getelementptr %norm_w[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v421 = llvm.load %v420 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v422 = arith.addi %v116, %v12 : i64
        %v423 = llvm.getelementptr %norm_w[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v424 = llvm.load %v423 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v425 = llvm.mlir.constant(0 : i32) : i32
        %v426 = llvm.extractelement %v118[%v425 : i32] : vector<4xi32>
        %v427 = llvm.mlir.constant(0 : i32) : i32
        %v428 = llvm.extractelement %v120[%v427 : i32] : vector<4xi32>
        %v429 = llvm.mlir.constant(1 : i32) : i32
        %v430 = llvm.extractelement %v118[%v429 : i32] : vector<4xi32>
        %v431 = llvm.mlir.constant(1 : i32) : i32
        %v432 = llvm.extractelement %v120[%v431 : i32] : vector<4xi32>
        %v433 = llvm.mlir.constant(2 : i32) : i32
        %v434 = llvm.extractelement %v118[%v433 : i32] : vector<4xi32>
        %v435 = llvm.mlir.constant(2 : i32) : i32
        %v436 = llvm.extractelement %v120[%v435 : i32] : vector<4xi32>
        %v437 = llvm.mlir.constant(3 : i32) : i32
        %v438 = llvm.extractelement %v118[%v437 : i32] : vector<4xi32>
        %v439 = llvm.mlir.constant(3 : i32) : i32
        %v440 = llvm.extractelement %v120[%v439 : i32] : vector<4xi32>
        %v441 = llvm.getelementptr %v47[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v442 = llvm.load %v441 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v443 = arith.addi %v116, %v12 : i64
        %v444 = llvm.getelementptr %v47[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v445 = llvm.load %v444 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v446 = llvm.select %v115, %v442, %v94 : i1, vector<4xf32>
        %v447 = llvm.select %v115, %v445, %v94 : i1, vector<4xf32>
        %v448 = llvm.fmul %v446, %v446 : vector<4xf32>
        %v449 = llvm.mlir.constant(0 : i32) : i32
        %v450 = llvm.extractelement %v448[%v449 : i32] : vector<4xf32>
        %v451 = llvm.mlir.constant(1 : i32) : i32
        %v452 = llvm.extractelement %v448[%v451 : i32] : vector<4xf32>
        %v453 = llvm.mlir.constant(2 : i32) : i32
        %v454 = llvm.extractelement %v448[%v453 : i32] : vector<4xf32>
        %v455 = llvm.mlir.constant(3 : i32) : i32
        %v456 = llvm.extractelement %v448[%v455 : i32] : vector<4xf32>
        %v457 = arith.addf %v450, %v452 fastmath<contract> : f32
        %v458 = arith.addf %v457, %v454 fastmath<contract> : f32
        %v459 = arith.addf %v458, %v456 fastmath<contract> : f32
        %v460 = llvm.load %v90 : !llvm.ptr -> f32
        %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
        llvm.store %v461, %v90 : f32, !llvm.ptr
        %v462 = llvm.fmul %v446, %v421 : vector<4xf32>
        %v463 = llvm.fmul %v447, %v447 : vector<4xf32>
        %v464 = llvm.mlir.constant(0 : i32) : i32
        %v465 = llvm.extractelement %v463[%v464 : i32] : vector<4xf32>
        %v466 = llvm.mlir.constant(1 : i32) : i32
        %v467 = llvm.extractelement %v463[%v466 : i32] : vector<4xf32>
        %v468 = llvm.mlir.constant(2 : i32) : i32
        %v469 = llvm.extractelement %v463[%v468 : i32] : vector<4xf32>
        %v470 = llvm.mlir.constant(3 : i32) : i32
        %v471 = llvm.extractelement %v463[%v470 : i32] : vector<4xf32>
        %v472 = arith.addf %v465, %v467 fastmath<contract> : f32
        %v473 = arith.addf %v472, %v469 fastmath<contract> : f32
        %v474 = arith.addf %v473, %v471 fastmath<contract> : f32
        %v475 = llvm.load %v90 : !llvm.ptr -> f32
        %v476 = arith.addf %v475, %v474 fastmath<contract> : f32
        llvm.store %v476, %v90 : f32, !llvm.ptr
        %v477 = llvm.fmul %v447, %v424 : vector<4xf32>
        %v478 = llvm.shufflevector %v462, %v462 [0, 1] : vector<4xf32>
        %v479 = llvm.fptrunc %v478 : vector<2xf32> to vector<2xbf16>
        %v480 = llvm.bitcast %v479 : vector<2xbf16> to i32
        %v481 = llvm.shufflevector %v462, %v462 [2, 3] : vector<4xf32>
        %v482 = llvm.fptrunc %v481 : vector<2xf32> to vector<2xbf16>
        %v483 = llvm.bitcast %v482 : vector<2xbf16> to i32
        %v484 = llvm.shufflevector %v477, %v477 [0, 1] : vector<4xf32>
        %v485 = llvm.fptrunc %v484 : vector<2xf32> to vector<2xbf16>
        %v486 = llvm.bitcast %v485 : vector<2xbf16> to i32
        %v487 = llvm.shufflevector %v477, %v477 [2, 3] : vector<4xf32>
        %v488 = llvm.fptrunc %v487 : vector<2xf32> to vector<2xbf16>
        %v489 = llvm.bitcast %v488 : vector<2xbf16> to i32
        %v490 = llvm.load %v74 : !llvm.ptr -> f32
        %v491 = llvm.load %v75 : !llvm.ptr -> f32
        %v492 = llvm.load %v76 : !llvm.ptr -> f32
        %v493 = llvm.load %v77 : !llvm.ptr -> f32
        %v494 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v426, %v428, %v430, %v432, %v480, %v483, %v490, %v491, %v492, %v493 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v495 = llvm.extractvalue %v494[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v495, %v74 : f32, !llvm.ptr
        %v496 = llvm.extractvalue %v494[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v496, %v75 : f32, !llvm.ptr
        %v497 = llvm.extractvalue %v494[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v497, %v76 : f32, !llvm.ptr
        %v498 = llvm.extractvalue %v494[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v498, %v77 : f32, !llvm.ptr
        %v499 = llvm.load %v74 : !llvm.ptr -> f32
        %v500 = llvm.load %v75 : !llvm.ptr -> f32
        %v501 = llvm.load %v76 : !llvm.ptr -> f32
        %v502 = llvm.load %v77 : !llvm.ptr -> f32
        %v503 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v434, %v436, %v438, %v440, %v486, %v489, %v499, %v500, %v501, %v502 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v504 = llvm.extractvalue %v503[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v504, %v74 : f32, !llvm.ptr
        %v505 = llvm.extractvalue %v503[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v505, %v75 : f32, !llvm.ptr
        %v506 = llvm.extractvalue %v503[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v506, %v76 : f32, !llvm.ptr
        %v507 = llvm.extractvalue %v503[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v507, %v77 : f32, !llvm.ptr
        %v508 = llvm.getelementptr %v52[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v509 = llvm.load %v508 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v510 = arith.addi %v116, %v12 : i64
        %v511 = llvm.getelementptr %v52[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v512 = llvm.load %v511 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v513 = llvm.select %v115, %v509, %v94 : i1, vector<4xf32>
        %v514 = llvm.select %v115, %v512, %v94 : i1, vector<4xf32>
        %v515 = llvm.fmul %v513, %v513 : vector<4xf32>
        %v516 = llvm.mlir.constant(0 : i32) : i32
        %v517 = llvm.extractelement %v515[%v516 : i32] : vector<4xf32>
        %v518 = llvm.mlir.constant(1 : i32) : i32
        %v519 = llvm.extractelement %v515[%v518 : i32] : vector<4xf32>
        %v520 = llvm.mlir.constant(2 : i32) : i32
        %v521 = llvm.extractelement %v515[%v520 : i32] : vector<4xf32>
        %v522 = llvm.mlir.constant(3 : i32) : i32
        %v523 = llvm.extractelement %v515[%v522 : i32] : vector<4xf32>
        %v524 = arith.addf %v517, %v519 fastmath<contract> : f32
        %v525 = arith.addf %v524, %v521 fastmath<contract> : f32
        %v526 = arith.addf %v525, %v523 fastmath<contract> : f32
        %v527 = llvm.load %v91 : !llvm.ptr -> f32
        %v528 = arith.addf %v527, %v526 fastmath<contract> : f32
        llvm.store %v528, %v91 : f32, !llvm.ptr
        %v529 = llvm.fmul %v513, %v421 : vector<4xf32>
        %v530 = llvm.fmul %v514, %v514 : vector<4xf32>
        %v531 = llvm.mlir.constant(0 : i32) : i32
        %v532 = llvm.extractelement %v530[%v531 : i32] : vector<4xf32>
        %v533 = llvm.mlir.constant(1 : i32) : i32
        %v534 = llvm.extractelement %v530[%v533 : i32] : vector<4xf32>
        %v535 = llvm.mlir.constant(2 : i32) : i32
        %v536 = llvm.extractelement %v530[%v535 : i32] : vector<4xf32>
        %v537 = llvm.mlir.constant(3 : i32) : i32
        %v538 = llvm.extractelement %v530[%v537 : i32] : vector<4xf32>
        %v539 = arith.addf %v532, %v534 fastmath<contract> : f32
        %v540 = arith.addf %v539, %v536 fastmath<contract> : f32
        %v541 = arith.addf %v540, %v538 fastmath<contract> : f32
        %v542 = llvm.load %v91 : !llvm.ptr -> f32
        %v543 = arith.addf %v542, %v541 fastmath<contract> : f32
        llvm.store %v543, %v91 : f32, !llvm.ptr
        %v544 = llvm.fmul %v514, %v424 : vector<4xf32>
        %v545 = llvm.shufflevector %v529, %v529 [0, 1] : vector<4xf32>
        %v546 = llvm.fptrunc %v545 : vector<2xf32> to vector<2xbf16>
        %v547 = llvm.bitcast %v546 : vector<2xbf16> to i32
        %v548 = llvm.shufflevector %v529, %v529 [2, 3] : vector<4xf32>
        %v549 = llvm.fptrunc %v548 : vector<2xf32> to vector<2xbf16>
        %v550 = llvm.bitcast %v549 : vector<2xbf16> to i32
        %v551 = llvm.shufflevector %v544, %v544 [0, 1] : vector<4xf32>
        %v552 = llvm.fptrunc %v551 : vector<2xf32> to vector<2xbf16>
        %v553 = llvm.bitcast %v552 : vector<2xbf16> to i32
        %v554 = llvm.shufflevector %v544, %v544 [2, 3] : vector<4xf32>
        %v555 = llvm.fptrunc %v554 : vector<2xf32> to vector<2xbf16>
        %v556 = llvm.bitcast %v555 : vector<2xbf16> to i32
        %v557 = llvm.load %v78 : !llvm.ptr -> f32
        %v558 = llvm.load %v79 : !llvm.ptr -> f32
        %v559 = llvm.load %v80 : !llvm.ptr -> f32
        %v560 = llvm.load %v81 : !llvm.ptr -> f32
        %v561 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v426, %v428, %v430, %v432, %v547, %v550, %v557, %v558, %v559, %v560 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v562 = llvm.extractvalue %v561[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v562, %v78 : f32, !llvm.ptr
        %v563 = llvm.extractvalue %v561[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v563, %v79 : f32, !llvm.ptr
        %v564 = llvm.extractvalue %v561[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v564, %v80 : f32, !llvm.ptr
        %v565 = llvm.extractvalue %v561[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v565, %v81 : f32, !llvm.ptr
        %v566 = llvm.load %v78 : !llvm.ptr -> f32
        %v567 = llvm.load %v79 : !llvm.ptr -> f32
        %v568 = llvm.load %v80 : !llvm.ptr -> f32
        %v569 = llvm.load %v81 : !llvm.ptr -> f32
        %v570 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v434, %v436, %v438, %v440, %v553, %v556, %v566, %v567, %v568, %v569 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v571 = llvm.extractvalue %v570[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v571, %v78 : f32, !llvm.ptr
        %v572 = llvm.extractvalue %v570[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v572, %v79 : f32, !llvm.ptr
        %v573 = llvm.extractvalue %v570[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v573, %v80 : f32, !llvm.ptr
        %v574 = llvm.extractvalue %v570[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v574, %v81 : f32, !llvm.ptr
        %v575 = llvm.getelementptr %v57[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v576 = llvm.load %v575 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v577 = arith.addi %v116, %v12 : i64
        %v578 = llvm.getelementptr %v57[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v579 = llvm.load %v578 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v580 = llvm.select %v115, %v576, %v94 : i1, vector<4xf32>
        %v581 = llvm.select %v115, %v579, %v94 : i1, vector<4xf32>
        %v582 = llvm.fmul %v580, %v580 : vector<4xf32>
        %v583 = llvm.mlir.constant(0 : i32) : i32
        %v584 = llvm.extractelement %v582[%v583 : i32] : vector<4xf32>
        %v585 = llvm.mlir.constant(1 : i32) : i32
        %v586 = llvm.extractelement %v582[%v585 : i32] : vector<4xf32>
        %v587 = llvm.mlir.constant(2 : i32) : i32
        %v588 = llvm.extractelement %v582[%v587 : i32] : vector<4xf32>
        %v589 = llvm.mlir.constant(3 : i32) : i32
        %v590 = llvm.extractelement %v582[%v589 : i32] : vector<4xf32>
        %v591 = arith.addf %v584, %v586 fastmath<contract> : f32
        %v592 = arith.addf %v591, %v588 fastmath<contract> : f32
        %v593 = arith.addf %v592, %v590 fastmath<contract> : f32
        %v594 = llvm.load %v92 : !llvm.ptr -> f32
        %v595 = arith.addf %v594, %v593 fastmath<contract> : f32
        llvm.store %v595, %v92 : f32, !llvm.ptr
        %v596 = llvm.fmul %v580, %v421 : vector<4xf32>
        %v597 = llvm.fmul %v581, %v581 : vector<4xf32>
        %v598 = llvm.mlir.constant(0 : i32) : i32
        %v599 = llvm.extractelement %v597[%v598 : i32] : vector<4xf32>
        %v600 = llvm.mlir.constant(1 : i32) : i32
        %v601 = llvm.extractelement %v597[%v600 : i32] : vector<4xf32>
        %v602 = llvm.mlir.constant(2 : i32) : i32
        %v603 = llvm.extractelement %v597[%v602 : i32] : vector<4xf32>
        %v604 = llvm.mlir.constant(3 : i32) : i32
        %v605 = llvm.extractelement %v597[%v604 : i32] : vector<4xf32>
        %v606 = arith.addf %v599, %v601 fastmath<contract> : f32
        %v607 = arith.addf %v606, %v603 fastmath<contract> : f32
        %v608 = arith.addf %v607, %v605 fastmath<contract> : f32
        %v609 = llvm.load %v92 : !llvm.ptr -> f32
        %v610 = arith.addf %v609, %v608 fastmath<contract> : f32
        llvm.store %v610, %v92 : f32, !llvm.ptr
        %v611 = llvm.fmul %v581, %v424 : vector<4xf32>
        %v612 = llvm.shufflevector %v596, %v596 [0, 1] : vector<4xf32>
        %v613 = llvm.fptrunc %v612 : vector<2xf32> to vector<2xbf16>
        %v614 = llvm.bitcast %v613 : vector<2xbf16> to i32
        %v615 = llvm.shufflevector %v596, %v596 [2, 3] : vector<4xf32>
        %v616 = llvm.fptrunc %v615 : vector<2xf32> to vector<2xbf16>
        %v617 = llvm.bitcast %v616 : vector<2xbf16> to i32
        %v618 = llvm.shufflevector %v611, %v611 [0, 1] : vector<4xf32>
        %v619 = llvm.fptrunc %v618 : vector<2xf32> to vector<2xbf16>
        %v620 = llvm.bitcast %v619 : vector<2xbf16> to i32
        %v621 = llvm.shufflevector %v611, %v611 [2, 3] : vector<4xf32>
        %v622 = llvm.fptrunc %v621 : vector<2xf32> to vector<2xbf16>
        %v623 = llvm.bitcast %v622 : vector<2xbf16> to i32
        %v624 = llvm.load %v82 : !llvm.ptr -> f32
        %v625 = llvm.load %v83 : !llvm.ptr -> f32
        %v626 = llvm.load %v84 : !llvm.ptr -> f32
        %v627 = llvm.load %v85 : !llvm.ptr -> f32
        %v628 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v426, %v428, %v430, %v432, %v614, %v617, %v624, %v625, %v626, %v627 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v629 = llvm.extractvalue %v628[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v629, %v82 : f32, !llvm.ptr
        %v630 = llvm.extractvalue %v628[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v630, %v83 : f32, !llvm.ptr
        %v631 = llvm.extractvalue %v628[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v631, %v84 : f32, !llvm.ptr
        %v632 = llvm.extractvalue %v628[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v632, %v85 : f32, !llvm.ptr
        %v633 = llvm.load %v82 : !llvm.ptr -> f32
        %v634 = llvm.load %v83 : !llvm.ptr -> f32
        %v635 = llvm.load %v84 : !llvm.ptr -> f32
        %v636 = llvm.load %v85 : !llvm.ptr -> f32
        %v637 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v434, %v436, %v438, %v440, %v620, %v623, %v633, %v634, %v635, %v636 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v638 = llvm.extractvalue %v637[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v638, %v82 : f32, !llvm.ptr
        %v639 = llvm.extractvalue %v637[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v639, %v83 : f32, !llvm.ptr
        %v640 = llvm.extractvalue %v637[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v640, %v84 : f32, !llvm.ptr
        %v641 = llvm.extractvalue %v637[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v641, %v85 : f32, !llvm.ptr
        %v642 = llvm.getelementptr %v63[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v643 = llvm.load %v642 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v644 = arith.addi %v116, %v12 : i64
        %v645 = llvm.getelementptr %v63[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v646 = llvm.load %v645 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v647 = llvm.select %v115, %v643, %v94 : i1, vector<4xf32>
        %v648 = llvm.select %v115, %v646, %v94 : i1, vector<4xf32>
        %v649 = llvm.fmul %v647, %v647 : vector<4xf32>
        %v650 = llvm.mlir.constant(0 : i32) : i32
        %v651 = llvm.extractelement %v649[%v650 : i32] : vector<4xf32>
        %v652 = llvm.mlir.constant(1 : i32) : i32
        %v653 = llvm.extractelement %v649[%v652 : i32] : vector<4xf32>
        %v654 = llvm.mlir.constant(2 : i32) : i32
        %v655 = llvm.extractelement %v649[%v654 : i32] : vector<4xf32>
        %v656 = llvm.mlir.constant(3 : i32) : i32
        %v657 = llvm.extractelement %v649[%v656 : i32] : vector<4xf32>
        %v658 = arith.addf %v651, %v653 fastmath<contract> : f32
        %v659 = arith.addf %v658, %v655 fastmath<contract> : f32
        %v660 = arith.addf %v659, %v657 fastmath<contract> : f32
        %v661 = llvm.load %v93 : !llvm.ptr -> f32
        %v662 = arith.addf %v661, %v660 fastmath<contract> : f32
        llvm.store %v662, %v93 : f32, !llvm.ptr
        %v663 = llvm.fmul %v647, %v421 : vector<4xf32>
        %v664 = llvm.fmul %v648, %v648 : vector<4xf32>
        %v665 = llvm.mlir.constant(0 : i32) : i32
        %v666 = llvm.extractelement %v664[%v665 : i32] : vector<4xf32>
        %v667 = llvm.mlir.constant(1 : i32) : i32
        %v668 = llvm.extractelement %v664[%v667 : i32] : vector<4xf32>
        %v669 = llvm.mlir.constant(2 : i32) : i32
        %v670 = llvm.extractelement %v664[%v669 : i32] : vector<4xf32>
        %v671 = llvm.mlir.constant(3 : i32) : i32
        %v672 = llvm.extractelement %v664[%v671 : i32] : vector<4xf32>
        %v673 = arith.addf %v666, %v668 fastmath<contract> : f32
        %v674 = arith.addf %v673, %v670 fastmath<contract> : f32
        %v675 = arith.addf %v674, %v672 fastmath<contract> : f32
        %v676 = llvm.load %v93 : !llvm.ptr -> f32
        %v677 = arith.addf %v676, %v675 fastmath<contract> : f32
        llvm.store %v677, %v93 : f32, !llvm.ptr
        %v678 = llvm.fmul %v648, %v424 : vector<4xf32>
        %v679 = llvm.shufflevector %v663, %v663 [0, 1] : vector<4xf32>
        %v680 = llvm.fptrunc %v679 : vector<2xf32> to vector<2xbf16>
        %v681 = llvm.bitcast %v680 : vector<2xbf16> to i32
        %v682 = llvm.shufflevector %v663, %v663 [2, 3] : vector<4xf32>
        %v683 = llvm.fptrunc %v682 : vector<2xf32> to vector<2xbf16>
        %v684 = llvm.bitcast %v683 : vector<2xbf16> to i32
        %v685 = llvm.shufflevector %v678, %v678 [0, 1] : vector<4xf32>
        %v686 = llvm.fptrunc %v685 : vector<2xf32> to vector<2xbf16>
        %v687 = llvm.bitcast %v686 : vector<2xbf16> to i32
        %v688 = llvm.shufflevector %v678, %v678 [2, 3] : vector<4xf32>
        %v689 = llvm.fptrunc %v688 : vector<2xf32> to vector<2xbf16>
        %v690 = llvm.bitcast %v689 : vector<2xbf16> to i32
        %v691 = llvm.load %v86 : !llvm.ptr -> f32
        %v692 = llvm.load %v87 : !llvm.ptr -> f32
        %v693 = llvm.load %v88 : !llvm.ptr -> f32
        %v694 = llvm.load %v89 : !llvm.ptr -> f32
        %v695 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v426, %v428, %v430, %v432, %v681, %v684, %v691, %v692, %v693, %v694 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v696 = llvm.extractvalue %v695[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v696, %v86 : f32, !llvm.ptr
        %v697 = llvm.extractvalue %v695[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v697, %v87 : f32, !llvm.ptr
        %v698 = llvm.extractvalue %v695[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v698, %v88 : f32, !llvm.ptr
        %v699 = llvm.extractvalue %v695[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v699, %v89 : f32, !llvm.ptr
        %v700 = llvm.load %v86 : !llvm.ptr -> f32
        %v701 = llvm.load %v87 : !llvm.ptr -> f32
        %v702 = llvm.load %v88 : !llvm.ptr -> f32
        %v703 = llvm.load %v89 : !llvm.ptr -> f32
        %v704 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v434, %v436, %v438, %v440, %v687, %v690, %v700, %v701, %v702, %v703 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v705 = llvm.extractvalue %v704[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v705, %v86 : f32, !llvm.ptr
        %v706 = llvm.extractvalue %v704[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v706, %v87 : f32, !llvm.ptr
        %v707 = llvm.extractvalue %v704[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v707, %v88 : f32, !llvm.ptr
        %v708 = llvm.extractvalue %v704[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v708, %v89 : f32, !llvm.ptr
        %v709 = llvm.getelementptr %norm_w[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v710 = llvm.load %v709 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v711 = arith.addi %v126, %v12 : i64
        %v712 = llvm.getelementptr %norm_w[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v713 = llvm.load %v712 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v714 = llvm.mlir.constant(0 : i32) : i32
        %v715 = llvm.extractelement %v128[%v714 : i32] : vector<4xi32>
        %v716 = llvm.mlir.constant(0 : i32) : i32
        %v717 = llvm.extractelement %v130[%v716 : i32] : vector<4xi32>
        %v718 = llvm.mlir.constant(1 : i32) : i32
        %v719 = llvm.extractelement %v128[%v718 : i32] : vector<4xi32>
        %v720 = llvm.mlir.constant(1 : i32) : i32
        %v721 = llvm.extractelement %v130[%v720 : i32] : vector<4xi32>
        %v722 = llvm.mlir.constant(2 : i32) : i32
        %v723 = llvm.extractelement %v128[%v722 : i32] : vector<4xi32>
        %v724 = llvm.mlir.constant(2 : i32) : i32
        %v725 = llvm.extractelement %v130[%v724 : i32] : vector<4xi32>
        %v726 = llvm.mlir.constant(3 : i32) : i32
        %v727 = llvm.extractelement %v128[%v726 : i32] : vector<4xi32>
        %v728 = llvm.mlir.constant(3 : i32) : i32
        %v729 = llvm.extractelement %v130[%v728 : i32] : vector<4xi32>
        %v730 = llvm.getelementptr %v47[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v731 = llvm.load %v730 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v732 = arith.addi %v126, %v12 : i64
        %v733 = llvm.getelementptr %v47[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v734 = llvm.load %v733 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v735 = llvm.select %v125, %v731, %v94 : i1, vector<4xf32>
        %v736 = llvm.select %v125, %v734, %v94 : i1, vector<4xf32>
        %v737 = llvm.fmul %v735, %v735 : vector<4xf32>
        %v738 = llvm.mlir.constant(0 : i32) : i32
        %v739 = llvm.extractelement %v737[%v738 : i32] : vector<4xf32>
        %v740 = llvm.mlir.constant(1 : i32) : i32
        %v741 = llvm.extractelement %v737[%v740 : i32] : vector<4xf32>
        %v742 = llvm.mlir.constant(2 : i32) : i32
        %v743 = llvm.extractelement %v737[%v742 : i32] : vector<4xf32>
        %v744 = llvm.mlir.constant(3 : i32) : i32
        %v745 = llvm.extractelement %v737[%v744 : i32] : vector<4xf32>
        %v746 = arith.addf %v739, %v741 fastmath<contract> : f32
        %v747 = arith.addf %v746, %v743 fastmath<contract> : f32
        %v748 = arith.addf %v747, %v745 fastmath<contract> : f32
        %v749 = llvm.load %v90 : !llvm.ptr -> f32
        %v750 = arith.addf %v749, %v748 fastmath<contract> : f32
        llvm.store %v750, %v90 : f32, !llvm.ptr
        %v751 = llvm.fmul %v735, %v710 : vector<4xf32>
        %v752 = llvm.fmul %v736, %v736 : vector<4xf32>
        %v753 = llvm.mlir.constant(0 : i32) : i32
        %v754 = llvm.extractelement %v752[%v753 : i32] : vector<4xf32>
        %v755 = llvm.mlir.constant(1 : i32) : i32
        %v756 = llvm.extractelement %v752[%v755 : i32] : vector<4xf32>
        %v757 = llvm.mlir.constant(2 : i32) : i32
        %v758 = llvm.extractelement %v752[%v757 : i32] : vector<4xf32>
        %v759 = llvm.mlir.constant(3 : i32) : i32
        %v760 = llvm.extractelement %v752[%v759 : i32] : vector<4xf32>
        %v761 = arith.addf %v754, %v756 fastmath<contract> : f32
        %v762 = arith.addf %v761, %v758 fastmath<contract> : f32
        %v763 = arith.addf %v762, %v760 fastmath<contract> : f32
        %v764 = llvm.load %v90 : !llvm.ptr -> f32
        %v765 = arith.addf %v764, %v763 fastmath<contract> : f32
        llvm.store %v765, %v90 : f32, !llvm.ptr
        %v766 = llvm.fmul %v736, %v713 : vector<4xf32>
        %v767 = llvm.shufflevector %v751, %v751 [0, 1] : vector<4xf32>
        %v768 = llvm.fptrunc %v767 : vector<2xf32> to vector<2xbf16>
        %v769 = llvm.bitcast %v768 : vector<2xbf16> to i32
        %v770 = llvm.shufflevector %v751, %v751 [2, 3] : vector<4xf32>
        %v771 = llvm.fptrunc %v770 : vector<2xf32> to vector<2xbf16>
        %v772 = llvm.bitcast %v771 : vector<2xbf16> to i32
        %v773 = llvm.shufflevector %v766, %v766 [0, 1] : vector<4xf32>
        %v774 = llvm.fptrunc %v773 : vector<2xf32> to vector<2xbf16>
        %v775 = llvm.bitcast %v774 : vector<2xbf16> to i32
        %v776 = llvm.shufflevector %v766, %v766 [2, 3] : vector<4xf32>
        %v777 = llvm.fptrunc %v776 : vector<2xf32> to vector<2xbf16>
        %v778 = llvm.bitcast %v777 : vector<2xbf16> to i32
        %v779 = llvm.load %v74 : !llvm.ptr -> f32
        %v780 = llvm.load %v75 : !llvm.ptr -> f32
        %v781 = llvm.load %v76 : !llvm.ptr -> f32
        %v782 = llvm.load %v77 : !llvm.ptr -> f32
        %v783 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v715, %v717, %v719, %v721, %v769, %v772, %v779, %v780, %v781, %v782 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v784 = llvm.extractvalue %v783[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v784, %v74 : f32, !llvm.ptr
        %v785 = llvm.extractvalue %v783[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v785, %v75 : f32, !llvm.ptr
        %v786 = llvm.extractvalue %v783[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v786, %v76 : f32, !llvm.ptr
        %v787 = llvm.extractvalue %v783[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v787, %v77 : f32, !llvm.ptr
        %v788 = llvm.load %v74 : !llvm.ptr -> f32
        %v789 = llvm.load %v75 : !llvm.ptr -> f32
        %v790 = llvm.load %v76 : !llvm.ptr -> f32
        %v791 = llvm.load %v77 : !llvm.ptr -> f32
        %v792 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v723, %v725, %v727, %v729, %v775, %v778, %v788, %v789, %v790, %v791 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v793 = llvm.extractvalue %v792[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v793, %v74 : f32, !llvm.ptr
        %v794 = llvm.extractvalue %v792[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v794, %v75 : f32, !llvm.ptr
        %v795 = llvm.extractvalue %v792[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v795, %v76 : f32, !llvm.ptr
        %v796 = llvm.extractvalue %v792[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v796, %v77 : f32, !llvm.ptr
        %v797 = llvm.getelementptr %v52[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v798 = llvm.load %v797 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v799 = arith.addi %v126, %v12 : i64
        %v800 = llvm.getelementptr %v52[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v801 = llvm.load %v800 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v802 = llvm.select %v125, %v798, %v94 : i1, vector<4xf32>
        %v803 = llvm.select %v125, %v801, %v94 : i1, vector<4xf32>
        %v804 = llvm.fmul %v802, %v802 : vector<4xf32>
        %v805 = llvm.mlir.constant(0 : i32) : i32
        %v806 = llvm.extractelement %v804[%v805 : i32] : vector<4xf32>
        %v807 = llvm.mlir.constant(1 : i32) : i32
        %v808 = llvm.extractelement %v804[%v807 : i32] : vector<4xf32>
        %v809 = llvm.mlir.constant(2 : i32) : i32
        %v810 = llvm.extractelement %v804[%v809 : i32] : vector<4xf32>
        %v811 = llvm.mlir.constant(3 : i32) : i32
        %v812 = llvm.extractelement %v804[%v811 : i32] : vector<4xf32>
        %v813 = arith.addf %v806, %v808 fastmath<contract> : f32
        %v814 = arith.addf %v813, %v810 fastmath<contract> : f32
        %v815 = arith.addf %v814, %v812 fastmath<contract> : f32
        %v816 = llvm.load %v91 : !llvm.ptr -> f32
        %v817 = arith.addf %v816, %v815 fastmath<contract> : f32
        llvm.store %v817, %v91 : f32, !llvm.ptr
        %v818 = llvm.fmul %v802, %v710 : vector<4xf32>
        %v819 = llvm.fmul %v803, %v803 : vector<4xf32>
        %v820 = llvm.mlir.constant(0 : i32) : i32
        %v821 = llvm.extractelement %v819[%v820 : i32] : vector<4xf32>
        %v822 = llvm.mlir.constant(1 : i32) : i32
        %v823 = llvm.extractelement %v819[%v822 : i32] : vector<4xf32>
        %v824 = llvm.mlir.constant(2 : i32) : i32
        %v825 = llvm.extractelement %v819[%v824 : i32] : vector<4xf32>
        %v826 = llvm.mlir.constant(3 : i32) : i32
        %v827 = llvm.extractelement %v819[%v826 : i32] : vector<4xf32>
        %v828 = arith.addf %v821, %v823 fastmath<contract> : f32
        %v829 = arith.addf %v828, %v825 fastmath<contract> : f32
        %v830 = arith.addf %v829, %v827 fastmath<contract> : f32
        %v831 = llvm.load %v91 : !llvm.ptr -> f32
        %v832 = arith.addf %v831, %v830 fastmath<contract> : f32
        llvm.store %v832, %v91 : f32, !llvm.ptr
        %v833 = llvm.fmul %v803, %v713 : vector<4xf32>
        %v834 = llvm.shufflevector %v818, %v818 [0, 1] : vector<4xf32>
        %v835 = llvm.fptrunc %v834 : vector<2xf32> to vector<2xbf16>
        %v836 = llvm.bitcast %v835 : vector<2xbf16> to i32
        %v837 = llvm.shufflevector %v818, %v818 [2, 3] : vector<4xf32>
        %v838 = llvm.fptrunc %v837 : vector<2xf32> to vector<2xbf16>
        %v839 = llvm.bitcast %v838 : vector<2xbf16> to i32
        %v840 = llvm.shufflevector %v833, %v833 [0, 1] : vector<4xf32>
        %v841 = llvm.fptrunc %v840 : vector<2xf32> to vector<2xbf16>
        %v842 = llvm.bitcast %v841 : vector<2xbf16> to i32
        %v843 = llvm.shufflevector %v833, %v833 [2, 3] : vector<4xf32>
        %v844 = llvm.fptrunc %v843 : vector<2xf32> to vector<2xbf16>
        %v845 = llvm.bitcast %v844 : vector<2xbf16> to i32
        %v846 = llvm.load %v78 : !llvm.ptr -> f32
        %v847 = llvm.load %v79 : !llvm.ptr -> f32
        %v848 = llvm.load %v80 : !llvm.ptr -> f32
        %v849 = llvm.load %v81 : !llvm.ptr -> f32
        %v850 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v715, %v717, %v719, %v721, %v836, %v839, %v846, %v847, %v848, %v849 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v851 = llvm.extractvalue %v850[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v851, %v78 : f32, !llvm.ptr
        %v852 = llvm.extractvalue %v850[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v852, %v79 : f32, !llvm.ptr
        %v853 = llvm.extractvalue %v850[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v853, %v80 : f32, !llvm.ptr
        %v854 = llvm.extractvalue %v850[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v854, %v81 : f32, !llvm.ptr
        %v855 = llvm.load %v78 : !llvm.ptr -> f32
        %v856 = llvm.load %v79 : !llvm.ptr -> f32
        %v857 = llvm.load %v80 : !llvm.ptr -> f32
        %v858 = llvm.load %v81 : !llvm.ptr -> f32
        %v859 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v723, %v725, %v727, %v729, %v842, %v845, %v855, %v856, %v857, %v858 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v860 = llvm.extractvalue %v859[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v860, %v78 : f32, !llvm.ptr
        %v861 = llvm.extractvalue %v859[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v861, %v79 : f32, !llvm.ptr
        %v862 = llvm.extractvalue %v859[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v862, %v80 : f32, !llvm.ptr
        %v863 = llvm.extractvalue %v859[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v863, %v81 : f32, !llvm.ptr
        %v864 = llvm.getelementptr %v57[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v865 = llvm.load %v864 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v866 = arith.addi %v126, %v12 : i64
        %v867 = llvm.getelementptr %v57[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v868 = llvm.load %v867 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v869 = llvm.select %v125, %v865, %v94 : i1, vector<4xf32>
        %v870 = llvm.select %v125, %v868, %v94 : i1, vector<4xf32>
        %v871 = llvm.fmul %v869, %v869 : vector<4xf32>
        %v872 = llvm.mlir.constant(0 : i32) : i32
        %v873 = llvm.extractelement %v871[%v872 : i32] : vector<4xf32>
        %v874 = llvm.mlir.constant(1 : i32) : i32
        %v875 = llvm.extractelement %v871[%v874 : i32] : vector<4xf32>
        %v876 = llvm.mlir.constant(2 : i32) : i32
        %v877 = llvm.extractelement %v871[%v876 : i32] : vector<4xf32>
        %v878 = llvm.mlir.constant(3 : i32) : i32
        %v879 = llvm.extractelement %v871[%v878 : i32] : vector<4xf32>
        %v880 = arith.addf %v873, %v875 fastmath<contract> : f32
        %v881 = arith.addf %v880, %v877 fastmath<contract> : f32
        %v882 = arith.addf %v881, %v879 fastmath<contract> : f32
        %v883 = llvm.load %v92 : !llvm.ptr -> f32
        %v884 = arith.addf %v883, %v882 fastmath<contract> : f32
        llvm.store %v884, %v92 : f32, !llvm.ptr
        %v885 = llvm.fmul %v869, %v710 : vector<4xf32>
        %v886 = llvm.fmul %v870, %v870 : vector<4xf32>
        %v887 = llvm.mlir.constant(0 : i32) : i32
        %v888 = llvm.extractelement %v886[%v887 : i32] : vector<4xf32>
        %v889 = llvm.mlir.constant(1 : i32) : i32
        %v890 = llvm.extractelement %v886[%v889 : i32] : vector<4xf32>
        %v891 = llvm.mlir.constant(2 : i32) : i32
        %v892 = llvm.extractelement %v886[%v891 : i32] : vector<4xf32>
        %v893 = llvm.mlir.constant(3 : i32) : i32
        %v894 = llvm.extractelement %v886[%v893 : i32] : vector<4xf32>
        %v895 = arith.addf %v888, %v890 fastmath<contract> : f32
        %v896 = arith.addf %v895, %v892 fastmath<contract> : f32
        %v897 = arith.addf %v896, %v894 fastmath<contract> : f32
        %v898 = llvm.load %v92 : !llvm.ptr -> f32
        %v899 = arith.addf %v898, %v897 fastmath<contract> : f32
        llvm.store %v899, %v92 : f32, !llvm.ptr
        %v900 = llvm.fmul %v870, %v713 : vector<4xf32>
        %v901 = llvm.shufflevector %v885, %v885 [0, 1] : vector<4xf32>
        %v902 = llvm.fptrunc %v901 : vector<2xf32> to vector<2xbf16>
        %v903 = llvm.bitcast %v902 : vector<2xbf16> to i32
        %v904 = llvm.shufflevector %v885, %v885 [2, 3] : vector<4xf32>
        %v905 = llvm.fptrunc %v904 : vector<2xf32> to vector<2xbf16>
        %v906 = llvm.bitcast %v905 : vector<2xbf16> to i32
        %v907 = llvm.shufflevector %v900, %v900 [0, 1] : vector<4xf32>
        %v908 = llvm.fptrunc %v907 : vector<2xf32> to vector<2xbf16>
        %v909 = llvm.bitcast %v908 : vector<2xbf16> to i32
        %v910 = llvm.shufflevector %v900, %v900 [2, 3] : vector<4xf32>
        %v911 = llvm.fptrunc %v910 : vector<2xf32> to vector<2xbf16>
        %v912 = llvm.bitcast %v911 : vector<2xbf16> to i32
        %v913 = llvm.load %v82 : !llvm.ptr -> f32
        %v914 = llvm.load %v83 : !llvm.ptr -> f32
        %v915 = llvm.load %v84 : !llvm.ptr -> f32
        %v916 = llvm.load %v85 : !llvm.ptr -> f32
        %v917 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v715, %v717, %v719, %v721, %v903, %v906, %v913, %v914, %v915, %v916 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v918 = llvm.extractvalue %v917[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v918, %v82 : f32, !llvm.ptr
        %v919 = llvm.extractvalue %v917[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v919, %v83 : f32, !llvm.ptr
        %v920 = llvm.extractvalue %v917[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v920, %v84 : f32, !llvm.ptr
        %v921 = llvm.extractvalue %v917[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v921, %v85 : f32, !llvm.ptr
        %v922 = llvm.load %v82 : !llvm.ptr -> f32
        %v923 = llvm.load %v83 : !llvm.ptr -> f32
        %v924 = llvm.load %v84 : !llvm.ptr -> f32
        %v925 = llvm.load %v85 : !llvm.ptr -> f32
        %v926 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v723, %v725, %v727, %v729, %v909, %v912, %v922, %v923, %v924, %v925 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v927 = llvm.extractvalue %v926[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v927, %v82 : f32, !llvm.ptr
        %v928 = llvm.extractvalue %v926[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v928, %v83 : f32, !llvm.ptr
        %v929 = llvm.extractvalue %v926[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v929, %v84 : f32, !llvm.ptr
        %v930 = llvm.extractvalue %v926[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v930, %v85 : f32, !llvm.ptr
        %v931 = llvm.getelementptr %v63[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v932 = llvm.load %v931 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v933 = arith.addi %v126, %v12 : i64
        %v934 = llvm.getelementptr %v63[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v935 = llvm.load %v934 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v936 = llvm.select %v125, %v932, %v94 : i1, vector<4xf32>
        %v937 = llvm.select %v125, %v935, %v94 : i1, vector<4xf32>
        %v938 = llvm.fmul %v936, %v936 : vector<4xf32>
        %v939 = llvm.mlir.constant(0 : i32) : i32
        %v940 = llvm.extractelement %v938[%v939 : i32] : vector<4xf32>
        %v941 = llvm.mlir.constant(1 : i32) : i32
        %v942 = llvm.extractelement %v938[%v941 : i32] : vector<4xf32>
        %v943 = llvm.mlir.constant(2 : i32) : i32
        %v944 = llvm.extractelement %v938[%v943 : i32] : vector<4xf32>
        %v945 = llvm.mlir.constant(3 : i32) : i32
        %v946 = llvm.extractelement %v938[%v945 : i32] : vector<4xf32>
        %v947 = arith.addf %v940, %v942 fastmath<contract> : f32
        %v948 = arith.addf %v947, %v944 fastmath<contract> : f32
        %v949 = arith.addf %v948, %v946 fastmath<contract> : f32
        %v950 = llvm.load %v93 : !llvm.ptr -> f32
        %v951 = arith.addf %v950, %v949 fastmath<contract> : f32
        llvm.store %v951, %v93 : f32, !llvm.ptr
        %v952 = llvm.fmul %v936, %v710 : vector<4xf32>
        %v953 = llvm.fmul %v937, %v937 : vector<4xf32>
        %v954 = llvm.mlir.constant(0 : i32) : i32
        %v955 = llvm.extractelement %v953[%v954 : i32] : vector<4xf32>
        %v956 = llvm.mlir.constant(1 : i32) : i32
        %v957 = llvm.extractelement %v953[%v956 : i32] : vector<4xf32>
        %v958 = llvm.mlir.constant(2 : i32) : i32
        %v959 = llvm.extractelement %v953[%v958 : i32] : vector<4xf32>
        %v960 = llvm.mlir.constant(3 : i32) : i32
        %v961 = llvm.extractelement %v953[%v960 : i32] : vector<4xf32>
        %v962 = arith.addf %v955, %v957 fastmath<contract> : f32
        %v963 = arith.addf %v962, %v959 fastmath<contract> : f32
        %v964 = arith.addf %v963, %v961 fastmath<contract> : f32
        %v965 = llvm.load %v93 : !llvm.ptr -> f32
        %v966 = arith.addf %v965, %v964 fastmath<contract> : f32
        llvm.store %v966, %v93 : f32, !llvm.ptr
        %v967 = llvm.fmul %v937, %v713 : vector<4xf32>
        %v968 = llvm.shufflevector %v952, %v952 [0, 1] : vector<4xf32>
        %v969 = llvm.fptrunc %v968 : vector<2xf32> to vector<2xbf16>
        %v970 = llvm.bitcast %v969 : vector<2xbf16> to i32
        %v971 = llvm.shufflevector %v952, %v952 [2, 3] : vector<4xf32>
        %v972 = llvm.fptrunc %v971 : vector<2xf32> to vector<2xbf16>
        %v973 = llvm.bitcast %v972 : vector<2xbf16> to i32
        %v974 = llvm.shufflevector %v967, %v967 [0, 1] : vector<4xf32>
        %v975 = llvm.fptrunc %v974 : vector<2xf32> to vector<2xbf16>
        %v976 = llvm.bitcast %v975 : vector<2xbf16> to i32
        %v977 = llvm.shufflevector %v967, %v967 [2, 3] : vector<4xf32>
        %v978 = llvm.fptrunc %v977 : vector<2xf32> to vector<2xbf16>
        %v979 = llvm.bitcast %v978 : vector<2xbf16> to i32
        %v980 = llvm.load %v86 : !llvm.ptr -> f32
        %v981 = llvm.load %v87 : !llvm.ptr -> f32
        %v982 = llvm.load %v88 : !llvm.ptr -> f32
        %v983 = llvm.load %v89 : !llvm.ptr -> f32
        %v984 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v715, %v717, %v719, %v721, %v970, %v973, %v980, %v981, %v982, %v983 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v985 = llvm.extractvalue %v984[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v985, %v86 : f32, !llvm.ptr
        %v986 = llvm.extractvalue %v984[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v986, %v87 : f32, !llvm.ptr
        %v987 = llvm.extractvalue %v984[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v987, %v88 : f32, !llvm.ptr
        %v988 = llvm.extractvalue %v984[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v988, %v89 : f32, !llvm.ptr
        %v989 = llvm.load %v86 : !llvm.ptr -> f32
        %v990 = llvm.load %v87 : !llvm.ptr -> f32
        %v991 = llvm.load %v88 : !llvm.ptr -> f32
        %v992 = llvm.load %v89 : !llvm.ptr -> f32
        %v993 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v723, %v725, %v727, %v729, %v976, %v979, %v989, %v990, %v991, %v992 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v994 = llvm.extractvalue %v993[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v994, %v86 : f32, !llvm.ptr
        %v995 = llvm.extractvalue %v993[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v995, %v87 : f32, !llvm.ptr
        %v996 = llvm.extractvalue %v993[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v996, %v88 : f32, !llvm.ptr
        %v997 = llvm.extractvalue %v993[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v997, %v89 : f32, !llvm.ptr
      }
      %v1000 = arith.muli %v10, %v999 : i64
      %v1001 = arith.muli %v14, %v34 : i64
      %v1002 = arith.muli %v1001, %v998 : i64
      %v1003 = arith.addi %v1000, %v1002 : i64
      %v1004 = arith.addi %v1003, %v13 : i64
      %v1005 = llvm.load %v74 : !llvm.ptr -> f32
      %v1006 = llvm.getelementptr %v2[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1005, %v1006 : f32, !llvm.ptr
      %v1007 = arith.addi %v1001, %v15 : i64
      %v1008 = arith.muli %v1007, %v998 : i64
      %v1009 = arith.addi %v1000, %v1008 : i64
      %v1010 = arith.addi %v1009, %v13 : i64
      %v1011 = llvm.load %v75 : !llvm.ptr -> f32
      %v1012 = llvm.getelementptr %v2[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1011, %v1012 : f32, !llvm.ptr
      %v1013 = arith.addi %v13, %v17 : i64
      %v1014 = arith.muli %v1001, %v998 : i64
      %v1015 = arith.addi %v1000, %v1014 : i64
      %v1016 = arith.addi %v1015, %v1013 : i64
      %v1017 = llvm.load %v76 : !llvm.ptr -> f32
      %v1018 = llvm.getelementptr %v2[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1017, %v1018 : f32, !llvm.ptr
      %v1019 = arith.addi %v1001, %v15 : i64
      %v1020 = arith.addi %v13, %v17 : i64
      %v1021 = arith.muli %v1019, %v998 : i64
      %v1022 = arith.addi %v1000, %v1021 : i64
      %v1023 = arith.addi %v1022, %v1020 : i64
      %v1024 = llvm.load %v77 : !llvm.ptr -> f32
      %v1025 = llvm.getelementptr %v2[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1024, %v1025 : f32, !llvm.ptr
      %v1026 = arith.addi %v1001, %v17 : i64
      %v1027 = arith.muli %v1026, %v998 : i64
      %v1028 = arith.addi %v1000, %v1027 : i64
      %v1029 = arith.addi %v1028, %v13 : i64
      %v1030 = llvm.load %v78 : !llvm.ptr -> f32
      %v1031 = llvm.getelementptr %v2[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1030, %v1031 : f32, !llvm.ptr
      %v1033 = arith.addi %v1001, %v1032 : i64
      %v1034 = arith.muli %v1033, %v998 : i64
      %v1035 = arith.addi %v1000, %v1034 : i64
      %v1036 = arith.addi %v1035, %v13 : i64
      %v1037 = llvm.load %v79 : !llvm.ptr -> f32
      %v1038 = llvm.getelementptr %v2[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1037, %v1038 : f32, !llvm.ptr
      %v1039 = arith.addi %v1001, %v17 : i64
      %v1040 = arith.addi %v13, %v17 : i64
      %v1041 = arith.muli %v1039, %v998 : i64
      %v1042 = arith.addi %v1000, %v1041 : i64
      %v1043 = arith.addi %v1042, %v1040 : i64
      %v1044 = llvm.load %v80 : !llvm.ptr -> f32
      %v1045 = llvm.getelementptr %v2[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1044, %v1045 : f32, !llvm.ptr
      %v1046 = arith.addi %v1001, %v1032 : i64
      %v1047 = arith.addi %v13, %v17 : i64
      %v1048 = arith.muli %v1046, %v998 : i64
      %v1049 = arith.addi %v1000, %v1048 : i64
      %v1050 = arith.addi %v1049, %v1047 : i64
      %v1051 = llvm.load %v81 : !llvm.ptr -> f32
      %v1052 = llvm.getelementptr %v2[%v1050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1051, %v1052 : f32, !llvm.ptr
      %v1053 = arith.addi %v1001, %v20 : i64
      %v1054 = arith.muli %v1053, %v998 : i64
      %v1055 = arith.addi %v1000, %v1054 : i64
      %v1056 = arith.addi %v1055, %v13 : i64
      %v1057 = llvm.load %v82 : !llvm.ptr -> f32
      %v1058 = llvm.getelementptr %v2[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1057, %v1058 : f32, !llvm.ptr
      %v1060 = arith.addi %v1001, %v1059 : i64
      %v1061 = arith.muli %v1060, %v998 : i64
      %v1062 = arith.addi %v1000, %v1061 : i64
      %v1063 = arith.addi %v1062, %v13 : i64
      %v1064 = llvm.load %v83 : !llvm.ptr -> f32
      %v1065 = llvm.getelementptr %v2[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1064, %v1065 : f32, !llvm.ptr
      %v1066 = arith.addi %v1001, %v20 : i64
      %v1067 = arith.addi %v13, %v17 : i64
      %v1068 = arith.muli %v1066, %v998 : i64
      %v1069 = arith.addi %v1000, %v1068 : i64
      %v1070 = arith.addi %v1069, %v1067 : i64
      %v1071 = llvm.load %v84 : !llvm.ptr -> f32
      %v1072 = llvm.getelementptr %v2[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1071, %v1072 : f32, !llvm.ptr
      %v1073 = arith.addi %v1001, %v1059 : i64
      %v1074 = arith.addi %v13, %v17 : i64
      %v1075 = arith.muli %v1073, %v998 : i64
      %v1076 = arith.addi %v1000, %v1075 : i64
      %v1077 = arith.addi %v1076, %v1074 : i64
      %v1078 = llvm.load %v85 : !llvm.ptr -> f32
      %v1079 = llvm.getelementptr %v2[%v1077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1078, %v1079 : f32, !llvm.ptr
      %v1080 = arith.addi %v1001, %v58 : i64
      %v1081 = arith.muli %v1080, %v998 : i64
      %v1082 = arith.addi %v1000, %v1081 : i64
      %v1083 = arith.addi %v1082, %v13 : i64
      %v1084 = llvm.load %v86 : !llvm.ptr -> f32
      %v1085 = llvm.getelementptr %v2[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1084, %v1085 : f32, !llvm.ptr
      %v1087 = arith.addi %v1001, %v1086 : i64
      %v1088 = arith.muli %v1087, %v998 : i64
      %v1089 = arith.addi %v1000, %v1088 : i64
      %v1090 = arith.addi %v1089, %v13 : i64
      %v1091 = llvm.load %v87 : !llvm.ptr -> f32
      %v1092 = llvm.getelementptr %v2[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1091, %v1092 : f32, !llvm.ptr
      %v1093 = arith.addi %v1001, %v58 : i64
      %v1094 = arith.addi %v13, %v17 : i64
      %v1095 = arith.muli %v1093, %v998 : i64
      %v1096 = arith.addi %v1000, %v1095 : i64
      %v1097 = arith.addi %v1096, %v1094 : i64
      %v1098 = llvm.load %v88 : !llvm.ptr -> f32
      %v1099 = llvm.getelementptr %v2[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1098, %v1099 : f32, !llvm.ptr
      %v1100 = arith.addi %v1001, %v1086 : i64
      %v1101 = arith.addi %v13, %v17 : i64
      %v1102 = arith.muli %v1100, %v998 : i64
      %v1103 = arith.addi %v1000, %v1102 : i64
      %v1104 = arith.addi %v1103, %v1101 : i64
      %v1105 = llvm.load %v89 : !llvm.ptr -> f32
      %v1106 = llvm.getelementptr %v2[%v1104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1105, %v1106 : f32, !llvm.ptr
      %v1107 = arith.constant 32 : i32
      %v1108 = arith.cmpi eq, %v14, %v16 : i64
      %v1109 = arith.muli %v10, %v9 : i64
      %v1110 = llvm.load %v90 : !llvm.ptr -> f32
      %v1111 = arith.constant 1 : i32
      %v1112, %v1113 = gpu.shuffle xor %v1110, %v1111, %v1107 : f32
      %v1114 = arith.addf %v1110, %v1112 fastmath<contract> : f32
      %v1115 = arith.constant 2 : i32
      %v1116, %v1117 = gpu.shuffle xor %v1114, %v1115, %v1107 : f32
      %v1118 = arith.addf %v1114, %v1116 fastmath<contract> : f32
      scf.if %v1108 {
        %v1119 = arith.addi %v1109, %v13 : i64
        %v1120 = llvm.getelementptr %v4[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1118, %v1120 : f32, !llvm.ptr
      }
      %v1121 = llvm.load %v91 : !llvm.ptr -> f32
      %v1122 = arith.constant 1 : i32
      %v1123, %v1124 = gpu.shuffle xor %v1121, %v1122, %v1107 : f32
      %v1125 = arith.addf %v1121, %v1123 fastmath<contract> : f32
      %v1126 = arith.constant 2 : i32
      %v1127, %v1128 = gpu.shuffle xor %v1125, %v1126, %v1107 : f32
      %v1129 = arith.addf %v1125, %v1127 fastmath<contract> : f32
      scf.if %v1108 {
        %v1130 = arith.addi %v1109, %v17 : i64
        %v1131 = arith.addi %v1130, %v13 : i64
        %v1132 = llvm.getelementptr %v4[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1129, %v1132 : f32, !llvm.ptr
      }
      %v1133 = llvm.load %v92 : !llvm.ptr -> f32
      %v1134 = arith.constant 1 : i32
      %v1135, %v1136 = gpu.shuffle xor %v1133, %v1134, %v1107 : f32
      %v1137 = arith.addf %v1133, %v1135 fastmath<contract> : f32
      %v1138 = arith.constant 2 : i32
      %v1139, %v1140 = gpu.shuffle xor %v1137, %v1138, %v1107 : f32
      %v1141 = arith.addf %v1137, %v1139 fastmath<contract> : f32
      scf.if %v1108 {
        %v1142 = arith.addi %v1109, %v20 : i64
        %v1143 = arith.addi %v1142, %v13 : i64
        %v1144 = llvm.getelementptr %v4[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1141, %v1144 : f32, !llvm.ptr
      }
      %v1145 = llvm.load %v93 : !llvm.ptr -> f32
      %v1146 = arith.constant 1 : i32
      %v1147, %v1148 = gpu.shuffle xor %v1145, %v1146, %v1107 : f32
      %v1149 = arith.addf %v1145, %v1147 fastmath<contract> : f32
      %v1150 = arith.constant 2 : i32
      %v1151, %v1152 = gpu.shuffle xor %v1149, %v1150, %v1107 : f32
      %v1153 = arith.addf %v1149, %v1151 fastmath<contract> : f32
      scf.if %v1108 {
        %v1154 = arith.addi %v1109, %v58 : i64
        %v1155 = arith.addi %v1154, %v13 : i64
        %v1156 = llvm.getelementptr %v4[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1153, %v1156 : f32, !llvm.ptr
      }
      gpu.barrier
      %v1158 = arith.cmpi slt, %v8, %v1157 : i64
      %v1159 = arith.divsi %v8, %v20 : i64
      %v1160 = arith.remsi %v8, %v20 : i64
      llvm.store %v73, %v1161 : f32, !llvm.ptr
      llvm.store %v73, %v1162 : f32, !llvm.ptr
      scf.if %v1158 {
        %v1163 = arith.muli %v1159, %v998 : i64
        %v1164 = arith.addi %v1163, %v1160 : i64
        %v1165 = llvm.getelementptr %v2[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
        %v1167 = arith.addi %v1164, %v999 : i64
        %v1168 = llvm.getelementptr %v2[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
        %v1170 = arith.addf %v1166, %v1169 fastmath<contract> : f32
        %v1172 = arith.addi %v1164, %v1171 : i64
        %v1173 = llvm.getelementptr %v2[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
        %v1175 = arith.addf %v1170, %v1174 fastmath<contract> : f32
        %v1177 = arith.addi %v1164, %v1176 : i64
        %v1178 = llvm.getelementptr %v2[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
        %v1180 = arith.addf %v1175, %v1179 fastmath<contract> : f32
        %v1182 = arith.addi %v1164, %v1181 : i64
        %v1183 = llvm.getelementptr %v2[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
        %v1185 = arith.addf %v1180, %v1184 fastmath<contract> : f32
        %v1187 = arith.addi %v1164, %v1186 : i64
        %v1188 = llvm.getelementptr %v2[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
        %v1190 = arith.addf %v1185, %v1189 fastmath<contract> : f32
        %v1192 = arith.addi %v1164, %v1191 : i64
        %v1193 = llvm.getelementptr %v2[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
        %v1195 = arith.addf %v1190, %v1194 fastmath<contract> : f32
        %v1197 = arith.addi %v1164, %v1196 : i64
        %v1198 = llvm.getelementptr %v2[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1199 = llvm.load %v1198 : !llvm.ptr -> f32
        %v1200 = arith.addf %v1195, %v1199 fastmath<contract> : f32
        llvm.store %v1200, %v1161 : f32, !llvm.ptr
        %v1201 = llvm.getelementptr %v4[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
        %v1203 = arith.addi %v1159, %v9 : i64
        %v1204 = llvm.getelementptr %v4[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
        %v1206 = arith.addf %v1202, %v1205 fastmath<contract> : f32
        %v1208 = arith.addi %v1159, %v1207 : i64
        %v1209 = llvm.getelementptr %v4[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
        %v1211 = arith.addf %v1206, %v1210 fastmath<contract> : f32
        %v1213 = arith.addi %v1159, %v1212 : i64
        %v1214 = llvm.getelementptr %v4[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
        %v1216 = arith.addf %v1211, %v1215 fastmath<contract> : f32
        %v1217 = arith.addi %v1159, %v36 : i64
        %v1218 = llvm.getelementptr %v4[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
        %v1220 = arith.addf %v1216, %v1219 fastmath<contract> : f32
        %v1222 = arith.addi %v1159, %v1221 : i64
        %v1223 = llvm.getelementptr %v4[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
        %v1225 = arith.addf %v1220, %v1224 fastmath<contract> : f32
        %v1227 = arith.addi %v1159, %v1226 : i64
        %v1228 = llvm.getelementptr %v4[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
        %v1230 = arith.addf %v1225, %v1229 fastmath<contract> : f32
        %v1232 = arith.addi %v1159, %v1231 : i64
        %v1233 = llvm.getelementptr %v4[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
        %v1235 = arith.addf %v1230, %v1234 fastmath<contract> : f32
        llvm.store %v1235, %v1162 : f32, !llvm.ptr
      }
      %v1237 = arith.addi %v8, %v1236 : i64
      %v1238 = arith.cmpi slt, %v1237, %v1157 : i64
      %v1239 = arith.divsi %v1237, %v20 : i64
      %v1240 = arith.remsi %v1237, %v20 : i64
      llvm.store %v73, %v1241 : f32, !llvm.ptr
      llvm.store %v73, %v1242 : f32, !llvm.ptr
      scf.if %v1238 {
        %v1243 = arith.muli %v1239, %v998 : i64
        %v1244 = arith.addi %v1243, %v1240 : i64
        %v1245 = llvm.getelementptr %v2[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
        %v1247 = arith.addi %v1244, %v999 : i64
        %v1248 = llvm.getelementptr %v2[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
        %v1250 = arith.addf %v1246, %v1249 fastmath<contract> : f32
        %v1251 = arith.addi %v1244, %v1171 : i64
        %v1252 = llvm.getelementptr %v2[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
        %v1254 = arith.addf %v1250, %v1253 fastmath<contract> : f32
        %v1255 = arith.addi %v1244, %v1176 : i64
        %v1256 = llvm.getelementptr %v2[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
        %v1258 = arith.addf %v1254, %v1257 fastmath<contract> : f32
        %v1259 = arith.addi %v1244, %v1181 : i64
        %v1260 = llvm.getelementptr %v2[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
        %v1262 = arith.addf %v1258, %v1261 fastmath<contract> : f32
        %v1263 = arith.addi %v1244, %v1186 : i64
        %v1264 = llvm.getelementptr %v2[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
        %v1266 = arith.addf %v1262, %v1265 fastmath<contract> : f32
        %v1267 = arith.addi %v1244, %v1191 : i64
        %v1268 = llvm.getelementptr %v2[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
        %v1270 = arith.addf %v1266, %v1269 fastmath<contract> : f32
        %v1271 = arith.addi %v1244, %v1196 : i64
        %v1272 = llvm.getelementptr %v2[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
        %v1274 = arith.addf %v1270, %v1273 fastmath<contract> : f32
        llvm.store %v1274, %v1241 : f32, !llvm.ptr
        %v1275 = llvm.getelementptr %v4[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
        %v1277 = arith.addi %v1239, %v9 : i64
        %v1278 = llvm.getelementptr %v4[%v1277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
        %v1280 = arith.addf %v1276, %v1279 fastmath<contract> : f32
        %v1281 = arith.addi %v1239, %v1207 : i64
        %v1282 = llvm.getelementptr %v4[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
        %v1284 = arith.addf %v1280, %v1283 fastmath<contract> : f32
        %v1285 = arith.addi %v1239, %v1212 : i64
        %v1286 = llvm.getelementptr %v4[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
        %v1288 = arith.addf %v1284, %v1287 fastmath<contract> : f32
        %v1289 = arith.addi %v1239, %v36 : i64
        %v1290 = llvm.getelementptr %v4[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
        %v1292 = arith.addf %v1288, %v1291 fastmath<contract> : f32
        %v1293 = arith.addi %v1239, %v1221 : i64
        %v1294 = llvm.getelementptr %v4[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
        %v1296 = arith.addf %v1292, %v1295 fastmath<contract> : f32
        %v1297 = arith.addi %v1239, %v1226 : i64
        %v1298 = llvm.getelementptr %v4[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
        %v1300 = arith.addf %v1296, %v1299 fastmath<contract> : f32
        %v1301 = arith.addi %v1239, %v1231 : i64
        %v1302 = llvm.getelementptr %v4[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
        %v1304 = arith.addf %v1300, %v1303 fastmath<contract> : f32
        llvm.store %v1304, %v1242 : f32, !llvm.ptr
      }
      %v1305 = arith.constant true
      llvm.store %v1305, %v1306 : i1, !llvm.ptr
      %v1307 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v1307 {
        %v1309 = arith.muli %v18, %splits : i64
        %v1310 = arith.addi %v1309, %v19 : i64
        %v1311 = arith.muli %v1310, %v1308 : i64
        scf.if %v1158 {
          %v1312 = arith.addi %v1311, %v8 : i64
          %v1313 = llvm.load %v1161 : !llvm.ptr -> f32
          %v1314 = llvm.getelementptr %ws[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1313, %v1314 : f32, !llvm.ptr
          %v1315 = arith.cmpi eq, %v1160, %v16 : i64
          scf.if %v1315 {
            %v1316 = arith.addi %v1311, %v1157 : i64
            %v1317 = arith.addi %v1316, %v1159 : i64
            %v1318 = llvm.load %v1162 : !llvm.ptr -> f32
            %v1319 = llvm.getelementptr %ws[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1318, %v1319 : f32, !llvm.ptr
          }
        }
        scf.if %v1238 {
          %v1320 = arith.addi %v1311, %v1237 : i64
          %v1321 = llvm.load %v1241 : !llvm.ptr -> f32
          %v1322 = llvm.getelementptr %ws[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1321, %v1322 : f32, !llvm.ptr
          %v1323 = arith.cmpi eq, %v1240, %v16 : i64
          scf.if %v1323 {
            %v1324 = arith.addi %v1311, %v1157 : i64
            %v1325 = arith.addi %v1324, %v1239 : i64
            %v1326 = llvm.load %v1242 : !llvm.ptr -> f32
            %v1327 = llvm.getelementptr %ws[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1326, %v1327 : f32, !llvm.ptr
          }
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v1328 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v1328 {
          %v1329 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v1330 = arith.constant 1 : i32
          %v1331 = llvm.atomicrmw add %v1329, %v1330 acq_rel : !llvm.ptr, i32
          %v1332 = arith.trunci %splits : i64 to i32
          %v1333 = arith.subi %v1332, %v1330 : i32
          %v1334 = arith.cmpi eq, %v1331, %v1333 : i32
          %v1335 = arith.uitofp %v1334 : i1 to f32
          %v1336 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1335, %v1336 : f32, !llvm.ptr
          scf.if %v1334 {
            %v1337 = arith.constant 0 : i32
            llvm.store %v1337, %v1329 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v1338 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1339 = llvm.load %v1338 : !llvm.ptr -> f32
        %v1340 = arith.cmpf one, %v1339, %v73 : f32
        llvm.store %v1340, %v1306 : i1, !llvm.ptr
        scf.if %v1340 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v1341 = arith.muli %v18, %splits : i64
          %v1342 = arith.muli %v1341, %v1308 : i64
          scf.if %v1158 {
            llvm.store %v73, %v1343 : f32, !llvm.ptr
            scf.for %v1344 = %v16 to %splits step %v15 : i64 {
              %v1345 = arith.muli %v1344, %v1308 : i64
              %v1346 = arith.addi %v1345, %v1342 : i64
              %v1347 = arith.addi %v1346, %v8 : i64
              %v1348 = llvm.getelementptr %ws[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1349 = llvm.ptrtoint %v1348 : !llvm.ptr to i64
              %v1350 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1349 : (i64) -> f32
              %v1351 = llvm.load %v1343 : !llvm.ptr -> f32
              %v1352 = arith.addf %v1351, %v1350 fastmath<contract> : f32
              llvm.store %v1352, %v1343 : f32, !llvm.ptr
            }
            %v1353 = llvm.load %v1343 : !llvm.ptr -> f32
            llvm.store %v1353, %v1161 : f32, !llvm.ptr
            %v1354 = arith.addi %v1157, %v1159 : i64
            llvm.store %v73, %v1355 : f32, !llvm.ptr
            scf.for %v1356 = %v16 to %splits step %v15 : i64 {
              %v1357 = arith.muli %v1356, %v1308 : i64
              %v1358 = arith.addi %v1357, %v1342 : i64
              %v1359 = arith.addi %v1358, %v1354 : i64
              %v1360 = llvm.getelementptr %ws[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1361 = llvm.ptrtoint %v1360 : !llvm.ptr to i64
              %v1362 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1361 : (i64) -> f32
              %v1363 = llvm.load %v1355 : !llvm.ptr -> f32
              %v1364 = arith.addf %v1363, %v1362 fastmath<contract> : f32
              llvm.store %v1364, %v1355 : f32, !llvm.ptr
            }
            %v1365 = llvm.load %v1355 : !llvm.ptr -> f32
            llvm.store %v1365, %v1162 : f32, !llvm.ptr
          }
          scf.if %v1238 {
            llvm.store %v73, %v1366 : f32, !llvm.ptr
            scf.for %v1367 = %v16 to %splits step %v15 : i64 {
              %v1368 = arith.muli %v1367, %v1308 : i64
              %v1369 = arith.addi %v1368, %v1342 : i64
              %v1370 = arith.addi %v1369, %v1237 : i64
              %v1371 = llvm.getelementptr %ws[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1372 = llvm.ptrtoint %v1371 : !llvm.ptr to i64
              %v1373 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1372 : (i64) -> f32
              %v1374 = llvm.load %v1366 : !llvm.ptr -> f32
              %v1375 = arith.addf %v1374, %v1373 fastmath<contract> : f32
              llvm.store %v1375, %v1366 : f32, !llvm.ptr
            }
            %v1376 = llvm.load %v1366 : !llvm.ptr -> f32
            llvm.store %v1376, %v1241 : f32, !llvm.ptr
            %v1377 = arith.addi %v1157, %v1239 : i64
            llvm.store %v73, %v1378 : f32, !llvm.ptr
            scf.for %v1379 = %v16 to %splits step %v15 : i64 {
              %v1380 = arith.muli %v1379, %v1308 : i64
              %v1381 = arith.addi %v1380, %v1342 : i64
              %v1382 = arith.addi %v1381, %v1377 : i64
              %v1383 = llvm.getelementptr %ws[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1384 = llvm.ptrtoint %v1383 : !llvm.ptr to i64
              %v1385 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1384 : (i64) -> f32
              %v1386 = llvm.load %v1378 : !llvm.ptr -> f32
              %v1387 = arith.addf %v1386, %v1385 fastmath<contract> : f32
              llvm.store %v1387, %v1378 : f32, !llvm.ptr
            }
            %v1388 = llvm.load %v1378 : !llvm.ptr -> f32
            llvm.store %v1388, %v1242 : f32, !llvm.ptr
          }
        }
      }
      %v1389 = llvm.load %v1306 : !llvm.ptr -> i1
      %v1390 = arith.andi %v1158, %v1389 : i1
      scf.if %v1390 {
        %v1391 = llvm.load %v1161 : !llvm.ptr -> f32
        %v1392 = llvm.load %v1162 : !llvm.ptr -> f32
        %v1393 = arith.sitofp %k : i64 to f32
        %v1394 = arith.divf %v1392, %v1393 : f32
        %v1395 = arith.addf %v1394, %eps fastmath<contract> : f32
        %v1396 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1395) : (f32) -> f32
        %v1398 = arith.divf %v1397, %v1396 : f32
        %v1399 = arith.mulf %v1391, %v1398 fastmath<contract> : f32
        %v1400 = arith.addi %v27, %v1160 : i64
        %v1401 = arith.addi %v26, %v1159 : i64
        %v1402 = arith.cmpi slt, %v1400, %n : i64
        %v1403 = arith.cmpi slt, %v1401, %m : i64
        %v1404 = arith.andi %v1402, %v1403 : i1
        scf.if %v1404 {
          llvm.store %v1399, %v1405 : f32, !llvm.ptr
          %v1406 = llvm.mlir.zero : !llvm.ptr
          %v1407 = llvm.icmp "ne" %bias, %v1406 : !llvm.ptr
          scf.if %v1407 {
            %v1408 = llvm.getelementptr %bias[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
            %v1410 = llvm.load %v1405 : !llvm.ptr -> f32
            %v1411 = arith.addf %v1410, %v1409 fastmath<contract> : f32
            llvm.store %v1411, %v1405 : f32, !llvm.ptr
          }
          %v1412 = llvm.mlir.zero : !llvm.ptr
          %v1413 = llvm.icmp "ne" %add, %v1412 : !llvm.ptr
          scf.if %v1413 {
            %v1414 = arith.muli %v1401, %add_stride : i64
            %v1415 = arith.addi %v1414, %v1400 : i64
            %v1416 = llvm.getelementptr %add[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
            %v1418 = llvm.load %v1405 : !llvm.ptr -> f32
            %v1419 = arith.addf %v1418, %v1417 fastmath<contract> : f32
            llvm.store %v1419, %v1405 : f32, !llvm.ptr
          }
          %v1420 = llvm.load %v1405 : !llvm.ptr -> f32
          %v1421 = arith.cmpi slt, %v1400, %split1 : i64
          %v1422 = arith.cmpi slt, %v1400, %split2 : i64
          %v1423 = arith.muli %m, %split1 : i64
          %v1424 = arith.muli %m, %split2 : i64
          %v1425 = arith.select %v1422, %v1423, %v1424 : i64
          %v1426 = arith.select %v1421, %v16, %v1425 : i64
          %v1427 = arith.subi %split2, %split1 : i64
          %v1428 = arith.subi %n, %split2 : i64
          %v1429 = arith.select %v1422, %v1427, %v1428 : i64
          %v1430 = arith.select %v1421, %split1, %v1429 : i64
          %v1431 = arith.select %v1422, %split1, %split2 : i64
          %v1432 = arith.select %v1421, %v16, %v1431 : i64
          %v1433 = arith.muli %v1401, %v1430 : i64
          %v1434 = arith.subi %v1400, %v1432 : i64
          %v1435 = arith.addi %v1426, %v1433 : i64
          %v1436 = arith.addi %v1435, %v1434 : i64
          %v1437 = llvm.getelementptr %out[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1420, %v1437 : f32, !llvm.ptr
          %v1438 = llvm.mlir.zero : !llvm.ptr
          %v1439 = llvm.icmp "ne" %conv_w, %v1438 : !llvm.ptr
          %v1440 = arith.andi %v1439, %v1421 : i1
          scf.if %v1440 {
            %v1441 = arith.subi %conv_k, %v15 : i64
            llvm.store %v73, %v1442 : f32, !llvm.ptr
            %v1443 = llvm.mlir.zero : !llvm.ptr
            %v1444 = llvm.icmp "ne" %conv_b, %v1443 : !llvm.ptr
            scf.if %v1444 {
              %v1445 = llvm.getelementptr %conv_b[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
              llvm.store %v1446, %v1442 : f32, !llvm.ptr
            }
            %v1447 = arith.muli %v1400, %conv_k : i64
            %v1448 = arith.muli %v1401, %v1441 : i64
            scf.for %v1449 = %v16 to %v1441 step %v15 : i64 {
              %v1450 = arith.addi %v1448, %v1449 : i64
              %v1451 = arith.muli %v1450, %split1 : i64
              %v1452 = arith.addi %v1451, %v1400 : i64
              %v1453 = llvm.getelementptr %conv_win[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
              %v1455 = arith.addi %v1447, %v1449 : i64
              %v1456 = llvm.getelementptr %conv_w[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
              %v1458 = arith.mulf %v1457, %v1454 fastmath<contract> : f32
              %v1459 = llvm.load %v1442 : !llvm.ptr -> f32
              %v1460 = arith.addf %v1459, %v1458 fastmath<contract> : f32
              llvm.store %v1460, %v1442 : f32, !llvm.ptr
            }
            %v1461 = arith.addi %v1447, %v1441 : i64
            %v1462 = llvm.getelementptr %conv_w[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1463 = llvm.load %v1462 : !llvm.ptr -> f32
            %v1464 = arith.mulf %v1463, %v1420 fastmath<contract> : f32
            %v1465 = llvm.load %v1442 : !llvm.ptr -> f32
            %v1466 = arith.addf %v1465, %v1464 fastmath<contract> : f32
            %v1467 = arith.negf %v1466 : f32
            %v1469 = arith.mulf %v1467, %v1468 fastmath<contract> : f32
            %v1470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1469) : (f32) -> f32
            %v1471 = arith.addf %v1397, %v1470 fastmath<contract> : f32
            %v1472 = arith.divf %v1397, %v1471 : f32
            %v1473 = arith.mulf %v1466, %v1472 fastmath<contract> : f32
            %v1474 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1475 = arith.select %v1474, %v1473, %v1466 : f32
            %v1476 = arith.muli %v1401, %split1 : i64
            %v1477 = arith.addi %v1476, %v1400 : i64
            %v1478 = llvm.getelementptr %conv_out[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1475, %v1478 : f32, !llvm.ptr
            %v1479 = arith.subi %v1441, %v15 : i64
            scf.for %v1480 = %v16 to %v1479 step %v15 : i64 {
              %v1481 = arith.addi %v1448, %v1480 : i64
              %v1482 = arith.muli %v1481, %split1 : i64
              %v1483 = arith.addi %v1482, %v1400 : i64
              %v1484 = arith.addi %v1483, %split1 : i64
              %v1485 = llvm.getelementptr %conv_win[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
              %v1487 = llvm.getelementptr %conv_win[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1486, %v1487 : f32, !llvm.ptr
            }
            %v1488 = arith.cmpi slt, %v16, %v1441 : i64
            scf.if %v1488 {
              %v1489 = arith.addi %v1448, %v1479 : i64
              %v1490 = arith.muli %v1489, %split1 : i64
              %v1491 = arith.addi %v1490, %v1400 : i64
              %v1492 = llvm.getelementptr %conv_win[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1420, %v1492 : f32, !llvm.ptr
            }
          }
        }
      }
      %v1493 = arith.andi %v1238, %v1389 : i1
      scf.if %v1493 {
        %v1494 = llvm.load %v1241 : !llvm.ptr -> f32
        %v1495 = llvm.load %v1242 : !llvm.ptr -> f32
        %v1496 = arith.sitofp %k : i64 to f32
        %v1497 = arith.divf %v1495, %v1496 : f32
        %v1498 = arith.addf %v1497, %eps fastmath<contract> : f32
        %v1499 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1498) : (f32) -> f32
        %v1500 = arith.divf %v1397, %v1499 : f32
        %v1501 = arith.mulf %v1494, %v1500 fastmath<contract> : f32
        %v1502 = arith.addi %v27, %v1240 : i64
        %v1503 = arith.addi %v26, %v1239 : i64
        %v1504 = arith.cmpi slt, %v1502, %n : i64
        %v1505 = arith.cmpi slt, %v1503, %m : i64
        %v1506 = arith.andi %v1504, %v1505 : i1
        scf.if %v1506 {
          llvm.store %v1501, %v1507 : f32, !llvm.ptr
          %v1508 = llvm.mlir.zero : !llvm.ptr
          %v1509 = llvm.icmp "ne" %bias, %v1508 : !llvm.ptr
          scf.if %v1509 {
            %v1510 = llvm.getelementptr %bias[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
            %v1512 = llvm.load %v1507 : !llvm.ptr -> f32
            %v1513 = arith.addf %v1512, %v1511 fastmath<contract> : f32
            llvm.store %v1513, %v1507 : f32, !llvm.ptr
          }
          %v1514 = llvm.mlir.zero : !llvm.ptr
          %v1515 = llvm.icmp "ne" %add, %v1514 : !llvm.ptr
          scf.if %v1515 {
            %v1516 = arith.muli %v1503, %add_stride : i64
            %v1517 = arith.addi %v1516, %v1502 : i64
            %v1518 = llvm.getelementptr %add[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
            %v1520 = llvm.load %v1507 : !llvm.ptr -> f32
            %v1521 = arith.addf %v1520, %v1519 fastmath<contract> : f32
            llvm.store %v1521, %v1507 : f32, !llvm.ptr
          }
          %v1522 = llvm.load %v1507 : !llvm.ptr -> f32
          %v1523 = arith.cmpi slt, %v1502, %split1 : i64
          %v1524 = arith.cmpi slt, %v1502, %split2 : i64
          %v1525 = arith.muli %m, %split1 : i64
          %v1526 = arith.muli %m, %split2 : i64
          %v1527 = arith.select %v1524, %v1525, %v1526 : i64
          %v1528 = arith.select %v1523, %v16, %v1527 : i64
          %v1529 = arith.subi %split2, %split1 : i64
          %v1530 = arith.subi %n, %split2 : i64
          %v1531 = arith.select %v1524, %v1529, %v1530 : i64
          %v1532 = arith.select %v1523, %split1, %v1531 : i64
          %v1533 = arith.select %v1524, %split1, %split2 : i64
          %v1534 = arith.select %v1523, %v16, %v1533 : i64
          %v1535 = arith.muli %v1503, %v1532 : i64
          %v1536 = arith.subi %v1502, %v1534 : i64
          %v1537 = arith.addi %v1528, %v1535 : i64
          %v1538 = arith.addi %v1537, %v1536 : i64
          %v1539 = llvm.getelementptr %out[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1522, %v1539 : f32, !llvm.ptr
          %v1540 = llvm.mlir.zero : !llvm.ptr
          %v1541 = llvm.icmp "ne" %conv_w, %v1540 : !llvm.ptr
          %v1542 = arith.andi %v1541, %v1523 : i1
          scf.if %v1542 {
            %v1543 = arith.subi %conv_k, %v15 : i64
            llvm.store %v73, %v1544 : f32, !llvm.ptr
            %v1545 = llvm.mlir.zero : !llvm.ptr
            %v1546 = llvm.icmp "ne" %conv_b, %v1545 : !llvm.ptr
            scf.if %v1546 {
              %v1547 = llvm.getelementptr %conv_b[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
              llvm.store %v1548, %v1544 : f32, !llvm.ptr
            }
            %v1549 = arith.muli %v1502, %conv_k : i64
            %v1550 = arith.muli %v1503, %v1543 : i64
            scf.for %v1551 = %v16 to %v1543 step %v15 : i64 {
              %v1552 = arith.addi %v1550, %v1551 : i64
              %v1553 = arith.muli %v1552, %split1 : i64
              %v1554 = arith.addi %v1553, %v1502 : i64
              %v1555 = llvm.getelementptr %conv_win[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
              %v1557 = arith.addi %v1549, %v1551 : i64
              %v1558 = llvm.getelementptr %conv_w[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
              %v1560 = arith.mulf %v1559, %v1556 fastmath<contract> : f32
              %v1561 = llvm.load %v1544 : !llvm.ptr -> f32
              %v1562 = arith.addf %v1561, %v1560 fastmath<contract> : f32
              llvm.store %v1562, %v1544 : f32, !llvm.ptr
            }
            %v1563 = arith.addi %v1549, %v1543 : i64
            %v1564 = llvm.getelementptr %conv_w[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
            %v1566 = arith.mulf %v1565, %v1522 fastmath<contract> : f32
            %v1567 = llvm.load %v1544 : !llvm.ptr -> f32
            %v1568 = arith.addf %v1567, %v1566 fastmath<contract> : f32
            %v1569 = arith.negf %v1568 : f32
            %v1570 = arith.mulf %v1569, %v1468 fastmath<contract> : f32
            %v1571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1570) : (f32) -> f32
            %v1572 = arith.addf %v1397, %v1571 fastmath<contract> : f32
            %v1573 = arith.divf %v1397, %v1572 : f32
            %v1574 = arith.mulf %v1568, %v1573 fastmath<contract> : f32
            %v1575 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1576 = arith.select %v1575, %v1574, %v1568 : f32
            %v1577 = arith.muli %v1503, %split1 : i64
            %v1578 = arith.addi %v1577, %v1502 : i64
            %v1579 = llvm.getelementptr %conv_out[%v1578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1576, %v1579 : f32, !llvm.ptr
            %v1580 = arith.subi %v1543, %v15 : i64
            scf.for %v1581 = %v16 to %v1580 step %v15 : i64 {
              %v1582 = arith.addi %v1550, %v1581 : i64
              %v1583 = arith.muli %v1582, %split1 : i64
              %v1584 = arith.addi %v1583, %v1502 : i64
              %v1585 = arith.addi %v1584, %split1 : i64
              %v1586 = llvm.getelementptr %conv_win[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
              %v1588 = llvm.getelementptr %conv_win[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1587, %v1588 : f32, !llvm.ptr
            }
            %v1589 = arith.cmpi slt, %v16, %v1543 : i64
            scf.if %v1589 {
              %v1590 = arith.addi %v1550, %v1580 : i64
              %v1591 = arith.muli %v1590, %split1 : i64
              %v1592 = arith.addi %v1591, %v1502 : i64
              %v1593 = llvm.getelementptr %conv_win[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1522, %v1593 : f32, !llvm.ptr
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
      %v24 = arith.constant 128 : i64
      %v26 = arith.constant 4096 : i64
      %v36 = arith.constant 0x00000000 : f32
      %v43 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v131 = arith.constant 31 : i64
      %v138 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v175 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v200 = arith.constant 0x3F800000 : f32
      %v202 = arith.constant 0x3FB8AA3B : f32
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
        %v18 = arith.subi %n, %v16 : i64
        %v19 = arith.minsi %v18, %v11 : i64
        %v20 = arith.muli %v16, %k : i64
        %v21 = llvm.getelementptr %w[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = arith.muli %v19, %k : i64
        %v23 = arith.muli %v22, %v13 : i64
        %v25 = arith.muli %v10, %v24 : i64
        scf.for %v27 = %v25 to %v23 step %v26 : i64 {
          %v28 = llvm.getelementptr %v21[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v28 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v29 = arith.cmpi slt, %v16, %n : i64
      scf.if %v29 {
        %v30 = arith.subi %m, %v11 : i64
        %v31 = arith.subi %n, %v11 : i64
        %v32 = arith.subi %k, %v13 : i64
        %v33 = arith.muli %v10, %v13 : i64
        %v34 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v35 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v37 = arith.minsi %v15, %v30 : i64
        %v38 = arith.muli %v37, %x_stride : i64
        %v39 = llvm.getelementptr %x[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v40 = arith.minsi %v16, %v31 : i64
        %v41 = arith.muli %v40, %k : i64
        %v42 = llvm.getelementptr %w[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v34, %v43 : vector<4xf32>, !llvm.ptr
        llvm.store %v34, %v44 : vector<4xf32>, !llvm.ptr
        %v45 = arith.minsi %v33, %v32 : i64
        %v46 = arith.cmpi slt, %v33, %k : i64
        %v47 = llvm.getelementptr %v42[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v48 = llvm.load %v47 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v49 = llvm.getelementptr %v39[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = llvm.load %v49 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v51 = arith.addi %v33, %v24 : i64
        %v52 = arith.minsi %v51, %v32 : i64
        %v53 = arith.cmpi slt, %v51, %k : i64
        %v54 = llvm.getelementptr %v42[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v56 = llvm.getelementptr %v39[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v57 = llvm.load %v56 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v48, %v58 : vector<4xf32>, !llvm.ptr
        llvm.store %v50, %v59 : vector<4xf32>, !llvm.ptr
        llvm.store %v55, %v60 : vector<4xf32>, !llvm.ptr
        llvm.store %v57, %v61 : vector<4xf32>, !llvm.ptr
        scf.for %v62 = %v33 to %k step %v5 : i64 {
          %v63 = arith.addi %v62, %v5 : i64
          %v64 = arith.minsi %v63, %v32 : i64
          %v65 = arith.cmpi slt, %v63, %k : i64
          %v66 = llvm.getelementptr %v42[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v67 = llvm.load %v66 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v68 = llvm.getelementptr %v39[%v64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v70 = arith.addi %v63, %v24 : i64
          %v71 = arith.minsi %v70, %v32 : i64
          %v72 = arith.cmpi slt, %v70, %k : i64
          %v73 = llvm.getelementptr %v42[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v74 = llvm.load %v73 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v75 = llvm.getelementptr %v39[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v77 = arith.cmpi slt, %v62, %k : i64
          %v78 = llvm.load %v58 : !llvm.ptr -> vector<4xf32>
          %v79 = llvm.load %v59 : !llvm.ptr -> vector<4xf32>
          %v80 = arith.addi %v62, %v24 : i64
          %v81 = arith.cmpi slt, %v80, %k : i64
          %v82 = llvm.load %v60 : !llvm.ptr -> vector<4xf32>
          %v83 = llvm.load %v61 : !llvm.ptr -> vector<4xf32>
          %v84 = llvm.select %v77, %v78, %v34 : i1, vector<4xf32>
          %v85 = llvm.fmul %v84, %v79 : vector<4xf32>
          %v86 = llvm.load %v43 : !llvm.ptr -> vector<4xf32>
          %v87 = llvm.fadd %v86, %v85 : vector<4xf32>
          llvm.store %v87, %v43 : vector<4xf32>, !llvm.ptr
          %v88 = llvm.select %v81, %v82, %v34 : i1, vector<4xf32>
          %v89 = llvm.fmul %v88, %v83 : vector<4xf32>
          %v90 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
          %v91 = llvm.fadd %v90, %v89 : vector<4xf32>
          llvm.store %v91, %v44 : vector<4xf32>, !llvm.ptr
          llvm.store %v67, %v58 : vector<4xf32>, !llvm.ptr
          llvm.store %v69, %v59 : vector<4xf32>, !llvm.ptr
          llvm.store %v74, %v60 : vector<4xf32>, !llvm.ptr
          llvm.store %v76, %v61 : vector<4xf32>, !llvm.ptr
        }
        %v92 = llvm.load %v43 : !llvm.ptr -> vector<4xf32>
        %v93 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
        %v94 = llvm.fadd %v92, %v93 : vector<4xf32>
        %v95 = llvm.mlir.constant(0 : i32) : i32
        %v96 = llvm.extractelement %v94[%v95 : i32] : vector<4xf32>
        %v97 = llvm.mlir.constant(1 : i32) : i32
        %v98 = llvm.extractelement %v94[%v97 : i32] : vector<4xf32>
        %v99 = llvm.mlir.constant(2 : i32) : i32
        %v100 = llvm.extractelement %v94[%v99 : i32] : vector<4xf32>
        %v101 = llvm.mlir.constant(3 : i32) : i32
        %v102 = llvm.extractelement %v94[%v101 : i32] : vector<4xf32>
        %v103 = arith.addf %v96, %v98 fastmath<contract> : f32
        %v104 = arith.addf %v103, %v100 fastmath<contract> : f32
        %v105 = arith.addf %v104, %v102 fastmath<contract> : f32
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
        %v127 = arith.divsi %v12, %v11 : i64
        %v128 = arith.remsi %v12, %v11 : i64
        %v129 = arith.addi %v16, %v128 : i64
        %v130 = arith.addi %v15, %v127 : i64
        %v132 = arith.andi %v10, %v131 : i64
        %v133 = arith.cmpi eq, %v132, %v12 : i64
        %v134 = arith.cmpi slt, %v129, %n : i64
        %v135 = arith.cmpi slt, %v130, %m : i64
        %v136 = arith.andi %v134, %v135 : i1
        %v137 = arith.andi %v136, %v133 : i1
        scf.if %v137 {
          llvm.store %v126, %v138 : f32, !llvm.ptr
          %v139 = llvm.mlir.zero : !llvm.ptr
          %v140 = llvm.icmp "ne" %bias, %v139 : !llvm.ptr
          scf.if %v140 {
            %v141 = llvm.getelementptr %bias[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v142 = llvm.load %v141 : !llvm.ptr -> f32
            %v143 = llvm.load %v138 : !llvm.ptr -> f32
            %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
            llvm.store %v144, %v138 : f32, !llvm.ptr
          }
          %v145 = llvm.mlir.zero : !llvm.ptr
          %v146 = llvm.icmp "ne" %add, %v145 : !llvm.ptr
          scf.if %v146 {
            %v147 = arith.muli %v130, %add_stride : i64
            %v148 = arith.addi %v147, %v129 : i64
            %v149 = llvm.getelementptr %add[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v150 = llvm.load %v149 : !llvm.ptr -> f32
            %v151 = llvm.load %v138 : !llvm.ptr -> f32
            %v152 = arith.addf %v151, %v150 fastmath<contract> : f32
            llvm.store %v152, %v138 : f32, !llvm.ptr
          }
          %v153 = llvm.load %v138 : !llvm.ptr -> f32
          %v154 = arith.cmpi slt, %v129, %split1 : i64
          %v155 = arith.cmpi slt, %v129, %split2 : i64
          %v156 = arith.muli %m, %split1 : i64
          %v157 = arith.muli %m, %split2 : i64
          %v158 = arith.select %v155, %v156, %v157 : i64
          %v159 = arith.select %v154, %v12, %v158 : i64
          %v160 = arith.subi %split2, %split1 : i64
          %v161 = arith.subi %n, %split2 : i64
          %v162 = arith.select %v155, %v160, %v161 : i64
          %v163 = arith.select %v154, %split1, %v162 : i64
          %v164 = arith.select %v155, %split1, %split2 : i64
          %v165 = arith.select %v154, %v12, %v164 : i64
          %v166 = arith.muli %v130, %v163 : i64
          %v167 = arith.subi %v129, %v165 : i64
          %v168 = arith.addi %v159, %v166 : i64
          %v169 = arith.addi %v168, %v167 : i64
          %v170 = llvm.getelementptr %out[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v153, %v170 : f32, !llvm.ptr
          %v171 = llvm.mlir.zero : !llvm.ptr
          %v172 = llvm.icmp "ne" %conv_w, %v171 : !llvm.ptr
          %v173 = arith.andi %v172, %v154 : i1
          scf.if %v173 {
            %v174 = arith.subi %conv_k, %v11 : i64
            llvm.store %v36, %v175 : f32, !llvm.ptr
            %v176 = llvm.mlir.zero : !llvm.ptr
            %v177 = llvm.icmp "ne" %conv_b, %v176 : !llvm.ptr
            scf.if %v177 {
              %v178 = llvm.getelementptr %conv_b[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v179 = llvm.load %v178 : !llvm.ptr -> f32
              llvm.store %v179, %v175 : f32, !llvm.ptr
            }
            %v180 = arith.muli %v129, %conv_k : i64
            %v181 = arith.muli %v130, %v174 : i64
            scf.for %v182 = %v12 to %v174 step %v11 : i64 {
              %v183 = arith.addi %v181, %v182 : i64
              %v184 = arith.muli %v183, %split1 : i64
              %v185 = arith.addi %v184, %v129 : i64
              %v186 = llvm.getelementptr %conv_win[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              %v188 = arith.addi %v180, %v182 : i64
              %v189 = llvm.getelementptr %conv_w[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v190 = llvm.load %v189 : !llvm.ptr -> f32
              %v191 = arith.mulf %v190, %v187 fastmath<contract> : f32
              %v192 = llvm.load %v175 : !llvm.ptr -> f32
              %v193 = arith.addf %v192, %v191 fastmath<contract> : f32
              llvm.store %v193, %v175 : f32, !llvm.ptr
            }
            %v194 = arith.addi %v180, %v174 : i64
            %v195 = llvm.getelementptr %conv_w[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v196 = llvm.load %v195 : !llvm.ptr -> f32
            %v197 = arith.mulf %v196, %v153 fastmath<contract> : f32
            %v198 = llvm.load %v175 : !llvm.ptr -> f32
            %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
            %v201 = arith.negf %v199 : f32
            %v203 = arith.mulf %v201, %v202 fastmath<contract> : f32
            %v204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v203) : (f32) -> f32
            %v205 = arith.addf %v200, %v204 fastmath<contract> : f32
            %v206 = arith.divf %v200, %v205 : f32
            %v207 = arith.mulf %v199, %v206 fastmath<contract> : f32
            %v208 = arith.cmpi eq, %conv_act, %v11 : i64
            %v209 = arith.select %v208, %v207, %v199 : f32
            %v210 = arith.muli %v130, %split1 : i64
            %v211 = arith.addi %v210, %v129 : i64
            %v212 = llvm.getelementptr %conv_out[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v209, %v212 : f32, !llvm.ptr
            %v213 = arith.subi %v174, %v11 : i64
            scf.for %v214 = %v12 to %v213 step %v11 : i64 {
              %v215 = arith.addi %v181, %v214 : i64
              %v216 = arith.muli %v215, %split1 : i64
              %v217 = arith.addi %v216, %v129 : i64
              %v218 = arith.addi %v217, %split1 : i64
              %v219 = llvm.getelementptr %conv_win[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v220 = llvm.load %v219 : !llvm.ptr -> f32
              %v221 = llvm.getelementptr %conv_win[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v220, %v221 : f32, !llvm.ptr
            }
            %v222 = arith.cmpi slt, %v12, %v174 : i64
            scf.if %v222 {
              %v223 = arith.addi %v181, %v213 : i64
              %v224 = arith.muli %v223, %split1 : i64
              %v225 = arith.addi %v224, %v129 : i64
              %v226 = llvm.getelementptr %conv_win[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v153, %v226 : f32, !llvm.ptr
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
      %v23 = arith.constant 2 : i64
      %v25 = arith.constant 128 : i64
      %v27 = arith.constant 4096 : i64
      %v37 = arith.constant 0x00000000 : f32
      %v44 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v138 = arith.constant 31 : i64
      %v145 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v182 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v207 = arith.constant 0x3F800000 : f32
      %v209 = arith.constant 0x3FB8AA3B : f32
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
        %v18 = arith.subi %n, %v16 : i64
        %v19 = arith.minsi %v18, %v11 : i64
        %v20 = arith.muli %v16, %k : i64
        %v21 = llvm.getelementptr %w[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v22 = arith.muli %v19, %k : i64
        %v24 = arith.muli %v22, %v23 : i64
        %v26 = arith.muli %v10, %v25 : i64
        scf.for %v28 = %v26 to %v24 step %v27 : i64 {
          %v29 = llvm.getelementptr %v21[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v29 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v30 = arith.cmpi slt, %v16, %n : i64
      scf.if %v30 {
        %v31 = arith.subi %m, %v11 : i64
        %v32 = arith.subi %n, %v11 : i64
        %v33 = arith.subi %k, %v13 : i64
        %v34 = arith.muli %v10, %v13 : i64
        %v35 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v36 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v38 = arith.minsi %v15, %v31 : i64
        %v39 = arith.muli %v38, %x_stride : i64
        %v40 = llvm.getelementptr %x[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v41 = arith.minsi %v16, %v32 : i64
        %v42 = arith.muli %v41, %k : i64
        %v43 = llvm.getelementptr %w[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v35, %v44 : vector<4xf32>, !llvm.ptr
        llvm.store %v35, %v45 : vector<4xf32>, !llvm.ptr
        %v46 = arith.minsi %v34, %v33 : i64
        %v47 = arith.cmpi slt, %v34, %k : i64
        %v48 = llvm.getelementptr %v43[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v49 = llvm.load %v48 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v50 = llvm.getelementptr %v40[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = llvm.load %v50 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v52 = arith.addi %v34, %v25 : i64
        %v53 = arith.minsi %v52, %v33 : i64
        %v54 = arith.cmpi slt, %v52, %k : i64
        %v55 = llvm.getelementptr %v43[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v56 = llvm.load %v55 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v57 = llvm.getelementptr %v40[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v58 = llvm.load %v57 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v49, %v59 : vector<4xi16>, !llvm.ptr
        llvm.store %v51, %v60 : vector<4xf32>, !llvm.ptr
        llvm.store %v56, %v61 : vector<4xi16>, !llvm.ptr
        llvm.store %v58, %v62 : vector<4xf32>, !llvm.ptr
        scf.for %v63 = %v34 to %k step %v5 : i64 {
          %v64 = arith.addi %v63, %v5 : i64
          %v65 = arith.minsi %v64, %v33 : i64
          %v66 = arith.cmpi slt, %v64, %k : i64
          %v67 = llvm.getelementptr %v43[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v68 = llvm.load %v67 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v69 = llvm.getelementptr %v40[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v70 = llvm.load %v69 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v71 = arith.addi %v64, %v25 : i64
          %v72 = arith.minsi %v71, %v33 : i64
          %v73 = arith.cmpi slt, %v71, %k : i64
          %v74 = llvm.getelementptr %v43[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v75 = llvm.load %v74 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v76 = llvm.getelementptr %v40[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v78 = arith.cmpi slt, %v63, %k : i64
          %v79 = llvm.load %v59 : !llvm.ptr -> vector<4xi16>
          %v80 = llvm.load %v60 : !llvm.ptr -> vector<4xf32>
          %v81 = arith.addi %v63, %v25 : i64
          %v82 = arith.cmpi slt, %v81, %k : i64
          %v83 = llvm.load %v61 : !llvm.ptr -> vector<4xi16>
          %v84 = llvm.load %v62 : !llvm.ptr -> vector<4xf32>
          %v85 = llvm.zext %v79 : vector<4xi16> to vector<4xi32>
          %v86 = llvm.shl %v85, %v36 : vector<4xi32>
          %v87 = llvm.bitcast %v86 : vector<4xi32> to vector<4xf32>
          %v88 = llvm.select %v78, %v87, %v35 : i1, vector<4xf32>
          %v89 = llvm.fmul %v88, %v80 : vector<4xf32>
          %v90 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
          %v91 = llvm.fadd %v90, %v89 : vector<4xf32>
          llvm.store %v91, %v44 : vector<4xf32>, !llvm.ptr
          %v92 = llvm.zext %v83 : vector<4xi16> to vector<4xi32>
          %v93 = llvm.shl %v92, %v36 : vector<4xi32>
          %v94 = llvm.bitcast %v93 : vector<4xi32> to vector<4xf32>
          %v95 = llvm.select %v82, %v94, %v35 : i1, vector<4xf32>
          %v96 = llvm.fmul %v95, %v84 : vector<4xf32>
          %v97 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
          %v98 = llvm.fadd %v97, %v96 : vector<4xf32>
          llvm.store %v98, %v45 : vector<4xf32>, !llvm.ptr
          llvm.store %v68, %v59 : vector<4xi16>, !llvm.ptr
          llvm.store %v70, %v60 : vector<4xf32>, !llvm.ptr
          llvm.store %v75, %v61 : vector<4xi16>, !llvm.ptr
          llvm.store %v77, %v62 : vector<4xf32>, !llvm.ptr
        }
        %v99 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
        %v100 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
        %v101 = llvm.fadd %v99, %v100 : vector<4xf32>
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
        %v134 = arith.divsi %v12, %v11 : i64
        %v135 = arith.remsi %v12, %v11 : i64
        %v136 = arith.addi %v16, %v135 : i64
        %v137 = arith.addi %v15, %v134 : i64
        %v139 = arith.andi %v10, %v138 : i64
        %v140 = arith.cmpi eq, %v139, %v12 : i64
        %v141 = arith.cmpi slt, %v136, %n : i64
        %v142 = arith.cmpi slt, %v137, %m : i64
        %v143 = arith.andi %v141, %v142 : i1
        %v144 = arith.andi %v143, %v140 : i1
        scf.if %v144 {
          llvm.store %v133, %v145 : f32, !llvm.ptr
          %v146 = llvm.mlir.zero : !llvm.ptr
          %v147 = llvm.icmp "ne" %bias, %v146 : !llvm.ptr
          scf.if %v147 {
            %v148 = llvm.getelementptr %bias[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v149 = llvm.load %v148 : !llvm.ptr -> f32
            %v150 = llvm.load %v145 : !llvm.ptr -> f32
            %v151 = arith.addf %v150, %v149 fastmath<contract> : f32
            llvm.store %v151, %v145 : f32, !llvm.ptr
          }
          %v152 = llvm.mlir.zero : !llvm.ptr
          %v153 = llvm.icmp "ne" %add, %v152 : !llvm.ptr
          scf.if %v153 {
            %v154 = arith.muli %v137, %add_stride : i64
            %v155 = arith.addi %v154, %v136 : i64
            %v156 = llvm.getelementptr %add[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v157 = llvm.load %v156 : !llvm.ptr -> f32
            %v158 = llvm.load %v145 : !llvm.ptr -> f32
            %v159 = arith.addf %v158, %v157 fastmath<contract> : f32
            llvm.store %v159, %v145 : f32, !llvm.ptr
          }
          %v160 = llvm.load %v145 : !llvm.ptr -> f32
          %v161 = arith.cmpi slt, %v136, %split1 : i64
          %v162 = arith.cmpi slt, %v136, %split2 : i64
          %v163 = arith.muli %m, %split1 : i64
          %v164 = arith.muli %m, %split2 : i64
          %v165 = arith.select %v162, %v163, %v164 : i64
          %v166 = arith.select %v161, %v12, %v165 : i64
          %v167 = arith.subi %split2, %split1 : i64
          %v168 = arith.subi %n, %split2 : i64
          %v169 = arith.select %v162, %v167, %v168 : i64
          %v170 = arith.select %v161, %split1, %v169 : i64
          %v171 = arith.select %v162, %split1, %split2 : i64
          %v172 = arith.select %v161, %v12, %v171 : i64
          %v173 = arith.muli %v137, %v170 : i64
          %v174 = arith.subi %v136, %v172 : i64
          %v175 = arith.addi %v166, %v173 : i64
          %v176 = arith.addi %v175, %v174 : i64
          %v177 = llvm.getelementptr %out[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v160, %v177 : f32, !llvm.ptr
          %v178 = llvm.mlir.zero : !llvm.ptr
          %v179 = llvm.icmp "ne" %conv_w, %v178 : !llvm.ptr
          %v180 = arith.andi %v179, %v161 : i1
          scf.if %v180 {
            %v181 = arith.subi %conv_k, %v11 : i64
            llvm.store %v37, %v182 : f32, !llvm.ptr
            %v183 = llvm.mlir.zero : !llvm.ptr
            %v184 = llvm.icmp "ne" %conv_b, %v183 : !llvm.ptr
            scf.if %v184 {
              %v185 = llvm.getelementptr %conv_b[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v186 = llvm.load %v185 : !llvm.ptr -> f32
              llvm.store %v186, %v182 : f32, !llvm.ptr
            }
            %v187 = arith.muli %v136, %conv_k : i64
            %v188 = arith.muli %v137, %v181 : i64
            scf.for %v189 = %v12 to %v181 step %v11 : i64 {
              %v190 = arith.addi %v188, %v189 : i64
              %v191 = arith.muli %v190, %split1 : i64
              %v192 = arith.addi %v191, %v136 : i64
              %v193 = llvm.getelementptr %conv_win[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v194 = llvm.load %v193 : !llvm.ptr -> f32
              %v195 = arith.addi %v187, %v189 : i64
              %v196 = llvm.getelementptr %conv_w[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v197 = llvm.load %v196 : !llvm.ptr -> f32
              %v198 = arith.mulf %v197, %v194 fastmath<contract> : f32
              %v199 = llvm.load %v182 : !llvm.ptr -> f32
              %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
              llvm.store %v200, %v182 : f32, !llvm.ptr
            }
            %v201 = arith.addi %v187, %v181 : i64
            %v202 = llvm.getelementptr %conv_w[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v203 = llvm.load %v202 : !llvm.ptr -> f32
            %v204 = arith.mulf %v203, %v160 fastmath<contract> : f32
            %v205 = llvm.load %v182 : !llvm.ptr -> f32
            %v206 = arith.addf %v205, %v204 fastmath<contract> : f32
            %v208 = arith.negf %v206 : f32
            %v210 = arith.mulf %v208, %v209 fastmath<contract> : f32
            %v211 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v210) : (f32) -> f32
            %v212 = arith.addf %v207, %v211 fastmath<contract> : f32
            %v213 = arith.divf %v207, %v212 : f32
            %v214 = arith.mulf %v206, %v213 fastmath<contract> : f32
            %v215 = arith.cmpi eq, %conv_act, %v11 : i64
            %v216 = arith.select %v215, %v214, %v206 : f32
            %v217 = arith.muli %v137, %split1 : i64
            %v218 = arith.addi %v217, %v136 : i64
            %v219 = llvm.getelementptr %conv_out[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v216, %v219 : f32, !llvm.ptr
            %v220 = arith.subi %v181, %v11 : i64
            scf.for %v221 = %v12 to %v220 step %v11 : i64 {
              %v222 = arith.addi %v188, %v221 : i64
              %v223 = arith.muli %v222, %split1 : i64
              %v224 = arith.addi %v223, %v136 : i64
              %v225 = arith.addi %v224, %split1 : i64
              %v226 = llvm.getelementptr %conv_win[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v227 = llvm.load %v226 : !llvm.ptr -> f32
              %v228 = llvm.getelementptr %conv_win[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v227, %v228 : f32, !llvm.ptr
            }
            %v229 = arith.cmpi slt, %v12, %v181 : i64
            scf.if %v229 {
              %v230 = arith.addi %v188, %v220 : i64
              %v231 = arith.muli %v230, %split1 : i64
              %v232 = arith.addi %v231, %v136 : i64
              %v233 = llvm.getelementptr %conv_win[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v160, %v233 : f32, !llvm.ptr
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
      %v24 = arith.constant 128 : i64
      %v26 = arith.constant 4096 : i64
      %v36 = arith.constant 0x00000000 : f32
      %v43 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v205 = arith.constant 0x3F800000 : f32
      %v208 = arith.constant 31 : i64
      %v215 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v252 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v278 = arith.constant 0x3FB8AA3B : f32
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
        %v18 = arith.subi %n, %v16 : i64
        %v19 = arith.minsi %v18, %v11 : i64
        %v20 = arith.muli %v16, %k : i64
        %v21 = llvm.getelementptr %w[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = arith.muli %v19, %k : i64
        %v23 = arith.muli %v22, %v13 : i64
        %v25 = arith.muli %v10, %v24 : i64
        scf.for %v27 = %v25 to %v23 step %v26 : i64 {
          %v28 = llvm.getelementptr %v21[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v28 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v29 = arith.cmpi slt, %v16, %n : i64
      scf.if %v29 {
        %v30 = arith.subi %m, %v11 : i64
        %v31 = arith.subi %n, %v11 : i64
        %v32 = arith.subi %k, %v13 : i64
        %v33 = arith.muli %v10, %v13 : i64
        %v34 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v35 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v37 = arith.minsi %v15, %v30 : i64
        %v38 = arith.muli %v37, %x_stride : i64
        %v39 = llvm.getelementptr %x[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v40 = arith.minsi %v16, %v31 : i64
        %v41 = arith.muli %v40, %k : i64
        %v42 = llvm.getelementptr %w[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v34, %v43 : vector<4xf32>, !llvm.ptr
        llvm.store %v34, %v44 : vector<4xf32>, !llvm.ptr
        llvm.store %v36, %v45 : f32, !llvm.ptr
        llvm.store %v36, %v46 : f32, !llvm.ptr
        %v47 = arith.minsi %v33, %v32 : i64
        %v48 = arith.cmpi slt, %v33, %k : i64
        %v49 = llvm.getelementptr %v42[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = llvm.load %v49 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v51 = llvm.getelementptr %v39[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = llvm.load %v51 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v53 = llvm.getelementptr %norm_w[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v54 = llvm.load %v53 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v55 = arith.addi %v33, %v24 : i64
        %v56 = arith.minsi %v55, %v32 : i64
        %v57 = arith.cmpi slt, %v55, %k : i64
        %v58 = llvm.getelementptr %v42[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = llvm.load %v58 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v60 = llvm.getelementptr %v39[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v61 = llvm.load %v60 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v62 = llvm.getelementptr %norm_w[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v63 = llvm.load %v62 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v50, %v64 : vector<4xf32>, !llvm.ptr
        llvm.store %v52, %v65 : vector<4xf32>, !llvm.ptr
        llvm.store %v54, %v66 : vector<4xf32>, !llvm.ptr
        llvm.store %v59, %v67 : vector<4xf32>, !llvm.ptr
        llvm.store %v61, %v68 : vector<4xf32>, !llvm.ptr
        llvm.store %v63, %v69 : vector<4xf32>, !llvm.ptr
        scf.for %v70 = %v33 to %k step %v5 : i64 {
          %v71 = arith.addi %v70, %v5 : i64
          %v72 = arith.minsi %v71, %v32 : i64
          %v73 = arith.cmpi slt, %v71, %k : i64
          %v74 = llvm.getelementptr %v42[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.getelementptr %v39[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v78 = llvm.getelementptr %norm_w[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v80 = arith.addi %v71, %v24 : i64
          %v81 = arith.minsi %v80, %v32 : i64
          %v82 = arith.cmpi slt, %v80, %k : i64
          %v83 = llvm.getelementptr %v42[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v84 = llvm.load %v83 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v85 = llvm.getelementptr %v39[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v87 = llvm.getelementptr %norm_w[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v89 = arith.cmpi slt, %v70, %k : i64
          %v90 = llvm.load %v64 : !llvm.ptr -> vector<4xf32>
          %v91 = llvm.load %v65 : !llvm.ptr -> vector<4xf32>
          %v92 = llvm.load %v66 : !llvm.ptr -> vector<4xf32>
          %v93 = arith.addi %v70, %v24 : i64
          %v94 = arith.cmpi slt, %v93, %k : i64
          %v95 = llvm.load %v67 : !llvm.ptr -> vector<4xf32>
          %v96 = llvm.load %v68 : !llvm.ptr -> vector<4xf32>
          %v97 = llvm.load %v69 : !llvm.ptr -> vector<4xf32>
          %v98 = llvm.fmul %v91, %v91 : vector<4xf32>
          %v99 = llvm.select %v89, %v98, %v34 : i1, vector<4xf32>
          %v100 = llvm.mlir.constant(0 : i32) : i32
          %v101 = llvm.extractelement %v99[%v100 : i32] : vector<4xf32>
          %v102 = llvm.mlir.constant(1 : i32) : i32
          %v103 = llvm.extractelement %v99[%v102 : i32] : vector<4xf32>
          %v104 = llvm.mlir.constant(2 : i32) : i32
          %v105 = llvm.extractelement %v99[%v104 : i32] : vector<4xf32>
          %v106 = llvm.mlir.constant(3 : i32) : i32
          %v107 = llvm.extractelement %v99[%v106 : i32] : vector<4xf32>
          %v108 = arith.addf %v101, %v103 fastmath<contract> : f32
          %v109 = arith.addf %v108, %v105 fastmath<contract> : f32
          %v110 = arith.addf %v109, %v107 fastmath<contract> : f32
          %v111 = llvm.load %v45 : !llvm.ptr -> f32
          %v112 = arith.addf %v111, %v110 fastmath<contract> : f32
          llvm.store %v112, %v45 : f32, !llvm.ptr
          %v113 = llvm.fmul %v90, %v92 : vector<4xf32>
          %v114 = llvm.select %v89, %v113, %v34 : i1, vector<4xf32>
          %v115 = llvm.fmul %v114, %v91 : vector<4xf32>
          %v116 = llvm.load %v43 : !llvm.ptr -> vector<4xf32>
          %v117 = llvm.fadd %v116, %v115 : vector<4xf32>
          llvm.store %v117, %v43 : vector<4xf32>, !llvm.ptr
          %v118 = llvm.fmul %v96, %v96 : vector<4xf32>
          %v119 = llvm.select %v94, %v118, %v34 : i1, vector<4xf32>
          %v120 = llvm.mlir.constant(0 : i32) : i32
          %v121 = llvm.extractelement %v119[%v120 : i32] : vector<4xf32>
          %v122 = llvm.mlir.constant(1 : i32) : i32
          %v123 = llvm.extractelement %v119[%v122 : i32] : vector<4xf32>
          %v124 = llvm.mlir.constant(2 : i32) : i32
          %v125 = llvm.extractelement %v119[%v124 : i32] : vector<4xf32>
          %v126 = llvm.mlir.constant(3 : i32) : i32
          %v127 = llvm.extractelement %v119[%v126 : i32] : vector<4xf32>
          %v128 = arith.addf %v121, %v123 fastmath<contract> : f32
          %v129 = arith.addf %v128, %v125 fastmath<contract> : f32
          %v130 = arith.addf %v129, %v127 fastmath<contract> : f32
          %v131 = llvm.load %v46 : !llvm.ptr -> f32
          %v132 = arith.addf %v131, %v130 fastmath<contract> : f32
          llvm.store %v132, %v46 : f32, !llvm.ptr
          %v133 = llvm.fmul %v95, %v97 : vector<4xf32>
          %v134 = llvm.select %v94, %v133, %v34 : i1, vector<4xf32>
          %v135 = llvm.fmul %v134, %v96 : vector<4xf32>
          %v136 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
          %v137 = llvm.fadd %v136, %v135 : vector<4xf32>
          llvm.store %v137, %v44 : vector<4xf32>, !llvm.ptr
          llvm.store %v75, %v64 : vector<4xf32>, !llvm.ptr
          llvm.store %v77, %v65 : vector<4xf32>, !llvm.ptr
          llvm.store %v79, %v66 : vector<4xf32>, !llvm.ptr
          llvm.store %v84, %v67 : vector<4xf32>, !llvm.ptr
          llvm.store %v86, %v68 : vector<4xf32>, !llvm.ptr
          llvm.store %v88, %v69 : vector<4xf32>, !llvm.ptr
        }
        %v138 = llvm.load %v43 : !llvm.ptr -> vector<4xf32>
        %v139 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
        %v140 = llvm.fadd %v138, %v139 : vector<4xf32>
        %v141 = llvm.mlir.constant(0 : i32) : i32
        %v142 = llvm.extractelement %v140[%v141 : i32] : vector<4xf32>
        %v143 = llvm.mlir.constant(1 : i32) : i32
        %v144 = llvm.extractelement %v140[%v143 : i32] : vector<4xf32>
        %v145 = llvm.mlir.constant(2 : i32) : i32
        %v146 = llvm.extractelement %v140[%v145 : i32] : vector<4xf32>
        %v147 = llvm.mlir.constant(3 : i32) : i32
        %v148 = llvm.extractelement %v140[%v147 : i32] : vector<4xf32>
        %v149 = arith.addf %v142, %v144 fastmath<contract> : f32
        %v150 = arith.addf %v149, %v146 fastmath<contract> : f32
        %v151 = arith.addf %v150, %v148 fastmath<contract> : f32
        %v152 = arith.constant 32 : i32
        %v153 = arith.constant 16 : i32
        %v154, %v155 = gpu.shuffle xor %v151, %v153, %v152 : f32
        %v156 = arith.addf %v151, %v154 fastmath<contract> : f32
        %v157 = arith.constant 8 : i32
        %v158, %v159 = gpu.shuffle xor %v156, %v157, %v152 : f32
        %v160 = arith.addf %v156, %v158 fastmath<contract> : f32
        %v161 = arith.constant 4 : i32
        %v162, %v163 = gpu.shuffle xor %v160, %v161, %v152 : f32
        %v164 = arith.addf %v160, %v162 fastmath<contract> : f32
        %v165 = arith.constant 2 : i32
        %v166, %v167 = gpu.shuffle xor %v164, %v165, %v152 : f32
        %v168 = arith.addf %v164, %v166 fastmath<contract> : f32
        %v169 = arith.constant 1 : i32
        %v170, %v171 = gpu.shuffle xor %v168, %v169, %v152 : f32
        %v172 = arith.addf %v168, %v170 fastmath<contract> : f32
        %v173 = arith.divsi %v12, %v11 : i64
        %v174 = arith.remsi %v12, %v11 : i64
        %v175 = arith.addi %v16, %v174 : i64
        %v176 = arith.addi %v15, %v173 : i64
        %v177 = llvm.load %v45 : !llvm.ptr -> f32
        %v178 = llvm.load %v46 : !llvm.ptr -> f32
        %v179 = arith.addf %v177, %v178 fastmath<contract> : f32
        %v180 = arith.constant 32 : i32
        %v181 = arith.constant 16 : i32
        %v182, %v183 = gpu.shuffle xor %v179, %v181, %v180 : f32
        %v184 = arith.addf %v179, %v182 fastmath<contract> : f32
        %v185 = arith.constant 8 : i32
        %v186, %v187 = gpu.shuffle xor %v184, %v185, %v180 : f32
        %v188 = arith.addf %v184, %v186 fastmath<contract> : f32
        %v189 = arith.constant 4 : i32
        %v190, %v191 = gpu.shuffle xor %v188, %v189, %v180 : f32
        %v192 = arith.addf %v188, %v190 fastmath<contract> : f32
        %v193 = arith.constant 2 : i32
        %v194, %v195 = gpu.shuffle xor %v192, %v193, %v180 : f32
        %v196 = arith.addf %v192, %v194 fastmath<contract> : f32
        %v197 = arith.constant 1 : i32
        %v198, %v199 = gpu.shuffle xor %v196, %v197, %v180 : f32
        %v200 = arith.addf %v196, %v198 fastmath<contract> : f32
        %v201 = arith.sitofp %k : i64 to f32
        %v202 = arith.divf %v200, %v201 : f32
        %v203 = arith.addf %v202, %eps fastmath<contract> : f32
        %v204 = llvm.call_intrinsic "llvm.sqrt.f32"(%v203) : (f32) -> f32
        %v206 = arith.divf %v205, %v204 : f32
        %v207 = arith.mulf %v172, %v206 fastmath<contract> : f32
        %v209 = arith.andi %v10, %v208 : i64
        %v210 = arith.cmpi eq, %v209, %v12 : i64
        %v211 = arith.cmpi slt, %v175, %n : i64
        %v212 = arith.cmpi slt, %v176, %m : i64
        %v213 = arith.andi %v211, %v212 : i1
        %v214 = arith.andi %v213, %v210 : i1
        scf.if %v214 {
          llvm.store %v207, %v215 : f32, !llvm.ptr
          %v216 = llvm.mlir.zero : !llvm.ptr
          %v217 = llvm.icmp "ne" %bias, %v216 : !llvm.ptr
          scf.if %v217 {
            %v218 = llvm.getelementptr %bias[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v219 = llvm.load %v218 : !llvm.ptr -> f32
            %v220 = llvm.load %v215 : !llvm.ptr -> f32
            %v221 = arith.addf %v220, %v219 fastmath<contract> : f32
            llvm.store %v221, %v215 : f32, !llvm.ptr
          }
          %v222 = llvm.mlir.zero : !llvm.ptr
          %v223 = llvm.icmp "ne" %add, %v222 : !llvm.ptr
          scf.if %v223 {
            %v224 = arith.muli %v176, %add_stride : i64
            %v225 = arith.addi %v224, %v175 : i64
            %v226 = llvm.getelementptr %add[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v227 = llvm.load %v226 : !llvm.ptr -> f32
            %v228 = llvm.load %v215 : !llvm.ptr -> f32
            %v229 = arith.addf %v228, %v227 fastmath<contract> : f32
            llvm.store %v229, %v215 : f32, !llvm.ptr
          }
          %v230 = llvm.load %v215 : !llvm.ptr -> f32
          %v231 = arith.cmpi slt, %v175, %split1 : i64
          %v232 = arith.cmpi slt, %v175, %split2 : i64
          %v233 = arith.muli %m, %split1 : i64
          %v234 = arith.muli %m, %split2 : i64
          %v235 = arith.select %v232, %v233, %v234 : i64
          %v236 = arith.select %v231, %v12, %v235 : i64
          %v237 = arith.subi %split2, %split1 : i64
          %v238 = arith.subi %n, %split2 : i64
          %v239 = arith.select %v232, %v237, %v238 : i64
          %v240 = arith.select %v231, %split1, %v239 : i64
          %v241 = arith.select %v232, %split1, %split2 : i64
          %v242 = arith.select %v231, %v12, %v241 : i64
          %v243 = arith.muli %v176, %v240 : i64
          %v244 = arith.subi %v175, %v242 : i64
          %v245 = arith.addi %v236, %v243 : i64
          %v246 = arith.addi %v245, %v244 : i64
          %v247 = llvm.getelementptr %out[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v230, %v247 : f32, !llvm.ptr
          %v248 = llvm.mlir.zero : !llvm.ptr
          %v249 = llvm.icmp "ne" %conv_w, %v248 : !llvm.ptr
          %v250 = arith.andi %v249, %v231 : i1
          scf.if %v250 {
            %v251 = arith.subi %conv_k, %v11 : i64
            llvm.store %v36, %v252 : f32, !llvm.ptr
            %v253 = llvm.mlir.zero : !llvm.ptr
            %v254 = llvm.icmp "ne" %conv_b, %v253 : !llvm.ptr
            scf.if %v254 {
              %v255 = llvm.getelementptr %conv_b[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v256 = llvm.load %v255 : !llvm.ptr -> f32
              llvm.store %v256, %v252 : f32, !llvm.ptr
            }
            %v257 = arith.muli %v175, %conv_k : i64
            %v258 = arith.muli %v176, %v251 : i64
            scf.for %v259 = %v12 to %v251 step %v11 : i64 {
              %v260 = arith.addi %v258, %v259 : i64
              %v261 = arith.muli %v260, %split1 : i64
              %v262 = arith.addi %v261, %v175 : i64
              %v263 = llvm.getelementptr %conv_win[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v264 = llvm.load %v263 : !llvm.ptr -> f32
              %v265 = arith.addi %v257, %v259 : i64
              %v266 = llvm.getelementptr %conv_w[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v267 = llvm.load %v266 : !llvm.ptr -> f32
              %v268 = arith.mulf %v267, %v264 fastmath<contract> : f32
              %v269 = llvm.load %v252 : !llvm.ptr -> f32
              %v270 = arith.addf %v269, %v268 fastmath<contract> : f32
              llvm.store %v270, %v252 : f32, !llvm.ptr
            }
            %v271 = arith.addi %v257, %v251 : i64
            %v272 = llvm.getelementptr %conv_w[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v273 = llvm.load %v272 : !llvm.ptr -> f32
            %v274 = arith.mulf %v273, %v230 fastmath<contract> : f32
            %v275 = llvm.load %v252 : !llvm.ptr -> f32
            %v276 = arith.addf %v275, %v274 fastmath<contract> : f32
            %v277 = arith.negf %v276 : f32
            %v279 = arith.mulf %v277, %v278 fastmath<contract> : f32
            %v280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v279) : (f32) -> f32
            %v281 = arith.addf %v205, %v280 fastmath<contract> : f32
            %v282 = arith.divf %v205, %v281 : f32
            %v283 = arith.mulf %v276, %v282 fastmath<contract> : f32
            %v284 = arith.cmpi eq, %conv_act, %v11 : i64
            %v285 = arith.select %v284, %v283, %v276 : f32
            %v286 = arith.muli %v176, %split1 : i64
            %v287 = arith.addi %v286, %v175 : i64
            %v288 = llvm.getelementptr %conv_out[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v285, %v288 : f32, !llvm.ptr
            %v289 = arith.subi %v251, %v11 : i64
            scf.for %v290 = %v12 to %v289 step %v11 : i64 {
              %v291 = arith.addi %v258, %v290 : i64
              %v292 = arith.muli %v291, %split1 : i64
              %v293 = arith.addi %v292, %v175 : i64
              %v294 = arith.addi %v293, %split1 : i64
              %v295 = llvm.getelementptr %conv_win[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v296 = llvm.load %v295 : !llvm.ptr -> f32
              %v297 = llvm.getelementptr %conv_win[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v296, %v297 : f32, !llvm.ptr
            }
            %v298 = arith.cmpi slt, %v12, %v251 : i64
            scf.if %v298 {
              %v299 = arith.addi %v258, %v289 : i64
              %v300 = arith.muli %v299, %split1 : i64
              %v301 = arith.addi %v300, %v175 : i64
              %v302 = llvm.getelementptr %conv_win[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v230, %v302 : f32, !llvm.ptr
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
      %v23 = arith.constant 2 : i64
      %v25 = arith.constant 128 : i64
      %v27 = arith.constant 4096 : i64
      %v37 = arith.constant 0x00000000 : f32
      %v44 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v212 = arith.constant 0x3F800000 : f32
      %v215 = arith.constant 31 : i64
      %v222 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v259 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v285 = arith.constant 0x3FB8AA3B : f32
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
        %v18 = arith.subi %n, %v16 : i64
        %v19 = arith.minsi %v18, %v11 : i64
        %v20 = arith.muli %v16, %k : i64
        %v21 = llvm.getelementptr %w[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v22 = arith.muli %v19, %k : i64
        %v24 = arith.muli %v22, %v23 : i64
        %v26 = arith.muli %v10, %v25 : i64
        scf.for %v28 = %v26 to %v24 step %v27 : i64 {
          %v29 = llvm.getelementptr %v21[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v29 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v30 = arith.cmpi slt, %v16, %n : i64
      scf.if %v30 {
        %v31 = arith.subi %m, %v11 : i64
        %v32 = arith.subi %n, %v11 : i64
        %v33 = arith.subi %k, %v13 : i64
        %v34 = arith.muli %v10, %v13 : i64
        %v35 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v36 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v38 = arith.minsi %v15, %v31 : i64
        %v39 = arith.muli %v38, %x_stride : i64
        %v40 = llvm.getelementptr %x[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v41 = arith.minsi %v16, %v32 : i64
        %v42 = arith.muli %v41, %k : i64
        %v43 = llvm.getelementptr %w[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v35, %v44 : vector<4xf32>, !llvm.ptr
        llvm.store %v35, %v45 : vector<4xf32>, !llvm.ptr
        llvm.store %v37, %v46 : f32, !llvm.ptr
        llvm.store %v37, %v47 : f32, !llvm.ptr
        %v48 = arith.minsi %v34, %v33 : i64
        %v49 = arith.cmpi slt, %v34, %k : i64
        %v50 = llvm.getelementptr %v43[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v51 = llvm.load %v50 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v52 = llvm.getelementptr %v40[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v53 = llvm.load %v52 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v54 = llvm.getelementptr %norm_w[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v56 = arith.addi %v34, %v25 : i64
        %v57 = arith.minsi %v56, %v33 : i64
        %v58 = arith.cmpi slt, %v56, %k : i64
        %v59 = llvm.getelementptr %v43[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v60 = llvm.load %v59 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v61 = llvm.getelementptr %v40[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v62 = llvm.load %v61 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v63 = llvm.getelementptr %norm_w[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = llvm.load %v63 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v51, %v65 : vector<4xi16>, !llvm.ptr
        llvm.store %v53, %v66 : vector<4xf32>, !llvm.ptr
        llvm.store %v55, %v67 : vector<4xf32>, !llvm.ptr
        llvm.store %v60, %v68 : vector<4xi16>, !llvm.ptr
        llvm.store %v62, %v69 : vector<4xf32>, !llvm.ptr
        llvm.store %v64, %v70 : vector<4xf32>, !llvm.ptr
        scf.for %v71 = %v34 to %k step %v5 : i64 {
          %v72 = arith.addi %v71, %v5 : i64
          %v73 = arith.minsi %v72, %v33 : i64
          %v74 = arith.cmpi slt, %v72, %k : i64
          %v75 = llvm.getelementptr %v43[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v76 = llvm.load %v75 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v77 = llvm.getelementptr %v40[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v79 = llvm.getelementptr %norm_w[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v80 = llvm.load %v79 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v81 = arith.addi %v72, %v25 : i64
          %v82 = arith.minsi %v81, %v33 : i64
          %v83 = arith.cmpi slt, %v81, %k : i64
          %v84 = llvm.getelementptr %v43[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v85 = llvm.load %v84 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v86 = llvm.getelementptr %v40[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v88 = llvm.getelementptr %norm_w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v90 = arith.cmpi slt, %v71, %k : i64
          %v91 = llvm.load %v65 : !llvm.ptr -> vector<4xi16>
          %v92 = llvm.load %v66 : !llvm.ptr -> vector<4xf32>
          %v93 = llvm.load %v67 : !llvm.ptr -> vector<4xf32>
          %v94 = arith.addi %v71, %v25 : i64
          %v95 = arith.cmpi slt, %v94, %k : i64
          %v96 = llvm.load %v68 : !llvm.ptr -> vector<4xi16>
          %v97 = llvm.load %v69 : !llvm.ptr -> vector<4xf32>
          %v98 = llvm.load %v70 : !llvm.ptr -> vector<4xf32>
          %v99 = llvm.fmul %v92, %v92 : vector<4xf32>
          %v100 = llvm.select %v90, %v99, %v35 : i1, vector<4xf32>
          %v101 = llvm.mlir.constant(0 : i32) : i32
          %v102 = llvm.extractelement %v100[%v101 : i32] : vector<4xf32>
          %v103 = llvm.mlir.constant(1 : i32) : i32
          %v104 = llvm.extractelement %v100[%v103 : i32] : vector<4xf32>
          %v105 = llvm.mlir.constant(2 : i32) : i32
          %v106 = llvm.extractelement %v100[%v105 : i32] : vector<4xf32>
          %v107 = llvm.mlir.constant(3 : i32) : i32
          %v108 = llvm.extractelement %v100[%v107 : i32] : vector<4xf32>
          %v109 = arith.addf %v102, %v104 fastmath<contract> : f32
          %v110 = arith.addf %v109, %v106 fastmath<contract> : f32
          %v111 = arith.addf %v110, %v108 fastmath<contract> : f32
          %v112 = llvm.load %v46 : !llvm.ptr -> f32
          %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
          llvm.store %v113, %v46 : f32, !llvm.ptr
          %v114 = llvm.zext %v91 : vector<4xi16> to vector<4xi32>
          %v115 = llvm.shl %v114, %v36 : vector<4xi32>
          %v116 = llvm.bitcast %v115 : vector<4xi32> to vector<4xf32>
          %v117 = llvm.fmul %v116, %v93 : vector<4xf32>
          %v118 = llvm.select %v90, %v117, %v35 : i1, vector<4xf32>
          %v119 = llvm.fmul %v118, %v92 : vector<4xf32>
          %v120 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
          %v121 = llvm.fadd %v120, %v119 : vector<4xf32>
          llvm.store %v121, %v44 : vector<4xf32>, !llvm.ptr
          %v122 = llvm.fmul %v97, %v97 : vector<4xf32>
          %v123 = llvm.select %v95, %v122, %v35 : i1, vector<4xf32>
          %v124 = llvm.mlir.constant(0 : i32) : i32
          %v125 = llvm.extractelement %v123[%v124 : i32] : vector<4xf32>
          %v126 = llvm.mlir.constant(1 : i32) : i32
          %v127 = llvm.extractelement %v123[%v126 : i32] : vector<4xf32>
          %v128 = llvm.mlir.constant(2 : i32) : i32
          %v129 = llvm.extractelement %v123[%v128 : i32] : vector<4xf32>
          %v130 = llvm.mlir.constant(3 : i32) : i32
          %v131 = llvm.extractelement %v123[%v130 : i32] : vector<4xf32>
          %v132 = arith.addf %v125, %v127 fastmath<contract> : f32
          %v133 = arith.addf %v132, %v129 fastmath<contract> : f32
          %v134 = arith.addf %v133, %v131 fastmath<contract> : f32
          %v135 = llvm.load %v47 : !llvm.ptr -> f32
          %v136 = arith.addf %v135, %v134 fastmath<contract> : f32
          llvm.store %v136, %v47 : f32, !llvm.ptr
          %v137 = llvm.zext %v96 : vector<4xi16> to vector<4xi32>
          %v138 = llvm.shl %v137, %v36 : vector<4xi32>
          %v139 = llvm.bitcast %v138 : vector<4xi32> to vector<4xf32>
          %v140 = llvm.fmul %v139, %v98 : vector<4xf32>
          %v141 = llvm.select %v95, %v140, %v35 : i1, vector<4xf32>
          %v142 = llvm.fmul %v141, %v97 : vector<4xf32>
          %v143 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
          %v144 = llvm.fadd %v143, %v142 : vector<4xf32>
          llvm.store %v144, %v45 : vector<4xf32>, !llvm.ptr
          llvm.store %v76, %v65 : vector<4xi16>, !llvm.ptr
          llvm.store %v78, %v66 : vector<4xf32>, !llvm.ptr
          llvm.store %v80, %v67 : vector<4xf32>, !llvm.ptr
          llvm.store %v85, %v68 : vector<4xi16>, !llvm.ptr
          llvm.store %v87, %v69 : vector<4xf32>, !llvm.ptr
          llvm.store %v89, %v70 : vector<4xf32>, !llvm.ptr
        }
        %v145 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
        %v146 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
        %v147 = llvm.fadd %v145, %v146 : vector<4xf32>
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
        %v180 = arith.divsi %v12, %v11 : i64
        %v181 = arith.remsi %v12, %v11 : i64
        %v182 = arith.addi %v16, %v181 : i64
        %v183 = arith.addi %v15, %v180 : i64
        %v184 = llvm.load %v46 : !llvm.ptr -> f32
        %v185 = llvm.load %v47 : !llvm.ptr -> f32
        %v186 = arith.addf %v184, %v185 fastmath<contract> : f32
        %v187 = arith.constant 32 : i32
        %v188 = arith.constant 16 : i32
        %v189, %v190 = gpu.shuffle xor %v186, %v188, %v187 : f32
        %v191 = arith.addf %v186, %v189 fastmath<contract> : f32
        %v192 = arith.constant 8 : i32
        %v193, %v194 = gpu.shuffle xor %v191, %v192, %v187 : f32
        %v195 = arith.addf %v191, %v193 fastmath<contract> : f32
        %v196 = arith.constant 4 : i32
        %v197, %v198 = gpu.shuffle xor %v195, %v196, %v187 : f32
        %v199 = arith.addf %v195, %v197 fastmath<contract> : f32
        %v200 = arith.constant 2 : i32
        %v201, %v202 = gpu.shuffle xor %v199, %v200, %v187 : f32
        %v203 = arith.addf %v199, %v201 fastmath<contract> : f32
        %v204 = arith.constant 1 : i32
        %v205, %v206 = gpu.shuffle xor %v203, %v204, %v187 : f32
        %v207 = arith.addf %v203, %v205 fastmath<contract> : f32
        %v208 = arith.sitofp %k : i64 to f32
        %v209 = arith.divf %v207, %v208 : f32
        %v210 = arith.addf %v209, %eps fastmath<contract> : f32
        %v211 = llvm.call_intrinsic "llvm.sqrt.f32"(%v210) : (f32) -> f32
        %v213 = arith.divf %v212, %v211 : f32
        %v214 = arith.mulf %v179, %v213 fastmath<contract> : f32
        %v216 = arith.andi %v10, %v215 : i64
        %v217 = arith.cmpi eq, %v216, %v12 : i64
        %v218 = arith.cmpi slt, %v182, %n : i64
        %v219 = arith.cmpi slt, %v183, %m : i64
        %v220 = arith.andi %v218, %v219 : i1
        %v221 = arith.andi %v220, %v217 : i1
        scf.if %v221 {
          llvm.store %v214, %v222 : f32, !llvm.ptr
          %v223 = llvm.mlir.zero : !llvm.ptr
          %v224 = llvm.icmp "ne" %bias, %v223 : !llvm.ptr
          scf.if %v224 {
            %v225 = llvm.getelementptr %bias[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v226 = llvm.load %v225 : !llvm.ptr -> f32
            %v227 = llvm.load %v222 : !llvm.ptr -> f32
            %v228 = arith.addf %v227, %v226 fastmath<contract> : f32
            llvm.store %v228, %v222 : f32, !llvm.ptr
          }
          %v229 = llvm.mlir.zero : !llvm.ptr
          %v230 = llvm.icmp "ne" %add, %v229 : !llvm.ptr
          scf.if %v230 {
            %v231 = arith.muli %v183, %add_stride : i64
            %v232 = arith.addi %v231, %v182 : i64
            %v233 = llvm.getelementptr %add[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v234 = llvm.load %v233 : !llvm.ptr -> f32
            %v235 = llvm.load %v222 : !llvm.ptr -> f32
            %v236 = arith.addf %v235, %v234 fastmath<contract> : f32
            llvm.store %v236, %v222 : f32, !llvm.ptr
          }
          %v237 = llvm.load %v222 : !llvm.ptr -> f32
          %v238 = arith.cmpi slt, %v182, %split1 : i64
          %v239 = arith.cmpi slt, %v182, %split2 : i64
          %v240 = arith.muli %m, %split1 : i64
          %v241 = arith.muli %m, %split2 : i64
          %v242 = arith.select %v239, %v240, %v241 : i64
          %v243 = arith.select %v238, %v12, %v242 : i64
          %v244 = arith.subi %split2, %split1 : i64
          %v245 = arith.subi %n, %split2 : i64
          %v246 = arith.select %v239, %v244, %v245 : i64
          %v247 = arith.select %v238, %split1, %v246 : i64
          %v248 = arith.select %v239, %split1, %split2 : i64
          %v249 = arith.select %v238, %v12, %v248 : i64
          %v250 = arith.muli %v183, %v247 : i64
          %v251 = arith.subi %v182, %v249 : i64
          %v252 = arith.addi %v243, %v250 : i64
          %v253 = arith.addi %v252, %v251 : i64
          %v254 = llvm.getelementptr %out[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v237, %v254 : f32, !llvm.ptr
          %v255 = llvm.mlir.zero : !llvm.ptr
          %v256 = llvm.icmp "ne" %conv_w, %v255 : !llvm.ptr
          %v257 = arith.andi %v256, %v238 : i1
          scf.if %v257 {
            %v258 = arith.subi %conv_k, %v11 : i64
            llvm.store %v37, %v259 : f32, !llvm.ptr
            %v260 = llvm.mlir.zero : !llvm.ptr
            %v261 = llvm.icmp "ne" %conv_b, %v260 : !llvm.ptr
            scf.if %v261 {
              %v262 = llvm.getelementptr %conv_b[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v263 = llvm.load %v262 : !llvm.ptr -> f32
              llvm.store %v263, %v259 : f32, !llvm.ptr
            }
            %v264 = arith.muli %v182, %conv_k : i64
            %v265 = arith.muli %v183, %v258 : i64
            scf.for %v266 = %v12 to %v258 step %v11 : i64 {
              %v267 = arith.addi %v265, %v266 : i64
              %v268 = arith.muli %v267, %split1 : i64
              %v269 = arith.addi %v268, %v182 : i64
              %v270 = llvm.getelementptr %conv_win[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v271 = llvm.load %v270 : !llvm.ptr -> f32
              %v272 = arith.addi %v264, %v266 : i64
              %v273 = llvm.getelementptr %conv_w[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v274 = llvm.load %v273 : !llvm.ptr -> f32
              %v275 = arith.mulf %v274, %v271 fastmath<contract> : f32
              %v276 = llvm.load %v259 : !llvm.ptr -> f32
              %v277 = arith.addf %v276, %v275 fastmath<contract> : f32
              llvm.store %v277, %v259 : f32, !llvm.ptr
            }
            %v278 = arith.addi %v264, %v258 : i64
            %v279 = llvm.getelementptr %conv_w[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v280 = llvm.load %v279 : !llvm.ptr -> f32
            %v281 = arith.mulf %v280, %v237 fastmath<contract> : f32
            %v282 = llvm.load %v259 : !llvm.ptr -> f32
            %v283 = arith.addf %v282, %v281 fastmath<contract> : f32
            %v284 = arith.negf %v283 : f32
            %v286 = arith.mulf %v284, %v285 fastmath<contract> : f32
            %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
            %v288 = arith.addf %v212, %v287 fastmath<contract> : f32
            %v289 = arith.divf %v212, %v288 : f32
            %v290 = arith.mulf %v283, %v289 fastmath<contract> : f32
            %v291 = arith.cmpi eq, %conv_act, %v11 : i64
            %v292 = arith.select %v291, %v290, %v283 : f32
            %v293 = arith.muli %v183, %split1 : i64
            %v294 = arith.addi %v293, %v182 : i64
            %v295 = llvm.getelementptr %conv_out[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v292, %v295 : f32, !llvm.ptr
            %v296 = arith.subi %v258, %v11 : i64
            scf.for %v297 = %v12 to %v296 step %v11 : i64 {
              %v298 = arith.addi %v265, %v297 : i64
              %v299 = arith.muli %v298, %split1 : i64
              %v300 = arith.addi %v299, %v182 : i64
              %v301 = arith.addi %v300, %split1 : i64
              %v302 = llvm.getelementptr %conv_win[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v303 = llvm.load %v302 : !llvm.ptr -> f32
              %v304 = llvm.getelementptr %conv_win[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v303, %v304 : f32, !llvm.ptr
            }
            %v305 = arith.cmpi slt, %v12, %v258 : i64
            scf.if %v305 {
              %v306 = arith.addi %v265, %v296 : i64
              %v307 = arith.muli %v306, %split1 : i64
              %v308 = arith.addi %v307, %v182 : i64
              %v309 = llvm.getelementptr %conv_win[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v237, %v309 : f32, !llvm.ptr
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
      %v29 = arith.constant 128 : i64
      %v31 = arith.constant 4096 : i64
      %v41 = arith.constant 0x00000000 : f32
      %v49 = arith.constant 2 : i64
      %v54 = arith.constant 3 : i64
      %v63 = arith.constant 5 : i64
      %v68 = arith.constant 6 : i64
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
      %v120 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v121 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v122 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v123 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v573 = arith.constant 16 : i64
      %v762 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v799 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v824 = arith.constant 0x3F800000 : f32
      %v826 = arith.constant 0x3FB8AA3B : f32
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
        %v23 = arith.subi %n, %v21 : i64
        %v24 = arith.minsi %v23, %v13 : i64
        %v25 = arith.muli %v21, %k : i64
        %v26 = llvm.getelementptr %w[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v27 = arith.muli %v24, %k : i64
        %v28 = arith.muli %v27, %v13 : i64
        %v30 = arith.muli %v10, %v29 : i64
        scf.for %v32 = %v30 to %v28 step %v31 : i64 {
          %v33 = llvm.getelementptr %v26[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v33 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v34 = arith.cmpi slt, %v21, %n : i64
      scf.if %v34 {
        %v35 = arith.subi %m, %v11 : i64
        %v36 = arith.subi %n, %v11 : i64
        %v37 = arith.subi %k, %v13 : i64
        %v38 = arith.muli %v10, %v13 : i64
        %v39 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v40 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v42 = arith.minsi %v20, %v35 : i64
        %v43 = arith.muli %v42, %x_stride : i64
        %v44 = llvm.getelementptr %x[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v45 = arith.addi %v20, %v11 : i64
        %v46 = arith.minsi %v45, %v35 : i64
        %v47 = arith.muli %v46, %x_stride : i64
        %v48 = llvm.getelementptr %x[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = arith.addi %v20, %v49 : i64
        %v51 = arith.minsi %v50, %v35 : i64
        %v52 = arith.muli %v51, %x_stride : i64
        %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = arith.addi %v20, %v54 : i64
        %v56 = arith.minsi %v55, %v35 : i64
        %v57 = arith.muli %v56, %x_stride : i64
        %v58 = llvm.getelementptr %x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = arith.addi %v20, %v13 : i64
        %v60 = arith.minsi %v59, %v35 : i64
        %v61 = arith.muli %v60, %x_stride : i64
        %v62 = llvm.getelementptr %x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = arith.addi %v20, %v63 : i64
        %v65 = arith.minsi %v64, %v35 : i64
        %v66 = arith.muli %v65, %x_stride : i64
        %v67 = llvm.getelementptr %x[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v69 = arith.addi %v20, %v68 : i64
        %v70 = arith.minsi %v69, %v35 : i64
        %v71 = arith.muli %v70, %x_stride : i64
        %v72 = llvm.getelementptr %x[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = arith.addi %v20, %v15 : i64
        %v74 = arith.minsi %v73, %v35 : i64
        %v75 = arith.muli %v74, %x_stride : i64
        %v76 = llvm.getelementptr %x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v77 = arith.minsi %v21, %v36 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = arith.addi %v21, %v11 : i64
        %v81 = arith.minsi %v80, %v36 : i64
        %v82 = arith.muli %v81, %k : i64
        %v83 = llvm.getelementptr %w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v84 = arith.addi %v21, %v49 : i64
        %v85 = arith.minsi %v84, %v36 : i64
        %v86 = arith.muli %v85, %k : i64
        %v87 = llvm.getelementptr %w[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v88 = arith.addi %v21, %v54 : i64
        %v89 = arith.minsi %v88, %v36 : i64
        %v90 = arith.muli %v89, %k : i64
        %v91 = llvm.getelementptr %w[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v41, %v92 : f32, !llvm.ptr
        llvm.store %v41, %v93 : f32, !llvm.ptr
        llvm.store %v41, %v94 : f32, !llvm.ptr
        llvm.store %v41, %v95 : f32, !llvm.ptr
        llvm.store %v41, %v96 : f32, !llvm.ptr
        llvm.store %v41, %v97 : f32, !llvm.ptr
        llvm.store %v41, %v98 : f32, !llvm.ptr
        llvm.store %v41, %v99 : f32, !llvm.ptr
        llvm.store %v41, %v100 : f32, !llvm.ptr
        llvm.store %v41, %v101 : f32, !llvm.ptr
        llvm.store %v41, %v102 : f32, !llvm.ptr
        llvm.store %v41, %v103 : f32, !llvm.ptr
        llvm.store %v41, %v104 : f32, !llvm.ptr
        llvm.store %v41, %v105 : f32, !llvm.ptr
        llvm.store %v41, %v106 : f32, !llvm.ptr
        llvm.store %v41, %v107 : f32, !llvm.ptr
        llvm.store %v41, %v108 : f32, !llvm.ptr
        llvm.store %v41, %v109 : f32, !llvm.ptr
        llvm.store %v41, %v110 : f32, !llvm.ptr
        llvm.store %v41, %v111 : f32, !llvm.ptr
        llvm.store %v41, %v112 : f32, !llvm.ptr
        llvm.store %v41, %v113 : f32, !llvm.ptr
        llvm.store %v41, %v114 : f32, !llvm.ptr
        llvm.store %v41, %v115 : f32, !llvm.ptr
        llvm.store %v41, %v116 : f32, !llvm.ptr
        llvm.store %v41, %v117 : f32, !llvm.ptr
        llvm.store %v41, %v118 : f32, !llvm.ptr
        llvm.store %v41, %v119 : f32, !llvm.ptr
        llvm.store %v41, %v120 : f32, !llvm.ptr
        llvm.store %v41, %v121 : f32, !llvm.ptr
        llvm.store %v41, %v122 : f32, !llvm.ptr
        llvm.store %v41, %v123 : f32, !llvm.ptr
        scf.for %v124 = %v38 to %k step %v29 : i64 {
          %v125 = arith.minsi %v124, %v37 : i64
          %v126 = arith.cmpi slt, %v124, %k : i64
          %v127 = llvm.getelementptr %v79[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v128 = llvm.load %v127 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v129 = llvm.getelementptr %v83[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v130 = llvm.load %v129 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v131 = llvm.getelementptr %v87[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v133 = llvm.getelementptr %v91[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v134 = llvm.load %v133 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v135 = llvm.getelementptr %v44[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v136 = llvm.load %v135 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v137 = llvm.getelementptr %v48[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v138 = llvm.load %v137 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v139 = llvm.getelementptr %v53[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v141 = llvm.getelementptr %v58[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v143 = llvm.getelementptr %v62[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v145 = llvm.getelementptr %v67[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v147 = llvm.getelementptr %v72[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v149 = llvm.getelementptr %v76[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v151 = llvm.mlir.constant(0 : i32) : i32
          %v152 = llvm.extractelement %v136[%v151 : i32] : vector<4xf32>
          %v153 = llvm.mlir.constant(1 : i32) : i32
          %v154 = llvm.extractelement %v136[%v153 : i32] : vector<4xf32>
          %v155 = llvm.mlir.constant(2 : i32) : i32
          %v156 = llvm.extractelement %v136[%v155 : i32] : vector<4xf32>
          %v157 = llvm.mlir.constant(3 : i32) : i32
          %v158 = llvm.extractelement %v136[%v157 : i32] : vector<4xf32>
          %v159 = llvm.mlir.constant(0 : i32) : i32
          %v160 = llvm.extractelement %v138[%v159 : i32] : vector<4xf32>
          %v161 = llvm.mlir.constant(1 : i32) : i32
          %v162 = llvm.extractelement %v138[%v161 : i32] : vector<4xf32>
          %v163 = llvm.mlir.constant(2 : i32) : i32
          %v164 = llvm.extractelement %v138[%v163 : i32] : vector<4xf32>
          %v165 = llvm.mlir.constant(3 : i32) : i32
          %v166 = llvm.extractelement %v138[%v165 : i32] : vector<4xf32>
          %v167 = llvm.mlir.constant(0 : i32) : i32
          %v168 = llvm.extractelement %v140[%v167 : i32] : vector<4xf32>
          %v169 = llvm.mlir.constant(1 : i32) : i32
          %v170 = llvm.extractelement %v140[%v169 : i32] : vector<4xf32>
          %v171 = llvm.mlir.constant(2 : i32) : i32
          %v172 = llvm.extractelement %v140[%v171 : i32] : vector<4xf32>
          %v173 = llvm.mlir.constant(3 : i32) : i32
          %v174 = llvm.extractelement %v140[%v173 : i32] : vector<4xf32>
          %v175 = llvm.mlir.constant(0 : i32) : i32
          %v176 = llvm.extractelement %v142[%v175 : i32] : vector<4xf32>
          %v177 = llvm.mlir.constant(1 : i32) : i32
          %v178 = llvm.extractelement %v142[%v177 : i32] : vector<4xf32>
          %v179 = llvm.mlir.constant(2 : i32) : i32
          %v180 = llvm.extractelement %v142[%v179 : i32] : vector<4xf32>
          %v181 = llvm.mlir.constant(3 : i32) : i32
          %v182 = llvm.extractelement %v142[%v181 : i32] : vector<4xf32>
          %v183 = llvm.mlir.constant(0 : i32) : i32
          %v184 = llvm.extractelement %v144[%v183 : i32] : vector<4xf32>
          %v185 = llvm.mlir.constant(1 : i32) : i32
          %v186 = llvm.extractelement %v144[%v185 : i32] : vector<4xf32>
          %v187 = llvm.mlir.constant(2 : i32) : i32
          %v188 = llvm.extractelement %v144[%v187 : i32] : vector<4xf32>
          %v189 = llvm.mlir.constant(3 : i32) : i32
          %v190 = llvm.extractelement %v144[%v189 : i32] : vector<4xf32>
          %v191 = llvm.mlir.constant(0 : i32) : i32
          %v192 = llvm.extractelement %v146[%v191 : i32] : vector<4xf32>
          %v193 = llvm.mlir.constant(1 : i32) : i32
          %v194 = llvm.extractelement %v146[%v193 : i32] : vector<4xf32>
          %v195 = llvm.mlir.constant(2 : i32) : i32
          %v196 = llvm.extractelement %v146[%v195 : i32] : vector<4xf32>
          %v197 = llvm.mlir.constant(3 : i32) : i32
          %v198 = llvm.extractelement %v146[%v197 : i32] : vector<4xf32>
          %v199 = llvm.mlir.constant(0 : i32) : i32
          %v200 = llvm.extractelement %v148[%v199 : i32] : vector<4xf32>
          %v201 = llvm.mlir.constant(1 : i32) : i32
          %v202 = llvm.extractelement %v148[%v201 : i32] : vector<4xf32>
          %v203 = llvm.mlir.constant(2 : i32) : i32
          %v204 = llvm.extractelement %v148[%v203 : i32] : vector<4xf32>
          %v205 = llvm.mlir.constant(3 : i32) : i32
          %v206 = llvm.extractelement %v148[%v205 : i32] : vector<4xf32>
          %v207 = llvm.mlir.constant(0 : i32) : i32
          %v208 = llvm.extractelement %v150[%v207 : i32] : vector<4xf32>
          %v209 = llvm.mlir.constant(1 : i32) : i32
          %v210 = llvm.extractelement %v150[%v209 : i32] : vector<4xf32>
          %v211 = llvm.mlir.constant(2 : i32) : i32
          %v212 = llvm.extractelement %v150[%v211 : i32] : vector<4xf32>
          %v213 = llvm.mlir.constant(3 : i32) : i32
          %v214 = llvm.extractelement %v150[%v213 : i32] : vector<4xf32>
          %v215 = llvm.select %v126, %v128, %v39 : i1, vector<4xf32>
          %v216 = llvm.mlir.constant(0 : i32) : i32
          %v217 = llvm.extractelement %v215[%v216 : i32] : vector<4xf32>
          %v218 = llvm.mlir.constant(1 : i32) : i32
          %v219 = llvm.extractelement %v215[%v218 : i32] : vector<4xf32>
          %v220 = llvm.mlir.constant(2 : i32) : i32
          %v221 = llvm.extractelement %v215[%v220 : i32] : vector<4xf32>
          %v222 = llvm.mlir.constant(3 : i32) : i32
          %v223 = llvm.extractelement %v215[%v222 : i32] : vector<4xf32>
          %v224 = llvm.load %v92 : !llvm.ptr -> f32
          %v225 = arith.mulf %v217, %v152 fastmath<contract> : f32
          %v226 = arith.addf %v224, %v225 fastmath<contract> : f32
          %v227 = arith.mulf %v219, %v154 fastmath<contract> : f32
          %v228 = arith.addf %v226, %v227 fastmath<contract> : f32
          %v229 = arith.mulf %v221, %v156 fastmath<contract> : f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = arith.mulf %v223, %v158 fastmath<contract> : f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          llvm.store %v232, %v92 : f32, !llvm.ptr
          %v233 = llvm.load %v96 : !llvm.ptr -> f32
          %v234 = arith.mulf %v217, %v160 fastmath<contract> : f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          %v236 = arith.mulf %v219, %v162 fastmath<contract> : f32
          %v237 = arith.addf %v235, %v236 fastmath<contract> : f32
          %v238 = arith.mulf %v221, %v164 fastmath<contract> : f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = arith.mulf %v223, %v166 fastmath<contract> : f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          llvm.store %v241, %v96 : f32, !llvm.ptr
          %v242 = llvm.load %v100 : !llvm.ptr -> f32
          %v243 = arith.mulf %v217, %v168 fastmath<contract> : f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          %v245 = arith.mulf %v219, %v170 fastmath<contract> : f32
          %v246 = arith.addf %v244, %v245 fastmath<contract> : f32
          %v247 = arith.mulf %v221, %v172 fastmath<contract> : f32
          %v248 = arith.addf %v246, %v247 fastmath<contract> : f32
          %v249 = arith.mulf %v223, %v174 fastmath<contract> : f32
          %v250 = arith.addf %v248, %v249 fastmath<contract> : f32
          llvm.store %v250, %v100 : f32, !llvm.ptr
          %v251 = llvm.load %v104 : !llvm.ptr -> f32
          %v252 = arith.mulf %v217, %v176 fastmath<contract> : f32
          %v253 = arith.addf %v251, %v252 fastmath<contract> : f32
          %v254 = arith.mulf %v219, %v178 fastmath<contract> : f32
          %v255 = arith.addf %v253, %v254 fastmath<contract> : f32
          %v256 = arith.mulf %v221, %v180 fastmath<contract> : f32
          %v257 = arith.addf %v255, %v256 fastmath<contract> : f32
          %v258 = arith.mulf %v223, %v182 fastmath<contract> : f32
          %v259 = arith.addf %v257, %v258 fastmath<contract> : f32
          llvm.store %v259, %v104 : f32, !llvm.ptr
          %v260 = llvm.load %v108 : !llvm.ptr -> f32
          %v261 = arith.mulf %v217, %v184 fastmath<contract> : f32
          %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
          %v263 = arith.mulf %v219, %v186 fastmath<contract> : f32
          %v264 = arith.addf %v262, %v263 fastmath<contract> : f32
          %v265 = arith.mulf %v221, %v188 fastmath<contract> : f32
          %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
          %v267 = arith.mulf %v223, %v190 fastmath<contract> : f32
          %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
          llvm.store %v268, %v108 : f32, !llvm.ptr
          %v269 = llvm.load %v112 : !llvm.ptr -> f32
          %v270 = arith.mulf %v217, %v192 fastmath<contract> : f32
          %v271 = arith.addf %v269, %v270 fastmath<contract> : f32
          %v272 = arith.mulf %v219, %v194 fastmath<contract> : f32
          %v273 = arith.addf %v271, %v272 fastmath<contract> : f32
          %v274 = arith.mulf %v221, %v196 fastmath<contract> : f32
          %v275 = arith.addf %v273, %v274 fastmath<contract> : f32
          %v276 = arith.mulf %v223, %v198 fastmath<contract> : f32
          %v277 = arith.addf %v275, %v276 fastmath<contract> : f32
          llvm.store %v277, %v112 : f32, !llvm.ptr
          %v278 = llvm.load %v116 : !llvm.ptr -> f32
          %v279 = arith.mulf %v217, %v200 fastmath<contract> : f32
          %v280 = arith.addf %v278, %v279 fastmath<contract> : f32
          %v281 = arith.mulf %v219, %v202 fastmath<contract> : f32
          %v282 = arith.addf %v280, %v281 fastmath<contract> : f32
          %v283 = arith.mulf %v221, %v204 fastmath<contract> : f32
          %v284 = arith.addf %v282, %v283 fastmath<contract> : f32
          %v285 = arith.mulf %v223, %v206 fastmath<contract> : f32
          %v286 = arith.addf %v284, %v285 fastmath<contract> : f32
          llvm.store %v286, %v116 : f32, !llvm.ptr
          %v287 = llvm.load %v120 : !llvm.ptr -> f32
          %v288 = arith.mulf %v217, %v208 fastmath<contract> : f32
          %v289 = arith.addf %v287, %v288 fastmath<contract> : f32
          %v290 = arith.mulf %v219, %v210 fastmath<contract> : f32
          %v291 = arith.addf %v289, %v290 fastmath<contract> : f32
          %v292 = arith.mulf %v221, %v212 fastmath<contract> : f32
          %v293 = arith.addf %v291, %v292 fastmath<contract> : f32
          %v294 = arith.mulf %v223, %v214 fastmath<contract> : f32
          %v295 = arith.addf %v293, %v294 fastmath<contract> : f32
          llvm.store %v295, %v120 : f32, !llvm.ptr
          %v296 = llvm.select %v126, %v130, %v39 : i1, vector<4xf32>
          %v297 = llvm.mlir.constant(0 : i32) : i32
          %v298 = llvm.extractelement %v296[%v297 : i32] : vector<4xf32>
          %v299 = llvm.mlir.constant(1 : i32) : i32
          %v300 = llvm.extractelement %v296[%v299 : i32] : vector<4xf32>
          %v301 = llvm.mlir.constant(2 : i32) : i32
          %v302 = llvm.extractelement %v296[%v301 : i32] : vector<4xf32>
          %v303 = llvm.mlir.constant(3 : i32) : i32
          %v304 = llvm.extractelement %v296[%v303 : i32] : vector<4xf32>
          %v305 = llvm.load %v93 : !llvm.ptr -> f32
          %v306 = arith.mulf %v298, %v152 fastmath<contract> : f32
          %v307 = arith.addf %v305, %v306 fastmath<contract> : f32
          %v308 = arith.mulf %v300, %v154 fastmath<contract> : f32
          %v309 = arith.addf %v307, %v308 fastmath<contract> : f32
          %v310 = arith.mulf %v302, %v156 fastmath<contract> : f32
          %v311 = arith.addf %v309, %v310 fastmath<contract> : f32
          %v312 = arith.mulf %v304, %v158 fastmath<contract> : f32
          %v313 = arith.addf %v311, %v312 fastmath<contract> : f32
          llvm.store %v313, %v93 : f32, !llvm.ptr
          %v314 = llvm.load %v97 : !llvm.ptr -> f32
          %v315 = arith.mulf %v298, %v160 fastmath<contract> : f32
          %v316 = arith.addf %v314, %v315 fastmath<contract> : f32
          %v317 = arith.mulf %v300, %v162 fastmath<contract> : f32
          %v318 = arith.addf %v316, %v317 fastmath<contract> : f32
          %v319 = arith.mulf %v302, %v164 fastmath<contract> : f32
          %v320 = arith.addf %v318, %v319 fastmath<contract> : f32
          %v321 = arith.mulf %v304, %v166 fastmath<contract> : f32
          %v322 = arith.addf %v320, %v321 fastmath<contract> : f32
          llvm.store %v322, %v97 : f32, !llvm.ptr
          %v323 = llvm.load %v101 : !llvm.ptr -> f32
          %v324 = arith.mulf %v298, %v168 fastmath<contract> : f32
          %v325 = arith.addf %v323, %v324 fastmath<contract> : f32
          %v326 = arith.mulf %v300, %v170 fastmath<contract> : f32
          %v327 = arith.addf %v325, %v326 fastmath<contract> : f32
          %v328 = arith.mulf %v302, %v172 fastmath<contract> : f32
          %v329 = arith.addf %v327, %v328 fastmath<contract> : f32
          %v330 = arith.mulf %v304, %v174 fastmath<contract> : f32
          %v331 = arith.addf %v329, %v330 fastmath<contract> : f32
          llvm.store %v331, %v101 : f32, !llvm.ptr
          %v332 = llvm.load %v105 : !llvm.ptr -> f32
          %v333 = arith.mulf %v298, %v176 fastmath<contract> : f32
          %v334 = arith.addf %v332, %v333 fastmath<contract> : f32
          %v335 = arith.mulf %v300, %v178 fastmath<contract> : f32
          %v336 = arith.addf %v334, %v335 fastmath<contract> : f32
          %v337 = arith.mulf %v302, %v180 fastmath<contract> : f32
          %v338 = arith.addf %v336, %v337 fastmath<contract> : f32
          %v339 = arith.mulf %v304, %v182 fastmath<contract> : f32
          %v340 = arith.addf %v338, %v339 fastmath<contract> : f32
          llvm.store %v340, %v105 : f32, !llvm.ptr
          %v341 = llvm.load %v109 : !llvm.ptr -> f32
          %v342 = arith.mulf %v298, %v184 fastmath<contract> : f32
          %v343 = arith.addf %v341, %v342 fastmath<contract> : f32
          %v344 = arith.mulf %v300, %v186 fastmath<contract> : f32
          %v345 = arith.addf %v343, %v344 fastmath<contract> : f32
          %v346 = arith.mulf %v302, %v188 fastmath<contract> : f32
          %v347 = arith.addf %v345, %v346 fastmath<contract> : f32
          %v348 = arith.mulf %v304, %v190 fastmath<contract> : f32
          %v349 = arith.addf %v347, %v348 fastmath<contract> : f32
          llvm.store %v349, %v109 : f32, !llvm.ptr
          %v350 = llvm.load %v113 : !llvm.ptr -> f32
          %v351 = arith.mulf %v298, %v192 fastmath<contract> : f32
          %v352 = arith.addf %v350, %v351 fastmath<contract> : f32
          %v353 = arith.mulf %v300, %v194 fastmath<contract> : f32
          %v354 = arith.addf %v352, %v353 fastmath<contract> : f32
          %v355 = arith.mulf %v302, %v196 fastmath<contract> : f32
          %v356 = arith.addf %v354, %v355 fastmath<contract> : f32
          %v357 = arith.mulf %v304, %v198 fastmath<contract> : f32
          %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
          llvm.store %v358, %v113 : f32, !llvm.ptr
          %v359 = llvm.load %v117 : !llvm.ptr -> f32
          %v360 = arith.mulf %v298, %v200 fastmath<contract> : f32
          %v361 = arith.addf %v359, %v360 fastmath<contract> : f32
          %v362 = arith.mulf %v300, %v202 fastmath<contract> : f32
          %v363 = arith.addf %v361, %v362 fastmath<contract> : f32
          %v364 = arith.mulf %v302, %v204 fastmath<contract> : f32
          %v365 = arith.addf %v363, %v364 fastmath<contract> : f32
          %v366 = arith.mulf %v304, %v206 fastmath<contract> : f32
          %v367 = arith.addf %v365, %v366 fastmath<contract> : f32
          llvm.store %v367, %v117 : f32, !llvm.ptr
          %v368 = llvm.load %v121 : !llvm.ptr -> f32
          %v369 = arith.mulf %v298, %v208 fastmath<contract> : f32
          %v370 = arith.addf %v368, %v369 fastmath<contract> : f32
          %v371 = arith.mulf %v300, %v210 fastmath<contract> : f32
          %v372 = arith.addf %v370, %v371 fastmath<contract> : f32
          %v373 = arith.mulf %v302, %v212 fastmath<contract> : f32
          %v374 = arith.addf %v372, %v373 fastmath<contract> : f32
          %v375 = arith.mulf %v304, %v214 fastmath<contract> : f32
          %v376 = arith.addf %v374, %v375 fastmath<contract> : f32
          llvm.store %v376, %v121 : f32, !llvm.ptr
          %v377 = llvm.select %v126, %v132, %v39 : i1, vector<4xf32>
          %v378 = llvm.mlir.constant(0 : i32) : i32
          %v379 = llvm.extractelement %v377[%v378 : i32] : vector<4xf32>
          %v380 = llvm.mlir.constant(1 : i32) : i32
          %v381 = llvm.extractelement %v377[%v380 : i32] : vector<4xf32>
          %v382 = llvm.mlir.constant(2 : i32) : i32
          %v383 = llvm.extractelement %v377[%v382 : i32] : vector<4xf32>
          %v384 = llvm.mlir.constant(3 : i32) : i32
          %v385 = llvm.extractelement %v377[%v384 : i32] : vector<4xf32>
          %v386 = llvm.load %v94 : !llvm.ptr -> f32
          %v387 = arith.mulf %v379, %v152 fastmath<contract> : f32
          %v388 = arith.addf %v386, %v387 fastmath<contract> : f32
          %v389 = arith.mulf %v381, %v154 fastmath<contract> : f32
          %v390 = arith.addf %v388, %v389 fastmath<contract> : f32
          %v391 = arith.mulf %v383, %v156 fastmath<contract> : f32
          %v392 = arith.addf %v390, %v391 fastmath<contract> : f32
          %v393 = arith.mulf %v385, %v158 fastmath<contract> : f32
          %v394 = arith.addf %v392, %v393 fastmath<contract> : f32
          llvm.store %v394, %v94 : f32, !llvm.ptr
          %v395 = llvm.load %v98 : !llvm.ptr -> f32
          %v396 = arith.mulf %v379, %v160 fastmath<contract> : f32
          %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
          %v398 = arith.mulf %v381, %v162 fastmath<contract> : f32
          %v399 = arith.addf %v397, %v398 fastmath<contract> : f32
          %v400 = arith.mulf %v383, %v164 fastmath<contract> : f32
          %v401 = arith.addf %v399, %v400 fastmath<contract> : f32
          %v402 = arith.mulf %v385, %v166 fastmath<contract> : f32
          %v403 = arith.addf %v401, %v402 fastmath<contract> : f32
          llvm.store %v403, %v98 : f32, !llvm.ptr
          %v404 = llvm.load %v102 : !llvm.ptr -> f32
          %v405 = arith.mulf %v379, %v168 fastmath<contract> : f32
          %v406 = arith.addf %v404, %v405 fastmath<contract> : f32
          %v407 = arith.mulf %v381, %v170 fastmath<contract> : f32
          %v408 = arith.addf %v406, %v407 fastmath<contract> : f32
          %v409 = arith.mulf %v383, %v172 fastmath<contract> : f32
          %v410 = arith.addf %v408, %v409 fastmath<contract> : f32
          %v411 = arith.mulf %v385, %v174 fastmath<contract> : f32
          %v412 = arith.addf %v410, %v411 fastmath<contract> : f32
          llvm.store %v412, %v102 : f32, !llvm.ptr
          %v413 = llvm.load %v106 : !llvm.ptr -> f32
          %v414 = arith.mulf %v379, %v176 fastmath<contract> : f32
          %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
          %v416 = arith.mulf %v381, %v178 fastmath<contract> : f32
          %v417 = arith.addf %v415, %v416 fastmath<contract> : f32
          %v418 = arith.mulf %v383, %v180 fastmath<contract> : f32
          %v419 = arith.addf %v417, %v418 fastmath<contract> : f32
          %v420 = arith.mulf %v385, %v182 fastmath<contract> : f32
          %v421 = arith.addf %v419, %v420 fastmath<contract> : f32
          llvm.store %v421, %v106 : f32, !llvm.ptr
          %v422 = llvm.load %v110 : !llvm.ptr -> f32
          %v423 = arith.mulf %v379, %v184 fastmath<contract> : f32
          %v424 = arith.addf %v422, %v423 fastmath<contract> : f32
          %v425 = arith.mulf %v381, %v186 fastmath<contract> : f32
          %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
          %v427 = arith.mulf %v383, %v188 fastmath<contract> : f32
          %v428 = arith.addf %v426, %v427 fastmath<contract> : f32
          %v429 = arith.mulf %v385, %v190 fastmath<contract> : f32
          %v430 = arith.addf %v428, %v429 fastmath<contract> : f32
          llvm.store %v430, %v110 : f32, !llvm.ptr
          %v431 = llvm.load %v114 : !llvm.ptr -> f32
          %v432 = arith.mulf %v379, %v192 fastmath<contract> : f32
          %v433 = arith.addf %v431, %v432 fastmath<contract> : f32
          %v434 = arith.mulf %v381, %v194 fastmath<contract> : f32
          %v435 = arith.addf %v433, %v434 fastmath<contract> : f32
          %v436 = arith.mulf %v383, %v196 fastmath<contract> : f32
          %v437 = arith.addf %v435, %v436 fastmath<contract> : f32
          %v438 = arith.mulf %v385, %v198 fastmath<contract> : f32
          %v439 = arith.addf %v437, %v438 fastmath<contract> : f32
          llvm.store %v439, %v114 : f32, !llvm.ptr
          %v440 = llvm.load %v118 : !llvm.ptr -> f32
          %v441 = arith.mulf %v379, %v200 fastmath<contract> : f32
          %v442 = arith.addf %v440, %v441 fastmath<contract> : f32
          %v443 = arith.mulf %v381, %v202 fastmath<contract> : f32
          %v444 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v445 = arith.mulf %v383, %v204 fastmath<contract> : f32
          %v446 = arith.addf %v444, %v445 fastmath<contract> : f32
          %v447 = arith.mulf %v385, %v206 fastmath<contract> : f32
          %v448 = arith.addf %v446, %v447 fastmath<contract> : f32
          llvm.store %v448, %v118 : f32, !llvm.ptr
          %v449 = llvm.load %v122 : !llvm.ptr -> f32
          %v450 = arith.mulf %v379, %v208 fastmath<contract> : f32
          %v451 = arith.addf %v449, %v450 fastmath<contract> : f32
          %v452 = arith.mulf %v381, %v210 fastmath<contract> : f32
          %v453 = arith.addf %v451, %v452 fastmath<contract> : f32
          %v454 = arith.mulf %v383, %v212 fastmath<contract> : f32
          %v455 = arith.addf %v453, %v454 fastmath<contract> : f32
          %v456 = arith.mulf %v385, %v214 fastmath<contract> : f32
          %v457 = arith.addf %v455, %v456 fastmath<contract> : f32
          llvm.store %v457, %v122 : f32, !llvm.ptr
          %v458 = llvm.select %v126, %v134, %v39 : i1, vector<4xf32>
          %v459 = llvm.mlir.constant(0 : i32) : i32
          %v460 = llvm.extractelement %v458[%v459 : i32] : vector<4xf32>
          %v461 = llvm.mlir.constant(1 : i32) : i32
          %v462 = llvm.extractelement %v458[%v461 : i32] : vector<4xf32>
          %v463 = llvm.mlir.constant(2 : i32) : i32
          %v464 = llvm.extractelement %v458[%v463 : i32] : vector<4xf32>
          %v465 = llvm.mlir.constant(3 : i32) : i32
          %v466 = llvm.extractelement %v458[%v465 : i32] : vector<4xf32>
          %v467 = llvm.load %v95 : !llvm.ptr -> f32
          %v468 = arith.mulf %v460, %v152 fastmath<contract> : f32
          %v469 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v470 = arith.mulf %v462, %v154 fastmath<contract> : f32
          %v471 = arith.addf %v469, %v470 fastmath<contract> : f32
          %v472 = arith.mulf %v464, %v156 fastmath<contract> : f32
          %v473 = arith.addf %v471, %v472 fastmath<contract> : f32
          %v474 = arith.mulf %v466, %v158 fastmath<contract> : f32
          %v475 = arith.addf %v473, %v474 fastmath<contract> : f32
          llvm.store %v475, %v95 : f32, !llvm.ptr
          %v476 = llvm.load %v99 : !llvm.ptr -> f32
          %v477 = arith.mulf %v460, %v160 fastmath<contract> : f32
          %v478 = arith.addf %v476, %v477 fastmath<contract> : f32
          %v479 = arith.mulf %v462, %v162 fastmath<contract> : f32
          %v480 = arith.addf %v478, %v479 fastmath<contract> : f32
          %v481 = arith.mulf %v464, %v164 fastmath<contract> : f32
          %v482 = arith.addf %v480, %v481 fastmath<contract> : f32
          %v483 = arith.mulf %v466, %v166 fastmath<contract> : f32
          %v484 = arith.addf %v482, %v483 fastmath<contract> : f32
          llvm.store %v484, %v99 : f32, !llvm.ptr
          %v485 = llvm.load %v103 : !llvm.ptr -> f32
          %v486 = arith.mulf %v460, %v168 fastmath<contract> : f32
          %v487 = arith.addf %v485, %v486 fastmath<contract> : f32
          %v488 = arith.mulf %v462, %v170 fastmath<contract> : f32
          %v489 = arith.addf %v487, %v488 fastmath<contract> : f32
          %v490 = arith.mulf %v464, %v172 fastmath<contract> : f32
          %v491 = arith.addf %v489, %v490 fastmath<contract> : f32
          %v492 = arith.mulf %v466, %v174 fastmath<contract> : f32
          %v493 = arith.addf %v491, %v492 fastmath<contract> : f32
          llvm.store %v493, %v103 : f32, !llvm.ptr
          %v494 = llvm.load %v107 : !llvm.ptr -> f32
          %v495 = arith.mulf %v460, %v176 fastmath<contract> : f32
          %v496 = arith.addf %v494, %v495 fastmath<contract> : f32
          %v497 = arith.mulf %v462, %v178 fastmath<contract> : f32
          %v498 = arith.addf %v496, %v497 fastmath<contract> : f32
          %v499 = arith.mulf %v464, %v180 fastmath<contract> : f32
          %v500 = arith.addf %v498, %v499 fastmath<contract> : f32
          %v501 = arith.mulf %v466, %v182 fastmath<contract> : f32
          %v502 = arith.addf %v500, %v501 fastmath<contract> : f32
          llvm.store %v502, %v107 : f32, !llvm.ptr
          %v503 = llvm.load %v111 : !llvm.ptr -> f32
          %v504 = arith.mulf %v460, %v184 fastmath<contract> : f32
          %v505 = arith.addf %v503, %v504 fastmath<contract> : f32
          %v506 = arith.mulf %v462, %v186 fastmath<contract> : f32
          %v507 = arith.addf %v505, %v506 fastmath<contract> : f32
          %v508 = arith.mulf %v464, %v188 fastmath<contract> : f32
          %v509 = arith.addf %v507, %v508 fastmath<contract> : f32
          %v510 = arith.mulf %v466, %v190 fastmath<contract> : f32
          %v511 = arith.addf %v509, %v510 fastmath<contract> : f32
          llvm.store %v511, %v111 : f32, !llvm.ptr
          %v512 = llvm.load %v115 : !llvm.ptr -> f32
          %v513 = arith.mulf %v460, %v192 fastmath<contract> : f32
          %v514 = arith.addf %v512, %v513 fastmath<contract> : f32
          %v515 = arith.mulf %v462, %v194 fastmath<contract> : f32
          %v516 = arith.addf %v514, %v515 fastmath<contract> : f32
          %v517 = arith.mulf %v464, %v196 fastmath<contract> : f32
          %v518 = arith.addf %v516, %v517 fastmath<contract> : f32
          %v519 = arith.mulf %v466, %v198 fastmath<contract> : f32
          %v520 = arith.addf %v518, %v519 fastmath<contract> : f32
          llvm.store %v520, %v115 : f32, !llvm.ptr
          %v521 = llvm.load %v119 : !llvm.ptr -> f32
          %v522 = arith.mulf %v460, %v200 fastmath<contract> : f32
          %v523 = arith.addf %v521, %v522 fastmath<contract> : f32
          %v524 = arith.mulf %v462, %v202 fastmath<contract> : f32
          %v525 = arith.addf %v523, %v524 fastmath<contract> : f32
          %v526 = arith.mulf %v464, %v204 fastmath<contract> : f32
          %v527 = arith.addf %v525, %v526 fastmath<contract> : f32
          %v528 = arith.mulf %v466, %v206 fastmath<contract> : f32
          %v529 = arith.addf %v527, %v528 fastmath<contract> : f32
          llvm.store %v529, %v119 : f32, !llvm.ptr
          %v530 = llvm.load %v123 : !llvm.ptr -> f32
          %v531 = arith.mulf %v460, %v208 fastmath<contract> : f32
          %v532 = arith.addf %v530, %v531 fastmath<contract> : f32
          %v533 = arith.mulf %v462, %v210 fastmath<contract> : f32
          %v534 = arith.addf %v532, %v533 fastmath<contract> : f32
          %v535 = arith.mulf %v464, %v212 fastmath<contract> : f32
          %v536 = arith.addf %v534, %v535 fastmath<contract> : f32
          %v537 = arith.mulf %v466, %v214 fastmath<contract> : f32
          %v538 = arith.addf %v536, %v537 fastmath<contract> : f32
          llvm.store %v538, %v123 : f32, !llvm.ptr
        }
        %v539 = llvm.load %v92 : !llvm.ptr -> f32
        %v540 = llvm.load %v93 : !llvm.ptr -> f32
        %v541 = llvm.load %v94 : !llvm.ptr -> f32
        %v542 = llvm.load %v95 : !llvm.ptr -> f32
        %v543 = llvm.load %v96 : !llvm.ptr -> f32
        %v544 = llvm.load %v97 : !llvm.ptr -> f32
        %v545 = llvm.load %v98 : !llvm.ptr -> f32
        %v546 = llvm.load %v99 : !llvm.ptr -> f32
        %v547 = llvm.load %v100 : !llvm.ptr -> f32
        %v548 = llvm.load %v101 : !llvm.ptr -> f32
        %v549 = llvm.load %v102 : !llvm.ptr -> f32
        %v550 = llvm.load %v103 : !llvm.ptr -> f32
        %v551 = llvm.load %v104 : !llvm.ptr -> f32
        %v552 = llvm.load %v105 : !llvm.ptr -> f32
        %v553 = llvm.load %v106 : !llvm.ptr -> f32
        %v554 = llvm.load %v107 : !llvm.ptr -> f32
        %v555 = llvm.load %v108 : !llvm.ptr -> f32
        %v556 = llvm.load %v109 : !llvm.ptr -> f32
        %v557 = llvm.load %v110 : !llvm.ptr -> f32
        %v558 = llvm.load %v111 : !llvm.ptr -> f32
        %v559 = llvm.load %v112 : !llvm.ptr -> f32
        %v560 = llvm.load %v113 : !llvm.ptr -> f32
        %v561 = llvm.load %v114 : !llvm.ptr -> f32
        %v562 = llvm.load %v115 : !llvm.ptr -> f32
        %v563 = llvm.load %v116 : !llvm.ptr -> f32
        %v564 = llvm.load %v117 : !llvm.ptr -> f32
        %v565 = llvm.load %v118 : !llvm.ptr -> f32
        %v566 = llvm.load %v119 : !llvm.ptr -> f32
        %v567 = llvm.load %v120 : !llvm.ptr -> f32
        %v568 = llvm.load %v121 : !llvm.ptr -> f32
        %v569 = llvm.load %v122 : !llvm.ptr -> f32
        %v570 = llvm.load %v123 : !llvm.ptr -> f32
        %v571 = arith.constant 32 : i32
        %v572 = arith.constant 16 : i32
        %v574 = arith.andi %v10, %v573 : i64
        %v575 = arith.cmpi ne, %v574, %v12 : i64
        %v576 = arith.select %v575, %v539, %v555 : f32
        %v577 = arith.select %v575, %v555, %v539 : f32
        %v578, %v579 = gpu.shuffle xor %v576, %v572, %v571 : f32
        %v580 = arith.addf %v577, %v578 fastmath<contract> : f32
        %v581 = arith.select %v575, %v540, %v556 : f32
        %v582 = arith.select %v575, %v556, %v540 : f32
        %v583, %v584 = gpu.shuffle xor %v581, %v572, %v571 : f32
        %v585 = arith.addf %v582, %v583 fastmath<contract> : f32
        %v586 = arith.select %v575, %v541, %v557 : f32
        %v587 = arith.select %v575, %v557, %v541 : f32
        %v588, %v589 = gpu.shuffle xor %v586, %v572, %v571 : f32
        %v590 = arith.addf %v587, %v588 fastmath<contract> : f32
        %v591 = arith.select %v575, %v542, %v558 : f32
        %v592 = arith.select %v575, %v558, %v542 : f32
        %v593, %v594 = gpu.shuffle xor %v591, %v572, %v571 : f32
        %v595 = arith.addf %v592, %v593 fastmath<contract> : f32
        %v596 = arith.select %v575, %v543, %v559 : f32
        %v597 = arith.select %v575, %v559, %v543 : f32
        %v598, %v599 = gpu.shuffle xor %v596, %v572, %v571 : f32
        %v600 = arith.addf %v597, %v598 fastmath<contract> : f32
        %v601 = arith.select %v575, %v544, %v560 : f32
        %v602 = arith.select %v575, %v560, %v544 : f32
        %v603, %v604 = gpu.shuffle xor %v601, %v572, %v571 : f32
        %v605 = arith.addf %v602, %v603 fastmath<contract> : f32
        %v606 = arith.select %v575, %v545, %v561 : f32
        %v607 = arith.select %v575, %v561, %v545 : f32
        %v608, %v609 = gpu.shuffle xor %v606, %v572, %v571 : f32
        %v610 = arith.addf %v607, %v608 fastmath<contract> : f32
        %v611 = arith.select %v575, %v546, %v562 : f32
        %v612 = arith.select %v575, %v562, %v546 : f32
        %v613, %v614 = gpu.shuffle xor %v611, %v572, %v571 : f32
        %v615 = arith.addf %v612, %v613 fastmath<contract> : f32
        %v616 = arith.select %v575, %v547, %v563 : f32
        %v617 = arith.select %v575, %v563, %v547 : f32
        %v618, %v619 = gpu.shuffle xor %v616, %v572, %v571 : f32
        %v620 = arith.addf %v617, %v618 fastmath<contract> : f32
        %v621 = arith.select %v575, %v548, %v564 : f32
        %v622 = arith.select %v575, %v564, %v548 : f32
        %v623, %v624 = gpu.shuffle xor %v621, %v572, %v571 : f32
        %v625 = arith.addf %v622, %v623 fastmath<contract> : f32
        %v626 = arith.select %v575, %v549, %v565 : f32
        %v627 = arith.select %v575, %v565, %v549 : f32
        %v628, %v629 = gpu.shuffle xor %v626, %v572, %v571 : f32
        %v630 = arith.addf %v627, %v628 fastmath<contract> : f32
        %v631 = arith.select %v575, %v550, %v566 : f32
        %v632 = arith.select %v575, %v566, %v550 : f32
        %v633, %v634 = gpu.shuffle xor %v631, %v572, %v571 : f32
        %v635 = arith.addf %v632, %v633 fastmath<contract> : f32
        %v636 = arith.select %v575, %v551, %v567 : f32
        %v637 = arith.select %v575, %v567, %v551 : f32
        %v638, %v639 = gpu.shuffle xor %v636, %v572, %v571 : f32
        %v640 = arith.addf %v637, %v638 fastmath<contract> : f32
        %v641 = arith.select %v575, %v552, %v568 : f32
        %v642 = arith.select %v575, %v568, %v552 : f32
        %v643, %v644 = gpu.shuffle xor %v641, %v572, %v571 : f32
        %v645 = arith.addf %v642, %v643 fastmath<contract> : f32
        %v646 = arith.select %v575, %v553, %v569 : f32
        %v647 = arith.select %v575, %v569, %v553 : f32
        %v648, %v649 = gpu.shuffle xor %v646, %v572, %v571 : f32
        %v650 = arith.addf %v647, %v648 fastmath<contract> : f32
        %v651 = arith.select %v575, %v554, %v570 : f32
        %v652 = arith.select %v575, %v570, %v554 : f32
        %v653, %v654 = gpu.shuffle xor %v651, %v572, %v571 : f32
        %v655 = arith.addf %v652, %v653 fastmath<contract> : f32
        %v656 = arith.select %v575, %v573, %v12 : i64
        %v657 = arith.constant 8 : i32
        %v658 = arith.andi %v10, %v14 : i64
        %v659 = arith.cmpi ne, %v658, %v12 : i64
        %v660 = arith.select %v659, %v580, %v620 : f32
        %v661 = arith.select %v659, %v620, %v580 : f32
        %v662, %v663 = gpu.shuffle xor %v660, %v657, %v571 : f32
        %v664 = arith.addf %v661, %v662 fastmath<contract> : f32
        %v665 = arith.select %v659, %v585, %v625 : f32
        %v666 = arith.select %v659, %v625, %v585 : f32
        %v667, %v668 = gpu.shuffle xor %v665, %v657, %v571 : f32
        %v669 = arith.addf %v666, %v667 fastmath<contract> : f32
        %v670 = arith.select %v659, %v590, %v630 : f32
        %v671 = arith.select %v659, %v630, %v590 : f32
        %v672, %v673 = gpu.shuffle xor %v670, %v657, %v571 : f32
        %v674 = arith.addf %v671, %v672 fastmath<contract> : f32
        %v675 = arith.select %v659, %v595, %v635 : f32
        %v676 = arith.select %v659, %v635, %v595 : f32
        %v677, %v678 = gpu.shuffle xor %v675, %v657, %v571 : f32
        %v679 = arith.addf %v676, %v677 fastmath<contract> : f32
        %v680 = arith.select %v659, %v600, %v640 : f32
        %v681 = arith.select %v659, %v640, %v600 : f32
        %v682, %v683 = gpu.shuffle xor %v680, %v657, %v571 : f32
        %v684 = arith.addf %v681, %v682 fastmath<contract> : f32
        %v685 = arith.select %v659, %v605, %v645 : f32
        %v686 = arith.select %v659, %v645, %v605 : f32
        %v687, %v688 = gpu.shuffle xor %v685, %v657, %v571 : f32
        %v689 = arith.addf %v686, %v687 fastmath<contract> : f32
        %v690 = arith.select %v659, %v610, %v650 : f32
        %v691 = arith.select %v659, %v650, %v610 : f32
        %v692, %v693 = gpu.shuffle xor %v690, %v657, %v571 : f32
        %v694 = arith.addf %v691, %v692 fastmath<contract> : f32
        %v695 = arith.select %v659, %v615, %v655 : f32
        %v696 = arith.select %v659, %v655, %v615 : f32
        %v697, %v698 = gpu.shuffle xor %v695, %v657, %v571 : f32
        %v699 = arith.addf %v696, %v697 fastmath<contract> : f32
        %v700 = arith.select %v659, %v14, %v12 : i64
        %v701 = arith.addi %v656, %v700 : i64
        %v702 = arith.constant 4 : i32
        %v703 = arith.andi %v10, %v13 : i64
        %v704 = arith.cmpi ne, %v703, %v12 : i64
        %v705 = arith.select %v704, %v664, %v684 : f32
        %v706 = arith.select %v704, %v684, %v664 : f32
        %v707, %v708 = gpu.shuffle xor %v705, %v702, %v571 : f32
        %v709 = arith.addf %v706, %v707 fastmath<contract> : f32
        %v710 = arith.select %v704, %v669, %v689 : f32
        %v711 = arith.select %v704, %v689, %v669 : f32
        %v712, %v713 = gpu.shuffle xor %v710, %v702, %v571 : f32
        %v714 = arith.addf %v711, %v712 fastmath<contract> : f32
        %v715 = arith.select %v704, %v674, %v694 : f32
        %v716 = arith.select %v704, %v694, %v674 : f32
        %v717, %v718 = gpu.shuffle xor %v715, %v702, %v571 : f32
        %v719 = arith.addf %v716, %v717 fastmath<contract> : f32
        %v720 = arith.select %v704, %v679, %v699 : f32
        %v721 = arith.select %v704, %v699, %v679 : f32
        %v722, %v723 = gpu.shuffle xor %v720, %v702, %v571 : f32
        %v724 = arith.addf %v721, %v722 fastmath<contract> : f32
        %v725 = arith.select %v704, %v13, %v12 : i64
        %v726 = arith.addi %v701, %v725 : i64
        %v727 = arith.constant 2 : i32
        %v728 = arith.andi %v10, %v49 : i64
        %v729 = arith.cmpi ne, %v728, %v12 : i64
        %v730 = arith.select %v729, %v709, %v719 : f32
        %v731 = arith.select %v729, %v719, %v709 : f32
        %v732, %v733 = gpu.shuffle xor %v730, %v727, %v571 : f32
        %v734 = arith.addf %v731, %v732 fastmath<contract> : f32
        %v735 = arith.select %v729, %v714, %v724 : f32
        %v736 = arith.select %v729, %v724, %v714 : f32
        %v737, %v738 = gpu.shuffle xor %v735, %v727, %v571 : f32
        %v739 = arith.addf %v736, %v737 fastmath<contract> : f32
        %v740 = arith.select %v729, %v49, %v12 : i64
        %v741 = arith.addi %v726, %v740 : i64
        %v742 = arith.constant 1 : i32
        %v743 = arith.andi %v10, %v11 : i64
        %v744 = arith.cmpi ne, %v743, %v12 : i64
        %v745 = arith.select %v744, %v734, %v739 : f32
        %v746 = arith.select %v744, %v739, %v734 : f32
        %v747, %v748 = gpu.shuffle xor %v745, %v742, %v571 : f32
        %v749 = arith.addf %v746, %v747 fastmath<contract> : f32
        %v750 = arith.select %v744, %v11, %v12 : i64
        %v751 = arith.addi %v741, %v750 : i64
        %v752 = arith.divsi %v751, %v13 : i64
        %v753 = arith.remsi %v751, %v13 : i64
        %v754 = arith.addi %v21, %v753 : i64
        %v755 = arith.addi %v20, %v752 : i64
        %v756 = arith.andi %v10, %v12 : i64
        %v757 = arith.cmpi eq, %v756, %v12 : i64
        %v758 = arith.cmpi slt, %v754, %n : i64
        %v759 = arith.cmpi slt, %v755, %m : i64
        %v760 = arith.andi %v758, %v759 : i1
        %v761 = arith.andi %v760, %v757 : i1
        scf.if %v761 {
          llvm.store %v749, %v762 : f32, !llvm.ptr
          %v763 = llvm.mlir.zero : !llvm.ptr
          %v764 = llvm.icmp "ne" %bias, %v763 : !llvm.ptr
          scf.if %v764 {
            %v765 = llvm.getelementptr %bias[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v766 = llvm.load %v765 : !llvm.ptr -> f32
            %v767 = llvm.load %v762 : !llvm.ptr -> f32
            %v768 = arith.addf %v767, %v766 fastmath<contract> : f32
            llvm.store %v768, %v762 : f32, !llvm.ptr
          }
          %v769 = llvm.mlir.zero : !llvm.ptr
          %v770 = llvm.icmp "ne" %add, %v769 : !llvm.ptr
          scf.if %v770 {
            %v771 = arith.muli %v755, %add_stride : i64
            %v772 = arith.addi %v771, %v754 : i64
            %v773 = llvm.getelementptr %add[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v774 = llvm.load %v773 : !llvm.ptr -> f32
            %v775 = llvm.load %v762 : !llvm.ptr -> f32
            %v776 = arith.addf %v775, %v774 fastmath<contract> : f32
            llvm.store %v776, %v762 : f32, !llvm.ptr
          }
          %v777 = llvm.load %v762 : !llvm.ptr -> f32
          %v778 = arith.cmpi slt, %v754, %split1 : i64
          %v779 = arith.cmpi slt, %v754, %split2 : i64
          %v780 = arith.muli %m, %split1 : i64
          %v781 = arith.muli %m, %split2 : i64
          %v782 = arith.select %v779, %v780, %v781 : i64
          %v783 = arith.select %v778, %v12, %v782 : i64
          %v784 = arith.subi %split2, %split1 : i64
          %v785 = arith.subi %n, %split2 : i64
          %v786 = arith.select %v779, %v784, %v785 : i64
          %v787 = arith.select %v778, %split1, %v786 : i64
          %v788 = arith.select %v779, %split1, %split2 : i64
          %v789 = arith.select %v778, %v12, %v788 : i64
          %v790 = arith.muli %v755, %v787 : i64
          %v791 = arith.subi %v754, %v789 : i64
          %v792 = arith.addi %v783, %v790 : i64
          %v793 = arith.addi %v792, %v791 : i64
          %v794 = llvm.getelementptr %out[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v777, %v794 : f32, !llvm.ptr
          %v795 = llvm.mlir.zero : !llvm.ptr
          %v796 = llvm.icmp "ne" %conv_w, %v795 : !llvm.ptr
          %v797 = arith.andi %v796, %v778 : i1
          scf.if %v797 {
            %v798 = arith.subi %conv_k, %v11 : i64
            llvm.store %v41, %v799 : f32, !llvm.ptr
            %v800 = llvm.mlir.zero : !llvm.ptr
            %v801 = llvm.icmp "ne" %conv_b, %v800 : !llvm.ptr
            scf.if %v801 {
              %v802 = llvm.getelementptr %conv_b[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v803 = llvm.load %v802 : !llvm.ptr -> f32
              llvm.store %v803, %v799 : f32, !llvm.ptr
            }
            %v804 = arith.muli %v754, %conv_k : i64
            %v805 = arith.muli %v755, %v798 : i64
            scf.for %v806 = %v12 to %v798 step %v11 : i64 {
              %v807 = arith.addi %v805, %v806 : i64
              %v808 = arith.muli %v807, %split1 : i64
              %v809 = arith.addi %v808, %v754 : i64
              %v810 = llvm.getelementptr %conv_win[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v811 = llvm.load %v810 : !llvm.ptr -> f32
              %v812 = arith.addi %v804, %v806 : i64
              %v813 = llvm.getelementptr %conv_w[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v814 = llvm.load %v813 : !llvm.ptr -> f32
              %v815 = arith.mulf %v814, %v811 fastmath<contract> : f32
              %v816 = llvm.load %v799 : !llvm.ptr -> f32
              %v817 = arith.addf %v816, %v815 fastmath<contract> : f32
              llvm.store %v817, %v799 : f32, !llvm.ptr
            }
            %v818 = arith.addi %v804, %v798 : i64
            %v819 = llvm.getelementptr %conv_w[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v820 = llvm.load %v819 : !llvm.ptr -> f32
            %v821 = arith.mulf %v820, %v777 fastmath<contract> : f32
            %v822 = llvm.load %v799 : !llvm.ptr -> f32
            %v823 = arith.addf %v822, %v821 fastmath<contract> : f32
            %v825 = arith.negf %v823 : f32
            %v827 = arith.mulf %v825, %v826 fastmath<contract> : f32
            %v828 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v827) : (f32) -> f32
            %v829 = arith.addf %v824, %v828 fastmath<contract> : f32
            %v830 = arith.divf %v824, %v829 : f32
            %v831 = arith.mulf %v823, %v830 fastmath<contract> : f32
            %v832 = arith.cmpi eq, %conv_act, %v11 : i64
            %v833 = arith.select %v832, %v831, %v823 : f32
            %v834 = arith.muli %v755, %split1 : i64
            %v835 = arith.addi %v834, %v754 : i64
            %v836 = llvm.getelementptr %conv_out[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v833, %v836 : f32, !llvm.ptr
            %v837 = arith.subi %v798, %v11 : i64
            scf.for %v838 = %v12 to %v837 step %v11 : i64 {
              %v839 = arith.addi %v805, %v838 : i64
              %v840 = arith.muli %v839, %split1 : i64
              %v841 = arith.addi %v840, %v754 : i64
              %v842 = arith.addi %v841, %split1 : i64
              %v843 = llvm.getelementptr %conv_win[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v844 = llvm.load %v843 : !llvm.ptr -> f32
              %v845 = llvm.getelementptr %conv_win[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v844, %v845 : f32, !llvm.ptr
            }
            %v846 = arith.cmpi slt, %v12, %v798 : i64
            scf.if %v846 {
              %v847 = arith.addi %v805, %v837 : i64
              %v848 = arith.muli %v847, %split1 : i64
              %v849 = arith.addi %v848, %v754 : i64
              %v850 = llvm.getelementptr %conv_win[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v777, %v850 : f32, !llvm.ptr
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
      %v28 = arith.constant 2 : i64
      %v30 = arith.constant 128 : i64
      %v32 = arith.constant 4096 : i64
      %v42 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 3 : i64
      %v63 = arith.constant 5 : i64
      %v68 = arith.constant 6 : i64
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
      %v120 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v121 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v122 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v123 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v585 = arith.constant 16 : i64
      %v774 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v811 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v836 = arith.constant 0x3F800000 : f32
      %v838 = arith.constant 0x3FB8AA3B : f32
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
        %v23 = arith.subi %n, %v21 : i64
        %v24 = arith.minsi %v23, %v13 : i64
        %v25 = arith.muli %v21, %k : i64
        %v26 = llvm.getelementptr %w[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v27 = arith.muli %v24, %k : i64
        %v29 = arith.muli %v27, %v28 : i64
        %v31 = arith.muli %v10, %v30 : i64
        scf.for %v33 = %v31 to %v29 step %v32 : i64 {
          %v34 = llvm.getelementptr %v26[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v34 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v35 = arith.cmpi slt, %v21, %n : i64
      scf.if %v35 {
        %v36 = arith.subi %m, %v11 : i64
        %v37 = arith.subi %n, %v11 : i64
        %v38 = arith.subi %k, %v13 : i64
        %v39 = arith.muli %v10, %v13 : i64
        %v40 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v41 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v43 = arith.minsi %v20, %v36 : i64
        %v44 = arith.muli %v43, %x_stride : i64
        %v45 = llvm.getelementptr %x[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v46 = arith.addi %v20, %v11 : i64
        %v47 = arith.minsi %v46, %v36 : i64
        %v48 = arith.muli %v47, %x_stride : i64
        %v49 = llvm.getelementptr %x[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = arith.addi %v20, %v28 : i64
        %v51 = arith.minsi %v50, %v36 : i64
        %v52 = arith.muli %v51, %x_stride : i64
        %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = arith.addi %v20, %v54 : i64
        %v56 = arith.minsi %v55, %v36 : i64
        %v57 = arith.muli %v56, %x_stride : i64
        %v58 = llvm.getelementptr %x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = arith.addi %v20, %v13 : i64
        %v60 = arith.minsi %v59, %v36 : i64
        %v61 = arith.muli %v60, %x_stride : i64
        %v62 = llvm.getelementptr %x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = arith.addi %v20, %v63 : i64
        %v65 = arith.minsi %v64, %v36 : i64
        %v66 = arith.muli %v65, %x_stride : i64
        %v67 = llvm.getelementptr %x[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v69 = arith.addi %v20, %v68 : i64
        %v70 = arith.minsi %v69, %v36 : i64
        %v71 = arith.muli %v70, %x_stride : i64
        %v72 = llvm.getelementptr %x[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = arith.addi %v20, %v15 : i64
        %v74 = arith.minsi %v73, %v36 : i64
        %v75 = arith.muli %v74, %x_stride : i64
        %v76 = llvm.getelementptr %x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v77 = arith.minsi %v21, %v37 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v80 = arith.addi %v21, %v11 : i64
        %v81 = arith.minsi %v80, %v37 : i64
        %v82 = arith.muli %v81, %k : i64
        %v83 = llvm.getelementptr %w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v84 = arith.addi %v21, %v28 : i64
        %v85 = arith.minsi %v84, %v37 : i64
        %v86 = arith.muli %v85, %k : i64
        %v87 = llvm.getelementptr %w[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v88 = arith.addi %v21, %v54 : i64
        %v89 = arith.minsi %v88, %v37 : i64
        %v90 = arith.muli %v89, %k : i64
        %v91 = llvm.getelementptr %w[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v42, %v92 : f32, !llvm.ptr
        llvm.store %v42, %v93 : f32, !llvm.ptr
        llvm.store %v42, %v94 : f32, !llvm.ptr
        llvm.store %v42, %v95 : f32, !llvm.ptr
        llvm.store %v42, %v96 : f32, !llvm.ptr
        llvm.store %v42, %v97 : f32, !llvm.ptr
        llvm.store %v42, %v98 : f32, !llvm.ptr
        llvm.store %v42, %v99 : f32, !llvm.ptr
        llvm.store %v42, %v100 : f32, !llvm.ptr
        llvm.store %v42, %v101 : f32, !llvm.ptr
        llvm.store %v42, %v102 : f32, !llvm.ptr
        llvm.store %v42, %v103 : f32, !llvm.ptr
        llvm.store %v42, %v104 : f32, !llvm.ptr
        llvm.store %v42, %v105 : f32, !llvm.ptr
        llvm.store %v42, %v106 : f32, !llvm.ptr
        llvm.store %v42, %v107 : f32, !llvm.ptr
        llvm.store %v42, %v108 : f32, !llvm.ptr
        llvm.store %v42, %v109 : f32, !llvm.ptr
        llvm.store %v42, %v110 : f32, !llvm.ptr
        llvm.store %v42, %v111 : f32, !llvm.ptr
        llvm.store %v42, %v112 : f32, !llvm.ptr
        llvm.store %v42, %v113 : f32, !llvm.ptr
        llvm.store %v42, %v114 : f32, !llvm.ptr
        llvm.store %v42, %v115 : f32, !llvm.ptr
        llvm.store %v42, %v116 : f32, !llvm.ptr
        llvm.store %v42, %v117 : f32, !llvm.ptr
        llvm.store %v42, %v118 : f32, !llvm.ptr
        llvm.store %v42, %v119 : f32, !llvm.ptr
        llvm.store %v42, %v120 : f32, !llvm.ptr
        llvm.store %v42, %v121 : f32, !llvm.ptr
        llvm.store %v42, %v122 : f32, !llvm.ptr
        llvm.store %v42, %v123 : f32, !llvm.ptr
        scf.for %v124 = %v39 to %k step %v30 : i64 {
          %v125 = arith.minsi %v124, %v38 : i64
          %v126 = arith.cmpi slt, %v124, %k : i64
          %v127 = llvm.getelementptr %v79[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v128 = llvm.load %v127 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v129 = llvm.getelementptr %v83[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v130 = llvm.load %v129 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v131 = llvm.getelementptr %v87[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v132 = llvm.load %v131 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v133 = llvm.getelementptr %v91[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v134 = llvm.load %v133 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v135 = llvm.getelementptr %v45[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v136 = llvm.load %v135 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v137 = llvm.getelementptr %v49[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v138 = llvm.load %v137 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v139 = llvm.getelementptr %v53[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v141 = llvm.getelementptr %v58[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v143 = llvm.getelementptr %v62[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v145 = llvm.getelementptr %v67[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v147 = llvm.getelementptr %v72[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v149 = llvm.getelementptr %v76[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v151 = llvm.mlir.constant(0 : i32) : i32
          %v152 = llvm.extractelement %v136[%v151 : i32] : vector<4xf32>
          %v153 = llvm.mlir.constant(1 : i32) : i32
          %v154 = llvm.extractelement %v136[%v153 : i32] : vector<4xf32>
          %v155 = llvm.mlir.constant(2 : i32) : i32
          %v156 = llvm.extractelement %v136[%v155 : i32] : vector<4xf32>
          %v157 = llvm.mlir.constant(3 : i32) : i32
          %v158 = llvm.extractelement %v136[%v157 : i32] : vector<4xf32>
          %v159 = llvm.mlir.constant(0 : i32) : i32
          %v160 = llvm.extractelement %v138[%v159 : i32] : vector<4xf32>
          %v161 = llvm.mlir.constant(1 : i32) : i32
          %v162 = llvm.extractelement %v138[%v161 : i32] : vector<4xf32>
          %v163 = llvm.mlir.constant(2 : i32) : i32
          %v164 = llvm.extractelement %v138[%v163 : i32] : vector<4xf32>
          %v165 = llvm.mlir.constant(3 : i32) : i32
          %v166 = llvm.extractelement %v138[%v165 : i32] : vector<4xf32>
          %v167 = llvm.mlir.constant(0 : i32) : i32
          %v168 = llvm.extractelement %v140[%v167 : i32] : vector<4xf32>
          %v169 = llvm.mlir.constant(1 : i32) : i32
          %v170 = llvm.extractelement %v140[%v169 : i32] : vector<4xf32>
          %v171 = llvm.mlir.constant(2 : i32) : i32
          %v172 = llvm.extractelement %v140[%v171 : i32] : vector<4xf32>
          %v173 = llvm.mlir.constant(3 : i32) : i32
          %v174 = llvm.extractelement %v140[%v173 : i32] : vector<4xf32>
          %v175 = llvm.mlir.constant(0 : i32) : i32
          %v176 = llvm.extractelement %v142[%v175 : i32] : vector<4xf32>
          %v177 = llvm.mlir.constant(1 : i32) : i32
          %v178 = llvm.extractelement %v142[%v177 : i32] : vector<4xf32>
          %v179 = llvm.mlir.constant(2 : i32) : i32
          %v180 = llvm.extractelement %v142[%v179 : i32] : vector<4xf32>
          %v181 = llvm.mlir.constant(3 : i32) : i32
          %v182 = llvm.extractelement %v142[%v181 : i32] : vector<4xf32>
          %v183 = llvm.mlir.constant(0 : i32) : i32
          %v184 = llvm.extractelement %v144[%v183 : i32] : vector<4xf32>
          %v185 = llvm.mlir.constant(1 : i32) : i32
          %v186 = llvm.extractelement %v144[%v185 : i32] : vector<4xf32>
          %v187 = llvm.mlir.constant(2 : i32) : i32
          %v188 = llvm.extractelement %v144[%v187 : i32] : vector<4xf32>
          %v189 = llvm.mlir.constant(3 : i32) : i32
          %v190 = llvm.extractelement %v144[%v189 : i32] : vector<4xf32>
          %v191 = llvm.mlir.constant(0 : i32) : i32
          %v192 = llvm.extractelement %v146[%v191 : i32] : vector<4xf32>
          %v193 = llvm.mlir.constant(1 : i32) : i32
          %v194 = llvm.extractelement %v146[%v193 : i32] : vector<4xf32>
          %v195 = llvm.mlir.constant(2 : i32) : i32
          %v196 = llvm.extractelement %v146[%v195 : i32] : vector<4xf32>
          %v197 = llvm.mlir.constant(3 : i32) : i32
          %v198 = llvm.extractelement %v146[%v197 : i32] : vector<4xf32>
          %v199 = llvm.mlir.constant(0 : i32) : i32
          %v200 = llvm.extractelement %v148[%v199 : i32] : vector<4xf32>
          %v201 = llvm.mlir.constant(1 : i32) : i32
          %v202 = llvm.extractelement %v148[%v201 : i32] : vector<4xf32>
          %v203 = llvm.mlir.constant(2 : i32) : i32
          %v204 = llvm.extractelement %v148[%v203 : i32] : vector<4xf32>
          %v205 = llvm.mlir.constant(3 : i32) : i32
          %v206 = llvm.extractelement %v148[%v205 : i32] : vector<4xf32>
          %v207 = llvm.mlir.constant(0 : i32) : i32
          %v208 = llvm.extractelement %v150[%v207 : i32] : vector<4xf32>
          %v209 = llvm.mlir.constant(1 : i32) : i32
          %v210 = llvm.extractelement %v150[%v209 : i32] : vector<4xf32>
          %v211 = llvm.mlir.constant(2 : i32) : i32
          %v212 = llvm.extractelement %v150[%v211 : i32] : vector<4xf32>
          %v213 = llvm.mlir.constant(3 : i32) : i32
          %v214 = llvm.extractelement %v150[%v213 : i32] : vector<4xf32>
          %v215 = llvm.zext %v128 : vector<4xi16> to vector<4xi32>
          %v216 = llvm.shl %v215, %v41 : vector<4xi32>
          %v217 = llvm.bitcast %v216 : vector<4xi32> to vector<4xf32>
          %v218 = llvm.select %v126, %v217, %v40 : i1, vector<4xf32>
          %v219 = llvm.mlir.constant(0 : i32) : i32
          %v220 = llvm.extractelement %v218[%v219 : i32] : vector<4xf32>
          %v221 = llvm.mlir.constant(1 : i32) : i32
          %v222 = llvm.extractelement %v218[%v221 : i32] : vector<4xf32>
          %v223 = llvm.mlir.constant(2 : i32) : i32
          %v224 = llvm.extractelement %v218[%v223 : i32] : vector<4xf32>
          %v225 = llvm.mlir.constant(3 : i32) : i32
          %v226 = llvm.extractelement %v218[%v225 : i32] : vector<4xf32>
          %v227 = llvm.load %v92 : !llvm.ptr -> f32
          %v228 = arith.mulf %v220, %v152 fastmath<contract> : f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = arith.mulf %v222, %v154 fastmath<contract> : f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = arith.mulf %v224, %v156 fastmath<contract> : f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = arith.mulf %v226, %v158 fastmath<contract> : f32
          %v235 = arith.addf %v233, %v234 fastmath<contract> : f32
          llvm.store %v235, %v92 : f32, !llvm.ptr
          %v236 = llvm.load %v96 : !llvm.ptr -> f32
          %v237 = arith.mulf %v220, %v160 fastmath<contract> : f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = arith.mulf %v222, %v162 fastmath<contract> : f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = arith.mulf %v224, %v164 fastmath<contract> : f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = arith.mulf %v226, %v166 fastmath<contract> : f32
          %v244 = arith.addf %v242, %v243 fastmath<contract> : f32
          llvm.store %v244, %v96 : f32, !llvm.ptr
          %v245 = llvm.load %v100 : !llvm.ptr -> f32
          %v246 = arith.mulf %v220, %v168 fastmath<contract> : f32
          %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
          %v248 = arith.mulf %v222, %v170 fastmath<contract> : f32
          %v249 = arith.addf %v247, %v248 fastmath<contract> : f32
          %v250 = arith.mulf %v224, %v172 fastmath<contract> : f32
          %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
          %v252 = arith.mulf %v226, %v174 fastmath<contract> : f32
          %v253 = arith.addf %v251, %v252 fastmath<contract> : f32
          llvm.store %v253, %v100 : f32, !llvm.ptr
          %v254 = llvm.load %v104 : !llvm.ptr -> f32
          %v255 = arith.mulf %v220, %v176 fastmath<contract> : f32
          %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v257 = arith.mulf %v222, %v178 fastmath<contract> : f32
          %v258 = arith.addf %v256, %v257 fastmath<contract> : f32
          %v259 = arith.mulf %v224, %v180 fastmath<contract> : f32
          %v260 = arith.addf %v258, %v259 fastmath<contract> : f32
          %v261 = arith.mulf %v226, %v182 fastmath<contract> : f32
          %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
          llvm.store %v262, %v104 : f32, !llvm.ptr
          %v263 = llvm.load %v108 : !llvm.ptr -> f32
          %v264 = arith.mulf %v220, %v184 fastmath<contract> : f32
          %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
          %v266 = arith.mulf %v222, %v186 fastmath<contract> : f32
          %v267 = arith.addf %v265, %v266 fastmath<contract> : f32
          %v268 = arith.mulf %v224, %v188 fastmath<contract> : f32
          %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
          %v270 = arith.mulf %v226, %v190 fastmath<contract> : f32
          %v271 = arith.addf %v269, %v270 fastmath<contract> : f32
          llvm.store %v271, %v108 : f32, !llvm.ptr
          %v272 = llvm.load %v112 : !llvm.ptr -> f32
          %v273 = arith.mulf %v220, %v192 fastmath<contract> : f32
          %v274 = arith.addf %v272, %v273 fastmath<contract> : f32
          %v275 = arith.mulf %v222, %v194 fastmath<contract> : f32
          %v276 = arith.addf %v274, %v275 fastmath<contract> : f32
          %v277 = arith.mulf %v224, %v196 fastmath<contract> : f32
          %v278 = arith.addf %v276, %v277 fastmath<contract> : f32
          %v279 = arith.mulf %v226, %v198 fastmath<contract> : f32
          %v280 = arith.addf %v278, %v279 fastmath<contract> : f32
          llvm.store %v280, %v112 : f32, !llvm.ptr
          %v281 = llvm.load %v116 : !llvm.ptr -> f32
          %v282 = arith.mulf %v220, %v200 fastmath<contract> : f32
          %v283 = arith.addf %v281, %v282 fastmath<contract> : f32
          %v284 = arith.mulf %v222, %v202 fastmath<contract> : f32
          %v285 = arith.addf %v283, %v284 fastmath<contract> : f32
          %v286 = arith.mulf %v224, %v204 fastmath<contract> : f32
          %v287 = arith.addf %v285, %v286 fastmath<contract> : f32
          %v288 = arith.mulf %v226, %v206 fastmath<contract> : f32
          %v289 = arith.addf %v287, %v288 fastmath<contract> : f32
          llvm.store %v289, %v116 : f32, !llvm.ptr
          %v290 = llvm.load %v120 : !llvm.ptr -> f32
          %v291 = arith.mulf %v220, %v208 fastmath<contract> : f32
          %v292 = arith.addf %v290, %v291 fastmath<contract> : f32
          %v293 = arith.mulf %v222, %v210 fastmath<contract> : f32
          %v294 = arith.addf %v292, %v293 fastmath<contract> : f32
          %v295 = arith.mulf %v224, %v212 fastmath<contract> : f32
          %v296 = arith.addf %v294, %v295 fastmath<contract> : f32
          %v297 = arith.mulf %v226, %v214 fastmath<contract> : f32
          %v298 = arith.addf %v296, %v297 fastmath<contract> : f32
          llvm.store %v298, %v120 : f32, !llvm.ptr
          %v299 = llvm.zext %v130 : vector<4xi16> to vector<4xi32>
          %v300 = llvm.shl %v299, %v41 : vector<4xi32>
          %v301 = llvm.bitcast %v300 : vector<4xi32> to vector<4xf32>
          %v302 = llvm.select %v126, %v301, %v40 : i1, vector<4xf32>
          %v303 = llvm.mlir.constant(0 : i32) : i32
          %v304 = llvm.extractelement %v302[%v303 : i32] : vector<4xf32>
          %v305 = llvm.mlir.constant(1 : i32) : i32
          %v306 = llvm.extractelement %v302[%v305 : i32] : vector<4xf32>
          %v307 = llvm.mlir.constant(2 : i32) : i32
          %v308 = llvm.extractelement %v302[%v307 : i32] : vector<4xf32>
          %v309 = llvm.mlir.constant(3 : i32) : i32
          %v310 = llvm.extractelement %v302[%v309 : i32] : vector<4xf32>
          %v311 = llvm.load %v93 : !llvm.ptr -> f32
          %v312 = arith.mulf %v304, %v152 fastmath<contract> : f32
          %v313 = arith.addf %v311, %v312 fastmath<contract> : f32
          %v314 = arith.mulf %v306, %v154 fastmath<contract> : f32
          %v315 = arith.addf %v313, %v314 fastmath<contract> : f32
          %v316 = arith.mulf %v308, %v156 fastmath<contract> : f32
          %v317 = arith.addf %v315, %v316 fastmath<contract> : f32
          %v318 = arith.mulf %v310, %v158 fastmath<contract> : f32
          %v319 = arith.addf %v317, %v318 fastmath<contract> : f32
          llvm.store %v319, %v93 : f32, !llvm.ptr
          %v320 = llvm.load %v97 : !llvm.ptr -> f32
          %v321 = arith.mulf %v304, %v160 fastmath<contract> : f32
          %v322 = arith.addf %v320, %v321 fastmath<contract> : f32
          %v323 = arith.mulf %v306, %v162 fastmath<contract> : f32
          %v324 = arith.addf %v322, %v323 fastmath<contract> : f32
          %v325 = arith.mulf %v308, %v164 fastmath<contract> : f32
          %v326 = arith.addf %v324, %v325 fastmath<contract> : f32
          %v327 = arith.mulf %v310, %v166 fastmath<contract> : f32
          %v328 = arith.addf %v326, %v327 fastmath<contract> : f32
          llvm.store %v328, %v97 : f32, !llvm.ptr
          %v329 = llvm.load %v101 : !llvm.ptr -> f32
          %v330 = arith.mulf %v304, %v168 fastmath<contract> : f32
          %v331 = arith.addf %v329, %v330 fastmath<contract> : f32
          %v332 = arith.mulf %v306, %v170 fastmath<contract> : f32
          %v333 = arith.addf %v331, %v332 fastmath<contract> : f32
          %v334 = arith.mulf %v308, %v172 fastmath<contract> : f32
          %v335 = arith.addf %v333, %v334 fastmath<contract> : f32
          %v336 = arith.mulf %v310, %v174 fastmath<contract> : f32
          %v337 = arith.addf %v335, %v336 fastmath<contract> : f32
          llvm.store %v337, %v101 : f32, !llvm.ptr
          %v338 = llvm.load %v105 : !llvm.ptr -> f32
          %v339 = arith.mulf %v304, %v176 fastmath<contract> : f32
          %v340 = arith.addf %v338, %v339 fastmath<contract> : f32
          %v341 = arith.mulf %v306, %v178 fastmath<contract> : f32
          %v342 = arith.addf %v340, %v341 fastmath<contract> : f32
          %v343 = arith.mulf %v308, %v180 fastmath<contract> : f32
          %v344 = arith.addf %v342, %v343 fastmath<contract> : f32
          %v345 = arith.mulf %v310, %v182 fastmath<contract> : f32
          %v346 = arith.addf %v344, %v345 fastmath<contract> : f32
          llvm.store %v346, %v105 : f32, !llvm.ptr
          %v347 = llvm.load %v109 : !llvm.ptr -> f32
          %v348 = arith.mulf %v304, %v184 fastmath<contract> : f32
          %v349 = arith.addf %v347, %v348 fastmath<contract> : f32
          %v350 = arith.mulf %v306, %v186 fastmath<contract> : f32
          %v351 = arith.addf %v349, %v350 fastmath<contract> : f32
          %v352 = arith.mulf %v308, %v188 fastmath<contract> : f32
          %v353 = arith.addf %v351, %v352 fastmath<contract> : f32
          %v354 = arith.mulf %v310, %v190 fastmath<contract> : f32
          %v355 = arith.addf %v353, %v354 fastmath<contract> : f32
          llvm.store %v355, %v109 : f32, !llvm.ptr
          %v356 = llvm.load %v113 : !llvm.ptr -> f32
          %v357 = arith.mulf %v304, %v192 fastmath<contract> : f32
          %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
          %v359 = arith.mulf %v306, %v194 fastmath<contract> : f32
          %v360 = arith.addf %v358, %v359 fastmath<contract> : f32
          %v361 = arith.mulf %v308, %v196 fastmath<contract> : f32
          %v362 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v363 = arith.mulf %v310, %v198 fastmath<contract> : f32
          %v364 = arith.addf %v362, %v363 fastmath<contract> : f32
          llvm.store %v364, %v113 : f32, !llvm.ptr
          %v365 = llvm.load %v117 : !llvm.ptr -> f32
          %v366 = arith.mulf %v304, %v200 fastmath<contract> : f32
          %v367 = arith.addf %v365, %v366 fastmath<contract> : f32
          %v368 = arith.mulf %v306, %v202 fastmath<contract> : f32
          %v369 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v370 = arith.mulf %v308, %v204 fastmath<contract> : f32
          %v371 = arith.addf %v369, %v370 fastmath<contract> : f32
          %v372 = arith.mulf %v310, %v206 fastmath<contract> : f32
          %v373 = arith.addf %v371, %v372 fastmath<contract> : f32
          llvm.store %v373, %v117 : f32, !llvm.ptr
          %v374 = llvm.load %v121 : !llvm.ptr -> f32
          %v375 = arith.mulf %v304, %v208 fastmath<contract> : f32
          %v376 = arith.addf %v374, %v375 fastmath<contract> : f32
          %v377 = arith.mulf %v306, %v210 fastmath<contract> : f32
          %v378 = arith.addf %v376, %v377 fastmath<contract> : f32
          %v379 = arith.mulf %v308, %v212 fastmath<contract> : f32
          %v380 = arith.addf %v378, %v379 fastmath<contract> : f32
          %v381 = arith.mulf %v310, %v214 fastmath<contract> : f32
          %v382 = arith.addf %v380, %v381 fastmath<contract> : f32
          llvm.store %v382, %v121 : f32, !llvm.ptr
          %v383 = llvm.zext %v132 : vector<4xi16> to vector<4xi32>
          %v384 = llvm.shl %v383, %v41 : vector<4xi32>
          %v385 = llvm.bitcast %v384 : vector<4xi32> to vector<4xf32>
          %v386 = llvm.select %v126, %v385, %v40 : i1, vector<4xf32>
          %v387 = llvm.mlir.constant(0 : i32) : i32
          %v388 = llvm.extractelement %v386[%v387 : i32] : vector<4xf32>
          %v389 = llvm.mlir.constant(1 : i32) : i32
          %v390 = llvm.extractelement %v386[%v389 : i32] : vector<4xf32>
          %v391 = llvm.mlir.constant(2 : i32) : i32
          %v392 = llvm.extractelement %v386[%v391 : i32] : vector<4xf32>
          %v393 = llvm.mlir.constant(3 : i32) : i32
          %v394 = llvm.extractelement %v386[%v393 : i32] : vector<4xf32>
          %v395 = llvm.load %v94 : !llvm.ptr -> f32
          %v396 = arith.mulf %v388, %v152 fastmath<contract> : f32
          %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
          %v398 = arith.mulf %v390, %v154 fastmath<contract> : f32
          %v399 = arith.addf %v397, %v398 fastmath<contract> : f32
          %v400 = arith.mulf %v392, %v156 fastmath<contract> : f32
          %v401 = arith.addf %v399, %v400 fastmath<contract> : f32
          %v402 = arith.mulf %v394, %v158 fastmath<contract> : f32
          %v403 = arith.addf %v401, %v402 fastmath<contract> : f32
          llvm.store %v403, %v94 : f32, !llvm.ptr
          %v404 = llvm.load %v98 : !llvm.ptr -> f32
          %v405 = arith.mulf %v388, %v160 fastmath<contract> : f32
          %v406 = arith.addf %v404, %v405 fastmath<contract> : f32
          %v407 = arith.mulf %v390, %v162 fastmath<contract> : f32
          %v408 = arith.addf %v406, %v407 fastmath<contract> : f32
          %v409 = arith.mulf %v392, %v164 fastmath<contract> : f32
          %v410 = arith.addf %v408, %v409 fastmath<contract> : f32
          %v411 = arith.mulf %v394, %v166 fastmath<contract> : f32
          %v412 = arith.addf %v410, %v411 fastmath<contract> : f32
          llvm.store %v412, %v98 : f32, !llvm.ptr
          %v413 = llvm.load %v102 : !llvm.ptr -> f32
          %v414 = arith.mulf %v388, %v168 fastmath<contract> : f32
          %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
          %v416 = arith.mulf %v390, %v170 fastmath<contract> : f32
          %v417 = arith.addf %v415, %v416 fastmath<contract> : f32
          %v418 = arith.mulf %v392, %v172 fastmath<contract> : f32
          %v419 = arith.addf %v417, %v418 fastmath<contract> : f32
          %v420 = arith.mulf %v394, %v174 fastmath<contract> : f32
          %v421 = arith.addf %v419, %v420 fastmath<contract> : f32
          llvm.store %v421, %v102 : f32, !llvm.ptr
          %v422 = llvm.load %v106 : !llvm.ptr -> f32
          %v423 = arith.mulf %v388, %v176 fastmath<contract> : f32
          %v424 = arith.addf %v422, %v423 fastmath<contract> : f32
          %v425 = arith.mulf %v390, %v178 fastmath<contract> : f32
          %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
          %v427 = arith.mulf %v392, %v180 fastmath<contract> : f32
          %v428 = arith.addf %v426, %v427 fastmath<contract> : f32
          %v429 = arith.mulf %v394, %v182 fastmath<contract> : f32
          %v430 = arith.addf %v428, %v429 fastmath<contract> : f32
          llvm.store %v430, %v106 : f32, !llvm.ptr
          %v431 = llvm.load %v110 : !llvm.ptr -> f32
          %v432 = arith.mulf %v388, %v184 fastmath<contract> : f32
          %v433 = arith.addf %v431, %v432 fastmath<contract> : f32
          %v434 = arith.mulf %v390, %v186 fastmath<contract> : f32
          %v435 = arith.addf %v433, %v434 fastmath<contract> : f32
          %v436 = arith.mulf %v392, %v188 fastmath<contract> : f32
          %v437 = arith.addf %v435, %v436 fastmath<contract> : f32
          %v438 = arith.mulf %v394, %v190 fastmath<contract> : f32
          %v439 = arith.addf %v437, %v438 fastmath<contract> : f32
          llvm.store %v439, %v110 : f32, !llvm.ptr
          %v440 = llvm.load %v114 : !llvm.ptr -> f32
          %v441 = arith.mulf %v388, %v192 fastmath<contract> : f32
          %v442 = arith.addf %v440, %v441 fastmath<contract> : f32
          %v443 = arith.mulf %v390, %v194 fastmath<contract> : f32
          %v444 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v445 = arith.mulf %v392, %v196 fastmath<contract> : f32
          %v446 = arith.addf %v444, %v445 fastmath<contract> : f32
          %v447 = arith.mulf %v394, %v198 fastmath<contract> : f32
          %v448 = arith.addf %v446, %v447 fastmath<contract> : f32
          llvm.store %v448, %v114 : f32, !llvm.ptr
          %v449 = llvm.load %v118 : !llvm.ptr -> f32
          %v450 = arith.mulf %v388, %v200 fastmath<contract> : f32
          %v451 = arith.addf %v449, %v450 fastmath<contract> : f32
          %v452 = arith.mulf %v390, %v202 fastmath<contract> : f32
          %v453 = arith.addf %v451, %v452 fastmath<contract> : f32
          %v454 = arith.mulf %v392, %v204 fastmath<contract> : f32
          %v455 = arith.addf %v453, %v454 fastmath<contract> : f32
          %v456 = arith.mulf %v394, %v206 fastmath<contract> : f32
          %v457 = arith.addf %v455, %v456 fastmath<contract> : f32
          llvm.store %v457, %v118 : f32, !llvm.ptr
          %v458 = llvm.load %v122 : !llvm.ptr -> f32
          %v459 = arith.mulf %v388, %v208 fastmath<contract> : f32
          %v460 = arith.addf %v458, %v459 fastmath<contract> : f32
          %v461 = arith.mulf %v390, %v210 fastmath<contract> : f32
          %v462 = arith.addf %v460, %v461 fastmath<contract> : f32
          %v463 = arith.mulf %v392, %v212 fastmath<contract> : f32
          %v464 = arith.addf %v462, %v463 fastmath<contract> : f32
          %v465 = arith.mulf %v394, %v214 fastmath<contract> : f32
          %v466 = arith.addf %v464, %v465 fastmath<contract> : f32
          llvm.store %v466, %v122 : f32, !llvm.ptr
          %v467 = llvm.zext %v134 : vector<4xi16> to vector<4xi32>
          %v468 = llvm.shl %v467, %v41 : vector<4xi32>
          %v469 = llvm.bitcast %v468 : vector<4xi32> to vector<4xf32>
          %v470 = llvm.select %v126, %v469, %v40 : i1, vector<4xf32>
          %v471 = llvm.mlir.constant(0 : i32) : i32
          %v472 = llvm.extractelement %v470[%v471 : i32] : vector<4xf32>
          %v473 = llvm.mlir.constant(1 : i32) : i32
          %v474 = llvm.extractelement %v470[%v473 : i32] : vector<4xf32>
          %v475 = llvm.mlir.constant(2 : i32) : i32
          %v476 = llvm.extractelement %v470[%v475 : i32] : vector<4xf32>
          %v477 = llvm.mlir.constant(3 : i32) : i32
          %v478 = llvm.extractelement %v470[%v477 : i32] : vector<4xf32>
          %v479 = llvm.load %v95 : !llvm.ptr -> f32
          %v480 = arith.mulf %v472, %v152 fastmath<contract> : f32
          %v481 = arith.addf %v479, %v480 fastmath<contract> : f32
          %v482 = arith.mulf %v474, %v154 fastmath<contract> : f32
          %v483 = arith.addf %v481, %v482 fastmath<contract> : f32
          %v484 = arith.mulf %v476, %v156 fastmath<contract> : f32
          %v485 = arith.addf %v483, %v484 fastmath<contract> : f32
          %v486 = arith.mulf %v478, %v158 fastmath<contract> : f32
          %v487 = arith.addf %v485, %v486 fastmath<contract> : f32
          llvm.store %v487, %v95 : f32, !llvm.ptr
          %v488 = llvm.load %v99 : !llvm.ptr -> f32
          %v489 = arith.mulf %v472, %v160 fastmath<contract> : f32
          %v490 = arith.addf %v488, %v489 fastmath<contract> : f32
          %v491 = arith.mulf %v474, %v162 fastmath<contract> : f32
          %v492 = arith.addf %v490, %v491 fastmath<contract> : f32
          %v493 = arith.mulf %v476, %v164 fastmath<contract> : f32
          %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
          %v495 = arith.mulf %v478, %v166 fastmath<contract> : f32
          %v496 = arith.addf %v494, %v495 fastmath<contract> : f32
          llvm.store %v496, %v99 : f32, !llvm.ptr
          %v497 = llvm.load %v103 : !llvm.ptr -> f32
          %v498 = arith.mulf %v472, %v168 fastmath<contract> : f32
          %v499 = arith.addf %v497, %v498 fastmath<contract> : f32
          %v500 = arith.mulf %v474, %v170 fastmath<contract> : f32
          %v501 = arith.addf %v499, %v500 fastmath<contract> : f32
          %v502 = arith.mulf %v476, %v172 fastmath<contract> : f32
          %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
          %v504 = arith.mulf %v478, %v174 fastmath<contract> : f32
          %v505 = arith.addf %v503, %v504 fastmath<contract> : f32
          llvm.store %v505, %v103 : f32, !llvm.ptr
          %v506 = llvm.load %v107 : !llvm.ptr -> f32
          %v507 = arith.mulf %v472, %v176 fastmath<contract> : f32
          %v508 = arith.addf %v506, %v507 fastmath<contract> : f32
          %v509 = arith.mulf %v474, %v178 fastmath<contract> : f32
          %v510 = arith.addf %v508, %v509 fastmath<contract> : f32
          %v511 = arith.mulf %v476, %v180 fastmath<contract> : f32
          %v512 = arith.addf %v510, %v511 fastmath<contract> : f32
          %v513 = arith.mulf %v478, %v182 fastmath<contract> : f32
          %v514 = arith.addf %v512, %v513 fastmath<contract> : f32
          llvm.store %v514, %v107 : f32, !llvm.ptr
          %v515 = llvm.load %v111 : !llvm.ptr -> f32
          %v516 = arith.mulf %v472, %v184 fastmath<contract> : f32
          %v517 = arith.addf %v515, %v516 fastmath<contract> : f32
          %v518 = arith.mulf %v474, %v186 fastmath<contract> : f32
          %v519 = arith.addf %v517, %v518 fastmath<contract> : f32
          %v520 = arith.mulf %v476, %v188 fastmath<contract> : f32
          %v521 = arith.addf %v519, %v520 fastmath<contract> : f32
          %v522 = arith.mulf %v478, %v190 fastmath<contract> : f32
          %v523 = arith.addf %v521, %v522 fastmath<contract> : f32
          llvm.store %v523, %v111 : f32, !llvm.ptr
          %v524 = llvm.load %v115 : !llvm.ptr -> f32
          %v525 = arith.mulf %v472, %v192 fastmath<contract> : f32
          %v526 = arith.addf %v524, %v525 fastmath<contract> : f32
          %v527 = arith.mulf %v474, %v194 fastmath<contract> : f32
          %v528 = arith.addf %v526, %v527 fastmath<contract> : f32
          %v529 = arith.mulf %v476, %v196 fastmath<contract> : f32
          %v530 = arith.addf %v528, %v529 fastmath<contract> : f32
          %v531 = arith.mulf %v478, %v198 fastmath<contract> : f32
          %v532 = arith.addf %v530, %v531 fastmath<contract> : f32
          llvm.store %v532, %v115 : f32, !llvm.ptr
          %v533 = llvm.load %v119 : !llvm.ptr -> f32
          %v534 = arith.mulf %v472, %v200 fastmath<contract> : f32
          %v535 = arith.addf %v533, %v534 fastmath<contract> : f32
          %v536 = arith.mulf %v474, %v202 fastmath<contract> : f32
          %v537 = arith.addf %v535, %v536 fastmath<contract> : f32
          %v538 = arith.mulf %v476, %v204 fastmath<contract> : f32
          %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
          %v540 = arith.mulf %v478, %v206 fastmath<contract> : f32
          %v541 = arith.addf %v539, %v540 fastmath<contract> : f32
          llvm.store %v541, %v119 : f32, !llvm.ptr
          %v542 = llvm.load %v123 : !llvm.ptr -> f32
          %v543 = arith.mulf %v472, %v208 fastmath<contract> : f32
          %v544 = arith.addf %v542, %v543 fastmath<contract> : f32
          %v545 = arith.mulf %v474, %v210 fastmath<contract> : f32
          %v546 = arith.addf %v544, %v545 fastmath<contract> : f32
          %v547 = arith.mulf %v476, %v212 fastmath<contract> : f32
          %v548 = arith.addf %v546, %v547 fastmath<contract> : f32
          %v549 = arith.mulf %v478, %v214 fastmath<contract> : f32
          %v550 = arith.addf %v548, %v549 fastmath<contract> : f32
          llvm.store %v550, %v123 : f32, !llvm.ptr
        }
        %v551 = llvm.load %v92 : !llvm.ptr -> f32
        %v552 = llvm.load %v93 : !llvm.ptr -> f32
        %v553 = llvm.load %v94 : !llvm.ptr -> f32
        %v554 = llvm.load %v95 : !llvm.ptr -> f32
        %v555 = llvm.load %v96 : !llvm.ptr -> f32
        %v556 = llvm.load %v97 : !llvm.ptr -> f32
        %v557 = llvm.load %v98 : !llvm.ptr -> f32
        %v558 = llvm.load %v99 : !llvm.ptr -> f32
        %v559 = llvm.load %v100 : !llvm.ptr -> f32
        %v560 = llvm.load %v101 : !llvm.ptr -> f32
        %v561 = llvm.load %v102 : !llvm.ptr -> f32
        %v562 = llvm.load %v103 : !llvm.ptr -> f32
        %v563 = llvm.load %v104 : !llvm.ptr -> f32
        %v564 = llvm.load %v105 : !llvm.ptr -> f32
        %v565 = llvm.load %v106 : !llvm.ptr -> f32
        %v566 = llvm.load %v107 : !llvm.ptr -> f32
        %v567 = llvm.load %v108 : !llvm.ptr -> f32
        %v568 = llvm.load %v109 : !llvm.ptr -> f32
        %v569 = llvm.load %v110 : !llvm.ptr -> f32
        %v570 = llvm.load %v111 : !llvm.ptr -> f32
        %v571 = llvm.load %v112 : !llvm.ptr -> f32
        %v572 = llvm.load %v113 : !llvm.ptr -> f32
        %v573 = llvm.load %v114 : !llvm.ptr -> f32
        %v574 = llvm.load %v115 : !llvm.ptr -> f32
        %v575 = llvm.load %v116 : !llvm.ptr -> f32
        %v576 = llvm.load %v117 : !llvm.ptr -> f32
        %v577 = llvm.load %v118 : !llvm.ptr -> f32
        %v578 = llvm.load %v119 : !llvm.ptr -> f32
        %v579 = llvm.load %v120 : !llvm.ptr -> f32
        %v580 = llvm.load %v121 : !llvm.ptr -> f32
        %v581 = llvm.load %v122 : !llvm.ptr -> f32
        %v582 = llvm.load %v123 : !llvm.ptr -> f32
        %v583 = arith.constant 32 : i32
        %v584 = arith.constant 16 : i32
        %v586 = arith.andi %v10, %v585 : i64
        %v587 = arith.cmpi ne, %v586, %v12 : i64
        %v588 = arith.select %v587, %v551, %v567 : f32
        %v589 = arith.select %v587, %v567, %v551 : f32
        %v590, %v591 = gpu.shuffle xor %v588, %v584, %v583 : f32
        %v592 = arith.addf %v589, %v590 fastmath<contract> : f32
        %v593 = arith.select %v587, %v552, %v568 : f32
        %v594 = arith.select %v587, %v568, %v552 : f32
        %v595, %v596 = gpu.shuffle xor %v593, %v584, %v583 : f32
        %v597 = arith.addf %v594, %v595 fastmath<contract> : f32
        %v598 = arith.select %v587, %v553, %v569 : f32
        %v599 = arith.select %v587, %v569, %v553 : f32
        %v600, %v601 = gpu.shuffle xor %v598, %v584, %v583 : f32
        %v602 = arith.addf %v599, %v600 fastmath<contract> : f32
        %v603 = arith.select %v587, %v554, %v570 : f32
        %v604 = arith.select %v587, %v570, %v554 : f32
        %v605, %v606 = gpu.shuffle xor %v603, %v584, %v583 : f32
        %v607 = arith.addf %v604, %v605 fastmath<contract> : f32
        %v608 = arith.select %v587, %v555, %v571 : f32
        %v609 = arith.select %v587, %v571, %v555 : f32
        %v610, %v611 = gpu.shuffle xor %v608, %v584, %v583 : f32
        %v612 = arith.addf %v609, %v610 fastmath<contract> : f32
        %v613 = arith.select %v587, %v556, %v572 : f32
        %v614 = arith.select %v587, %v572, %v556 : f32
        %v615, %v616 = gpu.shuffle xor %v613, %v584, %v583 : f32
        %v617 = arith.addf %v614, %v615 fastmath<contract> : f32
        %v618 = arith.select %v587, %v557, %v573 : f32
        %v619 = arith.select %v587, %v573, %v557 : f32
        %v620, %v621 = gpu.shuffle xor %v618, %v584, %v583 : f32
        %v622 = arith.addf %v619, %v620 fastmath<contract> : f32
        %v623 = arith.select %v587, %v558, %v574 : f32
        %v624 = arith.select %v587, %v574, %v558 : f32
        %v625, %v626 = gpu.shuffle xor %v623, %v584, %v583 : f32
        %v627 = arith.addf %v624, %v625 fastmath<contract> : f32
        %v628 = arith.select %v587, %v559, %v575 : f32
        %v629 = arith.select %v587, %v575, %v559 : f32
        %v630, %v631 = gpu.shuffle xor %v628, %v584, %v583 : f32
        %v632 = arith.addf %v629, %v630 fastmath<contract> : f32
        %v633 = arith.select %v587, %v560, %v576 : f32
        %v634 = arith.select %v587, %v576, %v560 : f32
        %v635, %v636 = gpu.shuffle xor %v633, %v584, %v583 : f32
        %v637 = arith.addf %v634, %v635 fastmath<contract> : f32
        %v638 = arith.select %v587, %v561, %v577 : f32
        %v639 = arith.select %v587, %v577, %v561 : f32
        %v640, %v641 = gpu.shuffle xor %v638, %v584, %v583 : f32
        %v642 = arith.addf %v639, %v640 fastmath<contract> : f32
        %v643 = arith.select %v587, %v562, %v578 : f32
        %v644 = arith.select %v587, %v578, %v562 : f32
        %v645, %v646 = gpu.shuffle xor %v643, %v584, %v583 : f32
        %v647 = arith.addf %v644, %v645 fastmath<contract> : f32
        %v648 = arith.select %v587, %v563, %v579 : f32
        %v649 = arith.select %v587, %v579, %v563 : f32
        %v650, %v651 = gpu.shuffle xor %v648, %v584, %v583 : f32
        %v652 = arith.addf %v649, %v650 fastmath<contract> : f32
        %v653 = arith.select %v587, %v564, %v580 : f32
        %v654 = arith.select %v587, %v580, %v564 : f32
        %v655, %v656 = gpu.shuffle xor %v653, %v584, %v583 : f32
        %v657 = arith.addf %v654, %v655 fastmath<contract> : f32
        %v658 = arith.select %v587, %v565, %v581 : f32
        %v659 = arith.select %v587, %v581, %v565 : f32
        %v660, %v661 = gpu.shuffle xor %v658, %v584, %v583 : f32
        %v662 = arith.addf %v659, %v660 fastmath<contract> : f32
        %v663 = arith.select %v587, %v566, %v582 : f32
        %v664 = arith.select %v587, %v582, %v566 : f32
        %v665, %v666 = gpu.shuffle xor %v663, %v584, %v583 : f32
        %v667 = arith.addf %v664, %v665 fastmath<contract> : f32
        %v668 = arith.select %v587, %v585, %v12 : i64
        %v669 = arith.constant 8 : i32
        %v670 = arith.andi %v10, %v14 : i64
        %v671 = arith.cmpi ne, %v670, %v12 : i64
        %v672 = arith.select %v671, %v592, %v632 : f32
        %v673 = arith.select %v671, %v632, %v592 : f32
        %v674, %v675 = gpu.shuffle xor %v672, %v669, %v583 : f32
        %v676 = arith.addf %v673, %v674 fastmath<contract> : f32
        %v677 = arith.select %v671, %v597, %v637 : f32
        %v678 = arith.select %v671, %v637, %v597 : f32
        %v679, %v680 = gpu.shuffle xor %v677, %v669, %v583 : f32
        %v681 = arith.addf %v678, %v679 fastmath<contract> : f32
        %v682 = arith.select %v671, %v602, %v642 : f32
        %v683 = arith.select %v671, %v642, %v602 : f32
        %v684, %v685 = gpu.shuffle xor %v682, %v669, %v583 : f32
        %v686 = arith.addf %v683, %v684 fastmath<contract> : f32
        %v687 = arith.select %v671, %v607, %v647 : f32
        %v688 = arith.select %v671, %v647, %v607 : f32
        %v689, %v690 = gpu.shuffle xor %v687, %v669, %v583 : f32
        %v691 = arith.addf %v688, %v689 fastmath<contract> : f32
        %v692 = arith.select %v671, %v612, %v652 : f32
        %v693 = arith.select %v671, %v652, %v612 : f32
        %v694, %v695 = gpu.shuffle xor %v692, %v669, %v583 : f32
        %v696 = arith.addf %v693, %v694 fastmath<contract> : f32
        %v697 = arith.select %v671, %v617, %v657 : f32
        %v698 = arith.select %v671, %v657, %v617 : f32
        %v699, %v700 = gpu.shuffle xor %v697, %v669, %v583 : f32
        %v701 = arith.addf %v698, %v699 fastmath<contract> : f32
        %v702 = arith.select %v671, %v622, %v662 : f32
        %v703 = arith.select %v671, %v662, %v622 : f32
        %v704, %v705 = gpu.shuffle xor %v702, %v669, %v583 : f32
        %v706 = arith.addf %v703, %v704 fastmath<contract> : f32
        %v707 = arith.select %v671, %v627, %v667 : f32
        %v708 = arith.select %v671, %v667, %v627 : f32
        %v709, %v710 = gpu.shuffle xor %v707, %v669, %v583 : f32
        %v711 = arith.addf %v708, %v709 fastmath<contract> : f32
        %v712 = arith.select %v671, %v14, %v12 : i64
        %v713 = arith.addi %v668, %v712 : i64
        %v714 = arith.constant 4 : i32
        %v715 = arith.andi %v10, %v13 : i64
        %v716 = arith.cmpi ne, %v715, %v12 : i64
        %v717 = arith.select %v716, %v676, %v696 : f32
        %v718 = arith.select %v716, %v696, %v676 : f32
        %v719, %v720 = gpu.shuffle xor %v717, %v714, %v583 : f32
        %v721 = arith.addf %v718, %v719 fastmath<contract> : f32
        %v722 = arith.select %v716, %v681, %v701 : f32
        %v723 = arith.select %v716, %v701, %v681 : f32
        %v724, %v725 = gpu.shuffle xor %v722, %v714, %v583 : f32
        %v726 = arith.addf %v723, %v724 fastmath<contract> : f32
        %v727 = arith.select %v716, %v686, %v706 : f32
        %v728 = arith.select %v716, %v706, %v686 : f32
        %v729, %v730 = gpu.shuffle xor %v727, %v714, %v583 : f32
        %v731 = arith.addf %v728, %v729 fastmath<contract> : f32
        %v732 = arith.select %v716, %v691, %v711 : f32
        %v733 = arith.select %v716, %v711, %v691 : f32
        %v734, %v735 = gpu.shuffle xor %v732, %v714, %v583 : f32
        %v736 = arith.addf %v733, %v734 fastmath<contract> : f32
        %v737 = arith.select %v716, %v13, %v12 : i64
        %v738 = arith.addi %v713, %v737 : i64
        %v739 = arith.constant 2 : i32
        %v740 = arith.andi %v10, %v28 : i64
        %v741 = arith.cmpi ne, %v740, %v12 : i64
        %v742 = arith.select %v741, %v721, %v731 : f32
        %v743 = arith.select %v741, %v731, %v721 : f32
        %v744, %v745 = gpu.shuffle xor %v742, %v739, %v583 : f32
        %v746 = arith.addf %v743, %v744 fastmath<contract> : f32
        %v747 = arith.select %v741, %v726, %v736 : f32
        %v748 = arith.select %v741, %v736, %v726 : f32
        %v749, %v750 = gpu.shuffle xor %v747, %v739, %v583 : f32
        %v751 = arith.addf %v748, %v749 fastmath<contract> : f32
        %v752 = arith.select %v741, %v28, %v12 : i64
        %v753 = arith.addi %v738, %v752 : i64
        %v754 = arith.constant 1 : i32
        %v755 = arith.andi %v10, %v11 : i64
        %v756 = arith.cmpi ne, %v755, %v12 : i64
        %v757 = arith.select %v756, %v746, %v751 : f32
        %v758 = arith.select %v756, %v751, %v746 : f32
        %v759, %v760 = gpu.shuffle xor %v757, %v754, %v583 : f32
        %v761 = arith.addf %v758, %v759 fastmath<contract> : f32
        %v762 = arith.select %v756, %v11, %v12 : i64
        %v763 = arith.addi %v753, %v762 : i64
        %v764 = arith.divsi %v763, %v13 : i64
        %v765 = arith.remsi %v763, %v13 : i64
        %v766 = arith.addi %v21, %v765 : i64
        %v767 = arith.addi %v20, %v764 : i64
        %v768 = arith.andi %v10, %v12 : i64
        %v769 = arith.cmpi eq, %v768, %v12 : i64
        %v770 = arith.cmpi slt, %v766, %n : i64
        %v771 = arith.cmpi slt, %v767, %m : i64
        %v772 = arith.andi %v770, %v771 : i1
        %v773 = arith.andi %v772, %v769 : i1
        scf.if %v773 {
          llvm.store %v761, %v774 : f32, !llvm.ptr
          %v775 = llvm.mlir.zero : !llvm.ptr
          %v776 = llvm.icmp "ne" %bias, %v775 : !llvm.ptr
          scf.if %v776 {
            %v777 = llvm.getelementptr %bias[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v778 = llvm.load %v777 : !llvm.ptr -> f32
            %v779 = llvm.load %v774 : !llvm.ptr -> f32
            %v780 = arith.addf %v779, %v778 fastmath<contract> : f32
            llvm.store %v780, %v774 : f32, !llvm.ptr
          }
          %v781 = llvm.mlir.zero : !llvm.ptr
          %v782 = llvm.icmp "ne" %add, %v781 : !llvm.ptr
          scf.if %v782 {
            %v783 = arith.muli %v767, %add_stride : i64
            %v784 = arith.addi %v783, %v766 : i64
            %v785 = llvm.getelementptr %add[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v786 = llvm.load %v785 : !llvm.ptr -> f32
            %v787 = llvm.load %v774 : !llvm.ptr -> f32
            %v788 = arith.addf %v787, %v786 fastmath<contract> : f32
            llvm.store %v788, %v774 : f32, !llvm.ptr
          }
          %v789 = llvm.load %v774 : !llvm.ptr -> f32
          %v790 = arith.cmpi slt, %v766, %split1 : i64
          %v791 = arith.cmpi slt, %v766, %split2 : i64
          %v792 = arith.muli %m, %split1 : i64
          %v793 = arith.muli %m, %split2 : i64
          %v794 = arith.select %v791, %v792, %v793 : i64
          %v795 = arith.select %v790, %v12, %v794 : i64
          %v796 = arith.subi %split2, %split1 : i64
          %v797 = arith.subi %n, %split2 : i64
          %v798 = arith.select %v791, %v796, %v797 : i64
          %v799 = arith.select %v790, %split1, %v798 : i64
          %v800 = arith.select %v791, %split1, %split2 : i64
          %v801 = arith.select %v790, %v12, %v800 : i64
          %v802 = arith.muli %v767, %v799 : i64
          %v803 = arith.subi %v766, %v801 : i64
          %v804 = arith.addi %v795, %v802 : i64
          %v805 = arith.addi %v804, %v803 : i64
          %v806 = llvm.getelementptr %out[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v789, %v806 : f32, !llvm.ptr
          %v807 = llvm.mlir.zero : !llvm.ptr
          %v808 = llvm.icmp "ne" %conv_w, %v807 : !llvm.ptr
          %v809 = arith.andi %v808, %v790 : i1
          scf.if %v809 {
            %v810 = arith.subi %conv_k, %v11 : i64
            llvm.store %v42, %v811 : f32, !llvm.ptr
            %v812 = llvm.mlir.zero : !llvm.ptr
            %v813 = llvm.icmp "ne" %conv_b, %v812 : !llvm.ptr
            scf.if %v813 {
              %v814 = llvm.getelementptr %conv_b[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v815 = llvm.load %v814 : !llvm.ptr -> f32
              llvm.store %v815, %v811 : f32, !llvm.ptr
            }
            %v816 = arith.muli %v766, %conv_k : i64
            %v817 = arith.muli %v767, %v810 : i64
            scf.for %v818 = %v12 to %v810 step %v11 : i64 {
              %v819 = arith.addi %v817, %v818 : i64
              %v820 = arith.muli %v819, %split1 : i64
              %v821 = arith.addi %v820, %v766 : i64
              %v822 = llvm.getelementptr %conv_win[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v823 = llvm.load %v822 : !llvm.ptr -> f32
              %v824 = arith.addi %v816, %v818 : i64
              %v825 = llvm.getelementptr %conv_w[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v826 = llvm.load %v825 : !llvm.ptr -> f32
              %v827 = arith.mulf %v826, %v823 fastmath<contract> : f32
              %v828 = llvm.load %v811 : !llvm.ptr -> f32
              %v829 = arith.addf %v828, %v827 fastmath<contract> : f32
              llvm.store %v829, %v811 : f32, !llvm.ptr
            }
            %v830 = arith.addi %v816, %v810 : i64
            %v831 = llvm.getelementptr %conv_w[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v832 = llvm.load %v831 : !llvm.ptr -> f32
            %v833 = arith.mulf %v832, %v789 fastmath<contract> : f32
            %v834 = llvm.load %v811 : !llvm.ptr -> f32
            %v835 = arith.addf %v834, %v833 fastmath<contract> : f32
            %v837 = arith.negf %v835 : f32
            %v839 = arith.mulf %v837, %v838 fastmath<contract> : f32
            %v840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v839) : (f32) -> f32
            %v841 = arith.addf %v836, %v840 fastmath<contract> : f32
            %v842 = arith.divf %v836, %v841 : f32
            %v843 = arith.mulf %v835, %v842 fastmath<contract> : f32
            %v844 = arith.cmpi eq, %conv_act, %v11 : i64
            %v845 = arith.select %v844, %v843, %v835 : f32
            %v846 = arith.muli %v767, %split1 : i64
            %v847 = arith.addi %v846, %v766 : i64
            %v848 = llvm.getelementptr %conv_out[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v845, %v848 : f32, !llvm.ptr
            %v849 = arith.subi %v810, %v11 : i64
            scf.for %v850 = %v12 to %v849 step %v11 : i64 {
              %v851 = arith.addi %v817, %v850 : i64
              %v852 = arith.muli %v851, %split1 : i64
              %v853 = arith.addi %v852, %v766 : i64
              %v854 = arith.addi %v853, %split1 : i64
              %v855 = llvm.getelementptr %conv_win[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v856 = llvm.load %v855 : !llvm.ptr -> f32
              %v857 = llvm.getelementptr %conv_win[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v856, %v857 : f32, !llvm.ptr
            }
            %v858 = arith.cmpi slt, %v12, %v810 : i64
            scf.if %v858 {
              %v859 = arith.addi %v817, %v849 : i64
              %v860 = arith.muli %v859, %split1 : i64
              %v861 = arith.addi %v860, %v766 : i64
              %v862 = llvm.getelementptr %conv_win[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v789, %v862 : f32, !llvm.ptr
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
      %v29 = arith.constant 128 : i64
      %v31 = arith.constant 4096 : i64
      %v41 = arith.constant 0x00000000 : f32
      %v49 = arith.constant 2 : i64
      %v54 = arith.constant 3 : i64
      %v63 = arith.constant 5 : i64
      %v68 = arith.constant 6 : i64
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
      %v120 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v121 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v122 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v123 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v124 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v125 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v126 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v127 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v128 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v129 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v130 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v131 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v707 = arith.constant 16 : i64
      %v960 = arith.constant 0x3F800000 : f32
      %v969 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1006 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1032 = arith.constant 0x3FB8AA3B : f32
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
        %v23 = arith.subi %n, %v21 : i64
        %v24 = arith.minsi %v23, %v13 : i64
        %v25 = arith.muli %v21, %k : i64
        %v26 = llvm.getelementptr %w[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v27 = arith.muli %v24, %k : i64
        %v28 = arith.muli %v27, %v13 : i64
        %v30 = arith.muli %v10, %v29 : i64
        scf.for %v32 = %v30 to %v28 step %v31 : i64 {
          %v33 = llvm.getelementptr %v26[%v32] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v33 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v34 = arith.cmpi slt, %v21, %n : i64
      scf.if %v34 {
        %v35 = arith.subi %m, %v11 : i64
        %v36 = arith.subi %n, %v11 : i64
        %v37 = arith.subi %k, %v13 : i64
        %v38 = arith.muli %v10, %v13 : i64
        %v39 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v40 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v42 = arith.minsi %v20, %v35 : i64
        %v43 = arith.muli %v42, %x_stride : i64
        %v44 = llvm.getelementptr %x[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v45 = arith.addi %v20, %v11 : i64
        %v46 = arith.minsi %v45, %v35 : i64
        %v47 = arith.muli %v46, %x_stride : i64
        %v48 = llvm.getelementptr %x[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = arith.addi %v20, %v49 : i64
        %v51 = arith.minsi %v50, %v35 : i64
        %v52 = arith.muli %v51, %x_stride : i64
        %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = arith.addi %v20, %v54 : i64
        %v56 = arith.minsi %v55, %v35 : i64
        %v57 = arith.muli %v56, %x_stride : i64
        %v58 = llvm.getelementptr %x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = arith.addi %v20, %v13 : i64
        %v60 = arith.minsi %v59, %v35 : i64
        %v61 = arith.muli %v60, %x_stride : i64
        %v62 = llvm.getelementptr %x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = arith.addi %v20, %v63 : i64
        %v65 = arith.minsi %v64, %v35 : i64
        %v66 = arith.muli %v65, %x_stride : i64
        %v67 = llvm.getelementptr %x[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v69 = arith.addi %v20, %v68 : i64
        %v70 = arith.minsi %v69, %v35 : i64
        %v71 = arith.muli %v70, %x_stride : i64
        %v72 = llvm.getelementptr %x[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = arith.addi %v20, %v15 : i64
        %v74 = arith.minsi %v73, %v35 : i64
        %v75 = arith.muli %v74, %x_stride : i64
        %v76 = llvm.getelementptr %x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v77 = arith.minsi %v21, %v36 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v80 = arith.addi %v21, %v11 : i64
        %v81 = arith.minsi %v80, %v36 : i64
        %v82 = arith.muli %v81, %k : i64
        %v83 = llvm.getelementptr %w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v84 = arith.addi %v21, %v49 : i64
        %v85 = arith.minsi %v84, %v36 : i64
        %v86 = arith.muli %v85, %k : i64
        %v87 = llvm.getelementptr %w[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v88 = arith.addi %v21, %v54 : i64
        %v89 = arith.minsi %v88, %v36 : i64
        %v90 = arith.muli %v89, %k : i64
        %v91 = llvm.getelementptr %w[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v41, %v92 : f32, !llvm.ptr
        llvm.store %v41, %v93 : f32, !llvm.ptr
        llvm.store %v41, %v94 : f32, !llvm.ptr
        llvm.store %v41, %v95 : f32, !llvm.ptr
        llvm.store %v41, %v96 : f32, !llvm.ptr
        llvm.store %v41, %v97 : f32, !llvm.ptr
        llvm.store %v41, %v98 : f32, !llvm.ptr
        llvm.store %v41, %v99 : f32, !llvm.ptr
        llvm.store %v41, %v100 : f32, !llvm.ptr
        llvm.store %v41, %v101 : f32, !llvm.ptr
        llvm.store %v41, %v102 : f32, !llvm.ptr
        llvm.store %v41, %v103 : f32, !llvm.ptr
        llvm.store %v41, %v104 : f32, !llvm.ptr
        llvm.store %v41, %v105 : f32, !llvm.ptr
        llvm.store %v41, %v106 : f32, !llvm.ptr
        llvm.store %v41, %v107 : f32, !llvm.ptr
        llvm.store %v41, %v108 : f32, !llvm.ptr
        llvm.store %v41, %v109 : f32, !llvm.ptr
        llvm.store %v41, %v110 : f32, !llvm.ptr
        llvm.store %v41, %v111 : f32, !llvm.ptr
        llvm.store %v41, %v112 : f32, !llvm.ptr
        llvm.store %v41, %v113 : f32, !llvm.ptr
        llvm.store %v41, %v114 : f32, !llvm.ptr
        llvm.store %v41, %v115 : f32, !llvm.ptr
        llvm.store %v41, %v116 : f32, !llvm.ptr
        llvm.store %v41, %v117 : f32, !llvm.ptr
        llvm.store %v41, %v118 : f32, !llvm.ptr
        llvm.store %v41, %v119 : f32, !llvm.ptr
        llvm.store %v41, %v120 : f32, !llvm.ptr
        llvm.store %v41, %v121 : f32, !llvm.ptr
        llvm.store %v41, %v122 : f32, !llvm.ptr
        llvm.store %v41, %v123 : f32, !llvm.ptr
        llvm.store %v41, %v124 : f32, !llvm.ptr
        llvm.store %v41, %v125 : f32, !llvm.ptr
        llvm.store %v41, %v126 : f32, !llvm.ptr
        llvm.store %v41, %v127 : f32, !llvm.ptr
        llvm.store %v41, %v128 : f32, !llvm.ptr
        llvm.store %v41, %v129 : f32, !llvm.ptr
        llvm.store %v41, %v130 : f32, !llvm.ptr
        llvm.store %v41, %v131 : f32, !llvm.ptr
        scf.for %v132 = %v38 to %k step %v29 : i64 {
          %v133 = arith.minsi %v132, %v37 : i64
          %v134 = arith.cmpi slt, %v132, %k : i64
          %v135 = llvm.getelementptr %v79[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v136 = llvm.load %v135 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v137 = llvm.getelementptr %v83[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v138 = llvm.load %v137 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v139 = llvm.getelementptr %v87[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v141 = llvm.getelementptr %v91[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v143 = llvm.getelementptr %v44[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v145 = llvm.getelementptr %v48[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v147 = llvm.getelementptr %v53[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v149 = llvm.getelementptr %v58[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v151 = llvm.getelementptr %v62[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v153 = llvm.getelementptr %v67[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v155 = llvm.getelementptr %v72[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v157 = llvm.getelementptr %v76[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v158 = llvm.load %v157 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v159 = llvm.getelementptr %norm_w[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v161 = llvm.mlir.constant(0 : i32) : i32
          %v162 = llvm.extractelement %v144[%v161 : i32] : vector<4xf32>
          %v163 = llvm.mlir.constant(1 : i32) : i32
          %v164 = llvm.extractelement %v144[%v163 : i32] : vector<4xf32>
          %v165 = llvm.mlir.constant(2 : i32) : i32
          %v166 = llvm.extractelement %v144[%v165 : i32] : vector<4xf32>
          %v167 = llvm.mlir.constant(3 : i32) : i32
          %v168 = llvm.extractelement %v144[%v167 : i32] : vector<4xf32>
          %v169 = llvm.mlir.constant(0 : i32) : i32
          %v170 = llvm.extractelement %v146[%v169 : i32] : vector<4xf32>
          %v171 = llvm.mlir.constant(1 : i32) : i32
          %v172 = llvm.extractelement %v146[%v171 : i32] : vector<4xf32>
          %v173 = llvm.mlir.constant(2 : i32) : i32
          %v174 = llvm.extractelement %v146[%v173 : i32] : vector<4xf32>
          %v175 = llvm.mlir.constant(3 : i32) : i32
          %v176 = llvm.extractelement %v146[%v175 : i32] : vector<4xf32>
          %v177 = llvm.mlir.constant(0 : i32) : i32
          %v178 = llvm.extractelement %v148[%v177 : i32] : vector<4xf32>
          %v179 = llvm.mlir.constant(1 : i32) : i32
          %v180 = llvm.extractelement %v148[%v179 : i32] : vector<4xf32>
          %v181 = llvm.mlir.constant(2 : i32) : i32
          %v182 = llvm.extractelement %v148[%v181 : i32] : vector<4xf32>
          %v183 = llvm.mlir.constant(3 : i32) : i32
          %v184 = llvm.extractelement %v148[%v183 : i32] : vector<4xf32>
          %v185 = llvm.mlir.constant(0 : i32) : i32
          %v186 = llvm.extractelement %v150[%v185 : i32] : vector<4xf32>
          %v187 = llvm.mlir.constant(1 : i32) : i32
          %v188 = llvm.extractelement %v150[%v187 : i32] : vector<4xf32>
          %v189 = llvm.mlir.constant(2 : i32) : i32
          %v190 = llvm.extractelement %v150[%v189 : i32] : vector<4xf32>
          %v191 = llvm.mlir.constant(3 : i32) : i32
          %v192 = llvm.extractelement %v150[%v191 : i32] : vector<4xf32>
          %v193 = llvm.mlir.constant(0 : i32) : i32
          %v194 = llvm.extractelement %v152[%v193 : i32] : vector<4xf32>
          %v195 = llvm.mlir.constant(1 : i32) : i32
          %v196 = llvm.extractelement %v152[%v195 : i32] : vector<4xf32>
          %v197 = llvm.mlir.constant(2 : i32) : i32
          %v198 = llvm.extractelement %v152[%v197 : i32] : vector<4xf32>
          %v199 = llvm.mlir.constant(3 : i32) : i32
          %v200 = llvm.extractelement %v152[%v199 : i32] : vector<4xf32>
          %v201 = llvm.mlir.constant(0 : i32) : i32
          %v202 = llvm.extractelement %v154[%v201 : i32] : vector<4xf32>
          %v203 = llvm.mlir.constant(1 : i32) : i32
          %v204 = llvm.extractelement %v154[%v203 : i32] : vector<4xf32>
          %v205 = llvm.mlir.constant(2 : i32) : i32
          %v206 = llvm.extractelement %v154[%v205 : i32] : vector<4xf32>
          %v207 = llvm.mlir.constant(3 : i32) : i32
          %v208 = llvm.extractelement %v154[%v207 : i32] : vector<4xf32>
          %v209 = llvm.mlir.constant(0 : i32) : i32
          %v210 = llvm.extractelement %v156[%v209 : i32] : vector<4xf32>
          %v211 = llvm.mlir.constant(1 : i32) : i32
          %v212 = llvm.extractelement %v156[%v211 : i32] : vector<4xf32>
          %v213 = llvm.mlir.constant(2 : i32) : i32
          %v214 = llvm.extractelement %v156[%v213 : i32] : vector<4xf32>
          %v215 = llvm.mlir.constant(3 : i32) : i32
          %v216 = llvm.extractelement %v156[%v215 : i32] : vector<4xf32>
          %v217 = llvm.mlir.constant(0 : i32) : i32
          %v218 = llvm.extractelement %v158[%v217 : i32] : vector<4xf32>
          %v219 = llvm.mlir.constant(1 : i32) : i32
          %v220 = llvm.extractelement %v158[%v219 : i32] : vector<4xf32>
          %v221 = llvm.mlir.constant(2 : i32) : i32
          %v222 = llvm.extractelement %v158[%v221 : i32] : vector<4xf32>
          %v223 = llvm.mlir.constant(3 : i32) : i32
          %v224 = llvm.extractelement %v158[%v223 : i32] : vector<4xf32>
          %v225 = llvm.fmul %v144, %v144 : vector<4xf32>
          %v226 = llvm.select %v134, %v225, %v39 : i1, vector<4xf32>
          %v227 = llvm.mlir.constant(0 : i32) : i32
          %v228 = llvm.extractelement %v226[%v227 : i32] : vector<4xf32>
          %v229 = llvm.mlir.constant(1 : i32) : i32
          %v230 = llvm.extractelement %v226[%v229 : i32] : vector<4xf32>
          %v231 = llvm.mlir.constant(2 : i32) : i32
          %v232 = llvm.extractelement %v226[%v231 : i32] : vector<4xf32>
          %v233 = llvm.mlir.constant(3 : i32) : i32
          %v234 = llvm.extractelement %v226[%v233 : i32] : vector<4xf32>
          %v235 = arith.addf %v228, %v230 fastmath<contract> : f32
          %v236 = arith.addf %v235, %v232 fastmath<contract> : f32
          %v237 = arith.addf %v236, %v234 fastmath<contract> : f32
          %v238 = llvm.load %v124 : !llvm.ptr -> f32
          %v239 = arith.addf %v238, %v237 fastmath<contract> : f32
          llvm.store %v239, %v124 : f32, !llvm.ptr
          %v240 = llvm.fmul %v146, %v146 : vector<4xf32>
          %v241 = llvm.select %v134, %v240, %v39 : i1, vector<4xf32>
          %v242 = llvm.mlir.constant(0 : i32) : i32
          %v243 = llvm.extractelement %v241[%v242 : i32] : vector<4xf32>
          %v244 = llvm.mlir.constant(1 : i32) : i32
          %v245 = llvm.extractelement %v241[%v244 : i32] : vector<4xf32>
          %v246 = llvm.mlir.constant(2 : i32) : i32
          %v247 = llvm.extractelement %v241[%v246 : i32] : vector<4xf32>
          %v248 = llvm.mlir.constant(3 : i32) : i32
          %v249 = llvm.extractelement %v241[%v248 : i32] : vector<4xf32>
          %v250 = arith.addf %v243, %v245 fastmath<contract> : f32
          %v251 = arith.addf %v250, %v247 fastmath<contract> : f32
          %v252 = arith.addf %v251, %v249 fastmath<contract> : f32
          %v253 = llvm.load %v125 : !llvm.ptr -> f32
          %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
          llvm.store %v254, %v125 : f32, !llvm.ptr
          %v255 = llvm.fmul %v148, %v148 : vector<4xf32>
          %v256 = llvm.select %v134, %v255, %v39 : i1, vector<4xf32>
          %v257 = llvm.mlir.constant(0 : i32) : i32
          %v258 = llvm.extractelement %v256[%v257 : i32] : vector<4xf32>
          %v259 = llvm.mlir.constant(1 : i32) : i32
          %v260 = llvm.extractelement %v256[%v259 : i32] : vector<4xf32>
          %v261 = llvm.mlir.constant(2 : i32) : i32
          %v262 = llvm.extractelement %v256[%v261 : i32] : vector<4xf32>
          %v263 = llvm.mlir.constant(3 : i32) : i32
          %v264 = llvm.extractelement %v256[%v263 : i32] : vector<4xf32>
          %v265 = arith.addf %v258, %v260 fastmath<contract> : f32
          %v266 = arith.addf %v265, %v262 fastmath<contract> : f32
          %v267 = arith.addf %v266, %v264 fastmath<contract> : f32
          %v268 = llvm.load %v126 : !llvm.ptr -> f32
          %v269 = arith.addf %v268, %v267 fastmath<contract> : f32
          llvm.store %v269, %v126 : f32, !llvm.ptr
          %v270 = llvm.fmul %v150, %v150 : vector<4xf32>
          %v271 = llvm.select %v134, %v270, %v39 : i1, vector<4xf32>
          %v272 = llvm.mlir.constant(0 : i32) : i32
          %v273 = llvm.extractelement %v271[%v272 : i32] : vector<4xf32>
          %v274 = llvm.mlir.constant(1 : i32) : i32
          %v275 = llvm.extractelement %v271[%v274 : i32] : vector<4xf32>
          %v276 = llvm.mlir.constant(2 : i32) : i32
          %v277 = llvm.extractelement %v271[%v276 : i32] : vector<4xf32>
          %v278 = llvm.mlir.constant(3 : i32) : i32
          %v279 = llvm.extractelement %v271[%v278 : i32] : vector<4xf32>
          %v280 = arith.addf %v273, %v275 fastmath<contract> : f32
          %v281 = arith.addf %v280, %v277 fastmath<contract> : f32
          %v282 = arith.addf %v281, %v279 fastmath<contract> : f32
          %v283 = llvm.load %v127 : !llvm.ptr -> f32
          %v284 = arith.addf %v283, %v282 fastmath<contract> : f32
          llvm.store %v284, %v127 : f32, !llvm.ptr
          %v285 = llvm.fmul %v152, %v152 : vector<4xf32>
          %v286 = llvm.select %v134, %v285, %v39 : i1, vector<4xf32>
          %v287 = llvm.mlir.constant(0 : i32) : i32
          %v288 = llvm.extractelement %v286[%v287 : i32] : vector<4xf32>
          %v289 = llvm.mlir.constant(1 : i32) : i32
          %v290 = llvm.extractelement %v286[%v289 : i32] : vector<4xf32>
          %v291 = llvm.mlir.constant(2 : i32) : i32
          %v292 = llvm.extractelement %v286[%v291 : i32] : vector<4xf32>
          %v293 = llvm.mlir.constant(3 : i32) : i32
          %v294 = llvm.extractelement %v286[%v293 : i32] : vector<4xf32>
          %v295 = arith.addf %v288, %v290 fastmath<contract> : f32
          %v296 = arith.addf %v295, %v292 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v294 fastmath<contract> : f32
          %v298 = llvm.load %v128 : !llvm.ptr -> f32
          %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
          llvm.store %v299, %v128 : f32, !llvm.ptr
          %v300 = llvm.fmul %v154, %v154 : vector<4xf32>
          %v301 = llvm.select %v134, %v300, %v39 : i1, vector<4xf32>
          %v302 = llvm.mlir.constant(0 : i32) : i32
          %v303 = llvm.extractelement %v301[%v302 : i32] : vector<4xf32>
          %v304 = llvm.mlir.constant(1 : i32) : i32
          %v305 = llvm.extractelement %v301[%v304 : i32] : vector<4xf32>
          %v306 = llvm.mlir.constant(2 : i32) : i32
          %v307 = llvm.extractelement %v301[%v306 : i32] : vector<4xf32>
          %v308 = llvm.mlir.constant(3 : i32) : i32
          %v309 = llvm.extractelement %v301[%v308 : i32] : vector<4xf32>
          %v310 = arith.addf %v303, %v305 fastmath<contract> : f32
          %v311 = arith.addf %v310, %v307 fastmath<contract> : f32
          %v312 = arith.addf %v311, %v309 fastmath<contract> : f32
          %v313 = llvm.load %v129 : !llvm.ptr -> f32
          %v314 = arith.addf %v313, %v312 fastmath<contract> : f32
          llvm.store %v314, %v129 : f32, !llvm.ptr
          %v315 = llvm.fmul %v156, %v156 : vector<4xf32>
          %v316 = llvm.select %v134, %v315, %v39 : i1, vector<4xf32>
          %v317 = llvm.mlir.constant(0 : i32) : i32
          %v318 = llvm.extractelement %v316[%v317 : i32] : vector<4xf32>
          %v319 = llvm.mlir.constant(1 : i32) : i32
          %v320 = llvm.extractelement %v316[%v319 : i32] : vector<4xf32>
          %v321 = llvm.mlir.constant(2 : i32) : i32
          %v322 = llvm.extractelement %v316[%v321 : i32] : vector<4xf32>
          %v323 = llvm.mlir.constant(3 : i32) : i32
          %v324 = llvm.extractelement %v316[%v323 : i32] : vector<4xf32>
          %v325 = arith.addf %v318, %v320 fastmath<contract> : f32
          %v326 = arith.addf %v325, %v322 fastmath<contract> : f32
          %v327 = arith.addf %v326, %v324 fastmath<contract> : f32
          %v328 = llvm.load %v130 : !llvm.ptr -> f32
          %v329 = arith.addf %v328, %v327 fastmath<contract> : f32
          llvm.store %v329, %v130 : f32, !llvm.ptr
          %v330 = llvm.fmul %v158, %v158 : vector<4xf32>
          %v331 = llvm.select %v134, %v330, %v39 : i1, vector<4xf32>
          %v332 = llvm.mlir.constant(0 : i32) : i32
          %v333 = llvm.extractelement %v331[%v332 : i32] : vector<4xf32>
          %v334 = llvm.mlir.constant(1 : i32) : i32
          %v335 = llvm.extractelement %v331[%v334 : i32] : vector<4xf32>
          %v336 = llvm.mlir.constant(2 : i32) : i32
          %v337 = llvm.extractelement %v331[%v336 : i32] : vector<4xf32>
          %v338 = llvm.mlir.constant(3 : i32) : i32
          %v339 = llvm.extractelement %v331[%v338 : i32] : vector<4xf32>
          %v340 = arith.addf %v333, %v335 fastmath<contract> : f32
          %v341 = arith.addf %v340, %v337 fastmath<contract> : f32
          %v342 = arith.addf %v341, %v339 fastmath<contract> : f32
          %v343 = llvm.load %v131 : !llvm.ptr -> f32
          %v344 = arith.addf %v343, %v342 fastmath<contract> : f32
          llvm.store %v344, %v131 : f32, !llvm.ptr
          %v345 = llvm.fmul %v136, %v160 : vector<4xf32>
          %v346 = llvm.select %v134, %v345, %v39 : i1, vector<4xf32>
          %v347 = llvm.mlir.constant(0 : i32) : i32
          %v348 = llvm.extractelement %v346[%v347 : i32] : vector<4xf32>
          %v349 = llvm.mlir.constant(1 : i32) : i32
          %v350 = llvm.extractelement %v346[%v349 : i32] : vector<4xf32>
          %v351 = llvm.mlir.constant(2 : i32) : i32
          %v352 = llvm.extractelement %v346[%v351 : i32] : vector<4xf32>
          %v353 = llvm.mlir.constant(3 : i32) : i32
          %v354 = llvm.extractelement %v346[%v353 : i32] : vector<4xf32>
          %v355 = llvm.load %v92 : !llvm.ptr -> f32
          %v356 = arith.mulf %v348, %v162 fastmath<contract> : f32
          %v357 = arith.addf %v355, %v356 fastmath<contract> : f32
          %v358 = arith.mulf %v350, %v164 fastmath<contract> : f32
          %v359 = arith.addf %v357, %v358 fastmath<contract> : f32
          %v360 = arith.mulf %v352, %v166 fastmath<contract> : f32
          %v361 = arith.addf %v359, %v360 fastmath<contract> : f32
          %v362 = arith.mulf %v354, %v168 fastmath<contract> : f32
          %v363 = arith.addf %v361, %v362 fastmath<contract> : f32
          llvm.store %v363, %v92 : f32, !llvm.ptr
          %v364 = llvm.load %v96 : !llvm.ptr -> f32
          %v365 = arith.mulf %v348, %v170 fastmath<contract> : f32
          %v366 = arith.addf %v364, %v365 fastmath<contract> : f32
          %v367 = arith.mulf %v350, %v172 fastmath<contract> : f32
          %v368 = arith.addf %v366, %v367 fastmath<contract> : f32
          %v369 = arith.mulf %v352, %v174 fastmath<contract> : f32
          %v370 = arith.addf %v368, %v369 fastmath<contract> : f32
          %v371 = arith.mulf %v354, %v176 fastmath<contract> : f32
          %v372 = arith.addf %v370, %v371 fastmath<contract> : f32
          llvm.store %v372, %v96 : f32, !llvm.ptr
          %v373 = llvm.load %v100 : !llvm.ptr -> f32
          %v374 = arith.mulf %v348, %v178 fastmath<contract> : f32
          %v375 = arith.addf %v373, %v374 fastmath<contract> : f32
          %v376 = arith.mulf %v350, %v180 fastmath<contract> : f32
          %v377 = arith.addf %v375, %v376 fastmath<contract> : f32
          %v378 = arith.mulf %v352, %v182 fastmath<contract> : f32
          %v379 = arith.addf %v377, %v378 fastmath<contract> : f32
          %v380 = arith.mulf %v354, %v184 fastmath<contract> : f32
          %v381 = arith.addf %v379, %v380 fastmath<contract> : f32
          llvm.store %v381, %v100 : f32, !llvm.ptr
          %v382 = llvm.load %v104 : !llvm.ptr -> f32
          %v383 = arith.mulf %v348, %v186 fastmath<contract> : f32
          %v384 = arith.addf %v382, %v383 fastmath<contract> : f32
          %v385 = arith.mulf %v350, %v188 fastmath<contract> : f32
          %v386 = arith.addf %v384, %v385 fastmath<contract> : f32
          %v387 = arith.mulf %v352, %v190 fastmath<contract> : f32
          %v388 = arith.addf %v386, %v387 fastmath<contract> : f32
          %v389 = arith.mulf %v354, %v192 fastmath<contract> : f32
          %v390 = arith.addf %v388, %v389 fastmath<contract> : f32
          llvm.store %v390, %v104 : f32, !llvm.ptr
          %v391 = llvm.load %v108 : !llvm.ptr -> f32
          %v392 = arith.mulf %v348, %v194 fastmath<contract> : f32
          %v393 = arith.addf %v391, %v392 fastmath<contract> : f32
          %v394 = arith.mulf %v350, %v196 fastmath<contract> : f32
          %v395 = arith.addf %v393, %v394 fastmath<contract> : f32
          %v396 = arith.mulf %v352, %v198 fastmath<contract> : f32
          %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
          %v398 = arith.mulf %v354, %v200 fastmath<contract> : f32
          %v399 = arith.addf %v397, %v398 fastmath<contract> : f32
          llvm.store %v399, %v108 : f32, !llvm.ptr
          %v400 = llvm.load %v112 : !llvm.ptr -> f32
          %v401 = arith.mulf %v348, %v202 fastmath<contract> : f32
          %v402 = arith.addf %v400, %v401 fastmath<contract> : f32
          %v403 = arith.mulf %v350, %v204 fastmath<contract> : f32
          %v404 = arith.addf %v402, %v403 fastmath<contract> : f32
          %v405 = arith.mulf %v352, %v206 fastmath<contract> : f32
          %v406 = arith.addf %v404, %v405 fastmath<contract> : f32
          %v407 = arith.mulf %v354, %v208 fastmath<contract> : f32
          %v408 = arith.addf %v406, %v407 fastmath<contract> : f32
          llvm.store %v408, %v112 : f32, !llvm.ptr
          %v409 = llvm.load %v116 : !llvm.ptr -> f32
          %v410 = arith.mulf %v348, %v210 fastmath<contract> : f32
          %v411 = arith.addf %v409, %v410 fastmath<contract> : f32
          %v412 = arith.mulf %v350, %v212 fastmath<contract> : f32
          %v413 = arith.addf %v411, %v412 fastmath<contract> : f32
          %v414 = arith.mulf %v352, %v214 fastmath<contract> : f32
          %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
          %v416 = arith.mulf %v354, %v216 fastmath<contract> : f32
          %v417 = arith.addf %v415, %v416 fastmath<contract> : f32
          llvm.store %v417, %v116 : f32, !llvm.ptr
          %v418 = llvm.load %v120 : !llvm.ptr -> f32
          %v419 = arith.mulf %v348, %v218 fastmath<contract> : f32
          %v420 = arith.addf %v418, %v419 fastmath<contract> : f32
          %v421 = arith.mulf %v350, %v220 fastmath<contract> : f32
          %v422 = arith.addf %v420, %v421 fastmath<contract> : f32
          %v423 = arith.mulf %v352, %v222 fastmath<contract> : f32
          %v424 = arith.addf %v422, %v423 fastmath<contract> : f32
          %v425 = arith.mulf %v354, %v224 fastmath<contract> : f32
          %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
          llvm.store %v426, %v120 : f32, !llvm.ptr
          %v427 = llvm.fmul %v138, %v160 : vector<4xf32>
          %v428 = llvm.select %v134, %v427, %v39 : i1, vector<4xf32>
          %v429 = llvm.mlir.constant(0 : i32) : i32
          %v430 = llvm.extractelement %v428[%v429 : i32] : vector<4xf32>
          %v431 = llvm.mlir.constant(1 : i32) : i32
          %v432 = llvm.extractelement %v428[%v431 : i32] : vector<4xf32>
          %v433 = llvm.mlir.constant(2 : i32) : i32
          %v434 = llvm.extractelement %v428[%v433 : i32] : vector<4xf32>
          %v435 = llvm.mlir.constant(3 : i32) : i32
          %v436 = llvm.extractelement %v428[%v435 : i32] : vector<4xf32>
          %v437 = llvm.load %v93 : !llvm.ptr -> f32
          %v438 = arith.mulf %v430, %v162 fastmath<contract> : f32
          %v439 = arith.addf %v437, %v438 fastmath<contract> : f32
          %v440 = arith.mulf %v432, %v164 fastmath<contract> : f32
          %v441 = arith.addf %v439, %v440 fastmath<contract> : f32
          %v442 = arith.mulf %v434, %v166 fastmath<contract> : f32
          %v443 = arith.addf %v441, %v442 fastmath<contract> : f32
          %v444 = arith.mulf %v436, %v168 fastmath<contract> : f32
          %v445 = arith.addf %v443, %v444 fastmath<contract> : f32
          llvm.store %v445, %v93 : f32, !llvm.ptr
          %v446 = llvm.load %v97 : !llvm.ptr -> f32
          %v447 = arith.mulf %v430, %v170 fastmath<contract> : f32
          %v448 = arith.addf %v446, %v447 fastmath<contract> : f32
          %v449 = arith.mulf %v432, %v172 fastmath<contract> : f32
          %v450 = arith.addf %v448, %v449 fastmath<contract> : f32
          %v451 = arith.mulf %v434, %v174 fastmath<contract> : f32
          %v452 = arith.addf %v450, %v451 fastmath<contract> : f32
          %v453 = arith.mulf %v436, %v176 fastmath<contract> : f32
          %v454 = arith.addf %v452, %v453 fastmath<contract> : f32
          llvm.store %v454, %v97 : f32, !llvm.ptr
          %v455 = llvm.load %v101 : !llvm.ptr -> f32
          %v456 = arith.mulf %v430, %v178 fastmath<contract> : f32
          %v457 = arith.addf %v455, %v456 fastmath<contract> : f32
          %v458 = arith.mulf %v432, %v180 fastmath<contract> : f32
          %v459 = arith.addf %v457, %v458 fastmath<contract> : f32
          %v460 = arith.mulf %v434, %v182 fastmath<contract> : f32
          %v461 = arith.addf %v459, %v460 fastmath<contract> : f32
          %v462 = arith.mulf %v436, %v184 fastmath<contract> : f32
          %v463 = arith.addf %v461, %v462 fastmath<contract> : f32
          llvm.store %v463, %v101 : f32, !llvm.ptr
          %v464 = llvm.load %v105 : !llvm.ptr -> f32
          %v465 = arith.mulf %v430, %v186 fastmath<contract> : f32
          %v466 = arith.addf %v464, %v465 fastmath<contract> : f32
          %v467 = arith.mulf %v432, %v188 fastmath<contract> : f32
          %v468 = arith.addf %v466, %v467 fastmath<contract> : f32
          %v469 = arith.mulf %v434, %v190 fastmath<contract> : f32
          %v470 = arith.addf %v468, %v469 fastmath<contract> : f32
          %v471 = arith.mulf %v436, %v192 fastmath<contract> : f32
          %v472 = arith.addf %v470, %v471 fastmath<contract> : f32
          llvm.store %v472, %v105 : f32, !llvm.ptr
          %v473 = llvm.load %v109 : !llvm.ptr -> f32
          %v474 = arith.mulf %v430, %v194 fastmath<contract> : f32
          %v475 = arith.addf %v473, %v474 fastmath<contract> : f32
          %v476 = arith.mulf %v432, %v196 fastmath<contract> : f32
          %v477 = arith.addf %v475, %v476 fastmath<contract> : f32
          %v478 = arith.mulf %v434, %v198 fastmath<contract> : f32
          %v479 = arith.addf %v477, %v478 fastmath<contract> : f32
          %v480 = arith.mulf %v436, %v200 fastmath<contract> : f32
          %v481 = arith.addf %v479, %v480 fastmath<contract> : f32
          llvm.store %v481, %v109 : f32, !llvm.ptr
          %v482 = llvm.load %v113 : !llvm.ptr -> f32
          %v483 = arith.mulf %v430, %v202 fastmath<contract> : f32
          %v484 = arith.addf %v482, %v483 fastmath<contract> : f32
          %v485 = arith.mulf %v432, %v204 fastmath<contract> : f32
          %v486 = arith.addf %v484, %v485 fastmath<contract> : f32
          %v487 = arith.mulf %v434, %v206 fastmath<contract> : f32
          %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
          %v489 = arith.mulf %v436, %v208 fastmath<contract> : f32
          %v490 = arith.addf %v488, %v489 fastmath<contract> : f32
          llvm.store %v490, %v113 : f32, !llvm.ptr
          %v491 = llvm.load %v117 : !llvm.ptr -> f32
          %v492 = arith.mulf %v430, %v210 fastmath<contract> : f32
          %v493 = arith.addf %v491, %v492 fastmath<contract> : f32
          %v494 = arith.mulf %v432, %v212 fastmath<contract> : f32
          %v495 = arith.addf %v493, %v494 fastmath<contract> : f32
          %v496 = arith.mulf %v434, %v214 fastmath<contract> : f32
          %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
          %v498 = arith.mulf %v436, %v216 fastmath<contract> : f32
          %v499 = arith.addf %v497, %v498 fastmath<contract> : f32
          llvm.store %v499, %v117 : f32, !llvm.ptr
          %v500 = llvm.load %v121 : !llvm.ptr -> f32
          %v501 = arith.mulf %v430, %v218 fastmath<contract> : f32
          %v502 = arith.addf %v500, %v501 fastmath<contract> : f32
          %v503 = arith.mulf %v432, %v220 fastmath<contract> : f32
          %v504 = arith.addf %v502, %v503 fastmath<contract> : f32
          %v505 = arith.mulf %v434, %v222 fastmath<contract> : f32
          %v506 = arith.addf %v504, %v505 fastmath<contract> : f32
          %v507 = arith.mulf %v436, %v224 fastmath<contract> : f32
          %v508 = arith.addf %v506, %v507 fastmath<contract> : f32
          llvm.store %v508, %v121 : f32, !llvm.ptr
          %v509 = llvm.fmul %v140, %v160 : vector<4xf32>
          %v510 = llvm.select %v134, %v509, %v39 : i1, vector<4xf32>
          %v511 = llvm.mlir.constant(0 : i32) : i32
          %v512 = llvm.extractelement %v510[%v511 : i32] : vector<4xf32>
          %v513 = llvm.mlir.constant(1 : i32) : i32
          %v514 = llvm.extractelement %v510[%v513 : i32] : vector<4xf32>
          %v515 = llvm.mlir.constant(2 : i32) : i32
          %v516 = llvm.extractelement %v510[%v515 : i32] : vector<4xf32>
          %v517 = llvm.mlir.constant(3 : i32) : i32
          %v518 = llvm.extractelement %v510[%v517 : i32] : vector<4xf32>
          %v519 = llvm.load %v94 : !llvm.ptr -> f32
          %v520 = arith.mulf %v512, %v162 fastmath<contract> : f32
          %v521 = arith.addf %v519, %v520 fastmath<contract> : f32
          %v522 = arith.mulf %v514, %v164 fastmath<contract> : f32
          %v523 = arith.addf %v521, %v522 fastmath<contract> : f32
          %v524 = arith.mulf %v516, %v166 fastmath<contract> : f32
          %v525 = arith.addf %v523, %v524 fastmath<contract> : f32
          %v526 = arith.mulf %v518, %v168 fastmath<contract> : f32
          %v527 = arith.addf %v525, %v526 fastmath<contract> : f32
          llvm.store %v527, %v94 : f32, !llvm.ptr
          %v528 = llvm.load %v98 : !llvm.ptr -> f32
          %v529 = arith.mulf %v512, %v170 fastmath<contract> : f32
          %v530 = arith.addf %v528, %v529 fastmath<contract> : f32
          %v531 = arith.mulf %v514, %v172 fastmath<contract> : f32
          %v532 = arith.addf %v530, %v531 fastmath<contract> : f32
          %v533 = arith.mulf %v516, %v174 fastmath<contract> : f32
          %v534 = arith.addf %v532, %v533 fastmath<contract> : f32
          %v535 = arith.mulf %v518, %v176 fastmath<contract> : f32
          %v536 = arith.addf %v534, %v535 fastmath<contract> : f32
          llvm.store %v536, %v98 : f32, !llvm.ptr
          %v537 = llvm.load %v102 : !llvm.ptr -> f32
          %v538 = arith.mulf %v512, %v178 fastmath<contract> : f32
          %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
          %v540 = arith.mulf %v514, %v180 fastmath<contract> : f32
          %v541 = arith.addf %v539, %v540 fastmath<contract> : f32
          %v542 = arith.mulf %v516, %v182 fastmath<contract> : f32
          %v543 = arith.addf %v541, %v542 fastmath<contract> : f32
          %v544 = arith.mulf %v518, %v184 fastmath<contract> : f32
          %v545 = arith.addf %v543, %v544 fastmath<contract> : f32
          llvm.store %v545, %v102 : f32, !llvm.ptr
          %v546 = llvm.load %v106 : !llvm.ptr -> f32
          %v547 = arith.mulf %v512, %v186 fastmath<contract> : f32
          %v548 = arith.addf %v546, %v547 fastmath<contract> : f32
          %v549 = arith.mulf %v514, %v188 fastmath<contract> : f32
          %v550 = arith.addf %v548, %v549 fastmath<contract> : f32
          %v551 = arith.mulf %v516, %v190 fastmath<contract> : f32
          %v552 = arith.addf %v550, %v551 fastmath<contract> : f32
          %v553 = arith.mulf %v518, %v192 fastmath<contract> : f32
          %v554 = arith.addf %v552, %v553 fastmath<contract> : f32
          llvm.store %v554, %v106 : f32, !llvm.ptr
          %v555 = llvm.load %v110 : !llvm.ptr -> f32
          %v556 = arith.mulf %v512, %v194 fastmath<contract> : f32
          %v557 = arith.addf %v555, %v556 fastmath<contract> : f32
          %v558 = arith.mulf %v514, %v196 fastmath<contract> : f32
          %v559 = arith.addf %v557, %v558 fastmath<contract> : f32
          %v560 = arith.mulf %v516, %v198 fastmath<contract> : f32
          %v561 = arith.addf %v559, %v560 fastmath<contract> : f32
          %v562 = arith.mulf %v518, %v200 fastmath<contract> : f32
          %v563 = arith.addf %v561, %v562 fastmath<contract> : f32
          llvm.store %v563, %v110 : f32, !llvm.ptr
          %v564 = llvm.load %v114 : !llvm.ptr -> f32
          %v565 = arith.mulf %v512, %v202 fastmath<contract> : f32
          %v566 = arith.addf %v564, %v565 fastmath<contract> : f32
          %v567 = arith.mulf %v514, %v204 fastmath<contract> : f32
          %v568 = arith.addf %v566, %v567 fastmath<contract> : f32
          %v569 = arith.mulf %v516, %v206 fastmath<contract> : f32
          %v570 = arith.addf %v568, %v569 fastmath<contract> : f32
          %v571 = arith.mulf %v518, %v208 fastmath<contract> : f32
          %v572 = arith.addf %v570, %v571 fastmath<contract> : f32
          llvm.store %v572, %v114 : f32, !llvm.ptr
          %v573 = llvm.load %v118 : !llvm.ptr -> f32
          %v574 = arith.mulf %v512, %v210 fastmath<contract> : f32
          %v575 = arith.addf %v573, %v574 fastmath<contract> : f32
          %v576 = arith.mulf %v514, %v212 fastmath<contract> : f32
          %v577 = arith.addf %v575, %v576 fastmath<contract> : f32
          %v578 = arith.mulf %v516, %v214 fastmath<contract> : f32
          %v579 = arith.addf %v577, %v578 fastmath<contract> : f32
          %v580 = arith.mulf %v518, %v216 fastmath<contract> : f32
          %v581 = arith.addf %v579, %v580 fastmath<contract> : f32
          llvm.store %v581, %v118 : f32, !llvm.ptr
          %v582 = llvm.load %v122 : !llvm.ptr -> f32
          %v583 = arith.mulf %v512, %v218 fastmath<contract> : f32
          %v584 = arith.addf %v582, %v583 fastmath<contract> : f32
          %v585 = arith.mulf %v514, %v220 fastmath<contract> : f32
          %v586 = arith.addf %v584, %v585 fastmath<contract> : f32
          %v587 = arith.mulf %v516, %v222 fastmath<contract> : f32
          %v588 = arith.addf %v586, %v587 fastmath<contract> : f32
          %v589 = arith.mulf %v518, %v224 fastmath<contract> : f32
          %v590 = arith.addf %v588, %v589 fastmath<contract> : f32
          llvm.store %v590, %v122 : f32, !llvm.ptr
          %v591 = llvm.fmul %v142, %v160 : vector<4xf32>
          %v592 = llvm.select %v134, %v591, %v39 : i1, vector<4xf32>
          %v593 = llvm.mlir.constant(0 : i32) : i32
          %v594 = llvm.extractelement %v592[%v593 : i32] : vector<4xf32>
          %v595 = llvm.mlir.constant(1 : i32) : i32
          %v596 = llvm.extractelement %v592[%v595 : i32] : vector<4xf32>
          %v597 = llvm.mlir.constant(2 : i32) : i32
          %v598 = llvm.extractelement %v592[%v597 : i32] : vector<4xf32>
          %v599 = llvm.mlir.constant(3 : i32) : i32
          %v600 = llvm.extractelement %v592[%v599 : i32] : vector<4xf32>
          %v601 = llvm.load %v95 : !llvm.ptr -> f32
          %v602 = arith.mulf %v594, %v162 fastmath<contract> : f32
          %v603 = arith.addf %v601, %v602 fastmath<contract> : f32
          %v604 = arith.mulf %v596, %v164 fastmath<contract> : f32
          %v605 = arith.addf %v603, %v604 fastmath<contract> : f32
          %v606 = arith.mulf %v598, %v166 fastmath<contract> : f32
          %v607 = arith.addf %v605, %v606 fastmath<contract> : f32
          %v608 = arith.mulf %v600, %v168 fastmath<contract> : f32
          %v609 = arith.addf %v607, %v608 fastmath<contract> : f32
          llvm.store %v609, %v95 : f32, !llvm.ptr
          %v610 = llvm.load %v99 : !llvm.ptr -> f32
          %v611 = arith.mulf %v594, %v170 fastmath<contract> : f32
          %v612 = arith.addf %v610, %v611 fastmath<contract> : f32
          %v613 = arith.mulf %v596, %v172 fastmath<contract> : f32
          %v614 = arith.addf %v612, %v613 fastmath<contract> : f32
          %v615 = arith.mulf %v598, %v174 fastmath<contract> : f32
          %v616 = arith.addf %v614, %v615 fastmath<contract> : f32
          %v617 = arith.mulf %v600, %v176 fastmath<contract> : f32
          %v618 = arith.addf %v616, %v617 fastmath<contract> : f32
          llvm.store %v618, %v99 : f32, !llvm.ptr
          %v619 = llvm.load %v103 : !llvm.ptr -> f32
          %v620 = arith.mulf %v594, %v178 fastmath<contract> : f32
          %v621 = arith.addf %v619, %v620 fastmath<contract> : f32
          %v622 = arith.mulf %v596, %v180 fastmath<contract> : f32
          %v623 = arith.addf %v621, %v622 fastmath<contract> : f32
          %v624 = arith.mulf %v598, %v182 fastmath<contract> : f32
          %v625 = arith.addf %v623, %v624 fastmath<contract> : f32
          %v626 = arith.mulf %v600, %v184 fastmath<contract> : f32
          %v627 = arith.addf %v625, %v626 fastmath<contract> : f32
          llvm.store %v627, %v103 : f32, !llvm.ptr
          %v628 = llvm.load %v107 : !llvm.ptr -> f32
          %v629 = arith.mulf %v594, %v186 fastmath<contract> : f32
          %v630 = arith.addf %v628, %v629 fastmath<contract> : f32
          %v631 = arith.mulf %v596, %v188 fastmath<contract> : f32
          %v632 = arith.addf %v630, %v631 fastmath<contract> : f32
          %v633 = arith.mulf %v598, %v190 fastmath<contract> : f32
          %v634 = arith.addf %v632, %v633 fastmath<contract> : f32
          %v635 = arith.mulf %v600, %v192 fastmath<contract> : f32
          %v636 = arith.addf %v634, %v635 fastmath<contract> : f32
          llvm.store %v636, %v107 : f32, !llvm.ptr
          %v637 = llvm.load %v111 : !llvm.ptr -> f32
          %v638 = arith.mulf %v594, %v194 fastmath<contract> : f32
          %v639 = arith.addf %v637, %v638 fastmath<contract> : f32
          %v640 = arith.mulf %v596, %v196 fastmath<contract> : f32
          %v641 = arith.addf %v639, %v640 fastmath<contract> : f32
          %v642 = arith.mulf %v598, %v198 fastmath<contract> : f32
          %v643 = arith.addf %v641, %v642 fastmath<contract> : f32
          %v644 = arith.mulf %v600, %v200 fastmath<contract> : f32
          %v645 = arith.addf %v643, %v644 fastmath<contract> : f32
          llvm.store %v645, %v111 : f32, !llvm.ptr
          %v646 = llvm.load %v115 : !llvm.ptr -> f32
          %v647 = arith.mulf %v594, %v202 fastmath<contract> : f32
          %v648 = arith.addf %v646, %v647 fastmath<contract> : f32
          %v649 = arith.mulf %v596, %v204 fastmath<contract> : f32
          %v650 = arith.addf %v648, %v649 fastmath<contract> : f32
          %v651 = arith.mulf %v598, %v206 fastmath<contract> : f32
          %v652 = arith.addf %v650, %v651 fastmath<contract> : f32
          %v653 = arith.mulf %v600, %v208 fastmath<contract> : f32
          %v654 = arith.addf %v652, %v653 fastmath<contract> : f32
          llvm.store %v654, %v115 : f32, !llvm.ptr
          %v655 = llvm.load %v119 : !llvm.ptr -> f32
          %v656 = arith.mulf %v594, %v210 fastmath<contract> : f32
          %v657 = arith.addf %v655, %v656 fastmath<contract> : f32
          %v658 = arith.mulf %v596, %v212 fastmath<contract> : f32
          %v659 = arith.addf %v657, %v658 fastmath<contract> : f32
          %v660 = arith.mulf %v598, %v214 fastmath<contract> : f32
          %v661 = arith.addf %v659, %v660 fastmath<contract> : f32
          %v662 = arith.mulf %v600, %v216 fastmath<contract> : f32
          %v663 = arith.addf %v661, %v662 fastmath<contract> : f32
          llvm.store %v663, %v119 : f32, !llvm.ptr
          %v664 = llvm.load %v123 : !llvm.ptr -> f32
          %v665 = arith.mulf %v594, %v218 fastmath<contract> : f32
          %v666 = arith.addf %v664, %v665 fastmath<contract> : f32
          %v667 = arith.mulf %v596, %v220 fastmath<contract> : f32
          %v668 = arith.addf %v666, %v667 fastmath<contract> : f32
          %v669 = arith.mulf %v598, %v222 fastmath<contract> : f32
          %v670 = arith.addf %v668, %v669 fastmath<contract> : f32
          %v671 = arith.mulf %v600, %v224 fastmath<contract> : f32
          %v672 = arith.addf %v670, %v671 fastmath<contract> : f32
          llvm.store %v672, %v123 : f32, !llvm.ptr
        }
        %v673 = llvm.load %v92 : !llvm.ptr -> f32
        %v674 = llvm.load %v93 : !llvm.ptr -> f32
        %v675 = llvm.load %v94 : !llvm.ptr -> f32
        %v676 = llvm.load %v95 : !llvm.ptr -> f32
        %v677 = llvm.load %v96 : !llvm.ptr -> f32
        %v678 = llvm.load %v97 : !llvm.ptr -> f32
        %v679 = llvm.load %v98 : !llvm.ptr -> f32
        %v680 = llvm.load %v99 : !llvm.ptr -> f32
        %v681 = llvm.load %v100 : !llvm.ptr -> f32
        %v682 = llvm.load %v101 : !llvm.ptr -> f32
        %v683 = llvm.load %v102 : !llvm.ptr -> f32
        %v684 = llvm.load %v103 : !llvm.ptr -> f32
        %v685 = llvm.load %v104 : !llvm.ptr -> f32
        %v686 = llvm.load %v105 : !llvm.ptr -> f32
        %v687 = llvm.load %v106 : !llvm.ptr -> f32
        %v688 = llvm.load %v107 : !llvm.ptr -> f32
        %v689 = llvm.load %v108 : !llvm.ptr -> f32
        %v690 = llvm.load %v109 : !llvm.ptr -> f32
        %v691 = llvm.load %v110 : !llvm.ptr -> f32
        %v692 = llvm.load %v111 : !llvm.ptr -> f32
        %v693 = llvm.load %v112 : !llvm.ptr -> f32
        %v694 = llvm.load %v113 : !llvm.ptr -> f32
        %v695 = llvm.load %v114 : !llvm.ptr -> f32
        %v696 = llvm.load %v115 : !llvm.ptr -> f32
        %v697 = llvm.load %v116 : !llvm.ptr -> f32
        %v698 = llvm.load %v117 : !llvm.ptr -> f32
        %v699 = llvm.load %v118 : !llvm.ptr -> f32
        %v700 = llvm.load %v119 : !llvm.ptr -> f32
        %v701 = llvm.load %v120 : !llvm.ptr -> f32
        %v702 = llvm.load %v121 : !llvm.ptr -> f32
        %v703 = llvm.load %v122 : !llvm.ptr -> f32
        %v704 = llvm.load %v123 : !llvm.ptr -> f32
        %v705 = arith.constant 32 : i32
        %v706 = arith.constant 16 : i32
        %v708 = arith.andi %v10, %v707 : i64
        %v709 = arith.cmpi ne, %v708, %v12 : i64
        %v710 = arith.select %v709, %v673, %v689 : f32
        %v711 = arith.select %v709, %v689, %v673 : f32
        %v712, %v713 = gpu.shuffle xor %v710, %v706, %v705 : f32
        %v714 = arith.addf %v711, %v712 fastmath<contract> : f32
        %v715 = arith.select %v709, %v674, %v690 : f32
        %v716 = arith.select %v709, %v690, %v674 : f32
        %v717, %v718 = gpu.shuffle xor %v715, %v706, %v705 : f32
        %v719 = arith.addf %v716, %v717 fastmath<contract> : f32
        %v720 = arith.select %v709, %v675, %v691 : f32
        %v721 = arith.select %v709, %v691, %v675 : f32
        %v722, %v723 = gpu.shuffle xor %v720, %v706, %v705 : f32
        %v724 = arith.addf %v721, %v722 fastmath<contract> : f32
        %v725 = arith.select %v709, %v676, %v692 : f32
        %v726 = arith.select %v709, %v692, %v676 : f32
        %v727, %v728 = gpu.shuffle xor %v725, %v706, %v705 : f32
        %v729 = arith.addf %v726, %v727 fastmath<contract> : f32
        %v730 = arith.select %v709, %v677, %v693 : f32
        %v731 = arith.select %v709, %v693, %v677 : f32
        %v732, %v733 = gpu.shuffle xor %v730, %v706, %v705 : f32
        %v734 = arith.addf %v731, %v732 fastmath<contract> : f32
        %v735 = arith.select %v709, %v678, %v694 : f32
        %v736 = arith.select %v709, %v694, %v678 : f32
        %v737, %v738 = gpu.shuffle xor %v735, %v706, %v705 : f32
        %v739 = arith.addf %v736, %v737 fastmath<contract> : f32
        %v740 = arith.select %v709, %v679, %v695 : f32
        %v741 = arith.select %v709, %v695, %v679 : f32
        %v742, %v743 = gpu.shuffle xor %v740, %v706, %v705 : f32
        %v744 = arith.addf %v741, %v742 fastmath<contract> : f32
        %v745 = arith.select %v709, %v680, %v696 : f32
        %v746 = arith.select %v709, %v696, %v680 : f32
        %v747, %v748 = gpu.shuffle xor %v745, %v706, %v705 : f32
        %v749 = arith.addf %v746, %v747 fastmath<contract> : f32
        %v750 = arith.select %v709, %v681, %v697 : f32
        %v751 = arith.select %v709, %v697, %v681 : f32
        %v752, %v753 = gpu.shuffle xor %v750, %v706, %v705 : f32
        %v754 = arith.addf %v751, %v752 fastmath<contract> : f32
        %v755 = arith.select %v709, %v682, %v698 : f32
        %v756 = arith.select %v709, %v698, %v682 : f32
        %v757, %v758 = gpu.shuffle xor %v755, %v706, %v705 : f32
        %v759 = arith.addf %v756, %v757 fastmath<contract> : f32
        %v760 = arith.select %v709, %v683, %v699 : f32
        %v761 = arith.select %v709, %v699, %v683 : f32
        %v762, %v763 = gpu.shuffle xor %v760, %v706, %v705 : f32
        %v764 = arith.addf %v761, %v762 fastmath<contract> : f32
        %v765 = arith.select %v709, %v684, %v700 : f32
        %v766 = arith.select %v709, %v700, %v684 : f32
        %v767, %v768 = gpu.shuffle xor %v765, %v706, %v705 : f32
        %v769 = arith.addf %v766, %v767 fastmath<contract> : f32
        %v770 = arith.select %v709, %v685, %v701 : f32
        %v771 = arith.select %v709, %v701, %v685 : f32
        %v772, %v773 = gpu.shuffle xor %v770, %v706, %v705 : f32
        %v774 = arith.addf %v771, %v772 fastmath<contract> : f32
        %v775 = arith.select %v709, %v686, %v702 : f32
        %v776 = arith.select %v709, %v702, %v686 : f32
        %v777, %v778 = gpu.shuffle xor %v775, %v706, %v705 : f32
        %v779 = arith.addf %v776, %v777 fastmath<contract> : f32
        %v780 = arith.select %v709, %v687, %v703 : f32
        %v781 = arith.select %v709, %v703, %v687 : f32
        %v782, %v783 = gpu.shuffle xor %v780, %v706, %v705 : f32
        %v784 = arith.addf %v781, %v782 fastmath<contract> : f32
        %v785 = arith.select %v709, %v688, %v704 : f32
        %v786 = arith.select %v709, %v704, %v688 : f32
        %v787, %v788 = gpu.shuffle xor %v785, %v706, %v705 : f32
        %v789 = arith.addf %v786, %v787 fastmath<contract> : f32
        %v790 = arith.select %v709, %v707, %v12 : i64
        %v791 = arith.constant 8 : i32
        %v792 = arith.andi %v10, %v14 : i64
        %v793 = arith.cmpi ne, %v792, %v12 : i64
        %v794 = arith.select %v793, %v714, %v754 : f32
        %v795 = arith.select %v793, %v754, %v714 : f32
        %v796, %v797 = gpu.shuffle xor %v794, %v791, %v705 : f32
        %v798 = arith.addf %v795, %v796 fastmath<contract> : f32
        %v799 = arith.select %v793, %v719, %v759 : f32
        %v800 = arith.select %v793, %v759, %v719 : f32
        %v801, %v802 = gpu.shuffle xor %v799, %v791, %v705 : f32
        %v803 = arith.addf %v800, %v801 fastmath<contract> : f32
        %v804 = arith.select %v793, %v724, %v764 : f32
        %v805 = arith.select %v793, %v764, %v724 : f32
        %v806, %v807 = gpu.shuffle xor %v804, %v791, %v705 : f32
        %v808 = arith.addf %v805, %v806 fastmath<contract> : f32
        %v809 = arith.select %v793, %v729, %v769 : f32
        %v810 = arith.select %v793, %v769, %v729 : f32
        %v811, %v812 = gpu.shuffle xor %v809, %v791, %v705 : f32
        %v813 = arith.addf %v810, %v811 fastmath<contract> : f32
        %v814 = arith.select %v793, %v734, %v774 : f32
        %v815 = arith.select %v793, %v774, %v734 : f32
        %v816, %v817 = gpu.shuffle xor %v814, %v791, %v705 : f32
        %v818 = arith.addf %v815, %v816 fastmath<contract> : f32
        %v819 = arith.select %v793, %v739, %v779 : f32
        %v820 = arith.select %v793, %v779, %v739 : f32
        %v821, %v822 = gpu.shuffle xor %v819, %v791, %v705 : f32
        %v823 = arith.addf %v820, %v821 fastmath<contract> : f32
        %v824 = arith.select %v793, %v744, %v784 : f32
        %v825 = arith.select %v793, %v784, %v744 : f32
        %v826, %v827 = gpu.shuffle xor %v824, %v791, %v705 : f32
        %v828 = arith.addf %v825, %v826 fastmath<contract> : f32
        %v829 = arith.select %v793, %v749, %v789 : f32
        %v830 = arith.select %v793, %v789, %v749 : f32
        %v831, %v832 = gpu.shuffle xor %v829, %v791, %v705 : f32
        %v833 = arith.addf %v830, %v831 fastmath<contract> : f32
        %v834 = arith.select %v793, %v14, %v12 : i64
        %v835 = arith.addi %v790, %v834 : i64
        %v836 = arith.constant 4 : i32
        %v837 = arith.andi %v10, %v13 : i64
        %v838 = arith.cmpi ne, %v837, %v12 : i64
        %v839 = arith.select %v838, %v798, %v818 : f32
        %v840 = arith.select %v838, %v818, %v798 : f32
        %v841, %v842 = gpu.shuffle xor %v839, %v836, %v705 : f32
        %v843 = arith.addf %v840, %v841 fastmath<contract> : f32
        %v844 = arith.select %v838, %v803, %v823 : f32
        %v845 = arith.select %v838, %v823, %v803 : f32
        %v846, %v847 = gpu.shuffle xor %v844, %v836, %v705 : f32
        %v848 = arith.addf %v845, %v846 fastmath<contract> : f32
        %v849 = arith.select %v838, %v808, %v828 : f32
        %v850 = arith.select %v838, %v828, %v808 : f32
        %v851, %v852 = gpu.shuffle xor %v849, %v836, %v705 : f32
        %v853 = arith.addf %v850, %v851 fastmath<contract> : f32
        %v854 = arith.select %v838, %v813, %v833 : f32
        %v855 = arith.select %v838, %v833, %v813 : f32
        %v856, %v857 = gpu.shuffle xor %v854, %v836, %v705 : f32
        %v858 = arith.addf %v855, %v856 fastmath<contract> : f32
        %v859 = arith.select %v838, %v13, %v12 : i64
        %v860 = arith.addi %v835, %v859 : i64
        %v861 = arith.constant 2 : i32
        %v862 = arith.andi %v10, %v49 : i64
        %v863 = arith.cmpi ne, %v862, %v12 : i64
        %v864 = arith.select %v863, %v843, %v853 : f32
        %v865 = arith.select %v863, %v853, %v843 : f32
        %v866, %v867 = gpu.shuffle xor %v864, %v861, %v705 : f32
        %v868 = arith.addf %v865, %v866 fastmath<contract> : f32
        %v869 = arith.select %v863, %v848, %v858 : f32
        %v870 = arith.select %v863, %v858, %v848 : f32
        %v871, %v872 = gpu.shuffle xor %v869, %v861, %v705 : f32
        %v873 = arith.addf %v870, %v871 fastmath<contract> : f32
        %v874 = arith.select %v863, %v49, %v12 : i64
        %v875 = arith.addi %v860, %v874 : i64
        %v876 = arith.constant 1 : i32
        %v877 = arith.andi %v10, %v11 : i64
        %v878 = arith.cmpi ne, %v877, %v12 : i64
        %v879 = arith.select %v878, %v868, %v873 : f32
        %v880 = arith.select %v878, %v873, %v868 : f32
        %v881, %v882 = gpu.shuffle xor %v879, %v876, %v705 : f32
        %v883 = arith.addf %v880, %v881 fastmath<contract> : f32
        %v884 = arith.select %v878, %v11, %v12 : i64
        %v885 = arith.addi %v875, %v884 : i64
        %v886 = arith.divsi %v885, %v13 : i64
        %v887 = arith.remsi %v885, %v13 : i64
        %v888 = arith.addi %v21, %v887 : i64
        %v889 = arith.addi %v20, %v886 : i64
        %v890 = llvm.load %v124 : !llvm.ptr -> f32
        %v891 = llvm.load %v125 : !llvm.ptr -> f32
        %v892 = llvm.load %v126 : !llvm.ptr -> f32
        %v893 = llvm.load %v127 : !llvm.ptr -> f32
        %v894 = llvm.load %v128 : !llvm.ptr -> f32
        %v895 = llvm.load %v129 : !llvm.ptr -> f32
        %v896 = llvm.load %v130 : !llvm.ptr -> f32
        %v897 = llvm.load %v131 : !llvm.ptr -> f32
        %v898 = arith.constant 32 : i32
        %v899 = arith.constant 16 : i32
        %v900 = arith.andi %v10, %v707 : i64
        %v901 = arith.cmpi ne, %v900, %v12 : i64
        %v902 = arith.select %v901, %v890, %v894 : f32
        %v903 = arith.select %v901, %v894, %v890 : f32
        %v904, %v905 = gpu.shuffle xor %v902, %v899, %v898 : f32
        %v906 = arith.addf %v903, %v904 fastmath<contract> : f32
        %v907 = arith.select %v901, %v891, %v895 : f32
        %v908 = arith.select %v901, %v895, %v891 : f32
        %v909, %v910 = gpu.shuffle xor %v907, %v899, %v898 : f32
        %v911 = arith.addf %v908, %v909 fastmath<contract> : f32
        %v912 = arith.select %v901, %v892, %v896 : f32
        %v913 = arith.select %v901, %v896, %v892 : f32
        %v914, %v915 = gpu.shuffle xor %v912, %v899, %v898 : f32
        %v916 = arith.addf %v913, %v914 fastmath<contract> : f32
        %v917 = arith.select %v901, %v893, %v897 : f32
        %v918 = arith.select %v901, %v897, %v893 : f32
        %v919, %v920 = gpu.shuffle xor %v917, %v899, %v898 : f32
        %v921 = arith.addf %v918, %v919 fastmath<contract> : f32
        %v922 = arith.select %v901, %v13, %v12 : i64
        %v923 = arith.constant 8 : i32
        %v924 = arith.andi %v10, %v14 : i64
        %v925 = arith.cmpi ne, %v924, %v12 : i64
        %v926 = arith.select %v925, %v906, %v916 : f32
        %v927 = arith.select %v925, %v916, %v906 : f32
        %v928, %v929 = gpu.shuffle xor %v926, %v923, %v898 : f32
        %v930 = arith.addf %v927, %v928 fastmath<contract> : f32
        %v931 = arith.select %v925, %v911, %v921 : f32
        %v932 = arith.select %v925, %v921, %v911 : f32
        %v933, %v934 = gpu.shuffle xor %v931, %v923, %v898 : f32
        %v935 = arith.addf %v932, %v933 fastmath<contract> : f32
        %v936 = arith.select %v925, %v49, %v12 : i64
        %v937 = arith.addi %v922, %v936 : i64
        %v938 = arith.constant 4 : i32
        %v939 = arith.andi %v10, %v13 : i64
        %v940 = arith.cmpi ne, %v939, %v12 : i64
        %v941 = arith.select %v940, %v930, %v935 : f32
        %v942 = arith.select %v940, %v935, %v930 : f32
        %v943, %v944 = gpu.shuffle xor %v941, %v938, %v898 : f32
        %v945 = arith.addf %v942, %v943 fastmath<contract> : f32
        %v946 = arith.select %v940, %v11, %v12 : i64
        %v947 = arith.addi %v937, %v946 : i64
        %v948 = arith.constant 2 : i32
        %v949, %v950 = gpu.shuffle xor %v945, %v948, %v898 : f32
        %v951 = arith.addf %v945, %v949 fastmath<contract> : f32
        %v952 = arith.constant 1 : i32
        %v953, %v954 = gpu.shuffle xor %v951, %v952, %v898 : f32
        %v955 = arith.addf %v951, %v953 fastmath<contract> : f32
        %v956 = arith.sitofp %k : i64 to f32
        %v957 = arith.divf %v955, %v956 : f32
        %v958 = arith.addf %v957, %eps fastmath<contract> : f32
        %v959 = llvm.call_intrinsic "llvm.sqrt.f32"(%v958) : (f32) -> f32
        %v961 = arith.divf %v960, %v959 : f32
        %v962 = arith.mulf %v883, %v961 fastmath<contract> : f32
        %v963 = arith.andi %v10, %v12 : i64
        %v964 = arith.cmpi eq, %v963, %v12 : i64
        %v965 = arith.cmpi slt, %v888, %n : i64
        %v966 = arith.cmpi slt, %v889, %m : i64
        %v967 = arith.andi %v965, %v966 : i1
        %v968 = arith.andi %v967, %v964 : i1
        scf.if %v968 {
          llvm.store %v962, %v969 : f32, !llvm.ptr
          %v970 = llvm.mlir.zero : !llvm.ptr
          %v971 = llvm.icmp "ne" %bias, %v970 : !llvm.ptr
          scf.if %v971 {
            %v972 = llvm.getelementptr %bias[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v973 = llvm.load %v972 : !llvm.ptr -> f32
            %v974 = llvm.load %v969 : !llvm.ptr -> f32
            %v975 = arith.addf %v974, %v973 fastmath<contract> : f32
            llvm.store %v975, %v969 : f32, !llvm.ptr
          }
          %v976 = llvm.mlir.zero : !llvm.ptr
          %v977 = llvm.icmp "ne" %add, %v976 : !llvm.ptr
          scf.if %v977 {
            %v978 = arith.muli %v889, %add_stride : i64
            %v979 = arith.addi %v978, %v888 : i64
            %v980 = llvm.getelementptr %add[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v981 = llvm.load %v980 : !llvm.ptr -> f32
            %v982 = llvm.load %v969 : !llvm.ptr -> f32
            %v983 = arith.addf %v982, %v981 fastmath<contract> : f32
            llvm.store %v983, %v969 : f32, !llvm.ptr
          }
          %v984 = llvm.load %v969 : !llvm.ptr -> f32
          %v985 = arith.cmpi slt, %v888, %split1 : i64
          %v986 = arith.cmpi slt, %v888, %split2 : i64
          %v987 = arith.muli %m, %split1 : i64
          %v988 = arith.muli %m, %split2 : i64
          %v989 = arith.select %v986, %v987, %v988 : i64
          %v990 = arith.select %v985, %v12, %v989 : i64
          %v991 = arith.subi %split2, %split1 : i64
          %v992 = arith.subi %n, %split2 : i64
          %v993 = arith.select %v986, %v991, %v992 : i64
          %v994 = arith.select %v985, %split1, %v993 : i64
          %v995 = arith.select %v986, %split1, %split2 : i64
          %v996 = arith.select %v985, %v12, %v995 : i64
          %v997 = arith.muli %v889, %v994 : i64
          %v998 = arith.subi %v888, %v996 : i64
          %v999 = arith.addi %v990, %v997 : i64
          %v1000 = arith.addi %v999, %v998 : i64
          %v1001 = llvm.getelementptr %out[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v984, %v1001 : f32, !llvm.ptr
          %v1002 = llvm.mlir.zero : !llvm.ptr
          %v1003 = llvm.icmp "ne" %conv_w, %v1002 : !llvm.ptr
          %v1004 = arith.andi %v1003, %v985 : i1
          scf.if %v1004 {
            %v1005 = arith.subi %conv_k, %v11 : i64
            llvm.store %v41, %v1006 : f32, !llvm.ptr
            %v1007 = llvm.mlir.zero : !llvm.ptr
            %v1008 = llvm.icmp "ne" %conv_b, %v1007 : !llvm.ptr
            scf.if %v1008 {
              %v1009 = llvm.getelementptr %conv_b[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
              llvm.store %v1010, %v1006 : f32, !llvm.ptr
            }
            %v1011 = arith.muli %v888, %conv_k : i64
            %v1012 = arith.muli %v889, %v1005 : i64
            scf.for %v1013 = %v12 to %v1005 step %v11 : i64 {
              %v1014 = arith.addi %v1012, %v1013 : i64
              %v1015 = arith.muli %v1014, %split1 : i64
              %v1016 = arith.addi %v1015, %v888 : i64
              %v1017 = llvm.getelementptr %conv_win[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
              %v1019 = arith.addi %v1011, %v1013 : i64
              %v1020 = llvm.getelementptr %conv_w[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
              %v1022 = arith.mulf %v1021, %v1018 fastmath<contract> : f32
              %v1023 = llvm.load %v1006 : !llvm.ptr -> f32
              %v1024 = arith.addf %v1023, %v1022 fastmath<contract> : f32
              llvm.store %v1024, %v1006 : f32, !llvm.ptr
            }
            %v1025 = arith.addi %v1011, %v1005 : i64
            %v1026 = llvm.getelementptr %conv_w[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
            %v1028 = arith.mulf %v1027, %v984 fastmath<contract> : f32
            %v1029 = llvm.load %v1006 : !llvm.ptr -> f32
            %v1030 = arith.addf %v1029, %v1028 fastmath<contract> : f32
            %v1031 = arith.negf %v1030 : f32
            %v1033 = arith.mulf %v1031, %v1032 fastmath<contract> : f32
            %v1034 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1033) : (f32) -> f32
            %v1035 = arith.addf %v960, %v1034 fastmath<contract> : f32
            %v1036 = arith.divf %v960, %v1035 : f32
            %v1037 = arith.mulf %v1030, %v1036 fastmath<contract> : f32
            %v1038 = arith.cmpi eq, %conv_act, %v11 : i64
            %v1039 = arith.select %v1038, %v1037, %v1030 : f32
            %v1040 = arith.muli %v889, %split1 : i64
            %v1041 = arith.addi %v1040, %v888 : i64
            %v1042 = llvm.getelementptr %conv_out[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1039, %v1042 : f32, !llvm.ptr
            %v1043 = arith.subi %v1005, %v11 : i64
            scf.for %v1044 = %v12 to %v1043 step %v11 : i64 {
              %v1045 = arith.addi %v1012, %v1044 : i64
              %v1046 = arith.muli %v1045, %split1 : i64
              %v1047 = arith.addi %v1046, %v888 : i64
              %v1048 = arith.addi %v1047, %split1 : i64
              %v1049 = llvm.getelementptr %conv_win[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
              %v1051 = llvm.getelementptr %conv_win[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1050, %v1051 : f32, !llvm.ptr
            }
            %v1052 = arith.cmpi slt, %v12, %v1005 : i64
            scf.if %v1052 {
              %v1053 = arith.addi %v1012, %v1043 : i64
              %v1054 = arith.muli %v1053, %split1 : i64
              %v1055 = arith.addi %v1054, %v888 : i64
              %v1056 = llvm.getelementptr %conv_win[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v984, %v1056 : f32, !llvm.ptr
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
      %v28 = arith.constant 2 : i64
      %v30 = arith.constant 128 : i64
      %v32 = arith.constant 4096 : i64
      %v42 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 3 : i64
      %v63 = arith.constant 5 : i64
      %v68 = arith.constant 6 : i64
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
      %v120 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v121 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v122 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v123 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v124 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v125 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v126 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v127 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v128 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v129 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v130 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v131 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v719 = arith.constant 16 : i64
      %v972 = arith.constant 0x3F800000 : f32
      %v981 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1018 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1044 = arith.constant 0x3FB8AA3B : f32
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
        %v23 = arith.subi %n, %v21 : i64
        %v24 = arith.minsi %v23, %v13 : i64
        %v25 = arith.muli %v21, %k : i64
        %v26 = llvm.getelementptr %w[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v27 = arith.muli %v24, %k : i64
        %v29 = arith.muli %v27, %v28 : i64
        %v31 = arith.muli %v10, %v30 : i64
        scf.for %v33 = %v31 to %v29 step %v32 : i64 {
          %v34 = llvm.getelementptr %v26[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v34 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v35 = arith.cmpi slt, %v21, %n : i64
      scf.if %v35 {
        %v36 = arith.subi %m, %v11 : i64
        %v37 = arith.subi %n, %v11 : i64
        %v38 = arith.subi %k, %v13 : i64
        %v39 = arith.muli %v10, %v13 : i64
        %v40 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v41 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v43 = arith.minsi %v20, %v36 : i64
        %v44 = arith.muli %v43, %x_stride : i64
        %v45 = llvm.getelementptr %x[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v46 = arith.addi %v20, %v11 : i64
        %v47 = arith.minsi %v46, %v36 : i64
        %v48 = arith.muli %v47, %x_stride : i64
        %v49 = llvm.getelementptr %x[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v50 = arith.addi %v20, %v28 : i64
        %v51 = arith.minsi %v50, %v36 : i64
        %v52 = arith.muli %v51, %x_stride : i64
        %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = arith.addi %v20, %v54 : i64
        %v56 = arith.minsi %v55, %v36 : i64
        %v57 = arith.muli %v56, %x_stride : i64
        %v58 = llvm.getelementptr %x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = arith.addi %v20, %v13 : i64
        %v60 = arith.minsi %v59, %v36 : i64
        %v61 = arith.muli %v60, %x_stride : i64
        %v62 = llvm.getelementptr %x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = arith.addi %v20, %v63 : i64
        %v65 = arith.minsi %v64, %v36 : i64
        %v66 = arith.muli %v65, %x_stride : i64
        %v67 = llvm.getelementptr %x[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v69 = arith.addi %v20, %v68 : i64
        %v70 = arith.minsi %v69, %v36 : i64
        %v71 = arith.muli %v70, %x_stride : i64
        %v72 = llvm.getelementptr %x[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = arith.addi %v20, %v15 : i64
        %v74 = arith.minsi %v73, %v36 : i64
        %v75 = arith.muli %v74, %x_stride : i64
        %v76 = llvm.getelementptr %x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v77 = arith.minsi %v21, %v37 : i64
        %v78 = arith.muli %v77, %k : i64
        %v79 = llvm.getelementptr %w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v80 = arith.addi %v21, %v11 : i64
        %v81 = arith.minsi %v80, %v37 : i64
        %v82 = arith.muli %v81, %k : i64
        %v83 = llvm.getelementptr %w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v84 = arith.addi %v21, %v28 : i64
        %v85 = arith.minsi %v84, %v37 : i64
        %v86 = arith.muli %v85, %k : i64
        %v87 = llvm.getelementptr %w[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v88 = arith.addi %v21, %v54 : i64
        %v89 = arith.minsi %v88, %v37 : i64
        %v90 = arith.muli %v89, %k : i64
        %v91 = llvm.getelementptr %w[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v42, %v92 : f32, !llvm.ptr
        llvm.store %v42, %v93 : f32, !llvm.ptr
        llvm.store %v42, %v94 : f32, !llvm.ptr
        llvm.store %v42, %v95 : f32, !llvm.ptr
        llvm.store %v42, %v96 : f32, !llvm.ptr
        llvm.store %v42, %v97 : f32, !llvm.ptr
        llvm.store %v42, %v98 : f32, !llvm.ptr
        llvm.store %v42, %v99 : f32, !llvm.ptr
        llvm.store %v42, %v100 : f32, !llvm.ptr
        llvm.store %v42, %v101 : f32, !llvm.ptr
        llvm.store %v42, %v102 : f32, !llvm.ptr
        llvm.store %v42, %v103 : f32, !llvm.ptr
        llvm.store %v42, %v104 : f32, !llvm.ptr
        llvm.store %v42, %v105 : f32, !llvm.ptr
        llvm.store %v42, %v106 : f32, !llvm.ptr
        llvm.store %v42, %v107 : f32, !llvm.ptr
        llvm.store %v42, %v108 : f32, !llvm.ptr
        llvm.store %v42, %v109 : f32, !llvm.ptr
        llvm.store %v42, %v110 : f32, !llvm.ptr
        llvm.store %v42, %v111 : f32, !llvm.ptr
        llvm.store %v42, %v112 : f32, !llvm.ptr
        llvm.store %v42, %v113 : f32, !llvm.ptr
        llvm.store %v42, %v114 : f32, !llvm.ptr
        llvm.store %v42, %v115 : f32, !llvm.ptr
        llvm.store %v42, %v116 : f32, !llvm.ptr
        llvm.store %v42, %v117 : f32, !llvm.ptr
        llvm.store %v42, %v118 : f32, !llvm.ptr
        llvm.store %v42, %v119 : f32, !llvm.ptr
        llvm.store %v42, %v120 : f32, !llvm.ptr
        llvm.store %v42, %v121 : f32, !llvm.ptr
        llvm.store %v42, %v122 : f32, !llvm.ptr
        llvm.store %v42, %v123 : f32, !llvm.ptr
        llvm.store %v42, %v124 : f32, !llvm.ptr
        llvm.store %v42, %v125 : f32, !llvm.ptr
        llvm.store %v42, %v126 : f32, !llvm.ptr
        llvm.store %v42, %v127 : f32, !llvm.ptr
        llvm.store %v42, %v128 : f32, !llvm.ptr
        llvm.store %v42, %v129 : f32, !llvm.ptr
        llvm.store %v42, %v130 : f32, !llvm.ptr
        llvm.store %v42, %v131 : f32, !llvm.ptr
        scf.for %v132 = %v39 to %k step %v30 : i64 {
          %v133 = arith.minsi %v132, %v38 : i64
          %v134 = arith.cmpi slt, %v132, %k : i64
          %v135 = llvm.getelementptr %v79[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v136 = llvm.load %v135 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v137 = llvm.getelementptr %v83[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v138 = llvm.load %v137 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v139 = llvm.getelementptr %v87[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v140 = llvm.load %v139 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v141 = llvm.getelementptr %v91[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v142 = llvm.load %v141 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v143 = llvm.getelementptr %v45[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v145 = llvm.getelementptr %v49[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v146 = llvm.load %v145 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v147 = llvm.getelementptr %v53[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v149 = llvm.getelementptr %v58[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v150 = llvm.load %v149 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v151 = llvm.getelementptr %v62[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v153 = llvm.getelementptr %v67[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v155 = llvm.getelementptr %v72[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v157 = llvm.getelementptr %v76[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v158 = llvm.load %v157 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v159 = llvm.getelementptr %norm_w[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v161 = llvm.mlir.constant(0 : i32) : i32
          %v162 = llvm.extractelement %v144[%v161 : i32] : vector<4xf32>
          %v163 = llvm.mlir.constant(1 : i32) : i32
          %v164 = llvm.extractelement %v144[%v163 : i32] : vector<4xf32>
          %v165 = llvm.mlir.constant(2 : i32) : i32
          %v166 = llvm.extractelement %v144[%v165 : i32] : vector<4xf32>
          %v167 = llvm.mlir.constant(3 : i32) : i32
          %v168 = llvm.extractelement %v144[%v167 : i32] : vector<4xf32>
          %v169 = llvm.mlir.constant(0 : i32) : i32
          %v170 = llvm.extractelement %v146[%v169 : i32] : vector<4xf32>
          %v171 = llvm.mlir.constant(1 : i32) : i32
          %v172 = llvm.extractelement %v146[%v171 : i32] : vector<4xf32>
          %v173 = llvm.mlir.constant(2 : i32) : i32
          %v174 = llvm.extractelement %v146[%v173 : i32] : vector<4xf32>
          %v175 = llvm.mlir.constant(3 : i32) : i32
          %v176 = llvm.extractelement %v146[%v175 : i32] : vector<4xf32>
          %v177 = llvm.mlir.constant(0 : i32) : i32
          %v178 = llvm.extractelement %v148[%v177 : i32] : vector<4xf32>
          %v179 = llvm.mlir.constant(1 : i32) : i32
          %v180 = llvm.extractelement %v148[%v179 : i32] : vector<4xf32>
          %v181 = llvm.mlir.constant(2 : i32) : i32
          %v182 = llvm.extractelement %v148[%v181 : i32] : vector<4xf32>
          %v183 = llvm.mlir.constant(3 : i32) : i32
          %v184 = llvm.extractelement %v148[%v183 : i32] : vector<4xf32>
          %v185 = llvm.mlir.constant(0 : i32) : i32
          %v186 = llvm.extractelement %v150[%v185 : i32] : vector<4xf32>
          %v187 = llvm.mlir.constant(1 : i32) : i32
          %v188 = llvm.extractelement %v150[%v187 : i32] : vector<4xf32>
          %v189 = llvm.mlir.constant(2 : i32) : i32
          %v190 = llvm.extractelement %v150[%v189 : i32] : vector<4xf32>
          %v191 = llvm.mlir.constant(3 : i32) : i32
          %v192 = llvm.extractelement %v150[%v191 : i32] : vector<4xf32>
          %v193 = llvm.mlir.constant(0 : i32) : i32
          %v194 = llvm.extractelement %v152[%v193 : i32] : vector<4xf32>
          %v195 = llvm.mlir.constant(1 : i32) : i32
          %v196 = llvm.extractelement %v152[%v195 : i32] : vector<4xf32>
          %v197 = llvm.mlir.constant(2 : i32) : i32
          %v198 = llvm.extractelement %v152[%v197 : i32] : vector<4xf32>
          %v199 = llvm.mlir.constant(3 : i32) : i32
          %v200 = llvm.extractelement %v152[%v199 : i32] : vector<4xf32>
          %v201 = llvm.mlir.constant(0 : i32) : i32
          %v202 = llvm.extractelement %v154[%v201 : i32] : vector<4xf32>
          %v203 = llvm.mlir.constant(1 : i32) : i32
          %v204 = llvm.extractelement %v154[%v203 : i32] : vector<4xf32>
          %v205 = llvm.mlir.constant(2 : i32) : i32
          %v206 = llvm.extractelement %v154[%v205 : i32] : vector<4xf32>
          %v207 = llvm.mlir.constant(3 : i32) : i32
          %v208 = llvm.extractelement %v154[%v207 : i32] : vector<4xf32>
          %v209 = llvm.mlir.constant(0 : i32) : i32
          %v210 = llvm.extractelement %v156[%v209 : i32] : vector<4xf32>
          %v211 = llvm.mlir.constant(1 : i32) : i32
          %v212 = llvm.extractelement %v156[%v211 : i32] : vector<4xf32>
          %v213 = llvm.mlir.constant(2 : i32) : i32
          %v214 = llvm.extractelement %v156[%v213 : i32] : vector<4xf32>
          %v215 = llvm.mlir.constant(3 : i32) : i32
          %v216 = llvm.extractelement %v156[%v215 : i32] : vector<4xf32>
          %v217 = llvm.mlir.constant(0 : i32) : i32
          %v218 = llvm.extractelement %v158[%v217 : i32] : vector<4xf32>
          %v219 = llvm.mlir.constant(1 : i32) : i32
          %v220 = llvm.extractelement %v158[%v219 : i32] : vector<4xf32>
          %v221 = llvm.mlir.constant(2 : i32) : i32
          %v222 = llvm.extractelement %v158[%v221 : i32] : vector<4xf32>
          %v223 = llvm.mlir.constant(3 : i32) : i32
          %v224 = llvm.extractelement %v158[%v223 : i32] : vector<4xf32>
          %v225 = llvm.fmul %v144, %v144 : vector<4xf32>
          %v226 = llvm.select %v134, %v225, %v40 : i1, vector<4xf32>
          %v227 = llvm.mlir.constant(0 : i32) : i32
          %v228 = llvm.extractelement %v226[%v227 : i32] : vector<4xf32>
          %v229 = llvm.mlir.constant(1 : i32) : i32
          %v230 = llvm.extractelement %v226[%v229 : i32] : vector<4xf32>
          %v231 = llvm.mlir.constant(2 : i32) : i32
          %v232 = llvm.extractelement %v226[%v231 : i32] : vector<4xf32>
          %v233 = llvm.mlir.constant(3 : i32) : i32
          %v234 = llvm.extractelement %v226[%v233 : i32] : vector<4xf32>
          %v235 = arith.addf %v228, %v230 fastmath<contract> : f32
          %v236 = arith.addf %v235, %v232 fastmath<contract> : f32
          %v237 = arith.addf %v236, %v234 fastmath<contract> : f32
          %v238 = llvm.load %v124 : !llvm.ptr -> f32
          %v239 = arith.addf %v238, %v237 fastmath<contract> : f32
          llvm.store %v239, %v124 : f32, !llvm.ptr
          %v240 = llvm.fmul %v146, %v146 : vector<4xf32>
          %v241 = llvm.select %v134, %v240, %v40 : i1, vector<4xf32>
          %v242 = llvm.mlir.constant(0 : i32) : i32
          %v243 = llvm.extractelement %v241[%v242 : i32] : vector<4xf32>
          %v244 = llvm.mlir.constant(1 : i32) : i32
          %v245 = llvm.extractelement %v241[%v244 : i32] : vector<4xf32>
          %v246 = llvm.mlir.constant(2 : i32) : i32
          %v247 = llvm.extractelement %v241[%v246 : i32] : vector<4xf32>
          %v248 = llvm.mlir.constant(3 : i32) : i32
          %v249 = llvm.extractelement %v241[%v248 : i32] : vector<4xf32>
          %v250 = arith.addf %v243, %v245 fastmath<contract> : f32
          %v251 = arith.addf %v250, %v247 fastmath<contract> : f32
          %v252 = arith.addf %v251, %v249 fastmath<contract> : f32
          %v253 = llvm.load %v125 : !llvm.ptr -> f32
          %v254 = arith.addf %v253, %v252 fastmath<contract> : f32
          llvm.store %v254, %v125 : f32, !llvm.ptr
          %v255 = llvm.fmul %v148, %v148 : vector<4xf32>
          %v256 = llvm.select %v134, %v255, %v40 : i1, vector<4xf32>
          %v257 = llvm.mlir.constant(0 : i32) : i32
          %v258 = llvm.extractelement %v256[%v257 : i32] : vector<4xf32>
          %v259 = llvm.mlir.constant(1 : i32) : i32
          %v260 = llvm.extractelement %v256[%v259 : i32] : vector<4xf32>
          %v261 = llvm.mlir.constant(2 : i32) : i32
          %v262 = llvm.extractelement %v256[%v261 : i32] : vector<4xf32>
          %v263 = llvm.mlir.constant(3 : i32) : i32
          %v264 = llvm.extractelement %v256[%v263 : i32] : vector<4xf32>
          %v265 = arith.addf %v258, %v260 fastmath<contract> : f32
          %v266 = arith.addf %v265, %v262 fastmath<contract> : f32
          %v267 = arith.addf %v266, %v264 fastmath<contract> : f32
          %v268 = llvm.load %v126 : !llvm.ptr -> f32
          %v269 = arith.addf %v268, %v267 fastmath<contract> : f32
          llvm.store %v269, %v126 : f32, !llvm.ptr
          %v270 = llvm.fmul %v150, %v150 : vector<4xf32>
          %v271 = llvm.select %v134, %v270, %v40 : i1, vector<4xf32>
          %v272 = llvm.mlir.constant(0 : i32) : i32
          %v273 = llvm.extractelement %v271[%v272 : i32] : vector<4xf32>
          %v274 = llvm.mlir.constant(1 : i32) : i32
          %v275 = llvm.extractelement %v271[%v274 : i32] : vector<4xf32>
          %v276 = llvm.mlir.constant(2 : i32) : i32
          %v277 = llvm.extractelement %v271[%v276 : i32] : vector<4xf32>
          %v278 = llvm.mlir.constant(3 : i32) : i32
          %v279 = llvm.extractelement %v271[%v278 : i32] : vector<4xf32>
          %v280 = arith.addf %v273, %v275 fastmath<contract> : f32
          %v281 = arith.addf %v280, %v277 fastmath<contract> : f32
          %v282 = arith.addf %v281, %v279 fastmath<contract> : f32
          %v283 = llvm.load %v127 : !llvm.ptr -> f32
          %v284 = arith.addf %v283, %v282 fastmath<contract> : f32
          llvm.store %v284, %v127 : f32, !llvm.ptr
          %v285 = llvm.fmul %v152, %v152 : vector<4xf32>
          %v286 = llvm.select %v134, %v285, %v40 : i1, vector<4xf32>
          %v287 = llvm.mlir.constant(0 : i32) : i32
          %v288 = llvm.extractelement %v286[%v287 : i32] : vector<4xf32>
          %v289 = llvm.mlir.constant(1 : i32) : i32
          %v290 = llvm.extractelement %v286[%v289 : i32] : vector<4xf32>
          %v291 = llvm.mlir.constant(2 : i32) : i32
          %v292 = llvm.extractelement %v286[%v291 : i32] : vector<4xf32>
          %v293 = llvm.mlir.constant(3 : i32) : i32
          %v294 = llvm.extractelement %v286[%v293 : i32] : vector<4xf32>
          %v295 = arith.addf %v288, %v290 fastmath<contract> : f32
          %v296 = arith.addf %v295, %v292 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v294 fastmath<contract> : f32
          %v298 = llvm.load %v128 : !llvm.ptr -> f32
          %v299 = arith.addf %v298, %v297 fastmath<contract> : f32
          llvm.store %v299, %v128 : f32, !llvm.ptr
          %v300 = llvm.fmul %v154, %v154 : vector<4xf32>
          %v301 = llvm.select %v134, %v300, %v40 : i1, vector<4xf32>
          %v302 = llvm.mlir.constant(0 : i32) : i32
          %v303 = llvm.extractelement %v301[%v302 : i32] : vector<4xf32>
          %v304 = llvm.mlir.constant(1 : i32) : i32
          %v305 = llvm.extractelement %v301[%v304 : i32] : vector<4xf32>
          %v306 = llvm.mlir.constant(2 : i32) : i32
          %v307 = llvm.extractelement %v301[%v306 : i32] : vector<4xf32>
          %v308 = llvm.mlir.constant(3 : i32) : i32
          %v309 = llvm.extractelement %v301[%v308 : i32] : vector<4xf32>
          %v310 = arith.addf %v303, %v305 fastmath<contract> : f32
          %v311 = arith.addf %v310, %v307 fastmath<contract> : f32
          %v312 = arith.addf %v311, %v309 fastmath<contract> : f32
          %v313 = llvm.load %v129 : !llvm.ptr -> f32
          %v314 = arith.addf %v313, %v312 fastmath<contract> : f32
          llvm.store %v314, %v129 : f32, !llvm.ptr
          %v315 = llvm.fmul %v156, %v156 : vector<4xf32>
          %v316 = llvm.select %v134, %v315, %v40 : i1, vector<4xf32>
          %v317 = llvm.mlir.constant(0 : i32) : i32
          %v318 = llvm.extractelement %v316[%v317 : i32] : vector<4xf32>
          %v319 = llvm.mlir.constant(1 : i32) : i32
          %v320 = llvm.extractelement %v316[%v319 : i32] : vector<4xf32>
          %v321 = llvm.mlir.constant(2 : i32) : i32
          %v322 = llvm.extractelement %v316[%v321 : i32] : vector<4xf32>
          %v323 = llvm.mlir.constant(3 : i32) : i32
          %v324 = llvm.extractelement %v316[%v323 : i32] : vector<4xf32>
          %v325 = arith.addf %v318, %v320 fastmath<contract> : f32
          %v326 = arith.addf %v325, %v322 fastmath<contract> : f32
          %v327 = arith.addf %v326, %v324 fastmath<contract> : f32
          %v328 = llvm.load %v130 : !llvm.ptr -> f32
          %v329 = arith.addf %v328, %v327 fastmath<contract> : f32
          llvm.store %v329, %v130 : f32, !llvm.ptr
          %v330 = llvm.fmul %v158, %v158 : vector<4xf32>
          %v331 = llvm.select %v134, %v330, %v40 : i1, vector<4xf32>
          %v332 = llvm.mlir.constant(0 : i32) : i32
          %v333 = llvm.extractelement %v331[%v332 : i32] : vector<4xf32>
          %v334 = llvm.mlir.constant(1 : i32) : i32
          %v335 = llvm.extractelement %v331[%v334 : i32] : vector<4xf32>
          %v336 = llvm.mlir.constant(2 : i32) : i32
          %v337 = llvm.extractelement %v331[%v336 : i32] : vector<4xf32>
          %v338 = llvm.mlir.constant(3 : i32) : i32
          %v339 = llvm.extractelement %v331[%v338 : i32] : vector<4xf32>
          %v340 = arith.addf %v333, %v335 fastmath<contract> : f32
          %v341 = arith.addf %v340, %v337 fastmath<contract> : f32
          %v342 = arith.addf %v341, %v339 fastmath<contract> : f32
          %v343 = llvm.load %v131 : !llvm.ptr -> f32
          %v344 = arith.addf %v343, %v342 fastmath<contract> : f32
          llvm.store %v344, %v131 : f32, !llvm.ptr
          %v345 = llvm.zext %v136 : vector<4xi16> to vector<4xi32>
          %v346 = llvm.shl %v345, %v41 : vector<4xi32>
          %v347 = llvm.bitcast %v346 : vector<4xi32> to vector<4xf32>
          %v348 = llvm.fmul %v347, %v160 : vector<4xf32>
          %v349 = llvm.select %v134, %v348, %v40 : i1, vector<4xf32>
          %v350 = llvm.mlir.constant(0 : i32) : i32
          %v351 = llvm.extractelement %v349[%v350 : i32] : vector<4xf32>
          %v352 = llvm.mlir.constant(1 : i32) : i32
          %v353 = llvm.extractelement %v349[%v352 : i32] : vector<4xf32>
          %v354 = llvm.mlir.constant(2 : i32) : i32
          %v355 = llvm.extractelement %v349[%v354 : i32] : vector<4xf32>
          %v356 = llvm.mlir.constant(3 : i32) : i32
          %v357 = llvm.extractelement %v349[%v356 : i32] : vector<4xf32>
          %v358 = llvm.load %v92 : !llvm.ptr -> f32
          %v359 = arith.mulf %v351, %v162 fastmath<contract> : f32
          %v360 = arith.addf %v358, %v359 fastmath<contract> : f32
          %v361 = arith.mulf %v353, %v164 fastmath<contract> : f32
          %v362 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v363 = arith.mulf %v355, %v166 fastmath<contract> : f32
          %v364 = arith.addf %v362, %v363 fastmath<contract> : f32
          %v365 = arith.mulf %v357, %v168 fastmath<contract> : f32
          %v366 = arith.addf %v364, %v365 fastmath<contract> : f32
          llvm.store %v366, %v92 : f32, !llvm.ptr
          %v367 = llvm.load %v96 : !llvm.ptr -> f32
          %v368 = arith.mulf %v351, %v170 fastmath<contract> : f32
          %v369 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v370 = arith.mulf %v353, %v172 fastmath<contract> : f32
          %v371 = arith.addf %v369, %v370 fastmath<contract> : f32
          %v372 = arith.mulf %v355, %v174 fastmath<contract> : f32
          %v373 = arith.addf %v371, %v372 fastmath<contract> : f32
          %v374 = arith.mulf %v357, %v176 fastmath<contract> : f32
          %v375 = arith.addf %v373, %v374 fastmath<contract> : f32
          llvm.store %v375, %v96 : f32, !llvm.ptr
          %v376 = llvm.load %v100 : !llvm.ptr -> f32
          %v377 = arith.mulf %v351, %v178 fastmath<contract> : f32
          %v378 = arith.addf %v376, %v377 fastmath<contract> : f32
          %v379 = arith.mulf %v353, %v180 fastmath<contract> : f32
          %v380 = arith.addf %v378, %v379 fastmath<contract> : f32
          %v381 = arith.mulf %v355, %v182 fastmath<contract> : f32
          %v382 = arith.addf %v380, %v381 fastmath<contract> : f32
          %v383 = arith.mulf %v357, %v184 fastmath<contract> : f32
          %v384 = arith.addf %v382, %v383 fastmath<contract> : f32
          llvm.store %v384, %v100 : f32, !llvm.ptr
          %v385 = llvm.load %v104 : !llvm.ptr -> f32
          %v386 = arith.mulf %v351, %v186 fastmath<contract> : f32
          %v387 = arith.addf %v385, %v386 fastmath<contract> : f32
          %v388 = arith.mulf %v353, %v188 fastmath<contract> : f32
          %v389 = arith.addf %v387, %v388 fastmath<contract> : f32
          %v390 = arith.mulf %v355, %v190 fastmath<contract> : f32
          %v391 = arith.addf %v389, %v390 fastmath<contract> : f32
          %v392 = arith.mulf %v357, %v192 fastmath<contract> : f32
          %v393 = arith.addf %v391, %v392 fastmath<contract> : f32
          llvm.store %v393, %v104 : f32, !llvm.ptr
          %v394 = llvm.load %v108 : !llvm.ptr -> f32
          %v395 = arith.mulf %v351, %v194 fastmath<contract> : f32
          %v396 = arith.addf %v394, %v395 fastmath<contract> : f32
          %v397 = arith.mulf %v353, %v196 fastmath<contract> : f32
          %v398 = arith.addf %v396, %v397 fastmath<contract> : f32
          %v399 = arith.mulf %v355, %v198 fastmath<contract> : f32
          %v400 = arith.addf %v398, %v399 fastmath<contract> : f32
          %v401 = arith.mulf %v357, %v200 fastmath<contract> : f32
          %v402 = arith.addf %v400, %v401 fastmath<contract> : f32
          llvm.store %v402, %v108 : f32, !llvm.ptr
          %v403 = llvm.load %v112 : !llvm.ptr -> f32
          %v404 = arith.mulf %v351, %v202 fastmath<contract> : f32
          %v405 = arith.addf %v403, %v404 fastmath<contract> : f32
          %v406 = arith.mulf %v353, %v204 fastmath<contract> : f32
          %v407 = arith.addf %v405, %v406 fastmath<contract> : f32
          %v408 = arith.mulf %v355, %v206 fastmath<contract> : f32
          %v409 = arith.addf %v407, %v408 fastmath<contract> : f32
          %v410 = arith.mulf %v357, %v208 fastmath<contract> : f32
          %v411 = arith.addf %v409, %v410 fastmath<contract> : f32
          llvm.store %v411, %v112 : f32, !llvm.ptr
          %v412 = llvm.load %v116 : !llvm.ptr -> f32
          %v413 = arith.mulf %v351, %v210 fastmath<contract> : f32
          %v414 = arith.addf %v412, %v413 fastmath<contract> : f32
          %v415 = arith.mulf %v353, %v212 fastmath<contract> : f32
          %v416 = arith.addf %v414, %v415 fastmath<contract> : f32
          %v417 = arith.mulf %v355, %v214 fastmath<contract> : f32
          %v418 = arith.addf %v416, %v417 fastmath<contract> : f32
          %v419 = arith.mulf %v357, %v216 fastmath<contract> : f32
          %v420 = arith.addf %v418, %v419 fastmath<contract> : f32
          llvm.store %v420, %v116 : f32, !llvm.ptr
          %v421 = llvm.load %v120 : !llvm.ptr -> f32
          %v422 = arith.mulf %v351, %v218 fastmath<contract> : f32
          %v423 = arith.addf %v421, %v422 fastmath<contract> : f32
          %v424 = arith.mulf %v353, %v220 fastmath<contract> : f32
          %v425 = arith.addf %v423, %v424 fastmath<contract> : f32
          %v426 = arith.mulf %v355, %v222 fastmath<contract> : f32
          %v427 = arith.addf %v425, %v426 fastmath<contract> : f32
          %v428 = arith.mulf %v357, %v224 fastmath<contract> : f32
          %v429 = arith.addf %v427, %v428 fastmath<contract> : f32
          llvm.store %v429, %v120 : f32, !llvm.ptr
          %v430 = llvm.zext %v138 : vector<4xi16> to vector<4xi32>
          %v431 = llvm.shl %v430, %v41 : vector<4xi32>
          %v432 = llvm.bitcast %v431 : vector<4xi32> to vector<4xf32>
          %v433 = llvm.fmul %v432, %v160 : vector<4xf32>
          %v434 = llvm.select %v134, %v433, %v40 : i1, vector<4xf32>
          %v435 = llvm.mlir.constant(0 : i32) : i32
          %v436 = llvm.extractelement %v434[%v435 : i32] : vector<4xf32>
          %v437 = llvm.mlir.constant(1 : i32) : i32
          %v438 = llvm.extractelement %v434[%v437 : i32] : vector<4xf32>
          %v439 = llvm.mlir.constant(2 : i32) : i32
          %v440 = llvm.extractelement %v434[%v439 : i32] : vector<4xf32>
          %v441 = llvm.mlir.constant(3 : i32) : i32
          %v442 = llvm.extractelement %v434[%v441 : i32] : vector<4xf32>
          %v443 = llvm.load %v93 : !llvm.ptr -> f32
          %v444 = arith.mulf %v436, %v162 fastmath<contract> : f32
          %v445 = arith.addf %v443, %v444 fastmath<contract> : f32
          %v446 = arith.mulf %v438, %v164 fastmath<contract> : f32
          %v447 = arith.addf %v445, %v446 fastmath<contract> : f32
          %v448 = arith.mulf %v440, %v166 fastmath<contract> : f32
          %v449 = arith.addf %v447, %v448 fastmath<contract> : f32
          %v450 = arith.mulf %v442, %v168 fastmath<contract> : f32
          %v451 = arith.addf %v449, %v450 fastmath<contract> : f32
          llvm.store %v451, %v93 : f32, !llvm.ptr
          %v452 = llvm.load %v97 : !llvm.ptr -> f32
          %v453 = arith.mulf %v436, %v170 fastmath<contract> : f32
          %v454 = arith.addf %v452, %v453 fastmath<contract> : f32
          %v455 = arith.mulf %v438, %v172 fastmath<contract> : f32
          %v456 = arith.addf %v454, %v455 fastmath<contract> : f32
          %v457 = arith.mulf %v440, %v174 fastmath<contract> : f32
          %v458 = arith.addf %v456, %v457 fastmath<contract> : f32
          %v459 = arith.mulf %v442, %v176 fastmath<contract> : f32
          %v460 = arith.addf %v458, %v459 fastmath<contract> : f32
          llvm.store %v460, %v97 : f32, !llvm.ptr
          %v461 = llvm.load %v101 : !llvm.ptr -> f32
          %v462 = arith.mulf %v436, %v178 fastmath<contract> : f32
          %v463 = arith.addf %v461, %v462 fastmath<contract> : f32
          %v464 = arith.mulf %v438, %v180 fastmath<contract> : f32
          %v465 = arith.addf %v463, %v464 fastmath<contract> : f32
          %v466 = arith.mulf %v440, %v182 fastmath<contract> : f32
          %v467 = arith.addf %v465, %v466 fastmath<contract> : f32
          %v468 = arith.mulf %v442, %v184 fastmath<contract> : f32
          %v469 = arith.addf %v467, %v468 fastmath<contract> : f32
          llvm.store %v469, %v101 : f32, !llvm.ptr
          %v470 = llvm.load %v105 : !llvm.ptr -> f32
          %v471 = arith.mulf %v436, %v186 fastmath<contract> : f32
          %v472 = arith.addf %v470, %v471 fastmath<contract> : f32
          %v473 = arith.mulf %v438, %v188 fastmath<contract> : f32
          %v474 = arith.addf %v472, %v473 fastmath<contract> : f32
          %v475 = arith.mulf %v440, %v190 fastmath<contract> : f32
          %v476 = arith.addf %v474, %v475 fastmath<contract> : f32
          %v477 = arith.mulf %v442, %v192 fastmath<contract> : f32
          %v478 = arith.addf %v476, %v477 fastmath<contract> : f32
          llvm.store %v478, %v105 : f32, !llvm.ptr
          %v479 = llvm.load %v109 : !llvm.ptr -> f32
          %v480 = arith.mulf %v436, %v194 fastmath<contract> : f32
          %v481 = arith.addf %v479, %v480 fastmath<contract> : f32
          %v482 = arith.mulf %v438, %v196 fastmath<contract> : f32
          %v483 = arith.addf %v481, %v482 fastmath<contract> : f32
          %v484 = arith.mulf %v440, %v198 fastmath<contract> : f32
          %v485 = arith.addf %v483, %v484 fastmath<contract> : f32
          %v486 = arith.mulf %v442, %v200 fastmath<contract> : f32
          %v487 = arith.addf %v485, %v486 fastmath<contract> : f32
          llvm.store %v487, %v109 : f32, !llvm.ptr
          %v488 = llvm.load %v113 : !llvm.ptr -> f32
          %v489 = arith.mulf %v436, %v202 fastmath<contract> : f32
          %v490 = arith.addf %v488, %v489 fastmath<contract> : f32
          %v491 = arith.mulf %v438, %v204 fastmath<contract> : f32
          %v492 = arith.addf %v490, %v491 fastmath<contract> : f32
          %v493 = arith.mulf %v440, %v206 fastmath<contract> : f32
          %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
          %v495 = arith.mulf %v442, %v208 fastmath<contract> : f32
          %v496 = arith.addf %v494, %v495 fastmath<contract> : f32
          llvm.store %v496, %v113 : f32, !llvm.ptr
          %v497 = llvm.load %v117 : !llvm.ptr -> f32
          %v498 = arith.mulf %v436, %v210 fastmath<contract> : f32
          %v499 = arith.addf %v497, %v498 fastmath<contract> : f32
          %v500 = arith.mulf %v438, %v212 fastmath<contract> : f32
          %v501 = arith.addf %v499, %v500 fastmath<contract> : f32
          %v502 = arith.mulf %v440, %v214 fastmath<contract> : f32
          %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
          %v504 = arith.mulf %v442, %v216 fastmath<contract> : f32
          %v505 = arith.addf %v503, %v504 fastmath<contract> : f32
          llvm.store %v505, %v117 : f32, !llvm.ptr
          %v506 = llvm.load %v121 : !llvm.ptr -> f32
          %v507 = arith.mulf %v436, %v218 fastmath<contract> : f32
          %v508 = arith.addf %v506, %v507 fastmath<contract> : f32
          %v509 = arith.mulf %v438, %v220 fastmath<contract> : f32
          %v510 = arith.addf %v508, %v509 fastmath<contract> : f32
          %v511 = arith.mulf %v440, %v222 fastmath<contract> : f32
          %v512 = arith.addf %v510, %v511 fastmath<contract> : f32
          %v513 = arith.mulf %v442, %v224 fastmath<contract> : f32
          %v514 = arith.addf %v512, %v513 fastmath<contract> : f32
          llvm.store %v514, %v121 : f32, !llvm.ptr
          %v515 = llvm.zext %v140 : vector<4xi16> to vector<4xi32>
          %v516 = llvm.shl %v515, %v41 : vector<4xi32>
          %v517 = llvm.bitcast %v516 : vector<4xi32> to vector<4xf32>
          %v518 = llvm.fmul %v517, %v160 : vector<4xf32>
          %v519 = llvm.select %v134, %v518, %v40 : i1, vector<4xf32>
          %v520 = llvm.mlir.constant(0 : i32) : i32
          %v521 = llvm.extractelement %v519[%v520 : i32] : vector<4xf32>
          %v522 = llvm.mlir.constant(1 : i32) : i32
          %v523 = llvm.extractelement %v519[%v522 : i32] : vector<4xf32>
          %v524 = llvm.mlir.constant(2 : i32) : i32
          %v525 = llvm.extractelement %v519[%v524 : i32] : vector<4xf32>
          %v526 = llvm.mlir.constant(3 : i32) : i32
          %v527 = llvm.extractelement %v519[%v526 : i32] : vector<4xf32>
          %v528 = llvm.load %v94 : !llvm.ptr -> f32
          %v529 = arith.mulf %v521, %v162 fastmath<contract> : f32
          %v530 = arith.addf %v528, %v529 fastmath<contract> : f32
          %v531 = arith.mulf %v523, %v164 fastmath<contract> : f32
          %v532 = arith.addf %v530, %v531 fastmath<contract> : f32
          %v533 = arith.mulf %v525, %v166 fastmath<contract> : f32
          %v534 = arith.addf %v532, %v533 fastmath<contract> : f32
          %v535 = arith.mulf %v527, %v168 fastmath<contract> : f32
          %v536 = arith.addf %v534, %v535 fastmath<contract> : f32
          llvm.store %v536, %v94 : f32, !llvm.ptr
          %v537 = llvm.load %v98 : !llvm.ptr -> f32
          %v538 = arith.mulf %v521, %v170 fastmath<contract> : f32
          %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
          %v540 = arith.mulf %v523, %v172 fastmath<contract> : f32
          %v541 = arith.addf %v539, %v540 fastmath<contract> : f32
          %v542 = arith.mulf %v525, %v174 fastmath<contract> : f32
          %v543 = arith.addf %v541, %v542 fastmath<contract> : f32
          %v544 = arith.mulf %v527, %v176 fastmath<contract> : f32
          %v545 = arith.addf %v543, %v544 fastmath<contract> : f32
          llvm.store %v545, %v98 : f32, !llvm.ptr
          %v546 = llvm.load %v102 : !llvm.ptr -> f32
          %v547 = arith.mulf %v521, %v178 fastmath<contract> : f32
          %v548 = arith.addf %v546, %v547 fastmath<contract> : f32
          %v549 = arith.mulf %v523, %v180 fastmath<contract> : f32
          %v550 = arith.addf %v548, %v549 fastmath<contract> : f32
          %v551 = arith.mulf %v525, %v182 fastmath<contract> : f32
          %v552 = arith.addf %v550, %v551 fastmath<contract> : f32
          %v553 = arith.mulf %v527, %v184 fastmath<contract> : f32
          %v554 = arith.addf %v552, %v553 fastmath<contract> : f32
          llvm.store %v554, %v102 : f32, !llvm.ptr
          %v555 = llvm.load %v106 : !llvm.ptr -> f32
          %v556 = arith.mulf %v521, %v186 fastmath<contract> : f32
          %v557 = arith.addf %v555, %v556 fastmath<contract> : f32
          %v558 = arith.mulf %v523, %v188 fastmath<contract> : f32
          %v559 = arith.addf %v557, %v558 fastmath<contract> : f32
          %v560 = arith.mulf %v525, %v190 fastmath<contract> : f32
          %v561 = arith.addf %v559, %v560 fastmath<contract> : f32
          %v562 = arith.mulf %v527, %v192 fastmath<contract> : f32
          %v563 = arith.addf %v561, %v562 fastmath<contract> : f32
          llvm.store %v563, %v106 : f32, !llvm.ptr
          %v564 = llvm.load %v110 : !llvm.ptr -> f32
          %v565 = arith.mulf %v521, %v194 fastmath<contract> : f32
          %v566 = arith.addf %v564, %v565 fastmath<contract> : f32
          %v567 = arith.mulf %v523, %v196 fastmath<contract> : f32
          %v568 = arith.addf %v566, %v567 fastmath<contract> : f32
          %v569 = arith.mulf %v525, %v198 fastmath<contract> : f32
          %v570 = arith.addf %v568, %v569 fastmath<contract> : f32
          %v571 = arith.mulf %v527, %v200 fastmath<contract> : f32
          %v572 = arith.addf %v570, %v571 fastmath<contract> : f32
          llvm.store %v572, %v110 : f32, !llvm.ptr
          %v573 = llvm.load %v114 : !llvm.ptr -> f32
          %v574 = arith.mulf %v521, %v202 fastmath<contract> : f32
          %v575 = arith.addf %v573, %v574 fastmath<contract> : f32
          %v576 = arith.mulf %v523, %v204 fastmath<contract> : f32
          %v577 = arith.addf %v575, %v576 fastmath<contract> : f32
          %v578 = arith.mulf %v525, %v206 fastmath<contract> : f32
          %v579 = arith.addf %v577, %v578 fastmath<contract> : f32
          %v580 = arith.mulf %v527, %v208 fastmath<contract> : f32
          %v581 = arith.addf %v579, %v580 fastmath<contract> : f32
          llvm.store %v581, %v114 : f32, !llvm.ptr
          %v582 = llvm.load %v118 : !llvm.ptr -> f32
          %v583 = arith.mulf %v521, %v210 fastmath<contract> : f32
          %v584 = arith.addf %v582, %v583 fastmath<contract> : f32
          %v585 = arith.mulf %v523, %v212 fastmath<contract> : f32
          %v586 = arith.addf %v584, %v585 fastmath<contract> : f32
          %v587 = arith.mulf %v525, %v214 fastmath<contract> : f32
          %v588 = arith.addf %v586, %v587 fastmath<contract> : f32
          %v589 = arith.mulf %v527, %v216 fastmath<contract> : f32
          %v590 = arith.addf %v588, %v589 fastmath<contract> : f32
          llvm.store %v590, %v118 : f32, !llvm.ptr
          %v591 = llvm.load %v122 : !llvm.ptr -> f32
          %v592 = arith.mulf %v521, %v218 fastmath<contract> : f32
          %v593 = arith.addf %v591, %v592 fastmath<contract> : f32
          %v594 = arith.mulf %v523, %v220 fastmath<contract> : f32
          %v595 = arith.addf %v593, %v594 fastmath<contract> : f32
          %v596 = arith.mulf %v525, %v222 fastmath<contract> : f32
          %v597 = arith.addf %v595, %v596 fastmath<contract> : f32
          %v598 = arith.mulf %v527, %v224 fastmath<contract> : f32
          %v599 = arith.addf %v597, %v598 fastmath<contract> : f32
          llvm.store %v599, %v122 : f32, !llvm.ptr
          %v600 = llvm.zext %v142 : vector<4xi16> to vector<4xi32>
          %v601 = llvm.shl %v600, %v41 : vector<4xi32>
          %v602 = llvm.bitcast %v601 : vector<4xi32> to vector<4xf32>
          %v603 = llvm.fmul %v602, %v160 : vector<4xf32>
          %v604 = llvm.select %v134, %v603, %v40 : i1, vector<4xf32>
          %v605 = llvm.mlir.constant(0 : i32) : i32
          %v606 = llvm.extractelement %v604[%v605 : i32] : vector<4xf32>
          %v607 = llvm.mlir.constant(1 : i32) : i32
          %v608 = llvm.extractelement %v604[%v607 : i32] : vector<4xf32>
          %v609 = llvm.mlir.constant(2 : i32) : i32
          %v610 = llvm.extractelement %v604[%v609 : i32] : vector<4xf32>
          %v611 = llvm.mlir.constant(3 : i32) : i32
          %v612 = llvm.extractelement %v604[%v611 : i32] : vector<4xf32>
          %v613 = llvm.load %v95 : !llvm.ptr -> f32
          %v614 = arith.mulf %v606, %v162 fastmath<contract> : f32
          %v615 = arith.addf %v613, %v614 fastmath<contract> : f32
          %v616 = arith.mulf %v608, %v164 fastmath<contract> : f32
          %v617 = arith.addf %v615, %v616 fastmath<contract> : f32
          %v618 = arith.mulf %v610, %v166 fastmath<contract> : f32
          %v619 = arith.addf %v617, %v618 fastmath<contract> : f32
          %v620 = arith.mulf %v612, %v168 fastmath<contract> : f32
          %v621 = arith.addf %v619, %v620 fastmath<contract> : f32
          llvm.store %v621, %v95 : f32, !llvm.ptr
          %v622 = llvm.load %v99 : !llvm.ptr -> f32
          %v623 = arith.mulf %v606, %v170 fastmath<contract> : f32
          %v624 = arith.addf %v622, %v623 fastmath<contract> : f32
          %v625 = arith.mulf %v608, %v172 fastmath<contract> : f32
          %v626 = arith.addf %v624, %v625 fastmath<contract> : f32
          %v627 = arith.mulf %v610, %v174 fastmath<contract> : f32
          %v628 = arith.addf %v626, %v627 fastmath<contract> : f32
          %v629 = arith.mulf %v612, %v176 fastmath<contract> : f32
          %v630 = arith.addf %v628, %v629 fastmath<contract> : f32
          llvm.store %v630, %v99 : f32, !llvm.ptr
          %v631 = llvm.load %v103 : !llvm.ptr -> f32
          %v632 = arith.mulf %v606, %v178 fastmath<contract> : f32
          %v633 = arith.addf %v631, %v632 fastmath<contract> : f32
          %v634 = arith.mulf %v608, %v180 fastmath<contract> : f32
          %v635 = arith.addf %v633, %v634 fastmath<contract> : f32
          %v636 = arith.mulf %v610, %v182 fastmath<contract> : f32
          %v637 = arith.addf %v635, %v636 fastmath<contract> : f32
          %v638 = arith.mulf %v612, %v184 fastmath<contract> : f32
          %v639 = arith.addf %v637, %v638 fastmath<contract> : f32
          llvm.store %v639, %v103 : f32, !llvm.ptr
          %v640 = llvm.load %v107 : !llvm.ptr -> f32
          %v641 = arith.mulf %v606, %v186 fastmath<contract> : f32
          %v642 = arith.addf %v640, %v641 fastmath<contract> : f32
          %v643 = arith.mulf %v608, %v188 fastmath<contract> : f32
          %v644 = arith.addf %v642, %v643 fastmath<contract> : f32
          %v645 = arith.mulf %v610, %v190 fastmath<contract> : f32
          %v646 = arith.addf %v644, %v645 fastmath<contract> : f32
          %v647 = arith.mulf %v612, %v192 fastmath<contract> : f32
          %v648 = arith.addf %v646, %v647 fastmath<contract> : f32
          llvm.store %v648, %v107 : f32, !llvm.ptr
          %v649 = llvm.load %v111 : !llvm.ptr -> f32
          %v650 = arith.mulf %v606, %v194 fastmath<contract> : f32
          %v651 = arith.addf %v649, %v650 fastmath<contract> : f32
          %v652 = arith.mulf %v608, %v196 fastmath<contract> : f32
          %v653 = arith.addf %v651, %v652 fastmath<contract> : f32
          %v654 = arith.mulf %v610, %v198 fastmath<contract> : f32
          %v655 = arith.addf %v653, %v654 fastmath<contract> : f32
          %v656 = arith.mulf %v612, %v200 fastmath<contract> : f32
          %v657 = arith.addf %v655, %v656 fastmath<contract> : f32
          llvm.store %v657, %v111 : f32, !llvm.ptr
          %v658 = llvm.load %v115 : !llvm.ptr -> f32
          %v659 = arith.mulf %v606, %v202 fastmath<contract> : f32
          %v660 = arith.addf %v658, %v659 fastmath<contract> : f32
          %v661 = arith.mulf %v608, %v204 fastmath<contract> : f32
          %v662 = arith.addf %v660, %v661 fastmath<contract> : f32
          %v663 = arith.mulf %v610, %v206 fastmath<contract> : f32
          %v664 = arith.addf %v662, %v663 fastmath<contract> : f32
          %v665 = arith.mulf %v612, %v208 fastmath<contract> : f32
          %v666 = arith.addf %v664, %v665 fastmath<contract> : f32
          llvm.store %v666, %v115 : f32, !llvm.ptr
          %v667 = llvm.load %v119 : !llvm.ptr -> f32
          %v668 = arith.mulf %v606, %v210 fastmath<contract> : f32
          %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
          %v670 = arith.mulf %v608, %v212 fastmath<contract> : f32
          %v671 = arith.addf %v669, %v670 fastmath<contract> : f32
          %v672 = arith.mulf %v610, %v214 fastmath<contract> : f32
          %v673 = arith.addf %v671, %v672 fastmath<contract> : f32
          %v674 = arith.mulf %v612, %v216 fastmath<contract> : f32
          %v675 = arith.addf %v673, %v674 fastmath<contract> : f32
          llvm.store %v675, %v119 : f32, !llvm.ptr
          %v676 = llvm.load %v123 : !llvm.ptr -> f32
          %v677 = arith.mulf %v606, %v218 fastmath<contract> : f32
          %v678 = arith.addf %v676, %v677 fastmath<contract> : f32
          %v679 = arith.mulf %v608, %v220 fastmath<contract> : f32
          %v680 = arith.addf %v678, %v679 fastmath<contract> : f32
          %v681 = arith.mulf %v610, %v222 fastmath<contract> : f32
          %v682 = arith.addf %v680, %v681 fastmath<contract> : f32
          %v683 = arith.mulf %v612, %v224 fastmath<contract> : f32
          %v684 = arith.addf %v682, %v683 fastmath<contract> : f32
          llvm.store %v684, %v123 : f32, !llvm.ptr
        }
        %v685 = llvm.load %v92 : !llvm.ptr -> f32
        %v686 = llvm.load %v93 : !llvm.ptr -> f32
        %v687 = llvm.load %v94 : !llvm.ptr -> f32
        %v688 = llvm.load %v95 : !llvm.ptr -> f32
        %v689 = llvm.load %v96 : !llvm.ptr -> f32
        %v690 = llvm.load %v97 : !llvm.ptr -> f32
        %v691 = llvm.load %v98 : !llvm.ptr -> f32
        %v692 = llvm.load %v99 : !llvm.ptr -> f32
        %v693 = llvm.load %v100 : !llvm.ptr -> f32
        %v694 = llvm.load %v101 : !llvm.ptr -> f32
        %v695 = llvm.load %v102 : !llvm.ptr -> f32
        %v696 = llvm.load %v103 : !llvm.ptr -> f32
        %v697 = llvm.load %v104 : !llvm.ptr -> f32
        %v698 = llvm.load %v105 : !llvm.ptr -> f32
        %v699 = llvm.load %v106 : !llvm.ptr -> f32
        %v700 = llvm.load %v107 : !llvm.ptr -> f32
        %v701 = llvm.load %v108 : !llvm.ptr -> f32
        %v702 = llvm.load %v109 : !llvm.ptr -> f32
        %v703 = llvm.load %v110 : !llvm.ptr -> f32
        %v704 = llvm.load %v111 : !llvm.ptr -> f32
        %v705 = llvm.load %v112 : !llvm.ptr -> f32
        %v706 = llvm.load %v113 : !llvm.ptr -> f32
        %v707 = llvm.load %v114 : !llvm.ptr -> f32
        %v708 = llvm.load %v115 : !llvm.ptr -> f32
        %v709 = llvm.load %v116 : !llvm.ptr -> f32
        %v710 = llvm.load %v117 : !llvm.ptr -> f32
        %v711 = llvm.load %v118 : !llvm.ptr -> f32
        %v712 = llvm.load %v119 : !llvm.ptr -> f32
        %v713 = llvm.load %v120 : !llvm.ptr -> f32
        %v714 = llvm.load %v121 : !llvm.ptr -> f32
        %v715 = llvm.load %v122 : !llvm.ptr -> f32
        %v716 = llvm.load %v123 : !llvm.ptr -> f32
        %v717 = arith.constant 32 : i32
        %v718 = arith.constant 16 : i32
        %v720 = arith.andi %v10, %v719 : i64
        %v721 = arith.cmpi ne, %v720, %v12 : i64
        %v722 = arith.select %v721, %v685, %v701 : f32
        %v723 = arith.select %v721, %v701, %v685 : f32
        %v724, %v725 = gpu.shuffle xor %v722, %v718, %v717 : f32
        %v726 = arith.addf %v723, %v724 fastmath<contract> : f32
        %v727 = arith.select %v721, %v686, %v702 : f32
        %v728 = arith.select %v721, %v702, %v686 : f32
        %v729, %v730 = gpu.shuffle xor %v727, %v718, %v717 : f32
        %v731 = arith.addf %v728, %v729 fastmath<contract> : f32
        %v732 = arith.select %v721, %v687, %v703 : f32
        %v733 = arith.select %v721, %v703, %v687 : f32
        %v734, %v735 = gpu.shuffle xor %v732, %v718, %v717 : f32
        %v736 = arith.addf %v733, %v734 fastmath<contract> : f32
        %v737 = arith.select %v721, %v688, %v704 : f32
        %v738 = arith.select %v721, %v704, %v688 : f32
        %v739, %v740 = gpu.shuffle xor %v737, %v718, %v717 : f32
        %v741 = arith.addf %v738, %v739 fastmath<contract> : f32
        %v742 = arith.select %v721, %v689, %v705 : f32
        %v743 = arith.select %v721, %v705, %v689 : f32
        %v744, %v745 = gpu.shuffle xor %v742, %v718, %v717 : f32
        %v746 = arith.addf %v743, %v744 fastmath<contract> : f32
        %v747 = arith.select %v721, %v690, %v706 : f32
        %v748 = arith.select %v721, %v706, %v690 : f32
        %v749, %v750 = gpu.shuffle xor %v747, %v718, %v717 : f32
        %v751 = arith.addf %v748, %v749 fastmath<contract> : f32
        %v752 = arith.select %v721, %v691, %v707 : f32
        %v753 = arith.select %v721, %v707, %v691 : f32
        %v754, %v755 = gpu.shuffle xor %v752, %v718, %v717 : f32
        %v756 = arith.addf %v753, %v754 fastmath<contract> : f32
        %v757 = arith.select %v721, %v692, %v708 : f32
        %v758 = arith.select %v721, %v708, %v692 : f32
        %v759, %v760 = gpu.shuffle xor %v757, %v718, %v717 : f32
        %v761 = arith.addf %v758, %v759 fastmath<contract> : f32
        %v762 = arith.select %v721, %v693, %v709 : f32
        %v763 = arith.select %v721, %v709, %v693 : f32
        %v764, %v765 = gpu.shuffle xor %v762, %v718, %v717 : f32
        %v766 = arith.addf %v763, %v764 fastmath<contract> : f32
        %v767 = arith.select %v721, %v694, %v710 : f32
        %v768 = arith.select %v721, %v710, %v694 : f32
        %v769, %v770 = gpu.shuffle xor %v767, %v718, %v717 : f32
        %v771 = arith.addf %v768, %v769 fastmath<contract> : f32
        %v772 = arith.select %v721, %v695, %v711 : f32
        %v773 = arith.select %v721, %v711, %v695 : f32
        %v774, %v775 = gpu.shuffle xor %v772, %v718, %v717 : f32
        %v776 = arith.addf %v773, %v774 fastmath<contract> : f32
        %v777 = arith.select %v721, %v696, %v712 : f32
        %v778 = arith.select %v721, %v712, %v696 : f32
        %v779, %v780 = gpu.shuffle xor %v777, %v718, %v717 : f32
        %v781 = arith.addf %v778, %v779 fastmath<contract> : f32
        %v782 = arith.select %v721, %v697, %v713 : f32
        %v783 = arith.select %v721, %v713, %v697 : f32
        %v784, %v785 = gpu.shuffle xor %v782, %v718, %v717 : f32
        %v786 = arith.addf %v783, %v784 fastmath<contract> : f32
        %v787 = arith.select %v721, %v698, %v714 : f32
        %v788 = arith.select %v721, %v714, %v698 : f32
        %v789, %v790 = gpu.shuffle xor %v787, %v718, %v717 : f32
        %v791 = arith.addf %v788, %v789 fastmath<contract> : f32
        %v792 = arith.select %v721, %v699, %v715 : f32
        %v793 = arith.select %v721, %v715, %v699 : f32
        %v794, %v795 = gpu.shuffle xor %v792, %v718, %v717 : f32
        %v796 = arith.addf %v793, %v794 fastmath<contract> : f32
        %v797 = arith.select %v721, %v700, %v716 : f32
        %v798 = arith.select %v721, %v716, %v700 : f32
        %v799, %v800 = gpu.shuffle xor %v797, %v718, %v717 : f32
        %v801 = arith.addf %v798, %v799 fastmath<contract> : f32
        %v802 = arith.select %v721, %v719, %v12 : i64
        %v803 = arith.constant 8 : i32
        %v804 = arith.andi %v10, %v14 : i64
        %v805 = arith.cmpi ne, %v804, %v12 : i64
        %v806 = arith.select %v805, %v726, %v766 : f32
        %v807 = arith.select %v805, %v766, %v726 : f32
        %v808, %v809 = gpu.shuffle xor %v806, %v803, %v717 : f32
        %v810 = arith.addf %v807, %v808 fastmath<contract> : f32
        %v811 = arith.select %v805, %v731, %v771 : f32
        %v812 = arith.select %v805, %v771, %v731 : f32
        %v813, %v814 = gpu.shuffle xor %v811, %v803, %v717 : f32
        %v815 = arith.addf %v812, %v813 fastmath<contract> : f32
        %v816 = arith.select %v805, %v736, %v776 : f32
        %v817 = arith.select %v805, %v776, %v736 : f32
        %v818, %v819 = gpu.shuffle xor %v816, %v803, %v717 : f32
        %v820 = arith.addf %v817, %v818 fastmath<contract> : f32
        %v821 = arith.select %v805, %v741, %v781 : f32
        %v822 = arith.select %v805, %v781, %v741 : f32
        %v823, %v824 = gpu.shuffle xor %v821, %v803, %v717 : f32
        %v825 = arith.addf %v822, %v823 fastmath<contract> : f32
        %v826 = arith.select %v805, %v746, %v786 : f32
        %v827 = arith.select %v805, %v786, %v746 : f32
        %v828, %v829 = gpu.shuffle xor %v826, %v803, %v717 : f32
        %v830 = arith.addf %v827, %v828 fastmath<contract> : f32
        %v831 = arith.select %v805, %v751, %v791 : f32
        %v832 = arith.select %v805, %v791, %v751 : f32
        %v833, %v834 = gpu.shuffle xor %v831, %v803, %v717 : f32
        %v835 = arith.addf %v832, %v833 fastmath<contract> : f32
        %v836 = arith.select %v805, %v756, %v796 : f32
        %v837 = arith.select %v805, %v796, %v756 : f32
        %v838, %v839 = gpu.shuffle xor %v836, %v803, %v717 : f32
        %v840 = arith.addf %v837, %v838 fastmath<contract> : f32
        %v841 = arith.select %v805, %v761, %v801 : f32
        %v842 = arith.select %v805, %v801, %v761 : f32
        %v843, %v844 = gpu.shuffle xor %v841, %v803, %v717 : f32
        %v845 = arith.addf %v842, %v843 fastmath<contract> : f32
        %v846 = arith.select %v805, %v14, %v12 : i64
        %v847 = arith.addi %v802, %v846 : i64
        %v848 = arith.constant 4 : i32
        %v849 = arith.andi %v10, %v13 : i64
        %v850 = arith.cmpi ne, %v849, %v12 : i64
        %v851 = arith.select %v850, %v810, %v830 : f32
        %v852 = arith.select %v850, %v830, %v810 : f32
        %v853, %v854 = gpu.shuffle xor %v851, %v848, %v717 : f32
        %v855 = arith.addf %v852, %v853 fastmath<contract> : f32
        %v856 = arith.select %v850, %v815, %v835 : f32
        %v857 = arith.select %v850, %v835, %v815 : f32
        %v858, %v859 = gpu.shuffle xor %v856, %v848, %v717 : f32
        %v860 = arith.addf %v857, %v858 fastmath<contract> : f32
        %v861 = arith.select %v850, %v820, %v840 : f32
        %v862 = arith.select %v850, %v840, %v820 : f32
        %v863, %v864 = gpu.shuffle xor %v861, %v848, %v717 : f32
        %v865 = arith.addf %v862, %v863 fastmath<contract> : f32
        %v866 = arith.select %v850, %v825, %v845 : f32
        %v867 = arith.select %v850, %v845, %v825 : f32
        %v868, %v869 = gpu.shuffle xor %v866, %v848, %v717 : f32
        %v870 = arith.addf %v867, %v868 fastmath<contract> : f32
        %v871 = arith.select %v850, %v13, %v12 : i64
        %v872 = arith.addi %v847, %v871 : i64
        %v873 = arith.constant 2 : i32
        %v874 = arith.andi %v10, %v28 : i64
        %v875 = arith.cmpi ne, %v874, %v12 : i64
        %v876 = arith.select %v875, %v855, %v865 : f32
        %v877 = arith.select %v875, %v865, %v855 : f32
        %v878, %v879 = gpu.shuffle xor %v876, %v873, %v717 : f32
        %v880 = arith.addf %v877, %v878 fastmath<contract> : f32
        %v881 = arith.select %v875, %v860, %v870 : f32
        %v882 = arith.select %v875, %v870, %v860 : f32
        %v883, %v884 = gpu.shuffle xor %v881, %v873, %v717 : f32
        %v885 = arith.addf %v882, %v883 fastmath<contract> : f32
        %v886 = arith.select %v875, %v28, %v12 : i64
        %v887 = arith.addi %v872, %v886 : i64
        %v888 = arith.constant 1 : i32
        %v889 = arith.andi %v10, %v11 : i64
        %v890 = arith.cmpi ne, %v889, %v12 : i64
        %v891 = arith.select %v890, %v880, %v885 : f32
        %v892 = arith.select %v890, %v885, %v880 : f32
        %v893, %v894 = gpu.shuffle xor %v891, %v888, %v717 : f32
        %v895 = arith.addf %v892, %v893 fastmath<contract> : f32
        %v896 = arith.select %v890, %v11, %v12 : i64
        %v897 = arith.addi %v887, %v896 : i64
        %v898 = arith.divsi %v897, %v13 : i64
        %v899 = arith.remsi %v897, %v13 : i64
        %v900 = arith.addi %v21, %v899 : i64
        %v901 = arith.addi %v20, %v898 : i64
        %v902 = llvm.load %v124 : !llvm.ptr -> f32
        %v903 = llvm.load %v125 : !llvm.ptr -> f32
        %v904 = llvm.load %v126 : !llvm.ptr -> f32
        %v905 = llvm.load %v127 : !llvm.ptr -> f32
        %v906 = llvm.load %v128 : !llvm.ptr -> f32
        %v907 = llvm.load %v129 : !llvm.ptr -> f32
        %v908 = llvm.load %v130 : !llvm.ptr -> f32
        %v909 = llvm.load %v131 : !llvm.ptr -> f32
        %v910 = arith.constant 32 : i32
        %v911 = arith.constant 16 : i32
        %v912 = arith.andi %v10, %v719 : i64
        %v913 = arith.cmpi ne, %v912, %v12 : i64
        %v914 = arith.select %v913, %v902, %v906 : f32
        %v915 = arith.select %v913, %v906, %v902 : f32
        %v916, %v917 = gpu.shuffle xor %v914, %v911, %v910 : f32
        %v918 = arith.addf %v915, %v916 fastmath<contract> : f32
        %v919 = arith.select %v913, %v903, %v907 : f32
        %v920 = arith.select %v913, %v907, %v903 : f32
        %v921, %v922 = gpu.shuffle xor %v919, %v911, %v910 : f32
        %v923 = arith.addf %v920, %v921 fastmath<contract> : f32
        %v924 = arith.select %v913, %v904, %v908 : f32
        %v925 = arith.select %v913, %v908, %v904 : f32
        %v926, %v927 = gpu.shuffle xor %v924, %v911, %v910 : f32
        %v928 = arith.addf %v925, %v926 fastmath<contract> : f32
        %v929 = arith.select %v913, %v905, %v909 : f32
        %v930 = arith.select %v913, %v909, %v905 : f32
        %v931, %v932 = gpu.shuffle xor %v929, %v911, %v910 : f32
        %v933 = arith.addf %v930, %v931 fastmath<contract> : f32
        %v934 = arith.select %v913, %v13, %v12 : i64
        %v935 = arith.constant 8 : i32
        %v936 = arith.andi %v10, %v14 : i64
        %v937 = arith.cmpi ne, %v936, %v12 : i64
        %v938 = arith.select %v937, %v918, %v928 : f32
        %v939 = arith.select %v937, %v928, %v918 : f32
        %v940, %v941 = gpu.shuffle xor %v938, %v935, %v910 : f32
        %v942 = arith.addf %v939, %v940 fastmath<contract> : f32
        %v943 = arith.select %v937, %v923, %v933 : f32
        %v944 = arith.select %v937, %v933, %v923 : f32
        %v945, %v946 = gpu.shuffle xor %v943, %v935, %v910 : f32
        %v947 = arith.addf %v944, %v945 fastmath<contract> : f32
        %v948 = arith.select %v937, %v28, %v12 : i64
        %v949 = arith.addi %v934, %v948 : i64
        %v950 = arith.constant 4 : i32
        %v951 = arith.andi %v10, %v13 : i64
        %v952 = arith.cmpi ne, %v951, %v12 : i64
        %v953 = arith.select %v952, %v942, %v947 : f32
        %v954 = arith.select %v952, %v947, %v942 : f32
        %v955, %v956 = gpu.shuffle xor %v953, %v950, %v910 : f32
        %v957 = arith.addf %v954, %v955 fastmath<contract> : f32
        %v958 = arith.select %v952, %v11, %v12 : i64
        %v959 = arith.addi %v949, %v958 : i64
        %v960 = arith.constant 2 : i32
        %v961, %v962 = gpu.shuffle xor %v957, %v960, %v910 : f32
        %v963 = arith.addf %v957, %v961 fastmath<contract> : f32
        %v964 = arith.constant 1 : i32
        %v965, %v966 = gpu.shuffle xor %v963, %v964, %v910 : f32
        %v967 = arith.addf %v963, %v965 fastmath<contract> : f32
        %v968 = arith.sitofp %k : i64 to f32
        %v969 = arith.divf %v967, %v968 : f32
        %v970 = arith.addf %v969, %eps fastmath<contract> : f32
        %v971 = llvm.call_intrinsic "llvm.sqrt.f32"(%v970) : (f32) -> f32
        %v973 = arith.divf %v972, %v971 : f32
        %v974 = arith.mulf %v895, %v973 fastmath<contract> : f32
        %v975 = arith.andi %v10, %v12 : i64
        %v976 = arith.cmpi eq, %v975, %v12 : i64
        %v977 = arith.cmpi slt, %v900, %n : i64
        %v978 = arith.cmpi slt, %v901, %m : i64
        %v979 = arith.andi %v977, %v978 : i1
        %v980 = arith.andi %v979, %v976 : i1
        scf.if %v980 {
          llvm.store %v974, %v981 : f32, !llvm.ptr
          %v982 = llvm.mlir.zero : !llvm.ptr
          %v983 = llvm.icmp "ne" %bias, %v982 : !llvm.ptr
          scf.if %v983 {
            %v984 = llvm.getelementptr %bias[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v985 = llvm.load %v984 : !llvm.ptr -> f32
            %v986 = llvm.load %v981 : !llvm.ptr -> f32
            %v987 = arith.addf %v986, %v985 fastmath<contract> : f32
            llvm.store %v987, %v981 : f32, !llvm.ptr
          }
          %v988 = llvm.mlir.zero : !llvm.ptr
          %v989 = llvm.icmp "ne" %add, %v988 : !llvm.ptr
          scf.if %v989 {
            %v990 = arith.muli %v901, %add_stride : i64
            %v991 = arith.addi %v990, %v900 : i64
            %v992 = llvm.getelementptr %add[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v993 = llvm.load %v992 : !llvm.ptr -> f32
            %v994 = llvm.load %v981 : !llvm.ptr -> f32
            %v995 = arith.addf %v994, %v993 fastmath<contract> : f32
            llvm.store %v995, %v981 : f32, !llvm.ptr
          }
          %v996 = llvm.load %v981 : !llvm.ptr -> f32
          %v997 = arith.cmpi slt, %v900, %split1 : i64
          %v998 = arith.cmpi slt, %v900, %split2 : i64
          %v999 = arith.muli %m, %split1 : i64
          %v1000 = arith.muli %m, %split2 : i64
          %v1001 = arith.select %v998, %v999, %v1000 : i64
          %v1002 = arith.select %v997, %v12, %v1001 : i64
          %v1003 = arith.subi %split2, %split1 : i64
          %v1004 = arith.subi %n, %split2 : i64
          %v1005 = arith.select %v998, %v1003, %v1004 : i64
          %v1006 = arith.select %v997, %split1, %v1005 : i64
          %v1007 = arith.select %v998, %split1, %split2 : i64
          %v1008 = arith.select %v997, %v12, %v1007 : i64
          %v1009 = arith.muli %v901, %v1006 : i64
          %v1010 = arith.subi %v900, %v1008 : i64
          %v1011 = arith.addi %v1002, %v1009 : i64
          %v1012 = arith.addi %v1011, %v1010 : i64
          %v1013 = llvm.getelementptr %out[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v996, %v1013 : f32, !llvm.ptr
          %v1014 = llvm.mlir.zero : !llvm.ptr
          %v1015 = llvm.icmp "ne" %conv_w, %v1014 : !llvm.ptr
          %v1016 = arith.andi %v1015, %v997 : i1
          scf.if %v1016 {
            %v1017 = arith.subi %conv_k, %v11 : i64
            llvm.store %v42, %v1018 : f32, !llvm.ptr
            %v1019 = llvm.mlir.zero : !llvm.ptr
            %v1020 = llvm.icmp "ne" %conv_b, %v1019 : !llvm.ptr
            scf.if %v1020 {
              %v1021 = llvm.getelementptr %conv_b[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
              llvm.store %v1022, %v1018 : f32, !llvm.ptr
            }
            %v1023 = arith.muli %v900, %conv_k : i64
            %v1024 = arith.muli %v901, %v1017 : i64
            scf.for %v1025 = %v12 to %v1017 step %v11 : i64 {
              %v1026 = arith.addi %v1024, %v1025 : i64
              %v1027 = arith.muli %v1026, %split1 : i64
              %v1028 = arith.addi %v1027, %v900 : i64
              %v1029 = llvm.getelementptr %conv_win[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
              %v1031 = arith.addi %v1023, %v1025 : i64
              %v1032 = llvm.getelementptr %conv_w[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
              %v1034 = arith.mulf %v1033, %v1030 fastmath<contract> : f32
              %v1035 = llvm.load %v1018 : !llvm.ptr -> f32
              %v1036 = arith.addf %v1035, %v1034 fastmath<contract> : f32
              llvm.store %v1036, %v1018 : f32, !llvm.ptr
            }
            %v1037 = arith.addi %v1023, %v1017 : i64
            %v1038 = llvm.getelementptr %conv_w[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
            %v1040 = arith.mulf %v1039, %v996 fastmath<contract> : f32
            %v1041 = llvm.load %v1018 : !llvm.ptr -> f32
            %v1042 = arith.addf %v1041, %v1040 fastmath<contract> : f32
            %v1043 = arith.negf %v1042 : f32
            %v1045 = arith.mulf %v1043, %v1044 fastmath<contract> : f32
            %v1046 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1045) : (f32) -> f32
            %v1047 = arith.addf %v972, %v1046 fastmath<contract> : f32
            %v1048 = arith.divf %v972, %v1047 : f32
            %v1049 = arith.mulf %v1042, %v1048 fastmath<contract> : f32
            %v1050 = arith.cmpi eq, %conv_act, %v11 : i64
            %v1051 = arith.select %v1050, %v1049, %v1042 : f32
            %v1052 = arith.muli %v901, %split1 : i64
            %v1053 = arith.addi %v1052, %v900 : i64
            %v1054 = llvm.getelementptr %conv_out[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1051, %v1054 : f32, !llvm.ptr
            %v1055 = arith.subi %v1017, %v11 : i64
            scf.for %v1056 = %v12 to %v1055 step %v11 : i64 {
              %v1057 = arith.addi %v1024, %v1056 : i64
              %v1058 = arith.muli %v1057, %split1 : i64
              %v1059 = arith.addi %v1058, %v900 : i64
              %v1060 = arith.addi %v1059, %split1 : i64
              %v1061 = llvm.getelementptr %conv_win[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
              %v1063 = llvm.getelementptr %conv_win[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1062, %v1063 : f32, !llvm.ptr
            }
            %v1064 = arith.cmpi slt, %v12, %v1017 : i64
            scf.if %v1064 {
              %v1065 = arith.addi %v1024, %v1055 : i64
              %v1066 = arith.muli %v1065, %split1 : i64
              %v1067 = arith.addi %v1066, %v900 : i64
              %v1068 = llvm.getelementptr %conv_win[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v996, %v1068 : f32, !llvm.ptr
            }
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_unary_neg(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
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
