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
      %v32 = arith.constant 2 : i64
      %v37 = arith.constant 128 : i64
      %v39 = arith.constant 32768 : i64
      %v58 = arith.constant 0x00000000 : f32
      %v59 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v65 = arith.constant 31 : i64
      %v71 = arith.constant 3 : i64
      %v261 = arith.constant 20 : i64
      %v262 = arith.constant 160 : i64
      %v292 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v293 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v302 = arith.constant 320 : i64
      %v307 = arith.constant 480 : i64
      %v312 = arith.constant 640 : i64
      %v317 = arith.constant 800 : i64
      %v322 = arith.constant 960 : i64
      %v327 = arith.constant 1120 : i64
      %v333 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v335 = arith.constant 136 : i64
      %v357 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v376 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v413 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v438 = arith.constant 0x3F800000 : f32
      %v440 = arith.constant 0x3FB8AA3B : f32
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
        %v33 = arith.muli %v31, %v32 : i64
        %v34 = llvm.getelementptr %w[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v35 = arith.muli %v30, %k : i64
        %v36 = arith.muli %v35, %v32 : i64
        %v38 = arith.muli %v8, %v37 : i64
        scf.for %v40 = %v38 to %v36 step %v39 : i64 {
          %v41 = llvm.getelementptr %v34[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v41 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v42 = arith.subi %m, %v15 : i64
      %v43 = arith.subi %n, %v15 : i64
      %v44 = arith.subi %k, %v17 : i64
      %v45 = arith.addi %v26, %v13 : i64
      %v46 = arith.minsi %v45, %v42 : i64
      %v47 = arith.muli %v46, %x_stride : i64
      %v48 = llvm.getelementptr %x[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = arith.addi %v27, %v13 : i64
      %v50 = arith.minsi %v49, %v43 : i64
      %v51 = arith.muli %v50, %k : i64
      %v52 = llvm.getelementptr %w[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v53 = arith.addi %v27, %v13 : i64
      %v54 = arith.addi %v53, %v17 : i64
      %v55 = arith.minsi %v54, %v43 : i64
      %v56 = arith.muli %v55, %k : i64
      %v57 = llvm.getelementptr %w[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v58, %v59 : f32, !llvm.ptr
      llvm.store %v58, %v60 : f32, !llvm.ptr
      llvm.store %v58, %v61 : f32, !llvm.ptr
      llvm.store %v58, %v62 : f32, !llvm.ptr
      llvm.store %v58, %v63 : f32, !llvm.ptr
      %v64 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v66 = arith.addi %k, %v65 : i64
      %v67 = arith.divsi %v66, %v9 : i64
      %v68 = arith.muli %v19, %v17 : i64
      %v69 = arith.addi %v68, %v10 : i64
      %v70 = arith.muli %splits, %v17 : i64
      %v72 = arith.muli %v70, %v71 : i64
      scf.for %v73 = %v69 to %v67 step %v72 : i64 {
        %v74 = arith.muli %v14, %v17 : i64
        %v75 = arith.muli %v73, %v9 : i64
        %v76 = arith.addi %v75, %v74 : i64
        %v77 = arith.cmpi slt, %v76, %k : i64
        %v78 = arith.minsi %v76, %v44 : i64
        %v79 = llvm.getelementptr %v52[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v80 = llvm.load %v79 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v81 = llvm.getelementptr %v57[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v82 = llvm.load %v81 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v83 = arith.addi %v73, %v70 : i64
        %v84 = arith.muli %v83, %v9 : i64
        %v85 = arith.addi %v84, %v74 : i64
        %v86 = arith.cmpi slt, %v85, %k : i64
        %v87 = arith.minsi %v85, %v44 : i64
        %v88 = llvm.getelementptr %v52[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v89 = llvm.load %v88 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v90 = llvm.getelementptr %v57[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v91 = llvm.load %v90 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v92 = arith.muli %v32, %v70 : i64
        %v93 = arith.addi %v73, %v92 : i64
        %v94 = arith.muli %v93, %v9 : i64
        %v95 = arith.addi %v94, %v74 : i64
        %v96 = arith.cmpi slt, %v95, %k : i64
        %v97 = arith.minsi %v95, %v44 : i64
        %v98 = llvm.getelementptr %v52[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v99 = llvm.load %v98 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v100 = llvm.getelementptr %v57[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v101 = llvm.load %v100 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v102 = llvm.mlir.constant(0 : i32) : i32
        %v103 = llvm.extractelement %v80[%v102 : i32] : vector<4xi32>
        %v104 = llvm.mlir.constant(0 : i32) : i32
        %v105 = llvm.extractelement %v82[%v104 : i32] : vector<4xi32>
        %v106 = llvm.mlir.constant(1 : i32) : i32
        %v107 = llvm.extractelement %v80[%v106 : i32] : vector<4xi32>
        %v108 = llvm.mlir.constant(1 : i32) : i32
        %v109 = llvm.extractelement %v82[%v108 : i32] : vector<4xi32>
        %v110 = llvm.mlir.constant(2 : i32) : i32
        %v111 = llvm.extractelement %v80[%v110 : i32] : vector<4xi32>
        %v112 = llvm.mlir.constant(2 : i32) : i32
        %v113 = llvm.extractelement %v82[%v112 : i32] : vector<4xi32>
        %v114 = llvm.mlir.constant(3 : i32) : i32
        %v115 = llvm.extractelement %v80[%v114 : i32] : vector<4xi32>
        %v116 = llvm.mlir.constant(3 : i32) : i32
        %v117 = llvm.extractelement %v82[%v116 : i32] : vector<4xi32>
        %v118 = llvm.getelementptr %v48[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v119 = llvm.load %v118 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v120 = arith.addi %v78, %v12 : i64
        %v121 = llvm.getelementptr %v48[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v122 = llvm.load %v121 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v123 = llvm.select %v77, %v119, %v64 : i1, vector<4xf32>
        %v124 = llvm.select %v77, %v122, %v64 : i1, vector<4xf32>
        %v125 = llvm.shufflevector %v123, %v123 [0, 1] : vector<4xf32>
        %v126 = llvm.fptrunc %v125 : vector<2xf32> to vector<2xbf16>
        %v127 = llvm.bitcast %v126 : vector<2xbf16> to i32
        %v128 = llvm.shufflevector %v123, %v123 [2, 3] : vector<4xf32>
        %v129 = llvm.fptrunc %v128 : vector<2xf32> to vector<2xbf16>
        %v130 = llvm.bitcast %v129 : vector<2xbf16> to i32
        %v131 = llvm.shufflevector %v124, %v124 [0, 1] : vector<4xf32>
        %v132 = llvm.fptrunc %v131 : vector<2xf32> to vector<2xbf16>
        %v133 = llvm.bitcast %v132 : vector<2xbf16> to i32
        %v134 = llvm.shufflevector %v124, %v124 [2, 3] : vector<4xf32>
        %v135 = llvm.fptrunc %v134 : vector<2xf32> to vector<2xbf16>
        %v136 = llvm.bitcast %v135 : vector<2xbf16> to i32
        %v137 = llvm.load %v59 : !llvm.ptr -> f32
        %v138 = llvm.load %v60 : !llvm.ptr -> f32
        %v139 = llvm.load %v61 : !llvm.ptr -> f32
        %v140 = llvm.load %v62 : !llvm.ptr -> f32
        %v141 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v103, %v105, %v107, %v109, %v127, %v130, %v137, %v138, %v139, %v140 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v142 = llvm.extractvalue %v141[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v142, %v59 : f32, !llvm.ptr
        %v143 = llvm.extractvalue %v141[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v143, %v60 : f32, !llvm.ptr
        %v144 = llvm.extractvalue %v141[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v144, %v61 : f32, !llvm.ptr
        %v145 = llvm.extractvalue %v141[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v145, %v62 : f32, !llvm.ptr
        %v146 = llvm.load %v59 : !llvm.ptr -> f32
        %v147 = llvm.load %v60 : !llvm.ptr -> f32
        %v148 = llvm.load %v61 : !llvm.ptr -> f32
        %v149 = llvm.load %v62 : !llvm.ptr -> f32
        %v150 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v111, %v113, %v115, %v117, %v133, %v136, %v146, %v147, %v148, %v149 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v151 = llvm.extractvalue %v150[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v151, %v59 : f32, !llvm.ptr
        %v152 = llvm.extractvalue %v150[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v152, %v60 : f32, !llvm.ptr
        %v153 = llvm.extractvalue %v150[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v153, %v61 : f32, !llvm.ptr
        %v154 = llvm.extractvalue %v150[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v154, %v62 : f32, !llvm.ptr
        %v155 = llvm.mlir.constant(0 : i32) : i32
        %v156 = llvm.extractelement %v89[%v155 : i32] : vector<4xi32>
        %v157 = llvm.mlir.constant(0 : i32) : i32
        %v158 = llvm.extractelement %v91[%v157 : i32] : vector<4xi32>
        %v159 = llvm.mlir.constant(1 : i32) : i32
        %v160 = llvm.extractelement %v89[%v159 : i32] : vector<4xi32>
        %v161 = llvm.mlir.constant(1 : i32) : i32
        %v162 = llvm.extractelement %v91[%v161 : i32] : vector<4xi32>
        %v163 = llvm.mlir.constant(2 : i32) : i32
        %v164 = llvm.extractelement %v89[%v163 : i32] : vector<4xi32>
        %v165 = llvm.mlir.constant(2 : i32) : i32
        %v166 = llvm.extractelement %v91[%v165 : i32] : vector<4xi32>
        %v167 = llvm.mlir.constant(3 : i32) : i32
        %v168 = llvm.extractelement %v89[%v167 : i32] : vector<4xi32>
        %v169 = llvm.mlir.constant(3 : i32) : i32
        %v170 = llvm.extractelement %v91[%v169 : i32] : vector<4xi32>
        %v171 = llvm.getelementptr %v48[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v172 = llvm.load %v171 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v173 = arith.addi %v87, %v12 : i64
        %v174 = llvm.getelementptr %v48[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v175 = llvm.load %v174 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v176 = llvm.select %v86, %v172, %v64 : i1, vector<4xf32>
        %v177 = llvm.select %v86, %v175, %v64 : i1, vector<4xf32>
        %v178 = llvm.shufflevector %v176, %v176 [0, 1] : vector<4xf32>
        %v179 = llvm.fptrunc %v178 : vector<2xf32> to vector<2xbf16>
        %v180 = llvm.bitcast %v179 : vector<2xbf16> to i32
        %v181 = llvm.shufflevector %v176, %v176 [2, 3] : vector<4xf32>
        %v182 = llvm.fptrunc %v181 : vector<2xf32> to vector<2xbf16>
        %v183 = llvm.bitcast %v182 : vector<2xbf16> to i32
        %v184 = llvm.shufflevector %v177, %v177 [0, 1] : vector<4xf32>
        %v185 = llvm.fptrunc %v184 : vector<2xf32> to vector<2xbf16>
        %v186 = llvm.bitcast %v185 : vector<2xbf16> to i32
        %v187 = llvm.shufflevector %v177, %v177 [2, 3] : vector<4xf32>
        %v188 = llvm.fptrunc %v187 : vector<2xf32> to vector<2xbf16>
        %v189 = llvm.bitcast %v188 : vector<2xbf16> to i32
        %v190 = llvm.load %v59 : !llvm.ptr -> f32
        %v191 = llvm.load %v60 : !llvm.ptr -> f32
        %v192 = llvm.load %v61 : !llvm.ptr -> f32
        %v193 = llvm.load %v62 : !llvm.ptr -> f32
        %v194 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v156, %v158, %v160, %v162, %v180, %v183, %v190, %v191, %v192, %v193 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v195 = llvm.extractvalue %v194[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v195, %v59 : f32, !llvm.ptr
        %v196 = llvm.extractvalue %v194[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v196, %v60 : f32, !llvm.ptr
        %v197 = llvm.extractvalue %v194[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v197, %v61 : f32, !llvm.ptr
        %v198 = llvm.extractvalue %v194[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v198, %v62 : f32, !llvm.ptr
        %v199 = llvm.load %v59 : !llvm.ptr -> f32
        %v200 = llvm.load %v60 : !llvm.ptr -> f32
        %v201 = llvm.load %v61 : !llvm.ptr -> f32
        %v202 = llvm.load %v62 : !llvm.ptr -> f32
        %v203 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v164, %v166, %v168, %v170, %v186, %v189, %v199, %v200, %v201, %v202 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v204 = llvm.extractvalue %v203[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v204, %v59 : f32, !llvm.ptr
        %v205 = llvm.extractvalue %v203[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v205, %v60 : f32, !llvm.ptr
        %v206 = llvm.extractvalue %v203[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v206, %v61 : f32, !llvm.ptr
        %v207 = llvm.extractvalue %v203[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v207, %v62 : f32, !llvm.ptr
        %v208 = llvm.mlir.constant(0 : i32) : i32
        %v209 = llvm.extractelement %v99[%v208 : i32] : vector<4xi32>
        %v210 = llvm.mlir.constant(0 : i32) : i32
        %v211 = llvm.extractelement %v101[%v210 : i32] : vector<4xi32>
        %v212 = llvm.mlir.constant(1 : i32) : i32
        %v213 = llvm.extractelement %v99[%v212 : i32] : vector<4xi32>
        %v214 = llvm.mlir.constant(1 : i32) : i32
        %v215 = llvm.extractelement %v101[%v214 : i32] : vector<4xi32>
        %v216 = llvm.mlir.constant(2 : i32) : i32
        %v217 = llvm.extractelement %v99[%v216 : i32] : vector<4xi32>
        %v218 = llvm.mlir.constant(2 : i32) : i32
        %v219 = llvm.extractelement %v101[%v218 : i32] : vector<4xi32>
        %v220 = llvm.mlir.constant(3 : i32) : i32
        %v221 = llvm.extractelement %v99[%v220 : i32] : vector<4xi32>
        %v222 = llvm.mlir.constant(3 : i32) : i32
        %v223 = llvm.extractelement %v101[%v222 : i32] : vector<4xi32>
        %v224 = llvm.getelementptr %v48[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v225 = llvm.load %v224 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v226 = arith.addi %v97, %v12 : i64
        %v227 = llvm.getelementptr %v48[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v228 = llvm.load %v227 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v229 = llvm.select %v96, %v225, %v64 : i1, vector<4xf32>
        %v230 = llvm.select %v96, %v228, %v64 : i1, vector<4xf32>
        %v231 = llvm.shufflevector %v229, %v229 [0, 1] : vector<4xf32>
        %v232 = llvm.fptrunc %v231 : vector<2xf32> to vector<2xbf16>
        %v233 = llvm.bitcast %v232 : vector<2xbf16> to i32
        %v234 = llvm.shufflevector %v229, %v229 [2, 3] : vector<4xf32>
        %v235 = llvm.fptrunc %v234 : vector<2xf32> to vector<2xbf16>
        %v236 = llvm.bitcast %v235 : vector<2xbf16> to i32
        %v237 = llvm.shufflevector %v230, %v230 [0, 1] : vector<4xf32>
        %v238 = llvm.fptrunc %v237 : vector<2xf32> to vector<2xbf16>
        %v239 = llvm.bitcast %v238 : vector<2xbf16> to i32
        %v240 = llvm.shufflevector %v230, %v230 [2, 3] : vector<4xf32>
        %v241 = llvm.fptrunc %v240 : vector<2xf32> to vector<2xbf16>
        %v242 = llvm.bitcast %v241 : vector<2xbf16> to i32
        %v243 = llvm.load %v59 : !llvm.ptr -> f32
        %v244 = llvm.load %v60 : !llvm.ptr -> f32
        %v245 = llvm.load %v61 : !llvm.ptr -> f32
        %v246 = llvm.load %v62 : !llvm.ptr -> f32
        %v247 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v209, %v211, %v213, %v215, %v233, %v236, %v243, %v244, %v245, %v246 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v248 = llvm.extractvalue %v247[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v248, %v59 : f32, !llvm.ptr
        %v249 = llvm.extractvalue %v247[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v249, %v60 : f32, !llvm.ptr
        %v250 = llvm.extractvalue %v247[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v250, %v61 : f32, !llvm.ptr
        %v251 = llvm.extractvalue %v247[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v251, %v62 : f32, !llvm.ptr
        %v252 = llvm.load %v59 : !llvm.ptr -> f32
        %v253 = llvm.load %v60 : !llvm.ptr -> f32
        %v254 = llvm.load %v61 : !llvm.ptr -> f32
        %v255 = llvm.load %v62 : !llvm.ptr -> f32
        %v256 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v217, %v219, %v221, %v223, %v239, %v242, %v252, %v253, %v254, %v255 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v257 = llvm.extractvalue %v256[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v257, %v59 : f32, !llvm.ptr
        %v258 = llvm.extractvalue %v256[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v258, %v60 : f32, !llvm.ptr
        %v259 = llvm.extractvalue %v256[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v259, %v61 : f32, !llvm.ptr
        %v260 = llvm.extractvalue %v256[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v260, %v62 : f32, !llvm.ptr
      }
      %v263 = arith.muli %v10, %v262 : i64
      %v264 = arith.muli %v14, %v32 : i64
      %v265 = arith.muli %v264, %v261 : i64
      %v266 = arith.addi %v263, %v265 : i64
      %v267 = arith.addi %v266, %v13 : i64
      %v268 = llvm.load %v59 : !llvm.ptr -> f32
      %v269 = llvm.getelementptr %v2[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v268, %v269 : f32, !llvm.ptr
      %v270 = arith.addi %v264, %v15 : i64
      %v271 = arith.muli %v270, %v261 : i64
      %v272 = arith.addi %v263, %v271 : i64
      %v273 = arith.addi %v272, %v13 : i64
      %v274 = llvm.load %v60 : !llvm.ptr -> f32
      %v275 = llvm.getelementptr %v2[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v274, %v275 : f32, !llvm.ptr
      %v276 = arith.addi %v13, %v17 : i64
      %v277 = arith.muli %v264, %v261 : i64
      %v278 = arith.addi %v263, %v277 : i64
      %v279 = arith.addi %v278, %v276 : i64
      %v280 = llvm.load %v61 : !llvm.ptr -> f32
      %v281 = llvm.getelementptr %v2[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v280, %v281 : f32, !llvm.ptr
      %v282 = arith.addi %v264, %v15 : i64
      %v283 = arith.addi %v13, %v17 : i64
      %v284 = arith.muli %v282, %v261 : i64
      %v285 = arith.addi %v263, %v284 : i64
      %v286 = arith.addi %v285, %v283 : i64
      %v287 = llvm.load %v62 : !llvm.ptr -> f32
      %v288 = llvm.getelementptr %v2[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v287, %v288 : f32, !llvm.ptr
      gpu.barrier
      %v289 = arith.cmpi slt, %v8, %v37 : i64
      %v290 = arith.divsi %v8, %v20 : i64
      %v291 = arith.remsi %v8, %v20 : i64
      llvm.store %v58, %v292 : f32, !llvm.ptr
      llvm.store %v58, %v293 : f32, !llvm.ptr
      scf.if %v289 {
        %v294 = arith.muli %v290, %v261 : i64
        %v295 = arith.addi %v294, %v291 : i64
        %v296 = llvm.getelementptr %v2[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v297 = llvm.load %v296 : !llvm.ptr -> f32
        %v298 = arith.addi %v295, %v262 : i64
        %v299 = llvm.getelementptr %v2[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v300 = llvm.load %v299 : !llvm.ptr -> f32
        %v301 = arith.addf %v297, %v300 fastmath<contract> : f32
        %v303 = arith.addi %v295, %v302 : i64
        %v304 = llvm.getelementptr %v2[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v305 = llvm.load %v304 : !llvm.ptr -> f32
        %v306 = arith.addf %v301, %v305 fastmath<contract> : f32
        %v308 = arith.addi %v295, %v307 : i64
        %v309 = llvm.getelementptr %v2[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v310 = llvm.load %v309 : !llvm.ptr -> f32
        %v311 = arith.addf %v306, %v310 fastmath<contract> : f32
        %v313 = arith.addi %v295, %v312 : i64
        %v314 = llvm.getelementptr %v2[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v315 = llvm.load %v314 : !llvm.ptr -> f32
        %v316 = arith.addf %v311, %v315 fastmath<contract> : f32
        %v318 = arith.addi %v295, %v317 : i64
        %v319 = llvm.getelementptr %v2[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v320 = llvm.load %v319 : !llvm.ptr -> f32
        %v321 = arith.addf %v316, %v320 fastmath<contract> : f32
        %v323 = arith.addi %v295, %v322 : i64
        %v324 = llvm.getelementptr %v2[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v325 = llvm.load %v324 : !llvm.ptr -> f32
        %v326 = arith.addf %v321, %v325 fastmath<contract> : f32
        %v328 = arith.addi %v295, %v327 : i64
        %v329 = llvm.getelementptr %v2[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v330 = llvm.load %v329 : !llvm.ptr -> f32
        %v331 = arith.addf %v326, %v330 fastmath<contract> : f32
        llvm.store %v331, %v292 : f32, !llvm.ptr
      }
      %v332 = arith.constant true
      llvm.store %v332, %v333 : i1, !llvm.ptr
      %v334 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v334 {
        %v336 = arith.muli %v18, %splits : i64
        %v337 = arith.addi %v336, %v19 : i64
        %v338 = arith.muli %v337, %v335 : i64
        scf.if %v289 {
          %v339 = arith.addi %v338, %v8 : i64
          %v340 = llvm.load %v292 : !llvm.ptr -> f32
          %v341 = llvm.getelementptr %ws[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v340, %v341 : f32, !llvm.ptr
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v342 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v342 {
          %v343 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v344 = arith.constant 1 : i32
          %v345 = llvm.atomicrmw add %v343, %v344 acq_rel : !llvm.ptr, i32
          %v346 = arith.trunci %splits : i64 to i32
          %v347 = arith.subi %v346, %v344 : i32
          %v348 = arith.cmpi eq, %v345, %v347 : i32
          %v349 = arith.uitofp %v348 : i1 to f32
          %v350 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v349, %v350 : f32, !llvm.ptr
          scf.if %v348 {
            %v351 = arith.constant 0 : i32
            llvm.store %v351, %v343 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v352 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v353 = llvm.load %v352 : !llvm.ptr -> f32
        %v354 = arith.cmpf one, %v353, %v58 : f32
        llvm.store %v354, %v333 : i1, !llvm.ptr
        scf.if %v354 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v355 = arith.muli %v18, %splits : i64
          %v356 = arith.muli %v355, %v335 : i64
          scf.if %v289 {
            llvm.store %v58, %v357 : f32, !llvm.ptr
            scf.for %v358 = %v16 to %splits step %v15 : i64 {
              %v359 = arith.muli %v358, %v335 : i64
              %v360 = arith.addi %v359, %v356 : i64
              %v361 = arith.addi %v360, %v8 : i64
              %v362 = llvm.getelementptr %ws[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v363 = llvm.ptrtoint %v362 : !llvm.ptr to i64
              %v364 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v363 : (i64) -> f32
              %v365 = llvm.load %v357 : !llvm.ptr -> f32
              %v366 = arith.addf %v365, %v364 fastmath<contract> : f32
              llvm.store %v366, %v357 : f32, !llvm.ptr
            }
            %v367 = llvm.load %v357 : !llvm.ptr -> f32
            llvm.store %v367, %v292 : f32, !llvm.ptr
          }
        }
      }
      %v368 = llvm.load %v333 : !llvm.ptr -> i1
      %v369 = arith.andi %v289, %v368 : i1
      scf.if %v369 {
        %v370 = llvm.load %v292 : !llvm.ptr -> f32
        %v371 = arith.addi %v27, %v291 : i64
        %v372 = arith.addi %v26, %v290 : i64
        %v373 = arith.cmpi slt, %v371, %n : i64
        %v374 = arith.cmpi slt, %v372, %m : i64
        %v375 = arith.andi %v373, %v374 : i1
        scf.if %v375 {
          llvm.store %v370, %v376 : f32, !llvm.ptr
          %v377 = llvm.mlir.zero : !llvm.ptr
          %v378 = llvm.icmp "ne" %bias, %v377 : !llvm.ptr
          scf.if %v378 {
            %v379 = llvm.getelementptr %bias[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v380 = llvm.load %v379 : !llvm.ptr -> f32
            %v381 = llvm.load %v376 : !llvm.ptr -> f32
            %v382 = arith.addf %v381, %v380 fastmath<contract> : f32
            llvm.store %v382, %v376 : f32, !llvm.ptr
          }
          %v383 = llvm.mlir.zero : !llvm.ptr
          %v384 = llvm.icmp "ne" %add, %v383 : !llvm.ptr
          scf.if %v384 {
            %v385 = arith.muli %v372, %add_stride : i64
            %v386 = arith.addi %v385, %v371 : i64
            %v387 = llvm.getelementptr %add[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v388 = llvm.load %v387 : !llvm.ptr -> f32
            %v389 = llvm.load %v376 : !llvm.ptr -> f32
            %v390 = arith.addf %v389, %v388 fastmath<contract> : f32
            llvm.store %v390, %v376 : f32, !llvm.ptr
          }
          %v391 = llvm.load %v376 : !llvm.ptr -> f32
          %v392 = arith.cmpi slt, %v371, %split1 : i64
          %v393 = arith.cmpi slt, %v371, %split2 : i64
          %v394 = arith.muli %m, %split1 : i64
          %v395 = arith.muli %m, %split2 : i64
          %v396 = arith.select %v393, %v394, %v395 : i64
          %v397 = arith.select %v392, %v16, %v396 : i64
          %v398 = arith.subi %split2, %split1 : i64
          %v399 = arith.subi %n, %split2 : i64
          %v400 = arith.select %v393, %v398, %v399 : i64
          %v401 = arith.select %v392, %split1, %v400 : i64
          %v402 = arith.select %v393, %split1, %split2 : i64
          %v403 = arith.select %v392, %v16, %v402 : i64
          %v404 = arith.muli %v372, %v401 : i64
          %v405 = arith.subi %v371, %v403 : i64
          %v406 = arith.addi %v397, %v404 : i64
          %v407 = arith.addi %v406, %v405 : i64
          %v408 = llvm.getelementptr %out[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v391, %v408 : f32, !llvm.ptr
          %v409 = llvm.mlir.zero : !llvm.ptr
          %v410 = llvm.icmp "ne" %conv_w, %v409 : !llvm.ptr
          %v411 = arith.andi %v410, %v392 : i1
          scf.if %v411 {
            %v412 = arith.subi %conv_k, %v15 : i64
            llvm.store %v58, %v413 : f32, !llvm.ptr
            %v414 = llvm.mlir.zero : !llvm.ptr
            %v415 = llvm.icmp "ne" %conv_b, %v414 : !llvm.ptr
            scf.if %v415 {
              %v416 = llvm.getelementptr %conv_b[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v417 = llvm.load %v416 : !llvm.ptr -> f32
              llvm.store %v417, %v413 : f32, !llvm.ptr
            }
            %v418 = arith.muli %v371, %conv_k : i64
            %v419 = arith.muli %v372, %v412 : i64
            scf.for %v420 = %v16 to %v412 step %v15 : i64 {
              %v421 = arith.addi %v419, %v420 : i64
              %v422 = arith.muli %v421, %split1 : i64
              %v423 = arith.addi %v422, %v371 : i64
              %v424 = llvm.getelementptr %conv_win[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.addi %v418, %v420 : i64
              %v427 = llvm.getelementptr %conv_w[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v428 = llvm.load %v427 : !llvm.ptr -> f32
              %v429 = arith.mulf %v428, %v425 fastmath<contract> : f32
              %v430 = llvm.load %v413 : !llvm.ptr -> f32
              %v431 = arith.addf %v430, %v429 fastmath<contract> : f32
              llvm.store %v431, %v413 : f32, !llvm.ptr
            }
            %v432 = arith.addi %v418, %v412 : i64
            %v433 = llvm.getelementptr %conv_w[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v434 = llvm.load %v433 : !llvm.ptr -> f32
            %v435 = arith.mulf %v434, %v391 fastmath<contract> : f32
            %v436 = llvm.load %v413 : !llvm.ptr -> f32
            %v437 = arith.addf %v436, %v435 fastmath<contract> : f32
            %v439 = arith.negf %v437 : f32
            %v441 = arith.mulf %v439, %v440 fastmath<contract> : f32
            %v442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v441) : (f32) -> f32
            %v443 = arith.addf %v438, %v442 fastmath<contract> : f32
            %v444 = arith.divf %v438, %v443 : f32
            %v445 = arith.mulf %v437, %v444 fastmath<contract> : f32
            %v446 = arith.cmpi eq, %conv_act, %v15 : i64
            %v447 = arith.select %v446, %v445, %v437 : f32
            %v448 = arith.muli %v372, %split1 : i64
            %v449 = arith.addi %v448, %v371 : i64
            %v450 = llvm.getelementptr %conv_out[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v447, %v450 : f32, !llvm.ptr
            %v451 = arith.subi %v412, %v15 : i64
            scf.for %v452 = %v16 to %v451 step %v15 : i64 {
              %v453 = arith.addi %v419, %v452 : i64
              %v454 = arith.muli %v453, %split1 : i64
              %v455 = arith.addi %v454, %v371 : i64
              %v456 = arith.addi %v455, %split1 : i64
              %v457 = llvm.getelementptr %conv_win[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = llvm.getelementptr %conv_win[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v458, %v459 : f32, !llvm.ptr
            }
            %v460 = arith.cmpi slt, %v16, %v412 : i64
            scf.if %v460 {
              %v461 = arith.addi %v419, %v451 : i64
              %v462 = arith.muli %v461, %split1 : i64
              %v463 = arith.addi %v462, %v371 : i64
              %v464 = llvm.getelementptr %conv_win[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v391, %v464 : f32, !llvm.ptr
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
      %v32 = arith.constant 2 : i64
      %v37 = arith.constant 128 : i64
      %v39 = arith.constant 32768 : i64
      %v58 = arith.constant 0x00000000 : f32
      %v59 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v65 = arith.constant 31 : i64
      %v71 = arith.constant 3 : i64
      %v366 = arith.constant 20 : i64
      %v367 = arith.constant 160 : i64
      %v411 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v412 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v421 = arith.constant 320 : i64
      %v426 = arith.constant 480 : i64
      %v431 = arith.constant 640 : i64
      %v436 = arith.constant 800 : i64
      %v441 = arith.constant 960 : i64
      %v446 = arith.constant 1120 : i64
      %v461 = arith.constant 24 : i64
      %v470 = arith.constant 40 : i64
      %v475 = arith.constant 48 : i64
      %v480 = arith.constant 56 : i64
      %v486 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v488 = arith.constant 136 : i64
      %v515 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v527 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v546 = arith.constant 0x3F800000 : f32
      %v554 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v591 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v617 = arith.constant 0x3FB8AA3B : f32
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
        %v33 = arith.muli %v31, %v32 : i64
        %v34 = llvm.getelementptr %w[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v35 = arith.muli %v30, %k : i64
        %v36 = arith.muli %v35, %v32 : i64
        %v38 = arith.muli %v8, %v37 : i64
        scf.for %v40 = %v38 to %v36 step %v39 : i64 {
          %v41 = llvm.getelementptr %v34[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v41 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v42 = arith.subi %m, %v15 : i64
      %v43 = arith.subi %n, %v15 : i64
      %v44 = arith.subi %k, %v17 : i64
      %v45 = arith.addi %v26, %v13 : i64
      %v46 = arith.minsi %v45, %v42 : i64
      %v47 = arith.muli %v46, %x_stride : i64
      %v48 = llvm.getelementptr %x[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = arith.addi %v27, %v13 : i64
      %v50 = arith.minsi %v49, %v43 : i64
      %v51 = arith.muli %v50, %k : i64
      %v52 = llvm.getelementptr %w[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v53 = arith.addi %v27, %v13 : i64
      %v54 = arith.addi %v53, %v17 : i64
      %v55 = arith.minsi %v54, %v43 : i64
      %v56 = arith.muli %v55, %k : i64
      %v57 = llvm.getelementptr %w[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v58, %v59 : f32, !llvm.ptr
      llvm.store %v58, %v60 : f32, !llvm.ptr
      llvm.store %v58, %v61 : f32, !llvm.ptr
      llvm.store %v58, %v62 : f32, !llvm.ptr
      llvm.store %v58, %v63 : f32, !llvm.ptr
      %v64 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v66 = arith.addi %k, %v65 : i64
      %v67 = arith.divsi %v66, %v9 : i64
      %v68 = arith.muli %v19, %v17 : i64
      %v69 = arith.addi %v68, %v10 : i64
      %v70 = arith.muli %splits, %v17 : i64
      %v72 = arith.muli %v70, %v71 : i64
      scf.for %v73 = %v69 to %v67 step %v72 : i64 {
        %v74 = arith.muli %v14, %v17 : i64
        %v75 = arith.muli %v73, %v9 : i64
        %v76 = arith.addi %v75, %v74 : i64
        %v77 = arith.cmpi slt, %v76, %k : i64
        %v78 = arith.minsi %v76, %v44 : i64
        %v79 = llvm.getelementptr %v52[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v80 = llvm.load %v79 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v81 = llvm.getelementptr %v57[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v82 = llvm.load %v81 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v83 = arith.addi %v73, %v70 : i64
        %v84 = arith.muli %v83, %v9 : i64
        %v85 = arith.addi %v84, %v74 : i64
        %v86 = arith.cmpi slt, %v85, %k : i64
        %v87 = arith.minsi %v85, %v44 : i64
        %v88 = llvm.getelementptr %v52[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v89 = llvm.load %v88 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v90 = llvm.getelementptr %v57[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v91 = llvm.load %v90 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v92 = arith.muli %v32, %v70 : i64
        %v93 = arith.addi %v73, %v92 : i64
        %v94 = arith.muli %v93, %v9 : i64
        %v95 = arith.addi %v94, %v74 : i64
        %v96 = arith.cmpi slt, %v95, %k : i64
        %v97 = arith.minsi %v95, %v44 : i64
        %v98 = llvm.getelementptr %v52[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v99 = llvm.load %v98 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v100 = llvm.getelementptr %v57[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v101 = llvm.load %v100 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v102 = llvm.getelementptr %norm_w[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v103 = llvm.load %v102 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v104 = arith.addi %v78, %v12 : i64
        %v105 = llvm.getelementptr %norm_w[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v106 = llvm.load %v105 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v107 = llvm.mlir.constant(0 : i32) : i32
        %v108 = llvm.extractelement %v80[%v107 : i32] : vector<4xi32>
        %v109 = llvm.mlir.constant(0 : i32) : i32
        %v110 = llvm.extractelement %v82[%v109 : i32] : vector<4xi32>
        %v111 = llvm.mlir.constant(1 : i32) : i32
        %v112 = llvm.extractelement %v80[%v111 : i32] : vector<4xi32>
        %v113 = llvm.mlir.constant(1 : i32) : i32
        %v114 = llvm.extractelement %v82[%v113 : i32] : vector<4xi32>
        %v115 = llvm.mlir.constant(2 : i32) : i32
        %v116 = llvm.extractelement %v80[%v115 : i32] : vector<4xi32>
        %v117 = llvm.mlir.constant(2 : i32) : i32
        %v118 = llvm.extractelement %v82[%v117 : i32] : vector<4xi32>
        %v119 = llvm.mlir.constant(3 : i32) : i32
        %v120 = llvm.extractelement %v80[%v119 : i32] : vector<4xi32>
        %v121 = llvm.mlir.constant(3 : i32) : i32
        %v122 = llvm.extractelement %v82[%v121 : i32] : vector<4xi32>
        %v123 = llvm.getelementptr %v48[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v124 = llvm.load %v123 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v125 = arith.addi %v78, %v12 : i64
        %v126 = llvm.getelementptr %v48[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v127 = llvm.load %v126 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v128 = llvm.select %v77, %v124, %v64 : i1, vector<4xf32>
        %v129 = llvm.select %v77, %v127, %v64 : i1, vector<4xf32>
        %v130 = llvm.fmul %v128, %v128 : vector<4xf32>
        %v131 = llvm.mlir.constant(0 : i32) : i32
        %v132 = llvm.extractelement %v130[%v131 : i32] : vector<4xf32>
        %v133 = llvm.mlir.constant(1 : i32) : i32
        %v134 = llvm.extractelement %v130[%v133 : i32] : vector<4xf32>
        %v135 = llvm.mlir.constant(2 : i32) : i32
        %v136 = llvm.extractelement %v130[%v135 : i32] : vector<4xf32>
        %v137 = llvm.mlir.constant(3 : i32) : i32
        %v138 = llvm.extractelement %v130[%v137 : i32] : vector<4xf32>
        %v139 = arith.addf %v132, %v134 fastmath<contract> : f32
        %v140 = arith.addf %v139, %v136 fastmath<contract> : f32
        %v141 = arith.addf %v140, %v138 fastmath<contract> : f32
        %v142 = llvm.load %v63 : !llvm.ptr -> f32
        %v143 = arith.addf %v142, %v141 fastmath<contract> : f32
        llvm.store %v143, %v63 : f32, !llvm.ptr
        %v144 = llvm.fmul %v128, %v103 : vector<4xf32>
        %v145 = llvm.fmul %v129, %v129 : vector<4xf32>
        %v146 = llvm.mlir.constant(0 : i32) : i32
        %v147 = llvm.extractelement %v145[%v146 : i32] : vector<4xf32>
        %v148 = llvm.mlir.constant(1 : i32) : i32
        %v149 = llvm.extractelement %v145[%v148 : i32] : vector<4xf32>
        %v150 = llvm.mlir.constant(2 : i32) : i32
        %v151 = llvm.extractelement %v145[%v150 : i32] : vector<4xf32>
        %v152 = llvm.mlir.constant(3 : i32) : i32
        %v153 = llvm.extractelement %v145[%v152 : i32] : vector<4xf32>
        %v154 = arith.addf %v147, %v149 fastmath<contract> : f32
        %v155 = arith.addf %v154, %v151 fastmath<contract> : f32
        %v156 = arith.addf %v155, %v153 fastmath<contract> : f32
        %v157 = llvm.load %v63 : !llvm.ptr -> f32
        %v158 = arith.addf %v157, %v156 fastmath<contract> : f32
        llvm.store %v158, %v63 : f32, !llvm.ptr
        %v159 = llvm.fmul %v129, %v106 : vector<4xf32>
        %v160 = llvm.shufflevector %v144, %v144 [0, 1] : vector<4xf32>
        %v161 = llvm.fptrunc %v160 : vector<2xf32> to vector<2xbf16>
        %v162 = llvm.bitcast %v161 : vector<2xbf16> to i32
        %v163 = llvm.shufflevector %v144, %v144 [2, 3] : vector<4xf32>
        %v164 = llvm.fptrunc %v163 : vector<2xf32> to vector<2xbf16>
        %v165 = llvm.bitcast %v164 : vector<2xbf16> to i32
        %v166 = llvm.shufflevector %v159, %v159 [0, 1] : vector<4xf32>
        %v167 = llvm.fptrunc %v166 : vector<2xf32> to vector<2xbf16>
        %v168 = llvm.bitcast %v167 : vector<2xbf16> to i32
        %v169 = llvm.shufflevector %v159, %v159 [2, 3] : vector<4xf32>
        %v170 = llvm.fptrunc %v169 : vector<2xf32> to vector<2xbf16>
        %v171 = llvm.bitcast %v170 : vector<2xbf16> to i32
        %v172 = llvm.load %v59 : !llvm.ptr -> f32
        %v173 = llvm.load %v60 : !llvm.ptr -> f32
        %v174 = llvm.load %v61 : !llvm.ptr -> f32
        %v175 = llvm.load %v62 : !llvm.ptr -> f32
        %v176 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v108, %v110, %v112, %v114, %v162, %v165, %v172, %v173, %v174, %v175 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v177 = llvm.extractvalue %v176[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v177, %v59 : f32, !llvm.ptr
        %v178 = llvm.extractvalue %v176[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v178, %v60 : f32, !llvm.ptr
        %v179 = llvm.extractvalue %v176[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v179, %v61 : f32, !llvm.ptr
        %v180 = llvm.extractvalue %v176[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v180, %v62 : f32, !llvm.ptr
        %v181 = llvm.load %v59 : !llvm.ptr -> f32
        %v182 = llvm.load %v60 : !llvm.ptr -> f32
        %v183 = llvm.load %v61 : !llvm.ptr -> f32
        %v184 = llvm.load %v62 : !llvm.ptr -> f32
        %v185 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v116, %v118, %v120, %v122, %v168, %v171, %v181, %v182, %v183, %v184 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v186 = llvm.extractvalue %v185[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v186, %v59 : f32, !llvm.ptr
        %v187 = llvm.extractvalue %v185[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v187, %v60 : f32, !llvm.ptr
        %v188 = llvm.extractvalue %v185[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v188, %v61 : f32, !llvm.ptr
        %v189 = llvm.extractvalue %v185[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v189, %v62 : f32, !llvm.ptr
        %v190 = llvm.getelementptr %norm_w[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v191 = llvm.load %v190 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v192 = arith.addi %v87, %v12 : i64
        %v193 = llvm.getelementptr %norm_w[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v194 = llvm.load %v193 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v195 = llvm.mlir.constant(0 : i32) : i32
        %v196 = llvm.extractelement %v89[%v195 : i32] : vector<4xi32>
        %v197 = llvm.mlir.constant(0 : i32) : i32
        %v198 = llvm.extractelement %v91[%v197 : i32] : vector<4xi32>
        %v199 = llvm.mlir.constant(1 : i32) : i32
        %v200 = llvm.extractelement %v89[%v199 : i32] : vector<4xi32>
        %v201 = llvm.mlir.constant(1 : i32) : i32
        %v202 = llvm.extractelement %v91[%v201 : i32] : vector<4xi32>
        %v203 = llvm.mlir.constant(2 : i32) : i32
        %v204 = llvm.extractelement %v89[%v203 : i32] : vector<4xi32>
        %v205 = llvm.mlir.constant(2 : i32) : i32
        %v206 = llvm.extractelement %v91[%v205 : i32] : vector<4xi32>
        %v207 = llvm.mlir.constant(3 : i32) : i32
        %v208 = llvm.extractelement %v89[%v207 : i32] : vector<4xi32>
        %v209 = llvm.mlir.constant(3 : i32) : i32
        %v210 = llvm.extractelement %v91[%v209 : i32] : vector<4xi32>
        %v211 = llvm.getelementptr %v48[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v212 = llvm.load %v211 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v213 = arith.addi %v87, %v12 : i64
        %v214 = llvm.getelementptr %v48[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v215 = llvm.load %v214 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v216 = llvm.select %v86, %v212, %v64 : i1, vector<4xf32>
        %v217 = llvm.select %v86, %v215, %v64 : i1, vector<4xf32>
        %v218 = llvm.fmul %v216, %v216 : vector<4xf32>
        %v219 = llvm.mlir.constant(0 : i32) : i32
        %v220 = llvm.extractelement %v218[%v219 : i32] : vector<4xf32>
        %v221 = llvm.mlir.constant(1 : i32) : i32
        %v222 = llvm.extractelement %v218[%v221 : i32] : vector<4xf32>
        %v223 = llvm.mlir.constant(2 : i32) : i32
        %v224 = llvm.extractelement %v218[%v223 : i32] : vector<4xf32>
        %v225 = llvm.mlir.constant(3 : i32) : i32
        %v226 = llvm.extractelement %v218[%v225 : i32] : vector<4xf32>
        %v227 = arith.addf %v220, %v222 fastmath<contract> : f32
        %v228 = arith.addf %v227, %v224 fastmath<contract> : f32
        %v229 = arith.addf %v228, %v226 fastmath<contract> : f32
        %v230 = llvm.load %v63 : !llvm.ptr -> f32
        %v231 = arith.addf %v230, %v229 fastmath<contract> : f32
        llvm.store %v231, %v63 : f32, !llvm.ptr
        %v232 = llvm.fmul %v216, %v191 : vector<4xf32>
        %v233 = llvm.fmul %v217, %v217 : vector<4xf32>
        %v234 = llvm.mlir.constant(0 : i32) : i32
        %v235 = llvm.extractelement %v233[%v234 : i32] : vector<4xf32>
        %v236 = llvm.mlir.constant(1 : i32) : i32
        %v237 = llvm.extractelement %v233[%v236 : i32] : vector<4xf32>
        %v238 = llvm.mlir.constant(2 : i32) : i32
        %v239 = llvm.extractelement %v233[%v238 : i32] : vector<4xf32>
        %v240 = llvm.mlir.constant(3 : i32) : i32
        %v241 = llvm.extractelement %v233[%v240 : i32] : vector<4xf32>
        %v242 = arith.addf %v235, %v237 fastmath<contract> : f32
        %v243 = arith.addf %v242, %v239 fastmath<contract> : f32
        %v244 = arith.addf %v243, %v241 fastmath<contract> : f32
        %v245 = llvm.load %v63 : !llvm.ptr -> f32
        %v246 = arith.addf %v245, %v244 fastmath<contract> : f32
        llvm.store %v246, %v63 : f32, !llvm.ptr
        %v247 = llvm.fmul %v217, %v194 : vector<4xf32>
        %v248 = llvm.shufflevector %v232, %v232 [0, 1] : vector<4xf32>
        %v249 = llvm.fptrunc %v248 : vector<2xf32> to vector<2xbf16>
        %v250 = llvm.bitcast %v249 : vector<2xbf16> to i32
        %v251 = llvm.shufflevector %v232, %v232 [2, 3] : vector<4xf32>
        %v252 = llvm.fptrunc %v251 : vector<2xf32> to vector<2xbf16>
        %v253 = llvm.bitcast %v252 : vector<2xbf16> to i32
        %v254 = llvm.shufflevector %v247, %v247 [0, 1] : vector<4xf32>
        %v255 = llvm.fptrunc %v254 : vector<2xf32> to vector<2xbf16>
        %v256 = llvm.bitcast %v255 : vector<2xbf16> to i32
        %v257 = llvm.shufflevector %v247, %v247 [2, 3] : vector<4xf32>
        %v258 = llvm.fptrunc %v257 : vector<2xf32> to vector<2xbf16>
        %v259 = llvm.bitcast %v258 : vector<2xbf16> to i32
        %v260 = llvm.load %v59 : !llvm.ptr -> f32
        %v261 = llvm.load %v60 : !llvm.ptr -> f32
        %v262 = llvm.load %v61 : !llvm.ptr -> f32
        %v263 = llvm.load %v62 : !llvm.ptr -> f32
        %v264 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v196, %v198, %v200, %v202, %v250, %v253, %v260, %v261, %v262, %v263 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v265 = llvm.extractvalue %v264[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v265, %v59 : f32, !llvm.ptr
        %v266 = llvm.extractvalue %v264[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v266, %v60 : f32, !llvm.ptr
        %v267 = llvm.extractvalue %v264[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v267, %v61 : f32, !llvm.ptr
        %v268 = llvm.extractvalue %v264[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v268, %v62 : f32, !llvm.ptr
        %v269 = llvm.load %v59 : !llvm.ptr -> f32
        %v270 = llvm.load %v60 : !llvm.ptr -> f32
        %v271 = llvm.load %v61 : !llvm.ptr -> f32
        %v272 = llvm.load %v62 : !llvm.ptr -> f32
        %v273 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v204, %v206, %v208, %v210, %v256, %v259, %v269, %v270, %v271, %v272 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v274 = llvm.extractvalue %v273[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v274, %v59 : f32, !llvm.ptr
        %v275 = llvm.extractvalue %v273[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v275, %v60 : f32, !llvm.ptr
        %v276 = llvm.extractvalue %v273[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v276, %v61 : f32, !llvm.ptr
        %v277 = llvm.extractvalue %v273[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v277, %v62 : f32, !llvm.ptr
        %v278 = llvm.getelementptr %norm_w[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v279 = llvm.load %v278 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v280 = arith.addi %v97, %v12 : i64
        %v281 = llvm.getelementptr %norm_w[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v282 = llvm.load %v281 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v283 = llvm.mlir.constant(0 : i32) : i32
        %v284 = llvm.extractelement %v99[%v283 : i32] : vector<4xi32>
        %v285 = llvm.mlir.constant(0 : i32) : i32
        %v286 = llvm.extractelement %v101[%v285 : i32] : vector<4xi32>
        %v287 = llvm.mlir.constant(1 : i32) : i32
        %v288 = llvm.extractelement %v99[%v287 : i32] : vector<4xi32>
        %v289 = llvm.mlir.constant(1 : i32) : i32
        %v290 = llvm.extractelement %v101[%v289 : i32] : vector<4xi32>
        %v291 = llvm.mlir.constant(2 : i32) : i32
        %v292 = llvm.extractelement %v99[%v291 : i32] : vector<4xi32>
        %v293 = llvm.mlir.constant(2 : i32) : i32
        %v294 = llvm.extractelement %v101[%v293 : i32] : vector<4xi32>
        %v295 = llvm.mlir.constant(3 : i32) : i32
        %v296 = llvm.extractelement %v99[%v295 : i32] : vector<4xi32>
        %v297 = llvm.mlir.constant(3 : i32) : i32
        %v298 = llvm.extractelement %v101[%v297 : i32] : vector<4xi32>
        %v299 = llvm.getelementptr %v48[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v300 = llvm.load %v299 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v301 = arith.addi %v97, %v12 : i64
        %v302 = llvm.getelementptr %v48[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v303 = llvm.load %v302 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v304 = llvm.select %v96, %v300, %v64 : i1, vector<4xf32>
        %v305 = llvm.select %v96, %v303, %v64 : i1, vector<4xf32>
        %v306 = llvm.fmul %v304, %v304 : vector<4xf32>
        %v307 = llvm.mlir.constant(0 : i32) : i32
        %v308 = llvm.extractelement %v306[%v307 : i32] : vector<4xf32>
        %v309 = llvm.mlir.constant(1 : i32) : i32
        %v310 = llvm.extractelement %v306[%v309 : i32] : vector<4xf32>
        %v311 = llvm.mlir.constant(2 : i32) : i32
        %v312 = llvm.extractelement %v306[%v311 : i32] : vector<4xf32>
        %v313 = llvm.mlir.constant(3 : i32) : i32
        %v314 = llvm.extractelement %v306[%v313 : i32] : vector<4xf32>
        %v315 = arith.addf %v308, %v310 fastmath<contract> : f32
        %v316 = arith.addf %v315, %v312 fastmath<contract> : f32
        %v317 = arith.addf %v316, %v314 fastmath<contract> : f32
        %v318 = llvm.load %v63 : !llvm.ptr -> f32
        %v319 = arith.addf %v318, %v317 fastmath<contract> : f32
        llvm.store %v319, %v63 : f32, !llvm.ptr
        %v320 = llvm.fmul %v304, %v279 : vector<4xf32>
        %v321 = llvm.fmul %v305, %v305 : vector<4xf32>
        %v322 = llvm.mlir.constant(0 : i32) : i32
        %v323 = llvm.extractelement %v321[%v322 : i32] : vector<4xf32>
        %v324 = llvm.mlir.constant(1 : i32) : i32
        %v325 = llvm.extractelement %v321[%v324 : i32] : vector<4xf32>
        %v326 = llvm.mlir.constant(2 : i32) : i32
        %v327 = llvm.extractelement %v321[%v326 : i32] : vector<4xf32>
        %v328 = llvm.mlir.constant(3 : i32) : i32
        %v329 = llvm.extractelement %v321[%v328 : i32] : vector<4xf32>
        %v330 = arith.addf %v323, %v325 fastmath<contract> : f32
        %v331 = arith.addf %v330, %v327 fastmath<contract> : f32
        %v332 = arith.addf %v331, %v329 fastmath<contract> : f32
        %v333 = llvm.load %v63 : !llvm.ptr -> f32
        %v334 = arith.addf %v333, %v332 fastmath<contract> : f32
        llvm.store %v334, %v63 : f32, !llvm.ptr
        %v335 = llvm.fmul %v305, %v282 : vector<4xf32>
        %v336 = llvm.shufflevector %v320, %v320 [0, 1] : vector<4xf32>
        %v337 = llvm.fptrunc %v336 : vector<2xf32> to vector<2xbf16>
        %v338 = llvm.bitcast %v337 : vector<2xbf16> to i32
        %v339 = llvm.shufflevector %v320, %v320 [2, 3] : vector<4xf32>
        %v340 = llvm.fptrunc %v339 : vector<2xf32> to vector<2xbf16>
        %v341 = llvm.bitcast %v340 : vector<2xbf16> to i32
        %v342 = llvm.shufflevector %v335, %v335 [0, 1] : vector<4xf32>
        %v343 = llvm.fptrunc %v342 : vector<2xf32> to vector<2xbf16>
        %v344 = llvm.bitcast %v343 : vector<2xbf16> to i32
        %v345 = llvm.shufflevector %v335, %v335 [2, 3] : vector<4xf32>
        %v346 = llvm.fptrunc %v345 : vector<2xf32> to vector<2xbf16>
        %v347 = llvm.bitcast %v346 : vector<2xbf16> to i32
        %v348 = llvm.load %v59 : !llvm.ptr -> f32
        %v349 = llvm.load %v60 : !llvm.ptr -> f32
        %v350 = llvm.load %v61 : !llvm.ptr -> f32
        %v351 = llvm.load %v62 : !llvm.ptr -> f32
        %v352 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v284, %v286, %v288, %v290, %v338, %v341, %v348, %v349, %v350, %v351 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v353 = llvm.extractvalue %v352[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v353, %v59 : f32, !llvm.ptr
        %v354 = llvm.extractvalue %v352[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v354, %v60 : f32, !llvm.ptr
        %v355 = llvm.extractvalue %v352[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v355, %v61 : f32, !llvm.ptr
        %v356 = llvm.extractvalue %v352[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v356, %v62 : f32, !llvm.ptr
        %v357 = llvm.load %v59 : !llvm.ptr -> f32
        %v358 = llvm.load %v60 : !llvm.ptr -> f32
        %v359 = llvm.load %v61 : !llvm.ptr -> f32
        %v360 = llvm.load %v62 : !llvm.ptr -> f32
        %v361 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v292, %v294, %v296, %v298, %v344, %v347, %v357, %v358, %v359, %v360 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v362 = llvm.extractvalue %v361[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v362, %v59 : f32, !llvm.ptr
        %v363 = llvm.extractvalue %v361[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v363, %v60 : f32, !llvm.ptr
        %v364 = llvm.extractvalue %v361[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v364, %v61 : f32, !llvm.ptr
        %v365 = llvm.extractvalue %v361[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v365, %v62 : f32, !llvm.ptr
      }
      %v368 = arith.muli %v10, %v367 : i64
      %v369 = arith.muli %v14, %v32 : i64
      %v370 = arith.muli %v369, %v366 : i64
      %v371 = arith.addi %v368, %v370 : i64
      %v372 = arith.addi %v371, %v13 : i64
      %v373 = llvm.load %v59 : !llvm.ptr -> f32
      %v374 = llvm.getelementptr %v2[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v373, %v374 : f32, !llvm.ptr
      %v375 = arith.addi %v369, %v15 : i64
      %v376 = arith.muli %v375, %v366 : i64
      %v377 = arith.addi %v368, %v376 : i64
      %v378 = arith.addi %v377, %v13 : i64
      %v379 = llvm.load %v60 : !llvm.ptr -> f32
      %v380 = llvm.getelementptr %v2[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v379, %v380 : f32, !llvm.ptr
      %v381 = arith.addi %v13, %v17 : i64
      %v382 = arith.muli %v369, %v366 : i64
      %v383 = arith.addi %v368, %v382 : i64
      %v384 = arith.addi %v383, %v381 : i64
      %v385 = llvm.load %v61 : !llvm.ptr -> f32
      %v386 = llvm.getelementptr %v2[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v385, %v386 : f32, !llvm.ptr
      %v387 = arith.addi %v369, %v15 : i64
      %v388 = arith.addi %v13, %v17 : i64
      %v389 = arith.muli %v387, %v366 : i64
      %v390 = arith.addi %v368, %v389 : i64
      %v391 = arith.addi %v390, %v388 : i64
      %v392 = llvm.load %v62 : !llvm.ptr -> f32
      %v393 = llvm.getelementptr %v2[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v392, %v393 : f32, !llvm.ptr
      %v394 = arith.constant 32 : i32
      %v395 = arith.cmpi eq, %v14, %v16 : i64
      %v396 = arith.muli %v10, %v17 : i64
      %v397 = llvm.load %v63 : !llvm.ptr -> f32
      %v398 = arith.constant 1 : i32
      %v399, %v400 = gpu.shuffle xor %v397, %v398, %v394 : f32
      %v401 = arith.addf %v397, %v399 fastmath<contract> : f32
      %v402 = arith.constant 2 : i32
      %v403, %v404 = gpu.shuffle xor %v401, %v402, %v394 : f32
      %v405 = arith.addf %v401, %v403 fastmath<contract> : f32
      scf.if %v395 {
        %v406 = arith.addi %v396, %v13 : i64
        %v407 = llvm.getelementptr %v4[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v405, %v407 : f32, !llvm.ptr
      }
      gpu.barrier
      %v408 = arith.cmpi slt, %v8, %v37 : i64
      %v409 = arith.divsi %v8, %v20 : i64
      %v410 = arith.remsi %v8, %v20 : i64
      llvm.store %v58, %v411 : f32, !llvm.ptr
      llvm.store %v58, %v412 : f32, !llvm.ptr
      scf.if %v408 {
        %v413 = arith.muli %v409, %v366 : i64
        %v414 = arith.addi %v413, %v410 : i64
        %v415 = llvm.getelementptr %v2[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v416 = llvm.load %v415 : !llvm.ptr -> f32
        %v417 = arith.addi %v414, %v367 : i64
        %v418 = llvm.getelementptr %v2[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v419 = llvm.load %v418 : !llvm.ptr -> f32
        %v420 = arith.addf %v416, %v419 fastmath<contract> : f32
        %v422 = arith.addi %v414, %v421 : i64
        %v423 = llvm.getelementptr %v2[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v424 = llvm.load %v423 : !llvm.ptr -> f32
        %v425 = arith.addf %v420, %v424 fastmath<contract> : f32
        %v427 = arith.addi %v414, %v426 : i64
        %v428 = llvm.getelementptr %v2[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v429 = llvm.load %v428 : !llvm.ptr -> f32
        %v430 = arith.addf %v425, %v429 fastmath<contract> : f32
        %v432 = arith.addi %v414, %v431 : i64
        %v433 = llvm.getelementptr %v2[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v434 = llvm.load %v433 : !llvm.ptr -> f32
        %v435 = arith.addf %v430, %v434 fastmath<contract> : f32
        %v437 = arith.addi %v414, %v436 : i64
        %v438 = llvm.getelementptr %v2[%v437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v439 = llvm.load %v438 : !llvm.ptr -> f32
        %v440 = arith.addf %v435, %v439 fastmath<contract> : f32
        %v442 = arith.addi %v414, %v441 : i64
        %v443 = llvm.getelementptr %v2[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v444 = llvm.load %v443 : !llvm.ptr -> f32
        %v445 = arith.addf %v440, %v444 fastmath<contract> : f32
        %v447 = arith.addi %v414, %v446 : i64
        %v448 = llvm.getelementptr %v2[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v449 = llvm.load %v448 : !llvm.ptr -> f32
        %v450 = arith.addf %v445, %v449 fastmath<contract> : f32
        llvm.store %v450, %v411 : f32, !llvm.ptr
        %v451 = llvm.getelementptr %v4[%v409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v452 = llvm.load %v451 : !llvm.ptr -> f32
        %v453 = arith.addi %v409, %v17 : i64
        %v454 = llvm.getelementptr %v4[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v455 = llvm.load %v454 : !llvm.ptr -> f32
        %v456 = arith.addf %v452, %v455 fastmath<contract> : f32
        %v457 = arith.addi %v409, %v20 : i64
        %v458 = llvm.getelementptr %v4[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v459 = llvm.load %v458 : !llvm.ptr -> f32
        %v460 = arith.addf %v456, %v459 fastmath<contract> : f32
        %v462 = arith.addi %v409, %v461 : i64
        %v463 = llvm.getelementptr %v4[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v464 = llvm.load %v463 : !llvm.ptr -> f32
        %v465 = arith.addf %v460, %v464 fastmath<contract> : f32
        %v466 = arith.addi %v409, %v9 : i64
        %v467 = llvm.getelementptr %v4[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v468 = llvm.load %v467 : !llvm.ptr -> f32
        %v469 = arith.addf %v465, %v468 fastmath<contract> : f32
        %v471 = arith.addi %v409, %v470 : i64
        %v472 = llvm.getelementptr %v4[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v473 = llvm.load %v472 : !llvm.ptr -> f32
        %v474 = arith.addf %v469, %v473 fastmath<contract> : f32
        %v476 = arith.addi %v409, %v475 : i64
        %v477 = llvm.getelementptr %v4[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v478 = llvm.load %v477 : !llvm.ptr -> f32
        %v479 = arith.addf %v474, %v478 fastmath<contract> : f32
        %v481 = arith.addi %v409, %v480 : i64
        %v482 = llvm.getelementptr %v4[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v483 = llvm.load %v482 : !llvm.ptr -> f32
        %v484 = arith.addf %v479, %v483 fastmath<contract> : f32
        llvm.store %v484, %v412 : f32, !llvm.ptr
      }
      %v485 = arith.constant true
      llvm.store %v485, %v486 : i1, !llvm.ptr
      %v487 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v487 {
        %v489 = arith.muli %v18, %splits : i64
        %v490 = arith.addi %v489, %v19 : i64
        %v491 = arith.muli %v490, %v488 : i64
        scf.if %v408 {
          %v492 = arith.addi %v491, %v8 : i64
          %v493 = llvm.load %v411 : !llvm.ptr -> f32
          %v494 = llvm.getelementptr %ws[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v493, %v494 : f32, !llvm.ptr
          %v495 = arith.cmpi eq, %v410, %v16 : i64
          scf.if %v495 {
            %v496 = arith.addi %v491, %v37 : i64
            %v497 = arith.addi %v496, %v409 : i64
            %v498 = llvm.load %v412 : !llvm.ptr -> f32
            %v499 = llvm.getelementptr %ws[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v498, %v499 : f32, !llvm.ptr
          }
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v500 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v500 {
          %v501 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v502 = arith.constant 1 : i32
          %v503 = llvm.atomicrmw add %v501, %v502 acq_rel : !llvm.ptr, i32
          %v504 = arith.trunci %splits : i64 to i32
          %v505 = arith.subi %v504, %v502 : i32
          %v506 = arith.cmpi eq, %v503, %v505 : i32
          %v507 = arith.uitofp %v506 : i1 to f32
          %v508 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v507, %v508 : f32, !llvm.ptr
          scf.if %v506 {
            %v509 = arith.constant 0 : i32
            llvm.store %v509, %v501 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v510 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v511 = llvm.load %v510 : !llvm.ptr -> f32
        %v512 = arith.cmpf one, %v511, %v58 : f32
        llvm.store %v512, %v486 : i1, !llvm.ptr
        scf.if %v512 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v513 = arith.muli %v18, %splits : i64
          %v514 = arith.muli %v513, %v488 : i64
          scf.if %v408 {
            llvm.store %v58, %v515 : f32, !llvm.ptr
            scf.for %v516 = %v16 to %splits step %v15 : i64 {
              %v517 = arith.muli %v516, %v488 : i64
              %v518 = arith.addi %v517, %v514 : i64
              %v519 = arith.addi %v518, %v8 : i64
              %v520 = llvm.getelementptr %ws[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v521 = llvm.ptrtoint %v520 : !llvm.ptr to i64
              %v522 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v521 : (i64) -> f32
              %v523 = llvm.load %v515 : !llvm.ptr -> f32
              %v524 = arith.addf %v523, %v522 fastmath<contract> : f32
              llvm.store %v524, %v515 : f32, !llvm.ptr
            }
            %v525 = llvm.load %v515 : !llvm.ptr -> f32
            llvm.store %v525, %v411 : f32, !llvm.ptr
            %v526 = arith.addi %v37, %v409 : i64
            llvm.store %v58, %v527 : f32, !llvm.ptr
            scf.for %v528 = %v16 to %splits step %v15 : i64 {
              %v529 = arith.muli %v528, %v488 : i64
              %v530 = arith.addi %v529, %v514 : i64
              %v531 = arith.addi %v530, %v526 : i64
              %v532 = llvm.getelementptr %ws[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v533 = llvm.ptrtoint %v532 : !llvm.ptr to i64
              %v534 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v533 : (i64) -> f32
              %v535 = llvm.load %v527 : !llvm.ptr -> f32
              %v536 = arith.addf %v535, %v534 fastmath<contract> : f32
              llvm.store %v536, %v527 : f32, !llvm.ptr
            }
            %v537 = llvm.load %v527 : !llvm.ptr -> f32
            llvm.store %v537, %v412 : f32, !llvm.ptr
          }
        }
      }
      %v538 = llvm.load %v486 : !llvm.ptr -> i1
      %v539 = arith.andi %v408, %v538 : i1
      scf.if %v539 {
        %v540 = llvm.load %v411 : !llvm.ptr -> f32
        %v541 = llvm.load %v412 : !llvm.ptr -> f32
        %v542 = arith.sitofp %k : i64 to f32
        %v543 = arith.divf %v541, %v542 : f32
        %v544 = arith.addf %v543, %eps fastmath<contract> : f32
        %v545 = llvm.call_intrinsic "llvm.sqrt.f32"(%v544) : (f32) -> f32
        %v547 = arith.divf %v546, %v545 : f32
        %v548 = arith.mulf %v540, %v547 fastmath<contract> : f32
        %v549 = arith.addi %v27, %v410 : i64
        %v550 = arith.addi %v26, %v409 : i64
        %v551 = arith.cmpi slt, %v549, %n : i64
        %v552 = arith.cmpi slt, %v550, %m : i64
        %v553 = arith.andi %v551, %v552 : i1
        scf.if %v553 {
          llvm.store %v548, %v554 : f32, !llvm.ptr
          %v555 = llvm.mlir.zero : !llvm.ptr
          %v556 = llvm.icmp "ne" %bias, %v555 : !llvm.ptr
          scf.if %v556 {
            %v557 = llvm.getelementptr %bias[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v558 = llvm.load %v557 : !llvm.ptr -> f32
            %v559 = llvm.load %v554 : !llvm.ptr -> f32
            %v560 = arith.addf %v559, %v558 fastmath<contract> : f32
            llvm.store %v560, %v554 : f32, !llvm.ptr
          }
          %v561 = llvm.mlir.zero : !llvm.ptr
          %v562 = llvm.icmp "ne" %add, %v561 : !llvm.ptr
          scf.if %v562 {
            %v563 = arith.muli %v550, %add_stride : i64
            %v564 = arith.addi %v563, %v549 : i64
            %v565 = llvm.getelementptr %add[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v566 = llvm.load %v565 : !llvm.ptr -> f32
            %v567 = llvm.load %v554 : !llvm.ptr -> f32
            %v568 = arith.addf %v567, %v566 fastmath<contract> : f32
            llvm.store %v568, %v554 : f32, !llvm.ptr
          }
          %v569 = llvm.load %v554 : !llvm.ptr -> f32
          %v570 = arith.cmpi slt, %v549, %split1 : i64
          %v571 = arith.cmpi slt, %v549, %split2 : i64
          %v572 = arith.muli %m, %split1 : i64
          %v573 = arith.muli %m, %split2 : i64
          %v574 = arith.select %v571, %v572, %v573 : i64
          %v575 = arith.select %v570, %v16, %v574 : i64
          %v576 = arith.subi %split2, %split1 : i64
          %v577 = arith.subi %n, %split2 : i64
          %v578 = arith.select %v571, %v576, %v577 : i64
          %v579 = arith.select %v570, %split1, %v578 : i64
          %v580 = arith.select %v571, %split1, %split2 : i64
          %v581 = arith.select %v570, %v16, %v580 : i64
          %v582 = arith.muli %v550, %v579 : i64
          %v583 = arith.subi %v549, %v581 : i64
          %v584 = arith.addi %v575, %v582 : i64
          %v585 = arith.addi %v584, %v583 : i64
          %v586 = llvm.getelementptr %out[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v569, %v586 : f32, !llvm.ptr
          %v587 = llvm.mlir.zero : !llvm.ptr
          %v588 = llvm.icmp "ne" %conv_w, %v587 : !llvm.ptr
          %v589 = arith.andi %v588, %v570 : i1
          scf.if %v589 {
            %v590 = arith.subi %conv_k, %v15 : i64
            llvm.store %v58, %v591 : f32, !llvm.ptr
            %v592 = llvm.mlir.zero : !llvm.ptr
            %v593 = llvm.icmp "ne" %conv_b, %v592 : !llvm.ptr
            scf.if %v593 {
              %v594 = llvm.getelementptr %conv_b[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v595 = llvm.load %v594 : !llvm.ptr -> f32
              llvm.store %v595, %v591 : f32, !llvm.ptr
            }
            %v596 = arith.muli %v549, %conv_k : i64
            %v597 = arith.muli %v550, %v590 : i64
            scf.for %v598 = %v16 to %v590 step %v15 : i64 {
              %v599 = arith.addi %v597, %v598 : i64
              %v600 = arith.muli %v599, %split1 : i64
              %v601 = arith.addi %v600, %v549 : i64
              %v602 = llvm.getelementptr %conv_win[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v603 = llvm.load %v602 : !llvm.ptr -> f32
              %v604 = arith.addi %v596, %v598 : i64
              %v605 = llvm.getelementptr %conv_w[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v606 = llvm.load %v605 : !llvm.ptr -> f32
              %v607 = arith.mulf %v606, %v603 fastmath<contract> : f32
              %v608 = llvm.load %v591 : !llvm.ptr -> f32
              %v609 = arith.addf %v608, %v607 fastmath<contract> : f32
              llvm.store %v609, %v591 : f32, !llvm.ptr
            }
            %v610 = arith.addi %v596, %v590 : i64
            %v611 = llvm.getelementptr %conv_w[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v612 = llvm.load %v611 : !llvm.ptr -> f32
            %v613 = arith.mulf %v612, %v569 fastmath<contract> : f32
            %v614 = llvm.load %v591 : !llvm.ptr -> f32
            %v615 = arith.addf %v614, %v613 fastmath<contract> : f32
            %v616 = arith.negf %v615 : f32
            %v618 = arith.mulf %v616, %v617 fastmath<contract> : f32
            %v619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v618) : (f32) -> f32
            %v620 = arith.addf %v546, %v619 fastmath<contract> : f32
            %v621 = arith.divf %v546, %v620 : f32
            %v622 = arith.mulf %v615, %v621 fastmath<contract> : f32
            %v623 = arith.cmpi eq, %conv_act, %v15 : i64
            %v624 = arith.select %v623, %v622, %v615 : f32
            %v625 = arith.muli %v550, %split1 : i64
            %v626 = arith.addi %v625, %v549 : i64
            %v627 = llvm.getelementptr %conv_out[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v624, %v627 : f32, !llvm.ptr
            %v628 = arith.subi %v590, %v15 : i64
            scf.for %v629 = %v16 to %v628 step %v15 : i64 {
              %v630 = arith.addi %v597, %v629 : i64
              %v631 = arith.muli %v630, %split1 : i64
              %v632 = arith.addi %v631, %v549 : i64
              %v633 = arith.addi %v632, %split1 : i64
              %v634 = llvm.getelementptr %conv_win[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v635 = llvm.load %v634 : !llvm.ptr -> f32
              %v636 = llvm.getelementptr %conv_win[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v635, %v636 : f32, !llvm.ptr
            }
            %v637 = arith.cmpi slt, %v16, %v590 : i64
            scf.if %v637 {
              %v638 = arith.addi %v597, %v628 : i64
              %v639 = arith.muli %v638, %split1 : i64
              %v640 = arith.addi %v639, %v549 : i64
              %v641 = llvm.getelementptr %conv_win[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v569, %v641 : f32, !llvm.ptr
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
      %v32 = arith.constant 2 : i64
      %v37 = arith.constant 128 : i64
      %v39 = arith.constant 32768 : i64
      %v59 = arith.constant 24 : i64
      %v74 = arith.constant 0x00000000 : f32
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
      %v94 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v101 = arith.constant 3 : i64
      %v624 = arith.constant 20 : i64
      %v625 = arith.constant 640 : i64
      %v658 = arith.constant 9 : i64
      %v685 = arith.constant 17 : i64
      %v712 = arith.constant 25 : i64
      %v733 = arith.constant 512 : i64
      %v737 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v738 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v747 = arith.constant 1280 : i64
      %v752 = arith.constant 1920 : i64
      %v757 = arith.constant 2560 : i64
      %v762 = arith.constant 3200 : i64
      %v767 = arith.constant 3840 : i64
      %v772 = arith.constant 4480 : i64
      %v777 = arith.constant 256 : i64
      %v782 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v783 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v817 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v819 = arith.constant 544 : i64
      %v844 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v855 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v874 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v911 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v936 = arith.constant 0x3F800000 : f32
      %v938 = arith.constant 0x3FB8AA3B : f32
      %v970 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1007 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
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
        %v33 = arith.muli %v31, %v32 : i64
        %v34 = llvm.getelementptr %w[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v35 = arith.muli %v30, %k : i64
        %v36 = arith.muli %v35, %v32 : i64
        %v38 = arith.muli %v8, %v37 : i64
        scf.for %v40 = %v38 to %v36 step %v39 : i64 {
          %v41 = llvm.getelementptr %v34[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v41 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v42 = arith.subi %m, %v15 : i64
      %v43 = arith.subi %n, %v15 : i64
      %v44 = arith.subi %k, %v17 : i64
      %v45 = arith.addi %v26, %v13 : i64
      %v46 = arith.minsi %v45, %v42 : i64
      %v47 = arith.muli %v46, %x_stride : i64
      %v48 = llvm.getelementptr %x[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = arith.addi %v26, %v17 : i64
      %v50 = arith.addi %v49, %v13 : i64
      %v51 = arith.minsi %v50, %v42 : i64
      %v52 = arith.muli %v51, %x_stride : i64
      %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v54 = arith.addi %v26, %v20 : i64
      %v55 = arith.addi %v54, %v13 : i64
      %v56 = arith.minsi %v55, %v42 : i64
      %v57 = arith.muli %v56, %x_stride : i64
      %v58 = llvm.getelementptr %x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v60 = arith.addi %v26, %v59 : i64
      %v61 = arith.addi %v60, %v13 : i64
      %v62 = arith.minsi %v61, %v42 : i64
      %v63 = arith.muli %v62, %x_stride : i64
      %v64 = llvm.getelementptr %x[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v65 = arith.addi %v27, %v13 : i64
      %v66 = arith.minsi %v65, %v43 : i64
      %v67 = arith.muli %v66, %k : i64
      %v68 = llvm.getelementptr %w[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v69 = arith.addi %v27, %v13 : i64
      %v70 = arith.addi %v69, %v17 : i64
      %v71 = arith.minsi %v70, %v43 : i64
      %v72 = arith.muli %v71, %k : i64
      %v73 = llvm.getelementptr %w[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v74, %v75 : f32, !llvm.ptr
      llvm.store %v74, %v76 : f32, !llvm.ptr
      llvm.store %v74, %v77 : f32, !llvm.ptr
      llvm.store %v74, %v78 : f32, !llvm.ptr
      llvm.store %v74, %v79 : f32, !llvm.ptr
      llvm.store %v74, %v80 : f32, !llvm.ptr
      llvm.store %v74, %v81 : f32, !llvm.ptr
      llvm.store %v74, %v82 : f32, !llvm.ptr
      llvm.store %v74, %v83 : f32, !llvm.ptr
      llvm.store %v74, %v84 : f32, !llvm.ptr
      llvm.store %v74, %v85 : f32, !llvm.ptr
      llvm.store %v74, %v86 : f32, !llvm.ptr
      llvm.store %v74, %v87 : f32, !llvm.ptr
      llvm.store %v74, %v88 : f32, !llvm.ptr
      llvm.store %v74, %v89 : f32, !llvm.ptr
      llvm.store %v74, %v90 : f32, !llvm.ptr
      llvm.store %v74, %v91 : f32, !llvm.ptr
      llvm.store %v74, %v92 : f32, !llvm.ptr
      llvm.store %v74, %v93 : f32, !llvm.ptr
      llvm.store %v74, %v94 : f32, !llvm.ptr
      %v95 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v96 = arith.addi %k, %v21 : i64
      %v97 = arith.divsi %v96, %v9 : i64
      %v98 = arith.muli %v19, %v17 : i64
      %v99 = arith.addi %v98, %v10 : i64
      %v100 = arith.muli %splits, %v17 : i64
      %v102 = arith.muli %v100, %v101 : i64
      scf.for %v103 = %v99 to %v97 step %v102 : i64 {
        %v104 = arith.muli %v14, %v17 : i64
        %v105 = arith.muli %v103, %v9 : i64
        %v106 = arith.addi %v105, %v104 : i64
        %v107 = arith.cmpi slt, %v106, %k : i64
        %v108 = arith.minsi %v106, %v44 : i64
        %v109 = llvm.getelementptr %v68[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v110 = llvm.load %v109 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v111 = llvm.getelementptr %v73[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v112 = llvm.load %v111 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v113 = arith.addi %v103, %v100 : i64
        %v114 = arith.muli %v113, %v9 : i64
        %v115 = arith.addi %v114, %v104 : i64
        %v116 = arith.cmpi slt, %v115, %k : i64
        %v117 = arith.minsi %v115, %v44 : i64
        %v118 = llvm.getelementptr %v68[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v119 = llvm.load %v118 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v120 = llvm.getelementptr %v73[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v121 = llvm.load %v120 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v122 = arith.muli %v32, %v100 : i64
        %v123 = arith.addi %v103, %v122 : i64
        %v124 = arith.muli %v123, %v9 : i64
        %v125 = arith.addi %v124, %v104 : i64
        %v126 = arith.cmpi slt, %v125, %k : i64
        %v127 = arith.minsi %v125, %v44 : i64
        %v128 = llvm.getelementptr %v68[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v129 = llvm.load %v128 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v130 = llvm.getelementptr %v73[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v131 = llvm.load %v130 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v132 = llvm.mlir.constant(0 : i32) : i32
        %v133 = llvm.extractelement %v110[%v132 : i32] : vector<4xi32>
        %v134 = llvm.mlir.constant(0 : i32) : i32
        %v135 = llvm.extractelement %v112[%v134 : i32] : vector<4xi32>
        %v136 = llvm.mlir.constant(1 : i32) : i32
        %v137 = llvm.extractelement %v110[%v136 : i32] : vector<4xi32>
        %v138 = llvm.mlir.constant(1 : i32) : i32
        %v139 = llvm.extractelement %v112[%v138 : i32] : vector<4xi32>
        %v140 = llvm.mlir.constant(2 : i32) : i32
        %v141 = llvm.extractelement %v110[%v140 : i32] : vector<4xi32>
        %v142 = llvm.mlir.constant(2 : i32) : i32
        %v143 = llvm.extractelement %v112[%v142 : i32] : vector<4xi32>
        %v144 = llvm.mlir.constant(3 : i32) : i32
        %v145 = llvm.extractelement %v110[%v144 : i32] : vector<4xi32>
        %v146 = llvm.mlir.constant(3 : i32) : i32
        %v147 = llvm.extractelement %v112[%v146 : i32] : vector<4xi32>
        %v148 = llvm.getelementptr %v48[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v149 = llvm.load %v148 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v150 = arith.addi %v108, %v12 : i64
        %v151 = llvm.getelementptr %v48[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v152 = llvm.load %v151 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v153 = llvm.select %v107, %v149, %v95 : i1, vector<4xf32>
        %v154 = llvm.select %v107, %v152, %v95 : i1, vector<4xf32>
        %v155 = llvm.shufflevector %v153, %v153 [0, 1] : vector<4xf32>
        %v156 = llvm.fptrunc %v155 : vector<2xf32> to vector<2xbf16>
        %v157 = llvm.bitcast %v156 : vector<2xbf16> to i32
        %v158 = llvm.shufflevector %v153, %v153 [2, 3] : vector<4xf32>
        %v159 = llvm.fptrunc %v158 : vector<2xf32> to vector<2xbf16>
        %v160 = llvm.bitcast %v159 : vector<2xbf16> to i32
        %v161 = llvm.shufflevector %v154, %v154 [0, 1] : vector<4xf32>
        %v162 = llvm.fptrunc %v161 : vector<2xf32> to vector<2xbf16>
        %v163 = llvm.bitcast %v162 : vector<2xbf16> to i32
        %v164 = llvm.shufflevector %v154, %v154 [2, 3] : vector<4xf32>
        %v165 = llvm.fptrunc %v164 : vector<2xf32> to vector<2xbf16>
        %v166 = llvm.bitcast %v165 : vector<2xbf16> to i32
        %v167 = llvm.load %v75 : !llvm.ptr -> f32
        %v168 = llvm.load %v76 : !llvm.ptr -> f32
        %v169 = llvm.load %v77 : !llvm.ptr -> f32
        %v170 = llvm.load %v78 : !llvm.ptr -> f32
        %v171 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v157, %v160, %v167, %v168, %v169, %v170 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v172 = llvm.extractvalue %v171[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v172, %v75 : f32, !llvm.ptr
        %v173 = llvm.extractvalue %v171[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v173, %v76 : f32, !llvm.ptr
        %v174 = llvm.extractvalue %v171[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v174, %v77 : f32, !llvm.ptr
        %v175 = llvm.extractvalue %v171[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v175, %v78 : f32, !llvm.ptr
        %v176 = llvm.load %v75 : !llvm.ptr -> f32
        %v177 = llvm.load %v76 : !llvm.ptr -> f32
        %v178 = llvm.load %v77 : !llvm.ptr -> f32
        %v179 = llvm.load %v78 : !llvm.ptr -> f32
        %v180 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v141, %v143, %v145, %v147, %v163, %v166, %v176, %v177, %v178, %v179 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v181 = llvm.extractvalue %v180[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v181, %v75 : f32, !llvm.ptr
        %v182 = llvm.extractvalue %v180[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v182, %v76 : f32, !llvm.ptr
        %v183 = llvm.extractvalue %v180[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v183, %v77 : f32, !llvm.ptr
        %v184 = llvm.extractvalue %v180[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v184, %v78 : f32, !llvm.ptr
        %v185 = llvm.getelementptr %v53[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v186 = llvm.load %v185 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v187 = arith.addi %v108, %v12 : i64
        %v188 = llvm.getelementptr %v53[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v189 = llvm.load %v188 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v190 = llvm.select %v107, %v186, %v95 : i1, vector<4xf32>
        %v191 = llvm.select %v107, %v189, %v95 : i1, vector<4xf32>
        %v192 = llvm.shufflevector %v190, %v190 [0, 1] : vector<4xf32>
        %v193 = llvm.fptrunc %v192 : vector<2xf32> to vector<2xbf16>
        %v194 = llvm.bitcast %v193 : vector<2xbf16> to i32
        %v195 = llvm.shufflevector %v190, %v190 [2, 3] : vector<4xf32>
        %v196 = llvm.fptrunc %v195 : vector<2xf32> to vector<2xbf16>
        %v197 = llvm.bitcast %v196 : vector<2xbf16> to i32
        %v198 = llvm.shufflevector %v191, %v191 [0, 1] : vector<4xf32>
        %v199 = llvm.fptrunc %v198 : vector<2xf32> to vector<2xbf16>
        %v200 = llvm.bitcast %v199 : vector<2xbf16> to i32
        %v201 = llvm.shufflevector %v191, %v191 [2, 3] : vector<4xf32>
        %v202 = llvm.fptrunc %v201 : vector<2xf32> to vector<2xbf16>
        %v203 = llvm.bitcast %v202 : vector<2xbf16> to i32
        %v204 = llvm.load %v79 : !llvm.ptr -> f32
        %v205 = llvm.load %v80 : !llvm.ptr -> f32
        %v206 = llvm.load %v81 : !llvm.ptr -> f32
        %v207 = llvm.load %v82 : !llvm.ptr -> f32
        %v208 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v194, %v197, %v204, %v205, %v206, %v207 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v209 = llvm.extractvalue %v208[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v209, %v79 : f32, !llvm.ptr
        %v210 = llvm.extractvalue %v208[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v210, %v80 : f32, !llvm.ptr
        %v211 = llvm.extractvalue %v208[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v211, %v81 : f32, !llvm.ptr
        %v212 = llvm.extractvalue %v208[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v212, %v82 : f32, !llvm.ptr
        %v213 = llvm.load %v79 : !llvm.ptr -> f32
        %v214 = llvm.load %v80 : !llvm.ptr -> f32
        %v215 = llvm.load %v81 : !llvm.ptr -> f32
        %v216 = llvm.load %v82 : !llvm.ptr -> f32
        %v217 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v141, %v143, %v145, %v147, %v200, %v203, %v213, %v214, %v215, %v216 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v218 = llvm.extractvalue %v217[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v218, %v79 : f32, !llvm.ptr
        %v219 = llvm.extractvalue %v217[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v219, %v80 : f32, !llvm.ptr
        %v220 = llvm.extractvalue %v217[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v220, %v81 : f32, !llvm.ptr
        %v221 = llvm.extractvalue %v217[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v221, %v82 : f32, !llvm.ptr
        %v222 = llvm.getelementptr %v58[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v223 = llvm.load %v222 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v224 = arith.addi %v108, %v12 : i64
        %v225 = llvm.getelementptr %v58[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v226 = llvm.load %v225 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v227 = llvm.select %v107, %v223, %v95 : i1, vector<4xf32>
        %v228 = llvm.select %v107, %v226, %v95 : i1, vector<4xf32>
        %v229 = llvm.shufflevector %v227, %v227 [0, 1] : vector<4xf32>
        %v230 = llvm.fptrunc %v229 : vector<2xf32> to vector<2xbf16>
        %v231 = llvm.bitcast %v230 : vector<2xbf16> to i32
        %v232 = llvm.shufflevector %v227, %v227 [2, 3] : vector<4xf32>
        %v233 = llvm.fptrunc %v232 : vector<2xf32> to vector<2xbf16>
        %v234 = llvm.bitcast %v233 : vector<2xbf16> to i32
        %v235 = llvm.shufflevector %v228, %v228 [0, 1] : vector<4xf32>
        %v236 = llvm.fptrunc %v235 : vector<2xf32> to vector<2xbf16>
        %v237 = llvm.bitcast %v236 : vector<2xbf16> to i32
        %v238 = llvm.shufflevector %v228, %v228 [2, 3] : vector<4xf32>
        %v239 = llvm.fptrunc %v238 : vector<2xf32> to vector<2xbf16>
        %v240 = llvm.bitcast %v239 : vector<2xbf16> to i32
        %v241 = llvm.load %v83 : !llvm.ptr -> f32
        %v242 = llvm.load %v84 : !llvm.ptr -> f32
        %v243 = llvm.load %v85 : !llvm.ptr -> f32
        %v244 = llvm.load %v86 : !llvm.ptr -> f32
        %v245 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v231, %v234, %v241, %v242, %v243, %v244 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v246 = llvm.extractvalue %v245[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v246, %v83 : f32, !llvm.ptr
        %v247 = llvm.extractvalue %v245[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v247, %v84 : f32, !llvm.ptr
        %v248 = llvm.extractvalue %v245[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v248, %v85 : f32, !llvm.ptr
        %v249 = llvm.extractvalue %v245[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v249, %v86 : f32, !llvm.ptr
        %v250 = llvm.load %v83 : !llvm.ptr -> f32
        %v251 = llvm.load %v84 : !llvm.ptr -> f32
        %v252 = llvm.load %v85 : !llvm.ptr -> f32
        %v253 = llvm.load %v86 : !llvm.ptr -> f32
        %v254 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v141, %v143, %v145, %v147, %v237, %v240, %v250, %v251, %v252, %v253 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v255 = llvm.extractvalue %v254[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v255, %v83 : f32, !llvm.ptr
        %v256 = llvm.extractvalue %v254[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v256, %v84 : f32, !llvm.ptr
        %v257 = llvm.extractvalue %v254[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v257, %v85 : f32, !llvm.ptr
        %v258 = llvm.extractvalue %v254[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v258, %v86 : f32, !llvm.ptr
        %v259 = llvm.getelementptr %v64[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v260 = llvm.load %v259 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v261 = arith.addi %v108, %v12 : i64
        %v262 = llvm.getelementptr %v64[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v263 = llvm.load %v262 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v264 = llvm.select %v107, %v260, %v95 : i1, vector<4xf32>
        %v265 = llvm.select %v107, %v263, %v95 : i1, vector<4xf32>
        %v266 = llvm.shufflevector %v264, %v264 [0, 1] : vector<4xf32>
        %v267 = llvm.fptrunc %v266 : vector<2xf32> to vector<2xbf16>
        %v268 = llvm.bitcast %v267 : vector<2xbf16> to i32
        %v269 = llvm.shufflevector %v264, %v264 [2, 3] : vector<4xf32>
        %v270 = llvm.fptrunc %v269 : vector<2xf32> to vector<2xbf16>
        %v271 = llvm.bitcast %v270 : vector<2xbf16> to i32
        %v272 = llvm.shufflevector %v265, %v265 [0, 1] : vector<4xf32>
        %v273 = llvm.fptrunc %v272 : vector<2xf32> to vector<2xbf16>
        %v274 = llvm.bitcast %v273 : vector<2xbf16> to i32
        %v275 = llvm.shufflevector %v265, %v265 [2, 3] : vector<4xf32>
        %v276 = llvm.fptrunc %v275 : vector<2xf32> to vector<2xbf16>
        %v277 = llvm.bitcast %v276 : vector<2xbf16> to i32
        %v278 = llvm.load %v87 : !llvm.ptr -> f32
        %v279 = llvm.load %v88 : !llvm.ptr -> f32
        %v280 = llvm.load %v89 : !llvm.ptr -> f32
        %v281 = llvm.load %v90 : !llvm.ptr -> f32
        %v282 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v133, %v135, %v137, %v139, %v268, %v271, %v278, %v279, %v280, %v281 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v283 = llvm.extractvalue %v282[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v283, %v87 : f32, !llvm.ptr
        %v284 = llvm.extractvalue %v282[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v284, %v88 : f32, !llvm.ptr
        %v285 = llvm.extractvalue %v282[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v285, %v89 : f32, !llvm.ptr
        %v286 = llvm.extractvalue %v282[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v286, %v90 : f32, !llvm.ptr
        %v287 = llvm.load %v87 : !llvm.ptr -> f32
        %v288 = llvm.load %v88 : !llvm.ptr -> f32
        %v289 = llvm.load %v89 : !llvm.ptr -> f32
        %v290 = llvm.load %v90 : !llvm.ptr -> f32
        %v291 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v141, %v143, %v145, %v147, %v274, %v277, %v287, %v288, %v289, %v290 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v292 = llvm.extractvalue %v291[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v292, %v87 : f32, !llvm.ptr
        %v293 = llvm.extractvalue %v291[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v293, %v88 : f32, !llvm.ptr
        %v294 = llvm.extractvalue %v291[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v294, %v89 : f32, !llvm.ptr
        %v295 = llvm.extractvalue %v291[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v295, %v90 : f32, !llvm.ptr
        %v296 = llvm.mlir.constant(0 : i32) : i32
        %v297 = llvm.extractelement %v119[%v296 : i32] : vector<4xi32>
        %v298 = llvm.mlir.constant(0 : i32) : i32
        %v299 = llvm.extractelement %v121[%v298 : i32] : vector<4xi32>
        %v300 = llvm.mlir.constant(1 : i32) : i32
        %v301 = llvm.extractelement %v119[%v300 : i32] : vector<4xi32>
        %v302 = llvm.mlir.constant(1 : i32) : i32
        %v303 = llvm.extractelement %v121[%v302 : i32] : vector<4xi32>
        %v304 = llvm.mlir.constant(2 : i32) : i32
        %v305 = llvm.extractelement %v119[%v304 : i32] : vector<4xi32>
        %v306 = llvm.mlir.constant(2 : i32) : i32
        %v307 = llvm.extractelement %v121[%v306 : i32] : vector<4xi32>
        %v308 = llvm.mlir.constant(3 : i32) : i32
        %v309 = llvm.extractelement %v119[%v308 : i32] : vector<4xi32>
        %v310 = llvm.mlir.constant(3 : i32) : i32
        %v311 = llvm.extractelement %v121[%v310 : i32] : vector<4xi32>
        %v312 = llvm.getelementptr %v48[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v313 = llvm.load %v312 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v314 = arith.addi %v117, %v12 : i64
        %v315 = llvm.getelementptr %v48[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v316 = llvm.load %v315 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v317 = llvm.select %v116, %v313, %v95 : i1, vector<4xf32>
        %v318 = llvm.select %v116, %v316, %v95 : i1, vector<4xf32>
        %v319 = llvm.shufflevector %v317, %v317 [0, 1] : vector<4xf32>
        %v320 = llvm.fptrunc %v319 : vector<2xf32> to vector<2xbf16>
        %v321 = llvm.bitcast %v320 : vector<2xbf16> to i32
        %v322 = llvm.shufflevector %v317, %v317 [2, 3] : vector<4xf32>
        %v323 = llvm.fptrunc %v322 : vector<2xf32> to vector<2xbf16>
        %v324 = llvm.bitcast %v323 : vector<2xbf16> to i32
        %v325 = llvm.shufflevector %v318, %v318 [0, 1] : vector<4xf32>
        %v326 = llvm.fptrunc %v325 : vector<2xf32> to vector<2xbf16>
        %v327 = llvm.bitcast %v326 : vector<2xbf16> to i32
        %v328 = llvm.shufflevector %v318, %v318 [2, 3] : vector<4xf32>
        %v329 = llvm.fptrunc %v328 : vector<2xf32> to vector<2xbf16>
        %v330 = llvm.bitcast %v329 : vector<2xbf16> to i32
        %v331 = llvm.load %v75 : !llvm.ptr -> f32
        %v332 = llvm.load %v76 : !llvm.ptr -> f32
        %v333 = llvm.load %v77 : !llvm.ptr -> f32
        %v334 = llvm.load %v78 : !llvm.ptr -> f32
        %v335 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v297, %v299, %v301, %v303, %v321, %v324, %v331, %v332, %v333, %v334 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v336 = llvm.extractvalue %v335[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v336, %v75 : f32, !llvm.ptr
        %v337 = llvm.extractvalue %v335[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v337, %v76 : f32, !llvm.ptr
        %v338 = llvm.extractvalue %v335[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v338, %v77 : f32, !llvm.ptr
        %v339 = llvm.extractvalue %v335[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v339, %v78 : f32, !llvm.ptr
        %v340 = llvm.load %v75 : !llvm.ptr -> f32
        %v341 = llvm.load %v76 : !llvm.ptr -> f32
        %v342 = llvm.load %v77 : !llvm.ptr -> f32
        %v343 = llvm.load %v78 : !llvm.ptr -> f32
        %v344 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v305, %v307, %v309, %v311, %v327, %v330, %v340, %v341, %v342, %v343 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v345 = llvm.extractvalue %v344[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v345, %v75 : f32, !llvm.ptr
        %v346 = llvm.extractvalue %v344[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v346, %v76 : f32, !llvm.ptr
        %v347 = llvm.extractvalue %v344[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v347, %v77 : f32, !llvm.ptr
        %v348 = llvm.extractvalue %v344[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v348, %v78 : f32, !llvm.ptr
        %v349 = llvm.getelementptr %v53[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v350 = llvm.load %v349 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v351 = arith.addi %v117, %v12 : i64
        %v352 = llvm.getelementptr %v53[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v353 = llvm.load %v352 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v354 = llvm.select %v116, %v350, %v95 : i1, vector<4xf32>
        %v355 = llvm.select %v116, %v353, %v95 : i1, vector<4xf32>
        %v356 = llvm.shufflevector %v354, %v354 [0, 1] : vector<4xf32>
        %v357 = llvm.fptrunc %v356 : vector<2xf32> to vector<2xbf16>
        %v358 = llvm.bitcast %v357 : vector<2xbf16> to i32
        %v359 = llvm.shufflevector %v354, %v354 [2, 3] : vector<4xf32>
        %v360 = llvm.fptrunc %v359 : vector<2xf32> to vector<2xbf16>
        %v361 = llvm.bitcast %v360 : vector<2xbf16> to i32
        %v362 = llvm.shufflevector %v355, %v355 [0, 1] : vector<4xf32>
        %v363 = llvm.fptrunc %v362 : vector<2xf32> to vector<2xbf16>
        %v364 = llvm.bitcast %v363 : vector<2xbf16> to i32
        %v365 = llvm.shufflevector %v355, %v355 [2, 3] : vector<4xf32>
        %v366 = llvm.fptrunc %v365 : vector<2xf32> to vector<2xbf16>
        %v367 = llvm.bitcast %v366 : vector<2xbf16> to i32
        %v368 = llvm.load %v79 : !llvm.ptr -> f32
        %v369 = llvm.load %v80 : !llvm.ptr -> f32
        %v370 = llvm.load %v81 : !llvm.ptr -> f32
        %v371 = llvm.load %v82 : !llvm.ptr -> f32
        %v372 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v297, %v299, %v301, %v303, %v358, %v361, %v368, %v369, %v370, %v371 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v373 = llvm.extractvalue %v372[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v373, %v79 : f32, !llvm.ptr
        %v374 = llvm.extractvalue %v372[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v374, %v80 : f32, !llvm.ptr
        %v375 = llvm.extractvalue %v372[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v375, %v81 : f32, !llvm.ptr
        %v376 = llvm.extractvalue %v372[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v376, %v82 : f32, !llvm.ptr
        %v377 = llvm.load %v79 : !llvm.ptr -> f32
        %v378 = llvm.load %v80 : !llvm.ptr -> f32
        %v379 = llvm.load %v81 : !llvm.ptr -> f32
        %v380 = llvm.load %v82 : !llvm.ptr -> f32
        %v381 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v305, %v307, %v309, %v311, %v364, %v367, %v377, %v378, %v379, %v380 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v382 = llvm.extractvalue %v381[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v382, %v79 : f32, !llvm.ptr
        %v383 = llvm.extractvalue %v381[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v383, %v80 : f32, !llvm.ptr
        %v384 = llvm.extractvalue %v381[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v384, %v81 : f32, !llvm.ptr
        %v385 = llvm.extractvalue %v381[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v385, %v82 : f32, !llvm.ptr
        %v386 = llvm.getelementptr %v58[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v387 = llvm.load %v386 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v388 = arith.addi %v117, %v12 : i64
        %v389 = llvm.getelementptr %v58[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v390 = llvm.load %v389 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v391 = llvm.select %v116, %v387, %v95 : i1, vector<4xf32>
        %v392 = llvm.select %v116, %v390, %v95 : i1, vector<4xf32>
        %v393 = llvm.shufflevector %v391, %v391 [0, 1] : vector<4xf32>
        %v394 = llvm.fptrunc %v393 : vector<2xf32> to vector<2xbf16>
        %v395 = llvm.bitcast %v394 : vector<2xbf16> to i32
        %v396 = llvm.shufflevector %v391, %v391 [2, 3] : vector<4xf32>
        %v397 = llvm.fptrunc %v396 : vector<2xf32> to vector<2xbf16>
        %v398 = llvm.bitcast %v397 : vector<2xbf16> to i32
        %v399 = llvm.shufflevector %v392, %v392 [0, 1] : vector<4xf32>
        %v400 = llvm.fptrunc %v399 : vector<2xf32> to vector<2xbf16>
        %v401 = llvm.bitcast %v400 : vector<2xbf16> to i32
        %v402 = llvm.shufflevector %v392, %v392 [2, 3] : vector<4xf32>
        %v403 = llvm.fptrunc %v402 : vector<2xf32> to vector<2xbf16>
        %v404 = llvm.bitcast %v403 : vector<2xbf16> to i32
        %v405 = llvm.load %v83 : !llvm.ptr -> f32
        %v406 = llvm.load %v84 : !llvm.ptr -> f32
        %v407 = llvm.load %v85 : !llvm.ptr -> f32
        %v408 = llvm.load %v86 : !llvm.ptr -> f32
        %v409 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v297, %v299, %v301, %v303, %v395, %v398, %v405, %v406, %v407, %v408 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v410 = llvm.extractvalue %v409[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v410, %v83 : f32, !llvm.ptr
        %v411 = llvm.extractvalue %v409[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v411, %v84 : f32, !llvm.ptr
        %v412 = llvm.extractvalue %v409[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v412, %v85 : f32, !llvm.ptr
        %v413 = llvm.extractvalue %v409[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v413, %v86 : f32, !llvm.ptr
        %v414 = llvm.load %v83 : !llvm.ptr -> f32
        %v415 = llvm.load %v84 : !llvm.ptr -> f32
        %v416 = llvm.load %v85 : !llvm.ptr -> f32
        %v417 = llvm.load %v86 : !llvm.ptr -> f32
        %v418 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v305, %v307, %v309, %v311, %v401, %v404, %v414, %v415, %v416, %v417 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v419 = llvm.extractvalue %v418[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v419, %v83 : f32, !llvm.ptr
        %v420 = llvm.extractvalue %v418[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v420, %v84 : f32, !llvm.ptr
        %v421 = llvm.extractvalue %v418[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v421, %v85 : f32, !llvm.ptr
        %v422 = llvm.extractvalue %v418[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v422, %v86 : f32, !llvm.ptr
        %v423 = llvm.getelementptr %v64[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v424 = llvm.load %v423 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v425 = arith.addi %v117, %v12 : i64
        %v426 = llvm.getelementptr %v64[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v427 = llvm.load %v426 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v428 = llvm.select %v116, %v424, %v95 : i1, vector<4xf32>
        %v429 = llvm.select %v116, %v427, %v95 : i1, vector<4xf32>
        %v430 = llvm.shufflevector %v428, %v428 [0, 1] : vector<4xf32>
        %v431 = llvm.fptrunc %v430 : vector<2xf32> to vector<2xbf16>
        %v432 = llvm.bitcast %v431 : vector<2xbf16> to i32
        %v433 = llvm.shufflevector %v428, %v428 [2, 3] : vector<4xf32>
        %v434 = llvm.fptrunc %v433 : vector<2xf32> to vector<2xbf16>
        %v435 = llvm.bitcast %v434 : vector<2xbf16> to i32
        %v436 = llvm.shufflevector %v429, %v429 [0, 1] : vector<4xf32>
        %v437 = llvm.fptrunc %v436 : vector<2xf32> to vector<2xbf16>
        %v438 = llvm.bitcast %v437 : vector<2xbf16> to i32
        %v439 = llvm.shufflevector %v429, %v429 [2, 3] : vector<4xf32>
        %v440 = llvm.fptrunc %v439 : vector<2xf32> to vector<2xbf16>
        %v441 = llvm.bitcast %v440 : vector<2xbf16> to i32
        %v442 = llvm.load %v87 : !llvm.ptr -> f32
        %v443 = llvm.load %v88 : !llvm.ptr -> f32
        %v444 = llvm.load %v89 : !llvm.ptr -> f32
        %v445 = llvm.load %v90 : !llvm.ptr -> f32
        %v446 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v297, %v299, %v301, %v303, %v432, %v435, %v442, %v443, %v444, %v445 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v447 = llvm.extractvalue %v446[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v447, %v87 : f32, !llvm.ptr
        %v448 = llvm.extractvalue %v446[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v448, %v88 : f32, !llvm.ptr
        %v449 = llvm.extractvalue %v446[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v449, %v89 : f32, !llvm.ptr
        %v450 = llvm.extractvalue %v446[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v450, %v90 : f32, !llvm.ptr
        %v451 = llvm.load %v87 : !llvm.ptr -> f32
        %v452 = llvm.load %v88 : !llvm.ptr -> f32
        %v453 = llvm.load %v89 : !llvm.ptr -> f32
        %v454 = llvm.load %v90 : !llvm.ptr -> f32
        %v455 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v305, %v307, %v309, %v311, %v438, %v441, %v451, %v452, %v453, %v454 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v456 = llvm.extractvalue %v455[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v456, %v87 : f32, !llvm.ptr
        %v457 = llvm.extractvalue %v455[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v457, %v88 : f32, !llvm.ptr
        %v458 = llvm.extractvalue %v455[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v458, %v89 : f32, !llvm.ptr
        %v459 = llvm.extractvalue %v455[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v459, %v90 : f32, !llvm.ptr
        %v460 = llvm.mlir.constant(0 : i32) : i32
        %v461 = llvm.extractelement %v129[%v460 : i32] : vector<4xi32>
        %v462 = llvm.mlir.constant(0 : i32) : i32
        %v463 = llvm.extractelement %v131[%v462 : i32] : vector<4xi32>
        %v464 = llvm.mlir.constant(1 : i32) : i32
        %v465 = llvm.extractelement %v129[%v464 : i32] : vector<4xi32>
        %v466 = llvm.mlir.constant(1 : i32) : i32
        %v467 = llvm.extractelement %v131[%v466 : i32] : vector<4xi32>
        %v468 = llvm.mlir.constant(2 : i32) : i32
        %v469 = llvm.extractelement %v129[%v468 : i32] : vector<4xi32>
        %v470 = llvm.mlir.constant(2 : i32) : i32
        %v471 = llvm.extractelement %v131[%v470 : i32] : vector<4xi32>
        %v472 = llvm.mlir.constant(3 : i32) : i32
        %v473 = llvm.extractelement %v129[%v472 : i32] : vector<4xi32>
        %v474 = llvm.mlir.constant(3 : i32) : i32
        %v475 = llvm.extractelement %v131[%v474 : i32] : vector<4xi32>
        %v476 = llvm.getelementptr %v48[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v477 = llvm.load %v476 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v478 = arith.addi %v127, %v12 : i64
        %v479 = llvm.getelementptr %v48[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v480 = llvm.load %v479 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v481 = llvm.select %v126, %v477, %v95 : i1, vector<4xf32>
        %v482 = llvm.select %v126, %v480, %v95 : i1, vector<4xf32>
        %v483 = llvm.shufflevector %v481, %v481 [0, 1] : vector<4xf32>
        %v484 = llvm.fptrunc %v483 : vector<2xf32> to vector<2xbf16>
        %v485 = llvm.bitcast %v484 : vector<2xbf16> to i32
        %v486 = llvm.shufflevector %v481, %v481 [2, 3] : vector<4xf32>
        %v487 = llvm.fptrunc %v486 : vector<2xf32> to vector<2xbf16>
        %v488 = llvm.bitcast %v487 : vector<2xbf16> to i32
        %v489 = llvm.shufflevector %v482, %v482 [0, 1] : vector<4xf32>
        %v490 = llvm.fptrunc %v489 : vector<2xf32> to vector<2xbf16>
        %v491 = llvm.bitcast %v490 : vector<2xbf16> to i32
        %v492 = llvm.shufflevector %v482, %v482 [2, 3] : vector<4xf32>
        %v493 = llvm.fptrunc %v492 : vector<2xf32> to vector<2xbf16>
        %v494 = llvm.bitcast %v493 : vector<2xbf16> to i32
        %v495 = llvm.load %v75 : !llvm.ptr -> f32
        %v496 = llvm.load %v76 : !llvm.ptr -> f32
        %v497 = llvm.load %v77 : !llvm.ptr -> f32
        %v498 = llvm.load %v78 : !llvm.ptr -> f32
        %v499 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v461, %v463, %v465, %v467, %v485, %v488, %v495, %v496, %v497, %v498 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v500 = llvm.extractvalue %v499[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v500, %v75 : f32, !llvm.ptr
        %v501 = llvm.extractvalue %v499[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v501, %v76 : f32, !llvm.ptr
        %v502 = llvm.extractvalue %v499[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v502, %v77 : f32, !llvm.ptr
        %v503 = llvm.extractvalue %v499[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v503, %v78 : f32, !llvm.ptr
        %v504 = llvm.load %v75 : !llvm.ptr -> f32
        %v505 = llvm.load %v76 : !llvm.ptr -> f32
        %v506 = llvm.load %v77 : !llvm.ptr -> f32
        %v507 = llvm.load %v78 : !llvm.ptr -> f32
        %v508 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v469, %v471, %v473, %v475, %v491, %v494, %v504, %v505, %v506, %v507 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v509 = llvm.extractvalue %v508[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v509, %v75 : f32, !llvm.ptr
        %v510 = llvm.extractvalue %v508[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v510, %v76 : f32, !llvm.ptr
        %v511 = llvm.extractvalue %v508[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v511, %v77 : f32, !llvm.ptr
        %v512 = llvm.extractvalue %v508[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v512, %v78 : f32, !llvm.ptr
        %v513 = llvm.getelementptr %v53[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v514 = llvm.load %v513 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v515 = arith.addi %v127, %v12 : i64
        %v516 = llvm.getelementptr %v53[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v517 = llvm.load %v516 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v518 = llvm.select %v126, %v514, %v95 : i1, vector<4xf32>
        %v519 = llvm.select %v126, %v517, %v95 : i1, vector<4xf32>
        %v520 = llvm.shufflevector %v518, %v518 [0, 1] : vector<4xf32>
        %v521 = llvm.fptrunc %v520 : vector<2xf32> to vector<2xbf16>
        %v522 = llvm.bitcast %v521 : vector<2xbf16> to i32
        %v523 = llvm.shufflevector %v518, %v518 [2, 3] : vector<4xf32>
        %v524 = llvm.fptrunc %v523 : vector<2xf32> to vector<2xbf16>
        %v525 = llvm.bitcast %v524 : vector<2xbf16> to i32
        %v526 = llvm.shufflevector %v519, %v519 [0, 1] : vector<4xf32>
        %v527 = llvm.fptrunc %v526 : vector<2xf32> to vector<2xbf16>
        %v528 = llvm.bitcast %v527 : vector<2xbf16> to i32
        %v529 = llvm.shufflevector %v519, %v519 [2, 3] : vector<4xf32>
        %v530 = llvm.fptrunc %v529 : vector<2xf32> to vector<2xbf16>
        %v531 = llvm.bitcast %v530 : vector<2xbf16> to i32
        %v532 = llvm.load %v79 : !llvm.ptr -> f32
        %v533 = llvm.load %v80 : !llvm.ptr -> f32
        %v534 = llvm.load %v81 : !llvm.ptr -> f32
        %v535 = llvm.load %v82 : !llvm.ptr -> f32
        %v536 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v461, %v463, %v465, %v467, %v522, %v525, %v532, %v533, %v534, %v535 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v537 = llvm.extractvalue %v536[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v537, %v79 : f32, !llvm.ptr
        %v538 = llvm.extractvalue %v536[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v538, %v80 : f32, !llvm.ptr
        %v539 = llvm.extractvalue %v536[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v539, %v81 : f32, !llvm.ptr
        %v540 = llvm.extractvalue %v536[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v540, %v82 : f32, !llvm.ptr
        %v541 = llvm.load %v79 : !llvm.ptr -> f32
        %v542 = llvm.load %v80 : !llvm.ptr -> f32
        %v543 = llvm.load %v81 : !llvm.ptr -> f32
        %v544 = llvm.load %v82 : !llvm.ptr -> f32
        %v545 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v469, %v471, %v473, %v475, %v528, %v531, %v541, %v542, %v543, %v544 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v546 = llvm.extractvalue %v545[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v546, %v79 : f32, !llvm.ptr
        %v547 = llvm.extractvalue %v545[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v547, %v80 : f32, !llvm.ptr
        %v548 = llvm.extractvalue %v545[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v548, %v81 : f32, !llvm.ptr
        %v549 = llvm.extractvalue %v545[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v549, %v82 : f32, !llvm.ptr
        %v550 = llvm.getelementptr %v58[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v551 = llvm.load %v550 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v552 = arith.addi %v127, %v12 : i64
        %v553 = llvm.getelementptr %v58[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v554 = llvm.load %v553 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v555 = llvm.select %v126, %v551, %v95 : i1, vector<4xf32>
        %v556 = llvm.select %v126, %v554, %v95 : i1, vector<4xf32>
        %v557 = llvm.shufflevector %v555, %v555 [0, 1] : vector<4xf32>
        %v558 = llvm.fptrunc %v557 : vector<2xf32> to vector<2xbf16>
        %v559 = llvm.bitcast %v558 : vector<2xbf16> to i32
        %v560 = llvm.shufflevector %v555, %v555 [2, 3] : vector<4xf32>
        %v561 = llvm.fptrunc %v560 : vector<2xf32> to vector<2xbf16>
        %v562 = llvm.bitcast %v561 : vector<2xbf16> to i32
        %v563 = llvm.shufflevector %v556, %v556 [0, 1] : vector<4xf32>
        %v564 = llvm.fptrunc %v563 : vector<2xf32> to vector<2xbf16>
        %v565 = llvm.bitcast %v564 : vector<2xbf16> to i32
        %v566 = llvm.shufflevector %v556, %v556 [2, 3] : vector<4xf32>
        %v567 = llvm.fptrunc %v566 : vector<2xf32> to vector<2xbf16>
        %v568 = llvm.bitcast %v567 : vector<2xbf16> to i32
        %v569 = llvm.load %v83 : !llvm.ptr -> f32
        %v570 = llvm.load %v84 : !llvm.ptr -> f32
        %v571 = llvm.load %v85 : !llvm.ptr -> f32
        %v572 = llvm.load %v86 : !llvm.ptr -> f32
        %v573 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v461, %v463, %v465, %v467, %v559, %v562, %v569, %v570, %v571, %v572 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v574 = llvm.extractvalue %v573[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v574, %v83 : f32, !llvm.ptr
        %v575 = llvm.extractvalue %v573[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v575, %v84 : f32, !llvm.ptr
        %v576 = llvm.extractvalue %v573[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v576, %v85 : f32, !llvm.ptr
        %v577 = llvm.extractvalue %v573[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v577, %v86 : f32, !llvm.ptr
        %v578 = llvm.load %v83 : !llvm.ptr -> f32
        %v579 = llvm.load %v84 : !llvm.ptr -> f32
        %v580 = llvm.load %v85 : !llvm.ptr -> f32
        %v581 = llvm.load %v86 : !llvm.ptr -> f32
        %v582 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v469, %v471, %v473, %v475, %v565, %v568, %v578, %v579, %v580, %v581 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v583 = llvm.extractvalue %v582[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v583, %v83 : f32, !llvm.ptr
        %v584 = llvm.extractvalue %v582[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v584, %v84 : f32, !llvm.ptr
        %v585 = llvm.extractvalue %v582[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v585, %v85 : f32, !llvm.ptr
        %v586 = llvm.extractvalue %v582[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v586, %v86 : f32, !llvm.ptr
        %v587 = llvm.getelementptr %v64[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v588 = llvm.load %v587 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v589 = arith.addi %v127, %v12 : i64
        %v590 = llvm.getelementptr %v64[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v591 = llvm.load %v590 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v592 = llvm.select %v126, %v588, %v95 : i1, vector<4xf32>
        %v593 = llvm.select %v126, %v591, %v95 : i1, vector<4xf32>
        %v594 = llvm.shufflevector %v592, %v592 [0, 1] : vector<4xf32>
        %v595 = llvm.fptrunc %v594 : vector<2xf32> to vector<2xbf16>
        %v596 = llvm.bitcast %v595 : vector<2xbf16> to i32
        %v597 = llvm.shufflevector %v592, %v592 [2, 3] : vector<4xf32>
        %v598 = llvm.fptrunc %v597 : vector<2xf32> to vector<2xbf16>
        %v599 = llvm.bitcast %v598 : vector<2xbf16> to i32
        %v600 = llvm.shufflevector %v593, %v593 [0, 1] : vector<4xf32>
        %v601 = llvm.fptrunc %v600 : vector<2xf32> to vector<2xbf16>
        %v602 = llvm.bitcast %v601 : vector<2xbf16> to i32
        %v603 = llvm.shufflevector %v593, %v593 [2, 3] : vector<4xf32>
        %v604 = llvm.fptrunc %v603 : vector<2xf32> to vector<2xbf16>
        %v605 = llvm.bitcast %v604 : vector<2xbf16> to i32
        %v606 = llvm.load %v87 : !llvm.ptr -> f32
        %v607 = llvm.load %v88 : !llvm.ptr -> f32
        %v608 = llvm.load %v89 : !llvm.ptr -> f32
        %v609 = llvm.load %v90 : !llvm.ptr -> f32
        %v610 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v461, %v463, %v465, %v467, %v596, %v599, %v606, %v607, %v608, %v609 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v611 = llvm.extractvalue %v610[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v611, %v87 : f32, !llvm.ptr
        %v612 = llvm.extractvalue %v610[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v612, %v88 : f32, !llvm.ptr
        %v613 = llvm.extractvalue %v610[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v613, %v89 : f32, !llvm.ptr
        %v614 = llvm.extractvalue %v610[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v614, %v90 : f32, !llvm.ptr
        %v615 = llvm.load %v87 : !llvm.ptr -> f32
        %v616 = llvm.load %v88 : !llvm.ptr -> f32
        %v617 = llvm.load %v89 : !llvm.ptr -> f32
        %v618 = llvm.load %v90 : !llvm.ptr -> f32
        %v619 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v469, %v471, %v473, %v475, %v602, %v605, %v615, %v616, %v617, %v618 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v620 = llvm.extractvalue %v619[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v620, %v87 : f32, !llvm.ptr
        %v621 = llvm.extractvalue %v619[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v621, %v88 : f32, !llvm.ptr
        %v622 = llvm.extractvalue %v619[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v622, %v89 : f32, !llvm.ptr
        %v623 = llvm.extractvalue %v619[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v623, %v90 : f32, !llvm.ptr
      }
      %v626 = arith.muli %v10, %v625 : i64
      %v627 = arith.muli %v14, %v32 : i64
      %v628 = arith.muli %v627, %v624 : i64
      %v629 = arith.addi %v626, %v628 : i64
      %v630 = arith.addi %v629, %v13 : i64
      %v631 = llvm.load %v75 : !llvm.ptr -> f32
      %v632 = llvm.getelementptr %v2[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v631, %v632 : f32, !llvm.ptr
      %v633 = arith.addi %v627, %v15 : i64
      %v634 = arith.muli %v633, %v624 : i64
      %v635 = arith.addi %v626, %v634 : i64
      %v636 = arith.addi %v635, %v13 : i64
      %v637 = llvm.load %v76 : !llvm.ptr -> f32
      %v638 = llvm.getelementptr %v2[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v637, %v638 : f32, !llvm.ptr
      %v639 = arith.addi %v13, %v17 : i64
      %v640 = arith.muli %v627, %v624 : i64
      %v641 = arith.addi %v626, %v640 : i64
      %v642 = arith.addi %v641, %v639 : i64
      %v643 = llvm.load %v77 : !llvm.ptr -> f32
      %v644 = llvm.getelementptr %v2[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v643, %v644 : f32, !llvm.ptr
      %v645 = arith.addi %v627, %v15 : i64
      %v646 = arith.addi %v13, %v17 : i64
      %v647 = arith.muli %v645, %v624 : i64
      %v648 = arith.addi %v626, %v647 : i64
      %v649 = arith.addi %v648, %v646 : i64
      %v650 = llvm.load %v78 : !llvm.ptr -> f32
      %v651 = llvm.getelementptr %v2[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v650, %v651 : f32, !llvm.ptr
      %v652 = arith.addi %v627, %v17 : i64
      %v653 = arith.muli %v652, %v624 : i64
      %v654 = arith.addi %v626, %v653 : i64
      %v655 = arith.addi %v654, %v13 : i64
      %v656 = llvm.load %v79 : !llvm.ptr -> f32
      %v657 = llvm.getelementptr %v2[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v656, %v657 : f32, !llvm.ptr
      %v659 = arith.addi %v627, %v658 : i64
      %v660 = arith.muli %v659, %v624 : i64
      %v661 = arith.addi %v626, %v660 : i64
      %v662 = arith.addi %v661, %v13 : i64
      %v663 = llvm.load %v80 : !llvm.ptr -> f32
      %v664 = llvm.getelementptr %v2[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v663, %v664 : f32, !llvm.ptr
      %v665 = arith.addi %v627, %v17 : i64
      %v666 = arith.addi %v13, %v17 : i64
      %v667 = arith.muli %v665, %v624 : i64
      %v668 = arith.addi %v626, %v667 : i64
      %v669 = arith.addi %v668, %v666 : i64
      %v670 = llvm.load %v81 : !llvm.ptr -> f32
      %v671 = llvm.getelementptr %v2[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v670, %v671 : f32, !llvm.ptr
      %v672 = arith.addi %v627, %v658 : i64
      %v673 = arith.addi %v13, %v17 : i64
      %v674 = arith.muli %v672, %v624 : i64
      %v675 = arith.addi %v626, %v674 : i64
      %v676 = arith.addi %v675, %v673 : i64
      %v677 = llvm.load %v82 : !llvm.ptr -> f32
      %v678 = llvm.getelementptr %v2[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v677, %v678 : f32, !llvm.ptr
      %v679 = arith.addi %v627, %v20 : i64
      %v680 = arith.muli %v679, %v624 : i64
      %v681 = arith.addi %v626, %v680 : i64
      %v682 = arith.addi %v681, %v13 : i64
      %v683 = llvm.load %v83 : !llvm.ptr -> f32
      %v684 = llvm.getelementptr %v2[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v683, %v684 : f32, !llvm.ptr
      %v686 = arith.addi %v627, %v685 : i64
      %v687 = arith.muli %v686, %v624 : i64
      %v688 = arith.addi %v626, %v687 : i64
      %v689 = arith.addi %v688, %v13 : i64
      %v690 = llvm.load %v84 : !llvm.ptr -> f32
      %v691 = llvm.getelementptr %v2[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v690, %v691 : f32, !llvm.ptr
      %v692 = arith.addi %v627, %v20 : i64
      %v693 = arith.addi %v13, %v17 : i64
      %v694 = arith.muli %v692, %v624 : i64
      %v695 = arith.addi %v626, %v694 : i64
      %v696 = arith.addi %v695, %v693 : i64
      %v697 = llvm.load %v85 : !llvm.ptr -> f32
      %v698 = llvm.getelementptr %v2[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v697, %v698 : f32, !llvm.ptr
      %v699 = arith.addi %v627, %v685 : i64
      %v700 = arith.addi %v13, %v17 : i64
      %v701 = arith.muli %v699, %v624 : i64
      %v702 = arith.addi %v626, %v701 : i64
      %v703 = arith.addi %v702, %v700 : i64
      %v704 = llvm.load %v86 : !llvm.ptr -> f32
      %v705 = llvm.getelementptr %v2[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v704, %v705 : f32, !llvm.ptr
      %v706 = arith.addi %v627, %v59 : i64
      %v707 = arith.muli %v706, %v624 : i64
      %v708 = arith.addi %v626, %v707 : i64
      %v709 = arith.addi %v708, %v13 : i64
      %v710 = llvm.load %v87 : !llvm.ptr -> f32
      %v711 = llvm.getelementptr %v2[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v710, %v711 : f32, !llvm.ptr
      %v713 = arith.addi %v627, %v712 : i64
      %v714 = arith.muli %v713, %v624 : i64
      %v715 = arith.addi %v626, %v714 : i64
      %v716 = arith.addi %v715, %v13 : i64
      %v717 = llvm.load %v88 : !llvm.ptr -> f32
      %v718 = llvm.getelementptr %v2[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v717, %v718 : f32, !llvm.ptr
      %v719 = arith.addi %v627, %v59 : i64
      %v720 = arith.addi %v13, %v17 : i64
      %v721 = arith.muli %v719, %v624 : i64
      %v722 = arith.addi %v626, %v721 : i64
      %v723 = arith.addi %v722, %v720 : i64
      %v724 = llvm.load %v89 : !llvm.ptr -> f32
      %v725 = llvm.getelementptr %v2[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v724, %v725 : f32, !llvm.ptr
      %v726 = arith.addi %v627, %v712 : i64
      %v727 = arith.addi %v13, %v17 : i64
      %v728 = arith.muli %v726, %v624 : i64
      %v729 = arith.addi %v626, %v728 : i64
      %v730 = arith.addi %v729, %v727 : i64
      %v731 = llvm.load %v90 : !llvm.ptr -> f32
      %v732 = llvm.getelementptr %v2[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v731, %v732 : f32, !llvm.ptr
      gpu.barrier
      %v734 = arith.cmpi slt, %v8, %v733 : i64
      %v735 = arith.divsi %v8, %v20 : i64
      %v736 = arith.remsi %v8, %v20 : i64
      llvm.store %v74, %v737 : f32, !llvm.ptr
      llvm.store %v74, %v738 : f32, !llvm.ptr
      scf.if %v734 {
        %v739 = arith.muli %v735, %v624 : i64
        %v740 = arith.addi %v739, %v736 : i64
        %v741 = llvm.getelementptr %v2[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v742 = llvm.load %v741 : !llvm.ptr -> f32
        %v743 = arith.addi %v740, %v625 : i64
        %v744 = llvm.getelementptr %v2[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v745 = llvm.load %v744 : !llvm.ptr -> f32
        %v746 = arith.addf %v742, %v745 fastmath<contract> : f32
        %v748 = arith.addi %v740, %v747 : i64
        %v749 = llvm.getelementptr %v2[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v750 = llvm.load %v749 : !llvm.ptr -> f32
        %v751 = arith.addf %v746, %v750 fastmath<contract> : f32
        %v753 = arith.addi %v740, %v752 : i64
        %v754 = llvm.getelementptr %v2[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v755 = llvm.load %v754 : !llvm.ptr -> f32
        %v756 = arith.addf %v751, %v755 fastmath<contract> : f32
        %v758 = arith.addi %v740, %v757 : i64
        %v759 = llvm.getelementptr %v2[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v760 = llvm.load %v759 : !llvm.ptr -> f32
        %v761 = arith.addf %v756, %v760 fastmath<contract> : f32
        %v763 = arith.addi %v740, %v762 : i64
        %v764 = llvm.getelementptr %v2[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v765 = llvm.load %v764 : !llvm.ptr -> f32
        %v766 = arith.addf %v761, %v765 fastmath<contract> : f32
        %v768 = arith.addi %v740, %v767 : i64
        %v769 = llvm.getelementptr %v2[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v770 = llvm.load %v769 : !llvm.ptr -> f32
        %v771 = arith.addf %v766, %v770 fastmath<contract> : f32
        %v773 = arith.addi %v740, %v772 : i64
        %v774 = llvm.getelementptr %v2[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v775 = llvm.load %v774 : !llvm.ptr -> f32
        %v776 = arith.addf %v771, %v775 fastmath<contract> : f32
        llvm.store %v776, %v737 : f32, !llvm.ptr
      }
      %v778 = arith.addi %v8, %v777 : i64
      %v779 = arith.cmpi slt, %v778, %v733 : i64
      %v780 = arith.divsi %v778, %v20 : i64
      %v781 = arith.remsi %v778, %v20 : i64
      llvm.store %v74, %v782 : f32, !llvm.ptr
      llvm.store %v74, %v783 : f32, !llvm.ptr
      scf.if %v779 {
        %v784 = arith.muli %v780, %v624 : i64
        %v785 = arith.addi %v784, %v781 : i64
        %v786 = llvm.getelementptr %v2[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v787 = llvm.load %v786 : !llvm.ptr -> f32
        %v788 = arith.addi %v785, %v625 : i64
        %v789 = llvm.getelementptr %v2[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v790 = llvm.load %v789 : !llvm.ptr -> f32
        %v791 = arith.addf %v787, %v790 fastmath<contract> : f32
        %v792 = arith.addi %v785, %v747 : i64
        %v793 = llvm.getelementptr %v2[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v794 = llvm.load %v793 : !llvm.ptr -> f32
        %v795 = arith.addf %v791, %v794 fastmath<contract> : f32
        %v796 = arith.addi %v785, %v752 : i64
        %v797 = llvm.getelementptr %v2[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v798 = llvm.load %v797 : !llvm.ptr -> f32
        %v799 = arith.addf %v795, %v798 fastmath<contract> : f32
        %v800 = arith.addi %v785, %v757 : i64
        %v801 = llvm.getelementptr %v2[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v802 = llvm.load %v801 : !llvm.ptr -> f32
        %v803 = arith.addf %v799, %v802 fastmath<contract> : f32
        %v804 = arith.addi %v785, %v762 : i64
        %v805 = llvm.getelementptr %v2[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v806 = llvm.load %v805 : !llvm.ptr -> f32
        %v807 = arith.addf %v803, %v806 fastmath<contract> : f32
        %v808 = arith.addi %v785, %v767 : i64
        %v809 = llvm.getelementptr %v2[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v810 = llvm.load %v809 : !llvm.ptr -> f32
        %v811 = arith.addf %v807, %v810 fastmath<contract> : f32
        %v812 = arith.addi %v785, %v772 : i64
        %v813 = llvm.getelementptr %v2[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v814 = llvm.load %v813 : !llvm.ptr -> f32
        %v815 = arith.addf %v811, %v814 fastmath<contract> : f32
        llvm.store %v815, %v782 : f32, !llvm.ptr
      }
      %v816 = arith.constant true
      llvm.store %v816, %v817 : i1, !llvm.ptr
      %v818 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v818 {
        %v820 = arith.muli %v18, %splits : i64
        %v821 = arith.addi %v820, %v19 : i64
        %v822 = arith.muli %v821, %v819 : i64
        scf.if %v734 {
          %v823 = arith.addi %v822, %v8 : i64
          %v824 = llvm.load %v737 : !llvm.ptr -> f32
          %v825 = llvm.getelementptr %ws[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v824, %v825 : f32, !llvm.ptr
        }
        scf.if %v779 {
          %v826 = arith.addi %v822, %v778 : i64
          %v827 = llvm.load %v782 : !llvm.ptr -> f32
          %v828 = llvm.getelementptr %ws[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v827, %v828 : f32, !llvm.ptr
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v829 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v829 {
          %v830 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v831 = arith.constant 1 : i32
          %v832 = llvm.atomicrmw add %v830, %v831 acq_rel : !llvm.ptr, i32
          %v833 = arith.trunci %splits : i64 to i32
          %v834 = arith.subi %v833, %v831 : i32
          %v835 = arith.cmpi eq, %v832, %v834 : i32
          %v836 = arith.uitofp %v835 : i1 to f32
          %v837 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v836, %v837 : f32, !llvm.ptr
          scf.if %v835 {
            %v838 = arith.constant 0 : i32
            llvm.store %v838, %v830 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v839 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v840 = llvm.load %v839 : !llvm.ptr -> f32
        %v841 = arith.cmpf one, %v840, %v74 : f32
        llvm.store %v841, %v817 : i1, !llvm.ptr
        scf.if %v841 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v842 = arith.muli %v18, %splits : i64
          %v843 = arith.muli %v842, %v819 : i64
          scf.if %v734 {
            llvm.store %v74, %v844 : f32, !llvm.ptr
            scf.for %v845 = %v16 to %splits step %v15 : i64 {
              %v846 = arith.muli %v845, %v819 : i64
              %v847 = arith.addi %v846, %v843 : i64
              %v848 = arith.addi %v847, %v8 : i64
              %v849 = llvm.getelementptr %ws[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v850 = llvm.ptrtoint %v849 : !llvm.ptr to i64
              %v851 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v850 : (i64) -> f32
              %v852 = llvm.load %v844 : !llvm.ptr -> f32
              %v853 = arith.addf %v852, %v851 fastmath<contract> : f32
              llvm.store %v853, %v844 : f32, !llvm.ptr
            }
            %v854 = llvm.load %v844 : !llvm.ptr -> f32
            llvm.store %v854, %v737 : f32, !llvm.ptr
          }
          scf.if %v779 {
            llvm.store %v74, %v855 : f32, !llvm.ptr
            scf.for %v856 = %v16 to %splits step %v15 : i64 {
              %v857 = arith.muli %v856, %v819 : i64
              %v858 = arith.addi %v857, %v843 : i64
              %v859 = arith.addi %v858, %v778 : i64
              %v860 = llvm.getelementptr %ws[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v861 = llvm.ptrtoint %v860 : !llvm.ptr to i64
              %v862 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v861 : (i64) -> f32
              %v863 = llvm.load %v855 : !llvm.ptr -> f32
              %v864 = arith.addf %v863, %v862 fastmath<contract> : f32
              llvm.store %v864, %v855 : f32, !llvm.ptr
            }
            %v865 = llvm.load %v855 : !llvm.ptr -> f32
            llvm.store %v865, %v782 : f32, !llvm.ptr
          }
        }
      }
      %v866 = llvm.load %v817 : !llvm.ptr -> i1
      %v867 = arith.andi %v734, %v866 : i1
      scf.if %v867 {
        %v868 = llvm.load %v737 : !llvm.ptr -> f32
        %v869 = arith.addi %v27, %v736 : i64
        %v870 = arith.addi %v26, %v735 : i64
        %v871 = arith.cmpi slt, %v869, %n : i64
        %v872 = arith.cmpi slt, %v870, %m : i64
        %v873 = arith.andi %v871, %v872 : i1
        scf.if %v873 {
          llvm.store %v868, %v874 : f32, !llvm.ptr
          %v875 = llvm.mlir.zero : !llvm.ptr
          %v876 = llvm.icmp "ne" %bias, %v875 : !llvm.ptr
          scf.if %v876 {
            %v877 = llvm.getelementptr %bias[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v878 = llvm.load %v877 : !llvm.ptr -> f32
            %v879 = llvm.load %v874 : !llvm.ptr -> f32
            %v880 = arith.addf %v879, %v878 fastmath<contract> : f32
            llvm.store %v880, %v874 : f32, !llvm.ptr
          }
          %v881 = llvm.mlir.zero : !llvm.ptr
          %v882 = llvm.icmp "ne" %add, %v881 : !llvm.ptr
          scf.if %v882 {
            %v883 = arith.muli %v870, %add_stride : i64
            %v884 = arith.addi %v883, %v869 : i64
            %v885 = llvm.getelementptr %add[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v886 = llvm.load %v885 : !llvm.ptr -> f32
            %v887 = llvm.load %v874 : !llvm.ptr -> f32
            %v888 = arith.addf %v887, %v886 fastmath<contract> : f32
            llvm.store %v888, %v874 : f32, !llvm.ptr
          }
          %v889 = llvm.load %v874 : !llvm.ptr -> f32
          %v890 = arith.cmpi slt, %v869, %split1 : i64
          %v891 = arith.cmpi slt, %v869, %split2 : i64
          %v892 = arith.muli %m, %split1 : i64
          %v893 = arith.muli %m, %split2 : i64
          %v894 = arith.select %v891, %v892, %v893 : i64
          %v895 = arith.select %v890, %v16, %v894 : i64
          %v896 = arith.subi %split2, %split1 : i64
          %v897 = arith.subi %n, %split2 : i64
          %v898 = arith.select %v891, %v896, %v897 : i64
          %v899 = arith.select %v890, %split1, %v898 : i64
          %v900 = arith.select %v891, %split1, %split2 : i64
          %v901 = arith.select %v890, %v16, %v900 : i64
          %v902 = arith.muli %v870, %v899 : i64
          %v903 = arith.subi %v869, %v901 : i64
          %v904 = arith.addi %v895, %v902 : i64
          %v905 = arith.addi %v904, %v903 : i64
          %v906 = llvm.getelementptr %out[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v889, %v906 : f32, !llvm.ptr
          %v907 = llvm.mlir.zero : !llvm.ptr
          %v908 = llvm.icmp "ne" %conv_w, %v907 : !llvm.ptr
          %v909 = arith.andi %v908, %v890 : i1
          scf.if %v909 {
            %v910 = arith.subi %conv_k, %v15 : i64
            llvm.store %v74, %v911 : f32, !llvm.ptr
            %v912 = llvm.mlir.zero : !llvm.ptr
            %v913 = llvm.icmp "ne" %conv_b, %v912 : !llvm.ptr
            scf.if %v913 {
              %v914 = llvm.getelementptr %conv_b[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v915 = llvm.load %v914 : !llvm.ptr -> f32
              llvm.store %v915, %v911 : f32, !llvm.ptr
            }
            %v916 = arith.muli %v869, %conv_k : i64
            %v917 = arith.muli %v870, %v910 : i64
            scf.for %v918 = %v16 to %v910 step %v15 : i64 {
              %v919 = arith.addi %v917, %v918 : i64
              %v920 = arith.muli %v919, %split1 : i64
              %v921 = arith.addi %v920, %v869 : i64
              %v922 = llvm.getelementptr %conv_win[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v923 = llvm.load %v922 : !llvm.ptr -> f32
              %v924 = arith.addi %v916, %v918 : i64
              %v925 = llvm.getelementptr %conv_w[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v926 = llvm.load %v925 : !llvm.ptr -> f32
              %v927 = arith.mulf %v926, %v923 fastmath<contract> : f32
              %v928 = llvm.load %v911 : !llvm.ptr -> f32
              %v929 = arith.addf %v928, %v927 fastmath<contract> : f32
              llvm.store %v929, %v911 : f32, !llvm.ptr
            }
            %v930 = arith.addi %v916, %v910 : i64
            %v931 = llvm.getelementptr %conv_w[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v932 = llvm.load %v931 : !llvm.ptr -> f32
            %v933 = arith.mulf %v932, %v889 fastmath<contract> : f32
            %v934 = llvm.load %v911 : !llvm.ptr -> f32
            %v935 = arith.addf %v934, %v933 fastmath<contract> : f32
            %v937 = arith.negf %v935 : f32
            %v939 = arith.mulf %v937, %v938 fastmath<contract> : f32
            %v940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v939) : (f32) -> f32
            %v941 = arith.addf %v936, %v940 fastmath<contract> : f32
            %v942 = arith.divf %v936, %v941 : f32
            %v943 = arith.mulf %v935, %v942 fastmath<contract> : f32
            %v944 = arith.cmpi eq, %conv_act, %v15 : i64
            %v945 = arith.select %v944, %v943, %v935 : f32
            %v946 = arith.muli %v870, %split1 : i64
            %v947 = arith.addi %v946, %v869 : i64
            %v948 = llvm.getelementptr %conv_out[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v945, %v948 : f32, !llvm.ptr
            %v949 = arith.subi %v910, %v15 : i64
            scf.for %v950 = %v16 to %v949 step %v15 : i64 {
              %v951 = arith.addi %v917, %v950 : i64
              %v952 = arith.muli %v951, %split1 : i64
              %v953 = arith.addi %v952, %v869 : i64
              %v954 = arith.addi %v953, %split1 : i64
              %v955 = llvm.getelementptr %conv_win[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v956 = llvm.load %v955 : !llvm.ptr -> f32
              %v957 = llvm.getelementptr %conv_win[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v956, %v957 : f32, !llvm.ptr
            }
            %v958 = arith.cmpi slt, %v16, %v910 : i64
            scf.if %v958 {
              %v959 = arith.addi %v917, %v949 : i64
              %v960 = arith.muli %v959, %split1 : i64
              %v961 = arith.addi %v960, %v869 : i64
              %v962 = llvm.getelementptr %conv_win[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v889, %v962 : f32, !llvm.ptr
            }
          }
        }
      }
      %v963 = arith.andi %v779, %v866 : i1
      scf.if %v963 {
        %v964 = llvm.load %v782 : !llvm.ptr -> f32
        %v965 = arith.addi %v27, %v781 : i64
        %v966 = arith.addi %v26, %v780 : i64
        %v967 = arith.cmpi slt, %v965, %n : i64
        %v968 = arith.cmpi slt, %v966, %m : i64
        %v969 = arith.andi %v967, %v968 : i1
        scf.if %v969 {
          llvm.store %v964, %v970 : f32, !llvm.ptr
          %v971 = llvm.mlir.zero : !llvm.ptr
          %v972 = llvm.icmp "ne" %bias, %v971 : !llvm.ptr
          scf.if %v972 {
            %v973 = llvm.getelementptr %bias[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v974 = llvm.load %v973 : !llvm.ptr -> f32
            %v975 = llvm.load %v970 : !llvm.ptr -> f32
            %v976 = arith.addf %v975, %v974 fastmath<contract> : f32
            llvm.store %v976, %v970 : f32, !llvm.ptr
          }
          %v977 = llvm.mlir.zero : !llvm.ptr
          %v978 = llvm.icmp "ne" %add, %v977 : !llvm.ptr
          scf.if %v978 {
            %v979 = arith.muli %v966, %add_stride : i64
            %v980 = arith.addi %v979, %v965 : i64
            %v981 = llvm.getelementptr %add[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v982 = llvm.load %v981 : !llvm.ptr -> f32
            %v983 = llvm.load %v970 : !llvm.ptr -> f32
            %v984 = arith.addf %v983, %v982 fastmath<contract> : f32
            llvm.store %v984, %v970 : f32, !llvm.ptr
          }
          %v985 = llvm.load %v970 : !llvm.ptr -> f32
          %v986 = arith.cmpi slt, %v965, %split1 : i64
          %v987 = arith.cmpi slt, %v965, %split2 : i64
          %v988 = arith.muli %m, %split1 : i64
          %v989 = arith.muli %m, %split2 : i64
          %v990 = arith.select %v987, %v988, %v989 : i64
          %v991 = arith.select %v986, %v16, %v990 : i64
          %v992 = arith.subi %split2, %split1 : i64
          %v993 = arith.subi %n, %split2 : i64
          %v994 = arith.select %v987, %v992, %v993 : i64
          %v995 = arith.select %v986, %split1, %v994 : i64
          %v996 = arith.select %v987, %split1, %split2 : i64
          %v997 = arith.select %v986, %v16, %v996 : i64
          %v998 = arith.muli %v966, %v995 : i64
          %v999 = arith.subi %v965, %v997 : i64
          %v1000 = arith.addi %v991, %v998 : i64
          %v1001 = arith.addi %v1000, %v999 : i64
          %v1002 = llvm.getelementptr %out[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v985, %v1002 : f32, !llvm.ptr
          %v1003 = llvm.mlir.zero : !llvm.ptr
          %v1004 = llvm.icmp "ne" %conv_w, %v1003 : !llvm.ptr
          %v1005 = arith.andi %v1004, %v986 : i1
          scf.if %v1005 {
            %v1006 = arith.subi %conv_k, %v15 : i64
            llvm.store %v74, %v1007 : f32, !llvm.ptr
            %v1008 = llvm.mlir.zero : !llvm.ptr
            %v1009 = llvm.icmp "ne" %conv_b, %v1008 : !llvm.ptr
            scf.if %v1009 {
              %v1010 = llvm.getelementptr %conv_b[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
              llvm.store %v1011, %v1007 : f32, !llvm.ptr
            }
            %v1012 = arith.muli %v965, %conv_k : i64
            %v1013 = arith.muli %v966, %v1006 : i64
            scf.for %v1014 = %v16 to %v1006 step %v15 : i64 {
              %v1015 = arith.addi %v1013, %v1014 : i64
              %v1016 = arith.muli %v1015, %split1 : i64
              %v1017 = arith.addi %v1016, %v965 : i64
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
            %v1033 = arith.mulf %v1032, %v938 fastmath<contract> : f32
            %v1034 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1033) : (f32) -> f32
            %v1035 = arith.addf %v936, %v1034 fastmath<contract> : f32
            %v1036 = arith.divf %v936, %v1035 : f32
            %v1037 = arith.mulf %v1031, %v1036 fastmath<contract> : f32
            %v1038 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1039 = arith.select %v1038, %v1037, %v1031 : f32
            %v1040 = arith.muli %v966, %split1 : i64
            %v1041 = arith.addi %v1040, %v965 : i64
            %v1042 = llvm.getelementptr %conv_out[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1039, %v1042 : f32, !llvm.ptr
            %v1043 = arith.subi %v1006, %v15 : i64
            scf.for %v1044 = %v16 to %v1043 step %v15 : i64 {
              %v1045 = arith.addi %v1013, %v1044 : i64
              %v1046 = arith.muli %v1045, %split1 : i64
              %v1047 = arith.addi %v1046, %v965 : i64
              %v1048 = arith.addi %v1047, %split1 : i64
              %v1049 = llvm.getelementptr %conv_win[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
              %v1051 = llvm.getelementptr %conv_win[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1050, %v1051 : f32, !llvm.ptr
            }
            %v1052 = arith.cmpi slt, %v16, %v1006 : i64
            scf.if %v1052 {
              %v1053 = arith.addi %v1013, %v1043 : i64
              %v1054 = arith.muli %v1053, %split1 : i64
              %v1055 = arith.addi %v1054, %v965 : i64
              %v1056 = llvm.getelementptr %conv_win[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v985, %v1056 : f32, !llvm.ptr
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
      %v32 = arith.constant 2 : i64
      %v37 = arith.constant 128 : i64
      %v39 = arith.constant 32768 : i64
      %v59 = arith.constant 24 : i64
      %v74 = arith.constant 0x00000000 : f32
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
      %v94 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v101 = arith.constant 3 : i64
      %v999 = arith.constant 20 : i64
      %v1000 = arith.constant 640 : i64
      %v1033 = arith.constant 9 : i64
      %v1060 = arith.constant 17 : i64
      %v1087 = arith.constant 25 : i64
      %v1158 = arith.constant 512 : i64
      %v1162 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1163 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1172 = arith.constant 1280 : i64
      %v1177 = arith.constant 1920 : i64
      %v1182 = arith.constant 2560 : i64
      %v1187 = arith.constant 3200 : i64
      %v1192 = arith.constant 3840 : i64
      %v1197 = arith.constant 4480 : i64
      %v1208 = arith.constant 64 : i64
      %v1213 = arith.constant 96 : i64
      %v1222 = arith.constant 160 : i64
      %v1227 = arith.constant 192 : i64
      %v1232 = arith.constant 224 : i64
      %v1237 = arith.constant 256 : i64
      %v1242 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1243 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1307 = llvm.alloca %v15 x i1 : (i64) -> !llvm.ptr
      %v1309 = arith.constant 544 : i64
      %v1344 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1356 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1367 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1379 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1398 = arith.constant 0x3F800000 : f32
      %v1406 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1443 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1469 = arith.constant 0x3FB8AA3B : f32
      %v1508 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
      %v1545 = llvm.alloca %v15 x f32 : (i64) -> !llvm.ptr
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
        %v33 = arith.muli %v31, %v32 : i64
        %v34 = llvm.getelementptr %w[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v35 = arith.muli %v30, %k : i64
        %v36 = arith.muli %v35, %v32 : i64
        %v38 = arith.muli %v8, %v37 : i64
        scf.for %v40 = %v38 to %v36 step %v39 : i64 {
          %v41 = llvm.getelementptr %v34[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v41 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v42 = arith.subi %m, %v15 : i64
      %v43 = arith.subi %n, %v15 : i64
      %v44 = arith.subi %k, %v17 : i64
      %v45 = arith.addi %v26, %v13 : i64
      %v46 = arith.minsi %v45, %v42 : i64
      %v47 = arith.muli %v46, %x_stride : i64
      %v48 = llvm.getelementptr %x[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v49 = arith.addi %v26, %v17 : i64
      %v50 = arith.addi %v49, %v13 : i64
      %v51 = arith.minsi %v50, %v42 : i64
      %v52 = arith.muli %v51, %x_stride : i64
      %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v54 = arith.addi %v26, %v20 : i64
      %v55 = arith.addi %v54, %v13 : i64
      %v56 = arith.minsi %v55, %v42 : i64
      %v57 = arith.muli %v56, %x_stride : i64
      %v58 = llvm.getelementptr %x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v60 = arith.addi %v26, %v59 : i64
      %v61 = arith.addi %v60, %v13 : i64
      %v62 = arith.minsi %v61, %v42 : i64
      %v63 = arith.muli %v62, %x_stride : i64
      %v64 = llvm.getelementptr %x[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v65 = arith.addi %v27, %v13 : i64
      %v66 = arith.minsi %v65, %v43 : i64
      %v67 = arith.muli %v66, %k : i64
      %v68 = llvm.getelementptr %w[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      %v69 = arith.addi %v27, %v13 : i64
      %v70 = arith.addi %v69, %v17 : i64
      %v71 = arith.minsi %v70, %v43 : i64
      %v72 = arith.muli %v71, %k : i64
      %v73 = llvm.getelementptr %w[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, i16
      llvm.store %v74, %v75 : f32, !llvm.ptr
      llvm.store %v74, %v76 : f32, !llvm.ptr
      llvm.store %v74, %v77 : f32, !llvm.ptr
      llvm.store %v74, %v78 : f32, !llvm.ptr
      llvm.store %v74, %v79 : f32, !llvm.ptr
      llvm.store %v74, %v80 : f32, !llvm.ptr
      llvm.store %v74, %v81 : f32, !llvm.ptr
      llvm.store %v74, %v82 : f32, !llvm.ptr
      llvm.store %v74, %v83 : f32, !llvm.ptr
      llvm.store %v74, %v84 : f32, !llvm.ptr
      llvm.store %v74, %v85 : f32, !llvm.ptr
      llvm.store %v74, %v86 : f32, !llvm.ptr
      llvm.store %v74, %v87 : f32, !llvm.ptr
      llvm.store %v74, %v88 : f32, !llvm.ptr
      llvm.store %v74, %v89 : f32, !llvm.ptr
      llvm.store %v74, %v90 : f32, !llvm.ptr
      llvm.store %v74, %v91 : f32, !llvm.ptr
      llvm.store %v74, %v92 : f32, !llvm.ptr
      llvm.store %v74, %v93 : f32, !llvm.ptr
      llvm.store %v74, %v94 : f32, !llvm.ptr
      %v95 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
      %v96 = arith.addi %k, %v21 : i64
      %v97 = arith.divsi %v96, %v9 : i64
      %v98 = arith.muli %v19, %v17 : i64
      %v99 = arith.addi %v98, %v10 : i64
      %v100 = arith.muli %splits, %v17 : i64
      %v102 = arith.muli %v100, %v101 : i64
      scf.for %v103 = %v99 to %v97 step %v102 : i64 {
        %v104 = arith.muli %v14, %v17 : i64
        %v105 = arith.muli %v103, %v9 : i64
        %v106 = arith.addi %v105, %v104 : i64
        %v107 = arith.cmpi slt, %v106, %k : i64
        %v108 = arith.minsi %v106, %v44 : i64
        %v109 = llvm.getelementptr %v68[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v110 = llvm.load %v109 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v111 = llvm.getelementptr %v73[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v112 = llvm.load %v111 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v113 = arith.addi %v103, %v100 : i64
        %v114 = arith.muli %v113, %v9 : i64
        %v115 = arith.addi %v114, %v104 : i64
        %v116 = arith.cmpi slt, %v115, %k : i64
        %v117 = arith.minsi %v115, %v44 : i64
        %v118 = llvm.getelementptr %v68[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v119 = llvm.load %v118 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v120 = llvm.getelementptr %v73[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v121 = llvm.load %v120 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v122 = arith.muli %v32, %v100 : i64
        %v123 = arith.addi %v103, %v122 : i64
        %v124 = arith.muli %v123, %v9 : i64
        %v125 = arith.addi %v124, %v104 : i64
        %v126 = arith.cmpi slt, %v125, %k : i64
        %v127 = arith.minsi %v125, %v44 : i64
        %v128 = llvm.getelementptr %v68[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v129 = llvm.load %v128 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v130 = llvm.getelementptr %v73[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v131 = llvm.load %v130 {alignment = 16 : i64} : !llvm.ptr -> vector<4xi32>
        %v132 = llvm.getelementptr %norm_w[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v133 = llvm.load %v132 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v134 = arith.addi %v108, %v12 : i64
        %v135 = llvm.getelementptr %norm_w[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v136 = llvm.load %v135 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v137 = llvm.mlir.constant(0 : i32) : i32
        %v138 = llvm.extractelement %v110[%v137 : i32] : vector<4xi32>
        %v139 = llvm.mlir.constant(0 : i32) : i32
        %v140 = llvm.extractelement %v112[%v139 : i32] : vector<4xi32>
        %v141 = llvm.mlir.constant(1 : i32) : i32
        %v142 = llvm.extractelement %v110[%v141 : i32] : vector<4xi32>
        %v143 = llvm.mlir.constant(1 : i32) : i32
        %v144 = llvm.extractelement %v112[%v143 : i32] : vector<4xi32>
        %v145 = llvm.mlir.constant(2 : i32) : i32
        %v146 = llvm.extractelement %v110[%v145 : i32] : vector<4xi32>
        %v147 = llvm.mlir.constant(2 : i32) : i32
        %v148 = llvm.extractelement %v112[%v147 : i32] : vector<4xi32>
        %v149 = llvm.mlir.constant(3 : i32) : i32
        %v150 = llvm.extractelement %v110[%v149 : i32] : vector<4xi32>
        %v151 = llvm.mlir.constant(3 : i32) : i32
        %v152 = llvm.extractelement %v112[%v151 : i32] : vector<4xi32>
        %v153 = llvm.getelementptr %v48[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v154 = llvm.load %v153 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v155 = arith.addi %v108, %v12 : i64
        %v156 = llvm.getelementptr %v48[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v157 = llvm.load %v156 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v158 = llvm.select %v107, %v154, %v95 : i1, vector<4xf32>
        %v159 = llvm.select %v107, %v157, %v95 : i1, vector<4xf32>
        %v160 = llvm.fmul %v158, %v158 : vector<4xf32>
        %v161 = llvm.mlir.constant(0 : i32) : i32
        %v162 = llvm.extractelement %v160[%v161 : i32] : vector<4xf32>
        %v163 = llvm.mlir.constant(1 : i32) : i32
        %v164 = llvm.extractelement %v160[%v163 : i32] : vector<4xf32>
        %v165 = llvm.mlir.constant(2 : i32) : i32
        %v166 = llvm.extractelement %v160[%v165 : i32] : vector<4xf32>
        %v167 = llvm.mlir.constant(3 : i32) : i32
        %v168 = llvm.extractelement %v160[%v167 : i32] : vector<4xf32>
        %v169 = arith.addf %v162, %v164 fastmath<contract> : f32
        %v170 = arith.addf %v169, %v166 fastmath<contract> : f32
        %v171 = arith.addf %v170, %v168 fastmath<contract> : f32
        %v172 = llvm.load %v91 : !llvm.ptr -> f32
        %v173 = arith.addf %v172, %v171 fastmath<contract> : f32
        llvm.store %v173, %v91 : f32, !llvm.ptr
        %v174 = llvm.fmul %v158, %v133 : vector<4xf32>
        %v175 = llvm.fmul %v159, %v159 : vector<4xf32>
        %v176 = llvm.mlir.constant(0 : i32) : i32
        %v177 = llvm.extractelement %v175[%v176 : i32] : vector<4xf32>
        %v178 = llvm.mlir.constant(1 : i32) : i32
        %v179 = llvm.extractelement %v175[%v178 : i32] : vector<4xf32>
        %v180 = llvm.mlir.constant(2 : i32) : i32
        %v181 = llvm.extractelement %v175[%v180 : i32] : vector<4xf32>
        %v182 = llvm.mlir.constant(3 : i32) : i32
        %v183 = llvm.extractelement %v175[%v182 : i32] : vector<4xf32>
        %v184 = arith.addf %v177, %v179 fastmath<contract> : f32
        %v185 = arith.addf %v184, %v181 fastmath<contract> : f32
        %v186 = arith.addf %v185, %v183 fastmath<contract> : f32
        %v187 = llvm.load %v91 : !llvm.ptr -> f32
        %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
        llvm.store %v188, %v91 : f32, !llvm.ptr
        %v189 = llvm.fmul %v159, %v136 : vector<4xf32>
        %v190 = llvm.shufflevector %v174, %v174 [0, 1] : vector<4xf32>
        %v191 = llvm.fptrunc %v190 : vector<2xf32> to vector<2xbf16>
        %v192 = llvm.bitcast %v191 : vector<2xbf16> to i32
        %v193 = llvm.shufflevector %v174, %v174 [2, 3] : vector<4xf32>
        %v194 = llvm.fptrunc %v193 : vector<2xf32> to vector<2xbf16>
        %v195 = llvm.bitcast %v194 : vector<2xbf16> to i32
        %v196 = llvm.shufflevector %v189, %v189 [0, 1] : vector<4xf32>
        %v197 = llvm.fptrunc %v196 : vector<2xf32> to vector<2xbf16>
        %v198 = llvm.bitcast %v197 : vector<2xbf16> to i32
        %v199 = llvm.shufflevector %v189, %v189 [2, 3] : vector<4xf32>
        %v200 = llvm.fptrunc %v199 : vector<2xf32> to vector<2xbf16>
        %v201 = llvm.bitcast %v200 : vector<2xbf16> to i32
        %v202 = llvm.load %v75 : !llvm.ptr -> f32
        %v203 = llvm.load %v76 : !llvm.ptr -> f32
        %v204 = llvm.load %v77 : !llvm.ptr -> f32
        %v205 = llvm.load %v78 : !llvm.ptr -> f32
        %v206 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v138, %v140, %v142, %v144, %v192, %v195, %v202, %v203, %v204, %v205 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v207 = llvm.extractvalue %v206[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v207, %v75 : f32, !llvm.ptr
        %v208 = llvm.extractvalue %v206[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v208, %v76 : f32, !llvm.ptr
        %v209 = llvm.extractvalue %v206[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v209, %v77 : f32, !llvm.ptr
        %v210 = llvm.extractvalue %v206[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v210, %v78 : f32, !llvm.ptr
        %v211 = llvm.load %v75 : !llvm.ptr -> f32
        %v212 = llvm.load %v76 : !llvm.ptr -> f32
        %v213 = llvm.load %v77 : !llvm.ptr -> f32
        %v214 = llvm.load %v78 : !llvm.ptr -> f32
        %v215 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v146, %v148, %v150, %v152, %v198, %v201, %v211, %v212, %v213, %v214 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v216 = llvm.extractvalue %v215[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v216, %v75 : f32, !llvm.ptr
        %v217 = llvm.extractvalue %v215[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v217, %v76 : f32, !llvm.ptr
        %v218 = llvm.extractvalue %v215[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v218, %v77 : f32, !llvm.ptr
        %v219 = llvm.extractvalue %v215[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v219, %v78 : f32, !llvm.ptr
        %v220 = llvm.getelementptr %v53[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v221 = llvm.load %v220 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v222 = arith.addi %v108, %v12 : i64
        %v223 = llvm.getelementptr %v53[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v224 = llvm.load %v223 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v225 = llvm.select %v107, %v221, %v95 : i1, vector<4xf32>
        %v226 = llvm.select %v107, %v224, %v95 : i1, vector<4xf32>
        %v227 = llvm.fmul %v225, %v225 : vector<4xf32>
        %v228 = llvm.mlir.constant(0 : i32) : i32
        %v229 = llvm.extractelement %v227[%v228 : i32] : vector<4xf32>
        %v230 = llvm.mlir.constant(1 : i32) : i32
        %v231 = llvm.extractelement %v227[%v230 : i32] : vector<4xf32>
        %v232 = llvm.mlir.constant(2 : i32) : i32
        %v233 = llvm.extractelement %v227[%v232 : i32] : vector<4xf32>
        %v234 = llvm.mlir.constant(3 : i32) : i32
        %v235 = llvm.extractelement %v227[%v234 : i32] : vector<4xf32>
        %v236 = arith.addf %v229, %v231 fastmath<contract> : f32
        %v237 = arith.addf %v236, %v233 fastmath<contract> : f32
        %v238 = arith.addf %v237, %v235 fastmath<contract> : f32
        %v239 = llvm.load %v92 : !llvm.ptr -> f32
        %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
        llvm.store %v240, %v92 : f32, !llvm.ptr
        %v241 = llvm.fmul %v225, %v133 : vector<4xf32>
        %v242 = llvm.fmul %v226, %v226 : vector<4xf32>
        %v243 = llvm.mlir.constant(0 : i32) : i32
        %v244 = llvm.extractelement %v242[%v243 : i32] : vector<4xf32>
        %v245 = llvm.mlir.constant(1 : i32) : i32
        %v246 = llvm.extractelement %v242[%v245 : i32] : vector<4xf32>
        %v247 = llvm.mlir.constant(2 : i32) : i32
        %v248 = llvm.extractelement %v242[%v247 : i32] : vector<4xf32>
        %v249 = llvm.mlir.constant(3 : i32) : i32
        %v250 = llvm.extractelement %v242[%v249 : i32] : vector<4xf32>
        %v251 = arith.addf %v244, %v246 fastmath<contract> : f32
        %v252 = arith.addf %v251, %v248 fastmath<contract> : f32
        %v253 = arith.addf %v252, %v250 fastmath<contract> : f32
        %v254 = llvm.load %v92 : !llvm.ptr -> f32
        %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
        llvm.store %v255, %v92 : f32, !llvm.ptr
        %v256 = llvm.fmul %v226, %v136 : vector<4xf32>
        %v257 = llvm.shufflevector %v241, %v241 [0, 1] : vector<4xf32>
        %v258 = llvm.fptrunc %v257 : vector<2xf32> to vector<2xbf16>
        %v259 = llvm.bitcast %v258 : vector<2xbf16> to i32
        %v260 = llvm.shufflevector %v241, %v241 [2, 3] : vector<4xf32>
        %v261 = llvm.fptrunc %v260 : vector<2xf32> to vector<2xbf16>
        %v262 = llvm.bitcast %v261 : vector<2xbf16> to i32
        %v263 = llvm.shufflevector %v256, %v256 [0, 1] : vector<4xf32>
        %v264 = llvm.fptrunc %v263 : vector<2xf32> to vector<2xbf16>
        %v265 = llvm.bitcast %v264 : vector<2xbf16> to i32
        %v266 = llvm.shufflevector %v256, %v256 [2, 3] : vector<4xf32>
        %v267 = llvm.fptrunc %v266 : vector<2xf32> to vector<2xbf16>
        %v268 = llvm.bitcast %v267 : vector<2xbf16> to i32
        %v269 = llvm.load %v79 : !llvm.ptr -> f32
        %v270 = llvm.load %v80 : !llvm.ptr -> f32
        %v271 = llvm.load %v81 : !llvm.ptr -> f32
        %v272 = llvm.load %v82 : !llvm.ptr -> f32
        %v273 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v138, %v140, %v142, %v144, %v259, %v262, %v269, %v270, %v271, %v272 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v274 = llvm.extractvalue %v273[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v274, %v79 : f32, !llvm.ptr
        %v275 = llvm.extractvalue %v273[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v275, %v80 : f32, !llvm.ptr
        %v276 = llvm.extractvalue %v273[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v276, %v81 : f32, !llvm.ptr
        %v277 = llvm.extractvalue %v273[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v277, %v82 : f32, !llvm.ptr
        %v278 = llvm.load %v79 : !llvm.ptr -> f32
        %v279 = llvm.load %v80 : !llvm.ptr -> f32
        %v280 = llvm.load %v81 : !llvm.ptr -> f32
        %v281 = llvm.load %v82 : !llvm.ptr -> f32
        %v282 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v146, %v148, %v150, %v152, %v265, %v268, %v278, %v279, %v280, %v281 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v283 = llvm.extractvalue %v282[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v283, %v79 : f32, !llvm.ptr
        %v284 = llvm.extractvalue %v282[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v284, %v80 : f32, !llvm.ptr
        %v285 = llvm.extractvalue %v282[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v285, %v81 : f32, !llvm.ptr
        %v286 = llvm.extractvalue %v282[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v286, %v82 : f32, !llvm.ptr
        %v287 = llvm.getelementptr %v58[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v288 = llvm.load %v287 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v289 = arith.addi %v108, %v12 : i64
        %v290 = llvm.getelementptr %v58[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v291 = llvm.load %v290 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v292 = llvm.select %v107, %v288, %v95 : i1, vector<4xf32>
        %v293 = llvm.select %v107, %v291, %v95 : i1, vector<4xf32>
        %v294 = llvm.fmul %v292, %v292 : vector<4xf32>
        %v295 = llvm.mlir.constant(0 : i32) : i32
        %v296 = llvm.extractelement %v294[%v295 : i32] : vector<4xf32>
        %v297 = llvm.mlir.constant(1 : i32) : i32
        %v298 = llvm.extractelement %v294[%v297 : i32] : vector<4xf32>
        %v299 = llvm.mlir.constant(2 : i32) : i32
        %v300 = llvm.extractelement %v294[%v299 : i32] : vector<4xf32>
        %v301 = llvm.mlir.constant(3 : i32) : i32
        %v302 = llvm.extractelement %v294[%v301 : i32] : vector<4xf32>
        %v303 = arith.addf %v296, %v298 fastmath<contract> : f32
        %v304 = arith.addf %v303, %v300 fastmath<contract> : f32
        %v305 = arith.addf %v304, %v302 fastmath<contract> : f32
        %v306 = llvm.load %v93 : !llvm.ptr -> f32
        %v307 = arith.addf %v306, %v305 fastmath<contract> : f32
        llvm.store %v307, %v93 : f32, !llvm.ptr
        %v308 = llvm.fmul %v292, %v133 : vector<4xf32>
        %v309 = llvm.fmul %v293, %v293 : vector<4xf32>
        %v310 = llvm.mlir.constant(0 : i32) : i32
        %v311 = llvm.extractelement %v309[%v310 : i32] : vector<4xf32>
        %v312 = llvm.mlir.constant(1 : i32) : i32
        %v313 = llvm.extractelement %v309[%v312 : i32] : vector<4xf32>
        %v314 = llvm.mlir.constant(2 : i32) : i32
        %v315 = llvm.extractelement %v309[%v314 : i32] : vector<4xf32>
        %v316 = llvm.mlir.constant(3 : i32) : i32
        %v317 = llvm.extractelement %v309[%v316 : i32] : vector<4xf32>
        %v318 = arith.addf %v311, %v313 fastmath<contract> : f32
        %v319 = arith.addf %v318, %v315 fastmath<contract> : f32
        %v320 = arith.addf %v319, %v317 fastmath<contract> : f32
        %v321 = llvm.load %v93 : !llvm.ptr -> f32
        %v322 = arith.addf %v321, %v320 fastmath<contract> : f32
        llvm.store %v322, %v93 : f32, !llvm.ptr
        %v323 = llvm.fmul %v293, %v136 : vector<4xf32>
        %v324 = llvm.shufflevector %v308, %v308 [0, 1] : vector<4xf32>
        %v325 = llvm.fptrunc %v324 : vector<2xf32> to vector<2xbf16>
        %v326 = llvm.bitcast %v325 : vector<2xbf16> to i32
        %v327 = llvm.shufflevector %v308, %v308 [2, 3] : vector<4xf32>
        %v328 = llvm.fptrunc %v327 : vector<2xf32> to vector<2xbf16>
        %v329 = llvm.bitcast %v328 : vector<2xbf16> to i32
        %v330 = llvm.shufflevector %v323, %v323 [0, 1] : vector<4xf32>
        %v331 = llvm.fptrunc %v330 : vector<2xf32> to vector<2xbf16>
        %v332 = llvm.bitcast %v331 : vector<2xbf16> to i32
        %v333 = llvm.shufflevector %v323, %v323 [2, 3] : vector<4xf32>
        %v334 = llvm.fptrunc %v333 : vector<2xf32> to vector<2xbf16>
        %v335 = llvm.bitcast %v334 : vector<2xbf16> to i32
        %v336 = llvm.load %v83 : !llvm.ptr -> f32
        %v337 = llvm.load %v84 : !llvm.ptr -> f32
        %v338 = llvm.load %v85 : !llvm.ptr -> f32
        %v339 = llvm.load %v86 : !llvm.ptr -> f32
        %v340 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v138, %v140, %v142, %v144, %v326, %v329, %v336, %v337, %v338, %v339 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v341 = llvm.extractvalue %v340[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v341, %v83 : f32, !llvm.ptr
        %v342 = llvm.extractvalue %v340[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v342, %v84 : f32, !llvm.ptr
        %v343 = llvm.extractvalue %v340[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v343, %v85 : f32, !llvm.ptr
        %v344 = llvm.extractvalue %v340[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v344, %v86 : f32, !llvm.ptr
        %v345 = llvm.load %v83 : !llvm.ptr -> f32
        %v346 = llvm.load %v84 : !llvm.ptr -> f32
        %v347 = llvm.load %v85 : !llvm.ptr -> f32
        %v348 = llvm.load %v86 : !llvm.ptr -> f32
        %v349 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v146, %v148, %v150, %v152, %v332, %v335, %v345, %v346, %v347, %v348 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v350 = llvm.extractvalue %v349[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v350, %v83 : f32, !llvm.ptr
        %v351 = llvm.extractvalue %v349[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v351, %v84 : f32, !llvm.ptr
        %v352 = llvm.extractvalue %v349[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v352, %v85 : f32, !llvm.ptr
        %v353 = llvm.extractvalue %v349[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v353, %v86 : f32, !llvm.ptr
        %v354 = llvm.getelementptr %v64[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v355 = llvm.load %v354 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v356 = arith.addi %v108, %v12 : i64
        %v357 = llvm.getelementptr %v64[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v358 = llvm.load %v357 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v359 = llvm.select %v107, %v355, %v95 : i1, vector<4xf32>
        %v360 = llvm.select %v107, %v358, %v95 : i1, vector<4xf32>
        %v361 = llvm.fmul %v359, %v359 : vector<4xf32>
        %v362 = llvm.mlir.constant(0 : i32) : i32
        %v363 = llvm.extractelement %v361[%v362 : i32] : vector<4xf32>
        %v364 = llvm.mlir.constant(1 : i32) : i32
        %v365 = llvm.extractelement %v361[%v364 : i32] : vector<4xf32>
        %v366 = llvm.mlir.constant(2 : i32) : i32
        %v367 = llvm.extractelement %v361[%v366 : i32] : vector<4xf32>
        %v368 = llvm.mlir.constant(3 : i32) : i32
        %v369 = llvm.extractelement %v361[%v368 : i32] : vector<4xf32>
        %v370 = arith.addf %v363, %v365 fastmath<contract> : f32
        %v371 = arith.addf %v370, %v367 fastmath<contract> : f32
        %v372 = arith.addf %v371, %v369 fastmath<contract> : f32
        %v373 = llvm.load %v94 : !llvm.ptr -> f32
        %v374 = arith.addf %v373, %v372 fastmath<contract> : f32
        llvm.store %v374, %v94 : f32, !llvm.ptr
        %v375 = llvm.fmul %v359, %v133 : vector<4xf32>
        %v376 = llvm.fmul %v360, %v360 : vector<4xf32>
        %v377 = llvm.mlir.constant(0 : i32) : i32
        %v378 = llvm.extractelement %v376[%v377 : i32] : vector<4xf32>
        %v379 = llvm.mlir.constant(1 : i32) : i32
        %v380 = llvm.extractelement %v376[%v379 : i32] : vector<4xf32>
        %v381 = llvm.mlir.constant(2 : i32) : i32
        %v382 = llvm.extractelement %v376[%v381 : i32] : vector<4xf32>
        %v383 = llvm.mlir.constant(3 : i32) : i32
        %v384 = llvm.extractelement %v376[%v383 : i32] : vector<4xf32>
        %v385 = arith.addf %v378, %v380 fastmath<contract> : f32
        %v386 = arith.addf %v385, %v382 fastmath<contract> : f32
        %v387 = arith.addf %v386, %v384 fastmath<contract> : f32
        %v388 = llvm.load %v94 : !llvm.ptr -> f32
        %v389 = arith.addf %v388, %v387 fastmath<contract> : f32
        llvm.store %v389, %v94 : f32, !llvm.ptr
        %v390 = llvm.fmul %v360, %v136 : vector<4xf32>
        %v391 = llvm.shufflevector %v375, %v375 [0, 1] : vector<4xf32>
        %v392 = llvm.fptrunc %v391 : vector<2xf32> to vector<2xbf16>
        %v393 = llvm.bitcast %v392 : vector<2xbf16> to i32
        %v394 = llvm.shufflevector %v375, %v375 [2, 3] : vector<4xf32>
        %v395 = llvm.fptrunc %v394 : vector<2xf32> to vector<2xbf16>
        %v396 = llvm.bitcast %v395 : vector<2xbf16> to i32
        %v397 = llvm.shufflevector %v390, %v390 [0, 1] : vector<4xf32>
        %v398 = llvm.fptrunc %v397 : vector<2xf32> to vector<2xbf16>
        %v399 = llvm.bitcast %v398 : vector<2xbf16> to i32
        %v400 = llvm.shufflevector %v390, %v390 [2, 3] : vector<4xf32>
        %v401 = llvm.fptrunc %v400 : vector<2xf32> to vector<2xbf16>
        %v402 = llvm.bitcast %v401 : vector<2xbf16> to i32
        %v403 = llvm.load %v87 : !llvm.ptr -> f32
        %v404 = llvm.load %v88 : !llvm.ptr -> f32
        %v405 = llvm.load %v89 : !llvm.ptr -> f32
        %v406 = llvm.load %v90 : !llvm.ptr -> f32
        %v407 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v138, %v140, %v142, %v144, %v393, %v396, %v403, %v404, %v405, %v406 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v408 = llvm.extractvalue %v407[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v408, %v87 : f32, !llvm.ptr
        %v409 = llvm.extractvalue %v407[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v409, %v88 : f32, !llvm.ptr
        %v410 = llvm.extractvalue %v407[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v410, %v89 : f32, !llvm.ptr
        %v411 = llvm.extractvalue %v407[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v411, %v90 : f32, !llvm.ptr
        %v412 = llvm.load %v87 : !llvm.ptr -> f32
        %v413 = llvm.load %v88 : !llvm.ptr -> f32
        %v414 = llvm.load %v89 : !llvm.ptr -> f32
        %v415 = llvm.load %v90 : !llvm.ptr -> f32
        %v416 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v146, %v148, %v150, %v152, %v399, %v402, %v412, %v413, %v414, %v415 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v417 = llvm.extractvalue %v416[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v417, %v87 : f32, !llvm.ptr
        %v418 = llvm.extractvalue %v416[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v418, %v88 : f32, !llvm.ptr
        %v419 = llvm.extractvalue %v416[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v419, %v89 : f32, !llvm.ptr
        %v420 = llvm.extractvalue %v416[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v420, %v90 : f32, !llvm.ptr
        %v421 = llvm.getelementptr %norm_w[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v422 = llvm.load %v421 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v423 = arith.addi %v117, %v12 : i64
        %v424 = llvm.getelementptr %norm_w[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v425 = llvm.load %v424 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v426 = llvm.mlir.constant(0 : i32) : i32
        %v427 = llvm.extractelement %v119[%v426 : i32] : vector<4xi32>
        %v428 = llvm.mlir.constant(0 : i32) : i32
        %v429 = llvm.extractelement %v121[%v428 : i32] : vector<4xi32>
        %v430 = llvm.mlir.constant(1 : i32) : i32
        %v431 = llvm.extractelement %v119[%v430 : i32] : vector<4xi32>
        %v432 = llvm.mlir.constant(1 : i32) : i32
        %v433 = llvm.extractelement %v121[%v432 : i32] : vector<4xi32>
        %v434 = llvm.mlir.constant(2 : i32) : i32
        %v435 = llvm.extractelement %v119[%v434 : i32] : vector<4xi32>
        %v436 = llvm.mlir.constant(2 : i32) : i32
        %v437 = llvm.extractelement %v121[%v436 : i32] : vector<4xi32>
        %v438 = llvm.mlir.constant(3 : i32) : i32
        %v439 = llvm.extractelement %v119[%v438 : i32] : vector<4xi32>
        %v440 = llvm.mlir.constant(3 : i32) : i32
        %v441 = llvm.extractelement %v121[%v440 : i32] : vector<4xi32>
        %v442 = llvm.getelementptr %v48[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v443 = llvm.load %v442 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v444 = arith.addi %v117, %v12 : i64
        %v445 = llvm.getelementptr %v48[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v446 = llvm.load %v445 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v447 = llvm.select %v116, %v443, %v95 : i1, vector<4xf32>
        %v448 = llvm.select %v116, %v446, %v95 : i1, vector<4xf32>
        %v449 = llvm.fmul %v447, %v447 : vector<4xf32>
        %v450 = llvm.mlir.constant(0 : i32) : i32
        %v451 = llvm.extractelement %v449[%v450 : i32] : vector<4xf32>
        %v452 = llvm.mlir.constant(1 : i32) : i32
        %v453 = llvm.extractelement %v449[%v452 : i32] : vector<4xf32>
        %v454 = llvm.mlir.constant(2 : i32) : i32
        %v455 = llvm.extractelement %v449[%v454 : i32] : vector<4xf32>
        %v456 = llvm.mlir.constant(3 : i32) : i32
        %v457 = llvm.extractelement %v449[%v456 : i32] : vector<4xf32>
        %v458 = arith.addf %v451, %v453 fastmath<contract> : f32
        %v459 = arith.addf %v458, %v455 fastmath<contract> : f32
        %v460 = arith.addf %v459, %v457 fastmath<contract> : f32
        %v461 = llvm.load %v91 : !llvm.ptr -> f32
        %v462 = arith.addf %v461, %v460 fastmath<contract> : f32
        llvm.store %v462, %v91 : f32, !llvm.ptr
        %v463 = llvm.fmul %v447, %v422 : vector<4xf32>
        %v464 = llvm.fmul %v448, %v448 : vector<4xf32>
        %v465 = llvm.mlir.constant(0 : i32) : i32
        %v466 = llvm.extractelement %v464[%v465 : i32] : vector<4xf32>
        %v467 = llvm.mlir.constant(1 : i32) : i32
        %v468 = llvm.extractelement %v464[%v467 : i32] : vector<4xf32>
        %v469 = llvm.mlir.constant(2 : i32) : i32
        %v470 = llvm.extractelement %v464[%v469 : i32] : vector<4xf32>
        %v471 = llvm.mlir.constant(3 : i32) : i32
        %v472 = llvm.extractelement %v464[%v471 : i32] : vector<4xf32>
        %v473 = arith.addf %v466, %v468 fastmath<contract> : f32
        %v474 = arith.addf %v473, %v470 fastmath<contract> : f32
        %v475 = arith.addf %v474, %v472 fastmath<contract> : f32
        %v476 = llvm.load %v91 : !llvm.ptr -> f32
        %v477 = arith.addf %v476, %v475 fastmath<contract> : f32
        llvm.store %v477, %v91 : f32, !llvm.ptr
        %v478 = llvm.fmul %v448, %v425 : vector<4xf32>
        %v479 = llvm.shufflevector %v463, %v463 [0, 1] : vector<4xf32>
        %v480 = llvm.fptrunc %v479 : vector<2xf32> to vector<2xbf16>
        %v481 = llvm.bitcast %v480 : vector<2xbf16> to i32
        %v482 = llvm.shufflevector %v463, %v463 [2, 3] : vector<4xf32>
        %v483 = llvm.fptrunc %v482 : vector<2xf32> to vector<2xbf16>
        %v484 = llvm.bitcast %v483 : vector<2xbf16> to i32
        %v485 = llvm.shufflevector %v478, %v478 [0, 1] : vector<4xf32>
        %v486 = llvm.fptrunc %v485 : vector<2xf32> to vector<2xbf16>
        %v487 = llvm.bitcast %v486 : vector<2xbf16> to i32
        %v488 = llvm.shufflevector %v478, %v478 [2, 3] : vector<4xf32>
        %v489 = llvm.fptrunc %v488 : vector<2xf32> to vector<2xbf16>
        %v490 = llvm.bitcast %v489 : vector<2xbf16> to i32
        %v491 = llvm.load %v75 : !llvm.ptr -> f32
        %v492 = llvm.load %v76 : !llvm.ptr -> f32
        %v493 = llvm.load %v77 : !llvm.ptr -> f32
        %v494 = llvm.load %v78 : !llvm.ptr -> f32
        %v495 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v427, %v429, %v431, %v433, %v481, %v484, %v491, %v492, %v493, %v494 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v496 = llvm.extractvalue %v495[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v496, %v75 : f32, !llvm.ptr
        %v497 = llvm.extractvalue %v495[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v497, %v76 : f32, !llvm.ptr
        %v498 = llvm.extractvalue %v495[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v498, %v77 : f32, !llvm.ptr
        %v499 = llvm.extractvalue %v495[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v499, %v78 : f32, !llvm.ptr
        %v500 = llvm.load %v75 : !llvm.ptr -> f32
        %v501 = llvm.load %v76 : !llvm.ptr -> f32
        %v502 = llvm.load %v77 : !llvm.ptr -> f32
        %v503 = llvm.load %v78 : !llvm.ptr -> f32
        %v504 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v435, %v437, %v439, %v441, %v487, %v490, %v500, %v501, %v502, %v503 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v505 = llvm.extractvalue %v504[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v505, %v75 : f32, !llvm.ptr
        %v506 = llvm.extractvalue %v504[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v506, %v76 : f32, !llvm.ptr
        %v507 = llvm.extractvalue %v504[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v507, %v77 : f32, !llvm.ptr
        %v508 = llvm.extractvalue %v504[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v508, %v78 : f32, !llvm.ptr
        %v509 = llvm.getelementptr %v53[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v510 = llvm.load %v509 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v511 = arith.addi %v117, %v12 : i64
        %v512 = llvm.getelementptr %v53[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v513 = llvm.load %v512 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v514 = llvm.select %v116, %v510, %v95 : i1, vector<4xf32>
        %v515 = llvm.select %v116, %v513, %v95 : i1, vector<4xf32>
        %v516 = llvm.fmul %v514, %v514 : vector<4xf32>
        %v517 = llvm.mlir.constant(0 : i32) : i32
        %v518 = llvm.extractelement %v516[%v517 : i32] : vector<4xf32>
        %v519 = llvm.mlir.constant(1 : i32) : i32
        %v520 = llvm.extractelement %v516[%v519 : i32] : vector<4xf32>
        %v521 = llvm.mlir.constant(2 : i32) : i32
        %v522 = llvm.extractelement %v516[%v521 : i32] : vector<4xf32>
        %v523 = llvm.mlir.constant(3 : i32) : i32
        %v524 = llvm.extractelement %v516[%v523 : i32] : vector<4xf32>
        %v525 = arith.addf %v518, %v520 fastmath<contract> : f32
        %v526 = arith.addf %v525, %v522 fastmath<contract> : f32
        %v527 = arith.addf %v526, %v524 fastmath<contract> : f32
        %v528 = llvm.load %v92 : !llvm.ptr -> f32
        %v529 = arith.addf %v528, %v527 fastmath<contract> : f32
        llvm.store %v529, %v92 : f32, !llvm.ptr
        %v530 = llvm.fmul %v514, %v422 : vector<4xf32>
        %v531 = llvm.fmul %v515, %v515 : vector<4xf32>
        %v532 = llvm.mlir.constant(0 : i32) : i32
        %v533 = llvm.extractelement %v531[%v532 : i32] : vector<4xf32>
        %v534 = llvm.mlir.constant(1 : i32) : i32
        %v535 = llvm.extractelement %v531[%v534 : i32] : vector<4xf32>
        %v536 = llvm.mlir.constant(2 : i32) : i32
        %v537 = llvm.extractelement %v531[%v536 : i32] : vector<4xf32>
        %v538 = llvm.mlir.constant(3 : i32) : i32
        %v539 = llvm.extractelement %v531[%v538 : i32] : vector<4xf32>
        %v540 = arith.addf %v533, %v535 fastmath<contract> : f32
        %v541 = arith.addf %v540, %v537 fastmath<contract> : f32
        %v542 = arith.addf %v541, %v539 fastmath<contract> : f32
        %v543 = llvm.load %v92 : !llvm.ptr -> f32
        %v544 = arith.addf %v543, %v542 fastmath<contract> : f32
        llvm.store %v544, %v92 : f32, !llvm.ptr
        %v545 = llvm.fmul %v515, %v425 : vector<4xf32>
        %v546 = llvm.shufflevector %v530, %v530 [0, 1] : vector<4xf32>
        %v547 = llvm.fptrunc %v546 : vector<2xf32> to vector<2xbf16>
        %v548 = llvm.bitcast %v547 : vector<2xbf16> to i32
        %v549 = llvm.shufflevector %v530, %v530 [2, 3] : vector<4xf32>
        %v550 = llvm.fptrunc %v549 : vector<2xf32> to vector<2xbf16>
        %v551 = llvm.bitcast %v550 : vector<2xbf16> to i32
        %v552 = llvm.shufflevector %v545, %v545 [0, 1] : vector<4xf32>
        %v553 = llvm.fptrunc %v552 : vector<2xf32> to vector<2xbf16>
        %v554 = llvm.bitcast %v553 : vector<2xbf16> to i32
        %v555 = llvm.shufflevector %v545, %v545 [2, 3] : vector<4xf32>
        %v556 = llvm.fptrunc %v555 : vector<2xf32> to vector<2xbf16>
        %v557 = llvm.bitcast %v556 : vector<2xbf16> to i32
        %v558 = llvm.load %v79 : !llvm.ptr -> f32
        %v559 = llvm.load %v80 : !llvm.ptr -> f32
        %v560 = llvm.load %v81 : !llvm.ptr -> f32
        %v561 = llvm.load %v82 : !llvm.ptr -> f32
        %v562 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v427, %v429, %v431, %v433, %v548, %v551, %v558, %v559, %v560, %v561 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v563 = llvm.extractvalue %v562[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v563, %v79 : f32, !llvm.ptr
        %v564 = llvm.extractvalue %v562[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v564, %v80 : f32, !llvm.ptr
        %v565 = llvm.extractvalue %v562[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v565, %v81 : f32, !llvm.ptr
        %v566 = llvm.extractvalue %v562[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v566, %v82 : f32, !llvm.ptr
        %v567 = llvm.load %v79 : !llvm.ptr -> f32
        %v568 = llvm.load %v80 : !llvm.ptr -> f32
        %v569 = llvm.load %v81 : !llvm.ptr -> f32
        %v570 = llvm.load %v82 : !llvm.ptr -> f32
        %v571 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v435, %v437, %v439, %v441, %v554, %v557, %v567, %v568, %v569, %v570 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v572 = llvm.extractvalue %v571[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v572, %v79 : f32, !llvm.ptr
        %v573 = llvm.extractvalue %v571[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v573, %v80 : f32, !llvm.ptr
        %v574 = llvm.extractvalue %v571[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v574, %v81 : f32, !llvm.ptr
        %v575 = llvm.extractvalue %v571[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v575, %v82 : f32, !llvm.ptr
        %v576 = llvm.getelementptr %v58[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v577 = llvm.load %v576 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v578 = arith.addi %v117, %v12 : i64
        %v579 = llvm.getelementptr %v58[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v580 = llvm.load %v579 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v581 = llvm.select %v116, %v577, %v95 : i1, vector<4xf32>
        %v582 = llvm.select %v116, %v580, %v95 : i1, vector<4xf32>
        %v583 = llvm.fmul %v581, %v581 : vector<4xf32>
        %v584 = llvm.mlir.constant(0 : i32) : i32
        %v585 = llvm.extractelement %v583[%v584 : i32] : vector<4xf32>
        %v586 = llvm.mlir.constant(1 : i32) : i32
        %v587 = llvm.extractelement %v583[%v586 : i32] : vector<4xf32>
        %v588 = llvm.mlir.constant(2 : i32) : i32
        %v589 = llvm.extractelement %v583[%v588 : i32] : vector<4xf32>
        %v590 = llvm.mlir.constant(3 : i32) : i32
        %v591 = llvm.extractelement %v583[%v590 : i32] : vector<4xf32>
        %v592 = arith.addf %v585, %v587 fastmath<contract> : f32
        %v593 = arith.addf %v592, %v589 fastmath<contract> : f32
        %v594 = arith.addf %v593, %v591 fastmath<contract> : f32
        %v595 = llvm.load %v93 : !llvm.ptr -> f32
        %v596 = arith.addf %v595, %v594 fastmath<contract> : f32
        llvm.store %v596, %v93 : f32, !llvm.ptr
        %v597 = llvm.fmul %v581, %v422 : vector<4xf32>
        %v598 = llvm.fmul %v582, %v582 : vector<4xf32>
        %v599 = llvm.mlir.constant(0 : i32) : i32
        %v600 = llvm.extractelement %v598[%v599 : i32] : vector<4xf32>
        %v601 = llvm.mlir.constant(1 : i32) : i32
        %v602 = llvm.extractelement %v598[%v601 : i32] : vector<4xf32>
        %v603 = llvm.mlir.constant(2 : i32) : i32
        %v604 = llvm.extractelement %v598[%v603 : i32] : vector<4xf32>
        %v605 = llvm.mlir.constant(3 : i32) : i32
        %v606 = llvm.extractelement %v598[%v605 : i32] : vector<4xf32>
        %v607 = arith.addf %v600, %v602 fastmath<contract> : f32
        %v608 = arith.addf %v607, %v604 fastmath<contract> : f32
        %v609 = arith.addf %v608, %v606 fastmath<contract> : f32
        %v610 = llvm.load %v93 : !llvm.ptr -> f32
        %v611 = arith.addf %v610, %v609 fastmath<contract> : f32
        llvm.store %v611, %v93 : f32, !llvm.ptr
        %v612 = llvm.fmul %v582, %v425 : vector<4xf32>
        %v613 = llvm.shufflevector %v597, %v597 [0, 1] : vector<4xf32>
        %v614 = llvm.fptrunc %v613 : vector<2xf32> to vector<2xbf16>
        %v615 = llvm.bitcast %v614 : vector<2xbf16> to i32
        %v616 = llvm.shufflevector %v597, %v597 [2, 3] : vector<4xf32>
        %v617 = llvm.fptrunc %v616 : vector<2xf32> to vector<2xbf16>
        %v618 = llvm.bitcast %v617 : vector<2xbf16> to i32
        %v619 = llvm.shufflevector %v612, %v612 [0, 1] : vector<4xf32>
        %v620 = llvm.fptrunc %v619 : vector<2xf32> to vector<2xbf16>
        %v621 = llvm.bitcast %v620 : vector<2xbf16> to i32
        %v622 = llvm.shufflevector %v612, %v612 [2, 3] : vector<4xf32>
        %v623 = llvm.fptrunc %v622 : vector<2xf32> to vector<2xbf16>
        %v624 = llvm.bitcast %v623 : vector<2xbf16> to i32
        %v625 = llvm.load %v83 : !llvm.ptr -> f32
        %v626 = llvm.load %v84 : !llvm.ptr -> f32
        %v627 = llvm.load %v85 : !llvm.ptr -> f32
        %v628 = llvm.load %v86 : !llvm.ptr -> f32
        %v629 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v427, %v429, %v431, %v433, %v615, %v618, %v625, %v626, %v627, %v628 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v630 = llvm.extractvalue %v629[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v630, %v83 : f32, !llvm.ptr
        %v631 = llvm.extractvalue %v629[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v631, %v84 : f32, !llvm.ptr
        %v632 = llvm.extractvalue %v629[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v632, %v85 : f32, !llvm.ptr
        %v633 = llvm.extractvalue %v629[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v633, %v86 : f32, !llvm.ptr
        %v634 = llvm.load %v83 : !llvm.ptr -> f32
        %v635 = llvm.load %v84 : !llvm.ptr -> f32
        %v636 = llvm.load %v85 : !llvm.ptr -> f32
        %v637 = llvm.load %v86 : !llvm.ptr -> f32
        %v638 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v435, %v437, %v439, %v441, %v621, %v624, %v634, %v635, %v636, %v637 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v639 = llvm.extractvalue %v638[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v639, %v83 : f32, !llvm.ptr
        %v640 = llvm.extractvalue %v638[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v640, %v84 : f32, !llvm.ptr
        %v641 = llvm.extractvalue %v638[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v641, %v85 : f32, !llvm.ptr
        %v642 = llvm.extractvalue %v638[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v642, %v86 : f32, !llvm.ptr
        %v643 = llvm.getelementptr %v64[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v644 = llvm.load %v643 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v645 = arith.addi %v117, %v12 : i64
        %v646 = llvm.getelementptr %v64[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v647 = llvm.load %v646 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v648 = llvm.select %v116, %v644, %v95 : i1, vector<4xf32>
        %v649 = llvm.select %v116, %v647, %v95 : i1, vector<4xf32>
        %v650 = llvm.fmul %v648, %v648 : vector<4xf32>
        %v651 = llvm.mlir.constant(0 : i32) : i32
        %v652 = llvm.extractelement %v650[%v651 : i32] : vector<4xf32>
        %v653 = llvm.mlir.constant(1 : i32) : i32
        %v654 = llvm.extractelement %v650[%v653 : i32] : vector<4xf32>
        %v655 = llvm.mlir.constant(2 : i32) : i32
        %v656 = llvm.extractelement %v650[%v655 : i32] : vector<4xf32>
        %v657 = llvm.mlir.constant(3 : i32) : i32
        %v658 = llvm.extractelement %v650[%v657 : i32] : vector<4xf32>
        %v659 = arith.addf %v652, %v654 fastmath<contract> : f32
        %v660 = arith.addf %v659, %v656 fastmath<contract> : f32
        %v661 = arith.addf %v660, %v658 fastmath<contract> : f32
        %v662 = llvm.load %v94 : !llvm.ptr -> f32
        %v663 = arith.addf %v662, %v661 fastmath<contract> : f32
        llvm.store %v663, %v94 : f32, !llvm.ptr
        %v664 = llvm.fmul %v648, %v422 : vector<4xf32>
        %v665 = llvm.fmul %v649, %v649 : vector<4xf32>
        %v666 = llvm.mlir.constant(0 : i32) : i32
        %v667 = llvm.extractelement %v665[%v666 : i32] : vector<4xf32>
        %v668 = llvm.mlir.constant(1 : i32) : i32
        %v669 = llvm.extractelement %v665[%v668 : i32] : vector<4xf32>
        %v670 = llvm.mlir.constant(2 : i32) : i32
        %v671 = llvm.extractelement %v665[%v670 : i32] : vector<4xf32>
        %v672 = llvm.mlir.constant(3 : i32) : i32
        %v673 = llvm.extractelement %v665[%v672 : i32] : vector<4xf32>
        %v674 = arith.addf %v667, %v669 fastmath<contract> : f32
        %v675 = arith.addf %v674, %v671 fastmath<contract> : f32
        %v676 = arith.addf %v675, %v673 fastmath<contract> : f32
        %v677 = llvm.load %v94 : !llvm.ptr -> f32
        %v678 = arith.addf %v677, %v676 fastmath<contract> : f32
        llvm.store %v678, %v94 : f32, !llvm.ptr
        %v679 = llvm.fmul %v649, %v425 : vector<4xf32>
        %v680 = llvm.shufflevector %v664, %v664 [0, 1] : vector<4xf32>
        %v681 = llvm.fptrunc %v680 : vector<2xf32> to vector<2xbf16>
        %v682 = llvm.bitcast %v681 : vector<2xbf16> to i32
        %v683 = llvm.shufflevector %v664, %v664 [2, 3] : vector<4xf32>
        %v684 = llvm.fptrunc %v683 : vector<2xf32> to vector<2xbf16>
        %v685 = llvm.bitcast %v684 : vector<2xbf16> to i32
        %v686 = llvm.shufflevector %v679, %v679 [0, 1] : vector<4xf32>
        %v687 = llvm.fptrunc %v686 : vector<2xf32> to vector<2xbf16>
        %v688 = llvm.bitcast %v687 : vector<2xbf16> to i32
        %v689 = llvm.shufflevector %v679, %v679 [2, 3] : vector<4xf32>
        %v690 = llvm.fptrunc %v689 : vector<2xf32> to vector<2xbf16>
        %v691 = llvm.bitcast %v690 : vector<2xbf16> to i32
        %v692 = llvm.load %v87 : !llvm.ptr -> f32
        %v693 = llvm.load %v88 : !llvm.ptr -> f32
        %v694 = llvm.load %v89 : !llvm.ptr -> f32
        %v695 = llvm.load %v90 : !llvm.ptr -> f32
        %v696 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v427, %v429, %v431, %v433, %v682, %v685, %v692, %v693, %v694, %v695 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v697 = llvm.extractvalue %v696[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v697, %v87 : f32, !llvm.ptr
        %v698 = llvm.extractvalue %v696[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v698, %v88 : f32, !llvm.ptr
        %v699 = llvm.extractvalue %v696[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v699, %v89 : f32, !llvm.ptr
        %v700 = llvm.extractvalue %v696[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v700, %v90 : f32, !llvm.ptr
        %v701 = llvm.load %v87 : !llvm.ptr -> f32
        %v702 = llvm.load %v88 : !llvm.ptr -> f32
        %v703 = llvm.load %v89 : !llvm.ptr -> f32
        %v704 = llvm.load %v90 : !llvm.ptr -> f32
        %v705 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v435, %v437, %v439, %v441, %v688, %v691, %v701, %v702, %v703, %v704 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v706 = llvm.extractvalue %v705[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v706, %v87 : f32, !llvm.ptr
        %v707 = llvm.extractvalue %v705[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v707, %v88 : f32, !llvm.ptr
        %v708 = llvm.extractvalue %v705[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v708, %v89 : f32, !llvm.ptr
        %v709 = llvm.extractvalue %v705[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v709, %v90 : f32, !llvm.ptr
        %v710 = llvm.getelementptr %norm_w[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v711 = llvm.load %v710 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v712 = arith.addi %v127, %v12 : i64
        %v713 = llvm.getelementptr %norm_w[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v714 = llvm.load %v713 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v715 = llvm.mlir.constant(0 : i32) : i32
        %v716 = llvm.extractelement %v129[%v715 : i32] : vector<4xi32>
        %v717 = llvm.mlir.constant(0 : i32) : i32
        %v718 = llvm.extractelement %v131[%v717 : i32] : vector<4xi32>
        %v719 = llvm.mlir.constant(1 : i32) : i32
        %v720 = llvm.extractelement %v129[%v719 : i32] : vector<4xi32>
        %v721 = llvm.mlir.constant(1 : i32) : i32
        %v722 = llvm.extractelement %v131[%v721 : i32] : vector<4xi32>
        %v723 = llvm.mlir.constant(2 : i32) : i32
        %v724 = llvm.extractelement %v129[%v723 : i32] : vector<4xi32>
        %v725 = llvm.mlir.constant(2 : i32) : i32
        %v726 = llvm.extractelement %v131[%v725 : i32] : vector<4xi32>
        %v727 = llvm.mlir.constant(3 : i32) : i32
        %v728 = llvm.extractelement %v129[%v727 : i32] : vector<4xi32>
        %v729 = llvm.mlir.constant(3 : i32) : i32
        %v730 = llvm.extractelement %v131[%v729 : i32] : vector<4xi32>
        %v731 = llvm.getelementptr %v48[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v732 = llvm.load %v731 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v733 = arith.addi %v127, %v12 : i64
        %v734 = llvm.getelementptr %v48[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v735 = llvm.load %v734 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v736 = llvm.select %v126, %v732, %v95 : i1, vector<4xf32>
        %v737 = llvm.select %v126, %v735, %v95 : i1, vector<4xf32>
        %v738 = llvm.fmul %v736, %v736 : vector<4xf32>
        %v739 = llvm.mlir.constant(0 : i32) : i32
        %v740 = llvm.extractelement %v738[%v739 : i32] : vector<4xf32>
        %v741 = llvm.mlir.constant(1 : i32) : i32
        %v742 = llvm.extractelement %v738[%v741 : i32] : vector<4xf32>
        %v743 = llvm.mlir.constant(2 : i32) : i32
        %v744 = llvm.extractelement %v738[%v743 : i32] : vector<4xf32>
        %v745 = llvm.mlir.constant(3 : i32) : i32
        %v746 = llvm.extractelement %v738[%v745 : i32] : vector<4xf32>
        %v747 = arith.addf %v740, %v742 fastmath<contract> : f32
        %v748 = arith.addf %v747, %v744 fastmath<contract> : f32
        %v749 = arith.addf %v748, %v746 fastmath<contract> : f32
        %v750 = llvm.load %v91 : !llvm.ptr -> f32
        %v751 = arith.addf %v750, %v749 fastmath<contract> : f32
        llvm.store %v751, %v91 : f32, !llvm.ptr
        %v752 = llvm.fmul %v736, %v711 : vector<4xf32>
        %v753 = llvm.fmul %v737, %v737 : vector<4xf32>
        %v754 = llvm.mlir.constant(0 : i32) : i32
        %v755 = llvm.extractelement %v753[%v754 : i32] : vector<4xf32>
        %v756 = llvm.mlir.constant(1 : i32) : i32
        %v757 = llvm.extractelement %v753[%v756 : i32] : vector<4xf32>
        %v758 = llvm.mlir.constant(2 : i32) : i32
        %v759 = llvm.extractelement %v753[%v758 : i32] : vector<4xf32>
        %v760 = llvm.mlir.constant(3 : i32) : i32
        %v761 = llvm.extractelement %v753[%v760 : i32] : vector<4xf32>
        %v762 = arith.addf %v755, %v757 fastmath<contract> : f32
        %v763 = arith.addf %v762, %v759 fastmath<contract> : f32
        %v764 = arith.addf %v763, %v761 fastmath<contract> : f32
        %v765 = llvm.load %v91 : !llvm.ptr -> f32
        %v766 = arith.addf %v765, %v764 fastmath<contract> : f32
        llvm.store %v766, %v91 : f32, !llvm.ptr
        %v767 = llvm.fmul %v737, %v714 : vector<4xf32>
        %v768 = llvm.shufflevector %v752, %v752 [0, 1] : vector<4xf32>
        %v769 = llvm.fptrunc %v768 : vector<2xf32> to vector<2xbf16>
        %v770 = llvm.bitcast %v769 : vector<2xbf16> to i32
        %v771 = llvm.shufflevector %v752, %v752 [2, 3] : vector<4xf32>
        %v772 = llvm.fptrunc %v771 : vector<2xf32> to vector<2xbf16>
        %v773 = llvm.bitcast %v772 : vector<2xbf16> to i32
        %v774 = llvm.shufflevector %v767, %v767 [0, 1] : vector<4xf32>
        %v775 = llvm.fptrunc %v774 : vector<2xf32> to vector<2xbf16>
        %v776 = llvm.bitcast %v775 : vector<2xbf16> to i32
        %v777 = llvm.shufflevector %v767, %v767 [2, 3] : vector<4xf32>
        %v778 = llvm.fptrunc %v777 : vector<2xf32> to vector<2xbf16>
        %v779 = llvm.bitcast %v778 : vector<2xbf16> to i32
        %v780 = llvm.load %v75 : !llvm.ptr -> f32
        %v781 = llvm.load %v76 : !llvm.ptr -> f32
        %v782 = llvm.load %v77 : !llvm.ptr -> f32
        %v783 = llvm.load %v78 : !llvm.ptr -> f32
        %v784 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v716, %v718, %v720, %v722, %v770, %v773, %v780, %v781, %v782, %v783 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v785 = llvm.extractvalue %v784[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v785, %v75 : f32, !llvm.ptr
        %v786 = llvm.extractvalue %v784[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v786, %v76 : f32, !llvm.ptr
        %v787 = llvm.extractvalue %v784[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v787, %v77 : f32, !llvm.ptr
        %v788 = llvm.extractvalue %v784[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v788, %v78 : f32, !llvm.ptr
        %v789 = llvm.load %v75 : !llvm.ptr -> f32
        %v790 = llvm.load %v76 : !llvm.ptr -> f32
        %v791 = llvm.load %v77 : !llvm.ptr -> f32
        %v792 = llvm.load %v78 : !llvm.ptr -> f32
        %v793 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v724, %v726, %v728, %v730, %v776, %v779, %v789, %v790, %v791, %v792 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v794 = llvm.extractvalue %v793[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v794, %v75 : f32, !llvm.ptr
        %v795 = llvm.extractvalue %v793[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v795, %v76 : f32, !llvm.ptr
        %v796 = llvm.extractvalue %v793[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v796, %v77 : f32, !llvm.ptr
        %v797 = llvm.extractvalue %v793[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v797, %v78 : f32, !llvm.ptr
        %v798 = llvm.getelementptr %v53[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v799 = llvm.load %v798 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v800 = arith.addi %v127, %v12 : i64
        %v801 = llvm.getelementptr %v53[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v802 = llvm.load %v801 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v803 = llvm.select %v126, %v799, %v95 : i1, vector<4xf32>
        %v804 = llvm.select %v126, %v802, %v95 : i1, vector<4xf32>
        %v805 = llvm.fmul %v803, %v803 : vector<4xf32>
        %v806 = llvm.mlir.constant(0 : i32) : i32
        %v807 = llvm.extractelement %v805[%v806 : i32] : vector<4xf32>
        %v808 = llvm.mlir.constant(1 : i32) : i32
        %v809 = llvm.extractelement %v805[%v808 : i32] : vector<4xf32>
        %v810 = llvm.mlir.constant(2 : i32) : i32
        %v811 = llvm.extractelement %v805[%v810 : i32] : vector<4xf32>
        %v812 = llvm.mlir.constant(3 : i32) : i32
        %v813 = llvm.extractelement %v805[%v812 : i32] : vector<4xf32>
        %v814 = arith.addf %v807, %v809 fastmath<contract> : f32
        %v815 = arith.addf %v814, %v811 fastmath<contract> : f32
        %v816 = arith.addf %v815, %v813 fastmath<contract> : f32
        %v817 = llvm.load %v92 : !llvm.ptr -> f32
        %v818 = arith.addf %v817, %v816 fastmath<contract> : f32
        llvm.store %v818, %v92 : f32, !llvm.ptr
        %v819 = llvm.fmul %v803, %v711 : vector<4xf32>
        %v820 = llvm.fmul %v804, %v804 : vector<4xf32>
        %v821 = llvm.mlir.constant(0 : i32) : i32
        %v822 = llvm.extractelement %v820[%v821 : i32] : vector<4xf32>
        %v823 = llvm.mlir.constant(1 : i32) : i32
        %v824 = llvm.extractelement %v820[%v823 : i32] : vector<4xf32>
        %v825 = llvm.mlir.constant(2 : i32) : i32
        %v826 = llvm.extractelement %v820[%v825 : i32] : vector<4xf32>
        %v827 = llvm.mlir.constant(3 : i32) : i32
        %v828 = llvm.extractelement %v820[%v827 : i32] : vector<4xf32>
        %v829 = arith.addf %v822, %v824 fastmath<contract> : f32
        %v830 = arith.addf %v829, %v826 fastmath<contract> : f32
        %v831 = arith.addf %v830, %v828 fastmath<contract> : f32
        %v832 = llvm.load %v92 : !llvm.ptr -> f32
        %v833 = arith.addf %v832, %v831 fastmath<contract> : f32
        llvm.store %v833, %v92 : f32, !llvm.ptr
        %v834 = llvm.fmul %v804, %v714 : vector<4xf32>
        %v835 = llvm.shufflevector %v819, %v819 [0, 1] : vector<4xf32>
        %v836 = llvm.fptrunc %v835 : vector<2xf32> to vector<2xbf16>
        %v837 = llvm.bitcast %v836 : vector<2xbf16> to i32
        %v838 = llvm.shufflevector %v819, %v819 [2, 3] : vector<4xf32>
        %v839 = llvm.fptrunc %v838 : vector<2xf32> to vector<2xbf16>
        %v840 = llvm.bitcast %v839 : vector<2xbf16> to i32
        %v841 = llvm.shufflevector %v834, %v834 [0, 1] : vector<4xf32>
        %v842 = llvm.fptrunc %v841 : vector<2xf32> to vector<2xbf16>
        %v843 = llvm.bitcast %v842 : vector<2xbf16> to i32
        %v844 = llvm.shufflevector %v834, %v834 [2, 3] : vector<4xf32>
        %v845 = llvm.fptrunc %v844 : vector<2xf32> to vector<2xbf16>
        %v846 = llvm.bitcast %v845 : vector<2xbf16> to i32
        %v847 = llvm.load %v79 : !llvm.ptr -> f32
        %v848 = llvm.load %v80 : !llvm.ptr -> f32
        %v849 = llvm.load %v81 : !llvm.ptr -> f32
        %v850 = llvm.load %v82 : !llvm.ptr -> f32
        %v851 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v716, %v718, %v720, %v722, %v837, %v840, %v847, %v848, %v849, %v850 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v852 = llvm.extractvalue %v851[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v852, %v79 : f32, !llvm.ptr
        %v853 = llvm.extractvalue %v851[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v853, %v80 : f32, !llvm.ptr
        %v854 = llvm.extractvalue %v851[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v854, %v81 : f32, !llvm.ptr
        %v855 = llvm.extractvalue %v851[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v855, %v82 : f32, !llvm.ptr
        %v856 = llvm.load %v79 : !llvm.ptr -> f32
        %v857 = llvm.load %v80 : !llvm.ptr -> f32
        %v858 = llvm.load %v81 : !llvm.ptr -> f32
        %v859 = llvm.load %v82 : !llvm.ptr -> f32
        %v860 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v724, %v726, %v728, %v730, %v843, %v846, %v856, %v857, %v858, %v859 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v861 = llvm.extractvalue %v860[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v861, %v79 : f32, !llvm.ptr
        %v862 = llvm.extractvalue %v860[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v862, %v80 : f32, !llvm.ptr
        %v863 = llvm.extractvalue %v860[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v863, %v81 : f32, !llvm.ptr
        %v864 = llvm.extractvalue %v860[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v864, %v82 : f32, !llvm.ptr
        %v865 = llvm.getelementptr %v58[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v866 = llvm.load %v865 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v867 = arith.addi %v127, %v12 : i64
        %v868 = llvm.getelementptr %v58[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v869 = llvm.load %v868 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v870 = llvm.select %v126, %v866, %v95 : i1, vector<4xf32>
        %v871 = llvm.select %v126, %v869, %v95 : i1, vector<4xf32>
        %v872 = llvm.fmul %v870, %v870 : vector<4xf32>
        %v873 = llvm.mlir.constant(0 : i32) : i32
        %v874 = llvm.extractelement %v872[%v873 : i32] : vector<4xf32>
        %v875 = llvm.mlir.constant(1 : i32) : i32
        %v876 = llvm.extractelement %v872[%v875 : i32] : vector<4xf32>
        %v877 = llvm.mlir.constant(2 : i32) : i32
        %v878 = llvm.extractelement %v872[%v877 : i32] : vector<4xf32>
        %v879 = llvm.mlir.constant(3 : i32) : i32
        %v880 = llvm.extractelement %v872[%v879 : i32] : vector<4xf32>
        %v881 = arith.addf %v874, %v876 fastmath<contract> : f32
        %v882 = arith.addf %v881, %v878 fastmath<contract> : f32
        %v883 = arith.addf %v882, %v880 fastmath<contract> : f32
        %v884 = llvm.load %v93 : !llvm.ptr -> f32
        %v885 = arith.addf %v884, %v883 fastmath<contract> : f32
        llvm.store %v885, %v93 : f32, !llvm.ptr
        %v886 = llvm.fmul %v870, %v711 : vector<4xf32>
        %v887 = llvm.fmul %v871, %v871 : vector<4xf32>
        %v888 = llvm.mlir.constant(0 : i32) : i32
        %v889 = llvm.extractelement %v887[%v888 : i32] : vector<4xf32>
        %v890 = llvm.mlir.constant(1 : i32) : i32
        %v891 = llvm.extractelement %v887[%v890 : i32] : vector<4xf32>
        %v892 = llvm.mlir.constant(2 : i32) : i32
        %v893 = llvm.extractelement %v887[%v892 : i32] : vector<4xf32>
        %v894 = llvm.mlir.constant(3 : i32) : i32
        %v895 = llvm.extractelement %v887[%v894 : i32] : vector<4xf32>
        %v896 = arith.addf %v889, %v891 fastmath<contract> : f32
        %v897 = arith.addf %v896, %v893 fastmath<contract> : f32
        %v898 = arith.addf %v897, %v895 fastmath<contract> : f32
        %v899 = llvm.load %v93 : !llvm.ptr -> f32
        %v900 = arith.addf %v899, %v898 fastmath<contract> : f32
        llvm.store %v900, %v93 : f32, !llvm.ptr
        %v901 = llvm.fmul %v871, %v714 : vector<4xf32>
        %v902 = llvm.shufflevector %v886, %v886 [0, 1] : vector<4xf32>
        %v903 = llvm.fptrunc %v902 : vector<2xf32> to vector<2xbf16>
        %v904 = llvm.bitcast %v903 : vector<2xbf16> to i32
        %v905 = llvm.shufflevector %v886, %v886 [2, 3] : vector<4xf32>
        %v906 = llvm.fptrunc %v905 : vector<2xf32> to vector<2xbf16>
        %v907 = llvm.bitcast %v906 : vector<2xbf16> to i32
        %v908 = llvm.shufflevector %v901, %v901 [0, 1] : vector<4xf32>
        %v909 = llvm.fptrunc %v908 : vector<2xf32> to vector<2xbf16>
        %v910 = llvm.bitcast %v909 : vector<2xbf16> to i32
        %v911 = llvm.shufflevector %v901, %v901 [2, 3] : vector<4xf32>
        %v912 = llvm.fptrunc %v911 : vector<2xf32> to vector<2xbf16>
        %v913 = llvm.bitcast %v912 : vector<2xbf16> to i32
        %v914 = llvm.load %v83 : !llvm.ptr -> f32
        %v915 = llvm.load %v84 : !llvm.ptr -> f32
        %v916 = llvm.load %v85 : !llvm.ptr -> f32
        %v917 = llvm.load %v86 : !llvm.ptr -> f32
        %v918 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v716, %v718, %v720, %v722, %v904, %v907, %v914, %v915, %v916, %v917 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v919 = llvm.extractvalue %v918[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v919, %v83 : f32, !llvm.ptr
        %v920 = llvm.extractvalue %v918[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v920, %v84 : f32, !llvm.ptr
        %v921 = llvm.extractvalue %v918[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v921, %v85 : f32, !llvm.ptr
        %v922 = llvm.extractvalue %v918[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v922, %v86 : f32, !llvm.ptr
        %v923 = llvm.load %v83 : !llvm.ptr -> f32
        %v924 = llvm.load %v84 : !llvm.ptr -> f32
        %v925 = llvm.load %v85 : !llvm.ptr -> f32
        %v926 = llvm.load %v86 : !llvm.ptr -> f32
        %v927 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v724, %v726, %v728, %v730, %v910, %v913, %v923, %v924, %v925, %v926 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v928 = llvm.extractvalue %v927[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v928, %v83 : f32, !llvm.ptr
        %v929 = llvm.extractvalue %v927[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v929, %v84 : f32, !llvm.ptr
        %v930 = llvm.extractvalue %v927[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v930, %v85 : f32, !llvm.ptr
        %v931 = llvm.extractvalue %v927[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v931, %v86 : f32, !llvm.ptr
        %v932 = llvm.getelementptr %v64[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v933 = llvm.load %v932 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v934 = arith.addi %v127, %v12 : i64
        %v935 = llvm.getelementptr %v64[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v936 = llvm.load %v935 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v937 = llvm.select %v126, %v933, %v95 : i1, vector<4xf32>
        %v938 = llvm.select %v126, %v936, %v95 : i1, vector<4xf32>
        %v939 = llvm.fmul %v937, %v937 : vector<4xf32>
        %v940 = llvm.mlir.constant(0 : i32) : i32
        %v941 = llvm.extractelement %v939[%v940 : i32] : vector<4xf32>
        %v942 = llvm.mlir.constant(1 : i32) : i32
        %v943 = llvm.extractelement %v939[%v942 : i32] : vector<4xf32>
        %v944 = llvm.mlir.constant(2 : i32) : i32
        %v945 = llvm.extractelement %v939[%v944 : i32] : vector<4xf32>
        %v946 = llvm.mlir.constant(3 : i32) : i32
        %v947 = llvm.extractelement %v939[%v946 : i32] : vector<4xf32>
        %v948 = arith.addf %v941, %v943 fastmath<contract> : f32
        %v949 = arith.addf %v948, %v945 fastmath<contract> : f32
        %v950 = arith.addf %v949, %v947 fastmath<contract> : f32
        %v951 = llvm.load %v94 : !llvm.ptr -> f32
        %v952 = arith.addf %v951, %v950 fastmath<contract> : f32
        llvm.store %v952, %v94 : f32, !llvm.ptr
        %v953 = llvm.fmul %v937, %v711 : vector<4xf32>
        %v954 = llvm.fmul %v938, %v938 : vector<4xf32>
        %v955 = llvm.mlir.constant(0 : i32) : i32
        %v956 = llvm.extractelement %v954[%v955 : i32] : vector<4xf32>
        %v957 = llvm.mlir.constant(1 : i32) : i32
        %v958 = llvm.extractelement %v954[%v957 : i32] : vector<4xf32>
        %v959 = llvm.mlir.constant(2 : i32) : i32
        %v960 = llvm.extractelement %v954[%v959 : i32] : vector<4xf32>
        %v961 = llvm.mlir.constant(3 : i32) : i32
        %v962 = llvm.extractelement %v954[%v961 : i32] : vector<4xf32>
        %v963 = arith.addf %v956, %v958 fastmath<contract> : f32
        %v964 = arith.addf %v963, %v960 fastmath<contract> : f32
        %v965 = arith.addf %v964, %v962 fastmath<contract> : f32
        %v966 = llvm.load %v94 : !llvm.ptr -> f32
        %v967 = arith.addf %v966, %v965 fastmath<contract> : f32
        llvm.store %v967, %v94 : f32, !llvm.ptr
        %v968 = llvm.fmul %v938, %v714 : vector<4xf32>
        %v969 = llvm.shufflevector %v953, %v953 [0, 1] : vector<4xf32>
        %v970 = llvm.fptrunc %v969 : vector<2xf32> to vector<2xbf16>
        %v971 = llvm.bitcast %v970 : vector<2xbf16> to i32
        %v972 = llvm.shufflevector %v953, %v953 [2, 3] : vector<4xf32>
        %v973 = llvm.fptrunc %v972 : vector<2xf32> to vector<2xbf16>
        %v974 = llvm.bitcast %v973 : vector<2xbf16> to i32
        %v975 = llvm.shufflevector %v968, %v968 [0, 1] : vector<4xf32>
        %v976 = llvm.fptrunc %v975 : vector<2xf32> to vector<2xbf16>
        %v977 = llvm.bitcast %v976 : vector<2xbf16> to i32
        %v978 = llvm.shufflevector %v968, %v968 [2, 3] : vector<4xf32>
        %v979 = llvm.fptrunc %v978 : vector<2xf32> to vector<2xbf16>
        %v980 = llvm.bitcast %v979 : vector<2xbf16> to i32
        %v981 = llvm.load %v87 : !llvm.ptr -> f32
        %v982 = llvm.load %v88 : !llvm.ptr -> f32
        %v983 = llvm.load %v89 : !llvm.ptr -> f32
        %v984 = llvm.load %v90 : !llvm.ptr -> f32
        %v985 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v716, %v718, %v720, %v722, %v971, %v974, %v981, %v982, %v983, %v984 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v986 = llvm.extractvalue %v985[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v986, %v87 : f32, !llvm.ptr
        %v987 = llvm.extractvalue %v985[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v987, %v88 : f32, !llvm.ptr
        %v988 = llvm.extractvalue %v985[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v988, %v89 : f32, !llvm.ptr
        %v989 = llvm.extractvalue %v985[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v989, %v90 : f32, !llvm.ptr
        %v990 = llvm.load %v87 : !llvm.ptr -> f32
        %v991 = llvm.load %v88 : !llvm.ptr -> f32
        %v992 = llvm.load %v89 : !llvm.ptr -> f32
        %v993 = llvm.load %v90 : !llvm.ptr -> f32
        %v994 = llvm.inline_asm asm_dialect = att "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,f,f,f,f" %v724, %v726, %v728, %v730, %v977, %v980, %v990, %v991, %v992, %v993 : (i32, i32, i32, i32, i32, i32, f32, f32, f32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
        %v995 = llvm.extractvalue %v994[0] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v995, %v87 : f32, !llvm.ptr
        %v996 = llvm.extractvalue %v994[1] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v996, %v88 : f32, !llvm.ptr
        %v997 = llvm.extractvalue %v994[2] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v997, %v89 : f32, !llvm.ptr
        %v998 = llvm.extractvalue %v994[3] : !llvm.struct<(f32, f32, f32, f32)>
        llvm.store %v998, %v90 : f32, !llvm.ptr
      }
      %v1001 = arith.muli %v10, %v1000 : i64
      %v1002 = arith.muli %v14, %v32 : i64
      %v1003 = arith.muli %v1002, %v999 : i64
      %v1004 = arith.addi %v1001, %v1003 : i64
      %v1005 = arith.addi %v1004, %v13 : i64
      %v1006 = llvm.load %v75 : !llvm.ptr -> f32
      %v1007 = llvm.getelementptr %v2[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1006, %v1007 : f32, !llvm.ptr
      %v1008 = arith.addi %v1002, %v15 : i64
      %v1009 = arith.muli %v1008, %v999 : i64
      %v1010 = arith.addi %v1001, %v1009 : i64
      %v1011 = arith.addi %v1010, %v13 : i64
      %v1012 = llvm.load %v76 : !llvm.ptr -> f32
      %v1013 = llvm.getelementptr %v2[%v1011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1012, %v1013 : f32, !llvm.ptr
      %v1014 = arith.addi %v13, %v17 : i64
      %v1015 = arith.muli %v1002, %v999 : i64
      %v1016 = arith.addi %v1001, %v1015 : i64
      %v1017 = arith.addi %v1016, %v1014 : i64
      %v1018 = llvm.load %v77 : !llvm.ptr -> f32
      %v1019 = llvm.getelementptr %v2[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1018, %v1019 : f32, !llvm.ptr
      %v1020 = arith.addi %v1002, %v15 : i64
      %v1021 = arith.addi %v13, %v17 : i64
      %v1022 = arith.muli %v1020, %v999 : i64
      %v1023 = arith.addi %v1001, %v1022 : i64
      %v1024 = arith.addi %v1023, %v1021 : i64
      %v1025 = llvm.load %v78 : !llvm.ptr -> f32
      %v1026 = llvm.getelementptr %v2[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1025, %v1026 : f32, !llvm.ptr
      %v1027 = arith.addi %v1002, %v17 : i64
      %v1028 = arith.muli %v1027, %v999 : i64
      %v1029 = arith.addi %v1001, %v1028 : i64
      %v1030 = arith.addi %v1029, %v13 : i64
      %v1031 = llvm.load %v79 : !llvm.ptr -> f32
      %v1032 = llvm.getelementptr %v2[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1031, %v1032 : f32, !llvm.ptr
      %v1034 = arith.addi %v1002, %v1033 : i64
      %v1035 = arith.muli %v1034, %v999 : i64
      %v1036 = arith.addi %v1001, %v1035 : i64
      %v1037 = arith.addi %v1036, %v13 : i64
      %v1038 = llvm.load %v80 : !llvm.ptr -> f32
      %v1039 = llvm.getelementptr %v2[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1038, %v1039 : f32, !llvm.ptr
      %v1040 = arith.addi %v1002, %v17 : i64
      %v1041 = arith.addi %v13, %v17 : i64
      %v1042 = arith.muli %v1040, %v999 : i64
      %v1043 = arith.addi %v1001, %v1042 : i64
      %v1044 = arith.addi %v1043, %v1041 : i64
      %v1045 = llvm.load %v81 : !llvm.ptr -> f32
      %v1046 = llvm.getelementptr %v2[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1045, %v1046 : f32, !llvm.ptr
      %v1047 = arith.addi %v1002, %v1033 : i64
      %v1048 = arith.addi %v13, %v17 : i64
      %v1049 = arith.muli %v1047, %v999 : i64
      %v1050 = arith.addi %v1001, %v1049 : i64
      %v1051 = arith.addi %v1050, %v1048 : i64
      %v1052 = llvm.load %v82 : !llvm.ptr -> f32
      %v1053 = llvm.getelementptr %v2[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1052, %v1053 : f32, !llvm.ptr
      %v1054 = arith.addi %v1002, %v20 : i64
      %v1055 = arith.muli %v1054, %v999 : i64
      %v1056 = arith.addi %v1001, %v1055 : i64
      %v1057 = arith.addi %v1056, %v13 : i64
      %v1058 = llvm.load %v83 : !llvm.ptr -> f32
      %v1059 = llvm.getelementptr %v2[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1058, %v1059 : f32, !llvm.ptr
      %v1061 = arith.addi %v1002, %v1060 : i64
      %v1062 = arith.muli %v1061, %v999 : i64
      %v1063 = arith.addi %v1001, %v1062 : i64
      %v1064 = arith.addi %v1063, %v13 : i64
      %v1065 = llvm.load %v84 : !llvm.ptr -> f32
      %v1066 = llvm.getelementptr %v2[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1065, %v1066 : f32, !llvm.ptr
      %v1067 = arith.addi %v1002, %v20 : i64
      %v1068 = arith.addi %v13, %v17 : i64
      %v1069 = arith.muli %v1067, %v999 : i64
      %v1070 = arith.addi %v1001, %v1069 : i64
      %v1071 = arith.addi %v1070, %v1068 : i64
      %v1072 = llvm.load %v85 : !llvm.ptr -> f32
      %v1073 = llvm.getelementptr %v2[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1072, %v1073 : f32, !llvm.ptr
      %v1074 = arith.addi %v1002, %v1060 : i64
      %v1075 = arith.addi %v13, %v17 : i64
      %v1076 = arith.muli %v1074, %v999 : i64
      %v1077 = arith.addi %v1001, %v1076 : i64
      %v1078 = arith.addi %v1077, %v1075 : i64
      %v1079 = llvm.load %v86 : !llvm.ptr -> f32
      %v1080 = llvm.getelementptr %v2[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1079, %v1080 : f32, !llvm.ptr
      %v1081 = arith.addi %v1002, %v59 : i64
      %v1082 = arith.muli %v1081, %v999 : i64
      %v1083 = arith.addi %v1001, %v1082 : i64
      %v1084 = arith.addi %v1083, %v13 : i64
      %v1085 = llvm.load %v87 : !llvm.ptr -> f32
      %v1086 = llvm.getelementptr %v2[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1085, %v1086 : f32, !llvm.ptr
      %v1088 = arith.addi %v1002, %v1087 : i64
      %v1089 = arith.muli %v1088, %v999 : i64
      %v1090 = arith.addi %v1001, %v1089 : i64
      %v1091 = arith.addi %v1090, %v13 : i64
      %v1092 = llvm.load %v88 : !llvm.ptr -> f32
      %v1093 = llvm.getelementptr %v2[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1092, %v1093 : f32, !llvm.ptr
      %v1094 = arith.addi %v1002, %v59 : i64
      %v1095 = arith.addi %v13, %v17 : i64
      %v1096 = arith.muli %v1094, %v999 : i64
      %v1097 = arith.addi %v1001, %v1096 : i64
      %v1098 = arith.addi %v1097, %v1095 : i64
      %v1099 = llvm.load %v89 : !llvm.ptr -> f32
      %v1100 = llvm.getelementptr %v2[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1099, %v1100 : f32, !llvm.ptr
      %v1101 = arith.addi %v1002, %v1087 : i64
      %v1102 = arith.addi %v13, %v17 : i64
      %v1103 = arith.muli %v1101, %v999 : i64
      %v1104 = arith.addi %v1001, %v1103 : i64
      %v1105 = arith.addi %v1104, %v1102 : i64
      %v1106 = llvm.load %v90 : !llvm.ptr -> f32
      %v1107 = llvm.getelementptr %v2[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %v1106, %v1107 : f32, !llvm.ptr
      %v1108 = arith.constant 32 : i32
      %v1109 = arith.cmpi eq, %v14, %v16 : i64
      %v1110 = arith.muli %v10, %v9 : i64
      %v1111 = llvm.load %v91 : !llvm.ptr -> f32
      %v1112 = arith.constant 1 : i32
      %v1113, %v1114 = gpu.shuffle xor %v1111, %v1112, %v1108 : f32
      %v1115 = arith.addf %v1111, %v1113 fastmath<contract> : f32
      %v1116 = arith.constant 2 : i32
      %v1117, %v1118 = gpu.shuffle xor %v1115, %v1116, %v1108 : f32
      %v1119 = arith.addf %v1115, %v1117 fastmath<contract> : f32
      scf.if %v1109 {
        %v1120 = arith.addi %v1110, %v13 : i64
        %v1121 = llvm.getelementptr %v4[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1119, %v1121 : f32, !llvm.ptr
      }
      %v1122 = llvm.load %v92 : !llvm.ptr -> f32
      %v1123 = arith.constant 1 : i32
      %v1124, %v1125 = gpu.shuffle xor %v1122, %v1123, %v1108 : f32
      %v1126 = arith.addf %v1122, %v1124 fastmath<contract> : f32
      %v1127 = arith.constant 2 : i32
      %v1128, %v1129 = gpu.shuffle xor %v1126, %v1127, %v1108 : f32
      %v1130 = arith.addf %v1126, %v1128 fastmath<contract> : f32
      scf.if %v1109 {
        %v1131 = arith.addi %v1110, %v17 : i64
        %v1132 = arith.addi %v1131, %v13 : i64
        %v1133 = llvm.getelementptr %v4[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1130, %v1133 : f32, !llvm.ptr
      }
      %v1134 = llvm.load %v93 : !llvm.ptr -> f32
      %v1135 = arith.constant 1 : i32
      %v1136, %v1137 = gpu.shuffle xor %v1134, %v1135, %v1108 : f32
      %v1138 = arith.addf %v1134, %v1136 fastmath<contract> : f32
      %v1139 = arith.constant 2 : i32
      %v1140, %v1141 = gpu.shuffle xor %v1138, %v1139, %v1108 : f32
      %v1142 = arith.addf %v1138, %v1140 fastmath<contract> : f32
      scf.if %v1109 {
        %v1143 = arith.addi %v1110, %v20 : i64
        %v1144 = arith.addi %v1143, %v13 : i64
        %v1145 = llvm.getelementptr %v4[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1142, %v1145 : f32, !llvm.ptr
      }
      %v1146 = llvm.load %v94 : !llvm.ptr -> f32
      %v1147 = arith.constant 1 : i32
      %v1148, %v1149 = gpu.shuffle xor %v1146, %v1147, %v1108 : f32
      %v1150 = arith.addf %v1146, %v1148 fastmath<contract> : f32
      %v1151 = arith.constant 2 : i32
      %v1152, %v1153 = gpu.shuffle xor %v1150, %v1151, %v1108 : f32
      %v1154 = arith.addf %v1150, %v1152 fastmath<contract> : f32
      scf.if %v1109 {
        %v1155 = arith.addi %v1110, %v59 : i64
        %v1156 = arith.addi %v1155, %v13 : i64
        %v1157 = llvm.getelementptr %v4[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1154, %v1157 : f32, !llvm.ptr
      }
      gpu.barrier
      %v1159 = arith.cmpi slt, %v8, %v1158 : i64
      %v1160 = arith.divsi %v8, %v20 : i64
      %v1161 = arith.remsi %v8, %v20 : i64
      llvm.store %v74, %v1162 : f32, !llvm.ptr
      llvm.store %v74, %v1163 : f32, !llvm.ptr
      scf.if %v1159 {
        %v1164 = arith.muli %v1160, %v999 : i64
        %v1165 = arith.addi %v1164, %v1161 : i64
        %v1166 = llvm.getelementptr %v2[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
        %v1168 = arith.addi %v1165, %v1000 : i64
        %v1169 = llvm.getelementptr %v2[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
        %v1171 = arith.addf %v1167, %v1170 fastmath<contract> : f32
        %v1173 = arith.addi %v1165, %v1172 : i64
        %v1174 = llvm.getelementptr %v2[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
        %v1176 = arith.addf %v1171, %v1175 fastmath<contract> : f32
        %v1178 = arith.addi %v1165, %v1177 : i64
        %v1179 = llvm.getelementptr %v2[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1180 = llvm.load %v1179 : !llvm.ptr -> f32
        %v1181 = arith.addf %v1176, %v1180 fastmath<contract> : f32
        %v1183 = arith.addi %v1165, %v1182 : i64
        %v1184 = llvm.getelementptr %v2[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1185 = llvm.load %v1184 : !llvm.ptr -> f32
        %v1186 = arith.addf %v1181, %v1185 fastmath<contract> : f32
        %v1188 = arith.addi %v1165, %v1187 : i64
        %v1189 = llvm.getelementptr %v2[%v1188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
        %v1191 = arith.addf %v1186, %v1190 fastmath<contract> : f32
        %v1193 = arith.addi %v1165, %v1192 : i64
        %v1194 = llvm.getelementptr %v2[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
        %v1196 = arith.addf %v1191, %v1195 fastmath<contract> : f32
        %v1198 = arith.addi %v1165, %v1197 : i64
        %v1199 = llvm.getelementptr %v2[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
        %v1201 = arith.addf %v1196, %v1200 fastmath<contract> : f32
        llvm.store %v1201, %v1162 : f32, !llvm.ptr
        %v1202 = llvm.getelementptr %v4[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
        %v1204 = arith.addi %v1160, %v9 : i64
        %v1205 = llvm.getelementptr %v4[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
        %v1207 = arith.addf %v1203, %v1206 fastmath<contract> : f32
        %v1209 = arith.addi %v1160, %v1208 : i64
        %v1210 = llvm.getelementptr %v4[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
        %v1212 = arith.addf %v1207, %v1211 fastmath<contract> : f32
        %v1214 = arith.addi %v1160, %v1213 : i64
        %v1215 = llvm.getelementptr %v4[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
        %v1217 = arith.addf %v1212, %v1216 fastmath<contract> : f32
        %v1218 = arith.addi %v1160, %v37 : i64
        %v1219 = llvm.getelementptr %v4[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1220 = llvm.load %v1219 : !llvm.ptr -> f32
        %v1221 = arith.addf %v1217, %v1220 fastmath<contract> : f32
        %v1223 = arith.addi %v1160, %v1222 : i64
        %v1224 = llvm.getelementptr %v4[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
        %v1226 = arith.addf %v1221, %v1225 fastmath<contract> : f32
        %v1228 = arith.addi %v1160, %v1227 : i64
        %v1229 = llvm.getelementptr %v4[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
        %v1231 = arith.addf %v1226, %v1230 fastmath<contract> : f32
        %v1233 = arith.addi %v1160, %v1232 : i64
        %v1234 = llvm.getelementptr %v4[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
        %v1236 = arith.addf %v1231, %v1235 fastmath<contract> : f32
        llvm.store %v1236, %v1163 : f32, !llvm.ptr
      }
      %v1238 = arith.addi %v8, %v1237 : i64
      %v1239 = arith.cmpi slt, %v1238, %v1158 : i64
      %v1240 = arith.divsi %v1238, %v20 : i64
      %v1241 = arith.remsi %v1238, %v20 : i64
      llvm.store %v74, %v1242 : f32, !llvm.ptr
      llvm.store %v74, %v1243 : f32, !llvm.ptr
      scf.if %v1239 {
        %v1244 = arith.muli %v1240, %v999 : i64
        %v1245 = arith.addi %v1244, %v1241 : i64
        %v1246 = llvm.getelementptr %v2[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
        %v1248 = arith.addi %v1245, %v1000 : i64
        %v1249 = llvm.getelementptr %v2[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
        %v1251 = arith.addf %v1247, %v1250 fastmath<contract> : f32
        %v1252 = arith.addi %v1245, %v1172 : i64
        %v1253 = llvm.getelementptr %v2[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
        %v1255 = arith.addf %v1251, %v1254 fastmath<contract> : f32
        %v1256 = arith.addi %v1245, %v1177 : i64
        %v1257 = llvm.getelementptr %v2[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
        %v1259 = arith.addf %v1255, %v1258 fastmath<contract> : f32
        %v1260 = arith.addi %v1245, %v1182 : i64
        %v1261 = llvm.getelementptr %v2[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
        %v1263 = arith.addf %v1259, %v1262 fastmath<contract> : f32
        %v1264 = arith.addi %v1245, %v1187 : i64
        %v1265 = llvm.getelementptr %v2[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
        %v1267 = arith.addf %v1263, %v1266 fastmath<contract> : f32
        %v1268 = arith.addi %v1245, %v1192 : i64
        %v1269 = llvm.getelementptr %v2[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
        %v1271 = arith.addf %v1267, %v1270 fastmath<contract> : f32
        %v1272 = arith.addi %v1245, %v1197 : i64
        %v1273 = llvm.getelementptr %v2[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
        %v1275 = arith.addf %v1271, %v1274 fastmath<contract> : f32
        llvm.store %v1275, %v1242 : f32, !llvm.ptr
        %v1276 = llvm.getelementptr %v4[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
        %v1278 = arith.addi %v1240, %v9 : i64
        %v1279 = llvm.getelementptr %v4[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
        %v1281 = arith.addf %v1277, %v1280 fastmath<contract> : f32
        %v1282 = arith.addi %v1240, %v1208 : i64
        %v1283 = llvm.getelementptr %v4[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
        %v1285 = arith.addf %v1281, %v1284 fastmath<contract> : f32
        %v1286 = arith.addi %v1240, %v1213 : i64
        %v1287 = llvm.getelementptr %v4[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
        %v1289 = arith.addf %v1285, %v1288 fastmath<contract> : f32
        %v1290 = arith.addi %v1240, %v37 : i64
        %v1291 = llvm.getelementptr %v4[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
        %v1293 = arith.addf %v1289, %v1292 fastmath<contract> : f32
        %v1294 = arith.addi %v1240, %v1222 : i64
        %v1295 = llvm.getelementptr %v4[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
        %v1297 = arith.addf %v1293, %v1296 fastmath<contract> : f32
        %v1298 = arith.addi %v1240, %v1227 : i64
        %v1299 = llvm.getelementptr %v4[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
        %v1301 = arith.addf %v1297, %v1300 fastmath<contract> : f32
        %v1302 = arith.addi %v1240, %v1232 : i64
        %v1303 = llvm.getelementptr %v4[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1304 = llvm.load %v1303 : !llvm.ptr -> f32
        %v1305 = arith.addf %v1301, %v1304 fastmath<contract> : f32
        llvm.store %v1305, %v1243 : f32, !llvm.ptr
      }
      %v1306 = arith.constant true
      llvm.store %v1306, %v1307 : i1, !llvm.ptr
      %v1308 = arith.cmpi sgt, %splits, %v15 : i64
      scf.if %v1308 {
        %v1310 = arith.muli %v18, %splits : i64
        %v1311 = arith.addi %v1310, %v19 : i64
        %v1312 = arith.muli %v1311, %v1309 : i64
        scf.if %v1159 {
          %v1313 = arith.addi %v1312, %v8 : i64
          %v1314 = llvm.load %v1162 : !llvm.ptr -> f32
          %v1315 = llvm.getelementptr %ws[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1314, %v1315 : f32, !llvm.ptr
          %v1316 = arith.cmpi eq, %v1161, %v16 : i64
          scf.if %v1316 {
            %v1317 = arith.addi %v1312, %v1158 : i64
            %v1318 = arith.addi %v1317, %v1160 : i64
            %v1319 = llvm.load %v1163 : !llvm.ptr -> f32
            %v1320 = llvm.getelementptr %ws[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1319, %v1320 : f32, !llvm.ptr
          }
        }
        scf.if %v1239 {
          %v1321 = arith.addi %v1312, %v1238 : i64
          %v1322 = llvm.load %v1242 : !llvm.ptr -> f32
          %v1323 = llvm.getelementptr %ws[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1322, %v1323 : f32, !llvm.ptr
          %v1324 = arith.cmpi eq, %v1241, %v16 : i64
          scf.if %v1324 {
            %v1325 = arith.addi %v1312, %v1158 : i64
            %v1326 = arith.addi %v1325, %v1240 : i64
            %v1327 = llvm.load %v1243 : !llvm.ptr -> f32
            %v1328 = llvm.getelementptr %ws[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1327, %v1328 : f32, !llvm.ptr
          }
        }
        llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
        gpu.barrier
        %v1329 = arith.cmpi eq, %v8, %v16 : i64
        scf.if %v1329 {
          %v1330 = llvm.getelementptr %counters[%v18] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v1331 = arith.constant 1 : i32
          %v1332 = llvm.atomicrmw add %v1330, %v1331 acq_rel : !llvm.ptr, i32
          %v1333 = arith.trunci %splits : i64 to i32
          %v1334 = arith.subi %v1333, %v1331 : i32
          %v1335 = arith.cmpi eq, %v1332, %v1334 : i32
          %v1336 = arith.uitofp %v1335 : i1 to f32
          %v1337 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1336, %v1337 : f32, !llvm.ptr
          scf.if %v1335 {
            %v1338 = arith.constant 0 : i32
            llvm.store %v1338, %v1330 : i32, !llvm.ptr
          }
        }
        gpu.barrier
        %v1339 = llvm.getelementptr %v2[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
        %v1341 = arith.cmpf one, %v1340, %v74 : f32
        llvm.store %v1341, %v1307 : i1, !llvm.ptr
        scf.if %v1341 {
          llvm.inline_asm has_side_effects asm_dialect = att "fence.acq_rel.gpu;", ""  : () -> ()
          %v1342 = arith.muli %v18, %splits : i64
          %v1343 = arith.muli %v1342, %v1309 : i64
          scf.if %v1159 {
            llvm.store %v74, %v1344 : f32, !llvm.ptr
            scf.for %v1345 = %v16 to %splits step %v15 : i64 {
              %v1346 = arith.muli %v1345, %v1309 : i64
              %v1347 = arith.addi %v1346, %v1343 : i64
              %v1348 = arith.addi %v1347, %v8 : i64
              %v1349 = llvm.getelementptr %ws[%v1348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1350 = llvm.ptrtoint %v1349 : !llvm.ptr to i64
              %v1351 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1350 : (i64) -> f32
              %v1352 = llvm.load %v1344 : !llvm.ptr -> f32
              %v1353 = arith.addf %v1352, %v1351 fastmath<contract> : f32
              llvm.store %v1353, %v1344 : f32, !llvm.ptr
            }
            %v1354 = llvm.load %v1344 : !llvm.ptr -> f32
            llvm.store %v1354, %v1162 : f32, !llvm.ptr
            %v1355 = arith.addi %v1158, %v1160 : i64
            llvm.store %v74, %v1356 : f32, !llvm.ptr
            scf.for %v1357 = %v16 to %splits step %v15 : i64 {
              %v1358 = arith.muli %v1357, %v1309 : i64
              %v1359 = arith.addi %v1358, %v1343 : i64
              %v1360 = arith.addi %v1359, %v1355 : i64
              %v1361 = llvm.getelementptr %ws[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1362 = llvm.ptrtoint %v1361 : !llvm.ptr to i64
              %v1363 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1362 : (i64) -> f32
              %v1364 = llvm.load %v1356 : !llvm.ptr -> f32
              %v1365 = arith.addf %v1364, %v1363 fastmath<contract> : f32
              llvm.store %v1365, %v1356 : f32, !llvm.ptr
            }
            %v1366 = llvm.load %v1356 : !llvm.ptr -> f32
            llvm.store %v1366, %v1163 : f32, !llvm.ptr
          }
          scf.if %v1239 {
            llvm.store %v74, %v1367 : f32, !llvm.ptr
            scf.for %v1368 = %v16 to %splits step %v15 : i64 {
              %v1369 = arith.muli %v1368, %v1309 : i64
              %v1370 = arith.addi %v1369, %v1343 : i64
              %v1371 = arith.addi %v1370, %v1238 : i64
              %v1372 = llvm.getelementptr %ws[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1373 = llvm.ptrtoint %v1372 : !llvm.ptr to i64
              %v1374 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1373 : (i64) -> f32
              %v1375 = llvm.load %v1367 : !llvm.ptr -> f32
              %v1376 = arith.addf %v1375, %v1374 fastmath<contract> : f32
              llvm.store %v1376, %v1367 : f32, !llvm.ptr
            }
            %v1377 = llvm.load %v1367 : !llvm.ptr -> f32
            llvm.store %v1377, %v1242 : f32, !llvm.ptr
            %v1378 = arith.addi %v1158, %v1240 : i64
            llvm.store %v74, %v1379 : f32, !llvm.ptr
            scf.for %v1380 = %v16 to %splits step %v15 : i64 {
              %v1381 = arith.muli %v1380, %v1309 : i64
              %v1382 = arith.addi %v1381, %v1343 : i64
              %v1383 = arith.addi %v1382, %v1378 : i64
              %v1384 = llvm.getelementptr %ws[%v1383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1385 = llvm.ptrtoint %v1384 : !llvm.ptr to i64
              %v1386 = llvm.inline_asm has_side_effects asm_dialect = att "ld.global.cg.f32 $0, [$1];", "=f,l" %v1385 : (i64) -> f32
              %v1387 = llvm.load %v1379 : !llvm.ptr -> f32
              %v1388 = arith.addf %v1387, %v1386 fastmath<contract> : f32
              llvm.store %v1388, %v1379 : f32, !llvm.ptr
            }
            %v1389 = llvm.load %v1379 : !llvm.ptr -> f32
            llvm.store %v1389, %v1243 : f32, !llvm.ptr
          }
        }
      }
      %v1390 = llvm.load %v1307 : !llvm.ptr -> i1
      %v1391 = arith.andi %v1159, %v1390 : i1
      scf.if %v1391 {
        %v1392 = llvm.load %v1162 : !llvm.ptr -> f32
        %v1393 = llvm.load %v1163 : !llvm.ptr -> f32
        %v1394 = arith.sitofp %k : i64 to f32
        %v1395 = arith.divf %v1393, %v1394 : f32
        %v1396 = arith.addf %v1395, %eps fastmath<contract> : f32
        %v1397 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1396) : (f32) -> f32
        %v1399 = arith.divf %v1398, %v1397 : f32
        %v1400 = arith.mulf %v1392, %v1399 fastmath<contract> : f32
        %v1401 = arith.addi %v27, %v1161 : i64
        %v1402 = arith.addi %v26, %v1160 : i64
        %v1403 = arith.cmpi slt, %v1401, %n : i64
        %v1404 = arith.cmpi slt, %v1402, %m : i64
        %v1405 = arith.andi %v1403, %v1404 : i1
        scf.if %v1405 {
          llvm.store %v1400, %v1406 : f32, !llvm.ptr
          %v1407 = llvm.mlir.zero : !llvm.ptr
          %v1408 = llvm.icmp "ne" %bias, %v1407 : !llvm.ptr
          scf.if %v1408 {
            %v1409 = llvm.getelementptr %bias[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
            %v1411 = llvm.load %v1406 : !llvm.ptr -> f32
            %v1412 = arith.addf %v1411, %v1410 fastmath<contract> : f32
            llvm.store %v1412, %v1406 : f32, !llvm.ptr
          }
          %v1413 = llvm.mlir.zero : !llvm.ptr
          %v1414 = llvm.icmp "ne" %add, %v1413 : !llvm.ptr
          scf.if %v1414 {
            %v1415 = arith.muli %v1402, %add_stride : i64
            %v1416 = arith.addi %v1415, %v1401 : i64
            %v1417 = llvm.getelementptr %add[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
            %v1419 = llvm.load %v1406 : !llvm.ptr -> f32
            %v1420 = arith.addf %v1419, %v1418 fastmath<contract> : f32
            llvm.store %v1420, %v1406 : f32, !llvm.ptr
          }
          %v1421 = llvm.load %v1406 : !llvm.ptr -> f32
          %v1422 = arith.cmpi slt, %v1401, %split1 : i64
          %v1423 = arith.cmpi slt, %v1401, %split2 : i64
          %v1424 = arith.muli %m, %split1 : i64
          %v1425 = arith.muli %m, %split2 : i64
          %v1426 = arith.select %v1423, %v1424, %v1425 : i64
          %v1427 = arith.select %v1422, %v16, %v1426 : i64
          %v1428 = arith.subi %split2, %split1 : i64
          %v1429 = arith.subi %n, %split2 : i64
          %v1430 = arith.select %v1423, %v1428, %v1429 : i64
          %v1431 = arith.select %v1422, %split1, %v1430 : i64
          %v1432 = arith.select %v1423, %split1, %split2 : i64
          %v1433 = arith.select %v1422, %v16, %v1432 : i64
          %v1434 = arith.muli %v1402, %v1431 : i64
          %v1435 = arith.subi %v1401, %v1433 : i64
          %v1436 = arith.addi %v1427, %v1434 : i64
          %v1437 = arith.addi %v1436, %v1435 : i64
          %v1438 = llvm.getelementptr %out[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1421, %v1438 : f32, !llvm.ptr
          %v1439 = llvm.mlir.zero : !llvm.ptr
          %v1440 = llvm.icmp "ne" %conv_w, %v1439 : !llvm.ptr
          %v1441 = arith.andi %v1440, %v1422 : i1
          scf.if %v1441 {
            %v1442 = arith.subi %conv_k, %v15 : i64
            llvm.store %v74, %v1443 : f32, !llvm.ptr
            %v1444 = llvm.mlir.zero : !llvm.ptr
            %v1445 = llvm.icmp "ne" %conv_b, %v1444 : !llvm.ptr
            scf.if %v1445 {
              %v1446 = llvm.getelementptr %conv_b[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
              llvm.store %v1447, %v1443 : f32, !llvm.ptr
            }
            %v1448 = arith.muli %v1401, %conv_k : i64
            %v1449 = arith.muli %v1402, %v1442 : i64
            scf.for %v1450 = %v16 to %v1442 step %v15 : i64 {
              %v1451 = arith.addi %v1449, %v1450 : i64
              %v1452 = arith.muli %v1451, %split1 : i64
              %v1453 = arith.addi %v1452, %v1401 : i64
              %v1454 = llvm.getelementptr %conv_win[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
              %v1456 = arith.addi %v1448, %v1450 : i64
              %v1457 = llvm.getelementptr %conv_w[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
              %v1459 = arith.mulf %v1458, %v1455 fastmath<contract> : f32
              %v1460 = llvm.load %v1443 : !llvm.ptr -> f32
              %v1461 = arith.addf %v1460, %v1459 fastmath<contract> : f32
              llvm.store %v1461, %v1443 : f32, !llvm.ptr
            }
            %v1462 = arith.addi %v1448, %v1442 : i64
            %v1463 = llvm.getelementptr %conv_w[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
            %v1465 = arith.mulf %v1464, %v1421 fastmath<contract> : f32
            %v1466 = llvm.load %v1443 : !llvm.ptr -> f32
            %v1467 = arith.addf %v1466, %v1465 fastmath<contract> : f32
            %v1468 = arith.negf %v1467 : f32
            %v1470 = arith.mulf %v1468, %v1469 fastmath<contract> : f32
            %v1471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1470) : (f32) -> f32
            %v1472 = arith.addf %v1398, %v1471 fastmath<contract> : f32
            %v1473 = arith.divf %v1398, %v1472 : f32
            %v1474 = arith.mulf %v1467, %v1473 fastmath<contract> : f32
            %v1475 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1476 = arith.select %v1475, %v1474, %v1467 : f32
            %v1477 = arith.muli %v1402, %split1 : i64
            %v1478 = arith.addi %v1477, %v1401 : i64
            %v1479 = llvm.getelementptr %conv_out[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1476, %v1479 : f32, !llvm.ptr
            %v1480 = arith.subi %v1442, %v15 : i64
            scf.for %v1481 = %v16 to %v1480 step %v15 : i64 {
              %v1482 = arith.addi %v1449, %v1481 : i64
              %v1483 = arith.muli %v1482, %split1 : i64
              %v1484 = arith.addi %v1483, %v1401 : i64
              %v1485 = arith.addi %v1484, %split1 : i64
              %v1486 = llvm.getelementptr %conv_win[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1487 = llvm.load %v1486 : !llvm.ptr -> f32
              %v1488 = llvm.getelementptr %conv_win[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1487, %v1488 : f32, !llvm.ptr
            }
            %v1489 = arith.cmpi slt, %v16, %v1442 : i64
            scf.if %v1489 {
              %v1490 = arith.addi %v1449, %v1480 : i64
              %v1491 = arith.muli %v1490, %split1 : i64
              %v1492 = arith.addi %v1491, %v1401 : i64
              %v1493 = llvm.getelementptr %conv_win[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1421, %v1493 : f32, !llvm.ptr
            }
          }
        }
      }
      %v1494 = arith.andi %v1239, %v1390 : i1
      scf.if %v1494 {
        %v1495 = llvm.load %v1242 : !llvm.ptr -> f32
        %v1496 = llvm.load %v1243 : !llvm.ptr -> f32
        %v1497 = arith.sitofp %k : i64 to f32
        %v1498 = arith.divf %v1496, %v1497 : f32
        %v1499 = arith.addf %v1498, %eps fastmath<contract> : f32
        %v1500 = llvm.call_intrinsic "llvm.sqrt.f32"(%v1499) : (f32) -> f32
        %v1501 = arith.divf %v1398, %v1500 : f32
        %v1502 = arith.mulf %v1495, %v1501 fastmath<contract> : f32
        %v1503 = arith.addi %v27, %v1241 : i64
        %v1504 = arith.addi %v26, %v1240 : i64
        %v1505 = arith.cmpi slt, %v1503, %n : i64
        %v1506 = arith.cmpi slt, %v1504, %m : i64
        %v1507 = arith.andi %v1505, %v1506 : i1
        scf.if %v1507 {
          llvm.store %v1502, %v1508 : f32, !llvm.ptr
          %v1509 = llvm.mlir.zero : !llvm.ptr
          %v1510 = llvm.icmp "ne" %bias, %v1509 : !llvm.ptr
          scf.if %v1510 {
            %v1511 = llvm.getelementptr %bias[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1512 = llvm.load %v1511 : !llvm.ptr -> f32
            %v1513 = llvm.load %v1508 : !llvm.ptr -> f32
            %v1514 = arith.addf %v1513, %v1512 fastmath<contract> : f32
            llvm.store %v1514, %v1508 : f32, !llvm.ptr
          }
          %v1515 = llvm.mlir.zero : !llvm.ptr
          %v1516 = llvm.icmp "ne" %add, %v1515 : !llvm.ptr
          scf.if %v1516 {
            %v1517 = arith.muli %v1504, %add_stride : i64
            %v1518 = arith.addi %v1517, %v1503 : i64
            %v1519 = llvm.getelementptr %add[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
            %v1521 = llvm.load %v1508 : !llvm.ptr -> f32
            %v1522 = arith.addf %v1521, %v1520 fastmath<contract> : f32
            llvm.store %v1522, %v1508 : f32, !llvm.ptr
          }
          %v1523 = llvm.load %v1508 : !llvm.ptr -> f32
          %v1524 = arith.cmpi slt, %v1503, %split1 : i64
          %v1525 = arith.cmpi slt, %v1503, %split2 : i64
          %v1526 = arith.muli %m, %split1 : i64
          %v1527 = arith.muli %m, %split2 : i64
          %v1528 = arith.select %v1525, %v1526, %v1527 : i64
          %v1529 = arith.select %v1524, %v16, %v1528 : i64
          %v1530 = arith.subi %split2, %split1 : i64
          %v1531 = arith.subi %n, %split2 : i64
          %v1532 = arith.select %v1525, %v1530, %v1531 : i64
          %v1533 = arith.select %v1524, %split1, %v1532 : i64
          %v1534 = arith.select %v1525, %split1, %split2 : i64
          %v1535 = arith.select %v1524, %v16, %v1534 : i64
          %v1536 = arith.muli %v1504, %v1533 : i64
          %v1537 = arith.subi %v1503, %v1535 : i64
          %v1538 = arith.addi %v1529, %v1536 : i64
          %v1539 = arith.addi %v1538, %v1537 : i64
          %v1540 = llvm.getelementptr %out[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1523, %v1540 : f32, !llvm.ptr
          %v1541 = llvm.mlir.zero : !llvm.ptr
          %v1542 = llvm.icmp "ne" %conv_w, %v1541 : !llvm.ptr
          %v1543 = arith.andi %v1542, %v1524 : i1
          scf.if %v1543 {
            %v1544 = arith.subi %conv_k, %v15 : i64
            llvm.store %v74, %v1545 : f32, !llvm.ptr
            %v1546 = llvm.mlir.zero : !llvm.ptr
            %v1547 = llvm.icmp "ne" %conv_b, %v1546 : !llvm.ptr
            scf.if %v1547 {
              %v1548 = llvm.getelementptr %conv_b[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1549 = llvm.load %v1548 : !llvm.ptr -> f32
              llvm.store %v1549, %v1545 : f32, !llvm.ptr
            }
            %v1550 = arith.muli %v1503, %conv_k : i64
            %v1551 = arith.muli %v1504, %v1544 : i64
            scf.for %v1552 = %v16 to %v1544 step %v15 : i64 {
              %v1553 = arith.addi %v1551, %v1552 : i64
              %v1554 = arith.muli %v1553, %split1 : i64
              %v1555 = arith.addi %v1554, %v1503 : i64
              %v1556 = llvm.getelementptr %conv_win[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1557 = llvm.load %v1556 : !llvm.ptr -> f32
              %v1558 = arith.addi %v1550, %v1552 : i64
              %v1559 = llvm.getelementptr %conv_w[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
              %v1561 = arith.mulf %v1560, %v1557 fastmath<contract> : f32
              %v1562 = llvm.load %v1545 : !llvm.ptr -> f32
              %v1563 = arith.addf %v1562, %v1561 fastmath<contract> : f32
              llvm.store %v1563, %v1545 : f32, !llvm.ptr
            }
            %v1564 = arith.addi %v1550, %v1544 : i64
            %v1565 = llvm.getelementptr %conv_w[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
            %v1567 = arith.mulf %v1566, %v1523 fastmath<contract> : f32
            %v1568 = llvm.load %v1545 : !llvm.ptr -> f32
            %v1569 = arith.addf %v1568, %v1567 fastmath<contract> : f32
            %v1570 = arith.negf %v1569 : f32
            %v1571 = arith.mulf %v1570, %v1469 fastmath<contract> : f32
            %v1572 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1571) : (f32) -> f32
            %v1573 = arith.addf %v1398, %v1572 fastmath<contract> : f32
            %v1574 = arith.divf %v1398, %v1573 : f32
            %v1575 = arith.mulf %v1569, %v1574 fastmath<contract> : f32
            %v1576 = arith.cmpi eq, %conv_act, %v15 : i64
            %v1577 = arith.select %v1576, %v1575, %v1569 : f32
            %v1578 = arith.muli %v1504, %split1 : i64
            %v1579 = arith.addi %v1578, %v1503 : i64
            %v1580 = llvm.getelementptr %conv_out[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1577, %v1580 : f32, !llvm.ptr
            %v1581 = arith.subi %v1544, %v15 : i64
            scf.for %v1582 = %v16 to %v1581 step %v15 : i64 {
              %v1583 = arith.addi %v1551, %v1582 : i64
              %v1584 = arith.muli %v1583, %split1 : i64
              %v1585 = arith.addi %v1584, %v1503 : i64
              %v1586 = arith.addi %v1585, %split1 : i64
              %v1587 = llvm.getelementptr %conv_win[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
              %v1589 = llvm.getelementptr %conv_win[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1588, %v1589 : f32, !llvm.ptr
            }
            %v1590 = arith.cmpi slt, %v16, %v1544 : i64
            scf.if %v1590 {
              %v1591 = arith.addi %v1551, %v1581 : i64
              %v1592 = arith.muli %v1591, %split1 : i64
              %v1593 = arith.addi %v1592, %v1503 : i64
              %v1594 = llvm.getelementptr %conv_win[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1523, %v1594 : f32, !llvm.ptr
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
      %v25 = arith.constant 128 : i64
      %v27 = arith.constant 4096 : i64
      %v37 = arith.constant 0x00000000 : f32
      %v44 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v132 = arith.constant 31 : i64
      %v139 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v176 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v201 = arith.constant 0x3F800000 : f32
      %v203 = arith.constant 0x3FB8AA3B : f32
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
        %v21 = arith.muli %v20, %v13 : i64
        %v22 = llvm.getelementptr %w[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v23 = arith.muli %v19, %k : i64
        %v24 = arith.muli %v23, %v13 : i64
        %v26 = arith.muli %v10, %v25 : i64
        scf.for %v28 = %v26 to %v24 step %v27 : i64 {
          %v29 = llvm.getelementptr %v22[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, i8
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
        %v43 = llvm.getelementptr %w[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v35, %v44 : vector<4xf32>, !llvm.ptr
        llvm.store %v35, %v45 : vector<4xf32>, !llvm.ptr
        %v46 = arith.minsi %v34, %v33 : i64
        %v47 = arith.cmpi slt, %v34, %k : i64
        %v48 = llvm.getelementptr %v43[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v49 = llvm.load %v48 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v50 = llvm.getelementptr %v40[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = llvm.load %v50 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v52 = arith.addi %v34, %v25 : i64
        %v53 = arith.minsi %v52, %v33 : i64
        %v54 = arith.cmpi slt, %v52, %k : i64
        %v55 = llvm.getelementptr %v43[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = llvm.load %v55 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v57 = llvm.getelementptr %v40[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v58 = llvm.load %v57 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v49, %v59 : vector<4xf32>, !llvm.ptr
        llvm.store %v51, %v60 : vector<4xf32>, !llvm.ptr
        llvm.store %v56, %v61 : vector<4xf32>, !llvm.ptr
        llvm.store %v58, %v62 : vector<4xf32>, !llvm.ptr
        scf.for %v63 = %v34 to %k step %v5 : i64 {
          %v64 = arith.addi %v63, %v5 : i64
          %v65 = arith.minsi %v64, %v33 : i64
          %v66 = arith.cmpi slt, %v64, %k : i64
          %v67 = llvm.getelementptr %v43[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v69 = llvm.getelementptr %v40[%v65] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v70 = llvm.load %v69 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v71 = arith.addi %v64, %v25 : i64
          %v72 = arith.minsi %v71, %v33 : i64
          %v73 = arith.cmpi slt, %v71, %k : i64
          %v74 = llvm.getelementptr %v43[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v75 = llvm.load %v74 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.getelementptr %v40[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v78 = arith.cmpi slt, %v63, %k : i64
          %v79 = llvm.load %v59 : !llvm.ptr -> vector<4xf32>
          %v80 = llvm.load %v60 : !llvm.ptr -> vector<4xf32>
          %v81 = arith.addi %v63, %v25 : i64
          %v82 = arith.cmpi slt, %v81, %k : i64
          %v83 = llvm.load %v61 : !llvm.ptr -> vector<4xf32>
          %v84 = llvm.load %v62 : !llvm.ptr -> vector<4xf32>
          %v85 = llvm.select %v78, %v79, %v35 : i1, vector<4xf32>
          %v86 = llvm.fmul %v85, %v80 : vector<4xf32>
          %v87 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
          %v88 = llvm.fadd %v87, %v86 : vector<4xf32>
          llvm.store %v88, %v44 : vector<4xf32>, !llvm.ptr
          %v89 = llvm.select %v82, %v83, %v35 : i1, vector<4xf32>
          %v90 = llvm.fmul %v89, %v84 : vector<4xf32>
          %v91 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
          %v92 = llvm.fadd %v91, %v90 : vector<4xf32>
          llvm.store %v92, %v45 : vector<4xf32>, !llvm.ptr
          llvm.store %v68, %v59 : vector<4xf32>, !llvm.ptr
          llvm.store %v70, %v60 : vector<4xf32>, !llvm.ptr
          llvm.store %v75, %v61 : vector<4xf32>, !llvm.ptr
          llvm.store %v77, %v62 : vector<4xf32>, !llvm.ptr
        }
        %v93 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
        %v94 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
        %v95 = llvm.fadd %v93, %v94 : vector<4xf32>
        %v96 = llvm.mlir.constant(0 : i32) : i32
        %v97 = llvm.extractelement %v95[%v96 : i32] : vector<4xf32>
        %v98 = llvm.mlir.constant(1 : i32) : i32
        %v99 = llvm.extractelement %v95[%v98 : i32] : vector<4xf32>
        %v100 = llvm.mlir.constant(2 : i32) : i32
        %v101 = llvm.extractelement %v95[%v100 : i32] : vector<4xf32>
        %v102 = llvm.mlir.constant(3 : i32) : i32
        %v103 = llvm.extractelement %v95[%v102 : i32] : vector<4xf32>
        %v104 = arith.addf %v97, %v99 fastmath<contract> : f32
        %v105 = arith.addf %v104, %v101 fastmath<contract> : f32
        %v106 = arith.addf %v105, %v103 fastmath<contract> : f32
        %v107 = arith.constant 32 : i32
        %v108 = arith.constant 16 : i32
        %v109, %v110 = gpu.shuffle xor %v106, %v108, %v107 : f32
        %v111 = arith.addf %v106, %v109 fastmath<contract> : f32
        %v112 = arith.constant 8 : i32
        %v113, %v114 = gpu.shuffle xor %v111, %v112, %v107 : f32
        %v115 = arith.addf %v111, %v113 fastmath<contract> : f32
        %v116 = arith.constant 4 : i32
        %v117, %v118 = gpu.shuffle xor %v115, %v116, %v107 : f32
        %v119 = arith.addf %v115, %v117 fastmath<contract> : f32
        %v120 = arith.constant 2 : i32
        %v121, %v122 = gpu.shuffle xor %v119, %v120, %v107 : f32
        %v123 = arith.addf %v119, %v121 fastmath<contract> : f32
        %v124 = arith.constant 1 : i32
        %v125, %v126 = gpu.shuffle xor %v123, %v124, %v107 : f32
        %v127 = arith.addf %v123, %v125 fastmath<contract> : f32
        %v128 = arith.divsi %v12, %v11 : i64
        %v129 = arith.remsi %v12, %v11 : i64
        %v130 = arith.addi %v16, %v129 : i64
        %v131 = arith.addi %v15, %v128 : i64
        %v133 = arith.andi %v10, %v132 : i64
        %v134 = arith.cmpi eq, %v133, %v12 : i64
        %v135 = arith.cmpi slt, %v130, %n : i64
        %v136 = arith.cmpi slt, %v131, %m : i64
        %v137 = arith.andi %v135, %v136 : i1
        %v138 = arith.andi %v137, %v134 : i1
        scf.if %v138 {
          llvm.store %v127, %v139 : f32, !llvm.ptr
          %v140 = llvm.mlir.zero : !llvm.ptr
          %v141 = llvm.icmp "ne" %bias, %v140 : !llvm.ptr
          scf.if %v141 {
            %v142 = llvm.getelementptr %bias[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v143 = llvm.load %v142 : !llvm.ptr -> f32
            %v144 = llvm.load %v139 : !llvm.ptr -> f32
            %v145 = arith.addf %v144, %v143 fastmath<contract> : f32
            llvm.store %v145, %v139 : f32, !llvm.ptr
          }
          %v146 = llvm.mlir.zero : !llvm.ptr
          %v147 = llvm.icmp "ne" %add, %v146 : !llvm.ptr
          scf.if %v147 {
            %v148 = arith.muli %v131, %add_stride : i64
            %v149 = arith.addi %v148, %v130 : i64
            %v150 = llvm.getelementptr %add[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v151 = llvm.load %v150 : !llvm.ptr -> f32
            %v152 = llvm.load %v139 : !llvm.ptr -> f32
            %v153 = arith.addf %v152, %v151 fastmath<contract> : f32
            llvm.store %v153, %v139 : f32, !llvm.ptr
          }
          %v154 = llvm.load %v139 : !llvm.ptr -> f32
          %v155 = arith.cmpi slt, %v130, %split1 : i64
          %v156 = arith.cmpi slt, %v130, %split2 : i64
          %v157 = arith.muli %m, %split1 : i64
          %v158 = arith.muli %m, %split2 : i64
          %v159 = arith.select %v156, %v157, %v158 : i64
          %v160 = arith.select %v155, %v12, %v159 : i64
          %v161 = arith.subi %split2, %split1 : i64
          %v162 = arith.subi %n, %split2 : i64
          %v163 = arith.select %v156, %v161, %v162 : i64
          %v164 = arith.select %v155, %split1, %v163 : i64
          %v165 = arith.select %v156, %split1, %split2 : i64
          %v166 = arith.select %v155, %v12, %v165 : i64
          %v167 = arith.muli %v131, %v164 : i64
          %v168 = arith.subi %v130, %v166 : i64
          %v169 = arith.addi %v160, %v167 : i64
          %v170 = arith.addi %v169, %v168 : i64
          %v171 = llvm.getelementptr %out[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v154, %v171 : f32, !llvm.ptr
          %v172 = llvm.mlir.zero : !llvm.ptr
          %v173 = llvm.icmp "ne" %conv_w, %v172 : !llvm.ptr
          %v174 = arith.andi %v173, %v155 : i1
          scf.if %v174 {
            %v175 = arith.subi %conv_k, %v11 : i64
            llvm.store %v37, %v176 : f32, !llvm.ptr
            %v177 = llvm.mlir.zero : !llvm.ptr
            %v178 = llvm.icmp "ne" %conv_b, %v177 : !llvm.ptr
            scf.if %v178 {
              %v179 = llvm.getelementptr %conv_b[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v180 = llvm.load %v179 : !llvm.ptr -> f32
              llvm.store %v180, %v176 : f32, !llvm.ptr
            }
            %v181 = arith.muli %v130, %conv_k : i64
            %v182 = arith.muli %v131, %v175 : i64
            scf.for %v183 = %v12 to %v175 step %v11 : i64 {
              %v184 = arith.addi %v182, %v183 : i64
              %v185 = arith.muli %v184, %split1 : i64
              %v186 = arith.addi %v185, %v130 : i64
              %v187 = llvm.getelementptr %conv_win[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v188 = llvm.load %v187 : !llvm.ptr -> f32
              %v189 = arith.addi %v181, %v183 : i64
              %v190 = llvm.getelementptr %conv_w[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v191 = llvm.load %v190 : !llvm.ptr -> f32
              %v192 = arith.mulf %v191, %v188 fastmath<contract> : f32
              %v193 = llvm.load %v176 : !llvm.ptr -> f32
              %v194 = arith.addf %v193, %v192 fastmath<contract> : f32
              llvm.store %v194, %v176 : f32, !llvm.ptr
            }
            %v195 = arith.addi %v181, %v175 : i64
            %v196 = llvm.getelementptr %conv_w[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v197 = llvm.load %v196 : !llvm.ptr -> f32
            %v198 = arith.mulf %v197, %v154 fastmath<contract> : f32
            %v199 = llvm.load %v176 : !llvm.ptr -> f32
            %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
            %v202 = arith.negf %v200 : f32
            %v204 = arith.mulf %v202, %v203 fastmath<contract> : f32
            %v205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v204) : (f32) -> f32
            %v206 = arith.addf %v201, %v205 fastmath<contract> : f32
            %v207 = arith.divf %v201, %v206 : f32
            %v208 = arith.mulf %v200, %v207 fastmath<contract> : f32
            %v209 = arith.cmpi eq, %conv_act, %v11 : i64
            %v210 = arith.select %v209, %v208, %v200 : f32
            %v211 = arith.muli %v131, %split1 : i64
            %v212 = arith.addi %v211, %v130 : i64
            %v213 = llvm.getelementptr %conv_out[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v210, %v213 : f32, !llvm.ptr
            %v214 = arith.subi %v175, %v11 : i64
            scf.for %v215 = %v12 to %v214 step %v11 : i64 {
              %v216 = arith.addi %v182, %v215 : i64
              %v217 = arith.muli %v216, %split1 : i64
              %v218 = arith.addi %v217, %v130 : i64
              %v219 = arith.addi %v218, %split1 : i64
              %v220 = llvm.getelementptr %conv_win[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v221 = llvm.load %v220 : !llvm.ptr -> f32
              %v222 = llvm.getelementptr %conv_win[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v221, %v222 : f32, !llvm.ptr
            }
            %v223 = arith.cmpi slt, %v12, %v175 : i64
            scf.if %v223 {
              %v224 = arith.addi %v182, %v214 : i64
              %v225 = arith.muli %v224, %split1 : i64
              %v226 = arith.addi %v225, %v130 : i64
              %v227 = llvm.getelementptr %conv_win[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v154, %v227 : f32, !llvm.ptr
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
      %v21 = arith.constant 2 : i64
      %v26 = arith.constant 128 : i64
      %v28 = arith.constant 4096 : i64
      %v38 = arith.constant 0x00000000 : f32
      %v45 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v139 = arith.constant 31 : i64
      %v146 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v183 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v208 = arith.constant 0x3F800000 : f32
      %v210 = arith.constant 0x3FB8AA3B : f32
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
        %v22 = arith.muli %v20, %v21 : i64
        %v23 = llvm.getelementptr %w[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v24 = arith.muli %v19, %k : i64
        %v25 = arith.muli %v24, %v21 : i64
        %v27 = arith.muli %v10, %v26 : i64
        scf.for %v29 = %v27 to %v25 step %v28 : i64 {
          %v30 = llvm.getelementptr %v23[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v30 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v31 = arith.cmpi slt, %v16, %n : i64
      scf.if %v31 {
        %v32 = arith.subi %m, %v11 : i64
        %v33 = arith.subi %n, %v11 : i64
        %v34 = arith.subi %k, %v13 : i64
        %v35 = arith.muli %v10, %v13 : i64
        %v36 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v37 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v39 = arith.minsi %v15, %v32 : i64
        %v40 = arith.muli %v39, %x_stride : i64
        %v41 = llvm.getelementptr %x[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v42 = arith.minsi %v16, %v33 : i64
        %v43 = arith.muli %v42, %k : i64
        %v44 = llvm.getelementptr %w[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v36, %v45 : vector<4xf32>, !llvm.ptr
        llvm.store %v36, %v46 : vector<4xf32>, !llvm.ptr
        %v47 = arith.minsi %v35, %v34 : i64
        %v48 = arith.cmpi slt, %v35, %k : i64
        %v49 = llvm.getelementptr %v44[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v50 = llvm.load %v49 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v51 = llvm.getelementptr %v41[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v52 = llvm.load %v51 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v53 = arith.addi %v35, %v26 : i64
        %v54 = arith.minsi %v53, %v34 : i64
        %v55 = arith.cmpi slt, %v53, %k : i64
        %v56 = llvm.getelementptr %v44[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v57 = llvm.load %v56 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v58 = llvm.getelementptr %v41[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v59 = llvm.load %v58 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v50, %v60 : vector<4xi16>, !llvm.ptr
        llvm.store %v52, %v61 : vector<4xf32>, !llvm.ptr
        llvm.store %v57, %v62 : vector<4xi16>, !llvm.ptr
        llvm.store %v59, %v63 : vector<4xf32>, !llvm.ptr
        scf.for %v64 = %v35 to %k step %v5 : i64 {
          %v65 = arith.addi %v64, %v5 : i64
          %v66 = arith.minsi %v65, %v34 : i64
          %v67 = arith.cmpi slt, %v65, %k : i64
          %v68 = llvm.getelementptr %v44[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v69 = llvm.load %v68 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v70 = llvm.getelementptr %v41[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v72 = arith.addi %v65, %v26 : i64
          %v73 = arith.minsi %v72, %v34 : i64
          %v74 = arith.cmpi slt, %v72, %k : i64
          %v75 = llvm.getelementptr %v44[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v76 = llvm.load %v75 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v77 = llvm.getelementptr %v41[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v79 = arith.cmpi slt, %v64, %k : i64
          %v80 = llvm.load %v60 : !llvm.ptr -> vector<4xi16>
          %v81 = llvm.load %v61 : !llvm.ptr -> vector<4xf32>
          %v82 = arith.addi %v64, %v26 : i64
          %v83 = arith.cmpi slt, %v82, %k : i64
          %v84 = llvm.load %v62 : !llvm.ptr -> vector<4xi16>
          %v85 = llvm.load %v63 : !llvm.ptr -> vector<4xf32>
          %v86 = llvm.zext %v80 : vector<4xi16> to vector<4xi32>
          %v87 = llvm.shl %v86, %v37 : vector<4xi32>
          %v88 = llvm.bitcast %v87 : vector<4xi32> to vector<4xf32>
          %v89 = llvm.select %v79, %v88, %v36 : i1, vector<4xf32>
          %v90 = llvm.fmul %v89, %v81 : vector<4xf32>
          %v91 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
          %v92 = llvm.fadd %v91, %v90 : vector<4xf32>
          llvm.store %v92, %v45 : vector<4xf32>, !llvm.ptr
          %v93 = llvm.zext %v84 : vector<4xi16> to vector<4xi32>
          %v94 = llvm.shl %v93, %v37 : vector<4xi32>
          %v95 = llvm.bitcast %v94 : vector<4xi32> to vector<4xf32>
          %v96 = llvm.select %v83, %v95, %v36 : i1, vector<4xf32>
          %v97 = llvm.fmul %v96, %v85 : vector<4xf32>
          %v98 = llvm.load %v46 : !llvm.ptr -> vector<4xf32>
          %v99 = llvm.fadd %v98, %v97 : vector<4xf32>
          llvm.store %v99, %v46 : vector<4xf32>, !llvm.ptr
          llvm.store %v69, %v60 : vector<4xi16>, !llvm.ptr
          llvm.store %v71, %v61 : vector<4xf32>, !llvm.ptr
          llvm.store %v76, %v62 : vector<4xi16>, !llvm.ptr
          llvm.store %v78, %v63 : vector<4xf32>, !llvm.ptr
        }
        %v100 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
        %v101 = llvm.load %v46 : !llvm.ptr -> vector<4xf32>
        %v102 = llvm.fadd %v100, %v101 : vector<4xf32>
        %v103 = llvm.mlir.constant(0 : i32) : i32
        %v104 = llvm.extractelement %v102[%v103 : i32] : vector<4xf32>
        %v105 = llvm.mlir.constant(1 : i32) : i32
        %v106 = llvm.extractelement %v102[%v105 : i32] : vector<4xf32>
        %v107 = llvm.mlir.constant(2 : i32) : i32
        %v108 = llvm.extractelement %v102[%v107 : i32] : vector<4xf32>
        %v109 = llvm.mlir.constant(3 : i32) : i32
        %v110 = llvm.extractelement %v102[%v109 : i32] : vector<4xf32>
        %v111 = arith.addf %v104, %v106 fastmath<contract> : f32
        %v112 = arith.addf %v111, %v108 fastmath<contract> : f32
        %v113 = arith.addf %v112, %v110 fastmath<contract> : f32
        %v114 = arith.constant 32 : i32
        %v115 = arith.constant 16 : i32
        %v116, %v117 = gpu.shuffle xor %v113, %v115, %v114 : f32
        %v118 = arith.addf %v113, %v116 fastmath<contract> : f32
        %v119 = arith.constant 8 : i32
        %v120, %v121 = gpu.shuffle xor %v118, %v119, %v114 : f32
        %v122 = arith.addf %v118, %v120 fastmath<contract> : f32
        %v123 = arith.constant 4 : i32
        %v124, %v125 = gpu.shuffle xor %v122, %v123, %v114 : f32
        %v126 = arith.addf %v122, %v124 fastmath<contract> : f32
        %v127 = arith.constant 2 : i32
        %v128, %v129 = gpu.shuffle xor %v126, %v127, %v114 : f32
        %v130 = arith.addf %v126, %v128 fastmath<contract> : f32
        %v131 = arith.constant 1 : i32
        %v132, %v133 = gpu.shuffle xor %v130, %v131, %v114 : f32
        %v134 = arith.addf %v130, %v132 fastmath<contract> : f32
        %v135 = arith.divsi %v12, %v11 : i64
        %v136 = arith.remsi %v12, %v11 : i64
        %v137 = arith.addi %v16, %v136 : i64
        %v138 = arith.addi %v15, %v135 : i64
        %v140 = arith.andi %v10, %v139 : i64
        %v141 = arith.cmpi eq, %v140, %v12 : i64
        %v142 = arith.cmpi slt, %v137, %n : i64
        %v143 = arith.cmpi slt, %v138, %m : i64
        %v144 = arith.andi %v142, %v143 : i1
        %v145 = arith.andi %v144, %v141 : i1
        scf.if %v145 {
          llvm.store %v134, %v146 : f32, !llvm.ptr
          %v147 = llvm.mlir.zero : !llvm.ptr
          %v148 = llvm.icmp "ne" %bias, %v147 : !llvm.ptr
          scf.if %v148 {
            %v149 = llvm.getelementptr %bias[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v150 = llvm.load %v149 : !llvm.ptr -> f32
            %v151 = llvm.load %v146 : !llvm.ptr -> f32
            %v152 = arith.addf %v151, %v150 fastmath<contract> : f32
            llvm.store %v152, %v146 : f32, !llvm.ptr
          }
          %v153 = llvm.mlir.zero : !llvm.ptr
          %v154 = llvm.icmp "ne" %add, %v153 : !llvm.ptr
          scf.if %v154 {
            %v155 = arith.muli %v138, %add_stride : i64
            %v156 = arith.addi %v155, %v137 : i64
            %v157 = llvm.getelementptr %add[%v156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v158 = llvm.load %v157 : !llvm.ptr -> f32
            %v159 = llvm.load %v146 : !llvm.ptr -> f32
            %v160 = arith.addf %v159, %v158 fastmath<contract> : f32
            llvm.store %v160, %v146 : f32, !llvm.ptr
          }
          %v161 = llvm.load %v146 : !llvm.ptr -> f32
          %v162 = arith.cmpi slt, %v137, %split1 : i64
          %v163 = arith.cmpi slt, %v137, %split2 : i64
          %v164 = arith.muli %m, %split1 : i64
          %v165 = arith.muli %m, %split2 : i64
          %v166 = arith.select %v163, %v164, %v165 : i64
          %v167 = arith.select %v162, %v12, %v166 : i64
          %v168 = arith.subi %split2, %split1 : i64
          %v169 = arith.subi %n, %split2 : i64
          %v170 = arith.select %v163, %v168, %v169 : i64
          %v171 = arith.select %v162, %split1, %v170 : i64
          %v172 = arith.select %v163, %split1, %split2 : i64
          %v173 = arith.select %v162, %v12, %v172 : i64
          %v174 = arith.muli %v138, %v171 : i64
          %v175 = arith.subi %v137, %v173 : i64
          %v176 = arith.addi %v167, %v174 : i64
          %v177 = arith.addi %v176, %v175 : i64
          %v178 = llvm.getelementptr %out[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v161, %v178 : f32, !llvm.ptr
          %v179 = llvm.mlir.zero : !llvm.ptr
          %v180 = llvm.icmp "ne" %conv_w, %v179 : !llvm.ptr
          %v181 = arith.andi %v180, %v162 : i1
          scf.if %v181 {
            %v182 = arith.subi %conv_k, %v11 : i64
            llvm.store %v38, %v183 : f32, !llvm.ptr
            %v184 = llvm.mlir.zero : !llvm.ptr
            %v185 = llvm.icmp "ne" %conv_b, %v184 : !llvm.ptr
            scf.if %v185 {
              %v186 = llvm.getelementptr %conv_b[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v187 = llvm.load %v186 : !llvm.ptr -> f32
              llvm.store %v187, %v183 : f32, !llvm.ptr
            }
            %v188 = arith.muli %v137, %conv_k : i64
            %v189 = arith.muli %v138, %v182 : i64
            scf.for %v190 = %v12 to %v182 step %v11 : i64 {
              %v191 = arith.addi %v189, %v190 : i64
              %v192 = arith.muli %v191, %split1 : i64
              %v193 = arith.addi %v192, %v137 : i64
              %v194 = llvm.getelementptr %conv_win[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v195 = llvm.load %v194 : !llvm.ptr -> f32
              %v196 = arith.addi %v188, %v190 : i64
              %v197 = llvm.getelementptr %conv_w[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v198 = llvm.load %v197 : !llvm.ptr -> f32
              %v199 = arith.mulf %v198, %v195 fastmath<contract> : f32
              %v200 = llvm.load %v183 : !llvm.ptr -> f32
              %v201 = arith.addf %v200, %v199 fastmath<contract> : f32
              llvm.store %v201, %v183 : f32, !llvm.ptr
            }
            %v202 = arith.addi %v188, %v182 : i64
            %v203 = llvm.getelementptr %conv_w[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v204 = llvm.load %v203 : !llvm.ptr -> f32
            %v205 = arith.mulf %v204, %v161 fastmath<contract> : f32
            %v206 = llvm.load %v183 : !llvm.ptr -> f32
            %v207 = arith.addf %v206, %v205 fastmath<contract> : f32
            %v209 = arith.negf %v207 : f32
            %v211 = arith.mulf %v209, %v210 fastmath<contract> : f32
            %v212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v211) : (f32) -> f32
            %v213 = arith.addf %v208, %v212 fastmath<contract> : f32
            %v214 = arith.divf %v208, %v213 : f32
            %v215 = arith.mulf %v207, %v214 fastmath<contract> : f32
            %v216 = arith.cmpi eq, %conv_act, %v11 : i64
            %v217 = arith.select %v216, %v215, %v207 : f32
            %v218 = arith.muli %v138, %split1 : i64
            %v219 = arith.addi %v218, %v137 : i64
            %v220 = llvm.getelementptr %conv_out[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v217, %v220 : f32, !llvm.ptr
            %v221 = arith.subi %v182, %v11 : i64
            scf.for %v222 = %v12 to %v221 step %v11 : i64 {
              %v223 = arith.addi %v189, %v222 : i64
              %v224 = arith.muli %v223, %split1 : i64
              %v225 = arith.addi %v224, %v137 : i64
              %v226 = arith.addi %v225, %split1 : i64
              %v227 = llvm.getelementptr %conv_win[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v228 = llvm.load %v227 : !llvm.ptr -> f32
              %v229 = llvm.getelementptr %conv_win[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v228, %v229 : f32, !llvm.ptr
            }
            %v230 = arith.cmpi slt, %v12, %v182 : i64
            scf.if %v230 {
              %v231 = arith.addi %v189, %v221 : i64
              %v232 = arith.muli %v231, %split1 : i64
              %v233 = arith.addi %v232, %v137 : i64
              %v234 = llvm.getelementptr %conv_win[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v161, %v234 : f32, !llvm.ptr
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
      %v25 = arith.constant 128 : i64
      %v27 = arith.constant 4096 : i64
      %v37 = arith.constant 0x00000000 : f32
      %v44 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v206 = arith.constant 0x3F800000 : f32
      %v209 = arith.constant 31 : i64
      %v216 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v253 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v279 = arith.constant 0x3FB8AA3B : f32
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
        %v21 = arith.muli %v20, %v13 : i64
        %v22 = llvm.getelementptr %w[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v23 = arith.muli %v19, %k : i64
        %v24 = arith.muli %v23, %v13 : i64
        %v26 = arith.muli %v10, %v25 : i64
        scf.for %v28 = %v26 to %v24 step %v27 : i64 {
          %v29 = llvm.getelementptr %v22[%v28] : (!llvm.ptr, i64) -> !llvm.ptr, i8
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
        %v43 = llvm.getelementptr %w[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v35, %v44 : vector<4xf32>, !llvm.ptr
        llvm.store %v35, %v45 : vector<4xf32>, !llvm.ptr
        llvm.store %v37, %v46 : f32, !llvm.ptr
        llvm.store %v37, %v47 : f32, !llvm.ptr
        %v48 = arith.minsi %v34, %v33 : i64
        %v49 = arith.cmpi slt, %v34, %k : i64
        %v50 = llvm.getelementptr %v43[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = llvm.load %v50 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v52 = llvm.getelementptr %v40[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v53 = llvm.load %v52 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v54 = llvm.getelementptr %norm_w[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v56 = arith.addi %v34, %v25 : i64
        %v57 = arith.minsi %v56, %v33 : i64
        %v58 = arith.cmpi slt, %v56, %k : i64
        %v59 = llvm.getelementptr %v43[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = llvm.load %v59 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v61 = llvm.getelementptr %v40[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v62 = llvm.load %v61 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v63 = llvm.getelementptr %norm_w[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = llvm.load %v63 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v51, %v65 : vector<4xf32>, !llvm.ptr
        llvm.store %v53, %v66 : vector<4xf32>, !llvm.ptr
        llvm.store %v55, %v67 : vector<4xf32>, !llvm.ptr
        llvm.store %v60, %v68 : vector<4xf32>, !llvm.ptr
        llvm.store %v62, %v69 : vector<4xf32>, !llvm.ptr
        llvm.store %v64, %v70 : vector<4xf32>, !llvm.ptr
        scf.for %v71 = %v34 to %k step %v5 : i64 {
          %v72 = arith.addi %v71, %v5 : i64
          %v73 = arith.minsi %v72, %v33 : i64
          %v74 = arith.cmpi slt, %v72, %k : i64
          %v75 = llvm.getelementptr %v43[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v76 = llvm.load %v75 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v77 = llvm.getelementptr %v40[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v79 = llvm.getelementptr %norm_w[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v80 = llvm.load %v79 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v81 = arith.addi %v72, %v25 : i64
          %v82 = arith.minsi %v81, %v33 : i64
          %v83 = arith.cmpi slt, %v81, %k : i64
          %v84 = llvm.getelementptr %v43[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v86 = llvm.getelementptr %v40[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v88 = llvm.getelementptr %norm_w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v90 = arith.cmpi slt, %v71, %k : i64
          %v91 = llvm.load %v65 : !llvm.ptr -> vector<4xf32>
          %v92 = llvm.load %v66 : !llvm.ptr -> vector<4xf32>
          %v93 = llvm.load %v67 : !llvm.ptr -> vector<4xf32>
          %v94 = arith.addi %v71, %v25 : i64
          %v95 = arith.cmpi slt, %v94, %k : i64
          %v96 = llvm.load %v68 : !llvm.ptr -> vector<4xf32>
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
          %v114 = llvm.fmul %v91, %v93 : vector<4xf32>
          %v115 = llvm.select %v90, %v114, %v35 : i1, vector<4xf32>
          %v116 = llvm.fmul %v115, %v92 : vector<4xf32>
          %v117 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
          %v118 = llvm.fadd %v117, %v116 : vector<4xf32>
          llvm.store %v118, %v44 : vector<4xf32>, !llvm.ptr
          %v119 = llvm.fmul %v97, %v97 : vector<4xf32>
          %v120 = llvm.select %v95, %v119, %v35 : i1, vector<4xf32>
          %v121 = llvm.mlir.constant(0 : i32) : i32
          %v122 = llvm.extractelement %v120[%v121 : i32] : vector<4xf32>
          %v123 = llvm.mlir.constant(1 : i32) : i32
          %v124 = llvm.extractelement %v120[%v123 : i32] : vector<4xf32>
          %v125 = llvm.mlir.constant(2 : i32) : i32
          %v126 = llvm.extractelement %v120[%v125 : i32] : vector<4xf32>
          %v127 = llvm.mlir.constant(3 : i32) : i32
          %v128 = llvm.extractelement %v120[%v127 : i32] : vector<4xf32>
          %v129 = arith.addf %v122, %v124 fastmath<contract> : f32
          %v130 = arith.addf %v129, %v126 fastmath<contract> : f32
          %v131 = arith.addf %v130, %v128 fastmath<contract> : f32
          %v132 = llvm.load %v47 : !llvm.ptr -> f32
          %v133 = arith.addf %v132, %v131 fastmath<contract> : f32
          llvm.store %v133, %v47 : f32, !llvm.ptr
          %v134 = llvm.fmul %v96, %v98 : vector<4xf32>
          %v135 = llvm.select %v95, %v134, %v35 : i1, vector<4xf32>
          %v136 = llvm.fmul %v135, %v97 : vector<4xf32>
          %v137 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.fadd %v137, %v136 : vector<4xf32>
          llvm.store %v138, %v45 : vector<4xf32>, !llvm.ptr
          llvm.store %v76, %v65 : vector<4xf32>, !llvm.ptr
          llvm.store %v78, %v66 : vector<4xf32>, !llvm.ptr
          llvm.store %v80, %v67 : vector<4xf32>, !llvm.ptr
          llvm.store %v85, %v68 : vector<4xf32>, !llvm.ptr
          llvm.store %v87, %v69 : vector<4xf32>, !llvm.ptr
          llvm.store %v89, %v70 : vector<4xf32>, !llvm.ptr
        }
        %v139 = llvm.load %v44 : !llvm.ptr -> vector<4xf32>
        %v140 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
        %v141 = llvm.fadd %v139, %v140 : vector<4xf32>
        %v142 = llvm.mlir.constant(0 : i32) : i32
        %v143 = llvm.extractelement %v141[%v142 : i32] : vector<4xf32>
        %v144 = llvm.mlir.constant(1 : i32) : i32
        %v145 = llvm.extractelement %v141[%v144 : i32] : vector<4xf32>
        %v146 = llvm.mlir.constant(2 : i32) : i32
        %v147 = llvm.extractelement %v141[%v146 : i32] : vector<4xf32>
        %v148 = llvm.mlir.constant(3 : i32) : i32
        %v149 = llvm.extractelement %v141[%v148 : i32] : vector<4xf32>
        %v150 = arith.addf %v143, %v145 fastmath<contract> : f32
        %v151 = arith.addf %v150, %v147 fastmath<contract> : f32
        %v152 = arith.addf %v151, %v149 fastmath<contract> : f32
        %v153 = arith.constant 32 : i32
        %v154 = arith.constant 16 : i32
        %v155, %v156 = gpu.shuffle xor %v152, %v154, %v153 : f32
        %v157 = arith.addf %v152, %v155 fastmath<contract> : f32
        %v158 = arith.constant 8 : i32
        %v159, %v160 = gpu.shuffle xor %v157, %v158, %v153 : f32
        %v161 = arith.addf %v157, %v159 fastmath<contract> : f32
        %v162 = arith.constant 4 : i32
        %v163, %v164 = gpu.shuffle xor %v161, %v162, %v153 : f32
        %v165 = arith.addf %v161, %v163 fastmath<contract> : f32
        %v166 = arith.constant 2 : i32
        %v167, %v168 = gpu.shuffle xor %v165, %v166, %v153 : f32
        %v169 = arith.addf %v165, %v167 fastmath<contract> : f32
        %v170 = arith.constant 1 : i32
        %v171, %v172 = gpu.shuffle xor %v169, %v170, %v153 : f32
        %v173 = arith.addf %v169, %v171 fastmath<contract> : f32
        %v174 = arith.divsi %v12, %v11 : i64
        %v175 = arith.remsi %v12, %v11 : i64
        %v176 = arith.addi %v16, %v175 : i64
        %v177 = arith.addi %v15, %v174 : i64
        %v178 = llvm.load %v46 : !llvm.ptr -> f32
        %v179 = llvm.load %v47 : !llvm.ptr -> f32
        %v180 = arith.addf %v178, %v179 fastmath<contract> : f32
        %v181 = arith.constant 32 : i32
        %v182 = arith.constant 16 : i32
        %v183, %v184 = gpu.shuffle xor %v180, %v182, %v181 : f32
        %v185 = arith.addf %v180, %v183 fastmath<contract> : f32
        %v186 = arith.constant 8 : i32
        %v187, %v188 = gpu.shuffle xor %v185, %v186, %v181 : f32
        %v189 = arith.addf %v185, %v187 fastmath<contract> : f32
        %v190 = arith.constant 4 : i32
        %v191, %v192 = gpu.shuffle xor %v189, %v190, %v181 : f32
        %v193 = arith.addf %v189, %v191 fastmath<contract> : f32
        %v194 = arith.constant 2 : i32
        %v195, %v196 = gpu.shuffle xor %v193, %v194, %v181 : f32
        %v197 = arith.addf %v193, %v195 fastmath<contract> : f32
        %v198 = arith.constant 1 : i32
        %v199, %v200 = gpu.shuffle xor %v197, %v198, %v181 : f32
        %v201 = arith.addf %v197, %v199 fastmath<contract> : f32
        %v202 = arith.sitofp %k : i64 to f32
        %v203 = arith.divf %v201, %v202 : f32
        %v204 = arith.addf %v203, %eps fastmath<contract> : f32
        %v205 = llvm.call_intrinsic "llvm.sqrt.f32"(%v204) : (f32) -> f32
        %v207 = arith.divf %v206, %v205 : f32
        %v208 = arith.mulf %v173, %v207 fastmath<contract> : f32
        %v210 = arith.andi %v10, %v209 : i64
        %v211 = arith.cmpi eq, %v210, %v12 : i64
        %v212 = arith.cmpi slt, %v176, %n : i64
        %v213 = arith.cmpi slt, %v177, %m : i64
        %v214 = arith.andi %v212, %v213 : i1
        %v215 = arith.andi %v214, %v211 : i1
        scf.if %v215 {
          llvm.store %v208, %v216 : f32, !llvm.ptr
          %v217 = llvm.mlir.zero : !llvm.ptr
          %v218 = llvm.icmp "ne" %bias, %v217 : !llvm.ptr
          scf.if %v218 {
            %v219 = llvm.getelementptr %bias[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v220 = llvm.load %v219 : !llvm.ptr -> f32
            %v221 = llvm.load %v216 : !llvm.ptr -> f32
            %v222 = arith.addf %v221, %v220 fastmath<contract> : f32
            llvm.store %v222, %v216 : f32, !llvm.ptr
          }
          %v223 = llvm.mlir.zero : !llvm.ptr
          %v224 = llvm.icmp "ne" %add, %v223 : !llvm.ptr
          scf.if %v224 {
            %v225 = arith.muli %v177, %add_stride : i64
            %v226 = arith.addi %v225, %v176 : i64
            %v227 = llvm.getelementptr %add[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v228 = llvm.load %v227 : !llvm.ptr -> f32
            %v229 = llvm.load %v216 : !llvm.ptr -> f32
            %v230 = arith.addf %v229, %v228 fastmath<contract> : f32
            llvm.store %v230, %v216 : f32, !llvm.ptr
          }
          %v231 = llvm.load %v216 : !llvm.ptr -> f32
          %v232 = arith.cmpi slt, %v176, %split1 : i64
          %v233 = arith.cmpi slt, %v176, %split2 : i64
          %v234 = arith.muli %m, %split1 : i64
          %v235 = arith.muli %m, %split2 : i64
          %v236 = arith.select %v233, %v234, %v235 : i64
          %v237 = arith.select %v232, %v12, %v236 : i64
          %v238 = arith.subi %split2, %split1 : i64
          %v239 = arith.subi %n, %split2 : i64
          %v240 = arith.select %v233, %v238, %v239 : i64
          %v241 = arith.select %v232, %split1, %v240 : i64
          %v242 = arith.select %v233, %split1, %split2 : i64
          %v243 = arith.select %v232, %v12, %v242 : i64
          %v244 = arith.muli %v177, %v241 : i64
          %v245 = arith.subi %v176, %v243 : i64
          %v246 = arith.addi %v237, %v244 : i64
          %v247 = arith.addi %v246, %v245 : i64
          %v248 = llvm.getelementptr %out[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v231, %v248 : f32, !llvm.ptr
          %v249 = llvm.mlir.zero : !llvm.ptr
          %v250 = llvm.icmp "ne" %conv_w, %v249 : !llvm.ptr
          %v251 = arith.andi %v250, %v232 : i1
          scf.if %v251 {
            %v252 = arith.subi %conv_k, %v11 : i64
            llvm.store %v37, %v253 : f32, !llvm.ptr
            %v254 = llvm.mlir.zero : !llvm.ptr
            %v255 = llvm.icmp "ne" %conv_b, %v254 : !llvm.ptr
            scf.if %v255 {
              %v256 = llvm.getelementptr %conv_b[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v257 = llvm.load %v256 : !llvm.ptr -> f32
              llvm.store %v257, %v253 : f32, !llvm.ptr
            }
            %v258 = arith.muli %v176, %conv_k : i64
            %v259 = arith.muli %v177, %v252 : i64
            scf.for %v260 = %v12 to %v252 step %v11 : i64 {
              %v261 = arith.addi %v259, %v260 : i64
              %v262 = arith.muli %v261, %split1 : i64
              %v263 = arith.addi %v262, %v176 : i64
              %v264 = llvm.getelementptr %conv_win[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v265 = llvm.load %v264 : !llvm.ptr -> f32
              %v266 = arith.addi %v258, %v260 : i64
              %v267 = llvm.getelementptr %conv_w[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v268 = llvm.load %v267 : !llvm.ptr -> f32
              %v269 = arith.mulf %v268, %v265 fastmath<contract> : f32
              %v270 = llvm.load %v253 : !llvm.ptr -> f32
              %v271 = arith.addf %v270, %v269 fastmath<contract> : f32
              llvm.store %v271, %v253 : f32, !llvm.ptr
            }
            %v272 = arith.addi %v258, %v252 : i64
            %v273 = llvm.getelementptr %conv_w[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v274 = llvm.load %v273 : !llvm.ptr -> f32
            %v275 = arith.mulf %v274, %v231 fastmath<contract> : f32
            %v276 = llvm.load %v253 : !llvm.ptr -> f32
            %v277 = arith.addf %v276, %v275 fastmath<contract> : f32
            %v278 = arith.negf %v277 : f32
            %v280 = arith.mulf %v278, %v279 fastmath<contract> : f32
            %v281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v280) : (f32) -> f32
            %v282 = arith.addf %v206, %v281 fastmath<contract> : f32
            %v283 = arith.divf %v206, %v282 : f32
            %v284 = arith.mulf %v277, %v283 fastmath<contract> : f32
            %v285 = arith.cmpi eq, %conv_act, %v11 : i64
            %v286 = arith.select %v285, %v284, %v277 : f32
            %v287 = arith.muli %v177, %split1 : i64
            %v288 = arith.addi %v287, %v176 : i64
            %v289 = llvm.getelementptr %conv_out[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v286, %v289 : f32, !llvm.ptr
            %v290 = arith.subi %v252, %v11 : i64
            scf.for %v291 = %v12 to %v290 step %v11 : i64 {
              %v292 = arith.addi %v259, %v291 : i64
              %v293 = arith.muli %v292, %split1 : i64
              %v294 = arith.addi %v293, %v176 : i64
              %v295 = arith.addi %v294, %split1 : i64
              %v296 = llvm.getelementptr %conv_win[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = llvm.getelementptr %conv_win[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v297, %v298 : f32, !llvm.ptr
            }
            %v299 = arith.cmpi slt, %v12, %v252 : i64
            scf.if %v299 {
              %v300 = arith.addi %v259, %v290 : i64
              %v301 = arith.muli %v300, %split1 : i64
              %v302 = arith.addi %v301, %v176 : i64
              %v303 = llvm.getelementptr %conv_win[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v231, %v303 : f32, !llvm.ptr
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
      %v21 = arith.constant 2 : i64
      %v26 = arith.constant 128 : i64
      %v28 = arith.constant 4096 : i64
      %v38 = arith.constant 0x00000000 : f32
      %v45 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v11 x vector<4xi16> : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v11 x vector<4xf32> : (i64) -> !llvm.ptr
      %v213 = arith.constant 0x3F800000 : f32
      %v216 = arith.constant 31 : i64
      %v223 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v260 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v286 = arith.constant 0x3FB8AA3B : f32
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
        %v22 = arith.muli %v20, %v21 : i64
        %v23 = llvm.getelementptr %w[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v24 = arith.muli %v19, %k : i64
        %v25 = arith.muli %v24, %v21 : i64
        %v27 = arith.muli %v10, %v26 : i64
        scf.for %v29 = %v27 to %v25 step %v28 : i64 {
          %v30 = llvm.getelementptr %v23[%v29] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v30 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v31 = arith.cmpi slt, %v16, %n : i64
      scf.if %v31 {
        %v32 = arith.subi %m, %v11 : i64
        %v33 = arith.subi %n, %v11 : i64
        %v34 = arith.subi %k, %v13 : i64
        %v35 = arith.muli %v10, %v13 : i64
        %v36 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v37 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v39 = arith.minsi %v15, %v32 : i64
        %v40 = arith.muli %v39, %x_stride : i64
        %v41 = llvm.getelementptr %x[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v42 = arith.minsi %v16, %v33 : i64
        %v43 = arith.muli %v42, %k : i64
        %v44 = llvm.getelementptr %w[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v36, %v45 : vector<4xf32>, !llvm.ptr
        llvm.store %v36, %v46 : vector<4xf32>, !llvm.ptr
        llvm.store %v38, %v47 : f32, !llvm.ptr
        llvm.store %v38, %v48 : f32, !llvm.ptr
        %v49 = arith.minsi %v35, %v34 : i64
        %v50 = arith.cmpi slt, %v35, %k : i64
        %v51 = llvm.getelementptr %v44[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v52 = llvm.load %v51 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v53 = llvm.getelementptr %v41[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v54 = llvm.load %v53 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v55 = llvm.getelementptr %norm_w[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = llvm.load %v55 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v57 = arith.addi %v35, %v26 : i64
        %v58 = arith.minsi %v57, %v34 : i64
        %v59 = arith.cmpi slt, %v57, %k : i64
        %v60 = llvm.getelementptr %v44[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v61 = llvm.load %v60 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
        %v62 = llvm.getelementptr %v41[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v63 = llvm.load %v62 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v64 = llvm.getelementptr %norm_w[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = llvm.load %v64 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        llvm.store %v52, %v66 : vector<4xi16>, !llvm.ptr
        llvm.store %v54, %v67 : vector<4xf32>, !llvm.ptr
        llvm.store %v56, %v68 : vector<4xf32>, !llvm.ptr
        llvm.store %v61, %v69 : vector<4xi16>, !llvm.ptr
        llvm.store %v63, %v70 : vector<4xf32>, !llvm.ptr
        llvm.store %v65, %v71 : vector<4xf32>, !llvm.ptr
        scf.for %v72 = %v35 to %k step %v5 : i64 {
          %v73 = arith.addi %v72, %v5 : i64
          %v74 = arith.minsi %v73, %v34 : i64
          %v75 = arith.cmpi slt, %v73, %k : i64
          %v76 = llvm.getelementptr %v44[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v77 = llvm.load %v76 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v78 = llvm.getelementptr %v41[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v79 = llvm.load %v78 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v80 = llvm.getelementptr %norm_w[%v74] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v82 = arith.addi %v73, %v26 : i64
          %v83 = arith.minsi %v82, %v34 : i64
          %v84 = arith.cmpi slt, %v82, %k : i64
          %v85 = llvm.getelementptr %v44[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v86 = llvm.load %v85 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v87 = llvm.getelementptr %v41[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v89 = llvm.getelementptr %norm_w[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v90 = llvm.load %v89 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v91 = arith.cmpi slt, %v72, %k : i64
          %v92 = llvm.load %v66 : !llvm.ptr -> vector<4xi16>
          %v93 = llvm.load %v67 : !llvm.ptr -> vector<4xf32>
          %v94 = llvm.load %v68 : !llvm.ptr -> vector<4xf32>
          %v95 = arith.addi %v72, %v26 : i64
          %v96 = arith.cmpi slt, %v95, %k : i64
          %v97 = llvm.load %v69 : !llvm.ptr -> vector<4xi16>
          %v98 = llvm.load %v70 : !llvm.ptr -> vector<4xf32>
          %v99 = llvm.load %v71 : !llvm.ptr -> vector<4xf32>
          %v100 = llvm.fmul %v93, %v93 : vector<4xf32>
          %v101 = llvm.select %v91, %v100, %v36 : i1, vector<4xf32>
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
          %v113 = llvm.load %v47 : !llvm.ptr -> f32
          %v114 = arith.addf %v113, %v112 fastmath<contract> : f32
          llvm.store %v114, %v47 : f32, !llvm.ptr
          %v115 = llvm.zext %v92 : vector<4xi16> to vector<4xi32>
          %v116 = llvm.shl %v115, %v37 : vector<4xi32>
          %v117 = llvm.bitcast %v116 : vector<4xi32> to vector<4xf32>
          %v118 = llvm.fmul %v117, %v94 : vector<4xf32>
          %v119 = llvm.select %v91, %v118, %v36 : i1, vector<4xf32>
          %v120 = llvm.fmul %v119, %v93 : vector<4xf32>
          %v121 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
          %v122 = llvm.fadd %v121, %v120 : vector<4xf32>
          llvm.store %v122, %v45 : vector<4xf32>, !llvm.ptr
          %v123 = llvm.fmul %v98, %v98 : vector<4xf32>
          %v124 = llvm.select %v96, %v123, %v36 : i1, vector<4xf32>
          %v125 = llvm.mlir.constant(0 : i32) : i32
          %v126 = llvm.extractelement %v124[%v125 : i32] : vector<4xf32>
          %v127 = llvm.mlir.constant(1 : i32) : i32
          %v128 = llvm.extractelement %v124[%v127 : i32] : vector<4xf32>
          %v129 = llvm.mlir.constant(2 : i32) : i32
          %v130 = llvm.extractelement %v124[%v129 : i32] : vector<4xf32>
          %v131 = llvm.mlir.constant(3 : i32) : i32
          %v132 = llvm.extractelement %v124[%v131 : i32] : vector<4xf32>
          %v133 = arith.addf %v126, %v128 fastmath<contract> : f32
          %v134 = arith.addf %v133, %v130 fastmath<contract> : f32
          %v135 = arith.addf %v134, %v132 fastmath<contract> : f32
          %v136 = llvm.load %v48 : !llvm.ptr -> f32
          %v137 = arith.addf %v136, %v135 fastmath<contract> : f32
          llvm.store %v137, %v48 : f32, !llvm.ptr
          %v138 = llvm.zext %v97 : vector<4xi16> to vector<4xi32>
          %v139 = llvm.shl %v138, %v37 : vector<4xi32>
          %v140 = llvm.bitcast %v139 : vector<4xi32> to vector<4xf32>
          %v141 = llvm.fmul %v140, %v99 : vector<4xf32>
          %v142 = llvm.select %v96, %v141, %v36 : i1, vector<4xf32>
          %v143 = llvm.fmul %v142, %v98 : vector<4xf32>
          %v144 = llvm.load %v46 : !llvm.ptr -> vector<4xf32>
          %v145 = llvm.fadd %v144, %v143 : vector<4xf32>
          llvm.store %v145, %v46 : vector<4xf32>, !llvm.ptr
          llvm.store %v77, %v66 : vector<4xi16>, !llvm.ptr
          llvm.store %v79, %v67 : vector<4xf32>, !llvm.ptr
          llvm.store %v81, %v68 : vector<4xf32>, !llvm.ptr
          llvm.store %v86, %v69 : vector<4xi16>, !llvm.ptr
          llvm.store %v88, %v70 : vector<4xf32>, !llvm.ptr
          llvm.store %v90, %v71 : vector<4xf32>, !llvm.ptr
        }
        %v146 = llvm.load %v45 : !llvm.ptr -> vector<4xf32>
        %v147 = llvm.load %v46 : !llvm.ptr -> vector<4xf32>
        %v148 = llvm.fadd %v146, %v147 : vector<4xf32>
        %v149 = llvm.mlir.constant(0 : i32) : i32
        %v150 = llvm.extractelement %v148[%v149 : i32] : vector<4xf32>
        %v151 = llvm.mlir.constant(1 : i32) : i32
        %v152 = llvm.extractelement %v148[%v151 : i32] : vector<4xf32>
        %v153 = llvm.mlir.constant(2 : i32) : i32
        %v154 = llvm.extractelement %v148[%v153 : i32] : vector<4xf32>
        %v155 = llvm.mlir.constant(3 : i32) : i32
        %v156 = llvm.extractelement %v148[%v155 : i32] : vector<4xf32>
        %v157 = arith.addf %v150, %v152 fastmath<contract> : f32
        %v158 = arith.addf %v157, %v154 fastmath<contract> : f32
        %v159 = arith.addf %v158, %v156 fastmath<contract> : f32
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
        %v181 = arith.divsi %v12, %v11 : i64
        %v182 = arith.remsi %v12, %v11 : i64
        %v183 = arith.addi %v16, %v182 : i64
        %v184 = arith.addi %v15, %v181 : i64
        %v185 = llvm.load %v47 : !llvm.ptr -> f32
        %v186 = llvm.load %v48 : !llvm.ptr -> f32
        %v187 = arith.addf %v185, %v186 fastmath<contract> : f32
        %v188 = arith.constant 32 : i32
        %v189 = arith.constant 16 : i32
        %v190, %v191 = gpu.shuffle xor %v187, %v189, %v188 : f32
        %v192 = arith.addf %v187, %v190 fastmath<contract> : f32
        %v193 = arith.constant 8 : i32
        %v194, %v195 = gpu.shuffle xor %v192, %v193, %v188 : f32
        %v196 = arith.addf %v192, %v194 fastmath<contract> : f32
        %v197 = arith.constant 4 : i32
        %v198, %v199 = gpu.shuffle xor %v196, %v197, %v188 : f32
        %v200 = arith.addf %v196, %v198 fastmath<contract> : f32
        %v201 = arith.constant 2 : i32
        %v202, %v203 = gpu.shuffle xor %v200, %v201, %v188 : f32
        %v204 = arith.addf %v200, %v202 fastmath<contract> : f32
        %v205 = arith.constant 1 : i32
        %v206, %v207 = gpu.shuffle xor %v204, %v205, %v188 : f32
        %v208 = arith.addf %v204, %v206 fastmath<contract> : f32
        %v209 = arith.sitofp %k : i64 to f32
        %v210 = arith.divf %v208, %v209 : f32
        %v211 = arith.addf %v210, %eps fastmath<contract> : f32
        %v212 = llvm.call_intrinsic "llvm.sqrt.f32"(%v211) : (f32) -> f32
        %v214 = arith.divf %v213, %v212 : f32
        %v215 = arith.mulf %v180, %v214 fastmath<contract> : f32
        %v217 = arith.andi %v10, %v216 : i64
        %v218 = arith.cmpi eq, %v217, %v12 : i64
        %v219 = arith.cmpi slt, %v183, %n : i64
        %v220 = arith.cmpi slt, %v184, %m : i64
        %v221 = arith.andi %v219, %v220 : i1
        %v222 = arith.andi %v221, %v218 : i1
        scf.if %v222 {
          llvm.store %v215, %v223 : f32, !llvm.ptr
          %v224 = llvm.mlir.zero : !llvm.ptr
          %v225 = llvm.icmp "ne" %bias, %v224 : !llvm.ptr
          scf.if %v225 {
            %v226 = llvm.getelementptr %bias[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v227 = llvm.load %v226 : !llvm.ptr -> f32
            %v228 = llvm.load %v223 : !llvm.ptr -> f32
            %v229 = arith.addf %v228, %v227 fastmath<contract> : f32
            llvm.store %v229, %v223 : f32, !llvm.ptr
          }
          %v230 = llvm.mlir.zero : !llvm.ptr
          %v231 = llvm.icmp "ne" %add, %v230 : !llvm.ptr
          scf.if %v231 {
            %v232 = arith.muli %v184, %add_stride : i64
            %v233 = arith.addi %v232, %v183 : i64
            %v234 = llvm.getelementptr %add[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v235 = llvm.load %v234 : !llvm.ptr -> f32
            %v236 = llvm.load %v223 : !llvm.ptr -> f32
            %v237 = arith.addf %v236, %v235 fastmath<contract> : f32
            llvm.store %v237, %v223 : f32, !llvm.ptr
          }
          %v238 = llvm.load %v223 : !llvm.ptr -> f32
          %v239 = arith.cmpi slt, %v183, %split1 : i64
          %v240 = arith.cmpi slt, %v183, %split2 : i64
          %v241 = arith.muli %m, %split1 : i64
          %v242 = arith.muli %m, %split2 : i64
          %v243 = arith.select %v240, %v241, %v242 : i64
          %v244 = arith.select %v239, %v12, %v243 : i64
          %v245 = arith.subi %split2, %split1 : i64
          %v246 = arith.subi %n, %split2 : i64
          %v247 = arith.select %v240, %v245, %v246 : i64
          %v248 = arith.select %v239, %split1, %v247 : i64
          %v249 = arith.select %v240, %split1, %split2 : i64
          %v250 = arith.select %v239, %v12, %v249 : i64
          %v251 = arith.muli %v184, %v248 : i64
          %v252 = arith.subi %v183, %v250 : i64
          %v253 = arith.addi %v244, %v251 : i64
          %v254 = arith.addi %v253, %v252 : i64
          %v255 = llvm.getelementptr %out[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v238, %v255 : f32, !llvm.ptr
          %v256 = llvm.mlir.zero : !llvm.ptr
          %v257 = llvm.icmp "ne" %conv_w, %v256 : !llvm.ptr
          %v258 = arith.andi %v257, %v239 : i1
          scf.if %v258 {
            %v259 = arith.subi %conv_k, %v11 : i64
            llvm.store %v38, %v260 : f32, !llvm.ptr
            %v261 = llvm.mlir.zero : !llvm.ptr
            %v262 = llvm.icmp "ne" %conv_b, %v261 : !llvm.ptr
            scf.if %v262 {
              %v263 = llvm.getelementptr %conv_b[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v264 = llvm.load %v263 : !llvm.ptr -> f32
              llvm.store %v264, %v260 : f32, !llvm.ptr
            }
            %v265 = arith.muli %v183, %conv_k : i64
            %v266 = arith.muli %v184, %v259 : i64
            scf.for %v267 = %v12 to %v259 step %v11 : i64 {
              %v268 = arith.addi %v266, %v267 : i64
              %v269 = arith.muli %v268, %split1 : i64
              %v270 = arith.addi %v269, %v183 : i64
              %v271 = llvm.getelementptr %conv_win[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v272 = llvm.load %v271 : !llvm.ptr -> f32
              %v273 = arith.addi %v265, %v267 : i64
              %v274 = llvm.getelementptr %conv_w[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v275 = llvm.load %v274 : !llvm.ptr -> f32
              %v276 = arith.mulf %v275, %v272 fastmath<contract> : f32
              %v277 = llvm.load %v260 : !llvm.ptr -> f32
              %v278 = arith.addf %v277, %v276 fastmath<contract> : f32
              llvm.store %v278, %v260 : f32, !llvm.ptr
            }
            %v279 = arith.addi %v265, %v259 : i64
            %v280 = llvm.getelementptr %conv_w[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v281 = llvm.load %v280 : !llvm.ptr -> f32
            %v282 = arith.mulf %v281, %v238 fastmath<contract> : f32
            %v283 = llvm.load %v260 : !llvm.ptr -> f32
            %v284 = arith.addf %v283, %v282 fastmath<contract> : f32
            %v285 = arith.negf %v284 : f32
            %v287 = arith.mulf %v285, %v286 fastmath<contract> : f32
            %v288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v287) : (f32) -> f32
            %v289 = arith.addf %v213, %v288 fastmath<contract> : f32
            %v290 = arith.divf %v213, %v289 : f32
            %v291 = arith.mulf %v284, %v290 fastmath<contract> : f32
            %v292 = arith.cmpi eq, %conv_act, %v11 : i64
            %v293 = arith.select %v292, %v291, %v284 : f32
            %v294 = arith.muli %v184, %split1 : i64
            %v295 = arith.addi %v294, %v183 : i64
            %v296 = llvm.getelementptr %conv_out[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v293, %v296 : f32, !llvm.ptr
            %v297 = arith.subi %v259, %v11 : i64
            scf.for %v298 = %v12 to %v297 step %v11 : i64 {
              %v299 = arith.addi %v266, %v298 : i64
              %v300 = arith.muli %v299, %split1 : i64
              %v301 = arith.addi %v300, %v183 : i64
              %v302 = arith.addi %v301, %split1 : i64
              %v303 = llvm.getelementptr %conv_win[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v304 = llvm.load %v303 : !llvm.ptr -> f32
              %v305 = llvm.getelementptr %conv_win[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v304, %v305 : f32, !llvm.ptr
            }
            %v306 = arith.cmpi slt, %v12, %v259 : i64
            scf.if %v306 {
              %v307 = arith.addi %v266, %v297 : i64
              %v308 = arith.muli %v307, %split1 : i64
              %v309 = arith.addi %v308, %v183 : i64
              %v310 = llvm.getelementptr %conv_win[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v238, %v310 : f32, !llvm.ptr
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
      %v30 = arith.constant 128 : i64
      %v32 = arith.constant 4096 : i64
      %v42 = arith.constant 0x00000000 : f32
      %v50 = arith.constant 2 : i64
      %v55 = arith.constant 3 : i64
      %v64 = arith.constant 5 : i64
      %v69 = arith.constant 6 : i64
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
        %v23 = arith.subi %n, %v21 : i64
        %v24 = arith.minsi %v23, %v13 : i64
        %v25 = arith.muli %v21, %k : i64
        %v26 = arith.muli %v25, %v13 : i64
        %v27 = llvm.getelementptr %w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v28 = arith.muli %v24, %k : i64
        %v29 = arith.muli %v28, %v13 : i64
        %v31 = arith.muli %v10, %v30 : i64
        scf.for %v33 = %v31 to %v29 step %v32 : i64 {
          %v34 = llvm.getelementptr %v27[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
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
        %v51 = arith.addi %v20, %v50 : i64
        %v52 = arith.minsi %v51, %v36 : i64
        %v53 = arith.muli %v52, %x_stride : i64
        %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = arith.addi %v20, %v55 : i64
        %v57 = arith.minsi %v56, %v36 : i64
        %v58 = arith.muli %v57, %x_stride : i64
        %v59 = llvm.getelementptr %x[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = arith.addi %v20, %v13 : i64
        %v61 = arith.minsi %v60, %v36 : i64
        %v62 = arith.muli %v61, %x_stride : i64
        %v63 = llvm.getelementptr %x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.addi %v20, %v64 : i64
        %v66 = arith.minsi %v65, %v36 : i64
        %v67 = arith.muli %v66, %x_stride : i64
        %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v70 = arith.addi %v20, %v69 : i64
        %v71 = arith.minsi %v70, %v36 : i64
        %v72 = arith.muli %v71, %x_stride : i64
        %v73 = llvm.getelementptr %x[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v74 = arith.addi %v20, %v15 : i64
        %v75 = arith.minsi %v74, %v36 : i64
        %v76 = arith.muli %v75, %x_stride : i64
        %v77 = llvm.getelementptr %x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v78 = arith.minsi %v21, %v37 : i64
        %v79 = arith.muli %v78, %k : i64
        %v80 = llvm.getelementptr %w[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v81 = arith.addi %v21, %v11 : i64
        %v82 = arith.minsi %v81, %v37 : i64
        %v83 = arith.muli %v82, %k : i64
        %v84 = llvm.getelementptr %w[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v85 = arith.addi %v21, %v50 : i64
        %v86 = arith.minsi %v85, %v37 : i64
        %v87 = arith.muli %v86, %k : i64
        %v88 = llvm.getelementptr %w[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v89 = arith.addi %v21, %v55 : i64
        %v90 = arith.minsi %v89, %v37 : i64
        %v91 = arith.muli %v90, %k : i64
        %v92 = llvm.getelementptr %w[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        scf.for %v125 = %v39 to %k step %v30 : i64 {
          %v126 = arith.minsi %v125, %v38 : i64
          %v127 = arith.cmpi slt, %v125, %k : i64
          %v128 = llvm.getelementptr %v80[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v129 = llvm.load %v128 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v130 = llvm.getelementptr %v84[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v132 = llvm.getelementptr %v88[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v134 = llvm.getelementptr %v92[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v136 = llvm.getelementptr %v45[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.getelementptr %v49[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v140 = llvm.getelementptr %v54[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v141 = llvm.load %v140 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v142 = llvm.getelementptr %v59[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v144 = llvm.getelementptr %v63[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v146 = llvm.getelementptr %v68[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v148 = llvm.getelementptr %v73[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v150 = llvm.getelementptr %v77[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v152 = llvm.mlir.constant(0 : i32) : i32
          %v153 = llvm.extractelement %v137[%v152 : i32] : vector<4xf32>
          %v154 = llvm.mlir.constant(1 : i32) : i32
          %v155 = llvm.extractelement %v137[%v154 : i32] : vector<4xf32>
          %v156 = llvm.mlir.constant(2 : i32) : i32
          %v157 = llvm.extractelement %v137[%v156 : i32] : vector<4xf32>
          %v158 = llvm.mlir.constant(3 : i32) : i32
          %v159 = llvm.extractelement %v137[%v158 : i32] : vector<4xf32>
          %v160 = llvm.mlir.constant(0 : i32) : i32
          %v161 = llvm.extractelement %v139[%v160 : i32] : vector<4xf32>
          %v162 = llvm.mlir.constant(1 : i32) : i32
          %v163 = llvm.extractelement %v139[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(2 : i32) : i32
          %v165 = llvm.extractelement %v139[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(3 : i32) : i32
          %v167 = llvm.extractelement %v139[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(0 : i32) : i32
          %v169 = llvm.extractelement %v141[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(1 : i32) : i32
          %v171 = llvm.extractelement %v141[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(2 : i32) : i32
          %v173 = llvm.extractelement %v141[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(3 : i32) : i32
          %v175 = llvm.extractelement %v141[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(0 : i32) : i32
          %v177 = llvm.extractelement %v143[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(1 : i32) : i32
          %v179 = llvm.extractelement %v143[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(2 : i32) : i32
          %v181 = llvm.extractelement %v143[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(3 : i32) : i32
          %v183 = llvm.extractelement %v143[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(0 : i32) : i32
          %v185 = llvm.extractelement %v145[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(1 : i32) : i32
          %v187 = llvm.extractelement %v145[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(2 : i32) : i32
          %v189 = llvm.extractelement %v145[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(3 : i32) : i32
          %v191 = llvm.extractelement %v145[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(0 : i32) : i32
          %v193 = llvm.extractelement %v147[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(1 : i32) : i32
          %v195 = llvm.extractelement %v147[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(2 : i32) : i32
          %v197 = llvm.extractelement %v147[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(3 : i32) : i32
          %v199 = llvm.extractelement %v147[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(0 : i32) : i32
          %v201 = llvm.extractelement %v149[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(1 : i32) : i32
          %v203 = llvm.extractelement %v149[%v202 : i32] : vector<4xf32>
          %v204 = llvm.mlir.constant(2 : i32) : i32
          %v205 = llvm.extractelement %v149[%v204 : i32] : vector<4xf32>
          %v206 = llvm.mlir.constant(3 : i32) : i32
          %v207 = llvm.extractelement %v149[%v206 : i32] : vector<4xf32>
          %v208 = llvm.mlir.constant(0 : i32) : i32
          %v209 = llvm.extractelement %v151[%v208 : i32] : vector<4xf32>
          %v210 = llvm.mlir.constant(1 : i32) : i32
          %v211 = llvm.extractelement %v151[%v210 : i32] : vector<4xf32>
          %v212 = llvm.mlir.constant(2 : i32) : i32
          %v213 = llvm.extractelement %v151[%v212 : i32] : vector<4xf32>
          %v214 = llvm.mlir.constant(3 : i32) : i32
          %v215 = llvm.extractelement %v151[%v214 : i32] : vector<4xf32>
          %v216 = llvm.select %v127, %v129, %v40 : i1, vector<4xf32>
          %v217 = llvm.mlir.constant(0 : i32) : i32
          %v218 = llvm.extractelement %v216[%v217 : i32] : vector<4xf32>
          %v219 = llvm.mlir.constant(1 : i32) : i32
          %v220 = llvm.extractelement %v216[%v219 : i32] : vector<4xf32>
          %v221 = llvm.mlir.constant(2 : i32) : i32
          %v222 = llvm.extractelement %v216[%v221 : i32] : vector<4xf32>
          %v223 = llvm.mlir.constant(3 : i32) : i32
          %v224 = llvm.extractelement %v216[%v223 : i32] : vector<4xf32>
          %v225 = llvm.load %v93 : !llvm.ptr -> f32
          %v226 = arith.mulf %v218, %v153 fastmath<contract> : f32
          %v227 = arith.addf %v225, %v226 fastmath<contract> : f32
          %v228 = arith.mulf %v220, %v155 fastmath<contract> : f32
          %v229 = arith.addf %v227, %v228 fastmath<contract> : f32
          %v230 = arith.mulf %v222, %v157 fastmath<contract> : f32
          %v231 = arith.addf %v229, %v230 fastmath<contract> : f32
          %v232 = arith.mulf %v224, %v159 fastmath<contract> : f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          llvm.store %v233, %v93 : f32, !llvm.ptr
          %v234 = llvm.load %v97 : !llvm.ptr -> f32
          %v235 = arith.mulf %v218, %v161 fastmath<contract> : f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = arith.mulf %v220, %v163 fastmath<contract> : f32
          %v238 = arith.addf %v236, %v237 fastmath<contract> : f32
          %v239 = arith.mulf %v222, %v165 fastmath<contract> : f32
          %v240 = arith.addf %v238, %v239 fastmath<contract> : f32
          %v241 = arith.mulf %v224, %v167 fastmath<contract> : f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          llvm.store %v242, %v97 : f32, !llvm.ptr
          %v243 = llvm.load %v101 : !llvm.ptr -> f32
          %v244 = arith.mulf %v218, %v169 fastmath<contract> : f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          %v246 = arith.mulf %v220, %v171 fastmath<contract> : f32
          %v247 = arith.addf %v245, %v246 fastmath<contract> : f32
          %v248 = arith.mulf %v222, %v173 fastmath<contract> : f32
          %v249 = arith.addf %v247, %v248 fastmath<contract> : f32
          %v250 = arith.mulf %v224, %v175 fastmath<contract> : f32
          %v251 = arith.addf %v249, %v250 fastmath<contract> : f32
          llvm.store %v251, %v101 : f32, !llvm.ptr
          %v252 = llvm.load %v105 : !llvm.ptr -> f32
          %v253 = arith.mulf %v218, %v177 fastmath<contract> : f32
          %v254 = arith.addf %v252, %v253 fastmath<contract> : f32
          %v255 = arith.mulf %v220, %v179 fastmath<contract> : f32
          %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
          %v257 = arith.mulf %v222, %v181 fastmath<contract> : f32
          %v258 = arith.addf %v256, %v257 fastmath<contract> : f32
          %v259 = arith.mulf %v224, %v183 fastmath<contract> : f32
          %v260 = arith.addf %v258, %v259 fastmath<contract> : f32
          llvm.store %v260, %v105 : f32, !llvm.ptr
          %v261 = llvm.load %v109 : !llvm.ptr -> f32
          %v262 = arith.mulf %v218, %v185 fastmath<contract> : f32
          %v263 = arith.addf %v261, %v262 fastmath<contract> : f32
          %v264 = arith.mulf %v220, %v187 fastmath<contract> : f32
          %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
          %v266 = arith.mulf %v222, %v189 fastmath<contract> : f32
          %v267 = arith.addf %v265, %v266 fastmath<contract> : f32
          %v268 = arith.mulf %v224, %v191 fastmath<contract> : f32
          %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
          llvm.store %v269, %v109 : f32, !llvm.ptr
          %v270 = llvm.load %v113 : !llvm.ptr -> f32
          %v271 = arith.mulf %v218, %v193 fastmath<contract> : f32
          %v272 = arith.addf %v270, %v271 fastmath<contract> : f32
          %v273 = arith.mulf %v220, %v195 fastmath<contract> : f32
          %v274 = arith.addf %v272, %v273 fastmath<contract> : f32
          %v275 = arith.mulf %v222, %v197 fastmath<contract> : f32
          %v276 = arith.addf %v274, %v275 fastmath<contract> : f32
          %v277 = arith.mulf %v224, %v199 fastmath<contract> : f32
          %v278 = arith.addf %v276, %v277 fastmath<contract> : f32
          llvm.store %v278, %v113 : f32, !llvm.ptr
          %v279 = llvm.load %v117 : !llvm.ptr -> f32
          %v280 = arith.mulf %v218, %v201 fastmath<contract> : f32
          %v281 = arith.addf %v279, %v280 fastmath<contract> : f32
          %v282 = arith.mulf %v220, %v203 fastmath<contract> : f32
          %v283 = arith.addf %v281, %v282 fastmath<contract> : f32
          %v284 = arith.mulf %v222, %v205 fastmath<contract> : f32
          %v285 = arith.addf %v283, %v284 fastmath<contract> : f32
          %v286 = arith.mulf %v224, %v207 fastmath<contract> : f32
          %v287 = arith.addf %v285, %v286 fastmath<contract> : f32
          llvm.store %v287, %v117 : f32, !llvm.ptr
          %v288 = llvm.load %v121 : !llvm.ptr -> f32
          %v289 = arith.mulf %v218, %v209 fastmath<contract> : f32
          %v290 = arith.addf %v288, %v289 fastmath<contract> : f32
          %v291 = arith.mulf %v220, %v211 fastmath<contract> : f32
          %v292 = arith.addf %v290, %v291 fastmath<contract> : f32
          %v293 = arith.mulf %v222, %v213 fastmath<contract> : f32
          %v294 = arith.addf %v292, %v293 fastmath<contract> : f32
          %v295 = arith.mulf %v224, %v215 fastmath<contract> : f32
          %v296 = arith.addf %v294, %v295 fastmath<contract> : f32
          llvm.store %v296, %v121 : f32, !llvm.ptr
          %v297 = llvm.select %v127, %v131, %v40 : i1, vector<4xf32>
          %v298 = llvm.mlir.constant(0 : i32) : i32
          %v299 = llvm.extractelement %v297[%v298 : i32] : vector<4xf32>
          %v300 = llvm.mlir.constant(1 : i32) : i32
          %v301 = llvm.extractelement %v297[%v300 : i32] : vector<4xf32>
          %v302 = llvm.mlir.constant(2 : i32) : i32
          %v303 = llvm.extractelement %v297[%v302 : i32] : vector<4xf32>
          %v304 = llvm.mlir.constant(3 : i32) : i32
          %v305 = llvm.extractelement %v297[%v304 : i32] : vector<4xf32>
          %v306 = llvm.load %v94 : !llvm.ptr -> f32
          %v307 = arith.mulf %v299, %v153 fastmath<contract> : f32
          %v308 = arith.addf %v306, %v307 fastmath<contract> : f32
          %v309 = arith.mulf %v301, %v155 fastmath<contract> : f32
          %v310 = arith.addf %v308, %v309 fastmath<contract> : f32
          %v311 = arith.mulf %v303, %v157 fastmath<contract> : f32
          %v312 = arith.addf %v310, %v311 fastmath<contract> : f32
          %v313 = arith.mulf %v305, %v159 fastmath<contract> : f32
          %v314 = arith.addf %v312, %v313 fastmath<contract> : f32
          llvm.store %v314, %v94 : f32, !llvm.ptr
          %v315 = llvm.load %v98 : !llvm.ptr -> f32
          %v316 = arith.mulf %v299, %v161 fastmath<contract> : f32
          %v317 = arith.addf %v315, %v316 fastmath<contract> : f32
          %v318 = arith.mulf %v301, %v163 fastmath<contract> : f32
          %v319 = arith.addf %v317, %v318 fastmath<contract> : f32
          %v320 = arith.mulf %v303, %v165 fastmath<contract> : f32
          %v321 = arith.addf %v319, %v320 fastmath<contract> : f32
          %v322 = arith.mulf %v305, %v167 fastmath<contract> : f32
          %v323 = arith.addf %v321, %v322 fastmath<contract> : f32
          llvm.store %v323, %v98 : f32, !llvm.ptr
          %v324 = llvm.load %v102 : !llvm.ptr -> f32
          %v325 = arith.mulf %v299, %v169 fastmath<contract> : f32
          %v326 = arith.addf %v324, %v325 fastmath<contract> : f32
          %v327 = arith.mulf %v301, %v171 fastmath<contract> : f32
          %v328 = arith.addf %v326, %v327 fastmath<contract> : f32
          %v329 = arith.mulf %v303, %v173 fastmath<contract> : f32
          %v330 = arith.addf %v328, %v329 fastmath<contract> : f32
          %v331 = arith.mulf %v305, %v175 fastmath<contract> : f32
          %v332 = arith.addf %v330, %v331 fastmath<contract> : f32
          llvm.store %v332, %v102 : f32, !llvm.ptr
          %v333 = llvm.load %v106 : !llvm.ptr -> f32
          %v334 = arith.mulf %v299, %v177 fastmath<contract> : f32
          %v335 = arith.addf %v333, %v334 fastmath<contract> : f32
          %v336 = arith.mulf %v301, %v179 fastmath<contract> : f32
          %v337 = arith.addf %v335, %v336 fastmath<contract> : f32
          %v338 = arith.mulf %v303, %v181 fastmath<contract> : f32
          %v339 = arith.addf %v337, %v338 fastmath<contract> : f32
          %v340 = arith.mulf %v305, %v183 fastmath<contract> : f32
          %v341 = arith.addf %v339, %v340 fastmath<contract> : f32
          llvm.store %v341, %v106 : f32, !llvm.ptr
          %v342 = llvm.load %v110 : !llvm.ptr -> f32
          %v343 = arith.mulf %v299, %v185 fastmath<contract> : f32
          %v344 = arith.addf %v342, %v343 fastmath<contract> : f32
          %v345 = arith.mulf %v301, %v187 fastmath<contract> : f32
          %v346 = arith.addf %v344, %v345 fastmath<contract> : f32
          %v347 = arith.mulf %v303, %v189 fastmath<contract> : f32
          %v348 = arith.addf %v346, %v347 fastmath<contract> : f32
          %v349 = arith.mulf %v305, %v191 fastmath<contract> : f32
          %v350 = arith.addf %v348, %v349 fastmath<contract> : f32
          llvm.store %v350, %v110 : f32, !llvm.ptr
          %v351 = llvm.load %v114 : !llvm.ptr -> f32
          %v352 = arith.mulf %v299, %v193 fastmath<contract> : f32
          %v353 = arith.addf %v351, %v352 fastmath<contract> : f32
          %v354 = arith.mulf %v301, %v195 fastmath<contract> : f32
          %v355 = arith.addf %v353, %v354 fastmath<contract> : f32
          %v356 = arith.mulf %v303, %v197 fastmath<contract> : f32
          %v357 = arith.addf %v355, %v356 fastmath<contract> : f32
          %v358 = arith.mulf %v305, %v199 fastmath<contract> : f32
          %v359 = arith.addf %v357, %v358 fastmath<contract> : f32
          llvm.store %v359, %v114 : f32, !llvm.ptr
          %v360 = llvm.load %v118 : !llvm.ptr -> f32
          %v361 = arith.mulf %v299, %v201 fastmath<contract> : f32
          %v362 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v363 = arith.mulf %v301, %v203 fastmath<contract> : f32
          %v364 = arith.addf %v362, %v363 fastmath<contract> : f32
          %v365 = arith.mulf %v303, %v205 fastmath<contract> : f32
          %v366 = arith.addf %v364, %v365 fastmath<contract> : f32
          %v367 = arith.mulf %v305, %v207 fastmath<contract> : f32
          %v368 = arith.addf %v366, %v367 fastmath<contract> : f32
          llvm.store %v368, %v118 : f32, !llvm.ptr
          %v369 = llvm.load %v122 : !llvm.ptr -> f32
          %v370 = arith.mulf %v299, %v209 fastmath<contract> : f32
          %v371 = arith.addf %v369, %v370 fastmath<contract> : f32
          %v372 = arith.mulf %v301, %v211 fastmath<contract> : f32
          %v373 = arith.addf %v371, %v372 fastmath<contract> : f32
          %v374 = arith.mulf %v303, %v213 fastmath<contract> : f32
          %v375 = arith.addf %v373, %v374 fastmath<contract> : f32
          %v376 = arith.mulf %v305, %v215 fastmath<contract> : f32
          %v377 = arith.addf %v375, %v376 fastmath<contract> : f32
          llvm.store %v377, %v122 : f32, !llvm.ptr
          %v378 = llvm.select %v127, %v133, %v40 : i1, vector<4xf32>
          %v379 = llvm.mlir.constant(0 : i32) : i32
          %v380 = llvm.extractelement %v378[%v379 : i32] : vector<4xf32>
          %v381 = llvm.mlir.constant(1 : i32) : i32
          %v382 = llvm.extractelement %v378[%v381 : i32] : vector<4xf32>
          %v383 = llvm.mlir.constant(2 : i32) : i32
          %v384 = llvm.extractelement %v378[%v383 : i32] : vector<4xf32>
          %v385 = llvm.mlir.constant(3 : i32) : i32
          %v386 = llvm.extractelement %v378[%v385 : i32] : vector<4xf32>
          %v387 = llvm.load %v95 : !llvm.ptr -> f32
          %v388 = arith.mulf %v380, %v153 fastmath<contract> : f32
          %v389 = arith.addf %v387, %v388 fastmath<contract> : f32
          %v390 = arith.mulf %v382, %v155 fastmath<contract> : f32
          %v391 = arith.addf %v389, %v390 fastmath<contract> : f32
          %v392 = arith.mulf %v384, %v157 fastmath<contract> : f32
          %v393 = arith.addf %v391, %v392 fastmath<contract> : f32
          %v394 = arith.mulf %v386, %v159 fastmath<contract> : f32
          %v395 = arith.addf %v393, %v394 fastmath<contract> : f32
          llvm.store %v395, %v95 : f32, !llvm.ptr
          %v396 = llvm.load %v99 : !llvm.ptr -> f32
          %v397 = arith.mulf %v380, %v161 fastmath<contract> : f32
          %v398 = arith.addf %v396, %v397 fastmath<contract> : f32
          %v399 = arith.mulf %v382, %v163 fastmath<contract> : f32
          %v400 = arith.addf %v398, %v399 fastmath<contract> : f32
          %v401 = arith.mulf %v384, %v165 fastmath<contract> : f32
          %v402 = arith.addf %v400, %v401 fastmath<contract> : f32
          %v403 = arith.mulf %v386, %v167 fastmath<contract> : f32
          %v404 = arith.addf %v402, %v403 fastmath<contract> : f32
          llvm.store %v404, %v99 : f32, !llvm.ptr
          %v405 = llvm.load %v103 : !llvm.ptr -> f32
          %v406 = arith.mulf %v380, %v169 fastmath<contract> : f32
          %v407 = arith.addf %v405, %v406 fastmath<contract> : f32
          %v408 = arith.mulf %v382, %v171 fastmath<contract> : f32
          %v409 = arith.addf %v407, %v408 fastmath<contract> : f32
          %v410 = arith.mulf %v384, %v173 fastmath<contract> : f32
          %v411 = arith.addf %v409, %v410 fastmath<contract> : f32
          %v412 = arith.mulf %v386, %v175 fastmath<contract> : f32
          %v413 = arith.addf %v411, %v412 fastmath<contract> : f32
          llvm.store %v413, %v103 : f32, !llvm.ptr
          %v414 = llvm.load %v107 : !llvm.ptr -> f32
          %v415 = arith.mulf %v380, %v177 fastmath<contract> : f32
          %v416 = arith.addf %v414, %v415 fastmath<contract> : f32
          %v417 = arith.mulf %v382, %v179 fastmath<contract> : f32
          %v418 = arith.addf %v416, %v417 fastmath<contract> : f32
          %v419 = arith.mulf %v384, %v181 fastmath<contract> : f32
          %v420 = arith.addf %v418, %v419 fastmath<contract> : f32
          %v421 = arith.mulf %v386, %v183 fastmath<contract> : f32
          %v422 = arith.addf %v420, %v421 fastmath<contract> : f32
          llvm.store %v422, %v107 : f32, !llvm.ptr
          %v423 = llvm.load %v111 : !llvm.ptr -> f32
          %v424 = arith.mulf %v380, %v185 fastmath<contract> : f32
          %v425 = arith.addf %v423, %v424 fastmath<contract> : f32
          %v426 = arith.mulf %v382, %v187 fastmath<contract> : f32
          %v427 = arith.addf %v425, %v426 fastmath<contract> : f32
          %v428 = arith.mulf %v384, %v189 fastmath<contract> : f32
          %v429 = arith.addf %v427, %v428 fastmath<contract> : f32
          %v430 = arith.mulf %v386, %v191 fastmath<contract> : f32
          %v431 = arith.addf %v429, %v430 fastmath<contract> : f32
          llvm.store %v431, %v111 : f32, !llvm.ptr
          %v432 = llvm.load %v115 : !llvm.ptr -> f32
          %v433 = arith.mulf %v380, %v193 fastmath<contract> : f32
          %v434 = arith.addf %v432, %v433 fastmath<contract> : f32
          %v435 = arith.mulf %v382, %v195 fastmath<contract> : f32
          %v436 = arith.addf %v434, %v435 fastmath<contract> : f32
          %v437 = arith.mulf %v384, %v197 fastmath<contract> : f32
          %v438 = arith.addf %v436, %v437 fastmath<contract> : f32
          %v439 = arith.mulf %v386, %v199 fastmath<contract> : f32
          %v440 = arith.addf %v438, %v439 fastmath<contract> : f32
          llvm.store %v440, %v115 : f32, !llvm.ptr
          %v441 = llvm.load %v119 : !llvm.ptr -> f32
          %v442 = arith.mulf %v380, %v201 fastmath<contract> : f32
          %v443 = arith.addf %v441, %v442 fastmath<contract> : f32
          %v444 = arith.mulf %v382, %v203 fastmath<contract> : f32
          %v445 = arith.addf %v443, %v444 fastmath<contract> : f32
          %v446 = arith.mulf %v384, %v205 fastmath<contract> : f32
          %v447 = arith.addf %v445, %v446 fastmath<contract> : f32
          %v448 = arith.mulf %v386, %v207 fastmath<contract> : f32
          %v449 = arith.addf %v447, %v448 fastmath<contract> : f32
          llvm.store %v449, %v119 : f32, !llvm.ptr
          %v450 = llvm.load %v123 : !llvm.ptr -> f32
          %v451 = arith.mulf %v380, %v209 fastmath<contract> : f32
          %v452 = arith.addf %v450, %v451 fastmath<contract> : f32
          %v453 = arith.mulf %v382, %v211 fastmath<contract> : f32
          %v454 = arith.addf %v452, %v453 fastmath<contract> : f32
          %v455 = arith.mulf %v384, %v213 fastmath<contract> : f32
          %v456 = arith.addf %v454, %v455 fastmath<contract> : f32
          %v457 = arith.mulf %v386, %v215 fastmath<contract> : f32
          %v458 = arith.addf %v456, %v457 fastmath<contract> : f32
          llvm.store %v458, %v123 : f32, !llvm.ptr
          %v459 = llvm.select %v127, %v135, %v40 : i1, vector<4xf32>
          %v460 = llvm.mlir.constant(0 : i32) : i32
          %v461 = llvm.extractelement %v459[%v460 : i32] : vector<4xf32>
          %v462 = llvm.mlir.constant(1 : i32) : i32
          %v463 = llvm.extractelement %v459[%v462 : i32] : vector<4xf32>
          %v464 = llvm.mlir.constant(2 : i32) : i32
          %v465 = llvm.extractelement %v459[%v464 : i32] : vector<4xf32>
          %v466 = llvm.mlir.constant(3 : i32) : i32
          %v467 = llvm.extractelement %v459[%v466 : i32] : vector<4xf32>
          %v468 = llvm.load %v96 : !llvm.ptr -> f32
          %v469 = arith.mulf %v461, %v153 fastmath<contract> : f32
          %v470 = arith.addf %v468, %v469 fastmath<contract> : f32
          %v471 = arith.mulf %v463, %v155 fastmath<contract> : f32
          %v472 = arith.addf %v470, %v471 fastmath<contract> : f32
          %v473 = arith.mulf %v465, %v157 fastmath<contract> : f32
          %v474 = arith.addf %v472, %v473 fastmath<contract> : f32
          %v475 = arith.mulf %v467, %v159 fastmath<contract> : f32
          %v476 = arith.addf %v474, %v475 fastmath<contract> : f32
          llvm.store %v476, %v96 : f32, !llvm.ptr
          %v477 = llvm.load %v100 : !llvm.ptr -> f32
          %v478 = arith.mulf %v461, %v161 fastmath<contract> : f32
          %v479 = arith.addf %v477, %v478 fastmath<contract> : f32
          %v480 = arith.mulf %v463, %v163 fastmath<contract> : f32
          %v481 = arith.addf %v479, %v480 fastmath<contract> : f32
          %v482 = arith.mulf %v465, %v165 fastmath<contract> : f32
          %v483 = arith.addf %v481, %v482 fastmath<contract> : f32
          %v484 = arith.mulf %v467, %v167 fastmath<contract> : f32
          %v485 = arith.addf %v483, %v484 fastmath<contract> : f32
          llvm.store %v485, %v100 : f32, !llvm.ptr
          %v486 = llvm.load %v104 : !llvm.ptr -> f32
          %v487 = arith.mulf %v461, %v169 fastmath<contract> : f32
          %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
          %v489 = arith.mulf %v463, %v171 fastmath<contract> : f32
          %v490 = arith.addf %v488, %v489 fastmath<contract> : f32
          %v491 = arith.mulf %v465, %v173 fastmath<contract> : f32
          %v492 = arith.addf %v490, %v491 fastmath<contract> : f32
          %v493 = arith.mulf %v467, %v175 fastmath<contract> : f32
          %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
          llvm.store %v494, %v104 : f32, !llvm.ptr
          %v495 = llvm.load %v108 : !llvm.ptr -> f32
          %v496 = arith.mulf %v461, %v177 fastmath<contract> : f32
          %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
          %v498 = arith.mulf %v463, %v179 fastmath<contract> : f32
          %v499 = arith.addf %v497, %v498 fastmath<contract> : f32
          %v500 = arith.mulf %v465, %v181 fastmath<contract> : f32
          %v501 = arith.addf %v499, %v500 fastmath<contract> : f32
          %v502 = arith.mulf %v467, %v183 fastmath<contract> : f32
          %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
          llvm.store %v503, %v108 : f32, !llvm.ptr
          %v504 = llvm.load %v112 : !llvm.ptr -> f32
          %v505 = arith.mulf %v461, %v185 fastmath<contract> : f32
          %v506 = arith.addf %v504, %v505 fastmath<contract> : f32
          %v507 = arith.mulf %v463, %v187 fastmath<contract> : f32
          %v508 = arith.addf %v506, %v507 fastmath<contract> : f32
          %v509 = arith.mulf %v465, %v189 fastmath<contract> : f32
          %v510 = arith.addf %v508, %v509 fastmath<contract> : f32
          %v511 = arith.mulf %v467, %v191 fastmath<contract> : f32
          %v512 = arith.addf %v510, %v511 fastmath<contract> : f32
          llvm.store %v512, %v112 : f32, !llvm.ptr
          %v513 = llvm.load %v116 : !llvm.ptr -> f32
          %v514 = arith.mulf %v461, %v193 fastmath<contract> : f32
          %v515 = arith.addf %v513, %v514 fastmath<contract> : f32
          %v516 = arith.mulf %v463, %v195 fastmath<contract> : f32
          %v517 = arith.addf %v515, %v516 fastmath<contract> : f32
          %v518 = arith.mulf %v465, %v197 fastmath<contract> : f32
          %v519 = arith.addf %v517, %v518 fastmath<contract> : f32
          %v520 = arith.mulf %v467, %v199 fastmath<contract> : f32
          %v521 = arith.addf %v519, %v520 fastmath<contract> : f32
          llvm.store %v521, %v116 : f32, !llvm.ptr
          %v522 = llvm.load %v120 : !llvm.ptr -> f32
          %v523 = arith.mulf %v461, %v201 fastmath<contract> : f32
          %v524 = arith.addf %v522, %v523 fastmath<contract> : f32
          %v525 = arith.mulf %v463, %v203 fastmath<contract> : f32
          %v526 = arith.addf %v524, %v525 fastmath<contract> : f32
          %v527 = arith.mulf %v465, %v205 fastmath<contract> : f32
          %v528 = arith.addf %v526, %v527 fastmath<contract> : f32
          %v529 = arith.mulf %v467, %v207 fastmath<contract> : f32
          %v530 = arith.addf %v528, %v529 fastmath<contract> : f32
          llvm.store %v530, %v120 : f32, !llvm.ptr
          %v531 = llvm.load %v124 : !llvm.ptr -> f32
          %v532 = arith.mulf %v461, %v209 fastmath<contract> : f32
          %v533 = arith.addf %v531, %v532 fastmath<contract> : f32
          %v534 = arith.mulf %v463, %v211 fastmath<contract> : f32
          %v535 = arith.addf %v533, %v534 fastmath<contract> : f32
          %v536 = arith.mulf %v465, %v213 fastmath<contract> : f32
          %v537 = arith.addf %v535, %v536 fastmath<contract> : f32
          %v538 = arith.mulf %v467, %v215 fastmath<contract> : f32
          %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
          llvm.store %v539, %v124 : f32, !llvm.ptr
        }
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
        %v571 = llvm.load %v124 : !llvm.ptr -> f32
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
        %v729 = arith.andi %v10, %v50 : i64
        %v730 = arith.cmpi ne, %v729, %v12 : i64
        %v731 = arith.select %v730, %v710, %v720 : f32
        %v732 = arith.select %v730, %v720, %v710 : f32
        %v733, %v734 = gpu.shuffle xor %v731, %v728, %v572 : f32
        %v735 = arith.addf %v732, %v733 fastmath<contract> : f32
        %v736 = arith.select %v730, %v715, %v725 : f32
        %v737 = arith.select %v730, %v725, %v715 : f32
        %v738, %v739 = gpu.shuffle xor %v736, %v728, %v572 : f32
        %v740 = arith.addf %v737, %v738 fastmath<contract> : f32
        %v741 = arith.select %v730, %v50, %v12 : i64
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
            llvm.store %v42, %v800 : f32, !llvm.ptr
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
    gpu.func @lr_gemv_bf16w_8x4u1(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v14 = arith.constant 8 : i64
      %v15 = arith.constant 7 : i64
      %v26 = arith.constant 2 : i64
      %v31 = arith.constant 128 : i64
      %v33 = arith.constant 4096 : i64
      %v43 = arith.constant 0x00000000 : f32
      %v55 = arith.constant 3 : i64
      %v64 = arith.constant 5 : i64
      %v69 = arith.constant 6 : i64
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
      %v586 = arith.constant 16 : i64
      %v775 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v812 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v837 = arith.constant 0x3F800000 : f32
      %v839 = arith.constant 0x3FB8AA3B : f32
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
        %v27 = arith.muli %v25, %v26 : i64
        %v28 = llvm.getelementptr %w[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v29 = arith.muli %v24, %k : i64
        %v30 = arith.muli %v29, %v26 : i64
        %v32 = arith.muli %v10, %v31 : i64
        scf.for %v34 = %v32 to %v30 step %v33 : i64 {
          %v35 = llvm.getelementptr %v28[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v35 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v36 = arith.cmpi slt, %v21, %n : i64
      scf.if %v36 {
        %v37 = arith.subi %m, %v11 : i64
        %v38 = arith.subi %n, %v11 : i64
        %v39 = arith.subi %k, %v13 : i64
        %v40 = arith.muli %v10, %v13 : i64
        %v41 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v42 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v44 = arith.minsi %v20, %v37 : i64
        %v45 = arith.muli %v44, %x_stride : i64
        %v46 = llvm.getelementptr %x[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = arith.addi %v20, %v11 : i64
        %v48 = arith.minsi %v47, %v37 : i64
        %v49 = arith.muli %v48, %x_stride : i64
        %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = arith.addi %v20, %v26 : i64
        %v52 = arith.minsi %v51, %v37 : i64
        %v53 = arith.muli %v52, %x_stride : i64
        %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = arith.addi %v20, %v55 : i64
        %v57 = arith.minsi %v56, %v37 : i64
        %v58 = arith.muli %v57, %x_stride : i64
        %v59 = llvm.getelementptr %x[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = arith.addi %v20, %v13 : i64
        %v61 = arith.minsi %v60, %v37 : i64
        %v62 = arith.muli %v61, %x_stride : i64
        %v63 = llvm.getelementptr %x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.addi %v20, %v64 : i64
        %v66 = arith.minsi %v65, %v37 : i64
        %v67 = arith.muli %v66, %x_stride : i64
        %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v70 = arith.addi %v20, %v69 : i64
        %v71 = arith.minsi %v70, %v37 : i64
        %v72 = arith.muli %v71, %x_stride : i64
        %v73 = llvm.getelementptr %x[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v74 = arith.addi %v20, %v15 : i64
        %v75 = arith.minsi %v74, %v37 : i64
        %v76 = arith.muli %v75, %x_stride : i64
        %v77 = llvm.getelementptr %x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v78 = arith.minsi %v21, %v38 : i64
        %v79 = arith.muli %v78, %k : i64
        %v80 = llvm.getelementptr %w[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v81 = arith.addi %v21, %v11 : i64
        %v82 = arith.minsi %v81, %v38 : i64
        %v83 = arith.muli %v82, %k : i64
        %v84 = llvm.getelementptr %w[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v85 = arith.addi %v21, %v26 : i64
        %v86 = arith.minsi %v85, %v38 : i64
        %v87 = arith.muli %v86, %k : i64
        %v88 = llvm.getelementptr %w[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v89 = arith.addi %v21, %v55 : i64
        %v90 = arith.minsi %v89, %v38 : i64
        %v91 = arith.muli %v90, %k : i64
        %v92 = llvm.getelementptr %w[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v43, %v93 : f32, !llvm.ptr
        llvm.store %v43, %v94 : f32, !llvm.ptr
        llvm.store %v43, %v95 : f32, !llvm.ptr
        llvm.store %v43, %v96 : f32, !llvm.ptr
        llvm.store %v43, %v97 : f32, !llvm.ptr
        llvm.store %v43, %v98 : f32, !llvm.ptr
        llvm.store %v43, %v99 : f32, !llvm.ptr
        llvm.store %v43, %v100 : f32, !llvm.ptr
        llvm.store %v43, %v101 : f32, !llvm.ptr
        llvm.store %v43, %v102 : f32, !llvm.ptr
        llvm.store %v43, %v103 : f32, !llvm.ptr
        llvm.store %v43, %v104 : f32, !llvm.ptr
        llvm.store %v43, %v105 : f32, !llvm.ptr
        llvm.store %v43, %v106 : f32, !llvm.ptr
        llvm.store %v43, %v107 : f32, !llvm.ptr
        llvm.store %v43, %v108 : f32, !llvm.ptr
        llvm.store %v43, %v109 : f32, !llvm.ptr
        llvm.store %v43, %v110 : f32, !llvm.ptr
        llvm.store %v43, %v111 : f32, !llvm.ptr
        llvm.store %v43, %v112 : f32, !llvm.ptr
        llvm.store %v43, %v113 : f32, !llvm.ptr
        llvm.store %v43, %v114 : f32, !llvm.ptr
        llvm.store %v43, %v115 : f32, !llvm.ptr
        llvm.store %v43, %v116 : f32, !llvm.ptr
        llvm.store %v43, %v117 : f32, !llvm.ptr
        llvm.store %v43, %v118 : f32, !llvm.ptr
        llvm.store %v43, %v119 : f32, !llvm.ptr
        llvm.store %v43, %v120 : f32, !llvm.ptr
        llvm.store %v43, %v121 : f32, !llvm.ptr
        llvm.store %v43, %v122 : f32, !llvm.ptr
        llvm.store %v43, %v123 : f32, !llvm.ptr
        llvm.store %v43, %v124 : f32, !llvm.ptr
        scf.for %v125 = %v40 to %k step %v31 : i64 {
          %v126 = arith.minsi %v125, %v39 : i64
          %v127 = arith.cmpi slt, %v125, %k : i64
          %v128 = llvm.getelementptr %v80[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v129 = llvm.load %v128 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v130 = llvm.getelementptr %v84[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v131 = llvm.load %v130 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v132 = llvm.getelementptr %v88[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v133 = llvm.load %v132 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v134 = llvm.getelementptr %v92[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v135 = llvm.load %v134 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v136 = llvm.getelementptr %v46[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.getelementptr %v50[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v140 = llvm.getelementptr %v54[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v141 = llvm.load %v140 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v142 = llvm.getelementptr %v59[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v144 = llvm.getelementptr %v63[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v146 = llvm.getelementptr %v68[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v148 = llvm.getelementptr %v73[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v150 = llvm.getelementptr %v77[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v152 = llvm.mlir.constant(0 : i32) : i32
          %v153 = llvm.extractelement %v137[%v152 : i32] : vector<4xf32>
          %v154 = llvm.mlir.constant(1 : i32) : i32
          %v155 = llvm.extractelement %v137[%v154 : i32] : vector<4xf32>
          %v156 = llvm.mlir.constant(2 : i32) : i32
          %v157 = llvm.extractelement %v137[%v156 : i32] : vector<4xf32>
          %v158 = llvm.mlir.constant(3 : i32) : i32
          %v159 = llvm.extractelement %v137[%v158 : i32] : vector<4xf32>
          %v160 = llvm.mlir.constant(0 : i32) : i32
          %v161 = llvm.extractelement %v139[%v160 : i32] : vector<4xf32>
          %v162 = llvm.mlir.constant(1 : i32) : i32
          %v163 = llvm.extractelement %v139[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(2 : i32) : i32
          %v165 = llvm.extractelement %v139[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(3 : i32) : i32
          %v167 = llvm.extractelement %v139[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(0 : i32) : i32
          %v169 = llvm.extractelement %v141[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(1 : i32) : i32
          %v171 = llvm.extractelement %v141[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(2 : i32) : i32
          %v173 = llvm.extractelement %v141[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(3 : i32) : i32
          %v175 = llvm.extractelement %v141[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(0 : i32) : i32
          %v177 = llvm.extractelement %v143[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(1 : i32) : i32
          %v179 = llvm.extractelement %v143[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(2 : i32) : i32
          %v181 = llvm.extractelement %v143[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(3 : i32) : i32
          %v183 = llvm.extractelement %v143[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(0 : i32) : i32
          %v185 = llvm.extractelement %v145[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(1 : i32) : i32
          %v187 = llvm.extractelement %v145[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(2 : i32) : i32
          %v189 = llvm.extractelement %v145[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(3 : i32) : i32
          %v191 = llvm.extractelement %v145[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(0 : i32) : i32
          %v193 = llvm.extractelement %v147[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(1 : i32) : i32
          %v195 = llvm.extractelement %v147[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(2 : i32) : i32
          %v197 = llvm.extractelement %v147[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(3 : i32) : i32
          %v199 = llvm.extractelement %v147[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(0 : i32) : i32
          %v201 = llvm.extractelement %v149[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(1 : i32) : i32
          %v203 = llvm.extractelement %v149[%v202 : i32] : vector<4xf32>
          %v204 = llvm.mlir.constant(2 : i32) : i32
          %v205 = llvm.extractelement %v149[%v204 : i32] : vector<4xf32>
          %v206 = llvm.mlir.constant(3 : i32) : i32
          %v207 = llvm.extractelement %v149[%v206 : i32] : vector<4xf32>
          %v208 = llvm.mlir.constant(0 : i32) : i32
          %v209 = llvm.extractelement %v151[%v208 : i32] : vector<4xf32>
          %v210 = llvm.mlir.constant(1 : i32) : i32
          %v211 = llvm.extractelement %v151[%v210 : i32] : vector<4xf32>
          %v212 = llvm.mlir.constant(2 : i32) : i32
          %v213 = llvm.extractelement %v151[%v212 : i32] : vector<4xf32>
          %v214 = llvm.mlir.constant(3 : i32) : i32
          %v215 = llvm.extractelement %v151[%v214 : i32] : vector<4xf32>
          %v216 = llvm.zext %v129 : vector<4xi16> to vector<4xi32>
          %v217 = llvm.shl %v216, %v42 : vector<4xi32>
          %v218 = llvm.bitcast %v217 : vector<4xi32> to vector<4xf32>
          %v219 = llvm.select %v127, %v218, %v41 : i1, vector<4xf32>
          %v220 = llvm.mlir.constant(0 : i32) : i32
          %v221 = llvm.extractelement %v219[%v220 : i32] : vector<4xf32>
          %v222 = llvm.mlir.constant(1 : i32) : i32
          %v223 = llvm.extractelement %v219[%v222 : i32] : vector<4xf32>
          %v224 = llvm.mlir.constant(2 : i32) : i32
          %v225 = llvm.extractelement %v219[%v224 : i32] : vector<4xf32>
          %v226 = llvm.mlir.constant(3 : i32) : i32
          %v227 = llvm.extractelement %v219[%v226 : i32] : vector<4xf32>
          %v228 = llvm.load %v93 : !llvm.ptr -> f32
          %v229 = arith.mulf %v221, %v153 fastmath<contract> : f32
          %v230 = arith.addf %v228, %v229 fastmath<contract> : f32
          %v231 = arith.mulf %v223, %v155 fastmath<contract> : f32
          %v232 = arith.addf %v230, %v231 fastmath<contract> : f32
          %v233 = arith.mulf %v225, %v157 fastmath<contract> : f32
          %v234 = arith.addf %v232, %v233 fastmath<contract> : f32
          %v235 = arith.mulf %v227, %v159 fastmath<contract> : f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          llvm.store %v236, %v93 : f32, !llvm.ptr
          %v237 = llvm.load %v97 : !llvm.ptr -> f32
          %v238 = arith.mulf %v221, %v161 fastmath<contract> : f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = arith.mulf %v223, %v163 fastmath<contract> : f32
          %v241 = arith.addf %v239, %v240 fastmath<contract> : f32
          %v242 = arith.mulf %v225, %v165 fastmath<contract> : f32
          %v243 = arith.addf %v241, %v242 fastmath<contract> : f32
          %v244 = arith.mulf %v227, %v167 fastmath<contract> : f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          llvm.store %v245, %v97 : f32, !llvm.ptr
          %v246 = llvm.load %v101 : !llvm.ptr -> f32
          %v247 = arith.mulf %v221, %v169 fastmath<contract> : f32
          %v248 = arith.addf %v246, %v247 fastmath<contract> : f32
          %v249 = arith.mulf %v223, %v171 fastmath<contract> : f32
          %v250 = arith.addf %v248, %v249 fastmath<contract> : f32
          %v251 = arith.mulf %v225, %v173 fastmath<contract> : f32
          %v252 = arith.addf %v250, %v251 fastmath<contract> : f32
          %v253 = arith.mulf %v227, %v175 fastmath<contract> : f32
          %v254 = arith.addf %v252, %v253 fastmath<contract> : f32
          llvm.store %v254, %v101 : f32, !llvm.ptr
          %v255 = llvm.load %v105 : !llvm.ptr -> f32
          %v256 = arith.mulf %v221, %v177 fastmath<contract> : f32
          %v257 = arith.addf %v255, %v256 fastmath<contract> : f32
          %v258 = arith.mulf %v223, %v179 fastmath<contract> : f32
          %v259 = arith.addf %v257, %v258 fastmath<contract> : f32
          %v260 = arith.mulf %v225, %v181 fastmath<contract> : f32
          %v261 = arith.addf %v259, %v260 fastmath<contract> : f32
          %v262 = arith.mulf %v227, %v183 fastmath<contract> : f32
          %v263 = arith.addf %v261, %v262 fastmath<contract> : f32
          llvm.store %v263, %v105 : f32, !llvm.ptr
          %v264 = llvm.load %v109 : !llvm.ptr -> f32
          %v265 = arith.mulf %v221, %v185 fastmath<contract> : f32
          %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
          %v267 = arith.mulf %v223, %v187 fastmath<contract> : f32
          %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
          %v269 = arith.mulf %v225, %v189 fastmath<contract> : f32
          %v270 = arith.addf %v268, %v269 fastmath<contract> : f32
          %v271 = arith.mulf %v227, %v191 fastmath<contract> : f32
          %v272 = arith.addf %v270, %v271 fastmath<contract> : f32
          llvm.store %v272, %v109 : f32, !llvm.ptr
          %v273 = llvm.load %v113 : !llvm.ptr -> f32
          %v274 = arith.mulf %v221, %v193 fastmath<contract> : f32
          %v275 = arith.addf %v273, %v274 fastmath<contract> : f32
          %v276 = arith.mulf %v223, %v195 fastmath<contract> : f32
          %v277 = arith.addf %v275, %v276 fastmath<contract> : f32
          %v278 = arith.mulf %v225, %v197 fastmath<contract> : f32
          %v279 = arith.addf %v277, %v278 fastmath<contract> : f32
          %v280 = arith.mulf %v227, %v199 fastmath<contract> : f32
          %v281 = arith.addf %v279, %v280 fastmath<contract> : f32
          llvm.store %v281, %v113 : f32, !llvm.ptr
          %v282 = llvm.load %v117 : !llvm.ptr -> f32
          %v283 = arith.mulf %v221, %v201 fastmath<contract> : f32
          %v284 = arith.addf %v282, %v283 fastmath<contract> : f32
          %v285 = arith.mulf %v223, %v203 fastmath<contract> : f32
          %v286 = arith.addf %v284, %v285 fastmath<contract> : f32
          %v287 = arith.mulf %v225, %v205 fastmath<contract> : f32
          %v288 = arith.addf %v286, %v287 fastmath<contract> : f32
          %v289 = arith.mulf %v227, %v207 fastmath<contract> : f32
          %v290 = arith.addf %v288, %v289 fastmath<contract> : f32
          llvm.store %v290, %v117 : f32, !llvm.ptr
          %v291 = llvm.load %v121 : !llvm.ptr -> f32
          %v292 = arith.mulf %v221, %v209 fastmath<contract> : f32
          %v293 = arith.addf %v291, %v292 fastmath<contract> : f32
          %v294 = arith.mulf %v223, %v211 fastmath<contract> : f32
          %v295 = arith.addf %v293, %v294 fastmath<contract> : f32
          %v296 = arith.mulf %v225, %v213 fastmath<contract> : f32
          %v297 = arith.addf %v295, %v296 fastmath<contract> : f32
          %v298 = arith.mulf %v227, %v215 fastmath<contract> : f32
          %v299 = arith.addf %v297, %v298 fastmath<contract> : f32
          llvm.store %v299, %v121 : f32, !llvm.ptr
          %v300 = llvm.zext %v131 : vector<4xi16> to vector<4xi32>
          %v301 = llvm.shl %v300, %v42 : vector<4xi32>
          %v302 = llvm.bitcast %v301 : vector<4xi32> to vector<4xf32>
          %v303 = llvm.select %v127, %v302, %v41 : i1, vector<4xf32>
          %v304 = llvm.mlir.constant(0 : i32) : i32
          %v305 = llvm.extractelement %v303[%v304 : i32] : vector<4xf32>
          %v306 = llvm.mlir.constant(1 : i32) : i32
          %v307 = llvm.extractelement %v303[%v306 : i32] : vector<4xf32>
          %v308 = llvm.mlir.constant(2 : i32) : i32
          %v309 = llvm.extractelement %v303[%v308 : i32] : vector<4xf32>
          %v310 = llvm.mlir.constant(3 : i32) : i32
          %v311 = llvm.extractelement %v303[%v310 : i32] : vector<4xf32>
          %v312 = llvm.load %v94 : !llvm.ptr -> f32
          %v313 = arith.mulf %v305, %v153 fastmath<contract> : f32
          %v314 = arith.addf %v312, %v313 fastmath<contract> : f32
          %v315 = arith.mulf %v307, %v155 fastmath<contract> : f32
          %v316 = arith.addf %v314, %v315 fastmath<contract> : f32
          %v317 = arith.mulf %v309, %v157 fastmath<contract> : f32
          %v318 = arith.addf %v316, %v317 fastmath<contract> : f32
          %v319 = arith.mulf %v311, %v159 fastmath<contract> : f32
          %v320 = arith.addf %v318, %v319 fastmath<contract> : f32
          llvm.store %v320, %v94 : f32, !llvm.ptr
          %v321 = llvm.load %v98 : !llvm.ptr -> f32
          %v322 = arith.mulf %v305, %v161 fastmath<contract> : f32
          %v323 = arith.addf %v321, %v322 fastmath<contract> : f32
          %v324 = arith.mulf %v307, %v163 fastmath<contract> : f32
          %v325 = arith.addf %v323, %v324 fastmath<contract> : f32
          %v326 = arith.mulf %v309, %v165 fastmath<contract> : f32
          %v327 = arith.addf %v325, %v326 fastmath<contract> : f32
          %v328 = arith.mulf %v311, %v167 fastmath<contract> : f32
          %v329 = arith.addf %v327, %v328 fastmath<contract> : f32
          llvm.store %v329, %v98 : f32, !llvm.ptr
          %v330 = llvm.load %v102 : !llvm.ptr -> f32
          %v331 = arith.mulf %v305, %v169 fastmath<contract> : f32
          %v332 = arith.addf %v330, %v331 fastmath<contract> : f32
          %v333 = arith.mulf %v307, %v171 fastmath<contract> : f32
          %v334 = arith.addf %v332, %v333 fastmath<contract> : f32
          %v335 = arith.mulf %v309, %v173 fastmath<contract> : f32
          %v336 = arith.addf %v334, %v335 fastmath<contract> : f32
          %v337 = arith.mulf %v311, %v175 fastmath<contract> : f32
          %v338 = arith.addf %v336, %v337 fastmath<contract> : f32
          llvm.store %v338, %v102 : f32, !llvm.ptr
          %v339 = llvm.load %v106 : !llvm.ptr -> f32
          %v340 = arith.mulf %v305, %v177 fastmath<contract> : f32
          %v341 = arith.addf %v339, %v340 fastmath<contract> : f32
          %v342 = arith.mulf %v307, %v179 fastmath<contract> : f32
          %v343 = arith.addf %v341, %v342 fastmath<contract> : f32
          %v344 = arith.mulf %v309, %v181 fastmath<contract> : f32
          %v345 = arith.addf %v343, %v344 fastmath<contract> : f32
          %v346 = arith.mulf %v311, %v183 fastmath<contract> : f32
          %v347 = arith.addf %v345, %v346 fastmath<contract> : f32
          llvm.store %v347, %v106 : f32, !llvm.ptr
          %v348 = llvm.load %v110 : !llvm.ptr -> f32
          %v349 = arith.mulf %v305, %v185 fastmath<contract> : f32
          %v350 = arith.addf %v348, %v349 fastmath<contract> : f32
          %v351 = arith.mulf %v307, %v187 fastmath<contract> : f32
          %v352 = arith.addf %v350, %v351 fastmath<contract> : f32
          %v353 = arith.mulf %v309, %v189 fastmath<contract> : f32
          %v354 = arith.addf %v352, %v353 fastmath<contract> : f32
          %v355 = arith.mulf %v311, %v191 fastmath<contract> : f32
          %v356 = arith.addf %v354, %v355 fastmath<contract> : f32
          llvm.store %v356, %v110 : f32, !llvm.ptr
          %v357 = llvm.load %v114 : !llvm.ptr -> f32
          %v358 = arith.mulf %v305, %v193 fastmath<contract> : f32
          %v359 = arith.addf %v357, %v358 fastmath<contract> : f32
          %v360 = arith.mulf %v307, %v195 fastmath<contract> : f32
          %v361 = arith.addf %v359, %v360 fastmath<contract> : f32
          %v362 = arith.mulf %v309, %v197 fastmath<contract> : f32
          %v363 = arith.addf %v361, %v362 fastmath<contract> : f32
          %v364 = arith.mulf %v311, %v199 fastmath<contract> : f32
          %v365 = arith.addf %v363, %v364 fastmath<contract> : f32
          llvm.store %v365, %v114 : f32, !llvm.ptr
          %v366 = llvm.load %v118 : !llvm.ptr -> f32
          %v367 = arith.mulf %v305, %v201 fastmath<contract> : f32
          %v368 = arith.addf %v366, %v367 fastmath<contract> : f32
          %v369 = arith.mulf %v307, %v203 fastmath<contract> : f32
          %v370 = arith.addf %v368, %v369 fastmath<contract> : f32
          %v371 = arith.mulf %v309, %v205 fastmath<contract> : f32
          %v372 = arith.addf %v370, %v371 fastmath<contract> : f32
          %v373 = arith.mulf %v311, %v207 fastmath<contract> : f32
          %v374 = arith.addf %v372, %v373 fastmath<contract> : f32
          llvm.store %v374, %v118 : f32, !llvm.ptr
          %v375 = llvm.load %v122 : !llvm.ptr -> f32
          %v376 = arith.mulf %v305, %v209 fastmath<contract> : f32
          %v377 = arith.addf %v375, %v376 fastmath<contract> : f32
          %v378 = arith.mulf %v307, %v211 fastmath<contract> : f32
          %v379 = arith.addf %v377, %v378 fastmath<contract> : f32
          %v380 = arith.mulf %v309, %v213 fastmath<contract> : f32
          %v381 = arith.addf %v379, %v380 fastmath<contract> : f32
          %v382 = arith.mulf %v311, %v215 fastmath<contract> : f32
          %v383 = arith.addf %v381, %v382 fastmath<contract> : f32
          llvm.store %v383, %v122 : f32, !llvm.ptr
          %v384 = llvm.zext %v133 : vector<4xi16> to vector<4xi32>
          %v385 = llvm.shl %v384, %v42 : vector<4xi32>
          %v386 = llvm.bitcast %v385 : vector<4xi32> to vector<4xf32>
          %v387 = llvm.select %v127, %v386, %v41 : i1, vector<4xf32>
          %v388 = llvm.mlir.constant(0 : i32) : i32
          %v389 = llvm.extractelement %v387[%v388 : i32] : vector<4xf32>
          %v390 = llvm.mlir.constant(1 : i32) : i32
          %v391 = llvm.extractelement %v387[%v390 : i32] : vector<4xf32>
          %v392 = llvm.mlir.constant(2 : i32) : i32
          %v393 = llvm.extractelement %v387[%v392 : i32] : vector<4xf32>
          %v394 = llvm.mlir.constant(3 : i32) : i32
          %v395 = llvm.extractelement %v387[%v394 : i32] : vector<4xf32>
          %v396 = llvm.load %v95 : !llvm.ptr -> f32
          %v397 = arith.mulf %v389, %v153 fastmath<contract> : f32
          %v398 = arith.addf %v396, %v397 fastmath<contract> : f32
          %v399 = arith.mulf %v391, %v155 fastmath<contract> : f32
          %v400 = arith.addf %v398, %v399 fastmath<contract> : f32
          %v401 = arith.mulf %v393, %v157 fastmath<contract> : f32
          %v402 = arith.addf %v400, %v401 fastmath<contract> : f32
          %v403 = arith.mulf %v395, %v159 fastmath<contract> : f32
          %v404 = arith.addf %v402, %v403 fastmath<contract> : f32
          llvm.store %v404, %v95 : f32, !llvm.ptr
          %v405 = llvm.load %v99 : !llvm.ptr -> f32
          %v406 = arith.mulf %v389, %v161 fastmath<contract> : f32
          %v407 = arith.addf %v405, %v406 fastmath<contract> : f32
          %v408 = arith.mulf %v391, %v163 fastmath<contract> : f32
          %v409 = arith.addf %v407, %v408 fastmath<contract> : f32
          %v410 = arith.mulf %v393, %v165 fastmath<contract> : f32
          %v411 = arith.addf %v409, %v410 fastmath<contract> : f32
          %v412 = arith.mulf %v395, %v167 fastmath<contract> : f32
          %v413 = arith.addf %v411, %v412 fastmath<contract> : f32
          llvm.store %v413, %v99 : f32, !llvm.ptr
          %v414 = llvm.load %v103 : !llvm.ptr -> f32
          %v415 = arith.mulf %v389, %v169 fastmath<contract> : f32
          %v416 = arith.addf %v414, %v415 fastmath<contract> : f32
          %v417 = arith.mulf %v391, %v171 fastmath<contract> : f32
          %v418 = arith.addf %v416, %v417 fastmath<contract> : f32
          %v419 = arith.mulf %v393, %v173 fastmath<contract> : f32
          %v420 = arith.addf %v418, %v419 fastmath<contract> : f32
          %v421 = arith.mulf %v395, %v175 fastmath<contract> : f32
          %v422 = arith.addf %v420, %v421 fastmath<contract> : f32
          llvm.store %v422, %v103 : f32, !llvm.ptr
          %v423 = llvm.load %v107 : !llvm.ptr -> f32
          %v424 = arith.mulf %v389, %v177 fastmath<contract> : f32
          %v425 = arith.addf %v423, %v424 fastmath<contract> : f32
          %v426 = arith.mulf %v391, %v179 fastmath<contract> : f32
          %v427 = arith.addf %v425, %v426 fastmath<contract> : f32
          %v428 = arith.mulf %v393, %v181 fastmath<contract> : f32
          %v429 = arith.addf %v427, %v428 fastmath<contract> : f32
          %v430 = arith.mulf %v395, %v183 fastmath<contract> : f32
          %v431 = arith.addf %v429, %v430 fastmath<contract> : f32
          llvm.store %v431, %v107 : f32, !llvm.ptr
          %v432 = llvm.load %v111 : !llvm.ptr -> f32
          %v433 = arith.mulf %v389, %v185 fastmath<contract> : f32
          %v434 = arith.addf %v432, %v433 fastmath<contract> : f32
          %v435 = arith.mulf %v391, %v187 fastmath<contract> : f32
          %v436 = arith.addf %v434, %v435 fastmath<contract> : f32
          %v437 = arith.mulf %v393, %v189 fastmath<contract> : f32
          %v438 = arith.addf %v436, %v437 fastmath<contract> : f32
          %v439 = arith.mulf %v395, %v191 fastmath<contract> : f32
          %v440 = arith.addf %v438, %v439 fastmath<contract> : f32
          llvm.store %v440, %v111 : f32, !llvm.ptr
          %v441 = llvm.load %v115 : !llvm.ptr -> f32
          %v442 = arith.mulf %v389, %v193 fastmath<contract> : f32
          %v443 = arith.addf %v441, %v442 fastmath<contract> : f32
          %v444 = arith.mulf %v391, %v195 fastmath<contract> : f32
          %v445 = arith.addf %v443, %v444 fastmath<contract> : f32
          %v446 = arith.mulf %v393, %v197 fastmath<contract> : f32
          %v447 = arith.addf %v445, %v446 fastmath<contract> : f32
          %v448 = arith.mulf %v395, %v199 fastmath<contract> : f32
          %v449 = arith.addf %v447, %v448 fastmath<contract> : f32
          llvm.store %v449, %v115 : f32, !llvm.ptr
          %v450 = llvm.load %v119 : !llvm.ptr -> f32
          %v451 = arith.mulf %v389, %v201 fastmath<contract> : f32
          %v452 = arith.addf %v450, %v451 fastmath<contract> : f32
          %v453 = arith.mulf %v391, %v203 fastmath<contract> : f32
          %v454 = arith.addf %v452, %v453 fastmath<contract> : f32
          %v455 = arith.mulf %v393, %v205 fastmath<contract> : f32
          %v456 = arith.addf %v454, %v455 fastmath<contract> : f32
          %v457 = arith.mulf %v395, %v207 fastmath<contract> : f32
          %v458 = arith.addf %v456, %v457 fastmath<contract> : f32
          llvm.store %v458, %v119 : f32, !llvm.ptr
          %v459 = llvm.load %v123 : !llvm.ptr -> f32
          %v460 = arith.mulf %v389, %v209 fastmath<contract> : f32
          %v461 = arith.addf %v459, %v460 fastmath<contract> : f32
          %v462 = arith.mulf %v391, %v211 fastmath<contract> : f32
          %v463 = arith.addf %v461, %v462 fastmath<contract> : f32
          %v464 = arith.mulf %v393, %v213 fastmath<contract> : f32
          %v465 = arith.addf %v463, %v464 fastmath<contract> : f32
          %v466 = arith.mulf %v395, %v215 fastmath<contract> : f32
          %v467 = arith.addf %v465, %v466 fastmath<contract> : f32
          llvm.store %v467, %v123 : f32, !llvm.ptr
          %v468 = llvm.zext %v135 : vector<4xi16> to vector<4xi32>
          %v469 = llvm.shl %v468, %v42 : vector<4xi32>
          %v470 = llvm.bitcast %v469 : vector<4xi32> to vector<4xf32>
          %v471 = llvm.select %v127, %v470, %v41 : i1, vector<4xf32>
          %v472 = llvm.mlir.constant(0 : i32) : i32
          %v473 = llvm.extractelement %v471[%v472 : i32] : vector<4xf32>
          %v474 = llvm.mlir.constant(1 : i32) : i32
          %v475 = llvm.extractelement %v471[%v474 : i32] : vector<4xf32>
          %v476 = llvm.mlir.constant(2 : i32) : i32
          %v477 = llvm.extractelement %v471[%v476 : i32] : vector<4xf32>
          %v478 = llvm.mlir.constant(3 : i32) : i32
          %v479 = llvm.extractelement %v471[%v478 : i32] : vector<4xf32>
          %v480 = llvm.load %v96 : !llvm.ptr -> f32
          %v481 = arith.mulf %v473, %v153 fastmath<contract> : f32
          %v482 = arith.addf %v480, %v481 fastmath<contract> : f32
          %v483 = arith.mulf %v475, %v155 fastmath<contract> : f32
          %v484 = arith.addf %v482, %v483 fastmath<contract> : f32
          %v485 = arith.mulf %v477, %v157 fastmath<contract> : f32
          %v486 = arith.addf %v484, %v485 fastmath<contract> : f32
          %v487 = arith.mulf %v479, %v159 fastmath<contract> : f32
          %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
          llvm.store %v488, %v96 : f32, !llvm.ptr
          %v489 = llvm.load %v100 : !llvm.ptr -> f32
          %v490 = arith.mulf %v473, %v161 fastmath<contract> : f32
          %v491 = arith.addf %v489, %v490 fastmath<contract> : f32
          %v492 = arith.mulf %v475, %v163 fastmath<contract> : f32
          %v493 = arith.addf %v491, %v492 fastmath<contract> : f32
          %v494 = arith.mulf %v477, %v165 fastmath<contract> : f32
          %v495 = arith.addf %v493, %v494 fastmath<contract> : f32
          %v496 = arith.mulf %v479, %v167 fastmath<contract> : f32
          %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
          llvm.store %v497, %v100 : f32, !llvm.ptr
          %v498 = llvm.load %v104 : !llvm.ptr -> f32
          %v499 = arith.mulf %v473, %v169 fastmath<contract> : f32
          %v500 = arith.addf %v498, %v499 fastmath<contract> : f32
          %v501 = arith.mulf %v475, %v171 fastmath<contract> : f32
          %v502 = arith.addf %v500, %v501 fastmath<contract> : f32
          %v503 = arith.mulf %v477, %v173 fastmath<contract> : f32
          %v504 = arith.addf %v502, %v503 fastmath<contract> : f32
          %v505 = arith.mulf %v479, %v175 fastmath<contract> : f32
          %v506 = arith.addf %v504, %v505 fastmath<contract> : f32
          llvm.store %v506, %v104 : f32, !llvm.ptr
          %v507 = llvm.load %v108 : !llvm.ptr -> f32
          %v508 = arith.mulf %v473, %v177 fastmath<contract> : f32
          %v509 = arith.addf %v507, %v508 fastmath<contract> : f32
          %v510 = arith.mulf %v475, %v179 fastmath<contract> : f32
          %v511 = arith.addf %v509, %v510 fastmath<contract> : f32
          %v512 = arith.mulf %v477, %v181 fastmath<contract> : f32
          %v513 = arith.addf %v511, %v512 fastmath<contract> : f32
          %v514 = arith.mulf %v479, %v183 fastmath<contract> : f32
          %v515 = arith.addf %v513, %v514 fastmath<contract> : f32
          llvm.store %v515, %v108 : f32, !llvm.ptr
          %v516 = llvm.load %v112 : !llvm.ptr -> f32
          %v517 = arith.mulf %v473, %v185 fastmath<contract> : f32
          %v518 = arith.addf %v516, %v517 fastmath<contract> : f32
          %v519 = arith.mulf %v475, %v187 fastmath<contract> : f32
          %v520 = arith.addf %v518, %v519 fastmath<contract> : f32
          %v521 = arith.mulf %v477, %v189 fastmath<contract> : f32
          %v522 = arith.addf %v520, %v521 fastmath<contract> : f32
          %v523 = arith.mulf %v479, %v191 fastmath<contract> : f32
          %v524 = arith.addf %v522, %v523 fastmath<contract> : f32
          llvm.store %v524, %v112 : f32, !llvm.ptr
          %v525 = llvm.load %v116 : !llvm.ptr -> f32
          %v526 = arith.mulf %v473, %v193 fastmath<contract> : f32
          %v527 = arith.addf %v525, %v526 fastmath<contract> : f32
          %v528 = arith.mulf %v475, %v195 fastmath<contract> : f32
          %v529 = arith.addf %v527, %v528 fastmath<contract> : f32
          %v530 = arith.mulf %v477, %v197 fastmath<contract> : f32
          %v531 = arith.addf %v529, %v530 fastmath<contract> : f32
          %v532 = arith.mulf %v479, %v199 fastmath<contract> : f32
          %v533 = arith.addf %v531, %v532 fastmath<contract> : f32
          llvm.store %v533, %v116 : f32, !llvm.ptr
          %v534 = llvm.load %v120 : !llvm.ptr -> f32
          %v535 = arith.mulf %v473, %v201 fastmath<contract> : f32
          %v536 = arith.addf %v534, %v535 fastmath<contract> : f32
          %v537 = arith.mulf %v475, %v203 fastmath<contract> : f32
          %v538 = arith.addf %v536, %v537 fastmath<contract> : f32
          %v539 = arith.mulf %v477, %v205 fastmath<contract> : f32
          %v540 = arith.addf %v538, %v539 fastmath<contract> : f32
          %v541 = arith.mulf %v479, %v207 fastmath<contract> : f32
          %v542 = arith.addf %v540, %v541 fastmath<contract> : f32
          llvm.store %v542, %v120 : f32, !llvm.ptr
          %v543 = llvm.load %v124 : !llvm.ptr -> f32
          %v544 = arith.mulf %v473, %v209 fastmath<contract> : f32
          %v545 = arith.addf %v543, %v544 fastmath<contract> : f32
          %v546 = arith.mulf %v475, %v211 fastmath<contract> : f32
          %v547 = arith.addf %v545, %v546 fastmath<contract> : f32
          %v548 = arith.mulf %v477, %v213 fastmath<contract> : f32
          %v549 = arith.addf %v547, %v548 fastmath<contract> : f32
          %v550 = arith.mulf %v479, %v215 fastmath<contract> : f32
          %v551 = arith.addf %v549, %v550 fastmath<contract> : f32
          llvm.store %v551, %v124 : f32, !llvm.ptr
        }
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
        %v583 = llvm.load %v124 : !llvm.ptr -> f32
        %v584 = arith.constant 32 : i32
        %v585 = arith.constant 16 : i32
        %v587 = arith.andi %v10, %v586 : i64
        %v588 = arith.cmpi ne, %v587, %v12 : i64
        %v589 = arith.select %v588, %v552, %v568 : f32
        %v590 = arith.select %v588, %v568, %v552 : f32
        %v591, %v592 = gpu.shuffle xor %v589, %v585, %v584 : f32
        %v593 = arith.addf %v590, %v591 fastmath<contract> : f32
        %v594 = arith.select %v588, %v553, %v569 : f32
        %v595 = arith.select %v588, %v569, %v553 : f32
        %v596, %v597 = gpu.shuffle xor %v594, %v585, %v584 : f32
        %v598 = arith.addf %v595, %v596 fastmath<contract> : f32
        %v599 = arith.select %v588, %v554, %v570 : f32
        %v600 = arith.select %v588, %v570, %v554 : f32
        %v601, %v602 = gpu.shuffle xor %v599, %v585, %v584 : f32
        %v603 = arith.addf %v600, %v601 fastmath<contract> : f32
        %v604 = arith.select %v588, %v555, %v571 : f32
        %v605 = arith.select %v588, %v571, %v555 : f32
        %v606, %v607 = gpu.shuffle xor %v604, %v585, %v584 : f32
        %v608 = arith.addf %v605, %v606 fastmath<contract> : f32
        %v609 = arith.select %v588, %v556, %v572 : f32
        %v610 = arith.select %v588, %v572, %v556 : f32
        %v611, %v612 = gpu.shuffle xor %v609, %v585, %v584 : f32
        %v613 = arith.addf %v610, %v611 fastmath<contract> : f32
        %v614 = arith.select %v588, %v557, %v573 : f32
        %v615 = arith.select %v588, %v573, %v557 : f32
        %v616, %v617 = gpu.shuffle xor %v614, %v585, %v584 : f32
        %v618 = arith.addf %v615, %v616 fastmath<contract> : f32
        %v619 = arith.select %v588, %v558, %v574 : f32
        %v620 = arith.select %v588, %v574, %v558 : f32
        %v621, %v622 = gpu.shuffle xor %v619, %v585, %v584 : f32
        %v623 = arith.addf %v620, %v621 fastmath<contract> : f32
        %v624 = arith.select %v588, %v559, %v575 : f32
        %v625 = arith.select %v588, %v575, %v559 : f32
        %v626, %v627 = gpu.shuffle xor %v624, %v585, %v584 : f32
        %v628 = arith.addf %v625, %v626 fastmath<contract> : f32
        %v629 = arith.select %v588, %v560, %v576 : f32
        %v630 = arith.select %v588, %v576, %v560 : f32
        %v631, %v632 = gpu.shuffle xor %v629, %v585, %v584 : f32
        %v633 = arith.addf %v630, %v631 fastmath<contract> : f32
        %v634 = arith.select %v588, %v561, %v577 : f32
        %v635 = arith.select %v588, %v577, %v561 : f32
        %v636, %v637 = gpu.shuffle xor %v634, %v585, %v584 : f32
        %v638 = arith.addf %v635, %v636 fastmath<contract> : f32
        %v639 = arith.select %v588, %v562, %v578 : f32
        %v640 = arith.select %v588, %v578, %v562 : f32
        %v641, %v642 = gpu.shuffle xor %v639, %v585, %v584 : f32
        %v643 = arith.addf %v640, %v641 fastmath<contract> : f32
        %v644 = arith.select %v588, %v563, %v579 : f32
        %v645 = arith.select %v588, %v579, %v563 : f32
        %v646, %v647 = gpu.shuffle xor %v644, %v585, %v584 : f32
        %v648 = arith.addf %v645, %v646 fastmath<contract> : f32
        %v649 = arith.select %v588, %v564, %v580 : f32
        %v650 = arith.select %v588, %v580, %v564 : f32
        %v651, %v652 = gpu.shuffle xor %v649, %v585, %v584 : f32
        %v653 = arith.addf %v650, %v651 fastmath<contract> : f32
        %v654 = arith.select %v588, %v565, %v581 : f32
        %v655 = arith.select %v588, %v581, %v565 : f32
        %v656, %v657 = gpu.shuffle xor %v654, %v585, %v584 : f32
        %v658 = arith.addf %v655, %v656 fastmath<contract> : f32
        %v659 = arith.select %v588, %v566, %v582 : f32
        %v660 = arith.select %v588, %v582, %v566 : f32
        %v661, %v662 = gpu.shuffle xor %v659, %v585, %v584 : f32
        %v663 = arith.addf %v660, %v661 fastmath<contract> : f32
        %v664 = arith.select %v588, %v567, %v583 : f32
        %v665 = arith.select %v588, %v583, %v567 : f32
        %v666, %v667 = gpu.shuffle xor %v664, %v585, %v584 : f32
        %v668 = arith.addf %v665, %v666 fastmath<contract> : f32
        %v669 = arith.select %v588, %v586, %v12 : i64
        %v670 = arith.constant 8 : i32
        %v671 = arith.andi %v10, %v14 : i64
        %v672 = arith.cmpi ne, %v671, %v12 : i64
        %v673 = arith.select %v672, %v593, %v633 : f32
        %v674 = arith.select %v672, %v633, %v593 : f32
        %v675, %v676 = gpu.shuffle xor %v673, %v670, %v584 : f32
        %v677 = arith.addf %v674, %v675 fastmath<contract> : f32
        %v678 = arith.select %v672, %v598, %v638 : f32
        %v679 = arith.select %v672, %v638, %v598 : f32
        %v680, %v681 = gpu.shuffle xor %v678, %v670, %v584 : f32
        %v682 = arith.addf %v679, %v680 fastmath<contract> : f32
        %v683 = arith.select %v672, %v603, %v643 : f32
        %v684 = arith.select %v672, %v643, %v603 : f32
        %v685, %v686 = gpu.shuffle xor %v683, %v670, %v584 : f32
        %v687 = arith.addf %v684, %v685 fastmath<contract> : f32
        %v688 = arith.select %v672, %v608, %v648 : f32
        %v689 = arith.select %v672, %v648, %v608 : f32
        %v690, %v691 = gpu.shuffle xor %v688, %v670, %v584 : f32
        %v692 = arith.addf %v689, %v690 fastmath<contract> : f32
        %v693 = arith.select %v672, %v613, %v653 : f32
        %v694 = arith.select %v672, %v653, %v613 : f32
        %v695, %v696 = gpu.shuffle xor %v693, %v670, %v584 : f32
        %v697 = arith.addf %v694, %v695 fastmath<contract> : f32
        %v698 = arith.select %v672, %v618, %v658 : f32
        %v699 = arith.select %v672, %v658, %v618 : f32
        %v700, %v701 = gpu.shuffle xor %v698, %v670, %v584 : f32
        %v702 = arith.addf %v699, %v700 fastmath<contract> : f32
        %v703 = arith.select %v672, %v623, %v663 : f32
        %v704 = arith.select %v672, %v663, %v623 : f32
        %v705, %v706 = gpu.shuffle xor %v703, %v670, %v584 : f32
        %v707 = arith.addf %v704, %v705 fastmath<contract> : f32
        %v708 = arith.select %v672, %v628, %v668 : f32
        %v709 = arith.select %v672, %v668, %v628 : f32
        %v710, %v711 = gpu.shuffle xor %v708, %v670, %v584 : f32
        %v712 = arith.addf %v709, %v710 fastmath<contract> : f32
        %v713 = arith.select %v672, %v14, %v12 : i64
        %v714 = arith.addi %v669, %v713 : i64
        %v715 = arith.constant 4 : i32
        %v716 = arith.andi %v10, %v13 : i64
        %v717 = arith.cmpi ne, %v716, %v12 : i64
        %v718 = arith.select %v717, %v677, %v697 : f32
        %v719 = arith.select %v717, %v697, %v677 : f32
        %v720, %v721 = gpu.shuffle xor %v718, %v715, %v584 : f32
        %v722 = arith.addf %v719, %v720 fastmath<contract> : f32
        %v723 = arith.select %v717, %v682, %v702 : f32
        %v724 = arith.select %v717, %v702, %v682 : f32
        %v725, %v726 = gpu.shuffle xor %v723, %v715, %v584 : f32
        %v727 = arith.addf %v724, %v725 fastmath<contract> : f32
        %v728 = arith.select %v717, %v687, %v707 : f32
        %v729 = arith.select %v717, %v707, %v687 : f32
        %v730, %v731 = gpu.shuffle xor %v728, %v715, %v584 : f32
        %v732 = arith.addf %v729, %v730 fastmath<contract> : f32
        %v733 = arith.select %v717, %v692, %v712 : f32
        %v734 = arith.select %v717, %v712, %v692 : f32
        %v735, %v736 = gpu.shuffle xor %v733, %v715, %v584 : f32
        %v737 = arith.addf %v734, %v735 fastmath<contract> : f32
        %v738 = arith.select %v717, %v13, %v12 : i64
        %v739 = arith.addi %v714, %v738 : i64
        %v740 = arith.constant 2 : i32
        %v741 = arith.andi %v10, %v26 : i64
        %v742 = arith.cmpi ne, %v741, %v12 : i64
        %v743 = arith.select %v742, %v722, %v732 : f32
        %v744 = arith.select %v742, %v732, %v722 : f32
        %v745, %v746 = gpu.shuffle xor %v743, %v740, %v584 : f32
        %v747 = arith.addf %v744, %v745 fastmath<contract> : f32
        %v748 = arith.select %v742, %v727, %v737 : f32
        %v749 = arith.select %v742, %v737, %v727 : f32
        %v750, %v751 = gpu.shuffle xor %v748, %v740, %v584 : f32
        %v752 = arith.addf %v749, %v750 fastmath<contract> : f32
        %v753 = arith.select %v742, %v26, %v12 : i64
        %v754 = arith.addi %v739, %v753 : i64
        %v755 = arith.constant 1 : i32
        %v756 = arith.andi %v10, %v11 : i64
        %v757 = arith.cmpi ne, %v756, %v12 : i64
        %v758 = arith.select %v757, %v747, %v752 : f32
        %v759 = arith.select %v757, %v752, %v747 : f32
        %v760, %v761 = gpu.shuffle xor %v758, %v755, %v584 : f32
        %v762 = arith.addf %v759, %v760 fastmath<contract> : f32
        %v763 = arith.select %v757, %v11, %v12 : i64
        %v764 = arith.addi %v754, %v763 : i64
        %v765 = arith.divsi %v764, %v13 : i64
        %v766 = arith.remsi %v764, %v13 : i64
        %v767 = arith.addi %v21, %v766 : i64
        %v768 = arith.addi %v20, %v765 : i64
        %v769 = arith.andi %v10, %v12 : i64
        %v770 = arith.cmpi eq, %v769, %v12 : i64
        %v771 = arith.cmpi slt, %v767, %n : i64
        %v772 = arith.cmpi slt, %v768, %m : i64
        %v773 = arith.andi %v771, %v772 : i1
        %v774 = arith.andi %v773, %v770 : i1
        scf.if %v774 {
          llvm.store %v762, %v775 : f32, !llvm.ptr
          %v776 = llvm.mlir.zero : !llvm.ptr
          %v777 = llvm.icmp "ne" %bias, %v776 : !llvm.ptr
          scf.if %v777 {
            %v778 = llvm.getelementptr %bias[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v779 = llvm.load %v778 : !llvm.ptr -> f32
            %v780 = llvm.load %v775 : !llvm.ptr -> f32
            %v781 = arith.addf %v780, %v779 fastmath<contract> : f32
            llvm.store %v781, %v775 : f32, !llvm.ptr
          }
          %v782 = llvm.mlir.zero : !llvm.ptr
          %v783 = llvm.icmp "ne" %add, %v782 : !llvm.ptr
          scf.if %v783 {
            %v784 = arith.muli %v768, %add_stride : i64
            %v785 = arith.addi %v784, %v767 : i64
            %v786 = llvm.getelementptr %add[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v787 = llvm.load %v786 : !llvm.ptr -> f32
            %v788 = llvm.load %v775 : !llvm.ptr -> f32
            %v789 = arith.addf %v788, %v787 fastmath<contract> : f32
            llvm.store %v789, %v775 : f32, !llvm.ptr
          }
          %v790 = llvm.load %v775 : !llvm.ptr -> f32
          %v791 = arith.cmpi slt, %v767, %split1 : i64
          %v792 = arith.cmpi slt, %v767, %split2 : i64
          %v793 = arith.muli %m, %split1 : i64
          %v794 = arith.muli %m, %split2 : i64
          %v795 = arith.select %v792, %v793, %v794 : i64
          %v796 = arith.select %v791, %v12, %v795 : i64
          %v797 = arith.subi %split2, %split1 : i64
          %v798 = arith.subi %n, %split2 : i64
          %v799 = arith.select %v792, %v797, %v798 : i64
          %v800 = arith.select %v791, %split1, %v799 : i64
          %v801 = arith.select %v792, %split1, %split2 : i64
          %v802 = arith.select %v791, %v12, %v801 : i64
          %v803 = arith.muli %v768, %v800 : i64
          %v804 = arith.subi %v767, %v802 : i64
          %v805 = arith.addi %v796, %v803 : i64
          %v806 = arith.addi %v805, %v804 : i64
          %v807 = llvm.getelementptr %out[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v790, %v807 : f32, !llvm.ptr
          %v808 = llvm.mlir.zero : !llvm.ptr
          %v809 = llvm.icmp "ne" %conv_w, %v808 : !llvm.ptr
          %v810 = arith.andi %v809, %v791 : i1
          scf.if %v810 {
            %v811 = arith.subi %conv_k, %v11 : i64
            llvm.store %v43, %v812 : f32, !llvm.ptr
            %v813 = llvm.mlir.zero : !llvm.ptr
            %v814 = llvm.icmp "ne" %conv_b, %v813 : !llvm.ptr
            scf.if %v814 {
              %v815 = llvm.getelementptr %conv_b[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v816 = llvm.load %v815 : !llvm.ptr -> f32
              llvm.store %v816, %v812 : f32, !llvm.ptr
            }
            %v817 = arith.muli %v767, %conv_k : i64
            %v818 = arith.muli %v768, %v811 : i64
            scf.for %v819 = %v12 to %v811 step %v11 : i64 {
              %v820 = arith.addi %v818, %v819 : i64
              %v821 = arith.muli %v820, %split1 : i64
              %v822 = arith.addi %v821, %v767 : i64
              %v823 = llvm.getelementptr %conv_win[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v824 = llvm.load %v823 : !llvm.ptr -> f32
              %v825 = arith.addi %v817, %v819 : i64
              %v826 = llvm.getelementptr %conv_w[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v827 = llvm.load %v826 : !llvm.ptr -> f32
              %v828 = arith.mulf %v827, %v824 fastmath<contract> : f32
              %v829 = llvm.load %v812 : !llvm.ptr -> f32
              %v830 = arith.addf %v829, %v828 fastmath<contract> : f32
              llvm.store %v830, %v812 : f32, !llvm.ptr
            }
            %v831 = arith.addi %v817, %v811 : i64
            %v832 = llvm.getelementptr %conv_w[%v831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v833 = llvm.load %v832 : !llvm.ptr -> f32
            %v834 = arith.mulf %v833, %v790 fastmath<contract> : f32
            %v835 = llvm.load %v812 : !llvm.ptr -> f32
            %v836 = arith.addf %v835, %v834 fastmath<contract> : f32
            %v838 = arith.negf %v836 : f32
            %v840 = arith.mulf %v838, %v839 fastmath<contract> : f32
            %v841 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v840) : (f32) -> f32
            %v842 = arith.addf %v837, %v841 fastmath<contract> : f32
            %v843 = arith.divf %v837, %v842 : f32
            %v844 = arith.mulf %v836, %v843 fastmath<contract> : f32
            %v845 = arith.cmpi eq, %conv_act, %v11 : i64
            %v846 = arith.select %v845, %v844, %v836 : f32
            %v847 = arith.muli %v768, %split1 : i64
            %v848 = arith.addi %v847, %v767 : i64
            %v849 = llvm.getelementptr %conv_out[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v846, %v849 : f32, !llvm.ptr
            %v850 = arith.subi %v811, %v11 : i64
            scf.for %v851 = %v12 to %v850 step %v11 : i64 {
              %v852 = arith.addi %v818, %v851 : i64
              %v853 = arith.muli %v852, %split1 : i64
              %v854 = arith.addi %v853, %v767 : i64
              %v855 = arith.addi %v854, %split1 : i64
              %v856 = llvm.getelementptr %conv_win[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v857 = llvm.load %v856 : !llvm.ptr -> f32
              %v858 = llvm.getelementptr %conv_win[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v857, %v858 : f32, !llvm.ptr
            }
            %v859 = arith.cmpi slt, %v12, %v811 : i64
            scf.if %v859 {
              %v860 = arith.addi %v818, %v850 : i64
              %v861 = arith.muli %v860, %split1 : i64
              %v862 = arith.addi %v861, %v767 : i64
              %v863 = llvm.getelementptr %conv_win[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v790, %v863 : f32, !llvm.ptr
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
      %v30 = arith.constant 128 : i64
      %v32 = arith.constant 4096 : i64
      %v42 = arith.constant 0x00000000 : f32
      %v50 = arith.constant 2 : i64
      %v55 = arith.constant 3 : i64
      %v64 = arith.constant 5 : i64
      %v69 = arith.constant 6 : i64
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
      %v132 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
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
        %v23 = arith.subi %n, %v21 : i64
        %v24 = arith.minsi %v23, %v13 : i64
        %v25 = arith.muli %v21, %k : i64
        %v26 = arith.muli %v25, %v13 : i64
        %v27 = llvm.getelementptr %w[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v28 = arith.muli %v24, %k : i64
        %v29 = arith.muli %v28, %v13 : i64
        %v31 = arith.muli %v10, %v30 : i64
        scf.for %v33 = %v31 to %v29 step %v32 : i64 {
          %v34 = llvm.getelementptr %v27[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, i8
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
        %v51 = arith.addi %v20, %v50 : i64
        %v52 = arith.minsi %v51, %v36 : i64
        %v53 = arith.muli %v52, %x_stride : i64
        %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = arith.addi %v20, %v55 : i64
        %v57 = arith.minsi %v56, %v36 : i64
        %v58 = arith.muli %v57, %x_stride : i64
        %v59 = llvm.getelementptr %x[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = arith.addi %v20, %v13 : i64
        %v61 = arith.minsi %v60, %v36 : i64
        %v62 = arith.muli %v61, %x_stride : i64
        %v63 = llvm.getelementptr %x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.addi %v20, %v64 : i64
        %v66 = arith.minsi %v65, %v36 : i64
        %v67 = arith.muli %v66, %x_stride : i64
        %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v70 = arith.addi %v20, %v69 : i64
        %v71 = arith.minsi %v70, %v36 : i64
        %v72 = arith.muli %v71, %x_stride : i64
        %v73 = llvm.getelementptr %x[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v74 = arith.addi %v20, %v15 : i64
        %v75 = arith.minsi %v74, %v36 : i64
        %v76 = arith.muli %v75, %x_stride : i64
        %v77 = llvm.getelementptr %x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v78 = arith.minsi %v21, %v37 : i64
        %v79 = arith.muli %v78, %k : i64
        %v80 = llvm.getelementptr %w[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v81 = arith.addi %v21, %v11 : i64
        %v82 = arith.minsi %v81, %v37 : i64
        %v83 = arith.muli %v82, %k : i64
        %v84 = llvm.getelementptr %w[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v85 = arith.addi %v21, %v50 : i64
        %v86 = arith.minsi %v85, %v37 : i64
        %v87 = arith.muli %v86, %k : i64
        %v88 = llvm.getelementptr %w[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v89 = arith.addi %v21, %v55 : i64
        %v90 = arith.minsi %v89, %v37 : i64
        %v91 = arith.muli %v90, %k : i64
        %v92 = llvm.getelementptr %w[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        llvm.store %v42, %v132 : f32, !llvm.ptr
        scf.for %v133 = %v39 to %k step %v30 : i64 {
          %v134 = arith.minsi %v133, %v38 : i64
          %v135 = arith.cmpi slt, %v133, %k : i64
          %v136 = llvm.getelementptr %v80[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v137 = llvm.load %v136 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v138 = llvm.getelementptr %v84[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v140 = llvm.getelementptr %v88[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v141 = llvm.load %v140 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v142 = llvm.getelementptr %v92[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v144 = llvm.getelementptr %v45[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v146 = llvm.getelementptr %v49[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v148 = llvm.getelementptr %v54[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v150 = llvm.getelementptr %v59[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v152 = llvm.getelementptr %v63[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v154 = llvm.getelementptr %v68[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v156 = llvm.getelementptr %v73[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v158 = llvm.getelementptr %v77[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v160 = llvm.getelementptr %norm_w[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v162 = llvm.mlir.constant(0 : i32) : i32
          %v163 = llvm.extractelement %v145[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(1 : i32) : i32
          %v165 = llvm.extractelement %v145[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(2 : i32) : i32
          %v167 = llvm.extractelement %v145[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(3 : i32) : i32
          %v169 = llvm.extractelement %v145[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(0 : i32) : i32
          %v171 = llvm.extractelement %v147[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(1 : i32) : i32
          %v173 = llvm.extractelement %v147[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(2 : i32) : i32
          %v175 = llvm.extractelement %v147[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(3 : i32) : i32
          %v177 = llvm.extractelement %v147[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(0 : i32) : i32
          %v179 = llvm.extractelement %v149[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(1 : i32) : i32
          %v181 = llvm.extractelement %v149[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(2 : i32) : i32
          %v183 = llvm.extractelement %v149[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(3 : i32) : i32
          %v185 = llvm.extractelement %v149[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(0 : i32) : i32
          %v187 = llvm.extractelement %v151[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(1 : i32) : i32
          %v189 = llvm.extractelement %v151[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(2 : i32) : i32
          %v191 = llvm.extractelement %v151[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(3 : i32) : i32
          %v193 = llvm.extractelement %v151[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(0 : i32) : i32
          %v195 = llvm.extractelement %v153[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(1 : i32) : i32
          %v197 = llvm.extractelement %v153[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(2 : i32) : i32
          %v199 = llvm.extractelement %v153[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(3 : i32) : i32
          %v201 = llvm.extractelement %v153[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(0 : i32) : i32
          %v203 = llvm.extractelement %v155[%v202 : i32] : vector<4xf32>
          %v204 = llvm.mlir.constant(1 : i32) : i32
          %v205 = llvm.extractelement %v155[%v204 : i32] : vector<4xf32>
          %v206 = llvm.mlir.constant(2 : i32) : i32
          %v207 = llvm.extractelement %v155[%v206 : i32] : vector<4xf32>
          %v208 = llvm.mlir.constant(3 : i32) : i32
          %v209 = llvm.extractelement %v155[%v208 : i32] : vector<4xf32>
          %v210 = llvm.mlir.constant(0 : i32) : i32
          %v211 = llvm.extractelement %v157[%v210 : i32] : vector<4xf32>
          %v212 = llvm.mlir.constant(1 : i32) : i32
          %v213 = llvm.extractelement %v157[%v212 : i32] : vector<4xf32>
          %v214 = llvm.mlir.constant(2 : i32) : i32
          %v215 = llvm.extractelement %v157[%v214 : i32] : vector<4xf32>
          %v216 = llvm.mlir.constant(3 : i32) : i32
          %v217 = llvm.extractelement %v157[%v216 : i32] : vector<4xf32>
          %v218 = llvm.mlir.constant(0 : i32) : i32
          %v219 = llvm.extractelement %v159[%v218 : i32] : vector<4xf32>
          %v220 = llvm.mlir.constant(1 : i32) : i32
          %v221 = llvm.extractelement %v159[%v220 : i32] : vector<4xf32>
          %v222 = llvm.mlir.constant(2 : i32) : i32
          %v223 = llvm.extractelement %v159[%v222 : i32] : vector<4xf32>
          %v224 = llvm.mlir.constant(3 : i32) : i32
          %v225 = llvm.extractelement %v159[%v224 : i32] : vector<4xf32>
          %v226 = llvm.fmul %v145, %v145 : vector<4xf32>
          %v227 = llvm.select %v135, %v226, %v40 : i1, vector<4xf32>
          %v228 = llvm.mlir.constant(0 : i32) : i32
          %v229 = llvm.extractelement %v227[%v228 : i32] : vector<4xf32>
          %v230 = llvm.mlir.constant(1 : i32) : i32
          %v231 = llvm.extractelement %v227[%v230 : i32] : vector<4xf32>
          %v232 = llvm.mlir.constant(2 : i32) : i32
          %v233 = llvm.extractelement %v227[%v232 : i32] : vector<4xf32>
          %v234 = llvm.mlir.constant(3 : i32) : i32
          %v235 = llvm.extractelement %v227[%v234 : i32] : vector<4xf32>
          %v236 = arith.addf %v229, %v231 fastmath<contract> : f32
          %v237 = arith.addf %v236, %v233 fastmath<contract> : f32
          %v238 = arith.addf %v237, %v235 fastmath<contract> : f32
          %v239 = llvm.load %v125 : !llvm.ptr -> f32
          %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
          llvm.store %v240, %v125 : f32, !llvm.ptr
          %v241 = llvm.fmul %v147, %v147 : vector<4xf32>
          %v242 = llvm.select %v135, %v241, %v40 : i1, vector<4xf32>
          %v243 = llvm.mlir.constant(0 : i32) : i32
          %v244 = llvm.extractelement %v242[%v243 : i32] : vector<4xf32>
          %v245 = llvm.mlir.constant(1 : i32) : i32
          %v246 = llvm.extractelement %v242[%v245 : i32] : vector<4xf32>
          %v247 = llvm.mlir.constant(2 : i32) : i32
          %v248 = llvm.extractelement %v242[%v247 : i32] : vector<4xf32>
          %v249 = llvm.mlir.constant(3 : i32) : i32
          %v250 = llvm.extractelement %v242[%v249 : i32] : vector<4xf32>
          %v251 = arith.addf %v244, %v246 fastmath<contract> : f32
          %v252 = arith.addf %v251, %v248 fastmath<contract> : f32
          %v253 = arith.addf %v252, %v250 fastmath<contract> : f32
          %v254 = llvm.load %v126 : !llvm.ptr -> f32
          %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
          llvm.store %v255, %v126 : f32, !llvm.ptr
          %v256 = llvm.fmul %v149, %v149 : vector<4xf32>
          %v257 = llvm.select %v135, %v256, %v40 : i1, vector<4xf32>
          %v258 = llvm.mlir.constant(0 : i32) : i32
          %v259 = llvm.extractelement %v257[%v258 : i32] : vector<4xf32>
          %v260 = llvm.mlir.constant(1 : i32) : i32
          %v261 = llvm.extractelement %v257[%v260 : i32] : vector<4xf32>
          %v262 = llvm.mlir.constant(2 : i32) : i32
          %v263 = llvm.extractelement %v257[%v262 : i32] : vector<4xf32>
          %v264 = llvm.mlir.constant(3 : i32) : i32
          %v265 = llvm.extractelement %v257[%v264 : i32] : vector<4xf32>
          %v266 = arith.addf %v259, %v261 fastmath<contract> : f32
          %v267 = arith.addf %v266, %v263 fastmath<contract> : f32
          %v268 = arith.addf %v267, %v265 fastmath<contract> : f32
          %v269 = llvm.load %v127 : !llvm.ptr -> f32
          %v270 = arith.addf %v269, %v268 fastmath<contract> : f32
          llvm.store %v270, %v127 : f32, !llvm.ptr
          %v271 = llvm.fmul %v151, %v151 : vector<4xf32>
          %v272 = llvm.select %v135, %v271, %v40 : i1, vector<4xf32>
          %v273 = llvm.mlir.constant(0 : i32) : i32
          %v274 = llvm.extractelement %v272[%v273 : i32] : vector<4xf32>
          %v275 = llvm.mlir.constant(1 : i32) : i32
          %v276 = llvm.extractelement %v272[%v275 : i32] : vector<4xf32>
          %v277 = llvm.mlir.constant(2 : i32) : i32
          %v278 = llvm.extractelement %v272[%v277 : i32] : vector<4xf32>
          %v279 = llvm.mlir.constant(3 : i32) : i32
          %v280 = llvm.extractelement %v272[%v279 : i32] : vector<4xf32>
          %v281 = arith.addf %v274, %v276 fastmath<contract> : f32
          %v282 = arith.addf %v281, %v278 fastmath<contract> : f32
          %v283 = arith.addf %v282, %v280 fastmath<contract> : f32
          %v284 = llvm.load %v128 : !llvm.ptr -> f32
          %v285 = arith.addf %v284, %v283 fastmath<contract> : f32
          llvm.store %v285, %v128 : f32, !llvm.ptr
          %v286 = llvm.fmul %v153, %v153 : vector<4xf32>
          %v287 = llvm.select %v135, %v286, %v40 : i1, vector<4xf32>
          %v288 = llvm.mlir.constant(0 : i32) : i32
          %v289 = llvm.extractelement %v287[%v288 : i32] : vector<4xf32>
          %v290 = llvm.mlir.constant(1 : i32) : i32
          %v291 = llvm.extractelement %v287[%v290 : i32] : vector<4xf32>
          %v292 = llvm.mlir.constant(2 : i32) : i32
          %v293 = llvm.extractelement %v287[%v292 : i32] : vector<4xf32>
          %v294 = llvm.mlir.constant(3 : i32) : i32
          %v295 = llvm.extractelement %v287[%v294 : i32] : vector<4xf32>
          %v296 = arith.addf %v289, %v291 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v293 fastmath<contract> : f32
          %v298 = arith.addf %v297, %v295 fastmath<contract> : f32
          %v299 = llvm.load %v129 : !llvm.ptr -> f32
          %v300 = arith.addf %v299, %v298 fastmath<contract> : f32
          llvm.store %v300, %v129 : f32, !llvm.ptr
          %v301 = llvm.fmul %v155, %v155 : vector<4xf32>
          %v302 = llvm.select %v135, %v301, %v40 : i1, vector<4xf32>
          %v303 = llvm.mlir.constant(0 : i32) : i32
          %v304 = llvm.extractelement %v302[%v303 : i32] : vector<4xf32>
          %v305 = llvm.mlir.constant(1 : i32) : i32
          %v306 = llvm.extractelement %v302[%v305 : i32] : vector<4xf32>
          %v307 = llvm.mlir.constant(2 : i32) : i32
          %v308 = llvm.extractelement %v302[%v307 : i32] : vector<4xf32>
          %v309 = llvm.mlir.constant(3 : i32) : i32
          %v310 = llvm.extractelement %v302[%v309 : i32] : vector<4xf32>
          %v311 = arith.addf %v304, %v306 fastmath<contract> : f32
          %v312 = arith.addf %v311, %v308 fastmath<contract> : f32
          %v313 = arith.addf %v312, %v310 fastmath<contract> : f32
          %v314 = llvm.load %v130 : !llvm.ptr -> f32
          %v315 = arith.addf %v314, %v313 fastmath<contract> : f32
          llvm.store %v315, %v130 : f32, !llvm.ptr
          %v316 = llvm.fmul %v157, %v157 : vector<4xf32>
          %v317 = llvm.select %v135, %v316, %v40 : i1, vector<4xf32>
          %v318 = llvm.mlir.constant(0 : i32) : i32
          %v319 = llvm.extractelement %v317[%v318 : i32] : vector<4xf32>
          %v320 = llvm.mlir.constant(1 : i32) : i32
          %v321 = llvm.extractelement %v317[%v320 : i32] : vector<4xf32>
          %v322 = llvm.mlir.constant(2 : i32) : i32
          %v323 = llvm.extractelement %v317[%v322 : i32] : vector<4xf32>
          %v324 = llvm.mlir.constant(3 : i32) : i32
          %v325 = llvm.extractelement %v317[%v324 : i32] : vector<4xf32>
          %v326 = arith.addf %v319, %v321 fastmath<contract> : f32
          %v327 = arith.addf %v326, %v323 fastmath<contract> : f32
          %v328 = arith.addf %v327, %v325 fastmath<contract> : f32
          %v329 = llvm.load %v131 : !llvm.ptr -> f32
          %v330 = arith.addf %v329, %v328 fastmath<contract> : f32
          llvm.store %v330, %v131 : f32, !llvm.ptr
          %v331 = llvm.fmul %v159, %v159 : vector<4xf32>
          %v332 = llvm.select %v135, %v331, %v40 : i1, vector<4xf32>
          %v333 = llvm.mlir.constant(0 : i32) : i32
          %v334 = llvm.extractelement %v332[%v333 : i32] : vector<4xf32>
          %v335 = llvm.mlir.constant(1 : i32) : i32
          %v336 = llvm.extractelement %v332[%v335 : i32] : vector<4xf32>
          %v337 = llvm.mlir.constant(2 : i32) : i32
          %v338 = llvm.extractelement %v332[%v337 : i32] : vector<4xf32>
          %v339 = llvm.mlir.constant(3 : i32) : i32
          %v340 = llvm.extractelement %v332[%v339 : i32] : vector<4xf32>
          %v341 = arith.addf %v334, %v336 fastmath<contract> : f32
          %v342 = arith.addf %v341, %v338 fastmath<contract> : f32
          %v343 = arith.addf %v342, %v340 fastmath<contract> : f32
          %v344 = llvm.load %v132 : !llvm.ptr -> f32
          %v345 = arith.addf %v344, %v343 fastmath<contract> : f32
          llvm.store %v345, %v132 : f32, !llvm.ptr
          %v346 = llvm.fmul %v137, %v161 : vector<4xf32>
          %v347 = llvm.select %v135, %v346, %v40 : i1, vector<4xf32>
          %v348 = llvm.mlir.constant(0 : i32) : i32
          %v349 = llvm.extractelement %v347[%v348 : i32] : vector<4xf32>
          %v350 = llvm.mlir.constant(1 : i32) : i32
          %v351 = llvm.extractelement %v347[%v350 : i32] : vector<4xf32>
          %v352 = llvm.mlir.constant(2 : i32) : i32
          %v353 = llvm.extractelement %v347[%v352 : i32] : vector<4xf32>
          %v354 = llvm.mlir.constant(3 : i32) : i32
          %v355 = llvm.extractelement %v347[%v354 : i32] : vector<4xf32>
          %v356 = llvm.load %v93 : !llvm.ptr -> f32
          %v357 = arith.mulf %v349, %v163 fastmath<contract> : f32
          %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
          %v359 = arith.mulf %v351, %v165 fastmath<contract> : f32
          %v360 = arith.addf %v358, %v359 fastmath<contract> : f32
          %v361 = arith.mulf %v353, %v167 fastmath<contract> : f32
          %v362 = arith.addf %v360, %v361 fastmath<contract> : f32
          %v363 = arith.mulf %v355, %v169 fastmath<contract> : f32
          %v364 = arith.addf %v362, %v363 fastmath<contract> : f32
          llvm.store %v364, %v93 : f32, !llvm.ptr
          %v365 = llvm.load %v97 : !llvm.ptr -> f32
          %v366 = arith.mulf %v349, %v171 fastmath<contract> : f32
          %v367 = arith.addf %v365, %v366 fastmath<contract> : f32
          %v368 = arith.mulf %v351, %v173 fastmath<contract> : f32
          %v369 = arith.addf %v367, %v368 fastmath<contract> : f32
          %v370 = arith.mulf %v353, %v175 fastmath<contract> : f32
          %v371 = arith.addf %v369, %v370 fastmath<contract> : f32
          %v372 = arith.mulf %v355, %v177 fastmath<contract> : f32
          %v373 = arith.addf %v371, %v372 fastmath<contract> : f32
          llvm.store %v373, %v97 : f32, !llvm.ptr
          %v374 = llvm.load %v101 : !llvm.ptr -> f32
          %v375 = arith.mulf %v349, %v179 fastmath<contract> : f32
          %v376 = arith.addf %v374, %v375 fastmath<contract> : f32
          %v377 = arith.mulf %v351, %v181 fastmath<contract> : f32
          %v378 = arith.addf %v376, %v377 fastmath<contract> : f32
          %v379 = arith.mulf %v353, %v183 fastmath<contract> : f32
          %v380 = arith.addf %v378, %v379 fastmath<contract> : f32
          %v381 = arith.mulf %v355, %v185 fastmath<contract> : f32
          %v382 = arith.addf %v380, %v381 fastmath<contract> : f32
          llvm.store %v382, %v101 : f32, !llvm.ptr
          %v383 = llvm.load %v105 : !llvm.ptr -> f32
          %v384 = arith.mulf %v349, %v187 fastmath<contract> : f32
          %v385 = arith.addf %v383, %v384 fastmath<contract> : f32
          %v386 = arith.mulf %v351, %v189 fastmath<contract> : f32
          %v387 = arith.addf %v385, %v386 fastmath<contract> : f32
          %v388 = arith.mulf %v353, %v191 fastmath<contract> : f32
          %v389 = arith.addf %v387, %v388 fastmath<contract> : f32
          %v390 = arith.mulf %v355, %v193 fastmath<contract> : f32
          %v391 = arith.addf %v389, %v390 fastmath<contract> : f32
          llvm.store %v391, %v105 : f32, !llvm.ptr
          %v392 = llvm.load %v109 : !llvm.ptr -> f32
          %v393 = arith.mulf %v349, %v195 fastmath<contract> : f32
          %v394 = arith.addf %v392, %v393 fastmath<contract> : f32
          %v395 = arith.mulf %v351, %v197 fastmath<contract> : f32
          %v396 = arith.addf %v394, %v395 fastmath<contract> : f32
          %v397 = arith.mulf %v353, %v199 fastmath<contract> : f32
          %v398 = arith.addf %v396, %v397 fastmath<contract> : f32
          %v399 = arith.mulf %v355, %v201 fastmath<contract> : f32
          %v400 = arith.addf %v398, %v399 fastmath<contract> : f32
          llvm.store %v400, %v109 : f32, !llvm.ptr
          %v401 = llvm.load %v113 : !llvm.ptr -> f32
          %v402 = arith.mulf %v349, %v203 fastmath<contract> : f32
          %v403 = arith.addf %v401, %v402 fastmath<contract> : f32
          %v404 = arith.mulf %v351, %v205 fastmath<contract> : f32
          %v405 = arith.addf %v403, %v404 fastmath<contract> : f32
          %v406 = arith.mulf %v353, %v207 fastmath<contract> : f32
          %v407 = arith.addf %v405, %v406 fastmath<contract> : f32
          %v408 = arith.mulf %v355, %v209 fastmath<contract> : f32
          %v409 = arith.addf %v407, %v408 fastmath<contract> : f32
          llvm.store %v409, %v113 : f32, !llvm.ptr
          %v410 = llvm.load %v117 : !llvm.ptr -> f32
          %v411 = arith.mulf %v349, %v211 fastmath<contract> : f32
          %v412 = arith.addf %v410, %v411 fastmath<contract> : f32
          %v413 = arith.mulf %v351, %v213 fastmath<contract> : f32
          %v414 = arith.addf %v412, %v413 fastmath<contract> : f32
          %v415 = arith.mulf %v353, %v215 fastmath<contract> : f32
          %v416 = arith.addf %v414, %v415 fastmath<contract> : f32
          %v417 = arith.mulf %v355, %v217 fastmath<contract> : f32
          %v418 = arith.addf %v416, %v417 fastmath<contract> : f32
          llvm.store %v418, %v117 : f32, !llvm.ptr
          %v419 = llvm.load %v121 : !llvm.ptr -> f32
          %v420 = arith.mulf %v349, %v219 fastmath<contract> : f32
          %v421 = arith.addf %v419, %v420 fastmath<contract> : f32
          %v422 = arith.mulf %v351, %v221 fastmath<contract> : f32
          %v423 = arith.addf %v421, %v422 fastmath<contract> : f32
          %v424 = arith.mulf %v353, %v223 fastmath<contract> : f32
          %v425 = arith.addf %v423, %v424 fastmath<contract> : f32
          %v426 = arith.mulf %v355, %v225 fastmath<contract> : f32
          %v427 = arith.addf %v425, %v426 fastmath<contract> : f32
          llvm.store %v427, %v121 : f32, !llvm.ptr
          %v428 = llvm.fmul %v139, %v161 : vector<4xf32>
          %v429 = llvm.select %v135, %v428, %v40 : i1, vector<4xf32>
          %v430 = llvm.mlir.constant(0 : i32) : i32
          %v431 = llvm.extractelement %v429[%v430 : i32] : vector<4xf32>
          %v432 = llvm.mlir.constant(1 : i32) : i32
          %v433 = llvm.extractelement %v429[%v432 : i32] : vector<4xf32>
          %v434 = llvm.mlir.constant(2 : i32) : i32
          %v435 = llvm.extractelement %v429[%v434 : i32] : vector<4xf32>
          %v436 = llvm.mlir.constant(3 : i32) : i32
          %v437 = llvm.extractelement %v429[%v436 : i32] : vector<4xf32>
          %v438 = llvm.load %v94 : !llvm.ptr -> f32
          %v439 = arith.mulf %v431, %v163 fastmath<contract> : f32
          %v440 = arith.addf %v438, %v439 fastmath<contract> : f32
          %v441 = arith.mulf %v433, %v165 fastmath<contract> : f32
          %v442 = arith.addf %v440, %v441 fastmath<contract> : f32
          %v443 = arith.mulf %v435, %v167 fastmath<contract> : f32
          %v444 = arith.addf %v442, %v443 fastmath<contract> : f32
          %v445 = arith.mulf %v437, %v169 fastmath<contract> : f32
          %v446 = arith.addf %v444, %v445 fastmath<contract> : f32
          llvm.store %v446, %v94 : f32, !llvm.ptr
          %v447 = llvm.load %v98 : !llvm.ptr -> f32
          %v448 = arith.mulf %v431, %v171 fastmath<contract> : f32
          %v449 = arith.addf %v447, %v448 fastmath<contract> : f32
          %v450 = arith.mulf %v433, %v173 fastmath<contract> : f32
          %v451 = arith.addf %v449, %v450 fastmath<contract> : f32
          %v452 = arith.mulf %v435, %v175 fastmath<contract> : f32
          %v453 = arith.addf %v451, %v452 fastmath<contract> : f32
          %v454 = arith.mulf %v437, %v177 fastmath<contract> : f32
          %v455 = arith.addf %v453, %v454 fastmath<contract> : f32
          llvm.store %v455, %v98 : f32, !llvm.ptr
          %v456 = llvm.load %v102 : !llvm.ptr -> f32
          %v457 = arith.mulf %v431, %v179 fastmath<contract> : f32
          %v458 = arith.addf %v456, %v457 fastmath<contract> : f32
          %v459 = arith.mulf %v433, %v181 fastmath<contract> : f32
          %v460 = arith.addf %v458, %v459 fastmath<contract> : f32
          %v461 = arith.mulf %v435, %v183 fastmath<contract> : f32
          %v462 = arith.addf %v460, %v461 fastmath<contract> : f32
          %v463 = arith.mulf %v437, %v185 fastmath<contract> : f32
          %v464 = arith.addf %v462, %v463 fastmath<contract> : f32
          llvm.store %v464, %v102 : f32, !llvm.ptr
          %v465 = llvm.load %v106 : !llvm.ptr -> f32
          %v466 = arith.mulf %v431, %v187 fastmath<contract> : f32
          %v467 = arith.addf %v465, %v466 fastmath<contract> : f32
          %v468 = arith.mulf %v433, %v189 fastmath<contract> : f32
          %v469 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v470 = arith.mulf %v435, %v191 fastmath<contract> : f32
          %v471 = arith.addf %v469, %v470 fastmath<contract> : f32
          %v472 = arith.mulf %v437, %v193 fastmath<contract> : f32
          %v473 = arith.addf %v471, %v472 fastmath<contract> : f32
          llvm.store %v473, %v106 : f32, !llvm.ptr
          %v474 = llvm.load %v110 : !llvm.ptr -> f32
          %v475 = arith.mulf %v431, %v195 fastmath<contract> : f32
          %v476 = arith.addf %v474, %v475 fastmath<contract> : f32
          %v477 = arith.mulf %v433, %v197 fastmath<contract> : f32
          %v478 = arith.addf %v476, %v477 fastmath<contract> : f32
          %v479 = arith.mulf %v435, %v199 fastmath<contract> : f32
          %v480 = arith.addf %v478, %v479 fastmath<contract> : f32
          %v481 = arith.mulf %v437, %v201 fastmath<contract> : f32
          %v482 = arith.addf %v480, %v481 fastmath<contract> : f32
          llvm.store %v482, %v110 : f32, !llvm.ptr
          %v483 = llvm.load %v114 : !llvm.ptr -> f32
          %v484 = arith.mulf %v431, %v203 fastmath<contract> : f32
          %v485 = arith.addf %v483, %v484 fastmath<contract> : f32
          %v486 = arith.mulf %v433, %v205 fastmath<contract> : f32
          %v487 = arith.addf %v485, %v486 fastmath<contract> : f32
          %v488 = arith.mulf %v435, %v207 fastmath<contract> : f32
          %v489 = arith.addf %v487, %v488 fastmath<contract> : f32
          %v490 = arith.mulf %v437, %v209 fastmath<contract> : f32
          %v491 = arith.addf %v489, %v490 fastmath<contract> : f32
          llvm.store %v491, %v114 : f32, !llvm.ptr
          %v492 = llvm.load %v118 : !llvm.ptr -> f32
          %v493 = arith.mulf %v431, %v211 fastmath<contract> : f32
          %v494 = arith.addf %v492, %v493 fastmath<contract> : f32
          %v495 = arith.mulf %v433, %v213 fastmath<contract> : f32
          %v496 = arith.addf %v494, %v495 fastmath<contract> : f32
          %v497 = arith.mulf %v435, %v215 fastmath<contract> : f32
          %v498 = arith.addf %v496, %v497 fastmath<contract> : f32
          %v499 = arith.mulf %v437, %v217 fastmath<contract> : f32
          %v500 = arith.addf %v498, %v499 fastmath<contract> : f32
          llvm.store %v500, %v118 : f32, !llvm.ptr
          %v501 = llvm.load %v122 : !llvm.ptr -> f32
          %v502 = arith.mulf %v431, %v219 fastmath<contract> : f32
          %v503 = arith.addf %v501, %v502 fastmath<contract> : f32
          %v504 = arith.mulf %v433, %v221 fastmath<contract> : f32
          %v505 = arith.addf %v503, %v504 fastmath<contract> : f32
          %v506 = arith.mulf %v435, %v223 fastmath<contract> : f32
          %v507 = arith.addf %v505, %v506 fastmath<contract> : f32
          %v508 = arith.mulf %v437, %v225 fastmath<contract> : f32
          %v509 = arith.addf %v507, %v508 fastmath<contract> : f32
          llvm.store %v509, %v122 : f32, !llvm.ptr
          %v510 = llvm.fmul %v141, %v161 : vector<4xf32>
          %v511 = llvm.select %v135, %v510, %v40 : i1, vector<4xf32>
          %v512 = llvm.mlir.constant(0 : i32) : i32
          %v513 = llvm.extractelement %v511[%v512 : i32] : vector<4xf32>
          %v514 = llvm.mlir.constant(1 : i32) : i32
          %v515 = llvm.extractelement %v511[%v514 : i32] : vector<4xf32>
          %v516 = llvm.mlir.constant(2 : i32) : i32
          %v517 = llvm.extractelement %v511[%v516 : i32] : vector<4xf32>
          %v518 = llvm.mlir.constant(3 : i32) : i32
          %v519 = llvm.extractelement %v511[%v518 : i32] : vector<4xf32>
          %v520 = llvm.load %v95 : !llvm.ptr -> f32
          %v521 = arith.mulf %v513, %v163 fastmath<contract> : f32
          %v522 = arith.addf %v520, %v521 fastmath<contract> : f32
          %v523 = arith.mulf %v515, %v165 fastmath<contract> : f32
          %v524 = arith.addf %v522, %v523 fastmath<contract> : f32
          %v525 = arith.mulf %v517, %v167 fastmath<contract> : f32
          %v526 = arith.addf %v524, %v525 fastmath<contract> : f32
          %v527 = arith.mulf %v519, %v169 fastmath<contract> : f32
          %v528 = arith.addf %v526, %v527 fastmath<contract> : f32
          llvm.store %v528, %v95 : f32, !llvm.ptr
          %v529 = llvm.load %v99 : !llvm.ptr -> f32
          %v530 = arith.mulf %v513, %v171 fastmath<contract> : f32
          %v531 = arith.addf %v529, %v530 fastmath<contract> : f32
          %v532 = arith.mulf %v515, %v173 fastmath<contract> : f32
          %v533 = arith.addf %v531, %v532 fastmath<contract> : f32
          %v534 = arith.mulf %v517, %v175 fastmath<contract> : f32
          %v535 = arith.addf %v533, %v534 fastmath<contract> : f32
          %v536 = arith.mulf %v519, %v177 fastmath<contract> : f32
          %v537 = arith.addf %v535, %v536 fastmath<contract> : f32
          llvm.store %v537, %v99 : f32, !llvm.ptr
          %v538 = llvm.load %v103 : !llvm.ptr -> f32
          %v539 = arith.mulf %v513, %v179 fastmath<contract> : f32
          %v540 = arith.addf %v538, %v539 fastmath<contract> : f32
          %v541 = arith.mulf %v515, %v181 fastmath<contract> : f32
          %v542 = arith.addf %v540, %v541 fastmath<contract> : f32
          %v543 = arith.mulf %v517, %v183 fastmath<contract> : f32
          %v544 = arith.addf %v542, %v543 fastmath<contract> : f32
          %v545 = arith.mulf %v519, %v185 fastmath<contract> : f32
          %v546 = arith.addf %v544, %v545 fastmath<contract> : f32
          llvm.store %v546, %v103 : f32, !llvm.ptr
          %v547 = llvm.load %v107 : !llvm.ptr -> f32
          %v548 = arith.mulf %v513, %v187 fastmath<contract> : f32
          %v549 = arith.addf %v547, %v548 fastmath<contract> : f32
          %v550 = arith.mulf %v515, %v189 fastmath<contract> : f32
          %v551 = arith.addf %v549, %v550 fastmath<contract> : f32
          %v552 = arith.mulf %v517, %v191 fastmath<contract> : f32
          %v553 = arith.addf %v551, %v552 fastmath<contract> : f32
          %v554 = arith.mulf %v519, %v193 fastmath<contract> : f32
          %v555 = arith.addf %v553, %v554 fastmath<contract> : f32
          llvm.store %v555, %v107 : f32, !llvm.ptr
          %v556 = llvm.load %v111 : !llvm.ptr -> f32
          %v557 = arith.mulf %v513, %v195 fastmath<contract> : f32
          %v558 = arith.addf %v556, %v557 fastmath<contract> : f32
          %v559 = arith.mulf %v515, %v197 fastmath<contract> : f32
          %v560 = arith.addf %v558, %v559 fastmath<contract> : f32
          %v561 = arith.mulf %v517, %v199 fastmath<contract> : f32
          %v562 = arith.addf %v560, %v561 fastmath<contract> : f32
          %v563 = arith.mulf %v519, %v201 fastmath<contract> : f32
          %v564 = arith.addf %v562, %v563 fastmath<contract> : f32
          llvm.store %v564, %v111 : f32, !llvm.ptr
          %v565 = llvm.load %v115 : !llvm.ptr -> f32
          %v566 = arith.mulf %v513, %v203 fastmath<contract> : f32
          %v567 = arith.addf %v565, %v566 fastmath<contract> : f32
          %v568 = arith.mulf %v515, %v205 fastmath<contract> : f32
          %v569 = arith.addf %v567, %v568 fastmath<contract> : f32
          %v570 = arith.mulf %v517, %v207 fastmath<contract> : f32
          %v571 = arith.addf %v569, %v570 fastmath<contract> : f32
          %v572 = arith.mulf %v519, %v209 fastmath<contract> : f32
          %v573 = arith.addf %v571, %v572 fastmath<contract> : f32
          llvm.store %v573, %v115 : f32, !llvm.ptr
          %v574 = llvm.load %v119 : !llvm.ptr -> f32
          %v575 = arith.mulf %v513, %v211 fastmath<contract> : f32
          %v576 = arith.addf %v574, %v575 fastmath<contract> : f32
          %v577 = arith.mulf %v515, %v213 fastmath<contract> : f32
          %v578 = arith.addf %v576, %v577 fastmath<contract> : f32
          %v579 = arith.mulf %v517, %v215 fastmath<contract> : f32
          %v580 = arith.addf %v578, %v579 fastmath<contract> : f32
          %v581 = arith.mulf %v519, %v217 fastmath<contract> : f32
          %v582 = arith.addf %v580, %v581 fastmath<contract> : f32
          llvm.store %v582, %v119 : f32, !llvm.ptr
          %v583 = llvm.load %v123 : !llvm.ptr -> f32
          %v584 = arith.mulf %v513, %v219 fastmath<contract> : f32
          %v585 = arith.addf %v583, %v584 fastmath<contract> : f32
          %v586 = arith.mulf %v515, %v221 fastmath<contract> : f32
          %v587 = arith.addf %v585, %v586 fastmath<contract> : f32
          %v588 = arith.mulf %v517, %v223 fastmath<contract> : f32
          %v589 = arith.addf %v587, %v588 fastmath<contract> : f32
          %v590 = arith.mulf %v519, %v225 fastmath<contract> : f32
          %v591 = arith.addf %v589, %v590 fastmath<contract> : f32
          llvm.store %v591, %v123 : f32, !llvm.ptr
          %v592 = llvm.fmul %v143, %v161 : vector<4xf32>
          %v593 = llvm.select %v135, %v592, %v40 : i1, vector<4xf32>
          %v594 = llvm.mlir.constant(0 : i32) : i32
          %v595 = llvm.extractelement %v593[%v594 : i32] : vector<4xf32>
          %v596 = llvm.mlir.constant(1 : i32) : i32
          %v597 = llvm.extractelement %v593[%v596 : i32] : vector<4xf32>
          %v598 = llvm.mlir.constant(2 : i32) : i32
          %v599 = llvm.extractelement %v593[%v598 : i32] : vector<4xf32>
          %v600 = llvm.mlir.constant(3 : i32) : i32
          %v601 = llvm.extractelement %v593[%v600 : i32] : vector<4xf32>
          %v602 = llvm.load %v96 : !llvm.ptr -> f32
          %v603 = arith.mulf %v595, %v163 fastmath<contract> : f32
          %v604 = arith.addf %v602, %v603 fastmath<contract> : f32
          %v605 = arith.mulf %v597, %v165 fastmath<contract> : f32
          %v606 = arith.addf %v604, %v605 fastmath<contract> : f32
          %v607 = arith.mulf %v599, %v167 fastmath<contract> : f32
          %v608 = arith.addf %v606, %v607 fastmath<contract> : f32
          %v609 = arith.mulf %v601, %v169 fastmath<contract> : f32
          %v610 = arith.addf %v608, %v609 fastmath<contract> : f32
          llvm.store %v610, %v96 : f32, !llvm.ptr
          %v611 = llvm.load %v100 : !llvm.ptr -> f32
          %v612 = arith.mulf %v595, %v171 fastmath<contract> : f32
          %v613 = arith.addf %v611, %v612 fastmath<contract> : f32
          %v614 = arith.mulf %v597, %v173 fastmath<contract> : f32
          %v615 = arith.addf %v613, %v614 fastmath<contract> : f32
          %v616 = arith.mulf %v599, %v175 fastmath<contract> : f32
          %v617 = arith.addf %v615, %v616 fastmath<contract> : f32
          %v618 = arith.mulf %v601, %v177 fastmath<contract> : f32
          %v619 = arith.addf %v617, %v618 fastmath<contract> : f32
          llvm.store %v619, %v100 : f32, !llvm.ptr
          %v620 = llvm.load %v104 : !llvm.ptr -> f32
          %v621 = arith.mulf %v595, %v179 fastmath<contract> : f32
          %v622 = arith.addf %v620, %v621 fastmath<contract> : f32
          %v623 = arith.mulf %v597, %v181 fastmath<contract> : f32
          %v624 = arith.addf %v622, %v623 fastmath<contract> : f32
          %v625 = arith.mulf %v599, %v183 fastmath<contract> : f32
          %v626 = arith.addf %v624, %v625 fastmath<contract> : f32
          %v627 = arith.mulf %v601, %v185 fastmath<contract> : f32
          %v628 = arith.addf %v626, %v627 fastmath<contract> : f32
          llvm.store %v628, %v104 : f32, !llvm.ptr
          %v629 = llvm.load %v108 : !llvm.ptr -> f32
          %v630 = arith.mulf %v595, %v187 fastmath<contract> : f32
          %v631 = arith.addf %v629, %v630 fastmath<contract> : f32
          %v632 = arith.mulf %v597, %v189 fastmath<contract> : f32
          %v633 = arith.addf %v631, %v632 fastmath<contract> : f32
          %v634 = arith.mulf %v599, %v191 fastmath<contract> : f32
          %v635 = arith.addf %v633, %v634 fastmath<contract> : f32
          %v636 = arith.mulf %v601, %v193 fastmath<contract> : f32
          %v637 = arith.addf %v635, %v636 fastmath<contract> : f32
          llvm.store %v637, %v108 : f32, !llvm.ptr
          %v638 = llvm.load %v112 : !llvm.ptr -> f32
          %v639 = arith.mulf %v595, %v195 fastmath<contract> : f32
          %v640 = arith.addf %v638, %v639 fastmath<contract> : f32
          %v641 = arith.mulf %v597, %v197 fastmath<contract> : f32
          %v642 = arith.addf %v640, %v641 fastmath<contract> : f32
          %v643 = arith.mulf %v599, %v199 fastmath<contract> : f32
          %v644 = arith.addf %v642, %v643 fastmath<contract> : f32
          %v645 = arith.mulf %v601, %v201 fastmath<contract> : f32
          %v646 = arith.addf %v644, %v645 fastmath<contract> : f32
          llvm.store %v646, %v112 : f32, !llvm.ptr
          %v647 = llvm.load %v116 : !llvm.ptr -> f32
          %v648 = arith.mulf %v595, %v203 fastmath<contract> : f32
          %v649 = arith.addf %v647, %v648 fastmath<contract> : f32
          %v650 = arith.mulf %v597, %v205 fastmath<contract> : f32
          %v651 = arith.addf %v649, %v650 fastmath<contract> : f32
          %v652 = arith.mulf %v599, %v207 fastmath<contract> : f32
          %v653 = arith.addf %v651, %v652 fastmath<contract> : f32
          %v654 = arith.mulf %v601, %v209 fastmath<contract> : f32
          %v655 = arith.addf %v653, %v654 fastmath<contract> : f32
          llvm.store %v655, %v116 : f32, !llvm.ptr
          %v656 = llvm.load %v120 : !llvm.ptr -> f32
          %v657 = arith.mulf %v595, %v211 fastmath<contract> : f32
          %v658 = arith.addf %v656, %v657 fastmath<contract> : f32
          %v659 = arith.mulf %v597, %v213 fastmath<contract> : f32
          %v660 = arith.addf %v658, %v659 fastmath<contract> : f32
          %v661 = arith.mulf %v599, %v215 fastmath<contract> : f32
          %v662 = arith.addf %v660, %v661 fastmath<contract> : f32
          %v663 = arith.mulf %v601, %v217 fastmath<contract> : f32
          %v664 = arith.addf %v662, %v663 fastmath<contract> : f32
          llvm.store %v664, %v120 : f32, !llvm.ptr
          %v665 = llvm.load %v124 : !llvm.ptr -> f32
          %v666 = arith.mulf %v595, %v219 fastmath<contract> : f32
          %v667 = arith.addf %v665, %v666 fastmath<contract> : f32
          %v668 = arith.mulf %v597, %v221 fastmath<contract> : f32
          %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
          %v670 = arith.mulf %v599, %v223 fastmath<contract> : f32
          %v671 = arith.addf %v669, %v670 fastmath<contract> : f32
          %v672 = arith.mulf %v601, %v225 fastmath<contract> : f32
          %v673 = arith.addf %v671, %v672 fastmath<contract> : f32
          llvm.store %v673, %v124 : f32, !llvm.ptr
        }
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
        %v705 = llvm.load %v124 : !llvm.ptr -> f32
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
        %v863 = arith.andi %v10, %v50 : i64
        %v864 = arith.cmpi ne, %v863, %v12 : i64
        %v865 = arith.select %v864, %v844, %v854 : f32
        %v866 = arith.select %v864, %v854, %v844 : f32
        %v867, %v868 = gpu.shuffle xor %v865, %v862, %v706 : f32
        %v869 = arith.addf %v866, %v867 fastmath<contract> : f32
        %v870 = arith.select %v864, %v849, %v859 : f32
        %v871 = arith.select %v864, %v859, %v849 : f32
        %v872, %v873 = gpu.shuffle xor %v870, %v862, %v706 : f32
        %v874 = arith.addf %v871, %v872 fastmath<contract> : f32
        %v875 = arith.select %v864, %v50, %v12 : i64
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
        %v891 = llvm.load %v125 : !llvm.ptr -> f32
        %v892 = llvm.load %v126 : !llvm.ptr -> f32
        %v893 = llvm.load %v127 : !llvm.ptr -> f32
        %v894 = llvm.load %v128 : !llvm.ptr -> f32
        %v895 = llvm.load %v129 : !llvm.ptr -> f32
        %v896 = llvm.load %v130 : !llvm.ptr -> f32
        %v897 = llvm.load %v131 : !llvm.ptr -> f32
        %v898 = llvm.load %v132 : !llvm.ptr -> f32
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
        %v937 = arith.select %v926, %v50, %v12 : i64
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
            llvm.store %v42, %v1007 : f32, !llvm.ptr
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
    gpu.func @lr_gemv_bf16w_norm_8x4u1(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %split1: i64, %split2: i64, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32, %conv_w: !llvm.ptr, %conv_b: !llvm.ptr, %conv_win: !llvm.ptr, %conv_out: !llvm.ptr, %conv_k: i64, %conv_act: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v12 = arith.constant 0 : i64
      %v13 = arith.constant 4 : i64
      %v14 = arith.constant 8 : i64
      %v15 = arith.constant 7 : i64
      %v26 = arith.constant 2 : i64
      %v31 = arith.constant 128 : i64
      %v33 = arith.constant 4096 : i64
      %v43 = arith.constant 0x00000000 : f32
      %v55 = arith.constant 3 : i64
      %v64 = arith.constant 5 : i64
      %v69 = arith.constant 6 : i64
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
      %v132 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v720 = arith.constant 16 : i64
      %v973 = arith.constant 0x3F800000 : f32
      %v982 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1019 = llvm.alloca %v11 x f32 : (i64) -> !llvm.ptr
      %v1045 = arith.constant 0x3FB8AA3B : f32
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
        %v27 = arith.muli %v25, %v26 : i64
        %v28 = llvm.getelementptr %w[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, i8
        %v29 = arith.muli %v24, %k : i64
        %v30 = arith.muli %v29, %v26 : i64
        %v32 = arith.muli %v10, %v31 : i64
        scf.for %v34 = %v32 to %v30 step %v33 : i64 {
          %v35 = llvm.getelementptr %v28[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, i8
          nvvm.prefetch level = L2, %v35 : !llvm.ptr
        }
      }
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v36 = arith.cmpi slt, %v21, %n : i64
      scf.if %v36 {
        %v37 = arith.subi %m, %v11 : i64
        %v38 = arith.subi %n, %v11 : i64
        %v39 = arith.subi %k, %v13 : i64
        %v40 = arith.muli %v10, %v13 : i64
        %v41 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v42 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        %v44 = arith.minsi %v20, %v37 : i64
        %v45 = arith.muli %v44, %x_stride : i64
        %v46 = llvm.getelementptr %x[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v47 = arith.addi %v20, %v11 : i64
        %v48 = arith.minsi %v47, %v37 : i64
        %v49 = arith.muli %v48, %x_stride : i64
        %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = arith.addi %v20, %v26 : i64
        %v52 = arith.minsi %v51, %v37 : i64
        %v53 = arith.muli %v52, %x_stride : i64
        %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v56 = arith.addi %v20, %v55 : i64
        %v57 = arith.minsi %v56, %v37 : i64
        %v58 = arith.muli %v57, %x_stride : i64
        %v59 = llvm.getelementptr %x[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = arith.addi %v20, %v13 : i64
        %v61 = arith.minsi %v60, %v37 : i64
        %v62 = arith.muli %v61, %x_stride : i64
        %v63 = llvm.getelementptr %x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v65 = arith.addi %v20, %v64 : i64
        %v66 = arith.minsi %v65, %v37 : i64
        %v67 = arith.muli %v66, %x_stride : i64
        %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v70 = arith.addi %v20, %v69 : i64
        %v71 = arith.minsi %v70, %v37 : i64
        %v72 = arith.muli %v71, %x_stride : i64
        %v73 = llvm.getelementptr %x[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v74 = arith.addi %v20, %v15 : i64
        %v75 = arith.minsi %v74, %v37 : i64
        %v76 = arith.muli %v75, %x_stride : i64
        %v77 = llvm.getelementptr %x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v78 = arith.minsi %v21, %v38 : i64
        %v79 = arith.muli %v78, %k : i64
        %v80 = llvm.getelementptr %w[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v81 = arith.addi %v21, %v11 : i64
        %v82 = arith.minsi %v81, %v38 : i64
        %v83 = arith.muli %v82, %k : i64
        %v84 = llvm.getelementptr %w[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v85 = arith.addi %v21, %v26 : i64
        %v86 = arith.minsi %v85, %v38 : i64
        %v87 = arith.muli %v86, %k : i64
        %v88 = llvm.getelementptr %w[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v89 = arith.addi %v21, %v55 : i64
        %v90 = arith.minsi %v89, %v38 : i64
        %v91 = arith.muli %v90, %k : i64
        %v92 = llvm.getelementptr %w[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v43, %v93 : f32, !llvm.ptr
        llvm.store %v43, %v94 : f32, !llvm.ptr
        llvm.store %v43, %v95 : f32, !llvm.ptr
        llvm.store %v43, %v96 : f32, !llvm.ptr
        llvm.store %v43, %v97 : f32, !llvm.ptr
        llvm.store %v43, %v98 : f32, !llvm.ptr
        llvm.store %v43, %v99 : f32, !llvm.ptr
        llvm.store %v43, %v100 : f32, !llvm.ptr
        llvm.store %v43, %v101 : f32, !llvm.ptr
        llvm.store %v43, %v102 : f32, !llvm.ptr
        llvm.store %v43, %v103 : f32, !llvm.ptr
        llvm.store %v43, %v104 : f32, !llvm.ptr
        llvm.store %v43, %v105 : f32, !llvm.ptr
        llvm.store %v43, %v106 : f32, !llvm.ptr
        llvm.store %v43, %v107 : f32, !llvm.ptr
        llvm.store %v43, %v108 : f32, !llvm.ptr
        llvm.store %v43, %v109 : f32, !llvm.ptr
        llvm.store %v43, %v110 : f32, !llvm.ptr
        llvm.store %v43, %v111 : f32, !llvm.ptr
        llvm.store %v43, %v112 : f32, !llvm.ptr
        llvm.store %v43, %v113 : f32, !llvm.ptr
        llvm.store %v43, %v114 : f32, !llvm.ptr
        llvm.store %v43, %v115 : f32, !llvm.ptr
        llvm.store %v43, %v116 : f32, !llvm.ptr
        llvm.store %v43, %v117 : f32, !llvm.ptr
        llvm.store %v43, %v118 : f32, !llvm.ptr
        llvm.store %v43, %v119 : f32, !llvm.ptr
        llvm.store %v43, %v120 : f32, !llvm.ptr
        llvm.store %v43, %v121 : f32, !llvm.ptr
        llvm.store %v43, %v122 : f32, !llvm.ptr
        llvm.store %v43, %v123 : f32, !llvm.ptr
        llvm.store %v43, %v124 : f32, !llvm.ptr
        llvm.store %v43, %v125 : f32, !llvm.ptr
        llvm.store %v43, %v126 : f32, !llvm.ptr
        llvm.store %v43, %v127 : f32, !llvm.ptr
        llvm.store %v43, %v128 : f32, !llvm.ptr
        llvm.store %v43, %v129 : f32, !llvm.ptr
        llvm.store %v43, %v130 : f32, !llvm.ptr
        llvm.store %v43, %v131 : f32, !llvm.ptr
        llvm.store %v43, %v132 : f32, !llvm.ptr
        scf.for %v133 = %v40 to %k step %v31 : i64 {
          %v134 = arith.minsi %v133, %v39 : i64
          %v135 = arith.cmpi slt, %v133, %k : i64
          %v136 = llvm.getelementptr %v80[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v137 = llvm.load %v136 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v138 = llvm.getelementptr %v84[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v139 = llvm.load %v138 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v140 = llvm.getelementptr %v88[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v141 = llvm.load %v140 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v142 = llvm.getelementptr %v92[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          %v143 = llvm.load %v142 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
          %v144 = llvm.getelementptr %v46[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v145 = llvm.load %v144 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v146 = llvm.getelementptr %v50[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v148 = llvm.getelementptr %v54[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v150 = llvm.getelementptr %v59[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v152 = llvm.getelementptr %v63[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v154 = llvm.getelementptr %v68[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v156 = llvm.getelementptr %v73[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v158 = llvm.getelementptr %v77[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v160 = llvm.getelementptr %norm_w[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v161 = llvm.load %v160 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
          %v162 = llvm.mlir.constant(0 : i32) : i32
          %v163 = llvm.extractelement %v145[%v162 : i32] : vector<4xf32>
          %v164 = llvm.mlir.constant(1 : i32) : i32
          %v165 = llvm.extractelement %v145[%v164 : i32] : vector<4xf32>
          %v166 = llvm.mlir.constant(2 : i32) : i32
          %v167 = llvm.extractelement %v145[%v166 : i32] : vector<4xf32>
          %v168 = llvm.mlir.constant(3 : i32) : i32
          %v169 = llvm.extractelement %v145[%v168 : i32] : vector<4xf32>
          %v170 = llvm.mlir.constant(0 : i32) : i32
          %v171 = llvm.extractelement %v147[%v170 : i32] : vector<4xf32>
          %v172 = llvm.mlir.constant(1 : i32) : i32
          %v173 = llvm.extractelement %v147[%v172 : i32] : vector<4xf32>
          %v174 = llvm.mlir.constant(2 : i32) : i32
          %v175 = llvm.extractelement %v147[%v174 : i32] : vector<4xf32>
          %v176 = llvm.mlir.constant(3 : i32) : i32
          %v177 = llvm.extractelement %v147[%v176 : i32] : vector<4xf32>
          %v178 = llvm.mlir.constant(0 : i32) : i32
          %v179 = llvm.extractelement %v149[%v178 : i32] : vector<4xf32>
          %v180 = llvm.mlir.constant(1 : i32) : i32
          %v181 = llvm.extractelement %v149[%v180 : i32] : vector<4xf32>
          %v182 = llvm.mlir.constant(2 : i32) : i32
          %v183 = llvm.extractelement %v149[%v182 : i32] : vector<4xf32>
          %v184 = llvm.mlir.constant(3 : i32) : i32
          %v185 = llvm.extractelement %v149[%v184 : i32] : vector<4xf32>
          %v186 = llvm.mlir.constant(0 : i32) : i32
          %v187 = llvm.extractelement %v151[%v186 : i32] : vector<4xf32>
          %v188 = llvm.mlir.constant(1 : i32) : i32
          %v189 = llvm.extractelement %v151[%v188 : i32] : vector<4xf32>
          %v190 = llvm.mlir.constant(2 : i32) : i32
          %v191 = llvm.extractelement %v151[%v190 : i32] : vector<4xf32>
          %v192 = llvm.mlir.constant(3 : i32) : i32
          %v193 = llvm.extractelement %v151[%v192 : i32] : vector<4xf32>
          %v194 = llvm.mlir.constant(0 : i32) : i32
          %v195 = llvm.extractelement %v153[%v194 : i32] : vector<4xf32>
          %v196 = llvm.mlir.constant(1 : i32) : i32
          %v197 = llvm.extractelement %v153[%v196 : i32] : vector<4xf32>
          %v198 = llvm.mlir.constant(2 : i32) : i32
          %v199 = llvm.extractelement %v153[%v198 : i32] : vector<4xf32>
          %v200 = llvm.mlir.constant(3 : i32) : i32
          %v201 = llvm.extractelement %v153[%v200 : i32] : vector<4xf32>
          %v202 = llvm.mlir.constant(0 : i32) : i32
          %v203 = llvm.extractelement %v155[%v202 : i32] : vector<4xf32>
          %v204 = llvm.mlir.constant(1 : i32) : i32
          %v205 = llvm.extractelement %v155[%v204 : i32] : vector<4xf32>
          %v206 = llvm.mlir.constant(2 : i32) : i32
          %v207 = llvm.extractelement %v155[%v206 : i32] : vector<4xf32>
          %v208 = llvm.mlir.constant(3 : i32) : i32
          %v209 = llvm.extractelement %v155[%v208 : i32] : vector<4xf32>
          %v210 = llvm.mlir.constant(0 : i32) : i32
          %v211 = llvm.extractelement %v157[%v210 : i32] : vector<4xf32>
          %v212 = llvm.mlir.constant(1 : i32) : i32
          %v213 = llvm.extractelement %v157[%v212 : i32] : vector<4xf32>
          %v214 = llvm.mlir.constant(2 : i32) : i32
          %v215 = llvm.extractelement %v157[%v214 : i32] : vector<4xf32>
          %v216 = llvm.mlir.constant(3 : i32) : i32
          %v217 = llvm.extractelement %v157[%v216 : i32] : vector<4xf32>
          %v218 = llvm.mlir.constant(0 : i32) : i32
          %v219 = llvm.extractelement %v159[%v218 : i32] : vector<4xf32>
          %v220 = llvm.mlir.constant(1 : i32) : i32
          %v221 = llvm.extractelement %v159[%v220 : i32] : vector<4xf32>
          %v222 = llvm.mlir.constant(2 : i32) : i32
          %v223 = llvm.extractelement %v159[%v222 : i32] : vector<4xf32>
          %v224 = llvm.mlir.constant(3 : i32) : i32
          %v225 = llvm.extractelement %v159[%v224 : i32] : vector<4xf32>
          %v226 = llvm.fmul %v145, %v145 : vector<4xf32>
          %v227 = llvm.select %v135, %v226, %v41 : i1, vector<4xf32>
          %v228 = llvm.mlir.constant(0 : i32) : i32
          %v229 = llvm.extractelement %v227[%v228 : i32] : vector<4xf32>
          %v230 = llvm.mlir.constant(1 : i32) : i32
          %v231 = llvm.extractelement %v227[%v230 : i32] : vector<4xf32>
          %v232 = llvm.mlir.constant(2 : i32) : i32
          %v233 = llvm.extractelement %v227[%v232 : i32] : vector<4xf32>
          %v234 = llvm.mlir.constant(3 : i32) : i32
          %v235 = llvm.extractelement %v227[%v234 : i32] : vector<4xf32>
          %v236 = arith.addf %v229, %v231 fastmath<contract> : f32
          %v237 = arith.addf %v236, %v233 fastmath<contract> : f32
          %v238 = arith.addf %v237, %v235 fastmath<contract> : f32
          %v239 = llvm.load %v125 : !llvm.ptr -> f32
          %v240 = arith.addf %v239, %v238 fastmath<contract> : f32
          llvm.store %v240, %v125 : f32, !llvm.ptr
          %v241 = llvm.fmul %v147, %v147 : vector<4xf32>
          %v242 = llvm.select %v135, %v241, %v41 : i1, vector<4xf32>
          %v243 = llvm.mlir.constant(0 : i32) : i32
          %v244 = llvm.extractelement %v242[%v243 : i32] : vector<4xf32>
          %v245 = llvm.mlir.constant(1 : i32) : i32
          %v246 = llvm.extractelement %v242[%v245 : i32] : vector<4xf32>
          %v247 = llvm.mlir.constant(2 : i32) : i32
          %v248 = llvm.extractelement %v242[%v247 : i32] : vector<4xf32>
          %v249 = llvm.mlir.constant(3 : i32) : i32
          %v250 = llvm.extractelement %v242[%v249 : i32] : vector<4xf32>
          %v251 = arith.addf %v244, %v246 fastmath<contract> : f32
          %v252 = arith.addf %v251, %v248 fastmath<contract> : f32
          %v253 = arith.addf %v252, %v250 fastmath<contract> : f32
          %v254 = llvm.load %v126 : !llvm.ptr -> f32
          %v255 = arith.addf %v254, %v253 fastmath<contract> : f32
          llvm.store %v255, %v126 : f32, !llvm.ptr
          %v256 = llvm.fmul %v149, %v149 : vector<4xf32>
          %v257 = llvm.select %v135, %v256, %v41 : i1, vector<4xf32>
          %v258 = llvm.mlir.constant(0 : i32) : i32
          %v259 = llvm.extractelement %v257[%v258 : i32] : vector<4xf32>
          %v260 = llvm.mlir.constant(1 : i32) : i32
          %v261 = llvm.extractelement %v257[%v260 : i32] : vector<4xf32>
          %v262 = llvm.mlir.constant(2 : i32) : i32
          %v263 = llvm.extractelement %v257[%v262 : i32] : vector<4xf32>
          %v264 = llvm.mlir.constant(3 : i32) : i32
          %v265 = llvm.extractelement %v257[%v264 : i32] : vector<4xf32>
          %v266 = arith.addf %v259, %v261 fastmath<contract> : f32
          %v267 = arith.addf %v266, %v263 fastmath<contract> : f32
          %v268 = arith.addf %v267, %v265 fastmath<contract> : f32
          %v269 = llvm.load %v127 : !llvm.ptr -> f32
          %v270 = arith.addf %v269, %v268 fastmath<contract> : f32
          llvm.store %v270, %v127 : f32, !llvm.ptr
          %v271 = llvm.fmul %v151, %v151 : vector<4xf32>
          %v272 = llvm.select %v135, %v271, %v41 : i1, vector<4xf32>
          %v273 = llvm.mlir.constant(0 : i32) : i32
          %v274 = llvm.extractelement %v272[%v273 : i32] : vector<4xf32>
          %v275 = llvm.mlir.constant(1 : i32) : i32
          %v276 = llvm.extractelement %v272[%v275 : i32] : vector<4xf32>
          %v277 = llvm.mlir.constant(2 : i32) : i32
          %v278 = llvm.extractelement %v272[%v277 : i32] : vector<4xf32>
          %v279 = llvm.mlir.constant(3 : i32) : i32
          %v280 = llvm.extractelement %v272[%v279 : i32] : vector<4xf32>
          %v281 = arith.addf %v274, %v276 fastmath<contract> : f32
          %v282 = arith.addf %v281, %v278 fastmath<contract> : f32
          %v283 = arith.addf %v282, %v280 fastmath<contract> : f32
          %v284 = llvm.load %v128 : !llvm.ptr -> f32
          %v285 = arith.addf %v284, %v283 fastmath<contract> : f32
          llvm.store %v285, %v128 : f32, !llvm.ptr
          %v286 = llvm.fmul %v153, %v153 : vector<4xf32>
          %v287 = llvm.select %v135, %v286, %v41 : i1, vector<4xf32>
          %v288 = llvm.mlir.constant(0 : i32) : i32
          %v289 = llvm.extractelement %v287[%v288 : i32] : vector<4xf32>
          %v290 = llvm.mlir.constant(1 : i32) : i32
          %v291 = llvm.extractelement %v287[%v290 : i32] : vector<4xf32>
          %v292 = llvm.mlir.constant(2 : i32) : i32
          %v293 = llvm.extractelement %v287[%v292 : i32] : vector<4xf32>
          %v294 = llvm.mlir.constant(3 : i32) : i32
          %v295 = llvm.extractelement %v287[%v294 : i32] : vector<4xf32>
          %v296 = arith.addf %v289, %v291 fastmath<contract> : f32
          %v297 = arith.addf %v296, %v293 fastmath<contract> : f32
          %v298 = arith.addf %v297, %v295 fastmath<contract> : f32
          %v299 = llvm.load %v129 : !llvm.ptr -> f32
          %v300 = arith.addf %v299, %v298 fastmath<contract> : f32
          llvm.store %v300, %v129 : f32, !llvm.ptr
          %v301 = llvm.fmul %v155, %v155 : vector<4xf32>
          %v302 = llvm.select %v135, %v301, %v41 : i1, vector<4xf32>
          %v303 = llvm.mlir.constant(0 : i32) : i32
          %v304 = llvm.extractelement %v302[%v303 : i32] : vector<4xf32>
          %v305 = llvm.mlir.constant(1 : i32) : i32
          %v306 = llvm.extractelement %v302[%v305 : i32] : vector<4xf32>
          %v307 = llvm.mlir.constant(2 : i32) : i32
          %v308 = llvm.extractelement %v302[%v307 : i32] : vector<4xf32>
          %v309 = llvm.mlir.constant(3 : i32) : i32
          %v310 = llvm.extractelement %v302[%v309 : i32] : vector<4xf32>
          %v311 = arith.addf %v304, %v306 fastmath<contract> : f32
          %v312 = arith.addf %v311, %v308 fastmath<contract> : f32
          %v313 = arith.addf %v312, %v310 fastmath<contract> : f32
          %v314 = llvm.load %v130 : !llvm.ptr -> f32
          %v315 = arith.addf %v314, %v313 fastmath<contract> : f32
          llvm.store %v315, %v130 : f32, !llvm.ptr
          %v316 = llvm.fmul %v157, %v157 : vector<4xf32>
          %v317 = llvm.select %v135, %v316, %v41 : i1, vector<4xf32>
          %v318 = llvm.mlir.constant(0 : i32) : i32
          %v319 = llvm.extractelement %v317[%v318 : i32] : vector<4xf32>
          %v320 = llvm.mlir.constant(1 : i32) : i32
          %v321 = llvm.extractelement %v317[%v320 : i32] : vector<4xf32>
          %v322 = llvm.mlir.constant(2 : i32) : i32
          %v323 = llvm.extractelement %v317[%v322 : i32] : vector<4xf32>
          %v324 = llvm.mlir.constant(3 : i32) : i32
          %v325 = llvm.extractelement %v317[%v324 : i32] : vector<4xf32>
          %v326 = arith.addf %v319, %v321 fastmath<contract> : f32
          %v327 = arith.addf %v326, %v323 fastmath<contract> : f32
          %v328 = arith.addf %v327, %v325 fastmath<contract> : f32
          %v329 = llvm.load %v131 : !llvm.ptr -> f32
          %v330 = arith.addf %v329, %v328 fastmath<contract> : f32
          llvm.store %v330, %v131 : f32, !llvm.ptr
          %v331 = llvm.fmul %v159, %v159 : vector<4xf32>
          %v332 = llvm.select %v135, %v331, %v41 : i1, vector<4xf32>
          %v333 = llvm.mlir.constant(0 : i32) : i32
          %v334 = llvm.extractelement %v332[%v333 : i32] : vector<4xf32>
          %v335 = llvm.mlir.constant(1 : i32) : i32
          %v336 = llvm.extractelement %v332[%v335 : i32] : vector<4xf32>
          %v337 = llvm.mlir.constant(2 : i32) : i32
          %v338 = llvm.extractelement %v332[%v337 : i32] : vector<4xf32>
          %v339 = llvm.mlir.constant(3 : i32) : i32
          %v340 = llvm.extractelement %v332[%v339 : i32] : vector<4xf32>
          %v341 = arith.addf %v334, %v336 fastmath<contract> : f32
          %v342 = arith.addf %v341, %v338 fastmath<contract> : f32
          %v343 = arith.addf %v342, %v340 fastmath<contract> : f32
          %v344 = llvm.load %v132 : !llvm.ptr -> f32
          %v345 = arith.addf %v344, %v343 fastmath<contract> : f32
          llvm.store %v345, %v132 : f32, !llvm.ptr
          %v346 = llvm.zext %v137 : vector<4xi16> to vector<4xi32>
          %v347 = llvm.shl %v346, %v42 : vector<4xi32>
          %v348 = llvm.bitcast %v347 : vector<4xi32> to vector<4xf32>
          %v349 = llvm.fmul %v348, %v161 : vector<4xf32>
          %v350 = llvm.select %v135, %v349, %v41 : i1, vector<4xf32>
          %v351 = llvm.mlir.constant(0 : i32) : i32
          %v352 = llvm.extractelement %v350[%v351 : i32] : vector<4xf32>
          %v353 = llvm.mlir.constant(1 : i32) : i32
          %v354 = llvm.extractelement %v350[%v353 : i32] : vector<4xf32>
          %v355 = llvm.mlir.constant(2 : i32) : i32
          %v356 = llvm.extractelement %v350[%v355 : i32] : vector<4xf32>
          %v357 = llvm.mlir.constant(3 : i32) : i32
          %v358 = llvm.extractelement %v350[%v357 : i32] : vector<4xf32>
          %v359 = llvm.load %v93 : !llvm.ptr -> f32
          %v360 = arith.mulf %v352, %v163 fastmath<contract> : f32
          %v361 = arith.addf %v359, %v360 fastmath<contract> : f32
          %v362 = arith.mulf %v354, %v165 fastmath<contract> : f32
          %v363 = arith.addf %v361, %v362 fastmath<contract> : f32
          %v364 = arith.mulf %v356, %v167 fastmath<contract> : f32
          %v365 = arith.addf %v363, %v364 fastmath<contract> : f32
          %v366 = arith.mulf %v358, %v169 fastmath<contract> : f32
          %v367 = arith.addf %v365, %v366 fastmath<contract> : f32
          llvm.store %v367, %v93 : f32, !llvm.ptr
          %v368 = llvm.load %v97 : !llvm.ptr -> f32
          %v369 = arith.mulf %v352, %v171 fastmath<contract> : f32
          %v370 = arith.addf %v368, %v369 fastmath<contract> : f32
          %v371 = arith.mulf %v354, %v173 fastmath<contract> : f32
          %v372 = arith.addf %v370, %v371 fastmath<contract> : f32
          %v373 = arith.mulf %v356, %v175 fastmath<contract> : f32
          %v374 = arith.addf %v372, %v373 fastmath<contract> : f32
          %v375 = arith.mulf %v358, %v177 fastmath<contract> : f32
          %v376 = arith.addf %v374, %v375 fastmath<contract> : f32
          llvm.store %v376, %v97 : f32, !llvm.ptr
          %v377 = llvm.load %v101 : !llvm.ptr -> f32
          %v378 = arith.mulf %v352, %v179 fastmath<contract> : f32
          %v379 = arith.addf %v377, %v378 fastmath<contract> : f32
          %v380 = arith.mulf %v354, %v181 fastmath<contract> : f32
          %v381 = arith.addf %v379, %v380 fastmath<contract> : f32
          %v382 = arith.mulf %v356, %v183 fastmath<contract> : f32
          %v383 = arith.addf %v381, %v382 fastmath<contract> : f32
          %v384 = arith.mulf %v358, %v185 fastmath<contract> : f32
          %v385 = arith.addf %v383, %v384 fastmath<contract> : f32
          llvm.store %v385, %v101 : f32, !llvm.ptr
          %v386 = llvm.load %v105 : !llvm.ptr -> f32
          %v387 = arith.mulf %v352, %v187 fastmath<contract> : f32
          %v388 = arith.addf %v386, %v387 fastmath<contract> : f32
          %v389 = arith.mulf %v354, %v189 fastmath<contract> : f32
          %v390 = arith.addf %v388, %v389 fastmath<contract> : f32
          %v391 = arith.mulf %v356, %v191 fastmath<contract> : f32
          %v392 = arith.addf %v390, %v391 fastmath<contract> : f32
          %v393 = arith.mulf %v358, %v193 fastmath<contract> : f32
          %v394 = arith.addf %v392, %v393 fastmath<contract> : f32
          llvm.store %v394, %v105 : f32, !llvm.ptr
          %v395 = llvm.load %v109 : !llvm.ptr -> f32
          %v396 = arith.mulf %v352, %v195 fastmath<contract> : f32
          %v397 = arith.addf %v395, %v396 fastmath<contract> : f32
          %v398 = arith.mulf %v354, %v197 fastmath<contract> : f32
          %v399 = arith.addf %v397, %v398 fastmath<contract> : f32
          %v400 = arith.mulf %v356, %v199 fastmath<contract> : f32
          %v401 = arith.addf %v399, %v400 fastmath<contract> : f32
          %v402 = arith.mulf %v358, %v201 fastmath<contract> : f32
          %v403 = arith.addf %v401, %v402 fastmath<contract> : f32
          llvm.store %v403, %v109 : f32, !llvm.ptr
          %v404 = llvm.load %v113 : !llvm.ptr -> f32
          %v405 = arith.mulf %v352, %v203 fastmath<contract> : f32
          %v406 = arith.addf %v404, %v405 fastmath<contract> : f32
          %v407 = arith.mulf %v354, %v205 fastmath<contract> : f32
          %v408 = arith.addf %v406, %v407 fastmath<contract> : f32
          %v409 = arith.mulf %v356, %v207 fastmath<contract> : f32
          %v410 = arith.addf %v408, %v409 fastmath<contract> : f32
          %v411 = arith.mulf %v358, %v209 fastmath<contract> : f32
          %v412 = arith.addf %v410, %v411 fastmath<contract> : f32
          llvm.store %v412, %v113 : f32, !llvm.ptr
          %v413 = llvm.load %v117 : !llvm.ptr -> f32
          %v414 = arith.mulf %v352, %v211 fastmath<contract> : f32
          %v415 = arith.addf %v413, %v414 fastmath<contract> : f32
          %v416 = arith.mulf %v354, %v213 fastmath<contract> : f32
          %v417 = arith.addf %v415, %v416 fastmath<contract> : f32
          %v418 = arith.mulf %v356, %v215 fastmath<contract> : f32
          %v419 = arith.addf %v417, %v418 fastmath<contract> : f32
          %v420 = arith.mulf %v358, %v217 fastmath<contract> : f32
          %v421 = arith.addf %v419, %v420 fastmath<contract> : f32
          llvm.store %v421, %v117 : f32, !llvm.ptr
          %v422 = llvm.load %v121 : !llvm.ptr -> f32
          %v423 = arith.mulf %v352, %v219 fastmath<contract> : f32
          %v424 = arith.addf %v422, %v423 fastmath<contract> : f32
          %v425 = arith.mulf %v354, %v221 fastmath<contract> : f32
          %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
          %v427 = arith.mulf %v356, %v223 fastmath<contract> : f32
          %v428 = arith.addf %v426, %v427 fastmath<contract> : f32
          %v429 = arith.mulf %v358, %v225 fastmath<contract> : f32
          %v430 = arith.addf %v428, %v429 fastmath<contract> : f32
          llvm.store %v430, %v121 : f32, !llvm.ptr
          %v431 = llvm.zext %v139 : vector<4xi16> to vector<4xi32>
          %v432 = llvm.shl %v431, %v42 : vector<4xi32>
          %v433 = llvm.bitcast %v432 : vector<4xi32> to vector<4xf32>
          %v434 = llvm.fmul %v433, %v161 : vector<4xf32>
          %v435 = llvm.select %v135, %v434, %v41 : i1, vector<4xf32>
          %v436 = llvm.mlir.constant(0 : i32) : i32
          %v437 = llvm.extractelement %v435[%v436 : i32] : vector<4xf32>
          %v438 = llvm.mlir.constant(1 : i32) : i32
          %v439 = llvm.extractelement %v435[%v438 : i32] : vector<4xf32>
          %v440 = llvm.mlir.constant(2 : i32) : i32
          %v441 = llvm.extractelement %v435[%v440 : i32] : vector<4xf32>
          %v442 = llvm.mlir.constant(3 : i32) : i32
          %v443 = llvm.extractelement %v435[%v442 : i32] : vector<4xf32>
          %v444 = llvm.load %v94 : !llvm.ptr -> f32
          %v445 = arith.mulf %v437, %v163 fastmath<contract> : f32
          %v446 = arith.addf %v444, %v445 fastmath<contract> : f32
          %v447 = arith.mulf %v439, %v165 fastmath<contract> : f32
          %v448 = arith.addf %v446, %v447 fastmath<contract> : f32
          %v449 = arith.mulf %v441, %v167 fastmath<contract> : f32
          %v450 = arith.addf %v448, %v449 fastmath<contract> : f32
          %v451 = arith.mulf %v443, %v169 fastmath<contract> : f32
          %v452 = arith.addf %v450, %v451 fastmath<contract> : f32
          llvm.store %v452, %v94 : f32, !llvm.ptr
          %v453 = llvm.load %v98 : !llvm.ptr -> f32
          %v454 = arith.mulf %v437, %v171 fastmath<contract> : f32
          %v455 = arith.addf %v453, %v454 fastmath<contract> : f32
          %v456 = arith.mulf %v439, %v173 fastmath<contract> : f32
          %v457 = arith.addf %v455, %v456 fastmath<contract> : f32
          %v458 = arith.mulf %v441, %v175 fastmath<contract> : f32
          %v459 = arith.addf %v457, %v458 fastmath<contract> : f32
          %v460 = arith.mulf %v443, %v177 fastmath<contract> : f32
          %v461 = arith.addf %v459, %v460 fastmath<contract> : f32
          llvm.store %v461, %v98 : f32, !llvm.ptr
          %v462 = llvm.load %v102 : !llvm.ptr -> f32
          %v463 = arith.mulf %v437, %v179 fastmath<contract> : f32
          %v464 = arith.addf %v462, %v463 fastmath<contract> : f32
          %v465 = arith.mulf %v439, %v181 fastmath<contract> : f32
          %v466 = arith.addf %v464, %v465 fastmath<contract> : f32
          %v467 = arith.mulf %v441, %v183 fastmath<contract> : f32
          %v468 = arith.addf %v466, %v467 fastmath<contract> : f32
          %v469 = arith.mulf %v443, %v185 fastmath<contract> : f32
          %v470 = arith.addf %v468, %v469 fastmath<contract> : f32
          llvm.store %v470, %v102 : f32, !llvm.ptr
          %v471 = llvm.load %v106 : !llvm.ptr -> f32
          %v472 = arith.mulf %v437, %v187 fastmath<contract> : f32
          %v473 = arith.addf %v471, %v472 fastmath<contract> : f32
          %v474 = arith.mulf %v439, %v189 fastmath<contract> : f32
          %v475 = arith.addf %v473, %v474 fastmath<contract> : f32
          %v476 = arith.mulf %v441, %v191 fastmath<contract> : f32
          %v477 = arith.addf %v475, %v476 fastmath<contract> : f32
          %v478 = arith.mulf %v443, %v193 fastmath<contract> : f32
          %v479 = arith.addf %v477, %v478 fastmath<contract> : f32
          llvm.store %v479, %v106 : f32, !llvm.ptr
          %v480 = llvm.load %v110 : !llvm.ptr -> f32
          %v481 = arith.mulf %v437, %v195 fastmath<contract> : f32
          %v482 = arith.addf %v480, %v481 fastmath<contract> : f32
          %v483 = arith.mulf %v439, %v197 fastmath<contract> : f32
          %v484 = arith.addf %v482, %v483 fastmath<contract> : f32
          %v485 = arith.mulf %v441, %v199 fastmath<contract> : f32
          %v486 = arith.addf %v484, %v485 fastmath<contract> : f32
          %v487 = arith.mulf %v443, %v201 fastmath<contract> : f32
          %v488 = arith.addf %v486, %v487 fastmath<contract> : f32
          llvm.store %v488, %v110 : f32, !llvm.ptr
          %v489 = llvm.load %v114 : !llvm.ptr -> f32
          %v490 = arith.mulf %v437, %v203 fastmath<contract> : f32
          %v491 = arith.addf %v489, %v490 fastmath<contract> : f32
          %v492 = arith.mulf %v439, %v205 fastmath<contract> : f32
          %v493 = arith.addf %v491, %v492 fastmath<contract> : f32
          %v494 = arith.mulf %v441, %v207 fastmath<contract> : f32
          %v495 = arith.addf %v493, %v494 fastmath<contract> : f32
          %v496 = arith.mulf %v443, %v209 fastmath<contract> : f32
          %v497 = arith.addf %v495, %v496 fastmath<contract> : f32
          llvm.store %v497, %v114 : f32, !llvm.ptr
          %v498 = llvm.load %v118 : !llvm.ptr -> f32
          %v499 = arith.mulf %v437, %v211 fastmath<contract> : f32
          %v500 = arith.addf %v498, %v499 fastmath<contract> : f32
          %v501 = arith.mulf %v439, %v213 fastmath<contract> : f32
          %v502 = arith.addf %v500, %v501 fastmath<contract> : f32
          %v503 = arith.mulf %v441, %v215 fastmath<contract> : f32
          %v504 = arith.addf %v502, %v503 fastmath<contract> : f32
          %v505 = arith.mulf %v443, %v217 fastmath<contract> : f32
          %v506 = arith.addf %v504, %v505 fastmath<contract> : f32
          llvm.store %v506, %v118 : f32, !llvm.ptr
          %v507 = llvm.load %v122 : !llvm.ptr -> f32
          %v508 = arith.mulf %v437, %v219 fastmath<contract> : f32
          %v509 = arith.addf %v507, %v508 fastmath<contract> : f32
          %v510 = arith.mulf %v439, %v221 fastmath<contract> : f32
          %v511 = arith.addf %v509, %v510 fastmath<contract> : f32
          %v512 = arith.mulf %v441, %v223 fastmath<contract> : f32
          %v513 = arith.addf %v511, %v512 fastmath<contract> : f32
          %v514 = arith.mulf %v443, %v225 fastmath<contract> : f32
          %v515 = arith.addf %v513, %v514 fastmath<contract> : f32
          llvm.store %v515, %v122 : f32, !llvm.ptr
          %v516 = llvm.zext %v141 : vector<4xi16> to vector<4xi32>
          %v517 = llvm.shl %v516, %v42 : vector<4xi32>
          %v518 = llvm.bitcast %v517 : vector<4xi32> to vector<4xf32>
          %v519 = llvm.fmul %v518, %v161 : vector<4xf32>
          %v520 = llvm.select %v135, %v519, %v41 : i1, vector<4xf32>
          %v521 = llvm.mlir.constant(0 : i32) : i32
          %v522 = llvm.extractelement %v520[%v521 : i32] : vector<4xf32>
          %v523 = llvm.mlir.constant(1 : i32) : i32
          %v524 = llvm.extractelement %v520[%v523 : i32] : vector<4xf32>
          %v525 = llvm.mlir.constant(2 : i32) : i32
          %v526 = llvm.extractelement %v520[%v525 : i32] : vector<4xf32>
          %v527 = llvm.mlir.constant(3 : i32) : i32
          %v528 = llvm.extractelement %v520[%v527 : i32] : vector<4xf32>
          %v529 = llvm.load %v95 : !llvm.ptr -> f32
          %v530 = arith.mulf %v522, %v163 fastmath<contract> : f32
          %v531 = arith.addf %v529, %v530 fastmath<contract> : f32
          %v532 = arith.mulf %v524, %v165 fastmath<contract> : f32
          %v533 = arith.addf %v531, %v532 fastmath<contract> : f32
          %v534 = arith.mulf %v526, %v167 fastmath<contract> : f32
          %v535 = arith.addf %v533, %v534 fastmath<contract> : f32
          %v536 = arith.mulf %v528, %v169 fastmath<contract> : f32
          %v537 = arith.addf %v535, %v536 fastmath<contract> : f32
          llvm.store %v537, %v95 : f32, !llvm.ptr
          %v538 = llvm.load %v99 : !llvm.ptr -> f32
          %v539 = arith.mulf %v522, %v171 fastmath<contract> : f32
          %v540 = arith.addf %v538, %v539 fastmath<contract> : f32
          %v541 = arith.mulf %v524, %v173 fastmath<contract> : f32
          %v542 = arith.addf %v540, %v541 fastmath<contract> : f32
          %v543 = arith.mulf %v526, %v175 fastmath<contract> : f32
          %v544 = arith.addf %v542, %v543 fastmath<contract> : f32
          %v545 = arith.mulf %v528, %v177 fastmath<contract> : f32
          %v546 = arith.addf %v544, %v545 fastmath<contract> : f32
          llvm.store %v546, %v99 : f32, !llvm.ptr
          %v547 = llvm.load %v103 : !llvm.ptr -> f32
          %v548 = arith.mulf %v522, %v179 fastmath<contract> : f32
          %v549 = arith.addf %v547, %v548 fastmath<contract> : f32
          %v550 = arith.mulf %v524, %v181 fastmath<contract> : f32
          %v551 = arith.addf %v549, %v550 fastmath<contract> : f32
          %v552 = arith.mulf %v526, %v183 fastmath<contract> : f32
          %v553 = arith.addf %v551, %v552 fastmath<contract> : f32
          %v554 = arith.mulf %v528, %v185 fastmath<contract> : f32
          %v555 = arith.addf %v553, %v554 fastmath<contract> : f32
          llvm.store %v555, %v103 : f32, !llvm.ptr
          %v556 = llvm.load %v107 : !llvm.ptr -> f32
          %v557 = arith.mulf %v522, %v187 fastmath<contract> : f32
          %v558 = arith.addf %v556, %v557 fastmath<contract> : f32
          %v559 = arith.mulf %v524, %v189 fastmath<contract> : f32
          %v560 = arith.addf %v558, %v559 fastmath<contract> : f32
          %v561 = arith.mulf %v526, %v191 fastmath<contract> : f32
          %v562 = arith.addf %v560, %v561 fastmath<contract> : f32
          %v563 = arith.mulf %v528, %v193 fastmath<contract> : f32
          %v564 = arith.addf %v562, %v563 fastmath<contract> : f32
          llvm.store %v564, %v107 : f32, !llvm.ptr
          %v565 = llvm.load %v111 : !llvm.ptr -> f32
          %v566 = arith.mulf %v522, %v195 fastmath<contract> : f32
          %v567 = arith.addf %v565, %v566 fastmath<contract> : f32
          %v568 = arith.mulf %v524, %v197 fastmath<contract> : f32
          %v569 = arith.addf %v567, %v568 fastmath<contract> : f32
          %v570 = arith.mulf %v526, %v199 fastmath<contract> : f32
          %v571 = arith.addf %v569, %v570 fastmath<contract> : f32
          %v572 = arith.mulf %v528, %v201 fastmath<contract> : f32
          %v573 = arith.addf %v571, %v572 fastmath<contract> : f32
          llvm.store %v573, %v111 : f32, !llvm.ptr
          %v574 = llvm.load %v115 : !llvm.ptr -> f32
          %v575 = arith.mulf %v522, %v203 fastmath<contract> : f32
          %v576 = arith.addf %v574, %v575 fastmath<contract> : f32
          %v577 = arith.mulf %v524, %v205 fastmath<contract> : f32
          %v578 = arith.addf %v576, %v577 fastmath<contract> : f32
          %v579 = arith.mulf %v526, %v207 fastmath<contract> : f32
          %v580 = arith.addf %v578, %v579 fastmath<contract> : f32
          %v581 = arith.mulf %v528, %v209 fastmath<contract> : f32
          %v582 = arith.addf %v580, %v581 fastmath<contract> : f32
          llvm.store %v582, %v115 : f32, !llvm.ptr
          %v583 = llvm.load %v119 : !llvm.ptr -> f32
          %v584 = arith.mulf %v522, %v211 fastmath<contract> : f32
          %v585 = arith.addf %v583, %v584 fastmath<contract> : f32
          %v586 = arith.mulf %v524, %v213 fastmath<contract> : f32
          %v587 = arith.addf %v585, %v586 fastmath<contract> : f32
          %v588 = arith.mulf %v526, %v215 fastmath<contract> : f32
          %v589 = arith.addf %v587, %v588 fastmath<contract> : f32
          %v590 = arith.mulf %v528, %v217 fastmath<contract> : f32
          %v591 = arith.addf %v589, %v590 fastmath<contract> : f32
          llvm.store %v591, %v119 : f32, !llvm.ptr
          %v592 = llvm.load %v123 : !llvm.ptr -> f32
          %v593 = arith.mulf %v522, %v219 fastmath<contract> : f32
          %v594 = arith.addf %v592, %v593 fastmath<contract> : f32
          %v595 = arith.mulf %v524, %v221 fastmath<contract> : f32
          %v596 = arith.addf %v594, %v595 fastmath<contract> : f32
          %v597 = arith.mulf %v526, %v223 fastmath<contract> : f32
          %v598 = arith.addf %v596, %v597 fastmath<contract> : f32
          %v599 = arith.mulf %v528, %v225 fastmath<contract> : f32
          %v600 = arith.addf %v598, %v599 fastmath<contract> : f32
          llvm.store %v600, %v123 : f32, !llvm.ptr
          %v601 = llvm.zext %v143 : vector<4xi16> to vector<4xi32>
          %v602 = llvm.shl %v601, %v42 : vector<4xi32>
          %v603 = llvm.bitcast %v602 : vector<4xi32> to vector<4xf32>
          %v604 = llvm.fmul %v603, %v161 : vector<4xf32>
          %v605 = llvm.select %v135, %v604, %v41 : i1, vector<4xf32>
          %v606 = llvm.mlir.constant(0 : i32) : i32
          %v607 = llvm.extractelement %v605[%v606 : i32] : vector<4xf32>
          %v608 = llvm.mlir.constant(1 : i32) : i32
          %v609 = llvm.extractelement %v605[%v608 : i32] : vector<4xf32>
          %v610 = llvm.mlir.constant(2 : i32) : i32
          %v611 = llvm.extractelement %v605[%v610 : i32] : vector<4xf32>
          %v612 = llvm.mlir.constant(3 : i32) : i32
          %v613 = llvm.extractelement %v605[%v612 : i32] : vector<4xf32>
          %v614 = llvm.load %v96 : !llvm.ptr -> f32
          %v615 = arith.mulf %v607, %v163 fastmath<contract> : f32
          %v616 = arith.addf %v614, %v615 fastmath<contract> : f32
          %v617 = arith.mulf %v609, %v165 fastmath<contract> : f32
          %v618 = arith.addf %v616, %v617 fastmath<contract> : f32
          %v619 = arith.mulf %v611, %v167 fastmath<contract> : f32
          %v620 = arith.addf %v618, %v619 fastmath<contract> : f32
          %v621 = arith.mulf %v613, %v169 fastmath<contract> : f32
          %v622 = arith.addf %v620, %v621 fastmath<contract> : f32
          llvm.store %v622, %v96 : f32, !llvm.ptr
          %v623 = llvm.load %v100 : !llvm.ptr -> f32
          %v624 = arith.mulf %v607, %v171 fastmath<contract> : f32
          %v625 = arith.addf %v623, %v624 fastmath<contract> : f32
          %v626 = arith.mulf %v609, %v173 fastmath<contract> : f32
          %v627 = arith.addf %v625, %v626 fastmath<contract> : f32
          %v628 = arith.mulf %v611, %v175 fastmath<contract> : f32
          %v629 = arith.addf %v627, %v628 fastmath<contract> : f32
          %v630 = arith.mulf %v613, %v177 fastmath<contract> : f32
          %v631 = arith.addf %v629, %v630 fastmath<contract> : f32
          llvm.store %v631, %v100 : f32, !llvm.ptr
          %v632 = llvm.load %v104 : !llvm.ptr -> f32
          %v633 = arith.mulf %v607, %v179 fastmath<contract> : f32
          %v634 = arith.addf %v632, %v633 fastmath<contract> : f32
          %v635 = arith.mulf %v609, %v181 fastmath<contract> : f32
          %v636 = arith.addf %v634, %v635 fastmath<contract> : f32
          %v637 = arith.mulf %v611, %v183 fastmath<contract> : f32
          %v638 = arith.addf %v636, %v637 fastmath<contract> : f32
          %v639 = arith.mulf %v613, %v185 fastmath<contract> : f32
          %v640 = arith.addf %v638, %v639 fastmath<contract> : f32
          llvm.store %v640, %v104 : f32, !llvm.ptr
          %v641 = llvm.load %v108 : !llvm.ptr -> f32
          %v642 = arith.mulf %v607, %v187 fastmath<contract> : f32
          %v643 = arith.addf %v641, %v642 fastmath<contract> : f32
          %v644 = arith.mulf %v609, %v189 fastmath<contract> : f32
          %v645 = arith.addf %v643, %v644 fastmath<contract> : f32
          %v646 = arith.mulf %v611, %v191 fastmath<contract> : f32
          %v647 = arith.addf %v645, %v646 fastmath<contract> : f32
          %v648 = arith.mulf %v613, %v193 fastmath<contract> : f32
          %v649 = arith.addf %v647, %v648 fastmath<contract> : f32
          llvm.store %v649, %v108 : f32, !llvm.ptr
          %v650 = llvm.load %v112 : !llvm.ptr -> f32
          %v651 = arith.mulf %v607, %v195 fastmath<contract> : f32
          %v652 = arith.addf %v650, %v651 fastmath<contract> : f32
          %v653 = arith.mulf %v609, %v197 fastmath<contract> : f32
          %v654 = arith.addf %v652, %v653 fastmath<contract> : f32
          %v655 = arith.mulf %v611, %v199 fastmath<contract> : f32
          %v656 = arith.addf %v654, %v655 fastmath<contract> : f32
          %v657 = arith.mulf %v613, %v201 fastmath<contract> : f32
          %v658 = arith.addf %v656, %v657 fastmath<contract> : f32
          llvm.store %v658, %v112 : f32, !llvm.ptr
          %v659 = llvm.load %v116 : !llvm.ptr -> f32
          %v660 = arith.mulf %v607, %v203 fastmath<contract> : f32
          %v661 = arith.addf %v659, %v660 fastmath<contract> : f32
          %v662 = arith.mulf %v609, %v205 fastmath<contract> : f32
          %v663 = arith.addf %v661, %v662 fastmath<contract> : f32
          %v664 = arith.mulf %v611, %v207 fastmath<contract> : f32
          %v665 = arith.addf %v663, %v664 fastmath<contract> : f32
          %v666 = arith.mulf %v613, %v209 fastmath<contract> : f32
          %v667 = arith.addf %v665, %v666 fastmath<contract> : f32
          llvm.store %v667, %v116 : f32, !llvm.ptr
          %v668 = llvm.load %v120 : !llvm.ptr -> f32
          %v669 = arith.mulf %v607, %v211 fastmath<contract> : f32
          %v670 = arith.addf %v668, %v669 fastmath<contract> : f32
          %v671 = arith.mulf %v609, %v213 fastmath<contract> : f32
          %v672 = arith.addf %v670, %v671 fastmath<contract> : f32
          %v673 = arith.mulf %v611, %v215 fastmath<contract> : f32
          %v674 = arith.addf %v672, %v673 fastmath<contract> : f32
          %v675 = arith.mulf %v613, %v217 fastmath<contract> : f32
          %v676 = arith.addf %v674, %v675 fastmath<contract> : f32
          llvm.store %v676, %v120 : f32, !llvm.ptr
          %v677 = llvm.load %v124 : !llvm.ptr -> f32
          %v678 = arith.mulf %v607, %v219 fastmath<contract> : f32
          %v679 = arith.addf %v677, %v678 fastmath<contract> : f32
          %v680 = arith.mulf %v609, %v221 fastmath<contract> : f32
          %v681 = arith.addf %v679, %v680 fastmath<contract> : f32
          %v682 = arith.mulf %v611, %v223 fastmath<contract> : f32
          %v683 = arith.addf %v681, %v682 fastmath<contract> : f32
          %v684 = arith.mulf %v613, %v225 fastmath<contract> : f32
          %v685 = arith.addf %v683, %v684 fastmath<contract> : f32
          llvm.store %v685, %v124 : f32, !llvm.ptr
        }
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
        %v717 = llvm.load %v124 : !llvm.ptr -> f32
        %v718 = arith.constant 32 : i32
        %v719 = arith.constant 16 : i32
        %v721 = arith.andi %v10, %v720 : i64
        %v722 = arith.cmpi ne, %v721, %v12 : i64
        %v723 = arith.select %v722, %v686, %v702 : f32
        %v724 = arith.select %v722, %v702, %v686 : f32
        %v725, %v726 = gpu.shuffle xor %v723, %v719, %v718 : f32
        %v727 = arith.addf %v724, %v725 fastmath<contract> : f32
        %v728 = arith.select %v722, %v687, %v703 : f32
        %v729 = arith.select %v722, %v703, %v687 : f32
        %v730, %v731 = gpu.shuffle xor %v728, %v719, %v718 : f32
        %v732 = arith.addf %v729, %v730 fastmath<contract> : f32
        %v733 = arith.select %v722, %v688, %v704 : f32
        %v734 = arith.select %v722, %v704, %v688 : f32
        %v735, %v736 = gpu.shuffle xor %v733, %v719, %v718 : f32
        %v737 = arith.addf %v734, %v735 fastmath<contract> : f32
        %v738 = arith.select %v722, %v689, %v705 : f32
        %v739 = arith.select %v722, %v705, %v689 : f32
        %v740, %v741 = gpu.shuffle xor %v738, %v719, %v718 : f32
        %v742 = arith.addf %v739, %v740 fastmath<contract> : f32
        %v743 = arith.select %v722, %v690, %v706 : f32
        %v744 = arith.select %v722, %v706, %v690 : f32
        %v745, %v746 = gpu.shuffle xor %v743, %v719, %v718 : f32
        %v747 = arith.addf %v744, %v745 fastmath<contract> : f32
        %v748 = arith.select %v722, %v691, %v707 : f32
        %v749 = arith.select %v722, %v707, %v691 : f32
        %v750, %v751 = gpu.shuffle xor %v748, %v719, %v718 : f32
        %v752 = arith.addf %v749, %v750 fastmath<contract> : f32
        %v753 = arith.select %v722, %v692, %v708 : f32
        %v754 = arith.select %v722, %v708, %v692 : f32
        %v755, %v756 = gpu.shuffle xor %v753, %v719, %v718 : f32
        %v757 = arith.addf %v754, %v755 fastmath<contract> : f32
        %v758 = arith.select %v722, %v693, %v709 : f32
        %v759 = arith.select %v722, %v709, %v693 : f32
        %v760, %v761 = gpu.shuffle xor %v758, %v719, %v718 : f32
        %v762 = arith.addf %v759, %v760 fastmath<contract> : f32
        %v763 = arith.select %v722, %v694, %v710 : f32
        %v764 = arith.select %v722, %v710, %v694 : f32
        %v765, %v766 = gpu.shuffle xor %v763, %v719, %v718 : f32
        %v767 = arith.addf %v764, %v765 fastmath<contract> : f32
        %v768 = arith.select %v722, %v695, %v711 : f32
        %v769 = arith.select %v722, %v711, %v695 : f32
        %v770, %v771 = gpu.shuffle xor %v768, %v719, %v718 : f32
        %v772 = arith.addf %v769, %v770 fastmath<contract> : f32
        %v773 = arith.select %v722, %v696, %v712 : f32
        %v774 = arith.select %v722, %v712, %v696 : f32
        %v775, %v776 = gpu.shuffle xor %v773, %v719, %v718 : f32
        %v777 = arith.addf %v774, %v775 fastmath<contract> : f32
        %v778 = arith.select %v722, %v697, %v713 : f32
        %v779 = arith.select %v722, %v713, %v697 : f32
        %v780, %v781 = gpu.shuffle xor %v778, %v719, %v718 : f32
        %v782 = arith.addf %v779, %v780 fastmath<contract> : f32
        %v783 = arith.select %v722, %v698, %v714 : f32
        %v784 = arith.select %v722, %v714, %v698 : f32
        %v785, %v786 = gpu.shuffle xor %v783, %v719, %v718 : f32
        %v787 = arith.addf %v784, %v785 fastmath<contract> : f32
        %v788 = arith.select %v722, %v699, %v715 : f32
        %v789 = arith.select %v722, %v715, %v699 : f32
        %v790, %v791 = gpu.shuffle xor %v788, %v719, %v718 : f32
        %v792 = arith.addf %v789, %v790 fastmath<contract> : f32
        %v793 = arith.select %v722, %v700, %v716 : f32
        %v794 = arith.select %v722, %v716, %v700 : f32
        %v795, %v796 = gpu.shuffle xor %v793, %v719, %v718 : f32
        %v797 = arith.addf %v794, %v795 fastmath<contract> : f32
        %v798 = arith.select %v722, %v701, %v717 : f32
        %v799 = arith.select %v722, %v717, %v701 : f32
        %v800, %v801 = gpu.shuffle xor %v798, %v719, %v718 : f32
        %v802 = arith.addf %v799, %v800 fastmath<contract> : f32
        %v803 = arith.select %v722, %v720, %v12 : i64
        %v804 = arith.constant 8 : i32
        %v805 = arith.andi %v10, %v14 : i64
        %v806 = arith.cmpi ne, %v805, %v12 : i64
        %v807 = arith.select %v806, %v727, %v767 : f32
        %v808 = arith.select %v806, %v767, %v727 : f32
        %v809, %v810 = gpu.shuffle xor %v807, %v804, %v718 : f32
        %v811 = arith.addf %v808, %v809 fastmath<contract> : f32
        %v812 = arith.select %v806, %v732, %v772 : f32
        %v813 = arith.select %v806, %v772, %v732 : f32
        %v814, %v815 = gpu.shuffle xor %v812, %v804, %v718 : f32
        %v816 = arith.addf %v813, %v814 fastmath<contract> : f32
        %v817 = arith.select %v806, %v737, %v777 : f32
        %v818 = arith.select %v806, %v777, %v737 : f32
        %v819, %v820 = gpu.shuffle xor %v817, %v804, %v718 : f32
        %v821 = arith.addf %v818, %v819 fastmath<contract> : f32
        %v822 = arith.select %v806, %v742, %v782 : f32
        %v823 = arith.select %v806, %v782, %v742 : f32
        %v824, %v825 = gpu.shuffle xor %v822, %v804, %v718 : f32
        %v826 = arith.addf %v823, %v824 fastmath<contract> : f32
        %v827 = arith.select %v806, %v747, %v787 : f32
        %v828 = arith.select %v806, %v787, %v747 : f32
        %v829, %v830 = gpu.shuffle xor %v827, %v804, %v718 : f32
        %v831 = arith.addf %v828, %v829 fastmath<contract> : f32
        %v832 = arith.select %v806, %v752, %v792 : f32
        %v833 = arith.select %v806, %v792, %v752 : f32
        %v834, %v835 = gpu.shuffle xor %v832, %v804, %v718 : f32
        %v836 = arith.addf %v833, %v834 fastmath<contract> : f32
        %v837 = arith.select %v806, %v757, %v797 : f32
        %v838 = arith.select %v806, %v797, %v757 : f32
        %v839, %v840 = gpu.shuffle xor %v837, %v804, %v718 : f32
        %v841 = arith.addf %v838, %v839 fastmath<contract> : f32
        %v842 = arith.select %v806, %v762, %v802 : f32
        %v843 = arith.select %v806, %v802, %v762 : f32
        %v844, %v845 = gpu.shuffle xor %v842, %v804, %v718 : f32
        %v846 = arith.addf %v843, %v844 fastmath<contract> : f32
        %v847 = arith.select %v806, %v14, %v12 : i64
        %v848 = arith.addi %v803, %v847 : i64
        %v849 = arith.constant 4 : i32
        %v850 = arith.andi %v10, %v13 : i64
        %v851 = arith.cmpi ne, %v850, %v12 : i64
        %v852 = arith.select %v851, %v811, %v831 : f32
        %v853 = arith.select %v851, %v831, %v811 : f32
        %v854, %v855 = gpu.shuffle xor %v852, %v849, %v718 : f32
        %v856 = arith.addf %v853, %v854 fastmath<contract> : f32
        %v857 = arith.select %v851, %v816, %v836 : f32
        %v858 = arith.select %v851, %v836, %v816 : f32
        %v859, %v860 = gpu.shuffle xor %v857, %v849, %v718 : f32
        %v861 = arith.addf %v858, %v859 fastmath<contract> : f32
        %v862 = arith.select %v851, %v821, %v841 : f32
        %v863 = arith.select %v851, %v841, %v821 : f32
        %v864, %v865 = gpu.shuffle xor %v862, %v849, %v718 : f32
        %v866 = arith.addf %v863, %v864 fastmath<contract> : f32
        %v867 = arith.select %v851, %v826, %v846 : f32
        %v868 = arith.select %v851, %v846, %v826 : f32
        %v869, %v870 = gpu.shuffle xor %v867, %v849, %v718 : f32
        %v871 = arith.addf %v868, %v869 fastmath<contract> : f32
        %v872 = arith.select %v851, %v13, %v12 : i64
        %v873 = arith.addi %v848, %v872 : i64
        %v874 = arith.constant 2 : i32
        %v875 = arith.andi %v10, %v26 : i64
        %v876 = arith.cmpi ne, %v875, %v12 : i64
        %v877 = arith.select %v876, %v856, %v866 : f32
        %v878 = arith.select %v876, %v866, %v856 : f32
        %v879, %v880 = gpu.shuffle xor %v877, %v874, %v718 : f32
        %v881 = arith.addf %v878, %v879 fastmath<contract> : f32
        %v882 = arith.select %v876, %v861, %v871 : f32
        %v883 = arith.select %v876, %v871, %v861 : f32
        %v884, %v885 = gpu.shuffle xor %v882, %v874, %v718 : f32
        %v886 = arith.addf %v883, %v884 fastmath<contract> : f32
        %v887 = arith.select %v876, %v26, %v12 : i64
        %v888 = arith.addi %v873, %v887 : i64
        %v889 = arith.constant 1 : i32
        %v890 = arith.andi %v10, %v11 : i64
        %v891 = arith.cmpi ne, %v890, %v12 : i64
        %v892 = arith.select %v891, %v881, %v886 : f32
        %v893 = arith.select %v891, %v886, %v881 : f32
        %v894, %v895 = gpu.shuffle xor %v892, %v889, %v718 : f32
        %v896 = arith.addf %v893, %v894 fastmath<contract> : f32
        %v897 = arith.select %v891, %v11, %v12 : i64
        %v898 = arith.addi %v888, %v897 : i64
        %v899 = arith.divsi %v898, %v13 : i64
        %v900 = arith.remsi %v898, %v13 : i64
        %v901 = arith.addi %v21, %v900 : i64
        %v902 = arith.addi %v20, %v899 : i64
        %v903 = llvm.load %v125 : !llvm.ptr -> f32
        %v904 = llvm.load %v126 : !llvm.ptr -> f32
        %v905 = llvm.load %v127 : !llvm.ptr -> f32
        %v906 = llvm.load %v128 : !llvm.ptr -> f32
        %v907 = llvm.load %v129 : !llvm.ptr -> f32
        %v908 = llvm.load %v130 : !llvm.ptr -> f32
        %v909 = llvm.load %v131 : !llvm.ptr -> f32
        %v910 = llvm.load %v132 : !llvm.ptr -> f32
        %v911 = arith.constant 32 : i32
        %v912 = arith.constant 16 : i32
        %v913 = arith.andi %v10, %v720 : i64
        %v914 = arith.cmpi ne, %v913, %v12 : i64
        %v915 = arith.select %v914, %v903, %v907 : f32
        %v916 = arith.select %v914, %v907, %v903 : f32
        %v917, %v918 = gpu.shuffle xor %v915, %v912, %v911 : f32
        %v919 = arith.addf %v916, %v917 fastmath<contract> : f32
        %v920 = arith.select %v914, %v904, %v908 : f32
        %v921 = arith.select %v914, %v908, %v904 : f32
        %v922, %v923 = gpu.shuffle xor %v920, %v912, %v911 : f32
        %v924 = arith.addf %v921, %v922 fastmath<contract> : f32
        %v925 = arith.select %v914, %v905, %v909 : f32
        %v926 = arith.select %v914, %v909, %v905 : f32
        %v927, %v928 = gpu.shuffle xor %v925, %v912, %v911 : f32
        %v929 = arith.addf %v926, %v927 fastmath<contract> : f32
        %v930 = arith.select %v914, %v906, %v910 : f32
        %v931 = arith.select %v914, %v910, %v906 : f32
        %v932, %v933 = gpu.shuffle xor %v930, %v912, %v911 : f32
        %v934 = arith.addf %v931, %v932 fastmath<contract> : f32
        %v935 = arith.select %v914, %v13, %v12 : i64
        %v936 = arith.constant 8 : i32
        %v937 = arith.andi %v10, %v14 : i64
        %v938 = arith.cmpi ne, %v937, %v12 : i64
        %v939 = arith.select %v938, %v919, %v929 : f32
        %v940 = arith.select %v938, %v929, %v919 : f32
        %v941, %v942 = gpu.shuffle xor %v939, %v936, %v911 : f32
        %v943 = arith.addf %v940, %v941 fastmath<contract> : f32
        %v944 = arith.select %v938, %v924, %v934 : f32
        %v945 = arith.select %v938, %v934, %v924 : f32
        %v946, %v947 = gpu.shuffle xor %v944, %v936, %v911 : f32
        %v948 = arith.addf %v945, %v946 fastmath<contract> : f32
        %v949 = arith.select %v938, %v26, %v12 : i64
        %v950 = arith.addi %v935, %v949 : i64
        %v951 = arith.constant 4 : i32
        %v952 = arith.andi %v10, %v13 : i64
        %v953 = arith.cmpi ne, %v952, %v12 : i64
        %v954 = arith.select %v953, %v943, %v948 : f32
        %v955 = arith.select %v953, %v948, %v943 : f32
        %v956, %v957 = gpu.shuffle xor %v954, %v951, %v911 : f32
        %v958 = arith.addf %v955, %v956 fastmath<contract> : f32
        %v959 = arith.select %v953, %v11, %v12 : i64
        %v960 = arith.addi %v950, %v959 : i64
        %v961 = arith.constant 2 : i32
        %v962, %v963 = gpu.shuffle xor %v958, %v961, %v911 : f32
        %v964 = arith.addf %v958, %v962 fastmath<contract> : f32
        %v965 = arith.constant 1 : i32
        %v966, %v967 = gpu.shuffle xor %v964, %v965, %v911 : f32
        %v968 = arith.addf %v964, %v966 fastmath<contract> : f32
        %v969 = arith.sitofp %k : i64 to f32
        %v970 = arith.divf %v968, %v969 : f32
        %v971 = arith.addf %v970, %eps fastmath<contract> : f32
        %v972 = llvm.call_intrinsic "llvm.sqrt.f32"(%v971) : (f32) -> f32
        %v974 = arith.divf %v973, %v972 : f32
        %v975 = arith.mulf %v896, %v974 fastmath<contract> : f32
        %v976 = arith.andi %v10, %v12 : i64
        %v977 = arith.cmpi eq, %v976, %v12 : i64
        %v978 = arith.cmpi slt, %v901, %n : i64
        %v979 = arith.cmpi slt, %v902, %m : i64
        %v980 = arith.andi %v978, %v979 : i1
        %v981 = arith.andi %v980, %v977 : i1
        scf.if %v981 {
          llvm.store %v975, %v982 : f32, !llvm.ptr
          %v983 = llvm.mlir.zero : !llvm.ptr
          %v984 = llvm.icmp "ne" %bias, %v983 : !llvm.ptr
          scf.if %v984 {
            %v985 = llvm.getelementptr %bias[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v986 = llvm.load %v985 : !llvm.ptr -> f32
            %v987 = llvm.load %v982 : !llvm.ptr -> f32
            %v988 = arith.addf %v987, %v986 fastmath<contract> : f32
            llvm.store %v988, %v982 : f32, !llvm.ptr
          }
          %v989 = llvm.mlir.zero : !llvm.ptr
          %v990 = llvm.icmp "ne" %add, %v989 : !llvm.ptr
          scf.if %v990 {
            %v991 = arith.muli %v902, %add_stride : i64
            %v992 = arith.addi %v991, %v901 : i64
            %v993 = llvm.getelementptr %add[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v994 = llvm.load %v993 : !llvm.ptr -> f32
            %v995 = llvm.load %v982 : !llvm.ptr -> f32
            %v996 = arith.addf %v995, %v994 fastmath<contract> : f32
            llvm.store %v996, %v982 : f32, !llvm.ptr
          }
          %v997 = llvm.load %v982 : !llvm.ptr -> f32
          %v998 = arith.cmpi slt, %v901, %split1 : i64
          %v999 = arith.cmpi slt, %v901, %split2 : i64
          %v1000 = arith.muli %m, %split1 : i64
          %v1001 = arith.muli %m, %split2 : i64
          %v1002 = arith.select %v999, %v1000, %v1001 : i64
          %v1003 = arith.select %v998, %v12, %v1002 : i64
          %v1004 = arith.subi %split2, %split1 : i64
          %v1005 = arith.subi %n, %split2 : i64
          %v1006 = arith.select %v999, %v1004, %v1005 : i64
          %v1007 = arith.select %v998, %split1, %v1006 : i64
          %v1008 = arith.select %v999, %split1, %split2 : i64
          %v1009 = arith.select %v998, %v12, %v1008 : i64
          %v1010 = arith.muli %v902, %v1007 : i64
          %v1011 = arith.subi %v901, %v1009 : i64
          %v1012 = arith.addi %v1003, %v1010 : i64
          %v1013 = arith.addi %v1012, %v1011 : i64
          %v1014 = llvm.getelementptr %out[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v997, %v1014 : f32, !llvm.ptr
          %v1015 = llvm.mlir.zero : !llvm.ptr
          %v1016 = llvm.icmp "ne" %conv_w, %v1015 : !llvm.ptr
          %v1017 = arith.andi %v1016, %v998 : i1
          scf.if %v1017 {
            %v1018 = arith.subi %conv_k, %v11 : i64
            llvm.store %v43, %v1019 : f32, !llvm.ptr
            %v1020 = llvm.mlir.zero : !llvm.ptr
            %v1021 = llvm.icmp "ne" %conv_b, %v1020 : !llvm.ptr
            scf.if %v1021 {
              %v1022 = llvm.getelementptr %conv_b[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
              llvm.store %v1023, %v1019 : f32, !llvm.ptr
            }
            %v1024 = arith.muli %v901, %conv_k : i64
            %v1025 = arith.muli %v902, %v1018 : i64
            scf.for %v1026 = %v12 to %v1018 step %v11 : i64 {
              %v1027 = arith.addi %v1025, %v1026 : i64
              %v1028 = arith.muli %v1027, %split1 : i64
              %v1029 = arith.addi %v1028, %v901 : i64
              %v1030 = llvm.getelementptr %conv_win[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
              %v1032 = arith.addi %v1024, %v1026 : i64
              %v1033 = llvm.getelementptr %conv_w[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
              %v1035 = arith.mulf %v1034, %v1031 fastmath<contract> : f32
              %v1036 = llvm.load %v1019 : !llvm.ptr -> f32
              %v1037 = arith.addf %v1036, %v1035 fastmath<contract> : f32
              llvm.store %v1037, %v1019 : f32, !llvm.ptr
            }
            %v1038 = arith.addi %v1024, %v1018 : i64
            %v1039 = llvm.getelementptr %conv_w[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
            %v1041 = arith.mulf %v1040, %v997 fastmath<contract> : f32
            %v1042 = llvm.load %v1019 : !llvm.ptr -> f32
            %v1043 = arith.addf %v1042, %v1041 fastmath<contract> : f32
            %v1044 = arith.negf %v1043 : f32
            %v1046 = arith.mulf %v1044, %v1045 fastmath<contract> : f32
            %v1047 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1046) : (f32) -> f32
            %v1048 = arith.addf %v973, %v1047 fastmath<contract> : f32
            %v1049 = arith.divf %v973, %v1048 : f32
            %v1050 = arith.mulf %v1043, %v1049 fastmath<contract> : f32
            %v1051 = arith.cmpi eq, %conv_act, %v11 : i64
            %v1052 = arith.select %v1051, %v1050, %v1043 : f32
            %v1053 = arith.muli %v902, %split1 : i64
            %v1054 = arith.addi %v1053, %v901 : i64
            %v1055 = llvm.getelementptr %conv_out[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1052, %v1055 : f32, !llvm.ptr
            %v1056 = arith.subi %v1018, %v11 : i64
            scf.for %v1057 = %v12 to %v1056 step %v11 : i64 {
              %v1058 = arith.addi %v1025, %v1057 : i64
              %v1059 = arith.muli %v1058, %split1 : i64
              %v1060 = arith.addi %v1059, %v901 : i64
              %v1061 = arith.addi %v1060, %split1 : i64
              %v1062 = llvm.getelementptr %conv_win[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
              %v1064 = llvm.getelementptr %conv_win[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1063, %v1064 : f32, !llvm.ptr
            }
            %v1065 = arith.cmpi slt, %v12, %v1018 : i64
            scf.if %v1065 {
              %v1066 = arith.addi %v1025, %v1056 : i64
              %v1067 = arith.muli %v1066, %split1 : i64
              %v1068 = arith.addi %v1067, %v901 : i64
              %v1069 = llvm.getelementptr %conv_win[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v997, %v1069 : f32, !llvm.ptr
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
