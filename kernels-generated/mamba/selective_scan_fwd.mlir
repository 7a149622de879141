module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_fwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v22 = arith.constant 63 : i64
      %v23 = arith.addi %size_L, %v22 : i64
      %v24 = arith.constant 64 : i64
      %v25 = arith.divui %v23, %v24 : i64
      %v30 = arith.constant 64 : i64
      %v34 = arith.constant 1 : i64
      %v41 = arith.constant 1 : i64
      %v42 = arith.muli %v41, %v1 : i64
      %v43 = arith.muli %v42, %size_D : i64
      %v52 = arith.constant 0x00000000 : f32
      %v218 = arith.constant 0 : i64
      %v219 = arith.constant 32 : i64
      %v226 = arith.constant 32 : i64
      %v228 = arith.constant 0 : i64
      %v229 = arith.constant 1 : i64
      %v236 = arith.constant 64 : i64
      %v238 = arith.constant 0 : i64
      %v244 = arith.constant 1 : i64
      %v245 = arith.muli %v244, %size_B : i64
      %v246 = arith.muli %v245, %size_D : i64
      %v247 = arith.muli %v246, %v1 : i64
      %v390 = arith.constant 1 : i64
      %v391 = arith.muli %v390, %size_D : i64
      %v392 = arith.muli %v391, %size_L : i64
      %v400 = arith.constant 1 : i64
      %v408 = arith.constant 0x3FB8AA3B : f32
      %v411 = arith.constant 0x3F800000 : f32
      %v414 = arith.constant 0x3F317218 : f32
      %v416 = arith.constant 0x3E124925 : f32
      %v417 = arith.constant 0xBE2AAAAB : f32
      %v420 = arith.constant 0x3E4CCCCD : f32
      %v423 = arith.constant 0xBE800000 : f32
      %v426 = arith.constant 0x3EAAAAAB : f32
      %v429 = arith.constant 0xBF000000 : f32
      %v436 = arith.constant 0x3D800000 : f32
      %v440 = arith.constant 1 : i64
      %v441 = arith.muli %v440, %v1 : i64
      %v448 = arith.constant 1 : i64
      %v449 = arith.muli %v448, %v1 : i64
      %v450 = arith.muli %v449, %size_L : i64
      %v26 = gpu.block_id x
      %v27 = gpu.thread_id x
      %v28 = arith.index_cast %v27 : index to i64
      %v29 = arith.index_cast %v26 : index to i64
      %v31 = arith.muli %v29, %v30 : i64
      %v32 = arith.addi %v31, %v28 : i64
      %v33 = arith.cmpi slt, %v32, %v4 : i64
      %v35 = arith.subi %v4, %v34 : i64
      %v36 = arith.minsi %v32, %v35 : i64
      %v37 = arith.remui %v36, %size_D : i64
      %v38 = arith.divui %v36, %size_D : i64
      %v39 = arith.remui %v38, %size_B : i64
      %v40 = arith.divui %v38, %size_B : i64
      %v401 = arith.muli %v37, %v400 : i64
      %v402 = llvm.getelementptr %in_dt_bias[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v403 = llvm.load %v402 : !llvm.ptr -> f32
      %v442 = arith.muli %v37, %v441 : i64
      %v443 = llvm.getelementptr %in_A[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v444 = llvm.load %v443 : !llvm.ptr -> f32
      %v468 = arith.muli %v37, %v441 : i64
      %v469 = arith.constant 1 : i64
      %v470 = arith.muli %v469, %v440 : i64
      %v471 = arith.addi %v468, %v470 : i64
      %v472 = llvm.getelementptr %in_A[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v473 = llvm.load %v472 : !llvm.ptr -> f32
      %v490 = arith.muli %v37, %v441 : i64
      %v491 = arith.constant 2 : i64
      %v492 = arith.muli %v491, %v440 : i64
      %v493 = arith.addi %v490, %v492 : i64
      %v494 = llvm.getelementptr %in_A[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v495 = llvm.load %v494 : !llvm.ptr -> f32
      %v512 = arith.muli %v37, %v441 : i64
      %v513 = arith.constant 3 : i64
      %v514 = arith.muli %v513, %v440 : i64
      %v515 = arith.addi %v512, %v514 : i64
      %v516 = llvm.getelementptr %in_A[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v517 = llvm.load %v516 : !llvm.ptr -> f32
      %v534 = arith.muli %v37, %v441 : i64
      %v535 = arith.constant 4 : i64
      %v536 = arith.muli %v535, %v440 : i64
      %v537 = arith.addi %v534, %v536 : i64
      %v538 = llvm.getelementptr %in_A[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v539 = llvm.load %v538 : !llvm.ptr -> f32
      %v556 = arith.muli %v37, %v441 : i64
      %v557 = arith.constant 5 : i64
      %v558 = arith.muli %v557, %v440 : i64
      %v559 = arith.addi %v556, %v558 : i64
      %v560 = llvm.getelementptr %in_A[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v561 = llvm.load %v560 : !llvm.ptr -> f32
      %v578 = arith.muli %v37, %v441 : i64
      %v579 = arith.constant 6 : i64
      %v580 = arith.muli %v579, %v440 : i64
      %v581 = arith.addi %v578, %v580 : i64
      %v582 = llvm.getelementptr %in_A[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v583 = llvm.load %v582 : !llvm.ptr -> f32
      %v600 = arith.muli %v37, %v441 : i64
      %v601 = arith.constant 7 : i64
      %v602 = arith.muli %v601, %v440 : i64
      %v603 = arith.addi %v600, %v602 : i64
      %v604 = llvm.getelementptr %in_A[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v605 = llvm.load %v604 : !llvm.ptr -> f32
      %v622 = arith.muli %v37, %v441 : i64
      %v623 = arith.constant 8 : i64
      %v624 = arith.muli %v623, %v440 : i64
      %v625 = arith.addi %v622, %v624 : i64
      %v626 = llvm.getelementptr %in_A[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v627 = llvm.load %v626 : !llvm.ptr -> f32
      %v644 = arith.muli %v37, %v441 : i64
      %v645 = arith.constant 9 : i64
      %v646 = arith.muli %v645, %v440 : i64
      %v647 = arith.addi %v644, %v646 : i64
      %v648 = llvm.getelementptr %in_A[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v649 = llvm.load %v648 : !llvm.ptr -> f32
      %v666 = arith.muli %v37, %v441 : i64
      %v667 = arith.constant 10 : i64
      %v668 = arith.muli %v667, %v440 : i64
      %v669 = arith.addi %v666, %v668 : i64
      %v670 = llvm.getelementptr %in_A[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v671 = llvm.load %v670 : !llvm.ptr -> f32
      %v688 = arith.muli %v37, %v441 : i64
      %v689 = arith.constant 11 : i64
      %v690 = arith.muli %v689, %v440 : i64
      %v691 = arith.addi %v688, %v690 : i64
      %v692 = llvm.getelementptr %in_A[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v693 = llvm.load %v692 : !llvm.ptr -> f32
      %v710 = arith.muli %v37, %v441 : i64
      %v711 = arith.constant 12 : i64
      %v712 = arith.muli %v711, %v440 : i64
      %v713 = arith.addi %v710, %v712 : i64
      %v714 = llvm.getelementptr %in_A[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v715 = llvm.load %v714 : !llvm.ptr -> f32
      %v732 = arith.muli %v37, %v441 : i64
      %v733 = arith.constant 13 : i64
      %v734 = arith.muli %v733, %v440 : i64
      %v735 = arith.addi %v732, %v734 : i64
      %v736 = llvm.getelementptr %in_A[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v737 = llvm.load %v736 : !llvm.ptr -> f32
      %v754 = arith.muli %v37, %v441 : i64
      %v755 = arith.constant 14 : i64
      %v756 = arith.muli %v755, %v440 : i64
      %v757 = arith.addi %v754, %v756 : i64
      %v758 = llvm.getelementptr %in_A[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v759 = llvm.load %v758 : !llvm.ptr -> f32
      %v776 = arith.muli %v37, %v441 : i64
      %v777 = arith.constant 15 : i64
      %v778 = arith.muli %v777, %v440 : i64
      %v779 = arith.addi %v776, %v778 : i64
      %v780 = llvm.getelementptr %in_A[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v781 = llvm.load %v780 : !llvm.ptr -> f32
      %v970 = arith.muli %v37, %v400 : i64
      %v971 = llvm.getelementptr %in_Dskip[%v970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v972 = llvm.load %v971 : !llvm.ptr -> f32
      %v44 = arith.muli %v39, %v43 : i64
      %v45 = arith.muli %v37, %v42 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = llvm.mlir.zero : !llvm.ptr
      %v48 = llvm.icmp "ne" %in_h0, %v47 : !llvm.ptr
      %v49 = scf.if %v48 -> (f32) {
        %v50 = llvm.getelementptr %in_h0[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = llvm.load %v50 : !llvm.ptr -> f32
        scf.yield %v51 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v49, %v6 : f32, !llvm.ptr
      %v53 = arith.muli %v39, %v43 : i64
      %v54 = arith.muli %v37, %v42 : i64
      %v55 = arith.addi %v53, %v54 : i64
      %v56 = arith.constant 1 : i64
      %v57 = arith.muli %v56, %v41 : i64
      %v58 = arith.addi %v55, %v57 : i64
      %v59 = llvm.mlir.zero : !llvm.ptr
      %v60 = llvm.icmp "ne" %in_h0, %v59 : !llvm.ptr
      %v61 = scf.if %v60 -> (f32) {
        %v62 = llvm.getelementptr %in_h0[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v63 = llvm.load %v62 : !llvm.ptr -> f32
        scf.yield %v63 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v61, %v7 : f32, !llvm.ptr
      %v64 = arith.muli %v39, %v43 : i64
      %v65 = arith.muli %v37, %v42 : i64
      %v66 = arith.addi %v64, %v65 : i64
      %v67 = arith.constant 2 : i64
      %v68 = arith.muli %v67, %v41 : i64
      %v69 = arith.addi %v66, %v68 : i64
      %v70 = llvm.mlir.zero : !llvm.ptr
      %v71 = llvm.icmp "ne" %in_h0, %v70 : !llvm.ptr
      %v72 = scf.if %v71 -> (f32) {
        %v73 = llvm.getelementptr %in_h0[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v74 = llvm.load %v73 : !llvm.ptr -> f32
        scf.yield %v74 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v72, %v8 : f32, !llvm.ptr
      %v75 = arith.muli %v39, %v43 : i64
      %v76 = arith.muli %v37, %v42 : i64
      %v77 = arith.addi %v75, %v76 : i64
      %v78 = arith.constant 3 : i64
      %v79 = arith.muli %v78, %v41 : i64
      %v80 = arith.addi %v77, %v79 : i64
      %v81 = llvm.mlir.zero : !llvm.ptr
      %v82 = llvm.icmp "ne" %in_h0, %v81 : !llvm.ptr
      %v83 = scf.if %v82 -> (f32) {
        %v84 = llvm.getelementptr %in_h0[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v85 = llvm.load %v84 : !llvm.ptr -> f32
        scf.yield %v85 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v83, %v9 : f32, !llvm.ptr
      %v86 = arith.muli %v39, %v43 : i64
      %v87 = arith.muli %v37, %v42 : i64
      %v88 = arith.addi %v86, %v87 : i64
      %v89 = arith.constant 4 : i64
      %v90 = arith.muli %v89, %v41 : i64
      %v91 = arith.addi %v88, %v90 : i64
      %v92 = llvm.mlir.zero : !llvm.ptr
      %v93 = llvm.icmp "ne" %in_h0, %v92 : !llvm.ptr
      %v94 = scf.if %v93 -> (f32) {
        %v95 = llvm.getelementptr %in_h0[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v96 = llvm.load %v95 : !llvm.ptr -> f32
        scf.yield %v96 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v94, %v10 : f32, !llvm.ptr
      %v97 = arith.muli %v39, %v43 : i64
      %v98 = arith.muli %v37, %v42 : i64
      %v99 = arith.addi %v97, %v98 : i64
      %v100 = arith.constant 5 : i64
      %v101 = arith.muli %v100, %v41 : i64
      %v102 = arith.addi %v99, %v101 : i64
      %v103 = llvm.mlir.zero : !llvm.ptr
      %v104 = llvm.icmp "ne" %in_h0, %v103 : !llvm.ptr
      %v105 = scf.if %v104 -> (f32) {
        %v106 = llvm.getelementptr %in_h0[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v107 = llvm.load %v106 : !llvm.ptr -> f32
        scf.yield %v107 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v105, %v11 : f32, !llvm.ptr
      %v108 = arith.muli %v39, %v43 : i64
      %v109 = arith.muli %v37, %v42 : i64
      %v110 = arith.addi %v108, %v109 : i64
      %v111 = arith.constant 6 : i64
      %v112 = arith.muli %v111, %v41 : i64
      %v113 = arith.addi %v110, %v112 : i64
      %v114 = llvm.mlir.zero : !llvm.ptr
      %v115 = llvm.icmp "ne" %in_h0, %v114 : !llvm.ptr
      %v116 = scf.if %v115 -> (f32) {
        %v117 = llvm.getelementptr %in_h0[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v118 = llvm.load %v117 : !llvm.ptr -> f32
        scf.yield %v118 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v116, %v12 : f32, !llvm.ptr
      %v119 = arith.muli %v39, %v43 : i64
      %v120 = arith.muli %v37, %v42 : i64
      %v121 = arith.addi %v119, %v120 : i64
      %v122 = arith.constant 7 : i64
      %v123 = arith.muli %v122, %v41 : i64
      %v124 = arith.addi %v121, %v123 : i64
      %v125 = llvm.mlir.zero : !llvm.ptr
      %v126 = llvm.icmp "ne" %in_h0, %v125 : !llvm.ptr
      %v127 = scf.if %v126 -> (f32) {
        %v128 = llvm.getelementptr %in_h0[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v129 = llvm.load %v128 : !llvm.ptr -> f32
        scf.yield %v129 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v127, %v13 : f32, !llvm.ptr
      %v130 = arith.muli %v39, %v43 : i64
      %v131 = arith.muli %v37, %v42 : i64
      %v132 = arith.addi %v130, %v131 : i64
      %v133 = arith.constant 8 : i64
      %v134 = arith.muli %v133, %v41 : i64
      %v135 = arith.addi %v132, %v134 : i64
      %v136 = llvm.mlir.zero : !llvm.ptr
      %v137 = llvm.icmp "ne" %in_h0, %v136 : !llvm.ptr
      %v138 = scf.if %v137 -> (f32) {
        %v139 = llvm.getelementptr %in_h0[%v135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v140 = llvm.load %v139 : !llvm.ptr -> f32
        scf.yield %v140 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v138, %v14 : f32, !llvm.ptr
      %v141 = arith.muli %v39, %v43 : i64
      %v142 = arith.muli %v37, %v42 : i64
      %v143 = arith.addi %v141, %v142 : i64
      %v144 = arith.constant 9 : i64
      %v145 = arith.muli %v144, %v41 : i64
      %v146 = arith.addi %v143, %v145 : i64
      %v147 = llvm.mlir.zero : !llvm.ptr
      %v148 = llvm.icmp "ne" %in_h0, %v147 : !llvm.ptr
      %v149 = scf.if %v148 -> (f32) {
        %v150 = llvm.getelementptr %in_h0[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v151 = llvm.load %v150 : !llvm.ptr -> f32
        scf.yield %v151 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v149, %v15 : f32, !llvm.ptr
      %v152 = arith.muli %v39, %v43 : i64
      %v153 = arith.muli %v37, %v42 : i64
      %v154 = arith.addi %v152, %v153 : i64
      %v155 = arith.constant 10 : i64
      %v156 = arith.muli %v155, %v41 : i64
      %v157 = arith.addi %v154, %v156 : i64
      %v158 = llvm.mlir.zero : !llvm.ptr
      %v159 = llvm.icmp "ne" %in_h0, %v158 : !llvm.ptr
      %v160 = scf.if %v159 -> (f32) {
        %v161 = llvm.getelementptr %in_h0[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v162 = llvm.load %v161 : !llvm.ptr -> f32
        scf.yield %v162 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v160, %v16 : f32, !llvm.ptr
      %v163 = arith.muli %v39, %v43 : i64
      %v164 = arith.muli %v37, %v42 : i64
      %v165 = arith.addi %v163, %v164 : i64
      %v166 = arith.constant 11 : i64
      %v167 = arith.muli %v166, %v41 : i64
      %v168 = arith.addi %v165, %v167 : i64
      %v169 = llvm.mlir.zero : !llvm.ptr
      %v170 = llvm.icmp "ne" %in_h0, %v169 : !llvm.ptr
      %v171 = scf.if %v170 -> (f32) {
        %v172 = llvm.getelementptr %in_h0[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v173 = llvm.load %v172 : !llvm.ptr -> f32
        scf.yield %v173 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v171, %v17 : f32, !llvm.ptr
      %v174 = arith.muli %v39, %v43 : i64
      %v175 = arith.muli %v37, %v42 : i64
      %v176 = arith.addi %v174, %v175 : i64
      %v177 = arith.constant 12 : i64
      %v178 = arith.muli %v177, %v41 : i64
      %v179 = arith.addi %v176, %v178 : i64
      %v180 = llvm.mlir.zero : !llvm.ptr
      %v181 = llvm.icmp "ne" %in_h0, %v180 : !llvm.ptr
      %v182 = scf.if %v181 -> (f32) {
        %v183 = llvm.getelementptr %in_h0[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v184 = llvm.load %v183 : !llvm.ptr -> f32
        scf.yield %v184 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v182, %v18 : f32, !llvm.ptr
      %v185 = arith.muli %v39, %v43 : i64
      %v186 = arith.muli %v37, %v42 : i64
      %v187 = arith.addi %v185, %v186 : i64
      %v188 = arith.constant 13 : i64
      %v189 = arith.muli %v188, %v41 : i64
      %v190 = arith.addi %v187, %v189 : i64
      %v191 = llvm.mlir.zero : !llvm.ptr
      %v192 = llvm.icmp "ne" %in_h0, %v191 : !llvm.ptr
      %v193 = scf.if %v192 -> (f32) {
        %v194 = llvm.getelementptr %in_h0[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v195 = llvm.load %v194 : !llvm.ptr -> f32
        scf.yield %v195 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v193, %v19 : f32, !llvm.ptr
      %v196 = arith.muli %v39, %v43 : i64
      %v197 = arith.muli %v37, %v42 : i64
      %v198 = arith.addi %v196, %v197 : i64
      %v199 = arith.constant 14 : i64
      %v200 = arith.muli %v199, %v41 : i64
      %v201 = arith.addi %v198, %v200 : i64
      %v202 = llvm.mlir.zero : !llvm.ptr
      %v203 = llvm.icmp "ne" %in_h0, %v202 : !llvm.ptr
      %v204 = scf.if %v203 -> (f32) {
        %v205 = llvm.getelementptr %in_h0[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v206 = llvm.load %v205 : !llvm.ptr -> f32
        scf.yield %v206 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v204, %v20 : f32, !llvm.ptr
      %v207 = arith.muli %v39, %v43 : i64
      %v208 = arith.muli %v37, %v42 : i64
      %v209 = arith.addi %v207, %v208 : i64
      %v210 = arith.constant 15 : i64
      %v211 = arith.muli %v210, %v41 : i64
      %v212 = arith.addi %v209, %v211 : i64
      %v213 = llvm.mlir.zero : !llvm.ptr
      %v214 = llvm.icmp "ne" %in_h0, %v213 : !llvm.ptr
      %v215 = scf.if %v214 -> (f32) {
        %v216 = llvm.getelementptr %in_h0[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v217 = llvm.load %v216 : !llvm.ptr -> f32
        scf.yield %v217 : f32
      } else {
        scf.yield %v52 : f32
      }
      llvm.store %v215, %v21 : f32, !llvm.ptr
      %v220 = arith.index_cast %v218 : i64 to index
      %v221 = arith.index_cast %size_L : i64 to index
      %v222 = arith.index_cast %v219 : i64 to index
      scf.for %v223 = %v220 to %v221 step %v222 {
        %v224 = arith.index_cast %v223 : index to i64
        %v225 = arith.subi %size_L, %v224 : i64
        %v227 = arith.minsi %v225, %v226 : i64
        %v230 = arith.index_cast %v228 : i64 to index
        %v231 = arith.index_cast %v227 : i64 to index
        %v232 = arith.index_cast %v229 : i64 to index
        scf.for %v233 = %v230 to %v231 step %v232 {
          %v234 = arith.index_cast %v233 : index to i64
          %v235 = arith.addi %v224, %v234 : i64
          %v237 = arith.remui %v235, %v236 : i64
          %v239 = arith.cmpi eq, %v237, %v238 : i64
          %v240 = arith.andi %v239, %v33 : i1
          scf.if %v240 {
            %v241 = arith.divui %v235, %v236 : i64
            %v242 = llvm.mlir.zero : !llvm.ptr
            %v243 = llvm.icmp "ne" %ckpt_h, %v242 : !llvm.ptr
            scf.if %v243 {
              %v248 = arith.muli %v241, %v247 : i64
              %v249 = llvm.load %v6 : !llvm.ptr -> f32
              %v250 = arith.muli %v39, %v43 : i64
              %v251 = arith.muli %v37, %v42 : i64
              %v252 = arith.addi %v250, %v251 : i64
              %v253 = arith.addi %v248, %v252 : i64
              %v254 = llvm.getelementptr %ckpt_h[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v249, %v254 : f32, !llvm.ptr
              %v255 = llvm.load %v7 : !llvm.ptr -> f32
              %v256 = arith.muli %v39, %v43 : i64
              %v257 = arith.muli %v37, %v42 : i64
              %v258 = arith.addi %v256, %v257 : i64
              %v259 = arith.constant 1 : i64
              %v260 = arith.muli %v259, %v41 : i64
              %v261 = arith.addi %v258, %v260 : i64
              %v262 = arith.addi %v248, %v261 : i64
              %v263 = llvm.getelementptr %ckpt_h[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v255, %v263 : f32, !llvm.ptr
              %v264 = llvm.load %v8 : !llvm.ptr -> f32
              %v265 = arith.muli %v39, %v43 : i64
              %v266 = arith.muli %v37, %v42 : i64
              %v267 = arith.addi %v265, %v266 : i64
              %v268 = arith.constant 2 : i64
              %v269 = arith.muli %v268, %v41 : i64
              %v270 = arith.addi %v267, %v269 : i64
              %v271 = arith.addi %v248, %v270 : i64
              %v272 = llvm.getelementptr %ckpt_h[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v264, %v272 : f32, !llvm.ptr
              %v273 = llvm.load %v9 : !llvm.ptr -> f32
              %v274 = arith.muli %v39, %v43 : i64
              %v275 = arith.muli %v37, %v42 : i64
              %v276 = arith.addi %v274, %v275 : i64
              %v277 = arith.constant 3 : i64
              %v278 = arith.muli %v277, %v41 : i64
              %v279 = arith.addi %v276, %v278 : i64
              %v280 = arith.addi %v248, %v279 : i64
              %v281 = llvm.getelementptr %ckpt_h[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v273, %v281 : f32, !llvm.ptr
              %v282 = llvm.load %v10 : !llvm.ptr -> f32
              %v283 = arith.muli %v39, %v43 : i64
              %v284 = arith.muli %v37, %v42 : i64
              %v285 = arith.addi %v283, %v284 : i64
              %v286 = arith.constant 4 : i64
              %v287 = arith.muli %v286, %v41 : i64
              %v288 = arith.addi %v285, %v287 : i64
              %v289 = arith.addi %v248, %v288 : i64
              %v290 = llvm.getelementptr %ckpt_h[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v282, %v290 : f32, !llvm.ptr
              %v291 = llvm.load %v11 : !llvm.ptr -> f32
              %v292 = arith.muli %v39, %v43 : i64
              %v293 = arith.muli %v37, %v42 : i64
              %v294 = arith.addi %v292, %v293 : i64
              %v295 = arith.constant 5 : i64
              %v296 = arith.muli %v295, %v41 : i64
              %v297 = arith.addi %v294, %v296 : i64
              %v298 = arith.addi %v248, %v297 : i64
              %v299 = llvm.getelementptr %ckpt_h[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v291, %v299 : f32, !llvm.ptr
              %v300 = llvm.load %v12 : !llvm.ptr -> f32
              %v301 = arith.muli %v39, %v43 : i64
              %v302 = arith.muli %v37, %v42 : i64
              %v303 = arith.addi %v301, %v302 : i64
              %v304 = arith.constant 6 : i64
              %v305 = arith.muli %v304, %v41 : i64
              %v306 = arith.addi %v303, %v305 : i64
              %v307 = arith.addi %v248, %v306 : i64
              %v308 = llvm.getelementptr %ckpt_h[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v300, %v308 : f32, !llvm.ptr
              %v309 = llvm.load %v13 : !llvm.ptr -> f32
              %v310 = arith.muli %v39, %v43 : i64
              %v311 = arith.muli %v37, %v42 : i64
              %v312 = arith.addi %v310, %v311 : i64
              %v313 = arith.constant 7 : i64
              %v314 = arith.muli %v313, %v41 : i64
              %v315 = arith.addi %v312, %v314 : i64
              %v316 = arith.addi %v248, %v315 : i64
              %v317 = llvm.getelementptr %ckpt_h[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v309, %v317 : f32, !llvm.ptr
              %v318 = llvm.load %v14 : !llvm.ptr -> f32
              %v319 = arith.muli %v39, %v43 : i64
              %v320 = arith.muli %v37, %v42 : i64
              %v321 = arith.addi %v319, %v320 : i64
              %v322 = arith.constant 8 : i64
              %v323 = arith.muli %v322, %v41 : i64
              %v324 = arith.addi %v321, %v323 : i64
              %v325 = arith.addi %v248, %v324 : i64
              %v326 = llvm.getelementptr %ckpt_h[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v318, %v326 : f32, !llvm.ptr
              %v327 = llvm.load %v15 : !llvm.ptr -> f32
              %v328 = arith.muli %v39, %v43 : i64
              %v329 = arith.muli %v37, %v42 : i64
              %v330 = arith.addi %v328, %v329 : i64
              %v331 = arith.constant 9 : i64
              %v332 = arith.muli %v331, %v41 : i64
              %v333 = arith.addi %v330, %v332 : i64
              %v334 = arith.addi %v248, %v333 : i64
              %v335 = llvm.getelementptr %ckpt_h[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v327, %v335 : f32, !llvm.ptr
              %v336 = llvm.load %v16 : !llvm.ptr -> f32
              %v337 = arith.muli %v39, %v43 : i64
              %v338 = arith.muli %v37, %v42 : i64
              %v339 = arith.addi %v337, %v338 : i64
              %v340 = arith.constant 10 : i64
              %v341 = arith.muli %v340, %v41 : i64
              %v342 = arith.addi %v339, %v341 : i64
              %v343 = arith.addi %v248, %v342 : i64
              %v344 = llvm.getelementptr %ckpt_h[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v336, %v344 : f32, !llvm.ptr
              %v345 = llvm.load %v17 : !llvm.ptr -> f32
              %v346 = arith.muli %v39, %v43 : i64
              %v347 = arith.muli %v37, %v42 : i64
              %v348 = arith.addi %v346, %v347 : i64
              %v349 = arith.constant 11 : i64
              %v350 = arith.muli %v349, %v41 : i64
              %v351 = arith.addi %v348, %v350 : i64
              %v352 = arith.addi %v248, %v351 : i64
              %v353 = llvm.getelementptr %ckpt_h[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v345, %v353 : f32, !llvm.ptr
              %v354 = llvm.load %v18 : !llvm.ptr -> f32
              %v355 = arith.muli %v39, %v43 : i64
              %v356 = arith.muli %v37, %v42 : i64
              %v357 = arith.addi %v355, %v356 : i64
              %v358 = arith.constant 12 : i64
              %v359 = arith.muli %v358, %v41 : i64
              %v360 = arith.addi %v357, %v359 : i64
              %v361 = arith.addi %v248, %v360 : i64
              %v362 = llvm.getelementptr %ckpt_h[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v354, %v362 : f32, !llvm.ptr
              %v363 = llvm.load %v19 : !llvm.ptr -> f32
              %v364 = arith.muli %v39, %v43 : i64
              %v365 = arith.muli %v37, %v42 : i64
              %v366 = arith.addi %v364, %v365 : i64
              %v367 = arith.constant 13 : i64
              %v368 = arith.muli %v367, %v41 : i64
              %v369 = arith.addi %v366, %v368 : i64
              %v370 = arith.addi %v248, %v369 : i64
              %v371 = llvm.getelementptr %ckpt_h[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v363, %v371 : f32, !llvm.ptr
              %v372 = llvm.load %v20 : !llvm.ptr -> f32
              %v373 = arith.muli %v39, %v43 : i64
              %v374 = arith.muli %v37, %v42 : i64
              %v375 = arith.addi %v373, %v374 : i64
              %v376 = arith.constant 14 : i64
              %v377 = arith.muli %v376, %v41 : i64
              %v378 = arith.addi %v375, %v377 : i64
              %v379 = arith.addi %v248, %v378 : i64
              %v380 = llvm.getelementptr %ckpt_h[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v372, %v380 : f32, !llvm.ptr
              %v381 = llvm.load %v21 : !llvm.ptr -> f32
              %v382 = arith.muli %v39, %v43 : i64
              %v383 = arith.muli %v37, %v42 : i64
              %v384 = arith.addi %v382, %v383 : i64
              %v385 = arith.constant 15 : i64
              %v386 = arith.muli %v385, %v41 : i64
              %v387 = arith.addi %v384, %v386 : i64
              %v388 = arith.addi %v248, %v387 : i64
              %v389 = llvm.getelementptr %ckpt_h[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v381, %v389 : f32, !llvm.ptr
            }
          }
          %v393 = arith.muli %v39, %v392 : i64
          %v394 = arith.muli %v235, %v391 : i64
          %v395 = arith.addi %v393, %v394 : i64
          %v396 = arith.muli %v37, %v390 : i64
          %v397 = arith.addi %v395, %v396 : i64
          %v398 = llvm.getelementptr %in_delta[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v399 = llvm.load %v398 : !llvm.ptr -> f32
          %v404 = arith.addf %v399, %v403 : f32
          %v405 = arith.maximumf %v404, %v52 : f32
          %v406 = llvm.call_intrinsic "llvm.fabs.f32"(%v404) : (f32) -> f32
          %v407 = arith.negf %v406 : f32
          %v409 = arith.mulf %v407, %v408 : f32
          %v410 = llvm.call_intrinsic "llvm.exp2.f32"(%v409) : (f32) -> f32
          %v412 = arith.addf %v411, %v410 : f32
          %v413 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v412) : (f32) -> f32
          %v415 = arith.mulf %v413, %v414 : f32
          %v418 = arith.mulf %v416, %v410 : f32
          %v419 = arith.addf %v418, %v417 : f32
          %v421 = arith.mulf %v419, %v410 : f32
          %v422 = arith.addf %v421, %v420 : f32
          %v424 = arith.mulf %v422, %v410 : f32
          %v425 = arith.addf %v424, %v423 : f32
          %v427 = arith.mulf %v425, %v410 : f32
          %v428 = arith.addf %v427, %v426 : f32
          %v430 = arith.mulf %v428, %v410 : f32
          %v431 = arith.addf %v430, %v429 : f32
          %v432 = arith.mulf %v431, %v410 : f32
          %v433 = arith.addf %v432, %v411 : f32
          %v434 = arith.mulf %v433, %v410 : f32
          %v435 = llvm.call_intrinsic "llvm.fabs.f32"(%v410) : (f32) -> f32
          %v437 = arith.cmpf olt, %v435, %v436 : f32
          %v438 = arith.select %v437, %v434, %v415 : f32
          %v439 = arith.addf %v405, %v438 : f32
          %v445 = arith.mulf %v439, %v444 : f32
          %v446 = arith.mulf %v445, %v408 : f32
          %v447 = llvm.call_intrinsic "llvm.exp2.f32"(%v446) : (f32) -> f32
          %v451 = arith.muli %v39, %v450 : i64
          %v452 = arith.muli %v235, %v449 : i64
          %v453 = arith.addi %v451, %v452 : i64
          %v454 = llvm.getelementptr %in_Bm[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v455 = llvm.load %v454 : !llvm.ptr -> f32
          %v456 = arith.mulf %v439, %v455 : f32
          %v457 = arith.muli %v39, %v392 : i64
          %v458 = arith.muli %v235, %v391 : i64
          %v459 = arith.addi %v457, %v458 : i64
          %v460 = arith.muli %v37, %v390 : i64
          %v461 = arith.addi %v459, %v460 : i64
          %v462 = llvm.getelementptr %in_u[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v463 = llvm.load %v462 : !llvm.ptr -> f32
          %v464 = arith.mulf %v456, %v463 : f32
          %v465 = llvm.load %v6 : !llvm.ptr -> f32
          %v466 = arith.mulf %v447, %v465 : f32
          %v467 = arith.addf %v466, %v464 : f32
          %v474 = arith.mulf %v439, %v473 : f32
          %v475 = arith.mulf %v474, %v408 : f32
          %v476 = llvm.call_intrinsic "llvm.exp2.f32"(%v475) : (f32) -> f32
          %v477 = arith.muli %v39, %v450 : i64
          %v478 = arith.muli %v235, %v449 : i64
          %v479 = arith.addi %v477, %v478 : i64
          %v480 = arith.constant 1 : i64
          %v481 = arith.muli %v480, %v448 : i64
          %v482 = arith.addi %v479, %v481 : i64
          %v483 = llvm.getelementptr %in_Bm[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v484 = llvm.load %v483 : !llvm.ptr -> f32
          %v485 = arith.mulf %v439, %v484 : f32
          %v486 = arith.mulf %v485, %v463 : f32
          %v487 = llvm.load %v7 : !llvm.ptr -> f32
          %v488 = arith.mulf %v476, %v487 : f32
          %v489 = arith.addf %v488, %v486 : f32
          %v496 = arith.mulf %v439, %v495 : f32
          %v497 = arith.mulf %v496, %v408 : f32
          %v498 = llvm.call_intrinsic "llvm.exp2.f32"(%v497) : (f32) -> f32
          %v499 = arith.muli %v39, %v450 : i64
          %v500 = arith.muli %v235, %v449 : i64
          %v501 = arith.addi %v499, %v500 : i64
          %v502 = arith.constant 2 : i64
          %v503 = arith.muli %v502, %v448 : i64
          %v504 = arith.addi %v501, %v503 : i64
          %v505 = llvm.getelementptr %in_Bm[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v506 = llvm.load %v505 : !llvm.ptr -> f32
          %v507 = arith.mulf %v439, %v506 : f32
          %v508 = arith.mulf %v507, %v463 : f32
          %v509 = llvm.load %v8 : !llvm.ptr -> f32
          %v510 = arith.mulf %v498, %v509 : f32
          %v511 = arith.addf %v510, %v508 : f32
          %v518 = arith.mulf %v439, %v517 : f32
          %v519 = arith.mulf %v518, %v408 : f32
          %v520 = llvm.call_intrinsic "llvm.exp2.f32"(%v519) : (f32) -> f32
          %v521 = arith.muli %v39, %v450 : i64
          %v522 = arith.muli %v235, %v449 : i64
          %v523 = arith.addi %v521, %v522 : i64
          %v524 = arith.constant 3 : i64
          %v525 = arith.muli %v524, %v448 : i64
          %v526 = arith.addi %v523, %v525 : i64
          %v527 = llvm.getelementptr %in_Bm[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v528 = llvm.load %v527 : !llvm.ptr -> f32
          %v529 = arith.mulf %v439, %v528 : f32
          %v530 = arith.mulf %v529, %v463 : f32
          %v531 = llvm.load %v9 : !llvm.ptr -> f32
          %v532 = arith.mulf %v520, %v531 : f32
          %v533 = arith.addf %v532, %v530 : f32
          %v540 = arith.mulf %v439, %v539 : f32
          %v541 = arith.mulf %v540, %v408 : f32
          %v542 = llvm.call_intrinsic "llvm.exp2.f32"(%v541) : (f32) -> f32
          %v543 = arith.muli %v39, %v450 : i64
          %v544 = arith.muli %v235, %v449 : i64
          %v545 = arith.addi %v543, %v544 : i64
          %v546 = arith.constant 4 : i64
          %v547 = arith.muli %v546, %v448 : i64
          %v548 = arith.addi %v545, %v547 : i64
          %v549 = llvm.getelementptr %in_Bm[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v550 = llvm.load %v549 : !llvm.ptr -> f32
          %v551 = arith.mulf %v439, %v550 : f32
          %v552 = arith.mulf %v551, %v463 : f32
          %v553 = llvm.load %v10 : !llvm.ptr -> f32
          %v554 = arith.mulf %v542, %v553 : f32
          %v555 = arith.addf %v554, %v552 : f32
          %v562 = arith.mulf %v439, %v561 : f32
          %v563 = arith.mulf %v562, %v408 : f32
          %v564 = llvm.call_intrinsic "llvm.exp2.f32"(%v563) : (f32) -> f32
          %v565 = arith.muli %v39, %v450 : i64
          %v566 = arith.muli %v235, %v449 : i64
          %v567 = arith.addi %v565, %v566 : i64
          %v568 = arith.constant 5 : i64
          %v569 = arith.muli %v568, %v448 : i64
          %v570 = arith.addi %v567, %v569 : i64
          %v571 = llvm.getelementptr %in_Bm[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v572 = llvm.load %v571 : !llvm.ptr -> f32
          %v573 = arith.mulf %v439, %v572 : f32
          %v574 = arith.mulf %v573, %v463 : f32
          %v575 = llvm.load %v11 : !llvm.ptr -> f32
          %v576 = arith.mulf %v564, %v575 : f32
          %v577 = arith.addf %v576, %v574 : f32
          %v584 = arith.mulf %v439, %v583 : f32
          %v585 = arith.mulf %v584, %v408 : f32
          %v586 = llvm.call_intrinsic "llvm.exp2.f32"(%v585) : (f32) -> f32
          %v587 = arith.muli %v39, %v450 : i64
          %v588 = arith.muli %v235, %v449 : i64
          %v589 = arith.addi %v587, %v588 : i64
          %v590 = arith.constant 6 : i64
          %v591 = arith.muli %v590, %v448 : i64
          %v592 = arith.addi %v589, %v591 : i64
          %v593 = llvm.getelementptr %in_Bm[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v594 = llvm.load %v593 : !llvm.ptr -> f32
          %v595 = arith.mulf %v439, %v594 : f32
          %v596 = arith.mulf %v595, %v463 : f32
          %v597 = llvm.load %v12 : !llvm.ptr -> f32
          %v598 = arith.mulf %v586, %v597 : f32
          %v599 = arith.addf %v598, %v596 : f32
          %v606 = arith.mulf %v439, %v605 : f32
          %v607 = arith.mulf %v606, %v408 : f32
          %v608 = llvm.call_intrinsic "llvm.exp2.f32"(%v607) : (f32) -> f32
          %v609 = arith.muli %v39, %v450 : i64
          %v610 = arith.muli %v235, %v449 : i64
          %v611 = arith.addi %v609, %v610 : i64
          %v612 = arith.constant 7 : i64
          %v613 = arith.muli %v612, %v448 : i64
          %v614 = arith.addi %v611, %v613 : i64
          %v615 = llvm.getelementptr %in_Bm[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v616 = llvm.load %v615 : !llvm.ptr -> f32
          %v617 = arith.mulf %v439, %v616 : f32
          %v618 = arith.mulf %v617, %v463 : f32
          %v619 = llvm.load %v13 : !llvm.ptr -> f32
          %v620 = arith.mulf %v608, %v619 : f32
          %v621 = arith.addf %v620, %v618 : f32
          %v628 = arith.mulf %v439, %v627 : f32
          %v629 = arith.mulf %v628, %v408 : f32
          %v630 = llvm.call_intrinsic "llvm.exp2.f32"(%v629) : (f32) -> f32
          %v631 = arith.muli %v39, %v450 : i64
          %v632 = arith.muli %v235, %v449 : i64
          %v633 = arith.addi %v631, %v632 : i64
          %v634 = arith.constant 8 : i64
          %v635 = arith.muli %v634, %v448 : i64
          %v636 = arith.addi %v633, %v635 : i64
          %v637 = llvm.getelementptr %in_Bm[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v638 = llvm.load %v637 : !llvm.ptr -> f32
          %v639 = arith.mulf %v439, %v638 : f32
          %v640 = arith.mulf %v639, %v463 : f32
          %v641 = llvm.load %v14 : !llvm.ptr -> f32
          %v642 = arith.mulf %v630, %v641 : f32
          %v643 = arith.addf %v642, %v640 : f32
          %v650 = arith.mulf %v439, %v649 : f32
          %v651 = arith.mulf %v650, %v408 : f32
          %v652 = llvm.call_intrinsic "llvm.exp2.f32"(%v651) : (f32) -> f32
          %v653 = arith.muli %v39, %v450 : i64
          %v654 = arith.muli %v235, %v449 : i64
          %v655 = arith.addi %v653, %v654 : i64
          %v656 = arith.constant 9 : i64
          %v657 = arith.muli %v656, %v448 : i64
          %v658 = arith.addi %v655, %v657 : i64
          %v659 = llvm.getelementptr %in_Bm[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v660 = llvm.load %v659 : !llvm.ptr -> f32
          %v661 = arith.mulf %v439, %v660 : f32
          %v662 = arith.mulf %v661, %v463 : f32
          %v663 = llvm.load %v15 : !llvm.ptr -> f32
          %v664 = arith.mulf %v652, %v663 : f32
          %v665 = arith.addf %v664, %v662 : f32
          %v672 = arith.mulf %v439, %v671 : f32
          %v673 = arith.mulf %v672, %v408 : f32
          %v674 = llvm.call_intrinsic "llvm.exp2.f32"(%v673) : (f32) -> f32
          %v675 = arith.muli %v39, %v450 : i64
          %v676 = arith.muli %v235, %v449 : i64
          %v677 = arith.addi %v675, %v676 : i64
          %v678 = arith.constant 10 : i64
          %v679 = arith.muli %v678, %v448 : i64
          %v680 = arith.addi %v677, %v679 : i64
          %v681 = llvm.getelementptr %in_Bm[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v682 = llvm.load %v681 : !llvm.ptr -> f32
          %v683 = arith.mulf %v439, %v682 : f32
          %v684 = arith.mulf %v683, %v463 : f32
          %v685 = llvm.load %v16 : !llvm.ptr -> f32
          %v686 = arith.mulf %v674, %v685 : f32
          %v687 = arith.addf %v686, %v684 : f32
          %v694 = arith.mulf %v439, %v693 : f32
          %v695 = arith.mulf %v694, %v408 : f32
          %v696 = llvm.call_intrinsic "llvm.exp2.f32"(%v695) : (f32) -> f32
          %v697 = arith.muli %v39, %v450 : i64
          %v698 = arith.muli %v235, %v449 : i64
          %v699 = arith.addi %v697, %v698 : i64
          %v700 = arith.constant 11 : i64
          %v701 = arith.muli %v700, %v448 : i64
          %v702 = arith.addi %v699, %v701 : i64
          %v703 = llvm.getelementptr %in_Bm[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v704 = llvm.load %v703 : !llvm.ptr -> f32
          %v705 = arith.mulf %v439, %v704 : f32
          %v706 = arith.mulf %v705, %v463 : f32
          %v707 = llvm.load %v17 : !llvm.ptr -> f32
          %v708 = arith.mulf %v696, %v707 : f32
          %v709 = arith.addf %v708, %v706 : f32
          %v716 = arith.mulf %v439, %v715 : f32
          %v717 = arith.mulf %v716, %v408 : f32
          %v718 = llvm.call_intrinsic "llvm.exp2.f32"(%v717) : (f32) -> f32
          %v719 = arith.muli %v39, %v450 : i64
          %v720 = arith.muli %v235, %v449 : i64
          %v721 = arith.addi %v719, %v720 : i64
          %v722 = arith.constant 12 : i64
          %v723 = arith.muli %v722, %v448 : i64
          %v724 = arith.addi %v721, %v723 : i64
          %v725 = llvm.getelementptr %in_Bm[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v726 = llvm.load %v725 : !llvm.ptr -> f32
          %v727 = arith.mulf %v439, %v726 : f32
          %v728 = arith.mulf %v727, %v463 : f32
          %v729 = llvm.load %v18 : !llvm.ptr -> f32
          %v730 = arith.mulf %v718, %v729 : f32
          %v731 = arith.addf %v730, %v728 : f32
          %v738 = arith.mulf %v439, %v737 : f32
          %v739 = arith.mulf %v738, %v408 : f32
          %v740 = llvm.call_intrinsic "llvm.exp2.f32"(%v739) : (f32) -> f32
          %v741 = arith.muli %v39, %v450 : i64
          %v742 = arith.muli %v235, %v449 : i64
          %v743 = arith.addi %v741, %v742 : i64
          %v744 = arith.constant 13 : i64
          %v745 = arith.muli %v744, %v448 : i64
          %v746 = arith.addi %v743, %v745 : i64
          %v747 = llvm.getelementptr %in_Bm[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v748 = llvm.load %v747 : !llvm.ptr -> f32
          %v749 = arith.mulf %v439, %v748 : f32
          %v750 = arith.mulf %v749, %v463 : f32
          %v751 = llvm.load %v19 : !llvm.ptr -> f32
          %v752 = arith.mulf %v740, %v751 : f32
          %v753 = arith.addf %v752, %v750 : f32
          %v760 = arith.mulf %v439, %v759 : f32
          %v761 = arith.mulf %v760, %v408 : f32
          %v762 = llvm.call_intrinsic "llvm.exp2.f32"(%v761) : (f32) -> f32
          %v763 = arith.muli %v39, %v450 : i64
          %v764 = arith.muli %v235, %v449 : i64
          %v765 = arith.addi %v763, %v764 : i64
          %v766 = arith.constant 14 : i64
          %v767 = arith.muli %v766, %v448 : i64
          %v768 = arith.addi %v765, %v767 : i64
          %v769 = llvm.getelementptr %in_Bm[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v770 = llvm.load %v769 : !llvm.ptr -> f32
          %v771 = arith.mulf %v439, %v770 : f32
          %v772 = arith.mulf %v771, %v463 : f32
          %v773 = llvm.load %v20 : !llvm.ptr -> f32
          %v774 = arith.mulf %v762, %v773 : f32
          %v775 = arith.addf %v774, %v772 : f32
          %v782 = arith.mulf %v439, %v781 : f32
          %v783 = arith.mulf %v782, %v408 : f32
          %v784 = llvm.call_intrinsic "llvm.exp2.f32"(%v783) : (f32) -> f32
          %v785 = arith.muli %v39, %v450 : i64
          %v786 = arith.muli %v235, %v449 : i64
          %v787 = arith.addi %v785, %v786 : i64
          %v788 = arith.constant 15 : i64
          %v789 = arith.muli %v788, %v448 : i64
          %v790 = arith.addi %v787, %v789 : i64
          %v791 = llvm.getelementptr %in_Bm[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v792 = llvm.load %v791 : !llvm.ptr -> f32
          %v793 = arith.mulf %v439, %v792 : f32
          %v794 = arith.mulf %v793, %v463 : f32
          %v795 = llvm.load %v21 : !llvm.ptr -> f32
          %v796 = arith.mulf %v784, %v795 : f32
          %v797 = arith.addf %v796, %v794 : f32
          llvm.store %v467, %v6 : f32, !llvm.ptr
          llvm.store %v489, %v7 : f32, !llvm.ptr
          llvm.store %v511, %v8 : f32, !llvm.ptr
          llvm.store %v533, %v9 : f32, !llvm.ptr
          llvm.store %v555, %v10 : f32, !llvm.ptr
          llvm.store %v577, %v11 : f32, !llvm.ptr
          llvm.store %v599, %v12 : f32, !llvm.ptr
          llvm.store %v621, %v13 : f32, !llvm.ptr
          llvm.store %v643, %v14 : f32, !llvm.ptr
          llvm.store %v665, %v15 : f32, !llvm.ptr
          llvm.store %v687, %v16 : f32, !llvm.ptr
          llvm.store %v709, %v17 : f32, !llvm.ptr
          llvm.store %v731, %v18 : f32, !llvm.ptr
          llvm.store %v753, %v19 : f32, !llvm.ptr
          llvm.store %v775, %v20 : f32, !llvm.ptr
          llvm.store %v797, %v21 : f32, !llvm.ptr
          %v798 = arith.muli %v39, %v450 : i64
          %v799 = arith.muli %v235, %v449 : i64
          %v800 = arith.addi %v798, %v799 : i64
          %v801 = llvm.getelementptr %in_Cm[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v802 = llvm.load %v801 : !llvm.ptr -> f32
          %v803 = llvm.load %v6 : !llvm.ptr -> f32
          %v804 = arith.mulf %v802, %v803 : f32
          %v805 = arith.muli %v39, %v450 : i64
          %v806 = arith.muli %v235, %v449 : i64
          %v807 = arith.addi %v805, %v806 : i64
          %v808 = arith.constant 1 : i64
          %v809 = arith.muli %v808, %v448 : i64
          %v810 = arith.addi %v807, %v809 : i64
          %v811 = llvm.getelementptr %in_Cm[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v812 = llvm.load %v811 : !llvm.ptr -> f32
          %v813 = llvm.load %v7 : !llvm.ptr -> f32
          %v814 = arith.mulf %v812, %v813 : f32
          %v815 = arith.addf %v804, %v814 : f32
          %v816 = arith.muli %v39, %v450 : i64
          %v817 = arith.muli %v235, %v449 : i64
          %v818 = arith.addi %v816, %v817 : i64
          %v819 = arith.constant 2 : i64
          %v820 = arith.muli %v819, %v448 : i64
          %v821 = arith.addi %v818, %v820 : i64
          %v822 = llvm.getelementptr %in_Cm[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v823 = llvm.load %v822 : !llvm.ptr -> f32
          %v824 = llvm.load %v8 : !llvm.ptr -> f32
          %v825 = arith.mulf %v823, %v824 : f32
          %v826 = arith.addf %v815, %v825 : f32
          %v827 = arith.muli %v39, %v450 : i64
          %v828 = arith.muli %v235, %v449 : i64
          %v829 = arith.addi %v827, %v828 : i64
          %v830 = arith.constant 3 : i64
          %v831 = arith.muli %v830, %v448 : i64
          %v832 = arith.addi %v829, %v831 : i64
          %v833 = llvm.getelementptr %in_Cm[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v834 = llvm.load %v833 : !llvm.ptr -> f32
          %v835 = llvm.load %v9 : !llvm.ptr -> f32
          %v836 = arith.mulf %v834, %v835 : f32
          %v837 = arith.addf %v826, %v836 : f32
          %v838 = arith.muli %v39, %v450 : i64
          %v839 = arith.muli %v235, %v449 : i64
          %v840 = arith.addi %v838, %v839 : i64
          %v841 = arith.constant 4 : i64
          %v842 = arith.muli %v841, %v448 : i64
          %v843 = arith.addi %v840, %v842 : i64
          %v844 = llvm.getelementptr %in_Cm[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v845 = llvm.load %v844 : !llvm.ptr -> f32
          %v846 = llvm.load %v10 : !llvm.ptr -> f32
          %v847 = arith.mulf %v845, %v846 : f32
          %v848 = arith.addf %v837, %v847 : f32
          %v849 = arith.muli %v39, %v450 : i64
          %v850 = arith.muli %v235, %v449 : i64
          %v851 = arith.addi %v849, %v850 : i64
          %v852 = arith.constant 5 : i64
          %v853 = arith.muli %v852, %v448 : i64
          %v854 = arith.addi %v851, %v853 : i64
          %v855 = llvm.getelementptr %in_Cm[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v856 = llvm.load %v855 : !llvm.ptr -> f32
          %v857 = llvm.load %v11 : !llvm.ptr -> f32
          %v858 = arith.mulf %v856, %v857 : f32
          %v859 = arith.addf %v848, %v858 : f32
          %v860 = arith.muli %v39, %v450 : i64
          %v861 = arith.muli %v235, %v449 : i64
          %v862 = arith.addi %v860, %v861 : i64
          %v863 = arith.constant 6 : i64
          %v864 = arith.muli %v863, %v448 : i64
          %v865 = arith.addi %v862, %v864 : i64
          %v866 = llvm.getelementptr %in_Cm[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v867 = llvm.load %v866 : !llvm.ptr -> f32
          %v868 = llvm.load %v12 : !llvm.ptr -> f32
          %v869 = arith.mulf %v867, %v868 : f32
          %v870 = arith.addf %v859, %v869 : f32
          %v871 = arith.muli %v39, %v450 : i64
          %v872 = arith.muli %v235, %v449 : i64
          %v873 = arith.addi %v871, %v872 : i64
          %v874 = arith.constant 7 : i64
          %v875 = arith.muli %v874, %v448 : i64
          %v876 = arith.addi %v873, %v875 : i64
          %v877 = llvm.getelementptr %in_Cm[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v878 = llvm.load %v877 : !llvm.ptr -> f32
          %v879 = llvm.load %v13 : !llvm.ptr -> f32
          %v880 = arith.mulf %v878, %v879 : f32
          %v881 = arith.addf %v870, %v880 : f32
          %v882 = arith.muli %v39, %v450 : i64
          %v883 = arith.muli %v235, %v449 : i64
          %v884 = arith.addi %v882, %v883 : i64
          %v885 = arith.constant 8 : i64
          %v886 = arith.muli %v885, %v448 : i64
          %v887 = arith.addi %v884, %v886 : i64
          %v888 = llvm.getelementptr %in_Cm[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v889 = llvm.load %v888 : !llvm.ptr -> f32
          %v890 = llvm.load %v14 : !llvm.ptr -> f32
          %v891 = arith.mulf %v889, %v890 : f32
          %v892 = arith.addf %v881, %v891 : f32
          %v893 = arith.muli %v39, %v450 : i64
          %v894 = arith.muli %v235, %v449 : i64
          %v895 = arith.addi %v893, %v894 : i64
          %v896 = arith.constant 9 : i64
          %v897 = arith.muli %v896, %v448 : i64
          %v898 = arith.addi %v895, %v897 : i64
          %v899 = llvm.getelementptr %in_Cm[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v900 = llvm.load %v899 : !llvm.ptr -> f32
          %v901 = llvm.load %v15 : !llvm.ptr -> f32
          %v902 = arith.mulf %v900, %v901 : f32
          %v903 = arith.addf %v892, %v902 : f32
          %v904 = arith.muli %v39, %v450 : i64
          %v905 = arith.muli %v235, %v449 : i64
          %v906 = arith.addi %v904, %v905 : i64
          %v907 = arith.constant 10 : i64
          %v908 = arith.muli %v907, %v448 : i64
          %v909 = arith.addi %v906, %v908 : i64
          %v910 = llvm.getelementptr %in_Cm[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v911 = llvm.load %v910 : !llvm.ptr -> f32
          %v912 = llvm.load %v16 : !llvm.ptr -> f32
          %v913 = arith.mulf %v911, %v912 : f32
          %v914 = arith.addf %v903, %v913 : f32
          %v915 = arith.muli %v39, %v450 : i64
          %v916 = arith.muli %v235, %v449 : i64
          %v917 = arith.addi %v915, %v916 : i64
          %v918 = arith.constant 11 : i64
          %v919 = arith.muli %v918, %v448 : i64
          %v920 = arith.addi %v917, %v919 : i64
          %v921 = llvm.getelementptr %in_Cm[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v922 = llvm.load %v921 : !llvm.ptr -> f32
          %v923 = llvm.load %v17 : !llvm.ptr -> f32
          %v924 = arith.mulf %v922, %v923 : f32
          %v925 = arith.addf %v914, %v924 : f32
          %v926 = arith.muli %v39, %v450 : i64
          %v927 = arith.muli %v235, %v449 : i64
          %v928 = arith.addi %v926, %v927 : i64
          %v929 = arith.constant 12 : i64
          %v930 = arith.muli %v929, %v448 : i64
          %v931 = arith.addi %v928, %v930 : i64
          %v932 = llvm.getelementptr %in_Cm[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v933 = llvm.load %v932 : !llvm.ptr -> f32
          %v934 = llvm.load %v18 : !llvm.ptr -> f32
          %v935 = arith.mulf %v933, %v934 : f32
          %v936 = arith.addf %v925, %v935 : f32
          %v937 = arith.muli %v39, %v450 : i64
          %v938 = arith.muli %v235, %v449 : i64
          %v939 = arith.addi %v937, %v938 : i64
          %v940 = arith.constant 13 : i64
          %v941 = arith.muli %v940, %v448 : i64
          %v942 = arith.addi %v939, %v941 : i64
          %v943 = llvm.getelementptr %in_Cm[%v942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v944 = llvm.load %v943 : !llvm.ptr -> f32
          %v945 = llvm.load %v19 : !llvm.ptr -> f32
          %v946 = arith.mulf %v944, %v945 : f32
          %v947 = arith.addf %v936, %v946 : f32
          %v948 = arith.muli %v39, %v450 : i64
          %v949 = arith.muli %v235, %v449 : i64
          %v950 = arith.addi %v948, %v949 : i64
          %v951 = arith.constant 14 : i64
          %v952 = arith.muli %v951, %v448 : i64
          %v953 = arith.addi %v950, %v952 : i64
          %v954 = llvm.getelementptr %in_Cm[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v955 = llvm.load %v954 : !llvm.ptr -> f32
          %v956 = llvm.load %v20 : !llvm.ptr -> f32
          %v957 = arith.mulf %v955, %v956 : f32
          %v958 = arith.addf %v947, %v957 : f32
          %v959 = arith.muli %v39, %v450 : i64
          %v960 = arith.muli %v235, %v449 : i64
          %v961 = arith.addi %v959, %v960 : i64
          %v962 = arith.constant 15 : i64
          %v963 = arith.muli %v962, %v448 : i64
          %v964 = arith.addi %v961, %v963 : i64
          %v965 = llvm.getelementptr %in_Cm[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v966 = llvm.load %v965 : !llvm.ptr -> f32
          %v967 = llvm.load %v21 : !llvm.ptr -> f32
          %v968 = arith.mulf %v966, %v967 : f32
          %v969 = arith.addf %v958, %v968 : f32
          %v973 = arith.mulf %v463, %v972 : f32
          %v974 = arith.addf %v969, %v973 : f32
          %v975 = arith.muli %v39, %v392 : i64
          %v976 = arith.muli %v235, %v391 : i64
          %v977 = arith.addi %v975, %v976 : i64
          %v978 = arith.muli %v37, %v390 : i64
          %v979 = arith.addi %v977, %v978 : i64
          %v980 = llvm.getelementptr %in_z[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v981 = llvm.load %v980 : !llvm.ptr -> f32
          %v982 = arith.negf %v981 : f32
          %v983 = arith.mulf %v982, %v408 : f32
          %v984 = llvm.call_intrinsic "llvm.exp2.f32"(%v983) : (f32) -> f32
          %v985 = arith.addf %v411, %v984 : f32
          %v986 = arith.divf %v411, %v985 : f32
          %v987 = arith.mulf %v981, %v986 : f32
          %v988 = arith.mulf %v974, %v987 : f32
          scf.if %v33 {
            %v989 = arith.muli %v39, %v392 : i64
            %v990 = arith.muli %v235, %v391 : i64
            %v991 = arith.addi %v989, %v990 : i64
            %v992 = arith.muli %v37, %v390 : i64
            %v993 = arith.addi %v991, %v992 : i64
            %v994 = llvm.getelementptr %out_y[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v988, %v994 : f32, !llvm.ptr
          }
        }
      }
      scf.if %v33 {
        %v995 = llvm.load %v6 : !llvm.ptr -> f32
        %v996 = arith.muli %v39, %v43 : i64
        %v997 = arith.muli %v37, %v42 : i64
        %v998 = arith.addi %v996, %v997 : i64
        %v999 = llvm.getelementptr %out_h_last[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v995, %v999 : f32, !llvm.ptr
        %v1000 = llvm.load %v7 : !llvm.ptr -> f32
        %v1001 = arith.muli %v39, %v43 : i64
        %v1002 = arith.muli %v37, %v42 : i64
        %v1003 = arith.addi %v1001, %v1002 : i64
        %v1004 = arith.constant 1 : i64
        %v1005 = arith.muli %v1004, %v41 : i64
        %v1006 = arith.addi %v1003, %v1005 : i64
        %v1007 = llvm.getelementptr %out_h_last[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1000, %v1007 : f32, !llvm.ptr
        %v1008 = llvm.load %v8 : !llvm.ptr -> f32
        %v1009 = arith.muli %v39, %v43 : i64
        %v1010 = arith.muli %v37, %v42 : i64
        %v1011 = arith.addi %v1009, %v1010 : i64
        %v1012 = arith.constant 2 : i64
        %v1013 = arith.muli %v1012, %v41 : i64
        %v1014 = arith.addi %v1011, %v1013 : i64
        %v1015 = llvm.getelementptr %out_h_last[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1008, %v1015 : f32, !llvm.ptr
        %v1016 = llvm.load %v9 : !llvm.ptr -> f32
        %v1017 = arith.muli %v39, %v43 : i64
        %v1018 = arith.muli %v37, %v42 : i64
        %v1019 = arith.addi %v1017, %v1018 : i64
        %v1020 = arith.constant 3 : i64
        %v1021 = arith.muli %v1020, %v41 : i64
        %v1022 = arith.addi %v1019, %v1021 : i64
        %v1023 = llvm.getelementptr %out_h_last[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1016, %v1023 : f32, !llvm.ptr
        %v1024 = llvm.load %v10 : !llvm.ptr -> f32
        %v1025 = arith.muli %v39, %v43 : i64
        %v1026 = arith.muli %v37, %v42 : i64
        %v1027 = arith.addi %v1025, %v1026 : i64
        %v1028 = arith.constant 4 : i64
        %v1029 = arith.muli %v1028, %v41 : i64
        %v1030 = arith.addi %v1027, %v1029 : i64
        %v1031 = llvm.getelementptr %out_h_last[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1024, %v1031 : f32, !llvm.ptr
        %v1032 = llvm.load %v11 : !llvm.ptr -> f32
        %v1033 = arith.muli %v39, %v43 : i64
        %v1034 = arith.muli %v37, %v42 : i64
        %v1035 = arith.addi %v1033, %v1034 : i64
        %v1036 = arith.constant 5 : i64
        %v1037 = arith.muli %v1036, %v41 : i64
        %v1038 = arith.addi %v1035, %v1037 : i64
        %v1039 = llvm.getelementptr %out_h_last[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1032, %v1039 : f32, !llvm.ptr
        %v1040 = llvm.load %v12 : !llvm.ptr -> f32
        %v1041 = arith.muli %v39, %v43 : i64
        %v1042 = arith.muli %v37, %v42 : i64
        %v1043 = arith.addi %v1041, %v1042 : i64
        %v1044 = arith.constant 6 : i64
        %v1045 = arith.muli %v1044, %v41 : i64
        %v1046 = arith.addi %v1043, %v1045 : i64
        %v1047 = llvm.getelementptr %out_h_last[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1040, %v1047 : f32, !llvm.ptr
        %v1048 = llvm.load %v13 : !llvm.ptr -> f32
        %v1049 = arith.muli %v39, %v43 : i64
        %v1050 = arith.muli %v37, %v42 : i64
        %v1051 = arith.addi %v1049, %v1050 : i64
        %v1052 = arith.constant 7 : i64
        %v1053 = arith.muli %v1052, %v41 : i64
        %v1054 = arith.addi %v1051, %v1053 : i64
        %v1055 = llvm.getelementptr %out_h_last[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1048, %v1055 : f32, !llvm.ptr
        %v1056 = llvm.load %v14 : !llvm.ptr -> f32
        %v1057 = arith.muli %v39, %v43 : i64
        %v1058 = arith.muli %v37, %v42 : i64
        %v1059 = arith.addi %v1057, %v1058 : i64
        %v1060 = arith.constant 8 : i64
        %v1061 = arith.muli %v1060, %v41 : i64
        %v1062 = arith.addi %v1059, %v1061 : i64
        %v1063 = llvm.getelementptr %out_h_last[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1056, %v1063 : f32, !llvm.ptr
        %v1064 = llvm.load %v15 : !llvm.ptr -> f32
        %v1065 = arith.muli %v39, %v43 : i64
        %v1066 = arith.muli %v37, %v42 : i64
        %v1067 = arith.addi %v1065, %v1066 : i64
        %v1068 = arith.constant 9 : i64
        %v1069 = arith.muli %v1068, %v41 : i64
        %v1070 = arith.addi %v1067, %v1069 : i64
        %v1071 = llvm.getelementptr %out_h_last[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1064, %v1071 : f32, !llvm.ptr
        %v1072 = llvm.load %v16 : !llvm.ptr -> f32
        %v1073 = arith.muli %v39, %v43 : i64
        %v1074 = arith.muli %v37, %v42 : i64
        %v1075 = arith.addi %v1073, %v1074 : i64
        %v1076 = arith.constant 10 : i64
        %v1077 = arith.muli %v1076, %v41 : i64
        %v1078 = arith.addi %v1075, %v1077 : i64
        %v1079 = llvm.getelementptr %out_h_last[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1072, %v1079 : f32, !llvm.ptr
        %v1080 = llvm.load %v17 : !llvm.ptr -> f32
        %v1081 = arith.muli %v39, %v43 : i64
        %v1082 = arith.muli %v37, %v42 : i64
        %v1083 = arith.addi %v1081, %v1082 : i64
        %v1084 = arith.constant 11 : i64
        %v1085 = arith.muli %v1084, %v41 : i64
        %v1086 = arith.addi %v1083, %v1085 : i64
        %v1087 = llvm.getelementptr %out_h_last[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1080, %v1087 : f32, !llvm.ptr
        %v1088 = llvm.load %v18 : !llvm.ptr -> f32
        %v1089 = arith.muli %v39, %v43 : i64
        %v1090 = arith.muli %v37, %v42 : i64
        %v1091 = arith.addi %v1089, %v1090 : i64
        %v1092 = arith.constant 12 : i64
        %v1093 = arith.muli %v1092, %v41 : i64
        %v1094 = arith.addi %v1091, %v1093 : i64
        %v1095 = llvm.getelementptr %out_h_last[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1088, %v1095 : f32, !llvm.ptr
        %v1096 = llvm.load %v19 : !llvm.ptr -> f32
        %v1097 = arith.muli %v39, %v43 : i64
        %v1098 = arith.muli %v37, %v42 : i64
        %v1099 = arith.addi %v1097, %v1098 : i64
        %v1100 = arith.constant 13 : i64
        %v1101 = arith.muli %v1100, %v41 : i64
        %v1102 = arith.addi %v1099, %v1101 : i64
        %v1103 = llvm.getelementptr %out_h_last[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1096, %v1103 : f32, !llvm.ptr
        %v1104 = llvm.load %v20 : !llvm.ptr -> f32
        %v1105 = arith.muli %v39, %v43 : i64
        %v1106 = arith.muli %v37, %v42 : i64
        %v1107 = arith.addi %v1105, %v1106 : i64
        %v1108 = arith.constant 14 : i64
        %v1109 = arith.muli %v1108, %v41 : i64
        %v1110 = arith.addi %v1107, %v1109 : i64
        %v1111 = llvm.getelementptr %out_h_last[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1104, %v1111 : f32, !llvm.ptr
        %v1112 = llvm.load %v21 : !llvm.ptr -> f32
        %v1113 = arith.muli %v39, %v43 : i64
        %v1114 = arith.muli %v37, %v42 : i64
        %v1115 = arith.addi %v1113, %v1114 : i64
        %v1116 = arith.constant 15 : i64
        %v1117 = arith.muli %v1116, %v41 : i64
        %v1118 = arith.addi %v1115, %v1117 : i64
        %v1119 = llvm.getelementptr %out_h_last[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1112, %v1119 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
