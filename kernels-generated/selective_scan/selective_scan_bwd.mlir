module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
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
      %v154 = arith.muli %v2, %size_B : i64
      %v155 = arith.muli %v154, %size_D : i64
      %v156 = arith.muli %v155, %v1 : i64
      %v166 = arith.muli %v2, %size_B : i64
      %v167 = arith.muli %v166, %size_D : i64
      %v168 = arith.muli %v167, %v1 : i64
      %v207 = arith.muli %v2, %size_L : i64
      %v208 = arith.muli %v207, %size_D : i64
      %v223 = arith.constant 0x3FB8AA3B : f32
      %v228 = arith.constant 0x3F317218 : f32
      %v230 = arith.constant 0x3E124925 : f32
      %v232 = arith.constant 0xBE2AAAAB : f32
      %v235 = arith.constant 0x3E4CCCCD : f32
      %v238 = arith.constant 0xBE800000 : f32
      %v241 = arith.constant 0x3EAAAAAB : f32
      %v244 = arith.constant 0xBF000000 : f32
      %v250 = arith.constant 0x3D800000 : f32
      %v269 = arith.constant 32 : i32
      %v277 = arith.muli %v2, %v1 : i64
      %v286 = arith.muli %v2, %size_L : i64
      %v287 = arith.muli %v286, %v1 : i64
      %v322 = arith.constant 3 : i64
      %v323 = arith.constant 4 : i64
      %v531 = arith.constant 2 : i64
      %v673 = arith.constant 5 : i64
      %v721 = arith.constant 6 : i64
      %v816 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v817 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v818 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v914 = arith.constant 1 : i32
      %v918 = arith.constant 2 : i32
      %v922 = arith.constant 4 : i32
      %v1007 = arith.constant 8 : i32
      %v1011 = arith.constant 16 : i32
      %v1021 = arith.constant 33 : i64
      %v2898 = arith.muli %v2, %size_B : i64
      %v2899 = arith.muli %v2898, %v1 : i64
      %v2900 = arith.muli %v2899, %size_L : i64
      %v2901 = arith.constant 512 : i64
      %v2902 = arith.constant 256 : i64
      %v2988 = arith.muli %v2, %size_B : i64
      %v2989 = arith.muli %v2988, %v1 : i64
      %v2990 = arith.muli %v2989, %size_L : i64
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
        %v87 = arith.addf %v86, %v85 fastmath<contract> : f32
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
        %v98 = arith.addf %v97, %v96 fastmath<contract> : f32
        llvm.store %v98, %v38 : f32, !llvm.ptr
      }
      %v101 = arith.subi %v99, %v2 : i64
      %v102 = arith.addi %size_L, %v101 : i64
      %v103 = arith.divui %v102, %v99 : i64
      %v139 = arith.subi %v103, %v53 : i64
      %v140 = arith.maxsi %v139, %v53 : i64
      %v141 = arith.index_cast %v53 : i64 to index
      %v142 = arith.index_cast %v140 : i64 to index
      %v143 = arith.index_cast %v2 : i64 to index
      scf.for %v144 = %v141 to %v142 step %v143 {
        %v145 = arith.index_cast %v144 : index to i64
        %v146 = arith.subi %v103, %v2 : i64
        %v147 = arith.subi %v146, %v145 : i64
        %v148 = arith.muli %v147, %v99 : i64
        %v149 = arith.subi %size_L, %v148 : i64
        %v150 = arith.minsi %v149, %v99 : i64
        %v151 = arith.subi %v150, %v2 : i64
        %v152 = arith.addi %v150, %v100 : i64
        %v153 = arith.divui %v152, %v22 : i64
        %v157 = arith.muli %v147, %v156 : i64
        %v158 = arith.muli %v35, %v56 : i64
        %v159 = arith.muli %v33, %v55 : i64
        %v160 = arith.addi %v158, %v159 : i64
        %v161 = arith.muli %v23, %v2 : i64
        %v162 = arith.addi %v160, %v161 : i64
        %v163 = arith.addi %v157, %v162 : i64
        %v164 = llvm.getelementptr %ckpt_h[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v165 = llvm.load %v164 : !llvm.ptr -> f32
        llvm.store %v165, %v7 : f32, !llvm.ptr
        %v169 = arith.muli %v147, %v168 : i64
        %v170 = arith.muli %v35, %v56 : i64
        %v171 = arith.muli %v33, %v55 : i64
        %v172 = arith.addi %v170, %v171 : i64
        %v173 = arith.constant 8 : i64
        %v174 = arith.addi %v173, %v23 : i64
        %v175 = arith.muli %v174, %v2 : i64
        %v176 = arith.addi %v172, %v175 : i64
        %v177 = arith.addi %v169, %v176 : i64
        %v178 = llvm.getelementptr %ckpt_h[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v179 = llvm.load %v178 : !llvm.ptr -> f32
        llvm.store %v179, %v8 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v180 = arith.index_cast %v53 : i64 to index
        %v181 = arith.index_cast %v153 : i64 to index
        %v182 = arith.index_cast %v2 : i64 to index
        scf.for %v183 = %v180 to %v181 step %v182 {
          %v184 = arith.index_cast %v183 : index to i64
          scf.if %v27 {
            %v185 = llvm.load %v7 : !llvm.ptr -> f32
            %v186 = arith.muli %v184, %v4 : i64
            %v187 = arith.subi %v4, %v2 : i64
            %v188 = arith.minsi %v29, %v187 : i64
            %v189 = arith.addi %v186, %v188 : i64
            %v190 = arith.muli %v189, %v1 : i64
            %v191 = arith.addi %v190, %v53 : i64
            %v192 = arith.addi %v191, %v23 : i64
            %v193 = llvm.getelementptr %scratch_h[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v185, %v193 : f32, !llvm.ptr
            %v194 = llvm.load %v8 : !llvm.ptr -> f32
            %v195 = arith.muli %v184, %v4 : i64
            %v196 = arith.subi %v4, %v2 : i64
            %v197 = arith.minsi %v29, %v196 : i64
            %v198 = arith.addi %v195, %v197 : i64
            %v199 = arith.muli %v198, %v1 : i64
            %v200 = arith.addi %v199, %v22 : i64
            %v201 = arith.addi %v200, %v23 : i64
            %v202 = llvm.getelementptr %scratch_h[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v194, %v202 : f32, !llvm.ptr
          }
          %v203 = arith.muli %v184, %v22 : i64
          %v204 = arith.addi %v203, %v23 : i64
          %v205 = arith.minsi %v204, %v151 : i64
          %v206 = arith.addi %v148, %v205 : i64
          %v209 = arith.muli %v35, %v208 : i64
          %v210 = arith.muli %v33, %v207 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.muli %v206, %v2 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = llvm.getelementptr %in_delta[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v33, %v2 : i64
          %v217 = llvm.getelementptr %in_dt_bias[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.addf %v215, %v218 fastmath<contract> : f32
          %v220 = arith.maximumf %v219, %v51 : f32
          %v221 = llvm.call_intrinsic "llvm.fabs.f32"(%v219) : (f32) -> f32
          %v222 = arith.negf %v221 : f32
          %v224 = arith.mulf %v222, %v223 fastmath<contract> : f32
          %v225 = llvm.call_intrinsic "llvm.exp2.f32"(%v224) : (f32) -> f32
          %v226 = arith.addf %v52, %v225 fastmath<contract> : f32
          %v227 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v226) : (f32) -> f32
          %v229 = arith.mulf %v227, %v228 fastmath<contract> : f32
          %v231 = arith.mulf %v230, %v225 fastmath<contract> : f32
          %v233 = arith.addf %v231, %v232 fastmath<contract> : f32
          %v234 = arith.mulf %v233, %v225 fastmath<contract> : f32
          %v236 = arith.addf %v234, %v235 fastmath<contract> : f32
          %v237 = arith.mulf %v236, %v225 fastmath<contract> : f32
          %v239 = arith.addf %v237, %v238 fastmath<contract> : f32
          %v240 = arith.mulf %v239, %v225 fastmath<contract> : f32
          %v242 = arith.addf %v240, %v241 fastmath<contract> : f32
          %v243 = arith.mulf %v242, %v225 fastmath<contract> : f32
          %v245 = arith.addf %v243, %v244 fastmath<contract> : f32
          %v246 = arith.mulf %v245, %v225 fastmath<contract> : f32
          %v247 = arith.addf %v246, %v52 fastmath<contract> : f32
          %v248 = arith.mulf %v247, %v225 fastmath<contract> : f32
          %v249 = llvm.call_intrinsic "llvm.fabs.f32"(%v225) : (f32) -> f32
          %v251 = arith.cmpf olt, %v249, %v250 : f32
          %v252 = arith.select %v251, %v248, %v229 : f32
          %v253 = arith.addf %v220, %v252 fastmath<contract> : f32
          %v254 = arith.muli %v35, %v208 : i64
          %v255 = arith.muli %v33, %v207 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = arith.muli %v206, %v2 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = llvm.getelementptr %in_u[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.mulf %v253, %v260 fastmath<contract> : f32
          %v262 = arith.index_cast %v53 : i64 to index
          %v263 = arith.index_cast %v22 : i64 to index
          %v264 = arith.index_cast %v2 : i64 to index
          scf.for %v265 = %v262 to %v263 step %v264 {
            %v266 = arith.index_cast %v265 : index to i64
            %v267 = arith.trunci %v266 : i64 to i32
            %v268 = arith.ori %v108, %v267 : i32
            %v270, %v271 = gpu.shuffle idx %v253, %v268, %v269 : f32
            %v272, %v273 = gpu.shuffle idx %v261, %v268, %v269 : f32
            %v274 = arith.addi %v203, %v266 : i64
            %v275 = arith.cmpi slt, %v274, %v150 : i64
            scf.if %v275 {
              %v276 = arith.addi %v148, %v274 : i64
              %v278 = arith.muli %v33, %v277 : i64
              %v279 = arith.muli %v23, %v2 : i64
              %v280 = arith.addi %v278, %v279 : i64
              %v281 = llvm.getelementptr %in_A[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v282 = llvm.load %v281 : !llvm.ptr -> f32
              %v283 = arith.mulf %v270, %v282 fastmath<contract> : f32
              %v284 = arith.mulf %v283, %v223 fastmath<contract> : f32
              %v285 = llvm.call_intrinsic "llvm.exp2.f32"(%v284) : (f32) -> f32
              %v288 = arith.muli %v35, %v287 : i64
              %v289 = arith.muli %v23, %v286 : i64
              %v290 = arith.addi %v288, %v289 : i64
              %v291 = arith.muli %v276, %v2 : i64
              %v292 = arith.addi %v290, %v291 : i64
              %v293 = llvm.getelementptr %in_Bm[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v294 = llvm.load %v293 : !llvm.ptr -> f32
              %v295 = arith.mulf %v294, %v272 fastmath<contract> : f32
              %v296 = llvm.load %v7 : !llvm.ptr -> f32
              %v297 = arith.mulf %v285, %v296 fastmath<contract> : f32
              %v298 = arith.addf %v297, %v295 fastmath<contract> : f32
              llvm.store %v298, %v7 : f32, !llvm.ptr
              %v299 = arith.muli %v33, %v277 : i64
              %v300 = arith.constant 8 : i64
              %v301 = arith.addi %v300, %v23 : i64
              %v302 = arith.muli %v301, %v2 : i64
              %v303 = arith.addi %v299, %v302 : i64
              %v304 = llvm.getelementptr %in_A[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v305 = llvm.load %v304 : !llvm.ptr -> f32
              %v306 = arith.mulf %v270, %v305 fastmath<contract> : f32
              %v307 = arith.mulf %v306, %v223 fastmath<contract> : f32
              %v308 = llvm.call_intrinsic "llvm.exp2.f32"(%v307) : (f32) -> f32
              %v309 = arith.muli %v35, %v287 : i64
              %v310 = arith.constant 8 : i64
              %v311 = arith.addi %v310, %v23 : i64
              %v312 = arith.muli %v311, %v286 : i64
              %v313 = arith.addi %v309, %v312 : i64
              %v314 = arith.muli %v276, %v2 : i64
              %v315 = arith.addi %v313, %v314 : i64
              %v316 = llvm.getelementptr %in_Bm[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v317 = llvm.load %v316 : !llvm.ptr -> f32
              %v318 = arith.mulf %v317, %v272 fastmath<contract> : f32
              %v319 = llvm.load %v8 : !llvm.ptr -> f32
              %v320 = arith.mulf %v308, %v319 fastmath<contract> : f32
              %v321 = arith.addf %v320, %v318 fastmath<contract> : f32
              llvm.store %v321, %v8 : f32, !llvm.ptr
            }
          }
        }
        %v324 = arith.addi %v153, %v322 : i64
        %v325 = arith.divui %v324, %v323 : i64
        %v326 = arith.index_cast %v53 : i64 to index
        %v327 = arith.index_cast %v325 : i64 to index
        %v328 = arith.index_cast %v2 : i64 to index
        scf.for %v329 = %v326 to %v327 step %v328 {
          %v330 = arith.index_cast %v329 : index to i64
          %v331 = arith.muli %v330, %v323 : i64
          %v332 = arith.addi %v331, %v323 : i64
          %v333 = arith.index_cast %v331 : i64 to index
          %v334 = arith.index_cast %v332 : i64 to index
          %v335 = arith.index_cast %v2 : i64 to index
          scf.for %v336 = %v333 to %v334 step %v335 {
            %v337 = arith.index_cast %v336 : index to i64
            %v338 = arith.cmpi slt, %v337, %v153 : i64
            scf.if %v338 {
              %v339 = arith.subi %v153, %v2 : i64
              %v340 = arith.subi %v339, %v337 : i64
              %v341 = arith.muli %v340, %v22 : i64
              %v342 = arith.remui %v337, %v323 : i64
              %v343 = arith.muli %v342, %v22 : i64
              %v344 = arith.subi %v150, %v2 : i64
              %v345 = arith.muli %v340, %v4 : i64
              %v346 = arith.subi %v4, %v2 : i64
              %v347 = arith.minsi %v29, %v346 : i64
              %v348 = arith.addi %v345, %v347 : i64
              %v349 = arith.muli %v348, %v1 : i64
              %v350 = arith.addi %v349, %v53 : i64
              %v351 = arith.addi %v350, %v23 : i64
              %v352 = llvm.getelementptr %scratch_h[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v353 = llvm.load %v352 : !llvm.ptr -> f32
              %v354 = arith.muli %v340, %v4 : i64
              %v355 = arith.subi %v4, %v2 : i64
              %v356 = arith.minsi %v29, %v355 : i64
              %v357 = arith.addi %v354, %v356 : i64
              %v358 = arith.muli %v357, %v1 : i64
              %v359 = arith.addi %v358, %v22 : i64
              %v360 = arith.addi %v359, %v23 : i64
              %v361 = llvm.getelementptr %scratch_h[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v362 = llvm.load %v361 : !llvm.ptr -> f32
              %v363 = arith.addi %v341, %v23 : i64
              %v364 = arith.minsi %v363, %v344 : i64
              %v365 = arith.addi %v148, %v364 : i64
              %v366 = arith.muli %v35, %v208 : i64
              %v367 = arith.muli %v33, %v207 : i64
              %v368 = arith.addi %v366, %v367 : i64
              %v369 = arith.muli %v365, %v2 : i64
              %v370 = arith.addi %v368, %v369 : i64
              %v371 = llvm.getelementptr %in_delta[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v372 = llvm.load %v371 : !llvm.ptr -> f32
              %v373 = arith.muli %v33, %v2 : i64
              %v374 = llvm.getelementptr %in_dt_bias[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v375 = llvm.load %v374 : !llvm.ptr -> f32
              %v376 = arith.addf %v372, %v375 fastmath<contract> : f32
              %v377 = arith.maximumf %v376, %v51 : f32
              %v378 = llvm.call_intrinsic "llvm.fabs.f32"(%v376) : (f32) -> f32
              %v379 = arith.negf %v378 : f32
              %v380 = arith.mulf %v379, %v223 fastmath<contract> : f32
              %v381 = llvm.call_intrinsic "llvm.exp2.f32"(%v380) : (f32) -> f32
              %v382 = arith.addf %v52, %v381 fastmath<contract> : f32
              %v383 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v382) : (f32) -> f32
              %v384 = arith.mulf %v383, %v228 fastmath<contract> : f32
              %v385 = arith.mulf %v230, %v381 fastmath<contract> : f32
              %v386 = arith.addf %v385, %v232 fastmath<contract> : f32
              %v387 = arith.mulf %v386, %v381 fastmath<contract> : f32
              %v388 = arith.addf %v387, %v235 fastmath<contract> : f32
              %v389 = arith.mulf %v388, %v381 fastmath<contract> : f32
              %v390 = arith.addf %v389, %v238 fastmath<contract> : f32
              %v391 = arith.mulf %v390, %v381 fastmath<contract> : f32
              %v392 = arith.addf %v391, %v241 fastmath<contract> : f32
              %v393 = arith.mulf %v392, %v381 fastmath<contract> : f32
              %v394 = arith.addf %v393, %v244 fastmath<contract> : f32
              %v395 = arith.mulf %v394, %v381 fastmath<contract> : f32
              %v396 = arith.addf %v395, %v52 fastmath<contract> : f32
              %v397 = arith.mulf %v396, %v381 fastmath<contract> : f32
              %v398 = llvm.call_intrinsic "llvm.fabs.f32"(%v381) : (f32) -> f32
              %v399 = arith.cmpf olt, %v398, %v250 : f32
              %v400 = arith.select %v399, %v397, %v384 : f32
              %v401 = arith.addf %v377, %v400 fastmath<contract> : f32
              %v402 = arith.muli %v35, %v208 : i64
              %v403 = arith.muli %v33, %v207 : i64
              %v404 = arith.addi %v402, %v403 : i64
              %v405 = arith.muli %v365, %v2 : i64
              %v406 = arith.addi %v404, %v405 : i64
              %v407 = llvm.getelementptr %in_u[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v408 = llvm.load %v407 : !llvm.ptr -> f32
              %v409 = arith.mulf %v401, %v408 fastmath<contract> : f32
              %v410 = arith.muli %v35, %v208 : i64
              %v411 = arith.muli %v33, %v207 : i64
              %v412 = arith.addi %v410, %v411 : i64
              %v413 = arith.muli %v365, %v2 : i64
              %v414 = arith.addi %v412, %v413 : i64
              %v415 = llvm.getelementptr %in_z[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v416 = llvm.load %v415 : !llvm.ptr -> f32
              %v417 = arith.negf %v416 : f32
              %v418 = arith.mulf %v417, %v223 fastmath<contract> : f32
              %v419 = llvm.call_intrinsic "llvm.exp2.f32"(%v418) : (f32) -> f32
              %v420 = arith.addf %v52, %v419 fastmath<contract> : f32
              %v421 = arith.divf %v52, %v420 : f32
              %v422 = arith.mulf %v416, %v421 fastmath<contract> : f32
              %v423 = arith.negf %v416 : f32
              %v424 = arith.mulf %v423, %v223 fastmath<contract> : f32
              %v425 = llvm.call_intrinsic "llvm.exp2.f32"(%v424) : (f32) -> f32
              %v426 = arith.addf %v52, %v425 fastmath<contract> : f32
              %v427 = arith.divf %v52, %v426 : f32
              %v428 = arith.subf %v52, %v427 fastmath<contract> : f32
              %v429 = arith.mulf %v416, %v428 fastmath<contract> : f32
              %v430 = arith.addf %v52, %v429 fastmath<contract> : f32
              %v431 = arith.mulf %v427, %v430 fastmath<contract> : f32
              %v432 = arith.negf %v376 : f32
              %v433 = arith.mulf %v432, %v223 fastmath<contract> : f32
              %v434 = llvm.call_intrinsic "llvm.exp2.f32"(%v433) : (f32) -> f32
              %v435 = arith.addf %v52, %v434 fastmath<contract> : f32
              %v436 = arith.divf %v52, %v435 : f32
              // the group's states, recomputed into registers
              %v437 = arith.addi %v341, %v53 : i64
              %v438 = arith.minsi %v437, %v344 : i64
              %v439 = arith.addi %v148, %v438 : i64
              %v440, %v441 = gpu.shuffle idx %v401, %v108, %v269 : f32
              %v442, %v443 = gpu.shuffle idx %v409, %v108, %v269 : f32
              %v444 = arith.muli %v33, %v277 : i64
              %v445 = arith.muli %v23, %v2 : i64
              %v446 = arith.addi %v444, %v445 : i64
              %v447 = llvm.getelementptr %in_A[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v448 = llvm.load %v447 : !llvm.ptr -> f32
              %v449 = arith.mulf %v440, %v448 fastmath<contract> : f32
              %v450 = arith.mulf %v449, %v223 fastmath<contract> : f32
              %v451 = llvm.call_intrinsic "llvm.exp2.f32"(%v450) : (f32) -> f32
              %v452 = arith.muli %v35, %v287 : i64
              %v453 = arith.muli %v23, %v286 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.muli %v439, %v2 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = llvm.getelementptr %in_Bm[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.mulf %v458, %v442 fastmath<contract> : f32
              %v460 = arith.mulf %v451, %v353 fastmath<contract> : f32
              %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
              %v462 = arith.muli %v33, %v277 : i64
              %v463 = arith.constant 8 : i64
              %v464 = arith.addi %v463, %v23 : i64
              %v465 = arith.muli %v464, %v2 : i64
              %v466 = arith.addi %v462, %v465 : i64
              %v467 = llvm.getelementptr %in_A[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v468 = llvm.load %v467 : !llvm.ptr -> f32
              %v469 = arith.mulf %v440, %v468 fastmath<contract> : f32
              %v470 = arith.mulf %v469, %v223 fastmath<contract> : f32
              %v471 = llvm.call_intrinsic "llvm.exp2.f32"(%v470) : (f32) -> f32
              %v472 = arith.muli %v35, %v287 : i64
              %v473 = arith.constant 8 : i64
              %v474 = arith.addi %v473, %v23 : i64
              %v475 = arith.muli %v474, %v286 : i64
              %v476 = arith.addi %v472, %v475 : i64
              %v477 = arith.muli %v439, %v2 : i64
              %v478 = arith.addi %v476, %v477 : i64
              %v479 = llvm.getelementptr %in_Bm[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v480 = llvm.load %v479 : !llvm.ptr -> f32
              %v481 = arith.mulf %v480, %v442 fastmath<contract> : f32
              %v482 = arith.mulf %v471, %v362 fastmath<contract> : f32
              %v483 = arith.addf %v482, %v481 fastmath<contract> : f32
              %v484 = arith.addi %v341, %v2 : i64
              %v485 = arith.minsi %v484, %v344 : i64
              %v486 = arith.addi %v148, %v485 : i64
              %v487, %v488 = gpu.shuffle idx %v401, %v112, %v269 : f32
              %v489, %v490 = gpu.shuffle idx %v409, %v112, %v269 : f32
              %v491 = arith.muli %v33, %v277 : i64
              %v492 = arith.muli %v23, %v2 : i64
              %v493 = arith.addi %v491, %v492 : i64
              %v494 = llvm.getelementptr %in_A[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v495 = llvm.load %v494 : !llvm.ptr -> f32
              %v496 = arith.mulf %v487, %v495 fastmath<contract> : f32
              %v497 = arith.mulf %v496, %v223 fastmath<contract> : f32
              %v498 = llvm.call_intrinsic "llvm.exp2.f32"(%v497) : (f32) -> f32
              %v499 = arith.muli %v35, %v287 : i64
              %v500 = arith.muli %v23, %v286 : i64
              %v501 = arith.addi %v499, %v500 : i64
              %v502 = arith.muli %v486, %v2 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = llvm.getelementptr %in_Bm[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v505 = llvm.load %v504 : !llvm.ptr -> f32
              %v506 = arith.mulf %v505, %v489 fastmath<contract> : f32
              %v507 = arith.mulf %v498, %v461 fastmath<contract> : f32
              %v508 = arith.addf %v507, %v506 fastmath<contract> : f32
              %v509 = arith.muli %v33, %v277 : i64
              %v510 = arith.constant 8 : i64
              %v511 = arith.addi %v510, %v23 : i64
              %v512 = arith.muli %v511, %v2 : i64
              %v513 = arith.addi %v509, %v512 : i64
              %v514 = llvm.getelementptr %in_A[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v515 = llvm.load %v514 : !llvm.ptr -> f32
              %v516 = arith.mulf %v487, %v515 fastmath<contract> : f32
              %v517 = arith.mulf %v516, %v223 fastmath<contract> : f32
              %v518 = llvm.call_intrinsic "llvm.exp2.f32"(%v517) : (f32) -> f32
              %v519 = arith.muli %v35, %v287 : i64
              %v520 = arith.constant 8 : i64
              %v521 = arith.addi %v520, %v23 : i64
              %v522 = arith.muli %v521, %v286 : i64
              %v523 = arith.addi %v519, %v522 : i64
              %v524 = arith.muli %v486, %v2 : i64
              %v525 = arith.addi %v523, %v524 : i64
              %v526 = llvm.getelementptr %in_Bm[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v527 = llvm.load %v526 : !llvm.ptr -> f32
              %v528 = arith.mulf %v527, %v489 fastmath<contract> : f32
              %v529 = arith.mulf %v518, %v483 fastmath<contract> : f32
              %v530 = arith.addf %v529, %v528 fastmath<contract> : f32
              %v532 = arith.addi %v341, %v531 : i64
              %v533 = arith.minsi %v532, %v344 : i64
              %v534 = arith.addi %v148, %v533 : i64
              %v535, %v536 = gpu.shuffle idx %v401, %v116, %v269 : f32
              %v537, %v538 = gpu.shuffle idx %v409, %v116, %v269 : f32
              %v539 = arith.muli %v33, %v277 : i64
              %v540 = arith.muli %v23, %v2 : i64
              %v541 = arith.addi %v539, %v540 : i64
              %v542 = llvm.getelementptr %in_A[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v543 = llvm.load %v542 : !llvm.ptr -> f32
              %v544 = arith.mulf %v535, %v543 fastmath<contract> : f32
              %v545 = arith.mulf %v544, %v223 fastmath<contract> : f32
              %v546 = llvm.call_intrinsic "llvm.exp2.f32"(%v545) : (f32) -> f32
              %v547 = arith.muli %v35, %v287 : i64
              %v548 = arith.muli %v23, %v286 : i64
              %v549 = arith.addi %v547, %v548 : i64
              %v550 = arith.muli %v534, %v2 : i64
              %v551 = arith.addi %v549, %v550 : i64
              %v552 = llvm.getelementptr %in_Bm[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v553 = llvm.load %v552 : !llvm.ptr -> f32
              %v554 = arith.mulf %v553, %v537 fastmath<contract> : f32
              %v555 = arith.mulf %v546, %v508 fastmath<contract> : f32
              %v556 = arith.addf %v555, %v554 fastmath<contract> : f32
              %v557 = arith.muli %v33, %v277 : i64
              %v558 = arith.constant 8 : i64
              %v559 = arith.addi %v558, %v23 : i64
              %v560 = arith.muli %v559, %v2 : i64
              %v561 = arith.addi %v557, %v560 : i64
              %v562 = llvm.getelementptr %in_A[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v563 = llvm.load %v562 : !llvm.ptr -> f32
              %v564 = arith.mulf %v535, %v563 fastmath<contract> : f32
              %v565 = arith.mulf %v564, %v223 fastmath<contract> : f32
              %v566 = llvm.call_intrinsic "llvm.exp2.f32"(%v565) : (f32) -> f32
              %v567 = arith.muli %v35, %v287 : i64
              %v568 = arith.constant 8 : i64
              %v569 = arith.addi %v568, %v23 : i64
              %v570 = arith.muli %v569, %v286 : i64
              %v571 = arith.addi %v567, %v570 : i64
              %v572 = arith.muli %v534, %v2 : i64
              %v573 = arith.addi %v571, %v572 : i64
              %v574 = llvm.getelementptr %in_Bm[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v575 = llvm.load %v574 : !llvm.ptr -> f32
              %v576 = arith.mulf %v575, %v537 fastmath<contract> : f32
              %v577 = arith.mulf %v566, %v530 fastmath<contract> : f32
              %v578 = arith.addf %v577, %v576 fastmath<contract> : f32
              %v579 = arith.addi %v341, %v322 : i64
              %v580 = arith.minsi %v579, %v344 : i64
              %v581 = arith.addi %v148, %v580 : i64
              %v582, %v583 = gpu.shuffle idx %v401, %v120, %v269 : f32
              %v584, %v585 = gpu.shuffle idx %v409, %v120, %v269 : f32
              %v586 = arith.muli %v33, %v277 : i64
              %v587 = arith.muli %v23, %v2 : i64
              %v588 = arith.addi %v586, %v587 : i64
              %v589 = llvm.getelementptr %in_A[%v588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v590 = llvm.load %v589 : !llvm.ptr -> f32
              %v591 = arith.mulf %v582, %v590 fastmath<contract> : f32
              %v592 = arith.mulf %v591, %v223 fastmath<contract> : f32
              %v593 = llvm.call_intrinsic "llvm.exp2.f32"(%v592) : (f32) -> f32
              %v594 = arith.muli %v35, %v287 : i64
              %v595 = arith.muli %v23, %v286 : i64
              %v596 = arith.addi %v594, %v595 : i64
              %v597 = arith.muli %v581, %v2 : i64
              %v598 = arith.addi %v596, %v597 : i64
              %v599 = llvm.getelementptr %in_Bm[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v600 = llvm.load %v599 : !llvm.ptr -> f32
              %v601 = arith.mulf %v600, %v584 fastmath<contract> : f32
              %v602 = arith.mulf %v593, %v556 fastmath<contract> : f32
              %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
              %v604 = arith.muli %v33, %v277 : i64
              %v605 = arith.constant 8 : i64
              %v606 = arith.addi %v605, %v23 : i64
              %v607 = arith.muli %v606, %v2 : i64
              %v608 = arith.addi %v604, %v607 : i64
              %v609 = llvm.getelementptr %in_A[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v610 = llvm.load %v609 : !llvm.ptr -> f32
              %v611 = arith.mulf %v582, %v610 fastmath<contract> : f32
              %v612 = arith.mulf %v611, %v223 fastmath<contract> : f32
              %v613 = llvm.call_intrinsic "llvm.exp2.f32"(%v612) : (f32) -> f32
              %v614 = arith.muli %v35, %v287 : i64
              %v615 = arith.constant 8 : i64
              %v616 = arith.addi %v615, %v23 : i64
              %v617 = arith.muli %v616, %v286 : i64
              %v618 = arith.addi %v614, %v617 : i64
              %v619 = arith.muli %v581, %v2 : i64
              %v620 = arith.addi %v618, %v619 : i64
              %v621 = llvm.getelementptr %in_Bm[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v622 = llvm.load %v621 : !llvm.ptr -> f32
              %v623 = arith.mulf %v622, %v584 fastmath<contract> : f32
              %v624 = arith.mulf %v613, %v578 fastmath<contract> : f32
              %v625 = arith.addf %v624, %v623 fastmath<contract> : f32
              %v626 = arith.addi %v341, %v323 : i64
              %v627 = arith.minsi %v626, %v344 : i64
              %v628 = arith.addi %v148, %v627 : i64
              %v629, %v630 = gpu.shuffle idx %v401, %v124, %v269 : f32
              %v631, %v632 = gpu.shuffle idx %v409, %v124, %v269 : f32
              %v633 = arith.muli %v33, %v277 : i64
              %v634 = arith.muli %v23, %v2 : i64
              %v635 = arith.addi %v633, %v634 : i64
              %v636 = llvm.getelementptr %in_A[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v637 = llvm.load %v636 : !llvm.ptr -> f32
              %v638 = arith.mulf %v629, %v637 fastmath<contract> : f32
              %v639 = arith.mulf %v638, %v223 fastmath<contract> : f32
              %v640 = llvm.call_intrinsic "llvm.exp2.f32"(%v639) : (f32) -> f32
              %v641 = arith.muli %v35, %v287 : i64
              %v642 = arith.muli %v23, %v286 : i64
              %v643 = arith.addi %v641, %v642 : i64
              %v644 = arith.muli %v628, %v2 : i64
              %v645 = arith.addi %v643, %v644 : i64
              %v646 = llvm.getelementptr %in_Bm[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v647 = llvm.load %v646 : !llvm.ptr -> f32
              %v648 = arith.mulf %v647, %v631 fastmath<contract> : f32
              %v649 = arith.mulf %v640, %v603 fastmath<contract> : f32
              %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
              %v651 = arith.muli %v33, %v277 : i64
              %v652 = arith.constant 8 : i64
              %v653 = arith.addi %v652, %v23 : i64
              %v654 = arith.muli %v653, %v2 : i64
              %v655 = arith.addi %v651, %v654 : i64
              %v656 = llvm.getelementptr %in_A[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v657 = llvm.load %v656 : !llvm.ptr -> f32
              %v658 = arith.mulf %v629, %v657 fastmath<contract> : f32
              %v659 = arith.mulf %v658, %v223 fastmath<contract> : f32
              %v660 = llvm.call_intrinsic "llvm.exp2.f32"(%v659) : (f32) -> f32
              %v661 = arith.muli %v35, %v287 : i64
              %v662 = arith.constant 8 : i64
              %v663 = arith.addi %v662, %v23 : i64
              %v664 = arith.muli %v663, %v286 : i64
              %v665 = arith.addi %v661, %v664 : i64
              %v666 = arith.muli %v628, %v2 : i64
              %v667 = arith.addi %v665, %v666 : i64
              %v668 = llvm.getelementptr %in_Bm[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v669 = llvm.load %v668 : !llvm.ptr -> f32
              %v670 = arith.mulf %v669, %v631 fastmath<contract> : f32
              %v671 = arith.mulf %v660, %v625 fastmath<contract> : f32
              %v672 = arith.addf %v671, %v670 fastmath<contract> : f32
              %v674 = arith.addi %v341, %v673 : i64
              %v675 = arith.minsi %v674, %v344 : i64
              %v676 = arith.addi %v148, %v675 : i64
              %v677, %v678 = gpu.shuffle idx %v401, %v128, %v269 : f32
              %v679, %v680 = gpu.shuffle idx %v409, %v128, %v269 : f32
              %v681 = arith.muli %v33, %v277 : i64
              %v682 = arith.muli %v23, %v2 : i64
              %v683 = arith.addi %v681, %v682 : i64
              %v684 = llvm.getelementptr %in_A[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v685 = llvm.load %v684 : !llvm.ptr -> f32
              %v686 = arith.mulf %v677, %v685 fastmath<contract> : f32
              %v687 = arith.mulf %v686, %v223 fastmath<contract> : f32
              %v688 = llvm.call_intrinsic "llvm.exp2.f32"(%v687) : (f32) -> f32
              %v689 = arith.muli %v35, %v287 : i64
              %v690 = arith.muli %v23, %v286 : i64
              %v691 = arith.addi %v689, %v690 : i64
              %v692 = arith.muli %v676, %v2 : i64
              %v693 = arith.addi %v691, %v692 : i64
              %v694 = llvm.getelementptr %in_Bm[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v695 = llvm.load %v694 : !llvm.ptr -> f32
              %v696 = arith.mulf %v695, %v679 fastmath<contract> : f32
              %v697 = arith.mulf %v688, %v650 fastmath<contract> : f32
              %v698 = arith.addf %v697, %v696 fastmath<contract> : f32
              %v699 = arith.muli %v33, %v277 : i64
              %v700 = arith.constant 8 : i64
              %v701 = arith.addi %v700, %v23 : i64
              %v702 = arith.muli %v701, %v2 : i64
              %v703 = arith.addi %v699, %v702 : i64
              %v704 = llvm.getelementptr %in_A[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v705 = llvm.load %v704 : !llvm.ptr -> f32
              %v706 = arith.mulf %v677, %v705 fastmath<contract> : f32
              %v707 = arith.mulf %v706, %v223 fastmath<contract> : f32
              %v708 = llvm.call_intrinsic "llvm.exp2.f32"(%v707) : (f32) -> f32
              %v709 = arith.muli %v35, %v287 : i64
              %v710 = arith.constant 8 : i64
              %v711 = arith.addi %v710, %v23 : i64
              %v712 = arith.muli %v711, %v286 : i64
              %v713 = arith.addi %v709, %v712 : i64
              %v714 = arith.muli %v676, %v2 : i64
              %v715 = arith.addi %v713, %v714 : i64
              %v716 = llvm.getelementptr %in_Bm[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v717 = llvm.load %v716 : !llvm.ptr -> f32
              %v718 = arith.mulf %v717, %v679 fastmath<contract> : f32
              %v719 = arith.mulf %v708, %v672 fastmath<contract> : f32
              %v720 = arith.addf %v719, %v718 fastmath<contract> : f32
              %v722 = arith.addi %v341, %v721 : i64
              %v723 = arith.minsi %v722, %v344 : i64
              %v724 = arith.addi %v148, %v723 : i64
              %v725, %v726 = gpu.shuffle idx %v401, %v132, %v269 : f32
              %v727, %v728 = gpu.shuffle idx %v409, %v132, %v269 : f32
              %v729 = arith.muli %v33, %v277 : i64
              %v730 = arith.muli %v23, %v2 : i64
              %v731 = arith.addi %v729, %v730 : i64
              %v732 = llvm.getelementptr %in_A[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v733 = llvm.load %v732 : !llvm.ptr -> f32
              %v734 = arith.mulf %v725, %v733 fastmath<contract> : f32
              %v735 = arith.mulf %v734, %v223 fastmath<contract> : f32
              %v736 = llvm.call_intrinsic "llvm.exp2.f32"(%v735) : (f32) -> f32
              %v737 = arith.muli %v35, %v287 : i64
              %v738 = arith.muli %v23, %v286 : i64
              %v739 = arith.addi %v737, %v738 : i64
              %v740 = arith.muli %v724, %v2 : i64
              %v741 = arith.addi %v739, %v740 : i64
              %v742 = llvm.getelementptr %in_Bm[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v743 = llvm.load %v742 : !llvm.ptr -> f32
              %v744 = arith.mulf %v743, %v727 fastmath<contract> : f32
              %v745 = arith.mulf %v736, %v698 fastmath<contract> : f32
              %v746 = arith.addf %v745, %v744 fastmath<contract> : f32
              %v747 = arith.muli %v33, %v277 : i64
              %v748 = arith.constant 8 : i64
              %v749 = arith.addi %v748, %v23 : i64
              %v750 = arith.muli %v749, %v2 : i64
              %v751 = arith.addi %v747, %v750 : i64
              %v752 = llvm.getelementptr %in_A[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v753 = llvm.load %v752 : !llvm.ptr -> f32
              %v754 = arith.mulf %v725, %v753 fastmath<contract> : f32
              %v755 = arith.mulf %v754, %v223 fastmath<contract> : f32
              %v756 = llvm.call_intrinsic "llvm.exp2.f32"(%v755) : (f32) -> f32
              %v757 = arith.muli %v35, %v287 : i64
              %v758 = arith.constant 8 : i64
              %v759 = arith.addi %v758, %v23 : i64
              %v760 = arith.muli %v759, %v286 : i64
              %v761 = arith.addi %v757, %v760 : i64
              %v762 = arith.muli %v724, %v2 : i64
              %v763 = arith.addi %v761, %v762 : i64
              %v764 = llvm.getelementptr %in_Bm[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v765 = llvm.load %v764 : !llvm.ptr -> f32
              %v766 = arith.mulf %v765, %v727 fastmath<contract> : f32
              %v767 = arith.mulf %v756, %v720 fastmath<contract> : f32
              %v768 = arith.addf %v767, %v766 fastmath<contract> : f32
              %v769 = arith.addi %v341, %v100 : i64
              %v770 = arith.minsi %v769, %v344 : i64
              %v771 = arith.addi %v148, %v770 : i64
              %v772, %v773 = gpu.shuffle idx %v401, %v136, %v269 : f32
              %v774, %v775 = gpu.shuffle idx %v409, %v136, %v269 : f32
              %v776 = arith.muli %v33, %v277 : i64
              %v777 = arith.muli %v23, %v2 : i64
              %v778 = arith.addi %v776, %v777 : i64
              %v779 = llvm.getelementptr %in_A[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v780 = llvm.load %v779 : !llvm.ptr -> f32
              %v781 = arith.mulf %v772, %v780 fastmath<contract> : f32
              %v782 = arith.mulf %v781, %v223 fastmath<contract> : f32
              %v783 = llvm.call_intrinsic "llvm.exp2.f32"(%v782) : (f32) -> f32
              %v784 = arith.muli %v35, %v287 : i64
              %v785 = arith.muli %v23, %v286 : i64
              %v786 = arith.addi %v784, %v785 : i64
              %v787 = arith.muli %v771, %v2 : i64
              %v788 = arith.addi %v786, %v787 : i64
              %v789 = llvm.getelementptr %in_Bm[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v790 = llvm.load %v789 : !llvm.ptr -> f32
              %v791 = arith.mulf %v790, %v774 fastmath<contract> : f32
              %v792 = arith.mulf %v783, %v746 fastmath<contract> : f32
              %v793 = arith.addf %v792, %v791 fastmath<contract> : f32
              %v794 = arith.muli %v33, %v277 : i64
              %v795 = arith.constant 8 : i64
              %v796 = arith.addi %v795, %v23 : i64
              %v797 = arith.muli %v796, %v2 : i64
              %v798 = arith.addi %v794, %v797 : i64
              %v799 = llvm.getelementptr %in_A[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v800 = llvm.load %v799 : !llvm.ptr -> f32
              %v801 = arith.mulf %v772, %v800 fastmath<contract> : f32
              %v802 = arith.mulf %v801, %v223 fastmath<contract> : f32
              %v803 = llvm.call_intrinsic "llvm.exp2.f32"(%v802) : (f32) -> f32
              %v804 = arith.muli %v35, %v287 : i64
              %v805 = arith.constant 8 : i64
              %v806 = arith.addi %v805, %v23 : i64
              %v807 = arith.muli %v806, %v286 : i64
              %v808 = arith.addi %v804, %v807 : i64
              %v809 = arith.muli %v771, %v2 : i64
              %v810 = arith.addi %v808, %v809 : i64
              %v811 = llvm.getelementptr %in_Bm[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v812 = llvm.load %v811 : !llvm.ptr -> f32
              %v813 = arith.mulf %v812, %v774 fastmath<contract> : f32
              %v814 = arith.mulf %v803, %v768 fastmath<contract> : f32
              %v815 = arith.addf %v814, %v813 fastmath<contract> : f32
              %v819 = arith.addi %v341, %v100 : i64
              %v820 = arith.cmpi slt, %v819, %v150 : i64
              %v821, %v822 = gpu.shuffle idx %v401, %v136, %v269 : f32
              %v823, %v824 = gpu.shuffle idx %v409, %v136, %v269 : f32
              %v825, %v826 = gpu.shuffle idx %v422, %v136, %v269 : f32
              %v827, %v828 = gpu.shuffle idx %v431, %v136, %v269 : f32
              %v829, %v830 = gpu.shuffle idx %v436, %v136, %v269 : f32
              %v831 = arith.addi %v343, %v53 : i64
              scf.if %v820 {
                %v832 = arith.addi %v148, %v819 : i64
                %v833 = arith.muli %v35, %v287 : i64
                %v834 = arith.muli %v23, %v286 : i64
                %v835 = arith.addi %v833, %v834 : i64
                %v836 = arith.muli %v832, %v2 : i64
                %v837 = arith.addi %v835, %v836 : i64
                %v838 = llvm.getelementptr %in_Cm[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v839 = llvm.load %v838 : !llvm.ptr -> f32
                %v840 = arith.muli %v35, %v208 : i64
                %v841 = arith.muli %v33, %v207 : i64
                %v842 = arith.addi %v840, %v841 : i64
                %v843 = arith.muli %v832, %v2 : i64
                %v844 = arith.addi %v842, %v843 : i64
                %v845 = llvm.getelementptr %dy_y[%v844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v846 = llvm.load %v845 : !llvm.ptr -> f32
                %v847 = arith.mulf %v825, %v846 fastmath<contract> : f32
                %v848 = arith.mulf %v839, %v847 fastmath<contract> : f32
                %v849 = llvm.load %v37 : !llvm.ptr -> f32
                %v850 = llvm.load %v39 : !llvm.ptr -> f32
                %v851 = arith.mulf %v850, %v849 fastmath<contract> : f32
                %v852 = arith.addf %v848, %v851 fastmath<contract> : f32
                llvm.store %v852, %v37 : f32, !llvm.ptr
                %v853 = arith.muli %v35, %v287 : i64
                %v854 = arith.constant 8 : i64
                %v855 = arith.addi %v854, %v23 : i64
                %v856 = arith.muli %v855, %v286 : i64
                %v857 = arith.addi %v853, %v856 : i64
                %v858 = arith.muli %v832, %v2 : i64
                %v859 = arith.addi %v857, %v858 : i64
                %v860 = llvm.getelementptr %in_Cm[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v861 = llvm.load %v860 : !llvm.ptr -> f32
                %v862 = arith.mulf %v861, %v847 fastmath<contract> : f32
                %v863 = llvm.load %v38 : !llvm.ptr -> f32
                %v864 = llvm.load %v40 : !llvm.ptr -> f32
                %v865 = arith.mulf %v864, %v863 fastmath<contract> : f32
                %v866 = arith.addf %v862, %v865 fastmath<contract> : f32
                llvm.store %v866, %v38 : f32, !llvm.ptr
                %v867 = arith.subi %size_L, %v2 : i64
                %v868 = arith.cmpi eq, %v832, %v867 : i64
                scf.if %v868 {
                  %v869 = arith.muli %v35, %v56 : i64
                  %v870 = arith.muli %v33, %v55 : i64
                  %v871 = arith.addi %v869, %v870 : i64
                  %v872 = arith.muli %v23, %v2 : i64
                  %v873 = arith.addi %v871, %v872 : i64
                  %v874 = llvm.getelementptr %dy_h_last[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v875 = llvm.load %v874 : !llvm.ptr -> f32
                  %v876 = llvm.load %v37 : !llvm.ptr -> f32
                  %v877 = arith.addf %v876, %v875 fastmath<contract> : f32
                  llvm.store %v877, %v37 : f32, !llvm.ptr
                  %v878 = arith.muli %v35, %v56 : i64
                  %v879 = arith.muli %v33, %v55 : i64
                  %v880 = arith.addi %v878, %v879 : i64
                  %v881 = arith.constant 8 : i64
                  %v882 = arith.addi %v881, %v23 : i64
                  %v883 = arith.muli %v882, %v2 : i64
                  %v884 = arith.addi %v880, %v883 : i64
                  %v885 = llvm.getelementptr %dy_h_last[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v886 = llvm.load %v885 : !llvm.ptr -> f32
                  %v887 = llvm.load %v38 : !llvm.ptr -> f32
                  %v888 = arith.addf %v887, %v886 fastmath<contract> : f32
                  llvm.store %v888, %v38 : f32, !llvm.ptr
                }
                %v889 = arith.muli %v33, %v2 : i64
                %v890 = llvm.getelementptr %in_Dskip[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v891 = llvm.load %v890 : !llvm.ptr -> f32
                %v892 = arith.mulf %v891, %v847 fastmath<contract> : f32
                %v893 = arith.muli %v35, %v287 : i64
                %v894 = arith.muli %v23, %v286 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = arith.muli %v832, %v2 : i64
                %v897 = arith.addi %v895, %v896 : i64
                %v898 = llvm.getelementptr %in_Bm[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v899 = llvm.load %v898 : !llvm.ptr -> f32
                %v900 = llvm.load %v37 : !llvm.ptr -> f32
                %v901 = arith.mulf %v899, %v900 fastmath<contract> : f32
                %v902 = arith.muli %v35, %v287 : i64
                %v903 = arith.constant 8 : i64
                %v904 = arith.addi %v903, %v23 : i64
                %v905 = arith.muli %v904, %v286 : i64
                %v906 = arith.addi %v902, %v905 : i64
                %v907 = arith.muli %v832, %v2 : i64
                %v908 = arith.addi %v906, %v907 : i64
                %v909 = llvm.getelementptr %in_Bm[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v910 = llvm.load %v909 : !llvm.ptr -> f32
                %v911 = llvm.load %v38 : !llvm.ptr -> f32
                %v912 = arith.mulf %v910, %v911 fastmath<contract> : f32
                %v913 = arith.addf %v901, %v912 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v915, %v916 = gpu.shuffle xor %v913, %v914, %v269 : f32
                %v917 = arith.addf %v913, %v915 fastmath<contract> : f32
                %v919, %v920 = gpu.shuffle xor %v917, %v918, %v269 : f32
                %v921 = arith.addf %v917, %v919 fastmath<contract> : f32
                %v923, %v924 = gpu.shuffle xor %v921, %v922, %v269 : f32
                %v925 = arith.addf %v921, %v923 fastmath<contract> : f32
                // end sum over the lanes
                %v926 = arith.mulf %v821, %v925 fastmath<contract> : f32
                %v927 = arith.addf %v892, %v926 fastmath<contract> : f32
                %v928 = arith.cmpi eq, %v23, %v100 : i64
                %v929 = llvm.load %v816 : !llvm.ptr -> f32
                %v930 = arith.select %v928, %v927, %v929 : f32
                llvm.store %v930, %v816 : f32, !llvm.ptr
                %v931 = arith.muli %v35, %v208 : i64
                %v932 = arith.muli %v33, %v207 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = arith.muli %v832, %v2 : i64
                %v935 = arith.addi %v933, %v934 : i64
                %v936 = llvm.getelementptr %in_u[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v937 = llvm.load %v936 : !llvm.ptr -> f32
                %v938 = arith.mulf %v937, %v925 fastmath<contract> : f32
                %v939 = arith.muli %v33, %v277 : i64
                %v940 = arith.muli %v23, %v2 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = llvm.getelementptr %in_A[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v943 = llvm.load %v942 : !llvm.ptr -> f32
                %v944 = arith.mulf %v821, %v943 fastmath<contract> : f32
                %v945 = arith.mulf %v944, %v223 fastmath<contract> : f32
                %v946 = llvm.call_intrinsic "llvm.exp2.f32"(%v945) : (f32) -> f32
                %v947 = arith.mulf %v746, %v900 fastmath<contract> : f32
                %v948 = arith.mulf %v943, %v947 fastmath<contract> : f32
                %v949 = arith.mulf %v946, %v948 fastmath<contract> : f32
                %v950 = arith.muli %v33, %v277 : i64
                %v951 = arith.constant 8 : i64
                %v952 = arith.addi %v951, %v23 : i64
                %v953 = arith.muli %v952, %v2 : i64
                %v954 = arith.addi %v950, %v953 : i64
                %v955 = llvm.getelementptr %in_A[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v956 = llvm.load %v955 : !llvm.ptr -> f32
                %v957 = arith.mulf %v821, %v956 fastmath<contract> : f32
                %v958 = arith.mulf %v957, %v223 fastmath<contract> : f32
                %v959 = llvm.call_intrinsic "llvm.exp2.f32"(%v958) : (f32) -> f32
                %v960 = arith.mulf %v768, %v911 fastmath<contract> : f32
                %v961 = arith.mulf %v956, %v960 fastmath<contract> : f32
                %v962 = arith.mulf %v959, %v961 fastmath<contract> : f32
                %v963 = arith.addf %v949, %v962 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v964, %v965 = gpu.shuffle xor %v963, %v914, %v269 : f32
                %v966 = arith.addf %v963, %v964 fastmath<contract> : f32
                %v967, %v968 = gpu.shuffle xor %v966, %v918, %v269 : f32
                %v969 = arith.addf %v966, %v967 fastmath<contract> : f32
                %v970, %v971 = gpu.shuffle xor %v969, %v922, %v269 : f32
                %v972 = arith.addf %v969, %v970 fastmath<contract> : f32
                // end sum over the lanes
                %v973 = arith.addf %v938, %v972 fastmath<contract> : f32
                %v974 = arith.mulf %v973, %v829 fastmath<contract> : f32
                %v975 = arith.cmpi eq, %v23, %v100 : i64
                %v976 = llvm.load %v817 : !llvm.ptr -> f32
                %v977 = arith.select %v975, %v974, %v976 : f32
                llvm.store %v977, %v817 : f32, !llvm.ptr
                %v978 = arith.mulf %v839, %v793 fastmath<contract> : f32
                %v979 = arith.mulf %v861, %v815 fastmath<contract> : f32
                %v980 = arith.addf %v978, %v979 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v981, %v982 = gpu.shuffle xor %v980, %v914, %v269 : f32
                %v983 = arith.addf %v980, %v981 fastmath<contract> : f32
                %v984, %v985 = gpu.shuffle xor %v983, %v918, %v269 : f32
                %v986 = arith.addf %v983, %v984 fastmath<contract> : f32
                %v987, %v988 = gpu.shuffle xor %v986, %v922, %v269 : f32
                %v989 = arith.addf %v986, %v987 fastmath<contract> : f32
                // end sum over the lanes
                %v990 = arith.mulf %v937, %v891 fastmath<contract> : f32
                %v991 = arith.addf %v989, %v990 fastmath<contract> : f32
                %v992 = arith.mulf %v991, %v846 fastmath<contract> : f32
                %v993 = arith.mulf %v992, %v827 fastmath<contract> : f32
                %v994 = arith.cmpi eq, %v23, %v100 : i64
                %v995 = llvm.load %v818 : !llvm.ptr -> f32
                %v996 = arith.select %v994, %v993, %v995 : f32
                llvm.store %v996, %v818 : f32, !llvm.ptr
                %v997 = arith.mulf %v946, %v947 fastmath<contract> : f32
                %v998 = arith.mulf %v821, %v997 fastmath<contract> : f32
                %v999 = llvm.load %v41 : !llvm.ptr -> f32
                %v1000 = arith.addf %v999, %v998 fastmath<contract> : f32
                llvm.store %v1000, %v41 : f32, !llvm.ptr
                %v1001 = arith.mulf %v959, %v960 fastmath<contract> : f32
                %v1002 = arith.mulf %v821, %v1001 fastmath<contract> : f32
                %v1003 = llvm.load %v42 : !llvm.ptr -> f32
                %v1004 = arith.addf %v1003, %v1002 fastmath<contract> : f32
                llvm.store %v1004, %v42 : f32, !llvm.ptr
                %v1005 = arith.mulf %v823, %v900 fastmath<contract> : f32
                %v1006 = arith.select %v27, %v1005, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1008, %v1009 = gpu.shuffle xor %v1006, %v1007, %v269 : f32
                %v1010 = arith.addf %v1006, %v1008 fastmath<contract> : f32
                %v1012, %v1013 = gpu.shuffle xor %v1010, %v1011, %v269 : f32
                %v1014 = arith.addf %v1010, %v1012 fastmath<contract> : f32
                %v1015 = arith.divui %v13, %v15 : i64
                %v1016 = arith.remui %v13, %v15 : i64
                %v1017 = arith.cmpi ult, %v1016, %v22 : i64
                %v1018 = arith.addi %v53, %v23 : i64
                %v1019 = arith.muli %v1015, %v1 : i64
                %v1020 = arith.addi %v1019, %v1018 : i64
                %v1022 = arith.muli %v1020, %v1021 : i64
                %v1023 = arith.addi %v1022, %v831 : i64
                scf.if %v1017 {
                  %v1024 = llvm.getelementptr %v48[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1014, %v1024 : f32, !llvm.ptr
                }
                %v1025 = arith.mulf %v823, %v911 fastmath<contract> : f32
                %v1026 = arith.select %v27, %v1025, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1027, %v1028 = gpu.shuffle xor %v1026, %v1007, %v269 : f32
                %v1029 = arith.addf %v1026, %v1027 fastmath<contract> : f32
                %v1030, %v1031 = gpu.shuffle xor %v1029, %v1011, %v269 : f32
                %v1032 = arith.addf %v1029, %v1030 fastmath<contract> : f32
                %v1033 = arith.divui %v13, %v15 : i64
                %v1034 = arith.remui %v13, %v15 : i64
                %v1035 = arith.cmpi ult, %v1034, %v22 : i64
                %v1036 = arith.addi %v22, %v23 : i64
                %v1037 = arith.muli %v1033, %v1 : i64
                %v1038 = arith.addi %v1037, %v1036 : i64
                %v1039 = arith.muli %v1038, %v1021 : i64
                %v1040 = arith.addi %v1039, %v831 : i64
                scf.if %v1035 {
                  %v1041 = llvm.getelementptr %v48[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1032, %v1041 : f32, !llvm.ptr
                }
                %v1042 = arith.mulf %v793, %v847 fastmath<contract> : f32
                %v1043 = arith.select %v27, %v1042, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1044, %v1045 = gpu.shuffle xor %v1043, %v1007, %v269 : f32
                %v1046 = arith.addf %v1043, %v1044 fastmath<contract> : f32
                %v1047, %v1048 = gpu.shuffle xor %v1046, %v1011, %v269 : f32
                %v1049 = arith.addf %v1046, %v1047 fastmath<contract> : f32
                %v1050 = arith.divui %v13, %v15 : i64
                %v1051 = arith.remui %v13, %v15 : i64
                %v1052 = arith.cmpi ult, %v1051, %v22 : i64
                %v1053 = arith.addi %v53, %v23 : i64
                %v1054 = arith.muli %v1050, %v1 : i64
                %v1055 = arith.addi %v1054, %v1053 : i64
                %v1056 = arith.muli %v1055, %v1021 : i64
                %v1057 = arith.addi %v1056, %v831 : i64
                scf.if %v1052 {
                  %v1058 = llvm.getelementptr %v50[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1049, %v1058 : f32, !llvm.ptr
                }
                %v1059 = arith.mulf %v815, %v847 fastmath<contract> : f32
                %v1060 = arith.select %v27, %v1059, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1061, %v1062 = gpu.shuffle xor %v1060, %v1007, %v269 : f32
                %v1063 = arith.addf %v1060, %v1061 fastmath<contract> : f32
                %v1064, %v1065 = gpu.shuffle xor %v1063, %v1011, %v269 : f32
                %v1066 = arith.addf %v1063, %v1064 fastmath<contract> : f32
                %v1067 = arith.divui %v13, %v15 : i64
                %v1068 = arith.remui %v13, %v15 : i64
                %v1069 = arith.cmpi ult, %v1068, %v22 : i64
                %v1070 = arith.addi %v22, %v23 : i64
                %v1071 = arith.muli %v1067, %v1 : i64
                %v1072 = arith.addi %v1071, %v1070 : i64
                %v1073 = arith.muli %v1072, %v1021 : i64
                %v1074 = arith.addi %v1073, %v831 : i64
                scf.if %v1069 {
                  %v1075 = llvm.getelementptr %v50[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1066, %v1075 : f32, !llvm.ptr
                }
                %v1076 = arith.mulf %v937, %v847 fastmath<contract> : f32
                %v1077 = llvm.load %v43 : !llvm.ptr -> f32
                %v1078 = arith.addf %v1077, %v1076 fastmath<contract> : f32
                llvm.store %v1078, %v43 : f32, !llvm.ptr
                %v1079 = llvm.load %v44 : !llvm.ptr -> f32
                %v1080 = arith.addf %v1079, %v974 fastmath<contract> : f32
                llvm.store %v1080, %v44 : f32, !llvm.ptr
                llvm.store %v946, %v39 : f32, !llvm.ptr
                llvm.store %v959, %v40 : f32, !llvm.ptr
              }
              %v1081 = arith.addi %v341, %v721 : i64
              %v1082 = arith.cmpi slt, %v1081, %v150 : i64
              %v1083, %v1084 = gpu.shuffle idx %v401, %v132, %v269 : f32
              %v1085, %v1086 = gpu.shuffle idx %v409, %v132, %v269 : f32
              %v1087, %v1088 = gpu.shuffle idx %v422, %v132, %v269 : f32
              %v1089, %v1090 = gpu.shuffle idx %v431, %v132, %v269 : f32
              %v1091, %v1092 = gpu.shuffle idx %v436, %v132, %v269 : f32
              %v1093 = arith.addi %v343, %v2 : i64
              scf.if %v1082 {
                %v1094 = arith.addi %v148, %v1081 : i64
                %v1095 = arith.muli %v35, %v287 : i64
                %v1096 = arith.muli %v23, %v286 : i64
                %v1097 = arith.addi %v1095, %v1096 : i64
                %v1098 = arith.muli %v1094, %v2 : i64
                %v1099 = arith.addi %v1097, %v1098 : i64
                %v1100 = llvm.getelementptr %in_Cm[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
                %v1102 = arith.muli %v35, %v208 : i64
                %v1103 = arith.muli %v33, %v207 : i64
                %v1104 = arith.addi %v1102, %v1103 : i64
                %v1105 = arith.muli %v1094, %v2 : i64
                %v1106 = arith.addi %v1104, %v1105 : i64
                %v1107 = llvm.getelementptr %dy_y[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
                %v1109 = arith.mulf %v1087, %v1108 fastmath<contract> : f32
                %v1110 = arith.mulf %v1101, %v1109 fastmath<contract> : f32
                %v1111 = llvm.load %v37 : !llvm.ptr -> f32
                %v1112 = llvm.load %v39 : !llvm.ptr -> f32
                %v1113 = arith.mulf %v1112, %v1111 fastmath<contract> : f32
                %v1114 = arith.addf %v1110, %v1113 fastmath<contract> : f32
                llvm.store %v1114, %v37 : f32, !llvm.ptr
                %v1115 = arith.muli %v35, %v287 : i64
                %v1116 = arith.constant 8 : i64
                %v1117 = arith.addi %v1116, %v23 : i64
                %v1118 = arith.muli %v1117, %v286 : i64
                %v1119 = arith.addi %v1115, %v1118 : i64
                %v1120 = arith.muli %v1094, %v2 : i64
                %v1121 = arith.addi %v1119, %v1120 : i64
                %v1122 = llvm.getelementptr %in_Cm[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1123 = llvm.load %v1122 : !llvm.ptr -> f32
                %v1124 = arith.mulf %v1123, %v1109 fastmath<contract> : f32
                %v1125 = llvm.load %v38 : !llvm.ptr -> f32
                %v1126 = llvm.load %v40 : !llvm.ptr -> f32
                %v1127 = arith.mulf %v1126, %v1125 fastmath<contract> : f32
                %v1128 = arith.addf %v1124, %v1127 fastmath<contract> : f32
                llvm.store %v1128, %v38 : f32, !llvm.ptr
                %v1129 = arith.subi %size_L, %v2 : i64
                %v1130 = arith.cmpi eq, %v1094, %v1129 : i64
                scf.if %v1130 {
                  %v1131 = arith.muli %v35, %v56 : i64
                  %v1132 = arith.muli %v33, %v55 : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = arith.muli %v23, %v2 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = llvm.getelementptr %dy_h_last[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1139 = arith.addf %v1138, %v1137 fastmath<contract> : f32
                  llvm.store %v1139, %v37 : f32, !llvm.ptr
                  %v1140 = arith.muli %v35, %v56 : i64
                  %v1141 = arith.muli %v33, %v55 : i64
                  %v1142 = arith.addi %v1140, %v1141 : i64
                  %v1143 = arith.constant 8 : i64
                  %v1144 = arith.addi %v1143, %v23 : i64
                  %v1145 = arith.muli %v1144, %v2 : i64
                  %v1146 = arith.addi %v1142, %v1145 : i64
                  %v1147 = llvm.getelementptr %dy_h_last[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                  %v1149 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1150 = arith.addf %v1149, %v1148 fastmath<contract> : f32
                  llvm.store %v1150, %v38 : f32, !llvm.ptr
                }
                %v1151 = arith.muli %v33, %v2 : i64
                %v1152 = llvm.getelementptr %in_Dskip[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
                %v1154 = arith.mulf %v1153, %v1109 fastmath<contract> : f32
                %v1155 = arith.muli %v35, %v287 : i64
                %v1156 = arith.muli %v23, %v286 : i64
                %v1157 = arith.addi %v1155, %v1156 : i64
                %v1158 = arith.muli %v1094, %v2 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = llvm.getelementptr %in_Bm[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                %v1162 = llvm.load %v37 : !llvm.ptr -> f32
                %v1163 = arith.mulf %v1161, %v1162 fastmath<contract> : f32
                %v1164 = arith.muli %v35, %v287 : i64
                %v1165 = arith.constant 8 : i64
                %v1166 = arith.addi %v1165, %v23 : i64
                %v1167 = arith.muli %v1166, %v286 : i64
                %v1168 = arith.addi %v1164, %v1167 : i64
                %v1169 = arith.muli %v1094, %v2 : i64
                %v1170 = arith.addi %v1168, %v1169 : i64
                %v1171 = llvm.getelementptr %in_Bm[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                %v1173 = llvm.load %v38 : !llvm.ptr -> f32
                %v1174 = arith.mulf %v1172, %v1173 fastmath<contract> : f32
                %v1175 = arith.addf %v1163, %v1174 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1176, %v1177 = gpu.shuffle xor %v1175, %v914, %v269 : f32
                %v1178 = arith.addf %v1175, %v1176 fastmath<contract> : f32
                %v1179, %v1180 = gpu.shuffle xor %v1178, %v918, %v269 : f32
                %v1181 = arith.addf %v1178, %v1179 fastmath<contract> : f32
                %v1182, %v1183 = gpu.shuffle xor %v1181, %v922, %v269 : f32
                %v1184 = arith.addf %v1181, %v1182 fastmath<contract> : f32
                // end sum over the lanes
                %v1185 = arith.mulf %v1083, %v1184 fastmath<contract> : f32
                %v1186 = arith.addf %v1154, %v1185 fastmath<contract> : f32
                %v1187 = arith.cmpi eq, %v23, %v721 : i64
                %v1188 = llvm.load %v816 : !llvm.ptr -> f32
                %v1189 = arith.select %v1187, %v1186, %v1188 : f32
                llvm.store %v1189, %v816 : f32, !llvm.ptr
                %v1190 = arith.muli %v35, %v208 : i64
                %v1191 = arith.muli %v33, %v207 : i64
                %v1192 = arith.addi %v1190, %v1191 : i64
                %v1193 = arith.muli %v1094, %v2 : i64
                %v1194 = arith.addi %v1192, %v1193 : i64
                %v1195 = llvm.getelementptr %in_u[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
                %v1197 = arith.mulf %v1196, %v1184 fastmath<contract> : f32
                %v1198 = arith.muli %v33, %v277 : i64
                %v1199 = arith.muli %v23, %v2 : i64
                %v1200 = arith.addi %v1198, %v1199 : i64
                %v1201 = llvm.getelementptr %in_A[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
                %v1203 = arith.mulf %v1083, %v1202 fastmath<contract> : f32
                %v1204 = arith.mulf %v1203, %v223 fastmath<contract> : f32
                %v1205 = llvm.call_intrinsic "llvm.exp2.f32"(%v1204) : (f32) -> f32
                %v1206 = arith.mulf %v698, %v1162 fastmath<contract> : f32
                %v1207 = arith.mulf %v1202, %v1206 fastmath<contract> : f32
                %v1208 = arith.mulf %v1205, %v1207 fastmath<contract> : f32
                %v1209 = arith.muli %v33, %v277 : i64
                %v1210 = arith.constant 8 : i64
                %v1211 = arith.addi %v1210, %v23 : i64
                %v1212 = arith.muli %v1211, %v2 : i64
                %v1213 = arith.addi %v1209, %v1212 : i64
                %v1214 = llvm.getelementptr %in_A[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
                %v1216 = arith.mulf %v1083, %v1215 fastmath<contract> : f32
                %v1217 = arith.mulf %v1216, %v223 fastmath<contract> : f32
                %v1218 = llvm.call_intrinsic "llvm.exp2.f32"(%v1217) : (f32) -> f32
                %v1219 = arith.mulf %v720, %v1173 fastmath<contract> : f32
                %v1220 = arith.mulf %v1215, %v1219 fastmath<contract> : f32
                %v1221 = arith.mulf %v1218, %v1220 fastmath<contract> : f32
                %v1222 = arith.addf %v1208, %v1221 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1223, %v1224 = gpu.shuffle xor %v1222, %v914, %v269 : f32
                %v1225 = arith.addf %v1222, %v1223 fastmath<contract> : f32
                %v1226, %v1227 = gpu.shuffle xor %v1225, %v918, %v269 : f32
                %v1228 = arith.addf %v1225, %v1226 fastmath<contract> : f32
                %v1229, %v1230 = gpu.shuffle xor %v1228, %v922, %v269 : f32
                %v1231 = arith.addf %v1228, %v1229 fastmath<contract> : f32
                // end sum over the lanes
                %v1232 = arith.addf %v1197, %v1231 fastmath<contract> : f32
                %v1233 = arith.mulf %v1232, %v1091 fastmath<contract> : f32
                %v1234 = arith.cmpi eq, %v23, %v721 : i64
                %v1235 = llvm.load %v817 : !llvm.ptr -> f32
                %v1236 = arith.select %v1234, %v1233, %v1235 : f32
                llvm.store %v1236, %v817 : f32, !llvm.ptr
                %v1237 = arith.mulf %v1101, %v746 fastmath<contract> : f32
                %v1238 = arith.mulf %v1123, %v768 fastmath<contract> : f32
                %v1239 = arith.addf %v1237, %v1238 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1240, %v1241 = gpu.shuffle xor %v1239, %v914, %v269 : f32
                %v1242 = arith.addf %v1239, %v1240 fastmath<contract> : f32
                %v1243, %v1244 = gpu.shuffle xor %v1242, %v918, %v269 : f32
                %v1245 = arith.addf %v1242, %v1243 fastmath<contract> : f32
                %v1246, %v1247 = gpu.shuffle xor %v1245, %v922, %v269 : f32
                %v1248 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                // end sum over the lanes
                %v1249 = arith.mulf %v1196, %v1153 fastmath<contract> : f32
                %v1250 = arith.addf %v1248, %v1249 fastmath<contract> : f32
                %v1251 = arith.mulf %v1250, %v1108 fastmath<contract> : f32
                %v1252 = arith.mulf %v1251, %v1089 fastmath<contract> : f32
                %v1253 = arith.cmpi eq, %v23, %v721 : i64
                %v1254 = llvm.load %v818 : !llvm.ptr -> f32
                %v1255 = arith.select %v1253, %v1252, %v1254 : f32
                llvm.store %v1255, %v818 : f32, !llvm.ptr
                %v1256 = arith.mulf %v1205, %v1206 fastmath<contract> : f32
                %v1257 = arith.mulf %v1083, %v1256 fastmath<contract> : f32
                %v1258 = llvm.load %v41 : !llvm.ptr -> f32
                %v1259 = arith.addf %v1258, %v1257 fastmath<contract> : f32
                llvm.store %v1259, %v41 : f32, !llvm.ptr
                %v1260 = arith.mulf %v1218, %v1219 fastmath<contract> : f32
                %v1261 = arith.mulf %v1083, %v1260 fastmath<contract> : f32
                %v1262 = llvm.load %v42 : !llvm.ptr -> f32
                %v1263 = arith.addf %v1262, %v1261 fastmath<contract> : f32
                llvm.store %v1263, %v42 : f32, !llvm.ptr
                %v1264 = arith.mulf %v1085, %v1162 fastmath<contract> : f32
                %v1265 = arith.select %v27, %v1264, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1266, %v1267 = gpu.shuffle xor %v1265, %v1007, %v269 : f32
                %v1268 = arith.addf %v1265, %v1266 fastmath<contract> : f32
                %v1269, %v1270 = gpu.shuffle xor %v1268, %v1011, %v269 : f32
                %v1271 = arith.addf %v1268, %v1269 fastmath<contract> : f32
                %v1272 = arith.divui %v13, %v15 : i64
                %v1273 = arith.remui %v13, %v15 : i64
                %v1274 = arith.cmpi ult, %v1273, %v22 : i64
                %v1275 = arith.addi %v53, %v23 : i64
                %v1276 = arith.muli %v1272, %v1 : i64
                %v1277 = arith.addi %v1276, %v1275 : i64
                %v1278 = arith.muli %v1277, %v1021 : i64
                %v1279 = arith.addi %v1278, %v1093 : i64
                scf.if %v1274 {
                  %v1280 = llvm.getelementptr %v48[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1271, %v1280 : f32, !llvm.ptr
                }
                %v1281 = arith.mulf %v1085, %v1173 fastmath<contract> : f32
                %v1282 = arith.select %v27, %v1281, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1283, %v1284 = gpu.shuffle xor %v1282, %v1007, %v269 : f32
                %v1285 = arith.addf %v1282, %v1283 fastmath<contract> : f32
                %v1286, %v1287 = gpu.shuffle xor %v1285, %v1011, %v269 : f32
                %v1288 = arith.addf %v1285, %v1286 fastmath<contract> : f32
                %v1289 = arith.divui %v13, %v15 : i64
                %v1290 = arith.remui %v13, %v15 : i64
                %v1291 = arith.cmpi ult, %v1290, %v22 : i64
                %v1292 = arith.addi %v22, %v23 : i64
                %v1293 = arith.muli %v1289, %v1 : i64
                %v1294 = arith.addi %v1293, %v1292 : i64
                %v1295 = arith.muli %v1294, %v1021 : i64
                %v1296 = arith.addi %v1295, %v1093 : i64
                scf.if %v1291 {
                  %v1297 = llvm.getelementptr %v48[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1288, %v1297 : f32, !llvm.ptr
                }
                %v1298 = arith.mulf %v746, %v1109 fastmath<contract> : f32
                %v1299 = arith.select %v27, %v1298, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1300, %v1301 = gpu.shuffle xor %v1299, %v1007, %v269 : f32
                %v1302 = arith.addf %v1299, %v1300 fastmath<contract> : f32
                %v1303, %v1304 = gpu.shuffle xor %v1302, %v1011, %v269 : f32
                %v1305 = arith.addf %v1302, %v1303 fastmath<contract> : f32
                %v1306 = arith.divui %v13, %v15 : i64
                %v1307 = arith.remui %v13, %v15 : i64
                %v1308 = arith.cmpi ult, %v1307, %v22 : i64
                %v1309 = arith.addi %v53, %v23 : i64
                %v1310 = arith.muli %v1306, %v1 : i64
                %v1311 = arith.addi %v1310, %v1309 : i64
                %v1312 = arith.muli %v1311, %v1021 : i64
                %v1313 = arith.addi %v1312, %v1093 : i64
                scf.if %v1308 {
                  %v1314 = llvm.getelementptr %v50[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1305, %v1314 : f32, !llvm.ptr
                }
                %v1315 = arith.mulf %v768, %v1109 fastmath<contract> : f32
                %v1316 = arith.select %v27, %v1315, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1317, %v1318 = gpu.shuffle xor %v1316, %v1007, %v269 : f32
                %v1319 = arith.addf %v1316, %v1317 fastmath<contract> : f32
                %v1320, %v1321 = gpu.shuffle xor %v1319, %v1011, %v269 : f32
                %v1322 = arith.addf %v1319, %v1320 fastmath<contract> : f32
                %v1323 = arith.divui %v13, %v15 : i64
                %v1324 = arith.remui %v13, %v15 : i64
                %v1325 = arith.cmpi ult, %v1324, %v22 : i64
                %v1326 = arith.addi %v22, %v23 : i64
                %v1327 = arith.muli %v1323, %v1 : i64
                %v1328 = arith.addi %v1327, %v1326 : i64
                %v1329 = arith.muli %v1328, %v1021 : i64
                %v1330 = arith.addi %v1329, %v1093 : i64
                scf.if %v1325 {
                  %v1331 = llvm.getelementptr %v50[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1322, %v1331 : f32, !llvm.ptr
                }
                %v1332 = arith.mulf %v1196, %v1109 fastmath<contract> : f32
                %v1333 = llvm.load %v43 : !llvm.ptr -> f32
                %v1334 = arith.addf %v1333, %v1332 fastmath<contract> : f32
                llvm.store %v1334, %v43 : f32, !llvm.ptr
                %v1335 = llvm.load %v44 : !llvm.ptr -> f32
                %v1336 = arith.addf %v1335, %v1233 fastmath<contract> : f32
                llvm.store %v1336, %v44 : f32, !llvm.ptr
                llvm.store %v1205, %v39 : f32, !llvm.ptr
                llvm.store %v1218, %v40 : f32, !llvm.ptr
              }
              %v1337 = arith.addi %v341, %v673 : i64
              %v1338 = arith.cmpi slt, %v1337, %v150 : i64
              %v1339, %v1340 = gpu.shuffle idx %v401, %v128, %v269 : f32
              %v1341, %v1342 = gpu.shuffle idx %v409, %v128, %v269 : f32
              %v1343, %v1344 = gpu.shuffle idx %v422, %v128, %v269 : f32
              %v1345, %v1346 = gpu.shuffle idx %v431, %v128, %v269 : f32
              %v1347, %v1348 = gpu.shuffle idx %v436, %v128, %v269 : f32
              %v1349 = arith.addi %v343, %v531 : i64
              scf.if %v1338 {
                %v1350 = arith.addi %v148, %v1337 : i64
                %v1351 = arith.muli %v35, %v287 : i64
                %v1352 = arith.muli %v23, %v286 : i64
                %v1353 = arith.addi %v1351, %v1352 : i64
                %v1354 = arith.muli %v1350, %v2 : i64
                %v1355 = arith.addi %v1353, %v1354 : i64
                %v1356 = llvm.getelementptr %in_Cm[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
                %v1358 = arith.muli %v35, %v208 : i64
                %v1359 = arith.muli %v33, %v207 : i64
                %v1360 = arith.addi %v1358, %v1359 : i64
                %v1361 = arith.muli %v1350, %v2 : i64
                %v1362 = arith.addi %v1360, %v1361 : i64
                %v1363 = llvm.getelementptr %dy_y[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                %v1365 = arith.mulf %v1343, %v1364 fastmath<contract> : f32
                %v1366 = arith.mulf %v1357, %v1365 fastmath<contract> : f32
                %v1367 = llvm.load %v37 : !llvm.ptr -> f32
                %v1368 = llvm.load %v39 : !llvm.ptr -> f32
                %v1369 = arith.mulf %v1368, %v1367 fastmath<contract> : f32
                %v1370 = arith.addf %v1366, %v1369 fastmath<contract> : f32
                llvm.store %v1370, %v37 : f32, !llvm.ptr
                %v1371 = arith.muli %v35, %v287 : i64
                %v1372 = arith.constant 8 : i64
                %v1373 = arith.addi %v1372, %v23 : i64
                %v1374 = arith.muli %v1373, %v286 : i64
                %v1375 = arith.addi %v1371, %v1374 : i64
                %v1376 = arith.muli %v1350, %v2 : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = llvm.getelementptr %in_Cm[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1379 = llvm.load %v1378 : !llvm.ptr -> f32
                %v1380 = arith.mulf %v1379, %v1365 fastmath<contract> : f32
                %v1381 = llvm.load %v38 : !llvm.ptr -> f32
                %v1382 = llvm.load %v40 : !llvm.ptr -> f32
                %v1383 = arith.mulf %v1382, %v1381 fastmath<contract> : f32
                %v1384 = arith.addf %v1380, %v1383 fastmath<contract> : f32
                llvm.store %v1384, %v38 : f32, !llvm.ptr
                %v1385 = arith.subi %size_L, %v2 : i64
                %v1386 = arith.cmpi eq, %v1350, %v1385 : i64
                scf.if %v1386 {
                  %v1387 = arith.muli %v35, %v56 : i64
                  %v1388 = arith.muli %v33, %v55 : i64
                  %v1389 = arith.addi %v1387, %v1388 : i64
                  %v1390 = arith.muli %v23, %v2 : i64
                  %v1391 = arith.addi %v1389, %v1390 : i64
                  %v1392 = llvm.getelementptr %dy_h_last[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1393 = llvm.load %v1392 : !llvm.ptr -> f32
                  %v1394 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1395 = arith.addf %v1394, %v1393 fastmath<contract> : f32
                  llvm.store %v1395, %v37 : f32, !llvm.ptr
                  %v1396 = arith.muli %v35, %v56 : i64
                  %v1397 = arith.muli %v33, %v55 : i64
                  %v1398 = arith.addi %v1396, %v1397 : i64
                  %v1399 = arith.constant 8 : i64
                  %v1400 = arith.addi %v1399, %v23 : i64
                  %v1401 = arith.muli %v1400, %v2 : i64
                  %v1402 = arith.addi %v1398, %v1401 : i64
                  %v1403 = llvm.getelementptr %dy_h_last[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
                  %v1405 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1406 = arith.addf %v1405, %v1404 fastmath<contract> : f32
                  llvm.store %v1406, %v38 : f32, !llvm.ptr
                }
                %v1407 = arith.muli %v33, %v2 : i64
                %v1408 = llvm.getelementptr %in_Dskip[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
                %v1410 = arith.mulf %v1409, %v1365 fastmath<contract> : f32
                %v1411 = arith.muli %v35, %v287 : i64
                %v1412 = arith.muli %v23, %v286 : i64
                %v1413 = arith.addi %v1411, %v1412 : i64
                %v1414 = arith.muli %v1350, %v2 : i64
                %v1415 = arith.addi %v1413, %v1414 : i64
                %v1416 = llvm.getelementptr %in_Bm[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
                %v1418 = llvm.load %v37 : !llvm.ptr -> f32
                %v1419 = arith.mulf %v1417, %v1418 fastmath<contract> : f32
                %v1420 = arith.muli %v35, %v287 : i64
                %v1421 = arith.constant 8 : i64
                %v1422 = arith.addi %v1421, %v23 : i64
                %v1423 = arith.muli %v1422, %v286 : i64
                %v1424 = arith.addi %v1420, %v1423 : i64
                %v1425 = arith.muli %v1350, %v2 : i64
                %v1426 = arith.addi %v1424, %v1425 : i64
                %v1427 = llvm.getelementptr %in_Bm[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
                %v1429 = llvm.load %v38 : !llvm.ptr -> f32
                %v1430 = arith.mulf %v1428, %v1429 fastmath<contract> : f32
                %v1431 = arith.addf %v1419, %v1430 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1432, %v1433 = gpu.shuffle xor %v1431, %v914, %v269 : f32
                %v1434 = arith.addf %v1431, %v1432 fastmath<contract> : f32
                %v1435, %v1436 = gpu.shuffle xor %v1434, %v918, %v269 : f32
                %v1437 = arith.addf %v1434, %v1435 fastmath<contract> : f32
                %v1438, %v1439 = gpu.shuffle xor %v1437, %v922, %v269 : f32
                %v1440 = arith.addf %v1437, %v1438 fastmath<contract> : f32
                // end sum over the lanes
                %v1441 = arith.mulf %v1339, %v1440 fastmath<contract> : f32
                %v1442 = arith.addf %v1410, %v1441 fastmath<contract> : f32
                %v1443 = arith.cmpi eq, %v23, %v673 : i64
                %v1444 = llvm.load %v816 : !llvm.ptr -> f32
                %v1445 = arith.select %v1443, %v1442, %v1444 : f32
                llvm.store %v1445, %v816 : f32, !llvm.ptr
                %v1446 = arith.muli %v35, %v208 : i64
                %v1447 = arith.muli %v33, %v207 : i64
                %v1448 = arith.addi %v1446, %v1447 : i64
                %v1449 = arith.muli %v1350, %v2 : i64
                %v1450 = arith.addi %v1448, %v1449 : i64
                %v1451 = llvm.getelementptr %in_u[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
                %v1453 = arith.mulf %v1452, %v1440 fastmath<contract> : f32
                %v1454 = arith.muli %v33, %v277 : i64
                %v1455 = arith.muli %v23, %v2 : i64
                %v1456 = arith.addi %v1454, %v1455 : i64
                %v1457 = llvm.getelementptr %in_A[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
                %v1459 = arith.mulf %v1339, %v1458 fastmath<contract> : f32
                %v1460 = arith.mulf %v1459, %v223 fastmath<contract> : f32
                %v1461 = llvm.call_intrinsic "llvm.exp2.f32"(%v1460) : (f32) -> f32
                %v1462 = arith.mulf %v650, %v1418 fastmath<contract> : f32
                %v1463 = arith.mulf %v1458, %v1462 fastmath<contract> : f32
                %v1464 = arith.mulf %v1461, %v1463 fastmath<contract> : f32
                %v1465 = arith.muli %v33, %v277 : i64
                %v1466 = arith.constant 8 : i64
                %v1467 = arith.addi %v1466, %v23 : i64
                %v1468 = arith.muli %v1467, %v2 : i64
                %v1469 = arith.addi %v1465, %v1468 : i64
                %v1470 = llvm.getelementptr %in_A[%v1469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
                %v1472 = arith.mulf %v1339, %v1471 fastmath<contract> : f32
                %v1473 = arith.mulf %v1472, %v223 fastmath<contract> : f32
                %v1474 = llvm.call_intrinsic "llvm.exp2.f32"(%v1473) : (f32) -> f32
                %v1475 = arith.mulf %v672, %v1429 fastmath<contract> : f32
                %v1476 = arith.mulf %v1471, %v1475 fastmath<contract> : f32
                %v1477 = arith.mulf %v1474, %v1476 fastmath<contract> : f32
                %v1478 = arith.addf %v1464, %v1477 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1479, %v1480 = gpu.shuffle xor %v1478, %v914, %v269 : f32
                %v1481 = arith.addf %v1478, %v1479 fastmath<contract> : f32
                %v1482, %v1483 = gpu.shuffle xor %v1481, %v918, %v269 : f32
                %v1484 = arith.addf %v1481, %v1482 fastmath<contract> : f32
                %v1485, %v1486 = gpu.shuffle xor %v1484, %v922, %v269 : f32
                %v1487 = arith.addf %v1484, %v1485 fastmath<contract> : f32
                // end sum over the lanes
                %v1488 = arith.addf %v1453, %v1487 fastmath<contract> : f32
                %v1489 = arith.mulf %v1488, %v1347 fastmath<contract> : f32
                %v1490 = arith.cmpi eq, %v23, %v673 : i64
                %v1491 = llvm.load %v817 : !llvm.ptr -> f32
                %v1492 = arith.select %v1490, %v1489, %v1491 : f32
                llvm.store %v1492, %v817 : f32, !llvm.ptr
                %v1493 = arith.mulf %v1357, %v698 fastmath<contract> : f32
                %v1494 = arith.mulf %v1379, %v720 fastmath<contract> : f32
                %v1495 = arith.addf %v1493, %v1494 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1496, %v1497 = gpu.shuffle xor %v1495, %v914, %v269 : f32
                %v1498 = arith.addf %v1495, %v1496 fastmath<contract> : f32
                %v1499, %v1500 = gpu.shuffle xor %v1498, %v918, %v269 : f32
                %v1501 = arith.addf %v1498, %v1499 fastmath<contract> : f32
                %v1502, %v1503 = gpu.shuffle xor %v1501, %v922, %v269 : f32
                %v1504 = arith.addf %v1501, %v1502 fastmath<contract> : f32
                // end sum over the lanes
                %v1505 = arith.mulf %v1452, %v1409 fastmath<contract> : f32
                %v1506 = arith.addf %v1504, %v1505 fastmath<contract> : f32
                %v1507 = arith.mulf %v1506, %v1364 fastmath<contract> : f32
                %v1508 = arith.mulf %v1507, %v1345 fastmath<contract> : f32
                %v1509 = arith.cmpi eq, %v23, %v673 : i64
                %v1510 = llvm.load %v818 : !llvm.ptr -> f32
                %v1511 = arith.select %v1509, %v1508, %v1510 : f32
                llvm.store %v1511, %v818 : f32, !llvm.ptr
                %v1512 = arith.mulf %v1461, %v1462 fastmath<contract> : f32
                %v1513 = arith.mulf %v1339, %v1512 fastmath<contract> : f32
                %v1514 = llvm.load %v41 : !llvm.ptr -> f32
                %v1515 = arith.addf %v1514, %v1513 fastmath<contract> : f32
                llvm.store %v1515, %v41 : f32, !llvm.ptr
                %v1516 = arith.mulf %v1474, %v1475 fastmath<contract> : f32
                %v1517 = arith.mulf %v1339, %v1516 fastmath<contract> : f32
                %v1518 = llvm.load %v42 : !llvm.ptr -> f32
                %v1519 = arith.addf %v1518, %v1517 fastmath<contract> : f32
                llvm.store %v1519, %v42 : f32, !llvm.ptr
                %v1520 = arith.mulf %v1341, %v1418 fastmath<contract> : f32
                %v1521 = arith.select %v27, %v1520, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1522, %v1523 = gpu.shuffle xor %v1521, %v1007, %v269 : f32
                %v1524 = arith.addf %v1521, %v1522 fastmath<contract> : f32
                %v1525, %v1526 = gpu.shuffle xor %v1524, %v1011, %v269 : f32
                %v1527 = arith.addf %v1524, %v1525 fastmath<contract> : f32
                %v1528 = arith.divui %v13, %v15 : i64
                %v1529 = arith.remui %v13, %v15 : i64
                %v1530 = arith.cmpi ult, %v1529, %v22 : i64
                %v1531 = arith.addi %v53, %v23 : i64
                %v1532 = arith.muli %v1528, %v1 : i64
                %v1533 = arith.addi %v1532, %v1531 : i64
                %v1534 = arith.muli %v1533, %v1021 : i64
                %v1535 = arith.addi %v1534, %v1349 : i64
                scf.if %v1530 {
                  %v1536 = llvm.getelementptr %v48[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1527, %v1536 : f32, !llvm.ptr
                }
                %v1537 = arith.mulf %v1341, %v1429 fastmath<contract> : f32
                %v1538 = arith.select %v27, %v1537, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1539, %v1540 = gpu.shuffle xor %v1538, %v1007, %v269 : f32
                %v1541 = arith.addf %v1538, %v1539 fastmath<contract> : f32
                %v1542, %v1543 = gpu.shuffle xor %v1541, %v1011, %v269 : f32
                %v1544 = arith.addf %v1541, %v1542 fastmath<contract> : f32
                %v1545 = arith.divui %v13, %v15 : i64
                %v1546 = arith.remui %v13, %v15 : i64
                %v1547 = arith.cmpi ult, %v1546, %v22 : i64
                %v1548 = arith.addi %v22, %v23 : i64
                %v1549 = arith.muli %v1545, %v1 : i64
                %v1550 = arith.addi %v1549, %v1548 : i64
                %v1551 = arith.muli %v1550, %v1021 : i64
                %v1552 = arith.addi %v1551, %v1349 : i64
                scf.if %v1547 {
                  %v1553 = llvm.getelementptr %v48[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1544, %v1553 : f32, !llvm.ptr
                }
                %v1554 = arith.mulf %v698, %v1365 fastmath<contract> : f32
                %v1555 = arith.select %v27, %v1554, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1556, %v1557 = gpu.shuffle xor %v1555, %v1007, %v269 : f32
                %v1558 = arith.addf %v1555, %v1556 fastmath<contract> : f32
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v1011, %v269 : f32
                %v1561 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                %v1562 = arith.divui %v13, %v15 : i64
                %v1563 = arith.remui %v13, %v15 : i64
                %v1564 = arith.cmpi ult, %v1563, %v22 : i64
                %v1565 = arith.addi %v53, %v23 : i64
                %v1566 = arith.muli %v1562, %v1 : i64
                %v1567 = arith.addi %v1566, %v1565 : i64
                %v1568 = arith.muli %v1567, %v1021 : i64
                %v1569 = arith.addi %v1568, %v1349 : i64
                scf.if %v1564 {
                  %v1570 = llvm.getelementptr %v50[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1561, %v1570 : f32, !llvm.ptr
                }
                %v1571 = arith.mulf %v720, %v1365 fastmath<contract> : f32
                %v1572 = arith.select %v27, %v1571, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v1007, %v269 : f32
                %v1575 = arith.addf %v1572, %v1573 fastmath<contract> : f32
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v1011, %v269 : f32
                %v1578 = arith.addf %v1575, %v1576 fastmath<contract> : f32
                %v1579 = arith.divui %v13, %v15 : i64
                %v1580 = arith.remui %v13, %v15 : i64
                %v1581 = arith.cmpi ult, %v1580, %v22 : i64
                %v1582 = arith.addi %v22, %v23 : i64
                %v1583 = arith.muli %v1579, %v1 : i64
                %v1584 = arith.addi %v1583, %v1582 : i64
                %v1585 = arith.muli %v1584, %v1021 : i64
                %v1586 = arith.addi %v1585, %v1349 : i64
                scf.if %v1581 {
                  %v1587 = llvm.getelementptr %v50[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1578, %v1587 : f32, !llvm.ptr
                }
                %v1588 = arith.mulf %v1452, %v1365 fastmath<contract> : f32
                %v1589 = llvm.load %v43 : !llvm.ptr -> f32
                %v1590 = arith.addf %v1589, %v1588 fastmath<contract> : f32
                llvm.store %v1590, %v43 : f32, !llvm.ptr
                %v1591 = llvm.load %v44 : !llvm.ptr -> f32
                %v1592 = arith.addf %v1591, %v1489 fastmath<contract> : f32
                llvm.store %v1592, %v44 : f32, !llvm.ptr
                llvm.store %v1461, %v39 : f32, !llvm.ptr
                llvm.store %v1474, %v40 : f32, !llvm.ptr
              }
              %v1593 = arith.addi %v341, %v323 : i64
              %v1594 = arith.cmpi slt, %v1593, %v150 : i64
              %v1595, %v1596 = gpu.shuffle idx %v401, %v124, %v269 : f32
              %v1597, %v1598 = gpu.shuffle idx %v409, %v124, %v269 : f32
              %v1599, %v1600 = gpu.shuffle idx %v422, %v124, %v269 : f32
              %v1601, %v1602 = gpu.shuffle idx %v431, %v124, %v269 : f32
              %v1603, %v1604 = gpu.shuffle idx %v436, %v124, %v269 : f32
              %v1605 = arith.addi %v343, %v322 : i64
              scf.if %v1594 {
                %v1606 = arith.addi %v148, %v1593 : i64
                %v1607 = arith.muli %v35, %v287 : i64
                %v1608 = arith.muli %v23, %v286 : i64
                %v1609 = arith.addi %v1607, %v1608 : i64
                %v1610 = arith.muli %v1606, %v2 : i64
                %v1611 = arith.addi %v1609, %v1610 : i64
                %v1612 = llvm.getelementptr %in_Cm[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1613 = llvm.load %v1612 : !llvm.ptr -> f32
                %v1614 = arith.muli %v35, %v208 : i64
                %v1615 = arith.muli %v33, %v207 : i64
                %v1616 = arith.addi %v1614, %v1615 : i64
                %v1617 = arith.muli %v1606, %v2 : i64
                %v1618 = arith.addi %v1616, %v1617 : i64
                %v1619 = llvm.getelementptr %dy_y[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
                %v1621 = arith.mulf %v1599, %v1620 fastmath<contract> : f32
                %v1622 = arith.mulf %v1613, %v1621 fastmath<contract> : f32
                %v1623 = llvm.load %v37 : !llvm.ptr -> f32
                %v1624 = llvm.load %v39 : !llvm.ptr -> f32
                %v1625 = arith.mulf %v1624, %v1623 fastmath<contract> : f32
                %v1626 = arith.addf %v1622, %v1625 fastmath<contract> : f32
                llvm.store %v1626, %v37 : f32, !llvm.ptr
                %v1627 = arith.muli %v35, %v287 : i64
                %v1628 = arith.constant 8 : i64
                %v1629 = arith.addi %v1628, %v23 : i64
                %v1630 = arith.muli %v1629, %v286 : i64
                %v1631 = arith.addi %v1627, %v1630 : i64
                %v1632 = arith.muli %v1606, %v2 : i64
                %v1633 = arith.addi %v1631, %v1632 : i64
                %v1634 = llvm.getelementptr %in_Cm[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
                %v1636 = arith.mulf %v1635, %v1621 fastmath<contract> : f32
                %v1637 = llvm.load %v38 : !llvm.ptr -> f32
                %v1638 = llvm.load %v40 : !llvm.ptr -> f32
                %v1639 = arith.mulf %v1638, %v1637 fastmath<contract> : f32
                %v1640 = arith.addf %v1636, %v1639 fastmath<contract> : f32
                llvm.store %v1640, %v38 : f32, !llvm.ptr
                %v1641 = arith.subi %size_L, %v2 : i64
                %v1642 = arith.cmpi eq, %v1606, %v1641 : i64
                scf.if %v1642 {
                  %v1643 = arith.muli %v35, %v56 : i64
                  %v1644 = arith.muli %v33, %v55 : i64
                  %v1645 = arith.addi %v1643, %v1644 : i64
                  %v1646 = arith.muli %v23, %v2 : i64
                  %v1647 = arith.addi %v1645, %v1646 : i64
                  %v1648 = llvm.getelementptr %dy_h_last[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
                  %v1650 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1651 = arith.addf %v1650, %v1649 fastmath<contract> : f32
                  llvm.store %v1651, %v37 : f32, !llvm.ptr
                  %v1652 = arith.muli %v35, %v56 : i64
                  %v1653 = arith.muli %v33, %v55 : i64
                  %v1654 = arith.addi %v1652, %v1653 : i64
                  %v1655 = arith.constant 8 : i64
                  %v1656 = arith.addi %v1655, %v23 : i64
                  %v1657 = arith.muli %v1656, %v2 : i64
                  %v1658 = arith.addi %v1654, %v1657 : i64
                  %v1659 = llvm.getelementptr %dy_h_last[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
                  %v1661 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1662 = arith.addf %v1661, %v1660 fastmath<contract> : f32
                  llvm.store %v1662, %v38 : f32, !llvm.ptr
                }
                %v1663 = arith.muli %v33, %v2 : i64
                %v1664 = llvm.getelementptr %in_Dskip[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
                %v1666 = arith.mulf %v1665, %v1621 fastmath<contract> : f32
                %v1667 = arith.muli %v35, %v287 : i64
                %v1668 = arith.muli %v23, %v286 : i64
                %v1669 = arith.addi %v1667, %v1668 : i64
                %v1670 = arith.muli %v1606, %v2 : i64
                %v1671 = arith.addi %v1669, %v1670 : i64
                %v1672 = llvm.getelementptr %in_Bm[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                %v1674 = llvm.load %v37 : !llvm.ptr -> f32
                %v1675 = arith.mulf %v1673, %v1674 fastmath<contract> : f32
                %v1676 = arith.muli %v35, %v287 : i64
                %v1677 = arith.constant 8 : i64
                %v1678 = arith.addi %v1677, %v23 : i64
                %v1679 = arith.muli %v1678, %v286 : i64
                %v1680 = arith.addi %v1676, %v1679 : i64
                %v1681 = arith.muli %v1606, %v2 : i64
                %v1682 = arith.addi %v1680, %v1681 : i64
                %v1683 = llvm.getelementptr %in_Bm[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1684 = llvm.load %v1683 : !llvm.ptr -> f32
                %v1685 = llvm.load %v38 : !llvm.ptr -> f32
                %v1686 = arith.mulf %v1684, %v1685 fastmath<contract> : f32
                %v1687 = arith.addf %v1675, %v1686 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1688, %v1689 = gpu.shuffle xor %v1687, %v914, %v269 : f32
                %v1690 = arith.addf %v1687, %v1688 fastmath<contract> : f32
                %v1691, %v1692 = gpu.shuffle xor %v1690, %v918, %v269 : f32
                %v1693 = arith.addf %v1690, %v1691 fastmath<contract> : f32
                %v1694, %v1695 = gpu.shuffle xor %v1693, %v922, %v269 : f32
                %v1696 = arith.addf %v1693, %v1694 fastmath<contract> : f32
                // end sum over the lanes
                %v1697 = arith.mulf %v1595, %v1696 fastmath<contract> : f32
                %v1698 = arith.addf %v1666, %v1697 fastmath<contract> : f32
                %v1699 = arith.cmpi eq, %v23, %v323 : i64
                %v1700 = llvm.load %v816 : !llvm.ptr -> f32
                %v1701 = arith.select %v1699, %v1698, %v1700 : f32
                llvm.store %v1701, %v816 : f32, !llvm.ptr
                %v1702 = arith.muli %v35, %v208 : i64
                %v1703 = arith.muli %v33, %v207 : i64
                %v1704 = arith.addi %v1702, %v1703 : i64
                %v1705 = arith.muli %v1606, %v2 : i64
                %v1706 = arith.addi %v1704, %v1705 : i64
                %v1707 = llvm.getelementptr %in_u[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
                %v1709 = arith.mulf %v1708, %v1696 fastmath<contract> : f32
                %v1710 = arith.muli %v33, %v277 : i64
                %v1711 = arith.muli %v23, %v2 : i64
                %v1712 = arith.addi %v1710, %v1711 : i64
                %v1713 = llvm.getelementptr %in_A[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
                %v1715 = arith.mulf %v1595, %v1714 fastmath<contract> : f32
                %v1716 = arith.mulf %v1715, %v223 fastmath<contract> : f32
                %v1717 = llvm.call_intrinsic "llvm.exp2.f32"(%v1716) : (f32) -> f32
                %v1718 = arith.mulf %v603, %v1674 fastmath<contract> : f32
                %v1719 = arith.mulf %v1714, %v1718 fastmath<contract> : f32
                %v1720 = arith.mulf %v1717, %v1719 fastmath<contract> : f32
                %v1721 = arith.muli %v33, %v277 : i64
                %v1722 = arith.constant 8 : i64
                %v1723 = arith.addi %v1722, %v23 : i64
                %v1724 = arith.muli %v1723, %v2 : i64
                %v1725 = arith.addi %v1721, %v1724 : i64
                %v1726 = llvm.getelementptr %in_A[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1727 = llvm.load %v1726 : !llvm.ptr -> f32
                %v1728 = arith.mulf %v1595, %v1727 fastmath<contract> : f32
                %v1729 = arith.mulf %v1728, %v223 fastmath<contract> : f32
                %v1730 = llvm.call_intrinsic "llvm.exp2.f32"(%v1729) : (f32) -> f32
                %v1731 = arith.mulf %v625, %v1685 fastmath<contract> : f32
                %v1732 = arith.mulf %v1727, %v1731 fastmath<contract> : f32
                %v1733 = arith.mulf %v1730, %v1732 fastmath<contract> : f32
                %v1734 = arith.addf %v1720, %v1733 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1735, %v1736 = gpu.shuffle xor %v1734, %v914, %v269 : f32
                %v1737 = arith.addf %v1734, %v1735 fastmath<contract> : f32
                %v1738, %v1739 = gpu.shuffle xor %v1737, %v918, %v269 : f32
                %v1740 = arith.addf %v1737, %v1738 fastmath<contract> : f32
                %v1741, %v1742 = gpu.shuffle xor %v1740, %v922, %v269 : f32
                %v1743 = arith.addf %v1740, %v1741 fastmath<contract> : f32
                // end sum over the lanes
                %v1744 = arith.addf %v1709, %v1743 fastmath<contract> : f32
                %v1745 = arith.mulf %v1744, %v1603 fastmath<contract> : f32
                %v1746 = arith.cmpi eq, %v23, %v323 : i64
                %v1747 = llvm.load %v817 : !llvm.ptr -> f32
                %v1748 = arith.select %v1746, %v1745, %v1747 : f32
                llvm.store %v1748, %v817 : f32, !llvm.ptr
                %v1749 = arith.mulf %v1613, %v650 fastmath<contract> : f32
                %v1750 = arith.mulf %v1635, %v672 fastmath<contract> : f32
                %v1751 = arith.addf %v1749, %v1750 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1752, %v1753 = gpu.shuffle xor %v1751, %v914, %v269 : f32
                %v1754 = arith.addf %v1751, %v1752 fastmath<contract> : f32
                %v1755, %v1756 = gpu.shuffle xor %v1754, %v918, %v269 : f32
                %v1757 = arith.addf %v1754, %v1755 fastmath<contract> : f32
                %v1758, %v1759 = gpu.shuffle xor %v1757, %v922, %v269 : f32
                %v1760 = arith.addf %v1757, %v1758 fastmath<contract> : f32
                // end sum over the lanes
                %v1761 = arith.mulf %v1708, %v1665 fastmath<contract> : f32
                %v1762 = arith.addf %v1760, %v1761 fastmath<contract> : f32
                %v1763 = arith.mulf %v1762, %v1620 fastmath<contract> : f32
                %v1764 = arith.mulf %v1763, %v1601 fastmath<contract> : f32
                %v1765 = arith.cmpi eq, %v23, %v323 : i64
                %v1766 = llvm.load %v818 : !llvm.ptr -> f32
                %v1767 = arith.select %v1765, %v1764, %v1766 : f32
                llvm.store %v1767, %v818 : f32, !llvm.ptr
                %v1768 = arith.mulf %v1717, %v1718 fastmath<contract> : f32
                %v1769 = arith.mulf %v1595, %v1768 fastmath<contract> : f32
                %v1770 = llvm.load %v41 : !llvm.ptr -> f32
                %v1771 = arith.addf %v1770, %v1769 fastmath<contract> : f32
                llvm.store %v1771, %v41 : f32, !llvm.ptr
                %v1772 = arith.mulf %v1730, %v1731 fastmath<contract> : f32
                %v1773 = arith.mulf %v1595, %v1772 fastmath<contract> : f32
                %v1774 = llvm.load %v42 : !llvm.ptr -> f32
                %v1775 = arith.addf %v1774, %v1773 fastmath<contract> : f32
                llvm.store %v1775, %v42 : f32, !llvm.ptr
                %v1776 = arith.mulf %v1597, %v1674 fastmath<contract> : f32
                %v1777 = arith.select %v27, %v1776, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1778, %v1779 = gpu.shuffle xor %v1777, %v1007, %v269 : f32
                %v1780 = arith.addf %v1777, %v1778 fastmath<contract> : f32
                %v1781, %v1782 = gpu.shuffle xor %v1780, %v1011, %v269 : f32
                %v1783 = arith.addf %v1780, %v1781 fastmath<contract> : f32
                %v1784 = arith.divui %v13, %v15 : i64
                %v1785 = arith.remui %v13, %v15 : i64
                %v1786 = arith.cmpi ult, %v1785, %v22 : i64
                %v1787 = arith.addi %v53, %v23 : i64
                %v1788 = arith.muli %v1784, %v1 : i64
                %v1789 = arith.addi %v1788, %v1787 : i64
                %v1790 = arith.muli %v1789, %v1021 : i64
                %v1791 = arith.addi %v1790, %v1605 : i64
                scf.if %v1786 {
                  %v1792 = llvm.getelementptr %v48[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1783, %v1792 : f32, !llvm.ptr
                }
                %v1793 = arith.mulf %v1597, %v1685 fastmath<contract> : f32
                %v1794 = arith.select %v27, %v1793, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1795, %v1796 = gpu.shuffle xor %v1794, %v1007, %v269 : f32
                %v1797 = arith.addf %v1794, %v1795 fastmath<contract> : f32
                %v1798, %v1799 = gpu.shuffle xor %v1797, %v1011, %v269 : f32
                %v1800 = arith.addf %v1797, %v1798 fastmath<contract> : f32
                %v1801 = arith.divui %v13, %v15 : i64
                %v1802 = arith.remui %v13, %v15 : i64
                %v1803 = arith.cmpi ult, %v1802, %v22 : i64
                %v1804 = arith.addi %v22, %v23 : i64
                %v1805 = arith.muli %v1801, %v1 : i64
                %v1806 = arith.addi %v1805, %v1804 : i64
                %v1807 = arith.muli %v1806, %v1021 : i64
                %v1808 = arith.addi %v1807, %v1605 : i64
                scf.if %v1803 {
                  %v1809 = llvm.getelementptr %v48[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1800, %v1809 : f32, !llvm.ptr
                }
                %v1810 = arith.mulf %v650, %v1621 fastmath<contract> : f32
                %v1811 = arith.select %v27, %v1810, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1812, %v1813 = gpu.shuffle xor %v1811, %v1007, %v269 : f32
                %v1814 = arith.addf %v1811, %v1812 fastmath<contract> : f32
                %v1815, %v1816 = gpu.shuffle xor %v1814, %v1011, %v269 : f32
                %v1817 = arith.addf %v1814, %v1815 fastmath<contract> : f32
                %v1818 = arith.divui %v13, %v15 : i64
                %v1819 = arith.remui %v13, %v15 : i64
                %v1820 = arith.cmpi ult, %v1819, %v22 : i64
                %v1821 = arith.addi %v53, %v23 : i64
                %v1822 = arith.muli %v1818, %v1 : i64
                %v1823 = arith.addi %v1822, %v1821 : i64
                %v1824 = arith.muli %v1823, %v1021 : i64
                %v1825 = arith.addi %v1824, %v1605 : i64
                scf.if %v1820 {
                  %v1826 = llvm.getelementptr %v50[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1817, %v1826 : f32, !llvm.ptr
                }
                %v1827 = arith.mulf %v672, %v1621 fastmath<contract> : f32
                %v1828 = arith.select %v27, %v1827, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1829, %v1830 = gpu.shuffle xor %v1828, %v1007, %v269 : f32
                %v1831 = arith.addf %v1828, %v1829 fastmath<contract> : f32
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v1011, %v269 : f32
                %v1834 = arith.addf %v1831, %v1832 fastmath<contract> : f32
                %v1835 = arith.divui %v13, %v15 : i64
                %v1836 = arith.remui %v13, %v15 : i64
                %v1837 = arith.cmpi ult, %v1836, %v22 : i64
                %v1838 = arith.addi %v22, %v23 : i64
                %v1839 = arith.muli %v1835, %v1 : i64
                %v1840 = arith.addi %v1839, %v1838 : i64
                %v1841 = arith.muli %v1840, %v1021 : i64
                %v1842 = arith.addi %v1841, %v1605 : i64
                scf.if %v1837 {
                  %v1843 = llvm.getelementptr %v50[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1834, %v1843 : f32, !llvm.ptr
                }
                %v1844 = arith.mulf %v1708, %v1621 fastmath<contract> : f32
                %v1845 = llvm.load %v43 : !llvm.ptr -> f32
                %v1846 = arith.addf %v1845, %v1844 fastmath<contract> : f32
                llvm.store %v1846, %v43 : f32, !llvm.ptr
                %v1847 = llvm.load %v44 : !llvm.ptr -> f32
                %v1848 = arith.addf %v1847, %v1745 fastmath<contract> : f32
                llvm.store %v1848, %v44 : f32, !llvm.ptr
                llvm.store %v1717, %v39 : f32, !llvm.ptr
                llvm.store %v1730, %v40 : f32, !llvm.ptr
              }
              %v1849 = arith.addi %v341, %v322 : i64
              %v1850 = arith.cmpi slt, %v1849, %v150 : i64
              %v1851, %v1852 = gpu.shuffle idx %v401, %v120, %v269 : f32
              %v1853, %v1854 = gpu.shuffle idx %v409, %v120, %v269 : f32
              %v1855, %v1856 = gpu.shuffle idx %v422, %v120, %v269 : f32
              %v1857, %v1858 = gpu.shuffle idx %v431, %v120, %v269 : f32
              %v1859, %v1860 = gpu.shuffle idx %v436, %v120, %v269 : f32
              %v1861 = arith.addi %v343, %v323 : i64
              scf.if %v1850 {
                %v1862 = arith.addi %v148, %v1849 : i64
                %v1863 = arith.muli %v35, %v287 : i64
                %v1864 = arith.muli %v23, %v286 : i64
                %v1865 = arith.addi %v1863, %v1864 : i64
                %v1866 = arith.muli %v1862, %v2 : i64
                %v1867 = arith.addi %v1865, %v1866 : i64
                %v1868 = llvm.getelementptr %in_Cm[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1869 = llvm.load %v1868 : !llvm.ptr -> f32
                %v1870 = arith.muli %v35, %v208 : i64
                %v1871 = arith.muli %v33, %v207 : i64
                %v1872 = arith.addi %v1870, %v1871 : i64
                %v1873 = arith.muli %v1862, %v2 : i64
                %v1874 = arith.addi %v1872, %v1873 : i64
                %v1875 = llvm.getelementptr %dy_y[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
                %v1877 = arith.mulf %v1855, %v1876 fastmath<contract> : f32
                %v1878 = arith.mulf %v1869, %v1877 fastmath<contract> : f32
                %v1879 = llvm.load %v37 : !llvm.ptr -> f32
                %v1880 = llvm.load %v39 : !llvm.ptr -> f32
                %v1881 = arith.mulf %v1880, %v1879 fastmath<contract> : f32
                %v1882 = arith.addf %v1878, %v1881 fastmath<contract> : f32
                llvm.store %v1882, %v37 : f32, !llvm.ptr
                %v1883 = arith.muli %v35, %v287 : i64
                %v1884 = arith.constant 8 : i64
                %v1885 = arith.addi %v1884, %v23 : i64
                %v1886 = arith.muli %v1885, %v286 : i64
                %v1887 = arith.addi %v1883, %v1886 : i64
                %v1888 = arith.muli %v1862, %v2 : i64
                %v1889 = arith.addi %v1887, %v1888 : i64
                %v1890 = llvm.getelementptr %in_Cm[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1891 = llvm.load %v1890 : !llvm.ptr -> f32
                %v1892 = arith.mulf %v1891, %v1877 fastmath<contract> : f32
                %v1893 = llvm.load %v38 : !llvm.ptr -> f32
                %v1894 = llvm.load %v40 : !llvm.ptr -> f32
                %v1895 = arith.mulf %v1894, %v1893 fastmath<contract> : f32
                %v1896 = arith.addf %v1892, %v1895 fastmath<contract> : f32
                llvm.store %v1896, %v38 : f32, !llvm.ptr
                %v1897 = arith.subi %size_L, %v2 : i64
                %v1898 = arith.cmpi eq, %v1862, %v1897 : i64
                scf.if %v1898 {
                  %v1899 = arith.muli %v35, %v56 : i64
                  %v1900 = arith.muli %v33, %v55 : i64
                  %v1901 = arith.addi %v1899, %v1900 : i64
                  %v1902 = arith.muli %v23, %v2 : i64
                  %v1903 = arith.addi %v1901, %v1902 : i64
                  %v1904 = llvm.getelementptr %dy_h_last[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1905 = llvm.load %v1904 : !llvm.ptr -> f32
                  %v1906 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1907 = arith.addf %v1906, %v1905 fastmath<contract> : f32
                  llvm.store %v1907, %v37 : f32, !llvm.ptr
                  %v1908 = arith.muli %v35, %v56 : i64
                  %v1909 = arith.muli %v33, %v55 : i64
                  %v1910 = arith.addi %v1908, %v1909 : i64
                  %v1911 = arith.constant 8 : i64
                  %v1912 = arith.addi %v1911, %v23 : i64
                  %v1913 = arith.muli %v1912, %v2 : i64
                  %v1914 = arith.addi %v1910, %v1913 : i64
                  %v1915 = llvm.getelementptr %dy_h_last[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1916 = llvm.load %v1915 : !llvm.ptr -> f32
                  %v1917 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1918 = arith.addf %v1917, %v1916 fastmath<contract> : f32
                  llvm.store %v1918, %v38 : f32, !llvm.ptr
                }
                %v1919 = arith.muli %v33, %v2 : i64
                %v1920 = llvm.getelementptr %in_Dskip[%v1919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1921 = llvm.load %v1920 : !llvm.ptr -> f32
                %v1922 = arith.mulf %v1921, %v1877 fastmath<contract> : f32
                %v1923 = arith.muli %v35, %v287 : i64
                %v1924 = arith.muli %v23, %v286 : i64
                %v1925 = arith.addi %v1923, %v1924 : i64
                %v1926 = arith.muli %v1862, %v2 : i64
                %v1927 = arith.addi %v1925, %v1926 : i64
                %v1928 = llvm.getelementptr %in_Bm[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1929 = llvm.load %v1928 : !llvm.ptr -> f32
                %v1930 = llvm.load %v37 : !llvm.ptr -> f32
                %v1931 = arith.mulf %v1929, %v1930 fastmath<contract> : f32
                %v1932 = arith.muli %v35, %v287 : i64
                %v1933 = arith.constant 8 : i64
                %v1934 = arith.addi %v1933, %v23 : i64
                %v1935 = arith.muli %v1934, %v286 : i64
                %v1936 = arith.addi %v1932, %v1935 : i64
                %v1937 = arith.muli %v1862, %v2 : i64
                %v1938 = arith.addi %v1936, %v1937 : i64
                %v1939 = llvm.getelementptr %in_Bm[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
                %v1941 = llvm.load %v38 : !llvm.ptr -> f32
                %v1942 = arith.mulf %v1940, %v1941 fastmath<contract> : f32
                %v1943 = arith.addf %v1931, %v1942 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1944, %v1945 = gpu.shuffle xor %v1943, %v914, %v269 : f32
                %v1946 = arith.addf %v1943, %v1944 fastmath<contract> : f32
                %v1947, %v1948 = gpu.shuffle xor %v1946, %v918, %v269 : f32
                %v1949 = arith.addf %v1946, %v1947 fastmath<contract> : f32
                %v1950, %v1951 = gpu.shuffle xor %v1949, %v922, %v269 : f32
                %v1952 = arith.addf %v1949, %v1950 fastmath<contract> : f32
                // end sum over the lanes
                %v1953 = arith.mulf %v1851, %v1952 fastmath<contract> : f32
                %v1954 = arith.addf %v1922, %v1953 fastmath<contract> : f32
                %v1955 = arith.cmpi eq, %v23, %v322 : i64
                %v1956 = llvm.load %v816 : !llvm.ptr -> f32
                %v1957 = arith.select %v1955, %v1954, %v1956 : f32
                llvm.store %v1957, %v816 : f32, !llvm.ptr
                %v1958 = arith.muli %v35, %v208 : i64
                %v1959 = arith.muli %v33, %v207 : i64
                %v1960 = arith.addi %v1958, %v1959 : i64
                %v1961 = arith.muli %v1862, %v2 : i64
                %v1962 = arith.addi %v1960, %v1961 : i64
                %v1963 = llvm.getelementptr %in_u[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
                %v1965 = arith.mulf %v1964, %v1952 fastmath<contract> : f32
                %v1966 = arith.muli %v33, %v277 : i64
                %v1967 = arith.muli %v23, %v2 : i64
                %v1968 = arith.addi %v1966, %v1967 : i64
                %v1969 = llvm.getelementptr %in_A[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1970 = llvm.load %v1969 : !llvm.ptr -> f32
                %v1971 = arith.mulf %v1851, %v1970 fastmath<contract> : f32
                %v1972 = arith.mulf %v1971, %v223 fastmath<contract> : f32
                %v1973 = llvm.call_intrinsic "llvm.exp2.f32"(%v1972) : (f32) -> f32
                %v1974 = arith.mulf %v556, %v1930 fastmath<contract> : f32
                %v1975 = arith.mulf %v1970, %v1974 fastmath<contract> : f32
                %v1976 = arith.mulf %v1973, %v1975 fastmath<contract> : f32
                %v1977 = arith.muli %v33, %v277 : i64
                %v1978 = arith.constant 8 : i64
                %v1979 = arith.addi %v1978, %v23 : i64
                %v1980 = arith.muli %v1979, %v2 : i64
                %v1981 = arith.addi %v1977, %v1980 : i64
                %v1982 = llvm.getelementptr %in_A[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
                %v1984 = arith.mulf %v1851, %v1983 fastmath<contract> : f32
                %v1985 = arith.mulf %v1984, %v223 fastmath<contract> : f32
                %v1986 = llvm.call_intrinsic "llvm.exp2.f32"(%v1985) : (f32) -> f32
                %v1987 = arith.mulf %v578, %v1941 fastmath<contract> : f32
                %v1988 = arith.mulf %v1983, %v1987 fastmath<contract> : f32
                %v1989 = arith.mulf %v1986, %v1988 fastmath<contract> : f32
                %v1990 = arith.addf %v1976, %v1989 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1991, %v1992 = gpu.shuffle xor %v1990, %v914, %v269 : f32
                %v1993 = arith.addf %v1990, %v1991 fastmath<contract> : f32
                %v1994, %v1995 = gpu.shuffle xor %v1993, %v918, %v269 : f32
                %v1996 = arith.addf %v1993, %v1994 fastmath<contract> : f32
                %v1997, %v1998 = gpu.shuffle xor %v1996, %v922, %v269 : f32
                %v1999 = arith.addf %v1996, %v1997 fastmath<contract> : f32
                // end sum over the lanes
                %v2000 = arith.addf %v1965, %v1999 fastmath<contract> : f32
                %v2001 = arith.mulf %v2000, %v1859 fastmath<contract> : f32
                %v2002 = arith.cmpi eq, %v23, %v322 : i64
                %v2003 = llvm.load %v817 : !llvm.ptr -> f32
                %v2004 = arith.select %v2002, %v2001, %v2003 : f32
                llvm.store %v2004, %v817 : f32, !llvm.ptr
                %v2005 = arith.mulf %v1869, %v603 fastmath<contract> : f32
                %v2006 = arith.mulf %v1891, %v625 fastmath<contract> : f32
                %v2007 = arith.addf %v2005, %v2006 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2008, %v2009 = gpu.shuffle xor %v2007, %v914, %v269 : f32
                %v2010 = arith.addf %v2007, %v2008 fastmath<contract> : f32
                %v2011, %v2012 = gpu.shuffle xor %v2010, %v918, %v269 : f32
                %v2013 = arith.addf %v2010, %v2011 fastmath<contract> : f32
                %v2014, %v2015 = gpu.shuffle xor %v2013, %v922, %v269 : f32
                %v2016 = arith.addf %v2013, %v2014 fastmath<contract> : f32
                // end sum over the lanes
                %v2017 = arith.mulf %v1964, %v1921 fastmath<contract> : f32
                %v2018 = arith.addf %v2016, %v2017 fastmath<contract> : f32
                %v2019 = arith.mulf %v2018, %v1876 fastmath<contract> : f32
                %v2020 = arith.mulf %v2019, %v1857 fastmath<contract> : f32
                %v2021 = arith.cmpi eq, %v23, %v322 : i64
                %v2022 = llvm.load %v818 : !llvm.ptr -> f32
                %v2023 = arith.select %v2021, %v2020, %v2022 : f32
                llvm.store %v2023, %v818 : f32, !llvm.ptr
                %v2024 = arith.mulf %v1973, %v1974 fastmath<contract> : f32
                %v2025 = arith.mulf %v1851, %v2024 fastmath<contract> : f32
                %v2026 = llvm.load %v41 : !llvm.ptr -> f32
                %v2027 = arith.addf %v2026, %v2025 fastmath<contract> : f32
                llvm.store %v2027, %v41 : f32, !llvm.ptr
                %v2028 = arith.mulf %v1986, %v1987 fastmath<contract> : f32
                %v2029 = arith.mulf %v1851, %v2028 fastmath<contract> : f32
                %v2030 = llvm.load %v42 : !llvm.ptr -> f32
                %v2031 = arith.addf %v2030, %v2029 fastmath<contract> : f32
                llvm.store %v2031, %v42 : f32, !llvm.ptr
                %v2032 = arith.mulf %v1853, %v1930 fastmath<contract> : f32
                %v2033 = arith.select %v27, %v2032, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2034, %v2035 = gpu.shuffle xor %v2033, %v1007, %v269 : f32
                %v2036 = arith.addf %v2033, %v2034 fastmath<contract> : f32
                %v2037, %v2038 = gpu.shuffle xor %v2036, %v1011, %v269 : f32
                %v2039 = arith.addf %v2036, %v2037 fastmath<contract> : f32
                %v2040 = arith.divui %v13, %v15 : i64
                %v2041 = arith.remui %v13, %v15 : i64
                %v2042 = arith.cmpi ult, %v2041, %v22 : i64
                %v2043 = arith.addi %v53, %v23 : i64
                %v2044 = arith.muli %v2040, %v1 : i64
                %v2045 = arith.addi %v2044, %v2043 : i64
                %v2046 = arith.muli %v2045, %v1021 : i64
                %v2047 = arith.addi %v2046, %v1861 : i64
                scf.if %v2042 {
                  %v2048 = llvm.getelementptr %v48[%v2047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2039, %v2048 : f32, !llvm.ptr
                }
                %v2049 = arith.mulf %v1853, %v1941 fastmath<contract> : f32
                %v2050 = arith.select %v27, %v2049, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2051, %v2052 = gpu.shuffle xor %v2050, %v1007, %v269 : f32
                %v2053 = arith.addf %v2050, %v2051 fastmath<contract> : f32
                %v2054, %v2055 = gpu.shuffle xor %v2053, %v1011, %v269 : f32
                %v2056 = arith.addf %v2053, %v2054 fastmath<contract> : f32
                %v2057 = arith.divui %v13, %v15 : i64
                %v2058 = arith.remui %v13, %v15 : i64
                %v2059 = arith.cmpi ult, %v2058, %v22 : i64
                %v2060 = arith.addi %v22, %v23 : i64
                %v2061 = arith.muli %v2057, %v1 : i64
                %v2062 = arith.addi %v2061, %v2060 : i64
                %v2063 = arith.muli %v2062, %v1021 : i64
                %v2064 = arith.addi %v2063, %v1861 : i64
                scf.if %v2059 {
                  %v2065 = llvm.getelementptr %v48[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2056, %v2065 : f32, !llvm.ptr
                }
                %v2066 = arith.mulf %v603, %v1877 fastmath<contract> : f32
                %v2067 = arith.select %v27, %v2066, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2068, %v2069 = gpu.shuffle xor %v2067, %v1007, %v269 : f32
                %v2070 = arith.addf %v2067, %v2068 fastmath<contract> : f32
                %v2071, %v2072 = gpu.shuffle xor %v2070, %v1011, %v269 : f32
                %v2073 = arith.addf %v2070, %v2071 fastmath<contract> : f32
                %v2074 = arith.divui %v13, %v15 : i64
                %v2075 = arith.remui %v13, %v15 : i64
                %v2076 = arith.cmpi ult, %v2075, %v22 : i64
                %v2077 = arith.addi %v53, %v23 : i64
                %v2078 = arith.muli %v2074, %v1 : i64
                %v2079 = arith.addi %v2078, %v2077 : i64
                %v2080 = arith.muli %v2079, %v1021 : i64
                %v2081 = arith.addi %v2080, %v1861 : i64
                scf.if %v2076 {
                  %v2082 = llvm.getelementptr %v50[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2073, %v2082 : f32, !llvm.ptr
                }
                %v2083 = arith.mulf %v625, %v1877 fastmath<contract> : f32
                %v2084 = arith.select %v27, %v2083, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2085, %v2086 = gpu.shuffle xor %v2084, %v1007, %v269 : f32
                %v2087 = arith.addf %v2084, %v2085 fastmath<contract> : f32
                %v2088, %v2089 = gpu.shuffle xor %v2087, %v1011, %v269 : f32
                %v2090 = arith.addf %v2087, %v2088 fastmath<contract> : f32
                %v2091 = arith.divui %v13, %v15 : i64
                %v2092 = arith.remui %v13, %v15 : i64
                %v2093 = arith.cmpi ult, %v2092, %v22 : i64
                %v2094 = arith.addi %v22, %v23 : i64
                %v2095 = arith.muli %v2091, %v1 : i64
                %v2096 = arith.addi %v2095, %v2094 : i64
                %v2097 = arith.muli %v2096, %v1021 : i64
                %v2098 = arith.addi %v2097, %v1861 : i64
                scf.if %v2093 {
                  %v2099 = llvm.getelementptr %v50[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2090, %v2099 : f32, !llvm.ptr
                }
                %v2100 = arith.mulf %v1964, %v1877 fastmath<contract> : f32
                %v2101 = llvm.load %v43 : !llvm.ptr -> f32
                %v2102 = arith.addf %v2101, %v2100 fastmath<contract> : f32
                llvm.store %v2102, %v43 : f32, !llvm.ptr
                %v2103 = llvm.load %v44 : !llvm.ptr -> f32
                %v2104 = arith.addf %v2103, %v2001 fastmath<contract> : f32
                llvm.store %v2104, %v44 : f32, !llvm.ptr
                llvm.store %v1973, %v39 : f32, !llvm.ptr
                llvm.store %v1986, %v40 : f32, !llvm.ptr
              }
              %v2105 = arith.addi %v341, %v531 : i64
              %v2106 = arith.cmpi slt, %v2105, %v150 : i64
              %v2107, %v2108 = gpu.shuffle idx %v401, %v116, %v269 : f32
              %v2109, %v2110 = gpu.shuffle idx %v409, %v116, %v269 : f32
              %v2111, %v2112 = gpu.shuffle idx %v422, %v116, %v269 : f32
              %v2113, %v2114 = gpu.shuffle idx %v431, %v116, %v269 : f32
              %v2115, %v2116 = gpu.shuffle idx %v436, %v116, %v269 : f32
              %v2117 = arith.addi %v343, %v673 : i64
              scf.if %v2106 {
                %v2118 = arith.addi %v148, %v2105 : i64
                %v2119 = arith.muli %v35, %v287 : i64
                %v2120 = arith.muli %v23, %v286 : i64
                %v2121 = arith.addi %v2119, %v2120 : i64
                %v2122 = arith.muli %v2118, %v2 : i64
                %v2123 = arith.addi %v2121, %v2122 : i64
                %v2124 = llvm.getelementptr %in_Cm[%v2123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
                %v2126 = arith.muli %v35, %v208 : i64
                %v2127 = arith.muli %v33, %v207 : i64
                %v2128 = arith.addi %v2126, %v2127 : i64
                %v2129 = arith.muli %v2118, %v2 : i64
                %v2130 = arith.addi %v2128, %v2129 : i64
                %v2131 = llvm.getelementptr %dy_y[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
                %v2133 = arith.mulf %v2111, %v2132 fastmath<contract> : f32
                %v2134 = arith.mulf %v2125, %v2133 fastmath<contract> : f32
                %v2135 = llvm.load %v37 : !llvm.ptr -> f32
                %v2136 = llvm.load %v39 : !llvm.ptr -> f32
                %v2137 = arith.mulf %v2136, %v2135 fastmath<contract> : f32
                %v2138 = arith.addf %v2134, %v2137 fastmath<contract> : f32
                llvm.store %v2138, %v37 : f32, !llvm.ptr
                %v2139 = arith.muli %v35, %v287 : i64
                %v2140 = arith.constant 8 : i64
                %v2141 = arith.addi %v2140, %v23 : i64
                %v2142 = arith.muli %v2141, %v286 : i64
                %v2143 = arith.addi %v2139, %v2142 : i64
                %v2144 = arith.muli %v2118, %v2 : i64
                %v2145 = arith.addi %v2143, %v2144 : i64
                %v2146 = llvm.getelementptr %in_Cm[%v2145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2147 = llvm.load %v2146 : !llvm.ptr -> f32
                %v2148 = arith.mulf %v2147, %v2133 fastmath<contract> : f32
                %v2149 = llvm.load %v38 : !llvm.ptr -> f32
                %v2150 = llvm.load %v40 : !llvm.ptr -> f32
                %v2151 = arith.mulf %v2150, %v2149 fastmath<contract> : f32
                %v2152 = arith.addf %v2148, %v2151 fastmath<contract> : f32
                llvm.store %v2152, %v38 : f32, !llvm.ptr
                %v2153 = arith.subi %size_L, %v2 : i64
                %v2154 = arith.cmpi eq, %v2118, %v2153 : i64
                scf.if %v2154 {
                  %v2155 = arith.muli %v35, %v56 : i64
                  %v2156 = arith.muli %v33, %v55 : i64
                  %v2157 = arith.addi %v2155, %v2156 : i64
                  %v2158 = arith.muli %v23, %v2 : i64
                  %v2159 = arith.addi %v2157, %v2158 : i64
                  %v2160 = llvm.getelementptr %dy_h_last[%v2159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2161 = llvm.load %v2160 : !llvm.ptr -> f32
                  %v2162 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2163 = arith.addf %v2162, %v2161 fastmath<contract> : f32
                  llvm.store %v2163, %v37 : f32, !llvm.ptr
                  %v2164 = arith.muli %v35, %v56 : i64
                  %v2165 = arith.muli %v33, %v55 : i64
                  %v2166 = arith.addi %v2164, %v2165 : i64
                  %v2167 = arith.constant 8 : i64
                  %v2168 = arith.addi %v2167, %v23 : i64
                  %v2169 = arith.muli %v2168, %v2 : i64
                  %v2170 = arith.addi %v2166, %v2169 : i64
                  %v2171 = llvm.getelementptr %dy_h_last[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
                  %v2173 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2174 = arith.addf %v2173, %v2172 fastmath<contract> : f32
                  llvm.store %v2174, %v38 : f32, !llvm.ptr
                }
                %v2175 = arith.muli %v33, %v2 : i64
                %v2176 = llvm.getelementptr %in_Dskip[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2177 = llvm.load %v2176 : !llvm.ptr -> f32
                %v2178 = arith.mulf %v2177, %v2133 fastmath<contract> : f32
                %v2179 = arith.muli %v35, %v287 : i64
                %v2180 = arith.muli %v23, %v286 : i64
                %v2181 = arith.addi %v2179, %v2180 : i64
                %v2182 = arith.muli %v2118, %v2 : i64
                %v2183 = arith.addi %v2181, %v2182 : i64
                %v2184 = llvm.getelementptr %in_Bm[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
                %v2186 = llvm.load %v37 : !llvm.ptr -> f32
                %v2187 = arith.mulf %v2185, %v2186 fastmath<contract> : f32
                %v2188 = arith.muli %v35, %v287 : i64
                %v2189 = arith.constant 8 : i64
                %v2190 = arith.addi %v2189, %v23 : i64
                %v2191 = arith.muli %v2190, %v286 : i64
                %v2192 = arith.addi %v2188, %v2191 : i64
                %v2193 = arith.muli %v2118, %v2 : i64
                %v2194 = arith.addi %v2192, %v2193 : i64
                %v2195 = llvm.getelementptr %in_Bm[%v2194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2196 = llvm.load %v2195 : !llvm.ptr -> f32
                %v2197 = llvm.load %v38 : !llvm.ptr -> f32
                %v2198 = arith.mulf %v2196, %v2197 fastmath<contract> : f32
                %v2199 = arith.addf %v2187, %v2198 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2200, %v2201 = gpu.shuffle xor %v2199, %v914, %v269 : f32
                %v2202 = arith.addf %v2199, %v2200 fastmath<contract> : f32
                %v2203, %v2204 = gpu.shuffle xor %v2202, %v918, %v269 : f32
                %v2205 = arith.addf %v2202, %v2203 fastmath<contract> : f32
                %v2206, %v2207 = gpu.shuffle xor %v2205, %v922, %v269 : f32
                %v2208 = arith.addf %v2205, %v2206 fastmath<contract> : f32
                // end sum over the lanes
                %v2209 = arith.mulf %v2107, %v2208 fastmath<contract> : f32
                %v2210 = arith.addf %v2178, %v2209 fastmath<contract> : f32
                %v2211 = arith.cmpi eq, %v23, %v531 : i64
                %v2212 = llvm.load %v816 : !llvm.ptr -> f32
                %v2213 = arith.select %v2211, %v2210, %v2212 : f32
                llvm.store %v2213, %v816 : f32, !llvm.ptr
                %v2214 = arith.muli %v35, %v208 : i64
                %v2215 = arith.muli %v33, %v207 : i64
                %v2216 = arith.addi %v2214, %v2215 : i64
                %v2217 = arith.muli %v2118, %v2 : i64
                %v2218 = arith.addi %v2216, %v2217 : i64
                %v2219 = llvm.getelementptr %in_u[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
                %v2221 = arith.mulf %v2220, %v2208 fastmath<contract> : f32
                %v2222 = arith.muli %v33, %v277 : i64
                %v2223 = arith.muli %v23, %v2 : i64
                %v2224 = arith.addi %v2222, %v2223 : i64
                %v2225 = llvm.getelementptr %in_A[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2226 = llvm.load %v2225 : !llvm.ptr -> f32
                %v2227 = arith.mulf %v2107, %v2226 fastmath<contract> : f32
                %v2228 = arith.mulf %v2227, %v223 fastmath<contract> : f32
                %v2229 = llvm.call_intrinsic "llvm.exp2.f32"(%v2228) : (f32) -> f32
                %v2230 = arith.mulf %v508, %v2186 fastmath<contract> : f32
                %v2231 = arith.mulf %v2226, %v2230 fastmath<contract> : f32
                %v2232 = arith.mulf %v2229, %v2231 fastmath<contract> : f32
                %v2233 = arith.muli %v33, %v277 : i64
                %v2234 = arith.constant 8 : i64
                %v2235 = arith.addi %v2234, %v23 : i64
                %v2236 = arith.muli %v2235, %v2 : i64
                %v2237 = arith.addi %v2233, %v2236 : i64
                %v2238 = llvm.getelementptr %in_A[%v2237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2239 = llvm.load %v2238 : !llvm.ptr -> f32
                %v2240 = arith.mulf %v2107, %v2239 fastmath<contract> : f32
                %v2241 = arith.mulf %v2240, %v223 fastmath<contract> : f32
                %v2242 = llvm.call_intrinsic "llvm.exp2.f32"(%v2241) : (f32) -> f32
                %v2243 = arith.mulf %v530, %v2197 fastmath<contract> : f32
                %v2244 = arith.mulf %v2239, %v2243 fastmath<contract> : f32
                %v2245 = arith.mulf %v2242, %v2244 fastmath<contract> : f32
                %v2246 = arith.addf %v2232, %v2245 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2247, %v2248 = gpu.shuffle xor %v2246, %v914, %v269 : f32
                %v2249 = arith.addf %v2246, %v2247 fastmath<contract> : f32
                %v2250, %v2251 = gpu.shuffle xor %v2249, %v918, %v269 : f32
                %v2252 = arith.addf %v2249, %v2250 fastmath<contract> : f32
                %v2253, %v2254 = gpu.shuffle xor %v2252, %v922, %v269 : f32
                %v2255 = arith.addf %v2252, %v2253 fastmath<contract> : f32
                // end sum over the lanes
                %v2256 = arith.addf %v2221, %v2255 fastmath<contract> : f32
                %v2257 = arith.mulf %v2256, %v2115 fastmath<contract> : f32
                %v2258 = arith.cmpi eq, %v23, %v531 : i64
                %v2259 = llvm.load %v817 : !llvm.ptr -> f32
                %v2260 = arith.select %v2258, %v2257, %v2259 : f32
                llvm.store %v2260, %v817 : f32, !llvm.ptr
                %v2261 = arith.mulf %v2125, %v556 fastmath<contract> : f32
                %v2262 = arith.mulf %v2147, %v578 fastmath<contract> : f32
                %v2263 = arith.addf %v2261, %v2262 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2264, %v2265 = gpu.shuffle xor %v2263, %v914, %v269 : f32
                %v2266 = arith.addf %v2263, %v2264 fastmath<contract> : f32
                %v2267, %v2268 = gpu.shuffle xor %v2266, %v918, %v269 : f32
                %v2269 = arith.addf %v2266, %v2267 fastmath<contract> : f32
                %v2270, %v2271 = gpu.shuffle xor %v2269, %v922, %v269 : f32
                %v2272 = arith.addf %v2269, %v2270 fastmath<contract> : f32
                // end sum over the lanes
                %v2273 = arith.mulf %v2220, %v2177 fastmath<contract> : f32
                %v2274 = arith.addf %v2272, %v2273 fastmath<contract> : f32
                %v2275 = arith.mulf %v2274, %v2132 fastmath<contract> : f32
                %v2276 = arith.mulf %v2275, %v2113 fastmath<contract> : f32
                %v2277 = arith.cmpi eq, %v23, %v531 : i64
                %v2278 = llvm.load %v818 : !llvm.ptr -> f32
                %v2279 = arith.select %v2277, %v2276, %v2278 : f32
                llvm.store %v2279, %v818 : f32, !llvm.ptr
                %v2280 = arith.mulf %v2229, %v2230 fastmath<contract> : f32
                %v2281 = arith.mulf %v2107, %v2280 fastmath<contract> : f32
                %v2282 = llvm.load %v41 : !llvm.ptr -> f32
                %v2283 = arith.addf %v2282, %v2281 fastmath<contract> : f32
                llvm.store %v2283, %v41 : f32, !llvm.ptr
                %v2284 = arith.mulf %v2242, %v2243 fastmath<contract> : f32
                %v2285 = arith.mulf %v2107, %v2284 fastmath<contract> : f32
                %v2286 = llvm.load %v42 : !llvm.ptr -> f32
                %v2287 = arith.addf %v2286, %v2285 fastmath<contract> : f32
                llvm.store %v2287, %v42 : f32, !llvm.ptr
                %v2288 = arith.mulf %v2109, %v2186 fastmath<contract> : f32
                %v2289 = arith.select %v27, %v2288, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2290, %v2291 = gpu.shuffle xor %v2289, %v1007, %v269 : f32
                %v2292 = arith.addf %v2289, %v2290 fastmath<contract> : f32
                %v2293, %v2294 = gpu.shuffle xor %v2292, %v1011, %v269 : f32
                %v2295 = arith.addf %v2292, %v2293 fastmath<contract> : f32
                %v2296 = arith.divui %v13, %v15 : i64
                %v2297 = arith.remui %v13, %v15 : i64
                %v2298 = arith.cmpi ult, %v2297, %v22 : i64
                %v2299 = arith.addi %v53, %v23 : i64
                %v2300 = arith.muli %v2296, %v1 : i64
                %v2301 = arith.addi %v2300, %v2299 : i64
                %v2302 = arith.muli %v2301, %v1021 : i64
                %v2303 = arith.addi %v2302, %v2117 : i64
                scf.if %v2298 {
                  %v2304 = llvm.getelementptr %v48[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2295, %v2304 : f32, !llvm.ptr
                }
                %v2305 = arith.mulf %v2109, %v2197 fastmath<contract> : f32
                %v2306 = arith.select %v27, %v2305, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2307, %v2308 = gpu.shuffle xor %v2306, %v1007, %v269 : f32
                %v2309 = arith.addf %v2306, %v2307 fastmath<contract> : f32
                %v2310, %v2311 = gpu.shuffle xor %v2309, %v1011, %v269 : f32
                %v2312 = arith.addf %v2309, %v2310 fastmath<contract> : f32
                %v2313 = arith.divui %v13, %v15 : i64
                %v2314 = arith.remui %v13, %v15 : i64
                %v2315 = arith.cmpi ult, %v2314, %v22 : i64
                %v2316 = arith.addi %v22, %v23 : i64
                %v2317 = arith.muli %v2313, %v1 : i64
                %v2318 = arith.addi %v2317, %v2316 : i64
                %v2319 = arith.muli %v2318, %v1021 : i64
                %v2320 = arith.addi %v2319, %v2117 : i64
                scf.if %v2315 {
                  %v2321 = llvm.getelementptr %v48[%v2320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2312, %v2321 : f32, !llvm.ptr
                }
                %v2322 = arith.mulf %v556, %v2133 fastmath<contract> : f32
                %v2323 = arith.select %v27, %v2322, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2324, %v2325 = gpu.shuffle xor %v2323, %v1007, %v269 : f32
                %v2326 = arith.addf %v2323, %v2324 fastmath<contract> : f32
                %v2327, %v2328 = gpu.shuffle xor %v2326, %v1011, %v269 : f32
                %v2329 = arith.addf %v2326, %v2327 fastmath<contract> : f32
                %v2330 = arith.divui %v13, %v15 : i64
                %v2331 = arith.remui %v13, %v15 : i64
                %v2332 = arith.cmpi ult, %v2331, %v22 : i64
                %v2333 = arith.addi %v53, %v23 : i64
                %v2334 = arith.muli %v2330, %v1 : i64
                %v2335 = arith.addi %v2334, %v2333 : i64
                %v2336 = arith.muli %v2335, %v1021 : i64
                %v2337 = arith.addi %v2336, %v2117 : i64
                scf.if %v2332 {
                  %v2338 = llvm.getelementptr %v50[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2329, %v2338 : f32, !llvm.ptr
                }
                %v2339 = arith.mulf %v578, %v2133 fastmath<contract> : f32
                %v2340 = arith.select %v27, %v2339, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2341, %v2342 = gpu.shuffle xor %v2340, %v1007, %v269 : f32
                %v2343 = arith.addf %v2340, %v2341 fastmath<contract> : f32
                %v2344, %v2345 = gpu.shuffle xor %v2343, %v1011, %v269 : f32
                %v2346 = arith.addf %v2343, %v2344 fastmath<contract> : f32
                %v2347 = arith.divui %v13, %v15 : i64
                %v2348 = arith.remui %v13, %v15 : i64
                %v2349 = arith.cmpi ult, %v2348, %v22 : i64
                %v2350 = arith.addi %v22, %v23 : i64
                %v2351 = arith.muli %v2347, %v1 : i64
                %v2352 = arith.addi %v2351, %v2350 : i64
                %v2353 = arith.muli %v2352, %v1021 : i64
                %v2354 = arith.addi %v2353, %v2117 : i64
                scf.if %v2349 {
                  %v2355 = llvm.getelementptr %v50[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2346, %v2355 : f32, !llvm.ptr
                }
                %v2356 = arith.mulf %v2220, %v2133 fastmath<contract> : f32
                %v2357 = llvm.load %v43 : !llvm.ptr -> f32
                %v2358 = arith.addf %v2357, %v2356 fastmath<contract> : f32
                llvm.store %v2358, %v43 : f32, !llvm.ptr
                %v2359 = llvm.load %v44 : !llvm.ptr -> f32
                %v2360 = arith.addf %v2359, %v2257 fastmath<contract> : f32
                llvm.store %v2360, %v44 : f32, !llvm.ptr
                llvm.store %v2229, %v39 : f32, !llvm.ptr
                llvm.store %v2242, %v40 : f32, !llvm.ptr
              }
              %v2361 = arith.addi %v341, %v2 : i64
              %v2362 = arith.cmpi slt, %v2361, %v150 : i64
              %v2363, %v2364 = gpu.shuffle idx %v401, %v112, %v269 : f32
              %v2365, %v2366 = gpu.shuffle idx %v409, %v112, %v269 : f32
              %v2367, %v2368 = gpu.shuffle idx %v422, %v112, %v269 : f32
              %v2369, %v2370 = gpu.shuffle idx %v431, %v112, %v269 : f32
              %v2371, %v2372 = gpu.shuffle idx %v436, %v112, %v269 : f32
              %v2373 = arith.addi %v343, %v721 : i64
              scf.if %v2362 {
                %v2374 = arith.addi %v148, %v2361 : i64
                %v2375 = arith.muli %v35, %v287 : i64
                %v2376 = arith.muli %v23, %v286 : i64
                %v2377 = arith.addi %v2375, %v2376 : i64
                %v2378 = arith.muli %v2374, %v2 : i64
                %v2379 = arith.addi %v2377, %v2378 : i64
                %v2380 = llvm.getelementptr %in_Cm[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2381 = llvm.load %v2380 : !llvm.ptr -> f32
                %v2382 = arith.muli %v35, %v208 : i64
                %v2383 = arith.muli %v33, %v207 : i64
                %v2384 = arith.addi %v2382, %v2383 : i64
                %v2385 = arith.muli %v2374, %v2 : i64
                %v2386 = arith.addi %v2384, %v2385 : i64
                %v2387 = llvm.getelementptr %dy_y[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2388 = llvm.load %v2387 : !llvm.ptr -> f32
                %v2389 = arith.mulf %v2367, %v2388 fastmath<contract> : f32
                %v2390 = arith.mulf %v2381, %v2389 fastmath<contract> : f32
                %v2391 = llvm.load %v37 : !llvm.ptr -> f32
                %v2392 = llvm.load %v39 : !llvm.ptr -> f32
                %v2393 = arith.mulf %v2392, %v2391 fastmath<contract> : f32
                %v2394 = arith.addf %v2390, %v2393 fastmath<contract> : f32
                llvm.store %v2394, %v37 : f32, !llvm.ptr
                %v2395 = arith.muli %v35, %v287 : i64
                %v2396 = arith.constant 8 : i64
                %v2397 = arith.addi %v2396, %v23 : i64
                %v2398 = arith.muli %v2397, %v286 : i64
                %v2399 = arith.addi %v2395, %v2398 : i64
                %v2400 = arith.muli %v2374, %v2 : i64
                %v2401 = arith.addi %v2399, %v2400 : i64
                %v2402 = llvm.getelementptr %in_Cm[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2403 = llvm.load %v2402 : !llvm.ptr -> f32
                %v2404 = arith.mulf %v2403, %v2389 fastmath<contract> : f32
                %v2405 = llvm.load %v38 : !llvm.ptr -> f32
                %v2406 = llvm.load %v40 : !llvm.ptr -> f32
                %v2407 = arith.mulf %v2406, %v2405 fastmath<contract> : f32
                %v2408 = arith.addf %v2404, %v2407 fastmath<contract> : f32
                llvm.store %v2408, %v38 : f32, !llvm.ptr
                %v2409 = arith.subi %size_L, %v2 : i64
                %v2410 = arith.cmpi eq, %v2374, %v2409 : i64
                scf.if %v2410 {
                  %v2411 = arith.muli %v35, %v56 : i64
                  %v2412 = arith.muli %v33, %v55 : i64
                  %v2413 = arith.addi %v2411, %v2412 : i64
                  %v2414 = arith.muli %v23, %v2 : i64
                  %v2415 = arith.addi %v2413, %v2414 : i64
                  %v2416 = llvm.getelementptr %dy_h_last[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2417 = llvm.load %v2416 : !llvm.ptr -> f32
                  %v2418 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2419 = arith.addf %v2418, %v2417 fastmath<contract> : f32
                  llvm.store %v2419, %v37 : f32, !llvm.ptr
                  %v2420 = arith.muli %v35, %v56 : i64
                  %v2421 = arith.muli %v33, %v55 : i64
                  %v2422 = arith.addi %v2420, %v2421 : i64
                  %v2423 = arith.constant 8 : i64
                  %v2424 = arith.addi %v2423, %v23 : i64
                  %v2425 = arith.muli %v2424, %v2 : i64
                  %v2426 = arith.addi %v2422, %v2425 : i64
                  %v2427 = llvm.getelementptr %dy_h_last[%v2426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2428 = llvm.load %v2427 : !llvm.ptr -> f32
                  %v2429 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2430 = arith.addf %v2429, %v2428 fastmath<contract> : f32
                  llvm.store %v2430, %v38 : f32, !llvm.ptr
                }
                %v2431 = arith.muli %v33, %v2 : i64
                %v2432 = llvm.getelementptr %in_Dskip[%v2431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
                %v2434 = arith.mulf %v2433, %v2389 fastmath<contract> : f32
                %v2435 = arith.muli %v35, %v287 : i64
                %v2436 = arith.muli %v23, %v286 : i64
                %v2437 = arith.addi %v2435, %v2436 : i64
                %v2438 = arith.muli %v2374, %v2 : i64
                %v2439 = arith.addi %v2437, %v2438 : i64
                %v2440 = llvm.getelementptr %in_Bm[%v2439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2441 = llvm.load %v2440 : !llvm.ptr -> f32
                %v2442 = llvm.load %v37 : !llvm.ptr -> f32
                %v2443 = arith.mulf %v2441, %v2442 fastmath<contract> : f32
                %v2444 = arith.muli %v35, %v287 : i64
                %v2445 = arith.constant 8 : i64
                %v2446 = arith.addi %v2445, %v23 : i64
                %v2447 = arith.muli %v2446, %v286 : i64
                %v2448 = arith.addi %v2444, %v2447 : i64
                %v2449 = arith.muli %v2374, %v2 : i64
                %v2450 = arith.addi %v2448, %v2449 : i64
                %v2451 = llvm.getelementptr %in_Bm[%v2450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2452 = llvm.load %v2451 : !llvm.ptr -> f32
                %v2453 = llvm.load %v38 : !llvm.ptr -> f32
                %v2454 = arith.mulf %v2452, %v2453 fastmath<contract> : f32
                %v2455 = arith.addf %v2443, %v2454 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2456, %v2457 = gpu.shuffle xor %v2455, %v914, %v269 : f32
                %v2458 = arith.addf %v2455, %v2456 fastmath<contract> : f32
                %v2459, %v2460 = gpu.shuffle xor %v2458, %v918, %v269 : f32
                %v2461 = arith.addf %v2458, %v2459 fastmath<contract> : f32
                %v2462, %v2463 = gpu.shuffle xor %v2461, %v922, %v269 : f32
                %v2464 = arith.addf %v2461, %v2462 fastmath<contract> : f32
                // end sum over the lanes
                %v2465 = arith.mulf %v2363, %v2464 fastmath<contract> : f32
                %v2466 = arith.addf %v2434, %v2465 fastmath<contract> : f32
                %v2467 = arith.cmpi eq, %v23, %v2 : i64
                %v2468 = llvm.load %v816 : !llvm.ptr -> f32
                %v2469 = arith.select %v2467, %v2466, %v2468 : f32
                llvm.store %v2469, %v816 : f32, !llvm.ptr
                %v2470 = arith.muli %v35, %v208 : i64
                %v2471 = arith.muli %v33, %v207 : i64
                %v2472 = arith.addi %v2470, %v2471 : i64
                %v2473 = arith.muli %v2374, %v2 : i64
                %v2474 = arith.addi %v2472, %v2473 : i64
                %v2475 = llvm.getelementptr %in_u[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2476 = llvm.load %v2475 : !llvm.ptr -> f32
                %v2477 = arith.mulf %v2476, %v2464 fastmath<contract> : f32
                %v2478 = arith.muli %v33, %v277 : i64
                %v2479 = arith.muli %v23, %v2 : i64
                %v2480 = arith.addi %v2478, %v2479 : i64
                %v2481 = llvm.getelementptr %in_A[%v2480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2482 = llvm.load %v2481 : !llvm.ptr -> f32
                %v2483 = arith.mulf %v2363, %v2482 fastmath<contract> : f32
                %v2484 = arith.mulf %v2483, %v223 fastmath<contract> : f32
                %v2485 = llvm.call_intrinsic "llvm.exp2.f32"(%v2484) : (f32) -> f32
                %v2486 = arith.mulf %v461, %v2442 fastmath<contract> : f32
                %v2487 = arith.mulf %v2482, %v2486 fastmath<contract> : f32
                %v2488 = arith.mulf %v2485, %v2487 fastmath<contract> : f32
                %v2489 = arith.muli %v33, %v277 : i64
                %v2490 = arith.constant 8 : i64
                %v2491 = arith.addi %v2490, %v23 : i64
                %v2492 = arith.muli %v2491, %v2 : i64
                %v2493 = arith.addi %v2489, %v2492 : i64
                %v2494 = llvm.getelementptr %in_A[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
                %v2496 = arith.mulf %v2363, %v2495 fastmath<contract> : f32
                %v2497 = arith.mulf %v2496, %v223 fastmath<contract> : f32
                %v2498 = llvm.call_intrinsic "llvm.exp2.f32"(%v2497) : (f32) -> f32
                %v2499 = arith.mulf %v483, %v2453 fastmath<contract> : f32
                %v2500 = arith.mulf %v2495, %v2499 fastmath<contract> : f32
                %v2501 = arith.mulf %v2498, %v2500 fastmath<contract> : f32
                %v2502 = arith.addf %v2488, %v2501 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2503, %v2504 = gpu.shuffle xor %v2502, %v914, %v269 : f32
                %v2505 = arith.addf %v2502, %v2503 fastmath<contract> : f32
                %v2506, %v2507 = gpu.shuffle xor %v2505, %v918, %v269 : f32
                %v2508 = arith.addf %v2505, %v2506 fastmath<contract> : f32
                %v2509, %v2510 = gpu.shuffle xor %v2508, %v922, %v269 : f32
                %v2511 = arith.addf %v2508, %v2509 fastmath<contract> : f32
                // end sum over the lanes
                %v2512 = arith.addf %v2477, %v2511 fastmath<contract> : f32
                %v2513 = arith.mulf %v2512, %v2371 fastmath<contract> : f32
                %v2514 = arith.cmpi eq, %v23, %v2 : i64
                %v2515 = llvm.load %v817 : !llvm.ptr -> f32
                %v2516 = arith.select %v2514, %v2513, %v2515 : f32
                llvm.store %v2516, %v817 : f32, !llvm.ptr
                %v2517 = arith.mulf %v2381, %v508 fastmath<contract> : f32
                %v2518 = arith.mulf %v2403, %v530 fastmath<contract> : f32
                %v2519 = arith.addf %v2517, %v2518 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2520, %v2521 = gpu.shuffle xor %v2519, %v914, %v269 : f32
                %v2522 = arith.addf %v2519, %v2520 fastmath<contract> : f32
                %v2523, %v2524 = gpu.shuffle xor %v2522, %v918, %v269 : f32
                %v2525 = arith.addf %v2522, %v2523 fastmath<contract> : f32
                %v2526, %v2527 = gpu.shuffle xor %v2525, %v922, %v269 : f32
                %v2528 = arith.addf %v2525, %v2526 fastmath<contract> : f32
                // end sum over the lanes
                %v2529 = arith.mulf %v2476, %v2433 fastmath<contract> : f32
                %v2530 = arith.addf %v2528, %v2529 fastmath<contract> : f32
                %v2531 = arith.mulf %v2530, %v2388 fastmath<contract> : f32
                %v2532 = arith.mulf %v2531, %v2369 fastmath<contract> : f32
                %v2533 = arith.cmpi eq, %v23, %v2 : i64
                %v2534 = llvm.load %v818 : !llvm.ptr -> f32
                %v2535 = arith.select %v2533, %v2532, %v2534 : f32
                llvm.store %v2535, %v818 : f32, !llvm.ptr
                %v2536 = arith.mulf %v2485, %v2486 fastmath<contract> : f32
                %v2537 = arith.mulf %v2363, %v2536 fastmath<contract> : f32
                %v2538 = llvm.load %v41 : !llvm.ptr -> f32
                %v2539 = arith.addf %v2538, %v2537 fastmath<contract> : f32
                llvm.store %v2539, %v41 : f32, !llvm.ptr
                %v2540 = arith.mulf %v2498, %v2499 fastmath<contract> : f32
                %v2541 = arith.mulf %v2363, %v2540 fastmath<contract> : f32
                %v2542 = llvm.load %v42 : !llvm.ptr -> f32
                %v2543 = arith.addf %v2542, %v2541 fastmath<contract> : f32
                llvm.store %v2543, %v42 : f32, !llvm.ptr
                %v2544 = arith.mulf %v2365, %v2442 fastmath<contract> : f32
                %v2545 = arith.select %v27, %v2544, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2546, %v2547 = gpu.shuffle xor %v2545, %v1007, %v269 : f32
                %v2548 = arith.addf %v2545, %v2546 fastmath<contract> : f32
                %v2549, %v2550 = gpu.shuffle xor %v2548, %v1011, %v269 : f32
                %v2551 = arith.addf %v2548, %v2549 fastmath<contract> : f32
                %v2552 = arith.divui %v13, %v15 : i64
                %v2553 = arith.remui %v13, %v15 : i64
                %v2554 = arith.cmpi ult, %v2553, %v22 : i64
                %v2555 = arith.addi %v53, %v23 : i64
                %v2556 = arith.muli %v2552, %v1 : i64
                %v2557 = arith.addi %v2556, %v2555 : i64
                %v2558 = arith.muli %v2557, %v1021 : i64
                %v2559 = arith.addi %v2558, %v2373 : i64
                scf.if %v2554 {
                  %v2560 = llvm.getelementptr %v48[%v2559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2551, %v2560 : f32, !llvm.ptr
                }
                %v2561 = arith.mulf %v2365, %v2453 fastmath<contract> : f32
                %v2562 = arith.select %v27, %v2561, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2563, %v2564 = gpu.shuffle xor %v2562, %v1007, %v269 : f32
                %v2565 = arith.addf %v2562, %v2563 fastmath<contract> : f32
                %v2566, %v2567 = gpu.shuffle xor %v2565, %v1011, %v269 : f32
                %v2568 = arith.addf %v2565, %v2566 fastmath<contract> : f32
                %v2569 = arith.divui %v13, %v15 : i64
                %v2570 = arith.remui %v13, %v15 : i64
                %v2571 = arith.cmpi ult, %v2570, %v22 : i64
                %v2572 = arith.addi %v22, %v23 : i64
                %v2573 = arith.muli %v2569, %v1 : i64
                %v2574 = arith.addi %v2573, %v2572 : i64
                %v2575 = arith.muli %v2574, %v1021 : i64
                %v2576 = arith.addi %v2575, %v2373 : i64
                scf.if %v2571 {
                  %v2577 = llvm.getelementptr %v48[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2568, %v2577 : f32, !llvm.ptr
                }
                %v2578 = arith.mulf %v508, %v2389 fastmath<contract> : f32
                %v2579 = arith.select %v27, %v2578, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2580, %v2581 = gpu.shuffle xor %v2579, %v1007, %v269 : f32
                %v2582 = arith.addf %v2579, %v2580 fastmath<contract> : f32
                %v2583, %v2584 = gpu.shuffle xor %v2582, %v1011, %v269 : f32
                %v2585 = arith.addf %v2582, %v2583 fastmath<contract> : f32
                %v2586 = arith.divui %v13, %v15 : i64
                %v2587 = arith.remui %v13, %v15 : i64
                %v2588 = arith.cmpi ult, %v2587, %v22 : i64
                %v2589 = arith.addi %v53, %v23 : i64
                %v2590 = arith.muli %v2586, %v1 : i64
                %v2591 = arith.addi %v2590, %v2589 : i64
                %v2592 = arith.muli %v2591, %v1021 : i64
                %v2593 = arith.addi %v2592, %v2373 : i64
                scf.if %v2588 {
                  %v2594 = llvm.getelementptr %v50[%v2593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2585, %v2594 : f32, !llvm.ptr
                }
                %v2595 = arith.mulf %v530, %v2389 fastmath<contract> : f32
                %v2596 = arith.select %v27, %v2595, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2597, %v2598 = gpu.shuffle xor %v2596, %v1007, %v269 : f32
                %v2599 = arith.addf %v2596, %v2597 fastmath<contract> : f32
                %v2600, %v2601 = gpu.shuffle xor %v2599, %v1011, %v269 : f32
                %v2602 = arith.addf %v2599, %v2600 fastmath<contract> : f32
                %v2603 = arith.divui %v13, %v15 : i64
                %v2604 = arith.remui %v13, %v15 : i64
                %v2605 = arith.cmpi ult, %v2604, %v22 : i64
                %v2606 = arith.addi %v22, %v23 : i64
                %v2607 = arith.muli %v2603, %v1 : i64
                %v2608 = arith.addi %v2607, %v2606 : i64
                %v2609 = arith.muli %v2608, %v1021 : i64
                %v2610 = arith.addi %v2609, %v2373 : i64
                scf.if %v2605 {
                  %v2611 = llvm.getelementptr %v50[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2602, %v2611 : f32, !llvm.ptr
                }
                %v2612 = arith.mulf %v2476, %v2389 fastmath<contract> : f32
                %v2613 = llvm.load %v43 : !llvm.ptr -> f32
                %v2614 = arith.addf %v2613, %v2612 fastmath<contract> : f32
                llvm.store %v2614, %v43 : f32, !llvm.ptr
                %v2615 = llvm.load %v44 : !llvm.ptr -> f32
                %v2616 = arith.addf %v2615, %v2513 fastmath<contract> : f32
                llvm.store %v2616, %v44 : f32, !llvm.ptr
                llvm.store %v2485, %v39 : f32, !llvm.ptr
                llvm.store %v2498, %v40 : f32, !llvm.ptr
              }
              %v2617 = arith.addi %v341, %v53 : i64
              %v2618 = arith.cmpi slt, %v2617, %v150 : i64
              %v2619, %v2620 = gpu.shuffle idx %v401, %v108, %v269 : f32
              %v2621, %v2622 = gpu.shuffle idx %v409, %v108, %v269 : f32
              %v2623, %v2624 = gpu.shuffle idx %v422, %v108, %v269 : f32
              %v2625, %v2626 = gpu.shuffle idx %v431, %v108, %v269 : f32
              %v2627, %v2628 = gpu.shuffle idx %v436, %v108, %v269 : f32
              %v2629 = arith.addi %v343, %v100 : i64
              scf.if %v2618 {
                %v2630 = arith.addi %v148, %v2617 : i64
                %v2631 = arith.muli %v35, %v287 : i64
                %v2632 = arith.muli %v23, %v286 : i64
                %v2633 = arith.addi %v2631, %v2632 : i64
                %v2634 = arith.muli %v2630, %v2 : i64
                %v2635 = arith.addi %v2633, %v2634 : i64
                %v2636 = llvm.getelementptr %in_Cm[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
                %v2638 = arith.muli %v35, %v208 : i64
                %v2639 = arith.muli %v33, %v207 : i64
                %v2640 = arith.addi %v2638, %v2639 : i64
                %v2641 = arith.muli %v2630, %v2 : i64
                %v2642 = arith.addi %v2640, %v2641 : i64
                %v2643 = llvm.getelementptr %dy_y[%v2642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
                %v2645 = arith.mulf %v2623, %v2644 fastmath<contract> : f32
                %v2646 = arith.mulf %v2637, %v2645 fastmath<contract> : f32
                %v2647 = llvm.load %v37 : !llvm.ptr -> f32
                %v2648 = llvm.load %v39 : !llvm.ptr -> f32
                %v2649 = arith.mulf %v2648, %v2647 fastmath<contract> : f32
                %v2650 = arith.addf %v2646, %v2649 fastmath<contract> : f32
                llvm.store %v2650, %v37 : f32, !llvm.ptr
                %v2651 = arith.muli %v35, %v287 : i64
                %v2652 = arith.constant 8 : i64
                %v2653 = arith.addi %v2652, %v23 : i64
                %v2654 = arith.muli %v2653, %v286 : i64
                %v2655 = arith.addi %v2651, %v2654 : i64
                %v2656 = arith.muli %v2630, %v2 : i64
                %v2657 = arith.addi %v2655, %v2656 : i64
                %v2658 = llvm.getelementptr %in_Cm[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2659 = llvm.load %v2658 : !llvm.ptr -> f32
                %v2660 = arith.mulf %v2659, %v2645 fastmath<contract> : f32
                %v2661 = llvm.load %v38 : !llvm.ptr -> f32
                %v2662 = llvm.load %v40 : !llvm.ptr -> f32
                %v2663 = arith.mulf %v2662, %v2661 fastmath<contract> : f32
                %v2664 = arith.addf %v2660, %v2663 fastmath<contract> : f32
                llvm.store %v2664, %v38 : f32, !llvm.ptr
                %v2665 = arith.subi %size_L, %v2 : i64
                %v2666 = arith.cmpi eq, %v2630, %v2665 : i64
                scf.if %v2666 {
                  %v2667 = arith.muli %v35, %v56 : i64
                  %v2668 = arith.muli %v33, %v55 : i64
                  %v2669 = arith.addi %v2667, %v2668 : i64
                  %v2670 = arith.muli %v23, %v2 : i64
                  %v2671 = arith.addi %v2669, %v2670 : i64
                  %v2672 = llvm.getelementptr %dy_h_last[%v2671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2673 = llvm.load %v2672 : !llvm.ptr -> f32
                  %v2674 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2675 = arith.addf %v2674, %v2673 fastmath<contract> : f32
                  llvm.store %v2675, %v37 : f32, !llvm.ptr
                  %v2676 = arith.muli %v35, %v56 : i64
                  %v2677 = arith.muli %v33, %v55 : i64
                  %v2678 = arith.addi %v2676, %v2677 : i64
                  %v2679 = arith.constant 8 : i64
                  %v2680 = arith.addi %v2679, %v23 : i64
                  %v2681 = arith.muli %v2680, %v2 : i64
                  %v2682 = arith.addi %v2678, %v2681 : i64
                  %v2683 = llvm.getelementptr %dy_h_last[%v2682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2684 = llvm.load %v2683 : !llvm.ptr -> f32
                  %v2685 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2686 = arith.addf %v2685, %v2684 fastmath<contract> : f32
                  llvm.store %v2686, %v38 : f32, !llvm.ptr
                }
                %v2687 = arith.muli %v33, %v2 : i64
                %v2688 = llvm.getelementptr %in_Dskip[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2689 = llvm.load %v2688 : !llvm.ptr -> f32
                %v2690 = arith.mulf %v2689, %v2645 fastmath<contract> : f32
                %v2691 = arith.muli %v35, %v287 : i64
                %v2692 = arith.muli %v23, %v286 : i64
                %v2693 = arith.addi %v2691, %v2692 : i64
                %v2694 = arith.muli %v2630, %v2 : i64
                %v2695 = arith.addi %v2693, %v2694 : i64
                %v2696 = llvm.getelementptr %in_Bm[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2697 = llvm.load %v2696 : !llvm.ptr -> f32
                %v2698 = llvm.load %v37 : !llvm.ptr -> f32
                %v2699 = arith.mulf %v2697, %v2698 fastmath<contract> : f32
                %v2700 = arith.muli %v35, %v287 : i64
                %v2701 = arith.constant 8 : i64
                %v2702 = arith.addi %v2701, %v23 : i64
                %v2703 = arith.muli %v2702, %v286 : i64
                %v2704 = arith.addi %v2700, %v2703 : i64
                %v2705 = arith.muli %v2630, %v2 : i64
                %v2706 = arith.addi %v2704, %v2705 : i64
                %v2707 = llvm.getelementptr %in_Bm[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2708 = llvm.load %v2707 : !llvm.ptr -> f32
                %v2709 = llvm.load %v38 : !llvm.ptr -> f32
                %v2710 = arith.mulf %v2708, %v2709 fastmath<contract> : f32
                %v2711 = arith.addf %v2699, %v2710 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2712, %v2713 = gpu.shuffle xor %v2711, %v914, %v269 : f32
                %v2714 = arith.addf %v2711, %v2712 fastmath<contract> : f32
                %v2715, %v2716 = gpu.shuffle xor %v2714, %v918, %v269 : f32
                %v2717 = arith.addf %v2714, %v2715 fastmath<contract> : f32
                %v2718, %v2719 = gpu.shuffle xor %v2717, %v922, %v269 : f32
                %v2720 = arith.addf %v2717, %v2718 fastmath<contract> : f32
                // end sum over the lanes
                %v2721 = arith.mulf %v2619, %v2720 fastmath<contract> : f32
                %v2722 = arith.addf %v2690, %v2721 fastmath<contract> : f32
                %v2723 = arith.cmpi eq, %v23, %v53 : i64
                %v2724 = llvm.load %v816 : !llvm.ptr -> f32
                %v2725 = arith.select %v2723, %v2722, %v2724 : f32
                llvm.store %v2725, %v816 : f32, !llvm.ptr
                %v2726 = arith.muli %v35, %v208 : i64
                %v2727 = arith.muli %v33, %v207 : i64
                %v2728 = arith.addi %v2726, %v2727 : i64
                %v2729 = arith.muli %v2630, %v2 : i64
                %v2730 = arith.addi %v2728, %v2729 : i64
                %v2731 = llvm.getelementptr %in_u[%v2730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2732 = llvm.load %v2731 : !llvm.ptr -> f32
                %v2733 = arith.mulf %v2732, %v2720 fastmath<contract> : f32
                %v2734 = arith.muli %v33, %v277 : i64
                %v2735 = arith.muli %v23, %v2 : i64
                %v2736 = arith.addi %v2734, %v2735 : i64
                %v2737 = llvm.getelementptr %in_A[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2738 = llvm.load %v2737 : !llvm.ptr -> f32
                %v2739 = arith.mulf %v2619, %v2738 fastmath<contract> : f32
                %v2740 = arith.mulf %v2739, %v223 fastmath<contract> : f32
                %v2741 = llvm.call_intrinsic "llvm.exp2.f32"(%v2740) : (f32) -> f32
                %v2742 = arith.mulf %v353, %v2698 fastmath<contract> : f32
                %v2743 = arith.mulf %v2738, %v2742 fastmath<contract> : f32
                %v2744 = arith.mulf %v2741, %v2743 fastmath<contract> : f32
                %v2745 = arith.muli %v33, %v277 : i64
                %v2746 = arith.constant 8 : i64
                %v2747 = arith.addi %v2746, %v23 : i64
                %v2748 = arith.muli %v2747, %v2 : i64
                %v2749 = arith.addi %v2745, %v2748 : i64
                %v2750 = llvm.getelementptr %in_A[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
                %v2752 = arith.mulf %v2619, %v2751 fastmath<contract> : f32
                %v2753 = arith.mulf %v2752, %v223 fastmath<contract> : f32
                %v2754 = llvm.call_intrinsic "llvm.exp2.f32"(%v2753) : (f32) -> f32
                %v2755 = arith.mulf %v362, %v2709 fastmath<contract> : f32
                %v2756 = arith.mulf %v2751, %v2755 fastmath<contract> : f32
                %v2757 = arith.mulf %v2754, %v2756 fastmath<contract> : f32
                %v2758 = arith.addf %v2744, %v2757 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2759, %v2760 = gpu.shuffle xor %v2758, %v914, %v269 : f32
                %v2761 = arith.addf %v2758, %v2759 fastmath<contract> : f32
                %v2762, %v2763 = gpu.shuffle xor %v2761, %v918, %v269 : f32
                %v2764 = arith.addf %v2761, %v2762 fastmath<contract> : f32
                %v2765, %v2766 = gpu.shuffle xor %v2764, %v922, %v269 : f32
                %v2767 = arith.addf %v2764, %v2765 fastmath<contract> : f32
                // end sum over the lanes
                %v2768 = arith.addf %v2733, %v2767 fastmath<contract> : f32
                %v2769 = arith.mulf %v2768, %v2627 fastmath<contract> : f32
                %v2770 = arith.cmpi eq, %v23, %v53 : i64
                %v2771 = llvm.load %v817 : !llvm.ptr -> f32
                %v2772 = arith.select %v2770, %v2769, %v2771 : f32
                llvm.store %v2772, %v817 : f32, !llvm.ptr
                %v2773 = arith.mulf %v2637, %v461 fastmath<contract> : f32
                %v2774 = arith.mulf %v2659, %v483 fastmath<contract> : f32
                %v2775 = arith.addf %v2773, %v2774 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2776, %v2777 = gpu.shuffle xor %v2775, %v914, %v269 : f32
                %v2778 = arith.addf %v2775, %v2776 fastmath<contract> : f32
                %v2779, %v2780 = gpu.shuffle xor %v2778, %v918, %v269 : f32
                %v2781 = arith.addf %v2778, %v2779 fastmath<contract> : f32
                %v2782, %v2783 = gpu.shuffle xor %v2781, %v922, %v269 : f32
                %v2784 = arith.addf %v2781, %v2782 fastmath<contract> : f32
                // end sum over the lanes
                %v2785 = arith.mulf %v2732, %v2689 fastmath<contract> : f32
                %v2786 = arith.addf %v2784, %v2785 fastmath<contract> : f32
                %v2787 = arith.mulf %v2786, %v2644 fastmath<contract> : f32
                %v2788 = arith.mulf %v2787, %v2625 fastmath<contract> : f32
                %v2789 = arith.cmpi eq, %v23, %v53 : i64
                %v2790 = llvm.load %v818 : !llvm.ptr -> f32
                %v2791 = arith.select %v2789, %v2788, %v2790 : f32
                llvm.store %v2791, %v818 : f32, !llvm.ptr
                %v2792 = arith.mulf %v2741, %v2742 fastmath<contract> : f32
                %v2793 = arith.mulf %v2619, %v2792 fastmath<contract> : f32
                %v2794 = llvm.load %v41 : !llvm.ptr -> f32
                %v2795 = arith.addf %v2794, %v2793 fastmath<contract> : f32
                llvm.store %v2795, %v41 : f32, !llvm.ptr
                %v2796 = arith.mulf %v2754, %v2755 fastmath<contract> : f32
                %v2797 = arith.mulf %v2619, %v2796 fastmath<contract> : f32
                %v2798 = llvm.load %v42 : !llvm.ptr -> f32
                %v2799 = arith.addf %v2798, %v2797 fastmath<contract> : f32
                llvm.store %v2799, %v42 : f32, !llvm.ptr
                %v2800 = arith.mulf %v2621, %v2698 fastmath<contract> : f32
                %v2801 = arith.select %v27, %v2800, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2802, %v2803 = gpu.shuffle xor %v2801, %v1007, %v269 : f32
                %v2804 = arith.addf %v2801, %v2802 fastmath<contract> : f32
                %v2805, %v2806 = gpu.shuffle xor %v2804, %v1011, %v269 : f32
                %v2807 = arith.addf %v2804, %v2805 fastmath<contract> : f32
                %v2808 = arith.divui %v13, %v15 : i64
                %v2809 = arith.remui %v13, %v15 : i64
                %v2810 = arith.cmpi ult, %v2809, %v22 : i64
                %v2811 = arith.addi %v53, %v23 : i64
                %v2812 = arith.muli %v2808, %v1 : i64
                %v2813 = arith.addi %v2812, %v2811 : i64
                %v2814 = arith.muli %v2813, %v1021 : i64
                %v2815 = arith.addi %v2814, %v2629 : i64
                scf.if %v2810 {
                  %v2816 = llvm.getelementptr %v48[%v2815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2807, %v2816 : f32, !llvm.ptr
                }
                %v2817 = arith.mulf %v2621, %v2709 fastmath<contract> : f32
                %v2818 = arith.select %v27, %v2817, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2819, %v2820 = gpu.shuffle xor %v2818, %v1007, %v269 : f32
                %v2821 = arith.addf %v2818, %v2819 fastmath<contract> : f32
                %v2822, %v2823 = gpu.shuffle xor %v2821, %v1011, %v269 : f32
                %v2824 = arith.addf %v2821, %v2822 fastmath<contract> : f32
                %v2825 = arith.divui %v13, %v15 : i64
                %v2826 = arith.remui %v13, %v15 : i64
                %v2827 = arith.cmpi ult, %v2826, %v22 : i64
                %v2828 = arith.addi %v22, %v23 : i64
                %v2829 = arith.muli %v2825, %v1 : i64
                %v2830 = arith.addi %v2829, %v2828 : i64
                %v2831 = arith.muli %v2830, %v1021 : i64
                %v2832 = arith.addi %v2831, %v2629 : i64
                scf.if %v2827 {
                  %v2833 = llvm.getelementptr %v48[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2824, %v2833 : f32, !llvm.ptr
                }
                %v2834 = arith.mulf %v461, %v2645 fastmath<contract> : f32
                %v2835 = arith.select %v27, %v2834, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2836, %v2837 = gpu.shuffle xor %v2835, %v1007, %v269 : f32
                %v2838 = arith.addf %v2835, %v2836 fastmath<contract> : f32
                %v2839, %v2840 = gpu.shuffle xor %v2838, %v1011, %v269 : f32
                %v2841 = arith.addf %v2838, %v2839 fastmath<contract> : f32
                %v2842 = arith.divui %v13, %v15 : i64
                %v2843 = arith.remui %v13, %v15 : i64
                %v2844 = arith.cmpi ult, %v2843, %v22 : i64
                %v2845 = arith.addi %v53, %v23 : i64
                %v2846 = arith.muli %v2842, %v1 : i64
                %v2847 = arith.addi %v2846, %v2845 : i64
                %v2848 = arith.muli %v2847, %v1021 : i64
                %v2849 = arith.addi %v2848, %v2629 : i64
                scf.if %v2844 {
                  %v2850 = llvm.getelementptr %v50[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2841, %v2850 : f32, !llvm.ptr
                }
                %v2851 = arith.mulf %v483, %v2645 fastmath<contract> : f32
                %v2852 = arith.select %v27, %v2851, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2853, %v2854 = gpu.shuffle xor %v2852, %v1007, %v269 : f32
                %v2855 = arith.addf %v2852, %v2853 fastmath<contract> : f32
                %v2856, %v2857 = gpu.shuffle xor %v2855, %v1011, %v269 : f32
                %v2858 = arith.addf %v2855, %v2856 fastmath<contract> : f32
                %v2859 = arith.divui %v13, %v15 : i64
                %v2860 = arith.remui %v13, %v15 : i64
                %v2861 = arith.cmpi ult, %v2860, %v22 : i64
                %v2862 = arith.addi %v22, %v23 : i64
                %v2863 = arith.muli %v2859, %v1 : i64
                %v2864 = arith.addi %v2863, %v2862 : i64
                %v2865 = arith.muli %v2864, %v1021 : i64
                %v2866 = arith.addi %v2865, %v2629 : i64
                scf.if %v2861 {
                  %v2867 = llvm.getelementptr %v50[%v2866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2858, %v2867 : f32, !llvm.ptr
                }
                %v2868 = arith.mulf %v2732, %v2645 fastmath<contract> : f32
                %v2869 = llvm.load %v43 : !llvm.ptr -> f32
                %v2870 = arith.addf %v2869, %v2868 fastmath<contract> : f32
                llvm.store %v2870, %v43 : f32, !llvm.ptr
                %v2871 = llvm.load %v44 : !llvm.ptr -> f32
                %v2872 = arith.addf %v2871, %v2769 fastmath<contract> : f32
                llvm.store %v2872, %v44 : f32, !llvm.ptr
                llvm.store %v2741, %v39 : f32, !llvm.ptr
                llvm.store %v2754, %v40 : f32, !llvm.ptr
              }
              %v2873 = arith.addi %v341, %v23 : i64
              %v2874 = arith.cmpi slt, %v2873, %v150 : i64
              %v2875 = arith.andi %v27, %v2874 : i1
              scf.if %v2875 {
                %v2876 = arith.addi %v148, %v2873 : i64
                %v2877 = llvm.load %v816 : !llvm.ptr -> f32
                %v2878 = arith.muli %v35, %v208 : i64
                %v2879 = arith.muli %v33, %v207 : i64
                %v2880 = arith.addi %v2878, %v2879 : i64
                %v2881 = arith.muli %v2876, %v2 : i64
                %v2882 = arith.addi %v2880, %v2881 : i64
                %v2883 = llvm.getelementptr %dx_u[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2877, %v2883 : f32, !llvm.ptr
                %v2884 = llvm.load %v817 : !llvm.ptr -> f32
                %v2885 = arith.muli %v35, %v208 : i64
                %v2886 = arith.muli %v33, %v207 : i64
                %v2887 = arith.addi %v2885, %v2886 : i64
                %v2888 = arith.muli %v2876, %v2 : i64
                %v2889 = arith.addi %v2887, %v2888 : i64
                %v2890 = llvm.getelementptr %dx_delta[%v2889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2884, %v2890 : f32, !llvm.ptr
                %v2891 = llvm.load %v818 : !llvm.ptr -> f32
                %v2892 = arith.muli %v35, %v208 : i64
                %v2893 = arith.muli %v33, %v207 : i64
                %v2894 = arith.addi %v2892, %v2893 : i64
                %v2895 = arith.muli %v2876, %v2 : i64
                %v2896 = arith.addi %v2894, %v2895 : i64
                %v2897 = llvm.getelementptr %dx_z[%v2896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2891, %v2897 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2903 = arith.index_cast %v13 : i64 to index
          %v2904 = arith.index_cast %v2901 : i64 to index
          %v2905 = arith.index_cast %v2902 : i64 to index
          scf.for %v2906 = %v2903 to %v2904 step %v2905 {
            %v2907 = arith.index_cast %v2906 : index to i64
            %v2908 = arith.remui %v2907, %v15 : i64
            %v2909 = arith.divui %v2907, %v15 : i64
            %v2910 = arith.muli %v330, %v323 : i64
            %v2911 = arith.divui %v2908, %v22 : i64
            %v2912 = arith.addi %v2910, %v2911 : i64
            %v2913 = arith.cmpi slt, %v2912, %v153 : i64
            %v2914 = arith.subi %v153, %v2 : i64
            %v2915 = arith.subi %v2914, %v2912 : i64
            %v2916 = arith.remui %v2908, %v22 : i64
            %v2917 = arith.subi %v100, %v2916 : i64
            %v2918 = arith.muli %v2915, %v22 : i64
            %v2919 = arith.addi %v2918, %v2917 : i64
            %v2920 = arith.cmpi slt, %v2919, %v150 : i64
            %v2921 = arith.andi %v2913, %v2920 : i1
            scf.if %v2921 {
              %v2922 = arith.addi %v148, %v2919 : i64
              %v2923 = arith.muli %v53, %v1 : i64
              %v2924 = arith.addi %v2923, %v2909 : i64
              %v2925 = arith.muli %v2924, %v1021 : i64
              %v2926 = arith.addi %v2925, %v2908 : i64
              %v2927 = llvm.getelementptr %v48[%v2926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2928 = llvm.load %v2927 : !llvm.ptr -> f32
              %v2929 = arith.muli %v2, %v1 : i64
              %v2930 = arith.addi %v2929, %v2909 : i64
              %v2931 = arith.muli %v2930, %v1021 : i64
              %v2932 = arith.addi %v2931, %v2908 : i64
              %v2933 = llvm.getelementptr %v48[%v2932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2934 = llvm.load %v2933 : !llvm.ptr -> f32
              %v2935 = arith.addf %v2928, %v2934 fastmath<contract> : f32
              %v2936 = arith.muli %v531, %v1 : i64
              %v2937 = arith.addi %v2936, %v2909 : i64
              %v2938 = arith.muli %v2937, %v1021 : i64
              %v2939 = arith.addi %v2938, %v2908 : i64
              %v2940 = llvm.getelementptr %v48[%v2939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2941 = llvm.load %v2940 : !llvm.ptr -> f32
              %v2942 = arith.addf %v2935, %v2941 fastmath<contract> : f32
              %v2943 = arith.muli %v322, %v1 : i64
              %v2944 = arith.addi %v2943, %v2909 : i64
              %v2945 = arith.muli %v2944, %v1021 : i64
              %v2946 = arith.addi %v2945, %v2908 : i64
              %v2947 = llvm.getelementptr %v48[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2948 = llvm.load %v2947 : !llvm.ptr -> f32
              %v2949 = arith.addf %v2942, %v2948 fastmath<contract> : f32
              %v2950 = arith.muli %v323, %v1 : i64
              %v2951 = arith.addi %v2950, %v2909 : i64
              %v2952 = arith.muli %v2951, %v1021 : i64
              %v2953 = arith.addi %v2952, %v2908 : i64
              %v2954 = llvm.getelementptr %v48[%v2953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2955 = llvm.load %v2954 : !llvm.ptr -> f32
              %v2956 = arith.addf %v2949, %v2955 fastmath<contract> : f32
              %v2957 = arith.muli %v673, %v1 : i64
              %v2958 = arith.addi %v2957, %v2909 : i64
              %v2959 = arith.muli %v2958, %v1021 : i64
              %v2960 = arith.addi %v2959, %v2908 : i64
              %v2961 = llvm.getelementptr %v48[%v2960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2962 = llvm.load %v2961 : !llvm.ptr -> f32
              %v2963 = arith.addf %v2956, %v2962 fastmath<contract> : f32
              %v2964 = arith.muli %v721, %v1 : i64
              %v2965 = arith.addi %v2964, %v2909 : i64
              %v2966 = arith.muli %v2965, %v1021 : i64
              %v2967 = arith.addi %v2966, %v2908 : i64
              %v2968 = llvm.getelementptr %v48[%v2967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2969 = llvm.load %v2968 : !llvm.ptr -> f32
              %v2970 = arith.addf %v2963, %v2969 fastmath<contract> : f32
              %v2971 = arith.muli %v100, %v1 : i64
              %v2972 = arith.addi %v2971, %v2909 : i64
              %v2973 = arith.muli %v2972, %v1021 : i64
              %v2974 = arith.addi %v2973, %v2908 : i64
              %v2975 = llvm.getelementptr %v48[%v2974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2976 = llvm.load %v2975 : !llvm.ptr -> f32
              %v2977 = arith.addf %v2970, %v2976 fastmath<contract> : f32
              %v2978 = arith.remui %v2909, %v1 : i64
              %v2979 = arith.divui %v2909, %v1 : i64
              %v2980 = arith.muli %v35, %v287 : i64
              %v2981 = arith.muli %v2978, %v286 : i64
              %v2982 = arith.addi %v2980, %v2981 : i64
              %v2983 = arith.muli %v2922, %v2 : i64
              %v2984 = arith.addi %v2982, %v2983 : i64
              %v2985 = arith.muli %v21, %v2900 : i64
              %v2986 = arith.addi %v2985, %v2984 : i64
              %v2987 = llvm.getelementptr %part_Bm[%v2986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2977, %v2987 : f32, !llvm.ptr
            }
          }
          %v2991 = arith.index_cast %v13 : i64 to index
          %v2992 = arith.index_cast %v2901 : i64 to index
          %v2993 = arith.index_cast %v2902 : i64 to index
          scf.for %v2994 = %v2991 to %v2992 step %v2993 {
            %v2995 = arith.index_cast %v2994 : index to i64
            %v2996 = arith.remui %v2995, %v15 : i64
            %v2997 = arith.divui %v2995, %v15 : i64
            %v2998 = arith.muli %v330, %v323 : i64
            %v2999 = arith.divui %v2996, %v22 : i64
            %v3000 = arith.addi %v2998, %v2999 : i64
            %v3001 = arith.cmpi slt, %v3000, %v153 : i64
            %v3002 = arith.subi %v153, %v2 : i64
            %v3003 = arith.subi %v3002, %v3000 : i64
            %v3004 = arith.remui %v2996, %v22 : i64
            %v3005 = arith.subi %v100, %v3004 : i64
            %v3006 = arith.muli %v3003, %v22 : i64
            %v3007 = arith.addi %v3006, %v3005 : i64
            %v3008 = arith.cmpi slt, %v3007, %v150 : i64
            %v3009 = arith.andi %v3001, %v3008 : i1
            scf.if %v3009 {
              %v3010 = arith.addi %v148, %v3007 : i64
              %v3011 = arith.muli %v53, %v1 : i64
              %v3012 = arith.addi %v3011, %v2997 : i64
              %v3013 = arith.muli %v3012, %v1021 : i64
              %v3014 = arith.addi %v3013, %v2996 : i64
              %v3015 = llvm.getelementptr %v50[%v3014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3016 = llvm.load %v3015 : !llvm.ptr -> f32
              %v3017 = arith.muli %v2, %v1 : i64
              %v3018 = arith.addi %v3017, %v2997 : i64
              %v3019 = arith.muli %v3018, %v1021 : i64
              %v3020 = arith.addi %v3019, %v2996 : i64
              %v3021 = llvm.getelementptr %v50[%v3020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3022 = llvm.load %v3021 : !llvm.ptr -> f32
              %v3023 = arith.addf %v3016, %v3022 fastmath<contract> : f32
              %v3024 = arith.muli %v531, %v1 : i64
              %v3025 = arith.addi %v3024, %v2997 : i64
              %v3026 = arith.muli %v3025, %v1021 : i64
              %v3027 = arith.addi %v3026, %v2996 : i64
              %v3028 = llvm.getelementptr %v50[%v3027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3029 = llvm.load %v3028 : !llvm.ptr -> f32
              %v3030 = arith.addf %v3023, %v3029 fastmath<contract> : f32
              %v3031 = arith.muli %v322, %v1 : i64
              %v3032 = arith.addi %v3031, %v2997 : i64
              %v3033 = arith.muli %v3032, %v1021 : i64
              %v3034 = arith.addi %v3033, %v2996 : i64
              %v3035 = llvm.getelementptr %v50[%v3034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3036 = llvm.load %v3035 : !llvm.ptr -> f32
              %v3037 = arith.addf %v3030, %v3036 fastmath<contract> : f32
              %v3038 = arith.muli %v323, %v1 : i64
              %v3039 = arith.addi %v3038, %v2997 : i64
              %v3040 = arith.muli %v3039, %v1021 : i64
              %v3041 = arith.addi %v3040, %v2996 : i64
              %v3042 = llvm.getelementptr %v50[%v3041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3043 = llvm.load %v3042 : !llvm.ptr -> f32
              %v3044 = arith.addf %v3037, %v3043 fastmath<contract> : f32
              %v3045 = arith.muli %v673, %v1 : i64
              %v3046 = arith.addi %v3045, %v2997 : i64
              %v3047 = arith.muli %v3046, %v1021 : i64
              %v3048 = arith.addi %v3047, %v2996 : i64
              %v3049 = llvm.getelementptr %v50[%v3048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3050 = llvm.load %v3049 : !llvm.ptr -> f32
              %v3051 = arith.addf %v3044, %v3050 fastmath<contract> : f32
              %v3052 = arith.muli %v721, %v1 : i64
              %v3053 = arith.addi %v3052, %v2997 : i64
              %v3054 = arith.muli %v3053, %v1021 : i64
              %v3055 = arith.addi %v3054, %v2996 : i64
              %v3056 = llvm.getelementptr %v50[%v3055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3057 = llvm.load %v3056 : !llvm.ptr -> f32
              %v3058 = arith.addf %v3051, %v3057 fastmath<contract> : f32
              %v3059 = arith.muli %v100, %v1 : i64
              %v3060 = arith.addi %v3059, %v2997 : i64
              %v3061 = arith.muli %v3060, %v1021 : i64
              %v3062 = arith.addi %v3061, %v2996 : i64
              %v3063 = llvm.getelementptr %v50[%v3062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3064 = llvm.load %v3063 : !llvm.ptr -> f32
              %v3065 = arith.addf %v3058, %v3064 fastmath<contract> : f32
              %v3066 = arith.remui %v2997, %v1 : i64
              %v3067 = arith.divui %v2997, %v1 : i64
              %v3068 = arith.muli %v35, %v287 : i64
              %v3069 = arith.muli %v3066, %v286 : i64
              %v3070 = arith.addi %v3068, %v3069 : i64
              %v3071 = arith.muli %v3010, %v2 : i64
              %v3072 = arith.addi %v3070, %v3071 : i64
              %v3073 = arith.muli %v21, %v2990 : i64
              %v3074 = arith.addi %v3073, %v3072 : i64
              %v3075 = llvm.getelementptr %part_Cm[%v3074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3065, %v3075 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3076 = arith.constant true
      scf.if %v3076 {
        %v3077 = llvm.load %v37 : !llvm.ptr -> f32
        %v3078 = llvm.load %v39 : !llvm.ptr -> f32
        %v3079 = arith.mulf %v3078, %v3077 fastmath<contract> : f32
        %v3080 = llvm.load %v45 : !llvm.ptr -> f32
        %v3081 = arith.addf %v3080, %v3079 fastmath<contract> : f32
        llvm.store %v3081, %v45 : f32, !llvm.ptr
        %v3082 = llvm.load %v38 : !llvm.ptr -> f32
        %v3083 = llvm.load %v40 : !llvm.ptr -> f32
        %v3084 = arith.mulf %v3083, %v3082 fastmath<contract> : f32
        %v3085 = llvm.load %v46 : !llvm.ptr -> f32
        %v3086 = arith.addf %v3085, %v3084 fastmath<contract> : f32
        llvm.store %v3086, %v46 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v3087 = llvm.load %v41 : !llvm.ptr -> f32
        %v3088 = arith.addi %v53, %v23 : i64
        %v3089 = arith.muli %v29, %v1 : i64
        %v3090 = arith.addi %v3089, %v3088 : i64
        %v3091 = llvm.getelementptr %part_A[%v3090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3087, %v3091 : f32, !llvm.ptr
        %v3092 = llvm.load %v42 : !llvm.ptr -> f32
        %v3093 = arith.addi %v22, %v23 : i64
        %v3094 = arith.muli %v29, %v1 : i64
        %v3095 = arith.addi %v3094, %v3093 : i64
        %v3096 = llvm.getelementptr %part_A[%v3095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3092, %v3096 : f32, !llvm.ptr
      }
      %v3097 = arith.cmpi eq, %v23, %v53 : i64
      %v3098 = arith.andi %v27, %v3097 : i1
      scf.if %v3098 {
        %v3099 = llvm.load %v43 : !llvm.ptr -> f32
        %v3100 = arith.muli %v29, %v2 : i64
        %v3101 = arith.addi %v3100, %v53 : i64
        %v3102 = llvm.getelementptr %part_Dskip[%v3101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3099, %v3102 : f32, !llvm.ptr
      }
      %v3103 = arith.cmpi eq, %v23, %v53 : i64
      %v3104 = arith.andi %v27, %v3103 : i1
      scf.if %v3104 {
        %v3105 = llvm.load %v44 : !llvm.ptr -> f32
        %v3106 = arith.muli %v29, %v2 : i64
        %v3107 = arith.addi %v3106, %v53 : i64
        %v3108 = llvm.getelementptr %part_dt_bias[%v3107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3105, %v3108 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v3109 = llvm.load %v45 : !llvm.ptr -> f32
        %v3110 = arith.muli %v35, %v56 : i64
        %v3111 = arith.muli %v33, %v55 : i64
        %v3112 = arith.addi %v3110, %v3111 : i64
        %v3113 = arith.muli %v23, %v2 : i64
        %v3114 = arith.addi %v3112, %v3113 : i64
        %v3115 = llvm.getelementptr %dx_h0[%v3114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3109, %v3115 : f32, !llvm.ptr
        %v3116 = llvm.load %v46 : !llvm.ptr -> f32
        %v3117 = arith.muli %v35, %v56 : i64
        %v3118 = arith.muli %v33, %v55 : i64
        %v3119 = arith.addi %v3117, %v3118 : i64
        %v3120 = arith.constant 8 : i64
        %v3121 = arith.addi %v3120, %v23 : i64
        %v3122 = arith.muli %v3121, %v2 : i64
        %v3123 = arith.addi %v3119, %v3122 : i64
        %v3124 = llvm.getelementptr %dx_h0[%v3123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3116, %v3124 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
