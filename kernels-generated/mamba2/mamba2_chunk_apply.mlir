module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_chunk_apply(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %out_y: !llvm.ptr, %carry_S: !llvm.ptr, %ckpt_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_P : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = arith.constant 63 : i64
      %v9 = arith.addi %size_L, %v8 : i64
      %v10 = arith.constant 64 : i64
      %v11 = arith.divui %v9, %v10 : i64
      %v16 = arith.constant 8 : i64
      %v40 = arith.constant 0 : i64
      %v57 = arith.constant 32 : i64
      %v74 = arith.constant 2 : i64
      %v76 = arith.constant 3 : i64
      %v78 = arith.constant 4 : i64
      %v80 = arith.constant 5 : i64
      %v82 = arith.constant 6 : i64
      %v84 = arith.constant 7 : i64
      %v87 = arith.constant 9 : i64
      %v89 = arith.constant 10 : i64
      %v91 = arith.constant 11 : i64
      %v93 = arith.constant 12 : i64
      %v95 = arith.constant 13 : i64
      %v97 = arith.constant 14 : i64
      %v99 = arith.constant 15 : i64
      %v102 = arith.muli %v2, %v1 : i64
      %v103 = arith.muli %v102, %size_L : i64
      %v637 = arith.constant 0x3FB8AA3B : f32
      %v641 = arith.muli %v2, %size_H : i64
      %v642 = arith.muli %v641, %size_L : i64
      %v654 = arith.constant 0x00000000 : f32
      %v660 = arith.constant 0x3F800000 : f32
      %v663 = arith.constant 0x3F317218 : f32
      %v665 = arith.constant 0x3E124925 : f32
      %v667 = arith.constant 0xBE2AAAAB : f32
      %v670 = arith.constant 0x3E4CCCCD : f32
      %v673 = arith.constant 0xBE800000 : f32
      %v676 = arith.constant 0x3EAAAAAB : f32
      %v679 = arith.constant 0xBF000000 : f32
      %v685 = arith.constant 0x3D800000 : f32
      %v692 = arith.muli %v2, %size_P : i64
      %v693 = arith.muli %v692, %size_H : i64
      %v694 = arith.muli %v693, %size_L : i64
      %v807 = arith.muli %v2, %size_B : i64
      %v808 = arith.muli %v807, %size_H : i64
      %v809 = arith.muli %v808, %size_P : i64
      %v810 = arith.muli %v809, %v1 : i64
      %v813 = arith.muli %v2, %v1 : i64
      %v814 = arith.muli %v813, %size_P : i64
      %v815 = arith.muli %v814, %size_H : i64
      %v850 = arith.constant 1 : i32
      %v851 = arith.constant 32 : i32
      %v855 = arith.constant 2 : i32
      %v859 = arith.constant 4 : i32
      %v874 = arith.muli %v2, %size_B : i64
      %v875 = arith.muli %v874, %size_H : i64
      %v876 = arith.muli %v875, %size_P : i64
      %v877 = arith.muli %v876, %v1 : i64
      %v934 = arith.muli %v2, %size_B : i64
      %v935 = arith.muli %v934, %size_H : i64
      %v936 = arith.muli %v935, %size_P : i64
      %v937 = arith.muli %v936, %v1 : i64
      %v994 = arith.muli %v2, %size_B : i64
      %v995 = arith.muli %v994, %size_H : i64
      %v996 = arith.muli %v995, %size_P : i64
      %v997 = arith.muli %v996, %v1 : i64
      %v1054 = arith.muli %v2, %size_B : i64
      %v1055 = arith.muli %v1054, %size_H : i64
      %v1056 = arith.muli %v1055, %size_P : i64
      %v1057 = arith.muli %v1056, %v1 : i64
      %v1114 = arith.muli %v2, %size_B : i64
      %v1115 = arith.muli %v1114, %size_H : i64
      %v1116 = arith.muli %v1115, %size_P : i64
      %v1117 = arith.muli %v1116, %v1 : i64
      %v1174 = arith.muli %v2, %size_B : i64
      %v1175 = arith.muli %v1174, %size_H : i64
      %v1176 = arith.muli %v1175, %size_P : i64
      %v1177 = arith.muli %v1176, %v1 : i64
      %v1234 = arith.muli %v2, %size_B : i64
      %v1235 = arith.muli %v1234, %size_H : i64
      %v1236 = arith.muli %v1235, %size_P : i64
      %v1237 = arith.muli %v1236, %v1 : i64
      %v1294 = arith.muli %v2, %size_B : i64
      %v1295 = arith.muli %v1294, %size_H : i64
      %v1296 = arith.muli %v1295, %size_P : i64
      %v1297 = arith.muli %v1296, %v1 : i64
      %v1354 = arith.muli %v2, %size_B : i64
      %v1355 = arith.muli %v1354, %size_H : i64
      %v1356 = arith.muli %v1355, %size_P : i64
      %v1357 = arith.muli %v1356, %v1 : i64
      %v1414 = arith.muli %v2, %size_B : i64
      %v1415 = arith.muli %v1414, %size_H : i64
      %v1416 = arith.muli %v1415, %size_P : i64
      %v1417 = arith.muli %v1416, %v1 : i64
      %v1474 = arith.muli %v2, %size_B : i64
      %v1475 = arith.muli %v1474, %size_H : i64
      %v1476 = arith.muli %v1475, %size_P : i64
      %v1477 = arith.muli %v1476, %v1 : i64
      %v1534 = arith.muli %v2, %size_B : i64
      %v1535 = arith.muli %v1534, %size_H : i64
      %v1536 = arith.muli %v1535, %size_P : i64
      %v1537 = arith.muli %v1536, %v1 : i64
      %v1594 = arith.muli %v2, %size_B : i64
      %v1595 = arith.muli %v1594, %size_H : i64
      %v1596 = arith.muli %v1595, %size_P : i64
      %v1597 = arith.muli %v1596, %v1 : i64
      %v1654 = arith.muli %v2, %size_B : i64
      %v1655 = arith.muli %v1654, %size_H : i64
      %v1656 = arith.muli %v1655, %size_P : i64
      %v1657 = arith.muli %v1656, %v1 : i64
      %v1714 = arith.muli %v2, %size_B : i64
      %v1715 = arith.muli %v1714, %size_H : i64
      %v1716 = arith.muli %v1715, %size_P : i64
      %v1717 = arith.muli %v1716, %v1 : i64
      %v1810 = arith.muli %v2, %size_B : i64
      %v1811 = arith.muli %v1810, %size_H : i64
      %v1812 = arith.muli %v1811, %size_P : i64
      %v1813 = arith.muli %v1812, %v1 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.subi %v16, %v2 : i64
      %v18 = arith.addi %v5, %v17 : i64
      %v19 = arith.divui %v18, %v16 : i64
      %v20 = arith.divui %v15, %v19 : i64
      %v21 = arith.remui %v15, %v19 : i64
      %v22 = arith.remui %v14, %v16 : i64
      %v23 = arith.divui %v14, %v16 : i64
      %v24 = arith.muli %v21, %v16 : i64
      %v25 = arith.addi %v24, %v23 : i64
      %v26 = arith.cmpi slt, %v25, %v5 : i64
      %v27 = arith.subi %v5, %v2 : i64
      %v28 = arith.minsi %v25, %v27 : i64
      %v29 = arith.remui %v28, %size_P : i64
      %v30 = arith.divui %v28, %size_P : i64
      %v31 = arith.remui %v30, %size_H : i64
      %v32 = arith.divui %v30, %size_H : i64
      %v33 = arith.remui %v32, %size_B : i64
      %v34 = arith.divui %v32, %size_B : i64
      %v634 = arith.muli %v31, %v2 : i64
      %v635 = llvm.getelementptr %in_A_log[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v636 = llvm.load %v635 : !llvm.ptr -> f32
      %v638 = arith.mulf %v636, %v637 fastmath<contract> : f32
      %v639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v638) : (f32) -> f32
      %v640 = arith.mulf %v639, %v637 fastmath<contract> : f32
      %v650 = arith.muli %v31, %v2 : i64
      %v651 = llvm.getelementptr %in_dt_bias[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v652 = llvm.load %v651 : !llvm.ptr -> f32
      %v705 = arith.muli %v31, %v2 : i64
      %v706 = llvm.getelementptr %in_Dskip[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v707 = llvm.load %v706 : !llvm.ptr -> f32
      %v712 = arith.mulf %v639, %v637 fastmath<contract> : f32
      %v760 = arith.trunci %v14 : i64 to i32
      %v761 = arith.constant 24 : i32
      %v762 = arith.andi %v760, %v761 : i32
      %v763 = arith.constant 0 : i32
      %v764 = arith.ori %v762, %v763 : i32
      %v765 = arith.constant 0 : i64
      %v766 = arith.cmpi eq, %v22, %v765 : i64
      %v767 = arith.constant 1 : i32
      %v768 = arith.ori %v762, %v767 : i32
      %v769 = arith.constant 1 : i64
      %v770 = arith.cmpi eq, %v22, %v769 : i64
      %v771 = arith.constant 2 : i32
      %v772 = arith.ori %v762, %v771 : i32
      %v773 = arith.constant 2 : i64
      %v774 = arith.cmpi eq, %v22, %v773 : i64
      %v775 = arith.constant 3 : i32
      %v776 = arith.ori %v762, %v775 : i32
      %v777 = arith.constant 3 : i64
      %v778 = arith.cmpi eq, %v22, %v777 : i64
      %v779 = arith.constant 4 : i32
      %v780 = arith.ori %v762, %v779 : i32
      %v781 = arith.constant 4 : i64
      %v782 = arith.cmpi eq, %v22, %v781 : i64
      %v783 = arith.constant 5 : i32
      %v784 = arith.ori %v762, %v783 : i32
      %v785 = arith.constant 5 : i64
      %v786 = arith.cmpi eq, %v22, %v785 : i64
      %v787 = arith.constant 6 : i32
      %v788 = arith.ori %v762, %v787 : i32
      %v789 = arith.constant 6 : i64
      %v790 = arith.cmpi eq, %v22, %v789 : i64
      %v791 = arith.constant 7 : i32
      %v792 = arith.ori %v762, %v791 : i32
      %v793 = arith.constant 7 : i64
      %v794 = arith.cmpi eq, %v22, %v793 : i64
      %v795 = arith.constant 32 : i32
      %v1837 = arith.mulf %v639, %v637 fastmath<contract> : f32
      %v35 = arith.muli %v20, %v5 : i64
      %v36 = arith.subi %v5, %v2 : i64
      %v37 = arith.minsi %v25, %v36 : i64
      %v38 = arith.addi %v35, %v37 : i64
      %v39 = arith.muli %v38, %v1 : i64
      %v41 = arith.addi %v39, %v40 : i64
      %v42 = arith.addi %v41, %v22 : i64
      %v43 = llvm.getelementptr %carry_S[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v44 = llvm.load %v43 : !llvm.ptr -> f32
      llvm.store %v44, %v6 : f32, !llvm.ptr
      %v45 = arith.muli %v20, %v5 : i64
      %v46 = arith.subi %v5, %v2 : i64
      %v47 = arith.minsi %v25, %v46 : i64
      %v48 = arith.addi %v45, %v47 : i64
      %v49 = arith.muli %v48, %v1 : i64
      %v50 = arith.addi %v49, %v16 : i64
      %v51 = arith.addi %v50, %v22 : i64
      %v52 = llvm.getelementptr %carry_S[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v53 = llvm.load %v52 : !llvm.ptr -> f32
      llvm.store %v53, %v7 : f32, !llvm.ptr
      %v54 = arith.muli %v20, %v10 : i64
      %v55 = arith.addi %v54, %v10 : i64
      %v56 = arith.minsi %v55, %size_L : i64
      %v58 = arith.index_cast %v54 : i64 to index
      %v59 = arith.index_cast %v56 : i64 to index
      %v60 = arith.index_cast %v57 : i64 to index
      scf.for %v61 = %v58 to %v59 step %v60 {
        %v62 = arith.index_cast %v61 : index to i64
        %v63 = arith.subi %v56, %v62 : i64
        %v64 = arith.minsi %v63, %v57 : i64
        %v65 = arith.divui %v64, %v1 : i64
        %v66 = arith.index_cast %v40 : i64 to index
        %v67 = arith.index_cast %v65 : i64 to index
        %v68 = arith.index_cast %v2 : i64 to index
        scf.for %v69 = %v66 to %v67 step %v68 {
          %v70 = arith.index_cast %v69 : index to i64
          %v71 = arith.muli %v70, %v1 : i64
          %v72 = arith.addi %v71, %v40 : i64
          %v73 = arith.addi %v71, %v2 : i64
          %v75 = arith.addi %v71, %v74 : i64
          %v77 = arith.addi %v71, %v76 : i64
          %v79 = arith.addi %v71, %v78 : i64
          %v81 = arith.addi %v71, %v80 : i64
          %v83 = arith.addi %v71, %v82 : i64
          %v85 = arith.addi %v71, %v84 : i64
          %v86 = arith.addi %v71, %v16 : i64
          %v88 = arith.addi %v71, %v87 : i64
          %v90 = arith.addi %v71, %v89 : i64
          %v92 = arith.addi %v71, %v91 : i64
          %v94 = arith.addi %v71, %v93 : i64
          %v96 = arith.addi %v71, %v95 : i64
          %v98 = arith.addi %v71, %v97 : i64
          %v100 = arith.addi %v71, %v99 : i64
          %v101 = arith.addi %v62, %v72 : i64
          %v104 = arith.muli %v33, %v103 : i64
          %v105 = arith.muli %v101, %v102 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = arith.muli %v22, %v2 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = llvm.getelementptr %in_Bm[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          %v111 = arith.muli %v33, %v103 : i64
          %v112 = arith.muli %v101, %v102 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = arith.constant 8 : i64
          %v115 = arith.addi %v114, %v22 : i64
          %v116 = arith.muli %v115, %v2 : i64
          %v117 = arith.addi %v113, %v116 : i64
          %v118 = llvm.getelementptr %in_Bm[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          %v120 = arith.muli %v33, %v103 : i64
          %v121 = arith.muli %v101, %v102 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = arith.muli %v22, %v2 : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = llvm.getelementptr %in_Cm[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v126 = llvm.load %v125 : !llvm.ptr -> f32
          %v127 = arith.muli %v33, %v103 : i64
          %v128 = arith.muli %v101, %v102 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.constant 8 : i64
          %v131 = arith.addi %v130, %v22 : i64
          %v132 = arith.muli %v131, %v2 : i64
          %v133 = arith.addi %v129, %v132 : i64
          %v134 = llvm.getelementptr %in_Cm[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          %v136 = arith.addi %v62, %v73 : i64
          %v137 = arith.muli %v33, %v103 : i64
          %v138 = arith.muli %v136, %v102 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.muli %v22, %v2 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = llvm.getelementptr %in_Bm[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.muli %v33, %v103 : i64
          %v145 = arith.muli %v136, %v102 : i64
          %v146 = arith.addi %v144, %v145 : i64
          %v147 = arith.constant 8 : i64
          %v148 = arith.addi %v147, %v22 : i64
          %v149 = arith.muli %v148, %v2 : i64
          %v150 = arith.addi %v146, %v149 : i64
          %v151 = llvm.getelementptr %in_Bm[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 : !llvm.ptr -> f32
          %v153 = arith.muli %v33, %v103 : i64
          %v154 = arith.muli %v136, %v102 : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = arith.muli %v22, %v2 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = llvm.getelementptr %in_Cm[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v160 = arith.muli %v33, %v103 : i64
          %v161 = arith.muli %v136, %v102 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = arith.constant 8 : i64
          %v164 = arith.addi %v163, %v22 : i64
          %v165 = arith.muli %v164, %v2 : i64
          %v166 = arith.addi %v162, %v165 : i64
          %v167 = llvm.getelementptr %in_Cm[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v168 = llvm.load %v167 : !llvm.ptr -> f32
          %v169 = arith.addi %v62, %v75 : i64
          %v170 = arith.muli %v33, %v103 : i64
          %v171 = arith.muli %v169, %v102 : i64
          %v172 = arith.addi %v170, %v171 : i64
          %v173 = arith.muli %v22, %v2 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v175 = llvm.getelementptr %in_Bm[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = arith.muli %v33, %v103 : i64
          %v178 = arith.muli %v169, %v102 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.constant 8 : i64
          %v181 = arith.addi %v180, %v22 : i64
          %v182 = arith.muli %v181, %v2 : i64
          %v183 = arith.addi %v179, %v182 : i64
          %v184 = llvm.getelementptr %in_Bm[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.muli %v33, %v103 : i64
          %v187 = arith.muli %v169, %v102 : i64
          %v188 = arith.addi %v186, %v187 : i64
          %v189 = arith.muli %v22, %v2 : i64
          %v190 = arith.addi %v188, %v189 : i64
          %v191 = llvm.getelementptr %in_Cm[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.muli %v33, %v103 : i64
          %v194 = arith.muli %v169, %v102 : i64
          %v195 = arith.addi %v193, %v194 : i64
          %v196 = arith.constant 8 : i64
          %v197 = arith.addi %v196, %v22 : i64
          %v198 = arith.muli %v197, %v2 : i64
          %v199 = arith.addi %v195, %v198 : i64
          %v200 = llvm.getelementptr %in_Cm[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v201 = llvm.load %v200 : !llvm.ptr -> f32
          %v202 = arith.addi %v62, %v77 : i64
          %v203 = arith.muli %v33, %v103 : i64
          %v204 = arith.muli %v202, %v102 : i64
          %v205 = arith.addi %v203, %v204 : i64
          %v206 = arith.muli %v22, %v2 : i64
          %v207 = arith.addi %v205, %v206 : i64
          %v208 = llvm.getelementptr %in_Bm[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v209 = llvm.load %v208 : !llvm.ptr -> f32
          %v210 = arith.muli %v33, %v103 : i64
          %v211 = arith.muli %v202, %v102 : i64
          %v212 = arith.addi %v210, %v211 : i64
          %v213 = arith.constant 8 : i64
          %v214 = arith.addi %v213, %v22 : i64
          %v215 = arith.muli %v214, %v2 : i64
          %v216 = arith.addi %v212, %v215 : i64
          %v217 = llvm.getelementptr %in_Bm[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.muli %v33, %v103 : i64
          %v220 = arith.muli %v202, %v102 : i64
          %v221 = arith.addi %v219, %v220 : i64
          %v222 = arith.muli %v22, %v2 : i64
          %v223 = arith.addi %v221, %v222 : i64
          %v224 = llvm.getelementptr %in_Cm[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v225 = llvm.load %v224 : !llvm.ptr -> f32
          %v226 = arith.muli %v33, %v103 : i64
          %v227 = arith.muli %v202, %v102 : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = arith.constant 8 : i64
          %v230 = arith.addi %v229, %v22 : i64
          %v231 = arith.muli %v230, %v2 : i64
          %v232 = arith.addi %v228, %v231 : i64
          %v233 = llvm.getelementptr %in_Cm[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v234 = llvm.load %v233 : !llvm.ptr -> f32
          %v235 = arith.addi %v62, %v79 : i64
          %v236 = arith.muli %v33, %v103 : i64
          %v237 = arith.muli %v235, %v102 : i64
          %v238 = arith.addi %v236, %v237 : i64
          %v239 = arith.muli %v22, %v2 : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = llvm.getelementptr %in_Bm[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = arith.muli %v33, %v103 : i64
          %v244 = arith.muli %v235, %v102 : i64
          %v245 = arith.addi %v243, %v244 : i64
          %v246 = arith.constant 8 : i64
          %v247 = arith.addi %v246, %v22 : i64
          %v248 = arith.muli %v247, %v2 : i64
          %v249 = arith.addi %v245, %v248 : i64
          %v250 = llvm.getelementptr %in_Bm[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v251 = llvm.load %v250 : !llvm.ptr -> f32
          %v252 = arith.muli %v33, %v103 : i64
          %v253 = arith.muli %v235, %v102 : i64
          %v254 = arith.addi %v252, %v253 : i64
          %v255 = arith.muli %v22, %v2 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = llvm.getelementptr %in_Cm[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v258 = llvm.load %v257 : !llvm.ptr -> f32
          %v259 = arith.muli %v33, %v103 : i64
          %v260 = arith.muli %v235, %v102 : i64
          %v261 = arith.addi %v259, %v260 : i64
          %v262 = arith.constant 8 : i64
          %v263 = arith.addi %v262, %v22 : i64
          %v264 = arith.muli %v263, %v2 : i64
          %v265 = arith.addi %v261, %v264 : i64
          %v266 = llvm.getelementptr %in_Cm[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v267 = llvm.load %v266 : !llvm.ptr -> f32
          %v268 = arith.addi %v62, %v81 : i64
          %v269 = arith.muli %v33, %v103 : i64
          %v270 = arith.muli %v268, %v102 : i64
          %v271 = arith.addi %v269, %v270 : i64
          %v272 = arith.muli %v22, %v2 : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = llvm.getelementptr %in_Bm[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.muli %v33, %v103 : i64
          %v277 = arith.muli %v268, %v102 : i64
          %v278 = arith.addi %v276, %v277 : i64
          %v279 = arith.constant 8 : i64
          %v280 = arith.addi %v279, %v22 : i64
          %v281 = arith.muli %v280, %v2 : i64
          %v282 = arith.addi %v278, %v281 : i64
          %v283 = llvm.getelementptr %in_Bm[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v284 = llvm.load %v283 : !llvm.ptr -> f32
          %v285 = arith.muli %v33, %v103 : i64
          %v286 = arith.muli %v268, %v102 : i64
          %v287 = arith.addi %v285, %v286 : i64
          %v288 = arith.muli %v22, %v2 : i64
          %v289 = arith.addi %v287, %v288 : i64
          %v290 = llvm.getelementptr %in_Cm[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v291 = llvm.load %v290 : !llvm.ptr -> f32
          %v292 = arith.muli %v33, %v103 : i64
          %v293 = arith.muli %v268, %v102 : i64
          %v294 = arith.addi %v292, %v293 : i64
          %v295 = arith.constant 8 : i64
          %v296 = arith.addi %v295, %v22 : i64
          %v297 = arith.muli %v296, %v2 : i64
          %v298 = arith.addi %v294, %v297 : i64
          %v299 = llvm.getelementptr %in_Cm[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v300 = llvm.load %v299 : !llvm.ptr -> f32
          %v301 = arith.addi %v62, %v83 : i64
          %v302 = arith.muli %v33, %v103 : i64
          %v303 = arith.muli %v301, %v102 : i64
          %v304 = arith.addi %v302, %v303 : i64
          %v305 = arith.muli %v22, %v2 : i64
          %v306 = arith.addi %v304, %v305 : i64
          %v307 = llvm.getelementptr %in_Bm[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v308 = llvm.load %v307 : !llvm.ptr -> f32
          %v309 = arith.muli %v33, %v103 : i64
          %v310 = arith.muli %v301, %v102 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = arith.constant 8 : i64
          %v313 = arith.addi %v312, %v22 : i64
          %v314 = arith.muli %v313, %v2 : i64
          %v315 = arith.addi %v311, %v314 : i64
          %v316 = llvm.getelementptr %in_Bm[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          %v318 = arith.muli %v33, %v103 : i64
          %v319 = arith.muli %v301, %v102 : i64
          %v320 = arith.addi %v318, %v319 : i64
          %v321 = arith.muli %v22, %v2 : i64
          %v322 = arith.addi %v320, %v321 : i64
          %v323 = llvm.getelementptr %in_Cm[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v324 = llvm.load %v323 : !llvm.ptr -> f32
          %v325 = arith.muli %v33, %v103 : i64
          %v326 = arith.muli %v301, %v102 : i64
          %v327 = arith.addi %v325, %v326 : i64
          %v328 = arith.constant 8 : i64
          %v329 = arith.addi %v328, %v22 : i64
          %v330 = arith.muli %v329, %v2 : i64
          %v331 = arith.addi %v327, %v330 : i64
          %v332 = llvm.getelementptr %in_Cm[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v333 = llvm.load %v332 : !llvm.ptr -> f32
          %v334 = arith.addi %v62, %v85 : i64
          %v335 = arith.muli %v33, %v103 : i64
          %v336 = arith.muli %v334, %v102 : i64
          %v337 = arith.addi %v335, %v336 : i64
          %v338 = arith.muli %v22, %v2 : i64
          %v339 = arith.addi %v337, %v338 : i64
          %v340 = llvm.getelementptr %in_Bm[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v341 = llvm.load %v340 : !llvm.ptr -> f32
          %v342 = arith.muli %v33, %v103 : i64
          %v343 = arith.muli %v334, %v102 : i64
          %v344 = arith.addi %v342, %v343 : i64
          %v345 = arith.constant 8 : i64
          %v346 = arith.addi %v345, %v22 : i64
          %v347 = arith.muli %v346, %v2 : i64
          %v348 = arith.addi %v344, %v347 : i64
          %v349 = llvm.getelementptr %in_Bm[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v350 = llvm.load %v349 : !llvm.ptr -> f32
          %v351 = arith.muli %v33, %v103 : i64
          %v352 = arith.muli %v334, %v102 : i64
          %v353 = arith.addi %v351, %v352 : i64
          %v354 = arith.muli %v22, %v2 : i64
          %v355 = arith.addi %v353, %v354 : i64
          %v356 = llvm.getelementptr %in_Cm[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v357 = llvm.load %v356 : !llvm.ptr -> f32
          %v358 = arith.muli %v33, %v103 : i64
          %v359 = arith.muli %v334, %v102 : i64
          %v360 = arith.addi %v358, %v359 : i64
          %v361 = arith.constant 8 : i64
          %v362 = arith.addi %v361, %v22 : i64
          %v363 = arith.muli %v362, %v2 : i64
          %v364 = arith.addi %v360, %v363 : i64
          %v365 = llvm.getelementptr %in_Cm[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v366 = llvm.load %v365 : !llvm.ptr -> f32
          %v367 = arith.addi %v62, %v86 : i64
          %v368 = arith.muli %v33, %v103 : i64
          %v369 = arith.muli %v367, %v102 : i64
          %v370 = arith.addi %v368, %v369 : i64
          %v371 = arith.muli %v22, %v2 : i64
          %v372 = arith.addi %v370, %v371 : i64
          %v373 = llvm.getelementptr %in_Bm[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v374 = llvm.load %v373 : !llvm.ptr -> f32
          %v375 = arith.muli %v33, %v103 : i64
          %v376 = arith.muli %v367, %v102 : i64
          %v377 = arith.addi %v375, %v376 : i64
          %v378 = arith.constant 8 : i64
          %v379 = arith.addi %v378, %v22 : i64
          %v380 = arith.muli %v379, %v2 : i64
          %v381 = arith.addi %v377, %v380 : i64
          %v382 = llvm.getelementptr %in_Bm[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v383 = llvm.load %v382 : !llvm.ptr -> f32
          %v384 = arith.muli %v33, %v103 : i64
          %v385 = arith.muli %v367, %v102 : i64
          %v386 = arith.addi %v384, %v385 : i64
          %v387 = arith.muli %v22, %v2 : i64
          %v388 = arith.addi %v386, %v387 : i64
          %v389 = llvm.getelementptr %in_Cm[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v390 = llvm.load %v389 : !llvm.ptr -> f32
          %v391 = arith.muli %v33, %v103 : i64
          %v392 = arith.muli %v367, %v102 : i64
          %v393 = arith.addi %v391, %v392 : i64
          %v394 = arith.constant 8 : i64
          %v395 = arith.addi %v394, %v22 : i64
          %v396 = arith.muli %v395, %v2 : i64
          %v397 = arith.addi %v393, %v396 : i64
          %v398 = llvm.getelementptr %in_Cm[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v399 = llvm.load %v398 : !llvm.ptr -> f32
          %v400 = arith.addi %v62, %v88 : i64
          %v401 = arith.muli %v33, %v103 : i64
          %v402 = arith.muli %v400, %v102 : i64
          %v403 = arith.addi %v401, %v402 : i64
          %v404 = arith.muli %v22, %v2 : i64
          %v405 = arith.addi %v403, %v404 : i64
          %v406 = llvm.getelementptr %in_Bm[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v407 = llvm.load %v406 : !llvm.ptr -> f32
          %v408 = arith.muli %v33, %v103 : i64
          %v409 = arith.muli %v400, %v102 : i64
          %v410 = arith.addi %v408, %v409 : i64
          %v411 = arith.constant 8 : i64
          %v412 = arith.addi %v411, %v22 : i64
          %v413 = arith.muli %v412, %v2 : i64
          %v414 = arith.addi %v410, %v413 : i64
          %v415 = llvm.getelementptr %in_Bm[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v416 = llvm.load %v415 : !llvm.ptr -> f32
          %v417 = arith.muli %v33, %v103 : i64
          %v418 = arith.muli %v400, %v102 : i64
          %v419 = arith.addi %v417, %v418 : i64
          %v420 = arith.muli %v22, %v2 : i64
          %v421 = arith.addi %v419, %v420 : i64
          %v422 = llvm.getelementptr %in_Cm[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = arith.muli %v33, %v103 : i64
          %v425 = arith.muli %v400, %v102 : i64
          %v426 = arith.addi %v424, %v425 : i64
          %v427 = arith.constant 8 : i64
          %v428 = arith.addi %v427, %v22 : i64
          %v429 = arith.muli %v428, %v2 : i64
          %v430 = arith.addi %v426, %v429 : i64
          %v431 = llvm.getelementptr %in_Cm[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v432 = llvm.load %v431 : !llvm.ptr -> f32
          %v433 = arith.addi %v62, %v90 : i64
          %v434 = arith.muli %v33, %v103 : i64
          %v435 = arith.muli %v433, %v102 : i64
          %v436 = arith.addi %v434, %v435 : i64
          %v437 = arith.muli %v22, %v2 : i64
          %v438 = arith.addi %v436, %v437 : i64
          %v439 = llvm.getelementptr %in_Bm[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v440 = llvm.load %v439 : !llvm.ptr -> f32
          %v441 = arith.muli %v33, %v103 : i64
          %v442 = arith.muli %v433, %v102 : i64
          %v443 = arith.addi %v441, %v442 : i64
          %v444 = arith.constant 8 : i64
          %v445 = arith.addi %v444, %v22 : i64
          %v446 = arith.muli %v445, %v2 : i64
          %v447 = arith.addi %v443, %v446 : i64
          %v448 = llvm.getelementptr %in_Bm[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v449 = llvm.load %v448 : !llvm.ptr -> f32
          %v450 = arith.muli %v33, %v103 : i64
          %v451 = arith.muli %v433, %v102 : i64
          %v452 = arith.addi %v450, %v451 : i64
          %v453 = arith.muli %v22, %v2 : i64
          %v454 = arith.addi %v452, %v453 : i64
          %v455 = llvm.getelementptr %in_Cm[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v456 = llvm.load %v455 : !llvm.ptr -> f32
          %v457 = arith.muli %v33, %v103 : i64
          %v458 = arith.muli %v433, %v102 : i64
          %v459 = arith.addi %v457, %v458 : i64
          %v460 = arith.constant 8 : i64
          %v461 = arith.addi %v460, %v22 : i64
          %v462 = arith.muli %v461, %v2 : i64
          %v463 = arith.addi %v459, %v462 : i64
          %v464 = llvm.getelementptr %in_Cm[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v465 = llvm.load %v464 : !llvm.ptr -> f32
          %v466 = arith.addi %v62, %v92 : i64
          %v467 = arith.muli %v33, %v103 : i64
          %v468 = arith.muli %v466, %v102 : i64
          %v469 = arith.addi %v467, %v468 : i64
          %v470 = arith.muli %v22, %v2 : i64
          %v471 = arith.addi %v469, %v470 : i64
          %v472 = llvm.getelementptr %in_Bm[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v473 = llvm.load %v472 : !llvm.ptr -> f32
          %v474 = arith.muli %v33, %v103 : i64
          %v475 = arith.muli %v466, %v102 : i64
          %v476 = arith.addi %v474, %v475 : i64
          %v477 = arith.constant 8 : i64
          %v478 = arith.addi %v477, %v22 : i64
          %v479 = arith.muli %v478, %v2 : i64
          %v480 = arith.addi %v476, %v479 : i64
          %v481 = llvm.getelementptr %in_Bm[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v482 = llvm.load %v481 : !llvm.ptr -> f32
          %v483 = arith.muli %v33, %v103 : i64
          %v484 = arith.muli %v466, %v102 : i64
          %v485 = arith.addi %v483, %v484 : i64
          %v486 = arith.muli %v22, %v2 : i64
          %v487 = arith.addi %v485, %v486 : i64
          %v488 = llvm.getelementptr %in_Cm[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v489 = llvm.load %v488 : !llvm.ptr -> f32
          %v490 = arith.muli %v33, %v103 : i64
          %v491 = arith.muli %v466, %v102 : i64
          %v492 = arith.addi %v490, %v491 : i64
          %v493 = arith.constant 8 : i64
          %v494 = arith.addi %v493, %v22 : i64
          %v495 = arith.muli %v494, %v2 : i64
          %v496 = arith.addi %v492, %v495 : i64
          %v497 = llvm.getelementptr %in_Cm[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v498 = llvm.load %v497 : !llvm.ptr -> f32
          %v499 = arith.addi %v62, %v94 : i64
          %v500 = arith.muli %v33, %v103 : i64
          %v501 = arith.muli %v499, %v102 : i64
          %v502 = arith.addi %v500, %v501 : i64
          %v503 = arith.muli %v22, %v2 : i64
          %v504 = arith.addi %v502, %v503 : i64
          %v505 = llvm.getelementptr %in_Bm[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v506 = llvm.load %v505 : !llvm.ptr -> f32
          %v507 = arith.muli %v33, %v103 : i64
          %v508 = arith.muli %v499, %v102 : i64
          %v509 = arith.addi %v507, %v508 : i64
          %v510 = arith.constant 8 : i64
          %v511 = arith.addi %v510, %v22 : i64
          %v512 = arith.muli %v511, %v2 : i64
          %v513 = arith.addi %v509, %v512 : i64
          %v514 = llvm.getelementptr %in_Bm[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v515 = llvm.load %v514 : !llvm.ptr -> f32
          %v516 = arith.muli %v33, %v103 : i64
          %v517 = arith.muli %v499, %v102 : i64
          %v518 = arith.addi %v516, %v517 : i64
          %v519 = arith.muli %v22, %v2 : i64
          %v520 = arith.addi %v518, %v519 : i64
          %v521 = llvm.getelementptr %in_Cm[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v522 = llvm.load %v521 : !llvm.ptr -> f32
          %v523 = arith.muli %v33, %v103 : i64
          %v524 = arith.muli %v499, %v102 : i64
          %v525 = arith.addi %v523, %v524 : i64
          %v526 = arith.constant 8 : i64
          %v527 = arith.addi %v526, %v22 : i64
          %v528 = arith.muli %v527, %v2 : i64
          %v529 = arith.addi %v525, %v528 : i64
          %v530 = llvm.getelementptr %in_Cm[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v531 = llvm.load %v530 : !llvm.ptr -> f32
          %v532 = arith.addi %v62, %v96 : i64
          %v533 = arith.muli %v33, %v103 : i64
          %v534 = arith.muli %v532, %v102 : i64
          %v535 = arith.addi %v533, %v534 : i64
          %v536 = arith.muli %v22, %v2 : i64
          %v537 = arith.addi %v535, %v536 : i64
          %v538 = llvm.getelementptr %in_Bm[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v539 = llvm.load %v538 : !llvm.ptr -> f32
          %v540 = arith.muli %v33, %v103 : i64
          %v541 = arith.muli %v532, %v102 : i64
          %v542 = arith.addi %v540, %v541 : i64
          %v543 = arith.constant 8 : i64
          %v544 = arith.addi %v543, %v22 : i64
          %v545 = arith.muli %v544, %v2 : i64
          %v546 = arith.addi %v542, %v545 : i64
          %v547 = llvm.getelementptr %in_Bm[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v548 = llvm.load %v547 : !llvm.ptr -> f32
          %v549 = arith.muli %v33, %v103 : i64
          %v550 = arith.muli %v532, %v102 : i64
          %v551 = arith.addi %v549, %v550 : i64
          %v552 = arith.muli %v22, %v2 : i64
          %v553 = arith.addi %v551, %v552 : i64
          %v554 = llvm.getelementptr %in_Cm[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v555 = llvm.load %v554 : !llvm.ptr -> f32
          %v556 = arith.muli %v33, %v103 : i64
          %v557 = arith.muli %v532, %v102 : i64
          %v558 = arith.addi %v556, %v557 : i64
          %v559 = arith.constant 8 : i64
          %v560 = arith.addi %v559, %v22 : i64
          %v561 = arith.muli %v560, %v2 : i64
          %v562 = arith.addi %v558, %v561 : i64
          %v563 = llvm.getelementptr %in_Cm[%v562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v564 = llvm.load %v563 : !llvm.ptr -> f32
          %v565 = arith.addi %v62, %v98 : i64
          %v566 = arith.muli %v33, %v103 : i64
          %v567 = arith.muli %v565, %v102 : i64
          %v568 = arith.addi %v566, %v567 : i64
          %v569 = arith.muli %v22, %v2 : i64
          %v570 = arith.addi %v568, %v569 : i64
          %v571 = llvm.getelementptr %in_Bm[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v572 = llvm.load %v571 : !llvm.ptr -> f32
          %v573 = arith.muli %v33, %v103 : i64
          %v574 = arith.muli %v565, %v102 : i64
          %v575 = arith.addi %v573, %v574 : i64
          %v576 = arith.constant 8 : i64
          %v577 = arith.addi %v576, %v22 : i64
          %v578 = arith.muli %v577, %v2 : i64
          %v579 = arith.addi %v575, %v578 : i64
          %v580 = llvm.getelementptr %in_Bm[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v581 = llvm.load %v580 : !llvm.ptr -> f32
          %v582 = arith.muli %v33, %v103 : i64
          %v583 = arith.muli %v565, %v102 : i64
          %v584 = arith.addi %v582, %v583 : i64
          %v585 = arith.muli %v22, %v2 : i64
          %v586 = arith.addi %v584, %v585 : i64
          %v587 = llvm.getelementptr %in_Cm[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v588 = llvm.load %v587 : !llvm.ptr -> f32
          %v589 = arith.muli %v33, %v103 : i64
          %v590 = arith.muli %v565, %v102 : i64
          %v591 = arith.addi %v589, %v590 : i64
          %v592 = arith.constant 8 : i64
          %v593 = arith.addi %v592, %v22 : i64
          %v594 = arith.muli %v593, %v2 : i64
          %v595 = arith.addi %v591, %v594 : i64
          %v596 = llvm.getelementptr %in_Cm[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v597 = llvm.load %v596 : !llvm.ptr -> f32
          %v598 = arith.addi %v62, %v100 : i64
          %v599 = arith.muli %v33, %v103 : i64
          %v600 = arith.muli %v598, %v102 : i64
          %v601 = arith.addi %v599, %v600 : i64
          %v602 = arith.muli %v22, %v2 : i64
          %v603 = arith.addi %v601, %v602 : i64
          %v604 = llvm.getelementptr %in_Bm[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v605 = llvm.load %v604 : !llvm.ptr -> f32
          %v606 = arith.muli %v33, %v103 : i64
          %v607 = arith.muli %v598, %v102 : i64
          %v608 = arith.addi %v606, %v607 : i64
          %v609 = arith.constant 8 : i64
          %v610 = arith.addi %v609, %v22 : i64
          %v611 = arith.muli %v610, %v2 : i64
          %v612 = arith.addi %v608, %v611 : i64
          %v613 = llvm.getelementptr %in_Bm[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v614 = llvm.load %v613 : !llvm.ptr -> f32
          %v615 = arith.muli %v33, %v103 : i64
          %v616 = arith.muli %v598, %v102 : i64
          %v617 = arith.addi %v615, %v616 : i64
          %v618 = arith.muli %v22, %v2 : i64
          %v619 = arith.addi %v617, %v618 : i64
          %v620 = llvm.getelementptr %in_Cm[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v621 = llvm.load %v620 : !llvm.ptr -> f32
          %v622 = arith.muli %v33, %v103 : i64
          %v623 = arith.muli %v598, %v102 : i64
          %v624 = arith.addi %v622, %v623 : i64
          %v625 = arith.constant 8 : i64
          %v626 = arith.addi %v625, %v22 : i64
          %v627 = arith.muli %v626, %v2 : i64
          %v628 = arith.addi %v624, %v627 : i64
          %v629 = llvm.getelementptr %in_Cm[%v628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v630 = llvm.load %v629 : !llvm.ptr -> f32
          %v631 = arith.addi %v71, %v40 : i64
          %v632 = arith.addi %v631, %v22 : i64
          %v633 = arith.addi %v62, %v632 : i64
          %v643 = arith.muli %v33, %v642 : i64
          %v644 = arith.muli %v633, %v641 : i64
          %v645 = arith.addi %v643, %v644 : i64
          %v646 = arith.muli %v31, %v2 : i64
          %v647 = arith.addi %v645, %v646 : i64
          %v648 = llvm.getelementptr %in_dt[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v649 = llvm.load %v648 : !llvm.ptr -> f32
          %v653 = arith.addf %v649, %v652 fastmath<contract> : f32
          %v655 = arith.maximumf %v653, %v654 : f32
          %v656 = llvm.call_intrinsic "llvm.fabs.f32"(%v653) : (f32) -> f32
          %v657 = arith.negf %v656 : f32
          %v658 = arith.mulf %v657, %v637 fastmath<contract> : f32
          %v659 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v658) : (f32) -> f32
          %v661 = arith.addf %v660, %v659 fastmath<contract> : f32
          %v662 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v661) : (f32) -> f32
          %v664 = arith.mulf %v662, %v663 fastmath<contract> : f32
          %v666 = arith.mulf %v665, %v659 fastmath<contract> : f32
          %v668 = arith.addf %v666, %v667 fastmath<contract> : f32
          %v669 = arith.mulf %v668, %v659 fastmath<contract> : f32
          %v671 = arith.addf %v669, %v670 fastmath<contract> : f32
          %v672 = arith.mulf %v671, %v659 fastmath<contract> : f32
          %v674 = arith.addf %v672, %v673 fastmath<contract> : f32
          %v675 = arith.mulf %v674, %v659 fastmath<contract> : f32
          %v677 = arith.addf %v675, %v676 fastmath<contract> : f32
          %v678 = arith.mulf %v677, %v659 fastmath<contract> : f32
          %v680 = arith.addf %v678, %v679 fastmath<contract> : f32
          %v681 = arith.mulf %v680, %v659 fastmath<contract> : f32
          %v682 = arith.addf %v681, %v660 fastmath<contract> : f32
          %v683 = arith.mulf %v682, %v659 fastmath<contract> : f32
          %v684 = llvm.call_intrinsic "llvm.fabs.f32"(%v659) : (f32) -> f32
          %v686 = arith.cmpf olt, %v684, %v685 : f32
          %v687 = arith.select %v686, %v683, %v664 : f32
          %v688 = arith.addf %v655, %v687 fastmath<contract> : f32
          %v689 = arith.negf %v688 : f32
          %v690 = arith.mulf %v689, %v640 fastmath<contract> : f32
          %v691 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v690) : (f32) -> f32
          %v695 = arith.muli %v33, %v694 : i64
          %v696 = arith.muli %v633, %v693 : i64
          %v697 = arith.addi %v695, %v696 : i64
          %v698 = arith.muli %v31, %v692 : i64
          %v699 = arith.addi %v697, %v698 : i64
          %v700 = arith.muli %v29, %v2 : i64
          %v701 = arith.addi %v699, %v700 : i64
          %v702 = llvm.getelementptr %in_x[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v703 = llvm.load %v702 : !llvm.ptr -> f32
          %v704 = arith.mulf %v688, %v703 fastmath<contract> : f32
          %v708 = arith.mulf %v703, %v707 fastmath<contract> : f32
          %v709 = arith.addi %v71, %v16 : i64
          %v710 = arith.addi %v709, %v22 : i64
          %v711 = arith.addi %v62, %v710 : i64
          %v713 = arith.muli %v33, %v642 : i64
          %v714 = arith.muli %v711, %v641 : i64
          %v715 = arith.addi %v713, %v714 : i64
          %v716 = arith.muli %v31, %v2 : i64
          %v717 = arith.addi %v715, %v716 : i64
          %v718 = llvm.getelementptr %in_dt[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v719 = llvm.load %v718 : !llvm.ptr -> f32
          %v720 = arith.addf %v719, %v652 fastmath<contract> : f32
          %v721 = arith.maximumf %v720, %v654 : f32
          %v722 = llvm.call_intrinsic "llvm.fabs.f32"(%v720) : (f32) -> f32
          %v723 = arith.negf %v722 : f32
          %v724 = arith.mulf %v723, %v637 fastmath<contract> : f32
          %v725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v724) : (f32) -> f32
          %v726 = arith.addf %v660, %v725 fastmath<contract> : f32
          %v727 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v726) : (f32) -> f32
          %v728 = arith.mulf %v727, %v663 fastmath<contract> : f32
          %v729 = arith.mulf %v665, %v725 fastmath<contract> : f32
          %v730 = arith.addf %v729, %v667 fastmath<contract> : f32
          %v731 = arith.mulf %v730, %v725 fastmath<contract> : f32
          %v732 = arith.addf %v731, %v670 fastmath<contract> : f32
          %v733 = arith.mulf %v732, %v725 fastmath<contract> : f32
          %v734 = arith.addf %v733, %v673 fastmath<contract> : f32
          %v735 = arith.mulf %v734, %v725 fastmath<contract> : f32
          %v736 = arith.addf %v735, %v676 fastmath<contract> : f32
          %v737 = arith.mulf %v736, %v725 fastmath<contract> : f32
          %v738 = arith.addf %v737, %v679 fastmath<contract> : f32
          %v739 = arith.mulf %v738, %v725 fastmath<contract> : f32
          %v740 = arith.addf %v739, %v660 fastmath<contract> : f32
          %v741 = arith.mulf %v740, %v725 fastmath<contract> : f32
          %v742 = llvm.call_intrinsic "llvm.fabs.f32"(%v725) : (f32) -> f32
          %v743 = arith.cmpf olt, %v742, %v685 : f32
          %v744 = arith.select %v743, %v741, %v728 : f32
          %v745 = arith.addf %v721, %v744 fastmath<contract> : f32
          %v746 = arith.negf %v745 : f32
          %v747 = arith.mulf %v746, %v712 fastmath<contract> : f32
          %v748 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v747) : (f32) -> f32
          %v749 = arith.muli %v33, %v694 : i64
          %v750 = arith.muli %v711, %v693 : i64
          %v751 = arith.addi %v749, %v750 : i64
          %v752 = arith.muli %v31, %v692 : i64
          %v753 = arith.addi %v751, %v752 : i64
          %v754 = arith.muli %v29, %v2 : i64
          %v755 = arith.addi %v753, %v754 : i64
          %v756 = llvm.getelementptr %in_x[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v757 = llvm.load %v756 : !llvm.ptr -> f32
          %v758 = arith.mulf %v745, %v757 fastmath<contract> : f32
          %v759 = arith.mulf %v757, %v707 fastmath<contract> : f32
          %v796 = arith.addi %v62, %v72 : i64
          %v797, %v798 = gpu.shuffle idx %v691, %v764, %v795 : f32
          %v799, %v800 = gpu.shuffle idx %v704, %v764, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v801 = arith.remui %v796, %v10 : i64
          %v802 = arith.cmpi eq, %v801, %v40 : i64
          %v803 = arith.andi %v802, %v26 : i1
          scf.if %v803 {
            %v804 = arith.divui %v796, %v10 : i64
            %v805 = llvm.mlir.zero : !llvm.ptr
            %v806 = llvm.icmp "ne" %ckpt_S, %v805 : !llvm.ptr
            scf.if %v806 {
              %v811 = arith.muli %v804, %v810 : i64
              %v812 = llvm.load %v6 : !llvm.ptr -> f32
              %v816 = arith.muli %v33, %v815 : i64
              %v817 = arith.muli %v31, %v814 : i64
              %v818 = arith.addi %v816, %v817 : i64
              %v819 = arith.muli %v29, %v813 : i64
              %v820 = arith.addi %v818, %v819 : i64
              %v821 = arith.muli %v22, %v2 : i64
              %v822 = arith.addi %v820, %v821 : i64
              %v823 = arith.addi %v811, %v822 : i64
              %v824 = llvm.getelementptr %ckpt_S[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v812, %v824 : f32, !llvm.ptr
              %v825 = llvm.load %v7 : !llvm.ptr -> f32
              %v826 = arith.muli %v33, %v815 : i64
              %v827 = arith.muli %v31, %v814 : i64
              %v828 = arith.addi %v826, %v827 : i64
              %v829 = arith.muli %v29, %v813 : i64
              %v830 = arith.addi %v828, %v829 : i64
              %v831 = arith.constant 8 : i64
              %v832 = arith.addi %v831, %v22 : i64
              %v833 = arith.muli %v832, %v2 : i64
              %v834 = arith.addi %v830, %v833 : i64
              %v835 = arith.addi %v811, %v834 : i64
              %v836 = llvm.getelementptr %ckpt_S[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v825, %v836 : f32, !llvm.ptr
            }
          }
          // end save
          %v837 = arith.mulf %v799, %v110 fastmath<contract> : f32
          %v838 = llvm.load %v6 : !llvm.ptr -> f32
          %v839 = arith.mulf %v797, %v838 fastmath<contract> : f32
          %v840 = arith.addf %v839, %v837 fastmath<contract> : f32
          %v841 = arith.mulf %v799, %v119 fastmath<contract> : f32
          %v842 = llvm.load %v7 : !llvm.ptr -> f32
          %v843 = arith.mulf %v797, %v842 fastmath<contract> : f32
          %v844 = arith.addf %v843, %v841 fastmath<contract> : f32
          llvm.store %v840, %v6 : f32, !llvm.ptr
          llvm.store %v844, %v7 : f32, !llvm.ptr
          %v845 = llvm.load %v6 : !llvm.ptr -> f32
          %v846 = arith.mulf %v126, %v845 fastmath<contract> : f32
          %v847 = llvm.load %v7 : !llvm.ptr -> f32
          %v848 = arith.mulf %v135, %v847 fastmath<contract> : f32
          %v849 = arith.addf %v846, %v848 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v852, %v853 = gpu.shuffle xor %v849, %v850, %v851 : f32
          %v854 = arith.addf %v849, %v852 fastmath<contract> : f32
          %v856, %v857 = gpu.shuffle xor %v854, %v855, %v851 : f32
          %v858 = arith.addf %v854, %v856 fastmath<contract> : f32
          %v860, %v861 = gpu.shuffle xor %v858, %v859, %v851 : f32
          %v862 = arith.addf %v858, %v860 fastmath<contract> : f32
          // end sum over the lanes
          %v863 = arith.addi %v62, %v73 : i64
          %v864, %v865 = gpu.shuffle idx %v691, %v768, %v795 : f32
          %v866, %v867 = gpu.shuffle idx %v704, %v768, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v868 = arith.remui %v863, %v10 : i64
          %v869 = arith.cmpi eq, %v868, %v40 : i64
          %v870 = arith.andi %v869, %v26 : i1
          scf.if %v870 {
            %v871 = arith.divui %v863, %v10 : i64
            %v872 = llvm.mlir.zero : !llvm.ptr
            %v873 = llvm.icmp "ne" %ckpt_S, %v872 : !llvm.ptr
            scf.if %v873 {
              %v878 = arith.muli %v871, %v877 : i64
              %v879 = llvm.load %v6 : !llvm.ptr -> f32
              %v880 = arith.muli %v33, %v815 : i64
              %v881 = arith.muli %v31, %v814 : i64
              %v882 = arith.addi %v880, %v881 : i64
              %v883 = arith.muli %v29, %v813 : i64
              %v884 = arith.addi %v882, %v883 : i64
              %v885 = arith.muli %v22, %v2 : i64
              %v886 = arith.addi %v884, %v885 : i64
              %v887 = arith.addi %v878, %v886 : i64
              %v888 = llvm.getelementptr %ckpt_S[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v879, %v888 : f32, !llvm.ptr
              %v889 = llvm.load %v7 : !llvm.ptr -> f32
              %v890 = arith.muli %v33, %v815 : i64
              %v891 = arith.muli %v31, %v814 : i64
              %v892 = arith.addi %v890, %v891 : i64
              %v893 = arith.muli %v29, %v813 : i64
              %v894 = arith.addi %v892, %v893 : i64
              %v895 = arith.constant 8 : i64
              %v896 = arith.addi %v895, %v22 : i64
              %v897 = arith.muli %v896, %v2 : i64
              %v898 = arith.addi %v894, %v897 : i64
              %v899 = arith.addi %v878, %v898 : i64
              %v900 = llvm.getelementptr %ckpt_S[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v889, %v900 : f32, !llvm.ptr
            }
          }
          // end save
          %v901 = arith.mulf %v866, %v143 fastmath<contract> : f32
          %v902 = llvm.load %v6 : !llvm.ptr -> f32
          %v903 = arith.mulf %v864, %v902 fastmath<contract> : f32
          %v904 = arith.addf %v903, %v901 fastmath<contract> : f32
          %v905 = arith.mulf %v866, %v152 fastmath<contract> : f32
          %v906 = llvm.load %v7 : !llvm.ptr -> f32
          %v907 = arith.mulf %v864, %v906 fastmath<contract> : f32
          %v908 = arith.addf %v907, %v905 fastmath<contract> : f32
          llvm.store %v904, %v6 : f32, !llvm.ptr
          llvm.store %v908, %v7 : f32, !llvm.ptr
          %v909 = llvm.load %v6 : !llvm.ptr -> f32
          %v910 = arith.mulf %v159, %v909 fastmath<contract> : f32
          %v911 = llvm.load %v7 : !llvm.ptr -> f32
          %v912 = arith.mulf %v168, %v911 fastmath<contract> : f32
          %v913 = arith.addf %v910, %v912 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v914, %v915 = gpu.shuffle xor %v913, %v850, %v851 : f32
          %v916 = arith.addf %v913, %v914 fastmath<contract> : f32
          %v917, %v918 = gpu.shuffle xor %v916, %v855, %v851 : f32
          %v919 = arith.addf %v916, %v917 fastmath<contract> : f32
          %v920, %v921 = gpu.shuffle xor %v919, %v859, %v851 : f32
          %v922 = arith.addf %v919, %v920 fastmath<contract> : f32
          // end sum over the lanes
          %v923 = arith.addi %v62, %v75 : i64
          %v924, %v925 = gpu.shuffle idx %v691, %v772, %v795 : f32
          %v926, %v927 = gpu.shuffle idx %v704, %v772, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v928 = arith.remui %v923, %v10 : i64
          %v929 = arith.cmpi eq, %v928, %v40 : i64
          %v930 = arith.andi %v929, %v26 : i1
          scf.if %v930 {
            %v931 = arith.divui %v923, %v10 : i64
            %v932 = llvm.mlir.zero : !llvm.ptr
            %v933 = llvm.icmp "ne" %ckpt_S, %v932 : !llvm.ptr
            scf.if %v933 {
              %v938 = arith.muli %v931, %v937 : i64
              %v939 = llvm.load %v6 : !llvm.ptr -> f32
              %v940 = arith.muli %v33, %v815 : i64
              %v941 = arith.muli %v31, %v814 : i64
              %v942 = arith.addi %v940, %v941 : i64
              %v943 = arith.muli %v29, %v813 : i64
              %v944 = arith.addi %v942, %v943 : i64
              %v945 = arith.muli %v22, %v2 : i64
              %v946 = arith.addi %v944, %v945 : i64
              %v947 = arith.addi %v938, %v946 : i64
              %v948 = llvm.getelementptr %ckpt_S[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v939, %v948 : f32, !llvm.ptr
              %v949 = llvm.load %v7 : !llvm.ptr -> f32
              %v950 = arith.muli %v33, %v815 : i64
              %v951 = arith.muli %v31, %v814 : i64
              %v952 = arith.addi %v950, %v951 : i64
              %v953 = arith.muli %v29, %v813 : i64
              %v954 = arith.addi %v952, %v953 : i64
              %v955 = arith.constant 8 : i64
              %v956 = arith.addi %v955, %v22 : i64
              %v957 = arith.muli %v956, %v2 : i64
              %v958 = arith.addi %v954, %v957 : i64
              %v959 = arith.addi %v938, %v958 : i64
              %v960 = llvm.getelementptr %ckpt_S[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v949, %v960 : f32, !llvm.ptr
            }
          }
          // end save
          %v961 = arith.mulf %v926, %v176 fastmath<contract> : f32
          %v962 = llvm.load %v6 : !llvm.ptr -> f32
          %v963 = arith.mulf %v924, %v962 fastmath<contract> : f32
          %v964 = arith.addf %v963, %v961 fastmath<contract> : f32
          %v965 = arith.mulf %v926, %v185 fastmath<contract> : f32
          %v966 = llvm.load %v7 : !llvm.ptr -> f32
          %v967 = arith.mulf %v924, %v966 fastmath<contract> : f32
          %v968 = arith.addf %v967, %v965 fastmath<contract> : f32
          llvm.store %v964, %v6 : f32, !llvm.ptr
          llvm.store %v968, %v7 : f32, !llvm.ptr
          %v969 = llvm.load %v6 : !llvm.ptr -> f32
          %v970 = arith.mulf %v192, %v969 fastmath<contract> : f32
          %v971 = llvm.load %v7 : !llvm.ptr -> f32
          %v972 = arith.mulf %v201, %v971 fastmath<contract> : f32
          %v973 = arith.addf %v970, %v972 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v974, %v975 = gpu.shuffle xor %v973, %v850, %v851 : f32
          %v976 = arith.addf %v973, %v974 fastmath<contract> : f32
          %v977, %v978 = gpu.shuffle xor %v976, %v855, %v851 : f32
          %v979 = arith.addf %v976, %v977 fastmath<contract> : f32
          %v980, %v981 = gpu.shuffle xor %v979, %v859, %v851 : f32
          %v982 = arith.addf %v979, %v980 fastmath<contract> : f32
          // end sum over the lanes
          %v983 = arith.addi %v62, %v77 : i64
          %v984, %v985 = gpu.shuffle idx %v691, %v776, %v795 : f32
          %v986, %v987 = gpu.shuffle idx %v704, %v776, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v988 = arith.remui %v983, %v10 : i64
          %v989 = arith.cmpi eq, %v988, %v40 : i64
          %v990 = arith.andi %v989, %v26 : i1
          scf.if %v990 {
            %v991 = arith.divui %v983, %v10 : i64
            %v992 = llvm.mlir.zero : !llvm.ptr
            %v993 = llvm.icmp "ne" %ckpt_S, %v992 : !llvm.ptr
            scf.if %v993 {
              %v998 = arith.muli %v991, %v997 : i64
              %v999 = llvm.load %v6 : !llvm.ptr -> f32
              %v1000 = arith.muli %v33, %v815 : i64
              %v1001 = arith.muli %v31, %v814 : i64
              %v1002 = arith.addi %v1000, %v1001 : i64
              %v1003 = arith.muli %v29, %v813 : i64
              %v1004 = arith.addi %v1002, %v1003 : i64
              %v1005 = arith.muli %v22, %v2 : i64
              %v1006 = arith.addi %v1004, %v1005 : i64
              %v1007 = arith.addi %v998, %v1006 : i64
              %v1008 = llvm.getelementptr %ckpt_S[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v999, %v1008 : f32, !llvm.ptr
              %v1009 = llvm.load %v7 : !llvm.ptr -> f32
              %v1010 = arith.muli %v33, %v815 : i64
              %v1011 = arith.muli %v31, %v814 : i64
              %v1012 = arith.addi %v1010, %v1011 : i64
              %v1013 = arith.muli %v29, %v813 : i64
              %v1014 = arith.addi %v1012, %v1013 : i64
              %v1015 = arith.constant 8 : i64
              %v1016 = arith.addi %v1015, %v22 : i64
              %v1017 = arith.muli %v1016, %v2 : i64
              %v1018 = arith.addi %v1014, %v1017 : i64
              %v1019 = arith.addi %v998, %v1018 : i64
              %v1020 = llvm.getelementptr %ckpt_S[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1009, %v1020 : f32, !llvm.ptr
            }
          }
          // end save
          %v1021 = arith.mulf %v986, %v209 fastmath<contract> : f32
          %v1022 = llvm.load %v6 : !llvm.ptr -> f32
          %v1023 = arith.mulf %v984, %v1022 fastmath<contract> : f32
          %v1024 = arith.addf %v1023, %v1021 fastmath<contract> : f32
          %v1025 = arith.mulf %v986, %v218 fastmath<contract> : f32
          %v1026 = llvm.load %v7 : !llvm.ptr -> f32
          %v1027 = arith.mulf %v984, %v1026 fastmath<contract> : f32
          %v1028 = arith.addf %v1027, %v1025 fastmath<contract> : f32
          llvm.store %v1024, %v6 : f32, !llvm.ptr
          llvm.store %v1028, %v7 : f32, !llvm.ptr
          %v1029 = llvm.load %v6 : !llvm.ptr -> f32
          %v1030 = arith.mulf %v225, %v1029 fastmath<contract> : f32
          %v1031 = llvm.load %v7 : !llvm.ptr -> f32
          %v1032 = arith.mulf %v234, %v1031 fastmath<contract> : f32
          %v1033 = arith.addf %v1030, %v1032 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1034, %v1035 = gpu.shuffle xor %v1033, %v850, %v851 : f32
          %v1036 = arith.addf %v1033, %v1034 fastmath<contract> : f32
          %v1037, %v1038 = gpu.shuffle xor %v1036, %v855, %v851 : f32
          %v1039 = arith.addf %v1036, %v1037 fastmath<contract> : f32
          %v1040, %v1041 = gpu.shuffle xor %v1039, %v859, %v851 : f32
          %v1042 = arith.addf %v1039, %v1040 fastmath<contract> : f32
          // end sum over the lanes
          %v1043 = arith.addi %v62, %v79 : i64
          %v1044, %v1045 = gpu.shuffle idx %v691, %v780, %v795 : f32
          %v1046, %v1047 = gpu.shuffle idx %v704, %v780, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1048 = arith.remui %v1043, %v10 : i64
          %v1049 = arith.cmpi eq, %v1048, %v40 : i64
          %v1050 = arith.andi %v1049, %v26 : i1
          scf.if %v1050 {
            %v1051 = arith.divui %v1043, %v10 : i64
            %v1052 = llvm.mlir.zero : !llvm.ptr
            %v1053 = llvm.icmp "ne" %ckpt_S, %v1052 : !llvm.ptr
            scf.if %v1053 {
              %v1058 = arith.muli %v1051, %v1057 : i64
              %v1059 = llvm.load %v6 : !llvm.ptr -> f32
              %v1060 = arith.muli %v33, %v815 : i64
              %v1061 = arith.muli %v31, %v814 : i64
              %v1062 = arith.addi %v1060, %v1061 : i64
              %v1063 = arith.muli %v29, %v813 : i64
              %v1064 = arith.addi %v1062, %v1063 : i64
              %v1065 = arith.muli %v22, %v2 : i64
              %v1066 = arith.addi %v1064, %v1065 : i64
              %v1067 = arith.addi %v1058, %v1066 : i64
              %v1068 = llvm.getelementptr %ckpt_S[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1059, %v1068 : f32, !llvm.ptr
              %v1069 = llvm.load %v7 : !llvm.ptr -> f32
              %v1070 = arith.muli %v33, %v815 : i64
              %v1071 = arith.muli %v31, %v814 : i64
              %v1072 = arith.addi %v1070, %v1071 : i64
              %v1073 = arith.muli %v29, %v813 : i64
              %v1074 = arith.addi %v1072, %v1073 : i64
              %v1075 = arith.constant 8 : i64
              %v1076 = arith.addi %v1075, %v22 : i64
              %v1077 = arith.muli %v1076, %v2 : i64
              %v1078 = arith.addi %v1074, %v1077 : i64
              %v1079 = arith.addi %v1058, %v1078 : i64
              %v1080 = llvm.getelementptr %ckpt_S[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1069, %v1080 : f32, !llvm.ptr
            }
          }
          // end save
          %v1081 = arith.mulf %v1046, %v242 fastmath<contract> : f32
          %v1082 = llvm.load %v6 : !llvm.ptr -> f32
          %v1083 = arith.mulf %v1044, %v1082 fastmath<contract> : f32
          %v1084 = arith.addf %v1083, %v1081 fastmath<contract> : f32
          %v1085 = arith.mulf %v1046, %v251 fastmath<contract> : f32
          %v1086 = llvm.load %v7 : !llvm.ptr -> f32
          %v1087 = arith.mulf %v1044, %v1086 fastmath<contract> : f32
          %v1088 = arith.addf %v1087, %v1085 fastmath<contract> : f32
          llvm.store %v1084, %v6 : f32, !llvm.ptr
          llvm.store %v1088, %v7 : f32, !llvm.ptr
          %v1089 = llvm.load %v6 : !llvm.ptr -> f32
          %v1090 = arith.mulf %v258, %v1089 fastmath<contract> : f32
          %v1091 = llvm.load %v7 : !llvm.ptr -> f32
          %v1092 = arith.mulf %v267, %v1091 fastmath<contract> : f32
          %v1093 = arith.addf %v1090, %v1092 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1094, %v1095 = gpu.shuffle xor %v1093, %v850, %v851 : f32
          %v1096 = arith.addf %v1093, %v1094 fastmath<contract> : f32
          %v1097, %v1098 = gpu.shuffle xor %v1096, %v855, %v851 : f32
          %v1099 = arith.addf %v1096, %v1097 fastmath<contract> : f32
          %v1100, %v1101 = gpu.shuffle xor %v1099, %v859, %v851 : f32
          %v1102 = arith.addf %v1099, %v1100 fastmath<contract> : f32
          // end sum over the lanes
          %v1103 = arith.addi %v62, %v81 : i64
          %v1104, %v1105 = gpu.shuffle idx %v691, %v784, %v795 : f32
          %v1106, %v1107 = gpu.shuffle idx %v704, %v784, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1108 = arith.remui %v1103, %v10 : i64
          %v1109 = arith.cmpi eq, %v1108, %v40 : i64
          %v1110 = arith.andi %v1109, %v26 : i1
          scf.if %v1110 {
            %v1111 = arith.divui %v1103, %v10 : i64
            %v1112 = llvm.mlir.zero : !llvm.ptr
            %v1113 = llvm.icmp "ne" %ckpt_S, %v1112 : !llvm.ptr
            scf.if %v1113 {
              %v1118 = arith.muli %v1111, %v1117 : i64
              %v1119 = llvm.load %v6 : !llvm.ptr -> f32
              %v1120 = arith.muli %v33, %v815 : i64
              %v1121 = arith.muli %v31, %v814 : i64
              %v1122 = arith.addi %v1120, %v1121 : i64
              %v1123 = arith.muli %v29, %v813 : i64
              %v1124 = arith.addi %v1122, %v1123 : i64
              %v1125 = arith.muli %v22, %v2 : i64
              %v1126 = arith.addi %v1124, %v1125 : i64
              %v1127 = arith.addi %v1118, %v1126 : i64
              %v1128 = llvm.getelementptr %ckpt_S[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1119, %v1128 : f32, !llvm.ptr
              %v1129 = llvm.load %v7 : !llvm.ptr -> f32
              %v1130 = arith.muli %v33, %v815 : i64
              %v1131 = arith.muli %v31, %v814 : i64
              %v1132 = arith.addi %v1130, %v1131 : i64
              %v1133 = arith.muli %v29, %v813 : i64
              %v1134 = arith.addi %v1132, %v1133 : i64
              %v1135 = arith.constant 8 : i64
              %v1136 = arith.addi %v1135, %v22 : i64
              %v1137 = arith.muli %v1136, %v2 : i64
              %v1138 = arith.addi %v1134, %v1137 : i64
              %v1139 = arith.addi %v1118, %v1138 : i64
              %v1140 = llvm.getelementptr %ckpt_S[%v1139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1129, %v1140 : f32, !llvm.ptr
            }
          }
          // end save
          %v1141 = arith.mulf %v1106, %v275 fastmath<contract> : f32
          %v1142 = llvm.load %v6 : !llvm.ptr -> f32
          %v1143 = arith.mulf %v1104, %v1142 fastmath<contract> : f32
          %v1144 = arith.addf %v1143, %v1141 fastmath<contract> : f32
          %v1145 = arith.mulf %v1106, %v284 fastmath<contract> : f32
          %v1146 = llvm.load %v7 : !llvm.ptr -> f32
          %v1147 = arith.mulf %v1104, %v1146 fastmath<contract> : f32
          %v1148 = arith.addf %v1147, %v1145 fastmath<contract> : f32
          llvm.store %v1144, %v6 : f32, !llvm.ptr
          llvm.store %v1148, %v7 : f32, !llvm.ptr
          %v1149 = llvm.load %v6 : !llvm.ptr -> f32
          %v1150 = arith.mulf %v291, %v1149 fastmath<contract> : f32
          %v1151 = llvm.load %v7 : !llvm.ptr -> f32
          %v1152 = arith.mulf %v300, %v1151 fastmath<contract> : f32
          %v1153 = arith.addf %v1150, %v1152 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1154, %v1155 = gpu.shuffle xor %v1153, %v850, %v851 : f32
          %v1156 = arith.addf %v1153, %v1154 fastmath<contract> : f32
          %v1157, %v1158 = gpu.shuffle xor %v1156, %v855, %v851 : f32
          %v1159 = arith.addf %v1156, %v1157 fastmath<contract> : f32
          %v1160, %v1161 = gpu.shuffle xor %v1159, %v859, %v851 : f32
          %v1162 = arith.addf %v1159, %v1160 fastmath<contract> : f32
          // end sum over the lanes
          %v1163 = arith.addi %v62, %v83 : i64
          %v1164, %v1165 = gpu.shuffle idx %v691, %v788, %v795 : f32
          %v1166, %v1167 = gpu.shuffle idx %v704, %v788, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1168 = arith.remui %v1163, %v10 : i64
          %v1169 = arith.cmpi eq, %v1168, %v40 : i64
          %v1170 = arith.andi %v1169, %v26 : i1
          scf.if %v1170 {
            %v1171 = arith.divui %v1163, %v10 : i64
            %v1172 = llvm.mlir.zero : !llvm.ptr
            %v1173 = llvm.icmp "ne" %ckpt_S, %v1172 : !llvm.ptr
            scf.if %v1173 {
              %v1178 = arith.muli %v1171, %v1177 : i64
              %v1179 = llvm.load %v6 : !llvm.ptr -> f32
              %v1180 = arith.muli %v33, %v815 : i64
              %v1181 = arith.muli %v31, %v814 : i64
              %v1182 = arith.addi %v1180, %v1181 : i64
              %v1183 = arith.muli %v29, %v813 : i64
              %v1184 = arith.addi %v1182, %v1183 : i64
              %v1185 = arith.muli %v22, %v2 : i64
              %v1186 = arith.addi %v1184, %v1185 : i64
              %v1187 = arith.addi %v1178, %v1186 : i64
              %v1188 = llvm.getelementptr %ckpt_S[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1179, %v1188 : f32, !llvm.ptr
              %v1189 = llvm.load %v7 : !llvm.ptr -> f32
              %v1190 = arith.muli %v33, %v815 : i64
              %v1191 = arith.muli %v31, %v814 : i64
              %v1192 = arith.addi %v1190, %v1191 : i64
              %v1193 = arith.muli %v29, %v813 : i64
              %v1194 = arith.addi %v1192, %v1193 : i64
              %v1195 = arith.constant 8 : i64
              %v1196 = arith.addi %v1195, %v22 : i64
              %v1197 = arith.muli %v1196, %v2 : i64
              %v1198 = arith.addi %v1194, %v1197 : i64
              %v1199 = arith.addi %v1178, %v1198 : i64
              %v1200 = llvm.getelementptr %ckpt_S[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1189, %v1200 : f32, !llvm.ptr
            }
          }
          // end save
          %v1201 = arith.mulf %v1166, %v308 fastmath<contract> : f32
          %v1202 = llvm.load %v6 : !llvm.ptr -> f32
          %v1203 = arith.mulf %v1164, %v1202 fastmath<contract> : f32
          %v1204 = arith.addf %v1203, %v1201 fastmath<contract> : f32
          %v1205 = arith.mulf %v1166, %v317 fastmath<contract> : f32
          %v1206 = llvm.load %v7 : !llvm.ptr -> f32
          %v1207 = arith.mulf %v1164, %v1206 fastmath<contract> : f32
          %v1208 = arith.addf %v1207, %v1205 fastmath<contract> : f32
          llvm.store %v1204, %v6 : f32, !llvm.ptr
          llvm.store %v1208, %v7 : f32, !llvm.ptr
          %v1209 = llvm.load %v6 : !llvm.ptr -> f32
          %v1210 = arith.mulf %v324, %v1209 fastmath<contract> : f32
          %v1211 = llvm.load %v7 : !llvm.ptr -> f32
          %v1212 = arith.mulf %v333, %v1211 fastmath<contract> : f32
          %v1213 = arith.addf %v1210, %v1212 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1214, %v1215 = gpu.shuffle xor %v1213, %v850, %v851 : f32
          %v1216 = arith.addf %v1213, %v1214 fastmath<contract> : f32
          %v1217, %v1218 = gpu.shuffle xor %v1216, %v855, %v851 : f32
          %v1219 = arith.addf %v1216, %v1217 fastmath<contract> : f32
          %v1220, %v1221 = gpu.shuffle xor %v1219, %v859, %v851 : f32
          %v1222 = arith.addf %v1219, %v1220 fastmath<contract> : f32
          // end sum over the lanes
          %v1223 = arith.addi %v62, %v85 : i64
          %v1224, %v1225 = gpu.shuffle idx %v691, %v792, %v795 : f32
          %v1226, %v1227 = gpu.shuffle idx %v704, %v792, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1228 = arith.remui %v1223, %v10 : i64
          %v1229 = arith.cmpi eq, %v1228, %v40 : i64
          %v1230 = arith.andi %v1229, %v26 : i1
          scf.if %v1230 {
            %v1231 = arith.divui %v1223, %v10 : i64
            %v1232 = llvm.mlir.zero : !llvm.ptr
            %v1233 = llvm.icmp "ne" %ckpt_S, %v1232 : !llvm.ptr
            scf.if %v1233 {
              %v1238 = arith.muli %v1231, %v1237 : i64
              %v1239 = llvm.load %v6 : !llvm.ptr -> f32
              %v1240 = arith.muli %v33, %v815 : i64
              %v1241 = arith.muli %v31, %v814 : i64
              %v1242 = arith.addi %v1240, %v1241 : i64
              %v1243 = arith.muli %v29, %v813 : i64
              %v1244 = arith.addi %v1242, %v1243 : i64
              %v1245 = arith.muli %v22, %v2 : i64
              %v1246 = arith.addi %v1244, %v1245 : i64
              %v1247 = arith.addi %v1238, %v1246 : i64
              %v1248 = llvm.getelementptr %ckpt_S[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1239, %v1248 : f32, !llvm.ptr
              %v1249 = llvm.load %v7 : !llvm.ptr -> f32
              %v1250 = arith.muli %v33, %v815 : i64
              %v1251 = arith.muli %v31, %v814 : i64
              %v1252 = arith.addi %v1250, %v1251 : i64
              %v1253 = arith.muli %v29, %v813 : i64
              %v1254 = arith.addi %v1252, %v1253 : i64
              %v1255 = arith.constant 8 : i64
              %v1256 = arith.addi %v1255, %v22 : i64
              %v1257 = arith.muli %v1256, %v2 : i64
              %v1258 = arith.addi %v1254, %v1257 : i64
              %v1259 = arith.addi %v1238, %v1258 : i64
              %v1260 = llvm.getelementptr %ckpt_S[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1249, %v1260 : f32, !llvm.ptr
            }
          }
          // end save
          %v1261 = arith.mulf %v1226, %v341 fastmath<contract> : f32
          %v1262 = llvm.load %v6 : !llvm.ptr -> f32
          %v1263 = arith.mulf %v1224, %v1262 fastmath<contract> : f32
          %v1264 = arith.addf %v1263, %v1261 fastmath<contract> : f32
          %v1265 = arith.mulf %v1226, %v350 fastmath<contract> : f32
          %v1266 = llvm.load %v7 : !llvm.ptr -> f32
          %v1267 = arith.mulf %v1224, %v1266 fastmath<contract> : f32
          %v1268 = arith.addf %v1267, %v1265 fastmath<contract> : f32
          llvm.store %v1264, %v6 : f32, !llvm.ptr
          llvm.store %v1268, %v7 : f32, !llvm.ptr
          %v1269 = llvm.load %v6 : !llvm.ptr -> f32
          %v1270 = arith.mulf %v357, %v1269 fastmath<contract> : f32
          %v1271 = llvm.load %v7 : !llvm.ptr -> f32
          %v1272 = arith.mulf %v366, %v1271 fastmath<contract> : f32
          %v1273 = arith.addf %v1270, %v1272 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1274, %v1275 = gpu.shuffle xor %v1273, %v850, %v851 : f32
          %v1276 = arith.addf %v1273, %v1274 fastmath<contract> : f32
          %v1277, %v1278 = gpu.shuffle xor %v1276, %v855, %v851 : f32
          %v1279 = arith.addf %v1276, %v1277 fastmath<contract> : f32
          %v1280, %v1281 = gpu.shuffle xor %v1279, %v859, %v851 : f32
          %v1282 = arith.addf %v1279, %v1280 fastmath<contract> : f32
          // end sum over the lanes
          %v1283 = arith.addi %v62, %v86 : i64
          %v1284, %v1285 = gpu.shuffle idx %v748, %v764, %v795 : f32
          %v1286, %v1287 = gpu.shuffle idx %v758, %v764, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1288 = arith.remui %v1283, %v10 : i64
          %v1289 = arith.cmpi eq, %v1288, %v40 : i64
          %v1290 = arith.andi %v1289, %v26 : i1
          scf.if %v1290 {
            %v1291 = arith.divui %v1283, %v10 : i64
            %v1292 = llvm.mlir.zero : !llvm.ptr
            %v1293 = llvm.icmp "ne" %ckpt_S, %v1292 : !llvm.ptr
            scf.if %v1293 {
              %v1298 = arith.muli %v1291, %v1297 : i64
              %v1299 = llvm.load %v6 : !llvm.ptr -> f32
              %v1300 = arith.muli %v33, %v815 : i64
              %v1301 = arith.muli %v31, %v814 : i64
              %v1302 = arith.addi %v1300, %v1301 : i64
              %v1303 = arith.muli %v29, %v813 : i64
              %v1304 = arith.addi %v1302, %v1303 : i64
              %v1305 = arith.muli %v22, %v2 : i64
              %v1306 = arith.addi %v1304, %v1305 : i64
              %v1307 = arith.addi %v1298, %v1306 : i64
              %v1308 = llvm.getelementptr %ckpt_S[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1299, %v1308 : f32, !llvm.ptr
              %v1309 = llvm.load %v7 : !llvm.ptr -> f32
              %v1310 = arith.muli %v33, %v815 : i64
              %v1311 = arith.muli %v31, %v814 : i64
              %v1312 = arith.addi %v1310, %v1311 : i64
              %v1313 = arith.muli %v29, %v813 : i64
              %v1314 = arith.addi %v1312, %v1313 : i64
              %v1315 = arith.constant 8 : i64
              %v1316 = arith.addi %v1315, %v22 : i64
              %v1317 = arith.muli %v1316, %v2 : i64
              %v1318 = arith.addi %v1314, %v1317 : i64
              %v1319 = arith.addi %v1298, %v1318 : i64
              %v1320 = llvm.getelementptr %ckpt_S[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1309, %v1320 : f32, !llvm.ptr
            }
          }
          // end save
          %v1321 = arith.mulf %v1286, %v374 fastmath<contract> : f32
          %v1322 = llvm.load %v6 : !llvm.ptr -> f32
          %v1323 = arith.mulf %v1284, %v1322 fastmath<contract> : f32
          %v1324 = arith.addf %v1323, %v1321 fastmath<contract> : f32
          %v1325 = arith.mulf %v1286, %v383 fastmath<contract> : f32
          %v1326 = llvm.load %v7 : !llvm.ptr -> f32
          %v1327 = arith.mulf %v1284, %v1326 fastmath<contract> : f32
          %v1328 = arith.addf %v1327, %v1325 fastmath<contract> : f32
          llvm.store %v1324, %v6 : f32, !llvm.ptr
          llvm.store %v1328, %v7 : f32, !llvm.ptr
          %v1329 = llvm.load %v6 : !llvm.ptr -> f32
          %v1330 = arith.mulf %v390, %v1329 fastmath<contract> : f32
          %v1331 = llvm.load %v7 : !llvm.ptr -> f32
          %v1332 = arith.mulf %v399, %v1331 fastmath<contract> : f32
          %v1333 = arith.addf %v1330, %v1332 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1334, %v1335 = gpu.shuffle xor %v1333, %v850, %v851 : f32
          %v1336 = arith.addf %v1333, %v1334 fastmath<contract> : f32
          %v1337, %v1338 = gpu.shuffle xor %v1336, %v855, %v851 : f32
          %v1339 = arith.addf %v1336, %v1337 fastmath<contract> : f32
          %v1340, %v1341 = gpu.shuffle xor %v1339, %v859, %v851 : f32
          %v1342 = arith.addf %v1339, %v1340 fastmath<contract> : f32
          // end sum over the lanes
          %v1343 = arith.addi %v62, %v88 : i64
          %v1344, %v1345 = gpu.shuffle idx %v748, %v768, %v795 : f32
          %v1346, %v1347 = gpu.shuffle idx %v758, %v768, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1348 = arith.remui %v1343, %v10 : i64
          %v1349 = arith.cmpi eq, %v1348, %v40 : i64
          %v1350 = arith.andi %v1349, %v26 : i1
          scf.if %v1350 {
            %v1351 = arith.divui %v1343, %v10 : i64
            %v1352 = llvm.mlir.zero : !llvm.ptr
            %v1353 = llvm.icmp "ne" %ckpt_S, %v1352 : !llvm.ptr
            scf.if %v1353 {
              %v1358 = arith.muli %v1351, %v1357 : i64
              %v1359 = llvm.load %v6 : !llvm.ptr -> f32
              %v1360 = arith.muli %v33, %v815 : i64
              %v1361 = arith.muli %v31, %v814 : i64
              %v1362 = arith.addi %v1360, %v1361 : i64
              %v1363 = arith.muli %v29, %v813 : i64
              %v1364 = arith.addi %v1362, %v1363 : i64
              %v1365 = arith.muli %v22, %v2 : i64
              %v1366 = arith.addi %v1364, %v1365 : i64
              %v1367 = arith.addi %v1358, %v1366 : i64
              %v1368 = llvm.getelementptr %ckpt_S[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1359, %v1368 : f32, !llvm.ptr
              %v1369 = llvm.load %v7 : !llvm.ptr -> f32
              %v1370 = arith.muli %v33, %v815 : i64
              %v1371 = arith.muli %v31, %v814 : i64
              %v1372 = arith.addi %v1370, %v1371 : i64
              %v1373 = arith.muli %v29, %v813 : i64
              %v1374 = arith.addi %v1372, %v1373 : i64
              %v1375 = arith.constant 8 : i64
              %v1376 = arith.addi %v1375, %v22 : i64
              %v1377 = arith.muli %v1376, %v2 : i64
              %v1378 = arith.addi %v1374, %v1377 : i64
              %v1379 = arith.addi %v1358, %v1378 : i64
              %v1380 = llvm.getelementptr %ckpt_S[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1369, %v1380 : f32, !llvm.ptr
            }
          }
          // end save
          %v1381 = arith.mulf %v1346, %v407 fastmath<contract> : f32
          %v1382 = llvm.load %v6 : !llvm.ptr -> f32
          %v1383 = arith.mulf %v1344, %v1382 fastmath<contract> : f32
          %v1384 = arith.addf %v1383, %v1381 fastmath<contract> : f32
          %v1385 = arith.mulf %v1346, %v416 fastmath<contract> : f32
          %v1386 = llvm.load %v7 : !llvm.ptr -> f32
          %v1387 = arith.mulf %v1344, %v1386 fastmath<contract> : f32
          %v1388 = arith.addf %v1387, %v1385 fastmath<contract> : f32
          llvm.store %v1384, %v6 : f32, !llvm.ptr
          llvm.store %v1388, %v7 : f32, !llvm.ptr
          %v1389 = llvm.load %v6 : !llvm.ptr -> f32
          %v1390 = arith.mulf %v423, %v1389 fastmath<contract> : f32
          %v1391 = llvm.load %v7 : !llvm.ptr -> f32
          %v1392 = arith.mulf %v432, %v1391 fastmath<contract> : f32
          %v1393 = arith.addf %v1390, %v1392 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1394, %v1395 = gpu.shuffle xor %v1393, %v850, %v851 : f32
          %v1396 = arith.addf %v1393, %v1394 fastmath<contract> : f32
          %v1397, %v1398 = gpu.shuffle xor %v1396, %v855, %v851 : f32
          %v1399 = arith.addf %v1396, %v1397 fastmath<contract> : f32
          %v1400, %v1401 = gpu.shuffle xor %v1399, %v859, %v851 : f32
          %v1402 = arith.addf %v1399, %v1400 fastmath<contract> : f32
          // end sum over the lanes
          %v1403 = arith.addi %v62, %v90 : i64
          %v1404, %v1405 = gpu.shuffle idx %v748, %v772, %v795 : f32
          %v1406, %v1407 = gpu.shuffle idx %v758, %v772, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1408 = arith.remui %v1403, %v10 : i64
          %v1409 = arith.cmpi eq, %v1408, %v40 : i64
          %v1410 = arith.andi %v1409, %v26 : i1
          scf.if %v1410 {
            %v1411 = arith.divui %v1403, %v10 : i64
            %v1412 = llvm.mlir.zero : !llvm.ptr
            %v1413 = llvm.icmp "ne" %ckpt_S, %v1412 : !llvm.ptr
            scf.if %v1413 {
              %v1418 = arith.muli %v1411, %v1417 : i64
              %v1419 = llvm.load %v6 : !llvm.ptr -> f32
              %v1420 = arith.muli %v33, %v815 : i64
              %v1421 = arith.muli %v31, %v814 : i64
              %v1422 = arith.addi %v1420, %v1421 : i64
              %v1423 = arith.muli %v29, %v813 : i64
              %v1424 = arith.addi %v1422, %v1423 : i64
              %v1425 = arith.muli %v22, %v2 : i64
              %v1426 = arith.addi %v1424, %v1425 : i64
              %v1427 = arith.addi %v1418, %v1426 : i64
              %v1428 = llvm.getelementptr %ckpt_S[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1419, %v1428 : f32, !llvm.ptr
              %v1429 = llvm.load %v7 : !llvm.ptr -> f32
              %v1430 = arith.muli %v33, %v815 : i64
              %v1431 = arith.muli %v31, %v814 : i64
              %v1432 = arith.addi %v1430, %v1431 : i64
              %v1433 = arith.muli %v29, %v813 : i64
              %v1434 = arith.addi %v1432, %v1433 : i64
              %v1435 = arith.constant 8 : i64
              %v1436 = arith.addi %v1435, %v22 : i64
              %v1437 = arith.muli %v1436, %v2 : i64
              %v1438 = arith.addi %v1434, %v1437 : i64
              %v1439 = arith.addi %v1418, %v1438 : i64
              %v1440 = llvm.getelementptr %ckpt_S[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1429, %v1440 : f32, !llvm.ptr
            }
          }
          // end save
          %v1441 = arith.mulf %v1406, %v440 fastmath<contract> : f32
          %v1442 = llvm.load %v6 : !llvm.ptr -> f32
          %v1443 = arith.mulf %v1404, %v1442 fastmath<contract> : f32
          %v1444 = arith.addf %v1443, %v1441 fastmath<contract> : f32
          %v1445 = arith.mulf %v1406, %v449 fastmath<contract> : f32
          %v1446 = llvm.load %v7 : !llvm.ptr -> f32
          %v1447 = arith.mulf %v1404, %v1446 fastmath<contract> : f32
          %v1448 = arith.addf %v1447, %v1445 fastmath<contract> : f32
          llvm.store %v1444, %v6 : f32, !llvm.ptr
          llvm.store %v1448, %v7 : f32, !llvm.ptr
          %v1449 = llvm.load %v6 : !llvm.ptr -> f32
          %v1450 = arith.mulf %v456, %v1449 fastmath<contract> : f32
          %v1451 = llvm.load %v7 : !llvm.ptr -> f32
          %v1452 = arith.mulf %v465, %v1451 fastmath<contract> : f32
          %v1453 = arith.addf %v1450, %v1452 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1454, %v1455 = gpu.shuffle xor %v1453, %v850, %v851 : f32
          %v1456 = arith.addf %v1453, %v1454 fastmath<contract> : f32
          %v1457, %v1458 = gpu.shuffle xor %v1456, %v855, %v851 : f32
          %v1459 = arith.addf %v1456, %v1457 fastmath<contract> : f32
          %v1460, %v1461 = gpu.shuffle xor %v1459, %v859, %v851 : f32
          %v1462 = arith.addf %v1459, %v1460 fastmath<contract> : f32
          // end sum over the lanes
          %v1463 = arith.addi %v62, %v92 : i64
          %v1464, %v1465 = gpu.shuffle idx %v748, %v776, %v795 : f32
          %v1466, %v1467 = gpu.shuffle idx %v758, %v776, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1468 = arith.remui %v1463, %v10 : i64
          %v1469 = arith.cmpi eq, %v1468, %v40 : i64
          %v1470 = arith.andi %v1469, %v26 : i1
          scf.if %v1470 {
            %v1471 = arith.divui %v1463, %v10 : i64
            %v1472 = llvm.mlir.zero : !llvm.ptr
            %v1473 = llvm.icmp "ne" %ckpt_S, %v1472 : !llvm.ptr
            scf.if %v1473 {
              %v1478 = arith.muli %v1471, %v1477 : i64
              %v1479 = llvm.load %v6 : !llvm.ptr -> f32
              %v1480 = arith.muli %v33, %v815 : i64
              %v1481 = arith.muli %v31, %v814 : i64
              %v1482 = arith.addi %v1480, %v1481 : i64
              %v1483 = arith.muli %v29, %v813 : i64
              %v1484 = arith.addi %v1482, %v1483 : i64
              %v1485 = arith.muli %v22, %v2 : i64
              %v1486 = arith.addi %v1484, %v1485 : i64
              %v1487 = arith.addi %v1478, %v1486 : i64
              %v1488 = llvm.getelementptr %ckpt_S[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1479, %v1488 : f32, !llvm.ptr
              %v1489 = llvm.load %v7 : !llvm.ptr -> f32
              %v1490 = arith.muli %v33, %v815 : i64
              %v1491 = arith.muli %v31, %v814 : i64
              %v1492 = arith.addi %v1490, %v1491 : i64
              %v1493 = arith.muli %v29, %v813 : i64
              %v1494 = arith.addi %v1492, %v1493 : i64
              %v1495 = arith.constant 8 : i64
              %v1496 = arith.addi %v1495, %v22 : i64
              %v1497 = arith.muli %v1496, %v2 : i64
              %v1498 = arith.addi %v1494, %v1497 : i64
              %v1499 = arith.addi %v1478, %v1498 : i64
              %v1500 = llvm.getelementptr %ckpt_S[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1489, %v1500 : f32, !llvm.ptr
            }
          }
          // end save
          %v1501 = arith.mulf %v1466, %v473 fastmath<contract> : f32
          %v1502 = llvm.load %v6 : !llvm.ptr -> f32
          %v1503 = arith.mulf %v1464, %v1502 fastmath<contract> : f32
          %v1504 = arith.addf %v1503, %v1501 fastmath<contract> : f32
          %v1505 = arith.mulf %v1466, %v482 fastmath<contract> : f32
          %v1506 = llvm.load %v7 : !llvm.ptr -> f32
          %v1507 = arith.mulf %v1464, %v1506 fastmath<contract> : f32
          %v1508 = arith.addf %v1507, %v1505 fastmath<contract> : f32
          llvm.store %v1504, %v6 : f32, !llvm.ptr
          llvm.store %v1508, %v7 : f32, !llvm.ptr
          %v1509 = llvm.load %v6 : !llvm.ptr -> f32
          %v1510 = arith.mulf %v489, %v1509 fastmath<contract> : f32
          %v1511 = llvm.load %v7 : !llvm.ptr -> f32
          %v1512 = arith.mulf %v498, %v1511 fastmath<contract> : f32
          %v1513 = arith.addf %v1510, %v1512 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1514, %v1515 = gpu.shuffle xor %v1513, %v850, %v851 : f32
          %v1516 = arith.addf %v1513, %v1514 fastmath<contract> : f32
          %v1517, %v1518 = gpu.shuffle xor %v1516, %v855, %v851 : f32
          %v1519 = arith.addf %v1516, %v1517 fastmath<contract> : f32
          %v1520, %v1521 = gpu.shuffle xor %v1519, %v859, %v851 : f32
          %v1522 = arith.addf %v1519, %v1520 fastmath<contract> : f32
          // end sum over the lanes
          %v1523 = arith.addi %v62, %v94 : i64
          %v1524, %v1525 = gpu.shuffle idx %v748, %v780, %v795 : f32
          %v1526, %v1527 = gpu.shuffle idx %v758, %v780, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1528 = arith.remui %v1523, %v10 : i64
          %v1529 = arith.cmpi eq, %v1528, %v40 : i64
          %v1530 = arith.andi %v1529, %v26 : i1
          scf.if %v1530 {
            %v1531 = arith.divui %v1523, %v10 : i64
            %v1532 = llvm.mlir.zero : !llvm.ptr
            %v1533 = llvm.icmp "ne" %ckpt_S, %v1532 : !llvm.ptr
            scf.if %v1533 {
              %v1538 = arith.muli %v1531, %v1537 : i64
              %v1539 = llvm.load %v6 : !llvm.ptr -> f32
              %v1540 = arith.muli %v33, %v815 : i64
              %v1541 = arith.muli %v31, %v814 : i64
              %v1542 = arith.addi %v1540, %v1541 : i64
              %v1543 = arith.muli %v29, %v813 : i64
              %v1544 = arith.addi %v1542, %v1543 : i64
              %v1545 = arith.muli %v22, %v2 : i64
              %v1546 = arith.addi %v1544, %v1545 : i64
              %v1547 = arith.addi %v1538, %v1546 : i64
              %v1548 = llvm.getelementptr %ckpt_S[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1539, %v1548 : f32, !llvm.ptr
              %v1549 = llvm.load %v7 : !llvm.ptr -> f32
              %v1550 = arith.muli %v33, %v815 : i64
              %v1551 = arith.muli %v31, %v814 : i64
              %v1552 = arith.addi %v1550, %v1551 : i64
              %v1553 = arith.muli %v29, %v813 : i64
              %v1554 = arith.addi %v1552, %v1553 : i64
              %v1555 = arith.constant 8 : i64
              %v1556 = arith.addi %v1555, %v22 : i64
              %v1557 = arith.muli %v1556, %v2 : i64
              %v1558 = arith.addi %v1554, %v1557 : i64
              %v1559 = arith.addi %v1538, %v1558 : i64
              %v1560 = llvm.getelementptr %ckpt_S[%v1559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1549, %v1560 : f32, !llvm.ptr
            }
          }
          // end save
          %v1561 = arith.mulf %v1526, %v506 fastmath<contract> : f32
          %v1562 = llvm.load %v6 : !llvm.ptr -> f32
          %v1563 = arith.mulf %v1524, %v1562 fastmath<contract> : f32
          %v1564 = arith.addf %v1563, %v1561 fastmath<contract> : f32
          %v1565 = arith.mulf %v1526, %v515 fastmath<contract> : f32
          %v1566 = llvm.load %v7 : !llvm.ptr -> f32
          %v1567 = arith.mulf %v1524, %v1566 fastmath<contract> : f32
          %v1568 = arith.addf %v1567, %v1565 fastmath<contract> : f32
          llvm.store %v1564, %v6 : f32, !llvm.ptr
          llvm.store %v1568, %v7 : f32, !llvm.ptr
          %v1569 = llvm.load %v6 : !llvm.ptr -> f32
          %v1570 = arith.mulf %v522, %v1569 fastmath<contract> : f32
          %v1571 = llvm.load %v7 : !llvm.ptr -> f32
          %v1572 = arith.mulf %v531, %v1571 fastmath<contract> : f32
          %v1573 = arith.addf %v1570, %v1572 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1574, %v1575 = gpu.shuffle xor %v1573, %v850, %v851 : f32
          %v1576 = arith.addf %v1573, %v1574 fastmath<contract> : f32
          %v1577, %v1578 = gpu.shuffle xor %v1576, %v855, %v851 : f32
          %v1579 = arith.addf %v1576, %v1577 fastmath<contract> : f32
          %v1580, %v1581 = gpu.shuffle xor %v1579, %v859, %v851 : f32
          %v1582 = arith.addf %v1579, %v1580 fastmath<contract> : f32
          // end sum over the lanes
          %v1583 = arith.addi %v62, %v96 : i64
          %v1584, %v1585 = gpu.shuffle idx %v748, %v784, %v795 : f32
          %v1586, %v1587 = gpu.shuffle idx %v758, %v784, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1588 = arith.remui %v1583, %v10 : i64
          %v1589 = arith.cmpi eq, %v1588, %v40 : i64
          %v1590 = arith.andi %v1589, %v26 : i1
          scf.if %v1590 {
            %v1591 = arith.divui %v1583, %v10 : i64
            %v1592 = llvm.mlir.zero : !llvm.ptr
            %v1593 = llvm.icmp "ne" %ckpt_S, %v1592 : !llvm.ptr
            scf.if %v1593 {
              %v1598 = arith.muli %v1591, %v1597 : i64
              %v1599 = llvm.load %v6 : !llvm.ptr -> f32
              %v1600 = arith.muli %v33, %v815 : i64
              %v1601 = arith.muli %v31, %v814 : i64
              %v1602 = arith.addi %v1600, %v1601 : i64
              %v1603 = arith.muli %v29, %v813 : i64
              %v1604 = arith.addi %v1602, %v1603 : i64
              %v1605 = arith.muli %v22, %v2 : i64
              %v1606 = arith.addi %v1604, %v1605 : i64
              %v1607 = arith.addi %v1598, %v1606 : i64
              %v1608 = llvm.getelementptr %ckpt_S[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1599, %v1608 : f32, !llvm.ptr
              %v1609 = llvm.load %v7 : !llvm.ptr -> f32
              %v1610 = arith.muli %v33, %v815 : i64
              %v1611 = arith.muli %v31, %v814 : i64
              %v1612 = arith.addi %v1610, %v1611 : i64
              %v1613 = arith.muli %v29, %v813 : i64
              %v1614 = arith.addi %v1612, %v1613 : i64
              %v1615 = arith.constant 8 : i64
              %v1616 = arith.addi %v1615, %v22 : i64
              %v1617 = arith.muli %v1616, %v2 : i64
              %v1618 = arith.addi %v1614, %v1617 : i64
              %v1619 = arith.addi %v1598, %v1618 : i64
              %v1620 = llvm.getelementptr %ckpt_S[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1609, %v1620 : f32, !llvm.ptr
            }
          }
          // end save
          %v1621 = arith.mulf %v1586, %v539 fastmath<contract> : f32
          %v1622 = llvm.load %v6 : !llvm.ptr -> f32
          %v1623 = arith.mulf %v1584, %v1622 fastmath<contract> : f32
          %v1624 = arith.addf %v1623, %v1621 fastmath<contract> : f32
          %v1625 = arith.mulf %v1586, %v548 fastmath<contract> : f32
          %v1626 = llvm.load %v7 : !llvm.ptr -> f32
          %v1627 = arith.mulf %v1584, %v1626 fastmath<contract> : f32
          %v1628 = arith.addf %v1627, %v1625 fastmath<contract> : f32
          llvm.store %v1624, %v6 : f32, !llvm.ptr
          llvm.store %v1628, %v7 : f32, !llvm.ptr
          %v1629 = llvm.load %v6 : !llvm.ptr -> f32
          %v1630 = arith.mulf %v555, %v1629 fastmath<contract> : f32
          %v1631 = llvm.load %v7 : !llvm.ptr -> f32
          %v1632 = arith.mulf %v564, %v1631 fastmath<contract> : f32
          %v1633 = arith.addf %v1630, %v1632 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1634, %v1635 = gpu.shuffle xor %v1633, %v850, %v851 : f32
          %v1636 = arith.addf %v1633, %v1634 fastmath<contract> : f32
          %v1637, %v1638 = gpu.shuffle xor %v1636, %v855, %v851 : f32
          %v1639 = arith.addf %v1636, %v1637 fastmath<contract> : f32
          %v1640, %v1641 = gpu.shuffle xor %v1639, %v859, %v851 : f32
          %v1642 = arith.addf %v1639, %v1640 fastmath<contract> : f32
          // end sum over the lanes
          %v1643 = arith.addi %v62, %v98 : i64
          %v1644, %v1645 = gpu.shuffle idx %v748, %v788, %v795 : f32
          %v1646, %v1647 = gpu.shuffle idx %v758, %v788, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1648 = arith.remui %v1643, %v10 : i64
          %v1649 = arith.cmpi eq, %v1648, %v40 : i64
          %v1650 = arith.andi %v1649, %v26 : i1
          scf.if %v1650 {
            %v1651 = arith.divui %v1643, %v10 : i64
            %v1652 = llvm.mlir.zero : !llvm.ptr
            %v1653 = llvm.icmp "ne" %ckpt_S, %v1652 : !llvm.ptr
            scf.if %v1653 {
              %v1658 = arith.muli %v1651, %v1657 : i64
              %v1659 = llvm.load %v6 : !llvm.ptr -> f32
              %v1660 = arith.muli %v33, %v815 : i64
              %v1661 = arith.muli %v31, %v814 : i64
              %v1662 = arith.addi %v1660, %v1661 : i64
              %v1663 = arith.muli %v29, %v813 : i64
              %v1664 = arith.addi %v1662, %v1663 : i64
              %v1665 = arith.muli %v22, %v2 : i64
              %v1666 = arith.addi %v1664, %v1665 : i64
              %v1667 = arith.addi %v1658, %v1666 : i64
              %v1668 = llvm.getelementptr %ckpt_S[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1659, %v1668 : f32, !llvm.ptr
              %v1669 = llvm.load %v7 : !llvm.ptr -> f32
              %v1670 = arith.muli %v33, %v815 : i64
              %v1671 = arith.muli %v31, %v814 : i64
              %v1672 = arith.addi %v1670, %v1671 : i64
              %v1673 = arith.muli %v29, %v813 : i64
              %v1674 = arith.addi %v1672, %v1673 : i64
              %v1675 = arith.constant 8 : i64
              %v1676 = arith.addi %v1675, %v22 : i64
              %v1677 = arith.muli %v1676, %v2 : i64
              %v1678 = arith.addi %v1674, %v1677 : i64
              %v1679 = arith.addi %v1658, %v1678 : i64
              %v1680 = llvm.getelementptr %ckpt_S[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1669, %v1680 : f32, !llvm.ptr
            }
          }
          // end save
          %v1681 = arith.mulf %v1646, %v572 fastmath<contract> : f32
          %v1682 = llvm.load %v6 : !llvm.ptr -> f32
          %v1683 = arith.mulf %v1644, %v1682 fastmath<contract> : f32
          %v1684 = arith.addf %v1683, %v1681 fastmath<contract> : f32
          %v1685 = arith.mulf %v1646, %v581 fastmath<contract> : f32
          %v1686 = llvm.load %v7 : !llvm.ptr -> f32
          %v1687 = arith.mulf %v1644, %v1686 fastmath<contract> : f32
          %v1688 = arith.addf %v1687, %v1685 fastmath<contract> : f32
          llvm.store %v1684, %v6 : f32, !llvm.ptr
          llvm.store %v1688, %v7 : f32, !llvm.ptr
          %v1689 = llvm.load %v6 : !llvm.ptr -> f32
          %v1690 = arith.mulf %v588, %v1689 fastmath<contract> : f32
          %v1691 = llvm.load %v7 : !llvm.ptr -> f32
          %v1692 = arith.mulf %v597, %v1691 fastmath<contract> : f32
          %v1693 = arith.addf %v1690, %v1692 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1694, %v1695 = gpu.shuffle xor %v1693, %v850, %v851 : f32
          %v1696 = arith.addf %v1693, %v1694 fastmath<contract> : f32
          %v1697, %v1698 = gpu.shuffle xor %v1696, %v855, %v851 : f32
          %v1699 = arith.addf %v1696, %v1697 fastmath<contract> : f32
          %v1700, %v1701 = gpu.shuffle xor %v1699, %v859, %v851 : f32
          %v1702 = arith.addf %v1699, %v1700 fastmath<contract> : f32
          // end sum over the lanes
          %v1703 = arith.addi %v62, %v100 : i64
          %v1704, %v1705 = gpu.shuffle idx %v748, %v792, %v795 : f32
          %v1706, %v1707 = gpu.shuffle idx %v758, %v792, %v795 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1708 = arith.remui %v1703, %v10 : i64
          %v1709 = arith.cmpi eq, %v1708, %v40 : i64
          %v1710 = arith.andi %v1709, %v26 : i1
          scf.if %v1710 {
            %v1711 = arith.divui %v1703, %v10 : i64
            %v1712 = llvm.mlir.zero : !llvm.ptr
            %v1713 = llvm.icmp "ne" %ckpt_S, %v1712 : !llvm.ptr
            scf.if %v1713 {
              %v1718 = arith.muli %v1711, %v1717 : i64
              %v1719 = llvm.load %v6 : !llvm.ptr -> f32
              %v1720 = arith.muli %v33, %v815 : i64
              %v1721 = arith.muli %v31, %v814 : i64
              %v1722 = arith.addi %v1720, %v1721 : i64
              %v1723 = arith.muli %v29, %v813 : i64
              %v1724 = arith.addi %v1722, %v1723 : i64
              %v1725 = arith.muli %v22, %v2 : i64
              %v1726 = arith.addi %v1724, %v1725 : i64
              %v1727 = arith.addi %v1718, %v1726 : i64
              %v1728 = llvm.getelementptr %ckpt_S[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1719, %v1728 : f32, !llvm.ptr
              %v1729 = llvm.load %v7 : !llvm.ptr -> f32
              %v1730 = arith.muli %v33, %v815 : i64
              %v1731 = arith.muli %v31, %v814 : i64
              %v1732 = arith.addi %v1730, %v1731 : i64
              %v1733 = arith.muli %v29, %v813 : i64
              %v1734 = arith.addi %v1732, %v1733 : i64
              %v1735 = arith.constant 8 : i64
              %v1736 = arith.addi %v1735, %v22 : i64
              %v1737 = arith.muli %v1736, %v2 : i64
              %v1738 = arith.addi %v1734, %v1737 : i64
              %v1739 = arith.addi %v1718, %v1738 : i64
              %v1740 = llvm.getelementptr %ckpt_S[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1729, %v1740 : f32, !llvm.ptr
            }
          }
          // end save
          %v1741 = arith.mulf %v1706, %v605 fastmath<contract> : f32
          %v1742 = llvm.load %v6 : !llvm.ptr -> f32
          %v1743 = arith.mulf %v1704, %v1742 fastmath<contract> : f32
          %v1744 = arith.addf %v1743, %v1741 fastmath<contract> : f32
          %v1745 = arith.mulf %v1706, %v614 fastmath<contract> : f32
          %v1746 = llvm.load %v7 : !llvm.ptr -> f32
          %v1747 = arith.mulf %v1704, %v1746 fastmath<contract> : f32
          %v1748 = arith.addf %v1747, %v1745 fastmath<contract> : f32
          llvm.store %v1744, %v6 : f32, !llvm.ptr
          llvm.store %v1748, %v7 : f32, !llvm.ptr
          %v1749 = llvm.load %v6 : !llvm.ptr -> f32
          %v1750 = arith.mulf %v621, %v1749 fastmath<contract> : f32
          %v1751 = llvm.load %v7 : !llvm.ptr -> f32
          %v1752 = arith.mulf %v630, %v1751 fastmath<contract> : f32
          %v1753 = arith.addf %v1750, %v1752 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1754, %v1755 = gpu.shuffle xor %v1753, %v850, %v851 : f32
          %v1756 = arith.addf %v1753, %v1754 fastmath<contract> : f32
          %v1757, %v1758 = gpu.shuffle xor %v1756, %v855, %v851 : f32
          %v1759 = arith.addf %v1756, %v1757 fastmath<contract> : f32
          %v1760, %v1761 = gpu.shuffle xor %v1759, %v859, %v851 : f32
          %v1762 = arith.addf %v1759, %v1760 fastmath<contract> : f32
          // end sum over the lanes
          %v1763 = arith.addi %v62, %v632 : i64
          %v1764 = arith.select %v770, %v922, %v862 : f32
          %v1765 = arith.select %v774, %v982, %v1764 : f32
          %v1766 = arith.select %v778, %v1042, %v1765 : f32
          %v1767 = arith.select %v782, %v1102, %v1766 : f32
          %v1768 = arith.select %v786, %v1162, %v1767 : f32
          %v1769 = arith.select %v790, %v1222, %v1768 : f32
          %v1770 = arith.select %v794, %v1282, %v1769 : f32
          %v1771 = arith.addf %v1770, %v708 fastmath<contract> : f32
          scf.if %v26 {
            %v1772 = arith.muli %v33, %v694 : i64
            %v1773 = arith.muli %v1763, %v693 : i64
            %v1774 = arith.addi %v1772, %v1773 : i64
            %v1775 = arith.muli %v31, %v692 : i64
            %v1776 = arith.addi %v1774, %v1775 : i64
            %v1777 = arith.muli %v29, %v2 : i64
            %v1778 = arith.addi %v1776, %v1777 : i64
            %v1779 = llvm.getelementptr %out_y[%v1778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1771, %v1779 : f32, !llvm.ptr
          }
          %v1780 = arith.addi %v62, %v710 : i64
          %v1781 = arith.select %v770, %v1402, %v1342 : f32
          %v1782 = arith.select %v774, %v1462, %v1781 : f32
          %v1783 = arith.select %v778, %v1522, %v1782 : f32
          %v1784 = arith.select %v782, %v1582, %v1783 : f32
          %v1785 = arith.select %v786, %v1642, %v1784 : f32
          %v1786 = arith.select %v790, %v1702, %v1785 : f32
          %v1787 = arith.select %v794, %v1762, %v1786 : f32
          %v1788 = arith.addf %v1787, %v759 fastmath<contract> : f32
          scf.if %v26 {
            %v1789 = arith.muli %v33, %v694 : i64
            %v1790 = arith.muli %v1780, %v693 : i64
            %v1791 = arith.addi %v1789, %v1790 : i64
            %v1792 = arith.muli %v31, %v692 : i64
            %v1793 = arith.addi %v1791, %v1792 : i64
            %v1794 = arith.muli %v29, %v2 : i64
            %v1795 = arith.addi %v1793, %v1794 : i64
            %v1796 = llvm.getelementptr %out_y[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1788, %v1796 : f32, !llvm.ptr
          }
        }
        %v1797 = arith.muli %v65, %v1 : i64
        %v1798 = arith.index_cast %v1797 : i64 to index
        %v1799 = arith.index_cast %v64 : i64 to index
        %v1800 = arith.index_cast %v2 : i64 to index
        scf.for %v1801 = %v1798 to %v1799 step %v1800 {
          %v1802 = arith.index_cast %v1801 : index to i64
          %v1803 = arith.addi %v62, %v1802 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1804 = arith.remui %v1803, %v10 : i64
          %v1805 = arith.cmpi eq, %v1804, %v40 : i64
          %v1806 = arith.andi %v1805, %v26 : i1
          scf.if %v1806 {
            %v1807 = arith.divui %v1803, %v10 : i64
            %v1808 = llvm.mlir.zero : !llvm.ptr
            %v1809 = llvm.icmp "ne" %ckpt_S, %v1808 : !llvm.ptr
            scf.if %v1809 {
              %v1814 = arith.muli %v1807, %v1813 : i64
              %v1815 = llvm.load %v6 : !llvm.ptr -> f32
              %v1816 = arith.muli %v33, %v815 : i64
              %v1817 = arith.muli %v31, %v814 : i64
              %v1818 = arith.addi %v1816, %v1817 : i64
              %v1819 = arith.muli %v29, %v813 : i64
              %v1820 = arith.addi %v1818, %v1819 : i64
              %v1821 = arith.muli %v22, %v2 : i64
              %v1822 = arith.addi %v1820, %v1821 : i64
              %v1823 = arith.addi %v1814, %v1822 : i64
              %v1824 = llvm.getelementptr %ckpt_S[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1815, %v1824 : f32, !llvm.ptr
              %v1825 = llvm.load %v7 : !llvm.ptr -> f32
              %v1826 = arith.muli %v33, %v815 : i64
              %v1827 = arith.muli %v31, %v814 : i64
              %v1828 = arith.addi %v1826, %v1827 : i64
              %v1829 = arith.muli %v29, %v813 : i64
              %v1830 = arith.addi %v1828, %v1829 : i64
              %v1831 = arith.constant 8 : i64
              %v1832 = arith.addi %v1831, %v22 : i64
              %v1833 = arith.muli %v1832, %v2 : i64
              %v1834 = arith.addi %v1830, %v1833 : i64
              %v1835 = arith.addi %v1814, %v1834 : i64
              %v1836 = llvm.getelementptr %ckpt_S[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1825, %v1836 : f32, !llvm.ptr
            }
          }
          // end save
          %v1838 = arith.muli %v33, %v642 : i64
          %v1839 = arith.muli %v1803, %v641 : i64
          %v1840 = arith.addi %v1838, %v1839 : i64
          %v1841 = arith.muli %v31, %v2 : i64
          %v1842 = arith.addi %v1840, %v1841 : i64
          %v1843 = llvm.getelementptr %in_dt[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1844 = llvm.load %v1843 : !llvm.ptr -> f32
          %v1845 = arith.addf %v1844, %v652 fastmath<contract> : f32
          %v1846 = arith.maximumf %v1845, %v654 : f32
          %v1847 = llvm.call_intrinsic "llvm.fabs.f32"(%v1845) : (f32) -> f32
          %v1848 = arith.negf %v1847 : f32
          %v1849 = arith.mulf %v1848, %v637 fastmath<contract> : f32
          %v1850 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1849) : (f32) -> f32
          %v1851 = arith.addf %v660, %v1850 fastmath<contract> : f32
          %v1852 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1851) : (f32) -> f32
          %v1853 = arith.mulf %v1852, %v663 fastmath<contract> : f32
          %v1854 = arith.mulf %v665, %v1850 fastmath<contract> : f32
          %v1855 = arith.addf %v1854, %v667 fastmath<contract> : f32
          %v1856 = arith.mulf %v1855, %v1850 fastmath<contract> : f32
          %v1857 = arith.addf %v1856, %v670 fastmath<contract> : f32
          %v1858 = arith.mulf %v1857, %v1850 fastmath<contract> : f32
          %v1859 = arith.addf %v1858, %v673 fastmath<contract> : f32
          %v1860 = arith.mulf %v1859, %v1850 fastmath<contract> : f32
          %v1861 = arith.addf %v1860, %v676 fastmath<contract> : f32
          %v1862 = arith.mulf %v1861, %v1850 fastmath<contract> : f32
          %v1863 = arith.addf %v1862, %v679 fastmath<contract> : f32
          %v1864 = arith.mulf %v1863, %v1850 fastmath<contract> : f32
          %v1865 = arith.addf %v1864, %v660 fastmath<contract> : f32
          %v1866 = arith.mulf %v1865, %v1850 fastmath<contract> : f32
          %v1867 = llvm.call_intrinsic "llvm.fabs.f32"(%v1850) : (f32) -> f32
          %v1868 = arith.cmpf olt, %v1867, %v685 : f32
          %v1869 = arith.select %v1868, %v1866, %v1853 : f32
          %v1870 = arith.addf %v1846, %v1869 fastmath<contract> : f32
          %v1871 = arith.negf %v1870 : f32
          %v1872 = arith.mulf %v1871, %v1837 fastmath<contract> : f32
          %v1873 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1872) : (f32) -> f32
          %v1874 = arith.muli %v33, %v694 : i64
          %v1875 = arith.muli %v1803, %v693 : i64
          %v1876 = arith.addi %v1874, %v1875 : i64
          %v1877 = arith.muli %v31, %v692 : i64
          %v1878 = arith.addi %v1876, %v1877 : i64
          %v1879 = arith.muli %v29, %v2 : i64
          %v1880 = arith.addi %v1878, %v1879 : i64
          %v1881 = llvm.getelementptr %in_x[%v1880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1882 = llvm.load %v1881 : !llvm.ptr -> f32
          %v1883 = arith.mulf %v1870, %v1882 fastmath<contract> : f32
          %v1884 = arith.muli %v33, %v103 : i64
          %v1885 = arith.muli %v1803, %v102 : i64
          %v1886 = arith.addi %v1884, %v1885 : i64
          %v1887 = arith.muli %v22, %v2 : i64
          %v1888 = arith.addi %v1886, %v1887 : i64
          %v1889 = llvm.getelementptr %in_Bm[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
          %v1891 = arith.mulf %v1883, %v1890 fastmath<contract> : f32
          %v1892 = llvm.load %v6 : !llvm.ptr -> f32
          %v1893 = arith.mulf %v1873, %v1892 fastmath<contract> : f32
          %v1894 = arith.addf %v1893, %v1891 fastmath<contract> : f32
          %v1895 = arith.muli %v33, %v103 : i64
          %v1896 = arith.muli %v1803, %v102 : i64
          %v1897 = arith.addi %v1895, %v1896 : i64
          %v1898 = arith.constant 8 : i64
          %v1899 = arith.addi %v1898, %v22 : i64
          %v1900 = arith.muli %v1899, %v2 : i64
          %v1901 = arith.addi %v1897, %v1900 : i64
          %v1902 = llvm.getelementptr %in_Bm[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
          %v1904 = arith.mulf %v1883, %v1903 fastmath<contract> : f32
          %v1905 = llvm.load %v7 : !llvm.ptr -> f32
          %v1906 = arith.mulf %v1873, %v1905 fastmath<contract> : f32
          %v1907 = arith.addf %v1906, %v1904 fastmath<contract> : f32
          llvm.store %v1894, %v6 : f32, !llvm.ptr
          llvm.store %v1907, %v7 : f32, !llvm.ptr
          %v1908 = arith.muli %v33, %v103 : i64
          %v1909 = arith.muli %v1803, %v102 : i64
          %v1910 = arith.addi %v1908, %v1909 : i64
          %v1911 = arith.muli %v22, %v2 : i64
          %v1912 = arith.addi %v1910, %v1911 : i64
          %v1913 = llvm.getelementptr %in_Cm[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
          %v1915 = llvm.load %v6 : !llvm.ptr -> f32
          %v1916 = arith.mulf %v1914, %v1915 fastmath<contract> : f32
          %v1917 = arith.muli %v33, %v103 : i64
          %v1918 = arith.muli %v1803, %v102 : i64
          %v1919 = arith.addi %v1917, %v1918 : i64
          %v1920 = arith.constant 8 : i64
          %v1921 = arith.addi %v1920, %v22 : i64
          %v1922 = arith.muli %v1921, %v2 : i64
          %v1923 = arith.addi %v1919, %v1922 : i64
          %v1924 = llvm.getelementptr %in_Cm[%v1923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1925 = llvm.load %v1924 : !llvm.ptr -> f32
          %v1926 = llvm.load %v7 : !llvm.ptr -> f32
          %v1927 = arith.mulf %v1925, %v1926 fastmath<contract> : f32
          %v1928 = arith.addf %v1916, %v1927 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1929, %v1930 = gpu.shuffle xor %v1928, %v850, %v851 : f32
          %v1931 = arith.addf %v1928, %v1929 fastmath<contract> : f32
          %v1932, %v1933 = gpu.shuffle xor %v1931, %v855, %v851 : f32
          %v1934 = arith.addf %v1931, %v1932 fastmath<contract> : f32
          %v1935, %v1936 = gpu.shuffle xor %v1934, %v859, %v851 : f32
          %v1937 = arith.addf %v1934, %v1935 fastmath<contract> : f32
          // end sum over the lanes
          %v1938 = arith.mulf %v1882, %v707 fastmath<contract> : f32
          %v1939 = arith.addf %v1937, %v1938 fastmath<contract> : f32
          scf.if %v26 {
            %v1940 = arith.muli %v33, %v694 : i64
            %v1941 = arith.muli %v1803, %v693 : i64
            %v1942 = arith.addi %v1940, %v1941 : i64
            %v1943 = arith.muli %v31, %v692 : i64
            %v1944 = arith.addi %v1942, %v1943 : i64
            %v1945 = arith.muli %v29, %v2 : i64
            %v1946 = arith.addi %v1944, %v1945 : i64
            %v1947 = llvm.getelementptr %out_y[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1939, %v1947 : f32, !llvm.ptr
          }
        }
      }
      %v1948 = arith.subi %v11, %v2 : i64
      %v1949 = arith.cmpi eq, %v20, %v1948 : i64
      %v1950 = arith.andi %v26, %v1949 : i1
      gpu.return
    }
  }
}
