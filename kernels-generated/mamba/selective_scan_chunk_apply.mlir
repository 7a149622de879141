module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_chunk_apply(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
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
      %v37 = arith.constant 0 : i64
      %v54 = arith.constant 32 : i64
      %v71 = arith.constant 2 : i64
      %v73 = arith.constant 3 : i64
      %v75 = arith.constant 4 : i64
      %v77 = arith.constant 5 : i64
      %v79 = arith.constant 6 : i64
      %v81 = arith.constant 7 : i64
      %v84 = arith.constant 9 : i64
      %v86 = arith.constant 10 : i64
      %v88 = arith.constant 11 : i64
      %v90 = arith.constant 12 : i64
      %v92 = arith.constant 13 : i64
      %v94 = arith.constant 14 : i64
      %v96 = arith.constant 15 : i64
      %v99 = arith.muli %v2, %v1 : i64
      %v100 = arith.muli %v99, %size_L : i64
      %v631 = arith.muli %v2, %size_D : i64
      %v632 = arith.muli %v631, %size_L : i64
      %v644 = arith.constant 0x00000000 : f32
      %v648 = arith.constant 0x3FB8AA3B : f32
      %v651 = arith.constant 0x3F800000 : f32
      %v654 = arith.constant 0x3F317218 : f32
      %v656 = arith.constant 0x3E124925 : f32
      %v658 = arith.constant 0xBE2AAAAB : f32
      %v661 = arith.constant 0x3E4CCCCD : f32
      %v664 = arith.constant 0xBE800000 : f32
      %v667 = arith.constant 0x3EAAAAAB : f32
      %v670 = arith.constant 0xBF000000 : f32
      %v676 = arith.constant 0x3D800000 : f32
      %v810 = arith.muli %v2, %size_B : i64
      %v811 = arith.muli %v810, %size_D : i64
      %v812 = arith.muli %v811, %v1 : i64
      %v815 = arith.muli %v2, %v1 : i64
      %v816 = arith.muli %v815, %size_D : i64
      %v834 = arith.muli %v2, %v1 : i64
      %v866 = arith.constant 1 : i32
      %v867 = arith.constant 32 : i32
      %v871 = arith.constant 2 : i32
      %v875 = arith.constant 4 : i32
      %v890 = arith.muli %v2, %size_B : i64
      %v891 = arith.muli %v890, %size_D : i64
      %v892 = arith.muli %v891, %v1 : i64
      %v951 = arith.muli %v2, %size_B : i64
      %v952 = arith.muli %v951, %size_D : i64
      %v953 = arith.muli %v952, %v1 : i64
      %v1012 = arith.muli %v2, %size_B : i64
      %v1013 = arith.muli %v1012, %size_D : i64
      %v1014 = arith.muli %v1013, %v1 : i64
      %v1073 = arith.muli %v2, %size_B : i64
      %v1074 = arith.muli %v1073, %size_D : i64
      %v1075 = arith.muli %v1074, %v1 : i64
      %v1134 = arith.muli %v2, %size_B : i64
      %v1135 = arith.muli %v1134, %size_D : i64
      %v1136 = arith.muli %v1135, %v1 : i64
      %v1195 = arith.muli %v2, %size_B : i64
      %v1196 = arith.muli %v1195, %size_D : i64
      %v1197 = arith.muli %v1196, %v1 : i64
      %v1256 = arith.muli %v2, %size_B : i64
      %v1257 = arith.muli %v1256, %size_D : i64
      %v1258 = arith.muli %v1257, %v1 : i64
      %v1317 = arith.muli %v2, %size_B : i64
      %v1318 = arith.muli %v1317, %size_D : i64
      %v1319 = arith.muli %v1318, %v1 : i64
      %v1378 = arith.muli %v2, %size_B : i64
      %v1379 = arith.muli %v1378, %size_D : i64
      %v1380 = arith.muli %v1379, %v1 : i64
      %v1439 = arith.muli %v2, %size_B : i64
      %v1440 = arith.muli %v1439, %size_D : i64
      %v1441 = arith.muli %v1440, %v1 : i64
      %v1500 = arith.muli %v2, %size_B : i64
      %v1501 = arith.muli %v1500, %size_D : i64
      %v1502 = arith.muli %v1501, %v1 : i64
      %v1561 = arith.muli %v2, %size_B : i64
      %v1562 = arith.muli %v1561, %size_D : i64
      %v1563 = arith.muli %v1562, %v1 : i64
      %v1622 = arith.muli %v2, %size_B : i64
      %v1623 = arith.muli %v1622, %size_D : i64
      %v1624 = arith.muli %v1623, %v1 : i64
      %v1683 = arith.muli %v2, %size_B : i64
      %v1684 = arith.muli %v1683, %size_D : i64
      %v1685 = arith.muli %v1684, %v1 : i64
      %v1744 = arith.muli %v2, %size_B : i64
      %v1745 = arith.muli %v1744, %size_D : i64
      %v1746 = arith.muli %v1745, %v1 : i64
      %v1839 = arith.muli %v2, %size_B : i64
      %v1840 = arith.muli %v1839, %size_D : i64
      %v1841 = arith.muli %v1840, %v1 : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.subi %v15, %v2 : i64
      %v17 = arith.addi %v4, %v16 : i64
      %v18 = arith.divui %v17, %v15 : i64
      %v19 = arith.divui %v14, %v18 : i64
      %v20 = arith.remui %v14, %v18 : i64
      %v21 = arith.remui %v13, %v15 : i64
      %v22 = arith.divui %v13, %v15 : i64
      %v23 = arith.muli %v20, %v15 : i64
      %v24 = arith.addi %v23, %v22 : i64
      %v25 = arith.cmpi slt, %v24, %v4 : i64
      %v26 = arith.subi %v4, %v2 : i64
      %v27 = arith.minsi %v24, %v26 : i64
      %v28 = arith.remui %v27, %size_D : i64
      %v29 = arith.divui %v27, %size_D : i64
      %v30 = arith.remui %v29, %size_B : i64
      %v31 = arith.divui %v29, %size_B : i64
      %v640 = arith.muli %v28, %v2 : i64
      %v641 = llvm.getelementptr %in_dt_bias[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v642 = llvm.load %v641 : !llvm.ptr -> f32
      %v688 = arith.muli %v28, %v2 : i64
      %v689 = llvm.getelementptr %in_Dskip[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v690 = llvm.load %v689 : !llvm.ptr -> f32
      %v763 = arith.trunci %v13 : i64 to i32
      %v764 = arith.constant 24 : i32
      %v765 = arith.andi %v763, %v764 : i32
      %v766 = arith.constant 0 : i32
      %v767 = arith.ori %v765, %v766 : i32
      %v768 = arith.constant 0 : i64
      %v769 = arith.cmpi eq, %v21, %v768 : i64
      %v770 = arith.constant 1 : i32
      %v771 = arith.ori %v765, %v770 : i32
      %v772 = arith.constant 1 : i64
      %v773 = arith.cmpi eq, %v21, %v772 : i64
      %v774 = arith.constant 2 : i32
      %v775 = arith.ori %v765, %v774 : i32
      %v776 = arith.constant 2 : i64
      %v777 = arith.cmpi eq, %v21, %v776 : i64
      %v778 = arith.constant 3 : i32
      %v779 = arith.ori %v765, %v778 : i32
      %v780 = arith.constant 3 : i64
      %v781 = arith.cmpi eq, %v21, %v780 : i64
      %v782 = arith.constant 4 : i32
      %v783 = arith.ori %v765, %v782 : i32
      %v784 = arith.constant 4 : i64
      %v785 = arith.cmpi eq, %v21, %v784 : i64
      %v786 = arith.constant 5 : i32
      %v787 = arith.ori %v765, %v786 : i32
      %v788 = arith.constant 5 : i64
      %v789 = arith.cmpi eq, %v21, %v788 : i64
      %v790 = arith.constant 6 : i32
      %v791 = arith.ori %v765, %v790 : i32
      %v792 = arith.constant 6 : i64
      %v793 = arith.cmpi eq, %v21, %v792 : i64
      %v794 = arith.constant 7 : i32
      %v795 = arith.ori %v765, %v794 : i32
      %v796 = arith.constant 7 : i64
      %v797 = arith.cmpi eq, %v21, %v796 : i64
      %v798 = arith.constant 32 : i32
      %v835 = arith.muli %v28, %v834 : i64
      %v836 = arith.muli %v21, %v2 : i64
      %v837 = arith.addi %v835, %v836 : i64
      %v838 = llvm.getelementptr %in_A[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v839 = llvm.load %v838 : !llvm.ptr -> f32
      %v840 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v847 = arith.muli %v28, %v834 : i64
      %v848 = arith.constant 8 : i64
      %v849 = arith.addi %v848, %v21 : i64
      %v850 = arith.muli %v849, %v2 : i64
      %v851 = arith.addi %v847, %v850 : i64
      %v852 = llvm.getelementptr %in_A[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v853 = llvm.load %v852 : !llvm.ptr -> f32
      %v854 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v912 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v919 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v973 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v980 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1034 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1041 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1095 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1102 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1156 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1163 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1217 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1224 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1278 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1285 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1339 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1346 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1400 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1407 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1461 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1468 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1522 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1529 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1583 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1590 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1644 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1651 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1705 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1712 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1766 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1773 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v1861 = arith.mulf %v839, %v648 fastmath<contract> : f32
      %v1916 = arith.mulf %v853, %v648 fastmath<contract> : f32
      %v32 = arith.muli %v19, %v4 : i64
      %v33 = arith.subi %v4, %v2 : i64
      %v34 = arith.minsi %v24, %v33 : i64
      %v35 = arith.addi %v32, %v34 : i64
      %v36 = arith.muli %v35, %v1 : i64
      %v38 = arith.addi %v36, %v37 : i64
      %v39 = arith.addi %v38, %v21 : i64
      %v40 = llvm.getelementptr %carry_h[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v41 = llvm.load %v40 : !llvm.ptr -> f32
      llvm.store %v41, %v5 : f32, !llvm.ptr
      %v42 = arith.muli %v19, %v4 : i64
      %v43 = arith.subi %v4, %v2 : i64
      %v44 = arith.minsi %v24, %v43 : i64
      %v45 = arith.addi %v42, %v44 : i64
      %v46 = arith.muli %v45, %v1 : i64
      %v47 = arith.addi %v46, %v15 : i64
      %v48 = arith.addi %v47, %v21 : i64
      %v49 = llvm.getelementptr %carry_h[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v50 = llvm.load %v49 : !llvm.ptr -> f32
      llvm.store %v50, %v6 : f32, !llvm.ptr
      %v51 = arith.muli %v19, %v9 : i64
      %v52 = arith.addi %v51, %v9 : i64
      %v53 = arith.minsi %v52, %size_L : i64
      %v55 = arith.index_cast %v51 : i64 to index
      %v56 = arith.index_cast %v53 : i64 to index
      %v57 = arith.index_cast %v54 : i64 to index
      scf.for %v58 = %v55 to %v56 step %v57 {
        %v59 = arith.index_cast %v58 : index to i64
        %v60 = arith.subi %v53, %v59 : i64
        %v61 = arith.minsi %v60, %v54 : i64
        %v62 = arith.divui %v61, %v1 : i64
        %v63 = arith.index_cast %v37 : i64 to index
        %v64 = arith.index_cast %v62 : i64 to index
        %v65 = arith.index_cast %v2 : i64 to index
        scf.for %v66 = %v63 to %v64 step %v65 {
          %v67 = arith.index_cast %v66 : index to i64
          %v68 = arith.muli %v67, %v1 : i64
          %v69 = arith.addi %v68, %v37 : i64
          %v70 = arith.addi %v68, %v2 : i64
          %v72 = arith.addi %v68, %v71 : i64
          %v74 = arith.addi %v68, %v73 : i64
          %v76 = arith.addi %v68, %v75 : i64
          %v78 = arith.addi %v68, %v77 : i64
          %v80 = arith.addi %v68, %v79 : i64
          %v82 = arith.addi %v68, %v81 : i64
          %v83 = arith.addi %v68, %v15 : i64
          %v85 = arith.addi %v68, %v84 : i64
          %v87 = arith.addi %v68, %v86 : i64
          %v89 = arith.addi %v68, %v88 : i64
          %v91 = arith.addi %v68, %v90 : i64
          %v93 = arith.addi %v68, %v92 : i64
          %v95 = arith.addi %v68, %v94 : i64
          %v97 = arith.addi %v68, %v96 : i64
          %v98 = arith.addi %v59, %v69 : i64
          %v101 = arith.muli %v30, %v100 : i64
          %v102 = arith.muli %v98, %v99 : i64
          %v103 = arith.addi %v101, %v102 : i64
          %v104 = arith.muli %v21, %v2 : i64
          %v105 = arith.addi %v103, %v104 : i64
          %v106 = llvm.getelementptr %in_Bm[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v107 = llvm.load %v106 : !llvm.ptr -> f32
          %v108 = arith.muli %v30, %v100 : i64
          %v109 = arith.muli %v98, %v99 : i64
          %v110 = arith.addi %v108, %v109 : i64
          %v111 = arith.constant 8 : i64
          %v112 = arith.addi %v111, %v21 : i64
          %v113 = arith.muli %v112, %v2 : i64
          %v114 = arith.addi %v110, %v113 : i64
          %v115 = llvm.getelementptr %in_Bm[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v116 = llvm.load %v115 : !llvm.ptr -> f32
          %v117 = arith.muli %v30, %v100 : i64
          %v118 = arith.muli %v98, %v99 : i64
          %v119 = arith.addi %v117, %v118 : i64
          %v120 = arith.muli %v21, %v2 : i64
          %v121 = arith.addi %v119, %v120 : i64
          %v122 = llvm.getelementptr %in_Cm[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v123 = llvm.load %v122 : !llvm.ptr -> f32
          %v124 = arith.muli %v30, %v100 : i64
          %v125 = arith.muli %v98, %v99 : i64
          %v126 = arith.addi %v124, %v125 : i64
          %v127 = arith.constant 8 : i64
          %v128 = arith.addi %v127, %v21 : i64
          %v129 = arith.muli %v128, %v2 : i64
          %v130 = arith.addi %v126, %v129 : i64
          %v131 = llvm.getelementptr %in_Cm[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v132 = llvm.load %v131 : !llvm.ptr -> f32
          %v133 = arith.addi %v59, %v70 : i64
          %v134 = arith.muli %v30, %v100 : i64
          %v135 = arith.muli %v133, %v99 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.muli %v21, %v2 : i64
          %v138 = arith.addi %v136, %v137 : i64
          %v139 = llvm.getelementptr %in_Bm[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.muli %v30, %v100 : i64
          %v142 = arith.muli %v133, %v99 : i64
          %v143 = arith.addi %v141, %v142 : i64
          %v144 = arith.constant 8 : i64
          %v145 = arith.addi %v144, %v21 : i64
          %v146 = arith.muli %v145, %v2 : i64
          %v147 = arith.addi %v143, %v146 : i64
          %v148 = llvm.getelementptr %in_Bm[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v149 = llvm.load %v148 : !llvm.ptr -> f32
          %v150 = arith.muli %v30, %v100 : i64
          %v151 = arith.muli %v133, %v99 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = arith.muli %v21, %v2 : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v155 = llvm.getelementptr %in_Cm[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v156 = llvm.load %v155 : !llvm.ptr -> f32
          %v157 = arith.muli %v30, %v100 : i64
          %v158 = arith.muli %v133, %v99 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = arith.constant 8 : i64
          %v161 = arith.addi %v160, %v21 : i64
          %v162 = arith.muli %v161, %v2 : i64
          %v163 = arith.addi %v159, %v162 : i64
          %v164 = llvm.getelementptr %in_Cm[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v165 = llvm.load %v164 : !llvm.ptr -> f32
          %v166 = arith.addi %v59, %v72 : i64
          %v167 = arith.muli %v30, %v100 : i64
          %v168 = arith.muli %v166, %v99 : i64
          %v169 = arith.addi %v167, %v168 : i64
          %v170 = arith.muli %v21, %v2 : i64
          %v171 = arith.addi %v169, %v170 : i64
          %v172 = llvm.getelementptr %in_Bm[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 : !llvm.ptr -> f32
          %v174 = arith.muli %v30, %v100 : i64
          %v175 = arith.muli %v166, %v99 : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = arith.constant 8 : i64
          %v178 = arith.addi %v177, %v21 : i64
          %v179 = arith.muli %v178, %v2 : i64
          %v180 = arith.addi %v176, %v179 : i64
          %v181 = llvm.getelementptr %in_Bm[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v182 = llvm.load %v181 : !llvm.ptr -> f32
          %v183 = arith.muli %v30, %v100 : i64
          %v184 = arith.muli %v166, %v99 : i64
          %v185 = arith.addi %v183, %v184 : i64
          %v186 = arith.muli %v21, %v2 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = llvm.getelementptr %in_Cm[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v189 = llvm.load %v188 : !llvm.ptr -> f32
          %v190 = arith.muli %v30, %v100 : i64
          %v191 = arith.muli %v166, %v99 : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.constant 8 : i64
          %v194 = arith.addi %v193, %v21 : i64
          %v195 = arith.muli %v194, %v2 : i64
          %v196 = arith.addi %v192, %v195 : i64
          %v197 = llvm.getelementptr %in_Cm[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v198 = llvm.load %v197 : !llvm.ptr -> f32
          %v199 = arith.addi %v59, %v74 : i64
          %v200 = arith.muli %v30, %v100 : i64
          %v201 = arith.muli %v199, %v99 : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = arith.muli %v21, %v2 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = llvm.getelementptr %in_Bm[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v206 = llvm.load %v205 : !llvm.ptr -> f32
          %v207 = arith.muli %v30, %v100 : i64
          %v208 = arith.muli %v199, %v99 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.constant 8 : i64
          %v211 = arith.addi %v210, %v21 : i64
          %v212 = arith.muli %v211, %v2 : i64
          %v213 = arith.addi %v209, %v212 : i64
          %v214 = llvm.getelementptr %in_Bm[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v30, %v100 : i64
          %v217 = arith.muli %v199, %v99 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = arith.muli %v21, %v2 : i64
          %v220 = arith.addi %v218, %v219 : i64
          %v221 = llvm.getelementptr %in_Cm[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.muli %v30, %v100 : i64
          %v224 = arith.muli %v199, %v99 : i64
          %v225 = arith.addi %v223, %v224 : i64
          %v226 = arith.constant 8 : i64
          %v227 = arith.addi %v226, %v21 : i64
          %v228 = arith.muli %v227, %v2 : i64
          %v229 = arith.addi %v225, %v228 : i64
          %v230 = llvm.getelementptr %in_Cm[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.addi %v59, %v76 : i64
          %v233 = arith.muli %v30, %v100 : i64
          %v234 = arith.muli %v232, %v99 : i64
          %v235 = arith.addi %v233, %v234 : i64
          %v236 = arith.muli %v21, %v2 : i64
          %v237 = arith.addi %v235, %v236 : i64
          %v238 = llvm.getelementptr %in_Bm[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v239 = llvm.load %v238 : !llvm.ptr -> f32
          %v240 = arith.muli %v30, %v100 : i64
          %v241 = arith.muli %v232, %v99 : i64
          %v242 = arith.addi %v240, %v241 : i64
          %v243 = arith.constant 8 : i64
          %v244 = arith.addi %v243, %v21 : i64
          %v245 = arith.muli %v244, %v2 : i64
          %v246 = arith.addi %v242, %v245 : i64
          %v247 = llvm.getelementptr %in_Bm[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v248 = llvm.load %v247 : !llvm.ptr -> f32
          %v249 = arith.muli %v30, %v100 : i64
          %v250 = arith.muli %v232, %v99 : i64
          %v251 = arith.addi %v249, %v250 : i64
          %v252 = arith.muli %v21, %v2 : i64
          %v253 = arith.addi %v251, %v252 : i64
          %v254 = llvm.getelementptr %in_Cm[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v255 = llvm.load %v254 : !llvm.ptr -> f32
          %v256 = arith.muli %v30, %v100 : i64
          %v257 = arith.muli %v232, %v99 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = arith.constant 8 : i64
          %v260 = arith.addi %v259, %v21 : i64
          %v261 = arith.muli %v260, %v2 : i64
          %v262 = arith.addi %v258, %v261 : i64
          %v263 = llvm.getelementptr %in_Cm[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v264 = llvm.load %v263 : !llvm.ptr -> f32
          %v265 = arith.addi %v59, %v78 : i64
          %v266 = arith.muli %v30, %v100 : i64
          %v267 = arith.muli %v265, %v99 : i64
          %v268 = arith.addi %v266, %v267 : i64
          %v269 = arith.muli %v21, %v2 : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = llvm.getelementptr %in_Bm[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v272 = llvm.load %v271 : !llvm.ptr -> f32
          %v273 = arith.muli %v30, %v100 : i64
          %v274 = arith.muli %v265, %v99 : i64
          %v275 = arith.addi %v273, %v274 : i64
          %v276 = arith.constant 8 : i64
          %v277 = arith.addi %v276, %v21 : i64
          %v278 = arith.muli %v277, %v2 : i64
          %v279 = arith.addi %v275, %v278 : i64
          %v280 = llvm.getelementptr %in_Bm[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v281 = llvm.load %v280 : !llvm.ptr -> f32
          %v282 = arith.muli %v30, %v100 : i64
          %v283 = arith.muli %v265, %v99 : i64
          %v284 = arith.addi %v282, %v283 : i64
          %v285 = arith.muli %v21, %v2 : i64
          %v286 = arith.addi %v284, %v285 : i64
          %v287 = llvm.getelementptr %in_Cm[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v288 = llvm.load %v287 : !llvm.ptr -> f32
          %v289 = arith.muli %v30, %v100 : i64
          %v290 = arith.muli %v265, %v99 : i64
          %v291 = arith.addi %v289, %v290 : i64
          %v292 = arith.constant 8 : i64
          %v293 = arith.addi %v292, %v21 : i64
          %v294 = arith.muli %v293, %v2 : i64
          %v295 = arith.addi %v291, %v294 : i64
          %v296 = llvm.getelementptr %in_Cm[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = arith.addi %v59, %v80 : i64
          %v299 = arith.muli %v30, %v100 : i64
          %v300 = arith.muli %v298, %v99 : i64
          %v301 = arith.addi %v299, %v300 : i64
          %v302 = arith.muli %v21, %v2 : i64
          %v303 = arith.addi %v301, %v302 : i64
          %v304 = llvm.getelementptr %in_Bm[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v305 = llvm.load %v304 : !llvm.ptr -> f32
          %v306 = arith.muli %v30, %v100 : i64
          %v307 = arith.muli %v298, %v99 : i64
          %v308 = arith.addi %v306, %v307 : i64
          %v309 = arith.constant 8 : i64
          %v310 = arith.addi %v309, %v21 : i64
          %v311 = arith.muli %v310, %v2 : i64
          %v312 = arith.addi %v308, %v311 : i64
          %v313 = llvm.getelementptr %in_Bm[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v314 = llvm.load %v313 : !llvm.ptr -> f32
          %v315 = arith.muli %v30, %v100 : i64
          %v316 = arith.muli %v298, %v99 : i64
          %v317 = arith.addi %v315, %v316 : i64
          %v318 = arith.muli %v21, %v2 : i64
          %v319 = arith.addi %v317, %v318 : i64
          %v320 = llvm.getelementptr %in_Cm[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v321 = llvm.load %v320 : !llvm.ptr -> f32
          %v322 = arith.muli %v30, %v100 : i64
          %v323 = arith.muli %v298, %v99 : i64
          %v324 = arith.addi %v322, %v323 : i64
          %v325 = arith.constant 8 : i64
          %v326 = arith.addi %v325, %v21 : i64
          %v327 = arith.muli %v326, %v2 : i64
          %v328 = arith.addi %v324, %v327 : i64
          %v329 = llvm.getelementptr %in_Cm[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v330 = llvm.load %v329 : !llvm.ptr -> f32
          %v331 = arith.addi %v59, %v82 : i64
          %v332 = arith.muli %v30, %v100 : i64
          %v333 = arith.muli %v331, %v99 : i64
          %v334 = arith.addi %v332, %v333 : i64
          %v335 = arith.muli %v21, %v2 : i64
          %v336 = arith.addi %v334, %v335 : i64
          %v337 = llvm.getelementptr %in_Bm[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v338 = llvm.load %v337 : !llvm.ptr -> f32
          %v339 = arith.muli %v30, %v100 : i64
          %v340 = arith.muli %v331, %v99 : i64
          %v341 = arith.addi %v339, %v340 : i64
          %v342 = arith.constant 8 : i64
          %v343 = arith.addi %v342, %v21 : i64
          %v344 = arith.muli %v343, %v2 : i64
          %v345 = arith.addi %v341, %v344 : i64
          %v346 = llvm.getelementptr %in_Bm[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v347 = llvm.load %v346 : !llvm.ptr -> f32
          %v348 = arith.muli %v30, %v100 : i64
          %v349 = arith.muli %v331, %v99 : i64
          %v350 = arith.addi %v348, %v349 : i64
          %v351 = arith.muli %v21, %v2 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = llvm.getelementptr %in_Cm[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v354 = llvm.load %v353 : !llvm.ptr -> f32
          %v355 = arith.muli %v30, %v100 : i64
          %v356 = arith.muli %v331, %v99 : i64
          %v357 = arith.addi %v355, %v356 : i64
          %v358 = arith.constant 8 : i64
          %v359 = arith.addi %v358, %v21 : i64
          %v360 = arith.muli %v359, %v2 : i64
          %v361 = arith.addi %v357, %v360 : i64
          %v362 = llvm.getelementptr %in_Cm[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v363 = llvm.load %v362 : !llvm.ptr -> f32
          %v364 = arith.addi %v59, %v83 : i64
          %v365 = arith.muli %v30, %v100 : i64
          %v366 = arith.muli %v364, %v99 : i64
          %v367 = arith.addi %v365, %v366 : i64
          %v368 = arith.muli %v21, %v2 : i64
          %v369 = arith.addi %v367, %v368 : i64
          %v370 = llvm.getelementptr %in_Bm[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v371 = llvm.load %v370 : !llvm.ptr -> f32
          %v372 = arith.muli %v30, %v100 : i64
          %v373 = arith.muli %v364, %v99 : i64
          %v374 = arith.addi %v372, %v373 : i64
          %v375 = arith.constant 8 : i64
          %v376 = arith.addi %v375, %v21 : i64
          %v377 = arith.muli %v376, %v2 : i64
          %v378 = arith.addi %v374, %v377 : i64
          %v379 = llvm.getelementptr %in_Bm[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v380 = llvm.load %v379 : !llvm.ptr -> f32
          %v381 = arith.muli %v30, %v100 : i64
          %v382 = arith.muli %v364, %v99 : i64
          %v383 = arith.addi %v381, %v382 : i64
          %v384 = arith.muli %v21, %v2 : i64
          %v385 = arith.addi %v383, %v384 : i64
          %v386 = llvm.getelementptr %in_Cm[%v385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v387 = llvm.load %v386 : !llvm.ptr -> f32
          %v388 = arith.muli %v30, %v100 : i64
          %v389 = arith.muli %v364, %v99 : i64
          %v390 = arith.addi %v388, %v389 : i64
          %v391 = arith.constant 8 : i64
          %v392 = arith.addi %v391, %v21 : i64
          %v393 = arith.muli %v392, %v2 : i64
          %v394 = arith.addi %v390, %v393 : i64
          %v395 = llvm.getelementptr %in_Cm[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v396 = llvm.load %v395 : !llvm.ptr -> f32
          %v397 = arith.addi %v59, %v85 : i64
          %v398 = arith.muli %v30, %v100 : i64
          %v399 = arith.muli %v397, %v99 : i64
          %v400 = arith.addi %v398, %v399 : i64
          %v401 = arith.muli %v21, %v2 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = llvm.getelementptr %in_Bm[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v404 = llvm.load %v403 : !llvm.ptr -> f32
          %v405 = arith.muli %v30, %v100 : i64
          %v406 = arith.muli %v397, %v99 : i64
          %v407 = arith.addi %v405, %v406 : i64
          %v408 = arith.constant 8 : i64
          %v409 = arith.addi %v408, %v21 : i64
          %v410 = arith.muli %v409, %v2 : i64
          %v411 = arith.addi %v407, %v410 : i64
          %v412 = llvm.getelementptr %in_Bm[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v413 = llvm.load %v412 : !llvm.ptr -> f32
          %v414 = arith.muli %v30, %v100 : i64
          %v415 = arith.muli %v397, %v99 : i64
          %v416 = arith.addi %v414, %v415 : i64
          %v417 = arith.muli %v21, %v2 : i64
          %v418 = arith.addi %v416, %v417 : i64
          %v419 = llvm.getelementptr %in_Cm[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v420 = llvm.load %v419 : !llvm.ptr -> f32
          %v421 = arith.muli %v30, %v100 : i64
          %v422 = arith.muli %v397, %v99 : i64
          %v423 = arith.addi %v421, %v422 : i64
          %v424 = arith.constant 8 : i64
          %v425 = arith.addi %v424, %v21 : i64
          %v426 = arith.muli %v425, %v2 : i64
          %v427 = arith.addi %v423, %v426 : i64
          %v428 = llvm.getelementptr %in_Cm[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v429 = llvm.load %v428 : !llvm.ptr -> f32
          %v430 = arith.addi %v59, %v87 : i64
          %v431 = arith.muli %v30, %v100 : i64
          %v432 = arith.muli %v430, %v99 : i64
          %v433 = arith.addi %v431, %v432 : i64
          %v434 = arith.muli %v21, %v2 : i64
          %v435 = arith.addi %v433, %v434 : i64
          %v436 = llvm.getelementptr %in_Bm[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v437 = llvm.load %v436 : !llvm.ptr -> f32
          %v438 = arith.muli %v30, %v100 : i64
          %v439 = arith.muli %v430, %v99 : i64
          %v440 = arith.addi %v438, %v439 : i64
          %v441 = arith.constant 8 : i64
          %v442 = arith.addi %v441, %v21 : i64
          %v443 = arith.muli %v442, %v2 : i64
          %v444 = arith.addi %v440, %v443 : i64
          %v445 = llvm.getelementptr %in_Bm[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v446 = llvm.load %v445 : !llvm.ptr -> f32
          %v447 = arith.muli %v30, %v100 : i64
          %v448 = arith.muli %v430, %v99 : i64
          %v449 = arith.addi %v447, %v448 : i64
          %v450 = arith.muli %v21, %v2 : i64
          %v451 = arith.addi %v449, %v450 : i64
          %v452 = llvm.getelementptr %in_Cm[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v453 = llvm.load %v452 : !llvm.ptr -> f32
          %v454 = arith.muli %v30, %v100 : i64
          %v455 = arith.muli %v430, %v99 : i64
          %v456 = arith.addi %v454, %v455 : i64
          %v457 = arith.constant 8 : i64
          %v458 = arith.addi %v457, %v21 : i64
          %v459 = arith.muli %v458, %v2 : i64
          %v460 = arith.addi %v456, %v459 : i64
          %v461 = llvm.getelementptr %in_Cm[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v462 = llvm.load %v461 : !llvm.ptr -> f32
          %v463 = arith.addi %v59, %v89 : i64
          %v464 = arith.muli %v30, %v100 : i64
          %v465 = arith.muli %v463, %v99 : i64
          %v466 = arith.addi %v464, %v465 : i64
          %v467 = arith.muli %v21, %v2 : i64
          %v468 = arith.addi %v466, %v467 : i64
          %v469 = llvm.getelementptr %in_Bm[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v470 = llvm.load %v469 : !llvm.ptr -> f32
          %v471 = arith.muli %v30, %v100 : i64
          %v472 = arith.muli %v463, %v99 : i64
          %v473 = arith.addi %v471, %v472 : i64
          %v474 = arith.constant 8 : i64
          %v475 = arith.addi %v474, %v21 : i64
          %v476 = arith.muli %v475, %v2 : i64
          %v477 = arith.addi %v473, %v476 : i64
          %v478 = llvm.getelementptr %in_Bm[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v479 = llvm.load %v478 : !llvm.ptr -> f32
          %v480 = arith.muli %v30, %v100 : i64
          %v481 = arith.muli %v463, %v99 : i64
          %v482 = arith.addi %v480, %v481 : i64
          %v483 = arith.muli %v21, %v2 : i64
          %v484 = arith.addi %v482, %v483 : i64
          %v485 = llvm.getelementptr %in_Cm[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v486 = llvm.load %v485 : !llvm.ptr -> f32
          %v487 = arith.muli %v30, %v100 : i64
          %v488 = arith.muli %v463, %v99 : i64
          %v489 = arith.addi %v487, %v488 : i64
          %v490 = arith.constant 8 : i64
          %v491 = arith.addi %v490, %v21 : i64
          %v492 = arith.muli %v491, %v2 : i64
          %v493 = arith.addi %v489, %v492 : i64
          %v494 = llvm.getelementptr %in_Cm[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v495 = llvm.load %v494 : !llvm.ptr -> f32
          %v496 = arith.addi %v59, %v91 : i64
          %v497 = arith.muli %v30, %v100 : i64
          %v498 = arith.muli %v496, %v99 : i64
          %v499 = arith.addi %v497, %v498 : i64
          %v500 = arith.muli %v21, %v2 : i64
          %v501 = arith.addi %v499, %v500 : i64
          %v502 = llvm.getelementptr %in_Bm[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v503 = llvm.load %v502 : !llvm.ptr -> f32
          %v504 = arith.muli %v30, %v100 : i64
          %v505 = arith.muli %v496, %v99 : i64
          %v506 = arith.addi %v504, %v505 : i64
          %v507 = arith.constant 8 : i64
          %v508 = arith.addi %v507, %v21 : i64
          %v509 = arith.muli %v508, %v2 : i64
          %v510 = arith.addi %v506, %v509 : i64
          %v511 = llvm.getelementptr %in_Bm[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v512 = llvm.load %v511 : !llvm.ptr -> f32
          %v513 = arith.muli %v30, %v100 : i64
          %v514 = arith.muli %v496, %v99 : i64
          %v515 = arith.addi %v513, %v514 : i64
          %v516 = arith.muli %v21, %v2 : i64
          %v517 = arith.addi %v515, %v516 : i64
          %v518 = llvm.getelementptr %in_Cm[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v519 = llvm.load %v518 : !llvm.ptr -> f32
          %v520 = arith.muli %v30, %v100 : i64
          %v521 = arith.muli %v496, %v99 : i64
          %v522 = arith.addi %v520, %v521 : i64
          %v523 = arith.constant 8 : i64
          %v524 = arith.addi %v523, %v21 : i64
          %v525 = arith.muli %v524, %v2 : i64
          %v526 = arith.addi %v522, %v525 : i64
          %v527 = llvm.getelementptr %in_Cm[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v528 = llvm.load %v527 : !llvm.ptr -> f32
          %v529 = arith.addi %v59, %v93 : i64
          %v530 = arith.muli %v30, %v100 : i64
          %v531 = arith.muli %v529, %v99 : i64
          %v532 = arith.addi %v530, %v531 : i64
          %v533 = arith.muli %v21, %v2 : i64
          %v534 = arith.addi %v532, %v533 : i64
          %v535 = llvm.getelementptr %in_Bm[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v536 = llvm.load %v535 : !llvm.ptr -> f32
          %v537 = arith.muli %v30, %v100 : i64
          %v538 = arith.muli %v529, %v99 : i64
          %v539 = arith.addi %v537, %v538 : i64
          %v540 = arith.constant 8 : i64
          %v541 = arith.addi %v540, %v21 : i64
          %v542 = arith.muli %v541, %v2 : i64
          %v543 = arith.addi %v539, %v542 : i64
          %v544 = llvm.getelementptr %in_Bm[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v545 = llvm.load %v544 : !llvm.ptr -> f32
          %v546 = arith.muli %v30, %v100 : i64
          %v547 = arith.muli %v529, %v99 : i64
          %v548 = arith.addi %v546, %v547 : i64
          %v549 = arith.muli %v21, %v2 : i64
          %v550 = arith.addi %v548, %v549 : i64
          %v551 = llvm.getelementptr %in_Cm[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v552 = llvm.load %v551 : !llvm.ptr -> f32
          %v553 = arith.muli %v30, %v100 : i64
          %v554 = arith.muli %v529, %v99 : i64
          %v555 = arith.addi %v553, %v554 : i64
          %v556 = arith.constant 8 : i64
          %v557 = arith.addi %v556, %v21 : i64
          %v558 = arith.muli %v557, %v2 : i64
          %v559 = arith.addi %v555, %v558 : i64
          %v560 = llvm.getelementptr %in_Cm[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v561 = llvm.load %v560 : !llvm.ptr -> f32
          %v562 = arith.addi %v59, %v95 : i64
          %v563 = arith.muli %v30, %v100 : i64
          %v564 = arith.muli %v562, %v99 : i64
          %v565 = arith.addi %v563, %v564 : i64
          %v566 = arith.muli %v21, %v2 : i64
          %v567 = arith.addi %v565, %v566 : i64
          %v568 = llvm.getelementptr %in_Bm[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v569 = llvm.load %v568 : !llvm.ptr -> f32
          %v570 = arith.muli %v30, %v100 : i64
          %v571 = arith.muli %v562, %v99 : i64
          %v572 = arith.addi %v570, %v571 : i64
          %v573 = arith.constant 8 : i64
          %v574 = arith.addi %v573, %v21 : i64
          %v575 = arith.muli %v574, %v2 : i64
          %v576 = arith.addi %v572, %v575 : i64
          %v577 = llvm.getelementptr %in_Bm[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v578 = llvm.load %v577 : !llvm.ptr -> f32
          %v579 = arith.muli %v30, %v100 : i64
          %v580 = arith.muli %v562, %v99 : i64
          %v581 = arith.addi %v579, %v580 : i64
          %v582 = arith.muli %v21, %v2 : i64
          %v583 = arith.addi %v581, %v582 : i64
          %v584 = llvm.getelementptr %in_Cm[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v585 = llvm.load %v584 : !llvm.ptr -> f32
          %v586 = arith.muli %v30, %v100 : i64
          %v587 = arith.muli %v562, %v99 : i64
          %v588 = arith.addi %v586, %v587 : i64
          %v589 = arith.constant 8 : i64
          %v590 = arith.addi %v589, %v21 : i64
          %v591 = arith.muli %v590, %v2 : i64
          %v592 = arith.addi %v588, %v591 : i64
          %v593 = llvm.getelementptr %in_Cm[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v594 = llvm.load %v593 : !llvm.ptr -> f32
          %v595 = arith.addi %v59, %v97 : i64
          %v596 = arith.muli %v30, %v100 : i64
          %v597 = arith.muli %v595, %v99 : i64
          %v598 = arith.addi %v596, %v597 : i64
          %v599 = arith.muli %v21, %v2 : i64
          %v600 = arith.addi %v598, %v599 : i64
          %v601 = llvm.getelementptr %in_Bm[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v602 = llvm.load %v601 : !llvm.ptr -> f32
          %v603 = arith.muli %v30, %v100 : i64
          %v604 = arith.muli %v595, %v99 : i64
          %v605 = arith.addi %v603, %v604 : i64
          %v606 = arith.constant 8 : i64
          %v607 = arith.addi %v606, %v21 : i64
          %v608 = arith.muli %v607, %v2 : i64
          %v609 = arith.addi %v605, %v608 : i64
          %v610 = llvm.getelementptr %in_Bm[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v611 = llvm.load %v610 : !llvm.ptr -> f32
          %v612 = arith.muli %v30, %v100 : i64
          %v613 = arith.muli %v595, %v99 : i64
          %v614 = arith.addi %v612, %v613 : i64
          %v615 = arith.muli %v21, %v2 : i64
          %v616 = arith.addi %v614, %v615 : i64
          %v617 = llvm.getelementptr %in_Cm[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v618 = llvm.load %v617 : !llvm.ptr -> f32
          %v619 = arith.muli %v30, %v100 : i64
          %v620 = arith.muli %v595, %v99 : i64
          %v621 = arith.addi %v619, %v620 : i64
          %v622 = arith.constant 8 : i64
          %v623 = arith.addi %v622, %v21 : i64
          %v624 = arith.muli %v623, %v2 : i64
          %v625 = arith.addi %v621, %v624 : i64
          %v626 = llvm.getelementptr %in_Cm[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v627 = llvm.load %v626 : !llvm.ptr -> f32
          %v628 = arith.addi %v68, %v37 : i64
          %v629 = arith.addi %v628, %v21 : i64
          %v630 = arith.addi %v59, %v629 : i64
          %v633 = arith.muli %v30, %v632 : i64
          %v634 = arith.muli %v630, %v631 : i64
          %v635 = arith.addi %v633, %v634 : i64
          %v636 = arith.muli %v28, %v2 : i64
          %v637 = arith.addi %v635, %v636 : i64
          %v638 = llvm.getelementptr %in_delta[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v639 = llvm.load %v638 : !llvm.ptr -> f32
          %v643 = arith.addf %v639, %v642 fastmath<contract> : f32
          %v645 = arith.maximumf %v643, %v644 : f32
          %v646 = llvm.call_intrinsic "llvm.fabs.f32"(%v643) : (f32) -> f32
          %v647 = arith.negf %v646 : f32
          %v649 = arith.mulf %v647, %v648 fastmath<contract> : f32
          %v650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v649) : (f32) -> f32
          %v652 = arith.addf %v651, %v650 fastmath<contract> : f32
          %v653 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v652) : (f32) -> f32
          %v655 = arith.mulf %v653, %v654 fastmath<contract> : f32
          %v657 = arith.mulf %v656, %v650 fastmath<contract> : f32
          %v659 = arith.addf %v657, %v658 fastmath<contract> : f32
          %v660 = arith.mulf %v659, %v650 fastmath<contract> : f32
          %v662 = arith.addf %v660, %v661 fastmath<contract> : f32
          %v663 = arith.mulf %v662, %v650 fastmath<contract> : f32
          %v665 = arith.addf %v663, %v664 fastmath<contract> : f32
          %v666 = arith.mulf %v665, %v650 fastmath<contract> : f32
          %v668 = arith.addf %v666, %v667 fastmath<contract> : f32
          %v669 = arith.mulf %v668, %v650 fastmath<contract> : f32
          %v671 = arith.addf %v669, %v670 fastmath<contract> : f32
          %v672 = arith.mulf %v671, %v650 fastmath<contract> : f32
          %v673 = arith.addf %v672, %v651 fastmath<contract> : f32
          %v674 = arith.mulf %v673, %v650 fastmath<contract> : f32
          %v675 = llvm.call_intrinsic "llvm.fabs.f32"(%v650) : (f32) -> f32
          %v677 = arith.cmpf olt, %v675, %v676 : f32
          %v678 = arith.select %v677, %v674, %v655 : f32
          %v679 = arith.addf %v645, %v678 fastmath<contract> : f32
          %v680 = arith.muli %v30, %v632 : i64
          %v681 = arith.muli %v630, %v631 : i64
          %v682 = arith.addi %v680, %v681 : i64
          %v683 = arith.muli %v28, %v2 : i64
          %v684 = arith.addi %v682, %v683 : i64
          %v685 = llvm.getelementptr %in_u[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v686 = llvm.load %v685 : !llvm.ptr -> f32
          %v687 = arith.mulf %v679, %v686 fastmath<contract> : f32
          %v691 = arith.mulf %v686, %v690 fastmath<contract> : f32
          %v692 = arith.muli %v30, %v632 : i64
          %v693 = arith.muli %v630, %v631 : i64
          %v694 = arith.addi %v692, %v693 : i64
          %v695 = arith.muli %v28, %v2 : i64
          %v696 = arith.addi %v694, %v695 : i64
          %v697 = llvm.getelementptr %in_z[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v698 = llvm.load %v697 : !llvm.ptr -> f32
          %v699 = arith.negf %v698 : f32
          %v700 = arith.mulf %v699, %v648 fastmath<contract> : f32
          %v701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v700) : (f32) -> f32
          %v702 = arith.addf %v651, %v701 fastmath<contract> : f32
          %v703 = arith.divf %v651, %v702 : f32
          %v704 = arith.mulf %v698, %v703 fastmath<contract> : f32
          %v705 = arith.addi %v68, %v15 : i64
          %v706 = arith.addi %v705, %v21 : i64
          %v707 = arith.addi %v59, %v706 : i64
          %v708 = arith.muli %v30, %v632 : i64
          %v709 = arith.muli %v707, %v631 : i64
          %v710 = arith.addi %v708, %v709 : i64
          %v711 = arith.muli %v28, %v2 : i64
          %v712 = arith.addi %v710, %v711 : i64
          %v713 = llvm.getelementptr %in_delta[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v714 = llvm.load %v713 : !llvm.ptr -> f32
          %v715 = arith.addf %v714, %v642 fastmath<contract> : f32
          %v716 = arith.maximumf %v715, %v644 : f32
          %v717 = llvm.call_intrinsic "llvm.fabs.f32"(%v715) : (f32) -> f32
          %v718 = arith.negf %v717 : f32
          %v719 = arith.mulf %v718, %v648 fastmath<contract> : f32
          %v720 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v719) : (f32) -> f32
          %v721 = arith.addf %v651, %v720 fastmath<contract> : f32
          %v722 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v721) : (f32) -> f32
          %v723 = arith.mulf %v722, %v654 fastmath<contract> : f32
          %v724 = arith.mulf %v656, %v720 fastmath<contract> : f32
          %v725 = arith.addf %v724, %v658 fastmath<contract> : f32
          %v726 = arith.mulf %v725, %v720 fastmath<contract> : f32
          %v727 = arith.addf %v726, %v661 fastmath<contract> : f32
          %v728 = arith.mulf %v727, %v720 fastmath<contract> : f32
          %v729 = arith.addf %v728, %v664 fastmath<contract> : f32
          %v730 = arith.mulf %v729, %v720 fastmath<contract> : f32
          %v731 = arith.addf %v730, %v667 fastmath<contract> : f32
          %v732 = arith.mulf %v731, %v720 fastmath<contract> : f32
          %v733 = arith.addf %v732, %v670 fastmath<contract> : f32
          %v734 = arith.mulf %v733, %v720 fastmath<contract> : f32
          %v735 = arith.addf %v734, %v651 fastmath<contract> : f32
          %v736 = arith.mulf %v735, %v720 fastmath<contract> : f32
          %v737 = llvm.call_intrinsic "llvm.fabs.f32"(%v720) : (f32) -> f32
          %v738 = arith.cmpf olt, %v737, %v676 : f32
          %v739 = arith.select %v738, %v736, %v723 : f32
          %v740 = arith.addf %v716, %v739 fastmath<contract> : f32
          %v741 = arith.muli %v30, %v632 : i64
          %v742 = arith.muli %v707, %v631 : i64
          %v743 = arith.addi %v741, %v742 : i64
          %v744 = arith.muli %v28, %v2 : i64
          %v745 = arith.addi %v743, %v744 : i64
          %v746 = llvm.getelementptr %in_u[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v747 = llvm.load %v746 : !llvm.ptr -> f32
          %v748 = arith.mulf %v740, %v747 fastmath<contract> : f32
          %v749 = arith.mulf %v747, %v690 fastmath<contract> : f32
          %v750 = arith.muli %v30, %v632 : i64
          %v751 = arith.muli %v707, %v631 : i64
          %v752 = arith.addi %v750, %v751 : i64
          %v753 = arith.muli %v28, %v2 : i64
          %v754 = arith.addi %v752, %v753 : i64
          %v755 = llvm.getelementptr %in_z[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v756 = llvm.load %v755 : !llvm.ptr -> f32
          %v757 = arith.negf %v756 : f32
          %v758 = arith.mulf %v757, %v648 fastmath<contract> : f32
          %v759 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v758) : (f32) -> f32
          %v760 = arith.addf %v651, %v759 fastmath<contract> : f32
          %v761 = arith.divf %v651, %v760 : f32
          %v762 = arith.mulf %v756, %v761 fastmath<contract> : f32
          %v799 = arith.addi %v59, %v69 : i64
          %v800, %v801 = gpu.shuffle idx %v679, %v767, %v798 : f32
          %v802, %v803 = gpu.shuffle idx %v687, %v767, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v804 = arith.remui %v799, %v9 : i64
          %v805 = arith.cmpi eq, %v804, %v37 : i64
          %v806 = arith.andi %v805, %v25 : i1
          scf.if %v806 {
            %v807 = arith.divui %v799, %v9 : i64
            %v808 = llvm.mlir.zero : !llvm.ptr
            %v809 = llvm.icmp "ne" %ckpt_h, %v808 : !llvm.ptr
            scf.if %v809 {
              %v813 = arith.muli %v807, %v812 : i64
              %v814 = llvm.load %v5 : !llvm.ptr -> f32
              %v817 = arith.muli %v30, %v816 : i64
              %v818 = arith.muli %v28, %v815 : i64
              %v819 = arith.addi %v817, %v818 : i64
              %v820 = arith.muli %v21, %v2 : i64
              %v821 = arith.addi %v819, %v820 : i64
              %v822 = arith.addi %v813, %v821 : i64
              %v823 = llvm.getelementptr %ckpt_h[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v814, %v823 : f32, !llvm.ptr
              %v824 = llvm.load %v6 : !llvm.ptr -> f32
              %v825 = arith.muli %v30, %v816 : i64
              %v826 = arith.muli %v28, %v815 : i64
              %v827 = arith.addi %v825, %v826 : i64
              %v828 = arith.constant 8 : i64
              %v829 = arith.addi %v828, %v21 : i64
              %v830 = arith.muli %v829, %v2 : i64
              %v831 = arith.addi %v827, %v830 : i64
              %v832 = arith.addi %v813, %v831 : i64
              %v833 = llvm.getelementptr %ckpt_h[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v824, %v833 : f32, !llvm.ptr
            }
          }
          // end save
          %v841 = arith.mulf %v800, %v840 fastmath<contract> : f32
          %v842 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v841) : (f32) -> f32
          %v843 = arith.mulf %v107, %v802 fastmath<contract> : f32
          %v844 = llvm.load %v5 : !llvm.ptr -> f32
          %v845 = arith.mulf %v842, %v844 fastmath<contract> : f32
          %v846 = arith.addf %v845, %v843 fastmath<contract> : f32
          %v855 = arith.mulf %v800, %v854 fastmath<contract> : f32
          %v856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v855) : (f32) -> f32
          %v857 = arith.mulf %v116, %v802 fastmath<contract> : f32
          %v858 = llvm.load %v6 : !llvm.ptr -> f32
          %v859 = arith.mulf %v856, %v858 fastmath<contract> : f32
          %v860 = arith.addf %v859, %v857 fastmath<contract> : f32
          llvm.store %v846, %v5 : f32, !llvm.ptr
          llvm.store %v860, %v6 : f32, !llvm.ptr
          %v861 = llvm.load %v5 : !llvm.ptr -> f32
          %v862 = arith.mulf %v123, %v861 fastmath<contract> : f32
          %v863 = llvm.load %v6 : !llvm.ptr -> f32
          %v864 = arith.mulf %v132, %v863 fastmath<contract> : f32
          %v865 = arith.addf %v862, %v864 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v868, %v869 = gpu.shuffle xor %v865, %v866, %v867 : f32
          %v870 = arith.addf %v865, %v868 fastmath<contract> : f32
          %v872, %v873 = gpu.shuffle xor %v870, %v871, %v867 : f32
          %v874 = arith.addf %v870, %v872 fastmath<contract> : f32
          %v876, %v877 = gpu.shuffle xor %v874, %v875, %v867 : f32
          %v878 = arith.addf %v874, %v876 fastmath<contract> : f32
          // end sum over the lanes
          %v879 = arith.addi %v59, %v70 : i64
          %v880, %v881 = gpu.shuffle idx %v679, %v771, %v798 : f32
          %v882, %v883 = gpu.shuffle idx %v687, %v771, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v884 = arith.remui %v879, %v9 : i64
          %v885 = arith.cmpi eq, %v884, %v37 : i64
          %v886 = arith.andi %v885, %v25 : i1
          scf.if %v886 {
            %v887 = arith.divui %v879, %v9 : i64
            %v888 = llvm.mlir.zero : !llvm.ptr
            %v889 = llvm.icmp "ne" %ckpt_h, %v888 : !llvm.ptr
            scf.if %v889 {
              %v893 = arith.muli %v887, %v892 : i64
              %v894 = llvm.load %v5 : !llvm.ptr -> f32
              %v895 = arith.muli %v30, %v816 : i64
              %v896 = arith.muli %v28, %v815 : i64
              %v897 = arith.addi %v895, %v896 : i64
              %v898 = arith.muli %v21, %v2 : i64
              %v899 = arith.addi %v897, %v898 : i64
              %v900 = arith.addi %v893, %v899 : i64
              %v901 = llvm.getelementptr %ckpt_h[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v894, %v901 : f32, !llvm.ptr
              %v902 = llvm.load %v6 : !llvm.ptr -> f32
              %v903 = arith.muli %v30, %v816 : i64
              %v904 = arith.muli %v28, %v815 : i64
              %v905 = arith.addi %v903, %v904 : i64
              %v906 = arith.constant 8 : i64
              %v907 = arith.addi %v906, %v21 : i64
              %v908 = arith.muli %v907, %v2 : i64
              %v909 = arith.addi %v905, %v908 : i64
              %v910 = arith.addi %v893, %v909 : i64
              %v911 = llvm.getelementptr %ckpt_h[%v910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v902, %v911 : f32, !llvm.ptr
            }
          }
          // end save
          %v913 = arith.mulf %v880, %v912 fastmath<contract> : f32
          %v914 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v913) : (f32) -> f32
          %v915 = arith.mulf %v140, %v882 fastmath<contract> : f32
          %v916 = llvm.load %v5 : !llvm.ptr -> f32
          %v917 = arith.mulf %v914, %v916 fastmath<contract> : f32
          %v918 = arith.addf %v917, %v915 fastmath<contract> : f32
          %v920 = arith.mulf %v880, %v919 fastmath<contract> : f32
          %v921 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v920) : (f32) -> f32
          %v922 = arith.mulf %v149, %v882 fastmath<contract> : f32
          %v923 = llvm.load %v6 : !llvm.ptr -> f32
          %v924 = arith.mulf %v921, %v923 fastmath<contract> : f32
          %v925 = arith.addf %v924, %v922 fastmath<contract> : f32
          llvm.store %v918, %v5 : f32, !llvm.ptr
          llvm.store %v925, %v6 : f32, !llvm.ptr
          %v926 = llvm.load %v5 : !llvm.ptr -> f32
          %v927 = arith.mulf %v156, %v926 fastmath<contract> : f32
          %v928 = llvm.load %v6 : !llvm.ptr -> f32
          %v929 = arith.mulf %v165, %v928 fastmath<contract> : f32
          %v930 = arith.addf %v927, %v929 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v931, %v932 = gpu.shuffle xor %v930, %v866, %v867 : f32
          %v933 = arith.addf %v930, %v931 fastmath<contract> : f32
          %v934, %v935 = gpu.shuffle xor %v933, %v871, %v867 : f32
          %v936 = arith.addf %v933, %v934 fastmath<contract> : f32
          %v937, %v938 = gpu.shuffle xor %v936, %v875, %v867 : f32
          %v939 = arith.addf %v936, %v937 fastmath<contract> : f32
          // end sum over the lanes
          %v940 = arith.addi %v59, %v72 : i64
          %v941, %v942 = gpu.shuffle idx %v679, %v775, %v798 : f32
          %v943, %v944 = gpu.shuffle idx %v687, %v775, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v945 = arith.remui %v940, %v9 : i64
          %v946 = arith.cmpi eq, %v945, %v37 : i64
          %v947 = arith.andi %v946, %v25 : i1
          scf.if %v947 {
            %v948 = arith.divui %v940, %v9 : i64
            %v949 = llvm.mlir.zero : !llvm.ptr
            %v950 = llvm.icmp "ne" %ckpt_h, %v949 : !llvm.ptr
            scf.if %v950 {
              %v954 = arith.muli %v948, %v953 : i64
              %v955 = llvm.load %v5 : !llvm.ptr -> f32
              %v956 = arith.muli %v30, %v816 : i64
              %v957 = arith.muli %v28, %v815 : i64
              %v958 = arith.addi %v956, %v957 : i64
              %v959 = arith.muli %v21, %v2 : i64
              %v960 = arith.addi %v958, %v959 : i64
              %v961 = arith.addi %v954, %v960 : i64
              %v962 = llvm.getelementptr %ckpt_h[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v955, %v962 : f32, !llvm.ptr
              %v963 = llvm.load %v6 : !llvm.ptr -> f32
              %v964 = arith.muli %v30, %v816 : i64
              %v965 = arith.muli %v28, %v815 : i64
              %v966 = arith.addi %v964, %v965 : i64
              %v967 = arith.constant 8 : i64
              %v968 = arith.addi %v967, %v21 : i64
              %v969 = arith.muli %v968, %v2 : i64
              %v970 = arith.addi %v966, %v969 : i64
              %v971 = arith.addi %v954, %v970 : i64
              %v972 = llvm.getelementptr %ckpt_h[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v963, %v972 : f32, !llvm.ptr
            }
          }
          // end save
          %v974 = arith.mulf %v941, %v973 fastmath<contract> : f32
          %v975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v974) : (f32) -> f32
          %v976 = arith.mulf %v173, %v943 fastmath<contract> : f32
          %v977 = llvm.load %v5 : !llvm.ptr -> f32
          %v978 = arith.mulf %v975, %v977 fastmath<contract> : f32
          %v979 = arith.addf %v978, %v976 fastmath<contract> : f32
          %v981 = arith.mulf %v941, %v980 fastmath<contract> : f32
          %v982 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v981) : (f32) -> f32
          %v983 = arith.mulf %v182, %v943 fastmath<contract> : f32
          %v984 = llvm.load %v6 : !llvm.ptr -> f32
          %v985 = arith.mulf %v982, %v984 fastmath<contract> : f32
          %v986 = arith.addf %v985, %v983 fastmath<contract> : f32
          llvm.store %v979, %v5 : f32, !llvm.ptr
          llvm.store %v986, %v6 : f32, !llvm.ptr
          %v987 = llvm.load %v5 : !llvm.ptr -> f32
          %v988 = arith.mulf %v189, %v987 fastmath<contract> : f32
          %v989 = llvm.load %v6 : !llvm.ptr -> f32
          %v990 = arith.mulf %v198, %v989 fastmath<contract> : f32
          %v991 = arith.addf %v988, %v990 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v992, %v993 = gpu.shuffle xor %v991, %v866, %v867 : f32
          %v994 = arith.addf %v991, %v992 fastmath<contract> : f32
          %v995, %v996 = gpu.shuffle xor %v994, %v871, %v867 : f32
          %v997 = arith.addf %v994, %v995 fastmath<contract> : f32
          %v998, %v999 = gpu.shuffle xor %v997, %v875, %v867 : f32
          %v1000 = arith.addf %v997, %v998 fastmath<contract> : f32
          // end sum over the lanes
          %v1001 = arith.addi %v59, %v74 : i64
          %v1002, %v1003 = gpu.shuffle idx %v679, %v779, %v798 : f32
          %v1004, %v1005 = gpu.shuffle idx %v687, %v779, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1006 = arith.remui %v1001, %v9 : i64
          %v1007 = arith.cmpi eq, %v1006, %v37 : i64
          %v1008 = arith.andi %v1007, %v25 : i1
          scf.if %v1008 {
            %v1009 = arith.divui %v1001, %v9 : i64
            %v1010 = llvm.mlir.zero : !llvm.ptr
            %v1011 = llvm.icmp "ne" %ckpt_h, %v1010 : !llvm.ptr
            scf.if %v1011 {
              %v1015 = arith.muli %v1009, %v1014 : i64
              %v1016 = llvm.load %v5 : !llvm.ptr -> f32
              %v1017 = arith.muli %v30, %v816 : i64
              %v1018 = arith.muli %v28, %v815 : i64
              %v1019 = arith.addi %v1017, %v1018 : i64
              %v1020 = arith.muli %v21, %v2 : i64
              %v1021 = arith.addi %v1019, %v1020 : i64
              %v1022 = arith.addi %v1015, %v1021 : i64
              %v1023 = llvm.getelementptr %ckpt_h[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1016, %v1023 : f32, !llvm.ptr
              %v1024 = llvm.load %v6 : !llvm.ptr -> f32
              %v1025 = arith.muli %v30, %v816 : i64
              %v1026 = arith.muli %v28, %v815 : i64
              %v1027 = arith.addi %v1025, %v1026 : i64
              %v1028 = arith.constant 8 : i64
              %v1029 = arith.addi %v1028, %v21 : i64
              %v1030 = arith.muli %v1029, %v2 : i64
              %v1031 = arith.addi %v1027, %v1030 : i64
              %v1032 = arith.addi %v1015, %v1031 : i64
              %v1033 = llvm.getelementptr %ckpt_h[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1024, %v1033 : f32, !llvm.ptr
            }
          }
          // end save
          %v1035 = arith.mulf %v1002, %v1034 fastmath<contract> : f32
          %v1036 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1035) : (f32) -> f32
          %v1037 = arith.mulf %v206, %v1004 fastmath<contract> : f32
          %v1038 = llvm.load %v5 : !llvm.ptr -> f32
          %v1039 = arith.mulf %v1036, %v1038 fastmath<contract> : f32
          %v1040 = arith.addf %v1039, %v1037 fastmath<contract> : f32
          %v1042 = arith.mulf %v1002, %v1041 fastmath<contract> : f32
          %v1043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1042) : (f32) -> f32
          %v1044 = arith.mulf %v215, %v1004 fastmath<contract> : f32
          %v1045 = llvm.load %v6 : !llvm.ptr -> f32
          %v1046 = arith.mulf %v1043, %v1045 fastmath<contract> : f32
          %v1047 = arith.addf %v1046, %v1044 fastmath<contract> : f32
          llvm.store %v1040, %v5 : f32, !llvm.ptr
          llvm.store %v1047, %v6 : f32, !llvm.ptr
          %v1048 = llvm.load %v5 : !llvm.ptr -> f32
          %v1049 = arith.mulf %v222, %v1048 fastmath<contract> : f32
          %v1050 = llvm.load %v6 : !llvm.ptr -> f32
          %v1051 = arith.mulf %v231, %v1050 fastmath<contract> : f32
          %v1052 = arith.addf %v1049, %v1051 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1053, %v1054 = gpu.shuffle xor %v1052, %v866, %v867 : f32
          %v1055 = arith.addf %v1052, %v1053 fastmath<contract> : f32
          %v1056, %v1057 = gpu.shuffle xor %v1055, %v871, %v867 : f32
          %v1058 = arith.addf %v1055, %v1056 fastmath<contract> : f32
          %v1059, %v1060 = gpu.shuffle xor %v1058, %v875, %v867 : f32
          %v1061 = arith.addf %v1058, %v1059 fastmath<contract> : f32
          // end sum over the lanes
          %v1062 = arith.addi %v59, %v76 : i64
          %v1063, %v1064 = gpu.shuffle idx %v679, %v783, %v798 : f32
          %v1065, %v1066 = gpu.shuffle idx %v687, %v783, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1067 = arith.remui %v1062, %v9 : i64
          %v1068 = arith.cmpi eq, %v1067, %v37 : i64
          %v1069 = arith.andi %v1068, %v25 : i1
          scf.if %v1069 {
            %v1070 = arith.divui %v1062, %v9 : i64
            %v1071 = llvm.mlir.zero : !llvm.ptr
            %v1072 = llvm.icmp "ne" %ckpt_h, %v1071 : !llvm.ptr
            scf.if %v1072 {
              %v1076 = arith.muli %v1070, %v1075 : i64
              %v1077 = llvm.load %v5 : !llvm.ptr -> f32
              %v1078 = arith.muli %v30, %v816 : i64
              %v1079 = arith.muli %v28, %v815 : i64
              %v1080 = arith.addi %v1078, %v1079 : i64
              %v1081 = arith.muli %v21, %v2 : i64
              %v1082 = arith.addi %v1080, %v1081 : i64
              %v1083 = arith.addi %v1076, %v1082 : i64
              %v1084 = llvm.getelementptr %ckpt_h[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1077, %v1084 : f32, !llvm.ptr
              %v1085 = llvm.load %v6 : !llvm.ptr -> f32
              %v1086 = arith.muli %v30, %v816 : i64
              %v1087 = arith.muli %v28, %v815 : i64
              %v1088 = arith.addi %v1086, %v1087 : i64
              %v1089 = arith.constant 8 : i64
              %v1090 = arith.addi %v1089, %v21 : i64
              %v1091 = arith.muli %v1090, %v2 : i64
              %v1092 = arith.addi %v1088, %v1091 : i64
              %v1093 = arith.addi %v1076, %v1092 : i64
              %v1094 = llvm.getelementptr %ckpt_h[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1085, %v1094 : f32, !llvm.ptr
            }
          }
          // end save
          %v1096 = arith.mulf %v1063, %v1095 fastmath<contract> : f32
          %v1097 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1096) : (f32) -> f32
          %v1098 = arith.mulf %v239, %v1065 fastmath<contract> : f32
          %v1099 = llvm.load %v5 : !llvm.ptr -> f32
          %v1100 = arith.mulf %v1097, %v1099 fastmath<contract> : f32
          %v1101 = arith.addf %v1100, %v1098 fastmath<contract> : f32
          %v1103 = arith.mulf %v1063, %v1102 fastmath<contract> : f32
          %v1104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1103) : (f32) -> f32
          %v1105 = arith.mulf %v248, %v1065 fastmath<contract> : f32
          %v1106 = llvm.load %v6 : !llvm.ptr -> f32
          %v1107 = arith.mulf %v1104, %v1106 fastmath<contract> : f32
          %v1108 = arith.addf %v1107, %v1105 fastmath<contract> : f32
          llvm.store %v1101, %v5 : f32, !llvm.ptr
          llvm.store %v1108, %v6 : f32, !llvm.ptr
          %v1109 = llvm.load %v5 : !llvm.ptr -> f32
          %v1110 = arith.mulf %v255, %v1109 fastmath<contract> : f32
          %v1111 = llvm.load %v6 : !llvm.ptr -> f32
          %v1112 = arith.mulf %v264, %v1111 fastmath<contract> : f32
          %v1113 = arith.addf %v1110, %v1112 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1114, %v1115 = gpu.shuffle xor %v1113, %v866, %v867 : f32
          %v1116 = arith.addf %v1113, %v1114 fastmath<contract> : f32
          %v1117, %v1118 = gpu.shuffle xor %v1116, %v871, %v867 : f32
          %v1119 = arith.addf %v1116, %v1117 fastmath<contract> : f32
          %v1120, %v1121 = gpu.shuffle xor %v1119, %v875, %v867 : f32
          %v1122 = arith.addf %v1119, %v1120 fastmath<contract> : f32
          // end sum over the lanes
          %v1123 = arith.addi %v59, %v78 : i64
          %v1124, %v1125 = gpu.shuffle idx %v679, %v787, %v798 : f32
          %v1126, %v1127 = gpu.shuffle idx %v687, %v787, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1128 = arith.remui %v1123, %v9 : i64
          %v1129 = arith.cmpi eq, %v1128, %v37 : i64
          %v1130 = arith.andi %v1129, %v25 : i1
          scf.if %v1130 {
            %v1131 = arith.divui %v1123, %v9 : i64
            %v1132 = llvm.mlir.zero : !llvm.ptr
            %v1133 = llvm.icmp "ne" %ckpt_h, %v1132 : !llvm.ptr
            scf.if %v1133 {
              %v1137 = arith.muli %v1131, %v1136 : i64
              %v1138 = llvm.load %v5 : !llvm.ptr -> f32
              %v1139 = arith.muli %v30, %v816 : i64
              %v1140 = arith.muli %v28, %v815 : i64
              %v1141 = arith.addi %v1139, %v1140 : i64
              %v1142 = arith.muli %v21, %v2 : i64
              %v1143 = arith.addi %v1141, %v1142 : i64
              %v1144 = arith.addi %v1137, %v1143 : i64
              %v1145 = llvm.getelementptr %ckpt_h[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1138, %v1145 : f32, !llvm.ptr
              %v1146 = llvm.load %v6 : !llvm.ptr -> f32
              %v1147 = arith.muli %v30, %v816 : i64
              %v1148 = arith.muli %v28, %v815 : i64
              %v1149 = arith.addi %v1147, %v1148 : i64
              %v1150 = arith.constant 8 : i64
              %v1151 = arith.addi %v1150, %v21 : i64
              %v1152 = arith.muli %v1151, %v2 : i64
              %v1153 = arith.addi %v1149, %v1152 : i64
              %v1154 = arith.addi %v1137, %v1153 : i64
              %v1155 = llvm.getelementptr %ckpt_h[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1146, %v1155 : f32, !llvm.ptr
            }
          }
          // end save
          %v1157 = arith.mulf %v1124, %v1156 fastmath<contract> : f32
          %v1158 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1157) : (f32) -> f32
          %v1159 = arith.mulf %v272, %v1126 fastmath<contract> : f32
          %v1160 = llvm.load %v5 : !llvm.ptr -> f32
          %v1161 = arith.mulf %v1158, %v1160 fastmath<contract> : f32
          %v1162 = arith.addf %v1161, %v1159 fastmath<contract> : f32
          %v1164 = arith.mulf %v1124, %v1163 fastmath<contract> : f32
          %v1165 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1164) : (f32) -> f32
          %v1166 = arith.mulf %v281, %v1126 fastmath<contract> : f32
          %v1167 = llvm.load %v6 : !llvm.ptr -> f32
          %v1168 = arith.mulf %v1165, %v1167 fastmath<contract> : f32
          %v1169 = arith.addf %v1168, %v1166 fastmath<contract> : f32
          llvm.store %v1162, %v5 : f32, !llvm.ptr
          llvm.store %v1169, %v6 : f32, !llvm.ptr
          %v1170 = llvm.load %v5 : !llvm.ptr -> f32
          %v1171 = arith.mulf %v288, %v1170 fastmath<contract> : f32
          %v1172 = llvm.load %v6 : !llvm.ptr -> f32
          %v1173 = arith.mulf %v297, %v1172 fastmath<contract> : f32
          %v1174 = arith.addf %v1171, %v1173 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1175, %v1176 = gpu.shuffle xor %v1174, %v866, %v867 : f32
          %v1177 = arith.addf %v1174, %v1175 fastmath<contract> : f32
          %v1178, %v1179 = gpu.shuffle xor %v1177, %v871, %v867 : f32
          %v1180 = arith.addf %v1177, %v1178 fastmath<contract> : f32
          %v1181, %v1182 = gpu.shuffle xor %v1180, %v875, %v867 : f32
          %v1183 = arith.addf %v1180, %v1181 fastmath<contract> : f32
          // end sum over the lanes
          %v1184 = arith.addi %v59, %v80 : i64
          %v1185, %v1186 = gpu.shuffle idx %v679, %v791, %v798 : f32
          %v1187, %v1188 = gpu.shuffle idx %v687, %v791, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1189 = arith.remui %v1184, %v9 : i64
          %v1190 = arith.cmpi eq, %v1189, %v37 : i64
          %v1191 = arith.andi %v1190, %v25 : i1
          scf.if %v1191 {
            %v1192 = arith.divui %v1184, %v9 : i64
            %v1193 = llvm.mlir.zero : !llvm.ptr
            %v1194 = llvm.icmp "ne" %ckpt_h, %v1193 : !llvm.ptr
            scf.if %v1194 {
              %v1198 = arith.muli %v1192, %v1197 : i64
              %v1199 = llvm.load %v5 : !llvm.ptr -> f32
              %v1200 = arith.muli %v30, %v816 : i64
              %v1201 = arith.muli %v28, %v815 : i64
              %v1202 = arith.addi %v1200, %v1201 : i64
              %v1203 = arith.muli %v21, %v2 : i64
              %v1204 = arith.addi %v1202, %v1203 : i64
              %v1205 = arith.addi %v1198, %v1204 : i64
              %v1206 = llvm.getelementptr %ckpt_h[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1199, %v1206 : f32, !llvm.ptr
              %v1207 = llvm.load %v6 : !llvm.ptr -> f32
              %v1208 = arith.muli %v30, %v816 : i64
              %v1209 = arith.muli %v28, %v815 : i64
              %v1210 = arith.addi %v1208, %v1209 : i64
              %v1211 = arith.constant 8 : i64
              %v1212 = arith.addi %v1211, %v21 : i64
              %v1213 = arith.muli %v1212, %v2 : i64
              %v1214 = arith.addi %v1210, %v1213 : i64
              %v1215 = arith.addi %v1198, %v1214 : i64
              %v1216 = llvm.getelementptr %ckpt_h[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1207, %v1216 : f32, !llvm.ptr
            }
          }
          // end save
          %v1218 = arith.mulf %v1185, %v1217 fastmath<contract> : f32
          %v1219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1218) : (f32) -> f32
          %v1220 = arith.mulf %v305, %v1187 fastmath<contract> : f32
          %v1221 = llvm.load %v5 : !llvm.ptr -> f32
          %v1222 = arith.mulf %v1219, %v1221 fastmath<contract> : f32
          %v1223 = arith.addf %v1222, %v1220 fastmath<contract> : f32
          %v1225 = arith.mulf %v1185, %v1224 fastmath<contract> : f32
          %v1226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1225) : (f32) -> f32
          %v1227 = arith.mulf %v314, %v1187 fastmath<contract> : f32
          %v1228 = llvm.load %v6 : !llvm.ptr -> f32
          %v1229 = arith.mulf %v1226, %v1228 fastmath<contract> : f32
          %v1230 = arith.addf %v1229, %v1227 fastmath<contract> : f32
          llvm.store %v1223, %v5 : f32, !llvm.ptr
          llvm.store %v1230, %v6 : f32, !llvm.ptr
          %v1231 = llvm.load %v5 : !llvm.ptr -> f32
          %v1232 = arith.mulf %v321, %v1231 fastmath<contract> : f32
          %v1233 = llvm.load %v6 : !llvm.ptr -> f32
          %v1234 = arith.mulf %v330, %v1233 fastmath<contract> : f32
          %v1235 = arith.addf %v1232, %v1234 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1236, %v1237 = gpu.shuffle xor %v1235, %v866, %v867 : f32
          %v1238 = arith.addf %v1235, %v1236 fastmath<contract> : f32
          %v1239, %v1240 = gpu.shuffle xor %v1238, %v871, %v867 : f32
          %v1241 = arith.addf %v1238, %v1239 fastmath<contract> : f32
          %v1242, %v1243 = gpu.shuffle xor %v1241, %v875, %v867 : f32
          %v1244 = arith.addf %v1241, %v1242 fastmath<contract> : f32
          // end sum over the lanes
          %v1245 = arith.addi %v59, %v82 : i64
          %v1246, %v1247 = gpu.shuffle idx %v679, %v795, %v798 : f32
          %v1248, %v1249 = gpu.shuffle idx %v687, %v795, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1250 = arith.remui %v1245, %v9 : i64
          %v1251 = arith.cmpi eq, %v1250, %v37 : i64
          %v1252 = arith.andi %v1251, %v25 : i1
          scf.if %v1252 {
            %v1253 = arith.divui %v1245, %v9 : i64
            %v1254 = llvm.mlir.zero : !llvm.ptr
            %v1255 = llvm.icmp "ne" %ckpt_h, %v1254 : !llvm.ptr
            scf.if %v1255 {
              %v1259 = arith.muli %v1253, %v1258 : i64
              %v1260 = llvm.load %v5 : !llvm.ptr -> f32
              %v1261 = arith.muli %v30, %v816 : i64
              %v1262 = arith.muli %v28, %v815 : i64
              %v1263 = arith.addi %v1261, %v1262 : i64
              %v1264 = arith.muli %v21, %v2 : i64
              %v1265 = arith.addi %v1263, %v1264 : i64
              %v1266 = arith.addi %v1259, %v1265 : i64
              %v1267 = llvm.getelementptr %ckpt_h[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1260, %v1267 : f32, !llvm.ptr
              %v1268 = llvm.load %v6 : !llvm.ptr -> f32
              %v1269 = arith.muli %v30, %v816 : i64
              %v1270 = arith.muli %v28, %v815 : i64
              %v1271 = arith.addi %v1269, %v1270 : i64
              %v1272 = arith.constant 8 : i64
              %v1273 = arith.addi %v1272, %v21 : i64
              %v1274 = arith.muli %v1273, %v2 : i64
              %v1275 = arith.addi %v1271, %v1274 : i64
              %v1276 = arith.addi %v1259, %v1275 : i64
              %v1277 = llvm.getelementptr %ckpt_h[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1268, %v1277 : f32, !llvm.ptr
            }
          }
          // end save
          %v1279 = arith.mulf %v1246, %v1278 fastmath<contract> : f32
          %v1280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1279) : (f32) -> f32
          %v1281 = arith.mulf %v338, %v1248 fastmath<contract> : f32
          %v1282 = llvm.load %v5 : !llvm.ptr -> f32
          %v1283 = arith.mulf %v1280, %v1282 fastmath<contract> : f32
          %v1284 = arith.addf %v1283, %v1281 fastmath<contract> : f32
          %v1286 = arith.mulf %v1246, %v1285 fastmath<contract> : f32
          %v1287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1286) : (f32) -> f32
          %v1288 = arith.mulf %v347, %v1248 fastmath<contract> : f32
          %v1289 = llvm.load %v6 : !llvm.ptr -> f32
          %v1290 = arith.mulf %v1287, %v1289 fastmath<contract> : f32
          %v1291 = arith.addf %v1290, %v1288 fastmath<contract> : f32
          llvm.store %v1284, %v5 : f32, !llvm.ptr
          llvm.store %v1291, %v6 : f32, !llvm.ptr
          %v1292 = llvm.load %v5 : !llvm.ptr -> f32
          %v1293 = arith.mulf %v354, %v1292 fastmath<contract> : f32
          %v1294 = llvm.load %v6 : !llvm.ptr -> f32
          %v1295 = arith.mulf %v363, %v1294 fastmath<contract> : f32
          %v1296 = arith.addf %v1293, %v1295 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1297, %v1298 = gpu.shuffle xor %v1296, %v866, %v867 : f32
          %v1299 = arith.addf %v1296, %v1297 fastmath<contract> : f32
          %v1300, %v1301 = gpu.shuffle xor %v1299, %v871, %v867 : f32
          %v1302 = arith.addf %v1299, %v1300 fastmath<contract> : f32
          %v1303, %v1304 = gpu.shuffle xor %v1302, %v875, %v867 : f32
          %v1305 = arith.addf %v1302, %v1303 fastmath<contract> : f32
          // end sum over the lanes
          %v1306 = arith.addi %v59, %v83 : i64
          %v1307, %v1308 = gpu.shuffle idx %v740, %v767, %v798 : f32
          %v1309, %v1310 = gpu.shuffle idx %v748, %v767, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1311 = arith.remui %v1306, %v9 : i64
          %v1312 = arith.cmpi eq, %v1311, %v37 : i64
          %v1313 = arith.andi %v1312, %v25 : i1
          scf.if %v1313 {
            %v1314 = arith.divui %v1306, %v9 : i64
            %v1315 = llvm.mlir.zero : !llvm.ptr
            %v1316 = llvm.icmp "ne" %ckpt_h, %v1315 : !llvm.ptr
            scf.if %v1316 {
              %v1320 = arith.muli %v1314, %v1319 : i64
              %v1321 = llvm.load %v5 : !llvm.ptr -> f32
              %v1322 = arith.muli %v30, %v816 : i64
              %v1323 = arith.muli %v28, %v815 : i64
              %v1324 = arith.addi %v1322, %v1323 : i64
              %v1325 = arith.muli %v21, %v2 : i64
              %v1326 = arith.addi %v1324, %v1325 : i64
              %v1327 = arith.addi %v1320, %v1326 : i64
              %v1328 = llvm.getelementptr %ckpt_h[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1321, %v1328 : f32, !llvm.ptr
              %v1329 = llvm.load %v6 : !llvm.ptr -> f32
              %v1330 = arith.muli %v30, %v816 : i64
              %v1331 = arith.muli %v28, %v815 : i64
              %v1332 = arith.addi %v1330, %v1331 : i64
              %v1333 = arith.constant 8 : i64
              %v1334 = arith.addi %v1333, %v21 : i64
              %v1335 = arith.muli %v1334, %v2 : i64
              %v1336 = arith.addi %v1332, %v1335 : i64
              %v1337 = arith.addi %v1320, %v1336 : i64
              %v1338 = llvm.getelementptr %ckpt_h[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1329, %v1338 : f32, !llvm.ptr
            }
          }
          // end save
          %v1340 = arith.mulf %v1307, %v1339 fastmath<contract> : f32
          %v1341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1340) : (f32) -> f32
          %v1342 = arith.mulf %v371, %v1309 fastmath<contract> : f32
          %v1343 = llvm.load %v5 : !llvm.ptr -> f32
          %v1344 = arith.mulf %v1341, %v1343 fastmath<contract> : f32
          %v1345 = arith.addf %v1344, %v1342 fastmath<contract> : f32
          %v1347 = arith.mulf %v1307, %v1346 fastmath<contract> : f32
          %v1348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1347) : (f32) -> f32
          %v1349 = arith.mulf %v380, %v1309 fastmath<contract> : f32
          %v1350 = llvm.load %v6 : !llvm.ptr -> f32
          %v1351 = arith.mulf %v1348, %v1350 fastmath<contract> : f32
          %v1352 = arith.addf %v1351, %v1349 fastmath<contract> : f32
          llvm.store %v1345, %v5 : f32, !llvm.ptr
          llvm.store %v1352, %v6 : f32, !llvm.ptr
          %v1353 = llvm.load %v5 : !llvm.ptr -> f32
          %v1354 = arith.mulf %v387, %v1353 fastmath<contract> : f32
          %v1355 = llvm.load %v6 : !llvm.ptr -> f32
          %v1356 = arith.mulf %v396, %v1355 fastmath<contract> : f32
          %v1357 = arith.addf %v1354, %v1356 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1358, %v1359 = gpu.shuffle xor %v1357, %v866, %v867 : f32
          %v1360 = arith.addf %v1357, %v1358 fastmath<contract> : f32
          %v1361, %v1362 = gpu.shuffle xor %v1360, %v871, %v867 : f32
          %v1363 = arith.addf %v1360, %v1361 fastmath<contract> : f32
          %v1364, %v1365 = gpu.shuffle xor %v1363, %v875, %v867 : f32
          %v1366 = arith.addf %v1363, %v1364 fastmath<contract> : f32
          // end sum over the lanes
          %v1367 = arith.addi %v59, %v85 : i64
          %v1368, %v1369 = gpu.shuffle idx %v740, %v771, %v798 : f32
          %v1370, %v1371 = gpu.shuffle idx %v748, %v771, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1372 = arith.remui %v1367, %v9 : i64
          %v1373 = arith.cmpi eq, %v1372, %v37 : i64
          %v1374 = arith.andi %v1373, %v25 : i1
          scf.if %v1374 {
            %v1375 = arith.divui %v1367, %v9 : i64
            %v1376 = llvm.mlir.zero : !llvm.ptr
            %v1377 = llvm.icmp "ne" %ckpt_h, %v1376 : !llvm.ptr
            scf.if %v1377 {
              %v1381 = arith.muli %v1375, %v1380 : i64
              %v1382 = llvm.load %v5 : !llvm.ptr -> f32
              %v1383 = arith.muli %v30, %v816 : i64
              %v1384 = arith.muli %v28, %v815 : i64
              %v1385 = arith.addi %v1383, %v1384 : i64
              %v1386 = arith.muli %v21, %v2 : i64
              %v1387 = arith.addi %v1385, %v1386 : i64
              %v1388 = arith.addi %v1381, %v1387 : i64
              %v1389 = llvm.getelementptr %ckpt_h[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1382, %v1389 : f32, !llvm.ptr
              %v1390 = llvm.load %v6 : !llvm.ptr -> f32
              %v1391 = arith.muli %v30, %v816 : i64
              %v1392 = arith.muli %v28, %v815 : i64
              %v1393 = arith.addi %v1391, %v1392 : i64
              %v1394 = arith.constant 8 : i64
              %v1395 = arith.addi %v1394, %v21 : i64
              %v1396 = arith.muli %v1395, %v2 : i64
              %v1397 = arith.addi %v1393, %v1396 : i64
              %v1398 = arith.addi %v1381, %v1397 : i64
              %v1399 = llvm.getelementptr %ckpt_h[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1390, %v1399 : f32, !llvm.ptr
            }
          }
          // end save
          %v1401 = arith.mulf %v1368, %v1400 fastmath<contract> : f32
          %v1402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1401) : (f32) -> f32
          %v1403 = arith.mulf %v404, %v1370 fastmath<contract> : f32
          %v1404 = llvm.load %v5 : !llvm.ptr -> f32
          %v1405 = arith.mulf %v1402, %v1404 fastmath<contract> : f32
          %v1406 = arith.addf %v1405, %v1403 fastmath<contract> : f32
          %v1408 = arith.mulf %v1368, %v1407 fastmath<contract> : f32
          %v1409 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1408) : (f32) -> f32
          %v1410 = arith.mulf %v413, %v1370 fastmath<contract> : f32
          %v1411 = llvm.load %v6 : !llvm.ptr -> f32
          %v1412 = arith.mulf %v1409, %v1411 fastmath<contract> : f32
          %v1413 = arith.addf %v1412, %v1410 fastmath<contract> : f32
          llvm.store %v1406, %v5 : f32, !llvm.ptr
          llvm.store %v1413, %v6 : f32, !llvm.ptr
          %v1414 = llvm.load %v5 : !llvm.ptr -> f32
          %v1415 = arith.mulf %v420, %v1414 fastmath<contract> : f32
          %v1416 = llvm.load %v6 : !llvm.ptr -> f32
          %v1417 = arith.mulf %v429, %v1416 fastmath<contract> : f32
          %v1418 = arith.addf %v1415, %v1417 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1419, %v1420 = gpu.shuffle xor %v1418, %v866, %v867 : f32
          %v1421 = arith.addf %v1418, %v1419 fastmath<contract> : f32
          %v1422, %v1423 = gpu.shuffle xor %v1421, %v871, %v867 : f32
          %v1424 = arith.addf %v1421, %v1422 fastmath<contract> : f32
          %v1425, %v1426 = gpu.shuffle xor %v1424, %v875, %v867 : f32
          %v1427 = arith.addf %v1424, %v1425 fastmath<contract> : f32
          // end sum over the lanes
          %v1428 = arith.addi %v59, %v87 : i64
          %v1429, %v1430 = gpu.shuffle idx %v740, %v775, %v798 : f32
          %v1431, %v1432 = gpu.shuffle idx %v748, %v775, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1433 = arith.remui %v1428, %v9 : i64
          %v1434 = arith.cmpi eq, %v1433, %v37 : i64
          %v1435 = arith.andi %v1434, %v25 : i1
          scf.if %v1435 {
            %v1436 = arith.divui %v1428, %v9 : i64
            %v1437 = llvm.mlir.zero : !llvm.ptr
            %v1438 = llvm.icmp "ne" %ckpt_h, %v1437 : !llvm.ptr
            scf.if %v1438 {
              %v1442 = arith.muli %v1436, %v1441 : i64
              %v1443 = llvm.load %v5 : !llvm.ptr -> f32
              %v1444 = arith.muli %v30, %v816 : i64
              %v1445 = arith.muli %v28, %v815 : i64
              %v1446 = arith.addi %v1444, %v1445 : i64
              %v1447 = arith.muli %v21, %v2 : i64
              %v1448 = arith.addi %v1446, %v1447 : i64
              %v1449 = arith.addi %v1442, %v1448 : i64
              %v1450 = llvm.getelementptr %ckpt_h[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1443, %v1450 : f32, !llvm.ptr
              %v1451 = llvm.load %v6 : !llvm.ptr -> f32
              %v1452 = arith.muli %v30, %v816 : i64
              %v1453 = arith.muli %v28, %v815 : i64
              %v1454 = arith.addi %v1452, %v1453 : i64
              %v1455 = arith.constant 8 : i64
              %v1456 = arith.addi %v1455, %v21 : i64
              %v1457 = arith.muli %v1456, %v2 : i64
              %v1458 = arith.addi %v1454, %v1457 : i64
              %v1459 = arith.addi %v1442, %v1458 : i64
              %v1460 = llvm.getelementptr %ckpt_h[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1451, %v1460 : f32, !llvm.ptr
            }
          }
          // end save
          %v1462 = arith.mulf %v1429, %v1461 fastmath<contract> : f32
          %v1463 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1462) : (f32) -> f32
          %v1464 = arith.mulf %v437, %v1431 fastmath<contract> : f32
          %v1465 = llvm.load %v5 : !llvm.ptr -> f32
          %v1466 = arith.mulf %v1463, %v1465 fastmath<contract> : f32
          %v1467 = arith.addf %v1466, %v1464 fastmath<contract> : f32
          %v1469 = arith.mulf %v1429, %v1468 fastmath<contract> : f32
          %v1470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1469) : (f32) -> f32
          %v1471 = arith.mulf %v446, %v1431 fastmath<contract> : f32
          %v1472 = llvm.load %v6 : !llvm.ptr -> f32
          %v1473 = arith.mulf %v1470, %v1472 fastmath<contract> : f32
          %v1474 = arith.addf %v1473, %v1471 fastmath<contract> : f32
          llvm.store %v1467, %v5 : f32, !llvm.ptr
          llvm.store %v1474, %v6 : f32, !llvm.ptr
          %v1475 = llvm.load %v5 : !llvm.ptr -> f32
          %v1476 = arith.mulf %v453, %v1475 fastmath<contract> : f32
          %v1477 = llvm.load %v6 : !llvm.ptr -> f32
          %v1478 = arith.mulf %v462, %v1477 fastmath<contract> : f32
          %v1479 = arith.addf %v1476, %v1478 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1480, %v1481 = gpu.shuffle xor %v1479, %v866, %v867 : f32
          %v1482 = arith.addf %v1479, %v1480 fastmath<contract> : f32
          %v1483, %v1484 = gpu.shuffle xor %v1482, %v871, %v867 : f32
          %v1485 = arith.addf %v1482, %v1483 fastmath<contract> : f32
          %v1486, %v1487 = gpu.shuffle xor %v1485, %v875, %v867 : f32
          %v1488 = arith.addf %v1485, %v1486 fastmath<contract> : f32
          // end sum over the lanes
          %v1489 = arith.addi %v59, %v89 : i64
          %v1490, %v1491 = gpu.shuffle idx %v740, %v779, %v798 : f32
          %v1492, %v1493 = gpu.shuffle idx %v748, %v779, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1494 = arith.remui %v1489, %v9 : i64
          %v1495 = arith.cmpi eq, %v1494, %v37 : i64
          %v1496 = arith.andi %v1495, %v25 : i1
          scf.if %v1496 {
            %v1497 = arith.divui %v1489, %v9 : i64
            %v1498 = llvm.mlir.zero : !llvm.ptr
            %v1499 = llvm.icmp "ne" %ckpt_h, %v1498 : !llvm.ptr
            scf.if %v1499 {
              %v1503 = arith.muli %v1497, %v1502 : i64
              %v1504 = llvm.load %v5 : !llvm.ptr -> f32
              %v1505 = arith.muli %v30, %v816 : i64
              %v1506 = arith.muli %v28, %v815 : i64
              %v1507 = arith.addi %v1505, %v1506 : i64
              %v1508 = arith.muli %v21, %v2 : i64
              %v1509 = arith.addi %v1507, %v1508 : i64
              %v1510 = arith.addi %v1503, %v1509 : i64
              %v1511 = llvm.getelementptr %ckpt_h[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1504, %v1511 : f32, !llvm.ptr
              %v1512 = llvm.load %v6 : !llvm.ptr -> f32
              %v1513 = arith.muli %v30, %v816 : i64
              %v1514 = arith.muli %v28, %v815 : i64
              %v1515 = arith.addi %v1513, %v1514 : i64
              %v1516 = arith.constant 8 : i64
              %v1517 = arith.addi %v1516, %v21 : i64
              %v1518 = arith.muli %v1517, %v2 : i64
              %v1519 = arith.addi %v1515, %v1518 : i64
              %v1520 = arith.addi %v1503, %v1519 : i64
              %v1521 = llvm.getelementptr %ckpt_h[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1512, %v1521 : f32, !llvm.ptr
            }
          }
          // end save
          %v1523 = arith.mulf %v1490, %v1522 fastmath<contract> : f32
          %v1524 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1523) : (f32) -> f32
          %v1525 = arith.mulf %v470, %v1492 fastmath<contract> : f32
          %v1526 = llvm.load %v5 : !llvm.ptr -> f32
          %v1527 = arith.mulf %v1524, %v1526 fastmath<contract> : f32
          %v1528 = arith.addf %v1527, %v1525 fastmath<contract> : f32
          %v1530 = arith.mulf %v1490, %v1529 fastmath<contract> : f32
          %v1531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1530) : (f32) -> f32
          %v1532 = arith.mulf %v479, %v1492 fastmath<contract> : f32
          %v1533 = llvm.load %v6 : !llvm.ptr -> f32
          %v1534 = arith.mulf %v1531, %v1533 fastmath<contract> : f32
          %v1535 = arith.addf %v1534, %v1532 fastmath<contract> : f32
          llvm.store %v1528, %v5 : f32, !llvm.ptr
          llvm.store %v1535, %v6 : f32, !llvm.ptr
          %v1536 = llvm.load %v5 : !llvm.ptr -> f32
          %v1537 = arith.mulf %v486, %v1536 fastmath<contract> : f32
          %v1538 = llvm.load %v6 : !llvm.ptr -> f32
          %v1539 = arith.mulf %v495, %v1538 fastmath<contract> : f32
          %v1540 = arith.addf %v1537, %v1539 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1541, %v1542 = gpu.shuffle xor %v1540, %v866, %v867 : f32
          %v1543 = arith.addf %v1540, %v1541 fastmath<contract> : f32
          %v1544, %v1545 = gpu.shuffle xor %v1543, %v871, %v867 : f32
          %v1546 = arith.addf %v1543, %v1544 fastmath<contract> : f32
          %v1547, %v1548 = gpu.shuffle xor %v1546, %v875, %v867 : f32
          %v1549 = arith.addf %v1546, %v1547 fastmath<contract> : f32
          // end sum over the lanes
          %v1550 = arith.addi %v59, %v91 : i64
          %v1551, %v1552 = gpu.shuffle idx %v740, %v783, %v798 : f32
          %v1553, %v1554 = gpu.shuffle idx %v748, %v783, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1555 = arith.remui %v1550, %v9 : i64
          %v1556 = arith.cmpi eq, %v1555, %v37 : i64
          %v1557 = arith.andi %v1556, %v25 : i1
          scf.if %v1557 {
            %v1558 = arith.divui %v1550, %v9 : i64
            %v1559 = llvm.mlir.zero : !llvm.ptr
            %v1560 = llvm.icmp "ne" %ckpt_h, %v1559 : !llvm.ptr
            scf.if %v1560 {
              %v1564 = arith.muli %v1558, %v1563 : i64
              %v1565 = llvm.load %v5 : !llvm.ptr -> f32
              %v1566 = arith.muli %v30, %v816 : i64
              %v1567 = arith.muli %v28, %v815 : i64
              %v1568 = arith.addi %v1566, %v1567 : i64
              %v1569 = arith.muli %v21, %v2 : i64
              %v1570 = arith.addi %v1568, %v1569 : i64
              %v1571 = arith.addi %v1564, %v1570 : i64
              %v1572 = llvm.getelementptr %ckpt_h[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1565, %v1572 : f32, !llvm.ptr
              %v1573 = llvm.load %v6 : !llvm.ptr -> f32
              %v1574 = arith.muli %v30, %v816 : i64
              %v1575 = arith.muli %v28, %v815 : i64
              %v1576 = arith.addi %v1574, %v1575 : i64
              %v1577 = arith.constant 8 : i64
              %v1578 = arith.addi %v1577, %v21 : i64
              %v1579 = arith.muli %v1578, %v2 : i64
              %v1580 = arith.addi %v1576, %v1579 : i64
              %v1581 = arith.addi %v1564, %v1580 : i64
              %v1582 = llvm.getelementptr %ckpt_h[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1573, %v1582 : f32, !llvm.ptr
            }
          }
          // end save
          %v1584 = arith.mulf %v1551, %v1583 fastmath<contract> : f32
          %v1585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1584) : (f32) -> f32
          %v1586 = arith.mulf %v503, %v1553 fastmath<contract> : f32
          %v1587 = llvm.load %v5 : !llvm.ptr -> f32
          %v1588 = arith.mulf %v1585, %v1587 fastmath<contract> : f32
          %v1589 = arith.addf %v1588, %v1586 fastmath<contract> : f32
          %v1591 = arith.mulf %v1551, %v1590 fastmath<contract> : f32
          %v1592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1591) : (f32) -> f32
          %v1593 = arith.mulf %v512, %v1553 fastmath<contract> : f32
          %v1594 = llvm.load %v6 : !llvm.ptr -> f32
          %v1595 = arith.mulf %v1592, %v1594 fastmath<contract> : f32
          %v1596 = arith.addf %v1595, %v1593 fastmath<contract> : f32
          llvm.store %v1589, %v5 : f32, !llvm.ptr
          llvm.store %v1596, %v6 : f32, !llvm.ptr
          %v1597 = llvm.load %v5 : !llvm.ptr -> f32
          %v1598 = arith.mulf %v519, %v1597 fastmath<contract> : f32
          %v1599 = llvm.load %v6 : !llvm.ptr -> f32
          %v1600 = arith.mulf %v528, %v1599 fastmath<contract> : f32
          %v1601 = arith.addf %v1598, %v1600 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1602, %v1603 = gpu.shuffle xor %v1601, %v866, %v867 : f32
          %v1604 = arith.addf %v1601, %v1602 fastmath<contract> : f32
          %v1605, %v1606 = gpu.shuffle xor %v1604, %v871, %v867 : f32
          %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
          %v1608, %v1609 = gpu.shuffle xor %v1607, %v875, %v867 : f32
          %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
          // end sum over the lanes
          %v1611 = arith.addi %v59, %v93 : i64
          %v1612, %v1613 = gpu.shuffle idx %v740, %v787, %v798 : f32
          %v1614, %v1615 = gpu.shuffle idx %v748, %v787, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1616 = arith.remui %v1611, %v9 : i64
          %v1617 = arith.cmpi eq, %v1616, %v37 : i64
          %v1618 = arith.andi %v1617, %v25 : i1
          scf.if %v1618 {
            %v1619 = arith.divui %v1611, %v9 : i64
            %v1620 = llvm.mlir.zero : !llvm.ptr
            %v1621 = llvm.icmp "ne" %ckpt_h, %v1620 : !llvm.ptr
            scf.if %v1621 {
              %v1625 = arith.muli %v1619, %v1624 : i64
              %v1626 = llvm.load %v5 : !llvm.ptr -> f32
              %v1627 = arith.muli %v30, %v816 : i64
              %v1628 = arith.muli %v28, %v815 : i64
              %v1629 = arith.addi %v1627, %v1628 : i64
              %v1630 = arith.muli %v21, %v2 : i64
              %v1631 = arith.addi %v1629, %v1630 : i64
              %v1632 = arith.addi %v1625, %v1631 : i64
              %v1633 = llvm.getelementptr %ckpt_h[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1626, %v1633 : f32, !llvm.ptr
              %v1634 = llvm.load %v6 : !llvm.ptr -> f32
              %v1635 = arith.muli %v30, %v816 : i64
              %v1636 = arith.muli %v28, %v815 : i64
              %v1637 = arith.addi %v1635, %v1636 : i64
              %v1638 = arith.constant 8 : i64
              %v1639 = arith.addi %v1638, %v21 : i64
              %v1640 = arith.muli %v1639, %v2 : i64
              %v1641 = arith.addi %v1637, %v1640 : i64
              %v1642 = arith.addi %v1625, %v1641 : i64
              %v1643 = llvm.getelementptr %ckpt_h[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1634, %v1643 : f32, !llvm.ptr
            }
          }
          // end save
          %v1645 = arith.mulf %v1612, %v1644 fastmath<contract> : f32
          %v1646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1645) : (f32) -> f32
          %v1647 = arith.mulf %v536, %v1614 fastmath<contract> : f32
          %v1648 = llvm.load %v5 : !llvm.ptr -> f32
          %v1649 = arith.mulf %v1646, %v1648 fastmath<contract> : f32
          %v1650 = arith.addf %v1649, %v1647 fastmath<contract> : f32
          %v1652 = arith.mulf %v1612, %v1651 fastmath<contract> : f32
          %v1653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1652) : (f32) -> f32
          %v1654 = arith.mulf %v545, %v1614 fastmath<contract> : f32
          %v1655 = llvm.load %v6 : !llvm.ptr -> f32
          %v1656 = arith.mulf %v1653, %v1655 fastmath<contract> : f32
          %v1657 = arith.addf %v1656, %v1654 fastmath<contract> : f32
          llvm.store %v1650, %v5 : f32, !llvm.ptr
          llvm.store %v1657, %v6 : f32, !llvm.ptr
          %v1658 = llvm.load %v5 : !llvm.ptr -> f32
          %v1659 = arith.mulf %v552, %v1658 fastmath<contract> : f32
          %v1660 = llvm.load %v6 : !llvm.ptr -> f32
          %v1661 = arith.mulf %v561, %v1660 fastmath<contract> : f32
          %v1662 = arith.addf %v1659, %v1661 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1663, %v1664 = gpu.shuffle xor %v1662, %v866, %v867 : f32
          %v1665 = arith.addf %v1662, %v1663 fastmath<contract> : f32
          %v1666, %v1667 = gpu.shuffle xor %v1665, %v871, %v867 : f32
          %v1668 = arith.addf %v1665, %v1666 fastmath<contract> : f32
          %v1669, %v1670 = gpu.shuffle xor %v1668, %v875, %v867 : f32
          %v1671 = arith.addf %v1668, %v1669 fastmath<contract> : f32
          // end sum over the lanes
          %v1672 = arith.addi %v59, %v95 : i64
          %v1673, %v1674 = gpu.shuffle idx %v740, %v791, %v798 : f32
          %v1675, %v1676 = gpu.shuffle idx %v748, %v791, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1677 = arith.remui %v1672, %v9 : i64
          %v1678 = arith.cmpi eq, %v1677, %v37 : i64
          %v1679 = arith.andi %v1678, %v25 : i1
          scf.if %v1679 {
            %v1680 = arith.divui %v1672, %v9 : i64
            %v1681 = llvm.mlir.zero : !llvm.ptr
            %v1682 = llvm.icmp "ne" %ckpt_h, %v1681 : !llvm.ptr
            scf.if %v1682 {
              %v1686 = arith.muli %v1680, %v1685 : i64
              %v1687 = llvm.load %v5 : !llvm.ptr -> f32
              %v1688 = arith.muli %v30, %v816 : i64
              %v1689 = arith.muli %v28, %v815 : i64
              %v1690 = arith.addi %v1688, %v1689 : i64
              %v1691 = arith.muli %v21, %v2 : i64
              %v1692 = arith.addi %v1690, %v1691 : i64
              %v1693 = arith.addi %v1686, %v1692 : i64
              %v1694 = llvm.getelementptr %ckpt_h[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1687, %v1694 : f32, !llvm.ptr
              %v1695 = llvm.load %v6 : !llvm.ptr -> f32
              %v1696 = arith.muli %v30, %v816 : i64
              %v1697 = arith.muli %v28, %v815 : i64
              %v1698 = arith.addi %v1696, %v1697 : i64
              %v1699 = arith.constant 8 : i64
              %v1700 = arith.addi %v1699, %v21 : i64
              %v1701 = arith.muli %v1700, %v2 : i64
              %v1702 = arith.addi %v1698, %v1701 : i64
              %v1703 = arith.addi %v1686, %v1702 : i64
              %v1704 = llvm.getelementptr %ckpt_h[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1695, %v1704 : f32, !llvm.ptr
            }
          }
          // end save
          %v1706 = arith.mulf %v1673, %v1705 fastmath<contract> : f32
          %v1707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1706) : (f32) -> f32
          %v1708 = arith.mulf %v569, %v1675 fastmath<contract> : f32
          %v1709 = llvm.load %v5 : !llvm.ptr -> f32
          %v1710 = arith.mulf %v1707, %v1709 fastmath<contract> : f32
          %v1711 = arith.addf %v1710, %v1708 fastmath<contract> : f32
          %v1713 = arith.mulf %v1673, %v1712 fastmath<contract> : f32
          %v1714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1713) : (f32) -> f32
          %v1715 = arith.mulf %v578, %v1675 fastmath<contract> : f32
          %v1716 = llvm.load %v6 : !llvm.ptr -> f32
          %v1717 = arith.mulf %v1714, %v1716 fastmath<contract> : f32
          %v1718 = arith.addf %v1717, %v1715 fastmath<contract> : f32
          llvm.store %v1711, %v5 : f32, !llvm.ptr
          llvm.store %v1718, %v6 : f32, !llvm.ptr
          %v1719 = llvm.load %v5 : !llvm.ptr -> f32
          %v1720 = arith.mulf %v585, %v1719 fastmath<contract> : f32
          %v1721 = llvm.load %v6 : !llvm.ptr -> f32
          %v1722 = arith.mulf %v594, %v1721 fastmath<contract> : f32
          %v1723 = arith.addf %v1720, %v1722 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1724, %v1725 = gpu.shuffle xor %v1723, %v866, %v867 : f32
          %v1726 = arith.addf %v1723, %v1724 fastmath<contract> : f32
          %v1727, %v1728 = gpu.shuffle xor %v1726, %v871, %v867 : f32
          %v1729 = arith.addf %v1726, %v1727 fastmath<contract> : f32
          %v1730, %v1731 = gpu.shuffle xor %v1729, %v875, %v867 : f32
          %v1732 = arith.addf %v1729, %v1730 fastmath<contract> : f32
          // end sum over the lanes
          %v1733 = arith.addi %v59, %v97 : i64
          %v1734, %v1735 = gpu.shuffle idx %v740, %v795, %v798 : f32
          %v1736, %v1737 = gpu.shuffle idx %v748, %v795, %v798 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1738 = arith.remui %v1733, %v9 : i64
          %v1739 = arith.cmpi eq, %v1738, %v37 : i64
          %v1740 = arith.andi %v1739, %v25 : i1
          scf.if %v1740 {
            %v1741 = arith.divui %v1733, %v9 : i64
            %v1742 = llvm.mlir.zero : !llvm.ptr
            %v1743 = llvm.icmp "ne" %ckpt_h, %v1742 : !llvm.ptr
            scf.if %v1743 {
              %v1747 = arith.muli %v1741, %v1746 : i64
              %v1748 = llvm.load %v5 : !llvm.ptr -> f32
              %v1749 = arith.muli %v30, %v816 : i64
              %v1750 = arith.muli %v28, %v815 : i64
              %v1751 = arith.addi %v1749, %v1750 : i64
              %v1752 = arith.muli %v21, %v2 : i64
              %v1753 = arith.addi %v1751, %v1752 : i64
              %v1754 = arith.addi %v1747, %v1753 : i64
              %v1755 = llvm.getelementptr %ckpt_h[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1748, %v1755 : f32, !llvm.ptr
              %v1756 = llvm.load %v6 : !llvm.ptr -> f32
              %v1757 = arith.muli %v30, %v816 : i64
              %v1758 = arith.muli %v28, %v815 : i64
              %v1759 = arith.addi %v1757, %v1758 : i64
              %v1760 = arith.constant 8 : i64
              %v1761 = arith.addi %v1760, %v21 : i64
              %v1762 = arith.muli %v1761, %v2 : i64
              %v1763 = arith.addi %v1759, %v1762 : i64
              %v1764 = arith.addi %v1747, %v1763 : i64
              %v1765 = llvm.getelementptr %ckpt_h[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1756, %v1765 : f32, !llvm.ptr
            }
          }
          // end save
          %v1767 = arith.mulf %v1734, %v1766 fastmath<contract> : f32
          %v1768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1767) : (f32) -> f32
          %v1769 = arith.mulf %v602, %v1736 fastmath<contract> : f32
          %v1770 = llvm.load %v5 : !llvm.ptr -> f32
          %v1771 = arith.mulf %v1768, %v1770 fastmath<contract> : f32
          %v1772 = arith.addf %v1771, %v1769 fastmath<contract> : f32
          %v1774 = arith.mulf %v1734, %v1773 fastmath<contract> : f32
          %v1775 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1774) : (f32) -> f32
          %v1776 = arith.mulf %v611, %v1736 fastmath<contract> : f32
          %v1777 = llvm.load %v6 : !llvm.ptr -> f32
          %v1778 = arith.mulf %v1775, %v1777 fastmath<contract> : f32
          %v1779 = arith.addf %v1778, %v1776 fastmath<contract> : f32
          llvm.store %v1772, %v5 : f32, !llvm.ptr
          llvm.store %v1779, %v6 : f32, !llvm.ptr
          %v1780 = llvm.load %v5 : !llvm.ptr -> f32
          %v1781 = arith.mulf %v618, %v1780 fastmath<contract> : f32
          %v1782 = llvm.load %v6 : !llvm.ptr -> f32
          %v1783 = arith.mulf %v627, %v1782 fastmath<contract> : f32
          %v1784 = arith.addf %v1781, %v1783 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1785, %v1786 = gpu.shuffle xor %v1784, %v866, %v867 : f32
          %v1787 = arith.addf %v1784, %v1785 fastmath<contract> : f32
          %v1788, %v1789 = gpu.shuffle xor %v1787, %v871, %v867 : f32
          %v1790 = arith.addf %v1787, %v1788 fastmath<contract> : f32
          %v1791, %v1792 = gpu.shuffle xor %v1790, %v875, %v867 : f32
          %v1793 = arith.addf %v1790, %v1791 fastmath<contract> : f32
          // end sum over the lanes
          %v1794 = arith.addi %v59, %v629 : i64
          %v1795 = arith.select %v773, %v939, %v878 : f32
          %v1796 = arith.select %v777, %v1000, %v1795 : f32
          %v1797 = arith.select %v781, %v1061, %v1796 : f32
          %v1798 = arith.select %v785, %v1122, %v1797 : f32
          %v1799 = arith.select %v789, %v1183, %v1798 : f32
          %v1800 = arith.select %v793, %v1244, %v1799 : f32
          %v1801 = arith.select %v797, %v1305, %v1800 : f32
          %v1802 = arith.addf %v1801, %v691 fastmath<contract> : f32
          %v1803 = arith.mulf %v1802, %v704 fastmath<contract> : f32
          scf.if %v25 {
            %v1804 = arith.muli %v30, %v632 : i64
            %v1805 = arith.muli %v1794, %v631 : i64
            %v1806 = arith.addi %v1804, %v1805 : i64
            %v1807 = arith.muli %v28, %v2 : i64
            %v1808 = arith.addi %v1806, %v1807 : i64
            %v1809 = llvm.getelementptr %out_y[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1803, %v1809 : f32, !llvm.ptr
          }
          %v1810 = arith.addi %v59, %v706 : i64
          %v1811 = arith.select %v773, %v1427, %v1366 : f32
          %v1812 = arith.select %v777, %v1488, %v1811 : f32
          %v1813 = arith.select %v781, %v1549, %v1812 : f32
          %v1814 = arith.select %v785, %v1610, %v1813 : f32
          %v1815 = arith.select %v789, %v1671, %v1814 : f32
          %v1816 = arith.select %v793, %v1732, %v1815 : f32
          %v1817 = arith.select %v797, %v1793, %v1816 : f32
          %v1818 = arith.addf %v1817, %v749 fastmath<contract> : f32
          %v1819 = arith.mulf %v1818, %v762 fastmath<contract> : f32
          scf.if %v25 {
            %v1820 = arith.muli %v30, %v632 : i64
            %v1821 = arith.muli %v1810, %v631 : i64
            %v1822 = arith.addi %v1820, %v1821 : i64
            %v1823 = arith.muli %v28, %v2 : i64
            %v1824 = arith.addi %v1822, %v1823 : i64
            %v1825 = llvm.getelementptr %out_y[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1819, %v1825 : f32, !llvm.ptr
          }
        }
        %v1826 = arith.muli %v62, %v1 : i64
        %v1827 = arith.index_cast %v1826 : i64 to index
        %v1828 = arith.index_cast %v61 : i64 to index
        %v1829 = arith.index_cast %v2 : i64 to index
        scf.for %v1830 = %v1827 to %v1828 step %v1829 {
          %v1831 = arith.index_cast %v1830 : index to i64
          %v1832 = arith.addi %v59, %v1831 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1833 = arith.remui %v1832, %v9 : i64
          %v1834 = arith.cmpi eq, %v1833, %v37 : i64
          %v1835 = arith.andi %v1834, %v25 : i1
          scf.if %v1835 {
            %v1836 = arith.divui %v1832, %v9 : i64
            %v1837 = llvm.mlir.zero : !llvm.ptr
            %v1838 = llvm.icmp "ne" %ckpt_h, %v1837 : !llvm.ptr
            scf.if %v1838 {
              %v1842 = arith.muli %v1836, %v1841 : i64
              %v1843 = llvm.load %v5 : !llvm.ptr -> f32
              %v1844 = arith.muli %v30, %v816 : i64
              %v1845 = arith.muli %v28, %v815 : i64
              %v1846 = arith.addi %v1844, %v1845 : i64
              %v1847 = arith.muli %v21, %v2 : i64
              %v1848 = arith.addi %v1846, %v1847 : i64
              %v1849 = arith.addi %v1842, %v1848 : i64
              %v1850 = llvm.getelementptr %ckpt_h[%v1849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1843, %v1850 : f32, !llvm.ptr
              %v1851 = llvm.load %v6 : !llvm.ptr -> f32
              %v1852 = arith.muli %v30, %v816 : i64
              %v1853 = arith.muli %v28, %v815 : i64
              %v1854 = arith.addi %v1852, %v1853 : i64
              %v1855 = arith.constant 8 : i64
              %v1856 = arith.addi %v1855, %v21 : i64
              %v1857 = arith.muli %v1856, %v2 : i64
              %v1858 = arith.addi %v1854, %v1857 : i64
              %v1859 = arith.addi %v1842, %v1858 : i64
              %v1860 = llvm.getelementptr %ckpt_h[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1851, %v1860 : f32, !llvm.ptr
            }
          }
          // end save
          %v1862 = arith.muli %v30, %v632 : i64
          %v1863 = arith.muli %v1832, %v631 : i64
          %v1864 = arith.addi %v1862, %v1863 : i64
          %v1865 = arith.muli %v28, %v2 : i64
          %v1866 = arith.addi %v1864, %v1865 : i64
          %v1867 = llvm.getelementptr %in_delta[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1868 = llvm.load %v1867 : !llvm.ptr -> f32
          %v1869 = arith.addf %v1868, %v642 fastmath<contract> : f32
          %v1870 = arith.maximumf %v1869, %v644 : f32
          %v1871 = llvm.call_intrinsic "llvm.fabs.f32"(%v1869) : (f32) -> f32
          %v1872 = arith.negf %v1871 : f32
          %v1873 = arith.mulf %v1872, %v648 fastmath<contract> : f32
          %v1874 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1873) : (f32) -> f32
          %v1875 = arith.addf %v651, %v1874 fastmath<contract> : f32
          %v1876 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1875) : (f32) -> f32
          %v1877 = arith.mulf %v1876, %v654 fastmath<contract> : f32
          %v1878 = arith.mulf %v656, %v1874 fastmath<contract> : f32
          %v1879 = arith.addf %v1878, %v658 fastmath<contract> : f32
          %v1880 = arith.mulf %v1879, %v1874 fastmath<contract> : f32
          %v1881 = arith.addf %v1880, %v661 fastmath<contract> : f32
          %v1882 = arith.mulf %v1881, %v1874 fastmath<contract> : f32
          %v1883 = arith.addf %v1882, %v664 fastmath<contract> : f32
          %v1884 = arith.mulf %v1883, %v1874 fastmath<contract> : f32
          %v1885 = arith.addf %v1884, %v667 fastmath<contract> : f32
          %v1886 = arith.mulf %v1885, %v1874 fastmath<contract> : f32
          %v1887 = arith.addf %v1886, %v670 fastmath<contract> : f32
          %v1888 = arith.mulf %v1887, %v1874 fastmath<contract> : f32
          %v1889 = arith.addf %v1888, %v651 fastmath<contract> : f32
          %v1890 = arith.mulf %v1889, %v1874 fastmath<contract> : f32
          %v1891 = llvm.call_intrinsic "llvm.fabs.f32"(%v1874) : (f32) -> f32
          %v1892 = arith.cmpf olt, %v1891, %v676 : f32
          %v1893 = arith.select %v1892, %v1890, %v1877 : f32
          %v1894 = arith.addf %v1870, %v1893 fastmath<contract> : f32
          %v1895 = arith.mulf %v1894, %v1861 fastmath<contract> : f32
          %v1896 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1895) : (f32) -> f32
          %v1897 = arith.muli %v30, %v100 : i64
          %v1898 = arith.muli %v1832, %v99 : i64
          %v1899 = arith.addi %v1897, %v1898 : i64
          %v1900 = arith.muli %v21, %v2 : i64
          %v1901 = arith.addi %v1899, %v1900 : i64
          %v1902 = llvm.getelementptr %in_Bm[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
          %v1904 = arith.muli %v30, %v632 : i64
          %v1905 = arith.muli %v1832, %v631 : i64
          %v1906 = arith.addi %v1904, %v1905 : i64
          %v1907 = arith.muli %v28, %v2 : i64
          %v1908 = arith.addi %v1906, %v1907 : i64
          %v1909 = llvm.getelementptr %in_u[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1910 = llvm.load %v1909 : !llvm.ptr -> f32
          %v1911 = arith.mulf %v1894, %v1910 fastmath<contract> : f32
          %v1912 = arith.mulf %v1903, %v1911 fastmath<contract> : f32
          %v1913 = llvm.load %v5 : !llvm.ptr -> f32
          %v1914 = arith.mulf %v1896, %v1913 fastmath<contract> : f32
          %v1915 = arith.addf %v1914, %v1912 fastmath<contract> : f32
          %v1917 = arith.mulf %v1894, %v1916 fastmath<contract> : f32
          %v1918 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1917) : (f32) -> f32
          %v1919 = arith.muli %v30, %v100 : i64
          %v1920 = arith.muli %v1832, %v99 : i64
          %v1921 = arith.addi %v1919, %v1920 : i64
          %v1922 = arith.constant 8 : i64
          %v1923 = arith.addi %v1922, %v21 : i64
          %v1924 = arith.muli %v1923, %v2 : i64
          %v1925 = arith.addi %v1921, %v1924 : i64
          %v1926 = llvm.getelementptr %in_Bm[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1927 = llvm.load %v1926 : !llvm.ptr -> f32
          %v1928 = arith.mulf %v1927, %v1911 fastmath<contract> : f32
          %v1929 = llvm.load %v6 : !llvm.ptr -> f32
          %v1930 = arith.mulf %v1918, %v1929 fastmath<contract> : f32
          %v1931 = arith.addf %v1930, %v1928 fastmath<contract> : f32
          llvm.store %v1915, %v5 : f32, !llvm.ptr
          llvm.store %v1931, %v6 : f32, !llvm.ptr
          %v1932 = arith.muli %v30, %v100 : i64
          %v1933 = arith.muli %v1832, %v99 : i64
          %v1934 = arith.addi %v1932, %v1933 : i64
          %v1935 = arith.muli %v21, %v2 : i64
          %v1936 = arith.addi %v1934, %v1935 : i64
          %v1937 = llvm.getelementptr %in_Cm[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1938 = llvm.load %v1937 : !llvm.ptr -> f32
          %v1939 = llvm.load %v5 : !llvm.ptr -> f32
          %v1940 = arith.mulf %v1938, %v1939 fastmath<contract> : f32
          %v1941 = arith.muli %v30, %v100 : i64
          %v1942 = arith.muli %v1832, %v99 : i64
          %v1943 = arith.addi %v1941, %v1942 : i64
          %v1944 = arith.constant 8 : i64
          %v1945 = arith.addi %v1944, %v21 : i64
          %v1946 = arith.muli %v1945, %v2 : i64
          %v1947 = arith.addi %v1943, %v1946 : i64
          %v1948 = llvm.getelementptr %in_Cm[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
          %v1950 = llvm.load %v6 : !llvm.ptr -> f32
          %v1951 = arith.mulf %v1949, %v1950 fastmath<contract> : f32
          %v1952 = arith.addf %v1940, %v1951 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1953, %v1954 = gpu.shuffle xor %v1952, %v866, %v867 : f32
          %v1955 = arith.addf %v1952, %v1953 fastmath<contract> : f32
          %v1956, %v1957 = gpu.shuffle xor %v1955, %v871, %v867 : f32
          %v1958 = arith.addf %v1955, %v1956 fastmath<contract> : f32
          %v1959, %v1960 = gpu.shuffle xor %v1958, %v875, %v867 : f32
          %v1961 = arith.addf %v1958, %v1959 fastmath<contract> : f32
          // end sum over the lanes
          %v1962 = arith.mulf %v1910, %v690 fastmath<contract> : f32
          %v1963 = arith.addf %v1961, %v1962 fastmath<contract> : f32
          %v1964 = arith.muli %v30, %v632 : i64
          %v1965 = arith.muli %v1832, %v631 : i64
          %v1966 = arith.addi %v1964, %v1965 : i64
          %v1967 = arith.muli %v28, %v2 : i64
          %v1968 = arith.addi %v1966, %v1967 : i64
          %v1969 = llvm.getelementptr %in_z[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1970 = llvm.load %v1969 : !llvm.ptr -> f32
          %v1971 = arith.negf %v1970 : f32
          %v1972 = arith.mulf %v1971, %v648 fastmath<contract> : f32
          %v1973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1972) : (f32) -> f32
          %v1974 = arith.addf %v651, %v1973 fastmath<contract> : f32
          %v1975 = arith.divf %v651, %v1974 : f32
          %v1976 = arith.mulf %v1970, %v1975 fastmath<contract> : f32
          %v1977 = arith.mulf %v1963, %v1976 fastmath<contract> : f32
          scf.if %v25 {
            %v1978 = arith.muli %v30, %v632 : i64
            %v1979 = arith.muli %v1832, %v631 : i64
            %v1980 = arith.addi %v1978, %v1979 : i64
            %v1981 = arith.muli %v28, %v2 : i64
            %v1982 = arith.addi %v1980, %v1981 : i64
            %v1983 = llvm.getelementptr %out_y[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1977, %v1983 : f32, !llvm.ptr
          }
        }
      }
      %v1984 = arith.subi %v10, %v2 : i64
      %v1985 = arith.cmpi eq, %v19, %v1984 : i64
      %v1986 = arith.andi %v25, %v1985 : i1
      %v1987 = llvm.load %v5 : !llvm.ptr -> f32
      %v1988 = llvm.load %v6 : !llvm.ptr -> f32
      scf.if %v1986 {
        %v1989 = arith.muli %v30, %v816 : i64
        %v1990 = arith.muli %v28, %v815 : i64
        %v1991 = arith.addi %v1989, %v1990 : i64
        %v1992 = arith.muli %v21, %v2 : i64
        %v1993 = arith.addi %v1991, %v1992 : i64
        %v1994 = llvm.getelementptr %out_h_last[%v1993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1987, %v1994 : f32, !llvm.ptr
        %v1995 = arith.muli %v30, %v816 : i64
        %v1996 = arith.muli %v28, %v815 : i64
        %v1997 = arith.addi %v1995, %v1996 : i64
        %v1998 = arith.constant 8 : i64
        %v1999 = arith.addi %v1998, %v21 : i64
        %v2000 = arith.muli %v1999, %v2 : i64
        %v2001 = arith.addi %v1997, %v2000 : i64
        %v2002 = llvm.getelementptr %out_h_last[%v2001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1988, %v2002 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
