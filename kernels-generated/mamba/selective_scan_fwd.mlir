module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_fwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = arith.constant 63 : i64
      %v8 = arith.addi %size_L, %v7 : i64
      %v9 = arith.constant 64 : i64
      %v10 = arith.divui %v8, %v9 : i64
      %v15 = arith.constant 8 : i64
      %v27 = arith.muli %v2, %v1 : i64
      %v28 = arith.muli %v27, %size_D : i64
      %v39 = arith.constant 0x00000000 : f32
      %v52 = arith.constant 0 : i64
      %v53 = arith.constant 32 : i64
      %v70 = arith.constant 2 : i64
      %v72 = arith.constant 3 : i64
      %v74 = arith.constant 4 : i64
      %v76 = arith.constant 5 : i64
      %v78 = arith.constant 6 : i64
      %v80 = arith.constant 7 : i64
      %v83 = arith.constant 9 : i64
      %v85 = arith.constant 10 : i64
      %v87 = arith.constant 11 : i64
      %v89 = arith.constant 12 : i64
      %v91 = arith.constant 13 : i64
      %v93 = arith.constant 14 : i64
      %v95 = arith.constant 15 : i64
      %v98 = arith.muli %v2, %v1 : i64
      %v99 = arith.muli %v98, %size_L : i64
      %v630 = arith.muli %v2, %size_D : i64
      %v631 = arith.muli %v630, %size_L : i64
      %v646 = arith.constant 0x3FB8AA3B : f32
      %v649 = arith.constant 0x3F800000 : f32
      %v652 = arith.constant 0x3F317218 : f32
      %v654 = arith.constant 0x3E124925 : f32
      %v656 = arith.constant 0xBE2AAAAB : f32
      %v659 = arith.constant 0x3E4CCCCD : f32
      %v662 = arith.constant 0xBE800000 : f32
      %v665 = arith.constant 0x3EAAAAAB : f32
      %v668 = arith.constant 0xBF000000 : f32
      %v674 = arith.constant 0x3D800000 : f32
      %v808 = arith.muli %v2, %size_B : i64
      %v809 = arith.muli %v808, %size_D : i64
      %v810 = arith.muli %v809, %v1 : i64
      %v830 = arith.muli %v2, %v1 : i64
      %v862 = arith.constant 1 : i32
      %v863 = arith.constant 32 : i32
      %v867 = arith.constant 2 : i32
      %v871 = arith.constant 4 : i32
      %v886 = arith.muli %v2, %size_B : i64
      %v887 = arith.muli %v886, %size_D : i64
      %v888 = arith.muli %v887, %v1 : i64
      %v947 = arith.muli %v2, %size_B : i64
      %v948 = arith.muli %v947, %size_D : i64
      %v949 = arith.muli %v948, %v1 : i64
      %v1008 = arith.muli %v2, %size_B : i64
      %v1009 = arith.muli %v1008, %size_D : i64
      %v1010 = arith.muli %v1009, %v1 : i64
      %v1069 = arith.muli %v2, %size_B : i64
      %v1070 = arith.muli %v1069, %size_D : i64
      %v1071 = arith.muli %v1070, %v1 : i64
      %v1130 = arith.muli %v2, %size_B : i64
      %v1131 = arith.muli %v1130, %size_D : i64
      %v1132 = arith.muli %v1131, %v1 : i64
      %v1191 = arith.muli %v2, %size_B : i64
      %v1192 = arith.muli %v1191, %size_D : i64
      %v1193 = arith.muli %v1192, %v1 : i64
      %v1252 = arith.muli %v2, %size_B : i64
      %v1253 = arith.muli %v1252, %size_D : i64
      %v1254 = arith.muli %v1253, %v1 : i64
      %v1313 = arith.muli %v2, %size_B : i64
      %v1314 = arith.muli %v1313, %size_D : i64
      %v1315 = arith.muli %v1314, %v1 : i64
      %v1374 = arith.muli %v2, %size_B : i64
      %v1375 = arith.muli %v1374, %size_D : i64
      %v1376 = arith.muli %v1375, %v1 : i64
      %v1435 = arith.muli %v2, %size_B : i64
      %v1436 = arith.muli %v1435, %size_D : i64
      %v1437 = arith.muli %v1436, %v1 : i64
      %v1496 = arith.muli %v2, %size_B : i64
      %v1497 = arith.muli %v1496, %size_D : i64
      %v1498 = arith.muli %v1497, %v1 : i64
      %v1557 = arith.muli %v2, %size_B : i64
      %v1558 = arith.muli %v1557, %size_D : i64
      %v1559 = arith.muli %v1558, %v1 : i64
      %v1618 = arith.muli %v2, %size_B : i64
      %v1619 = arith.muli %v1618, %size_D : i64
      %v1620 = arith.muli %v1619, %v1 : i64
      %v1679 = arith.muli %v2, %size_B : i64
      %v1680 = arith.muli %v1679, %size_D : i64
      %v1681 = arith.muli %v1680, %v1 : i64
      %v1740 = arith.muli %v2, %size_B : i64
      %v1741 = arith.muli %v1740, %size_D : i64
      %v1742 = arith.muli %v1741, %v1 : i64
      %v1835 = arith.muli %v2, %size_B : i64
      %v1836 = arith.muli %v1835, %size_D : i64
      %v1837 = arith.muli %v1836, %v1 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.remui %v13, %v15 : i64
      %v17 = arith.divui %v13, %v15 : i64
      %v18 = arith.muli %v14, %v15 : i64
      %v19 = arith.addi %v18, %v17 : i64
      %v20 = arith.cmpi slt, %v19, %v4 : i64
      %v21 = arith.subi %v4, %v2 : i64
      %v22 = arith.minsi %v19, %v21 : i64
      %v23 = arith.remui %v22, %size_D : i64
      %v24 = arith.divui %v22, %size_D : i64
      %v25 = arith.remui %v24, %size_B : i64
      %v26 = arith.divui %v24, %size_B : i64
      %v639 = arith.muli %v23, %v2 : i64
      %v640 = llvm.getelementptr %in_dt_bias[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v641 = llvm.load %v640 : !llvm.ptr -> f32
      %v686 = arith.muli %v23, %v2 : i64
      %v687 = llvm.getelementptr %in_Dskip[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v688 = llvm.load %v687 : !llvm.ptr -> f32
      %v761 = arith.trunci %v13 : i64 to i32
      %v762 = arith.constant 24 : i32
      %v763 = arith.andi %v761, %v762 : i32
      %v764 = arith.constant 0 : i32
      %v765 = arith.ori %v763, %v764 : i32
      %v766 = arith.constant 0 : i64
      %v767 = arith.cmpi eq, %v16, %v766 : i64
      %v768 = arith.constant 1 : i32
      %v769 = arith.ori %v763, %v768 : i32
      %v770 = arith.constant 1 : i64
      %v771 = arith.cmpi eq, %v16, %v770 : i64
      %v772 = arith.constant 2 : i32
      %v773 = arith.ori %v763, %v772 : i32
      %v774 = arith.constant 2 : i64
      %v775 = arith.cmpi eq, %v16, %v774 : i64
      %v776 = arith.constant 3 : i32
      %v777 = arith.ori %v763, %v776 : i32
      %v778 = arith.constant 3 : i64
      %v779 = arith.cmpi eq, %v16, %v778 : i64
      %v780 = arith.constant 4 : i32
      %v781 = arith.ori %v763, %v780 : i32
      %v782 = arith.constant 4 : i64
      %v783 = arith.cmpi eq, %v16, %v782 : i64
      %v784 = arith.constant 5 : i32
      %v785 = arith.ori %v763, %v784 : i32
      %v786 = arith.constant 5 : i64
      %v787 = arith.cmpi eq, %v16, %v786 : i64
      %v788 = arith.constant 6 : i32
      %v789 = arith.ori %v763, %v788 : i32
      %v790 = arith.constant 6 : i64
      %v791 = arith.cmpi eq, %v16, %v790 : i64
      %v792 = arith.constant 7 : i32
      %v793 = arith.ori %v763, %v792 : i32
      %v794 = arith.constant 7 : i64
      %v795 = arith.cmpi eq, %v16, %v794 : i64
      %v796 = arith.constant 32 : i32
      %v831 = arith.muli %v23, %v830 : i64
      %v832 = arith.muli %v16, %v2 : i64
      %v833 = arith.addi %v831, %v832 : i64
      %v834 = llvm.getelementptr %in_A[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v835 = llvm.load %v834 : !llvm.ptr -> f32
      %v836 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v843 = arith.muli %v23, %v830 : i64
      %v844 = arith.constant 8 : i64
      %v845 = arith.addi %v844, %v16 : i64
      %v846 = arith.muli %v845, %v2 : i64
      %v847 = arith.addi %v843, %v846 : i64
      %v848 = llvm.getelementptr %in_A[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v849 = llvm.load %v848 : !llvm.ptr -> f32
      %v850 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v908 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v915 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v969 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v976 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1030 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1037 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1091 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1098 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1152 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1159 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1213 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1220 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1274 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1281 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1335 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1342 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1396 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1403 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1457 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1464 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1518 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1525 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1579 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1586 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1640 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1647 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1701 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1708 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1762 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1769 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v1857 = arith.mulf %v835, %v646 fastmath<contract> : f32
      %v1912 = arith.mulf %v849, %v646 fastmath<contract> : f32
      %v29 = arith.muli %v25, %v28 : i64
      %v30 = arith.muli %v23, %v27 : i64
      %v31 = arith.addi %v29, %v30 : i64
      %v32 = arith.muli %v16, %v2 : i64
      %v33 = arith.addi %v31, %v32 : i64
      %v34 = llvm.mlir.zero : !llvm.ptr
      %v35 = llvm.icmp "ne" %in_h0, %v34 : !llvm.ptr
      %v36 = scf.if %v35 -> (f32) {
        %v37 = llvm.getelementptr %in_h0[%v33] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v38 = llvm.load %v37 : !llvm.ptr -> f32
        scf.yield %v38 : f32
      } else {
        scf.yield %v39 : f32
      }
      llvm.store %v36, %v5 : f32, !llvm.ptr
      %v40 = arith.muli %v25, %v28 : i64
      %v41 = arith.muli %v23, %v27 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.constant 8 : i64
      %v44 = arith.addi %v43, %v16 : i64
      %v45 = arith.muli %v44, %v2 : i64
      %v46 = arith.addi %v42, %v45 : i64
      %v47 = llvm.mlir.zero : !llvm.ptr
      %v48 = llvm.icmp "ne" %in_h0, %v47 : !llvm.ptr
      %v49 = scf.if %v48 -> (f32) {
        %v50 = llvm.getelementptr %in_h0[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v51 = llvm.load %v50 : !llvm.ptr -> f32
        scf.yield %v51 : f32
      } else {
        scf.yield %v39 : f32
      }
      llvm.store %v49, %v6 : f32, !llvm.ptr
      %v54 = arith.index_cast %v52 : i64 to index
      %v55 = arith.index_cast %size_L : i64 to index
      %v56 = arith.index_cast %v53 : i64 to index
      scf.for %v57 = %v54 to %v55 step %v56 {
        %v58 = arith.index_cast %v57 : index to i64
        %v59 = arith.subi %size_L, %v58 : i64
        %v60 = arith.minsi %v59, %v53 : i64
        %v61 = arith.divui %v60, %v1 : i64
        %v62 = arith.index_cast %v52 : i64 to index
        %v63 = arith.index_cast %v61 : i64 to index
        %v64 = arith.index_cast %v2 : i64 to index
        scf.for %v65 = %v62 to %v63 step %v64 {
          %v66 = arith.index_cast %v65 : index to i64
          %v67 = arith.muli %v66, %v1 : i64
          %v68 = arith.addi %v67, %v52 : i64
          %v69 = arith.addi %v67, %v2 : i64
          %v71 = arith.addi %v67, %v70 : i64
          %v73 = arith.addi %v67, %v72 : i64
          %v75 = arith.addi %v67, %v74 : i64
          %v77 = arith.addi %v67, %v76 : i64
          %v79 = arith.addi %v67, %v78 : i64
          %v81 = arith.addi %v67, %v80 : i64
          %v82 = arith.addi %v67, %v15 : i64
          %v84 = arith.addi %v67, %v83 : i64
          %v86 = arith.addi %v67, %v85 : i64
          %v88 = arith.addi %v67, %v87 : i64
          %v90 = arith.addi %v67, %v89 : i64
          %v92 = arith.addi %v67, %v91 : i64
          %v94 = arith.addi %v67, %v93 : i64
          %v96 = arith.addi %v67, %v95 : i64
          %v97 = arith.addi %v58, %v68 : i64
          %v100 = arith.muli %v25, %v99 : i64
          %v101 = arith.muli %v97, %v98 : i64
          %v102 = arith.addi %v100, %v101 : i64
          %v103 = arith.muli %v16, %v2 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = llvm.getelementptr %in_Bm[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v106 = llvm.load %v105 : !llvm.ptr -> f32
          %v107 = arith.muli %v25, %v99 : i64
          %v108 = arith.muli %v97, %v98 : i64
          %v109 = arith.addi %v107, %v108 : i64
          %v110 = arith.constant 8 : i64
          %v111 = arith.addi %v110, %v16 : i64
          %v112 = arith.muli %v111, %v2 : i64
          %v113 = arith.addi %v109, %v112 : i64
          %v114 = llvm.getelementptr %in_Bm[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          %v116 = arith.muli %v25, %v99 : i64
          %v117 = arith.muli %v97, %v98 : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = arith.muli %v16, %v2 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = llvm.getelementptr %in_Cm[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v122 = llvm.load %v121 : !llvm.ptr -> f32
          %v123 = arith.muli %v25, %v99 : i64
          %v124 = arith.muli %v97, %v98 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = arith.constant 8 : i64
          %v127 = arith.addi %v126, %v16 : i64
          %v128 = arith.muli %v127, %v2 : i64
          %v129 = arith.addi %v125, %v128 : i64
          %v130 = llvm.getelementptr %in_Cm[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v132 = arith.addi %v58, %v69 : i64
          %v133 = arith.muli %v25, %v99 : i64
          %v134 = arith.muli %v132, %v98 : i64
          %v135 = arith.addi %v133, %v134 : i64
          %v136 = arith.muli %v16, %v2 : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = llvm.getelementptr %in_Bm[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 : !llvm.ptr -> f32
          %v140 = arith.muli %v25, %v99 : i64
          %v141 = arith.muli %v132, %v98 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = arith.constant 8 : i64
          %v144 = arith.addi %v143, %v16 : i64
          %v145 = arith.muli %v144, %v2 : i64
          %v146 = arith.addi %v142, %v145 : i64
          %v147 = llvm.getelementptr %in_Bm[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.muli %v25, %v99 : i64
          %v150 = arith.muli %v132, %v98 : i64
          %v151 = arith.addi %v149, %v150 : i64
          %v152 = arith.muli %v16, %v2 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = llvm.getelementptr %in_Cm[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 : !llvm.ptr -> f32
          %v156 = arith.muli %v25, %v99 : i64
          %v157 = arith.muli %v132, %v98 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.constant 8 : i64
          %v160 = arith.addi %v159, %v16 : i64
          %v161 = arith.muli %v160, %v2 : i64
          %v162 = arith.addi %v158, %v161 : i64
          %v163 = llvm.getelementptr %in_Cm[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.addi %v58, %v71 : i64
          %v166 = arith.muli %v25, %v99 : i64
          %v167 = arith.muli %v165, %v98 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = arith.muli %v16, %v2 : i64
          %v170 = arith.addi %v168, %v169 : i64
          %v171 = llvm.getelementptr %in_Bm[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v172 = llvm.load %v171 : !llvm.ptr -> f32
          %v173 = arith.muli %v25, %v99 : i64
          %v174 = arith.muli %v165, %v98 : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = arith.constant 8 : i64
          %v177 = arith.addi %v176, %v16 : i64
          %v178 = arith.muli %v177, %v2 : i64
          %v179 = arith.addi %v175, %v178 : i64
          %v180 = llvm.getelementptr %in_Bm[%v179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v181 = llvm.load %v180 : !llvm.ptr -> f32
          %v182 = arith.muli %v25, %v99 : i64
          %v183 = arith.muli %v165, %v98 : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = arith.muli %v16, %v2 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = llvm.getelementptr %in_Cm[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v188 = llvm.load %v187 : !llvm.ptr -> f32
          %v189 = arith.muli %v25, %v99 : i64
          %v190 = arith.muli %v165, %v98 : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = arith.constant 8 : i64
          %v193 = arith.addi %v192, %v16 : i64
          %v194 = arith.muli %v193, %v2 : i64
          %v195 = arith.addi %v191, %v194 : i64
          %v196 = llvm.getelementptr %in_Cm[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v197 = llvm.load %v196 : !llvm.ptr -> f32
          %v198 = arith.addi %v58, %v73 : i64
          %v199 = arith.muli %v25, %v99 : i64
          %v200 = arith.muli %v198, %v98 : i64
          %v201 = arith.addi %v199, %v200 : i64
          %v202 = arith.muli %v16, %v2 : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = llvm.getelementptr %in_Bm[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.muli %v25, %v99 : i64
          %v207 = arith.muli %v198, %v98 : i64
          %v208 = arith.addi %v206, %v207 : i64
          %v209 = arith.constant 8 : i64
          %v210 = arith.addi %v209, %v16 : i64
          %v211 = arith.muli %v210, %v2 : i64
          %v212 = arith.addi %v208, %v211 : i64
          %v213 = llvm.getelementptr %in_Bm[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v214 = llvm.load %v213 : !llvm.ptr -> f32
          %v215 = arith.muli %v25, %v99 : i64
          %v216 = arith.muli %v198, %v98 : i64
          %v217 = arith.addi %v215, %v216 : i64
          %v218 = arith.muli %v16, %v2 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = llvm.getelementptr %in_Cm[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v221 = llvm.load %v220 : !llvm.ptr -> f32
          %v222 = arith.muli %v25, %v99 : i64
          %v223 = arith.muli %v198, %v98 : i64
          %v224 = arith.addi %v222, %v223 : i64
          %v225 = arith.constant 8 : i64
          %v226 = arith.addi %v225, %v16 : i64
          %v227 = arith.muli %v226, %v2 : i64
          %v228 = arith.addi %v224, %v227 : i64
          %v229 = llvm.getelementptr %in_Cm[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v230 = llvm.load %v229 : !llvm.ptr -> f32
          %v231 = arith.addi %v58, %v75 : i64
          %v232 = arith.muli %v25, %v99 : i64
          %v233 = arith.muli %v231, %v98 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.muli %v16, %v2 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = llvm.getelementptr %in_Bm[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v239 = arith.muli %v25, %v99 : i64
          %v240 = arith.muli %v231, %v98 : i64
          %v241 = arith.addi %v239, %v240 : i64
          %v242 = arith.constant 8 : i64
          %v243 = arith.addi %v242, %v16 : i64
          %v244 = arith.muli %v243, %v2 : i64
          %v245 = arith.addi %v241, %v244 : i64
          %v246 = llvm.getelementptr %in_Bm[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v247 = llvm.load %v246 : !llvm.ptr -> f32
          %v248 = arith.muli %v25, %v99 : i64
          %v249 = arith.muli %v231, %v98 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = arith.muli %v16, %v2 : i64
          %v252 = arith.addi %v250, %v251 : i64
          %v253 = llvm.getelementptr %in_Cm[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = arith.muli %v25, %v99 : i64
          %v256 = arith.muli %v231, %v98 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.constant 8 : i64
          %v259 = arith.addi %v258, %v16 : i64
          %v260 = arith.muli %v259, %v2 : i64
          %v261 = arith.addi %v257, %v260 : i64
          %v262 = llvm.getelementptr %in_Cm[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v263 = llvm.load %v262 : !llvm.ptr -> f32
          %v264 = arith.addi %v58, %v77 : i64
          %v265 = arith.muli %v25, %v99 : i64
          %v266 = arith.muli %v264, %v98 : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = arith.muli %v16, %v2 : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = llvm.getelementptr %in_Bm[%v269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v271 = llvm.load %v270 : !llvm.ptr -> f32
          %v272 = arith.muli %v25, %v99 : i64
          %v273 = arith.muli %v264, %v98 : i64
          %v274 = arith.addi %v272, %v273 : i64
          %v275 = arith.constant 8 : i64
          %v276 = arith.addi %v275, %v16 : i64
          %v277 = arith.muli %v276, %v2 : i64
          %v278 = arith.addi %v274, %v277 : i64
          %v279 = llvm.getelementptr %in_Bm[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v280 = llvm.load %v279 : !llvm.ptr -> f32
          %v281 = arith.muli %v25, %v99 : i64
          %v282 = arith.muli %v264, %v98 : i64
          %v283 = arith.addi %v281, %v282 : i64
          %v284 = arith.muli %v16, %v2 : i64
          %v285 = arith.addi %v283, %v284 : i64
          %v286 = llvm.getelementptr %in_Cm[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v287 = llvm.load %v286 : !llvm.ptr -> f32
          %v288 = arith.muli %v25, %v99 : i64
          %v289 = arith.muli %v264, %v98 : i64
          %v290 = arith.addi %v288, %v289 : i64
          %v291 = arith.constant 8 : i64
          %v292 = arith.addi %v291, %v16 : i64
          %v293 = arith.muli %v292, %v2 : i64
          %v294 = arith.addi %v290, %v293 : i64
          %v295 = llvm.getelementptr %in_Cm[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v296 = llvm.load %v295 : !llvm.ptr -> f32
          %v297 = arith.addi %v58, %v79 : i64
          %v298 = arith.muli %v25, %v99 : i64
          %v299 = arith.muli %v297, %v98 : i64
          %v300 = arith.addi %v298, %v299 : i64
          %v301 = arith.muli %v16, %v2 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = llvm.getelementptr %in_Bm[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = arith.muli %v25, %v99 : i64
          %v306 = arith.muli %v297, %v98 : i64
          %v307 = arith.addi %v305, %v306 : i64
          %v308 = arith.constant 8 : i64
          %v309 = arith.addi %v308, %v16 : i64
          %v310 = arith.muli %v309, %v2 : i64
          %v311 = arith.addi %v307, %v310 : i64
          %v312 = llvm.getelementptr %in_Bm[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v313 = llvm.load %v312 : !llvm.ptr -> f32
          %v314 = arith.muli %v25, %v99 : i64
          %v315 = arith.muli %v297, %v98 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = arith.muli %v16, %v2 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = llvm.getelementptr %in_Cm[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v320 = llvm.load %v319 : !llvm.ptr -> f32
          %v321 = arith.muli %v25, %v99 : i64
          %v322 = arith.muli %v297, %v98 : i64
          %v323 = arith.addi %v321, %v322 : i64
          %v324 = arith.constant 8 : i64
          %v325 = arith.addi %v324, %v16 : i64
          %v326 = arith.muli %v325, %v2 : i64
          %v327 = arith.addi %v323, %v326 : i64
          %v328 = llvm.getelementptr %in_Cm[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v329 = llvm.load %v328 : !llvm.ptr -> f32
          %v330 = arith.addi %v58, %v81 : i64
          %v331 = arith.muli %v25, %v99 : i64
          %v332 = arith.muli %v330, %v98 : i64
          %v333 = arith.addi %v331, %v332 : i64
          %v334 = arith.muli %v16, %v2 : i64
          %v335 = arith.addi %v333, %v334 : i64
          %v336 = llvm.getelementptr %in_Bm[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v337 = llvm.load %v336 : !llvm.ptr -> f32
          %v338 = arith.muli %v25, %v99 : i64
          %v339 = arith.muli %v330, %v98 : i64
          %v340 = arith.addi %v338, %v339 : i64
          %v341 = arith.constant 8 : i64
          %v342 = arith.addi %v341, %v16 : i64
          %v343 = arith.muli %v342, %v2 : i64
          %v344 = arith.addi %v340, %v343 : i64
          %v345 = llvm.getelementptr %in_Bm[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v346 = llvm.load %v345 : !llvm.ptr -> f32
          %v347 = arith.muli %v25, %v99 : i64
          %v348 = arith.muli %v330, %v98 : i64
          %v349 = arith.addi %v347, %v348 : i64
          %v350 = arith.muli %v16, %v2 : i64
          %v351 = arith.addi %v349, %v350 : i64
          %v352 = llvm.getelementptr %in_Cm[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v353 = llvm.load %v352 : !llvm.ptr -> f32
          %v354 = arith.muli %v25, %v99 : i64
          %v355 = arith.muli %v330, %v98 : i64
          %v356 = arith.addi %v354, %v355 : i64
          %v357 = arith.constant 8 : i64
          %v358 = arith.addi %v357, %v16 : i64
          %v359 = arith.muli %v358, %v2 : i64
          %v360 = arith.addi %v356, %v359 : i64
          %v361 = llvm.getelementptr %in_Cm[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v362 = llvm.load %v361 : !llvm.ptr -> f32
          %v363 = arith.addi %v58, %v82 : i64
          %v364 = arith.muli %v25, %v99 : i64
          %v365 = arith.muli %v363, %v98 : i64
          %v366 = arith.addi %v364, %v365 : i64
          %v367 = arith.muli %v16, %v2 : i64
          %v368 = arith.addi %v366, %v367 : i64
          %v369 = llvm.getelementptr %in_Bm[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v370 = llvm.load %v369 : !llvm.ptr -> f32
          %v371 = arith.muli %v25, %v99 : i64
          %v372 = arith.muli %v363, %v98 : i64
          %v373 = arith.addi %v371, %v372 : i64
          %v374 = arith.constant 8 : i64
          %v375 = arith.addi %v374, %v16 : i64
          %v376 = arith.muli %v375, %v2 : i64
          %v377 = arith.addi %v373, %v376 : i64
          %v378 = llvm.getelementptr %in_Bm[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v379 = llvm.load %v378 : !llvm.ptr -> f32
          %v380 = arith.muli %v25, %v99 : i64
          %v381 = arith.muli %v363, %v98 : i64
          %v382 = arith.addi %v380, %v381 : i64
          %v383 = arith.muli %v16, %v2 : i64
          %v384 = arith.addi %v382, %v383 : i64
          %v385 = llvm.getelementptr %in_Cm[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v386 = llvm.load %v385 : !llvm.ptr -> f32
          %v387 = arith.muli %v25, %v99 : i64
          %v388 = arith.muli %v363, %v98 : i64
          %v389 = arith.addi %v387, %v388 : i64
          %v390 = arith.constant 8 : i64
          %v391 = arith.addi %v390, %v16 : i64
          %v392 = arith.muli %v391, %v2 : i64
          %v393 = arith.addi %v389, %v392 : i64
          %v394 = llvm.getelementptr %in_Cm[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v395 = llvm.load %v394 : !llvm.ptr -> f32
          %v396 = arith.addi %v58, %v84 : i64
          %v397 = arith.muli %v25, %v99 : i64
          %v398 = arith.muli %v396, %v98 : i64
          %v399 = arith.addi %v397, %v398 : i64
          %v400 = arith.muli %v16, %v2 : i64
          %v401 = arith.addi %v399, %v400 : i64
          %v402 = llvm.getelementptr %in_Bm[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v403 = llvm.load %v402 : !llvm.ptr -> f32
          %v404 = arith.muli %v25, %v99 : i64
          %v405 = arith.muli %v396, %v98 : i64
          %v406 = arith.addi %v404, %v405 : i64
          %v407 = arith.constant 8 : i64
          %v408 = arith.addi %v407, %v16 : i64
          %v409 = arith.muli %v408, %v2 : i64
          %v410 = arith.addi %v406, %v409 : i64
          %v411 = llvm.getelementptr %in_Bm[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v412 = llvm.load %v411 : !llvm.ptr -> f32
          %v413 = arith.muli %v25, %v99 : i64
          %v414 = arith.muli %v396, %v98 : i64
          %v415 = arith.addi %v413, %v414 : i64
          %v416 = arith.muli %v16, %v2 : i64
          %v417 = arith.addi %v415, %v416 : i64
          %v418 = llvm.getelementptr %in_Cm[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v419 = llvm.load %v418 : !llvm.ptr -> f32
          %v420 = arith.muli %v25, %v99 : i64
          %v421 = arith.muli %v396, %v98 : i64
          %v422 = arith.addi %v420, %v421 : i64
          %v423 = arith.constant 8 : i64
          %v424 = arith.addi %v423, %v16 : i64
          %v425 = arith.muli %v424, %v2 : i64
          %v426 = arith.addi %v422, %v425 : i64
          %v427 = llvm.getelementptr %in_Cm[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v428 = llvm.load %v427 : !llvm.ptr -> f32
          %v429 = arith.addi %v58, %v86 : i64
          %v430 = arith.muli %v25, %v99 : i64
          %v431 = arith.muli %v429, %v98 : i64
          %v432 = arith.addi %v430, %v431 : i64
          %v433 = arith.muli %v16, %v2 : i64
          %v434 = arith.addi %v432, %v433 : i64
          %v435 = llvm.getelementptr %in_Bm[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v436 = llvm.load %v435 : !llvm.ptr -> f32
          %v437 = arith.muli %v25, %v99 : i64
          %v438 = arith.muli %v429, %v98 : i64
          %v439 = arith.addi %v437, %v438 : i64
          %v440 = arith.constant 8 : i64
          %v441 = arith.addi %v440, %v16 : i64
          %v442 = arith.muli %v441, %v2 : i64
          %v443 = arith.addi %v439, %v442 : i64
          %v444 = llvm.getelementptr %in_Bm[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v445 = llvm.load %v444 : !llvm.ptr -> f32
          %v446 = arith.muli %v25, %v99 : i64
          %v447 = arith.muli %v429, %v98 : i64
          %v448 = arith.addi %v446, %v447 : i64
          %v449 = arith.muli %v16, %v2 : i64
          %v450 = arith.addi %v448, %v449 : i64
          %v451 = llvm.getelementptr %in_Cm[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v452 = llvm.load %v451 : !llvm.ptr -> f32
          %v453 = arith.muli %v25, %v99 : i64
          %v454 = arith.muli %v429, %v98 : i64
          %v455 = arith.addi %v453, %v454 : i64
          %v456 = arith.constant 8 : i64
          %v457 = arith.addi %v456, %v16 : i64
          %v458 = arith.muli %v457, %v2 : i64
          %v459 = arith.addi %v455, %v458 : i64
          %v460 = llvm.getelementptr %in_Cm[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v461 = llvm.load %v460 : !llvm.ptr -> f32
          %v462 = arith.addi %v58, %v88 : i64
          %v463 = arith.muli %v25, %v99 : i64
          %v464 = arith.muli %v462, %v98 : i64
          %v465 = arith.addi %v463, %v464 : i64
          %v466 = arith.muli %v16, %v2 : i64
          %v467 = arith.addi %v465, %v466 : i64
          %v468 = llvm.getelementptr %in_Bm[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v469 = llvm.load %v468 : !llvm.ptr -> f32
          %v470 = arith.muli %v25, %v99 : i64
          %v471 = arith.muli %v462, %v98 : i64
          %v472 = arith.addi %v470, %v471 : i64
          %v473 = arith.constant 8 : i64
          %v474 = arith.addi %v473, %v16 : i64
          %v475 = arith.muli %v474, %v2 : i64
          %v476 = arith.addi %v472, %v475 : i64
          %v477 = llvm.getelementptr %in_Bm[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v478 = llvm.load %v477 : !llvm.ptr -> f32
          %v479 = arith.muli %v25, %v99 : i64
          %v480 = arith.muli %v462, %v98 : i64
          %v481 = arith.addi %v479, %v480 : i64
          %v482 = arith.muli %v16, %v2 : i64
          %v483 = arith.addi %v481, %v482 : i64
          %v484 = llvm.getelementptr %in_Cm[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v485 = llvm.load %v484 : !llvm.ptr -> f32
          %v486 = arith.muli %v25, %v99 : i64
          %v487 = arith.muli %v462, %v98 : i64
          %v488 = arith.addi %v486, %v487 : i64
          %v489 = arith.constant 8 : i64
          %v490 = arith.addi %v489, %v16 : i64
          %v491 = arith.muli %v490, %v2 : i64
          %v492 = arith.addi %v488, %v491 : i64
          %v493 = llvm.getelementptr %in_Cm[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v494 = llvm.load %v493 : !llvm.ptr -> f32
          %v495 = arith.addi %v58, %v90 : i64
          %v496 = arith.muli %v25, %v99 : i64
          %v497 = arith.muli %v495, %v98 : i64
          %v498 = arith.addi %v496, %v497 : i64
          %v499 = arith.muli %v16, %v2 : i64
          %v500 = arith.addi %v498, %v499 : i64
          %v501 = llvm.getelementptr %in_Bm[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v502 = llvm.load %v501 : !llvm.ptr -> f32
          %v503 = arith.muli %v25, %v99 : i64
          %v504 = arith.muli %v495, %v98 : i64
          %v505 = arith.addi %v503, %v504 : i64
          %v506 = arith.constant 8 : i64
          %v507 = arith.addi %v506, %v16 : i64
          %v508 = arith.muli %v507, %v2 : i64
          %v509 = arith.addi %v505, %v508 : i64
          %v510 = llvm.getelementptr %in_Bm[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v511 = llvm.load %v510 : !llvm.ptr -> f32
          %v512 = arith.muli %v25, %v99 : i64
          %v513 = arith.muli %v495, %v98 : i64
          %v514 = arith.addi %v512, %v513 : i64
          %v515 = arith.muli %v16, %v2 : i64
          %v516 = arith.addi %v514, %v515 : i64
          %v517 = llvm.getelementptr %in_Cm[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v518 = llvm.load %v517 : !llvm.ptr -> f32
          %v519 = arith.muli %v25, %v99 : i64
          %v520 = arith.muli %v495, %v98 : i64
          %v521 = arith.addi %v519, %v520 : i64
          %v522 = arith.constant 8 : i64
          %v523 = arith.addi %v522, %v16 : i64
          %v524 = arith.muli %v523, %v2 : i64
          %v525 = arith.addi %v521, %v524 : i64
          %v526 = llvm.getelementptr %in_Cm[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v527 = llvm.load %v526 : !llvm.ptr -> f32
          %v528 = arith.addi %v58, %v92 : i64
          %v529 = arith.muli %v25, %v99 : i64
          %v530 = arith.muli %v528, %v98 : i64
          %v531 = arith.addi %v529, %v530 : i64
          %v532 = arith.muli %v16, %v2 : i64
          %v533 = arith.addi %v531, %v532 : i64
          %v534 = llvm.getelementptr %in_Bm[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v535 = llvm.load %v534 : !llvm.ptr -> f32
          %v536 = arith.muli %v25, %v99 : i64
          %v537 = arith.muli %v528, %v98 : i64
          %v538 = arith.addi %v536, %v537 : i64
          %v539 = arith.constant 8 : i64
          %v540 = arith.addi %v539, %v16 : i64
          %v541 = arith.muli %v540, %v2 : i64
          %v542 = arith.addi %v538, %v541 : i64
          %v543 = llvm.getelementptr %in_Bm[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v544 = llvm.load %v543 : !llvm.ptr -> f32
          %v545 = arith.muli %v25, %v99 : i64
          %v546 = arith.muli %v528, %v98 : i64
          %v547 = arith.addi %v545, %v546 : i64
          %v548 = arith.muli %v16, %v2 : i64
          %v549 = arith.addi %v547, %v548 : i64
          %v550 = llvm.getelementptr %in_Cm[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v551 = llvm.load %v550 : !llvm.ptr -> f32
          %v552 = arith.muli %v25, %v99 : i64
          %v553 = arith.muli %v528, %v98 : i64
          %v554 = arith.addi %v552, %v553 : i64
          %v555 = arith.constant 8 : i64
          %v556 = arith.addi %v555, %v16 : i64
          %v557 = arith.muli %v556, %v2 : i64
          %v558 = arith.addi %v554, %v557 : i64
          %v559 = llvm.getelementptr %in_Cm[%v558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v560 = llvm.load %v559 : !llvm.ptr -> f32
          %v561 = arith.addi %v58, %v94 : i64
          %v562 = arith.muli %v25, %v99 : i64
          %v563 = arith.muli %v561, %v98 : i64
          %v564 = arith.addi %v562, %v563 : i64
          %v565 = arith.muli %v16, %v2 : i64
          %v566 = arith.addi %v564, %v565 : i64
          %v567 = llvm.getelementptr %in_Bm[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v568 = llvm.load %v567 : !llvm.ptr -> f32
          %v569 = arith.muli %v25, %v99 : i64
          %v570 = arith.muli %v561, %v98 : i64
          %v571 = arith.addi %v569, %v570 : i64
          %v572 = arith.constant 8 : i64
          %v573 = arith.addi %v572, %v16 : i64
          %v574 = arith.muli %v573, %v2 : i64
          %v575 = arith.addi %v571, %v574 : i64
          %v576 = llvm.getelementptr %in_Bm[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v577 = llvm.load %v576 : !llvm.ptr -> f32
          %v578 = arith.muli %v25, %v99 : i64
          %v579 = arith.muli %v561, %v98 : i64
          %v580 = arith.addi %v578, %v579 : i64
          %v581 = arith.muli %v16, %v2 : i64
          %v582 = arith.addi %v580, %v581 : i64
          %v583 = llvm.getelementptr %in_Cm[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v584 = llvm.load %v583 : !llvm.ptr -> f32
          %v585 = arith.muli %v25, %v99 : i64
          %v586 = arith.muli %v561, %v98 : i64
          %v587 = arith.addi %v585, %v586 : i64
          %v588 = arith.constant 8 : i64
          %v589 = arith.addi %v588, %v16 : i64
          %v590 = arith.muli %v589, %v2 : i64
          %v591 = arith.addi %v587, %v590 : i64
          %v592 = llvm.getelementptr %in_Cm[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v593 = llvm.load %v592 : !llvm.ptr -> f32
          %v594 = arith.addi %v58, %v96 : i64
          %v595 = arith.muli %v25, %v99 : i64
          %v596 = arith.muli %v594, %v98 : i64
          %v597 = arith.addi %v595, %v596 : i64
          %v598 = arith.muli %v16, %v2 : i64
          %v599 = arith.addi %v597, %v598 : i64
          %v600 = llvm.getelementptr %in_Bm[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v601 = llvm.load %v600 : !llvm.ptr -> f32
          %v602 = arith.muli %v25, %v99 : i64
          %v603 = arith.muli %v594, %v98 : i64
          %v604 = arith.addi %v602, %v603 : i64
          %v605 = arith.constant 8 : i64
          %v606 = arith.addi %v605, %v16 : i64
          %v607 = arith.muli %v606, %v2 : i64
          %v608 = arith.addi %v604, %v607 : i64
          %v609 = llvm.getelementptr %in_Bm[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v610 = llvm.load %v609 : !llvm.ptr -> f32
          %v611 = arith.muli %v25, %v99 : i64
          %v612 = arith.muli %v594, %v98 : i64
          %v613 = arith.addi %v611, %v612 : i64
          %v614 = arith.muli %v16, %v2 : i64
          %v615 = arith.addi %v613, %v614 : i64
          %v616 = llvm.getelementptr %in_Cm[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v617 = llvm.load %v616 : !llvm.ptr -> f32
          %v618 = arith.muli %v25, %v99 : i64
          %v619 = arith.muli %v594, %v98 : i64
          %v620 = arith.addi %v618, %v619 : i64
          %v621 = arith.constant 8 : i64
          %v622 = arith.addi %v621, %v16 : i64
          %v623 = arith.muli %v622, %v2 : i64
          %v624 = arith.addi %v620, %v623 : i64
          %v625 = llvm.getelementptr %in_Cm[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v626 = llvm.load %v625 : !llvm.ptr -> f32
          %v627 = arith.addi %v67, %v52 : i64
          %v628 = arith.addi %v627, %v16 : i64
          %v629 = arith.addi %v58, %v628 : i64
          %v632 = arith.muli %v25, %v631 : i64
          %v633 = arith.muli %v629, %v630 : i64
          %v634 = arith.addi %v632, %v633 : i64
          %v635 = arith.muli %v23, %v2 : i64
          %v636 = arith.addi %v634, %v635 : i64
          %v637 = llvm.getelementptr %in_delta[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v638 = llvm.load %v637 : !llvm.ptr -> f32
          %v642 = arith.addf %v638, %v641 fastmath<contract> : f32
          %v643 = arith.maximumf %v642, %v39 : f32
          %v644 = llvm.call_intrinsic "llvm.fabs.f32"(%v642) : (f32) -> f32
          %v645 = arith.negf %v644 : f32
          %v647 = arith.mulf %v645, %v646 fastmath<contract> : f32
          %v648 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v647) : (f32) -> f32
          %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
          %v651 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v650) : (f32) -> f32
          %v653 = arith.mulf %v651, %v652 fastmath<contract> : f32
          %v655 = arith.mulf %v654, %v648 fastmath<contract> : f32
          %v657 = arith.addf %v655, %v656 fastmath<contract> : f32
          %v658 = arith.mulf %v657, %v648 fastmath<contract> : f32
          %v660 = arith.addf %v658, %v659 fastmath<contract> : f32
          %v661 = arith.mulf %v660, %v648 fastmath<contract> : f32
          %v663 = arith.addf %v661, %v662 fastmath<contract> : f32
          %v664 = arith.mulf %v663, %v648 fastmath<contract> : f32
          %v666 = arith.addf %v664, %v665 fastmath<contract> : f32
          %v667 = arith.mulf %v666, %v648 fastmath<contract> : f32
          %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
          %v670 = arith.mulf %v669, %v648 fastmath<contract> : f32
          %v671 = arith.addf %v670, %v649 fastmath<contract> : f32
          %v672 = arith.mulf %v671, %v648 fastmath<contract> : f32
          %v673 = llvm.call_intrinsic "llvm.fabs.f32"(%v648) : (f32) -> f32
          %v675 = arith.cmpf olt, %v673, %v674 : f32
          %v676 = arith.select %v675, %v672, %v653 : f32
          %v677 = arith.addf %v643, %v676 fastmath<contract> : f32
          %v678 = arith.muli %v25, %v631 : i64
          %v679 = arith.muli %v629, %v630 : i64
          %v680 = arith.addi %v678, %v679 : i64
          %v681 = arith.muli %v23, %v2 : i64
          %v682 = arith.addi %v680, %v681 : i64
          %v683 = llvm.getelementptr %in_u[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v684 = llvm.load %v683 : !llvm.ptr -> f32
          %v685 = arith.mulf %v677, %v684 fastmath<contract> : f32
          %v689 = arith.mulf %v684, %v688 fastmath<contract> : f32
          %v690 = arith.muli %v25, %v631 : i64
          %v691 = arith.muli %v629, %v630 : i64
          %v692 = arith.addi %v690, %v691 : i64
          %v693 = arith.muli %v23, %v2 : i64
          %v694 = arith.addi %v692, %v693 : i64
          %v695 = llvm.getelementptr %in_z[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v696 = llvm.load %v695 : !llvm.ptr -> f32
          %v697 = arith.negf %v696 : f32
          %v698 = arith.mulf %v697, %v646 fastmath<contract> : f32
          %v699 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v698) : (f32) -> f32
          %v700 = arith.addf %v649, %v699 fastmath<contract> : f32
          %v701 = arith.divf %v649, %v700 : f32
          %v702 = arith.mulf %v696, %v701 fastmath<contract> : f32
          %v703 = arith.addi %v67, %v15 : i64
          %v704 = arith.addi %v703, %v16 : i64
          %v705 = arith.addi %v58, %v704 : i64
          %v706 = arith.muli %v25, %v631 : i64
          %v707 = arith.muli %v705, %v630 : i64
          %v708 = arith.addi %v706, %v707 : i64
          %v709 = arith.muli %v23, %v2 : i64
          %v710 = arith.addi %v708, %v709 : i64
          %v711 = llvm.getelementptr %in_delta[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v712 = llvm.load %v711 : !llvm.ptr -> f32
          %v713 = arith.addf %v712, %v641 fastmath<contract> : f32
          %v714 = arith.maximumf %v713, %v39 : f32
          %v715 = llvm.call_intrinsic "llvm.fabs.f32"(%v713) : (f32) -> f32
          %v716 = arith.negf %v715 : f32
          %v717 = arith.mulf %v716, %v646 fastmath<contract> : f32
          %v718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v717) : (f32) -> f32
          %v719 = arith.addf %v649, %v718 fastmath<contract> : f32
          %v720 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v719) : (f32) -> f32
          %v721 = arith.mulf %v720, %v652 fastmath<contract> : f32
          %v722 = arith.mulf %v654, %v718 fastmath<contract> : f32
          %v723 = arith.addf %v722, %v656 fastmath<contract> : f32
          %v724 = arith.mulf %v723, %v718 fastmath<contract> : f32
          %v725 = arith.addf %v724, %v659 fastmath<contract> : f32
          %v726 = arith.mulf %v725, %v718 fastmath<contract> : f32
          %v727 = arith.addf %v726, %v662 fastmath<contract> : f32
          %v728 = arith.mulf %v727, %v718 fastmath<contract> : f32
          %v729 = arith.addf %v728, %v665 fastmath<contract> : f32
          %v730 = arith.mulf %v729, %v718 fastmath<contract> : f32
          %v731 = arith.addf %v730, %v668 fastmath<contract> : f32
          %v732 = arith.mulf %v731, %v718 fastmath<contract> : f32
          %v733 = arith.addf %v732, %v649 fastmath<contract> : f32
          %v734 = arith.mulf %v733, %v718 fastmath<contract> : f32
          %v735 = llvm.call_intrinsic "llvm.fabs.f32"(%v718) : (f32) -> f32
          %v736 = arith.cmpf olt, %v735, %v674 : f32
          %v737 = arith.select %v736, %v734, %v721 : f32
          %v738 = arith.addf %v714, %v737 fastmath<contract> : f32
          %v739 = arith.muli %v25, %v631 : i64
          %v740 = arith.muli %v705, %v630 : i64
          %v741 = arith.addi %v739, %v740 : i64
          %v742 = arith.muli %v23, %v2 : i64
          %v743 = arith.addi %v741, %v742 : i64
          %v744 = llvm.getelementptr %in_u[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v745 = llvm.load %v744 : !llvm.ptr -> f32
          %v746 = arith.mulf %v738, %v745 fastmath<contract> : f32
          %v747 = arith.mulf %v745, %v688 fastmath<contract> : f32
          %v748 = arith.muli %v25, %v631 : i64
          %v749 = arith.muli %v705, %v630 : i64
          %v750 = arith.addi %v748, %v749 : i64
          %v751 = arith.muli %v23, %v2 : i64
          %v752 = arith.addi %v750, %v751 : i64
          %v753 = llvm.getelementptr %in_z[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v754 = llvm.load %v753 : !llvm.ptr -> f32
          %v755 = arith.negf %v754 : f32
          %v756 = arith.mulf %v755, %v646 fastmath<contract> : f32
          %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
          %v758 = arith.addf %v649, %v757 fastmath<contract> : f32
          %v759 = arith.divf %v649, %v758 : f32
          %v760 = arith.mulf %v754, %v759 fastmath<contract> : f32
          %v797 = arith.addi %v58, %v68 : i64
          %v798, %v799 = gpu.shuffle idx %v677, %v765, %v796 : f32
          %v800, %v801 = gpu.shuffle idx %v685, %v765, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v802 = arith.remui %v797, %v9 : i64
          %v803 = arith.cmpi eq, %v802, %v52 : i64
          %v804 = arith.andi %v803, %v20 : i1
          scf.if %v804 {
            %v805 = arith.divui %v797, %v9 : i64
            %v806 = llvm.mlir.zero : !llvm.ptr
            %v807 = llvm.icmp "ne" %ckpt_h, %v806 : !llvm.ptr
            scf.if %v807 {
              %v811 = arith.muli %v805, %v810 : i64
              %v812 = llvm.load %v5 : !llvm.ptr -> f32
              %v813 = arith.muli %v25, %v28 : i64
              %v814 = arith.muli %v23, %v27 : i64
              %v815 = arith.addi %v813, %v814 : i64
              %v816 = arith.muli %v16, %v2 : i64
              %v817 = arith.addi %v815, %v816 : i64
              %v818 = arith.addi %v811, %v817 : i64
              %v819 = llvm.getelementptr %ckpt_h[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v812, %v819 : f32, !llvm.ptr
              %v820 = llvm.load %v6 : !llvm.ptr -> f32
              %v821 = arith.muli %v25, %v28 : i64
              %v822 = arith.muli %v23, %v27 : i64
              %v823 = arith.addi %v821, %v822 : i64
              %v824 = arith.constant 8 : i64
              %v825 = arith.addi %v824, %v16 : i64
              %v826 = arith.muli %v825, %v2 : i64
              %v827 = arith.addi %v823, %v826 : i64
              %v828 = arith.addi %v811, %v827 : i64
              %v829 = llvm.getelementptr %ckpt_h[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v820, %v829 : f32, !llvm.ptr
            }
          }
          // end save
          %v837 = arith.mulf %v798, %v836 fastmath<contract> : f32
          %v838 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v837) : (f32) -> f32
          %v839 = arith.mulf %v106, %v800 fastmath<contract> : f32
          %v840 = llvm.load %v5 : !llvm.ptr -> f32
          %v841 = arith.mulf %v838, %v840 fastmath<contract> : f32
          %v842 = arith.addf %v841, %v839 fastmath<contract> : f32
          %v851 = arith.mulf %v798, %v850 fastmath<contract> : f32
          %v852 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v851) : (f32) -> f32
          %v853 = arith.mulf %v115, %v800 fastmath<contract> : f32
          %v854 = llvm.load %v6 : !llvm.ptr -> f32
          %v855 = arith.mulf %v852, %v854 fastmath<contract> : f32
          %v856 = arith.addf %v855, %v853 fastmath<contract> : f32
          llvm.store %v842, %v5 : f32, !llvm.ptr
          llvm.store %v856, %v6 : f32, !llvm.ptr
          %v857 = llvm.load %v5 : !llvm.ptr -> f32
          %v858 = arith.mulf %v122, %v857 fastmath<contract> : f32
          %v859 = llvm.load %v6 : !llvm.ptr -> f32
          %v860 = arith.mulf %v131, %v859 fastmath<contract> : f32
          %v861 = arith.addf %v858, %v860 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v864, %v865 = gpu.shuffle xor %v861, %v862, %v863 : f32
          %v866 = arith.addf %v861, %v864 fastmath<contract> : f32
          %v868, %v869 = gpu.shuffle xor %v866, %v867, %v863 : f32
          %v870 = arith.addf %v866, %v868 fastmath<contract> : f32
          %v872, %v873 = gpu.shuffle xor %v870, %v871, %v863 : f32
          %v874 = arith.addf %v870, %v872 fastmath<contract> : f32
          // end sum over the lanes
          %v875 = arith.addi %v58, %v69 : i64
          %v876, %v877 = gpu.shuffle idx %v677, %v769, %v796 : f32
          %v878, %v879 = gpu.shuffle idx %v685, %v769, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v880 = arith.remui %v875, %v9 : i64
          %v881 = arith.cmpi eq, %v880, %v52 : i64
          %v882 = arith.andi %v881, %v20 : i1
          scf.if %v882 {
            %v883 = arith.divui %v875, %v9 : i64
            %v884 = llvm.mlir.zero : !llvm.ptr
            %v885 = llvm.icmp "ne" %ckpt_h, %v884 : !llvm.ptr
            scf.if %v885 {
              %v889 = arith.muli %v883, %v888 : i64
              %v890 = llvm.load %v5 : !llvm.ptr -> f32
              %v891 = arith.muli %v25, %v28 : i64
              %v892 = arith.muli %v23, %v27 : i64
              %v893 = arith.addi %v891, %v892 : i64
              %v894 = arith.muli %v16, %v2 : i64
              %v895 = arith.addi %v893, %v894 : i64
              %v896 = arith.addi %v889, %v895 : i64
              %v897 = llvm.getelementptr %ckpt_h[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v890, %v897 : f32, !llvm.ptr
              %v898 = llvm.load %v6 : !llvm.ptr -> f32
              %v899 = arith.muli %v25, %v28 : i64
              %v900 = arith.muli %v23, %v27 : i64
              %v901 = arith.addi %v899, %v900 : i64
              %v902 = arith.constant 8 : i64
              %v903 = arith.addi %v902, %v16 : i64
              %v904 = arith.muli %v903, %v2 : i64
              %v905 = arith.addi %v901, %v904 : i64
              %v906 = arith.addi %v889, %v905 : i64
              %v907 = llvm.getelementptr %ckpt_h[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v898, %v907 : f32, !llvm.ptr
            }
          }
          // end save
          %v909 = arith.mulf %v876, %v908 fastmath<contract> : f32
          %v910 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v909) : (f32) -> f32
          %v911 = arith.mulf %v139, %v878 fastmath<contract> : f32
          %v912 = llvm.load %v5 : !llvm.ptr -> f32
          %v913 = arith.mulf %v910, %v912 fastmath<contract> : f32
          %v914 = arith.addf %v913, %v911 fastmath<contract> : f32
          %v916 = arith.mulf %v876, %v915 fastmath<contract> : f32
          %v917 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v916) : (f32) -> f32
          %v918 = arith.mulf %v148, %v878 fastmath<contract> : f32
          %v919 = llvm.load %v6 : !llvm.ptr -> f32
          %v920 = arith.mulf %v917, %v919 fastmath<contract> : f32
          %v921 = arith.addf %v920, %v918 fastmath<contract> : f32
          llvm.store %v914, %v5 : f32, !llvm.ptr
          llvm.store %v921, %v6 : f32, !llvm.ptr
          %v922 = llvm.load %v5 : !llvm.ptr -> f32
          %v923 = arith.mulf %v155, %v922 fastmath<contract> : f32
          %v924 = llvm.load %v6 : !llvm.ptr -> f32
          %v925 = arith.mulf %v164, %v924 fastmath<contract> : f32
          %v926 = arith.addf %v923, %v925 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v927, %v928 = gpu.shuffle xor %v926, %v862, %v863 : f32
          %v929 = arith.addf %v926, %v927 fastmath<contract> : f32
          %v930, %v931 = gpu.shuffle xor %v929, %v867, %v863 : f32
          %v932 = arith.addf %v929, %v930 fastmath<contract> : f32
          %v933, %v934 = gpu.shuffle xor %v932, %v871, %v863 : f32
          %v935 = arith.addf %v932, %v933 fastmath<contract> : f32
          // end sum over the lanes
          %v936 = arith.addi %v58, %v71 : i64
          %v937, %v938 = gpu.shuffle idx %v677, %v773, %v796 : f32
          %v939, %v940 = gpu.shuffle idx %v685, %v773, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v941 = arith.remui %v936, %v9 : i64
          %v942 = arith.cmpi eq, %v941, %v52 : i64
          %v943 = arith.andi %v942, %v20 : i1
          scf.if %v943 {
            %v944 = arith.divui %v936, %v9 : i64
            %v945 = llvm.mlir.zero : !llvm.ptr
            %v946 = llvm.icmp "ne" %ckpt_h, %v945 : !llvm.ptr
            scf.if %v946 {
              %v950 = arith.muli %v944, %v949 : i64
              %v951 = llvm.load %v5 : !llvm.ptr -> f32
              %v952 = arith.muli %v25, %v28 : i64
              %v953 = arith.muli %v23, %v27 : i64
              %v954 = arith.addi %v952, %v953 : i64
              %v955 = arith.muli %v16, %v2 : i64
              %v956 = arith.addi %v954, %v955 : i64
              %v957 = arith.addi %v950, %v956 : i64
              %v958 = llvm.getelementptr %ckpt_h[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v951, %v958 : f32, !llvm.ptr
              %v959 = llvm.load %v6 : !llvm.ptr -> f32
              %v960 = arith.muli %v25, %v28 : i64
              %v961 = arith.muli %v23, %v27 : i64
              %v962 = arith.addi %v960, %v961 : i64
              %v963 = arith.constant 8 : i64
              %v964 = arith.addi %v963, %v16 : i64
              %v965 = arith.muli %v964, %v2 : i64
              %v966 = arith.addi %v962, %v965 : i64
              %v967 = arith.addi %v950, %v966 : i64
              %v968 = llvm.getelementptr %ckpt_h[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v959, %v968 : f32, !llvm.ptr
            }
          }
          // end save
          %v970 = arith.mulf %v937, %v969 fastmath<contract> : f32
          %v971 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v970) : (f32) -> f32
          %v972 = arith.mulf %v172, %v939 fastmath<contract> : f32
          %v973 = llvm.load %v5 : !llvm.ptr -> f32
          %v974 = arith.mulf %v971, %v973 fastmath<contract> : f32
          %v975 = arith.addf %v974, %v972 fastmath<contract> : f32
          %v977 = arith.mulf %v937, %v976 fastmath<contract> : f32
          %v978 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v977) : (f32) -> f32
          %v979 = arith.mulf %v181, %v939 fastmath<contract> : f32
          %v980 = llvm.load %v6 : !llvm.ptr -> f32
          %v981 = arith.mulf %v978, %v980 fastmath<contract> : f32
          %v982 = arith.addf %v981, %v979 fastmath<contract> : f32
          llvm.store %v975, %v5 : f32, !llvm.ptr
          llvm.store %v982, %v6 : f32, !llvm.ptr
          %v983 = llvm.load %v5 : !llvm.ptr -> f32
          %v984 = arith.mulf %v188, %v983 fastmath<contract> : f32
          %v985 = llvm.load %v6 : !llvm.ptr -> f32
          %v986 = arith.mulf %v197, %v985 fastmath<contract> : f32
          %v987 = arith.addf %v984, %v986 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v988, %v989 = gpu.shuffle xor %v987, %v862, %v863 : f32
          %v990 = arith.addf %v987, %v988 fastmath<contract> : f32
          %v991, %v992 = gpu.shuffle xor %v990, %v867, %v863 : f32
          %v993 = arith.addf %v990, %v991 fastmath<contract> : f32
          %v994, %v995 = gpu.shuffle xor %v993, %v871, %v863 : f32
          %v996 = arith.addf %v993, %v994 fastmath<contract> : f32
          // end sum over the lanes
          %v997 = arith.addi %v58, %v73 : i64
          %v998, %v999 = gpu.shuffle idx %v677, %v777, %v796 : f32
          %v1000, %v1001 = gpu.shuffle idx %v685, %v777, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1002 = arith.remui %v997, %v9 : i64
          %v1003 = arith.cmpi eq, %v1002, %v52 : i64
          %v1004 = arith.andi %v1003, %v20 : i1
          scf.if %v1004 {
            %v1005 = arith.divui %v997, %v9 : i64
            %v1006 = llvm.mlir.zero : !llvm.ptr
            %v1007 = llvm.icmp "ne" %ckpt_h, %v1006 : !llvm.ptr
            scf.if %v1007 {
              %v1011 = arith.muli %v1005, %v1010 : i64
              %v1012 = llvm.load %v5 : !llvm.ptr -> f32
              %v1013 = arith.muli %v25, %v28 : i64
              %v1014 = arith.muli %v23, %v27 : i64
              %v1015 = arith.addi %v1013, %v1014 : i64
              %v1016 = arith.muli %v16, %v2 : i64
              %v1017 = arith.addi %v1015, %v1016 : i64
              %v1018 = arith.addi %v1011, %v1017 : i64
              %v1019 = llvm.getelementptr %ckpt_h[%v1018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1012, %v1019 : f32, !llvm.ptr
              %v1020 = llvm.load %v6 : !llvm.ptr -> f32
              %v1021 = arith.muli %v25, %v28 : i64
              %v1022 = arith.muli %v23, %v27 : i64
              %v1023 = arith.addi %v1021, %v1022 : i64
              %v1024 = arith.constant 8 : i64
              %v1025 = arith.addi %v1024, %v16 : i64
              %v1026 = arith.muli %v1025, %v2 : i64
              %v1027 = arith.addi %v1023, %v1026 : i64
              %v1028 = arith.addi %v1011, %v1027 : i64
              %v1029 = llvm.getelementptr %ckpt_h[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1020, %v1029 : f32, !llvm.ptr
            }
          }
          // end save
          %v1031 = arith.mulf %v998, %v1030 fastmath<contract> : f32
          %v1032 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1031) : (f32) -> f32
          %v1033 = arith.mulf %v205, %v1000 fastmath<contract> : f32
          %v1034 = llvm.load %v5 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v1032, %v1034 fastmath<contract> : f32
          %v1036 = arith.addf %v1035, %v1033 fastmath<contract> : f32
          %v1038 = arith.mulf %v998, %v1037 fastmath<contract> : f32
          %v1039 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1038) : (f32) -> f32
          %v1040 = arith.mulf %v214, %v1000 fastmath<contract> : f32
          %v1041 = llvm.load %v6 : !llvm.ptr -> f32
          %v1042 = arith.mulf %v1039, %v1041 fastmath<contract> : f32
          %v1043 = arith.addf %v1042, %v1040 fastmath<contract> : f32
          llvm.store %v1036, %v5 : f32, !llvm.ptr
          llvm.store %v1043, %v6 : f32, !llvm.ptr
          %v1044 = llvm.load %v5 : !llvm.ptr -> f32
          %v1045 = arith.mulf %v221, %v1044 fastmath<contract> : f32
          %v1046 = llvm.load %v6 : !llvm.ptr -> f32
          %v1047 = arith.mulf %v230, %v1046 fastmath<contract> : f32
          %v1048 = arith.addf %v1045, %v1047 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1049, %v1050 = gpu.shuffle xor %v1048, %v862, %v863 : f32
          %v1051 = arith.addf %v1048, %v1049 fastmath<contract> : f32
          %v1052, %v1053 = gpu.shuffle xor %v1051, %v867, %v863 : f32
          %v1054 = arith.addf %v1051, %v1052 fastmath<contract> : f32
          %v1055, %v1056 = gpu.shuffle xor %v1054, %v871, %v863 : f32
          %v1057 = arith.addf %v1054, %v1055 fastmath<contract> : f32
          // end sum over the lanes
          %v1058 = arith.addi %v58, %v75 : i64
          %v1059, %v1060 = gpu.shuffle idx %v677, %v781, %v796 : f32
          %v1061, %v1062 = gpu.shuffle idx %v685, %v781, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1063 = arith.remui %v1058, %v9 : i64
          %v1064 = arith.cmpi eq, %v1063, %v52 : i64
          %v1065 = arith.andi %v1064, %v20 : i1
          scf.if %v1065 {
            %v1066 = arith.divui %v1058, %v9 : i64
            %v1067 = llvm.mlir.zero : !llvm.ptr
            %v1068 = llvm.icmp "ne" %ckpt_h, %v1067 : !llvm.ptr
            scf.if %v1068 {
              %v1072 = arith.muli %v1066, %v1071 : i64
              %v1073 = llvm.load %v5 : !llvm.ptr -> f32
              %v1074 = arith.muli %v25, %v28 : i64
              %v1075 = arith.muli %v23, %v27 : i64
              %v1076 = arith.addi %v1074, %v1075 : i64
              %v1077 = arith.muli %v16, %v2 : i64
              %v1078 = arith.addi %v1076, %v1077 : i64
              %v1079 = arith.addi %v1072, %v1078 : i64
              %v1080 = llvm.getelementptr %ckpt_h[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1073, %v1080 : f32, !llvm.ptr
              %v1081 = llvm.load %v6 : !llvm.ptr -> f32
              %v1082 = arith.muli %v25, %v28 : i64
              %v1083 = arith.muli %v23, %v27 : i64
              %v1084 = arith.addi %v1082, %v1083 : i64
              %v1085 = arith.constant 8 : i64
              %v1086 = arith.addi %v1085, %v16 : i64
              %v1087 = arith.muli %v1086, %v2 : i64
              %v1088 = arith.addi %v1084, %v1087 : i64
              %v1089 = arith.addi %v1072, %v1088 : i64
              %v1090 = llvm.getelementptr %ckpt_h[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1081, %v1090 : f32, !llvm.ptr
            }
          }
          // end save
          %v1092 = arith.mulf %v1059, %v1091 fastmath<contract> : f32
          %v1093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1092) : (f32) -> f32
          %v1094 = arith.mulf %v238, %v1061 fastmath<contract> : f32
          %v1095 = llvm.load %v5 : !llvm.ptr -> f32
          %v1096 = arith.mulf %v1093, %v1095 fastmath<contract> : f32
          %v1097 = arith.addf %v1096, %v1094 fastmath<contract> : f32
          %v1099 = arith.mulf %v1059, %v1098 fastmath<contract> : f32
          %v1100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1099) : (f32) -> f32
          %v1101 = arith.mulf %v247, %v1061 fastmath<contract> : f32
          %v1102 = llvm.load %v6 : !llvm.ptr -> f32
          %v1103 = arith.mulf %v1100, %v1102 fastmath<contract> : f32
          %v1104 = arith.addf %v1103, %v1101 fastmath<contract> : f32
          llvm.store %v1097, %v5 : f32, !llvm.ptr
          llvm.store %v1104, %v6 : f32, !llvm.ptr
          %v1105 = llvm.load %v5 : !llvm.ptr -> f32
          %v1106 = arith.mulf %v254, %v1105 fastmath<contract> : f32
          %v1107 = llvm.load %v6 : !llvm.ptr -> f32
          %v1108 = arith.mulf %v263, %v1107 fastmath<contract> : f32
          %v1109 = arith.addf %v1106, %v1108 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1110, %v1111 = gpu.shuffle xor %v1109, %v862, %v863 : f32
          %v1112 = arith.addf %v1109, %v1110 fastmath<contract> : f32
          %v1113, %v1114 = gpu.shuffle xor %v1112, %v867, %v863 : f32
          %v1115 = arith.addf %v1112, %v1113 fastmath<contract> : f32
          %v1116, %v1117 = gpu.shuffle xor %v1115, %v871, %v863 : f32
          %v1118 = arith.addf %v1115, %v1116 fastmath<contract> : f32
          // end sum over the lanes
          %v1119 = arith.addi %v58, %v77 : i64
          %v1120, %v1121 = gpu.shuffle idx %v677, %v785, %v796 : f32
          %v1122, %v1123 = gpu.shuffle idx %v685, %v785, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1124 = arith.remui %v1119, %v9 : i64
          %v1125 = arith.cmpi eq, %v1124, %v52 : i64
          %v1126 = arith.andi %v1125, %v20 : i1
          scf.if %v1126 {
            %v1127 = arith.divui %v1119, %v9 : i64
            %v1128 = llvm.mlir.zero : !llvm.ptr
            %v1129 = llvm.icmp "ne" %ckpt_h, %v1128 : !llvm.ptr
            scf.if %v1129 {
              %v1133 = arith.muli %v1127, %v1132 : i64
              %v1134 = llvm.load %v5 : !llvm.ptr -> f32
              %v1135 = arith.muli %v25, %v28 : i64
              %v1136 = arith.muli %v23, %v27 : i64
              %v1137 = arith.addi %v1135, %v1136 : i64
              %v1138 = arith.muli %v16, %v2 : i64
              %v1139 = arith.addi %v1137, %v1138 : i64
              %v1140 = arith.addi %v1133, %v1139 : i64
              %v1141 = llvm.getelementptr %ckpt_h[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1134, %v1141 : f32, !llvm.ptr
              %v1142 = llvm.load %v6 : !llvm.ptr -> f32
              %v1143 = arith.muli %v25, %v28 : i64
              %v1144 = arith.muli %v23, %v27 : i64
              %v1145 = arith.addi %v1143, %v1144 : i64
              %v1146 = arith.constant 8 : i64
              %v1147 = arith.addi %v1146, %v16 : i64
              %v1148 = arith.muli %v1147, %v2 : i64
              %v1149 = arith.addi %v1145, %v1148 : i64
              %v1150 = arith.addi %v1133, %v1149 : i64
              %v1151 = llvm.getelementptr %ckpt_h[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1142, %v1151 : f32, !llvm.ptr
            }
          }
          // end save
          %v1153 = arith.mulf %v1120, %v1152 fastmath<contract> : f32
          %v1154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1153) : (f32) -> f32
          %v1155 = arith.mulf %v271, %v1122 fastmath<contract> : f32
          %v1156 = llvm.load %v5 : !llvm.ptr -> f32
          %v1157 = arith.mulf %v1154, %v1156 fastmath<contract> : f32
          %v1158 = arith.addf %v1157, %v1155 fastmath<contract> : f32
          %v1160 = arith.mulf %v1120, %v1159 fastmath<contract> : f32
          %v1161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1160) : (f32) -> f32
          %v1162 = arith.mulf %v280, %v1122 fastmath<contract> : f32
          %v1163 = llvm.load %v6 : !llvm.ptr -> f32
          %v1164 = arith.mulf %v1161, %v1163 fastmath<contract> : f32
          %v1165 = arith.addf %v1164, %v1162 fastmath<contract> : f32
          llvm.store %v1158, %v5 : f32, !llvm.ptr
          llvm.store %v1165, %v6 : f32, !llvm.ptr
          %v1166 = llvm.load %v5 : !llvm.ptr -> f32
          %v1167 = arith.mulf %v287, %v1166 fastmath<contract> : f32
          %v1168 = llvm.load %v6 : !llvm.ptr -> f32
          %v1169 = arith.mulf %v296, %v1168 fastmath<contract> : f32
          %v1170 = arith.addf %v1167, %v1169 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1171, %v1172 = gpu.shuffle xor %v1170, %v862, %v863 : f32
          %v1173 = arith.addf %v1170, %v1171 fastmath<contract> : f32
          %v1174, %v1175 = gpu.shuffle xor %v1173, %v867, %v863 : f32
          %v1176 = arith.addf %v1173, %v1174 fastmath<contract> : f32
          %v1177, %v1178 = gpu.shuffle xor %v1176, %v871, %v863 : f32
          %v1179 = arith.addf %v1176, %v1177 fastmath<contract> : f32
          // end sum over the lanes
          %v1180 = arith.addi %v58, %v79 : i64
          %v1181, %v1182 = gpu.shuffle idx %v677, %v789, %v796 : f32
          %v1183, %v1184 = gpu.shuffle idx %v685, %v789, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1185 = arith.remui %v1180, %v9 : i64
          %v1186 = arith.cmpi eq, %v1185, %v52 : i64
          %v1187 = arith.andi %v1186, %v20 : i1
          scf.if %v1187 {
            %v1188 = arith.divui %v1180, %v9 : i64
            %v1189 = llvm.mlir.zero : !llvm.ptr
            %v1190 = llvm.icmp "ne" %ckpt_h, %v1189 : !llvm.ptr
            scf.if %v1190 {
              %v1194 = arith.muli %v1188, %v1193 : i64
              %v1195 = llvm.load %v5 : !llvm.ptr -> f32
              %v1196 = arith.muli %v25, %v28 : i64
              %v1197 = arith.muli %v23, %v27 : i64
              %v1198 = arith.addi %v1196, %v1197 : i64
              %v1199 = arith.muli %v16, %v2 : i64
              %v1200 = arith.addi %v1198, %v1199 : i64
              %v1201 = arith.addi %v1194, %v1200 : i64
              %v1202 = llvm.getelementptr %ckpt_h[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1195, %v1202 : f32, !llvm.ptr
              %v1203 = llvm.load %v6 : !llvm.ptr -> f32
              %v1204 = arith.muli %v25, %v28 : i64
              %v1205 = arith.muli %v23, %v27 : i64
              %v1206 = arith.addi %v1204, %v1205 : i64
              %v1207 = arith.constant 8 : i64
              %v1208 = arith.addi %v1207, %v16 : i64
              %v1209 = arith.muli %v1208, %v2 : i64
              %v1210 = arith.addi %v1206, %v1209 : i64
              %v1211 = arith.addi %v1194, %v1210 : i64
              %v1212 = llvm.getelementptr %ckpt_h[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1203, %v1212 : f32, !llvm.ptr
            }
          }
          // end save
          %v1214 = arith.mulf %v1181, %v1213 fastmath<contract> : f32
          %v1215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1214) : (f32) -> f32
          %v1216 = arith.mulf %v304, %v1183 fastmath<contract> : f32
          %v1217 = llvm.load %v5 : !llvm.ptr -> f32
          %v1218 = arith.mulf %v1215, %v1217 fastmath<contract> : f32
          %v1219 = arith.addf %v1218, %v1216 fastmath<contract> : f32
          %v1221 = arith.mulf %v1181, %v1220 fastmath<contract> : f32
          %v1222 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1221) : (f32) -> f32
          %v1223 = arith.mulf %v313, %v1183 fastmath<contract> : f32
          %v1224 = llvm.load %v6 : !llvm.ptr -> f32
          %v1225 = arith.mulf %v1222, %v1224 fastmath<contract> : f32
          %v1226 = arith.addf %v1225, %v1223 fastmath<contract> : f32
          llvm.store %v1219, %v5 : f32, !llvm.ptr
          llvm.store %v1226, %v6 : f32, !llvm.ptr
          %v1227 = llvm.load %v5 : !llvm.ptr -> f32
          %v1228 = arith.mulf %v320, %v1227 fastmath<contract> : f32
          %v1229 = llvm.load %v6 : !llvm.ptr -> f32
          %v1230 = arith.mulf %v329, %v1229 fastmath<contract> : f32
          %v1231 = arith.addf %v1228, %v1230 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1232, %v1233 = gpu.shuffle xor %v1231, %v862, %v863 : f32
          %v1234 = arith.addf %v1231, %v1232 fastmath<contract> : f32
          %v1235, %v1236 = gpu.shuffle xor %v1234, %v867, %v863 : f32
          %v1237 = arith.addf %v1234, %v1235 fastmath<contract> : f32
          %v1238, %v1239 = gpu.shuffle xor %v1237, %v871, %v863 : f32
          %v1240 = arith.addf %v1237, %v1238 fastmath<contract> : f32
          // end sum over the lanes
          %v1241 = arith.addi %v58, %v81 : i64
          %v1242, %v1243 = gpu.shuffle idx %v677, %v793, %v796 : f32
          %v1244, %v1245 = gpu.shuffle idx %v685, %v793, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1246 = arith.remui %v1241, %v9 : i64
          %v1247 = arith.cmpi eq, %v1246, %v52 : i64
          %v1248 = arith.andi %v1247, %v20 : i1
          scf.if %v1248 {
            %v1249 = arith.divui %v1241, %v9 : i64
            %v1250 = llvm.mlir.zero : !llvm.ptr
            %v1251 = llvm.icmp "ne" %ckpt_h, %v1250 : !llvm.ptr
            scf.if %v1251 {
              %v1255 = arith.muli %v1249, %v1254 : i64
              %v1256 = llvm.load %v5 : !llvm.ptr -> f32
              %v1257 = arith.muli %v25, %v28 : i64
              %v1258 = arith.muli %v23, %v27 : i64
              %v1259 = arith.addi %v1257, %v1258 : i64
              %v1260 = arith.muli %v16, %v2 : i64
              %v1261 = arith.addi %v1259, %v1260 : i64
              %v1262 = arith.addi %v1255, %v1261 : i64
              %v1263 = llvm.getelementptr %ckpt_h[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1256, %v1263 : f32, !llvm.ptr
              %v1264 = llvm.load %v6 : !llvm.ptr -> f32
              %v1265 = arith.muli %v25, %v28 : i64
              %v1266 = arith.muli %v23, %v27 : i64
              %v1267 = arith.addi %v1265, %v1266 : i64
              %v1268 = arith.constant 8 : i64
              %v1269 = arith.addi %v1268, %v16 : i64
              %v1270 = arith.muli %v1269, %v2 : i64
              %v1271 = arith.addi %v1267, %v1270 : i64
              %v1272 = arith.addi %v1255, %v1271 : i64
              %v1273 = llvm.getelementptr %ckpt_h[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1264, %v1273 : f32, !llvm.ptr
            }
          }
          // end save
          %v1275 = arith.mulf %v1242, %v1274 fastmath<contract> : f32
          %v1276 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1275) : (f32) -> f32
          %v1277 = arith.mulf %v337, %v1244 fastmath<contract> : f32
          %v1278 = llvm.load %v5 : !llvm.ptr -> f32
          %v1279 = arith.mulf %v1276, %v1278 fastmath<contract> : f32
          %v1280 = arith.addf %v1279, %v1277 fastmath<contract> : f32
          %v1282 = arith.mulf %v1242, %v1281 fastmath<contract> : f32
          %v1283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1282) : (f32) -> f32
          %v1284 = arith.mulf %v346, %v1244 fastmath<contract> : f32
          %v1285 = llvm.load %v6 : !llvm.ptr -> f32
          %v1286 = arith.mulf %v1283, %v1285 fastmath<contract> : f32
          %v1287 = arith.addf %v1286, %v1284 fastmath<contract> : f32
          llvm.store %v1280, %v5 : f32, !llvm.ptr
          llvm.store %v1287, %v6 : f32, !llvm.ptr
          %v1288 = llvm.load %v5 : !llvm.ptr -> f32
          %v1289 = arith.mulf %v353, %v1288 fastmath<contract> : f32
          %v1290 = llvm.load %v6 : !llvm.ptr -> f32
          %v1291 = arith.mulf %v362, %v1290 fastmath<contract> : f32
          %v1292 = arith.addf %v1289, %v1291 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1293, %v1294 = gpu.shuffle xor %v1292, %v862, %v863 : f32
          %v1295 = arith.addf %v1292, %v1293 fastmath<contract> : f32
          %v1296, %v1297 = gpu.shuffle xor %v1295, %v867, %v863 : f32
          %v1298 = arith.addf %v1295, %v1296 fastmath<contract> : f32
          %v1299, %v1300 = gpu.shuffle xor %v1298, %v871, %v863 : f32
          %v1301 = arith.addf %v1298, %v1299 fastmath<contract> : f32
          // end sum over the lanes
          %v1302 = arith.addi %v58, %v82 : i64
          %v1303, %v1304 = gpu.shuffle idx %v738, %v765, %v796 : f32
          %v1305, %v1306 = gpu.shuffle idx %v746, %v765, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1307 = arith.remui %v1302, %v9 : i64
          %v1308 = arith.cmpi eq, %v1307, %v52 : i64
          %v1309 = arith.andi %v1308, %v20 : i1
          scf.if %v1309 {
            %v1310 = arith.divui %v1302, %v9 : i64
            %v1311 = llvm.mlir.zero : !llvm.ptr
            %v1312 = llvm.icmp "ne" %ckpt_h, %v1311 : !llvm.ptr
            scf.if %v1312 {
              %v1316 = arith.muli %v1310, %v1315 : i64
              %v1317 = llvm.load %v5 : !llvm.ptr -> f32
              %v1318 = arith.muli %v25, %v28 : i64
              %v1319 = arith.muli %v23, %v27 : i64
              %v1320 = arith.addi %v1318, %v1319 : i64
              %v1321 = arith.muli %v16, %v2 : i64
              %v1322 = arith.addi %v1320, %v1321 : i64
              %v1323 = arith.addi %v1316, %v1322 : i64
              %v1324 = llvm.getelementptr %ckpt_h[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1317, %v1324 : f32, !llvm.ptr
              %v1325 = llvm.load %v6 : !llvm.ptr -> f32
              %v1326 = arith.muli %v25, %v28 : i64
              %v1327 = arith.muli %v23, %v27 : i64
              %v1328 = arith.addi %v1326, %v1327 : i64
              %v1329 = arith.constant 8 : i64
              %v1330 = arith.addi %v1329, %v16 : i64
              %v1331 = arith.muli %v1330, %v2 : i64
              %v1332 = arith.addi %v1328, %v1331 : i64
              %v1333 = arith.addi %v1316, %v1332 : i64
              %v1334 = llvm.getelementptr %ckpt_h[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1325, %v1334 : f32, !llvm.ptr
            }
          }
          // end save
          %v1336 = arith.mulf %v1303, %v1335 fastmath<contract> : f32
          %v1337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1336) : (f32) -> f32
          %v1338 = arith.mulf %v370, %v1305 fastmath<contract> : f32
          %v1339 = llvm.load %v5 : !llvm.ptr -> f32
          %v1340 = arith.mulf %v1337, %v1339 fastmath<contract> : f32
          %v1341 = arith.addf %v1340, %v1338 fastmath<contract> : f32
          %v1343 = arith.mulf %v1303, %v1342 fastmath<contract> : f32
          %v1344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1343) : (f32) -> f32
          %v1345 = arith.mulf %v379, %v1305 fastmath<contract> : f32
          %v1346 = llvm.load %v6 : !llvm.ptr -> f32
          %v1347 = arith.mulf %v1344, %v1346 fastmath<contract> : f32
          %v1348 = arith.addf %v1347, %v1345 fastmath<contract> : f32
          llvm.store %v1341, %v5 : f32, !llvm.ptr
          llvm.store %v1348, %v6 : f32, !llvm.ptr
          %v1349 = llvm.load %v5 : !llvm.ptr -> f32
          %v1350 = arith.mulf %v386, %v1349 fastmath<contract> : f32
          %v1351 = llvm.load %v6 : !llvm.ptr -> f32
          %v1352 = arith.mulf %v395, %v1351 fastmath<contract> : f32
          %v1353 = arith.addf %v1350, %v1352 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1354, %v1355 = gpu.shuffle xor %v1353, %v862, %v863 : f32
          %v1356 = arith.addf %v1353, %v1354 fastmath<contract> : f32
          %v1357, %v1358 = gpu.shuffle xor %v1356, %v867, %v863 : f32
          %v1359 = arith.addf %v1356, %v1357 fastmath<contract> : f32
          %v1360, %v1361 = gpu.shuffle xor %v1359, %v871, %v863 : f32
          %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
          // end sum over the lanes
          %v1363 = arith.addi %v58, %v84 : i64
          %v1364, %v1365 = gpu.shuffle idx %v738, %v769, %v796 : f32
          %v1366, %v1367 = gpu.shuffle idx %v746, %v769, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1368 = arith.remui %v1363, %v9 : i64
          %v1369 = arith.cmpi eq, %v1368, %v52 : i64
          %v1370 = arith.andi %v1369, %v20 : i1
          scf.if %v1370 {
            %v1371 = arith.divui %v1363, %v9 : i64
            %v1372 = llvm.mlir.zero : !llvm.ptr
            %v1373 = llvm.icmp "ne" %ckpt_h, %v1372 : !llvm.ptr
            scf.if %v1373 {
              %v1377 = arith.muli %v1371, %v1376 : i64
              %v1378 = llvm.load %v5 : !llvm.ptr -> f32
              %v1379 = arith.muli %v25, %v28 : i64
              %v1380 = arith.muli %v23, %v27 : i64
              %v1381 = arith.addi %v1379, %v1380 : i64
              %v1382 = arith.muli %v16, %v2 : i64
              %v1383 = arith.addi %v1381, %v1382 : i64
              %v1384 = arith.addi %v1377, %v1383 : i64
              %v1385 = llvm.getelementptr %ckpt_h[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1378, %v1385 : f32, !llvm.ptr
              %v1386 = llvm.load %v6 : !llvm.ptr -> f32
              %v1387 = arith.muli %v25, %v28 : i64
              %v1388 = arith.muli %v23, %v27 : i64
              %v1389 = arith.addi %v1387, %v1388 : i64
              %v1390 = arith.constant 8 : i64
              %v1391 = arith.addi %v1390, %v16 : i64
              %v1392 = arith.muli %v1391, %v2 : i64
              %v1393 = arith.addi %v1389, %v1392 : i64
              %v1394 = arith.addi %v1377, %v1393 : i64
              %v1395 = llvm.getelementptr %ckpt_h[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1386, %v1395 : f32, !llvm.ptr
            }
          }
          // end save
          %v1397 = arith.mulf %v1364, %v1396 fastmath<contract> : f32
          %v1398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1397) : (f32) -> f32
          %v1399 = arith.mulf %v403, %v1366 fastmath<contract> : f32
          %v1400 = llvm.load %v5 : !llvm.ptr -> f32
          %v1401 = arith.mulf %v1398, %v1400 fastmath<contract> : f32
          %v1402 = arith.addf %v1401, %v1399 fastmath<contract> : f32
          %v1404 = arith.mulf %v1364, %v1403 fastmath<contract> : f32
          %v1405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1404) : (f32) -> f32
          %v1406 = arith.mulf %v412, %v1366 fastmath<contract> : f32
          %v1407 = llvm.load %v6 : !llvm.ptr -> f32
          %v1408 = arith.mulf %v1405, %v1407 fastmath<contract> : f32
          %v1409 = arith.addf %v1408, %v1406 fastmath<contract> : f32
          llvm.store %v1402, %v5 : f32, !llvm.ptr
          llvm.store %v1409, %v6 : f32, !llvm.ptr
          %v1410 = llvm.load %v5 : !llvm.ptr -> f32
          %v1411 = arith.mulf %v419, %v1410 fastmath<contract> : f32
          %v1412 = llvm.load %v6 : !llvm.ptr -> f32
          %v1413 = arith.mulf %v428, %v1412 fastmath<contract> : f32
          %v1414 = arith.addf %v1411, %v1413 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1415, %v1416 = gpu.shuffle xor %v1414, %v862, %v863 : f32
          %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
          %v1418, %v1419 = gpu.shuffle xor %v1417, %v867, %v863 : f32
          %v1420 = arith.addf %v1417, %v1418 fastmath<contract> : f32
          %v1421, %v1422 = gpu.shuffle xor %v1420, %v871, %v863 : f32
          %v1423 = arith.addf %v1420, %v1421 fastmath<contract> : f32
          // end sum over the lanes
          %v1424 = arith.addi %v58, %v86 : i64
          %v1425, %v1426 = gpu.shuffle idx %v738, %v773, %v796 : f32
          %v1427, %v1428 = gpu.shuffle idx %v746, %v773, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1429 = arith.remui %v1424, %v9 : i64
          %v1430 = arith.cmpi eq, %v1429, %v52 : i64
          %v1431 = arith.andi %v1430, %v20 : i1
          scf.if %v1431 {
            %v1432 = arith.divui %v1424, %v9 : i64
            %v1433 = llvm.mlir.zero : !llvm.ptr
            %v1434 = llvm.icmp "ne" %ckpt_h, %v1433 : !llvm.ptr
            scf.if %v1434 {
              %v1438 = arith.muli %v1432, %v1437 : i64
              %v1439 = llvm.load %v5 : !llvm.ptr -> f32
              %v1440 = arith.muli %v25, %v28 : i64
              %v1441 = arith.muli %v23, %v27 : i64
              %v1442 = arith.addi %v1440, %v1441 : i64
              %v1443 = arith.muli %v16, %v2 : i64
              %v1444 = arith.addi %v1442, %v1443 : i64
              %v1445 = arith.addi %v1438, %v1444 : i64
              %v1446 = llvm.getelementptr %ckpt_h[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1439, %v1446 : f32, !llvm.ptr
              %v1447 = llvm.load %v6 : !llvm.ptr -> f32
              %v1448 = arith.muli %v25, %v28 : i64
              %v1449 = arith.muli %v23, %v27 : i64
              %v1450 = arith.addi %v1448, %v1449 : i64
              %v1451 = arith.constant 8 : i64
              %v1452 = arith.addi %v1451, %v16 : i64
              %v1453 = arith.muli %v1452, %v2 : i64
              %v1454 = arith.addi %v1450, %v1453 : i64
              %v1455 = arith.addi %v1438, %v1454 : i64
              %v1456 = llvm.getelementptr %ckpt_h[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1447, %v1456 : f32, !llvm.ptr
            }
          }
          // end save
          %v1458 = arith.mulf %v1425, %v1457 fastmath<contract> : f32
          %v1459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1458) : (f32) -> f32
          %v1460 = arith.mulf %v436, %v1427 fastmath<contract> : f32
          %v1461 = llvm.load %v5 : !llvm.ptr -> f32
          %v1462 = arith.mulf %v1459, %v1461 fastmath<contract> : f32
          %v1463 = arith.addf %v1462, %v1460 fastmath<contract> : f32
          %v1465 = arith.mulf %v1425, %v1464 fastmath<contract> : f32
          %v1466 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1465) : (f32) -> f32
          %v1467 = arith.mulf %v445, %v1427 fastmath<contract> : f32
          %v1468 = llvm.load %v6 : !llvm.ptr -> f32
          %v1469 = arith.mulf %v1466, %v1468 fastmath<contract> : f32
          %v1470 = arith.addf %v1469, %v1467 fastmath<contract> : f32
          llvm.store %v1463, %v5 : f32, !llvm.ptr
          llvm.store %v1470, %v6 : f32, !llvm.ptr
          %v1471 = llvm.load %v5 : !llvm.ptr -> f32
          %v1472 = arith.mulf %v452, %v1471 fastmath<contract> : f32
          %v1473 = llvm.load %v6 : !llvm.ptr -> f32
          %v1474 = arith.mulf %v461, %v1473 fastmath<contract> : f32
          %v1475 = arith.addf %v1472, %v1474 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1476, %v1477 = gpu.shuffle xor %v1475, %v862, %v863 : f32
          %v1478 = arith.addf %v1475, %v1476 fastmath<contract> : f32
          %v1479, %v1480 = gpu.shuffle xor %v1478, %v867, %v863 : f32
          %v1481 = arith.addf %v1478, %v1479 fastmath<contract> : f32
          %v1482, %v1483 = gpu.shuffle xor %v1481, %v871, %v863 : f32
          %v1484 = arith.addf %v1481, %v1482 fastmath<contract> : f32
          // end sum over the lanes
          %v1485 = arith.addi %v58, %v88 : i64
          %v1486, %v1487 = gpu.shuffle idx %v738, %v777, %v796 : f32
          %v1488, %v1489 = gpu.shuffle idx %v746, %v777, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1490 = arith.remui %v1485, %v9 : i64
          %v1491 = arith.cmpi eq, %v1490, %v52 : i64
          %v1492 = arith.andi %v1491, %v20 : i1
          scf.if %v1492 {
            %v1493 = arith.divui %v1485, %v9 : i64
            %v1494 = llvm.mlir.zero : !llvm.ptr
            %v1495 = llvm.icmp "ne" %ckpt_h, %v1494 : !llvm.ptr
            scf.if %v1495 {
              %v1499 = arith.muli %v1493, %v1498 : i64
              %v1500 = llvm.load %v5 : !llvm.ptr -> f32
              %v1501 = arith.muli %v25, %v28 : i64
              %v1502 = arith.muli %v23, %v27 : i64
              %v1503 = arith.addi %v1501, %v1502 : i64
              %v1504 = arith.muli %v16, %v2 : i64
              %v1505 = arith.addi %v1503, %v1504 : i64
              %v1506 = arith.addi %v1499, %v1505 : i64
              %v1507 = llvm.getelementptr %ckpt_h[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1500, %v1507 : f32, !llvm.ptr
              %v1508 = llvm.load %v6 : !llvm.ptr -> f32
              %v1509 = arith.muli %v25, %v28 : i64
              %v1510 = arith.muli %v23, %v27 : i64
              %v1511 = arith.addi %v1509, %v1510 : i64
              %v1512 = arith.constant 8 : i64
              %v1513 = arith.addi %v1512, %v16 : i64
              %v1514 = arith.muli %v1513, %v2 : i64
              %v1515 = arith.addi %v1511, %v1514 : i64
              %v1516 = arith.addi %v1499, %v1515 : i64
              %v1517 = llvm.getelementptr %ckpt_h[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1508, %v1517 : f32, !llvm.ptr
            }
          }
          // end save
          %v1519 = arith.mulf %v1486, %v1518 fastmath<contract> : f32
          %v1520 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1519) : (f32) -> f32
          %v1521 = arith.mulf %v469, %v1488 fastmath<contract> : f32
          %v1522 = llvm.load %v5 : !llvm.ptr -> f32
          %v1523 = arith.mulf %v1520, %v1522 fastmath<contract> : f32
          %v1524 = arith.addf %v1523, %v1521 fastmath<contract> : f32
          %v1526 = arith.mulf %v1486, %v1525 fastmath<contract> : f32
          %v1527 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1526) : (f32) -> f32
          %v1528 = arith.mulf %v478, %v1488 fastmath<contract> : f32
          %v1529 = llvm.load %v6 : !llvm.ptr -> f32
          %v1530 = arith.mulf %v1527, %v1529 fastmath<contract> : f32
          %v1531 = arith.addf %v1530, %v1528 fastmath<contract> : f32
          llvm.store %v1524, %v5 : f32, !llvm.ptr
          llvm.store %v1531, %v6 : f32, !llvm.ptr
          %v1532 = llvm.load %v5 : !llvm.ptr -> f32
          %v1533 = arith.mulf %v485, %v1532 fastmath<contract> : f32
          %v1534 = llvm.load %v6 : !llvm.ptr -> f32
          %v1535 = arith.mulf %v494, %v1534 fastmath<contract> : f32
          %v1536 = arith.addf %v1533, %v1535 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1537, %v1538 = gpu.shuffle xor %v1536, %v862, %v863 : f32
          %v1539 = arith.addf %v1536, %v1537 fastmath<contract> : f32
          %v1540, %v1541 = gpu.shuffle xor %v1539, %v867, %v863 : f32
          %v1542 = arith.addf %v1539, %v1540 fastmath<contract> : f32
          %v1543, %v1544 = gpu.shuffle xor %v1542, %v871, %v863 : f32
          %v1545 = arith.addf %v1542, %v1543 fastmath<contract> : f32
          // end sum over the lanes
          %v1546 = arith.addi %v58, %v90 : i64
          %v1547, %v1548 = gpu.shuffle idx %v738, %v781, %v796 : f32
          %v1549, %v1550 = gpu.shuffle idx %v746, %v781, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1551 = arith.remui %v1546, %v9 : i64
          %v1552 = arith.cmpi eq, %v1551, %v52 : i64
          %v1553 = arith.andi %v1552, %v20 : i1
          scf.if %v1553 {
            %v1554 = arith.divui %v1546, %v9 : i64
            %v1555 = llvm.mlir.zero : !llvm.ptr
            %v1556 = llvm.icmp "ne" %ckpt_h, %v1555 : !llvm.ptr
            scf.if %v1556 {
              %v1560 = arith.muli %v1554, %v1559 : i64
              %v1561 = llvm.load %v5 : !llvm.ptr -> f32
              %v1562 = arith.muli %v25, %v28 : i64
              %v1563 = arith.muli %v23, %v27 : i64
              %v1564 = arith.addi %v1562, %v1563 : i64
              %v1565 = arith.muli %v16, %v2 : i64
              %v1566 = arith.addi %v1564, %v1565 : i64
              %v1567 = arith.addi %v1560, %v1566 : i64
              %v1568 = llvm.getelementptr %ckpt_h[%v1567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1561, %v1568 : f32, !llvm.ptr
              %v1569 = llvm.load %v6 : !llvm.ptr -> f32
              %v1570 = arith.muli %v25, %v28 : i64
              %v1571 = arith.muli %v23, %v27 : i64
              %v1572 = arith.addi %v1570, %v1571 : i64
              %v1573 = arith.constant 8 : i64
              %v1574 = arith.addi %v1573, %v16 : i64
              %v1575 = arith.muli %v1574, %v2 : i64
              %v1576 = arith.addi %v1572, %v1575 : i64
              %v1577 = arith.addi %v1560, %v1576 : i64
              %v1578 = llvm.getelementptr %ckpt_h[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1569, %v1578 : f32, !llvm.ptr
            }
          }
          // end save
          %v1580 = arith.mulf %v1547, %v1579 fastmath<contract> : f32
          %v1581 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1580) : (f32) -> f32
          %v1582 = arith.mulf %v502, %v1549 fastmath<contract> : f32
          %v1583 = llvm.load %v5 : !llvm.ptr -> f32
          %v1584 = arith.mulf %v1581, %v1583 fastmath<contract> : f32
          %v1585 = arith.addf %v1584, %v1582 fastmath<contract> : f32
          %v1587 = arith.mulf %v1547, %v1586 fastmath<contract> : f32
          %v1588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1587) : (f32) -> f32
          %v1589 = arith.mulf %v511, %v1549 fastmath<contract> : f32
          %v1590 = llvm.load %v6 : !llvm.ptr -> f32
          %v1591 = arith.mulf %v1588, %v1590 fastmath<contract> : f32
          %v1592 = arith.addf %v1591, %v1589 fastmath<contract> : f32
          llvm.store %v1585, %v5 : f32, !llvm.ptr
          llvm.store %v1592, %v6 : f32, !llvm.ptr
          %v1593 = llvm.load %v5 : !llvm.ptr -> f32
          %v1594 = arith.mulf %v518, %v1593 fastmath<contract> : f32
          %v1595 = llvm.load %v6 : !llvm.ptr -> f32
          %v1596 = arith.mulf %v527, %v1595 fastmath<contract> : f32
          %v1597 = arith.addf %v1594, %v1596 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1598, %v1599 = gpu.shuffle xor %v1597, %v862, %v863 : f32
          %v1600 = arith.addf %v1597, %v1598 fastmath<contract> : f32
          %v1601, %v1602 = gpu.shuffle xor %v1600, %v867, %v863 : f32
          %v1603 = arith.addf %v1600, %v1601 fastmath<contract> : f32
          %v1604, %v1605 = gpu.shuffle xor %v1603, %v871, %v863 : f32
          %v1606 = arith.addf %v1603, %v1604 fastmath<contract> : f32
          // end sum over the lanes
          %v1607 = arith.addi %v58, %v92 : i64
          %v1608, %v1609 = gpu.shuffle idx %v738, %v785, %v796 : f32
          %v1610, %v1611 = gpu.shuffle idx %v746, %v785, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1612 = arith.remui %v1607, %v9 : i64
          %v1613 = arith.cmpi eq, %v1612, %v52 : i64
          %v1614 = arith.andi %v1613, %v20 : i1
          scf.if %v1614 {
            %v1615 = arith.divui %v1607, %v9 : i64
            %v1616 = llvm.mlir.zero : !llvm.ptr
            %v1617 = llvm.icmp "ne" %ckpt_h, %v1616 : !llvm.ptr
            scf.if %v1617 {
              %v1621 = arith.muli %v1615, %v1620 : i64
              %v1622 = llvm.load %v5 : !llvm.ptr -> f32
              %v1623 = arith.muli %v25, %v28 : i64
              %v1624 = arith.muli %v23, %v27 : i64
              %v1625 = arith.addi %v1623, %v1624 : i64
              %v1626 = arith.muli %v16, %v2 : i64
              %v1627 = arith.addi %v1625, %v1626 : i64
              %v1628 = arith.addi %v1621, %v1627 : i64
              %v1629 = llvm.getelementptr %ckpt_h[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1622, %v1629 : f32, !llvm.ptr
              %v1630 = llvm.load %v6 : !llvm.ptr -> f32
              %v1631 = arith.muli %v25, %v28 : i64
              %v1632 = arith.muli %v23, %v27 : i64
              %v1633 = arith.addi %v1631, %v1632 : i64
              %v1634 = arith.constant 8 : i64
              %v1635 = arith.addi %v1634, %v16 : i64
              %v1636 = arith.muli %v1635, %v2 : i64
              %v1637 = arith.addi %v1633, %v1636 : i64
              %v1638 = arith.addi %v1621, %v1637 : i64
              %v1639 = llvm.getelementptr %ckpt_h[%v1638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1630, %v1639 : f32, !llvm.ptr
            }
          }
          // end save
          %v1641 = arith.mulf %v1608, %v1640 fastmath<contract> : f32
          %v1642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1641) : (f32) -> f32
          %v1643 = arith.mulf %v535, %v1610 fastmath<contract> : f32
          %v1644 = llvm.load %v5 : !llvm.ptr -> f32
          %v1645 = arith.mulf %v1642, %v1644 fastmath<contract> : f32
          %v1646 = arith.addf %v1645, %v1643 fastmath<contract> : f32
          %v1648 = arith.mulf %v1608, %v1647 fastmath<contract> : f32
          %v1649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1648) : (f32) -> f32
          %v1650 = arith.mulf %v544, %v1610 fastmath<contract> : f32
          %v1651 = llvm.load %v6 : !llvm.ptr -> f32
          %v1652 = arith.mulf %v1649, %v1651 fastmath<contract> : f32
          %v1653 = arith.addf %v1652, %v1650 fastmath<contract> : f32
          llvm.store %v1646, %v5 : f32, !llvm.ptr
          llvm.store %v1653, %v6 : f32, !llvm.ptr
          %v1654 = llvm.load %v5 : !llvm.ptr -> f32
          %v1655 = arith.mulf %v551, %v1654 fastmath<contract> : f32
          %v1656 = llvm.load %v6 : !llvm.ptr -> f32
          %v1657 = arith.mulf %v560, %v1656 fastmath<contract> : f32
          %v1658 = arith.addf %v1655, %v1657 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1659, %v1660 = gpu.shuffle xor %v1658, %v862, %v863 : f32
          %v1661 = arith.addf %v1658, %v1659 fastmath<contract> : f32
          %v1662, %v1663 = gpu.shuffle xor %v1661, %v867, %v863 : f32
          %v1664 = arith.addf %v1661, %v1662 fastmath<contract> : f32
          %v1665, %v1666 = gpu.shuffle xor %v1664, %v871, %v863 : f32
          %v1667 = arith.addf %v1664, %v1665 fastmath<contract> : f32
          // end sum over the lanes
          %v1668 = arith.addi %v58, %v94 : i64
          %v1669, %v1670 = gpu.shuffle idx %v738, %v789, %v796 : f32
          %v1671, %v1672 = gpu.shuffle idx %v746, %v789, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1673 = arith.remui %v1668, %v9 : i64
          %v1674 = arith.cmpi eq, %v1673, %v52 : i64
          %v1675 = arith.andi %v1674, %v20 : i1
          scf.if %v1675 {
            %v1676 = arith.divui %v1668, %v9 : i64
            %v1677 = llvm.mlir.zero : !llvm.ptr
            %v1678 = llvm.icmp "ne" %ckpt_h, %v1677 : !llvm.ptr
            scf.if %v1678 {
              %v1682 = arith.muli %v1676, %v1681 : i64
              %v1683 = llvm.load %v5 : !llvm.ptr -> f32
              %v1684 = arith.muli %v25, %v28 : i64
              %v1685 = arith.muli %v23, %v27 : i64
              %v1686 = arith.addi %v1684, %v1685 : i64
              %v1687 = arith.muli %v16, %v2 : i64
              %v1688 = arith.addi %v1686, %v1687 : i64
              %v1689 = arith.addi %v1682, %v1688 : i64
              %v1690 = llvm.getelementptr %ckpt_h[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1683, %v1690 : f32, !llvm.ptr
              %v1691 = llvm.load %v6 : !llvm.ptr -> f32
              %v1692 = arith.muli %v25, %v28 : i64
              %v1693 = arith.muli %v23, %v27 : i64
              %v1694 = arith.addi %v1692, %v1693 : i64
              %v1695 = arith.constant 8 : i64
              %v1696 = arith.addi %v1695, %v16 : i64
              %v1697 = arith.muli %v1696, %v2 : i64
              %v1698 = arith.addi %v1694, %v1697 : i64
              %v1699 = arith.addi %v1682, %v1698 : i64
              %v1700 = llvm.getelementptr %ckpt_h[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1691, %v1700 : f32, !llvm.ptr
            }
          }
          // end save
          %v1702 = arith.mulf %v1669, %v1701 fastmath<contract> : f32
          %v1703 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1702) : (f32) -> f32
          %v1704 = arith.mulf %v568, %v1671 fastmath<contract> : f32
          %v1705 = llvm.load %v5 : !llvm.ptr -> f32
          %v1706 = arith.mulf %v1703, %v1705 fastmath<contract> : f32
          %v1707 = arith.addf %v1706, %v1704 fastmath<contract> : f32
          %v1709 = arith.mulf %v1669, %v1708 fastmath<contract> : f32
          %v1710 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1709) : (f32) -> f32
          %v1711 = arith.mulf %v577, %v1671 fastmath<contract> : f32
          %v1712 = llvm.load %v6 : !llvm.ptr -> f32
          %v1713 = arith.mulf %v1710, %v1712 fastmath<contract> : f32
          %v1714 = arith.addf %v1713, %v1711 fastmath<contract> : f32
          llvm.store %v1707, %v5 : f32, !llvm.ptr
          llvm.store %v1714, %v6 : f32, !llvm.ptr
          %v1715 = llvm.load %v5 : !llvm.ptr -> f32
          %v1716 = arith.mulf %v584, %v1715 fastmath<contract> : f32
          %v1717 = llvm.load %v6 : !llvm.ptr -> f32
          %v1718 = arith.mulf %v593, %v1717 fastmath<contract> : f32
          %v1719 = arith.addf %v1716, %v1718 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1720, %v1721 = gpu.shuffle xor %v1719, %v862, %v863 : f32
          %v1722 = arith.addf %v1719, %v1720 fastmath<contract> : f32
          %v1723, %v1724 = gpu.shuffle xor %v1722, %v867, %v863 : f32
          %v1725 = arith.addf %v1722, %v1723 fastmath<contract> : f32
          %v1726, %v1727 = gpu.shuffle xor %v1725, %v871, %v863 : f32
          %v1728 = arith.addf %v1725, %v1726 fastmath<contract> : f32
          // end sum over the lanes
          %v1729 = arith.addi %v58, %v96 : i64
          %v1730, %v1731 = gpu.shuffle idx %v738, %v793, %v796 : f32
          %v1732, %v1733 = gpu.shuffle idx %v746, %v793, %v796 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1734 = arith.remui %v1729, %v9 : i64
          %v1735 = arith.cmpi eq, %v1734, %v52 : i64
          %v1736 = arith.andi %v1735, %v20 : i1
          scf.if %v1736 {
            %v1737 = arith.divui %v1729, %v9 : i64
            %v1738 = llvm.mlir.zero : !llvm.ptr
            %v1739 = llvm.icmp "ne" %ckpt_h, %v1738 : !llvm.ptr
            scf.if %v1739 {
              %v1743 = arith.muli %v1737, %v1742 : i64
              %v1744 = llvm.load %v5 : !llvm.ptr -> f32
              %v1745 = arith.muli %v25, %v28 : i64
              %v1746 = arith.muli %v23, %v27 : i64
              %v1747 = arith.addi %v1745, %v1746 : i64
              %v1748 = arith.muli %v16, %v2 : i64
              %v1749 = arith.addi %v1747, %v1748 : i64
              %v1750 = arith.addi %v1743, %v1749 : i64
              %v1751 = llvm.getelementptr %ckpt_h[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1744, %v1751 : f32, !llvm.ptr
              %v1752 = llvm.load %v6 : !llvm.ptr -> f32
              %v1753 = arith.muli %v25, %v28 : i64
              %v1754 = arith.muli %v23, %v27 : i64
              %v1755 = arith.addi %v1753, %v1754 : i64
              %v1756 = arith.constant 8 : i64
              %v1757 = arith.addi %v1756, %v16 : i64
              %v1758 = arith.muli %v1757, %v2 : i64
              %v1759 = arith.addi %v1755, %v1758 : i64
              %v1760 = arith.addi %v1743, %v1759 : i64
              %v1761 = llvm.getelementptr %ckpt_h[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1752, %v1761 : f32, !llvm.ptr
            }
          }
          // end save
          %v1763 = arith.mulf %v1730, %v1762 fastmath<contract> : f32
          %v1764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1763) : (f32) -> f32
          %v1765 = arith.mulf %v601, %v1732 fastmath<contract> : f32
          %v1766 = llvm.load %v5 : !llvm.ptr -> f32
          %v1767 = arith.mulf %v1764, %v1766 fastmath<contract> : f32
          %v1768 = arith.addf %v1767, %v1765 fastmath<contract> : f32
          %v1770 = arith.mulf %v1730, %v1769 fastmath<contract> : f32
          %v1771 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1770) : (f32) -> f32
          %v1772 = arith.mulf %v610, %v1732 fastmath<contract> : f32
          %v1773 = llvm.load %v6 : !llvm.ptr -> f32
          %v1774 = arith.mulf %v1771, %v1773 fastmath<contract> : f32
          %v1775 = arith.addf %v1774, %v1772 fastmath<contract> : f32
          llvm.store %v1768, %v5 : f32, !llvm.ptr
          llvm.store %v1775, %v6 : f32, !llvm.ptr
          %v1776 = llvm.load %v5 : !llvm.ptr -> f32
          %v1777 = arith.mulf %v617, %v1776 fastmath<contract> : f32
          %v1778 = llvm.load %v6 : !llvm.ptr -> f32
          %v1779 = arith.mulf %v626, %v1778 fastmath<contract> : f32
          %v1780 = arith.addf %v1777, %v1779 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1781, %v1782 = gpu.shuffle xor %v1780, %v862, %v863 : f32
          %v1783 = arith.addf %v1780, %v1781 fastmath<contract> : f32
          %v1784, %v1785 = gpu.shuffle xor %v1783, %v867, %v863 : f32
          %v1786 = arith.addf %v1783, %v1784 fastmath<contract> : f32
          %v1787, %v1788 = gpu.shuffle xor %v1786, %v871, %v863 : f32
          %v1789 = arith.addf %v1786, %v1787 fastmath<contract> : f32
          // end sum over the lanes
          %v1790 = arith.addi %v58, %v628 : i64
          %v1791 = arith.select %v771, %v935, %v874 : f32
          %v1792 = arith.select %v775, %v996, %v1791 : f32
          %v1793 = arith.select %v779, %v1057, %v1792 : f32
          %v1794 = arith.select %v783, %v1118, %v1793 : f32
          %v1795 = arith.select %v787, %v1179, %v1794 : f32
          %v1796 = arith.select %v791, %v1240, %v1795 : f32
          %v1797 = arith.select %v795, %v1301, %v1796 : f32
          %v1798 = arith.addf %v1797, %v689 fastmath<contract> : f32
          %v1799 = arith.mulf %v1798, %v702 fastmath<contract> : f32
          scf.if %v20 {
            %v1800 = arith.muli %v25, %v631 : i64
            %v1801 = arith.muli %v1790, %v630 : i64
            %v1802 = arith.addi %v1800, %v1801 : i64
            %v1803 = arith.muli %v23, %v2 : i64
            %v1804 = arith.addi %v1802, %v1803 : i64
            %v1805 = llvm.getelementptr %out_y[%v1804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1799, %v1805 : f32, !llvm.ptr
          }
          %v1806 = arith.addi %v58, %v704 : i64
          %v1807 = arith.select %v771, %v1423, %v1362 : f32
          %v1808 = arith.select %v775, %v1484, %v1807 : f32
          %v1809 = arith.select %v779, %v1545, %v1808 : f32
          %v1810 = arith.select %v783, %v1606, %v1809 : f32
          %v1811 = arith.select %v787, %v1667, %v1810 : f32
          %v1812 = arith.select %v791, %v1728, %v1811 : f32
          %v1813 = arith.select %v795, %v1789, %v1812 : f32
          %v1814 = arith.addf %v1813, %v747 fastmath<contract> : f32
          %v1815 = arith.mulf %v1814, %v760 fastmath<contract> : f32
          scf.if %v20 {
            %v1816 = arith.muli %v25, %v631 : i64
            %v1817 = arith.muli %v1806, %v630 : i64
            %v1818 = arith.addi %v1816, %v1817 : i64
            %v1819 = arith.muli %v23, %v2 : i64
            %v1820 = arith.addi %v1818, %v1819 : i64
            %v1821 = llvm.getelementptr %out_y[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1815, %v1821 : f32, !llvm.ptr
          }
        }
        %v1822 = arith.muli %v61, %v1 : i64
        %v1823 = arith.index_cast %v1822 : i64 to index
        %v1824 = arith.index_cast %v60 : i64 to index
        %v1825 = arith.index_cast %v2 : i64 to index
        scf.for %v1826 = %v1823 to %v1824 step %v1825 {
          %v1827 = arith.index_cast %v1826 : index to i64
          %v1828 = arith.addi %v58, %v1827 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1829 = arith.remui %v1828, %v9 : i64
          %v1830 = arith.cmpi eq, %v1829, %v52 : i64
          %v1831 = arith.andi %v1830, %v20 : i1
          scf.if %v1831 {
            %v1832 = arith.divui %v1828, %v9 : i64
            %v1833 = llvm.mlir.zero : !llvm.ptr
            %v1834 = llvm.icmp "ne" %ckpt_h, %v1833 : !llvm.ptr
            scf.if %v1834 {
              %v1838 = arith.muli %v1832, %v1837 : i64
              %v1839 = llvm.load %v5 : !llvm.ptr -> f32
              %v1840 = arith.muli %v25, %v28 : i64
              %v1841 = arith.muli %v23, %v27 : i64
              %v1842 = arith.addi %v1840, %v1841 : i64
              %v1843 = arith.muli %v16, %v2 : i64
              %v1844 = arith.addi %v1842, %v1843 : i64
              %v1845 = arith.addi %v1838, %v1844 : i64
              %v1846 = llvm.getelementptr %ckpt_h[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1839, %v1846 : f32, !llvm.ptr
              %v1847 = llvm.load %v6 : !llvm.ptr -> f32
              %v1848 = arith.muli %v25, %v28 : i64
              %v1849 = arith.muli %v23, %v27 : i64
              %v1850 = arith.addi %v1848, %v1849 : i64
              %v1851 = arith.constant 8 : i64
              %v1852 = arith.addi %v1851, %v16 : i64
              %v1853 = arith.muli %v1852, %v2 : i64
              %v1854 = arith.addi %v1850, %v1853 : i64
              %v1855 = arith.addi %v1838, %v1854 : i64
              %v1856 = llvm.getelementptr %ckpt_h[%v1855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1847, %v1856 : f32, !llvm.ptr
            }
          }
          // end save
          %v1858 = arith.muli %v25, %v631 : i64
          %v1859 = arith.muli %v1828, %v630 : i64
          %v1860 = arith.addi %v1858, %v1859 : i64
          %v1861 = arith.muli %v23, %v2 : i64
          %v1862 = arith.addi %v1860, %v1861 : i64
          %v1863 = llvm.getelementptr %in_delta[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1864 = llvm.load %v1863 : !llvm.ptr -> f32
          %v1865 = arith.addf %v1864, %v641 fastmath<contract> : f32
          %v1866 = arith.maximumf %v1865, %v39 : f32
          %v1867 = llvm.call_intrinsic "llvm.fabs.f32"(%v1865) : (f32) -> f32
          %v1868 = arith.negf %v1867 : f32
          %v1869 = arith.mulf %v1868, %v646 fastmath<contract> : f32
          %v1870 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1869) : (f32) -> f32
          %v1871 = arith.addf %v649, %v1870 fastmath<contract> : f32
          %v1872 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1871) : (f32) -> f32
          %v1873 = arith.mulf %v1872, %v652 fastmath<contract> : f32
          %v1874 = arith.mulf %v654, %v1870 fastmath<contract> : f32
          %v1875 = arith.addf %v1874, %v656 fastmath<contract> : f32
          %v1876 = arith.mulf %v1875, %v1870 fastmath<contract> : f32
          %v1877 = arith.addf %v1876, %v659 fastmath<contract> : f32
          %v1878 = arith.mulf %v1877, %v1870 fastmath<contract> : f32
          %v1879 = arith.addf %v1878, %v662 fastmath<contract> : f32
          %v1880 = arith.mulf %v1879, %v1870 fastmath<contract> : f32
          %v1881 = arith.addf %v1880, %v665 fastmath<contract> : f32
          %v1882 = arith.mulf %v1881, %v1870 fastmath<contract> : f32
          %v1883 = arith.addf %v1882, %v668 fastmath<contract> : f32
          %v1884 = arith.mulf %v1883, %v1870 fastmath<contract> : f32
          %v1885 = arith.addf %v1884, %v649 fastmath<contract> : f32
          %v1886 = arith.mulf %v1885, %v1870 fastmath<contract> : f32
          %v1887 = llvm.call_intrinsic "llvm.fabs.f32"(%v1870) : (f32) -> f32
          %v1888 = arith.cmpf olt, %v1887, %v674 : f32
          %v1889 = arith.select %v1888, %v1886, %v1873 : f32
          %v1890 = arith.addf %v1866, %v1889 fastmath<contract> : f32
          %v1891 = arith.mulf %v1890, %v1857 fastmath<contract> : f32
          %v1892 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1891) : (f32) -> f32
          %v1893 = arith.muli %v25, %v99 : i64
          %v1894 = arith.muli %v1828, %v98 : i64
          %v1895 = arith.addi %v1893, %v1894 : i64
          %v1896 = arith.muli %v16, %v2 : i64
          %v1897 = arith.addi %v1895, %v1896 : i64
          %v1898 = llvm.getelementptr %in_Bm[%v1897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1899 = llvm.load %v1898 : !llvm.ptr -> f32
          %v1900 = arith.muli %v25, %v631 : i64
          %v1901 = arith.muli %v1828, %v630 : i64
          %v1902 = arith.addi %v1900, %v1901 : i64
          %v1903 = arith.muli %v23, %v2 : i64
          %v1904 = arith.addi %v1902, %v1903 : i64
          %v1905 = llvm.getelementptr %in_u[%v1904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1906 = llvm.load %v1905 : !llvm.ptr -> f32
          %v1907 = arith.mulf %v1890, %v1906 fastmath<contract> : f32
          %v1908 = arith.mulf %v1899, %v1907 fastmath<contract> : f32
          %v1909 = llvm.load %v5 : !llvm.ptr -> f32
          %v1910 = arith.mulf %v1892, %v1909 fastmath<contract> : f32
          %v1911 = arith.addf %v1910, %v1908 fastmath<contract> : f32
          %v1913 = arith.mulf %v1890, %v1912 fastmath<contract> : f32
          %v1914 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1913) : (f32) -> f32
          %v1915 = arith.muli %v25, %v99 : i64
          %v1916 = arith.muli %v1828, %v98 : i64
          %v1917 = arith.addi %v1915, %v1916 : i64
          %v1918 = arith.constant 8 : i64
          %v1919 = arith.addi %v1918, %v16 : i64
          %v1920 = arith.muli %v1919, %v2 : i64
          %v1921 = arith.addi %v1917, %v1920 : i64
          %v1922 = llvm.getelementptr %in_Bm[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1923 = llvm.load %v1922 : !llvm.ptr -> f32
          %v1924 = arith.mulf %v1923, %v1907 fastmath<contract> : f32
          %v1925 = llvm.load %v6 : !llvm.ptr -> f32
          %v1926 = arith.mulf %v1914, %v1925 fastmath<contract> : f32
          %v1927 = arith.addf %v1926, %v1924 fastmath<contract> : f32
          llvm.store %v1911, %v5 : f32, !llvm.ptr
          llvm.store %v1927, %v6 : f32, !llvm.ptr
          %v1928 = arith.muli %v25, %v99 : i64
          %v1929 = arith.muli %v1828, %v98 : i64
          %v1930 = arith.addi %v1928, %v1929 : i64
          %v1931 = arith.muli %v16, %v2 : i64
          %v1932 = arith.addi %v1930, %v1931 : i64
          %v1933 = llvm.getelementptr %in_Cm[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1934 = llvm.load %v1933 : !llvm.ptr -> f32
          %v1935 = llvm.load %v5 : !llvm.ptr -> f32
          %v1936 = arith.mulf %v1934, %v1935 fastmath<contract> : f32
          %v1937 = arith.muli %v25, %v99 : i64
          %v1938 = arith.muli %v1828, %v98 : i64
          %v1939 = arith.addi %v1937, %v1938 : i64
          %v1940 = arith.constant 8 : i64
          %v1941 = arith.addi %v1940, %v16 : i64
          %v1942 = arith.muli %v1941, %v2 : i64
          %v1943 = arith.addi %v1939, %v1942 : i64
          %v1944 = llvm.getelementptr %in_Cm[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
          %v1946 = llvm.load %v6 : !llvm.ptr -> f32
          %v1947 = arith.mulf %v1945, %v1946 fastmath<contract> : f32
          %v1948 = arith.addf %v1936, %v1947 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1949, %v1950 = gpu.shuffle xor %v1948, %v862, %v863 : f32
          %v1951 = arith.addf %v1948, %v1949 fastmath<contract> : f32
          %v1952, %v1953 = gpu.shuffle xor %v1951, %v867, %v863 : f32
          %v1954 = arith.addf %v1951, %v1952 fastmath<contract> : f32
          %v1955, %v1956 = gpu.shuffle xor %v1954, %v871, %v863 : f32
          %v1957 = arith.addf %v1954, %v1955 fastmath<contract> : f32
          // end sum over the lanes
          %v1958 = arith.mulf %v1906, %v688 fastmath<contract> : f32
          %v1959 = arith.addf %v1957, %v1958 fastmath<contract> : f32
          %v1960 = arith.muli %v25, %v631 : i64
          %v1961 = arith.muli %v1828, %v630 : i64
          %v1962 = arith.addi %v1960, %v1961 : i64
          %v1963 = arith.muli %v23, %v2 : i64
          %v1964 = arith.addi %v1962, %v1963 : i64
          %v1965 = llvm.getelementptr %in_z[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
          %v1967 = arith.negf %v1966 : f32
          %v1968 = arith.mulf %v1967, %v646 fastmath<contract> : f32
          %v1969 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1968) : (f32) -> f32
          %v1970 = arith.addf %v649, %v1969 fastmath<contract> : f32
          %v1971 = arith.divf %v649, %v1970 : f32
          %v1972 = arith.mulf %v1966, %v1971 fastmath<contract> : f32
          %v1973 = arith.mulf %v1959, %v1972 fastmath<contract> : f32
          scf.if %v20 {
            %v1974 = arith.muli %v25, %v631 : i64
            %v1975 = arith.muli %v1828, %v630 : i64
            %v1976 = arith.addi %v1974, %v1975 : i64
            %v1977 = arith.muli %v23, %v2 : i64
            %v1978 = arith.addi %v1976, %v1977 : i64
            %v1979 = llvm.getelementptr %out_y[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1973, %v1979 : f32, !llvm.ptr
          }
        }
      }
      %v1980 = llvm.load %v5 : !llvm.ptr -> f32
      %v1981 = llvm.load %v6 : !llvm.ptr -> f32
      scf.if %v20 {
        %v1982 = arith.muli %v25, %v28 : i64
        %v1983 = arith.muli %v23, %v27 : i64
        %v1984 = arith.addi %v1982, %v1983 : i64
        %v1985 = arith.muli %v16, %v2 : i64
        %v1986 = arith.addi %v1984, %v1985 : i64
        %v1987 = llvm.getelementptr %out_h_last[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1980, %v1987 : f32, !llvm.ptr
        %v1988 = arith.muli %v25, %v28 : i64
        %v1989 = arith.muli %v23, %v27 : i64
        %v1990 = arith.addi %v1988, %v1989 : i64
        %v1991 = arith.constant 8 : i64
        %v1992 = arith.addi %v1991, %v16 : i64
        %v1993 = arith.muli %v1992, %v2 : i64
        %v1994 = arith.addi %v1990, %v1993 : i64
        %v1995 = llvm.getelementptr %out_h_last[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1981, %v1995 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
