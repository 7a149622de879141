module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = arith.constant 32 : i64
      %v22 = arith.constant 8 : i64
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.mlir.addressof @tile_selective_scan_bwd_Bm : !llvm.ptr<3>
      %v48 = llvm.addrspacecast %v47 : !llvm.ptr<3> to !llvm.ptr
      %v49 = llvm.mlir.addressof @tile_selective_scan_bwd_Cm : !llvm.ptr<3>
      %v50 = llvm.addrspacecast %v49 : !llvm.ptr<3> to !llvm.ptr
      %v51 = arith.constant 0x00000000 : f32
      %v52 = arith.constant 0x3F800000 : f32
      %v53 = arith.constant 0 : i64
      %v55 = arith.muli %v2, %v1 : i64
      %v56 = arith.muli %v55, %size_D : i64
      %v99 = arith.constant 64 : i64
      %v100 = arith.constant 7 : i64
      %v152 = arith.muli %v2, %size_B : i64
      %v153 = arith.muli %v152, %size_D : i64
      %v154 = arith.muli %v153, %v1 : i64
      %v164 = arith.muli %v2, %size_B : i64
      %v165 = arith.muli %v164, %size_D : i64
      %v166 = arith.muli %v165, %v1 : i64
      %v205 = arith.muli %v2, %size_L : i64
      %v206 = arith.muli %v205, %size_D : i64
      %v221 = arith.constant 0x3FB8AA3B : f32
      %v226 = arith.constant 0x3F317218 : f32
      %v228 = arith.constant 0x3E124925 : f32
      %v230 = arith.constant 0xBE2AAAAB : f32
      %v233 = arith.constant 0x3E4CCCCD : f32
      %v236 = arith.constant 0xBE800000 : f32
      %v239 = arith.constant 0x3EAAAAAB : f32
      %v242 = arith.constant 0xBF000000 : f32
      %v248 = arith.constant 0x3D800000 : f32
      %v267 = arith.constant 32 : i32
      %v275 = arith.muli %v2, %v1 : i64
      %v284 = arith.muli %v2, %size_L : i64
      %v285 = arith.muli %v284, %v1 : i64
      %v320 = arith.constant 3 : i64
      %v321 = arith.constant 4 : i64
      %v529 = arith.constant 2 : i64
      %v671 = arith.constant 5 : i64
      %v719 = arith.constant 6 : i64
      %v909 = arith.constant 1 : i32
      %v913 = arith.constant 2 : i32
      %v917 = arith.constant 4 : i32
      %v1017 = arith.constant 8 : i32
      %v1021 = arith.constant 16 : i32
      %v2987 = arith.muli %v2, %size_B : i64
      %v2988 = arith.muli %v2987, %v1 : i64
      %v2989 = arith.muli %v2988, %size_L : i64
      %v2990 = arith.constant 512 : i64
      %v2991 = arith.constant 256 : i64
      %v3029 = arith.constant 96 : i64
      %v3036 = arith.constant 128 : i64
      %v3043 = arith.constant 160 : i64
      %v3050 = arith.constant 192 : i64
      %v3057 = arith.constant 224 : i64
      %v3074 = arith.muli %v2, %size_B : i64
      %v3075 = arith.muli %v3074, %v1 : i64
      %v3076 = arith.muli %v3075, %size_L : i64
      %v11 = gpu.block_id x
      %v12 = gpu.thread_id x
      %v13 = arith.index_cast %v12 : index to i64
      %v14 = arith.index_cast %v11 : index to i64
      %v16 = arith.subi %v15, %v2 : i64
      %v17 = arith.addi %size_D, %v16 : i64
      %v18 = arith.divui %v17, %v15 : i64
      %v19 = arith.maxsi %v18, %v2 : i64
      %v20 = arith.divui %v14, %v19 : i64
      %v21 = arith.remui %v14, %v19 : i64
      %v23 = arith.remui %v13, %v22 : i64
      %v24 = arith.divui %v13, %v22 : i64
      %v25 = arith.muli %v21, %v15 : i64
      %v26 = arith.addi %v25, %v24 : i64
      %v27 = arith.cmpi slt, %v26, %size_D : i64
      %v28 = arith.muli %v20, %size_D : i64
      %v29 = arith.addi %v28, %v26 : i64
      %v30 = arith.subi %size_D, %v2 : i64
      %v31 = arith.minsi %v26, %v30 : i64
      %v32 = arith.addi %v28, %v31 : i64
      %v33 = arith.remui %v32, %size_D : i64
      %v34 = arith.divui %v32, %size_D : i64
      %v35 = arith.remui %v34, %size_B : i64
      %v36 = arith.divui %v34, %size_B : i64
      %v104 = arith.trunci %v13 : i64 to i32
      %v105 = arith.constant 24 : i32
      %v106 = arith.andi %v104, %v105 : i32
      %v107 = arith.constant 0 : i32
      %v108 = arith.ori %v106, %v107 : i32
      %v109 = arith.constant 0 : i64
      %v110 = arith.cmpi eq, %v23, %v109 : i64
      %v111 = arith.constant 1 : i32
      %v112 = arith.ori %v106, %v111 : i32
      %v113 = arith.constant 1 : i64
      %v114 = arith.cmpi eq, %v23, %v113 : i64
      %v115 = arith.constant 2 : i32
      %v116 = arith.ori %v106, %v115 : i32
      %v117 = arith.constant 2 : i64
      %v118 = arith.cmpi eq, %v23, %v117 : i64
      %v119 = arith.constant 3 : i32
      %v120 = arith.ori %v106, %v119 : i32
      %v121 = arith.constant 3 : i64
      %v122 = arith.cmpi eq, %v23, %v121 : i64
      %v123 = arith.constant 4 : i32
      %v124 = arith.ori %v106, %v123 : i32
      %v125 = arith.constant 4 : i64
      %v126 = arith.cmpi eq, %v23, %v125 : i64
      %v127 = arith.constant 5 : i32
      %v128 = arith.ori %v106, %v127 : i32
      %v129 = arith.constant 5 : i64
      %v130 = arith.cmpi eq, %v23, %v129 : i64
      %v131 = arith.constant 6 : i32
      %v132 = arith.ori %v106, %v131 : i32
      %v133 = arith.constant 6 : i64
      %v134 = arith.cmpi eq, %v23, %v133 : i64
      %v135 = arith.constant 7 : i32
      %v136 = arith.ori %v106, %v135 : i32
      %v137 = arith.constant 7 : i64
      %v138 = arith.cmpi eq, %v23, %v137 : i64
      llvm.store %v51, %v37 : f32, !llvm.ptr
      llvm.store %v51, %v38 : f32, !llvm.ptr
      llvm.store %v52, %v39 : f32, !llvm.ptr
      llvm.store %v52, %v40 : f32, !llvm.ptr
      llvm.store %v51, %v41 : f32, !llvm.ptr
      llvm.store %v51, %v42 : f32, !llvm.ptr
      llvm.store %v51, %v43 : f32, !llvm.ptr
      llvm.store %v51, %v44 : f32, !llvm.ptr
      llvm.store %v51, %v45 : f32, !llvm.ptr
      llvm.store %v51, %v46 : f32, !llvm.ptr
      %v54 = arith.cmpi eq, %size_L, %v53 : i64
      scf.if %v54 {
        %v57 = arith.muli %v35, %v56 : i64
        %v58 = arith.muli %v33, %v55 : i64
        %v59 = arith.addi %v57, %v58 : i64
        %v60 = arith.muli %v23, %v2 : i64
        %v61 = arith.addi %v59, %v60 : i64
        %v62 = llvm.mlir.zero : !llvm.ptr
        %v63 = llvm.icmp "ne" %in_h0, %v62 : !llvm.ptr
        %v64 = scf.if %v63 -> (f32) {
          %v65 = llvm.getelementptr %in_h0[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v66 = llvm.load %v65 : !llvm.ptr -> f32
          scf.yield %v66 : f32
        } else {
          scf.yield %v51 : f32
        }
        llvm.store %v64, %v9 : f32, !llvm.ptr
        %v67 = arith.muli %v35, %v56 : i64
        %v68 = arith.muli %v33, %v55 : i64
        %v69 = arith.addi %v67, %v68 : i64
        %v70 = arith.constant 8 : i64
        %v71 = arith.addi %v70, %v23 : i64
        %v72 = arith.muli %v71, %v2 : i64
        %v73 = arith.addi %v69, %v72 : i64
        %v74 = llvm.mlir.zero : !llvm.ptr
        %v75 = llvm.icmp "ne" %in_h0, %v74 : !llvm.ptr
        %v76 = scf.if %v75 -> (f32) {
          %v77 = llvm.getelementptr %in_h0[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          scf.yield %v78 : f32
        } else {
          scf.yield %v51 : f32
        }
        llvm.store %v76, %v10 : f32, !llvm.ptr
        %v79 = arith.muli %v35, %v56 : i64
        %v80 = arith.muli %v33, %v55 : i64
        %v81 = arith.addi %v79, %v80 : i64
        %v82 = arith.muli %v23, %v2 : i64
        %v83 = arith.addi %v81, %v82 : i64
        %v84 = llvm.getelementptr %dy_h_last[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v85 = llvm.load %v84 : !llvm.ptr -> f32
        %v86 = llvm.load %v37 : !llvm.ptr -> f32
        %v87 = arith.addf %v86, %v85 : f32
        llvm.store %v87, %v37 : f32, !llvm.ptr
        %v88 = arith.muli %v35, %v56 : i64
        %v89 = arith.muli %v33, %v55 : i64
        %v90 = arith.addi %v88, %v89 : i64
        %v91 = arith.constant 8 : i64
        %v92 = arith.addi %v91, %v23 : i64
        %v93 = arith.muli %v92, %v2 : i64
        %v94 = arith.addi %v90, %v93 : i64
        %v95 = llvm.getelementptr %dy_h_last[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v96 = llvm.load %v95 : !llvm.ptr -> f32
        %v97 = llvm.load %v38 : !llvm.ptr -> f32
        %v98 = arith.addf %v97, %v96 : f32
        llvm.store %v98, %v38 : f32, !llvm.ptr
      }
      %v101 = arith.subi %v99, %v2 : i64
      %v102 = arith.addi %size_L, %v101 : i64
      %v103 = arith.divui %v102, %v99 : i64
      %v139 = arith.index_cast %v53 : i64 to index
      %v140 = arith.index_cast %v103 : i64 to index
      %v141 = arith.index_cast %v2 : i64 to index
      scf.for %v142 = %v139 to %v140 step %v141 {
        %v143 = arith.index_cast %v142 : index to i64
        %v144 = arith.subi %v103, %v2 : i64
        %v145 = arith.subi %v144, %v143 : i64
        %v146 = arith.muli %v145, %v99 : i64
        %v147 = arith.subi %size_L, %v146 : i64
        %v148 = arith.minsi %v147, %v99 : i64
        %v149 = arith.subi %v148, %v2 : i64
        %v150 = arith.addi %v148, %v100 : i64
        %v151 = arith.divui %v150, %v22 : i64
        %v155 = arith.muli %v145, %v154 : i64
        %v156 = arith.muli %v35, %v56 : i64
        %v157 = arith.muli %v33, %v55 : i64
        %v158 = arith.addi %v156, %v157 : i64
        %v159 = arith.muli %v23, %v2 : i64
        %v160 = arith.addi %v158, %v159 : i64
        %v161 = arith.addi %v155, %v160 : i64
        %v162 = llvm.getelementptr %ckpt_h[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v163 = llvm.load %v162 : !llvm.ptr -> f32
        llvm.store %v163, %v7 : f32, !llvm.ptr
        %v167 = arith.muli %v145, %v166 : i64
        %v168 = arith.muli %v35, %v56 : i64
        %v169 = arith.muli %v33, %v55 : i64
        %v170 = arith.addi %v168, %v169 : i64
        %v171 = arith.constant 8 : i64
        %v172 = arith.addi %v171, %v23 : i64
        %v173 = arith.muli %v172, %v2 : i64
        %v174 = arith.addi %v170, %v173 : i64
        %v175 = arith.addi %v167, %v174 : i64
        %v176 = llvm.getelementptr %ckpt_h[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v177 = llvm.load %v176 : !llvm.ptr -> f32
        llvm.store %v177, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v178 = arith.index_cast %v53 : i64 to index
        %v179 = arith.index_cast %v151 : i64 to index
        %v180 = arith.index_cast %v2 : i64 to index
        scf.for %v181 = %v178 to %v179 step %v180 {
          %v182 = arith.index_cast %v181 : index to i64
          scf.if %v27 {
            %v183 = llvm.load %v7 : !llvm.ptr -> f32
            %v184 = arith.muli %v182, %v4 : i64
            %v185 = arith.subi %v4, %v2 : i64
            %v186 = arith.minsi %v29, %v185 : i64
            %v187 = arith.addi %v184, %v186 : i64
            %v188 = arith.muli %v187, %v1 : i64
            %v189 = arith.addi %v188, %v53 : i64
            %v190 = arith.addi %v189, %v23 : i64
            %v191 = llvm.getelementptr %scratch_h[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v183, %v191 : f32, !llvm.ptr
            %v192 = llvm.load %v8 : !llvm.ptr -> f32
            %v193 = arith.muli %v182, %v4 : i64
            %v194 = arith.subi %v4, %v2 : i64
            %v195 = arith.minsi %v29, %v194 : i64
            %v196 = arith.addi %v193, %v195 : i64
            %v197 = arith.muli %v196, %v1 : i64
            %v198 = arith.addi %v197, %v22 : i64
            %v199 = arith.addi %v198, %v23 : i64
            %v200 = llvm.getelementptr %scratch_h[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v192, %v200 : f32, !llvm.ptr
          }
          %v201 = arith.muli %v182, %v22 : i64
          %v202 = arith.addi %v201, %v23 : i64
          %v203 = arith.minsi %v202, %v149 : i64
          %v204 = arith.addi %v146, %v203 : i64
          %v207 = arith.muli %v35, %v206 : i64
          %v208 = arith.muli %v33, %v205 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v204, %v2 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = llvm.getelementptr %in_delta[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.muli %v33, %v2 : i64
          %v215 = llvm.getelementptr %in_dt_bias[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v216 = llvm.load %v215 : !llvm.ptr -> f32
          %v217 = arith.addf %v213, %v216 : f32
          %v218 = arith.maximumf %v217, %v51 : f32
          %v219 = llvm.call_intrinsic "llvm.fabs.f32"(%v217) : (f32) -> f32
          %v220 = arith.negf %v219 : f32
          %v222 = arith.mulf %v220, %v221 : f32
          %v223 = llvm.call_intrinsic "llvm.exp2.f32"(%v222) : (f32) -> f32
          %v224 = arith.addf %v52, %v223 : f32
          %v225 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v224) : (f32) -> f32
          %v227 = arith.mulf %v225, %v226 : f32
          %v229 = arith.mulf %v228, %v223 : f32
          %v231 = arith.addf %v229, %v230 : f32
          %v232 = arith.mulf %v231, %v223 : f32
          %v234 = arith.addf %v232, %v233 : f32
          %v235 = arith.mulf %v234, %v223 : f32
          %v237 = arith.addf %v235, %v236 : f32
          %v238 = arith.mulf %v237, %v223 : f32
          %v240 = arith.addf %v238, %v239 : f32
          %v241 = arith.mulf %v240, %v223 : f32
          %v243 = arith.addf %v241, %v242 : f32
          %v244 = arith.mulf %v243, %v223 : f32
          %v245 = arith.addf %v244, %v52 : f32
          %v246 = arith.mulf %v245, %v223 : f32
          %v247 = llvm.call_intrinsic "llvm.fabs.f32"(%v223) : (f32) -> f32
          %v249 = arith.cmpf olt, %v247, %v248 : f32
          %v250 = arith.select %v249, %v246, %v227 : f32
          %v251 = arith.addf %v218, %v250 : f32
          %v252 = arith.muli %v35, %v206 : i64
          %v253 = arith.muli %v33, %v205 : i64
          %v254 = arith.addi %v252, %v253 : i64
          %v255 = arith.muli %v204, %v2 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = llvm.getelementptr %in_u[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v258 = llvm.load %v257 : !llvm.ptr -> f32
          %v259 = arith.mulf %v251, %v258 : f32
          %v260 = arith.index_cast %v53 : i64 to index
          %v261 = arith.index_cast %v22 : i64 to index
          %v262 = arith.index_cast %v2 : i64 to index
          scf.for %v263 = %v260 to %v261 step %v262 {
            %v264 = arith.index_cast %v263 : index to i64
            %v265 = arith.trunci %v264 : i64 to i32
            %v266 = arith.ori %v108, %v265 : i32
            %v268, %v269 = gpu.shuffle idx %v251, %v266, %v267 : f32
            %v270, %v271 = gpu.shuffle idx %v259, %v266, %v267 : f32
            %v272 = arith.addi %v201, %v264 : i64
            %v273 = arith.cmpi slt, %v272, %v148 : i64
            scf.if %v273 {
              %v274 = arith.addi %v146, %v272 : i64
              %v276 = arith.muli %v33, %v275 : i64
              %v277 = arith.muli %v23, %v2 : i64
              %v278 = arith.addi %v276, %v277 : i64
              %v279 = llvm.getelementptr %in_A[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v280 = llvm.load %v279 : !llvm.ptr -> f32
              %v281 = arith.mulf %v268, %v280 : f32
              %v282 = arith.mulf %v281, %v221 : f32
              %v283 = llvm.call_intrinsic "llvm.exp2.f32"(%v282) : (f32) -> f32
              %v286 = arith.muli %v35, %v285 : i64
              %v287 = arith.muli %v23, %v284 : i64
              %v288 = arith.addi %v286, %v287 : i64
              %v289 = arith.muli %v274, %v2 : i64
              %v290 = arith.addi %v288, %v289 : i64
              %v291 = llvm.getelementptr %in_Bm[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v292 = llvm.load %v291 : !llvm.ptr -> f32
              %v293 = arith.mulf %v292, %v270 : f32
              %v294 = llvm.load %v7 : !llvm.ptr -> f32
              %v295 = arith.mulf %v283, %v294 : f32
              %v296 = arith.addf %v295, %v293 : f32
              llvm.store %v296, %v7 : f32, !llvm.ptr
              %v297 = arith.muli %v33, %v275 : i64
              %v298 = arith.constant 8 : i64
              %v299 = arith.addi %v298, %v23 : i64
              %v300 = arith.muli %v299, %v2 : i64
              %v301 = arith.addi %v297, %v300 : i64
              %v302 = llvm.getelementptr %in_A[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v303 = llvm.load %v302 : !llvm.ptr -> f32
              %v304 = arith.mulf %v268, %v303 : f32
              %v305 = arith.mulf %v304, %v221 : f32
              %v306 = llvm.call_intrinsic "llvm.exp2.f32"(%v305) : (f32) -> f32
              %v307 = arith.muli %v35, %v285 : i64
              %v308 = arith.constant 8 : i64
              %v309 = arith.addi %v308, %v23 : i64
              %v310 = arith.muli %v309, %v284 : i64
              %v311 = arith.addi %v307, %v310 : i64
              %v312 = arith.muli %v274, %v2 : i64
              %v313 = arith.addi %v311, %v312 : i64
              %v314 = llvm.getelementptr %in_Bm[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v315 = llvm.load %v314 : !llvm.ptr -> f32
              %v316 = arith.mulf %v315, %v270 : f32
              %v317 = llvm.load %v8 : !llvm.ptr -> f32
              %v318 = arith.mulf %v306, %v317 : f32
              %v319 = arith.addf %v318, %v316 : f32
              llvm.store %v319, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v322 = arith.addi %v151, %v320 : i64
        %v323 = arith.divui %v322, %v321 : i64
        %v324 = arith.index_cast %v53 : i64 to index
        %v325 = arith.index_cast %v323 : i64 to index
        %v326 = arith.index_cast %v2 : i64 to index
        scf.for %v327 = %v324 to %v325 step %v326 {
          %v328 = arith.index_cast %v327 : index to i64
          %v329 = arith.muli %v328, %v321 : i64
          %v330 = arith.addi %v329, %v321 : i64
          %v331 = arith.index_cast %v329 : i64 to index
          %v332 = arith.index_cast %v330 : i64 to index
          %v333 = arith.index_cast %v2 : i64 to index
          scf.for %v334 = %v331 to %v332 step %v333 {
            %v335 = arith.index_cast %v334 : index to i64
            %v336 = arith.cmpi slt, %v335, %v151 : i64
            scf.if %v336 {
              %v337 = arith.subi %v151, %v2 : i64
              %v338 = arith.subi %v337, %v335 : i64
              %v339 = arith.muli %v338, %v22 : i64
              %v340 = arith.remui %v335, %v321 : i64
              %v341 = arith.muli %v340, %v22 : i64
              %v342 = arith.subi %v148, %v2 : i64
              %v343 = arith.muli %v338, %v4 : i64
              %v344 = arith.subi %v4, %v2 : i64
              %v345 = arith.minsi %v29, %v344 : i64
              %v346 = arith.addi %v343, %v345 : i64
              %v347 = arith.muli %v346, %v1 : i64
              %v348 = arith.addi %v347, %v53 : i64
              %v349 = arith.addi %v348, %v23 : i64
              %v350 = llvm.getelementptr %scratch_h[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v351 = llvm.load %v350 : !llvm.ptr -> f32
              %v352 = arith.muli %v338, %v4 : i64
              %v353 = arith.subi %v4, %v2 : i64
              %v354 = arith.minsi %v29, %v353 : i64
              %v355 = arith.addi %v352, %v354 : i64
              %v356 = arith.muli %v355, %v1 : i64
              %v357 = arith.addi %v356, %v22 : i64
              %v358 = arith.addi %v357, %v23 : i64
              %v359 = llvm.getelementptr %scratch_h[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v360 = llvm.load %v359 : !llvm.ptr -> f32
              %v361 = arith.addi %v339, %v23 : i64
              %v362 = arith.minsi %v361, %v342 : i64
              %v363 = arith.addi %v146, %v362 : i64
              %v364 = arith.muli %v35, %v206 : i64
              %v365 = arith.muli %v33, %v205 : i64
              %v366 = arith.addi %v364, %v365 : i64
              %v367 = arith.muli %v363, %v2 : i64
              %v368 = arith.addi %v366, %v367 : i64
              %v369 = llvm.getelementptr %in_delta[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v370 = llvm.load %v369 : !llvm.ptr -> f32
              %v371 = arith.muli %v33, %v2 : i64
              %v372 = llvm.getelementptr %in_dt_bias[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v373 = llvm.load %v372 : !llvm.ptr -> f32
              %v374 = arith.addf %v370, %v373 : f32
              %v375 = arith.maximumf %v374, %v51 : f32
              %v376 = llvm.call_intrinsic "llvm.fabs.f32"(%v374) : (f32) -> f32
              %v377 = arith.negf %v376 : f32
              %v378 = arith.mulf %v377, %v221 : f32
              %v379 = llvm.call_intrinsic "llvm.exp2.f32"(%v378) : (f32) -> f32
              %v380 = arith.addf %v52, %v379 : f32
              %v381 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v380) : (f32) -> f32
              %v382 = arith.mulf %v381, %v226 : f32
              %v383 = arith.mulf %v228, %v379 : f32
              %v384 = arith.addf %v383, %v230 : f32
              %v385 = arith.mulf %v384, %v379 : f32
              %v386 = arith.addf %v385, %v233 : f32
              %v387 = arith.mulf %v386, %v379 : f32
              %v388 = arith.addf %v387, %v236 : f32
              %v389 = arith.mulf %v388, %v379 : f32
              %v390 = arith.addf %v389, %v239 : f32
              %v391 = arith.mulf %v390, %v379 : f32
              %v392 = arith.addf %v391, %v242 : f32
              %v393 = arith.mulf %v392, %v379 : f32
              %v394 = arith.addf %v393, %v52 : f32
              %v395 = arith.mulf %v394, %v379 : f32
              %v396 = llvm.call_intrinsic "llvm.fabs.f32"(%v379) : (f32) -> f32
              %v397 = arith.cmpf olt, %v396, %v248 : f32
              %v398 = arith.select %v397, %v395, %v382 : f32
              %v399 = arith.addf %v375, %v398 : f32
              %v400 = arith.muli %v35, %v206 : i64
              %v401 = arith.muli %v33, %v205 : i64
              %v402 = arith.addi %v400, %v401 : i64
              %v403 = arith.muli %v363, %v2 : i64
              %v404 = arith.addi %v402, %v403 : i64
              %v405 = llvm.getelementptr %in_u[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v406 = llvm.load %v405 : !llvm.ptr -> f32
              %v407 = arith.mulf %v399, %v406 : f32
              %v408 = arith.muli %v35, %v206 : i64
              %v409 = arith.muli %v33, %v205 : i64
              %v410 = arith.addi %v408, %v409 : i64
              %v411 = arith.muli %v363, %v2 : i64
              %v412 = arith.addi %v410, %v411 : i64
              %v413 = llvm.getelementptr %in_z[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v414 = llvm.load %v413 : !llvm.ptr -> f32
              %v415 = arith.negf %v414 : f32
              %v416 = arith.mulf %v415, %v221 : f32
              %v417 = llvm.call_intrinsic "llvm.exp2.f32"(%v416) : (f32) -> f32
              %v418 = arith.addf %v52, %v417 : f32
              %v419 = arith.divf %v52, %v418 : f32
              %v420 = arith.mulf %v414, %v419 : f32
              %v421 = arith.negf %v414 : f32
              %v422 = arith.mulf %v421, %v221 : f32
              %v423 = llvm.call_intrinsic "llvm.exp2.f32"(%v422) : (f32) -> f32
              %v424 = arith.addf %v52, %v423 : f32
              %v425 = arith.divf %v52, %v424 : f32
              %v426 = arith.subf %v52, %v425 : f32
              %v427 = arith.mulf %v414, %v426 : f32
              %v428 = arith.addf %v52, %v427 : f32
              %v429 = arith.mulf %v425, %v428 : f32
              %v430 = arith.negf %v374 : f32
              %v431 = arith.mulf %v430, %v221 : f32
              %v432 = llvm.call_intrinsic "llvm.exp2.f32"(%v431) : (f32) -> f32
              %v433 = arith.addf %v52, %v432 : f32
              %v434 = arith.divf %v52, %v433 : f32
              // the group's states, recomputed into registers
              %v435 = arith.addi %v339, %v53 : i64
              %v436 = arith.minsi %v435, %v342 : i64
              %v437 = arith.addi %v146, %v436 : i64
              %v438, %v439 = gpu.shuffle idx %v399, %v108, %v267 : f32
              %v440, %v441 = gpu.shuffle idx %v407, %v108, %v267 : f32
              %v442 = arith.muli %v33, %v275 : i64
              %v443 = arith.muli %v23, %v2 : i64
              %v444 = arith.addi %v442, %v443 : i64
              %v445 = llvm.getelementptr %in_A[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v446 = llvm.load %v445 : !llvm.ptr -> f32
              %v447 = arith.mulf %v438, %v446 : f32
              %v448 = arith.mulf %v447, %v221 : f32
              %v449 = llvm.call_intrinsic "llvm.exp2.f32"(%v448) : (f32) -> f32
              %v450 = arith.muli %v35, %v285 : i64
              %v451 = arith.muli %v23, %v284 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v437, %v2 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = llvm.getelementptr %in_Bm[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v456 = llvm.load %v455 : !llvm.ptr -> f32
              %v457 = arith.mulf %v456, %v440 : f32
              %v458 = arith.mulf %v449, %v351 : f32
              %v459 = arith.addf %v458, %v457 : f32
              %v460 = arith.muli %v33, %v275 : i64
              %v461 = arith.constant 8 : i64
              %v462 = arith.addi %v461, %v23 : i64
              %v463 = arith.muli %v462, %v2 : i64
              %v464 = arith.addi %v460, %v463 : i64
              %v465 = llvm.getelementptr %in_A[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v466 = llvm.load %v465 : !llvm.ptr -> f32
              %v467 = arith.mulf %v438, %v466 : f32
              %v468 = arith.mulf %v467, %v221 : f32
              %v469 = llvm.call_intrinsic "llvm.exp2.f32"(%v468) : (f32) -> f32
              %v470 = arith.muli %v35, %v285 : i64
              %v471 = arith.constant 8 : i64
              %v472 = arith.addi %v471, %v23 : i64
              %v473 = arith.muli %v472, %v284 : i64
              %v474 = arith.addi %v470, %v473 : i64
              %v475 = arith.muli %v437, %v2 : i64
              %v476 = arith.addi %v474, %v475 : i64
              %v477 = llvm.getelementptr %in_Bm[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v478 = llvm.load %v477 : !llvm.ptr -> f32
              %v479 = arith.mulf %v478, %v440 : f32
              %v480 = arith.mulf %v469, %v360 : f32
              %v481 = arith.addf %v480, %v479 : f32
              %v482 = arith.addi %v339, %v2 : i64
              %v483 = arith.minsi %v482, %v342 : i64
              %v484 = arith.addi %v146, %v483 : i64
              %v485, %v486 = gpu.shuffle idx %v399, %v112, %v267 : f32
              %v487, %v488 = gpu.shuffle idx %v407, %v112, %v267 : f32
              %v489 = arith.muli %v33, %v275 : i64
              %v490 = arith.muli %v23, %v2 : i64
              %v491 = arith.addi %v489, %v490 : i64
              %v492 = llvm.getelementptr %in_A[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v493 = llvm.load %v492 : !llvm.ptr -> f32
              %v494 = arith.mulf %v485, %v493 : f32
              %v495 = arith.mulf %v494, %v221 : f32
              %v496 = llvm.call_intrinsic "llvm.exp2.f32"(%v495) : (f32) -> f32
              %v497 = arith.muli %v35, %v285 : i64
              %v498 = arith.muli %v23, %v284 : i64
              %v499 = arith.addi %v497, %v498 : i64
              %v500 = arith.muli %v484, %v2 : i64
              %v501 = arith.addi %v499, %v500 : i64
              %v502 = llvm.getelementptr %in_Bm[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v503 = llvm.load %v502 : !llvm.ptr -> f32
              %v504 = arith.mulf %v503, %v487 : f32
              %v505 = arith.mulf %v496, %v459 : f32
              %v506 = arith.addf %v505, %v504 : f32
              %v507 = arith.muli %v33, %v275 : i64
              %v508 = arith.constant 8 : i64
              %v509 = arith.addi %v508, %v23 : i64
              %v510 = arith.muli %v509, %v2 : i64
              %v511 = arith.addi %v507, %v510 : i64
              %v512 = llvm.getelementptr %in_A[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v513 = llvm.load %v512 : !llvm.ptr -> f32
              %v514 = arith.mulf %v485, %v513 : f32
              %v515 = arith.mulf %v514, %v221 : f32
              %v516 = llvm.call_intrinsic "llvm.exp2.f32"(%v515) : (f32) -> f32
              %v517 = arith.muli %v35, %v285 : i64
              %v518 = arith.constant 8 : i64
              %v519 = arith.addi %v518, %v23 : i64
              %v520 = arith.muli %v519, %v284 : i64
              %v521 = arith.addi %v517, %v520 : i64
              %v522 = arith.muli %v484, %v2 : i64
              %v523 = arith.addi %v521, %v522 : i64
              %v524 = llvm.getelementptr %in_Bm[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v525 = llvm.load %v524 : !llvm.ptr -> f32
              %v526 = arith.mulf %v525, %v487 : f32
              %v527 = arith.mulf %v516, %v481 : f32
              %v528 = arith.addf %v527, %v526 : f32
              %v530 = arith.addi %v339, %v529 : i64
              %v531 = arith.minsi %v530, %v342 : i64
              %v532 = arith.addi %v146, %v531 : i64
              %v533, %v534 = gpu.shuffle idx %v399, %v116, %v267 : f32
              %v535, %v536 = gpu.shuffle idx %v407, %v116, %v267 : f32
              %v537 = arith.muli %v33, %v275 : i64
              %v538 = arith.muli %v23, %v2 : i64
              %v539 = arith.addi %v537, %v538 : i64
              %v540 = llvm.getelementptr %in_A[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v541 = llvm.load %v540 : !llvm.ptr -> f32
              %v542 = arith.mulf %v533, %v541 : f32
              %v543 = arith.mulf %v542, %v221 : f32
              %v544 = llvm.call_intrinsic "llvm.exp2.f32"(%v543) : (f32) -> f32
              %v545 = arith.muli %v35, %v285 : i64
              %v546 = arith.muli %v23, %v284 : i64
              %v547 = arith.addi %v545, %v546 : i64
              %v548 = arith.muli %v532, %v2 : i64
              %v549 = arith.addi %v547, %v548 : i64
              %v550 = llvm.getelementptr %in_Bm[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v551 = llvm.load %v550 : !llvm.ptr -> f32
              %v552 = arith.mulf %v551, %v535 : f32
              %v553 = arith.mulf %v544, %v506 : f32
              %v554 = arith.addf %v553, %v552 : f32
              %v555 = arith.muli %v33, %v275 : i64
              %v556 = arith.constant 8 : i64
              %v557 = arith.addi %v556, %v23 : i64
              %v558 = arith.muli %v557, %v2 : i64
              %v559 = arith.addi %v555, %v558 : i64
              %v560 = llvm.getelementptr %in_A[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v561 = llvm.load %v560 : !llvm.ptr -> f32
              %v562 = arith.mulf %v533, %v561 : f32
              %v563 = arith.mulf %v562, %v221 : f32
              %v564 = llvm.call_intrinsic "llvm.exp2.f32"(%v563) : (f32) -> f32
              %v565 = arith.muli %v35, %v285 : i64
              %v566 = arith.constant 8 : i64
              %v567 = arith.addi %v566, %v23 : i64
              %v568 = arith.muli %v567, %v284 : i64
              %v569 = arith.addi %v565, %v568 : i64
              %v570 = arith.muli %v532, %v2 : i64
              %v571 = arith.addi %v569, %v570 : i64
              %v572 = llvm.getelementptr %in_Bm[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v573 = llvm.load %v572 : !llvm.ptr -> f32
              %v574 = arith.mulf %v573, %v535 : f32
              %v575 = arith.mulf %v564, %v528 : f32
              %v576 = arith.addf %v575, %v574 : f32
              %v577 = arith.addi %v339, %v320 : i64
              %v578 = arith.minsi %v577, %v342 : i64
              %v579 = arith.addi %v146, %v578 : i64
              %v580, %v581 = gpu.shuffle idx %v399, %v120, %v267 : f32
              %v582, %v583 = gpu.shuffle idx %v407, %v120, %v267 : f32
              %v584 = arith.muli %v33, %v275 : i64
              %v585 = arith.muli %v23, %v2 : i64
              %v586 = arith.addi %v584, %v585 : i64
              %v587 = llvm.getelementptr %in_A[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v588 = llvm.load %v587 : !llvm.ptr -> f32
              %v589 = arith.mulf %v580, %v588 : f32
              %v590 = arith.mulf %v589, %v221 : f32
              %v591 = llvm.call_intrinsic "llvm.exp2.f32"(%v590) : (f32) -> f32
              %v592 = arith.muli %v35, %v285 : i64
              %v593 = arith.muli %v23, %v284 : i64
              %v594 = arith.addi %v592, %v593 : i64
              %v595 = arith.muli %v579, %v2 : i64
              %v596 = arith.addi %v594, %v595 : i64
              %v597 = llvm.getelementptr %in_Bm[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v598 = llvm.load %v597 : !llvm.ptr -> f32
              %v599 = arith.mulf %v598, %v582 : f32
              %v600 = arith.mulf %v591, %v554 : f32
              %v601 = arith.addf %v600, %v599 : f32
              %v602 = arith.muli %v33, %v275 : i64
              %v603 = arith.constant 8 : i64
              %v604 = arith.addi %v603, %v23 : i64
              %v605 = arith.muli %v604, %v2 : i64
              %v606 = arith.addi %v602, %v605 : i64
              %v607 = llvm.getelementptr %in_A[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v608 = llvm.load %v607 : !llvm.ptr -> f32
              %v609 = arith.mulf %v580, %v608 : f32
              %v610 = arith.mulf %v609, %v221 : f32
              %v611 = llvm.call_intrinsic "llvm.exp2.f32"(%v610) : (f32) -> f32
              %v612 = arith.muli %v35, %v285 : i64
              %v613 = arith.constant 8 : i64
              %v614 = arith.addi %v613, %v23 : i64
              %v615 = arith.muli %v614, %v284 : i64
              %v616 = arith.addi %v612, %v615 : i64
              %v617 = arith.muli %v579, %v2 : i64
              %v618 = arith.addi %v616, %v617 : i64
              %v619 = llvm.getelementptr %in_Bm[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v620 = llvm.load %v619 : !llvm.ptr -> f32
              %v621 = arith.mulf %v620, %v582 : f32
              %v622 = arith.mulf %v611, %v576 : f32
              %v623 = arith.addf %v622, %v621 : f32
              %v624 = arith.addi %v339, %v321 : i64
              %v625 = arith.minsi %v624, %v342 : i64
              %v626 = arith.addi %v146, %v625 : i64
              %v627, %v628 = gpu.shuffle idx %v399, %v124, %v267 : f32
              %v629, %v630 = gpu.shuffle idx %v407, %v124, %v267 : f32
              %v631 = arith.muli %v33, %v275 : i64
              %v632 = arith.muli %v23, %v2 : i64
              %v633 = arith.addi %v631, %v632 : i64
              %v634 = llvm.getelementptr %in_A[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v635 = llvm.load %v634 : !llvm.ptr -> f32
              %v636 = arith.mulf %v627, %v635 : f32
              %v637 = arith.mulf %v636, %v221 : f32
              %v638 = llvm.call_intrinsic "llvm.exp2.f32"(%v637) : (f32) -> f32
              %v639 = arith.muli %v35, %v285 : i64
              %v640 = arith.muli %v23, %v284 : i64
              %v641 = arith.addi %v639, %v640 : i64
              %v642 = arith.muli %v626, %v2 : i64
              %v643 = arith.addi %v641, %v642 : i64
              %v644 = llvm.getelementptr %in_Bm[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v645 = llvm.load %v644 : !llvm.ptr -> f32
              %v646 = arith.mulf %v645, %v629 : f32
              %v647 = arith.mulf %v638, %v601 : f32
              %v648 = arith.addf %v647, %v646 : f32
              %v649 = arith.muli %v33, %v275 : i64
              %v650 = arith.constant 8 : i64
              %v651 = arith.addi %v650, %v23 : i64
              %v652 = arith.muli %v651, %v2 : i64
              %v653 = arith.addi %v649, %v652 : i64
              %v654 = llvm.getelementptr %in_A[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v655 = llvm.load %v654 : !llvm.ptr -> f32
              %v656 = arith.mulf %v627, %v655 : f32
              %v657 = arith.mulf %v656, %v221 : f32
              %v658 = llvm.call_intrinsic "llvm.exp2.f32"(%v657) : (f32) -> f32
              %v659 = arith.muli %v35, %v285 : i64
              %v660 = arith.constant 8 : i64
              %v661 = arith.addi %v660, %v23 : i64
              %v662 = arith.muli %v661, %v284 : i64
              %v663 = arith.addi %v659, %v662 : i64
              %v664 = arith.muli %v626, %v2 : i64
              %v665 = arith.addi %v663, %v664 : i64
              %v666 = llvm.getelementptr %in_Bm[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v667 = llvm.load %v666 : !llvm.ptr -> f32
              %v668 = arith.mulf %v667, %v629 : f32
              %v669 = arith.mulf %v658, %v623 : f32
              %v670 = arith.addf %v669, %v668 : f32
              %v672 = arith.addi %v339, %v671 : i64
              %v673 = arith.minsi %v672, %v342 : i64
              %v674 = arith.addi %v146, %v673 : i64
              %v675, %v676 = gpu.shuffle idx %v399, %v128, %v267 : f32
              %v677, %v678 = gpu.shuffle idx %v407, %v128, %v267 : f32
              %v679 = arith.muli %v33, %v275 : i64
              %v680 = arith.muli %v23, %v2 : i64
              %v681 = arith.addi %v679, %v680 : i64
              %v682 = llvm.getelementptr %in_A[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v683 = llvm.load %v682 : !llvm.ptr -> f32
              %v684 = arith.mulf %v675, %v683 : f32
              %v685 = arith.mulf %v684, %v221 : f32
              %v686 = llvm.call_intrinsic "llvm.exp2.f32"(%v685) : (f32) -> f32
              %v687 = arith.muli %v35, %v285 : i64
              %v688 = arith.muli %v23, %v284 : i64
              %v689 = arith.addi %v687, %v688 : i64
              %v690 = arith.muli %v674, %v2 : i64
              %v691 = arith.addi %v689, %v690 : i64
              %v692 = llvm.getelementptr %in_Bm[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v693 = llvm.load %v692 : !llvm.ptr -> f32
              %v694 = arith.mulf %v693, %v677 : f32
              %v695 = arith.mulf %v686, %v648 : f32
              %v696 = arith.addf %v695, %v694 : f32
              %v697 = arith.muli %v33, %v275 : i64
              %v698 = arith.constant 8 : i64
              %v699 = arith.addi %v698, %v23 : i64
              %v700 = arith.muli %v699, %v2 : i64
              %v701 = arith.addi %v697, %v700 : i64
              %v702 = llvm.getelementptr %in_A[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v703 = llvm.load %v702 : !llvm.ptr -> f32
              %v704 = arith.mulf %v675, %v703 : f32
              %v705 = arith.mulf %v704, %v221 : f32
              %v706 = llvm.call_intrinsic "llvm.exp2.f32"(%v705) : (f32) -> f32
              %v707 = arith.muli %v35, %v285 : i64
              %v708 = arith.constant 8 : i64
              %v709 = arith.addi %v708, %v23 : i64
              %v710 = arith.muli %v709, %v284 : i64
              %v711 = arith.addi %v707, %v710 : i64
              %v712 = arith.muli %v674, %v2 : i64
              %v713 = arith.addi %v711, %v712 : i64
              %v714 = llvm.getelementptr %in_Bm[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v715 = llvm.load %v714 : !llvm.ptr -> f32
              %v716 = arith.mulf %v715, %v677 : f32
              %v717 = arith.mulf %v706, %v670 : f32
              %v718 = arith.addf %v717, %v716 : f32
              %v720 = arith.addi %v339, %v719 : i64
              %v721 = arith.minsi %v720, %v342 : i64
              %v722 = arith.addi %v146, %v721 : i64
              %v723, %v724 = gpu.shuffle idx %v399, %v132, %v267 : f32
              %v725, %v726 = gpu.shuffle idx %v407, %v132, %v267 : f32
              %v727 = arith.muli %v33, %v275 : i64
              %v728 = arith.muli %v23, %v2 : i64
              %v729 = arith.addi %v727, %v728 : i64
              %v730 = llvm.getelementptr %in_A[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v731 = llvm.load %v730 : !llvm.ptr -> f32
              %v732 = arith.mulf %v723, %v731 : f32
              %v733 = arith.mulf %v732, %v221 : f32
              %v734 = llvm.call_intrinsic "llvm.exp2.f32"(%v733) : (f32) -> f32
              %v735 = arith.muli %v35, %v285 : i64
              %v736 = arith.muli %v23, %v284 : i64
              %v737 = arith.addi %v735, %v736 : i64
              %v738 = arith.muli %v722, %v2 : i64
              %v739 = arith.addi %v737, %v738 : i64
              %v740 = llvm.getelementptr %in_Bm[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v741 = llvm.load %v740 : !llvm.ptr -> f32
              %v742 = arith.mulf %v741, %v725 : f32
              %v743 = arith.mulf %v734, %v696 : f32
              %v744 = arith.addf %v743, %v742 : f32
              %v745 = arith.muli %v33, %v275 : i64
              %v746 = arith.constant 8 : i64
              %v747 = arith.addi %v746, %v23 : i64
              %v748 = arith.muli %v747, %v2 : i64
              %v749 = arith.addi %v745, %v748 : i64
              %v750 = llvm.getelementptr %in_A[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v751 = llvm.load %v750 : !llvm.ptr -> f32
              %v752 = arith.mulf %v723, %v751 : f32
              %v753 = arith.mulf %v752, %v221 : f32
              %v754 = llvm.call_intrinsic "llvm.exp2.f32"(%v753) : (f32) -> f32
              %v755 = arith.muli %v35, %v285 : i64
              %v756 = arith.constant 8 : i64
              %v757 = arith.addi %v756, %v23 : i64
              %v758 = arith.muli %v757, %v284 : i64
              %v759 = arith.addi %v755, %v758 : i64
              %v760 = arith.muli %v722, %v2 : i64
              %v761 = arith.addi %v759, %v760 : i64
              %v762 = llvm.getelementptr %in_Bm[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v763 = llvm.load %v762 : !llvm.ptr -> f32
              %v764 = arith.mulf %v763, %v725 : f32
              %v765 = arith.mulf %v754, %v718 : f32
              %v766 = arith.addf %v765, %v764 : f32
              %v767 = arith.addi %v339, %v100 : i64
              %v768 = arith.minsi %v767, %v342 : i64
              %v769 = arith.addi %v146, %v768 : i64
              %v770, %v771 = gpu.shuffle idx %v399, %v136, %v267 : f32
              %v772, %v773 = gpu.shuffle idx %v407, %v136, %v267 : f32
              %v774 = arith.muli %v33, %v275 : i64
              %v775 = arith.muli %v23, %v2 : i64
              %v776 = arith.addi %v774, %v775 : i64
              %v777 = llvm.getelementptr %in_A[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v778 = llvm.load %v777 : !llvm.ptr -> f32
              %v779 = arith.mulf %v770, %v778 : f32
              %v780 = arith.mulf %v779, %v221 : f32
              %v781 = llvm.call_intrinsic "llvm.exp2.f32"(%v780) : (f32) -> f32
              %v782 = arith.muli %v35, %v285 : i64
              %v783 = arith.muli %v23, %v284 : i64
              %v784 = arith.addi %v782, %v783 : i64
              %v785 = arith.muli %v769, %v2 : i64
              %v786 = arith.addi %v784, %v785 : i64
              %v787 = llvm.getelementptr %in_Bm[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v788 = llvm.load %v787 : !llvm.ptr -> f32
              %v789 = arith.mulf %v788, %v772 : f32
              %v790 = arith.mulf %v781, %v744 : f32
              %v791 = arith.addf %v790, %v789 : f32
              %v792 = arith.muli %v33, %v275 : i64
              %v793 = arith.constant 8 : i64
              %v794 = arith.addi %v793, %v23 : i64
              %v795 = arith.muli %v794, %v2 : i64
              %v796 = arith.addi %v792, %v795 : i64
              %v797 = llvm.getelementptr %in_A[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v798 = llvm.load %v797 : !llvm.ptr -> f32
              %v799 = arith.mulf %v770, %v798 : f32
              %v800 = arith.mulf %v799, %v221 : f32
              %v801 = llvm.call_intrinsic "llvm.exp2.f32"(%v800) : (f32) -> f32
              %v802 = arith.muli %v35, %v285 : i64
              %v803 = arith.constant 8 : i64
              %v804 = arith.addi %v803, %v23 : i64
              %v805 = arith.muli %v804, %v284 : i64
              %v806 = arith.addi %v802, %v805 : i64
              %v807 = arith.muli %v769, %v2 : i64
              %v808 = arith.addi %v806, %v807 : i64
              %v809 = llvm.getelementptr %in_Bm[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v810 = llvm.load %v809 : !llvm.ptr -> f32
              %v811 = arith.mulf %v810, %v772 : f32
              %v812 = arith.mulf %v801, %v766 : f32
              %v813 = arith.addf %v812, %v811 : f32
              %v814 = arith.addi %v339, %v100 : i64
              %v815 = arith.cmpi slt, %v814, %v148 : i64
              %v816, %v817 = gpu.shuffle idx %v399, %v136, %v267 : f32
              %v818, %v819 = gpu.shuffle idx %v407, %v136, %v267 : f32
              %v820, %v821 = gpu.shuffle idx %v420, %v136, %v267 : f32
              %v822, %v823 = gpu.shuffle idx %v429, %v136, %v267 : f32
              %v824, %v825 = gpu.shuffle idx %v434, %v136, %v267 : f32
              %v826 = arith.addi %v341, %v53 : i64
              scf.if %v815 {
                %v827 = arith.addi %v146, %v814 : i64
                %v828 = arith.muli %v35, %v285 : i64
                %v829 = arith.muli %v23, %v284 : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = arith.muli %v827, %v2 : i64
                %v832 = arith.addi %v830, %v831 : i64
                %v833 = llvm.getelementptr %in_Cm[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v834 = llvm.load %v833 : !llvm.ptr -> f32
                %v835 = arith.muli %v35, %v206 : i64
                %v836 = arith.muli %v33, %v205 : i64
                %v837 = arith.addi %v835, %v836 : i64
                %v838 = arith.muli %v827, %v2 : i64
                %v839 = arith.addi %v837, %v838 : i64
                %v840 = llvm.getelementptr %dy_y[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v841 = llvm.load %v840 : !llvm.ptr -> f32
                %v842 = arith.mulf %v820, %v841 : f32
                %v843 = arith.mulf %v834, %v842 : f32
                %v844 = llvm.load %v37 : !llvm.ptr -> f32
                %v845 = llvm.load %v39 : !llvm.ptr -> f32
                %v846 = arith.mulf %v845, %v844 : f32
                %v847 = arith.addf %v843, %v846 : f32
                llvm.store %v847, %v37 : f32, !llvm.ptr
                %v848 = arith.muli %v35, %v285 : i64
                %v849 = arith.constant 8 : i64
                %v850 = arith.addi %v849, %v23 : i64
                %v851 = arith.muli %v850, %v284 : i64
                %v852 = arith.addi %v848, %v851 : i64
                %v853 = arith.muli %v827, %v2 : i64
                %v854 = arith.addi %v852, %v853 : i64
                %v855 = llvm.getelementptr %in_Cm[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v856 = llvm.load %v855 : !llvm.ptr -> f32
                %v857 = arith.mulf %v856, %v842 : f32
                %v858 = llvm.load %v38 : !llvm.ptr -> f32
                %v859 = llvm.load %v40 : !llvm.ptr -> f32
                %v860 = arith.mulf %v859, %v858 : f32
                %v861 = arith.addf %v857, %v860 : f32
                llvm.store %v861, %v38 : f32, !llvm.ptr
                %v862 = arith.subi %size_L, %v2 : i64
                %v863 = arith.cmpi eq, %v827, %v862 : i64
                scf.if %v863 {
                  %v864 = arith.muli %v35, %v56 : i64
                  %v865 = arith.muli %v33, %v55 : i64
                  %v866 = arith.addi %v864, %v865 : i64
                  %v867 = arith.muli %v23, %v2 : i64
                  %v868 = arith.addi %v866, %v867 : i64
                  %v869 = llvm.getelementptr %dy_h_last[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v870 = llvm.load %v869 : !llvm.ptr -> f32
                  %v871 = llvm.load %v37 : !llvm.ptr -> f32
                  %v872 = arith.addf %v871, %v870 : f32
                  llvm.store %v872, %v37 : f32, !llvm.ptr
                  %v873 = arith.muli %v35, %v56 : i64
                  %v874 = arith.muli %v33, %v55 : i64
                  %v875 = arith.addi %v873, %v874 : i64
                  %v876 = arith.constant 8 : i64
                  %v877 = arith.addi %v876, %v23 : i64
                  %v878 = arith.muli %v877, %v2 : i64
                  %v879 = arith.addi %v875, %v878 : i64
                  %v880 = llvm.getelementptr %dy_h_last[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v881 = llvm.load %v880 : !llvm.ptr -> f32
                  %v882 = llvm.load %v38 : !llvm.ptr -> f32
                  %v883 = arith.addf %v882, %v881 : f32
                  llvm.store %v883, %v38 : f32, !llvm.ptr
                }
                %v884 = arith.muli %v33, %v2 : i64
                %v885 = llvm.getelementptr %in_Dskip[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v886 = llvm.load %v885 : !llvm.ptr -> f32
                %v887 = arith.mulf %v886, %v842 : f32
                %v888 = arith.muli %v35, %v285 : i64
                %v889 = arith.muli %v23, %v284 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = arith.muli %v827, %v2 : i64
                %v892 = arith.addi %v890, %v891 : i64
                %v893 = llvm.getelementptr %in_Bm[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v894 = llvm.load %v893 : !llvm.ptr -> f32
                %v895 = llvm.load %v37 : !llvm.ptr -> f32
                %v896 = arith.mulf %v894, %v895 : f32
                %v897 = arith.muli %v35, %v285 : i64
                %v898 = arith.constant 8 : i64
                %v899 = arith.addi %v898, %v23 : i64
                %v900 = arith.muli %v899, %v284 : i64
                %v901 = arith.addi %v897, %v900 : i64
                %v902 = arith.muli %v827, %v2 : i64
                %v903 = arith.addi %v901, %v902 : i64
                %v904 = llvm.getelementptr %in_Bm[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v905 = llvm.load %v904 : !llvm.ptr -> f32
                %v906 = llvm.load %v38 : !llvm.ptr -> f32
                %v907 = arith.mulf %v905, %v906 : f32
                %v908 = arith.addf %v896, %v907 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v910, %v911 = gpu.shuffle xor %v908, %v909, %v267 : f32
                %v912 = arith.addf %v908, %v910 : f32
                %v914, %v915 = gpu.shuffle xor %v912, %v913, %v267 : f32
                %v916 = arith.addf %v912, %v914 : f32
                %v918, %v919 = gpu.shuffle xor %v916, %v917, %v267 : f32
                %v920 = arith.addf %v916, %v918 : f32
                // end sum over the lanes
                %v921 = arith.mulf %v816, %v920 : f32
                %v922 = arith.addf %v887, %v921 : f32
                %v923 = arith.cmpi eq, %v23, %v53 : i64
                %v924 = arith.andi %v27, %v923 : i1
                scf.if %v924 {
                  %v925 = arith.muli %v35, %v206 : i64
                  %v926 = arith.muli %v33, %v205 : i64
                  %v927 = arith.addi %v925, %v926 : i64
                  %v928 = arith.muli %v827, %v2 : i64
                  %v929 = arith.addi %v927, %v928 : i64
                  %v930 = llvm.getelementptr %dx_u[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v922, %v930 : f32, !llvm.ptr
                }
                %v931 = arith.muli %v35, %v206 : i64
                %v932 = arith.muli %v33, %v205 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = arith.muli %v827, %v2 : i64
                %v935 = arith.addi %v933, %v934 : i64
                %v936 = llvm.getelementptr %in_u[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v937 = llvm.load %v936 : !llvm.ptr -> f32
                %v938 = arith.mulf %v937, %v920 : f32
                %v939 = arith.muli %v33, %v275 : i64
                %v940 = arith.muli %v23, %v2 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = llvm.getelementptr %in_A[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v943 = llvm.load %v942 : !llvm.ptr -> f32
                %v944 = arith.mulf %v816, %v943 : f32
                %v945 = arith.mulf %v944, %v221 : f32
                %v946 = llvm.call_intrinsic "llvm.exp2.f32"(%v945) : (f32) -> f32
                %v947 = arith.mulf %v744, %v895 : f32
                %v948 = arith.mulf %v943, %v947 : f32
                %v949 = arith.mulf %v946, %v948 : f32
                %v950 = arith.muli %v33, %v275 : i64
                %v951 = arith.constant 8 : i64
                %v952 = arith.addi %v951, %v23 : i64
                %v953 = arith.muli %v952, %v2 : i64
                %v954 = arith.addi %v950, %v953 : i64
                %v955 = llvm.getelementptr %in_A[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v956 = llvm.load %v955 : !llvm.ptr -> f32
                %v957 = arith.mulf %v816, %v956 : f32
                %v958 = arith.mulf %v957, %v221 : f32
                %v959 = llvm.call_intrinsic "llvm.exp2.f32"(%v958) : (f32) -> f32
                %v960 = arith.mulf %v766, %v906 : f32
                %v961 = arith.mulf %v956, %v960 : f32
                %v962 = arith.mulf %v959, %v961 : f32
                %v963 = arith.addf %v949, %v962 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v964, %v965 = gpu.shuffle xor %v963, %v909, %v267 : f32
                %v966 = arith.addf %v963, %v964 : f32
                %v967, %v968 = gpu.shuffle xor %v966, %v913, %v267 : f32
                %v969 = arith.addf %v966, %v967 : f32
                %v970, %v971 = gpu.shuffle xor %v969, %v917, %v267 : f32
                %v972 = arith.addf %v969, %v970 : f32
                // end sum over the lanes
                %v973 = arith.addf %v938, %v972 : f32
                %v974 = arith.mulf %v973, %v824 : f32
                %v975 = arith.cmpi eq, %v23, %v53 : i64
                %v976 = arith.andi %v27, %v975 : i1
                scf.if %v976 {
                  %v977 = arith.muli %v35, %v206 : i64
                  %v978 = arith.muli %v33, %v205 : i64
                  %v979 = arith.addi %v977, %v978 : i64
                  %v980 = arith.muli %v827, %v2 : i64
                  %v981 = arith.addi %v979, %v980 : i64
                  %v982 = llvm.getelementptr %dx_delta[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v974, %v982 : f32, !llvm.ptr
                }
                %v983 = arith.mulf %v834, %v791 : f32
                %v984 = arith.mulf %v856, %v813 : f32
                %v985 = arith.addf %v983, %v984 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v986, %v987 = gpu.shuffle xor %v985, %v909, %v267 : f32
                %v988 = arith.addf %v985, %v986 : f32
                %v989, %v990 = gpu.shuffle xor %v988, %v913, %v267 : f32
                %v991 = arith.addf %v988, %v989 : f32
                %v992, %v993 = gpu.shuffle xor %v991, %v917, %v267 : f32
                %v994 = arith.addf %v991, %v992 : f32
                // end sum over the lanes
                %v995 = arith.mulf %v937, %v886 : f32
                %v996 = arith.addf %v994, %v995 : f32
                %v997 = arith.mulf %v996, %v841 : f32
                %v998 = arith.mulf %v997, %v822 : f32
                %v999 = arith.cmpi eq, %v23, %v53 : i64
                %v1000 = arith.andi %v27, %v999 : i1
                scf.if %v1000 {
                  %v1001 = arith.muli %v35, %v206 : i64
                  %v1002 = arith.muli %v33, %v205 : i64
                  %v1003 = arith.addi %v1001, %v1002 : i64
                  %v1004 = arith.muli %v827, %v2 : i64
                  %v1005 = arith.addi %v1003, %v1004 : i64
                  %v1006 = llvm.getelementptr %dx_z[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v998, %v1006 : f32, !llvm.ptr
                }
                %v1007 = arith.mulf %v946, %v947 : f32
                %v1008 = arith.mulf %v816, %v1007 : f32
                %v1009 = llvm.load %v41 : !llvm.ptr -> f32
                %v1010 = arith.addf %v1009, %v1008 : f32
                llvm.store %v1010, %v41 : f32, !llvm.ptr
                %v1011 = arith.mulf %v959, %v960 : f32
                %v1012 = arith.mulf %v816, %v1011 : f32
                %v1013 = llvm.load %v42 : !llvm.ptr -> f32
                %v1014 = arith.addf %v1013, %v1012 : f32
                llvm.store %v1014, %v42 : f32, !llvm.ptr
                %v1015 = arith.mulf %v818, %v895 : f32
                %v1016 = arith.select %v27, %v1015, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1018, %v1019 = gpu.shuffle xor %v1016, %v1017, %v267 : f32
                %v1020 = arith.addf %v1016, %v1018 : f32
                %v1022, %v1023 = gpu.shuffle xor %v1020, %v1021, %v267 : f32
                %v1024 = arith.addf %v1020, %v1022 : f32
                %v1025 = arith.divui %v13, %v15 : i64
                %v1026 = arith.remui %v13, %v15 : i64
                %v1027 = arith.cmpi ult, %v1026, %v22 : i64
                %v1028 = arith.addi %v53, %v23 : i64
                %v1029 = arith.muli %v1025, %v15 : i64
                %v1030 = arith.addi %v1029, %v826 : i64
                %v1031 = arith.muli %v1030, %v1 : i64
                %v1032 = arith.addi %v1031, %v1028 : i64
                scf.if %v1027 {
                  %v1033 = llvm.getelementptr %v48[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1024, %v1033 : f32, !llvm.ptr
                }
                %v1034 = arith.mulf %v818, %v906 : f32
                %v1035 = arith.select %v27, %v1034, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1036, %v1037 = gpu.shuffle xor %v1035, %v1017, %v267 : f32
                %v1038 = arith.addf %v1035, %v1036 : f32
                %v1039, %v1040 = gpu.shuffle xor %v1038, %v1021, %v267 : f32
                %v1041 = arith.addf %v1038, %v1039 : f32
                %v1042 = arith.divui %v13, %v15 : i64
                %v1043 = arith.remui %v13, %v15 : i64
                %v1044 = arith.cmpi ult, %v1043, %v22 : i64
                %v1045 = arith.addi %v22, %v23 : i64
                %v1046 = arith.muli %v1042, %v15 : i64
                %v1047 = arith.addi %v1046, %v826 : i64
                %v1048 = arith.muli %v1047, %v1 : i64
                %v1049 = arith.addi %v1048, %v1045 : i64
                scf.if %v1044 {
                  %v1050 = llvm.getelementptr %v48[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1041, %v1050 : f32, !llvm.ptr
                }
                %v1051 = arith.mulf %v791, %v842 : f32
                %v1052 = arith.select %v27, %v1051, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1053, %v1054 = gpu.shuffle xor %v1052, %v1017, %v267 : f32
                %v1055 = arith.addf %v1052, %v1053 : f32
                %v1056, %v1057 = gpu.shuffle xor %v1055, %v1021, %v267 : f32
                %v1058 = arith.addf %v1055, %v1056 : f32
                %v1059 = arith.divui %v13, %v15 : i64
                %v1060 = arith.remui %v13, %v15 : i64
                %v1061 = arith.cmpi ult, %v1060, %v22 : i64
                %v1062 = arith.addi %v53, %v23 : i64
                %v1063 = arith.muli %v1059, %v15 : i64
                %v1064 = arith.addi %v1063, %v826 : i64
                %v1065 = arith.muli %v1064, %v1 : i64
                %v1066 = arith.addi %v1065, %v1062 : i64
                scf.if %v1061 {
                  %v1067 = llvm.getelementptr %v50[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1058, %v1067 : f32, !llvm.ptr
                }
                %v1068 = arith.mulf %v813, %v842 : f32
                %v1069 = arith.select %v27, %v1068, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1070, %v1071 = gpu.shuffle xor %v1069, %v1017, %v267 : f32
                %v1072 = arith.addf %v1069, %v1070 : f32
                %v1073, %v1074 = gpu.shuffle xor %v1072, %v1021, %v267 : f32
                %v1075 = arith.addf %v1072, %v1073 : f32
                %v1076 = arith.divui %v13, %v15 : i64
                %v1077 = arith.remui %v13, %v15 : i64
                %v1078 = arith.cmpi ult, %v1077, %v22 : i64
                %v1079 = arith.addi %v22, %v23 : i64
                %v1080 = arith.muli %v1076, %v15 : i64
                %v1081 = arith.addi %v1080, %v826 : i64
                %v1082 = arith.muli %v1081, %v1 : i64
                %v1083 = arith.addi %v1082, %v1079 : i64
                scf.if %v1078 {
                  %v1084 = llvm.getelementptr %v50[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1075, %v1084 : f32, !llvm.ptr
                }
                %v1085 = arith.mulf %v937, %v842 : f32
                %v1086 = llvm.load %v43 : !llvm.ptr -> f32
                %v1087 = arith.addf %v1086, %v1085 : f32
                llvm.store %v1087, %v43 : f32, !llvm.ptr
                %v1088 = llvm.load %v44 : !llvm.ptr -> f32
                %v1089 = arith.addf %v1088, %v974 : f32
                llvm.store %v1089, %v44 : f32, !llvm.ptr
                llvm.store %v946, %v39 : f32, !llvm.ptr
                llvm.store %v959, %v40 : f32, !llvm.ptr
              }
              %v1090 = arith.addi %v339, %v719 : i64
              %v1091 = arith.cmpi slt, %v1090, %v148 : i64
              %v1092, %v1093 = gpu.shuffle idx %v399, %v132, %v267 : f32
              %v1094, %v1095 = gpu.shuffle idx %v407, %v132, %v267 : f32
              %v1096, %v1097 = gpu.shuffle idx %v420, %v132, %v267 : f32
              %v1098, %v1099 = gpu.shuffle idx %v429, %v132, %v267 : f32
              %v1100, %v1101 = gpu.shuffle idx %v434, %v132, %v267 : f32
              %v1102 = arith.addi %v341, %v2 : i64
              scf.if %v1091 {
                %v1103 = arith.addi %v146, %v1090 : i64
                %v1104 = arith.muli %v35, %v285 : i64
                %v1105 = arith.muli %v23, %v284 : i64
                %v1106 = arith.addi %v1104, %v1105 : i64
                %v1107 = arith.muli %v1103, %v2 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = llvm.getelementptr %in_Cm[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1110 = llvm.load %v1109 : !llvm.ptr -> f32
                %v1111 = arith.muli %v35, %v206 : i64
                %v1112 = arith.muli %v33, %v205 : i64
                %v1113 = arith.addi %v1111, %v1112 : i64
                %v1114 = arith.muli %v1103, %v2 : i64
                %v1115 = arith.addi %v1113, %v1114 : i64
                %v1116 = llvm.getelementptr %dy_y[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
                %v1118 = arith.mulf %v1096, %v1117 : f32
                %v1119 = arith.mulf %v1110, %v1118 : f32
                %v1120 = llvm.load %v37 : !llvm.ptr -> f32
                %v1121 = llvm.load %v39 : !llvm.ptr -> f32
                %v1122 = arith.mulf %v1121, %v1120 : f32
                %v1123 = arith.addf %v1119, %v1122 : f32
                llvm.store %v1123, %v37 : f32, !llvm.ptr
                %v1124 = arith.muli %v35, %v285 : i64
                %v1125 = arith.constant 8 : i64
                %v1126 = arith.addi %v1125, %v23 : i64
                %v1127 = arith.muli %v1126, %v284 : i64
                %v1128 = arith.addi %v1124, %v1127 : i64
                %v1129 = arith.muli %v1103, %v2 : i64
                %v1130 = arith.addi %v1128, %v1129 : i64
                %v1131 = llvm.getelementptr %in_Cm[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                %v1133 = arith.mulf %v1132, %v1118 : f32
                %v1134 = llvm.load %v38 : !llvm.ptr -> f32
                %v1135 = llvm.load %v40 : !llvm.ptr -> f32
                %v1136 = arith.mulf %v1135, %v1134 : f32
                %v1137 = arith.addf %v1133, %v1136 : f32
                llvm.store %v1137, %v38 : f32, !llvm.ptr
                %v1138 = arith.subi %size_L, %v2 : i64
                %v1139 = arith.cmpi eq, %v1103, %v1138 : i64
                scf.if %v1139 {
                  %v1140 = arith.muli %v35, %v56 : i64
                  %v1141 = arith.muli %v33, %v55 : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = arith.muli %v23, %v2 : i64
                  %v1144 = arith.addi %v1142, %v1143 : i64
                  %v1145 = llvm.getelementptr %dy_h_last[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
                  %v1147 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1148 = arith.addf %v1147, %v1146 : f32
                  llvm.store %v1148, %v37 : f32, !llvm.ptr
                  %v1149 = arith.muli %v35, %v56 : i64
                  %v1150 = arith.muli %v33, %v55 : i64
                  %v1151 = arith.addi %v1149, %v1150 : i64
                  %v1152 = arith.constant 8 : i64
                  %v1153 = arith.addi %v1152, %v23 : i64
                  %v1154 = arith.muli %v1153, %v2 : i64
                  %v1155 = arith.addi %v1151, %v1154 : i64
                  %v1156 = llvm.getelementptr %dy_h_last[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
                  %v1158 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1159 = arith.addf %v1158, %v1157 : f32
                  llvm.store %v1159, %v38 : f32, !llvm.ptr
                }
                %v1160 = arith.muli %v33, %v2 : i64
                %v1161 = llvm.getelementptr %in_Dskip[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
                %v1163 = arith.mulf %v1162, %v1118 : f32
                %v1164 = arith.muli %v35, %v285 : i64
                %v1165 = arith.muli %v23, %v284 : i64
                %v1166 = arith.addi %v1164, %v1165 : i64
                %v1167 = arith.muli %v1103, %v2 : i64
                %v1168 = arith.addi %v1166, %v1167 : i64
                %v1169 = llvm.getelementptr %in_Bm[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
                %v1171 = llvm.load %v37 : !llvm.ptr -> f32
                %v1172 = arith.mulf %v1170, %v1171 : f32
                %v1173 = arith.muli %v35, %v285 : i64
                %v1174 = arith.constant 8 : i64
                %v1175 = arith.addi %v1174, %v23 : i64
                %v1176 = arith.muli %v1175, %v284 : i64
                %v1177 = arith.addi %v1173, %v1176 : i64
                %v1178 = arith.muli %v1103, %v2 : i64
                %v1179 = arith.addi %v1177, %v1178 : i64
                %v1180 = llvm.getelementptr %in_Bm[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                %v1182 = llvm.load %v38 : !llvm.ptr -> f32
                %v1183 = arith.mulf %v1181, %v1182 : f32
                %v1184 = arith.addf %v1172, %v1183 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1185, %v1186 = gpu.shuffle xor %v1184, %v909, %v267 : f32
                %v1187 = arith.addf %v1184, %v1185 : f32
                %v1188, %v1189 = gpu.shuffle xor %v1187, %v913, %v267 : f32
                %v1190 = arith.addf %v1187, %v1188 : f32
                %v1191, %v1192 = gpu.shuffle xor %v1190, %v917, %v267 : f32
                %v1193 = arith.addf %v1190, %v1191 : f32
                // end sum over the lanes
                %v1194 = arith.mulf %v1092, %v1193 : f32
                %v1195 = arith.addf %v1163, %v1194 : f32
                %v1196 = arith.cmpi eq, %v23, %v53 : i64
                %v1197 = arith.andi %v27, %v1196 : i1
                scf.if %v1197 {
                  %v1198 = arith.muli %v35, %v206 : i64
                  %v1199 = arith.muli %v33, %v205 : i64
                  %v1200 = arith.addi %v1198, %v1199 : i64
                  %v1201 = arith.muli %v1103, %v2 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = llvm.getelementptr %dx_u[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1195, %v1203 : f32, !llvm.ptr
                }
                %v1204 = arith.muli %v35, %v206 : i64
                %v1205 = arith.muli %v33, %v205 : i64
                %v1206 = arith.addi %v1204, %v1205 : i64
                %v1207 = arith.muli %v1103, %v2 : i64
                %v1208 = arith.addi %v1206, %v1207 : i64
                %v1209 = llvm.getelementptr %in_u[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
                %v1211 = arith.mulf %v1210, %v1193 : f32
                %v1212 = arith.muli %v33, %v275 : i64
                %v1213 = arith.muli %v23, %v2 : i64
                %v1214 = arith.addi %v1212, %v1213 : i64
                %v1215 = llvm.getelementptr %in_A[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                %v1217 = arith.mulf %v1092, %v1216 : f32
                %v1218 = arith.mulf %v1217, %v221 : f32
                %v1219 = llvm.call_intrinsic "llvm.exp2.f32"(%v1218) : (f32) -> f32
                %v1220 = arith.mulf %v696, %v1171 : f32
                %v1221 = arith.mulf %v1216, %v1220 : f32
                %v1222 = arith.mulf %v1219, %v1221 : f32
                %v1223 = arith.muli %v33, %v275 : i64
                %v1224 = arith.constant 8 : i64
                %v1225 = arith.addi %v1224, %v23 : i64
                %v1226 = arith.muli %v1225, %v2 : i64
                %v1227 = arith.addi %v1223, %v1226 : i64
                %v1228 = llvm.getelementptr %in_A[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
                %v1230 = arith.mulf %v1092, %v1229 : f32
                %v1231 = arith.mulf %v1230, %v221 : f32
                %v1232 = llvm.call_intrinsic "llvm.exp2.f32"(%v1231) : (f32) -> f32
                %v1233 = arith.mulf %v718, %v1182 : f32
                %v1234 = arith.mulf %v1229, %v1233 : f32
                %v1235 = arith.mulf %v1232, %v1234 : f32
                %v1236 = arith.addf %v1222, %v1235 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1237, %v1238 = gpu.shuffle xor %v1236, %v909, %v267 : f32
                %v1239 = arith.addf %v1236, %v1237 : f32
                %v1240, %v1241 = gpu.shuffle xor %v1239, %v913, %v267 : f32
                %v1242 = arith.addf %v1239, %v1240 : f32
                %v1243, %v1244 = gpu.shuffle xor %v1242, %v917, %v267 : f32
                %v1245 = arith.addf %v1242, %v1243 : f32
                // end sum over the lanes
                %v1246 = arith.addf %v1211, %v1245 : f32
                %v1247 = arith.mulf %v1246, %v1100 : f32
                %v1248 = arith.cmpi eq, %v23, %v53 : i64
                %v1249 = arith.andi %v27, %v1248 : i1
                scf.if %v1249 {
                  %v1250 = arith.muli %v35, %v206 : i64
                  %v1251 = arith.muli %v33, %v205 : i64
                  %v1252 = arith.addi %v1250, %v1251 : i64
                  %v1253 = arith.muli %v1103, %v2 : i64
                  %v1254 = arith.addi %v1252, %v1253 : i64
                  %v1255 = llvm.getelementptr %dx_delta[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1247, %v1255 : f32, !llvm.ptr
                }
                %v1256 = arith.mulf %v1110, %v744 : f32
                %v1257 = arith.mulf %v1132, %v766 : f32
                %v1258 = arith.addf %v1256, %v1257 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1259, %v1260 = gpu.shuffle xor %v1258, %v909, %v267 : f32
                %v1261 = arith.addf %v1258, %v1259 : f32
                %v1262, %v1263 = gpu.shuffle xor %v1261, %v913, %v267 : f32
                %v1264 = arith.addf %v1261, %v1262 : f32
                %v1265, %v1266 = gpu.shuffle xor %v1264, %v917, %v267 : f32
                %v1267 = arith.addf %v1264, %v1265 : f32
                // end sum over the lanes
                %v1268 = arith.mulf %v1210, %v1162 : f32
                %v1269 = arith.addf %v1267, %v1268 : f32
                %v1270 = arith.mulf %v1269, %v1117 : f32
                %v1271 = arith.mulf %v1270, %v1098 : f32
                %v1272 = arith.cmpi eq, %v23, %v53 : i64
                %v1273 = arith.andi %v27, %v1272 : i1
                scf.if %v1273 {
                  %v1274 = arith.muli %v35, %v206 : i64
                  %v1275 = arith.muli %v33, %v205 : i64
                  %v1276 = arith.addi %v1274, %v1275 : i64
                  %v1277 = arith.muli %v1103, %v2 : i64
                  %v1278 = arith.addi %v1276, %v1277 : i64
                  %v1279 = llvm.getelementptr %dx_z[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1271, %v1279 : f32, !llvm.ptr
                }
                %v1280 = arith.mulf %v1219, %v1220 : f32
                %v1281 = arith.mulf %v1092, %v1280 : f32
                %v1282 = llvm.load %v41 : !llvm.ptr -> f32
                %v1283 = arith.addf %v1282, %v1281 : f32
                llvm.store %v1283, %v41 : f32, !llvm.ptr
                %v1284 = arith.mulf %v1232, %v1233 : f32
                %v1285 = arith.mulf %v1092, %v1284 : f32
                %v1286 = llvm.load %v42 : !llvm.ptr -> f32
                %v1287 = arith.addf %v1286, %v1285 : f32
                llvm.store %v1287, %v42 : f32, !llvm.ptr
                %v1288 = arith.mulf %v1094, %v1171 : f32
                %v1289 = arith.select %v27, %v1288, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1290, %v1291 = gpu.shuffle xor %v1289, %v1017, %v267 : f32
                %v1292 = arith.addf %v1289, %v1290 : f32
                %v1293, %v1294 = gpu.shuffle xor %v1292, %v1021, %v267 : f32
                %v1295 = arith.addf %v1292, %v1293 : f32
                %v1296 = arith.divui %v13, %v15 : i64
                %v1297 = arith.remui %v13, %v15 : i64
                %v1298 = arith.cmpi ult, %v1297, %v22 : i64
                %v1299 = arith.addi %v53, %v23 : i64
                %v1300 = arith.muli %v1296, %v15 : i64
                %v1301 = arith.addi %v1300, %v1102 : i64
                %v1302 = arith.muli %v1301, %v1 : i64
                %v1303 = arith.addi %v1302, %v1299 : i64
                scf.if %v1298 {
                  %v1304 = llvm.getelementptr %v48[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1295, %v1304 : f32, !llvm.ptr
                }
                %v1305 = arith.mulf %v1094, %v1182 : f32
                %v1306 = arith.select %v27, %v1305, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1307, %v1308 = gpu.shuffle xor %v1306, %v1017, %v267 : f32
                %v1309 = arith.addf %v1306, %v1307 : f32
                %v1310, %v1311 = gpu.shuffle xor %v1309, %v1021, %v267 : f32
                %v1312 = arith.addf %v1309, %v1310 : f32
                %v1313 = arith.divui %v13, %v15 : i64
                %v1314 = arith.remui %v13, %v15 : i64
                %v1315 = arith.cmpi ult, %v1314, %v22 : i64
                %v1316 = arith.addi %v22, %v23 : i64
                %v1317 = arith.muli %v1313, %v15 : i64
                %v1318 = arith.addi %v1317, %v1102 : i64
                %v1319 = arith.muli %v1318, %v1 : i64
                %v1320 = arith.addi %v1319, %v1316 : i64
                scf.if %v1315 {
                  %v1321 = llvm.getelementptr %v48[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1312, %v1321 : f32, !llvm.ptr
                }
                %v1322 = arith.mulf %v744, %v1118 : f32
                %v1323 = arith.select %v27, %v1322, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1324, %v1325 = gpu.shuffle xor %v1323, %v1017, %v267 : f32
                %v1326 = arith.addf %v1323, %v1324 : f32
                %v1327, %v1328 = gpu.shuffle xor %v1326, %v1021, %v267 : f32
                %v1329 = arith.addf %v1326, %v1327 : f32
                %v1330 = arith.divui %v13, %v15 : i64
                %v1331 = arith.remui %v13, %v15 : i64
                %v1332 = arith.cmpi ult, %v1331, %v22 : i64
                %v1333 = arith.addi %v53, %v23 : i64
                %v1334 = arith.muli %v1330, %v15 : i64
                %v1335 = arith.addi %v1334, %v1102 : i64
                %v1336 = arith.muli %v1335, %v1 : i64
                %v1337 = arith.addi %v1336, %v1333 : i64
                scf.if %v1332 {
                  %v1338 = llvm.getelementptr %v50[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1329, %v1338 : f32, !llvm.ptr
                }
                %v1339 = arith.mulf %v766, %v1118 : f32
                %v1340 = arith.select %v27, %v1339, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1341, %v1342 = gpu.shuffle xor %v1340, %v1017, %v267 : f32
                %v1343 = arith.addf %v1340, %v1341 : f32
                %v1344, %v1345 = gpu.shuffle xor %v1343, %v1021, %v267 : f32
                %v1346 = arith.addf %v1343, %v1344 : f32
                %v1347 = arith.divui %v13, %v15 : i64
                %v1348 = arith.remui %v13, %v15 : i64
                %v1349 = arith.cmpi ult, %v1348, %v22 : i64
                %v1350 = arith.addi %v22, %v23 : i64
                %v1351 = arith.muli %v1347, %v15 : i64
                %v1352 = arith.addi %v1351, %v1102 : i64
                %v1353 = arith.muli %v1352, %v1 : i64
                %v1354 = arith.addi %v1353, %v1350 : i64
                scf.if %v1349 {
                  %v1355 = llvm.getelementptr %v50[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1346, %v1355 : f32, !llvm.ptr
                }
                %v1356 = arith.mulf %v1210, %v1118 : f32
                %v1357 = llvm.load %v43 : !llvm.ptr -> f32
                %v1358 = arith.addf %v1357, %v1356 : f32
                llvm.store %v1358, %v43 : f32, !llvm.ptr
                %v1359 = llvm.load %v44 : !llvm.ptr -> f32
                %v1360 = arith.addf %v1359, %v1247 : f32
                llvm.store %v1360, %v44 : f32, !llvm.ptr
                llvm.store %v1219, %v39 : f32, !llvm.ptr
                llvm.store %v1232, %v40 : f32, !llvm.ptr
              }
              %v1361 = arith.addi %v339, %v671 : i64
              %v1362 = arith.cmpi slt, %v1361, %v148 : i64
              %v1363, %v1364 = gpu.shuffle idx %v399, %v128, %v267 : f32
              %v1365, %v1366 = gpu.shuffle idx %v407, %v128, %v267 : f32
              %v1367, %v1368 = gpu.shuffle idx %v420, %v128, %v267 : f32
              %v1369, %v1370 = gpu.shuffle idx %v429, %v128, %v267 : f32
              %v1371, %v1372 = gpu.shuffle idx %v434, %v128, %v267 : f32
              %v1373 = arith.addi %v341, %v529 : i64
              scf.if %v1362 {
                %v1374 = arith.addi %v146, %v1361 : i64
                %v1375 = arith.muli %v35, %v285 : i64
                %v1376 = arith.muli %v23, %v284 : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = arith.muli %v1374, %v2 : i64
                %v1379 = arith.addi %v1377, %v1378 : i64
                %v1380 = llvm.getelementptr %in_Cm[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
                %v1382 = arith.muli %v35, %v206 : i64
                %v1383 = arith.muli %v33, %v205 : i64
                %v1384 = arith.addi %v1382, %v1383 : i64
                %v1385 = arith.muli %v1374, %v2 : i64
                %v1386 = arith.addi %v1384, %v1385 : i64
                %v1387 = llvm.getelementptr %dy_y[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
                %v1389 = arith.mulf %v1367, %v1388 : f32
                %v1390 = arith.mulf %v1381, %v1389 : f32
                %v1391 = llvm.load %v37 : !llvm.ptr -> f32
                %v1392 = llvm.load %v39 : !llvm.ptr -> f32
                %v1393 = arith.mulf %v1392, %v1391 : f32
                %v1394 = arith.addf %v1390, %v1393 : f32
                llvm.store %v1394, %v37 : f32, !llvm.ptr
                %v1395 = arith.muli %v35, %v285 : i64
                %v1396 = arith.constant 8 : i64
                %v1397 = arith.addi %v1396, %v23 : i64
                %v1398 = arith.muli %v1397, %v284 : i64
                %v1399 = arith.addi %v1395, %v1398 : i64
                %v1400 = arith.muli %v1374, %v2 : i64
                %v1401 = arith.addi %v1399, %v1400 : i64
                %v1402 = llvm.getelementptr %in_Cm[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
                %v1404 = arith.mulf %v1403, %v1389 : f32
                %v1405 = llvm.load %v38 : !llvm.ptr -> f32
                %v1406 = llvm.load %v40 : !llvm.ptr -> f32
                %v1407 = arith.mulf %v1406, %v1405 : f32
                %v1408 = arith.addf %v1404, %v1407 : f32
                llvm.store %v1408, %v38 : f32, !llvm.ptr
                %v1409 = arith.subi %size_L, %v2 : i64
                %v1410 = arith.cmpi eq, %v1374, %v1409 : i64
                scf.if %v1410 {
                  %v1411 = arith.muli %v35, %v56 : i64
                  %v1412 = arith.muli %v33, %v55 : i64
                  %v1413 = arith.addi %v1411, %v1412 : i64
                  %v1414 = arith.muli %v23, %v2 : i64
                  %v1415 = arith.addi %v1413, %v1414 : i64
                  %v1416 = llvm.getelementptr %dy_h_last[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
                  %v1418 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1419 = arith.addf %v1418, %v1417 : f32
                  llvm.store %v1419, %v37 : f32, !llvm.ptr
                  %v1420 = arith.muli %v35, %v56 : i64
                  %v1421 = arith.muli %v33, %v55 : i64
                  %v1422 = arith.addi %v1420, %v1421 : i64
                  %v1423 = arith.constant 8 : i64
                  %v1424 = arith.addi %v1423, %v23 : i64
                  %v1425 = arith.muli %v1424, %v2 : i64
                  %v1426 = arith.addi %v1422, %v1425 : i64
                  %v1427 = llvm.getelementptr %dy_h_last[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
                  %v1429 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1430 = arith.addf %v1429, %v1428 : f32
                  llvm.store %v1430, %v38 : f32, !llvm.ptr
                }
                %v1431 = arith.muli %v33, %v2 : i64
                %v1432 = llvm.getelementptr %in_Dskip[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
                %v1434 = arith.mulf %v1433, %v1389 : f32
                %v1435 = arith.muli %v35, %v285 : i64
                %v1436 = arith.muli %v23, %v284 : i64
                %v1437 = arith.addi %v1435, %v1436 : i64
                %v1438 = arith.muli %v1374, %v2 : i64
                %v1439 = arith.addi %v1437, %v1438 : i64
                %v1440 = llvm.getelementptr %in_Bm[%v1439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
                %v1442 = llvm.load %v37 : !llvm.ptr -> f32
                %v1443 = arith.mulf %v1441, %v1442 : f32
                %v1444 = arith.muli %v35, %v285 : i64
                %v1445 = arith.constant 8 : i64
                %v1446 = arith.addi %v1445, %v23 : i64
                %v1447 = arith.muli %v1446, %v284 : i64
                %v1448 = arith.addi %v1444, %v1447 : i64
                %v1449 = arith.muli %v1374, %v2 : i64
                %v1450 = arith.addi %v1448, %v1449 : i64
                %v1451 = llvm.getelementptr %in_Bm[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
                %v1453 = llvm.load %v38 : !llvm.ptr -> f32
                %v1454 = arith.mulf %v1452, %v1453 : f32
                %v1455 = arith.addf %v1443, %v1454 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1456, %v1457 = gpu.shuffle xor %v1455, %v909, %v267 : f32
                %v1458 = arith.addf %v1455, %v1456 : f32
                %v1459, %v1460 = gpu.shuffle xor %v1458, %v913, %v267 : f32
                %v1461 = arith.addf %v1458, %v1459 : f32
                %v1462, %v1463 = gpu.shuffle xor %v1461, %v917, %v267 : f32
                %v1464 = arith.addf %v1461, %v1462 : f32
                // end sum over the lanes
                %v1465 = arith.mulf %v1363, %v1464 : f32
                %v1466 = arith.addf %v1434, %v1465 : f32
                %v1467 = arith.cmpi eq, %v23, %v53 : i64
                %v1468 = arith.andi %v27, %v1467 : i1
                scf.if %v1468 {
                  %v1469 = arith.muli %v35, %v206 : i64
                  %v1470 = arith.muli %v33, %v205 : i64
                  %v1471 = arith.addi %v1469, %v1470 : i64
                  %v1472 = arith.muli %v1374, %v2 : i64
                  %v1473 = arith.addi %v1471, %v1472 : i64
                  %v1474 = llvm.getelementptr %dx_u[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1466, %v1474 : f32, !llvm.ptr
                }
                %v1475 = arith.muli %v35, %v206 : i64
                %v1476 = arith.muli %v33, %v205 : i64
                %v1477 = arith.addi %v1475, %v1476 : i64
                %v1478 = arith.muli %v1374, %v2 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = llvm.getelementptr %in_u[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v1464 : f32
                %v1483 = arith.muli %v33, %v275 : i64
                %v1484 = arith.muli %v23, %v2 : i64
                %v1485 = arith.addi %v1483, %v1484 : i64
                %v1486 = llvm.getelementptr %in_A[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1487 = llvm.load %v1486 : !llvm.ptr -> f32
                %v1488 = arith.mulf %v1363, %v1487 : f32
                %v1489 = arith.mulf %v1488, %v221 : f32
                %v1490 = llvm.call_intrinsic "llvm.exp2.f32"(%v1489) : (f32) -> f32
                %v1491 = arith.mulf %v648, %v1442 : f32
                %v1492 = arith.mulf %v1487, %v1491 : f32
                %v1493 = arith.mulf %v1490, %v1492 : f32
                %v1494 = arith.muli %v33, %v275 : i64
                %v1495 = arith.constant 8 : i64
                %v1496 = arith.addi %v1495, %v23 : i64
                %v1497 = arith.muli %v1496, %v2 : i64
                %v1498 = arith.addi %v1494, %v1497 : i64
                %v1499 = llvm.getelementptr %in_A[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
                %v1501 = arith.mulf %v1363, %v1500 : f32
                %v1502 = arith.mulf %v1501, %v221 : f32
                %v1503 = llvm.call_intrinsic "llvm.exp2.f32"(%v1502) : (f32) -> f32
                %v1504 = arith.mulf %v670, %v1453 : f32
                %v1505 = arith.mulf %v1500, %v1504 : f32
                %v1506 = arith.mulf %v1503, %v1505 : f32
                %v1507 = arith.addf %v1493, %v1506 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1508, %v1509 = gpu.shuffle xor %v1507, %v909, %v267 : f32
                %v1510 = arith.addf %v1507, %v1508 : f32
                %v1511, %v1512 = gpu.shuffle xor %v1510, %v913, %v267 : f32
                %v1513 = arith.addf %v1510, %v1511 : f32
                %v1514, %v1515 = gpu.shuffle xor %v1513, %v917, %v267 : f32
                %v1516 = arith.addf %v1513, %v1514 : f32
                // end sum over the lanes
                %v1517 = arith.addf %v1482, %v1516 : f32
                %v1518 = arith.mulf %v1517, %v1371 : f32
                %v1519 = arith.cmpi eq, %v23, %v53 : i64
                %v1520 = arith.andi %v27, %v1519 : i1
                scf.if %v1520 {
                  %v1521 = arith.muli %v35, %v206 : i64
                  %v1522 = arith.muli %v33, %v205 : i64
                  %v1523 = arith.addi %v1521, %v1522 : i64
                  %v1524 = arith.muli %v1374, %v2 : i64
                  %v1525 = arith.addi %v1523, %v1524 : i64
                  %v1526 = llvm.getelementptr %dx_delta[%v1525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1518, %v1526 : f32, !llvm.ptr
                }
                %v1527 = arith.mulf %v1381, %v696 : f32
                %v1528 = arith.mulf %v1403, %v718 : f32
                %v1529 = arith.addf %v1527, %v1528 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1530, %v1531 = gpu.shuffle xor %v1529, %v909, %v267 : f32
                %v1532 = arith.addf %v1529, %v1530 : f32
                %v1533, %v1534 = gpu.shuffle xor %v1532, %v913, %v267 : f32
                %v1535 = arith.addf %v1532, %v1533 : f32
                %v1536, %v1537 = gpu.shuffle xor %v1535, %v917, %v267 : f32
                %v1538 = arith.addf %v1535, %v1536 : f32
                // end sum over the lanes
                %v1539 = arith.mulf %v1481, %v1433 : f32
                %v1540 = arith.addf %v1538, %v1539 : f32
                %v1541 = arith.mulf %v1540, %v1388 : f32
                %v1542 = arith.mulf %v1541, %v1369 : f32
                %v1543 = arith.cmpi eq, %v23, %v53 : i64
                %v1544 = arith.andi %v27, %v1543 : i1
                scf.if %v1544 {
                  %v1545 = arith.muli %v35, %v206 : i64
                  %v1546 = arith.muli %v33, %v205 : i64
                  %v1547 = arith.addi %v1545, %v1546 : i64
                  %v1548 = arith.muli %v1374, %v2 : i64
                  %v1549 = arith.addi %v1547, %v1548 : i64
                  %v1550 = llvm.getelementptr %dx_z[%v1549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1542, %v1550 : f32, !llvm.ptr
                }
                %v1551 = arith.mulf %v1490, %v1491 : f32
                %v1552 = arith.mulf %v1363, %v1551 : f32
                %v1553 = llvm.load %v41 : !llvm.ptr -> f32
                %v1554 = arith.addf %v1553, %v1552 : f32
                llvm.store %v1554, %v41 : f32, !llvm.ptr
                %v1555 = arith.mulf %v1503, %v1504 : f32
                %v1556 = arith.mulf %v1363, %v1555 : f32
                %v1557 = llvm.load %v42 : !llvm.ptr -> f32
                %v1558 = arith.addf %v1557, %v1556 : f32
                llvm.store %v1558, %v42 : f32, !llvm.ptr
                %v1559 = arith.mulf %v1365, %v1442 : f32
                %v1560 = arith.select %v27, %v1559, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1561, %v1562 = gpu.shuffle xor %v1560, %v1017, %v267 : f32
                %v1563 = arith.addf %v1560, %v1561 : f32
                %v1564, %v1565 = gpu.shuffle xor %v1563, %v1021, %v267 : f32
                %v1566 = arith.addf %v1563, %v1564 : f32
                %v1567 = arith.divui %v13, %v15 : i64
                %v1568 = arith.remui %v13, %v15 : i64
                %v1569 = arith.cmpi ult, %v1568, %v22 : i64
                %v1570 = arith.addi %v53, %v23 : i64
                %v1571 = arith.muli %v1567, %v15 : i64
                %v1572 = arith.addi %v1571, %v1373 : i64
                %v1573 = arith.muli %v1572, %v1 : i64
                %v1574 = arith.addi %v1573, %v1570 : i64
                scf.if %v1569 {
                  %v1575 = llvm.getelementptr %v48[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1566, %v1575 : f32, !llvm.ptr
                }
                %v1576 = arith.mulf %v1365, %v1453 : f32
                %v1577 = arith.select %v27, %v1576, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1578, %v1579 = gpu.shuffle xor %v1577, %v1017, %v267 : f32
                %v1580 = arith.addf %v1577, %v1578 : f32
                %v1581, %v1582 = gpu.shuffle xor %v1580, %v1021, %v267 : f32
                %v1583 = arith.addf %v1580, %v1581 : f32
                %v1584 = arith.divui %v13, %v15 : i64
                %v1585 = arith.remui %v13, %v15 : i64
                %v1586 = arith.cmpi ult, %v1585, %v22 : i64
                %v1587 = arith.addi %v22, %v23 : i64
                %v1588 = arith.muli %v1584, %v15 : i64
                %v1589 = arith.addi %v1588, %v1373 : i64
                %v1590 = arith.muli %v1589, %v1 : i64
                %v1591 = arith.addi %v1590, %v1587 : i64
                scf.if %v1586 {
                  %v1592 = llvm.getelementptr %v48[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1583, %v1592 : f32, !llvm.ptr
                }
                %v1593 = arith.mulf %v696, %v1389 : f32
                %v1594 = arith.select %v27, %v1593, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1595, %v1596 = gpu.shuffle xor %v1594, %v1017, %v267 : f32
                %v1597 = arith.addf %v1594, %v1595 : f32
                %v1598, %v1599 = gpu.shuffle xor %v1597, %v1021, %v267 : f32
                %v1600 = arith.addf %v1597, %v1598 : f32
                %v1601 = arith.divui %v13, %v15 : i64
                %v1602 = arith.remui %v13, %v15 : i64
                %v1603 = arith.cmpi ult, %v1602, %v22 : i64
                %v1604 = arith.addi %v53, %v23 : i64
                %v1605 = arith.muli %v1601, %v15 : i64
                %v1606 = arith.addi %v1605, %v1373 : i64
                %v1607 = arith.muli %v1606, %v1 : i64
                %v1608 = arith.addi %v1607, %v1604 : i64
                scf.if %v1603 {
                  %v1609 = llvm.getelementptr %v50[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1600, %v1609 : f32, !llvm.ptr
                }
                %v1610 = arith.mulf %v718, %v1389 : f32
                %v1611 = arith.select %v27, %v1610, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1612, %v1613 = gpu.shuffle xor %v1611, %v1017, %v267 : f32
                %v1614 = arith.addf %v1611, %v1612 : f32
                %v1615, %v1616 = gpu.shuffle xor %v1614, %v1021, %v267 : f32
                %v1617 = arith.addf %v1614, %v1615 : f32
                %v1618 = arith.divui %v13, %v15 : i64
                %v1619 = arith.remui %v13, %v15 : i64
                %v1620 = arith.cmpi ult, %v1619, %v22 : i64
                %v1621 = arith.addi %v22, %v23 : i64
                %v1622 = arith.muli %v1618, %v15 : i64
                %v1623 = arith.addi %v1622, %v1373 : i64
                %v1624 = arith.muli %v1623, %v1 : i64
                %v1625 = arith.addi %v1624, %v1621 : i64
                scf.if %v1620 {
                  %v1626 = llvm.getelementptr %v50[%v1625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1617, %v1626 : f32, !llvm.ptr
                }
                %v1627 = arith.mulf %v1481, %v1389 : f32
                %v1628 = llvm.load %v43 : !llvm.ptr -> f32
                %v1629 = arith.addf %v1628, %v1627 : f32
                llvm.store %v1629, %v43 : f32, !llvm.ptr
                %v1630 = llvm.load %v44 : !llvm.ptr -> f32
                %v1631 = arith.addf %v1630, %v1518 : f32
                llvm.store %v1631, %v44 : f32, !llvm.ptr
                llvm.store %v1490, %v39 : f32, !llvm.ptr
                llvm.store %v1503, %v40 : f32, !llvm.ptr
              }
              %v1632 = arith.addi %v339, %v321 : i64
              %v1633 = arith.cmpi slt, %v1632, %v148 : i64
              %v1634, %v1635 = gpu.shuffle idx %v399, %v124, %v267 : f32
              %v1636, %v1637 = gpu.shuffle idx %v407, %v124, %v267 : f32
              %v1638, %v1639 = gpu.shuffle idx %v420, %v124, %v267 : f32
              %v1640, %v1641 = gpu.shuffle idx %v429, %v124, %v267 : f32
              %v1642, %v1643 = gpu.shuffle idx %v434, %v124, %v267 : f32
              %v1644 = arith.addi %v341, %v320 : i64
              scf.if %v1633 {
                %v1645 = arith.addi %v146, %v1632 : i64
                %v1646 = arith.muli %v35, %v285 : i64
                %v1647 = arith.muli %v23, %v284 : i64
                %v1648 = arith.addi %v1646, %v1647 : i64
                %v1649 = arith.muli %v1645, %v2 : i64
                %v1650 = arith.addi %v1648, %v1649 : i64
                %v1651 = llvm.getelementptr %in_Cm[%v1650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1652 = llvm.load %v1651 : !llvm.ptr -> f32
                %v1653 = arith.muli %v35, %v206 : i64
                %v1654 = arith.muli %v33, %v205 : i64
                %v1655 = arith.addi %v1653, %v1654 : i64
                %v1656 = arith.muli %v1645, %v2 : i64
                %v1657 = arith.addi %v1655, %v1656 : i64
                %v1658 = llvm.getelementptr %dy_y[%v1657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
                %v1660 = arith.mulf %v1638, %v1659 : f32
                %v1661 = arith.mulf %v1652, %v1660 : f32
                %v1662 = llvm.load %v37 : !llvm.ptr -> f32
                %v1663 = llvm.load %v39 : !llvm.ptr -> f32
                %v1664 = arith.mulf %v1663, %v1662 : f32
                %v1665 = arith.addf %v1661, %v1664 : f32
                llvm.store %v1665, %v37 : f32, !llvm.ptr
                %v1666 = arith.muli %v35, %v285 : i64
                %v1667 = arith.constant 8 : i64
                %v1668 = arith.addi %v1667, %v23 : i64
                %v1669 = arith.muli %v1668, %v284 : i64
                %v1670 = arith.addi %v1666, %v1669 : i64
                %v1671 = arith.muli %v1645, %v2 : i64
                %v1672 = arith.addi %v1670, %v1671 : i64
                %v1673 = llvm.getelementptr %in_Cm[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
                %v1675 = arith.mulf %v1674, %v1660 : f32
                %v1676 = llvm.load %v38 : !llvm.ptr -> f32
                %v1677 = llvm.load %v40 : !llvm.ptr -> f32
                %v1678 = arith.mulf %v1677, %v1676 : f32
                %v1679 = arith.addf %v1675, %v1678 : f32
                llvm.store %v1679, %v38 : f32, !llvm.ptr
                %v1680 = arith.subi %size_L, %v2 : i64
                %v1681 = arith.cmpi eq, %v1645, %v1680 : i64
                scf.if %v1681 {
                  %v1682 = arith.muli %v35, %v56 : i64
                  %v1683 = arith.muli %v33, %v55 : i64
                  %v1684 = arith.addi %v1682, %v1683 : i64
                  %v1685 = arith.muli %v23, %v2 : i64
                  %v1686 = arith.addi %v1684, %v1685 : i64
                  %v1687 = llvm.getelementptr %dy_h_last[%v1686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1688 = llvm.load %v1687 : !llvm.ptr -> f32
                  %v1689 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1690 = arith.addf %v1689, %v1688 : f32
                  llvm.store %v1690, %v37 : f32, !llvm.ptr
                  %v1691 = arith.muli %v35, %v56 : i64
                  %v1692 = arith.muli %v33, %v55 : i64
                  %v1693 = arith.addi %v1691, %v1692 : i64
                  %v1694 = arith.constant 8 : i64
                  %v1695 = arith.addi %v1694, %v23 : i64
                  %v1696 = arith.muli %v1695, %v2 : i64
                  %v1697 = arith.addi %v1693, %v1696 : i64
                  %v1698 = llvm.getelementptr %dy_h_last[%v1697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1699 = llvm.load %v1698 : !llvm.ptr -> f32
                  %v1700 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1701 = arith.addf %v1700, %v1699 : f32
                  llvm.store %v1701, %v38 : f32, !llvm.ptr
                }
                %v1702 = arith.muli %v33, %v2 : i64
                %v1703 = llvm.getelementptr %in_Dskip[%v1702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1704 = llvm.load %v1703 : !llvm.ptr -> f32
                %v1705 = arith.mulf %v1704, %v1660 : f32
                %v1706 = arith.muli %v35, %v285 : i64
                %v1707 = arith.muli %v23, %v284 : i64
                %v1708 = arith.addi %v1706, %v1707 : i64
                %v1709 = arith.muli %v1645, %v2 : i64
                %v1710 = arith.addi %v1708, %v1709 : i64
                %v1711 = llvm.getelementptr %in_Bm[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
                %v1713 = llvm.load %v37 : !llvm.ptr -> f32
                %v1714 = arith.mulf %v1712, %v1713 : f32
                %v1715 = arith.muli %v35, %v285 : i64
                %v1716 = arith.constant 8 : i64
                %v1717 = arith.addi %v1716, %v23 : i64
                %v1718 = arith.muli %v1717, %v284 : i64
                %v1719 = arith.addi %v1715, %v1718 : i64
                %v1720 = arith.muli %v1645, %v2 : i64
                %v1721 = arith.addi %v1719, %v1720 : i64
                %v1722 = llvm.getelementptr %in_Bm[%v1721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
                %v1724 = llvm.load %v38 : !llvm.ptr -> f32
                %v1725 = arith.mulf %v1723, %v1724 : f32
                %v1726 = arith.addf %v1714, %v1725 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1727, %v1728 = gpu.shuffle xor %v1726, %v909, %v267 : f32
                %v1729 = arith.addf %v1726, %v1727 : f32
                %v1730, %v1731 = gpu.shuffle xor %v1729, %v913, %v267 : f32
                %v1732 = arith.addf %v1729, %v1730 : f32
                %v1733, %v1734 = gpu.shuffle xor %v1732, %v917, %v267 : f32
                %v1735 = arith.addf %v1732, %v1733 : f32
                // end sum over the lanes
                %v1736 = arith.mulf %v1634, %v1735 : f32
                %v1737 = arith.addf %v1705, %v1736 : f32
                %v1738 = arith.cmpi eq, %v23, %v53 : i64
                %v1739 = arith.andi %v27, %v1738 : i1
                scf.if %v1739 {
                  %v1740 = arith.muli %v35, %v206 : i64
                  %v1741 = arith.muli %v33, %v205 : i64
                  %v1742 = arith.addi %v1740, %v1741 : i64
                  %v1743 = arith.muli %v1645, %v2 : i64
                  %v1744 = arith.addi %v1742, %v1743 : i64
                  %v1745 = llvm.getelementptr %dx_u[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1737, %v1745 : f32, !llvm.ptr
                }
                %v1746 = arith.muli %v35, %v206 : i64
                %v1747 = arith.muli %v33, %v205 : i64
                %v1748 = arith.addi %v1746, %v1747 : i64
                %v1749 = arith.muli %v1645, %v2 : i64
                %v1750 = arith.addi %v1748, %v1749 : i64
                %v1751 = llvm.getelementptr %in_u[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
                %v1753 = arith.mulf %v1752, %v1735 : f32
                %v1754 = arith.muli %v33, %v275 : i64
                %v1755 = arith.muli %v23, %v2 : i64
                %v1756 = arith.addi %v1754, %v1755 : i64
                %v1757 = llvm.getelementptr %in_A[%v1756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1758 = llvm.load %v1757 : !llvm.ptr -> f32
                %v1759 = arith.mulf %v1634, %v1758 : f32
                %v1760 = arith.mulf %v1759, %v221 : f32
                %v1761 = llvm.call_intrinsic "llvm.exp2.f32"(%v1760) : (f32) -> f32
                %v1762 = arith.mulf %v601, %v1713 : f32
                %v1763 = arith.mulf %v1758, %v1762 : f32
                %v1764 = arith.mulf %v1761, %v1763 : f32
                %v1765 = arith.muli %v33, %v275 : i64
                %v1766 = arith.constant 8 : i64
                %v1767 = arith.addi %v1766, %v23 : i64
                %v1768 = arith.muli %v1767, %v2 : i64
                %v1769 = arith.addi %v1765, %v1768 : i64
                %v1770 = llvm.getelementptr %in_A[%v1769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1771 = llvm.load %v1770 : !llvm.ptr -> f32
                %v1772 = arith.mulf %v1634, %v1771 : f32
                %v1773 = arith.mulf %v1772, %v221 : f32
                %v1774 = llvm.call_intrinsic "llvm.exp2.f32"(%v1773) : (f32) -> f32
                %v1775 = arith.mulf %v623, %v1724 : f32
                %v1776 = arith.mulf %v1771, %v1775 : f32
                %v1777 = arith.mulf %v1774, %v1776 : f32
                %v1778 = arith.addf %v1764, %v1777 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1779, %v1780 = gpu.shuffle xor %v1778, %v909, %v267 : f32
                %v1781 = arith.addf %v1778, %v1779 : f32
                %v1782, %v1783 = gpu.shuffle xor %v1781, %v913, %v267 : f32
                %v1784 = arith.addf %v1781, %v1782 : f32
                %v1785, %v1786 = gpu.shuffle xor %v1784, %v917, %v267 : f32
                %v1787 = arith.addf %v1784, %v1785 : f32
                // end sum over the lanes
                %v1788 = arith.addf %v1753, %v1787 : f32
                %v1789 = arith.mulf %v1788, %v1642 : f32
                %v1790 = arith.cmpi eq, %v23, %v53 : i64
                %v1791 = arith.andi %v27, %v1790 : i1
                scf.if %v1791 {
                  %v1792 = arith.muli %v35, %v206 : i64
                  %v1793 = arith.muli %v33, %v205 : i64
                  %v1794 = arith.addi %v1792, %v1793 : i64
                  %v1795 = arith.muli %v1645, %v2 : i64
                  %v1796 = arith.addi %v1794, %v1795 : i64
                  %v1797 = llvm.getelementptr %dx_delta[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1789, %v1797 : f32, !llvm.ptr
                }
                %v1798 = arith.mulf %v1652, %v648 : f32
                %v1799 = arith.mulf %v1674, %v670 : f32
                %v1800 = arith.addf %v1798, %v1799 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1801, %v1802 = gpu.shuffle xor %v1800, %v909, %v267 : f32
                %v1803 = arith.addf %v1800, %v1801 : f32
                %v1804, %v1805 = gpu.shuffle xor %v1803, %v913, %v267 : f32
                %v1806 = arith.addf %v1803, %v1804 : f32
                %v1807, %v1808 = gpu.shuffle xor %v1806, %v917, %v267 : f32
                %v1809 = arith.addf %v1806, %v1807 : f32
                // end sum over the lanes
                %v1810 = arith.mulf %v1752, %v1704 : f32
                %v1811 = arith.addf %v1809, %v1810 : f32
                %v1812 = arith.mulf %v1811, %v1659 : f32
                %v1813 = arith.mulf %v1812, %v1640 : f32
                %v1814 = arith.cmpi eq, %v23, %v53 : i64
                %v1815 = arith.andi %v27, %v1814 : i1
                scf.if %v1815 {
                  %v1816 = arith.muli %v35, %v206 : i64
                  %v1817 = arith.muli %v33, %v205 : i64
                  %v1818 = arith.addi %v1816, %v1817 : i64
                  %v1819 = arith.muli %v1645, %v2 : i64
                  %v1820 = arith.addi %v1818, %v1819 : i64
                  %v1821 = llvm.getelementptr %dx_z[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1813, %v1821 : f32, !llvm.ptr
                }
                %v1822 = arith.mulf %v1761, %v1762 : f32
                %v1823 = arith.mulf %v1634, %v1822 : f32
                %v1824 = llvm.load %v41 : !llvm.ptr -> f32
                %v1825 = arith.addf %v1824, %v1823 : f32
                llvm.store %v1825, %v41 : f32, !llvm.ptr
                %v1826 = arith.mulf %v1774, %v1775 : f32
                %v1827 = arith.mulf %v1634, %v1826 : f32
                %v1828 = llvm.load %v42 : !llvm.ptr -> f32
                %v1829 = arith.addf %v1828, %v1827 : f32
                llvm.store %v1829, %v42 : f32, !llvm.ptr
                %v1830 = arith.mulf %v1636, %v1713 : f32
                %v1831 = arith.select %v27, %v1830, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v1017, %v267 : f32
                %v1834 = arith.addf %v1831, %v1832 : f32
                %v1835, %v1836 = gpu.shuffle xor %v1834, %v1021, %v267 : f32
                %v1837 = arith.addf %v1834, %v1835 : f32
                %v1838 = arith.divui %v13, %v15 : i64
                %v1839 = arith.remui %v13, %v15 : i64
                %v1840 = arith.cmpi ult, %v1839, %v22 : i64
                %v1841 = arith.addi %v53, %v23 : i64
                %v1842 = arith.muli %v1838, %v15 : i64
                %v1843 = arith.addi %v1842, %v1644 : i64
                %v1844 = arith.muli %v1843, %v1 : i64
                %v1845 = arith.addi %v1844, %v1841 : i64
                scf.if %v1840 {
                  %v1846 = llvm.getelementptr %v48[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1837, %v1846 : f32, !llvm.ptr
                }
                %v1847 = arith.mulf %v1636, %v1724 : f32
                %v1848 = arith.select %v27, %v1847, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1849, %v1850 = gpu.shuffle xor %v1848, %v1017, %v267 : f32
                %v1851 = arith.addf %v1848, %v1849 : f32
                %v1852, %v1853 = gpu.shuffle xor %v1851, %v1021, %v267 : f32
                %v1854 = arith.addf %v1851, %v1852 : f32
                %v1855 = arith.divui %v13, %v15 : i64
                %v1856 = arith.remui %v13, %v15 : i64
                %v1857 = arith.cmpi ult, %v1856, %v22 : i64
                %v1858 = arith.addi %v22, %v23 : i64
                %v1859 = arith.muli %v1855, %v15 : i64
                %v1860 = arith.addi %v1859, %v1644 : i64
                %v1861 = arith.muli %v1860, %v1 : i64
                %v1862 = arith.addi %v1861, %v1858 : i64
                scf.if %v1857 {
                  %v1863 = llvm.getelementptr %v48[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1854, %v1863 : f32, !llvm.ptr
                }
                %v1864 = arith.mulf %v648, %v1660 : f32
                %v1865 = arith.select %v27, %v1864, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1866, %v1867 = gpu.shuffle xor %v1865, %v1017, %v267 : f32
                %v1868 = arith.addf %v1865, %v1866 : f32
                %v1869, %v1870 = gpu.shuffle xor %v1868, %v1021, %v267 : f32
                %v1871 = arith.addf %v1868, %v1869 : f32
                %v1872 = arith.divui %v13, %v15 : i64
                %v1873 = arith.remui %v13, %v15 : i64
                %v1874 = arith.cmpi ult, %v1873, %v22 : i64
                %v1875 = arith.addi %v53, %v23 : i64
                %v1876 = arith.muli %v1872, %v15 : i64
                %v1877 = arith.addi %v1876, %v1644 : i64
                %v1878 = arith.muli %v1877, %v1 : i64
                %v1879 = arith.addi %v1878, %v1875 : i64
                scf.if %v1874 {
                  %v1880 = llvm.getelementptr %v50[%v1879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1871, %v1880 : f32, !llvm.ptr
                }
                %v1881 = arith.mulf %v670, %v1660 : f32
                %v1882 = arith.select %v27, %v1881, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1883, %v1884 = gpu.shuffle xor %v1882, %v1017, %v267 : f32
                %v1885 = arith.addf %v1882, %v1883 : f32
                %v1886, %v1887 = gpu.shuffle xor %v1885, %v1021, %v267 : f32
                %v1888 = arith.addf %v1885, %v1886 : f32
                %v1889 = arith.divui %v13, %v15 : i64
                %v1890 = arith.remui %v13, %v15 : i64
                %v1891 = arith.cmpi ult, %v1890, %v22 : i64
                %v1892 = arith.addi %v22, %v23 : i64
                %v1893 = arith.muli %v1889, %v15 : i64
                %v1894 = arith.addi %v1893, %v1644 : i64
                %v1895 = arith.muli %v1894, %v1 : i64
                %v1896 = arith.addi %v1895, %v1892 : i64
                scf.if %v1891 {
                  %v1897 = llvm.getelementptr %v50[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1888, %v1897 : f32, !llvm.ptr
                }
                %v1898 = arith.mulf %v1752, %v1660 : f32
                %v1899 = llvm.load %v43 : !llvm.ptr -> f32
                %v1900 = arith.addf %v1899, %v1898 : f32
                llvm.store %v1900, %v43 : f32, !llvm.ptr
                %v1901 = llvm.load %v44 : !llvm.ptr -> f32
                %v1902 = arith.addf %v1901, %v1789 : f32
                llvm.store %v1902, %v44 : f32, !llvm.ptr
                llvm.store %v1761, %v39 : f32, !llvm.ptr
                llvm.store %v1774, %v40 : f32, !llvm.ptr
              }
              %v1903 = arith.addi %v339, %v320 : i64
              %v1904 = arith.cmpi slt, %v1903, %v148 : i64
              %v1905, %v1906 = gpu.shuffle idx %v399, %v120, %v267 : f32
              %v1907, %v1908 = gpu.shuffle idx %v407, %v120, %v267 : f32
              %v1909, %v1910 = gpu.shuffle idx %v420, %v120, %v267 : f32
              %v1911, %v1912 = gpu.shuffle idx %v429, %v120, %v267 : f32
              %v1913, %v1914 = gpu.shuffle idx %v434, %v120, %v267 : f32
              %v1915 = arith.addi %v341, %v321 : i64
              scf.if %v1904 {
                %v1916 = arith.addi %v146, %v1903 : i64
                %v1917 = arith.muli %v35, %v285 : i64
                %v1918 = arith.muli %v23, %v284 : i64
                %v1919 = arith.addi %v1917, %v1918 : i64
                %v1920 = arith.muli %v1916, %v2 : i64
                %v1921 = arith.addi %v1919, %v1920 : i64
                %v1922 = llvm.getelementptr %in_Cm[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1923 = llvm.load %v1922 : !llvm.ptr -> f32
                %v1924 = arith.muli %v35, %v206 : i64
                %v1925 = arith.muli %v33, %v205 : i64
                %v1926 = arith.addi %v1924, %v1925 : i64
                %v1927 = arith.muli %v1916, %v2 : i64
                %v1928 = arith.addi %v1926, %v1927 : i64
                %v1929 = llvm.getelementptr %dy_y[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1930 = llvm.load %v1929 : !llvm.ptr -> f32
                %v1931 = arith.mulf %v1909, %v1930 : f32
                %v1932 = arith.mulf %v1923, %v1931 : f32
                %v1933 = llvm.load %v37 : !llvm.ptr -> f32
                %v1934 = llvm.load %v39 : !llvm.ptr -> f32
                %v1935 = arith.mulf %v1934, %v1933 : f32
                %v1936 = arith.addf %v1932, %v1935 : f32
                llvm.store %v1936, %v37 : f32, !llvm.ptr
                %v1937 = arith.muli %v35, %v285 : i64
                %v1938 = arith.constant 8 : i64
                %v1939 = arith.addi %v1938, %v23 : i64
                %v1940 = arith.muli %v1939, %v284 : i64
                %v1941 = arith.addi %v1937, %v1940 : i64
                %v1942 = arith.muli %v1916, %v2 : i64
                %v1943 = arith.addi %v1941, %v1942 : i64
                %v1944 = llvm.getelementptr %in_Cm[%v1943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
                %v1946 = arith.mulf %v1945, %v1931 : f32
                %v1947 = llvm.load %v38 : !llvm.ptr -> f32
                %v1948 = llvm.load %v40 : !llvm.ptr -> f32
                %v1949 = arith.mulf %v1948, %v1947 : f32
                %v1950 = arith.addf %v1946, %v1949 : f32
                llvm.store %v1950, %v38 : f32, !llvm.ptr
                %v1951 = arith.subi %size_L, %v2 : i64
                %v1952 = arith.cmpi eq, %v1916, %v1951 : i64
                scf.if %v1952 {
                  %v1953 = arith.muli %v35, %v56 : i64
                  %v1954 = arith.muli %v33, %v55 : i64
                  %v1955 = arith.addi %v1953, %v1954 : i64
                  %v1956 = arith.muli %v23, %v2 : i64
                  %v1957 = arith.addi %v1955, %v1956 : i64
                  %v1958 = llvm.getelementptr %dy_h_last[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1959 = llvm.load %v1958 : !llvm.ptr -> f32
                  %v1960 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1961 = arith.addf %v1960, %v1959 : f32
                  llvm.store %v1961, %v37 : f32, !llvm.ptr
                  %v1962 = arith.muli %v35, %v56 : i64
                  %v1963 = arith.muli %v33, %v55 : i64
                  %v1964 = arith.addi %v1962, %v1963 : i64
                  %v1965 = arith.constant 8 : i64
                  %v1966 = arith.addi %v1965, %v23 : i64
                  %v1967 = arith.muli %v1966, %v2 : i64
                  %v1968 = arith.addi %v1964, %v1967 : i64
                  %v1969 = llvm.getelementptr %dy_h_last[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1970 = llvm.load %v1969 : !llvm.ptr -> f32
                  %v1971 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1972 = arith.addf %v1971, %v1970 : f32
                  llvm.store %v1972, %v38 : f32, !llvm.ptr
                }
                %v1973 = arith.muli %v33, %v2 : i64
                %v1974 = llvm.getelementptr %in_Dskip[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
                %v1976 = arith.mulf %v1975, %v1931 : f32
                %v1977 = arith.muli %v35, %v285 : i64
                %v1978 = arith.muli %v23, %v284 : i64
                %v1979 = arith.addi %v1977, %v1978 : i64
                %v1980 = arith.muli %v1916, %v2 : i64
                %v1981 = arith.addi %v1979, %v1980 : i64
                %v1982 = llvm.getelementptr %in_Bm[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
                %v1984 = llvm.load %v37 : !llvm.ptr -> f32
                %v1985 = arith.mulf %v1983, %v1984 : f32
                %v1986 = arith.muli %v35, %v285 : i64
                %v1987 = arith.constant 8 : i64
                %v1988 = arith.addi %v1987, %v23 : i64
                %v1989 = arith.muli %v1988, %v284 : i64
                %v1990 = arith.addi %v1986, %v1989 : i64
                %v1991 = arith.muli %v1916, %v2 : i64
                %v1992 = arith.addi %v1990, %v1991 : i64
                %v1993 = llvm.getelementptr %in_Bm[%v1992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
                %v1995 = llvm.load %v38 : !llvm.ptr -> f32
                %v1996 = arith.mulf %v1994, %v1995 : f32
                %v1997 = arith.addf %v1985, %v1996 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1998, %v1999 = gpu.shuffle xor %v1997, %v909, %v267 : f32
                %v2000 = arith.addf %v1997, %v1998 : f32
                %v2001, %v2002 = gpu.shuffle xor %v2000, %v913, %v267 : f32
                %v2003 = arith.addf %v2000, %v2001 : f32
                %v2004, %v2005 = gpu.shuffle xor %v2003, %v917, %v267 : f32
                %v2006 = arith.addf %v2003, %v2004 : f32
                // end sum over the lanes
                %v2007 = arith.mulf %v1905, %v2006 : f32
                %v2008 = arith.addf %v1976, %v2007 : f32
                %v2009 = arith.cmpi eq, %v23, %v53 : i64
                %v2010 = arith.andi %v27, %v2009 : i1
                scf.if %v2010 {
                  %v2011 = arith.muli %v35, %v206 : i64
                  %v2012 = arith.muli %v33, %v205 : i64
                  %v2013 = arith.addi %v2011, %v2012 : i64
                  %v2014 = arith.muli %v1916, %v2 : i64
                  %v2015 = arith.addi %v2013, %v2014 : i64
                  %v2016 = llvm.getelementptr %dx_u[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2008, %v2016 : f32, !llvm.ptr
                }
                %v2017 = arith.muli %v35, %v206 : i64
                %v2018 = arith.muli %v33, %v205 : i64
                %v2019 = arith.addi %v2017, %v2018 : i64
                %v2020 = arith.muli %v1916, %v2 : i64
                %v2021 = arith.addi %v2019, %v2020 : i64
                %v2022 = llvm.getelementptr %in_u[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2023 = llvm.load %v2022 : !llvm.ptr -> f32
                %v2024 = arith.mulf %v2023, %v2006 : f32
                %v2025 = arith.muli %v33, %v275 : i64
                %v2026 = arith.muli %v23, %v2 : i64
                %v2027 = arith.addi %v2025, %v2026 : i64
                %v2028 = llvm.getelementptr %in_A[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
                %v2030 = arith.mulf %v1905, %v2029 : f32
                %v2031 = arith.mulf %v2030, %v221 : f32
                %v2032 = llvm.call_intrinsic "llvm.exp2.f32"(%v2031) : (f32) -> f32
                %v2033 = arith.mulf %v554, %v1984 : f32
                %v2034 = arith.mulf %v2029, %v2033 : f32
                %v2035 = arith.mulf %v2032, %v2034 : f32
                %v2036 = arith.muli %v33, %v275 : i64
                %v2037 = arith.constant 8 : i64
                %v2038 = arith.addi %v2037, %v23 : i64
                %v2039 = arith.muli %v2038, %v2 : i64
                %v2040 = arith.addi %v2036, %v2039 : i64
                %v2041 = llvm.getelementptr %in_A[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2042 = llvm.load %v2041 : !llvm.ptr -> f32
                %v2043 = arith.mulf %v1905, %v2042 : f32
                %v2044 = arith.mulf %v2043, %v221 : f32
                %v2045 = llvm.call_intrinsic "llvm.exp2.f32"(%v2044) : (f32) -> f32
                %v2046 = arith.mulf %v576, %v1995 : f32
                %v2047 = arith.mulf %v2042, %v2046 : f32
                %v2048 = arith.mulf %v2045, %v2047 : f32
                %v2049 = arith.addf %v2035, %v2048 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2050, %v2051 = gpu.shuffle xor %v2049, %v909, %v267 : f32
                %v2052 = arith.addf %v2049, %v2050 : f32
                %v2053, %v2054 = gpu.shuffle xor %v2052, %v913, %v267 : f32
                %v2055 = arith.addf %v2052, %v2053 : f32
                %v2056, %v2057 = gpu.shuffle xor %v2055, %v917, %v267 : f32
                %v2058 = arith.addf %v2055, %v2056 : f32
                // end sum over the lanes
                %v2059 = arith.addf %v2024, %v2058 : f32
                %v2060 = arith.mulf %v2059, %v1913 : f32
                %v2061 = arith.cmpi eq, %v23, %v53 : i64
                %v2062 = arith.andi %v27, %v2061 : i1
                scf.if %v2062 {
                  %v2063 = arith.muli %v35, %v206 : i64
                  %v2064 = arith.muli %v33, %v205 : i64
                  %v2065 = arith.addi %v2063, %v2064 : i64
                  %v2066 = arith.muli %v1916, %v2 : i64
                  %v2067 = arith.addi %v2065, %v2066 : i64
                  %v2068 = llvm.getelementptr %dx_delta[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2060, %v2068 : f32, !llvm.ptr
                }
                %v2069 = arith.mulf %v1923, %v601 : f32
                %v2070 = arith.mulf %v1945, %v623 : f32
                %v2071 = arith.addf %v2069, %v2070 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2072, %v2073 = gpu.shuffle xor %v2071, %v909, %v267 : f32
                %v2074 = arith.addf %v2071, %v2072 : f32
                %v2075, %v2076 = gpu.shuffle xor %v2074, %v913, %v267 : f32
                %v2077 = arith.addf %v2074, %v2075 : f32
                %v2078, %v2079 = gpu.shuffle xor %v2077, %v917, %v267 : f32
                %v2080 = arith.addf %v2077, %v2078 : f32
                // end sum over the lanes
                %v2081 = arith.mulf %v2023, %v1975 : f32
                %v2082 = arith.addf %v2080, %v2081 : f32
                %v2083 = arith.mulf %v2082, %v1930 : f32
                %v2084 = arith.mulf %v2083, %v1911 : f32
                %v2085 = arith.cmpi eq, %v23, %v53 : i64
                %v2086 = arith.andi %v27, %v2085 : i1
                scf.if %v2086 {
                  %v2087 = arith.muli %v35, %v206 : i64
                  %v2088 = arith.muli %v33, %v205 : i64
                  %v2089 = arith.addi %v2087, %v2088 : i64
                  %v2090 = arith.muli %v1916, %v2 : i64
                  %v2091 = arith.addi %v2089, %v2090 : i64
                  %v2092 = llvm.getelementptr %dx_z[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2084, %v2092 : f32, !llvm.ptr
                }
                %v2093 = arith.mulf %v2032, %v2033 : f32
                %v2094 = arith.mulf %v1905, %v2093 : f32
                %v2095 = llvm.load %v41 : !llvm.ptr -> f32
                %v2096 = arith.addf %v2095, %v2094 : f32
                llvm.store %v2096, %v41 : f32, !llvm.ptr
                %v2097 = arith.mulf %v2045, %v2046 : f32
                %v2098 = arith.mulf %v1905, %v2097 : f32
                %v2099 = llvm.load %v42 : !llvm.ptr -> f32
                %v2100 = arith.addf %v2099, %v2098 : f32
                llvm.store %v2100, %v42 : f32, !llvm.ptr
                %v2101 = arith.mulf %v1907, %v1984 : f32
                %v2102 = arith.select %v27, %v2101, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2103, %v2104 = gpu.shuffle xor %v2102, %v1017, %v267 : f32
                %v2105 = arith.addf %v2102, %v2103 : f32
                %v2106, %v2107 = gpu.shuffle xor %v2105, %v1021, %v267 : f32
                %v2108 = arith.addf %v2105, %v2106 : f32
                %v2109 = arith.divui %v13, %v15 : i64
                %v2110 = arith.remui %v13, %v15 : i64
                %v2111 = arith.cmpi ult, %v2110, %v22 : i64
                %v2112 = arith.addi %v53, %v23 : i64
                %v2113 = arith.muli %v2109, %v15 : i64
                %v2114 = arith.addi %v2113, %v1915 : i64
                %v2115 = arith.muli %v2114, %v1 : i64
                %v2116 = arith.addi %v2115, %v2112 : i64
                scf.if %v2111 {
                  %v2117 = llvm.getelementptr %v48[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2108, %v2117 : f32, !llvm.ptr
                }
                %v2118 = arith.mulf %v1907, %v1995 : f32
                %v2119 = arith.select %v27, %v2118, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2120, %v2121 = gpu.shuffle xor %v2119, %v1017, %v267 : f32
                %v2122 = arith.addf %v2119, %v2120 : f32
                %v2123, %v2124 = gpu.shuffle xor %v2122, %v1021, %v267 : f32
                %v2125 = arith.addf %v2122, %v2123 : f32
                %v2126 = arith.divui %v13, %v15 : i64
                %v2127 = arith.remui %v13, %v15 : i64
                %v2128 = arith.cmpi ult, %v2127, %v22 : i64
                %v2129 = arith.addi %v22, %v23 : i64
                %v2130 = arith.muli %v2126, %v15 : i64
                %v2131 = arith.addi %v2130, %v1915 : i64
                %v2132 = arith.muli %v2131, %v1 : i64
                %v2133 = arith.addi %v2132, %v2129 : i64
                scf.if %v2128 {
                  %v2134 = llvm.getelementptr %v48[%v2133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2125, %v2134 : f32, !llvm.ptr
                }
                %v2135 = arith.mulf %v601, %v1931 : f32
                %v2136 = arith.select %v27, %v2135, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2137, %v2138 = gpu.shuffle xor %v2136, %v1017, %v267 : f32
                %v2139 = arith.addf %v2136, %v2137 : f32
                %v2140, %v2141 = gpu.shuffle xor %v2139, %v1021, %v267 : f32
                %v2142 = arith.addf %v2139, %v2140 : f32
                %v2143 = arith.divui %v13, %v15 : i64
                %v2144 = arith.remui %v13, %v15 : i64
                %v2145 = arith.cmpi ult, %v2144, %v22 : i64
                %v2146 = arith.addi %v53, %v23 : i64
                %v2147 = arith.muli %v2143, %v15 : i64
                %v2148 = arith.addi %v2147, %v1915 : i64
                %v2149 = arith.muli %v2148, %v1 : i64
                %v2150 = arith.addi %v2149, %v2146 : i64
                scf.if %v2145 {
                  %v2151 = llvm.getelementptr %v50[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2142, %v2151 : f32, !llvm.ptr
                }
                %v2152 = arith.mulf %v623, %v1931 : f32
                %v2153 = arith.select %v27, %v2152, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2154, %v2155 = gpu.shuffle xor %v2153, %v1017, %v267 : f32
                %v2156 = arith.addf %v2153, %v2154 : f32
                %v2157, %v2158 = gpu.shuffle xor %v2156, %v1021, %v267 : f32
                %v2159 = arith.addf %v2156, %v2157 : f32
                %v2160 = arith.divui %v13, %v15 : i64
                %v2161 = arith.remui %v13, %v15 : i64
                %v2162 = arith.cmpi ult, %v2161, %v22 : i64
                %v2163 = arith.addi %v22, %v23 : i64
                %v2164 = arith.muli %v2160, %v15 : i64
                %v2165 = arith.addi %v2164, %v1915 : i64
                %v2166 = arith.muli %v2165, %v1 : i64
                %v2167 = arith.addi %v2166, %v2163 : i64
                scf.if %v2162 {
                  %v2168 = llvm.getelementptr %v50[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2159, %v2168 : f32, !llvm.ptr
                }
                %v2169 = arith.mulf %v2023, %v1931 : f32
                %v2170 = llvm.load %v43 : !llvm.ptr -> f32
                %v2171 = arith.addf %v2170, %v2169 : f32
                llvm.store %v2171, %v43 : f32, !llvm.ptr
                %v2172 = llvm.load %v44 : !llvm.ptr -> f32
                %v2173 = arith.addf %v2172, %v2060 : f32
                llvm.store %v2173, %v44 : f32, !llvm.ptr
                llvm.store %v2032, %v39 : f32, !llvm.ptr
                llvm.store %v2045, %v40 : f32, !llvm.ptr
              }
              %v2174 = arith.addi %v339, %v529 : i64
              %v2175 = arith.cmpi slt, %v2174, %v148 : i64
              %v2176, %v2177 = gpu.shuffle idx %v399, %v116, %v267 : f32
              %v2178, %v2179 = gpu.shuffle idx %v407, %v116, %v267 : f32
              %v2180, %v2181 = gpu.shuffle idx %v420, %v116, %v267 : f32
              %v2182, %v2183 = gpu.shuffle idx %v429, %v116, %v267 : f32
              %v2184, %v2185 = gpu.shuffle idx %v434, %v116, %v267 : f32
              %v2186 = arith.addi %v341, %v671 : i64
              scf.if %v2175 {
                %v2187 = arith.addi %v146, %v2174 : i64
                %v2188 = arith.muli %v35, %v285 : i64
                %v2189 = arith.muli %v23, %v284 : i64
                %v2190 = arith.addi %v2188, %v2189 : i64
                %v2191 = arith.muli %v2187, %v2 : i64
                %v2192 = arith.addi %v2190, %v2191 : i64
                %v2193 = llvm.getelementptr %in_Cm[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
                %v2195 = arith.muli %v35, %v206 : i64
                %v2196 = arith.muli %v33, %v205 : i64
                %v2197 = arith.addi %v2195, %v2196 : i64
                %v2198 = arith.muli %v2187, %v2 : i64
                %v2199 = arith.addi %v2197, %v2198 : i64
                %v2200 = llvm.getelementptr %dy_y[%v2199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2201 = llvm.load %v2200 : !llvm.ptr -> f32
                %v2202 = arith.mulf %v2180, %v2201 : f32
                %v2203 = arith.mulf %v2194, %v2202 : f32
                %v2204 = llvm.load %v37 : !llvm.ptr -> f32
                %v2205 = llvm.load %v39 : !llvm.ptr -> f32
                %v2206 = arith.mulf %v2205, %v2204 : f32
                %v2207 = arith.addf %v2203, %v2206 : f32
                llvm.store %v2207, %v37 : f32, !llvm.ptr
                %v2208 = arith.muli %v35, %v285 : i64
                %v2209 = arith.constant 8 : i64
                %v2210 = arith.addi %v2209, %v23 : i64
                %v2211 = arith.muli %v2210, %v284 : i64
                %v2212 = arith.addi %v2208, %v2211 : i64
                %v2213 = arith.muli %v2187, %v2 : i64
                %v2214 = arith.addi %v2212, %v2213 : i64
                %v2215 = llvm.getelementptr %in_Cm[%v2214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2216 = llvm.load %v2215 : !llvm.ptr -> f32
                %v2217 = arith.mulf %v2216, %v2202 : f32
                %v2218 = llvm.load %v38 : !llvm.ptr -> f32
                %v2219 = llvm.load %v40 : !llvm.ptr -> f32
                %v2220 = arith.mulf %v2219, %v2218 : f32
                %v2221 = arith.addf %v2217, %v2220 : f32
                llvm.store %v2221, %v38 : f32, !llvm.ptr
                %v2222 = arith.subi %size_L, %v2 : i64
                %v2223 = arith.cmpi eq, %v2187, %v2222 : i64
                scf.if %v2223 {
                  %v2224 = arith.muli %v35, %v56 : i64
                  %v2225 = arith.muli %v33, %v55 : i64
                  %v2226 = arith.addi %v2224, %v2225 : i64
                  %v2227 = arith.muli %v23, %v2 : i64
                  %v2228 = arith.addi %v2226, %v2227 : i64
                  %v2229 = llvm.getelementptr %dy_h_last[%v2228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2230 = llvm.load %v2229 : !llvm.ptr -> f32
                  %v2231 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2232 = arith.addf %v2231, %v2230 : f32
                  llvm.store %v2232, %v37 : f32, !llvm.ptr
                  %v2233 = arith.muli %v35, %v56 : i64
                  %v2234 = arith.muli %v33, %v55 : i64
                  %v2235 = arith.addi %v2233, %v2234 : i64
                  %v2236 = arith.constant 8 : i64
                  %v2237 = arith.addi %v2236, %v23 : i64
                  %v2238 = arith.muli %v2237, %v2 : i64
                  %v2239 = arith.addi %v2235, %v2238 : i64
                  %v2240 = llvm.getelementptr %dy_h_last[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
                  %v2242 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2243 = arith.addf %v2242, %v2241 : f32
                  llvm.store %v2243, %v38 : f32, !llvm.ptr
                }
                %v2244 = arith.muli %v33, %v2 : i64
                %v2245 = llvm.getelementptr %in_Dskip[%v2244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2246 = llvm.load %v2245 : !llvm.ptr -> f32
                %v2247 = arith.mulf %v2246, %v2202 : f32
                %v2248 = arith.muli %v35, %v285 : i64
                %v2249 = arith.muli %v23, %v284 : i64
                %v2250 = arith.addi %v2248, %v2249 : i64
                %v2251 = arith.muli %v2187, %v2 : i64
                %v2252 = arith.addi %v2250, %v2251 : i64
                %v2253 = llvm.getelementptr %in_Bm[%v2252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2254 = llvm.load %v2253 : !llvm.ptr -> f32
                %v2255 = llvm.load %v37 : !llvm.ptr -> f32
                %v2256 = arith.mulf %v2254, %v2255 : f32
                %v2257 = arith.muli %v35, %v285 : i64
                %v2258 = arith.constant 8 : i64
                %v2259 = arith.addi %v2258, %v23 : i64
                %v2260 = arith.muli %v2259, %v284 : i64
                %v2261 = arith.addi %v2257, %v2260 : i64
                %v2262 = arith.muli %v2187, %v2 : i64
                %v2263 = arith.addi %v2261, %v2262 : i64
                %v2264 = llvm.getelementptr %in_Bm[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
                %v2266 = llvm.load %v38 : !llvm.ptr -> f32
                %v2267 = arith.mulf %v2265, %v2266 : f32
                %v2268 = arith.addf %v2256, %v2267 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2269, %v2270 = gpu.shuffle xor %v2268, %v909, %v267 : f32
                %v2271 = arith.addf %v2268, %v2269 : f32
                %v2272, %v2273 = gpu.shuffle xor %v2271, %v913, %v267 : f32
                %v2274 = arith.addf %v2271, %v2272 : f32
                %v2275, %v2276 = gpu.shuffle xor %v2274, %v917, %v267 : f32
                %v2277 = arith.addf %v2274, %v2275 : f32
                // end sum over the lanes
                %v2278 = arith.mulf %v2176, %v2277 : f32
                %v2279 = arith.addf %v2247, %v2278 : f32
                %v2280 = arith.cmpi eq, %v23, %v53 : i64
                %v2281 = arith.andi %v27, %v2280 : i1
                scf.if %v2281 {
                  %v2282 = arith.muli %v35, %v206 : i64
                  %v2283 = arith.muli %v33, %v205 : i64
                  %v2284 = arith.addi %v2282, %v2283 : i64
                  %v2285 = arith.muli %v2187, %v2 : i64
                  %v2286 = arith.addi %v2284, %v2285 : i64
                  %v2287 = llvm.getelementptr %dx_u[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2279, %v2287 : f32, !llvm.ptr
                }
                %v2288 = arith.muli %v35, %v206 : i64
                %v2289 = arith.muli %v33, %v205 : i64
                %v2290 = arith.addi %v2288, %v2289 : i64
                %v2291 = arith.muli %v2187, %v2 : i64
                %v2292 = arith.addi %v2290, %v2291 : i64
                %v2293 = llvm.getelementptr %in_u[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
                %v2295 = arith.mulf %v2294, %v2277 : f32
                %v2296 = arith.muli %v33, %v275 : i64
                %v2297 = arith.muli %v23, %v2 : i64
                %v2298 = arith.addi %v2296, %v2297 : i64
                %v2299 = llvm.getelementptr %in_A[%v2298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2300 = llvm.load %v2299 : !llvm.ptr -> f32
                %v2301 = arith.mulf %v2176, %v2300 : f32
                %v2302 = arith.mulf %v2301, %v221 : f32
                %v2303 = llvm.call_intrinsic "llvm.exp2.f32"(%v2302) : (f32) -> f32
                %v2304 = arith.mulf %v506, %v2255 : f32
                %v2305 = arith.mulf %v2300, %v2304 : f32
                %v2306 = arith.mulf %v2303, %v2305 : f32
                %v2307 = arith.muli %v33, %v275 : i64
                %v2308 = arith.constant 8 : i64
                %v2309 = arith.addi %v2308, %v23 : i64
                %v2310 = arith.muli %v2309, %v2 : i64
                %v2311 = arith.addi %v2307, %v2310 : i64
                %v2312 = llvm.getelementptr %in_A[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2313 = llvm.load %v2312 : !llvm.ptr -> f32
                %v2314 = arith.mulf %v2176, %v2313 : f32
                %v2315 = arith.mulf %v2314, %v221 : f32
                %v2316 = llvm.call_intrinsic "llvm.exp2.f32"(%v2315) : (f32) -> f32
                %v2317 = arith.mulf %v528, %v2266 : f32
                %v2318 = arith.mulf %v2313, %v2317 : f32
                %v2319 = arith.mulf %v2316, %v2318 : f32
                %v2320 = arith.addf %v2306, %v2319 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2321, %v2322 = gpu.shuffle xor %v2320, %v909, %v267 : f32
                %v2323 = arith.addf %v2320, %v2321 : f32
                %v2324, %v2325 = gpu.shuffle xor %v2323, %v913, %v267 : f32
                %v2326 = arith.addf %v2323, %v2324 : f32
                %v2327, %v2328 = gpu.shuffle xor %v2326, %v917, %v267 : f32
                %v2329 = arith.addf %v2326, %v2327 : f32
                // end sum over the lanes
                %v2330 = arith.addf %v2295, %v2329 : f32
                %v2331 = arith.mulf %v2330, %v2184 : f32
                %v2332 = arith.cmpi eq, %v23, %v53 : i64
                %v2333 = arith.andi %v27, %v2332 : i1
                scf.if %v2333 {
                  %v2334 = arith.muli %v35, %v206 : i64
                  %v2335 = arith.muli %v33, %v205 : i64
                  %v2336 = arith.addi %v2334, %v2335 : i64
                  %v2337 = arith.muli %v2187, %v2 : i64
                  %v2338 = arith.addi %v2336, %v2337 : i64
                  %v2339 = llvm.getelementptr %dx_delta[%v2338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2331, %v2339 : f32, !llvm.ptr
                }
                %v2340 = arith.mulf %v2194, %v554 : f32
                %v2341 = arith.mulf %v2216, %v576 : f32
                %v2342 = arith.addf %v2340, %v2341 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2343, %v2344 = gpu.shuffle xor %v2342, %v909, %v267 : f32
                %v2345 = arith.addf %v2342, %v2343 : f32
                %v2346, %v2347 = gpu.shuffle xor %v2345, %v913, %v267 : f32
                %v2348 = arith.addf %v2345, %v2346 : f32
                %v2349, %v2350 = gpu.shuffle xor %v2348, %v917, %v267 : f32
                %v2351 = arith.addf %v2348, %v2349 : f32
                // end sum over the lanes
                %v2352 = arith.mulf %v2294, %v2246 : f32
                %v2353 = arith.addf %v2351, %v2352 : f32
                %v2354 = arith.mulf %v2353, %v2201 : f32
                %v2355 = arith.mulf %v2354, %v2182 : f32
                %v2356 = arith.cmpi eq, %v23, %v53 : i64
                %v2357 = arith.andi %v27, %v2356 : i1
                scf.if %v2357 {
                  %v2358 = arith.muli %v35, %v206 : i64
                  %v2359 = arith.muli %v33, %v205 : i64
                  %v2360 = arith.addi %v2358, %v2359 : i64
                  %v2361 = arith.muli %v2187, %v2 : i64
                  %v2362 = arith.addi %v2360, %v2361 : i64
                  %v2363 = llvm.getelementptr %dx_z[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2355, %v2363 : f32, !llvm.ptr
                }
                %v2364 = arith.mulf %v2303, %v2304 : f32
                %v2365 = arith.mulf %v2176, %v2364 : f32
                %v2366 = llvm.load %v41 : !llvm.ptr -> f32
                %v2367 = arith.addf %v2366, %v2365 : f32
                llvm.store %v2367, %v41 : f32, !llvm.ptr
                %v2368 = arith.mulf %v2316, %v2317 : f32
                %v2369 = arith.mulf %v2176, %v2368 : f32
                %v2370 = llvm.load %v42 : !llvm.ptr -> f32
                %v2371 = arith.addf %v2370, %v2369 : f32
                llvm.store %v2371, %v42 : f32, !llvm.ptr
                %v2372 = arith.mulf %v2178, %v2255 : f32
                %v2373 = arith.select %v27, %v2372, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2374, %v2375 = gpu.shuffle xor %v2373, %v1017, %v267 : f32
                %v2376 = arith.addf %v2373, %v2374 : f32
                %v2377, %v2378 = gpu.shuffle xor %v2376, %v1021, %v267 : f32
                %v2379 = arith.addf %v2376, %v2377 : f32
                %v2380 = arith.divui %v13, %v15 : i64
                %v2381 = arith.remui %v13, %v15 : i64
                %v2382 = arith.cmpi ult, %v2381, %v22 : i64
                %v2383 = arith.addi %v53, %v23 : i64
                %v2384 = arith.muli %v2380, %v15 : i64
                %v2385 = arith.addi %v2384, %v2186 : i64
                %v2386 = arith.muli %v2385, %v1 : i64
                %v2387 = arith.addi %v2386, %v2383 : i64
                scf.if %v2382 {
                  %v2388 = llvm.getelementptr %v48[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2379, %v2388 : f32, !llvm.ptr
                }
                %v2389 = arith.mulf %v2178, %v2266 : f32
                %v2390 = arith.select %v27, %v2389, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2391, %v2392 = gpu.shuffle xor %v2390, %v1017, %v267 : f32
                %v2393 = arith.addf %v2390, %v2391 : f32
                %v2394, %v2395 = gpu.shuffle xor %v2393, %v1021, %v267 : f32
                %v2396 = arith.addf %v2393, %v2394 : f32
                %v2397 = arith.divui %v13, %v15 : i64
                %v2398 = arith.remui %v13, %v15 : i64
                %v2399 = arith.cmpi ult, %v2398, %v22 : i64
                %v2400 = arith.addi %v22, %v23 : i64
                %v2401 = arith.muli %v2397, %v15 : i64
                %v2402 = arith.addi %v2401, %v2186 : i64
                %v2403 = arith.muli %v2402, %v1 : i64
                %v2404 = arith.addi %v2403, %v2400 : i64
                scf.if %v2399 {
                  %v2405 = llvm.getelementptr %v48[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2396, %v2405 : f32, !llvm.ptr
                }
                %v2406 = arith.mulf %v554, %v2202 : f32
                %v2407 = arith.select %v27, %v2406, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2408, %v2409 = gpu.shuffle xor %v2407, %v1017, %v267 : f32
                %v2410 = arith.addf %v2407, %v2408 : f32
                %v2411, %v2412 = gpu.shuffle xor %v2410, %v1021, %v267 : f32
                %v2413 = arith.addf %v2410, %v2411 : f32
                %v2414 = arith.divui %v13, %v15 : i64
                %v2415 = arith.remui %v13, %v15 : i64
                %v2416 = arith.cmpi ult, %v2415, %v22 : i64
                %v2417 = arith.addi %v53, %v23 : i64
                %v2418 = arith.muli %v2414, %v15 : i64
                %v2419 = arith.addi %v2418, %v2186 : i64
                %v2420 = arith.muli %v2419, %v1 : i64
                %v2421 = arith.addi %v2420, %v2417 : i64
                scf.if %v2416 {
                  %v2422 = llvm.getelementptr %v50[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2413, %v2422 : f32, !llvm.ptr
                }
                %v2423 = arith.mulf %v576, %v2202 : f32
                %v2424 = arith.select %v27, %v2423, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2425, %v2426 = gpu.shuffle xor %v2424, %v1017, %v267 : f32
                %v2427 = arith.addf %v2424, %v2425 : f32
                %v2428, %v2429 = gpu.shuffle xor %v2427, %v1021, %v267 : f32
                %v2430 = arith.addf %v2427, %v2428 : f32
                %v2431 = arith.divui %v13, %v15 : i64
                %v2432 = arith.remui %v13, %v15 : i64
                %v2433 = arith.cmpi ult, %v2432, %v22 : i64
                %v2434 = arith.addi %v22, %v23 : i64
                %v2435 = arith.muli %v2431, %v15 : i64
                %v2436 = arith.addi %v2435, %v2186 : i64
                %v2437 = arith.muli %v2436, %v1 : i64
                %v2438 = arith.addi %v2437, %v2434 : i64
                scf.if %v2433 {
                  %v2439 = llvm.getelementptr %v50[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2430, %v2439 : f32, !llvm.ptr
                }
                %v2440 = arith.mulf %v2294, %v2202 : f32
                %v2441 = llvm.load %v43 : !llvm.ptr -> f32
                %v2442 = arith.addf %v2441, %v2440 : f32
                llvm.store %v2442, %v43 : f32, !llvm.ptr
                %v2443 = llvm.load %v44 : !llvm.ptr -> f32
                %v2444 = arith.addf %v2443, %v2331 : f32
                llvm.store %v2444, %v44 : f32, !llvm.ptr
                llvm.store %v2303, %v39 : f32, !llvm.ptr
                llvm.store %v2316, %v40 : f32, !llvm.ptr
              }
              %v2445 = arith.addi %v339, %v2 : i64
              %v2446 = arith.cmpi slt, %v2445, %v148 : i64
              %v2447, %v2448 = gpu.shuffle idx %v399, %v112, %v267 : f32
              %v2449, %v2450 = gpu.shuffle idx %v407, %v112, %v267 : f32
              %v2451, %v2452 = gpu.shuffle idx %v420, %v112, %v267 : f32
              %v2453, %v2454 = gpu.shuffle idx %v429, %v112, %v267 : f32
              %v2455, %v2456 = gpu.shuffle idx %v434, %v112, %v267 : f32
              %v2457 = arith.addi %v341, %v719 : i64
              scf.if %v2446 {
                %v2458 = arith.addi %v146, %v2445 : i64
                %v2459 = arith.muli %v35, %v285 : i64
                %v2460 = arith.muli %v23, %v284 : i64
                %v2461 = arith.addi %v2459, %v2460 : i64
                %v2462 = arith.muli %v2458, %v2 : i64
                %v2463 = arith.addi %v2461, %v2462 : i64
                %v2464 = llvm.getelementptr %in_Cm[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2465 = llvm.load %v2464 : !llvm.ptr -> f32
                %v2466 = arith.muli %v35, %v206 : i64
                %v2467 = arith.muli %v33, %v205 : i64
                %v2468 = arith.addi %v2466, %v2467 : i64
                %v2469 = arith.muli %v2458, %v2 : i64
                %v2470 = arith.addi %v2468, %v2469 : i64
                %v2471 = llvm.getelementptr %dy_y[%v2470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2472 = llvm.load %v2471 : !llvm.ptr -> f32
                %v2473 = arith.mulf %v2451, %v2472 : f32
                %v2474 = arith.mulf %v2465, %v2473 : f32
                %v2475 = llvm.load %v37 : !llvm.ptr -> f32
                %v2476 = llvm.load %v39 : !llvm.ptr -> f32
                %v2477 = arith.mulf %v2476, %v2475 : f32
                %v2478 = arith.addf %v2474, %v2477 : f32
                llvm.store %v2478, %v37 : f32, !llvm.ptr
                %v2479 = arith.muli %v35, %v285 : i64
                %v2480 = arith.constant 8 : i64
                %v2481 = arith.addi %v2480, %v23 : i64
                %v2482 = arith.muli %v2481, %v284 : i64
                %v2483 = arith.addi %v2479, %v2482 : i64
                %v2484 = arith.muli %v2458, %v2 : i64
                %v2485 = arith.addi %v2483, %v2484 : i64
                %v2486 = llvm.getelementptr %in_Cm[%v2485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2487 = llvm.load %v2486 : !llvm.ptr -> f32
                %v2488 = arith.mulf %v2487, %v2473 : f32
                %v2489 = llvm.load %v38 : !llvm.ptr -> f32
                %v2490 = llvm.load %v40 : !llvm.ptr -> f32
                %v2491 = arith.mulf %v2490, %v2489 : f32
                %v2492 = arith.addf %v2488, %v2491 : f32
                llvm.store %v2492, %v38 : f32, !llvm.ptr
                %v2493 = arith.subi %size_L, %v2 : i64
                %v2494 = arith.cmpi eq, %v2458, %v2493 : i64
                scf.if %v2494 {
                  %v2495 = arith.muli %v35, %v56 : i64
                  %v2496 = arith.muli %v33, %v55 : i64
                  %v2497 = arith.addi %v2495, %v2496 : i64
                  %v2498 = arith.muli %v23, %v2 : i64
                  %v2499 = arith.addi %v2497, %v2498 : i64
                  %v2500 = llvm.getelementptr %dy_h_last[%v2499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2501 = llvm.load %v2500 : !llvm.ptr -> f32
                  %v2502 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2503 = arith.addf %v2502, %v2501 : f32
                  llvm.store %v2503, %v37 : f32, !llvm.ptr
                  %v2504 = arith.muli %v35, %v56 : i64
                  %v2505 = arith.muli %v33, %v55 : i64
                  %v2506 = arith.addi %v2504, %v2505 : i64
                  %v2507 = arith.constant 8 : i64
                  %v2508 = arith.addi %v2507, %v23 : i64
                  %v2509 = arith.muli %v2508, %v2 : i64
                  %v2510 = arith.addi %v2506, %v2509 : i64
                  %v2511 = llvm.getelementptr %dy_h_last[%v2510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2512 = llvm.load %v2511 : !llvm.ptr -> f32
                  %v2513 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2514 = arith.addf %v2513, %v2512 : f32
                  llvm.store %v2514, %v38 : f32, !llvm.ptr
                }
                %v2515 = arith.muli %v33, %v2 : i64
                %v2516 = llvm.getelementptr %in_Dskip[%v2515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2517 = llvm.load %v2516 : !llvm.ptr -> f32
                %v2518 = arith.mulf %v2517, %v2473 : f32
                %v2519 = arith.muli %v35, %v285 : i64
                %v2520 = arith.muli %v23, %v284 : i64
                %v2521 = arith.addi %v2519, %v2520 : i64
                %v2522 = arith.muli %v2458, %v2 : i64
                %v2523 = arith.addi %v2521, %v2522 : i64
                %v2524 = llvm.getelementptr %in_Bm[%v2523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
                %v2526 = llvm.load %v37 : !llvm.ptr -> f32
                %v2527 = arith.mulf %v2525, %v2526 : f32
                %v2528 = arith.muli %v35, %v285 : i64
                %v2529 = arith.constant 8 : i64
                %v2530 = arith.addi %v2529, %v23 : i64
                %v2531 = arith.muli %v2530, %v284 : i64
                %v2532 = arith.addi %v2528, %v2531 : i64
                %v2533 = arith.muli %v2458, %v2 : i64
                %v2534 = arith.addi %v2532, %v2533 : i64
                %v2535 = llvm.getelementptr %in_Bm[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2536 = llvm.load %v2535 : !llvm.ptr -> f32
                %v2537 = llvm.load %v38 : !llvm.ptr -> f32
                %v2538 = arith.mulf %v2536, %v2537 : f32
                %v2539 = arith.addf %v2527, %v2538 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2540, %v2541 = gpu.shuffle xor %v2539, %v909, %v267 : f32
                %v2542 = arith.addf %v2539, %v2540 : f32
                %v2543, %v2544 = gpu.shuffle xor %v2542, %v913, %v267 : f32
                %v2545 = arith.addf %v2542, %v2543 : f32
                %v2546, %v2547 = gpu.shuffle xor %v2545, %v917, %v267 : f32
                %v2548 = arith.addf %v2545, %v2546 : f32
                // end sum over the lanes
                %v2549 = arith.mulf %v2447, %v2548 : f32
                %v2550 = arith.addf %v2518, %v2549 : f32
                %v2551 = arith.cmpi eq, %v23, %v53 : i64
                %v2552 = arith.andi %v27, %v2551 : i1
                scf.if %v2552 {
                  %v2553 = arith.muli %v35, %v206 : i64
                  %v2554 = arith.muli %v33, %v205 : i64
                  %v2555 = arith.addi %v2553, %v2554 : i64
                  %v2556 = arith.muli %v2458, %v2 : i64
                  %v2557 = arith.addi %v2555, %v2556 : i64
                  %v2558 = llvm.getelementptr %dx_u[%v2557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2550, %v2558 : f32, !llvm.ptr
                }
                %v2559 = arith.muli %v35, %v206 : i64
                %v2560 = arith.muli %v33, %v205 : i64
                %v2561 = arith.addi %v2559, %v2560 : i64
                %v2562 = arith.muli %v2458, %v2 : i64
                %v2563 = arith.addi %v2561, %v2562 : i64
                %v2564 = llvm.getelementptr %in_u[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
                %v2566 = arith.mulf %v2565, %v2548 : f32
                %v2567 = arith.muli %v33, %v275 : i64
                %v2568 = arith.muli %v23, %v2 : i64
                %v2569 = arith.addi %v2567, %v2568 : i64
                %v2570 = llvm.getelementptr %in_A[%v2569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2571 = llvm.load %v2570 : !llvm.ptr -> f32
                %v2572 = arith.mulf %v2447, %v2571 : f32
                %v2573 = arith.mulf %v2572, %v221 : f32
                %v2574 = llvm.call_intrinsic "llvm.exp2.f32"(%v2573) : (f32) -> f32
                %v2575 = arith.mulf %v459, %v2526 : f32
                %v2576 = arith.mulf %v2571, %v2575 : f32
                %v2577 = arith.mulf %v2574, %v2576 : f32
                %v2578 = arith.muli %v33, %v275 : i64
                %v2579 = arith.constant 8 : i64
                %v2580 = arith.addi %v2579, %v23 : i64
                %v2581 = arith.muli %v2580, %v2 : i64
                %v2582 = arith.addi %v2578, %v2581 : i64
                %v2583 = llvm.getelementptr %in_A[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
                %v2585 = arith.mulf %v2447, %v2584 : f32
                %v2586 = arith.mulf %v2585, %v221 : f32
                %v2587 = llvm.call_intrinsic "llvm.exp2.f32"(%v2586) : (f32) -> f32
                %v2588 = arith.mulf %v481, %v2537 : f32
                %v2589 = arith.mulf %v2584, %v2588 : f32
                %v2590 = arith.mulf %v2587, %v2589 : f32
                %v2591 = arith.addf %v2577, %v2590 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2592, %v2593 = gpu.shuffle xor %v2591, %v909, %v267 : f32
                %v2594 = arith.addf %v2591, %v2592 : f32
                %v2595, %v2596 = gpu.shuffle xor %v2594, %v913, %v267 : f32
                %v2597 = arith.addf %v2594, %v2595 : f32
                %v2598, %v2599 = gpu.shuffle xor %v2597, %v917, %v267 : f32
                %v2600 = arith.addf %v2597, %v2598 : f32
                // end sum over the lanes
                %v2601 = arith.addf %v2566, %v2600 : f32
                %v2602 = arith.mulf %v2601, %v2455 : f32
                %v2603 = arith.cmpi eq, %v23, %v53 : i64
                %v2604 = arith.andi %v27, %v2603 : i1
                scf.if %v2604 {
                  %v2605 = arith.muli %v35, %v206 : i64
                  %v2606 = arith.muli %v33, %v205 : i64
                  %v2607 = arith.addi %v2605, %v2606 : i64
                  %v2608 = arith.muli %v2458, %v2 : i64
                  %v2609 = arith.addi %v2607, %v2608 : i64
                  %v2610 = llvm.getelementptr %dx_delta[%v2609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2602, %v2610 : f32, !llvm.ptr
                }
                %v2611 = arith.mulf %v2465, %v506 : f32
                %v2612 = arith.mulf %v2487, %v528 : f32
                %v2613 = arith.addf %v2611, %v2612 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2614, %v2615 = gpu.shuffle xor %v2613, %v909, %v267 : f32
                %v2616 = arith.addf %v2613, %v2614 : f32
                %v2617, %v2618 = gpu.shuffle xor %v2616, %v913, %v267 : f32
                %v2619 = arith.addf %v2616, %v2617 : f32
                %v2620, %v2621 = gpu.shuffle xor %v2619, %v917, %v267 : f32
                %v2622 = arith.addf %v2619, %v2620 : f32
                // end sum over the lanes
                %v2623 = arith.mulf %v2565, %v2517 : f32
                %v2624 = arith.addf %v2622, %v2623 : f32
                %v2625 = arith.mulf %v2624, %v2472 : f32
                %v2626 = arith.mulf %v2625, %v2453 : f32
                %v2627 = arith.cmpi eq, %v23, %v53 : i64
                %v2628 = arith.andi %v27, %v2627 : i1
                scf.if %v2628 {
                  %v2629 = arith.muli %v35, %v206 : i64
                  %v2630 = arith.muli %v33, %v205 : i64
                  %v2631 = arith.addi %v2629, %v2630 : i64
                  %v2632 = arith.muli %v2458, %v2 : i64
                  %v2633 = arith.addi %v2631, %v2632 : i64
                  %v2634 = llvm.getelementptr %dx_z[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2626, %v2634 : f32, !llvm.ptr
                }
                %v2635 = arith.mulf %v2574, %v2575 : f32
                %v2636 = arith.mulf %v2447, %v2635 : f32
                %v2637 = llvm.load %v41 : !llvm.ptr -> f32
                %v2638 = arith.addf %v2637, %v2636 : f32
                llvm.store %v2638, %v41 : f32, !llvm.ptr
                %v2639 = arith.mulf %v2587, %v2588 : f32
                %v2640 = arith.mulf %v2447, %v2639 : f32
                %v2641 = llvm.load %v42 : !llvm.ptr -> f32
                %v2642 = arith.addf %v2641, %v2640 : f32
                llvm.store %v2642, %v42 : f32, !llvm.ptr
                %v2643 = arith.mulf %v2449, %v2526 : f32
                %v2644 = arith.select %v27, %v2643, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2645, %v2646 = gpu.shuffle xor %v2644, %v1017, %v267 : f32
                %v2647 = arith.addf %v2644, %v2645 : f32
                %v2648, %v2649 = gpu.shuffle xor %v2647, %v1021, %v267 : f32
                %v2650 = arith.addf %v2647, %v2648 : f32
                %v2651 = arith.divui %v13, %v15 : i64
                %v2652 = arith.remui %v13, %v15 : i64
                %v2653 = arith.cmpi ult, %v2652, %v22 : i64
                %v2654 = arith.addi %v53, %v23 : i64
                %v2655 = arith.muli %v2651, %v15 : i64
                %v2656 = arith.addi %v2655, %v2457 : i64
                %v2657 = arith.muli %v2656, %v1 : i64
                %v2658 = arith.addi %v2657, %v2654 : i64
                scf.if %v2653 {
                  %v2659 = llvm.getelementptr %v48[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2650, %v2659 : f32, !llvm.ptr
                }
                %v2660 = arith.mulf %v2449, %v2537 : f32
                %v2661 = arith.select %v27, %v2660, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2662, %v2663 = gpu.shuffle xor %v2661, %v1017, %v267 : f32
                %v2664 = arith.addf %v2661, %v2662 : f32
                %v2665, %v2666 = gpu.shuffle xor %v2664, %v1021, %v267 : f32
                %v2667 = arith.addf %v2664, %v2665 : f32
                %v2668 = arith.divui %v13, %v15 : i64
                %v2669 = arith.remui %v13, %v15 : i64
                %v2670 = arith.cmpi ult, %v2669, %v22 : i64
                %v2671 = arith.addi %v22, %v23 : i64
                %v2672 = arith.muli %v2668, %v15 : i64
                %v2673 = arith.addi %v2672, %v2457 : i64
                %v2674 = arith.muli %v2673, %v1 : i64
                %v2675 = arith.addi %v2674, %v2671 : i64
                scf.if %v2670 {
                  %v2676 = llvm.getelementptr %v48[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2667, %v2676 : f32, !llvm.ptr
                }
                %v2677 = arith.mulf %v506, %v2473 : f32
                %v2678 = arith.select %v27, %v2677, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2679, %v2680 = gpu.shuffle xor %v2678, %v1017, %v267 : f32
                %v2681 = arith.addf %v2678, %v2679 : f32
                %v2682, %v2683 = gpu.shuffle xor %v2681, %v1021, %v267 : f32
                %v2684 = arith.addf %v2681, %v2682 : f32
                %v2685 = arith.divui %v13, %v15 : i64
                %v2686 = arith.remui %v13, %v15 : i64
                %v2687 = arith.cmpi ult, %v2686, %v22 : i64
                %v2688 = arith.addi %v53, %v23 : i64
                %v2689 = arith.muli %v2685, %v15 : i64
                %v2690 = arith.addi %v2689, %v2457 : i64
                %v2691 = arith.muli %v2690, %v1 : i64
                %v2692 = arith.addi %v2691, %v2688 : i64
                scf.if %v2687 {
                  %v2693 = llvm.getelementptr %v50[%v2692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2684, %v2693 : f32, !llvm.ptr
                }
                %v2694 = arith.mulf %v528, %v2473 : f32
                %v2695 = arith.select %v27, %v2694, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2696, %v2697 = gpu.shuffle xor %v2695, %v1017, %v267 : f32
                %v2698 = arith.addf %v2695, %v2696 : f32
                %v2699, %v2700 = gpu.shuffle xor %v2698, %v1021, %v267 : f32
                %v2701 = arith.addf %v2698, %v2699 : f32
                %v2702 = arith.divui %v13, %v15 : i64
                %v2703 = arith.remui %v13, %v15 : i64
                %v2704 = arith.cmpi ult, %v2703, %v22 : i64
                %v2705 = arith.addi %v22, %v23 : i64
                %v2706 = arith.muli %v2702, %v15 : i64
                %v2707 = arith.addi %v2706, %v2457 : i64
                %v2708 = arith.muli %v2707, %v1 : i64
                %v2709 = arith.addi %v2708, %v2705 : i64
                scf.if %v2704 {
                  %v2710 = llvm.getelementptr %v50[%v2709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2701, %v2710 : f32, !llvm.ptr
                }
                %v2711 = arith.mulf %v2565, %v2473 : f32
                %v2712 = llvm.load %v43 : !llvm.ptr -> f32
                %v2713 = arith.addf %v2712, %v2711 : f32
                llvm.store %v2713, %v43 : f32, !llvm.ptr
                %v2714 = llvm.load %v44 : !llvm.ptr -> f32
                %v2715 = arith.addf %v2714, %v2602 : f32
                llvm.store %v2715, %v44 : f32, !llvm.ptr
                llvm.store %v2574, %v39 : f32, !llvm.ptr
                llvm.store %v2587, %v40 : f32, !llvm.ptr
              }
              %v2716 = arith.addi %v339, %v53 : i64
              %v2717 = arith.cmpi slt, %v2716, %v148 : i64
              %v2718, %v2719 = gpu.shuffle idx %v399, %v108, %v267 : f32
              %v2720, %v2721 = gpu.shuffle idx %v407, %v108, %v267 : f32
              %v2722, %v2723 = gpu.shuffle idx %v420, %v108, %v267 : f32
              %v2724, %v2725 = gpu.shuffle idx %v429, %v108, %v267 : f32
              %v2726, %v2727 = gpu.shuffle idx %v434, %v108, %v267 : f32
              %v2728 = arith.addi %v341, %v100 : i64
              scf.if %v2717 {
                %v2729 = arith.addi %v146, %v2716 : i64
                %v2730 = arith.muli %v35, %v285 : i64
                %v2731 = arith.muli %v23, %v284 : i64
                %v2732 = arith.addi %v2730, %v2731 : i64
                %v2733 = arith.muli %v2729, %v2 : i64
                %v2734 = arith.addi %v2732, %v2733 : i64
                %v2735 = llvm.getelementptr %in_Cm[%v2734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2736 = llvm.load %v2735 : !llvm.ptr -> f32
                %v2737 = arith.muli %v35, %v206 : i64
                %v2738 = arith.muli %v33, %v205 : i64
                %v2739 = arith.addi %v2737, %v2738 : i64
                %v2740 = arith.muli %v2729, %v2 : i64
                %v2741 = arith.addi %v2739, %v2740 : i64
                %v2742 = llvm.getelementptr %dy_y[%v2741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2743 = llvm.load %v2742 : !llvm.ptr -> f32
                %v2744 = arith.mulf %v2722, %v2743 : f32
                %v2745 = arith.mulf %v2736, %v2744 : f32
                %v2746 = llvm.load %v37 : !llvm.ptr -> f32
                %v2747 = llvm.load %v39 : !llvm.ptr -> f32
                %v2748 = arith.mulf %v2747, %v2746 : f32
                %v2749 = arith.addf %v2745, %v2748 : f32
                llvm.store %v2749, %v37 : f32, !llvm.ptr
                %v2750 = arith.muli %v35, %v285 : i64
                %v2751 = arith.constant 8 : i64
                %v2752 = arith.addi %v2751, %v23 : i64
                %v2753 = arith.muli %v2752, %v284 : i64
                %v2754 = arith.addi %v2750, %v2753 : i64
                %v2755 = arith.muli %v2729, %v2 : i64
                %v2756 = arith.addi %v2754, %v2755 : i64
                %v2757 = llvm.getelementptr %in_Cm[%v2756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2758 = llvm.load %v2757 : !llvm.ptr -> f32
                %v2759 = arith.mulf %v2758, %v2744 : f32
                %v2760 = llvm.load %v38 : !llvm.ptr -> f32
                %v2761 = llvm.load %v40 : !llvm.ptr -> f32
                %v2762 = arith.mulf %v2761, %v2760 : f32
                %v2763 = arith.addf %v2759, %v2762 : f32
                llvm.store %v2763, %v38 : f32, !llvm.ptr
                %v2764 = arith.subi %size_L, %v2 : i64
                %v2765 = arith.cmpi eq, %v2729, %v2764 : i64
                scf.if %v2765 {
                  %v2766 = arith.muli %v35, %v56 : i64
                  %v2767 = arith.muli %v33, %v55 : i64
                  %v2768 = arith.addi %v2766, %v2767 : i64
                  %v2769 = arith.muli %v23, %v2 : i64
                  %v2770 = arith.addi %v2768, %v2769 : i64
                  %v2771 = llvm.getelementptr %dy_h_last[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2772 = llvm.load %v2771 : !llvm.ptr -> f32
                  %v2773 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2774 = arith.addf %v2773, %v2772 : f32
                  llvm.store %v2774, %v37 : f32, !llvm.ptr
                  %v2775 = arith.muli %v35, %v56 : i64
                  %v2776 = arith.muli %v33, %v55 : i64
                  %v2777 = arith.addi %v2775, %v2776 : i64
                  %v2778 = arith.constant 8 : i64
                  %v2779 = arith.addi %v2778, %v23 : i64
                  %v2780 = arith.muli %v2779, %v2 : i64
                  %v2781 = arith.addi %v2777, %v2780 : i64
                  %v2782 = llvm.getelementptr %dy_h_last[%v2781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2783 = llvm.load %v2782 : !llvm.ptr -> f32
                  %v2784 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2785 = arith.addf %v2784, %v2783 : f32
                  llvm.store %v2785, %v38 : f32, !llvm.ptr
                }
                %v2786 = arith.muli %v33, %v2 : i64
                %v2787 = llvm.getelementptr %in_Dskip[%v2786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2788 = llvm.load %v2787 : !llvm.ptr -> f32
                %v2789 = arith.mulf %v2788, %v2744 : f32
                %v2790 = arith.muli %v35, %v285 : i64
                %v2791 = arith.muli %v23, %v284 : i64
                %v2792 = arith.addi %v2790, %v2791 : i64
                %v2793 = arith.muli %v2729, %v2 : i64
                %v2794 = arith.addi %v2792, %v2793 : i64
                %v2795 = llvm.getelementptr %in_Bm[%v2794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2796 = llvm.load %v2795 : !llvm.ptr -> f32
                %v2797 = llvm.load %v37 : !llvm.ptr -> f32
                %v2798 = arith.mulf %v2796, %v2797 : f32
                %v2799 = arith.muli %v35, %v285 : i64
                %v2800 = arith.constant 8 : i64
                %v2801 = arith.addi %v2800, %v23 : i64
                %v2802 = arith.muli %v2801, %v284 : i64
                %v2803 = arith.addi %v2799, %v2802 : i64
                %v2804 = arith.muli %v2729, %v2 : i64
                %v2805 = arith.addi %v2803, %v2804 : i64
                %v2806 = llvm.getelementptr %in_Bm[%v2805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2807 = llvm.load %v2806 : !llvm.ptr -> f32
                %v2808 = llvm.load %v38 : !llvm.ptr -> f32
                %v2809 = arith.mulf %v2807, %v2808 : f32
                %v2810 = arith.addf %v2798, %v2809 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2811, %v2812 = gpu.shuffle xor %v2810, %v909, %v267 : f32
                %v2813 = arith.addf %v2810, %v2811 : f32
                %v2814, %v2815 = gpu.shuffle xor %v2813, %v913, %v267 : f32
                %v2816 = arith.addf %v2813, %v2814 : f32
                %v2817, %v2818 = gpu.shuffle xor %v2816, %v917, %v267 : f32
                %v2819 = arith.addf %v2816, %v2817 : f32
                // end sum over the lanes
                %v2820 = arith.mulf %v2718, %v2819 : f32
                %v2821 = arith.addf %v2789, %v2820 : f32
                %v2822 = arith.cmpi eq, %v23, %v53 : i64
                %v2823 = arith.andi %v27, %v2822 : i1
                scf.if %v2823 {
                  %v2824 = arith.muli %v35, %v206 : i64
                  %v2825 = arith.muli %v33, %v205 : i64
                  %v2826 = arith.addi %v2824, %v2825 : i64
                  %v2827 = arith.muli %v2729, %v2 : i64
                  %v2828 = arith.addi %v2826, %v2827 : i64
                  %v2829 = llvm.getelementptr %dx_u[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2821, %v2829 : f32, !llvm.ptr
                }
                %v2830 = arith.muli %v35, %v206 : i64
                %v2831 = arith.muli %v33, %v205 : i64
                %v2832 = arith.addi %v2830, %v2831 : i64
                %v2833 = arith.muli %v2729, %v2 : i64
                %v2834 = arith.addi %v2832, %v2833 : i64
                %v2835 = llvm.getelementptr %in_u[%v2834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2836 = llvm.load %v2835 : !llvm.ptr -> f32
                %v2837 = arith.mulf %v2836, %v2819 : f32
                %v2838 = arith.muli %v33, %v275 : i64
                %v2839 = arith.muli %v23, %v2 : i64
                %v2840 = arith.addi %v2838, %v2839 : i64
                %v2841 = llvm.getelementptr %in_A[%v2840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2842 = llvm.load %v2841 : !llvm.ptr -> f32
                %v2843 = arith.mulf %v2718, %v2842 : f32
                %v2844 = arith.mulf %v2843, %v221 : f32
                %v2845 = llvm.call_intrinsic "llvm.exp2.f32"(%v2844) : (f32) -> f32
                %v2846 = arith.mulf %v351, %v2797 : f32
                %v2847 = arith.mulf %v2842, %v2846 : f32
                %v2848 = arith.mulf %v2845, %v2847 : f32
                %v2849 = arith.muli %v33, %v275 : i64
                %v2850 = arith.constant 8 : i64
                %v2851 = arith.addi %v2850, %v23 : i64
                %v2852 = arith.muli %v2851, %v2 : i64
                %v2853 = arith.addi %v2849, %v2852 : i64
                %v2854 = llvm.getelementptr %in_A[%v2853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2855 = llvm.load %v2854 : !llvm.ptr -> f32
                %v2856 = arith.mulf %v2718, %v2855 : f32
                %v2857 = arith.mulf %v2856, %v221 : f32
                %v2858 = llvm.call_intrinsic "llvm.exp2.f32"(%v2857) : (f32) -> f32
                %v2859 = arith.mulf %v360, %v2808 : f32
                %v2860 = arith.mulf %v2855, %v2859 : f32
                %v2861 = arith.mulf %v2858, %v2860 : f32
                %v2862 = arith.addf %v2848, %v2861 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2863, %v2864 = gpu.shuffle xor %v2862, %v909, %v267 : f32
                %v2865 = arith.addf %v2862, %v2863 : f32
                %v2866, %v2867 = gpu.shuffle xor %v2865, %v913, %v267 : f32
                %v2868 = arith.addf %v2865, %v2866 : f32
                %v2869, %v2870 = gpu.shuffle xor %v2868, %v917, %v267 : f32
                %v2871 = arith.addf %v2868, %v2869 : f32
                // end sum over the lanes
                %v2872 = arith.addf %v2837, %v2871 : f32
                %v2873 = arith.mulf %v2872, %v2726 : f32
                %v2874 = arith.cmpi eq, %v23, %v53 : i64
                %v2875 = arith.andi %v27, %v2874 : i1
                scf.if %v2875 {
                  %v2876 = arith.muli %v35, %v206 : i64
                  %v2877 = arith.muli %v33, %v205 : i64
                  %v2878 = arith.addi %v2876, %v2877 : i64
                  %v2879 = arith.muli %v2729, %v2 : i64
                  %v2880 = arith.addi %v2878, %v2879 : i64
                  %v2881 = llvm.getelementptr %dx_delta[%v2880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2873, %v2881 : f32, !llvm.ptr
                }
                %v2882 = arith.mulf %v2736, %v459 : f32
                %v2883 = arith.mulf %v2758, %v481 : f32
                %v2884 = arith.addf %v2882, %v2883 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2885, %v2886 = gpu.shuffle xor %v2884, %v909, %v267 : f32
                %v2887 = arith.addf %v2884, %v2885 : f32
                %v2888, %v2889 = gpu.shuffle xor %v2887, %v913, %v267 : f32
                %v2890 = arith.addf %v2887, %v2888 : f32
                %v2891, %v2892 = gpu.shuffle xor %v2890, %v917, %v267 : f32
                %v2893 = arith.addf %v2890, %v2891 : f32
                // end sum over the lanes
                %v2894 = arith.mulf %v2836, %v2788 : f32
                %v2895 = arith.addf %v2893, %v2894 : f32
                %v2896 = arith.mulf %v2895, %v2743 : f32
                %v2897 = arith.mulf %v2896, %v2724 : f32
                %v2898 = arith.cmpi eq, %v23, %v53 : i64
                %v2899 = arith.andi %v27, %v2898 : i1
                scf.if %v2899 {
                  %v2900 = arith.muli %v35, %v206 : i64
                  %v2901 = arith.muli %v33, %v205 : i64
                  %v2902 = arith.addi %v2900, %v2901 : i64
                  %v2903 = arith.muli %v2729, %v2 : i64
                  %v2904 = arith.addi %v2902, %v2903 : i64
                  %v2905 = llvm.getelementptr %dx_z[%v2904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2897, %v2905 : f32, !llvm.ptr
                }
                %v2906 = arith.mulf %v2845, %v2846 : f32
                %v2907 = arith.mulf %v2718, %v2906 : f32
                %v2908 = llvm.load %v41 : !llvm.ptr -> f32
                %v2909 = arith.addf %v2908, %v2907 : f32
                llvm.store %v2909, %v41 : f32, !llvm.ptr
                %v2910 = arith.mulf %v2858, %v2859 : f32
                %v2911 = arith.mulf %v2718, %v2910 : f32
                %v2912 = llvm.load %v42 : !llvm.ptr -> f32
                %v2913 = arith.addf %v2912, %v2911 : f32
                llvm.store %v2913, %v42 : f32, !llvm.ptr
                %v2914 = arith.mulf %v2720, %v2797 : f32
                %v2915 = arith.select %v27, %v2914, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2916, %v2917 = gpu.shuffle xor %v2915, %v1017, %v267 : f32
                %v2918 = arith.addf %v2915, %v2916 : f32
                %v2919, %v2920 = gpu.shuffle xor %v2918, %v1021, %v267 : f32
                %v2921 = arith.addf %v2918, %v2919 : f32
                %v2922 = arith.divui %v13, %v15 : i64
                %v2923 = arith.remui %v13, %v15 : i64
                %v2924 = arith.cmpi ult, %v2923, %v22 : i64
                %v2925 = arith.addi %v53, %v23 : i64
                %v2926 = arith.muli %v2922, %v15 : i64
                %v2927 = arith.addi %v2926, %v2728 : i64
                %v2928 = arith.muli %v2927, %v1 : i64
                %v2929 = arith.addi %v2928, %v2925 : i64
                scf.if %v2924 {
                  %v2930 = llvm.getelementptr %v48[%v2929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2921, %v2930 : f32, !llvm.ptr
                }
                %v2931 = arith.mulf %v2720, %v2808 : f32
                %v2932 = arith.select %v27, %v2931, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2933, %v2934 = gpu.shuffle xor %v2932, %v1017, %v267 : f32
                %v2935 = arith.addf %v2932, %v2933 : f32
                %v2936, %v2937 = gpu.shuffle xor %v2935, %v1021, %v267 : f32
                %v2938 = arith.addf %v2935, %v2936 : f32
                %v2939 = arith.divui %v13, %v15 : i64
                %v2940 = arith.remui %v13, %v15 : i64
                %v2941 = arith.cmpi ult, %v2940, %v22 : i64
                %v2942 = arith.addi %v22, %v23 : i64
                %v2943 = arith.muli %v2939, %v15 : i64
                %v2944 = arith.addi %v2943, %v2728 : i64
                %v2945 = arith.muli %v2944, %v1 : i64
                %v2946 = arith.addi %v2945, %v2942 : i64
                scf.if %v2941 {
                  %v2947 = llvm.getelementptr %v48[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2938, %v2947 : f32, !llvm.ptr
                }
                %v2948 = arith.mulf %v459, %v2744 : f32
                %v2949 = arith.select %v27, %v2948, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2950, %v2951 = gpu.shuffle xor %v2949, %v1017, %v267 : f32
                %v2952 = arith.addf %v2949, %v2950 : f32
                %v2953, %v2954 = gpu.shuffle xor %v2952, %v1021, %v267 : f32
                %v2955 = arith.addf %v2952, %v2953 : f32
                %v2956 = arith.divui %v13, %v15 : i64
                %v2957 = arith.remui %v13, %v15 : i64
                %v2958 = arith.cmpi ult, %v2957, %v22 : i64
                %v2959 = arith.addi %v53, %v23 : i64
                %v2960 = arith.muli %v2956, %v15 : i64
                %v2961 = arith.addi %v2960, %v2728 : i64
                %v2962 = arith.muli %v2961, %v1 : i64
                %v2963 = arith.addi %v2962, %v2959 : i64
                scf.if %v2958 {
                  %v2964 = llvm.getelementptr %v50[%v2963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2955, %v2964 : f32, !llvm.ptr
                }
                %v2965 = arith.mulf %v481, %v2744 : f32
                %v2966 = arith.select %v27, %v2965, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2967, %v2968 = gpu.shuffle xor %v2966, %v1017, %v267 : f32
                %v2969 = arith.addf %v2966, %v2967 : f32
                %v2970, %v2971 = gpu.shuffle xor %v2969, %v1021, %v267 : f32
                %v2972 = arith.addf %v2969, %v2970 : f32
                %v2973 = arith.divui %v13, %v15 : i64
                %v2974 = arith.remui %v13, %v15 : i64
                %v2975 = arith.cmpi ult, %v2974, %v22 : i64
                %v2976 = arith.addi %v22, %v23 : i64
                %v2977 = arith.muli %v2973, %v15 : i64
                %v2978 = arith.addi %v2977, %v2728 : i64
                %v2979 = arith.muli %v2978, %v1 : i64
                %v2980 = arith.addi %v2979, %v2976 : i64
                scf.if %v2975 {
                  %v2981 = llvm.getelementptr %v50[%v2980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2972, %v2981 : f32, !llvm.ptr
                }
                %v2982 = arith.mulf %v2836, %v2744 : f32
                %v2983 = llvm.load %v43 : !llvm.ptr -> f32
                %v2984 = arith.addf %v2983, %v2982 : f32
                llvm.store %v2984, %v43 : f32, !llvm.ptr
                %v2985 = llvm.load %v44 : !llvm.ptr -> f32
                %v2986 = arith.addf %v2985, %v2873 : f32
                llvm.store %v2986, %v44 : f32, !llvm.ptr
                llvm.store %v2845, %v39 : f32, !llvm.ptr
                llvm.store %v2858, %v40 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2992 = arith.index_cast %v13 : i64 to index
          %v2993 = arith.index_cast %v2990 : i64 to index
          %v2994 = arith.index_cast %v2991 : i64 to index
          scf.for %v2995 = %v2992 to %v2993 step %v2994 {
            %v2996 = arith.index_cast %v2995 : index to i64
            %v2997 = arith.remui %v2996, %v15 : i64
            %v2998 = arith.divui %v2996, %v15 : i64
            %v2999 = arith.muli %v328, %v321 : i64
            %v3000 = arith.divui %v2997, %v22 : i64
            %v3001 = arith.addi %v2999, %v3000 : i64
            %v3002 = arith.cmpi slt, %v3001, %v151 : i64
            %v3003 = arith.subi %v151, %v2 : i64
            %v3004 = arith.subi %v3003, %v3001 : i64
            %v3005 = arith.remui %v2997, %v22 : i64
            %v3006 = arith.subi %v100, %v3005 : i64
            %v3007 = arith.muli %v3004, %v22 : i64
            %v3008 = arith.addi %v3007, %v3006 : i64
            %v3009 = arith.cmpi slt, %v3008, %v148 : i64
            %v3010 = arith.andi %v3002, %v3009 : i1
            scf.if %v3010 {
              %v3011 = arith.addi %v146, %v3008 : i64
              %v3012 = arith.addi %v53, %v2997 : i64
              %v3013 = arith.muli %v3012, %v1 : i64
              %v3014 = arith.addi %v3013, %v2998 : i64
              %v3015 = llvm.getelementptr %v48[%v3014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3016 = llvm.load %v3015 : !llvm.ptr -> f32
              %v3017 = arith.addi %v15, %v2997 : i64
              %v3018 = arith.muli %v3017, %v1 : i64
              %v3019 = arith.addi %v3018, %v2998 : i64
              %v3020 = llvm.getelementptr %v48[%v3019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3021 = llvm.load %v3020 : !llvm.ptr -> f32
              %v3022 = arith.addf %v3016, %v3021 : f32
              %v3023 = arith.addi %v99, %v2997 : i64
              %v3024 = arith.muli %v3023, %v1 : i64
              %v3025 = arith.addi %v3024, %v2998 : i64
              %v3026 = llvm.getelementptr %v48[%v3025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3027 = llvm.load %v3026 : !llvm.ptr -> f32
              %v3028 = arith.addf %v3022, %v3027 : f32
              %v3030 = arith.addi %v3029, %v2997 : i64
              %v3031 = arith.muli %v3030, %v1 : i64
              %v3032 = arith.addi %v3031, %v2998 : i64
              %v3033 = llvm.getelementptr %v48[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3034 = llvm.load %v3033 : !llvm.ptr -> f32
              %v3035 = arith.addf %v3028, %v3034 : f32
              %v3037 = arith.addi %v3036, %v2997 : i64
              %v3038 = arith.muli %v3037, %v1 : i64
              %v3039 = arith.addi %v3038, %v2998 : i64
              %v3040 = llvm.getelementptr %v48[%v3039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3041 = llvm.load %v3040 : !llvm.ptr -> f32
              %v3042 = arith.addf %v3035, %v3041 : f32
              %v3044 = arith.addi %v3043, %v2997 : i64
              %v3045 = arith.muli %v3044, %v1 : i64
              %v3046 = arith.addi %v3045, %v2998 : i64
              %v3047 = llvm.getelementptr %v48[%v3046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3048 = llvm.load %v3047 : !llvm.ptr -> f32
              %v3049 = arith.addf %v3042, %v3048 : f32
              %v3051 = arith.addi %v3050, %v2997 : i64
              %v3052 = arith.muli %v3051, %v1 : i64
              %v3053 = arith.addi %v3052, %v2998 : i64
              %v3054 = llvm.getelementptr %v48[%v3053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3055 = llvm.load %v3054 : !llvm.ptr -> f32
              %v3056 = arith.addf %v3049, %v3055 : f32
              %v3058 = arith.addi %v3057, %v2997 : i64
              %v3059 = arith.muli %v3058, %v1 : i64
              %v3060 = arith.addi %v3059, %v2998 : i64
              %v3061 = llvm.getelementptr %v48[%v3060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3062 = llvm.load %v3061 : !llvm.ptr -> f32
              %v3063 = arith.addf %v3056, %v3062 : f32
              %v3064 = arith.remui %v2998, %v1 : i64
              %v3065 = arith.divui %v2998, %v1 : i64
              %v3066 = arith.muli %v35, %v285 : i64
              %v3067 = arith.muli %v3064, %v284 : i64
              %v3068 = arith.addi %v3066, %v3067 : i64
              %v3069 = arith.muli %v3011, %v2 : i64
              %v3070 = arith.addi %v3068, %v3069 : i64
              %v3071 = arith.muli %v21, %v2989 : i64
              %v3072 = arith.addi %v3071, %v3070 : i64
              %v3073 = llvm.getelementptr %part_Bm[%v3072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3063, %v3073 : f32, !llvm.ptr
            }
          }
          %v3077 = arith.index_cast %v13 : i64 to index
          %v3078 = arith.index_cast %v2990 : i64 to index
          %v3079 = arith.index_cast %v2991 : i64 to index
          scf.for %v3080 = %v3077 to %v3078 step %v3079 {
            %v3081 = arith.index_cast %v3080 : index to i64
            %v3082 = arith.remui %v3081, %v15 : i64
            %v3083 = arith.divui %v3081, %v15 : i64
            %v3084 = arith.muli %v328, %v321 : i64
            %v3085 = arith.divui %v3082, %v22 : i64
            %v3086 = arith.addi %v3084, %v3085 : i64
            %v3087 = arith.cmpi slt, %v3086, %v151 : i64
            %v3088 = arith.subi %v151, %v2 : i64
            %v3089 = arith.subi %v3088, %v3086 : i64
            %v3090 = arith.remui %v3082, %v22 : i64
            %v3091 = arith.subi %v100, %v3090 : i64
            %v3092 = arith.muli %v3089, %v22 : i64
            %v3093 = arith.addi %v3092, %v3091 : i64
            %v3094 = arith.cmpi slt, %v3093, %v148 : i64
            %v3095 = arith.andi %v3087, %v3094 : i1
            scf.if %v3095 {
              %v3096 = arith.addi %v146, %v3093 : i64
              %v3097 = arith.addi %v53, %v3082 : i64
              %v3098 = arith.muli %v3097, %v1 : i64
              %v3099 = arith.addi %v3098, %v3083 : i64
              %v3100 = llvm.getelementptr %v50[%v3099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3101 = llvm.load %v3100 : !llvm.ptr -> f32
              %v3102 = arith.addi %v15, %v3082 : i64
              %v3103 = arith.muli %v3102, %v1 : i64
              %v3104 = arith.addi %v3103, %v3083 : i64
              %v3105 = llvm.getelementptr %v50[%v3104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3106 = llvm.load %v3105 : !llvm.ptr -> f32
              %v3107 = arith.addf %v3101, %v3106 : f32
              %v3108 = arith.addi %v99, %v3082 : i64
              %v3109 = arith.muli %v3108, %v1 : i64
              %v3110 = arith.addi %v3109, %v3083 : i64
              %v3111 = llvm.getelementptr %v50[%v3110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3112 = llvm.load %v3111 : !llvm.ptr -> f32
              %v3113 = arith.addf %v3107, %v3112 : f32
              %v3114 = arith.addi %v3029, %v3082 : i64
              %v3115 = arith.muli %v3114, %v1 : i64
              %v3116 = arith.addi %v3115, %v3083 : i64
              %v3117 = llvm.getelementptr %v50[%v3116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3118 = llvm.load %v3117 : !llvm.ptr -> f32
              %v3119 = arith.addf %v3113, %v3118 : f32
              %v3120 = arith.addi %v3036, %v3082 : i64
              %v3121 = arith.muli %v3120, %v1 : i64
              %v3122 = arith.addi %v3121, %v3083 : i64
              %v3123 = llvm.getelementptr %v50[%v3122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3124 = llvm.load %v3123 : !llvm.ptr -> f32
              %v3125 = arith.addf %v3119, %v3124 : f32
              %v3126 = arith.addi %v3043, %v3082 : i64
              %v3127 = arith.muli %v3126, %v1 : i64
              %v3128 = arith.addi %v3127, %v3083 : i64
              %v3129 = llvm.getelementptr %v50[%v3128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3130 = llvm.load %v3129 : !llvm.ptr -> f32
              %v3131 = arith.addf %v3125, %v3130 : f32
              %v3132 = arith.addi %v3050, %v3082 : i64
              %v3133 = arith.muli %v3132, %v1 : i64
              %v3134 = arith.addi %v3133, %v3083 : i64
              %v3135 = llvm.getelementptr %v50[%v3134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3136 = llvm.load %v3135 : !llvm.ptr -> f32
              %v3137 = arith.addf %v3131, %v3136 : f32
              %v3138 = arith.addi %v3057, %v3082 : i64
              %v3139 = arith.muli %v3138, %v1 : i64
              %v3140 = arith.addi %v3139, %v3083 : i64
              %v3141 = llvm.getelementptr %v50[%v3140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3142 = llvm.load %v3141 : !llvm.ptr -> f32
              %v3143 = arith.addf %v3137, %v3142 : f32
              %v3144 = arith.remui %v3083, %v1 : i64
              %v3145 = arith.divui %v3083, %v1 : i64
              %v3146 = arith.muli %v35, %v285 : i64
              %v3147 = arith.muli %v3144, %v284 : i64
              %v3148 = arith.addi %v3146, %v3147 : i64
              %v3149 = arith.muli %v3096, %v2 : i64
              %v3150 = arith.addi %v3148, %v3149 : i64
              %v3151 = arith.muli %v21, %v3076 : i64
              %v3152 = arith.addi %v3151, %v3150 : i64
              %v3153 = llvm.getelementptr %part_Cm[%v3152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3143, %v3153 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3154 = llvm.load %v37 : !llvm.ptr -> f32
      %v3155 = llvm.load %v39 : !llvm.ptr -> f32
      %v3156 = arith.mulf %v3155, %v3154 : f32
      %v3157 = llvm.load %v45 : !llvm.ptr -> f32
      %v3158 = arith.addf %v3157, %v3156 : f32
      llvm.store %v3158, %v45 : f32, !llvm.ptr
      %v3159 = llvm.load %v38 : !llvm.ptr -> f32
      %v3160 = llvm.load %v40 : !llvm.ptr -> f32
      %v3161 = arith.mulf %v3160, %v3159 : f32
      %v3162 = llvm.load %v46 : !llvm.ptr -> f32
      %v3163 = arith.addf %v3162, %v3161 : f32
      llvm.store %v3163, %v46 : f32, !llvm.ptr
      scf.if %v27 {
        %v3164 = llvm.load %v41 : !llvm.ptr -> f32
        %v3165 = arith.addi %v53, %v23 : i64
        %v3166 = arith.muli %v29, %v1 : i64
        %v3167 = arith.addi %v3166, %v3165 : i64
        %v3168 = llvm.getelementptr %part_A[%v3167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3164, %v3168 : f32, !llvm.ptr
        %v3169 = llvm.load %v42 : !llvm.ptr -> f32
        %v3170 = arith.addi %v22, %v23 : i64
        %v3171 = arith.muli %v29, %v1 : i64
        %v3172 = arith.addi %v3171, %v3170 : i64
        %v3173 = llvm.getelementptr %part_A[%v3172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3169, %v3173 : f32, !llvm.ptr
      }
      %v3174 = arith.cmpi eq, %v23, %v53 : i64
      %v3175 = arith.andi %v27, %v3174 : i1
      scf.if %v3175 {
        %v3176 = llvm.load %v43 : !llvm.ptr -> f32
        %v3177 = arith.muli %v29, %v2 : i64
        %v3178 = arith.addi %v3177, %v53 : i64
        %v3179 = llvm.getelementptr %part_Dskip[%v3178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3176, %v3179 : f32, !llvm.ptr
      }
      %v3180 = arith.cmpi eq, %v23, %v53 : i64
      %v3181 = arith.andi %v27, %v3180 : i1
      scf.if %v3181 {
        %v3182 = llvm.load %v44 : !llvm.ptr -> f32
        %v3183 = arith.muli %v29, %v2 : i64
        %v3184 = arith.addi %v3183, %v53 : i64
        %v3185 = llvm.getelementptr %part_dt_bias[%v3184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3182, %v3185 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v3186 = llvm.load %v45 : !llvm.ptr -> f32
        %v3187 = arith.muli %v35, %v56 : i64
        %v3188 = arith.muli %v33, %v55 : i64
        %v3189 = arith.addi %v3187, %v3188 : i64
        %v3190 = arith.muli %v23, %v2 : i64
        %v3191 = arith.addi %v3189, %v3190 : i64
        %v3192 = llvm.getelementptr %dx_h0[%v3191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3186, %v3192 : f32, !llvm.ptr
        %v3193 = llvm.load %v46 : !llvm.ptr -> f32
        %v3194 = arith.muli %v35, %v56 : i64
        %v3195 = arith.muli %v33, %v55 : i64
        %v3196 = arith.addi %v3194, %v3195 : i64
        %v3197 = arith.constant 8 : i64
        %v3198 = arith.addi %v3197, %v23 : i64
        %v3199 = arith.muli %v3198, %v2 : i64
        %v3200 = arith.addi %v3196, %v3199 : i64
        %v3201 = llvm.getelementptr %dx_h0[%v3200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3193, %v3201 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
