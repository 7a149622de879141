module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mamba2_fwd(%in_x: !llvm.ptr, %in_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_S: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_P: i64, %size_N: i64) kernel {
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
      %v30 = arith.constant 0x00000000 : f32
      %v31 = arith.constant 0 : i64
      %v32 = arith.constant 32 : i64
      %v49 = arith.constant 2 : i64
      %v51 = arith.constant 3 : i64
      %v53 = arith.constant 4 : i64
      %v55 = arith.constant 5 : i64
      %v57 = arith.constant 6 : i64
      %v59 = arith.constant 7 : i64
      %v62 = arith.constant 9 : i64
      %v64 = arith.constant 10 : i64
      %v66 = arith.constant 11 : i64
      %v68 = arith.constant 12 : i64
      %v70 = arith.constant 13 : i64
      %v72 = arith.constant 14 : i64
      %v74 = arith.constant 15 : i64
      %v77 = arith.muli %v2, %v1 : i64
      %v78 = arith.muli %v77, %size_L : i64
      %v612 = arith.constant 0x3FB8AA3B : f32
      %v616 = arith.muli %v2, %size_H : i64
      %v617 = arith.muli %v616, %size_L : i64
      %v634 = arith.constant 0x3F800000 : f32
      %v637 = arith.constant 0x3F317218 : f32
      %v639 = arith.constant 0x3E124925 : f32
      %v641 = arith.constant 0xBE2AAAAB : f32
      %v644 = arith.constant 0x3E4CCCCD : f32
      %v647 = arith.constant 0xBE800000 : f32
      %v650 = arith.constant 0x3EAAAAAB : f32
      %v653 = arith.constant 0xBF000000 : f32
      %v659 = arith.constant 0x3D800000 : f32
      %v666 = arith.muli %v2, %size_P : i64
      %v667 = arith.muli %v666, %size_H : i64
      %v668 = arith.muli %v667, %size_L : i64
      %v781 = arith.muli %v2, %size_B : i64
      %v782 = arith.muli %v781, %size_H : i64
      %v783 = arith.muli %v782, %size_P : i64
      %v784 = arith.muli %v783, %v1 : i64
      %v787 = arith.muli %v2, %v1 : i64
      %v788 = arith.muli %v787, %size_P : i64
      %v789 = arith.muli %v788, %size_H : i64
      %v824 = arith.constant 1 : i32
      %v825 = arith.constant 32 : i32
      %v829 = arith.constant 2 : i32
      %v833 = arith.constant 4 : i32
      %v848 = arith.muli %v2, %size_B : i64
      %v849 = arith.muli %v848, %size_H : i64
      %v850 = arith.muli %v849, %size_P : i64
      %v851 = arith.muli %v850, %v1 : i64
      %v908 = arith.muli %v2, %size_B : i64
      %v909 = arith.muli %v908, %size_H : i64
      %v910 = arith.muli %v909, %size_P : i64
      %v911 = arith.muli %v910, %v1 : i64
      %v968 = arith.muli %v2, %size_B : i64
      %v969 = arith.muli %v968, %size_H : i64
      %v970 = arith.muli %v969, %size_P : i64
      %v971 = arith.muli %v970, %v1 : i64
      %v1028 = arith.muli %v2, %size_B : i64
      %v1029 = arith.muli %v1028, %size_H : i64
      %v1030 = arith.muli %v1029, %size_P : i64
      %v1031 = arith.muli %v1030, %v1 : i64
      %v1088 = arith.muli %v2, %size_B : i64
      %v1089 = arith.muli %v1088, %size_H : i64
      %v1090 = arith.muli %v1089, %size_P : i64
      %v1091 = arith.muli %v1090, %v1 : i64
      %v1148 = arith.muli %v2, %size_B : i64
      %v1149 = arith.muli %v1148, %size_H : i64
      %v1150 = arith.muli %v1149, %size_P : i64
      %v1151 = arith.muli %v1150, %v1 : i64
      %v1208 = arith.muli %v2, %size_B : i64
      %v1209 = arith.muli %v1208, %size_H : i64
      %v1210 = arith.muli %v1209, %size_P : i64
      %v1211 = arith.muli %v1210, %v1 : i64
      %v1268 = arith.muli %v2, %size_B : i64
      %v1269 = arith.muli %v1268, %size_H : i64
      %v1270 = arith.muli %v1269, %size_P : i64
      %v1271 = arith.muli %v1270, %v1 : i64
      %v1328 = arith.muli %v2, %size_B : i64
      %v1329 = arith.muli %v1328, %size_H : i64
      %v1330 = arith.muli %v1329, %size_P : i64
      %v1331 = arith.muli %v1330, %v1 : i64
      %v1388 = arith.muli %v2, %size_B : i64
      %v1389 = arith.muli %v1388, %size_H : i64
      %v1390 = arith.muli %v1389, %size_P : i64
      %v1391 = arith.muli %v1390, %v1 : i64
      %v1448 = arith.muli %v2, %size_B : i64
      %v1449 = arith.muli %v1448, %size_H : i64
      %v1450 = arith.muli %v1449, %size_P : i64
      %v1451 = arith.muli %v1450, %v1 : i64
      %v1508 = arith.muli %v2, %size_B : i64
      %v1509 = arith.muli %v1508, %size_H : i64
      %v1510 = arith.muli %v1509, %size_P : i64
      %v1511 = arith.muli %v1510, %v1 : i64
      %v1568 = arith.muli %v2, %size_B : i64
      %v1569 = arith.muli %v1568, %size_H : i64
      %v1570 = arith.muli %v1569, %size_P : i64
      %v1571 = arith.muli %v1570, %v1 : i64
      %v1628 = arith.muli %v2, %size_B : i64
      %v1629 = arith.muli %v1628, %size_H : i64
      %v1630 = arith.muli %v1629, %size_P : i64
      %v1631 = arith.muli %v1630, %v1 : i64
      %v1688 = arith.muli %v2, %size_B : i64
      %v1689 = arith.muli %v1688, %size_H : i64
      %v1690 = arith.muli %v1689, %size_P : i64
      %v1691 = arith.muli %v1690, %v1 : i64
      %v1784 = arith.muli %v2, %size_B : i64
      %v1785 = arith.muli %v1784, %size_H : i64
      %v1786 = arith.muli %v1785, %size_P : i64
      %v1787 = arith.muli %v1786, %v1 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.remui %v14, %v16 : i64
      %v18 = arith.divui %v14, %v16 : i64
      %v19 = arith.muli %v15, %v16 : i64
      %v20 = arith.addi %v19, %v18 : i64
      %v21 = arith.cmpi slt, %v20, %v5 : i64
      %v22 = arith.subi %v5, %v2 : i64
      %v23 = arith.minsi %v20, %v22 : i64
      %v24 = arith.remui %v23, %size_P : i64
      %v25 = arith.divui %v23, %size_P : i64
      %v26 = arith.remui %v25, %size_H : i64
      %v27 = arith.divui %v25, %size_H : i64
      %v28 = arith.remui %v27, %size_B : i64
      %v29 = arith.divui %v27, %size_B : i64
      %v609 = arith.muli %v26, %v2 : i64
      %v610 = llvm.getelementptr %in_A_log[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v611 = llvm.load %v610 : !llvm.ptr -> f32
      %v613 = arith.mulf %v611, %v612 fastmath<contract> : f32
      %v614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v613) : (f32) -> f32
      %v615 = arith.mulf %v614, %v612 fastmath<contract> : f32
      %v625 = arith.muli %v26, %v2 : i64
      %v626 = llvm.getelementptr %in_dt_bias[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v627 = llvm.load %v626 : !llvm.ptr -> f32
      %v679 = arith.muli %v26, %v2 : i64
      %v680 = llvm.getelementptr %in_Dskip[%v679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v681 = llvm.load %v680 : !llvm.ptr -> f32
      %v686 = arith.mulf %v614, %v612 fastmath<contract> : f32
      %v734 = arith.trunci %v14 : i64 to i32
      %v735 = arith.constant 24 : i32
      %v736 = arith.andi %v734, %v735 : i32
      %v737 = arith.constant 0 : i32
      %v738 = arith.ori %v736, %v737 : i32
      %v739 = arith.constant 0 : i64
      %v740 = arith.cmpi eq, %v17, %v739 : i64
      %v741 = arith.constant 1 : i32
      %v742 = arith.ori %v736, %v741 : i32
      %v743 = arith.constant 1 : i64
      %v744 = arith.cmpi eq, %v17, %v743 : i64
      %v745 = arith.constant 2 : i32
      %v746 = arith.ori %v736, %v745 : i32
      %v747 = arith.constant 2 : i64
      %v748 = arith.cmpi eq, %v17, %v747 : i64
      %v749 = arith.constant 3 : i32
      %v750 = arith.ori %v736, %v749 : i32
      %v751 = arith.constant 3 : i64
      %v752 = arith.cmpi eq, %v17, %v751 : i64
      %v753 = arith.constant 4 : i32
      %v754 = arith.ori %v736, %v753 : i32
      %v755 = arith.constant 4 : i64
      %v756 = arith.cmpi eq, %v17, %v755 : i64
      %v757 = arith.constant 5 : i32
      %v758 = arith.ori %v736, %v757 : i32
      %v759 = arith.constant 5 : i64
      %v760 = arith.cmpi eq, %v17, %v759 : i64
      %v761 = arith.constant 6 : i32
      %v762 = arith.ori %v736, %v761 : i32
      %v763 = arith.constant 6 : i64
      %v764 = arith.cmpi eq, %v17, %v763 : i64
      %v765 = arith.constant 7 : i32
      %v766 = arith.ori %v736, %v765 : i32
      %v767 = arith.constant 7 : i64
      %v768 = arith.cmpi eq, %v17, %v767 : i64
      %v769 = arith.constant 32 : i32
      %v1811 = arith.mulf %v614, %v612 fastmath<contract> : f32
      llvm.store %v30, %v6 : f32, !llvm.ptr
      llvm.store %v30, %v7 : f32, !llvm.ptr
      %v33 = arith.index_cast %v31 : i64 to index
      %v34 = arith.index_cast %size_L : i64 to index
      %v35 = arith.index_cast %v32 : i64 to index
      scf.for %v36 = %v33 to %v34 step %v35 {
        %v37 = arith.index_cast %v36 : index to i64
        %v38 = arith.subi %size_L, %v37 : i64
        %v39 = arith.minsi %v38, %v32 : i64
        %v40 = arith.divui %v39, %v1 : i64
        %v41 = arith.index_cast %v31 : i64 to index
        %v42 = arith.index_cast %v40 : i64 to index
        %v43 = arith.index_cast %v2 : i64 to index
        scf.for %v44 = %v41 to %v42 step %v43 {
          %v45 = arith.index_cast %v44 : index to i64
          %v46 = arith.muli %v45, %v1 : i64
          %v47 = arith.addi %v46, %v31 : i64
          %v48 = arith.addi %v46, %v2 : i64
          %v50 = arith.addi %v46, %v49 : i64
          %v52 = arith.addi %v46, %v51 : i64
          %v54 = arith.addi %v46, %v53 : i64
          %v56 = arith.addi %v46, %v55 : i64
          %v58 = arith.addi %v46, %v57 : i64
          %v60 = arith.addi %v46, %v59 : i64
          %v61 = arith.addi %v46, %v16 : i64
          %v63 = arith.addi %v46, %v62 : i64
          %v65 = arith.addi %v46, %v64 : i64
          %v67 = arith.addi %v46, %v66 : i64
          %v69 = arith.addi %v46, %v68 : i64
          %v71 = arith.addi %v46, %v70 : i64
          %v73 = arith.addi %v46, %v72 : i64
          %v75 = arith.addi %v46, %v74 : i64
          %v76 = arith.addi %v37, %v47 : i64
          %v79 = arith.muli %v28, %v78 : i64
          %v80 = arith.muli %v76, %v77 : i64
          %v81 = arith.addi %v79, %v80 : i64
          %v82 = arith.muli %v17, %v2 : i64
          %v83 = arith.addi %v81, %v82 : i64
          %v84 = llvm.getelementptr %in_Bm[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v85 = llvm.load %v84 : !llvm.ptr -> f32
          %v86 = arith.muli %v28, %v78 : i64
          %v87 = arith.muli %v76, %v77 : i64
          %v88 = arith.addi %v86, %v87 : i64
          %v89 = arith.constant 8 : i64
          %v90 = arith.addi %v89, %v17 : i64
          %v91 = arith.muli %v90, %v2 : i64
          %v92 = arith.addi %v88, %v91 : i64
          %v93 = llvm.getelementptr %in_Bm[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v94 = llvm.load %v93 : !llvm.ptr -> f32
          %v95 = arith.muli %v28, %v78 : i64
          %v96 = arith.muli %v76, %v77 : i64
          %v97 = arith.addi %v95, %v96 : i64
          %v98 = arith.muli %v17, %v2 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = llvm.getelementptr %in_Cm[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = arith.muli %v28, %v78 : i64
          %v103 = arith.muli %v76, %v77 : i64
          %v104 = arith.addi %v102, %v103 : i64
          %v105 = arith.constant 8 : i64
          %v106 = arith.addi %v105, %v17 : i64
          %v107 = arith.muli %v106, %v2 : i64
          %v108 = arith.addi %v104, %v107 : i64
          %v109 = llvm.getelementptr %in_Cm[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          %v111 = arith.addi %v37, %v48 : i64
          %v112 = arith.muli %v28, %v78 : i64
          %v113 = arith.muli %v111, %v77 : i64
          %v114 = arith.addi %v112, %v113 : i64
          %v115 = arith.muli %v17, %v2 : i64
          %v116 = arith.addi %v114, %v115 : i64
          %v117 = llvm.getelementptr %in_Bm[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v119 = arith.muli %v28, %v78 : i64
          %v120 = arith.muli %v111, %v77 : i64
          %v121 = arith.addi %v119, %v120 : i64
          %v122 = arith.constant 8 : i64
          %v123 = arith.addi %v122, %v17 : i64
          %v124 = arith.muli %v123, %v2 : i64
          %v125 = arith.addi %v121, %v124 : i64
          %v126 = llvm.getelementptr %in_Bm[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.muli %v28, %v78 : i64
          %v129 = arith.muli %v111, %v77 : i64
          %v130 = arith.addi %v128, %v129 : i64
          %v131 = arith.muli %v17, %v2 : i64
          %v132 = arith.addi %v130, %v131 : i64
          %v133 = llvm.getelementptr %in_Cm[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v134 = llvm.load %v133 : !llvm.ptr -> f32
          %v135 = arith.muli %v28, %v78 : i64
          %v136 = arith.muli %v111, %v77 : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.constant 8 : i64
          %v139 = arith.addi %v138, %v17 : i64
          %v140 = arith.muli %v139, %v2 : i64
          %v141 = arith.addi %v137, %v140 : i64
          %v142 = llvm.getelementptr %in_Cm[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.addi %v37, %v50 : i64
          %v145 = arith.muli %v28, %v78 : i64
          %v146 = arith.muli %v144, %v77 : i64
          %v147 = arith.addi %v145, %v146 : i64
          %v148 = arith.muli %v17, %v2 : i64
          %v149 = arith.addi %v147, %v148 : i64
          %v150 = llvm.getelementptr %in_Bm[%v149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v151 = llvm.load %v150 : !llvm.ptr -> f32
          %v152 = arith.muli %v28, %v78 : i64
          %v153 = arith.muli %v144, %v77 : i64
          %v154 = arith.addi %v152, %v153 : i64
          %v155 = arith.constant 8 : i64
          %v156 = arith.addi %v155, %v17 : i64
          %v157 = arith.muli %v156, %v2 : i64
          %v158 = arith.addi %v154, %v157 : i64
          %v159 = llvm.getelementptr %in_Bm[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v161 = arith.muli %v28, %v78 : i64
          %v162 = arith.muli %v144, %v77 : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.muli %v17, %v2 : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = llvm.getelementptr %in_Cm[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v167 = llvm.load %v166 : !llvm.ptr -> f32
          %v168 = arith.muli %v28, %v78 : i64
          %v169 = arith.muli %v144, %v77 : i64
          %v170 = arith.addi %v168, %v169 : i64
          %v171 = arith.constant 8 : i64
          %v172 = arith.addi %v171, %v17 : i64
          %v173 = arith.muli %v172, %v2 : i64
          %v174 = arith.addi %v170, %v173 : i64
          %v175 = llvm.getelementptr %in_Cm[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v176 = llvm.load %v175 : !llvm.ptr -> f32
          %v177 = arith.addi %v37, %v52 : i64
          %v178 = arith.muli %v28, %v78 : i64
          %v179 = arith.muli %v177, %v77 : i64
          %v180 = arith.addi %v178, %v179 : i64
          %v181 = arith.muli %v17, %v2 : i64
          %v182 = arith.addi %v180, %v181 : i64
          %v183 = llvm.getelementptr %in_Bm[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v184 = llvm.load %v183 : !llvm.ptr -> f32
          %v185 = arith.muli %v28, %v78 : i64
          %v186 = arith.muli %v177, %v77 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = arith.constant 8 : i64
          %v189 = arith.addi %v188, %v17 : i64
          %v190 = arith.muli %v189, %v2 : i64
          %v191 = arith.addi %v187, %v190 : i64
          %v192 = llvm.getelementptr %in_Bm[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = arith.muli %v28, %v78 : i64
          %v195 = arith.muli %v177, %v77 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = arith.muli %v17, %v2 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = llvm.getelementptr %in_Cm[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.muli %v28, %v78 : i64
          %v202 = arith.muli %v177, %v77 : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = arith.constant 8 : i64
          %v205 = arith.addi %v204, %v17 : i64
          %v206 = arith.muli %v205, %v2 : i64
          %v207 = arith.addi %v203, %v206 : i64
          %v208 = llvm.getelementptr %in_Cm[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v209 = llvm.load %v208 : !llvm.ptr -> f32
          %v210 = arith.addi %v37, %v54 : i64
          %v211 = arith.muli %v28, %v78 : i64
          %v212 = arith.muli %v210, %v77 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = arith.muli %v17, %v2 : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = llvm.getelementptr %in_Bm[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v217 = llvm.load %v216 : !llvm.ptr -> f32
          %v218 = arith.muli %v28, %v78 : i64
          %v219 = arith.muli %v210, %v77 : i64
          %v220 = arith.addi %v218, %v219 : i64
          %v221 = arith.constant 8 : i64
          %v222 = arith.addi %v221, %v17 : i64
          %v223 = arith.muli %v222, %v2 : i64
          %v224 = arith.addi %v220, %v223 : i64
          %v225 = llvm.getelementptr %in_Bm[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v226 = llvm.load %v225 : !llvm.ptr -> f32
          %v227 = arith.muli %v28, %v78 : i64
          %v228 = arith.muli %v210, %v77 : i64
          %v229 = arith.addi %v227, %v228 : i64
          %v230 = arith.muli %v17, %v2 : i64
          %v231 = arith.addi %v229, %v230 : i64
          %v232 = llvm.getelementptr %in_Cm[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v233 = llvm.load %v232 : !llvm.ptr -> f32
          %v234 = arith.muli %v28, %v78 : i64
          %v235 = arith.muli %v210, %v77 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = arith.constant 8 : i64
          %v238 = arith.addi %v237, %v17 : i64
          %v239 = arith.muli %v238, %v2 : i64
          %v240 = arith.addi %v236, %v239 : i64
          %v241 = llvm.getelementptr %in_Cm[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v242 = llvm.load %v241 : !llvm.ptr -> f32
          %v243 = arith.addi %v37, %v56 : i64
          %v244 = arith.muli %v28, %v78 : i64
          %v245 = arith.muli %v243, %v77 : i64
          %v246 = arith.addi %v244, %v245 : i64
          %v247 = arith.muli %v17, %v2 : i64
          %v248 = arith.addi %v246, %v247 : i64
          %v249 = llvm.getelementptr %in_Bm[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v250 = llvm.load %v249 : !llvm.ptr -> f32
          %v251 = arith.muli %v28, %v78 : i64
          %v252 = arith.muli %v243, %v77 : i64
          %v253 = arith.addi %v251, %v252 : i64
          %v254 = arith.constant 8 : i64
          %v255 = arith.addi %v254, %v17 : i64
          %v256 = arith.muli %v255, %v2 : i64
          %v257 = arith.addi %v253, %v256 : i64
          %v258 = llvm.getelementptr %in_Bm[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v259 = llvm.load %v258 : !llvm.ptr -> f32
          %v260 = arith.muli %v28, %v78 : i64
          %v261 = arith.muli %v243, %v77 : i64
          %v262 = arith.addi %v260, %v261 : i64
          %v263 = arith.muli %v17, %v2 : i64
          %v264 = arith.addi %v262, %v263 : i64
          %v265 = llvm.getelementptr %in_Cm[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v266 = llvm.load %v265 : !llvm.ptr -> f32
          %v267 = arith.muli %v28, %v78 : i64
          %v268 = arith.muli %v243, %v77 : i64
          %v269 = arith.addi %v267, %v268 : i64
          %v270 = arith.constant 8 : i64
          %v271 = arith.addi %v270, %v17 : i64
          %v272 = arith.muli %v271, %v2 : i64
          %v273 = arith.addi %v269, %v272 : i64
          %v274 = llvm.getelementptr %in_Cm[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.addi %v37, %v58 : i64
          %v277 = arith.muli %v28, %v78 : i64
          %v278 = arith.muli %v276, %v77 : i64
          %v279 = arith.addi %v277, %v278 : i64
          %v280 = arith.muli %v17, %v2 : i64
          %v281 = arith.addi %v279, %v280 : i64
          %v282 = llvm.getelementptr %in_Bm[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = arith.muli %v28, %v78 : i64
          %v285 = arith.muli %v276, %v77 : i64
          %v286 = arith.addi %v284, %v285 : i64
          %v287 = arith.constant 8 : i64
          %v288 = arith.addi %v287, %v17 : i64
          %v289 = arith.muli %v288, %v2 : i64
          %v290 = arith.addi %v286, %v289 : i64
          %v291 = llvm.getelementptr %in_Bm[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v292 = llvm.load %v291 : !llvm.ptr -> f32
          %v293 = arith.muli %v28, %v78 : i64
          %v294 = arith.muli %v276, %v77 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = arith.muli %v17, %v2 : i64
          %v297 = arith.addi %v295, %v296 : i64
          %v298 = llvm.getelementptr %in_Cm[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v299 = llvm.load %v298 : !llvm.ptr -> f32
          %v300 = arith.muli %v28, %v78 : i64
          %v301 = arith.muli %v276, %v77 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = arith.constant 8 : i64
          %v304 = arith.addi %v303, %v17 : i64
          %v305 = arith.muli %v304, %v2 : i64
          %v306 = arith.addi %v302, %v305 : i64
          %v307 = llvm.getelementptr %in_Cm[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v308 = llvm.load %v307 : !llvm.ptr -> f32
          %v309 = arith.addi %v37, %v60 : i64
          %v310 = arith.muli %v28, %v78 : i64
          %v311 = arith.muli %v309, %v77 : i64
          %v312 = arith.addi %v310, %v311 : i64
          %v313 = arith.muli %v17, %v2 : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = llvm.getelementptr %in_Bm[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v316 = llvm.load %v315 : !llvm.ptr -> f32
          %v317 = arith.muli %v28, %v78 : i64
          %v318 = arith.muli %v309, %v77 : i64
          %v319 = arith.addi %v317, %v318 : i64
          %v320 = arith.constant 8 : i64
          %v321 = arith.addi %v320, %v17 : i64
          %v322 = arith.muli %v321, %v2 : i64
          %v323 = arith.addi %v319, %v322 : i64
          %v324 = llvm.getelementptr %in_Bm[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v325 = llvm.load %v324 : !llvm.ptr -> f32
          %v326 = arith.muli %v28, %v78 : i64
          %v327 = arith.muli %v309, %v77 : i64
          %v328 = arith.addi %v326, %v327 : i64
          %v329 = arith.muli %v17, %v2 : i64
          %v330 = arith.addi %v328, %v329 : i64
          %v331 = llvm.getelementptr %in_Cm[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v332 = llvm.load %v331 : !llvm.ptr -> f32
          %v333 = arith.muli %v28, %v78 : i64
          %v334 = arith.muli %v309, %v77 : i64
          %v335 = arith.addi %v333, %v334 : i64
          %v336 = arith.constant 8 : i64
          %v337 = arith.addi %v336, %v17 : i64
          %v338 = arith.muli %v337, %v2 : i64
          %v339 = arith.addi %v335, %v338 : i64
          %v340 = llvm.getelementptr %in_Cm[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v341 = llvm.load %v340 : !llvm.ptr -> f32
          %v342 = arith.addi %v37, %v61 : i64
          %v343 = arith.muli %v28, %v78 : i64
          %v344 = arith.muli %v342, %v77 : i64
          %v345 = arith.addi %v343, %v344 : i64
          %v346 = arith.muli %v17, %v2 : i64
          %v347 = arith.addi %v345, %v346 : i64
          %v348 = llvm.getelementptr %in_Bm[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v349 = llvm.load %v348 : !llvm.ptr -> f32
          %v350 = arith.muli %v28, %v78 : i64
          %v351 = arith.muli %v342, %v77 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = arith.constant 8 : i64
          %v354 = arith.addi %v353, %v17 : i64
          %v355 = arith.muli %v354, %v2 : i64
          %v356 = arith.addi %v352, %v355 : i64
          %v357 = llvm.getelementptr %in_Bm[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v358 = llvm.load %v357 : !llvm.ptr -> f32
          %v359 = arith.muli %v28, %v78 : i64
          %v360 = arith.muli %v342, %v77 : i64
          %v361 = arith.addi %v359, %v360 : i64
          %v362 = arith.muli %v17, %v2 : i64
          %v363 = arith.addi %v361, %v362 : i64
          %v364 = llvm.getelementptr %in_Cm[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v365 = llvm.load %v364 : !llvm.ptr -> f32
          %v366 = arith.muli %v28, %v78 : i64
          %v367 = arith.muli %v342, %v77 : i64
          %v368 = arith.addi %v366, %v367 : i64
          %v369 = arith.constant 8 : i64
          %v370 = arith.addi %v369, %v17 : i64
          %v371 = arith.muli %v370, %v2 : i64
          %v372 = arith.addi %v368, %v371 : i64
          %v373 = llvm.getelementptr %in_Cm[%v372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v374 = llvm.load %v373 : !llvm.ptr -> f32
          %v375 = arith.addi %v37, %v63 : i64
          %v376 = arith.muli %v28, %v78 : i64
          %v377 = arith.muli %v375, %v77 : i64
          %v378 = arith.addi %v376, %v377 : i64
          %v379 = arith.muli %v17, %v2 : i64
          %v380 = arith.addi %v378, %v379 : i64
          %v381 = llvm.getelementptr %in_Bm[%v380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v382 = llvm.load %v381 : !llvm.ptr -> f32
          %v383 = arith.muli %v28, %v78 : i64
          %v384 = arith.muli %v375, %v77 : i64
          %v385 = arith.addi %v383, %v384 : i64
          %v386 = arith.constant 8 : i64
          %v387 = arith.addi %v386, %v17 : i64
          %v388 = arith.muli %v387, %v2 : i64
          %v389 = arith.addi %v385, %v388 : i64
          %v390 = llvm.getelementptr %in_Bm[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v391 = llvm.load %v390 : !llvm.ptr -> f32
          %v392 = arith.muli %v28, %v78 : i64
          %v393 = arith.muli %v375, %v77 : i64
          %v394 = arith.addi %v392, %v393 : i64
          %v395 = arith.muli %v17, %v2 : i64
          %v396 = arith.addi %v394, %v395 : i64
          %v397 = llvm.getelementptr %in_Cm[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v398 = llvm.load %v397 : !llvm.ptr -> f32
          %v399 = arith.muli %v28, %v78 : i64
          %v400 = arith.muli %v375, %v77 : i64
          %v401 = arith.addi %v399, %v400 : i64
          %v402 = arith.constant 8 : i64
          %v403 = arith.addi %v402, %v17 : i64
          %v404 = arith.muli %v403, %v2 : i64
          %v405 = arith.addi %v401, %v404 : i64
          %v406 = llvm.getelementptr %in_Cm[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v407 = llvm.load %v406 : !llvm.ptr -> f32
          %v408 = arith.addi %v37, %v65 : i64
          %v409 = arith.muli %v28, %v78 : i64
          %v410 = arith.muli %v408, %v77 : i64
          %v411 = arith.addi %v409, %v410 : i64
          %v412 = arith.muli %v17, %v2 : i64
          %v413 = arith.addi %v411, %v412 : i64
          %v414 = llvm.getelementptr %in_Bm[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v415 = llvm.load %v414 : !llvm.ptr -> f32
          %v416 = arith.muli %v28, %v78 : i64
          %v417 = arith.muli %v408, %v77 : i64
          %v418 = arith.addi %v416, %v417 : i64
          %v419 = arith.constant 8 : i64
          %v420 = arith.addi %v419, %v17 : i64
          %v421 = arith.muli %v420, %v2 : i64
          %v422 = arith.addi %v418, %v421 : i64
          %v423 = llvm.getelementptr %in_Bm[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v424 = llvm.load %v423 : !llvm.ptr -> f32
          %v425 = arith.muli %v28, %v78 : i64
          %v426 = arith.muli %v408, %v77 : i64
          %v427 = arith.addi %v425, %v426 : i64
          %v428 = arith.muli %v17, %v2 : i64
          %v429 = arith.addi %v427, %v428 : i64
          %v430 = llvm.getelementptr %in_Cm[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v431 = llvm.load %v430 : !llvm.ptr -> f32
          %v432 = arith.muli %v28, %v78 : i64
          %v433 = arith.muli %v408, %v77 : i64
          %v434 = arith.addi %v432, %v433 : i64
          %v435 = arith.constant 8 : i64
          %v436 = arith.addi %v435, %v17 : i64
          %v437 = arith.muli %v436, %v2 : i64
          %v438 = arith.addi %v434, %v437 : i64
          %v439 = llvm.getelementptr %in_Cm[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v440 = llvm.load %v439 : !llvm.ptr -> f32
          %v441 = arith.addi %v37, %v67 : i64
          %v442 = arith.muli %v28, %v78 : i64
          %v443 = arith.muli %v441, %v77 : i64
          %v444 = arith.addi %v442, %v443 : i64
          %v445 = arith.muli %v17, %v2 : i64
          %v446 = arith.addi %v444, %v445 : i64
          %v447 = llvm.getelementptr %in_Bm[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v448 = llvm.load %v447 : !llvm.ptr -> f32
          %v449 = arith.muli %v28, %v78 : i64
          %v450 = arith.muli %v441, %v77 : i64
          %v451 = arith.addi %v449, %v450 : i64
          %v452 = arith.constant 8 : i64
          %v453 = arith.addi %v452, %v17 : i64
          %v454 = arith.muli %v453, %v2 : i64
          %v455 = arith.addi %v451, %v454 : i64
          %v456 = llvm.getelementptr %in_Bm[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v457 = llvm.load %v456 : !llvm.ptr -> f32
          %v458 = arith.muli %v28, %v78 : i64
          %v459 = arith.muli %v441, %v77 : i64
          %v460 = arith.addi %v458, %v459 : i64
          %v461 = arith.muli %v17, %v2 : i64
          %v462 = arith.addi %v460, %v461 : i64
          %v463 = llvm.getelementptr %in_Cm[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v464 = llvm.load %v463 : !llvm.ptr -> f32
          %v465 = arith.muli %v28, %v78 : i64
          %v466 = arith.muli %v441, %v77 : i64
          %v467 = arith.addi %v465, %v466 : i64
          %v468 = arith.constant 8 : i64
          %v469 = arith.addi %v468, %v17 : i64
          %v470 = arith.muli %v469, %v2 : i64
          %v471 = arith.addi %v467, %v470 : i64
          %v472 = llvm.getelementptr %in_Cm[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v473 = llvm.load %v472 : !llvm.ptr -> f32
          %v474 = arith.addi %v37, %v69 : i64
          %v475 = arith.muli %v28, %v78 : i64
          %v476 = arith.muli %v474, %v77 : i64
          %v477 = arith.addi %v475, %v476 : i64
          %v478 = arith.muli %v17, %v2 : i64
          %v479 = arith.addi %v477, %v478 : i64
          %v480 = llvm.getelementptr %in_Bm[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v481 = llvm.load %v480 : !llvm.ptr -> f32
          %v482 = arith.muli %v28, %v78 : i64
          %v483 = arith.muli %v474, %v77 : i64
          %v484 = arith.addi %v482, %v483 : i64
          %v485 = arith.constant 8 : i64
          %v486 = arith.addi %v485, %v17 : i64
          %v487 = arith.muli %v486, %v2 : i64
          %v488 = arith.addi %v484, %v487 : i64
          %v489 = llvm.getelementptr %in_Bm[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          %v491 = arith.muli %v28, %v78 : i64
          %v492 = arith.muli %v474, %v77 : i64
          %v493 = arith.addi %v491, %v492 : i64
          %v494 = arith.muli %v17, %v2 : i64
          %v495 = arith.addi %v493, %v494 : i64
          %v496 = llvm.getelementptr %in_Cm[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v497 = llvm.load %v496 : !llvm.ptr -> f32
          %v498 = arith.muli %v28, %v78 : i64
          %v499 = arith.muli %v474, %v77 : i64
          %v500 = arith.addi %v498, %v499 : i64
          %v501 = arith.constant 8 : i64
          %v502 = arith.addi %v501, %v17 : i64
          %v503 = arith.muli %v502, %v2 : i64
          %v504 = arith.addi %v500, %v503 : i64
          %v505 = llvm.getelementptr %in_Cm[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v506 = llvm.load %v505 : !llvm.ptr -> f32
          %v507 = arith.addi %v37, %v71 : i64
          %v508 = arith.muli %v28, %v78 : i64
          %v509 = arith.muli %v507, %v77 : i64
          %v510 = arith.addi %v508, %v509 : i64
          %v511 = arith.muli %v17, %v2 : i64
          %v512 = arith.addi %v510, %v511 : i64
          %v513 = llvm.getelementptr %in_Bm[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v514 = llvm.load %v513 : !llvm.ptr -> f32
          %v515 = arith.muli %v28, %v78 : i64
          %v516 = arith.muli %v507, %v77 : i64
          %v517 = arith.addi %v515, %v516 : i64
          %v518 = arith.constant 8 : i64
          %v519 = arith.addi %v518, %v17 : i64
          %v520 = arith.muli %v519, %v2 : i64
          %v521 = arith.addi %v517, %v520 : i64
          %v522 = llvm.getelementptr %in_Bm[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v523 = llvm.load %v522 : !llvm.ptr -> f32
          %v524 = arith.muli %v28, %v78 : i64
          %v525 = arith.muli %v507, %v77 : i64
          %v526 = arith.addi %v524, %v525 : i64
          %v527 = arith.muli %v17, %v2 : i64
          %v528 = arith.addi %v526, %v527 : i64
          %v529 = llvm.getelementptr %in_Cm[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v530 = llvm.load %v529 : !llvm.ptr -> f32
          %v531 = arith.muli %v28, %v78 : i64
          %v532 = arith.muli %v507, %v77 : i64
          %v533 = arith.addi %v531, %v532 : i64
          %v534 = arith.constant 8 : i64
          %v535 = arith.addi %v534, %v17 : i64
          %v536 = arith.muli %v535, %v2 : i64
          %v537 = arith.addi %v533, %v536 : i64
          %v538 = llvm.getelementptr %in_Cm[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v539 = llvm.load %v538 : !llvm.ptr -> f32
          %v540 = arith.addi %v37, %v73 : i64
          %v541 = arith.muli %v28, %v78 : i64
          %v542 = arith.muli %v540, %v77 : i64
          %v543 = arith.addi %v541, %v542 : i64
          %v544 = arith.muli %v17, %v2 : i64
          %v545 = arith.addi %v543, %v544 : i64
          %v546 = llvm.getelementptr %in_Bm[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v547 = llvm.load %v546 : !llvm.ptr -> f32
          %v548 = arith.muli %v28, %v78 : i64
          %v549 = arith.muli %v540, %v77 : i64
          %v550 = arith.addi %v548, %v549 : i64
          %v551 = arith.constant 8 : i64
          %v552 = arith.addi %v551, %v17 : i64
          %v553 = arith.muli %v552, %v2 : i64
          %v554 = arith.addi %v550, %v553 : i64
          %v555 = llvm.getelementptr %in_Bm[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v556 = llvm.load %v555 : !llvm.ptr -> f32
          %v557 = arith.muli %v28, %v78 : i64
          %v558 = arith.muli %v540, %v77 : i64
          %v559 = arith.addi %v557, %v558 : i64
          %v560 = arith.muli %v17, %v2 : i64
          %v561 = arith.addi %v559, %v560 : i64
          %v562 = llvm.getelementptr %in_Cm[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v563 = llvm.load %v562 : !llvm.ptr -> f32
          %v564 = arith.muli %v28, %v78 : i64
          %v565 = arith.muli %v540, %v77 : i64
          %v566 = arith.addi %v564, %v565 : i64
          %v567 = arith.constant 8 : i64
          %v568 = arith.addi %v567, %v17 : i64
          %v569 = arith.muli %v568, %v2 : i64
          %v570 = arith.addi %v566, %v569 : i64
          %v571 = llvm.getelementptr %in_Cm[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v572 = llvm.load %v571 : !llvm.ptr -> f32
          %v573 = arith.addi %v37, %v75 : i64
          %v574 = arith.muli %v28, %v78 : i64
          %v575 = arith.muli %v573, %v77 : i64
          %v576 = arith.addi %v574, %v575 : i64
          %v577 = arith.muli %v17, %v2 : i64
          %v578 = arith.addi %v576, %v577 : i64
          %v579 = llvm.getelementptr %in_Bm[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v580 = llvm.load %v579 : !llvm.ptr -> f32
          %v581 = arith.muli %v28, %v78 : i64
          %v582 = arith.muli %v573, %v77 : i64
          %v583 = arith.addi %v581, %v582 : i64
          %v584 = arith.constant 8 : i64
          %v585 = arith.addi %v584, %v17 : i64
          %v586 = arith.muli %v585, %v2 : i64
          %v587 = arith.addi %v583, %v586 : i64
          %v588 = llvm.getelementptr %in_Bm[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v589 = llvm.load %v588 : !llvm.ptr -> f32
          %v590 = arith.muli %v28, %v78 : i64
          %v591 = arith.muli %v573, %v77 : i64
          %v592 = arith.addi %v590, %v591 : i64
          %v593 = arith.muli %v17, %v2 : i64
          %v594 = arith.addi %v592, %v593 : i64
          %v595 = llvm.getelementptr %in_Cm[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v596 = llvm.load %v595 : !llvm.ptr -> f32
          %v597 = arith.muli %v28, %v78 : i64
          %v598 = arith.muli %v573, %v77 : i64
          %v599 = arith.addi %v597, %v598 : i64
          %v600 = arith.constant 8 : i64
          %v601 = arith.addi %v600, %v17 : i64
          %v602 = arith.muli %v601, %v2 : i64
          %v603 = arith.addi %v599, %v602 : i64
          %v604 = llvm.getelementptr %in_Cm[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v605 = llvm.load %v604 : !llvm.ptr -> f32
          %v606 = arith.addi %v46, %v31 : i64
          %v607 = arith.addi %v606, %v17 : i64
          %v608 = arith.addi %v37, %v607 : i64
          %v618 = arith.muli %v28, %v617 : i64
          %v619 = arith.muli %v608, %v616 : i64
          %v620 = arith.addi %v618, %v619 : i64
          %v621 = arith.muli %v26, %v2 : i64
          %v622 = arith.addi %v620, %v621 : i64
          %v623 = llvm.getelementptr %in_dt[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v624 = llvm.load %v623 : !llvm.ptr -> f32
          %v628 = arith.addf %v624, %v627 fastmath<contract> : f32
          %v629 = arith.maximumf %v628, %v30 : f32
          %v630 = llvm.call_intrinsic "llvm.fabs.f32"(%v628) : (f32) -> f32
          %v631 = arith.negf %v630 : f32
          %v632 = arith.mulf %v631, %v612 fastmath<contract> : f32
          %v633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v632) : (f32) -> f32
          %v635 = arith.addf %v634, %v633 fastmath<contract> : f32
          %v636 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v635) : (f32) -> f32
          %v638 = arith.mulf %v636, %v637 fastmath<contract> : f32
          %v640 = arith.mulf %v639, %v633 fastmath<contract> : f32
          %v642 = arith.addf %v640, %v641 fastmath<contract> : f32
          %v643 = arith.mulf %v642, %v633 fastmath<contract> : f32
          %v645 = arith.addf %v643, %v644 fastmath<contract> : f32
          %v646 = arith.mulf %v645, %v633 fastmath<contract> : f32
          %v648 = arith.addf %v646, %v647 fastmath<contract> : f32
          %v649 = arith.mulf %v648, %v633 fastmath<contract> : f32
          %v651 = arith.addf %v649, %v650 fastmath<contract> : f32
          %v652 = arith.mulf %v651, %v633 fastmath<contract> : f32
          %v654 = arith.addf %v652, %v653 fastmath<contract> : f32
          %v655 = arith.mulf %v654, %v633 fastmath<contract> : f32
          %v656 = arith.addf %v655, %v634 fastmath<contract> : f32
          %v657 = arith.mulf %v656, %v633 fastmath<contract> : f32
          %v658 = llvm.call_intrinsic "llvm.fabs.f32"(%v633) : (f32) -> f32
          %v660 = arith.cmpf olt, %v658, %v659 : f32
          %v661 = arith.select %v660, %v657, %v638 : f32
          %v662 = arith.addf %v629, %v661 fastmath<contract> : f32
          %v663 = arith.negf %v662 : f32
          %v664 = arith.mulf %v663, %v615 fastmath<contract> : f32
          %v665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v664) : (f32) -> f32
          %v669 = arith.muli %v28, %v668 : i64
          %v670 = arith.muli %v608, %v667 : i64
          %v671 = arith.addi %v669, %v670 : i64
          %v672 = arith.muli %v26, %v666 : i64
          %v673 = arith.addi %v671, %v672 : i64
          %v674 = arith.muli %v24, %v2 : i64
          %v675 = arith.addi %v673, %v674 : i64
          %v676 = llvm.getelementptr %in_x[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v677 = llvm.load %v676 : !llvm.ptr -> f32
          %v678 = arith.mulf %v662, %v677 fastmath<contract> : f32
          %v682 = arith.mulf %v677, %v681 fastmath<contract> : f32
          %v683 = arith.addi %v46, %v16 : i64
          %v684 = arith.addi %v683, %v17 : i64
          %v685 = arith.addi %v37, %v684 : i64
          %v687 = arith.muli %v28, %v617 : i64
          %v688 = arith.muli %v685, %v616 : i64
          %v689 = arith.addi %v687, %v688 : i64
          %v690 = arith.muli %v26, %v2 : i64
          %v691 = arith.addi %v689, %v690 : i64
          %v692 = llvm.getelementptr %in_dt[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v693 = llvm.load %v692 : !llvm.ptr -> f32
          %v694 = arith.addf %v693, %v627 fastmath<contract> : f32
          %v695 = arith.maximumf %v694, %v30 : f32
          %v696 = llvm.call_intrinsic "llvm.fabs.f32"(%v694) : (f32) -> f32
          %v697 = arith.negf %v696 : f32
          %v698 = arith.mulf %v697, %v612 fastmath<contract> : f32
          %v699 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v698) : (f32) -> f32
          %v700 = arith.addf %v634, %v699 fastmath<contract> : f32
          %v701 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v700) : (f32) -> f32
          %v702 = arith.mulf %v701, %v637 fastmath<contract> : f32
          %v703 = arith.mulf %v639, %v699 fastmath<contract> : f32
          %v704 = arith.addf %v703, %v641 fastmath<contract> : f32
          %v705 = arith.mulf %v704, %v699 fastmath<contract> : f32
          %v706 = arith.addf %v705, %v644 fastmath<contract> : f32
          %v707 = arith.mulf %v706, %v699 fastmath<contract> : f32
          %v708 = arith.addf %v707, %v647 fastmath<contract> : f32
          %v709 = arith.mulf %v708, %v699 fastmath<contract> : f32
          %v710 = arith.addf %v709, %v650 fastmath<contract> : f32
          %v711 = arith.mulf %v710, %v699 fastmath<contract> : f32
          %v712 = arith.addf %v711, %v653 fastmath<contract> : f32
          %v713 = arith.mulf %v712, %v699 fastmath<contract> : f32
          %v714 = arith.addf %v713, %v634 fastmath<contract> : f32
          %v715 = arith.mulf %v714, %v699 fastmath<contract> : f32
          %v716 = llvm.call_intrinsic "llvm.fabs.f32"(%v699) : (f32) -> f32
          %v717 = arith.cmpf olt, %v716, %v659 : f32
          %v718 = arith.select %v717, %v715, %v702 : f32
          %v719 = arith.addf %v695, %v718 fastmath<contract> : f32
          %v720 = arith.negf %v719 : f32
          %v721 = arith.mulf %v720, %v686 fastmath<contract> : f32
          %v722 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v721) : (f32) -> f32
          %v723 = arith.muli %v28, %v668 : i64
          %v724 = arith.muli %v685, %v667 : i64
          %v725 = arith.addi %v723, %v724 : i64
          %v726 = arith.muli %v26, %v666 : i64
          %v727 = arith.addi %v725, %v726 : i64
          %v728 = arith.muli %v24, %v2 : i64
          %v729 = arith.addi %v727, %v728 : i64
          %v730 = llvm.getelementptr %in_x[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v731 = llvm.load %v730 : !llvm.ptr -> f32
          %v732 = arith.mulf %v719, %v731 fastmath<contract> : f32
          %v733 = arith.mulf %v731, %v681 fastmath<contract> : f32
          %v770 = arith.addi %v37, %v47 : i64
          %v771, %v772 = gpu.shuffle idx %v665, %v738, %v769 : f32
          %v773, %v774 = gpu.shuffle idx %v678, %v738, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v775 = arith.remui %v770, %v10 : i64
          %v776 = arith.cmpi eq, %v775, %v31 : i64
          %v777 = arith.andi %v776, %v21 : i1
          scf.if %v777 {
            %v778 = arith.divui %v770, %v10 : i64
            %v779 = llvm.mlir.zero : !llvm.ptr
            %v780 = llvm.icmp "ne" %ckpt_S, %v779 : !llvm.ptr
            scf.if %v780 {
              %v785 = arith.muli %v778, %v784 : i64
              %v786 = llvm.load %v6 : !llvm.ptr -> f32
              %v790 = arith.muli %v28, %v789 : i64
              %v791 = arith.muli %v26, %v788 : i64
              %v792 = arith.addi %v790, %v791 : i64
              %v793 = arith.muli %v24, %v787 : i64
              %v794 = arith.addi %v792, %v793 : i64
              %v795 = arith.muli %v17, %v2 : i64
              %v796 = arith.addi %v794, %v795 : i64
              %v797 = arith.addi %v785, %v796 : i64
              %v798 = llvm.getelementptr %ckpt_S[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v786, %v798 : f32, !llvm.ptr
              %v799 = llvm.load %v7 : !llvm.ptr -> f32
              %v800 = arith.muli %v28, %v789 : i64
              %v801 = arith.muli %v26, %v788 : i64
              %v802 = arith.addi %v800, %v801 : i64
              %v803 = arith.muli %v24, %v787 : i64
              %v804 = arith.addi %v802, %v803 : i64
              %v805 = arith.constant 8 : i64
              %v806 = arith.addi %v805, %v17 : i64
              %v807 = arith.muli %v806, %v2 : i64
              %v808 = arith.addi %v804, %v807 : i64
              %v809 = arith.addi %v785, %v808 : i64
              %v810 = llvm.getelementptr %ckpt_S[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v799, %v810 : f32, !llvm.ptr
            }
          }
          // end save
          %v811 = arith.mulf %v773, %v85 fastmath<contract> : f32
          %v812 = llvm.load %v6 : !llvm.ptr -> f32
          %v813 = arith.mulf %v771, %v812 fastmath<contract> : f32
          %v814 = arith.addf %v813, %v811 fastmath<contract> : f32
          %v815 = arith.mulf %v773, %v94 fastmath<contract> : f32
          %v816 = llvm.load %v7 : !llvm.ptr -> f32
          %v817 = arith.mulf %v771, %v816 fastmath<contract> : f32
          %v818 = arith.addf %v817, %v815 fastmath<contract> : f32
          llvm.store %v814, %v6 : f32, !llvm.ptr
          llvm.store %v818, %v7 : f32, !llvm.ptr
          %v819 = llvm.load %v6 : !llvm.ptr -> f32
          %v820 = arith.mulf %v101, %v819 fastmath<contract> : f32
          %v821 = llvm.load %v7 : !llvm.ptr -> f32
          %v822 = arith.mulf %v110, %v821 fastmath<contract> : f32
          %v823 = arith.addf %v820, %v822 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v826, %v827 = gpu.shuffle xor %v823, %v824, %v825 : f32
          %v828 = arith.addf %v823, %v826 fastmath<contract> : f32
          %v830, %v831 = gpu.shuffle xor %v828, %v829, %v825 : f32
          %v832 = arith.addf %v828, %v830 fastmath<contract> : f32
          %v834, %v835 = gpu.shuffle xor %v832, %v833, %v825 : f32
          %v836 = arith.addf %v832, %v834 fastmath<contract> : f32
          // end sum over the lanes
          %v837 = arith.addi %v37, %v48 : i64
          %v838, %v839 = gpu.shuffle idx %v665, %v742, %v769 : f32
          %v840, %v841 = gpu.shuffle idx %v678, %v742, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v842 = arith.remui %v837, %v10 : i64
          %v843 = arith.cmpi eq, %v842, %v31 : i64
          %v844 = arith.andi %v843, %v21 : i1
          scf.if %v844 {
            %v845 = arith.divui %v837, %v10 : i64
            %v846 = llvm.mlir.zero : !llvm.ptr
            %v847 = llvm.icmp "ne" %ckpt_S, %v846 : !llvm.ptr
            scf.if %v847 {
              %v852 = arith.muli %v845, %v851 : i64
              %v853 = llvm.load %v6 : !llvm.ptr -> f32
              %v854 = arith.muli %v28, %v789 : i64
              %v855 = arith.muli %v26, %v788 : i64
              %v856 = arith.addi %v854, %v855 : i64
              %v857 = arith.muli %v24, %v787 : i64
              %v858 = arith.addi %v856, %v857 : i64
              %v859 = arith.muli %v17, %v2 : i64
              %v860 = arith.addi %v858, %v859 : i64
              %v861 = arith.addi %v852, %v860 : i64
              %v862 = llvm.getelementptr %ckpt_S[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v853, %v862 : f32, !llvm.ptr
              %v863 = llvm.load %v7 : !llvm.ptr -> f32
              %v864 = arith.muli %v28, %v789 : i64
              %v865 = arith.muli %v26, %v788 : i64
              %v866 = arith.addi %v864, %v865 : i64
              %v867 = arith.muli %v24, %v787 : i64
              %v868 = arith.addi %v866, %v867 : i64
              %v869 = arith.constant 8 : i64
              %v870 = arith.addi %v869, %v17 : i64
              %v871 = arith.muli %v870, %v2 : i64
              %v872 = arith.addi %v868, %v871 : i64
              %v873 = arith.addi %v852, %v872 : i64
              %v874 = llvm.getelementptr %ckpt_S[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v863, %v874 : f32, !llvm.ptr
            }
          }
          // end save
          %v875 = arith.mulf %v840, %v118 fastmath<contract> : f32
          %v876 = llvm.load %v6 : !llvm.ptr -> f32
          %v877 = arith.mulf %v838, %v876 fastmath<contract> : f32
          %v878 = arith.addf %v877, %v875 fastmath<contract> : f32
          %v879 = arith.mulf %v840, %v127 fastmath<contract> : f32
          %v880 = llvm.load %v7 : !llvm.ptr -> f32
          %v881 = arith.mulf %v838, %v880 fastmath<contract> : f32
          %v882 = arith.addf %v881, %v879 fastmath<contract> : f32
          llvm.store %v878, %v6 : f32, !llvm.ptr
          llvm.store %v882, %v7 : f32, !llvm.ptr
          %v883 = llvm.load %v6 : !llvm.ptr -> f32
          %v884 = arith.mulf %v134, %v883 fastmath<contract> : f32
          %v885 = llvm.load %v7 : !llvm.ptr -> f32
          %v886 = arith.mulf %v143, %v885 fastmath<contract> : f32
          %v887 = arith.addf %v884, %v886 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v888, %v889 = gpu.shuffle xor %v887, %v824, %v825 : f32
          %v890 = arith.addf %v887, %v888 fastmath<contract> : f32
          %v891, %v892 = gpu.shuffle xor %v890, %v829, %v825 : f32
          %v893 = arith.addf %v890, %v891 fastmath<contract> : f32
          %v894, %v895 = gpu.shuffle xor %v893, %v833, %v825 : f32
          %v896 = arith.addf %v893, %v894 fastmath<contract> : f32
          // end sum over the lanes
          %v897 = arith.addi %v37, %v50 : i64
          %v898, %v899 = gpu.shuffle idx %v665, %v746, %v769 : f32
          %v900, %v901 = gpu.shuffle idx %v678, %v746, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v902 = arith.remui %v897, %v10 : i64
          %v903 = arith.cmpi eq, %v902, %v31 : i64
          %v904 = arith.andi %v903, %v21 : i1
          scf.if %v904 {
            %v905 = arith.divui %v897, %v10 : i64
            %v906 = llvm.mlir.zero : !llvm.ptr
            %v907 = llvm.icmp "ne" %ckpt_S, %v906 : !llvm.ptr
            scf.if %v907 {
              %v912 = arith.muli %v905, %v911 : i64
              %v913 = llvm.load %v6 : !llvm.ptr -> f32
              %v914 = arith.muli %v28, %v789 : i64
              %v915 = arith.muli %v26, %v788 : i64
              %v916 = arith.addi %v914, %v915 : i64
              %v917 = arith.muli %v24, %v787 : i64
              %v918 = arith.addi %v916, %v917 : i64
              %v919 = arith.muli %v17, %v2 : i64
              %v920 = arith.addi %v918, %v919 : i64
              %v921 = arith.addi %v912, %v920 : i64
              %v922 = llvm.getelementptr %ckpt_S[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v913, %v922 : f32, !llvm.ptr
              %v923 = llvm.load %v7 : !llvm.ptr -> f32
              %v924 = arith.muli %v28, %v789 : i64
              %v925 = arith.muli %v26, %v788 : i64
              %v926 = arith.addi %v924, %v925 : i64
              %v927 = arith.muli %v24, %v787 : i64
              %v928 = arith.addi %v926, %v927 : i64
              %v929 = arith.constant 8 : i64
              %v930 = arith.addi %v929, %v17 : i64
              %v931 = arith.muli %v930, %v2 : i64
              %v932 = arith.addi %v928, %v931 : i64
              %v933 = arith.addi %v912, %v932 : i64
              %v934 = llvm.getelementptr %ckpt_S[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v923, %v934 : f32, !llvm.ptr
            }
          }
          // end save
          %v935 = arith.mulf %v900, %v151 fastmath<contract> : f32
          %v936 = llvm.load %v6 : !llvm.ptr -> f32
          %v937 = arith.mulf %v898, %v936 fastmath<contract> : f32
          %v938 = arith.addf %v937, %v935 fastmath<contract> : f32
          %v939 = arith.mulf %v900, %v160 fastmath<contract> : f32
          %v940 = llvm.load %v7 : !llvm.ptr -> f32
          %v941 = arith.mulf %v898, %v940 fastmath<contract> : f32
          %v942 = arith.addf %v941, %v939 fastmath<contract> : f32
          llvm.store %v938, %v6 : f32, !llvm.ptr
          llvm.store %v942, %v7 : f32, !llvm.ptr
          %v943 = llvm.load %v6 : !llvm.ptr -> f32
          %v944 = arith.mulf %v167, %v943 fastmath<contract> : f32
          %v945 = llvm.load %v7 : !llvm.ptr -> f32
          %v946 = arith.mulf %v176, %v945 fastmath<contract> : f32
          %v947 = arith.addf %v944, %v946 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v948, %v949 = gpu.shuffle xor %v947, %v824, %v825 : f32
          %v950 = arith.addf %v947, %v948 fastmath<contract> : f32
          %v951, %v952 = gpu.shuffle xor %v950, %v829, %v825 : f32
          %v953 = arith.addf %v950, %v951 fastmath<contract> : f32
          %v954, %v955 = gpu.shuffle xor %v953, %v833, %v825 : f32
          %v956 = arith.addf %v953, %v954 fastmath<contract> : f32
          // end sum over the lanes
          %v957 = arith.addi %v37, %v52 : i64
          %v958, %v959 = gpu.shuffle idx %v665, %v750, %v769 : f32
          %v960, %v961 = gpu.shuffle idx %v678, %v750, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v962 = arith.remui %v957, %v10 : i64
          %v963 = arith.cmpi eq, %v962, %v31 : i64
          %v964 = arith.andi %v963, %v21 : i1
          scf.if %v964 {
            %v965 = arith.divui %v957, %v10 : i64
            %v966 = llvm.mlir.zero : !llvm.ptr
            %v967 = llvm.icmp "ne" %ckpt_S, %v966 : !llvm.ptr
            scf.if %v967 {
              %v972 = arith.muli %v965, %v971 : i64
              %v973 = llvm.load %v6 : !llvm.ptr -> f32
              %v974 = arith.muli %v28, %v789 : i64
              %v975 = arith.muli %v26, %v788 : i64
              %v976 = arith.addi %v974, %v975 : i64
              %v977 = arith.muli %v24, %v787 : i64
              %v978 = arith.addi %v976, %v977 : i64
              %v979 = arith.muli %v17, %v2 : i64
              %v980 = arith.addi %v978, %v979 : i64
              %v981 = arith.addi %v972, %v980 : i64
              %v982 = llvm.getelementptr %ckpt_S[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v973, %v982 : f32, !llvm.ptr
              %v983 = llvm.load %v7 : !llvm.ptr -> f32
              %v984 = arith.muli %v28, %v789 : i64
              %v985 = arith.muli %v26, %v788 : i64
              %v986 = arith.addi %v984, %v985 : i64
              %v987 = arith.muli %v24, %v787 : i64
              %v988 = arith.addi %v986, %v987 : i64
              %v989 = arith.constant 8 : i64
              %v990 = arith.addi %v989, %v17 : i64
              %v991 = arith.muli %v990, %v2 : i64
              %v992 = arith.addi %v988, %v991 : i64
              %v993 = arith.addi %v972, %v992 : i64
              %v994 = llvm.getelementptr %ckpt_S[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v983, %v994 : f32, !llvm.ptr
            }
          }
          // end save
          %v995 = arith.mulf %v960, %v184 fastmath<contract> : f32
          %v996 = llvm.load %v6 : !llvm.ptr -> f32
          %v997 = arith.mulf %v958, %v996 fastmath<contract> : f32
          %v998 = arith.addf %v997, %v995 fastmath<contract> : f32
          %v999 = arith.mulf %v960, %v193 fastmath<contract> : f32
          %v1000 = llvm.load %v7 : !llvm.ptr -> f32
          %v1001 = arith.mulf %v958, %v1000 fastmath<contract> : f32
          %v1002 = arith.addf %v1001, %v999 fastmath<contract> : f32
          llvm.store %v998, %v6 : f32, !llvm.ptr
          llvm.store %v1002, %v7 : f32, !llvm.ptr
          %v1003 = llvm.load %v6 : !llvm.ptr -> f32
          %v1004 = arith.mulf %v200, %v1003 fastmath<contract> : f32
          %v1005 = llvm.load %v7 : !llvm.ptr -> f32
          %v1006 = arith.mulf %v209, %v1005 fastmath<contract> : f32
          %v1007 = arith.addf %v1004, %v1006 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1008, %v1009 = gpu.shuffle xor %v1007, %v824, %v825 : f32
          %v1010 = arith.addf %v1007, %v1008 fastmath<contract> : f32
          %v1011, %v1012 = gpu.shuffle xor %v1010, %v829, %v825 : f32
          %v1013 = arith.addf %v1010, %v1011 fastmath<contract> : f32
          %v1014, %v1015 = gpu.shuffle xor %v1013, %v833, %v825 : f32
          %v1016 = arith.addf %v1013, %v1014 fastmath<contract> : f32
          // end sum over the lanes
          %v1017 = arith.addi %v37, %v54 : i64
          %v1018, %v1019 = gpu.shuffle idx %v665, %v754, %v769 : f32
          %v1020, %v1021 = gpu.shuffle idx %v678, %v754, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1022 = arith.remui %v1017, %v10 : i64
          %v1023 = arith.cmpi eq, %v1022, %v31 : i64
          %v1024 = arith.andi %v1023, %v21 : i1
          scf.if %v1024 {
            %v1025 = arith.divui %v1017, %v10 : i64
            %v1026 = llvm.mlir.zero : !llvm.ptr
            %v1027 = llvm.icmp "ne" %ckpt_S, %v1026 : !llvm.ptr
            scf.if %v1027 {
              %v1032 = arith.muli %v1025, %v1031 : i64
              %v1033 = llvm.load %v6 : !llvm.ptr -> f32
              %v1034 = arith.muli %v28, %v789 : i64
              %v1035 = arith.muli %v26, %v788 : i64
              %v1036 = arith.addi %v1034, %v1035 : i64
              %v1037 = arith.muli %v24, %v787 : i64
              %v1038 = arith.addi %v1036, %v1037 : i64
              %v1039 = arith.muli %v17, %v2 : i64
              %v1040 = arith.addi %v1038, %v1039 : i64
              %v1041 = arith.addi %v1032, %v1040 : i64
              %v1042 = llvm.getelementptr %ckpt_S[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1033, %v1042 : f32, !llvm.ptr
              %v1043 = llvm.load %v7 : !llvm.ptr -> f32
              %v1044 = arith.muli %v28, %v789 : i64
              %v1045 = arith.muli %v26, %v788 : i64
              %v1046 = arith.addi %v1044, %v1045 : i64
              %v1047 = arith.muli %v24, %v787 : i64
              %v1048 = arith.addi %v1046, %v1047 : i64
              %v1049 = arith.constant 8 : i64
              %v1050 = arith.addi %v1049, %v17 : i64
              %v1051 = arith.muli %v1050, %v2 : i64
              %v1052 = arith.addi %v1048, %v1051 : i64
              %v1053 = arith.addi %v1032, %v1052 : i64
              %v1054 = llvm.getelementptr %ckpt_S[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1043, %v1054 : f32, !llvm.ptr
            }
          }
          // end save
          %v1055 = arith.mulf %v1020, %v217 fastmath<contract> : f32
          %v1056 = llvm.load %v6 : !llvm.ptr -> f32
          %v1057 = arith.mulf %v1018, %v1056 fastmath<contract> : f32
          %v1058 = arith.addf %v1057, %v1055 fastmath<contract> : f32
          %v1059 = arith.mulf %v1020, %v226 fastmath<contract> : f32
          %v1060 = llvm.load %v7 : !llvm.ptr -> f32
          %v1061 = arith.mulf %v1018, %v1060 fastmath<contract> : f32
          %v1062 = arith.addf %v1061, %v1059 fastmath<contract> : f32
          llvm.store %v1058, %v6 : f32, !llvm.ptr
          llvm.store %v1062, %v7 : f32, !llvm.ptr
          %v1063 = llvm.load %v6 : !llvm.ptr -> f32
          %v1064 = arith.mulf %v233, %v1063 fastmath<contract> : f32
          %v1065 = llvm.load %v7 : !llvm.ptr -> f32
          %v1066 = arith.mulf %v242, %v1065 fastmath<contract> : f32
          %v1067 = arith.addf %v1064, %v1066 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1068, %v1069 = gpu.shuffle xor %v1067, %v824, %v825 : f32
          %v1070 = arith.addf %v1067, %v1068 fastmath<contract> : f32
          %v1071, %v1072 = gpu.shuffle xor %v1070, %v829, %v825 : f32
          %v1073 = arith.addf %v1070, %v1071 fastmath<contract> : f32
          %v1074, %v1075 = gpu.shuffle xor %v1073, %v833, %v825 : f32
          %v1076 = arith.addf %v1073, %v1074 fastmath<contract> : f32
          // end sum over the lanes
          %v1077 = arith.addi %v37, %v56 : i64
          %v1078, %v1079 = gpu.shuffle idx %v665, %v758, %v769 : f32
          %v1080, %v1081 = gpu.shuffle idx %v678, %v758, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1082 = arith.remui %v1077, %v10 : i64
          %v1083 = arith.cmpi eq, %v1082, %v31 : i64
          %v1084 = arith.andi %v1083, %v21 : i1
          scf.if %v1084 {
            %v1085 = arith.divui %v1077, %v10 : i64
            %v1086 = llvm.mlir.zero : !llvm.ptr
            %v1087 = llvm.icmp "ne" %ckpt_S, %v1086 : !llvm.ptr
            scf.if %v1087 {
              %v1092 = arith.muli %v1085, %v1091 : i64
              %v1093 = llvm.load %v6 : !llvm.ptr -> f32
              %v1094 = arith.muli %v28, %v789 : i64
              %v1095 = arith.muli %v26, %v788 : i64
              %v1096 = arith.addi %v1094, %v1095 : i64
              %v1097 = arith.muli %v24, %v787 : i64
              %v1098 = arith.addi %v1096, %v1097 : i64
              %v1099 = arith.muli %v17, %v2 : i64
              %v1100 = arith.addi %v1098, %v1099 : i64
              %v1101 = arith.addi %v1092, %v1100 : i64
              %v1102 = llvm.getelementptr %ckpt_S[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1093, %v1102 : f32, !llvm.ptr
              %v1103 = llvm.load %v7 : !llvm.ptr -> f32
              %v1104 = arith.muli %v28, %v789 : i64
              %v1105 = arith.muli %v26, %v788 : i64
              %v1106 = arith.addi %v1104, %v1105 : i64
              %v1107 = arith.muli %v24, %v787 : i64
              %v1108 = arith.addi %v1106, %v1107 : i64
              %v1109 = arith.constant 8 : i64
              %v1110 = arith.addi %v1109, %v17 : i64
              %v1111 = arith.muli %v1110, %v2 : i64
              %v1112 = arith.addi %v1108, %v1111 : i64
              %v1113 = arith.addi %v1092, %v1112 : i64
              %v1114 = llvm.getelementptr %ckpt_S[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1103, %v1114 : f32, !llvm.ptr
            }
          }
          // end save
          %v1115 = arith.mulf %v1080, %v250 fastmath<contract> : f32
          %v1116 = llvm.load %v6 : !llvm.ptr -> f32
          %v1117 = arith.mulf %v1078, %v1116 fastmath<contract> : f32
          %v1118 = arith.addf %v1117, %v1115 fastmath<contract> : f32
          %v1119 = arith.mulf %v1080, %v259 fastmath<contract> : f32
          %v1120 = llvm.load %v7 : !llvm.ptr -> f32
          %v1121 = arith.mulf %v1078, %v1120 fastmath<contract> : f32
          %v1122 = arith.addf %v1121, %v1119 fastmath<contract> : f32
          llvm.store %v1118, %v6 : f32, !llvm.ptr
          llvm.store %v1122, %v7 : f32, !llvm.ptr
          %v1123 = llvm.load %v6 : !llvm.ptr -> f32
          %v1124 = arith.mulf %v266, %v1123 fastmath<contract> : f32
          %v1125 = llvm.load %v7 : !llvm.ptr -> f32
          %v1126 = arith.mulf %v275, %v1125 fastmath<contract> : f32
          %v1127 = arith.addf %v1124, %v1126 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1128, %v1129 = gpu.shuffle xor %v1127, %v824, %v825 : f32
          %v1130 = arith.addf %v1127, %v1128 fastmath<contract> : f32
          %v1131, %v1132 = gpu.shuffle xor %v1130, %v829, %v825 : f32
          %v1133 = arith.addf %v1130, %v1131 fastmath<contract> : f32
          %v1134, %v1135 = gpu.shuffle xor %v1133, %v833, %v825 : f32
          %v1136 = arith.addf %v1133, %v1134 fastmath<contract> : f32
          // end sum over the lanes
          %v1137 = arith.addi %v37, %v58 : i64
          %v1138, %v1139 = gpu.shuffle idx %v665, %v762, %v769 : f32
          %v1140, %v1141 = gpu.shuffle idx %v678, %v762, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1142 = arith.remui %v1137, %v10 : i64
          %v1143 = arith.cmpi eq, %v1142, %v31 : i64
          %v1144 = arith.andi %v1143, %v21 : i1
          scf.if %v1144 {
            %v1145 = arith.divui %v1137, %v10 : i64
            %v1146 = llvm.mlir.zero : !llvm.ptr
            %v1147 = llvm.icmp "ne" %ckpt_S, %v1146 : !llvm.ptr
            scf.if %v1147 {
              %v1152 = arith.muli %v1145, %v1151 : i64
              %v1153 = llvm.load %v6 : !llvm.ptr -> f32
              %v1154 = arith.muli %v28, %v789 : i64
              %v1155 = arith.muli %v26, %v788 : i64
              %v1156 = arith.addi %v1154, %v1155 : i64
              %v1157 = arith.muli %v24, %v787 : i64
              %v1158 = arith.addi %v1156, %v1157 : i64
              %v1159 = arith.muli %v17, %v2 : i64
              %v1160 = arith.addi %v1158, %v1159 : i64
              %v1161 = arith.addi %v1152, %v1160 : i64
              %v1162 = llvm.getelementptr %ckpt_S[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1153, %v1162 : f32, !llvm.ptr
              %v1163 = llvm.load %v7 : !llvm.ptr -> f32
              %v1164 = arith.muli %v28, %v789 : i64
              %v1165 = arith.muli %v26, %v788 : i64
              %v1166 = arith.addi %v1164, %v1165 : i64
              %v1167 = arith.muli %v24, %v787 : i64
              %v1168 = arith.addi %v1166, %v1167 : i64
              %v1169 = arith.constant 8 : i64
              %v1170 = arith.addi %v1169, %v17 : i64
              %v1171 = arith.muli %v1170, %v2 : i64
              %v1172 = arith.addi %v1168, %v1171 : i64
              %v1173 = arith.addi %v1152, %v1172 : i64
              %v1174 = llvm.getelementptr %ckpt_S[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1163, %v1174 : f32, !llvm.ptr
            }
          }
          // end save
          %v1175 = arith.mulf %v1140, %v283 fastmath<contract> : f32
          %v1176 = llvm.load %v6 : !llvm.ptr -> f32
          %v1177 = arith.mulf %v1138, %v1176 fastmath<contract> : f32
          %v1178 = arith.addf %v1177, %v1175 fastmath<contract> : f32
          %v1179 = arith.mulf %v1140, %v292 fastmath<contract> : f32
          %v1180 = llvm.load %v7 : !llvm.ptr -> f32
          %v1181 = arith.mulf %v1138, %v1180 fastmath<contract> : f32
          %v1182 = arith.addf %v1181, %v1179 fastmath<contract> : f32
          llvm.store %v1178, %v6 : f32, !llvm.ptr
          llvm.store %v1182, %v7 : f32, !llvm.ptr
          %v1183 = llvm.load %v6 : !llvm.ptr -> f32
          %v1184 = arith.mulf %v299, %v1183 fastmath<contract> : f32
          %v1185 = llvm.load %v7 : !llvm.ptr -> f32
          %v1186 = arith.mulf %v308, %v1185 fastmath<contract> : f32
          %v1187 = arith.addf %v1184, %v1186 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1188, %v1189 = gpu.shuffle xor %v1187, %v824, %v825 : f32
          %v1190 = arith.addf %v1187, %v1188 fastmath<contract> : f32
          %v1191, %v1192 = gpu.shuffle xor %v1190, %v829, %v825 : f32
          %v1193 = arith.addf %v1190, %v1191 fastmath<contract> : f32
          %v1194, %v1195 = gpu.shuffle xor %v1193, %v833, %v825 : f32
          %v1196 = arith.addf %v1193, %v1194 fastmath<contract> : f32
          // end sum over the lanes
          %v1197 = arith.addi %v37, %v60 : i64
          %v1198, %v1199 = gpu.shuffle idx %v665, %v766, %v769 : f32
          %v1200, %v1201 = gpu.shuffle idx %v678, %v766, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1202 = arith.remui %v1197, %v10 : i64
          %v1203 = arith.cmpi eq, %v1202, %v31 : i64
          %v1204 = arith.andi %v1203, %v21 : i1
          scf.if %v1204 {
            %v1205 = arith.divui %v1197, %v10 : i64
            %v1206 = llvm.mlir.zero : !llvm.ptr
            %v1207 = llvm.icmp "ne" %ckpt_S, %v1206 : !llvm.ptr
            scf.if %v1207 {
              %v1212 = arith.muli %v1205, %v1211 : i64
              %v1213 = llvm.load %v6 : !llvm.ptr -> f32
              %v1214 = arith.muli %v28, %v789 : i64
              %v1215 = arith.muli %v26, %v788 : i64
              %v1216 = arith.addi %v1214, %v1215 : i64
              %v1217 = arith.muli %v24, %v787 : i64
              %v1218 = arith.addi %v1216, %v1217 : i64
              %v1219 = arith.muli %v17, %v2 : i64
              %v1220 = arith.addi %v1218, %v1219 : i64
              %v1221 = arith.addi %v1212, %v1220 : i64
              %v1222 = llvm.getelementptr %ckpt_S[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1213, %v1222 : f32, !llvm.ptr
              %v1223 = llvm.load %v7 : !llvm.ptr -> f32
              %v1224 = arith.muli %v28, %v789 : i64
              %v1225 = arith.muli %v26, %v788 : i64
              %v1226 = arith.addi %v1224, %v1225 : i64
              %v1227 = arith.muli %v24, %v787 : i64
              %v1228 = arith.addi %v1226, %v1227 : i64
              %v1229 = arith.constant 8 : i64
              %v1230 = arith.addi %v1229, %v17 : i64
              %v1231 = arith.muli %v1230, %v2 : i64
              %v1232 = arith.addi %v1228, %v1231 : i64
              %v1233 = arith.addi %v1212, %v1232 : i64
              %v1234 = llvm.getelementptr %ckpt_S[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1223, %v1234 : f32, !llvm.ptr
            }
          }
          // end save
          %v1235 = arith.mulf %v1200, %v316 fastmath<contract> : f32
          %v1236 = llvm.load %v6 : !llvm.ptr -> f32
          %v1237 = arith.mulf %v1198, %v1236 fastmath<contract> : f32
          %v1238 = arith.addf %v1237, %v1235 fastmath<contract> : f32
          %v1239 = arith.mulf %v1200, %v325 fastmath<contract> : f32
          %v1240 = llvm.load %v7 : !llvm.ptr -> f32
          %v1241 = arith.mulf %v1198, %v1240 fastmath<contract> : f32
          %v1242 = arith.addf %v1241, %v1239 fastmath<contract> : f32
          llvm.store %v1238, %v6 : f32, !llvm.ptr
          llvm.store %v1242, %v7 : f32, !llvm.ptr
          %v1243 = llvm.load %v6 : !llvm.ptr -> f32
          %v1244 = arith.mulf %v332, %v1243 fastmath<contract> : f32
          %v1245 = llvm.load %v7 : !llvm.ptr -> f32
          %v1246 = arith.mulf %v341, %v1245 fastmath<contract> : f32
          %v1247 = arith.addf %v1244, %v1246 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1248, %v1249 = gpu.shuffle xor %v1247, %v824, %v825 : f32
          %v1250 = arith.addf %v1247, %v1248 fastmath<contract> : f32
          %v1251, %v1252 = gpu.shuffle xor %v1250, %v829, %v825 : f32
          %v1253 = arith.addf %v1250, %v1251 fastmath<contract> : f32
          %v1254, %v1255 = gpu.shuffle xor %v1253, %v833, %v825 : f32
          %v1256 = arith.addf %v1253, %v1254 fastmath<contract> : f32
          // end sum over the lanes
          %v1257 = arith.addi %v37, %v61 : i64
          %v1258, %v1259 = gpu.shuffle idx %v722, %v738, %v769 : f32
          %v1260, %v1261 = gpu.shuffle idx %v732, %v738, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1262 = arith.remui %v1257, %v10 : i64
          %v1263 = arith.cmpi eq, %v1262, %v31 : i64
          %v1264 = arith.andi %v1263, %v21 : i1
          scf.if %v1264 {
            %v1265 = arith.divui %v1257, %v10 : i64
            %v1266 = llvm.mlir.zero : !llvm.ptr
            %v1267 = llvm.icmp "ne" %ckpt_S, %v1266 : !llvm.ptr
            scf.if %v1267 {
              %v1272 = arith.muli %v1265, %v1271 : i64
              %v1273 = llvm.load %v6 : !llvm.ptr -> f32
              %v1274 = arith.muli %v28, %v789 : i64
              %v1275 = arith.muli %v26, %v788 : i64
              %v1276 = arith.addi %v1274, %v1275 : i64
              %v1277 = arith.muli %v24, %v787 : i64
              %v1278 = arith.addi %v1276, %v1277 : i64
              %v1279 = arith.muli %v17, %v2 : i64
              %v1280 = arith.addi %v1278, %v1279 : i64
              %v1281 = arith.addi %v1272, %v1280 : i64
              %v1282 = llvm.getelementptr %ckpt_S[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1273, %v1282 : f32, !llvm.ptr
              %v1283 = llvm.load %v7 : !llvm.ptr -> f32
              %v1284 = arith.muli %v28, %v789 : i64
              %v1285 = arith.muli %v26, %v788 : i64
              %v1286 = arith.addi %v1284, %v1285 : i64
              %v1287 = arith.muli %v24, %v787 : i64
              %v1288 = arith.addi %v1286, %v1287 : i64
              %v1289 = arith.constant 8 : i64
              %v1290 = arith.addi %v1289, %v17 : i64
              %v1291 = arith.muli %v1290, %v2 : i64
              %v1292 = arith.addi %v1288, %v1291 : i64
              %v1293 = arith.addi %v1272, %v1292 : i64
              %v1294 = llvm.getelementptr %ckpt_S[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1283, %v1294 : f32, !llvm.ptr
            }
          }
          // end save
          %v1295 = arith.mulf %v1260, %v349 fastmath<contract> : f32
          %v1296 = llvm.load %v6 : !llvm.ptr -> f32
          %v1297 = arith.mulf %v1258, %v1296 fastmath<contract> : f32
          %v1298 = arith.addf %v1297, %v1295 fastmath<contract> : f32
          %v1299 = arith.mulf %v1260, %v358 fastmath<contract> : f32
          %v1300 = llvm.load %v7 : !llvm.ptr -> f32
          %v1301 = arith.mulf %v1258, %v1300 fastmath<contract> : f32
          %v1302 = arith.addf %v1301, %v1299 fastmath<contract> : f32
          llvm.store %v1298, %v6 : f32, !llvm.ptr
          llvm.store %v1302, %v7 : f32, !llvm.ptr
          %v1303 = llvm.load %v6 : !llvm.ptr -> f32
          %v1304 = arith.mulf %v365, %v1303 fastmath<contract> : f32
          %v1305 = llvm.load %v7 : !llvm.ptr -> f32
          %v1306 = arith.mulf %v374, %v1305 fastmath<contract> : f32
          %v1307 = arith.addf %v1304, %v1306 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1308, %v1309 = gpu.shuffle xor %v1307, %v824, %v825 : f32
          %v1310 = arith.addf %v1307, %v1308 fastmath<contract> : f32
          %v1311, %v1312 = gpu.shuffle xor %v1310, %v829, %v825 : f32
          %v1313 = arith.addf %v1310, %v1311 fastmath<contract> : f32
          %v1314, %v1315 = gpu.shuffle xor %v1313, %v833, %v825 : f32
          %v1316 = arith.addf %v1313, %v1314 fastmath<contract> : f32
          // end sum over the lanes
          %v1317 = arith.addi %v37, %v63 : i64
          %v1318, %v1319 = gpu.shuffle idx %v722, %v742, %v769 : f32
          %v1320, %v1321 = gpu.shuffle idx %v732, %v742, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1322 = arith.remui %v1317, %v10 : i64
          %v1323 = arith.cmpi eq, %v1322, %v31 : i64
          %v1324 = arith.andi %v1323, %v21 : i1
          scf.if %v1324 {
            %v1325 = arith.divui %v1317, %v10 : i64
            %v1326 = llvm.mlir.zero : !llvm.ptr
            %v1327 = llvm.icmp "ne" %ckpt_S, %v1326 : !llvm.ptr
            scf.if %v1327 {
              %v1332 = arith.muli %v1325, %v1331 : i64
              %v1333 = llvm.load %v6 : !llvm.ptr -> f32
              %v1334 = arith.muli %v28, %v789 : i64
              %v1335 = arith.muli %v26, %v788 : i64
              %v1336 = arith.addi %v1334, %v1335 : i64
              %v1337 = arith.muli %v24, %v787 : i64
              %v1338 = arith.addi %v1336, %v1337 : i64
              %v1339 = arith.muli %v17, %v2 : i64
              %v1340 = arith.addi %v1338, %v1339 : i64
              %v1341 = arith.addi %v1332, %v1340 : i64
              %v1342 = llvm.getelementptr %ckpt_S[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1333, %v1342 : f32, !llvm.ptr
              %v1343 = llvm.load %v7 : !llvm.ptr -> f32
              %v1344 = arith.muli %v28, %v789 : i64
              %v1345 = arith.muli %v26, %v788 : i64
              %v1346 = arith.addi %v1344, %v1345 : i64
              %v1347 = arith.muli %v24, %v787 : i64
              %v1348 = arith.addi %v1346, %v1347 : i64
              %v1349 = arith.constant 8 : i64
              %v1350 = arith.addi %v1349, %v17 : i64
              %v1351 = arith.muli %v1350, %v2 : i64
              %v1352 = arith.addi %v1348, %v1351 : i64
              %v1353 = arith.addi %v1332, %v1352 : i64
              %v1354 = llvm.getelementptr %ckpt_S[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1343, %v1354 : f32, !llvm.ptr
            }
          }
          // end save
          %v1355 = arith.mulf %v1320, %v382 fastmath<contract> : f32
          %v1356 = llvm.load %v6 : !llvm.ptr -> f32
          %v1357 = arith.mulf %v1318, %v1356 fastmath<contract> : f32
          %v1358 = arith.addf %v1357, %v1355 fastmath<contract> : f32
          %v1359 = arith.mulf %v1320, %v391 fastmath<contract> : f32
          %v1360 = llvm.load %v7 : !llvm.ptr -> f32
          %v1361 = arith.mulf %v1318, %v1360 fastmath<contract> : f32
          %v1362 = arith.addf %v1361, %v1359 fastmath<contract> : f32
          llvm.store %v1358, %v6 : f32, !llvm.ptr
          llvm.store %v1362, %v7 : f32, !llvm.ptr
          %v1363 = llvm.load %v6 : !llvm.ptr -> f32
          %v1364 = arith.mulf %v398, %v1363 fastmath<contract> : f32
          %v1365 = llvm.load %v7 : !llvm.ptr -> f32
          %v1366 = arith.mulf %v407, %v1365 fastmath<contract> : f32
          %v1367 = arith.addf %v1364, %v1366 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1368, %v1369 = gpu.shuffle xor %v1367, %v824, %v825 : f32
          %v1370 = arith.addf %v1367, %v1368 fastmath<contract> : f32
          %v1371, %v1372 = gpu.shuffle xor %v1370, %v829, %v825 : f32
          %v1373 = arith.addf %v1370, %v1371 fastmath<contract> : f32
          %v1374, %v1375 = gpu.shuffle xor %v1373, %v833, %v825 : f32
          %v1376 = arith.addf %v1373, %v1374 fastmath<contract> : f32
          // end sum over the lanes
          %v1377 = arith.addi %v37, %v65 : i64
          %v1378, %v1379 = gpu.shuffle idx %v722, %v746, %v769 : f32
          %v1380, %v1381 = gpu.shuffle idx %v732, %v746, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1382 = arith.remui %v1377, %v10 : i64
          %v1383 = arith.cmpi eq, %v1382, %v31 : i64
          %v1384 = arith.andi %v1383, %v21 : i1
          scf.if %v1384 {
            %v1385 = arith.divui %v1377, %v10 : i64
            %v1386 = llvm.mlir.zero : !llvm.ptr
            %v1387 = llvm.icmp "ne" %ckpt_S, %v1386 : !llvm.ptr
            scf.if %v1387 {
              %v1392 = arith.muli %v1385, %v1391 : i64
              %v1393 = llvm.load %v6 : !llvm.ptr -> f32
              %v1394 = arith.muli %v28, %v789 : i64
              %v1395 = arith.muli %v26, %v788 : i64
              %v1396 = arith.addi %v1394, %v1395 : i64
              %v1397 = arith.muli %v24, %v787 : i64
              %v1398 = arith.addi %v1396, %v1397 : i64
              %v1399 = arith.muli %v17, %v2 : i64
              %v1400 = arith.addi %v1398, %v1399 : i64
              %v1401 = arith.addi %v1392, %v1400 : i64
              %v1402 = llvm.getelementptr %ckpt_S[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1393, %v1402 : f32, !llvm.ptr
              %v1403 = llvm.load %v7 : !llvm.ptr -> f32
              %v1404 = arith.muli %v28, %v789 : i64
              %v1405 = arith.muli %v26, %v788 : i64
              %v1406 = arith.addi %v1404, %v1405 : i64
              %v1407 = arith.muli %v24, %v787 : i64
              %v1408 = arith.addi %v1406, %v1407 : i64
              %v1409 = arith.constant 8 : i64
              %v1410 = arith.addi %v1409, %v17 : i64
              %v1411 = arith.muli %v1410, %v2 : i64
              %v1412 = arith.addi %v1408, %v1411 : i64
              %v1413 = arith.addi %v1392, %v1412 : i64
              %v1414 = llvm.getelementptr %ckpt_S[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1403, %v1414 : f32, !llvm.ptr
            }
          }
          // end save
          %v1415 = arith.mulf %v1380, %v415 fastmath<contract> : f32
          %v1416 = llvm.load %v6 : !llvm.ptr -> f32
          %v1417 = arith.mulf %v1378, %v1416 fastmath<contract> : f32
          %v1418 = arith.addf %v1417, %v1415 fastmath<contract> : f32
          %v1419 = arith.mulf %v1380, %v424 fastmath<contract> : f32
          %v1420 = llvm.load %v7 : !llvm.ptr -> f32
          %v1421 = arith.mulf %v1378, %v1420 fastmath<contract> : f32
          %v1422 = arith.addf %v1421, %v1419 fastmath<contract> : f32
          llvm.store %v1418, %v6 : f32, !llvm.ptr
          llvm.store %v1422, %v7 : f32, !llvm.ptr
          %v1423 = llvm.load %v6 : !llvm.ptr -> f32
          %v1424 = arith.mulf %v431, %v1423 fastmath<contract> : f32
          %v1425 = llvm.load %v7 : !llvm.ptr -> f32
          %v1426 = arith.mulf %v440, %v1425 fastmath<contract> : f32
          %v1427 = arith.addf %v1424, %v1426 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1428, %v1429 = gpu.shuffle xor %v1427, %v824, %v825 : f32
          %v1430 = arith.addf %v1427, %v1428 fastmath<contract> : f32
          %v1431, %v1432 = gpu.shuffle xor %v1430, %v829, %v825 : f32
          %v1433 = arith.addf %v1430, %v1431 fastmath<contract> : f32
          %v1434, %v1435 = gpu.shuffle xor %v1433, %v833, %v825 : f32
          %v1436 = arith.addf %v1433, %v1434 fastmath<contract> : f32
          // end sum over the lanes
          %v1437 = arith.addi %v37, %v67 : i64
          %v1438, %v1439 = gpu.shuffle idx %v722, %v750, %v769 : f32
          %v1440, %v1441 = gpu.shuffle idx %v732, %v750, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1442 = arith.remui %v1437, %v10 : i64
          %v1443 = arith.cmpi eq, %v1442, %v31 : i64
          %v1444 = arith.andi %v1443, %v21 : i1
          scf.if %v1444 {
            %v1445 = arith.divui %v1437, %v10 : i64
            %v1446 = llvm.mlir.zero : !llvm.ptr
            %v1447 = llvm.icmp "ne" %ckpt_S, %v1446 : !llvm.ptr
            scf.if %v1447 {
              %v1452 = arith.muli %v1445, %v1451 : i64
              %v1453 = llvm.load %v6 : !llvm.ptr -> f32
              %v1454 = arith.muli %v28, %v789 : i64
              %v1455 = arith.muli %v26, %v788 : i64
              %v1456 = arith.addi %v1454, %v1455 : i64
              %v1457 = arith.muli %v24, %v787 : i64
              %v1458 = arith.addi %v1456, %v1457 : i64
              %v1459 = arith.muli %v17, %v2 : i64
              %v1460 = arith.addi %v1458, %v1459 : i64
              %v1461 = arith.addi %v1452, %v1460 : i64
              %v1462 = llvm.getelementptr %ckpt_S[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1453, %v1462 : f32, !llvm.ptr
              %v1463 = llvm.load %v7 : !llvm.ptr -> f32
              %v1464 = arith.muli %v28, %v789 : i64
              %v1465 = arith.muli %v26, %v788 : i64
              %v1466 = arith.addi %v1464, %v1465 : i64
              %v1467 = arith.muli %v24, %v787 : i64
              %v1468 = arith.addi %v1466, %v1467 : i64
              %v1469 = arith.constant 8 : i64
              %v1470 = arith.addi %v1469, %v17 : i64
              %v1471 = arith.muli %v1470, %v2 : i64
              %v1472 = arith.addi %v1468, %v1471 : i64
              %v1473 = arith.addi %v1452, %v1472 : i64
              %v1474 = llvm.getelementptr %ckpt_S[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1463, %v1474 : f32, !llvm.ptr
            }
          }
          // end save
          %v1475 = arith.mulf %v1440, %v448 fastmath<contract> : f32
          %v1476 = llvm.load %v6 : !llvm.ptr -> f32
          %v1477 = arith.mulf %v1438, %v1476 fastmath<contract> : f32
          %v1478 = arith.addf %v1477, %v1475 fastmath<contract> : f32
          %v1479 = arith.mulf %v1440, %v457 fastmath<contract> : f32
          %v1480 = llvm.load %v7 : !llvm.ptr -> f32
          %v1481 = arith.mulf %v1438, %v1480 fastmath<contract> : f32
          %v1482 = arith.addf %v1481, %v1479 fastmath<contract> : f32
          llvm.store %v1478, %v6 : f32, !llvm.ptr
          llvm.store %v1482, %v7 : f32, !llvm.ptr
          %v1483 = llvm.load %v6 : !llvm.ptr -> f32
          %v1484 = arith.mulf %v464, %v1483 fastmath<contract> : f32
          %v1485 = llvm.load %v7 : !llvm.ptr -> f32
          %v1486 = arith.mulf %v473, %v1485 fastmath<contract> : f32
          %v1487 = arith.addf %v1484, %v1486 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1488, %v1489 = gpu.shuffle xor %v1487, %v824, %v825 : f32
          %v1490 = arith.addf %v1487, %v1488 fastmath<contract> : f32
          %v1491, %v1492 = gpu.shuffle xor %v1490, %v829, %v825 : f32
          %v1493 = arith.addf %v1490, %v1491 fastmath<contract> : f32
          %v1494, %v1495 = gpu.shuffle xor %v1493, %v833, %v825 : f32
          %v1496 = arith.addf %v1493, %v1494 fastmath<contract> : f32
          // end sum over the lanes
          %v1497 = arith.addi %v37, %v69 : i64
          %v1498, %v1499 = gpu.shuffle idx %v722, %v754, %v769 : f32
          %v1500, %v1501 = gpu.shuffle idx %v732, %v754, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1502 = arith.remui %v1497, %v10 : i64
          %v1503 = arith.cmpi eq, %v1502, %v31 : i64
          %v1504 = arith.andi %v1503, %v21 : i1
          scf.if %v1504 {
            %v1505 = arith.divui %v1497, %v10 : i64
            %v1506 = llvm.mlir.zero : !llvm.ptr
            %v1507 = llvm.icmp "ne" %ckpt_S, %v1506 : !llvm.ptr
            scf.if %v1507 {
              %v1512 = arith.muli %v1505, %v1511 : i64
              %v1513 = llvm.load %v6 : !llvm.ptr -> f32
              %v1514 = arith.muli %v28, %v789 : i64
              %v1515 = arith.muli %v26, %v788 : i64
              %v1516 = arith.addi %v1514, %v1515 : i64
              %v1517 = arith.muli %v24, %v787 : i64
              %v1518 = arith.addi %v1516, %v1517 : i64
              %v1519 = arith.muli %v17, %v2 : i64
              %v1520 = arith.addi %v1518, %v1519 : i64
              %v1521 = arith.addi %v1512, %v1520 : i64
              %v1522 = llvm.getelementptr %ckpt_S[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1513, %v1522 : f32, !llvm.ptr
              %v1523 = llvm.load %v7 : !llvm.ptr -> f32
              %v1524 = arith.muli %v28, %v789 : i64
              %v1525 = arith.muli %v26, %v788 : i64
              %v1526 = arith.addi %v1524, %v1525 : i64
              %v1527 = arith.muli %v24, %v787 : i64
              %v1528 = arith.addi %v1526, %v1527 : i64
              %v1529 = arith.constant 8 : i64
              %v1530 = arith.addi %v1529, %v17 : i64
              %v1531 = arith.muli %v1530, %v2 : i64
              %v1532 = arith.addi %v1528, %v1531 : i64
              %v1533 = arith.addi %v1512, %v1532 : i64
              %v1534 = llvm.getelementptr %ckpt_S[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1523, %v1534 : f32, !llvm.ptr
            }
          }
          // end save
          %v1535 = arith.mulf %v1500, %v481 fastmath<contract> : f32
          %v1536 = llvm.load %v6 : !llvm.ptr -> f32
          %v1537 = arith.mulf %v1498, %v1536 fastmath<contract> : f32
          %v1538 = arith.addf %v1537, %v1535 fastmath<contract> : f32
          %v1539 = arith.mulf %v1500, %v490 fastmath<contract> : f32
          %v1540 = llvm.load %v7 : !llvm.ptr -> f32
          %v1541 = arith.mulf %v1498, %v1540 fastmath<contract> : f32
          %v1542 = arith.addf %v1541, %v1539 fastmath<contract> : f32
          llvm.store %v1538, %v6 : f32, !llvm.ptr
          llvm.store %v1542, %v7 : f32, !llvm.ptr
          %v1543 = llvm.load %v6 : !llvm.ptr -> f32
          %v1544 = arith.mulf %v497, %v1543 fastmath<contract> : f32
          %v1545 = llvm.load %v7 : !llvm.ptr -> f32
          %v1546 = arith.mulf %v506, %v1545 fastmath<contract> : f32
          %v1547 = arith.addf %v1544, %v1546 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1548, %v1549 = gpu.shuffle xor %v1547, %v824, %v825 : f32
          %v1550 = arith.addf %v1547, %v1548 fastmath<contract> : f32
          %v1551, %v1552 = gpu.shuffle xor %v1550, %v829, %v825 : f32
          %v1553 = arith.addf %v1550, %v1551 fastmath<contract> : f32
          %v1554, %v1555 = gpu.shuffle xor %v1553, %v833, %v825 : f32
          %v1556 = arith.addf %v1553, %v1554 fastmath<contract> : f32
          // end sum over the lanes
          %v1557 = arith.addi %v37, %v71 : i64
          %v1558, %v1559 = gpu.shuffle idx %v722, %v758, %v769 : f32
          %v1560, %v1561 = gpu.shuffle idx %v732, %v758, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1562 = arith.remui %v1557, %v10 : i64
          %v1563 = arith.cmpi eq, %v1562, %v31 : i64
          %v1564 = arith.andi %v1563, %v21 : i1
          scf.if %v1564 {
            %v1565 = arith.divui %v1557, %v10 : i64
            %v1566 = llvm.mlir.zero : !llvm.ptr
            %v1567 = llvm.icmp "ne" %ckpt_S, %v1566 : !llvm.ptr
            scf.if %v1567 {
              %v1572 = arith.muli %v1565, %v1571 : i64
              %v1573 = llvm.load %v6 : !llvm.ptr -> f32
              %v1574 = arith.muli %v28, %v789 : i64
              %v1575 = arith.muli %v26, %v788 : i64
              %v1576 = arith.addi %v1574, %v1575 : i64
              %v1577 = arith.muli %v24, %v787 : i64
              %v1578 = arith.addi %v1576, %v1577 : i64
              %v1579 = arith.muli %v17, %v2 : i64
              %v1580 = arith.addi %v1578, %v1579 : i64
              %v1581 = arith.addi %v1572, %v1580 : i64
              %v1582 = llvm.getelementptr %ckpt_S[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1573, %v1582 : f32, !llvm.ptr
              %v1583 = llvm.load %v7 : !llvm.ptr -> f32
              %v1584 = arith.muli %v28, %v789 : i64
              %v1585 = arith.muli %v26, %v788 : i64
              %v1586 = arith.addi %v1584, %v1585 : i64
              %v1587 = arith.muli %v24, %v787 : i64
              %v1588 = arith.addi %v1586, %v1587 : i64
              %v1589 = arith.constant 8 : i64
              %v1590 = arith.addi %v1589, %v17 : i64
              %v1591 = arith.muli %v1590, %v2 : i64
              %v1592 = arith.addi %v1588, %v1591 : i64
              %v1593 = arith.addi %v1572, %v1592 : i64
              %v1594 = llvm.getelementptr %ckpt_S[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1583, %v1594 : f32, !llvm.ptr
            }
          }
          // end save
          %v1595 = arith.mulf %v1560, %v514 fastmath<contract> : f32
          %v1596 = llvm.load %v6 : !llvm.ptr -> f32
          %v1597 = arith.mulf %v1558, %v1596 fastmath<contract> : f32
          %v1598 = arith.addf %v1597, %v1595 fastmath<contract> : f32
          %v1599 = arith.mulf %v1560, %v523 fastmath<contract> : f32
          %v1600 = llvm.load %v7 : !llvm.ptr -> f32
          %v1601 = arith.mulf %v1558, %v1600 fastmath<contract> : f32
          %v1602 = arith.addf %v1601, %v1599 fastmath<contract> : f32
          llvm.store %v1598, %v6 : f32, !llvm.ptr
          llvm.store %v1602, %v7 : f32, !llvm.ptr
          %v1603 = llvm.load %v6 : !llvm.ptr -> f32
          %v1604 = arith.mulf %v530, %v1603 fastmath<contract> : f32
          %v1605 = llvm.load %v7 : !llvm.ptr -> f32
          %v1606 = arith.mulf %v539, %v1605 fastmath<contract> : f32
          %v1607 = arith.addf %v1604, %v1606 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1608, %v1609 = gpu.shuffle xor %v1607, %v824, %v825 : f32
          %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
          %v1611, %v1612 = gpu.shuffle xor %v1610, %v829, %v825 : f32
          %v1613 = arith.addf %v1610, %v1611 fastmath<contract> : f32
          %v1614, %v1615 = gpu.shuffle xor %v1613, %v833, %v825 : f32
          %v1616 = arith.addf %v1613, %v1614 fastmath<contract> : f32
          // end sum over the lanes
          %v1617 = arith.addi %v37, %v73 : i64
          %v1618, %v1619 = gpu.shuffle idx %v722, %v762, %v769 : f32
          %v1620, %v1621 = gpu.shuffle idx %v732, %v762, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1622 = arith.remui %v1617, %v10 : i64
          %v1623 = arith.cmpi eq, %v1622, %v31 : i64
          %v1624 = arith.andi %v1623, %v21 : i1
          scf.if %v1624 {
            %v1625 = arith.divui %v1617, %v10 : i64
            %v1626 = llvm.mlir.zero : !llvm.ptr
            %v1627 = llvm.icmp "ne" %ckpt_S, %v1626 : !llvm.ptr
            scf.if %v1627 {
              %v1632 = arith.muli %v1625, %v1631 : i64
              %v1633 = llvm.load %v6 : !llvm.ptr -> f32
              %v1634 = arith.muli %v28, %v789 : i64
              %v1635 = arith.muli %v26, %v788 : i64
              %v1636 = arith.addi %v1634, %v1635 : i64
              %v1637 = arith.muli %v24, %v787 : i64
              %v1638 = arith.addi %v1636, %v1637 : i64
              %v1639 = arith.muli %v17, %v2 : i64
              %v1640 = arith.addi %v1638, %v1639 : i64
              %v1641 = arith.addi %v1632, %v1640 : i64
              %v1642 = llvm.getelementptr %ckpt_S[%v1641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1633, %v1642 : f32, !llvm.ptr
              %v1643 = llvm.load %v7 : !llvm.ptr -> f32
              %v1644 = arith.muli %v28, %v789 : i64
              %v1645 = arith.muli %v26, %v788 : i64
              %v1646 = arith.addi %v1644, %v1645 : i64
              %v1647 = arith.muli %v24, %v787 : i64
              %v1648 = arith.addi %v1646, %v1647 : i64
              %v1649 = arith.constant 8 : i64
              %v1650 = arith.addi %v1649, %v17 : i64
              %v1651 = arith.muli %v1650, %v2 : i64
              %v1652 = arith.addi %v1648, %v1651 : i64
              %v1653 = arith.addi %v1632, %v1652 : i64
              %v1654 = llvm.getelementptr %ckpt_S[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1643, %v1654 : f32, !llvm.ptr
            }
          }
          // end save
          %v1655 = arith.mulf %v1620, %v547 fastmath<contract> : f32
          %v1656 = llvm.load %v6 : !llvm.ptr -> f32
          %v1657 = arith.mulf %v1618, %v1656 fastmath<contract> : f32
          %v1658 = arith.addf %v1657, %v1655 fastmath<contract> : f32
          %v1659 = arith.mulf %v1620, %v556 fastmath<contract> : f32
          %v1660 = llvm.load %v7 : !llvm.ptr -> f32
          %v1661 = arith.mulf %v1618, %v1660 fastmath<contract> : f32
          %v1662 = arith.addf %v1661, %v1659 fastmath<contract> : f32
          llvm.store %v1658, %v6 : f32, !llvm.ptr
          llvm.store %v1662, %v7 : f32, !llvm.ptr
          %v1663 = llvm.load %v6 : !llvm.ptr -> f32
          %v1664 = arith.mulf %v563, %v1663 fastmath<contract> : f32
          %v1665 = llvm.load %v7 : !llvm.ptr -> f32
          %v1666 = arith.mulf %v572, %v1665 fastmath<contract> : f32
          %v1667 = arith.addf %v1664, %v1666 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1668, %v1669 = gpu.shuffle xor %v1667, %v824, %v825 : f32
          %v1670 = arith.addf %v1667, %v1668 fastmath<contract> : f32
          %v1671, %v1672 = gpu.shuffle xor %v1670, %v829, %v825 : f32
          %v1673 = arith.addf %v1670, %v1671 fastmath<contract> : f32
          %v1674, %v1675 = gpu.shuffle xor %v1673, %v833, %v825 : f32
          %v1676 = arith.addf %v1673, %v1674 fastmath<contract> : f32
          // end sum over the lanes
          %v1677 = arith.addi %v37, %v75 : i64
          %v1678, %v1679 = gpu.shuffle idx %v722, %v766, %v769 : f32
          %v1680, %v1681 = gpu.shuffle idx %v732, %v766, %v769 : f32
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1682 = arith.remui %v1677, %v10 : i64
          %v1683 = arith.cmpi eq, %v1682, %v31 : i64
          %v1684 = arith.andi %v1683, %v21 : i1
          scf.if %v1684 {
            %v1685 = arith.divui %v1677, %v10 : i64
            %v1686 = llvm.mlir.zero : !llvm.ptr
            %v1687 = llvm.icmp "ne" %ckpt_S, %v1686 : !llvm.ptr
            scf.if %v1687 {
              %v1692 = arith.muli %v1685, %v1691 : i64
              %v1693 = llvm.load %v6 : !llvm.ptr -> f32
              %v1694 = arith.muli %v28, %v789 : i64
              %v1695 = arith.muli %v26, %v788 : i64
              %v1696 = arith.addi %v1694, %v1695 : i64
              %v1697 = arith.muli %v24, %v787 : i64
              %v1698 = arith.addi %v1696, %v1697 : i64
              %v1699 = arith.muli %v17, %v2 : i64
              %v1700 = arith.addi %v1698, %v1699 : i64
              %v1701 = arith.addi %v1692, %v1700 : i64
              %v1702 = llvm.getelementptr %ckpt_S[%v1701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1693, %v1702 : f32, !llvm.ptr
              %v1703 = llvm.load %v7 : !llvm.ptr -> f32
              %v1704 = arith.muli %v28, %v789 : i64
              %v1705 = arith.muli %v26, %v788 : i64
              %v1706 = arith.addi %v1704, %v1705 : i64
              %v1707 = arith.muli %v24, %v787 : i64
              %v1708 = arith.addi %v1706, %v1707 : i64
              %v1709 = arith.constant 8 : i64
              %v1710 = arith.addi %v1709, %v17 : i64
              %v1711 = arith.muli %v1710, %v2 : i64
              %v1712 = arith.addi %v1708, %v1711 : i64
              %v1713 = arith.addi %v1692, %v1712 : i64
              %v1714 = llvm.getelementptr %ckpt_S[%v1713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1703, %v1714 : f32, !llvm.ptr
            }
          }
          // end save
          %v1715 = arith.mulf %v1680, %v580 fastmath<contract> : f32
          %v1716 = llvm.load %v6 : !llvm.ptr -> f32
          %v1717 = arith.mulf %v1678, %v1716 fastmath<contract> : f32
          %v1718 = arith.addf %v1717, %v1715 fastmath<contract> : f32
          %v1719 = arith.mulf %v1680, %v589 fastmath<contract> : f32
          %v1720 = llvm.load %v7 : !llvm.ptr -> f32
          %v1721 = arith.mulf %v1678, %v1720 fastmath<contract> : f32
          %v1722 = arith.addf %v1721, %v1719 fastmath<contract> : f32
          llvm.store %v1718, %v6 : f32, !llvm.ptr
          llvm.store %v1722, %v7 : f32, !llvm.ptr
          %v1723 = llvm.load %v6 : !llvm.ptr -> f32
          %v1724 = arith.mulf %v596, %v1723 fastmath<contract> : f32
          %v1725 = llvm.load %v7 : !llvm.ptr -> f32
          %v1726 = arith.mulf %v605, %v1725 fastmath<contract> : f32
          %v1727 = arith.addf %v1724, %v1726 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1728, %v1729 = gpu.shuffle xor %v1727, %v824, %v825 : f32
          %v1730 = arith.addf %v1727, %v1728 fastmath<contract> : f32
          %v1731, %v1732 = gpu.shuffle xor %v1730, %v829, %v825 : f32
          %v1733 = arith.addf %v1730, %v1731 fastmath<contract> : f32
          %v1734, %v1735 = gpu.shuffle xor %v1733, %v833, %v825 : f32
          %v1736 = arith.addf %v1733, %v1734 fastmath<contract> : f32
          // end sum over the lanes
          %v1737 = arith.addi %v37, %v607 : i64
          %v1738 = arith.select %v744, %v896, %v836 : f32
          %v1739 = arith.select %v748, %v956, %v1738 : f32
          %v1740 = arith.select %v752, %v1016, %v1739 : f32
          %v1741 = arith.select %v756, %v1076, %v1740 : f32
          %v1742 = arith.select %v760, %v1136, %v1741 : f32
          %v1743 = arith.select %v764, %v1196, %v1742 : f32
          %v1744 = arith.select %v768, %v1256, %v1743 : f32
          %v1745 = arith.addf %v1744, %v682 fastmath<contract> : f32
          scf.if %v21 {
            %v1746 = arith.muli %v28, %v668 : i64
            %v1747 = arith.muli %v1737, %v667 : i64
            %v1748 = arith.addi %v1746, %v1747 : i64
            %v1749 = arith.muli %v26, %v666 : i64
            %v1750 = arith.addi %v1748, %v1749 : i64
            %v1751 = arith.muli %v24, %v2 : i64
            %v1752 = arith.addi %v1750, %v1751 : i64
            %v1753 = llvm.getelementptr %out_y[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1745, %v1753 : f32, !llvm.ptr
          }
          %v1754 = arith.addi %v37, %v684 : i64
          %v1755 = arith.select %v744, %v1376, %v1316 : f32
          %v1756 = arith.select %v748, %v1436, %v1755 : f32
          %v1757 = arith.select %v752, %v1496, %v1756 : f32
          %v1758 = arith.select %v756, %v1556, %v1757 : f32
          %v1759 = arith.select %v760, %v1616, %v1758 : f32
          %v1760 = arith.select %v764, %v1676, %v1759 : f32
          %v1761 = arith.select %v768, %v1736, %v1760 : f32
          %v1762 = arith.addf %v1761, %v733 fastmath<contract> : f32
          scf.if %v21 {
            %v1763 = arith.muli %v28, %v668 : i64
            %v1764 = arith.muli %v1754, %v667 : i64
            %v1765 = arith.addi %v1763, %v1764 : i64
            %v1766 = arith.muli %v26, %v666 : i64
            %v1767 = arith.addi %v1765, %v1766 : i64
            %v1768 = arith.muli %v24, %v2 : i64
            %v1769 = arith.addi %v1767, %v1768 : i64
            %v1770 = llvm.getelementptr %out_y[%v1769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1762, %v1770 : f32, !llvm.ptr
          }
        }
        %v1771 = arith.muli %v40, %v1 : i64
        %v1772 = arith.index_cast %v1771 : i64 to index
        %v1773 = arith.index_cast %v39 : i64 to index
        %v1774 = arith.index_cast %v2 : i64 to index
        scf.for %v1775 = %v1772 to %v1773 step %v1774 {
          %v1776 = arith.index_cast %v1775 : index to i64
          %v1777 = arith.addi %v37, %v1776 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v1778 = arith.remui %v1777, %v10 : i64
          %v1779 = arith.cmpi eq, %v1778, %v31 : i64
          %v1780 = arith.andi %v1779, %v21 : i1
          scf.if %v1780 {
            %v1781 = arith.divui %v1777, %v10 : i64
            %v1782 = llvm.mlir.zero : !llvm.ptr
            %v1783 = llvm.icmp "ne" %ckpt_S, %v1782 : !llvm.ptr
            scf.if %v1783 {
              %v1788 = arith.muli %v1781, %v1787 : i64
              %v1789 = llvm.load %v6 : !llvm.ptr -> f32
              %v1790 = arith.muli %v28, %v789 : i64
              %v1791 = arith.muli %v26, %v788 : i64
              %v1792 = arith.addi %v1790, %v1791 : i64
              %v1793 = arith.muli %v24, %v787 : i64
              %v1794 = arith.addi %v1792, %v1793 : i64
              %v1795 = arith.muli %v17, %v2 : i64
              %v1796 = arith.addi %v1794, %v1795 : i64
              %v1797 = arith.addi %v1788, %v1796 : i64
              %v1798 = llvm.getelementptr %ckpt_S[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1789, %v1798 : f32, !llvm.ptr
              %v1799 = llvm.load %v7 : !llvm.ptr -> f32
              %v1800 = arith.muli %v28, %v789 : i64
              %v1801 = arith.muli %v26, %v788 : i64
              %v1802 = arith.addi %v1800, %v1801 : i64
              %v1803 = arith.muli %v24, %v787 : i64
              %v1804 = arith.addi %v1802, %v1803 : i64
              %v1805 = arith.constant 8 : i64
              %v1806 = arith.addi %v1805, %v17 : i64
              %v1807 = arith.muli %v1806, %v2 : i64
              %v1808 = arith.addi %v1804, %v1807 : i64
              %v1809 = arith.addi %v1788, %v1808 : i64
              %v1810 = llvm.getelementptr %ckpt_S[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1799, %v1810 : f32, !llvm.ptr
            }
          }
          // end save
          %v1812 = arith.muli %v28, %v617 : i64
          %v1813 = arith.muli %v1777, %v616 : i64
          %v1814 = arith.addi %v1812, %v1813 : i64
          %v1815 = arith.muli %v26, %v2 : i64
          %v1816 = arith.addi %v1814, %v1815 : i64
          %v1817 = llvm.getelementptr %in_dt[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1818 = llvm.load %v1817 : !llvm.ptr -> f32
          %v1819 = arith.addf %v1818, %v627 fastmath<contract> : f32
          %v1820 = arith.maximumf %v1819, %v30 : f32
          %v1821 = llvm.call_intrinsic "llvm.fabs.f32"(%v1819) : (f32) -> f32
          %v1822 = arith.negf %v1821 : f32
          %v1823 = arith.mulf %v1822, %v612 fastmath<contract> : f32
          %v1824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1823) : (f32) -> f32
          %v1825 = arith.addf %v634, %v1824 fastmath<contract> : f32
          %v1826 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1825) : (f32) -> f32
          %v1827 = arith.mulf %v1826, %v637 fastmath<contract> : f32
          %v1828 = arith.mulf %v639, %v1824 fastmath<contract> : f32
          %v1829 = arith.addf %v1828, %v641 fastmath<contract> : f32
          %v1830 = arith.mulf %v1829, %v1824 fastmath<contract> : f32
          %v1831 = arith.addf %v1830, %v644 fastmath<contract> : f32
          %v1832 = arith.mulf %v1831, %v1824 fastmath<contract> : f32
          %v1833 = arith.addf %v1832, %v647 fastmath<contract> : f32
          %v1834 = arith.mulf %v1833, %v1824 fastmath<contract> : f32
          %v1835 = arith.addf %v1834, %v650 fastmath<contract> : f32
          %v1836 = arith.mulf %v1835, %v1824 fastmath<contract> : f32
          %v1837 = arith.addf %v1836, %v653 fastmath<contract> : f32
          %v1838 = arith.mulf %v1837, %v1824 fastmath<contract> : f32
          %v1839 = arith.addf %v1838, %v634 fastmath<contract> : f32
          %v1840 = arith.mulf %v1839, %v1824 fastmath<contract> : f32
          %v1841 = llvm.call_intrinsic "llvm.fabs.f32"(%v1824) : (f32) -> f32
          %v1842 = arith.cmpf olt, %v1841, %v659 : f32
          %v1843 = arith.select %v1842, %v1840, %v1827 : f32
          %v1844 = arith.addf %v1820, %v1843 fastmath<contract> : f32
          %v1845 = arith.negf %v1844 : f32
          %v1846 = arith.mulf %v1845, %v1811 fastmath<contract> : f32
          %v1847 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1846) : (f32) -> f32
          %v1848 = arith.muli %v28, %v668 : i64
          %v1849 = arith.muli %v1777, %v667 : i64
          %v1850 = arith.addi %v1848, %v1849 : i64
          %v1851 = arith.muli %v26, %v666 : i64
          %v1852 = arith.addi %v1850, %v1851 : i64
          %v1853 = arith.muli %v24, %v2 : i64
          %v1854 = arith.addi %v1852, %v1853 : i64
          %v1855 = llvm.getelementptr %in_x[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
          %v1857 = arith.mulf %v1844, %v1856 fastmath<contract> : f32
          %v1858 = arith.muli %v28, %v78 : i64
          %v1859 = arith.muli %v1777, %v77 : i64
          %v1860 = arith.addi %v1858, %v1859 : i64
          %v1861 = arith.muli %v17, %v2 : i64
          %v1862 = arith.addi %v1860, %v1861 : i64
          %v1863 = llvm.getelementptr %in_Bm[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1864 = llvm.load %v1863 : !llvm.ptr -> f32
          %v1865 = arith.mulf %v1857, %v1864 fastmath<contract> : f32
          %v1866 = llvm.load %v6 : !llvm.ptr -> f32
          %v1867 = arith.mulf %v1847, %v1866 fastmath<contract> : f32
          %v1868 = arith.addf %v1867, %v1865 fastmath<contract> : f32
          %v1869 = arith.muli %v28, %v78 : i64
          %v1870 = arith.muli %v1777, %v77 : i64
          %v1871 = arith.addi %v1869, %v1870 : i64
          %v1872 = arith.constant 8 : i64
          %v1873 = arith.addi %v1872, %v17 : i64
          %v1874 = arith.muli %v1873, %v2 : i64
          %v1875 = arith.addi %v1871, %v1874 : i64
          %v1876 = llvm.getelementptr %in_Bm[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
          %v1878 = arith.mulf %v1857, %v1877 fastmath<contract> : f32
          %v1879 = llvm.load %v7 : !llvm.ptr -> f32
          %v1880 = arith.mulf %v1847, %v1879 fastmath<contract> : f32
          %v1881 = arith.addf %v1880, %v1878 fastmath<contract> : f32
          llvm.store %v1868, %v6 : f32, !llvm.ptr
          llvm.store %v1881, %v7 : f32, !llvm.ptr
          %v1882 = arith.muli %v28, %v78 : i64
          %v1883 = arith.muli %v1777, %v77 : i64
          %v1884 = arith.addi %v1882, %v1883 : i64
          %v1885 = arith.muli %v17, %v2 : i64
          %v1886 = arith.addi %v1884, %v1885 : i64
          %v1887 = llvm.getelementptr %in_Cm[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
          %v1889 = llvm.load %v6 : !llvm.ptr -> f32
          %v1890 = arith.mulf %v1888, %v1889 fastmath<contract> : f32
          %v1891 = arith.muli %v28, %v78 : i64
          %v1892 = arith.muli %v1777, %v77 : i64
          %v1893 = arith.addi %v1891, %v1892 : i64
          %v1894 = arith.constant 8 : i64
          %v1895 = arith.addi %v1894, %v17 : i64
          %v1896 = arith.muli %v1895, %v2 : i64
          %v1897 = arith.addi %v1893, %v1896 : i64
          %v1898 = llvm.getelementptr %in_Cm[%v1897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1899 = llvm.load %v1898 : !llvm.ptr -> f32
          %v1900 = llvm.load %v7 : !llvm.ptr -> f32
          %v1901 = arith.mulf %v1899, %v1900 fastmath<contract> : f32
          %v1902 = arith.addf %v1890, %v1901 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1903, %v1904 = gpu.shuffle xor %v1902, %v824, %v825 : f32
          %v1905 = arith.addf %v1902, %v1903 fastmath<contract> : f32
          %v1906, %v1907 = gpu.shuffle xor %v1905, %v829, %v825 : f32
          %v1908 = arith.addf %v1905, %v1906 fastmath<contract> : f32
          %v1909, %v1910 = gpu.shuffle xor %v1908, %v833, %v825 : f32
          %v1911 = arith.addf %v1908, %v1909 fastmath<contract> : f32
          // end sum over the lanes
          %v1912 = arith.mulf %v1856, %v681 fastmath<contract> : f32
          %v1913 = arith.addf %v1911, %v1912 fastmath<contract> : f32
          scf.if %v21 {
            %v1914 = arith.muli %v28, %v668 : i64
            %v1915 = arith.muli %v1777, %v667 : i64
            %v1916 = arith.addi %v1914, %v1915 : i64
            %v1917 = arith.muli %v26, %v666 : i64
            %v1918 = arith.addi %v1916, %v1917 : i64
            %v1919 = arith.muli %v24, %v2 : i64
            %v1920 = arith.addi %v1918, %v1919 : i64
            %v1921 = llvm.getelementptr %out_y[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1913, %v1921 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
  }
}
