module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v53 = arith.constant 64 : i64
      %v54 = arith.constant 0 : i64
      %v60 = arith.muli %v2, %v1 : i64
      %v61 = arith.muli %v60, %size_D : i64
      %v114 = arith.muli %v2, %size_B : i64
      %v115 = arith.muli %v114, %size_D : i64
      %v116 = arith.muli %v115, %v1 : i64
      %v126 = arith.muli %v2, %size_B : i64
      %v127 = arith.muli %v126, %size_D : i64
      %v128 = arith.muli %v127, %v1 : i64
      %v146 = arith.muli %v2, %size_D : i64
      %v147 = arith.muli %v146, %size_L : i64
      %v162 = arith.constant 0x3FB8AA3B : f32
      %v167 = arith.constant 0x3F317218 : f32
      %v169 = arith.constant 0x3E124925 : f32
      %v171 = arith.constant 0xBE2AAAAB : f32
      %v174 = arith.constant 0x3E4CCCCD : f32
      %v177 = arith.constant 0xBE800000 : f32
      %v180 = arith.constant 0x3EAAAAAB : f32
      %v183 = arith.constant 0xBF000000 : f32
      %v189 = arith.constant 0x3D800000 : f32
      %v193 = arith.muli %v2, %v1 : i64
      %v202 = arith.muli %v2, %v1 : i64
      %v203 = arith.muli %v202, %size_L : i64
      %v262 = arith.constant 31 : i64
      %v413 = arith.constant 1 : i32
      %v414 = arith.constant 32 : i32
      %v418 = arith.constant 2 : i32
      %v422 = arith.constant 4 : i32
      %v461 = arith.muli %v2, %size_B : i64
      %v462 = arith.muli %v461, %size_D : i64
      %v463 = arith.muli %v462, %v1 : i64
      %v496 = arith.muli %v2, %size_B : i64
      %v497 = arith.muli %v496, %size_D : i64
      %v498 = arith.muli %v497, %v1 : i64
      %v601 = arith.constant 8 : i32
      %v605 = arith.constant 16 : i32
      %v674 = arith.muli %v2, %size_B : i64
      %v675 = arith.muli %v674, %size_L : i64
      %v676 = arith.muli %v675, %v1 : i64
      %v677 = arith.constant 512 : i64
      %v678 = arith.constant 256 : i64
      %v708 = arith.constant 96 : i64
      %v715 = arith.constant 128 : i64
      %v722 = arith.constant 160 : i64
      %v729 = arith.constant 192 : i64
      %v736 = arith.constant 224 : i64
      %v753 = arith.muli %v2, %size_B : i64
      %v754 = arith.muli %v753, %size_L : i64
      %v755 = arith.muli %v754, %v1 : i64
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
      %v55 = arith.subi %v53, %v2 : i64
      %v56 = arith.addi %size_L, %v55 : i64
      %v57 = arith.divui %v56, %v53 : i64
      %v58 = arith.subi %size_L, %v2 : i64
      %v59 = arith.cmpi eq, %size_L, %v54 : i64
      scf.if %v59 {
        %v62 = arith.muli %v35, %v61 : i64
        %v63 = arith.muli %v33, %v60 : i64
        %v64 = arith.addi %v62, %v63 : i64
        %v65 = arith.muli %v23, %v2 : i64
        %v66 = arith.addi %v64, %v65 : i64
        %v67 = llvm.mlir.zero : !llvm.ptr
        %v68 = llvm.icmp "ne" %in_h0, %v67 : !llvm.ptr
        %v69 = scf.if %v68 -> (f32) {
          %v70 = llvm.getelementptr %in_h0[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v71 = llvm.load %v70 : !llvm.ptr -> f32
          scf.yield %v71 : f32
        } else {
          scf.yield %v51 : f32
        }
        llvm.store %v69, %v9 : f32, !llvm.ptr
        %v72 = arith.muli %v35, %v61 : i64
        %v73 = arith.muli %v33, %v60 : i64
        %v74 = arith.addi %v72, %v73 : i64
        %v75 = arith.constant 8 : i64
        %v76 = arith.addi %v75, %v23 : i64
        %v77 = arith.muli %v76, %v2 : i64
        %v78 = arith.addi %v74, %v77 : i64
        %v79 = llvm.mlir.zero : !llvm.ptr
        %v80 = llvm.icmp "ne" %in_h0, %v79 : !llvm.ptr
        %v81 = scf.if %v80 -> (f32) {
          %v82 = llvm.getelementptr %in_h0[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          scf.yield %v83 : f32
        } else {
          scf.yield %v51 : f32
        }
        llvm.store %v81, %v10 : f32, !llvm.ptr
        %v84 = arith.muli %v35, %v61 : i64
        %v85 = arith.muli %v33, %v60 : i64
        %v86 = arith.addi %v84, %v85 : i64
        %v87 = arith.muli %v23, %v2 : i64
        %v88 = arith.addi %v86, %v87 : i64
        %v89 = llvm.getelementptr %dy_h_last[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v90 = llvm.load %v89 : !llvm.ptr -> f32
        %v91 = llvm.load %v37 : !llvm.ptr -> f32
        %v92 = arith.addf %v91, %v90 : f32
        llvm.store %v92, %v37 : f32, !llvm.ptr
        %v93 = arith.muli %v35, %v61 : i64
        %v94 = arith.muli %v33, %v60 : i64
        %v95 = arith.addi %v93, %v94 : i64
        %v96 = arith.constant 8 : i64
        %v97 = arith.addi %v96, %v23 : i64
        %v98 = arith.muli %v97, %v2 : i64
        %v99 = arith.addi %v95, %v98 : i64
        %v100 = llvm.getelementptr %dy_h_last[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v101 = llvm.load %v100 : !llvm.ptr -> f32
        %v102 = llvm.load %v38 : !llvm.ptr -> f32
        %v103 = arith.addf %v102, %v101 : f32
        llvm.store %v103, %v38 : f32, !llvm.ptr
      }
      %v104 = arith.index_cast %v54 : i64 to index
      %v105 = arith.index_cast %v57 : i64 to index
      %v106 = arith.index_cast %v2 : i64 to index
      scf.for %v107 = %v104 to %v105 step %v106 {
        %v108 = arith.index_cast %v107 : index to i64
        %v109 = arith.subi %v57, %v2 : i64
        %v110 = arith.subi %v109, %v108 : i64
        %v111 = arith.muli %v110, %v53 : i64
        %v112 = arith.subi %size_L, %v111 : i64
        %v113 = arith.minsi %v112, %v53 : i64
        %v117 = arith.muli %v110, %v116 : i64
        %v118 = arith.muli %v35, %v61 : i64
        %v119 = arith.muli %v33, %v60 : i64
        %v120 = arith.addi %v118, %v119 : i64
        %v121 = arith.muli %v23, %v2 : i64
        %v122 = arith.addi %v120, %v121 : i64
        %v123 = arith.addi %v117, %v122 : i64
        %v124 = llvm.getelementptr %ckpt_h[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v125 = llvm.load %v124 : !llvm.ptr -> f32
        llvm.store %v125, %v7 : f32, !llvm.ptr
        %v129 = arith.muli %v110, %v128 : i64
        %v130 = arith.muli %v35, %v61 : i64
        %v131 = arith.muli %v33, %v60 : i64
        %v132 = arith.addi %v130, %v131 : i64
        %v133 = arith.constant 8 : i64
        %v134 = arith.addi %v133, %v23 : i64
        %v135 = arith.muli %v134, %v2 : i64
        %v136 = arith.addi %v132, %v135 : i64
        %v137 = arith.addi %v129, %v136 : i64
        %v138 = llvm.getelementptr %ckpt_h[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v139 = llvm.load %v138 : !llvm.ptr -> f32
        llvm.store %v139, %v8 : f32, !llvm.ptr
        %v140 = arith.index_cast %v54 : i64 to index
        %v141 = arith.index_cast %v113 : i64 to index
        %v142 = arith.index_cast %v2 : i64 to index
        scf.for %v143 = %v140 to %v141 step %v142 {
          %v144 = arith.index_cast %v143 : index to i64
          %v145 = arith.addi %v111, %v144 : i64
          %v148 = arith.muli %v35, %v147 : i64
          %v149 = arith.muli %v145, %v146 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.muli %v33, %v2 : i64
          %v152 = arith.addi %v150, %v151 : i64
          %v153 = llvm.getelementptr %in_delta[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v154 = llvm.load %v153 : !llvm.ptr -> f32
          %v155 = arith.muli %v33, %v2 : i64
          %v156 = llvm.getelementptr %in_dt_bias[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v157 = llvm.load %v156 : !llvm.ptr -> f32
          %v158 = arith.addf %v154, %v157 : f32
          %v159 = arith.maximumf %v158, %v51 : f32
          %v160 = llvm.call_intrinsic "llvm.fabs.f32"(%v158) : (f32) -> f32
          %v161 = arith.negf %v160 : f32
          %v163 = arith.mulf %v161, %v162 : f32
          %v164 = llvm.call_intrinsic "llvm.exp2.f32"(%v163) : (f32) -> f32
          %v165 = arith.addf %v52, %v164 : f32
          %v166 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v165) : (f32) -> f32
          %v168 = arith.mulf %v166, %v167 : f32
          %v170 = arith.mulf %v169, %v164 : f32
          %v172 = arith.addf %v170, %v171 : f32
          %v173 = arith.mulf %v172, %v164 : f32
          %v175 = arith.addf %v173, %v174 : f32
          %v176 = arith.mulf %v175, %v164 : f32
          %v178 = arith.addf %v176, %v177 : f32
          %v179 = arith.mulf %v178, %v164 : f32
          %v181 = arith.addf %v179, %v180 : f32
          %v182 = arith.mulf %v181, %v164 : f32
          %v184 = arith.addf %v182, %v183 : f32
          %v185 = arith.mulf %v184, %v164 : f32
          %v186 = arith.addf %v185, %v52 : f32
          %v187 = arith.mulf %v186, %v164 : f32
          %v188 = llvm.call_intrinsic "llvm.fabs.f32"(%v164) : (f32) -> f32
          %v190 = arith.cmpf olt, %v188, %v189 : f32
          %v191 = arith.select %v190, %v187, %v168 : f32
          %v192 = arith.addf %v159, %v191 : f32
          %v194 = arith.muli %v33, %v193 : i64
          %v195 = arith.muli %v23, %v2 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = llvm.getelementptr %in_A[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v198 = llvm.load %v197 : !llvm.ptr -> f32
          %v199 = arith.mulf %v192, %v198 : f32
          %v200 = arith.mulf %v199, %v162 : f32
          %v201 = llvm.call_intrinsic "llvm.exp2.f32"(%v200) : (f32) -> f32
          %v204 = arith.muli %v35, %v203 : i64
          %v205 = arith.muli %v145, %v202 : i64
          %v206 = arith.addi %v204, %v205 : i64
          %v207 = arith.muli %v23, %v2 : i64
          %v208 = arith.addi %v206, %v207 : i64
          %v209 = llvm.getelementptr %in_Bm[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v210 = llvm.load %v209 : !llvm.ptr -> f32
          %v211 = arith.muli %v35, %v147 : i64
          %v212 = arith.muli %v145, %v146 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = arith.muli %v33, %v2 : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = llvm.getelementptr %in_u[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v217 = llvm.load %v216 : !llvm.ptr -> f32
          %v218 = arith.mulf %v192, %v217 : f32
          %v219 = arith.mulf %v210, %v218 : f32
          %v220 = llvm.load %v7 : !llvm.ptr -> f32
          %v221 = arith.mulf %v201, %v220 : f32
          %v222 = arith.addf %v221, %v219 : f32
          scf.if %v27 {
            %v223 = arith.muli %v144, %v4 : i64
            %v224 = arith.subi %v4, %v2 : i64
            %v225 = arith.minsi %v29, %v224 : i64
            %v226 = arith.addi %v223, %v225 : i64
            %v227 = arith.muli %v226, %v1 : i64
            %v228 = arith.addi %v227, %v54 : i64
            %v229 = arith.addi %v228, %v23 : i64
            %v230 = llvm.getelementptr %scratch_h[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v222, %v230 : f32, !llvm.ptr
          }
          llvm.store %v222, %v7 : f32, !llvm.ptr
          %v231 = arith.muli %v33, %v193 : i64
          %v232 = arith.constant 8 : i64
          %v233 = arith.addi %v232, %v23 : i64
          %v234 = arith.muli %v233, %v2 : i64
          %v235 = arith.addi %v231, %v234 : i64
          %v236 = llvm.getelementptr %in_A[%v235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v237 = llvm.load %v236 : !llvm.ptr -> f32
          %v238 = arith.mulf %v192, %v237 : f32
          %v239 = arith.mulf %v238, %v162 : f32
          %v240 = llvm.call_intrinsic "llvm.exp2.f32"(%v239) : (f32) -> f32
          %v241 = arith.muli %v35, %v203 : i64
          %v242 = arith.muli %v145, %v202 : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = arith.constant 8 : i64
          %v245 = arith.addi %v244, %v23 : i64
          %v246 = arith.muli %v245, %v2 : i64
          %v247 = arith.addi %v243, %v246 : i64
          %v248 = llvm.getelementptr %in_Bm[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v249 = llvm.load %v248 : !llvm.ptr -> f32
          %v250 = arith.mulf %v249, %v218 : f32
          %v251 = llvm.load %v8 : !llvm.ptr -> f32
          %v252 = arith.mulf %v240, %v251 : f32
          %v253 = arith.addf %v252, %v250 : f32
          scf.if %v27 {
            %v254 = arith.muli %v144, %v4 : i64
            %v255 = arith.subi %v4, %v2 : i64
            %v256 = arith.minsi %v29, %v255 : i64
            %v257 = arith.addi %v254, %v256 : i64
            %v258 = arith.muli %v257, %v1 : i64
            %v259 = arith.addi %v258, %v22 : i64
            %v260 = arith.addi %v259, %v23 : i64
            %v261 = llvm.getelementptr %scratch_h[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v253, %v261 : f32, !llvm.ptr
          }
          llvm.store %v253, %v8 : f32, !llvm.ptr
        }
        %v263 = arith.addi %v113, %v262 : i64
        %v264 = arith.divui %v263, %v15 : i64
        %v265 = arith.index_cast %v54 : i64 to index
        %v266 = arith.index_cast %v264 : i64 to index
        %v267 = arith.index_cast %v2 : i64 to index
        scf.for %v268 = %v265 to %v266 step %v267 {
          %v269 = arith.index_cast %v268 : index to i64
          %v270 = arith.muli %v269, %v15 : i64
          %v271 = arith.index_cast %v54 : i64 to index
          %v272 = arith.index_cast %v15 : i64 to index
          %v273 = arith.index_cast %v2 : i64 to index
          scf.for %v274 = %v271 to %v272 step %v273 {
            %v275 = arith.index_cast %v274 : index to i64
            %v276 = arith.addi %v270, %v275 : i64
            %v277 = arith.cmpi slt, %v276, %v113 : i64
            scf.if %v277 {
              %v278 = arith.subi %v113, %v2 : i64
              %v279 = arith.subi %v278, %v276 : i64
              %v280 = arith.addi %v111, %v279 : i64
              %v281 = arith.cmpi eq, %v279, %v54 : i64
              %v282 = arith.subi %v279, %v2 : i64
              %v283 = arith.maxsi %v282, %v54 : i64
              %v284 = arith.muli %v35, %v203 : i64
              %v285 = arith.muli %v280, %v202 : i64
              %v286 = arith.addi %v284, %v285 : i64
              %v287 = arith.muli %v23, %v2 : i64
              %v288 = arith.addi %v286, %v287 : i64
              %v289 = llvm.getelementptr %in_Cm[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v290 = llvm.load %v289 : !llvm.ptr -> f32
              %v291 = arith.muli %v35, %v147 : i64
              %v292 = arith.muli %v280, %v146 : i64
              %v293 = arith.addi %v291, %v292 : i64
              %v294 = arith.muli %v33, %v2 : i64
              %v295 = arith.addi %v293, %v294 : i64
              %v296 = llvm.getelementptr %in_z[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = arith.negf %v297 : f32
              %v299 = arith.mulf %v298, %v162 : f32
              %v300 = llvm.call_intrinsic "llvm.exp2.f32"(%v299) : (f32) -> f32
              %v301 = arith.addf %v52, %v300 : f32
              %v302 = arith.divf %v52, %v301 : f32
              %v303 = arith.mulf %v297, %v302 : f32
              %v304 = arith.muli %v35, %v147 : i64
              %v305 = arith.muli %v280, %v146 : i64
              %v306 = arith.addi %v304, %v305 : i64
              %v307 = arith.muli %v33, %v2 : i64
              %v308 = arith.addi %v306, %v307 : i64
              %v309 = llvm.getelementptr %dy_y[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v310 = llvm.load %v309 : !llvm.ptr -> f32
              %v311 = arith.mulf %v303, %v310 : f32
              %v312 = arith.mulf %v290, %v311 : f32
              %v313 = llvm.load %v37 : !llvm.ptr -> f32
              %v314 = llvm.load %v39 : !llvm.ptr -> f32
              %v315 = arith.mulf %v314, %v313 : f32
              %v316 = arith.addf %v312, %v315 : f32
              llvm.store %v316, %v37 : f32, !llvm.ptr
              %v317 = arith.muli %v35, %v203 : i64
              %v318 = arith.muli %v280, %v202 : i64
              %v319 = arith.addi %v317, %v318 : i64
              %v320 = arith.constant 8 : i64
              %v321 = arith.addi %v320, %v23 : i64
              %v322 = arith.muli %v321, %v2 : i64
              %v323 = arith.addi %v319, %v322 : i64
              %v324 = llvm.getelementptr %in_Cm[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v325 = llvm.load %v324 : !llvm.ptr -> f32
              %v326 = arith.mulf %v325, %v311 : f32
              %v327 = llvm.load %v38 : !llvm.ptr -> f32
              %v328 = llvm.load %v40 : !llvm.ptr -> f32
              %v329 = arith.mulf %v328, %v327 : f32
              %v330 = arith.addf %v326, %v329 : f32
              llvm.store %v330, %v38 : f32, !llvm.ptr
              %v331 = arith.cmpi eq, %v280, %v58 : i64
              scf.if %v331 {
                %v332 = arith.muli %v35, %v61 : i64
                %v333 = arith.muli %v33, %v60 : i64
                %v334 = arith.addi %v332, %v333 : i64
                %v335 = arith.muli %v23, %v2 : i64
                %v336 = arith.addi %v334, %v335 : i64
                %v337 = llvm.getelementptr %dy_h_last[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v338 = llvm.load %v337 : !llvm.ptr -> f32
                %v339 = llvm.load %v37 : !llvm.ptr -> f32
                %v340 = arith.addf %v339, %v338 : f32
                llvm.store %v340, %v37 : f32, !llvm.ptr
                %v341 = arith.muli %v35, %v61 : i64
                %v342 = arith.muli %v33, %v60 : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.constant 8 : i64
                %v345 = arith.addi %v344, %v23 : i64
                %v346 = arith.muli %v345, %v2 : i64
                %v347 = arith.addi %v343, %v346 : i64
                %v348 = llvm.getelementptr %dy_h_last[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v349 = llvm.load %v348 : !llvm.ptr -> f32
                %v350 = llvm.load %v38 : !llvm.ptr -> f32
                %v351 = arith.addf %v350, %v349 : f32
                llvm.store %v351, %v38 : f32, !llvm.ptr
              }
              %v352 = arith.muli %v33, %v2 : i64
              %v353 = llvm.getelementptr %in_Dskip[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v354 = llvm.load %v353 : !llvm.ptr -> f32
              %v355 = arith.mulf %v354, %v311 : f32
              %v356 = arith.muli %v35, %v147 : i64
              %v357 = arith.muli %v280, %v146 : i64
              %v358 = arith.addi %v356, %v357 : i64
              %v359 = arith.muli %v33, %v2 : i64
              %v360 = arith.addi %v358, %v359 : i64
              %v361 = llvm.getelementptr %in_delta[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v362 = llvm.load %v361 : !llvm.ptr -> f32
              %v363 = arith.muli %v33, %v2 : i64
              %v364 = llvm.getelementptr %in_dt_bias[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.addf %v362, %v365 : f32
              %v367 = arith.maximumf %v366, %v51 : f32
              %v368 = llvm.call_intrinsic "llvm.fabs.f32"(%v366) : (f32) -> f32
              %v369 = arith.negf %v368 : f32
              %v370 = arith.mulf %v369, %v162 : f32
              %v371 = llvm.call_intrinsic "llvm.exp2.f32"(%v370) : (f32) -> f32
              %v372 = arith.addf %v52, %v371 : f32
              %v373 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v372) : (f32) -> f32
              %v374 = arith.mulf %v373, %v167 : f32
              %v375 = arith.mulf %v169, %v371 : f32
              %v376 = arith.addf %v375, %v171 : f32
              %v377 = arith.mulf %v376, %v371 : f32
              %v378 = arith.addf %v377, %v174 : f32
              %v379 = arith.mulf %v378, %v371 : f32
              %v380 = arith.addf %v379, %v177 : f32
              %v381 = arith.mulf %v380, %v371 : f32
              %v382 = arith.addf %v381, %v180 : f32
              %v383 = arith.mulf %v382, %v371 : f32
              %v384 = arith.addf %v383, %v183 : f32
              %v385 = arith.mulf %v384, %v371 : f32
              %v386 = arith.addf %v385, %v52 : f32
              %v387 = arith.mulf %v386, %v371 : f32
              %v388 = llvm.call_intrinsic "llvm.fabs.f32"(%v371) : (f32) -> f32
              %v389 = arith.cmpf olt, %v388, %v189 : f32
              %v390 = arith.select %v389, %v387, %v374 : f32
              %v391 = arith.addf %v367, %v390 : f32
              %v392 = arith.muli %v35, %v203 : i64
              %v393 = arith.muli %v280, %v202 : i64
              %v394 = arith.addi %v392, %v393 : i64
              %v395 = arith.muli %v23, %v2 : i64
              %v396 = arith.addi %v394, %v395 : i64
              %v397 = llvm.getelementptr %in_Bm[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v398 = llvm.load %v397 : !llvm.ptr -> f32
              %v399 = llvm.load %v37 : !llvm.ptr -> f32
              %v400 = arith.mulf %v398, %v399 : f32
              %v401 = arith.muli %v35, %v203 : i64
              %v402 = arith.muli %v280, %v202 : i64
              %v403 = arith.addi %v401, %v402 : i64
              %v404 = arith.constant 8 : i64
              %v405 = arith.addi %v404, %v23 : i64
              %v406 = arith.muli %v405, %v2 : i64
              %v407 = arith.addi %v403, %v406 : i64
              %v408 = llvm.getelementptr %in_Bm[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v409 = llvm.load %v408 : !llvm.ptr -> f32
              %v410 = llvm.load %v38 : !llvm.ptr -> f32
              %v411 = arith.mulf %v409, %v410 : f32
              %v412 = arith.addf %v400, %v411 : f32
              // sum over the lanes: butterfly shuffles, every lane gets the total
              %v415, %v416 = gpu.shuffle xor %v412, %v413, %v414 : f32
              %v417 = arith.addf %v412, %v415 : f32
              %v419, %v420 = gpu.shuffle xor %v417, %v418, %v414 : f32
              %v421 = arith.addf %v417, %v419 : f32
              %v423, %v424 = gpu.shuffle xor %v421, %v422, %v414 : f32
              %v425 = arith.addf %v421, %v423 : f32
              // end sum over the lanes
              %v426 = arith.mulf %v391, %v425 : f32
              %v427 = arith.addf %v355, %v426 : f32
              %v428 = arith.cmpi eq, %v23, %v54 : i64
              %v429 = arith.andi %v27, %v428 : i1
              scf.if %v429 {
                %v430 = arith.muli %v35, %v147 : i64
                %v431 = arith.muli %v280, %v146 : i64
                %v432 = arith.addi %v430, %v431 : i64
                %v433 = arith.muli %v33, %v2 : i64
                %v434 = arith.addi %v432, %v433 : i64
                %v435 = llvm.getelementptr %dx_u[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v427, %v435 : f32, !llvm.ptr
              }
              %v436 = arith.muli %v35, %v147 : i64
              %v437 = arith.muli %v280, %v146 : i64
              %v438 = arith.addi %v436, %v437 : i64
              %v439 = arith.muli %v33, %v2 : i64
              %v440 = arith.addi %v438, %v439 : i64
              %v441 = llvm.getelementptr %in_u[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v442 = llvm.load %v441 : !llvm.ptr -> f32
              %v443 = arith.mulf %v442, %v425 : f32
              %v444 = arith.muli %v33, %v193 : i64
              %v445 = arith.muli %v23, %v2 : i64
              %v446 = arith.addi %v444, %v445 : i64
              %v447 = llvm.getelementptr %in_A[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v448 = llvm.load %v447 : !llvm.ptr -> f32
              %v449 = arith.mulf %v391, %v448 : f32
              %v450 = arith.mulf %v449, %v162 : f32
              %v451 = llvm.call_intrinsic "llvm.exp2.f32"(%v450) : (f32) -> f32
              %v452 = arith.muli %v283, %v4 : i64
              %v453 = arith.subi %v4, %v2 : i64
              %v454 = arith.minsi %v29, %v453 : i64
              %v455 = arith.addi %v452, %v454 : i64
              %v456 = arith.muli %v455, %v1 : i64
              %v457 = arith.addi %v456, %v54 : i64
              %v458 = arith.addi %v457, %v23 : i64
              %v459 = llvm.getelementptr %scratch_h[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v460 = llvm.load %v459 : !llvm.ptr -> f32
              %v464 = arith.muli %v110, %v463 : i64
              %v465 = arith.muli %v35, %v61 : i64
              %v466 = arith.muli %v33, %v60 : i64
              %v467 = arith.addi %v465, %v466 : i64
              %v468 = arith.muli %v23, %v2 : i64
              %v469 = arith.addi %v467, %v468 : i64
              %v470 = arith.addi %v464, %v469 : i64
              %v471 = llvm.getelementptr %ckpt_h[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v472 = llvm.load %v471 : !llvm.ptr -> f32
              %v473 = arith.select %v281, %v472, %v460 : f32
              %v474 = arith.mulf %v473, %v399 : f32
              %v475 = arith.mulf %v448, %v474 : f32
              %v476 = arith.mulf %v451, %v475 : f32
              %v477 = arith.muli %v33, %v193 : i64
              %v478 = arith.constant 8 : i64
              %v479 = arith.addi %v478, %v23 : i64
              %v480 = arith.muli %v479, %v2 : i64
              %v481 = arith.addi %v477, %v480 : i64
              %v482 = llvm.getelementptr %in_A[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v483 = llvm.load %v482 : !llvm.ptr -> f32
              %v484 = arith.mulf %v391, %v483 : f32
              %v485 = arith.mulf %v484, %v162 : f32
              %v486 = llvm.call_intrinsic "llvm.exp2.f32"(%v485) : (f32) -> f32
              %v487 = arith.muli %v283, %v4 : i64
              %v488 = arith.subi %v4, %v2 : i64
              %v489 = arith.minsi %v29, %v488 : i64
              %v490 = arith.addi %v487, %v489 : i64
              %v491 = arith.muli %v490, %v1 : i64
              %v492 = arith.addi %v491, %v22 : i64
              %v493 = arith.addi %v492, %v23 : i64
              %v494 = llvm.getelementptr %scratch_h[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v495 = llvm.load %v494 : !llvm.ptr -> f32
              %v499 = arith.muli %v110, %v498 : i64
              %v500 = arith.muli %v35, %v61 : i64
              %v501 = arith.muli %v33, %v60 : i64
              %v502 = arith.addi %v500, %v501 : i64
              %v503 = arith.constant 8 : i64
              %v504 = arith.addi %v503, %v23 : i64
              %v505 = arith.muli %v504, %v2 : i64
              %v506 = arith.addi %v502, %v505 : i64
              %v507 = arith.addi %v499, %v506 : i64
              %v508 = llvm.getelementptr %ckpt_h[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v509 = llvm.load %v508 : !llvm.ptr -> f32
              %v510 = arith.select %v281, %v509, %v495 : f32
              %v511 = arith.mulf %v510, %v410 : f32
              %v512 = arith.mulf %v483, %v511 : f32
              %v513 = arith.mulf %v486, %v512 : f32
              %v514 = arith.addf %v476, %v513 : f32
              // sum over the lanes: butterfly shuffles, every lane gets the total
              %v515, %v516 = gpu.shuffle xor %v514, %v413, %v414 : f32
              %v517 = arith.addf %v514, %v515 : f32
              %v518, %v519 = gpu.shuffle xor %v517, %v418, %v414 : f32
              %v520 = arith.addf %v517, %v518 : f32
              %v521, %v522 = gpu.shuffle xor %v520, %v422, %v414 : f32
              %v523 = arith.addf %v520, %v521 : f32
              // end sum over the lanes
              %v524 = arith.addf %v443, %v523 : f32
              %v525 = arith.negf %v366 : f32
              %v526 = arith.mulf %v525, %v162 : f32
              %v527 = llvm.call_intrinsic "llvm.exp2.f32"(%v526) : (f32) -> f32
              %v528 = arith.addf %v52, %v527 : f32
              %v529 = arith.divf %v52, %v528 : f32
              %v530 = arith.mulf %v524, %v529 : f32
              %v531 = arith.cmpi eq, %v23, %v54 : i64
              %v532 = arith.andi %v27, %v531 : i1
              scf.if %v532 {
                %v533 = arith.muli %v35, %v147 : i64
                %v534 = arith.muli %v280, %v146 : i64
                %v535 = arith.addi %v533, %v534 : i64
                %v536 = arith.muli %v33, %v2 : i64
                %v537 = arith.addi %v535, %v536 : i64
                %v538 = llvm.getelementptr %dx_delta[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v530, %v538 : f32, !llvm.ptr
              }
              %v539 = arith.muli %v279, %v4 : i64
              %v540 = arith.subi %v4, %v2 : i64
              %v541 = arith.minsi %v29, %v540 : i64
              %v542 = arith.addi %v539, %v541 : i64
              %v543 = arith.muli %v542, %v1 : i64
              %v544 = arith.addi %v543, %v54 : i64
              %v545 = arith.addi %v544, %v23 : i64
              %v546 = llvm.getelementptr %scratch_h[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v547 = llvm.load %v546 : !llvm.ptr -> f32
              %v548 = arith.mulf %v290, %v547 : f32
              %v549 = arith.muli %v279, %v4 : i64
              %v550 = arith.subi %v4, %v2 : i64
              %v551 = arith.minsi %v29, %v550 : i64
              %v552 = arith.addi %v549, %v551 : i64
              %v553 = arith.muli %v552, %v1 : i64
              %v554 = arith.addi %v553, %v22 : i64
              %v555 = arith.addi %v554, %v23 : i64
              %v556 = llvm.getelementptr %scratch_h[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v557 = llvm.load %v556 : !llvm.ptr -> f32
              %v558 = arith.mulf %v325, %v557 : f32
              %v559 = arith.addf %v548, %v558 : f32
              // sum over the lanes: butterfly shuffles, every lane gets the total
              %v560, %v561 = gpu.shuffle xor %v559, %v413, %v414 : f32
              %v562 = arith.addf %v559, %v560 : f32
              %v563, %v564 = gpu.shuffle xor %v562, %v418, %v414 : f32
              %v565 = arith.addf %v562, %v563 : f32
              %v566, %v567 = gpu.shuffle xor %v565, %v422, %v414 : f32
              %v568 = arith.addf %v565, %v566 : f32
              // end sum over the lanes
              %v569 = arith.mulf %v442, %v354 : f32
              %v570 = arith.addf %v568, %v569 : f32
              %v571 = arith.mulf %v570, %v310 : f32
              %v572 = arith.negf %v297 : f32
              %v573 = arith.mulf %v572, %v162 : f32
              %v574 = llvm.call_intrinsic "llvm.exp2.f32"(%v573) : (f32) -> f32
              %v575 = arith.addf %v52, %v574 : f32
              %v576 = arith.divf %v52, %v575 : f32
              %v577 = arith.subf %v52, %v576 : f32
              %v578 = arith.mulf %v297, %v577 : f32
              %v579 = arith.addf %v52, %v578 : f32
              %v580 = arith.mulf %v576, %v579 : f32
              %v581 = arith.mulf %v571, %v580 : f32
              %v582 = arith.cmpi eq, %v23, %v54 : i64
              %v583 = arith.andi %v27, %v582 : i1
              scf.if %v583 {
                %v584 = arith.muli %v35, %v147 : i64
                %v585 = arith.muli %v280, %v146 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = arith.muli %v33, %v2 : i64
                %v588 = arith.addi %v586, %v587 : i64
                %v589 = llvm.getelementptr %dx_z[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v581, %v589 : f32, !llvm.ptr
              }
              %v590 = arith.mulf %v451, %v474 : f32
              %v591 = arith.mulf %v391, %v590 : f32
              %v592 = llvm.load %v41 : !llvm.ptr -> f32
              %v593 = arith.addf %v592, %v591 : f32
              llvm.store %v593, %v41 : f32, !llvm.ptr
              %v594 = arith.mulf %v486, %v511 : f32
              %v595 = arith.mulf %v391, %v594 : f32
              %v596 = llvm.load %v42 : !llvm.ptr -> f32
              %v597 = arith.addf %v596, %v595 : f32
              llvm.store %v597, %v42 : f32, !llvm.ptr
              %v598 = arith.mulf %v391, %v442 : f32
              %v599 = arith.mulf %v598, %v399 : f32
              %v600 = arith.select %v27, %v599, %v51 : f32
              // sum over the warp's outer points: shuffles
              %v602, %v603 = gpu.shuffle xor %v600, %v601, %v414 : f32
              %v604 = arith.addf %v600, %v602 : f32
              %v606, %v607 = gpu.shuffle xor %v604, %v605, %v414 : f32
              %v608 = arith.addf %v604, %v606 : f32
              %v609 = arith.divui %v13, %v15 : i64
              %v610 = arith.remui %v13, %v15 : i64
              %v611 = arith.cmpi ult, %v610, %v22 : i64
              %v612 = arith.addi %v54, %v23 : i64
              %v613 = arith.muli %v609, %v15 : i64
              %v614 = arith.addi %v613, %v275 : i64
              %v615 = arith.muli %v614, %v1 : i64
              %v616 = arith.addi %v615, %v612 : i64
              scf.if %v611 {
                %v617 = llvm.getelementptr %v48[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v608, %v617 : f32, !llvm.ptr
              }
              %v618 = arith.mulf %v598, %v410 : f32
              %v619 = arith.select %v27, %v618, %v51 : f32
              // sum over the warp's outer points: shuffles
              %v620, %v621 = gpu.shuffle xor %v619, %v601, %v414 : f32
              %v622 = arith.addf %v619, %v620 : f32
              %v623, %v624 = gpu.shuffle xor %v622, %v605, %v414 : f32
              %v625 = arith.addf %v622, %v623 : f32
              %v626 = arith.divui %v13, %v15 : i64
              %v627 = arith.remui %v13, %v15 : i64
              %v628 = arith.cmpi ult, %v627, %v22 : i64
              %v629 = arith.addi %v22, %v23 : i64
              %v630 = arith.muli %v626, %v15 : i64
              %v631 = arith.addi %v630, %v275 : i64
              %v632 = arith.muli %v631, %v1 : i64
              %v633 = arith.addi %v632, %v629 : i64
              scf.if %v628 {
                %v634 = llvm.getelementptr %v48[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v625, %v634 : f32, !llvm.ptr
              }
              %v635 = arith.mulf %v547, %v311 : f32
              %v636 = arith.select %v27, %v635, %v51 : f32
              // sum over the warp's outer points: shuffles
              %v637, %v638 = gpu.shuffle xor %v636, %v601, %v414 : f32
              %v639 = arith.addf %v636, %v637 : f32
              %v640, %v641 = gpu.shuffle xor %v639, %v605, %v414 : f32
              %v642 = arith.addf %v639, %v640 : f32
              %v643 = arith.divui %v13, %v15 : i64
              %v644 = arith.remui %v13, %v15 : i64
              %v645 = arith.cmpi ult, %v644, %v22 : i64
              %v646 = arith.addi %v54, %v23 : i64
              %v647 = arith.muli %v643, %v15 : i64
              %v648 = arith.addi %v647, %v275 : i64
              %v649 = arith.muli %v648, %v1 : i64
              %v650 = arith.addi %v649, %v646 : i64
              scf.if %v645 {
                %v651 = llvm.getelementptr %v50[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v642, %v651 : f32, !llvm.ptr
              }
              %v652 = arith.mulf %v557, %v311 : f32
              %v653 = arith.select %v27, %v652, %v51 : f32
              // sum over the warp's outer points: shuffles
              %v654, %v655 = gpu.shuffle xor %v653, %v601, %v414 : f32
              %v656 = arith.addf %v653, %v654 : f32
              %v657, %v658 = gpu.shuffle xor %v656, %v605, %v414 : f32
              %v659 = arith.addf %v656, %v657 : f32
              %v660 = arith.divui %v13, %v15 : i64
              %v661 = arith.remui %v13, %v15 : i64
              %v662 = arith.cmpi ult, %v661, %v22 : i64
              %v663 = arith.addi %v22, %v23 : i64
              %v664 = arith.muli %v660, %v15 : i64
              %v665 = arith.addi %v664, %v275 : i64
              %v666 = arith.muli %v665, %v1 : i64
              %v667 = arith.addi %v666, %v663 : i64
              scf.if %v662 {
                %v668 = llvm.getelementptr %v50[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v659, %v668 : f32, !llvm.ptr
              }
              %v669 = arith.mulf %v442, %v311 : f32
              %v670 = llvm.load %v43 : !llvm.ptr -> f32
              %v671 = arith.addf %v670, %v669 : f32
              llvm.store %v671, %v43 : f32, !llvm.ptr
              %v672 = llvm.load %v44 : !llvm.ptr -> f32
              %v673 = arith.addf %v672, %v530 : f32
              llvm.store %v673, %v44 : f32, !llvm.ptr
              llvm.store %v451, %v39 : f32, !llvm.ptr
              llvm.store %v486, %v40 : f32, !llvm.ptr
            }
          }
          gpu.barrier
          %v679 = arith.index_cast %v13 : i64 to index
          %v680 = arith.index_cast %v677 : i64 to index
          %v681 = arith.index_cast %v678 : i64 to index
          scf.for %v682 = %v679 to %v680 step %v681 {
            %v683 = arith.index_cast %v682 : index to i64
            %v684 = arith.remui %v683, %v15 : i64
            %v685 = arith.divui %v683, %v15 : i64
            %v686 = arith.addi %v270, %v684 : i64
            %v687 = arith.cmpi slt, %v686, %v113 : i64
            scf.if %v687 {
              %v688 = arith.subi %v113, %v2 : i64
              %v689 = arith.subi %v688, %v686 : i64
              %v690 = arith.addi %v111, %v689 : i64
              %v691 = arith.addi %v54, %v684 : i64
              %v692 = arith.muli %v691, %v1 : i64
              %v693 = arith.addi %v692, %v685 : i64
              %v694 = llvm.getelementptr %v48[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v695 = llvm.load %v694 : !llvm.ptr -> f32
              %v696 = arith.addi %v15, %v684 : i64
              %v697 = arith.muli %v696, %v1 : i64
              %v698 = arith.addi %v697, %v685 : i64
              %v699 = llvm.getelementptr %v48[%v698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v700 = llvm.load %v699 : !llvm.ptr -> f32
              %v701 = arith.addf %v695, %v700 : f32
              %v702 = arith.addi %v53, %v684 : i64
              %v703 = arith.muli %v702, %v1 : i64
              %v704 = arith.addi %v703, %v685 : i64
              %v705 = llvm.getelementptr %v48[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v706 = llvm.load %v705 : !llvm.ptr -> f32
              %v707 = arith.addf %v701, %v706 : f32
              %v709 = arith.addi %v708, %v684 : i64
              %v710 = arith.muli %v709, %v1 : i64
              %v711 = arith.addi %v710, %v685 : i64
              %v712 = llvm.getelementptr %v48[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v713 = llvm.load %v712 : !llvm.ptr -> f32
              %v714 = arith.addf %v707, %v713 : f32
              %v716 = arith.addi %v715, %v684 : i64
              %v717 = arith.muli %v716, %v1 : i64
              %v718 = arith.addi %v717, %v685 : i64
              %v719 = llvm.getelementptr %v48[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v720 = llvm.load %v719 : !llvm.ptr -> f32
              %v721 = arith.addf %v714, %v720 : f32
              %v723 = arith.addi %v722, %v684 : i64
              %v724 = arith.muli %v723, %v1 : i64
              %v725 = arith.addi %v724, %v685 : i64
              %v726 = llvm.getelementptr %v48[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v727 = llvm.load %v726 : !llvm.ptr -> f32
              %v728 = arith.addf %v721, %v727 : f32
              %v730 = arith.addi %v729, %v684 : i64
              %v731 = arith.muli %v730, %v1 : i64
              %v732 = arith.addi %v731, %v685 : i64
              %v733 = llvm.getelementptr %v48[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v734 = llvm.load %v733 : !llvm.ptr -> f32
              %v735 = arith.addf %v728, %v734 : f32
              %v737 = arith.addi %v736, %v684 : i64
              %v738 = arith.muli %v737, %v1 : i64
              %v739 = arith.addi %v738, %v685 : i64
              %v740 = llvm.getelementptr %v48[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v741 = llvm.load %v740 : !llvm.ptr -> f32
              %v742 = arith.addf %v735, %v741 : f32
              %v743 = arith.remui %v685, %v1 : i64
              %v744 = arith.divui %v685, %v1 : i64
              %v745 = arith.muli %v35, %v203 : i64
              %v746 = arith.muli %v690, %v202 : i64
              %v747 = arith.addi %v745, %v746 : i64
              %v748 = arith.muli %v743, %v2 : i64
              %v749 = arith.addi %v747, %v748 : i64
              %v750 = arith.muli %v21, %v676 : i64
              %v751 = arith.addi %v750, %v749 : i64
              %v752 = llvm.getelementptr %part_Bm[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v742, %v752 : f32, !llvm.ptr
            }
          }
          %v756 = arith.index_cast %v13 : i64 to index
          %v757 = arith.index_cast %v677 : i64 to index
          %v758 = arith.index_cast %v678 : i64 to index
          scf.for %v759 = %v756 to %v757 step %v758 {
            %v760 = arith.index_cast %v759 : index to i64
            %v761 = arith.remui %v760, %v15 : i64
            %v762 = arith.divui %v760, %v15 : i64
            %v763 = arith.addi %v270, %v761 : i64
            %v764 = arith.cmpi slt, %v763, %v113 : i64
            scf.if %v764 {
              %v765 = arith.subi %v113, %v2 : i64
              %v766 = arith.subi %v765, %v763 : i64
              %v767 = arith.addi %v111, %v766 : i64
              %v768 = arith.addi %v54, %v761 : i64
              %v769 = arith.muli %v768, %v1 : i64
              %v770 = arith.addi %v769, %v762 : i64
              %v771 = llvm.getelementptr %v50[%v770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v772 = llvm.load %v771 : !llvm.ptr -> f32
              %v773 = arith.addi %v15, %v761 : i64
              %v774 = arith.muli %v773, %v1 : i64
              %v775 = arith.addi %v774, %v762 : i64
              %v776 = llvm.getelementptr %v50[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v777 = llvm.load %v776 : !llvm.ptr -> f32
              %v778 = arith.addf %v772, %v777 : f32
              %v779 = arith.addi %v53, %v761 : i64
              %v780 = arith.muli %v779, %v1 : i64
              %v781 = arith.addi %v780, %v762 : i64
              %v782 = llvm.getelementptr %v50[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v783 = llvm.load %v782 : !llvm.ptr -> f32
              %v784 = arith.addf %v778, %v783 : f32
              %v785 = arith.addi %v708, %v761 : i64
              %v786 = arith.muli %v785, %v1 : i64
              %v787 = arith.addi %v786, %v762 : i64
              %v788 = llvm.getelementptr %v50[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v789 = llvm.load %v788 : !llvm.ptr -> f32
              %v790 = arith.addf %v784, %v789 : f32
              %v791 = arith.addi %v715, %v761 : i64
              %v792 = arith.muli %v791, %v1 : i64
              %v793 = arith.addi %v792, %v762 : i64
              %v794 = llvm.getelementptr %v50[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v795 = llvm.load %v794 : !llvm.ptr -> f32
              %v796 = arith.addf %v790, %v795 : f32
              %v797 = arith.addi %v722, %v761 : i64
              %v798 = arith.muli %v797, %v1 : i64
              %v799 = arith.addi %v798, %v762 : i64
              %v800 = llvm.getelementptr %v50[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v801 = llvm.load %v800 : !llvm.ptr -> f32
              %v802 = arith.addf %v796, %v801 : f32
              %v803 = arith.addi %v729, %v761 : i64
              %v804 = arith.muli %v803, %v1 : i64
              %v805 = arith.addi %v804, %v762 : i64
              %v806 = llvm.getelementptr %v50[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v807 = llvm.load %v806 : !llvm.ptr -> f32
              %v808 = arith.addf %v802, %v807 : f32
              %v809 = arith.addi %v736, %v761 : i64
              %v810 = arith.muli %v809, %v1 : i64
              %v811 = arith.addi %v810, %v762 : i64
              %v812 = llvm.getelementptr %v50[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v813 = llvm.load %v812 : !llvm.ptr -> f32
              %v814 = arith.addf %v808, %v813 : f32
              %v815 = arith.remui %v762, %v1 : i64
              %v816 = arith.divui %v762, %v1 : i64
              %v817 = arith.muli %v35, %v203 : i64
              %v818 = arith.muli %v767, %v202 : i64
              %v819 = arith.addi %v817, %v818 : i64
              %v820 = arith.muli %v815, %v2 : i64
              %v821 = arith.addi %v819, %v820 : i64
              %v822 = arith.muli %v21, %v755 : i64
              %v823 = arith.addi %v822, %v821 : i64
              %v824 = llvm.getelementptr %part_Cm[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v814, %v824 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v825 = llvm.load %v37 : !llvm.ptr -> f32
      %v826 = llvm.load %v39 : !llvm.ptr -> f32
      %v827 = arith.mulf %v826, %v825 : f32
      %v828 = llvm.load %v45 : !llvm.ptr -> f32
      %v829 = arith.addf %v828, %v827 : f32
      llvm.store %v829, %v45 : f32, !llvm.ptr
      %v830 = llvm.load %v38 : !llvm.ptr -> f32
      %v831 = llvm.load %v40 : !llvm.ptr -> f32
      %v832 = arith.mulf %v831, %v830 : f32
      %v833 = llvm.load %v46 : !llvm.ptr -> f32
      %v834 = arith.addf %v833, %v832 : f32
      llvm.store %v834, %v46 : f32, !llvm.ptr
      scf.if %v27 {
        %v835 = llvm.load %v41 : !llvm.ptr -> f32
        %v836 = arith.addi %v54, %v23 : i64
        %v837 = arith.muli %v29, %v1 : i64
        %v838 = arith.addi %v837, %v836 : i64
        %v839 = llvm.getelementptr %part_A[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v835, %v839 : f32, !llvm.ptr
        %v840 = llvm.load %v42 : !llvm.ptr -> f32
        %v841 = arith.addi %v22, %v23 : i64
        %v842 = arith.muli %v29, %v1 : i64
        %v843 = arith.addi %v842, %v841 : i64
        %v844 = llvm.getelementptr %part_A[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v840, %v844 : f32, !llvm.ptr
      }
      %v845 = arith.cmpi eq, %v23, %v54 : i64
      %v846 = arith.andi %v27, %v845 : i1
      scf.if %v846 {
        %v847 = llvm.load %v43 : !llvm.ptr -> f32
        %v848 = arith.muli %v29, %v2 : i64
        %v849 = arith.addi %v848, %v54 : i64
        %v850 = llvm.getelementptr %part_Dskip[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v847, %v850 : f32, !llvm.ptr
      }
      %v851 = arith.cmpi eq, %v23, %v54 : i64
      %v852 = arith.andi %v27, %v851 : i1
      scf.if %v852 {
        %v853 = llvm.load %v44 : !llvm.ptr -> f32
        %v854 = arith.muli %v29, %v2 : i64
        %v855 = arith.addi %v854, %v54 : i64
        %v856 = llvm.getelementptr %part_dt_bias[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v853, %v856 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v857 = llvm.load %v45 : !llvm.ptr -> f32
        %v858 = arith.muli %v35, %v61 : i64
        %v859 = arith.muli %v33, %v60 : i64
        %v860 = arith.addi %v858, %v859 : i64
        %v861 = arith.muli %v23, %v2 : i64
        %v862 = arith.addi %v860, %v861 : i64
        %v863 = llvm.getelementptr %dx_h0[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v857, %v863 : f32, !llvm.ptr
        %v864 = llvm.load %v46 : !llvm.ptr -> f32
        %v865 = arith.muli %v35, %v61 : i64
        %v866 = arith.muli %v33, %v60 : i64
        %v867 = arith.addi %v865, %v866 : i64
        %v868 = arith.constant 8 : i64
        %v869 = arith.addi %v868, %v23 : i64
        %v870 = arith.muli %v869, %v2 : i64
        %v871 = arith.addi %v867, %v870 : i64
        %v872 = llvm.getelementptr %dx_h0[%v871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v864, %v872 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
