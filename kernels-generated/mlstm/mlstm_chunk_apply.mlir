module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_chunk_apply(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %carry_C: !llvm.ptr, %ckpt_C: !llvm.ptr, %carry_n: !llvm.ptr, %ckpt_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
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
      %v42 = arith.constant 0 : i64
      %v77 = arith.constant 32 : i64
      %v94 = arith.constant 2 : i64
      %v96 = arith.constant 3 : i64
      %v98 = arith.constant 4 : i64
      %v100 = arith.constant 5 : i64
      %v102 = arith.constant 6 : i64
      %v104 = arith.constant 7 : i64
      %v107 = arith.constant 9 : i64
      %v109 = arith.constant 10 : i64
      %v111 = arith.constant 11 : i64
      %v113 = arith.constant 12 : i64
      %v115 = arith.constant 13 : i64
      %v117 = arith.constant 14 : i64
      %v119 = arith.constant 15 : i64
      %v122 = arith.muli %v2, %v1 : i64
      %v123 = arith.muli %v122, %size_H : i64
      %v124 = arith.muli %v123, %size_L : i64
      %v783 = arith.muli %v2, %size_H : i64
      %v784 = arith.muli %v783, %size_L : i64
      %v792 = arith.constant 0x3F800000 : f32
      %v794 = arith.constant 0x3FB8AA3B : f32
      %v808 = arith.muli %v2, %size_DV : i64
      %v809 = arith.muli %v808, %size_H : i64
      %v810 = arith.muli %v809, %size_L : i64
      %v902 = arith.muli %v2, %size_B : i64
      %v903 = arith.muli %v902, %size_H : i64
      %v904 = arith.muli %v903, %v1 : i64
      %v905 = arith.muli %v904, %size_DV : i64
      %v908 = arith.muli %v2, %size_DV : i64
      %v909 = arith.muli %v908, %v1 : i64
      %v910 = arith.muli %v909, %size_H : i64
      %v934 = arith.muli %v2, %size_B : i64
      %v935 = arith.muli %v934, %size_H : i64
      %v936 = arith.muli %v935, %v1 : i64
      %v939 = arith.muli %v2, %v1 : i64
      %v940 = arith.muli %v939, %size_H : i64
      %v983 = arith.constant 1 : i32
      %v984 = arith.constant 32 : i32
      %v988 = arith.constant 2 : i32
      %v992 = arith.constant 4 : i32
      %v1023 = arith.muli %v2, %size_B : i64
      %v1024 = arith.muli %v1023, %size_H : i64
      %v1025 = arith.muli %v1024, %v1 : i64
      %v1026 = arith.muli %v1025, %size_DV : i64
      %v1052 = arith.muli %v2, %size_B : i64
      %v1053 = arith.muli %v1052, %size_H : i64
      %v1054 = arith.muli %v1053, %v1 : i64
      %v1133 = arith.muli %v2, %size_B : i64
      %v1134 = arith.muli %v1133, %size_H : i64
      %v1135 = arith.muli %v1134, %v1 : i64
      %v1136 = arith.muli %v1135, %size_DV : i64
      %v1162 = arith.muli %v2, %size_B : i64
      %v1163 = arith.muli %v1162, %size_H : i64
      %v1164 = arith.muli %v1163, %v1 : i64
      %v1243 = arith.muli %v2, %size_B : i64
      %v1244 = arith.muli %v1243, %size_H : i64
      %v1245 = arith.muli %v1244, %v1 : i64
      %v1246 = arith.muli %v1245, %size_DV : i64
      %v1272 = arith.muli %v2, %size_B : i64
      %v1273 = arith.muli %v1272, %size_H : i64
      %v1274 = arith.muli %v1273, %v1 : i64
      %v1353 = arith.muli %v2, %size_B : i64
      %v1354 = arith.muli %v1353, %size_H : i64
      %v1355 = arith.muli %v1354, %v1 : i64
      %v1356 = arith.muli %v1355, %size_DV : i64
      %v1382 = arith.muli %v2, %size_B : i64
      %v1383 = arith.muli %v1382, %size_H : i64
      %v1384 = arith.muli %v1383, %v1 : i64
      %v1463 = arith.muli %v2, %size_B : i64
      %v1464 = arith.muli %v1463, %size_H : i64
      %v1465 = arith.muli %v1464, %v1 : i64
      %v1466 = arith.muli %v1465, %size_DV : i64
      %v1492 = arith.muli %v2, %size_B : i64
      %v1493 = arith.muli %v1492, %size_H : i64
      %v1494 = arith.muli %v1493, %v1 : i64
      %v1573 = arith.muli %v2, %size_B : i64
      %v1574 = arith.muli %v1573, %size_H : i64
      %v1575 = arith.muli %v1574, %v1 : i64
      %v1576 = arith.muli %v1575, %size_DV : i64
      %v1602 = arith.muli %v2, %size_B : i64
      %v1603 = arith.muli %v1602, %size_H : i64
      %v1604 = arith.muli %v1603, %v1 : i64
      %v1683 = arith.muli %v2, %size_B : i64
      %v1684 = arith.muli %v1683, %size_H : i64
      %v1685 = arith.muli %v1684, %v1 : i64
      %v1686 = arith.muli %v1685, %size_DV : i64
      %v1712 = arith.muli %v2, %size_B : i64
      %v1713 = arith.muli %v1712, %size_H : i64
      %v1714 = arith.muli %v1713, %v1 : i64
      %v1793 = arith.muli %v2, %size_B : i64
      %v1794 = arith.muli %v1793, %size_H : i64
      %v1795 = arith.muli %v1794, %v1 : i64
      %v1796 = arith.muli %v1795, %size_DV : i64
      %v1822 = arith.muli %v2, %size_B : i64
      %v1823 = arith.muli %v1822, %size_H : i64
      %v1824 = arith.muli %v1823, %v1 : i64
      %v1903 = arith.muli %v2, %size_B : i64
      %v1904 = arith.muli %v1903, %size_H : i64
      %v1905 = arith.muli %v1904, %v1 : i64
      %v1906 = arith.muli %v1905, %size_DV : i64
      %v1932 = arith.muli %v2, %size_B : i64
      %v1933 = arith.muli %v1932, %size_H : i64
      %v1934 = arith.muli %v1933, %v1 : i64
      %v2013 = arith.muli %v2, %size_B : i64
      %v2014 = arith.muli %v2013, %size_H : i64
      %v2015 = arith.muli %v2014, %v1 : i64
      %v2016 = arith.muli %v2015, %size_DV : i64
      %v2042 = arith.muli %v2, %size_B : i64
      %v2043 = arith.muli %v2042, %size_H : i64
      %v2044 = arith.muli %v2043, %v1 : i64
      %v2123 = arith.muli %v2, %size_B : i64
      %v2124 = arith.muli %v2123, %size_H : i64
      %v2125 = arith.muli %v2124, %v1 : i64
      %v2126 = arith.muli %v2125, %size_DV : i64
      %v2152 = arith.muli %v2, %size_B : i64
      %v2153 = arith.muli %v2152, %size_H : i64
      %v2154 = arith.muli %v2153, %v1 : i64
      %v2233 = arith.muli %v2, %size_B : i64
      %v2234 = arith.muli %v2233, %size_H : i64
      %v2235 = arith.muli %v2234, %v1 : i64
      %v2236 = arith.muli %v2235, %size_DV : i64
      %v2262 = arith.muli %v2, %size_B : i64
      %v2263 = arith.muli %v2262, %size_H : i64
      %v2264 = arith.muli %v2263, %v1 : i64
      %v2343 = arith.muli %v2, %size_B : i64
      %v2344 = arith.muli %v2343, %size_H : i64
      %v2345 = arith.muli %v2344, %v1 : i64
      %v2346 = arith.muli %v2345, %size_DV : i64
      %v2372 = arith.muli %v2, %size_B : i64
      %v2373 = arith.muli %v2372, %size_H : i64
      %v2374 = arith.muli %v2373, %v1 : i64
      %v2453 = arith.muli %v2, %size_B : i64
      %v2454 = arith.muli %v2453, %size_H : i64
      %v2455 = arith.muli %v2454, %v1 : i64
      %v2456 = arith.muli %v2455, %size_DV : i64
      %v2482 = arith.muli %v2, %size_B : i64
      %v2483 = arith.muli %v2482, %size_H : i64
      %v2484 = arith.muli %v2483, %v1 : i64
      %v2563 = arith.muli %v2, %size_B : i64
      %v2564 = arith.muli %v2563, %size_H : i64
      %v2565 = arith.muli %v2564, %v1 : i64
      %v2566 = arith.muli %v2565, %size_DV : i64
      %v2592 = arith.muli %v2, %size_B : i64
      %v2593 = arith.muli %v2592, %size_H : i64
      %v2594 = arith.muli %v2593, %v1 : i64
      %v2725 = arith.muli %v2, %size_B : i64
      %v2726 = arith.muli %v2725, %size_H : i64
      %v2727 = arith.muli %v2726, %v1 : i64
      %v2728 = arith.muli %v2727, %size_DV : i64
      %v2754 = arith.muli %v2, %size_B : i64
      %v2755 = arith.muli %v2754, %size_H : i64
      %v2756 = arith.muli %v2755, %v1 : i64
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.subi %v18, %v2 : i64
      %v20 = arith.addi %v5, %v19 : i64
      %v21 = arith.divui %v20, %v18 : i64
      %v22 = arith.divui %v17, %v21 : i64
      %v23 = arith.remui %v17, %v21 : i64
      %v24 = arith.remui %v16, %v18 : i64
      %v25 = arith.divui %v16, %v18 : i64
      %v26 = arith.muli %v23, %v18 : i64
      %v27 = arith.addi %v26, %v25 : i64
      %v28 = arith.cmpi slt, %v27, %v5 : i64
      %v29 = arith.subi %v5, %v2 : i64
      %v30 = arith.minsi %v27, %v29 : i64
      %v31 = arith.remui %v30, %size_DV : i64
      %v32 = arith.divui %v30, %size_DV : i64
      %v33 = arith.remui %v32, %size_H : i64
      %v34 = arith.divui %v32, %size_H : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      %v853 = arith.trunci %v16 : i64 to i32
      %v854 = arith.constant 24 : i32
      %v855 = arith.andi %v853, %v854 : i32
      %v856 = arith.constant 0 : i32
      %v857 = arith.ori %v855, %v856 : i32
      %v858 = arith.constant 0 : i64
      %v859 = arith.cmpi eq, %v24, %v858 : i64
      %v860 = arith.constant 1 : i32
      %v861 = arith.ori %v855, %v860 : i32
      %v862 = arith.constant 1 : i64
      %v863 = arith.cmpi eq, %v24, %v862 : i64
      %v864 = arith.constant 2 : i32
      %v865 = arith.ori %v855, %v864 : i32
      %v866 = arith.constant 2 : i64
      %v867 = arith.cmpi eq, %v24, %v866 : i64
      %v868 = arith.constant 3 : i32
      %v869 = arith.ori %v855, %v868 : i32
      %v870 = arith.constant 3 : i64
      %v871 = arith.cmpi eq, %v24, %v870 : i64
      %v872 = arith.constant 4 : i32
      %v873 = arith.ori %v855, %v872 : i32
      %v874 = arith.constant 4 : i64
      %v875 = arith.cmpi eq, %v24, %v874 : i64
      %v876 = arith.constant 5 : i32
      %v877 = arith.ori %v855, %v876 : i32
      %v878 = arith.constant 5 : i64
      %v879 = arith.cmpi eq, %v24, %v878 : i64
      %v880 = arith.constant 6 : i32
      %v881 = arith.ori %v855, %v880 : i32
      %v882 = arith.constant 6 : i64
      %v883 = arith.cmpi eq, %v24, %v882 : i64
      %v884 = arith.constant 7 : i32
      %v885 = arith.ori %v855, %v884 : i32
      %v886 = arith.constant 7 : i64
      %v887 = arith.cmpi eq, %v24, %v886 : i64
      %v888 = arith.constant 32 : i32
      %v958 = arith.sitofp %v1 : i64 to f32
      %v959 = llvm.call_intrinsic "llvm.sqrt.f32"(%v958) : (f32) -> f32
      %v37 = arith.muli %v22, %v5 : i64
      %v38 = arith.subi %v5, %v2 : i64
      %v39 = arith.minsi %v27, %v38 : i64
      %v40 = arith.addi %v37, %v39 : i64
      %v41 = arith.muli %v40, %v1 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = arith.addi %v43, %v24 : i64
      %v45 = llvm.getelementptr %carry_C[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v46 = llvm.load %v45 : !llvm.ptr -> f32
      llvm.store %v46, %v6 : f32, !llvm.ptr
      %v47 = arith.muli %v22, %v5 : i64
      %v48 = arith.subi %v5, %v2 : i64
      %v49 = arith.minsi %v27, %v48 : i64
      %v50 = arith.addi %v47, %v49 : i64
      %v51 = arith.muli %v50, %v1 : i64
      %v52 = arith.addi %v51, %v18 : i64
      %v53 = arith.addi %v52, %v24 : i64
      %v54 = llvm.getelementptr %carry_C[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v55 = llvm.load %v54 : !llvm.ptr -> f32
      llvm.store %v55, %v7 : f32, !llvm.ptr
      %v56 = arith.muli %v22, %v5 : i64
      %v57 = arith.subi %v5, %v2 : i64
      %v58 = arith.minsi %v27, %v57 : i64
      %v59 = arith.addi %v56, %v58 : i64
      %v60 = arith.muli %v59, %v1 : i64
      %v61 = arith.addi %v60, %v42 : i64
      %v62 = arith.addi %v61, %v24 : i64
      %v63 = llvm.getelementptr %carry_n[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      llvm.store %v64, %v8 : f32, !llvm.ptr
      %v65 = arith.muli %v22, %v5 : i64
      %v66 = arith.subi %v5, %v2 : i64
      %v67 = arith.minsi %v27, %v66 : i64
      %v68 = arith.addi %v65, %v67 : i64
      %v69 = arith.muli %v68, %v1 : i64
      %v70 = arith.addi %v69, %v18 : i64
      %v71 = arith.addi %v70, %v24 : i64
      %v72 = llvm.getelementptr %carry_n[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v73 = llvm.load %v72 : !llvm.ptr -> f32
      llvm.store %v73, %v9 : f32, !llvm.ptr
      %v74 = arith.muli %v22, %v12 : i64
      %v75 = arith.addi %v74, %v12 : i64
      %v76 = arith.minsi %v75, %size_L : i64
      %v78 = arith.index_cast %v74 : i64 to index
      %v79 = arith.index_cast %v76 : i64 to index
      %v80 = arith.index_cast %v77 : i64 to index
      scf.for %v81 = %v78 to %v79 step %v80 {
        %v82 = arith.index_cast %v81 : index to i64
        %v83 = arith.subi %v76, %v82 : i64
        %v84 = arith.minsi %v83, %v77 : i64
        %v85 = arith.divui %v84, %v1 : i64
        %v86 = arith.index_cast %v42 : i64 to index
        %v87 = arith.index_cast %v85 : i64 to index
        %v88 = arith.index_cast %v2 : i64 to index
        scf.for %v89 = %v86 to %v87 step %v88 {
          %v90 = arith.index_cast %v89 : index to i64
          %v91 = arith.muli %v90, %v1 : i64
          %v92 = arith.addi %v91, %v42 : i64
          %v93 = arith.addi %v91, %v2 : i64
          %v95 = arith.addi %v91, %v94 : i64
          %v97 = arith.addi %v91, %v96 : i64
          %v99 = arith.addi %v91, %v98 : i64
          %v101 = arith.addi %v91, %v100 : i64
          %v103 = arith.addi %v91, %v102 : i64
          %v105 = arith.addi %v91, %v104 : i64
          %v106 = arith.addi %v91, %v18 : i64
          %v108 = arith.addi %v91, %v107 : i64
          %v110 = arith.addi %v91, %v109 : i64
          %v112 = arith.addi %v91, %v111 : i64
          %v114 = arith.addi %v91, %v113 : i64
          %v116 = arith.addi %v91, %v115 : i64
          %v118 = arith.addi %v91, %v117 : i64
          %v120 = arith.addi %v91, %v119 : i64
          %v121 = arith.addi %v82, %v92 : i64
          %v125 = arith.muli %v35, %v124 : i64
          %v126 = arith.muli %v121, %v123 : i64
          %v127 = arith.addi %v125, %v126 : i64
          %v128 = arith.muli %v33, %v122 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.muli %v24, %v2 : i64
          %v131 = arith.addi %v129, %v130 : i64
          %v132 = llvm.getelementptr %in_k[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v134 = arith.muli %v35, %v124 : i64
          %v135 = arith.muli %v121, %v123 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.muli %v33, %v122 : i64
          %v138 = arith.addi %v136, %v137 : i64
          %v139 = arith.constant 8 : i64
          %v140 = arith.addi %v139, %v24 : i64
          %v141 = arith.muli %v140, %v2 : i64
          %v142 = arith.addi %v138, %v141 : i64
          %v143 = llvm.getelementptr %in_k[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v144 = llvm.load %v143 : !llvm.ptr -> f32
          %v145 = arith.muli %v35, %v124 : i64
          %v146 = arith.muli %v121, %v123 : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = arith.muli %v33, %v122 : i64
          %v149 = arith.addi %v147, %v148 : i64
          %v150 = arith.muli %v24, %v2 : i64
          %v151 = arith.addi %v149, %v150 : i64
          %v152 = llvm.getelementptr %in_q[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 : !llvm.ptr -> f32
          %v154 = arith.muli %v35, %v124 : i64
          %v155 = arith.muli %v121, %v123 : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = arith.muli %v33, %v122 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = arith.constant 8 : i64
          %v160 = arith.addi %v159, %v24 : i64
          %v161 = arith.muli %v160, %v2 : i64
          %v162 = arith.addi %v158, %v161 : i64
          %v163 = llvm.getelementptr %in_q[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.addi %v82, %v93 : i64
          %v166 = arith.muli %v35, %v124 : i64
          %v167 = arith.muli %v165, %v123 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = arith.muli %v33, %v122 : i64
          %v170 = arith.addi %v168, %v169 : i64
          %v171 = arith.muli %v24, %v2 : i64
          %v172 = arith.addi %v170, %v171 : i64
          %v173 = llvm.getelementptr %in_k[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          %v175 = arith.muli %v35, %v124 : i64
          %v176 = arith.muli %v165, %v123 : i64
          %v177 = arith.addi %v175, %v176 : i64
          %v178 = arith.muli %v33, %v122 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.constant 8 : i64
          %v181 = arith.addi %v180, %v24 : i64
          %v182 = arith.muli %v181, %v2 : i64
          %v183 = arith.addi %v179, %v182 : i64
          %v184 = llvm.getelementptr %in_k[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.muli %v35, %v124 : i64
          %v187 = arith.muli %v165, %v123 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.muli %v33, %v122 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = arith.muli %v24, %v2 : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = llvm.getelementptr %in_q[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v194 = llvm.load %v193 : !llvm.ptr -> f32
          %v195 = arith.muli %v35, %v124 : i64
          %v196 = arith.muli %v165, %v123 : i64
          %v197 = arith.addi %v195, %v196 : i64
          %v198 = arith.muli %v33, %v122 : i64
          %v199 = arith.addi %v197, %v198 : i64
          %v200 = arith.constant 8 : i64
          %v201 = arith.addi %v200, %v24 : i64
          %v202 = arith.muli %v201, %v2 : i64
          %v203 = arith.addi %v199, %v202 : i64
          %v204 = llvm.getelementptr %in_q[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.addi %v82, %v95 : i64
          %v207 = arith.muli %v35, %v124 : i64
          %v208 = arith.muli %v206, %v123 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v33, %v122 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.muli %v24, %v2 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = llvm.getelementptr %in_k[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v35, %v124 : i64
          %v217 = arith.muli %v206, %v123 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = arith.muli %v33, %v122 : i64
          %v220 = arith.addi %v218, %v219 : i64
          %v221 = arith.constant 8 : i64
          %v222 = arith.addi %v221, %v24 : i64
          %v223 = arith.muli %v222, %v2 : i64
          %v224 = arith.addi %v220, %v223 : i64
          %v225 = llvm.getelementptr %in_k[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v226 = llvm.load %v225 : !llvm.ptr -> f32
          %v227 = arith.muli %v35, %v124 : i64
          %v228 = arith.muli %v206, %v123 : i64
          %v229 = arith.addi %v227, %v228 : i64
          %v230 = arith.muli %v33, %v122 : i64
          %v231 = arith.addi %v229, %v230 : i64
          %v232 = arith.muli %v24, %v2 : i64
          %v233 = arith.addi %v231, %v232 : i64
          %v234 = llvm.getelementptr %in_q[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v235 = llvm.load %v234 : !llvm.ptr -> f32
          %v236 = arith.muli %v35, %v124 : i64
          %v237 = arith.muli %v206, %v123 : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.muli %v33, %v122 : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = arith.constant 8 : i64
          %v242 = arith.addi %v241, %v24 : i64
          %v243 = arith.muli %v242, %v2 : i64
          %v244 = arith.addi %v240, %v243 : i64
          %v245 = llvm.getelementptr %in_q[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v246 = llvm.load %v245 : !llvm.ptr -> f32
          %v247 = arith.addi %v82, %v97 : i64
          %v248 = arith.muli %v35, %v124 : i64
          %v249 = arith.muli %v247, %v123 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = arith.muli %v33, %v122 : i64
          %v252 = arith.addi %v250, %v251 : i64
          %v253 = arith.muli %v24, %v2 : i64
          %v254 = arith.addi %v252, %v253 : i64
          %v255 = llvm.getelementptr %in_k[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v256 = llvm.load %v255 : !llvm.ptr -> f32
          %v257 = arith.muli %v35, %v124 : i64
          %v258 = arith.muli %v247, %v123 : i64
          %v259 = arith.addi %v257, %v258 : i64
          %v260 = arith.muli %v33, %v122 : i64
          %v261 = arith.addi %v259, %v260 : i64
          %v262 = arith.constant 8 : i64
          %v263 = arith.addi %v262, %v24 : i64
          %v264 = arith.muli %v263, %v2 : i64
          %v265 = arith.addi %v261, %v264 : i64
          %v266 = llvm.getelementptr %in_k[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.muli %v35, %v124 : i64
          %v269 = arith.muli %v247, %v123 : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = arith.muli %v33, %v122 : i64
          %v272 = arith.addi %v270, %v271 : i64
          %v273 = arith.muli %v24, %v2 : i64
          %v274 = arith.addi %v272, %v273 : i64
          %v275 = llvm.getelementptr %in_q[%v274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v276 = llvm.load %v275 : !llvm.ptr -> f32
          %v277 = arith.muli %v35, %v124 : i64
          %v278 = arith.muli %v247, %v123 : i64
          %v279 = arith.addi %v277, %v278 : i64
          %v280 = arith.muli %v33, %v122 : i64
          %v281 = arith.addi %v279, %v280 : i64
          %v282 = arith.constant 8 : i64
          %v283 = arith.addi %v282, %v24 : i64
          %v284 = arith.muli %v283, %v2 : i64
          %v285 = arith.addi %v281, %v284 : i64
          %v286 = llvm.getelementptr %in_q[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v287 = llvm.load %v286 : !llvm.ptr -> f32
          %v288 = arith.addi %v82, %v99 : i64
          %v289 = arith.muli %v35, %v124 : i64
          %v290 = arith.muli %v288, %v123 : i64
          %v291 = arith.addi %v289, %v290 : i64
          %v292 = arith.muli %v33, %v122 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = arith.muli %v24, %v2 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = llvm.getelementptr %in_k[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = arith.muli %v35, %v124 : i64
          %v299 = arith.muli %v288, %v123 : i64
          %v300 = arith.addi %v298, %v299 : i64
          %v301 = arith.muli %v33, %v122 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = arith.constant 8 : i64
          %v304 = arith.addi %v303, %v24 : i64
          %v305 = arith.muli %v304, %v2 : i64
          %v306 = arith.addi %v302, %v305 : i64
          %v307 = llvm.getelementptr %in_k[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v308 = llvm.load %v307 : !llvm.ptr -> f32
          %v309 = arith.muli %v35, %v124 : i64
          %v310 = arith.muli %v288, %v123 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = arith.muli %v33, %v122 : i64
          %v313 = arith.addi %v311, %v312 : i64
          %v314 = arith.muli %v24, %v2 : i64
          %v315 = arith.addi %v313, %v314 : i64
          %v316 = llvm.getelementptr %in_q[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.muli %v35, %v124 : i64
          %v319 = arith.muli %v288, %v123 : i64
          %v320 = arith.addi %v318, %v319 : i64
          %v321 = arith.muli %v33, %v122 : i64
          %v322 = arith.addi %v320, %v321 : i64
          %v323 = arith.constant 8 : i64
          %v324 = arith.addi %v323, %v24 : i64
          %v325 = arith.muli %v324, %v2 : i64
          %v326 = arith.addi %v322, %v325 : i64
          %v327 = llvm.getelementptr %in_q[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v328 = llvm.load %v327 : !llvm.ptr -> f32
          %v329 = arith.addi %v82, %v101 : i64
          %v330 = arith.muli %v35, %v124 : i64
          %v331 = arith.muli %v329, %v123 : i64
          %v332 = arith.addi %v330, %v331 : i64
          %v333 = arith.muli %v33, %v122 : i64
          %v334 = arith.addi %v332, %v333 : i64
          %v335 = arith.muli %v24, %v2 : i64
          %v336 = arith.addi %v334, %v335 : i64
          %v337 = llvm.getelementptr %in_k[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v338 = llvm.load %v337 : !llvm.ptr -> f32
          %v339 = arith.muli %v35, %v124 : i64
          %v340 = arith.muli %v329, %v123 : i64
          %v341 = arith.addi %v339, %v340 : i64
          %v342 = arith.muli %v33, %v122 : i64
          %v343 = arith.addi %v341, %v342 : i64
          %v344 = arith.constant 8 : i64
          %v345 = arith.addi %v344, %v24 : i64
          %v346 = arith.muli %v345, %v2 : i64
          %v347 = arith.addi %v343, %v346 : i64
          %v348 = llvm.getelementptr %in_k[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v349 = llvm.load %v348 : !llvm.ptr -> f32
          %v350 = arith.muli %v35, %v124 : i64
          %v351 = arith.muli %v329, %v123 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = arith.muli %v33, %v122 : i64
          %v354 = arith.addi %v352, %v353 : i64
          %v355 = arith.muli %v24, %v2 : i64
          %v356 = arith.addi %v354, %v355 : i64
          %v357 = llvm.getelementptr %in_q[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v358 = llvm.load %v357 : !llvm.ptr -> f32
          %v359 = arith.muli %v35, %v124 : i64
          %v360 = arith.muli %v329, %v123 : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = arith.muli %v33, %v122 : i64
          %v363 = arith.addi %v361, %v362 : i64
          %v364 = arith.constant 8 : i64
          %v365 = arith.addi %v364, %v24 : i64
          %v366 = arith.muli %v365, %v2 : i64
          %v367 = arith.addi %v363, %v366 : i64
          %v368 = llvm.getelementptr %in_q[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v369 = llvm.load %v368 : !llvm.ptr -> f32
          %v370 = arith.addi %v82, %v103 : i64
          %v371 = arith.muli %v35, %v124 : i64
          %v372 = arith.muli %v370, %v123 : i64
          %v373 = arith.addi %v371, %v372 : i64
          %v374 = arith.muli %v33, %v122 : i64
          %v375 = arith.addi %v373, %v374 : i64
          %v376 = arith.muli %v24, %v2 : i64
          %v377 = arith.addi %v375, %v376 : i64
          %v378 = llvm.getelementptr %in_k[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v379 = llvm.load %v378 : !llvm.ptr -> f32
          %v380 = arith.muli %v35, %v124 : i64
          %v381 = arith.muli %v370, %v123 : i64
          %v382 = arith.addi %v380, %v381 : i64
          %v383 = arith.muli %v33, %v122 : i64
          %v384 = arith.addi %v382, %v383 : i64
          %v385 = arith.constant 8 : i64
          %v386 = arith.addi %v385, %v24 : i64
          %v387 = arith.muli %v386, %v2 : i64
          %v388 = arith.addi %v384, %v387 : i64
          %v389 = llvm.getelementptr %in_k[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v390 = llvm.load %v389 : !llvm.ptr -> f32
          %v391 = arith.muli %v35, %v124 : i64
          %v392 = arith.muli %v370, %v123 : i64
          %v393 = arith.addi %v391, %v392 : i64
          %v394 = arith.muli %v33, %v122 : i64
          %v395 = arith.addi %v393, %v394 : i64
          %v396 = arith.muli %v24, %v2 : i64
          %v397 = arith.addi %v395, %v396 : i64
          %v398 = llvm.getelementptr %in_q[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v399 = llvm.load %v398 : !llvm.ptr -> f32
          %v400 = arith.muli %v35, %v124 : i64
          %v401 = arith.muli %v370, %v123 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = arith.muli %v33, %v122 : i64
          %v404 = arith.addi %v402, %v403 : i64
          %v405 = arith.constant 8 : i64
          %v406 = arith.addi %v405, %v24 : i64
          %v407 = arith.muli %v406, %v2 : i64
          %v408 = arith.addi %v404, %v407 : i64
          %v409 = llvm.getelementptr %in_q[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v410 = llvm.load %v409 : !llvm.ptr -> f32
          %v411 = arith.addi %v82, %v105 : i64
          %v412 = arith.muli %v35, %v124 : i64
          %v413 = arith.muli %v411, %v123 : i64
          %v414 = arith.addi %v412, %v413 : i64
          %v415 = arith.muli %v33, %v122 : i64
          %v416 = arith.addi %v414, %v415 : i64
          %v417 = arith.muli %v24, %v2 : i64
          %v418 = arith.addi %v416, %v417 : i64
          %v419 = llvm.getelementptr %in_k[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v420 = llvm.load %v419 : !llvm.ptr -> f32
          %v421 = arith.muli %v35, %v124 : i64
          %v422 = arith.muli %v411, %v123 : i64
          %v423 = arith.addi %v421, %v422 : i64
          %v424 = arith.muli %v33, %v122 : i64
          %v425 = arith.addi %v423, %v424 : i64
          %v426 = arith.constant 8 : i64
          %v427 = arith.addi %v426, %v24 : i64
          %v428 = arith.muli %v427, %v2 : i64
          %v429 = arith.addi %v425, %v428 : i64
          %v430 = llvm.getelementptr %in_k[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v431 = llvm.load %v430 : !llvm.ptr -> f32
          %v432 = arith.muli %v35, %v124 : i64
          %v433 = arith.muli %v411, %v123 : i64
          %v434 = arith.addi %v432, %v433 : i64
          %v435 = arith.muli %v33, %v122 : i64
          %v436 = arith.addi %v434, %v435 : i64
          %v437 = arith.muli %v24, %v2 : i64
          %v438 = arith.addi %v436, %v437 : i64
          %v439 = llvm.getelementptr %in_q[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v440 = llvm.load %v439 : !llvm.ptr -> f32
          %v441 = arith.muli %v35, %v124 : i64
          %v442 = arith.muli %v411, %v123 : i64
          %v443 = arith.addi %v441, %v442 : i64
          %v444 = arith.muli %v33, %v122 : i64
          %v445 = arith.addi %v443, %v444 : i64
          %v446 = arith.constant 8 : i64
          %v447 = arith.addi %v446, %v24 : i64
          %v448 = arith.muli %v447, %v2 : i64
          %v449 = arith.addi %v445, %v448 : i64
          %v450 = llvm.getelementptr %in_q[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v451 = llvm.load %v450 : !llvm.ptr -> f32
          %v452 = arith.addi %v82, %v106 : i64
          %v453 = arith.muli %v35, %v124 : i64
          %v454 = arith.muli %v452, %v123 : i64
          %v455 = arith.addi %v453, %v454 : i64
          %v456 = arith.muli %v33, %v122 : i64
          %v457 = arith.addi %v455, %v456 : i64
          %v458 = arith.muli %v24, %v2 : i64
          %v459 = arith.addi %v457, %v458 : i64
          %v460 = llvm.getelementptr %in_k[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v461 = llvm.load %v460 : !llvm.ptr -> f32
          %v462 = arith.muli %v35, %v124 : i64
          %v463 = arith.muli %v452, %v123 : i64
          %v464 = arith.addi %v462, %v463 : i64
          %v465 = arith.muli %v33, %v122 : i64
          %v466 = arith.addi %v464, %v465 : i64
          %v467 = arith.constant 8 : i64
          %v468 = arith.addi %v467, %v24 : i64
          %v469 = arith.muli %v468, %v2 : i64
          %v470 = arith.addi %v466, %v469 : i64
          %v471 = llvm.getelementptr %in_k[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v472 = llvm.load %v471 : !llvm.ptr -> f32
          %v473 = arith.muli %v35, %v124 : i64
          %v474 = arith.muli %v452, %v123 : i64
          %v475 = arith.addi %v473, %v474 : i64
          %v476 = arith.muli %v33, %v122 : i64
          %v477 = arith.addi %v475, %v476 : i64
          %v478 = arith.muli %v24, %v2 : i64
          %v479 = arith.addi %v477, %v478 : i64
          %v480 = llvm.getelementptr %in_q[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v481 = llvm.load %v480 : !llvm.ptr -> f32
          %v482 = arith.muli %v35, %v124 : i64
          %v483 = arith.muli %v452, %v123 : i64
          %v484 = arith.addi %v482, %v483 : i64
          %v485 = arith.muli %v33, %v122 : i64
          %v486 = arith.addi %v484, %v485 : i64
          %v487 = arith.constant 8 : i64
          %v488 = arith.addi %v487, %v24 : i64
          %v489 = arith.muli %v488, %v2 : i64
          %v490 = arith.addi %v486, %v489 : i64
          %v491 = llvm.getelementptr %in_q[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v492 = llvm.load %v491 : !llvm.ptr -> f32
          %v493 = arith.addi %v82, %v108 : i64
          %v494 = arith.muli %v35, %v124 : i64
          %v495 = arith.muli %v493, %v123 : i64
          %v496 = arith.addi %v494, %v495 : i64
          %v497 = arith.muli %v33, %v122 : i64
          %v498 = arith.addi %v496, %v497 : i64
          %v499 = arith.muli %v24, %v2 : i64
          %v500 = arith.addi %v498, %v499 : i64
          %v501 = llvm.getelementptr %in_k[%v500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v502 = llvm.load %v501 : !llvm.ptr -> f32
          %v503 = arith.muli %v35, %v124 : i64
          %v504 = arith.muli %v493, %v123 : i64
          %v505 = arith.addi %v503, %v504 : i64
          %v506 = arith.muli %v33, %v122 : i64
          %v507 = arith.addi %v505, %v506 : i64
          %v508 = arith.constant 8 : i64
          %v509 = arith.addi %v508, %v24 : i64
          %v510 = arith.muli %v509, %v2 : i64
          %v511 = arith.addi %v507, %v510 : i64
          %v512 = llvm.getelementptr %in_k[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v513 = llvm.load %v512 : !llvm.ptr -> f32
          %v514 = arith.muli %v35, %v124 : i64
          %v515 = arith.muli %v493, %v123 : i64
          %v516 = arith.addi %v514, %v515 : i64
          %v517 = arith.muli %v33, %v122 : i64
          %v518 = arith.addi %v516, %v517 : i64
          %v519 = arith.muli %v24, %v2 : i64
          %v520 = arith.addi %v518, %v519 : i64
          %v521 = llvm.getelementptr %in_q[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v522 = llvm.load %v521 : !llvm.ptr -> f32
          %v523 = arith.muli %v35, %v124 : i64
          %v524 = arith.muli %v493, %v123 : i64
          %v525 = arith.addi %v523, %v524 : i64
          %v526 = arith.muli %v33, %v122 : i64
          %v527 = arith.addi %v525, %v526 : i64
          %v528 = arith.constant 8 : i64
          %v529 = arith.addi %v528, %v24 : i64
          %v530 = arith.muli %v529, %v2 : i64
          %v531 = arith.addi %v527, %v530 : i64
          %v532 = llvm.getelementptr %in_q[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v533 = llvm.load %v532 : !llvm.ptr -> f32
          %v534 = arith.addi %v82, %v110 : i64
          %v535 = arith.muli %v35, %v124 : i64
          %v536 = arith.muli %v534, %v123 : i64
          %v537 = arith.addi %v535, %v536 : i64
          %v538 = arith.muli %v33, %v122 : i64
          %v539 = arith.addi %v537, %v538 : i64
          %v540 = arith.muli %v24, %v2 : i64
          %v541 = arith.addi %v539, %v540 : i64
          %v542 = llvm.getelementptr %in_k[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v543 = llvm.load %v542 : !llvm.ptr -> f32
          %v544 = arith.muli %v35, %v124 : i64
          %v545 = arith.muli %v534, %v123 : i64
          %v546 = arith.addi %v544, %v545 : i64
          %v547 = arith.muli %v33, %v122 : i64
          %v548 = arith.addi %v546, %v547 : i64
          %v549 = arith.constant 8 : i64
          %v550 = arith.addi %v549, %v24 : i64
          %v551 = arith.muli %v550, %v2 : i64
          %v552 = arith.addi %v548, %v551 : i64
          %v553 = llvm.getelementptr %in_k[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v554 = llvm.load %v553 : !llvm.ptr -> f32
          %v555 = arith.muli %v35, %v124 : i64
          %v556 = arith.muli %v534, %v123 : i64
          %v557 = arith.addi %v555, %v556 : i64
          %v558 = arith.muli %v33, %v122 : i64
          %v559 = arith.addi %v557, %v558 : i64
          %v560 = arith.muli %v24, %v2 : i64
          %v561 = arith.addi %v559, %v560 : i64
          %v562 = llvm.getelementptr %in_q[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v563 = llvm.load %v562 : !llvm.ptr -> f32
          %v564 = arith.muli %v35, %v124 : i64
          %v565 = arith.muli %v534, %v123 : i64
          %v566 = arith.addi %v564, %v565 : i64
          %v567 = arith.muli %v33, %v122 : i64
          %v568 = arith.addi %v566, %v567 : i64
          %v569 = arith.constant 8 : i64
          %v570 = arith.addi %v569, %v24 : i64
          %v571 = arith.muli %v570, %v2 : i64
          %v572 = arith.addi %v568, %v571 : i64
          %v573 = llvm.getelementptr %in_q[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v574 = llvm.load %v573 : !llvm.ptr -> f32
          %v575 = arith.addi %v82, %v112 : i64
          %v576 = arith.muli %v35, %v124 : i64
          %v577 = arith.muli %v575, %v123 : i64
          %v578 = arith.addi %v576, %v577 : i64
          %v579 = arith.muli %v33, %v122 : i64
          %v580 = arith.addi %v578, %v579 : i64
          %v581 = arith.muli %v24, %v2 : i64
          %v582 = arith.addi %v580, %v581 : i64
          %v583 = llvm.getelementptr %in_k[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v584 = llvm.load %v583 : !llvm.ptr -> f32
          %v585 = arith.muli %v35, %v124 : i64
          %v586 = arith.muli %v575, %v123 : i64
          %v587 = arith.addi %v585, %v586 : i64
          %v588 = arith.muli %v33, %v122 : i64
          %v589 = arith.addi %v587, %v588 : i64
          %v590 = arith.constant 8 : i64
          %v591 = arith.addi %v590, %v24 : i64
          %v592 = arith.muli %v591, %v2 : i64
          %v593 = arith.addi %v589, %v592 : i64
          %v594 = llvm.getelementptr %in_k[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v595 = llvm.load %v594 : !llvm.ptr -> f32
          %v596 = arith.muli %v35, %v124 : i64
          %v597 = arith.muli %v575, %v123 : i64
          %v598 = arith.addi %v596, %v597 : i64
          %v599 = arith.muli %v33, %v122 : i64
          %v600 = arith.addi %v598, %v599 : i64
          %v601 = arith.muli %v24, %v2 : i64
          %v602 = arith.addi %v600, %v601 : i64
          %v603 = llvm.getelementptr %in_q[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v604 = llvm.load %v603 : !llvm.ptr -> f32
          %v605 = arith.muli %v35, %v124 : i64
          %v606 = arith.muli %v575, %v123 : i64
          %v607 = arith.addi %v605, %v606 : i64
          %v608 = arith.muli %v33, %v122 : i64
          %v609 = arith.addi %v607, %v608 : i64
          %v610 = arith.constant 8 : i64
          %v611 = arith.addi %v610, %v24 : i64
          %v612 = arith.muli %v611, %v2 : i64
          %v613 = arith.addi %v609, %v612 : i64
          %v614 = llvm.getelementptr %in_q[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v615 = llvm.load %v614 : !llvm.ptr -> f32
          %v616 = arith.addi %v82, %v114 : i64
          %v617 = arith.muli %v35, %v124 : i64
          %v618 = arith.muli %v616, %v123 : i64
          %v619 = arith.addi %v617, %v618 : i64
          %v620 = arith.muli %v33, %v122 : i64
          %v621 = arith.addi %v619, %v620 : i64
          %v622 = arith.muli %v24, %v2 : i64
          %v623 = arith.addi %v621, %v622 : i64
          %v624 = llvm.getelementptr %in_k[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v625 = llvm.load %v624 : !llvm.ptr -> f32
          %v626 = arith.muli %v35, %v124 : i64
          %v627 = arith.muli %v616, %v123 : i64
          %v628 = arith.addi %v626, %v627 : i64
          %v629 = arith.muli %v33, %v122 : i64
          %v630 = arith.addi %v628, %v629 : i64
          %v631 = arith.constant 8 : i64
          %v632 = arith.addi %v631, %v24 : i64
          %v633 = arith.muli %v632, %v2 : i64
          %v634 = arith.addi %v630, %v633 : i64
          %v635 = llvm.getelementptr %in_k[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v636 = llvm.load %v635 : !llvm.ptr -> f32
          %v637 = arith.muli %v35, %v124 : i64
          %v638 = arith.muli %v616, %v123 : i64
          %v639 = arith.addi %v637, %v638 : i64
          %v640 = arith.muli %v33, %v122 : i64
          %v641 = arith.addi %v639, %v640 : i64
          %v642 = arith.muli %v24, %v2 : i64
          %v643 = arith.addi %v641, %v642 : i64
          %v644 = llvm.getelementptr %in_q[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v645 = llvm.load %v644 : !llvm.ptr -> f32
          %v646 = arith.muli %v35, %v124 : i64
          %v647 = arith.muli %v616, %v123 : i64
          %v648 = arith.addi %v646, %v647 : i64
          %v649 = arith.muli %v33, %v122 : i64
          %v650 = arith.addi %v648, %v649 : i64
          %v651 = arith.constant 8 : i64
          %v652 = arith.addi %v651, %v24 : i64
          %v653 = arith.muli %v652, %v2 : i64
          %v654 = arith.addi %v650, %v653 : i64
          %v655 = llvm.getelementptr %in_q[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v656 = llvm.load %v655 : !llvm.ptr -> f32
          %v657 = arith.addi %v82, %v116 : i64
          %v658 = arith.muli %v35, %v124 : i64
          %v659 = arith.muli %v657, %v123 : i64
          %v660 = arith.addi %v658, %v659 : i64
          %v661 = arith.muli %v33, %v122 : i64
          %v662 = arith.addi %v660, %v661 : i64
          %v663 = arith.muli %v24, %v2 : i64
          %v664 = arith.addi %v662, %v663 : i64
          %v665 = llvm.getelementptr %in_k[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v666 = llvm.load %v665 : !llvm.ptr -> f32
          %v667 = arith.muli %v35, %v124 : i64
          %v668 = arith.muli %v657, %v123 : i64
          %v669 = arith.addi %v667, %v668 : i64
          %v670 = arith.muli %v33, %v122 : i64
          %v671 = arith.addi %v669, %v670 : i64
          %v672 = arith.constant 8 : i64
          %v673 = arith.addi %v672, %v24 : i64
          %v674 = arith.muli %v673, %v2 : i64
          %v675 = arith.addi %v671, %v674 : i64
          %v676 = llvm.getelementptr %in_k[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v677 = llvm.load %v676 : !llvm.ptr -> f32
          %v678 = arith.muli %v35, %v124 : i64
          %v679 = arith.muli %v657, %v123 : i64
          %v680 = arith.addi %v678, %v679 : i64
          %v681 = arith.muli %v33, %v122 : i64
          %v682 = arith.addi %v680, %v681 : i64
          %v683 = arith.muli %v24, %v2 : i64
          %v684 = arith.addi %v682, %v683 : i64
          %v685 = llvm.getelementptr %in_q[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v686 = llvm.load %v685 : !llvm.ptr -> f32
          %v687 = arith.muli %v35, %v124 : i64
          %v688 = arith.muli %v657, %v123 : i64
          %v689 = arith.addi %v687, %v688 : i64
          %v690 = arith.muli %v33, %v122 : i64
          %v691 = arith.addi %v689, %v690 : i64
          %v692 = arith.constant 8 : i64
          %v693 = arith.addi %v692, %v24 : i64
          %v694 = arith.muli %v693, %v2 : i64
          %v695 = arith.addi %v691, %v694 : i64
          %v696 = llvm.getelementptr %in_q[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v697 = llvm.load %v696 : !llvm.ptr -> f32
          %v698 = arith.addi %v82, %v118 : i64
          %v699 = arith.muli %v35, %v124 : i64
          %v700 = arith.muli %v698, %v123 : i64
          %v701 = arith.addi %v699, %v700 : i64
          %v702 = arith.muli %v33, %v122 : i64
          %v703 = arith.addi %v701, %v702 : i64
          %v704 = arith.muli %v24, %v2 : i64
          %v705 = arith.addi %v703, %v704 : i64
          %v706 = llvm.getelementptr %in_k[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v707 = llvm.load %v706 : !llvm.ptr -> f32
          %v708 = arith.muli %v35, %v124 : i64
          %v709 = arith.muli %v698, %v123 : i64
          %v710 = arith.addi %v708, %v709 : i64
          %v711 = arith.muli %v33, %v122 : i64
          %v712 = arith.addi %v710, %v711 : i64
          %v713 = arith.constant 8 : i64
          %v714 = arith.addi %v713, %v24 : i64
          %v715 = arith.muli %v714, %v2 : i64
          %v716 = arith.addi %v712, %v715 : i64
          %v717 = llvm.getelementptr %in_k[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v718 = llvm.load %v717 : !llvm.ptr -> f32
          %v719 = arith.muli %v35, %v124 : i64
          %v720 = arith.muli %v698, %v123 : i64
          %v721 = arith.addi %v719, %v720 : i64
          %v722 = arith.muli %v33, %v122 : i64
          %v723 = arith.addi %v721, %v722 : i64
          %v724 = arith.muli %v24, %v2 : i64
          %v725 = arith.addi %v723, %v724 : i64
          %v726 = llvm.getelementptr %in_q[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v727 = llvm.load %v726 : !llvm.ptr -> f32
          %v728 = arith.muli %v35, %v124 : i64
          %v729 = arith.muli %v698, %v123 : i64
          %v730 = arith.addi %v728, %v729 : i64
          %v731 = arith.muli %v33, %v122 : i64
          %v732 = arith.addi %v730, %v731 : i64
          %v733 = arith.constant 8 : i64
          %v734 = arith.addi %v733, %v24 : i64
          %v735 = arith.muli %v734, %v2 : i64
          %v736 = arith.addi %v732, %v735 : i64
          %v737 = llvm.getelementptr %in_q[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v738 = llvm.load %v737 : !llvm.ptr -> f32
          %v739 = arith.addi %v82, %v120 : i64
          %v740 = arith.muli %v35, %v124 : i64
          %v741 = arith.muli %v739, %v123 : i64
          %v742 = arith.addi %v740, %v741 : i64
          %v743 = arith.muli %v33, %v122 : i64
          %v744 = arith.addi %v742, %v743 : i64
          %v745 = arith.muli %v24, %v2 : i64
          %v746 = arith.addi %v744, %v745 : i64
          %v747 = llvm.getelementptr %in_k[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v748 = llvm.load %v747 : !llvm.ptr -> f32
          %v749 = arith.muli %v35, %v124 : i64
          %v750 = arith.muli %v739, %v123 : i64
          %v751 = arith.addi %v749, %v750 : i64
          %v752 = arith.muli %v33, %v122 : i64
          %v753 = arith.addi %v751, %v752 : i64
          %v754 = arith.constant 8 : i64
          %v755 = arith.addi %v754, %v24 : i64
          %v756 = arith.muli %v755, %v2 : i64
          %v757 = arith.addi %v753, %v756 : i64
          %v758 = llvm.getelementptr %in_k[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v759 = llvm.load %v758 : !llvm.ptr -> f32
          %v760 = arith.muli %v35, %v124 : i64
          %v761 = arith.muli %v739, %v123 : i64
          %v762 = arith.addi %v760, %v761 : i64
          %v763 = arith.muli %v33, %v122 : i64
          %v764 = arith.addi %v762, %v763 : i64
          %v765 = arith.muli %v24, %v2 : i64
          %v766 = arith.addi %v764, %v765 : i64
          %v767 = llvm.getelementptr %in_q[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v768 = llvm.load %v767 : !llvm.ptr -> f32
          %v769 = arith.muli %v35, %v124 : i64
          %v770 = arith.muli %v739, %v123 : i64
          %v771 = arith.addi %v769, %v770 : i64
          %v772 = arith.muli %v33, %v122 : i64
          %v773 = arith.addi %v771, %v772 : i64
          %v774 = arith.constant 8 : i64
          %v775 = arith.addi %v774, %v24 : i64
          %v776 = arith.muli %v775, %v2 : i64
          %v777 = arith.addi %v773, %v776 : i64
          %v778 = llvm.getelementptr %in_q[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v779 = llvm.load %v778 : !llvm.ptr -> f32
          %v780 = arith.addi %v91, %v42 : i64
          %v781 = arith.addi %v780, %v24 : i64
          %v782 = arith.addi %v82, %v781 : i64
          %v785 = arith.muli %v35, %v784 : i64
          %v786 = arith.muli %v782, %v783 : i64
          %v787 = arith.addi %v785, %v786 : i64
          %v788 = arith.muli %v33, %v2 : i64
          %v789 = arith.addi %v787, %v788 : i64
          %v790 = llvm.getelementptr %in_fg[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v791 = llvm.load %v790 : !llvm.ptr -> f32
          %v793 = arith.negf %v791 : f32
          %v795 = arith.mulf %v793, %v794 fastmath<contract> : f32
          %v796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v795) : (f32) -> f32
          %v797 = arith.addf %v792, %v796 fastmath<contract> : f32
          %v798 = arith.divf %v792, %v797 : f32
          %v799 = arith.muli %v35, %v784 : i64
          %v800 = arith.muli %v782, %v783 : i64
          %v801 = arith.addi %v799, %v800 : i64
          %v802 = arith.muli %v33, %v2 : i64
          %v803 = arith.addi %v801, %v802 : i64
          %v804 = llvm.getelementptr %in_ig[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v805 = llvm.load %v804 : !llvm.ptr -> f32
          %v806 = arith.mulf %v805, %v794 fastmath<contract> : f32
          %v807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v806) : (f32) -> f32
          %v811 = arith.muli %v35, %v810 : i64
          %v812 = arith.muli %v782, %v809 : i64
          %v813 = arith.addi %v811, %v812 : i64
          %v814 = arith.muli %v33, %v808 : i64
          %v815 = arith.addi %v813, %v814 : i64
          %v816 = arith.muli %v31, %v2 : i64
          %v817 = arith.addi %v815, %v816 : i64
          %v818 = llvm.getelementptr %in_v[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v819 = llvm.load %v818 : !llvm.ptr -> f32
          %v820 = arith.addi %v91, %v18 : i64
          %v821 = arith.addi %v820, %v24 : i64
          %v822 = arith.addi %v82, %v821 : i64
          %v823 = arith.muli %v35, %v784 : i64
          %v824 = arith.muli %v822, %v783 : i64
          %v825 = arith.addi %v823, %v824 : i64
          %v826 = arith.muli %v33, %v2 : i64
          %v827 = arith.addi %v825, %v826 : i64
          %v828 = llvm.getelementptr %in_fg[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v829 = llvm.load %v828 : !llvm.ptr -> f32
          %v830 = arith.negf %v829 : f32
          %v831 = arith.mulf %v830, %v794 fastmath<contract> : f32
          %v832 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v831) : (f32) -> f32
          %v833 = arith.addf %v792, %v832 fastmath<contract> : f32
          %v834 = arith.divf %v792, %v833 : f32
          %v835 = arith.muli %v35, %v784 : i64
          %v836 = arith.muli %v822, %v783 : i64
          %v837 = arith.addi %v835, %v836 : i64
          %v838 = arith.muli %v33, %v2 : i64
          %v839 = arith.addi %v837, %v838 : i64
          %v840 = llvm.getelementptr %in_ig[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v841 = llvm.load %v840 : !llvm.ptr -> f32
          %v842 = arith.mulf %v841, %v794 fastmath<contract> : f32
          %v843 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v842) : (f32) -> f32
          %v844 = arith.muli %v35, %v810 : i64
          %v845 = arith.muli %v822, %v809 : i64
          %v846 = arith.addi %v844, %v845 : i64
          %v847 = arith.muli %v33, %v808 : i64
          %v848 = arith.addi %v846, %v847 : i64
          %v849 = arith.muli %v31, %v2 : i64
          %v850 = arith.addi %v848, %v849 : i64
          %v851 = llvm.getelementptr %in_v[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v852 = llvm.load %v851 : !llvm.ptr -> f32
          %v889 = arith.addi %v82, %v92 : i64
          %v890, %v891 = gpu.shuffle idx %v798, %v857, %v888 : f32
          %v892, %v893 = gpu.shuffle idx %v807, %v857, %v888 : f32
          %v894, %v895 = gpu.shuffle idx %v819, %v857, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v896 = arith.remui %v889, %v12 : i64
          %v897 = arith.cmpi eq, %v896, %v42 : i64
          %v898 = arith.andi %v897, %v28 : i1
          scf.if %v898 {
            %v899 = arith.divui %v889, %v12 : i64
            %v900 = llvm.mlir.zero : !llvm.ptr
            %v901 = llvm.icmp "ne" %ckpt_C, %v900 : !llvm.ptr
            scf.if %v901 {
              %v906 = arith.muli %v899, %v905 : i64
              %v907 = llvm.load %v6 : !llvm.ptr -> f32
              %v911 = arith.muli %v35, %v910 : i64
              %v912 = arith.muli %v33, %v909 : i64
              %v913 = arith.addi %v911, %v912 : i64
              %v914 = arith.muli %v24, %v908 : i64
              %v915 = arith.addi %v913, %v914 : i64
              %v916 = arith.muli %v31, %v2 : i64
              %v917 = arith.addi %v915, %v916 : i64
              %v918 = arith.addi %v906, %v917 : i64
              %v919 = llvm.getelementptr %ckpt_C[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v907, %v919 : f32, !llvm.ptr
              %v920 = llvm.load %v7 : !llvm.ptr -> f32
              %v921 = arith.muli %v35, %v910 : i64
              %v922 = arith.muli %v33, %v909 : i64
              %v923 = arith.addi %v921, %v922 : i64
              %v924 = arith.constant 8 : i64
              %v925 = arith.addi %v924, %v24 : i64
              %v926 = arith.muli %v925, %v908 : i64
              %v927 = arith.addi %v923, %v926 : i64
              %v928 = arith.muli %v31, %v2 : i64
              %v929 = arith.addi %v927, %v928 : i64
              %v930 = arith.addi %v906, %v929 : i64
              %v931 = llvm.getelementptr %ckpt_C[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v920, %v931 : f32, !llvm.ptr
            }
            %v932 = llvm.mlir.zero : !llvm.ptr
            %v933 = llvm.icmp "ne" %ckpt_n, %v932 : !llvm.ptr
            scf.if %v933 {
              %v937 = arith.muli %v899, %v936 : i64
              %v938 = llvm.load %v8 : !llvm.ptr -> f32
              %v941 = arith.muli %v35, %v940 : i64
              %v942 = arith.muli %v33, %v939 : i64
              %v943 = arith.addi %v941, %v942 : i64
              %v944 = arith.muli %v24, %v2 : i64
              %v945 = arith.addi %v943, %v944 : i64
              %v946 = arith.addi %v937, %v945 : i64
              %v947 = llvm.getelementptr %ckpt_n[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v938, %v947 : f32, !llvm.ptr
              %v948 = llvm.load %v9 : !llvm.ptr -> f32
              %v949 = arith.muli %v35, %v940 : i64
              %v950 = arith.muli %v33, %v939 : i64
              %v951 = arith.addi %v949, %v950 : i64
              %v952 = arith.constant 8 : i64
              %v953 = arith.addi %v952, %v24 : i64
              %v954 = arith.muli %v953, %v2 : i64
              %v955 = arith.addi %v951, %v954 : i64
              %v956 = arith.addi %v937, %v955 : i64
              %v957 = llvm.getelementptr %ckpt_n[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v948, %v957 : f32, !llvm.ptr
            }
          }
          // end save
          %v960 = arith.divf %v133, %v959 : f32
          %v961 = arith.mulf %v892, %v960 fastmath<contract> : f32
          %v962 = arith.mulf %v961, %v894 fastmath<contract> : f32
          %v963 = llvm.load %v6 : !llvm.ptr -> f32
          %v964 = arith.mulf %v890, %v963 fastmath<contract> : f32
          %v965 = arith.addf %v964, %v962 fastmath<contract> : f32
          %v966 = arith.divf %v144, %v959 : f32
          %v967 = arith.mulf %v892, %v966 fastmath<contract> : f32
          %v968 = arith.mulf %v967, %v894 fastmath<contract> : f32
          %v969 = llvm.load %v7 : !llvm.ptr -> f32
          %v970 = arith.mulf %v890, %v969 fastmath<contract> : f32
          %v971 = arith.addf %v970, %v968 fastmath<contract> : f32
          %v972 = llvm.load %v8 : !llvm.ptr -> f32
          %v973 = arith.mulf %v890, %v972 fastmath<contract> : f32
          %v974 = arith.addf %v973, %v961 fastmath<contract> : f32
          %v975 = llvm.load %v9 : !llvm.ptr -> f32
          %v976 = arith.mulf %v890, %v975 fastmath<contract> : f32
          %v977 = arith.addf %v976, %v967 fastmath<contract> : f32
          llvm.store %v965, %v6 : f32, !llvm.ptr
          llvm.store %v971, %v7 : f32, !llvm.ptr
          llvm.store %v974, %v8 : f32, !llvm.ptr
          llvm.store %v977, %v9 : f32, !llvm.ptr
          %v978 = llvm.load %v6 : !llvm.ptr -> f32
          %v979 = arith.mulf %v153, %v978 fastmath<contract> : f32
          %v980 = llvm.load %v7 : !llvm.ptr -> f32
          %v981 = arith.mulf %v164, %v980 fastmath<contract> : f32
          %v982 = arith.addf %v979, %v981 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v985, %v986 = gpu.shuffle xor %v982, %v983, %v984 : f32
          %v987 = arith.addf %v982, %v985 fastmath<contract> : f32
          %v989, %v990 = gpu.shuffle xor %v987, %v988, %v984 : f32
          %v991 = arith.addf %v987, %v989 fastmath<contract> : f32
          %v993, %v994 = gpu.shuffle xor %v991, %v992, %v984 : f32
          %v995 = arith.addf %v991, %v993 fastmath<contract> : f32
          // end sum over the lanes
          %v996 = llvm.load %v8 : !llvm.ptr -> f32
          %v997 = arith.mulf %v153, %v996 fastmath<contract> : f32
          %v998 = llvm.load %v9 : !llvm.ptr -> f32
          %v999 = arith.mulf %v164, %v998 fastmath<contract> : f32
          %v1000 = arith.addf %v997, %v999 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1001, %v1002 = gpu.shuffle xor %v1000, %v983, %v984 : f32
          %v1003 = arith.addf %v1000, %v1001 fastmath<contract> : f32
          %v1004, %v1005 = gpu.shuffle xor %v1003, %v988, %v984 : f32
          %v1006 = arith.addf %v1003, %v1004 fastmath<contract> : f32
          %v1007, %v1008 = gpu.shuffle xor %v1006, %v992, %v984 : f32
          %v1009 = arith.addf %v1006, %v1007 fastmath<contract> : f32
          // end sum over the lanes
          %v1010 = arith.addi %v82, %v93 : i64
          %v1011, %v1012 = gpu.shuffle idx %v798, %v861, %v888 : f32
          %v1013, %v1014 = gpu.shuffle idx %v807, %v861, %v888 : f32
          %v1015, %v1016 = gpu.shuffle idx %v819, %v861, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1017 = arith.remui %v1010, %v12 : i64
          %v1018 = arith.cmpi eq, %v1017, %v42 : i64
          %v1019 = arith.andi %v1018, %v28 : i1
          scf.if %v1019 {
            %v1020 = arith.divui %v1010, %v12 : i64
            %v1021 = llvm.mlir.zero : !llvm.ptr
            %v1022 = llvm.icmp "ne" %ckpt_C, %v1021 : !llvm.ptr
            scf.if %v1022 {
              %v1027 = arith.muli %v1020, %v1026 : i64
              %v1028 = llvm.load %v6 : !llvm.ptr -> f32
              %v1029 = arith.muli %v35, %v910 : i64
              %v1030 = arith.muli %v33, %v909 : i64
              %v1031 = arith.addi %v1029, %v1030 : i64
              %v1032 = arith.muli %v24, %v908 : i64
              %v1033 = arith.addi %v1031, %v1032 : i64
              %v1034 = arith.muli %v31, %v2 : i64
              %v1035 = arith.addi %v1033, %v1034 : i64
              %v1036 = arith.addi %v1027, %v1035 : i64
              %v1037 = llvm.getelementptr %ckpt_C[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1028, %v1037 : f32, !llvm.ptr
              %v1038 = llvm.load %v7 : !llvm.ptr -> f32
              %v1039 = arith.muli %v35, %v910 : i64
              %v1040 = arith.muli %v33, %v909 : i64
              %v1041 = arith.addi %v1039, %v1040 : i64
              %v1042 = arith.constant 8 : i64
              %v1043 = arith.addi %v1042, %v24 : i64
              %v1044 = arith.muli %v1043, %v908 : i64
              %v1045 = arith.addi %v1041, %v1044 : i64
              %v1046 = arith.muli %v31, %v2 : i64
              %v1047 = arith.addi %v1045, %v1046 : i64
              %v1048 = arith.addi %v1027, %v1047 : i64
              %v1049 = llvm.getelementptr %ckpt_C[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1038, %v1049 : f32, !llvm.ptr
            }
            %v1050 = llvm.mlir.zero : !llvm.ptr
            %v1051 = llvm.icmp "ne" %ckpt_n, %v1050 : !llvm.ptr
            scf.if %v1051 {
              %v1055 = arith.muli %v1020, %v1054 : i64
              %v1056 = llvm.load %v8 : !llvm.ptr -> f32
              %v1057 = arith.muli %v35, %v940 : i64
              %v1058 = arith.muli %v33, %v939 : i64
              %v1059 = arith.addi %v1057, %v1058 : i64
              %v1060 = arith.muli %v24, %v2 : i64
              %v1061 = arith.addi %v1059, %v1060 : i64
              %v1062 = arith.addi %v1055, %v1061 : i64
              %v1063 = llvm.getelementptr %ckpt_n[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1056, %v1063 : f32, !llvm.ptr
              %v1064 = llvm.load %v9 : !llvm.ptr -> f32
              %v1065 = arith.muli %v35, %v940 : i64
              %v1066 = arith.muli %v33, %v939 : i64
              %v1067 = arith.addi %v1065, %v1066 : i64
              %v1068 = arith.constant 8 : i64
              %v1069 = arith.addi %v1068, %v24 : i64
              %v1070 = arith.muli %v1069, %v2 : i64
              %v1071 = arith.addi %v1067, %v1070 : i64
              %v1072 = arith.addi %v1055, %v1071 : i64
              %v1073 = llvm.getelementptr %ckpt_n[%v1072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1064, %v1073 : f32, !llvm.ptr
            }
          }
          // end save
          %v1074 = arith.divf %v174, %v959 : f32
          %v1075 = arith.mulf %v1013, %v1074 fastmath<contract> : f32
          %v1076 = arith.mulf %v1075, %v1015 fastmath<contract> : f32
          %v1077 = llvm.load %v6 : !llvm.ptr -> f32
          %v1078 = arith.mulf %v1011, %v1077 fastmath<contract> : f32
          %v1079 = arith.addf %v1078, %v1076 fastmath<contract> : f32
          %v1080 = arith.divf %v185, %v959 : f32
          %v1081 = arith.mulf %v1013, %v1080 fastmath<contract> : f32
          %v1082 = arith.mulf %v1081, %v1015 fastmath<contract> : f32
          %v1083 = llvm.load %v7 : !llvm.ptr -> f32
          %v1084 = arith.mulf %v1011, %v1083 fastmath<contract> : f32
          %v1085 = arith.addf %v1084, %v1082 fastmath<contract> : f32
          %v1086 = llvm.load %v8 : !llvm.ptr -> f32
          %v1087 = arith.mulf %v1011, %v1086 fastmath<contract> : f32
          %v1088 = arith.addf %v1087, %v1075 fastmath<contract> : f32
          %v1089 = llvm.load %v9 : !llvm.ptr -> f32
          %v1090 = arith.mulf %v1011, %v1089 fastmath<contract> : f32
          %v1091 = arith.addf %v1090, %v1081 fastmath<contract> : f32
          llvm.store %v1079, %v6 : f32, !llvm.ptr
          llvm.store %v1085, %v7 : f32, !llvm.ptr
          llvm.store %v1088, %v8 : f32, !llvm.ptr
          llvm.store %v1091, %v9 : f32, !llvm.ptr
          %v1092 = llvm.load %v6 : !llvm.ptr -> f32
          %v1093 = arith.mulf %v194, %v1092 fastmath<contract> : f32
          %v1094 = llvm.load %v7 : !llvm.ptr -> f32
          %v1095 = arith.mulf %v205, %v1094 fastmath<contract> : f32
          %v1096 = arith.addf %v1093, %v1095 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1097, %v1098 = gpu.shuffle xor %v1096, %v983, %v984 : f32
          %v1099 = arith.addf %v1096, %v1097 fastmath<contract> : f32
          %v1100, %v1101 = gpu.shuffle xor %v1099, %v988, %v984 : f32
          %v1102 = arith.addf %v1099, %v1100 fastmath<contract> : f32
          %v1103, %v1104 = gpu.shuffle xor %v1102, %v992, %v984 : f32
          %v1105 = arith.addf %v1102, %v1103 fastmath<contract> : f32
          // end sum over the lanes
          %v1106 = llvm.load %v8 : !llvm.ptr -> f32
          %v1107 = arith.mulf %v194, %v1106 fastmath<contract> : f32
          %v1108 = llvm.load %v9 : !llvm.ptr -> f32
          %v1109 = arith.mulf %v205, %v1108 fastmath<contract> : f32
          %v1110 = arith.addf %v1107, %v1109 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1111, %v1112 = gpu.shuffle xor %v1110, %v983, %v984 : f32
          %v1113 = arith.addf %v1110, %v1111 fastmath<contract> : f32
          %v1114, %v1115 = gpu.shuffle xor %v1113, %v988, %v984 : f32
          %v1116 = arith.addf %v1113, %v1114 fastmath<contract> : f32
          %v1117, %v1118 = gpu.shuffle xor %v1116, %v992, %v984 : f32
          %v1119 = arith.addf %v1116, %v1117 fastmath<contract> : f32
          // end sum over the lanes
          %v1120 = arith.addi %v82, %v95 : i64
          %v1121, %v1122 = gpu.shuffle idx %v798, %v865, %v888 : f32
          %v1123, %v1124 = gpu.shuffle idx %v807, %v865, %v888 : f32
          %v1125, %v1126 = gpu.shuffle idx %v819, %v865, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1127 = arith.remui %v1120, %v12 : i64
          %v1128 = arith.cmpi eq, %v1127, %v42 : i64
          %v1129 = arith.andi %v1128, %v28 : i1
          scf.if %v1129 {
            %v1130 = arith.divui %v1120, %v12 : i64
            %v1131 = llvm.mlir.zero : !llvm.ptr
            %v1132 = llvm.icmp "ne" %ckpt_C, %v1131 : !llvm.ptr
            scf.if %v1132 {
              %v1137 = arith.muli %v1130, %v1136 : i64
              %v1138 = llvm.load %v6 : !llvm.ptr -> f32
              %v1139 = arith.muli %v35, %v910 : i64
              %v1140 = arith.muli %v33, %v909 : i64
              %v1141 = arith.addi %v1139, %v1140 : i64
              %v1142 = arith.muli %v24, %v908 : i64
              %v1143 = arith.addi %v1141, %v1142 : i64
              %v1144 = arith.muli %v31, %v2 : i64
              %v1145 = arith.addi %v1143, %v1144 : i64
              %v1146 = arith.addi %v1137, %v1145 : i64
              %v1147 = llvm.getelementptr %ckpt_C[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1138, %v1147 : f32, !llvm.ptr
              %v1148 = llvm.load %v7 : !llvm.ptr -> f32
              %v1149 = arith.muli %v35, %v910 : i64
              %v1150 = arith.muli %v33, %v909 : i64
              %v1151 = arith.addi %v1149, %v1150 : i64
              %v1152 = arith.constant 8 : i64
              %v1153 = arith.addi %v1152, %v24 : i64
              %v1154 = arith.muli %v1153, %v908 : i64
              %v1155 = arith.addi %v1151, %v1154 : i64
              %v1156 = arith.muli %v31, %v2 : i64
              %v1157 = arith.addi %v1155, %v1156 : i64
              %v1158 = arith.addi %v1137, %v1157 : i64
              %v1159 = llvm.getelementptr %ckpt_C[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1148, %v1159 : f32, !llvm.ptr
            }
            %v1160 = llvm.mlir.zero : !llvm.ptr
            %v1161 = llvm.icmp "ne" %ckpt_n, %v1160 : !llvm.ptr
            scf.if %v1161 {
              %v1165 = arith.muli %v1130, %v1164 : i64
              %v1166 = llvm.load %v8 : !llvm.ptr -> f32
              %v1167 = arith.muli %v35, %v940 : i64
              %v1168 = arith.muli %v33, %v939 : i64
              %v1169 = arith.addi %v1167, %v1168 : i64
              %v1170 = arith.muli %v24, %v2 : i64
              %v1171 = arith.addi %v1169, %v1170 : i64
              %v1172 = arith.addi %v1165, %v1171 : i64
              %v1173 = llvm.getelementptr %ckpt_n[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1166, %v1173 : f32, !llvm.ptr
              %v1174 = llvm.load %v9 : !llvm.ptr -> f32
              %v1175 = arith.muli %v35, %v940 : i64
              %v1176 = arith.muli %v33, %v939 : i64
              %v1177 = arith.addi %v1175, %v1176 : i64
              %v1178 = arith.constant 8 : i64
              %v1179 = arith.addi %v1178, %v24 : i64
              %v1180 = arith.muli %v1179, %v2 : i64
              %v1181 = arith.addi %v1177, %v1180 : i64
              %v1182 = arith.addi %v1165, %v1181 : i64
              %v1183 = llvm.getelementptr %ckpt_n[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1174, %v1183 : f32, !llvm.ptr
            }
          }
          // end save
          %v1184 = arith.divf %v215, %v959 : f32
          %v1185 = arith.mulf %v1123, %v1184 fastmath<contract> : f32
          %v1186 = arith.mulf %v1185, %v1125 fastmath<contract> : f32
          %v1187 = llvm.load %v6 : !llvm.ptr -> f32
          %v1188 = arith.mulf %v1121, %v1187 fastmath<contract> : f32
          %v1189 = arith.addf %v1188, %v1186 fastmath<contract> : f32
          %v1190 = arith.divf %v226, %v959 : f32
          %v1191 = arith.mulf %v1123, %v1190 fastmath<contract> : f32
          %v1192 = arith.mulf %v1191, %v1125 fastmath<contract> : f32
          %v1193 = llvm.load %v7 : !llvm.ptr -> f32
          %v1194 = arith.mulf %v1121, %v1193 fastmath<contract> : f32
          %v1195 = arith.addf %v1194, %v1192 fastmath<contract> : f32
          %v1196 = llvm.load %v8 : !llvm.ptr -> f32
          %v1197 = arith.mulf %v1121, %v1196 fastmath<contract> : f32
          %v1198 = arith.addf %v1197, %v1185 fastmath<contract> : f32
          %v1199 = llvm.load %v9 : !llvm.ptr -> f32
          %v1200 = arith.mulf %v1121, %v1199 fastmath<contract> : f32
          %v1201 = arith.addf %v1200, %v1191 fastmath<contract> : f32
          llvm.store %v1189, %v6 : f32, !llvm.ptr
          llvm.store %v1195, %v7 : f32, !llvm.ptr
          llvm.store %v1198, %v8 : f32, !llvm.ptr
          llvm.store %v1201, %v9 : f32, !llvm.ptr
          %v1202 = llvm.load %v6 : !llvm.ptr -> f32
          %v1203 = arith.mulf %v235, %v1202 fastmath<contract> : f32
          %v1204 = llvm.load %v7 : !llvm.ptr -> f32
          %v1205 = arith.mulf %v246, %v1204 fastmath<contract> : f32
          %v1206 = arith.addf %v1203, %v1205 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1207, %v1208 = gpu.shuffle xor %v1206, %v983, %v984 : f32
          %v1209 = arith.addf %v1206, %v1207 fastmath<contract> : f32
          %v1210, %v1211 = gpu.shuffle xor %v1209, %v988, %v984 : f32
          %v1212 = arith.addf %v1209, %v1210 fastmath<contract> : f32
          %v1213, %v1214 = gpu.shuffle xor %v1212, %v992, %v984 : f32
          %v1215 = arith.addf %v1212, %v1213 fastmath<contract> : f32
          // end sum over the lanes
          %v1216 = llvm.load %v8 : !llvm.ptr -> f32
          %v1217 = arith.mulf %v235, %v1216 fastmath<contract> : f32
          %v1218 = llvm.load %v9 : !llvm.ptr -> f32
          %v1219 = arith.mulf %v246, %v1218 fastmath<contract> : f32
          %v1220 = arith.addf %v1217, %v1219 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1221, %v1222 = gpu.shuffle xor %v1220, %v983, %v984 : f32
          %v1223 = arith.addf %v1220, %v1221 fastmath<contract> : f32
          %v1224, %v1225 = gpu.shuffle xor %v1223, %v988, %v984 : f32
          %v1226 = arith.addf %v1223, %v1224 fastmath<contract> : f32
          %v1227, %v1228 = gpu.shuffle xor %v1226, %v992, %v984 : f32
          %v1229 = arith.addf %v1226, %v1227 fastmath<contract> : f32
          // end sum over the lanes
          %v1230 = arith.addi %v82, %v97 : i64
          %v1231, %v1232 = gpu.shuffle idx %v798, %v869, %v888 : f32
          %v1233, %v1234 = gpu.shuffle idx %v807, %v869, %v888 : f32
          %v1235, %v1236 = gpu.shuffle idx %v819, %v869, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1237 = arith.remui %v1230, %v12 : i64
          %v1238 = arith.cmpi eq, %v1237, %v42 : i64
          %v1239 = arith.andi %v1238, %v28 : i1
          scf.if %v1239 {
            %v1240 = arith.divui %v1230, %v12 : i64
            %v1241 = llvm.mlir.zero : !llvm.ptr
            %v1242 = llvm.icmp "ne" %ckpt_C, %v1241 : !llvm.ptr
            scf.if %v1242 {
              %v1247 = arith.muli %v1240, %v1246 : i64
              %v1248 = llvm.load %v6 : !llvm.ptr -> f32
              %v1249 = arith.muli %v35, %v910 : i64
              %v1250 = arith.muli %v33, %v909 : i64
              %v1251 = arith.addi %v1249, %v1250 : i64
              %v1252 = arith.muli %v24, %v908 : i64
              %v1253 = arith.addi %v1251, %v1252 : i64
              %v1254 = arith.muli %v31, %v2 : i64
              %v1255 = arith.addi %v1253, %v1254 : i64
              %v1256 = arith.addi %v1247, %v1255 : i64
              %v1257 = llvm.getelementptr %ckpt_C[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1248, %v1257 : f32, !llvm.ptr
              %v1258 = llvm.load %v7 : !llvm.ptr -> f32
              %v1259 = arith.muli %v35, %v910 : i64
              %v1260 = arith.muli %v33, %v909 : i64
              %v1261 = arith.addi %v1259, %v1260 : i64
              %v1262 = arith.constant 8 : i64
              %v1263 = arith.addi %v1262, %v24 : i64
              %v1264 = arith.muli %v1263, %v908 : i64
              %v1265 = arith.addi %v1261, %v1264 : i64
              %v1266 = arith.muli %v31, %v2 : i64
              %v1267 = arith.addi %v1265, %v1266 : i64
              %v1268 = arith.addi %v1247, %v1267 : i64
              %v1269 = llvm.getelementptr %ckpt_C[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1258, %v1269 : f32, !llvm.ptr
            }
            %v1270 = llvm.mlir.zero : !llvm.ptr
            %v1271 = llvm.icmp "ne" %ckpt_n, %v1270 : !llvm.ptr
            scf.if %v1271 {
              %v1275 = arith.muli %v1240, %v1274 : i64
              %v1276 = llvm.load %v8 : !llvm.ptr -> f32
              %v1277 = arith.muli %v35, %v940 : i64
              %v1278 = arith.muli %v33, %v939 : i64
              %v1279 = arith.addi %v1277, %v1278 : i64
              %v1280 = arith.muli %v24, %v2 : i64
              %v1281 = arith.addi %v1279, %v1280 : i64
              %v1282 = arith.addi %v1275, %v1281 : i64
              %v1283 = llvm.getelementptr %ckpt_n[%v1282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1276, %v1283 : f32, !llvm.ptr
              %v1284 = llvm.load %v9 : !llvm.ptr -> f32
              %v1285 = arith.muli %v35, %v940 : i64
              %v1286 = arith.muli %v33, %v939 : i64
              %v1287 = arith.addi %v1285, %v1286 : i64
              %v1288 = arith.constant 8 : i64
              %v1289 = arith.addi %v1288, %v24 : i64
              %v1290 = arith.muli %v1289, %v2 : i64
              %v1291 = arith.addi %v1287, %v1290 : i64
              %v1292 = arith.addi %v1275, %v1291 : i64
              %v1293 = llvm.getelementptr %ckpt_n[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1284, %v1293 : f32, !llvm.ptr
            }
          }
          // end save
          %v1294 = arith.divf %v256, %v959 : f32
          %v1295 = arith.mulf %v1233, %v1294 fastmath<contract> : f32
          %v1296 = arith.mulf %v1295, %v1235 fastmath<contract> : f32
          %v1297 = llvm.load %v6 : !llvm.ptr -> f32
          %v1298 = arith.mulf %v1231, %v1297 fastmath<contract> : f32
          %v1299 = arith.addf %v1298, %v1296 fastmath<contract> : f32
          %v1300 = arith.divf %v267, %v959 : f32
          %v1301 = arith.mulf %v1233, %v1300 fastmath<contract> : f32
          %v1302 = arith.mulf %v1301, %v1235 fastmath<contract> : f32
          %v1303 = llvm.load %v7 : !llvm.ptr -> f32
          %v1304 = arith.mulf %v1231, %v1303 fastmath<contract> : f32
          %v1305 = arith.addf %v1304, %v1302 fastmath<contract> : f32
          %v1306 = llvm.load %v8 : !llvm.ptr -> f32
          %v1307 = arith.mulf %v1231, %v1306 fastmath<contract> : f32
          %v1308 = arith.addf %v1307, %v1295 fastmath<contract> : f32
          %v1309 = llvm.load %v9 : !llvm.ptr -> f32
          %v1310 = arith.mulf %v1231, %v1309 fastmath<contract> : f32
          %v1311 = arith.addf %v1310, %v1301 fastmath<contract> : f32
          llvm.store %v1299, %v6 : f32, !llvm.ptr
          llvm.store %v1305, %v7 : f32, !llvm.ptr
          llvm.store %v1308, %v8 : f32, !llvm.ptr
          llvm.store %v1311, %v9 : f32, !llvm.ptr
          %v1312 = llvm.load %v6 : !llvm.ptr -> f32
          %v1313 = arith.mulf %v276, %v1312 fastmath<contract> : f32
          %v1314 = llvm.load %v7 : !llvm.ptr -> f32
          %v1315 = arith.mulf %v287, %v1314 fastmath<contract> : f32
          %v1316 = arith.addf %v1313, %v1315 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1317, %v1318 = gpu.shuffle xor %v1316, %v983, %v984 : f32
          %v1319 = arith.addf %v1316, %v1317 fastmath<contract> : f32
          %v1320, %v1321 = gpu.shuffle xor %v1319, %v988, %v984 : f32
          %v1322 = arith.addf %v1319, %v1320 fastmath<contract> : f32
          %v1323, %v1324 = gpu.shuffle xor %v1322, %v992, %v984 : f32
          %v1325 = arith.addf %v1322, %v1323 fastmath<contract> : f32
          // end sum over the lanes
          %v1326 = llvm.load %v8 : !llvm.ptr -> f32
          %v1327 = arith.mulf %v276, %v1326 fastmath<contract> : f32
          %v1328 = llvm.load %v9 : !llvm.ptr -> f32
          %v1329 = arith.mulf %v287, %v1328 fastmath<contract> : f32
          %v1330 = arith.addf %v1327, %v1329 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1331, %v1332 = gpu.shuffle xor %v1330, %v983, %v984 : f32
          %v1333 = arith.addf %v1330, %v1331 fastmath<contract> : f32
          %v1334, %v1335 = gpu.shuffle xor %v1333, %v988, %v984 : f32
          %v1336 = arith.addf %v1333, %v1334 fastmath<contract> : f32
          %v1337, %v1338 = gpu.shuffle xor %v1336, %v992, %v984 : f32
          %v1339 = arith.addf %v1336, %v1337 fastmath<contract> : f32
          // end sum over the lanes
          %v1340 = arith.addi %v82, %v99 : i64
          %v1341, %v1342 = gpu.shuffle idx %v798, %v873, %v888 : f32
          %v1343, %v1344 = gpu.shuffle idx %v807, %v873, %v888 : f32
          %v1345, %v1346 = gpu.shuffle idx %v819, %v873, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1347 = arith.remui %v1340, %v12 : i64
          %v1348 = arith.cmpi eq, %v1347, %v42 : i64
          %v1349 = arith.andi %v1348, %v28 : i1
          scf.if %v1349 {
            %v1350 = arith.divui %v1340, %v12 : i64
            %v1351 = llvm.mlir.zero : !llvm.ptr
            %v1352 = llvm.icmp "ne" %ckpt_C, %v1351 : !llvm.ptr
            scf.if %v1352 {
              %v1357 = arith.muli %v1350, %v1356 : i64
              %v1358 = llvm.load %v6 : !llvm.ptr -> f32
              %v1359 = arith.muli %v35, %v910 : i64
              %v1360 = arith.muli %v33, %v909 : i64
              %v1361 = arith.addi %v1359, %v1360 : i64
              %v1362 = arith.muli %v24, %v908 : i64
              %v1363 = arith.addi %v1361, %v1362 : i64
              %v1364 = arith.muli %v31, %v2 : i64
              %v1365 = arith.addi %v1363, %v1364 : i64
              %v1366 = arith.addi %v1357, %v1365 : i64
              %v1367 = llvm.getelementptr %ckpt_C[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1358, %v1367 : f32, !llvm.ptr
              %v1368 = llvm.load %v7 : !llvm.ptr -> f32
              %v1369 = arith.muli %v35, %v910 : i64
              %v1370 = arith.muli %v33, %v909 : i64
              %v1371 = arith.addi %v1369, %v1370 : i64
              %v1372 = arith.constant 8 : i64
              %v1373 = arith.addi %v1372, %v24 : i64
              %v1374 = arith.muli %v1373, %v908 : i64
              %v1375 = arith.addi %v1371, %v1374 : i64
              %v1376 = arith.muli %v31, %v2 : i64
              %v1377 = arith.addi %v1375, %v1376 : i64
              %v1378 = arith.addi %v1357, %v1377 : i64
              %v1379 = llvm.getelementptr %ckpt_C[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1368, %v1379 : f32, !llvm.ptr
            }
            %v1380 = llvm.mlir.zero : !llvm.ptr
            %v1381 = llvm.icmp "ne" %ckpt_n, %v1380 : !llvm.ptr
            scf.if %v1381 {
              %v1385 = arith.muli %v1350, %v1384 : i64
              %v1386 = llvm.load %v8 : !llvm.ptr -> f32
              %v1387 = arith.muli %v35, %v940 : i64
              %v1388 = arith.muli %v33, %v939 : i64
              %v1389 = arith.addi %v1387, %v1388 : i64
              %v1390 = arith.muli %v24, %v2 : i64
              %v1391 = arith.addi %v1389, %v1390 : i64
              %v1392 = arith.addi %v1385, %v1391 : i64
              %v1393 = llvm.getelementptr %ckpt_n[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1386, %v1393 : f32, !llvm.ptr
              %v1394 = llvm.load %v9 : !llvm.ptr -> f32
              %v1395 = arith.muli %v35, %v940 : i64
              %v1396 = arith.muli %v33, %v939 : i64
              %v1397 = arith.addi %v1395, %v1396 : i64
              %v1398 = arith.constant 8 : i64
              %v1399 = arith.addi %v1398, %v24 : i64
              %v1400 = arith.muli %v1399, %v2 : i64
              %v1401 = arith.addi %v1397, %v1400 : i64
              %v1402 = arith.addi %v1385, %v1401 : i64
              %v1403 = llvm.getelementptr %ckpt_n[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1394, %v1403 : f32, !llvm.ptr
            }
          }
          // end save
          %v1404 = arith.divf %v297, %v959 : f32
          %v1405 = arith.mulf %v1343, %v1404 fastmath<contract> : f32
          %v1406 = arith.mulf %v1405, %v1345 fastmath<contract> : f32
          %v1407 = llvm.load %v6 : !llvm.ptr -> f32
          %v1408 = arith.mulf %v1341, %v1407 fastmath<contract> : f32
          %v1409 = arith.addf %v1408, %v1406 fastmath<contract> : f32
          %v1410 = arith.divf %v308, %v959 : f32
          %v1411 = arith.mulf %v1343, %v1410 fastmath<contract> : f32
          %v1412 = arith.mulf %v1411, %v1345 fastmath<contract> : f32
          %v1413 = llvm.load %v7 : !llvm.ptr -> f32
          %v1414 = arith.mulf %v1341, %v1413 fastmath<contract> : f32
          %v1415 = arith.addf %v1414, %v1412 fastmath<contract> : f32
          %v1416 = llvm.load %v8 : !llvm.ptr -> f32
          %v1417 = arith.mulf %v1341, %v1416 fastmath<contract> : f32
          %v1418 = arith.addf %v1417, %v1405 fastmath<contract> : f32
          %v1419 = llvm.load %v9 : !llvm.ptr -> f32
          %v1420 = arith.mulf %v1341, %v1419 fastmath<contract> : f32
          %v1421 = arith.addf %v1420, %v1411 fastmath<contract> : f32
          llvm.store %v1409, %v6 : f32, !llvm.ptr
          llvm.store %v1415, %v7 : f32, !llvm.ptr
          llvm.store %v1418, %v8 : f32, !llvm.ptr
          llvm.store %v1421, %v9 : f32, !llvm.ptr
          %v1422 = llvm.load %v6 : !llvm.ptr -> f32
          %v1423 = arith.mulf %v317, %v1422 fastmath<contract> : f32
          %v1424 = llvm.load %v7 : !llvm.ptr -> f32
          %v1425 = arith.mulf %v328, %v1424 fastmath<contract> : f32
          %v1426 = arith.addf %v1423, %v1425 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1427, %v1428 = gpu.shuffle xor %v1426, %v983, %v984 : f32
          %v1429 = arith.addf %v1426, %v1427 fastmath<contract> : f32
          %v1430, %v1431 = gpu.shuffle xor %v1429, %v988, %v984 : f32
          %v1432 = arith.addf %v1429, %v1430 fastmath<contract> : f32
          %v1433, %v1434 = gpu.shuffle xor %v1432, %v992, %v984 : f32
          %v1435 = arith.addf %v1432, %v1433 fastmath<contract> : f32
          // end sum over the lanes
          %v1436 = llvm.load %v8 : !llvm.ptr -> f32
          %v1437 = arith.mulf %v317, %v1436 fastmath<contract> : f32
          %v1438 = llvm.load %v9 : !llvm.ptr -> f32
          %v1439 = arith.mulf %v328, %v1438 fastmath<contract> : f32
          %v1440 = arith.addf %v1437, %v1439 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1441, %v1442 = gpu.shuffle xor %v1440, %v983, %v984 : f32
          %v1443 = arith.addf %v1440, %v1441 fastmath<contract> : f32
          %v1444, %v1445 = gpu.shuffle xor %v1443, %v988, %v984 : f32
          %v1446 = arith.addf %v1443, %v1444 fastmath<contract> : f32
          %v1447, %v1448 = gpu.shuffle xor %v1446, %v992, %v984 : f32
          %v1449 = arith.addf %v1446, %v1447 fastmath<contract> : f32
          // end sum over the lanes
          %v1450 = arith.addi %v82, %v101 : i64
          %v1451, %v1452 = gpu.shuffle idx %v798, %v877, %v888 : f32
          %v1453, %v1454 = gpu.shuffle idx %v807, %v877, %v888 : f32
          %v1455, %v1456 = gpu.shuffle idx %v819, %v877, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1457 = arith.remui %v1450, %v12 : i64
          %v1458 = arith.cmpi eq, %v1457, %v42 : i64
          %v1459 = arith.andi %v1458, %v28 : i1
          scf.if %v1459 {
            %v1460 = arith.divui %v1450, %v12 : i64
            %v1461 = llvm.mlir.zero : !llvm.ptr
            %v1462 = llvm.icmp "ne" %ckpt_C, %v1461 : !llvm.ptr
            scf.if %v1462 {
              %v1467 = arith.muli %v1460, %v1466 : i64
              %v1468 = llvm.load %v6 : !llvm.ptr -> f32
              %v1469 = arith.muli %v35, %v910 : i64
              %v1470 = arith.muli %v33, %v909 : i64
              %v1471 = arith.addi %v1469, %v1470 : i64
              %v1472 = arith.muli %v24, %v908 : i64
              %v1473 = arith.addi %v1471, %v1472 : i64
              %v1474 = arith.muli %v31, %v2 : i64
              %v1475 = arith.addi %v1473, %v1474 : i64
              %v1476 = arith.addi %v1467, %v1475 : i64
              %v1477 = llvm.getelementptr %ckpt_C[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1468, %v1477 : f32, !llvm.ptr
              %v1478 = llvm.load %v7 : !llvm.ptr -> f32
              %v1479 = arith.muli %v35, %v910 : i64
              %v1480 = arith.muli %v33, %v909 : i64
              %v1481 = arith.addi %v1479, %v1480 : i64
              %v1482 = arith.constant 8 : i64
              %v1483 = arith.addi %v1482, %v24 : i64
              %v1484 = arith.muli %v1483, %v908 : i64
              %v1485 = arith.addi %v1481, %v1484 : i64
              %v1486 = arith.muli %v31, %v2 : i64
              %v1487 = arith.addi %v1485, %v1486 : i64
              %v1488 = arith.addi %v1467, %v1487 : i64
              %v1489 = llvm.getelementptr %ckpt_C[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1478, %v1489 : f32, !llvm.ptr
            }
            %v1490 = llvm.mlir.zero : !llvm.ptr
            %v1491 = llvm.icmp "ne" %ckpt_n, %v1490 : !llvm.ptr
            scf.if %v1491 {
              %v1495 = arith.muli %v1460, %v1494 : i64
              %v1496 = llvm.load %v8 : !llvm.ptr -> f32
              %v1497 = arith.muli %v35, %v940 : i64
              %v1498 = arith.muli %v33, %v939 : i64
              %v1499 = arith.addi %v1497, %v1498 : i64
              %v1500 = arith.muli %v24, %v2 : i64
              %v1501 = arith.addi %v1499, %v1500 : i64
              %v1502 = arith.addi %v1495, %v1501 : i64
              %v1503 = llvm.getelementptr %ckpt_n[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1496, %v1503 : f32, !llvm.ptr
              %v1504 = llvm.load %v9 : !llvm.ptr -> f32
              %v1505 = arith.muli %v35, %v940 : i64
              %v1506 = arith.muli %v33, %v939 : i64
              %v1507 = arith.addi %v1505, %v1506 : i64
              %v1508 = arith.constant 8 : i64
              %v1509 = arith.addi %v1508, %v24 : i64
              %v1510 = arith.muli %v1509, %v2 : i64
              %v1511 = arith.addi %v1507, %v1510 : i64
              %v1512 = arith.addi %v1495, %v1511 : i64
              %v1513 = llvm.getelementptr %ckpt_n[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1504, %v1513 : f32, !llvm.ptr
            }
          }
          // end save
          %v1514 = arith.divf %v338, %v959 : f32
          %v1515 = arith.mulf %v1453, %v1514 fastmath<contract> : f32
          %v1516 = arith.mulf %v1515, %v1455 fastmath<contract> : f32
          %v1517 = llvm.load %v6 : !llvm.ptr -> f32
          %v1518 = arith.mulf %v1451, %v1517 fastmath<contract> : f32
          %v1519 = arith.addf %v1518, %v1516 fastmath<contract> : f32
          %v1520 = arith.divf %v349, %v959 : f32
          %v1521 = arith.mulf %v1453, %v1520 fastmath<contract> : f32
          %v1522 = arith.mulf %v1521, %v1455 fastmath<contract> : f32
          %v1523 = llvm.load %v7 : !llvm.ptr -> f32
          %v1524 = arith.mulf %v1451, %v1523 fastmath<contract> : f32
          %v1525 = arith.addf %v1524, %v1522 fastmath<contract> : f32
          %v1526 = llvm.load %v8 : !llvm.ptr -> f32
          %v1527 = arith.mulf %v1451, %v1526 fastmath<contract> : f32
          %v1528 = arith.addf %v1527, %v1515 fastmath<contract> : f32
          %v1529 = llvm.load %v9 : !llvm.ptr -> f32
          %v1530 = arith.mulf %v1451, %v1529 fastmath<contract> : f32
          %v1531 = arith.addf %v1530, %v1521 fastmath<contract> : f32
          llvm.store %v1519, %v6 : f32, !llvm.ptr
          llvm.store %v1525, %v7 : f32, !llvm.ptr
          llvm.store %v1528, %v8 : f32, !llvm.ptr
          llvm.store %v1531, %v9 : f32, !llvm.ptr
          %v1532 = llvm.load %v6 : !llvm.ptr -> f32
          %v1533 = arith.mulf %v358, %v1532 fastmath<contract> : f32
          %v1534 = llvm.load %v7 : !llvm.ptr -> f32
          %v1535 = arith.mulf %v369, %v1534 fastmath<contract> : f32
          %v1536 = arith.addf %v1533, %v1535 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1537, %v1538 = gpu.shuffle xor %v1536, %v983, %v984 : f32
          %v1539 = arith.addf %v1536, %v1537 fastmath<contract> : f32
          %v1540, %v1541 = gpu.shuffle xor %v1539, %v988, %v984 : f32
          %v1542 = arith.addf %v1539, %v1540 fastmath<contract> : f32
          %v1543, %v1544 = gpu.shuffle xor %v1542, %v992, %v984 : f32
          %v1545 = arith.addf %v1542, %v1543 fastmath<contract> : f32
          // end sum over the lanes
          %v1546 = llvm.load %v8 : !llvm.ptr -> f32
          %v1547 = arith.mulf %v358, %v1546 fastmath<contract> : f32
          %v1548 = llvm.load %v9 : !llvm.ptr -> f32
          %v1549 = arith.mulf %v369, %v1548 fastmath<contract> : f32
          %v1550 = arith.addf %v1547, %v1549 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1551, %v1552 = gpu.shuffle xor %v1550, %v983, %v984 : f32
          %v1553 = arith.addf %v1550, %v1551 fastmath<contract> : f32
          %v1554, %v1555 = gpu.shuffle xor %v1553, %v988, %v984 : f32
          %v1556 = arith.addf %v1553, %v1554 fastmath<contract> : f32
          %v1557, %v1558 = gpu.shuffle xor %v1556, %v992, %v984 : f32
          %v1559 = arith.addf %v1556, %v1557 fastmath<contract> : f32
          // end sum over the lanes
          %v1560 = arith.addi %v82, %v103 : i64
          %v1561, %v1562 = gpu.shuffle idx %v798, %v881, %v888 : f32
          %v1563, %v1564 = gpu.shuffle idx %v807, %v881, %v888 : f32
          %v1565, %v1566 = gpu.shuffle idx %v819, %v881, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1567 = arith.remui %v1560, %v12 : i64
          %v1568 = arith.cmpi eq, %v1567, %v42 : i64
          %v1569 = arith.andi %v1568, %v28 : i1
          scf.if %v1569 {
            %v1570 = arith.divui %v1560, %v12 : i64
            %v1571 = llvm.mlir.zero : !llvm.ptr
            %v1572 = llvm.icmp "ne" %ckpt_C, %v1571 : !llvm.ptr
            scf.if %v1572 {
              %v1577 = arith.muli %v1570, %v1576 : i64
              %v1578 = llvm.load %v6 : !llvm.ptr -> f32
              %v1579 = arith.muli %v35, %v910 : i64
              %v1580 = arith.muli %v33, %v909 : i64
              %v1581 = arith.addi %v1579, %v1580 : i64
              %v1582 = arith.muli %v24, %v908 : i64
              %v1583 = arith.addi %v1581, %v1582 : i64
              %v1584 = arith.muli %v31, %v2 : i64
              %v1585 = arith.addi %v1583, %v1584 : i64
              %v1586 = arith.addi %v1577, %v1585 : i64
              %v1587 = llvm.getelementptr %ckpt_C[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1578, %v1587 : f32, !llvm.ptr
              %v1588 = llvm.load %v7 : !llvm.ptr -> f32
              %v1589 = arith.muli %v35, %v910 : i64
              %v1590 = arith.muli %v33, %v909 : i64
              %v1591 = arith.addi %v1589, %v1590 : i64
              %v1592 = arith.constant 8 : i64
              %v1593 = arith.addi %v1592, %v24 : i64
              %v1594 = arith.muli %v1593, %v908 : i64
              %v1595 = arith.addi %v1591, %v1594 : i64
              %v1596 = arith.muli %v31, %v2 : i64
              %v1597 = arith.addi %v1595, %v1596 : i64
              %v1598 = arith.addi %v1577, %v1597 : i64
              %v1599 = llvm.getelementptr %ckpt_C[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1588, %v1599 : f32, !llvm.ptr
            }
            %v1600 = llvm.mlir.zero : !llvm.ptr
            %v1601 = llvm.icmp "ne" %ckpt_n, %v1600 : !llvm.ptr
            scf.if %v1601 {
              %v1605 = arith.muli %v1570, %v1604 : i64
              %v1606 = llvm.load %v8 : !llvm.ptr -> f32
              %v1607 = arith.muli %v35, %v940 : i64
              %v1608 = arith.muli %v33, %v939 : i64
              %v1609 = arith.addi %v1607, %v1608 : i64
              %v1610 = arith.muli %v24, %v2 : i64
              %v1611 = arith.addi %v1609, %v1610 : i64
              %v1612 = arith.addi %v1605, %v1611 : i64
              %v1613 = llvm.getelementptr %ckpt_n[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1606, %v1613 : f32, !llvm.ptr
              %v1614 = llvm.load %v9 : !llvm.ptr -> f32
              %v1615 = arith.muli %v35, %v940 : i64
              %v1616 = arith.muli %v33, %v939 : i64
              %v1617 = arith.addi %v1615, %v1616 : i64
              %v1618 = arith.constant 8 : i64
              %v1619 = arith.addi %v1618, %v24 : i64
              %v1620 = arith.muli %v1619, %v2 : i64
              %v1621 = arith.addi %v1617, %v1620 : i64
              %v1622 = arith.addi %v1605, %v1621 : i64
              %v1623 = llvm.getelementptr %ckpt_n[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1614, %v1623 : f32, !llvm.ptr
            }
          }
          // end save
          %v1624 = arith.divf %v379, %v959 : f32
          %v1625 = arith.mulf %v1563, %v1624 fastmath<contract> : f32
          %v1626 = arith.mulf %v1625, %v1565 fastmath<contract> : f32
          %v1627 = llvm.load %v6 : !llvm.ptr -> f32
          %v1628 = arith.mulf %v1561, %v1627 fastmath<contract> : f32
          %v1629 = arith.addf %v1628, %v1626 fastmath<contract> : f32
          %v1630 = arith.divf %v390, %v959 : f32
          %v1631 = arith.mulf %v1563, %v1630 fastmath<contract> : f32
          %v1632 = arith.mulf %v1631, %v1565 fastmath<contract> : f32
          %v1633 = llvm.load %v7 : !llvm.ptr -> f32
          %v1634 = arith.mulf %v1561, %v1633 fastmath<contract> : f32
          %v1635 = arith.addf %v1634, %v1632 fastmath<contract> : f32
          %v1636 = llvm.load %v8 : !llvm.ptr -> f32
          %v1637 = arith.mulf %v1561, %v1636 fastmath<contract> : f32
          %v1638 = arith.addf %v1637, %v1625 fastmath<contract> : f32
          %v1639 = llvm.load %v9 : !llvm.ptr -> f32
          %v1640 = arith.mulf %v1561, %v1639 fastmath<contract> : f32
          %v1641 = arith.addf %v1640, %v1631 fastmath<contract> : f32
          llvm.store %v1629, %v6 : f32, !llvm.ptr
          llvm.store %v1635, %v7 : f32, !llvm.ptr
          llvm.store %v1638, %v8 : f32, !llvm.ptr
          llvm.store %v1641, %v9 : f32, !llvm.ptr
          %v1642 = llvm.load %v6 : !llvm.ptr -> f32
          %v1643 = arith.mulf %v399, %v1642 fastmath<contract> : f32
          %v1644 = llvm.load %v7 : !llvm.ptr -> f32
          %v1645 = arith.mulf %v410, %v1644 fastmath<contract> : f32
          %v1646 = arith.addf %v1643, %v1645 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1647, %v1648 = gpu.shuffle xor %v1646, %v983, %v984 : f32
          %v1649 = arith.addf %v1646, %v1647 fastmath<contract> : f32
          %v1650, %v1651 = gpu.shuffle xor %v1649, %v988, %v984 : f32
          %v1652 = arith.addf %v1649, %v1650 fastmath<contract> : f32
          %v1653, %v1654 = gpu.shuffle xor %v1652, %v992, %v984 : f32
          %v1655 = arith.addf %v1652, %v1653 fastmath<contract> : f32
          // end sum over the lanes
          %v1656 = llvm.load %v8 : !llvm.ptr -> f32
          %v1657 = arith.mulf %v399, %v1656 fastmath<contract> : f32
          %v1658 = llvm.load %v9 : !llvm.ptr -> f32
          %v1659 = arith.mulf %v410, %v1658 fastmath<contract> : f32
          %v1660 = arith.addf %v1657, %v1659 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1661, %v1662 = gpu.shuffle xor %v1660, %v983, %v984 : f32
          %v1663 = arith.addf %v1660, %v1661 fastmath<contract> : f32
          %v1664, %v1665 = gpu.shuffle xor %v1663, %v988, %v984 : f32
          %v1666 = arith.addf %v1663, %v1664 fastmath<contract> : f32
          %v1667, %v1668 = gpu.shuffle xor %v1666, %v992, %v984 : f32
          %v1669 = arith.addf %v1666, %v1667 fastmath<contract> : f32
          // end sum over the lanes
          %v1670 = arith.addi %v82, %v105 : i64
          %v1671, %v1672 = gpu.shuffle idx %v798, %v885, %v888 : f32
          %v1673, %v1674 = gpu.shuffle idx %v807, %v885, %v888 : f32
          %v1675, %v1676 = gpu.shuffle idx %v819, %v885, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1677 = arith.remui %v1670, %v12 : i64
          %v1678 = arith.cmpi eq, %v1677, %v42 : i64
          %v1679 = arith.andi %v1678, %v28 : i1
          scf.if %v1679 {
            %v1680 = arith.divui %v1670, %v12 : i64
            %v1681 = llvm.mlir.zero : !llvm.ptr
            %v1682 = llvm.icmp "ne" %ckpt_C, %v1681 : !llvm.ptr
            scf.if %v1682 {
              %v1687 = arith.muli %v1680, %v1686 : i64
              %v1688 = llvm.load %v6 : !llvm.ptr -> f32
              %v1689 = arith.muli %v35, %v910 : i64
              %v1690 = arith.muli %v33, %v909 : i64
              %v1691 = arith.addi %v1689, %v1690 : i64
              %v1692 = arith.muli %v24, %v908 : i64
              %v1693 = arith.addi %v1691, %v1692 : i64
              %v1694 = arith.muli %v31, %v2 : i64
              %v1695 = arith.addi %v1693, %v1694 : i64
              %v1696 = arith.addi %v1687, %v1695 : i64
              %v1697 = llvm.getelementptr %ckpt_C[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1688, %v1697 : f32, !llvm.ptr
              %v1698 = llvm.load %v7 : !llvm.ptr -> f32
              %v1699 = arith.muli %v35, %v910 : i64
              %v1700 = arith.muli %v33, %v909 : i64
              %v1701 = arith.addi %v1699, %v1700 : i64
              %v1702 = arith.constant 8 : i64
              %v1703 = arith.addi %v1702, %v24 : i64
              %v1704 = arith.muli %v1703, %v908 : i64
              %v1705 = arith.addi %v1701, %v1704 : i64
              %v1706 = arith.muli %v31, %v2 : i64
              %v1707 = arith.addi %v1705, %v1706 : i64
              %v1708 = arith.addi %v1687, %v1707 : i64
              %v1709 = llvm.getelementptr %ckpt_C[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1698, %v1709 : f32, !llvm.ptr
            }
            %v1710 = llvm.mlir.zero : !llvm.ptr
            %v1711 = llvm.icmp "ne" %ckpt_n, %v1710 : !llvm.ptr
            scf.if %v1711 {
              %v1715 = arith.muli %v1680, %v1714 : i64
              %v1716 = llvm.load %v8 : !llvm.ptr -> f32
              %v1717 = arith.muli %v35, %v940 : i64
              %v1718 = arith.muli %v33, %v939 : i64
              %v1719 = arith.addi %v1717, %v1718 : i64
              %v1720 = arith.muli %v24, %v2 : i64
              %v1721 = arith.addi %v1719, %v1720 : i64
              %v1722 = arith.addi %v1715, %v1721 : i64
              %v1723 = llvm.getelementptr %ckpt_n[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1716, %v1723 : f32, !llvm.ptr
              %v1724 = llvm.load %v9 : !llvm.ptr -> f32
              %v1725 = arith.muli %v35, %v940 : i64
              %v1726 = arith.muli %v33, %v939 : i64
              %v1727 = arith.addi %v1725, %v1726 : i64
              %v1728 = arith.constant 8 : i64
              %v1729 = arith.addi %v1728, %v24 : i64
              %v1730 = arith.muli %v1729, %v2 : i64
              %v1731 = arith.addi %v1727, %v1730 : i64
              %v1732 = arith.addi %v1715, %v1731 : i64
              %v1733 = llvm.getelementptr %ckpt_n[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1724, %v1733 : f32, !llvm.ptr
            }
          }
          // end save
          %v1734 = arith.divf %v420, %v959 : f32
          %v1735 = arith.mulf %v1673, %v1734 fastmath<contract> : f32
          %v1736 = arith.mulf %v1735, %v1675 fastmath<contract> : f32
          %v1737 = llvm.load %v6 : !llvm.ptr -> f32
          %v1738 = arith.mulf %v1671, %v1737 fastmath<contract> : f32
          %v1739 = arith.addf %v1738, %v1736 fastmath<contract> : f32
          %v1740 = arith.divf %v431, %v959 : f32
          %v1741 = arith.mulf %v1673, %v1740 fastmath<contract> : f32
          %v1742 = arith.mulf %v1741, %v1675 fastmath<contract> : f32
          %v1743 = llvm.load %v7 : !llvm.ptr -> f32
          %v1744 = arith.mulf %v1671, %v1743 fastmath<contract> : f32
          %v1745 = arith.addf %v1744, %v1742 fastmath<contract> : f32
          %v1746 = llvm.load %v8 : !llvm.ptr -> f32
          %v1747 = arith.mulf %v1671, %v1746 fastmath<contract> : f32
          %v1748 = arith.addf %v1747, %v1735 fastmath<contract> : f32
          %v1749 = llvm.load %v9 : !llvm.ptr -> f32
          %v1750 = arith.mulf %v1671, %v1749 fastmath<contract> : f32
          %v1751 = arith.addf %v1750, %v1741 fastmath<contract> : f32
          llvm.store %v1739, %v6 : f32, !llvm.ptr
          llvm.store %v1745, %v7 : f32, !llvm.ptr
          llvm.store %v1748, %v8 : f32, !llvm.ptr
          llvm.store %v1751, %v9 : f32, !llvm.ptr
          %v1752 = llvm.load %v6 : !llvm.ptr -> f32
          %v1753 = arith.mulf %v440, %v1752 fastmath<contract> : f32
          %v1754 = llvm.load %v7 : !llvm.ptr -> f32
          %v1755 = arith.mulf %v451, %v1754 fastmath<contract> : f32
          %v1756 = arith.addf %v1753, %v1755 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1757, %v1758 = gpu.shuffle xor %v1756, %v983, %v984 : f32
          %v1759 = arith.addf %v1756, %v1757 fastmath<contract> : f32
          %v1760, %v1761 = gpu.shuffle xor %v1759, %v988, %v984 : f32
          %v1762 = arith.addf %v1759, %v1760 fastmath<contract> : f32
          %v1763, %v1764 = gpu.shuffle xor %v1762, %v992, %v984 : f32
          %v1765 = arith.addf %v1762, %v1763 fastmath<contract> : f32
          // end sum over the lanes
          %v1766 = llvm.load %v8 : !llvm.ptr -> f32
          %v1767 = arith.mulf %v440, %v1766 fastmath<contract> : f32
          %v1768 = llvm.load %v9 : !llvm.ptr -> f32
          %v1769 = arith.mulf %v451, %v1768 fastmath<contract> : f32
          %v1770 = arith.addf %v1767, %v1769 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1771, %v1772 = gpu.shuffle xor %v1770, %v983, %v984 : f32
          %v1773 = arith.addf %v1770, %v1771 fastmath<contract> : f32
          %v1774, %v1775 = gpu.shuffle xor %v1773, %v988, %v984 : f32
          %v1776 = arith.addf %v1773, %v1774 fastmath<contract> : f32
          %v1777, %v1778 = gpu.shuffle xor %v1776, %v992, %v984 : f32
          %v1779 = arith.addf %v1776, %v1777 fastmath<contract> : f32
          // end sum over the lanes
          %v1780 = arith.addi %v82, %v106 : i64
          %v1781, %v1782 = gpu.shuffle idx %v834, %v857, %v888 : f32
          %v1783, %v1784 = gpu.shuffle idx %v843, %v857, %v888 : f32
          %v1785, %v1786 = gpu.shuffle idx %v852, %v857, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1787 = arith.remui %v1780, %v12 : i64
          %v1788 = arith.cmpi eq, %v1787, %v42 : i64
          %v1789 = arith.andi %v1788, %v28 : i1
          scf.if %v1789 {
            %v1790 = arith.divui %v1780, %v12 : i64
            %v1791 = llvm.mlir.zero : !llvm.ptr
            %v1792 = llvm.icmp "ne" %ckpt_C, %v1791 : !llvm.ptr
            scf.if %v1792 {
              %v1797 = arith.muli %v1790, %v1796 : i64
              %v1798 = llvm.load %v6 : !llvm.ptr -> f32
              %v1799 = arith.muli %v35, %v910 : i64
              %v1800 = arith.muli %v33, %v909 : i64
              %v1801 = arith.addi %v1799, %v1800 : i64
              %v1802 = arith.muli %v24, %v908 : i64
              %v1803 = arith.addi %v1801, %v1802 : i64
              %v1804 = arith.muli %v31, %v2 : i64
              %v1805 = arith.addi %v1803, %v1804 : i64
              %v1806 = arith.addi %v1797, %v1805 : i64
              %v1807 = llvm.getelementptr %ckpt_C[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1798, %v1807 : f32, !llvm.ptr
              %v1808 = llvm.load %v7 : !llvm.ptr -> f32
              %v1809 = arith.muli %v35, %v910 : i64
              %v1810 = arith.muli %v33, %v909 : i64
              %v1811 = arith.addi %v1809, %v1810 : i64
              %v1812 = arith.constant 8 : i64
              %v1813 = arith.addi %v1812, %v24 : i64
              %v1814 = arith.muli %v1813, %v908 : i64
              %v1815 = arith.addi %v1811, %v1814 : i64
              %v1816 = arith.muli %v31, %v2 : i64
              %v1817 = arith.addi %v1815, %v1816 : i64
              %v1818 = arith.addi %v1797, %v1817 : i64
              %v1819 = llvm.getelementptr %ckpt_C[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1808, %v1819 : f32, !llvm.ptr
            }
            %v1820 = llvm.mlir.zero : !llvm.ptr
            %v1821 = llvm.icmp "ne" %ckpt_n, %v1820 : !llvm.ptr
            scf.if %v1821 {
              %v1825 = arith.muli %v1790, %v1824 : i64
              %v1826 = llvm.load %v8 : !llvm.ptr -> f32
              %v1827 = arith.muli %v35, %v940 : i64
              %v1828 = arith.muli %v33, %v939 : i64
              %v1829 = arith.addi %v1827, %v1828 : i64
              %v1830 = arith.muli %v24, %v2 : i64
              %v1831 = arith.addi %v1829, %v1830 : i64
              %v1832 = arith.addi %v1825, %v1831 : i64
              %v1833 = llvm.getelementptr %ckpt_n[%v1832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1826, %v1833 : f32, !llvm.ptr
              %v1834 = llvm.load %v9 : !llvm.ptr -> f32
              %v1835 = arith.muli %v35, %v940 : i64
              %v1836 = arith.muli %v33, %v939 : i64
              %v1837 = arith.addi %v1835, %v1836 : i64
              %v1838 = arith.constant 8 : i64
              %v1839 = arith.addi %v1838, %v24 : i64
              %v1840 = arith.muli %v1839, %v2 : i64
              %v1841 = arith.addi %v1837, %v1840 : i64
              %v1842 = arith.addi %v1825, %v1841 : i64
              %v1843 = llvm.getelementptr %ckpt_n[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1834, %v1843 : f32, !llvm.ptr
            }
          }
          // end save
          %v1844 = arith.divf %v461, %v959 : f32
          %v1845 = arith.mulf %v1783, %v1844 fastmath<contract> : f32
          %v1846 = arith.mulf %v1845, %v1785 fastmath<contract> : f32
          %v1847 = llvm.load %v6 : !llvm.ptr -> f32
          %v1848 = arith.mulf %v1781, %v1847 fastmath<contract> : f32
          %v1849 = arith.addf %v1848, %v1846 fastmath<contract> : f32
          %v1850 = arith.divf %v472, %v959 : f32
          %v1851 = arith.mulf %v1783, %v1850 fastmath<contract> : f32
          %v1852 = arith.mulf %v1851, %v1785 fastmath<contract> : f32
          %v1853 = llvm.load %v7 : !llvm.ptr -> f32
          %v1854 = arith.mulf %v1781, %v1853 fastmath<contract> : f32
          %v1855 = arith.addf %v1854, %v1852 fastmath<contract> : f32
          %v1856 = llvm.load %v8 : !llvm.ptr -> f32
          %v1857 = arith.mulf %v1781, %v1856 fastmath<contract> : f32
          %v1858 = arith.addf %v1857, %v1845 fastmath<contract> : f32
          %v1859 = llvm.load %v9 : !llvm.ptr -> f32
          %v1860 = arith.mulf %v1781, %v1859 fastmath<contract> : f32
          %v1861 = arith.addf %v1860, %v1851 fastmath<contract> : f32
          llvm.store %v1849, %v6 : f32, !llvm.ptr
          llvm.store %v1855, %v7 : f32, !llvm.ptr
          llvm.store %v1858, %v8 : f32, !llvm.ptr
          llvm.store %v1861, %v9 : f32, !llvm.ptr
          %v1862 = llvm.load %v6 : !llvm.ptr -> f32
          %v1863 = arith.mulf %v481, %v1862 fastmath<contract> : f32
          %v1864 = llvm.load %v7 : !llvm.ptr -> f32
          %v1865 = arith.mulf %v492, %v1864 fastmath<contract> : f32
          %v1866 = arith.addf %v1863, %v1865 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1867, %v1868 = gpu.shuffle xor %v1866, %v983, %v984 : f32
          %v1869 = arith.addf %v1866, %v1867 fastmath<contract> : f32
          %v1870, %v1871 = gpu.shuffle xor %v1869, %v988, %v984 : f32
          %v1872 = arith.addf %v1869, %v1870 fastmath<contract> : f32
          %v1873, %v1874 = gpu.shuffle xor %v1872, %v992, %v984 : f32
          %v1875 = arith.addf %v1872, %v1873 fastmath<contract> : f32
          // end sum over the lanes
          %v1876 = llvm.load %v8 : !llvm.ptr -> f32
          %v1877 = arith.mulf %v481, %v1876 fastmath<contract> : f32
          %v1878 = llvm.load %v9 : !llvm.ptr -> f32
          %v1879 = arith.mulf %v492, %v1878 fastmath<contract> : f32
          %v1880 = arith.addf %v1877, %v1879 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1881, %v1882 = gpu.shuffle xor %v1880, %v983, %v984 : f32
          %v1883 = arith.addf %v1880, %v1881 fastmath<contract> : f32
          %v1884, %v1885 = gpu.shuffle xor %v1883, %v988, %v984 : f32
          %v1886 = arith.addf %v1883, %v1884 fastmath<contract> : f32
          %v1887, %v1888 = gpu.shuffle xor %v1886, %v992, %v984 : f32
          %v1889 = arith.addf %v1886, %v1887 fastmath<contract> : f32
          // end sum over the lanes
          %v1890 = arith.addi %v82, %v108 : i64
          %v1891, %v1892 = gpu.shuffle idx %v834, %v861, %v888 : f32
          %v1893, %v1894 = gpu.shuffle idx %v843, %v861, %v888 : f32
          %v1895, %v1896 = gpu.shuffle idx %v852, %v861, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1897 = arith.remui %v1890, %v12 : i64
          %v1898 = arith.cmpi eq, %v1897, %v42 : i64
          %v1899 = arith.andi %v1898, %v28 : i1
          scf.if %v1899 {
            %v1900 = arith.divui %v1890, %v12 : i64
            %v1901 = llvm.mlir.zero : !llvm.ptr
            %v1902 = llvm.icmp "ne" %ckpt_C, %v1901 : !llvm.ptr
            scf.if %v1902 {
              %v1907 = arith.muli %v1900, %v1906 : i64
              %v1908 = llvm.load %v6 : !llvm.ptr -> f32
              %v1909 = arith.muli %v35, %v910 : i64
              %v1910 = arith.muli %v33, %v909 : i64
              %v1911 = arith.addi %v1909, %v1910 : i64
              %v1912 = arith.muli %v24, %v908 : i64
              %v1913 = arith.addi %v1911, %v1912 : i64
              %v1914 = arith.muli %v31, %v2 : i64
              %v1915 = arith.addi %v1913, %v1914 : i64
              %v1916 = arith.addi %v1907, %v1915 : i64
              %v1917 = llvm.getelementptr %ckpt_C[%v1916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1908, %v1917 : f32, !llvm.ptr
              %v1918 = llvm.load %v7 : !llvm.ptr -> f32
              %v1919 = arith.muli %v35, %v910 : i64
              %v1920 = arith.muli %v33, %v909 : i64
              %v1921 = arith.addi %v1919, %v1920 : i64
              %v1922 = arith.constant 8 : i64
              %v1923 = arith.addi %v1922, %v24 : i64
              %v1924 = arith.muli %v1923, %v908 : i64
              %v1925 = arith.addi %v1921, %v1924 : i64
              %v1926 = arith.muli %v31, %v2 : i64
              %v1927 = arith.addi %v1925, %v1926 : i64
              %v1928 = arith.addi %v1907, %v1927 : i64
              %v1929 = llvm.getelementptr %ckpt_C[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1918, %v1929 : f32, !llvm.ptr
            }
            %v1930 = llvm.mlir.zero : !llvm.ptr
            %v1931 = llvm.icmp "ne" %ckpt_n, %v1930 : !llvm.ptr
            scf.if %v1931 {
              %v1935 = arith.muli %v1900, %v1934 : i64
              %v1936 = llvm.load %v8 : !llvm.ptr -> f32
              %v1937 = arith.muli %v35, %v940 : i64
              %v1938 = arith.muli %v33, %v939 : i64
              %v1939 = arith.addi %v1937, %v1938 : i64
              %v1940 = arith.muli %v24, %v2 : i64
              %v1941 = arith.addi %v1939, %v1940 : i64
              %v1942 = arith.addi %v1935, %v1941 : i64
              %v1943 = llvm.getelementptr %ckpt_n[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1936, %v1943 : f32, !llvm.ptr
              %v1944 = llvm.load %v9 : !llvm.ptr -> f32
              %v1945 = arith.muli %v35, %v940 : i64
              %v1946 = arith.muli %v33, %v939 : i64
              %v1947 = arith.addi %v1945, %v1946 : i64
              %v1948 = arith.constant 8 : i64
              %v1949 = arith.addi %v1948, %v24 : i64
              %v1950 = arith.muli %v1949, %v2 : i64
              %v1951 = arith.addi %v1947, %v1950 : i64
              %v1952 = arith.addi %v1935, %v1951 : i64
              %v1953 = llvm.getelementptr %ckpt_n[%v1952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1944, %v1953 : f32, !llvm.ptr
            }
          }
          // end save
          %v1954 = arith.divf %v502, %v959 : f32
          %v1955 = arith.mulf %v1893, %v1954 fastmath<contract> : f32
          %v1956 = arith.mulf %v1955, %v1895 fastmath<contract> : f32
          %v1957 = llvm.load %v6 : !llvm.ptr -> f32
          %v1958 = arith.mulf %v1891, %v1957 fastmath<contract> : f32
          %v1959 = arith.addf %v1958, %v1956 fastmath<contract> : f32
          %v1960 = arith.divf %v513, %v959 : f32
          %v1961 = arith.mulf %v1893, %v1960 fastmath<contract> : f32
          %v1962 = arith.mulf %v1961, %v1895 fastmath<contract> : f32
          %v1963 = llvm.load %v7 : !llvm.ptr -> f32
          %v1964 = arith.mulf %v1891, %v1963 fastmath<contract> : f32
          %v1965 = arith.addf %v1964, %v1962 fastmath<contract> : f32
          %v1966 = llvm.load %v8 : !llvm.ptr -> f32
          %v1967 = arith.mulf %v1891, %v1966 fastmath<contract> : f32
          %v1968 = arith.addf %v1967, %v1955 fastmath<contract> : f32
          %v1969 = llvm.load %v9 : !llvm.ptr -> f32
          %v1970 = arith.mulf %v1891, %v1969 fastmath<contract> : f32
          %v1971 = arith.addf %v1970, %v1961 fastmath<contract> : f32
          llvm.store %v1959, %v6 : f32, !llvm.ptr
          llvm.store %v1965, %v7 : f32, !llvm.ptr
          llvm.store %v1968, %v8 : f32, !llvm.ptr
          llvm.store %v1971, %v9 : f32, !llvm.ptr
          %v1972 = llvm.load %v6 : !llvm.ptr -> f32
          %v1973 = arith.mulf %v522, %v1972 fastmath<contract> : f32
          %v1974 = llvm.load %v7 : !llvm.ptr -> f32
          %v1975 = arith.mulf %v533, %v1974 fastmath<contract> : f32
          %v1976 = arith.addf %v1973, %v1975 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1977, %v1978 = gpu.shuffle xor %v1976, %v983, %v984 : f32
          %v1979 = arith.addf %v1976, %v1977 fastmath<contract> : f32
          %v1980, %v1981 = gpu.shuffle xor %v1979, %v988, %v984 : f32
          %v1982 = arith.addf %v1979, %v1980 fastmath<contract> : f32
          %v1983, %v1984 = gpu.shuffle xor %v1982, %v992, %v984 : f32
          %v1985 = arith.addf %v1982, %v1983 fastmath<contract> : f32
          // end sum over the lanes
          %v1986 = llvm.load %v8 : !llvm.ptr -> f32
          %v1987 = arith.mulf %v522, %v1986 fastmath<contract> : f32
          %v1988 = llvm.load %v9 : !llvm.ptr -> f32
          %v1989 = arith.mulf %v533, %v1988 fastmath<contract> : f32
          %v1990 = arith.addf %v1987, %v1989 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1991, %v1992 = gpu.shuffle xor %v1990, %v983, %v984 : f32
          %v1993 = arith.addf %v1990, %v1991 fastmath<contract> : f32
          %v1994, %v1995 = gpu.shuffle xor %v1993, %v988, %v984 : f32
          %v1996 = arith.addf %v1993, %v1994 fastmath<contract> : f32
          %v1997, %v1998 = gpu.shuffle xor %v1996, %v992, %v984 : f32
          %v1999 = arith.addf %v1996, %v1997 fastmath<contract> : f32
          // end sum over the lanes
          %v2000 = arith.addi %v82, %v110 : i64
          %v2001, %v2002 = gpu.shuffle idx %v834, %v865, %v888 : f32
          %v2003, %v2004 = gpu.shuffle idx %v843, %v865, %v888 : f32
          %v2005, %v2006 = gpu.shuffle idx %v852, %v865, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2007 = arith.remui %v2000, %v12 : i64
          %v2008 = arith.cmpi eq, %v2007, %v42 : i64
          %v2009 = arith.andi %v2008, %v28 : i1
          scf.if %v2009 {
            %v2010 = arith.divui %v2000, %v12 : i64
            %v2011 = llvm.mlir.zero : !llvm.ptr
            %v2012 = llvm.icmp "ne" %ckpt_C, %v2011 : !llvm.ptr
            scf.if %v2012 {
              %v2017 = arith.muli %v2010, %v2016 : i64
              %v2018 = llvm.load %v6 : !llvm.ptr -> f32
              %v2019 = arith.muli %v35, %v910 : i64
              %v2020 = arith.muli %v33, %v909 : i64
              %v2021 = arith.addi %v2019, %v2020 : i64
              %v2022 = arith.muli %v24, %v908 : i64
              %v2023 = arith.addi %v2021, %v2022 : i64
              %v2024 = arith.muli %v31, %v2 : i64
              %v2025 = arith.addi %v2023, %v2024 : i64
              %v2026 = arith.addi %v2017, %v2025 : i64
              %v2027 = llvm.getelementptr %ckpt_C[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2018, %v2027 : f32, !llvm.ptr
              %v2028 = llvm.load %v7 : !llvm.ptr -> f32
              %v2029 = arith.muli %v35, %v910 : i64
              %v2030 = arith.muli %v33, %v909 : i64
              %v2031 = arith.addi %v2029, %v2030 : i64
              %v2032 = arith.constant 8 : i64
              %v2033 = arith.addi %v2032, %v24 : i64
              %v2034 = arith.muli %v2033, %v908 : i64
              %v2035 = arith.addi %v2031, %v2034 : i64
              %v2036 = arith.muli %v31, %v2 : i64
              %v2037 = arith.addi %v2035, %v2036 : i64
              %v2038 = arith.addi %v2017, %v2037 : i64
              %v2039 = llvm.getelementptr %ckpt_C[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2028, %v2039 : f32, !llvm.ptr
            }
            %v2040 = llvm.mlir.zero : !llvm.ptr
            %v2041 = llvm.icmp "ne" %ckpt_n, %v2040 : !llvm.ptr
            scf.if %v2041 {
              %v2045 = arith.muli %v2010, %v2044 : i64
              %v2046 = llvm.load %v8 : !llvm.ptr -> f32
              %v2047 = arith.muli %v35, %v940 : i64
              %v2048 = arith.muli %v33, %v939 : i64
              %v2049 = arith.addi %v2047, %v2048 : i64
              %v2050 = arith.muli %v24, %v2 : i64
              %v2051 = arith.addi %v2049, %v2050 : i64
              %v2052 = arith.addi %v2045, %v2051 : i64
              %v2053 = llvm.getelementptr %ckpt_n[%v2052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2046, %v2053 : f32, !llvm.ptr
              %v2054 = llvm.load %v9 : !llvm.ptr -> f32
              %v2055 = arith.muli %v35, %v940 : i64
              %v2056 = arith.muli %v33, %v939 : i64
              %v2057 = arith.addi %v2055, %v2056 : i64
              %v2058 = arith.constant 8 : i64
              %v2059 = arith.addi %v2058, %v24 : i64
              %v2060 = arith.muli %v2059, %v2 : i64
              %v2061 = arith.addi %v2057, %v2060 : i64
              %v2062 = arith.addi %v2045, %v2061 : i64
              %v2063 = llvm.getelementptr %ckpt_n[%v2062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2054, %v2063 : f32, !llvm.ptr
            }
          }
          // end save
          %v2064 = arith.divf %v543, %v959 : f32
          %v2065 = arith.mulf %v2003, %v2064 fastmath<contract> : f32
          %v2066 = arith.mulf %v2065, %v2005 fastmath<contract> : f32
          %v2067 = llvm.load %v6 : !llvm.ptr -> f32
          %v2068 = arith.mulf %v2001, %v2067 fastmath<contract> : f32
          %v2069 = arith.addf %v2068, %v2066 fastmath<contract> : f32
          %v2070 = arith.divf %v554, %v959 : f32
          %v2071 = arith.mulf %v2003, %v2070 fastmath<contract> : f32
          %v2072 = arith.mulf %v2071, %v2005 fastmath<contract> : f32
          %v2073 = llvm.load %v7 : !llvm.ptr -> f32
          %v2074 = arith.mulf %v2001, %v2073 fastmath<contract> : f32
          %v2075 = arith.addf %v2074, %v2072 fastmath<contract> : f32
          %v2076 = llvm.load %v8 : !llvm.ptr -> f32
          %v2077 = arith.mulf %v2001, %v2076 fastmath<contract> : f32
          %v2078 = arith.addf %v2077, %v2065 fastmath<contract> : f32
          %v2079 = llvm.load %v9 : !llvm.ptr -> f32
          %v2080 = arith.mulf %v2001, %v2079 fastmath<contract> : f32
          %v2081 = arith.addf %v2080, %v2071 fastmath<contract> : f32
          llvm.store %v2069, %v6 : f32, !llvm.ptr
          llvm.store %v2075, %v7 : f32, !llvm.ptr
          llvm.store %v2078, %v8 : f32, !llvm.ptr
          llvm.store %v2081, %v9 : f32, !llvm.ptr
          %v2082 = llvm.load %v6 : !llvm.ptr -> f32
          %v2083 = arith.mulf %v563, %v2082 fastmath<contract> : f32
          %v2084 = llvm.load %v7 : !llvm.ptr -> f32
          %v2085 = arith.mulf %v574, %v2084 fastmath<contract> : f32
          %v2086 = arith.addf %v2083, %v2085 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2087, %v2088 = gpu.shuffle xor %v2086, %v983, %v984 : f32
          %v2089 = arith.addf %v2086, %v2087 fastmath<contract> : f32
          %v2090, %v2091 = gpu.shuffle xor %v2089, %v988, %v984 : f32
          %v2092 = arith.addf %v2089, %v2090 fastmath<contract> : f32
          %v2093, %v2094 = gpu.shuffle xor %v2092, %v992, %v984 : f32
          %v2095 = arith.addf %v2092, %v2093 fastmath<contract> : f32
          // end sum over the lanes
          %v2096 = llvm.load %v8 : !llvm.ptr -> f32
          %v2097 = arith.mulf %v563, %v2096 fastmath<contract> : f32
          %v2098 = llvm.load %v9 : !llvm.ptr -> f32
          %v2099 = arith.mulf %v574, %v2098 fastmath<contract> : f32
          %v2100 = arith.addf %v2097, %v2099 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2101, %v2102 = gpu.shuffle xor %v2100, %v983, %v984 : f32
          %v2103 = arith.addf %v2100, %v2101 fastmath<contract> : f32
          %v2104, %v2105 = gpu.shuffle xor %v2103, %v988, %v984 : f32
          %v2106 = arith.addf %v2103, %v2104 fastmath<contract> : f32
          %v2107, %v2108 = gpu.shuffle xor %v2106, %v992, %v984 : f32
          %v2109 = arith.addf %v2106, %v2107 fastmath<contract> : f32
          // end sum over the lanes
          %v2110 = arith.addi %v82, %v112 : i64
          %v2111, %v2112 = gpu.shuffle idx %v834, %v869, %v888 : f32
          %v2113, %v2114 = gpu.shuffle idx %v843, %v869, %v888 : f32
          %v2115, %v2116 = gpu.shuffle idx %v852, %v869, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2117 = arith.remui %v2110, %v12 : i64
          %v2118 = arith.cmpi eq, %v2117, %v42 : i64
          %v2119 = arith.andi %v2118, %v28 : i1
          scf.if %v2119 {
            %v2120 = arith.divui %v2110, %v12 : i64
            %v2121 = llvm.mlir.zero : !llvm.ptr
            %v2122 = llvm.icmp "ne" %ckpt_C, %v2121 : !llvm.ptr
            scf.if %v2122 {
              %v2127 = arith.muli %v2120, %v2126 : i64
              %v2128 = llvm.load %v6 : !llvm.ptr -> f32
              %v2129 = arith.muli %v35, %v910 : i64
              %v2130 = arith.muli %v33, %v909 : i64
              %v2131 = arith.addi %v2129, %v2130 : i64
              %v2132 = arith.muli %v24, %v908 : i64
              %v2133 = arith.addi %v2131, %v2132 : i64
              %v2134 = arith.muli %v31, %v2 : i64
              %v2135 = arith.addi %v2133, %v2134 : i64
              %v2136 = arith.addi %v2127, %v2135 : i64
              %v2137 = llvm.getelementptr %ckpt_C[%v2136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2128, %v2137 : f32, !llvm.ptr
              %v2138 = llvm.load %v7 : !llvm.ptr -> f32
              %v2139 = arith.muli %v35, %v910 : i64
              %v2140 = arith.muli %v33, %v909 : i64
              %v2141 = arith.addi %v2139, %v2140 : i64
              %v2142 = arith.constant 8 : i64
              %v2143 = arith.addi %v2142, %v24 : i64
              %v2144 = arith.muli %v2143, %v908 : i64
              %v2145 = arith.addi %v2141, %v2144 : i64
              %v2146 = arith.muli %v31, %v2 : i64
              %v2147 = arith.addi %v2145, %v2146 : i64
              %v2148 = arith.addi %v2127, %v2147 : i64
              %v2149 = llvm.getelementptr %ckpt_C[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2138, %v2149 : f32, !llvm.ptr
            }
            %v2150 = llvm.mlir.zero : !llvm.ptr
            %v2151 = llvm.icmp "ne" %ckpt_n, %v2150 : !llvm.ptr
            scf.if %v2151 {
              %v2155 = arith.muli %v2120, %v2154 : i64
              %v2156 = llvm.load %v8 : !llvm.ptr -> f32
              %v2157 = arith.muli %v35, %v940 : i64
              %v2158 = arith.muli %v33, %v939 : i64
              %v2159 = arith.addi %v2157, %v2158 : i64
              %v2160 = arith.muli %v24, %v2 : i64
              %v2161 = arith.addi %v2159, %v2160 : i64
              %v2162 = arith.addi %v2155, %v2161 : i64
              %v2163 = llvm.getelementptr %ckpt_n[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2156, %v2163 : f32, !llvm.ptr
              %v2164 = llvm.load %v9 : !llvm.ptr -> f32
              %v2165 = arith.muli %v35, %v940 : i64
              %v2166 = arith.muli %v33, %v939 : i64
              %v2167 = arith.addi %v2165, %v2166 : i64
              %v2168 = arith.constant 8 : i64
              %v2169 = arith.addi %v2168, %v24 : i64
              %v2170 = arith.muli %v2169, %v2 : i64
              %v2171 = arith.addi %v2167, %v2170 : i64
              %v2172 = arith.addi %v2155, %v2171 : i64
              %v2173 = llvm.getelementptr %ckpt_n[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2164, %v2173 : f32, !llvm.ptr
            }
          }
          // end save
          %v2174 = arith.divf %v584, %v959 : f32
          %v2175 = arith.mulf %v2113, %v2174 fastmath<contract> : f32
          %v2176 = arith.mulf %v2175, %v2115 fastmath<contract> : f32
          %v2177 = llvm.load %v6 : !llvm.ptr -> f32
          %v2178 = arith.mulf %v2111, %v2177 fastmath<contract> : f32
          %v2179 = arith.addf %v2178, %v2176 fastmath<contract> : f32
          %v2180 = arith.divf %v595, %v959 : f32
          %v2181 = arith.mulf %v2113, %v2180 fastmath<contract> : f32
          %v2182 = arith.mulf %v2181, %v2115 fastmath<contract> : f32
          %v2183 = llvm.load %v7 : !llvm.ptr -> f32
          %v2184 = arith.mulf %v2111, %v2183 fastmath<contract> : f32
          %v2185 = arith.addf %v2184, %v2182 fastmath<contract> : f32
          %v2186 = llvm.load %v8 : !llvm.ptr -> f32
          %v2187 = arith.mulf %v2111, %v2186 fastmath<contract> : f32
          %v2188 = arith.addf %v2187, %v2175 fastmath<contract> : f32
          %v2189 = llvm.load %v9 : !llvm.ptr -> f32
          %v2190 = arith.mulf %v2111, %v2189 fastmath<contract> : f32
          %v2191 = arith.addf %v2190, %v2181 fastmath<contract> : f32
          llvm.store %v2179, %v6 : f32, !llvm.ptr
          llvm.store %v2185, %v7 : f32, !llvm.ptr
          llvm.store %v2188, %v8 : f32, !llvm.ptr
          llvm.store %v2191, %v9 : f32, !llvm.ptr
          %v2192 = llvm.load %v6 : !llvm.ptr -> f32
          %v2193 = arith.mulf %v604, %v2192 fastmath<contract> : f32
          %v2194 = llvm.load %v7 : !llvm.ptr -> f32
          %v2195 = arith.mulf %v615, %v2194 fastmath<contract> : f32
          %v2196 = arith.addf %v2193, %v2195 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2197, %v2198 = gpu.shuffle xor %v2196, %v983, %v984 : f32
          %v2199 = arith.addf %v2196, %v2197 fastmath<contract> : f32
          %v2200, %v2201 = gpu.shuffle xor %v2199, %v988, %v984 : f32
          %v2202 = arith.addf %v2199, %v2200 fastmath<contract> : f32
          %v2203, %v2204 = gpu.shuffle xor %v2202, %v992, %v984 : f32
          %v2205 = arith.addf %v2202, %v2203 fastmath<contract> : f32
          // end sum over the lanes
          %v2206 = llvm.load %v8 : !llvm.ptr -> f32
          %v2207 = arith.mulf %v604, %v2206 fastmath<contract> : f32
          %v2208 = llvm.load %v9 : !llvm.ptr -> f32
          %v2209 = arith.mulf %v615, %v2208 fastmath<contract> : f32
          %v2210 = arith.addf %v2207, %v2209 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2211, %v2212 = gpu.shuffle xor %v2210, %v983, %v984 : f32
          %v2213 = arith.addf %v2210, %v2211 fastmath<contract> : f32
          %v2214, %v2215 = gpu.shuffle xor %v2213, %v988, %v984 : f32
          %v2216 = arith.addf %v2213, %v2214 fastmath<contract> : f32
          %v2217, %v2218 = gpu.shuffle xor %v2216, %v992, %v984 : f32
          %v2219 = arith.addf %v2216, %v2217 fastmath<contract> : f32
          // end sum over the lanes
          %v2220 = arith.addi %v82, %v114 : i64
          %v2221, %v2222 = gpu.shuffle idx %v834, %v873, %v888 : f32
          %v2223, %v2224 = gpu.shuffle idx %v843, %v873, %v888 : f32
          %v2225, %v2226 = gpu.shuffle idx %v852, %v873, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2227 = arith.remui %v2220, %v12 : i64
          %v2228 = arith.cmpi eq, %v2227, %v42 : i64
          %v2229 = arith.andi %v2228, %v28 : i1
          scf.if %v2229 {
            %v2230 = arith.divui %v2220, %v12 : i64
            %v2231 = llvm.mlir.zero : !llvm.ptr
            %v2232 = llvm.icmp "ne" %ckpt_C, %v2231 : !llvm.ptr
            scf.if %v2232 {
              %v2237 = arith.muli %v2230, %v2236 : i64
              %v2238 = llvm.load %v6 : !llvm.ptr -> f32
              %v2239 = arith.muli %v35, %v910 : i64
              %v2240 = arith.muli %v33, %v909 : i64
              %v2241 = arith.addi %v2239, %v2240 : i64
              %v2242 = arith.muli %v24, %v908 : i64
              %v2243 = arith.addi %v2241, %v2242 : i64
              %v2244 = arith.muli %v31, %v2 : i64
              %v2245 = arith.addi %v2243, %v2244 : i64
              %v2246 = arith.addi %v2237, %v2245 : i64
              %v2247 = llvm.getelementptr %ckpt_C[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2238, %v2247 : f32, !llvm.ptr
              %v2248 = llvm.load %v7 : !llvm.ptr -> f32
              %v2249 = arith.muli %v35, %v910 : i64
              %v2250 = arith.muli %v33, %v909 : i64
              %v2251 = arith.addi %v2249, %v2250 : i64
              %v2252 = arith.constant 8 : i64
              %v2253 = arith.addi %v2252, %v24 : i64
              %v2254 = arith.muli %v2253, %v908 : i64
              %v2255 = arith.addi %v2251, %v2254 : i64
              %v2256 = arith.muli %v31, %v2 : i64
              %v2257 = arith.addi %v2255, %v2256 : i64
              %v2258 = arith.addi %v2237, %v2257 : i64
              %v2259 = llvm.getelementptr %ckpt_C[%v2258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2248, %v2259 : f32, !llvm.ptr
            }
            %v2260 = llvm.mlir.zero : !llvm.ptr
            %v2261 = llvm.icmp "ne" %ckpt_n, %v2260 : !llvm.ptr
            scf.if %v2261 {
              %v2265 = arith.muli %v2230, %v2264 : i64
              %v2266 = llvm.load %v8 : !llvm.ptr -> f32
              %v2267 = arith.muli %v35, %v940 : i64
              %v2268 = arith.muli %v33, %v939 : i64
              %v2269 = arith.addi %v2267, %v2268 : i64
              %v2270 = arith.muli %v24, %v2 : i64
              %v2271 = arith.addi %v2269, %v2270 : i64
              %v2272 = arith.addi %v2265, %v2271 : i64
              %v2273 = llvm.getelementptr %ckpt_n[%v2272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2266, %v2273 : f32, !llvm.ptr
              %v2274 = llvm.load %v9 : !llvm.ptr -> f32
              %v2275 = arith.muli %v35, %v940 : i64
              %v2276 = arith.muli %v33, %v939 : i64
              %v2277 = arith.addi %v2275, %v2276 : i64
              %v2278 = arith.constant 8 : i64
              %v2279 = arith.addi %v2278, %v24 : i64
              %v2280 = arith.muli %v2279, %v2 : i64
              %v2281 = arith.addi %v2277, %v2280 : i64
              %v2282 = arith.addi %v2265, %v2281 : i64
              %v2283 = llvm.getelementptr %ckpt_n[%v2282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2274, %v2283 : f32, !llvm.ptr
            }
          }
          // end save
          %v2284 = arith.divf %v625, %v959 : f32
          %v2285 = arith.mulf %v2223, %v2284 fastmath<contract> : f32
          %v2286 = arith.mulf %v2285, %v2225 fastmath<contract> : f32
          %v2287 = llvm.load %v6 : !llvm.ptr -> f32
          %v2288 = arith.mulf %v2221, %v2287 fastmath<contract> : f32
          %v2289 = arith.addf %v2288, %v2286 fastmath<contract> : f32
          %v2290 = arith.divf %v636, %v959 : f32
          %v2291 = arith.mulf %v2223, %v2290 fastmath<contract> : f32
          %v2292 = arith.mulf %v2291, %v2225 fastmath<contract> : f32
          %v2293 = llvm.load %v7 : !llvm.ptr -> f32
          %v2294 = arith.mulf %v2221, %v2293 fastmath<contract> : f32
          %v2295 = arith.addf %v2294, %v2292 fastmath<contract> : f32
          %v2296 = llvm.load %v8 : !llvm.ptr -> f32
          %v2297 = arith.mulf %v2221, %v2296 fastmath<contract> : f32
          %v2298 = arith.addf %v2297, %v2285 fastmath<contract> : f32
          %v2299 = llvm.load %v9 : !llvm.ptr -> f32
          %v2300 = arith.mulf %v2221, %v2299 fastmath<contract> : f32
          %v2301 = arith.addf %v2300, %v2291 fastmath<contract> : f32
          llvm.store %v2289, %v6 : f32, !llvm.ptr
          llvm.store %v2295, %v7 : f32, !llvm.ptr
          llvm.store %v2298, %v8 : f32, !llvm.ptr
          llvm.store %v2301, %v9 : f32, !llvm.ptr
          %v2302 = llvm.load %v6 : !llvm.ptr -> f32
          %v2303 = arith.mulf %v645, %v2302 fastmath<contract> : f32
          %v2304 = llvm.load %v7 : !llvm.ptr -> f32
          %v2305 = arith.mulf %v656, %v2304 fastmath<contract> : f32
          %v2306 = arith.addf %v2303, %v2305 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2307, %v2308 = gpu.shuffle xor %v2306, %v983, %v984 : f32
          %v2309 = arith.addf %v2306, %v2307 fastmath<contract> : f32
          %v2310, %v2311 = gpu.shuffle xor %v2309, %v988, %v984 : f32
          %v2312 = arith.addf %v2309, %v2310 fastmath<contract> : f32
          %v2313, %v2314 = gpu.shuffle xor %v2312, %v992, %v984 : f32
          %v2315 = arith.addf %v2312, %v2313 fastmath<contract> : f32
          // end sum over the lanes
          %v2316 = llvm.load %v8 : !llvm.ptr -> f32
          %v2317 = arith.mulf %v645, %v2316 fastmath<contract> : f32
          %v2318 = llvm.load %v9 : !llvm.ptr -> f32
          %v2319 = arith.mulf %v656, %v2318 fastmath<contract> : f32
          %v2320 = arith.addf %v2317, %v2319 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2321, %v2322 = gpu.shuffle xor %v2320, %v983, %v984 : f32
          %v2323 = arith.addf %v2320, %v2321 fastmath<contract> : f32
          %v2324, %v2325 = gpu.shuffle xor %v2323, %v988, %v984 : f32
          %v2326 = arith.addf %v2323, %v2324 fastmath<contract> : f32
          %v2327, %v2328 = gpu.shuffle xor %v2326, %v992, %v984 : f32
          %v2329 = arith.addf %v2326, %v2327 fastmath<contract> : f32
          // end sum over the lanes
          %v2330 = arith.addi %v82, %v116 : i64
          %v2331, %v2332 = gpu.shuffle idx %v834, %v877, %v888 : f32
          %v2333, %v2334 = gpu.shuffle idx %v843, %v877, %v888 : f32
          %v2335, %v2336 = gpu.shuffle idx %v852, %v877, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2337 = arith.remui %v2330, %v12 : i64
          %v2338 = arith.cmpi eq, %v2337, %v42 : i64
          %v2339 = arith.andi %v2338, %v28 : i1
          scf.if %v2339 {
            %v2340 = arith.divui %v2330, %v12 : i64
            %v2341 = llvm.mlir.zero : !llvm.ptr
            %v2342 = llvm.icmp "ne" %ckpt_C, %v2341 : !llvm.ptr
            scf.if %v2342 {
              %v2347 = arith.muli %v2340, %v2346 : i64
              %v2348 = llvm.load %v6 : !llvm.ptr -> f32
              %v2349 = arith.muli %v35, %v910 : i64
              %v2350 = arith.muli %v33, %v909 : i64
              %v2351 = arith.addi %v2349, %v2350 : i64
              %v2352 = arith.muli %v24, %v908 : i64
              %v2353 = arith.addi %v2351, %v2352 : i64
              %v2354 = arith.muli %v31, %v2 : i64
              %v2355 = arith.addi %v2353, %v2354 : i64
              %v2356 = arith.addi %v2347, %v2355 : i64
              %v2357 = llvm.getelementptr %ckpt_C[%v2356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2348, %v2357 : f32, !llvm.ptr
              %v2358 = llvm.load %v7 : !llvm.ptr -> f32
              %v2359 = arith.muli %v35, %v910 : i64
              %v2360 = arith.muli %v33, %v909 : i64
              %v2361 = arith.addi %v2359, %v2360 : i64
              %v2362 = arith.constant 8 : i64
              %v2363 = arith.addi %v2362, %v24 : i64
              %v2364 = arith.muli %v2363, %v908 : i64
              %v2365 = arith.addi %v2361, %v2364 : i64
              %v2366 = arith.muli %v31, %v2 : i64
              %v2367 = arith.addi %v2365, %v2366 : i64
              %v2368 = arith.addi %v2347, %v2367 : i64
              %v2369 = llvm.getelementptr %ckpt_C[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2358, %v2369 : f32, !llvm.ptr
            }
            %v2370 = llvm.mlir.zero : !llvm.ptr
            %v2371 = llvm.icmp "ne" %ckpt_n, %v2370 : !llvm.ptr
            scf.if %v2371 {
              %v2375 = arith.muli %v2340, %v2374 : i64
              %v2376 = llvm.load %v8 : !llvm.ptr -> f32
              %v2377 = arith.muli %v35, %v940 : i64
              %v2378 = arith.muli %v33, %v939 : i64
              %v2379 = arith.addi %v2377, %v2378 : i64
              %v2380 = arith.muli %v24, %v2 : i64
              %v2381 = arith.addi %v2379, %v2380 : i64
              %v2382 = arith.addi %v2375, %v2381 : i64
              %v2383 = llvm.getelementptr %ckpt_n[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2376, %v2383 : f32, !llvm.ptr
              %v2384 = llvm.load %v9 : !llvm.ptr -> f32
              %v2385 = arith.muli %v35, %v940 : i64
              %v2386 = arith.muli %v33, %v939 : i64
              %v2387 = arith.addi %v2385, %v2386 : i64
              %v2388 = arith.constant 8 : i64
              %v2389 = arith.addi %v2388, %v24 : i64
              %v2390 = arith.muli %v2389, %v2 : i64
              %v2391 = arith.addi %v2387, %v2390 : i64
              %v2392 = arith.addi %v2375, %v2391 : i64
              %v2393 = llvm.getelementptr %ckpt_n[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2384, %v2393 : f32, !llvm.ptr
            }
          }
          // end save
          %v2394 = arith.divf %v666, %v959 : f32
          %v2395 = arith.mulf %v2333, %v2394 fastmath<contract> : f32
          %v2396 = arith.mulf %v2395, %v2335 fastmath<contract> : f32
          %v2397 = llvm.load %v6 : !llvm.ptr -> f32
          %v2398 = arith.mulf %v2331, %v2397 fastmath<contract> : f32
          %v2399 = arith.addf %v2398, %v2396 fastmath<contract> : f32
          %v2400 = arith.divf %v677, %v959 : f32
          %v2401 = arith.mulf %v2333, %v2400 fastmath<contract> : f32
          %v2402 = arith.mulf %v2401, %v2335 fastmath<contract> : f32
          %v2403 = llvm.load %v7 : !llvm.ptr -> f32
          %v2404 = arith.mulf %v2331, %v2403 fastmath<contract> : f32
          %v2405 = arith.addf %v2404, %v2402 fastmath<contract> : f32
          %v2406 = llvm.load %v8 : !llvm.ptr -> f32
          %v2407 = arith.mulf %v2331, %v2406 fastmath<contract> : f32
          %v2408 = arith.addf %v2407, %v2395 fastmath<contract> : f32
          %v2409 = llvm.load %v9 : !llvm.ptr -> f32
          %v2410 = arith.mulf %v2331, %v2409 fastmath<contract> : f32
          %v2411 = arith.addf %v2410, %v2401 fastmath<contract> : f32
          llvm.store %v2399, %v6 : f32, !llvm.ptr
          llvm.store %v2405, %v7 : f32, !llvm.ptr
          llvm.store %v2408, %v8 : f32, !llvm.ptr
          llvm.store %v2411, %v9 : f32, !llvm.ptr
          %v2412 = llvm.load %v6 : !llvm.ptr -> f32
          %v2413 = arith.mulf %v686, %v2412 fastmath<contract> : f32
          %v2414 = llvm.load %v7 : !llvm.ptr -> f32
          %v2415 = arith.mulf %v697, %v2414 fastmath<contract> : f32
          %v2416 = arith.addf %v2413, %v2415 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2417, %v2418 = gpu.shuffle xor %v2416, %v983, %v984 : f32
          %v2419 = arith.addf %v2416, %v2417 fastmath<contract> : f32
          %v2420, %v2421 = gpu.shuffle xor %v2419, %v988, %v984 : f32
          %v2422 = arith.addf %v2419, %v2420 fastmath<contract> : f32
          %v2423, %v2424 = gpu.shuffle xor %v2422, %v992, %v984 : f32
          %v2425 = arith.addf %v2422, %v2423 fastmath<contract> : f32
          // end sum over the lanes
          %v2426 = llvm.load %v8 : !llvm.ptr -> f32
          %v2427 = arith.mulf %v686, %v2426 fastmath<contract> : f32
          %v2428 = llvm.load %v9 : !llvm.ptr -> f32
          %v2429 = arith.mulf %v697, %v2428 fastmath<contract> : f32
          %v2430 = arith.addf %v2427, %v2429 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2431, %v2432 = gpu.shuffle xor %v2430, %v983, %v984 : f32
          %v2433 = arith.addf %v2430, %v2431 fastmath<contract> : f32
          %v2434, %v2435 = gpu.shuffle xor %v2433, %v988, %v984 : f32
          %v2436 = arith.addf %v2433, %v2434 fastmath<contract> : f32
          %v2437, %v2438 = gpu.shuffle xor %v2436, %v992, %v984 : f32
          %v2439 = arith.addf %v2436, %v2437 fastmath<contract> : f32
          // end sum over the lanes
          %v2440 = arith.addi %v82, %v118 : i64
          %v2441, %v2442 = gpu.shuffle idx %v834, %v881, %v888 : f32
          %v2443, %v2444 = gpu.shuffle idx %v843, %v881, %v888 : f32
          %v2445, %v2446 = gpu.shuffle idx %v852, %v881, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2447 = arith.remui %v2440, %v12 : i64
          %v2448 = arith.cmpi eq, %v2447, %v42 : i64
          %v2449 = arith.andi %v2448, %v28 : i1
          scf.if %v2449 {
            %v2450 = arith.divui %v2440, %v12 : i64
            %v2451 = llvm.mlir.zero : !llvm.ptr
            %v2452 = llvm.icmp "ne" %ckpt_C, %v2451 : !llvm.ptr
            scf.if %v2452 {
              %v2457 = arith.muli %v2450, %v2456 : i64
              %v2458 = llvm.load %v6 : !llvm.ptr -> f32
              %v2459 = arith.muli %v35, %v910 : i64
              %v2460 = arith.muli %v33, %v909 : i64
              %v2461 = arith.addi %v2459, %v2460 : i64
              %v2462 = arith.muli %v24, %v908 : i64
              %v2463 = arith.addi %v2461, %v2462 : i64
              %v2464 = arith.muli %v31, %v2 : i64
              %v2465 = arith.addi %v2463, %v2464 : i64
              %v2466 = arith.addi %v2457, %v2465 : i64
              %v2467 = llvm.getelementptr %ckpt_C[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2458, %v2467 : f32, !llvm.ptr
              %v2468 = llvm.load %v7 : !llvm.ptr -> f32
              %v2469 = arith.muli %v35, %v910 : i64
              %v2470 = arith.muli %v33, %v909 : i64
              %v2471 = arith.addi %v2469, %v2470 : i64
              %v2472 = arith.constant 8 : i64
              %v2473 = arith.addi %v2472, %v24 : i64
              %v2474 = arith.muli %v2473, %v908 : i64
              %v2475 = arith.addi %v2471, %v2474 : i64
              %v2476 = arith.muli %v31, %v2 : i64
              %v2477 = arith.addi %v2475, %v2476 : i64
              %v2478 = arith.addi %v2457, %v2477 : i64
              %v2479 = llvm.getelementptr %ckpt_C[%v2478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2468, %v2479 : f32, !llvm.ptr
            }
            %v2480 = llvm.mlir.zero : !llvm.ptr
            %v2481 = llvm.icmp "ne" %ckpt_n, %v2480 : !llvm.ptr
            scf.if %v2481 {
              %v2485 = arith.muli %v2450, %v2484 : i64
              %v2486 = llvm.load %v8 : !llvm.ptr -> f32
              %v2487 = arith.muli %v35, %v940 : i64
              %v2488 = arith.muli %v33, %v939 : i64
              %v2489 = arith.addi %v2487, %v2488 : i64
              %v2490 = arith.muli %v24, %v2 : i64
              %v2491 = arith.addi %v2489, %v2490 : i64
              %v2492 = arith.addi %v2485, %v2491 : i64
              %v2493 = llvm.getelementptr %ckpt_n[%v2492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2486, %v2493 : f32, !llvm.ptr
              %v2494 = llvm.load %v9 : !llvm.ptr -> f32
              %v2495 = arith.muli %v35, %v940 : i64
              %v2496 = arith.muli %v33, %v939 : i64
              %v2497 = arith.addi %v2495, %v2496 : i64
              %v2498 = arith.constant 8 : i64
              %v2499 = arith.addi %v2498, %v24 : i64
              %v2500 = arith.muli %v2499, %v2 : i64
              %v2501 = arith.addi %v2497, %v2500 : i64
              %v2502 = arith.addi %v2485, %v2501 : i64
              %v2503 = llvm.getelementptr %ckpt_n[%v2502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2494, %v2503 : f32, !llvm.ptr
            }
          }
          // end save
          %v2504 = arith.divf %v707, %v959 : f32
          %v2505 = arith.mulf %v2443, %v2504 fastmath<contract> : f32
          %v2506 = arith.mulf %v2505, %v2445 fastmath<contract> : f32
          %v2507 = llvm.load %v6 : !llvm.ptr -> f32
          %v2508 = arith.mulf %v2441, %v2507 fastmath<contract> : f32
          %v2509 = arith.addf %v2508, %v2506 fastmath<contract> : f32
          %v2510 = arith.divf %v718, %v959 : f32
          %v2511 = arith.mulf %v2443, %v2510 fastmath<contract> : f32
          %v2512 = arith.mulf %v2511, %v2445 fastmath<contract> : f32
          %v2513 = llvm.load %v7 : !llvm.ptr -> f32
          %v2514 = arith.mulf %v2441, %v2513 fastmath<contract> : f32
          %v2515 = arith.addf %v2514, %v2512 fastmath<contract> : f32
          %v2516 = llvm.load %v8 : !llvm.ptr -> f32
          %v2517 = arith.mulf %v2441, %v2516 fastmath<contract> : f32
          %v2518 = arith.addf %v2517, %v2505 fastmath<contract> : f32
          %v2519 = llvm.load %v9 : !llvm.ptr -> f32
          %v2520 = arith.mulf %v2441, %v2519 fastmath<contract> : f32
          %v2521 = arith.addf %v2520, %v2511 fastmath<contract> : f32
          llvm.store %v2509, %v6 : f32, !llvm.ptr
          llvm.store %v2515, %v7 : f32, !llvm.ptr
          llvm.store %v2518, %v8 : f32, !llvm.ptr
          llvm.store %v2521, %v9 : f32, !llvm.ptr
          %v2522 = llvm.load %v6 : !llvm.ptr -> f32
          %v2523 = arith.mulf %v727, %v2522 fastmath<contract> : f32
          %v2524 = llvm.load %v7 : !llvm.ptr -> f32
          %v2525 = arith.mulf %v738, %v2524 fastmath<contract> : f32
          %v2526 = arith.addf %v2523, %v2525 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2527, %v2528 = gpu.shuffle xor %v2526, %v983, %v984 : f32
          %v2529 = arith.addf %v2526, %v2527 fastmath<contract> : f32
          %v2530, %v2531 = gpu.shuffle xor %v2529, %v988, %v984 : f32
          %v2532 = arith.addf %v2529, %v2530 fastmath<contract> : f32
          %v2533, %v2534 = gpu.shuffle xor %v2532, %v992, %v984 : f32
          %v2535 = arith.addf %v2532, %v2533 fastmath<contract> : f32
          // end sum over the lanes
          %v2536 = llvm.load %v8 : !llvm.ptr -> f32
          %v2537 = arith.mulf %v727, %v2536 fastmath<contract> : f32
          %v2538 = llvm.load %v9 : !llvm.ptr -> f32
          %v2539 = arith.mulf %v738, %v2538 fastmath<contract> : f32
          %v2540 = arith.addf %v2537, %v2539 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2541, %v2542 = gpu.shuffle xor %v2540, %v983, %v984 : f32
          %v2543 = arith.addf %v2540, %v2541 fastmath<contract> : f32
          %v2544, %v2545 = gpu.shuffle xor %v2543, %v988, %v984 : f32
          %v2546 = arith.addf %v2543, %v2544 fastmath<contract> : f32
          %v2547, %v2548 = gpu.shuffle xor %v2546, %v992, %v984 : f32
          %v2549 = arith.addf %v2546, %v2547 fastmath<contract> : f32
          // end sum over the lanes
          %v2550 = arith.addi %v82, %v120 : i64
          %v2551, %v2552 = gpu.shuffle idx %v834, %v885, %v888 : f32
          %v2553, %v2554 = gpu.shuffle idx %v843, %v885, %v888 : f32
          %v2555, %v2556 = gpu.shuffle idx %v852, %v885, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2557 = arith.remui %v2550, %v12 : i64
          %v2558 = arith.cmpi eq, %v2557, %v42 : i64
          %v2559 = arith.andi %v2558, %v28 : i1
          scf.if %v2559 {
            %v2560 = arith.divui %v2550, %v12 : i64
            %v2561 = llvm.mlir.zero : !llvm.ptr
            %v2562 = llvm.icmp "ne" %ckpt_C, %v2561 : !llvm.ptr
            scf.if %v2562 {
              %v2567 = arith.muli %v2560, %v2566 : i64
              %v2568 = llvm.load %v6 : !llvm.ptr -> f32
              %v2569 = arith.muli %v35, %v910 : i64
              %v2570 = arith.muli %v33, %v909 : i64
              %v2571 = arith.addi %v2569, %v2570 : i64
              %v2572 = arith.muli %v24, %v908 : i64
              %v2573 = arith.addi %v2571, %v2572 : i64
              %v2574 = arith.muli %v31, %v2 : i64
              %v2575 = arith.addi %v2573, %v2574 : i64
              %v2576 = arith.addi %v2567, %v2575 : i64
              %v2577 = llvm.getelementptr %ckpt_C[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2568, %v2577 : f32, !llvm.ptr
              %v2578 = llvm.load %v7 : !llvm.ptr -> f32
              %v2579 = arith.muli %v35, %v910 : i64
              %v2580 = arith.muli %v33, %v909 : i64
              %v2581 = arith.addi %v2579, %v2580 : i64
              %v2582 = arith.constant 8 : i64
              %v2583 = arith.addi %v2582, %v24 : i64
              %v2584 = arith.muli %v2583, %v908 : i64
              %v2585 = arith.addi %v2581, %v2584 : i64
              %v2586 = arith.muli %v31, %v2 : i64
              %v2587 = arith.addi %v2585, %v2586 : i64
              %v2588 = arith.addi %v2567, %v2587 : i64
              %v2589 = llvm.getelementptr %ckpt_C[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2578, %v2589 : f32, !llvm.ptr
            }
            %v2590 = llvm.mlir.zero : !llvm.ptr
            %v2591 = llvm.icmp "ne" %ckpt_n, %v2590 : !llvm.ptr
            scf.if %v2591 {
              %v2595 = arith.muli %v2560, %v2594 : i64
              %v2596 = llvm.load %v8 : !llvm.ptr -> f32
              %v2597 = arith.muli %v35, %v940 : i64
              %v2598 = arith.muli %v33, %v939 : i64
              %v2599 = arith.addi %v2597, %v2598 : i64
              %v2600 = arith.muli %v24, %v2 : i64
              %v2601 = arith.addi %v2599, %v2600 : i64
              %v2602 = arith.addi %v2595, %v2601 : i64
              %v2603 = llvm.getelementptr %ckpt_n[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2596, %v2603 : f32, !llvm.ptr
              %v2604 = llvm.load %v9 : !llvm.ptr -> f32
              %v2605 = arith.muli %v35, %v940 : i64
              %v2606 = arith.muli %v33, %v939 : i64
              %v2607 = arith.addi %v2605, %v2606 : i64
              %v2608 = arith.constant 8 : i64
              %v2609 = arith.addi %v2608, %v24 : i64
              %v2610 = arith.muli %v2609, %v2 : i64
              %v2611 = arith.addi %v2607, %v2610 : i64
              %v2612 = arith.addi %v2595, %v2611 : i64
              %v2613 = llvm.getelementptr %ckpt_n[%v2612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2604, %v2613 : f32, !llvm.ptr
            }
          }
          // end save
          %v2614 = arith.divf %v748, %v959 : f32
          %v2615 = arith.mulf %v2553, %v2614 fastmath<contract> : f32
          %v2616 = arith.mulf %v2615, %v2555 fastmath<contract> : f32
          %v2617 = llvm.load %v6 : !llvm.ptr -> f32
          %v2618 = arith.mulf %v2551, %v2617 fastmath<contract> : f32
          %v2619 = arith.addf %v2618, %v2616 fastmath<contract> : f32
          %v2620 = arith.divf %v759, %v959 : f32
          %v2621 = arith.mulf %v2553, %v2620 fastmath<contract> : f32
          %v2622 = arith.mulf %v2621, %v2555 fastmath<contract> : f32
          %v2623 = llvm.load %v7 : !llvm.ptr -> f32
          %v2624 = arith.mulf %v2551, %v2623 fastmath<contract> : f32
          %v2625 = arith.addf %v2624, %v2622 fastmath<contract> : f32
          %v2626 = llvm.load %v8 : !llvm.ptr -> f32
          %v2627 = arith.mulf %v2551, %v2626 fastmath<contract> : f32
          %v2628 = arith.addf %v2627, %v2615 fastmath<contract> : f32
          %v2629 = llvm.load %v9 : !llvm.ptr -> f32
          %v2630 = arith.mulf %v2551, %v2629 fastmath<contract> : f32
          %v2631 = arith.addf %v2630, %v2621 fastmath<contract> : f32
          llvm.store %v2619, %v6 : f32, !llvm.ptr
          llvm.store %v2625, %v7 : f32, !llvm.ptr
          llvm.store %v2628, %v8 : f32, !llvm.ptr
          llvm.store %v2631, %v9 : f32, !llvm.ptr
          %v2632 = llvm.load %v6 : !llvm.ptr -> f32
          %v2633 = arith.mulf %v768, %v2632 fastmath<contract> : f32
          %v2634 = llvm.load %v7 : !llvm.ptr -> f32
          %v2635 = arith.mulf %v779, %v2634 fastmath<contract> : f32
          %v2636 = arith.addf %v2633, %v2635 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2637, %v2638 = gpu.shuffle xor %v2636, %v983, %v984 : f32
          %v2639 = arith.addf %v2636, %v2637 fastmath<contract> : f32
          %v2640, %v2641 = gpu.shuffle xor %v2639, %v988, %v984 : f32
          %v2642 = arith.addf %v2639, %v2640 fastmath<contract> : f32
          %v2643, %v2644 = gpu.shuffle xor %v2642, %v992, %v984 : f32
          %v2645 = arith.addf %v2642, %v2643 fastmath<contract> : f32
          // end sum over the lanes
          %v2646 = llvm.load %v8 : !llvm.ptr -> f32
          %v2647 = arith.mulf %v768, %v2646 fastmath<contract> : f32
          %v2648 = llvm.load %v9 : !llvm.ptr -> f32
          %v2649 = arith.mulf %v779, %v2648 fastmath<contract> : f32
          %v2650 = arith.addf %v2647, %v2649 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2651, %v2652 = gpu.shuffle xor %v2650, %v983, %v984 : f32
          %v2653 = arith.addf %v2650, %v2651 fastmath<contract> : f32
          %v2654, %v2655 = gpu.shuffle xor %v2653, %v988, %v984 : f32
          %v2656 = arith.addf %v2653, %v2654 fastmath<contract> : f32
          %v2657, %v2658 = gpu.shuffle xor %v2656, %v992, %v984 : f32
          %v2659 = arith.addf %v2656, %v2657 fastmath<contract> : f32
          // end sum over the lanes
          %v2660 = arith.addi %v82, %v781 : i64
          %v2661 = arith.select %v863, %v1105, %v995 : f32
          %v2662 = arith.select %v867, %v1215, %v2661 : f32
          %v2663 = arith.select %v871, %v1325, %v2662 : f32
          %v2664 = arith.select %v875, %v1435, %v2663 : f32
          %v2665 = arith.select %v879, %v1545, %v2664 : f32
          %v2666 = arith.select %v883, %v1655, %v2665 : f32
          %v2667 = arith.select %v887, %v1765, %v2666 : f32
          %v2668 = arith.select %v863, %v1119, %v1009 : f32
          %v2669 = arith.select %v867, %v1229, %v2668 : f32
          %v2670 = arith.select %v871, %v1339, %v2669 : f32
          %v2671 = arith.select %v875, %v1449, %v2670 : f32
          %v2672 = arith.select %v879, %v1559, %v2671 : f32
          %v2673 = arith.select %v883, %v1669, %v2672 : f32
          %v2674 = arith.select %v887, %v1779, %v2673 : f32
          %v2675 = llvm.call_intrinsic "llvm.fabs.f32"(%v2674) : (f32) -> f32
          %v2676 = arith.maximumf %v792, %v2675 : f32
          %v2677 = arith.divf %v2667, %v2676 : f32
          scf.if %v28 {
            %v2678 = arith.muli %v35, %v810 : i64
            %v2679 = arith.muli %v2660, %v809 : i64
            %v2680 = arith.addi %v2678, %v2679 : i64
            %v2681 = arith.muli %v33, %v808 : i64
            %v2682 = arith.addi %v2680, %v2681 : i64
            %v2683 = arith.muli %v31, %v2 : i64
            %v2684 = arith.addi %v2682, %v2683 : i64
            %v2685 = llvm.getelementptr %out_o[%v2684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2677, %v2685 : f32, !llvm.ptr
          }
          %v2686 = arith.addi %v82, %v821 : i64
          %v2687 = arith.select %v863, %v1985, %v1875 : f32
          %v2688 = arith.select %v867, %v2095, %v2687 : f32
          %v2689 = arith.select %v871, %v2205, %v2688 : f32
          %v2690 = arith.select %v875, %v2315, %v2689 : f32
          %v2691 = arith.select %v879, %v2425, %v2690 : f32
          %v2692 = arith.select %v883, %v2535, %v2691 : f32
          %v2693 = arith.select %v887, %v2645, %v2692 : f32
          %v2694 = arith.select %v863, %v1999, %v1889 : f32
          %v2695 = arith.select %v867, %v2109, %v2694 : f32
          %v2696 = arith.select %v871, %v2219, %v2695 : f32
          %v2697 = arith.select %v875, %v2329, %v2696 : f32
          %v2698 = arith.select %v879, %v2439, %v2697 : f32
          %v2699 = arith.select %v883, %v2549, %v2698 : f32
          %v2700 = arith.select %v887, %v2659, %v2699 : f32
          %v2701 = llvm.call_intrinsic "llvm.fabs.f32"(%v2700) : (f32) -> f32
          %v2702 = arith.maximumf %v792, %v2701 : f32
          %v2703 = arith.divf %v2693, %v2702 : f32
          scf.if %v28 {
            %v2704 = arith.muli %v35, %v810 : i64
            %v2705 = arith.muli %v2686, %v809 : i64
            %v2706 = arith.addi %v2704, %v2705 : i64
            %v2707 = arith.muli %v33, %v808 : i64
            %v2708 = arith.addi %v2706, %v2707 : i64
            %v2709 = arith.muli %v31, %v2 : i64
            %v2710 = arith.addi %v2708, %v2709 : i64
            %v2711 = llvm.getelementptr %out_o[%v2710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2703, %v2711 : f32, !llvm.ptr
          }
        }
        %v2712 = arith.muli %v85, %v1 : i64
        %v2713 = arith.index_cast %v2712 : i64 to index
        %v2714 = arith.index_cast %v84 : i64 to index
        %v2715 = arith.index_cast %v2 : i64 to index
        scf.for %v2716 = %v2713 to %v2714 step %v2715 {
          %v2717 = arith.index_cast %v2716 : index to i64
          %v2718 = arith.addi %v82, %v2717 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2719 = arith.remui %v2718, %v12 : i64
          %v2720 = arith.cmpi eq, %v2719, %v42 : i64
          %v2721 = arith.andi %v2720, %v28 : i1
          scf.if %v2721 {
            %v2722 = arith.divui %v2718, %v12 : i64
            %v2723 = llvm.mlir.zero : !llvm.ptr
            %v2724 = llvm.icmp "ne" %ckpt_C, %v2723 : !llvm.ptr
            scf.if %v2724 {
              %v2729 = arith.muli %v2722, %v2728 : i64
              %v2730 = llvm.load %v6 : !llvm.ptr -> f32
              %v2731 = arith.muli %v35, %v910 : i64
              %v2732 = arith.muli %v33, %v909 : i64
              %v2733 = arith.addi %v2731, %v2732 : i64
              %v2734 = arith.muli %v24, %v908 : i64
              %v2735 = arith.addi %v2733, %v2734 : i64
              %v2736 = arith.muli %v31, %v2 : i64
              %v2737 = arith.addi %v2735, %v2736 : i64
              %v2738 = arith.addi %v2729, %v2737 : i64
              %v2739 = llvm.getelementptr %ckpt_C[%v2738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2730, %v2739 : f32, !llvm.ptr
              %v2740 = llvm.load %v7 : !llvm.ptr -> f32
              %v2741 = arith.muli %v35, %v910 : i64
              %v2742 = arith.muli %v33, %v909 : i64
              %v2743 = arith.addi %v2741, %v2742 : i64
              %v2744 = arith.constant 8 : i64
              %v2745 = arith.addi %v2744, %v24 : i64
              %v2746 = arith.muli %v2745, %v908 : i64
              %v2747 = arith.addi %v2743, %v2746 : i64
              %v2748 = arith.muli %v31, %v2 : i64
              %v2749 = arith.addi %v2747, %v2748 : i64
              %v2750 = arith.addi %v2729, %v2749 : i64
              %v2751 = llvm.getelementptr %ckpt_C[%v2750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2740, %v2751 : f32, !llvm.ptr
            }
            %v2752 = llvm.mlir.zero : !llvm.ptr
            %v2753 = llvm.icmp "ne" %ckpt_n, %v2752 : !llvm.ptr
            scf.if %v2753 {
              %v2757 = arith.muli %v2722, %v2756 : i64
              %v2758 = llvm.load %v8 : !llvm.ptr -> f32
              %v2759 = arith.muli %v35, %v940 : i64
              %v2760 = arith.muli %v33, %v939 : i64
              %v2761 = arith.addi %v2759, %v2760 : i64
              %v2762 = arith.muli %v24, %v2 : i64
              %v2763 = arith.addi %v2761, %v2762 : i64
              %v2764 = arith.addi %v2757, %v2763 : i64
              %v2765 = llvm.getelementptr %ckpt_n[%v2764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2758, %v2765 : f32, !llvm.ptr
              %v2766 = llvm.load %v9 : !llvm.ptr -> f32
              %v2767 = arith.muli %v35, %v940 : i64
              %v2768 = arith.muli %v33, %v939 : i64
              %v2769 = arith.addi %v2767, %v2768 : i64
              %v2770 = arith.constant 8 : i64
              %v2771 = arith.addi %v2770, %v24 : i64
              %v2772 = arith.muli %v2771, %v2 : i64
              %v2773 = arith.addi %v2769, %v2772 : i64
              %v2774 = arith.addi %v2757, %v2773 : i64
              %v2775 = llvm.getelementptr %ckpt_n[%v2774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2766, %v2775 : f32, !llvm.ptr
            }
          }
          // end save
          %v2776 = arith.muli %v35, %v784 : i64
          %v2777 = arith.muli %v2718, %v783 : i64
          %v2778 = arith.addi %v2776, %v2777 : i64
          %v2779 = arith.muli %v33, %v2 : i64
          %v2780 = arith.addi %v2778, %v2779 : i64
          %v2781 = llvm.getelementptr %in_fg[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2782 = llvm.load %v2781 : !llvm.ptr -> f32
          %v2783 = arith.negf %v2782 : f32
          %v2784 = arith.mulf %v2783, %v794 fastmath<contract> : f32
          %v2785 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2784) : (f32) -> f32
          %v2786 = arith.addf %v792, %v2785 fastmath<contract> : f32
          %v2787 = arith.divf %v792, %v2786 : f32
          %v2788 = arith.muli %v35, %v784 : i64
          %v2789 = arith.muli %v2718, %v783 : i64
          %v2790 = arith.addi %v2788, %v2789 : i64
          %v2791 = arith.muli %v33, %v2 : i64
          %v2792 = arith.addi %v2790, %v2791 : i64
          %v2793 = llvm.getelementptr %in_ig[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2794 = llvm.load %v2793 : !llvm.ptr -> f32
          %v2795 = arith.mulf %v2794, %v794 fastmath<contract> : f32
          %v2796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2795) : (f32) -> f32
          %v2797 = arith.muli %v35, %v124 : i64
          %v2798 = arith.muli %v2718, %v123 : i64
          %v2799 = arith.addi %v2797, %v2798 : i64
          %v2800 = arith.muli %v33, %v122 : i64
          %v2801 = arith.addi %v2799, %v2800 : i64
          %v2802 = arith.muli %v24, %v2 : i64
          %v2803 = arith.addi %v2801, %v2802 : i64
          %v2804 = llvm.getelementptr %in_k[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2805 = llvm.load %v2804 : !llvm.ptr -> f32
          %v2806 = arith.divf %v2805, %v959 : f32
          %v2807 = arith.mulf %v2796, %v2806 fastmath<contract> : f32
          %v2808 = arith.muli %v35, %v810 : i64
          %v2809 = arith.muli %v2718, %v809 : i64
          %v2810 = arith.addi %v2808, %v2809 : i64
          %v2811 = arith.muli %v33, %v808 : i64
          %v2812 = arith.addi %v2810, %v2811 : i64
          %v2813 = arith.muli %v31, %v2 : i64
          %v2814 = arith.addi %v2812, %v2813 : i64
          %v2815 = llvm.getelementptr %in_v[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
          %v2817 = arith.mulf %v2807, %v2816 fastmath<contract> : f32
          %v2818 = llvm.load %v6 : !llvm.ptr -> f32
          %v2819 = arith.mulf %v2787, %v2818 fastmath<contract> : f32
          %v2820 = arith.addf %v2819, %v2817 fastmath<contract> : f32
          %v2821 = arith.muli %v35, %v124 : i64
          %v2822 = arith.muli %v2718, %v123 : i64
          %v2823 = arith.addi %v2821, %v2822 : i64
          %v2824 = arith.muli %v33, %v122 : i64
          %v2825 = arith.addi %v2823, %v2824 : i64
          %v2826 = arith.constant 8 : i64
          %v2827 = arith.addi %v2826, %v24 : i64
          %v2828 = arith.muli %v2827, %v2 : i64
          %v2829 = arith.addi %v2825, %v2828 : i64
          %v2830 = llvm.getelementptr %in_k[%v2829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2831 = llvm.load %v2830 : !llvm.ptr -> f32
          %v2832 = arith.divf %v2831, %v959 : f32
          %v2833 = arith.mulf %v2796, %v2832 fastmath<contract> : f32
          %v2834 = arith.mulf %v2833, %v2816 fastmath<contract> : f32
          %v2835 = llvm.load %v7 : !llvm.ptr -> f32
          %v2836 = arith.mulf %v2787, %v2835 fastmath<contract> : f32
          %v2837 = arith.addf %v2836, %v2834 fastmath<contract> : f32
          %v2838 = llvm.load %v8 : !llvm.ptr -> f32
          %v2839 = arith.mulf %v2787, %v2838 fastmath<contract> : f32
          %v2840 = arith.addf %v2839, %v2807 fastmath<contract> : f32
          %v2841 = llvm.load %v9 : !llvm.ptr -> f32
          %v2842 = arith.mulf %v2787, %v2841 fastmath<contract> : f32
          %v2843 = arith.addf %v2842, %v2833 fastmath<contract> : f32
          llvm.store %v2820, %v6 : f32, !llvm.ptr
          llvm.store %v2837, %v7 : f32, !llvm.ptr
          llvm.store %v2840, %v8 : f32, !llvm.ptr
          llvm.store %v2843, %v9 : f32, !llvm.ptr
          %v2844 = arith.muli %v35, %v124 : i64
          %v2845 = arith.muli %v2718, %v123 : i64
          %v2846 = arith.addi %v2844, %v2845 : i64
          %v2847 = arith.muli %v33, %v122 : i64
          %v2848 = arith.addi %v2846, %v2847 : i64
          %v2849 = arith.muli %v24, %v2 : i64
          %v2850 = arith.addi %v2848, %v2849 : i64
          %v2851 = llvm.getelementptr %in_q[%v2850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2852 = llvm.load %v2851 : !llvm.ptr -> f32
          %v2853 = llvm.load %v6 : !llvm.ptr -> f32
          %v2854 = arith.mulf %v2852, %v2853 fastmath<contract> : f32
          %v2855 = arith.muli %v35, %v124 : i64
          %v2856 = arith.muli %v2718, %v123 : i64
          %v2857 = arith.addi %v2855, %v2856 : i64
          %v2858 = arith.muli %v33, %v122 : i64
          %v2859 = arith.addi %v2857, %v2858 : i64
          %v2860 = arith.constant 8 : i64
          %v2861 = arith.addi %v2860, %v24 : i64
          %v2862 = arith.muli %v2861, %v2 : i64
          %v2863 = arith.addi %v2859, %v2862 : i64
          %v2864 = llvm.getelementptr %in_q[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2865 = llvm.load %v2864 : !llvm.ptr -> f32
          %v2866 = llvm.load %v7 : !llvm.ptr -> f32
          %v2867 = arith.mulf %v2865, %v2866 fastmath<contract> : f32
          %v2868 = arith.addf %v2854, %v2867 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2869, %v2870 = gpu.shuffle xor %v2868, %v983, %v984 : f32
          %v2871 = arith.addf %v2868, %v2869 fastmath<contract> : f32
          %v2872, %v2873 = gpu.shuffle xor %v2871, %v988, %v984 : f32
          %v2874 = arith.addf %v2871, %v2872 fastmath<contract> : f32
          %v2875, %v2876 = gpu.shuffle xor %v2874, %v992, %v984 : f32
          %v2877 = arith.addf %v2874, %v2875 fastmath<contract> : f32
          // end sum over the lanes
          %v2878 = llvm.load %v8 : !llvm.ptr -> f32
          %v2879 = arith.mulf %v2852, %v2878 fastmath<contract> : f32
          %v2880 = llvm.load %v9 : !llvm.ptr -> f32
          %v2881 = arith.mulf %v2865, %v2880 fastmath<contract> : f32
          %v2882 = arith.addf %v2879, %v2881 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2883, %v2884 = gpu.shuffle xor %v2882, %v983, %v984 : f32
          %v2885 = arith.addf %v2882, %v2883 fastmath<contract> : f32
          %v2886, %v2887 = gpu.shuffle xor %v2885, %v988, %v984 : f32
          %v2888 = arith.addf %v2885, %v2886 fastmath<contract> : f32
          %v2889, %v2890 = gpu.shuffle xor %v2888, %v992, %v984 : f32
          %v2891 = arith.addf %v2888, %v2889 fastmath<contract> : f32
          // end sum over the lanes
          %v2892 = llvm.call_intrinsic "llvm.fabs.f32"(%v2891) : (f32) -> f32
          %v2893 = arith.maximumf %v792, %v2892 : f32
          %v2894 = arith.divf %v2877, %v2893 : f32
          scf.if %v28 {
            %v2895 = arith.muli %v35, %v810 : i64
            %v2896 = arith.muli %v2718, %v809 : i64
            %v2897 = arith.addi %v2895, %v2896 : i64
            %v2898 = arith.muli %v33, %v808 : i64
            %v2899 = arith.addi %v2897, %v2898 : i64
            %v2900 = arith.muli %v31, %v2 : i64
            %v2901 = arith.addi %v2899, %v2900 : i64
            %v2902 = llvm.getelementptr %out_o[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2894, %v2902 : f32, !llvm.ptr
          }
        }
      }
      %v2903 = arith.subi %v13, %v2 : i64
      %v2904 = arith.cmpi eq, %v22, %v2903 : i64
      %v2905 = arith.andi %v28, %v2904 : i1
      gpu.return
    }
  }
}
