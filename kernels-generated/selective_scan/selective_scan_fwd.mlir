module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @smem_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    gpu.func @selective_scan_fwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v368 = arith.constant 1 : i64
      %v369 = arith.constant 64 : i64
      %v370 = arith.constant 33 : i64
      %v377 = arith.constant 1 : i64
      %v385 = arith.constant 0x3FB8AA3B : f32
      %v388 = arith.constant 0x3F800000 : f32
      %v391 = arith.constant 0x3F317218 : f32
      %v393 = arith.constant 0x3E124925 : f32
      %v394 = arith.constant 0xBE2AAAAB : f32
      %v397 = arith.constant 0x3E4CCCCD : f32
      %v400 = arith.constant 0xBE800000 : f32
      %v403 = arith.constant 0x3EAAAAAB : f32
      %v406 = arith.constant 0xBF000000 : f32
      %v413 = arith.constant 0x3D800000 : f32
      %v417 = arith.constant 1 : i64
      %v418 = arith.muli %v417, %v1 : i64
      %v425 = arith.constant 1 : i64
      %v426 = arith.muli %v425, %size_L : i64
      %v427 = arith.muli %v426, %v1 : i64
      %v434 = arith.constant 0 : i64
      %v435 = arith.constant 64 : i64
      %v436 = arith.constant 33 : i64
      %v954 = arith.constant 2 : i64
      %v955 = arith.constant 64 : i64
      %v956 = arith.constant 33 : i64
      %v970 = arith.constant 3 : i64
      %v971 = arith.constant 64 : i64
      %v972 = arith.constant 33 : i64
      %v978 = arith.constant 2048 : i64
      %v979 = arith.constant 64 : i64
      %v985 = arith.constant 32 : i64
      %v988 = arith.constant 64 : i64
      %v997 = arith.constant 1 : i64
      %v1011 = arith.constant 3 : i64
      %v1013 = arith.constant 64 : i64
      %v1014 = arith.constant 33 : i64
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
      %v378 = arith.muli %v34, %v377 : i64
      %v379 = llvm.getelementptr %in_dt_bias[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v380 = llvm.load %v379 : !llvm.ptr -> f32
      %v419 = arith.muli %v34, %v418 : i64
      %v420 = llvm.getelementptr %in_A[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = llvm.load %v420 : !llvm.ptr -> f32
      %v447 = arith.muli %v34, %v418 : i64
      %v448 = arith.constant 1 : i64
      %v449 = arith.muli %v448, %v417 : i64
      %v450 = arith.addi %v447, %v449 : i64
      %v451 = llvm.getelementptr %in_A[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v452 = llvm.load %v451 : !llvm.ptr -> f32
      %v469 = arith.muli %v34, %v418 : i64
      %v470 = arith.constant 2 : i64
      %v471 = arith.muli %v470, %v417 : i64
      %v472 = arith.addi %v469, %v471 : i64
      %v473 = llvm.getelementptr %in_A[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v474 = llvm.load %v473 : !llvm.ptr -> f32
      %v491 = arith.muli %v34, %v418 : i64
      %v492 = arith.constant 3 : i64
      %v493 = arith.muli %v492, %v417 : i64
      %v494 = arith.addi %v491, %v493 : i64
      %v495 = llvm.getelementptr %in_A[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v496 = llvm.load %v495 : !llvm.ptr -> f32
      %v513 = arith.muli %v34, %v418 : i64
      %v514 = arith.constant 4 : i64
      %v515 = arith.muli %v514, %v417 : i64
      %v516 = arith.addi %v513, %v515 : i64
      %v517 = llvm.getelementptr %in_A[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v518 = llvm.load %v517 : !llvm.ptr -> f32
      %v535 = arith.muli %v34, %v418 : i64
      %v536 = arith.constant 5 : i64
      %v537 = arith.muli %v536, %v417 : i64
      %v538 = arith.addi %v535, %v537 : i64
      %v539 = llvm.getelementptr %in_A[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v540 = llvm.load %v539 : !llvm.ptr -> f32
      %v557 = arith.muli %v34, %v418 : i64
      %v558 = arith.constant 6 : i64
      %v559 = arith.muli %v558, %v417 : i64
      %v560 = arith.addi %v557, %v559 : i64
      %v561 = llvm.getelementptr %in_A[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v562 = llvm.load %v561 : !llvm.ptr -> f32
      %v579 = arith.muli %v34, %v418 : i64
      %v580 = arith.constant 7 : i64
      %v581 = arith.muli %v580, %v417 : i64
      %v582 = arith.addi %v579, %v581 : i64
      %v583 = llvm.getelementptr %in_A[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v584 = llvm.load %v583 : !llvm.ptr -> f32
      %v601 = arith.muli %v34, %v418 : i64
      %v602 = arith.constant 8 : i64
      %v603 = arith.muli %v602, %v417 : i64
      %v604 = arith.addi %v601, %v603 : i64
      %v605 = llvm.getelementptr %in_A[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v606 = llvm.load %v605 : !llvm.ptr -> f32
      %v623 = arith.muli %v34, %v418 : i64
      %v624 = arith.constant 9 : i64
      %v625 = arith.muli %v624, %v417 : i64
      %v626 = arith.addi %v623, %v625 : i64
      %v627 = llvm.getelementptr %in_A[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v628 = llvm.load %v627 : !llvm.ptr -> f32
      %v645 = arith.muli %v34, %v418 : i64
      %v646 = arith.constant 10 : i64
      %v647 = arith.muli %v646, %v417 : i64
      %v648 = arith.addi %v645, %v647 : i64
      %v649 = llvm.getelementptr %in_A[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v650 = llvm.load %v649 : !llvm.ptr -> f32
      %v667 = arith.muli %v34, %v418 : i64
      %v668 = arith.constant 11 : i64
      %v669 = arith.muli %v668, %v417 : i64
      %v670 = arith.addi %v667, %v669 : i64
      %v671 = llvm.getelementptr %in_A[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v672 = llvm.load %v671 : !llvm.ptr -> f32
      %v689 = arith.muli %v34, %v418 : i64
      %v690 = arith.constant 12 : i64
      %v691 = arith.muli %v690, %v417 : i64
      %v692 = arith.addi %v689, %v691 : i64
      %v693 = llvm.getelementptr %in_A[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v694 = llvm.load %v693 : !llvm.ptr -> f32
      %v711 = arith.muli %v34, %v418 : i64
      %v712 = arith.constant 13 : i64
      %v713 = arith.muli %v712, %v417 : i64
      %v714 = arith.addi %v711, %v713 : i64
      %v715 = llvm.getelementptr %in_A[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v716 = llvm.load %v715 : !llvm.ptr -> f32
      %v733 = arith.muli %v34, %v418 : i64
      %v734 = arith.constant 14 : i64
      %v735 = arith.muli %v734, %v417 : i64
      %v736 = arith.addi %v733, %v735 : i64
      %v737 = llvm.getelementptr %in_A[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v738 = llvm.load %v737 : !llvm.ptr -> f32
      %v755 = arith.muli %v34, %v418 : i64
      %v756 = arith.constant 15 : i64
      %v757 = arith.muli %v756, %v417 : i64
      %v758 = arith.addi %v755, %v757 : i64
      %v759 = llvm.getelementptr %in_A[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v760 = llvm.load %v759 : !llvm.ptr -> f32
      %v949 = arith.muli %v34, %v377 : i64
      %v950 = llvm.getelementptr %in_Dskip[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v951 = llvm.load %v950 : !llvm.ptr -> f32
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
          %v371 = arith.muli %v368, %v369 : i64
          %v372 = arith.addi %v371, %v25 : i64
          %v373 = arith.muli %v372, %v370 : i64
          %v374 = arith.addi %v373, %v366 : i64
          %v375 = llvm.getelementptr %v22[%v374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v376 = llvm.load %v375 : !llvm.ptr<3> -> f32
          %v381 = arith.addf %v376, %v380 : f32
          %v382 = arith.maximumf %v381, %v49 : f32
          %v383 = llvm.call_intrinsic "llvm.fabs.f32"(%v381) : (f32) -> f32
          %v384 = arith.negf %v383 : f32
          %v386 = arith.mulf %v384, %v385 : f32
          %v387 = llvm.call_intrinsic "llvm.exp2.f32"(%v386) : (f32) -> f32
          %v389 = arith.addf %v388, %v387 : f32
          %v390 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v389) : (f32) -> f32
          %v392 = arith.mulf %v390, %v391 : f32
          %v395 = arith.mulf %v393, %v387 : f32
          %v396 = arith.addf %v395, %v394 : f32
          %v398 = arith.mulf %v396, %v387 : f32
          %v399 = arith.addf %v398, %v397 : f32
          %v401 = arith.mulf %v399, %v387 : f32
          %v402 = arith.addf %v401, %v400 : f32
          %v404 = arith.mulf %v402, %v387 : f32
          %v405 = arith.addf %v404, %v403 : f32
          %v407 = arith.mulf %v405, %v387 : f32
          %v408 = arith.addf %v407, %v406 : f32
          %v409 = arith.mulf %v408, %v387 : f32
          %v410 = arith.addf %v409, %v388 : f32
          %v411 = arith.mulf %v410, %v387 : f32
          %v412 = llvm.call_intrinsic "llvm.fabs.f32"(%v387) : (f32) -> f32
          %v414 = arith.cmpf olt, %v412, %v413 : f32
          %v415 = arith.select %v414, %v411, %v392 : f32
          %v416 = arith.addf %v382, %v415 : f32
          %v422 = arith.mulf %v416, %v421 : f32
          %v423 = arith.mulf %v422, %v385 : f32
          %v424 = llvm.call_intrinsic "llvm.exp2.f32"(%v423) : (f32) -> f32
          %v428 = arith.muli %v36, %v427 : i64
          %v429 = arith.muli %v367, %v425 : i64
          %v430 = arith.addi %v428, %v429 : i64
          %v431 = llvm.getelementptr %in_Bm[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v432 = llvm.load %v431 : !llvm.ptr -> f32
          %v433 = arith.mulf %v416, %v432 : f32
          %v437 = arith.muli %v434, %v435 : i64
          %v438 = arith.addi %v437, %v25 : i64
          %v439 = arith.muli %v438, %v436 : i64
          %v440 = arith.addi %v439, %v366 : i64
          %v441 = llvm.getelementptr %v22[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v442 = llvm.load %v441 : !llvm.ptr<3> -> f32
          %v443 = arith.mulf %v433, %v442 : f32
          %v444 = llvm.load %v6 : !llvm.ptr -> f32
          %v445 = arith.mulf %v424, %v444 : f32
          %v446 = arith.addf %v445, %v443 : f32
          %v453 = arith.mulf %v416, %v452 : f32
          %v454 = arith.mulf %v453, %v385 : f32
          %v455 = llvm.call_intrinsic "llvm.exp2.f32"(%v454) : (f32) -> f32
          %v456 = arith.muli %v36, %v427 : i64
          %v457 = arith.constant 1 : i64
          %v458 = arith.muli %v457, %v426 : i64
          %v459 = arith.addi %v456, %v458 : i64
          %v460 = arith.muli %v367, %v425 : i64
          %v461 = arith.addi %v459, %v460 : i64
          %v462 = llvm.getelementptr %in_Bm[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v463 = llvm.load %v462 : !llvm.ptr -> f32
          %v464 = arith.mulf %v416, %v463 : f32
          %v465 = arith.mulf %v464, %v442 : f32
          %v466 = llvm.load %v7 : !llvm.ptr -> f32
          %v467 = arith.mulf %v455, %v466 : f32
          %v468 = arith.addf %v467, %v465 : f32
          %v475 = arith.mulf %v416, %v474 : f32
          %v476 = arith.mulf %v475, %v385 : f32
          %v477 = llvm.call_intrinsic "llvm.exp2.f32"(%v476) : (f32) -> f32
          %v478 = arith.muli %v36, %v427 : i64
          %v479 = arith.constant 2 : i64
          %v480 = arith.muli %v479, %v426 : i64
          %v481 = arith.addi %v478, %v480 : i64
          %v482 = arith.muli %v367, %v425 : i64
          %v483 = arith.addi %v481, %v482 : i64
          %v484 = llvm.getelementptr %in_Bm[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v485 = llvm.load %v484 : !llvm.ptr -> f32
          %v486 = arith.mulf %v416, %v485 : f32
          %v487 = arith.mulf %v486, %v442 : f32
          %v488 = llvm.load %v8 : !llvm.ptr -> f32
          %v489 = arith.mulf %v477, %v488 : f32
          %v490 = arith.addf %v489, %v487 : f32
          %v497 = arith.mulf %v416, %v496 : f32
          %v498 = arith.mulf %v497, %v385 : f32
          %v499 = llvm.call_intrinsic "llvm.exp2.f32"(%v498) : (f32) -> f32
          %v500 = arith.muli %v36, %v427 : i64
          %v501 = arith.constant 3 : i64
          %v502 = arith.muli %v501, %v426 : i64
          %v503 = arith.addi %v500, %v502 : i64
          %v504 = arith.muli %v367, %v425 : i64
          %v505 = arith.addi %v503, %v504 : i64
          %v506 = llvm.getelementptr %in_Bm[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v507 = llvm.load %v506 : !llvm.ptr -> f32
          %v508 = arith.mulf %v416, %v507 : f32
          %v509 = arith.mulf %v508, %v442 : f32
          %v510 = llvm.load %v9 : !llvm.ptr -> f32
          %v511 = arith.mulf %v499, %v510 : f32
          %v512 = arith.addf %v511, %v509 : f32
          %v519 = arith.mulf %v416, %v518 : f32
          %v520 = arith.mulf %v519, %v385 : f32
          %v521 = llvm.call_intrinsic "llvm.exp2.f32"(%v520) : (f32) -> f32
          %v522 = arith.muli %v36, %v427 : i64
          %v523 = arith.constant 4 : i64
          %v524 = arith.muli %v523, %v426 : i64
          %v525 = arith.addi %v522, %v524 : i64
          %v526 = arith.muli %v367, %v425 : i64
          %v527 = arith.addi %v525, %v526 : i64
          %v528 = llvm.getelementptr %in_Bm[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v529 = llvm.load %v528 : !llvm.ptr -> f32
          %v530 = arith.mulf %v416, %v529 : f32
          %v531 = arith.mulf %v530, %v442 : f32
          %v532 = llvm.load %v10 : !llvm.ptr -> f32
          %v533 = arith.mulf %v521, %v532 : f32
          %v534 = arith.addf %v533, %v531 : f32
          %v541 = arith.mulf %v416, %v540 : f32
          %v542 = arith.mulf %v541, %v385 : f32
          %v543 = llvm.call_intrinsic "llvm.exp2.f32"(%v542) : (f32) -> f32
          %v544 = arith.muli %v36, %v427 : i64
          %v545 = arith.constant 5 : i64
          %v546 = arith.muli %v545, %v426 : i64
          %v547 = arith.addi %v544, %v546 : i64
          %v548 = arith.muli %v367, %v425 : i64
          %v549 = arith.addi %v547, %v548 : i64
          %v550 = llvm.getelementptr %in_Bm[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v551 = llvm.load %v550 : !llvm.ptr -> f32
          %v552 = arith.mulf %v416, %v551 : f32
          %v553 = arith.mulf %v552, %v442 : f32
          %v554 = llvm.load %v11 : !llvm.ptr -> f32
          %v555 = arith.mulf %v543, %v554 : f32
          %v556 = arith.addf %v555, %v553 : f32
          %v563 = arith.mulf %v416, %v562 : f32
          %v564 = arith.mulf %v563, %v385 : f32
          %v565 = llvm.call_intrinsic "llvm.exp2.f32"(%v564) : (f32) -> f32
          %v566 = arith.muli %v36, %v427 : i64
          %v567 = arith.constant 6 : i64
          %v568 = arith.muli %v567, %v426 : i64
          %v569 = arith.addi %v566, %v568 : i64
          %v570 = arith.muli %v367, %v425 : i64
          %v571 = arith.addi %v569, %v570 : i64
          %v572 = llvm.getelementptr %in_Bm[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v573 = llvm.load %v572 : !llvm.ptr -> f32
          %v574 = arith.mulf %v416, %v573 : f32
          %v575 = arith.mulf %v574, %v442 : f32
          %v576 = llvm.load %v12 : !llvm.ptr -> f32
          %v577 = arith.mulf %v565, %v576 : f32
          %v578 = arith.addf %v577, %v575 : f32
          %v585 = arith.mulf %v416, %v584 : f32
          %v586 = arith.mulf %v585, %v385 : f32
          %v587 = llvm.call_intrinsic "llvm.exp2.f32"(%v586) : (f32) -> f32
          %v588 = arith.muli %v36, %v427 : i64
          %v589 = arith.constant 7 : i64
          %v590 = arith.muli %v589, %v426 : i64
          %v591 = arith.addi %v588, %v590 : i64
          %v592 = arith.muli %v367, %v425 : i64
          %v593 = arith.addi %v591, %v592 : i64
          %v594 = llvm.getelementptr %in_Bm[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v595 = llvm.load %v594 : !llvm.ptr -> f32
          %v596 = arith.mulf %v416, %v595 : f32
          %v597 = arith.mulf %v596, %v442 : f32
          %v598 = llvm.load %v13 : !llvm.ptr -> f32
          %v599 = arith.mulf %v587, %v598 : f32
          %v600 = arith.addf %v599, %v597 : f32
          %v607 = arith.mulf %v416, %v606 : f32
          %v608 = arith.mulf %v607, %v385 : f32
          %v609 = llvm.call_intrinsic "llvm.exp2.f32"(%v608) : (f32) -> f32
          %v610 = arith.muli %v36, %v427 : i64
          %v611 = arith.constant 8 : i64
          %v612 = arith.muli %v611, %v426 : i64
          %v613 = arith.addi %v610, %v612 : i64
          %v614 = arith.muli %v367, %v425 : i64
          %v615 = arith.addi %v613, %v614 : i64
          %v616 = llvm.getelementptr %in_Bm[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v617 = llvm.load %v616 : !llvm.ptr -> f32
          %v618 = arith.mulf %v416, %v617 : f32
          %v619 = arith.mulf %v618, %v442 : f32
          %v620 = llvm.load %v14 : !llvm.ptr -> f32
          %v621 = arith.mulf %v609, %v620 : f32
          %v622 = arith.addf %v621, %v619 : f32
          %v629 = arith.mulf %v416, %v628 : f32
          %v630 = arith.mulf %v629, %v385 : f32
          %v631 = llvm.call_intrinsic "llvm.exp2.f32"(%v630) : (f32) -> f32
          %v632 = arith.muli %v36, %v427 : i64
          %v633 = arith.constant 9 : i64
          %v634 = arith.muli %v633, %v426 : i64
          %v635 = arith.addi %v632, %v634 : i64
          %v636 = arith.muli %v367, %v425 : i64
          %v637 = arith.addi %v635, %v636 : i64
          %v638 = llvm.getelementptr %in_Bm[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v639 = llvm.load %v638 : !llvm.ptr -> f32
          %v640 = arith.mulf %v416, %v639 : f32
          %v641 = arith.mulf %v640, %v442 : f32
          %v642 = llvm.load %v15 : !llvm.ptr -> f32
          %v643 = arith.mulf %v631, %v642 : f32
          %v644 = arith.addf %v643, %v641 : f32
          %v651 = arith.mulf %v416, %v650 : f32
          %v652 = arith.mulf %v651, %v385 : f32
          %v653 = llvm.call_intrinsic "llvm.exp2.f32"(%v652) : (f32) -> f32
          %v654 = arith.muli %v36, %v427 : i64
          %v655 = arith.constant 10 : i64
          %v656 = arith.muli %v655, %v426 : i64
          %v657 = arith.addi %v654, %v656 : i64
          %v658 = arith.muli %v367, %v425 : i64
          %v659 = arith.addi %v657, %v658 : i64
          %v660 = llvm.getelementptr %in_Bm[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v661 = llvm.load %v660 : !llvm.ptr -> f32
          %v662 = arith.mulf %v416, %v661 : f32
          %v663 = arith.mulf %v662, %v442 : f32
          %v664 = llvm.load %v16 : !llvm.ptr -> f32
          %v665 = arith.mulf %v653, %v664 : f32
          %v666 = arith.addf %v665, %v663 : f32
          %v673 = arith.mulf %v416, %v672 : f32
          %v674 = arith.mulf %v673, %v385 : f32
          %v675 = llvm.call_intrinsic "llvm.exp2.f32"(%v674) : (f32) -> f32
          %v676 = arith.muli %v36, %v427 : i64
          %v677 = arith.constant 11 : i64
          %v678 = arith.muli %v677, %v426 : i64
          %v679 = arith.addi %v676, %v678 : i64
          %v680 = arith.muli %v367, %v425 : i64
          %v681 = arith.addi %v679, %v680 : i64
          %v682 = llvm.getelementptr %in_Bm[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v683 = llvm.load %v682 : !llvm.ptr -> f32
          %v684 = arith.mulf %v416, %v683 : f32
          %v685 = arith.mulf %v684, %v442 : f32
          %v686 = llvm.load %v17 : !llvm.ptr -> f32
          %v687 = arith.mulf %v675, %v686 : f32
          %v688 = arith.addf %v687, %v685 : f32
          %v695 = arith.mulf %v416, %v694 : f32
          %v696 = arith.mulf %v695, %v385 : f32
          %v697 = llvm.call_intrinsic "llvm.exp2.f32"(%v696) : (f32) -> f32
          %v698 = arith.muli %v36, %v427 : i64
          %v699 = arith.constant 12 : i64
          %v700 = arith.muli %v699, %v426 : i64
          %v701 = arith.addi %v698, %v700 : i64
          %v702 = arith.muli %v367, %v425 : i64
          %v703 = arith.addi %v701, %v702 : i64
          %v704 = llvm.getelementptr %in_Bm[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v705 = llvm.load %v704 : !llvm.ptr -> f32
          %v706 = arith.mulf %v416, %v705 : f32
          %v707 = arith.mulf %v706, %v442 : f32
          %v708 = llvm.load %v18 : !llvm.ptr -> f32
          %v709 = arith.mulf %v697, %v708 : f32
          %v710 = arith.addf %v709, %v707 : f32
          %v717 = arith.mulf %v416, %v716 : f32
          %v718 = arith.mulf %v717, %v385 : f32
          %v719 = llvm.call_intrinsic "llvm.exp2.f32"(%v718) : (f32) -> f32
          %v720 = arith.muli %v36, %v427 : i64
          %v721 = arith.constant 13 : i64
          %v722 = arith.muli %v721, %v426 : i64
          %v723 = arith.addi %v720, %v722 : i64
          %v724 = arith.muli %v367, %v425 : i64
          %v725 = arith.addi %v723, %v724 : i64
          %v726 = llvm.getelementptr %in_Bm[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v727 = llvm.load %v726 : !llvm.ptr -> f32
          %v728 = arith.mulf %v416, %v727 : f32
          %v729 = arith.mulf %v728, %v442 : f32
          %v730 = llvm.load %v19 : !llvm.ptr -> f32
          %v731 = arith.mulf %v719, %v730 : f32
          %v732 = arith.addf %v731, %v729 : f32
          %v739 = arith.mulf %v416, %v738 : f32
          %v740 = arith.mulf %v739, %v385 : f32
          %v741 = llvm.call_intrinsic "llvm.exp2.f32"(%v740) : (f32) -> f32
          %v742 = arith.muli %v36, %v427 : i64
          %v743 = arith.constant 14 : i64
          %v744 = arith.muli %v743, %v426 : i64
          %v745 = arith.addi %v742, %v744 : i64
          %v746 = arith.muli %v367, %v425 : i64
          %v747 = arith.addi %v745, %v746 : i64
          %v748 = llvm.getelementptr %in_Bm[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v749 = llvm.load %v748 : !llvm.ptr -> f32
          %v750 = arith.mulf %v416, %v749 : f32
          %v751 = arith.mulf %v750, %v442 : f32
          %v752 = llvm.load %v20 : !llvm.ptr -> f32
          %v753 = arith.mulf %v741, %v752 : f32
          %v754 = arith.addf %v753, %v751 : f32
          %v761 = arith.mulf %v416, %v760 : f32
          %v762 = arith.mulf %v761, %v385 : f32
          %v763 = llvm.call_intrinsic "llvm.exp2.f32"(%v762) : (f32) -> f32
          %v764 = arith.muli %v36, %v427 : i64
          %v765 = arith.constant 15 : i64
          %v766 = arith.muli %v765, %v426 : i64
          %v767 = arith.addi %v764, %v766 : i64
          %v768 = arith.muli %v367, %v425 : i64
          %v769 = arith.addi %v767, %v768 : i64
          %v770 = llvm.getelementptr %in_Bm[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v771 = llvm.load %v770 : !llvm.ptr -> f32
          %v772 = arith.mulf %v416, %v771 : f32
          %v773 = arith.mulf %v772, %v442 : f32
          %v774 = llvm.load %v21 : !llvm.ptr -> f32
          %v775 = arith.mulf %v763, %v774 : f32
          %v776 = arith.addf %v775, %v773 : f32
          llvm.store %v446, %v6 : f32, !llvm.ptr
          llvm.store %v468, %v7 : f32, !llvm.ptr
          llvm.store %v490, %v8 : f32, !llvm.ptr
          llvm.store %v512, %v9 : f32, !llvm.ptr
          llvm.store %v534, %v10 : f32, !llvm.ptr
          llvm.store %v556, %v11 : f32, !llvm.ptr
          llvm.store %v578, %v12 : f32, !llvm.ptr
          llvm.store %v600, %v13 : f32, !llvm.ptr
          llvm.store %v622, %v14 : f32, !llvm.ptr
          llvm.store %v644, %v15 : f32, !llvm.ptr
          llvm.store %v666, %v16 : f32, !llvm.ptr
          llvm.store %v688, %v17 : f32, !llvm.ptr
          llvm.store %v710, %v18 : f32, !llvm.ptr
          llvm.store %v732, %v19 : f32, !llvm.ptr
          llvm.store %v754, %v20 : f32, !llvm.ptr
          llvm.store %v776, %v21 : f32, !llvm.ptr
          %v777 = arith.muli %v36, %v427 : i64
          %v778 = arith.muli %v367, %v425 : i64
          %v779 = arith.addi %v777, %v778 : i64
          %v780 = llvm.getelementptr %in_Cm[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v781 = llvm.load %v780 : !llvm.ptr -> f32
          %v782 = llvm.load %v6 : !llvm.ptr -> f32
          %v783 = arith.mulf %v781, %v782 : f32
          %v784 = arith.muli %v36, %v427 : i64
          %v785 = arith.constant 1 : i64
          %v786 = arith.muli %v785, %v426 : i64
          %v787 = arith.addi %v784, %v786 : i64
          %v788 = arith.muli %v367, %v425 : i64
          %v789 = arith.addi %v787, %v788 : i64
          %v790 = llvm.getelementptr %in_Cm[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v791 = llvm.load %v790 : !llvm.ptr -> f32
          %v792 = llvm.load %v7 : !llvm.ptr -> f32
          %v793 = arith.mulf %v791, %v792 : f32
          %v794 = arith.addf %v783, %v793 : f32
          %v795 = arith.muli %v36, %v427 : i64
          %v796 = arith.constant 2 : i64
          %v797 = arith.muli %v796, %v426 : i64
          %v798 = arith.addi %v795, %v797 : i64
          %v799 = arith.muli %v367, %v425 : i64
          %v800 = arith.addi %v798, %v799 : i64
          %v801 = llvm.getelementptr %in_Cm[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v802 = llvm.load %v801 : !llvm.ptr -> f32
          %v803 = llvm.load %v8 : !llvm.ptr -> f32
          %v804 = arith.mulf %v802, %v803 : f32
          %v805 = arith.addf %v794, %v804 : f32
          %v806 = arith.muli %v36, %v427 : i64
          %v807 = arith.constant 3 : i64
          %v808 = arith.muli %v807, %v426 : i64
          %v809 = arith.addi %v806, %v808 : i64
          %v810 = arith.muli %v367, %v425 : i64
          %v811 = arith.addi %v809, %v810 : i64
          %v812 = llvm.getelementptr %in_Cm[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v813 = llvm.load %v812 : !llvm.ptr -> f32
          %v814 = llvm.load %v9 : !llvm.ptr -> f32
          %v815 = arith.mulf %v813, %v814 : f32
          %v816 = arith.addf %v805, %v815 : f32
          %v817 = arith.muli %v36, %v427 : i64
          %v818 = arith.constant 4 : i64
          %v819 = arith.muli %v818, %v426 : i64
          %v820 = arith.addi %v817, %v819 : i64
          %v821 = arith.muli %v367, %v425 : i64
          %v822 = arith.addi %v820, %v821 : i64
          %v823 = llvm.getelementptr %in_Cm[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v824 = llvm.load %v823 : !llvm.ptr -> f32
          %v825 = llvm.load %v10 : !llvm.ptr -> f32
          %v826 = arith.mulf %v824, %v825 : f32
          %v827 = arith.addf %v816, %v826 : f32
          %v828 = arith.muli %v36, %v427 : i64
          %v829 = arith.constant 5 : i64
          %v830 = arith.muli %v829, %v426 : i64
          %v831 = arith.addi %v828, %v830 : i64
          %v832 = arith.muli %v367, %v425 : i64
          %v833 = arith.addi %v831, %v832 : i64
          %v834 = llvm.getelementptr %in_Cm[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v835 = llvm.load %v834 : !llvm.ptr -> f32
          %v836 = llvm.load %v11 : !llvm.ptr -> f32
          %v837 = arith.mulf %v835, %v836 : f32
          %v838 = arith.addf %v827, %v837 : f32
          %v839 = arith.muli %v36, %v427 : i64
          %v840 = arith.constant 6 : i64
          %v841 = arith.muli %v840, %v426 : i64
          %v842 = arith.addi %v839, %v841 : i64
          %v843 = arith.muli %v367, %v425 : i64
          %v844 = arith.addi %v842, %v843 : i64
          %v845 = llvm.getelementptr %in_Cm[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v846 = llvm.load %v845 : !llvm.ptr -> f32
          %v847 = llvm.load %v12 : !llvm.ptr -> f32
          %v848 = arith.mulf %v846, %v847 : f32
          %v849 = arith.addf %v838, %v848 : f32
          %v850 = arith.muli %v36, %v427 : i64
          %v851 = arith.constant 7 : i64
          %v852 = arith.muli %v851, %v426 : i64
          %v853 = arith.addi %v850, %v852 : i64
          %v854 = arith.muli %v367, %v425 : i64
          %v855 = arith.addi %v853, %v854 : i64
          %v856 = llvm.getelementptr %in_Cm[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v857 = llvm.load %v856 : !llvm.ptr -> f32
          %v858 = llvm.load %v13 : !llvm.ptr -> f32
          %v859 = arith.mulf %v857, %v858 : f32
          %v860 = arith.addf %v849, %v859 : f32
          %v861 = arith.muli %v36, %v427 : i64
          %v862 = arith.constant 8 : i64
          %v863 = arith.muli %v862, %v426 : i64
          %v864 = arith.addi %v861, %v863 : i64
          %v865 = arith.muli %v367, %v425 : i64
          %v866 = arith.addi %v864, %v865 : i64
          %v867 = llvm.getelementptr %in_Cm[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v868 = llvm.load %v867 : !llvm.ptr -> f32
          %v869 = llvm.load %v14 : !llvm.ptr -> f32
          %v870 = arith.mulf %v868, %v869 : f32
          %v871 = arith.addf %v860, %v870 : f32
          %v872 = arith.muli %v36, %v427 : i64
          %v873 = arith.constant 9 : i64
          %v874 = arith.muli %v873, %v426 : i64
          %v875 = arith.addi %v872, %v874 : i64
          %v876 = arith.muli %v367, %v425 : i64
          %v877 = arith.addi %v875, %v876 : i64
          %v878 = llvm.getelementptr %in_Cm[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v879 = llvm.load %v878 : !llvm.ptr -> f32
          %v880 = llvm.load %v15 : !llvm.ptr -> f32
          %v881 = arith.mulf %v879, %v880 : f32
          %v882 = arith.addf %v871, %v881 : f32
          %v883 = arith.muli %v36, %v427 : i64
          %v884 = arith.constant 10 : i64
          %v885 = arith.muli %v884, %v426 : i64
          %v886 = arith.addi %v883, %v885 : i64
          %v887 = arith.muli %v367, %v425 : i64
          %v888 = arith.addi %v886, %v887 : i64
          %v889 = llvm.getelementptr %in_Cm[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v890 = llvm.load %v889 : !llvm.ptr -> f32
          %v891 = llvm.load %v16 : !llvm.ptr -> f32
          %v892 = arith.mulf %v890, %v891 : f32
          %v893 = arith.addf %v882, %v892 : f32
          %v894 = arith.muli %v36, %v427 : i64
          %v895 = arith.constant 11 : i64
          %v896 = arith.muli %v895, %v426 : i64
          %v897 = arith.addi %v894, %v896 : i64
          %v898 = arith.muli %v367, %v425 : i64
          %v899 = arith.addi %v897, %v898 : i64
          %v900 = llvm.getelementptr %in_Cm[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v901 = llvm.load %v900 : !llvm.ptr -> f32
          %v902 = llvm.load %v17 : !llvm.ptr -> f32
          %v903 = arith.mulf %v901, %v902 : f32
          %v904 = arith.addf %v893, %v903 : f32
          %v905 = arith.muli %v36, %v427 : i64
          %v906 = arith.constant 12 : i64
          %v907 = arith.muli %v906, %v426 : i64
          %v908 = arith.addi %v905, %v907 : i64
          %v909 = arith.muli %v367, %v425 : i64
          %v910 = arith.addi %v908, %v909 : i64
          %v911 = llvm.getelementptr %in_Cm[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v912 = llvm.load %v911 : !llvm.ptr -> f32
          %v913 = llvm.load %v18 : !llvm.ptr -> f32
          %v914 = arith.mulf %v912, %v913 : f32
          %v915 = arith.addf %v904, %v914 : f32
          %v916 = arith.muli %v36, %v427 : i64
          %v917 = arith.constant 13 : i64
          %v918 = arith.muli %v917, %v426 : i64
          %v919 = arith.addi %v916, %v918 : i64
          %v920 = arith.muli %v367, %v425 : i64
          %v921 = arith.addi %v919, %v920 : i64
          %v922 = llvm.getelementptr %in_Cm[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v923 = llvm.load %v922 : !llvm.ptr -> f32
          %v924 = llvm.load %v19 : !llvm.ptr -> f32
          %v925 = arith.mulf %v923, %v924 : f32
          %v926 = arith.addf %v915, %v925 : f32
          %v927 = arith.muli %v36, %v427 : i64
          %v928 = arith.constant 14 : i64
          %v929 = arith.muli %v928, %v426 : i64
          %v930 = arith.addi %v927, %v929 : i64
          %v931 = arith.muli %v367, %v425 : i64
          %v932 = arith.addi %v930, %v931 : i64
          %v933 = llvm.getelementptr %in_Cm[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v934 = llvm.load %v933 : !llvm.ptr -> f32
          %v935 = llvm.load %v20 : !llvm.ptr -> f32
          %v936 = arith.mulf %v934, %v935 : f32
          %v937 = arith.addf %v926, %v936 : f32
          %v938 = arith.muli %v36, %v427 : i64
          %v939 = arith.constant 15 : i64
          %v940 = arith.muli %v939, %v426 : i64
          %v941 = arith.addi %v938, %v940 : i64
          %v942 = arith.muli %v367, %v425 : i64
          %v943 = arith.addi %v941, %v942 : i64
          %v944 = llvm.getelementptr %in_Cm[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v945 = llvm.load %v944 : !llvm.ptr -> f32
          %v946 = llvm.load %v21 : !llvm.ptr -> f32
          %v947 = arith.mulf %v945, %v946 : f32
          %v948 = arith.addf %v937, %v947 : f32
          %v952 = arith.mulf %v442, %v951 : f32
          %v953 = arith.addf %v948, %v952 : f32
          %v957 = arith.muli %v954, %v955 : i64
          %v958 = arith.addi %v957, %v25 : i64
          %v959 = arith.muli %v958, %v956 : i64
          %v960 = arith.addi %v959, %v366 : i64
          %v961 = llvm.getelementptr %v22[%v960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v962 = llvm.load %v961 : !llvm.ptr<3> -> f32
          %v963 = arith.negf %v962 : f32
          %v964 = arith.mulf %v963, %v385 : f32
          %v965 = llvm.call_intrinsic "llvm.exp2.f32"(%v964) : (f32) -> f32
          %v966 = arith.addf %v388, %v965 : f32
          %v967 = arith.divf %v388, %v966 : f32
          %v968 = arith.mulf %v962, %v967 : f32
          %v969 = arith.mulf %v953, %v968 : f32
          %v973 = arith.muli %v970, %v971 : i64
          %v974 = arith.addi %v973, %v25 : i64
          %v975 = arith.muli %v974, %v972 : i64
          %v976 = arith.addi %v975, %v366 : i64
          %v977 = llvm.getelementptr %v22[%v976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v969, %v977 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v980 = arith.index_cast %v25 : i64 to index
        %v981 = arith.index_cast %v978 : i64 to index
        %v982 = arith.index_cast %v979 : i64 to index
        scf.for %v983 = %v980 to %v981 step %v982 {
          %v984 = arith.index_cast %v983 : index to i64
          %v986 = arith.divui %v984, %v985 : i64
          %v987 = arith.remui %v984, %v985 : i64
          %v989 = arith.remui %v986, %v988 : i64
          %v990 = arith.divui %v986, %v988 : i64
          %v991 = arith.subi %v29, %v25 : i64
          %v992 = arith.addi %v991, %v989 : i64
          %v993 = arith.addi %v221, %v987 : i64
          %v994 = arith.cmpi slt, %v992, %v4 : i64
          %v995 = arith.cmpi slt, %v993, %size_L : i64
          %v996 = arith.andi %v994, %v995 : i1
          %v998 = arith.subi %v4, %v997 : i64
          %v999 = arith.subi %size_L, %v997 : i64
          %v1000 = arith.minsi %v992, %v998 : i64
          %v1001 = arith.minsi %v993, %v999 : i64
          %v1002 = arith.remui %v1000, %size_D : i64
          %v1003 = arith.divui %v1000, %size_D : i64
          %v1004 = arith.remui %v1003, %size_B : i64
          %v1005 = arith.divui %v1003, %size_B : i64
          %v1006 = arith.muli %v1004, %v255 : i64
          %v1007 = arith.muli %v1002, %v254 : i64
          %v1008 = arith.addi %v1006, %v1007 : i64
          %v1009 = arith.muli %v1001, %v253 : i64
          %v1010 = arith.addi %v1008, %v1009 : i64
          %v1012 = arith.addi %v1011, %v990 : i64
          %v1015 = arith.muli %v1012, %v1013 : i64
          %v1016 = arith.addi %v1015, %v989 : i64
          %v1017 = arith.muli %v1016, %v1014 : i64
          %v1018 = arith.addi %v1017, %v987 : i64
          scf.if %v996 {
            %v1019 = llvm.getelementptr %v22[%v1018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
            %v1020 = llvm.load %v1019 : !llvm.ptr<3> -> f32
            %v1021 = llvm.getelementptr %out_y[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1020, %v1021 : f32, !llvm.ptr
          }
        }
        gpu.barrier
      }
      scf.if %v30 {
        %v1022 = llvm.load %v6 : !llvm.ptr -> f32
        %v1023 = arith.muli %v36, %v40 : i64
        %v1024 = arith.muli %v34, %v39 : i64
        %v1025 = arith.addi %v1023, %v1024 : i64
        %v1026 = llvm.getelementptr %out_h_last[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1022, %v1026 : f32, !llvm.ptr
        %v1027 = llvm.load %v7 : !llvm.ptr -> f32
        %v1028 = arith.muli %v36, %v40 : i64
        %v1029 = arith.muli %v34, %v39 : i64
        %v1030 = arith.addi %v1028, %v1029 : i64
        %v1031 = arith.constant 1 : i64
        %v1032 = arith.muli %v1031, %v38 : i64
        %v1033 = arith.addi %v1030, %v1032 : i64
        %v1034 = llvm.getelementptr %out_h_last[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1027, %v1034 : f32, !llvm.ptr
        %v1035 = llvm.load %v8 : !llvm.ptr -> f32
        %v1036 = arith.muli %v36, %v40 : i64
        %v1037 = arith.muli %v34, %v39 : i64
        %v1038 = arith.addi %v1036, %v1037 : i64
        %v1039 = arith.constant 2 : i64
        %v1040 = arith.muli %v1039, %v38 : i64
        %v1041 = arith.addi %v1038, %v1040 : i64
        %v1042 = llvm.getelementptr %out_h_last[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1035, %v1042 : f32, !llvm.ptr
        %v1043 = llvm.load %v9 : !llvm.ptr -> f32
        %v1044 = arith.muli %v36, %v40 : i64
        %v1045 = arith.muli %v34, %v39 : i64
        %v1046 = arith.addi %v1044, %v1045 : i64
        %v1047 = arith.constant 3 : i64
        %v1048 = arith.muli %v1047, %v38 : i64
        %v1049 = arith.addi %v1046, %v1048 : i64
        %v1050 = llvm.getelementptr %out_h_last[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1043, %v1050 : f32, !llvm.ptr
        %v1051 = llvm.load %v10 : !llvm.ptr -> f32
        %v1052 = arith.muli %v36, %v40 : i64
        %v1053 = arith.muli %v34, %v39 : i64
        %v1054 = arith.addi %v1052, %v1053 : i64
        %v1055 = arith.constant 4 : i64
        %v1056 = arith.muli %v1055, %v38 : i64
        %v1057 = arith.addi %v1054, %v1056 : i64
        %v1058 = llvm.getelementptr %out_h_last[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1051, %v1058 : f32, !llvm.ptr
        %v1059 = llvm.load %v11 : !llvm.ptr -> f32
        %v1060 = arith.muli %v36, %v40 : i64
        %v1061 = arith.muli %v34, %v39 : i64
        %v1062 = arith.addi %v1060, %v1061 : i64
        %v1063 = arith.constant 5 : i64
        %v1064 = arith.muli %v1063, %v38 : i64
        %v1065 = arith.addi %v1062, %v1064 : i64
        %v1066 = llvm.getelementptr %out_h_last[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1059, %v1066 : f32, !llvm.ptr
        %v1067 = llvm.load %v12 : !llvm.ptr -> f32
        %v1068 = arith.muli %v36, %v40 : i64
        %v1069 = arith.muli %v34, %v39 : i64
        %v1070 = arith.addi %v1068, %v1069 : i64
        %v1071 = arith.constant 6 : i64
        %v1072 = arith.muli %v1071, %v38 : i64
        %v1073 = arith.addi %v1070, %v1072 : i64
        %v1074 = llvm.getelementptr %out_h_last[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1067, %v1074 : f32, !llvm.ptr
        %v1075 = llvm.load %v13 : !llvm.ptr -> f32
        %v1076 = arith.muli %v36, %v40 : i64
        %v1077 = arith.muli %v34, %v39 : i64
        %v1078 = arith.addi %v1076, %v1077 : i64
        %v1079 = arith.constant 7 : i64
        %v1080 = arith.muli %v1079, %v38 : i64
        %v1081 = arith.addi %v1078, %v1080 : i64
        %v1082 = llvm.getelementptr %out_h_last[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1075, %v1082 : f32, !llvm.ptr
        %v1083 = llvm.load %v14 : !llvm.ptr -> f32
        %v1084 = arith.muli %v36, %v40 : i64
        %v1085 = arith.muli %v34, %v39 : i64
        %v1086 = arith.addi %v1084, %v1085 : i64
        %v1087 = arith.constant 8 : i64
        %v1088 = arith.muli %v1087, %v38 : i64
        %v1089 = arith.addi %v1086, %v1088 : i64
        %v1090 = llvm.getelementptr %out_h_last[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1083, %v1090 : f32, !llvm.ptr
        %v1091 = llvm.load %v15 : !llvm.ptr -> f32
        %v1092 = arith.muli %v36, %v40 : i64
        %v1093 = arith.muli %v34, %v39 : i64
        %v1094 = arith.addi %v1092, %v1093 : i64
        %v1095 = arith.constant 9 : i64
        %v1096 = arith.muli %v1095, %v38 : i64
        %v1097 = arith.addi %v1094, %v1096 : i64
        %v1098 = llvm.getelementptr %out_h_last[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1091, %v1098 : f32, !llvm.ptr
        %v1099 = llvm.load %v16 : !llvm.ptr -> f32
        %v1100 = arith.muli %v36, %v40 : i64
        %v1101 = arith.muli %v34, %v39 : i64
        %v1102 = arith.addi %v1100, %v1101 : i64
        %v1103 = arith.constant 10 : i64
        %v1104 = arith.muli %v1103, %v38 : i64
        %v1105 = arith.addi %v1102, %v1104 : i64
        %v1106 = llvm.getelementptr %out_h_last[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1099, %v1106 : f32, !llvm.ptr
        %v1107 = llvm.load %v17 : !llvm.ptr -> f32
        %v1108 = arith.muli %v36, %v40 : i64
        %v1109 = arith.muli %v34, %v39 : i64
        %v1110 = arith.addi %v1108, %v1109 : i64
        %v1111 = arith.constant 11 : i64
        %v1112 = arith.muli %v1111, %v38 : i64
        %v1113 = arith.addi %v1110, %v1112 : i64
        %v1114 = llvm.getelementptr %out_h_last[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1107, %v1114 : f32, !llvm.ptr
        %v1115 = llvm.load %v18 : !llvm.ptr -> f32
        %v1116 = arith.muli %v36, %v40 : i64
        %v1117 = arith.muli %v34, %v39 : i64
        %v1118 = arith.addi %v1116, %v1117 : i64
        %v1119 = arith.constant 12 : i64
        %v1120 = arith.muli %v1119, %v38 : i64
        %v1121 = arith.addi %v1118, %v1120 : i64
        %v1122 = llvm.getelementptr %out_h_last[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1115, %v1122 : f32, !llvm.ptr
        %v1123 = llvm.load %v19 : !llvm.ptr -> f32
        %v1124 = arith.muli %v36, %v40 : i64
        %v1125 = arith.muli %v34, %v39 : i64
        %v1126 = arith.addi %v1124, %v1125 : i64
        %v1127 = arith.constant 13 : i64
        %v1128 = arith.muli %v1127, %v38 : i64
        %v1129 = arith.addi %v1126, %v1128 : i64
        %v1130 = llvm.getelementptr %out_h_last[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1123, %v1130 : f32, !llvm.ptr
        %v1131 = llvm.load %v20 : !llvm.ptr -> f32
        %v1132 = arith.muli %v36, %v40 : i64
        %v1133 = arith.muli %v34, %v39 : i64
        %v1134 = arith.addi %v1132, %v1133 : i64
        %v1135 = arith.constant 14 : i64
        %v1136 = arith.muli %v1135, %v38 : i64
        %v1137 = arith.addi %v1134, %v1136 : i64
        %v1138 = llvm.getelementptr %out_h_last[%v1137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1131, %v1138 : f32, !llvm.ptr
        %v1139 = llvm.load %v21 : !llvm.ptr -> f32
        %v1140 = arith.muli %v36, %v40 : i64
        %v1141 = arith.muli %v34, %v39 : i64
        %v1142 = arith.addi %v1140, %v1141 : i64
        %v1143 = arith.constant 15 : i64
        %v1144 = arith.muli %v1143, %v38 : i64
        %v1145 = arith.addi %v1142, %v1144 : i64
        %v1146 = llvm.getelementptr %out_h_last[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1139, %v1146 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
