module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = arith.constant 32 : i64
      %v19 = arith.constant 31 : i64
      %v30 = arith.constant 8 : i64
      %v45 = arith.constant 4 : i64
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Bm : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Cm : !llvm.ptr<3>
      %v62 = llvm.addrspacecast %v61 : !llvm.ptr<3> to !llvm.ptr
      %v63 = arith.constant 0x00000000 : f32
      %v64 = arith.constant 0x3F800000 : f32
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = arith.constant 0 : i64
      %v69 = arith.muli %v1, %size_D : i64
      %v108 = arith.constant 64 : i64
      %v109 = arith.constant 7 : i64
      %v110 = arith.constant 63 : i64
      %v165 = arith.constant 1024 : i64
      %v177 = arith.muli %v1, %size_L : i64
      %v184 = arith.constant 65 : i64
      %v229 = arith.muli %size_D, %size_L : i64
      %v242 = arith.constant 0x3FB8AA3B : f32
      %v247 = arith.constant 0x3F317218 : f32
      %v249 = arith.constant 0x3E124925 : f32
      %v251 = arith.constant 0xBE2AAAAB : f32
      %v254 = arith.constant 0x3E4CCCCD : f32
      %v257 = arith.constant 0xBE800000 : f32
      %v260 = arith.constant 0x3EAAAAAB : f32
      %v263 = arith.constant 0xBF000000 : f32
      %v269 = arith.constant 0x3D800000 : f32
      %v311 = arith.constant 2147483647 : i64
      %v315 = arith.constant 7 : i32
      %v318 = arith.constant 32 : i32
      %v397 = arith.constant 6 : i64
      %v399 = arith.constant 6 : i32
      %v480 = arith.constant 5 : i64
      %v482 = arith.constant 5 : i32
      %v564 = arith.constant 4 : i32
      %v645 = arith.constant 3 : i64
      %v647 = arith.constant 3 : i32
      %v728 = arith.constant 2 : i64
      %v730 = arith.constant 2 : i32
      %v812 = arith.constant 1 : i32
      %v893 = arith.constant 0 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v20 = arith.addi %size_D, %v19 : i64
      %v21 = arith.divui %v20, %v18 : i64
      %v22 = arith.maxsi %v21, %v2 : i64
      %v23 = arith.maxsi %size_D, %v2 : i64
      %v24 = arith.divui %v3, %v23 : i64
      %v25 = arith.muli %v24, %v22 : i64
      %v26 = arith.divui %v17, %v25 : i64
      %v27 = arith.remui %v17, %v25 : i64
      %v28 = arith.divui %v27, %v22 : i64
      %v29 = arith.remui %v27, %v22 : i64
      %v31 = arith.remui %v16, %v30 : i64
      %v32 = arith.divui %v16, %v30 : i64
      %v33 = arith.muli %v29, %v18 : i64
      %v34 = arith.addi %v33, %v32 : i64
      %v35 = arith.cmpi slt, %v34, %size_D : i64
      %v36 = arith.muli %v28, %size_D : i64
      %v37 = arith.addi %v36, %v34 : i64
      %v38 = arith.subi %size_D, %v2 : i64
      %v39 = arith.minsi %v34, %v38 : i64
      %v40 = arith.addi %v36, %v39 : i64
      %v41 = arith.remui %v40, %size_D : i64
      %v42 = arith.divui %v40, %size_D : i64
      %v43 = arith.remui %v42, %size_B : i64
      %v44 = arith.divui %v42, %size_B : i64
      %v113 = arith.trunci %v16 : i64 to i32
      %v114 = arith.constant 24 : i32
      %v115 = arith.andi %v113, %v114 : i32
      %v116 = arith.constant 0 : i32
      %v117 = arith.ori %v115, %v116 : i32
      %v118 = arith.constant 0 : i64
      %v119 = arith.cmpi eq, %v31, %v118 : i64
      %v120 = arith.constant 1 : i32
      %v121 = arith.ori %v115, %v120 : i32
      %v122 = arith.constant 1 : i64
      %v123 = arith.cmpi eq, %v31, %v122 : i64
      %v124 = arith.constant 2 : i32
      %v125 = arith.ori %v115, %v124 : i32
      %v126 = arith.constant 2 : i64
      %v127 = arith.cmpi eq, %v31, %v126 : i64
      %v128 = arith.constant 3 : i32
      %v129 = arith.ori %v115, %v128 : i32
      %v130 = arith.constant 3 : i64
      %v131 = arith.cmpi eq, %v31, %v130 : i64
      %v132 = arith.constant 4 : i32
      %v133 = arith.ori %v115, %v132 : i32
      %v134 = arith.constant 4 : i64
      %v135 = arith.cmpi eq, %v31, %v134 : i64
      %v136 = arith.constant 5 : i32
      %v137 = arith.ori %v115, %v136 : i32
      %v138 = arith.constant 5 : i64
      %v139 = arith.cmpi eq, %v31, %v138 : i64
      %v140 = arith.constant 6 : i32
      %v141 = arith.ori %v115, %v140 : i32
      %v142 = arith.constant 6 : i64
      %v143 = arith.cmpi eq, %v31, %v142 : i64
      %v144 = arith.constant 7 : i32
      %v145 = arith.ori %v115, %v144 : i32
      %v146 = arith.constant 7 : i64
      %v147 = arith.cmpi eq, %v31, %v146 : i64
      %v46 = arith.muli %v26, %v45 : i64
      %v47 = arith.addi %v46, %v45 : i64
      %v48 = arith.muli %v26, %v3 : i64
      llvm.store %v63, %v49 : f32, !llvm.ptr
      llvm.store %v63, %v50 : f32, !llvm.ptr
      llvm.store %v64, %v51 : f32, !llvm.ptr
      llvm.store %v64, %v52 : f32, !llvm.ptr
      llvm.store %v63, %v53 : f32, !llvm.ptr
      llvm.store %v63, %v54 : f32, !llvm.ptr
      llvm.store %v63, %v55 : f32, !llvm.ptr
      llvm.store %v63, %v56 : f32, !llvm.ptr
      llvm.store %v63, %v57 : f32, !llvm.ptr
      llvm.store %v63, %v58 : f32, !llvm.ptr
      llvm.store %v64, %v65 : f32, !llvm.ptr
      llvm.store %v64, %v66 : f32, !llvm.ptr
      %v68 = arith.cmpi eq, %size_L, %v67 : i64
      scf.if %v68 {
        %v70 = arith.muli %v43, %v69 : i64
        %v71 = arith.muli %v41, %v1 : i64
        %v72 = arith.addi %v70, %v71 : i64
        %v73 = arith.addi %v72, %v31 : i64
        %v74 = llvm.mlir.zero : !llvm.ptr
        %v75 = llvm.icmp "ne" %in_h0, %v74 : !llvm.ptr
        %v76 = scf.if %v75 -> (f32) {
          %v77 = llvm.getelementptr %in_h0[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          scf.yield %v78 : f32
        } else {
          scf.yield %v63 : f32
        }
        llvm.store %v76, %v12 : f32, !llvm.ptr
        %v79 = arith.muli %v43, %v69 : i64
        %v80 = arith.muli %v41, %v1 : i64
        %v81 = arith.addi %v79, %v80 : i64
        %v82 = arith.constant 8 : i64
        %v83 = arith.addi %v82, %v31 : i64
        %v84 = arith.addi %v81, %v83 : i64
        %v85 = llvm.mlir.zero : !llvm.ptr
        %v86 = llvm.icmp "ne" %in_h0, %v85 : !llvm.ptr
        %v87 = scf.if %v86 -> (f32) {
          %v88 = llvm.getelementptr %in_h0[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          scf.yield %v89 : f32
        } else {
          scf.yield %v63 : f32
        }
        llvm.store %v87, %v13 : f32, !llvm.ptr
        %v90 = arith.muli %v43, %v69 : i64
        %v91 = arith.muli %v41, %v1 : i64
        %v92 = arith.addi %v90, %v91 : i64
        %v93 = arith.addi %v92, %v31 : i64
        %v94 = llvm.getelementptr %dy_h_last[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v95 = llvm.load %v94 : !llvm.ptr -> f32
        %v96 = llvm.load %v49 : !llvm.ptr -> f32
        %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
        llvm.store %v97, %v49 : f32, !llvm.ptr
        %v98 = arith.muli %v43, %v69 : i64
        %v99 = arith.muli %v41, %v1 : i64
        %v100 = arith.addi %v98, %v99 : i64
        %v101 = arith.constant 8 : i64
        %v102 = arith.addi %v101, %v31 : i64
        %v103 = arith.addi %v100, %v102 : i64
        %v104 = llvm.getelementptr %dy_h_last[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v105 = llvm.load %v104 : !llvm.ptr -> f32
        %v106 = llvm.load %v50 : !llvm.ptr -> f32
        %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
        llvm.store %v107, %v50 : f32, !llvm.ptr
      }
      %v111 = arith.addi %size_L, %v110 : i64
      %v112 = arith.divui %v111, %v108 : i64
      %v148 = arith.minsi %v47, %v112 : i64
      %v149 = arith.muli %v26, %v30 : i64
      %v150 = arith.subi %v148, %v46 : i64
      %v151 = arith.maxsi %v150, %v67 : i64
      %v152 = arith.index_cast %v67 : i64 to index
      %v153 = arith.index_cast %v151 : i64 to index
      %v154 = arith.index_cast %v2 : i64 to index
      scf.for %v155 = %v152 to %v153 step %v154 {
        %v156 = arith.index_cast %v155 : index to i64
        %v157 = arith.subi %v148, %v2 : i64
        %v158 = arith.subi %v157, %v156 : i64
        %v159 = arith.muli %v158, %v108 : i64
        %v160 = arith.subi %size_L, %v159 : i64
        %v161 = arith.minsi %v160, %v108 : i64
        %v162 = arith.addi %v161, %v109 : i64
        %v163 = arith.divui %v162, %v30 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v164 = arith.subi %size_L, %v2 : i64
        %v166 = arith.index_cast %v16 : i64 to index
        %v167 = arith.index_cast %v165 : i64 to index
        %v168 = arith.index_cast %v6 : i64 to index
        scf.for %v169 = %v166 to %v167 step %v168 {
          %v170 = arith.index_cast %v169 : index to i64
          %v171 = arith.remui %v170, %v108 : i64
          %v172 = arith.divui %v170, %v108 : i64
          %v173 = arith.addi %v159, %v171 : i64
          %v174 = arith.minsi %v173, %v164 : i64
          %v175 = arith.remui %v172, %v1 : i64
          %v176 = arith.divui %v172, %v1 : i64
          %v178 = arith.muli %v43, %v177 : i64
          %v179 = arith.muli %v174, %v1 : i64
          %v180 = arith.addi %v178, %v179 : i64
          %v181 = arith.addi %v180, %v175 : i64
          %v182 = llvm.getelementptr %in_Bm[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v185 = arith.muli %v172, %v184 : i64
          %v186 = arith.addi %v185, %v171 : i64
          %v187 = llvm.getelementptr %v60[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v183, %v187 : f32, !llvm.ptr
        }
        %v188 = arith.index_cast %v16 : i64 to index
        %v189 = arith.index_cast %v165 : i64 to index
        %v190 = arith.index_cast %v6 : i64 to index
        scf.for %v191 = %v188 to %v189 step %v190 {
          %v192 = arith.index_cast %v191 : index to i64
          %v193 = arith.remui %v192, %v108 : i64
          %v194 = arith.divui %v192, %v108 : i64
          %v195 = arith.addi %v159, %v193 : i64
          %v196 = arith.minsi %v195, %v164 : i64
          %v197 = arith.remui %v194, %v1 : i64
          %v198 = arith.divui %v194, %v1 : i64
          %v199 = arith.muli %v43, %v177 : i64
          %v200 = arith.muli %v196, %v1 : i64
          %v201 = arith.addi %v199, %v200 : i64
          %v202 = arith.addi %v201, %v197 : i64
          %v203 = llvm.getelementptr %in_Cm[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v204 = llvm.load %v203 : !llvm.ptr -> f32
          %v205 = arith.muli %v194, %v184 : i64
          %v206 = arith.addi %v205, %v193 : i64
          %v207 = llvm.getelementptr %v62[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v204, %v207 : f32, !llvm.ptr
        }
        gpu.barrier
        %v208 = arith.index_cast %v67 : i64 to index
        %v209 = arith.index_cast %v2 : i64 to index
        %v210 = arith.index_cast %v2 : i64 to index
        scf.for %v211 = %v208 to %v209 step %v210 {
          %v212 = arith.index_cast %v211 : index to i64
          %v213 = arith.index_cast %v67 : i64 to index
          %v214 = arith.index_cast %v163 : i64 to index
          %v215 = arith.index_cast %v2 : i64 to index
          scf.for %v216 = %v213 to %v214 step %v215 {
            %v217 = arith.index_cast %v216 : index to i64
            %v218 = arith.cmpi slt, %v217, %v163 : i64
            scf.if %v218 {
              %v219 = arith.subi %v163, %v2 : i64
              %v220 = arith.subi %v219, %v217 : i64
              %v221 = arith.muli %v220, %v30 : i64
              %v222 = arith.addi %v149, %v220 : i64
              %v223 = arith.addi %v221, %v30 : i64
              %v224 = arith.cmpi sle, %v223, %v161 : i64
              scf.if %v224 {
                %v225 = arith.subi %v161, %v2 : i64
                %v226 = arith.addi %v221, %v31 : i64
                %v227 = arith.minsi %v226, %v225 : i64
                %v228 = arith.addi %v159, %v227 : i64
                %v230 = arith.muli %v43, %v229 : i64
                %v231 = arith.muli %v228, %size_D : i64
                %v232 = arith.addi %v230, %v231 : i64
                %v233 = arith.addi %v232, %v41 : i64
                %v234 = llvm.getelementptr %in_delta[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v235 = llvm.load %v234 : !llvm.ptr -> f32
                %v236 = llvm.getelementptr %in_dt_bias[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v237 = llvm.load %v236 : !llvm.ptr -> f32
                %v238 = arith.addf %v235, %v237 fastmath<contract> : f32
                %v239 = arith.maximumf %v238, %v63 : f32
                %v240 = llvm.call_intrinsic "llvm.fabs.f32"(%v238) : (f32) -> f32
                %v241 = arith.negf %v240 : f32
                %v243 = arith.mulf %v241, %v242 fastmath<contract> : f32
                %v244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v243) : (f32) -> f32
                %v245 = arith.addf %v64, %v244 fastmath<contract> : f32
                %v246 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v245) : (f32) -> f32
                %v248 = arith.mulf %v246, %v247 fastmath<contract> : f32
                %v250 = arith.mulf %v249, %v244 fastmath<contract> : f32
                %v252 = arith.addf %v250, %v251 fastmath<contract> : f32
                %v253 = arith.mulf %v252, %v244 fastmath<contract> : f32
                %v255 = arith.addf %v253, %v254 fastmath<contract> : f32
                %v256 = arith.mulf %v255, %v244 fastmath<contract> : f32
                %v258 = arith.addf %v256, %v257 fastmath<contract> : f32
                %v259 = arith.mulf %v258, %v244 fastmath<contract> : f32
                %v261 = arith.addf %v259, %v260 fastmath<contract> : f32
                %v262 = arith.mulf %v261, %v244 fastmath<contract> : f32
                %v264 = arith.addf %v262, %v263 fastmath<contract> : f32
                %v265 = arith.mulf %v264, %v244 fastmath<contract> : f32
                %v266 = arith.addf %v265, %v64 fastmath<contract> : f32
                %v267 = arith.mulf %v266, %v244 fastmath<contract> : f32
                %v268 = llvm.call_intrinsic "llvm.fabs.f32"(%v244) : (f32) -> f32
                %v270 = arith.cmpf olt, %v268, %v269 : f32
                %v271 = arith.select %v270, %v267, %v248 : f32
                %v272 = arith.addf %v239, %v271 fastmath<contract> : f32
                %v273 = arith.muli %v43, %v229 : i64
                %v274 = arith.muli %v228, %size_D : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = arith.addi %v275, %v41 : i64
                %v277 = llvm.getelementptr %in_u[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v278 = llvm.load %v277 : !llvm.ptr -> f32
                %v279 = arith.mulf %v272, %v278 fastmath<contract> : f32
                %v280 = arith.muli %v43, %v229 : i64
                %v281 = arith.muli %v228, %size_D : i64
                %v282 = arith.addi %v280, %v281 : i64
                %v283 = arith.addi %v282, %v41 : i64
                %v284 = llvm.getelementptr %in_z[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v285 = llvm.load %v284 : !llvm.ptr -> f32
                %v286 = arith.negf %v285 : f32
                %v287 = arith.mulf %v286, %v242 fastmath<contract> : f32
                %v288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v287) : (f32) -> f32
                %v289 = arith.addf %v64, %v288 fastmath<contract> : f32
                %v290 = arith.divf %v64, %v289 : f32
                %v291 = arith.mulf %v285, %v290 fastmath<contract> : f32
                %v292 = arith.negf %v285 : f32
                %v293 = arith.mulf %v292, %v242 fastmath<contract> : f32
                %v294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v293) : (f32) -> f32
                %v295 = arith.addf %v64, %v294 fastmath<contract> : f32
                %v296 = arith.divf %v64, %v295 : f32
                %v297 = arith.subf %v64, %v296 fastmath<contract> : f32
                %v298 = arith.mulf %v285, %v297 fastmath<contract> : f32
                %v299 = arith.addf %v64, %v298 fastmath<contract> : f32
                %v300 = arith.mulf %v296, %v299 fastmath<contract> : f32
                %v301 = arith.negf %v238 : f32
                %v302 = arith.mulf %v301, %v242 fastmath<contract> : f32
                %v303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v302) : (f32) -> f32
                %v304 = arith.addf %v64, %v303 fastmath<contract> : f32
                %v305 = arith.divf %v64, %v304 : f32
                // the group's states, recomputed into registers
                %v306 = arith.subi %v161, %v221 : i64
                %v307 = arith.trunci %v306 : i64 to i32
                %v308 = arith.subi %size_L, %v2 : i64
                %v309 = arith.addi %v159, %v221 : i64
                %v310 = arith.subi %v308, %v309 : i64
                %v312 = arith.minsi %v310, %v311 : i64
                %v313 = arith.trunci %v312 : i64 to i32
                %v314 = arith.addi %v221, %v109 : i64
                %v316 = arith.cmpi slt, %v315, %v307 : i32
                %v317 = arith.cmpi eq, %v315, %v313 : i32
                %v319, %v320 = gpu.shuffle idx %v272, %v145, %v318 : f32
                %v321, %v322 = gpu.shuffle idx %v279, %v145, %v318 : f32
                %v323, %v324 = gpu.shuffle idx %v291, %v145, %v318 : f32
                %v325, %v326 = gpu.shuffle idx %v300, %v145, %v318 : f32
                %v327, %v328 = gpu.shuffle idx %v305, %v145, %v318 : f32
                %v329 = arith.addi %v159, %v314 : i64
                %v330 = arith.muli %v31, %v184 : i64
                %v331 = arith.subi %v329, %v159 : i64
                %v332 = arith.addi %v330, %v331 : i64
                %v333 = llvm.getelementptr %v62[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.muli %v43, %v229 : i64
                %v336 = arith.muli %v329, %size_D : i64
                %v337 = arith.addi %v335, %v336 : i64
                %v338 = arith.addi %v337, %v41 : i64
                %v339 = llvm.getelementptr %dy_y[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = arith.mulf %v323, %v340 fastmath<contract> : f32
                %v342 = arith.mulf %v334, %v341 fastmath<contract> : f32
                %v343 = llvm.load %v49 : !llvm.ptr -> f32
                %v344 = llvm.load %v51 : !llvm.ptr -> f32
                %v345 = arith.mulf %v344, %v343 fastmath<contract> : f32
                %v346 = arith.addf %v342, %v345 fastmath<contract> : f32
                llvm.store %v346, %v49 : f32, !llvm.ptr
                %v347 = llvm.load %v65 : !llvm.ptr -> f32
                %v348 = arith.mulf %v347, %v344 fastmath<contract> : f32
                llvm.store %v348, %v65 : f32, !llvm.ptr
                %v349 = arith.constant 8 : i64
                %v350 = arith.addi %v349, %v31 : i64
                %v351 = arith.muli %v350, %v184 : i64
                %v352 = arith.subi %v329, %v159 : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = llvm.getelementptr %v62[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = arith.mulf %v355, %v341 fastmath<contract> : f32
                %v357 = llvm.load %v50 : !llvm.ptr -> f32
                %v358 = llvm.load %v52 : !llvm.ptr -> f32
                %v359 = arith.mulf %v358, %v357 fastmath<contract> : f32
                %v360 = arith.addf %v356, %v359 fastmath<contract> : f32
                llvm.store %v360, %v50 : f32, !llvm.ptr
                %v361 = llvm.load %v66 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v358 fastmath<contract> : f32
                llvm.store %v362, %v66 : f32, !llvm.ptr
                scf.if %v317 {
                  %v363 = arith.muli %v43, %v69 : i64
                  %v364 = arith.muli %v41, %v1 : i64
                  %v365 = arith.addi %v363, %v364 : i64
                  %v366 = arith.addi %v365, %v31 : i64
                  %v367 = llvm.getelementptr %dy_h_last[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v368 = llvm.load %v367 : !llvm.ptr -> f32
                  %v369 = llvm.load %v49 : !llvm.ptr -> f32
                  %v370 = arith.addf %v369, %v368 fastmath<contract> : f32
                  llvm.store %v370, %v49 : f32, !llvm.ptr
                  %v371 = arith.muli %v43, %v69 : i64
                  %v372 = arith.muli %v41, %v1 : i64
                  %v373 = arith.addi %v371, %v372 : i64
                  %v374 = arith.constant 8 : i64
                  %v375 = arith.addi %v374, %v31 : i64
                  %v376 = arith.addi %v373, %v375 : i64
                  %v377 = llvm.getelementptr %dy_h_last[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v378 = llvm.load %v377 : !llvm.ptr -> f32
                  %v379 = llvm.load %v50 : !llvm.ptr -> f32
                  %v380 = arith.addf %v379, %v378 fastmath<contract> : f32
                  llvm.store %v380, %v50 : f32, !llvm.ptr
                }
                %v381 = arith.muli %v41, %v1 : i64
                %v382 = arith.addi %v381, %v31 : i64
                %v383 = llvm.getelementptr %in_A[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v384 = llvm.load %v383 : !llvm.ptr -> f32
                %v385 = arith.mulf %v319, %v384 fastmath<contract> : f32
                %v386 = arith.mulf %v385, %v242 fastmath<contract> : f32
                %v387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v386) : (f32) -> f32
                llvm.store %v387, %v51 : f32, !llvm.ptr
                %v388 = arith.muli %v41, %v1 : i64
                %v389 = arith.constant 8 : i64
                %v390 = arith.addi %v389, %v31 : i64
                %v391 = arith.addi %v388, %v390 : i64
                %v392 = llvm.getelementptr %in_A[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.mulf %v319, %v393 fastmath<contract> : f32
                %v395 = arith.mulf %v394, %v242 fastmath<contract> : f32
                %v396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v395) : (f32) -> f32
                llvm.store %v396, %v52 : f32, !llvm.ptr
                %v398 = arith.addi %v221, %v397 : i64
                %v400 = arith.cmpi slt, %v399, %v307 : i32
                %v401 = arith.cmpi eq, %v399, %v313 : i32
                %v402, %v403 = gpu.shuffle idx %v272, %v141, %v318 : f32
                %v404, %v405 = gpu.shuffle idx %v279, %v141, %v318 : f32
                %v406, %v407 = gpu.shuffle idx %v291, %v141, %v318 : f32
                %v408, %v409 = gpu.shuffle idx %v300, %v141, %v318 : f32
                %v410, %v411 = gpu.shuffle idx %v305, %v141, %v318 : f32
                %v412 = arith.addi %v159, %v398 : i64
                %v413 = arith.muli %v31, %v184 : i64
                %v414 = arith.subi %v412, %v159 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = llvm.getelementptr %v62[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v417 = llvm.load %v416 : !llvm.ptr -> f32
                %v418 = arith.muli %v43, %v229 : i64
                %v419 = arith.muli %v412, %size_D : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.addi %v420, %v41 : i64
                %v422 = llvm.getelementptr %dy_y[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.mulf %v406, %v423 fastmath<contract> : f32
                %v425 = arith.mulf %v417, %v424 fastmath<contract> : f32
                %v426 = llvm.load %v49 : !llvm.ptr -> f32
                %v427 = llvm.load %v51 : !llvm.ptr -> f32
                %v428 = arith.mulf %v427, %v426 fastmath<contract> : f32
                %v429 = arith.addf %v425, %v428 fastmath<contract> : f32
                llvm.store %v429, %v49 : f32, !llvm.ptr
                %v430 = llvm.load %v65 : !llvm.ptr -> f32
                %v431 = arith.mulf %v430, %v427 fastmath<contract> : f32
                llvm.store %v431, %v65 : f32, !llvm.ptr
                %v432 = arith.constant 8 : i64
                %v433 = arith.addi %v432, %v31 : i64
                %v434 = arith.muli %v433, %v184 : i64
                %v435 = arith.subi %v412, %v159 : i64
                %v436 = arith.addi %v434, %v435 : i64
                %v437 = llvm.getelementptr %v62[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.mulf %v438, %v424 fastmath<contract> : f32
                %v440 = llvm.load %v50 : !llvm.ptr -> f32
                %v441 = llvm.load %v52 : !llvm.ptr -> f32
                %v442 = arith.mulf %v441, %v440 fastmath<contract> : f32
                %v443 = arith.addf %v439, %v442 fastmath<contract> : f32
                llvm.store %v443, %v50 : f32, !llvm.ptr
                %v444 = llvm.load %v66 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v441 fastmath<contract> : f32
                llvm.store %v445, %v66 : f32, !llvm.ptr
                scf.if %v401 {
                  %v446 = arith.muli %v43, %v69 : i64
                  %v447 = arith.muli %v41, %v1 : i64
                  %v448 = arith.addi %v446, %v447 : i64
                  %v449 = arith.addi %v448, %v31 : i64
                  %v450 = llvm.getelementptr %dy_h_last[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v451 = llvm.load %v450 : !llvm.ptr -> f32
                  %v452 = llvm.load %v49 : !llvm.ptr -> f32
                  %v453 = arith.addf %v452, %v451 fastmath<contract> : f32
                  llvm.store %v453, %v49 : f32, !llvm.ptr
                  %v454 = arith.muli %v43, %v69 : i64
                  %v455 = arith.muli %v41, %v1 : i64
                  %v456 = arith.addi %v454, %v455 : i64
                  %v457 = arith.constant 8 : i64
                  %v458 = arith.addi %v457, %v31 : i64
                  %v459 = arith.addi %v456, %v458 : i64
                  %v460 = llvm.getelementptr %dy_h_last[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v461 = llvm.load %v460 : !llvm.ptr -> f32
                  %v462 = llvm.load %v50 : !llvm.ptr -> f32
                  %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
                  llvm.store %v463, %v50 : f32, !llvm.ptr
                }
                %v464 = arith.muli %v41, %v1 : i64
                %v465 = arith.addi %v464, %v31 : i64
                %v466 = llvm.getelementptr %in_A[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v467 = llvm.load %v466 : !llvm.ptr -> f32
                %v468 = arith.mulf %v402, %v467 fastmath<contract> : f32
                %v469 = arith.mulf %v468, %v242 fastmath<contract> : f32
                %v470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v469) : (f32) -> f32
                llvm.store %v470, %v51 : f32, !llvm.ptr
                %v471 = arith.muli %v41, %v1 : i64
                %v472 = arith.constant 8 : i64
                %v473 = arith.addi %v472, %v31 : i64
                %v474 = arith.addi %v471, %v473 : i64
                %v475 = llvm.getelementptr %in_A[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v476 = llvm.load %v475 : !llvm.ptr -> f32
                %v477 = arith.mulf %v402, %v476 fastmath<contract> : f32
                %v478 = arith.mulf %v477, %v242 fastmath<contract> : f32
                %v479 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v478) : (f32) -> f32
                llvm.store %v479, %v52 : f32, !llvm.ptr
                %v481 = arith.addi %v221, %v480 : i64
                %v483 = arith.cmpi slt, %v482, %v307 : i32
                %v484 = arith.cmpi eq, %v482, %v313 : i32
                %v485, %v486 = gpu.shuffle idx %v272, %v137, %v318 : f32
                %v487, %v488 = gpu.shuffle idx %v279, %v137, %v318 : f32
                %v489, %v490 = gpu.shuffle idx %v291, %v137, %v318 : f32
                %v491, %v492 = gpu.shuffle idx %v300, %v137, %v318 : f32
                %v493, %v494 = gpu.shuffle idx %v305, %v137, %v318 : f32
                %v495 = arith.addi %v159, %v481 : i64
                %v496 = arith.muli %v31, %v184 : i64
                %v497 = arith.subi %v495, %v159 : i64
                %v498 = arith.addi %v496, %v497 : i64
                %v499 = llvm.getelementptr %v62[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v500 = llvm.load %v499 : !llvm.ptr -> f32
                %v501 = arith.muli %v43, %v229 : i64
                %v502 = arith.muli %v495, %size_D : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = arith.addi %v503, %v41 : i64
                %v505 = llvm.getelementptr %dy_y[%v504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v506 = llvm.load %v505 : !llvm.ptr -> f32
                %v507 = arith.mulf %v489, %v506 fastmath<contract> : f32
                %v508 = arith.mulf %v500, %v507 fastmath<contract> : f32
                %v509 = llvm.load %v49 : !llvm.ptr -> f32
                %v510 = llvm.load %v51 : !llvm.ptr -> f32
                %v511 = arith.mulf %v510, %v509 fastmath<contract> : f32
                %v512 = arith.addf %v508, %v511 fastmath<contract> : f32
                llvm.store %v512, %v49 : f32, !llvm.ptr
                %v513 = llvm.load %v65 : !llvm.ptr -> f32
                %v514 = arith.mulf %v513, %v510 fastmath<contract> : f32
                llvm.store %v514, %v65 : f32, !llvm.ptr
                %v515 = arith.constant 8 : i64
                %v516 = arith.addi %v515, %v31 : i64
                %v517 = arith.muli %v516, %v184 : i64
                %v518 = arith.subi %v495, %v159 : i64
                %v519 = arith.addi %v517, %v518 : i64
                %v520 = llvm.getelementptr %v62[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v521 = llvm.load %v520 : !llvm.ptr -> f32
                %v522 = arith.mulf %v521, %v507 fastmath<contract> : f32
                %v523 = llvm.load %v50 : !llvm.ptr -> f32
                %v524 = llvm.load %v52 : !llvm.ptr -> f32
                %v525 = arith.mulf %v524, %v523 fastmath<contract> : f32
                %v526 = arith.addf %v522, %v525 fastmath<contract> : f32
                llvm.store %v526, %v50 : f32, !llvm.ptr
                %v527 = llvm.load %v66 : !llvm.ptr -> f32
                %v528 = arith.mulf %v527, %v524 fastmath<contract> : f32
                llvm.store %v528, %v66 : f32, !llvm.ptr
                scf.if %v484 {
                  %v529 = arith.muli %v43, %v69 : i64
                  %v530 = arith.muli %v41, %v1 : i64
                  %v531 = arith.addi %v529, %v530 : i64
                  %v532 = arith.addi %v531, %v31 : i64
                  %v533 = llvm.getelementptr %dy_h_last[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v534 = llvm.load %v533 : !llvm.ptr -> f32
                  %v535 = llvm.load %v49 : !llvm.ptr -> f32
                  %v536 = arith.addf %v535, %v534 fastmath<contract> : f32
                  llvm.store %v536, %v49 : f32, !llvm.ptr
                  %v537 = arith.muli %v43, %v69 : i64
                  %v538 = arith.muli %v41, %v1 : i64
                  %v539 = arith.addi %v537, %v538 : i64
                  %v540 = arith.constant 8 : i64
                  %v541 = arith.addi %v540, %v31 : i64
                  %v542 = arith.addi %v539, %v541 : i64
                  %v543 = llvm.getelementptr %dy_h_last[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v544 = llvm.load %v543 : !llvm.ptr -> f32
                  %v545 = llvm.load %v50 : !llvm.ptr -> f32
                  %v546 = arith.addf %v545, %v544 fastmath<contract> : f32
                  llvm.store %v546, %v50 : f32, !llvm.ptr
                }
                %v547 = arith.muli %v41, %v1 : i64
                %v548 = arith.addi %v547, %v31 : i64
                %v549 = llvm.getelementptr %in_A[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v550 = llvm.load %v549 : !llvm.ptr -> f32
                %v551 = arith.mulf %v485, %v550 fastmath<contract> : f32
                %v552 = arith.mulf %v551, %v242 fastmath<contract> : f32
                %v553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v552) : (f32) -> f32
                llvm.store %v553, %v51 : f32, !llvm.ptr
                %v554 = arith.muli %v41, %v1 : i64
                %v555 = arith.constant 8 : i64
                %v556 = arith.addi %v555, %v31 : i64
                %v557 = arith.addi %v554, %v556 : i64
                %v558 = llvm.getelementptr %in_A[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v559 = llvm.load %v558 : !llvm.ptr -> f32
                %v560 = arith.mulf %v485, %v559 fastmath<contract> : f32
                %v561 = arith.mulf %v560, %v242 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
                llvm.store %v562, %v52 : f32, !llvm.ptr
                %v563 = arith.addi %v221, %v45 : i64
                %v565 = arith.cmpi slt, %v564, %v307 : i32
                %v566 = arith.cmpi eq, %v564, %v313 : i32
                %v567, %v568 = gpu.shuffle idx %v272, %v133, %v318 : f32
                %v569, %v570 = gpu.shuffle idx %v279, %v133, %v318 : f32
                %v571, %v572 = gpu.shuffle idx %v291, %v133, %v318 : f32
                %v573, %v574 = gpu.shuffle idx %v300, %v133, %v318 : f32
                %v575, %v576 = gpu.shuffle idx %v305, %v133, %v318 : f32
                %v577 = arith.addi %v159, %v563 : i64
                %v578 = arith.muli %v31, %v184 : i64
                %v579 = arith.subi %v577, %v159 : i64
                %v580 = arith.addi %v578, %v579 : i64
                %v581 = llvm.getelementptr %v62[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v582 = llvm.load %v581 : !llvm.ptr -> f32
                %v583 = arith.muli %v43, %v229 : i64
                %v584 = arith.muli %v577, %size_D : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = arith.addi %v585, %v41 : i64
                %v587 = llvm.getelementptr %dy_y[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.mulf %v571, %v588 fastmath<contract> : f32
                %v590 = arith.mulf %v582, %v589 fastmath<contract> : f32
                %v591 = llvm.load %v49 : !llvm.ptr -> f32
                %v592 = llvm.load %v51 : !llvm.ptr -> f32
                %v593 = arith.mulf %v592, %v591 fastmath<contract> : f32
                %v594 = arith.addf %v590, %v593 fastmath<contract> : f32
                llvm.store %v594, %v49 : f32, !llvm.ptr
                %v595 = llvm.load %v65 : !llvm.ptr -> f32
                %v596 = arith.mulf %v595, %v592 fastmath<contract> : f32
                llvm.store %v596, %v65 : f32, !llvm.ptr
                %v597 = arith.constant 8 : i64
                %v598 = arith.addi %v597, %v31 : i64
                %v599 = arith.muli %v598, %v184 : i64
                %v600 = arith.subi %v577, %v159 : i64
                %v601 = arith.addi %v599, %v600 : i64
                %v602 = llvm.getelementptr %v62[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v603 = llvm.load %v602 : !llvm.ptr -> f32
                %v604 = arith.mulf %v603, %v589 fastmath<contract> : f32
                %v605 = llvm.load %v50 : !llvm.ptr -> f32
                %v606 = llvm.load %v52 : !llvm.ptr -> f32
                %v607 = arith.mulf %v606, %v605 fastmath<contract> : f32
                %v608 = arith.addf %v604, %v607 fastmath<contract> : f32
                llvm.store %v608, %v50 : f32, !llvm.ptr
                %v609 = llvm.load %v66 : !llvm.ptr -> f32
                %v610 = arith.mulf %v609, %v606 fastmath<contract> : f32
                llvm.store %v610, %v66 : f32, !llvm.ptr
                scf.if %v566 {
                  %v611 = arith.muli %v43, %v69 : i64
                  %v612 = arith.muli %v41, %v1 : i64
                  %v613 = arith.addi %v611, %v612 : i64
                  %v614 = arith.addi %v613, %v31 : i64
                  %v615 = llvm.getelementptr %dy_h_last[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v616 = llvm.load %v615 : !llvm.ptr -> f32
                  %v617 = llvm.load %v49 : !llvm.ptr -> f32
                  %v618 = arith.addf %v617, %v616 fastmath<contract> : f32
                  llvm.store %v618, %v49 : f32, !llvm.ptr
                  %v619 = arith.muli %v43, %v69 : i64
                  %v620 = arith.muli %v41, %v1 : i64
                  %v621 = arith.addi %v619, %v620 : i64
                  %v622 = arith.constant 8 : i64
                  %v623 = arith.addi %v622, %v31 : i64
                  %v624 = arith.addi %v621, %v623 : i64
                  %v625 = llvm.getelementptr %dy_h_last[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v626 = llvm.load %v625 : !llvm.ptr -> f32
                  %v627 = llvm.load %v50 : !llvm.ptr -> f32
                  %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
                  llvm.store %v628, %v50 : f32, !llvm.ptr
                }
                %v629 = arith.muli %v41, %v1 : i64
                %v630 = arith.addi %v629, %v31 : i64
                %v631 = llvm.getelementptr %in_A[%v630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v632 = llvm.load %v631 : !llvm.ptr -> f32
                %v633 = arith.mulf %v567, %v632 fastmath<contract> : f32
                %v634 = arith.mulf %v633, %v242 fastmath<contract> : f32
                %v635 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v634) : (f32) -> f32
                llvm.store %v635, %v51 : f32, !llvm.ptr
                %v636 = arith.muli %v41, %v1 : i64
                %v637 = arith.constant 8 : i64
                %v638 = arith.addi %v637, %v31 : i64
                %v639 = arith.addi %v636, %v638 : i64
                %v640 = llvm.getelementptr %in_A[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v641 = llvm.load %v640 : !llvm.ptr -> f32
                %v642 = arith.mulf %v567, %v641 fastmath<contract> : f32
                %v643 = arith.mulf %v642, %v242 fastmath<contract> : f32
                %v644 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v643) : (f32) -> f32
                llvm.store %v644, %v52 : f32, !llvm.ptr
                %v646 = arith.addi %v221, %v645 : i64
                %v648 = arith.cmpi slt, %v647, %v307 : i32
                %v649 = arith.cmpi eq, %v647, %v313 : i32
                %v650, %v651 = gpu.shuffle idx %v272, %v129, %v318 : f32
                %v652, %v653 = gpu.shuffle idx %v279, %v129, %v318 : f32
                %v654, %v655 = gpu.shuffle idx %v291, %v129, %v318 : f32
                %v656, %v657 = gpu.shuffle idx %v300, %v129, %v318 : f32
                %v658, %v659 = gpu.shuffle idx %v305, %v129, %v318 : f32
                %v660 = arith.addi %v159, %v646 : i64
                %v661 = arith.muli %v31, %v184 : i64
                %v662 = arith.subi %v660, %v159 : i64
                %v663 = arith.addi %v661, %v662 : i64
                %v664 = llvm.getelementptr %v62[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v665 = llvm.load %v664 : !llvm.ptr -> f32
                %v666 = arith.muli %v43, %v229 : i64
                %v667 = arith.muli %v660, %size_D : i64
                %v668 = arith.addi %v666, %v667 : i64
                %v669 = arith.addi %v668, %v41 : i64
                %v670 = llvm.getelementptr %dy_y[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v671 = llvm.load %v670 : !llvm.ptr -> f32
                %v672 = arith.mulf %v654, %v671 fastmath<contract> : f32
                %v673 = arith.mulf %v665, %v672 fastmath<contract> : f32
                %v674 = llvm.load %v49 : !llvm.ptr -> f32
                %v675 = llvm.load %v51 : !llvm.ptr -> f32
                %v676 = arith.mulf %v675, %v674 fastmath<contract> : f32
                %v677 = arith.addf %v673, %v676 fastmath<contract> : f32
                llvm.store %v677, %v49 : f32, !llvm.ptr
                %v678 = llvm.load %v65 : !llvm.ptr -> f32
                %v679 = arith.mulf %v678, %v675 fastmath<contract> : f32
                llvm.store %v679, %v65 : f32, !llvm.ptr
                %v680 = arith.constant 8 : i64
                %v681 = arith.addi %v680, %v31 : i64
                %v682 = arith.muli %v681, %v184 : i64
                %v683 = arith.subi %v660, %v159 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = llvm.getelementptr %v62[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v686 = llvm.load %v685 : !llvm.ptr -> f32
                %v687 = arith.mulf %v686, %v672 fastmath<contract> : f32
                %v688 = llvm.load %v50 : !llvm.ptr -> f32
                %v689 = llvm.load %v52 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v688 fastmath<contract> : f32
                %v691 = arith.addf %v687, %v690 fastmath<contract> : f32
                llvm.store %v691, %v50 : f32, !llvm.ptr
                %v692 = llvm.load %v66 : !llvm.ptr -> f32
                %v693 = arith.mulf %v692, %v689 fastmath<contract> : f32
                llvm.store %v693, %v66 : f32, !llvm.ptr
                scf.if %v649 {
                  %v694 = arith.muli %v43, %v69 : i64
                  %v695 = arith.muli %v41, %v1 : i64
                  %v696 = arith.addi %v694, %v695 : i64
                  %v697 = arith.addi %v696, %v31 : i64
                  %v698 = llvm.getelementptr %dy_h_last[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v699 = llvm.load %v698 : !llvm.ptr -> f32
                  %v700 = llvm.load %v49 : !llvm.ptr -> f32
                  %v701 = arith.addf %v700, %v699 fastmath<contract> : f32
                  llvm.store %v701, %v49 : f32, !llvm.ptr
                  %v702 = arith.muli %v43, %v69 : i64
                  %v703 = arith.muli %v41, %v1 : i64
                  %v704 = arith.addi %v702, %v703 : i64
                  %v705 = arith.constant 8 : i64
                  %v706 = arith.addi %v705, %v31 : i64
                  %v707 = arith.addi %v704, %v706 : i64
                  %v708 = llvm.getelementptr %dy_h_last[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v709 = llvm.load %v708 : !llvm.ptr -> f32
                  %v710 = llvm.load %v50 : !llvm.ptr -> f32
                  %v711 = arith.addf %v710, %v709 fastmath<contract> : f32
                  llvm.store %v711, %v50 : f32, !llvm.ptr
                }
                %v712 = arith.muli %v41, %v1 : i64
                %v713 = arith.addi %v712, %v31 : i64
                %v714 = llvm.getelementptr %in_A[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v715 = llvm.load %v714 : !llvm.ptr -> f32
                %v716 = arith.mulf %v650, %v715 fastmath<contract> : f32
                %v717 = arith.mulf %v716, %v242 fastmath<contract> : f32
                %v718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v717) : (f32) -> f32
                llvm.store %v718, %v51 : f32, !llvm.ptr
                %v719 = arith.muli %v41, %v1 : i64
                %v720 = arith.constant 8 : i64
                %v721 = arith.addi %v720, %v31 : i64
                %v722 = arith.addi %v719, %v721 : i64
                %v723 = llvm.getelementptr %in_A[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v724 = llvm.load %v723 : !llvm.ptr -> f32
                %v725 = arith.mulf %v650, %v724 fastmath<contract> : f32
                %v726 = arith.mulf %v725, %v242 fastmath<contract> : f32
                %v727 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v726) : (f32) -> f32
                llvm.store %v727, %v52 : f32, !llvm.ptr
                %v729 = arith.addi %v221, %v728 : i64
                %v731 = arith.cmpi slt, %v730, %v307 : i32
                %v732 = arith.cmpi eq, %v730, %v313 : i32
                %v733, %v734 = gpu.shuffle idx %v272, %v125, %v318 : f32
                %v735, %v736 = gpu.shuffle idx %v279, %v125, %v318 : f32
                %v737, %v738 = gpu.shuffle idx %v291, %v125, %v318 : f32
                %v739, %v740 = gpu.shuffle idx %v300, %v125, %v318 : f32
                %v741, %v742 = gpu.shuffle idx %v305, %v125, %v318 : f32
                %v743 = arith.addi %v159, %v729 : i64
                %v744 = arith.muli %v31, %v184 : i64
                %v745 = arith.subi %v743, %v159 : i64
                %v746 = arith.addi %v744, %v745 : i64
                %v747 = llvm.getelementptr %v62[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v748 = llvm.load %v747 : !llvm.ptr -> f32
                %v749 = arith.muli %v43, %v229 : i64
                %v750 = arith.muli %v743, %size_D : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = arith.addi %v751, %v41 : i64
                %v753 = llvm.getelementptr %dy_y[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v754 = llvm.load %v753 : !llvm.ptr -> f32
                %v755 = arith.mulf %v737, %v754 fastmath<contract> : f32
                %v756 = arith.mulf %v748, %v755 fastmath<contract> : f32
                %v757 = llvm.load %v49 : !llvm.ptr -> f32
                %v758 = llvm.load %v51 : !llvm.ptr -> f32
                %v759 = arith.mulf %v758, %v757 fastmath<contract> : f32
                %v760 = arith.addf %v756, %v759 fastmath<contract> : f32
                llvm.store %v760, %v49 : f32, !llvm.ptr
                %v761 = llvm.load %v65 : !llvm.ptr -> f32
                %v762 = arith.mulf %v761, %v758 fastmath<contract> : f32
                llvm.store %v762, %v65 : f32, !llvm.ptr
                %v763 = arith.constant 8 : i64
                %v764 = arith.addi %v763, %v31 : i64
                %v765 = arith.muli %v764, %v184 : i64
                %v766 = arith.subi %v743, %v159 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = llvm.getelementptr %v62[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v769 = llvm.load %v768 : !llvm.ptr -> f32
                %v770 = arith.mulf %v769, %v755 fastmath<contract> : f32
                %v771 = llvm.load %v50 : !llvm.ptr -> f32
                %v772 = llvm.load %v52 : !llvm.ptr -> f32
                %v773 = arith.mulf %v772, %v771 fastmath<contract> : f32
                %v774 = arith.addf %v770, %v773 fastmath<contract> : f32
                llvm.store %v774, %v50 : f32, !llvm.ptr
                %v775 = llvm.load %v66 : !llvm.ptr -> f32
                %v776 = arith.mulf %v775, %v772 fastmath<contract> : f32
                llvm.store %v776, %v66 : f32, !llvm.ptr
                scf.if %v732 {
                  %v777 = arith.muli %v43, %v69 : i64
                  %v778 = arith.muli %v41, %v1 : i64
                  %v779 = arith.addi %v777, %v778 : i64
                  %v780 = arith.addi %v779, %v31 : i64
                  %v781 = llvm.getelementptr %dy_h_last[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v782 = llvm.load %v781 : !llvm.ptr -> f32
                  %v783 = llvm.load %v49 : !llvm.ptr -> f32
                  %v784 = arith.addf %v783, %v782 fastmath<contract> : f32
                  llvm.store %v784, %v49 : f32, !llvm.ptr
                  %v785 = arith.muli %v43, %v69 : i64
                  %v786 = arith.muli %v41, %v1 : i64
                  %v787 = arith.addi %v785, %v786 : i64
                  %v788 = arith.constant 8 : i64
                  %v789 = arith.addi %v788, %v31 : i64
                  %v790 = arith.addi %v787, %v789 : i64
                  %v791 = llvm.getelementptr %dy_h_last[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v792 = llvm.load %v791 : !llvm.ptr -> f32
                  %v793 = llvm.load %v50 : !llvm.ptr -> f32
                  %v794 = arith.addf %v793, %v792 fastmath<contract> : f32
                  llvm.store %v794, %v50 : f32, !llvm.ptr
                }
                %v795 = arith.muli %v41, %v1 : i64
                %v796 = arith.addi %v795, %v31 : i64
                %v797 = llvm.getelementptr %in_A[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v798 = llvm.load %v797 : !llvm.ptr -> f32
                %v799 = arith.mulf %v733, %v798 fastmath<contract> : f32
                %v800 = arith.mulf %v799, %v242 fastmath<contract> : f32
                %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
                llvm.store %v801, %v51 : f32, !llvm.ptr
                %v802 = arith.muli %v41, %v1 : i64
                %v803 = arith.constant 8 : i64
                %v804 = arith.addi %v803, %v31 : i64
                %v805 = arith.addi %v802, %v804 : i64
                %v806 = llvm.getelementptr %in_A[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v807 = llvm.load %v806 : !llvm.ptr -> f32
                %v808 = arith.mulf %v733, %v807 fastmath<contract> : f32
                %v809 = arith.mulf %v808, %v242 fastmath<contract> : f32
                %v810 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v809) : (f32) -> f32
                llvm.store %v810, %v52 : f32, !llvm.ptr
                %v811 = arith.addi %v221, %v2 : i64
                %v813 = arith.cmpi slt, %v812, %v307 : i32
                %v814 = arith.cmpi eq, %v812, %v313 : i32
                %v815, %v816 = gpu.shuffle idx %v272, %v121, %v318 : f32
                %v817, %v818 = gpu.shuffle idx %v279, %v121, %v318 : f32
                %v819, %v820 = gpu.shuffle idx %v291, %v121, %v318 : f32
                %v821, %v822 = gpu.shuffle idx %v300, %v121, %v318 : f32
                %v823, %v824 = gpu.shuffle idx %v305, %v121, %v318 : f32
                %v825 = arith.addi %v159, %v811 : i64
                %v826 = arith.muli %v31, %v184 : i64
                %v827 = arith.subi %v825, %v159 : i64
                %v828 = arith.addi %v826, %v827 : i64
                %v829 = llvm.getelementptr %v62[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v830 = llvm.load %v829 : !llvm.ptr -> f32
                %v831 = arith.muli %v43, %v229 : i64
                %v832 = arith.muli %v825, %size_D : i64
                %v833 = arith.addi %v831, %v832 : i64
                %v834 = arith.addi %v833, %v41 : i64
                %v835 = llvm.getelementptr %dy_y[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v836 = llvm.load %v835 : !llvm.ptr -> f32
                %v837 = arith.mulf %v819, %v836 fastmath<contract> : f32
                %v838 = arith.mulf %v830, %v837 fastmath<contract> : f32
                %v839 = llvm.load %v49 : !llvm.ptr -> f32
                %v840 = llvm.load %v51 : !llvm.ptr -> f32
                %v841 = arith.mulf %v840, %v839 fastmath<contract> : f32
                %v842 = arith.addf %v838, %v841 fastmath<contract> : f32
                llvm.store %v842, %v49 : f32, !llvm.ptr
                %v843 = llvm.load %v65 : !llvm.ptr -> f32
                %v844 = arith.mulf %v843, %v840 fastmath<contract> : f32
                llvm.store %v844, %v65 : f32, !llvm.ptr
                %v845 = arith.constant 8 : i64
                %v846 = arith.addi %v845, %v31 : i64
                %v847 = arith.muli %v846, %v184 : i64
                %v848 = arith.subi %v825, %v159 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %v62[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.mulf %v851, %v837 fastmath<contract> : f32
                %v853 = llvm.load %v50 : !llvm.ptr -> f32
                %v854 = llvm.load %v52 : !llvm.ptr -> f32
                %v855 = arith.mulf %v854, %v853 fastmath<contract> : f32
                %v856 = arith.addf %v852, %v855 fastmath<contract> : f32
                llvm.store %v856, %v50 : f32, !llvm.ptr
                %v857 = llvm.load %v66 : !llvm.ptr -> f32
                %v858 = arith.mulf %v857, %v854 fastmath<contract> : f32
                llvm.store %v858, %v66 : f32, !llvm.ptr
                scf.if %v814 {
                  %v859 = arith.muli %v43, %v69 : i64
                  %v860 = arith.muli %v41, %v1 : i64
                  %v861 = arith.addi %v859, %v860 : i64
                  %v862 = arith.addi %v861, %v31 : i64
                  %v863 = llvm.getelementptr %dy_h_last[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v864 = llvm.load %v863 : !llvm.ptr -> f32
                  %v865 = llvm.load %v49 : !llvm.ptr -> f32
                  %v866 = arith.addf %v865, %v864 fastmath<contract> : f32
                  llvm.store %v866, %v49 : f32, !llvm.ptr
                  %v867 = arith.muli %v43, %v69 : i64
                  %v868 = arith.muli %v41, %v1 : i64
                  %v869 = arith.addi %v867, %v868 : i64
                  %v870 = arith.constant 8 : i64
                  %v871 = arith.addi %v870, %v31 : i64
                  %v872 = arith.addi %v869, %v871 : i64
                  %v873 = llvm.getelementptr %dy_h_last[%v872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v874 = llvm.load %v873 : !llvm.ptr -> f32
                  %v875 = llvm.load %v50 : !llvm.ptr -> f32
                  %v876 = arith.addf %v875, %v874 fastmath<contract> : f32
                  llvm.store %v876, %v50 : f32, !llvm.ptr
                }
                %v877 = arith.muli %v41, %v1 : i64
                %v878 = arith.addi %v877, %v31 : i64
                %v879 = llvm.getelementptr %in_A[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v880 = llvm.load %v879 : !llvm.ptr -> f32
                %v881 = arith.mulf %v815, %v880 fastmath<contract> : f32
                %v882 = arith.mulf %v881, %v242 fastmath<contract> : f32
                %v883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v882) : (f32) -> f32
                llvm.store %v883, %v51 : f32, !llvm.ptr
                %v884 = arith.muli %v41, %v1 : i64
                %v885 = arith.constant 8 : i64
                %v886 = arith.addi %v885, %v31 : i64
                %v887 = arith.addi %v884, %v886 : i64
                %v888 = llvm.getelementptr %in_A[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v889 = llvm.load %v888 : !llvm.ptr -> f32
                %v890 = arith.mulf %v815, %v889 fastmath<contract> : f32
                %v891 = arith.mulf %v890, %v242 fastmath<contract> : f32
                %v892 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v891) : (f32) -> f32
                llvm.store %v892, %v52 : f32, !llvm.ptr
                %v894 = arith.cmpi slt, %v893, %v307 : i32
                %v895 = arith.cmpi eq, %v893, %v313 : i32
                %v896, %v897 = gpu.shuffle idx %v272, %v117, %v318 : f32
                %v898, %v899 = gpu.shuffle idx %v279, %v117, %v318 : f32
                %v900, %v901 = gpu.shuffle idx %v291, %v117, %v318 : f32
                %v902, %v903 = gpu.shuffle idx %v300, %v117, %v318 : f32
                %v904, %v905 = gpu.shuffle idx %v305, %v117, %v318 : f32
                %v906 = arith.addi %v159, %v221 : i64
                %v907 = arith.muli %v31, %v184 : i64
                %v908 = arith.subi %v906, %v159 : i64
                %v909 = arith.addi %v907, %v908 : i64
                %v910 = llvm.getelementptr %v62[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v911 = llvm.load %v910 : !llvm.ptr -> f32
                %v912 = arith.muli %v43, %v229 : i64
                %v913 = arith.muli %v906, %size_D : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = arith.addi %v914, %v41 : i64
                %v916 = llvm.getelementptr %dy_y[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v917 = llvm.load %v916 : !llvm.ptr -> f32
                %v918 = arith.mulf %v900, %v917 fastmath<contract> : f32
                %v919 = arith.mulf %v911, %v918 fastmath<contract> : f32
                %v920 = llvm.load %v49 : !llvm.ptr -> f32
                %v921 = llvm.load %v51 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v920 fastmath<contract> : f32
                %v923 = arith.addf %v919, %v922 fastmath<contract> : f32
                llvm.store %v923, %v49 : f32, !llvm.ptr
                %v924 = llvm.load %v65 : !llvm.ptr -> f32
                %v925 = arith.mulf %v924, %v921 fastmath<contract> : f32
                llvm.store %v925, %v65 : f32, !llvm.ptr
                %v926 = arith.constant 8 : i64
                %v927 = arith.addi %v926, %v31 : i64
                %v928 = arith.muli %v927, %v184 : i64
                %v929 = arith.subi %v906, %v159 : i64
                %v930 = arith.addi %v928, %v929 : i64
                %v931 = llvm.getelementptr %v62[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v932 = llvm.load %v931 : !llvm.ptr -> f32
                %v933 = arith.mulf %v932, %v918 fastmath<contract> : f32
                %v934 = llvm.load %v50 : !llvm.ptr -> f32
                %v935 = llvm.load %v52 : !llvm.ptr -> f32
                %v936 = arith.mulf %v935, %v934 fastmath<contract> : f32
                %v937 = arith.addf %v933, %v936 fastmath<contract> : f32
                llvm.store %v937, %v50 : f32, !llvm.ptr
                %v938 = llvm.load %v66 : !llvm.ptr -> f32
                %v939 = arith.mulf %v938, %v935 fastmath<contract> : f32
                llvm.store %v939, %v66 : f32, !llvm.ptr
                scf.if %v895 {
                  %v940 = arith.muli %v43, %v69 : i64
                  %v941 = arith.muli %v41, %v1 : i64
                  %v942 = arith.addi %v940, %v941 : i64
                  %v943 = arith.addi %v942, %v31 : i64
                  %v944 = llvm.getelementptr %dy_h_last[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v945 = llvm.load %v944 : !llvm.ptr -> f32
                  %v946 = llvm.load %v49 : !llvm.ptr -> f32
                  %v947 = arith.addf %v946, %v945 fastmath<contract> : f32
                  llvm.store %v947, %v49 : f32, !llvm.ptr
                  %v948 = arith.muli %v43, %v69 : i64
                  %v949 = arith.muli %v41, %v1 : i64
                  %v950 = arith.addi %v948, %v949 : i64
                  %v951 = arith.constant 8 : i64
                  %v952 = arith.addi %v951, %v31 : i64
                  %v953 = arith.addi %v950, %v952 : i64
                  %v954 = llvm.getelementptr %dy_h_last[%v953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v955 = llvm.load %v954 : !llvm.ptr -> f32
                  %v956 = llvm.load %v50 : !llvm.ptr -> f32
                  %v957 = arith.addf %v956, %v955 fastmath<contract> : f32
                  llvm.store %v957, %v50 : f32, !llvm.ptr
                }
                %v958 = arith.muli %v41, %v1 : i64
                %v959 = arith.addi %v958, %v31 : i64
                %v960 = llvm.getelementptr %in_A[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = arith.mulf %v896, %v961 fastmath<contract> : f32
                %v963 = arith.mulf %v962, %v242 fastmath<contract> : f32
                %v964 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v963) : (f32) -> f32
                llvm.store %v964, %v51 : f32, !llvm.ptr
                %v965 = arith.muli %v41, %v1 : i64
                %v966 = arith.constant 8 : i64
                %v967 = arith.addi %v966, %v31 : i64
                %v968 = arith.addi %v965, %v967 : i64
                %v969 = llvm.getelementptr %in_A[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v970 = llvm.load %v969 : !llvm.ptr -> f32
                %v971 = arith.mulf %v896, %v970 fastmath<contract> : f32
                %v972 = arith.mulf %v971, %v242 fastmath<contract> : f32
                %v973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v972) : (f32) -> f32
                llvm.store %v973, %v52 : f32, !llvm.ptr
              } else {
                %v974 = arith.subi %v161, %v2 : i64
                %v975 = arith.addi %v221, %v31 : i64
                %v976 = arith.minsi %v975, %v974 : i64
                %v977 = arith.addi %v159, %v976 : i64
                %v978 = arith.muli %v43, %v229 : i64
                %v979 = arith.muli %v977, %size_D : i64
                %v980 = arith.addi %v978, %v979 : i64
                %v981 = arith.addi %v980, %v41 : i64
                %v982 = llvm.getelementptr %in_delta[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v983 = llvm.load %v982 : !llvm.ptr -> f32
                %v984 = llvm.getelementptr %in_dt_bias[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v985 = llvm.load %v984 : !llvm.ptr -> f32
                %v986 = arith.addf %v983, %v985 fastmath<contract> : f32
                %v987 = arith.maximumf %v986, %v63 : f32
                %v988 = llvm.call_intrinsic "llvm.fabs.f32"(%v986) : (f32) -> f32
                %v989 = arith.negf %v988 : f32
                %v990 = arith.mulf %v989, %v242 fastmath<contract> : f32
                %v991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v990) : (f32) -> f32
                %v992 = arith.addf %v64, %v991 fastmath<contract> : f32
                %v993 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v992) : (f32) -> f32
                %v994 = arith.mulf %v993, %v247 fastmath<contract> : f32
                %v995 = arith.mulf %v249, %v991 fastmath<contract> : f32
                %v996 = arith.addf %v995, %v251 fastmath<contract> : f32
                %v997 = arith.mulf %v996, %v991 fastmath<contract> : f32
                %v998 = arith.addf %v997, %v254 fastmath<contract> : f32
                %v999 = arith.mulf %v998, %v991 fastmath<contract> : f32
                %v1000 = arith.addf %v999, %v257 fastmath<contract> : f32
                %v1001 = arith.mulf %v1000, %v991 fastmath<contract> : f32
                %v1002 = arith.addf %v1001, %v260 fastmath<contract> : f32
                %v1003 = arith.mulf %v1002, %v991 fastmath<contract> : f32
                %v1004 = arith.addf %v1003, %v263 fastmath<contract> : f32
                %v1005 = arith.mulf %v1004, %v991 fastmath<contract> : f32
                %v1006 = arith.addf %v1005, %v64 fastmath<contract> : f32
                %v1007 = arith.mulf %v1006, %v991 fastmath<contract> : f32
                %v1008 = llvm.call_intrinsic "llvm.fabs.f32"(%v991) : (f32) -> f32
                %v1009 = arith.cmpf olt, %v1008, %v269 : f32
                %v1010 = arith.select %v1009, %v1007, %v994 : f32
                %v1011 = arith.addf %v987, %v1010 fastmath<contract> : f32
                %v1012 = arith.muli %v43, %v229 : i64
                %v1013 = arith.muli %v977, %size_D : i64
                %v1014 = arith.addi %v1012, %v1013 : i64
                %v1015 = arith.addi %v1014, %v41 : i64
                %v1016 = llvm.getelementptr %in_u[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1017 = llvm.load %v1016 : !llvm.ptr -> f32
                %v1018 = arith.mulf %v1011, %v1017 fastmath<contract> : f32
                %v1019 = arith.muli %v43, %v229 : i64
                %v1020 = arith.muli %v977, %size_D : i64
                %v1021 = arith.addi %v1019, %v1020 : i64
                %v1022 = arith.addi %v1021, %v41 : i64
                %v1023 = llvm.getelementptr %in_z[%v1022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1024 = llvm.load %v1023 : !llvm.ptr -> f32
                %v1025 = arith.negf %v1024 : f32
                %v1026 = arith.mulf %v1025, %v242 fastmath<contract> : f32
                %v1027 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1026) : (f32) -> f32
                %v1028 = arith.addf %v64, %v1027 fastmath<contract> : f32
                %v1029 = arith.divf %v64, %v1028 : f32
                %v1030 = arith.mulf %v1024, %v1029 fastmath<contract> : f32
                %v1031 = arith.negf %v1024 : f32
                %v1032 = arith.mulf %v1031, %v242 fastmath<contract> : f32
                %v1033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1032) : (f32) -> f32
                %v1034 = arith.addf %v64, %v1033 fastmath<contract> : f32
                %v1035 = arith.divf %v64, %v1034 : f32
                %v1036 = arith.subf %v64, %v1035 fastmath<contract> : f32
                %v1037 = arith.mulf %v1024, %v1036 fastmath<contract> : f32
                %v1038 = arith.addf %v64, %v1037 fastmath<contract> : f32
                %v1039 = arith.mulf %v1035, %v1038 fastmath<contract> : f32
                %v1040 = arith.negf %v986 : f32
                %v1041 = arith.mulf %v1040, %v242 fastmath<contract> : f32
                %v1042 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1041) : (f32) -> f32
                %v1043 = arith.addf %v64, %v1042 fastmath<contract> : f32
                %v1044 = arith.divf %v64, %v1043 : f32
                // the group's states, recomputed into registers
                %v1045 = arith.subi %v161, %v221 : i64
                %v1046 = arith.trunci %v1045 : i64 to i32
                %v1047 = arith.subi %size_L, %v2 : i64
                %v1048 = arith.addi %v159, %v221 : i64
                %v1049 = arith.subi %v1047, %v1048 : i64
                %v1050 = arith.minsi %v1049, %v311 : i64
                %v1051 = arith.trunci %v1050 : i64 to i32
                %v1052 = arith.addi %v221, %v109 : i64
                %v1053 = arith.cmpi slt, %v315, %v1046 : i32
                %v1054 = arith.cmpi eq, %v315, %v1051 : i32
                %v1055, %v1056 = gpu.shuffle idx %v1011, %v145, %v318 : f32
                %v1057, %v1058 = gpu.shuffle idx %v1018, %v145, %v318 : f32
                %v1059, %v1060 = gpu.shuffle idx %v1030, %v145, %v318 : f32
                %v1061, %v1062 = gpu.shuffle idx %v1039, %v145, %v318 : f32
                %v1063, %v1064 = gpu.shuffle idx %v1044, %v145, %v318 : f32
                scf.if %v1053 {
                  %v1065 = arith.addi %v159, %v1052 : i64
                  %v1066 = arith.muli %v31, %v184 : i64
                  %v1067 = arith.subi %v1065, %v159 : i64
                  %v1068 = arith.addi %v1066, %v1067 : i64
                  %v1069 = llvm.getelementptr %v62[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                  %v1071 = arith.muli %v43, %v229 : i64
                  %v1072 = arith.muli %v1065, %size_D : i64
                  %v1073 = arith.addi %v1071, %v1072 : i64
                  %v1074 = arith.addi %v1073, %v41 : i64
                  %v1075 = llvm.getelementptr %dy_y[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                  %v1077 = arith.mulf %v1059, %v1076 fastmath<contract> : f32
                  %v1078 = arith.mulf %v1070, %v1077 fastmath<contract> : f32
                  %v1079 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1080 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1081 = arith.mulf %v1080, %v1079 fastmath<contract> : f32
                  %v1082 = arith.addf %v1078, %v1081 fastmath<contract> : f32
                  llvm.store %v1082, %v49 : f32, !llvm.ptr
                  %v1083 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1084 = arith.mulf %v1083, %v1080 fastmath<contract> : f32
                  llvm.store %v1084, %v65 : f32, !llvm.ptr
                  %v1085 = arith.constant 8 : i64
                  %v1086 = arith.addi %v1085, %v31 : i64
                  %v1087 = arith.muli %v1086, %v184 : i64
                  %v1088 = arith.subi %v1065, %v159 : i64
                  %v1089 = arith.addi %v1087, %v1088 : i64
                  %v1090 = llvm.getelementptr %v62[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
                  %v1092 = arith.mulf %v1091, %v1077 fastmath<contract> : f32
                  %v1093 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1094 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1095 = arith.mulf %v1094, %v1093 fastmath<contract> : f32
                  %v1096 = arith.addf %v1092, %v1095 fastmath<contract> : f32
                  llvm.store %v1096, %v50 : f32, !llvm.ptr
                  %v1097 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1098 = arith.mulf %v1097, %v1094 fastmath<contract> : f32
                  llvm.store %v1098, %v66 : f32, !llvm.ptr
                  scf.if %v1054 {
                    %v1099 = arith.muli %v43, %v69 : i64
                    %v1100 = arith.muli %v41, %v1 : i64
                    %v1101 = arith.addi %v1099, %v1100 : i64
                    %v1102 = arith.addi %v1101, %v31 : i64
                    %v1103 = llvm.getelementptr %dy_h_last[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
                    %v1105 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1106 = arith.addf %v1105, %v1104 fastmath<contract> : f32
                    llvm.store %v1106, %v49 : f32, !llvm.ptr
                    %v1107 = arith.muli %v43, %v69 : i64
                    %v1108 = arith.muli %v41, %v1 : i64
                    %v1109 = arith.addi %v1107, %v1108 : i64
                    %v1110 = arith.constant 8 : i64
                    %v1111 = arith.addi %v1110, %v31 : i64
                    %v1112 = arith.addi %v1109, %v1111 : i64
                    %v1113 = llvm.getelementptr %dy_h_last[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
                    %v1115 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1116 = arith.addf %v1115, %v1114 fastmath<contract> : f32
                    llvm.store %v1116, %v50 : f32, !llvm.ptr
                  }
                  %v1117 = arith.muli %v41, %v1 : i64
                  %v1118 = arith.addi %v1117, %v31 : i64
                  %v1119 = llvm.getelementptr %in_A[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                  %v1121 = arith.mulf %v1055, %v1120 fastmath<contract> : f32
                  %v1122 = arith.mulf %v1121, %v242 fastmath<contract> : f32
                  %v1123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1122) : (f32) -> f32
                  llvm.store %v1123, %v51 : f32, !llvm.ptr
                  %v1124 = arith.muli %v41, %v1 : i64
                  %v1125 = arith.constant 8 : i64
                  %v1126 = arith.addi %v1125, %v31 : i64
                  %v1127 = arith.addi %v1124, %v1126 : i64
                  %v1128 = llvm.getelementptr %in_A[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1129 = llvm.load %v1128 : !llvm.ptr -> f32
                  %v1130 = arith.mulf %v1055, %v1129 fastmath<contract> : f32
                  %v1131 = arith.mulf %v1130, %v242 fastmath<contract> : f32
                  %v1132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1131) : (f32) -> f32
                  llvm.store %v1132, %v52 : f32, !llvm.ptr
                }
                %v1133 = arith.addi %v221, %v397 : i64
                %v1134 = arith.cmpi slt, %v399, %v1046 : i32
                %v1135 = arith.cmpi eq, %v399, %v1051 : i32
                %v1136, %v1137 = gpu.shuffle idx %v1011, %v141, %v318 : f32
                %v1138, %v1139 = gpu.shuffle idx %v1018, %v141, %v318 : f32
                %v1140, %v1141 = gpu.shuffle idx %v1030, %v141, %v318 : f32
                %v1142, %v1143 = gpu.shuffle idx %v1039, %v141, %v318 : f32
                %v1144, %v1145 = gpu.shuffle idx %v1044, %v141, %v318 : f32
                scf.if %v1134 {
                  %v1146 = arith.addi %v159, %v1133 : i64
                  %v1147 = arith.muli %v31, %v184 : i64
                  %v1148 = arith.subi %v1146, %v159 : i64
                  %v1149 = arith.addi %v1147, %v1148 : i64
                  %v1150 = llvm.getelementptr %v62[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1151 = llvm.load %v1150 : !llvm.ptr -> f32
                  %v1152 = arith.muli %v43, %v229 : i64
                  %v1153 = arith.muli %v1146, %size_D : i64
                  %v1154 = arith.addi %v1152, %v1153 : i64
                  %v1155 = arith.addi %v1154, %v41 : i64
                  %v1156 = llvm.getelementptr %dy_y[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
                  %v1158 = arith.mulf %v1140, %v1157 fastmath<contract> : f32
                  %v1159 = arith.mulf %v1151, %v1158 fastmath<contract> : f32
                  %v1160 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1161 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1162 = arith.mulf %v1161, %v1160 fastmath<contract> : f32
                  %v1163 = arith.addf %v1159, %v1162 fastmath<contract> : f32
                  llvm.store %v1163, %v49 : f32, !llvm.ptr
                  %v1164 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1165 = arith.mulf %v1164, %v1161 fastmath<contract> : f32
                  llvm.store %v1165, %v65 : f32, !llvm.ptr
                  %v1166 = arith.constant 8 : i64
                  %v1167 = arith.addi %v1166, %v31 : i64
                  %v1168 = arith.muli %v1167, %v184 : i64
                  %v1169 = arith.subi %v1146, %v159 : i64
                  %v1170 = arith.addi %v1168, %v1169 : i64
                  %v1171 = llvm.getelementptr %v62[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                  %v1173 = arith.mulf %v1172, %v1158 fastmath<contract> : f32
                  %v1174 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1175 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1176 = arith.mulf %v1175, %v1174 fastmath<contract> : f32
                  %v1177 = arith.addf %v1173, %v1176 fastmath<contract> : f32
                  llvm.store %v1177, %v50 : f32, !llvm.ptr
                  %v1178 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1179 = arith.mulf %v1178, %v1175 fastmath<contract> : f32
                  llvm.store %v1179, %v66 : f32, !llvm.ptr
                  scf.if %v1135 {
                    %v1180 = arith.muli %v43, %v69 : i64
                    %v1181 = arith.muli %v41, %v1 : i64
                    %v1182 = arith.addi %v1180, %v1181 : i64
                    %v1183 = arith.addi %v1182, %v31 : i64
                    %v1184 = llvm.getelementptr %dy_h_last[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1185 = llvm.load %v1184 : !llvm.ptr -> f32
                    %v1186 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1187 = arith.addf %v1186, %v1185 fastmath<contract> : f32
                    llvm.store %v1187, %v49 : f32, !llvm.ptr
                    %v1188 = arith.muli %v43, %v69 : i64
                    %v1189 = arith.muli %v41, %v1 : i64
                    %v1190 = arith.addi %v1188, %v1189 : i64
                    %v1191 = arith.constant 8 : i64
                    %v1192 = arith.addi %v1191, %v31 : i64
                    %v1193 = arith.addi %v1190, %v1192 : i64
                    %v1194 = llvm.getelementptr %dy_h_last[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                    %v1196 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1197 = arith.addf %v1196, %v1195 fastmath<contract> : f32
                    llvm.store %v1197, %v50 : f32, !llvm.ptr
                  }
                  %v1198 = arith.muli %v41, %v1 : i64
                  %v1199 = arith.addi %v1198, %v31 : i64
                  %v1200 = llvm.getelementptr %in_A[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
                  %v1202 = arith.mulf %v1136, %v1201 fastmath<contract> : f32
                  %v1203 = arith.mulf %v1202, %v242 fastmath<contract> : f32
                  %v1204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1203) : (f32) -> f32
                  llvm.store %v1204, %v51 : f32, !llvm.ptr
                  %v1205 = arith.muli %v41, %v1 : i64
                  %v1206 = arith.constant 8 : i64
                  %v1207 = arith.addi %v1206, %v31 : i64
                  %v1208 = arith.addi %v1205, %v1207 : i64
                  %v1209 = llvm.getelementptr %in_A[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
                  %v1211 = arith.mulf %v1136, %v1210 fastmath<contract> : f32
                  %v1212 = arith.mulf %v1211, %v242 fastmath<contract> : f32
                  %v1213 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1212) : (f32) -> f32
                  llvm.store %v1213, %v52 : f32, !llvm.ptr
                }
                %v1214 = arith.addi %v221, %v480 : i64
                %v1215 = arith.cmpi slt, %v482, %v1046 : i32
                %v1216 = arith.cmpi eq, %v482, %v1051 : i32
                %v1217, %v1218 = gpu.shuffle idx %v1011, %v137, %v318 : f32
                %v1219, %v1220 = gpu.shuffle idx %v1018, %v137, %v318 : f32
                %v1221, %v1222 = gpu.shuffle idx %v1030, %v137, %v318 : f32
                %v1223, %v1224 = gpu.shuffle idx %v1039, %v137, %v318 : f32
                %v1225, %v1226 = gpu.shuffle idx %v1044, %v137, %v318 : f32
                scf.if %v1215 {
                  %v1227 = arith.addi %v159, %v1214 : i64
                  %v1228 = arith.muli %v31, %v184 : i64
                  %v1229 = arith.subi %v1227, %v159 : i64
                  %v1230 = arith.addi %v1228, %v1229 : i64
                  %v1231 = llvm.getelementptr %v62[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                  %v1233 = arith.muli %v43, %v229 : i64
                  %v1234 = arith.muli %v1227, %size_D : i64
                  %v1235 = arith.addi %v1233, %v1234 : i64
                  %v1236 = arith.addi %v1235, %v41 : i64
                  %v1237 = llvm.getelementptr %dy_y[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1221, %v1238 fastmath<contract> : f32
                  %v1240 = arith.mulf %v1232, %v1239 fastmath<contract> : f32
                  %v1241 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1242 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1243 = arith.mulf %v1242, %v1241 fastmath<contract> : f32
                  %v1244 = arith.addf %v1240, %v1243 fastmath<contract> : f32
                  llvm.store %v1244, %v49 : f32, !llvm.ptr
                  %v1245 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1246 = arith.mulf %v1245, %v1242 fastmath<contract> : f32
                  llvm.store %v1246, %v65 : f32, !llvm.ptr
                  %v1247 = arith.constant 8 : i64
                  %v1248 = arith.addi %v1247, %v31 : i64
                  %v1249 = arith.muli %v1248, %v184 : i64
                  %v1250 = arith.subi %v1227, %v159 : i64
                  %v1251 = arith.addi %v1249, %v1250 : i64
                  %v1252 = llvm.getelementptr %v62[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
                  %v1254 = arith.mulf %v1253, %v1239 fastmath<contract> : f32
                  %v1255 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1256 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1257 = arith.mulf %v1256, %v1255 fastmath<contract> : f32
                  %v1258 = arith.addf %v1254, %v1257 fastmath<contract> : f32
                  llvm.store %v1258, %v50 : f32, !llvm.ptr
                  %v1259 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1260 = arith.mulf %v1259, %v1256 fastmath<contract> : f32
                  llvm.store %v1260, %v66 : f32, !llvm.ptr
                  scf.if %v1216 {
                    %v1261 = arith.muli %v43, %v69 : i64
                    %v1262 = arith.muli %v41, %v1 : i64
                    %v1263 = arith.addi %v1261, %v1262 : i64
                    %v1264 = arith.addi %v1263, %v31 : i64
                    %v1265 = llvm.getelementptr %dy_h_last[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
                    %v1267 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1268 = arith.addf %v1267, %v1266 fastmath<contract> : f32
                    llvm.store %v1268, %v49 : f32, !llvm.ptr
                    %v1269 = arith.muli %v43, %v69 : i64
                    %v1270 = arith.muli %v41, %v1 : i64
                    %v1271 = arith.addi %v1269, %v1270 : i64
                    %v1272 = arith.constant 8 : i64
                    %v1273 = arith.addi %v1272, %v31 : i64
                    %v1274 = arith.addi %v1271, %v1273 : i64
                    %v1275 = llvm.getelementptr %dy_h_last[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
                    %v1277 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1278 = arith.addf %v1277, %v1276 fastmath<contract> : f32
                    llvm.store %v1278, %v50 : f32, !llvm.ptr
                  }
                  %v1279 = arith.muli %v41, %v1 : i64
                  %v1280 = arith.addi %v1279, %v31 : i64
                  %v1281 = llvm.getelementptr %in_A[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
                  %v1283 = arith.mulf %v1217, %v1282 fastmath<contract> : f32
                  %v1284 = arith.mulf %v1283, %v242 fastmath<contract> : f32
                  %v1285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1284) : (f32) -> f32
                  llvm.store %v1285, %v51 : f32, !llvm.ptr
                  %v1286 = arith.muli %v41, %v1 : i64
                  %v1287 = arith.constant 8 : i64
                  %v1288 = arith.addi %v1287, %v31 : i64
                  %v1289 = arith.addi %v1286, %v1288 : i64
                  %v1290 = llvm.getelementptr %in_A[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
                  %v1292 = arith.mulf %v1217, %v1291 fastmath<contract> : f32
                  %v1293 = arith.mulf %v1292, %v242 fastmath<contract> : f32
                  %v1294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1293) : (f32) -> f32
                  llvm.store %v1294, %v52 : f32, !llvm.ptr
                }
                %v1295 = arith.addi %v221, %v45 : i64
                %v1296 = arith.cmpi slt, %v564, %v1046 : i32
                %v1297 = arith.cmpi eq, %v564, %v1051 : i32
                %v1298, %v1299 = gpu.shuffle idx %v1011, %v133, %v318 : f32
                %v1300, %v1301 = gpu.shuffle idx %v1018, %v133, %v318 : f32
                %v1302, %v1303 = gpu.shuffle idx %v1030, %v133, %v318 : f32
                %v1304, %v1305 = gpu.shuffle idx %v1039, %v133, %v318 : f32
                %v1306, %v1307 = gpu.shuffle idx %v1044, %v133, %v318 : f32
                scf.if %v1296 {
                  %v1308 = arith.addi %v159, %v1295 : i64
                  %v1309 = arith.muli %v31, %v184 : i64
                  %v1310 = arith.subi %v1308, %v159 : i64
                  %v1311 = arith.addi %v1309, %v1310 : i64
                  %v1312 = llvm.getelementptr %v62[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
                  %v1314 = arith.muli %v43, %v229 : i64
                  %v1315 = arith.muli %v1308, %size_D : i64
                  %v1316 = arith.addi %v1314, %v1315 : i64
                  %v1317 = arith.addi %v1316, %v41 : i64
                  %v1318 = llvm.getelementptr %dy_y[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1319 = llvm.load %v1318 : !llvm.ptr -> f32
                  %v1320 = arith.mulf %v1302, %v1319 fastmath<contract> : f32
                  %v1321 = arith.mulf %v1313, %v1320 fastmath<contract> : f32
                  %v1322 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1323 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1324 = arith.mulf %v1323, %v1322 fastmath<contract> : f32
                  %v1325 = arith.addf %v1321, %v1324 fastmath<contract> : f32
                  llvm.store %v1325, %v49 : f32, !llvm.ptr
                  %v1326 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1327 = arith.mulf %v1326, %v1323 fastmath<contract> : f32
                  llvm.store %v1327, %v65 : f32, !llvm.ptr
                  %v1328 = arith.constant 8 : i64
                  %v1329 = arith.addi %v1328, %v31 : i64
                  %v1330 = arith.muli %v1329, %v184 : i64
                  %v1331 = arith.subi %v1308, %v159 : i64
                  %v1332 = arith.addi %v1330, %v1331 : i64
                  %v1333 = llvm.getelementptr %v62[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
                  %v1335 = arith.mulf %v1334, %v1320 fastmath<contract> : f32
                  %v1336 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1337 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1338 = arith.mulf %v1337, %v1336 fastmath<contract> : f32
                  %v1339 = arith.addf %v1335, %v1338 fastmath<contract> : f32
                  llvm.store %v1339, %v50 : f32, !llvm.ptr
                  %v1340 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1341 = arith.mulf %v1340, %v1337 fastmath<contract> : f32
                  llvm.store %v1341, %v66 : f32, !llvm.ptr
                  scf.if %v1297 {
                    %v1342 = arith.muli %v43, %v69 : i64
                    %v1343 = arith.muli %v41, %v1 : i64
                    %v1344 = arith.addi %v1342, %v1343 : i64
                    %v1345 = arith.addi %v1344, %v31 : i64
                    %v1346 = llvm.getelementptr %dy_h_last[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1347 = llvm.load %v1346 : !llvm.ptr -> f32
                    %v1348 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1349 = arith.addf %v1348, %v1347 fastmath<contract> : f32
                    llvm.store %v1349, %v49 : f32, !llvm.ptr
                    %v1350 = arith.muli %v43, %v69 : i64
                    %v1351 = arith.muli %v41, %v1 : i64
                    %v1352 = arith.addi %v1350, %v1351 : i64
                    %v1353 = arith.constant 8 : i64
                    %v1354 = arith.addi %v1353, %v31 : i64
                    %v1355 = arith.addi %v1352, %v1354 : i64
                    %v1356 = llvm.getelementptr %dy_h_last[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
                    %v1358 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1359 = arith.addf %v1358, %v1357 fastmath<contract> : f32
                    llvm.store %v1359, %v50 : f32, !llvm.ptr
                  }
                  %v1360 = arith.muli %v41, %v1 : i64
                  %v1361 = arith.addi %v1360, %v31 : i64
                  %v1362 = llvm.getelementptr %in_A[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
                  %v1364 = arith.mulf %v1298, %v1363 fastmath<contract> : f32
                  %v1365 = arith.mulf %v1364, %v242 fastmath<contract> : f32
                  %v1366 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1365) : (f32) -> f32
                  llvm.store %v1366, %v51 : f32, !llvm.ptr
                  %v1367 = arith.muli %v41, %v1 : i64
                  %v1368 = arith.constant 8 : i64
                  %v1369 = arith.addi %v1368, %v31 : i64
                  %v1370 = arith.addi %v1367, %v1369 : i64
                  %v1371 = llvm.getelementptr %in_A[%v1370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1372 = llvm.load %v1371 : !llvm.ptr -> f32
                  %v1373 = arith.mulf %v1298, %v1372 fastmath<contract> : f32
                  %v1374 = arith.mulf %v1373, %v242 fastmath<contract> : f32
                  %v1375 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1374) : (f32) -> f32
                  llvm.store %v1375, %v52 : f32, !llvm.ptr
                }
                %v1376 = arith.addi %v221, %v645 : i64
                %v1377 = arith.cmpi slt, %v647, %v1046 : i32
                %v1378 = arith.cmpi eq, %v647, %v1051 : i32
                %v1379, %v1380 = gpu.shuffle idx %v1011, %v129, %v318 : f32
                %v1381, %v1382 = gpu.shuffle idx %v1018, %v129, %v318 : f32
                %v1383, %v1384 = gpu.shuffle idx %v1030, %v129, %v318 : f32
                %v1385, %v1386 = gpu.shuffle idx %v1039, %v129, %v318 : f32
                %v1387, %v1388 = gpu.shuffle idx %v1044, %v129, %v318 : f32
                scf.if %v1377 {
                  %v1389 = arith.addi %v159, %v1376 : i64
                  %v1390 = arith.muli %v31, %v184 : i64
                  %v1391 = arith.subi %v1389, %v159 : i64
                  %v1392 = arith.addi %v1390, %v1391 : i64
                  %v1393 = llvm.getelementptr %v62[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1394 = llvm.load %v1393 : !llvm.ptr -> f32
                  %v1395 = arith.muli %v43, %v229 : i64
                  %v1396 = arith.muli %v1389, %size_D : i64
                  %v1397 = arith.addi %v1395, %v1396 : i64
                  %v1398 = arith.addi %v1397, %v41 : i64
                  %v1399 = llvm.getelementptr %dy_y[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1400 = llvm.load %v1399 : !llvm.ptr -> f32
                  %v1401 = arith.mulf %v1383, %v1400 fastmath<contract> : f32
                  %v1402 = arith.mulf %v1394, %v1401 fastmath<contract> : f32
                  %v1403 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1404 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1405 = arith.mulf %v1404, %v1403 fastmath<contract> : f32
                  %v1406 = arith.addf %v1402, %v1405 fastmath<contract> : f32
                  llvm.store %v1406, %v49 : f32, !llvm.ptr
                  %v1407 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1408 = arith.mulf %v1407, %v1404 fastmath<contract> : f32
                  llvm.store %v1408, %v65 : f32, !llvm.ptr
                  %v1409 = arith.constant 8 : i64
                  %v1410 = arith.addi %v1409, %v31 : i64
                  %v1411 = arith.muli %v1410, %v184 : i64
                  %v1412 = arith.subi %v1389, %v159 : i64
                  %v1413 = arith.addi %v1411, %v1412 : i64
                  %v1414 = llvm.getelementptr %v62[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                  %v1416 = arith.mulf %v1415, %v1401 fastmath<contract> : f32
                  %v1417 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1418 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1419 = arith.mulf %v1418, %v1417 fastmath<contract> : f32
                  %v1420 = arith.addf %v1416, %v1419 fastmath<contract> : f32
                  llvm.store %v1420, %v50 : f32, !llvm.ptr
                  %v1421 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1422 = arith.mulf %v1421, %v1418 fastmath<contract> : f32
                  llvm.store %v1422, %v66 : f32, !llvm.ptr
                  scf.if %v1378 {
                    %v1423 = arith.muli %v43, %v69 : i64
                    %v1424 = arith.muli %v41, %v1 : i64
                    %v1425 = arith.addi %v1423, %v1424 : i64
                    %v1426 = arith.addi %v1425, %v31 : i64
                    %v1427 = llvm.getelementptr %dy_h_last[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1428 = llvm.load %v1427 : !llvm.ptr -> f32
                    %v1429 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1430 = arith.addf %v1429, %v1428 fastmath<contract> : f32
                    llvm.store %v1430, %v49 : f32, !llvm.ptr
                    %v1431 = arith.muli %v43, %v69 : i64
                    %v1432 = arith.muli %v41, %v1 : i64
                    %v1433 = arith.addi %v1431, %v1432 : i64
                    %v1434 = arith.constant 8 : i64
                    %v1435 = arith.addi %v1434, %v31 : i64
                    %v1436 = arith.addi %v1433, %v1435 : i64
                    %v1437 = llvm.getelementptr %dy_h_last[%v1436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
                    %v1439 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1440 = arith.addf %v1439, %v1438 fastmath<contract> : f32
                    llvm.store %v1440, %v50 : f32, !llvm.ptr
                  }
                  %v1441 = arith.muli %v41, %v1 : i64
                  %v1442 = arith.addi %v1441, %v31 : i64
                  %v1443 = llvm.getelementptr %in_A[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
                  %v1445 = arith.mulf %v1379, %v1444 fastmath<contract> : f32
                  %v1446 = arith.mulf %v1445, %v242 fastmath<contract> : f32
                  %v1447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1446) : (f32) -> f32
                  llvm.store %v1447, %v51 : f32, !llvm.ptr
                  %v1448 = arith.muli %v41, %v1 : i64
                  %v1449 = arith.constant 8 : i64
                  %v1450 = arith.addi %v1449, %v31 : i64
                  %v1451 = arith.addi %v1448, %v1450 : i64
                  %v1452 = llvm.getelementptr %in_A[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
                  %v1454 = arith.mulf %v1379, %v1453 fastmath<contract> : f32
                  %v1455 = arith.mulf %v1454, %v242 fastmath<contract> : f32
                  %v1456 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1455) : (f32) -> f32
                  llvm.store %v1456, %v52 : f32, !llvm.ptr
                }
                %v1457 = arith.addi %v221, %v728 : i64
                %v1458 = arith.cmpi slt, %v730, %v1046 : i32
                %v1459 = arith.cmpi eq, %v730, %v1051 : i32
                %v1460, %v1461 = gpu.shuffle idx %v1011, %v125, %v318 : f32
                %v1462, %v1463 = gpu.shuffle idx %v1018, %v125, %v318 : f32
                %v1464, %v1465 = gpu.shuffle idx %v1030, %v125, %v318 : f32
                %v1466, %v1467 = gpu.shuffle idx %v1039, %v125, %v318 : f32
                %v1468, %v1469 = gpu.shuffle idx %v1044, %v125, %v318 : f32
                scf.if %v1458 {
                  %v1470 = arith.addi %v159, %v1457 : i64
                  %v1471 = arith.muli %v31, %v184 : i64
                  %v1472 = arith.subi %v1470, %v159 : i64
                  %v1473 = arith.addi %v1471, %v1472 : i64
                  %v1474 = llvm.getelementptr %v62[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
                  %v1476 = arith.muli %v43, %v229 : i64
                  %v1477 = arith.muli %v1470, %size_D : i64
                  %v1478 = arith.addi %v1476, %v1477 : i64
                  %v1479 = arith.addi %v1478, %v41 : i64
                  %v1480 = llvm.getelementptr %dy_y[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                  %v1482 = arith.mulf %v1464, %v1481 fastmath<contract> : f32
                  %v1483 = arith.mulf %v1475, %v1482 fastmath<contract> : f32
                  %v1484 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1485 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1486 = arith.mulf %v1485, %v1484 fastmath<contract> : f32
                  %v1487 = arith.addf %v1483, %v1486 fastmath<contract> : f32
                  llvm.store %v1487, %v49 : f32, !llvm.ptr
                  %v1488 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1489 = arith.mulf %v1488, %v1485 fastmath<contract> : f32
                  llvm.store %v1489, %v65 : f32, !llvm.ptr
                  %v1490 = arith.constant 8 : i64
                  %v1491 = arith.addi %v1490, %v31 : i64
                  %v1492 = arith.muli %v1491, %v184 : i64
                  %v1493 = arith.subi %v1470, %v159 : i64
                  %v1494 = arith.addi %v1492, %v1493 : i64
                  %v1495 = llvm.getelementptr %v62[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
                  %v1497 = arith.mulf %v1496, %v1482 fastmath<contract> : f32
                  %v1498 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1499 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1500 = arith.mulf %v1499, %v1498 fastmath<contract> : f32
                  %v1501 = arith.addf %v1497, %v1500 fastmath<contract> : f32
                  llvm.store %v1501, %v50 : f32, !llvm.ptr
                  %v1502 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1503 = arith.mulf %v1502, %v1499 fastmath<contract> : f32
                  llvm.store %v1503, %v66 : f32, !llvm.ptr
                  scf.if %v1459 {
                    %v1504 = arith.muli %v43, %v69 : i64
                    %v1505 = arith.muli %v41, %v1 : i64
                    %v1506 = arith.addi %v1504, %v1505 : i64
                    %v1507 = arith.addi %v1506, %v31 : i64
                    %v1508 = llvm.getelementptr %dy_h_last[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
                    %v1510 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1511 = arith.addf %v1510, %v1509 fastmath<contract> : f32
                    llvm.store %v1511, %v49 : f32, !llvm.ptr
                    %v1512 = arith.muli %v43, %v69 : i64
                    %v1513 = arith.muli %v41, %v1 : i64
                    %v1514 = arith.addi %v1512, %v1513 : i64
                    %v1515 = arith.constant 8 : i64
                    %v1516 = arith.addi %v1515, %v31 : i64
                    %v1517 = arith.addi %v1514, %v1516 : i64
                    %v1518 = llvm.getelementptr %dy_h_last[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
                    %v1520 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1521 = arith.addf %v1520, %v1519 fastmath<contract> : f32
                    llvm.store %v1521, %v50 : f32, !llvm.ptr
                  }
                  %v1522 = arith.muli %v41, %v1 : i64
                  %v1523 = arith.addi %v1522, %v31 : i64
                  %v1524 = llvm.getelementptr %in_A[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
                  %v1526 = arith.mulf %v1460, %v1525 fastmath<contract> : f32
                  %v1527 = arith.mulf %v1526, %v242 fastmath<contract> : f32
                  %v1528 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1527) : (f32) -> f32
                  llvm.store %v1528, %v51 : f32, !llvm.ptr
                  %v1529 = arith.muli %v41, %v1 : i64
                  %v1530 = arith.constant 8 : i64
                  %v1531 = arith.addi %v1530, %v31 : i64
                  %v1532 = arith.addi %v1529, %v1531 : i64
                  %v1533 = llvm.getelementptr %in_A[%v1532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1534 = llvm.load %v1533 : !llvm.ptr -> f32
                  %v1535 = arith.mulf %v1460, %v1534 fastmath<contract> : f32
                  %v1536 = arith.mulf %v1535, %v242 fastmath<contract> : f32
                  %v1537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1536) : (f32) -> f32
                  llvm.store %v1537, %v52 : f32, !llvm.ptr
                }
                %v1538 = arith.addi %v221, %v2 : i64
                %v1539 = arith.cmpi slt, %v812, %v1046 : i32
                %v1540 = arith.cmpi eq, %v812, %v1051 : i32
                %v1541, %v1542 = gpu.shuffle idx %v1011, %v121, %v318 : f32
                %v1543, %v1544 = gpu.shuffle idx %v1018, %v121, %v318 : f32
                %v1545, %v1546 = gpu.shuffle idx %v1030, %v121, %v318 : f32
                %v1547, %v1548 = gpu.shuffle idx %v1039, %v121, %v318 : f32
                %v1549, %v1550 = gpu.shuffle idx %v1044, %v121, %v318 : f32
                scf.if %v1539 {
                  %v1551 = arith.addi %v159, %v1538 : i64
                  %v1552 = arith.muli %v31, %v184 : i64
                  %v1553 = arith.subi %v1551, %v159 : i64
                  %v1554 = arith.addi %v1552, %v1553 : i64
                  %v1555 = llvm.getelementptr %v62[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
                  %v1557 = arith.muli %v43, %v229 : i64
                  %v1558 = arith.muli %v1551, %size_D : i64
                  %v1559 = arith.addi %v1557, %v1558 : i64
                  %v1560 = arith.addi %v1559, %v41 : i64
                  %v1561 = llvm.getelementptr %dy_y[%v1560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1562 = llvm.load %v1561 : !llvm.ptr -> f32
                  %v1563 = arith.mulf %v1545, %v1562 fastmath<contract> : f32
                  %v1564 = arith.mulf %v1556, %v1563 fastmath<contract> : f32
                  %v1565 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1566 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1567 = arith.mulf %v1566, %v1565 fastmath<contract> : f32
                  %v1568 = arith.addf %v1564, %v1567 fastmath<contract> : f32
                  llvm.store %v1568, %v49 : f32, !llvm.ptr
                  %v1569 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1570 = arith.mulf %v1569, %v1566 fastmath<contract> : f32
                  llvm.store %v1570, %v65 : f32, !llvm.ptr
                  %v1571 = arith.constant 8 : i64
                  %v1572 = arith.addi %v1571, %v31 : i64
                  %v1573 = arith.muli %v1572, %v184 : i64
                  %v1574 = arith.subi %v1551, %v159 : i64
                  %v1575 = arith.addi %v1573, %v1574 : i64
                  %v1576 = llvm.getelementptr %v62[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1577 = llvm.load %v1576 : !llvm.ptr -> f32
                  %v1578 = arith.mulf %v1577, %v1563 fastmath<contract> : f32
                  %v1579 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1580 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1581 = arith.mulf %v1580, %v1579 fastmath<contract> : f32
                  %v1582 = arith.addf %v1578, %v1581 fastmath<contract> : f32
                  llvm.store %v1582, %v50 : f32, !llvm.ptr
                  %v1583 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1584 = arith.mulf %v1583, %v1580 fastmath<contract> : f32
                  llvm.store %v1584, %v66 : f32, !llvm.ptr
                  scf.if %v1540 {
                    %v1585 = arith.muli %v43, %v69 : i64
                    %v1586 = arith.muli %v41, %v1 : i64
                    %v1587 = arith.addi %v1585, %v1586 : i64
                    %v1588 = arith.addi %v1587, %v31 : i64
                    %v1589 = llvm.getelementptr %dy_h_last[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
                    %v1591 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1592 = arith.addf %v1591, %v1590 fastmath<contract> : f32
                    llvm.store %v1592, %v49 : f32, !llvm.ptr
                    %v1593 = arith.muli %v43, %v69 : i64
                    %v1594 = arith.muli %v41, %v1 : i64
                    %v1595 = arith.addi %v1593, %v1594 : i64
                    %v1596 = arith.constant 8 : i64
                    %v1597 = arith.addi %v1596, %v31 : i64
                    %v1598 = arith.addi %v1595, %v1597 : i64
                    %v1599 = llvm.getelementptr %dy_h_last[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1600 = llvm.load %v1599 : !llvm.ptr -> f32
                    %v1601 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1602 = arith.addf %v1601, %v1600 fastmath<contract> : f32
                    llvm.store %v1602, %v50 : f32, !llvm.ptr
                  }
                  %v1603 = arith.muli %v41, %v1 : i64
                  %v1604 = arith.addi %v1603, %v31 : i64
                  %v1605 = llvm.getelementptr %in_A[%v1604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
                  %v1607 = arith.mulf %v1541, %v1606 fastmath<contract> : f32
                  %v1608 = arith.mulf %v1607, %v242 fastmath<contract> : f32
                  %v1609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1608) : (f32) -> f32
                  llvm.store %v1609, %v51 : f32, !llvm.ptr
                  %v1610 = arith.muli %v41, %v1 : i64
                  %v1611 = arith.constant 8 : i64
                  %v1612 = arith.addi %v1611, %v31 : i64
                  %v1613 = arith.addi %v1610, %v1612 : i64
                  %v1614 = llvm.getelementptr %in_A[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1615 = llvm.load %v1614 : !llvm.ptr -> f32
                  %v1616 = arith.mulf %v1541, %v1615 fastmath<contract> : f32
                  %v1617 = arith.mulf %v1616, %v242 fastmath<contract> : f32
                  %v1618 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1617) : (f32) -> f32
                  llvm.store %v1618, %v52 : f32, !llvm.ptr
                }
                %v1619 = arith.cmpi slt, %v893, %v1046 : i32
                %v1620 = arith.cmpi eq, %v893, %v1051 : i32
                %v1621, %v1622 = gpu.shuffle idx %v1011, %v117, %v318 : f32
                %v1623, %v1624 = gpu.shuffle idx %v1018, %v117, %v318 : f32
                %v1625, %v1626 = gpu.shuffle idx %v1030, %v117, %v318 : f32
                %v1627, %v1628 = gpu.shuffle idx %v1039, %v117, %v318 : f32
                %v1629, %v1630 = gpu.shuffle idx %v1044, %v117, %v318 : f32
                scf.if %v1619 {
                  %v1631 = arith.addi %v159, %v221 : i64
                  %v1632 = arith.muli %v31, %v184 : i64
                  %v1633 = arith.subi %v1631, %v159 : i64
                  %v1634 = arith.addi %v1632, %v1633 : i64
                  %v1635 = llvm.getelementptr %v62[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1636 = llvm.load %v1635 : !llvm.ptr -> f32
                  %v1637 = arith.muli %v43, %v229 : i64
                  %v1638 = arith.muli %v1631, %size_D : i64
                  %v1639 = arith.addi %v1637, %v1638 : i64
                  %v1640 = arith.addi %v1639, %v41 : i64
                  %v1641 = llvm.getelementptr %dy_y[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1642 = llvm.load %v1641 : !llvm.ptr -> f32
                  %v1643 = arith.mulf %v1625, %v1642 fastmath<contract> : f32
                  %v1644 = arith.mulf %v1636, %v1643 fastmath<contract> : f32
                  %v1645 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1646 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1647 = arith.mulf %v1646, %v1645 fastmath<contract> : f32
                  %v1648 = arith.addf %v1644, %v1647 fastmath<contract> : f32
                  llvm.store %v1648, %v49 : f32, !llvm.ptr
                  %v1649 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1650 = arith.mulf %v1649, %v1646 fastmath<contract> : f32
                  llvm.store %v1650, %v65 : f32, !llvm.ptr
                  %v1651 = arith.constant 8 : i64
                  %v1652 = arith.addi %v1651, %v31 : i64
                  %v1653 = arith.muli %v1652, %v184 : i64
                  %v1654 = arith.subi %v1631, %v159 : i64
                  %v1655 = arith.addi %v1653, %v1654 : i64
                  %v1656 = llvm.getelementptr %v62[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
                  %v1658 = arith.mulf %v1657, %v1643 fastmath<contract> : f32
                  %v1659 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1660 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1661 = arith.mulf %v1660, %v1659 fastmath<contract> : f32
                  %v1662 = arith.addf %v1658, %v1661 fastmath<contract> : f32
                  llvm.store %v1662, %v50 : f32, !llvm.ptr
                  %v1663 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1664 = arith.mulf %v1663, %v1660 fastmath<contract> : f32
                  llvm.store %v1664, %v66 : f32, !llvm.ptr
                  scf.if %v1620 {
                    %v1665 = arith.muli %v43, %v69 : i64
                    %v1666 = arith.muli %v41, %v1 : i64
                    %v1667 = arith.addi %v1665, %v1666 : i64
                    %v1668 = arith.addi %v1667, %v31 : i64
                    %v1669 = llvm.getelementptr %dy_h_last[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
                    %v1671 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1672 = arith.addf %v1671, %v1670 fastmath<contract> : f32
                    llvm.store %v1672, %v49 : f32, !llvm.ptr
                    %v1673 = arith.muli %v43, %v69 : i64
                    %v1674 = arith.muli %v41, %v1 : i64
                    %v1675 = arith.addi %v1673, %v1674 : i64
                    %v1676 = arith.constant 8 : i64
                    %v1677 = arith.addi %v1676, %v31 : i64
                    %v1678 = arith.addi %v1675, %v1677 : i64
                    %v1679 = llvm.getelementptr %dy_h_last[%v1678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
                    %v1681 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1682 = arith.addf %v1681, %v1680 fastmath<contract> : f32
                    llvm.store %v1682, %v50 : f32, !llvm.ptr
                  }
                  %v1683 = arith.muli %v41, %v1 : i64
                  %v1684 = arith.addi %v1683, %v31 : i64
                  %v1685 = llvm.getelementptr %in_A[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
                  %v1687 = arith.mulf %v1621, %v1686 fastmath<contract> : f32
                  %v1688 = arith.mulf %v1687, %v242 fastmath<contract> : f32
                  %v1689 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1688) : (f32) -> f32
                  llvm.store %v1689, %v51 : f32, !llvm.ptr
                  %v1690 = arith.muli %v41, %v1 : i64
                  %v1691 = arith.constant 8 : i64
                  %v1692 = arith.addi %v1691, %v31 : i64
                  %v1693 = arith.addi %v1690, %v1692 : i64
                  %v1694 = llvm.getelementptr %in_A[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
                  %v1696 = arith.mulf %v1621, %v1695 fastmath<contract> : f32
                  %v1697 = arith.mulf %v1696, %v242 fastmath<contract> : f32
                  %v1698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1697) : (f32) -> f32
                  llvm.store %v1698, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v35 {
        %v1699 = llvm.load %v49 : !llvm.ptr -> f32
        %v1700 = arith.muli %v26, %v1 : i64
        %v1701 = arith.addi %v1700, %v31 : i64
        %v1702 = arith.muli %v1701, %v3 : i64
        %v1703 = arith.subi %v3, %v2 : i64
        %v1704 = arith.minsi %v37, %v1703 : i64
        %v1705 = arith.addi %v1702, %v1704 : i64
        %v1706 = llvm.getelementptr %segsum_h[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1699, %v1706 : f32, !llvm.ptr
        %v1707 = llvm.load %v65 : !llvm.ptr -> f32
        %v1708 = arith.addi %v7, %v26 : i64
        %v1709 = arith.muli %v1708, %v1 : i64
        %v1710 = arith.addi %v1709, %v31 : i64
        %v1711 = arith.muli %v1710, %v3 : i64
        %v1712 = arith.subi %v3, %v2 : i64
        %v1713 = arith.minsi %v37, %v1712 : i64
        %v1714 = arith.addi %v1711, %v1713 : i64
        %v1715 = llvm.getelementptr %segsum_h[%v1714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1707, %v1715 : f32, !llvm.ptr
        %v1716 = llvm.load %v51 : !llvm.ptr -> f32
        %v1717 = arith.muli %v728, %v7 : i64
        %v1718 = arith.addi %v1717, %v26 : i64
        %v1719 = arith.muli %v1718, %v1 : i64
        %v1720 = arith.addi %v1719, %v31 : i64
        %v1721 = arith.muli %v1720, %v3 : i64
        %v1722 = arith.subi %v3, %v2 : i64
        %v1723 = arith.minsi %v37, %v1722 : i64
        %v1724 = arith.addi %v1721, %v1723 : i64
        %v1725 = llvm.getelementptr %segsum_h[%v1724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1716, %v1725 : f32, !llvm.ptr
        %v1726 = llvm.load %v50 : !llvm.ptr -> f32
        %v1727 = arith.addi %v30, %v31 : i64
        %v1728 = arith.muli %v26, %v1 : i64
        %v1729 = arith.addi %v1728, %v1727 : i64
        %v1730 = arith.muli %v1729, %v3 : i64
        %v1731 = arith.subi %v3, %v2 : i64
        %v1732 = arith.minsi %v37, %v1731 : i64
        %v1733 = arith.addi %v1730, %v1732 : i64
        %v1734 = llvm.getelementptr %segsum_h[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1726, %v1734 : f32, !llvm.ptr
        %v1735 = llvm.load %v66 : !llvm.ptr -> f32
        %v1736 = arith.addi %v30, %v31 : i64
        %v1737 = arith.addi %v7, %v26 : i64
        %v1738 = arith.muli %v1737, %v1 : i64
        %v1739 = arith.addi %v1738, %v1736 : i64
        %v1740 = arith.muli %v1739, %v3 : i64
        %v1741 = arith.subi %v3, %v2 : i64
        %v1742 = arith.minsi %v37, %v1741 : i64
        %v1743 = arith.addi %v1740, %v1742 : i64
        %v1744 = llvm.getelementptr %segsum_h[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1735, %v1744 : f32, !llvm.ptr
        %v1745 = llvm.load %v52 : !llvm.ptr -> f32
        %v1746 = arith.addi %v30, %v31 : i64
        %v1747 = arith.muli %v728, %v7 : i64
        %v1748 = arith.addi %v1747, %v26 : i64
        %v1749 = arith.muli %v1748, %v1 : i64
        %v1750 = arith.addi %v1749, %v1746 : i64
        %v1751 = arith.muli %v1750, %v3 : i64
        %v1752 = arith.subi %v3, %v2 : i64
        %v1753 = arith.minsi %v37, %v1752 : i64
        %v1754 = arith.addi %v1751, %v1753 : i64
        %v1755 = llvm.getelementptr %segsum_h[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1745, %v1755 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
