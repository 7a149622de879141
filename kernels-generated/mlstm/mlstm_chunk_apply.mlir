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
      %v979 = arith.constant 1 : i32
      %v980 = arith.constant 32 : i32
      %v984 = arith.constant 2 : i32
      %v988 = arith.constant 4 : i32
      %v1019 = arith.muli %v2, %size_B : i64
      %v1020 = arith.muli %v1019, %size_H : i64
      %v1021 = arith.muli %v1020, %v1 : i64
      %v1022 = arith.muli %v1021, %size_DV : i64
      %v1048 = arith.muli %v2, %size_B : i64
      %v1049 = arith.muli %v1048, %size_H : i64
      %v1050 = arith.muli %v1049, %v1 : i64
      %v1127 = arith.muli %v2, %size_B : i64
      %v1128 = arith.muli %v1127, %size_H : i64
      %v1129 = arith.muli %v1128, %v1 : i64
      %v1130 = arith.muli %v1129, %size_DV : i64
      %v1156 = arith.muli %v2, %size_B : i64
      %v1157 = arith.muli %v1156, %size_H : i64
      %v1158 = arith.muli %v1157, %v1 : i64
      %v1235 = arith.muli %v2, %size_B : i64
      %v1236 = arith.muli %v1235, %size_H : i64
      %v1237 = arith.muli %v1236, %v1 : i64
      %v1238 = arith.muli %v1237, %size_DV : i64
      %v1264 = arith.muli %v2, %size_B : i64
      %v1265 = arith.muli %v1264, %size_H : i64
      %v1266 = arith.muli %v1265, %v1 : i64
      %v1343 = arith.muli %v2, %size_B : i64
      %v1344 = arith.muli %v1343, %size_H : i64
      %v1345 = arith.muli %v1344, %v1 : i64
      %v1346 = arith.muli %v1345, %size_DV : i64
      %v1372 = arith.muli %v2, %size_B : i64
      %v1373 = arith.muli %v1372, %size_H : i64
      %v1374 = arith.muli %v1373, %v1 : i64
      %v1451 = arith.muli %v2, %size_B : i64
      %v1452 = arith.muli %v1451, %size_H : i64
      %v1453 = arith.muli %v1452, %v1 : i64
      %v1454 = arith.muli %v1453, %size_DV : i64
      %v1480 = arith.muli %v2, %size_B : i64
      %v1481 = arith.muli %v1480, %size_H : i64
      %v1482 = arith.muli %v1481, %v1 : i64
      %v1559 = arith.muli %v2, %size_B : i64
      %v1560 = arith.muli %v1559, %size_H : i64
      %v1561 = arith.muli %v1560, %v1 : i64
      %v1562 = arith.muli %v1561, %size_DV : i64
      %v1588 = arith.muli %v2, %size_B : i64
      %v1589 = arith.muli %v1588, %size_H : i64
      %v1590 = arith.muli %v1589, %v1 : i64
      %v1667 = arith.muli %v2, %size_B : i64
      %v1668 = arith.muli %v1667, %size_H : i64
      %v1669 = arith.muli %v1668, %v1 : i64
      %v1670 = arith.muli %v1669, %size_DV : i64
      %v1696 = arith.muli %v2, %size_B : i64
      %v1697 = arith.muli %v1696, %size_H : i64
      %v1698 = arith.muli %v1697, %v1 : i64
      %v1775 = arith.muli %v2, %size_B : i64
      %v1776 = arith.muli %v1775, %size_H : i64
      %v1777 = arith.muli %v1776, %v1 : i64
      %v1778 = arith.muli %v1777, %size_DV : i64
      %v1804 = arith.muli %v2, %size_B : i64
      %v1805 = arith.muli %v1804, %size_H : i64
      %v1806 = arith.muli %v1805, %v1 : i64
      %v1883 = arith.muli %v2, %size_B : i64
      %v1884 = arith.muli %v1883, %size_H : i64
      %v1885 = arith.muli %v1884, %v1 : i64
      %v1886 = arith.muli %v1885, %size_DV : i64
      %v1912 = arith.muli %v2, %size_B : i64
      %v1913 = arith.muli %v1912, %size_H : i64
      %v1914 = arith.muli %v1913, %v1 : i64
      %v1991 = arith.muli %v2, %size_B : i64
      %v1992 = arith.muli %v1991, %size_H : i64
      %v1993 = arith.muli %v1992, %v1 : i64
      %v1994 = arith.muli %v1993, %size_DV : i64
      %v2020 = arith.muli %v2, %size_B : i64
      %v2021 = arith.muli %v2020, %size_H : i64
      %v2022 = arith.muli %v2021, %v1 : i64
      %v2099 = arith.muli %v2, %size_B : i64
      %v2100 = arith.muli %v2099, %size_H : i64
      %v2101 = arith.muli %v2100, %v1 : i64
      %v2102 = arith.muli %v2101, %size_DV : i64
      %v2128 = arith.muli %v2, %size_B : i64
      %v2129 = arith.muli %v2128, %size_H : i64
      %v2130 = arith.muli %v2129, %v1 : i64
      %v2207 = arith.muli %v2, %size_B : i64
      %v2208 = arith.muli %v2207, %size_H : i64
      %v2209 = arith.muli %v2208, %v1 : i64
      %v2210 = arith.muli %v2209, %size_DV : i64
      %v2236 = arith.muli %v2, %size_B : i64
      %v2237 = arith.muli %v2236, %size_H : i64
      %v2238 = arith.muli %v2237, %v1 : i64
      %v2315 = arith.muli %v2, %size_B : i64
      %v2316 = arith.muli %v2315, %size_H : i64
      %v2317 = arith.muli %v2316, %v1 : i64
      %v2318 = arith.muli %v2317, %size_DV : i64
      %v2344 = arith.muli %v2, %size_B : i64
      %v2345 = arith.muli %v2344, %size_H : i64
      %v2346 = arith.muli %v2345, %v1 : i64
      %v2423 = arith.muli %v2, %size_B : i64
      %v2424 = arith.muli %v2423, %size_H : i64
      %v2425 = arith.muli %v2424, %v1 : i64
      %v2426 = arith.muli %v2425, %size_DV : i64
      %v2452 = arith.muli %v2, %size_B : i64
      %v2453 = arith.muli %v2452, %size_H : i64
      %v2454 = arith.muli %v2453, %v1 : i64
      %v2531 = arith.muli %v2, %size_B : i64
      %v2532 = arith.muli %v2531, %size_H : i64
      %v2533 = arith.muli %v2532, %v1 : i64
      %v2534 = arith.muli %v2533, %size_DV : i64
      %v2560 = arith.muli %v2, %size_B : i64
      %v2561 = arith.muli %v2560, %size_H : i64
      %v2562 = arith.muli %v2561, %v1 : i64
      %v2691 = arith.muli %v2, %size_B : i64
      %v2692 = arith.muli %v2691, %size_H : i64
      %v2693 = arith.muli %v2692, %v1 : i64
      %v2694 = arith.muli %v2693, %size_DV : i64
      %v2720 = arith.muli %v2, %size_B : i64
      %v2721 = arith.muli %v2720, %size_H : i64
      %v2722 = arith.muli %v2721, %v1 : i64
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
          %v958 = arith.mulf %v892, %v133 fastmath<contract> : f32
          %v959 = arith.mulf %v958, %v894 fastmath<contract> : f32
          %v960 = llvm.load %v6 : !llvm.ptr -> f32
          %v961 = arith.mulf %v890, %v960 fastmath<contract> : f32
          %v962 = arith.addf %v961, %v959 fastmath<contract> : f32
          %v963 = arith.mulf %v892, %v144 fastmath<contract> : f32
          %v964 = arith.mulf %v963, %v894 fastmath<contract> : f32
          %v965 = llvm.load %v7 : !llvm.ptr -> f32
          %v966 = arith.mulf %v890, %v965 fastmath<contract> : f32
          %v967 = arith.addf %v966, %v964 fastmath<contract> : f32
          %v968 = llvm.load %v8 : !llvm.ptr -> f32
          %v969 = arith.mulf %v890, %v968 fastmath<contract> : f32
          %v970 = arith.addf %v969, %v958 fastmath<contract> : f32
          %v971 = llvm.load %v9 : !llvm.ptr -> f32
          %v972 = arith.mulf %v890, %v971 fastmath<contract> : f32
          %v973 = arith.addf %v972, %v963 fastmath<contract> : f32
          llvm.store %v962, %v6 : f32, !llvm.ptr
          llvm.store %v967, %v7 : f32, !llvm.ptr
          llvm.store %v970, %v8 : f32, !llvm.ptr
          llvm.store %v973, %v9 : f32, !llvm.ptr
          %v974 = llvm.load %v6 : !llvm.ptr -> f32
          %v975 = arith.mulf %v153, %v974 fastmath<contract> : f32
          %v976 = llvm.load %v7 : !llvm.ptr -> f32
          %v977 = arith.mulf %v164, %v976 fastmath<contract> : f32
          %v978 = arith.addf %v975, %v977 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v981, %v982 = gpu.shuffle xor %v978, %v979, %v980 : f32
          %v983 = arith.addf %v978, %v981 fastmath<contract> : f32
          %v985, %v986 = gpu.shuffle xor %v983, %v984, %v980 : f32
          %v987 = arith.addf %v983, %v985 fastmath<contract> : f32
          %v989, %v990 = gpu.shuffle xor %v987, %v988, %v980 : f32
          %v991 = arith.addf %v987, %v989 fastmath<contract> : f32
          // end sum over the lanes
          %v992 = llvm.load %v8 : !llvm.ptr -> f32
          %v993 = arith.mulf %v153, %v992 fastmath<contract> : f32
          %v994 = llvm.load %v9 : !llvm.ptr -> f32
          %v995 = arith.mulf %v164, %v994 fastmath<contract> : f32
          %v996 = arith.addf %v993, %v995 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v997, %v998 = gpu.shuffle xor %v996, %v979, %v980 : f32
          %v999 = arith.addf %v996, %v997 fastmath<contract> : f32
          %v1000, %v1001 = gpu.shuffle xor %v999, %v984, %v980 : f32
          %v1002 = arith.addf %v999, %v1000 fastmath<contract> : f32
          %v1003, %v1004 = gpu.shuffle xor %v1002, %v988, %v980 : f32
          %v1005 = arith.addf %v1002, %v1003 fastmath<contract> : f32
          // end sum over the lanes
          %v1006 = arith.addi %v82, %v93 : i64
          %v1007, %v1008 = gpu.shuffle idx %v798, %v861, %v888 : f32
          %v1009, %v1010 = gpu.shuffle idx %v807, %v861, %v888 : f32
          %v1011, %v1012 = gpu.shuffle idx %v819, %v861, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1013 = arith.remui %v1006, %v12 : i64
          %v1014 = arith.cmpi eq, %v1013, %v42 : i64
          %v1015 = arith.andi %v1014, %v28 : i1
          scf.if %v1015 {
            %v1016 = arith.divui %v1006, %v12 : i64
            %v1017 = llvm.mlir.zero : !llvm.ptr
            %v1018 = llvm.icmp "ne" %ckpt_C, %v1017 : !llvm.ptr
            scf.if %v1018 {
              %v1023 = arith.muli %v1016, %v1022 : i64
              %v1024 = llvm.load %v6 : !llvm.ptr -> f32
              %v1025 = arith.muli %v35, %v910 : i64
              %v1026 = arith.muli %v33, %v909 : i64
              %v1027 = arith.addi %v1025, %v1026 : i64
              %v1028 = arith.muli %v24, %v908 : i64
              %v1029 = arith.addi %v1027, %v1028 : i64
              %v1030 = arith.muli %v31, %v2 : i64
              %v1031 = arith.addi %v1029, %v1030 : i64
              %v1032 = arith.addi %v1023, %v1031 : i64
              %v1033 = llvm.getelementptr %ckpt_C[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1024, %v1033 : f32, !llvm.ptr
              %v1034 = llvm.load %v7 : !llvm.ptr -> f32
              %v1035 = arith.muli %v35, %v910 : i64
              %v1036 = arith.muli %v33, %v909 : i64
              %v1037 = arith.addi %v1035, %v1036 : i64
              %v1038 = arith.constant 8 : i64
              %v1039 = arith.addi %v1038, %v24 : i64
              %v1040 = arith.muli %v1039, %v908 : i64
              %v1041 = arith.addi %v1037, %v1040 : i64
              %v1042 = arith.muli %v31, %v2 : i64
              %v1043 = arith.addi %v1041, %v1042 : i64
              %v1044 = arith.addi %v1023, %v1043 : i64
              %v1045 = llvm.getelementptr %ckpt_C[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1034, %v1045 : f32, !llvm.ptr
            }
            %v1046 = llvm.mlir.zero : !llvm.ptr
            %v1047 = llvm.icmp "ne" %ckpt_n, %v1046 : !llvm.ptr
            scf.if %v1047 {
              %v1051 = arith.muli %v1016, %v1050 : i64
              %v1052 = llvm.load %v8 : !llvm.ptr -> f32
              %v1053 = arith.muli %v35, %v940 : i64
              %v1054 = arith.muli %v33, %v939 : i64
              %v1055 = arith.addi %v1053, %v1054 : i64
              %v1056 = arith.muli %v24, %v2 : i64
              %v1057 = arith.addi %v1055, %v1056 : i64
              %v1058 = arith.addi %v1051, %v1057 : i64
              %v1059 = llvm.getelementptr %ckpt_n[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1052, %v1059 : f32, !llvm.ptr
              %v1060 = llvm.load %v9 : !llvm.ptr -> f32
              %v1061 = arith.muli %v35, %v940 : i64
              %v1062 = arith.muli %v33, %v939 : i64
              %v1063 = arith.addi %v1061, %v1062 : i64
              %v1064 = arith.constant 8 : i64
              %v1065 = arith.addi %v1064, %v24 : i64
              %v1066 = arith.muli %v1065, %v2 : i64
              %v1067 = arith.addi %v1063, %v1066 : i64
              %v1068 = arith.addi %v1051, %v1067 : i64
              %v1069 = llvm.getelementptr %ckpt_n[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1060, %v1069 : f32, !llvm.ptr
            }
          }
          // end save
          %v1070 = arith.mulf %v1009, %v174 fastmath<contract> : f32
          %v1071 = arith.mulf %v1070, %v1011 fastmath<contract> : f32
          %v1072 = llvm.load %v6 : !llvm.ptr -> f32
          %v1073 = arith.mulf %v1007, %v1072 fastmath<contract> : f32
          %v1074 = arith.addf %v1073, %v1071 fastmath<contract> : f32
          %v1075 = arith.mulf %v1009, %v185 fastmath<contract> : f32
          %v1076 = arith.mulf %v1075, %v1011 fastmath<contract> : f32
          %v1077 = llvm.load %v7 : !llvm.ptr -> f32
          %v1078 = arith.mulf %v1007, %v1077 fastmath<contract> : f32
          %v1079 = arith.addf %v1078, %v1076 fastmath<contract> : f32
          %v1080 = llvm.load %v8 : !llvm.ptr -> f32
          %v1081 = arith.mulf %v1007, %v1080 fastmath<contract> : f32
          %v1082 = arith.addf %v1081, %v1070 fastmath<contract> : f32
          %v1083 = llvm.load %v9 : !llvm.ptr -> f32
          %v1084 = arith.mulf %v1007, %v1083 fastmath<contract> : f32
          %v1085 = arith.addf %v1084, %v1075 fastmath<contract> : f32
          llvm.store %v1074, %v6 : f32, !llvm.ptr
          llvm.store %v1079, %v7 : f32, !llvm.ptr
          llvm.store %v1082, %v8 : f32, !llvm.ptr
          llvm.store %v1085, %v9 : f32, !llvm.ptr
          %v1086 = llvm.load %v6 : !llvm.ptr -> f32
          %v1087 = arith.mulf %v194, %v1086 fastmath<contract> : f32
          %v1088 = llvm.load %v7 : !llvm.ptr -> f32
          %v1089 = arith.mulf %v205, %v1088 fastmath<contract> : f32
          %v1090 = arith.addf %v1087, %v1089 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1091, %v1092 = gpu.shuffle xor %v1090, %v979, %v980 : f32
          %v1093 = arith.addf %v1090, %v1091 fastmath<contract> : f32
          %v1094, %v1095 = gpu.shuffle xor %v1093, %v984, %v980 : f32
          %v1096 = arith.addf %v1093, %v1094 fastmath<contract> : f32
          %v1097, %v1098 = gpu.shuffle xor %v1096, %v988, %v980 : f32
          %v1099 = arith.addf %v1096, %v1097 fastmath<contract> : f32
          // end sum over the lanes
          %v1100 = llvm.load %v8 : !llvm.ptr -> f32
          %v1101 = arith.mulf %v194, %v1100 fastmath<contract> : f32
          %v1102 = llvm.load %v9 : !llvm.ptr -> f32
          %v1103 = arith.mulf %v205, %v1102 fastmath<contract> : f32
          %v1104 = arith.addf %v1101, %v1103 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1105, %v1106 = gpu.shuffle xor %v1104, %v979, %v980 : f32
          %v1107 = arith.addf %v1104, %v1105 fastmath<contract> : f32
          %v1108, %v1109 = gpu.shuffle xor %v1107, %v984, %v980 : f32
          %v1110 = arith.addf %v1107, %v1108 fastmath<contract> : f32
          %v1111, %v1112 = gpu.shuffle xor %v1110, %v988, %v980 : f32
          %v1113 = arith.addf %v1110, %v1111 fastmath<contract> : f32
          // end sum over the lanes
          %v1114 = arith.addi %v82, %v95 : i64
          %v1115, %v1116 = gpu.shuffle idx %v798, %v865, %v888 : f32
          %v1117, %v1118 = gpu.shuffle idx %v807, %v865, %v888 : f32
          %v1119, %v1120 = gpu.shuffle idx %v819, %v865, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1121 = arith.remui %v1114, %v12 : i64
          %v1122 = arith.cmpi eq, %v1121, %v42 : i64
          %v1123 = arith.andi %v1122, %v28 : i1
          scf.if %v1123 {
            %v1124 = arith.divui %v1114, %v12 : i64
            %v1125 = llvm.mlir.zero : !llvm.ptr
            %v1126 = llvm.icmp "ne" %ckpt_C, %v1125 : !llvm.ptr
            scf.if %v1126 {
              %v1131 = arith.muli %v1124, %v1130 : i64
              %v1132 = llvm.load %v6 : !llvm.ptr -> f32
              %v1133 = arith.muli %v35, %v910 : i64
              %v1134 = arith.muli %v33, %v909 : i64
              %v1135 = arith.addi %v1133, %v1134 : i64
              %v1136 = arith.muli %v24, %v908 : i64
              %v1137 = arith.addi %v1135, %v1136 : i64
              %v1138 = arith.muli %v31, %v2 : i64
              %v1139 = arith.addi %v1137, %v1138 : i64
              %v1140 = arith.addi %v1131, %v1139 : i64
              %v1141 = llvm.getelementptr %ckpt_C[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1132, %v1141 : f32, !llvm.ptr
              %v1142 = llvm.load %v7 : !llvm.ptr -> f32
              %v1143 = arith.muli %v35, %v910 : i64
              %v1144 = arith.muli %v33, %v909 : i64
              %v1145 = arith.addi %v1143, %v1144 : i64
              %v1146 = arith.constant 8 : i64
              %v1147 = arith.addi %v1146, %v24 : i64
              %v1148 = arith.muli %v1147, %v908 : i64
              %v1149 = arith.addi %v1145, %v1148 : i64
              %v1150 = arith.muli %v31, %v2 : i64
              %v1151 = arith.addi %v1149, %v1150 : i64
              %v1152 = arith.addi %v1131, %v1151 : i64
              %v1153 = llvm.getelementptr %ckpt_C[%v1152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1142, %v1153 : f32, !llvm.ptr
            }
            %v1154 = llvm.mlir.zero : !llvm.ptr
            %v1155 = llvm.icmp "ne" %ckpt_n, %v1154 : !llvm.ptr
            scf.if %v1155 {
              %v1159 = arith.muli %v1124, %v1158 : i64
              %v1160 = llvm.load %v8 : !llvm.ptr -> f32
              %v1161 = arith.muli %v35, %v940 : i64
              %v1162 = arith.muli %v33, %v939 : i64
              %v1163 = arith.addi %v1161, %v1162 : i64
              %v1164 = arith.muli %v24, %v2 : i64
              %v1165 = arith.addi %v1163, %v1164 : i64
              %v1166 = arith.addi %v1159, %v1165 : i64
              %v1167 = llvm.getelementptr %ckpt_n[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1160, %v1167 : f32, !llvm.ptr
              %v1168 = llvm.load %v9 : !llvm.ptr -> f32
              %v1169 = arith.muli %v35, %v940 : i64
              %v1170 = arith.muli %v33, %v939 : i64
              %v1171 = arith.addi %v1169, %v1170 : i64
              %v1172 = arith.constant 8 : i64
              %v1173 = arith.addi %v1172, %v24 : i64
              %v1174 = arith.muli %v1173, %v2 : i64
              %v1175 = arith.addi %v1171, %v1174 : i64
              %v1176 = arith.addi %v1159, %v1175 : i64
              %v1177 = llvm.getelementptr %ckpt_n[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1168, %v1177 : f32, !llvm.ptr
            }
          }
          // end save
          %v1178 = arith.mulf %v1117, %v215 fastmath<contract> : f32
          %v1179 = arith.mulf %v1178, %v1119 fastmath<contract> : f32
          %v1180 = llvm.load %v6 : !llvm.ptr -> f32
          %v1181 = arith.mulf %v1115, %v1180 fastmath<contract> : f32
          %v1182 = arith.addf %v1181, %v1179 fastmath<contract> : f32
          %v1183 = arith.mulf %v1117, %v226 fastmath<contract> : f32
          %v1184 = arith.mulf %v1183, %v1119 fastmath<contract> : f32
          %v1185 = llvm.load %v7 : !llvm.ptr -> f32
          %v1186 = arith.mulf %v1115, %v1185 fastmath<contract> : f32
          %v1187 = arith.addf %v1186, %v1184 fastmath<contract> : f32
          %v1188 = llvm.load %v8 : !llvm.ptr -> f32
          %v1189 = arith.mulf %v1115, %v1188 fastmath<contract> : f32
          %v1190 = arith.addf %v1189, %v1178 fastmath<contract> : f32
          %v1191 = llvm.load %v9 : !llvm.ptr -> f32
          %v1192 = arith.mulf %v1115, %v1191 fastmath<contract> : f32
          %v1193 = arith.addf %v1192, %v1183 fastmath<contract> : f32
          llvm.store %v1182, %v6 : f32, !llvm.ptr
          llvm.store %v1187, %v7 : f32, !llvm.ptr
          llvm.store %v1190, %v8 : f32, !llvm.ptr
          llvm.store %v1193, %v9 : f32, !llvm.ptr
          %v1194 = llvm.load %v6 : !llvm.ptr -> f32
          %v1195 = arith.mulf %v235, %v1194 fastmath<contract> : f32
          %v1196 = llvm.load %v7 : !llvm.ptr -> f32
          %v1197 = arith.mulf %v246, %v1196 fastmath<contract> : f32
          %v1198 = arith.addf %v1195, %v1197 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1199, %v1200 = gpu.shuffle xor %v1198, %v979, %v980 : f32
          %v1201 = arith.addf %v1198, %v1199 fastmath<contract> : f32
          %v1202, %v1203 = gpu.shuffle xor %v1201, %v984, %v980 : f32
          %v1204 = arith.addf %v1201, %v1202 fastmath<contract> : f32
          %v1205, %v1206 = gpu.shuffle xor %v1204, %v988, %v980 : f32
          %v1207 = arith.addf %v1204, %v1205 fastmath<contract> : f32
          // end sum over the lanes
          %v1208 = llvm.load %v8 : !llvm.ptr -> f32
          %v1209 = arith.mulf %v235, %v1208 fastmath<contract> : f32
          %v1210 = llvm.load %v9 : !llvm.ptr -> f32
          %v1211 = arith.mulf %v246, %v1210 fastmath<contract> : f32
          %v1212 = arith.addf %v1209, %v1211 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1213, %v1214 = gpu.shuffle xor %v1212, %v979, %v980 : f32
          %v1215 = arith.addf %v1212, %v1213 fastmath<contract> : f32
          %v1216, %v1217 = gpu.shuffle xor %v1215, %v984, %v980 : f32
          %v1218 = arith.addf %v1215, %v1216 fastmath<contract> : f32
          %v1219, %v1220 = gpu.shuffle xor %v1218, %v988, %v980 : f32
          %v1221 = arith.addf %v1218, %v1219 fastmath<contract> : f32
          // end sum over the lanes
          %v1222 = arith.addi %v82, %v97 : i64
          %v1223, %v1224 = gpu.shuffle idx %v798, %v869, %v888 : f32
          %v1225, %v1226 = gpu.shuffle idx %v807, %v869, %v888 : f32
          %v1227, %v1228 = gpu.shuffle idx %v819, %v869, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1229 = arith.remui %v1222, %v12 : i64
          %v1230 = arith.cmpi eq, %v1229, %v42 : i64
          %v1231 = arith.andi %v1230, %v28 : i1
          scf.if %v1231 {
            %v1232 = arith.divui %v1222, %v12 : i64
            %v1233 = llvm.mlir.zero : !llvm.ptr
            %v1234 = llvm.icmp "ne" %ckpt_C, %v1233 : !llvm.ptr
            scf.if %v1234 {
              %v1239 = arith.muli %v1232, %v1238 : i64
              %v1240 = llvm.load %v6 : !llvm.ptr -> f32
              %v1241 = arith.muli %v35, %v910 : i64
              %v1242 = arith.muli %v33, %v909 : i64
              %v1243 = arith.addi %v1241, %v1242 : i64
              %v1244 = arith.muli %v24, %v908 : i64
              %v1245 = arith.addi %v1243, %v1244 : i64
              %v1246 = arith.muli %v31, %v2 : i64
              %v1247 = arith.addi %v1245, %v1246 : i64
              %v1248 = arith.addi %v1239, %v1247 : i64
              %v1249 = llvm.getelementptr %ckpt_C[%v1248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1240, %v1249 : f32, !llvm.ptr
              %v1250 = llvm.load %v7 : !llvm.ptr -> f32
              %v1251 = arith.muli %v35, %v910 : i64
              %v1252 = arith.muli %v33, %v909 : i64
              %v1253 = arith.addi %v1251, %v1252 : i64
              %v1254 = arith.constant 8 : i64
              %v1255 = arith.addi %v1254, %v24 : i64
              %v1256 = arith.muli %v1255, %v908 : i64
              %v1257 = arith.addi %v1253, %v1256 : i64
              %v1258 = arith.muli %v31, %v2 : i64
              %v1259 = arith.addi %v1257, %v1258 : i64
              %v1260 = arith.addi %v1239, %v1259 : i64
              %v1261 = llvm.getelementptr %ckpt_C[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1250, %v1261 : f32, !llvm.ptr
            }
            %v1262 = llvm.mlir.zero : !llvm.ptr
            %v1263 = llvm.icmp "ne" %ckpt_n, %v1262 : !llvm.ptr
            scf.if %v1263 {
              %v1267 = arith.muli %v1232, %v1266 : i64
              %v1268 = llvm.load %v8 : !llvm.ptr -> f32
              %v1269 = arith.muli %v35, %v940 : i64
              %v1270 = arith.muli %v33, %v939 : i64
              %v1271 = arith.addi %v1269, %v1270 : i64
              %v1272 = arith.muli %v24, %v2 : i64
              %v1273 = arith.addi %v1271, %v1272 : i64
              %v1274 = arith.addi %v1267, %v1273 : i64
              %v1275 = llvm.getelementptr %ckpt_n[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1268, %v1275 : f32, !llvm.ptr
              %v1276 = llvm.load %v9 : !llvm.ptr -> f32
              %v1277 = arith.muli %v35, %v940 : i64
              %v1278 = arith.muli %v33, %v939 : i64
              %v1279 = arith.addi %v1277, %v1278 : i64
              %v1280 = arith.constant 8 : i64
              %v1281 = arith.addi %v1280, %v24 : i64
              %v1282 = arith.muli %v1281, %v2 : i64
              %v1283 = arith.addi %v1279, %v1282 : i64
              %v1284 = arith.addi %v1267, %v1283 : i64
              %v1285 = llvm.getelementptr %ckpt_n[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1276, %v1285 : f32, !llvm.ptr
            }
          }
          // end save
          %v1286 = arith.mulf %v1225, %v256 fastmath<contract> : f32
          %v1287 = arith.mulf %v1286, %v1227 fastmath<contract> : f32
          %v1288 = llvm.load %v6 : !llvm.ptr -> f32
          %v1289 = arith.mulf %v1223, %v1288 fastmath<contract> : f32
          %v1290 = arith.addf %v1289, %v1287 fastmath<contract> : f32
          %v1291 = arith.mulf %v1225, %v267 fastmath<contract> : f32
          %v1292 = arith.mulf %v1291, %v1227 fastmath<contract> : f32
          %v1293 = llvm.load %v7 : !llvm.ptr -> f32
          %v1294 = arith.mulf %v1223, %v1293 fastmath<contract> : f32
          %v1295 = arith.addf %v1294, %v1292 fastmath<contract> : f32
          %v1296 = llvm.load %v8 : !llvm.ptr -> f32
          %v1297 = arith.mulf %v1223, %v1296 fastmath<contract> : f32
          %v1298 = arith.addf %v1297, %v1286 fastmath<contract> : f32
          %v1299 = llvm.load %v9 : !llvm.ptr -> f32
          %v1300 = arith.mulf %v1223, %v1299 fastmath<contract> : f32
          %v1301 = arith.addf %v1300, %v1291 fastmath<contract> : f32
          llvm.store %v1290, %v6 : f32, !llvm.ptr
          llvm.store %v1295, %v7 : f32, !llvm.ptr
          llvm.store %v1298, %v8 : f32, !llvm.ptr
          llvm.store %v1301, %v9 : f32, !llvm.ptr
          %v1302 = llvm.load %v6 : !llvm.ptr -> f32
          %v1303 = arith.mulf %v276, %v1302 fastmath<contract> : f32
          %v1304 = llvm.load %v7 : !llvm.ptr -> f32
          %v1305 = arith.mulf %v287, %v1304 fastmath<contract> : f32
          %v1306 = arith.addf %v1303, %v1305 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1307, %v1308 = gpu.shuffle xor %v1306, %v979, %v980 : f32
          %v1309 = arith.addf %v1306, %v1307 fastmath<contract> : f32
          %v1310, %v1311 = gpu.shuffle xor %v1309, %v984, %v980 : f32
          %v1312 = arith.addf %v1309, %v1310 fastmath<contract> : f32
          %v1313, %v1314 = gpu.shuffle xor %v1312, %v988, %v980 : f32
          %v1315 = arith.addf %v1312, %v1313 fastmath<contract> : f32
          // end sum over the lanes
          %v1316 = llvm.load %v8 : !llvm.ptr -> f32
          %v1317 = arith.mulf %v276, %v1316 fastmath<contract> : f32
          %v1318 = llvm.load %v9 : !llvm.ptr -> f32
          %v1319 = arith.mulf %v287, %v1318 fastmath<contract> : f32
          %v1320 = arith.addf %v1317, %v1319 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1321, %v1322 = gpu.shuffle xor %v1320, %v979, %v980 : f32
          %v1323 = arith.addf %v1320, %v1321 fastmath<contract> : f32
          %v1324, %v1325 = gpu.shuffle xor %v1323, %v984, %v980 : f32
          %v1326 = arith.addf %v1323, %v1324 fastmath<contract> : f32
          %v1327, %v1328 = gpu.shuffle xor %v1326, %v988, %v980 : f32
          %v1329 = arith.addf %v1326, %v1327 fastmath<contract> : f32
          // end sum over the lanes
          %v1330 = arith.addi %v82, %v99 : i64
          %v1331, %v1332 = gpu.shuffle idx %v798, %v873, %v888 : f32
          %v1333, %v1334 = gpu.shuffle idx %v807, %v873, %v888 : f32
          %v1335, %v1336 = gpu.shuffle idx %v819, %v873, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1337 = arith.remui %v1330, %v12 : i64
          %v1338 = arith.cmpi eq, %v1337, %v42 : i64
          %v1339 = arith.andi %v1338, %v28 : i1
          scf.if %v1339 {
            %v1340 = arith.divui %v1330, %v12 : i64
            %v1341 = llvm.mlir.zero : !llvm.ptr
            %v1342 = llvm.icmp "ne" %ckpt_C, %v1341 : !llvm.ptr
            scf.if %v1342 {
              %v1347 = arith.muli %v1340, %v1346 : i64
              %v1348 = llvm.load %v6 : !llvm.ptr -> f32
              %v1349 = arith.muli %v35, %v910 : i64
              %v1350 = arith.muli %v33, %v909 : i64
              %v1351 = arith.addi %v1349, %v1350 : i64
              %v1352 = arith.muli %v24, %v908 : i64
              %v1353 = arith.addi %v1351, %v1352 : i64
              %v1354 = arith.muli %v31, %v2 : i64
              %v1355 = arith.addi %v1353, %v1354 : i64
              %v1356 = arith.addi %v1347, %v1355 : i64
              %v1357 = llvm.getelementptr %ckpt_C[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1348, %v1357 : f32, !llvm.ptr
              %v1358 = llvm.load %v7 : !llvm.ptr -> f32
              %v1359 = arith.muli %v35, %v910 : i64
              %v1360 = arith.muli %v33, %v909 : i64
              %v1361 = arith.addi %v1359, %v1360 : i64
              %v1362 = arith.constant 8 : i64
              %v1363 = arith.addi %v1362, %v24 : i64
              %v1364 = arith.muli %v1363, %v908 : i64
              %v1365 = arith.addi %v1361, %v1364 : i64
              %v1366 = arith.muli %v31, %v2 : i64
              %v1367 = arith.addi %v1365, %v1366 : i64
              %v1368 = arith.addi %v1347, %v1367 : i64
              %v1369 = llvm.getelementptr %ckpt_C[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1358, %v1369 : f32, !llvm.ptr
            }
            %v1370 = llvm.mlir.zero : !llvm.ptr
            %v1371 = llvm.icmp "ne" %ckpt_n, %v1370 : !llvm.ptr
            scf.if %v1371 {
              %v1375 = arith.muli %v1340, %v1374 : i64
              %v1376 = llvm.load %v8 : !llvm.ptr -> f32
              %v1377 = arith.muli %v35, %v940 : i64
              %v1378 = arith.muli %v33, %v939 : i64
              %v1379 = arith.addi %v1377, %v1378 : i64
              %v1380 = arith.muli %v24, %v2 : i64
              %v1381 = arith.addi %v1379, %v1380 : i64
              %v1382 = arith.addi %v1375, %v1381 : i64
              %v1383 = llvm.getelementptr %ckpt_n[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1376, %v1383 : f32, !llvm.ptr
              %v1384 = llvm.load %v9 : !llvm.ptr -> f32
              %v1385 = arith.muli %v35, %v940 : i64
              %v1386 = arith.muli %v33, %v939 : i64
              %v1387 = arith.addi %v1385, %v1386 : i64
              %v1388 = arith.constant 8 : i64
              %v1389 = arith.addi %v1388, %v24 : i64
              %v1390 = arith.muli %v1389, %v2 : i64
              %v1391 = arith.addi %v1387, %v1390 : i64
              %v1392 = arith.addi %v1375, %v1391 : i64
              %v1393 = llvm.getelementptr %ckpt_n[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1384, %v1393 : f32, !llvm.ptr
            }
          }
          // end save
          %v1394 = arith.mulf %v1333, %v297 fastmath<contract> : f32
          %v1395 = arith.mulf %v1394, %v1335 fastmath<contract> : f32
          %v1396 = llvm.load %v6 : !llvm.ptr -> f32
          %v1397 = arith.mulf %v1331, %v1396 fastmath<contract> : f32
          %v1398 = arith.addf %v1397, %v1395 fastmath<contract> : f32
          %v1399 = arith.mulf %v1333, %v308 fastmath<contract> : f32
          %v1400 = arith.mulf %v1399, %v1335 fastmath<contract> : f32
          %v1401 = llvm.load %v7 : !llvm.ptr -> f32
          %v1402 = arith.mulf %v1331, %v1401 fastmath<contract> : f32
          %v1403 = arith.addf %v1402, %v1400 fastmath<contract> : f32
          %v1404 = llvm.load %v8 : !llvm.ptr -> f32
          %v1405 = arith.mulf %v1331, %v1404 fastmath<contract> : f32
          %v1406 = arith.addf %v1405, %v1394 fastmath<contract> : f32
          %v1407 = llvm.load %v9 : !llvm.ptr -> f32
          %v1408 = arith.mulf %v1331, %v1407 fastmath<contract> : f32
          %v1409 = arith.addf %v1408, %v1399 fastmath<contract> : f32
          llvm.store %v1398, %v6 : f32, !llvm.ptr
          llvm.store %v1403, %v7 : f32, !llvm.ptr
          llvm.store %v1406, %v8 : f32, !llvm.ptr
          llvm.store %v1409, %v9 : f32, !llvm.ptr
          %v1410 = llvm.load %v6 : !llvm.ptr -> f32
          %v1411 = arith.mulf %v317, %v1410 fastmath<contract> : f32
          %v1412 = llvm.load %v7 : !llvm.ptr -> f32
          %v1413 = arith.mulf %v328, %v1412 fastmath<contract> : f32
          %v1414 = arith.addf %v1411, %v1413 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1415, %v1416 = gpu.shuffle xor %v1414, %v979, %v980 : f32
          %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
          %v1418, %v1419 = gpu.shuffle xor %v1417, %v984, %v980 : f32
          %v1420 = arith.addf %v1417, %v1418 fastmath<contract> : f32
          %v1421, %v1422 = gpu.shuffle xor %v1420, %v988, %v980 : f32
          %v1423 = arith.addf %v1420, %v1421 fastmath<contract> : f32
          // end sum over the lanes
          %v1424 = llvm.load %v8 : !llvm.ptr -> f32
          %v1425 = arith.mulf %v317, %v1424 fastmath<contract> : f32
          %v1426 = llvm.load %v9 : !llvm.ptr -> f32
          %v1427 = arith.mulf %v328, %v1426 fastmath<contract> : f32
          %v1428 = arith.addf %v1425, %v1427 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1429, %v1430 = gpu.shuffle xor %v1428, %v979, %v980 : f32
          %v1431 = arith.addf %v1428, %v1429 fastmath<contract> : f32
          %v1432, %v1433 = gpu.shuffle xor %v1431, %v984, %v980 : f32
          %v1434 = arith.addf %v1431, %v1432 fastmath<contract> : f32
          %v1435, %v1436 = gpu.shuffle xor %v1434, %v988, %v980 : f32
          %v1437 = arith.addf %v1434, %v1435 fastmath<contract> : f32
          // end sum over the lanes
          %v1438 = arith.addi %v82, %v101 : i64
          %v1439, %v1440 = gpu.shuffle idx %v798, %v877, %v888 : f32
          %v1441, %v1442 = gpu.shuffle idx %v807, %v877, %v888 : f32
          %v1443, %v1444 = gpu.shuffle idx %v819, %v877, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1445 = arith.remui %v1438, %v12 : i64
          %v1446 = arith.cmpi eq, %v1445, %v42 : i64
          %v1447 = arith.andi %v1446, %v28 : i1
          scf.if %v1447 {
            %v1448 = arith.divui %v1438, %v12 : i64
            %v1449 = llvm.mlir.zero : !llvm.ptr
            %v1450 = llvm.icmp "ne" %ckpt_C, %v1449 : !llvm.ptr
            scf.if %v1450 {
              %v1455 = arith.muli %v1448, %v1454 : i64
              %v1456 = llvm.load %v6 : !llvm.ptr -> f32
              %v1457 = arith.muli %v35, %v910 : i64
              %v1458 = arith.muli %v33, %v909 : i64
              %v1459 = arith.addi %v1457, %v1458 : i64
              %v1460 = arith.muli %v24, %v908 : i64
              %v1461 = arith.addi %v1459, %v1460 : i64
              %v1462 = arith.muli %v31, %v2 : i64
              %v1463 = arith.addi %v1461, %v1462 : i64
              %v1464 = arith.addi %v1455, %v1463 : i64
              %v1465 = llvm.getelementptr %ckpt_C[%v1464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1456, %v1465 : f32, !llvm.ptr
              %v1466 = llvm.load %v7 : !llvm.ptr -> f32
              %v1467 = arith.muli %v35, %v910 : i64
              %v1468 = arith.muli %v33, %v909 : i64
              %v1469 = arith.addi %v1467, %v1468 : i64
              %v1470 = arith.constant 8 : i64
              %v1471 = arith.addi %v1470, %v24 : i64
              %v1472 = arith.muli %v1471, %v908 : i64
              %v1473 = arith.addi %v1469, %v1472 : i64
              %v1474 = arith.muli %v31, %v2 : i64
              %v1475 = arith.addi %v1473, %v1474 : i64
              %v1476 = arith.addi %v1455, %v1475 : i64
              %v1477 = llvm.getelementptr %ckpt_C[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1466, %v1477 : f32, !llvm.ptr
            }
            %v1478 = llvm.mlir.zero : !llvm.ptr
            %v1479 = llvm.icmp "ne" %ckpt_n, %v1478 : !llvm.ptr
            scf.if %v1479 {
              %v1483 = arith.muli %v1448, %v1482 : i64
              %v1484 = llvm.load %v8 : !llvm.ptr -> f32
              %v1485 = arith.muli %v35, %v940 : i64
              %v1486 = arith.muli %v33, %v939 : i64
              %v1487 = arith.addi %v1485, %v1486 : i64
              %v1488 = arith.muli %v24, %v2 : i64
              %v1489 = arith.addi %v1487, %v1488 : i64
              %v1490 = arith.addi %v1483, %v1489 : i64
              %v1491 = llvm.getelementptr %ckpt_n[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1484, %v1491 : f32, !llvm.ptr
              %v1492 = llvm.load %v9 : !llvm.ptr -> f32
              %v1493 = arith.muli %v35, %v940 : i64
              %v1494 = arith.muli %v33, %v939 : i64
              %v1495 = arith.addi %v1493, %v1494 : i64
              %v1496 = arith.constant 8 : i64
              %v1497 = arith.addi %v1496, %v24 : i64
              %v1498 = arith.muli %v1497, %v2 : i64
              %v1499 = arith.addi %v1495, %v1498 : i64
              %v1500 = arith.addi %v1483, %v1499 : i64
              %v1501 = llvm.getelementptr %ckpt_n[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1492, %v1501 : f32, !llvm.ptr
            }
          }
          // end save
          %v1502 = arith.mulf %v1441, %v338 fastmath<contract> : f32
          %v1503 = arith.mulf %v1502, %v1443 fastmath<contract> : f32
          %v1504 = llvm.load %v6 : !llvm.ptr -> f32
          %v1505 = arith.mulf %v1439, %v1504 fastmath<contract> : f32
          %v1506 = arith.addf %v1505, %v1503 fastmath<contract> : f32
          %v1507 = arith.mulf %v1441, %v349 fastmath<contract> : f32
          %v1508 = arith.mulf %v1507, %v1443 fastmath<contract> : f32
          %v1509 = llvm.load %v7 : !llvm.ptr -> f32
          %v1510 = arith.mulf %v1439, %v1509 fastmath<contract> : f32
          %v1511 = arith.addf %v1510, %v1508 fastmath<contract> : f32
          %v1512 = llvm.load %v8 : !llvm.ptr -> f32
          %v1513 = arith.mulf %v1439, %v1512 fastmath<contract> : f32
          %v1514 = arith.addf %v1513, %v1502 fastmath<contract> : f32
          %v1515 = llvm.load %v9 : !llvm.ptr -> f32
          %v1516 = arith.mulf %v1439, %v1515 fastmath<contract> : f32
          %v1517 = arith.addf %v1516, %v1507 fastmath<contract> : f32
          llvm.store %v1506, %v6 : f32, !llvm.ptr
          llvm.store %v1511, %v7 : f32, !llvm.ptr
          llvm.store %v1514, %v8 : f32, !llvm.ptr
          llvm.store %v1517, %v9 : f32, !llvm.ptr
          %v1518 = llvm.load %v6 : !llvm.ptr -> f32
          %v1519 = arith.mulf %v358, %v1518 fastmath<contract> : f32
          %v1520 = llvm.load %v7 : !llvm.ptr -> f32
          %v1521 = arith.mulf %v369, %v1520 fastmath<contract> : f32
          %v1522 = arith.addf %v1519, %v1521 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1523, %v1524 = gpu.shuffle xor %v1522, %v979, %v980 : f32
          %v1525 = arith.addf %v1522, %v1523 fastmath<contract> : f32
          %v1526, %v1527 = gpu.shuffle xor %v1525, %v984, %v980 : f32
          %v1528 = arith.addf %v1525, %v1526 fastmath<contract> : f32
          %v1529, %v1530 = gpu.shuffle xor %v1528, %v988, %v980 : f32
          %v1531 = arith.addf %v1528, %v1529 fastmath<contract> : f32
          // end sum over the lanes
          %v1532 = llvm.load %v8 : !llvm.ptr -> f32
          %v1533 = arith.mulf %v358, %v1532 fastmath<contract> : f32
          %v1534 = llvm.load %v9 : !llvm.ptr -> f32
          %v1535 = arith.mulf %v369, %v1534 fastmath<contract> : f32
          %v1536 = arith.addf %v1533, %v1535 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1537, %v1538 = gpu.shuffle xor %v1536, %v979, %v980 : f32
          %v1539 = arith.addf %v1536, %v1537 fastmath<contract> : f32
          %v1540, %v1541 = gpu.shuffle xor %v1539, %v984, %v980 : f32
          %v1542 = arith.addf %v1539, %v1540 fastmath<contract> : f32
          %v1543, %v1544 = gpu.shuffle xor %v1542, %v988, %v980 : f32
          %v1545 = arith.addf %v1542, %v1543 fastmath<contract> : f32
          // end sum over the lanes
          %v1546 = arith.addi %v82, %v103 : i64
          %v1547, %v1548 = gpu.shuffle idx %v798, %v881, %v888 : f32
          %v1549, %v1550 = gpu.shuffle idx %v807, %v881, %v888 : f32
          %v1551, %v1552 = gpu.shuffle idx %v819, %v881, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1553 = arith.remui %v1546, %v12 : i64
          %v1554 = arith.cmpi eq, %v1553, %v42 : i64
          %v1555 = arith.andi %v1554, %v28 : i1
          scf.if %v1555 {
            %v1556 = arith.divui %v1546, %v12 : i64
            %v1557 = llvm.mlir.zero : !llvm.ptr
            %v1558 = llvm.icmp "ne" %ckpt_C, %v1557 : !llvm.ptr
            scf.if %v1558 {
              %v1563 = arith.muli %v1556, %v1562 : i64
              %v1564 = llvm.load %v6 : !llvm.ptr -> f32
              %v1565 = arith.muli %v35, %v910 : i64
              %v1566 = arith.muli %v33, %v909 : i64
              %v1567 = arith.addi %v1565, %v1566 : i64
              %v1568 = arith.muli %v24, %v908 : i64
              %v1569 = arith.addi %v1567, %v1568 : i64
              %v1570 = arith.muli %v31, %v2 : i64
              %v1571 = arith.addi %v1569, %v1570 : i64
              %v1572 = arith.addi %v1563, %v1571 : i64
              %v1573 = llvm.getelementptr %ckpt_C[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1564, %v1573 : f32, !llvm.ptr
              %v1574 = llvm.load %v7 : !llvm.ptr -> f32
              %v1575 = arith.muli %v35, %v910 : i64
              %v1576 = arith.muli %v33, %v909 : i64
              %v1577 = arith.addi %v1575, %v1576 : i64
              %v1578 = arith.constant 8 : i64
              %v1579 = arith.addi %v1578, %v24 : i64
              %v1580 = arith.muli %v1579, %v908 : i64
              %v1581 = arith.addi %v1577, %v1580 : i64
              %v1582 = arith.muli %v31, %v2 : i64
              %v1583 = arith.addi %v1581, %v1582 : i64
              %v1584 = arith.addi %v1563, %v1583 : i64
              %v1585 = llvm.getelementptr %ckpt_C[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1574, %v1585 : f32, !llvm.ptr
            }
            %v1586 = llvm.mlir.zero : !llvm.ptr
            %v1587 = llvm.icmp "ne" %ckpt_n, %v1586 : !llvm.ptr
            scf.if %v1587 {
              %v1591 = arith.muli %v1556, %v1590 : i64
              %v1592 = llvm.load %v8 : !llvm.ptr -> f32
              %v1593 = arith.muli %v35, %v940 : i64
              %v1594 = arith.muli %v33, %v939 : i64
              %v1595 = arith.addi %v1593, %v1594 : i64
              %v1596 = arith.muli %v24, %v2 : i64
              %v1597 = arith.addi %v1595, %v1596 : i64
              %v1598 = arith.addi %v1591, %v1597 : i64
              %v1599 = llvm.getelementptr %ckpt_n[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1592, %v1599 : f32, !llvm.ptr
              %v1600 = llvm.load %v9 : !llvm.ptr -> f32
              %v1601 = arith.muli %v35, %v940 : i64
              %v1602 = arith.muli %v33, %v939 : i64
              %v1603 = arith.addi %v1601, %v1602 : i64
              %v1604 = arith.constant 8 : i64
              %v1605 = arith.addi %v1604, %v24 : i64
              %v1606 = arith.muli %v1605, %v2 : i64
              %v1607 = arith.addi %v1603, %v1606 : i64
              %v1608 = arith.addi %v1591, %v1607 : i64
              %v1609 = llvm.getelementptr %ckpt_n[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1600, %v1609 : f32, !llvm.ptr
            }
          }
          // end save
          %v1610 = arith.mulf %v1549, %v379 fastmath<contract> : f32
          %v1611 = arith.mulf %v1610, %v1551 fastmath<contract> : f32
          %v1612 = llvm.load %v6 : !llvm.ptr -> f32
          %v1613 = arith.mulf %v1547, %v1612 fastmath<contract> : f32
          %v1614 = arith.addf %v1613, %v1611 fastmath<contract> : f32
          %v1615 = arith.mulf %v1549, %v390 fastmath<contract> : f32
          %v1616 = arith.mulf %v1615, %v1551 fastmath<contract> : f32
          %v1617 = llvm.load %v7 : !llvm.ptr -> f32
          %v1618 = arith.mulf %v1547, %v1617 fastmath<contract> : f32
          %v1619 = arith.addf %v1618, %v1616 fastmath<contract> : f32
          %v1620 = llvm.load %v8 : !llvm.ptr -> f32
          %v1621 = arith.mulf %v1547, %v1620 fastmath<contract> : f32
          %v1622 = arith.addf %v1621, %v1610 fastmath<contract> : f32
          %v1623 = llvm.load %v9 : !llvm.ptr -> f32
          %v1624 = arith.mulf %v1547, %v1623 fastmath<contract> : f32
          %v1625 = arith.addf %v1624, %v1615 fastmath<contract> : f32
          llvm.store %v1614, %v6 : f32, !llvm.ptr
          llvm.store %v1619, %v7 : f32, !llvm.ptr
          llvm.store %v1622, %v8 : f32, !llvm.ptr
          llvm.store %v1625, %v9 : f32, !llvm.ptr
          %v1626 = llvm.load %v6 : !llvm.ptr -> f32
          %v1627 = arith.mulf %v399, %v1626 fastmath<contract> : f32
          %v1628 = llvm.load %v7 : !llvm.ptr -> f32
          %v1629 = arith.mulf %v410, %v1628 fastmath<contract> : f32
          %v1630 = arith.addf %v1627, %v1629 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1631, %v1632 = gpu.shuffle xor %v1630, %v979, %v980 : f32
          %v1633 = arith.addf %v1630, %v1631 fastmath<contract> : f32
          %v1634, %v1635 = gpu.shuffle xor %v1633, %v984, %v980 : f32
          %v1636 = arith.addf %v1633, %v1634 fastmath<contract> : f32
          %v1637, %v1638 = gpu.shuffle xor %v1636, %v988, %v980 : f32
          %v1639 = arith.addf %v1636, %v1637 fastmath<contract> : f32
          // end sum over the lanes
          %v1640 = llvm.load %v8 : !llvm.ptr -> f32
          %v1641 = arith.mulf %v399, %v1640 fastmath<contract> : f32
          %v1642 = llvm.load %v9 : !llvm.ptr -> f32
          %v1643 = arith.mulf %v410, %v1642 fastmath<contract> : f32
          %v1644 = arith.addf %v1641, %v1643 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1645, %v1646 = gpu.shuffle xor %v1644, %v979, %v980 : f32
          %v1647 = arith.addf %v1644, %v1645 fastmath<contract> : f32
          %v1648, %v1649 = gpu.shuffle xor %v1647, %v984, %v980 : f32
          %v1650 = arith.addf %v1647, %v1648 fastmath<contract> : f32
          %v1651, %v1652 = gpu.shuffle xor %v1650, %v988, %v980 : f32
          %v1653 = arith.addf %v1650, %v1651 fastmath<contract> : f32
          // end sum over the lanes
          %v1654 = arith.addi %v82, %v105 : i64
          %v1655, %v1656 = gpu.shuffle idx %v798, %v885, %v888 : f32
          %v1657, %v1658 = gpu.shuffle idx %v807, %v885, %v888 : f32
          %v1659, %v1660 = gpu.shuffle idx %v819, %v885, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1661 = arith.remui %v1654, %v12 : i64
          %v1662 = arith.cmpi eq, %v1661, %v42 : i64
          %v1663 = arith.andi %v1662, %v28 : i1
          scf.if %v1663 {
            %v1664 = arith.divui %v1654, %v12 : i64
            %v1665 = llvm.mlir.zero : !llvm.ptr
            %v1666 = llvm.icmp "ne" %ckpt_C, %v1665 : !llvm.ptr
            scf.if %v1666 {
              %v1671 = arith.muli %v1664, %v1670 : i64
              %v1672 = llvm.load %v6 : !llvm.ptr -> f32
              %v1673 = arith.muli %v35, %v910 : i64
              %v1674 = arith.muli %v33, %v909 : i64
              %v1675 = arith.addi %v1673, %v1674 : i64
              %v1676 = arith.muli %v24, %v908 : i64
              %v1677 = arith.addi %v1675, %v1676 : i64
              %v1678 = arith.muli %v31, %v2 : i64
              %v1679 = arith.addi %v1677, %v1678 : i64
              %v1680 = arith.addi %v1671, %v1679 : i64
              %v1681 = llvm.getelementptr %ckpt_C[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1672, %v1681 : f32, !llvm.ptr
              %v1682 = llvm.load %v7 : !llvm.ptr -> f32
              %v1683 = arith.muli %v35, %v910 : i64
              %v1684 = arith.muli %v33, %v909 : i64
              %v1685 = arith.addi %v1683, %v1684 : i64
              %v1686 = arith.constant 8 : i64
              %v1687 = arith.addi %v1686, %v24 : i64
              %v1688 = arith.muli %v1687, %v908 : i64
              %v1689 = arith.addi %v1685, %v1688 : i64
              %v1690 = arith.muli %v31, %v2 : i64
              %v1691 = arith.addi %v1689, %v1690 : i64
              %v1692 = arith.addi %v1671, %v1691 : i64
              %v1693 = llvm.getelementptr %ckpt_C[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1682, %v1693 : f32, !llvm.ptr
            }
            %v1694 = llvm.mlir.zero : !llvm.ptr
            %v1695 = llvm.icmp "ne" %ckpt_n, %v1694 : !llvm.ptr
            scf.if %v1695 {
              %v1699 = arith.muli %v1664, %v1698 : i64
              %v1700 = llvm.load %v8 : !llvm.ptr -> f32
              %v1701 = arith.muli %v35, %v940 : i64
              %v1702 = arith.muli %v33, %v939 : i64
              %v1703 = arith.addi %v1701, %v1702 : i64
              %v1704 = arith.muli %v24, %v2 : i64
              %v1705 = arith.addi %v1703, %v1704 : i64
              %v1706 = arith.addi %v1699, %v1705 : i64
              %v1707 = llvm.getelementptr %ckpt_n[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1700, %v1707 : f32, !llvm.ptr
              %v1708 = llvm.load %v9 : !llvm.ptr -> f32
              %v1709 = arith.muli %v35, %v940 : i64
              %v1710 = arith.muli %v33, %v939 : i64
              %v1711 = arith.addi %v1709, %v1710 : i64
              %v1712 = arith.constant 8 : i64
              %v1713 = arith.addi %v1712, %v24 : i64
              %v1714 = arith.muli %v1713, %v2 : i64
              %v1715 = arith.addi %v1711, %v1714 : i64
              %v1716 = arith.addi %v1699, %v1715 : i64
              %v1717 = llvm.getelementptr %ckpt_n[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1708, %v1717 : f32, !llvm.ptr
            }
          }
          // end save
          %v1718 = arith.mulf %v1657, %v420 fastmath<contract> : f32
          %v1719 = arith.mulf %v1718, %v1659 fastmath<contract> : f32
          %v1720 = llvm.load %v6 : !llvm.ptr -> f32
          %v1721 = arith.mulf %v1655, %v1720 fastmath<contract> : f32
          %v1722 = arith.addf %v1721, %v1719 fastmath<contract> : f32
          %v1723 = arith.mulf %v1657, %v431 fastmath<contract> : f32
          %v1724 = arith.mulf %v1723, %v1659 fastmath<contract> : f32
          %v1725 = llvm.load %v7 : !llvm.ptr -> f32
          %v1726 = arith.mulf %v1655, %v1725 fastmath<contract> : f32
          %v1727 = arith.addf %v1726, %v1724 fastmath<contract> : f32
          %v1728 = llvm.load %v8 : !llvm.ptr -> f32
          %v1729 = arith.mulf %v1655, %v1728 fastmath<contract> : f32
          %v1730 = arith.addf %v1729, %v1718 fastmath<contract> : f32
          %v1731 = llvm.load %v9 : !llvm.ptr -> f32
          %v1732 = arith.mulf %v1655, %v1731 fastmath<contract> : f32
          %v1733 = arith.addf %v1732, %v1723 fastmath<contract> : f32
          llvm.store %v1722, %v6 : f32, !llvm.ptr
          llvm.store %v1727, %v7 : f32, !llvm.ptr
          llvm.store %v1730, %v8 : f32, !llvm.ptr
          llvm.store %v1733, %v9 : f32, !llvm.ptr
          %v1734 = llvm.load %v6 : !llvm.ptr -> f32
          %v1735 = arith.mulf %v440, %v1734 fastmath<contract> : f32
          %v1736 = llvm.load %v7 : !llvm.ptr -> f32
          %v1737 = arith.mulf %v451, %v1736 fastmath<contract> : f32
          %v1738 = arith.addf %v1735, %v1737 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1739, %v1740 = gpu.shuffle xor %v1738, %v979, %v980 : f32
          %v1741 = arith.addf %v1738, %v1739 fastmath<contract> : f32
          %v1742, %v1743 = gpu.shuffle xor %v1741, %v984, %v980 : f32
          %v1744 = arith.addf %v1741, %v1742 fastmath<contract> : f32
          %v1745, %v1746 = gpu.shuffle xor %v1744, %v988, %v980 : f32
          %v1747 = arith.addf %v1744, %v1745 fastmath<contract> : f32
          // end sum over the lanes
          %v1748 = llvm.load %v8 : !llvm.ptr -> f32
          %v1749 = arith.mulf %v440, %v1748 fastmath<contract> : f32
          %v1750 = llvm.load %v9 : !llvm.ptr -> f32
          %v1751 = arith.mulf %v451, %v1750 fastmath<contract> : f32
          %v1752 = arith.addf %v1749, %v1751 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1753, %v1754 = gpu.shuffle xor %v1752, %v979, %v980 : f32
          %v1755 = arith.addf %v1752, %v1753 fastmath<contract> : f32
          %v1756, %v1757 = gpu.shuffle xor %v1755, %v984, %v980 : f32
          %v1758 = arith.addf %v1755, %v1756 fastmath<contract> : f32
          %v1759, %v1760 = gpu.shuffle xor %v1758, %v988, %v980 : f32
          %v1761 = arith.addf %v1758, %v1759 fastmath<contract> : f32
          // end sum over the lanes
          %v1762 = arith.addi %v82, %v106 : i64
          %v1763, %v1764 = gpu.shuffle idx %v834, %v857, %v888 : f32
          %v1765, %v1766 = gpu.shuffle idx %v843, %v857, %v888 : f32
          %v1767, %v1768 = gpu.shuffle idx %v852, %v857, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1769 = arith.remui %v1762, %v12 : i64
          %v1770 = arith.cmpi eq, %v1769, %v42 : i64
          %v1771 = arith.andi %v1770, %v28 : i1
          scf.if %v1771 {
            %v1772 = arith.divui %v1762, %v12 : i64
            %v1773 = llvm.mlir.zero : !llvm.ptr
            %v1774 = llvm.icmp "ne" %ckpt_C, %v1773 : !llvm.ptr
            scf.if %v1774 {
              %v1779 = arith.muli %v1772, %v1778 : i64
              %v1780 = llvm.load %v6 : !llvm.ptr -> f32
              %v1781 = arith.muli %v35, %v910 : i64
              %v1782 = arith.muli %v33, %v909 : i64
              %v1783 = arith.addi %v1781, %v1782 : i64
              %v1784 = arith.muli %v24, %v908 : i64
              %v1785 = arith.addi %v1783, %v1784 : i64
              %v1786 = arith.muli %v31, %v2 : i64
              %v1787 = arith.addi %v1785, %v1786 : i64
              %v1788 = arith.addi %v1779, %v1787 : i64
              %v1789 = llvm.getelementptr %ckpt_C[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1780, %v1789 : f32, !llvm.ptr
              %v1790 = llvm.load %v7 : !llvm.ptr -> f32
              %v1791 = arith.muli %v35, %v910 : i64
              %v1792 = arith.muli %v33, %v909 : i64
              %v1793 = arith.addi %v1791, %v1792 : i64
              %v1794 = arith.constant 8 : i64
              %v1795 = arith.addi %v1794, %v24 : i64
              %v1796 = arith.muli %v1795, %v908 : i64
              %v1797 = arith.addi %v1793, %v1796 : i64
              %v1798 = arith.muli %v31, %v2 : i64
              %v1799 = arith.addi %v1797, %v1798 : i64
              %v1800 = arith.addi %v1779, %v1799 : i64
              %v1801 = llvm.getelementptr %ckpt_C[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1790, %v1801 : f32, !llvm.ptr
            }
            %v1802 = llvm.mlir.zero : !llvm.ptr
            %v1803 = llvm.icmp "ne" %ckpt_n, %v1802 : !llvm.ptr
            scf.if %v1803 {
              %v1807 = arith.muli %v1772, %v1806 : i64
              %v1808 = llvm.load %v8 : !llvm.ptr -> f32
              %v1809 = arith.muli %v35, %v940 : i64
              %v1810 = arith.muli %v33, %v939 : i64
              %v1811 = arith.addi %v1809, %v1810 : i64
              %v1812 = arith.muli %v24, %v2 : i64
              %v1813 = arith.addi %v1811, %v1812 : i64
              %v1814 = arith.addi %v1807, %v1813 : i64
              %v1815 = llvm.getelementptr %ckpt_n[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1808, %v1815 : f32, !llvm.ptr
              %v1816 = llvm.load %v9 : !llvm.ptr -> f32
              %v1817 = arith.muli %v35, %v940 : i64
              %v1818 = arith.muli %v33, %v939 : i64
              %v1819 = arith.addi %v1817, %v1818 : i64
              %v1820 = arith.constant 8 : i64
              %v1821 = arith.addi %v1820, %v24 : i64
              %v1822 = arith.muli %v1821, %v2 : i64
              %v1823 = arith.addi %v1819, %v1822 : i64
              %v1824 = arith.addi %v1807, %v1823 : i64
              %v1825 = llvm.getelementptr %ckpt_n[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1816, %v1825 : f32, !llvm.ptr
            }
          }
          // end save
          %v1826 = arith.mulf %v1765, %v461 fastmath<contract> : f32
          %v1827 = arith.mulf %v1826, %v1767 fastmath<contract> : f32
          %v1828 = llvm.load %v6 : !llvm.ptr -> f32
          %v1829 = arith.mulf %v1763, %v1828 fastmath<contract> : f32
          %v1830 = arith.addf %v1829, %v1827 fastmath<contract> : f32
          %v1831 = arith.mulf %v1765, %v472 fastmath<contract> : f32
          %v1832 = arith.mulf %v1831, %v1767 fastmath<contract> : f32
          %v1833 = llvm.load %v7 : !llvm.ptr -> f32
          %v1834 = arith.mulf %v1763, %v1833 fastmath<contract> : f32
          %v1835 = arith.addf %v1834, %v1832 fastmath<contract> : f32
          %v1836 = llvm.load %v8 : !llvm.ptr -> f32
          %v1837 = arith.mulf %v1763, %v1836 fastmath<contract> : f32
          %v1838 = arith.addf %v1837, %v1826 fastmath<contract> : f32
          %v1839 = llvm.load %v9 : !llvm.ptr -> f32
          %v1840 = arith.mulf %v1763, %v1839 fastmath<contract> : f32
          %v1841 = arith.addf %v1840, %v1831 fastmath<contract> : f32
          llvm.store %v1830, %v6 : f32, !llvm.ptr
          llvm.store %v1835, %v7 : f32, !llvm.ptr
          llvm.store %v1838, %v8 : f32, !llvm.ptr
          llvm.store %v1841, %v9 : f32, !llvm.ptr
          %v1842 = llvm.load %v6 : !llvm.ptr -> f32
          %v1843 = arith.mulf %v481, %v1842 fastmath<contract> : f32
          %v1844 = llvm.load %v7 : !llvm.ptr -> f32
          %v1845 = arith.mulf %v492, %v1844 fastmath<contract> : f32
          %v1846 = arith.addf %v1843, %v1845 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1847, %v1848 = gpu.shuffle xor %v1846, %v979, %v980 : f32
          %v1849 = arith.addf %v1846, %v1847 fastmath<contract> : f32
          %v1850, %v1851 = gpu.shuffle xor %v1849, %v984, %v980 : f32
          %v1852 = arith.addf %v1849, %v1850 fastmath<contract> : f32
          %v1853, %v1854 = gpu.shuffle xor %v1852, %v988, %v980 : f32
          %v1855 = arith.addf %v1852, %v1853 fastmath<contract> : f32
          // end sum over the lanes
          %v1856 = llvm.load %v8 : !llvm.ptr -> f32
          %v1857 = arith.mulf %v481, %v1856 fastmath<contract> : f32
          %v1858 = llvm.load %v9 : !llvm.ptr -> f32
          %v1859 = arith.mulf %v492, %v1858 fastmath<contract> : f32
          %v1860 = arith.addf %v1857, %v1859 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1861, %v1862 = gpu.shuffle xor %v1860, %v979, %v980 : f32
          %v1863 = arith.addf %v1860, %v1861 fastmath<contract> : f32
          %v1864, %v1865 = gpu.shuffle xor %v1863, %v984, %v980 : f32
          %v1866 = arith.addf %v1863, %v1864 fastmath<contract> : f32
          %v1867, %v1868 = gpu.shuffle xor %v1866, %v988, %v980 : f32
          %v1869 = arith.addf %v1866, %v1867 fastmath<contract> : f32
          // end sum over the lanes
          %v1870 = arith.addi %v82, %v108 : i64
          %v1871, %v1872 = gpu.shuffle idx %v834, %v861, %v888 : f32
          %v1873, %v1874 = gpu.shuffle idx %v843, %v861, %v888 : f32
          %v1875, %v1876 = gpu.shuffle idx %v852, %v861, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1877 = arith.remui %v1870, %v12 : i64
          %v1878 = arith.cmpi eq, %v1877, %v42 : i64
          %v1879 = arith.andi %v1878, %v28 : i1
          scf.if %v1879 {
            %v1880 = arith.divui %v1870, %v12 : i64
            %v1881 = llvm.mlir.zero : !llvm.ptr
            %v1882 = llvm.icmp "ne" %ckpt_C, %v1881 : !llvm.ptr
            scf.if %v1882 {
              %v1887 = arith.muli %v1880, %v1886 : i64
              %v1888 = llvm.load %v6 : !llvm.ptr -> f32
              %v1889 = arith.muli %v35, %v910 : i64
              %v1890 = arith.muli %v33, %v909 : i64
              %v1891 = arith.addi %v1889, %v1890 : i64
              %v1892 = arith.muli %v24, %v908 : i64
              %v1893 = arith.addi %v1891, %v1892 : i64
              %v1894 = arith.muli %v31, %v2 : i64
              %v1895 = arith.addi %v1893, %v1894 : i64
              %v1896 = arith.addi %v1887, %v1895 : i64
              %v1897 = llvm.getelementptr %ckpt_C[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1888, %v1897 : f32, !llvm.ptr
              %v1898 = llvm.load %v7 : !llvm.ptr -> f32
              %v1899 = arith.muli %v35, %v910 : i64
              %v1900 = arith.muli %v33, %v909 : i64
              %v1901 = arith.addi %v1899, %v1900 : i64
              %v1902 = arith.constant 8 : i64
              %v1903 = arith.addi %v1902, %v24 : i64
              %v1904 = arith.muli %v1903, %v908 : i64
              %v1905 = arith.addi %v1901, %v1904 : i64
              %v1906 = arith.muli %v31, %v2 : i64
              %v1907 = arith.addi %v1905, %v1906 : i64
              %v1908 = arith.addi %v1887, %v1907 : i64
              %v1909 = llvm.getelementptr %ckpt_C[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1898, %v1909 : f32, !llvm.ptr
            }
            %v1910 = llvm.mlir.zero : !llvm.ptr
            %v1911 = llvm.icmp "ne" %ckpt_n, %v1910 : !llvm.ptr
            scf.if %v1911 {
              %v1915 = arith.muli %v1880, %v1914 : i64
              %v1916 = llvm.load %v8 : !llvm.ptr -> f32
              %v1917 = arith.muli %v35, %v940 : i64
              %v1918 = arith.muli %v33, %v939 : i64
              %v1919 = arith.addi %v1917, %v1918 : i64
              %v1920 = arith.muli %v24, %v2 : i64
              %v1921 = arith.addi %v1919, %v1920 : i64
              %v1922 = arith.addi %v1915, %v1921 : i64
              %v1923 = llvm.getelementptr %ckpt_n[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1916, %v1923 : f32, !llvm.ptr
              %v1924 = llvm.load %v9 : !llvm.ptr -> f32
              %v1925 = arith.muli %v35, %v940 : i64
              %v1926 = arith.muli %v33, %v939 : i64
              %v1927 = arith.addi %v1925, %v1926 : i64
              %v1928 = arith.constant 8 : i64
              %v1929 = arith.addi %v1928, %v24 : i64
              %v1930 = arith.muli %v1929, %v2 : i64
              %v1931 = arith.addi %v1927, %v1930 : i64
              %v1932 = arith.addi %v1915, %v1931 : i64
              %v1933 = llvm.getelementptr %ckpt_n[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1924, %v1933 : f32, !llvm.ptr
            }
          }
          // end save
          %v1934 = arith.mulf %v1873, %v502 fastmath<contract> : f32
          %v1935 = arith.mulf %v1934, %v1875 fastmath<contract> : f32
          %v1936 = llvm.load %v6 : !llvm.ptr -> f32
          %v1937 = arith.mulf %v1871, %v1936 fastmath<contract> : f32
          %v1938 = arith.addf %v1937, %v1935 fastmath<contract> : f32
          %v1939 = arith.mulf %v1873, %v513 fastmath<contract> : f32
          %v1940 = arith.mulf %v1939, %v1875 fastmath<contract> : f32
          %v1941 = llvm.load %v7 : !llvm.ptr -> f32
          %v1942 = arith.mulf %v1871, %v1941 fastmath<contract> : f32
          %v1943 = arith.addf %v1942, %v1940 fastmath<contract> : f32
          %v1944 = llvm.load %v8 : !llvm.ptr -> f32
          %v1945 = arith.mulf %v1871, %v1944 fastmath<contract> : f32
          %v1946 = arith.addf %v1945, %v1934 fastmath<contract> : f32
          %v1947 = llvm.load %v9 : !llvm.ptr -> f32
          %v1948 = arith.mulf %v1871, %v1947 fastmath<contract> : f32
          %v1949 = arith.addf %v1948, %v1939 fastmath<contract> : f32
          llvm.store %v1938, %v6 : f32, !llvm.ptr
          llvm.store %v1943, %v7 : f32, !llvm.ptr
          llvm.store %v1946, %v8 : f32, !llvm.ptr
          llvm.store %v1949, %v9 : f32, !llvm.ptr
          %v1950 = llvm.load %v6 : !llvm.ptr -> f32
          %v1951 = arith.mulf %v522, %v1950 fastmath<contract> : f32
          %v1952 = llvm.load %v7 : !llvm.ptr -> f32
          %v1953 = arith.mulf %v533, %v1952 fastmath<contract> : f32
          %v1954 = arith.addf %v1951, %v1953 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1955, %v1956 = gpu.shuffle xor %v1954, %v979, %v980 : f32
          %v1957 = arith.addf %v1954, %v1955 fastmath<contract> : f32
          %v1958, %v1959 = gpu.shuffle xor %v1957, %v984, %v980 : f32
          %v1960 = arith.addf %v1957, %v1958 fastmath<contract> : f32
          %v1961, %v1962 = gpu.shuffle xor %v1960, %v988, %v980 : f32
          %v1963 = arith.addf %v1960, %v1961 fastmath<contract> : f32
          // end sum over the lanes
          %v1964 = llvm.load %v8 : !llvm.ptr -> f32
          %v1965 = arith.mulf %v522, %v1964 fastmath<contract> : f32
          %v1966 = llvm.load %v9 : !llvm.ptr -> f32
          %v1967 = arith.mulf %v533, %v1966 fastmath<contract> : f32
          %v1968 = arith.addf %v1965, %v1967 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1969, %v1970 = gpu.shuffle xor %v1968, %v979, %v980 : f32
          %v1971 = arith.addf %v1968, %v1969 fastmath<contract> : f32
          %v1972, %v1973 = gpu.shuffle xor %v1971, %v984, %v980 : f32
          %v1974 = arith.addf %v1971, %v1972 fastmath<contract> : f32
          %v1975, %v1976 = gpu.shuffle xor %v1974, %v988, %v980 : f32
          %v1977 = arith.addf %v1974, %v1975 fastmath<contract> : f32
          // end sum over the lanes
          %v1978 = arith.addi %v82, %v110 : i64
          %v1979, %v1980 = gpu.shuffle idx %v834, %v865, %v888 : f32
          %v1981, %v1982 = gpu.shuffle idx %v843, %v865, %v888 : f32
          %v1983, %v1984 = gpu.shuffle idx %v852, %v865, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1985 = arith.remui %v1978, %v12 : i64
          %v1986 = arith.cmpi eq, %v1985, %v42 : i64
          %v1987 = arith.andi %v1986, %v28 : i1
          scf.if %v1987 {
            %v1988 = arith.divui %v1978, %v12 : i64
            %v1989 = llvm.mlir.zero : !llvm.ptr
            %v1990 = llvm.icmp "ne" %ckpt_C, %v1989 : !llvm.ptr
            scf.if %v1990 {
              %v1995 = arith.muli %v1988, %v1994 : i64
              %v1996 = llvm.load %v6 : !llvm.ptr -> f32
              %v1997 = arith.muli %v35, %v910 : i64
              %v1998 = arith.muli %v33, %v909 : i64
              %v1999 = arith.addi %v1997, %v1998 : i64
              %v2000 = arith.muli %v24, %v908 : i64
              %v2001 = arith.addi %v1999, %v2000 : i64
              %v2002 = arith.muli %v31, %v2 : i64
              %v2003 = arith.addi %v2001, %v2002 : i64
              %v2004 = arith.addi %v1995, %v2003 : i64
              %v2005 = llvm.getelementptr %ckpt_C[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1996, %v2005 : f32, !llvm.ptr
              %v2006 = llvm.load %v7 : !llvm.ptr -> f32
              %v2007 = arith.muli %v35, %v910 : i64
              %v2008 = arith.muli %v33, %v909 : i64
              %v2009 = arith.addi %v2007, %v2008 : i64
              %v2010 = arith.constant 8 : i64
              %v2011 = arith.addi %v2010, %v24 : i64
              %v2012 = arith.muli %v2011, %v908 : i64
              %v2013 = arith.addi %v2009, %v2012 : i64
              %v2014 = arith.muli %v31, %v2 : i64
              %v2015 = arith.addi %v2013, %v2014 : i64
              %v2016 = arith.addi %v1995, %v2015 : i64
              %v2017 = llvm.getelementptr %ckpt_C[%v2016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2006, %v2017 : f32, !llvm.ptr
            }
            %v2018 = llvm.mlir.zero : !llvm.ptr
            %v2019 = llvm.icmp "ne" %ckpt_n, %v2018 : !llvm.ptr
            scf.if %v2019 {
              %v2023 = arith.muli %v1988, %v2022 : i64
              %v2024 = llvm.load %v8 : !llvm.ptr -> f32
              %v2025 = arith.muli %v35, %v940 : i64
              %v2026 = arith.muli %v33, %v939 : i64
              %v2027 = arith.addi %v2025, %v2026 : i64
              %v2028 = arith.muli %v24, %v2 : i64
              %v2029 = arith.addi %v2027, %v2028 : i64
              %v2030 = arith.addi %v2023, %v2029 : i64
              %v2031 = llvm.getelementptr %ckpt_n[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2024, %v2031 : f32, !llvm.ptr
              %v2032 = llvm.load %v9 : !llvm.ptr -> f32
              %v2033 = arith.muli %v35, %v940 : i64
              %v2034 = arith.muli %v33, %v939 : i64
              %v2035 = arith.addi %v2033, %v2034 : i64
              %v2036 = arith.constant 8 : i64
              %v2037 = arith.addi %v2036, %v24 : i64
              %v2038 = arith.muli %v2037, %v2 : i64
              %v2039 = arith.addi %v2035, %v2038 : i64
              %v2040 = arith.addi %v2023, %v2039 : i64
              %v2041 = llvm.getelementptr %ckpt_n[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2032, %v2041 : f32, !llvm.ptr
            }
          }
          // end save
          %v2042 = arith.mulf %v1981, %v543 fastmath<contract> : f32
          %v2043 = arith.mulf %v2042, %v1983 fastmath<contract> : f32
          %v2044 = llvm.load %v6 : !llvm.ptr -> f32
          %v2045 = arith.mulf %v1979, %v2044 fastmath<contract> : f32
          %v2046 = arith.addf %v2045, %v2043 fastmath<contract> : f32
          %v2047 = arith.mulf %v1981, %v554 fastmath<contract> : f32
          %v2048 = arith.mulf %v2047, %v1983 fastmath<contract> : f32
          %v2049 = llvm.load %v7 : !llvm.ptr -> f32
          %v2050 = arith.mulf %v1979, %v2049 fastmath<contract> : f32
          %v2051 = arith.addf %v2050, %v2048 fastmath<contract> : f32
          %v2052 = llvm.load %v8 : !llvm.ptr -> f32
          %v2053 = arith.mulf %v1979, %v2052 fastmath<contract> : f32
          %v2054 = arith.addf %v2053, %v2042 fastmath<contract> : f32
          %v2055 = llvm.load %v9 : !llvm.ptr -> f32
          %v2056 = arith.mulf %v1979, %v2055 fastmath<contract> : f32
          %v2057 = arith.addf %v2056, %v2047 fastmath<contract> : f32
          llvm.store %v2046, %v6 : f32, !llvm.ptr
          llvm.store %v2051, %v7 : f32, !llvm.ptr
          llvm.store %v2054, %v8 : f32, !llvm.ptr
          llvm.store %v2057, %v9 : f32, !llvm.ptr
          %v2058 = llvm.load %v6 : !llvm.ptr -> f32
          %v2059 = arith.mulf %v563, %v2058 fastmath<contract> : f32
          %v2060 = llvm.load %v7 : !llvm.ptr -> f32
          %v2061 = arith.mulf %v574, %v2060 fastmath<contract> : f32
          %v2062 = arith.addf %v2059, %v2061 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2063, %v2064 = gpu.shuffle xor %v2062, %v979, %v980 : f32
          %v2065 = arith.addf %v2062, %v2063 fastmath<contract> : f32
          %v2066, %v2067 = gpu.shuffle xor %v2065, %v984, %v980 : f32
          %v2068 = arith.addf %v2065, %v2066 fastmath<contract> : f32
          %v2069, %v2070 = gpu.shuffle xor %v2068, %v988, %v980 : f32
          %v2071 = arith.addf %v2068, %v2069 fastmath<contract> : f32
          // end sum over the lanes
          %v2072 = llvm.load %v8 : !llvm.ptr -> f32
          %v2073 = arith.mulf %v563, %v2072 fastmath<contract> : f32
          %v2074 = llvm.load %v9 : !llvm.ptr -> f32
          %v2075 = arith.mulf %v574, %v2074 fastmath<contract> : f32
          %v2076 = arith.addf %v2073, %v2075 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2077, %v2078 = gpu.shuffle xor %v2076, %v979, %v980 : f32
          %v2079 = arith.addf %v2076, %v2077 fastmath<contract> : f32
          %v2080, %v2081 = gpu.shuffle xor %v2079, %v984, %v980 : f32
          %v2082 = arith.addf %v2079, %v2080 fastmath<contract> : f32
          %v2083, %v2084 = gpu.shuffle xor %v2082, %v988, %v980 : f32
          %v2085 = arith.addf %v2082, %v2083 fastmath<contract> : f32
          // end sum over the lanes
          %v2086 = arith.addi %v82, %v112 : i64
          %v2087, %v2088 = gpu.shuffle idx %v834, %v869, %v888 : f32
          %v2089, %v2090 = gpu.shuffle idx %v843, %v869, %v888 : f32
          %v2091, %v2092 = gpu.shuffle idx %v852, %v869, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2093 = arith.remui %v2086, %v12 : i64
          %v2094 = arith.cmpi eq, %v2093, %v42 : i64
          %v2095 = arith.andi %v2094, %v28 : i1
          scf.if %v2095 {
            %v2096 = arith.divui %v2086, %v12 : i64
            %v2097 = llvm.mlir.zero : !llvm.ptr
            %v2098 = llvm.icmp "ne" %ckpt_C, %v2097 : !llvm.ptr
            scf.if %v2098 {
              %v2103 = arith.muli %v2096, %v2102 : i64
              %v2104 = llvm.load %v6 : !llvm.ptr -> f32
              %v2105 = arith.muli %v35, %v910 : i64
              %v2106 = arith.muli %v33, %v909 : i64
              %v2107 = arith.addi %v2105, %v2106 : i64
              %v2108 = arith.muli %v24, %v908 : i64
              %v2109 = arith.addi %v2107, %v2108 : i64
              %v2110 = arith.muli %v31, %v2 : i64
              %v2111 = arith.addi %v2109, %v2110 : i64
              %v2112 = arith.addi %v2103, %v2111 : i64
              %v2113 = llvm.getelementptr %ckpt_C[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2104, %v2113 : f32, !llvm.ptr
              %v2114 = llvm.load %v7 : !llvm.ptr -> f32
              %v2115 = arith.muli %v35, %v910 : i64
              %v2116 = arith.muli %v33, %v909 : i64
              %v2117 = arith.addi %v2115, %v2116 : i64
              %v2118 = arith.constant 8 : i64
              %v2119 = arith.addi %v2118, %v24 : i64
              %v2120 = arith.muli %v2119, %v908 : i64
              %v2121 = arith.addi %v2117, %v2120 : i64
              %v2122 = arith.muli %v31, %v2 : i64
              %v2123 = arith.addi %v2121, %v2122 : i64
              %v2124 = arith.addi %v2103, %v2123 : i64
              %v2125 = llvm.getelementptr %ckpt_C[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2114, %v2125 : f32, !llvm.ptr
            }
            %v2126 = llvm.mlir.zero : !llvm.ptr
            %v2127 = llvm.icmp "ne" %ckpt_n, %v2126 : !llvm.ptr
            scf.if %v2127 {
              %v2131 = arith.muli %v2096, %v2130 : i64
              %v2132 = llvm.load %v8 : !llvm.ptr -> f32
              %v2133 = arith.muli %v35, %v940 : i64
              %v2134 = arith.muli %v33, %v939 : i64
              %v2135 = arith.addi %v2133, %v2134 : i64
              %v2136 = arith.muli %v24, %v2 : i64
              %v2137 = arith.addi %v2135, %v2136 : i64
              %v2138 = arith.addi %v2131, %v2137 : i64
              %v2139 = llvm.getelementptr %ckpt_n[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2132, %v2139 : f32, !llvm.ptr
              %v2140 = llvm.load %v9 : !llvm.ptr -> f32
              %v2141 = arith.muli %v35, %v940 : i64
              %v2142 = arith.muli %v33, %v939 : i64
              %v2143 = arith.addi %v2141, %v2142 : i64
              %v2144 = arith.constant 8 : i64
              %v2145 = arith.addi %v2144, %v24 : i64
              %v2146 = arith.muli %v2145, %v2 : i64
              %v2147 = arith.addi %v2143, %v2146 : i64
              %v2148 = arith.addi %v2131, %v2147 : i64
              %v2149 = llvm.getelementptr %ckpt_n[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2140, %v2149 : f32, !llvm.ptr
            }
          }
          // end save
          %v2150 = arith.mulf %v2089, %v584 fastmath<contract> : f32
          %v2151 = arith.mulf %v2150, %v2091 fastmath<contract> : f32
          %v2152 = llvm.load %v6 : !llvm.ptr -> f32
          %v2153 = arith.mulf %v2087, %v2152 fastmath<contract> : f32
          %v2154 = arith.addf %v2153, %v2151 fastmath<contract> : f32
          %v2155 = arith.mulf %v2089, %v595 fastmath<contract> : f32
          %v2156 = arith.mulf %v2155, %v2091 fastmath<contract> : f32
          %v2157 = llvm.load %v7 : !llvm.ptr -> f32
          %v2158 = arith.mulf %v2087, %v2157 fastmath<contract> : f32
          %v2159 = arith.addf %v2158, %v2156 fastmath<contract> : f32
          %v2160 = llvm.load %v8 : !llvm.ptr -> f32
          %v2161 = arith.mulf %v2087, %v2160 fastmath<contract> : f32
          %v2162 = arith.addf %v2161, %v2150 fastmath<contract> : f32
          %v2163 = llvm.load %v9 : !llvm.ptr -> f32
          %v2164 = arith.mulf %v2087, %v2163 fastmath<contract> : f32
          %v2165 = arith.addf %v2164, %v2155 fastmath<contract> : f32
          llvm.store %v2154, %v6 : f32, !llvm.ptr
          llvm.store %v2159, %v7 : f32, !llvm.ptr
          llvm.store %v2162, %v8 : f32, !llvm.ptr
          llvm.store %v2165, %v9 : f32, !llvm.ptr
          %v2166 = llvm.load %v6 : !llvm.ptr -> f32
          %v2167 = arith.mulf %v604, %v2166 fastmath<contract> : f32
          %v2168 = llvm.load %v7 : !llvm.ptr -> f32
          %v2169 = arith.mulf %v615, %v2168 fastmath<contract> : f32
          %v2170 = arith.addf %v2167, %v2169 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2171, %v2172 = gpu.shuffle xor %v2170, %v979, %v980 : f32
          %v2173 = arith.addf %v2170, %v2171 fastmath<contract> : f32
          %v2174, %v2175 = gpu.shuffle xor %v2173, %v984, %v980 : f32
          %v2176 = arith.addf %v2173, %v2174 fastmath<contract> : f32
          %v2177, %v2178 = gpu.shuffle xor %v2176, %v988, %v980 : f32
          %v2179 = arith.addf %v2176, %v2177 fastmath<contract> : f32
          // end sum over the lanes
          %v2180 = llvm.load %v8 : !llvm.ptr -> f32
          %v2181 = arith.mulf %v604, %v2180 fastmath<contract> : f32
          %v2182 = llvm.load %v9 : !llvm.ptr -> f32
          %v2183 = arith.mulf %v615, %v2182 fastmath<contract> : f32
          %v2184 = arith.addf %v2181, %v2183 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2185, %v2186 = gpu.shuffle xor %v2184, %v979, %v980 : f32
          %v2187 = arith.addf %v2184, %v2185 fastmath<contract> : f32
          %v2188, %v2189 = gpu.shuffle xor %v2187, %v984, %v980 : f32
          %v2190 = arith.addf %v2187, %v2188 fastmath<contract> : f32
          %v2191, %v2192 = gpu.shuffle xor %v2190, %v988, %v980 : f32
          %v2193 = arith.addf %v2190, %v2191 fastmath<contract> : f32
          // end sum over the lanes
          %v2194 = arith.addi %v82, %v114 : i64
          %v2195, %v2196 = gpu.shuffle idx %v834, %v873, %v888 : f32
          %v2197, %v2198 = gpu.shuffle idx %v843, %v873, %v888 : f32
          %v2199, %v2200 = gpu.shuffle idx %v852, %v873, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2201 = arith.remui %v2194, %v12 : i64
          %v2202 = arith.cmpi eq, %v2201, %v42 : i64
          %v2203 = arith.andi %v2202, %v28 : i1
          scf.if %v2203 {
            %v2204 = arith.divui %v2194, %v12 : i64
            %v2205 = llvm.mlir.zero : !llvm.ptr
            %v2206 = llvm.icmp "ne" %ckpt_C, %v2205 : !llvm.ptr
            scf.if %v2206 {
              %v2211 = arith.muli %v2204, %v2210 : i64
              %v2212 = llvm.load %v6 : !llvm.ptr -> f32
              %v2213 = arith.muli %v35, %v910 : i64
              %v2214 = arith.muli %v33, %v909 : i64
              %v2215 = arith.addi %v2213, %v2214 : i64
              %v2216 = arith.muli %v24, %v908 : i64
              %v2217 = arith.addi %v2215, %v2216 : i64
              %v2218 = arith.muli %v31, %v2 : i64
              %v2219 = arith.addi %v2217, %v2218 : i64
              %v2220 = arith.addi %v2211, %v2219 : i64
              %v2221 = llvm.getelementptr %ckpt_C[%v2220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2212, %v2221 : f32, !llvm.ptr
              %v2222 = llvm.load %v7 : !llvm.ptr -> f32
              %v2223 = arith.muli %v35, %v910 : i64
              %v2224 = arith.muli %v33, %v909 : i64
              %v2225 = arith.addi %v2223, %v2224 : i64
              %v2226 = arith.constant 8 : i64
              %v2227 = arith.addi %v2226, %v24 : i64
              %v2228 = arith.muli %v2227, %v908 : i64
              %v2229 = arith.addi %v2225, %v2228 : i64
              %v2230 = arith.muli %v31, %v2 : i64
              %v2231 = arith.addi %v2229, %v2230 : i64
              %v2232 = arith.addi %v2211, %v2231 : i64
              %v2233 = llvm.getelementptr %ckpt_C[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2222, %v2233 : f32, !llvm.ptr
            }
            %v2234 = llvm.mlir.zero : !llvm.ptr
            %v2235 = llvm.icmp "ne" %ckpt_n, %v2234 : !llvm.ptr
            scf.if %v2235 {
              %v2239 = arith.muli %v2204, %v2238 : i64
              %v2240 = llvm.load %v8 : !llvm.ptr -> f32
              %v2241 = arith.muli %v35, %v940 : i64
              %v2242 = arith.muli %v33, %v939 : i64
              %v2243 = arith.addi %v2241, %v2242 : i64
              %v2244 = arith.muli %v24, %v2 : i64
              %v2245 = arith.addi %v2243, %v2244 : i64
              %v2246 = arith.addi %v2239, %v2245 : i64
              %v2247 = llvm.getelementptr %ckpt_n[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2240, %v2247 : f32, !llvm.ptr
              %v2248 = llvm.load %v9 : !llvm.ptr -> f32
              %v2249 = arith.muli %v35, %v940 : i64
              %v2250 = arith.muli %v33, %v939 : i64
              %v2251 = arith.addi %v2249, %v2250 : i64
              %v2252 = arith.constant 8 : i64
              %v2253 = arith.addi %v2252, %v24 : i64
              %v2254 = arith.muli %v2253, %v2 : i64
              %v2255 = arith.addi %v2251, %v2254 : i64
              %v2256 = arith.addi %v2239, %v2255 : i64
              %v2257 = llvm.getelementptr %ckpt_n[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2248, %v2257 : f32, !llvm.ptr
            }
          }
          // end save
          %v2258 = arith.mulf %v2197, %v625 fastmath<contract> : f32
          %v2259 = arith.mulf %v2258, %v2199 fastmath<contract> : f32
          %v2260 = llvm.load %v6 : !llvm.ptr -> f32
          %v2261 = arith.mulf %v2195, %v2260 fastmath<contract> : f32
          %v2262 = arith.addf %v2261, %v2259 fastmath<contract> : f32
          %v2263 = arith.mulf %v2197, %v636 fastmath<contract> : f32
          %v2264 = arith.mulf %v2263, %v2199 fastmath<contract> : f32
          %v2265 = llvm.load %v7 : !llvm.ptr -> f32
          %v2266 = arith.mulf %v2195, %v2265 fastmath<contract> : f32
          %v2267 = arith.addf %v2266, %v2264 fastmath<contract> : f32
          %v2268 = llvm.load %v8 : !llvm.ptr -> f32
          %v2269 = arith.mulf %v2195, %v2268 fastmath<contract> : f32
          %v2270 = arith.addf %v2269, %v2258 fastmath<contract> : f32
          %v2271 = llvm.load %v9 : !llvm.ptr -> f32
          %v2272 = arith.mulf %v2195, %v2271 fastmath<contract> : f32
          %v2273 = arith.addf %v2272, %v2263 fastmath<contract> : f32
          llvm.store %v2262, %v6 : f32, !llvm.ptr
          llvm.store %v2267, %v7 : f32, !llvm.ptr
          llvm.store %v2270, %v8 : f32, !llvm.ptr
          llvm.store %v2273, %v9 : f32, !llvm.ptr
          %v2274 = llvm.load %v6 : !llvm.ptr -> f32
          %v2275 = arith.mulf %v645, %v2274 fastmath<contract> : f32
          %v2276 = llvm.load %v7 : !llvm.ptr -> f32
          %v2277 = arith.mulf %v656, %v2276 fastmath<contract> : f32
          %v2278 = arith.addf %v2275, %v2277 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2279, %v2280 = gpu.shuffle xor %v2278, %v979, %v980 : f32
          %v2281 = arith.addf %v2278, %v2279 fastmath<contract> : f32
          %v2282, %v2283 = gpu.shuffle xor %v2281, %v984, %v980 : f32
          %v2284 = arith.addf %v2281, %v2282 fastmath<contract> : f32
          %v2285, %v2286 = gpu.shuffle xor %v2284, %v988, %v980 : f32
          %v2287 = arith.addf %v2284, %v2285 fastmath<contract> : f32
          // end sum over the lanes
          %v2288 = llvm.load %v8 : !llvm.ptr -> f32
          %v2289 = arith.mulf %v645, %v2288 fastmath<contract> : f32
          %v2290 = llvm.load %v9 : !llvm.ptr -> f32
          %v2291 = arith.mulf %v656, %v2290 fastmath<contract> : f32
          %v2292 = arith.addf %v2289, %v2291 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2293, %v2294 = gpu.shuffle xor %v2292, %v979, %v980 : f32
          %v2295 = arith.addf %v2292, %v2293 fastmath<contract> : f32
          %v2296, %v2297 = gpu.shuffle xor %v2295, %v984, %v980 : f32
          %v2298 = arith.addf %v2295, %v2296 fastmath<contract> : f32
          %v2299, %v2300 = gpu.shuffle xor %v2298, %v988, %v980 : f32
          %v2301 = arith.addf %v2298, %v2299 fastmath<contract> : f32
          // end sum over the lanes
          %v2302 = arith.addi %v82, %v116 : i64
          %v2303, %v2304 = gpu.shuffle idx %v834, %v877, %v888 : f32
          %v2305, %v2306 = gpu.shuffle idx %v843, %v877, %v888 : f32
          %v2307, %v2308 = gpu.shuffle idx %v852, %v877, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2309 = arith.remui %v2302, %v12 : i64
          %v2310 = arith.cmpi eq, %v2309, %v42 : i64
          %v2311 = arith.andi %v2310, %v28 : i1
          scf.if %v2311 {
            %v2312 = arith.divui %v2302, %v12 : i64
            %v2313 = llvm.mlir.zero : !llvm.ptr
            %v2314 = llvm.icmp "ne" %ckpt_C, %v2313 : !llvm.ptr
            scf.if %v2314 {
              %v2319 = arith.muli %v2312, %v2318 : i64
              %v2320 = llvm.load %v6 : !llvm.ptr -> f32
              %v2321 = arith.muli %v35, %v910 : i64
              %v2322 = arith.muli %v33, %v909 : i64
              %v2323 = arith.addi %v2321, %v2322 : i64
              %v2324 = arith.muli %v24, %v908 : i64
              %v2325 = arith.addi %v2323, %v2324 : i64
              %v2326 = arith.muli %v31, %v2 : i64
              %v2327 = arith.addi %v2325, %v2326 : i64
              %v2328 = arith.addi %v2319, %v2327 : i64
              %v2329 = llvm.getelementptr %ckpt_C[%v2328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2320, %v2329 : f32, !llvm.ptr
              %v2330 = llvm.load %v7 : !llvm.ptr -> f32
              %v2331 = arith.muli %v35, %v910 : i64
              %v2332 = arith.muli %v33, %v909 : i64
              %v2333 = arith.addi %v2331, %v2332 : i64
              %v2334 = arith.constant 8 : i64
              %v2335 = arith.addi %v2334, %v24 : i64
              %v2336 = arith.muli %v2335, %v908 : i64
              %v2337 = arith.addi %v2333, %v2336 : i64
              %v2338 = arith.muli %v31, %v2 : i64
              %v2339 = arith.addi %v2337, %v2338 : i64
              %v2340 = arith.addi %v2319, %v2339 : i64
              %v2341 = llvm.getelementptr %ckpt_C[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2330, %v2341 : f32, !llvm.ptr
            }
            %v2342 = llvm.mlir.zero : !llvm.ptr
            %v2343 = llvm.icmp "ne" %ckpt_n, %v2342 : !llvm.ptr
            scf.if %v2343 {
              %v2347 = arith.muli %v2312, %v2346 : i64
              %v2348 = llvm.load %v8 : !llvm.ptr -> f32
              %v2349 = arith.muli %v35, %v940 : i64
              %v2350 = arith.muli %v33, %v939 : i64
              %v2351 = arith.addi %v2349, %v2350 : i64
              %v2352 = arith.muli %v24, %v2 : i64
              %v2353 = arith.addi %v2351, %v2352 : i64
              %v2354 = arith.addi %v2347, %v2353 : i64
              %v2355 = llvm.getelementptr %ckpt_n[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2348, %v2355 : f32, !llvm.ptr
              %v2356 = llvm.load %v9 : !llvm.ptr -> f32
              %v2357 = arith.muli %v35, %v940 : i64
              %v2358 = arith.muli %v33, %v939 : i64
              %v2359 = arith.addi %v2357, %v2358 : i64
              %v2360 = arith.constant 8 : i64
              %v2361 = arith.addi %v2360, %v24 : i64
              %v2362 = arith.muli %v2361, %v2 : i64
              %v2363 = arith.addi %v2359, %v2362 : i64
              %v2364 = arith.addi %v2347, %v2363 : i64
              %v2365 = llvm.getelementptr %ckpt_n[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2356, %v2365 : f32, !llvm.ptr
            }
          }
          // end save
          %v2366 = arith.mulf %v2305, %v666 fastmath<contract> : f32
          %v2367 = arith.mulf %v2366, %v2307 fastmath<contract> : f32
          %v2368 = llvm.load %v6 : !llvm.ptr -> f32
          %v2369 = arith.mulf %v2303, %v2368 fastmath<contract> : f32
          %v2370 = arith.addf %v2369, %v2367 fastmath<contract> : f32
          %v2371 = arith.mulf %v2305, %v677 fastmath<contract> : f32
          %v2372 = arith.mulf %v2371, %v2307 fastmath<contract> : f32
          %v2373 = llvm.load %v7 : !llvm.ptr -> f32
          %v2374 = arith.mulf %v2303, %v2373 fastmath<contract> : f32
          %v2375 = arith.addf %v2374, %v2372 fastmath<contract> : f32
          %v2376 = llvm.load %v8 : !llvm.ptr -> f32
          %v2377 = arith.mulf %v2303, %v2376 fastmath<contract> : f32
          %v2378 = arith.addf %v2377, %v2366 fastmath<contract> : f32
          %v2379 = llvm.load %v9 : !llvm.ptr -> f32
          %v2380 = arith.mulf %v2303, %v2379 fastmath<contract> : f32
          %v2381 = arith.addf %v2380, %v2371 fastmath<contract> : f32
          llvm.store %v2370, %v6 : f32, !llvm.ptr
          llvm.store %v2375, %v7 : f32, !llvm.ptr
          llvm.store %v2378, %v8 : f32, !llvm.ptr
          llvm.store %v2381, %v9 : f32, !llvm.ptr
          %v2382 = llvm.load %v6 : !llvm.ptr -> f32
          %v2383 = arith.mulf %v686, %v2382 fastmath<contract> : f32
          %v2384 = llvm.load %v7 : !llvm.ptr -> f32
          %v2385 = arith.mulf %v697, %v2384 fastmath<contract> : f32
          %v2386 = arith.addf %v2383, %v2385 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2387, %v2388 = gpu.shuffle xor %v2386, %v979, %v980 : f32
          %v2389 = arith.addf %v2386, %v2387 fastmath<contract> : f32
          %v2390, %v2391 = gpu.shuffle xor %v2389, %v984, %v980 : f32
          %v2392 = arith.addf %v2389, %v2390 fastmath<contract> : f32
          %v2393, %v2394 = gpu.shuffle xor %v2392, %v988, %v980 : f32
          %v2395 = arith.addf %v2392, %v2393 fastmath<contract> : f32
          // end sum over the lanes
          %v2396 = llvm.load %v8 : !llvm.ptr -> f32
          %v2397 = arith.mulf %v686, %v2396 fastmath<contract> : f32
          %v2398 = llvm.load %v9 : !llvm.ptr -> f32
          %v2399 = arith.mulf %v697, %v2398 fastmath<contract> : f32
          %v2400 = arith.addf %v2397, %v2399 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2401, %v2402 = gpu.shuffle xor %v2400, %v979, %v980 : f32
          %v2403 = arith.addf %v2400, %v2401 fastmath<contract> : f32
          %v2404, %v2405 = gpu.shuffle xor %v2403, %v984, %v980 : f32
          %v2406 = arith.addf %v2403, %v2404 fastmath<contract> : f32
          %v2407, %v2408 = gpu.shuffle xor %v2406, %v988, %v980 : f32
          %v2409 = arith.addf %v2406, %v2407 fastmath<contract> : f32
          // end sum over the lanes
          %v2410 = arith.addi %v82, %v118 : i64
          %v2411, %v2412 = gpu.shuffle idx %v834, %v881, %v888 : f32
          %v2413, %v2414 = gpu.shuffle idx %v843, %v881, %v888 : f32
          %v2415, %v2416 = gpu.shuffle idx %v852, %v881, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2417 = arith.remui %v2410, %v12 : i64
          %v2418 = arith.cmpi eq, %v2417, %v42 : i64
          %v2419 = arith.andi %v2418, %v28 : i1
          scf.if %v2419 {
            %v2420 = arith.divui %v2410, %v12 : i64
            %v2421 = llvm.mlir.zero : !llvm.ptr
            %v2422 = llvm.icmp "ne" %ckpt_C, %v2421 : !llvm.ptr
            scf.if %v2422 {
              %v2427 = arith.muli %v2420, %v2426 : i64
              %v2428 = llvm.load %v6 : !llvm.ptr -> f32
              %v2429 = arith.muli %v35, %v910 : i64
              %v2430 = arith.muli %v33, %v909 : i64
              %v2431 = arith.addi %v2429, %v2430 : i64
              %v2432 = arith.muli %v24, %v908 : i64
              %v2433 = arith.addi %v2431, %v2432 : i64
              %v2434 = arith.muli %v31, %v2 : i64
              %v2435 = arith.addi %v2433, %v2434 : i64
              %v2436 = arith.addi %v2427, %v2435 : i64
              %v2437 = llvm.getelementptr %ckpt_C[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2428, %v2437 : f32, !llvm.ptr
              %v2438 = llvm.load %v7 : !llvm.ptr -> f32
              %v2439 = arith.muli %v35, %v910 : i64
              %v2440 = arith.muli %v33, %v909 : i64
              %v2441 = arith.addi %v2439, %v2440 : i64
              %v2442 = arith.constant 8 : i64
              %v2443 = arith.addi %v2442, %v24 : i64
              %v2444 = arith.muli %v2443, %v908 : i64
              %v2445 = arith.addi %v2441, %v2444 : i64
              %v2446 = arith.muli %v31, %v2 : i64
              %v2447 = arith.addi %v2445, %v2446 : i64
              %v2448 = arith.addi %v2427, %v2447 : i64
              %v2449 = llvm.getelementptr %ckpt_C[%v2448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2438, %v2449 : f32, !llvm.ptr
            }
            %v2450 = llvm.mlir.zero : !llvm.ptr
            %v2451 = llvm.icmp "ne" %ckpt_n, %v2450 : !llvm.ptr
            scf.if %v2451 {
              %v2455 = arith.muli %v2420, %v2454 : i64
              %v2456 = llvm.load %v8 : !llvm.ptr -> f32
              %v2457 = arith.muli %v35, %v940 : i64
              %v2458 = arith.muli %v33, %v939 : i64
              %v2459 = arith.addi %v2457, %v2458 : i64
              %v2460 = arith.muli %v24, %v2 : i64
              %v2461 = arith.addi %v2459, %v2460 : i64
              %v2462 = arith.addi %v2455, %v2461 : i64
              %v2463 = llvm.getelementptr %ckpt_n[%v2462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2456, %v2463 : f32, !llvm.ptr
              %v2464 = llvm.load %v9 : !llvm.ptr -> f32
              %v2465 = arith.muli %v35, %v940 : i64
              %v2466 = arith.muli %v33, %v939 : i64
              %v2467 = arith.addi %v2465, %v2466 : i64
              %v2468 = arith.constant 8 : i64
              %v2469 = arith.addi %v2468, %v24 : i64
              %v2470 = arith.muli %v2469, %v2 : i64
              %v2471 = arith.addi %v2467, %v2470 : i64
              %v2472 = arith.addi %v2455, %v2471 : i64
              %v2473 = llvm.getelementptr %ckpt_n[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2464, %v2473 : f32, !llvm.ptr
            }
          }
          // end save
          %v2474 = arith.mulf %v2413, %v707 fastmath<contract> : f32
          %v2475 = arith.mulf %v2474, %v2415 fastmath<contract> : f32
          %v2476 = llvm.load %v6 : !llvm.ptr -> f32
          %v2477 = arith.mulf %v2411, %v2476 fastmath<contract> : f32
          %v2478 = arith.addf %v2477, %v2475 fastmath<contract> : f32
          %v2479 = arith.mulf %v2413, %v718 fastmath<contract> : f32
          %v2480 = arith.mulf %v2479, %v2415 fastmath<contract> : f32
          %v2481 = llvm.load %v7 : !llvm.ptr -> f32
          %v2482 = arith.mulf %v2411, %v2481 fastmath<contract> : f32
          %v2483 = arith.addf %v2482, %v2480 fastmath<contract> : f32
          %v2484 = llvm.load %v8 : !llvm.ptr -> f32
          %v2485 = arith.mulf %v2411, %v2484 fastmath<contract> : f32
          %v2486 = arith.addf %v2485, %v2474 fastmath<contract> : f32
          %v2487 = llvm.load %v9 : !llvm.ptr -> f32
          %v2488 = arith.mulf %v2411, %v2487 fastmath<contract> : f32
          %v2489 = arith.addf %v2488, %v2479 fastmath<contract> : f32
          llvm.store %v2478, %v6 : f32, !llvm.ptr
          llvm.store %v2483, %v7 : f32, !llvm.ptr
          llvm.store %v2486, %v8 : f32, !llvm.ptr
          llvm.store %v2489, %v9 : f32, !llvm.ptr
          %v2490 = llvm.load %v6 : !llvm.ptr -> f32
          %v2491 = arith.mulf %v727, %v2490 fastmath<contract> : f32
          %v2492 = llvm.load %v7 : !llvm.ptr -> f32
          %v2493 = arith.mulf %v738, %v2492 fastmath<contract> : f32
          %v2494 = arith.addf %v2491, %v2493 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2495, %v2496 = gpu.shuffle xor %v2494, %v979, %v980 : f32
          %v2497 = arith.addf %v2494, %v2495 fastmath<contract> : f32
          %v2498, %v2499 = gpu.shuffle xor %v2497, %v984, %v980 : f32
          %v2500 = arith.addf %v2497, %v2498 fastmath<contract> : f32
          %v2501, %v2502 = gpu.shuffle xor %v2500, %v988, %v980 : f32
          %v2503 = arith.addf %v2500, %v2501 fastmath<contract> : f32
          // end sum over the lanes
          %v2504 = llvm.load %v8 : !llvm.ptr -> f32
          %v2505 = arith.mulf %v727, %v2504 fastmath<contract> : f32
          %v2506 = llvm.load %v9 : !llvm.ptr -> f32
          %v2507 = arith.mulf %v738, %v2506 fastmath<contract> : f32
          %v2508 = arith.addf %v2505, %v2507 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2509, %v2510 = gpu.shuffle xor %v2508, %v979, %v980 : f32
          %v2511 = arith.addf %v2508, %v2509 fastmath<contract> : f32
          %v2512, %v2513 = gpu.shuffle xor %v2511, %v984, %v980 : f32
          %v2514 = arith.addf %v2511, %v2512 fastmath<contract> : f32
          %v2515, %v2516 = gpu.shuffle xor %v2514, %v988, %v980 : f32
          %v2517 = arith.addf %v2514, %v2515 fastmath<contract> : f32
          // end sum over the lanes
          %v2518 = arith.addi %v82, %v120 : i64
          %v2519, %v2520 = gpu.shuffle idx %v834, %v885, %v888 : f32
          %v2521, %v2522 = gpu.shuffle idx %v843, %v885, %v888 : f32
          %v2523, %v2524 = gpu.shuffle idx %v852, %v885, %v888 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2525 = arith.remui %v2518, %v12 : i64
          %v2526 = arith.cmpi eq, %v2525, %v42 : i64
          %v2527 = arith.andi %v2526, %v28 : i1
          scf.if %v2527 {
            %v2528 = arith.divui %v2518, %v12 : i64
            %v2529 = llvm.mlir.zero : !llvm.ptr
            %v2530 = llvm.icmp "ne" %ckpt_C, %v2529 : !llvm.ptr
            scf.if %v2530 {
              %v2535 = arith.muli %v2528, %v2534 : i64
              %v2536 = llvm.load %v6 : !llvm.ptr -> f32
              %v2537 = arith.muli %v35, %v910 : i64
              %v2538 = arith.muli %v33, %v909 : i64
              %v2539 = arith.addi %v2537, %v2538 : i64
              %v2540 = arith.muli %v24, %v908 : i64
              %v2541 = arith.addi %v2539, %v2540 : i64
              %v2542 = arith.muli %v31, %v2 : i64
              %v2543 = arith.addi %v2541, %v2542 : i64
              %v2544 = arith.addi %v2535, %v2543 : i64
              %v2545 = llvm.getelementptr %ckpt_C[%v2544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2536, %v2545 : f32, !llvm.ptr
              %v2546 = llvm.load %v7 : !llvm.ptr -> f32
              %v2547 = arith.muli %v35, %v910 : i64
              %v2548 = arith.muli %v33, %v909 : i64
              %v2549 = arith.addi %v2547, %v2548 : i64
              %v2550 = arith.constant 8 : i64
              %v2551 = arith.addi %v2550, %v24 : i64
              %v2552 = arith.muli %v2551, %v908 : i64
              %v2553 = arith.addi %v2549, %v2552 : i64
              %v2554 = arith.muli %v31, %v2 : i64
              %v2555 = arith.addi %v2553, %v2554 : i64
              %v2556 = arith.addi %v2535, %v2555 : i64
              %v2557 = llvm.getelementptr %ckpt_C[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2546, %v2557 : f32, !llvm.ptr
            }
            %v2558 = llvm.mlir.zero : !llvm.ptr
            %v2559 = llvm.icmp "ne" %ckpt_n, %v2558 : !llvm.ptr
            scf.if %v2559 {
              %v2563 = arith.muli %v2528, %v2562 : i64
              %v2564 = llvm.load %v8 : !llvm.ptr -> f32
              %v2565 = arith.muli %v35, %v940 : i64
              %v2566 = arith.muli %v33, %v939 : i64
              %v2567 = arith.addi %v2565, %v2566 : i64
              %v2568 = arith.muli %v24, %v2 : i64
              %v2569 = arith.addi %v2567, %v2568 : i64
              %v2570 = arith.addi %v2563, %v2569 : i64
              %v2571 = llvm.getelementptr %ckpt_n[%v2570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2564, %v2571 : f32, !llvm.ptr
              %v2572 = llvm.load %v9 : !llvm.ptr -> f32
              %v2573 = arith.muli %v35, %v940 : i64
              %v2574 = arith.muli %v33, %v939 : i64
              %v2575 = arith.addi %v2573, %v2574 : i64
              %v2576 = arith.constant 8 : i64
              %v2577 = arith.addi %v2576, %v24 : i64
              %v2578 = arith.muli %v2577, %v2 : i64
              %v2579 = arith.addi %v2575, %v2578 : i64
              %v2580 = arith.addi %v2563, %v2579 : i64
              %v2581 = llvm.getelementptr %ckpt_n[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2572, %v2581 : f32, !llvm.ptr
            }
          }
          // end save
          %v2582 = arith.mulf %v2521, %v748 fastmath<contract> : f32
          %v2583 = arith.mulf %v2582, %v2523 fastmath<contract> : f32
          %v2584 = llvm.load %v6 : !llvm.ptr -> f32
          %v2585 = arith.mulf %v2519, %v2584 fastmath<contract> : f32
          %v2586 = arith.addf %v2585, %v2583 fastmath<contract> : f32
          %v2587 = arith.mulf %v2521, %v759 fastmath<contract> : f32
          %v2588 = arith.mulf %v2587, %v2523 fastmath<contract> : f32
          %v2589 = llvm.load %v7 : !llvm.ptr -> f32
          %v2590 = arith.mulf %v2519, %v2589 fastmath<contract> : f32
          %v2591 = arith.addf %v2590, %v2588 fastmath<contract> : f32
          %v2592 = llvm.load %v8 : !llvm.ptr -> f32
          %v2593 = arith.mulf %v2519, %v2592 fastmath<contract> : f32
          %v2594 = arith.addf %v2593, %v2582 fastmath<contract> : f32
          %v2595 = llvm.load %v9 : !llvm.ptr -> f32
          %v2596 = arith.mulf %v2519, %v2595 fastmath<contract> : f32
          %v2597 = arith.addf %v2596, %v2587 fastmath<contract> : f32
          llvm.store %v2586, %v6 : f32, !llvm.ptr
          llvm.store %v2591, %v7 : f32, !llvm.ptr
          llvm.store %v2594, %v8 : f32, !llvm.ptr
          llvm.store %v2597, %v9 : f32, !llvm.ptr
          %v2598 = llvm.load %v6 : !llvm.ptr -> f32
          %v2599 = arith.mulf %v768, %v2598 fastmath<contract> : f32
          %v2600 = llvm.load %v7 : !llvm.ptr -> f32
          %v2601 = arith.mulf %v779, %v2600 fastmath<contract> : f32
          %v2602 = arith.addf %v2599, %v2601 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2603, %v2604 = gpu.shuffle xor %v2602, %v979, %v980 : f32
          %v2605 = arith.addf %v2602, %v2603 fastmath<contract> : f32
          %v2606, %v2607 = gpu.shuffle xor %v2605, %v984, %v980 : f32
          %v2608 = arith.addf %v2605, %v2606 fastmath<contract> : f32
          %v2609, %v2610 = gpu.shuffle xor %v2608, %v988, %v980 : f32
          %v2611 = arith.addf %v2608, %v2609 fastmath<contract> : f32
          // end sum over the lanes
          %v2612 = llvm.load %v8 : !llvm.ptr -> f32
          %v2613 = arith.mulf %v768, %v2612 fastmath<contract> : f32
          %v2614 = llvm.load %v9 : !llvm.ptr -> f32
          %v2615 = arith.mulf %v779, %v2614 fastmath<contract> : f32
          %v2616 = arith.addf %v2613, %v2615 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2617, %v2618 = gpu.shuffle xor %v2616, %v979, %v980 : f32
          %v2619 = arith.addf %v2616, %v2617 fastmath<contract> : f32
          %v2620, %v2621 = gpu.shuffle xor %v2619, %v984, %v980 : f32
          %v2622 = arith.addf %v2619, %v2620 fastmath<contract> : f32
          %v2623, %v2624 = gpu.shuffle xor %v2622, %v988, %v980 : f32
          %v2625 = arith.addf %v2622, %v2623 fastmath<contract> : f32
          // end sum over the lanes
          %v2626 = arith.addi %v82, %v781 : i64
          %v2627 = arith.select %v863, %v1099, %v991 : f32
          %v2628 = arith.select %v867, %v1207, %v2627 : f32
          %v2629 = arith.select %v871, %v1315, %v2628 : f32
          %v2630 = arith.select %v875, %v1423, %v2629 : f32
          %v2631 = arith.select %v879, %v1531, %v2630 : f32
          %v2632 = arith.select %v883, %v1639, %v2631 : f32
          %v2633 = arith.select %v887, %v1747, %v2632 : f32
          %v2634 = arith.select %v863, %v1113, %v1005 : f32
          %v2635 = arith.select %v867, %v1221, %v2634 : f32
          %v2636 = arith.select %v871, %v1329, %v2635 : f32
          %v2637 = arith.select %v875, %v1437, %v2636 : f32
          %v2638 = arith.select %v879, %v1545, %v2637 : f32
          %v2639 = arith.select %v883, %v1653, %v2638 : f32
          %v2640 = arith.select %v887, %v1761, %v2639 : f32
          %v2641 = llvm.call_intrinsic "llvm.fabs.f32"(%v2640) : (f32) -> f32
          %v2642 = arith.maximumf %v792, %v2641 : f32
          %v2643 = arith.divf %v2633, %v2642 : f32
          scf.if %v28 {
            %v2644 = arith.muli %v35, %v810 : i64
            %v2645 = arith.muli %v2626, %v809 : i64
            %v2646 = arith.addi %v2644, %v2645 : i64
            %v2647 = arith.muli %v33, %v808 : i64
            %v2648 = arith.addi %v2646, %v2647 : i64
            %v2649 = arith.muli %v31, %v2 : i64
            %v2650 = arith.addi %v2648, %v2649 : i64
            %v2651 = llvm.getelementptr %out_o[%v2650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2643, %v2651 : f32, !llvm.ptr
          }
          %v2652 = arith.addi %v82, %v821 : i64
          %v2653 = arith.select %v863, %v1963, %v1855 : f32
          %v2654 = arith.select %v867, %v2071, %v2653 : f32
          %v2655 = arith.select %v871, %v2179, %v2654 : f32
          %v2656 = arith.select %v875, %v2287, %v2655 : f32
          %v2657 = arith.select %v879, %v2395, %v2656 : f32
          %v2658 = arith.select %v883, %v2503, %v2657 : f32
          %v2659 = arith.select %v887, %v2611, %v2658 : f32
          %v2660 = arith.select %v863, %v1977, %v1869 : f32
          %v2661 = arith.select %v867, %v2085, %v2660 : f32
          %v2662 = arith.select %v871, %v2193, %v2661 : f32
          %v2663 = arith.select %v875, %v2301, %v2662 : f32
          %v2664 = arith.select %v879, %v2409, %v2663 : f32
          %v2665 = arith.select %v883, %v2517, %v2664 : f32
          %v2666 = arith.select %v887, %v2625, %v2665 : f32
          %v2667 = llvm.call_intrinsic "llvm.fabs.f32"(%v2666) : (f32) -> f32
          %v2668 = arith.maximumf %v792, %v2667 : f32
          %v2669 = arith.divf %v2659, %v2668 : f32
          scf.if %v28 {
            %v2670 = arith.muli %v35, %v810 : i64
            %v2671 = arith.muli %v2652, %v809 : i64
            %v2672 = arith.addi %v2670, %v2671 : i64
            %v2673 = arith.muli %v33, %v808 : i64
            %v2674 = arith.addi %v2672, %v2673 : i64
            %v2675 = arith.muli %v31, %v2 : i64
            %v2676 = arith.addi %v2674, %v2675 : i64
            %v2677 = llvm.getelementptr %out_o[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2669, %v2677 : f32, !llvm.ptr
          }
        }
        %v2678 = arith.muli %v85, %v1 : i64
        %v2679 = arith.index_cast %v2678 : i64 to index
        %v2680 = arith.index_cast %v84 : i64 to index
        %v2681 = arith.index_cast %v2 : i64 to index
        scf.for %v2682 = %v2679 to %v2680 step %v2681 {
          %v2683 = arith.index_cast %v2682 : index to i64
          %v2684 = arith.addi %v82, %v2683 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v2685 = arith.remui %v2684, %v12 : i64
          %v2686 = arith.cmpi eq, %v2685, %v42 : i64
          %v2687 = arith.andi %v2686, %v28 : i1
          scf.if %v2687 {
            %v2688 = arith.divui %v2684, %v12 : i64
            %v2689 = llvm.mlir.zero : !llvm.ptr
            %v2690 = llvm.icmp "ne" %ckpt_C, %v2689 : !llvm.ptr
            scf.if %v2690 {
              %v2695 = arith.muli %v2688, %v2694 : i64
              %v2696 = llvm.load %v6 : !llvm.ptr -> f32
              %v2697 = arith.muli %v35, %v910 : i64
              %v2698 = arith.muli %v33, %v909 : i64
              %v2699 = arith.addi %v2697, %v2698 : i64
              %v2700 = arith.muli %v24, %v908 : i64
              %v2701 = arith.addi %v2699, %v2700 : i64
              %v2702 = arith.muli %v31, %v2 : i64
              %v2703 = arith.addi %v2701, %v2702 : i64
              %v2704 = arith.addi %v2695, %v2703 : i64
              %v2705 = llvm.getelementptr %ckpt_C[%v2704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2696, %v2705 : f32, !llvm.ptr
              %v2706 = llvm.load %v7 : !llvm.ptr -> f32
              %v2707 = arith.muli %v35, %v910 : i64
              %v2708 = arith.muli %v33, %v909 : i64
              %v2709 = arith.addi %v2707, %v2708 : i64
              %v2710 = arith.constant 8 : i64
              %v2711 = arith.addi %v2710, %v24 : i64
              %v2712 = arith.muli %v2711, %v908 : i64
              %v2713 = arith.addi %v2709, %v2712 : i64
              %v2714 = arith.muli %v31, %v2 : i64
              %v2715 = arith.addi %v2713, %v2714 : i64
              %v2716 = arith.addi %v2695, %v2715 : i64
              %v2717 = llvm.getelementptr %ckpt_C[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2706, %v2717 : f32, !llvm.ptr
            }
            %v2718 = llvm.mlir.zero : !llvm.ptr
            %v2719 = llvm.icmp "ne" %ckpt_n, %v2718 : !llvm.ptr
            scf.if %v2719 {
              %v2723 = arith.muli %v2688, %v2722 : i64
              %v2724 = llvm.load %v8 : !llvm.ptr -> f32
              %v2725 = arith.muli %v35, %v940 : i64
              %v2726 = arith.muli %v33, %v939 : i64
              %v2727 = arith.addi %v2725, %v2726 : i64
              %v2728 = arith.muli %v24, %v2 : i64
              %v2729 = arith.addi %v2727, %v2728 : i64
              %v2730 = arith.addi %v2723, %v2729 : i64
              %v2731 = llvm.getelementptr %ckpt_n[%v2730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2724, %v2731 : f32, !llvm.ptr
              %v2732 = llvm.load %v9 : !llvm.ptr -> f32
              %v2733 = arith.muli %v35, %v940 : i64
              %v2734 = arith.muli %v33, %v939 : i64
              %v2735 = arith.addi %v2733, %v2734 : i64
              %v2736 = arith.constant 8 : i64
              %v2737 = arith.addi %v2736, %v24 : i64
              %v2738 = arith.muli %v2737, %v2 : i64
              %v2739 = arith.addi %v2735, %v2738 : i64
              %v2740 = arith.addi %v2723, %v2739 : i64
              %v2741 = llvm.getelementptr %ckpt_n[%v2740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2732, %v2741 : f32, !llvm.ptr
            }
          }
          // end save
          %v2742 = arith.muli %v35, %v784 : i64
          %v2743 = arith.muli %v2684, %v783 : i64
          %v2744 = arith.addi %v2742, %v2743 : i64
          %v2745 = arith.muli %v33, %v2 : i64
          %v2746 = arith.addi %v2744, %v2745 : i64
          %v2747 = llvm.getelementptr %in_fg[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2748 = llvm.load %v2747 : !llvm.ptr -> f32
          %v2749 = arith.negf %v2748 : f32
          %v2750 = arith.mulf %v2749, %v794 fastmath<contract> : f32
          %v2751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2750) : (f32) -> f32
          %v2752 = arith.addf %v792, %v2751 fastmath<contract> : f32
          %v2753 = arith.divf %v792, %v2752 : f32
          %v2754 = arith.muli %v35, %v784 : i64
          %v2755 = arith.muli %v2684, %v783 : i64
          %v2756 = arith.addi %v2754, %v2755 : i64
          %v2757 = arith.muli %v33, %v2 : i64
          %v2758 = arith.addi %v2756, %v2757 : i64
          %v2759 = llvm.getelementptr %in_ig[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
          %v2761 = arith.mulf %v2760, %v794 fastmath<contract> : f32
          %v2762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2761) : (f32) -> f32
          %v2763 = arith.muli %v35, %v124 : i64
          %v2764 = arith.muli %v2684, %v123 : i64
          %v2765 = arith.addi %v2763, %v2764 : i64
          %v2766 = arith.muli %v33, %v122 : i64
          %v2767 = arith.addi %v2765, %v2766 : i64
          %v2768 = arith.muli %v24, %v2 : i64
          %v2769 = arith.addi %v2767, %v2768 : i64
          %v2770 = llvm.getelementptr %in_k[%v2769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2771 = llvm.load %v2770 : !llvm.ptr -> f32
          %v2772 = arith.mulf %v2762, %v2771 fastmath<contract> : f32
          %v2773 = arith.muli %v35, %v810 : i64
          %v2774 = arith.muli %v2684, %v809 : i64
          %v2775 = arith.addi %v2773, %v2774 : i64
          %v2776 = arith.muli %v33, %v808 : i64
          %v2777 = arith.addi %v2775, %v2776 : i64
          %v2778 = arith.muli %v31, %v2 : i64
          %v2779 = arith.addi %v2777, %v2778 : i64
          %v2780 = llvm.getelementptr %in_v[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2781 = llvm.load %v2780 : !llvm.ptr -> f32
          %v2782 = arith.mulf %v2772, %v2781 fastmath<contract> : f32
          %v2783 = llvm.load %v6 : !llvm.ptr -> f32
          %v2784 = arith.mulf %v2753, %v2783 fastmath<contract> : f32
          %v2785 = arith.addf %v2784, %v2782 fastmath<contract> : f32
          %v2786 = arith.muli %v35, %v124 : i64
          %v2787 = arith.muli %v2684, %v123 : i64
          %v2788 = arith.addi %v2786, %v2787 : i64
          %v2789 = arith.muli %v33, %v122 : i64
          %v2790 = arith.addi %v2788, %v2789 : i64
          %v2791 = arith.constant 8 : i64
          %v2792 = arith.addi %v2791, %v24 : i64
          %v2793 = arith.muli %v2792, %v2 : i64
          %v2794 = arith.addi %v2790, %v2793 : i64
          %v2795 = llvm.getelementptr %in_k[%v2794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2796 = llvm.load %v2795 : !llvm.ptr -> f32
          %v2797 = arith.mulf %v2762, %v2796 fastmath<contract> : f32
          %v2798 = arith.mulf %v2797, %v2781 fastmath<contract> : f32
          %v2799 = llvm.load %v7 : !llvm.ptr -> f32
          %v2800 = arith.mulf %v2753, %v2799 fastmath<contract> : f32
          %v2801 = arith.addf %v2800, %v2798 fastmath<contract> : f32
          %v2802 = llvm.load %v8 : !llvm.ptr -> f32
          %v2803 = arith.mulf %v2753, %v2802 fastmath<contract> : f32
          %v2804 = arith.addf %v2803, %v2772 fastmath<contract> : f32
          %v2805 = llvm.load %v9 : !llvm.ptr -> f32
          %v2806 = arith.mulf %v2753, %v2805 fastmath<contract> : f32
          %v2807 = arith.addf %v2806, %v2797 fastmath<contract> : f32
          llvm.store %v2785, %v6 : f32, !llvm.ptr
          llvm.store %v2801, %v7 : f32, !llvm.ptr
          llvm.store %v2804, %v8 : f32, !llvm.ptr
          llvm.store %v2807, %v9 : f32, !llvm.ptr
          %v2808 = arith.muli %v35, %v124 : i64
          %v2809 = arith.muli %v2684, %v123 : i64
          %v2810 = arith.addi %v2808, %v2809 : i64
          %v2811 = arith.muli %v33, %v122 : i64
          %v2812 = arith.addi %v2810, %v2811 : i64
          %v2813 = arith.muli %v24, %v2 : i64
          %v2814 = arith.addi %v2812, %v2813 : i64
          %v2815 = llvm.getelementptr %in_q[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
          %v2817 = llvm.load %v6 : !llvm.ptr -> f32
          %v2818 = arith.mulf %v2816, %v2817 fastmath<contract> : f32
          %v2819 = arith.muli %v35, %v124 : i64
          %v2820 = arith.muli %v2684, %v123 : i64
          %v2821 = arith.addi %v2819, %v2820 : i64
          %v2822 = arith.muli %v33, %v122 : i64
          %v2823 = arith.addi %v2821, %v2822 : i64
          %v2824 = arith.constant 8 : i64
          %v2825 = arith.addi %v2824, %v24 : i64
          %v2826 = arith.muli %v2825, %v2 : i64
          %v2827 = arith.addi %v2823, %v2826 : i64
          %v2828 = llvm.getelementptr %in_q[%v2827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2829 = llvm.load %v2828 : !llvm.ptr -> f32
          %v2830 = llvm.load %v7 : !llvm.ptr -> f32
          %v2831 = arith.mulf %v2829, %v2830 fastmath<contract> : f32
          %v2832 = arith.addf %v2818, %v2831 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2833, %v2834 = gpu.shuffle xor %v2832, %v979, %v980 : f32
          %v2835 = arith.addf %v2832, %v2833 fastmath<contract> : f32
          %v2836, %v2837 = gpu.shuffle xor %v2835, %v984, %v980 : f32
          %v2838 = arith.addf %v2835, %v2836 fastmath<contract> : f32
          %v2839, %v2840 = gpu.shuffle xor %v2838, %v988, %v980 : f32
          %v2841 = arith.addf %v2838, %v2839 fastmath<contract> : f32
          // end sum over the lanes
          %v2842 = llvm.load %v8 : !llvm.ptr -> f32
          %v2843 = arith.mulf %v2816, %v2842 fastmath<contract> : f32
          %v2844 = llvm.load %v9 : !llvm.ptr -> f32
          %v2845 = arith.mulf %v2829, %v2844 fastmath<contract> : f32
          %v2846 = arith.addf %v2843, %v2845 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v2847, %v2848 = gpu.shuffle xor %v2846, %v979, %v980 : f32
          %v2849 = arith.addf %v2846, %v2847 fastmath<contract> : f32
          %v2850, %v2851 = gpu.shuffle xor %v2849, %v984, %v980 : f32
          %v2852 = arith.addf %v2849, %v2850 fastmath<contract> : f32
          %v2853, %v2854 = gpu.shuffle xor %v2852, %v988, %v980 : f32
          %v2855 = arith.addf %v2852, %v2853 fastmath<contract> : f32
          // end sum over the lanes
          %v2856 = llvm.call_intrinsic "llvm.fabs.f32"(%v2855) : (f32) -> f32
          %v2857 = arith.maximumf %v792, %v2856 : f32
          %v2858 = arith.divf %v2841, %v2857 : f32
          scf.if %v28 {
            %v2859 = arith.muli %v35, %v810 : i64
            %v2860 = arith.muli %v2684, %v809 : i64
            %v2861 = arith.addi %v2859, %v2860 : i64
            %v2862 = arith.muli %v33, %v808 : i64
            %v2863 = arith.addi %v2861, %v2862 : i64
            %v2864 = arith.muli %v31, %v2 : i64
            %v2865 = arith.addi %v2863, %v2864 : i64
            %v2866 = llvm.getelementptr %out_o[%v2865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2858, %v2866 : f32, !llvm.ptr
          }
        }
      }
      %v2867 = arith.subi %v13, %v2 : i64
      %v2868 = arith.cmpi eq, %v22, %v2867 : i64
      %v2869 = arith.andi %v28, %v2868 : i1
      gpu.return
    }
  }
}
