module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v207 = arith.muli %v2, %size_D : i64
      %v208 = arith.muli %v207, %size_L : i64
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
      %v286 = arith.muli %v2, %v1 : i64
      %v287 = arith.muli %v286, %size_L : i64
      %v322 = arith.constant 3 : i64
      %v323 = arith.constant 4 : i64
      %v531 = arith.constant 2 : i64
      %v673 = arith.constant 5 : i64
      %v721 = arith.constant 6 : i64
      %v911 = arith.constant 1 : i32
      %v915 = arith.constant 2 : i32
      %v919 = arith.constant 4 : i32
      %v1019 = arith.constant 8 : i32
      %v1023 = arith.constant 16 : i32
      %v2989 = arith.muli %v2, %size_B : i64
      %v2990 = arith.muli %v2989, %size_L : i64
      %v2991 = arith.muli %v2990, %v1 : i64
      %v2992 = arith.constant 512 : i64
      %v2993 = arith.constant 256 : i64
      %v3031 = arith.constant 96 : i64
      %v3038 = arith.constant 128 : i64
      %v3045 = arith.constant 160 : i64
      %v3052 = arith.constant 192 : i64
      %v3059 = arith.constant 224 : i64
      %v3076 = arith.muli %v2, %size_B : i64
      %v3077 = arith.muli %v3076, %size_L : i64
      %v3078 = arith.muli %v3077, %v1 : i64
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
          %v210 = arith.muli %v206, %v207 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.muli %v33, %v2 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = llvm.getelementptr %in_delta[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.muli %v33, %v2 : i64
          %v217 = llvm.getelementptr %in_dt_bias[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.addf %v215, %v218 : f32
          %v220 = arith.maximumf %v219, %v51 : f32
          %v221 = llvm.call_intrinsic "llvm.fabs.f32"(%v219) : (f32) -> f32
          %v222 = arith.negf %v221 : f32
          %v224 = arith.mulf %v222, %v223 : f32
          %v225 = llvm.call_intrinsic "llvm.exp2.f32"(%v224) : (f32) -> f32
          %v226 = arith.addf %v52, %v225 : f32
          %v227 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v226) : (f32) -> f32
          %v229 = arith.mulf %v227, %v228 : f32
          %v231 = arith.mulf %v230, %v225 : f32
          %v233 = arith.addf %v231, %v232 : f32
          %v234 = arith.mulf %v233, %v225 : f32
          %v236 = arith.addf %v234, %v235 : f32
          %v237 = arith.mulf %v236, %v225 : f32
          %v239 = arith.addf %v237, %v238 : f32
          %v240 = arith.mulf %v239, %v225 : f32
          %v242 = arith.addf %v240, %v241 : f32
          %v243 = arith.mulf %v242, %v225 : f32
          %v245 = arith.addf %v243, %v244 : f32
          %v246 = arith.mulf %v245, %v225 : f32
          %v247 = arith.addf %v246, %v52 : f32
          %v248 = arith.mulf %v247, %v225 : f32
          %v249 = llvm.call_intrinsic "llvm.fabs.f32"(%v225) : (f32) -> f32
          %v251 = arith.cmpf olt, %v249, %v250 : f32
          %v252 = arith.select %v251, %v248, %v229 : f32
          %v253 = arith.addf %v220, %v252 : f32
          %v254 = arith.muli %v35, %v208 : i64
          %v255 = arith.muli %v206, %v207 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = arith.muli %v33, %v2 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = llvm.getelementptr %in_u[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.mulf %v253, %v260 : f32
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
              %v283 = arith.mulf %v270, %v282 : f32
              %v284 = arith.mulf %v283, %v223 : f32
              %v285 = llvm.call_intrinsic "llvm.exp2.f32"(%v284) : (f32) -> f32
              %v288 = arith.muli %v35, %v287 : i64
              %v289 = arith.muli %v276, %v286 : i64
              %v290 = arith.addi %v288, %v289 : i64
              %v291 = arith.muli %v23, %v2 : i64
              %v292 = arith.addi %v290, %v291 : i64
              %v293 = llvm.getelementptr %in_Bm[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v294 = llvm.load %v293 : !llvm.ptr -> f32
              %v295 = arith.mulf %v294, %v272 : f32
              %v296 = llvm.load %v7 : !llvm.ptr -> f32
              %v297 = arith.mulf %v285, %v296 : f32
              %v298 = arith.addf %v297, %v295 : f32
              llvm.store %v298, %v7 : f32, !llvm.ptr
              %v299 = arith.muli %v33, %v277 : i64
              %v300 = arith.constant 8 : i64
              %v301 = arith.addi %v300, %v23 : i64
              %v302 = arith.muli %v301, %v2 : i64
              %v303 = arith.addi %v299, %v302 : i64
              %v304 = llvm.getelementptr %in_A[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v305 = llvm.load %v304 : !llvm.ptr -> f32
              %v306 = arith.mulf %v270, %v305 : f32
              %v307 = arith.mulf %v306, %v223 : f32
              %v308 = llvm.call_intrinsic "llvm.exp2.f32"(%v307) : (f32) -> f32
              %v309 = arith.muli %v35, %v287 : i64
              %v310 = arith.muli %v276, %v286 : i64
              %v311 = arith.addi %v309, %v310 : i64
              %v312 = arith.constant 8 : i64
              %v313 = arith.addi %v312, %v23 : i64
              %v314 = arith.muli %v313, %v2 : i64
              %v315 = arith.addi %v311, %v314 : i64
              %v316 = llvm.getelementptr %in_Bm[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v317 = llvm.load %v316 : !llvm.ptr -> f32
              %v318 = arith.mulf %v317, %v272 : f32
              %v319 = llvm.load %v8 : !llvm.ptr -> f32
              %v320 = arith.mulf %v308, %v319 : f32
              %v321 = arith.addf %v320, %v318 : f32
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
              %v367 = arith.muli %v365, %v207 : i64
              %v368 = arith.addi %v366, %v367 : i64
              %v369 = arith.muli %v33, %v2 : i64
              %v370 = arith.addi %v368, %v369 : i64
              %v371 = llvm.getelementptr %in_delta[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v372 = llvm.load %v371 : !llvm.ptr -> f32
              %v373 = arith.muli %v33, %v2 : i64
              %v374 = llvm.getelementptr %in_dt_bias[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v375 = llvm.load %v374 : !llvm.ptr -> f32
              %v376 = arith.addf %v372, %v375 : f32
              %v377 = arith.maximumf %v376, %v51 : f32
              %v378 = llvm.call_intrinsic "llvm.fabs.f32"(%v376) : (f32) -> f32
              %v379 = arith.negf %v378 : f32
              %v380 = arith.mulf %v379, %v223 : f32
              %v381 = llvm.call_intrinsic "llvm.exp2.f32"(%v380) : (f32) -> f32
              %v382 = arith.addf %v52, %v381 : f32
              %v383 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v382) : (f32) -> f32
              %v384 = arith.mulf %v383, %v228 : f32
              %v385 = arith.mulf %v230, %v381 : f32
              %v386 = arith.addf %v385, %v232 : f32
              %v387 = arith.mulf %v386, %v381 : f32
              %v388 = arith.addf %v387, %v235 : f32
              %v389 = arith.mulf %v388, %v381 : f32
              %v390 = arith.addf %v389, %v238 : f32
              %v391 = arith.mulf %v390, %v381 : f32
              %v392 = arith.addf %v391, %v241 : f32
              %v393 = arith.mulf %v392, %v381 : f32
              %v394 = arith.addf %v393, %v244 : f32
              %v395 = arith.mulf %v394, %v381 : f32
              %v396 = arith.addf %v395, %v52 : f32
              %v397 = arith.mulf %v396, %v381 : f32
              %v398 = llvm.call_intrinsic "llvm.fabs.f32"(%v381) : (f32) -> f32
              %v399 = arith.cmpf olt, %v398, %v250 : f32
              %v400 = arith.select %v399, %v397, %v384 : f32
              %v401 = arith.addf %v377, %v400 : f32
              %v402 = arith.muli %v35, %v208 : i64
              %v403 = arith.muli %v365, %v207 : i64
              %v404 = arith.addi %v402, %v403 : i64
              %v405 = arith.muli %v33, %v2 : i64
              %v406 = arith.addi %v404, %v405 : i64
              %v407 = llvm.getelementptr %in_u[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v408 = llvm.load %v407 : !llvm.ptr -> f32
              %v409 = arith.mulf %v401, %v408 : f32
              %v410 = arith.muli %v35, %v208 : i64
              %v411 = arith.muli %v365, %v207 : i64
              %v412 = arith.addi %v410, %v411 : i64
              %v413 = arith.muli %v33, %v2 : i64
              %v414 = arith.addi %v412, %v413 : i64
              %v415 = llvm.getelementptr %in_z[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v416 = llvm.load %v415 : !llvm.ptr -> f32
              %v417 = arith.negf %v416 : f32
              %v418 = arith.mulf %v417, %v223 : f32
              %v419 = llvm.call_intrinsic "llvm.exp2.f32"(%v418) : (f32) -> f32
              %v420 = arith.addf %v52, %v419 : f32
              %v421 = arith.divf %v52, %v420 : f32
              %v422 = arith.mulf %v416, %v421 : f32
              %v423 = arith.negf %v416 : f32
              %v424 = arith.mulf %v423, %v223 : f32
              %v425 = llvm.call_intrinsic "llvm.exp2.f32"(%v424) : (f32) -> f32
              %v426 = arith.addf %v52, %v425 : f32
              %v427 = arith.divf %v52, %v426 : f32
              %v428 = arith.subf %v52, %v427 : f32
              %v429 = arith.mulf %v416, %v428 : f32
              %v430 = arith.addf %v52, %v429 : f32
              %v431 = arith.mulf %v427, %v430 : f32
              %v432 = arith.negf %v376 : f32
              %v433 = arith.mulf %v432, %v223 : f32
              %v434 = llvm.call_intrinsic "llvm.exp2.f32"(%v433) : (f32) -> f32
              %v435 = arith.addf %v52, %v434 : f32
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
              %v449 = arith.mulf %v440, %v448 : f32
              %v450 = arith.mulf %v449, %v223 : f32
              %v451 = llvm.call_intrinsic "llvm.exp2.f32"(%v450) : (f32) -> f32
              %v452 = arith.muli %v35, %v287 : i64
              %v453 = arith.muli %v439, %v286 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.muli %v23, %v2 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = llvm.getelementptr %in_Bm[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.mulf %v458, %v442 : f32
              %v460 = arith.mulf %v451, %v353 : f32
              %v461 = arith.addf %v460, %v459 : f32
              %v462 = arith.muli %v33, %v277 : i64
              %v463 = arith.constant 8 : i64
              %v464 = arith.addi %v463, %v23 : i64
              %v465 = arith.muli %v464, %v2 : i64
              %v466 = arith.addi %v462, %v465 : i64
              %v467 = llvm.getelementptr %in_A[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v468 = llvm.load %v467 : !llvm.ptr -> f32
              %v469 = arith.mulf %v440, %v468 : f32
              %v470 = arith.mulf %v469, %v223 : f32
              %v471 = llvm.call_intrinsic "llvm.exp2.f32"(%v470) : (f32) -> f32
              %v472 = arith.muli %v35, %v287 : i64
              %v473 = arith.muli %v439, %v286 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = arith.constant 8 : i64
              %v476 = arith.addi %v475, %v23 : i64
              %v477 = arith.muli %v476, %v2 : i64
              %v478 = arith.addi %v474, %v477 : i64
              %v479 = llvm.getelementptr %in_Bm[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v480 = llvm.load %v479 : !llvm.ptr -> f32
              %v481 = arith.mulf %v480, %v442 : f32
              %v482 = arith.mulf %v471, %v362 : f32
              %v483 = arith.addf %v482, %v481 : f32
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
              %v496 = arith.mulf %v487, %v495 : f32
              %v497 = arith.mulf %v496, %v223 : f32
              %v498 = llvm.call_intrinsic "llvm.exp2.f32"(%v497) : (f32) -> f32
              %v499 = arith.muli %v35, %v287 : i64
              %v500 = arith.muli %v486, %v286 : i64
              %v501 = arith.addi %v499, %v500 : i64
              %v502 = arith.muli %v23, %v2 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = llvm.getelementptr %in_Bm[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v505 = llvm.load %v504 : !llvm.ptr -> f32
              %v506 = arith.mulf %v505, %v489 : f32
              %v507 = arith.mulf %v498, %v461 : f32
              %v508 = arith.addf %v507, %v506 : f32
              %v509 = arith.muli %v33, %v277 : i64
              %v510 = arith.constant 8 : i64
              %v511 = arith.addi %v510, %v23 : i64
              %v512 = arith.muli %v511, %v2 : i64
              %v513 = arith.addi %v509, %v512 : i64
              %v514 = llvm.getelementptr %in_A[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v515 = llvm.load %v514 : !llvm.ptr -> f32
              %v516 = arith.mulf %v487, %v515 : f32
              %v517 = arith.mulf %v516, %v223 : f32
              %v518 = llvm.call_intrinsic "llvm.exp2.f32"(%v517) : (f32) -> f32
              %v519 = arith.muli %v35, %v287 : i64
              %v520 = arith.muli %v486, %v286 : i64
              %v521 = arith.addi %v519, %v520 : i64
              %v522 = arith.constant 8 : i64
              %v523 = arith.addi %v522, %v23 : i64
              %v524 = arith.muli %v523, %v2 : i64
              %v525 = arith.addi %v521, %v524 : i64
              %v526 = llvm.getelementptr %in_Bm[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v527 = llvm.load %v526 : !llvm.ptr -> f32
              %v528 = arith.mulf %v527, %v489 : f32
              %v529 = arith.mulf %v518, %v483 : f32
              %v530 = arith.addf %v529, %v528 : f32
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
              %v544 = arith.mulf %v535, %v543 : f32
              %v545 = arith.mulf %v544, %v223 : f32
              %v546 = llvm.call_intrinsic "llvm.exp2.f32"(%v545) : (f32) -> f32
              %v547 = arith.muli %v35, %v287 : i64
              %v548 = arith.muli %v534, %v286 : i64
              %v549 = arith.addi %v547, %v548 : i64
              %v550 = arith.muli %v23, %v2 : i64
              %v551 = arith.addi %v549, %v550 : i64
              %v552 = llvm.getelementptr %in_Bm[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v553 = llvm.load %v552 : !llvm.ptr -> f32
              %v554 = arith.mulf %v553, %v537 : f32
              %v555 = arith.mulf %v546, %v508 : f32
              %v556 = arith.addf %v555, %v554 : f32
              %v557 = arith.muli %v33, %v277 : i64
              %v558 = arith.constant 8 : i64
              %v559 = arith.addi %v558, %v23 : i64
              %v560 = arith.muli %v559, %v2 : i64
              %v561 = arith.addi %v557, %v560 : i64
              %v562 = llvm.getelementptr %in_A[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v563 = llvm.load %v562 : !llvm.ptr -> f32
              %v564 = arith.mulf %v535, %v563 : f32
              %v565 = arith.mulf %v564, %v223 : f32
              %v566 = llvm.call_intrinsic "llvm.exp2.f32"(%v565) : (f32) -> f32
              %v567 = arith.muli %v35, %v287 : i64
              %v568 = arith.muli %v534, %v286 : i64
              %v569 = arith.addi %v567, %v568 : i64
              %v570 = arith.constant 8 : i64
              %v571 = arith.addi %v570, %v23 : i64
              %v572 = arith.muli %v571, %v2 : i64
              %v573 = arith.addi %v569, %v572 : i64
              %v574 = llvm.getelementptr %in_Bm[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v575 = llvm.load %v574 : !llvm.ptr -> f32
              %v576 = arith.mulf %v575, %v537 : f32
              %v577 = arith.mulf %v566, %v530 : f32
              %v578 = arith.addf %v577, %v576 : f32
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
              %v591 = arith.mulf %v582, %v590 : f32
              %v592 = arith.mulf %v591, %v223 : f32
              %v593 = llvm.call_intrinsic "llvm.exp2.f32"(%v592) : (f32) -> f32
              %v594 = arith.muli %v35, %v287 : i64
              %v595 = arith.muli %v581, %v286 : i64
              %v596 = arith.addi %v594, %v595 : i64
              %v597 = arith.muli %v23, %v2 : i64
              %v598 = arith.addi %v596, %v597 : i64
              %v599 = llvm.getelementptr %in_Bm[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v600 = llvm.load %v599 : !llvm.ptr -> f32
              %v601 = arith.mulf %v600, %v584 : f32
              %v602 = arith.mulf %v593, %v556 : f32
              %v603 = arith.addf %v602, %v601 : f32
              %v604 = arith.muli %v33, %v277 : i64
              %v605 = arith.constant 8 : i64
              %v606 = arith.addi %v605, %v23 : i64
              %v607 = arith.muli %v606, %v2 : i64
              %v608 = arith.addi %v604, %v607 : i64
              %v609 = llvm.getelementptr %in_A[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v610 = llvm.load %v609 : !llvm.ptr -> f32
              %v611 = arith.mulf %v582, %v610 : f32
              %v612 = arith.mulf %v611, %v223 : f32
              %v613 = llvm.call_intrinsic "llvm.exp2.f32"(%v612) : (f32) -> f32
              %v614 = arith.muli %v35, %v287 : i64
              %v615 = arith.muli %v581, %v286 : i64
              %v616 = arith.addi %v614, %v615 : i64
              %v617 = arith.constant 8 : i64
              %v618 = arith.addi %v617, %v23 : i64
              %v619 = arith.muli %v618, %v2 : i64
              %v620 = arith.addi %v616, %v619 : i64
              %v621 = llvm.getelementptr %in_Bm[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v622 = llvm.load %v621 : !llvm.ptr -> f32
              %v623 = arith.mulf %v622, %v584 : f32
              %v624 = arith.mulf %v613, %v578 : f32
              %v625 = arith.addf %v624, %v623 : f32
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
              %v638 = arith.mulf %v629, %v637 : f32
              %v639 = arith.mulf %v638, %v223 : f32
              %v640 = llvm.call_intrinsic "llvm.exp2.f32"(%v639) : (f32) -> f32
              %v641 = arith.muli %v35, %v287 : i64
              %v642 = arith.muli %v628, %v286 : i64
              %v643 = arith.addi %v641, %v642 : i64
              %v644 = arith.muli %v23, %v2 : i64
              %v645 = arith.addi %v643, %v644 : i64
              %v646 = llvm.getelementptr %in_Bm[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v647 = llvm.load %v646 : !llvm.ptr -> f32
              %v648 = arith.mulf %v647, %v631 : f32
              %v649 = arith.mulf %v640, %v603 : f32
              %v650 = arith.addf %v649, %v648 : f32
              %v651 = arith.muli %v33, %v277 : i64
              %v652 = arith.constant 8 : i64
              %v653 = arith.addi %v652, %v23 : i64
              %v654 = arith.muli %v653, %v2 : i64
              %v655 = arith.addi %v651, %v654 : i64
              %v656 = llvm.getelementptr %in_A[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v657 = llvm.load %v656 : !llvm.ptr -> f32
              %v658 = arith.mulf %v629, %v657 : f32
              %v659 = arith.mulf %v658, %v223 : f32
              %v660 = llvm.call_intrinsic "llvm.exp2.f32"(%v659) : (f32) -> f32
              %v661 = arith.muli %v35, %v287 : i64
              %v662 = arith.muli %v628, %v286 : i64
              %v663 = arith.addi %v661, %v662 : i64
              %v664 = arith.constant 8 : i64
              %v665 = arith.addi %v664, %v23 : i64
              %v666 = arith.muli %v665, %v2 : i64
              %v667 = arith.addi %v663, %v666 : i64
              %v668 = llvm.getelementptr %in_Bm[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v669 = llvm.load %v668 : !llvm.ptr -> f32
              %v670 = arith.mulf %v669, %v631 : f32
              %v671 = arith.mulf %v660, %v625 : f32
              %v672 = arith.addf %v671, %v670 : f32
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
              %v686 = arith.mulf %v677, %v685 : f32
              %v687 = arith.mulf %v686, %v223 : f32
              %v688 = llvm.call_intrinsic "llvm.exp2.f32"(%v687) : (f32) -> f32
              %v689 = arith.muli %v35, %v287 : i64
              %v690 = arith.muli %v676, %v286 : i64
              %v691 = arith.addi %v689, %v690 : i64
              %v692 = arith.muli %v23, %v2 : i64
              %v693 = arith.addi %v691, %v692 : i64
              %v694 = llvm.getelementptr %in_Bm[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v695 = llvm.load %v694 : !llvm.ptr -> f32
              %v696 = arith.mulf %v695, %v679 : f32
              %v697 = arith.mulf %v688, %v650 : f32
              %v698 = arith.addf %v697, %v696 : f32
              %v699 = arith.muli %v33, %v277 : i64
              %v700 = arith.constant 8 : i64
              %v701 = arith.addi %v700, %v23 : i64
              %v702 = arith.muli %v701, %v2 : i64
              %v703 = arith.addi %v699, %v702 : i64
              %v704 = llvm.getelementptr %in_A[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v705 = llvm.load %v704 : !llvm.ptr -> f32
              %v706 = arith.mulf %v677, %v705 : f32
              %v707 = arith.mulf %v706, %v223 : f32
              %v708 = llvm.call_intrinsic "llvm.exp2.f32"(%v707) : (f32) -> f32
              %v709 = arith.muli %v35, %v287 : i64
              %v710 = arith.muli %v676, %v286 : i64
              %v711 = arith.addi %v709, %v710 : i64
              %v712 = arith.constant 8 : i64
              %v713 = arith.addi %v712, %v23 : i64
              %v714 = arith.muli %v713, %v2 : i64
              %v715 = arith.addi %v711, %v714 : i64
              %v716 = llvm.getelementptr %in_Bm[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v717 = llvm.load %v716 : !llvm.ptr -> f32
              %v718 = arith.mulf %v717, %v679 : f32
              %v719 = arith.mulf %v708, %v672 : f32
              %v720 = arith.addf %v719, %v718 : f32
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
              %v734 = arith.mulf %v725, %v733 : f32
              %v735 = arith.mulf %v734, %v223 : f32
              %v736 = llvm.call_intrinsic "llvm.exp2.f32"(%v735) : (f32) -> f32
              %v737 = arith.muli %v35, %v287 : i64
              %v738 = arith.muli %v724, %v286 : i64
              %v739 = arith.addi %v737, %v738 : i64
              %v740 = arith.muli %v23, %v2 : i64
              %v741 = arith.addi %v739, %v740 : i64
              %v742 = llvm.getelementptr %in_Bm[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v743 = llvm.load %v742 : !llvm.ptr -> f32
              %v744 = arith.mulf %v743, %v727 : f32
              %v745 = arith.mulf %v736, %v698 : f32
              %v746 = arith.addf %v745, %v744 : f32
              %v747 = arith.muli %v33, %v277 : i64
              %v748 = arith.constant 8 : i64
              %v749 = arith.addi %v748, %v23 : i64
              %v750 = arith.muli %v749, %v2 : i64
              %v751 = arith.addi %v747, %v750 : i64
              %v752 = llvm.getelementptr %in_A[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v753 = llvm.load %v752 : !llvm.ptr -> f32
              %v754 = arith.mulf %v725, %v753 : f32
              %v755 = arith.mulf %v754, %v223 : f32
              %v756 = llvm.call_intrinsic "llvm.exp2.f32"(%v755) : (f32) -> f32
              %v757 = arith.muli %v35, %v287 : i64
              %v758 = arith.muli %v724, %v286 : i64
              %v759 = arith.addi %v757, %v758 : i64
              %v760 = arith.constant 8 : i64
              %v761 = arith.addi %v760, %v23 : i64
              %v762 = arith.muli %v761, %v2 : i64
              %v763 = arith.addi %v759, %v762 : i64
              %v764 = llvm.getelementptr %in_Bm[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v765 = llvm.load %v764 : !llvm.ptr -> f32
              %v766 = arith.mulf %v765, %v727 : f32
              %v767 = arith.mulf %v756, %v720 : f32
              %v768 = arith.addf %v767, %v766 : f32
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
              %v781 = arith.mulf %v772, %v780 : f32
              %v782 = arith.mulf %v781, %v223 : f32
              %v783 = llvm.call_intrinsic "llvm.exp2.f32"(%v782) : (f32) -> f32
              %v784 = arith.muli %v35, %v287 : i64
              %v785 = arith.muli %v771, %v286 : i64
              %v786 = arith.addi %v784, %v785 : i64
              %v787 = arith.muli %v23, %v2 : i64
              %v788 = arith.addi %v786, %v787 : i64
              %v789 = llvm.getelementptr %in_Bm[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v790 = llvm.load %v789 : !llvm.ptr -> f32
              %v791 = arith.mulf %v790, %v774 : f32
              %v792 = arith.mulf %v783, %v746 : f32
              %v793 = arith.addf %v792, %v791 : f32
              %v794 = arith.muli %v33, %v277 : i64
              %v795 = arith.constant 8 : i64
              %v796 = arith.addi %v795, %v23 : i64
              %v797 = arith.muli %v796, %v2 : i64
              %v798 = arith.addi %v794, %v797 : i64
              %v799 = llvm.getelementptr %in_A[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v800 = llvm.load %v799 : !llvm.ptr -> f32
              %v801 = arith.mulf %v772, %v800 : f32
              %v802 = arith.mulf %v801, %v223 : f32
              %v803 = llvm.call_intrinsic "llvm.exp2.f32"(%v802) : (f32) -> f32
              %v804 = arith.muli %v35, %v287 : i64
              %v805 = arith.muli %v771, %v286 : i64
              %v806 = arith.addi %v804, %v805 : i64
              %v807 = arith.constant 8 : i64
              %v808 = arith.addi %v807, %v23 : i64
              %v809 = arith.muli %v808, %v2 : i64
              %v810 = arith.addi %v806, %v809 : i64
              %v811 = llvm.getelementptr %in_Bm[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v812 = llvm.load %v811 : !llvm.ptr -> f32
              %v813 = arith.mulf %v812, %v774 : f32
              %v814 = arith.mulf %v803, %v768 : f32
              %v815 = arith.addf %v814, %v813 : f32
              %v816 = arith.addi %v341, %v100 : i64
              %v817 = arith.cmpi slt, %v816, %v150 : i64
              %v818, %v819 = gpu.shuffle idx %v401, %v136, %v269 : f32
              %v820, %v821 = gpu.shuffle idx %v409, %v136, %v269 : f32
              %v822, %v823 = gpu.shuffle idx %v422, %v136, %v269 : f32
              %v824, %v825 = gpu.shuffle idx %v431, %v136, %v269 : f32
              %v826, %v827 = gpu.shuffle idx %v436, %v136, %v269 : f32
              %v828 = arith.addi %v343, %v53 : i64
              scf.if %v817 {
                %v829 = arith.addi %v148, %v816 : i64
                %v830 = arith.muli %v35, %v287 : i64
                %v831 = arith.muli %v829, %v286 : i64
                %v832 = arith.addi %v830, %v831 : i64
                %v833 = arith.muli %v23, %v2 : i64
                %v834 = arith.addi %v832, %v833 : i64
                %v835 = llvm.getelementptr %in_Cm[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v836 = llvm.load %v835 : !llvm.ptr -> f32
                %v837 = arith.muli %v35, %v208 : i64
                %v838 = arith.muli %v829, %v207 : i64
                %v839 = arith.addi %v837, %v838 : i64
                %v840 = arith.muli %v33, %v2 : i64
                %v841 = arith.addi %v839, %v840 : i64
                %v842 = llvm.getelementptr %dy_y[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v843 = llvm.load %v842 : !llvm.ptr -> f32
                %v844 = arith.mulf %v822, %v843 : f32
                %v845 = arith.mulf %v836, %v844 : f32
                %v846 = llvm.load %v37 : !llvm.ptr -> f32
                %v847 = llvm.load %v39 : !llvm.ptr -> f32
                %v848 = arith.mulf %v847, %v846 : f32
                %v849 = arith.addf %v845, %v848 : f32
                llvm.store %v849, %v37 : f32, !llvm.ptr
                %v850 = arith.muli %v35, %v287 : i64
                %v851 = arith.muli %v829, %v286 : i64
                %v852 = arith.addi %v850, %v851 : i64
                %v853 = arith.constant 8 : i64
                %v854 = arith.addi %v853, %v23 : i64
                %v855 = arith.muli %v854, %v2 : i64
                %v856 = arith.addi %v852, %v855 : i64
                %v857 = llvm.getelementptr %in_Cm[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v858 = llvm.load %v857 : !llvm.ptr -> f32
                %v859 = arith.mulf %v858, %v844 : f32
                %v860 = llvm.load %v38 : !llvm.ptr -> f32
                %v861 = llvm.load %v40 : !llvm.ptr -> f32
                %v862 = arith.mulf %v861, %v860 : f32
                %v863 = arith.addf %v859, %v862 : f32
                llvm.store %v863, %v38 : f32, !llvm.ptr
                %v864 = arith.subi %size_L, %v2 : i64
                %v865 = arith.cmpi eq, %v829, %v864 : i64
                scf.if %v865 {
                  %v866 = arith.muli %v35, %v56 : i64
                  %v867 = arith.muli %v33, %v55 : i64
                  %v868 = arith.addi %v866, %v867 : i64
                  %v869 = arith.muli %v23, %v2 : i64
                  %v870 = arith.addi %v868, %v869 : i64
                  %v871 = llvm.getelementptr %dy_h_last[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v872 = llvm.load %v871 : !llvm.ptr -> f32
                  %v873 = llvm.load %v37 : !llvm.ptr -> f32
                  %v874 = arith.addf %v873, %v872 : f32
                  llvm.store %v874, %v37 : f32, !llvm.ptr
                  %v875 = arith.muli %v35, %v56 : i64
                  %v876 = arith.muli %v33, %v55 : i64
                  %v877 = arith.addi %v875, %v876 : i64
                  %v878 = arith.constant 8 : i64
                  %v879 = arith.addi %v878, %v23 : i64
                  %v880 = arith.muli %v879, %v2 : i64
                  %v881 = arith.addi %v877, %v880 : i64
                  %v882 = llvm.getelementptr %dy_h_last[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v883 = llvm.load %v882 : !llvm.ptr -> f32
                  %v884 = llvm.load %v38 : !llvm.ptr -> f32
                  %v885 = arith.addf %v884, %v883 : f32
                  llvm.store %v885, %v38 : f32, !llvm.ptr
                }
                %v886 = arith.muli %v33, %v2 : i64
                %v887 = llvm.getelementptr %in_Dskip[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v888 = llvm.load %v887 : !llvm.ptr -> f32
                %v889 = arith.mulf %v888, %v844 : f32
                %v890 = arith.muli %v35, %v287 : i64
                %v891 = arith.muli %v829, %v286 : i64
                %v892 = arith.addi %v890, %v891 : i64
                %v893 = arith.muli %v23, %v2 : i64
                %v894 = arith.addi %v892, %v893 : i64
                %v895 = llvm.getelementptr %in_Bm[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = llvm.load %v37 : !llvm.ptr -> f32
                %v898 = arith.mulf %v896, %v897 : f32
                %v899 = arith.muli %v35, %v287 : i64
                %v900 = arith.muli %v829, %v286 : i64
                %v901 = arith.addi %v899, %v900 : i64
                %v902 = arith.constant 8 : i64
                %v903 = arith.addi %v902, %v23 : i64
                %v904 = arith.muli %v903, %v2 : i64
                %v905 = arith.addi %v901, %v904 : i64
                %v906 = llvm.getelementptr %in_Bm[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v907 = llvm.load %v906 : !llvm.ptr -> f32
                %v908 = llvm.load %v38 : !llvm.ptr -> f32
                %v909 = arith.mulf %v907, %v908 : f32
                %v910 = arith.addf %v898, %v909 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v912, %v913 = gpu.shuffle xor %v910, %v911, %v269 : f32
                %v914 = arith.addf %v910, %v912 : f32
                %v916, %v917 = gpu.shuffle xor %v914, %v915, %v269 : f32
                %v918 = arith.addf %v914, %v916 : f32
                %v920, %v921 = gpu.shuffle xor %v918, %v919, %v269 : f32
                %v922 = arith.addf %v918, %v920 : f32
                // end sum over the lanes
                %v923 = arith.mulf %v818, %v922 : f32
                %v924 = arith.addf %v889, %v923 : f32
                %v925 = arith.cmpi eq, %v23, %v53 : i64
                %v926 = arith.andi %v27, %v925 : i1
                scf.if %v926 {
                  %v927 = arith.muli %v35, %v208 : i64
                  %v928 = arith.muli %v829, %v207 : i64
                  %v929 = arith.addi %v927, %v928 : i64
                  %v930 = arith.muli %v33, %v2 : i64
                  %v931 = arith.addi %v929, %v930 : i64
                  %v932 = llvm.getelementptr %dx_u[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v924, %v932 : f32, !llvm.ptr
                }
                %v933 = arith.muli %v35, %v208 : i64
                %v934 = arith.muli %v829, %v207 : i64
                %v935 = arith.addi %v933, %v934 : i64
                %v936 = arith.muli %v33, %v2 : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = llvm.getelementptr %in_u[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v939 = llvm.load %v938 : !llvm.ptr -> f32
                %v940 = arith.mulf %v939, %v922 : f32
                %v941 = arith.muli %v33, %v277 : i64
                %v942 = arith.muli %v23, %v2 : i64
                %v943 = arith.addi %v941, %v942 : i64
                %v944 = llvm.getelementptr %in_A[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v945 = llvm.load %v944 : !llvm.ptr -> f32
                %v946 = arith.mulf %v818, %v945 : f32
                %v947 = arith.mulf %v946, %v223 : f32
                %v948 = llvm.call_intrinsic "llvm.exp2.f32"(%v947) : (f32) -> f32
                %v949 = arith.mulf %v746, %v897 : f32
                %v950 = arith.mulf %v945, %v949 : f32
                %v951 = arith.mulf %v948, %v950 : f32
                %v952 = arith.muli %v33, %v277 : i64
                %v953 = arith.constant 8 : i64
                %v954 = arith.addi %v953, %v23 : i64
                %v955 = arith.muli %v954, %v2 : i64
                %v956 = arith.addi %v952, %v955 : i64
                %v957 = llvm.getelementptr %in_A[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v958 = llvm.load %v957 : !llvm.ptr -> f32
                %v959 = arith.mulf %v818, %v958 : f32
                %v960 = arith.mulf %v959, %v223 : f32
                %v961 = llvm.call_intrinsic "llvm.exp2.f32"(%v960) : (f32) -> f32
                %v962 = arith.mulf %v768, %v908 : f32
                %v963 = arith.mulf %v958, %v962 : f32
                %v964 = arith.mulf %v961, %v963 : f32
                %v965 = arith.addf %v951, %v964 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v966, %v967 = gpu.shuffle xor %v965, %v911, %v269 : f32
                %v968 = arith.addf %v965, %v966 : f32
                %v969, %v970 = gpu.shuffle xor %v968, %v915, %v269 : f32
                %v971 = arith.addf %v968, %v969 : f32
                %v972, %v973 = gpu.shuffle xor %v971, %v919, %v269 : f32
                %v974 = arith.addf %v971, %v972 : f32
                // end sum over the lanes
                %v975 = arith.addf %v940, %v974 : f32
                %v976 = arith.mulf %v975, %v826 : f32
                %v977 = arith.cmpi eq, %v23, %v53 : i64
                %v978 = arith.andi %v27, %v977 : i1
                scf.if %v978 {
                  %v979 = arith.muli %v35, %v208 : i64
                  %v980 = arith.muli %v829, %v207 : i64
                  %v981 = arith.addi %v979, %v980 : i64
                  %v982 = arith.muli %v33, %v2 : i64
                  %v983 = arith.addi %v981, %v982 : i64
                  %v984 = llvm.getelementptr %dx_delta[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v976, %v984 : f32, !llvm.ptr
                }
                %v985 = arith.mulf %v836, %v793 : f32
                %v986 = arith.mulf %v858, %v815 : f32
                %v987 = arith.addf %v985, %v986 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v988, %v989 = gpu.shuffle xor %v987, %v911, %v269 : f32
                %v990 = arith.addf %v987, %v988 : f32
                %v991, %v992 = gpu.shuffle xor %v990, %v915, %v269 : f32
                %v993 = arith.addf %v990, %v991 : f32
                %v994, %v995 = gpu.shuffle xor %v993, %v919, %v269 : f32
                %v996 = arith.addf %v993, %v994 : f32
                // end sum over the lanes
                %v997 = arith.mulf %v939, %v888 : f32
                %v998 = arith.addf %v996, %v997 : f32
                %v999 = arith.mulf %v998, %v843 : f32
                %v1000 = arith.mulf %v999, %v824 : f32
                %v1001 = arith.cmpi eq, %v23, %v53 : i64
                %v1002 = arith.andi %v27, %v1001 : i1
                scf.if %v1002 {
                  %v1003 = arith.muli %v35, %v208 : i64
                  %v1004 = arith.muli %v829, %v207 : i64
                  %v1005 = arith.addi %v1003, %v1004 : i64
                  %v1006 = arith.muli %v33, %v2 : i64
                  %v1007 = arith.addi %v1005, %v1006 : i64
                  %v1008 = llvm.getelementptr %dx_z[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1000, %v1008 : f32, !llvm.ptr
                }
                %v1009 = arith.mulf %v948, %v949 : f32
                %v1010 = arith.mulf %v818, %v1009 : f32
                %v1011 = llvm.load %v41 : !llvm.ptr -> f32
                %v1012 = arith.addf %v1011, %v1010 : f32
                llvm.store %v1012, %v41 : f32, !llvm.ptr
                %v1013 = arith.mulf %v961, %v962 : f32
                %v1014 = arith.mulf %v818, %v1013 : f32
                %v1015 = llvm.load %v42 : !llvm.ptr -> f32
                %v1016 = arith.addf %v1015, %v1014 : f32
                llvm.store %v1016, %v42 : f32, !llvm.ptr
                %v1017 = arith.mulf %v820, %v897 : f32
                %v1018 = arith.select %v27, %v1017, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1020, %v1021 = gpu.shuffle xor %v1018, %v1019, %v269 : f32
                %v1022 = arith.addf %v1018, %v1020 : f32
                %v1024, %v1025 = gpu.shuffle xor %v1022, %v1023, %v269 : f32
                %v1026 = arith.addf %v1022, %v1024 : f32
                %v1027 = arith.divui %v13, %v15 : i64
                %v1028 = arith.remui %v13, %v15 : i64
                %v1029 = arith.cmpi ult, %v1028, %v22 : i64
                %v1030 = arith.addi %v53, %v23 : i64
                %v1031 = arith.muli %v1027, %v15 : i64
                %v1032 = arith.addi %v1031, %v828 : i64
                %v1033 = arith.muli %v1032, %v1 : i64
                %v1034 = arith.addi %v1033, %v1030 : i64
                scf.if %v1029 {
                  %v1035 = llvm.getelementptr %v48[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1026, %v1035 : f32, !llvm.ptr
                }
                %v1036 = arith.mulf %v820, %v908 : f32
                %v1037 = arith.select %v27, %v1036, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1038, %v1039 = gpu.shuffle xor %v1037, %v1019, %v269 : f32
                %v1040 = arith.addf %v1037, %v1038 : f32
                %v1041, %v1042 = gpu.shuffle xor %v1040, %v1023, %v269 : f32
                %v1043 = arith.addf %v1040, %v1041 : f32
                %v1044 = arith.divui %v13, %v15 : i64
                %v1045 = arith.remui %v13, %v15 : i64
                %v1046 = arith.cmpi ult, %v1045, %v22 : i64
                %v1047 = arith.addi %v22, %v23 : i64
                %v1048 = arith.muli %v1044, %v15 : i64
                %v1049 = arith.addi %v1048, %v828 : i64
                %v1050 = arith.muli %v1049, %v1 : i64
                %v1051 = arith.addi %v1050, %v1047 : i64
                scf.if %v1046 {
                  %v1052 = llvm.getelementptr %v48[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1043, %v1052 : f32, !llvm.ptr
                }
                %v1053 = arith.mulf %v793, %v844 : f32
                %v1054 = arith.select %v27, %v1053, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1055, %v1056 = gpu.shuffle xor %v1054, %v1019, %v269 : f32
                %v1057 = arith.addf %v1054, %v1055 : f32
                %v1058, %v1059 = gpu.shuffle xor %v1057, %v1023, %v269 : f32
                %v1060 = arith.addf %v1057, %v1058 : f32
                %v1061 = arith.divui %v13, %v15 : i64
                %v1062 = arith.remui %v13, %v15 : i64
                %v1063 = arith.cmpi ult, %v1062, %v22 : i64
                %v1064 = arith.addi %v53, %v23 : i64
                %v1065 = arith.muli %v1061, %v15 : i64
                %v1066 = arith.addi %v1065, %v828 : i64
                %v1067 = arith.muli %v1066, %v1 : i64
                %v1068 = arith.addi %v1067, %v1064 : i64
                scf.if %v1063 {
                  %v1069 = llvm.getelementptr %v50[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1060, %v1069 : f32, !llvm.ptr
                }
                %v1070 = arith.mulf %v815, %v844 : f32
                %v1071 = arith.select %v27, %v1070, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1072, %v1073 = gpu.shuffle xor %v1071, %v1019, %v269 : f32
                %v1074 = arith.addf %v1071, %v1072 : f32
                %v1075, %v1076 = gpu.shuffle xor %v1074, %v1023, %v269 : f32
                %v1077 = arith.addf %v1074, %v1075 : f32
                %v1078 = arith.divui %v13, %v15 : i64
                %v1079 = arith.remui %v13, %v15 : i64
                %v1080 = arith.cmpi ult, %v1079, %v22 : i64
                %v1081 = arith.addi %v22, %v23 : i64
                %v1082 = arith.muli %v1078, %v15 : i64
                %v1083 = arith.addi %v1082, %v828 : i64
                %v1084 = arith.muli %v1083, %v1 : i64
                %v1085 = arith.addi %v1084, %v1081 : i64
                scf.if %v1080 {
                  %v1086 = llvm.getelementptr %v50[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1077, %v1086 : f32, !llvm.ptr
                }
                %v1087 = arith.mulf %v939, %v844 : f32
                %v1088 = llvm.load %v43 : !llvm.ptr -> f32
                %v1089 = arith.addf %v1088, %v1087 : f32
                llvm.store %v1089, %v43 : f32, !llvm.ptr
                %v1090 = llvm.load %v44 : !llvm.ptr -> f32
                %v1091 = arith.addf %v1090, %v976 : f32
                llvm.store %v1091, %v44 : f32, !llvm.ptr
                llvm.store %v948, %v39 : f32, !llvm.ptr
                llvm.store %v961, %v40 : f32, !llvm.ptr
              }
              %v1092 = arith.addi %v341, %v721 : i64
              %v1093 = arith.cmpi slt, %v1092, %v150 : i64
              %v1094, %v1095 = gpu.shuffle idx %v401, %v132, %v269 : f32
              %v1096, %v1097 = gpu.shuffle idx %v409, %v132, %v269 : f32
              %v1098, %v1099 = gpu.shuffle idx %v422, %v132, %v269 : f32
              %v1100, %v1101 = gpu.shuffle idx %v431, %v132, %v269 : f32
              %v1102, %v1103 = gpu.shuffle idx %v436, %v132, %v269 : f32
              %v1104 = arith.addi %v343, %v2 : i64
              scf.if %v1093 {
                %v1105 = arith.addi %v148, %v1092 : i64
                %v1106 = arith.muli %v35, %v287 : i64
                %v1107 = arith.muli %v1105, %v286 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = arith.muli %v23, %v2 : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = llvm.getelementptr %in_Cm[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
                %v1113 = arith.muli %v35, %v208 : i64
                %v1114 = arith.muli %v1105, %v207 : i64
                %v1115 = arith.addi %v1113, %v1114 : i64
                %v1116 = arith.muli %v33, %v2 : i64
                %v1117 = arith.addi %v1115, %v1116 : i64
                %v1118 = llvm.getelementptr %dy_y[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v1098, %v1119 : f32
                %v1121 = arith.mulf %v1112, %v1120 : f32
                %v1122 = llvm.load %v37 : !llvm.ptr -> f32
                %v1123 = llvm.load %v39 : !llvm.ptr -> f32
                %v1124 = arith.mulf %v1123, %v1122 : f32
                %v1125 = arith.addf %v1121, %v1124 : f32
                llvm.store %v1125, %v37 : f32, !llvm.ptr
                %v1126 = arith.muli %v35, %v287 : i64
                %v1127 = arith.muli %v1105, %v286 : i64
                %v1128 = arith.addi %v1126, %v1127 : i64
                %v1129 = arith.constant 8 : i64
                %v1130 = arith.addi %v1129, %v23 : i64
                %v1131 = arith.muli %v1130, %v2 : i64
                %v1132 = arith.addi %v1128, %v1131 : i64
                %v1133 = llvm.getelementptr %in_Cm[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
                %v1135 = arith.mulf %v1134, %v1120 : f32
                %v1136 = llvm.load %v38 : !llvm.ptr -> f32
                %v1137 = llvm.load %v40 : !llvm.ptr -> f32
                %v1138 = arith.mulf %v1137, %v1136 : f32
                %v1139 = arith.addf %v1135, %v1138 : f32
                llvm.store %v1139, %v38 : f32, !llvm.ptr
                %v1140 = arith.subi %size_L, %v2 : i64
                %v1141 = arith.cmpi eq, %v1105, %v1140 : i64
                scf.if %v1141 {
                  %v1142 = arith.muli %v35, %v56 : i64
                  %v1143 = arith.muli %v33, %v55 : i64
                  %v1144 = arith.addi %v1142, %v1143 : i64
                  %v1145 = arith.muli %v23, %v2 : i64
                  %v1146 = arith.addi %v1144, %v1145 : i64
                  %v1147 = llvm.getelementptr %dy_h_last[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                  %v1149 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1150 = arith.addf %v1149, %v1148 : f32
                  llvm.store %v1150, %v37 : f32, !llvm.ptr
                  %v1151 = arith.muli %v35, %v56 : i64
                  %v1152 = arith.muli %v33, %v55 : i64
                  %v1153 = arith.addi %v1151, %v1152 : i64
                  %v1154 = arith.constant 8 : i64
                  %v1155 = arith.addi %v1154, %v23 : i64
                  %v1156 = arith.muli %v1155, %v2 : i64
                  %v1157 = arith.addi %v1153, %v1156 : i64
                  %v1158 = llvm.getelementptr %dy_h_last[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
                  %v1160 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1161 = arith.addf %v1160, %v1159 : f32
                  llvm.store %v1161, %v38 : f32, !llvm.ptr
                }
                %v1162 = arith.muli %v33, %v2 : i64
                %v1163 = llvm.getelementptr %in_Dskip[%v1162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1164 = llvm.load %v1163 : !llvm.ptr -> f32
                %v1165 = arith.mulf %v1164, %v1120 : f32
                %v1166 = arith.muli %v35, %v287 : i64
                %v1167 = arith.muli %v1105, %v286 : i64
                %v1168 = arith.addi %v1166, %v1167 : i64
                %v1169 = arith.muli %v23, %v2 : i64
                %v1170 = arith.addi %v1168, %v1169 : i64
                %v1171 = llvm.getelementptr %in_Bm[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                %v1173 = llvm.load %v37 : !llvm.ptr -> f32
                %v1174 = arith.mulf %v1172, %v1173 : f32
                %v1175 = arith.muli %v35, %v287 : i64
                %v1176 = arith.muli %v1105, %v286 : i64
                %v1177 = arith.addi %v1175, %v1176 : i64
                %v1178 = arith.constant 8 : i64
                %v1179 = arith.addi %v1178, %v23 : i64
                %v1180 = arith.muli %v1179, %v2 : i64
                %v1181 = arith.addi %v1177, %v1180 : i64
                %v1182 = llvm.getelementptr %in_Bm[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                %v1184 = llvm.load %v38 : !llvm.ptr -> f32
                %v1185 = arith.mulf %v1183, %v1184 : f32
                %v1186 = arith.addf %v1174, %v1185 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1187, %v1188 = gpu.shuffle xor %v1186, %v911, %v269 : f32
                %v1189 = arith.addf %v1186, %v1187 : f32
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v915, %v269 : f32
                %v1192 = arith.addf %v1189, %v1190 : f32
                %v1193, %v1194 = gpu.shuffle xor %v1192, %v919, %v269 : f32
                %v1195 = arith.addf %v1192, %v1193 : f32
                // end sum over the lanes
                %v1196 = arith.mulf %v1094, %v1195 : f32
                %v1197 = arith.addf %v1165, %v1196 : f32
                %v1198 = arith.cmpi eq, %v23, %v53 : i64
                %v1199 = arith.andi %v27, %v1198 : i1
                scf.if %v1199 {
                  %v1200 = arith.muli %v35, %v208 : i64
                  %v1201 = arith.muli %v1105, %v207 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = arith.muli %v33, %v2 : i64
                  %v1204 = arith.addi %v1202, %v1203 : i64
                  %v1205 = llvm.getelementptr %dx_u[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1197, %v1205 : f32, !llvm.ptr
                }
                %v1206 = arith.muli %v35, %v208 : i64
                %v1207 = arith.muli %v1105, %v207 : i64
                %v1208 = arith.addi %v1206, %v1207 : i64
                %v1209 = arith.muli %v33, %v2 : i64
                %v1210 = arith.addi %v1208, %v1209 : i64
                %v1211 = llvm.getelementptr %in_u[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1212 = llvm.load %v1211 : !llvm.ptr -> f32
                %v1213 = arith.mulf %v1212, %v1195 : f32
                %v1214 = arith.muli %v33, %v277 : i64
                %v1215 = arith.muli %v23, %v2 : i64
                %v1216 = arith.addi %v1214, %v1215 : i64
                %v1217 = llvm.getelementptr %in_A[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
                %v1219 = arith.mulf %v1094, %v1218 : f32
                %v1220 = arith.mulf %v1219, %v223 : f32
                %v1221 = llvm.call_intrinsic "llvm.exp2.f32"(%v1220) : (f32) -> f32
                %v1222 = arith.mulf %v698, %v1173 : f32
                %v1223 = arith.mulf %v1218, %v1222 : f32
                %v1224 = arith.mulf %v1221, %v1223 : f32
                %v1225 = arith.muli %v33, %v277 : i64
                %v1226 = arith.constant 8 : i64
                %v1227 = arith.addi %v1226, %v23 : i64
                %v1228 = arith.muli %v1227, %v2 : i64
                %v1229 = arith.addi %v1225, %v1228 : i64
                %v1230 = llvm.getelementptr %in_A[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
                %v1232 = arith.mulf %v1094, %v1231 : f32
                %v1233 = arith.mulf %v1232, %v223 : f32
                %v1234 = llvm.call_intrinsic "llvm.exp2.f32"(%v1233) : (f32) -> f32
                %v1235 = arith.mulf %v720, %v1184 : f32
                %v1236 = arith.mulf %v1231, %v1235 : f32
                %v1237 = arith.mulf %v1234, %v1236 : f32
                %v1238 = arith.addf %v1224, %v1237 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v911, %v269 : f32
                %v1241 = arith.addf %v1238, %v1239 : f32
                %v1242, %v1243 = gpu.shuffle xor %v1241, %v915, %v269 : f32
                %v1244 = arith.addf %v1241, %v1242 : f32
                %v1245, %v1246 = gpu.shuffle xor %v1244, %v919, %v269 : f32
                %v1247 = arith.addf %v1244, %v1245 : f32
                // end sum over the lanes
                %v1248 = arith.addf %v1213, %v1247 : f32
                %v1249 = arith.mulf %v1248, %v1102 : f32
                %v1250 = arith.cmpi eq, %v23, %v53 : i64
                %v1251 = arith.andi %v27, %v1250 : i1
                scf.if %v1251 {
                  %v1252 = arith.muli %v35, %v208 : i64
                  %v1253 = arith.muli %v1105, %v207 : i64
                  %v1254 = arith.addi %v1252, %v1253 : i64
                  %v1255 = arith.muli %v33, %v2 : i64
                  %v1256 = arith.addi %v1254, %v1255 : i64
                  %v1257 = llvm.getelementptr %dx_delta[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1249, %v1257 : f32, !llvm.ptr
                }
                %v1258 = arith.mulf %v1112, %v746 : f32
                %v1259 = arith.mulf %v1134, %v768 : f32
                %v1260 = arith.addf %v1258, %v1259 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1261, %v1262 = gpu.shuffle xor %v1260, %v911, %v269 : f32
                %v1263 = arith.addf %v1260, %v1261 : f32
                %v1264, %v1265 = gpu.shuffle xor %v1263, %v915, %v269 : f32
                %v1266 = arith.addf %v1263, %v1264 : f32
                %v1267, %v1268 = gpu.shuffle xor %v1266, %v919, %v269 : f32
                %v1269 = arith.addf %v1266, %v1267 : f32
                // end sum over the lanes
                %v1270 = arith.mulf %v1212, %v1164 : f32
                %v1271 = arith.addf %v1269, %v1270 : f32
                %v1272 = arith.mulf %v1271, %v1119 : f32
                %v1273 = arith.mulf %v1272, %v1100 : f32
                %v1274 = arith.cmpi eq, %v23, %v53 : i64
                %v1275 = arith.andi %v27, %v1274 : i1
                scf.if %v1275 {
                  %v1276 = arith.muli %v35, %v208 : i64
                  %v1277 = arith.muli %v1105, %v207 : i64
                  %v1278 = arith.addi %v1276, %v1277 : i64
                  %v1279 = arith.muli %v33, %v2 : i64
                  %v1280 = arith.addi %v1278, %v1279 : i64
                  %v1281 = llvm.getelementptr %dx_z[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1273, %v1281 : f32, !llvm.ptr
                }
                %v1282 = arith.mulf %v1221, %v1222 : f32
                %v1283 = arith.mulf %v1094, %v1282 : f32
                %v1284 = llvm.load %v41 : !llvm.ptr -> f32
                %v1285 = arith.addf %v1284, %v1283 : f32
                llvm.store %v1285, %v41 : f32, !llvm.ptr
                %v1286 = arith.mulf %v1234, %v1235 : f32
                %v1287 = arith.mulf %v1094, %v1286 : f32
                %v1288 = llvm.load %v42 : !llvm.ptr -> f32
                %v1289 = arith.addf %v1288, %v1287 : f32
                llvm.store %v1289, %v42 : f32, !llvm.ptr
                %v1290 = arith.mulf %v1096, %v1173 : f32
                %v1291 = arith.select %v27, %v1290, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1292, %v1293 = gpu.shuffle xor %v1291, %v1019, %v269 : f32
                %v1294 = arith.addf %v1291, %v1292 : f32
                %v1295, %v1296 = gpu.shuffle xor %v1294, %v1023, %v269 : f32
                %v1297 = arith.addf %v1294, %v1295 : f32
                %v1298 = arith.divui %v13, %v15 : i64
                %v1299 = arith.remui %v13, %v15 : i64
                %v1300 = arith.cmpi ult, %v1299, %v22 : i64
                %v1301 = arith.addi %v53, %v23 : i64
                %v1302 = arith.muli %v1298, %v15 : i64
                %v1303 = arith.addi %v1302, %v1104 : i64
                %v1304 = arith.muli %v1303, %v1 : i64
                %v1305 = arith.addi %v1304, %v1301 : i64
                scf.if %v1300 {
                  %v1306 = llvm.getelementptr %v48[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1297, %v1306 : f32, !llvm.ptr
                }
                %v1307 = arith.mulf %v1096, %v1184 : f32
                %v1308 = arith.select %v27, %v1307, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1309, %v1310 = gpu.shuffle xor %v1308, %v1019, %v269 : f32
                %v1311 = arith.addf %v1308, %v1309 : f32
                %v1312, %v1313 = gpu.shuffle xor %v1311, %v1023, %v269 : f32
                %v1314 = arith.addf %v1311, %v1312 : f32
                %v1315 = arith.divui %v13, %v15 : i64
                %v1316 = arith.remui %v13, %v15 : i64
                %v1317 = arith.cmpi ult, %v1316, %v22 : i64
                %v1318 = arith.addi %v22, %v23 : i64
                %v1319 = arith.muli %v1315, %v15 : i64
                %v1320 = arith.addi %v1319, %v1104 : i64
                %v1321 = arith.muli %v1320, %v1 : i64
                %v1322 = arith.addi %v1321, %v1318 : i64
                scf.if %v1317 {
                  %v1323 = llvm.getelementptr %v48[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1314, %v1323 : f32, !llvm.ptr
                }
                %v1324 = arith.mulf %v746, %v1120 : f32
                %v1325 = arith.select %v27, %v1324, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1326, %v1327 = gpu.shuffle xor %v1325, %v1019, %v269 : f32
                %v1328 = arith.addf %v1325, %v1326 : f32
                %v1329, %v1330 = gpu.shuffle xor %v1328, %v1023, %v269 : f32
                %v1331 = arith.addf %v1328, %v1329 : f32
                %v1332 = arith.divui %v13, %v15 : i64
                %v1333 = arith.remui %v13, %v15 : i64
                %v1334 = arith.cmpi ult, %v1333, %v22 : i64
                %v1335 = arith.addi %v53, %v23 : i64
                %v1336 = arith.muli %v1332, %v15 : i64
                %v1337 = arith.addi %v1336, %v1104 : i64
                %v1338 = arith.muli %v1337, %v1 : i64
                %v1339 = arith.addi %v1338, %v1335 : i64
                scf.if %v1334 {
                  %v1340 = llvm.getelementptr %v50[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1331, %v1340 : f32, !llvm.ptr
                }
                %v1341 = arith.mulf %v768, %v1120 : f32
                %v1342 = arith.select %v27, %v1341, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1343, %v1344 = gpu.shuffle xor %v1342, %v1019, %v269 : f32
                %v1345 = arith.addf %v1342, %v1343 : f32
                %v1346, %v1347 = gpu.shuffle xor %v1345, %v1023, %v269 : f32
                %v1348 = arith.addf %v1345, %v1346 : f32
                %v1349 = arith.divui %v13, %v15 : i64
                %v1350 = arith.remui %v13, %v15 : i64
                %v1351 = arith.cmpi ult, %v1350, %v22 : i64
                %v1352 = arith.addi %v22, %v23 : i64
                %v1353 = arith.muli %v1349, %v15 : i64
                %v1354 = arith.addi %v1353, %v1104 : i64
                %v1355 = arith.muli %v1354, %v1 : i64
                %v1356 = arith.addi %v1355, %v1352 : i64
                scf.if %v1351 {
                  %v1357 = llvm.getelementptr %v50[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1348, %v1357 : f32, !llvm.ptr
                }
                %v1358 = arith.mulf %v1212, %v1120 : f32
                %v1359 = llvm.load %v43 : !llvm.ptr -> f32
                %v1360 = arith.addf %v1359, %v1358 : f32
                llvm.store %v1360, %v43 : f32, !llvm.ptr
                %v1361 = llvm.load %v44 : !llvm.ptr -> f32
                %v1362 = arith.addf %v1361, %v1249 : f32
                llvm.store %v1362, %v44 : f32, !llvm.ptr
                llvm.store %v1221, %v39 : f32, !llvm.ptr
                llvm.store %v1234, %v40 : f32, !llvm.ptr
              }
              %v1363 = arith.addi %v341, %v673 : i64
              %v1364 = arith.cmpi slt, %v1363, %v150 : i64
              %v1365, %v1366 = gpu.shuffle idx %v401, %v128, %v269 : f32
              %v1367, %v1368 = gpu.shuffle idx %v409, %v128, %v269 : f32
              %v1369, %v1370 = gpu.shuffle idx %v422, %v128, %v269 : f32
              %v1371, %v1372 = gpu.shuffle idx %v431, %v128, %v269 : f32
              %v1373, %v1374 = gpu.shuffle idx %v436, %v128, %v269 : f32
              %v1375 = arith.addi %v343, %v531 : i64
              scf.if %v1364 {
                %v1376 = arith.addi %v148, %v1363 : i64
                %v1377 = arith.muli %v35, %v287 : i64
                %v1378 = arith.muli %v1376, %v286 : i64
                %v1379 = arith.addi %v1377, %v1378 : i64
                %v1380 = arith.muli %v23, %v2 : i64
                %v1381 = arith.addi %v1379, %v1380 : i64
                %v1382 = llvm.getelementptr %in_Cm[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
                %v1384 = arith.muli %v35, %v208 : i64
                %v1385 = arith.muli %v1376, %v207 : i64
                %v1386 = arith.addi %v1384, %v1385 : i64
                %v1387 = arith.muli %v33, %v2 : i64
                %v1388 = arith.addi %v1386, %v1387 : i64
                %v1389 = llvm.getelementptr %dy_y[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
                %v1391 = arith.mulf %v1369, %v1390 : f32
                %v1392 = arith.mulf %v1383, %v1391 : f32
                %v1393 = llvm.load %v37 : !llvm.ptr -> f32
                %v1394 = llvm.load %v39 : !llvm.ptr -> f32
                %v1395 = arith.mulf %v1394, %v1393 : f32
                %v1396 = arith.addf %v1392, %v1395 : f32
                llvm.store %v1396, %v37 : f32, !llvm.ptr
                %v1397 = arith.muli %v35, %v287 : i64
                %v1398 = arith.muli %v1376, %v286 : i64
                %v1399 = arith.addi %v1397, %v1398 : i64
                %v1400 = arith.constant 8 : i64
                %v1401 = arith.addi %v1400, %v23 : i64
                %v1402 = arith.muli %v1401, %v2 : i64
                %v1403 = arith.addi %v1399, %v1402 : i64
                %v1404 = llvm.getelementptr %in_Cm[%v1403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1405 = llvm.load %v1404 : !llvm.ptr -> f32
                %v1406 = arith.mulf %v1405, %v1391 : f32
                %v1407 = llvm.load %v38 : !llvm.ptr -> f32
                %v1408 = llvm.load %v40 : !llvm.ptr -> f32
                %v1409 = arith.mulf %v1408, %v1407 : f32
                %v1410 = arith.addf %v1406, %v1409 : f32
                llvm.store %v1410, %v38 : f32, !llvm.ptr
                %v1411 = arith.subi %size_L, %v2 : i64
                %v1412 = arith.cmpi eq, %v1376, %v1411 : i64
                scf.if %v1412 {
                  %v1413 = arith.muli %v35, %v56 : i64
                  %v1414 = arith.muli %v33, %v55 : i64
                  %v1415 = arith.addi %v1413, %v1414 : i64
                  %v1416 = arith.muli %v23, %v2 : i64
                  %v1417 = arith.addi %v1415, %v1416 : i64
                  %v1418 = llvm.getelementptr %dy_h_last[%v1417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1419 = llvm.load %v1418 : !llvm.ptr -> f32
                  %v1420 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1421 = arith.addf %v1420, %v1419 : f32
                  llvm.store %v1421, %v37 : f32, !llvm.ptr
                  %v1422 = arith.muli %v35, %v56 : i64
                  %v1423 = arith.muli %v33, %v55 : i64
                  %v1424 = arith.addi %v1422, %v1423 : i64
                  %v1425 = arith.constant 8 : i64
                  %v1426 = arith.addi %v1425, %v23 : i64
                  %v1427 = arith.muli %v1426, %v2 : i64
                  %v1428 = arith.addi %v1424, %v1427 : i64
                  %v1429 = llvm.getelementptr %dy_h_last[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
                  %v1431 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1432 = arith.addf %v1431, %v1430 : f32
                  llvm.store %v1432, %v38 : f32, !llvm.ptr
                }
                %v1433 = arith.muli %v33, %v2 : i64
                %v1434 = llvm.getelementptr %in_Dskip[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
                %v1436 = arith.mulf %v1435, %v1391 : f32
                %v1437 = arith.muli %v35, %v287 : i64
                %v1438 = arith.muli %v1376, %v286 : i64
                %v1439 = arith.addi %v1437, %v1438 : i64
                %v1440 = arith.muli %v23, %v2 : i64
                %v1441 = arith.addi %v1439, %v1440 : i64
                %v1442 = llvm.getelementptr %in_Bm[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
                %v1444 = llvm.load %v37 : !llvm.ptr -> f32
                %v1445 = arith.mulf %v1443, %v1444 : f32
                %v1446 = arith.muli %v35, %v287 : i64
                %v1447 = arith.muli %v1376, %v286 : i64
                %v1448 = arith.addi %v1446, %v1447 : i64
                %v1449 = arith.constant 8 : i64
                %v1450 = arith.addi %v1449, %v23 : i64
                %v1451 = arith.muli %v1450, %v2 : i64
                %v1452 = arith.addi %v1448, %v1451 : i64
                %v1453 = llvm.getelementptr %in_Bm[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
                %v1455 = llvm.load %v38 : !llvm.ptr -> f32
                %v1456 = arith.mulf %v1454, %v1455 : f32
                %v1457 = arith.addf %v1445, %v1456 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1458, %v1459 = gpu.shuffle xor %v1457, %v911, %v269 : f32
                %v1460 = arith.addf %v1457, %v1458 : f32
                %v1461, %v1462 = gpu.shuffle xor %v1460, %v915, %v269 : f32
                %v1463 = arith.addf %v1460, %v1461 : f32
                %v1464, %v1465 = gpu.shuffle xor %v1463, %v919, %v269 : f32
                %v1466 = arith.addf %v1463, %v1464 : f32
                // end sum over the lanes
                %v1467 = arith.mulf %v1365, %v1466 : f32
                %v1468 = arith.addf %v1436, %v1467 : f32
                %v1469 = arith.cmpi eq, %v23, %v53 : i64
                %v1470 = arith.andi %v27, %v1469 : i1
                scf.if %v1470 {
                  %v1471 = arith.muli %v35, %v208 : i64
                  %v1472 = arith.muli %v1376, %v207 : i64
                  %v1473 = arith.addi %v1471, %v1472 : i64
                  %v1474 = arith.muli %v33, %v2 : i64
                  %v1475 = arith.addi %v1473, %v1474 : i64
                  %v1476 = llvm.getelementptr %dx_u[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1468, %v1476 : f32, !llvm.ptr
                }
                %v1477 = arith.muli %v35, %v208 : i64
                %v1478 = arith.muli %v1376, %v207 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = arith.muli %v33, %v2 : i64
                %v1481 = arith.addi %v1479, %v1480 : i64
                %v1482 = llvm.getelementptr %in_u[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
                %v1484 = arith.mulf %v1483, %v1466 : f32
                %v1485 = arith.muli %v33, %v277 : i64
                %v1486 = arith.muli %v23, %v2 : i64
                %v1487 = arith.addi %v1485, %v1486 : i64
                %v1488 = llvm.getelementptr %in_A[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
                %v1490 = arith.mulf %v1365, %v1489 : f32
                %v1491 = arith.mulf %v1490, %v223 : f32
                %v1492 = llvm.call_intrinsic "llvm.exp2.f32"(%v1491) : (f32) -> f32
                %v1493 = arith.mulf %v650, %v1444 : f32
                %v1494 = arith.mulf %v1489, %v1493 : f32
                %v1495 = arith.mulf %v1492, %v1494 : f32
                %v1496 = arith.muli %v33, %v277 : i64
                %v1497 = arith.constant 8 : i64
                %v1498 = arith.addi %v1497, %v23 : i64
                %v1499 = arith.muli %v1498, %v2 : i64
                %v1500 = arith.addi %v1496, %v1499 : i64
                %v1501 = llvm.getelementptr %in_A[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1502 = llvm.load %v1501 : !llvm.ptr -> f32
                %v1503 = arith.mulf %v1365, %v1502 : f32
                %v1504 = arith.mulf %v1503, %v223 : f32
                %v1505 = llvm.call_intrinsic "llvm.exp2.f32"(%v1504) : (f32) -> f32
                %v1506 = arith.mulf %v672, %v1455 : f32
                %v1507 = arith.mulf %v1502, %v1506 : f32
                %v1508 = arith.mulf %v1505, %v1507 : f32
                %v1509 = arith.addf %v1495, %v1508 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1510, %v1511 = gpu.shuffle xor %v1509, %v911, %v269 : f32
                %v1512 = arith.addf %v1509, %v1510 : f32
                %v1513, %v1514 = gpu.shuffle xor %v1512, %v915, %v269 : f32
                %v1515 = arith.addf %v1512, %v1513 : f32
                %v1516, %v1517 = gpu.shuffle xor %v1515, %v919, %v269 : f32
                %v1518 = arith.addf %v1515, %v1516 : f32
                // end sum over the lanes
                %v1519 = arith.addf %v1484, %v1518 : f32
                %v1520 = arith.mulf %v1519, %v1373 : f32
                %v1521 = arith.cmpi eq, %v23, %v53 : i64
                %v1522 = arith.andi %v27, %v1521 : i1
                scf.if %v1522 {
                  %v1523 = arith.muli %v35, %v208 : i64
                  %v1524 = arith.muli %v1376, %v207 : i64
                  %v1525 = arith.addi %v1523, %v1524 : i64
                  %v1526 = arith.muli %v33, %v2 : i64
                  %v1527 = arith.addi %v1525, %v1526 : i64
                  %v1528 = llvm.getelementptr %dx_delta[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1520, %v1528 : f32, !llvm.ptr
                }
                %v1529 = arith.mulf %v1383, %v698 : f32
                %v1530 = arith.mulf %v1405, %v720 : f32
                %v1531 = arith.addf %v1529, %v1530 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1532, %v1533 = gpu.shuffle xor %v1531, %v911, %v269 : f32
                %v1534 = arith.addf %v1531, %v1532 : f32
                %v1535, %v1536 = gpu.shuffle xor %v1534, %v915, %v269 : f32
                %v1537 = arith.addf %v1534, %v1535 : f32
                %v1538, %v1539 = gpu.shuffle xor %v1537, %v919, %v269 : f32
                %v1540 = arith.addf %v1537, %v1538 : f32
                // end sum over the lanes
                %v1541 = arith.mulf %v1483, %v1435 : f32
                %v1542 = arith.addf %v1540, %v1541 : f32
                %v1543 = arith.mulf %v1542, %v1390 : f32
                %v1544 = arith.mulf %v1543, %v1371 : f32
                %v1545 = arith.cmpi eq, %v23, %v53 : i64
                %v1546 = arith.andi %v27, %v1545 : i1
                scf.if %v1546 {
                  %v1547 = arith.muli %v35, %v208 : i64
                  %v1548 = arith.muli %v1376, %v207 : i64
                  %v1549 = arith.addi %v1547, %v1548 : i64
                  %v1550 = arith.muli %v33, %v2 : i64
                  %v1551 = arith.addi %v1549, %v1550 : i64
                  %v1552 = llvm.getelementptr %dx_z[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1544, %v1552 : f32, !llvm.ptr
                }
                %v1553 = arith.mulf %v1492, %v1493 : f32
                %v1554 = arith.mulf %v1365, %v1553 : f32
                %v1555 = llvm.load %v41 : !llvm.ptr -> f32
                %v1556 = arith.addf %v1555, %v1554 : f32
                llvm.store %v1556, %v41 : f32, !llvm.ptr
                %v1557 = arith.mulf %v1505, %v1506 : f32
                %v1558 = arith.mulf %v1365, %v1557 : f32
                %v1559 = llvm.load %v42 : !llvm.ptr -> f32
                %v1560 = arith.addf %v1559, %v1558 : f32
                llvm.store %v1560, %v42 : f32, !llvm.ptr
                %v1561 = arith.mulf %v1367, %v1444 : f32
                %v1562 = arith.select %v27, %v1561, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1563, %v1564 = gpu.shuffle xor %v1562, %v1019, %v269 : f32
                %v1565 = arith.addf %v1562, %v1563 : f32
                %v1566, %v1567 = gpu.shuffle xor %v1565, %v1023, %v269 : f32
                %v1568 = arith.addf %v1565, %v1566 : f32
                %v1569 = arith.divui %v13, %v15 : i64
                %v1570 = arith.remui %v13, %v15 : i64
                %v1571 = arith.cmpi ult, %v1570, %v22 : i64
                %v1572 = arith.addi %v53, %v23 : i64
                %v1573 = arith.muli %v1569, %v15 : i64
                %v1574 = arith.addi %v1573, %v1375 : i64
                %v1575 = arith.muli %v1574, %v1 : i64
                %v1576 = arith.addi %v1575, %v1572 : i64
                scf.if %v1571 {
                  %v1577 = llvm.getelementptr %v48[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1568, %v1577 : f32, !llvm.ptr
                }
                %v1578 = arith.mulf %v1367, %v1455 : f32
                %v1579 = arith.select %v27, %v1578, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1580, %v1581 = gpu.shuffle xor %v1579, %v1019, %v269 : f32
                %v1582 = arith.addf %v1579, %v1580 : f32
                %v1583, %v1584 = gpu.shuffle xor %v1582, %v1023, %v269 : f32
                %v1585 = arith.addf %v1582, %v1583 : f32
                %v1586 = arith.divui %v13, %v15 : i64
                %v1587 = arith.remui %v13, %v15 : i64
                %v1588 = arith.cmpi ult, %v1587, %v22 : i64
                %v1589 = arith.addi %v22, %v23 : i64
                %v1590 = arith.muli %v1586, %v15 : i64
                %v1591 = arith.addi %v1590, %v1375 : i64
                %v1592 = arith.muli %v1591, %v1 : i64
                %v1593 = arith.addi %v1592, %v1589 : i64
                scf.if %v1588 {
                  %v1594 = llvm.getelementptr %v48[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1585, %v1594 : f32, !llvm.ptr
                }
                %v1595 = arith.mulf %v698, %v1391 : f32
                %v1596 = arith.select %v27, %v1595, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1597, %v1598 = gpu.shuffle xor %v1596, %v1019, %v269 : f32
                %v1599 = arith.addf %v1596, %v1597 : f32
                %v1600, %v1601 = gpu.shuffle xor %v1599, %v1023, %v269 : f32
                %v1602 = arith.addf %v1599, %v1600 : f32
                %v1603 = arith.divui %v13, %v15 : i64
                %v1604 = arith.remui %v13, %v15 : i64
                %v1605 = arith.cmpi ult, %v1604, %v22 : i64
                %v1606 = arith.addi %v53, %v23 : i64
                %v1607 = arith.muli %v1603, %v15 : i64
                %v1608 = arith.addi %v1607, %v1375 : i64
                %v1609 = arith.muli %v1608, %v1 : i64
                %v1610 = arith.addi %v1609, %v1606 : i64
                scf.if %v1605 {
                  %v1611 = llvm.getelementptr %v50[%v1610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1602, %v1611 : f32, !llvm.ptr
                }
                %v1612 = arith.mulf %v720, %v1391 : f32
                %v1613 = arith.select %v27, %v1612, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1614, %v1615 = gpu.shuffle xor %v1613, %v1019, %v269 : f32
                %v1616 = arith.addf %v1613, %v1614 : f32
                %v1617, %v1618 = gpu.shuffle xor %v1616, %v1023, %v269 : f32
                %v1619 = arith.addf %v1616, %v1617 : f32
                %v1620 = arith.divui %v13, %v15 : i64
                %v1621 = arith.remui %v13, %v15 : i64
                %v1622 = arith.cmpi ult, %v1621, %v22 : i64
                %v1623 = arith.addi %v22, %v23 : i64
                %v1624 = arith.muli %v1620, %v15 : i64
                %v1625 = arith.addi %v1624, %v1375 : i64
                %v1626 = arith.muli %v1625, %v1 : i64
                %v1627 = arith.addi %v1626, %v1623 : i64
                scf.if %v1622 {
                  %v1628 = llvm.getelementptr %v50[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1619, %v1628 : f32, !llvm.ptr
                }
                %v1629 = arith.mulf %v1483, %v1391 : f32
                %v1630 = llvm.load %v43 : !llvm.ptr -> f32
                %v1631 = arith.addf %v1630, %v1629 : f32
                llvm.store %v1631, %v43 : f32, !llvm.ptr
                %v1632 = llvm.load %v44 : !llvm.ptr -> f32
                %v1633 = arith.addf %v1632, %v1520 : f32
                llvm.store %v1633, %v44 : f32, !llvm.ptr
                llvm.store %v1492, %v39 : f32, !llvm.ptr
                llvm.store %v1505, %v40 : f32, !llvm.ptr
              }
              %v1634 = arith.addi %v341, %v323 : i64
              %v1635 = arith.cmpi slt, %v1634, %v150 : i64
              %v1636, %v1637 = gpu.shuffle idx %v401, %v124, %v269 : f32
              %v1638, %v1639 = gpu.shuffle idx %v409, %v124, %v269 : f32
              %v1640, %v1641 = gpu.shuffle idx %v422, %v124, %v269 : f32
              %v1642, %v1643 = gpu.shuffle idx %v431, %v124, %v269 : f32
              %v1644, %v1645 = gpu.shuffle idx %v436, %v124, %v269 : f32
              %v1646 = arith.addi %v343, %v322 : i64
              scf.if %v1635 {
                %v1647 = arith.addi %v148, %v1634 : i64
                %v1648 = arith.muli %v35, %v287 : i64
                %v1649 = arith.muli %v1647, %v286 : i64
                %v1650 = arith.addi %v1648, %v1649 : i64
                %v1651 = arith.muli %v23, %v2 : i64
                %v1652 = arith.addi %v1650, %v1651 : i64
                %v1653 = llvm.getelementptr %in_Cm[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1654 = llvm.load %v1653 : !llvm.ptr -> f32
                %v1655 = arith.muli %v35, %v208 : i64
                %v1656 = arith.muli %v1647, %v207 : i64
                %v1657 = arith.addi %v1655, %v1656 : i64
                %v1658 = arith.muli %v33, %v2 : i64
                %v1659 = arith.addi %v1657, %v1658 : i64
                %v1660 = llvm.getelementptr %dy_y[%v1659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1661 = llvm.load %v1660 : !llvm.ptr -> f32
                %v1662 = arith.mulf %v1640, %v1661 : f32
                %v1663 = arith.mulf %v1654, %v1662 : f32
                %v1664 = llvm.load %v37 : !llvm.ptr -> f32
                %v1665 = llvm.load %v39 : !llvm.ptr -> f32
                %v1666 = arith.mulf %v1665, %v1664 : f32
                %v1667 = arith.addf %v1663, %v1666 : f32
                llvm.store %v1667, %v37 : f32, !llvm.ptr
                %v1668 = arith.muli %v35, %v287 : i64
                %v1669 = arith.muli %v1647, %v286 : i64
                %v1670 = arith.addi %v1668, %v1669 : i64
                %v1671 = arith.constant 8 : i64
                %v1672 = arith.addi %v1671, %v23 : i64
                %v1673 = arith.muli %v1672, %v2 : i64
                %v1674 = arith.addi %v1670, %v1673 : i64
                %v1675 = llvm.getelementptr %in_Cm[%v1674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1676 = llvm.load %v1675 : !llvm.ptr -> f32
                %v1677 = arith.mulf %v1676, %v1662 : f32
                %v1678 = llvm.load %v38 : !llvm.ptr -> f32
                %v1679 = llvm.load %v40 : !llvm.ptr -> f32
                %v1680 = arith.mulf %v1679, %v1678 : f32
                %v1681 = arith.addf %v1677, %v1680 : f32
                llvm.store %v1681, %v38 : f32, !llvm.ptr
                %v1682 = arith.subi %size_L, %v2 : i64
                %v1683 = arith.cmpi eq, %v1647, %v1682 : i64
                scf.if %v1683 {
                  %v1684 = arith.muli %v35, %v56 : i64
                  %v1685 = arith.muli %v33, %v55 : i64
                  %v1686 = arith.addi %v1684, %v1685 : i64
                  %v1687 = arith.muli %v23, %v2 : i64
                  %v1688 = arith.addi %v1686, %v1687 : i64
                  %v1689 = llvm.getelementptr %dy_h_last[%v1688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1690 = llvm.load %v1689 : !llvm.ptr -> f32
                  %v1691 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1692 = arith.addf %v1691, %v1690 : f32
                  llvm.store %v1692, %v37 : f32, !llvm.ptr
                  %v1693 = arith.muli %v35, %v56 : i64
                  %v1694 = arith.muli %v33, %v55 : i64
                  %v1695 = arith.addi %v1693, %v1694 : i64
                  %v1696 = arith.constant 8 : i64
                  %v1697 = arith.addi %v1696, %v23 : i64
                  %v1698 = arith.muli %v1697, %v2 : i64
                  %v1699 = arith.addi %v1695, %v1698 : i64
                  %v1700 = llvm.getelementptr %dy_h_last[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1701 = llvm.load %v1700 : !llvm.ptr -> f32
                  %v1702 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1703 = arith.addf %v1702, %v1701 : f32
                  llvm.store %v1703, %v38 : f32, !llvm.ptr
                }
                %v1704 = arith.muli %v33, %v2 : i64
                %v1705 = llvm.getelementptr %in_Dskip[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1706 = llvm.load %v1705 : !llvm.ptr -> f32
                %v1707 = arith.mulf %v1706, %v1662 : f32
                %v1708 = arith.muli %v35, %v287 : i64
                %v1709 = arith.muli %v1647, %v286 : i64
                %v1710 = arith.addi %v1708, %v1709 : i64
                %v1711 = arith.muli %v23, %v2 : i64
                %v1712 = arith.addi %v1710, %v1711 : i64
                %v1713 = llvm.getelementptr %in_Bm[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
                %v1715 = llvm.load %v37 : !llvm.ptr -> f32
                %v1716 = arith.mulf %v1714, %v1715 : f32
                %v1717 = arith.muli %v35, %v287 : i64
                %v1718 = arith.muli %v1647, %v286 : i64
                %v1719 = arith.addi %v1717, %v1718 : i64
                %v1720 = arith.constant 8 : i64
                %v1721 = arith.addi %v1720, %v23 : i64
                %v1722 = arith.muli %v1721, %v2 : i64
                %v1723 = arith.addi %v1719, %v1722 : i64
                %v1724 = llvm.getelementptr %in_Bm[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
                %v1726 = llvm.load %v38 : !llvm.ptr -> f32
                %v1727 = arith.mulf %v1725, %v1726 : f32
                %v1728 = arith.addf %v1716, %v1727 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1729, %v1730 = gpu.shuffle xor %v1728, %v911, %v269 : f32
                %v1731 = arith.addf %v1728, %v1729 : f32
                %v1732, %v1733 = gpu.shuffle xor %v1731, %v915, %v269 : f32
                %v1734 = arith.addf %v1731, %v1732 : f32
                %v1735, %v1736 = gpu.shuffle xor %v1734, %v919, %v269 : f32
                %v1737 = arith.addf %v1734, %v1735 : f32
                // end sum over the lanes
                %v1738 = arith.mulf %v1636, %v1737 : f32
                %v1739 = arith.addf %v1707, %v1738 : f32
                %v1740 = arith.cmpi eq, %v23, %v53 : i64
                %v1741 = arith.andi %v27, %v1740 : i1
                scf.if %v1741 {
                  %v1742 = arith.muli %v35, %v208 : i64
                  %v1743 = arith.muli %v1647, %v207 : i64
                  %v1744 = arith.addi %v1742, %v1743 : i64
                  %v1745 = arith.muli %v33, %v2 : i64
                  %v1746 = arith.addi %v1744, %v1745 : i64
                  %v1747 = llvm.getelementptr %dx_u[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1739, %v1747 : f32, !llvm.ptr
                }
                %v1748 = arith.muli %v35, %v208 : i64
                %v1749 = arith.muli %v1647, %v207 : i64
                %v1750 = arith.addi %v1748, %v1749 : i64
                %v1751 = arith.muli %v33, %v2 : i64
                %v1752 = arith.addi %v1750, %v1751 : i64
                %v1753 = llvm.getelementptr %in_u[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                %v1755 = arith.mulf %v1754, %v1737 : f32
                %v1756 = arith.muli %v33, %v277 : i64
                %v1757 = arith.muli %v23, %v2 : i64
                %v1758 = arith.addi %v1756, %v1757 : i64
                %v1759 = llvm.getelementptr %in_A[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1760 = llvm.load %v1759 : !llvm.ptr -> f32
                %v1761 = arith.mulf %v1636, %v1760 : f32
                %v1762 = arith.mulf %v1761, %v223 : f32
                %v1763 = llvm.call_intrinsic "llvm.exp2.f32"(%v1762) : (f32) -> f32
                %v1764 = arith.mulf %v603, %v1715 : f32
                %v1765 = arith.mulf %v1760, %v1764 : f32
                %v1766 = arith.mulf %v1763, %v1765 : f32
                %v1767 = arith.muli %v33, %v277 : i64
                %v1768 = arith.constant 8 : i64
                %v1769 = arith.addi %v1768, %v23 : i64
                %v1770 = arith.muli %v1769, %v2 : i64
                %v1771 = arith.addi %v1767, %v1770 : i64
                %v1772 = llvm.getelementptr %in_A[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1773 = llvm.load %v1772 : !llvm.ptr -> f32
                %v1774 = arith.mulf %v1636, %v1773 : f32
                %v1775 = arith.mulf %v1774, %v223 : f32
                %v1776 = llvm.call_intrinsic "llvm.exp2.f32"(%v1775) : (f32) -> f32
                %v1777 = arith.mulf %v625, %v1726 : f32
                %v1778 = arith.mulf %v1773, %v1777 : f32
                %v1779 = arith.mulf %v1776, %v1778 : f32
                %v1780 = arith.addf %v1766, %v1779 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1781, %v1782 = gpu.shuffle xor %v1780, %v911, %v269 : f32
                %v1783 = arith.addf %v1780, %v1781 : f32
                %v1784, %v1785 = gpu.shuffle xor %v1783, %v915, %v269 : f32
                %v1786 = arith.addf %v1783, %v1784 : f32
                %v1787, %v1788 = gpu.shuffle xor %v1786, %v919, %v269 : f32
                %v1789 = arith.addf %v1786, %v1787 : f32
                // end sum over the lanes
                %v1790 = arith.addf %v1755, %v1789 : f32
                %v1791 = arith.mulf %v1790, %v1644 : f32
                %v1792 = arith.cmpi eq, %v23, %v53 : i64
                %v1793 = arith.andi %v27, %v1792 : i1
                scf.if %v1793 {
                  %v1794 = arith.muli %v35, %v208 : i64
                  %v1795 = arith.muli %v1647, %v207 : i64
                  %v1796 = arith.addi %v1794, %v1795 : i64
                  %v1797 = arith.muli %v33, %v2 : i64
                  %v1798 = arith.addi %v1796, %v1797 : i64
                  %v1799 = llvm.getelementptr %dx_delta[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1791, %v1799 : f32, !llvm.ptr
                }
                %v1800 = arith.mulf %v1654, %v650 : f32
                %v1801 = arith.mulf %v1676, %v672 : f32
                %v1802 = arith.addf %v1800, %v1801 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1803, %v1804 = gpu.shuffle xor %v1802, %v911, %v269 : f32
                %v1805 = arith.addf %v1802, %v1803 : f32
                %v1806, %v1807 = gpu.shuffle xor %v1805, %v915, %v269 : f32
                %v1808 = arith.addf %v1805, %v1806 : f32
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v919, %v269 : f32
                %v1811 = arith.addf %v1808, %v1809 : f32
                // end sum over the lanes
                %v1812 = arith.mulf %v1754, %v1706 : f32
                %v1813 = arith.addf %v1811, %v1812 : f32
                %v1814 = arith.mulf %v1813, %v1661 : f32
                %v1815 = arith.mulf %v1814, %v1642 : f32
                %v1816 = arith.cmpi eq, %v23, %v53 : i64
                %v1817 = arith.andi %v27, %v1816 : i1
                scf.if %v1817 {
                  %v1818 = arith.muli %v35, %v208 : i64
                  %v1819 = arith.muli %v1647, %v207 : i64
                  %v1820 = arith.addi %v1818, %v1819 : i64
                  %v1821 = arith.muli %v33, %v2 : i64
                  %v1822 = arith.addi %v1820, %v1821 : i64
                  %v1823 = llvm.getelementptr %dx_z[%v1822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1815, %v1823 : f32, !llvm.ptr
                }
                %v1824 = arith.mulf %v1763, %v1764 : f32
                %v1825 = arith.mulf %v1636, %v1824 : f32
                %v1826 = llvm.load %v41 : !llvm.ptr -> f32
                %v1827 = arith.addf %v1826, %v1825 : f32
                llvm.store %v1827, %v41 : f32, !llvm.ptr
                %v1828 = arith.mulf %v1776, %v1777 : f32
                %v1829 = arith.mulf %v1636, %v1828 : f32
                %v1830 = llvm.load %v42 : !llvm.ptr -> f32
                %v1831 = arith.addf %v1830, %v1829 : f32
                llvm.store %v1831, %v42 : f32, !llvm.ptr
                %v1832 = arith.mulf %v1638, %v1715 : f32
                %v1833 = arith.select %v27, %v1832, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1834, %v1835 = gpu.shuffle xor %v1833, %v1019, %v269 : f32
                %v1836 = arith.addf %v1833, %v1834 : f32
                %v1837, %v1838 = gpu.shuffle xor %v1836, %v1023, %v269 : f32
                %v1839 = arith.addf %v1836, %v1837 : f32
                %v1840 = arith.divui %v13, %v15 : i64
                %v1841 = arith.remui %v13, %v15 : i64
                %v1842 = arith.cmpi ult, %v1841, %v22 : i64
                %v1843 = arith.addi %v53, %v23 : i64
                %v1844 = arith.muli %v1840, %v15 : i64
                %v1845 = arith.addi %v1844, %v1646 : i64
                %v1846 = arith.muli %v1845, %v1 : i64
                %v1847 = arith.addi %v1846, %v1843 : i64
                scf.if %v1842 {
                  %v1848 = llvm.getelementptr %v48[%v1847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1839, %v1848 : f32, !llvm.ptr
                }
                %v1849 = arith.mulf %v1638, %v1726 : f32
                %v1850 = arith.select %v27, %v1849, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1851, %v1852 = gpu.shuffle xor %v1850, %v1019, %v269 : f32
                %v1853 = arith.addf %v1850, %v1851 : f32
                %v1854, %v1855 = gpu.shuffle xor %v1853, %v1023, %v269 : f32
                %v1856 = arith.addf %v1853, %v1854 : f32
                %v1857 = arith.divui %v13, %v15 : i64
                %v1858 = arith.remui %v13, %v15 : i64
                %v1859 = arith.cmpi ult, %v1858, %v22 : i64
                %v1860 = arith.addi %v22, %v23 : i64
                %v1861 = arith.muli %v1857, %v15 : i64
                %v1862 = arith.addi %v1861, %v1646 : i64
                %v1863 = arith.muli %v1862, %v1 : i64
                %v1864 = arith.addi %v1863, %v1860 : i64
                scf.if %v1859 {
                  %v1865 = llvm.getelementptr %v48[%v1864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1856, %v1865 : f32, !llvm.ptr
                }
                %v1866 = arith.mulf %v650, %v1662 : f32
                %v1867 = arith.select %v27, %v1866, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1868, %v1869 = gpu.shuffle xor %v1867, %v1019, %v269 : f32
                %v1870 = arith.addf %v1867, %v1868 : f32
                %v1871, %v1872 = gpu.shuffle xor %v1870, %v1023, %v269 : f32
                %v1873 = arith.addf %v1870, %v1871 : f32
                %v1874 = arith.divui %v13, %v15 : i64
                %v1875 = arith.remui %v13, %v15 : i64
                %v1876 = arith.cmpi ult, %v1875, %v22 : i64
                %v1877 = arith.addi %v53, %v23 : i64
                %v1878 = arith.muli %v1874, %v15 : i64
                %v1879 = arith.addi %v1878, %v1646 : i64
                %v1880 = arith.muli %v1879, %v1 : i64
                %v1881 = arith.addi %v1880, %v1877 : i64
                scf.if %v1876 {
                  %v1882 = llvm.getelementptr %v50[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1873, %v1882 : f32, !llvm.ptr
                }
                %v1883 = arith.mulf %v672, %v1662 : f32
                %v1884 = arith.select %v27, %v1883, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v1885, %v1886 = gpu.shuffle xor %v1884, %v1019, %v269 : f32
                %v1887 = arith.addf %v1884, %v1885 : f32
                %v1888, %v1889 = gpu.shuffle xor %v1887, %v1023, %v269 : f32
                %v1890 = arith.addf %v1887, %v1888 : f32
                %v1891 = arith.divui %v13, %v15 : i64
                %v1892 = arith.remui %v13, %v15 : i64
                %v1893 = arith.cmpi ult, %v1892, %v22 : i64
                %v1894 = arith.addi %v22, %v23 : i64
                %v1895 = arith.muli %v1891, %v15 : i64
                %v1896 = arith.addi %v1895, %v1646 : i64
                %v1897 = arith.muli %v1896, %v1 : i64
                %v1898 = arith.addi %v1897, %v1894 : i64
                scf.if %v1893 {
                  %v1899 = llvm.getelementptr %v50[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1890, %v1899 : f32, !llvm.ptr
                }
                %v1900 = arith.mulf %v1754, %v1662 : f32
                %v1901 = llvm.load %v43 : !llvm.ptr -> f32
                %v1902 = arith.addf %v1901, %v1900 : f32
                llvm.store %v1902, %v43 : f32, !llvm.ptr
                %v1903 = llvm.load %v44 : !llvm.ptr -> f32
                %v1904 = arith.addf %v1903, %v1791 : f32
                llvm.store %v1904, %v44 : f32, !llvm.ptr
                llvm.store %v1763, %v39 : f32, !llvm.ptr
                llvm.store %v1776, %v40 : f32, !llvm.ptr
              }
              %v1905 = arith.addi %v341, %v322 : i64
              %v1906 = arith.cmpi slt, %v1905, %v150 : i64
              %v1907, %v1908 = gpu.shuffle idx %v401, %v120, %v269 : f32
              %v1909, %v1910 = gpu.shuffle idx %v409, %v120, %v269 : f32
              %v1911, %v1912 = gpu.shuffle idx %v422, %v120, %v269 : f32
              %v1913, %v1914 = gpu.shuffle idx %v431, %v120, %v269 : f32
              %v1915, %v1916 = gpu.shuffle idx %v436, %v120, %v269 : f32
              %v1917 = arith.addi %v343, %v323 : i64
              scf.if %v1906 {
                %v1918 = arith.addi %v148, %v1905 : i64
                %v1919 = arith.muli %v35, %v287 : i64
                %v1920 = arith.muli %v1918, %v286 : i64
                %v1921 = arith.addi %v1919, %v1920 : i64
                %v1922 = arith.muli %v23, %v2 : i64
                %v1923 = arith.addi %v1921, %v1922 : i64
                %v1924 = llvm.getelementptr %in_Cm[%v1923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1925 = llvm.load %v1924 : !llvm.ptr -> f32
                %v1926 = arith.muli %v35, %v208 : i64
                %v1927 = arith.muli %v1918, %v207 : i64
                %v1928 = arith.addi %v1926, %v1927 : i64
                %v1929 = arith.muli %v33, %v2 : i64
                %v1930 = arith.addi %v1928, %v1929 : i64
                %v1931 = llvm.getelementptr %dy_y[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
                %v1933 = arith.mulf %v1911, %v1932 : f32
                %v1934 = arith.mulf %v1925, %v1933 : f32
                %v1935 = llvm.load %v37 : !llvm.ptr -> f32
                %v1936 = llvm.load %v39 : !llvm.ptr -> f32
                %v1937 = arith.mulf %v1936, %v1935 : f32
                %v1938 = arith.addf %v1934, %v1937 : f32
                llvm.store %v1938, %v37 : f32, !llvm.ptr
                %v1939 = arith.muli %v35, %v287 : i64
                %v1940 = arith.muli %v1918, %v286 : i64
                %v1941 = arith.addi %v1939, %v1940 : i64
                %v1942 = arith.constant 8 : i64
                %v1943 = arith.addi %v1942, %v23 : i64
                %v1944 = arith.muli %v1943, %v2 : i64
                %v1945 = arith.addi %v1941, %v1944 : i64
                %v1946 = llvm.getelementptr %in_Cm[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
                %v1948 = arith.mulf %v1947, %v1933 : f32
                %v1949 = llvm.load %v38 : !llvm.ptr -> f32
                %v1950 = llvm.load %v40 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1950, %v1949 : f32
                %v1952 = arith.addf %v1948, %v1951 : f32
                llvm.store %v1952, %v38 : f32, !llvm.ptr
                %v1953 = arith.subi %size_L, %v2 : i64
                %v1954 = arith.cmpi eq, %v1918, %v1953 : i64
                scf.if %v1954 {
                  %v1955 = arith.muli %v35, %v56 : i64
                  %v1956 = arith.muli %v33, %v55 : i64
                  %v1957 = arith.addi %v1955, %v1956 : i64
                  %v1958 = arith.muli %v23, %v2 : i64
                  %v1959 = arith.addi %v1957, %v1958 : i64
                  %v1960 = llvm.getelementptr %dy_h_last[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
                  %v1962 = llvm.load %v37 : !llvm.ptr -> f32
                  %v1963 = arith.addf %v1962, %v1961 : f32
                  llvm.store %v1963, %v37 : f32, !llvm.ptr
                  %v1964 = arith.muli %v35, %v56 : i64
                  %v1965 = arith.muli %v33, %v55 : i64
                  %v1966 = arith.addi %v1964, %v1965 : i64
                  %v1967 = arith.constant 8 : i64
                  %v1968 = arith.addi %v1967, %v23 : i64
                  %v1969 = arith.muli %v1968, %v2 : i64
                  %v1970 = arith.addi %v1966, %v1969 : i64
                  %v1971 = llvm.getelementptr %dy_h_last[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1972 = llvm.load %v1971 : !llvm.ptr -> f32
                  %v1973 = llvm.load %v38 : !llvm.ptr -> f32
                  %v1974 = arith.addf %v1973, %v1972 : f32
                  llvm.store %v1974, %v38 : f32, !llvm.ptr
                }
                %v1975 = arith.muli %v33, %v2 : i64
                %v1976 = llvm.getelementptr %in_Dskip[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1977, %v1933 : f32
                %v1979 = arith.muli %v35, %v287 : i64
                %v1980 = arith.muli %v1918, %v286 : i64
                %v1981 = arith.addi %v1979, %v1980 : i64
                %v1982 = arith.muli %v23, %v2 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = llvm.getelementptr %in_Bm[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                %v1986 = llvm.load %v37 : !llvm.ptr -> f32
                %v1987 = arith.mulf %v1985, %v1986 : f32
                %v1988 = arith.muli %v35, %v287 : i64
                %v1989 = arith.muli %v1918, %v286 : i64
                %v1990 = arith.addi %v1988, %v1989 : i64
                %v1991 = arith.constant 8 : i64
                %v1992 = arith.addi %v1991, %v23 : i64
                %v1993 = arith.muli %v1992, %v2 : i64
                %v1994 = arith.addi %v1990, %v1993 : i64
                %v1995 = llvm.getelementptr %in_Bm[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1996 = llvm.load %v1995 : !llvm.ptr -> f32
                %v1997 = llvm.load %v38 : !llvm.ptr -> f32
                %v1998 = arith.mulf %v1996, %v1997 : f32
                %v1999 = arith.addf %v1987, %v1998 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2000, %v2001 = gpu.shuffle xor %v1999, %v911, %v269 : f32
                %v2002 = arith.addf %v1999, %v2000 : f32
                %v2003, %v2004 = gpu.shuffle xor %v2002, %v915, %v269 : f32
                %v2005 = arith.addf %v2002, %v2003 : f32
                %v2006, %v2007 = gpu.shuffle xor %v2005, %v919, %v269 : f32
                %v2008 = arith.addf %v2005, %v2006 : f32
                // end sum over the lanes
                %v2009 = arith.mulf %v1907, %v2008 : f32
                %v2010 = arith.addf %v1978, %v2009 : f32
                %v2011 = arith.cmpi eq, %v23, %v53 : i64
                %v2012 = arith.andi %v27, %v2011 : i1
                scf.if %v2012 {
                  %v2013 = arith.muli %v35, %v208 : i64
                  %v2014 = arith.muli %v1918, %v207 : i64
                  %v2015 = arith.addi %v2013, %v2014 : i64
                  %v2016 = arith.muli %v33, %v2 : i64
                  %v2017 = arith.addi %v2015, %v2016 : i64
                  %v2018 = llvm.getelementptr %dx_u[%v2017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2010, %v2018 : f32, !llvm.ptr
                }
                %v2019 = arith.muli %v35, %v208 : i64
                %v2020 = arith.muli %v1918, %v207 : i64
                %v2021 = arith.addi %v2019, %v2020 : i64
                %v2022 = arith.muli %v33, %v2 : i64
                %v2023 = arith.addi %v2021, %v2022 : i64
                %v2024 = llvm.getelementptr %in_u[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2025 = llvm.load %v2024 : !llvm.ptr -> f32
                %v2026 = arith.mulf %v2025, %v2008 : f32
                %v2027 = arith.muli %v33, %v277 : i64
                %v2028 = arith.muli %v23, %v2 : i64
                %v2029 = arith.addi %v2027, %v2028 : i64
                %v2030 = llvm.getelementptr %in_A[%v2029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2031 = llvm.load %v2030 : !llvm.ptr -> f32
                %v2032 = arith.mulf %v1907, %v2031 : f32
                %v2033 = arith.mulf %v2032, %v223 : f32
                %v2034 = llvm.call_intrinsic "llvm.exp2.f32"(%v2033) : (f32) -> f32
                %v2035 = arith.mulf %v556, %v1986 : f32
                %v2036 = arith.mulf %v2031, %v2035 : f32
                %v2037 = arith.mulf %v2034, %v2036 : f32
                %v2038 = arith.muli %v33, %v277 : i64
                %v2039 = arith.constant 8 : i64
                %v2040 = arith.addi %v2039, %v23 : i64
                %v2041 = arith.muli %v2040, %v2 : i64
                %v2042 = arith.addi %v2038, %v2041 : i64
                %v2043 = llvm.getelementptr %in_A[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
                %v2045 = arith.mulf %v1907, %v2044 : f32
                %v2046 = arith.mulf %v2045, %v223 : f32
                %v2047 = llvm.call_intrinsic "llvm.exp2.f32"(%v2046) : (f32) -> f32
                %v2048 = arith.mulf %v578, %v1997 : f32
                %v2049 = arith.mulf %v2044, %v2048 : f32
                %v2050 = arith.mulf %v2047, %v2049 : f32
                %v2051 = arith.addf %v2037, %v2050 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2052, %v2053 = gpu.shuffle xor %v2051, %v911, %v269 : f32
                %v2054 = arith.addf %v2051, %v2052 : f32
                %v2055, %v2056 = gpu.shuffle xor %v2054, %v915, %v269 : f32
                %v2057 = arith.addf %v2054, %v2055 : f32
                %v2058, %v2059 = gpu.shuffle xor %v2057, %v919, %v269 : f32
                %v2060 = arith.addf %v2057, %v2058 : f32
                // end sum over the lanes
                %v2061 = arith.addf %v2026, %v2060 : f32
                %v2062 = arith.mulf %v2061, %v1915 : f32
                %v2063 = arith.cmpi eq, %v23, %v53 : i64
                %v2064 = arith.andi %v27, %v2063 : i1
                scf.if %v2064 {
                  %v2065 = arith.muli %v35, %v208 : i64
                  %v2066 = arith.muli %v1918, %v207 : i64
                  %v2067 = arith.addi %v2065, %v2066 : i64
                  %v2068 = arith.muli %v33, %v2 : i64
                  %v2069 = arith.addi %v2067, %v2068 : i64
                  %v2070 = llvm.getelementptr %dx_delta[%v2069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2062, %v2070 : f32, !llvm.ptr
                }
                %v2071 = arith.mulf %v1925, %v603 : f32
                %v2072 = arith.mulf %v1947, %v625 : f32
                %v2073 = arith.addf %v2071, %v2072 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2074, %v2075 = gpu.shuffle xor %v2073, %v911, %v269 : f32
                %v2076 = arith.addf %v2073, %v2074 : f32
                %v2077, %v2078 = gpu.shuffle xor %v2076, %v915, %v269 : f32
                %v2079 = arith.addf %v2076, %v2077 : f32
                %v2080, %v2081 = gpu.shuffle xor %v2079, %v919, %v269 : f32
                %v2082 = arith.addf %v2079, %v2080 : f32
                // end sum over the lanes
                %v2083 = arith.mulf %v2025, %v1977 : f32
                %v2084 = arith.addf %v2082, %v2083 : f32
                %v2085 = arith.mulf %v2084, %v1932 : f32
                %v2086 = arith.mulf %v2085, %v1913 : f32
                %v2087 = arith.cmpi eq, %v23, %v53 : i64
                %v2088 = arith.andi %v27, %v2087 : i1
                scf.if %v2088 {
                  %v2089 = arith.muli %v35, %v208 : i64
                  %v2090 = arith.muli %v1918, %v207 : i64
                  %v2091 = arith.addi %v2089, %v2090 : i64
                  %v2092 = arith.muli %v33, %v2 : i64
                  %v2093 = arith.addi %v2091, %v2092 : i64
                  %v2094 = llvm.getelementptr %dx_z[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2086, %v2094 : f32, !llvm.ptr
                }
                %v2095 = arith.mulf %v2034, %v2035 : f32
                %v2096 = arith.mulf %v1907, %v2095 : f32
                %v2097 = llvm.load %v41 : !llvm.ptr -> f32
                %v2098 = arith.addf %v2097, %v2096 : f32
                llvm.store %v2098, %v41 : f32, !llvm.ptr
                %v2099 = arith.mulf %v2047, %v2048 : f32
                %v2100 = arith.mulf %v1907, %v2099 : f32
                %v2101 = llvm.load %v42 : !llvm.ptr -> f32
                %v2102 = arith.addf %v2101, %v2100 : f32
                llvm.store %v2102, %v42 : f32, !llvm.ptr
                %v2103 = arith.mulf %v1909, %v1986 : f32
                %v2104 = arith.select %v27, %v2103, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2105, %v2106 = gpu.shuffle xor %v2104, %v1019, %v269 : f32
                %v2107 = arith.addf %v2104, %v2105 : f32
                %v2108, %v2109 = gpu.shuffle xor %v2107, %v1023, %v269 : f32
                %v2110 = arith.addf %v2107, %v2108 : f32
                %v2111 = arith.divui %v13, %v15 : i64
                %v2112 = arith.remui %v13, %v15 : i64
                %v2113 = arith.cmpi ult, %v2112, %v22 : i64
                %v2114 = arith.addi %v53, %v23 : i64
                %v2115 = arith.muli %v2111, %v15 : i64
                %v2116 = arith.addi %v2115, %v1917 : i64
                %v2117 = arith.muli %v2116, %v1 : i64
                %v2118 = arith.addi %v2117, %v2114 : i64
                scf.if %v2113 {
                  %v2119 = llvm.getelementptr %v48[%v2118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2110, %v2119 : f32, !llvm.ptr
                }
                %v2120 = arith.mulf %v1909, %v1997 : f32
                %v2121 = arith.select %v27, %v2120, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2122, %v2123 = gpu.shuffle xor %v2121, %v1019, %v269 : f32
                %v2124 = arith.addf %v2121, %v2122 : f32
                %v2125, %v2126 = gpu.shuffle xor %v2124, %v1023, %v269 : f32
                %v2127 = arith.addf %v2124, %v2125 : f32
                %v2128 = arith.divui %v13, %v15 : i64
                %v2129 = arith.remui %v13, %v15 : i64
                %v2130 = arith.cmpi ult, %v2129, %v22 : i64
                %v2131 = arith.addi %v22, %v23 : i64
                %v2132 = arith.muli %v2128, %v15 : i64
                %v2133 = arith.addi %v2132, %v1917 : i64
                %v2134 = arith.muli %v2133, %v1 : i64
                %v2135 = arith.addi %v2134, %v2131 : i64
                scf.if %v2130 {
                  %v2136 = llvm.getelementptr %v48[%v2135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2127, %v2136 : f32, !llvm.ptr
                }
                %v2137 = arith.mulf %v603, %v1933 : f32
                %v2138 = arith.select %v27, %v2137, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2139, %v2140 = gpu.shuffle xor %v2138, %v1019, %v269 : f32
                %v2141 = arith.addf %v2138, %v2139 : f32
                %v2142, %v2143 = gpu.shuffle xor %v2141, %v1023, %v269 : f32
                %v2144 = arith.addf %v2141, %v2142 : f32
                %v2145 = arith.divui %v13, %v15 : i64
                %v2146 = arith.remui %v13, %v15 : i64
                %v2147 = arith.cmpi ult, %v2146, %v22 : i64
                %v2148 = arith.addi %v53, %v23 : i64
                %v2149 = arith.muli %v2145, %v15 : i64
                %v2150 = arith.addi %v2149, %v1917 : i64
                %v2151 = arith.muli %v2150, %v1 : i64
                %v2152 = arith.addi %v2151, %v2148 : i64
                scf.if %v2147 {
                  %v2153 = llvm.getelementptr %v50[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2144, %v2153 : f32, !llvm.ptr
                }
                %v2154 = arith.mulf %v625, %v1933 : f32
                %v2155 = arith.select %v27, %v2154, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2156, %v2157 = gpu.shuffle xor %v2155, %v1019, %v269 : f32
                %v2158 = arith.addf %v2155, %v2156 : f32
                %v2159, %v2160 = gpu.shuffle xor %v2158, %v1023, %v269 : f32
                %v2161 = arith.addf %v2158, %v2159 : f32
                %v2162 = arith.divui %v13, %v15 : i64
                %v2163 = arith.remui %v13, %v15 : i64
                %v2164 = arith.cmpi ult, %v2163, %v22 : i64
                %v2165 = arith.addi %v22, %v23 : i64
                %v2166 = arith.muli %v2162, %v15 : i64
                %v2167 = arith.addi %v2166, %v1917 : i64
                %v2168 = arith.muli %v2167, %v1 : i64
                %v2169 = arith.addi %v2168, %v2165 : i64
                scf.if %v2164 {
                  %v2170 = llvm.getelementptr %v50[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2161, %v2170 : f32, !llvm.ptr
                }
                %v2171 = arith.mulf %v2025, %v1933 : f32
                %v2172 = llvm.load %v43 : !llvm.ptr -> f32
                %v2173 = arith.addf %v2172, %v2171 : f32
                llvm.store %v2173, %v43 : f32, !llvm.ptr
                %v2174 = llvm.load %v44 : !llvm.ptr -> f32
                %v2175 = arith.addf %v2174, %v2062 : f32
                llvm.store %v2175, %v44 : f32, !llvm.ptr
                llvm.store %v2034, %v39 : f32, !llvm.ptr
                llvm.store %v2047, %v40 : f32, !llvm.ptr
              }
              %v2176 = arith.addi %v341, %v531 : i64
              %v2177 = arith.cmpi slt, %v2176, %v150 : i64
              %v2178, %v2179 = gpu.shuffle idx %v401, %v116, %v269 : f32
              %v2180, %v2181 = gpu.shuffle idx %v409, %v116, %v269 : f32
              %v2182, %v2183 = gpu.shuffle idx %v422, %v116, %v269 : f32
              %v2184, %v2185 = gpu.shuffle idx %v431, %v116, %v269 : f32
              %v2186, %v2187 = gpu.shuffle idx %v436, %v116, %v269 : f32
              %v2188 = arith.addi %v343, %v673 : i64
              scf.if %v2177 {
                %v2189 = arith.addi %v148, %v2176 : i64
                %v2190 = arith.muli %v35, %v287 : i64
                %v2191 = arith.muli %v2189, %v286 : i64
                %v2192 = arith.addi %v2190, %v2191 : i64
                %v2193 = arith.muli %v23, %v2 : i64
                %v2194 = arith.addi %v2192, %v2193 : i64
                %v2195 = llvm.getelementptr %in_Cm[%v2194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2196 = llvm.load %v2195 : !llvm.ptr -> f32
                %v2197 = arith.muli %v35, %v208 : i64
                %v2198 = arith.muli %v2189, %v207 : i64
                %v2199 = arith.addi %v2197, %v2198 : i64
                %v2200 = arith.muli %v33, %v2 : i64
                %v2201 = arith.addi %v2199, %v2200 : i64
                %v2202 = llvm.getelementptr %dy_y[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2203 = llvm.load %v2202 : !llvm.ptr -> f32
                %v2204 = arith.mulf %v2182, %v2203 : f32
                %v2205 = arith.mulf %v2196, %v2204 : f32
                %v2206 = llvm.load %v37 : !llvm.ptr -> f32
                %v2207 = llvm.load %v39 : !llvm.ptr -> f32
                %v2208 = arith.mulf %v2207, %v2206 : f32
                %v2209 = arith.addf %v2205, %v2208 : f32
                llvm.store %v2209, %v37 : f32, !llvm.ptr
                %v2210 = arith.muli %v35, %v287 : i64
                %v2211 = arith.muli %v2189, %v286 : i64
                %v2212 = arith.addi %v2210, %v2211 : i64
                %v2213 = arith.constant 8 : i64
                %v2214 = arith.addi %v2213, %v23 : i64
                %v2215 = arith.muli %v2214, %v2 : i64
                %v2216 = arith.addi %v2212, %v2215 : i64
                %v2217 = llvm.getelementptr %in_Cm[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                %v2219 = arith.mulf %v2218, %v2204 : f32
                %v2220 = llvm.load %v38 : !llvm.ptr -> f32
                %v2221 = llvm.load %v40 : !llvm.ptr -> f32
                %v2222 = arith.mulf %v2221, %v2220 : f32
                %v2223 = arith.addf %v2219, %v2222 : f32
                llvm.store %v2223, %v38 : f32, !llvm.ptr
                %v2224 = arith.subi %size_L, %v2 : i64
                %v2225 = arith.cmpi eq, %v2189, %v2224 : i64
                scf.if %v2225 {
                  %v2226 = arith.muli %v35, %v56 : i64
                  %v2227 = arith.muli %v33, %v55 : i64
                  %v2228 = arith.addi %v2226, %v2227 : i64
                  %v2229 = arith.muli %v23, %v2 : i64
                  %v2230 = arith.addi %v2228, %v2229 : i64
                  %v2231 = llvm.getelementptr %dy_h_last[%v2230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2232 = llvm.load %v2231 : !llvm.ptr -> f32
                  %v2233 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2234 = arith.addf %v2233, %v2232 : f32
                  llvm.store %v2234, %v37 : f32, !llvm.ptr
                  %v2235 = arith.muli %v35, %v56 : i64
                  %v2236 = arith.muli %v33, %v55 : i64
                  %v2237 = arith.addi %v2235, %v2236 : i64
                  %v2238 = arith.constant 8 : i64
                  %v2239 = arith.addi %v2238, %v23 : i64
                  %v2240 = arith.muli %v2239, %v2 : i64
                  %v2241 = arith.addi %v2237, %v2240 : i64
                  %v2242 = llvm.getelementptr %dy_h_last[%v2241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
                  %v2244 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2245 = arith.addf %v2244, %v2243 : f32
                  llvm.store %v2245, %v38 : f32, !llvm.ptr
                }
                %v2246 = arith.muli %v33, %v2 : i64
                %v2247 = llvm.getelementptr %in_Dskip[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
                %v2249 = arith.mulf %v2248, %v2204 : f32
                %v2250 = arith.muli %v35, %v287 : i64
                %v2251 = arith.muli %v2189, %v286 : i64
                %v2252 = arith.addi %v2250, %v2251 : i64
                %v2253 = arith.muli %v23, %v2 : i64
                %v2254 = arith.addi %v2252, %v2253 : i64
                %v2255 = llvm.getelementptr %in_Bm[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
                %v2257 = llvm.load %v37 : !llvm.ptr -> f32
                %v2258 = arith.mulf %v2256, %v2257 : f32
                %v2259 = arith.muli %v35, %v287 : i64
                %v2260 = arith.muli %v2189, %v286 : i64
                %v2261 = arith.addi %v2259, %v2260 : i64
                %v2262 = arith.constant 8 : i64
                %v2263 = arith.addi %v2262, %v23 : i64
                %v2264 = arith.muli %v2263, %v2 : i64
                %v2265 = arith.addi %v2261, %v2264 : i64
                %v2266 = llvm.getelementptr %in_Bm[%v2265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2267 = llvm.load %v2266 : !llvm.ptr -> f32
                %v2268 = llvm.load %v38 : !llvm.ptr -> f32
                %v2269 = arith.mulf %v2267, %v2268 : f32
                %v2270 = arith.addf %v2258, %v2269 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2271, %v2272 = gpu.shuffle xor %v2270, %v911, %v269 : f32
                %v2273 = arith.addf %v2270, %v2271 : f32
                %v2274, %v2275 = gpu.shuffle xor %v2273, %v915, %v269 : f32
                %v2276 = arith.addf %v2273, %v2274 : f32
                %v2277, %v2278 = gpu.shuffle xor %v2276, %v919, %v269 : f32
                %v2279 = arith.addf %v2276, %v2277 : f32
                // end sum over the lanes
                %v2280 = arith.mulf %v2178, %v2279 : f32
                %v2281 = arith.addf %v2249, %v2280 : f32
                %v2282 = arith.cmpi eq, %v23, %v53 : i64
                %v2283 = arith.andi %v27, %v2282 : i1
                scf.if %v2283 {
                  %v2284 = arith.muli %v35, %v208 : i64
                  %v2285 = arith.muli %v2189, %v207 : i64
                  %v2286 = arith.addi %v2284, %v2285 : i64
                  %v2287 = arith.muli %v33, %v2 : i64
                  %v2288 = arith.addi %v2286, %v2287 : i64
                  %v2289 = llvm.getelementptr %dx_u[%v2288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2281, %v2289 : f32, !llvm.ptr
                }
                %v2290 = arith.muli %v35, %v208 : i64
                %v2291 = arith.muli %v2189, %v207 : i64
                %v2292 = arith.addi %v2290, %v2291 : i64
                %v2293 = arith.muli %v33, %v2 : i64
                %v2294 = arith.addi %v2292, %v2293 : i64
                %v2295 = llvm.getelementptr %in_u[%v2294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2296 = llvm.load %v2295 : !llvm.ptr -> f32
                %v2297 = arith.mulf %v2296, %v2279 : f32
                %v2298 = arith.muli %v33, %v277 : i64
                %v2299 = arith.muli %v23, %v2 : i64
                %v2300 = arith.addi %v2298, %v2299 : i64
                %v2301 = llvm.getelementptr %in_A[%v2300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2302 = llvm.load %v2301 : !llvm.ptr -> f32
                %v2303 = arith.mulf %v2178, %v2302 : f32
                %v2304 = arith.mulf %v2303, %v223 : f32
                %v2305 = llvm.call_intrinsic "llvm.exp2.f32"(%v2304) : (f32) -> f32
                %v2306 = arith.mulf %v508, %v2257 : f32
                %v2307 = arith.mulf %v2302, %v2306 : f32
                %v2308 = arith.mulf %v2305, %v2307 : f32
                %v2309 = arith.muli %v33, %v277 : i64
                %v2310 = arith.constant 8 : i64
                %v2311 = arith.addi %v2310, %v23 : i64
                %v2312 = arith.muli %v2311, %v2 : i64
                %v2313 = arith.addi %v2309, %v2312 : i64
                %v2314 = llvm.getelementptr %in_A[%v2313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
                %v2316 = arith.mulf %v2178, %v2315 : f32
                %v2317 = arith.mulf %v2316, %v223 : f32
                %v2318 = llvm.call_intrinsic "llvm.exp2.f32"(%v2317) : (f32) -> f32
                %v2319 = arith.mulf %v530, %v2268 : f32
                %v2320 = arith.mulf %v2315, %v2319 : f32
                %v2321 = arith.mulf %v2318, %v2320 : f32
                %v2322 = arith.addf %v2308, %v2321 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2323, %v2324 = gpu.shuffle xor %v2322, %v911, %v269 : f32
                %v2325 = arith.addf %v2322, %v2323 : f32
                %v2326, %v2327 = gpu.shuffle xor %v2325, %v915, %v269 : f32
                %v2328 = arith.addf %v2325, %v2326 : f32
                %v2329, %v2330 = gpu.shuffle xor %v2328, %v919, %v269 : f32
                %v2331 = arith.addf %v2328, %v2329 : f32
                // end sum over the lanes
                %v2332 = arith.addf %v2297, %v2331 : f32
                %v2333 = arith.mulf %v2332, %v2186 : f32
                %v2334 = arith.cmpi eq, %v23, %v53 : i64
                %v2335 = arith.andi %v27, %v2334 : i1
                scf.if %v2335 {
                  %v2336 = arith.muli %v35, %v208 : i64
                  %v2337 = arith.muli %v2189, %v207 : i64
                  %v2338 = arith.addi %v2336, %v2337 : i64
                  %v2339 = arith.muli %v33, %v2 : i64
                  %v2340 = arith.addi %v2338, %v2339 : i64
                  %v2341 = llvm.getelementptr %dx_delta[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2333, %v2341 : f32, !llvm.ptr
                }
                %v2342 = arith.mulf %v2196, %v556 : f32
                %v2343 = arith.mulf %v2218, %v578 : f32
                %v2344 = arith.addf %v2342, %v2343 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2345, %v2346 = gpu.shuffle xor %v2344, %v911, %v269 : f32
                %v2347 = arith.addf %v2344, %v2345 : f32
                %v2348, %v2349 = gpu.shuffle xor %v2347, %v915, %v269 : f32
                %v2350 = arith.addf %v2347, %v2348 : f32
                %v2351, %v2352 = gpu.shuffle xor %v2350, %v919, %v269 : f32
                %v2353 = arith.addf %v2350, %v2351 : f32
                // end sum over the lanes
                %v2354 = arith.mulf %v2296, %v2248 : f32
                %v2355 = arith.addf %v2353, %v2354 : f32
                %v2356 = arith.mulf %v2355, %v2203 : f32
                %v2357 = arith.mulf %v2356, %v2184 : f32
                %v2358 = arith.cmpi eq, %v23, %v53 : i64
                %v2359 = arith.andi %v27, %v2358 : i1
                scf.if %v2359 {
                  %v2360 = arith.muli %v35, %v208 : i64
                  %v2361 = arith.muli %v2189, %v207 : i64
                  %v2362 = arith.addi %v2360, %v2361 : i64
                  %v2363 = arith.muli %v33, %v2 : i64
                  %v2364 = arith.addi %v2362, %v2363 : i64
                  %v2365 = llvm.getelementptr %dx_z[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2357, %v2365 : f32, !llvm.ptr
                }
                %v2366 = arith.mulf %v2305, %v2306 : f32
                %v2367 = arith.mulf %v2178, %v2366 : f32
                %v2368 = llvm.load %v41 : !llvm.ptr -> f32
                %v2369 = arith.addf %v2368, %v2367 : f32
                llvm.store %v2369, %v41 : f32, !llvm.ptr
                %v2370 = arith.mulf %v2318, %v2319 : f32
                %v2371 = arith.mulf %v2178, %v2370 : f32
                %v2372 = llvm.load %v42 : !llvm.ptr -> f32
                %v2373 = arith.addf %v2372, %v2371 : f32
                llvm.store %v2373, %v42 : f32, !llvm.ptr
                %v2374 = arith.mulf %v2180, %v2257 : f32
                %v2375 = arith.select %v27, %v2374, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2376, %v2377 = gpu.shuffle xor %v2375, %v1019, %v269 : f32
                %v2378 = arith.addf %v2375, %v2376 : f32
                %v2379, %v2380 = gpu.shuffle xor %v2378, %v1023, %v269 : f32
                %v2381 = arith.addf %v2378, %v2379 : f32
                %v2382 = arith.divui %v13, %v15 : i64
                %v2383 = arith.remui %v13, %v15 : i64
                %v2384 = arith.cmpi ult, %v2383, %v22 : i64
                %v2385 = arith.addi %v53, %v23 : i64
                %v2386 = arith.muli %v2382, %v15 : i64
                %v2387 = arith.addi %v2386, %v2188 : i64
                %v2388 = arith.muli %v2387, %v1 : i64
                %v2389 = arith.addi %v2388, %v2385 : i64
                scf.if %v2384 {
                  %v2390 = llvm.getelementptr %v48[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2381, %v2390 : f32, !llvm.ptr
                }
                %v2391 = arith.mulf %v2180, %v2268 : f32
                %v2392 = arith.select %v27, %v2391, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2393, %v2394 = gpu.shuffle xor %v2392, %v1019, %v269 : f32
                %v2395 = arith.addf %v2392, %v2393 : f32
                %v2396, %v2397 = gpu.shuffle xor %v2395, %v1023, %v269 : f32
                %v2398 = arith.addf %v2395, %v2396 : f32
                %v2399 = arith.divui %v13, %v15 : i64
                %v2400 = arith.remui %v13, %v15 : i64
                %v2401 = arith.cmpi ult, %v2400, %v22 : i64
                %v2402 = arith.addi %v22, %v23 : i64
                %v2403 = arith.muli %v2399, %v15 : i64
                %v2404 = arith.addi %v2403, %v2188 : i64
                %v2405 = arith.muli %v2404, %v1 : i64
                %v2406 = arith.addi %v2405, %v2402 : i64
                scf.if %v2401 {
                  %v2407 = llvm.getelementptr %v48[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2398, %v2407 : f32, !llvm.ptr
                }
                %v2408 = arith.mulf %v556, %v2204 : f32
                %v2409 = arith.select %v27, %v2408, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2410, %v2411 = gpu.shuffle xor %v2409, %v1019, %v269 : f32
                %v2412 = arith.addf %v2409, %v2410 : f32
                %v2413, %v2414 = gpu.shuffle xor %v2412, %v1023, %v269 : f32
                %v2415 = arith.addf %v2412, %v2413 : f32
                %v2416 = arith.divui %v13, %v15 : i64
                %v2417 = arith.remui %v13, %v15 : i64
                %v2418 = arith.cmpi ult, %v2417, %v22 : i64
                %v2419 = arith.addi %v53, %v23 : i64
                %v2420 = arith.muli %v2416, %v15 : i64
                %v2421 = arith.addi %v2420, %v2188 : i64
                %v2422 = arith.muli %v2421, %v1 : i64
                %v2423 = arith.addi %v2422, %v2419 : i64
                scf.if %v2418 {
                  %v2424 = llvm.getelementptr %v50[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2415, %v2424 : f32, !llvm.ptr
                }
                %v2425 = arith.mulf %v578, %v2204 : f32
                %v2426 = arith.select %v27, %v2425, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2427, %v2428 = gpu.shuffle xor %v2426, %v1019, %v269 : f32
                %v2429 = arith.addf %v2426, %v2427 : f32
                %v2430, %v2431 = gpu.shuffle xor %v2429, %v1023, %v269 : f32
                %v2432 = arith.addf %v2429, %v2430 : f32
                %v2433 = arith.divui %v13, %v15 : i64
                %v2434 = arith.remui %v13, %v15 : i64
                %v2435 = arith.cmpi ult, %v2434, %v22 : i64
                %v2436 = arith.addi %v22, %v23 : i64
                %v2437 = arith.muli %v2433, %v15 : i64
                %v2438 = arith.addi %v2437, %v2188 : i64
                %v2439 = arith.muli %v2438, %v1 : i64
                %v2440 = arith.addi %v2439, %v2436 : i64
                scf.if %v2435 {
                  %v2441 = llvm.getelementptr %v50[%v2440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2432, %v2441 : f32, !llvm.ptr
                }
                %v2442 = arith.mulf %v2296, %v2204 : f32
                %v2443 = llvm.load %v43 : !llvm.ptr -> f32
                %v2444 = arith.addf %v2443, %v2442 : f32
                llvm.store %v2444, %v43 : f32, !llvm.ptr
                %v2445 = llvm.load %v44 : !llvm.ptr -> f32
                %v2446 = arith.addf %v2445, %v2333 : f32
                llvm.store %v2446, %v44 : f32, !llvm.ptr
                llvm.store %v2305, %v39 : f32, !llvm.ptr
                llvm.store %v2318, %v40 : f32, !llvm.ptr
              }
              %v2447 = arith.addi %v341, %v2 : i64
              %v2448 = arith.cmpi slt, %v2447, %v150 : i64
              %v2449, %v2450 = gpu.shuffle idx %v401, %v112, %v269 : f32
              %v2451, %v2452 = gpu.shuffle idx %v409, %v112, %v269 : f32
              %v2453, %v2454 = gpu.shuffle idx %v422, %v112, %v269 : f32
              %v2455, %v2456 = gpu.shuffle idx %v431, %v112, %v269 : f32
              %v2457, %v2458 = gpu.shuffle idx %v436, %v112, %v269 : f32
              %v2459 = arith.addi %v343, %v721 : i64
              scf.if %v2448 {
                %v2460 = arith.addi %v148, %v2447 : i64
                %v2461 = arith.muli %v35, %v287 : i64
                %v2462 = arith.muli %v2460, %v286 : i64
                %v2463 = arith.addi %v2461, %v2462 : i64
                %v2464 = arith.muli %v23, %v2 : i64
                %v2465 = arith.addi %v2463, %v2464 : i64
                %v2466 = llvm.getelementptr %in_Cm[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2467 = llvm.load %v2466 : !llvm.ptr -> f32
                %v2468 = arith.muli %v35, %v208 : i64
                %v2469 = arith.muli %v2460, %v207 : i64
                %v2470 = arith.addi %v2468, %v2469 : i64
                %v2471 = arith.muli %v33, %v2 : i64
                %v2472 = arith.addi %v2470, %v2471 : i64
                %v2473 = llvm.getelementptr %dy_y[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2474 = llvm.load %v2473 : !llvm.ptr -> f32
                %v2475 = arith.mulf %v2453, %v2474 : f32
                %v2476 = arith.mulf %v2467, %v2475 : f32
                %v2477 = llvm.load %v37 : !llvm.ptr -> f32
                %v2478 = llvm.load %v39 : !llvm.ptr -> f32
                %v2479 = arith.mulf %v2478, %v2477 : f32
                %v2480 = arith.addf %v2476, %v2479 : f32
                llvm.store %v2480, %v37 : f32, !llvm.ptr
                %v2481 = arith.muli %v35, %v287 : i64
                %v2482 = arith.muli %v2460, %v286 : i64
                %v2483 = arith.addi %v2481, %v2482 : i64
                %v2484 = arith.constant 8 : i64
                %v2485 = arith.addi %v2484, %v23 : i64
                %v2486 = arith.muli %v2485, %v2 : i64
                %v2487 = arith.addi %v2483, %v2486 : i64
                %v2488 = llvm.getelementptr %in_Cm[%v2487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2489 = llvm.load %v2488 : !llvm.ptr -> f32
                %v2490 = arith.mulf %v2489, %v2475 : f32
                %v2491 = llvm.load %v38 : !llvm.ptr -> f32
                %v2492 = llvm.load %v40 : !llvm.ptr -> f32
                %v2493 = arith.mulf %v2492, %v2491 : f32
                %v2494 = arith.addf %v2490, %v2493 : f32
                llvm.store %v2494, %v38 : f32, !llvm.ptr
                %v2495 = arith.subi %size_L, %v2 : i64
                %v2496 = arith.cmpi eq, %v2460, %v2495 : i64
                scf.if %v2496 {
                  %v2497 = arith.muli %v35, %v56 : i64
                  %v2498 = arith.muli %v33, %v55 : i64
                  %v2499 = arith.addi %v2497, %v2498 : i64
                  %v2500 = arith.muli %v23, %v2 : i64
                  %v2501 = arith.addi %v2499, %v2500 : i64
                  %v2502 = llvm.getelementptr %dy_h_last[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2503 = llvm.load %v2502 : !llvm.ptr -> f32
                  %v2504 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2505 = arith.addf %v2504, %v2503 : f32
                  llvm.store %v2505, %v37 : f32, !llvm.ptr
                  %v2506 = arith.muli %v35, %v56 : i64
                  %v2507 = arith.muli %v33, %v55 : i64
                  %v2508 = arith.addi %v2506, %v2507 : i64
                  %v2509 = arith.constant 8 : i64
                  %v2510 = arith.addi %v2509, %v23 : i64
                  %v2511 = arith.muli %v2510, %v2 : i64
                  %v2512 = arith.addi %v2508, %v2511 : i64
                  %v2513 = llvm.getelementptr %dy_h_last[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2514 = llvm.load %v2513 : !llvm.ptr -> f32
                  %v2515 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2516 = arith.addf %v2515, %v2514 : f32
                  llvm.store %v2516, %v38 : f32, !llvm.ptr
                }
                %v2517 = arith.muli %v33, %v2 : i64
                %v2518 = llvm.getelementptr %in_Dskip[%v2517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2519 = llvm.load %v2518 : !llvm.ptr -> f32
                %v2520 = arith.mulf %v2519, %v2475 : f32
                %v2521 = arith.muli %v35, %v287 : i64
                %v2522 = arith.muli %v2460, %v286 : i64
                %v2523 = arith.addi %v2521, %v2522 : i64
                %v2524 = arith.muli %v23, %v2 : i64
                %v2525 = arith.addi %v2523, %v2524 : i64
                %v2526 = llvm.getelementptr %in_Bm[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
                %v2528 = llvm.load %v37 : !llvm.ptr -> f32
                %v2529 = arith.mulf %v2527, %v2528 : f32
                %v2530 = arith.muli %v35, %v287 : i64
                %v2531 = arith.muli %v2460, %v286 : i64
                %v2532 = arith.addi %v2530, %v2531 : i64
                %v2533 = arith.constant 8 : i64
                %v2534 = arith.addi %v2533, %v23 : i64
                %v2535 = arith.muli %v2534, %v2 : i64
                %v2536 = arith.addi %v2532, %v2535 : i64
                %v2537 = llvm.getelementptr %in_Bm[%v2536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2538 = llvm.load %v2537 : !llvm.ptr -> f32
                %v2539 = llvm.load %v38 : !llvm.ptr -> f32
                %v2540 = arith.mulf %v2538, %v2539 : f32
                %v2541 = arith.addf %v2529, %v2540 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2542, %v2543 = gpu.shuffle xor %v2541, %v911, %v269 : f32
                %v2544 = arith.addf %v2541, %v2542 : f32
                %v2545, %v2546 = gpu.shuffle xor %v2544, %v915, %v269 : f32
                %v2547 = arith.addf %v2544, %v2545 : f32
                %v2548, %v2549 = gpu.shuffle xor %v2547, %v919, %v269 : f32
                %v2550 = arith.addf %v2547, %v2548 : f32
                // end sum over the lanes
                %v2551 = arith.mulf %v2449, %v2550 : f32
                %v2552 = arith.addf %v2520, %v2551 : f32
                %v2553 = arith.cmpi eq, %v23, %v53 : i64
                %v2554 = arith.andi %v27, %v2553 : i1
                scf.if %v2554 {
                  %v2555 = arith.muli %v35, %v208 : i64
                  %v2556 = arith.muli %v2460, %v207 : i64
                  %v2557 = arith.addi %v2555, %v2556 : i64
                  %v2558 = arith.muli %v33, %v2 : i64
                  %v2559 = arith.addi %v2557, %v2558 : i64
                  %v2560 = llvm.getelementptr %dx_u[%v2559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2552, %v2560 : f32, !llvm.ptr
                }
                %v2561 = arith.muli %v35, %v208 : i64
                %v2562 = arith.muli %v2460, %v207 : i64
                %v2563 = arith.addi %v2561, %v2562 : i64
                %v2564 = arith.muli %v33, %v2 : i64
                %v2565 = arith.addi %v2563, %v2564 : i64
                %v2566 = llvm.getelementptr %in_u[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
                %v2568 = arith.mulf %v2567, %v2550 : f32
                %v2569 = arith.muli %v33, %v277 : i64
                %v2570 = arith.muli %v23, %v2 : i64
                %v2571 = arith.addi %v2569, %v2570 : i64
                %v2572 = llvm.getelementptr %in_A[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
                %v2574 = arith.mulf %v2449, %v2573 : f32
                %v2575 = arith.mulf %v2574, %v223 : f32
                %v2576 = llvm.call_intrinsic "llvm.exp2.f32"(%v2575) : (f32) -> f32
                %v2577 = arith.mulf %v461, %v2528 : f32
                %v2578 = arith.mulf %v2573, %v2577 : f32
                %v2579 = arith.mulf %v2576, %v2578 : f32
                %v2580 = arith.muli %v33, %v277 : i64
                %v2581 = arith.constant 8 : i64
                %v2582 = arith.addi %v2581, %v23 : i64
                %v2583 = arith.muli %v2582, %v2 : i64
                %v2584 = arith.addi %v2580, %v2583 : i64
                %v2585 = llvm.getelementptr %in_A[%v2584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2586 = llvm.load %v2585 : !llvm.ptr -> f32
                %v2587 = arith.mulf %v2449, %v2586 : f32
                %v2588 = arith.mulf %v2587, %v223 : f32
                %v2589 = llvm.call_intrinsic "llvm.exp2.f32"(%v2588) : (f32) -> f32
                %v2590 = arith.mulf %v483, %v2539 : f32
                %v2591 = arith.mulf %v2586, %v2590 : f32
                %v2592 = arith.mulf %v2589, %v2591 : f32
                %v2593 = arith.addf %v2579, %v2592 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2594, %v2595 = gpu.shuffle xor %v2593, %v911, %v269 : f32
                %v2596 = arith.addf %v2593, %v2594 : f32
                %v2597, %v2598 = gpu.shuffle xor %v2596, %v915, %v269 : f32
                %v2599 = arith.addf %v2596, %v2597 : f32
                %v2600, %v2601 = gpu.shuffle xor %v2599, %v919, %v269 : f32
                %v2602 = arith.addf %v2599, %v2600 : f32
                // end sum over the lanes
                %v2603 = arith.addf %v2568, %v2602 : f32
                %v2604 = arith.mulf %v2603, %v2457 : f32
                %v2605 = arith.cmpi eq, %v23, %v53 : i64
                %v2606 = arith.andi %v27, %v2605 : i1
                scf.if %v2606 {
                  %v2607 = arith.muli %v35, %v208 : i64
                  %v2608 = arith.muli %v2460, %v207 : i64
                  %v2609 = arith.addi %v2607, %v2608 : i64
                  %v2610 = arith.muli %v33, %v2 : i64
                  %v2611 = arith.addi %v2609, %v2610 : i64
                  %v2612 = llvm.getelementptr %dx_delta[%v2611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2604, %v2612 : f32, !llvm.ptr
                }
                %v2613 = arith.mulf %v2467, %v508 : f32
                %v2614 = arith.mulf %v2489, %v530 : f32
                %v2615 = arith.addf %v2613, %v2614 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2616, %v2617 = gpu.shuffle xor %v2615, %v911, %v269 : f32
                %v2618 = arith.addf %v2615, %v2616 : f32
                %v2619, %v2620 = gpu.shuffle xor %v2618, %v915, %v269 : f32
                %v2621 = arith.addf %v2618, %v2619 : f32
                %v2622, %v2623 = gpu.shuffle xor %v2621, %v919, %v269 : f32
                %v2624 = arith.addf %v2621, %v2622 : f32
                // end sum over the lanes
                %v2625 = arith.mulf %v2567, %v2519 : f32
                %v2626 = arith.addf %v2624, %v2625 : f32
                %v2627 = arith.mulf %v2626, %v2474 : f32
                %v2628 = arith.mulf %v2627, %v2455 : f32
                %v2629 = arith.cmpi eq, %v23, %v53 : i64
                %v2630 = arith.andi %v27, %v2629 : i1
                scf.if %v2630 {
                  %v2631 = arith.muli %v35, %v208 : i64
                  %v2632 = arith.muli %v2460, %v207 : i64
                  %v2633 = arith.addi %v2631, %v2632 : i64
                  %v2634 = arith.muli %v33, %v2 : i64
                  %v2635 = arith.addi %v2633, %v2634 : i64
                  %v2636 = llvm.getelementptr %dx_z[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2628, %v2636 : f32, !llvm.ptr
                }
                %v2637 = arith.mulf %v2576, %v2577 : f32
                %v2638 = arith.mulf %v2449, %v2637 : f32
                %v2639 = llvm.load %v41 : !llvm.ptr -> f32
                %v2640 = arith.addf %v2639, %v2638 : f32
                llvm.store %v2640, %v41 : f32, !llvm.ptr
                %v2641 = arith.mulf %v2589, %v2590 : f32
                %v2642 = arith.mulf %v2449, %v2641 : f32
                %v2643 = llvm.load %v42 : !llvm.ptr -> f32
                %v2644 = arith.addf %v2643, %v2642 : f32
                llvm.store %v2644, %v42 : f32, !llvm.ptr
                %v2645 = arith.mulf %v2451, %v2528 : f32
                %v2646 = arith.select %v27, %v2645, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2647, %v2648 = gpu.shuffle xor %v2646, %v1019, %v269 : f32
                %v2649 = arith.addf %v2646, %v2647 : f32
                %v2650, %v2651 = gpu.shuffle xor %v2649, %v1023, %v269 : f32
                %v2652 = arith.addf %v2649, %v2650 : f32
                %v2653 = arith.divui %v13, %v15 : i64
                %v2654 = arith.remui %v13, %v15 : i64
                %v2655 = arith.cmpi ult, %v2654, %v22 : i64
                %v2656 = arith.addi %v53, %v23 : i64
                %v2657 = arith.muli %v2653, %v15 : i64
                %v2658 = arith.addi %v2657, %v2459 : i64
                %v2659 = arith.muli %v2658, %v1 : i64
                %v2660 = arith.addi %v2659, %v2656 : i64
                scf.if %v2655 {
                  %v2661 = llvm.getelementptr %v48[%v2660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2652, %v2661 : f32, !llvm.ptr
                }
                %v2662 = arith.mulf %v2451, %v2539 : f32
                %v2663 = arith.select %v27, %v2662, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2664, %v2665 = gpu.shuffle xor %v2663, %v1019, %v269 : f32
                %v2666 = arith.addf %v2663, %v2664 : f32
                %v2667, %v2668 = gpu.shuffle xor %v2666, %v1023, %v269 : f32
                %v2669 = arith.addf %v2666, %v2667 : f32
                %v2670 = arith.divui %v13, %v15 : i64
                %v2671 = arith.remui %v13, %v15 : i64
                %v2672 = arith.cmpi ult, %v2671, %v22 : i64
                %v2673 = arith.addi %v22, %v23 : i64
                %v2674 = arith.muli %v2670, %v15 : i64
                %v2675 = arith.addi %v2674, %v2459 : i64
                %v2676 = arith.muli %v2675, %v1 : i64
                %v2677 = arith.addi %v2676, %v2673 : i64
                scf.if %v2672 {
                  %v2678 = llvm.getelementptr %v48[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2669, %v2678 : f32, !llvm.ptr
                }
                %v2679 = arith.mulf %v508, %v2475 : f32
                %v2680 = arith.select %v27, %v2679, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2681, %v2682 = gpu.shuffle xor %v2680, %v1019, %v269 : f32
                %v2683 = arith.addf %v2680, %v2681 : f32
                %v2684, %v2685 = gpu.shuffle xor %v2683, %v1023, %v269 : f32
                %v2686 = arith.addf %v2683, %v2684 : f32
                %v2687 = arith.divui %v13, %v15 : i64
                %v2688 = arith.remui %v13, %v15 : i64
                %v2689 = arith.cmpi ult, %v2688, %v22 : i64
                %v2690 = arith.addi %v53, %v23 : i64
                %v2691 = arith.muli %v2687, %v15 : i64
                %v2692 = arith.addi %v2691, %v2459 : i64
                %v2693 = arith.muli %v2692, %v1 : i64
                %v2694 = arith.addi %v2693, %v2690 : i64
                scf.if %v2689 {
                  %v2695 = llvm.getelementptr %v50[%v2694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2686, %v2695 : f32, !llvm.ptr
                }
                %v2696 = arith.mulf %v530, %v2475 : f32
                %v2697 = arith.select %v27, %v2696, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2698, %v2699 = gpu.shuffle xor %v2697, %v1019, %v269 : f32
                %v2700 = arith.addf %v2697, %v2698 : f32
                %v2701, %v2702 = gpu.shuffle xor %v2700, %v1023, %v269 : f32
                %v2703 = arith.addf %v2700, %v2701 : f32
                %v2704 = arith.divui %v13, %v15 : i64
                %v2705 = arith.remui %v13, %v15 : i64
                %v2706 = arith.cmpi ult, %v2705, %v22 : i64
                %v2707 = arith.addi %v22, %v23 : i64
                %v2708 = arith.muli %v2704, %v15 : i64
                %v2709 = arith.addi %v2708, %v2459 : i64
                %v2710 = arith.muli %v2709, %v1 : i64
                %v2711 = arith.addi %v2710, %v2707 : i64
                scf.if %v2706 {
                  %v2712 = llvm.getelementptr %v50[%v2711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2703, %v2712 : f32, !llvm.ptr
                }
                %v2713 = arith.mulf %v2567, %v2475 : f32
                %v2714 = llvm.load %v43 : !llvm.ptr -> f32
                %v2715 = arith.addf %v2714, %v2713 : f32
                llvm.store %v2715, %v43 : f32, !llvm.ptr
                %v2716 = llvm.load %v44 : !llvm.ptr -> f32
                %v2717 = arith.addf %v2716, %v2604 : f32
                llvm.store %v2717, %v44 : f32, !llvm.ptr
                llvm.store %v2576, %v39 : f32, !llvm.ptr
                llvm.store %v2589, %v40 : f32, !llvm.ptr
              }
              %v2718 = arith.addi %v341, %v53 : i64
              %v2719 = arith.cmpi slt, %v2718, %v150 : i64
              %v2720, %v2721 = gpu.shuffle idx %v401, %v108, %v269 : f32
              %v2722, %v2723 = gpu.shuffle idx %v409, %v108, %v269 : f32
              %v2724, %v2725 = gpu.shuffle idx %v422, %v108, %v269 : f32
              %v2726, %v2727 = gpu.shuffle idx %v431, %v108, %v269 : f32
              %v2728, %v2729 = gpu.shuffle idx %v436, %v108, %v269 : f32
              %v2730 = arith.addi %v343, %v100 : i64
              scf.if %v2719 {
                %v2731 = arith.addi %v148, %v2718 : i64
                %v2732 = arith.muli %v35, %v287 : i64
                %v2733 = arith.muli %v2731, %v286 : i64
                %v2734 = arith.addi %v2732, %v2733 : i64
                %v2735 = arith.muli %v23, %v2 : i64
                %v2736 = arith.addi %v2734, %v2735 : i64
                %v2737 = llvm.getelementptr %in_Cm[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2738 = llvm.load %v2737 : !llvm.ptr -> f32
                %v2739 = arith.muli %v35, %v208 : i64
                %v2740 = arith.muli %v2731, %v207 : i64
                %v2741 = arith.addi %v2739, %v2740 : i64
                %v2742 = arith.muli %v33, %v2 : i64
                %v2743 = arith.addi %v2741, %v2742 : i64
                %v2744 = llvm.getelementptr %dy_y[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2745 = llvm.load %v2744 : !llvm.ptr -> f32
                %v2746 = arith.mulf %v2724, %v2745 : f32
                %v2747 = arith.mulf %v2738, %v2746 : f32
                %v2748 = llvm.load %v37 : !llvm.ptr -> f32
                %v2749 = llvm.load %v39 : !llvm.ptr -> f32
                %v2750 = arith.mulf %v2749, %v2748 : f32
                %v2751 = arith.addf %v2747, %v2750 : f32
                llvm.store %v2751, %v37 : f32, !llvm.ptr
                %v2752 = arith.muli %v35, %v287 : i64
                %v2753 = arith.muli %v2731, %v286 : i64
                %v2754 = arith.addi %v2752, %v2753 : i64
                %v2755 = arith.constant 8 : i64
                %v2756 = arith.addi %v2755, %v23 : i64
                %v2757 = arith.muli %v2756, %v2 : i64
                %v2758 = arith.addi %v2754, %v2757 : i64
                %v2759 = llvm.getelementptr %in_Cm[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
                %v2761 = arith.mulf %v2760, %v2746 : f32
                %v2762 = llvm.load %v38 : !llvm.ptr -> f32
                %v2763 = llvm.load %v40 : !llvm.ptr -> f32
                %v2764 = arith.mulf %v2763, %v2762 : f32
                %v2765 = arith.addf %v2761, %v2764 : f32
                llvm.store %v2765, %v38 : f32, !llvm.ptr
                %v2766 = arith.subi %size_L, %v2 : i64
                %v2767 = arith.cmpi eq, %v2731, %v2766 : i64
                scf.if %v2767 {
                  %v2768 = arith.muli %v35, %v56 : i64
                  %v2769 = arith.muli %v33, %v55 : i64
                  %v2770 = arith.addi %v2768, %v2769 : i64
                  %v2771 = arith.muli %v23, %v2 : i64
                  %v2772 = arith.addi %v2770, %v2771 : i64
                  %v2773 = llvm.getelementptr %dy_h_last[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2774 = llvm.load %v2773 : !llvm.ptr -> f32
                  %v2775 = llvm.load %v37 : !llvm.ptr -> f32
                  %v2776 = arith.addf %v2775, %v2774 : f32
                  llvm.store %v2776, %v37 : f32, !llvm.ptr
                  %v2777 = arith.muli %v35, %v56 : i64
                  %v2778 = arith.muli %v33, %v55 : i64
                  %v2779 = arith.addi %v2777, %v2778 : i64
                  %v2780 = arith.constant 8 : i64
                  %v2781 = arith.addi %v2780, %v23 : i64
                  %v2782 = arith.muli %v2781, %v2 : i64
                  %v2783 = arith.addi %v2779, %v2782 : i64
                  %v2784 = llvm.getelementptr %dy_h_last[%v2783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
                  %v2786 = llvm.load %v38 : !llvm.ptr -> f32
                  %v2787 = arith.addf %v2786, %v2785 : f32
                  llvm.store %v2787, %v38 : f32, !llvm.ptr
                }
                %v2788 = arith.muli %v33, %v2 : i64
                %v2789 = llvm.getelementptr %in_Dskip[%v2788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2790 = llvm.load %v2789 : !llvm.ptr -> f32
                %v2791 = arith.mulf %v2790, %v2746 : f32
                %v2792 = arith.muli %v35, %v287 : i64
                %v2793 = arith.muli %v2731, %v286 : i64
                %v2794 = arith.addi %v2792, %v2793 : i64
                %v2795 = arith.muli %v23, %v2 : i64
                %v2796 = arith.addi %v2794, %v2795 : i64
                %v2797 = llvm.getelementptr %in_Bm[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
                %v2799 = llvm.load %v37 : !llvm.ptr -> f32
                %v2800 = arith.mulf %v2798, %v2799 : f32
                %v2801 = arith.muli %v35, %v287 : i64
                %v2802 = arith.muli %v2731, %v286 : i64
                %v2803 = arith.addi %v2801, %v2802 : i64
                %v2804 = arith.constant 8 : i64
                %v2805 = arith.addi %v2804, %v23 : i64
                %v2806 = arith.muli %v2805, %v2 : i64
                %v2807 = arith.addi %v2803, %v2806 : i64
                %v2808 = llvm.getelementptr %in_Bm[%v2807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2809 = llvm.load %v2808 : !llvm.ptr -> f32
                %v2810 = llvm.load %v38 : !llvm.ptr -> f32
                %v2811 = arith.mulf %v2809, %v2810 : f32
                %v2812 = arith.addf %v2800, %v2811 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2813, %v2814 = gpu.shuffle xor %v2812, %v911, %v269 : f32
                %v2815 = arith.addf %v2812, %v2813 : f32
                %v2816, %v2817 = gpu.shuffle xor %v2815, %v915, %v269 : f32
                %v2818 = arith.addf %v2815, %v2816 : f32
                %v2819, %v2820 = gpu.shuffle xor %v2818, %v919, %v269 : f32
                %v2821 = arith.addf %v2818, %v2819 : f32
                // end sum over the lanes
                %v2822 = arith.mulf %v2720, %v2821 : f32
                %v2823 = arith.addf %v2791, %v2822 : f32
                %v2824 = arith.cmpi eq, %v23, %v53 : i64
                %v2825 = arith.andi %v27, %v2824 : i1
                scf.if %v2825 {
                  %v2826 = arith.muli %v35, %v208 : i64
                  %v2827 = arith.muli %v2731, %v207 : i64
                  %v2828 = arith.addi %v2826, %v2827 : i64
                  %v2829 = arith.muli %v33, %v2 : i64
                  %v2830 = arith.addi %v2828, %v2829 : i64
                  %v2831 = llvm.getelementptr %dx_u[%v2830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2823, %v2831 : f32, !llvm.ptr
                }
                %v2832 = arith.muli %v35, %v208 : i64
                %v2833 = arith.muli %v2731, %v207 : i64
                %v2834 = arith.addi %v2832, %v2833 : i64
                %v2835 = arith.muli %v33, %v2 : i64
                %v2836 = arith.addi %v2834, %v2835 : i64
                %v2837 = llvm.getelementptr %in_u[%v2836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2838 = llvm.load %v2837 : !llvm.ptr -> f32
                %v2839 = arith.mulf %v2838, %v2821 : f32
                %v2840 = arith.muli %v33, %v277 : i64
                %v2841 = arith.muli %v23, %v2 : i64
                %v2842 = arith.addi %v2840, %v2841 : i64
                %v2843 = llvm.getelementptr %in_A[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2844 = llvm.load %v2843 : !llvm.ptr -> f32
                %v2845 = arith.mulf %v2720, %v2844 : f32
                %v2846 = arith.mulf %v2845, %v223 : f32
                %v2847 = llvm.call_intrinsic "llvm.exp2.f32"(%v2846) : (f32) -> f32
                %v2848 = arith.mulf %v353, %v2799 : f32
                %v2849 = arith.mulf %v2844, %v2848 : f32
                %v2850 = arith.mulf %v2847, %v2849 : f32
                %v2851 = arith.muli %v33, %v277 : i64
                %v2852 = arith.constant 8 : i64
                %v2853 = arith.addi %v2852, %v23 : i64
                %v2854 = arith.muli %v2853, %v2 : i64
                %v2855 = arith.addi %v2851, %v2854 : i64
                %v2856 = llvm.getelementptr %in_A[%v2855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2857 = llvm.load %v2856 : !llvm.ptr -> f32
                %v2858 = arith.mulf %v2720, %v2857 : f32
                %v2859 = arith.mulf %v2858, %v223 : f32
                %v2860 = llvm.call_intrinsic "llvm.exp2.f32"(%v2859) : (f32) -> f32
                %v2861 = arith.mulf %v362, %v2810 : f32
                %v2862 = arith.mulf %v2857, %v2861 : f32
                %v2863 = arith.mulf %v2860, %v2862 : f32
                %v2864 = arith.addf %v2850, %v2863 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2865, %v2866 = gpu.shuffle xor %v2864, %v911, %v269 : f32
                %v2867 = arith.addf %v2864, %v2865 : f32
                %v2868, %v2869 = gpu.shuffle xor %v2867, %v915, %v269 : f32
                %v2870 = arith.addf %v2867, %v2868 : f32
                %v2871, %v2872 = gpu.shuffle xor %v2870, %v919, %v269 : f32
                %v2873 = arith.addf %v2870, %v2871 : f32
                // end sum over the lanes
                %v2874 = arith.addf %v2839, %v2873 : f32
                %v2875 = arith.mulf %v2874, %v2728 : f32
                %v2876 = arith.cmpi eq, %v23, %v53 : i64
                %v2877 = arith.andi %v27, %v2876 : i1
                scf.if %v2877 {
                  %v2878 = arith.muli %v35, %v208 : i64
                  %v2879 = arith.muli %v2731, %v207 : i64
                  %v2880 = arith.addi %v2878, %v2879 : i64
                  %v2881 = arith.muli %v33, %v2 : i64
                  %v2882 = arith.addi %v2880, %v2881 : i64
                  %v2883 = llvm.getelementptr %dx_delta[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2875, %v2883 : f32, !llvm.ptr
                }
                %v2884 = arith.mulf %v2738, %v461 : f32
                %v2885 = arith.mulf %v2760, %v483 : f32
                %v2886 = arith.addf %v2884, %v2885 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2887, %v2888 = gpu.shuffle xor %v2886, %v911, %v269 : f32
                %v2889 = arith.addf %v2886, %v2887 : f32
                %v2890, %v2891 = gpu.shuffle xor %v2889, %v915, %v269 : f32
                %v2892 = arith.addf %v2889, %v2890 : f32
                %v2893, %v2894 = gpu.shuffle xor %v2892, %v919, %v269 : f32
                %v2895 = arith.addf %v2892, %v2893 : f32
                // end sum over the lanes
                %v2896 = arith.mulf %v2838, %v2790 : f32
                %v2897 = arith.addf %v2895, %v2896 : f32
                %v2898 = arith.mulf %v2897, %v2745 : f32
                %v2899 = arith.mulf %v2898, %v2726 : f32
                %v2900 = arith.cmpi eq, %v23, %v53 : i64
                %v2901 = arith.andi %v27, %v2900 : i1
                scf.if %v2901 {
                  %v2902 = arith.muli %v35, %v208 : i64
                  %v2903 = arith.muli %v2731, %v207 : i64
                  %v2904 = arith.addi %v2902, %v2903 : i64
                  %v2905 = arith.muli %v33, %v2 : i64
                  %v2906 = arith.addi %v2904, %v2905 : i64
                  %v2907 = llvm.getelementptr %dx_z[%v2906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2899, %v2907 : f32, !llvm.ptr
                }
                %v2908 = arith.mulf %v2847, %v2848 : f32
                %v2909 = arith.mulf %v2720, %v2908 : f32
                %v2910 = llvm.load %v41 : !llvm.ptr -> f32
                %v2911 = arith.addf %v2910, %v2909 : f32
                llvm.store %v2911, %v41 : f32, !llvm.ptr
                %v2912 = arith.mulf %v2860, %v2861 : f32
                %v2913 = arith.mulf %v2720, %v2912 : f32
                %v2914 = llvm.load %v42 : !llvm.ptr -> f32
                %v2915 = arith.addf %v2914, %v2913 : f32
                llvm.store %v2915, %v42 : f32, !llvm.ptr
                %v2916 = arith.mulf %v2722, %v2799 : f32
                %v2917 = arith.select %v27, %v2916, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2918, %v2919 = gpu.shuffle xor %v2917, %v1019, %v269 : f32
                %v2920 = arith.addf %v2917, %v2918 : f32
                %v2921, %v2922 = gpu.shuffle xor %v2920, %v1023, %v269 : f32
                %v2923 = arith.addf %v2920, %v2921 : f32
                %v2924 = arith.divui %v13, %v15 : i64
                %v2925 = arith.remui %v13, %v15 : i64
                %v2926 = arith.cmpi ult, %v2925, %v22 : i64
                %v2927 = arith.addi %v53, %v23 : i64
                %v2928 = arith.muli %v2924, %v15 : i64
                %v2929 = arith.addi %v2928, %v2730 : i64
                %v2930 = arith.muli %v2929, %v1 : i64
                %v2931 = arith.addi %v2930, %v2927 : i64
                scf.if %v2926 {
                  %v2932 = llvm.getelementptr %v48[%v2931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2923, %v2932 : f32, !llvm.ptr
                }
                %v2933 = arith.mulf %v2722, %v2810 : f32
                %v2934 = arith.select %v27, %v2933, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2935, %v2936 = gpu.shuffle xor %v2934, %v1019, %v269 : f32
                %v2937 = arith.addf %v2934, %v2935 : f32
                %v2938, %v2939 = gpu.shuffle xor %v2937, %v1023, %v269 : f32
                %v2940 = arith.addf %v2937, %v2938 : f32
                %v2941 = arith.divui %v13, %v15 : i64
                %v2942 = arith.remui %v13, %v15 : i64
                %v2943 = arith.cmpi ult, %v2942, %v22 : i64
                %v2944 = arith.addi %v22, %v23 : i64
                %v2945 = arith.muli %v2941, %v15 : i64
                %v2946 = arith.addi %v2945, %v2730 : i64
                %v2947 = arith.muli %v2946, %v1 : i64
                %v2948 = arith.addi %v2947, %v2944 : i64
                scf.if %v2943 {
                  %v2949 = llvm.getelementptr %v48[%v2948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2940, %v2949 : f32, !llvm.ptr
                }
                %v2950 = arith.mulf %v461, %v2746 : f32
                %v2951 = arith.select %v27, %v2950, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2952, %v2953 = gpu.shuffle xor %v2951, %v1019, %v269 : f32
                %v2954 = arith.addf %v2951, %v2952 : f32
                %v2955, %v2956 = gpu.shuffle xor %v2954, %v1023, %v269 : f32
                %v2957 = arith.addf %v2954, %v2955 : f32
                %v2958 = arith.divui %v13, %v15 : i64
                %v2959 = arith.remui %v13, %v15 : i64
                %v2960 = arith.cmpi ult, %v2959, %v22 : i64
                %v2961 = arith.addi %v53, %v23 : i64
                %v2962 = arith.muli %v2958, %v15 : i64
                %v2963 = arith.addi %v2962, %v2730 : i64
                %v2964 = arith.muli %v2963, %v1 : i64
                %v2965 = arith.addi %v2964, %v2961 : i64
                scf.if %v2960 {
                  %v2966 = llvm.getelementptr %v50[%v2965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2957, %v2966 : f32, !llvm.ptr
                }
                %v2967 = arith.mulf %v483, %v2746 : f32
                %v2968 = arith.select %v27, %v2967, %v51 : f32
                // sum over the warp's outer points: shuffles
                %v2969, %v2970 = gpu.shuffle xor %v2968, %v1019, %v269 : f32
                %v2971 = arith.addf %v2968, %v2969 : f32
                %v2972, %v2973 = gpu.shuffle xor %v2971, %v1023, %v269 : f32
                %v2974 = arith.addf %v2971, %v2972 : f32
                %v2975 = arith.divui %v13, %v15 : i64
                %v2976 = arith.remui %v13, %v15 : i64
                %v2977 = arith.cmpi ult, %v2976, %v22 : i64
                %v2978 = arith.addi %v22, %v23 : i64
                %v2979 = arith.muli %v2975, %v15 : i64
                %v2980 = arith.addi %v2979, %v2730 : i64
                %v2981 = arith.muli %v2980, %v1 : i64
                %v2982 = arith.addi %v2981, %v2978 : i64
                scf.if %v2977 {
                  %v2983 = llvm.getelementptr %v50[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2974, %v2983 : f32, !llvm.ptr
                }
                %v2984 = arith.mulf %v2838, %v2746 : f32
                %v2985 = llvm.load %v43 : !llvm.ptr -> f32
                %v2986 = arith.addf %v2985, %v2984 : f32
                llvm.store %v2986, %v43 : f32, !llvm.ptr
                %v2987 = llvm.load %v44 : !llvm.ptr -> f32
                %v2988 = arith.addf %v2987, %v2875 : f32
                llvm.store %v2988, %v44 : f32, !llvm.ptr
                llvm.store %v2847, %v39 : f32, !llvm.ptr
                llvm.store %v2860, %v40 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2994 = arith.index_cast %v13 : i64 to index
          %v2995 = arith.index_cast %v2992 : i64 to index
          %v2996 = arith.index_cast %v2993 : i64 to index
          scf.for %v2997 = %v2994 to %v2995 step %v2996 {
            %v2998 = arith.index_cast %v2997 : index to i64
            %v2999 = arith.remui %v2998, %v15 : i64
            %v3000 = arith.divui %v2998, %v15 : i64
            %v3001 = arith.muli %v330, %v323 : i64
            %v3002 = arith.divui %v2999, %v22 : i64
            %v3003 = arith.addi %v3001, %v3002 : i64
            %v3004 = arith.cmpi slt, %v3003, %v153 : i64
            %v3005 = arith.subi %v153, %v2 : i64
            %v3006 = arith.subi %v3005, %v3003 : i64
            %v3007 = arith.remui %v2999, %v22 : i64
            %v3008 = arith.subi %v100, %v3007 : i64
            %v3009 = arith.muli %v3006, %v22 : i64
            %v3010 = arith.addi %v3009, %v3008 : i64
            %v3011 = arith.cmpi slt, %v3010, %v150 : i64
            %v3012 = arith.andi %v3004, %v3011 : i1
            scf.if %v3012 {
              %v3013 = arith.addi %v148, %v3010 : i64
              %v3014 = arith.addi %v53, %v2999 : i64
              %v3015 = arith.muli %v3014, %v1 : i64
              %v3016 = arith.addi %v3015, %v3000 : i64
              %v3017 = llvm.getelementptr %v48[%v3016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3018 = llvm.load %v3017 : !llvm.ptr -> f32
              %v3019 = arith.addi %v15, %v2999 : i64
              %v3020 = arith.muli %v3019, %v1 : i64
              %v3021 = arith.addi %v3020, %v3000 : i64
              %v3022 = llvm.getelementptr %v48[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3023 = llvm.load %v3022 : !llvm.ptr -> f32
              %v3024 = arith.addf %v3018, %v3023 : f32
              %v3025 = arith.addi %v99, %v2999 : i64
              %v3026 = arith.muli %v3025, %v1 : i64
              %v3027 = arith.addi %v3026, %v3000 : i64
              %v3028 = llvm.getelementptr %v48[%v3027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3029 = llvm.load %v3028 : !llvm.ptr -> f32
              %v3030 = arith.addf %v3024, %v3029 : f32
              %v3032 = arith.addi %v3031, %v2999 : i64
              %v3033 = arith.muli %v3032, %v1 : i64
              %v3034 = arith.addi %v3033, %v3000 : i64
              %v3035 = llvm.getelementptr %v48[%v3034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3036 = llvm.load %v3035 : !llvm.ptr -> f32
              %v3037 = arith.addf %v3030, %v3036 : f32
              %v3039 = arith.addi %v3038, %v2999 : i64
              %v3040 = arith.muli %v3039, %v1 : i64
              %v3041 = arith.addi %v3040, %v3000 : i64
              %v3042 = llvm.getelementptr %v48[%v3041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3043 = llvm.load %v3042 : !llvm.ptr -> f32
              %v3044 = arith.addf %v3037, %v3043 : f32
              %v3046 = arith.addi %v3045, %v2999 : i64
              %v3047 = arith.muli %v3046, %v1 : i64
              %v3048 = arith.addi %v3047, %v3000 : i64
              %v3049 = llvm.getelementptr %v48[%v3048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3050 = llvm.load %v3049 : !llvm.ptr -> f32
              %v3051 = arith.addf %v3044, %v3050 : f32
              %v3053 = arith.addi %v3052, %v2999 : i64
              %v3054 = arith.muli %v3053, %v1 : i64
              %v3055 = arith.addi %v3054, %v3000 : i64
              %v3056 = llvm.getelementptr %v48[%v3055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3057 = llvm.load %v3056 : !llvm.ptr -> f32
              %v3058 = arith.addf %v3051, %v3057 : f32
              %v3060 = arith.addi %v3059, %v2999 : i64
              %v3061 = arith.muli %v3060, %v1 : i64
              %v3062 = arith.addi %v3061, %v3000 : i64
              %v3063 = llvm.getelementptr %v48[%v3062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3064 = llvm.load %v3063 : !llvm.ptr -> f32
              %v3065 = arith.addf %v3058, %v3064 : f32
              %v3066 = arith.remui %v3000, %v1 : i64
              %v3067 = arith.divui %v3000, %v1 : i64
              %v3068 = arith.muli %v35, %v287 : i64
              %v3069 = arith.muli %v3013, %v286 : i64
              %v3070 = arith.addi %v3068, %v3069 : i64
              %v3071 = arith.muli %v3066, %v2 : i64
              %v3072 = arith.addi %v3070, %v3071 : i64
              %v3073 = arith.muli %v21, %v2991 : i64
              %v3074 = arith.addi %v3073, %v3072 : i64
              %v3075 = llvm.getelementptr %part_Bm[%v3074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3065, %v3075 : f32, !llvm.ptr
            }
          }
          %v3079 = arith.index_cast %v13 : i64 to index
          %v3080 = arith.index_cast %v2992 : i64 to index
          %v3081 = arith.index_cast %v2993 : i64 to index
          scf.for %v3082 = %v3079 to %v3080 step %v3081 {
            %v3083 = arith.index_cast %v3082 : index to i64
            %v3084 = arith.remui %v3083, %v15 : i64
            %v3085 = arith.divui %v3083, %v15 : i64
            %v3086 = arith.muli %v330, %v323 : i64
            %v3087 = arith.divui %v3084, %v22 : i64
            %v3088 = arith.addi %v3086, %v3087 : i64
            %v3089 = arith.cmpi slt, %v3088, %v153 : i64
            %v3090 = arith.subi %v153, %v2 : i64
            %v3091 = arith.subi %v3090, %v3088 : i64
            %v3092 = arith.remui %v3084, %v22 : i64
            %v3093 = arith.subi %v100, %v3092 : i64
            %v3094 = arith.muli %v3091, %v22 : i64
            %v3095 = arith.addi %v3094, %v3093 : i64
            %v3096 = arith.cmpi slt, %v3095, %v150 : i64
            %v3097 = arith.andi %v3089, %v3096 : i1
            scf.if %v3097 {
              %v3098 = arith.addi %v148, %v3095 : i64
              %v3099 = arith.addi %v53, %v3084 : i64
              %v3100 = arith.muli %v3099, %v1 : i64
              %v3101 = arith.addi %v3100, %v3085 : i64
              %v3102 = llvm.getelementptr %v50[%v3101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3103 = llvm.load %v3102 : !llvm.ptr -> f32
              %v3104 = arith.addi %v15, %v3084 : i64
              %v3105 = arith.muli %v3104, %v1 : i64
              %v3106 = arith.addi %v3105, %v3085 : i64
              %v3107 = llvm.getelementptr %v50[%v3106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3108 = llvm.load %v3107 : !llvm.ptr -> f32
              %v3109 = arith.addf %v3103, %v3108 : f32
              %v3110 = arith.addi %v99, %v3084 : i64
              %v3111 = arith.muli %v3110, %v1 : i64
              %v3112 = arith.addi %v3111, %v3085 : i64
              %v3113 = llvm.getelementptr %v50[%v3112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3114 = llvm.load %v3113 : !llvm.ptr -> f32
              %v3115 = arith.addf %v3109, %v3114 : f32
              %v3116 = arith.addi %v3031, %v3084 : i64
              %v3117 = arith.muli %v3116, %v1 : i64
              %v3118 = arith.addi %v3117, %v3085 : i64
              %v3119 = llvm.getelementptr %v50[%v3118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3120 = llvm.load %v3119 : !llvm.ptr -> f32
              %v3121 = arith.addf %v3115, %v3120 : f32
              %v3122 = arith.addi %v3038, %v3084 : i64
              %v3123 = arith.muli %v3122, %v1 : i64
              %v3124 = arith.addi %v3123, %v3085 : i64
              %v3125 = llvm.getelementptr %v50[%v3124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3126 = llvm.load %v3125 : !llvm.ptr -> f32
              %v3127 = arith.addf %v3121, %v3126 : f32
              %v3128 = arith.addi %v3045, %v3084 : i64
              %v3129 = arith.muli %v3128, %v1 : i64
              %v3130 = arith.addi %v3129, %v3085 : i64
              %v3131 = llvm.getelementptr %v50[%v3130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3132 = llvm.load %v3131 : !llvm.ptr -> f32
              %v3133 = arith.addf %v3127, %v3132 : f32
              %v3134 = arith.addi %v3052, %v3084 : i64
              %v3135 = arith.muli %v3134, %v1 : i64
              %v3136 = arith.addi %v3135, %v3085 : i64
              %v3137 = llvm.getelementptr %v50[%v3136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3138 = llvm.load %v3137 : !llvm.ptr -> f32
              %v3139 = arith.addf %v3133, %v3138 : f32
              %v3140 = arith.addi %v3059, %v3084 : i64
              %v3141 = arith.muli %v3140, %v1 : i64
              %v3142 = arith.addi %v3141, %v3085 : i64
              %v3143 = llvm.getelementptr %v50[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3144 = llvm.load %v3143 : !llvm.ptr -> f32
              %v3145 = arith.addf %v3139, %v3144 : f32
              %v3146 = arith.remui %v3085, %v1 : i64
              %v3147 = arith.divui %v3085, %v1 : i64
              %v3148 = arith.muli %v35, %v287 : i64
              %v3149 = arith.muli %v3098, %v286 : i64
              %v3150 = arith.addi %v3148, %v3149 : i64
              %v3151 = arith.muli %v3146, %v2 : i64
              %v3152 = arith.addi %v3150, %v3151 : i64
              %v3153 = arith.muli %v21, %v3078 : i64
              %v3154 = arith.addi %v3153, %v3152 : i64
              %v3155 = llvm.getelementptr %part_Cm[%v3154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3145, %v3155 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3156 = arith.constant true
      scf.if %v3156 {
        %v3157 = llvm.load %v37 : !llvm.ptr -> f32
        %v3158 = llvm.load %v39 : !llvm.ptr -> f32
        %v3159 = arith.mulf %v3158, %v3157 : f32
        %v3160 = llvm.load %v45 : !llvm.ptr -> f32
        %v3161 = arith.addf %v3160, %v3159 : f32
        llvm.store %v3161, %v45 : f32, !llvm.ptr
        %v3162 = llvm.load %v38 : !llvm.ptr -> f32
        %v3163 = llvm.load %v40 : !llvm.ptr -> f32
        %v3164 = arith.mulf %v3163, %v3162 : f32
        %v3165 = llvm.load %v46 : !llvm.ptr -> f32
        %v3166 = arith.addf %v3165, %v3164 : f32
        llvm.store %v3166, %v46 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v3167 = llvm.load %v41 : !llvm.ptr -> f32
        %v3168 = arith.addi %v53, %v23 : i64
        %v3169 = arith.muli %v29, %v1 : i64
        %v3170 = arith.addi %v3169, %v3168 : i64
        %v3171 = llvm.getelementptr %part_A[%v3170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3167, %v3171 : f32, !llvm.ptr
        %v3172 = llvm.load %v42 : !llvm.ptr -> f32
        %v3173 = arith.addi %v22, %v23 : i64
        %v3174 = arith.muli %v29, %v1 : i64
        %v3175 = arith.addi %v3174, %v3173 : i64
        %v3176 = llvm.getelementptr %part_A[%v3175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3172, %v3176 : f32, !llvm.ptr
      }
      %v3177 = arith.cmpi eq, %v23, %v53 : i64
      %v3178 = arith.andi %v27, %v3177 : i1
      scf.if %v3178 {
        %v3179 = llvm.load %v43 : !llvm.ptr -> f32
        %v3180 = arith.muli %v29, %v2 : i64
        %v3181 = arith.addi %v3180, %v53 : i64
        %v3182 = llvm.getelementptr %part_Dskip[%v3181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3179, %v3182 : f32, !llvm.ptr
      }
      %v3183 = arith.cmpi eq, %v23, %v53 : i64
      %v3184 = arith.andi %v27, %v3183 : i1
      scf.if %v3184 {
        %v3185 = llvm.load %v44 : !llvm.ptr -> f32
        %v3186 = arith.muli %v29, %v2 : i64
        %v3187 = arith.addi %v3186, %v53 : i64
        %v3188 = llvm.getelementptr %part_dt_bias[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3185, %v3188 : f32, !llvm.ptr
      }
      scf.if %v27 {
        %v3189 = llvm.load %v45 : !llvm.ptr -> f32
        %v3190 = arith.muli %v35, %v56 : i64
        %v3191 = arith.muli %v33, %v55 : i64
        %v3192 = arith.addi %v3190, %v3191 : i64
        %v3193 = arith.muli %v23, %v2 : i64
        %v3194 = arith.addi %v3192, %v3193 : i64
        %v3195 = llvm.getelementptr %dx_h0[%v3194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3189, %v3195 : f32, !llvm.ptr
        %v3196 = llvm.load %v46 : !llvm.ptr -> f32
        %v3197 = arith.muli %v35, %v56 : i64
        %v3198 = arith.muli %v33, %v55 : i64
        %v3199 = arith.addi %v3197, %v3198 : i64
        %v3200 = arith.constant 8 : i64
        %v3201 = arith.addi %v3200, %v23 : i64
        %v3202 = arith.muli %v3201, %v2 : i64
        %v3203 = arith.addi %v3199, %v3202 : i64
        %v3204 = llvm.getelementptr %dx_h0[%v3203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3196, %v3204 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
