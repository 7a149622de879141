module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @smem_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @selective_scan_fwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v22 = llvm.mlir.addressof @smem_selective_scan_fwd : !llvm.ptr<3>
      %v27 = arith.constant 64 : i64
      %v31 = arith.constant 1 : i64
      %v38 = arith.constant 1 : i64
      %v39 = arith.muli %v38, %v1 : i64
      %v40 = arith.muli %v39, %size_D : i64
      %v49 = arith.constant 0x00000000 : f32
      %v215 = arith.constant 0 : i64
      %v216 = arith.constant 32 : i64
      %v223 = arith.constant 32 : i64
      %v225 = arith.constant 2048 : i64
      %v226 = arith.constant 64 : i64
      %v232 = arith.constant 32 : i64
      %v235 = arith.constant 64 : i64
      %v244 = arith.constant 1 : i64
      %v253 = arith.constant 1 : i64
      %v254 = arith.muli %v253, %size_L : i64
      %v255 = arith.muli %v254, %size_D : i64
      %v261 = arith.constant 0 : i64
      %v263 = arith.constant 64 : i64
      %v264 = arith.constant 33 : i64
      %v272 = arith.constant 2048 : i64
      %v273 = arith.constant 64 : i64
      %v279 = arith.constant 32 : i64
      %v282 = arith.constant 64 : i64
      %v291 = arith.constant 1 : i64
      %v305 = arith.constant 1 : i64
      %v307 = arith.constant 64 : i64
      %v308 = arith.constant 33 : i64
      %v316 = arith.constant 2048 : i64
      %v317 = arith.constant 64 : i64
      %v323 = arith.constant 32 : i64
      %v326 = arith.constant 64 : i64
      %v335 = arith.constant 1 : i64
      %v349 = arith.constant 2 : i64
      %v351 = arith.constant 64 : i64
      %v352 = arith.constant 33 : i64
      %v360 = arith.constant 0 : i64
      %v361 = arith.constant 1 : i64
      %v368 = arith.constant 64 : i64
      %v370 = arith.constant 0 : i64
      %v376 = arith.constant 1 : i64
      %v377 = arith.muli %v376, %size_B : i64
      %v378 = arith.muli %v377, %size_D : i64
      %v379 = arith.muli %v378, %v1 : i64
      %v522 = arith.constant 1 : i64
      %v523 = arith.constant 64 : i64
      %v524 = arith.constant 33 : i64
      %v531 = arith.constant 1 : i64
      %v539 = arith.constant 0x3FB8AA3B : f32
      %v542 = arith.constant 0x3F800000 : f32
      %v545 = arith.constant 0x3F317218 : f32
      %v547 = arith.constant 0x3E124925 : f32
      %v548 = arith.constant 0xBE2AAAAB : f32
      %v551 = arith.constant 0x3E4CCCCD : f32
      %v554 = arith.constant 0xBE800000 : f32
      %v557 = arith.constant 0x3EAAAAAB : f32
      %v560 = arith.constant 0xBF000000 : f32
      %v567 = arith.constant 0x3D800000 : f32
      %v571 = arith.constant 1 : i64
      %v572 = arith.muli %v571, %v1 : i64
      %v579 = arith.constant 1 : i64
      %v580 = arith.muli %v579, %size_L : i64
      %v581 = arith.muli %v580, %v1 : i64
      %v588 = arith.constant 0 : i64
      %v589 = arith.constant 64 : i64
      %v590 = arith.constant 33 : i64
      %v1108 = arith.constant 2 : i64
      %v1109 = arith.constant 64 : i64
      %v1110 = arith.constant 33 : i64
      %v1124 = arith.constant 3 : i64
      %v1125 = arith.constant 64 : i64
      %v1126 = arith.constant 33 : i64
      %v1132 = arith.constant 2048 : i64
      %v1133 = arith.constant 64 : i64
      %v1139 = arith.constant 32 : i64
      %v1142 = arith.constant 64 : i64
      %v1151 = arith.constant 1 : i64
      %v1165 = arith.constant 3 : i64
      %v1167 = arith.constant 64 : i64
      %v1168 = arith.constant 33 : i64
      %v23 = gpu.block_id x
      %v24 = gpu.thread_id x
      %v25 = arith.index_cast %v24 : index to i64
      %v26 = arith.index_cast %v23 : index to i64
      %v28 = arith.muli %v26, %v27 : i64
      %v29 = arith.addi %v28, %v25 : i64
      %v30 = arith.cmpi slt, %v29, %v4 : i64
      %v32 = arith.subi %v4, %v31 : i64
      %v33 = arith.minsi %v29, %v32 : i64
      %v34 = arith.remui %v33, %size_D : i64
      %v35 = arith.divui %v33, %size_D : i64
      %v36 = arith.remui %v35, %size_B : i64
      %v37 = arith.divui %v35, %size_B : i64
      %v532 = arith.muli %v34, %v531 : i64
      %v533 = llvm.getelementptr %in_dt_bias[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v534 = llvm.load %v533 : !llvm.ptr -> f32
      %v573 = arith.muli %v34, %v572 : i64
      %v574 = llvm.getelementptr %in_A[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v575 = llvm.load %v574 : !llvm.ptr -> f32
      %v601 = arith.muli %v34, %v572 : i64
      %v602 = arith.constant 1 : i64
      %v603 = arith.muli %v602, %v571 : i64
      %v604 = arith.addi %v601, %v603 : i64
      %v605 = llvm.getelementptr %in_A[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v606 = llvm.load %v605 : !llvm.ptr -> f32
      %v623 = arith.muli %v34, %v572 : i64
      %v624 = arith.constant 2 : i64
      %v625 = arith.muli %v624, %v571 : i64
      %v626 = arith.addi %v623, %v625 : i64
      %v627 = llvm.getelementptr %in_A[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v628 = llvm.load %v627 : !llvm.ptr -> f32
      %v645 = arith.muli %v34, %v572 : i64
      %v646 = arith.constant 3 : i64
      %v647 = arith.muli %v646, %v571 : i64
      %v648 = arith.addi %v645, %v647 : i64
      %v649 = llvm.getelementptr %in_A[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v650 = llvm.load %v649 : !llvm.ptr -> f32
      %v667 = arith.muli %v34, %v572 : i64
      %v668 = arith.constant 4 : i64
      %v669 = arith.muli %v668, %v571 : i64
      %v670 = arith.addi %v667, %v669 : i64
      %v671 = llvm.getelementptr %in_A[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v672 = llvm.load %v671 : !llvm.ptr -> f32
      %v689 = arith.muli %v34, %v572 : i64
      %v690 = arith.constant 5 : i64
      %v691 = arith.muli %v690, %v571 : i64
      %v692 = arith.addi %v689, %v691 : i64
      %v693 = llvm.getelementptr %in_A[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v694 = llvm.load %v693 : !llvm.ptr -> f32
      %v711 = arith.muli %v34, %v572 : i64
      %v712 = arith.constant 6 : i64
      %v713 = arith.muli %v712, %v571 : i64
      %v714 = arith.addi %v711, %v713 : i64
      %v715 = llvm.getelementptr %in_A[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v716 = llvm.load %v715 : !llvm.ptr -> f32
      %v733 = arith.muli %v34, %v572 : i64
      %v734 = arith.constant 7 : i64
      %v735 = arith.muli %v734, %v571 : i64
      %v736 = arith.addi %v733, %v735 : i64
      %v737 = llvm.getelementptr %in_A[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v738 = llvm.load %v737 : !llvm.ptr -> f32
      %v755 = arith.muli %v34, %v572 : i64
      %v756 = arith.constant 8 : i64
      %v757 = arith.muli %v756, %v571 : i64
      %v758 = arith.addi %v755, %v757 : i64
      %v759 = llvm.getelementptr %in_A[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v760 = llvm.load %v759 : !llvm.ptr -> f32
      %v777 = arith.muli %v34, %v572 : i64
      %v778 = arith.constant 9 : i64
      %v779 = arith.muli %v778, %v571 : i64
      %v780 = arith.addi %v777, %v779 : i64
      %v781 = llvm.getelementptr %in_A[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v782 = llvm.load %v781 : !llvm.ptr -> f32
      %v799 = arith.muli %v34, %v572 : i64
      %v800 = arith.constant 10 : i64
      %v801 = arith.muli %v800, %v571 : i64
      %v802 = arith.addi %v799, %v801 : i64
      %v803 = llvm.getelementptr %in_A[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v821 = arith.muli %v34, %v572 : i64
      %v822 = arith.constant 11 : i64
      %v823 = arith.muli %v822, %v571 : i64
      %v824 = arith.addi %v821, %v823 : i64
      %v825 = llvm.getelementptr %in_A[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v826 = llvm.load %v825 : !llvm.ptr -> f32
      %v843 = arith.muli %v34, %v572 : i64
      %v844 = arith.constant 12 : i64
      %v845 = arith.muli %v844, %v571 : i64
      %v846 = arith.addi %v843, %v845 : i64
      %v847 = llvm.getelementptr %in_A[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v848 = llvm.load %v847 : !llvm.ptr -> f32
      %v865 = arith.muli %v34, %v572 : i64
      %v866 = arith.constant 13 : i64
      %v867 = arith.muli %v866, %v571 : i64
      %v868 = arith.addi %v865, %v867 : i64
      %v869 = llvm.getelementptr %in_A[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v870 = llvm.load %v869 : !llvm.ptr -> f32
      %v887 = arith.muli %v34, %v572 : i64
      %v888 = arith.constant 14 : i64
      %v889 = arith.muli %v888, %v571 : i64
      %v890 = arith.addi %v887, %v889 : i64
      %v891 = llvm.getelementptr %in_A[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v892 = llvm.load %v891 : !llvm.ptr -> f32
      %v909 = arith.muli %v34, %v572 : i64
      %v910 = arith.constant 15 : i64
      %v911 = arith.muli %v910, %v571 : i64
      %v912 = arith.addi %v909, %v911 : i64
      %v913 = llvm.getelementptr %in_A[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v914 = llvm.load %v913 : !llvm.ptr -> f32
      %v1103 = arith.muli %v34, %v531 : i64
      %v1104 = llvm.getelementptr %in_Dskip[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
      %v41 = arith.muli %v36, %v40 : i64
      %v42 = arith.muli %v34, %v39 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = llvm.mlir.zero : !llvm.ptr
      %v45 = llvm.icmp "ne" %in_h0, %v44 : !llvm.ptr
      %v46 = scf.if %v45 -> (f32) {
        %v47 = llvm.getelementptr %in_h0[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v48 = llvm.load %v47 : !llvm.ptr -> f32
        scf.yield %v48 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v46, %v6 : f32, !llvm.ptr
      %v50 = arith.muli %v36, %v40 : i64
      %v51 = arith.muli %v34, %v39 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.constant 1 : i64
      %v54 = arith.muli %v53, %v38 : i64
      %v55 = arith.addi %v52, %v54 : i64
      %v56 = llvm.mlir.zero : !llvm.ptr
      %v57 = llvm.icmp "ne" %in_h0, %v56 : !llvm.ptr
      %v58 = scf.if %v57 -> (f32) {
        %v59 = llvm.getelementptr %in_h0[%v55] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v60 = llvm.load %v59 : !llvm.ptr -> f32
        scf.yield %v60 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v58, %v7 : f32, !llvm.ptr
      %v61 = arith.muli %v36, %v40 : i64
      %v62 = arith.muli %v34, %v39 : i64
      %v63 = arith.addi %v61, %v62 : i64
      %v64 = arith.constant 2 : i64
      %v65 = arith.muli %v64, %v38 : i64
      %v66 = arith.addi %v63, %v65 : i64
      %v67 = llvm.mlir.zero : !llvm.ptr
      %v68 = llvm.icmp "ne" %in_h0, %v67 : !llvm.ptr
      %v69 = scf.if %v68 -> (f32) {
        %v70 = llvm.getelementptr %in_h0[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v71 = llvm.load %v70 : !llvm.ptr -> f32
        scf.yield %v71 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v69, %v8 : f32, !llvm.ptr
      %v72 = arith.muli %v36, %v40 : i64
      %v73 = arith.muli %v34, %v39 : i64
      %v74 = arith.addi %v72, %v73 : i64
      %v75 = arith.constant 3 : i64
      %v76 = arith.muli %v75, %v38 : i64
      %v77 = arith.addi %v74, %v76 : i64
      %v78 = llvm.mlir.zero : !llvm.ptr
      %v79 = llvm.icmp "ne" %in_h0, %v78 : !llvm.ptr
      %v80 = scf.if %v79 -> (f32) {
        %v81 = llvm.getelementptr %in_h0[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v82 = llvm.load %v81 : !llvm.ptr -> f32
        scf.yield %v82 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v80, %v9 : f32, !llvm.ptr
      %v83 = arith.muli %v36, %v40 : i64
      %v84 = arith.muli %v34, %v39 : i64
      %v85 = arith.addi %v83, %v84 : i64
      %v86 = arith.constant 4 : i64
      %v87 = arith.muli %v86, %v38 : i64
      %v88 = arith.addi %v85, %v87 : i64
      %v89 = llvm.mlir.zero : !llvm.ptr
      %v90 = llvm.icmp "ne" %in_h0, %v89 : !llvm.ptr
      %v91 = scf.if %v90 -> (f32) {
        %v92 = llvm.getelementptr %in_h0[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v93 = llvm.load %v92 : !llvm.ptr -> f32
        scf.yield %v93 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v91, %v10 : f32, !llvm.ptr
      %v94 = arith.muli %v36, %v40 : i64
      %v95 = arith.muli %v34, %v39 : i64
      %v96 = arith.addi %v94, %v95 : i64
      %v97 = arith.constant 5 : i64
      %v98 = arith.muli %v97, %v38 : i64
      %v99 = arith.addi %v96, %v98 : i64
      %v100 = llvm.mlir.zero : !llvm.ptr
      %v101 = llvm.icmp "ne" %in_h0, %v100 : !llvm.ptr
      %v102 = scf.if %v101 -> (f32) {
        %v103 = llvm.getelementptr %in_h0[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v104 = llvm.load %v103 : !llvm.ptr -> f32
        scf.yield %v104 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v102, %v11 : f32, !llvm.ptr
      %v105 = arith.muli %v36, %v40 : i64
      %v106 = arith.muli %v34, %v39 : i64
      %v107 = arith.addi %v105, %v106 : i64
      %v108 = arith.constant 6 : i64
      %v109 = arith.muli %v108, %v38 : i64
      %v110 = arith.addi %v107, %v109 : i64
      %v111 = llvm.mlir.zero : !llvm.ptr
      %v112 = llvm.icmp "ne" %in_h0, %v111 : !llvm.ptr
      %v113 = scf.if %v112 -> (f32) {
        %v114 = llvm.getelementptr %in_h0[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v115 = llvm.load %v114 : !llvm.ptr -> f32
        scf.yield %v115 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v113, %v12 : f32, !llvm.ptr
      %v116 = arith.muli %v36, %v40 : i64
      %v117 = arith.muli %v34, %v39 : i64
      %v118 = arith.addi %v116, %v117 : i64
      %v119 = arith.constant 7 : i64
      %v120 = arith.muli %v119, %v38 : i64
      %v121 = arith.addi %v118, %v120 : i64
      %v122 = llvm.mlir.zero : !llvm.ptr
      %v123 = llvm.icmp "ne" %in_h0, %v122 : !llvm.ptr
      %v124 = scf.if %v123 -> (f32) {
        %v125 = llvm.getelementptr %in_h0[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v126 = llvm.load %v125 : !llvm.ptr -> f32
        scf.yield %v126 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v124, %v13 : f32, !llvm.ptr
      %v127 = arith.muli %v36, %v40 : i64
      %v128 = arith.muli %v34, %v39 : i64
      %v129 = arith.addi %v127, %v128 : i64
      %v130 = arith.constant 8 : i64
      %v131 = arith.muli %v130, %v38 : i64
      %v132 = arith.addi %v129, %v131 : i64
      %v133 = llvm.mlir.zero : !llvm.ptr
      %v134 = llvm.icmp "ne" %in_h0, %v133 : !llvm.ptr
      %v135 = scf.if %v134 -> (f32) {
        %v136 = llvm.getelementptr %in_h0[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v137 = llvm.load %v136 : !llvm.ptr -> f32
        scf.yield %v137 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v135, %v14 : f32, !llvm.ptr
      %v138 = arith.muli %v36, %v40 : i64
      %v139 = arith.muli %v34, %v39 : i64
      %v140 = arith.addi %v138, %v139 : i64
      %v141 = arith.constant 9 : i64
      %v142 = arith.muli %v141, %v38 : i64
      %v143 = arith.addi %v140, %v142 : i64
      %v144 = llvm.mlir.zero : !llvm.ptr
      %v145 = llvm.icmp "ne" %in_h0, %v144 : !llvm.ptr
      %v146 = scf.if %v145 -> (f32) {
        %v147 = llvm.getelementptr %in_h0[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v148 = llvm.load %v147 : !llvm.ptr -> f32
        scf.yield %v148 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v146, %v15 : f32, !llvm.ptr
      %v149 = arith.muli %v36, %v40 : i64
      %v150 = arith.muli %v34, %v39 : i64
      %v151 = arith.addi %v149, %v150 : i64
      %v152 = arith.constant 10 : i64
      %v153 = arith.muli %v152, %v38 : i64
      %v154 = arith.addi %v151, %v153 : i64
      %v155 = llvm.mlir.zero : !llvm.ptr
      %v156 = llvm.icmp "ne" %in_h0, %v155 : !llvm.ptr
      %v157 = scf.if %v156 -> (f32) {
        %v158 = llvm.getelementptr %in_h0[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v159 = llvm.load %v158 : !llvm.ptr -> f32
        scf.yield %v159 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v157, %v16 : f32, !llvm.ptr
      %v160 = arith.muli %v36, %v40 : i64
      %v161 = arith.muli %v34, %v39 : i64
      %v162 = arith.addi %v160, %v161 : i64
      %v163 = arith.constant 11 : i64
      %v164 = arith.muli %v163, %v38 : i64
      %v165 = arith.addi %v162, %v164 : i64
      %v166 = llvm.mlir.zero : !llvm.ptr
      %v167 = llvm.icmp "ne" %in_h0, %v166 : !llvm.ptr
      %v168 = scf.if %v167 -> (f32) {
        %v169 = llvm.getelementptr %in_h0[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v170 = llvm.load %v169 : !llvm.ptr -> f32
        scf.yield %v170 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v168, %v17 : f32, !llvm.ptr
      %v171 = arith.muli %v36, %v40 : i64
      %v172 = arith.muli %v34, %v39 : i64
      %v173 = arith.addi %v171, %v172 : i64
      %v174 = arith.constant 12 : i64
      %v175 = arith.muli %v174, %v38 : i64
      %v176 = arith.addi %v173, %v175 : i64
      %v177 = llvm.mlir.zero : !llvm.ptr
      %v178 = llvm.icmp "ne" %in_h0, %v177 : !llvm.ptr
      %v179 = scf.if %v178 -> (f32) {
        %v180 = llvm.getelementptr %in_h0[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v181 = llvm.load %v180 : !llvm.ptr -> f32
        scf.yield %v181 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v179, %v18 : f32, !llvm.ptr
      %v182 = arith.muli %v36, %v40 : i64
      %v183 = arith.muli %v34, %v39 : i64
      %v184 = arith.addi %v182, %v183 : i64
      %v185 = arith.constant 13 : i64
      %v186 = arith.muli %v185, %v38 : i64
      %v187 = arith.addi %v184, %v186 : i64
      %v188 = llvm.mlir.zero : !llvm.ptr
      %v189 = llvm.icmp "ne" %in_h0, %v188 : !llvm.ptr
      %v190 = scf.if %v189 -> (f32) {
        %v191 = llvm.getelementptr %in_h0[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v192 = llvm.load %v191 : !llvm.ptr -> f32
        scf.yield %v192 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v190, %v19 : f32, !llvm.ptr
      %v193 = arith.muli %v36, %v40 : i64
      %v194 = arith.muli %v34, %v39 : i64
      %v195 = arith.addi %v193, %v194 : i64
      %v196 = arith.constant 14 : i64
      %v197 = arith.muli %v196, %v38 : i64
      %v198 = arith.addi %v195, %v197 : i64
      %v199 = llvm.mlir.zero : !llvm.ptr
      %v200 = llvm.icmp "ne" %in_h0, %v199 : !llvm.ptr
      %v201 = scf.if %v200 -> (f32) {
        %v202 = llvm.getelementptr %in_h0[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v203 = llvm.load %v202 : !llvm.ptr -> f32
        scf.yield %v203 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v201, %v20 : f32, !llvm.ptr
      %v204 = arith.muli %v36, %v40 : i64
      %v205 = arith.muli %v34, %v39 : i64
      %v206 = arith.addi %v204, %v205 : i64
      %v207 = arith.constant 15 : i64
      %v208 = arith.muli %v207, %v38 : i64
      %v209 = arith.addi %v206, %v208 : i64
      %v210 = llvm.mlir.zero : !llvm.ptr
      %v211 = llvm.icmp "ne" %in_h0, %v210 : !llvm.ptr
      %v212 = scf.if %v211 -> (f32) {
        %v213 = llvm.getelementptr %in_h0[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v214 = llvm.load %v213 : !llvm.ptr -> f32
        scf.yield %v214 : f32
      } else {
        scf.yield %v49 : f32
      }
      llvm.store %v212, %v21 : f32, !llvm.ptr
      %v217 = arith.index_cast %v215 : i64 to index
      %v218 = arith.index_cast %size_L : i64 to index
      %v219 = arith.index_cast %v216 : i64 to index
      scf.for %v220 = %v217 to %v218 step %v219 {
        %v221 = arith.index_cast %v220 : index to i64
        %v222 = arith.subi %size_L, %v221 : i64
        %v224 = arith.minsi %v222, %v223 : i64
        %v227 = arith.index_cast %v25 : i64 to index
        %v228 = arith.index_cast %v225 : i64 to index
        %v229 = arith.index_cast %v226 : i64 to index
        scf.for %v230 = %v227 to %v228 step %v229 {
          %v231 = arith.index_cast %v230 : index to i64
          %v233 = arith.divui %v231, %v232 : i64
          %v234 = arith.remui %v231, %v232 : i64
          %v236 = arith.remui %v233, %v235 : i64
          %v237 = arith.divui %v233, %v235 : i64
          %v238 = arith.subi %v29, %v25 : i64
          %v239 = arith.addi %v238, %v236 : i64
          %v240 = arith.addi %v221, %v234 : i64
          %v241 = arith.cmpi slt, %v239, %v4 : i64
          %v242 = arith.cmpi slt, %v240, %size_L : i64
          %v243 = arith.andi %v241, %v242 : i1
          %v245 = arith.subi %v4, %v244 : i64
          %v246 = arith.subi %size_L, %v244 : i64
          %v247 = arith.minsi %v239, %v245 : i64
          %v248 = arith.minsi %v240, %v246 : i64
          %v249 = arith.remui %v247, %size_D : i64
          %v250 = arith.divui %v247, %size_D : i64
          %v251 = arith.remui %v250, %size_B : i64
          %v252 = arith.divui %v250, %size_B : i64
          %v256 = arith.muli %v251, %v255 : i64
          %v257 = arith.muli %v249, %v254 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = arith.muli %v248, %v253 : i64
          %v260 = arith.addi %v258, %v259 : i64
          %v262 = arith.addi %v261, %v237 : i64
          %v265 = arith.muli %v262, %v263 : i64
          %v266 = arith.addi %v265, %v236 : i64
          %v267 = arith.muli %v266, %v264 : i64
          %v268 = arith.addi %v267, %v234 : i64
          %v269 = llvm.getelementptr %in_u[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = llvm.getelementptr %v22[%v268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v270, %v271 : f32, !llvm.ptr<3>
        }
        %v274 = arith.index_cast %v25 : i64 to index
        %v275 = arith.index_cast %v272 : i64 to index
        %v276 = arith.index_cast %v273 : i64 to index
        scf.for %v277 = %v274 to %v275 step %v276 {
          %v278 = arith.index_cast %v277 : index to i64
          %v280 = arith.divui %v278, %v279 : i64
          %v281 = arith.remui %v278, %v279 : i64
          %v283 = arith.remui %v280, %v282 : i64
          %v284 = arith.divui %v280, %v282 : i64
          %v285 = arith.subi %v29, %v25 : i64
          %v286 = arith.addi %v285, %v283 : i64
          %v287 = arith.addi %v221, %v281 : i64
          %v288 = arith.cmpi slt, %v286, %v4 : i64
          %v289 = arith.cmpi slt, %v287, %size_L : i64
          %v290 = arith.andi %v288, %v289 : i1
          %v292 = arith.subi %v4, %v291 : i64
          %v293 = arith.subi %size_L, %v291 : i64
          %v294 = arith.minsi %v286, %v292 : i64
          %v295 = arith.minsi %v287, %v293 : i64
          %v296 = arith.remui %v294, %size_D : i64
          %v297 = arith.divui %v294, %size_D : i64
          %v298 = arith.remui %v297, %size_B : i64
          %v299 = arith.divui %v297, %size_B : i64
          %v300 = arith.muli %v298, %v255 : i64
          %v301 = arith.muli %v296, %v254 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = arith.muli %v295, %v253 : i64
          %v304 = arith.addi %v302, %v303 : i64
          %v306 = arith.addi %v305, %v284 : i64
          %v309 = arith.muli %v306, %v307 : i64
          %v310 = arith.addi %v309, %v283 : i64
          %v311 = arith.muli %v310, %v308 : i64
          %v312 = arith.addi %v311, %v281 : i64
          %v313 = llvm.getelementptr %in_delta[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v314 = llvm.load %v313 : !llvm.ptr -> f32
          %v315 = llvm.getelementptr %v22[%v312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v314, %v315 : f32, !llvm.ptr<3>
        }
        %v318 = arith.index_cast %v25 : i64 to index
        %v319 = arith.index_cast %v316 : i64 to index
        %v320 = arith.index_cast %v317 : i64 to index
        scf.for %v321 = %v318 to %v319 step %v320 {
          %v322 = arith.index_cast %v321 : index to i64
          %v324 = arith.divui %v322, %v323 : i64
          %v325 = arith.remui %v322, %v323 : i64
          %v327 = arith.remui %v324, %v326 : i64
          %v328 = arith.divui %v324, %v326 : i64
          %v329 = arith.subi %v29, %v25 : i64
          %v330 = arith.addi %v329, %v327 : i64
          %v331 = arith.addi %v221, %v325 : i64
          %v332 = arith.cmpi slt, %v330, %v4 : i64
          %v333 = arith.cmpi slt, %v331, %size_L : i64
          %v334 = arith.andi %v332, %v333 : i1
          %v336 = arith.subi %v4, %v335 : i64
          %v337 = arith.subi %size_L, %v335 : i64
          %v338 = arith.minsi %v330, %v336 : i64
          %v339 = arith.minsi %v331, %v337 : i64
          %v340 = arith.remui %v338, %size_D : i64
          %v341 = arith.divui %v338, %size_D : i64
          %v342 = arith.remui %v341, %size_B : i64
          %v343 = arith.divui %v341, %size_B : i64
          %v344 = arith.muli %v342, %v255 : i64
          %v345 = arith.muli %v340, %v254 : i64
          %v346 = arith.addi %v344, %v345 : i64
          %v347 = arith.muli %v339, %v253 : i64
          %v348 = arith.addi %v346, %v347 : i64
          %v350 = arith.addi %v349, %v328 : i64
          %v353 = arith.muli %v350, %v351 : i64
          %v354 = arith.addi %v353, %v327 : i64
          %v355 = arith.muli %v354, %v352 : i64
          %v356 = arith.addi %v355, %v325 : i64
          %v357 = llvm.getelementptr %in_z[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v358 = llvm.load %v357 : !llvm.ptr -> f32
          %v359 = llvm.getelementptr %v22[%v356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v358, %v359 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v362 = arith.index_cast %v360 : i64 to index
        %v363 = arith.index_cast %v224 : i64 to index
        %v364 = arith.index_cast %v361 : i64 to index
        scf.for %v365 = %v362 to %v363 step %v364 {
          %v366 = arith.index_cast %v365 : index to i64
          %v367 = arith.addi %v221, %v366 : i64
          %v369 = arith.remui %v367, %v368 : i64
          %v371 = arith.cmpi eq, %v369, %v370 : i64
          %v372 = arith.andi %v371, %v30 : i1
          scf.if %v372 {
            %v373 = arith.divui %v367, %v368 : i64
            %v374 = llvm.mlir.zero : !llvm.ptr
            %v375 = llvm.icmp "ne" %ckpt_h, %v374 : !llvm.ptr
            scf.if %v375 {
              %v380 = arith.muli %v373, %v379 : i64
              %v381 = llvm.load %v6 : !llvm.ptr -> f32
              %v382 = arith.muli %v36, %v40 : i64
              %v383 = arith.muli %v34, %v39 : i64
              %v384 = arith.addi %v382, %v383 : i64
              %v385 = arith.addi %v380, %v384 : i64
              %v386 = llvm.getelementptr %ckpt_h[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v381, %v386 : f32, !llvm.ptr
              %v387 = llvm.load %v7 : !llvm.ptr -> f32
              %v388 = arith.muli %v36, %v40 : i64
              %v389 = arith.muli %v34, %v39 : i64
              %v390 = arith.addi %v388, %v389 : i64
              %v391 = arith.constant 1 : i64
              %v392 = arith.muli %v391, %v38 : i64
              %v393 = arith.addi %v390, %v392 : i64
              %v394 = arith.addi %v380, %v393 : i64
              %v395 = llvm.getelementptr %ckpt_h[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v387, %v395 : f32, !llvm.ptr
              %v396 = llvm.load %v8 : !llvm.ptr -> f32
              %v397 = arith.muli %v36, %v40 : i64
              %v398 = arith.muli %v34, %v39 : i64
              %v399 = arith.addi %v397, %v398 : i64
              %v400 = arith.constant 2 : i64
              %v401 = arith.muli %v400, %v38 : i64
              %v402 = arith.addi %v399, %v401 : i64
              %v403 = arith.addi %v380, %v402 : i64
              %v404 = llvm.getelementptr %ckpt_h[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v396, %v404 : f32, !llvm.ptr
              %v405 = llvm.load %v9 : !llvm.ptr -> f32
              %v406 = arith.muli %v36, %v40 : i64
              %v407 = arith.muli %v34, %v39 : i64
              %v408 = arith.addi %v406, %v407 : i64
              %v409 = arith.constant 3 : i64
              %v410 = arith.muli %v409, %v38 : i64
              %v411 = arith.addi %v408, %v410 : i64
              %v412 = arith.addi %v380, %v411 : i64
              %v413 = llvm.getelementptr %ckpt_h[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v405, %v413 : f32, !llvm.ptr
              %v414 = llvm.load %v10 : !llvm.ptr -> f32
              %v415 = arith.muli %v36, %v40 : i64
              %v416 = arith.muli %v34, %v39 : i64
              %v417 = arith.addi %v415, %v416 : i64
              %v418 = arith.constant 4 : i64
              %v419 = arith.muli %v418, %v38 : i64
              %v420 = arith.addi %v417, %v419 : i64
              %v421 = arith.addi %v380, %v420 : i64
              %v422 = llvm.getelementptr %ckpt_h[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v414, %v422 : f32, !llvm.ptr
              %v423 = llvm.load %v11 : !llvm.ptr -> f32
              %v424 = arith.muli %v36, %v40 : i64
              %v425 = arith.muli %v34, %v39 : i64
              %v426 = arith.addi %v424, %v425 : i64
              %v427 = arith.constant 5 : i64
              %v428 = arith.muli %v427, %v38 : i64
              %v429 = arith.addi %v426, %v428 : i64
              %v430 = arith.addi %v380, %v429 : i64
              %v431 = llvm.getelementptr %ckpt_h[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v423, %v431 : f32, !llvm.ptr
              %v432 = llvm.load %v12 : !llvm.ptr -> f32
              %v433 = arith.muli %v36, %v40 : i64
              %v434 = arith.muli %v34, %v39 : i64
              %v435 = arith.addi %v433, %v434 : i64
              %v436 = arith.constant 6 : i64
              %v437 = arith.muli %v436, %v38 : i64
              %v438 = arith.addi %v435, %v437 : i64
              %v439 = arith.addi %v380, %v438 : i64
              %v440 = llvm.getelementptr %ckpt_h[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v432, %v440 : f32, !llvm.ptr
              %v441 = llvm.load %v13 : !llvm.ptr -> f32
              %v442 = arith.muli %v36, %v40 : i64
              %v443 = arith.muli %v34, %v39 : i64
              %v444 = arith.addi %v442, %v443 : i64
              %v445 = arith.constant 7 : i64
              %v446 = arith.muli %v445, %v38 : i64
              %v447 = arith.addi %v444, %v446 : i64
              %v448 = arith.addi %v380, %v447 : i64
              %v449 = llvm.getelementptr %ckpt_h[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v441, %v449 : f32, !llvm.ptr
              %v450 = llvm.load %v14 : !llvm.ptr -> f32
              %v451 = arith.muli %v36, %v40 : i64
              %v452 = arith.muli %v34, %v39 : i64
              %v453 = arith.addi %v451, %v452 : i64
              %v454 = arith.constant 8 : i64
              %v455 = arith.muli %v454, %v38 : i64
              %v456 = arith.addi %v453, %v455 : i64
              %v457 = arith.addi %v380, %v456 : i64
              %v458 = llvm.getelementptr %ckpt_h[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v450, %v458 : f32, !llvm.ptr
              %v459 = llvm.load %v15 : !llvm.ptr -> f32
              %v460 = arith.muli %v36, %v40 : i64
              %v461 = arith.muli %v34, %v39 : i64
              %v462 = arith.addi %v460, %v461 : i64
              %v463 = arith.constant 9 : i64
              %v464 = arith.muli %v463, %v38 : i64
              %v465 = arith.addi %v462, %v464 : i64
              %v466 = arith.addi %v380, %v465 : i64
              %v467 = llvm.getelementptr %ckpt_h[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v459, %v467 : f32, !llvm.ptr
              %v468 = llvm.load %v16 : !llvm.ptr -> f32
              %v469 = arith.muli %v36, %v40 : i64
              %v470 = arith.muli %v34, %v39 : i64
              %v471 = arith.addi %v469, %v470 : i64
              %v472 = arith.constant 10 : i64
              %v473 = arith.muli %v472, %v38 : i64
              %v474 = arith.addi %v471, %v473 : i64
              %v475 = arith.addi %v380, %v474 : i64
              %v476 = llvm.getelementptr %ckpt_h[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v468, %v476 : f32, !llvm.ptr
              %v477 = llvm.load %v17 : !llvm.ptr -> f32
              %v478 = arith.muli %v36, %v40 : i64
              %v479 = arith.muli %v34, %v39 : i64
              %v480 = arith.addi %v478, %v479 : i64
              %v481 = arith.constant 11 : i64
              %v482 = arith.muli %v481, %v38 : i64
              %v483 = arith.addi %v480, %v482 : i64
              %v484 = arith.addi %v380, %v483 : i64
              %v485 = llvm.getelementptr %ckpt_h[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v477, %v485 : f32, !llvm.ptr
              %v486 = llvm.load %v18 : !llvm.ptr -> f32
              %v487 = arith.muli %v36, %v40 : i64
              %v488 = arith.muli %v34, %v39 : i64
              %v489 = arith.addi %v487, %v488 : i64
              %v490 = arith.constant 12 : i64
              %v491 = arith.muli %v490, %v38 : i64
              %v492 = arith.addi %v489, %v491 : i64
              %v493 = arith.addi %v380, %v492 : i64
              %v494 = llvm.getelementptr %ckpt_h[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v486, %v494 : f32, !llvm.ptr
              %v495 = llvm.load %v19 : !llvm.ptr -> f32
              %v496 = arith.muli %v36, %v40 : i64
              %v497 = arith.muli %v34, %v39 : i64
              %v498 = arith.addi %v496, %v497 : i64
              %v499 = arith.constant 13 : i64
              %v500 = arith.muli %v499, %v38 : i64
              %v501 = arith.addi %v498, %v500 : i64
              %v502 = arith.addi %v380, %v501 : i64
              %v503 = llvm.getelementptr %ckpt_h[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v495, %v503 : f32, !llvm.ptr
              %v504 = llvm.load %v20 : !llvm.ptr -> f32
              %v505 = arith.muli %v36, %v40 : i64
              %v506 = arith.muli %v34, %v39 : i64
              %v507 = arith.addi %v505, %v506 : i64
              %v508 = arith.constant 14 : i64
              %v509 = arith.muli %v508, %v38 : i64
              %v510 = arith.addi %v507, %v509 : i64
              %v511 = arith.addi %v380, %v510 : i64
              %v512 = llvm.getelementptr %ckpt_h[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v504, %v512 : f32, !llvm.ptr
              %v513 = llvm.load %v21 : !llvm.ptr -> f32
              %v514 = arith.muli %v36, %v40 : i64
              %v515 = arith.muli %v34, %v39 : i64
              %v516 = arith.addi %v514, %v515 : i64
              %v517 = arith.constant 15 : i64
              %v518 = arith.muli %v517, %v38 : i64
              %v519 = arith.addi %v516, %v518 : i64
              %v520 = arith.addi %v380, %v519 : i64
              %v521 = llvm.getelementptr %ckpt_h[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v513, %v521 : f32, !llvm.ptr
            }
          }
          %v525 = arith.muli %v522, %v523 : i64
          %v526 = arith.addi %v525, %v25 : i64
          %v527 = arith.muli %v526, %v524 : i64
          %v528 = arith.addi %v527, %v366 : i64
          %v529 = llvm.getelementptr %v22[%v528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v530 = llvm.load %v529 : !llvm.ptr<3> -> f32
          %v535 = arith.addf %v530, %v534 : f32
          %v536 = arith.maximumf %v535, %v49 : f32
          %v537 = llvm.call_intrinsic "llvm.fabs.f32"(%v535) : (f32) -> f32
          %v538 = arith.negf %v537 : f32
          %v540 = arith.mulf %v538, %v539 : f32
          %v541 = llvm.call_intrinsic "llvm.exp2.f32"(%v540) : (f32) -> f32
          %v543 = arith.addf %v542, %v541 : f32
          %v544 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v543) : (f32) -> f32
          %v546 = arith.mulf %v544, %v545 : f32
          %v549 = arith.mulf %v547, %v541 : f32
          %v550 = arith.addf %v549, %v548 : f32
          %v552 = arith.mulf %v550, %v541 : f32
          %v553 = arith.addf %v552, %v551 : f32
          %v555 = arith.mulf %v553, %v541 : f32
          %v556 = arith.addf %v555, %v554 : f32
          %v558 = arith.mulf %v556, %v541 : f32
          %v559 = arith.addf %v558, %v557 : f32
          %v561 = arith.mulf %v559, %v541 : f32
          %v562 = arith.addf %v561, %v560 : f32
          %v563 = arith.mulf %v562, %v541 : f32
          %v564 = arith.addf %v563, %v542 : f32
          %v565 = arith.mulf %v564, %v541 : f32
          %v566 = llvm.call_intrinsic "llvm.fabs.f32"(%v541) : (f32) -> f32
          %v568 = arith.cmpf olt, %v566, %v567 : f32
          %v569 = arith.select %v568, %v565, %v546 : f32
          %v570 = arith.addf %v536, %v569 : f32
          %v576 = arith.mulf %v570, %v575 : f32
          %v577 = arith.mulf %v576, %v539 : f32
          %v578 = llvm.call_intrinsic "llvm.exp2.f32"(%v577) : (f32) -> f32
          %v582 = arith.muli %v36, %v581 : i64
          %v583 = arith.muli %v367, %v579 : i64
          %v584 = arith.addi %v582, %v583 : i64
          %v585 = llvm.getelementptr %in_Bm[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v586 = llvm.load %v585 : !llvm.ptr -> f32
          %v587 = arith.mulf %v570, %v586 : f32
          %v591 = arith.muli %v588, %v589 : i64
          %v592 = arith.addi %v591, %v25 : i64
          %v593 = arith.muli %v592, %v590 : i64
          %v594 = arith.addi %v593, %v366 : i64
          %v595 = llvm.getelementptr %v22[%v594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v596 = llvm.load %v595 : !llvm.ptr<3> -> f32
          %v597 = arith.mulf %v587, %v596 : f32
          %v598 = llvm.load %v6 : !llvm.ptr -> f32
          %v599 = arith.mulf %v578, %v598 : f32
          %v600 = arith.addf %v599, %v597 : f32
          %v607 = arith.mulf %v570, %v606 : f32
          %v608 = arith.mulf %v607, %v539 : f32
          %v609 = llvm.call_intrinsic "llvm.exp2.f32"(%v608) : (f32) -> f32
          %v610 = arith.muli %v36, %v581 : i64
          %v611 = arith.constant 1 : i64
          %v612 = arith.muli %v611, %v580 : i64
          %v613 = arith.addi %v610, %v612 : i64
          %v614 = arith.muli %v367, %v579 : i64
          %v615 = arith.addi %v613, %v614 : i64
          %v616 = llvm.getelementptr %in_Bm[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v617 = llvm.load %v616 : !llvm.ptr -> f32
          %v618 = arith.mulf %v570, %v617 : f32
          %v619 = arith.mulf %v618, %v596 : f32
          %v620 = llvm.load %v7 : !llvm.ptr -> f32
          %v621 = arith.mulf %v609, %v620 : f32
          %v622 = arith.addf %v621, %v619 : f32
          %v629 = arith.mulf %v570, %v628 : f32
          %v630 = arith.mulf %v629, %v539 : f32
          %v631 = llvm.call_intrinsic "llvm.exp2.f32"(%v630) : (f32) -> f32
          %v632 = arith.muli %v36, %v581 : i64
          %v633 = arith.constant 2 : i64
          %v634 = arith.muli %v633, %v580 : i64
          %v635 = arith.addi %v632, %v634 : i64
          %v636 = arith.muli %v367, %v579 : i64
          %v637 = arith.addi %v635, %v636 : i64
          %v638 = llvm.getelementptr %in_Bm[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v639 = llvm.load %v638 : !llvm.ptr -> f32
          %v640 = arith.mulf %v570, %v639 : f32
          %v641 = arith.mulf %v640, %v596 : f32
          %v642 = llvm.load %v8 : !llvm.ptr -> f32
          %v643 = arith.mulf %v631, %v642 : f32
          %v644 = arith.addf %v643, %v641 : f32
          %v651 = arith.mulf %v570, %v650 : f32
          %v652 = arith.mulf %v651, %v539 : f32
          %v653 = llvm.call_intrinsic "llvm.exp2.f32"(%v652) : (f32) -> f32
          %v654 = arith.muli %v36, %v581 : i64
          %v655 = arith.constant 3 : i64
          %v656 = arith.muli %v655, %v580 : i64
          %v657 = arith.addi %v654, %v656 : i64
          %v658 = arith.muli %v367, %v579 : i64
          %v659 = arith.addi %v657, %v658 : i64
          %v660 = llvm.getelementptr %in_Bm[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v661 = llvm.load %v660 : !llvm.ptr -> f32
          %v662 = arith.mulf %v570, %v661 : f32
          %v663 = arith.mulf %v662, %v596 : f32
          %v664 = llvm.load %v9 : !llvm.ptr -> f32
          %v665 = arith.mulf %v653, %v664 : f32
          %v666 = arith.addf %v665, %v663 : f32
          %v673 = arith.mulf %v570, %v672 : f32
          %v674 = arith.mulf %v673, %v539 : f32
          %v675 = llvm.call_intrinsic "llvm.exp2.f32"(%v674) : (f32) -> f32
          %v676 = arith.muli %v36, %v581 : i64
          %v677 = arith.constant 4 : i64
          %v678 = arith.muli %v677, %v580 : i64
          %v679 = arith.addi %v676, %v678 : i64
          %v680 = arith.muli %v367, %v579 : i64
          %v681 = arith.addi %v679, %v680 : i64
          %v682 = llvm.getelementptr %in_Bm[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v683 = llvm.load %v682 : !llvm.ptr -> f32
          %v684 = arith.mulf %v570, %v683 : f32
          %v685 = arith.mulf %v684, %v596 : f32
          %v686 = llvm.load %v10 : !llvm.ptr -> f32
          %v687 = arith.mulf %v675, %v686 : f32
          %v688 = arith.addf %v687, %v685 : f32
          %v695 = arith.mulf %v570, %v694 : f32
          %v696 = arith.mulf %v695, %v539 : f32
          %v697 = llvm.call_intrinsic "llvm.exp2.f32"(%v696) : (f32) -> f32
          %v698 = arith.muli %v36, %v581 : i64
          %v699 = arith.constant 5 : i64
          %v700 = arith.muli %v699, %v580 : i64
          %v701 = arith.addi %v698, %v700 : i64
          %v702 = arith.muli %v367, %v579 : i64
          %v703 = arith.addi %v701, %v702 : i64
          %v704 = llvm.getelementptr %in_Bm[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v705 = llvm.load %v704 : !llvm.ptr -> f32
          %v706 = arith.mulf %v570, %v705 : f32
          %v707 = arith.mulf %v706, %v596 : f32
          %v708 = llvm.load %v11 : !llvm.ptr -> f32
          %v709 = arith.mulf %v697, %v708 : f32
          %v710 = arith.addf %v709, %v707 : f32
          %v717 = arith.mulf %v570, %v716 : f32
          %v718 = arith.mulf %v717, %v539 : f32
          %v719 = llvm.call_intrinsic "llvm.exp2.f32"(%v718) : (f32) -> f32
          %v720 = arith.muli %v36, %v581 : i64
          %v721 = arith.constant 6 : i64
          %v722 = arith.muli %v721, %v580 : i64
          %v723 = arith.addi %v720, %v722 : i64
          %v724 = arith.muli %v367, %v579 : i64
          %v725 = arith.addi %v723, %v724 : i64
          %v726 = llvm.getelementptr %in_Bm[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v727 = llvm.load %v726 : !llvm.ptr -> f32
          %v728 = arith.mulf %v570, %v727 : f32
          %v729 = arith.mulf %v728, %v596 : f32
          %v730 = llvm.load %v12 : !llvm.ptr -> f32
          %v731 = arith.mulf %v719, %v730 : f32
          %v732 = arith.addf %v731, %v729 : f32
          %v739 = arith.mulf %v570, %v738 : f32
          %v740 = arith.mulf %v739, %v539 : f32
          %v741 = llvm.call_intrinsic "llvm.exp2.f32"(%v740) : (f32) -> f32
          %v742 = arith.muli %v36, %v581 : i64
          %v743 = arith.constant 7 : i64
          %v744 = arith.muli %v743, %v580 : i64
          %v745 = arith.addi %v742, %v744 : i64
          %v746 = arith.muli %v367, %v579 : i64
          %v747 = arith.addi %v745, %v746 : i64
          %v748 = llvm.getelementptr %in_Bm[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v749 = llvm.load %v748 : !llvm.ptr -> f32
          %v750 = arith.mulf %v570, %v749 : f32
          %v751 = arith.mulf %v750, %v596 : f32
          %v752 = llvm.load %v13 : !llvm.ptr -> f32
          %v753 = arith.mulf %v741, %v752 : f32
          %v754 = arith.addf %v753, %v751 : f32
          %v761 = arith.mulf %v570, %v760 : f32
          %v762 = arith.mulf %v761, %v539 : f32
          %v763 = llvm.call_intrinsic "llvm.exp2.f32"(%v762) : (f32) -> f32
          %v764 = arith.muli %v36, %v581 : i64
          %v765 = arith.constant 8 : i64
          %v766 = arith.muli %v765, %v580 : i64
          %v767 = arith.addi %v764, %v766 : i64
          %v768 = arith.muli %v367, %v579 : i64
          %v769 = arith.addi %v767, %v768 : i64
          %v770 = llvm.getelementptr %in_Bm[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v771 = llvm.load %v770 : !llvm.ptr -> f32
          %v772 = arith.mulf %v570, %v771 : f32
          %v773 = arith.mulf %v772, %v596 : f32
          %v774 = llvm.load %v14 : !llvm.ptr -> f32
          %v775 = arith.mulf %v763, %v774 : f32
          %v776 = arith.addf %v775, %v773 : f32
          %v783 = arith.mulf %v570, %v782 : f32
          %v784 = arith.mulf %v783, %v539 : f32
          %v785 = llvm.call_intrinsic "llvm.exp2.f32"(%v784) : (f32) -> f32
          %v786 = arith.muli %v36, %v581 : i64
          %v787 = arith.constant 9 : i64
          %v788 = arith.muli %v787, %v580 : i64
          %v789 = arith.addi %v786, %v788 : i64
          %v790 = arith.muli %v367, %v579 : i64
          %v791 = arith.addi %v789, %v790 : i64
          %v792 = llvm.getelementptr %in_Bm[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v793 = llvm.load %v792 : !llvm.ptr -> f32
          %v794 = arith.mulf %v570, %v793 : f32
          %v795 = arith.mulf %v794, %v596 : f32
          %v796 = llvm.load %v15 : !llvm.ptr -> f32
          %v797 = arith.mulf %v785, %v796 : f32
          %v798 = arith.addf %v797, %v795 : f32
          %v805 = arith.mulf %v570, %v804 : f32
          %v806 = arith.mulf %v805, %v539 : f32
          %v807 = llvm.call_intrinsic "llvm.exp2.f32"(%v806) : (f32) -> f32
          %v808 = arith.muli %v36, %v581 : i64
          %v809 = arith.constant 10 : i64
          %v810 = arith.muli %v809, %v580 : i64
          %v811 = arith.addi %v808, %v810 : i64
          %v812 = arith.muli %v367, %v579 : i64
          %v813 = arith.addi %v811, %v812 : i64
          %v814 = llvm.getelementptr %in_Bm[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v815 = llvm.load %v814 : !llvm.ptr -> f32
          %v816 = arith.mulf %v570, %v815 : f32
          %v817 = arith.mulf %v816, %v596 : f32
          %v818 = llvm.load %v16 : !llvm.ptr -> f32
          %v819 = arith.mulf %v807, %v818 : f32
          %v820 = arith.addf %v819, %v817 : f32
          %v827 = arith.mulf %v570, %v826 : f32
          %v828 = arith.mulf %v827, %v539 : f32
          %v829 = llvm.call_intrinsic "llvm.exp2.f32"(%v828) : (f32) -> f32
          %v830 = arith.muli %v36, %v581 : i64
          %v831 = arith.constant 11 : i64
          %v832 = arith.muli %v831, %v580 : i64
          %v833 = arith.addi %v830, %v832 : i64
          %v834 = arith.muli %v367, %v579 : i64
          %v835 = arith.addi %v833, %v834 : i64
          %v836 = llvm.getelementptr %in_Bm[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v837 = llvm.load %v836 : !llvm.ptr -> f32
          %v838 = arith.mulf %v570, %v837 : f32
          %v839 = arith.mulf %v838, %v596 : f32
          %v840 = llvm.load %v17 : !llvm.ptr -> f32
          %v841 = arith.mulf %v829, %v840 : f32
          %v842 = arith.addf %v841, %v839 : f32
          %v849 = arith.mulf %v570, %v848 : f32
          %v850 = arith.mulf %v849, %v539 : f32
          %v851 = llvm.call_intrinsic "llvm.exp2.f32"(%v850) : (f32) -> f32
          %v852 = arith.muli %v36, %v581 : i64
          %v853 = arith.constant 12 : i64
          %v854 = arith.muli %v853, %v580 : i64
          %v855 = arith.addi %v852, %v854 : i64
          %v856 = arith.muli %v367, %v579 : i64
          %v857 = arith.addi %v855, %v856 : i64
          %v858 = llvm.getelementptr %in_Bm[%v857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v859 = llvm.load %v858 : !llvm.ptr -> f32
          %v860 = arith.mulf %v570, %v859 : f32
          %v861 = arith.mulf %v860, %v596 : f32
          %v862 = llvm.load %v18 : !llvm.ptr -> f32
          %v863 = arith.mulf %v851, %v862 : f32
          %v864 = arith.addf %v863, %v861 : f32
          %v871 = arith.mulf %v570, %v870 : f32
          %v872 = arith.mulf %v871, %v539 : f32
          %v873 = llvm.call_intrinsic "llvm.exp2.f32"(%v872) : (f32) -> f32
          %v874 = arith.muli %v36, %v581 : i64
          %v875 = arith.constant 13 : i64
          %v876 = arith.muli %v875, %v580 : i64
          %v877 = arith.addi %v874, %v876 : i64
          %v878 = arith.muli %v367, %v579 : i64
          %v879 = arith.addi %v877, %v878 : i64
          %v880 = llvm.getelementptr %in_Bm[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v881 = llvm.load %v880 : !llvm.ptr -> f32
          %v882 = arith.mulf %v570, %v881 : f32
          %v883 = arith.mulf %v882, %v596 : f32
          %v884 = llvm.load %v19 : !llvm.ptr -> f32
          %v885 = arith.mulf %v873, %v884 : f32
          %v886 = arith.addf %v885, %v883 : f32
          %v893 = arith.mulf %v570, %v892 : f32
          %v894 = arith.mulf %v893, %v539 : f32
          %v895 = llvm.call_intrinsic "llvm.exp2.f32"(%v894) : (f32) -> f32
          %v896 = arith.muli %v36, %v581 : i64
          %v897 = arith.constant 14 : i64
          %v898 = arith.muli %v897, %v580 : i64
          %v899 = arith.addi %v896, %v898 : i64
          %v900 = arith.muli %v367, %v579 : i64
          %v901 = arith.addi %v899, %v900 : i64
          %v902 = llvm.getelementptr %in_Bm[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v903 = llvm.load %v902 : !llvm.ptr -> f32
          %v904 = arith.mulf %v570, %v903 : f32
          %v905 = arith.mulf %v904, %v596 : f32
          %v906 = llvm.load %v20 : !llvm.ptr -> f32
          %v907 = arith.mulf %v895, %v906 : f32
          %v908 = arith.addf %v907, %v905 : f32
          %v915 = arith.mulf %v570, %v914 : f32
          %v916 = arith.mulf %v915, %v539 : f32
          %v917 = llvm.call_intrinsic "llvm.exp2.f32"(%v916) : (f32) -> f32
          %v918 = arith.muli %v36, %v581 : i64
          %v919 = arith.constant 15 : i64
          %v920 = arith.muli %v919, %v580 : i64
          %v921 = arith.addi %v918, %v920 : i64
          %v922 = arith.muli %v367, %v579 : i64
          %v923 = arith.addi %v921, %v922 : i64
          %v924 = llvm.getelementptr %in_Bm[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v925 = llvm.load %v924 : !llvm.ptr -> f32
          %v926 = arith.mulf %v570, %v925 : f32
          %v927 = arith.mulf %v926, %v596 : f32
          %v928 = llvm.load %v21 : !llvm.ptr -> f32
          %v929 = arith.mulf %v917, %v928 : f32
          %v930 = arith.addf %v929, %v927 : f32
          llvm.store %v600, %v6 : f32, !llvm.ptr
          llvm.store %v622, %v7 : f32, !llvm.ptr
          llvm.store %v644, %v8 : f32, !llvm.ptr
          llvm.store %v666, %v9 : f32, !llvm.ptr
          llvm.store %v688, %v10 : f32, !llvm.ptr
          llvm.store %v710, %v11 : f32, !llvm.ptr
          llvm.store %v732, %v12 : f32, !llvm.ptr
          llvm.store %v754, %v13 : f32, !llvm.ptr
          llvm.store %v776, %v14 : f32, !llvm.ptr
          llvm.store %v798, %v15 : f32, !llvm.ptr
          llvm.store %v820, %v16 : f32, !llvm.ptr
          llvm.store %v842, %v17 : f32, !llvm.ptr
          llvm.store %v864, %v18 : f32, !llvm.ptr
          llvm.store %v886, %v19 : f32, !llvm.ptr
          llvm.store %v908, %v20 : f32, !llvm.ptr
          llvm.store %v930, %v21 : f32, !llvm.ptr
          %v931 = arith.muli %v36, %v581 : i64
          %v932 = arith.muli %v367, %v579 : i64
          %v933 = arith.addi %v931, %v932 : i64
          %v934 = llvm.getelementptr %in_Cm[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v935 = llvm.load %v934 : !llvm.ptr -> f32
          %v936 = llvm.load %v6 : !llvm.ptr -> f32
          %v937 = arith.mulf %v935, %v936 : f32
          %v938 = arith.muli %v36, %v581 : i64
          %v939 = arith.constant 1 : i64
          %v940 = arith.muli %v939, %v580 : i64
          %v941 = arith.addi %v938, %v940 : i64
          %v942 = arith.muli %v367, %v579 : i64
          %v943 = arith.addi %v941, %v942 : i64
          %v944 = llvm.getelementptr %in_Cm[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v945 = llvm.load %v944 : !llvm.ptr -> f32
          %v946 = llvm.load %v7 : !llvm.ptr -> f32
          %v947 = arith.mulf %v945, %v946 : f32
          %v948 = arith.addf %v937, %v947 : f32
          %v949 = arith.muli %v36, %v581 : i64
          %v950 = arith.constant 2 : i64
          %v951 = arith.muli %v950, %v580 : i64
          %v952 = arith.addi %v949, %v951 : i64
          %v953 = arith.muli %v367, %v579 : i64
          %v954 = arith.addi %v952, %v953 : i64
          %v955 = llvm.getelementptr %in_Cm[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v956 = llvm.load %v955 : !llvm.ptr -> f32
          %v957 = llvm.load %v8 : !llvm.ptr -> f32
          %v958 = arith.mulf %v956, %v957 : f32
          %v959 = arith.addf %v948, %v958 : f32
          %v960 = arith.muli %v36, %v581 : i64
          %v961 = arith.constant 3 : i64
          %v962 = arith.muli %v961, %v580 : i64
          %v963 = arith.addi %v960, %v962 : i64
          %v964 = arith.muli %v367, %v579 : i64
          %v965 = arith.addi %v963, %v964 : i64
          %v966 = llvm.getelementptr %in_Cm[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v967 = llvm.load %v966 : !llvm.ptr -> f32
          %v968 = llvm.load %v9 : !llvm.ptr -> f32
          %v969 = arith.mulf %v967, %v968 : f32
          %v970 = arith.addf %v959, %v969 : f32
          %v971 = arith.muli %v36, %v581 : i64
          %v972 = arith.constant 4 : i64
          %v973 = arith.muli %v972, %v580 : i64
          %v974 = arith.addi %v971, %v973 : i64
          %v975 = arith.muli %v367, %v579 : i64
          %v976 = arith.addi %v974, %v975 : i64
          %v977 = llvm.getelementptr %in_Cm[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v978 = llvm.load %v977 : !llvm.ptr -> f32
          %v979 = llvm.load %v10 : !llvm.ptr -> f32
          %v980 = arith.mulf %v978, %v979 : f32
          %v981 = arith.addf %v970, %v980 : f32
          %v982 = arith.muli %v36, %v581 : i64
          %v983 = arith.constant 5 : i64
          %v984 = arith.muli %v983, %v580 : i64
          %v985 = arith.addi %v982, %v984 : i64
          %v986 = arith.muli %v367, %v579 : i64
          %v987 = arith.addi %v985, %v986 : i64
          %v988 = llvm.getelementptr %in_Cm[%v987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v989 = llvm.load %v988 : !llvm.ptr -> f32
          %v990 = llvm.load %v11 : !llvm.ptr -> f32
          %v991 = arith.mulf %v989, %v990 : f32
          %v992 = arith.addf %v981, %v991 : f32
          %v993 = arith.muli %v36, %v581 : i64
          %v994 = arith.constant 6 : i64
          %v995 = arith.muli %v994, %v580 : i64
          %v996 = arith.addi %v993, %v995 : i64
          %v997 = arith.muli %v367, %v579 : i64
          %v998 = arith.addi %v996, %v997 : i64
          %v999 = llvm.getelementptr %in_Cm[%v998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1000 = llvm.load %v999 : !llvm.ptr -> f32
          %v1001 = llvm.load %v12 : !llvm.ptr -> f32
          %v1002 = arith.mulf %v1000, %v1001 : f32
          %v1003 = arith.addf %v992, %v1002 : f32
          %v1004 = arith.muli %v36, %v581 : i64
          %v1005 = arith.constant 7 : i64
          %v1006 = arith.muli %v1005, %v580 : i64
          %v1007 = arith.addi %v1004, %v1006 : i64
          %v1008 = arith.muli %v367, %v579 : i64
          %v1009 = arith.addi %v1007, %v1008 : i64
          %v1010 = llvm.getelementptr %in_Cm[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
          %v1012 = llvm.load %v13 : !llvm.ptr -> f32
          %v1013 = arith.mulf %v1011, %v1012 : f32
          %v1014 = arith.addf %v1003, %v1013 : f32
          %v1015 = arith.muli %v36, %v581 : i64
          %v1016 = arith.constant 8 : i64
          %v1017 = arith.muli %v1016, %v580 : i64
          %v1018 = arith.addi %v1015, %v1017 : i64
          %v1019 = arith.muli %v367, %v579 : i64
          %v1020 = arith.addi %v1018, %v1019 : i64
          %v1021 = llvm.getelementptr %in_Cm[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
          %v1023 = llvm.load %v14 : !llvm.ptr -> f32
          %v1024 = arith.mulf %v1022, %v1023 : f32
          %v1025 = arith.addf %v1014, %v1024 : f32
          %v1026 = arith.muli %v36, %v581 : i64
          %v1027 = arith.constant 9 : i64
          %v1028 = arith.muli %v1027, %v580 : i64
          %v1029 = arith.addi %v1026, %v1028 : i64
          %v1030 = arith.muli %v367, %v579 : i64
          %v1031 = arith.addi %v1029, %v1030 : i64
          %v1032 = llvm.getelementptr %in_Cm[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
          %v1034 = llvm.load %v15 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v1033, %v1034 : f32
          %v1036 = arith.addf %v1025, %v1035 : f32
          %v1037 = arith.muli %v36, %v581 : i64
          %v1038 = arith.constant 10 : i64
          %v1039 = arith.muli %v1038, %v580 : i64
          %v1040 = arith.addi %v1037, %v1039 : i64
          %v1041 = arith.muli %v367, %v579 : i64
          %v1042 = arith.addi %v1040, %v1041 : i64
          %v1043 = llvm.getelementptr %in_Cm[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
          %v1045 = llvm.load %v16 : !llvm.ptr -> f32
          %v1046 = arith.mulf %v1044, %v1045 : f32
          %v1047 = arith.addf %v1036, %v1046 : f32
          %v1048 = arith.muli %v36, %v581 : i64
          %v1049 = arith.constant 11 : i64
          %v1050 = arith.muli %v1049, %v580 : i64
          %v1051 = arith.addi %v1048, %v1050 : i64
          %v1052 = arith.muli %v367, %v579 : i64
          %v1053 = arith.addi %v1051, %v1052 : i64
          %v1054 = llvm.getelementptr %in_Cm[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
          %v1056 = llvm.load %v17 : !llvm.ptr -> f32
          %v1057 = arith.mulf %v1055, %v1056 : f32
          %v1058 = arith.addf %v1047, %v1057 : f32
          %v1059 = arith.muli %v36, %v581 : i64
          %v1060 = arith.constant 12 : i64
          %v1061 = arith.muli %v1060, %v580 : i64
          %v1062 = arith.addi %v1059, %v1061 : i64
          %v1063 = arith.muli %v367, %v579 : i64
          %v1064 = arith.addi %v1062, %v1063 : i64
          %v1065 = llvm.getelementptr %in_Cm[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1066 = llvm.load %v1065 : !llvm.ptr -> f32
          %v1067 = llvm.load %v18 : !llvm.ptr -> f32
          %v1068 = arith.mulf %v1066, %v1067 : f32
          %v1069 = arith.addf %v1058, %v1068 : f32
          %v1070 = arith.muli %v36, %v581 : i64
          %v1071 = arith.constant 13 : i64
          %v1072 = arith.muli %v1071, %v580 : i64
          %v1073 = arith.addi %v1070, %v1072 : i64
          %v1074 = arith.muli %v367, %v579 : i64
          %v1075 = arith.addi %v1073, %v1074 : i64
          %v1076 = llvm.getelementptr %in_Cm[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
          %v1078 = llvm.load %v19 : !llvm.ptr -> f32
          %v1079 = arith.mulf %v1077, %v1078 : f32
          %v1080 = arith.addf %v1069, %v1079 : f32
          %v1081 = arith.muli %v36, %v581 : i64
          %v1082 = arith.constant 14 : i64
          %v1083 = arith.muli %v1082, %v580 : i64
          %v1084 = arith.addi %v1081, %v1083 : i64
          %v1085 = arith.muli %v367, %v579 : i64
          %v1086 = arith.addi %v1084, %v1085 : i64
          %v1087 = llvm.getelementptr %in_Cm[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
          %v1089 = llvm.load %v20 : !llvm.ptr -> f32
          %v1090 = arith.mulf %v1088, %v1089 : f32
          %v1091 = arith.addf %v1080, %v1090 : f32
          %v1092 = arith.muli %v36, %v581 : i64
          %v1093 = arith.constant 15 : i64
          %v1094 = arith.muli %v1093, %v580 : i64
          %v1095 = arith.addi %v1092, %v1094 : i64
          %v1096 = arith.muli %v367, %v579 : i64
          %v1097 = arith.addi %v1095, %v1096 : i64
          %v1098 = llvm.getelementptr %in_Cm[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
          %v1100 = llvm.load %v21 : !llvm.ptr -> f32
          %v1101 = arith.mulf %v1099, %v1100 : f32
          %v1102 = arith.addf %v1091, %v1101 : f32
          %v1106 = arith.mulf %v596, %v1105 : f32
          %v1107 = arith.addf %v1102, %v1106 : f32
          %v1111 = arith.muli %v1108, %v1109 : i64
          %v1112 = arith.addi %v1111, %v25 : i64
          %v1113 = arith.muli %v1112, %v1110 : i64
          %v1114 = arith.addi %v1113, %v366 : i64
          %v1115 = llvm.getelementptr %v22[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1116 = llvm.load %v1115 : !llvm.ptr<3> -> f32
          %v1117 = arith.negf %v1116 : f32
          %v1118 = arith.mulf %v1117, %v539 : f32
          %v1119 = llvm.call_intrinsic "llvm.exp2.f32"(%v1118) : (f32) -> f32
          %v1120 = arith.addf %v542, %v1119 : f32
          %v1121 = arith.divf %v542, %v1120 : f32
          %v1122 = arith.mulf %v1116, %v1121 : f32
          %v1123 = arith.mulf %v1107, %v1122 : f32
          %v1127 = arith.muli %v1124, %v1125 : i64
          %v1128 = arith.addi %v1127, %v25 : i64
          %v1129 = arith.muli %v1128, %v1126 : i64
          %v1130 = arith.addi %v1129, %v366 : i64
          %v1131 = llvm.getelementptr %v22[%v1130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1123, %v1131 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1134 = arith.index_cast %v25 : i64 to index
        %v1135 = arith.index_cast %v1132 : i64 to index
        %v1136 = arith.index_cast %v1133 : i64 to index
        scf.for %v1137 = %v1134 to %v1135 step %v1136 {
          %v1138 = arith.index_cast %v1137 : index to i64
          %v1140 = arith.divui %v1138, %v1139 : i64
          %v1141 = arith.remui %v1138, %v1139 : i64
          %v1143 = arith.remui %v1140, %v1142 : i64
          %v1144 = arith.divui %v1140, %v1142 : i64
          %v1145 = arith.subi %v29, %v25 : i64
          %v1146 = arith.addi %v1145, %v1143 : i64
          %v1147 = arith.addi %v221, %v1141 : i64
          %v1148 = arith.cmpi slt, %v1146, %v4 : i64
          %v1149 = arith.cmpi slt, %v1147, %size_L : i64
          %v1150 = arith.andi %v1148, %v1149 : i1
          %v1152 = arith.subi %v4, %v1151 : i64
          %v1153 = arith.subi %size_L, %v1151 : i64
          %v1154 = arith.minsi %v1146, %v1152 : i64
          %v1155 = arith.minsi %v1147, %v1153 : i64
          %v1156 = arith.remui %v1154, %size_D : i64
          %v1157 = arith.divui %v1154, %size_D : i64
          %v1158 = arith.remui %v1157, %size_B : i64
          %v1159 = arith.divui %v1157, %size_B : i64
          %v1160 = arith.muli %v1158, %v255 : i64
          %v1161 = arith.muli %v1156, %v254 : i64
          %v1162 = arith.addi %v1160, %v1161 : i64
          %v1163 = arith.muli %v1155, %v253 : i64
          %v1164 = arith.addi %v1162, %v1163 : i64
          %v1166 = arith.addi %v1165, %v1144 : i64
          %v1169 = arith.muli %v1166, %v1167 : i64
          %v1170 = arith.addi %v1169, %v1143 : i64
          %v1171 = arith.muli %v1170, %v1168 : i64
          %v1172 = arith.addi %v1171, %v1141 : i64
          scf.if %v1150 {
            %v1173 = llvm.getelementptr %v22[%v1172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
            %v1174 = llvm.load %v1173 : !llvm.ptr<3> -> f32
            %v1175 = llvm.getelementptr %out_y[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1174, %v1175 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      scf.if %v30 {
        %v1176 = llvm.load %v6 : !llvm.ptr -> f32
        %v1177 = arith.muli %v36, %v40 : i64
        %v1178 = arith.muli %v34, %v39 : i64
        %v1179 = arith.addi %v1177, %v1178 : i64
        %v1180 = llvm.getelementptr %out_h_last[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1176, %v1180 : f32, !llvm.ptr
        %v1181 = llvm.load %v7 : !llvm.ptr -> f32
        %v1182 = arith.muli %v36, %v40 : i64
        %v1183 = arith.muli %v34, %v39 : i64
        %v1184 = arith.addi %v1182, %v1183 : i64
        %v1185 = arith.constant 1 : i64
        %v1186 = arith.muli %v1185, %v38 : i64
        %v1187 = arith.addi %v1184, %v1186 : i64
        %v1188 = llvm.getelementptr %out_h_last[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1181, %v1188 : f32, !llvm.ptr
        %v1189 = llvm.load %v8 : !llvm.ptr -> f32
        %v1190 = arith.muli %v36, %v40 : i64
        %v1191 = arith.muli %v34, %v39 : i64
        %v1192 = arith.addi %v1190, %v1191 : i64
        %v1193 = arith.constant 2 : i64
        %v1194 = arith.muli %v1193, %v38 : i64
        %v1195 = arith.addi %v1192, %v1194 : i64
        %v1196 = llvm.getelementptr %out_h_last[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1189, %v1196 : f32, !llvm.ptr
        %v1197 = llvm.load %v9 : !llvm.ptr -> f32
        %v1198 = arith.muli %v36, %v40 : i64
        %v1199 = arith.muli %v34, %v39 : i64
        %v1200 = arith.addi %v1198, %v1199 : i64
        %v1201 = arith.constant 3 : i64
        %v1202 = arith.muli %v1201, %v38 : i64
        %v1203 = arith.addi %v1200, %v1202 : i64
        %v1204 = llvm.getelementptr %out_h_last[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1197, %v1204 : f32, !llvm.ptr
        %v1205 = llvm.load %v10 : !llvm.ptr -> f32
        %v1206 = arith.muli %v36, %v40 : i64
        %v1207 = arith.muli %v34, %v39 : i64
        %v1208 = arith.addi %v1206, %v1207 : i64
        %v1209 = arith.constant 4 : i64
        %v1210 = arith.muli %v1209, %v38 : i64
        %v1211 = arith.addi %v1208, %v1210 : i64
        %v1212 = llvm.getelementptr %out_h_last[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1205, %v1212 : f32, !llvm.ptr
        %v1213 = llvm.load %v11 : !llvm.ptr -> f32
        %v1214 = arith.muli %v36, %v40 : i64
        %v1215 = arith.muli %v34, %v39 : i64
        %v1216 = arith.addi %v1214, %v1215 : i64
        %v1217 = arith.constant 5 : i64
        %v1218 = arith.muli %v1217, %v38 : i64
        %v1219 = arith.addi %v1216, %v1218 : i64
        %v1220 = llvm.getelementptr %out_h_last[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1213, %v1220 : f32, !llvm.ptr
        %v1221 = llvm.load %v12 : !llvm.ptr -> f32
        %v1222 = arith.muli %v36, %v40 : i64
        %v1223 = arith.muli %v34, %v39 : i64
        %v1224 = arith.addi %v1222, %v1223 : i64
        %v1225 = arith.constant 6 : i64
        %v1226 = arith.muli %v1225, %v38 : i64
        %v1227 = arith.addi %v1224, %v1226 : i64
        %v1228 = llvm.getelementptr %out_h_last[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1221, %v1228 : f32, !llvm.ptr
        %v1229 = llvm.load %v13 : !llvm.ptr -> f32
        %v1230 = arith.muli %v36, %v40 : i64
        %v1231 = arith.muli %v34, %v39 : i64
        %v1232 = arith.addi %v1230, %v1231 : i64
        %v1233 = arith.constant 7 : i64
        %v1234 = arith.muli %v1233, %v38 : i64
        %v1235 = arith.addi %v1232, %v1234 : i64
        %v1236 = llvm.getelementptr %out_h_last[%v1235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1229, %v1236 : f32, !llvm.ptr
        %v1237 = llvm.load %v14 : !llvm.ptr -> f32
        %v1238 = arith.muli %v36, %v40 : i64
        %v1239 = arith.muli %v34, %v39 : i64
        %v1240 = arith.addi %v1238, %v1239 : i64
        %v1241 = arith.constant 8 : i64
        %v1242 = arith.muli %v1241, %v38 : i64
        %v1243 = arith.addi %v1240, %v1242 : i64
        %v1244 = llvm.getelementptr %out_h_last[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1237, %v1244 : f32, !llvm.ptr
        %v1245 = llvm.load %v15 : !llvm.ptr -> f32
        %v1246 = arith.muli %v36, %v40 : i64
        %v1247 = arith.muli %v34, %v39 : i64
        %v1248 = arith.addi %v1246, %v1247 : i64
        %v1249 = arith.constant 9 : i64
        %v1250 = arith.muli %v1249, %v38 : i64
        %v1251 = arith.addi %v1248, %v1250 : i64
        %v1252 = llvm.getelementptr %out_h_last[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1245, %v1252 : f32, !llvm.ptr
        %v1253 = llvm.load %v16 : !llvm.ptr -> f32
        %v1254 = arith.muli %v36, %v40 : i64
        %v1255 = arith.muli %v34, %v39 : i64
        %v1256 = arith.addi %v1254, %v1255 : i64
        %v1257 = arith.constant 10 : i64
        %v1258 = arith.muli %v1257, %v38 : i64
        %v1259 = arith.addi %v1256, %v1258 : i64
        %v1260 = llvm.getelementptr %out_h_last[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1253, %v1260 : f32, !llvm.ptr
        %v1261 = llvm.load %v17 : !llvm.ptr -> f32
        %v1262 = arith.muli %v36, %v40 : i64
        %v1263 = arith.muli %v34, %v39 : i64
        %v1264 = arith.addi %v1262, %v1263 : i64
        %v1265 = arith.constant 11 : i64
        %v1266 = arith.muli %v1265, %v38 : i64
        %v1267 = arith.addi %v1264, %v1266 : i64
        %v1268 = llvm.getelementptr %out_h_last[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1261, %v1268 : f32, !llvm.ptr
        %v1269 = llvm.load %v18 : !llvm.ptr -> f32
        %v1270 = arith.muli %v36, %v40 : i64
        %v1271 = arith.muli %v34, %v39 : i64
        %v1272 = arith.addi %v1270, %v1271 : i64
        %v1273 = arith.constant 12 : i64
        %v1274 = arith.muli %v1273, %v38 : i64
        %v1275 = arith.addi %v1272, %v1274 : i64
        %v1276 = llvm.getelementptr %out_h_last[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1269, %v1276 : f32, !llvm.ptr
        %v1277 = llvm.load %v19 : !llvm.ptr -> f32
        %v1278 = arith.muli %v36, %v40 : i64
        %v1279 = arith.muli %v34, %v39 : i64
        %v1280 = arith.addi %v1278, %v1279 : i64
        %v1281 = arith.constant 13 : i64
        %v1282 = arith.muli %v1281, %v38 : i64
        %v1283 = arith.addi %v1280, %v1282 : i64
        %v1284 = llvm.getelementptr %out_h_last[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1277, %v1284 : f32, !llvm.ptr
        %v1285 = llvm.load %v20 : !llvm.ptr -> f32
        %v1286 = arith.muli %v36, %v40 : i64
        %v1287 = arith.muli %v34, %v39 : i64
        %v1288 = arith.addi %v1286, %v1287 : i64
        %v1289 = arith.constant 14 : i64
        %v1290 = arith.muli %v1289, %v38 : i64
        %v1291 = arith.addi %v1288, %v1290 : i64
        %v1292 = llvm.getelementptr %out_h_last[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1285, %v1292 : f32, !llvm.ptr
        %v1293 = llvm.load %v21 : !llvm.ptr -> f32
        %v1294 = arith.muli %v36, %v40 : i64
        %v1295 = arith.muli %v34, %v39 : i64
        %v1296 = arith.addi %v1294, %v1295 : i64
        %v1297 = arith.constant 15 : i64
        %v1298 = arith.muli %v1297, %v38 : i64
        %v1299 = arith.addi %v1296, %v1298 : i64
        %v1300 = llvm.getelementptr %out_h_last[%v1299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1293, %v1300 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
