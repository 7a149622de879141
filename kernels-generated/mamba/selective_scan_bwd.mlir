module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v22 = arith.constant 1 : i64
      %v23 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v39 = arith.constant 1 : i64
      %v40 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v56 = arith.constant 1 : i64
      %v57 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v73 = arith.constant 1 : i64
      %v74 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v90 = arith.constant 1 : i64
      %v91 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v92 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v93 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v96 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v97 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v106 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v107 = arith.constant 1 : i64
      %v108 = llvm.alloca %v107 x f32 : (i64) -> !llvm.ptr
      %v109 = arith.constant 1 : i64
      %v110 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v111 = arith.constant 1 : i64
      %v112 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v113 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v114 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v115 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v116 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v117 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v118 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v119 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v120 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v121 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v122 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v123 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v124 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v125 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v126 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v127 = llvm.alloca %v111 x f32 : (i64) -> !llvm.ptr
      %v132 = arith.constant 64 : i64
      %v136 = arith.constant 1 : i64
      %v143 = arith.constant 0x00000000 : f32
      %v144 = arith.constant 0x3F800000 : f32
      %v145 = arith.constant 64 : i64
      %v146 = arith.constant 1 : i64
      %v147 = arith.constant 0 : i64
      %v153 = arith.constant 1 : i64
      %v154 = arith.muli %v153, %v1 : i64
      %v155 = arith.muli %v154, %size_D : i64
      %v496 = arith.constant 1 : i64
      %v497 = arith.muli %v496, %size_B : i64
      %v498 = arith.muli %v497, %size_D : i64
      %v499 = arith.muli %v498, %v1 : i64
      %v507 = arith.constant 1 : i64
      %v508 = arith.muli %v507, %size_B : i64
      %v509 = arith.muli %v508, %size_D : i64
      %v510 = arith.muli %v509, %v1 : i64
      %v521 = arith.constant 1 : i64
      %v522 = arith.muli %v521, %size_B : i64
      %v523 = arith.muli %v522, %size_D : i64
      %v524 = arith.muli %v523, %v1 : i64
      %v535 = arith.constant 1 : i64
      %v536 = arith.muli %v535, %size_B : i64
      %v537 = arith.muli %v536, %size_D : i64
      %v538 = arith.muli %v537, %v1 : i64
      %v549 = arith.constant 1 : i64
      %v550 = arith.muli %v549, %size_B : i64
      %v551 = arith.muli %v550, %size_D : i64
      %v552 = arith.muli %v551, %v1 : i64
      %v563 = arith.constant 1 : i64
      %v564 = arith.muli %v563, %size_B : i64
      %v565 = arith.muli %v564, %size_D : i64
      %v566 = arith.muli %v565, %v1 : i64
      %v577 = arith.constant 1 : i64
      %v578 = arith.muli %v577, %size_B : i64
      %v579 = arith.muli %v578, %size_D : i64
      %v580 = arith.muli %v579, %v1 : i64
      %v591 = arith.constant 1 : i64
      %v592 = arith.muli %v591, %size_B : i64
      %v593 = arith.muli %v592, %size_D : i64
      %v594 = arith.muli %v593, %v1 : i64
      %v605 = arith.constant 1 : i64
      %v606 = arith.muli %v605, %size_B : i64
      %v607 = arith.muli %v606, %size_D : i64
      %v608 = arith.muli %v607, %v1 : i64
      %v619 = arith.constant 1 : i64
      %v620 = arith.muli %v619, %size_B : i64
      %v621 = arith.muli %v620, %size_D : i64
      %v622 = arith.muli %v621, %v1 : i64
      %v633 = arith.constant 1 : i64
      %v634 = arith.muli %v633, %size_B : i64
      %v635 = arith.muli %v634, %size_D : i64
      %v636 = arith.muli %v635, %v1 : i64
      %v647 = arith.constant 1 : i64
      %v648 = arith.muli %v647, %size_B : i64
      %v649 = arith.muli %v648, %size_D : i64
      %v650 = arith.muli %v649, %v1 : i64
      %v661 = arith.constant 1 : i64
      %v662 = arith.muli %v661, %size_B : i64
      %v663 = arith.muli %v662, %size_D : i64
      %v664 = arith.muli %v663, %v1 : i64
      %v675 = arith.constant 1 : i64
      %v676 = arith.muli %v675, %size_B : i64
      %v677 = arith.muli %v676, %size_D : i64
      %v678 = arith.muli %v677, %v1 : i64
      %v689 = arith.constant 1 : i64
      %v690 = arith.muli %v689, %size_B : i64
      %v691 = arith.muli %v690, %size_D : i64
      %v692 = arith.muli %v691, %v1 : i64
      %v703 = arith.constant 1 : i64
      %v704 = arith.muli %v703, %size_B : i64
      %v705 = arith.muli %v704, %size_D : i64
      %v706 = arith.muli %v705, %v1 : i64
      %v723 = arith.constant 1 : i64
      %v724 = arith.muli %v723, %size_L : i64
      %v725 = arith.muli %v724, %size_D : i64
      %v733 = arith.constant 1 : i64
      %v741 = arith.constant 0x3FB8AA3B : f32
      %v746 = arith.constant 0x3F317218 : f32
      %v748 = arith.constant 0x3E124925 : f32
      %v749 = arith.constant 0xBE2AAAAB : f32
      %v752 = arith.constant 0x3E4CCCCD : f32
      %v755 = arith.constant 0xBE800000 : f32
      %v758 = arith.constant 0x3EAAAAAB : f32
      %v761 = arith.constant 0xBF000000 : f32
      %v768 = arith.constant 0x3D800000 : f32
      %v772 = arith.constant 1 : i64
      %v773 = arith.muli %v772, %v1 : i64
      %v780 = arith.constant 1 : i64
      %v781 = arith.muli %v780, %size_L : i64
      %v782 = arith.muli %v781, %v1 : i64
      %v800 = arith.constant 16 : i64
      %v801 = arith.constant 0 : i64
      %v805 = arith.constant 1 : i64
      %v832 = arith.constant 16 : i64
      %v833 = arith.constant 1 : i64
      %v837 = arith.constant 1 : i64
      %v864 = arith.constant 16 : i64
      %v865 = arith.constant 2 : i64
      %v869 = arith.constant 1 : i64
      %v896 = arith.constant 16 : i64
      %v897 = arith.constant 3 : i64
      %v901 = arith.constant 1 : i64
      %v928 = arith.constant 16 : i64
      %v929 = arith.constant 4 : i64
      %v933 = arith.constant 1 : i64
      %v960 = arith.constant 16 : i64
      %v961 = arith.constant 5 : i64
      %v965 = arith.constant 1 : i64
      %v992 = arith.constant 16 : i64
      %v993 = arith.constant 6 : i64
      %v997 = arith.constant 1 : i64
      %v1024 = arith.constant 16 : i64
      %v1025 = arith.constant 7 : i64
      %v1029 = arith.constant 1 : i64
      %v1056 = arith.constant 16 : i64
      %v1057 = arith.constant 8 : i64
      %v1061 = arith.constant 1 : i64
      %v1088 = arith.constant 16 : i64
      %v1089 = arith.constant 9 : i64
      %v1093 = arith.constant 1 : i64
      %v1120 = arith.constant 16 : i64
      %v1121 = arith.constant 10 : i64
      %v1125 = arith.constant 1 : i64
      %v1152 = arith.constant 16 : i64
      %v1153 = arith.constant 11 : i64
      %v1157 = arith.constant 1 : i64
      %v1184 = arith.constant 16 : i64
      %v1185 = arith.constant 12 : i64
      %v1189 = arith.constant 1 : i64
      %v1216 = arith.constant 16 : i64
      %v1217 = arith.constant 13 : i64
      %v1221 = arith.constant 1 : i64
      %v1248 = arith.constant 16 : i64
      %v1249 = arith.constant 14 : i64
      %v1253 = arith.constant 1 : i64
      %v1280 = arith.constant 16 : i64
      %v1281 = arith.constant 15 : i64
      %v1285 = arith.constant 1 : i64
      %v1996 = arith.constant 16 : i64
      %v1997 = arith.constant 0 : i64
      %v2001 = arith.constant 1 : i64
      %v2007 = arith.constant 1 : i64
      %v2008 = arith.muli %v2007, %size_B : i64
      %v2009 = arith.muli %v2008, %size_D : i64
      %v2010 = arith.muli %v2009, %v1 : i64
      %v2031 = arith.constant 16 : i64
      %v2032 = arith.constant 1 : i64
      %v2036 = arith.constant 1 : i64
      %v2042 = arith.constant 1 : i64
      %v2043 = arith.muli %v2042, %size_B : i64
      %v2044 = arith.muli %v2043, %size_D : i64
      %v2045 = arith.muli %v2044, %v1 : i64
      %v2070 = arith.constant 16 : i64
      %v2071 = arith.constant 2 : i64
      %v2075 = arith.constant 1 : i64
      %v2081 = arith.constant 1 : i64
      %v2082 = arith.muli %v2081, %size_B : i64
      %v2083 = arith.muli %v2082, %size_D : i64
      %v2084 = arith.muli %v2083, %v1 : i64
      %v2109 = arith.constant 16 : i64
      %v2110 = arith.constant 3 : i64
      %v2114 = arith.constant 1 : i64
      %v2120 = arith.constant 1 : i64
      %v2121 = arith.muli %v2120, %size_B : i64
      %v2122 = arith.muli %v2121, %size_D : i64
      %v2123 = arith.muli %v2122, %v1 : i64
      %v2148 = arith.constant 16 : i64
      %v2149 = arith.constant 4 : i64
      %v2153 = arith.constant 1 : i64
      %v2159 = arith.constant 1 : i64
      %v2160 = arith.muli %v2159, %size_B : i64
      %v2161 = arith.muli %v2160, %size_D : i64
      %v2162 = arith.muli %v2161, %v1 : i64
      %v2187 = arith.constant 16 : i64
      %v2188 = arith.constant 5 : i64
      %v2192 = arith.constant 1 : i64
      %v2198 = arith.constant 1 : i64
      %v2199 = arith.muli %v2198, %size_B : i64
      %v2200 = arith.muli %v2199, %size_D : i64
      %v2201 = arith.muli %v2200, %v1 : i64
      %v2226 = arith.constant 16 : i64
      %v2227 = arith.constant 6 : i64
      %v2231 = arith.constant 1 : i64
      %v2237 = arith.constant 1 : i64
      %v2238 = arith.muli %v2237, %size_B : i64
      %v2239 = arith.muli %v2238, %size_D : i64
      %v2240 = arith.muli %v2239, %v1 : i64
      %v2265 = arith.constant 16 : i64
      %v2266 = arith.constant 7 : i64
      %v2270 = arith.constant 1 : i64
      %v2276 = arith.constant 1 : i64
      %v2277 = arith.muli %v2276, %size_B : i64
      %v2278 = arith.muli %v2277, %size_D : i64
      %v2279 = arith.muli %v2278, %v1 : i64
      %v2304 = arith.constant 16 : i64
      %v2305 = arith.constant 8 : i64
      %v2309 = arith.constant 1 : i64
      %v2315 = arith.constant 1 : i64
      %v2316 = arith.muli %v2315, %size_B : i64
      %v2317 = arith.muli %v2316, %size_D : i64
      %v2318 = arith.muli %v2317, %v1 : i64
      %v2343 = arith.constant 16 : i64
      %v2344 = arith.constant 9 : i64
      %v2348 = arith.constant 1 : i64
      %v2354 = arith.constant 1 : i64
      %v2355 = arith.muli %v2354, %size_B : i64
      %v2356 = arith.muli %v2355, %size_D : i64
      %v2357 = arith.muli %v2356, %v1 : i64
      %v2382 = arith.constant 16 : i64
      %v2383 = arith.constant 10 : i64
      %v2387 = arith.constant 1 : i64
      %v2393 = arith.constant 1 : i64
      %v2394 = arith.muli %v2393, %size_B : i64
      %v2395 = arith.muli %v2394, %size_D : i64
      %v2396 = arith.muli %v2395, %v1 : i64
      %v2421 = arith.constant 16 : i64
      %v2422 = arith.constant 11 : i64
      %v2426 = arith.constant 1 : i64
      %v2432 = arith.constant 1 : i64
      %v2433 = arith.muli %v2432, %size_B : i64
      %v2434 = arith.muli %v2433, %size_D : i64
      %v2435 = arith.muli %v2434, %v1 : i64
      %v2460 = arith.constant 16 : i64
      %v2461 = arith.constant 12 : i64
      %v2465 = arith.constant 1 : i64
      %v2471 = arith.constant 1 : i64
      %v2472 = arith.muli %v2471, %size_B : i64
      %v2473 = arith.muli %v2472, %size_D : i64
      %v2474 = arith.muli %v2473, %v1 : i64
      %v2499 = arith.constant 16 : i64
      %v2500 = arith.constant 13 : i64
      %v2504 = arith.constant 1 : i64
      %v2510 = arith.constant 1 : i64
      %v2511 = arith.muli %v2510, %size_B : i64
      %v2512 = arith.muli %v2511, %size_D : i64
      %v2513 = arith.muli %v2512, %v1 : i64
      %v2538 = arith.constant 16 : i64
      %v2539 = arith.constant 14 : i64
      %v2543 = arith.constant 1 : i64
      %v2549 = arith.constant 1 : i64
      %v2550 = arith.muli %v2549, %size_B : i64
      %v2551 = arith.muli %v2550, %size_D : i64
      %v2552 = arith.muli %v2551, %v1 : i64
      %v2577 = arith.constant 16 : i64
      %v2578 = arith.constant 15 : i64
      %v2582 = arith.constant 1 : i64
      %v2588 = arith.constant 1 : i64
      %v2589 = arith.muli %v2588, %size_B : i64
      %v2590 = arith.muli %v2589, %size_D : i64
      %v2591 = arith.muli %v2590, %v1 : i64
      %v2620 = arith.constant 16 : i64
      %v2621 = arith.constant 0 : i64
      %v2625 = arith.constant 1 : i64
      %v2632 = arith.constant 16 : i64
      %v2633 = arith.constant 1 : i64
      %v2637 = arith.constant 1 : i64
      %v2645 = arith.constant 16 : i64
      %v2646 = arith.constant 2 : i64
      %v2650 = arith.constant 1 : i64
      %v2658 = arith.constant 16 : i64
      %v2659 = arith.constant 3 : i64
      %v2663 = arith.constant 1 : i64
      %v2671 = arith.constant 16 : i64
      %v2672 = arith.constant 4 : i64
      %v2676 = arith.constant 1 : i64
      %v2684 = arith.constant 16 : i64
      %v2685 = arith.constant 5 : i64
      %v2689 = arith.constant 1 : i64
      %v2697 = arith.constant 16 : i64
      %v2698 = arith.constant 6 : i64
      %v2702 = arith.constant 1 : i64
      %v2710 = arith.constant 16 : i64
      %v2711 = arith.constant 7 : i64
      %v2715 = arith.constant 1 : i64
      %v2723 = arith.constant 16 : i64
      %v2724 = arith.constant 8 : i64
      %v2728 = arith.constant 1 : i64
      %v2736 = arith.constant 16 : i64
      %v2737 = arith.constant 9 : i64
      %v2741 = arith.constant 1 : i64
      %v2749 = arith.constant 16 : i64
      %v2750 = arith.constant 10 : i64
      %v2754 = arith.constant 1 : i64
      %v2762 = arith.constant 16 : i64
      %v2763 = arith.constant 11 : i64
      %v2767 = arith.constant 1 : i64
      %v2775 = arith.constant 16 : i64
      %v2776 = arith.constant 12 : i64
      %v2780 = arith.constant 1 : i64
      %v2788 = arith.constant 16 : i64
      %v2789 = arith.constant 13 : i64
      %v2793 = arith.constant 1 : i64
      %v2801 = arith.constant 16 : i64
      %v2802 = arith.constant 14 : i64
      %v2806 = arith.constant 1 : i64
      %v2814 = arith.constant 16 : i64
      %v2815 = arith.constant 15 : i64
      %v2819 = arith.constant 1 : i64
      %v2928 = arith.constant 16 : i64
      %v2929 = arith.constant 0 : i64
      %v2937 = arith.constant 16 : i64
      %v2938 = arith.constant 1 : i64
      %v2946 = arith.constant 16 : i64
      %v2947 = arith.constant 2 : i64
      %v2955 = arith.constant 16 : i64
      %v2956 = arith.constant 3 : i64
      %v2964 = arith.constant 16 : i64
      %v2965 = arith.constant 4 : i64
      %v2973 = arith.constant 16 : i64
      %v2974 = arith.constant 5 : i64
      %v2982 = arith.constant 16 : i64
      %v2983 = arith.constant 6 : i64
      %v2991 = arith.constant 16 : i64
      %v2992 = arith.constant 7 : i64
      %v3000 = arith.constant 16 : i64
      %v3001 = arith.constant 8 : i64
      %v3009 = arith.constant 16 : i64
      %v3010 = arith.constant 9 : i64
      %v3018 = arith.constant 16 : i64
      %v3019 = arith.constant 10 : i64
      %v3027 = arith.constant 16 : i64
      %v3028 = arith.constant 11 : i64
      %v3036 = arith.constant 16 : i64
      %v3037 = arith.constant 12 : i64
      %v3045 = arith.constant 16 : i64
      %v3046 = arith.constant 13 : i64
      %v3054 = arith.constant 16 : i64
      %v3055 = arith.constant 14 : i64
      %v3063 = arith.constant 16 : i64
      %v3064 = arith.constant 15 : i64
      %v3072 = arith.constant 16 : i64
      %v3073 = arith.constant 0 : i64
      %v3081 = arith.constant 16 : i64
      %v3082 = arith.constant 1 : i64
      %v3090 = arith.constant 16 : i64
      %v3091 = arith.constant 2 : i64
      %v3099 = arith.constant 16 : i64
      %v3100 = arith.constant 3 : i64
      %v3108 = arith.constant 16 : i64
      %v3109 = arith.constant 4 : i64
      %v3117 = arith.constant 16 : i64
      %v3118 = arith.constant 5 : i64
      %v3126 = arith.constant 16 : i64
      %v3127 = arith.constant 6 : i64
      %v3135 = arith.constant 16 : i64
      %v3136 = arith.constant 7 : i64
      %v3144 = arith.constant 16 : i64
      %v3145 = arith.constant 8 : i64
      %v3153 = arith.constant 16 : i64
      %v3154 = arith.constant 9 : i64
      %v3162 = arith.constant 16 : i64
      %v3163 = arith.constant 10 : i64
      %v3171 = arith.constant 16 : i64
      %v3172 = arith.constant 11 : i64
      %v3180 = arith.constant 16 : i64
      %v3181 = arith.constant 12 : i64
      %v3189 = arith.constant 16 : i64
      %v3190 = arith.constant 13 : i64
      %v3198 = arith.constant 16 : i64
      %v3199 = arith.constant 14 : i64
      %v3207 = arith.constant 16 : i64
      %v3208 = arith.constant 15 : i64
      %v3413 = arith.constant 16 : i64
      %v3414 = arith.constant 0 : i64
      %v3419 = arith.constant 16 : i64
      %v3420 = arith.constant 1 : i64
      %v3425 = arith.constant 16 : i64
      %v3426 = arith.constant 2 : i64
      %v3431 = arith.constant 16 : i64
      %v3432 = arith.constant 3 : i64
      %v3437 = arith.constant 16 : i64
      %v3438 = arith.constant 4 : i64
      %v3443 = arith.constant 16 : i64
      %v3444 = arith.constant 5 : i64
      %v3449 = arith.constant 16 : i64
      %v3450 = arith.constant 6 : i64
      %v3455 = arith.constant 16 : i64
      %v3456 = arith.constant 7 : i64
      %v3461 = arith.constant 16 : i64
      %v3462 = arith.constant 8 : i64
      %v3467 = arith.constant 16 : i64
      %v3468 = arith.constant 9 : i64
      %v3473 = arith.constant 16 : i64
      %v3474 = arith.constant 10 : i64
      %v3479 = arith.constant 16 : i64
      %v3480 = arith.constant 11 : i64
      %v3485 = arith.constant 16 : i64
      %v3486 = arith.constant 12 : i64
      %v3491 = arith.constant 16 : i64
      %v3492 = arith.constant 13 : i64
      %v3497 = arith.constant 16 : i64
      %v3498 = arith.constant 14 : i64
      %v3503 = arith.constant 16 : i64
      %v3504 = arith.constant 15 : i64
      %v3509 = arith.constant 1 : i64
      %v3510 = arith.constant 0 : i64
      %v3515 = arith.constant 1 : i64
      %v3516 = arith.constant 0 : i64
      %v128 = gpu.block_id x
      %v129 = gpu.thread_id x
      %v130 = arith.index_cast %v129 : index to i64
      %v131 = arith.index_cast %v128 : index to i64
      %v133 = arith.muli %v131, %v132 : i64
      %v134 = arith.addi %v133, %v130 : i64
      %v135 = arith.cmpi slt, %v134, %v4 : i64
      %v137 = arith.subi %v4, %v136 : i64
      %v138 = arith.minsi %v134, %v137 : i64
      %v139 = arith.remui %v138, %size_D : i64
      %v140 = arith.divui %v138, %size_D : i64
      %v141 = arith.remui %v140, %size_B : i64
      %v142 = arith.divui %v140, %size_B : i64
      llvm.store %v143, %v57 : f32, !llvm.ptr
      llvm.store %v143, %v58 : f32, !llvm.ptr
      llvm.store %v143, %v59 : f32, !llvm.ptr
      llvm.store %v143, %v60 : f32, !llvm.ptr
      llvm.store %v143, %v61 : f32, !llvm.ptr
      llvm.store %v143, %v62 : f32, !llvm.ptr
      llvm.store %v143, %v63 : f32, !llvm.ptr
      llvm.store %v143, %v64 : f32, !llvm.ptr
      llvm.store %v143, %v65 : f32, !llvm.ptr
      llvm.store %v143, %v66 : f32, !llvm.ptr
      llvm.store %v143, %v67 : f32, !llvm.ptr
      llvm.store %v143, %v68 : f32, !llvm.ptr
      llvm.store %v143, %v69 : f32, !llvm.ptr
      llvm.store %v143, %v70 : f32, !llvm.ptr
      llvm.store %v143, %v71 : f32, !llvm.ptr
      llvm.store %v143, %v72 : f32, !llvm.ptr
      llvm.store %v144, %v74 : f32, !llvm.ptr
      llvm.store %v144, %v75 : f32, !llvm.ptr
      llvm.store %v144, %v76 : f32, !llvm.ptr
      llvm.store %v144, %v77 : f32, !llvm.ptr
      llvm.store %v144, %v78 : f32, !llvm.ptr
      llvm.store %v144, %v79 : f32, !llvm.ptr
      llvm.store %v144, %v80 : f32, !llvm.ptr
      llvm.store %v144, %v81 : f32, !llvm.ptr
      llvm.store %v144, %v82 : f32, !llvm.ptr
      llvm.store %v144, %v83 : f32, !llvm.ptr
      llvm.store %v144, %v84 : f32, !llvm.ptr
      llvm.store %v144, %v85 : f32, !llvm.ptr
      llvm.store %v144, %v86 : f32, !llvm.ptr
      llvm.store %v144, %v87 : f32, !llvm.ptr
      llvm.store %v144, %v88 : f32, !llvm.ptr
      llvm.store %v144, %v89 : f32, !llvm.ptr
      llvm.store %v143, %v91 : f32, !llvm.ptr
      llvm.store %v143, %v92 : f32, !llvm.ptr
      llvm.store %v143, %v93 : f32, !llvm.ptr
      llvm.store %v143, %v94 : f32, !llvm.ptr
      llvm.store %v143, %v95 : f32, !llvm.ptr
      llvm.store %v143, %v96 : f32, !llvm.ptr
      llvm.store %v143, %v97 : f32, !llvm.ptr
      llvm.store %v143, %v98 : f32, !llvm.ptr
      llvm.store %v143, %v99 : f32, !llvm.ptr
      llvm.store %v143, %v100 : f32, !llvm.ptr
      llvm.store %v143, %v101 : f32, !llvm.ptr
      llvm.store %v143, %v102 : f32, !llvm.ptr
      llvm.store %v143, %v103 : f32, !llvm.ptr
      llvm.store %v143, %v104 : f32, !llvm.ptr
      llvm.store %v143, %v105 : f32, !llvm.ptr
      llvm.store %v143, %v106 : f32, !llvm.ptr
      llvm.store %v143, %v108 : f32, !llvm.ptr
      llvm.store %v143, %v110 : f32, !llvm.ptr
      llvm.store %v143, %v112 : f32, !llvm.ptr
      llvm.store %v143, %v113 : f32, !llvm.ptr
      llvm.store %v143, %v114 : f32, !llvm.ptr
      llvm.store %v143, %v115 : f32, !llvm.ptr
      llvm.store %v143, %v116 : f32, !llvm.ptr
      llvm.store %v143, %v117 : f32, !llvm.ptr
      llvm.store %v143, %v118 : f32, !llvm.ptr
      llvm.store %v143, %v119 : f32, !llvm.ptr
      llvm.store %v143, %v120 : f32, !llvm.ptr
      llvm.store %v143, %v121 : f32, !llvm.ptr
      llvm.store %v143, %v122 : f32, !llvm.ptr
      llvm.store %v143, %v123 : f32, !llvm.ptr
      llvm.store %v143, %v124 : f32, !llvm.ptr
      llvm.store %v143, %v125 : f32, !llvm.ptr
      llvm.store %v143, %v126 : f32, !llvm.ptr
      llvm.store %v143, %v127 : f32, !llvm.ptr
      %v148 = arith.subi %v145, %v146 : i64
      %v149 = arith.addi %size_L, %v148 : i64
      %v150 = arith.divui %v149, %v145 : i64
      %v151 = arith.subi %size_L, %v146 : i64
      %v152 = arith.cmpi eq, %size_L, %v147 : i64
      scf.if %v152 {
        %v156 = arith.muli %v141, %v155 : i64
        %v157 = arith.muli %v139, %v154 : i64
        %v158 = arith.addi %v156, %v157 : i64
        %v159 = llvm.mlir.zero : !llvm.ptr
        %v160 = llvm.icmp "ne" %in_h0, %v159 : !llvm.ptr
        %v161 = scf.if %v160 -> (f32) {
          %v162 = llvm.getelementptr %in_h0[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          scf.yield %v163 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v161, %v40 : f32, !llvm.ptr
        %v164 = arith.muli %v141, %v155 : i64
        %v165 = arith.muli %v139, %v154 : i64
        %v166 = arith.addi %v164, %v165 : i64
        %v167 = arith.constant 1 : i64
        %v168 = arith.muli %v167, %v153 : i64
        %v169 = arith.addi %v166, %v168 : i64
        %v170 = llvm.mlir.zero : !llvm.ptr
        %v171 = llvm.icmp "ne" %in_h0, %v170 : !llvm.ptr
        %v172 = scf.if %v171 -> (f32) {
          %v173 = llvm.getelementptr %in_h0[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v174 = llvm.load %v173 : !llvm.ptr -> f32
          scf.yield %v174 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v172, %v41 : f32, !llvm.ptr
        %v175 = arith.muli %v141, %v155 : i64
        %v176 = arith.muli %v139, %v154 : i64
        %v177 = arith.addi %v175, %v176 : i64
        %v178 = arith.constant 2 : i64
        %v179 = arith.muli %v178, %v153 : i64
        %v180 = arith.addi %v177, %v179 : i64
        %v181 = llvm.mlir.zero : !llvm.ptr
        %v182 = llvm.icmp "ne" %in_h0, %v181 : !llvm.ptr
        %v183 = scf.if %v182 -> (f32) {
          %v184 = llvm.getelementptr %in_h0[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          scf.yield %v185 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v183, %v42 : f32, !llvm.ptr
        %v186 = arith.muli %v141, %v155 : i64
        %v187 = arith.muli %v139, %v154 : i64
        %v188 = arith.addi %v186, %v187 : i64
        %v189 = arith.constant 3 : i64
        %v190 = arith.muli %v189, %v153 : i64
        %v191 = arith.addi %v188, %v190 : i64
        %v192 = llvm.mlir.zero : !llvm.ptr
        %v193 = llvm.icmp "ne" %in_h0, %v192 : !llvm.ptr
        %v194 = scf.if %v193 -> (f32) {
          %v195 = llvm.getelementptr %in_h0[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v196 = llvm.load %v195 : !llvm.ptr -> f32
          scf.yield %v196 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v194, %v43 : f32, !llvm.ptr
        %v197 = arith.muli %v141, %v155 : i64
        %v198 = arith.muli %v139, %v154 : i64
        %v199 = arith.addi %v197, %v198 : i64
        %v200 = arith.constant 4 : i64
        %v201 = arith.muli %v200, %v153 : i64
        %v202 = arith.addi %v199, %v201 : i64
        %v203 = llvm.mlir.zero : !llvm.ptr
        %v204 = llvm.icmp "ne" %in_h0, %v203 : !llvm.ptr
        %v205 = scf.if %v204 -> (f32) {
          %v206 = llvm.getelementptr %in_h0[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          scf.yield %v207 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v205, %v44 : f32, !llvm.ptr
        %v208 = arith.muli %v141, %v155 : i64
        %v209 = arith.muli %v139, %v154 : i64
        %v210 = arith.addi %v208, %v209 : i64
        %v211 = arith.constant 5 : i64
        %v212 = arith.muli %v211, %v153 : i64
        %v213 = arith.addi %v210, %v212 : i64
        %v214 = llvm.mlir.zero : !llvm.ptr
        %v215 = llvm.icmp "ne" %in_h0, %v214 : !llvm.ptr
        %v216 = scf.if %v215 -> (f32) {
          %v217 = llvm.getelementptr %in_h0[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          scf.yield %v218 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v216, %v45 : f32, !llvm.ptr
        %v219 = arith.muli %v141, %v155 : i64
        %v220 = arith.muli %v139, %v154 : i64
        %v221 = arith.addi %v219, %v220 : i64
        %v222 = arith.constant 6 : i64
        %v223 = arith.muli %v222, %v153 : i64
        %v224 = arith.addi %v221, %v223 : i64
        %v225 = llvm.mlir.zero : !llvm.ptr
        %v226 = llvm.icmp "ne" %in_h0, %v225 : !llvm.ptr
        %v227 = scf.if %v226 -> (f32) {
          %v228 = llvm.getelementptr %in_h0[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v229 = llvm.load %v228 : !llvm.ptr -> f32
          scf.yield %v229 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v227, %v46 : f32, !llvm.ptr
        %v230 = arith.muli %v141, %v155 : i64
        %v231 = arith.muli %v139, %v154 : i64
        %v232 = arith.addi %v230, %v231 : i64
        %v233 = arith.constant 7 : i64
        %v234 = arith.muli %v233, %v153 : i64
        %v235 = arith.addi %v232, %v234 : i64
        %v236 = llvm.mlir.zero : !llvm.ptr
        %v237 = llvm.icmp "ne" %in_h0, %v236 : !llvm.ptr
        %v238 = scf.if %v237 -> (f32) {
          %v239 = llvm.getelementptr %in_h0[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          scf.yield %v240 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v238, %v47 : f32, !llvm.ptr
        %v241 = arith.muli %v141, %v155 : i64
        %v242 = arith.muli %v139, %v154 : i64
        %v243 = arith.addi %v241, %v242 : i64
        %v244 = arith.constant 8 : i64
        %v245 = arith.muli %v244, %v153 : i64
        %v246 = arith.addi %v243, %v245 : i64
        %v247 = llvm.mlir.zero : !llvm.ptr
        %v248 = llvm.icmp "ne" %in_h0, %v247 : !llvm.ptr
        %v249 = scf.if %v248 -> (f32) {
          %v250 = llvm.getelementptr %in_h0[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v251 = llvm.load %v250 : !llvm.ptr -> f32
          scf.yield %v251 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v249, %v48 : f32, !llvm.ptr
        %v252 = arith.muli %v141, %v155 : i64
        %v253 = arith.muli %v139, %v154 : i64
        %v254 = arith.addi %v252, %v253 : i64
        %v255 = arith.constant 9 : i64
        %v256 = arith.muli %v255, %v153 : i64
        %v257 = arith.addi %v254, %v256 : i64
        %v258 = llvm.mlir.zero : !llvm.ptr
        %v259 = llvm.icmp "ne" %in_h0, %v258 : !llvm.ptr
        %v260 = scf.if %v259 -> (f32) {
          %v261 = llvm.getelementptr %in_h0[%v257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          scf.yield %v262 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v260, %v49 : f32, !llvm.ptr
        %v263 = arith.muli %v141, %v155 : i64
        %v264 = arith.muli %v139, %v154 : i64
        %v265 = arith.addi %v263, %v264 : i64
        %v266 = arith.constant 10 : i64
        %v267 = arith.muli %v266, %v153 : i64
        %v268 = arith.addi %v265, %v267 : i64
        %v269 = llvm.mlir.zero : !llvm.ptr
        %v270 = llvm.icmp "ne" %in_h0, %v269 : !llvm.ptr
        %v271 = scf.if %v270 -> (f32) {
          %v272 = llvm.getelementptr %in_h0[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v273 = llvm.load %v272 : !llvm.ptr -> f32
          scf.yield %v273 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v271, %v50 : f32, !llvm.ptr
        %v274 = arith.muli %v141, %v155 : i64
        %v275 = arith.muli %v139, %v154 : i64
        %v276 = arith.addi %v274, %v275 : i64
        %v277 = arith.constant 11 : i64
        %v278 = arith.muli %v277, %v153 : i64
        %v279 = arith.addi %v276, %v278 : i64
        %v280 = llvm.mlir.zero : !llvm.ptr
        %v281 = llvm.icmp "ne" %in_h0, %v280 : !llvm.ptr
        %v282 = scf.if %v281 -> (f32) {
          %v283 = llvm.getelementptr %in_h0[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v284 = llvm.load %v283 : !llvm.ptr -> f32
          scf.yield %v284 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v282, %v51 : f32, !llvm.ptr
        %v285 = arith.muli %v141, %v155 : i64
        %v286 = arith.muli %v139, %v154 : i64
        %v287 = arith.addi %v285, %v286 : i64
        %v288 = arith.constant 12 : i64
        %v289 = arith.muli %v288, %v153 : i64
        %v290 = arith.addi %v287, %v289 : i64
        %v291 = llvm.mlir.zero : !llvm.ptr
        %v292 = llvm.icmp "ne" %in_h0, %v291 : !llvm.ptr
        %v293 = scf.if %v292 -> (f32) {
          %v294 = llvm.getelementptr %in_h0[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v295 = llvm.load %v294 : !llvm.ptr -> f32
          scf.yield %v295 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v293, %v52 : f32, !llvm.ptr
        %v296 = arith.muli %v141, %v155 : i64
        %v297 = arith.muli %v139, %v154 : i64
        %v298 = arith.addi %v296, %v297 : i64
        %v299 = arith.constant 13 : i64
        %v300 = arith.muli %v299, %v153 : i64
        %v301 = arith.addi %v298, %v300 : i64
        %v302 = llvm.mlir.zero : !llvm.ptr
        %v303 = llvm.icmp "ne" %in_h0, %v302 : !llvm.ptr
        %v304 = scf.if %v303 -> (f32) {
          %v305 = llvm.getelementptr %in_h0[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v306 = llvm.load %v305 : !llvm.ptr -> f32
          scf.yield %v306 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v304, %v53 : f32, !llvm.ptr
        %v307 = arith.muli %v141, %v155 : i64
        %v308 = arith.muli %v139, %v154 : i64
        %v309 = arith.addi %v307, %v308 : i64
        %v310 = arith.constant 14 : i64
        %v311 = arith.muli %v310, %v153 : i64
        %v312 = arith.addi %v309, %v311 : i64
        %v313 = llvm.mlir.zero : !llvm.ptr
        %v314 = llvm.icmp "ne" %in_h0, %v313 : !llvm.ptr
        %v315 = scf.if %v314 -> (f32) {
          %v316 = llvm.getelementptr %in_h0[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v317 = llvm.load %v316 : !llvm.ptr -> f32
          scf.yield %v317 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v315, %v54 : f32, !llvm.ptr
        %v318 = arith.muli %v141, %v155 : i64
        %v319 = arith.muli %v139, %v154 : i64
        %v320 = arith.addi %v318, %v319 : i64
        %v321 = arith.constant 15 : i64
        %v322 = arith.muli %v321, %v153 : i64
        %v323 = arith.addi %v320, %v322 : i64
        %v324 = llvm.mlir.zero : !llvm.ptr
        %v325 = llvm.icmp "ne" %in_h0, %v324 : !llvm.ptr
        %v326 = scf.if %v325 -> (f32) {
          %v327 = llvm.getelementptr %in_h0[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v328 = llvm.load %v327 : !llvm.ptr -> f32
          scf.yield %v328 : f32
        } else {
          scf.yield %v143 : f32
        }
        llvm.store %v326, %v55 : f32, !llvm.ptr
        %v329 = arith.muli %v141, %v155 : i64
        %v330 = arith.muli %v139, %v154 : i64
        %v331 = arith.addi %v329, %v330 : i64
        %v332 = llvm.getelementptr %dy_h_last[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v333 = llvm.load %v332 : !llvm.ptr -> f32
        %v334 = llvm.load %v57 : !llvm.ptr -> f32
        %v335 = arith.addf %v334, %v333 : f32
        llvm.store %v335, %v57 : f32, !llvm.ptr
        %v336 = arith.muli %v141, %v155 : i64
        %v337 = arith.muli %v139, %v154 : i64
        %v338 = arith.addi %v336, %v337 : i64
        %v339 = arith.constant 1 : i64
        %v340 = arith.muli %v339, %v153 : i64
        %v341 = arith.addi %v338, %v340 : i64
        %v342 = llvm.getelementptr %dy_h_last[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v343 = llvm.load %v342 : !llvm.ptr -> f32
        %v344 = llvm.load %v58 : !llvm.ptr -> f32
        %v345 = arith.addf %v344, %v343 : f32
        llvm.store %v345, %v58 : f32, !llvm.ptr
        %v346 = arith.muli %v141, %v155 : i64
        %v347 = arith.muli %v139, %v154 : i64
        %v348 = arith.addi %v346, %v347 : i64
        %v349 = arith.constant 2 : i64
        %v350 = arith.muli %v349, %v153 : i64
        %v351 = arith.addi %v348, %v350 : i64
        %v352 = llvm.getelementptr %dy_h_last[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v353 = llvm.load %v352 : !llvm.ptr -> f32
        %v354 = llvm.load %v59 : !llvm.ptr -> f32
        %v355 = arith.addf %v354, %v353 : f32
        llvm.store %v355, %v59 : f32, !llvm.ptr
        %v356 = arith.muli %v141, %v155 : i64
        %v357 = arith.muli %v139, %v154 : i64
        %v358 = arith.addi %v356, %v357 : i64
        %v359 = arith.constant 3 : i64
        %v360 = arith.muli %v359, %v153 : i64
        %v361 = arith.addi %v358, %v360 : i64
        %v362 = llvm.getelementptr %dy_h_last[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v363 = llvm.load %v362 : !llvm.ptr -> f32
        %v364 = llvm.load %v60 : !llvm.ptr -> f32
        %v365 = arith.addf %v364, %v363 : f32
        llvm.store %v365, %v60 : f32, !llvm.ptr
        %v366 = arith.muli %v141, %v155 : i64
        %v367 = arith.muli %v139, %v154 : i64
        %v368 = arith.addi %v366, %v367 : i64
        %v369 = arith.constant 4 : i64
        %v370 = arith.muli %v369, %v153 : i64
        %v371 = arith.addi %v368, %v370 : i64
        %v372 = llvm.getelementptr %dy_h_last[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v373 = llvm.load %v372 : !llvm.ptr -> f32
        %v374 = llvm.load %v61 : !llvm.ptr -> f32
        %v375 = arith.addf %v374, %v373 : f32
        llvm.store %v375, %v61 : f32, !llvm.ptr
        %v376 = arith.muli %v141, %v155 : i64
        %v377 = arith.muli %v139, %v154 : i64
        %v378 = arith.addi %v376, %v377 : i64
        %v379 = arith.constant 5 : i64
        %v380 = arith.muli %v379, %v153 : i64
        %v381 = arith.addi %v378, %v380 : i64
        %v382 = llvm.getelementptr %dy_h_last[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v383 = llvm.load %v382 : !llvm.ptr -> f32
        %v384 = llvm.load %v62 : !llvm.ptr -> f32
        %v385 = arith.addf %v384, %v383 : f32
        llvm.store %v385, %v62 : f32, !llvm.ptr
        %v386 = arith.muli %v141, %v155 : i64
        %v387 = arith.muli %v139, %v154 : i64
        %v388 = arith.addi %v386, %v387 : i64
        %v389 = arith.constant 6 : i64
        %v390 = arith.muli %v389, %v153 : i64
        %v391 = arith.addi %v388, %v390 : i64
        %v392 = llvm.getelementptr %dy_h_last[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v393 = llvm.load %v392 : !llvm.ptr -> f32
        %v394 = llvm.load %v63 : !llvm.ptr -> f32
        %v395 = arith.addf %v394, %v393 : f32
        llvm.store %v395, %v63 : f32, !llvm.ptr
        %v396 = arith.muli %v141, %v155 : i64
        %v397 = arith.muli %v139, %v154 : i64
        %v398 = arith.addi %v396, %v397 : i64
        %v399 = arith.constant 7 : i64
        %v400 = arith.muli %v399, %v153 : i64
        %v401 = arith.addi %v398, %v400 : i64
        %v402 = llvm.getelementptr %dy_h_last[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v403 = llvm.load %v402 : !llvm.ptr -> f32
        %v404 = llvm.load %v64 : !llvm.ptr -> f32
        %v405 = arith.addf %v404, %v403 : f32
        llvm.store %v405, %v64 : f32, !llvm.ptr
        %v406 = arith.muli %v141, %v155 : i64
        %v407 = arith.muli %v139, %v154 : i64
        %v408 = arith.addi %v406, %v407 : i64
        %v409 = arith.constant 8 : i64
        %v410 = arith.muli %v409, %v153 : i64
        %v411 = arith.addi %v408, %v410 : i64
        %v412 = llvm.getelementptr %dy_h_last[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v413 = llvm.load %v412 : !llvm.ptr -> f32
        %v414 = llvm.load %v65 : !llvm.ptr -> f32
        %v415 = arith.addf %v414, %v413 : f32
        llvm.store %v415, %v65 : f32, !llvm.ptr
        %v416 = arith.muli %v141, %v155 : i64
        %v417 = arith.muli %v139, %v154 : i64
        %v418 = arith.addi %v416, %v417 : i64
        %v419 = arith.constant 9 : i64
        %v420 = arith.muli %v419, %v153 : i64
        %v421 = arith.addi %v418, %v420 : i64
        %v422 = llvm.getelementptr %dy_h_last[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v423 = llvm.load %v422 : !llvm.ptr -> f32
        %v424 = llvm.load %v66 : !llvm.ptr -> f32
        %v425 = arith.addf %v424, %v423 : f32
        llvm.store %v425, %v66 : f32, !llvm.ptr
        %v426 = arith.muli %v141, %v155 : i64
        %v427 = arith.muli %v139, %v154 : i64
        %v428 = arith.addi %v426, %v427 : i64
        %v429 = arith.constant 10 : i64
        %v430 = arith.muli %v429, %v153 : i64
        %v431 = arith.addi %v428, %v430 : i64
        %v432 = llvm.getelementptr %dy_h_last[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v433 = llvm.load %v432 : !llvm.ptr -> f32
        %v434 = llvm.load %v67 : !llvm.ptr -> f32
        %v435 = arith.addf %v434, %v433 : f32
        llvm.store %v435, %v67 : f32, !llvm.ptr
        %v436 = arith.muli %v141, %v155 : i64
        %v437 = arith.muli %v139, %v154 : i64
        %v438 = arith.addi %v436, %v437 : i64
        %v439 = arith.constant 11 : i64
        %v440 = arith.muli %v439, %v153 : i64
        %v441 = arith.addi %v438, %v440 : i64
        %v442 = llvm.getelementptr %dy_h_last[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v443 = llvm.load %v442 : !llvm.ptr -> f32
        %v444 = llvm.load %v68 : !llvm.ptr -> f32
        %v445 = arith.addf %v444, %v443 : f32
        llvm.store %v445, %v68 : f32, !llvm.ptr
        %v446 = arith.muli %v141, %v155 : i64
        %v447 = arith.muli %v139, %v154 : i64
        %v448 = arith.addi %v446, %v447 : i64
        %v449 = arith.constant 12 : i64
        %v450 = arith.muli %v449, %v153 : i64
        %v451 = arith.addi %v448, %v450 : i64
        %v452 = llvm.getelementptr %dy_h_last[%v451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v453 = llvm.load %v452 : !llvm.ptr -> f32
        %v454 = llvm.load %v69 : !llvm.ptr -> f32
        %v455 = arith.addf %v454, %v453 : f32
        llvm.store %v455, %v69 : f32, !llvm.ptr
        %v456 = arith.muli %v141, %v155 : i64
        %v457 = arith.muli %v139, %v154 : i64
        %v458 = arith.addi %v456, %v457 : i64
        %v459 = arith.constant 13 : i64
        %v460 = arith.muli %v459, %v153 : i64
        %v461 = arith.addi %v458, %v460 : i64
        %v462 = llvm.getelementptr %dy_h_last[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v463 = llvm.load %v462 : !llvm.ptr -> f32
        %v464 = llvm.load %v70 : !llvm.ptr -> f32
        %v465 = arith.addf %v464, %v463 : f32
        llvm.store %v465, %v70 : f32, !llvm.ptr
        %v466 = arith.muli %v141, %v155 : i64
        %v467 = arith.muli %v139, %v154 : i64
        %v468 = arith.addi %v466, %v467 : i64
        %v469 = arith.constant 14 : i64
        %v470 = arith.muli %v469, %v153 : i64
        %v471 = arith.addi %v468, %v470 : i64
        %v472 = llvm.getelementptr %dy_h_last[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v473 = llvm.load %v472 : !llvm.ptr -> f32
        %v474 = llvm.load %v71 : !llvm.ptr -> f32
        %v475 = arith.addf %v474, %v473 : f32
        llvm.store %v475, %v71 : f32, !llvm.ptr
        %v476 = arith.muli %v141, %v155 : i64
        %v477 = arith.muli %v139, %v154 : i64
        %v478 = arith.addi %v476, %v477 : i64
        %v479 = arith.constant 15 : i64
        %v480 = arith.muli %v479, %v153 : i64
        %v481 = arith.addi %v478, %v480 : i64
        %v482 = llvm.getelementptr %dy_h_last[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v483 = llvm.load %v482 : !llvm.ptr -> f32
        %v484 = llvm.load %v72 : !llvm.ptr -> f32
        %v485 = arith.addf %v484, %v483 : f32
        llvm.store %v485, %v72 : f32, !llvm.ptr
      }
      %v486 = arith.index_cast %v147 : i64 to index
      %v487 = arith.index_cast %v150 : i64 to index
      %v488 = arith.index_cast %v146 : i64 to index
      scf.for %v489 = %v486 to %v487 step %v488 {
        %v490 = arith.index_cast %v489 : index to i64
        %v491 = arith.subi %v150, %v146 : i64
        %v492 = arith.subi %v491, %v490 : i64
        %v493 = arith.muli %v492, %v145 : i64
        %v494 = arith.subi %size_L, %v493 : i64
        %v495 = arith.minsi %v494, %v145 : i64
        %v500 = arith.muli %v492, %v499 : i64
        %v501 = arith.muli %v141, %v155 : i64
        %v502 = arith.muli %v139, %v154 : i64
        %v503 = arith.addi %v501, %v502 : i64
        %v504 = arith.addi %v500, %v503 : i64
        %v505 = llvm.getelementptr %ckpt_h[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v506 = llvm.load %v505 : !llvm.ptr -> f32
        llvm.store %v506, %v23 : f32, !llvm.ptr
        %v511 = arith.muli %v492, %v510 : i64
        %v512 = arith.muli %v141, %v155 : i64
        %v513 = arith.muli %v139, %v154 : i64
        %v514 = arith.addi %v512, %v513 : i64
        %v515 = arith.constant 1 : i64
        %v516 = arith.muli %v515, %v153 : i64
        %v517 = arith.addi %v514, %v516 : i64
        %v518 = arith.addi %v511, %v517 : i64
        %v519 = llvm.getelementptr %ckpt_h[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v520 = llvm.load %v519 : !llvm.ptr -> f32
        llvm.store %v520, %v24 : f32, !llvm.ptr
        %v525 = arith.muli %v492, %v524 : i64
        %v526 = arith.muli %v141, %v155 : i64
        %v527 = arith.muli %v139, %v154 : i64
        %v528 = arith.addi %v526, %v527 : i64
        %v529 = arith.constant 2 : i64
        %v530 = arith.muli %v529, %v153 : i64
        %v531 = arith.addi %v528, %v530 : i64
        %v532 = arith.addi %v525, %v531 : i64
        %v533 = llvm.getelementptr %ckpt_h[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v534 = llvm.load %v533 : !llvm.ptr -> f32
        llvm.store %v534, %v25 : f32, !llvm.ptr
        %v539 = arith.muli %v492, %v538 : i64
        %v540 = arith.muli %v141, %v155 : i64
        %v541 = arith.muli %v139, %v154 : i64
        %v542 = arith.addi %v540, %v541 : i64
        %v543 = arith.constant 3 : i64
        %v544 = arith.muli %v543, %v153 : i64
        %v545 = arith.addi %v542, %v544 : i64
        %v546 = arith.addi %v539, %v545 : i64
        %v547 = llvm.getelementptr %ckpt_h[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v548 = llvm.load %v547 : !llvm.ptr -> f32
        llvm.store %v548, %v26 : f32, !llvm.ptr
        %v553 = arith.muli %v492, %v552 : i64
        %v554 = arith.muli %v141, %v155 : i64
        %v555 = arith.muli %v139, %v154 : i64
        %v556 = arith.addi %v554, %v555 : i64
        %v557 = arith.constant 4 : i64
        %v558 = arith.muli %v557, %v153 : i64
        %v559 = arith.addi %v556, %v558 : i64
        %v560 = arith.addi %v553, %v559 : i64
        %v561 = llvm.getelementptr %ckpt_h[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v562 = llvm.load %v561 : !llvm.ptr -> f32
        llvm.store %v562, %v27 : f32, !llvm.ptr
        %v567 = arith.muli %v492, %v566 : i64
        %v568 = arith.muli %v141, %v155 : i64
        %v569 = arith.muli %v139, %v154 : i64
        %v570 = arith.addi %v568, %v569 : i64
        %v571 = arith.constant 5 : i64
        %v572 = arith.muli %v571, %v153 : i64
        %v573 = arith.addi %v570, %v572 : i64
        %v574 = arith.addi %v567, %v573 : i64
        %v575 = llvm.getelementptr %ckpt_h[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v576 = llvm.load %v575 : !llvm.ptr -> f32
        llvm.store %v576, %v28 : f32, !llvm.ptr
        %v581 = arith.muli %v492, %v580 : i64
        %v582 = arith.muli %v141, %v155 : i64
        %v583 = arith.muli %v139, %v154 : i64
        %v584 = arith.addi %v582, %v583 : i64
        %v585 = arith.constant 6 : i64
        %v586 = arith.muli %v585, %v153 : i64
        %v587 = arith.addi %v584, %v586 : i64
        %v588 = arith.addi %v581, %v587 : i64
        %v589 = llvm.getelementptr %ckpt_h[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v590 = llvm.load %v589 : !llvm.ptr -> f32
        llvm.store %v590, %v29 : f32, !llvm.ptr
        %v595 = arith.muli %v492, %v594 : i64
        %v596 = arith.muli %v141, %v155 : i64
        %v597 = arith.muli %v139, %v154 : i64
        %v598 = arith.addi %v596, %v597 : i64
        %v599 = arith.constant 7 : i64
        %v600 = arith.muli %v599, %v153 : i64
        %v601 = arith.addi %v598, %v600 : i64
        %v602 = arith.addi %v595, %v601 : i64
        %v603 = llvm.getelementptr %ckpt_h[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v604 = llvm.load %v603 : !llvm.ptr -> f32
        llvm.store %v604, %v30 : f32, !llvm.ptr
        %v609 = arith.muli %v492, %v608 : i64
        %v610 = arith.muli %v141, %v155 : i64
        %v611 = arith.muli %v139, %v154 : i64
        %v612 = arith.addi %v610, %v611 : i64
        %v613 = arith.constant 8 : i64
        %v614 = arith.muli %v613, %v153 : i64
        %v615 = arith.addi %v612, %v614 : i64
        %v616 = arith.addi %v609, %v615 : i64
        %v617 = llvm.getelementptr %ckpt_h[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v618 = llvm.load %v617 : !llvm.ptr -> f32
        llvm.store %v618, %v31 : f32, !llvm.ptr
        %v623 = arith.muli %v492, %v622 : i64
        %v624 = arith.muli %v141, %v155 : i64
        %v625 = arith.muli %v139, %v154 : i64
        %v626 = arith.addi %v624, %v625 : i64
        %v627 = arith.constant 9 : i64
        %v628 = arith.muli %v627, %v153 : i64
        %v629 = arith.addi %v626, %v628 : i64
        %v630 = arith.addi %v623, %v629 : i64
        %v631 = llvm.getelementptr %ckpt_h[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v632 = llvm.load %v631 : !llvm.ptr -> f32
        llvm.store %v632, %v32 : f32, !llvm.ptr
        %v637 = arith.muli %v492, %v636 : i64
        %v638 = arith.muli %v141, %v155 : i64
        %v639 = arith.muli %v139, %v154 : i64
        %v640 = arith.addi %v638, %v639 : i64
        %v641 = arith.constant 10 : i64
        %v642 = arith.muli %v641, %v153 : i64
        %v643 = arith.addi %v640, %v642 : i64
        %v644 = arith.addi %v637, %v643 : i64
        %v645 = llvm.getelementptr %ckpt_h[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v646 = llvm.load %v645 : !llvm.ptr -> f32
        llvm.store %v646, %v33 : f32, !llvm.ptr
        %v651 = arith.muli %v492, %v650 : i64
        %v652 = arith.muli %v141, %v155 : i64
        %v653 = arith.muli %v139, %v154 : i64
        %v654 = arith.addi %v652, %v653 : i64
        %v655 = arith.constant 11 : i64
        %v656 = arith.muli %v655, %v153 : i64
        %v657 = arith.addi %v654, %v656 : i64
        %v658 = arith.addi %v651, %v657 : i64
        %v659 = llvm.getelementptr %ckpt_h[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v660 = llvm.load %v659 : !llvm.ptr -> f32
        llvm.store %v660, %v34 : f32, !llvm.ptr
        %v665 = arith.muli %v492, %v664 : i64
        %v666 = arith.muli %v141, %v155 : i64
        %v667 = arith.muli %v139, %v154 : i64
        %v668 = arith.addi %v666, %v667 : i64
        %v669 = arith.constant 12 : i64
        %v670 = arith.muli %v669, %v153 : i64
        %v671 = arith.addi %v668, %v670 : i64
        %v672 = arith.addi %v665, %v671 : i64
        %v673 = llvm.getelementptr %ckpt_h[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v674 = llvm.load %v673 : !llvm.ptr -> f32
        llvm.store %v674, %v35 : f32, !llvm.ptr
        %v679 = arith.muli %v492, %v678 : i64
        %v680 = arith.muli %v141, %v155 : i64
        %v681 = arith.muli %v139, %v154 : i64
        %v682 = arith.addi %v680, %v681 : i64
        %v683 = arith.constant 13 : i64
        %v684 = arith.muli %v683, %v153 : i64
        %v685 = arith.addi %v682, %v684 : i64
        %v686 = arith.addi %v679, %v685 : i64
        %v687 = llvm.getelementptr %ckpt_h[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v688 = llvm.load %v687 : !llvm.ptr -> f32
        llvm.store %v688, %v36 : f32, !llvm.ptr
        %v693 = arith.muli %v492, %v692 : i64
        %v694 = arith.muli %v141, %v155 : i64
        %v695 = arith.muli %v139, %v154 : i64
        %v696 = arith.addi %v694, %v695 : i64
        %v697 = arith.constant 14 : i64
        %v698 = arith.muli %v697, %v153 : i64
        %v699 = arith.addi %v696, %v698 : i64
        %v700 = arith.addi %v693, %v699 : i64
        %v701 = llvm.getelementptr %ckpt_h[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v702 = llvm.load %v701 : !llvm.ptr -> f32
        llvm.store %v702, %v37 : f32, !llvm.ptr
        %v707 = arith.muli %v492, %v706 : i64
        %v708 = arith.muli %v141, %v155 : i64
        %v709 = arith.muli %v139, %v154 : i64
        %v710 = arith.addi %v708, %v709 : i64
        %v711 = arith.constant 15 : i64
        %v712 = arith.muli %v711, %v153 : i64
        %v713 = arith.addi %v710, %v712 : i64
        %v714 = arith.addi %v707, %v713 : i64
        %v715 = llvm.getelementptr %ckpt_h[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v716 = llvm.load %v715 : !llvm.ptr -> f32
        llvm.store %v716, %v38 : f32, !llvm.ptr
        %v717 = arith.index_cast %v147 : i64 to index
        %v718 = arith.index_cast %v495 : i64 to index
        %v719 = arith.index_cast %v146 : i64 to index
        scf.for %v720 = %v717 to %v718 step %v719 {
          %v721 = arith.index_cast %v720 : index to i64
          %v722 = arith.addi %v493, %v721 : i64
          %v726 = arith.muli %v141, %v725 : i64
          %v727 = arith.muli %v139, %v724 : i64
          %v728 = arith.addi %v726, %v727 : i64
          %v729 = arith.muli %v722, %v723 : i64
          %v730 = arith.addi %v728, %v729 : i64
          %v731 = llvm.getelementptr %in_delta[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v732 = llvm.load %v731 : !llvm.ptr -> f32
          %v734 = arith.muli %v139, %v733 : i64
          %v735 = llvm.getelementptr %in_dt_bias[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v736 = llvm.load %v735 : !llvm.ptr -> f32
          %v737 = arith.addf %v732, %v736 : f32
          %v738 = arith.maximumf %v737, %v143 : f32
          %v739 = llvm.call_intrinsic "llvm.fabs.f32"(%v737) : (f32) -> f32
          %v740 = arith.negf %v739 : f32
          %v742 = arith.mulf %v740, %v741 : f32
          %v743 = llvm.call_intrinsic "llvm.exp2.f32"(%v742) : (f32) -> f32
          %v744 = arith.addf %v144, %v743 : f32
          %v745 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v744) : (f32) -> f32
          %v747 = arith.mulf %v745, %v746 : f32
          %v750 = arith.mulf %v748, %v743 : f32
          %v751 = arith.addf %v750, %v749 : f32
          %v753 = arith.mulf %v751, %v743 : f32
          %v754 = arith.addf %v753, %v752 : f32
          %v756 = arith.mulf %v754, %v743 : f32
          %v757 = arith.addf %v756, %v755 : f32
          %v759 = arith.mulf %v757, %v743 : f32
          %v760 = arith.addf %v759, %v758 : f32
          %v762 = arith.mulf %v760, %v743 : f32
          %v763 = arith.addf %v762, %v761 : f32
          %v764 = arith.mulf %v763, %v743 : f32
          %v765 = arith.addf %v764, %v144 : f32
          %v766 = arith.mulf %v765, %v743 : f32
          %v767 = llvm.call_intrinsic "llvm.fabs.f32"(%v743) : (f32) -> f32
          %v769 = arith.cmpf olt, %v767, %v768 : f32
          %v770 = arith.select %v769, %v766, %v747 : f32
          %v771 = arith.addf %v738, %v770 : f32
          %v774 = arith.muli %v139, %v773 : i64
          %v775 = llvm.getelementptr %in_A[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v776 = llvm.load %v775 : !llvm.ptr -> f32
          %v777 = arith.mulf %v771, %v776 : f32
          %v778 = arith.mulf %v777, %v741 : f32
          %v779 = llvm.call_intrinsic "llvm.exp2.f32"(%v778) : (f32) -> f32
          %v783 = arith.muli %v141, %v782 : i64
          %v784 = arith.muli %v722, %v780 : i64
          %v785 = arith.addi %v783, %v784 : i64
          %v786 = llvm.getelementptr %in_Bm[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v787 = llvm.load %v786 : !llvm.ptr -> f32
          %v788 = arith.mulf %v771, %v787 : f32
          %v789 = arith.muli %v141, %v725 : i64
          %v790 = arith.muli %v139, %v724 : i64
          %v791 = arith.addi %v789, %v790 : i64
          %v792 = arith.muli %v722, %v723 : i64
          %v793 = arith.addi %v791, %v792 : i64
          %v794 = llvm.getelementptr %in_u[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v795 = llvm.load %v794 : !llvm.ptr -> f32
          %v796 = arith.mulf %v788, %v795 : f32
          %v797 = llvm.load %v23 : !llvm.ptr -> f32
          %v798 = arith.mulf %v779, %v797 : f32
          %v799 = arith.addf %v798, %v796 : f32
          scf.if %v135 {
            %v802 = arith.muli %v721, %v800 : i64
            %v803 = arith.addi %v802, %v801 : i64
            %v804 = arith.muli %v803, %v4 : i64
            %v806 = arith.subi %v4, %v805 : i64
            %v807 = arith.minsi %v134, %v806 : i64
            %v808 = arith.addi %v804, %v807 : i64
            %v809 = llvm.getelementptr %scratch_h[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v799, %v809 : f32, !llvm.ptr
          }
          llvm.store %v799, %v23 : f32, !llvm.ptr
          %v810 = arith.muli %v139, %v773 : i64
          %v811 = arith.constant 1 : i64
          %v812 = arith.muli %v811, %v772 : i64
          %v813 = arith.addi %v810, %v812 : i64
          %v814 = llvm.getelementptr %in_A[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v815 = llvm.load %v814 : !llvm.ptr -> f32
          %v816 = arith.mulf %v771, %v815 : f32
          %v817 = arith.mulf %v816, %v741 : f32
          %v818 = llvm.call_intrinsic "llvm.exp2.f32"(%v817) : (f32) -> f32
          %v819 = arith.muli %v141, %v782 : i64
          %v820 = arith.constant 1 : i64
          %v821 = arith.muli %v820, %v781 : i64
          %v822 = arith.addi %v819, %v821 : i64
          %v823 = arith.muli %v722, %v780 : i64
          %v824 = arith.addi %v822, %v823 : i64
          %v825 = llvm.getelementptr %in_Bm[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v826 = llvm.load %v825 : !llvm.ptr -> f32
          %v827 = arith.mulf %v771, %v826 : f32
          %v828 = arith.mulf %v827, %v795 : f32
          %v829 = llvm.load %v24 : !llvm.ptr -> f32
          %v830 = arith.mulf %v818, %v829 : f32
          %v831 = arith.addf %v830, %v828 : f32
          scf.if %v135 {
            %v834 = arith.muli %v721, %v832 : i64
            %v835 = arith.addi %v834, %v833 : i64
            %v836 = arith.muli %v835, %v4 : i64
            %v838 = arith.subi %v4, %v837 : i64
            %v839 = arith.minsi %v134, %v838 : i64
            %v840 = arith.addi %v836, %v839 : i64
            %v841 = llvm.getelementptr %scratch_h[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v831, %v841 : f32, !llvm.ptr
          }
          llvm.store %v831, %v24 : f32, !llvm.ptr
          %v842 = arith.muli %v139, %v773 : i64
          %v843 = arith.constant 2 : i64
          %v844 = arith.muli %v843, %v772 : i64
          %v845 = arith.addi %v842, %v844 : i64
          %v846 = llvm.getelementptr %in_A[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v847 = llvm.load %v846 : !llvm.ptr -> f32
          %v848 = arith.mulf %v771, %v847 : f32
          %v849 = arith.mulf %v848, %v741 : f32
          %v850 = llvm.call_intrinsic "llvm.exp2.f32"(%v849) : (f32) -> f32
          %v851 = arith.muli %v141, %v782 : i64
          %v852 = arith.constant 2 : i64
          %v853 = arith.muli %v852, %v781 : i64
          %v854 = arith.addi %v851, %v853 : i64
          %v855 = arith.muli %v722, %v780 : i64
          %v856 = arith.addi %v854, %v855 : i64
          %v857 = llvm.getelementptr %in_Bm[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v858 = llvm.load %v857 : !llvm.ptr -> f32
          %v859 = arith.mulf %v771, %v858 : f32
          %v860 = arith.mulf %v859, %v795 : f32
          %v861 = llvm.load %v25 : !llvm.ptr -> f32
          %v862 = arith.mulf %v850, %v861 : f32
          %v863 = arith.addf %v862, %v860 : f32
          scf.if %v135 {
            %v866 = arith.muli %v721, %v864 : i64
            %v867 = arith.addi %v866, %v865 : i64
            %v868 = arith.muli %v867, %v4 : i64
            %v870 = arith.subi %v4, %v869 : i64
            %v871 = arith.minsi %v134, %v870 : i64
            %v872 = arith.addi %v868, %v871 : i64
            %v873 = llvm.getelementptr %scratch_h[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v863, %v873 : f32, !llvm.ptr
          }
          llvm.store %v863, %v25 : f32, !llvm.ptr
          %v874 = arith.muli %v139, %v773 : i64
          %v875 = arith.constant 3 : i64
          %v876 = arith.muli %v875, %v772 : i64
          %v877 = arith.addi %v874, %v876 : i64
          %v878 = llvm.getelementptr %in_A[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v879 = llvm.load %v878 : !llvm.ptr -> f32
          %v880 = arith.mulf %v771, %v879 : f32
          %v881 = arith.mulf %v880, %v741 : f32
          %v882 = llvm.call_intrinsic "llvm.exp2.f32"(%v881) : (f32) -> f32
          %v883 = arith.muli %v141, %v782 : i64
          %v884 = arith.constant 3 : i64
          %v885 = arith.muli %v884, %v781 : i64
          %v886 = arith.addi %v883, %v885 : i64
          %v887 = arith.muli %v722, %v780 : i64
          %v888 = arith.addi %v886, %v887 : i64
          %v889 = llvm.getelementptr %in_Bm[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v890 = llvm.load %v889 : !llvm.ptr -> f32
          %v891 = arith.mulf %v771, %v890 : f32
          %v892 = arith.mulf %v891, %v795 : f32
          %v893 = llvm.load %v26 : !llvm.ptr -> f32
          %v894 = arith.mulf %v882, %v893 : f32
          %v895 = arith.addf %v894, %v892 : f32
          scf.if %v135 {
            %v898 = arith.muli %v721, %v896 : i64
            %v899 = arith.addi %v898, %v897 : i64
            %v900 = arith.muli %v899, %v4 : i64
            %v902 = arith.subi %v4, %v901 : i64
            %v903 = arith.minsi %v134, %v902 : i64
            %v904 = arith.addi %v900, %v903 : i64
            %v905 = llvm.getelementptr %scratch_h[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v895, %v905 : f32, !llvm.ptr
          }
          llvm.store %v895, %v26 : f32, !llvm.ptr
          %v906 = arith.muli %v139, %v773 : i64
          %v907 = arith.constant 4 : i64
          %v908 = arith.muli %v907, %v772 : i64
          %v909 = arith.addi %v906, %v908 : i64
          %v910 = llvm.getelementptr %in_A[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v911 = llvm.load %v910 : !llvm.ptr -> f32
          %v912 = arith.mulf %v771, %v911 : f32
          %v913 = arith.mulf %v912, %v741 : f32
          %v914 = llvm.call_intrinsic "llvm.exp2.f32"(%v913) : (f32) -> f32
          %v915 = arith.muli %v141, %v782 : i64
          %v916 = arith.constant 4 : i64
          %v917 = arith.muli %v916, %v781 : i64
          %v918 = arith.addi %v915, %v917 : i64
          %v919 = arith.muli %v722, %v780 : i64
          %v920 = arith.addi %v918, %v919 : i64
          %v921 = llvm.getelementptr %in_Bm[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v922 = llvm.load %v921 : !llvm.ptr -> f32
          %v923 = arith.mulf %v771, %v922 : f32
          %v924 = arith.mulf %v923, %v795 : f32
          %v925 = llvm.load %v27 : !llvm.ptr -> f32
          %v926 = arith.mulf %v914, %v925 : f32
          %v927 = arith.addf %v926, %v924 : f32
          scf.if %v135 {
            %v930 = arith.muli %v721, %v928 : i64
            %v931 = arith.addi %v930, %v929 : i64
            %v932 = arith.muli %v931, %v4 : i64
            %v934 = arith.subi %v4, %v933 : i64
            %v935 = arith.minsi %v134, %v934 : i64
            %v936 = arith.addi %v932, %v935 : i64
            %v937 = llvm.getelementptr %scratch_h[%v936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v927, %v937 : f32, !llvm.ptr
          }
          llvm.store %v927, %v27 : f32, !llvm.ptr
          %v938 = arith.muli %v139, %v773 : i64
          %v939 = arith.constant 5 : i64
          %v940 = arith.muli %v939, %v772 : i64
          %v941 = arith.addi %v938, %v940 : i64
          %v942 = llvm.getelementptr %in_A[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v943 = llvm.load %v942 : !llvm.ptr -> f32
          %v944 = arith.mulf %v771, %v943 : f32
          %v945 = arith.mulf %v944, %v741 : f32
          %v946 = llvm.call_intrinsic "llvm.exp2.f32"(%v945) : (f32) -> f32
          %v947 = arith.muli %v141, %v782 : i64
          %v948 = arith.constant 5 : i64
          %v949 = arith.muli %v948, %v781 : i64
          %v950 = arith.addi %v947, %v949 : i64
          %v951 = arith.muli %v722, %v780 : i64
          %v952 = arith.addi %v950, %v951 : i64
          %v953 = llvm.getelementptr %in_Bm[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v954 = llvm.load %v953 : !llvm.ptr -> f32
          %v955 = arith.mulf %v771, %v954 : f32
          %v956 = arith.mulf %v955, %v795 : f32
          %v957 = llvm.load %v28 : !llvm.ptr -> f32
          %v958 = arith.mulf %v946, %v957 : f32
          %v959 = arith.addf %v958, %v956 : f32
          scf.if %v135 {
            %v962 = arith.muli %v721, %v960 : i64
            %v963 = arith.addi %v962, %v961 : i64
            %v964 = arith.muli %v963, %v4 : i64
            %v966 = arith.subi %v4, %v965 : i64
            %v967 = arith.minsi %v134, %v966 : i64
            %v968 = arith.addi %v964, %v967 : i64
            %v969 = llvm.getelementptr %scratch_h[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v959, %v969 : f32, !llvm.ptr
          }
          llvm.store %v959, %v28 : f32, !llvm.ptr
          %v970 = arith.muli %v139, %v773 : i64
          %v971 = arith.constant 6 : i64
          %v972 = arith.muli %v971, %v772 : i64
          %v973 = arith.addi %v970, %v972 : i64
          %v974 = llvm.getelementptr %in_A[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v975 = llvm.load %v974 : !llvm.ptr -> f32
          %v976 = arith.mulf %v771, %v975 : f32
          %v977 = arith.mulf %v976, %v741 : f32
          %v978 = llvm.call_intrinsic "llvm.exp2.f32"(%v977) : (f32) -> f32
          %v979 = arith.muli %v141, %v782 : i64
          %v980 = arith.constant 6 : i64
          %v981 = arith.muli %v980, %v781 : i64
          %v982 = arith.addi %v979, %v981 : i64
          %v983 = arith.muli %v722, %v780 : i64
          %v984 = arith.addi %v982, %v983 : i64
          %v985 = llvm.getelementptr %in_Bm[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v986 = llvm.load %v985 : !llvm.ptr -> f32
          %v987 = arith.mulf %v771, %v986 : f32
          %v988 = arith.mulf %v987, %v795 : f32
          %v989 = llvm.load %v29 : !llvm.ptr -> f32
          %v990 = arith.mulf %v978, %v989 : f32
          %v991 = arith.addf %v990, %v988 : f32
          scf.if %v135 {
            %v994 = arith.muli %v721, %v992 : i64
            %v995 = arith.addi %v994, %v993 : i64
            %v996 = arith.muli %v995, %v4 : i64
            %v998 = arith.subi %v4, %v997 : i64
            %v999 = arith.minsi %v134, %v998 : i64
            %v1000 = arith.addi %v996, %v999 : i64
            %v1001 = llvm.getelementptr %scratch_h[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v991, %v1001 : f32, !llvm.ptr
          }
          llvm.store %v991, %v29 : f32, !llvm.ptr
          %v1002 = arith.muli %v139, %v773 : i64
          %v1003 = arith.constant 7 : i64
          %v1004 = arith.muli %v1003, %v772 : i64
          %v1005 = arith.addi %v1002, %v1004 : i64
          %v1006 = llvm.getelementptr %in_A[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
          %v1008 = arith.mulf %v771, %v1007 : f32
          %v1009 = arith.mulf %v1008, %v741 : f32
          %v1010 = llvm.call_intrinsic "llvm.exp2.f32"(%v1009) : (f32) -> f32
          %v1011 = arith.muli %v141, %v782 : i64
          %v1012 = arith.constant 7 : i64
          %v1013 = arith.muli %v1012, %v781 : i64
          %v1014 = arith.addi %v1011, %v1013 : i64
          %v1015 = arith.muli %v722, %v780 : i64
          %v1016 = arith.addi %v1014, %v1015 : i64
          %v1017 = llvm.getelementptr %in_Bm[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
          %v1019 = arith.mulf %v771, %v1018 : f32
          %v1020 = arith.mulf %v1019, %v795 : f32
          %v1021 = llvm.load %v30 : !llvm.ptr -> f32
          %v1022 = arith.mulf %v1010, %v1021 : f32
          %v1023 = arith.addf %v1022, %v1020 : f32
          scf.if %v135 {
            %v1026 = arith.muli %v721, %v1024 : i64
            %v1027 = arith.addi %v1026, %v1025 : i64
            %v1028 = arith.muli %v1027, %v4 : i64
            %v1030 = arith.subi %v4, %v1029 : i64
            %v1031 = arith.minsi %v134, %v1030 : i64
            %v1032 = arith.addi %v1028, %v1031 : i64
            %v1033 = llvm.getelementptr %scratch_h[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1023, %v1033 : f32, !llvm.ptr
          }
          llvm.store %v1023, %v30 : f32, !llvm.ptr
          %v1034 = arith.muli %v139, %v773 : i64
          %v1035 = arith.constant 8 : i64
          %v1036 = arith.muli %v1035, %v772 : i64
          %v1037 = arith.addi %v1034, %v1036 : i64
          %v1038 = llvm.getelementptr %in_A[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
          %v1040 = arith.mulf %v771, %v1039 : f32
          %v1041 = arith.mulf %v1040, %v741 : f32
          %v1042 = llvm.call_intrinsic "llvm.exp2.f32"(%v1041) : (f32) -> f32
          %v1043 = arith.muli %v141, %v782 : i64
          %v1044 = arith.constant 8 : i64
          %v1045 = arith.muli %v1044, %v781 : i64
          %v1046 = arith.addi %v1043, %v1045 : i64
          %v1047 = arith.muli %v722, %v780 : i64
          %v1048 = arith.addi %v1046, %v1047 : i64
          %v1049 = llvm.getelementptr %in_Bm[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
          %v1051 = arith.mulf %v771, %v1050 : f32
          %v1052 = arith.mulf %v1051, %v795 : f32
          %v1053 = llvm.load %v31 : !llvm.ptr -> f32
          %v1054 = arith.mulf %v1042, %v1053 : f32
          %v1055 = arith.addf %v1054, %v1052 : f32
          scf.if %v135 {
            %v1058 = arith.muli %v721, %v1056 : i64
            %v1059 = arith.addi %v1058, %v1057 : i64
            %v1060 = arith.muli %v1059, %v4 : i64
            %v1062 = arith.subi %v4, %v1061 : i64
            %v1063 = arith.minsi %v134, %v1062 : i64
            %v1064 = arith.addi %v1060, %v1063 : i64
            %v1065 = llvm.getelementptr %scratch_h[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1055, %v1065 : f32, !llvm.ptr
          }
          llvm.store %v1055, %v31 : f32, !llvm.ptr
          %v1066 = arith.muli %v139, %v773 : i64
          %v1067 = arith.constant 9 : i64
          %v1068 = arith.muli %v1067, %v772 : i64
          %v1069 = arith.addi %v1066, %v1068 : i64
          %v1070 = llvm.getelementptr %in_A[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1071 = llvm.load %v1070 : !llvm.ptr -> f32
          %v1072 = arith.mulf %v771, %v1071 : f32
          %v1073 = arith.mulf %v1072, %v741 : f32
          %v1074 = llvm.call_intrinsic "llvm.exp2.f32"(%v1073) : (f32) -> f32
          %v1075 = arith.muli %v141, %v782 : i64
          %v1076 = arith.constant 9 : i64
          %v1077 = arith.muli %v1076, %v781 : i64
          %v1078 = arith.addi %v1075, %v1077 : i64
          %v1079 = arith.muli %v722, %v780 : i64
          %v1080 = arith.addi %v1078, %v1079 : i64
          %v1081 = llvm.getelementptr %in_Bm[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1082 = llvm.load %v1081 : !llvm.ptr -> f32
          %v1083 = arith.mulf %v771, %v1082 : f32
          %v1084 = arith.mulf %v1083, %v795 : f32
          %v1085 = llvm.load %v32 : !llvm.ptr -> f32
          %v1086 = arith.mulf %v1074, %v1085 : f32
          %v1087 = arith.addf %v1086, %v1084 : f32
          scf.if %v135 {
            %v1090 = arith.muli %v721, %v1088 : i64
            %v1091 = arith.addi %v1090, %v1089 : i64
            %v1092 = arith.muli %v1091, %v4 : i64
            %v1094 = arith.subi %v4, %v1093 : i64
            %v1095 = arith.minsi %v134, %v1094 : i64
            %v1096 = arith.addi %v1092, %v1095 : i64
            %v1097 = llvm.getelementptr %scratch_h[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1087, %v1097 : f32, !llvm.ptr
          }
          llvm.store %v1087, %v32 : f32, !llvm.ptr
          %v1098 = arith.muli %v139, %v773 : i64
          %v1099 = arith.constant 10 : i64
          %v1100 = arith.muli %v1099, %v772 : i64
          %v1101 = arith.addi %v1098, %v1100 : i64
          %v1102 = llvm.getelementptr %in_A[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1103 = llvm.load %v1102 : !llvm.ptr -> f32
          %v1104 = arith.mulf %v771, %v1103 : f32
          %v1105 = arith.mulf %v1104, %v741 : f32
          %v1106 = llvm.call_intrinsic "llvm.exp2.f32"(%v1105) : (f32) -> f32
          %v1107 = arith.muli %v141, %v782 : i64
          %v1108 = arith.constant 10 : i64
          %v1109 = arith.muli %v1108, %v781 : i64
          %v1110 = arith.addi %v1107, %v1109 : i64
          %v1111 = arith.muli %v722, %v780 : i64
          %v1112 = arith.addi %v1110, %v1111 : i64
          %v1113 = llvm.getelementptr %in_Bm[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
          %v1115 = arith.mulf %v771, %v1114 : f32
          %v1116 = arith.mulf %v1115, %v795 : f32
          %v1117 = llvm.load %v33 : !llvm.ptr -> f32
          %v1118 = arith.mulf %v1106, %v1117 : f32
          %v1119 = arith.addf %v1118, %v1116 : f32
          scf.if %v135 {
            %v1122 = arith.muli %v721, %v1120 : i64
            %v1123 = arith.addi %v1122, %v1121 : i64
            %v1124 = arith.muli %v1123, %v4 : i64
            %v1126 = arith.subi %v4, %v1125 : i64
            %v1127 = arith.minsi %v134, %v1126 : i64
            %v1128 = arith.addi %v1124, %v1127 : i64
            %v1129 = llvm.getelementptr %scratch_h[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1119, %v1129 : f32, !llvm.ptr
          }
          llvm.store %v1119, %v33 : f32, !llvm.ptr
          %v1130 = arith.muli %v139, %v773 : i64
          %v1131 = arith.constant 11 : i64
          %v1132 = arith.muli %v1131, %v772 : i64
          %v1133 = arith.addi %v1130, %v1132 : i64
          %v1134 = llvm.getelementptr %in_A[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
          %v1136 = arith.mulf %v771, %v1135 : f32
          %v1137 = arith.mulf %v1136, %v741 : f32
          %v1138 = llvm.call_intrinsic "llvm.exp2.f32"(%v1137) : (f32) -> f32
          %v1139 = arith.muli %v141, %v782 : i64
          %v1140 = arith.constant 11 : i64
          %v1141 = arith.muli %v1140, %v781 : i64
          %v1142 = arith.addi %v1139, %v1141 : i64
          %v1143 = arith.muli %v722, %v780 : i64
          %v1144 = arith.addi %v1142, %v1143 : i64
          %v1145 = llvm.getelementptr %in_Bm[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
          %v1147 = arith.mulf %v771, %v1146 : f32
          %v1148 = arith.mulf %v1147, %v795 : f32
          %v1149 = llvm.load %v34 : !llvm.ptr -> f32
          %v1150 = arith.mulf %v1138, %v1149 : f32
          %v1151 = arith.addf %v1150, %v1148 : f32
          scf.if %v135 {
            %v1154 = arith.muli %v721, %v1152 : i64
            %v1155 = arith.addi %v1154, %v1153 : i64
            %v1156 = arith.muli %v1155, %v4 : i64
            %v1158 = arith.subi %v4, %v1157 : i64
            %v1159 = arith.minsi %v134, %v1158 : i64
            %v1160 = arith.addi %v1156, %v1159 : i64
            %v1161 = llvm.getelementptr %scratch_h[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1151, %v1161 : f32, !llvm.ptr
          }
          llvm.store %v1151, %v34 : f32, !llvm.ptr
          %v1162 = arith.muli %v139, %v773 : i64
          %v1163 = arith.constant 12 : i64
          %v1164 = arith.muli %v1163, %v772 : i64
          %v1165 = arith.addi %v1162, %v1164 : i64
          %v1166 = llvm.getelementptr %in_A[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
          %v1168 = arith.mulf %v771, %v1167 : f32
          %v1169 = arith.mulf %v1168, %v741 : f32
          %v1170 = llvm.call_intrinsic "llvm.exp2.f32"(%v1169) : (f32) -> f32
          %v1171 = arith.muli %v141, %v782 : i64
          %v1172 = arith.constant 12 : i64
          %v1173 = arith.muli %v1172, %v781 : i64
          %v1174 = arith.addi %v1171, %v1173 : i64
          %v1175 = arith.muli %v722, %v780 : i64
          %v1176 = arith.addi %v1174, %v1175 : i64
          %v1177 = llvm.getelementptr %in_Bm[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
          %v1179 = arith.mulf %v771, %v1178 : f32
          %v1180 = arith.mulf %v1179, %v795 : f32
          %v1181 = llvm.load %v35 : !llvm.ptr -> f32
          %v1182 = arith.mulf %v1170, %v1181 : f32
          %v1183 = arith.addf %v1182, %v1180 : f32
          scf.if %v135 {
            %v1186 = arith.muli %v721, %v1184 : i64
            %v1187 = arith.addi %v1186, %v1185 : i64
            %v1188 = arith.muli %v1187, %v4 : i64
            %v1190 = arith.subi %v4, %v1189 : i64
            %v1191 = arith.minsi %v134, %v1190 : i64
            %v1192 = arith.addi %v1188, %v1191 : i64
            %v1193 = llvm.getelementptr %scratch_h[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1183, %v1193 : f32, !llvm.ptr
          }
          llvm.store %v1183, %v35 : f32, !llvm.ptr
          %v1194 = arith.muli %v139, %v773 : i64
          %v1195 = arith.constant 13 : i64
          %v1196 = arith.muli %v1195, %v772 : i64
          %v1197 = arith.addi %v1194, %v1196 : i64
          %v1198 = llvm.getelementptr %in_A[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1199 = llvm.load %v1198 : !llvm.ptr -> f32
          %v1200 = arith.mulf %v771, %v1199 : f32
          %v1201 = arith.mulf %v1200, %v741 : f32
          %v1202 = llvm.call_intrinsic "llvm.exp2.f32"(%v1201) : (f32) -> f32
          %v1203 = arith.muli %v141, %v782 : i64
          %v1204 = arith.constant 13 : i64
          %v1205 = arith.muli %v1204, %v781 : i64
          %v1206 = arith.addi %v1203, %v1205 : i64
          %v1207 = arith.muli %v722, %v780 : i64
          %v1208 = arith.addi %v1206, %v1207 : i64
          %v1209 = llvm.getelementptr %in_Bm[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
          %v1211 = arith.mulf %v771, %v1210 : f32
          %v1212 = arith.mulf %v1211, %v795 : f32
          %v1213 = llvm.load %v36 : !llvm.ptr -> f32
          %v1214 = arith.mulf %v1202, %v1213 : f32
          %v1215 = arith.addf %v1214, %v1212 : f32
          scf.if %v135 {
            %v1218 = arith.muli %v721, %v1216 : i64
            %v1219 = arith.addi %v1218, %v1217 : i64
            %v1220 = arith.muli %v1219, %v4 : i64
            %v1222 = arith.subi %v4, %v1221 : i64
            %v1223 = arith.minsi %v134, %v1222 : i64
            %v1224 = arith.addi %v1220, %v1223 : i64
            %v1225 = llvm.getelementptr %scratch_h[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1215, %v1225 : f32, !llvm.ptr
          }
          llvm.store %v1215, %v36 : f32, !llvm.ptr
          %v1226 = arith.muli %v139, %v773 : i64
          %v1227 = arith.constant 14 : i64
          %v1228 = arith.muli %v1227, %v772 : i64
          %v1229 = arith.addi %v1226, %v1228 : i64
          %v1230 = llvm.getelementptr %in_A[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
          %v1232 = arith.mulf %v771, %v1231 : f32
          %v1233 = arith.mulf %v1232, %v741 : f32
          %v1234 = llvm.call_intrinsic "llvm.exp2.f32"(%v1233) : (f32) -> f32
          %v1235 = arith.muli %v141, %v782 : i64
          %v1236 = arith.constant 14 : i64
          %v1237 = arith.muli %v1236, %v781 : i64
          %v1238 = arith.addi %v1235, %v1237 : i64
          %v1239 = arith.muli %v722, %v780 : i64
          %v1240 = arith.addi %v1238, %v1239 : i64
          %v1241 = llvm.getelementptr %in_Bm[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
          %v1243 = arith.mulf %v771, %v1242 : f32
          %v1244 = arith.mulf %v1243, %v795 : f32
          %v1245 = llvm.load %v37 : !llvm.ptr -> f32
          %v1246 = arith.mulf %v1234, %v1245 : f32
          %v1247 = arith.addf %v1246, %v1244 : f32
          scf.if %v135 {
            %v1250 = arith.muli %v721, %v1248 : i64
            %v1251 = arith.addi %v1250, %v1249 : i64
            %v1252 = arith.muli %v1251, %v4 : i64
            %v1254 = arith.subi %v4, %v1253 : i64
            %v1255 = arith.minsi %v134, %v1254 : i64
            %v1256 = arith.addi %v1252, %v1255 : i64
            %v1257 = llvm.getelementptr %scratch_h[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1247, %v1257 : f32, !llvm.ptr
          }
          llvm.store %v1247, %v37 : f32, !llvm.ptr
          %v1258 = arith.muli %v139, %v773 : i64
          %v1259 = arith.constant 15 : i64
          %v1260 = arith.muli %v1259, %v772 : i64
          %v1261 = arith.addi %v1258, %v1260 : i64
          %v1262 = llvm.getelementptr %in_A[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
          %v1264 = arith.mulf %v771, %v1263 : f32
          %v1265 = arith.mulf %v1264, %v741 : f32
          %v1266 = llvm.call_intrinsic "llvm.exp2.f32"(%v1265) : (f32) -> f32
          %v1267 = arith.muli %v141, %v782 : i64
          %v1268 = arith.constant 15 : i64
          %v1269 = arith.muli %v1268, %v781 : i64
          %v1270 = arith.addi %v1267, %v1269 : i64
          %v1271 = arith.muli %v722, %v780 : i64
          %v1272 = arith.addi %v1270, %v1271 : i64
          %v1273 = llvm.getelementptr %in_Bm[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
          %v1275 = arith.mulf %v771, %v1274 : f32
          %v1276 = arith.mulf %v1275, %v795 : f32
          %v1277 = llvm.load %v38 : !llvm.ptr -> f32
          %v1278 = arith.mulf %v1266, %v1277 : f32
          %v1279 = arith.addf %v1278, %v1276 : f32
          scf.if %v135 {
            %v1282 = arith.muli %v721, %v1280 : i64
            %v1283 = arith.addi %v1282, %v1281 : i64
            %v1284 = arith.muli %v1283, %v4 : i64
            %v1286 = arith.subi %v4, %v1285 : i64
            %v1287 = arith.minsi %v134, %v1286 : i64
            %v1288 = arith.addi %v1284, %v1287 : i64
            %v1289 = llvm.getelementptr %scratch_h[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1279, %v1289 : f32, !llvm.ptr
          }
          llvm.store %v1279, %v38 : f32, !llvm.ptr
        }
        %v1290 = arith.index_cast %v147 : i64 to index
        %v1291 = arith.index_cast %v495 : i64 to index
        %v1292 = arith.index_cast %v146 : i64 to index
        scf.for %v1293 = %v1290 to %v1291 step %v1292 {
          %v1294 = arith.index_cast %v1293 : index to i64
          %v1295 = arith.subi %v495, %v146 : i64
          %v1296 = arith.subi %v1295, %v1294 : i64
          %v1297 = arith.addi %v493, %v1296 : i64
          %v1298 = arith.cmpi eq, %v1296, %v147 : i64
          %v1299 = arith.subi %v1296, %v146 : i64
          %v1300 = arith.maxsi %v1299, %v147 : i64
          %v1301 = arith.muli %v141, %v782 : i64
          %v1302 = arith.muli %v1297, %v780 : i64
          %v1303 = arith.addi %v1301, %v1302 : i64
          %v1304 = llvm.getelementptr %in_Cm[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1305 = llvm.load %v1304 : !llvm.ptr -> f32
          %v1306 = arith.muli %v141, %v725 : i64
          %v1307 = arith.muli %v139, %v724 : i64
          %v1308 = arith.addi %v1306, %v1307 : i64
          %v1309 = arith.muli %v1297, %v723 : i64
          %v1310 = arith.addi %v1308, %v1309 : i64
          %v1311 = llvm.getelementptr %in_z[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
          %v1313 = arith.negf %v1312 : f32
          %v1314 = arith.mulf %v1313, %v741 : f32
          %v1315 = llvm.call_intrinsic "llvm.exp2.f32"(%v1314) : (f32) -> f32
          %v1316 = arith.addf %v144, %v1315 : f32
          %v1317 = arith.divf %v144, %v1316 : f32
          %v1318 = arith.mulf %v1312, %v1317 : f32
          %v1319 = arith.muli %v141, %v725 : i64
          %v1320 = arith.muli %v139, %v724 : i64
          %v1321 = arith.addi %v1319, %v1320 : i64
          %v1322 = arith.muli %v1297, %v723 : i64
          %v1323 = arith.addi %v1321, %v1322 : i64
          %v1324 = llvm.getelementptr %dy_y[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1325 = llvm.load %v1324 : !llvm.ptr -> f32
          %v1326 = arith.mulf %v1318, %v1325 : f32
          %v1327 = arith.mulf %v1305, %v1326 : f32
          %v1328 = llvm.load %v57 : !llvm.ptr -> f32
          %v1329 = llvm.load %v74 : !llvm.ptr -> f32
          %v1330 = arith.mulf %v1329, %v1328 : f32
          %v1331 = arith.addf %v1327, %v1330 : f32
          llvm.store %v1331, %v57 : f32, !llvm.ptr
          %v1332 = arith.muli %v141, %v782 : i64
          %v1333 = arith.constant 1 : i64
          %v1334 = arith.muli %v1333, %v781 : i64
          %v1335 = arith.addi %v1332, %v1334 : i64
          %v1336 = arith.muli %v1297, %v780 : i64
          %v1337 = arith.addi %v1335, %v1336 : i64
          %v1338 = llvm.getelementptr %in_Cm[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1339 = llvm.load %v1338 : !llvm.ptr -> f32
          %v1340 = arith.mulf %v1318, %v1325 : f32
          %v1341 = arith.mulf %v1339, %v1340 : f32
          %v1342 = llvm.load %v58 : !llvm.ptr -> f32
          %v1343 = llvm.load %v75 : !llvm.ptr -> f32
          %v1344 = arith.mulf %v1343, %v1342 : f32
          %v1345 = arith.addf %v1341, %v1344 : f32
          llvm.store %v1345, %v58 : f32, !llvm.ptr
          %v1346 = arith.muli %v141, %v782 : i64
          %v1347 = arith.constant 2 : i64
          %v1348 = arith.muli %v1347, %v781 : i64
          %v1349 = arith.addi %v1346, %v1348 : i64
          %v1350 = arith.muli %v1297, %v780 : i64
          %v1351 = arith.addi %v1349, %v1350 : i64
          %v1352 = llvm.getelementptr %in_Cm[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
          %v1354 = arith.mulf %v1318, %v1325 : f32
          %v1355 = arith.mulf %v1353, %v1354 : f32
          %v1356 = llvm.load %v59 : !llvm.ptr -> f32
          %v1357 = llvm.load %v76 : !llvm.ptr -> f32
          %v1358 = arith.mulf %v1357, %v1356 : f32
          %v1359 = arith.addf %v1355, %v1358 : f32
          llvm.store %v1359, %v59 : f32, !llvm.ptr
          %v1360 = arith.muli %v141, %v782 : i64
          %v1361 = arith.constant 3 : i64
          %v1362 = arith.muli %v1361, %v781 : i64
          %v1363 = arith.addi %v1360, %v1362 : i64
          %v1364 = arith.muli %v1297, %v780 : i64
          %v1365 = arith.addi %v1363, %v1364 : i64
          %v1366 = llvm.getelementptr %in_Cm[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1367 = llvm.load %v1366 : !llvm.ptr -> f32
          %v1368 = arith.mulf %v1318, %v1325 : f32
          %v1369 = arith.mulf %v1367, %v1368 : f32
          %v1370 = llvm.load %v60 : !llvm.ptr -> f32
          %v1371 = llvm.load %v77 : !llvm.ptr -> f32
          %v1372 = arith.mulf %v1371, %v1370 : f32
          %v1373 = arith.addf %v1369, %v1372 : f32
          llvm.store %v1373, %v60 : f32, !llvm.ptr
          %v1374 = arith.muli %v141, %v782 : i64
          %v1375 = arith.constant 4 : i64
          %v1376 = arith.muli %v1375, %v781 : i64
          %v1377 = arith.addi %v1374, %v1376 : i64
          %v1378 = arith.muli %v1297, %v780 : i64
          %v1379 = arith.addi %v1377, %v1378 : i64
          %v1380 = llvm.getelementptr %in_Cm[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
          %v1382 = arith.mulf %v1318, %v1325 : f32
          %v1383 = arith.mulf %v1381, %v1382 : f32
          %v1384 = llvm.load %v61 : !llvm.ptr -> f32
          %v1385 = llvm.load %v78 : !llvm.ptr -> f32
          %v1386 = arith.mulf %v1385, %v1384 : f32
          %v1387 = arith.addf %v1383, %v1386 : f32
          llvm.store %v1387, %v61 : f32, !llvm.ptr
          %v1388 = arith.muli %v141, %v782 : i64
          %v1389 = arith.constant 5 : i64
          %v1390 = arith.muli %v1389, %v781 : i64
          %v1391 = arith.addi %v1388, %v1390 : i64
          %v1392 = arith.muli %v1297, %v780 : i64
          %v1393 = arith.addi %v1391, %v1392 : i64
          %v1394 = llvm.getelementptr %in_Cm[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
          %v1396 = arith.mulf %v1318, %v1325 : f32
          %v1397 = arith.mulf %v1395, %v1396 : f32
          %v1398 = llvm.load %v62 : !llvm.ptr -> f32
          %v1399 = llvm.load %v79 : !llvm.ptr -> f32
          %v1400 = arith.mulf %v1399, %v1398 : f32
          %v1401 = arith.addf %v1397, %v1400 : f32
          llvm.store %v1401, %v62 : f32, !llvm.ptr
          %v1402 = arith.muli %v141, %v782 : i64
          %v1403 = arith.constant 6 : i64
          %v1404 = arith.muli %v1403, %v781 : i64
          %v1405 = arith.addi %v1402, %v1404 : i64
          %v1406 = arith.muli %v1297, %v780 : i64
          %v1407 = arith.addi %v1405, %v1406 : i64
          %v1408 = llvm.getelementptr %in_Cm[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
          %v1410 = arith.mulf %v1318, %v1325 : f32
          %v1411 = arith.mulf %v1409, %v1410 : f32
          %v1412 = llvm.load %v63 : !llvm.ptr -> f32
          %v1413 = llvm.load %v80 : !llvm.ptr -> f32
          %v1414 = arith.mulf %v1413, %v1412 : f32
          %v1415 = arith.addf %v1411, %v1414 : f32
          llvm.store %v1415, %v63 : f32, !llvm.ptr
          %v1416 = arith.muli %v141, %v782 : i64
          %v1417 = arith.constant 7 : i64
          %v1418 = arith.muli %v1417, %v781 : i64
          %v1419 = arith.addi %v1416, %v1418 : i64
          %v1420 = arith.muli %v1297, %v780 : i64
          %v1421 = arith.addi %v1419, %v1420 : i64
          %v1422 = llvm.getelementptr %in_Cm[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1423 = llvm.load %v1422 : !llvm.ptr -> f32
          %v1424 = arith.mulf %v1318, %v1325 : f32
          %v1425 = arith.mulf %v1423, %v1424 : f32
          %v1426 = llvm.load %v64 : !llvm.ptr -> f32
          %v1427 = llvm.load %v81 : !llvm.ptr -> f32
          %v1428 = arith.mulf %v1427, %v1426 : f32
          %v1429 = arith.addf %v1425, %v1428 : f32
          llvm.store %v1429, %v64 : f32, !llvm.ptr
          %v1430 = arith.muli %v141, %v782 : i64
          %v1431 = arith.constant 8 : i64
          %v1432 = arith.muli %v1431, %v781 : i64
          %v1433 = arith.addi %v1430, %v1432 : i64
          %v1434 = arith.muli %v1297, %v780 : i64
          %v1435 = arith.addi %v1433, %v1434 : i64
          %v1436 = llvm.getelementptr %in_Cm[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
          %v1438 = arith.mulf %v1318, %v1325 : f32
          %v1439 = arith.mulf %v1437, %v1438 : f32
          %v1440 = llvm.load %v65 : !llvm.ptr -> f32
          %v1441 = llvm.load %v82 : !llvm.ptr -> f32
          %v1442 = arith.mulf %v1441, %v1440 : f32
          %v1443 = arith.addf %v1439, %v1442 : f32
          llvm.store %v1443, %v65 : f32, !llvm.ptr
          %v1444 = arith.muli %v141, %v782 : i64
          %v1445 = arith.constant 9 : i64
          %v1446 = arith.muli %v1445, %v781 : i64
          %v1447 = arith.addi %v1444, %v1446 : i64
          %v1448 = arith.muli %v1297, %v780 : i64
          %v1449 = arith.addi %v1447, %v1448 : i64
          %v1450 = llvm.getelementptr %in_Cm[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1451 = llvm.load %v1450 : !llvm.ptr -> f32
          %v1452 = arith.mulf %v1318, %v1325 : f32
          %v1453 = arith.mulf %v1451, %v1452 : f32
          %v1454 = llvm.load %v66 : !llvm.ptr -> f32
          %v1455 = llvm.load %v83 : !llvm.ptr -> f32
          %v1456 = arith.mulf %v1455, %v1454 : f32
          %v1457 = arith.addf %v1453, %v1456 : f32
          llvm.store %v1457, %v66 : f32, !llvm.ptr
          %v1458 = arith.muli %v141, %v782 : i64
          %v1459 = arith.constant 10 : i64
          %v1460 = arith.muli %v1459, %v781 : i64
          %v1461 = arith.addi %v1458, %v1460 : i64
          %v1462 = arith.muli %v1297, %v780 : i64
          %v1463 = arith.addi %v1461, %v1462 : i64
          %v1464 = llvm.getelementptr %in_Cm[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1465 = llvm.load %v1464 : !llvm.ptr -> f32
          %v1466 = arith.mulf %v1318, %v1325 : f32
          %v1467 = arith.mulf %v1465, %v1466 : f32
          %v1468 = llvm.load %v67 : !llvm.ptr -> f32
          %v1469 = llvm.load %v84 : !llvm.ptr -> f32
          %v1470 = arith.mulf %v1469, %v1468 : f32
          %v1471 = arith.addf %v1467, %v1470 : f32
          llvm.store %v1471, %v67 : f32, !llvm.ptr
          %v1472 = arith.muli %v141, %v782 : i64
          %v1473 = arith.constant 11 : i64
          %v1474 = arith.muli %v1473, %v781 : i64
          %v1475 = arith.addi %v1472, %v1474 : i64
          %v1476 = arith.muli %v1297, %v780 : i64
          %v1477 = arith.addi %v1475, %v1476 : i64
          %v1478 = llvm.getelementptr %in_Cm[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1479 = llvm.load %v1478 : !llvm.ptr -> f32
          %v1480 = arith.mulf %v1318, %v1325 : f32
          %v1481 = arith.mulf %v1479, %v1480 : f32
          %v1482 = llvm.load %v68 : !llvm.ptr -> f32
          %v1483 = llvm.load %v85 : !llvm.ptr -> f32
          %v1484 = arith.mulf %v1483, %v1482 : f32
          %v1485 = arith.addf %v1481, %v1484 : f32
          llvm.store %v1485, %v68 : f32, !llvm.ptr
          %v1486 = arith.muli %v141, %v782 : i64
          %v1487 = arith.constant 12 : i64
          %v1488 = arith.muli %v1487, %v781 : i64
          %v1489 = arith.addi %v1486, %v1488 : i64
          %v1490 = arith.muli %v1297, %v780 : i64
          %v1491 = arith.addi %v1489, %v1490 : i64
          %v1492 = llvm.getelementptr %in_Cm[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
          %v1494 = arith.mulf %v1318, %v1325 : f32
          %v1495 = arith.mulf %v1493, %v1494 : f32
          %v1496 = llvm.load %v69 : !llvm.ptr -> f32
          %v1497 = llvm.load %v86 : !llvm.ptr -> f32
          %v1498 = arith.mulf %v1497, %v1496 : f32
          %v1499 = arith.addf %v1495, %v1498 : f32
          llvm.store %v1499, %v69 : f32, !llvm.ptr
          %v1500 = arith.muli %v141, %v782 : i64
          %v1501 = arith.constant 13 : i64
          %v1502 = arith.muli %v1501, %v781 : i64
          %v1503 = arith.addi %v1500, %v1502 : i64
          %v1504 = arith.muli %v1297, %v780 : i64
          %v1505 = arith.addi %v1503, %v1504 : i64
          %v1506 = llvm.getelementptr %in_Cm[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
          %v1508 = arith.mulf %v1318, %v1325 : f32
          %v1509 = arith.mulf %v1507, %v1508 : f32
          %v1510 = llvm.load %v70 : !llvm.ptr -> f32
          %v1511 = llvm.load %v87 : !llvm.ptr -> f32
          %v1512 = arith.mulf %v1511, %v1510 : f32
          %v1513 = arith.addf %v1509, %v1512 : f32
          llvm.store %v1513, %v70 : f32, !llvm.ptr
          %v1514 = arith.muli %v141, %v782 : i64
          %v1515 = arith.constant 14 : i64
          %v1516 = arith.muli %v1515, %v781 : i64
          %v1517 = arith.addi %v1514, %v1516 : i64
          %v1518 = arith.muli %v1297, %v780 : i64
          %v1519 = arith.addi %v1517, %v1518 : i64
          %v1520 = llvm.getelementptr %in_Cm[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
          %v1522 = arith.mulf %v1318, %v1325 : f32
          %v1523 = arith.mulf %v1521, %v1522 : f32
          %v1524 = llvm.load %v71 : !llvm.ptr -> f32
          %v1525 = llvm.load %v88 : !llvm.ptr -> f32
          %v1526 = arith.mulf %v1525, %v1524 : f32
          %v1527 = arith.addf %v1523, %v1526 : f32
          llvm.store %v1527, %v71 : f32, !llvm.ptr
          %v1528 = arith.muli %v141, %v782 : i64
          %v1529 = arith.constant 15 : i64
          %v1530 = arith.muli %v1529, %v781 : i64
          %v1531 = arith.addi %v1528, %v1530 : i64
          %v1532 = arith.muli %v1297, %v780 : i64
          %v1533 = arith.addi %v1531, %v1532 : i64
          %v1534 = llvm.getelementptr %in_Cm[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1535 = llvm.load %v1534 : !llvm.ptr -> f32
          %v1536 = arith.mulf %v1318, %v1325 : f32
          %v1537 = arith.mulf %v1535, %v1536 : f32
          %v1538 = llvm.load %v72 : !llvm.ptr -> f32
          %v1539 = llvm.load %v89 : !llvm.ptr -> f32
          %v1540 = arith.mulf %v1539, %v1538 : f32
          %v1541 = arith.addf %v1537, %v1540 : f32
          llvm.store %v1541, %v72 : f32, !llvm.ptr
          %v1542 = arith.cmpi eq, %v1297, %v151 : i64
          scf.if %v1542 {
            %v1543 = arith.muli %v141, %v155 : i64
            %v1544 = arith.muli %v139, %v154 : i64
            %v1545 = arith.addi %v1543, %v1544 : i64
            %v1546 = llvm.getelementptr %dy_h_last[%v1545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1547 = llvm.load %v1546 : !llvm.ptr -> f32
            %v1548 = llvm.load %v57 : !llvm.ptr -> f32
            %v1549 = arith.addf %v1548, %v1547 : f32
            llvm.store %v1549, %v57 : f32, !llvm.ptr
            %v1550 = arith.muli %v141, %v155 : i64
            %v1551 = arith.muli %v139, %v154 : i64
            %v1552 = arith.addi %v1550, %v1551 : i64
            %v1553 = arith.constant 1 : i64
            %v1554 = arith.muli %v1553, %v153 : i64
            %v1555 = arith.addi %v1552, %v1554 : i64
            %v1556 = llvm.getelementptr %dy_h_last[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1557 = llvm.load %v1556 : !llvm.ptr -> f32
            %v1558 = llvm.load %v58 : !llvm.ptr -> f32
            %v1559 = arith.addf %v1558, %v1557 : f32
            llvm.store %v1559, %v58 : f32, !llvm.ptr
            %v1560 = arith.muli %v141, %v155 : i64
            %v1561 = arith.muli %v139, %v154 : i64
            %v1562 = arith.addi %v1560, %v1561 : i64
            %v1563 = arith.constant 2 : i64
            %v1564 = arith.muli %v1563, %v153 : i64
            %v1565 = arith.addi %v1562, %v1564 : i64
            %v1566 = llvm.getelementptr %dy_h_last[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
            %v1568 = llvm.load %v59 : !llvm.ptr -> f32
            %v1569 = arith.addf %v1568, %v1567 : f32
            llvm.store %v1569, %v59 : f32, !llvm.ptr
            %v1570 = arith.muli %v141, %v155 : i64
            %v1571 = arith.muli %v139, %v154 : i64
            %v1572 = arith.addi %v1570, %v1571 : i64
            %v1573 = arith.constant 3 : i64
            %v1574 = arith.muli %v1573, %v153 : i64
            %v1575 = arith.addi %v1572, %v1574 : i64
            %v1576 = llvm.getelementptr %dy_h_last[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1577 = llvm.load %v1576 : !llvm.ptr -> f32
            %v1578 = llvm.load %v60 : !llvm.ptr -> f32
            %v1579 = arith.addf %v1578, %v1577 : f32
            llvm.store %v1579, %v60 : f32, !llvm.ptr
            %v1580 = arith.muli %v141, %v155 : i64
            %v1581 = arith.muli %v139, %v154 : i64
            %v1582 = arith.addi %v1580, %v1581 : i64
            %v1583 = arith.constant 4 : i64
            %v1584 = arith.muli %v1583, %v153 : i64
            %v1585 = arith.addi %v1582, %v1584 : i64
            %v1586 = llvm.getelementptr %dy_h_last[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
            %v1588 = llvm.load %v61 : !llvm.ptr -> f32
            %v1589 = arith.addf %v1588, %v1587 : f32
            llvm.store %v1589, %v61 : f32, !llvm.ptr
            %v1590 = arith.muli %v141, %v155 : i64
            %v1591 = arith.muli %v139, %v154 : i64
            %v1592 = arith.addi %v1590, %v1591 : i64
            %v1593 = arith.constant 5 : i64
            %v1594 = arith.muli %v1593, %v153 : i64
            %v1595 = arith.addi %v1592, %v1594 : i64
            %v1596 = llvm.getelementptr %dy_h_last[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
            %v1598 = llvm.load %v62 : !llvm.ptr -> f32
            %v1599 = arith.addf %v1598, %v1597 : f32
            llvm.store %v1599, %v62 : f32, !llvm.ptr
            %v1600 = arith.muli %v141, %v155 : i64
            %v1601 = arith.muli %v139, %v154 : i64
            %v1602 = arith.addi %v1600, %v1601 : i64
            %v1603 = arith.constant 6 : i64
            %v1604 = arith.muli %v1603, %v153 : i64
            %v1605 = arith.addi %v1602, %v1604 : i64
            %v1606 = llvm.getelementptr %dy_h_last[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
            %v1608 = llvm.load %v63 : !llvm.ptr -> f32
            %v1609 = arith.addf %v1608, %v1607 : f32
            llvm.store %v1609, %v63 : f32, !llvm.ptr
            %v1610 = arith.muli %v141, %v155 : i64
            %v1611 = arith.muli %v139, %v154 : i64
            %v1612 = arith.addi %v1610, %v1611 : i64
            %v1613 = arith.constant 7 : i64
            %v1614 = arith.muli %v1613, %v153 : i64
            %v1615 = arith.addi %v1612, %v1614 : i64
            %v1616 = llvm.getelementptr %dy_h_last[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1617 = llvm.load %v1616 : !llvm.ptr -> f32
            %v1618 = llvm.load %v64 : !llvm.ptr -> f32
            %v1619 = arith.addf %v1618, %v1617 : f32
            llvm.store %v1619, %v64 : f32, !llvm.ptr
            %v1620 = arith.muli %v141, %v155 : i64
            %v1621 = arith.muli %v139, %v154 : i64
            %v1622 = arith.addi %v1620, %v1621 : i64
            %v1623 = arith.constant 8 : i64
            %v1624 = arith.muli %v1623, %v153 : i64
            %v1625 = arith.addi %v1622, %v1624 : i64
            %v1626 = llvm.getelementptr %dy_h_last[%v1625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1627 = llvm.load %v1626 : !llvm.ptr -> f32
            %v1628 = llvm.load %v65 : !llvm.ptr -> f32
            %v1629 = arith.addf %v1628, %v1627 : f32
            llvm.store %v1629, %v65 : f32, !llvm.ptr
            %v1630 = arith.muli %v141, %v155 : i64
            %v1631 = arith.muli %v139, %v154 : i64
            %v1632 = arith.addi %v1630, %v1631 : i64
            %v1633 = arith.constant 9 : i64
            %v1634 = arith.muli %v1633, %v153 : i64
            %v1635 = arith.addi %v1632, %v1634 : i64
            %v1636 = llvm.getelementptr %dy_h_last[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
            %v1638 = llvm.load %v66 : !llvm.ptr -> f32
            %v1639 = arith.addf %v1638, %v1637 : f32
            llvm.store %v1639, %v66 : f32, !llvm.ptr
            %v1640 = arith.muli %v141, %v155 : i64
            %v1641 = arith.muli %v139, %v154 : i64
            %v1642 = arith.addi %v1640, %v1641 : i64
            %v1643 = arith.constant 10 : i64
            %v1644 = arith.muli %v1643, %v153 : i64
            %v1645 = arith.addi %v1642, %v1644 : i64
            %v1646 = llvm.getelementptr %dy_h_last[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
            %v1648 = llvm.load %v67 : !llvm.ptr -> f32
            %v1649 = arith.addf %v1648, %v1647 : f32
            llvm.store %v1649, %v67 : f32, !llvm.ptr
            %v1650 = arith.muli %v141, %v155 : i64
            %v1651 = arith.muli %v139, %v154 : i64
            %v1652 = arith.addi %v1650, %v1651 : i64
            %v1653 = arith.constant 11 : i64
            %v1654 = arith.muli %v1653, %v153 : i64
            %v1655 = arith.addi %v1652, %v1654 : i64
            %v1656 = llvm.getelementptr %dy_h_last[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
            %v1658 = llvm.load %v68 : !llvm.ptr -> f32
            %v1659 = arith.addf %v1658, %v1657 : f32
            llvm.store %v1659, %v68 : f32, !llvm.ptr
            %v1660 = arith.muli %v141, %v155 : i64
            %v1661 = arith.muli %v139, %v154 : i64
            %v1662 = arith.addi %v1660, %v1661 : i64
            %v1663 = arith.constant 12 : i64
            %v1664 = arith.muli %v1663, %v153 : i64
            %v1665 = arith.addi %v1662, %v1664 : i64
            %v1666 = llvm.getelementptr %dy_h_last[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
            %v1668 = llvm.load %v69 : !llvm.ptr -> f32
            %v1669 = arith.addf %v1668, %v1667 : f32
            llvm.store %v1669, %v69 : f32, !llvm.ptr
            %v1670 = arith.muli %v141, %v155 : i64
            %v1671 = arith.muli %v139, %v154 : i64
            %v1672 = arith.addi %v1670, %v1671 : i64
            %v1673 = arith.constant 13 : i64
            %v1674 = arith.muli %v1673, %v153 : i64
            %v1675 = arith.addi %v1672, %v1674 : i64
            %v1676 = llvm.getelementptr %dy_h_last[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
            %v1678 = llvm.load %v70 : !llvm.ptr -> f32
            %v1679 = arith.addf %v1678, %v1677 : f32
            llvm.store %v1679, %v70 : f32, !llvm.ptr
            %v1680 = arith.muli %v141, %v155 : i64
            %v1681 = arith.muli %v139, %v154 : i64
            %v1682 = arith.addi %v1680, %v1681 : i64
            %v1683 = arith.constant 14 : i64
            %v1684 = arith.muli %v1683, %v153 : i64
            %v1685 = arith.addi %v1682, %v1684 : i64
            %v1686 = llvm.getelementptr %dy_h_last[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
            %v1688 = llvm.load %v71 : !llvm.ptr -> f32
            %v1689 = arith.addf %v1688, %v1687 : f32
            llvm.store %v1689, %v71 : f32, !llvm.ptr
            %v1690 = arith.muli %v141, %v155 : i64
            %v1691 = arith.muli %v139, %v154 : i64
            %v1692 = arith.addi %v1690, %v1691 : i64
            %v1693 = arith.constant 15 : i64
            %v1694 = arith.muli %v1693, %v153 : i64
            %v1695 = arith.addi %v1692, %v1694 : i64
            %v1696 = llvm.getelementptr %dy_h_last[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
            %v1698 = llvm.load %v72 : !llvm.ptr -> f32
            %v1699 = arith.addf %v1698, %v1697 : f32
            llvm.store %v1699, %v72 : f32, !llvm.ptr
          }
          %v1700 = arith.muli %v139, %v733 : i64
          %v1701 = llvm.getelementptr %in_Dskip[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
          %v1703 = arith.mulf %v1318, %v1325 : f32
          %v1704 = arith.mulf %v1702, %v1703 : f32
          %v1705 = arith.muli %v141, %v725 : i64
          %v1706 = arith.muli %v139, %v724 : i64
          %v1707 = arith.addi %v1705, %v1706 : i64
          %v1708 = arith.muli %v1297, %v723 : i64
          %v1709 = arith.addi %v1707, %v1708 : i64
          %v1710 = llvm.getelementptr %in_delta[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1711 = llvm.load %v1710 : !llvm.ptr -> f32
          %v1712 = arith.muli %v139, %v733 : i64
          %v1713 = llvm.getelementptr %in_dt_bias[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
          %v1715 = arith.addf %v1711, %v1714 : f32
          %v1716 = arith.maximumf %v1715, %v143 : f32
          %v1717 = llvm.call_intrinsic "llvm.fabs.f32"(%v1715) : (f32) -> f32
          %v1718 = arith.negf %v1717 : f32
          %v1719 = arith.mulf %v1718, %v741 : f32
          %v1720 = llvm.call_intrinsic "llvm.exp2.f32"(%v1719) : (f32) -> f32
          %v1721 = arith.addf %v144, %v1720 : f32
          %v1722 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v1721) : (f32) -> f32
          %v1723 = arith.mulf %v1722, %v746 : f32
          %v1724 = arith.mulf %v748, %v1720 : f32
          %v1725 = arith.addf %v1724, %v749 : f32
          %v1726 = arith.mulf %v1725, %v1720 : f32
          %v1727 = arith.addf %v1726, %v752 : f32
          %v1728 = arith.mulf %v1727, %v1720 : f32
          %v1729 = arith.addf %v1728, %v755 : f32
          %v1730 = arith.mulf %v1729, %v1720 : f32
          %v1731 = arith.addf %v1730, %v758 : f32
          %v1732 = arith.mulf %v1731, %v1720 : f32
          %v1733 = arith.addf %v1732, %v761 : f32
          %v1734 = arith.mulf %v1733, %v1720 : f32
          %v1735 = arith.addf %v1734, %v144 : f32
          %v1736 = arith.mulf %v1735, %v1720 : f32
          %v1737 = llvm.call_intrinsic "llvm.fabs.f32"(%v1720) : (f32) -> f32
          %v1738 = arith.cmpf olt, %v1737, %v768 : f32
          %v1739 = arith.select %v1738, %v1736, %v1723 : f32
          %v1740 = arith.addf %v1716, %v1739 : f32
          %v1741 = arith.muli %v141, %v782 : i64
          %v1742 = arith.muli %v1297, %v780 : i64
          %v1743 = arith.addi %v1741, %v1742 : i64
          %v1744 = llvm.getelementptr %in_Bm[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1745 = llvm.load %v1744 : !llvm.ptr -> f32
          %v1746 = arith.mulf %v1740, %v1745 : f32
          %v1747 = llvm.load %v57 : !llvm.ptr -> f32
          %v1748 = arith.mulf %v1746, %v1747 : f32
          %v1749 = arith.muli %v141, %v782 : i64
          %v1750 = arith.constant 1 : i64
          %v1751 = arith.muli %v1750, %v781 : i64
          %v1752 = arith.addi %v1749, %v1751 : i64
          %v1753 = arith.muli %v1297, %v780 : i64
          %v1754 = arith.addi %v1752, %v1753 : i64
          %v1755 = llvm.getelementptr %in_Bm[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1756 = llvm.load %v1755 : !llvm.ptr -> f32
          %v1757 = arith.mulf %v1740, %v1756 : f32
          %v1758 = llvm.load %v58 : !llvm.ptr -> f32
          %v1759 = arith.mulf %v1757, %v1758 : f32
          %v1760 = arith.addf %v1748, %v1759 : f32
          %v1761 = arith.muli %v141, %v782 : i64
          %v1762 = arith.constant 2 : i64
          %v1763 = arith.muli %v1762, %v781 : i64
          %v1764 = arith.addi %v1761, %v1763 : i64
          %v1765 = arith.muli %v1297, %v780 : i64
          %v1766 = arith.addi %v1764, %v1765 : i64
          %v1767 = llvm.getelementptr %in_Bm[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
          %v1769 = arith.mulf %v1740, %v1768 : f32
          %v1770 = llvm.load %v59 : !llvm.ptr -> f32
          %v1771 = arith.mulf %v1769, %v1770 : f32
          %v1772 = arith.addf %v1760, %v1771 : f32
          %v1773 = arith.muli %v141, %v782 : i64
          %v1774 = arith.constant 3 : i64
          %v1775 = arith.muli %v1774, %v781 : i64
          %v1776 = arith.addi %v1773, %v1775 : i64
          %v1777 = arith.muli %v1297, %v780 : i64
          %v1778 = arith.addi %v1776, %v1777 : i64
          %v1779 = llvm.getelementptr %in_Bm[%v1778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1780 = llvm.load %v1779 : !llvm.ptr -> f32
          %v1781 = arith.mulf %v1740, %v1780 : f32
          %v1782 = llvm.load %v60 : !llvm.ptr -> f32
          %v1783 = arith.mulf %v1781, %v1782 : f32
          %v1784 = arith.addf %v1772, %v1783 : f32
          %v1785 = arith.muli %v141, %v782 : i64
          %v1786 = arith.constant 4 : i64
          %v1787 = arith.muli %v1786, %v781 : i64
          %v1788 = arith.addi %v1785, %v1787 : i64
          %v1789 = arith.muli %v1297, %v780 : i64
          %v1790 = arith.addi %v1788, %v1789 : i64
          %v1791 = llvm.getelementptr %in_Bm[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
          %v1793 = arith.mulf %v1740, %v1792 : f32
          %v1794 = llvm.load %v61 : !llvm.ptr -> f32
          %v1795 = arith.mulf %v1793, %v1794 : f32
          %v1796 = arith.addf %v1784, %v1795 : f32
          %v1797 = arith.muli %v141, %v782 : i64
          %v1798 = arith.constant 5 : i64
          %v1799 = arith.muli %v1798, %v781 : i64
          %v1800 = arith.addi %v1797, %v1799 : i64
          %v1801 = arith.muli %v1297, %v780 : i64
          %v1802 = arith.addi %v1800, %v1801 : i64
          %v1803 = llvm.getelementptr %in_Bm[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1804 = llvm.load %v1803 : !llvm.ptr -> f32
          %v1805 = arith.mulf %v1740, %v1804 : f32
          %v1806 = llvm.load %v62 : !llvm.ptr -> f32
          %v1807 = arith.mulf %v1805, %v1806 : f32
          %v1808 = arith.addf %v1796, %v1807 : f32
          %v1809 = arith.muli %v141, %v782 : i64
          %v1810 = arith.constant 6 : i64
          %v1811 = arith.muli %v1810, %v781 : i64
          %v1812 = arith.addi %v1809, %v1811 : i64
          %v1813 = arith.muli %v1297, %v780 : i64
          %v1814 = arith.addi %v1812, %v1813 : i64
          %v1815 = llvm.getelementptr %in_Bm[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1816 = llvm.load %v1815 : !llvm.ptr -> f32
          %v1817 = arith.mulf %v1740, %v1816 : f32
          %v1818 = llvm.load %v63 : !llvm.ptr -> f32
          %v1819 = arith.mulf %v1817, %v1818 : f32
          %v1820 = arith.addf %v1808, %v1819 : f32
          %v1821 = arith.muli %v141, %v782 : i64
          %v1822 = arith.constant 7 : i64
          %v1823 = arith.muli %v1822, %v781 : i64
          %v1824 = arith.addi %v1821, %v1823 : i64
          %v1825 = arith.muli %v1297, %v780 : i64
          %v1826 = arith.addi %v1824, %v1825 : i64
          %v1827 = llvm.getelementptr %in_Bm[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
          %v1829 = arith.mulf %v1740, %v1828 : f32
          %v1830 = llvm.load %v64 : !llvm.ptr -> f32
          %v1831 = arith.mulf %v1829, %v1830 : f32
          %v1832 = arith.addf %v1820, %v1831 : f32
          %v1833 = arith.muli %v141, %v782 : i64
          %v1834 = arith.constant 8 : i64
          %v1835 = arith.muli %v1834, %v781 : i64
          %v1836 = arith.addi %v1833, %v1835 : i64
          %v1837 = arith.muli %v1297, %v780 : i64
          %v1838 = arith.addi %v1836, %v1837 : i64
          %v1839 = llvm.getelementptr %in_Bm[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
          %v1841 = arith.mulf %v1740, %v1840 : f32
          %v1842 = llvm.load %v65 : !llvm.ptr -> f32
          %v1843 = arith.mulf %v1841, %v1842 : f32
          %v1844 = arith.addf %v1832, %v1843 : f32
          %v1845 = arith.muli %v141, %v782 : i64
          %v1846 = arith.constant 9 : i64
          %v1847 = arith.muli %v1846, %v781 : i64
          %v1848 = arith.addi %v1845, %v1847 : i64
          %v1849 = arith.muli %v1297, %v780 : i64
          %v1850 = arith.addi %v1848, %v1849 : i64
          %v1851 = llvm.getelementptr %in_Bm[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1852 = llvm.load %v1851 : !llvm.ptr -> f32
          %v1853 = arith.mulf %v1740, %v1852 : f32
          %v1854 = llvm.load %v66 : !llvm.ptr -> f32
          %v1855 = arith.mulf %v1853, %v1854 : f32
          %v1856 = arith.addf %v1844, %v1855 : f32
          %v1857 = arith.muli %v141, %v782 : i64
          %v1858 = arith.constant 10 : i64
          %v1859 = arith.muli %v1858, %v781 : i64
          %v1860 = arith.addi %v1857, %v1859 : i64
          %v1861 = arith.muli %v1297, %v780 : i64
          %v1862 = arith.addi %v1860, %v1861 : i64
          %v1863 = llvm.getelementptr %in_Bm[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1864 = llvm.load %v1863 : !llvm.ptr -> f32
          %v1865 = arith.mulf %v1740, %v1864 : f32
          %v1866 = llvm.load %v67 : !llvm.ptr -> f32
          %v1867 = arith.mulf %v1865, %v1866 : f32
          %v1868 = arith.addf %v1856, %v1867 : f32
          %v1869 = arith.muli %v141, %v782 : i64
          %v1870 = arith.constant 11 : i64
          %v1871 = arith.muli %v1870, %v781 : i64
          %v1872 = arith.addi %v1869, %v1871 : i64
          %v1873 = arith.muli %v1297, %v780 : i64
          %v1874 = arith.addi %v1872, %v1873 : i64
          %v1875 = llvm.getelementptr %in_Bm[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
          %v1877 = arith.mulf %v1740, %v1876 : f32
          %v1878 = llvm.load %v68 : !llvm.ptr -> f32
          %v1879 = arith.mulf %v1877, %v1878 : f32
          %v1880 = arith.addf %v1868, %v1879 : f32
          %v1881 = arith.muli %v141, %v782 : i64
          %v1882 = arith.constant 12 : i64
          %v1883 = arith.muli %v1882, %v781 : i64
          %v1884 = arith.addi %v1881, %v1883 : i64
          %v1885 = arith.muli %v1297, %v780 : i64
          %v1886 = arith.addi %v1884, %v1885 : i64
          %v1887 = llvm.getelementptr %in_Bm[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
          %v1889 = arith.mulf %v1740, %v1888 : f32
          %v1890 = llvm.load %v69 : !llvm.ptr -> f32
          %v1891 = arith.mulf %v1889, %v1890 : f32
          %v1892 = arith.addf %v1880, %v1891 : f32
          %v1893 = arith.muli %v141, %v782 : i64
          %v1894 = arith.constant 13 : i64
          %v1895 = arith.muli %v1894, %v781 : i64
          %v1896 = arith.addi %v1893, %v1895 : i64
          %v1897 = arith.muli %v1297, %v780 : i64
          %v1898 = arith.addi %v1896, %v1897 : i64
          %v1899 = llvm.getelementptr %in_Bm[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1900 = llvm.load %v1899 : !llvm.ptr -> f32
          %v1901 = arith.mulf %v1740, %v1900 : f32
          %v1902 = llvm.load %v70 : !llvm.ptr -> f32
          %v1903 = arith.mulf %v1901, %v1902 : f32
          %v1904 = arith.addf %v1892, %v1903 : f32
          %v1905 = arith.muli %v141, %v782 : i64
          %v1906 = arith.constant 14 : i64
          %v1907 = arith.muli %v1906, %v781 : i64
          %v1908 = arith.addi %v1905, %v1907 : i64
          %v1909 = arith.muli %v1297, %v780 : i64
          %v1910 = arith.addi %v1908, %v1909 : i64
          %v1911 = llvm.getelementptr %in_Bm[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
          %v1913 = arith.mulf %v1740, %v1912 : f32
          %v1914 = llvm.load %v71 : !llvm.ptr -> f32
          %v1915 = arith.mulf %v1913, %v1914 : f32
          %v1916 = arith.addf %v1904, %v1915 : f32
          %v1917 = arith.muli %v141, %v782 : i64
          %v1918 = arith.constant 15 : i64
          %v1919 = arith.muli %v1918, %v781 : i64
          %v1920 = arith.addi %v1917, %v1919 : i64
          %v1921 = arith.muli %v1297, %v780 : i64
          %v1922 = arith.addi %v1920, %v1921 : i64
          %v1923 = llvm.getelementptr %in_Bm[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
          %v1925 = arith.mulf %v1740, %v1924 : f32
          %v1926 = llvm.load %v72 : !llvm.ptr -> f32
          %v1927 = arith.mulf %v1925, %v1926 : f32
          %v1928 = arith.addf %v1916, %v1927 : f32
          %v1929 = arith.addf %v1704, %v1928 : f32
          scf.if %v135 {
            %v1930 = arith.muli %v141, %v725 : i64
            %v1931 = arith.muli %v139, %v724 : i64
            %v1932 = arith.addi %v1930, %v1931 : i64
            %v1933 = arith.muli %v1297, %v723 : i64
            %v1934 = arith.addi %v1932, %v1933 : i64
            %v1935 = llvm.getelementptr %dx_u[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1929, %v1935 : f32, !llvm.ptr
          }
          %v1936 = arith.muli %v141, %v725 : i64
          %v1937 = arith.muli %v139, %v724 : i64
          %v1938 = arith.addi %v1936, %v1937 : i64
          %v1939 = arith.muli %v1297, %v723 : i64
          %v1940 = arith.addi %v1938, %v1939 : i64
          %v1941 = llvm.getelementptr %in_u[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
          %v1943 = arith.mulf %v1942, %v1747 : f32
          %v1944 = arith.mulf %v1745, %v1943 : f32
          %v1945 = arith.mulf %v1942, %v1758 : f32
          %v1946 = arith.mulf %v1756, %v1945 : f32
          %v1947 = arith.addf %v1944, %v1946 : f32
          %v1948 = arith.mulf %v1942, %v1770 : f32
          %v1949 = arith.mulf %v1768, %v1948 : f32
          %v1950 = arith.addf %v1947, %v1949 : f32
          %v1951 = arith.mulf %v1942, %v1782 : f32
          %v1952 = arith.mulf %v1780, %v1951 : f32
          %v1953 = arith.addf %v1950, %v1952 : f32
          %v1954 = arith.mulf %v1942, %v1794 : f32
          %v1955 = arith.mulf %v1792, %v1954 : f32
          %v1956 = arith.addf %v1953, %v1955 : f32
          %v1957 = arith.mulf %v1942, %v1806 : f32
          %v1958 = arith.mulf %v1804, %v1957 : f32
          %v1959 = arith.addf %v1956, %v1958 : f32
          %v1960 = arith.mulf %v1942, %v1818 : f32
          %v1961 = arith.mulf %v1816, %v1960 : f32
          %v1962 = arith.addf %v1959, %v1961 : f32
          %v1963 = arith.mulf %v1942, %v1830 : f32
          %v1964 = arith.mulf %v1828, %v1963 : f32
          %v1965 = arith.addf %v1962, %v1964 : f32
          %v1966 = arith.mulf %v1942, %v1842 : f32
          %v1967 = arith.mulf %v1840, %v1966 : f32
          %v1968 = arith.addf %v1965, %v1967 : f32
          %v1969 = arith.mulf %v1942, %v1854 : f32
          %v1970 = arith.mulf %v1852, %v1969 : f32
          %v1971 = arith.addf %v1968, %v1970 : f32
          %v1972 = arith.mulf %v1942, %v1866 : f32
          %v1973 = arith.mulf %v1864, %v1972 : f32
          %v1974 = arith.addf %v1971, %v1973 : f32
          %v1975 = arith.mulf %v1942, %v1878 : f32
          %v1976 = arith.mulf %v1876, %v1975 : f32
          %v1977 = arith.addf %v1974, %v1976 : f32
          %v1978 = arith.mulf %v1942, %v1890 : f32
          %v1979 = arith.mulf %v1888, %v1978 : f32
          %v1980 = arith.addf %v1977, %v1979 : f32
          %v1981 = arith.mulf %v1942, %v1902 : f32
          %v1982 = arith.mulf %v1900, %v1981 : f32
          %v1983 = arith.addf %v1980, %v1982 : f32
          %v1984 = arith.mulf %v1942, %v1914 : f32
          %v1985 = arith.mulf %v1912, %v1984 : f32
          %v1986 = arith.addf %v1983, %v1985 : f32
          %v1987 = arith.mulf %v1942, %v1926 : f32
          %v1988 = arith.mulf %v1924, %v1987 : f32
          %v1989 = arith.addf %v1986, %v1988 : f32
          %v1990 = arith.muli %v139, %v773 : i64
          %v1991 = llvm.getelementptr %in_A[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1992 = llvm.load %v1991 : !llvm.ptr -> f32
          %v1993 = arith.mulf %v1740, %v1992 : f32
          %v1994 = arith.mulf %v1993, %v741 : f32
          %v1995 = llvm.call_intrinsic "llvm.exp2.f32"(%v1994) : (f32) -> f32
          %v1998 = arith.muli %v1300, %v1996 : i64
          %v1999 = arith.addi %v1998, %v1997 : i64
          %v2000 = arith.muli %v1999, %v4 : i64
          %v2002 = arith.subi %v4, %v2001 : i64
          %v2003 = arith.minsi %v134, %v2002 : i64
          %v2004 = arith.addi %v2000, %v2003 : i64
          %v2005 = llvm.getelementptr %scratch_h[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
          %v2011 = arith.muli %v492, %v2010 : i64
          %v2012 = arith.muli %v141, %v155 : i64
          %v2013 = arith.muli %v139, %v154 : i64
          %v2014 = arith.addi %v2012, %v2013 : i64
          %v2015 = arith.addi %v2011, %v2014 : i64
          %v2016 = llvm.getelementptr %ckpt_h[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2017 = llvm.load %v2016 : !llvm.ptr -> f32
          %v2018 = arith.select %v1298, %v2017, %v2006 : f32
          %v2019 = arith.mulf %v2018, %v1747 : f32
          %v2020 = arith.mulf %v1995, %v2019 : f32
          %v2021 = arith.mulf %v1992, %v2020 : f32
          %v2022 = arith.muli %v139, %v773 : i64
          %v2023 = arith.constant 1 : i64
          %v2024 = arith.muli %v2023, %v772 : i64
          %v2025 = arith.addi %v2022, %v2024 : i64
          %v2026 = llvm.getelementptr %in_A[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2027 = llvm.load %v2026 : !llvm.ptr -> f32
          %v2028 = arith.mulf %v1740, %v2027 : f32
          %v2029 = arith.mulf %v2028, %v741 : f32
          %v2030 = llvm.call_intrinsic "llvm.exp2.f32"(%v2029) : (f32) -> f32
          %v2033 = arith.muli %v1300, %v2031 : i64
          %v2034 = arith.addi %v2033, %v2032 : i64
          %v2035 = arith.muli %v2034, %v4 : i64
          %v2037 = arith.subi %v4, %v2036 : i64
          %v2038 = arith.minsi %v134, %v2037 : i64
          %v2039 = arith.addi %v2035, %v2038 : i64
          %v2040 = llvm.getelementptr %scratch_h[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
          %v2046 = arith.muli %v492, %v2045 : i64
          %v2047 = arith.muli %v141, %v155 : i64
          %v2048 = arith.muli %v139, %v154 : i64
          %v2049 = arith.addi %v2047, %v2048 : i64
          %v2050 = arith.constant 1 : i64
          %v2051 = arith.muli %v2050, %v153 : i64
          %v2052 = arith.addi %v2049, %v2051 : i64
          %v2053 = arith.addi %v2046, %v2052 : i64
          %v2054 = llvm.getelementptr %ckpt_h[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
          %v2056 = arith.select %v1298, %v2055, %v2041 : f32
          %v2057 = arith.mulf %v2056, %v1758 : f32
          %v2058 = arith.mulf %v2030, %v2057 : f32
          %v2059 = arith.mulf %v2027, %v2058 : f32
          %v2060 = arith.addf %v2021, %v2059 : f32
          %v2061 = arith.muli %v139, %v773 : i64
          %v2062 = arith.constant 2 : i64
          %v2063 = arith.muli %v2062, %v772 : i64
          %v2064 = arith.addi %v2061, %v2063 : i64
          %v2065 = llvm.getelementptr %in_A[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2066 = llvm.load %v2065 : !llvm.ptr -> f32
          %v2067 = arith.mulf %v1740, %v2066 : f32
          %v2068 = arith.mulf %v2067, %v741 : f32
          %v2069 = llvm.call_intrinsic "llvm.exp2.f32"(%v2068) : (f32) -> f32
          %v2072 = arith.muli %v1300, %v2070 : i64
          %v2073 = arith.addi %v2072, %v2071 : i64
          %v2074 = arith.muli %v2073, %v4 : i64
          %v2076 = arith.subi %v4, %v2075 : i64
          %v2077 = arith.minsi %v134, %v2076 : i64
          %v2078 = arith.addi %v2074, %v2077 : i64
          %v2079 = llvm.getelementptr %scratch_h[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
          %v2085 = arith.muli %v492, %v2084 : i64
          %v2086 = arith.muli %v141, %v155 : i64
          %v2087 = arith.muli %v139, %v154 : i64
          %v2088 = arith.addi %v2086, %v2087 : i64
          %v2089 = arith.constant 2 : i64
          %v2090 = arith.muli %v2089, %v153 : i64
          %v2091 = arith.addi %v2088, %v2090 : i64
          %v2092 = arith.addi %v2085, %v2091 : i64
          %v2093 = llvm.getelementptr %ckpt_h[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
          %v2095 = arith.select %v1298, %v2094, %v2080 : f32
          %v2096 = arith.mulf %v2095, %v1770 : f32
          %v2097 = arith.mulf %v2069, %v2096 : f32
          %v2098 = arith.mulf %v2066, %v2097 : f32
          %v2099 = arith.addf %v2060, %v2098 : f32
          %v2100 = arith.muli %v139, %v773 : i64
          %v2101 = arith.constant 3 : i64
          %v2102 = arith.muli %v2101, %v772 : i64
          %v2103 = arith.addi %v2100, %v2102 : i64
          %v2104 = llvm.getelementptr %in_A[%v2103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2105 = llvm.load %v2104 : !llvm.ptr -> f32
          %v2106 = arith.mulf %v1740, %v2105 : f32
          %v2107 = arith.mulf %v2106, %v741 : f32
          %v2108 = llvm.call_intrinsic "llvm.exp2.f32"(%v2107) : (f32) -> f32
          %v2111 = arith.muli %v1300, %v2109 : i64
          %v2112 = arith.addi %v2111, %v2110 : i64
          %v2113 = arith.muli %v2112, %v4 : i64
          %v2115 = arith.subi %v4, %v2114 : i64
          %v2116 = arith.minsi %v134, %v2115 : i64
          %v2117 = arith.addi %v2113, %v2116 : i64
          %v2118 = llvm.getelementptr %scratch_h[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
          %v2124 = arith.muli %v492, %v2123 : i64
          %v2125 = arith.muli %v141, %v155 : i64
          %v2126 = arith.muli %v139, %v154 : i64
          %v2127 = arith.addi %v2125, %v2126 : i64
          %v2128 = arith.constant 3 : i64
          %v2129 = arith.muli %v2128, %v153 : i64
          %v2130 = arith.addi %v2127, %v2129 : i64
          %v2131 = arith.addi %v2124, %v2130 : i64
          %v2132 = llvm.getelementptr %ckpt_h[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2133 = llvm.load %v2132 : !llvm.ptr -> f32
          %v2134 = arith.select %v1298, %v2133, %v2119 : f32
          %v2135 = arith.mulf %v2134, %v1782 : f32
          %v2136 = arith.mulf %v2108, %v2135 : f32
          %v2137 = arith.mulf %v2105, %v2136 : f32
          %v2138 = arith.addf %v2099, %v2137 : f32
          %v2139 = arith.muli %v139, %v773 : i64
          %v2140 = arith.constant 4 : i64
          %v2141 = arith.muli %v2140, %v772 : i64
          %v2142 = arith.addi %v2139, %v2141 : i64
          %v2143 = llvm.getelementptr %in_A[%v2142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2144 = llvm.load %v2143 : !llvm.ptr -> f32
          %v2145 = arith.mulf %v1740, %v2144 : f32
          %v2146 = arith.mulf %v2145, %v741 : f32
          %v2147 = llvm.call_intrinsic "llvm.exp2.f32"(%v2146) : (f32) -> f32
          %v2150 = arith.muli %v1300, %v2148 : i64
          %v2151 = arith.addi %v2150, %v2149 : i64
          %v2152 = arith.muli %v2151, %v4 : i64
          %v2154 = arith.subi %v4, %v2153 : i64
          %v2155 = arith.minsi %v134, %v2154 : i64
          %v2156 = arith.addi %v2152, %v2155 : i64
          %v2157 = llvm.getelementptr %scratch_h[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
          %v2163 = arith.muli %v492, %v2162 : i64
          %v2164 = arith.muli %v141, %v155 : i64
          %v2165 = arith.muli %v139, %v154 : i64
          %v2166 = arith.addi %v2164, %v2165 : i64
          %v2167 = arith.constant 4 : i64
          %v2168 = arith.muli %v2167, %v153 : i64
          %v2169 = arith.addi %v2166, %v2168 : i64
          %v2170 = arith.addi %v2163, %v2169 : i64
          %v2171 = llvm.getelementptr %ckpt_h[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
          %v2173 = arith.select %v1298, %v2172, %v2158 : f32
          %v2174 = arith.mulf %v2173, %v1794 : f32
          %v2175 = arith.mulf %v2147, %v2174 : f32
          %v2176 = arith.mulf %v2144, %v2175 : f32
          %v2177 = arith.addf %v2138, %v2176 : f32
          %v2178 = arith.muli %v139, %v773 : i64
          %v2179 = arith.constant 5 : i64
          %v2180 = arith.muli %v2179, %v772 : i64
          %v2181 = arith.addi %v2178, %v2180 : i64
          %v2182 = llvm.getelementptr %in_A[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2183 = llvm.load %v2182 : !llvm.ptr -> f32
          %v2184 = arith.mulf %v1740, %v2183 : f32
          %v2185 = arith.mulf %v2184, %v741 : f32
          %v2186 = llvm.call_intrinsic "llvm.exp2.f32"(%v2185) : (f32) -> f32
          %v2189 = arith.muli %v1300, %v2187 : i64
          %v2190 = arith.addi %v2189, %v2188 : i64
          %v2191 = arith.muli %v2190, %v4 : i64
          %v2193 = arith.subi %v4, %v2192 : i64
          %v2194 = arith.minsi %v134, %v2193 : i64
          %v2195 = arith.addi %v2191, %v2194 : i64
          %v2196 = llvm.getelementptr %scratch_h[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2197 = llvm.load %v2196 : !llvm.ptr -> f32
          %v2202 = arith.muli %v492, %v2201 : i64
          %v2203 = arith.muli %v141, %v155 : i64
          %v2204 = arith.muli %v139, %v154 : i64
          %v2205 = arith.addi %v2203, %v2204 : i64
          %v2206 = arith.constant 5 : i64
          %v2207 = arith.muli %v2206, %v153 : i64
          %v2208 = arith.addi %v2205, %v2207 : i64
          %v2209 = arith.addi %v2202, %v2208 : i64
          %v2210 = llvm.getelementptr %ckpt_h[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2211 = llvm.load %v2210 : !llvm.ptr -> f32
          %v2212 = arith.select %v1298, %v2211, %v2197 : f32
          %v2213 = arith.mulf %v2212, %v1806 : f32
          %v2214 = arith.mulf %v2186, %v2213 : f32
          %v2215 = arith.mulf %v2183, %v2214 : f32
          %v2216 = arith.addf %v2177, %v2215 : f32
          %v2217 = arith.muli %v139, %v773 : i64
          %v2218 = arith.constant 6 : i64
          %v2219 = arith.muli %v2218, %v772 : i64
          %v2220 = arith.addi %v2217, %v2219 : i64
          %v2221 = llvm.getelementptr %in_A[%v2220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2222 = llvm.load %v2221 : !llvm.ptr -> f32
          %v2223 = arith.mulf %v1740, %v2222 : f32
          %v2224 = arith.mulf %v2223, %v741 : f32
          %v2225 = llvm.call_intrinsic "llvm.exp2.f32"(%v2224) : (f32) -> f32
          %v2228 = arith.muli %v1300, %v2226 : i64
          %v2229 = arith.addi %v2228, %v2227 : i64
          %v2230 = arith.muli %v2229, %v4 : i64
          %v2232 = arith.subi %v4, %v2231 : i64
          %v2233 = arith.minsi %v134, %v2232 : i64
          %v2234 = arith.addi %v2230, %v2233 : i64
          %v2235 = llvm.getelementptr %scratch_h[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2236 = llvm.load %v2235 : !llvm.ptr -> f32
          %v2241 = arith.muli %v492, %v2240 : i64
          %v2242 = arith.muli %v141, %v155 : i64
          %v2243 = arith.muli %v139, %v154 : i64
          %v2244 = arith.addi %v2242, %v2243 : i64
          %v2245 = arith.constant 6 : i64
          %v2246 = arith.muli %v2245, %v153 : i64
          %v2247 = arith.addi %v2244, %v2246 : i64
          %v2248 = arith.addi %v2241, %v2247 : i64
          %v2249 = llvm.getelementptr %ckpt_h[%v2248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2250 = llvm.load %v2249 : !llvm.ptr -> f32
          %v2251 = arith.select %v1298, %v2250, %v2236 : f32
          %v2252 = arith.mulf %v2251, %v1818 : f32
          %v2253 = arith.mulf %v2225, %v2252 : f32
          %v2254 = arith.mulf %v2222, %v2253 : f32
          %v2255 = arith.addf %v2216, %v2254 : f32
          %v2256 = arith.muli %v139, %v773 : i64
          %v2257 = arith.constant 7 : i64
          %v2258 = arith.muli %v2257, %v772 : i64
          %v2259 = arith.addi %v2256, %v2258 : i64
          %v2260 = llvm.getelementptr %in_A[%v2259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2261 = llvm.load %v2260 : !llvm.ptr -> f32
          %v2262 = arith.mulf %v1740, %v2261 : f32
          %v2263 = arith.mulf %v2262, %v741 : f32
          %v2264 = llvm.call_intrinsic "llvm.exp2.f32"(%v2263) : (f32) -> f32
          %v2267 = arith.muli %v1300, %v2265 : i64
          %v2268 = arith.addi %v2267, %v2266 : i64
          %v2269 = arith.muli %v2268, %v4 : i64
          %v2271 = arith.subi %v4, %v2270 : i64
          %v2272 = arith.minsi %v134, %v2271 : i64
          %v2273 = arith.addi %v2269, %v2272 : i64
          %v2274 = llvm.getelementptr %scratch_h[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2275 = llvm.load %v2274 : !llvm.ptr -> f32
          %v2280 = arith.muli %v492, %v2279 : i64
          %v2281 = arith.muli %v141, %v155 : i64
          %v2282 = arith.muli %v139, %v154 : i64
          %v2283 = arith.addi %v2281, %v2282 : i64
          %v2284 = arith.constant 7 : i64
          %v2285 = arith.muli %v2284, %v153 : i64
          %v2286 = arith.addi %v2283, %v2285 : i64
          %v2287 = arith.addi %v2280, %v2286 : i64
          %v2288 = llvm.getelementptr %ckpt_h[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2289 = llvm.load %v2288 : !llvm.ptr -> f32
          %v2290 = arith.select %v1298, %v2289, %v2275 : f32
          %v2291 = arith.mulf %v2290, %v1830 : f32
          %v2292 = arith.mulf %v2264, %v2291 : f32
          %v2293 = arith.mulf %v2261, %v2292 : f32
          %v2294 = arith.addf %v2255, %v2293 : f32
          %v2295 = arith.muli %v139, %v773 : i64
          %v2296 = arith.constant 8 : i64
          %v2297 = arith.muli %v2296, %v772 : i64
          %v2298 = arith.addi %v2295, %v2297 : i64
          %v2299 = llvm.getelementptr %in_A[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
          %v2301 = arith.mulf %v1740, %v2300 : f32
          %v2302 = arith.mulf %v2301, %v741 : f32
          %v2303 = llvm.call_intrinsic "llvm.exp2.f32"(%v2302) : (f32) -> f32
          %v2306 = arith.muli %v1300, %v2304 : i64
          %v2307 = arith.addi %v2306, %v2305 : i64
          %v2308 = arith.muli %v2307, %v4 : i64
          %v2310 = arith.subi %v4, %v2309 : i64
          %v2311 = arith.minsi %v134, %v2310 : i64
          %v2312 = arith.addi %v2308, %v2311 : i64
          %v2313 = llvm.getelementptr %scratch_h[%v2312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2314 = llvm.load %v2313 : !llvm.ptr -> f32
          %v2319 = arith.muli %v492, %v2318 : i64
          %v2320 = arith.muli %v141, %v155 : i64
          %v2321 = arith.muli %v139, %v154 : i64
          %v2322 = arith.addi %v2320, %v2321 : i64
          %v2323 = arith.constant 8 : i64
          %v2324 = arith.muli %v2323, %v153 : i64
          %v2325 = arith.addi %v2322, %v2324 : i64
          %v2326 = arith.addi %v2319, %v2325 : i64
          %v2327 = llvm.getelementptr %ckpt_h[%v2326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2328 = llvm.load %v2327 : !llvm.ptr -> f32
          %v2329 = arith.select %v1298, %v2328, %v2314 : f32
          %v2330 = arith.mulf %v2329, %v1842 : f32
          %v2331 = arith.mulf %v2303, %v2330 : f32
          %v2332 = arith.mulf %v2300, %v2331 : f32
          %v2333 = arith.addf %v2294, %v2332 : f32
          %v2334 = arith.muli %v139, %v773 : i64
          %v2335 = arith.constant 9 : i64
          %v2336 = arith.muli %v2335, %v772 : i64
          %v2337 = arith.addi %v2334, %v2336 : i64
          %v2338 = llvm.getelementptr %in_A[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2339 = llvm.load %v2338 : !llvm.ptr -> f32
          %v2340 = arith.mulf %v1740, %v2339 : f32
          %v2341 = arith.mulf %v2340, %v741 : f32
          %v2342 = llvm.call_intrinsic "llvm.exp2.f32"(%v2341) : (f32) -> f32
          %v2345 = arith.muli %v1300, %v2343 : i64
          %v2346 = arith.addi %v2345, %v2344 : i64
          %v2347 = arith.muli %v2346, %v4 : i64
          %v2349 = arith.subi %v4, %v2348 : i64
          %v2350 = arith.minsi %v134, %v2349 : i64
          %v2351 = arith.addi %v2347, %v2350 : i64
          %v2352 = llvm.getelementptr %scratch_h[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2353 = llvm.load %v2352 : !llvm.ptr -> f32
          %v2358 = arith.muli %v492, %v2357 : i64
          %v2359 = arith.muli %v141, %v155 : i64
          %v2360 = arith.muli %v139, %v154 : i64
          %v2361 = arith.addi %v2359, %v2360 : i64
          %v2362 = arith.constant 9 : i64
          %v2363 = arith.muli %v2362, %v153 : i64
          %v2364 = arith.addi %v2361, %v2363 : i64
          %v2365 = arith.addi %v2358, %v2364 : i64
          %v2366 = llvm.getelementptr %ckpt_h[%v2365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
          %v2368 = arith.select %v1298, %v2367, %v2353 : f32
          %v2369 = arith.mulf %v2368, %v1854 : f32
          %v2370 = arith.mulf %v2342, %v2369 : f32
          %v2371 = arith.mulf %v2339, %v2370 : f32
          %v2372 = arith.addf %v2333, %v2371 : f32
          %v2373 = arith.muli %v139, %v773 : i64
          %v2374 = arith.constant 10 : i64
          %v2375 = arith.muli %v2374, %v772 : i64
          %v2376 = arith.addi %v2373, %v2375 : i64
          %v2377 = llvm.getelementptr %in_A[%v2376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2378 = llvm.load %v2377 : !llvm.ptr -> f32
          %v2379 = arith.mulf %v1740, %v2378 : f32
          %v2380 = arith.mulf %v2379, %v741 : f32
          %v2381 = llvm.call_intrinsic "llvm.exp2.f32"(%v2380) : (f32) -> f32
          %v2384 = arith.muli %v1300, %v2382 : i64
          %v2385 = arith.addi %v2384, %v2383 : i64
          %v2386 = arith.muli %v2385, %v4 : i64
          %v2388 = arith.subi %v4, %v2387 : i64
          %v2389 = arith.minsi %v134, %v2388 : i64
          %v2390 = arith.addi %v2386, %v2389 : i64
          %v2391 = llvm.getelementptr %scratch_h[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2392 = llvm.load %v2391 : !llvm.ptr -> f32
          %v2397 = arith.muli %v492, %v2396 : i64
          %v2398 = arith.muli %v141, %v155 : i64
          %v2399 = arith.muli %v139, %v154 : i64
          %v2400 = arith.addi %v2398, %v2399 : i64
          %v2401 = arith.constant 10 : i64
          %v2402 = arith.muli %v2401, %v153 : i64
          %v2403 = arith.addi %v2400, %v2402 : i64
          %v2404 = arith.addi %v2397, %v2403 : i64
          %v2405 = llvm.getelementptr %ckpt_h[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2406 = llvm.load %v2405 : !llvm.ptr -> f32
          %v2407 = arith.select %v1298, %v2406, %v2392 : f32
          %v2408 = arith.mulf %v2407, %v1866 : f32
          %v2409 = arith.mulf %v2381, %v2408 : f32
          %v2410 = arith.mulf %v2378, %v2409 : f32
          %v2411 = arith.addf %v2372, %v2410 : f32
          %v2412 = arith.muli %v139, %v773 : i64
          %v2413 = arith.constant 11 : i64
          %v2414 = arith.muli %v2413, %v772 : i64
          %v2415 = arith.addi %v2412, %v2414 : i64
          %v2416 = llvm.getelementptr %in_A[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2417 = llvm.load %v2416 : !llvm.ptr -> f32
          %v2418 = arith.mulf %v1740, %v2417 : f32
          %v2419 = arith.mulf %v2418, %v741 : f32
          %v2420 = llvm.call_intrinsic "llvm.exp2.f32"(%v2419) : (f32) -> f32
          %v2423 = arith.muli %v1300, %v2421 : i64
          %v2424 = arith.addi %v2423, %v2422 : i64
          %v2425 = arith.muli %v2424, %v4 : i64
          %v2427 = arith.subi %v4, %v2426 : i64
          %v2428 = arith.minsi %v134, %v2427 : i64
          %v2429 = arith.addi %v2425, %v2428 : i64
          %v2430 = llvm.getelementptr %scratch_h[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2431 = llvm.load %v2430 : !llvm.ptr -> f32
          %v2436 = arith.muli %v492, %v2435 : i64
          %v2437 = arith.muli %v141, %v155 : i64
          %v2438 = arith.muli %v139, %v154 : i64
          %v2439 = arith.addi %v2437, %v2438 : i64
          %v2440 = arith.constant 11 : i64
          %v2441 = arith.muli %v2440, %v153 : i64
          %v2442 = arith.addi %v2439, %v2441 : i64
          %v2443 = arith.addi %v2436, %v2442 : i64
          %v2444 = llvm.getelementptr %ckpt_h[%v2443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2445 = llvm.load %v2444 : !llvm.ptr -> f32
          %v2446 = arith.select %v1298, %v2445, %v2431 : f32
          %v2447 = arith.mulf %v2446, %v1878 : f32
          %v2448 = arith.mulf %v2420, %v2447 : f32
          %v2449 = arith.mulf %v2417, %v2448 : f32
          %v2450 = arith.addf %v2411, %v2449 : f32
          %v2451 = arith.muli %v139, %v773 : i64
          %v2452 = arith.constant 12 : i64
          %v2453 = arith.muli %v2452, %v772 : i64
          %v2454 = arith.addi %v2451, %v2453 : i64
          %v2455 = llvm.getelementptr %in_A[%v2454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2456 = llvm.load %v2455 : !llvm.ptr -> f32
          %v2457 = arith.mulf %v1740, %v2456 : f32
          %v2458 = arith.mulf %v2457, %v741 : f32
          %v2459 = llvm.call_intrinsic "llvm.exp2.f32"(%v2458) : (f32) -> f32
          %v2462 = arith.muli %v1300, %v2460 : i64
          %v2463 = arith.addi %v2462, %v2461 : i64
          %v2464 = arith.muli %v2463, %v4 : i64
          %v2466 = arith.subi %v4, %v2465 : i64
          %v2467 = arith.minsi %v134, %v2466 : i64
          %v2468 = arith.addi %v2464, %v2467 : i64
          %v2469 = llvm.getelementptr %scratch_h[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2470 = llvm.load %v2469 : !llvm.ptr -> f32
          %v2475 = arith.muli %v492, %v2474 : i64
          %v2476 = arith.muli %v141, %v155 : i64
          %v2477 = arith.muli %v139, %v154 : i64
          %v2478 = arith.addi %v2476, %v2477 : i64
          %v2479 = arith.constant 12 : i64
          %v2480 = arith.muli %v2479, %v153 : i64
          %v2481 = arith.addi %v2478, %v2480 : i64
          %v2482 = arith.addi %v2475, %v2481 : i64
          %v2483 = llvm.getelementptr %ckpt_h[%v2482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2484 = llvm.load %v2483 : !llvm.ptr -> f32
          %v2485 = arith.select %v1298, %v2484, %v2470 : f32
          %v2486 = arith.mulf %v2485, %v1890 : f32
          %v2487 = arith.mulf %v2459, %v2486 : f32
          %v2488 = arith.mulf %v2456, %v2487 : f32
          %v2489 = arith.addf %v2450, %v2488 : f32
          %v2490 = arith.muli %v139, %v773 : i64
          %v2491 = arith.constant 13 : i64
          %v2492 = arith.muli %v2491, %v772 : i64
          %v2493 = arith.addi %v2490, %v2492 : i64
          %v2494 = llvm.getelementptr %in_A[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
          %v2496 = arith.mulf %v1740, %v2495 : f32
          %v2497 = arith.mulf %v2496, %v741 : f32
          %v2498 = llvm.call_intrinsic "llvm.exp2.f32"(%v2497) : (f32) -> f32
          %v2501 = arith.muli %v1300, %v2499 : i64
          %v2502 = arith.addi %v2501, %v2500 : i64
          %v2503 = arith.muli %v2502, %v4 : i64
          %v2505 = arith.subi %v4, %v2504 : i64
          %v2506 = arith.minsi %v134, %v2505 : i64
          %v2507 = arith.addi %v2503, %v2506 : i64
          %v2508 = llvm.getelementptr %scratch_h[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2509 = llvm.load %v2508 : !llvm.ptr -> f32
          %v2514 = arith.muli %v492, %v2513 : i64
          %v2515 = arith.muli %v141, %v155 : i64
          %v2516 = arith.muli %v139, %v154 : i64
          %v2517 = arith.addi %v2515, %v2516 : i64
          %v2518 = arith.constant 13 : i64
          %v2519 = arith.muli %v2518, %v153 : i64
          %v2520 = arith.addi %v2517, %v2519 : i64
          %v2521 = arith.addi %v2514, %v2520 : i64
          %v2522 = llvm.getelementptr %ckpt_h[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2523 = llvm.load %v2522 : !llvm.ptr -> f32
          %v2524 = arith.select %v1298, %v2523, %v2509 : f32
          %v2525 = arith.mulf %v2524, %v1902 : f32
          %v2526 = arith.mulf %v2498, %v2525 : f32
          %v2527 = arith.mulf %v2495, %v2526 : f32
          %v2528 = arith.addf %v2489, %v2527 : f32
          %v2529 = arith.muli %v139, %v773 : i64
          %v2530 = arith.constant 14 : i64
          %v2531 = arith.muli %v2530, %v772 : i64
          %v2532 = arith.addi %v2529, %v2531 : i64
          %v2533 = llvm.getelementptr %in_A[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2534 = llvm.load %v2533 : !llvm.ptr -> f32
          %v2535 = arith.mulf %v1740, %v2534 : f32
          %v2536 = arith.mulf %v2535, %v741 : f32
          %v2537 = llvm.call_intrinsic "llvm.exp2.f32"(%v2536) : (f32) -> f32
          %v2540 = arith.muli %v1300, %v2538 : i64
          %v2541 = arith.addi %v2540, %v2539 : i64
          %v2542 = arith.muli %v2541, %v4 : i64
          %v2544 = arith.subi %v4, %v2543 : i64
          %v2545 = arith.minsi %v134, %v2544 : i64
          %v2546 = arith.addi %v2542, %v2545 : i64
          %v2547 = llvm.getelementptr %scratch_h[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2548 = llvm.load %v2547 : !llvm.ptr -> f32
          %v2553 = arith.muli %v492, %v2552 : i64
          %v2554 = arith.muli %v141, %v155 : i64
          %v2555 = arith.muli %v139, %v154 : i64
          %v2556 = arith.addi %v2554, %v2555 : i64
          %v2557 = arith.constant 14 : i64
          %v2558 = arith.muli %v2557, %v153 : i64
          %v2559 = arith.addi %v2556, %v2558 : i64
          %v2560 = arith.addi %v2553, %v2559 : i64
          %v2561 = llvm.getelementptr %ckpt_h[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
          %v2563 = arith.select %v1298, %v2562, %v2548 : f32
          %v2564 = arith.mulf %v2563, %v1914 : f32
          %v2565 = arith.mulf %v2537, %v2564 : f32
          %v2566 = arith.mulf %v2534, %v2565 : f32
          %v2567 = arith.addf %v2528, %v2566 : f32
          %v2568 = arith.muli %v139, %v773 : i64
          %v2569 = arith.constant 15 : i64
          %v2570 = arith.muli %v2569, %v772 : i64
          %v2571 = arith.addi %v2568, %v2570 : i64
          %v2572 = llvm.getelementptr %in_A[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
          %v2574 = arith.mulf %v1740, %v2573 : f32
          %v2575 = arith.mulf %v2574, %v741 : f32
          %v2576 = llvm.call_intrinsic "llvm.exp2.f32"(%v2575) : (f32) -> f32
          %v2579 = arith.muli %v1300, %v2577 : i64
          %v2580 = arith.addi %v2579, %v2578 : i64
          %v2581 = arith.muli %v2580, %v4 : i64
          %v2583 = arith.subi %v4, %v2582 : i64
          %v2584 = arith.minsi %v134, %v2583 : i64
          %v2585 = arith.addi %v2581, %v2584 : i64
          %v2586 = llvm.getelementptr %scratch_h[%v2585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2587 = llvm.load %v2586 : !llvm.ptr -> f32
          %v2592 = arith.muli %v492, %v2591 : i64
          %v2593 = arith.muli %v141, %v155 : i64
          %v2594 = arith.muli %v139, %v154 : i64
          %v2595 = arith.addi %v2593, %v2594 : i64
          %v2596 = arith.constant 15 : i64
          %v2597 = arith.muli %v2596, %v153 : i64
          %v2598 = arith.addi %v2595, %v2597 : i64
          %v2599 = arith.addi %v2592, %v2598 : i64
          %v2600 = llvm.getelementptr %ckpt_h[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2601 = llvm.load %v2600 : !llvm.ptr -> f32
          %v2602 = arith.select %v1298, %v2601, %v2587 : f32
          %v2603 = arith.mulf %v2602, %v1926 : f32
          %v2604 = arith.mulf %v2576, %v2603 : f32
          %v2605 = arith.mulf %v2573, %v2604 : f32
          %v2606 = arith.addf %v2567, %v2605 : f32
          %v2607 = arith.addf %v1989, %v2606 : f32
          %v2608 = arith.negf %v1715 : f32
          %v2609 = arith.mulf %v2608, %v741 : f32
          %v2610 = llvm.call_intrinsic "llvm.exp2.f32"(%v2609) : (f32) -> f32
          %v2611 = arith.addf %v144, %v2610 : f32
          %v2612 = arith.divf %v144, %v2611 : f32
          %v2613 = arith.mulf %v2607, %v2612 : f32
          scf.if %v135 {
            %v2614 = arith.muli %v141, %v725 : i64
            %v2615 = arith.muli %v139, %v724 : i64
            %v2616 = arith.addi %v2614, %v2615 : i64
            %v2617 = arith.muli %v1297, %v723 : i64
            %v2618 = arith.addi %v2616, %v2617 : i64
            %v2619 = llvm.getelementptr %dx_delta[%v2618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2613, %v2619 : f32, !llvm.ptr
          }
          %v2622 = arith.muli %v1296, %v2620 : i64
          %v2623 = arith.addi %v2622, %v2621 : i64
          %v2624 = arith.muli %v2623, %v4 : i64
          %v2626 = arith.subi %v4, %v2625 : i64
          %v2627 = arith.minsi %v134, %v2626 : i64
          %v2628 = arith.addi %v2624, %v2627 : i64
          %v2629 = llvm.getelementptr %scratch_h[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
          %v2631 = arith.mulf %v1305, %v2630 : f32
          %v2634 = arith.muli %v1296, %v2632 : i64
          %v2635 = arith.addi %v2634, %v2633 : i64
          %v2636 = arith.muli %v2635, %v4 : i64
          %v2638 = arith.subi %v4, %v2637 : i64
          %v2639 = arith.minsi %v134, %v2638 : i64
          %v2640 = arith.addi %v2636, %v2639 : i64
          %v2641 = llvm.getelementptr %scratch_h[%v2640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2642 = llvm.load %v2641 : !llvm.ptr -> f32
          %v2643 = arith.mulf %v1339, %v2642 : f32
          %v2644 = arith.addf %v2631, %v2643 : f32
          %v2647 = arith.muli %v1296, %v2645 : i64
          %v2648 = arith.addi %v2647, %v2646 : i64
          %v2649 = arith.muli %v2648, %v4 : i64
          %v2651 = arith.subi %v4, %v2650 : i64
          %v2652 = arith.minsi %v134, %v2651 : i64
          %v2653 = arith.addi %v2649, %v2652 : i64
          %v2654 = llvm.getelementptr %scratch_h[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2655 = llvm.load %v2654 : !llvm.ptr -> f32
          %v2656 = arith.mulf %v1353, %v2655 : f32
          %v2657 = arith.addf %v2644, %v2656 : f32
          %v2660 = arith.muli %v1296, %v2658 : i64
          %v2661 = arith.addi %v2660, %v2659 : i64
          %v2662 = arith.muli %v2661, %v4 : i64
          %v2664 = arith.subi %v4, %v2663 : i64
          %v2665 = arith.minsi %v134, %v2664 : i64
          %v2666 = arith.addi %v2662, %v2665 : i64
          %v2667 = llvm.getelementptr %scratch_h[%v2666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2668 = llvm.load %v2667 : !llvm.ptr -> f32
          %v2669 = arith.mulf %v1367, %v2668 : f32
          %v2670 = arith.addf %v2657, %v2669 : f32
          %v2673 = arith.muli %v1296, %v2671 : i64
          %v2674 = arith.addi %v2673, %v2672 : i64
          %v2675 = arith.muli %v2674, %v4 : i64
          %v2677 = arith.subi %v4, %v2676 : i64
          %v2678 = arith.minsi %v134, %v2677 : i64
          %v2679 = arith.addi %v2675, %v2678 : i64
          %v2680 = llvm.getelementptr %scratch_h[%v2679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2681 = llvm.load %v2680 : !llvm.ptr -> f32
          %v2682 = arith.mulf %v1381, %v2681 : f32
          %v2683 = arith.addf %v2670, %v2682 : f32
          %v2686 = arith.muli %v1296, %v2684 : i64
          %v2687 = arith.addi %v2686, %v2685 : i64
          %v2688 = arith.muli %v2687, %v4 : i64
          %v2690 = arith.subi %v4, %v2689 : i64
          %v2691 = arith.minsi %v134, %v2690 : i64
          %v2692 = arith.addi %v2688, %v2691 : i64
          %v2693 = llvm.getelementptr %scratch_h[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
          %v2695 = arith.mulf %v1395, %v2694 : f32
          %v2696 = arith.addf %v2683, %v2695 : f32
          %v2699 = arith.muli %v1296, %v2697 : i64
          %v2700 = arith.addi %v2699, %v2698 : i64
          %v2701 = arith.muli %v2700, %v4 : i64
          %v2703 = arith.subi %v4, %v2702 : i64
          %v2704 = arith.minsi %v134, %v2703 : i64
          %v2705 = arith.addi %v2701, %v2704 : i64
          %v2706 = llvm.getelementptr %scratch_h[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2707 = llvm.load %v2706 : !llvm.ptr -> f32
          %v2708 = arith.mulf %v1409, %v2707 : f32
          %v2709 = arith.addf %v2696, %v2708 : f32
          %v2712 = arith.muli %v1296, %v2710 : i64
          %v2713 = arith.addi %v2712, %v2711 : i64
          %v2714 = arith.muli %v2713, %v4 : i64
          %v2716 = arith.subi %v4, %v2715 : i64
          %v2717 = arith.minsi %v134, %v2716 : i64
          %v2718 = arith.addi %v2714, %v2717 : i64
          %v2719 = llvm.getelementptr %scratch_h[%v2718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
          %v2721 = arith.mulf %v1423, %v2720 : f32
          %v2722 = arith.addf %v2709, %v2721 : f32
          %v2725 = arith.muli %v1296, %v2723 : i64
          %v2726 = arith.addi %v2725, %v2724 : i64
          %v2727 = arith.muli %v2726, %v4 : i64
          %v2729 = arith.subi %v4, %v2728 : i64
          %v2730 = arith.minsi %v134, %v2729 : i64
          %v2731 = arith.addi %v2727, %v2730 : i64
          %v2732 = llvm.getelementptr %scratch_h[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2733 = llvm.load %v2732 : !llvm.ptr -> f32
          %v2734 = arith.mulf %v1437, %v2733 : f32
          %v2735 = arith.addf %v2722, %v2734 : f32
          %v2738 = arith.muli %v1296, %v2736 : i64
          %v2739 = arith.addi %v2738, %v2737 : i64
          %v2740 = arith.muli %v2739, %v4 : i64
          %v2742 = arith.subi %v4, %v2741 : i64
          %v2743 = arith.minsi %v134, %v2742 : i64
          %v2744 = arith.addi %v2740, %v2743 : i64
          %v2745 = llvm.getelementptr %scratch_h[%v2744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
          %v2747 = arith.mulf %v1451, %v2746 : f32
          %v2748 = arith.addf %v2735, %v2747 : f32
          %v2751 = arith.muli %v1296, %v2749 : i64
          %v2752 = arith.addi %v2751, %v2750 : i64
          %v2753 = arith.muli %v2752, %v4 : i64
          %v2755 = arith.subi %v4, %v2754 : i64
          %v2756 = arith.minsi %v134, %v2755 : i64
          %v2757 = arith.addi %v2753, %v2756 : i64
          %v2758 = llvm.getelementptr %scratch_h[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2759 = llvm.load %v2758 : !llvm.ptr -> f32
          %v2760 = arith.mulf %v1465, %v2759 : f32
          %v2761 = arith.addf %v2748, %v2760 : f32
          %v2764 = arith.muli %v1296, %v2762 : i64
          %v2765 = arith.addi %v2764, %v2763 : i64
          %v2766 = arith.muli %v2765, %v4 : i64
          %v2768 = arith.subi %v4, %v2767 : i64
          %v2769 = arith.minsi %v134, %v2768 : i64
          %v2770 = arith.addi %v2766, %v2769 : i64
          %v2771 = llvm.getelementptr %scratch_h[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2772 = llvm.load %v2771 : !llvm.ptr -> f32
          %v2773 = arith.mulf %v1479, %v2772 : f32
          %v2774 = arith.addf %v2761, %v2773 : f32
          %v2777 = arith.muli %v1296, %v2775 : i64
          %v2778 = arith.addi %v2777, %v2776 : i64
          %v2779 = arith.muli %v2778, %v4 : i64
          %v2781 = arith.subi %v4, %v2780 : i64
          %v2782 = arith.minsi %v134, %v2781 : i64
          %v2783 = arith.addi %v2779, %v2782 : i64
          %v2784 = llvm.getelementptr %scratch_h[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
          %v2786 = arith.mulf %v1493, %v2785 : f32
          %v2787 = arith.addf %v2774, %v2786 : f32
          %v2790 = arith.muli %v1296, %v2788 : i64
          %v2791 = arith.addi %v2790, %v2789 : i64
          %v2792 = arith.muli %v2791, %v4 : i64
          %v2794 = arith.subi %v4, %v2793 : i64
          %v2795 = arith.minsi %v134, %v2794 : i64
          %v2796 = arith.addi %v2792, %v2795 : i64
          %v2797 = llvm.getelementptr %scratch_h[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
          %v2799 = arith.mulf %v1507, %v2798 : f32
          %v2800 = arith.addf %v2787, %v2799 : f32
          %v2803 = arith.muli %v1296, %v2801 : i64
          %v2804 = arith.addi %v2803, %v2802 : i64
          %v2805 = arith.muli %v2804, %v4 : i64
          %v2807 = arith.subi %v4, %v2806 : i64
          %v2808 = arith.minsi %v134, %v2807 : i64
          %v2809 = arith.addi %v2805, %v2808 : i64
          %v2810 = llvm.getelementptr %scratch_h[%v2809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2811 = llvm.load %v2810 : !llvm.ptr -> f32
          %v2812 = arith.mulf %v1521, %v2811 : f32
          %v2813 = arith.addf %v2800, %v2812 : f32
          %v2816 = arith.muli %v1296, %v2814 : i64
          %v2817 = arith.addi %v2816, %v2815 : i64
          %v2818 = arith.muli %v2817, %v4 : i64
          %v2820 = arith.subi %v4, %v2819 : i64
          %v2821 = arith.minsi %v134, %v2820 : i64
          %v2822 = arith.addi %v2818, %v2821 : i64
          %v2823 = llvm.getelementptr %scratch_h[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2824 = llvm.load %v2823 : !llvm.ptr -> f32
          %v2825 = arith.mulf %v1535, %v2824 : f32
          %v2826 = arith.addf %v2813, %v2825 : f32
          %v2827 = arith.mulf %v1942, %v1702 : f32
          %v2828 = arith.addf %v2826, %v2827 : f32
          %v2829 = arith.mulf %v2828, %v1325 : f32
          %v2830 = arith.negf %v1312 : f32
          %v2831 = arith.mulf %v2830, %v741 : f32
          %v2832 = llvm.call_intrinsic "llvm.exp2.f32"(%v2831) : (f32) -> f32
          %v2833 = arith.addf %v144, %v2832 : f32
          %v2834 = arith.divf %v144, %v2833 : f32
          %v2835 = arith.subf %v144, %v2834 : f32
          %v2836 = arith.mulf %v1312, %v2835 : f32
          %v2837 = arith.addf %v144, %v2836 : f32
          %v2838 = arith.mulf %v2834, %v2837 : f32
          %v2839 = arith.mulf %v2829, %v2838 : f32
          scf.if %v135 {
            %v2840 = arith.muli %v141, %v725 : i64
            %v2841 = arith.muli %v139, %v724 : i64
            %v2842 = arith.addi %v2840, %v2841 : i64
            %v2843 = arith.muli %v1297, %v723 : i64
            %v2844 = arith.addi %v2842, %v2843 : i64
            %v2845 = llvm.getelementptr %dx_z[%v2844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2839, %v2845 : f32, !llvm.ptr
          }
          %v2846 = arith.mulf %v2018, %v1747 : f32
          %v2847 = arith.mulf %v1995, %v2846 : f32
          %v2848 = arith.mulf %v1740, %v2847 : f32
          %v2849 = llvm.load %v91 : !llvm.ptr -> f32
          %v2850 = arith.addf %v2849, %v2848 : f32
          llvm.store %v2850, %v91 : f32, !llvm.ptr
          %v2851 = arith.mulf %v2056, %v1758 : f32
          %v2852 = arith.mulf %v2030, %v2851 : f32
          %v2853 = arith.mulf %v1740, %v2852 : f32
          %v2854 = llvm.load %v92 : !llvm.ptr -> f32
          %v2855 = arith.addf %v2854, %v2853 : f32
          llvm.store %v2855, %v92 : f32, !llvm.ptr
          %v2856 = arith.mulf %v2095, %v1770 : f32
          %v2857 = arith.mulf %v2069, %v2856 : f32
          %v2858 = arith.mulf %v1740, %v2857 : f32
          %v2859 = llvm.load %v93 : !llvm.ptr -> f32
          %v2860 = arith.addf %v2859, %v2858 : f32
          llvm.store %v2860, %v93 : f32, !llvm.ptr
          %v2861 = arith.mulf %v2134, %v1782 : f32
          %v2862 = arith.mulf %v2108, %v2861 : f32
          %v2863 = arith.mulf %v1740, %v2862 : f32
          %v2864 = llvm.load %v94 : !llvm.ptr -> f32
          %v2865 = arith.addf %v2864, %v2863 : f32
          llvm.store %v2865, %v94 : f32, !llvm.ptr
          %v2866 = arith.mulf %v2173, %v1794 : f32
          %v2867 = arith.mulf %v2147, %v2866 : f32
          %v2868 = arith.mulf %v1740, %v2867 : f32
          %v2869 = llvm.load %v95 : !llvm.ptr -> f32
          %v2870 = arith.addf %v2869, %v2868 : f32
          llvm.store %v2870, %v95 : f32, !llvm.ptr
          %v2871 = arith.mulf %v2212, %v1806 : f32
          %v2872 = arith.mulf %v2186, %v2871 : f32
          %v2873 = arith.mulf %v1740, %v2872 : f32
          %v2874 = llvm.load %v96 : !llvm.ptr -> f32
          %v2875 = arith.addf %v2874, %v2873 : f32
          llvm.store %v2875, %v96 : f32, !llvm.ptr
          %v2876 = arith.mulf %v2251, %v1818 : f32
          %v2877 = arith.mulf %v2225, %v2876 : f32
          %v2878 = arith.mulf %v1740, %v2877 : f32
          %v2879 = llvm.load %v97 : !llvm.ptr -> f32
          %v2880 = arith.addf %v2879, %v2878 : f32
          llvm.store %v2880, %v97 : f32, !llvm.ptr
          %v2881 = arith.mulf %v2290, %v1830 : f32
          %v2882 = arith.mulf %v2264, %v2881 : f32
          %v2883 = arith.mulf %v1740, %v2882 : f32
          %v2884 = llvm.load %v98 : !llvm.ptr -> f32
          %v2885 = arith.addf %v2884, %v2883 : f32
          llvm.store %v2885, %v98 : f32, !llvm.ptr
          %v2886 = arith.mulf %v2329, %v1842 : f32
          %v2887 = arith.mulf %v2303, %v2886 : f32
          %v2888 = arith.mulf %v1740, %v2887 : f32
          %v2889 = llvm.load %v99 : !llvm.ptr -> f32
          %v2890 = arith.addf %v2889, %v2888 : f32
          llvm.store %v2890, %v99 : f32, !llvm.ptr
          %v2891 = arith.mulf %v2368, %v1854 : f32
          %v2892 = arith.mulf %v2342, %v2891 : f32
          %v2893 = arith.mulf %v1740, %v2892 : f32
          %v2894 = llvm.load %v100 : !llvm.ptr -> f32
          %v2895 = arith.addf %v2894, %v2893 : f32
          llvm.store %v2895, %v100 : f32, !llvm.ptr
          %v2896 = arith.mulf %v2407, %v1866 : f32
          %v2897 = arith.mulf %v2381, %v2896 : f32
          %v2898 = arith.mulf %v1740, %v2897 : f32
          %v2899 = llvm.load %v101 : !llvm.ptr -> f32
          %v2900 = arith.addf %v2899, %v2898 : f32
          llvm.store %v2900, %v101 : f32, !llvm.ptr
          %v2901 = arith.mulf %v2446, %v1878 : f32
          %v2902 = arith.mulf %v2420, %v2901 : f32
          %v2903 = arith.mulf %v1740, %v2902 : f32
          %v2904 = llvm.load %v102 : !llvm.ptr -> f32
          %v2905 = arith.addf %v2904, %v2903 : f32
          llvm.store %v2905, %v102 : f32, !llvm.ptr
          %v2906 = arith.mulf %v2485, %v1890 : f32
          %v2907 = arith.mulf %v2459, %v2906 : f32
          %v2908 = arith.mulf %v1740, %v2907 : f32
          %v2909 = llvm.load %v103 : !llvm.ptr -> f32
          %v2910 = arith.addf %v2909, %v2908 : f32
          llvm.store %v2910, %v103 : f32, !llvm.ptr
          %v2911 = arith.mulf %v2524, %v1902 : f32
          %v2912 = arith.mulf %v2498, %v2911 : f32
          %v2913 = arith.mulf %v1740, %v2912 : f32
          %v2914 = llvm.load %v104 : !llvm.ptr -> f32
          %v2915 = arith.addf %v2914, %v2913 : f32
          llvm.store %v2915, %v104 : f32, !llvm.ptr
          %v2916 = arith.mulf %v2563, %v1914 : f32
          %v2917 = arith.mulf %v2537, %v2916 : f32
          %v2918 = arith.mulf %v1740, %v2917 : f32
          %v2919 = llvm.load %v105 : !llvm.ptr -> f32
          %v2920 = arith.addf %v2919, %v2918 : f32
          llvm.store %v2920, %v105 : f32, !llvm.ptr
          %v2921 = arith.mulf %v2602, %v1926 : f32
          %v2922 = arith.mulf %v2576, %v2921 : f32
          %v2923 = arith.mulf %v1740, %v2922 : f32
          %v2924 = llvm.load %v106 : !llvm.ptr -> f32
          %v2925 = arith.addf %v2924, %v2923 : f32
          llvm.store %v2925, %v106 : f32, !llvm.ptr
          %v2926 = arith.mulf %v1942, %v1747 : f32
          %v2927 = arith.mulf %v1740, %v2926 : f32
          scf.if %v135 {
            %v2930 = arith.muli %v134, %v2928 : i64
            %v2931 = arith.addi %v2930, %v2929 : i64
            %v2932 = arith.muli %v2931, %size_L : i64
            %v2933 = arith.addi %v2932, %v1297 : i64
            %v2934 = llvm.getelementptr %part_Bm[%v2933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2927, %v2934 : f32, !llvm.ptr
          }
          %v2935 = arith.mulf %v1942, %v1758 : f32
          %v2936 = arith.mulf %v1740, %v2935 : f32
          scf.if %v135 {
            %v2939 = arith.muli %v134, %v2937 : i64
            %v2940 = arith.addi %v2939, %v2938 : i64
            %v2941 = arith.muli %v2940, %size_L : i64
            %v2942 = arith.addi %v2941, %v1297 : i64
            %v2943 = llvm.getelementptr %part_Bm[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2936, %v2943 : f32, !llvm.ptr
          }
          %v2944 = arith.mulf %v1942, %v1770 : f32
          %v2945 = arith.mulf %v1740, %v2944 : f32
          scf.if %v135 {
            %v2948 = arith.muli %v134, %v2946 : i64
            %v2949 = arith.addi %v2948, %v2947 : i64
            %v2950 = arith.muli %v2949, %size_L : i64
            %v2951 = arith.addi %v2950, %v1297 : i64
            %v2952 = llvm.getelementptr %part_Bm[%v2951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2945, %v2952 : f32, !llvm.ptr
          }
          %v2953 = arith.mulf %v1942, %v1782 : f32
          %v2954 = arith.mulf %v1740, %v2953 : f32
          scf.if %v135 {
            %v2957 = arith.muli %v134, %v2955 : i64
            %v2958 = arith.addi %v2957, %v2956 : i64
            %v2959 = arith.muli %v2958, %size_L : i64
            %v2960 = arith.addi %v2959, %v1297 : i64
            %v2961 = llvm.getelementptr %part_Bm[%v2960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2954, %v2961 : f32, !llvm.ptr
          }
          %v2962 = arith.mulf %v1942, %v1794 : f32
          %v2963 = arith.mulf %v1740, %v2962 : f32
          scf.if %v135 {
            %v2966 = arith.muli %v134, %v2964 : i64
            %v2967 = arith.addi %v2966, %v2965 : i64
            %v2968 = arith.muli %v2967, %size_L : i64
            %v2969 = arith.addi %v2968, %v1297 : i64
            %v2970 = llvm.getelementptr %part_Bm[%v2969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2963, %v2970 : f32, !llvm.ptr
          }
          %v2971 = arith.mulf %v1942, %v1806 : f32
          %v2972 = arith.mulf %v1740, %v2971 : f32
          scf.if %v135 {
            %v2975 = arith.muli %v134, %v2973 : i64
            %v2976 = arith.addi %v2975, %v2974 : i64
            %v2977 = arith.muli %v2976, %size_L : i64
            %v2978 = arith.addi %v2977, %v1297 : i64
            %v2979 = llvm.getelementptr %part_Bm[%v2978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2972, %v2979 : f32, !llvm.ptr
          }
          %v2980 = arith.mulf %v1942, %v1818 : f32
          %v2981 = arith.mulf %v1740, %v2980 : f32
          scf.if %v135 {
            %v2984 = arith.muli %v134, %v2982 : i64
            %v2985 = arith.addi %v2984, %v2983 : i64
            %v2986 = arith.muli %v2985, %size_L : i64
            %v2987 = arith.addi %v2986, %v1297 : i64
            %v2988 = llvm.getelementptr %part_Bm[%v2987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2981, %v2988 : f32, !llvm.ptr
          }
          %v2989 = arith.mulf %v1942, %v1830 : f32
          %v2990 = arith.mulf %v1740, %v2989 : f32
          scf.if %v135 {
            %v2993 = arith.muli %v134, %v2991 : i64
            %v2994 = arith.addi %v2993, %v2992 : i64
            %v2995 = arith.muli %v2994, %size_L : i64
            %v2996 = arith.addi %v2995, %v1297 : i64
            %v2997 = llvm.getelementptr %part_Bm[%v2996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2990, %v2997 : f32, !llvm.ptr
          }
          %v2998 = arith.mulf %v1942, %v1842 : f32
          %v2999 = arith.mulf %v1740, %v2998 : f32
          scf.if %v135 {
            %v3002 = arith.muli %v134, %v3000 : i64
            %v3003 = arith.addi %v3002, %v3001 : i64
            %v3004 = arith.muli %v3003, %size_L : i64
            %v3005 = arith.addi %v3004, %v1297 : i64
            %v3006 = llvm.getelementptr %part_Bm[%v3005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2999, %v3006 : f32, !llvm.ptr
          }
          %v3007 = arith.mulf %v1942, %v1854 : f32
          %v3008 = arith.mulf %v1740, %v3007 : f32
          scf.if %v135 {
            %v3011 = arith.muli %v134, %v3009 : i64
            %v3012 = arith.addi %v3011, %v3010 : i64
            %v3013 = arith.muli %v3012, %size_L : i64
            %v3014 = arith.addi %v3013, %v1297 : i64
            %v3015 = llvm.getelementptr %part_Bm[%v3014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3008, %v3015 : f32, !llvm.ptr
          }
          %v3016 = arith.mulf %v1942, %v1866 : f32
          %v3017 = arith.mulf %v1740, %v3016 : f32
          scf.if %v135 {
            %v3020 = arith.muli %v134, %v3018 : i64
            %v3021 = arith.addi %v3020, %v3019 : i64
            %v3022 = arith.muli %v3021, %size_L : i64
            %v3023 = arith.addi %v3022, %v1297 : i64
            %v3024 = llvm.getelementptr %part_Bm[%v3023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3017, %v3024 : f32, !llvm.ptr
          }
          %v3025 = arith.mulf %v1942, %v1878 : f32
          %v3026 = arith.mulf %v1740, %v3025 : f32
          scf.if %v135 {
            %v3029 = arith.muli %v134, %v3027 : i64
            %v3030 = arith.addi %v3029, %v3028 : i64
            %v3031 = arith.muli %v3030, %size_L : i64
            %v3032 = arith.addi %v3031, %v1297 : i64
            %v3033 = llvm.getelementptr %part_Bm[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3026, %v3033 : f32, !llvm.ptr
          }
          %v3034 = arith.mulf %v1942, %v1890 : f32
          %v3035 = arith.mulf %v1740, %v3034 : f32
          scf.if %v135 {
            %v3038 = arith.muli %v134, %v3036 : i64
            %v3039 = arith.addi %v3038, %v3037 : i64
            %v3040 = arith.muli %v3039, %size_L : i64
            %v3041 = arith.addi %v3040, %v1297 : i64
            %v3042 = llvm.getelementptr %part_Bm[%v3041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3035, %v3042 : f32, !llvm.ptr
          }
          %v3043 = arith.mulf %v1942, %v1902 : f32
          %v3044 = arith.mulf %v1740, %v3043 : f32
          scf.if %v135 {
            %v3047 = arith.muli %v134, %v3045 : i64
            %v3048 = arith.addi %v3047, %v3046 : i64
            %v3049 = arith.muli %v3048, %size_L : i64
            %v3050 = arith.addi %v3049, %v1297 : i64
            %v3051 = llvm.getelementptr %part_Bm[%v3050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3044, %v3051 : f32, !llvm.ptr
          }
          %v3052 = arith.mulf %v1942, %v1914 : f32
          %v3053 = arith.mulf %v1740, %v3052 : f32
          scf.if %v135 {
            %v3056 = arith.muli %v134, %v3054 : i64
            %v3057 = arith.addi %v3056, %v3055 : i64
            %v3058 = arith.muli %v3057, %size_L : i64
            %v3059 = arith.addi %v3058, %v1297 : i64
            %v3060 = llvm.getelementptr %part_Bm[%v3059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3053, %v3060 : f32, !llvm.ptr
          }
          %v3061 = arith.mulf %v1942, %v1926 : f32
          %v3062 = arith.mulf %v1740, %v3061 : f32
          scf.if %v135 {
            %v3065 = arith.muli %v134, %v3063 : i64
            %v3066 = arith.addi %v3065, %v3064 : i64
            %v3067 = arith.muli %v3066, %size_L : i64
            %v3068 = arith.addi %v3067, %v1297 : i64
            %v3069 = llvm.getelementptr %part_Bm[%v3068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3062, %v3069 : f32, !llvm.ptr
          }
          %v3070 = arith.mulf %v1318, %v1325 : f32
          %v3071 = arith.mulf %v2630, %v3070 : f32
          scf.if %v135 {
            %v3074 = arith.muli %v134, %v3072 : i64
            %v3075 = arith.addi %v3074, %v3073 : i64
            %v3076 = arith.muli %v3075, %size_L : i64
            %v3077 = arith.addi %v3076, %v1297 : i64
            %v3078 = llvm.getelementptr %part_Cm[%v3077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3071, %v3078 : f32, !llvm.ptr
          }
          %v3079 = arith.mulf %v1318, %v1325 : f32
          %v3080 = arith.mulf %v2642, %v3079 : f32
          scf.if %v135 {
            %v3083 = arith.muli %v134, %v3081 : i64
            %v3084 = arith.addi %v3083, %v3082 : i64
            %v3085 = arith.muli %v3084, %size_L : i64
            %v3086 = arith.addi %v3085, %v1297 : i64
            %v3087 = llvm.getelementptr %part_Cm[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3080, %v3087 : f32, !llvm.ptr
          }
          %v3088 = arith.mulf %v1318, %v1325 : f32
          %v3089 = arith.mulf %v2655, %v3088 : f32
          scf.if %v135 {
            %v3092 = arith.muli %v134, %v3090 : i64
            %v3093 = arith.addi %v3092, %v3091 : i64
            %v3094 = arith.muli %v3093, %size_L : i64
            %v3095 = arith.addi %v3094, %v1297 : i64
            %v3096 = llvm.getelementptr %part_Cm[%v3095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3089, %v3096 : f32, !llvm.ptr
          }
          %v3097 = arith.mulf %v1318, %v1325 : f32
          %v3098 = arith.mulf %v2668, %v3097 : f32
          scf.if %v135 {
            %v3101 = arith.muli %v134, %v3099 : i64
            %v3102 = arith.addi %v3101, %v3100 : i64
            %v3103 = arith.muli %v3102, %size_L : i64
            %v3104 = arith.addi %v3103, %v1297 : i64
            %v3105 = llvm.getelementptr %part_Cm[%v3104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3098, %v3105 : f32, !llvm.ptr
          }
          %v3106 = arith.mulf %v1318, %v1325 : f32
          %v3107 = arith.mulf %v2681, %v3106 : f32
          scf.if %v135 {
            %v3110 = arith.muli %v134, %v3108 : i64
            %v3111 = arith.addi %v3110, %v3109 : i64
            %v3112 = arith.muli %v3111, %size_L : i64
            %v3113 = arith.addi %v3112, %v1297 : i64
            %v3114 = llvm.getelementptr %part_Cm[%v3113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3107, %v3114 : f32, !llvm.ptr
          }
          %v3115 = arith.mulf %v1318, %v1325 : f32
          %v3116 = arith.mulf %v2694, %v3115 : f32
          scf.if %v135 {
            %v3119 = arith.muli %v134, %v3117 : i64
            %v3120 = arith.addi %v3119, %v3118 : i64
            %v3121 = arith.muli %v3120, %size_L : i64
            %v3122 = arith.addi %v3121, %v1297 : i64
            %v3123 = llvm.getelementptr %part_Cm[%v3122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3116, %v3123 : f32, !llvm.ptr
          }
          %v3124 = arith.mulf %v1318, %v1325 : f32
          %v3125 = arith.mulf %v2707, %v3124 : f32
          scf.if %v135 {
            %v3128 = arith.muli %v134, %v3126 : i64
            %v3129 = arith.addi %v3128, %v3127 : i64
            %v3130 = arith.muli %v3129, %size_L : i64
            %v3131 = arith.addi %v3130, %v1297 : i64
            %v3132 = llvm.getelementptr %part_Cm[%v3131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3125, %v3132 : f32, !llvm.ptr
          }
          %v3133 = arith.mulf %v1318, %v1325 : f32
          %v3134 = arith.mulf %v2720, %v3133 : f32
          scf.if %v135 {
            %v3137 = arith.muli %v134, %v3135 : i64
            %v3138 = arith.addi %v3137, %v3136 : i64
            %v3139 = arith.muli %v3138, %size_L : i64
            %v3140 = arith.addi %v3139, %v1297 : i64
            %v3141 = llvm.getelementptr %part_Cm[%v3140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3134, %v3141 : f32, !llvm.ptr
          }
          %v3142 = arith.mulf %v1318, %v1325 : f32
          %v3143 = arith.mulf %v2733, %v3142 : f32
          scf.if %v135 {
            %v3146 = arith.muli %v134, %v3144 : i64
            %v3147 = arith.addi %v3146, %v3145 : i64
            %v3148 = arith.muli %v3147, %size_L : i64
            %v3149 = arith.addi %v3148, %v1297 : i64
            %v3150 = llvm.getelementptr %part_Cm[%v3149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3143, %v3150 : f32, !llvm.ptr
          }
          %v3151 = arith.mulf %v1318, %v1325 : f32
          %v3152 = arith.mulf %v2746, %v3151 : f32
          scf.if %v135 {
            %v3155 = arith.muli %v134, %v3153 : i64
            %v3156 = arith.addi %v3155, %v3154 : i64
            %v3157 = arith.muli %v3156, %size_L : i64
            %v3158 = arith.addi %v3157, %v1297 : i64
            %v3159 = llvm.getelementptr %part_Cm[%v3158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3152, %v3159 : f32, !llvm.ptr
          }
          %v3160 = arith.mulf %v1318, %v1325 : f32
          %v3161 = arith.mulf %v2759, %v3160 : f32
          scf.if %v135 {
            %v3164 = arith.muli %v134, %v3162 : i64
            %v3165 = arith.addi %v3164, %v3163 : i64
            %v3166 = arith.muli %v3165, %size_L : i64
            %v3167 = arith.addi %v3166, %v1297 : i64
            %v3168 = llvm.getelementptr %part_Cm[%v3167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3161, %v3168 : f32, !llvm.ptr
          }
          %v3169 = arith.mulf %v1318, %v1325 : f32
          %v3170 = arith.mulf %v2772, %v3169 : f32
          scf.if %v135 {
            %v3173 = arith.muli %v134, %v3171 : i64
            %v3174 = arith.addi %v3173, %v3172 : i64
            %v3175 = arith.muli %v3174, %size_L : i64
            %v3176 = arith.addi %v3175, %v1297 : i64
            %v3177 = llvm.getelementptr %part_Cm[%v3176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3170, %v3177 : f32, !llvm.ptr
          }
          %v3178 = arith.mulf %v1318, %v1325 : f32
          %v3179 = arith.mulf %v2785, %v3178 : f32
          scf.if %v135 {
            %v3182 = arith.muli %v134, %v3180 : i64
            %v3183 = arith.addi %v3182, %v3181 : i64
            %v3184 = arith.muli %v3183, %size_L : i64
            %v3185 = arith.addi %v3184, %v1297 : i64
            %v3186 = llvm.getelementptr %part_Cm[%v3185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3179, %v3186 : f32, !llvm.ptr
          }
          %v3187 = arith.mulf %v1318, %v1325 : f32
          %v3188 = arith.mulf %v2798, %v3187 : f32
          scf.if %v135 {
            %v3191 = arith.muli %v134, %v3189 : i64
            %v3192 = arith.addi %v3191, %v3190 : i64
            %v3193 = arith.muli %v3192, %size_L : i64
            %v3194 = arith.addi %v3193, %v1297 : i64
            %v3195 = llvm.getelementptr %part_Cm[%v3194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3188, %v3195 : f32, !llvm.ptr
          }
          %v3196 = arith.mulf %v1318, %v1325 : f32
          %v3197 = arith.mulf %v2811, %v3196 : f32
          scf.if %v135 {
            %v3200 = arith.muli %v134, %v3198 : i64
            %v3201 = arith.addi %v3200, %v3199 : i64
            %v3202 = arith.muli %v3201, %size_L : i64
            %v3203 = arith.addi %v3202, %v1297 : i64
            %v3204 = llvm.getelementptr %part_Cm[%v3203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3197, %v3204 : f32, !llvm.ptr
          }
          %v3205 = arith.mulf %v1318, %v1325 : f32
          %v3206 = arith.mulf %v2824, %v3205 : f32
          scf.if %v135 {
            %v3209 = arith.muli %v134, %v3207 : i64
            %v3210 = arith.addi %v3209, %v3208 : i64
            %v3211 = arith.muli %v3210, %size_L : i64
            %v3212 = arith.addi %v3211, %v1297 : i64
            %v3213 = llvm.getelementptr %part_Cm[%v3212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3206, %v3213 : f32, !llvm.ptr
          }
          %v3214 = arith.mulf %v1318, %v1325 : f32
          %v3215 = arith.mulf %v1942, %v3214 : f32
          %v3216 = llvm.load %v108 : !llvm.ptr -> f32
          %v3217 = arith.addf %v3216, %v3215 : f32
          llvm.store %v3217, %v108 : f32, !llvm.ptr
          %v3218 = arith.mulf %v1942, %v1747 : f32
          %v3219 = arith.mulf %v1745, %v3218 : f32
          %v3220 = arith.mulf %v1942, %v1758 : f32
          %v3221 = arith.mulf %v1756, %v3220 : f32
          %v3222 = arith.addf %v3219, %v3221 : f32
          %v3223 = arith.mulf %v1942, %v1770 : f32
          %v3224 = arith.mulf %v1768, %v3223 : f32
          %v3225 = arith.addf %v3222, %v3224 : f32
          %v3226 = arith.mulf %v1942, %v1782 : f32
          %v3227 = arith.mulf %v1780, %v3226 : f32
          %v3228 = arith.addf %v3225, %v3227 : f32
          %v3229 = arith.mulf %v1942, %v1794 : f32
          %v3230 = arith.mulf %v1792, %v3229 : f32
          %v3231 = arith.addf %v3228, %v3230 : f32
          %v3232 = arith.mulf %v1942, %v1806 : f32
          %v3233 = arith.mulf %v1804, %v3232 : f32
          %v3234 = arith.addf %v3231, %v3233 : f32
          %v3235 = arith.mulf %v1942, %v1818 : f32
          %v3236 = arith.mulf %v1816, %v3235 : f32
          %v3237 = arith.addf %v3234, %v3236 : f32
          %v3238 = arith.mulf %v1942, %v1830 : f32
          %v3239 = arith.mulf %v1828, %v3238 : f32
          %v3240 = arith.addf %v3237, %v3239 : f32
          %v3241 = arith.mulf %v1942, %v1842 : f32
          %v3242 = arith.mulf %v1840, %v3241 : f32
          %v3243 = arith.addf %v3240, %v3242 : f32
          %v3244 = arith.mulf %v1942, %v1854 : f32
          %v3245 = arith.mulf %v1852, %v3244 : f32
          %v3246 = arith.addf %v3243, %v3245 : f32
          %v3247 = arith.mulf %v1942, %v1866 : f32
          %v3248 = arith.mulf %v1864, %v3247 : f32
          %v3249 = arith.addf %v3246, %v3248 : f32
          %v3250 = arith.mulf %v1942, %v1878 : f32
          %v3251 = arith.mulf %v1876, %v3250 : f32
          %v3252 = arith.addf %v3249, %v3251 : f32
          %v3253 = arith.mulf %v1942, %v1890 : f32
          %v3254 = arith.mulf %v1888, %v3253 : f32
          %v3255 = arith.addf %v3252, %v3254 : f32
          %v3256 = arith.mulf %v1942, %v1902 : f32
          %v3257 = arith.mulf %v1900, %v3256 : f32
          %v3258 = arith.addf %v3255, %v3257 : f32
          %v3259 = arith.mulf %v1942, %v1914 : f32
          %v3260 = arith.mulf %v1912, %v3259 : f32
          %v3261 = arith.addf %v3258, %v3260 : f32
          %v3262 = arith.mulf %v1942, %v1926 : f32
          %v3263 = arith.mulf %v1924, %v3262 : f32
          %v3264 = arith.addf %v3261, %v3263 : f32
          %v3265 = arith.mulf %v2018, %v1747 : f32
          %v3266 = arith.mulf %v1995, %v3265 : f32
          %v3267 = arith.mulf %v1992, %v3266 : f32
          %v3268 = arith.mulf %v2056, %v1758 : f32
          %v3269 = arith.mulf %v2030, %v3268 : f32
          %v3270 = arith.mulf %v2027, %v3269 : f32
          %v3271 = arith.addf %v3267, %v3270 : f32
          %v3272 = arith.mulf %v2095, %v1770 : f32
          %v3273 = arith.mulf %v2069, %v3272 : f32
          %v3274 = arith.mulf %v2066, %v3273 : f32
          %v3275 = arith.addf %v3271, %v3274 : f32
          %v3276 = arith.mulf %v2134, %v1782 : f32
          %v3277 = arith.mulf %v2108, %v3276 : f32
          %v3278 = arith.mulf %v2105, %v3277 : f32
          %v3279 = arith.addf %v3275, %v3278 : f32
          %v3280 = arith.mulf %v2173, %v1794 : f32
          %v3281 = arith.mulf %v2147, %v3280 : f32
          %v3282 = arith.mulf %v2144, %v3281 : f32
          %v3283 = arith.addf %v3279, %v3282 : f32
          %v3284 = arith.mulf %v2212, %v1806 : f32
          %v3285 = arith.mulf %v2186, %v3284 : f32
          %v3286 = arith.mulf %v2183, %v3285 : f32
          %v3287 = arith.addf %v3283, %v3286 : f32
          %v3288 = arith.mulf %v2251, %v1818 : f32
          %v3289 = arith.mulf %v2225, %v3288 : f32
          %v3290 = arith.mulf %v2222, %v3289 : f32
          %v3291 = arith.addf %v3287, %v3290 : f32
          %v3292 = arith.mulf %v2290, %v1830 : f32
          %v3293 = arith.mulf %v2264, %v3292 : f32
          %v3294 = arith.mulf %v2261, %v3293 : f32
          %v3295 = arith.addf %v3291, %v3294 : f32
          %v3296 = arith.mulf %v2329, %v1842 : f32
          %v3297 = arith.mulf %v2303, %v3296 : f32
          %v3298 = arith.mulf %v2300, %v3297 : f32
          %v3299 = arith.addf %v3295, %v3298 : f32
          %v3300 = arith.mulf %v2368, %v1854 : f32
          %v3301 = arith.mulf %v2342, %v3300 : f32
          %v3302 = arith.mulf %v2339, %v3301 : f32
          %v3303 = arith.addf %v3299, %v3302 : f32
          %v3304 = arith.mulf %v2407, %v1866 : f32
          %v3305 = arith.mulf %v2381, %v3304 : f32
          %v3306 = arith.mulf %v2378, %v3305 : f32
          %v3307 = arith.addf %v3303, %v3306 : f32
          %v3308 = arith.mulf %v2446, %v1878 : f32
          %v3309 = arith.mulf %v2420, %v3308 : f32
          %v3310 = arith.mulf %v2417, %v3309 : f32
          %v3311 = arith.addf %v3307, %v3310 : f32
          %v3312 = arith.mulf %v2485, %v1890 : f32
          %v3313 = arith.mulf %v2459, %v3312 : f32
          %v3314 = arith.mulf %v2456, %v3313 : f32
          %v3315 = arith.addf %v3311, %v3314 : f32
          %v3316 = arith.mulf %v2524, %v1902 : f32
          %v3317 = arith.mulf %v2498, %v3316 : f32
          %v3318 = arith.mulf %v2495, %v3317 : f32
          %v3319 = arith.addf %v3315, %v3318 : f32
          %v3320 = arith.mulf %v2563, %v1914 : f32
          %v3321 = arith.mulf %v2537, %v3320 : f32
          %v3322 = arith.mulf %v2534, %v3321 : f32
          %v3323 = arith.addf %v3319, %v3322 : f32
          %v3324 = arith.mulf %v2602, %v1926 : f32
          %v3325 = arith.mulf %v2576, %v3324 : f32
          %v3326 = arith.mulf %v2573, %v3325 : f32
          %v3327 = arith.addf %v3323, %v3326 : f32
          %v3328 = arith.addf %v3264, %v3327 : f32
          %v3329 = arith.mulf %v3328, %v2612 : f32
          %v3330 = llvm.load %v110 : !llvm.ptr -> f32
          %v3331 = arith.addf %v3330, %v3329 : f32
          llvm.store %v3331, %v110 : f32, !llvm.ptr
          llvm.store %v1995, %v74 : f32, !llvm.ptr
          llvm.store %v2030, %v75 : f32, !llvm.ptr
          llvm.store %v2069, %v76 : f32, !llvm.ptr
          llvm.store %v2108, %v77 : f32, !llvm.ptr
          llvm.store %v2147, %v78 : f32, !llvm.ptr
          llvm.store %v2186, %v79 : f32, !llvm.ptr
          llvm.store %v2225, %v80 : f32, !llvm.ptr
          llvm.store %v2264, %v81 : f32, !llvm.ptr
          llvm.store %v2303, %v82 : f32, !llvm.ptr
          llvm.store %v2342, %v83 : f32, !llvm.ptr
          llvm.store %v2381, %v84 : f32, !llvm.ptr
          llvm.store %v2420, %v85 : f32, !llvm.ptr
          llvm.store %v2459, %v86 : f32, !llvm.ptr
          llvm.store %v2498, %v87 : f32, !llvm.ptr
          llvm.store %v2537, %v88 : f32, !llvm.ptr
          llvm.store %v2576, %v89 : f32, !llvm.ptr
        }
      }
      %v3332 = llvm.load %v57 : !llvm.ptr -> f32
      %v3333 = llvm.load %v74 : !llvm.ptr -> f32
      %v3334 = arith.mulf %v3333, %v3332 : f32
      %v3335 = llvm.load %v112 : !llvm.ptr -> f32
      %v3336 = arith.addf %v3335, %v3334 : f32
      llvm.store %v3336, %v112 : f32, !llvm.ptr
      %v3337 = llvm.load %v58 : !llvm.ptr -> f32
      %v3338 = llvm.load %v75 : !llvm.ptr -> f32
      %v3339 = arith.mulf %v3338, %v3337 : f32
      %v3340 = llvm.load %v113 : !llvm.ptr -> f32
      %v3341 = arith.addf %v3340, %v3339 : f32
      llvm.store %v3341, %v113 : f32, !llvm.ptr
      %v3342 = llvm.load %v59 : !llvm.ptr -> f32
      %v3343 = llvm.load %v76 : !llvm.ptr -> f32
      %v3344 = arith.mulf %v3343, %v3342 : f32
      %v3345 = llvm.load %v114 : !llvm.ptr -> f32
      %v3346 = arith.addf %v3345, %v3344 : f32
      llvm.store %v3346, %v114 : f32, !llvm.ptr
      %v3347 = llvm.load %v60 : !llvm.ptr -> f32
      %v3348 = llvm.load %v77 : !llvm.ptr -> f32
      %v3349 = arith.mulf %v3348, %v3347 : f32
      %v3350 = llvm.load %v115 : !llvm.ptr -> f32
      %v3351 = arith.addf %v3350, %v3349 : f32
      llvm.store %v3351, %v115 : f32, !llvm.ptr
      %v3352 = llvm.load %v61 : !llvm.ptr -> f32
      %v3353 = llvm.load %v78 : !llvm.ptr -> f32
      %v3354 = arith.mulf %v3353, %v3352 : f32
      %v3355 = llvm.load %v116 : !llvm.ptr -> f32
      %v3356 = arith.addf %v3355, %v3354 : f32
      llvm.store %v3356, %v116 : f32, !llvm.ptr
      %v3357 = llvm.load %v62 : !llvm.ptr -> f32
      %v3358 = llvm.load %v79 : !llvm.ptr -> f32
      %v3359 = arith.mulf %v3358, %v3357 : f32
      %v3360 = llvm.load %v117 : !llvm.ptr -> f32
      %v3361 = arith.addf %v3360, %v3359 : f32
      llvm.store %v3361, %v117 : f32, !llvm.ptr
      %v3362 = llvm.load %v63 : !llvm.ptr -> f32
      %v3363 = llvm.load %v80 : !llvm.ptr -> f32
      %v3364 = arith.mulf %v3363, %v3362 : f32
      %v3365 = llvm.load %v118 : !llvm.ptr -> f32
      %v3366 = arith.addf %v3365, %v3364 : f32
      llvm.store %v3366, %v118 : f32, !llvm.ptr
      %v3367 = llvm.load %v64 : !llvm.ptr -> f32
      %v3368 = llvm.load %v81 : !llvm.ptr -> f32
      %v3369 = arith.mulf %v3368, %v3367 : f32
      %v3370 = llvm.load %v119 : !llvm.ptr -> f32
      %v3371 = arith.addf %v3370, %v3369 : f32
      llvm.store %v3371, %v119 : f32, !llvm.ptr
      %v3372 = llvm.load %v65 : !llvm.ptr -> f32
      %v3373 = llvm.load %v82 : !llvm.ptr -> f32
      %v3374 = arith.mulf %v3373, %v3372 : f32
      %v3375 = llvm.load %v120 : !llvm.ptr -> f32
      %v3376 = arith.addf %v3375, %v3374 : f32
      llvm.store %v3376, %v120 : f32, !llvm.ptr
      %v3377 = llvm.load %v66 : !llvm.ptr -> f32
      %v3378 = llvm.load %v83 : !llvm.ptr -> f32
      %v3379 = arith.mulf %v3378, %v3377 : f32
      %v3380 = llvm.load %v121 : !llvm.ptr -> f32
      %v3381 = arith.addf %v3380, %v3379 : f32
      llvm.store %v3381, %v121 : f32, !llvm.ptr
      %v3382 = llvm.load %v67 : !llvm.ptr -> f32
      %v3383 = llvm.load %v84 : !llvm.ptr -> f32
      %v3384 = arith.mulf %v3383, %v3382 : f32
      %v3385 = llvm.load %v122 : !llvm.ptr -> f32
      %v3386 = arith.addf %v3385, %v3384 : f32
      llvm.store %v3386, %v122 : f32, !llvm.ptr
      %v3387 = llvm.load %v68 : !llvm.ptr -> f32
      %v3388 = llvm.load %v85 : !llvm.ptr -> f32
      %v3389 = arith.mulf %v3388, %v3387 : f32
      %v3390 = llvm.load %v123 : !llvm.ptr -> f32
      %v3391 = arith.addf %v3390, %v3389 : f32
      llvm.store %v3391, %v123 : f32, !llvm.ptr
      %v3392 = llvm.load %v69 : !llvm.ptr -> f32
      %v3393 = llvm.load %v86 : !llvm.ptr -> f32
      %v3394 = arith.mulf %v3393, %v3392 : f32
      %v3395 = llvm.load %v124 : !llvm.ptr -> f32
      %v3396 = arith.addf %v3395, %v3394 : f32
      llvm.store %v3396, %v124 : f32, !llvm.ptr
      %v3397 = llvm.load %v70 : !llvm.ptr -> f32
      %v3398 = llvm.load %v87 : !llvm.ptr -> f32
      %v3399 = arith.mulf %v3398, %v3397 : f32
      %v3400 = llvm.load %v125 : !llvm.ptr -> f32
      %v3401 = arith.addf %v3400, %v3399 : f32
      llvm.store %v3401, %v125 : f32, !llvm.ptr
      %v3402 = llvm.load %v71 : !llvm.ptr -> f32
      %v3403 = llvm.load %v88 : !llvm.ptr -> f32
      %v3404 = arith.mulf %v3403, %v3402 : f32
      %v3405 = llvm.load %v126 : !llvm.ptr -> f32
      %v3406 = arith.addf %v3405, %v3404 : f32
      llvm.store %v3406, %v126 : f32, !llvm.ptr
      %v3407 = llvm.load %v72 : !llvm.ptr -> f32
      %v3408 = llvm.load %v89 : !llvm.ptr -> f32
      %v3409 = arith.mulf %v3408, %v3407 : f32
      %v3410 = llvm.load %v127 : !llvm.ptr -> f32
      %v3411 = arith.addf %v3410, %v3409 : f32
      llvm.store %v3411, %v127 : f32, !llvm.ptr
      scf.if %v135 {
        %v3412 = llvm.load %v91 : !llvm.ptr -> f32
        %v3415 = arith.muli %v134, %v3413 : i64
        %v3416 = arith.addi %v3415, %v3414 : i64
        %v3417 = llvm.getelementptr %part_A[%v3416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3412, %v3417 : f32, !llvm.ptr
        %v3418 = llvm.load %v92 : !llvm.ptr -> f32
        %v3421 = arith.muli %v134, %v3419 : i64
        %v3422 = arith.addi %v3421, %v3420 : i64
        %v3423 = llvm.getelementptr %part_A[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3418, %v3423 : f32, !llvm.ptr
        %v3424 = llvm.load %v93 : !llvm.ptr -> f32
        %v3427 = arith.muli %v134, %v3425 : i64
        %v3428 = arith.addi %v3427, %v3426 : i64
        %v3429 = llvm.getelementptr %part_A[%v3428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3424, %v3429 : f32, !llvm.ptr
        %v3430 = llvm.load %v94 : !llvm.ptr -> f32
        %v3433 = arith.muli %v134, %v3431 : i64
        %v3434 = arith.addi %v3433, %v3432 : i64
        %v3435 = llvm.getelementptr %part_A[%v3434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3430, %v3435 : f32, !llvm.ptr
        %v3436 = llvm.load %v95 : !llvm.ptr -> f32
        %v3439 = arith.muli %v134, %v3437 : i64
        %v3440 = arith.addi %v3439, %v3438 : i64
        %v3441 = llvm.getelementptr %part_A[%v3440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3436, %v3441 : f32, !llvm.ptr
        %v3442 = llvm.load %v96 : !llvm.ptr -> f32
        %v3445 = arith.muli %v134, %v3443 : i64
        %v3446 = arith.addi %v3445, %v3444 : i64
        %v3447 = llvm.getelementptr %part_A[%v3446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3442, %v3447 : f32, !llvm.ptr
        %v3448 = llvm.load %v97 : !llvm.ptr -> f32
        %v3451 = arith.muli %v134, %v3449 : i64
        %v3452 = arith.addi %v3451, %v3450 : i64
        %v3453 = llvm.getelementptr %part_A[%v3452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3448, %v3453 : f32, !llvm.ptr
        %v3454 = llvm.load %v98 : !llvm.ptr -> f32
        %v3457 = arith.muli %v134, %v3455 : i64
        %v3458 = arith.addi %v3457, %v3456 : i64
        %v3459 = llvm.getelementptr %part_A[%v3458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3454, %v3459 : f32, !llvm.ptr
        %v3460 = llvm.load %v99 : !llvm.ptr -> f32
        %v3463 = arith.muli %v134, %v3461 : i64
        %v3464 = arith.addi %v3463, %v3462 : i64
        %v3465 = llvm.getelementptr %part_A[%v3464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3460, %v3465 : f32, !llvm.ptr
        %v3466 = llvm.load %v100 : !llvm.ptr -> f32
        %v3469 = arith.muli %v134, %v3467 : i64
        %v3470 = arith.addi %v3469, %v3468 : i64
        %v3471 = llvm.getelementptr %part_A[%v3470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3466, %v3471 : f32, !llvm.ptr
        %v3472 = llvm.load %v101 : !llvm.ptr -> f32
        %v3475 = arith.muli %v134, %v3473 : i64
        %v3476 = arith.addi %v3475, %v3474 : i64
        %v3477 = llvm.getelementptr %part_A[%v3476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3472, %v3477 : f32, !llvm.ptr
        %v3478 = llvm.load %v102 : !llvm.ptr -> f32
        %v3481 = arith.muli %v134, %v3479 : i64
        %v3482 = arith.addi %v3481, %v3480 : i64
        %v3483 = llvm.getelementptr %part_A[%v3482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3478, %v3483 : f32, !llvm.ptr
        %v3484 = llvm.load %v103 : !llvm.ptr -> f32
        %v3487 = arith.muli %v134, %v3485 : i64
        %v3488 = arith.addi %v3487, %v3486 : i64
        %v3489 = llvm.getelementptr %part_A[%v3488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3484, %v3489 : f32, !llvm.ptr
        %v3490 = llvm.load %v104 : !llvm.ptr -> f32
        %v3493 = arith.muli %v134, %v3491 : i64
        %v3494 = arith.addi %v3493, %v3492 : i64
        %v3495 = llvm.getelementptr %part_A[%v3494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3490, %v3495 : f32, !llvm.ptr
        %v3496 = llvm.load %v105 : !llvm.ptr -> f32
        %v3499 = arith.muli %v134, %v3497 : i64
        %v3500 = arith.addi %v3499, %v3498 : i64
        %v3501 = llvm.getelementptr %part_A[%v3500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3496, %v3501 : f32, !llvm.ptr
        %v3502 = llvm.load %v106 : !llvm.ptr -> f32
        %v3505 = arith.muli %v134, %v3503 : i64
        %v3506 = arith.addi %v3505, %v3504 : i64
        %v3507 = llvm.getelementptr %part_A[%v3506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3502, %v3507 : f32, !llvm.ptr
        %v3508 = llvm.load %v108 : !llvm.ptr -> f32
        %v3511 = arith.muli %v134, %v3509 : i64
        %v3512 = arith.addi %v3511, %v3510 : i64
        %v3513 = llvm.getelementptr %part_Dskip[%v3512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3508, %v3513 : f32, !llvm.ptr
        %v3514 = llvm.load %v110 : !llvm.ptr -> f32
        %v3517 = arith.muli %v134, %v3515 : i64
        %v3518 = arith.addi %v3517, %v3516 : i64
        %v3519 = llvm.getelementptr %part_dt_bias[%v3518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3514, %v3519 : f32, !llvm.ptr
        %v3520 = llvm.load %v112 : !llvm.ptr -> f32
        %v3521 = arith.muli %v141, %v155 : i64
        %v3522 = arith.muli %v139, %v154 : i64
        %v3523 = arith.addi %v3521, %v3522 : i64
        %v3524 = llvm.getelementptr %dx_h0[%v3523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3520, %v3524 : f32, !llvm.ptr
        %v3525 = llvm.load %v113 : !llvm.ptr -> f32
        %v3526 = arith.muli %v141, %v155 : i64
        %v3527 = arith.muli %v139, %v154 : i64
        %v3528 = arith.addi %v3526, %v3527 : i64
        %v3529 = arith.constant 1 : i64
        %v3530 = arith.muli %v3529, %v153 : i64
        %v3531 = arith.addi %v3528, %v3530 : i64
        %v3532 = llvm.getelementptr %dx_h0[%v3531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3525, %v3532 : f32, !llvm.ptr
        %v3533 = llvm.load %v114 : !llvm.ptr -> f32
        %v3534 = arith.muli %v141, %v155 : i64
        %v3535 = arith.muli %v139, %v154 : i64
        %v3536 = arith.addi %v3534, %v3535 : i64
        %v3537 = arith.constant 2 : i64
        %v3538 = arith.muli %v3537, %v153 : i64
        %v3539 = arith.addi %v3536, %v3538 : i64
        %v3540 = llvm.getelementptr %dx_h0[%v3539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3533, %v3540 : f32, !llvm.ptr
        %v3541 = llvm.load %v115 : !llvm.ptr -> f32
        %v3542 = arith.muli %v141, %v155 : i64
        %v3543 = arith.muli %v139, %v154 : i64
        %v3544 = arith.addi %v3542, %v3543 : i64
        %v3545 = arith.constant 3 : i64
        %v3546 = arith.muli %v3545, %v153 : i64
        %v3547 = arith.addi %v3544, %v3546 : i64
        %v3548 = llvm.getelementptr %dx_h0[%v3547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3541, %v3548 : f32, !llvm.ptr
        %v3549 = llvm.load %v116 : !llvm.ptr -> f32
        %v3550 = arith.muli %v141, %v155 : i64
        %v3551 = arith.muli %v139, %v154 : i64
        %v3552 = arith.addi %v3550, %v3551 : i64
        %v3553 = arith.constant 4 : i64
        %v3554 = arith.muli %v3553, %v153 : i64
        %v3555 = arith.addi %v3552, %v3554 : i64
        %v3556 = llvm.getelementptr %dx_h0[%v3555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3549, %v3556 : f32, !llvm.ptr
        %v3557 = llvm.load %v117 : !llvm.ptr -> f32
        %v3558 = arith.muli %v141, %v155 : i64
        %v3559 = arith.muli %v139, %v154 : i64
        %v3560 = arith.addi %v3558, %v3559 : i64
        %v3561 = arith.constant 5 : i64
        %v3562 = arith.muli %v3561, %v153 : i64
        %v3563 = arith.addi %v3560, %v3562 : i64
        %v3564 = llvm.getelementptr %dx_h0[%v3563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3557, %v3564 : f32, !llvm.ptr
        %v3565 = llvm.load %v118 : !llvm.ptr -> f32
        %v3566 = arith.muli %v141, %v155 : i64
        %v3567 = arith.muli %v139, %v154 : i64
        %v3568 = arith.addi %v3566, %v3567 : i64
        %v3569 = arith.constant 6 : i64
        %v3570 = arith.muli %v3569, %v153 : i64
        %v3571 = arith.addi %v3568, %v3570 : i64
        %v3572 = llvm.getelementptr %dx_h0[%v3571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3565, %v3572 : f32, !llvm.ptr
        %v3573 = llvm.load %v119 : !llvm.ptr -> f32
        %v3574 = arith.muli %v141, %v155 : i64
        %v3575 = arith.muli %v139, %v154 : i64
        %v3576 = arith.addi %v3574, %v3575 : i64
        %v3577 = arith.constant 7 : i64
        %v3578 = arith.muli %v3577, %v153 : i64
        %v3579 = arith.addi %v3576, %v3578 : i64
        %v3580 = llvm.getelementptr %dx_h0[%v3579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3573, %v3580 : f32, !llvm.ptr
        %v3581 = llvm.load %v120 : !llvm.ptr -> f32
        %v3582 = arith.muli %v141, %v155 : i64
        %v3583 = arith.muli %v139, %v154 : i64
        %v3584 = arith.addi %v3582, %v3583 : i64
        %v3585 = arith.constant 8 : i64
        %v3586 = arith.muli %v3585, %v153 : i64
        %v3587 = arith.addi %v3584, %v3586 : i64
        %v3588 = llvm.getelementptr %dx_h0[%v3587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3581, %v3588 : f32, !llvm.ptr
        %v3589 = llvm.load %v121 : !llvm.ptr -> f32
        %v3590 = arith.muli %v141, %v155 : i64
        %v3591 = arith.muli %v139, %v154 : i64
        %v3592 = arith.addi %v3590, %v3591 : i64
        %v3593 = arith.constant 9 : i64
        %v3594 = arith.muli %v3593, %v153 : i64
        %v3595 = arith.addi %v3592, %v3594 : i64
        %v3596 = llvm.getelementptr %dx_h0[%v3595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3589, %v3596 : f32, !llvm.ptr
        %v3597 = llvm.load %v122 : !llvm.ptr -> f32
        %v3598 = arith.muli %v141, %v155 : i64
        %v3599 = arith.muli %v139, %v154 : i64
        %v3600 = arith.addi %v3598, %v3599 : i64
        %v3601 = arith.constant 10 : i64
        %v3602 = arith.muli %v3601, %v153 : i64
        %v3603 = arith.addi %v3600, %v3602 : i64
        %v3604 = llvm.getelementptr %dx_h0[%v3603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3597, %v3604 : f32, !llvm.ptr
        %v3605 = llvm.load %v123 : !llvm.ptr -> f32
        %v3606 = arith.muli %v141, %v155 : i64
        %v3607 = arith.muli %v139, %v154 : i64
        %v3608 = arith.addi %v3606, %v3607 : i64
        %v3609 = arith.constant 11 : i64
        %v3610 = arith.muli %v3609, %v153 : i64
        %v3611 = arith.addi %v3608, %v3610 : i64
        %v3612 = llvm.getelementptr %dx_h0[%v3611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3605, %v3612 : f32, !llvm.ptr
        %v3613 = llvm.load %v124 : !llvm.ptr -> f32
        %v3614 = arith.muli %v141, %v155 : i64
        %v3615 = arith.muli %v139, %v154 : i64
        %v3616 = arith.addi %v3614, %v3615 : i64
        %v3617 = arith.constant 12 : i64
        %v3618 = arith.muli %v3617, %v153 : i64
        %v3619 = arith.addi %v3616, %v3618 : i64
        %v3620 = llvm.getelementptr %dx_h0[%v3619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3613, %v3620 : f32, !llvm.ptr
        %v3621 = llvm.load %v125 : !llvm.ptr -> f32
        %v3622 = arith.muli %v141, %v155 : i64
        %v3623 = arith.muli %v139, %v154 : i64
        %v3624 = arith.addi %v3622, %v3623 : i64
        %v3625 = arith.constant 13 : i64
        %v3626 = arith.muli %v3625, %v153 : i64
        %v3627 = arith.addi %v3624, %v3626 : i64
        %v3628 = llvm.getelementptr %dx_h0[%v3627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3621, %v3628 : f32, !llvm.ptr
        %v3629 = llvm.load %v126 : !llvm.ptr -> f32
        %v3630 = arith.muli %v141, %v155 : i64
        %v3631 = arith.muli %v139, %v154 : i64
        %v3632 = arith.addi %v3630, %v3631 : i64
        %v3633 = arith.constant 14 : i64
        %v3634 = arith.muli %v3633, %v153 : i64
        %v3635 = arith.addi %v3632, %v3634 : i64
        %v3636 = llvm.getelementptr %dx_h0[%v3635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3629, %v3636 : f32, !llvm.ptr
        %v3637 = llvm.load %v127 : !llvm.ptr -> f32
        %v3638 = arith.muli %v141, %v155 : i64
        %v3639 = arith.muli %v139, %v154 : i64
        %v3640 = arith.addi %v3638, %v3639 : i64
        %v3641 = arith.constant 15 : i64
        %v3642 = arith.muli %v3641, %v153 : i64
        %v3643 = arith.addi %v3640, %v3642 : i64
        %v3644 = llvm.getelementptr %dx_h0[%v3643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3637, %v3644 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
