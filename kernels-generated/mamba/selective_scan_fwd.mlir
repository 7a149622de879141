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
      %v391 = arith.muli %v390, %v1 : i64
      %v395 = arith.constant 0x3FB8AA3B : f32
      %v397 = arith.constant 1 : i64
      %v398 = arith.muli %v397, %size_D : i64
      %v399 = arith.muli %v398, %size_L : i64
      %v407 = arith.constant 1 : i64
      %v417 = arith.constant 0x3F800000 : f32
      %v420 = arith.constant 0x3F317218 : f32
      %v422 = arith.constant 0x3E124925 : f32
      %v423 = arith.constant 0xBE2AAAAB : f32
      %v426 = arith.constant 0x3E4CCCCD : f32
      %v429 = arith.constant 0xBE800000 : f32
      %v432 = arith.constant 0x3EAAAAAB : f32
      %v435 = arith.constant 0xBF000000 : f32
      %v442 = arith.constant 0x3D800000 : f32
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
      %v392 = arith.muli %v37, %v391 : i64
      %v393 = llvm.getelementptr %in_A[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v394 = llvm.load %v393 : !llvm.ptr -> f32
      %v396 = arith.mulf %v394, %v395 : f32
      %v408 = arith.muli %v37, %v407 : i64
      %v409 = llvm.getelementptr %in_dt_bias[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v410 = llvm.load %v409 : !llvm.ptr -> f32
      %v468 = arith.muli %v37, %v391 : i64
      %v469 = arith.constant 1 : i64
      %v470 = arith.muli %v469, %v390 : i64
      %v471 = arith.addi %v468, %v470 : i64
      %v472 = llvm.getelementptr %in_A[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v473 = llvm.load %v472 : !llvm.ptr -> f32
      %v474 = arith.mulf %v473, %v395 : f32
      %v489 = arith.muli %v37, %v391 : i64
      %v490 = arith.constant 2 : i64
      %v491 = arith.muli %v490, %v390 : i64
      %v492 = arith.addi %v489, %v491 : i64
      %v493 = llvm.getelementptr %in_A[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v494 = llvm.load %v493 : !llvm.ptr -> f32
      %v495 = arith.mulf %v494, %v395 : f32
      %v510 = arith.muli %v37, %v391 : i64
      %v511 = arith.constant 3 : i64
      %v512 = arith.muli %v511, %v390 : i64
      %v513 = arith.addi %v510, %v512 : i64
      %v514 = llvm.getelementptr %in_A[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v515 = llvm.load %v514 : !llvm.ptr -> f32
      %v516 = arith.mulf %v515, %v395 : f32
      %v531 = arith.muli %v37, %v391 : i64
      %v532 = arith.constant 4 : i64
      %v533 = arith.muli %v532, %v390 : i64
      %v534 = arith.addi %v531, %v533 : i64
      %v535 = llvm.getelementptr %in_A[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v536 = llvm.load %v535 : !llvm.ptr -> f32
      %v537 = arith.mulf %v536, %v395 : f32
      %v552 = arith.muli %v37, %v391 : i64
      %v553 = arith.constant 5 : i64
      %v554 = arith.muli %v553, %v390 : i64
      %v555 = arith.addi %v552, %v554 : i64
      %v556 = llvm.getelementptr %in_A[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v557 = llvm.load %v556 : !llvm.ptr -> f32
      %v558 = arith.mulf %v557, %v395 : f32
      %v573 = arith.muli %v37, %v391 : i64
      %v574 = arith.constant 6 : i64
      %v575 = arith.muli %v574, %v390 : i64
      %v576 = arith.addi %v573, %v575 : i64
      %v577 = llvm.getelementptr %in_A[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v578 = llvm.load %v577 : !llvm.ptr -> f32
      %v579 = arith.mulf %v578, %v395 : f32
      %v594 = arith.muli %v37, %v391 : i64
      %v595 = arith.constant 7 : i64
      %v596 = arith.muli %v595, %v390 : i64
      %v597 = arith.addi %v594, %v596 : i64
      %v598 = llvm.getelementptr %in_A[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v599 = llvm.load %v598 : !llvm.ptr -> f32
      %v600 = arith.mulf %v599, %v395 : f32
      %v615 = arith.muli %v37, %v391 : i64
      %v616 = arith.constant 8 : i64
      %v617 = arith.muli %v616, %v390 : i64
      %v618 = arith.addi %v615, %v617 : i64
      %v619 = llvm.getelementptr %in_A[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v620 = llvm.load %v619 : !llvm.ptr -> f32
      %v621 = arith.mulf %v620, %v395 : f32
      %v636 = arith.muli %v37, %v391 : i64
      %v637 = arith.constant 9 : i64
      %v638 = arith.muli %v637, %v390 : i64
      %v639 = arith.addi %v636, %v638 : i64
      %v640 = llvm.getelementptr %in_A[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v641 = llvm.load %v640 : !llvm.ptr -> f32
      %v642 = arith.mulf %v641, %v395 : f32
      %v657 = arith.muli %v37, %v391 : i64
      %v658 = arith.constant 10 : i64
      %v659 = arith.muli %v658, %v390 : i64
      %v660 = arith.addi %v657, %v659 : i64
      %v661 = llvm.getelementptr %in_A[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v662 = llvm.load %v661 : !llvm.ptr -> f32
      %v663 = arith.mulf %v662, %v395 : f32
      %v678 = arith.muli %v37, %v391 : i64
      %v679 = arith.constant 11 : i64
      %v680 = arith.muli %v679, %v390 : i64
      %v681 = arith.addi %v678, %v680 : i64
      %v682 = llvm.getelementptr %in_A[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v683 = llvm.load %v682 : !llvm.ptr -> f32
      %v684 = arith.mulf %v683, %v395 : f32
      %v699 = arith.muli %v37, %v391 : i64
      %v700 = arith.constant 12 : i64
      %v701 = arith.muli %v700, %v390 : i64
      %v702 = arith.addi %v699, %v701 : i64
      %v703 = llvm.getelementptr %in_A[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v704 = llvm.load %v703 : !llvm.ptr -> f32
      %v705 = arith.mulf %v704, %v395 : f32
      %v720 = arith.muli %v37, %v391 : i64
      %v721 = arith.constant 13 : i64
      %v722 = arith.muli %v721, %v390 : i64
      %v723 = arith.addi %v720, %v722 : i64
      %v724 = llvm.getelementptr %in_A[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v725 = llvm.load %v724 : !llvm.ptr -> f32
      %v726 = arith.mulf %v725, %v395 : f32
      %v741 = arith.muli %v37, %v391 : i64
      %v742 = arith.constant 14 : i64
      %v743 = arith.muli %v742, %v390 : i64
      %v744 = arith.addi %v741, %v743 : i64
      %v745 = llvm.getelementptr %in_A[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v746 = llvm.load %v745 : !llvm.ptr -> f32
      %v747 = arith.mulf %v746, %v395 : f32
      %v762 = arith.muli %v37, %v391 : i64
      %v763 = arith.constant 15 : i64
      %v764 = arith.muli %v763, %v390 : i64
      %v765 = arith.addi %v762, %v764 : i64
      %v766 = llvm.getelementptr %in_A[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v767 = llvm.load %v766 : !llvm.ptr -> f32
      %v768 = arith.mulf %v767, %v395 : f32
      %v955 = arith.muli %v37, %v407 : i64
      %v956 = llvm.getelementptr %in_Dskip[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v957 = llvm.load %v956 : !llvm.ptr -> f32
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
          %v400 = arith.muli %v39, %v399 : i64
          %v401 = arith.muli %v235, %v398 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = arith.muli %v37, %v397 : i64
          %v404 = arith.addi %v402, %v403 : i64
          %v405 = llvm.getelementptr %in_delta[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v406 = llvm.load %v405 : !llvm.ptr -> f32
          %v411 = arith.addf %v406, %v410 : f32
          %v412 = arith.maximumf %v411, %v52 : f32
          %v413 = llvm.call_intrinsic "llvm.fabs.f32"(%v411) : (f32) -> f32
          %v414 = arith.negf %v413 : f32
          %v415 = arith.mulf %v414, %v395 : f32
          %v416 = llvm.call_intrinsic "llvm.exp2.f32"(%v415) : (f32) -> f32
          %v418 = arith.addf %v417, %v416 : f32
          %v419 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v418) : (f32) -> f32
          %v421 = arith.mulf %v419, %v420 : f32
          %v424 = arith.mulf %v422, %v416 : f32
          %v425 = arith.addf %v424, %v423 : f32
          %v427 = arith.mulf %v425, %v416 : f32
          %v428 = arith.addf %v427, %v426 : f32
          %v430 = arith.mulf %v428, %v416 : f32
          %v431 = arith.addf %v430, %v429 : f32
          %v433 = arith.mulf %v431, %v416 : f32
          %v434 = arith.addf %v433, %v432 : f32
          %v436 = arith.mulf %v434, %v416 : f32
          %v437 = arith.addf %v436, %v435 : f32
          %v438 = arith.mulf %v437, %v416 : f32
          %v439 = arith.addf %v438, %v417 : f32
          %v440 = arith.mulf %v439, %v416 : f32
          %v441 = llvm.call_intrinsic "llvm.fabs.f32"(%v416) : (f32) -> f32
          %v443 = arith.cmpf olt, %v441, %v442 : f32
          %v444 = arith.select %v443, %v440, %v421 : f32
          %v445 = arith.addf %v412, %v444 : f32
          %v446 = arith.mulf %v445, %v396 : f32
          %v447 = llvm.call_intrinsic "llvm.exp2.f32"(%v446) : (f32) -> f32
          %v451 = arith.muli %v39, %v450 : i64
          %v452 = arith.muli %v235, %v449 : i64
          %v453 = arith.addi %v451, %v452 : i64
          %v454 = llvm.getelementptr %in_Bm[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v455 = llvm.load %v454 : !llvm.ptr -> f32
          %v456 = arith.muli %v39, %v399 : i64
          %v457 = arith.muli %v235, %v398 : i64
          %v458 = arith.addi %v456, %v457 : i64
          %v459 = arith.muli %v37, %v397 : i64
          %v460 = arith.addi %v458, %v459 : i64
          %v461 = llvm.getelementptr %in_u[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v462 = llvm.load %v461 : !llvm.ptr -> f32
          %v463 = arith.mulf %v445, %v462 : f32
          %v464 = arith.mulf %v455, %v463 : f32
          %v465 = llvm.load %v6 : !llvm.ptr -> f32
          %v466 = arith.mulf %v447, %v465 : f32
          %v467 = arith.addf %v466, %v464 : f32
          %v475 = arith.mulf %v445, %v474 : f32
          %v476 = llvm.call_intrinsic "llvm.exp2.f32"(%v475) : (f32) -> f32
          %v477 = arith.muli %v39, %v450 : i64
          %v478 = arith.muli %v235, %v449 : i64
          %v479 = arith.addi %v477, %v478 : i64
          %v480 = arith.constant 1 : i64
          %v481 = arith.muli %v480, %v448 : i64
          %v482 = arith.addi %v479, %v481 : i64
          %v483 = llvm.getelementptr %in_Bm[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v484 = llvm.load %v483 : !llvm.ptr -> f32
          %v485 = arith.mulf %v484, %v463 : f32
          %v486 = llvm.load %v7 : !llvm.ptr -> f32
          %v487 = arith.mulf %v476, %v486 : f32
          %v488 = arith.addf %v487, %v485 : f32
          %v496 = arith.mulf %v445, %v495 : f32
          %v497 = llvm.call_intrinsic "llvm.exp2.f32"(%v496) : (f32) -> f32
          %v498 = arith.muli %v39, %v450 : i64
          %v499 = arith.muli %v235, %v449 : i64
          %v500 = arith.addi %v498, %v499 : i64
          %v501 = arith.constant 2 : i64
          %v502 = arith.muli %v501, %v448 : i64
          %v503 = arith.addi %v500, %v502 : i64
          %v504 = llvm.getelementptr %in_Bm[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v505 = llvm.load %v504 : !llvm.ptr -> f32
          %v506 = arith.mulf %v505, %v463 : f32
          %v507 = llvm.load %v8 : !llvm.ptr -> f32
          %v508 = arith.mulf %v497, %v507 : f32
          %v509 = arith.addf %v508, %v506 : f32
          %v517 = arith.mulf %v445, %v516 : f32
          %v518 = llvm.call_intrinsic "llvm.exp2.f32"(%v517) : (f32) -> f32
          %v519 = arith.muli %v39, %v450 : i64
          %v520 = arith.muli %v235, %v449 : i64
          %v521 = arith.addi %v519, %v520 : i64
          %v522 = arith.constant 3 : i64
          %v523 = arith.muli %v522, %v448 : i64
          %v524 = arith.addi %v521, %v523 : i64
          %v525 = llvm.getelementptr %in_Bm[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v526 = llvm.load %v525 : !llvm.ptr -> f32
          %v527 = arith.mulf %v526, %v463 : f32
          %v528 = llvm.load %v9 : !llvm.ptr -> f32
          %v529 = arith.mulf %v518, %v528 : f32
          %v530 = arith.addf %v529, %v527 : f32
          %v538 = arith.mulf %v445, %v537 : f32
          %v539 = llvm.call_intrinsic "llvm.exp2.f32"(%v538) : (f32) -> f32
          %v540 = arith.muli %v39, %v450 : i64
          %v541 = arith.muli %v235, %v449 : i64
          %v542 = arith.addi %v540, %v541 : i64
          %v543 = arith.constant 4 : i64
          %v544 = arith.muli %v543, %v448 : i64
          %v545 = arith.addi %v542, %v544 : i64
          %v546 = llvm.getelementptr %in_Bm[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v547 = llvm.load %v546 : !llvm.ptr -> f32
          %v548 = arith.mulf %v547, %v463 : f32
          %v549 = llvm.load %v10 : !llvm.ptr -> f32
          %v550 = arith.mulf %v539, %v549 : f32
          %v551 = arith.addf %v550, %v548 : f32
          %v559 = arith.mulf %v445, %v558 : f32
          %v560 = llvm.call_intrinsic "llvm.exp2.f32"(%v559) : (f32) -> f32
          %v561 = arith.muli %v39, %v450 : i64
          %v562 = arith.muli %v235, %v449 : i64
          %v563 = arith.addi %v561, %v562 : i64
          %v564 = arith.constant 5 : i64
          %v565 = arith.muli %v564, %v448 : i64
          %v566 = arith.addi %v563, %v565 : i64
          %v567 = llvm.getelementptr %in_Bm[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v568 = llvm.load %v567 : !llvm.ptr -> f32
          %v569 = arith.mulf %v568, %v463 : f32
          %v570 = llvm.load %v11 : !llvm.ptr -> f32
          %v571 = arith.mulf %v560, %v570 : f32
          %v572 = arith.addf %v571, %v569 : f32
          %v580 = arith.mulf %v445, %v579 : f32
          %v581 = llvm.call_intrinsic "llvm.exp2.f32"(%v580) : (f32) -> f32
          %v582 = arith.muli %v39, %v450 : i64
          %v583 = arith.muli %v235, %v449 : i64
          %v584 = arith.addi %v582, %v583 : i64
          %v585 = arith.constant 6 : i64
          %v586 = arith.muli %v585, %v448 : i64
          %v587 = arith.addi %v584, %v586 : i64
          %v588 = llvm.getelementptr %in_Bm[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v589 = llvm.load %v588 : !llvm.ptr -> f32
          %v590 = arith.mulf %v589, %v463 : f32
          %v591 = llvm.load %v12 : !llvm.ptr -> f32
          %v592 = arith.mulf %v581, %v591 : f32
          %v593 = arith.addf %v592, %v590 : f32
          %v601 = arith.mulf %v445, %v600 : f32
          %v602 = llvm.call_intrinsic "llvm.exp2.f32"(%v601) : (f32) -> f32
          %v603 = arith.muli %v39, %v450 : i64
          %v604 = arith.muli %v235, %v449 : i64
          %v605 = arith.addi %v603, %v604 : i64
          %v606 = arith.constant 7 : i64
          %v607 = arith.muli %v606, %v448 : i64
          %v608 = arith.addi %v605, %v607 : i64
          %v609 = llvm.getelementptr %in_Bm[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v610 = llvm.load %v609 : !llvm.ptr -> f32
          %v611 = arith.mulf %v610, %v463 : f32
          %v612 = llvm.load %v13 : !llvm.ptr -> f32
          %v613 = arith.mulf %v602, %v612 : f32
          %v614 = arith.addf %v613, %v611 : f32
          %v622 = arith.mulf %v445, %v621 : f32
          %v623 = llvm.call_intrinsic "llvm.exp2.f32"(%v622) : (f32) -> f32
          %v624 = arith.muli %v39, %v450 : i64
          %v625 = arith.muli %v235, %v449 : i64
          %v626 = arith.addi %v624, %v625 : i64
          %v627 = arith.constant 8 : i64
          %v628 = arith.muli %v627, %v448 : i64
          %v629 = arith.addi %v626, %v628 : i64
          %v630 = llvm.getelementptr %in_Bm[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v631 = llvm.load %v630 : !llvm.ptr -> f32
          %v632 = arith.mulf %v631, %v463 : f32
          %v633 = llvm.load %v14 : !llvm.ptr -> f32
          %v634 = arith.mulf %v623, %v633 : f32
          %v635 = arith.addf %v634, %v632 : f32
          %v643 = arith.mulf %v445, %v642 : f32
          %v644 = llvm.call_intrinsic "llvm.exp2.f32"(%v643) : (f32) -> f32
          %v645 = arith.muli %v39, %v450 : i64
          %v646 = arith.muli %v235, %v449 : i64
          %v647 = arith.addi %v645, %v646 : i64
          %v648 = arith.constant 9 : i64
          %v649 = arith.muli %v648, %v448 : i64
          %v650 = arith.addi %v647, %v649 : i64
          %v651 = llvm.getelementptr %in_Bm[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v652 = llvm.load %v651 : !llvm.ptr -> f32
          %v653 = arith.mulf %v652, %v463 : f32
          %v654 = llvm.load %v15 : !llvm.ptr -> f32
          %v655 = arith.mulf %v644, %v654 : f32
          %v656 = arith.addf %v655, %v653 : f32
          %v664 = arith.mulf %v445, %v663 : f32
          %v665 = llvm.call_intrinsic "llvm.exp2.f32"(%v664) : (f32) -> f32
          %v666 = arith.muli %v39, %v450 : i64
          %v667 = arith.muli %v235, %v449 : i64
          %v668 = arith.addi %v666, %v667 : i64
          %v669 = arith.constant 10 : i64
          %v670 = arith.muli %v669, %v448 : i64
          %v671 = arith.addi %v668, %v670 : i64
          %v672 = llvm.getelementptr %in_Bm[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v673 = llvm.load %v672 : !llvm.ptr -> f32
          %v674 = arith.mulf %v673, %v463 : f32
          %v675 = llvm.load %v16 : !llvm.ptr -> f32
          %v676 = arith.mulf %v665, %v675 : f32
          %v677 = arith.addf %v676, %v674 : f32
          %v685 = arith.mulf %v445, %v684 : f32
          %v686 = llvm.call_intrinsic "llvm.exp2.f32"(%v685) : (f32) -> f32
          %v687 = arith.muli %v39, %v450 : i64
          %v688 = arith.muli %v235, %v449 : i64
          %v689 = arith.addi %v687, %v688 : i64
          %v690 = arith.constant 11 : i64
          %v691 = arith.muli %v690, %v448 : i64
          %v692 = arith.addi %v689, %v691 : i64
          %v693 = llvm.getelementptr %in_Bm[%v692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v694 = llvm.load %v693 : !llvm.ptr -> f32
          %v695 = arith.mulf %v694, %v463 : f32
          %v696 = llvm.load %v17 : !llvm.ptr -> f32
          %v697 = arith.mulf %v686, %v696 : f32
          %v698 = arith.addf %v697, %v695 : f32
          %v706 = arith.mulf %v445, %v705 : f32
          %v707 = llvm.call_intrinsic "llvm.exp2.f32"(%v706) : (f32) -> f32
          %v708 = arith.muli %v39, %v450 : i64
          %v709 = arith.muli %v235, %v449 : i64
          %v710 = arith.addi %v708, %v709 : i64
          %v711 = arith.constant 12 : i64
          %v712 = arith.muli %v711, %v448 : i64
          %v713 = arith.addi %v710, %v712 : i64
          %v714 = llvm.getelementptr %in_Bm[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v715 = llvm.load %v714 : !llvm.ptr -> f32
          %v716 = arith.mulf %v715, %v463 : f32
          %v717 = llvm.load %v18 : !llvm.ptr -> f32
          %v718 = arith.mulf %v707, %v717 : f32
          %v719 = arith.addf %v718, %v716 : f32
          %v727 = arith.mulf %v445, %v726 : f32
          %v728 = llvm.call_intrinsic "llvm.exp2.f32"(%v727) : (f32) -> f32
          %v729 = arith.muli %v39, %v450 : i64
          %v730 = arith.muli %v235, %v449 : i64
          %v731 = arith.addi %v729, %v730 : i64
          %v732 = arith.constant 13 : i64
          %v733 = arith.muli %v732, %v448 : i64
          %v734 = arith.addi %v731, %v733 : i64
          %v735 = llvm.getelementptr %in_Bm[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v736 = llvm.load %v735 : !llvm.ptr -> f32
          %v737 = arith.mulf %v736, %v463 : f32
          %v738 = llvm.load %v19 : !llvm.ptr -> f32
          %v739 = arith.mulf %v728, %v738 : f32
          %v740 = arith.addf %v739, %v737 : f32
          %v748 = arith.mulf %v445, %v747 : f32
          %v749 = llvm.call_intrinsic "llvm.exp2.f32"(%v748) : (f32) -> f32
          %v750 = arith.muli %v39, %v450 : i64
          %v751 = arith.muli %v235, %v449 : i64
          %v752 = arith.addi %v750, %v751 : i64
          %v753 = arith.constant 14 : i64
          %v754 = arith.muli %v753, %v448 : i64
          %v755 = arith.addi %v752, %v754 : i64
          %v756 = llvm.getelementptr %in_Bm[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v757 = llvm.load %v756 : !llvm.ptr -> f32
          %v758 = arith.mulf %v757, %v463 : f32
          %v759 = llvm.load %v20 : !llvm.ptr -> f32
          %v760 = arith.mulf %v749, %v759 : f32
          %v761 = arith.addf %v760, %v758 : f32
          %v769 = arith.mulf %v445, %v768 : f32
          %v770 = llvm.call_intrinsic "llvm.exp2.f32"(%v769) : (f32) -> f32
          %v771 = arith.muli %v39, %v450 : i64
          %v772 = arith.muli %v235, %v449 : i64
          %v773 = arith.addi %v771, %v772 : i64
          %v774 = arith.constant 15 : i64
          %v775 = arith.muli %v774, %v448 : i64
          %v776 = arith.addi %v773, %v775 : i64
          %v777 = llvm.getelementptr %in_Bm[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v778 = llvm.load %v777 : !llvm.ptr -> f32
          %v779 = arith.mulf %v778, %v463 : f32
          %v780 = llvm.load %v21 : !llvm.ptr -> f32
          %v781 = arith.mulf %v770, %v780 : f32
          %v782 = arith.addf %v781, %v779 : f32
          llvm.store %v467, %v6 : f32, !llvm.ptr
          llvm.store %v488, %v7 : f32, !llvm.ptr
          llvm.store %v509, %v8 : f32, !llvm.ptr
          llvm.store %v530, %v9 : f32, !llvm.ptr
          llvm.store %v551, %v10 : f32, !llvm.ptr
          llvm.store %v572, %v11 : f32, !llvm.ptr
          llvm.store %v593, %v12 : f32, !llvm.ptr
          llvm.store %v614, %v13 : f32, !llvm.ptr
          llvm.store %v635, %v14 : f32, !llvm.ptr
          llvm.store %v656, %v15 : f32, !llvm.ptr
          llvm.store %v677, %v16 : f32, !llvm.ptr
          llvm.store %v698, %v17 : f32, !llvm.ptr
          llvm.store %v719, %v18 : f32, !llvm.ptr
          llvm.store %v740, %v19 : f32, !llvm.ptr
          llvm.store %v761, %v20 : f32, !llvm.ptr
          llvm.store %v782, %v21 : f32, !llvm.ptr
          %v783 = arith.muli %v39, %v450 : i64
          %v784 = arith.muli %v235, %v449 : i64
          %v785 = arith.addi %v783, %v784 : i64
          %v786 = llvm.getelementptr %in_Cm[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v787 = llvm.load %v786 : !llvm.ptr -> f32
          %v788 = llvm.load %v6 : !llvm.ptr -> f32
          %v789 = arith.mulf %v787, %v788 : f32
          %v790 = arith.muli %v39, %v450 : i64
          %v791 = arith.muli %v235, %v449 : i64
          %v792 = arith.addi %v790, %v791 : i64
          %v793 = arith.constant 1 : i64
          %v794 = arith.muli %v793, %v448 : i64
          %v795 = arith.addi %v792, %v794 : i64
          %v796 = llvm.getelementptr %in_Cm[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v797 = llvm.load %v796 : !llvm.ptr -> f32
          %v798 = llvm.load %v7 : !llvm.ptr -> f32
          %v799 = arith.mulf %v797, %v798 : f32
          %v800 = arith.addf %v789, %v799 : f32
          %v801 = arith.muli %v39, %v450 : i64
          %v802 = arith.muli %v235, %v449 : i64
          %v803 = arith.addi %v801, %v802 : i64
          %v804 = arith.constant 2 : i64
          %v805 = arith.muli %v804, %v448 : i64
          %v806 = arith.addi %v803, %v805 : i64
          %v807 = llvm.getelementptr %in_Cm[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v808 = llvm.load %v807 : !llvm.ptr -> f32
          %v809 = llvm.load %v8 : !llvm.ptr -> f32
          %v810 = arith.mulf %v808, %v809 : f32
          %v811 = arith.addf %v800, %v810 : f32
          %v812 = arith.muli %v39, %v450 : i64
          %v813 = arith.muli %v235, %v449 : i64
          %v814 = arith.addi %v812, %v813 : i64
          %v815 = arith.constant 3 : i64
          %v816 = arith.muli %v815, %v448 : i64
          %v817 = arith.addi %v814, %v816 : i64
          %v818 = llvm.getelementptr %in_Cm[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v819 = llvm.load %v818 : !llvm.ptr -> f32
          %v820 = llvm.load %v9 : !llvm.ptr -> f32
          %v821 = arith.mulf %v819, %v820 : f32
          %v822 = arith.addf %v811, %v821 : f32
          %v823 = arith.muli %v39, %v450 : i64
          %v824 = arith.muli %v235, %v449 : i64
          %v825 = arith.addi %v823, %v824 : i64
          %v826 = arith.constant 4 : i64
          %v827 = arith.muli %v826, %v448 : i64
          %v828 = arith.addi %v825, %v827 : i64
          %v829 = llvm.getelementptr %in_Cm[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v830 = llvm.load %v829 : !llvm.ptr -> f32
          %v831 = llvm.load %v10 : !llvm.ptr -> f32
          %v832 = arith.mulf %v830, %v831 : f32
          %v833 = arith.addf %v822, %v832 : f32
          %v834 = arith.muli %v39, %v450 : i64
          %v835 = arith.muli %v235, %v449 : i64
          %v836 = arith.addi %v834, %v835 : i64
          %v837 = arith.constant 5 : i64
          %v838 = arith.muli %v837, %v448 : i64
          %v839 = arith.addi %v836, %v838 : i64
          %v840 = llvm.getelementptr %in_Cm[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v841 = llvm.load %v840 : !llvm.ptr -> f32
          %v842 = llvm.load %v11 : !llvm.ptr -> f32
          %v843 = arith.mulf %v841, %v842 : f32
          %v844 = arith.addf %v833, %v843 : f32
          %v845 = arith.muli %v39, %v450 : i64
          %v846 = arith.muli %v235, %v449 : i64
          %v847 = arith.addi %v845, %v846 : i64
          %v848 = arith.constant 6 : i64
          %v849 = arith.muli %v848, %v448 : i64
          %v850 = arith.addi %v847, %v849 : i64
          %v851 = llvm.getelementptr %in_Cm[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v852 = llvm.load %v851 : !llvm.ptr -> f32
          %v853 = llvm.load %v12 : !llvm.ptr -> f32
          %v854 = arith.mulf %v852, %v853 : f32
          %v855 = arith.addf %v844, %v854 : f32
          %v856 = arith.muli %v39, %v450 : i64
          %v857 = arith.muli %v235, %v449 : i64
          %v858 = arith.addi %v856, %v857 : i64
          %v859 = arith.constant 7 : i64
          %v860 = arith.muli %v859, %v448 : i64
          %v861 = arith.addi %v858, %v860 : i64
          %v862 = llvm.getelementptr %in_Cm[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v863 = llvm.load %v862 : !llvm.ptr -> f32
          %v864 = llvm.load %v13 : !llvm.ptr -> f32
          %v865 = arith.mulf %v863, %v864 : f32
          %v866 = arith.addf %v855, %v865 : f32
          %v867 = arith.muli %v39, %v450 : i64
          %v868 = arith.muli %v235, %v449 : i64
          %v869 = arith.addi %v867, %v868 : i64
          %v870 = arith.constant 8 : i64
          %v871 = arith.muli %v870, %v448 : i64
          %v872 = arith.addi %v869, %v871 : i64
          %v873 = llvm.getelementptr %in_Cm[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v874 = llvm.load %v873 : !llvm.ptr -> f32
          %v875 = llvm.load %v14 : !llvm.ptr -> f32
          %v876 = arith.mulf %v874, %v875 : f32
          %v877 = arith.addf %v866, %v876 : f32
          %v878 = arith.muli %v39, %v450 : i64
          %v879 = arith.muli %v235, %v449 : i64
          %v880 = arith.addi %v878, %v879 : i64
          %v881 = arith.constant 9 : i64
          %v882 = arith.muli %v881, %v448 : i64
          %v883 = arith.addi %v880, %v882 : i64
          %v884 = llvm.getelementptr %in_Cm[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v885 = llvm.load %v884 : !llvm.ptr -> f32
          %v886 = llvm.load %v15 : !llvm.ptr -> f32
          %v887 = arith.mulf %v885, %v886 : f32
          %v888 = arith.addf %v877, %v887 : f32
          %v889 = arith.muli %v39, %v450 : i64
          %v890 = arith.muli %v235, %v449 : i64
          %v891 = arith.addi %v889, %v890 : i64
          %v892 = arith.constant 10 : i64
          %v893 = arith.muli %v892, %v448 : i64
          %v894 = arith.addi %v891, %v893 : i64
          %v895 = llvm.getelementptr %in_Cm[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v896 = llvm.load %v895 : !llvm.ptr -> f32
          %v897 = llvm.load %v16 : !llvm.ptr -> f32
          %v898 = arith.mulf %v896, %v897 : f32
          %v899 = arith.addf %v888, %v898 : f32
          %v900 = arith.muli %v39, %v450 : i64
          %v901 = arith.muli %v235, %v449 : i64
          %v902 = arith.addi %v900, %v901 : i64
          %v903 = arith.constant 11 : i64
          %v904 = arith.muli %v903, %v448 : i64
          %v905 = arith.addi %v902, %v904 : i64
          %v906 = llvm.getelementptr %in_Cm[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v907 = llvm.load %v906 : !llvm.ptr -> f32
          %v908 = llvm.load %v17 : !llvm.ptr -> f32
          %v909 = arith.mulf %v907, %v908 : f32
          %v910 = arith.addf %v899, %v909 : f32
          %v911 = arith.muli %v39, %v450 : i64
          %v912 = arith.muli %v235, %v449 : i64
          %v913 = arith.addi %v911, %v912 : i64
          %v914 = arith.constant 12 : i64
          %v915 = arith.muli %v914, %v448 : i64
          %v916 = arith.addi %v913, %v915 : i64
          %v917 = llvm.getelementptr %in_Cm[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v918 = llvm.load %v917 : !llvm.ptr -> f32
          %v919 = llvm.load %v18 : !llvm.ptr -> f32
          %v920 = arith.mulf %v918, %v919 : f32
          %v921 = arith.addf %v910, %v920 : f32
          %v922 = arith.muli %v39, %v450 : i64
          %v923 = arith.muli %v235, %v449 : i64
          %v924 = arith.addi %v922, %v923 : i64
          %v925 = arith.constant 13 : i64
          %v926 = arith.muli %v925, %v448 : i64
          %v927 = arith.addi %v924, %v926 : i64
          %v928 = llvm.getelementptr %in_Cm[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v929 = llvm.load %v928 : !llvm.ptr -> f32
          %v930 = llvm.load %v19 : !llvm.ptr -> f32
          %v931 = arith.mulf %v929, %v930 : f32
          %v932 = arith.addf %v921, %v931 : f32
          %v933 = arith.muli %v39, %v450 : i64
          %v934 = arith.muli %v235, %v449 : i64
          %v935 = arith.addi %v933, %v934 : i64
          %v936 = arith.constant 14 : i64
          %v937 = arith.muli %v936, %v448 : i64
          %v938 = arith.addi %v935, %v937 : i64
          %v939 = llvm.getelementptr %in_Cm[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v940 = llvm.load %v939 : !llvm.ptr -> f32
          %v941 = llvm.load %v20 : !llvm.ptr -> f32
          %v942 = arith.mulf %v940, %v941 : f32
          %v943 = arith.addf %v932, %v942 : f32
          %v944 = arith.muli %v39, %v450 : i64
          %v945 = arith.muli %v235, %v449 : i64
          %v946 = arith.addi %v944, %v945 : i64
          %v947 = arith.constant 15 : i64
          %v948 = arith.muli %v947, %v448 : i64
          %v949 = arith.addi %v946, %v948 : i64
          %v950 = llvm.getelementptr %in_Cm[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v951 = llvm.load %v950 : !llvm.ptr -> f32
          %v952 = llvm.load %v21 : !llvm.ptr -> f32
          %v953 = arith.mulf %v951, %v952 : f32
          %v954 = arith.addf %v943, %v953 : f32
          %v958 = arith.mulf %v462, %v957 : f32
          %v959 = arith.addf %v954, %v958 : f32
          %v960 = arith.muli %v39, %v399 : i64
          %v961 = arith.muli %v235, %v398 : i64
          %v962 = arith.addi %v960, %v961 : i64
          %v963 = arith.muli %v37, %v397 : i64
          %v964 = arith.addi %v962, %v963 : i64
          %v965 = llvm.getelementptr %in_z[%v964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v966 = llvm.load %v965 : !llvm.ptr -> f32
          %v967 = arith.negf %v966 : f32
          %v968 = arith.mulf %v967, %v395 : f32
          %v969 = llvm.call_intrinsic "llvm.exp2.f32"(%v968) : (f32) -> f32
          %v970 = arith.addf %v417, %v969 : f32
          %v971 = arith.divf %v417, %v970 : f32
          %v972 = arith.mulf %v966, %v971 : f32
          %v973 = arith.mulf %v959, %v972 : f32
          scf.if %v33 {
            %v974 = arith.muli %v39, %v399 : i64
            %v975 = arith.muli %v235, %v398 : i64
            %v976 = arith.addi %v974, %v975 : i64
            %v977 = arith.muli %v37, %v397 : i64
            %v978 = arith.addi %v976, %v977 : i64
            %v979 = llvm.getelementptr %out_y[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v973, %v979 : f32, !llvm.ptr
          }
        }
      }
      scf.if %v33 {
        %v980 = llvm.load %v6 : !llvm.ptr -> f32
        %v981 = arith.muli %v39, %v43 : i64
        %v982 = arith.muli %v37, %v42 : i64
        %v983 = arith.addi %v981, %v982 : i64
        %v984 = llvm.getelementptr %out_h_last[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v980, %v984 : f32, !llvm.ptr
        %v985 = llvm.load %v7 : !llvm.ptr -> f32
        %v986 = arith.muli %v39, %v43 : i64
        %v987 = arith.muli %v37, %v42 : i64
        %v988 = arith.addi %v986, %v987 : i64
        %v989 = arith.constant 1 : i64
        %v990 = arith.muli %v989, %v41 : i64
        %v991 = arith.addi %v988, %v990 : i64
        %v992 = llvm.getelementptr %out_h_last[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v985, %v992 : f32, !llvm.ptr
        %v993 = llvm.load %v8 : !llvm.ptr -> f32
        %v994 = arith.muli %v39, %v43 : i64
        %v995 = arith.muli %v37, %v42 : i64
        %v996 = arith.addi %v994, %v995 : i64
        %v997 = arith.constant 2 : i64
        %v998 = arith.muli %v997, %v41 : i64
        %v999 = arith.addi %v996, %v998 : i64
        %v1000 = llvm.getelementptr %out_h_last[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v993, %v1000 : f32, !llvm.ptr
        %v1001 = llvm.load %v9 : !llvm.ptr -> f32
        %v1002 = arith.muli %v39, %v43 : i64
        %v1003 = arith.muli %v37, %v42 : i64
        %v1004 = arith.addi %v1002, %v1003 : i64
        %v1005 = arith.constant 3 : i64
        %v1006 = arith.muli %v1005, %v41 : i64
        %v1007 = arith.addi %v1004, %v1006 : i64
        %v1008 = llvm.getelementptr %out_h_last[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1001, %v1008 : f32, !llvm.ptr
        %v1009 = llvm.load %v10 : !llvm.ptr -> f32
        %v1010 = arith.muli %v39, %v43 : i64
        %v1011 = arith.muli %v37, %v42 : i64
        %v1012 = arith.addi %v1010, %v1011 : i64
        %v1013 = arith.constant 4 : i64
        %v1014 = arith.muli %v1013, %v41 : i64
        %v1015 = arith.addi %v1012, %v1014 : i64
        %v1016 = llvm.getelementptr %out_h_last[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1009, %v1016 : f32, !llvm.ptr
        %v1017 = llvm.load %v11 : !llvm.ptr -> f32
        %v1018 = arith.muli %v39, %v43 : i64
        %v1019 = arith.muli %v37, %v42 : i64
        %v1020 = arith.addi %v1018, %v1019 : i64
        %v1021 = arith.constant 5 : i64
        %v1022 = arith.muli %v1021, %v41 : i64
        %v1023 = arith.addi %v1020, %v1022 : i64
        %v1024 = llvm.getelementptr %out_h_last[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1017, %v1024 : f32, !llvm.ptr
        %v1025 = llvm.load %v12 : !llvm.ptr -> f32
        %v1026 = arith.muli %v39, %v43 : i64
        %v1027 = arith.muli %v37, %v42 : i64
        %v1028 = arith.addi %v1026, %v1027 : i64
        %v1029 = arith.constant 6 : i64
        %v1030 = arith.muli %v1029, %v41 : i64
        %v1031 = arith.addi %v1028, %v1030 : i64
        %v1032 = llvm.getelementptr %out_h_last[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1025, %v1032 : f32, !llvm.ptr
        %v1033 = llvm.load %v13 : !llvm.ptr -> f32
        %v1034 = arith.muli %v39, %v43 : i64
        %v1035 = arith.muli %v37, %v42 : i64
        %v1036 = arith.addi %v1034, %v1035 : i64
        %v1037 = arith.constant 7 : i64
        %v1038 = arith.muli %v1037, %v41 : i64
        %v1039 = arith.addi %v1036, %v1038 : i64
        %v1040 = llvm.getelementptr %out_h_last[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1033, %v1040 : f32, !llvm.ptr
        %v1041 = llvm.load %v14 : !llvm.ptr -> f32
        %v1042 = arith.muli %v39, %v43 : i64
        %v1043 = arith.muli %v37, %v42 : i64
        %v1044 = arith.addi %v1042, %v1043 : i64
        %v1045 = arith.constant 8 : i64
        %v1046 = arith.muli %v1045, %v41 : i64
        %v1047 = arith.addi %v1044, %v1046 : i64
        %v1048 = llvm.getelementptr %out_h_last[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1041, %v1048 : f32, !llvm.ptr
        %v1049 = llvm.load %v15 : !llvm.ptr -> f32
        %v1050 = arith.muli %v39, %v43 : i64
        %v1051 = arith.muli %v37, %v42 : i64
        %v1052 = arith.addi %v1050, %v1051 : i64
        %v1053 = arith.constant 9 : i64
        %v1054 = arith.muli %v1053, %v41 : i64
        %v1055 = arith.addi %v1052, %v1054 : i64
        %v1056 = llvm.getelementptr %out_h_last[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1049, %v1056 : f32, !llvm.ptr
        %v1057 = llvm.load %v16 : !llvm.ptr -> f32
        %v1058 = arith.muli %v39, %v43 : i64
        %v1059 = arith.muli %v37, %v42 : i64
        %v1060 = arith.addi %v1058, %v1059 : i64
        %v1061 = arith.constant 10 : i64
        %v1062 = arith.muli %v1061, %v41 : i64
        %v1063 = arith.addi %v1060, %v1062 : i64
        %v1064 = llvm.getelementptr %out_h_last[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1057, %v1064 : f32, !llvm.ptr
        %v1065 = llvm.load %v17 : !llvm.ptr -> f32
        %v1066 = arith.muli %v39, %v43 : i64
        %v1067 = arith.muli %v37, %v42 : i64
        %v1068 = arith.addi %v1066, %v1067 : i64
        %v1069 = arith.constant 11 : i64
        %v1070 = arith.muli %v1069, %v41 : i64
        %v1071 = arith.addi %v1068, %v1070 : i64
        %v1072 = llvm.getelementptr %out_h_last[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1065, %v1072 : f32, !llvm.ptr
        %v1073 = llvm.load %v18 : !llvm.ptr -> f32
        %v1074 = arith.muli %v39, %v43 : i64
        %v1075 = arith.muli %v37, %v42 : i64
        %v1076 = arith.addi %v1074, %v1075 : i64
        %v1077 = arith.constant 12 : i64
        %v1078 = arith.muli %v1077, %v41 : i64
        %v1079 = arith.addi %v1076, %v1078 : i64
        %v1080 = llvm.getelementptr %out_h_last[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1073, %v1080 : f32, !llvm.ptr
        %v1081 = llvm.load %v19 : !llvm.ptr -> f32
        %v1082 = arith.muli %v39, %v43 : i64
        %v1083 = arith.muli %v37, %v42 : i64
        %v1084 = arith.addi %v1082, %v1083 : i64
        %v1085 = arith.constant 13 : i64
        %v1086 = arith.muli %v1085, %v41 : i64
        %v1087 = arith.addi %v1084, %v1086 : i64
        %v1088 = llvm.getelementptr %out_h_last[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1081, %v1088 : f32, !llvm.ptr
        %v1089 = llvm.load %v20 : !llvm.ptr -> f32
        %v1090 = arith.muli %v39, %v43 : i64
        %v1091 = arith.muli %v37, %v42 : i64
        %v1092 = arith.addi %v1090, %v1091 : i64
        %v1093 = arith.constant 14 : i64
        %v1094 = arith.muli %v1093, %v41 : i64
        %v1095 = arith.addi %v1092, %v1094 : i64
        %v1096 = llvm.getelementptr %out_h_last[%v1095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1089, %v1096 : f32, !llvm.ptr
        %v1097 = llvm.load %v21 : !llvm.ptr -> f32
        %v1098 = arith.muli %v39, %v43 : i64
        %v1099 = arith.muli %v37, %v42 : i64
        %v1100 = arith.addi %v1098, %v1099 : i64
        %v1101 = arith.constant 15 : i64
        %v1102 = arith.muli %v1101, %v41 : i64
        %v1103 = arith.addi %v1100, %v1102 : i64
        %v1104 = llvm.getelementptr %out_h_last[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1097, %v1104 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
