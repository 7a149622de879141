module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_fwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 63 : i64
      %v11 = arith.addi %size_L, %v10 : i64
      %v12 = arith.constant 64 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v18 = arith.constant 8 : i64
      %v32 = arith.constant 0x00000000 : f32
      %v33 = arith.constant 0 : i64
      %v34 = arith.constant 32 : i64
      %v51 = arith.constant 2 : i64
      %v53 = arith.constant 3 : i64
      %v55 = arith.constant 4 : i64
      %v57 = arith.constant 5 : i64
      %v59 = arith.constant 6 : i64
      %v61 = arith.constant 7 : i64
      %v64 = arith.constant 9 : i64
      %v66 = arith.constant 10 : i64
      %v68 = arith.constant 11 : i64
      %v70 = arith.constant 12 : i64
      %v72 = arith.constant 13 : i64
      %v74 = arith.constant 14 : i64
      %v76 = arith.constant 15 : i64
      %v79 = arith.muli %v2, %v1 : i64
      %v80 = arith.muli %v79, %size_H : i64
      %v81 = arith.muli %v80, %size_L : i64
      %v740 = arith.muli %v2, %size_H : i64
      %v741 = arith.muli %v740, %size_L : i64
      %v749 = arith.constant 0x3F800000 : f32
      %v751 = arith.constant 0x3FB8AA3B : f32
      %v765 = arith.muli %v2, %size_DV : i64
      %v766 = arith.muli %v765, %size_H : i64
      %v767 = arith.muli %v766, %size_L : i64
      %v859 = arith.muli %v2, %size_B : i64
      %v860 = arith.muli %v859, %size_H : i64
      %v861 = arith.muli %v860, %v1 : i64
      %v862 = arith.muli %v861, %size_DV : i64
      %v865 = arith.muli %v2, %size_DV : i64
      %v866 = arith.muli %v865, %v1 : i64
      %v867 = arith.muli %v866, %size_H : i64
      %v891 = arith.muli %v2, %size_B : i64
      %v892 = arith.muli %v891, %size_H : i64
      %v893 = arith.muli %v892, %v1 : i64
      %v896 = arith.muli %v2, %v1 : i64
      %v897 = arith.muli %v896, %size_H : i64
      %v940 = arith.constant 1 : i32
      %v941 = arith.constant 32 : i32
      %v945 = arith.constant 2 : i32
      %v949 = arith.constant 4 : i32
      %v980 = arith.muli %v2, %size_B : i64
      %v981 = arith.muli %v980, %size_H : i64
      %v982 = arith.muli %v981, %v1 : i64
      %v983 = arith.muli %v982, %size_DV : i64
      %v1009 = arith.muli %v2, %size_B : i64
      %v1010 = arith.muli %v1009, %size_H : i64
      %v1011 = arith.muli %v1010, %v1 : i64
      %v1090 = arith.muli %v2, %size_B : i64
      %v1091 = arith.muli %v1090, %size_H : i64
      %v1092 = arith.muli %v1091, %v1 : i64
      %v1093 = arith.muli %v1092, %size_DV : i64
      %v1119 = arith.muli %v2, %size_B : i64
      %v1120 = arith.muli %v1119, %size_H : i64
      %v1121 = arith.muli %v1120, %v1 : i64
      %v1200 = arith.muli %v2, %size_B : i64
      %v1201 = arith.muli %v1200, %size_H : i64
      %v1202 = arith.muli %v1201, %v1 : i64
      %v1203 = arith.muli %v1202, %size_DV : i64
      %v1229 = arith.muli %v2, %size_B : i64
      %v1230 = arith.muli %v1229, %size_H : i64
      %v1231 = arith.muli %v1230, %v1 : i64
      %v1310 = arith.muli %v2, %size_B : i64
      %v1311 = arith.muli %v1310, %size_H : i64
      %v1312 = arith.muli %v1311, %v1 : i64
      %v1313 = arith.muli %v1312, %size_DV : i64
      %v1339 = arith.muli %v2, %size_B : i64
      %v1340 = arith.muli %v1339, %size_H : i64
      %v1341 = arith.muli %v1340, %v1 : i64
      %v1420 = arith.muli %v2, %size_B : i64
      %v1421 = arith.muli %v1420, %size_H : i64
      %v1422 = arith.muli %v1421, %v1 : i64
      %v1423 = arith.muli %v1422, %size_DV : i64
      %v1449 = arith.muli %v2, %size_B : i64
      %v1450 = arith.muli %v1449, %size_H : i64
      %v1451 = arith.muli %v1450, %v1 : i64
      %v1530 = arith.muli %v2, %size_B : i64
      %v1531 = arith.muli %v1530, %size_H : i64
      %v1532 = arith.muli %v1531, %v1 : i64
      %v1533 = arith.muli %v1532, %size_DV : i64
      %v1559 = arith.muli %v2, %size_B : i64
      %v1560 = arith.muli %v1559, %size_H : i64
      %v1561 = arith.muli %v1560, %v1 : i64
      %v1640 = arith.muli %v2, %size_B : i64
      %v1641 = arith.muli %v1640, %size_H : i64
      %v1642 = arith.muli %v1641, %v1 : i64
      %v1643 = arith.muli %v1642, %size_DV : i64
      %v1669 = arith.muli %v2, %size_B : i64
      %v1670 = arith.muli %v1669, %size_H : i64
      %v1671 = arith.muli %v1670, %v1 : i64
      %v1750 = arith.muli %v2, %size_B : i64
      %v1751 = arith.muli %v1750, %size_H : i64
      %v1752 = arith.muli %v1751, %v1 : i64
      %v1753 = arith.muli %v1752, %size_DV : i64
      %v1779 = arith.muli %v2, %size_B : i64
      %v1780 = arith.muli %v1779, %size_H : i64
      %v1781 = arith.muli %v1780, %v1 : i64
      %v1860 = arith.muli %v2, %size_B : i64
      %v1861 = arith.muli %v1860, %size_H : i64
      %v1862 = arith.muli %v1861, %v1 : i64
      %v1863 = arith.muli %v1862, %size_DV : i64
      %v1889 = arith.muli %v2, %size_B : i64
      %v1890 = arith.muli %v1889, %size_H : i64
      %v1891 = arith.muli %v1890, %v1 : i64
      %v1970 = arith.muli %v2, %size_B : i64
      %v1971 = arith.muli %v1970, %size_H : i64
      %v1972 = arith.muli %v1971, %v1 : i64
      %v1973 = arith.muli %v1972, %size_DV : i64
      %v1999 = arith.muli %v2, %size_B : i64
      %v2000 = arith.muli %v1999, %size_H : i64
      %v2001 = arith.muli %v2000, %v1 : i64
      %v2080 = arith.muli %v2, %size_B : i64
      %v2081 = arith.muli %v2080, %size_H : i64
      %v2082 = arith.muli %v2081, %v1 : i64
      %v2083 = arith.muli %v2082, %size_DV : i64
      %v2109 = arith.muli %v2, %size_B : i64
      %v2110 = arith.muli %v2109, %size_H : i64
      %v2111 = arith.muli %v2110, %v1 : i64
      %v2190 = arith.muli %v2, %size_B : i64
      %v2191 = arith.muli %v2190, %size_H : i64
      %v2192 = arith.muli %v2191, %v1 : i64
      %v2193 = arith.muli %v2192, %size_DV : i64
      %v2219 = arith.muli %v2, %size_B : i64
      %v2220 = arith.muli %v2219, %size_H : i64
      %v2221 = arith.muli %v2220, %v1 : i64
      %v2300 = arith.muli %v2, %size_B : i64
      %v2301 = arith.muli %v2300, %size_H : i64
      %v2302 = arith.muli %v2301, %v1 : i64
      %v2303 = arith.muli %v2302, %size_DV : i64
      %v2329 = arith.muli %v2, %size_B : i64
      %v2330 = arith.muli %v2329, %size_H : i64
      %v2331 = arith.muli %v2330, %v1 : i64
      %v2410 = arith.muli %v2, %size_B : i64
      %v2411 = arith.muli %v2410, %size_H : i64
      %v2412 = arith.muli %v2411, %v1 : i64
      %v2413 = arith.muli %v2412, %size_DV : i64
      %v2439 = arith.muli %v2, %size_B : i64
      %v2440 = arith.muli %v2439, %size_H : i64
      %v2441 = arith.muli %v2440, %v1 : i64
      %v2520 = arith.muli %v2, %size_B : i64
      %v2521 = arith.muli %v2520, %size_H : i64
      %v2522 = arith.muli %v2521, %v1 : i64
      %v2523 = arith.muli %v2522, %size_DV : i64
      %v2549 = arith.muli %v2, %size_B : i64
      %v2550 = arith.muli %v2549, %size_H : i64
      %v2551 = arith.muli %v2550, %v1 : i64
      %v2682 = arith.muli %v2, %size_B : i64
      %v2683 = arith.muli %v2682, %size_H : i64
      %v2684 = arith.muli %v2683, %v1 : i64
      %v2685 = arith.muli %v2684, %size_DV : i64
      %v2711 = arith.muli %v2, %size_B : i64
      %v2712 = arith.muli %v2711, %size_H : i64
      %v2713 = arith.muli %v2712, %v1 : i64
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.remui %v16, %v18 : i64
      %v20 = arith.divui %v16, %v18 : i64
      %v21 = arith.muli %v17, %v18 : i64
      %v22 = arith.addi %v21, %v20 : i64
      %v23 = arith.cmpi slt, %v22, %v5 : i64
      %v24 = arith.subi %v5, %v2 : i64
      %v25 = arith.minsi %v22, %v24 : i64
      %v26 = arith.remui %v25, %size_DV : i64
      %v27 = arith.divui %v25, %size_DV : i64
      %v28 = arith.remui %v27, %size_H : i64
      %v29 = arith.divui %v27, %size_H : i64
      %v30 = arith.remui %v29, %size_B : i64
      %v31 = arith.divui %v29, %size_B : i64
      %v810 = arith.trunci %v16 : i64 to i32
      %v811 = arith.constant 24 : i32
      %v812 = arith.andi %v810, %v811 : i32
      %v813 = arith.constant 0 : i32
      %v814 = arith.ori %v812, %v813 : i32
      %v815 = arith.constant 0 : i64
      %v816 = arith.cmpi eq, %v19, %v815 : i64
      %v817 = arith.constant 1 : i32
      %v818 = arith.ori %v812, %v817 : i32
      %v819 = arith.constant 1 : i64
      %v820 = arith.cmpi eq, %v19, %v819 : i64
      %v821 = arith.constant 2 : i32
      %v822 = arith.ori %v812, %v821 : i32
      %v823 = arith.constant 2 : i64
      %v824 = arith.cmpi eq, %v19, %v823 : i64
      %v825 = arith.constant 3 : i32
      %v826 = arith.ori %v812, %v825 : i32
      %v827 = arith.constant 3 : i64
      %v828 = arith.cmpi eq, %v19, %v827 : i64
      %v829 = arith.constant 4 : i32
      %v830 = arith.ori %v812, %v829 : i32
      %v831 = arith.constant 4 : i64
      %v832 = arith.cmpi eq, %v19, %v831 : i64
      %v833 = arith.constant 5 : i32
      %v834 = arith.ori %v812, %v833 : i32
      %v835 = arith.constant 5 : i64
      %v836 = arith.cmpi eq, %v19, %v835 : i64
      %v837 = arith.constant 6 : i32
      %v838 = arith.ori %v812, %v837 : i32
      %v839 = arith.constant 6 : i64
      %v840 = arith.cmpi eq, %v19, %v839 : i64
      %v841 = arith.constant 7 : i32
      %v842 = arith.ori %v812, %v841 : i32
      %v843 = arith.constant 7 : i64
      %v844 = arith.cmpi eq, %v19, %v843 : i64
      %v845 = arith.constant 32 : i32
      %v915 = arith.sitofp %v1 : i64 to f32
      %v916 = llvm.call_intrinsic "llvm.sqrt.f32"(%v915) : (f32) -> f32
      llvm.store %v32, %v6 : f32, !llvm.ptr
      llvm.store %v32, %v7 : f32, !llvm.ptr
      llvm.store %v32, %v8 : f32, !llvm.ptr
      llvm.store %v32, %v9 : f32, !llvm.ptr
      %v35 = arith.index_cast %v33 : i64 to index
      %v36 = arith.index_cast %size_L : i64 to index
      %v37 = arith.index_cast %v34 : i64 to index
      scf.for %v38 = %v35 to %v36 step %v37 {
        %v39 = arith.index_cast %v38 : index to i64
        %v40 = arith.subi %size_L, %v39 : i64
        %v41 = arith.minsi %v40, %v34 : i64
        %v42 = arith.divui %v41, %v1 : i64
        %v43 = arith.index_cast %v33 : i64 to index
        %v44 = arith.index_cast %v42 : i64 to index
        %v45 = arith.index_cast %v2 : i64 to index
        scf.for %v46 = %v43 to %v44 step %v45 {
          %v47 = arith.index_cast %v46 : index to i64
          %v48 = arith.muli %v47, %v1 : i64
          %v49 = arith.addi %v48, %v33 : i64
          %v50 = arith.addi %v48, %v2 : i64
          %v52 = arith.addi %v48, %v51 : i64
          %v54 = arith.addi %v48, %v53 : i64
          %v56 = arith.addi %v48, %v55 : i64
          %v58 = arith.addi %v48, %v57 : i64
          %v60 = arith.addi %v48, %v59 : i64
          %v62 = arith.addi %v48, %v61 : i64
          %v63 = arith.addi %v48, %v18 : i64
          %v65 = arith.addi %v48, %v64 : i64
          %v67 = arith.addi %v48, %v66 : i64
          %v69 = arith.addi %v48, %v68 : i64
          %v71 = arith.addi %v48, %v70 : i64
          %v73 = arith.addi %v48, %v72 : i64
          %v75 = arith.addi %v48, %v74 : i64
          %v77 = arith.addi %v48, %v76 : i64
          %v78 = arith.addi %v39, %v49 : i64
          %v82 = arith.muli %v30, %v81 : i64
          %v83 = arith.muli %v78, %v80 : i64
          %v84 = arith.addi %v82, %v83 : i64
          %v85 = arith.muli %v28, %v79 : i64
          %v86 = arith.addi %v84, %v85 : i64
          %v87 = arith.muli %v19, %v2 : i64
          %v88 = arith.addi %v86, %v87 : i64
          %v89 = llvm.getelementptr %in_k[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v90 = llvm.load %v89 : !llvm.ptr -> f32
          %v91 = arith.muli %v30, %v81 : i64
          %v92 = arith.muli %v78, %v80 : i64
          %v93 = arith.addi %v91, %v92 : i64
          %v94 = arith.muli %v28, %v79 : i64
          %v95 = arith.addi %v93, %v94 : i64
          %v96 = arith.constant 8 : i64
          %v97 = arith.addi %v96, %v19 : i64
          %v98 = arith.muli %v97, %v2 : i64
          %v99 = arith.addi %v95, %v98 : i64
          %v100 = llvm.getelementptr %in_k[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = arith.muli %v30, %v81 : i64
          %v103 = arith.muli %v78, %v80 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.muli %v28, %v79 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = arith.muli %v19, %v2 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = llvm.getelementptr %in_q[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          %v111 = arith.muli %v30, %v81 : i64
          %v112 = arith.muli %v78, %v80 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = arith.muli %v28, %v79 : i64
          %v115 = arith.addi %v113, %v114 : i64
          %v116 = arith.constant 8 : i64
          %v117 = arith.addi %v116, %v19 : i64
          %v118 = arith.muli %v117, %v2 : i64
          %v119 = arith.addi %v115, %v118 : i64
          %v120 = llvm.getelementptr %in_q[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          %v122 = arith.addi %v39, %v50 : i64
          %v123 = arith.muli %v30, %v81 : i64
          %v124 = arith.muli %v122, %v80 : i64
          %v125 = arith.addi %v123, %v124 : i64
          %v126 = arith.muli %v28, %v79 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.muli %v19, %v2 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = llvm.getelementptr %in_k[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v131 = llvm.load %v130 : !llvm.ptr -> f32
          %v132 = arith.muli %v30, %v81 : i64
          %v133 = arith.muli %v122, %v80 : i64
          %v134 = arith.addi %v132, %v133 : i64
          %v135 = arith.muli %v28, %v79 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.constant 8 : i64
          %v138 = arith.addi %v137, %v19 : i64
          %v139 = arith.muli %v138, %v2 : i64
          %v140 = arith.addi %v136, %v139 : i64
          %v141 = llvm.getelementptr %in_k[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v142 = llvm.load %v141 : !llvm.ptr -> f32
          %v143 = arith.muli %v30, %v81 : i64
          %v144 = arith.muli %v122, %v80 : i64
          %v145 = arith.addi %v143, %v144 : i64
          %v146 = arith.muli %v28, %v79 : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = arith.muli %v19, %v2 : i64
          %v149 = arith.addi %v147, %v148 : i64
          %v150 = llvm.getelementptr %in_q[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 : !llvm.ptr -> f32
          %v152 = arith.muli %v30, %v81 : i64
          %v153 = arith.muli %v122, %v80 : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v155 = arith.muli %v28, %v79 : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = arith.constant 8 : i64
          %v158 = arith.addi %v157, %v19 : i64
          %v159 = arith.muli %v158, %v2 : i64
          %v160 = arith.addi %v156, %v159 : i64
          %v161 = llvm.getelementptr %in_q[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v162 = llvm.load %v161 : !llvm.ptr -> f32
          %v163 = arith.addi %v39, %v52 : i64
          %v164 = arith.muli %v30, %v81 : i64
          %v165 = arith.muli %v163, %v80 : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.muli %v28, %v79 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = arith.muli %v19, %v2 : i64
          %v170 = arith.addi %v168, %v169 : i64
          %v171 = llvm.getelementptr %in_k[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v172 = llvm.load %v171 : !llvm.ptr -> f32
          %v173 = arith.muli %v30, %v81 : i64
          %v174 = arith.muli %v163, %v80 : i64
          %v175 = arith.addi %v173, %v174 : i64
          %v176 = arith.muli %v28, %v79 : i64
          %v177 = arith.addi %v175, %v176 : i64
          %v178 = arith.constant 8 : i64
          %v179 = arith.addi %v178, %v19 : i64
          %v180 = arith.muli %v179, %v2 : i64
          %v181 = arith.addi %v177, %v180 : i64
          %v182 = llvm.getelementptr %in_k[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.muli %v30, %v81 : i64
          %v185 = arith.muli %v163, %v80 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = arith.muli %v28, %v79 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.muli %v19, %v2 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = llvm.getelementptr %in_q[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.muli %v30, %v81 : i64
          %v194 = arith.muli %v163, %v80 : i64
          %v195 = arith.addi %v193, %v194 : i64
          %v196 = arith.muli %v28, %v79 : i64
          %v197 = arith.addi %v195, %v196 : i64
          %v198 = arith.constant 8 : i64
          %v199 = arith.addi %v198, %v19 : i64
          %v200 = arith.muli %v199, %v2 : i64
          %v201 = arith.addi %v197, %v200 : i64
          %v202 = llvm.getelementptr %in_q[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v203 = llvm.load %v202 : !llvm.ptr -> f32
          %v204 = arith.addi %v39, %v54 : i64
          %v205 = arith.muli %v30, %v81 : i64
          %v206 = arith.muli %v204, %v80 : i64
          %v207 = arith.addi %v205, %v206 : i64
          %v208 = arith.muli %v28, %v79 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v19, %v2 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = llvm.getelementptr %in_k[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.muli %v30, %v81 : i64
          %v215 = arith.muli %v204, %v80 : i64
          %v216 = arith.addi %v214, %v215 : i64
          %v217 = arith.muli %v28, %v79 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = arith.constant 8 : i64
          %v220 = arith.addi %v219, %v19 : i64
          %v221 = arith.muli %v220, %v2 : i64
          %v222 = arith.addi %v218, %v221 : i64
          %v223 = llvm.getelementptr %in_k[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v224 = llvm.load %v223 : !llvm.ptr -> f32
          %v225 = arith.muli %v30, %v81 : i64
          %v226 = arith.muli %v204, %v80 : i64
          %v227 = arith.addi %v225, %v226 : i64
          %v228 = arith.muli %v28, %v79 : i64
          %v229 = arith.addi %v227, %v228 : i64
          %v230 = arith.muli %v19, %v2 : i64
          %v231 = arith.addi %v229, %v230 : i64
          %v232 = llvm.getelementptr %in_q[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.muli %v30, %v81 : i64
          %v235 = arith.muli %v204, %v80 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = arith.muli %v28, %v79 : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.constant 8 : i64
          %v240 = arith.addi %v239, %v19 : i64
          %v241 = arith.muli %v240, %v2 : i64
          %v242 = arith.addi %v238, %v241 : i64
          %v243 = llvm.getelementptr %in_q[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v244 = llvm.load %v243 : !llvm.ptr -> f32
          %v245 = arith.addi %v39, %v56 : i64
          %v246 = arith.muli %v30, %v81 : i64
          %v247 = arith.muli %v245, %v80 : i64
          %v248 = arith.addi %v246, %v247 : i64
          %v249 = arith.muli %v28, %v79 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = arith.muli %v19, %v2 : i64
          %v252 = arith.addi %v250, %v251 : i64
          %v253 = llvm.getelementptr %in_k[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v254 = llvm.load %v253 : !llvm.ptr -> f32
          %v255 = arith.muli %v30, %v81 : i64
          %v256 = arith.muli %v245, %v80 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.muli %v28, %v79 : i64
          %v259 = arith.addi %v257, %v258 : i64
          %v260 = arith.constant 8 : i64
          %v261 = arith.addi %v260, %v19 : i64
          %v262 = arith.muli %v261, %v2 : i64
          %v263 = arith.addi %v259, %v262 : i64
          %v264 = llvm.getelementptr %in_k[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v265 = llvm.load %v264 : !llvm.ptr -> f32
          %v266 = arith.muli %v30, %v81 : i64
          %v267 = arith.muli %v245, %v80 : i64
          %v268 = arith.addi %v266, %v267 : i64
          %v269 = arith.muli %v28, %v79 : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = arith.muli %v19, %v2 : i64
          %v272 = arith.addi %v270, %v271 : i64
          %v273 = llvm.getelementptr %in_q[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v274 = llvm.load %v273 : !llvm.ptr -> f32
          %v275 = arith.muli %v30, %v81 : i64
          %v276 = arith.muli %v245, %v80 : i64
          %v277 = arith.addi %v275, %v276 : i64
          %v278 = arith.muli %v28, %v79 : i64
          %v279 = arith.addi %v277, %v278 : i64
          %v280 = arith.constant 8 : i64
          %v281 = arith.addi %v280, %v19 : i64
          %v282 = arith.muli %v281, %v2 : i64
          %v283 = arith.addi %v279, %v282 : i64
          %v284 = llvm.getelementptr %in_q[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v285 = llvm.load %v284 : !llvm.ptr -> f32
          %v286 = arith.addi %v39, %v58 : i64
          %v287 = arith.muli %v30, %v81 : i64
          %v288 = arith.muli %v286, %v80 : i64
          %v289 = arith.addi %v287, %v288 : i64
          %v290 = arith.muli %v28, %v79 : i64
          %v291 = arith.addi %v289, %v290 : i64
          %v292 = arith.muli %v19, %v2 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = llvm.getelementptr %in_k[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v295 = llvm.load %v294 : !llvm.ptr -> f32
          %v296 = arith.muli %v30, %v81 : i64
          %v297 = arith.muli %v286, %v80 : i64
          %v298 = arith.addi %v296, %v297 : i64
          %v299 = arith.muli %v28, %v79 : i64
          %v300 = arith.addi %v298, %v299 : i64
          %v301 = arith.constant 8 : i64
          %v302 = arith.addi %v301, %v19 : i64
          %v303 = arith.muli %v302, %v2 : i64
          %v304 = arith.addi %v300, %v303 : i64
          %v305 = llvm.getelementptr %in_k[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v306 = llvm.load %v305 : !llvm.ptr -> f32
          %v307 = arith.muli %v30, %v81 : i64
          %v308 = arith.muli %v286, %v80 : i64
          %v309 = arith.addi %v307, %v308 : i64
          %v310 = arith.muli %v28, %v79 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = arith.muli %v19, %v2 : i64
          %v313 = arith.addi %v311, %v312 : i64
          %v314 = llvm.getelementptr %in_q[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v315 = llvm.load %v314 : !llvm.ptr -> f32
          %v316 = arith.muli %v30, %v81 : i64
          %v317 = arith.muli %v286, %v80 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = arith.muli %v28, %v79 : i64
          %v320 = arith.addi %v318, %v319 : i64
          %v321 = arith.constant 8 : i64
          %v322 = arith.addi %v321, %v19 : i64
          %v323 = arith.muli %v322, %v2 : i64
          %v324 = arith.addi %v320, %v323 : i64
          %v325 = llvm.getelementptr %in_q[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v326 = llvm.load %v325 : !llvm.ptr -> f32
          %v327 = arith.addi %v39, %v60 : i64
          %v328 = arith.muli %v30, %v81 : i64
          %v329 = arith.muli %v327, %v80 : i64
          %v330 = arith.addi %v328, %v329 : i64
          %v331 = arith.muli %v28, %v79 : i64
          %v332 = arith.addi %v330, %v331 : i64
          %v333 = arith.muli %v19, %v2 : i64
          %v334 = arith.addi %v332, %v333 : i64
          %v335 = llvm.getelementptr %in_k[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v336 = llvm.load %v335 : !llvm.ptr -> f32
          %v337 = arith.muli %v30, %v81 : i64
          %v338 = arith.muli %v327, %v80 : i64
          %v339 = arith.addi %v337, %v338 : i64
          %v340 = arith.muli %v28, %v79 : i64
          %v341 = arith.addi %v339, %v340 : i64
          %v342 = arith.constant 8 : i64
          %v343 = arith.addi %v342, %v19 : i64
          %v344 = arith.muli %v343, %v2 : i64
          %v345 = arith.addi %v341, %v344 : i64
          %v346 = llvm.getelementptr %in_k[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v347 = llvm.load %v346 : !llvm.ptr -> f32
          %v348 = arith.muli %v30, %v81 : i64
          %v349 = arith.muli %v327, %v80 : i64
          %v350 = arith.addi %v348, %v349 : i64
          %v351 = arith.muli %v28, %v79 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = arith.muli %v19, %v2 : i64
          %v354 = arith.addi %v352, %v353 : i64
          %v355 = llvm.getelementptr %in_q[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v356 = llvm.load %v355 : !llvm.ptr -> f32
          %v357 = arith.muli %v30, %v81 : i64
          %v358 = arith.muli %v327, %v80 : i64
          %v359 = arith.addi %v357, %v358 : i64
          %v360 = arith.muli %v28, %v79 : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = arith.constant 8 : i64
          %v363 = arith.addi %v362, %v19 : i64
          %v364 = arith.muli %v363, %v2 : i64
          %v365 = arith.addi %v361, %v364 : i64
          %v366 = llvm.getelementptr %in_q[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v367 = llvm.load %v366 : !llvm.ptr -> f32
          %v368 = arith.addi %v39, %v62 : i64
          %v369 = arith.muli %v30, %v81 : i64
          %v370 = arith.muli %v368, %v80 : i64
          %v371 = arith.addi %v369, %v370 : i64
          %v372 = arith.muli %v28, %v79 : i64
          %v373 = arith.addi %v371, %v372 : i64
          %v374 = arith.muli %v19, %v2 : i64
          %v375 = arith.addi %v373, %v374 : i64
          %v376 = llvm.getelementptr %in_k[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v377 = llvm.load %v376 : !llvm.ptr -> f32
          %v378 = arith.muli %v30, %v81 : i64
          %v379 = arith.muli %v368, %v80 : i64
          %v380 = arith.addi %v378, %v379 : i64
          %v381 = arith.muli %v28, %v79 : i64
          %v382 = arith.addi %v380, %v381 : i64
          %v383 = arith.constant 8 : i64
          %v384 = arith.addi %v383, %v19 : i64
          %v385 = arith.muli %v384, %v2 : i64
          %v386 = arith.addi %v382, %v385 : i64
          %v387 = llvm.getelementptr %in_k[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v388 = llvm.load %v387 : !llvm.ptr -> f32
          %v389 = arith.muli %v30, %v81 : i64
          %v390 = arith.muli %v368, %v80 : i64
          %v391 = arith.addi %v389, %v390 : i64
          %v392 = arith.muli %v28, %v79 : i64
          %v393 = arith.addi %v391, %v392 : i64
          %v394 = arith.muli %v19, %v2 : i64
          %v395 = arith.addi %v393, %v394 : i64
          %v396 = llvm.getelementptr %in_q[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v397 = llvm.load %v396 : !llvm.ptr -> f32
          %v398 = arith.muli %v30, %v81 : i64
          %v399 = arith.muli %v368, %v80 : i64
          %v400 = arith.addi %v398, %v399 : i64
          %v401 = arith.muli %v28, %v79 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = arith.constant 8 : i64
          %v404 = arith.addi %v403, %v19 : i64
          %v405 = arith.muli %v404, %v2 : i64
          %v406 = arith.addi %v402, %v405 : i64
          %v407 = llvm.getelementptr %in_q[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v408 = llvm.load %v407 : !llvm.ptr -> f32
          %v409 = arith.addi %v39, %v63 : i64
          %v410 = arith.muli %v30, %v81 : i64
          %v411 = arith.muli %v409, %v80 : i64
          %v412 = arith.addi %v410, %v411 : i64
          %v413 = arith.muli %v28, %v79 : i64
          %v414 = arith.addi %v412, %v413 : i64
          %v415 = arith.muli %v19, %v2 : i64
          %v416 = arith.addi %v414, %v415 : i64
          %v417 = llvm.getelementptr %in_k[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v418 = llvm.load %v417 : !llvm.ptr -> f32
          %v419 = arith.muli %v30, %v81 : i64
          %v420 = arith.muli %v409, %v80 : i64
          %v421 = arith.addi %v419, %v420 : i64
          %v422 = arith.muli %v28, %v79 : i64
          %v423 = arith.addi %v421, %v422 : i64
          %v424 = arith.constant 8 : i64
          %v425 = arith.addi %v424, %v19 : i64
          %v426 = arith.muli %v425, %v2 : i64
          %v427 = arith.addi %v423, %v426 : i64
          %v428 = llvm.getelementptr %in_k[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v429 = llvm.load %v428 : !llvm.ptr -> f32
          %v430 = arith.muli %v30, %v81 : i64
          %v431 = arith.muli %v409, %v80 : i64
          %v432 = arith.addi %v430, %v431 : i64
          %v433 = arith.muli %v28, %v79 : i64
          %v434 = arith.addi %v432, %v433 : i64
          %v435 = arith.muli %v19, %v2 : i64
          %v436 = arith.addi %v434, %v435 : i64
          %v437 = llvm.getelementptr %in_q[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v438 = llvm.load %v437 : !llvm.ptr -> f32
          %v439 = arith.muli %v30, %v81 : i64
          %v440 = arith.muli %v409, %v80 : i64
          %v441 = arith.addi %v439, %v440 : i64
          %v442 = arith.muli %v28, %v79 : i64
          %v443 = arith.addi %v441, %v442 : i64
          %v444 = arith.constant 8 : i64
          %v445 = arith.addi %v444, %v19 : i64
          %v446 = arith.muli %v445, %v2 : i64
          %v447 = arith.addi %v443, %v446 : i64
          %v448 = llvm.getelementptr %in_q[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v449 = llvm.load %v448 : !llvm.ptr -> f32
          %v450 = arith.addi %v39, %v65 : i64
          %v451 = arith.muli %v30, %v81 : i64
          %v452 = arith.muli %v450, %v80 : i64
          %v453 = arith.addi %v451, %v452 : i64
          %v454 = arith.muli %v28, %v79 : i64
          %v455 = arith.addi %v453, %v454 : i64
          %v456 = arith.muli %v19, %v2 : i64
          %v457 = arith.addi %v455, %v456 : i64
          %v458 = llvm.getelementptr %in_k[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v459 = llvm.load %v458 : !llvm.ptr -> f32
          %v460 = arith.muli %v30, %v81 : i64
          %v461 = arith.muli %v450, %v80 : i64
          %v462 = arith.addi %v460, %v461 : i64
          %v463 = arith.muli %v28, %v79 : i64
          %v464 = arith.addi %v462, %v463 : i64
          %v465 = arith.constant 8 : i64
          %v466 = arith.addi %v465, %v19 : i64
          %v467 = arith.muli %v466, %v2 : i64
          %v468 = arith.addi %v464, %v467 : i64
          %v469 = llvm.getelementptr %in_k[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v470 = llvm.load %v469 : !llvm.ptr -> f32
          %v471 = arith.muli %v30, %v81 : i64
          %v472 = arith.muli %v450, %v80 : i64
          %v473 = arith.addi %v471, %v472 : i64
          %v474 = arith.muli %v28, %v79 : i64
          %v475 = arith.addi %v473, %v474 : i64
          %v476 = arith.muli %v19, %v2 : i64
          %v477 = arith.addi %v475, %v476 : i64
          %v478 = llvm.getelementptr %in_q[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v479 = llvm.load %v478 : !llvm.ptr -> f32
          %v480 = arith.muli %v30, %v81 : i64
          %v481 = arith.muli %v450, %v80 : i64
          %v482 = arith.addi %v480, %v481 : i64
          %v483 = arith.muli %v28, %v79 : i64
          %v484 = arith.addi %v482, %v483 : i64
          %v485 = arith.constant 8 : i64
          %v486 = arith.addi %v485, %v19 : i64
          %v487 = arith.muli %v486, %v2 : i64
          %v488 = arith.addi %v484, %v487 : i64
          %v489 = llvm.getelementptr %in_q[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          %v491 = arith.addi %v39, %v67 : i64
          %v492 = arith.muli %v30, %v81 : i64
          %v493 = arith.muli %v491, %v80 : i64
          %v494 = arith.addi %v492, %v493 : i64
          %v495 = arith.muli %v28, %v79 : i64
          %v496 = arith.addi %v494, %v495 : i64
          %v497 = arith.muli %v19, %v2 : i64
          %v498 = arith.addi %v496, %v497 : i64
          %v499 = llvm.getelementptr %in_k[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v500 = llvm.load %v499 : !llvm.ptr -> f32
          %v501 = arith.muli %v30, %v81 : i64
          %v502 = arith.muli %v491, %v80 : i64
          %v503 = arith.addi %v501, %v502 : i64
          %v504 = arith.muli %v28, %v79 : i64
          %v505 = arith.addi %v503, %v504 : i64
          %v506 = arith.constant 8 : i64
          %v507 = arith.addi %v506, %v19 : i64
          %v508 = arith.muli %v507, %v2 : i64
          %v509 = arith.addi %v505, %v508 : i64
          %v510 = llvm.getelementptr %in_k[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v511 = llvm.load %v510 : !llvm.ptr -> f32
          %v512 = arith.muli %v30, %v81 : i64
          %v513 = arith.muli %v491, %v80 : i64
          %v514 = arith.addi %v512, %v513 : i64
          %v515 = arith.muli %v28, %v79 : i64
          %v516 = arith.addi %v514, %v515 : i64
          %v517 = arith.muli %v19, %v2 : i64
          %v518 = arith.addi %v516, %v517 : i64
          %v519 = llvm.getelementptr %in_q[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v520 = llvm.load %v519 : !llvm.ptr -> f32
          %v521 = arith.muli %v30, %v81 : i64
          %v522 = arith.muli %v491, %v80 : i64
          %v523 = arith.addi %v521, %v522 : i64
          %v524 = arith.muli %v28, %v79 : i64
          %v525 = arith.addi %v523, %v524 : i64
          %v526 = arith.constant 8 : i64
          %v527 = arith.addi %v526, %v19 : i64
          %v528 = arith.muli %v527, %v2 : i64
          %v529 = arith.addi %v525, %v528 : i64
          %v530 = llvm.getelementptr %in_q[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v531 = llvm.load %v530 : !llvm.ptr -> f32
          %v532 = arith.addi %v39, %v69 : i64
          %v533 = arith.muli %v30, %v81 : i64
          %v534 = arith.muli %v532, %v80 : i64
          %v535 = arith.addi %v533, %v534 : i64
          %v536 = arith.muli %v28, %v79 : i64
          %v537 = arith.addi %v535, %v536 : i64
          %v538 = arith.muli %v19, %v2 : i64
          %v539 = arith.addi %v537, %v538 : i64
          %v540 = llvm.getelementptr %in_k[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v541 = llvm.load %v540 : !llvm.ptr -> f32
          %v542 = arith.muli %v30, %v81 : i64
          %v543 = arith.muli %v532, %v80 : i64
          %v544 = arith.addi %v542, %v543 : i64
          %v545 = arith.muli %v28, %v79 : i64
          %v546 = arith.addi %v544, %v545 : i64
          %v547 = arith.constant 8 : i64
          %v548 = arith.addi %v547, %v19 : i64
          %v549 = arith.muli %v548, %v2 : i64
          %v550 = arith.addi %v546, %v549 : i64
          %v551 = llvm.getelementptr %in_k[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v552 = llvm.load %v551 : !llvm.ptr -> f32
          %v553 = arith.muli %v30, %v81 : i64
          %v554 = arith.muli %v532, %v80 : i64
          %v555 = arith.addi %v553, %v554 : i64
          %v556 = arith.muli %v28, %v79 : i64
          %v557 = arith.addi %v555, %v556 : i64
          %v558 = arith.muli %v19, %v2 : i64
          %v559 = arith.addi %v557, %v558 : i64
          %v560 = llvm.getelementptr %in_q[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v561 = llvm.load %v560 : !llvm.ptr -> f32
          %v562 = arith.muli %v30, %v81 : i64
          %v563 = arith.muli %v532, %v80 : i64
          %v564 = arith.addi %v562, %v563 : i64
          %v565 = arith.muli %v28, %v79 : i64
          %v566 = arith.addi %v564, %v565 : i64
          %v567 = arith.constant 8 : i64
          %v568 = arith.addi %v567, %v19 : i64
          %v569 = arith.muli %v568, %v2 : i64
          %v570 = arith.addi %v566, %v569 : i64
          %v571 = llvm.getelementptr %in_q[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v572 = llvm.load %v571 : !llvm.ptr -> f32
          %v573 = arith.addi %v39, %v71 : i64
          %v574 = arith.muli %v30, %v81 : i64
          %v575 = arith.muli %v573, %v80 : i64
          %v576 = arith.addi %v574, %v575 : i64
          %v577 = arith.muli %v28, %v79 : i64
          %v578 = arith.addi %v576, %v577 : i64
          %v579 = arith.muli %v19, %v2 : i64
          %v580 = arith.addi %v578, %v579 : i64
          %v581 = llvm.getelementptr %in_k[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v582 = llvm.load %v581 : !llvm.ptr -> f32
          %v583 = arith.muli %v30, %v81 : i64
          %v584 = arith.muli %v573, %v80 : i64
          %v585 = arith.addi %v583, %v584 : i64
          %v586 = arith.muli %v28, %v79 : i64
          %v587 = arith.addi %v585, %v586 : i64
          %v588 = arith.constant 8 : i64
          %v589 = arith.addi %v588, %v19 : i64
          %v590 = arith.muli %v589, %v2 : i64
          %v591 = arith.addi %v587, %v590 : i64
          %v592 = llvm.getelementptr %in_k[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v593 = llvm.load %v592 : !llvm.ptr -> f32
          %v594 = arith.muli %v30, %v81 : i64
          %v595 = arith.muli %v573, %v80 : i64
          %v596 = arith.addi %v594, %v595 : i64
          %v597 = arith.muli %v28, %v79 : i64
          %v598 = arith.addi %v596, %v597 : i64
          %v599 = arith.muli %v19, %v2 : i64
          %v600 = arith.addi %v598, %v599 : i64
          %v601 = llvm.getelementptr %in_q[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v602 = llvm.load %v601 : !llvm.ptr -> f32
          %v603 = arith.muli %v30, %v81 : i64
          %v604 = arith.muli %v573, %v80 : i64
          %v605 = arith.addi %v603, %v604 : i64
          %v606 = arith.muli %v28, %v79 : i64
          %v607 = arith.addi %v605, %v606 : i64
          %v608 = arith.constant 8 : i64
          %v609 = arith.addi %v608, %v19 : i64
          %v610 = arith.muli %v609, %v2 : i64
          %v611 = arith.addi %v607, %v610 : i64
          %v612 = llvm.getelementptr %in_q[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v613 = llvm.load %v612 : !llvm.ptr -> f32
          %v614 = arith.addi %v39, %v73 : i64
          %v615 = arith.muli %v30, %v81 : i64
          %v616 = arith.muli %v614, %v80 : i64
          %v617 = arith.addi %v615, %v616 : i64
          %v618 = arith.muli %v28, %v79 : i64
          %v619 = arith.addi %v617, %v618 : i64
          %v620 = arith.muli %v19, %v2 : i64
          %v621 = arith.addi %v619, %v620 : i64
          %v622 = llvm.getelementptr %in_k[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v623 = llvm.load %v622 : !llvm.ptr -> f32
          %v624 = arith.muli %v30, %v81 : i64
          %v625 = arith.muli %v614, %v80 : i64
          %v626 = arith.addi %v624, %v625 : i64
          %v627 = arith.muli %v28, %v79 : i64
          %v628 = arith.addi %v626, %v627 : i64
          %v629 = arith.constant 8 : i64
          %v630 = arith.addi %v629, %v19 : i64
          %v631 = arith.muli %v630, %v2 : i64
          %v632 = arith.addi %v628, %v631 : i64
          %v633 = llvm.getelementptr %in_k[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v634 = llvm.load %v633 : !llvm.ptr -> f32
          %v635 = arith.muli %v30, %v81 : i64
          %v636 = arith.muli %v614, %v80 : i64
          %v637 = arith.addi %v635, %v636 : i64
          %v638 = arith.muli %v28, %v79 : i64
          %v639 = arith.addi %v637, %v638 : i64
          %v640 = arith.muli %v19, %v2 : i64
          %v641 = arith.addi %v639, %v640 : i64
          %v642 = llvm.getelementptr %in_q[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v643 = llvm.load %v642 : !llvm.ptr -> f32
          %v644 = arith.muli %v30, %v81 : i64
          %v645 = arith.muli %v614, %v80 : i64
          %v646 = arith.addi %v644, %v645 : i64
          %v647 = arith.muli %v28, %v79 : i64
          %v648 = arith.addi %v646, %v647 : i64
          %v649 = arith.constant 8 : i64
          %v650 = arith.addi %v649, %v19 : i64
          %v651 = arith.muli %v650, %v2 : i64
          %v652 = arith.addi %v648, %v651 : i64
          %v653 = llvm.getelementptr %in_q[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v654 = llvm.load %v653 : !llvm.ptr -> f32
          %v655 = arith.addi %v39, %v75 : i64
          %v656 = arith.muli %v30, %v81 : i64
          %v657 = arith.muli %v655, %v80 : i64
          %v658 = arith.addi %v656, %v657 : i64
          %v659 = arith.muli %v28, %v79 : i64
          %v660 = arith.addi %v658, %v659 : i64
          %v661 = arith.muli %v19, %v2 : i64
          %v662 = arith.addi %v660, %v661 : i64
          %v663 = llvm.getelementptr %in_k[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v664 = llvm.load %v663 : !llvm.ptr -> f32
          %v665 = arith.muli %v30, %v81 : i64
          %v666 = arith.muli %v655, %v80 : i64
          %v667 = arith.addi %v665, %v666 : i64
          %v668 = arith.muli %v28, %v79 : i64
          %v669 = arith.addi %v667, %v668 : i64
          %v670 = arith.constant 8 : i64
          %v671 = arith.addi %v670, %v19 : i64
          %v672 = arith.muli %v671, %v2 : i64
          %v673 = arith.addi %v669, %v672 : i64
          %v674 = llvm.getelementptr %in_k[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v675 = llvm.load %v674 : !llvm.ptr -> f32
          %v676 = arith.muli %v30, %v81 : i64
          %v677 = arith.muli %v655, %v80 : i64
          %v678 = arith.addi %v676, %v677 : i64
          %v679 = arith.muli %v28, %v79 : i64
          %v680 = arith.addi %v678, %v679 : i64
          %v681 = arith.muli %v19, %v2 : i64
          %v682 = arith.addi %v680, %v681 : i64
          %v683 = llvm.getelementptr %in_q[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v684 = llvm.load %v683 : !llvm.ptr -> f32
          %v685 = arith.muli %v30, %v81 : i64
          %v686 = arith.muli %v655, %v80 : i64
          %v687 = arith.addi %v685, %v686 : i64
          %v688 = arith.muli %v28, %v79 : i64
          %v689 = arith.addi %v687, %v688 : i64
          %v690 = arith.constant 8 : i64
          %v691 = arith.addi %v690, %v19 : i64
          %v692 = arith.muli %v691, %v2 : i64
          %v693 = arith.addi %v689, %v692 : i64
          %v694 = llvm.getelementptr %in_q[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v695 = llvm.load %v694 : !llvm.ptr -> f32
          %v696 = arith.addi %v39, %v77 : i64
          %v697 = arith.muli %v30, %v81 : i64
          %v698 = arith.muli %v696, %v80 : i64
          %v699 = arith.addi %v697, %v698 : i64
          %v700 = arith.muli %v28, %v79 : i64
          %v701 = arith.addi %v699, %v700 : i64
          %v702 = arith.muli %v19, %v2 : i64
          %v703 = arith.addi %v701, %v702 : i64
          %v704 = llvm.getelementptr %in_k[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v705 = llvm.load %v704 : !llvm.ptr -> f32
          %v706 = arith.muli %v30, %v81 : i64
          %v707 = arith.muli %v696, %v80 : i64
          %v708 = arith.addi %v706, %v707 : i64
          %v709 = arith.muli %v28, %v79 : i64
          %v710 = arith.addi %v708, %v709 : i64
          %v711 = arith.constant 8 : i64
          %v712 = arith.addi %v711, %v19 : i64
          %v713 = arith.muli %v712, %v2 : i64
          %v714 = arith.addi %v710, %v713 : i64
          %v715 = llvm.getelementptr %in_k[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v716 = llvm.load %v715 : !llvm.ptr -> f32
          %v717 = arith.muli %v30, %v81 : i64
          %v718 = arith.muli %v696, %v80 : i64
          %v719 = arith.addi %v717, %v718 : i64
          %v720 = arith.muli %v28, %v79 : i64
          %v721 = arith.addi %v719, %v720 : i64
          %v722 = arith.muli %v19, %v2 : i64
          %v723 = arith.addi %v721, %v722 : i64
          %v724 = llvm.getelementptr %in_q[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v725 = llvm.load %v724 : !llvm.ptr -> f32
          %v726 = arith.muli %v30, %v81 : i64
          %v727 = arith.muli %v696, %v80 : i64
          %v728 = arith.addi %v726, %v727 : i64
          %v729 = arith.muli %v28, %v79 : i64
          %v730 = arith.addi %v728, %v729 : i64
          %v731 = arith.constant 8 : i64
          %v732 = arith.addi %v731, %v19 : i64
          %v733 = arith.muli %v732, %v2 : i64
          %v734 = arith.addi %v730, %v733 : i64
          %v735 = llvm.getelementptr %in_q[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v736 = llvm.load %v735 : !llvm.ptr -> f32
          %v737 = arith.addi %v48, %v33 : i64
          %v738 = arith.addi %v737, %v19 : i64
          %v739 = arith.addi %v39, %v738 : i64
          %v742 = arith.muli %v30, %v741 : i64
          %v743 = arith.muli %v739, %v740 : i64
          %v744 = arith.addi %v742, %v743 : i64
          %v745 = arith.muli %v28, %v2 : i64
          %v746 = arith.addi %v744, %v745 : i64
          %v747 = llvm.getelementptr %in_fg[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v748 = llvm.load %v747 : !llvm.ptr -> f32
          %v750 = arith.negf %v748 : f32
          %v752 = arith.mulf %v750, %v751 fastmath<contract> : f32
          %v753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v752) : (f32) -> f32
          %v754 = arith.addf %v749, %v753 fastmath<contract> : f32
          %v755 = arith.divf %v749, %v754 : f32
          %v756 = arith.muli %v30, %v741 : i64
          %v757 = arith.muli %v739, %v740 : i64
          %v758 = arith.addi %v756, %v757 : i64
          %v759 = arith.muli %v28, %v2 : i64
          %v760 = arith.addi %v758, %v759 : i64
          %v761 = llvm.getelementptr %in_ig[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v762 = llvm.load %v761 : !llvm.ptr -> f32
          %v763 = arith.mulf %v762, %v751 fastmath<contract> : f32
          %v764 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v763) : (f32) -> f32
          %v768 = arith.muli %v30, %v767 : i64
          %v769 = arith.muli %v739, %v766 : i64
          %v770 = arith.addi %v768, %v769 : i64
          %v771 = arith.muli %v28, %v765 : i64
          %v772 = arith.addi %v770, %v771 : i64
          %v773 = arith.muli %v26, %v2 : i64
          %v774 = arith.addi %v772, %v773 : i64
          %v775 = llvm.getelementptr %in_v[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v776 = llvm.load %v775 : !llvm.ptr -> f32
          %v777 = arith.addi %v48, %v18 : i64
          %v778 = arith.addi %v777, %v19 : i64
          %v779 = arith.addi %v39, %v778 : i64
          %v780 = arith.muli %v30, %v741 : i64
          %v781 = arith.muli %v779, %v740 : i64
          %v782 = arith.addi %v780, %v781 : i64
          %v783 = arith.muli %v28, %v2 : i64
          %v784 = arith.addi %v782, %v783 : i64
          %v785 = llvm.getelementptr %in_fg[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v786 = llvm.load %v785 : !llvm.ptr -> f32
          %v787 = arith.negf %v786 : f32
          %v788 = arith.mulf %v787, %v751 fastmath<contract> : f32
          %v789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v788) : (f32) -> f32
          %v790 = arith.addf %v749, %v789 fastmath<contract> : f32
          %v791 = arith.divf %v749, %v790 : f32
          %v792 = arith.muli %v30, %v741 : i64
          %v793 = arith.muli %v779, %v740 : i64
          %v794 = arith.addi %v792, %v793 : i64
          %v795 = arith.muli %v28, %v2 : i64
          %v796 = arith.addi %v794, %v795 : i64
          %v797 = llvm.getelementptr %in_ig[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v798 = llvm.load %v797 : !llvm.ptr -> f32
          %v799 = arith.mulf %v798, %v751 fastmath<contract> : f32
          %v800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v799) : (f32) -> f32
          %v801 = arith.muli %v30, %v767 : i64
          %v802 = arith.muli %v779, %v766 : i64
          %v803 = arith.addi %v801, %v802 : i64
          %v804 = arith.muli %v28, %v765 : i64
          %v805 = arith.addi %v803, %v804 : i64
          %v806 = arith.muli %v26, %v2 : i64
          %v807 = arith.addi %v805, %v806 : i64
          %v808 = llvm.getelementptr %in_v[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v809 = llvm.load %v808 : !llvm.ptr -> f32
          %v846 = arith.addi %v39, %v49 : i64
          %v847, %v848 = gpu.shuffle idx %v755, %v814, %v845 : f32
          %v849, %v850 = gpu.shuffle idx %v764, %v814, %v845 : f32
          %v851, %v852 = gpu.shuffle idx %v776, %v814, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v853 = arith.remui %v846, %v12 : i64
          %v854 = arith.cmpi eq, %v853, %v33 : i64
          %v855 = arith.andi %v854, %v23 : i1
          scf.if %v855 {
            %v856 = arith.divui %v846, %v12 : i64
            %v857 = llvm.mlir.zero : !llvm.ptr
            %v858 = llvm.icmp "ne" %ckpt_C, %v857 : !llvm.ptr
            scf.if %v858 {
              %v863 = arith.muli %v856, %v862 : i64
              %v864 = llvm.load %v6 : !llvm.ptr -> f32
              %v868 = arith.muli %v30, %v867 : i64
              %v869 = arith.muli %v28, %v866 : i64
              %v870 = arith.addi %v868, %v869 : i64
              %v871 = arith.muli %v19, %v865 : i64
              %v872 = arith.addi %v870, %v871 : i64
              %v873 = arith.muli %v26, %v2 : i64
              %v874 = arith.addi %v872, %v873 : i64
              %v875 = arith.addi %v863, %v874 : i64
              %v876 = llvm.getelementptr %ckpt_C[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v864, %v876 : f32, !llvm.ptr
              %v877 = llvm.load %v7 : !llvm.ptr -> f32
              %v878 = arith.muli %v30, %v867 : i64
              %v879 = arith.muli %v28, %v866 : i64
              %v880 = arith.addi %v878, %v879 : i64
              %v881 = arith.constant 8 : i64
              %v882 = arith.addi %v881, %v19 : i64
              %v883 = arith.muli %v882, %v865 : i64
              %v884 = arith.addi %v880, %v883 : i64
              %v885 = arith.muli %v26, %v2 : i64
              %v886 = arith.addi %v884, %v885 : i64
              %v887 = arith.addi %v863, %v886 : i64
              %v888 = llvm.getelementptr %ckpt_C[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v877, %v888 : f32, !llvm.ptr
            }
            %v889 = llvm.mlir.zero : !llvm.ptr
            %v890 = llvm.icmp "ne" %ckpt_n, %v889 : !llvm.ptr
            scf.if %v890 {
              %v894 = arith.muli %v856, %v893 : i64
              %v895 = llvm.load %v8 : !llvm.ptr -> f32
              %v898 = arith.muli %v30, %v897 : i64
              %v899 = arith.muli %v28, %v896 : i64
              %v900 = arith.addi %v898, %v899 : i64
              %v901 = arith.muli %v19, %v2 : i64
              %v902 = arith.addi %v900, %v901 : i64
              %v903 = arith.addi %v894, %v902 : i64
              %v904 = llvm.getelementptr %ckpt_n[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v895, %v904 : f32, !llvm.ptr
              %v905 = llvm.load %v9 : !llvm.ptr -> f32
              %v906 = arith.muli %v30, %v897 : i64
              %v907 = arith.muli %v28, %v896 : i64
              %v908 = arith.addi %v906, %v907 : i64
              %v909 = arith.constant 8 : i64
              %v910 = arith.addi %v909, %v19 : i64
              %v911 = arith.muli %v910, %v2 : i64
              %v912 = arith.addi %v908, %v911 : i64
              %v913 = arith.addi %v894, %v912 : i64
              %v914 = llvm.getelementptr %ckpt_n[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v905, %v914 : f32, !llvm.ptr
            }
          }
          // end save
          %v917 = arith.divf %v90, %v916 : f32
          %v918 = arith.mulf %v849, %v917 fastmath<contract> : f32
          %v919 = arith.mulf %v918, %v851 fastmath<contract> : f32
          %v920 = llvm.load %v6 : !llvm.ptr -> f32
          %v921 = arith.mulf %v847, %v920 fastmath<contract> : f32
          %v922 = arith.addf %v921, %v919 fastmath<contract> : f32
          %v923 = arith.divf %v101, %v916 : f32
          %v924 = arith.mulf %v849, %v923 fastmath<contract> : f32
          %v925 = arith.mulf %v924, %v851 fastmath<contract> : f32
          %v926 = llvm.load %v7 : !llvm.ptr -> f32
          %v927 = arith.mulf %v847, %v926 fastmath<contract> : f32
          %v928 = arith.addf %v927, %v925 fastmath<contract> : f32
          %v929 = llvm.load %v8 : !llvm.ptr -> f32
          %v930 = arith.mulf %v847, %v929 fastmath<contract> : f32
          %v931 = arith.addf %v930, %v918 fastmath<contract> : f32
          %v932 = llvm.load %v9 : !llvm.ptr -> f32
          %v933 = arith.mulf %v847, %v932 fastmath<contract> : f32
          %v934 = arith.addf %v933, %v924 fastmath<contract> : f32
          llvm.store %v922, %v6 : f32, !llvm.ptr
          llvm.store %v928, %v7 : f32, !llvm.ptr
          llvm.store %v931, %v8 : f32, !llvm.ptr
          llvm.store %v934, %v9 : f32, !llvm.ptr
          %v935 = llvm.load %v6 : !llvm.ptr -> f32
          %v936 = arith.mulf %v110, %v935 fastmath<contract> : f32
          %v937 = llvm.load %v7 : !llvm.ptr -> f32
          %v938 = arith.mulf %v121, %v937 fastmath<contract> : f32
          %v939 = arith.addf %v936, %v938 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v942, %v943 = gpu.shuffle xor %v939, %v940, %v941 : f32
          %v944 = arith.addf %v939, %v942 fastmath<contract> : f32
          %v946, %v947 = gpu.shuffle xor %v944, %v945, %v941 : f32
          %v948 = arith.addf %v944, %v946 fastmath<contract> : f32
          %v950, %v951 = gpu.shuffle xor %v948, %v949, %v941 : f32
          %v952 = arith.addf %v948, %v950 fastmath<contract> : f32
          // end sum over the lanes
          %v953 = llvm.load %v8 : !llvm.ptr -> f32
          %v954 = arith.mulf %v110, %v953 fastmath<contract> : f32
          %v955 = llvm.load %v9 : !llvm.ptr -> f32
          %v956 = arith.mulf %v121, %v955 fastmath<contract> : f32
          %v957 = arith.addf %v954, %v956 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v958, %v959 = gpu.shuffle xor %v957, %v940, %v941 : f32
          %v960 = arith.addf %v957, %v958 fastmath<contract> : f32
          %v961, %v962 = gpu.shuffle xor %v960, %v945, %v941 : f32
          %v963 = arith.addf %v960, %v961 fastmath<contract> : f32
          %v964, %v965 = gpu.shuffle xor %v963, %v949, %v941 : f32
          %v966 = arith.addf %v963, %v964 fastmath<contract> : f32
          // end sum over the lanes
          %v967 = arith.addi %v39, %v50 : i64
          %v968, %v969 = gpu.shuffle idx %v755, %v818, %v845 : f32
          %v970, %v971 = gpu.shuffle idx %v764, %v818, %v845 : f32
          %v972, %v973 = gpu.shuffle idx %v776, %v818, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v974 = arith.remui %v967, %v12 : i64
          %v975 = arith.cmpi eq, %v974, %v33 : i64
          %v976 = arith.andi %v975, %v23 : i1
          scf.if %v976 {
            %v977 = arith.divui %v967, %v12 : i64
            %v978 = llvm.mlir.zero : !llvm.ptr
            %v979 = llvm.icmp "ne" %ckpt_C, %v978 : !llvm.ptr
            scf.if %v979 {
              %v984 = arith.muli %v977, %v983 : i64
              %v985 = llvm.load %v6 : !llvm.ptr -> f32
              %v986 = arith.muli %v30, %v867 : i64
              %v987 = arith.muli %v28, %v866 : i64
              %v988 = arith.addi %v986, %v987 : i64
              %v989 = arith.muli %v19, %v865 : i64
              %v990 = arith.addi %v988, %v989 : i64
              %v991 = arith.muli %v26, %v2 : i64
              %v992 = arith.addi %v990, %v991 : i64
              %v993 = arith.addi %v984, %v992 : i64
              %v994 = llvm.getelementptr %ckpt_C[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v985, %v994 : f32, !llvm.ptr
              %v995 = llvm.load %v7 : !llvm.ptr -> f32
              %v996 = arith.muli %v30, %v867 : i64
              %v997 = arith.muli %v28, %v866 : i64
              %v998 = arith.addi %v996, %v997 : i64
              %v999 = arith.constant 8 : i64
              %v1000 = arith.addi %v999, %v19 : i64
              %v1001 = arith.muli %v1000, %v865 : i64
              %v1002 = arith.addi %v998, %v1001 : i64
              %v1003 = arith.muli %v26, %v2 : i64
              %v1004 = arith.addi %v1002, %v1003 : i64
              %v1005 = arith.addi %v984, %v1004 : i64
              %v1006 = llvm.getelementptr %ckpt_C[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v995, %v1006 : f32, !llvm.ptr
            }
            %v1007 = llvm.mlir.zero : !llvm.ptr
            %v1008 = llvm.icmp "ne" %ckpt_n, %v1007 : !llvm.ptr
            scf.if %v1008 {
              %v1012 = arith.muli %v977, %v1011 : i64
              %v1013 = llvm.load %v8 : !llvm.ptr -> f32
              %v1014 = arith.muli %v30, %v897 : i64
              %v1015 = arith.muli %v28, %v896 : i64
              %v1016 = arith.addi %v1014, %v1015 : i64
              %v1017 = arith.muli %v19, %v2 : i64
              %v1018 = arith.addi %v1016, %v1017 : i64
              %v1019 = arith.addi %v1012, %v1018 : i64
              %v1020 = llvm.getelementptr %ckpt_n[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1013, %v1020 : f32, !llvm.ptr
              %v1021 = llvm.load %v9 : !llvm.ptr -> f32
              %v1022 = arith.muli %v30, %v897 : i64
              %v1023 = arith.muli %v28, %v896 : i64
              %v1024 = arith.addi %v1022, %v1023 : i64
              %v1025 = arith.constant 8 : i64
              %v1026 = arith.addi %v1025, %v19 : i64
              %v1027 = arith.muli %v1026, %v2 : i64
              %v1028 = arith.addi %v1024, %v1027 : i64
              %v1029 = arith.addi %v1012, %v1028 : i64
              %v1030 = llvm.getelementptr %ckpt_n[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1021, %v1030 : f32, !llvm.ptr
            }
          }
          // end save
          %v1031 = arith.divf %v131, %v916 : f32
          %v1032 = arith.mulf %v970, %v1031 fastmath<contract> : f32
          %v1033 = arith.mulf %v1032, %v972 fastmath<contract> : f32
          %v1034 = llvm.load %v6 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v968, %v1034 fastmath<contract> : f32
          %v1036 = arith.addf %v1035, %v1033 fastmath<contract> : f32
          %v1037 = arith.divf %v142, %v916 : f32
          %v1038 = arith.mulf %v970, %v1037 fastmath<contract> : f32
          %v1039 = arith.mulf %v1038, %v972 fastmath<contract> : f32
          %v1040 = llvm.load %v7 : !llvm.ptr -> f32
          %v1041 = arith.mulf %v968, %v1040 fastmath<contract> : f32
          %v1042 = arith.addf %v1041, %v1039 fastmath<contract> : f32
          %v1043 = llvm.load %v8 : !llvm.ptr -> f32
          %v1044 = arith.mulf %v968, %v1043 fastmath<contract> : f32
          %v1045 = arith.addf %v1044, %v1032 fastmath<contract> : f32
          %v1046 = llvm.load %v9 : !llvm.ptr -> f32
          %v1047 = arith.mulf %v968, %v1046 fastmath<contract> : f32
          %v1048 = arith.addf %v1047, %v1038 fastmath<contract> : f32
          llvm.store %v1036, %v6 : f32, !llvm.ptr
          llvm.store %v1042, %v7 : f32, !llvm.ptr
          llvm.store %v1045, %v8 : f32, !llvm.ptr
          llvm.store %v1048, %v9 : f32, !llvm.ptr
          %v1049 = llvm.load %v6 : !llvm.ptr -> f32
          %v1050 = arith.mulf %v151, %v1049 fastmath<contract> : f32
          %v1051 = llvm.load %v7 : !llvm.ptr -> f32
          %v1052 = arith.mulf %v162, %v1051 fastmath<contract> : f32
          %v1053 = arith.addf %v1050, %v1052 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1054, %v1055 = gpu.shuffle xor %v1053, %v940, %v941 : f32
          %v1056 = arith.addf %v1053, %v1054 fastmath<contract> : f32
          %v1057, %v1058 = gpu.shuffle xor %v1056, %v945, %v941 : f32
          %v1059 = arith.addf %v1056, %v1057 fastmath<contract> : f32
          %v1060, %v1061 = gpu.shuffle xor %v1059, %v949, %v941 : f32
          %v1062 = arith.addf %v1059, %v1060 fastmath<contract> : f32
          // end sum over the lanes
          %v1063 = llvm.load %v8 : !llvm.ptr -> f32
          %v1064 = arith.mulf %v151, %v1063 fastmath<contract> : f32
          %v1065 = llvm.load %v9 : !llvm.ptr -> f32
          %v1066 = arith.mulf %v162, %v1065 fastmath<contract> : f32
          %v1067 = arith.addf %v1064, %v1066 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1068, %v1069 = gpu.shuffle xor %v1067, %v940, %v941 : f32
          %v1070 = arith.addf %v1067, %v1068 fastmath<contract> : f32
          %v1071, %v1072 = gpu.shuffle xor %v1070, %v945, %v941 : f32
          %v1073 = arith.addf %v1070, %v1071 fastmath<contract> : f32
          %v1074, %v1075 = gpu.shuffle xor %v1073, %v949, %v941 : f32
          %v1076 = arith.addf %v1073, %v1074 fastmath<contract> : f32
          // end sum over the lanes
          %v1077 = arith.addi %v39, %v52 : i64
          %v1078, %v1079 = gpu.shuffle idx %v755, %v822, %v845 : f32
          %v1080, %v1081 = gpu.shuffle idx %v764, %v822, %v845 : f32
          %v1082, %v1083 = gpu.shuffle idx %v776, %v822, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1084 = arith.remui %v1077, %v12 : i64
          %v1085 = arith.cmpi eq, %v1084, %v33 : i64
          %v1086 = arith.andi %v1085, %v23 : i1
          scf.if %v1086 {
            %v1087 = arith.divui %v1077, %v12 : i64
            %v1088 = llvm.mlir.zero : !llvm.ptr
            %v1089 = llvm.icmp "ne" %ckpt_C, %v1088 : !llvm.ptr
            scf.if %v1089 {
              %v1094 = arith.muli %v1087, %v1093 : i64
              %v1095 = llvm.load %v6 : !llvm.ptr -> f32
              %v1096 = arith.muli %v30, %v867 : i64
              %v1097 = arith.muli %v28, %v866 : i64
              %v1098 = arith.addi %v1096, %v1097 : i64
              %v1099 = arith.muli %v19, %v865 : i64
              %v1100 = arith.addi %v1098, %v1099 : i64
              %v1101 = arith.muli %v26, %v2 : i64
              %v1102 = arith.addi %v1100, %v1101 : i64
              %v1103 = arith.addi %v1094, %v1102 : i64
              %v1104 = llvm.getelementptr %ckpt_C[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1095, %v1104 : f32, !llvm.ptr
              %v1105 = llvm.load %v7 : !llvm.ptr -> f32
              %v1106 = arith.muli %v30, %v867 : i64
              %v1107 = arith.muli %v28, %v866 : i64
              %v1108 = arith.addi %v1106, %v1107 : i64
              %v1109 = arith.constant 8 : i64
              %v1110 = arith.addi %v1109, %v19 : i64
              %v1111 = arith.muli %v1110, %v865 : i64
              %v1112 = arith.addi %v1108, %v1111 : i64
              %v1113 = arith.muli %v26, %v2 : i64
              %v1114 = arith.addi %v1112, %v1113 : i64
              %v1115 = arith.addi %v1094, %v1114 : i64
              %v1116 = llvm.getelementptr %ckpt_C[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1105, %v1116 : f32, !llvm.ptr
            }
            %v1117 = llvm.mlir.zero : !llvm.ptr
            %v1118 = llvm.icmp "ne" %ckpt_n, %v1117 : !llvm.ptr
            scf.if %v1118 {
              %v1122 = arith.muli %v1087, %v1121 : i64
              %v1123 = llvm.load %v8 : !llvm.ptr -> f32
              %v1124 = arith.muli %v30, %v897 : i64
              %v1125 = arith.muli %v28, %v896 : i64
              %v1126 = arith.addi %v1124, %v1125 : i64
              %v1127 = arith.muli %v19, %v2 : i64
              %v1128 = arith.addi %v1126, %v1127 : i64
              %v1129 = arith.addi %v1122, %v1128 : i64
              %v1130 = llvm.getelementptr %ckpt_n[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1123, %v1130 : f32, !llvm.ptr
              %v1131 = llvm.load %v9 : !llvm.ptr -> f32
              %v1132 = arith.muli %v30, %v897 : i64
              %v1133 = arith.muli %v28, %v896 : i64
              %v1134 = arith.addi %v1132, %v1133 : i64
              %v1135 = arith.constant 8 : i64
              %v1136 = arith.addi %v1135, %v19 : i64
              %v1137 = arith.muli %v1136, %v2 : i64
              %v1138 = arith.addi %v1134, %v1137 : i64
              %v1139 = arith.addi %v1122, %v1138 : i64
              %v1140 = llvm.getelementptr %ckpt_n[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1131, %v1140 : f32, !llvm.ptr
            }
          }
          // end save
          %v1141 = arith.divf %v172, %v916 : f32
          %v1142 = arith.mulf %v1080, %v1141 fastmath<contract> : f32
          %v1143 = arith.mulf %v1142, %v1082 fastmath<contract> : f32
          %v1144 = llvm.load %v6 : !llvm.ptr -> f32
          %v1145 = arith.mulf %v1078, %v1144 fastmath<contract> : f32
          %v1146 = arith.addf %v1145, %v1143 fastmath<contract> : f32
          %v1147 = arith.divf %v183, %v916 : f32
          %v1148 = arith.mulf %v1080, %v1147 fastmath<contract> : f32
          %v1149 = arith.mulf %v1148, %v1082 fastmath<contract> : f32
          %v1150 = llvm.load %v7 : !llvm.ptr -> f32
          %v1151 = arith.mulf %v1078, %v1150 fastmath<contract> : f32
          %v1152 = arith.addf %v1151, %v1149 fastmath<contract> : f32
          %v1153 = llvm.load %v8 : !llvm.ptr -> f32
          %v1154 = arith.mulf %v1078, %v1153 fastmath<contract> : f32
          %v1155 = arith.addf %v1154, %v1142 fastmath<contract> : f32
          %v1156 = llvm.load %v9 : !llvm.ptr -> f32
          %v1157 = arith.mulf %v1078, %v1156 fastmath<contract> : f32
          %v1158 = arith.addf %v1157, %v1148 fastmath<contract> : f32
          llvm.store %v1146, %v6 : f32, !llvm.ptr
          llvm.store %v1152, %v7 : f32, !llvm.ptr
          llvm.store %v1155, %v8 : f32, !llvm.ptr
          llvm.store %v1158, %v9 : f32, !llvm.ptr
          %v1159 = llvm.load %v6 : !llvm.ptr -> f32
          %v1160 = arith.mulf %v192, %v1159 fastmath<contract> : f32
          %v1161 = llvm.load %v7 : !llvm.ptr -> f32
          %v1162 = arith.mulf %v203, %v1161 fastmath<contract> : f32
          %v1163 = arith.addf %v1160, %v1162 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1164, %v1165 = gpu.shuffle xor %v1163, %v940, %v941 : f32
          %v1166 = arith.addf %v1163, %v1164 fastmath<contract> : f32
          %v1167, %v1168 = gpu.shuffle xor %v1166, %v945, %v941 : f32
          %v1169 = arith.addf %v1166, %v1167 fastmath<contract> : f32
          %v1170, %v1171 = gpu.shuffle xor %v1169, %v949, %v941 : f32
          %v1172 = arith.addf %v1169, %v1170 fastmath<contract> : f32
          // end sum over the lanes
          %v1173 = llvm.load %v8 : !llvm.ptr -> f32
          %v1174 = arith.mulf %v192, %v1173 fastmath<contract> : f32
          %v1175 = llvm.load %v9 : !llvm.ptr -> f32
          %v1176 = arith.mulf %v203, %v1175 fastmath<contract> : f32
          %v1177 = arith.addf %v1174, %v1176 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1178, %v1179 = gpu.shuffle xor %v1177, %v940, %v941 : f32
          %v1180 = arith.addf %v1177, %v1178 fastmath<contract> : f32
          %v1181, %v1182 = gpu.shuffle xor %v1180, %v945, %v941 : f32
          %v1183 = arith.addf %v1180, %v1181 fastmath<contract> : f32
          %v1184, %v1185 = gpu.shuffle xor %v1183, %v949, %v941 : f32
          %v1186 = arith.addf %v1183, %v1184 fastmath<contract> : f32
          // end sum over the lanes
          %v1187 = arith.addi %v39, %v54 : i64
          %v1188, %v1189 = gpu.shuffle idx %v755, %v826, %v845 : f32
          %v1190, %v1191 = gpu.shuffle idx %v764, %v826, %v845 : f32
          %v1192, %v1193 = gpu.shuffle idx %v776, %v826, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1194 = arith.remui %v1187, %v12 : i64
          %v1195 = arith.cmpi eq, %v1194, %v33 : i64
          %v1196 = arith.andi %v1195, %v23 : i1
          scf.if %v1196 {
            %v1197 = arith.divui %v1187, %v12 : i64
            %v1198 = llvm.mlir.zero : !llvm.ptr
            %v1199 = llvm.icmp "ne" %ckpt_C, %v1198 : !llvm.ptr
            scf.if %v1199 {
              %v1204 = arith.muli %v1197, %v1203 : i64
              %v1205 = llvm.load %v6 : !llvm.ptr -> f32
              %v1206 = arith.muli %v30, %v867 : i64
              %v1207 = arith.muli %v28, %v866 : i64
              %v1208 = arith.addi %v1206, %v1207 : i64
              %v1209 = arith.muli %v19, %v865 : i64
              %v1210 = arith.addi %v1208, %v1209 : i64
              %v1211 = arith.muli %v26, %v2 : i64
              %v1212 = arith.addi %v1210, %v1211 : i64
              %v1213 = arith.addi %v1204, %v1212 : i64
              %v1214 = llvm.getelementptr %ckpt_C[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1205, %v1214 : f32, !llvm.ptr
              %v1215 = llvm.load %v7 : !llvm.ptr -> f32
              %v1216 = arith.muli %v30, %v867 : i64
              %v1217 = arith.muli %v28, %v866 : i64
              %v1218 = arith.addi %v1216, %v1217 : i64
              %v1219 = arith.constant 8 : i64
              %v1220 = arith.addi %v1219, %v19 : i64
              %v1221 = arith.muli %v1220, %v865 : i64
              %v1222 = arith.addi %v1218, %v1221 : i64
              %v1223 = arith.muli %v26, %v2 : i64
              %v1224 = arith.addi %v1222, %v1223 : i64
              %v1225 = arith.addi %v1204, %v1224 : i64
              %v1226 = llvm.getelementptr %ckpt_C[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1215, %v1226 : f32, !llvm.ptr
            }
            %v1227 = llvm.mlir.zero : !llvm.ptr
            %v1228 = llvm.icmp "ne" %ckpt_n, %v1227 : !llvm.ptr
            scf.if %v1228 {
              %v1232 = arith.muli %v1197, %v1231 : i64
              %v1233 = llvm.load %v8 : !llvm.ptr -> f32
              %v1234 = arith.muli %v30, %v897 : i64
              %v1235 = arith.muli %v28, %v896 : i64
              %v1236 = arith.addi %v1234, %v1235 : i64
              %v1237 = arith.muli %v19, %v2 : i64
              %v1238 = arith.addi %v1236, %v1237 : i64
              %v1239 = arith.addi %v1232, %v1238 : i64
              %v1240 = llvm.getelementptr %ckpt_n[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1233, %v1240 : f32, !llvm.ptr
              %v1241 = llvm.load %v9 : !llvm.ptr -> f32
              %v1242 = arith.muli %v30, %v897 : i64
              %v1243 = arith.muli %v28, %v896 : i64
              %v1244 = arith.addi %v1242, %v1243 : i64
              %v1245 = arith.constant 8 : i64
              %v1246 = arith.addi %v1245, %v19 : i64
              %v1247 = arith.muli %v1246, %v2 : i64
              %v1248 = arith.addi %v1244, %v1247 : i64
              %v1249 = arith.addi %v1232, %v1248 : i64
              %v1250 = llvm.getelementptr %ckpt_n[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1241, %v1250 : f32, !llvm.ptr
            }
          }
          // end save
          %v1251 = arith.divf %v213, %v916 : f32
          %v1252 = arith.mulf %v1190, %v1251 fastmath<contract> : f32
          %v1253 = arith.mulf %v1252, %v1192 fastmath<contract> : f32
          %v1254 = llvm.load %v6 : !llvm.ptr -> f32
          %v1255 = arith.mulf %v1188, %v1254 fastmath<contract> : f32
          %v1256 = arith.addf %v1255, %v1253 fastmath<contract> : f32
          %v1257 = arith.divf %v224, %v916 : f32
          %v1258 = arith.mulf %v1190, %v1257 fastmath<contract> : f32
          %v1259 = arith.mulf %v1258, %v1192 fastmath<contract> : f32
          %v1260 = llvm.load %v7 : !llvm.ptr -> f32
          %v1261 = arith.mulf %v1188, %v1260 fastmath<contract> : f32
          %v1262 = arith.addf %v1261, %v1259 fastmath<contract> : f32
          %v1263 = llvm.load %v8 : !llvm.ptr -> f32
          %v1264 = arith.mulf %v1188, %v1263 fastmath<contract> : f32
          %v1265 = arith.addf %v1264, %v1252 fastmath<contract> : f32
          %v1266 = llvm.load %v9 : !llvm.ptr -> f32
          %v1267 = arith.mulf %v1188, %v1266 fastmath<contract> : f32
          %v1268 = arith.addf %v1267, %v1258 fastmath<contract> : f32
          llvm.store %v1256, %v6 : f32, !llvm.ptr
          llvm.store %v1262, %v7 : f32, !llvm.ptr
          llvm.store %v1265, %v8 : f32, !llvm.ptr
          llvm.store %v1268, %v9 : f32, !llvm.ptr
          %v1269 = llvm.load %v6 : !llvm.ptr -> f32
          %v1270 = arith.mulf %v233, %v1269 fastmath<contract> : f32
          %v1271 = llvm.load %v7 : !llvm.ptr -> f32
          %v1272 = arith.mulf %v244, %v1271 fastmath<contract> : f32
          %v1273 = arith.addf %v1270, %v1272 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1274, %v1275 = gpu.shuffle xor %v1273, %v940, %v941 : f32
          %v1276 = arith.addf %v1273, %v1274 fastmath<contract> : f32
          %v1277, %v1278 = gpu.shuffle xor %v1276, %v945, %v941 : f32
          %v1279 = arith.addf %v1276, %v1277 fastmath<contract> : f32
          %v1280, %v1281 = gpu.shuffle xor %v1279, %v949, %v941 : f32
          %v1282 = arith.addf %v1279, %v1280 fastmath<contract> : f32
          // end sum over the lanes
          %v1283 = llvm.load %v8 : !llvm.ptr -> f32
          %v1284 = arith.mulf %v233, %v1283 fastmath<contract> : f32
          %v1285 = llvm.load %v9 : !llvm.ptr -> f32
          %v1286 = arith.mulf %v244, %v1285 fastmath<contract> : f32
          %v1287 = arith.addf %v1284, %v1286 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1288, %v1289 = gpu.shuffle xor %v1287, %v940, %v941 : f32
          %v1290 = arith.addf %v1287, %v1288 fastmath<contract> : f32
          %v1291, %v1292 = gpu.shuffle xor %v1290, %v945, %v941 : f32
          %v1293 = arith.addf %v1290, %v1291 fastmath<contract> : f32
          %v1294, %v1295 = gpu.shuffle xor %v1293, %v949, %v941 : f32
          %v1296 = arith.addf %v1293, %v1294 fastmath<contract> : f32
          // end sum over the lanes
          %v1297 = arith.addi %v39, %v56 : i64
          %v1298, %v1299 = gpu.shuffle idx %v755, %v830, %v845 : f32
          %v1300, %v1301 = gpu.shuffle idx %v764, %v830, %v845 : f32
          %v1302, %v1303 = gpu.shuffle idx %v776, %v830, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1304 = arith.remui %v1297, %v12 : i64
          %v1305 = arith.cmpi eq, %v1304, %v33 : i64
          %v1306 = arith.andi %v1305, %v23 : i1
          scf.if %v1306 {
            %v1307 = arith.divui %v1297, %v12 : i64
            %v1308 = llvm.mlir.zero : !llvm.ptr
            %v1309 = llvm.icmp "ne" %ckpt_C, %v1308 : !llvm.ptr
            scf.if %v1309 {
              %v1314 = arith.muli %v1307, %v1313 : i64
              %v1315 = llvm.load %v6 : !llvm.ptr -> f32
              %v1316 = arith.muli %v30, %v867 : i64
              %v1317 = arith.muli %v28, %v866 : i64
              %v1318 = arith.addi %v1316, %v1317 : i64
              %v1319 = arith.muli %v19, %v865 : i64
              %v1320 = arith.addi %v1318, %v1319 : i64
              %v1321 = arith.muli %v26, %v2 : i64
              %v1322 = arith.addi %v1320, %v1321 : i64
              %v1323 = arith.addi %v1314, %v1322 : i64
              %v1324 = llvm.getelementptr %ckpt_C[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1315, %v1324 : f32, !llvm.ptr
              %v1325 = llvm.load %v7 : !llvm.ptr -> f32
              %v1326 = arith.muli %v30, %v867 : i64
              %v1327 = arith.muli %v28, %v866 : i64
              %v1328 = arith.addi %v1326, %v1327 : i64
              %v1329 = arith.constant 8 : i64
              %v1330 = arith.addi %v1329, %v19 : i64
              %v1331 = arith.muli %v1330, %v865 : i64
              %v1332 = arith.addi %v1328, %v1331 : i64
              %v1333 = arith.muli %v26, %v2 : i64
              %v1334 = arith.addi %v1332, %v1333 : i64
              %v1335 = arith.addi %v1314, %v1334 : i64
              %v1336 = llvm.getelementptr %ckpt_C[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1325, %v1336 : f32, !llvm.ptr
            }
            %v1337 = llvm.mlir.zero : !llvm.ptr
            %v1338 = llvm.icmp "ne" %ckpt_n, %v1337 : !llvm.ptr
            scf.if %v1338 {
              %v1342 = arith.muli %v1307, %v1341 : i64
              %v1343 = llvm.load %v8 : !llvm.ptr -> f32
              %v1344 = arith.muli %v30, %v897 : i64
              %v1345 = arith.muli %v28, %v896 : i64
              %v1346 = arith.addi %v1344, %v1345 : i64
              %v1347 = arith.muli %v19, %v2 : i64
              %v1348 = arith.addi %v1346, %v1347 : i64
              %v1349 = arith.addi %v1342, %v1348 : i64
              %v1350 = llvm.getelementptr %ckpt_n[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1343, %v1350 : f32, !llvm.ptr
              %v1351 = llvm.load %v9 : !llvm.ptr -> f32
              %v1352 = arith.muli %v30, %v897 : i64
              %v1353 = arith.muli %v28, %v896 : i64
              %v1354 = arith.addi %v1352, %v1353 : i64
              %v1355 = arith.constant 8 : i64
              %v1356 = arith.addi %v1355, %v19 : i64
              %v1357 = arith.muli %v1356, %v2 : i64
              %v1358 = arith.addi %v1354, %v1357 : i64
              %v1359 = arith.addi %v1342, %v1358 : i64
              %v1360 = llvm.getelementptr %ckpt_n[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1351, %v1360 : f32, !llvm.ptr
            }
          }
          // end save
          %v1361 = arith.divf %v254, %v916 : f32
          %v1362 = arith.mulf %v1300, %v1361 fastmath<contract> : f32
          %v1363 = arith.mulf %v1362, %v1302 fastmath<contract> : f32
          %v1364 = llvm.load %v6 : !llvm.ptr -> f32
          %v1365 = arith.mulf %v1298, %v1364 fastmath<contract> : f32
          %v1366 = arith.addf %v1365, %v1363 fastmath<contract> : f32
          %v1367 = arith.divf %v265, %v916 : f32
          %v1368 = arith.mulf %v1300, %v1367 fastmath<contract> : f32
          %v1369 = arith.mulf %v1368, %v1302 fastmath<contract> : f32
          %v1370 = llvm.load %v7 : !llvm.ptr -> f32
          %v1371 = arith.mulf %v1298, %v1370 fastmath<contract> : f32
          %v1372 = arith.addf %v1371, %v1369 fastmath<contract> : f32
          %v1373 = llvm.load %v8 : !llvm.ptr -> f32
          %v1374 = arith.mulf %v1298, %v1373 fastmath<contract> : f32
          %v1375 = arith.addf %v1374, %v1362 fastmath<contract> : f32
          %v1376 = llvm.load %v9 : !llvm.ptr -> f32
          %v1377 = arith.mulf %v1298, %v1376 fastmath<contract> : f32
          %v1378 = arith.addf %v1377, %v1368 fastmath<contract> : f32
          llvm.store %v1366, %v6 : f32, !llvm.ptr
          llvm.store %v1372, %v7 : f32, !llvm.ptr
          llvm.store %v1375, %v8 : f32, !llvm.ptr
          llvm.store %v1378, %v9 : f32, !llvm.ptr
          %v1379 = llvm.load %v6 : !llvm.ptr -> f32
          %v1380 = arith.mulf %v274, %v1379 fastmath<contract> : f32
          %v1381 = llvm.load %v7 : !llvm.ptr -> f32
          %v1382 = arith.mulf %v285, %v1381 fastmath<contract> : f32
          %v1383 = arith.addf %v1380, %v1382 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1384, %v1385 = gpu.shuffle xor %v1383, %v940, %v941 : f32
          %v1386 = arith.addf %v1383, %v1384 fastmath<contract> : f32
          %v1387, %v1388 = gpu.shuffle xor %v1386, %v945, %v941 : f32
          %v1389 = arith.addf %v1386, %v1387 fastmath<contract> : f32
          %v1390, %v1391 = gpu.shuffle xor %v1389, %v949, %v941 : f32
          %v1392 = arith.addf %v1389, %v1390 fastmath<contract> : f32
          // end sum over the lanes
          %v1393 = llvm.load %v8 : !llvm.ptr -> f32
          %v1394 = arith.mulf %v274, %v1393 fastmath<contract> : f32
          %v1395 = llvm.load %v9 : !llvm.ptr -> f32
          %v1396 = arith.mulf %v285, %v1395 fastmath<contract> : f32
          %v1397 = arith.addf %v1394, %v1396 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1398, %v1399 = gpu.shuffle xor %v1397, %v940, %v941 : f32
          %v1400 = arith.addf %v1397, %v1398 fastmath<contract> : f32
          %v1401, %v1402 = gpu.shuffle xor %v1400, %v945, %v941 : f32
          %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
          %v1404, %v1405 = gpu.shuffle xor %v1403, %v949, %v941 : f32
          %v1406 = arith.addf %v1403, %v1404 fastmath<contract> : f32
          // end sum over the lanes
          %v1407 = arith.addi %v39, %v58 : i64
          %v1408, %v1409 = gpu.shuffle idx %v755, %v834, %v845 : f32
          %v1410, %v1411 = gpu.shuffle idx %v764, %v834, %v845 : f32
          %v1412, %v1413 = gpu.shuffle idx %v776, %v834, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1414 = arith.remui %v1407, %v12 : i64
          %v1415 = arith.cmpi eq, %v1414, %v33 : i64
          %v1416 = arith.andi %v1415, %v23 : i1
          scf.if %v1416 {
            %v1417 = arith.divui %v1407, %v12 : i64
            %v1418 = llvm.mlir.zero : !llvm.ptr
            %v1419 = llvm.icmp "ne" %ckpt_C, %v1418 : !llvm.ptr
            scf.if %v1419 {
              %v1424 = arith.muli %v1417, %v1423 : i64
              %v1425 = llvm.load %v6 : !llvm.ptr -> f32
              %v1426 = arith.muli %v30, %v867 : i64
              %v1427 = arith.muli %v28, %v866 : i64
              %v1428 = arith.addi %v1426, %v1427 : i64
              %v1429 = arith.muli %v19, %v865 : i64
              %v1430 = arith.addi %v1428, %v1429 : i64
              %v1431 = arith.muli %v26, %v2 : i64
              %v1432 = arith.addi %v1430, %v1431 : i64
              %v1433 = arith.addi %v1424, %v1432 : i64
              %v1434 = llvm.getelementptr %ckpt_C[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1425, %v1434 : f32, !llvm.ptr
              %v1435 = llvm.load %v7 : !llvm.ptr -> f32
              %v1436 = arith.muli %v30, %v867 : i64
              %v1437 = arith.muli %v28, %v866 : i64
              %v1438 = arith.addi %v1436, %v1437 : i64
              %v1439 = arith.constant 8 : i64
              %v1440 = arith.addi %v1439, %v19 : i64
              %v1441 = arith.muli %v1440, %v865 : i64
              %v1442 = arith.addi %v1438, %v1441 : i64
              %v1443 = arith.muli %v26, %v2 : i64
              %v1444 = arith.addi %v1442, %v1443 : i64
              %v1445 = arith.addi %v1424, %v1444 : i64
              %v1446 = llvm.getelementptr %ckpt_C[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1435, %v1446 : f32, !llvm.ptr
            }
            %v1447 = llvm.mlir.zero : !llvm.ptr
            %v1448 = llvm.icmp "ne" %ckpt_n, %v1447 : !llvm.ptr
            scf.if %v1448 {
              %v1452 = arith.muli %v1417, %v1451 : i64
              %v1453 = llvm.load %v8 : !llvm.ptr -> f32
              %v1454 = arith.muli %v30, %v897 : i64
              %v1455 = arith.muli %v28, %v896 : i64
              %v1456 = arith.addi %v1454, %v1455 : i64
              %v1457 = arith.muli %v19, %v2 : i64
              %v1458 = arith.addi %v1456, %v1457 : i64
              %v1459 = arith.addi %v1452, %v1458 : i64
              %v1460 = llvm.getelementptr %ckpt_n[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1453, %v1460 : f32, !llvm.ptr
              %v1461 = llvm.load %v9 : !llvm.ptr -> f32
              %v1462 = arith.muli %v30, %v897 : i64
              %v1463 = arith.muli %v28, %v896 : i64
              %v1464 = arith.addi %v1462, %v1463 : i64
              %v1465 = arith.constant 8 : i64
              %v1466 = arith.addi %v1465, %v19 : i64
              %v1467 = arith.muli %v1466, %v2 : i64
              %v1468 = arith.addi %v1464, %v1467 : i64
              %v1469 = arith.addi %v1452, %v1468 : i64
              %v1470 = llvm.getelementptr %ckpt_n[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1461, %v1470 : f32, !llvm.ptr
            }
          }
          // end save
          %v1471 = arith.divf %v295, %v916 : f32
          %v1472 = arith.mulf %v1410, %v1471 fastmath<contract> : f32
          %v1473 = arith.mulf %v1472, %v1412 fastmath<contract> : f32
          %v1474 = llvm.load %v6 : !llvm.ptr -> f32
          %v1475 = arith.mulf %v1408, %v1474 fastmath<contract> : f32
          %v1476 = arith.addf %v1475, %v1473 fastmath<contract> : f32
          %v1477 = arith.divf %v306, %v916 : f32
          %v1478 = arith.mulf %v1410, %v1477 fastmath<contract> : f32
          %v1479 = arith.mulf %v1478, %v1412 fastmath<contract> : f32
          %v1480 = llvm.load %v7 : !llvm.ptr -> f32
          %v1481 = arith.mulf %v1408, %v1480 fastmath<contract> : f32
          %v1482 = arith.addf %v1481, %v1479 fastmath<contract> : f32
          %v1483 = llvm.load %v8 : !llvm.ptr -> f32
          %v1484 = arith.mulf %v1408, %v1483 fastmath<contract> : f32
          %v1485 = arith.addf %v1484, %v1472 fastmath<contract> : f32
          %v1486 = llvm.load %v9 : !llvm.ptr -> f32
          %v1487 = arith.mulf %v1408, %v1486 fastmath<contract> : f32
          %v1488 = arith.addf %v1487, %v1478 fastmath<contract> : f32
          llvm.store %v1476, %v6 : f32, !llvm.ptr
          llvm.store %v1482, %v7 : f32, !llvm.ptr
          llvm.store %v1485, %v8 : f32, !llvm.ptr
          llvm.store %v1488, %v9 : f32, !llvm.ptr
          %v1489 = llvm.load %v6 : !llvm.ptr -> f32
          %v1490 = arith.mulf %v315, %v1489 fastmath<contract> : f32
          %v1491 = llvm.load %v7 : !llvm.ptr -> f32
          %v1492 = arith.mulf %v326, %v1491 fastmath<contract> : f32
          %v1493 = arith.addf %v1490, %v1492 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1494, %v1495 = gpu.shuffle xor %v1493, %v940, %v941 : f32
          %v1496 = arith.addf %v1493, %v1494 fastmath<contract> : f32
          %v1497, %v1498 = gpu.shuffle xor %v1496, %v945, %v941 : f32
          %v1499 = arith.addf %v1496, %v1497 fastmath<contract> : f32
          %v1500, %v1501 = gpu.shuffle xor %v1499, %v949, %v941 : f32
          %v1502 = arith.addf %v1499, %v1500 fastmath<contract> : f32
          // end sum over the lanes
          %v1503 = llvm.load %v8 : !llvm.ptr -> f32
          %v1504 = arith.mulf %v315, %v1503 fastmath<contract> : f32
          %v1505 = llvm.load %v9 : !llvm.ptr -> f32
          %v1506 = arith.mulf %v326, %v1505 fastmath<contract> : f32
          %v1507 = arith.addf %v1504, %v1506 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1508, %v1509 = gpu.shuffle xor %v1507, %v940, %v941 : f32
          %v1510 = arith.addf %v1507, %v1508 fastmath<contract> : f32
          %v1511, %v1512 = gpu.shuffle xor %v1510, %v945, %v941 : f32
          %v1513 = arith.addf %v1510, %v1511 fastmath<contract> : f32
          %v1514, %v1515 = gpu.shuffle xor %v1513, %v949, %v941 : f32
          %v1516 = arith.addf %v1513, %v1514 fastmath<contract> : f32
          // end sum over the lanes
          %v1517 = arith.addi %v39, %v60 : i64
          %v1518, %v1519 = gpu.shuffle idx %v755, %v838, %v845 : f32
          %v1520, %v1521 = gpu.shuffle idx %v764, %v838, %v845 : f32
          %v1522, %v1523 = gpu.shuffle idx %v776, %v838, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1524 = arith.remui %v1517, %v12 : i64
          %v1525 = arith.cmpi eq, %v1524, %v33 : i64
          %v1526 = arith.andi %v1525, %v23 : i1
          scf.if %v1526 {
            %v1527 = arith.divui %v1517, %v12 : i64
            %v1528 = llvm.mlir.zero : !llvm.ptr
            %v1529 = llvm.icmp "ne" %ckpt_C, %v1528 : !llvm.ptr
            scf.if %v1529 {
              %v1534 = arith.muli %v1527, %v1533 : i64
              %v1535 = llvm.load %v6 : !llvm.ptr -> f32
              %v1536 = arith.muli %v30, %v867 : i64
              %v1537 = arith.muli %v28, %v866 : i64
              %v1538 = arith.addi %v1536, %v1537 : i64
              %v1539 = arith.muli %v19, %v865 : i64
              %v1540 = arith.addi %v1538, %v1539 : i64
              %v1541 = arith.muli %v26, %v2 : i64
              %v1542 = arith.addi %v1540, %v1541 : i64
              %v1543 = arith.addi %v1534, %v1542 : i64
              %v1544 = llvm.getelementptr %ckpt_C[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1535, %v1544 : f32, !llvm.ptr
              %v1545 = llvm.load %v7 : !llvm.ptr -> f32
              %v1546 = arith.muli %v30, %v867 : i64
              %v1547 = arith.muli %v28, %v866 : i64
              %v1548 = arith.addi %v1546, %v1547 : i64
              %v1549 = arith.constant 8 : i64
              %v1550 = arith.addi %v1549, %v19 : i64
              %v1551 = arith.muli %v1550, %v865 : i64
              %v1552 = arith.addi %v1548, %v1551 : i64
              %v1553 = arith.muli %v26, %v2 : i64
              %v1554 = arith.addi %v1552, %v1553 : i64
              %v1555 = arith.addi %v1534, %v1554 : i64
              %v1556 = llvm.getelementptr %ckpt_C[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1545, %v1556 : f32, !llvm.ptr
            }
            %v1557 = llvm.mlir.zero : !llvm.ptr
            %v1558 = llvm.icmp "ne" %ckpt_n, %v1557 : !llvm.ptr
            scf.if %v1558 {
              %v1562 = arith.muli %v1527, %v1561 : i64
              %v1563 = llvm.load %v8 : !llvm.ptr -> f32
              %v1564 = arith.muli %v30, %v897 : i64
              %v1565 = arith.muli %v28, %v896 : i64
              %v1566 = arith.addi %v1564, %v1565 : i64
              %v1567 = arith.muli %v19, %v2 : i64
              %v1568 = arith.addi %v1566, %v1567 : i64
              %v1569 = arith.addi %v1562, %v1568 : i64
              %v1570 = llvm.getelementptr %ckpt_n[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1563, %v1570 : f32, !llvm.ptr
              %v1571 = llvm.load %v9 : !llvm.ptr -> f32
              %v1572 = arith.muli %v30, %v897 : i64
              %v1573 = arith.muli %v28, %v896 : i64
              %v1574 = arith.addi %v1572, %v1573 : i64
              %v1575 = arith.constant 8 : i64
              %v1576 = arith.addi %v1575, %v19 : i64
              %v1577 = arith.muli %v1576, %v2 : i64
              %v1578 = arith.addi %v1574, %v1577 : i64
              %v1579 = arith.addi %v1562, %v1578 : i64
              %v1580 = llvm.getelementptr %ckpt_n[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1571, %v1580 : f32, !llvm.ptr
            }
          }
          // end save
          %v1581 = arith.divf %v336, %v916 : f32
          %v1582 = arith.mulf %v1520, %v1581 fastmath<contract> : f32
          %v1583 = arith.mulf %v1582, %v1522 fastmath<contract> : f32
          %v1584 = llvm.load %v6 : !llvm.ptr -> f32
          %v1585 = arith.mulf %v1518, %v1584 fastmath<contract> : f32
          %v1586 = arith.addf %v1585, %v1583 fastmath<contract> : f32
          %v1587 = arith.divf %v347, %v916 : f32
          %v1588 = arith.mulf %v1520, %v1587 fastmath<contract> : f32
          %v1589 = arith.mulf %v1588, %v1522 fastmath<contract> : f32
          %v1590 = llvm.load %v7 : !llvm.ptr -> f32
          %v1591 = arith.mulf %v1518, %v1590 fastmath<contract> : f32
          %v1592 = arith.addf %v1591, %v1589 fastmath<contract> : f32
          %v1593 = llvm.load %v8 : !llvm.ptr -> f32
          %v1594 = arith.mulf %v1518, %v1593 fastmath<contract> : f32
          %v1595 = arith.addf %v1594, %v1582 fastmath<contract> : f32
          %v1596 = llvm.load %v9 : !llvm.ptr -> f32
          %v1597 = arith.mulf %v1518, %v1596 fastmath<contract> : f32
          %v1598 = arith.addf %v1597, %v1588 fastmath<contract> : f32
          llvm.store %v1586, %v6 : f32, !llvm.ptr
          llvm.store %v1592, %v7 : f32, !llvm.ptr
          llvm.store %v1595, %v8 : f32, !llvm.ptr
          llvm.store %v1598, %v9 : f32, !llvm.ptr
          %v1599 = llvm.load %v6 : !llvm.ptr -> f32
          %v1600 = arith.mulf %v356, %v1599 fastmath<contract> : f32
          %v1601 = llvm.load %v7 : !llvm.ptr -> f32
          %v1602 = arith.mulf %v367, %v1601 fastmath<contract> : f32
          %v1603 = arith.addf %v1600, %v1602 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1604, %v1605 = gpu.shuffle xor %v1603, %v940, %v941 : f32
          %v1606 = arith.addf %v1603, %v1604 fastmath<contract> : f32
          %v1607, %v1608 = gpu.shuffle xor %v1606, %v945, %v941 : f32
          %v1609 = arith.addf %v1606, %v1607 fastmath<contract> : f32
          %v1610, %v1611 = gpu.shuffle xor %v1609, %v949, %v941 : f32
          %v1612 = arith.addf %v1609, %v1610 fastmath<contract> : f32
          // end sum over the lanes
          %v1613 = llvm.load %v8 : !llvm.ptr -> f32
          %v1614 = arith.mulf %v356, %v1613 fastmath<contract> : f32
          %v1615 = llvm.load %v9 : !llvm.ptr -> f32
          %v1616 = arith.mulf %v367, %v1615 fastmath<contract> : f32
          %v1617 = arith.addf %v1614, %v1616 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1618, %v1619 = gpu.shuffle xor %v1617, %v940, %v941 : f32
          %v1620 = arith.addf %v1617, %v1618 fastmath<contract> : f32
          %v1621, %v1622 = gpu.shuffle xor %v1620, %v945, %v941 : f32
          %v1623 = arith.addf %v1620, %v1621 fastmath<contract> : f32
          %v1624, %v1625 = gpu.shuffle xor %v1623, %v949, %v941 : f32
          %v1626 = arith.addf %v1623, %v1624 fastmath<contract> : f32
          // end sum over the lanes
          %v1627 = arith.addi %v39, %v62 : i64
          %v1628, %v1629 = gpu.shuffle idx %v755, %v842, %v845 : f32
          %v1630, %v1631 = gpu.shuffle idx %v764, %v842, %v845 : f32
          %v1632, %v1633 = gpu.shuffle idx %v776, %v842, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1634 = arith.remui %v1627, %v12 : i64
          %v1635 = arith.cmpi eq, %v1634, %v33 : i64
          %v1636 = arith.andi %v1635, %v23 : i1
          scf.if %v1636 {
            %v1637 = arith.divui %v1627, %v12 : i64
            %v1638 = llvm.mlir.zero : !llvm.ptr
            %v1639 = llvm.icmp "ne" %ckpt_C, %v1638 : !llvm.ptr
            scf.if %v1639 {
              %v1644 = arith.muli %v1637, %v1643 : i64
              %v1645 = llvm.load %v6 : !llvm.ptr -> f32
              %v1646 = arith.muli %v30, %v867 : i64
              %v1647 = arith.muli %v28, %v866 : i64
              %v1648 = arith.addi %v1646, %v1647 : i64
              %v1649 = arith.muli %v19, %v865 : i64
              %v1650 = arith.addi %v1648, %v1649 : i64
              %v1651 = arith.muli %v26, %v2 : i64
              %v1652 = arith.addi %v1650, %v1651 : i64
              %v1653 = arith.addi %v1644, %v1652 : i64
              %v1654 = llvm.getelementptr %ckpt_C[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1645, %v1654 : f32, !llvm.ptr
              %v1655 = llvm.load %v7 : !llvm.ptr -> f32
              %v1656 = arith.muli %v30, %v867 : i64
              %v1657 = arith.muli %v28, %v866 : i64
              %v1658 = arith.addi %v1656, %v1657 : i64
              %v1659 = arith.constant 8 : i64
              %v1660 = arith.addi %v1659, %v19 : i64
              %v1661 = arith.muli %v1660, %v865 : i64
              %v1662 = arith.addi %v1658, %v1661 : i64
              %v1663 = arith.muli %v26, %v2 : i64
              %v1664 = arith.addi %v1662, %v1663 : i64
              %v1665 = arith.addi %v1644, %v1664 : i64
              %v1666 = llvm.getelementptr %ckpt_C[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1655, %v1666 : f32, !llvm.ptr
            }
            %v1667 = llvm.mlir.zero : !llvm.ptr
            %v1668 = llvm.icmp "ne" %ckpt_n, %v1667 : !llvm.ptr
            scf.if %v1668 {
              %v1672 = arith.muli %v1637, %v1671 : i64
              %v1673 = llvm.load %v8 : !llvm.ptr -> f32
              %v1674 = arith.muli %v30, %v897 : i64
              %v1675 = arith.muli %v28, %v896 : i64
              %v1676 = arith.addi %v1674, %v1675 : i64
              %v1677 = arith.muli %v19, %v2 : i64
              %v1678 = arith.addi %v1676, %v1677 : i64
              %v1679 = arith.addi %v1672, %v1678 : i64
              %v1680 = llvm.getelementptr %ckpt_n[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1673, %v1680 : f32, !llvm.ptr
              %v1681 = llvm.load %v9 : !llvm.ptr -> f32
              %v1682 = arith.muli %v30, %v897 : i64
              %v1683 = arith.muli %v28, %v896 : i64
              %v1684 = arith.addi %v1682, %v1683 : i64
              %v1685 = arith.constant 8 : i64
              %v1686 = arith.addi %v1685, %v19 : i64
              %v1687 = arith.muli %v1686, %v2 : i64
              %v1688 = arith.addi %v1684, %v1687 : i64
              %v1689 = arith.addi %v1672, %v1688 : i64
              %v1690 = llvm.getelementptr %ckpt_n[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1681, %v1690 : f32, !llvm.ptr
            }
          }
          // end save
          %v1691 = arith.divf %v377, %v916 : f32
          %v1692 = arith.mulf %v1630, %v1691 fastmath<contract> : f32
          %v1693 = arith.mulf %v1692, %v1632 fastmath<contract> : f32
          %v1694 = llvm.load %v6 : !llvm.ptr -> f32
          %v1695 = arith.mulf %v1628, %v1694 fastmath<contract> : f32
          %v1696 = arith.addf %v1695, %v1693 fastmath<contract> : f32
          %v1697 = arith.divf %v388, %v916 : f32
          %v1698 = arith.mulf %v1630, %v1697 fastmath<contract> : f32
          %v1699 = arith.mulf %v1698, %v1632 fastmath<contract> : f32
          %v1700 = llvm.load %v7 : !llvm.ptr -> f32
          %v1701 = arith.mulf %v1628, %v1700 fastmath<contract> : f32
          %v1702 = arith.addf %v1701, %v1699 fastmath<contract> : f32
          %v1703 = llvm.load %v8 : !llvm.ptr -> f32
          %v1704 = arith.mulf %v1628, %v1703 fastmath<contract> : f32
          %v1705 = arith.addf %v1704, %v1692 fastmath<contract> : f32
          %v1706 = llvm.load %v9 : !llvm.ptr -> f32
          %v1707 = arith.mulf %v1628, %v1706 fastmath<contract> : f32
          %v1708 = arith.addf %v1707, %v1698 fastmath<contract> : f32
          llvm.store %v1696, %v6 : f32, !llvm.ptr
          llvm.store %v1702, %v7 : f32, !llvm.ptr
          llvm.store %v1705, %v8 : f32, !llvm.ptr
          llvm.store %v1708, %v9 : f32, !llvm.ptr
          %v1709 = llvm.load %v6 : !llvm.ptr -> f32
          %v1710 = arith.mulf %v397, %v1709 fastmath<contract> : f32
          %v1711 = llvm.load %v7 : !llvm.ptr -> f32
          %v1712 = arith.mulf %v408, %v1711 fastmath<contract> : f32
          %v1713 = arith.addf %v1710, %v1712 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1714, %v1715 = gpu.shuffle xor %v1713, %v940, %v941 : f32
          %v1716 = arith.addf %v1713, %v1714 fastmath<contract> : f32
          %v1717, %v1718 = gpu.shuffle xor %v1716, %v945, %v941 : f32
          %v1719 = arith.addf %v1716, %v1717 fastmath<contract> : f32
          %v1720, %v1721 = gpu.shuffle xor %v1719, %v949, %v941 : f32
          %v1722 = arith.addf %v1719, %v1720 fastmath<contract> : f32
          // end sum over the lanes
          %v1723 = llvm.load %v8 : !llvm.ptr -> f32
          %v1724 = arith.mulf %v397, %v1723 fastmath<contract> : f32
          %v1725 = llvm.load %v9 : !llvm.ptr -> f32
          %v1726 = arith.mulf %v408, %v1725 fastmath<contract> : f32
          %v1727 = arith.addf %v1724, %v1726 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1728, %v1729 = gpu.shuffle xor %v1727, %v940, %v941 : f32
          %v1730 = arith.addf %v1727, %v1728 fastmath<contract> : f32
          %v1731, %v1732 = gpu.shuffle xor %v1730, %v945, %v941 : f32
          %v1733 = arith.addf %v1730, %v1731 fastmath<contract> : f32
          %v1734, %v1735 = gpu.shuffle xor %v1733, %v949, %v941 : f32
          %v1736 = arith.addf %v1733, %v1734 fastmath<contract> : f32
          // end sum over the lanes
          %v1737 = arith.addi %v39, %v63 : i64
          %v1738, %v1739 = gpu.shuffle idx %v791, %v814, %v845 : f32
          %v1740, %v1741 = gpu.shuffle idx %v800, %v814, %v845 : f32
          %v1742, %v1743 = gpu.shuffle idx %v809, %v814, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1744 = arith.remui %v1737, %v12 : i64
          %v1745 = arith.cmpi eq, %v1744, %v33 : i64
          %v1746 = arith.andi %v1745, %v23 : i1
          scf.if %v1746 {
            %v1747 = arith.divui %v1737, %v12 : i64
            %v1748 = llvm.mlir.zero : !llvm.ptr
            %v1749 = llvm.icmp "ne" %ckpt_C, %v1748 : !llvm.ptr
            scf.if %v1749 {
              %v1754 = arith.muli %v1747, %v1753 : i64
              %v1755 = llvm.load %v6 : !llvm.ptr -> f32
              %v1756 = arith.muli %v30, %v867 : i64
              %v1757 = arith.muli %v28, %v866 : i64
              %v1758 = arith.addi %v1756, %v1757 : i64
              %v1759 = arith.muli %v19, %v865 : i64
              %v1760 = arith.addi %v1758, %v1759 : i64
              %v1761 = arith.muli %v26, %v2 : i64
              %v1762 = arith.addi %v1760, %v1761 : i64
              %v1763 = arith.addi %v1754, %v1762 : i64
              %v1764 = llvm.getelementptr %ckpt_C[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1755, %v1764 : f32, !llvm.ptr
              %v1765 = llvm.load %v7 : !llvm.ptr -> f32
              %v1766 = arith.muli %v30, %v867 : i64
              %v1767 = arith.muli %v28, %v866 : i64
              %v1768 = arith.addi %v1766, %v1767 : i64
              %v1769 = arith.constant 8 : i64
              %v1770 = arith.addi %v1769, %v19 : i64
              %v1771 = arith.muli %v1770, %v865 : i64
              %v1772 = arith.addi %v1768, %v1771 : i64
              %v1773 = arith.muli %v26, %v2 : i64
              %v1774 = arith.addi %v1772, %v1773 : i64
              %v1775 = arith.addi %v1754, %v1774 : i64
              %v1776 = llvm.getelementptr %ckpt_C[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1765, %v1776 : f32, !llvm.ptr
            }
            %v1777 = llvm.mlir.zero : !llvm.ptr
            %v1778 = llvm.icmp "ne" %ckpt_n, %v1777 : !llvm.ptr
            scf.if %v1778 {
              %v1782 = arith.muli %v1747, %v1781 : i64
              %v1783 = llvm.load %v8 : !llvm.ptr -> f32
              %v1784 = arith.muli %v30, %v897 : i64
              %v1785 = arith.muli %v28, %v896 : i64
              %v1786 = arith.addi %v1784, %v1785 : i64
              %v1787 = arith.muli %v19, %v2 : i64
              %v1788 = arith.addi %v1786, %v1787 : i64
              %v1789 = arith.addi %v1782, %v1788 : i64
              %v1790 = llvm.getelementptr %ckpt_n[%v1789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1783, %v1790 : f32, !llvm.ptr
              %v1791 = llvm.load %v9 : !llvm.ptr -> f32
              %v1792 = arith.muli %v30, %v897 : i64
              %v1793 = arith.muli %v28, %v896 : i64
              %v1794 = arith.addi %v1792, %v1793 : i64
              %v1795 = arith.constant 8 : i64
              %v1796 = arith.addi %v1795, %v19 : i64
              %v1797 = arith.muli %v1796, %v2 : i64
              %v1798 = arith.addi %v1794, %v1797 : i64
              %v1799 = arith.addi %v1782, %v1798 : i64
              %v1800 = llvm.getelementptr %ckpt_n[%v1799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1791, %v1800 : f32, !llvm.ptr
            }
          }
          // end save
          %v1801 = arith.divf %v418, %v916 : f32
          %v1802 = arith.mulf %v1740, %v1801 fastmath<contract> : f32
          %v1803 = arith.mulf %v1802, %v1742 fastmath<contract> : f32
          %v1804 = llvm.load %v6 : !llvm.ptr -> f32
          %v1805 = arith.mulf %v1738, %v1804 fastmath<contract> : f32
          %v1806 = arith.addf %v1805, %v1803 fastmath<contract> : f32
          %v1807 = arith.divf %v429, %v916 : f32
          %v1808 = arith.mulf %v1740, %v1807 fastmath<contract> : f32
          %v1809 = arith.mulf %v1808, %v1742 fastmath<contract> : f32
          %v1810 = llvm.load %v7 : !llvm.ptr -> f32
          %v1811 = arith.mulf %v1738, %v1810 fastmath<contract> : f32
          %v1812 = arith.addf %v1811, %v1809 fastmath<contract> : f32
          %v1813 = llvm.load %v8 : !llvm.ptr -> f32
          %v1814 = arith.mulf %v1738, %v1813 fastmath<contract> : f32
          %v1815 = arith.addf %v1814, %v1802 fastmath<contract> : f32
          %v1816 = llvm.load %v9 : !llvm.ptr -> f32
          %v1817 = arith.mulf %v1738, %v1816 fastmath<contract> : f32
          %v1818 = arith.addf %v1817, %v1808 fastmath<contract> : f32
          llvm.store %v1806, %v6 : f32, !llvm.ptr
          llvm.store %v1812, %v7 : f32, !llvm.ptr
          llvm.store %v1815, %v8 : f32, !llvm.ptr
          llvm.store %v1818, %v9 : f32, !llvm.ptr
          %v1819 = llvm.load %v6 : !llvm.ptr -> f32
          %v1820 = arith.mulf %v438, %v1819 fastmath<contract> : f32
          %v1821 = llvm.load %v7 : !llvm.ptr -> f32
          %v1822 = arith.mulf %v449, %v1821 fastmath<contract> : f32
          %v1823 = arith.addf %v1820, %v1822 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1824, %v1825 = gpu.shuffle xor %v1823, %v940, %v941 : f32
          %v1826 = arith.addf %v1823, %v1824 fastmath<contract> : f32
          %v1827, %v1828 = gpu.shuffle xor %v1826, %v945, %v941 : f32
          %v1829 = arith.addf %v1826, %v1827 fastmath<contract> : f32
          %v1830, %v1831 = gpu.shuffle xor %v1829, %v949, %v941 : f32
          %v1832 = arith.addf %v1829, %v1830 fastmath<contract> : f32
          // end sum over the lanes
          %v1833 = llvm.load %v8 : !llvm.ptr -> f32
          %v1834 = arith.mulf %v438, %v1833 fastmath<contract> : f32
          %v1835 = llvm.load %v9 : !llvm.ptr -> f32
          %v1836 = arith.mulf %v449, %v1835 fastmath<contract> : f32
          %v1837 = arith.addf %v1834, %v1836 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1838, %v1839 = gpu.shuffle xor %v1837, %v940, %v941 : f32
          %v1840 = arith.addf %v1837, %v1838 fastmath<contract> : f32
          %v1841, %v1842 = gpu.shuffle xor %v1840, %v945, %v941 : f32
          %v1843 = arith.addf %v1840, %v1841 fastmath<contract> : f32
          %v1844, %v1845 = gpu.shuffle xor %v1843, %v949, %v941 : f32
          %v1846 = arith.addf %v1843, %v1844 fastmath<contract> : f32
          // end sum over the lanes
          %v1847 = arith.addi %v39, %v65 : i64
          %v1848, %v1849 = gpu.shuffle idx %v791, %v818, %v845 : f32
          %v1850, %v1851 = gpu.shuffle idx %v800, %v818, %v845 : f32
          %v1852, %v1853 = gpu.shuffle idx %v809, %v818, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1854 = arith.remui %v1847, %v12 : i64
          %v1855 = arith.cmpi eq, %v1854, %v33 : i64
          %v1856 = arith.andi %v1855, %v23 : i1
          scf.if %v1856 {
            %v1857 = arith.divui %v1847, %v12 : i64
            %v1858 = llvm.mlir.zero : !llvm.ptr
            %v1859 = llvm.icmp "ne" %ckpt_C, %v1858 : !llvm.ptr
            scf.if %v1859 {
              %v1864 = arith.muli %v1857, %v1863 : i64
              %v1865 = llvm.load %v6 : !llvm.ptr -> f32
              %v1866 = arith.muli %v30, %v867 : i64
              %v1867 = arith.muli %v28, %v866 : i64
              %v1868 = arith.addi %v1866, %v1867 : i64
              %v1869 = arith.muli %v19, %v865 : i64
              %v1870 = arith.addi %v1868, %v1869 : i64
              %v1871 = arith.muli %v26, %v2 : i64
              %v1872 = arith.addi %v1870, %v1871 : i64
              %v1873 = arith.addi %v1864, %v1872 : i64
              %v1874 = llvm.getelementptr %ckpt_C[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1865, %v1874 : f32, !llvm.ptr
              %v1875 = llvm.load %v7 : !llvm.ptr -> f32
              %v1876 = arith.muli %v30, %v867 : i64
              %v1877 = arith.muli %v28, %v866 : i64
              %v1878 = arith.addi %v1876, %v1877 : i64
              %v1879 = arith.constant 8 : i64
              %v1880 = arith.addi %v1879, %v19 : i64
              %v1881 = arith.muli %v1880, %v865 : i64
              %v1882 = arith.addi %v1878, %v1881 : i64
              %v1883 = arith.muli %v26, %v2 : i64
              %v1884 = arith.addi %v1882, %v1883 : i64
              %v1885 = arith.addi %v1864, %v1884 : i64
              %v1886 = llvm.getelementptr %ckpt_C[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1875, %v1886 : f32, !llvm.ptr
            }
            %v1887 = llvm.mlir.zero : !llvm.ptr
            %v1888 = llvm.icmp "ne" %ckpt_n, %v1887 : !llvm.ptr
            scf.if %v1888 {
              %v1892 = arith.muli %v1857, %v1891 : i64
              %v1893 = llvm.load %v8 : !llvm.ptr -> f32
              %v1894 = arith.muli %v30, %v897 : i64
              %v1895 = arith.muli %v28, %v896 : i64
              %v1896 = arith.addi %v1894, %v1895 : i64
              %v1897 = arith.muli %v19, %v2 : i64
              %v1898 = arith.addi %v1896, %v1897 : i64
              %v1899 = arith.addi %v1892, %v1898 : i64
              %v1900 = llvm.getelementptr %ckpt_n[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1893, %v1900 : f32, !llvm.ptr
              %v1901 = llvm.load %v9 : !llvm.ptr -> f32
              %v1902 = arith.muli %v30, %v897 : i64
              %v1903 = arith.muli %v28, %v896 : i64
              %v1904 = arith.addi %v1902, %v1903 : i64
              %v1905 = arith.constant 8 : i64
              %v1906 = arith.addi %v1905, %v19 : i64
              %v1907 = arith.muli %v1906, %v2 : i64
              %v1908 = arith.addi %v1904, %v1907 : i64
              %v1909 = arith.addi %v1892, %v1908 : i64
              %v1910 = llvm.getelementptr %ckpt_n[%v1909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1901, %v1910 : f32, !llvm.ptr
            }
          }
          // end save
          %v1911 = arith.divf %v459, %v916 : f32
          %v1912 = arith.mulf %v1850, %v1911 fastmath<contract> : f32
          %v1913 = arith.mulf %v1912, %v1852 fastmath<contract> : f32
          %v1914 = llvm.load %v6 : !llvm.ptr -> f32
          %v1915 = arith.mulf %v1848, %v1914 fastmath<contract> : f32
          %v1916 = arith.addf %v1915, %v1913 fastmath<contract> : f32
          %v1917 = arith.divf %v470, %v916 : f32
          %v1918 = arith.mulf %v1850, %v1917 fastmath<contract> : f32
          %v1919 = arith.mulf %v1918, %v1852 fastmath<contract> : f32
          %v1920 = llvm.load %v7 : !llvm.ptr -> f32
          %v1921 = arith.mulf %v1848, %v1920 fastmath<contract> : f32
          %v1922 = arith.addf %v1921, %v1919 fastmath<contract> : f32
          %v1923 = llvm.load %v8 : !llvm.ptr -> f32
          %v1924 = arith.mulf %v1848, %v1923 fastmath<contract> : f32
          %v1925 = arith.addf %v1924, %v1912 fastmath<contract> : f32
          %v1926 = llvm.load %v9 : !llvm.ptr -> f32
          %v1927 = arith.mulf %v1848, %v1926 fastmath<contract> : f32
          %v1928 = arith.addf %v1927, %v1918 fastmath<contract> : f32
          llvm.store %v1916, %v6 : f32, !llvm.ptr
          llvm.store %v1922, %v7 : f32, !llvm.ptr
          llvm.store %v1925, %v8 : f32, !llvm.ptr
          llvm.store %v1928, %v9 : f32, !llvm.ptr
          %v1929 = llvm.load %v6 : !llvm.ptr -> f32
          %v1930 = arith.mulf %v479, %v1929 fastmath<contract> : f32
          %v1931 = llvm.load %v7 : !llvm.ptr -> f32
          %v1932 = arith.mulf %v490, %v1931 fastmath<contract> : f32
          %v1933 = arith.addf %v1930, %v1932 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1934, %v1935 = gpu.shuffle xor %v1933, %v940, %v941 : f32
          %v1936 = arith.addf %v1933, %v1934 fastmath<contract> : f32
          %v1937, %v1938 = gpu.shuffle xor %v1936, %v945, %v941 : f32
          %v1939 = arith.addf %v1936, %v1937 fastmath<contract> : f32
          %v1940, %v1941 = gpu.shuffle xor %v1939, %v949, %v941 : f32
          %v1942 = arith.addf %v1939, %v1940 fastmath<contract> : f32
          // end sum over the lanes
          %v1943 = llvm.load %v8 : !llvm.ptr -> f32
          %v1944 = arith.mulf %v479, %v1943 fastmath<contract> : f32
          %v1945 = llvm.load %v9 : !llvm.ptr -> f32
          %v1946 = arith.mulf %v490, %v1945 fastmath<contract> : f32
          %v1947 = arith.addf %v1944, %v1946 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1948, %v1949 = gpu.shuffle xor %v1947, %v940, %v941 : f32
          %v1950 = arith.addf %v1947, %v1948 fastmath<contract> : f32
          %v1951, %v1952 = gpu.shuffle xor %v1950, %v945, %v941 : f32
          %v1953 = arith.addf %v1950, %v1951 fastmath<contract> : f32
          %v1954, %v1955 = gpu.shuffle xor %v1953, %v949, %v941 : f32
          %v1956 = arith.addf %v1953, %v1954 fastmath<contract> : f32
          // end sum over the lanes
          %v1957 = arith.addi %v39, %v67 : i64
          %v1958, %v1959 = gpu.shuffle idx %v791, %v822, %v845 : f32
          %v1960, %v1961 = gpu.shuffle idx %v800, %v822, %v845 : f32
          %v1962, %v1963 = gpu.shuffle idx %v809, %v822, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1964 = arith.remui %v1957, %v12 : i64
          %v1965 = arith.cmpi eq, %v1964, %v33 : i64
          %v1966 = arith.andi %v1965, %v23 : i1
          scf.if %v1966 {
            %v1967 = arith.divui %v1957, %v12 : i64
            %v1968 = llvm.mlir.zero : !llvm.ptr
            %v1969 = llvm.icmp "ne" %ckpt_C, %v1968 : !llvm.ptr
            scf.if %v1969 {
              %v1974 = arith.muli %v1967, %v1973 : i64
              %v1975 = llvm.load %v6 : !llvm.ptr -> f32
              %v1976 = arith.muli %v30, %v867 : i64
              %v1977 = arith.muli %v28, %v866 : i64
              %v1978 = arith.addi %v1976, %v1977 : i64
              %v1979 = arith.muli %v19, %v865 : i64
              %v1980 = arith.addi %v1978, %v1979 : i64
              %v1981 = arith.muli %v26, %v2 : i64
              %v1982 = arith.addi %v1980, %v1981 : i64
              %v1983 = arith.addi %v1974, %v1982 : i64
              %v1984 = llvm.getelementptr %ckpt_C[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1975, %v1984 : f32, !llvm.ptr
              %v1985 = llvm.load %v7 : !llvm.ptr -> f32
              %v1986 = arith.muli %v30, %v867 : i64
              %v1987 = arith.muli %v28, %v866 : i64
              %v1988 = arith.addi %v1986, %v1987 : i64
              %v1989 = arith.constant 8 : i64
              %v1990 = arith.addi %v1989, %v19 : i64
              %v1991 = arith.muli %v1990, %v865 : i64
              %v1992 = arith.addi %v1988, %v1991 : i64
              %v1993 = arith.muli %v26, %v2 : i64
              %v1994 = arith.addi %v1992, %v1993 : i64
              %v1995 = arith.addi %v1974, %v1994 : i64
              %v1996 = llvm.getelementptr %ckpt_C[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1985, %v1996 : f32, !llvm.ptr
            }
            %v1997 = llvm.mlir.zero : !llvm.ptr
            %v1998 = llvm.icmp "ne" %ckpt_n, %v1997 : !llvm.ptr
            scf.if %v1998 {
              %v2002 = arith.muli %v1967, %v2001 : i64
              %v2003 = llvm.load %v8 : !llvm.ptr -> f32
              %v2004 = arith.muli %v30, %v897 : i64
              %v2005 = arith.muli %v28, %v896 : i64
              %v2006 = arith.addi %v2004, %v2005 : i64
              %v2007 = arith.muli %v19, %v2 : i64
              %v2008 = arith.addi %v2006, %v2007 : i64
              %v2009 = arith.addi %v2002, %v2008 : i64
              %v2010 = llvm.getelementptr %ckpt_n[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2003, %v2010 : f32, !llvm.ptr
              %v2011 = llvm.load %v9 : !llvm.ptr -> f32
              %v2012 = arith.muli %v30, %v897 : i64
              %v2013 = arith.muli %v28, %v896 : i64
              %v2014 = arith.addi %v2012, %v2013 : i64
              %v2015 = arith.constant 8 : i64
              %v2016 = arith.addi %v2015, %v19 : i64
              %v2017 = arith.muli %v2016, %v2 : i64
              %v2018 = arith.addi %v2014, %v2017 : i64
              %v2019 = arith.addi %v2002, %v2018 : i64
              %v2020 = llvm.getelementptr %ckpt_n[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2011, %v2020 : f32, !llvm.ptr
            }
          }
          // end save
          %v2021 = arith.divf %v500, %v916 : f32
          %v2022 = arith.mulf %v1960, %v2021 fastmath<contract> : f32
          %v2023 = arith.mulf %v2022, %v1962 fastmath<contract> : f32
          %v2024 = llvm.load %v6 : !llvm.ptr -> f32
          %v2025 = arith.mulf %v1958, %v2024 fastmath<contract> : f32
          %v2026 = arith.addf %v2025, %v2023 fastmath<contract> : f32
          %v2027 = arith.divf %v511, %v916 : f32
          %v2028 = arith.mulf %v1960, %v2027 fastmath<contract> : f32
          %v2029 = arith.mulf %v2028, %v1962 fastmath<contract> : f32
          %v2030 = llvm.load %v7 : !llvm.ptr -> f32
          %v2031 = arith.mulf %v1958, %v2030 fastmath<contract> : f32
          %v2032 = arith.addf %v2031, %v2029 fastmath<contract> : f32
          %v2033 = llvm.load %v8 : !llvm.ptr -> f32
          %v2034 = arith.mulf %v1958, %v2033 fastmath<contract> : f32
          %v2035 = arith.addf %v2034, %v2022 fastmath<contract> : f32
          %v2036 = llvm.load %v9 : !llvm.ptr -> f32
          %v2037 = arith.mulf %v1958, %v2036 fastmath<contract> : f32
          %v2038 = arith.addf %v2037, %v2028 fastmath<contract> : f32
          llvm.store %v2026, %v6 : f32, !llvm.ptr
          llvm.store %v2032, %v7 : f32, !llvm.ptr
          llvm.store %v2035, %v8 : f32, !llvm.ptr
          llvm.store %v2038, %v9 : f32, !llvm.ptr
          %v2039 = llvm.load %v6 : !llvm.ptr -> f32
          %v2040 = arith.mulf %v520, %v2039 fastmath<contract> : f32
          %v2041 = llvm.load %v7 : !llvm.ptr -> f32
          %v2042 = arith.mulf %v531, %v2041 fastmath<contract> : f32
          %v2043 = arith.addf %v2040, %v2042 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2044, %v2045 = gpu.shuffle xor %v2043, %v940, %v941 : f32
          %v2046 = arith.addf %v2043, %v2044 fastmath<contract> : f32
          %v2047, %v2048 = gpu.shuffle xor %v2046, %v945, %v941 : f32
          %v2049 = arith.addf %v2046, %v2047 fastmath<contract> : f32
          %v2050, %v2051 = gpu.shuffle xor %v2049, %v949, %v941 : f32
          %v2052 = arith.addf %v2049, %v2050 fastmath<contract> : f32
          // end sum over the lanes
          %v2053 = llvm.load %v8 : !llvm.ptr -> f32
          %v2054 = arith.mulf %v520, %v2053 fastmath<contract> : f32
          %v2055 = llvm.load %v9 : !llvm.ptr -> f32
          %v2056 = arith.mulf %v531, %v2055 fastmath<contract> : f32
          %v2057 = arith.addf %v2054, %v2056 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2058, %v2059 = gpu.shuffle xor %v2057, %v940, %v941 : f32
          %v2060 = arith.addf %v2057, %v2058 fastmath<contract> : f32
          %v2061, %v2062 = gpu.shuffle xor %v2060, %v945, %v941 : f32
          %v2063 = arith.addf %v2060, %v2061 fastmath<contract> : f32
          %v2064, %v2065 = gpu.shuffle xor %v2063, %v949, %v941 : f32
          %v2066 = arith.addf %v2063, %v2064 fastmath<contract> : f32
          // end sum over the lanes
          %v2067 = arith.addi %v39, %v69 : i64
          %v2068, %v2069 = gpu.shuffle idx %v791, %v826, %v845 : f32
          %v2070, %v2071 = gpu.shuffle idx %v800, %v826, %v845 : f32
          %v2072, %v2073 = gpu.shuffle idx %v809, %v826, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2074 = arith.remui %v2067, %v12 : i64
          %v2075 = arith.cmpi eq, %v2074, %v33 : i64
          %v2076 = arith.andi %v2075, %v23 : i1
          scf.if %v2076 {
            %v2077 = arith.divui %v2067, %v12 : i64
            %v2078 = llvm.mlir.zero : !llvm.ptr
            %v2079 = llvm.icmp "ne" %ckpt_C, %v2078 : !llvm.ptr
            scf.if %v2079 {
              %v2084 = arith.muli %v2077, %v2083 : i64
              %v2085 = llvm.load %v6 : !llvm.ptr -> f32
              %v2086 = arith.muli %v30, %v867 : i64
              %v2087 = arith.muli %v28, %v866 : i64
              %v2088 = arith.addi %v2086, %v2087 : i64
              %v2089 = arith.muli %v19, %v865 : i64
              %v2090 = arith.addi %v2088, %v2089 : i64
              %v2091 = arith.muli %v26, %v2 : i64
              %v2092 = arith.addi %v2090, %v2091 : i64
              %v2093 = arith.addi %v2084, %v2092 : i64
              %v2094 = llvm.getelementptr %ckpt_C[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2085, %v2094 : f32, !llvm.ptr
              %v2095 = llvm.load %v7 : !llvm.ptr -> f32
              %v2096 = arith.muli %v30, %v867 : i64
              %v2097 = arith.muli %v28, %v866 : i64
              %v2098 = arith.addi %v2096, %v2097 : i64
              %v2099 = arith.constant 8 : i64
              %v2100 = arith.addi %v2099, %v19 : i64
              %v2101 = arith.muli %v2100, %v865 : i64
              %v2102 = arith.addi %v2098, %v2101 : i64
              %v2103 = arith.muli %v26, %v2 : i64
              %v2104 = arith.addi %v2102, %v2103 : i64
              %v2105 = arith.addi %v2084, %v2104 : i64
              %v2106 = llvm.getelementptr %ckpt_C[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2095, %v2106 : f32, !llvm.ptr
            }
            %v2107 = llvm.mlir.zero : !llvm.ptr
            %v2108 = llvm.icmp "ne" %ckpt_n, %v2107 : !llvm.ptr
            scf.if %v2108 {
              %v2112 = arith.muli %v2077, %v2111 : i64
              %v2113 = llvm.load %v8 : !llvm.ptr -> f32
              %v2114 = arith.muli %v30, %v897 : i64
              %v2115 = arith.muli %v28, %v896 : i64
              %v2116 = arith.addi %v2114, %v2115 : i64
              %v2117 = arith.muli %v19, %v2 : i64
              %v2118 = arith.addi %v2116, %v2117 : i64
              %v2119 = arith.addi %v2112, %v2118 : i64
              %v2120 = llvm.getelementptr %ckpt_n[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2113, %v2120 : f32, !llvm.ptr
              %v2121 = llvm.load %v9 : !llvm.ptr -> f32
              %v2122 = arith.muli %v30, %v897 : i64
              %v2123 = arith.muli %v28, %v896 : i64
              %v2124 = arith.addi %v2122, %v2123 : i64
              %v2125 = arith.constant 8 : i64
              %v2126 = arith.addi %v2125, %v19 : i64
              %v2127 = arith.muli %v2126, %v2 : i64
              %v2128 = arith.addi %v2124, %v2127 : i64
              %v2129 = arith.addi %v2112, %v2128 : i64
              %v2130 = llvm.getelementptr %ckpt_n[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2121, %v2130 : f32, !llvm.ptr
            }
          }
          // end save
          %v2131 = arith.divf %v541, %v916 : f32
          %v2132 = arith.mulf %v2070, %v2131 fastmath<contract> : f32
          %v2133 = arith.mulf %v2132, %v2072 fastmath<contract> : f32
          %v2134 = llvm.load %v6 : !llvm.ptr -> f32
          %v2135 = arith.mulf %v2068, %v2134 fastmath<contract> : f32
          %v2136 = arith.addf %v2135, %v2133 fastmath<contract> : f32
          %v2137 = arith.divf %v552, %v916 : f32
          %v2138 = arith.mulf %v2070, %v2137 fastmath<contract> : f32
          %v2139 = arith.mulf %v2138, %v2072 fastmath<contract> : f32
          %v2140 = llvm.load %v7 : !llvm.ptr -> f32
          %v2141 = arith.mulf %v2068, %v2140 fastmath<contract> : f32
          %v2142 = arith.addf %v2141, %v2139 fastmath<contract> : f32
          %v2143 = llvm.load %v8 : !llvm.ptr -> f32
          %v2144 = arith.mulf %v2068, %v2143 fastmath<contract> : f32
          %v2145 = arith.addf %v2144, %v2132 fastmath<contract> : f32
          %v2146 = llvm.load %v9 : !llvm.ptr -> f32
          %v2147 = arith.mulf %v2068, %v2146 fastmath<contract> : f32
          %v2148 = arith.addf %v2147, %v2138 fastmath<contract> : f32
          llvm.store %v2136, %v6 : f32, !llvm.ptr
          llvm.store %v2142, %v7 : f32, !llvm.ptr
          llvm.store %v2145, %v8 : f32, !llvm.ptr
          llvm.store %v2148, %v9 : f32, !llvm.ptr
          %v2149 = llvm.load %v6 : !llvm.ptr -> f32
          %v2150 = arith.mulf %v561, %v2149 fastmath<contract> : f32
          %v2151 = llvm.load %v7 : !llvm.ptr -> f32
          %v2152 = arith.mulf %v572, %v2151 fastmath<contract> : f32
          %v2153 = arith.addf %v2150, %v2152 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2154, %v2155 = gpu.shuffle xor %v2153, %v940, %v941 : f32
          %v2156 = arith.addf %v2153, %v2154 fastmath<contract> : f32
          %v2157, %v2158 = gpu.shuffle xor %v2156, %v945, %v941 : f32
          %v2159 = arith.addf %v2156, %v2157 fastmath<contract> : f32
          %v2160, %v2161 = gpu.shuffle xor %v2159, %v949, %v941 : f32
          %v2162 = arith.addf %v2159, %v2160 fastmath<contract> : f32
          // end sum over the lanes
          %v2163 = llvm.load %v8 : !llvm.ptr -> f32
          %v2164 = arith.mulf %v561, %v2163 fastmath<contract> : f32
          %v2165 = llvm.load %v9 : !llvm.ptr -> f32
          %v2166 = arith.mulf %v572, %v2165 fastmath<contract> : f32
          %v2167 = arith.addf %v2164, %v2166 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2168, %v2169 = gpu.shuffle xor %v2167, %v940, %v941 : f32
          %v2170 = arith.addf %v2167, %v2168 fastmath<contract> : f32
          %v2171, %v2172 = gpu.shuffle xor %v2170, %v945, %v941 : f32
          %v2173 = arith.addf %v2170, %v2171 fastmath<contract> : f32
          %v2174, %v2175 = gpu.shuffle xor %v2173, %v949, %v941 : f32
          %v2176 = arith.addf %v2173, %v2174 fastmath<contract> : f32
          // end sum over the lanes
          %v2177 = arith.addi %v39, %v71 : i64
          %v2178, %v2179 = gpu.shuffle idx %v791, %v830, %v845 : f32
          %v2180, %v2181 = gpu.shuffle idx %v800, %v830, %v845 : f32
          %v2182, %v2183 = gpu.shuffle idx %v809, %v830, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2184 = arith.remui %v2177, %v12 : i64
          %v2185 = arith.cmpi eq, %v2184, %v33 : i64
          %v2186 = arith.andi %v2185, %v23 : i1
          scf.if %v2186 {
            %v2187 = arith.divui %v2177, %v12 : i64
            %v2188 = llvm.mlir.zero : !llvm.ptr
            %v2189 = llvm.icmp "ne" %ckpt_C, %v2188 : !llvm.ptr
            scf.if %v2189 {
              %v2194 = arith.muli %v2187, %v2193 : i64
              %v2195 = llvm.load %v6 : !llvm.ptr -> f32
              %v2196 = arith.muli %v30, %v867 : i64
              %v2197 = arith.muli %v28, %v866 : i64
              %v2198 = arith.addi %v2196, %v2197 : i64
              %v2199 = arith.muli %v19, %v865 : i64
              %v2200 = arith.addi %v2198, %v2199 : i64
              %v2201 = arith.muli %v26, %v2 : i64
              %v2202 = arith.addi %v2200, %v2201 : i64
              %v2203 = arith.addi %v2194, %v2202 : i64
              %v2204 = llvm.getelementptr %ckpt_C[%v2203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2195, %v2204 : f32, !llvm.ptr
              %v2205 = llvm.load %v7 : !llvm.ptr -> f32
              %v2206 = arith.muli %v30, %v867 : i64
              %v2207 = arith.muli %v28, %v866 : i64
              %v2208 = arith.addi %v2206, %v2207 : i64
              %v2209 = arith.constant 8 : i64
              %v2210 = arith.addi %v2209, %v19 : i64
              %v2211 = arith.muli %v2210, %v865 : i64
              %v2212 = arith.addi %v2208, %v2211 : i64
              %v2213 = arith.muli %v26, %v2 : i64
              %v2214 = arith.addi %v2212, %v2213 : i64
              %v2215 = arith.addi %v2194, %v2214 : i64
              %v2216 = llvm.getelementptr %ckpt_C[%v2215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2205, %v2216 : f32, !llvm.ptr
            }
            %v2217 = llvm.mlir.zero : !llvm.ptr
            %v2218 = llvm.icmp "ne" %ckpt_n, %v2217 : !llvm.ptr
            scf.if %v2218 {
              %v2222 = arith.muli %v2187, %v2221 : i64
              %v2223 = llvm.load %v8 : !llvm.ptr -> f32
              %v2224 = arith.muli %v30, %v897 : i64
              %v2225 = arith.muli %v28, %v896 : i64
              %v2226 = arith.addi %v2224, %v2225 : i64
              %v2227 = arith.muli %v19, %v2 : i64
              %v2228 = arith.addi %v2226, %v2227 : i64
              %v2229 = arith.addi %v2222, %v2228 : i64
              %v2230 = llvm.getelementptr %ckpt_n[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2223, %v2230 : f32, !llvm.ptr
              %v2231 = llvm.load %v9 : !llvm.ptr -> f32
              %v2232 = arith.muli %v30, %v897 : i64
              %v2233 = arith.muli %v28, %v896 : i64
              %v2234 = arith.addi %v2232, %v2233 : i64
              %v2235 = arith.constant 8 : i64
              %v2236 = arith.addi %v2235, %v19 : i64
              %v2237 = arith.muli %v2236, %v2 : i64
              %v2238 = arith.addi %v2234, %v2237 : i64
              %v2239 = arith.addi %v2222, %v2238 : i64
              %v2240 = llvm.getelementptr %ckpt_n[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2231, %v2240 : f32, !llvm.ptr
            }
          }
          // end save
          %v2241 = arith.divf %v582, %v916 : f32
          %v2242 = arith.mulf %v2180, %v2241 fastmath<contract> : f32
          %v2243 = arith.mulf %v2242, %v2182 fastmath<contract> : f32
          %v2244 = llvm.load %v6 : !llvm.ptr -> f32
          %v2245 = arith.mulf %v2178, %v2244 fastmath<contract> : f32
          %v2246 = arith.addf %v2245, %v2243 fastmath<contract> : f32
          %v2247 = arith.divf %v593, %v916 : f32
          %v2248 = arith.mulf %v2180, %v2247 fastmath<contract> : f32
          %v2249 = arith.mulf %v2248, %v2182 fastmath<contract> : f32
          %v2250 = llvm.load %v7 : !llvm.ptr -> f32
          %v2251 = arith.mulf %v2178, %v2250 fastmath<contract> : f32
          %v2252 = arith.addf %v2251, %v2249 fastmath<contract> : f32
          %v2253 = llvm.load %v8 : !llvm.ptr -> f32
          %v2254 = arith.mulf %v2178, %v2253 fastmath<contract> : f32
          %v2255 = arith.addf %v2254, %v2242 fastmath<contract> : f32
          %v2256 = llvm.load %v9 : !llvm.ptr -> f32
          %v2257 = arith.mulf %v2178, %v2256 fastmath<contract> : f32
          %v2258 = arith.addf %v2257, %v2248 fastmath<contract> : f32
          llvm.store %v2246, %v6 : f32, !llvm.ptr
          llvm.store %v2252, %v7 : f32, !llvm.ptr
          llvm.store %v2255, %v8 : f32, !llvm.ptr
          llvm.store %v2258, %v9 : f32, !llvm.ptr
          %v2259 = llvm.load %v6 : !llvm.ptr -> f32
          %v2260 = arith.mulf %v602, %v2259 fastmath<contract> : f32
          %v2261 = llvm.load %v7 : !llvm.ptr -> f32
          %v2262 = arith.mulf %v613, %v2261 fastmath<contract> : f32
          %v2263 = arith.addf %v2260, %v2262 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2264, %v2265 = gpu.shuffle xor %v2263, %v940, %v941 : f32
          %v2266 = arith.addf %v2263, %v2264 fastmath<contract> : f32
          %v2267, %v2268 = gpu.shuffle xor %v2266, %v945, %v941 : f32
          %v2269 = arith.addf %v2266, %v2267 fastmath<contract> : f32
          %v2270, %v2271 = gpu.shuffle xor %v2269, %v949, %v941 : f32
          %v2272 = arith.addf %v2269, %v2270 fastmath<contract> : f32
          // end sum over the lanes
          %v2273 = llvm.load %v8 : !llvm.ptr -> f32
          %v2274 = arith.mulf %v602, %v2273 fastmath<contract> : f32
          %v2275 = llvm.load %v9 : !llvm.ptr -> f32
          %v2276 = arith.mulf %v613, %v2275 fastmath<contract> : f32
          %v2277 = arith.addf %v2274, %v2276 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2278, %v2279 = gpu.shuffle xor %v2277, %v940, %v941 : f32
          %v2280 = arith.addf %v2277, %v2278 fastmath<contract> : f32
          %v2281, %v2282 = gpu.shuffle xor %v2280, %v945, %v941 : f32
          %v2283 = arith.addf %v2280, %v2281 fastmath<contract> : f32
          %v2284, %v2285 = gpu.shuffle xor %v2283, %v949, %v941 : f32
          %v2286 = arith.addf %v2283, %v2284 fastmath<contract> : f32
          // end sum over the lanes
          %v2287 = arith.addi %v39, %v73 : i64
          %v2288, %v2289 = gpu.shuffle idx %v791, %v834, %v845 : f32
          %v2290, %v2291 = gpu.shuffle idx %v800, %v834, %v845 : f32
          %v2292, %v2293 = gpu.shuffle idx %v809, %v834, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2294 = arith.remui %v2287, %v12 : i64
          %v2295 = arith.cmpi eq, %v2294, %v33 : i64
          %v2296 = arith.andi %v2295, %v23 : i1
          scf.if %v2296 {
            %v2297 = arith.divui %v2287, %v12 : i64
            %v2298 = llvm.mlir.zero : !llvm.ptr
            %v2299 = llvm.icmp "ne" %ckpt_C, %v2298 : !llvm.ptr
            scf.if %v2299 {
              %v2304 = arith.muli %v2297, %v2303 : i64
              %v2305 = llvm.load %v6 : !llvm.ptr -> f32
              %v2306 = arith.muli %v30, %v867 : i64
              %v2307 = arith.muli %v28, %v866 : i64
              %v2308 = arith.addi %v2306, %v2307 : i64
              %v2309 = arith.muli %v19, %v865 : i64
              %v2310 = arith.addi %v2308, %v2309 : i64
              %v2311 = arith.muli %v26, %v2 : i64
              %v2312 = arith.addi %v2310, %v2311 : i64
              %v2313 = arith.addi %v2304, %v2312 : i64
              %v2314 = llvm.getelementptr %ckpt_C[%v2313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2305, %v2314 : f32, !llvm.ptr
              %v2315 = llvm.load %v7 : !llvm.ptr -> f32
              %v2316 = arith.muli %v30, %v867 : i64
              %v2317 = arith.muli %v28, %v866 : i64
              %v2318 = arith.addi %v2316, %v2317 : i64
              %v2319 = arith.constant 8 : i64
              %v2320 = arith.addi %v2319, %v19 : i64
              %v2321 = arith.muli %v2320, %v865 : i64
              %v2322 = arith.addi %v2318, %v2321 : i64
              %v2323 = arith.muli %v26, %v2 : i64
              %v2324 = arith.addi %v2322, %v2323 : i64
              %v2325 = arith.addi %v2304, %v2324 : i64
              %v2326 = llvm.getelementptr %ckpt_C[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2315, %v2326 : f32, !llvm.ptr
            }
            %v2327 = llvm.mlir.zero : !llvm.ptr
            %v2328 = llvm.icmp "ne" %ckpt_n, %v2327 : !llvm.ptr
            scf.if %v2328 {
              %v2332 = arith.muli %v2297, %v2331 : i64
              %v2333 = llvm.load %v8 : !llvm.ptr -> f32
              %v2334 = arith.muli %v30, %v897 : i64
              %v2335 = arith.muli %v28, %v896 : i64
              %v2336 = arith.addi %v2334, %v2335 : i64
              %v2337 = arith.muli %v19, %v2 : i64
              %v2338 = arith.addi %v2336, %v2337 : i64
              %v2339 = arith.addi %v2332, %v2338 : i64
              %v2340 = llvm.getelementptr %ckpt_n[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2333, %v2340 : f32, !llvm.ptr
              %v2341 = llvm.load %v9 : !llvm.ptr -> f32
              %v2342 = arith.muli %v30, %v897 : i64
              %v2343 = arith.muli %v28, %v896 : i64
              %v2344 = arith.addi %v2342, %v2343 : i64
              %v2345 = arith.constant 8 : i64
              %v2346 = arith.addi %v2345, %v19 : i64
              %v2347 = arith.muli %v2346, %v2 : i64
              %v2348 = arith.addi %v2344, %v2347 : i64
              %v2349 = arith.addi %v2332, %v2348 : i64
              %v2350 = llvm.getelementptr %ckpt_n[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2341, %v2350 : f32, !llvm.ptr
            }
          }
          // end save
          %v2351 = arith.divf %v623, %v916 : f32
          %v2352 = arith.mulf %v2290, %v2351 fastmath<contract> : f32
          %v2353 = arith.mulf %v2352, %v2292 fastmath<contract> : f32
          %v2354 = llvm.load %v6 : !llvm.ptr -> f32
          %v2355 = arith.mulf %v2288, %v2354 fastmath<contract> : f32
          %v2356 = arith.addf %v2355, %v2353 fastmath<contract> : f32
          %v2357 = arith.divf %v634, %v916 : f32
          %v2358 = arith.mulf %v2290, %v2357 fastmath<contract> : f32
          %v2359 = arith.mulf %v2358, %v2292 fastmath<contract> : f32
          %v2360 = llvm.load %v7 : !llvm.ptr -> f32
          %v2361 = arith.mulf %v2288, %v2360 fastmath<contract> : f32
          %v2362 = arith.addf %v2361, %v2359 fastmath<contract> : f32
          %v2363 = llvm.load %v8 : !llvm.ptr -> f32
          %v2364 = arith.mulf %v2288, %v2363 fastmath<contract> : f32
          %v2365 = arith.addf %v2364, %v2352 fastmath<contract> : f32
          %v2366 = llvm.load %v9 : !llvm.ptr -> f32
          %v2367 = arith.mulf %v2288, %v2366 fastmath<contract> : f32
          %v2368 = arith.addf %v2367, %v2358 fastmath<contract> : f32
          llvm.store %v2356, %v6 : f32, !llvm.ptr
          llvm.store %v2362, %v7 : f32, !llvm.ptr
          llvm.store %v2365, %v8 : f32, !llvm.ptr
          llvm.store %v2368, %v9 : f32, !llvm.ptr
          %v2369 = llvm.load %v6 : !llvm.ptr -> f32
          %v2370 = arith.mulf %v643, %v2369 fastmath<contract> : f32
          %v2371 = llvm.load %v7 : !llvm.ptr -> f32
          %v2372 = arith.mulf %v654, %v2371 fastmath<contract> : f32
          %v2373 = arith.addf %v2370, %v2372 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2374, %v2375 = gpu.shuffle xor %v2373, %v940, %v941 : f32
          %v2376 = arith.addf %v2373, %v2374 fastmath<contract> : f32
          %v2377, %v2378 = gpu.shuffle xor %v2376, %v945, %v941 : f32
          %v2379 = arith.addf %v2376, %v2377 fastmath<contract> : f32
          %v2380, %v2381 = gpu.shuffle xor %v2379, %v949, %v941 : f32
          %v2382 = arith.addf %v2379, %v2380 fastmath<contract> : f32
          // end sum over the lanes
          %v2383 = llvm.load %v8 : !llvm.ptr -> f32
          %v2384 = arith.mulf %v643, %v2383 fastmath<contract> : f32
          %v2385 = llvm.load %v9 : !llvm.ptr -> f32
          %v2386 = arith.mulf %v654, %v2385 fastmath<contract> : f32
          %v2387 = arith.addf %v2384, %v2386 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2388, %v2389 = gpu.shuffle xor %v2387, %v940, %v941 : f32
          %v2390 = arith.addf %v2387, %v2388 fastmath<contract> : f32
          %v2391, %v2392 = gpu.shuffle xor %v2390, %v945, %v941 : f32
          %v2393 = arith.addf %v2390, %v2391 fastmath<contract> : f32
          %v2394, %v2395 = gpu.shuffle xor %v2393, %v949, %v941 : f32
          %v2396 = arith.addf %v2393, %v2394 fastmath<contract> : f32
          // end sum over the lanes
          %v2397 = arith.addi %v39, %v75 : i64
          %v2398, %v2399 = gpu.shuffle idx %v791, %v838, %v845 : f32
          %v2400, %v2401 = gpu.shuffle idx %v800, %v838, %v845 : f32
          %v2402, %v2403 = gpu.shuffle idx %v809, %v838, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2404 = arith.remui %v2397, %v12 : i64
          %v2405 = arith.cmpi eq, %v2404, %v33 : i64
          %v2406 = arith.andi %v2405, %v23 : i1
          scf.if %v2406 {
            %v2407 = arith.divui %v2397, %v12 : i64
            %v2408 = llvm.mlir.zero : !llvm.ptr
            %v2409 = llvm.icmp "ne" %ckpt_C, %v2408 : !llvm.ptr
            scf.if %v2409 {
              %v2414 = arith.muli %v2407, %v2413 : i64
              %v2415 = llvm.load %v6 : !llvm.ptr -> f32
              %v2416 = arith.muli %v30, %v867 : i64
              %v2417 = arith.muli %v28, %v866 : i64
              %v2418 = arith.addi %v2416, %v2417 : i64
              %v2419 = arith.muli %v19, %v865 : i64
              %v2420 = arith.addi %v2418, %v2419 : i64
              %v2421 = arith.muli %v26, %v2 : i64
              %v2422 = arith.addi %v2420, %v2421 : i64
              %v2423 = arith.addi %v2414, %v2422 : i64
              %v2424 = llvm.getelementptr %ckpt_C[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2415, %v2424 : f32, !llvm.ptr
              %v2425 = llvm.load %v7 : !llvm.ptr -> f32
              %v2426 = arith.muli %v30, %v867 : i64
              %v2427 = arith.muli %v28, %v866 : i64
              %v2428 = arith.addi %v2426, %v2427 : i64
              %v2429 = arith.constant 8 : i64
              %v2430 = arith.addi %v2429, %v19 : i64
              %v2431 = arith.muli %v2430, %v865 : i64
              %v2432 = arith.addi %v2428, %v2431 : i64
              %v2433 = arith.muli %v26, %v2 : i64
              %v2434 = arith.addi %v2432, %v2433 : i64
              %v2435 = arith.addi %v2414, %v2434 : i64
              %v2436 = llvm.getelementptr %ckpt_C[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2425, %v2436 : f32, !llvm.ptr
            }
            %v2437 = llvm.mlir.zero : !llvm.ptr
            %v2438 = llvm.icmp "ne" %ckpt_n, %v2437 : !llvm.ptr
            scf.if %v2438 {
              %v2442 = arith.muli %v2407, %v2441 : i64
              %v2443 = llvm.load %v8 : !llvm.ptr -> f32
              %v2444 = arith.muli %v30, %v897 : i64
              %v2445 = arith.muli %v28, %v896 : i64
              %v2446 = arith.addi %v2444, %v2445 : i64
              %v2447 = arith.muli %v19, %v2 : i64
              %v2448 = arith.addi %v2446, %v2447 : i64
              %v2449 = arith.addi %v2442, %v2448 : i64
              %v2450 = llvm.getelementptr %ckpt_n[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2443, %v2450 : f32, !llvm.ptr
              %v2451 = llvm.load %v9 : !llvm.ptr -> f32
              %v2452 = arith.muli %v30, %v897 : i64
              %v2453 = arith.muli %v28, %v896 : i64
              %v2454 = arith.addi %v2452, %v2453 : i64
              %v2455 = arith.constant 8 : i64
              %v2456 = arith.addi %v2455, %v19 : i64
              %v2457 = arith.muli %v2456, %v2 : i64
              %v2458 = arith.addi %v2454, %v2457 : i64
              %v2459 = arith.addi %v2442, %v2458 : i64
              %v2460 = llvm.getelementptr %ckpt_n[%v2459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2451, %v2460 : f32, !llvm.ptr
            }
          }
          // end save
          %v2461 = arith.divf %v664, %v916 : f32
          %v2462 = arith.mulf %v2400, %v2461 fastmath<contract> : f32
          %v2463 = arith.mulf %v2462, %v2402 fastmath<contract> : f32
          %v2464 = llvm.load %v6 : !llvm.ptr -> f32
          %v2465 = arith.mulf %v2398, %v2464 fastmath<contract> : f32
          %v2466 = arith.addf %v2465, %v2463 fastmath<contract> : f32
          %v2467 = arith.divf %v675, %v916 : f32
          %v2468 = arith.mulf %v2400, %v2467 fastmath<contract> : f32
          %v2469 = arith.mulf %v2468, %v2402 fastmath<contract> : f32
          %v2470 = llvm.load %v7 : !llvm.ptr -> f32
          %v2471 = arith.mulf %v2398, %v2470 fastmath<contract> : f32
          %v2472 = arith.addf %v2471, %v2469 fastmath<contract> : f32
          %v2473 = llvm.load %v8 : !llvm.ptr -> f32
          %v2474 = arith.mulf %v2398, %v2473 fastmath<contract> : f32
          %v2475 = arith.addf %v2474, %v2462 fastmath<contract> : f32
          %v2476 = llvm.load %v9 : !llvm.ptr -> f32
          %v2477 = arith.mulf %v2398, %v2476 fastmath<contract> : f32
          %v2478 = arith.addf %v2477, %v2468 fastmath<contract> : f32
          llvm.store %v2466, %v6 : f32, !llvm.ptr
          llvm.store %v2472, %v7 : f32, !llvm.ptr
          llvm.store %v2475, %v8 : f32, !llvm.ptr
          llvm.store %v2478, %v9 : f32, !llvm.ptr
          %v2479 = llvm.load %v6 : !llvm.ptr -> f32
          %v2480 = arith.mulf %v684, %v2479 fastmath<contract> : f32
          %v2481 = llvm.load %v7 : !llvm.ptr -> f32
          %v2482 = arith.mulf %v695, %v2481 fastmath<contract> : f32
          %v2483 = arith.addf %v2480, %v2482 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2484, %v2485 = gpu.shuffle xor %v2483, %v940, %v941 : f32
          %v2486 = arith.addf %v2483, %v2484 fastmath<contract> : f32
          %v2487, %v2488 = gpu.shuffle xor %v2486, %v945, %v941 : f32
          %v2489 = arith.addf %v2486, %v2487 fastmath<contract> : f32
          %v2490, %v2491 = gpu.shuffle xor %v2489, %v949, %v941 : f32
          %v2492 = arith.addf %v2489, %v2490 fastmath<contract> : f32
          // end sum over the lanes
          %v2493 = llvm.load %v8 : !llvm.ptr -> f32
          %v2494 = arith.mulf %v684, %v2493 fastmath<contract> : f32
          %v2495 = llvm.load %v9 : !llvm.ptr -> f32
          %v2496 = arith.mulf %v695, %v2495 fastmath<contract> : f32
          %v2497 = arith.addf %v2494, %v2496 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2498, %v2499 = gpu.shuffle xor %v2497, %v940, %v941 : f32
          %v2500 = arith.addf %v2497, %v2498 fastmath<contract> : f32
          %v2501, %v2502 = gpu.shuffle xor %v2500, %v945, %v941 : f32
          %v2503 = arith.addf %v2500, %v2501 fastmath<contract> : f32
          %v2504, %v2505 = gpu.shuffle xor %v2503, %v949, %v941 : f32
          %v2506 = arith.addf %v2503, %v2504 fastmath<contract> : f32
          // end sum over the lanes
          %v2507 = arith.addi %v39, %v77 : i64
          %v2508, %v2509 = gpu.shuffle idx %v791, %v842, %v845 : f32
          %v2510, %v2511 = gpu.shuffle idx %v800, %v842, %v845 : f32
          %v2512, %v2513 = gpu.shuffle idx %v809, %v842, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2514 = arith.remui %v2507, %v12 : i64
          %v2515 = arith.cmpi eq, %v2514, %v33 : i64
          %v2516 = arith.andi %v2515, %v23 : i1
          scf.if %v2516 {
            %v2517 = arith.divui %v2507, %v12 : i64
            %v2518 = llvm.mlir.zero : !llvm.ptr
            %v2519 = llvm.icmp "ne" %ckpt_C, %v2518 : !llvm.ptr
            scf.if %v2519 {
              %v2524 = arith.muli %v2517, %v2523 : i64
              %v2525 = llvm.load %v6 : !llvm.ptr -> f32
              %v2526 = arith.muli %v30, %v867 : i64
              %v2527 = arith.muli %v28, %v866 : i64
              %v2528 = arith.addi %v2526, %v2527 : i64
              %v2529 = arith.muli %v19, %v865 : i64
              %v2530 = arith.addi %v2528, %v2529 : i64
              %v2531 = arith.muli %v26, %v2 : i64
              %v2532 = arith.addi %v2530, %v2531 : i64
              %v2533 = arith.addi %v2524, %v2532 : i64
              %v2534 = llvm.getelementptr %ckpt_C[%v2533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2525, %v2534 : f32, !llvm.ptr
              %v2535 = llvm.load %v7 : !llvm.ptr -> f32
              %v2536 = arith.muli %v30, %v867 : i64
              %v2537 = arith.muli %v28, %v866 : i64
              %v2538 = arith.addi %v2536, %v2537 : i64
              %v2539 = arith.constant 8 : i64
              %v2540 = arith.addi %v2539, %v19 : i64
              %v2541 = arith.muli %v2540, %v865 : i64
              %v2542 = arith.addi %v2538, %v2541 : i64
              %v2543 = arith.muli %v26, %v2 : i64
              %v2544 = arith.addi %v2542, %v2543 : i64
              %v2545 = arith.addi %v2524, %v2544 : i64
              %v2546 = llvm.getelementptr %ckpt_C[%v2545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2535, %v2546 : f32, !llvm.ptr
            }
            %v2547 = llvm.mlir.zero : !llvm.ptr
            %v2548 = llvm.icmp "ne" %ckpt_n, %v2547 : !llvm.ptr
            scf.if %v2548 {
              %v2552 = arith.muli %v2517, %v2551 : i64
              %v2553 = llvm.load %v8 : !llvm.ptr -> f32
              %v2554 = arith.muli %v30, %v897 : i64
              %v2555 = arith.muli %v28, %v896 : i64
              %v2556 = arith.addi %v2554, %v2555 : i64
              %v2557 = arith.muli %v19, %v2 : i64
              %v2558 = arith.addi %v2556, %v2557 : i64
              %v2559 = arith.addi %v2552, %v2558 : i64
              %v2560 = llvm.getelementptr %ckpt_n[%v2559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2553, %v2560 : f32, !llvm.ptr
              %v2561 = llvm.load %v9 : !llvm.ptr -> f32
              %v2562 = arith.muli %v30, %v897 : i64
              %v2563 = arith.muli %v28, %v896 : i64
              %v2564 = arith.addi %v2562, %v2563 : i64
              %v2565 = arith.constant 8 : i64
              %v2566 = arith.addi %v2565, %v19 : i64
              %v2567 = arith.muli %v2566, %v2 : i64
              %v2568 = arith.addi %v2564, %v2567 : i64
              %v2569 = arith.addi %v2552, %v2568 : i64
              %v2570 = llvm.getelementptr %ckpt_n[%v2569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2561, %v2570 : f32, !llvm.ptr
            }
          }
          // end save
          %v2571 = arith.divf %v705, %v916 : f32
          %v2572 = arith.mulf %v2510, %v2571 fastmath<contract> : f32
          %v2573 = arith.mulf %v2572, %v2512 fastmath<contract> : f32
          %v2574 = llvm.load %v6 : !llvm.ptr -> f32
          %v2575 = arith.mulf %v2508, %v2574 fastmath<contract> : f32
          %v2576 = arith.addf %v2575, %v2573 fastmath<contract> : f32
          %v2577 = arith.divf %v716, %v916 : f32
          %v2578 = arith.mulf %v2510, %v2577 fastmath<contract> : f32
          %v2579 = arith.mulf %v2578, %v2512 fastmath<contract> : f32
          %v2580 = llvm.load %v7 : !llvm.ptr -> f32
          %v2581 = arith.mulf %v2508, %v2580 fastmath<contract> : f32
          %v2582 = arith.addf %v2581, %v2579 fastmath<contract> : f32
          %v2583 = llvm.load %v8 : !llvm.ptr -> f32
          %v2584 = arith.mulf %v2508, %v2583 fastmath<contract> : f32
          %v2585 = arith.addf %v2584, %v2572 fastmath<contract> : f32
          %v2586 = llvm.load %v9 : !llvm.ptr -> f32
          %v2587 = arith.mulf %v2508, %v2586 fastmath<contract> : f32
          %v2588 = arith.addf %v2587, %v2578 fastmath<contract> : f32
          llvm.store %v2576, %v6 : f32, !llvm.ptr
          llvm.store %v2582, %v7 : f32, !llvm.ptr
          llvm.store %v2585, %v8 : f32, !llvm.ptr
          llvm.store %v2588, %v9 : f32, !llvm.ptr
          %v2589 = llvm.load %v6 : !llvm.ptr -> f32
          %v2590 = arith.mulf %v725, %v2589 fastmath<contract> : f32
          %v2591 = llvm.load %v7 : !llvm.ptr -> f32
          %v2592 = arith.mulf %v736, %v2591 fastmath<contract> : f32
          %v2593 = arith.addf %v2590, %v2592 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2594, %v2595 = gpu.shuffle xor %v2593, %v940, %v941 : f32
          %v2596 = arith.addf %v2593, %v2594 fastmath<contract> : f32
          %v2597, %v2598 = gpu.shuffle xor %v2596, %v945, %v941 : f32
          %v2599 = arith.addf %v2596, %v2597 fastmath<contract> : f32
          %v2600, %v2601 = gpu.shuffle xor %v2599, %v949, %v941 : f32
          %v2602 = arith.addf %v2599, %v2600 fastmath<contract> : f32
          // end sum over the lanes
          %v2603 = llvm.load %v8 : !llvm.ptr -> f32
          %v2604 = arith.mulf %v725, %v2603 fastmath<contract> : f32
          %v2605 = llvm.load %v9 : !llvm.ptr -> f32
          %v2606 = arith.mulf %v736, %v2605 fastmath<contract> : f32
          %v2607 = arith.addf %v2604, %v2606 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2608, %v2609 = gpu.shuffle xor %v2607, %v940, %v941 : f32
          %v2610 = arith.addf %v2607, %v2608 fastmath<contract> : f32
          %v2611, %v2612 = gpu.shuffle xor %v2610, %v945, %v941 : f32
          %v2613 = arith.addf %v2610, %v2611 fastmath<contract> : f32
          %v2614, %v2615 = gpu.shuffle xor %v2613, %v949, %v941 : f32
          %v2616 = arith.addf %v2613, %v2614 fastmath<contract> : f32
          // end sum over the lanes
          %v2617 = arith.addi %v39, %v738 : i64
          %v2618 = arith.select %v820, %v1062, %v952 : f32
          %v2619 = arith.select %v824, %v1172, %v2618 : f32
          %v2620 = arith.select %v828, %v1282, %v2619 : f32
          %v2621 = arith.select %v832, %v1392, %v2620 : f32
          %v2622 = arith.select %v836, %v1502, %v2621 : f32
          %v2623 = arith.select %v840, %v1612, %v2622 : f32
          %v2624 = arith.select %v844, %v1722, %v2623 : f32
          %v2625 = arith.select %v820, %v1076, %v966 : f32
          %v2626 = arith.select %v824, %v1186, %v2625 : f32
          %v2627 = arith.select %v828, %v1296, %v2626 : f32
          %v2628 = arith.select %v832, %v1406, %v2627 : f32
          %v2629 = arith.select %v836, %v1516, %v2628 : f32
          %v2630 = arith.select %v840, %v1626, %v2629 : f32
          %v2631 = arith.select %v844, %v1736, %v2630 : f32
          %v2632 = llvm.call_intrinsic "llvm.fabs.f32"(%v2631) : (f32) -> f32
          %v2633 = arith.maximumf %v749, %v2632 : f32
          %v2634 = arith.divf %v2624, %v2633 : f32
          scf.if %v23 {
            %v2635 = arith.muli %v30, %v767 : i64
            %v2636 = arith.muli %v2617, %v766 : i64
            %v2637 = arith.addi %v2635, %v2636 : i64
            %v2638 = arith.muli %v28, %v765 : i64
            %v2639 = arith.addi %v2637, %v2638 : i64
            %v2640 = arith.muli %v26, %v2 : i64
            %v2641 = arith.addi %v2639, %v2640 : i64
            %v2642 = llvm.getelementptr %out_o[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2634, %v2642 : f32, !llvm.ptr
          }
          %v2643 = arith.addi %v39, %v778 : i64
          %v2644 = arith.select %v820, %v1942, %v1832 : f32
          %v2645 = arith.select %v824, %v2052, %v2644 : f32
          %v2646 = arith.select %v828, %v2162, %v2645 : f32
          %v2647 = arith.select %v832, %v2272, %v2646 : f32
          %v2648 = arith.select %v836, %v2382, %v2647 : f32
          %v2649 = arith.select %v840, %v2492, %v2648 : f32
          %v2650 = arith.select %v844, %v2602, %v2649 : f32
          %v2651 = arith.select %v820, %v1956, %v1846 : f32
          %v2652 = arith.select %v824, %v2066, %v2651 : f32
          %v2653 = arith.select %v828, %v2176, %v2652 : f32
          %v2654 = arith.select %v832, %v2286, %v2653 : f32
          %v2655 = arith.select %v836, %v2396, %v2654 : f32
          %v2656 = arith.select %v840, %v2506, %v2655 : f32
          %v2657 = arith.select %v844, %v2616, %v2656 : f32
          %v2658 = llvm.call_intrinsic "llvm.fabs.f32"(%v2657) : (f32) -> f32
          %v2659 = arith.maximumf %v749, %v2658 : f32
          %v2660 = arith.divf %v2650, %v2659 : f32
          scf.if %v23 {
            %v2661 = arith.muli %v30, %v767 : i64
            %v2662 = arith.muli %v2643, %v766 : i64
            %v2663 = arith.addi %v2661, %v2662 : i64
            %v2664 = arith.muli %v28, %v765 : i64
            %v2665 = arith.addi %v2663, %v2664 : i64
            %v2666 = arith.muli %v26, %v2 : i64
            %v2667 = arith.addi %v2665, %v2666 : i64
            %v2668 = llvm.getelementptr %out_o[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2660, %v2668 : f32, !llvm.ptr
          }
        }
        %v2669 = arith.muli %v42, %v1 : i64
        %v2670 = arith.index_cast %v2669 : i64 to index
        %v2671 = arith.index_cast %v41 : i64 to index
        %v2672 = arith.index_cast %v2 : i64 to index
        scf.for %v2673 = %v2670 to %v2671 step %v2672 {
          %v2674 = arith.index_cast %v2673 : index to i64
          %v2675 = arith.addi %v39, %v2674 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2676 = arith.remui %v2675, %v12 : i64
          %v2677 = arith.cmpi eq, %v2676, %v33 : i64
          %v2678 = arith.andi %v2677, %v23 : i1
          scf.if %v2678 {
            %v2679 = arith.divui %v2675, %v12 : i64
            %v2680 = llvm.mlir.zero : !llvm.ptr
            %v2681 = llvm.icmp "ne" %ckpt_C, %v2680 : !llvm.ptr
            scf.if %v2681 {
              %v2686 = arith.muli %v2679, %v2685 : i64
              %v2687 = llvm.load %v6 : !llvm.ptr -> f32
              %v2688 = arith.muli %v30, %v867 : i64
              %v2689 = arith.muli %v28, %v866 : i64
              %v2690 = arith.addi %v2688, %v2689 : i64
              %v2691 = arith.muli %v19, %v865 : i64
              %v2692 = arith.addi %v2690, %v2691 : i64
              %v2693 = arith.muli %v26, %v2 : i64
              %v2694 = arith.addi %v2692, %v2693 : i64
              %v2695 = arith.addi %v2686, %v2694 : i64
              %v2696 = llvm.getelementptr %ckpt_C[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2687, %v2696 : f32, !llvm.ptr
              %v2697 = llvm.load %v7 : !llvm.ptr -> f32
              %v2698 = arith.muli %v30, %v867 : i64
              %v2699 = arith.muli %v28, %v866 : i64
              %v2700 = arith.addi %v2698, %v2699 : i64
              %v2701 = arith.constant 8 : i64
              %v2702 = arith.addi %v2701, %v19 : i64
              %v2703 = arith.muli %v2702, %v865 : i64
              %v2704 = arith.addi %v2700, %v2703 : i64
              %v2705 = arith.muli %v26, %v2 : i64
              %v2706 = arith.addi %v2704, %v2705 : i64
              %v2707 = arith.addi %v2686, %v2706 : i64
              %v2708 = llvm.getelementptr %ckpt_C[%v2707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2697, %v2708 : f32, !llvm.ptr
            }
            %v2709 = llvm.mlir.zero : !llvm.ptr
            %v2710 = llvm.icmp "ne" %ckpt_n, %v2709 : !llvm.ptr
            scf.if %v2710 {
              %v2714 = arith.muli %v2679, %v2713 : i64
              %v2715 = llvm.load %v8 : !llvm.ptr -> f32
              %v2716 = arith.muli %v30, %v897 : i64
              %v2717 = arith.muli %v28, %v896 : i64
              %v2718 = arith.addi %v2716, %v2717 : i64
              %v2719 = arith.muli %v19, %v2 : i64
              %v2720 = arith.addi %v2718, %v2719 : i64
              %v2721 = arith.addi %v2714, %v2720 : i64
              %v2722 = llvm.getelementptr %ckpt_n[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2715, %v2722 : f32, !llvm.ptr
              %v2723 = llvm.load %v9 : !llvm.ptr -> f32
              %v2724 = arith.muli %v30, %v897 : i64
              %v2725 = arith.muli %v28, %v896 : i64
              %v2726 = arith.addi %v2724, %v2725 : i64
              %v2727 = arith.constant 8 : i64
              %v2728 = arith.addi %v2727, %v19 : i64
              %v2729 = arith.muli %v2728, %v2 : i64
              %v2730 = arith.addi %v2726, %v2729 : i64
              %v2731 = arith.addi %v2714, %v2730 : i64
              %v2732 = llvm.getelementptr %ckpt_n[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2723, %v2732 : f32, !llvm.ptr
            }
          }
          // end save
          %v2733 = arith.muli %v30, %v741 : i64
          %v2734 = arith.muli %v2675, %v740 : i64
          %v2735 = arith.addi %v2733, %v2734 : i64
          %v2736 = arith.muli %v28, %v2 : i64
          %v2737 = arith.addi %v2735, %v2736 : i64
          %v2738 = llvm.getelementptr %in_fg[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2739 = llvm.load %v2738 : !llvm.ptr -> f32
          %v2740 = arith.negf %v2739 : f32
          %v2741 = arith.mulf %v2740, %v751 fastmath<contract> : f32
          %v2742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2741) : (f32) -> f32
          %v2743 = arith.addf %v749, %v2742 fastmath<contract> : f32
          %v2744 = arith.divf %v749, %v2743 : f32
          %v2745 = arith.muli %v30, %v741 : i64
          %v2746 = arith.muli %v2675, %v740 : i64
          %v2747 = arith.addi %v2745, %v2746 : i64
          %v2748 = arith.muli %v28, %v2 : i64
          %v2749 = arith.addi %v2747, %v2748 : i64
          %v2750 = llvm.getelementptr %in_ig[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
          %v2752 = arith.mulf %v2751, %v751 fastmath<contract> : f32
          %v2753 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2752) : (f32) -> f32
          %v2754 = arith.muli %v30, %v81 : i64
          %v2755 = arith.muli %v2675, %v80 : i64
          %v2756 = arith.addi %v2754, %v2755 : i64
          %v2757 = arith.muli %v28, %v79 : i64
          %v2758 = arith.addi %v2756, %v2757 : i64
          %v2759 = arith.muli %v19, %v2 : i64
          %v2760 = arith.addi %v2758, %v2759 : i64
          %v2761 = llvm.getelementptr %in_k[%v2760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2762 = llvm.load %v2761 : !llvm.ptr -> f32
          %v2763 = arith.divf %v2762, %v916 : f32
          %v2764 = arith.mulf %v2753, %v2763 fastmath<contract> : f32
          %v2765 = arith.muli %v30, %v767 : i64
          %v2766 = arith.muli %v2675, %v766 : i64
          %v2767 = arith.addi %v2765, %v2766 : i64
          %v2768 = arith.muli %v28, %v765 : i64
          %v2769 = arith.addi %v2767, %v2768 : i64
          %v2770 = arith.muli %v26, %v2 : i64
          %v2771 = arith.addi %v2769, %v2770 : i64
          %v2772 = llvm.getelementptr %in_v[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2773 = llvm.load %v2772 : !llvm.ptr -> f32
          %v2774 = arith.mulf %v2764, %v2773 fastmath<contract> : f32
          %v2775 = llvm.load %v6 : !llvm.ptr -> f32
          %v2776 = arith.mulf %v2744, %v2775 fastmath<contract> : f32
          %v2777 = arith.addf %v2776, %v2774 fastmath<contract> : f32
          %v2778 = arith.muli %v30, %v81 : i64
          %v2779 = arith.muli %v2675, %v80 : i64
          %v2780 = arith.addi %v2778, %v2779 : i64
          %v2781 = arith.muli %v28, %v79 : i64
          %v2782 = arith.addi %v2780, %v2781 : i64
          %v2783 = arith.constant 8 : i64
          %v2784 = arith.addi %v2783, %v19 : i64
          %v2785 = arith.muli %v2784, %v2 : i64
          %v2786 = arith.addi %v2782, %v2785 : i64
          %v2787 = llvm.getelementptr %in_k[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2788 = llvm.load %v2787 : !llvm.ptr -> f32
          %v2789 = arith.divf %v2788, %v916 : f32
          %v2790 = arith.mulf %v2753, %v2789 fastmath<contract> : f32
          %v2791 = arith.mulf %v2790, %v2773 fastmath<contract> : f32
          %v2792 = llvm.load %v7 : !llvm.ptr -> f32
          %v2793 = arith.mulf %v2744, %v2792 fastmath<contract> : f32
          %v2794 = arith.addf %v2793, %v2791 fastmath<contract> : f32
          %v2795 = llvm.load %v8 : !llvm.ptr -> f32
          %v2796 = arith.mulf %v2744, %v2795 fastmath<contract> : f32
          %v2797 = arith.addf %v2796, %v2764 fastmath<contract> : f32
          %v2798 = llvm.load %v9 : !llvm.ptr -> f32
          %v2799 = arith.mulf %v2744, %v2798 fastmath<contract> : f32
          %v2800 = arith.addf %v2799, %v2790 fastmath<contract> : f32
          llvm.store %v2777, %v6 : f32, !llvm.ptr
          llvm.store %v2794, %v7 : f32, !llvm.ptr
          llvm.store %v2797, %v8 : f32, !llvm.ptr
          llvm.store %v2800, %v9 : f32, !llvm.ptr
          %v2801 = arith.muli %v30, %v81 : i64
          %v2802 = arith.muli %v2675, %v80 : i64
          %v2803 = arith.addi %v2801, %v2802 : i64
          %v2804 = arith.muli %v28, %v79 : i64
          %v2805 = arith.addi %v2803, %v2804 : i64
          %v2806 = arith.muli %v19, %v2 : i64
          %v2807 = arith.addi %v2805, %v2806 : i64
          %v2808 = llvm.getelementptr %in_q[%v2807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2809 = llvm.load %v2808 : !llvm.ptr -> f32
          %v2810 = llvm.load %v6 : !llvm.ptr -> f32
          %v2811 = arith.mulf %v2809, %v2810 fastmath<contract> : f32
          %v2812 = arith.muli %v30, %v81 : i64
          %v2813 = arith.muli %v2675, %v80 : i64
          %v2814 = arith.addi %v2812, %v2813 : i64
          %v2815 = arith.muli %v28, %v79 : i64
          %v2816 = arith.addi %v2814, %v2815 : i64
          %v2817 = arith.constant 8 : i64
          %v2818 = arith.addi %v2817, %v19 : i64
          %v2819 = arith.muli %v2818, %v2 : i64
          %v2820 = arith.addi %v2816, %v2819 : i64
          %v2821 = llvm.getelementptr %in_q[%v2820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2822 = llvm.load %v2821 : !llvm.ptr -> f32
          %v2823 = llvm.load %v7 : !llvm.ptr -> f32
          %v2824 = arith.mulf %v2822, %v2823 fastmath<contract> : f32
          %v2825 = arith.addf %v2811, %v2824 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2826, %v2827 = gpu.shuffle xor %v2825, %v940, %v941 : f32
          %v2828 = arith.addf %v2825, %v2826 fastmath<contract> : f32
          %v2829, %v2830 = gpu.shuffle xor %v2828, %v945, %v941 : f32
          %v2831 = arith.addf %v2828, %v2829 fastmath<contract> : f32
          %v2832, %v2833 = gpu.shuffle xor %v2831, %v949, %v941 : f32
          %v2834 = arith.addf %v2831, %v2832 fastmath<contract> : f32
          // end sum over the lanes
          %v2835 = llvm.load %v8 : !llvm.ptr -> f32
          %v2836 = arith.mulf %v2809, %v2835 fastmath<contract> : f32
          %v2837 = llvm.load %v9 : !llvm.ptr -> f32
          %v2838 = arith.mulf %v2822, %v2837 fastmath<contract> : f32
          %v2839 = arith.addf %v2836, %v2838 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2840, %v2841 = gpu.shuffle xor %v2839, %v940, %v941 : f32
          %v2842 = arith.addf %v2839, %v2840 fastmath<contract> : f32
          %v2843, %v2844 = gpu.shuffle xor %v2842, %v945, %v941 : f32
          %v2845 = arith.addf %v2842, %v2843 fastmath<contract> : f32
          %v2846, %v2847 = gpu.shuffle xor %v2845, %v949, %v941 : f32
          %v2848 = arith.addf %v2845, %v2846 fastmath<contract> : f32
          // end sum over the lanes
          %v2849 = llvm.call_intrinsic "llvm.fabs.f32"(%v2848) : (f32) -> f32
          %v2850 = arith.maximumf %v749, %v2849 : f32
          %v2851 = arith.divf %v2834, %v2850 : f32
          scf.if %v23 {
            %v2852 = arith.muli %v30, %v767 : i64
            %v2853 = arith.muli %v2675, %v766 : i64
            %v2854 = arith.addi %v2852, %v2853 : i64
            %v2855 = arith.muli %v28, %v765 : i64
            %v2856 = arith.addi %v2854, %v2855 : i64
            %v2857 = arith.muli %v26, %v2 : i64
            %v2858 = arith.addi %v2856, %v2857 : i64
            %v2859 = llvm.getelementptr %out_o[%v2858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2851, %v2859 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
