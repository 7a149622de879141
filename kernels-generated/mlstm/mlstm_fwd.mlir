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
      %v936 = arith.constant 1 : i32
      %v937 = arith.constant 32 : i32
      %v941 = arith.constant 2 : i32
      %v945 = arith.constant 4 : i32
      %v976 = arith.muli %v2, %size_B : i64
      %v977 = arith.muli %v976, %size_H : i64
      %v978 = arith.muli %v977, %v1 : i64
      %v979 = arith.muli %v978, %size_DV : i64
      %v1005 = arith.muli %v2, %size_B : i64
      %v1006 = arith.muli %v1005, %size_H : i64
      %v1007 = arith.muli %v1006, %v1 : i64
      %v1084 = arith.muli %v2, %size_B : i64
      %v1085 = arith.muli %v1084, %size_H : i64
      %v1086 = arith.muli %v1085, %v1 : i64
      %v1087 = arith.muli %v1086, %size_DV : i64
      %v1113 = arith.muli %v2, %size_B : i64
      %v1114 = arith.muli %v1113, %size_H : i64
      %v1115 = arith.muli %v1114, %v1 : i64
      %v1192 = arith.muli %v2, %size_B : i64
      %v1193 = arith.muli %v1192, %size_H : i64
      %v1194 = arith.muli %v1193, %v1 : i64
      %v1195 = arith.muli %v1194, %size_DV : i64
      %v1221 = arith.muli %v2, %size_B : i64
      %v1222 = arith.muli %v1221, %size_H : i64
      %v1223 = arith.muli %v1222, %v1 : i64
      %v1300 = arith.muli %v2, %size_B : i64
      %v1301 = arith.muli %v1300, %size_H : i64
      %v1302 = arith.muli %v1301, %v1 : i64
      %v1303 = arith.muli %v1302, %size_DV : i64
      %v1329 = arith.muli %v2, %size_B : i64
      %v1330 = arith.muli %v1329, %size_H : i64
      %v1331 = arith.muli %v1330, %v1 : i64
      %v1408 = arith.muli %v2, %size_B : i64
      %v1409 = arith.muli %v1408, %size_H : i64
      %v1410 = arith.muli %v1409, %v1 : i64
      %v1411 = arith.muli %v1410, %size_DV : i64
      %v1437 = arith.muli %v2, %size_B : i64
      %v1438 = arith.muli %v1437, %size_H : i64
      %v1439 = arith.muli %v1438, %v1 : i64
      %v1516 = arith.muli %v2, %size_B : i64
      %v1517 = arith.muli %v1516, %size_H : i64
      %v1518 = arith.muli %v1517, %v1 : i64
      %v1519 = arith.muli %v1518, %size_DV : i64
      %v1545 = arith.muli %v2, %size_B : i64
      %v1546 = arith.muli %v1545, %size_H : i64
      %v1547 = arith.muli %v1546, %v1 : i64
      %v1624 = arith.muli %v2, %size_B : i64
      %v1625 = arith.muli %v1624, %size_H : i64
      %v1626 = arith.muli %v1625, %v1 : i64
      %v1627 = arith.muli %v1626, %size_DV : i64
      %v1653 = arith.muli %v2, %size_B : i64
      %v1654 = arith.muli %v1653, %size_H : i64
      %v1655 = arith.muli %v1654, %v1 : i64
      %v1732 = arith.muli %v2, %size_B : i64
      %v1733 = arith.muli %v1732, %size_H : i64
      %v1734 = arith.muli %v1733, %v1 : i64
      %v1735 = arith.muli %v1734, %size_DV : i64
      %v1761 = arith.muli %v2, %size_B : i64
      %v1762 = arith.muli %v1761, %size_H : i64
      %v1763 = arith.muli %v1762, %v1 : i64
      %v1840 = arith.muli %v2, %size_B : i64
      %v1841 = arith.muli %v1840, %size_H : i64
      %v1842 = arith.muli %v1841, %v1 : i64
      %v1843 = arith.muli %v1842, %size_DV : i64
      %v1869 = arith.muli %v2, %size_B : i64
      %v1870 = arith.muli %v1869, %size_H : i64
      %v1871 = arith.muli %v1870, %v1 : i64
      %v1948 = arith.muli %v2, %size_B : i64
      %v1949 = arith.muli %v1948, %size_H : i64
      %v1950 = arith.muli %v1949, %v1 : i64
      %v1951 = arith.muli %v1950, %size_DV : i64
      %v1977 = arith.muli %v2, %size_B : i64
      %v1978 = arith.muli %v1977, %size_H : i64
      %v1979 = arith.muli %v1978, %v1 : i64
      %v2056 = arith.muli %v2, %size_B : i64
      %v2057 = arith.muli %v2056, %size_H : i64
      %v2058 = arith.muli %v2057, %v1 : i64
      %v2059 = arith.muli %v2058, %size_DV : i64
      %v2085 = arith.muli %v2, %size_B : i64
      %v2086 = arith.muli %v2085, %size_H : i64
      %v2087 = arith.muli %v2086, %v1 : i64
      %v2164 = arith.muli %v2, %size_B : i64
      %v2165 = arith.muli %v2164, %size_H : i64
      %v2166 = arith.muli %v2165, %v1 : i64
      %v2167 = arith.muli %v2166, %size_DV : i64
      %v2193 = arith.muli %v2, %size_B : i64
      %v2194 = arith.muli %v2193, %size_H : i64
      %v2195 = arith.muli %v2194, %v1 : i64
      %v2272 = arith.muli %v2, %size_B : i64
      %v2273 = arith.muli %v2272, %size_H : i64
      %v2274 = arith.muli %v2273, %v1 : i64
      %v2275 = arith.muli %v2274, %size_DV : i64
      %v2301 = arith.muli %v2, %size_B : i64
      %v2302 = arith.muli %v2301, %size_H : i64
      %v2303 = arith.muli %v2302, %v1 : i64
      %v2380 = arith.muli %v2, %size_B : i64
      %v2381 = arith.muli %v2380, %size_H : i64
      %v2382 = arith.muli %v2381, %v1 : i64
      %v2383 = arith.muli %v2382, %size_DV : i64
      %v2409 = arith.muli %v2, %size_B : i64
      %v2410 = arith.muli %v2409, %size_H : i64
      %v2411 = arith.muli %v2410, %v1 : i64
      %v2488 = arith.muli %v2, %size_B : i64
      %v2489 = arith.muli %v2488, %size_H : i64
      %v2490 = arith.muli %v2489, %v1 : i64
      %v2491 = arith.muli %v2490, %size_DV : i64
      %v2517 = arith.muli %v2, %size_B : i64
      %v2518 = arith.muli %v2517, %size_H : i64
      %v2519 = arith.muli %v2518, %v1 : i64
      %v2648 = arith.muli %v2, %size_B : i64
      %v2649 = arith.muli %v2648, %size_H : i64
      %v2650 = arith.muli %v2649, %v1 : i64
      %v2651 = arith.muli %v2650, %size_DV : i64
      %v2677 = arith.muli %v2, %size_B : i64
      %v2678 = arith.muli %v2677, %size_H : i64
      %v2679 = arith.muli %v2678, %v1 : i64
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
          %v915 = arith.mulf %v849, %v90 fastmath<contract> : f32
          %v916 = arith.mulf %v915, %v851 fastmath<contract> : f32
          %v917 = llvm.load %v6 : !llvm.ptr -> f32
          %v918 = arith.mulf %v847, %v917 fastmath<contract> : f32
          %v919 = arith.addf %v918, %v916 fastmath<contract> : f32
          %v920 = arith.mulf %v849, %v101 fastmath<contract> : f32
          %v921 = arith.mulf %v920, %v851 fastmath<contract> : f32
          %v922 = llvm.load %v7 : !llvm.ptr -> f32
          %v923 = arith.mulf %v847, %v922 fastmath<contract> : f32
          %v924 = arith.addf %v923, %v921 fastmath<contract> : f32
          %v925 = llvm.load %v8 : !llvm.ptr -> f32
          %v926 = arith.mulf %v847, %v925 fastmath<contract> : f32
          %v927 = arith.addf %v926, %v915 fastmath<contract> : f32
          %v928 = llvm.load %v9 : !llvm.ptr -> f32
          %v929 = arith.mulf %v847, %v928 fastmath<contract> : f32
          %v930 = arith.addf %v929, %v920 fastmath<contract> : f32
          llvm.store %v919, %v6 : f32, !llvm.ptr
          llvm.store %v924, %v7 : f32, !llvm.ptr
          llvm.store %v927, %v8 : f32, !llvm.ptr
          llvm.store %v930, %v9 : f32, !llvm.ptr
          %v931 = llvm.load %v6 : !llvm.ptr -> f32
          %v932 = arith.mulf %v110, %v931 fastmath<contract> : f32
          %v933 = llvm.load %v7 : !llvm.ptr -> f32
          %v934 = arith.mulf %v121, %v933 fastmath<contract> : f32
          %v935 = arith.addf %v932, %v934 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v938, %v939 = gpu.shuffle xor %v935, %v936, %v937 : f32
          %v940 = arith.addf %v935, %v938 fastmath<contract> : f32
          %v942, %v943 = gpu.shuffle xor %v940, %v941, %v937 : f32
          %v944 = arith.addf %v940, %v942 fastmath<contract> : f32
          %v946, %v947 = gpu.shuffle xor %v944, %v945, %v937 : f32
          %v948 = arith.addf %v944, %v946 fastmath<contract> : f32
          // end sum over the lanes
          %v949 = llvm.load %v8 : !llvm.ptr -> f32
          %v950 = arith.mulf %v110, %v949 fastmath<contract> : f32
          %v951 = llvm.load %v9 : !llvm.ptr -> f32
          %v952 = arith.mulf %v121, %v951 fastmath<contract> : f32
          %v953 = arith.addf %v950, %v952 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v954, %v955 = gpu.shuffle xor %v953, %v936, %v937 : f32
          %v956 = arith.addf %v953, %v954 fastmath<contract> : f32
          %v957, %v958 = gpu.shuffle xor %v956, %v941, %v937 : f32
          %v959 = arith.addf %v956, %v957 fastmath<contract> : f32
          %v960, %v961 = gpu.shuffle xor %v959, %v945, %v937 : f32
          %v962 = arith.addf %v959, %v960 fastmath<contract> : f32
          // end sum over the lanes
          %v963 = arith.addi %v39, %v50 : i64
          %v964, %v965 = gpu.shuffle idx %v755, %v818, %v845 : f32
          %v966, %v967 = gpu.shuffle idx %v764, %v818, %v845 : f32
          %v968, %v969 = gpu.shuffle idx %v776, %v818, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v970 = arith.remui %v963, %v12 : i64
          %v971 = arith.cmpi eq, %v970, %v33 : i64
          %v972 = arith.andi %v971, %v23 : i1
          scf.if %v972 {
            %v973 = arith.divui %v963, %v12 : i64
            %v974 = llvm.mlir.zero : !llvm.ptr
            %v975 = llvm.icmp "ne" %ckpt_C, %v974 : !llvm.ptr
            scf.if %v975 {
              %v980 = arith.muli %v973, %v979 : i64
              %v981 = llvm.load %v6 : !llvm.ptr -> f32
              %v982 = arith.muli %v30, %v867 : i64
              %v983 = arith.muli %v28, %v866 : i64
              %v984 = arith.addi %v982, %v983 : i64
              %v985 = arith.muli %v19, %v865 : i64
              %v986 = arith.addi %v984, %v985 : i64
              %v987 = arith.muli %v26, %v2 : i64
              %v988 = arith.addi %v986, %v987 : i64
              %v989 = arith.addi %v980, %v988 : i64
              %v990 = llvm.getelementptr %ckpt_C[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v981, %v990 : f32, !llvm.ptr
              %v991 = llvm.load %v7 : !llvm.ptr -> f32
              %v992 = arith.muli %v30, %v867 : i64
              %v993 = arith.muli %v28, %v866 : i64
              %v994 = arith.addi %v992, %v993 : i64
              %v995 = arith.constant 8 : i64
              %v996 = arith.addi %v995, %v19 : i64
              %v997 = arith.muli %v996, %v865 : i64
              %v998 = arith.addi %v994, %v997 : i64
              %v999 = arith.muli %v26, %v2 : i64
              %v1000 = arith.addi %v998, %v999 : i64
              %v1001 = arith.addi %v980, %v1000 : i64
              %v1002 = llvm.getelementptr %ckpt_C[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v991, %v1002 : f32, !llvm.ptr
            }
            %v1003 = llvm.mlir.zero : !llvm.ptr
            %v1004 = llvm.icmp "ne" %ckpt_n, %v1003 : !llvm.ptr
            scf.if %v1004 {
              %v1008 = arith.muli %v973, %v1007 : i64
              %v1009 = llvm.load %v8 : !llvm.ptr -> f32
              %v1010 = arith.muli %v30, %v897 : i64
              %v1011 = arith.muli %v28, %v896 : i64
              %v1012 = arith.addi %v1010, %v1011 : i64
              %v1013 = arith.muli %v19, %v2 : i64
              %v1014 = arith.addi %v1012, %v1013 : i64
              %v1015 = arith.addi %v1008, %v1014 : i64
              %v1016 = llvm.getelementptr %ckpt_n[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1009, %v1016 : f32, !llvm.ptr
              %v1017 = llvm.load %v9 : !llvm.ptr -> f32
              %v1018 = arith.muli %v30, %v897 : i64
              %v1019 = arith.muli %v28, %v896 : i64
              %v1020 = arith.addi %v1018, %v1019 : i64
              %v1021 = arith.constant 8 : i64
              %v1022 = arith.addi %v1021, %v19 : i64
              %v1023 = arith.muli %v1022, %v2 : i64
              %v1024 = arith.addi %v1020, %v1023 : i64
              %v1025 = arith.addi %v1008, %v1024 : i64
              %v1026 = llvm.getelementptr %ckpt_n[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1017, %v1026 : f32, !llvm.ptr
            }
          }
          // end save
          %v1027 = arith.mulf %v966, %v131 fastmath<contract> : f32
          %v1028 = arith.mulf %v1027, %v968 fastmath<contract> : f32
          %v1029 = llvm.load %v6 : !llvm.ptr -> f32
          %v1030 = arith.mulf %v964, %v1029 fastmath<contract> : f32
          %v1031 = arith.addf %v1030, %v1028 fastmath<contract> : f32
          %v1032 = arith.mulf %v966, %v142 fastmath<contract> : f32
          %v1033 = arith.mulf %v1032, %v968 fastmath<contract> : f32
          %v1034 = llvm.load %v7 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v964, %v1034 fastmath<contract> : f32
          %v1036 = arith.addf %v1035, %v1033 fastmath<contract> : f32
          %v1037 = llvm.load %v8 : !llvm.ptr -> f32
          %v1038 = arith.mulf %v964, %v1037 fastmath<contract> : f32
          %v1039 = arith.addf %v1038, %v1027 fastmath<contract> : f32
          %v1040 = llvm.load %v9 : !llvm.ptr -> f32
          %v1041 = arith.mulf %v964, %v1040 fastmath<contract> : f32
          %v1042 = arith.addf %v1041, %v1032 fastmath<contract> : f32
          llvm.store %v1031, %v6 : f32, !llvm.ptr
          llvm.store %v1036, %v7 : f32, !llvm.ptr
          llvm.store %v1039, %v8 : f32, !llvm.ptr
          llvm.store %v1042, %v9 : f32, !llvm.ptr
          %v1043 = llvm.load %v6 : !llvm.ptr -> f32
          %v1044 = arith.mulf %v151, %v1043 fastmath<contract> : f32
          %v1045 = llvm.load %v7 : !llvm.ptr -> f32
          %v1046 = arith.mulf %v162, %v1045 fastmath<contract> : f32
          %v1047 = arith.addf %v1044, %v1046 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1048, %v1049 = gpu.shuffle xor %v1047, %v936, %v937 : f32
          %v1050 = arith.addf %v1047, %v1048 fastmath<contract> : f32
          %v1051, %v1052 = gpu.shuffle xor %v1050, %v941, %v937 : f32
          %v1053 = arith.addf %v1050, %v1051 fastmath<contract> : f32
          %v1054, %v1055 = gpu.shuffle xor %v1053, %v945, %v937 : f32
          %v1056 = arith.addf %v1053, %v1054 fastmath<contract> : f32
          // end sum over the lanes
          %v1057 = llvm.load %v8 : !llvm.ptr -> f32
          %v1058 = arith.mulf %v151, %v1057 fastmath<contract> : f32
          %v1059 = llvm.load %v9 : !llvm.ptr -> f32
          %v1060 = arith.mulf %v162, %v1059 fastmath<contract> : f32
          %v1061 = arith.addf %v1058, %v1060 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1062, %v1063 = gpu.shuffle xor %v1061, %v936, %v937 : f32
          %v1064 = arith.addf %v1061, %v1062 fastmath<contract> : f32
          %v1065, %v1066 = gpu.shuffle xor %v1064, %v941, %v937 : f32
          %v1067 = arith.addf %v1064, %v1065 fastmath<contract> : f32
          %v1068, %v1069 = gpu.shuffle xor %v1067, %v945, %v937 : f32
          %v1070 = arith.addf %v1067, %v1068 fastmath<contract> : f32
          // end sum over the lanes
          %v1071 = arith.addi %v39, %v52 : i64
          %v1072, %v1073 = gpu.shuffle idx %v755, %v822, %v845 : f32
          %v1074, %v1075 = gpu.shuffle idx %v764, %v822, %v845 : f32
          %v1076, %v1077 = gpu.shuffle idx %v776, %v822, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1078 = arith.remui %v1071, %v12 : i64
          %v1079 = arith.cmpi eq, %v1078, %v33 : i64
          %v1080 = arith.andi %v1079, %v23 : i1
          scf.if %v1080 {
            %v1081 = arith.divui %v1071, %v12 : i64
            %v1082 = llvm.mlir.zero : !llvm.ptr
            %v1083 = llvm.icmp "ne" %ckpt_C, %v1082 : !llvm.ptr
            scf.if %v1083 {
              %v1088 = arith.muli %v1081, %v1087 : i64
              %v1089 = llvm.load %v6 : !llvm.ptr -> f32
              %v1090 = arith.muli %v30, %v867 : i64
              %v1091 = arith.muli %v28, %v866 : i64
              %v1092 = arith.addi %v1090, %v1091 : i64
              %v1093 = arith.muli %v19, %v865 : i64
              %v1094 = arith.addi %v1092, %v1093 : i64
              %v1095 = arith.muli %v26, %v2 : i64
              %v1096 = arith.addi %v1094, %v1095 : i64
              %v1097 = arith.addi %v1088, %v1096 : i64
              %v1098 = llvm.getelementptr %ckpt_C[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1089, %v1098 : f32, !llvm.ptr
              %v1099 = llvm.load %v7 : !llvm.ptr -> f32
              %v1100 = arith.muli %v30, %v867 : i64
              %v1101 = arith.muli %v28, %v866 : i64
              %v1102 = arith.addi %v1100, %v1101 : i64
              %v1103 = arith.constant 8 : i64
              %v1104 = arith.addi %v1103, %v19 : i64
              %v1105 = arith.muli %v1104, %v865 : i64
              %v1106 = arith.addi %v1102, %v1105 : i64
              %v1107 = arith.muli %v26, %v2 : i64
              %v1108 = arith.addi %v1106, %v1107 : i64
              %v1109 = arith.addi %v1088, %v1108 : i64
              %v1110 = llvm.getelementptr %ckpt_C[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1099, %v1110 : f32, !llvm.ptr
            }
            %v1111 = llvm.mlir.zero : !llvm.ptr
            %v1112 = llvm.icmp "ne" %ckpt_n, %v1111 : !llvm.ptr
            scf.if %v1112 {
              %v1116 = arith.muli %v1081, %v1115 : i64
              %v1117 = llvm.load %v8 : !llvm.ptr -> f32
              %v1118 = arith.muli %v30, %v897 : i64
              %v1119 = arith.muli %v28, %v896 : i64
              %v1120 = arith.addi %v1118, %v1119 : i64
              %v1121 = arith.muli %v19, %v2 : i64
              %v1122 = arith.addi %v1120, %v1121 : i64
              %v1123 = arith.addi %v1116, %v1122 : i64
              %v1124 = llvm.getelementptr %ckpt_n[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1117, %v1124 : f32, !llvm.ptr
              %v1125 = llvm.load %v9 : !llvm.ptr -> f32
              %v1126 = arith.muli %v30, %v897 : i64
              %v1127 = arith.muli %v28, %v896 : i64
              %v1128 = arith.addi %v1126, %v1127 : i64
              %v1129 = arith.constant 8 : i64
              %v1130 = arith.addi %v1129, %v19 : i64
              %v1131 = arith.muli %v1130, %v2 : i64
              %v1132 = arith.addi %v1128, %v1131 : i64
              %v1133 = arith.addi %v1116, %v1132 : i64
              %v1134 = llvm.getelementptr %ckpt_n[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1125, %v1134 : f32, !llvm.ptr
            }
          }
          // end save
          %v1135 = arith.mulf %v1074, %v172 fastmath<contract> : f32
          %v1136 = arith.mulf %v1135, %v1076 fastmath<contract> : f32
          %v1137 = llvm.load %v6 : !llvm.ptr -> f32
          %v1138 = arith.mulf %v1072, %v1137 fastmath<contract> : f32
          %v1139 = arith.addf %v1138, %v1136 fastmath<contract> : f32
          %v1140 = arith.mulf %v1074, %v183 fastmath<contract> : f32
          %v1141 = arith.mulf %v1140, %v1076 fastmath<contract> : f32
          %v1142 = llvm.load %v7 : !llvm.ptr -> f32
          %v1143 = arith.mulf %v1072, %v1142 fastmath<contract> : f32
          %v1144 = arith.addf %v1143, %v1141 fastmath<contract> : f32
          %v1145 = llvm.load %v8 : !llvm.ptr -> f32
          %v1146 = arith.mulf %v1072, %v1145 fastmath<contract> : f32
          %v1147 = arith.addf %v1146, %v1135 fastmath<contract> : f32
          %v1148 = llvm.load %v9 : !llvm.ptr -> f32
          %v1149 = arith.mulf %v1072, %v1148 fastmath<contract> : f32
          %v1150 = arith.addf %v1149, %v1140 fastmath<contract> : f32
          llvm.store %v1139, %v6 : f32, !llvm.ptr
          llvm.store %v1144, %v7 : f32, !llvm.ptr
          llvm.store %v1147, %v8 : f32, !llvm.ptr
          llvm.store %v1150, %v9 : f32, !llvm.ptr
          %v1151 = llvm.load %v6 : !llvm.ptr -> f32
          %v1152 = arith.mulf %v192, %v1151 fastmath<contract> : f32
          %v1153 = llvm.load %v7 : !llvm.ptr -> f32
          %v1154 = arith.mulf %v203, %v1153 fastmath<contract> : f32
          %v1155 = arith.addf %v1152, %v1154 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1156, %v1157 = gpu.shuffle xor %v1155, %v936, %v937 : f32
          %v1158 = arith.addf %v1155, %v1156 fastmath<contract> : f32
          %v1159, %v1160 = gpu.shuffle xor %v1158, %v941, %v937 : f32
          %v1161 = arith.addf %v1158, %v1159 fastmath<contract> : f32
          %v1162, %v1163 = gpu.shuffle xor %v1161, %v945, %v937 : f32
          %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
          // end sum over the lanes
          %v1165 = llvm.load %v8 : !llvm.ptr -> f32
          %v1166 = arith.mulf %v192, %v1165 fastmath<contract> : f32
          %v1167 = llvm.load %v9 : !llvm.ptr -> f32
          %v1168 = arith.mulf %v203, %v1167 fastmath<contract> : f32
          %v1169 = arith.addf %v1166, %v1168 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1170, %v1171 = gpu.shuffle xor %v1169, %v936, %v937 : f32
          %v1172 = arith.addf %v1169, %v1170 fastmath<contract> : f32
          %v1173, %v1174 = gpu.shuffle xor %v1172, %v941, %v937 : f32
          %v1175 = arith.addf %v1172, %v1173 fastmath<contract> : f32
          %v1176, %v1177 = gpu.shuffle xor %v1175, %v945, %v937 : f32
          %v1178 = arith.addf %v1175, %v1176 fastmath<contract> : f32
          // end sum over the lanes
          %v1179 = arith.addi %v39, %v54 : i64
          %v1180, %v1181 = gpu.shuffle idx %v755, %v826, %v845 : f32
          %v1182, %v1183 = gpu.shuffle idx %v764, %v826, %v845 : f32
          %v1184, %v1185 = gpu.shuffle idx %v776, %v826, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1186 = arith.remui %v1179, %v12 : i64
          %v1187 = arith.cmpi eq, %v1186, %v33 : i64
          %v1188 = arith.andi %v1187, %v23 : i1
          scf.if %v1188 {
            %v1189 = arith.divui %v1179, %v12 : i64
            %v1190 = llvm.mlir.zero : !llvm.ptr
            %v1191 = llvm.icmp "ne" %ckpt_C, %v1190 : !llvm.ptr
            scf.if %v1191 {
              %v1196 = arith.muli %v1189, %v1195 : i64
              %v1197 = llvm.load %v6 : !llvm.ptr -> f32
              %v1198 = arith.muli %v30, %v867 : i64
              %v1199 = arith.muli %v28, %v866 : i64
              %v1200 = arith.addi %v1198, %v1199 : i64
              %v1201 = arith.muli %v19, %v865 : i64
              %v1202 = arith.addi %v1200, %v1201 : i64
              %v1203 = arith.muli %v26, %v2 : i64
              %v1204 = arith.addi %v1202, %v1203 : i64
              %v1205 = arith.addi %v1196, %v1204 : i64
              %v1206 = llvm.getelementptr %ckpt_C[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1197, %v1206 : f32, !llvm.ptr
              %v1207 = llvm.load %v7 : !llvm.ptr -> f32
              %v1208 = arith.muli %v30, %v867 : i64
              %v1209 = arith.muli %v28, %v866 : i64
              %v1210 = arith.addi %v1208, %v1209 : i64
              %v1211 = arith.constant 8 : i64
              %v1212 = arith.addi %v1211, %v19 : i64
              %v1213 = arith.muli %v1212, %v865 : i64
              %v1214 = arith.addi %v1210, %v1213 : i64
              %v1215 = arith.muli %v26, %v2 : i64
              %v1216 = arith.addi %v1214, %v1215 : i64
              %v1217 = arith.addi %v1196, %v1216 : i64
              %v1218 = llvm.getelementptr %ckpt_C[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1207, %v1218 : f32, !llvm.ptr
            }
            %v1219 = llvm.mlir.zero : !llvm.ptr
            %v1220 = llvm.icmp "ne" %ckpt_n, %v1219 : !llvm.ptr
            scf.if %v1220 {
              %v1224 = arith.muli %v1189, %v1223 : i64
              %v1225 = llvm.load %v8 : !llvm.ptr -> f32
              %v1226 = arith.muli %v30, %v897 : i64
              %v1227 = arith.muli %v28, %v896 : i64
              %v1228 = arith.addi %v1226, %v1227 : i64
              %v1229 = arith.muli %v19, %v2 : i64
              %v1230 = arith.addi %v1228, %v1229 : i64
              %v1231 = arith.addi %v1224, %v1230 : i64
              %v1232 = llvm.getelementptr %ckpt_n[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1225, %v1232 : f32, !llvm.ptr
              %v1233 = llvm.load %v9 : !llvm.ptr -> f32
              %v1234 = arith.muli %v30, %v897 : i64
              %v1235 = arith.muli %v28, %v896 : i64
              %v1236 = arith.addi %v1234, %v1235 : i64
              %v1237 = arith.constant 8 : i64
              %v1238 = arith.addi %v1237, %v19 : i64
              %v1239 = arith.muli %v1238, %v2 : i64
              %v1240 = arith.addi %v1236, %v1239 : i64
              %v1241 = arith.addi %v1224, %v1240 : i64
              %v1242 = llvm.getelementptr %ckpt_n[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1233, %v1242 : f32, !llvm.ptr
            }
          }
          // end save
          %v1243 = arith.mulf %v1182, %v213 fastmath<contract> : f32
          %v1244 = arith.mulf %v1243, %v1184 fastmath<contract> : f32
          %v1245 = llvm.load %v6 : !llvm.ptr -> f32
          %v1246 = arith.mulf %v1180, %v1245 fastmath<contract> : f32
          %v1247 = arith.addf %v1246, %v1244 fastmath<contract> : f32
          %v1248 = arith.mulf %v1182, %v224 fastmath<contract> : f32
          %v1249 = arith.mulf %v1248, %v1184 fastmath<contract> : f32
          %v1250 = llvm.load %v7 : !llvm.ptr -> f32
          %v1251 = arith.mulf %v1180, %v1250 fastmath<contract> : f32
          %v1252 = arith.addf %v1251, %v1249 fastmath<contract> : f32
          %v1253 = llvm.load %v8 : !llvm.ptr -> f32
          %v1254 = arith.mulf %v1180, %v1253 fastmath<contract> : f32
          %v1255 = arith.addf %v1254, %v1243 fastmath<contract> : f32
          %v1256 = llvm.load %v9 : !llvm.ptr -> f32
          %v1257 = arith.mulf %v1180, %v1256 fastmath<contract> : f32
          %v1258 = arith.addf %v1257, %v1248 fastmath<contract> : f32
          llvm.store %v1247, %v6 : f32, !llvm.ptr
          llvm.store %v1252, %v7 : f32, !llvm.ptr
          llvm.store %v1255, %v8 : f32, !llvm.ptr
          llvm.store %v1258, %v9 : f32, !llvm.ptr
          %v1259 = llvm.load %v6 : !llvm.ptr -> f32
          %v1260 = arith.mulf %v233, %v1259 fastmath<contract> : f32
          %v1261 = llvm.load %v7 : !llvm.ptr -> f32
          %v1262 = arith.mulf %v244, %v1261 fastmath<contract> : f32
          %v1263 = arith.addf %v1260, %v1262 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1264, %v1265 = gpu.shuffle xor %v1263, %v936, %v937 : f32
          %v1266 = arith.addf %v1263, %v1264 fastmath<contract> : f32
          %v1267, %v1268 = gpu.shuffle xor %v1266, %v941, %v937 : f32
          %v1269 = arith.addf %v1266, %v1267 fastmath<contract> : f32
          %v1270, %v1271 = gpu.shuffle xor %v1269, %v945, %v937 : f32
          %v1272 = arith.addf %v1269, %v1270 fastmath<contract> : f32
          // end sum over the lanes
          %v1273 = llvm.load %v8 : !llvm.ptr -> f32
          %v1274 = arith.mulf %v233, %v1273 fastmath<contract> : f32
          %v1275 = llvm.load %v9 : !llvm.ptr -> f32
          %v1276 = arith.mulf %v244, %v1275 fastmath<contract> : f32
          %v1277 = arith.addf %v1274, %v1276 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1278, %v1279 = gpu.shuffle xor %v1277, %v936, %v937 : f32
          %v1280 = arith.addf %v1277, %v1278 fastmath<contract> : f32
          %v1281, %v1282 = gpu.shuffle xor %v1280, %v941, %v937 : f32
          %v1283 = arith.addf %v1280, %v1281 fastmath<contract> : f32
          %v1284, %v1285 = gpu.shuffle xor %v1283, %v945, %v937 : f32
          %v1286 = arith.addf %v1283, %v1284 fastmath<contract> : f32
          // end sum over the lanes
          %v1287 = arith.addi %v39, %v56 : i64
          %v1288, %v1289 = gpu.shuffle idx %v755, %v830, %v845 : f32
          %v1290, %v1291 = gpu.shuffle idx %v764, %v830, %v845 : f32
          %v1292, %v1293 = gpu.shuffle idx %v776, %v830, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1294 = arith.remui %v1287, %v12 : i64
          %v1295 = arith.cmpi eq, %v1294, %v33 : i64
          %v1296 = arith.andi %v1295, %v23 : i1
          scf.if %v1296 {
            %v1297 = arith.divui %v1287, %v12 : i64
            %v1298 = llvm.mlir.zero : !llvm.ptr
            %v1299 = llvm.icmp "ne" %ckpt_C, %v1298 : !llvm.ptr
            scf.if %v1299 {
              %v1304 = arith.muli %v1297, %v1303 : i64
              %v1305 = llvm.load %v6 : !llvm.ptr -> f32
              %v1306 = arith.muli %v30, %v867 : i64
              %v1307 = arith.muli %v28, %v866 : i64
              %v1308 = arith.addi %v1306, %v1307 : i64
              %v1309 = arith.muli %v19, %v865 : i64
              %v1310 = arith.addi %v1308, %v1309 : i64
              %v1311 = arith.muli %v26, %v2 : i64
              %v1312 = arith.addi %v1310, %v1311 : i64
              %v1313 = arith.addi %v1304, %v1312 : i64
              %v1314 = llvm.getelementptr %ckpt_C[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1305, %v1314 : f32, !llvm.ptr
              %v1315 = llvm.load %v7 : !llvm.ptr -> f32
              %v1316 = arith.muli %v30, %v867 : i64
              %v1317 = arith.muli %v28, %v866 : i64
              %v1318 = arith.addi %v1316, %v1317 : i64
              %v1319 = arith.constant 8 : i64
              %v1320 = arith.addi %v1319, %v19 : i64
              %v1321 = arith.muli %v1320, %v865 : i64
              %v1322 = arith.addi %v1318, %v1321 : i64
              %v1323 = arith.muli %v26, %v2 : i64
              %v1324 = arith.addi %v1322, %v1323 : i64
              %v1325 = arith.addi %v1304, %v1324 : i64
              %v1326 = llvm.getelementptr %ckpt_C[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1315, %v1326 : f32, !llvm.ptr
            }
            %v1327 = llvm.mlir.zero : !llvm.ptr
            %v1328 = llvm.icmp "ne" %ckpt_n, %v1327 : !llvm.ptr
            scf.if %v1328 {
              %v1332 = arith.muli %v1297, %v1331 : i64
              %v1333 = llvm.load %v8 : !llvm.ptr -> f32
              %v1334 = arith.muli %v30, %v897 : i64
              %v1335 = arith.muli %v28, %v896 : i64
              %v1336 = arith.addi %v1334, %v1335 : i64
              %v1337 = arith.muli %v19, %v2 : i64
              %v1338 = arith.addi %v1336, %v1337 : i64
              %v1339 = arith.addi %v1332, %v1338 : i64
              %v1340 = llvm.getelementptr %ckpt_n[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1333, %v1340 : f32, !llvm.ptr
              %v1341 = llvm.load %v9 : !llvm.ptr -> f32
              %v1342 = arith.muli %v30, %v897 : i64
              %v1343 = arith.muli %v28, %v896 : i64
              %v1344 = arith.addi %v1342, %v1343 : i64
              %v1345 = arith.constant 8 : i64
              %v1346 = arith.addi %v1345, %v19 : i64
              %v1347 = arith.muli %v1346, %v2 : i64
              %v1348 = arith.addi %v1344, %v1347 : i64
              %v1349 = arith.addi %v1332, %v1348 : i64
              %v1350 = llvm.getelementptr %ckpt_n[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1341, %v1350 : f32, !llvm.ptr
            }
          }
          // end save
          %v1351 = arith.mulf %v1290, %v254 fastmath<contract> : f32
          %v1352 = arith.mulf %v1351, %v1292 fastmath<contract> : f32
          %v1353 = llvm.load %v6 : !llvm.ptr -> f32
          %v1354 = arith.mulf %v1288, %v1353 fastmath<contract> : f32
          %v1355 = arith.addf %v1354, %v1352 fastmath<contract> : f32
          %v1356 = arith.mulf %v1290, %v265 fastmath<contract> : f32
          %v1357 = arith.mulf %v1356, %v1292 fastmath<contract> : f32
          %v1358 = llvm.load %v7 : !llvm.ptr -> f32
          %v1359 = arith.mulf %v1288, %v1358 fastmath<contract> : f32
          %v1360 = arith.addf %v1359, %v1357 fastmath<contract> : f32
          %v1361 = llvm.load %v8 : !llvm.ptr -> f32
          %v1362 = arith.mulf %v1288, %v1361 fastmath<contract> : f32
          %v1363 = arith.addf %v1362, %v1351 fastmath<contract> : f32
          %v1364 = llvm.load %v9 : !llvm.ptr -> f32
          %v1365 = arith.mulf %v1288, %v1364 fastmath<contract> : f32
          %v1366 = arith.addf %v1365, %v1356 fastmath<contract> : f32
          llvm.store %v1355, %v6 : f32, !llvm.ptr
          llvm.store %v1360, %v7 : f32, !llvm.ptr
          llvm.store %v1363, %v8 : f32, !llvm.ptr
          llvm.store %v1366, %v9 : f32, !llvm.ptr
          %v1367 = llvm.load %v6 : !llvm.ptr -> f32
          %v1368 = arith.mulf %v274, %v1367 fastmath<contract> : f32
          %v1369 = llvm.load %v7 : !llvm.ptr -> f32
          %v1370 = arith.mulf %v285, %v1369 fastmath<contract> : f32
          %v1371 = arith.addf %v1368, %v1370 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1372, %v1373 = gpu.shuffle xor %v1371, %v936, %v937 : f32
          %v1374 = arith.addf %v1371, %v1372 fastmath<contract> : f32
          %v1375, %v1376 = gpu.shuffle xor %v1374, %v941, %v937 : f32
          %v1377 = arith.addf %v1374, %v1375 fastmath<contract> : f32
          %v1378, %v1379 = gpu.shuffle xor %v1377, %v945, %v937 : f32
          %v1380 = arith.addf %v1377, %v1378 fastmath<contract> : f32
          // end sum over the lanes
          %v1381 = llvm.load %v8 : !llvm.ptr -> f32
          %v1382 = arith.mulf %v274, %v1381 fastmath<contract> : f32
          %v1383 = llvm.load %v9 : !llvm.ptr -> f32
          %v1384 = arith.mulf %v285, %v1383 fastmath<contract> : f32
          %v1385 = arith.addf %v1382, %v1384 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1386, %v1387 = gpu.shuffle xor %v1385, %v936, %v937 : f32
          %v1388 = arith.addf %v1385, %v1386 fastmath<contract> : f32
          %v1389, %v1390 = gpu.shuffle xor %v1388, %v941, %v937 : f32
          %v1391 = arith.addf %v1388, %v1389 fastmath<contract> : f32
          %v1392, %v1393 = gpu.shuffle xor %v1391, %v945, %v937 : f32
          %v1394 = arith.addf %v1391, %v1392 fastmath<contract> : f32
          // end sum over the lanes
          %v1395 = arith.addi %v39, %v58 : i64
          %v1396, %v1397 = gpu.shuffle idx %v755, %v834, %v845 : f32
          %v1398, %v1399 = gpu.shuffle idx %v764, %v834, %v845 : f32
          %v1400, %v1401 = gpu.shuffle idx %v776, %v834, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1402 = arith.remui %v1395, %v12 : i64
          %v1403 = arith.cmpi eq, %v1402, %v33 : i64
          %v1404 = arith.andi %v1403, %v23 : i1
          scf.if %v1404 {
            %v1405 = arith.divui %v1395, %v12 : i64
            %v1406 = llvm.mlir.zero : !llvm.ptr
            %v1407 = llvm.icmp "ne" %ckpt_C, %v1406 : !llvm.ptr
            scf.if %v1407 {
              %v1412 = arith.muli %v1405, %v1411 : i64
              %v1413 = llvm.load %v6 : !llvm.ptr -> f32
              %v1414 = arith.muli %v30, %v867 : i64
              %v1415 = arith.muli %v28, %v866 : i64
              %v1416 = arith.addi %v1414, %v1415 : i64
              %v1417 = arith.muli %v19, %v865 : i64
              %v1418 = arith.addi %v1416, %v1417 : i64
              %v1419 = arith.muli %v26, %v2 : i64
              %v1420 = arith.addi %v1418, %v1419 : i64
              %v1421 = arith.addi %v1412, %v1420 : i64
              %v1422 = llvm.getelementptr %ckpt_C[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1413, %v1422 : f32, !llvm.ptr
              %v1423 = llvm.load %v7 : !llvm.ptr -> f32
              %v1424 = arith.muli %v30, %v867 : i64
              %v1425 = arith.muli %v28, %v866 : i64
              %v1426 = arith.addi %v1424, %v1425 : i64
              %v1427 = arith.constant 8 : i64
              %v1428 = arith.addi %v1427, %v19 : i64
              %v1429 = arith.muli %v1428, %v865 : i64
              %v1430 = arith.addi %v1426, %v1429 : i64
              %v1431 = arith.muli %v26, %v2 : i64
              %v1432 = arith.addi %v1430, %v1431 : i64
              %v1433 = arith.addi %v1412, %v1432 : i64
              %v1434 = llvm.getelementptr %ckpt_C[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1423, %v1434 : f32, !llvm.ptr
            }
            %v1435 = llvm.mlir.zero : !llvm.ptr
            %v1436 = llvm.icmp "ne" %ckpt_n, %v1435 : !llvm.ptr
            scf.if %v1436 {
              %v1440 = arith.muli %v1405, %v1439 : i64
              %v1441 = llvm.load %v8 : !llvm.ptr -> f32
              %v1442 = arith.muli %v30, %v897 : i64
              %v1443 = arith.muli %v28, %v896 : i64
              %v1444 = arith.addi %v1442, %v1443 : i64
              %v1445 = arith.muli %v19, %v2 : i64
              %v1446 = arith.addi %v1444, %v1445 : i64
              %v1447 = arith.addi %v1440, %v1446 : i64
              %v1448 = llvm.getelementptr %ckpt_n[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1441, %v1448 : f32, !llvm.ptr
              %v1449 = llvm.load %v9 : !llvm.ptr -> f32
              %v1450 = arith.muli %v30, %v897 : i64
              %v1451 = arith.muli %v28, %v896 : i64
              %v1452 = arith.addi %v1450, %v1451 : i64
              %v1453 = arith.constant 8 : i64
              %v1454 = arith.addi %v1453, %v19 : i64
              %v1455 = arith.muli %v1454, %v2 : i64
              %v1456 = arith.addi %v1452, %v1455 : i64
              %v1457 = arith.addi %v1440, %v1456 : i64
              %v1458 = llvm.getelementptr %ckpt_n[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1449, %v1458 : f32, !llvm.ptr
            }
          }
          // end save
          %v1459 = arith.mulf %v1398, %v295 fastmath<contract> : f32
          %v1460 = arith.mulf %v1459, %v1400 fastmath<contract> : f32
          %v1461 = llvm.load %v6 : !llvm.ptr -> f32
          %v1462 = arith.mulf %v1396, %v1461 fastmath<contract> : f32
          %v1463 = arith.addf %v1462, %v1460 fastmath<contract> : f32
          %v1464 = arith.mulf %v1398, %v306 fastmath<contract> : f32
          %v1465 = arith.mulf %v1464, %v1400 fastmath<contract> : f32
          %v1466 = llvm.load %v7 : !llvm.ptr -> f32
          %v1467 = arith.mulf %v1396, %v1466 fastmath<contract> : f32
          %v1468 = arith.addf %v1467, %v1465 fastmath<contract> : f32
          %v1469 = llvm.load %v8 : !llvm.ptr -> f32
          %v1470 = arith.mulf %v1396, %v1469 fastmath<contract> : f32
          %v1471 = arith.addf %v1470, %v1459 fastmath<contract> : f32
          %v1472 = llvm.load %v9 : !llvm.ptr -> f32
          %v1473 = arith.mulf %v1396, %v1472 fastmath<contract> : f32
          %v1474 = arith.addf %v1473, %v1464 fastmath<contract> : f32
          llvm.store %v1463, %v6 : f32, !llvm.ptr
          llvm.store %v1468, %v7 : f32, !llvm.ptr
          llvm.store %v1471, %v8 : f32, !llvm.ptr
          llvm.store %v1474, %v9 : f32, !llvm.ptr
          %v1475 = llvm.load %v6 : !llvm.ptr -> f32
          %v1476 = arith.mulf %v315, %v1475 fastmath<contract> : f32
          %v1477 = llvm.load %v7 : !llvm.ptr -> f32
          %v1478 = arith.mulf %v326, %v1477 fastmath<contract> : f32
          %v1479 = arith.addf %v1476, %v1478 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1480, %v1481 = gpu.shuffle xor %v1479, %v936, %v937 : f32
          %v1482 = arith.addf %v1479, %v1480 fastmath<contract> : f32
          %v1483, %v1484 = gpu.shuffle xor %v1482, %v941, %v937 : f32
          %v1485 = arith.addf %v1482, %v1483 fastmath<contract> : f32
          %v1486, %v1487 = gpu.shuffle xor %v1485, %v945, %v937 : f32
          %v1488 = arith.addf %v1485, %v1486 fastmath<contract> : f32
          // end sum over the lanes
          %v1489 = llvm.load %v8 : !llvm.ptr -> f32
          %v1490 = arith.mulf %v315, %v1489 fastmath<contract> : f32
          %v1491 = llvm.load %v9 : !llvm.ptr -> f32
          %v1492 = arith.mulf %v326, %v1491 fastmath<contract> : f32
          %v1493 = arith.addf %v1490, %v1492 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1494, %v1495 = gpu.shuffle xor %v1493, %v936, %v937 : f32
          %v1496 = arith.addf %v1493, %v1494 fastmath<contract> : f32
          %v1497, %v1498 = gpu.shuffle xor %v1496, %v941, %v937 : f32
          %v1499 = arith.addf %v1496, %v1497 fastmath<contract> : f32
          %v1500, %v1501 = gpu.shuffle xor %v1499, %v945, %v937 : f32
          %v1502 = arith.addf %v1499, %v1500 fastmath<contract> : f32
          // end sum over the lanes
          %v1503 = arith.addi %v39, %v60 : i64
          %v1504, %v1505 = gpu.shuffle idx %v755, %v838, %v845 : f32
          %v1506, %v1507 = gpu.shuffle idx %v764, %v838, %v845 : f32
          %v1508, %v1509 = gpu.shuffle idx %v776, %v838, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1510 = arith.remui %v1503, %v12 : i64
          %v1511 = arith.cmpi eq, %v1510, %v33 : i64
          %v1512 = arith.andi %v1511, %v23 : i1
          scf.if %v1512 {
            %v1513 = arith.divui %v1503, %v12 : i64
            %v1514 = llvm.mlir.zero : !llvm.ptr
            %v1515 = llvm.icmp "ne" %ckpt_C, %v1514 : !llvm.ptr
            scf.if %v1515 {
              %v1520 = arith.muli %v1513, %v1519 : i64
              %v1521 = llvm.load %v6 : !llvm.ptr -> f32
              %v1522 = arith.muli %v30, %v867 : i64
              %v1523 = arith.muli %v28, %v866 : i64
              %v1524 = arith.addi %v1522, %v1523 : i64
              %v1525 = arith.muli %v19, %v865 : i64
              %v1526 = arith.addi %v1524, %v1525 : i64
              %v1527 = arith.muli %v26, %v2 : i64
              %v1528 = arith.addi %v1526, %v1527 : i64
              %v1529 = arith.addi %v1520, %v1528 : i64
              %v1530 = llvm.getelementptr %ckpt_C[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1521, %v1530 : f32, !llvm.ptr
              %v1531 = llvm.load %v7 : !llvm.ptr -> f32
              %v1532 = arith.muli %v30, %v867 : i64
              %v1533 = arith.muli %v28, %v866 : i64
              %v1534 = arith.addi %v1532, %v1533 : i64
              %v1535 = arith.constant 8 : i64
              %v1536 = arith.addi %v1535, %v19 : i64
              %v1537 = arith.muli %v1536, %v865 : i64
              %v1538 = arith.addi %v1534, %v1537 : i64
              %v1539 = arith.muli %v26, %v2 : i64
              %v1540 = arith.addi %v1538, %v1539 : i64
              %v1541 = arith.addi %v1520, %v1540 : i64
              %v1542 = llvm.getelementptr %ckpt_C[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1531, %v1542 : f32, !llvm.ptr
            }
            %v1543 = llvm.mlir.zero : !llvm.ptr
            %v1544 = llvm.icmp "ne" %ckpt_n, %v1543 : !llvm.ptr
            scf.if %v1544 {
              %v1548 = arith.muli %v1513, %v1547 : i64
              %v1549 = llvm.load %v8 : !llvm.ptr -> f32
              %v1550 = arith.muli %v30, %v897 : i64
              %v1551 = arith.muli %v28, %v896 : i64
              %v1552 = arith.addi %v1550, %v1551 : i64
              %v1553 = arith.muli %v19, %v2 : i64
              %v1554 = arith.addi %v1552, %v1553 : i64
              %v1555 = arith.addi %v1548, %v1554 : i64
              %v1556 = llvm.getelementptr %ckpt_n[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1549, %v1556 : f32, !llvm.ptr
              %v1557 = llvm.load %v9 : !llvm.ptr -> f32
              %v1558 = arith.muli %v30, %v897 : i64
              %v1559 = arith.muli %v28, %v896 : i64
              %v1560 = arith.addi %v1558, %v1559 : i64
              %v1561 = arith.constant 8 : i64
              %v1562 = arith.addi %v1561, %v19 : i64
              %v1563 = arith.muli %v1562, %v2 : i64
              %v1564 = arith.addi %v1560, %v1563 : i64
              %v1565 = arith.addi %v1548, %v1564 : i64
              %v1566 = llvm.getelementptr %ckpt_n[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1557, %v1566 : f32, !llvm.ptr
            }
          }
          // end save
          %v1567 = arith.mulf %v1506, %v336 fastmath<contract> : f32
          %v1568 = arith.mulf %v1567, %v1508 fastmath<contract> : f32
          %v1569 = llvm.load %v6 : !llvm.ptr -> f32
          %v1570 = arith.mulf %v1504, %v1569 fastmath<contract> : f32
          %v1571 = arith.addf %v1570, %v1568 fastmath<contract> : f32
          %v1572 = arith.mulf %v1506, %v347 fastmath<contract> : f32
          %v1573 = arith.mulf %v1572, %v1508 fastmath<contract> : f32
          %v1574 = llvm.load %v7 : !llvm.ptr -> f32
          %v1575 = arith.mulf %v1504, %v1574 fastmath<contract> : f32
          %v1576 = arith.addf %v1575, %v1573 fastmath<contract> : f32
          %v1577 = llvm.load %v8 : !llvm.ptr -> f32
          %v1578 = arith.mulf %v1504, %v1577 fastmath<contract> : f32
          %v1579 = arith.addf %v1578, %v1567 fastmath<contract> : f32
          %v1580 = llvm.load %v9 : !llvm.ptr -> f32
          %v1581 = arith.mulf %v1504, %v1580 fastmath<contract> : f32
          %v1582 = arith.addf %v1581, %v1572 fastmath<contract> : f32
          llvm.store %v1571, %v6 : f32, !llvm.ptr
          llvm.store %v1576, %v7 : f32, !llvm.ptr
          llvm.store %v1579, %v8 : f32, !llvm.ptr
          llvm.store %v1582, %v9 : f32, !llvm.ptr
          %v1583 = llvm.load %v6 : !llvm.ptr -> f32
          %v1584 = arith.mulf %v356, %v1583 fastmath<contract> : f32
          %v1585 = llvm.load %v7 : !llvm.ptr -> f32
          %v1586 = arith.mulf %v367, %v1585 fastmath<contract> : f32
          %v1587 = arith.addf %v1584, %v1586 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1588, %v1589 = gpu.shuffle xor %v1587, %v936, %v937 : f32
          %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
          %v1591, %v1592 = gpu.shuffle xor %v1590, %v941, %v937 : f32
          %v1593 = arith.addf %v1590, %v1591 fastmath<contract> : f32
          %v1594, %v1595 = gpu.shuffle xor %v1593, %v945, %v937 : f32
          %v1596 = arith.addf %v1593, %v1594 fastmath<contract> : f32
          // end sum over the lanes
          %v1597 = llvm.load %v8 : !llvm.ptr -> f32
          %v1598 = arith.mulf %v356, %v1597 fastmath<contract> : f32
          %v1599 = llvm.load %v9 : !llvm.ptr -> f32
          %v1600 = arith.mulf %v367, %v1599 fastmath<contract> : f32
          %v1601 = arith.addf %v1598, %v1600 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1602, %v1603 = gpu.shuffle xor %v1601, %v936, %v937 : f32
          %v1604 = arith.addf %v1601, %v1602 fastmath<contract> : f32
          %v1605, %v1606 = gpu.shuffle xor %v1604, %v941, %v937 : f32
          %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
          %v1608, %v1609 = gpu.shuffle xor %v1607, %v945, %v937 : f32
          %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
          // end sum over the lanes
          %v1611 = arith.addi %v39, %v62 : i64
          %v1612, %v1613 = gpu.shuffle idx %v755, %v842, %v845 : f32
          %v1614, %v1615 = gpu.shuffle idx %v764, %v842, %v845 : f32
          %v1616, %v1617 = gpu.shuffle idx %v776, %v842, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1618 = arith.remui %v1611, %v12 : i64
          %v1619 = arith.cmpi eq, %v1618, %v33 : i64
          %v1620 = arith.andi %v1619, %v23 : i1
          scf.if %v1620 {
            %v1621 = arith.divui %v1611, %v12 : i64
            %v1622 = llvm.mlir.zero : !llvm.ptr
            %v1623 = llvm.icmp "ne" %ckpt_C, %v1622 : !llvm.ptr
            scf.if %v1623 {
              %v1628 = arith.muli %v1621, %v1627 : i64
              %v1629 = llvm.load %v6 : !llvm.ptr -> f32
              %v1630 = arith.muli %v30, %v867 : i64
              %v1631 = arith.muli %v28, %v866 : i64
              %v1632 = arith.addi %v1630, %v1631 : i64
              %v1633 = arith.muli %v19, %v865 : i64
              %v1634 = arith.addi %v1632, %v1633 : i64
              %v1635 = arith.muli %v26, %v2 : i64
              %v1636 = arith.addi %v1634, %v1635 : i64
              %v1637 = arith.addi %v1628, %v1636 : i64
              %v1638 = llvm.getelementptr %ckpt_C[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1629, %v1638 : f32, !llvm.ptr
              %v1639 = llvm.load %v7 : !llvm.ptr -> f32
              %v1640 = arith.muli %v30, %v867 : i64
              %v1641 = arith.muli %v28, %v866 : i64
              %v1642 = arith.addi %v1640, %v1641 : i64
              %v1643 = arith.constant 8 : i64
              %v1644 = arith.addi %v1643, %v19 : i64
              %v1645 = arith.muli %v1644, %v865 : i64
              %v1646 = arith.addi %v1642, %v1645 : i64
              %v1647 = arith.muli %v26, %v2 : i64
              %v1648 = arith.addi %v1646, %v1647 : i64
              %v1649 = arith.addi %v1628, %v1648 : i64
              %v1650 = llvm.getelementptr %ckpt_C[%v1649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1639, %v1650 : f32, !llvm.ptr
            }
            %v1651 = llvm.mlir.zero : !llvm.ptr
            %v1652 = llvm.icmp "ne" %ckpt_n, %v1651 : !llvm.ptr
            scf.if %v1652 {
              %v1656 = arith.muli %v1621, %v1655 : i64
              %v1657 = llvm.load %v8 : !llvm.ptr -> f32
              %v1658 = arith.muli %v30, %v897 : i64
              %v1659 = arith.muli %v28, %v896 : i64
              %v1660 = arith.addi %v1658, %v1659 : i64
              %v1661 = arith.muli %v19, %v2 : i64
              %v1662 = arith.addi %v1660, %v1661 : i64
              %v1663 = arith.addi %v1656, %v1662 : i64
              %v1664 = llvm.getelementptr %ckpt_n[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1657, %v1664 : f32, !llvm.ptr
              %v1665 = llvm.load %v9 : !llvm.ptr -> f32
              %v1666 = arith.muli %v30, %v897 : i64
              %v1667 = arith.muli %v28, %v896 : i64
              %v1668 = arith.addi %v1666, %v1667 : i64
              %v1669 = arith.constant 8 : i64
              %v1670 = arith.addi %v1669, %v19 : i64
              %v1671 = arith.muli %v1670, %v2 : i64
              %v1672 = arith.addi %v1668, %v1671 : i64
              %v1673 = arith.addi %v1656, %v1672 : i64
              %v1674 = llvm.getelementptr %ckpt_n[%v1673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1665, %v1674 : f32, !llvm.ptr
            }
          }
          // end save
          %v1675 = arith.mulf %v1614, %v377 fastmath<contract> : f32
          %v1676 = arith.mulf %v1675, %v1616 fastmath<contract> : f32
          %v1677 = llvm.load %v6 : !llvm.ptr -> f32
          %v1678 = arith.mulf %v1612, %v1677 fastmath<contract> : f32
          %v1679 = arith.addf %v1678, %v1676 fastmath<contract> : f32
          %v1680 = arith.mulf %v1614, %v388 fastmath<contract> : f32
          %v1681 = arith.mulf %v1680, %v1616 fastmath<contract> : f32
          %v1682 = llvm.load %v7 : !llvm.ptr -> f32
          %v1683 = arith.mulf %v1612, %v1682 fastmath<contract> : f32
          %v1684 = arith.addf %v1683, %v1681 fastmath<contract> : f32
          %v1685 = llvm.load %v8 : !llvm.ptr -> f32
          %v1686 = arith.mulf %v1612, %v1685 fastmath<contract> : f32
          %v1687 = arith.addf %v1686, %v1675 fastmath<contract> : f32
          %v1688 = llvm.load %v9 : !llvm.ptr -> f32
          %v1689 = arith.mulf %v1612, %v1688 fastmath<contract> : f32
          %v1690 = arith.addf %v1689, %v1680 fastmath<contract> : f32
          llvm.store %v1679, %v6 : f32, !llvm.ptr
          llvm.store %v1684, %v7 : f32, !llvm.ptr
          llvm.store %v1687, %v8 : f32, !llvm.ptr
          llvm.store %v1690, %v9 : f32, !llvm.ptr
          %v1691 = llvm.load %v6 : !llvm.ptr -> f32
          %v1692 = arith.mulf %v397, %v1691 fastmath<contract> : f32
          %v1693 = llvm.load %v7 : !llvm.ptr -> f32
          %v1694 = arith.mulf %v408, %v1693 fastmath<contract> : f32
          %v1695 = arith.addf %v1692, %v1694 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1696, %v1697 = gpu.shuffle xor %v1695, %v936, %v937 : f32
          %v1698 = arith.addf %v1695, %v1696 fastmath<contract> : f32
          %v1699, %v1700 = gpu.shuffle xor %v1698, %v941, %v937 : f32
          %v1701 = arith.addf %v1698, %v1699 fastmath<contract> : f32
          %v1702, %v1703 = gpu.shuffle xor %v1701, %v945, %v937 : f32
          %v1704 = arith.addf %v1701, %v1702 fastmath<contract> : f32
          // end sum over the lanes
          %v1705 = llvm.load %v8 : !llvm.ptr -> f32
          %v1706 = arith.mulf %v397, %v1705 fastmath<contract> : f32
          %v1707 = llvm.load %v9 : !llvm.ptr -> f32
          %v1708 = arith.mulf %v408, %v1707 fastmath<contract> : f32
          %v1709 = arith.addf %v1706, %v1708 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1710, %v1711 = gpu.shuffle xor %v1709, %v936, %v937 : f32
          %v1712 = arith.addf %v1709, %v1710 fastmath<contract> : f32
          %v1713, %v1714 = gpu.shuffle xor %v1712, %v941, %v937 : f32
          %v1715 = arith.addf %v1712, %v1713 fastmath<contract> : f32
          %v1716, %v1717 = gpu.shuffle xor %v1715, %v945, %v937 : f32
          %v1718 = arith.addf %v1715, %v1716 fastmath<contract> : f32
          // end sum over the lanes
          %v1719 = arith.addi %v39, %v63 : i64
          %v1720, %v1721 = gpu.shuffle idx %v791, %v814, %v845 : f32
          %v1722, %v1723 = gpu.shuffle idx %v800, %v814, %v845 : f32
          %v1724, %v1725 = gpu.shuffle idx %v809, %v814, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1726 = arith.remui %v1719, %v12 : i64
          %v1727 = arith.cmpi eq, %v1726, %v33 : i64
          %v1728 = arith.andi %v1727, %v23 : i1
          scf.if %v1728 {
            %v1729 = arith.divui %v1719, %v12 : i64
            %v1730 = llvm.mlir.zero : !llvm.ptr
            %v1731 = llvm.icmp "ne" %ckpt_C, %v1730 : !llvm.ptr
            scf.if %v1731 {
              %v1736 = arith.muli %v1729, %v1735 : i64
              %v1737 = llvm.load %v6 : !llvm.ptr -> f32
              %v1738 = arith.muli %v30, %v867 : i64
              %v1739 = arith.muli %v28, %v866 : i64
              %v1740 = arith.addi %v1738, %v1739 : i64
              %v1741 = arith.muli %v19, %v865 : i64
              %v1742 = arith.addi %v1740, %v1741 : i64
              %v1743 = arith.muli %v26, %v2 : i64
              %v1744 = arith.addi %v1742, %v1743 : i64
              %v1745 = arith.addi %v1736, %v1744 : i64
              %v1746 = llvm.getelementptr %ckpt_C[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1737, %v1746 : f32, !llvm.ptr
              %v1747 = llvm.load %v7 : !llvm.ptr -> f32
              %v1748 = arith.muli %v30, %v867 : i64
              %v1749 = arith.muli %v28, %v866 : i64
              %v1750 = arith.addi %v1748, %v1749 : i64
              %v1751 = arith.constant 8 : i64
              %v1752 = arith.addi %v1751, %v19 : i64
              %v1753 = arith.muli %v1752, %v865 : i64
              %v1754 = arith.addi %v1750, %v1753 : i64
              %v1755 = arith.muli %v26, %v2 : i64
              %v1756 = arith.addi %v1754, %v1755 : i64
              %v1757 = arith.addi %v1736, %v1756 : i64
              %v1758 = llvm.getelementptr %ckpt_C[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1747, %v1758 : f32, !llvm.ptr
            }
            %v1759 = llvm.mlir.zero : !llvm.ptr
            %v1760 = llvm.icmp "ne" %ckpt_n, %v1759 : !llvm.ptr
            scf.if %v1760 {
              %v1764 = arith.muli %v1729, %v1763 : i64
              %v1765 = llvm.load %v8 : !llvm.ptr -> f32
              %v1766 = arith.muli %v30, %v897 : i64
              %v1767 = arith.muli %v28, %v896 : i64
              %v1768 = arith.addi %v1766, %v1767 : i64
              %v1769 = arith.muli %v19, %v2 : i64
              %v1770 = arith.addi %v1768, %v1769 : i64
              %v1771 = arith.addi %v1764, %v1770 : i64
              %v1772 = llvm.getelementptr %ckpt_n[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1765, %v1772 : f32, !llvm.ptr
              %v1773 = llvm.load %v9 : !llvm.ptr -> f32
              %v1774 = arith.muli %v30, %v897 : i64
              %v1775 = arith.muli %v28, %v896 : i64
              %v1776 = arith.addi %v1774, %v1775 : i64
              %v1777 = arith.constant 8 : i64
              %v1778 = arith.addi %v1777, %v19 : i64
              %v1779 = arith.muli %v1778, %v2 : i64
              %v1780 = arith.addi %v1776, %v1779 : i64
              %v1781 = arith.addi %v1764, %v1780 : i64
              %v1782 = llvm.getelementptr %ckpt_n[%v1781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1773, %v1782 : f32, !llvm.ptr
            }
          }
          // end save
          %v1783 = arith.mulf %v1722, %v418 fastmath<contract> : f32
          %v1784 = arith.mulf %v1783, %v1724 fastmath<contract> : f32
          %v1785 = llvm.load %v6 : !llvm.ptr -> f32
          %v1786 = arith.mulf %v1720, %v1785 fastmath<contract> : f32
          %v1787 = arith.addf %v1786, %v1784 fastmath<contract> : f32
          %v1788 = arith.mulf %v1722, %v429 fastmath<contract> : f32
          %v1789 = arith.mulf %v1788, %v1724 fastmath<contract> : f32
          %v1790 = llvm.load %v7 : !llvm.ptr -> f32
          %v1791 = arith.mulf %v1720, %v1790 fastmath<contract> : f32
          %v1792 = arith.addf %v1791, %v1789 fastmath<contract> : f32
          %v1793 = llvm.load %v8 : !llvm.ptr -> f32
          %v1794 = arith.mulf %v1720, %v1793 fastmath<contract> : f32
          %v1795 = arith.addf %v1794, %v1783 fastmath<contract> : f32
          %v1796 = llvm.load %v9 : !llvm.ptr -> f32
          %v1797 = arith.mulf %v1720, %v1796 fastmath<contract> : f32
          %v1798 = arith.addf %v1797, %v1788 fastmath<contract> : f32
          llvm.store %v1787, %v6 : f32, !llvm.ptr
          llvm.store %v1792, %v7 : f32, !llvm.ptr
          llvm.store %v1795, %v8 : f32, !llvm.ptr
          llvm.store %v1798, %v9 : f32, !llvm.ptr
          %v1799 = llvm.load %v6 : !llvm.ptr -> f32
          %v1800 = arith.mulf %v438, %v1799 fastmath<contract> : f32
          %v1801 = llvm.load %v7 : !llvm.ptr -> f32
          %v1802 = arith.mulf %v449, %v1801 fastmath<contract> : f32
          %v1803 = arith.addf %v1800, %v1802 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1804, %v1805 = gpu.shuffle xor %v1803, %v936, %v937 : f32
          %v1806 = arith.addf %v1803, %v1804 fastmath<contract> : f32
          %v1807, %v1808 = gpu.shuffle xor %v1806, %v941, %v937 : f32
          %v1809 = arith.addf %v1806, %v1807 fastmath<contract> : f32
          %v1810, %v1811 = gpu.shuffle xor %v1809, %v945, %v937 : f32
          %v1812 = arith.addf %v1809, %v1810 fastmath<contract> : f32
          // end sum over the lanes
          %v1813 = llvm.load %v8 : !llvm.ptr -> f32
          %v1814 = arith.mulf %v438, %v1813 fastmath<contract> : f32
          %v1815 = llvm.load %v9 : !llvm.ptr -> f32
          %v1816 = arith.mulf %v449, %v1815 fastmath<contract> : f32
          %v1817 = arith.addf %v1814, %v1816 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1818, %v1819 = gpu.shuffle xor %v1817, %v936, %v937 : f32
          %v1820 = arith.addf %v1817, %v1818 fastmath<contract> : f32
          %v1821, %v1822 = gpu.shuffle xor %v1820, %v941, %v937 : f32
          %v1823 = arith.addf %v1820, %v1821 fastmath<contract> : f32
          %v1824, %v1825 = gpu.shuffle xor %v1823, %v945, %v937 : f32
          %v1826 = arith.addf %v1823, %v1824 fastmath<contract> : f32
          // end sum over the lanes
          %v1827 = arith.addi %v39, %v65 : i64
          %v1828, %v1829 = gpu.shuffle idx %v791, %v818, %v845 : f32
          %v1830, %v1831 = gpu.shuffle idx %v800, %v818, %v845 : f32
          %v1832, %v1833 = gpu.shuffle idx %v809, %v818, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1834 = arith.remui %v1827, %v12 : i64
          %v1835 = arith.cmpi eq, %v1834, %v33 : i64
          %v1836 = arith.andi %v1835, %v23 : i1
          scf.if %v1836 {
            %v1837 = arith.divui %v1827, %v12 : i64
            %v1838 = llvm.mlir.zero : !llvm.ptr
            %v1839 = llvm.icmp "ne" %ckpt_C, %v1838 : !llvm.ptr
            scf.if %v1839 {
              %v1844 = arith.muli %v1837, %v1843 : i64
              %v1845 = llvm.load %v6 : !llvm.ptr -> f32
              %v1846 = arith.muli %v30, %v867 : i64
              %v1847 = arith.muli %v28, %v866 : i64
              %v1848 = arith.addi %v1846, %v1847 : i64
              %v1849 = arith.muli %v19, %v865 : i64
              %v1850 = arith.addi %v1848, %v1849 : i64
              %v1851 = arith.muli %v26, %v2 : i64
              %v1852 = arith.addi %v1850, %v1851 : i64
              %v1853 = arith.addi %v1844, %v1852 : i64
              %v1854 = llvm.getelementptr %ckpt_C[%v1853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1845, %v1854 : f32, !llvm.ptr
              %v1855 = llvm.load %v7 : !llvm.ptr -> f32
              %v1856 = arith.muli %v30, %v867 : i64
              %v1857 = arith.muli %v28, %v866 : i64
              %v1858 = arith.addi %v1856, %v1857 : i64
              %v1859 = arith.constant 8 : i64
              %v1860 = arith.addi %v1859, %v19 : i64
              %v1861 = arith.muli %v1860, %v865 : i64
              %v1862 = arith.addi %v1858, %v1861 : i64
              %v1863 = arith.muli %v26, %v2 : i64
              %v1864 = arith.addi %v1862, %v1863 : i64
              %v1865 = arith.addi %v1844, %v1864 : i64
              %v1866 = llvm.getelementptr %ckpt_C[%v1865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1855, %v1866 : f32, !llvm.ptr
            }
            %v1867 = llvm.mlir.zero : !llvm.ptr
            %v1868 = llvm.icmp "ne" %ckpt_n, %v1867 : !llvm.ptr
            scf.if %v1868 {
              %v1872 = arith.muli %v1837, %v1871 : i64
              %v1873 = llvm.load %v8 : !llvm.ptr -> f32
              %v1874 = arith.muli %v30, %v897 : i64
              %v1875 = arith.muli %v28, %v896 : i64
              %v1876 = arith.addi %v1874, %v1875 : i64
              %v1877 = arith.muli %v19, %v2 : i64
              %v1878 = arith.addi %v1876, %v1877 : i64
              %v1879 = arith.addi %v1872, %v1878 : i64
              %v1880 = llvm.getelementptr %ckpt_n[%v1879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1873, %v1880 : f32, !llvm.ptr
              %v1881 = llvm.load %v9 : !llvm.ptr -> f32
              %v1882 = arith.muli %v30, %v897 : i64
              %v1883 = arith.muli %v28, %v896 : i64
              %v1884 = arith.addi %v1882, %v1883 : i64
              %v1885 = arith.constant 8 : i64
              %v1886 = arith.addi %v1885, %v19 : i64
              %v1887 = arith.muli %v1886, %v2 : i64
              %v1888 = arith.addi %v1884, %v1887 : i64
              %v1889 = arith.addi %v1872, %v1888 : i64
              %v1890 = llvm.getelementptr %ckpt_n[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1881, %v1890 : f32, !llvm.ptr
            }
          }
          // end save
          %v1891 = arith.mulf %v1830, %v459 fastmath<contract> : f32
          %v1892 = arith.mulf %v1891, %v1832 fastmath<contract> : f32
          %v1893 = llvm.load %v6 : !llvm.ptr -> f32
          %v1894 = arith.mulf %v1828, %v1893 fastmath<contract> : f32
          %v1895 = arith.addf %v1894, %v1892 fastmath<contract> : f32
          %v1896 = arith.mulf %v1830, %v470 fastmath<contract> : f32
          %v1897 = arith.mulf %v1896, %v1832 fastmath<contract> : f32
          %v1898 = llvm.load %v7 : !llvm.ptr -> f32
          %v1899 = arith.mulf %v1828, %v1898 fastmath<contract> : f32
          %v1900 = arith.addf %v1899, %v1897 fastmath<contract> : f32
          %v1901 = llvm.load %v8 : !llvm.ptr -> f32
          %v1902 = arith.mulf %v1828, %v1901 fastmath<contract> : f32
          %v1903 = arith.addf %v1902, %v1891 fastmath<contract> : f32
          %v1904 = llvm.load %v9 : !llvm.ptr -> f32
          %v1905 = arith.mulf %v1828, %v1904 fastmath<contract> : f32
          %v1906 = arith.addf %v1905, %v1896 fastmath<contract> : f32
          llvm.store %v1895, %v6 : f32, !llvm.ptr
          llvm.store %v1900, %v7 : f32, !llvm.ptr
          llvm.store %v1903, %v8 : f32, !llvm.ptr
          llvm.store %v1906, %v9 : f32, !llvm.ptr
          %v1907 = llvm.load %v6 : !llvm.ptr -> f32
          %v1908 = arith.mulf %v479, %v1907 fastmath<contract> : f32
          %v1909 = llvm.load %v7 : !llvm.ptr -> f32
          %v1910 = arith.mulf %v490, %v1909 fastmath<contract> : f32
          %v1911 = arith.addf %v1908, %v1910 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1912, %v1913 = gpu.shuffle xor %v1911, %v936, %v937 : f32
          %v1914 = arith.addf %v1911, %v1912 fastmath<contract> : f32
          %v1915, %v1916 = gpu.shuffle xor %v1914, %v941, %v937 : f32
          %v1917 = arith.addf %v1914, %v1915 fastmath<contract> : f32
          %v1918, %v1919 = gpu.shuffle xor %v1917, %v945, %v937 : f32
          %v1920 = arith.addf %v1917, %v1918 fastmath<contract> : f32
          // end sum over the lanes
          %v1921 = llvm.load %v8 : !llvm.ptr -> f32
          %v1922 = arith.mulf %v479, %v1921 fastmath<contract> : f32
          %v1923 = llvm.load %v9 : !llvm.ptr -> f32
          %v1924 = arith.mulf %v490, %v1923 fastmath<contract> : f32
          %v1925 = arith.addf %v1922, %v1924 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1926, %v1927 = gpu.shuffle xor %v1925, %v936, %v937 : f32
          %v1928 = arith.addf %v1925, %v1926 fastmath<contract> : f32
          %v1929, %v1930 = gpu.shuffle xor %v1928, %v941, %v937 : f32
          %v1931 = arith.addf %v1928, %v1929 fastmath<contract> : f32
          %v1932, %v1933 = gpu.shuffle xor %v1931, %v945, %v937 : f32
          %v1934 = arith.addf %v1931, %v1932 fastmath<contract> : f32
          // end sum over the lanes
          %v1935 = arith.addi %v39, %v67 : i64
          %v1936, %v1937 = gpu.shuffle idx %v791, %v822, %v845 : f32
          %v1938, %v1939 = gpu.shuffle idx %v800, %v822, %v845 : f32
          %v1940, %v1941 = gpu.shuffle idx %v809, %v822, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1942 = arith.remui %v1935, %v12 : i64
          %v1943 = arith.cmpi eq, %v1942, %v33 : i64
          %v1944 = arith.andi %v1943, %v23 : i1
          scf.if %v1944 {
            %v1945 = arith.divui %v1935, %v12 : i64
            %v1946 = llvm.mlir.zero : !llvm.ptr
            %v1947 = llvm.icmp "ne" %ckpt_C, %v1946 : !llvm.ptr
            scf.if %v1947 {
              %v1952 = arith.muli %v1945, %v1951 : i64
              %v1953 = llvm.load %v6 : !llvm.ptr -> f32
              %v1954 = arith.muli %v30, %v867 : i64
              %v1955 = arith.muli %v28, %v866 : i64
              %v1956 = arith.addi %v1954, %v1955 : i64
              %v1957 = arith.muli %v19, %v865 : i64
              %v1958 = arith.addi %v1956, %v1957 : i64
              %v1959 = arith.muli %v26, %v2 : i64
              %v1960 = arith.addi %v1958, %v1959 : i64
              %v1961 = arith.addi %v1952, %v1960 : i64
              %v1962 = llvm.getelementptr %ckpt_C[%v1961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1953, %v1962 : f32, !llvm.ptr
              %v1963 = llvm.load %v7 : !llvm.ptr -> f32
              %v1964 = arith.muli %v30, %v867 : i64
              %v1965 = arith.muli %v28, %v866 : i64
              %v1966 = arith.addi %v1964, %v1965 : i64
              %v1967 = arith.constant 8 : i64
              %v1968 = arith.addi %v1967, %v19 : i64
              %v1969 = arith.muli %v1968, %v865 : i64
              %v1970 = arith.addi %v1966, %v1969 : i64
              %v1971 = arith.muli %v26, %v2 : i64
              %v1972 = arith.addi %v1970, %v1971 : i64
              %v1973 = arith.addi %v1952, %v1972 : i64
              %v1974 = llvm.getelementptr %ckpt_C[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1963, %v1974 : f32, !llvm.ptr
            }
            %v1975 = llvm.mlir.zero : !llvm.ptr
            %v1976 = llvm.icmp "ne" %ckpt_n, %v1975 : !llvm.ptr
            scf.if %v1976 {
              %v1980 = arith.muli %v1945, %v1979 : i64
              %v1981 = llvm.load %v8 : !llvm.ptr -> f32
              %v1982 = arith.muli %v30, %v897 : i64
              %v1983 = arith.muli %v28, %v896 : i64
              %v1984 = arith.addi %v1982, %v1983 : i64
              %v1985 = arith.muli %v19, %v2 : i64
              %v1986 = arith.addi %v1984, %v1985 : i64
              %v1987 = arith.addi %v1980, %v1986 : i64
              %v1988 = llvm.getelementptr %ckpt_n[%v1987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1981, %v1988 : f32, !llvm.ptr
              %v1989 = llvm.load %v9 : !llvm.ptr -> f32
              %v1990 = arith.muli %v30, %v897 : i64
              %v1991 = arith.muli %v28, %v896 : i64
              %v1992 = arith.addi %v1990, %v1991 : i64
              %v1993 = arith.constant 8 : i64
              %v1994 = arith.addi %v1993, %v19 : i64
              %v1995 = arith.muli %v1994, %v2 : i64
              %v1996 = arith.addi %v1992, %v1995 : i64
              %v1997 = arith.addi %v1980, %v1996 : i64
              %v1998 = llvm.getelementptr %ckpt_n[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1989, %v1998 : f32, !llvm.ptr
            }
          }
          // end save
          %v1999 = arith.mulf %v1938, %v500 fastmath<contract> : f32
          %v2000 = arith.mulf %v1999, %v1940 fastmath<contract> : f32
          %v2001 = llvm.load %v6 : !llvm.ptr -> f32
          %v2002 = arith.mulf %v1936, %v2001 fastmath<contract> : f32
          %v2003 = arith.addf %v2002, %v2000 fastmath<contract> : f32
          %v2004 = arith.mulf %v1938, %v511 fastmath<contract> : f32
          %v2005 = arith.mulf %v2004, %v1940 fastmath<contract> : f32
          %v2006 = llvm.load %v7 : !llvm.ptr -> f32
          %v2007 = arith.mulf %v1936, %v2006 fastmath<contract> : f32
          %v2008 = arith.addf %v2007, %v2005 fastmath<contract> : f32
          %v2009 = llvm.load %v8 : !llvm.ptr -> f32
          %v2010 = arith.mulf %v1936, %v2009 fastmath<contract> : f32
          %v2011 = arith.addf %v2010, %v1999 fastmath<contract> : f32
          %v2012 = llvm.load %v9 : !llvm.ptr -> f32
          %v2013 = arith.mulf %v1936, %v2012 fastmath<contract> : f32
          %v2014 = arith.addf %v2013, %v2004 fastmath<contract> : f32
          llvm.store %v2003, %v6 : f32, !llvm.ptr
          llvm.store %v2008, %v7 : f32, !llvm.ptr
          llvm.store %v2011, %v8 : f32, !llvm.ptr
          llvm.store %v2014, %v9 : f32, !llvm.ptr
          %v2015 = llvm.load %v6 : !llvm.ptr -> f32
          %v2016 = arith.mulf %v520, %v2015 fastmath<contract> : f32
          %v2017 = llvm.load %v7 : !llvm.ptr -> f32
          %v2018 = arith.mulf %v531, %v2017 fastmath<contract> : f32
          %v2019 = arith.addf %v2016, %v2018 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2020, %v2021 = gpu.shuffle xor %v2019, %v936, %v937 : f32
          %v2022 = arith.addf %v2019, %v2020 fastmath<contract> : f32
          %v2023, %v2024 = gpu.shuffle xor %v2022, %v941, %v937 : f32
          %v2025 = arith.addf %v2022, %v2023 fastmath<contract> : f32
          %v2026, %v2027 = gpu.shuffle xor %v2025, %v945, %v937 : f32
          %v2028 = arith.addf %v2025, %v2026 fastmath<contract> : f32
          // end sum over the lanes
          %v2029 = llvm.load %v8 : !llvm.ptr -> f32
          %v2030 = arith.mulf %v520, %v2029 fastmath<contract> : f32
          %v2031 = llvm.load %v9 : !llvm.ptr -> f32
          %v2032 = arith.mulf %v531, %v2031 fastmath<contract> : f32
          %v2033 = arith.addf %v2030, %v2032 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2034, %v2035 = gpu.shuffle xor %v2033, %v936, %v937 : f32
          %v2036 = arith.addf %v2033, %v2034 fastmath<contract> : f32
          %v2037, %v2038 = gpu.shuffle xor %v2036, %v941, %v937 : f32
          %v2039 = arith.addf %v2036, %v2037 fastmath<contract> : f32
          %v2040, %v2041 = gpu.shuffle xor %v2039, %v945, %v937 : f32
          %v2042 = arith.addf %v2039, %v2040 fastmath<contract> : f32
          // end sum over the lanes
          %v2043 = arith.addi %v39, %v69 : i64
          %v2044, %v2045 = gpu.shuffle idx %v791, %v826, %v845 : f32
          %v2046, %v2047 = gpu.shuffle idx %v800, %v826, %v845 : f32
          %v2048, %v2049 = gpu.shuffle idx %v809, %v826, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2050 = arith.remui %v2043, %v12 : i64
          %v2051 = arith.cmpi eq, %v2050, %v33 : i64
          %v2052 = arith.andi %v2051, %v23 : i1
          scf.if %v2052 {
            %v2053 = arith.divui %v2043, %v12 : i64
            %v2054 = llvm.mlir.zero : !llvm.ptr
            %v2055 = llvm.icmp "ne" %ckpt_C, %v2054 : !llvm.ptr
            scf.if %v2055 {
              %v2060 = arith.muli %v2053, %v2059 : i64
              %v2061 = llvm.load %v6 : !llvm.ptr -> f32
              %v2062 = arith.muli %v30, %v867 : i64
              %v2063 = arith.muli %v28, %v866 : i64
              %v2064 = arith.addi %v2062, %v2063 : i64
              %v2065 = arith.muli %v19, %v865 : i64
              %v2066 = arith.addi %v2064, %v2065 : i64
              %v2067 = arith.muli %v26, %v2 : i64
              %v2068 = arith.addi %v2066, %v2067 : i64
              %v2069 = arith.addi %v2060, %v2068 : i64
              %v2070 = llvm.getelementptr %ckpt_C[%v2069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2061, %v2070 : f32, !llvm.ptr
              %v2071 = llvm.load %v7 : !llvm.ptr -> f32
              %v2072 = arith.muli %v30, %v867 : i64
              %v2073 = arith.muli %v28, %v866 : i64
              %v2074 = arith.addi %v2072, %v2073 : i64
              %v2075 = arith.constant 8 : i64
              %v2076 = arith.addi %v2075, %v19 : i64
              %v2077 = arith.muli %v2076, %v865 : i64
              %v2078 = arith.addi %v2074, %v2077 : i64
              %v2079 = arith.muli %v26, %v2 : i64
              %v2080 = arith.addi %v2078, %v2079 : i64
              %v2081 = arith.addi %v2060, %v2080 : i64
              %v2082 = llvm.getelementptr %ckpt_C[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2071, %v2082 : f32, !llvm.ptr
            }
            %v2083 = llvm.mlir.zero : !llvm.ptr
            %v2084 = llvm.icmp "ne" %ckpt_n, %v2083 : !llvm.ptr
            scf.if %v2084 {
              %v2088 = arith.muli %v2053, %v2087 : i64
              %v2089 = llvm.load %v8 : !llvm.ptr -> f32
              %v2090 = arith.muli %v30, %v897 : i64
              %v2091 = arith.muli %v28, %v896 : i64
              %v2092 = arith.addi %v2090, %v2091 : i64
              %v2093 = arith.muli %v19, %v2 : i64
              %v2094 = arith.addi %v2092, %v2093 : i64
              %v2095 = arith.addi %v2088, %v2094 : i64
              %v2096 = llvm.getelementptr %ckpt_n[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2089, %v2096 : f32, !llvm.ptr
              %v2097 = llvm.load %v9 : !llvm.ptr -> f32
              %v2098 = arith.muli %v30, %v897 : i64
              %v2099 = arith.muli %v28, %v896 : i64
              %v2100 = arith.addi %v2098, %v2099 : i64
              %v2101 = arith.constant 8 : i64
              %v2102 = arith.addi %v2101, %v19 : i64
              %v2103 = arith.muli %v2102, %v2 : i64
              %v2104 = arith.addi %v2100, %v2103 : i64
              %v2105 = arith.addi %v2088, %v2104 : i64
              %v2106 = llvm.getelementptr %ckpt_n[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2097, %v2106 : f32, !llvm.ptr
            }
          }
          // end save
          %v2107 = arith.mulf %v2046, %v541 fastmath<contract> : f32
          %v2108 = arith.mulf %v2107, %v2048 fastmath<contract> : f32
          %v2109 = llvm.load %v6 : !llvm.ptr -> f32
          %v2110 = arith.mulf %v2044, %v2109 fastmath<contract> : f32
          %v2111 = arith.addf %v2110, %v2108 fastmath<contract> : f32
          %v2112 = arith.mulf %v2046, %v552 fastmath<contract> : f32
          %v2113 = arith.mulf %v2112, %v2048 fastmath<contract> : f32
          %v2114 = llvm.load %v7 : !llvm.ptr -> f32
          %v2115 = arith.mulf %v2044, %v2114 fastmath<contract> : f32
          %v2116 = arith.addf %v2115, %v2113 fastmath<contract> : f32
          %v2117 = llvm.load %v8 : !llvm.ptr -> f32
          %v2118 = arith.mulf %v2044, %v2117 fastmath<contract> : f32
          %v2119 = arith.addf %v2118, %v2107 fastmath<contract> : f32
          %v2120 = llvm.load %v9 : !llvm.ptr -> f32
          %v2121 = arith.mulf %v2044, %v2120 fastmath<contract> : f32
          %v2122 = arith.addf %v2121, %v2112 fastmath<contract> : f32
          llvm.store %v2111, %v6 : f32, !llvm.ptr
          llvm.store %v2116, %v7 : f32, !llvm.ptr
          llvm.store %v2119, %v8 : f32, !llvm.ptr
          llvm.store %v2122, %v9 : f32, !llvm.ptr
          %v2123 = llvm.load %v6 : !llvm.ptr -> f32
          %v2124 = arith.mulf %v561, %v2123 fastmath<contract> : f32
          %v2125 = llvm.load %v7 : !llvm.ptr -> f32
          %v2126 = arith.mulf %v572, %v2125 fastmath<contract> : f32
          %v2127 = arith.addf %v2124, %v2126 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2128, %v2129 = gpu.shuffle xor %v2127, %v936, %v937 : f32
          %v2130 = arith.addf %v2127, %v2128 fastmath<contract> : f32
          %v2131, %v2132 = gpu.shuffle xor %v2130, %v941, %v937 : f32
          %v2133 = arith.addf %v2130, %v2131 fastmath<contract> : f32
          %v2134, %v2135 = gpu.shuffle xor %v2133, %v945, %v937 : f32
          %v2136 = arith.addf %v2133, %v2134 fastmath<contract> : f32
          // end sum over the lanes
          %v2137 = llvm.load %v8 : !llvm.ptr -> f32
          %v2138 = arith.mulf %v561, %v2137 fastmath<contract> : f32
          %v2139 = llvm.load %v9 : !llvm.ptr -> f32
          %v2140 = arith.mulf %v572, %v2139 fastmath<contract> : f32
          %v2141 = arith.addf %v2138, %v2140 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2142, %v2143 = gpu.shuffle xor %v2141, %v936, %v937 : f32
          %v2144 = arith.addf %v2141, %v2142 fastmath<contract> : f32
          %v2145, %v2146 = gpu.shuffle xor %v2144, %v941, %v937 : f32
          %v2147 = arith.addf %v2144, %v2145 fastmath<contract> : f32
          %v2148, %v2149 = gpu.shuffle xor %v2147, %v945, %v937 : f32
          %v2150 = arith.addf %v2147, %v2148 fastmath<contract> : f32
          // end sum over the lanes
          %v2151 = arith.addi %v39, %v71 : i64
          %v2152, %v2153 = gpu.shuffle idx %v791, %v830, %v845 : f32
          %v2154, %v2155 = gpu.shuffle idx %v800, %v830, %v845 : f32
          %v2156, %v2157 = gpu.shuffle idx %v809, %v830, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2158 = arith.remui %v2151, %v12 : i64
          %v2159 = arith.cmpi eq, %v2158, %v33 : i64
          %v2160 = arith.andi %v2159, %v23 : i1
          scf.if %v2160 {
            %v2161 = arith.divui %v2151, %v12 : i64
            %v2162 = llvm.mlir.zero : !llvm.ptr
            %v2163 = llvm.icmp "ne" %ckpt_C, %v2162 : !llvm.ptr
            scf.if %v2163 {
              %v2168 = arith.muli %v2161, %v2167 : i64
              %v2169 = llvm.load %v6 : !llvm.ptr -> f32
              %v2170 = arith.muli %v30, %v867 : i64
              %v2171 = arith.muli %v28, %v866 : i64
              %v2172 = arith.addi %v2170, %v2171 : i64
              %v2173 = arith.muli %v19, %v865 : i64
              %v2174 = arith.addi %v2172, %v2173 : i64
              %v2175 = arith.muli %v26, %v2 : i64
              %v2176 = arith.addi %v2174, %v2175 : i64
              %v2177 = arith.addi %v2168, %v2176 : i64
              %v2178 = llvm.getelementptr %ckpt_C[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2169, %v2178 : f32, !llvm.ptr
              %v2179 = llvm.load %v7 : !llvm.ptr -> f32
              %v2180 = arith.muli %v30, %v867 : i64
              %v2181 = arith.muli %v28, %v866 : i64
              %v2182 = arith.addi %v2180, %v2181 : i64
              %v2183 = arith.constant 8 : i64
              %v2184 = arith.addi %v2183, %v19 : i64
              %v2185 = arith.muli %v2184, %v865 : i64
              %v2186 = arith.addi %v2182, %v2185 : i64
              %v2187 = arith.muli %v26, %v2 : i64
              %v2188 = arith.addi %v2186, %v2187 : i64
              %v2189 = arith.addi %v2168, %v2188 : i64
              %v2190 = llvm.getelementptr %ckpt_C[%v2189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2179, %v2190 : f32, !llvm.ptr
            }
            %v2191 = llvm.mlir.zero : !llvm.ptr
            %v2192 = llvm.icmp "ne" %ckpt_n, %v2191 : !llvm.ptr
            scf.if %v2192 {
              %v2196 = arith.muli %v2161, %v2195 : i64
              %v2197 = llvm.load %v8 : !llvm.ptr -> f32
              %v2198 = arith.muli %v30, %v897 : i64
              %v2199 = arith.muli %v28, %v896 : i64
              %v2200 = arith.addi %v2198, %v2199 : i64
              %v2201 = arith.muli %v19, %v2 : i64
              %v2202 = arith.addi %v2200, %v2201 : i64
              %v2203 = arith.addi %v2196, %v2202 : i64
              %v2204 = llvm.getelementptr %ckpt_n[%v2203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2197, %v2204 : f32, !llvm.ptr
              %v2205 = llvm.load %v9 : !llvm.ptr -> f32
              %v2206 = arith.muli %v30, %v897 : i64
              %v2207 = arith.muli %v28, %v896 : i64
              %v2208 = arith.addi %v2206, %v2207 : i64
              %v2209 = arith.constant 8 : i64
              %v2210 = arith.addi %v2209, %v19 : i64
              %v2211 = arith.muli %v2210, %v2 : i64
              %v2212 = arith.addi %v2208, %v2211 : i64
              %v2213 = arith.addi %v2196, %v2212 : i64
              %v2214 = llvm.getelementptr %ckpt_n[%v2213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2205, %v2214 : f32, !llvm.ptr
            }
          }
          // end save
          %v2215 = arith.mulf %v2154, %v582 fastmath<contract> : f32
          %v2216 = arith.mulf %v2215, %v2156 fastmath<contract> : f32
          %v2217 = llvm.load %v6 : !llvm.ptr -> f32
          %v2218 = arith.mulf %v2152, %v2217 fastmath<contract> : f32
          %v2219 = arith.addf %v2218, %v2216 fastmath<contract> : f32
          %v2220 = arith.mulf %v2154, %v593 fastmath<contract> : f32
          %v2221 = arith.mulf %v2220, %v2156 fastmath<contract> : f32
          %v2222 = llvm.load %v7 : !llvm.ptr -> f32
          %v2223 = arith.mulf %v2152, %v2222 fastmath<contract> : f32
          %v2224 = arith.addf %v2223, %v2221 fastmath<contract> : f32
          %v2225 = llvm.load %v8 : !llvm.ptr -> f32
          %v2226 = arith.mulf %v2152, %v2225 fastmath<contract> : f32
          %v2227 = arith.addf %v2226, %v2215 fastmath<contract> : f32
          %v2228 = llvm.load %v9 : !llvm.ptr -> f32
          %v2229 = arith.mulf %v2152, %v2228 fastmath<contract> : f32
          %v2230 = arith.addf %v2229, %v2220 fastmath<contract> : f32
          llvm.store %v2219, %v6 : f32, !llvm.ptr
          llvm.store %v2224, %v7 : f32, !llvm.ptr
          llvm.store %v2227, %v8 : f32, !llvm.ptr
          llvm.store %v2230, %v9 : f32, !llvm.ptr
          %v2231 = llvm.load %v6 : !llvm.ptr -> f32
          %v2232 = arith.mulf %v602, %v2231 fastmath<contract> : f32
          %v2233 = llvm.load %v7 : !llvm.ptr -> f32
          %v2234 = arith.mulf %v613, %v2233 fastmath<contract> : f32
          %v2235 = arith.addf %v2232, %v2234 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2236, %v2237 = gpu.shuffle xor %v2235, %v936, %v937 : f32
          %v2238 = arith.addf %v2235, %v2236 fastmath<contract> : f32
          %v2239, %v2240 = gpu.shuffle xor %v2238, %v941, %v937 : f32
          %v2241 = arith.addf %v2238, %v2239 fastmath<contract> : f32
          %v2242, %v2243 = gpu.shuffle xor %v2241, %v945, %v937 : f32
          %v2244 = arith.addf %v2241, %v2242 fastmath<contract> : f32
          // end sum over the lanes
          %v2245 = llvm.load %v8 : !llvm.ptr -> f32
          %v2246 = arith.mulf %v602, %v2245 fastmath<contract> : f32
          %v2247 = llvm.load %v9 : !llvm.ptr -> f32
          %v2248 = arith.mulf %v613, %v2247 fastmath<contract> : f32
          %v2249 = arith.addf %v2246, %v2248 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2250, %v2251 = gpu.shuffle xor %v2249, %v936, %v937 : f32
          %v2252 = arith.addf %v2249, %v2250 fastmath<contract> : f32
          %v2253, %v2254 = gpu.shuffle xor %v2252, %v941, %v937 : f32
          %v2255 = arith.addf %v2252, %v2253 fastmath<contract> : f32
          %v2256, %v2257 = gpu.shuffle xor %v2255, %v945, %v937 : f32
          %v2258 = arith.addf %v2255, %v2256 fastmath<contract> : f32
          // end sum over the lanes
          %v2259 = arith.addi %v39, %v73 : i64
          %v2260, %v2261 = gpu.shuffle idx %v791, %v834, %v845 : f32
          %v2262, %v2263 = gpu.shuffle idx %v800, %v834, %v845 : f32
          %v2264, %v2265 = gpu.shuffle idx %v809, %v834, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2266 = arith.remui %v2259, %v12 : i64
          %v2267 = arith.cmpi eq, %v2266, %v33 : i64
          %v2268 = arith.andi %v2267, %v23 : i1
          scf.if %v2268 {
            %v2269 = arith.divui %v2259, %v12 : i64
            %v2270 = llvm.mlir.zero : !llvm.ptr
            %v2271 = llvm.icmp "ne" %ckpt_C, %v2270 : !llvm.ptr
            scf.if %v2271 {
              %v2276 = arith.muli %v2269, %v2275 : i64
              %v2277 = llvm.load %v6 : !llvm.ptr -> f32
              %v2278 = arith.muli %v30, %v867 : i64
              %v2279 = arith.muli %v28, %v866 : i64
              %v2280 = arith.addi %v2278, %v2279 : i64
              %v2281 = arith.muli %v19, %v865 : i64
              %v2282 = arith.addi %v2280, %v2281 : i64
              %v2283 = arith.muli %v26, %v2 : i64
              %v2284 = arith.addi %v2282, %v2283 : i64
              %v2285 = arith.addi %v2276, %v2284 : i64
              %v2286 = llvm.getelementptr %ckpt_C[%v2285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2277, %v2286 : f32, !llvm.ptr
              %v2287 = llvm.load %v7 : !llvm.ptr -> f32
              %v2288 = arith.muli %v30, %v867 : i64
              %v2289 = arith.muli %v28, %v866 : i64
              %v2290 = arith.addi %v2288, %v2289 : i64
              %v2291 = arith.constant 8 : i64
              %v2292 = arith.addi %v2291, %v19 : i64
              %v2293 = arith.muli %v2292, %v865 : i64
              %v2294 = arith.addi %v2290, %v2293 : i64
              %v2295 = arith.muli %v26, %v2 : i64
              %v2296 = arith.addi %v2294, %v2295 : i64
              %v2297 = arith.addi %v2276, %v2296 : i64
              %v2298 = llvm.getelementptr %ckpt_C[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2287, %v2298 : f32, !llvm.ptr
            }
            %v2299 = llvm.mlir.zero : !llvm.ptr
            %v2300 = llvm.icmp "ne" %ckpt_n, %v2299 : !llvm.ptr
            scf.if %v2300 {
              %v2304 = arith.muli %v2269, %v2303 : i64
              %v2305 = llvm.load %v8 : !llvm.ptr -> f32
              %v2306 = arith.muli %v30, %v897 : i64
              %v2307 = arith.muli %v28, %v896 : i64
              %v2308 = arith.addi %v2306, %v2307 : i64
              %v2309 = arith.muli %v19, %v2 : i64
              %v2310 = arith.addi %v2308, %v2309 : i64
              %v2311 = arith.addi %v2304, %v2310 : i64
              %v2312 = llvm.getelementptr %ckpt_n[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2305, %v2312 : f32, !llvm.ptr
              %v2313 = llvm.load %v9 : !llvm.ptr -> f32
              %v2314 = arith.muli %v30, %v897 : i64
              %v2315 = arith.muli %v28, %v896 : i64
              %v2316 = arith.addi %v2314, %v2315 : i64
              %v2317 = arith.constant 8 : i64
              %v2318 = arith.addi %v2317, %v19 : i64
              %v2319 = arith.muli %v2318, %v2 : i64
              %v2320 = arith.addi %v2316, %v2319 : i64
              %v2321 = arith.addi %v2304, %v2320 : i64
              %v2322 = llvm.getelementptr %ckpt_n[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2313, %v2322 : f32, !llvm.ptr
            }
          }
          // end save
          %v2323 = arith.mulf %v2262, %v623 fastmath<contract> : f32
          %v2324 = arith.mulf %v2323, %v2264 fastmath<contract> : f32
          %v2325 = llvm.load %v6 : !llvm.ptr -> f32
          %v2326 = arith.mulf %v2260, %v2325 fastmath<contract> : f32
          %v2327 = arith.addf %v2326, %v2324 fastmath<contract> : f32
          %v2328 = arith.mulf %v2262, %v634 fastmath<contract> : f32
          %v2329 = arith.mulf %v2328, %v2264 fastmath<contract> : f32
          %v2330 = llvm.load %v7 : !llvm.ptr -> f32
          %v2331 = arith.mulf %v2260, %v2330 fastmath<contract> : f32
          %v2332 = arith.addf %v2331, %v2329 fastmath<contract> : f32
          %v2333 = llvm.load %v8 : !llvm.ptr -> f32
          %v2334 = arith.mulf %v2260, %v2333 fastmath<contract> : f32
          %v2335 = arith.addf %v2334, %v2323 fastmath<contract> : f32
          %v2336 = llvm.load %v9 : !llvm.ptr -> f32
          %v2337 = arith.mulf %v2260, %v2336 fastmath<contract> : f32
          %v2338 = arith.addf %v2337, %v2328 fastmath<contract> : f32
          llvm.store %v2327, %v6 : f32, !llvm.ptr
          llvm.store %v2332, %v7 : f32, !llvm.ptr
          llvm.store %v2335, %v8 : f32, !llvm.ptr
          llvm.store %v2338, %v9 : f32, !llvm.ptr
          %v2339 = llvm.load %v6 : !llvm.ptr -> f32
          %v2340 = arith.mulf %v643, %v2339 fastmath<contract> : f32
          %v2341 = llvm.load %v7 : !llvm.ptr -> f32
          %v2342 = arith.mulf %v654, %v2341 fastmath<contract> : f32
          %v2343 = arith.addf %v2340, %v2342 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2344, %v2345 = gpu.shuffle xor %v2343, %v936, %v937 : f32
          %v2346 = arith.addf %v2343, %v2344 fastmath<contract> : f32
          %v2347, %v2348 = gpu.shuffle xor %v2346, %v941, %v937 : f32
          %v2349 = arith.addf %v2346, %v2347 fastmath<contract> : f32
          %v2350, %v2351 = gpu.shuffle xor %v2349, %v945, %v937 : f32
          %v2352 = arith.addf %v2349, %v2350 fastmath<contract> : f32
          // end sum over the lanes
          %v2353 = llvm.load %v8 : !llvm.ptr -> f32
          %v2354 = arith.mulf %v643, %v2353 fastmath<contract> : f32
          %v2355 = llvm.load %v9 : !llvm.ptr -> f32
          %v2356 = arith.mulf %v654, %v2355 fastmath<contract> : f32
          %v2357 = arith.addf %v2354, %v2356 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2358, %v2359 = gpu.shuffle xor %v2357, %v936, %v937 : f32
          %v2360 = arith.addf %v2357, %v2358 fastmath<contract> : f32
          %v2361, %v2362 = gpu.shuffle xor %v2360, %v941, %v937 : f32
          %v2363 = arith.addf %v2360, %v2361 fastmath<contract> : f32
          %v2364, %v2365 = gpu.shuffle xor %v2363, %v945, %v937 : f32
          %v2366 = arith.addf %v2363, %v2364 fastmath<contract> : f32
          // end sum over the lanes
          %v2367 = arith.addi %v39, %v75 : i64
          %v2368, %v2369 = gpu.shuffle idx %v791, %v838, %v845 : f32
          %v2370, %v2371 = gpu.shuffle idx %v800, %v838, %v845 : f32
          %v2372, %v2373 = gpu.shuffle idx %v809, %v838, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2374 = arith.remui %v2367, %v12 : i64
          %v2375 = arith.cmpi eq, %v2374, %v33 : i64
          %v2376 = arith.andi %v2375, %v23 : i1
          scf.if %v2376 {
            %v2377 = arith.divui %v2367, %v12 : i64
            %v2378 = llvm.mlir.zero : !llvm.ptr
            %v2379 = llvm.icmp "ne" %ckpt_C, %v2378 : !llvm.ptr
            scf.if %v2379 {
              %v2384 = arith.muli %v2377, %v2383 : i64
              %v2385 = llvm.load %v6 : !llvm.ptr -> f32
              %v2386 = arith.muli %v30, %v867 : i64
              %v2387 = arith.muli %v28, %v866 : i64
              %v2388 = arith.addi %v2386, %v2387 : i64
              %v2389 = arith.muli %v19, %v865 : i64
              %v2390 = arith.addi %v2388, %v2389 : i64
              %v2391 = arith.muli %v26, %v2 : i64
              %v2392 = arith.addi %v2390, %v2391 : i64
              %v2393 = arith.addi %v2384, %v2392 : i64
              %v2394 = llvm.getelementptr %ckpt_C[%v2393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2385, %v2394 : f32, !llvm.ptr
              %v2395 = llvm.load %v7 : !llvm.ptr -> f32
              %v2396 = arith.muli %v30, %v867 : i64
              %v2397 = arith.muli %v28, %v866 : i64
              %v2398 = arith.addi %v2396, %v2397 : i64
              %v2399 = arith.constant 8 : i64
              %v2400 = arith.addi %v2399, %v19 : i64
              %v2401 = arith.muli %v2400, %v865 : i64
              %v2402 = arith.addi %v2398, %v2401 : i64
              %v2403 = arith.muli %v26, %v2 : i64
              %v2404 = arith.addi %v2402, %v2403 : i64
              %v2405 = arith.addi %v2384, %v2404 : i64
              %v2406 = llvm.getelementptr %ckpt_C[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2395, %v2406 : f32, !llvm.ptr
            }
            %v2407 = llvm.mlir.zero : !llvm.ptr
            %v2408 = llvm.icmp "ne" %ckpt_n, %v2407 : !llvm.ptr
            scf.if %v2408 {
              %v2412 = arith.muli %v2377, %v2411 : i64
              %v2413 = llvm.load %v8 : !llvm.ptr -> f32
              %v2414 = arith.muli %v30, %v897 : i64
              %v2415 = arith.muli %v28, %v896 : i64
              %v2416 = arith.addi %v2414, %v2415 : i64
              %v2417 = arith.muli %v19, %v2 : i64
              %v2418 = arith.addi %v2416, %v2417 : i64
              %v2419 = arith.addi %v2412, %v2418 : i64
              %v2420 = llvm.getelementptr %ckpt_n[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2413, %v2420 : f32, !llvm.ptr
              %v2421 = llvm.load %v9 : !llvm.ptr -> f32
              %v2422 = arith.muli %v30, %v897 : i64
              %v2423 = arith.muli %v28, %v896 : i64
              %v2424 = arith.addi %v2422, %v2423 : i64
              %v2425 = arith.constant 8 : i64
              %v2426 = arith.addi %v2425, %v19 : i64
              %v2427 = arith.muli %v2426, %v2 : i64
              %v2428 = arith.addi %v2424, %v2427 : i64
              %v2429 = arith.addi %v2412, %v2428 : i64
              %v2430 = llvm.getelementptr %ckpt_n[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2421, %v2430 : f32, !llvm.ptr
            }
          }
          // end save
          %v2431 = arith.mulf %v2370, %v664 fastmath<contract> : f32
          %v2432 = arith.mulf %v2431, %v2372 fastmath<contract> : f32
          %v2433 = llvm.load %v6 : !llvm.ptr -> f32
          %v2434 = arith.mulf %v2368, %v2433 fastmath<contract> : f32
          %v2435 = arith.addf %v2434, %v2432 fastmath<contract> : f32
          %v2436 = arith.mulf %v2370, %v675 fastmath<contract> : f32
          %v2437 = arith.mulf %v2436, %v2372 fastmath<contract> : f32
          %v2438 = llvm.load %v7 : !llvm.ptr -> f32
          %v2439 = arith.mulf %v2368, %v2438 fastmath<contract> : f32
          %v2440 = arith.addf %v2439, %v2437 fastmath<contract> : f32
          %v2441 = llvm.load %v8 : !llvm.ptr -> f32
          %v2442 = arith.mulf %v2368, %v2441 fastmath<contract> : f32
          %v2443 = arith.addf %v2442, %v2431 fastmath<contract> : f32
          %v2444 = llvm.load %v9 : !llvm.ptr -> f32
          %v2445 = arith.mulf %v2368, %v2444 fastmath<contract> : f32
          %v2446 = arith.addf %v2445, %v2436 fastmath<contract> : f32
          llvm.store %v2435, %v6 : f32, !llvm.ptr
          llvm.store %v2440, %v7 : f32, !llvm.ptr
          llvm.store %v2443, %v8 : f32, !llvm.ptr
          llvm.store %v2446, %v9 : f32, !llvm.ptr
          %v2447 = llvm.load %v6 : !llvm.ptr -> f32
          %v2448 = arith.mulf %v684, %v2447 fastmath<contract> : f32
          %v2449 = llvm.load %v7 : !llvm.ptr -> f32
          %v2450 = arith.mulf %v695, %v2449 fastmath<contract> : f32
          %v2451 = arith.addf %v2448, %v2450 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2452, %v2453 = gpu.shuffle xor %v2451, %v936, %v937 : f32
          %v2454 = arith.addf %v2451, %v2452 fastmath<contract> : f32
          %v2455, %v2456 = gpu.shuffle xor %v2454, %v941, %v937 : f32
          %v2457 = arith.addf %v2454, %v2455 fastmath<contract> : f32
          %v2458, %v2459 = gpu.shuffle xor %v2457, %v945, %v937 : f32
          %v2460 = arith.addf %v2457, %v2458 fastmath<contract> : f32
          // end sum over the lanes
          %v2461 = llvm.load %v8 : !llvm.ptr -> f32
          %v2462 = arith.mulf %v684, %v2461 fastmath<contract> : f32
          %v2463 = llvm.load %v9 : !llvm.ptr -> f32
          %v2464 = arith.mulf %v695, %v2463 fastmath<contract> : f32
          %v2465 = arith.addf %v2462, %v2464 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2466, %v2467 = gpu.shuffle xor %v2465, %v936, %v937 : f32
          %v2468 = arith.addf %v2465, %v2466 fastmath<contract> : f32
          %v2469, %v2470 = gpu.shuffle xor %v2468, %v941, %v937 : f32
          %v2471 = arith.addf %v2468, %v2469 fastmath<contract> : f32
          %v2472, %v2473 = gpu.shuffle xor %v2471, %v945, %v937 : f32
          %v2474 = arith.addf %v2471, %v2472 fastmath<contract> : f32
          // end sum over the lanes
          %v2475 = arith.addi %v39, %v77 : i64
          %v2476, %v2477 = gpu.shuffle idx %v791, %v842, %v845 : f32
          %v2478, %v2479 = gpu.shuffle idx %v800, %v842, %v845 : f32
          %v2480, %v2481 = gpu.shuffle idx %v809, %v842, %v845 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2482 = arith.remui %v2475, %v12 : i64
          %v2483 = arith.cmpi eq, %v2482, %v33 : i64
          %v2484 = arith.andi %v2483, %v23 : i1
          scf.if %v2484 {
            %v2485 = arith.divui %v2475, %v12 : i64
            %v2486 = llvm.mlir.zero : !llvm.ptr
            %v2487 = llvm.icmp "ne" %ckpt_C, %v2486 : !llvm.ptr
            scf.if %v2487 {
              %v2492 = arith.muli %v2485, %v2491 : i64
              %v2493 = llvm.load %v6 : !llvm.ptr -> f32
              %v2494 = arith.muli %v30, %v867 : i64
              %v2495 = arith.muli %v28, %v866 : i64
              %v2496 = arith.addi %v2494, %v2495 : i64
              %v2497 = arith.muli %v19, %v865 : i64
              %v2498 = arith.addi %v2496, %v2497 : i64
              %v2499 = arith.muli %v26, %v2 : i64
              %v2500 = arith.addi %v2498, %v2499 : i64
              %v2501 = arith.addi %v2492, %v2500 : i64
              %v2502 = llvm.getelementptr %ckpt_C[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2493, %v2502 : f32, !llvm.ptr
              %v2503 = llvm.load %v7 : !llvm.ptr -> f32
              %v2504 = arith.muli %v30, %v867 : i64
              %v2505 = arith.muli %v28, %v866 : i64
              %v2506 = arith.addi %v2504, %v2505 : i64
              %v2507 = arith.constant 8 : i64
              %v2508 = arith.addi %v2507, %v19 : i64
              %v2509 = arith.muli %v2508, %v865 : i64
              %v2510 = arith.addi %v2506, %v2509 : i64
              %v2511 = arith.muli %v26, %v2 : i64
              %v2512 = arith.addi %v2510, %v2511 : i64
              %v2513 = arith.addi %v2492, %v2512 : i64
              %v2514 = llvm.getelementptr %ckpt_C[%v2513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2503, %v2514 : f32, !llvm.ptr
            }
            %v2515 = llvm.mlir.zero : !llvm.ptr
            %v2516 = llvm.icmp "ne" %ckpt_n, %v2515 : !llvm.ptr
            scf.if %v2516 {
              %v2520 = arith.muli %v2485, %v2519 : i64
              %v2521 = llvm.load %v8 : !llvm.ptr -> f32
              %v2522 = arith.muli %v30, %v897 : i64
              %v2523 = arith.muli %v28, %v896 : i64
              %v2524 = arith.addi %v2522, %v2523 : i64
              %v2525 = arith.muli %v19, %v2 : i64
              %v2526 = arith.addi %v2524, %v2525 : i64
              %v2527 = arith.addi %v2520, %v2526 : i64
              %v2528 = llvm.getelementptr %ckpt_n[%v2527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2521, %v2528 : f32, !llvm.ptr
              %v2529 = llvm.load %v9 : !llvm.ptr -> f32
              %v2530 = arith.muli %v30, %v897 : i64
              %v2531 = arith.muli %v28, %v896 : i64
              %v2532 = arith.addi %v2530, %v2531 : i64
              %v2533 = arith.constant 8 : i64
              %v2534 = arith.addi %v2533, %v19 : i64
              %v2535 = arith.muli %v2534, %v2 : i64
              %v2536 = arith.addi %v2532, %v2535 : i64
              %v2537 = arith.addi %v2520, %v2536 : i64
              %v2538 = llvm.getelementptr %ckpt_n[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2529, %v2538 : f32, !llvm.ptr
            }
          }
          // end save
          %v2539 = arith.mulf %v2478, %v705 fastmath<contract> : f32
          %v2540 = arith.mulf %v2539, %v2480 fastmath<contract> : f32
          %v2541 = llvm.load %v6 : !llvm.ptr -> f32
          %v2542 = arith.mulf %v2476, %v2541 fastmath<contract> : f32
          %v2543 = arith.addf %v2542, %v2540 fastmath<contract> : f32
          %v2544 = arith.mulf %v2478, %v716 fastmath<contract> : f32
          %v2545 = arith.mulf %v2544, %v2480 fastmath<contract> : f32
          %v2546 = llvm.load %v7 : !llvm.ptr -> f32
          %v2547 = arith.mulf %v2476, %v2546 fastmath<contract> : f32
          %v2548 = arith.addf %v2547, %v2545 fastmath<contract> : f32
          %v2549 = llvm.load %v8 : !llvm.ptr -> f32
          %v2550 = arith.mulf %v2476, %v2549 fastmath<contract> : f32
          %v2551 = arith.addf %v2550, %v2539 fastmath<contract> : f32
          %v2552 = llvm.load %v9 : !llvm.ptr -> f32
          %v2553 = arith.mulf %v2476, %v2552 fastmath<contract> : f32
          %v2554 = arith.addf %v2553, %v2544 fastmath<contract> : f32
          llvm.store %v2543, %v6 : f32, !llvm.ptr
          llvm.store %v2548, %v7 : f32, !llvm.ptr
          llvm.store %v2551, %v8 : f32, !llvm.ptr
          llvm.store %v2554, %v9 : f32, !llvm.ptr
          %v2555 = llvm.load %v6 : !llvm.ptr -> f32
          %v2556 = arith.mulf %v725, %v2555 fastmath<contract> : f32
          %v2557 = llvm.load %v7 : !llvm.ptr -> f32
          %v2558 = arith.mulf %v736, %v2557 fastmath<contract> : f32
          %v2559 = arith.addf %v2556, %v2558 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2560, %v2561 = gpu.shuffle xor %v2559, %v936, %v937 : f32
          %v2562 = arith.addf %v2559, %v2560 fastmath<contract> : f32
          %v2563, %v2564 = gpu.shuffle xor %v2562, %v941, %v937 : f32
          %v2565 = arith.addf %v2562, %v2563 fastmath<contract> : f32
          %v2566, %v2567 = gpu.shuffle xor %v2565, %v945, %v937 : f32
          %v2568 = arith.addf %v2565, %v2566 fastmath<contract> : f32
          // end sum over the lanes
          %v2569 = llvm.load %v8 : !llvm.ptr -> f32
          %v2570 = arith.mulf %v725, %v2569 fastmath<contract> : f32
          %v2571 = llvm.load %v9 : !llvm.ptr -> f32
          %v2572 = arith.mulf %v736, %v2571 fastmath<contract> : f32
          %v2573 = arith.addf %v2570, %v2572 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2574, %v2575 = gpu.shuffle xor %v2573, %v936, %v937 : f32
          %v2576 = arith.addf %v2573, %v2574 fastmath<contract> : f32
          %v2577, %v2578 = gpu.shuffle xor %v2576, %v941, %v937 : f32
          %v2579 = arith.addf %v2576, %v2577 fastmath<contract> : f32
          %v2580, %v2581 = gpu.shuffle xor %v2579, %v945, %v937 : f32
          %v2582 = arith.addf %v2579, %v2580 fastmath<contract> : f32
          // end sum over the lanes
          %v2583 = arith.addi %v39, %v738 : i64
          %v2584 = arith.select %v820, %v1056, %v948 : f32
          %v2585 = arith.select %v824, %v1164, %v2584 : f32
          %v2586 = arith.select %v828, %v1272, %v2585 : f32
          %v2587 = arith.select %v832, %v1380, %v2586 : f32
          %v2588 = arith.select %v836, %v1488, %v2587 : f32
          %v2589 = arith.select %v840, %v1596, %v2588 : f32
          %v2590 = arith.select %v844, %v1704, %v2589 : f32
          %v2591 = arith.select %v820, %v1070, %v962 : f32
          %v2592 = arith.select %v824, %v1178, %v2591 : f32
          %v2593 = arith.select %v828, %v1286, %v2592 : f32
          %v2594 = arith.select %v832, %v1394, %v2593 : f32
          %v2595 = arith.select %v836, %v1502, %v2594 : f32
          %v2596 = arith.select %v840, %v1610, %v2595 : f32
          %v2597 = arith.select %v844, %v1718, %v2596 : f32
          %v2598 = llvm.call_intrinsic "llvm.fabs.f32"(%v2597) : (f32) -> f32
          %v2599 = arith.maximumf %v749, %v2598 : f32
          %v2600 = arith.divf %v2590, %v2599 : f32
          scf.if %v23 {
            %v2601 = arith.muli %v30, %v767 : i64
            %v2602 = arith.muli %v2583, %v766 : i64
            %v2603 = arith.addi %v2601, %v2602 : i64
            %v2604 = arith.muli %v28, %v765 : i64
            %v2605 = arith.addi %v2603, %v2604 : i64
            %v2606 = arith.muli %v26, %v2 : i64
            %v2607 = arith.addi %v2605, %v2606 : i64
            %v2608 = llvm.getelementptr %out_o[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2600, %v2608 : f32, !llvm.ptr
          }
          %v2609 = arith.addi %v39, %v778 : i64
          %v2610 = arith.select %v820, %v1920, %v1812 : f32
          %v2611 = arith.select %v824, %v2028, %v2610 : f32
          %v2612 = arith.select %v828, %v2136, %v2611 : f32
          %v2613 = arith.select %v832, %v2244, %v2612 : f32
          %v2614 = arith.select %v836, %v2352, %v2613 : f32
          %v2615 = arith.select %v840, %v2460, %v2614 : f32
          %v2616 = arith.select %v844, %v2568, %v2615 : f32
          %v2617 = arith.select %v820, %v1934, %v1826 : f32
          %v2618 = arith.select %v824, %v2042, %v2617 : f32
          %v2619 = arith.select %v828, %v2150, %v2618 : f32
          %v2620 = arith.select %v832, %v2258, %v2619 : f32
          %v2621 = arith.select %v836, %v2366, %v2620 : f32
          %v2622 = arith.select %v840, %v2474, %v2621 : f32
          %v2623 = arith.select %v844, %v2582, %v2622 : f32
          %v2624 = llvm.call_intrinsic "llvm.fabs.f32"(%v2623) : (f32) -> f32
          %v2625 = arith.maximumf %v749, %v2624 : f32
          %v2626 = arith.divf %v2616, %v2625 : f32
          scf.if %v23 {
            %v2627 = arith.muli %v30, %v767 : i64
            %v2628 = arith.muli %v2609, %v766 : i64
            %v2629 = arith.addi %v2627, %v2628 : i64
            %v2630 = arith.muli %v28, %v765 : i64
            %v2631 = arith.addi %v2629, %v2630 : i64
            %v2632 = arith.muli %v26, %v2 : i64
            %v2633 = arith.addi %v2631, %v2632 : i64
            %v2634 = llvm.getelementptr %out_o[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2626, %v2634 : f32, !llvm.ptr
          }
        }
        %v2635 = arith.muli %v42, %v1 : i64
        %v2636 = arith.index_cast %v2635 : i64 to index
        %v2637 = arith.index_cast %v41 : i64 to index
        %v2638 = arith.index_cast %v2 : i64 to index
        scf.for %v2639 = %v2636 to %v2637 step %v2638 {
          %v2640 = arith.index_cast %v2639 : index to i64
          %v2641 = arith.addi %v39, %v2640 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2642 = arith.remui %v2641, %v12 : i64
          %v2643 = arith.cmpi eq, %v2642, %v33 : i64
          %v2644 = arith.andi %v2643, %v23 : i1
          scf.if %v2644 {
            %v2645 = arith.divui %v2641, %v12 : i64
            %v2646 = llvm.mlir.zero : !llvm.ptr
            %v2647 = llvm.icmp "ne" %ckpt_C, %v2646 : !llvm.ptr
            scf.if %v2647 {
              %v2652 = arith.muli %v2645, %v2651 : i64
              %v2653 = llvm.load %v6 : !llvm.ptr -> f32
              %v2654 = arith.muli %v30, %v867 : i64
              %v2655 = arith.muli %v28, %v866 : i64
              %v2656 = arith.addi %v2654, %v2655 : i64
              %v2657 = arith.muli %v19, %v865 : i64
              %v2658 = arith.addi %v2656, %v2657 : i64
              %v2659 = arith.muli %v26, %v2 : i64
              %v2660 = arith.addi %v2658, %v2659 : i64
              %v2661 = arith.addi %v2652, %v2660 : i64
              %v2662 = llvm.getelementptr %ckpt_C[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2653, %v2662 : f32, !llvm.ptr
              %v2663 = llvm.load %v7 : !llvm.ptr -> f32
              %v2664 = arith.muli %v30, %v867 : i64
              %v2665 = arith.muli %v28, %v866 : i64
              %v2666 = arith.addi %v2664, %v2665 : i64
              %v2667 = arith.constant 8 : i64
              %v2668 = arith.addi %v2667, %v19 : i64
              %v2669 = arith.muli %v2668, %v865 : i64
              %v2670 = arith.addi %v2666, %v2669 : i64
              %v2671 = arith.muli %v26, %v2 : i64
              %v2672 = arith.addi %v2670, %v2671 : i64
              %v2673 = arith.addi %v2652, %v2672 : i64
              %v2674 = llvm.getelementptr %ckpt_C[%v2673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2663, %v2674 : f32, !llvm.ptr
            }
            %v2675 = llvm.mlir.zero : !llvm.ptr
            %v2676 = llvm.icmp "ne" %ckpt_n, %v2675 : !llvm.ptr
            scf.if %v2676 {
              %v2680 = arith.muli %v2645, %v2679 : i64
              %v2681 = llvm.load %v8 : !llvm.ptr -> f32
              %v2682 = arith.muli %v30, %v897 : i64
              %v2683 = arith.muli %v28, %v896 : i64
              %v2684 = arith.addi %v2682, %v2683 : i64
              %v2685 = arith.muli %v19, %v2 : i64
              %v2686 = arith.addi %v2684, %v2685 : i64
              %v2687 = arith.addi %v2680, %v2686 : i64
              %v2688 = llvm.getelementptr %ckpt_n[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2681, %v2688 : f32, !llvm.ptr
              %v2689 = llvm.load %v9 : !llvm.ptr -> f32
              %v2690 = arith.muli %v30, %v897 : i64
              %v2691 = arith.muli %v28, %v896 : i64
              %v2692 = arith.addi %v2690, %v2691 : i64
              %v2693 = arith.constant 8 : i64
              %v2694 = arith.addi %v2693, %v19 : i64
              %v2695 = arith.muli %v2694, %v2 : i64
              %v2696 = arith.addi %v2692, %v2695 : i64
              %v2697 = arith.addi %v2680, %v2696 : i64
              %v2698 = llvm.getelementptr %ckpt_n[%v2697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2689, %v2698 : f32, !llvm.ptr
            }
          }
          // end save
          %v2699 = arith.muli %v30, %v741 : i64
          %v2700 = arith.muli %v2641, %v740 : i64
          %v2701 = arith.addi %v2699, %v2700 : i64
          %v2702 = arith.muli %v28, %v2 : i64
          %v2703 = arith.addi %v2701, %v2702 : i64
          %v2704 = llvm.getelementptr %in_fg[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2705 = llvm.load %v2704 : !llvm.ptr -> f32
          %v2706 = arith.negf %v2705 : f32
          %v2707 = arith.mulf %v2706, %v751 fastmath<contract> : f32
          %v2708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2707) : (f32) -> f32
          %v2709 = arith.addf %v749, %v2708 fastmath<contract> : f32
          %v2710 = arith.divf %v749, %v2709 : f32
          %v2711 = arith.muli %v30, %v741 : i64
          %v2712 = arith.muli %v2641, %v740 : i64
          %v2713 = arith.addi %v2711, %v2712 : i64
          %v2714 = arith.muli %v28, %v2 : i64
          %v2715 = arith.addi %v2713, %v2714 : i64
          %v2716 = llvm.getelementptr %in_ig[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
          %v2718 = arith.mulf %v2717, %v751 fastmath<contract> : f32
          %v2719 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2718) : (f32) -> f32
          %v2720 = arith.muli %v30, %v81 : i64
          %v2721 = arith.muli %v2641, %v80 : i64
          %v2722 = arith.addi %v2720, %v2721 : i64
          %v2723 = arith.muli %v28, %v79 : i64
          %v2724 = arith.addi %v2722, %v2723 : i64
          %v2725 = arith.muli %v19, %v2 : i64
          %v2726 = arith.addi %v2724, %v2725 : i64
          %v2727 = llvm.getelementptr %in_k[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
          %v2729 = arith.mulf %v2719, %v2728 fastmath<contract> : f32
          %v2730 = arith.muli %v30, %v767 : i64
          %v2731 = arith.muli %v2641, %v766 : i64
          %v2732 = arith.addi %v2730, %v2731 : i64
          %v2733 = arith.muli %v28, %v765 : i64
          %v2734 = arith.addi %v2732, %v2733 : i64
          %v2735 = arith.muli %v26, %v2 : i64
          %v2736 = arith.addi %v2734, %v2735 : i64
          %v2737 = llvm.getelementptr %in_v[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2738 = llvm.load %v2737 : !llvm.ptr -> f32
          %v2739 = arith.mulf %v2729, %v2738 fastmath<contract> : f32
          %v2740 = llvm.load %v6 : !llvm.ptr -> f32
          %v2741 = arith.mulf %v2710, %v2740 fastmath<contract> : f32
          %v2742 = arith.addf %v2741, %v2739 fastmath<contract> : f32
          %v2743 = arith.muli %v30, %v81 : i64
          %v2744 = arith.muli %v2641, %v80 : i64
          %v2745 = arith.addi %v2743, %v2744 : i64
          %v2746 = arith.muli %v28, %v79 : i64
          %v2747 = arith.addi %v2745, %v2746 : i64
          %v2748 = arith.constant 8 : i64
          %v2749 = arith.addi %v2748, %v19 : i64
          %v2750 = arith.muli %v2749, %v2 : i64
          %v2751 = arith.addi %v2747, %v2750 : i64
          %v2752 = llvm.getelementptr %in_k[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2753 = llvm.load %v2752 : !llvm.ptr -> f32
          %v2754 = arith.mulf %v2719, %v2753 fastmath<contract> : f32
          %v2755 = arith.mulf %v2754, %v2738 fastmath<contract> : f32
          %v2756 = llvm.load %v7 : !llvm.ptr -> f32
          %v2757 = arith.mulf %v2710, %v2756 fastmath<contract> : f32
          %v2758 = arith.addf %v2757, %v2755 fastmath<contract> : f32
          %v2759 = llvm.load %v8 : !llvm.ptr -> f32
          %v2760 = arith.mulf %v2710, %v2759 fastmath<contract> : f32
          %v2761 = arith.addf %v2760, %v2729 fastmath<contract> : f32
          %v2762 = llvm.load %v9 : !llvm.ptr -> f32
          %v2763 = arith.mulf %v2710, %v2762 fastmath<contract> : f32
          %v2764 = arith.addf %v2763, %v2754 fastmath<contract> : f32
          llvm.store %v2742, %v6 : f32, !llvm.ptr
          llvm.store %v2758, %v7 : f32, !llvm.ptr
          llvm.store %v2761, %v8 : f32, !llvm.ptr
          llvm.store %v2764, %v9 : f32, !llvm.ptr
          %v2765 = arith.muli %v30, %v81 : i64
          %v2766 = arith.muli %v2641, %v80 : i64
          %v2767 = arith.addi %v2765, %v2766 : i64
          %v2768 = arith.muli %v28, %v79 : i64
          %v2769 = arith.addi %v2767, %v2768 : i64
          %v2770 = arith.muli %v19, %v2 : i64
          %v2771 = arith.addi %v2769, %v2770 : i64
          %v2772 = llvm.getelementptr %in_q[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2773 = llvm.load %v2772 : !llvm.ptr -> f32
          %v2774 = llvm.load %v6 : !llvm.ptr -> f32
          %v2775 = arith.mulf %v2773, %v2774 fastmath<contract> : f32
          %v2776 = arith.muli %v30, %v81 : i64
          %v2777 = arith.muli %v2641, %v80 : i64
          %v2778 = arith.addi %v2776, %v2777 : i64
          %v2779 = arith.muli %v28, %v79 : i64
          %v2780 = arith.addi %v2778, %v2779 : i64
          %v2781 = arith.constant 8 : i64
          %v2782 = arith.addi %v2781, %v19 : i64
          %v2783 = arith.muli %v2782, %v2 : i64
          %v2784 = arith.addi %v2780, %v2783 : i64
          %v2785 = llvm.getelementptr %in_q[%v2784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2786 = llvm.load %v2785 : !llvm.ptr -> f32
          %v2787 = llvm.load %v7 : !llvm.ptr -> f32
          %v2788 = arith.mulf %v2786, %v2787 fastmath<contract> : f32
          %v2789 = arith.addf %v2775, %v2788 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2790, %v2791 = gpu.shuffle xor %v2789, %v936, %v937 : f32
          %v2792 = arith.addf %v2789, %v2790 fastmath<contract> : f32
          %v2793, %v2794 = gpu.shuffle xor %v2792, %v941, %v937 : f32
          %v2795 = arith.addf %v2792, %v2793 fastmath<contract> : f32
          %v2796, %v2797 = gpu.shuffle xor %v2795, %v945, %v937 : f32
          %v2798 = arith.addf %v2795, %v2796 fastmath<contract> : f32
          // end sum over the lanes
          %v2799 = llvm.load %v8 : !llvm.ptr -> f32
          %v2800 = arith.mulf %v2773, %v2799 fastmath<contract> : f32
          %v2801 = llvm.load %v9 : !llvm.ptr -> f32
          %v2802 = arith.mulf %v2786, %v2801 fastmath<contract> : f32
          %v2803 = arith.addf %v2800, %v2802 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2804, %v2805 = gpu.shuffle xor %v2803, %v936, %v937 : f32
          %v2806 = arith.addf %v2803, %v2804 fastmath<contract> : f32
          %v2807, %v2808 = gpu.shuffle xor %v2806, %v941, %v937 : f32
          %v2809 = arith.addf %v2806, %v2807 fastmath<contract> : f32
          %v2810, %v2811 = gpu.shuffle xor %v2809, %v945, %v937 : f32
          %v2812 = arith.addf %v2809, %v2810 fastmath<contract> : f32
          // end sum over the lanes
          %v2813 = llvm.call_intrinsic "llvm.fabs.f32"(%v2812) : (f32) -> f32
          %v2814 = arith.maximumf %v749, %v2813 : f32
          %v2815 = arith.divf %v2798, %v2814 : f32
          scf.if %v23 {
            %v2816 = arith.muli %v30, %v767 : i64
            %v2817 = arith.muli %v2641, %v766 : i64
            %v2818 = arith.addi %v2816, %v2817 : i64
            %v2819 = arith.muli %v28, %v765 : i64
            %v2820 = arith.addi %v2818, %v2819 : i64
            %v2821 = arith.muli %v26, %v2 : i64
            %v2822 = arith.addi %v2820, %v2821 : i64
            %v2823 = llvm.getelementptr %out_o[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2815, %v2823 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
