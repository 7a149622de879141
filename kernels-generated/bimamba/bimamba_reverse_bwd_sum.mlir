module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @bimamba_reverse_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v59 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Bm : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Cm : !llvm.ptr<3>
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
      %v177 = arith.muli %size_L, %v1 : i64
      %v181 = arith.subi %size_L, %v2 : i64
      %v186 = arith.constant 65 : i64
      %v232 = arith.muli %size_L, %size_D : i64
      %v246 = arith.constant 0x3FB8AA3B : f32
      %v251 = arith.constant 0x3F317218 : f32
      %v253 = arith.constant 0x3E124925 : f32
      %v255 = arith.constant 0xBE2AAAAB : f32
      %v258 = arith.constant 0x3E4CCCCD : f32
      %v261 = arith.constant 0xBE800000 : f32
      %v264 = arith.constant 0x3EAAAAAB : f32
      %v267 = arith.constant 0xBF000000 : f32
      %v273 = arith.constant 0x3D800000 : f32
      %v317 = arith.constant 2147483647 : i64
      %v321 = arith.constant 7 : i32
      %v324 = arith.constant 32 : i32
      %v404 = arith.constant 6 : i64
      %v406 = arith.constant 6 : i32
      %v488 = arith.constant 5 : i64
      %v490 = arith.constant 5 : i32
      %v573 = arith.constant 4 : i32
      %v655 = arith.constant 3 : i64
      %v657 = arith.constant 3 : i32
      %v739 = arith.constant 2 : i64
      %v741 = arith.constant 2 : i32
      %v824 = arith.constant 1 : i32
      %v906 = arith.constant 0 : i32
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
        %v94 = llvm.getelementptr %dy_h_first[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v104 = llvm.getelementptr %dy_h_first[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v179 = arith.muli %v175, %size_L : i64
          %v180 = arith.addi %v178, %v179 : i64
          %v182 = arith.subi %v181, %v174 : i64
          %v183 = arith.addi %v180, %v182 : i64
          %v184 = llvm.getelementptr %in_Bm[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v187 = arith.muli %v172, %v186 : i64
          %v188 = arith.addi %v187, %v171 : i64
          %v189 = llvm.getelementptr %v60[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v185, %v189 : f32, !llvm.ptr
        }
        %v190 = arith.index_cast %v16 : i64 to index
        %v191 = arith.index_cast %v165 : i64 to index
        %v192 = arith.index_cast %v6 : i64 to index
        scf.for %v193 = %v190 to %v191 step %v192 {
          %v194 = arith.index_cast %v193 : index to i64
          %v195 = arith.remui %v194, %v108 : i64
          %v196 = arith.divui %v194, %v108 : i64
          %v197 = arith.addi %v159, %v195 : i64
          %v198 = arith.minsi %v197, %v164 : i64
          %v199 = arith.remui %v196, %v1 : i64
          %v200 = arith.divui %v196, %v1 : i64
          %v201 = arith.muli %v43, %v177 : i64
          %v202 = arith.muli %v199, %size_L : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = arith.subi %v181, %v198 : i64
          %v205 = arith.addi %v203, %v204 : i64
          %v206 = llvm.getelementptr %in_Cm[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.muli %v196, %v186 : i64
          %v209 = arith.addi %v208, %v195 : i64
          %v210 = llvm.getelementptr %v62[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v207, %v210 : f32, !llvm.ptr
        }
        gpu.barrier
        %v211 = arith.index_cast %v67 : i64 to index
        %v212 = arith.index_cast %v2 : i64 to index
        %v213 = arith.index_cast %v2 : i64 to index
        scf.for %v214 = %v211 to %v212 step %v213 {
          %v215 = arith.index_cast %v214 : index to i64
          %v216 = arith.index_cast %v67 : i64 to index
          %v217 = arith.index_cast %v163 : i64 to index
          %v218 = arith.index_cast %v2 : i64 to index
          scf.for %v219 = %v216 to %v217 step %v218 {
            %v220 = arith.index_cast %v219 : index to i64
            %v221 = arith.cmpi slt, %v220, %v163 : i64
            scf.if %v221 {
              %v222 = arith.subi %v163, %v2 : i64
              %v223 = arith.subi %v222, %v220 : i64
              %v224 = arith.muli %v223, %v30 : i64
              %v225 = arith.addi %v149, %v223 : i64
              %v226 = arith.addi %v224, %v30 : i64
              %v227 = arith.cmpi sle, %v226, %v161 : i64
              scf.if %v227 {
                %v228 = arith.subi %v161, %v2 : i64
                %v229 = arith.addi %v224, %v31 : i64
                %v230 = arith.minsi %v229, %v228 : i64
                %v231 = arith.addi %v159, %v230 : i64
                %v233 = arith.muli %v43, %v232 : i64
                %v234 = arith.muli %v41, %size_L : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = arith.subi %v181, %v231 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = llvm.getelementptr %in_delta[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v240 = llvm.getelementptr %in_dt_bias[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v241 = llvm.load %v240 : !llvm.ptr -> f32
                %v242 = arith.addf %v239, %v241 fastmath<contract> : f32
                %v243 = arith.maximumf %v242, %v63 : f32
                %v244 = llvm.call_intrinsic "llvm.fabs.f32"(%v242) : (f32) -> f32
                %v245 = arith.negf %v244 : f32
                %v247 = arith.mulf %v245, %v246 fastmath<contract> : f32
                %v248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v247) : (f32) -> f32
                %v249 = arith.addf %v64, %v248 fastmath<contract> : f32
                %v250 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v249) : (f32) -> f32
                %v252 = arith.mulf %v250, %v251 fastmath<contract> : f32
                %v254 = arith.mulf %v253, %v248 fastmath<contract> : f32
                %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
                %v257 = arith.mulf %v256, %v248 fastmath<contract> : f32
                %v259 = arith.addf %v257, %v258 fastmath<contract> : f32
                %v260 = arith.mulf %v259, %v248 fastmath<contract> : f32
                %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
                %v263 = arith.mulf %v262, %v248 fastmath<contract> : f32
                %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
                %v266 = arith.mulf %v265, %v248 fastmath<contract> : f32
                %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
                %v269 = arith.mulf %v268, %v248 fastmath<contract> : f32
                %v270 = arith.addf %v269, %v64 fastmath<contract> : f32
                %v271 = arith.mulf %v270, %v248 fastmath<contract> : f32
                %v272 = llvm.call_intrinsic "llvm.fabs.f32"(%v248) : (f32) -> f32
                %v274 = arith.cmpf olt, %v272, %v273 : f32
                %v275 = arith.select %v274, %v271, %v252 : f32
                %v276 = arith.addf %v243, %v275 fastmath<contract> : f32
                %v277 = arith.muli %v43, %v232 : i64
                %v278 = arith.muli %v41, %size_L : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = arith.subi %v181, %v231 : i64
                %v281 = arith.addi %v279, %v280 : i64
                %v282 = llvm.getelementptr %in_u[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v283 = llvm.load %v282 : !llvm.ptr -> f32
                %v284 = arith.mulf %v276, %v283 fastmath<contract> : f32
                %v285 = arith.muli %v43, %v232 : i64
                %v286 = arith.muli %v41, %size_L : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = arith.subi %v181, %v231 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = llvm.getelementptr %in_z[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v291 = llvm.load %v290 : !llvm.ptr -> f32
                %v292 = arith.negf %v291 : f32
                %v293 = arith.mulf %v292, %v246 fastmath<contract> : f32
                %v294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v293) : (f32) -> f32
                %v295 = arith.addf %v64, %v294 fastmath<contract> : f32
                %v296 = arith.divf %v64, %v295 : f32
                %v297 = arith.mulf %v291, %v296 fastmath<contract> : f32
                %v298 = arith.negf %v291 : f32
                %v299 = arith.mulf %v298, %v246 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v299) : (f32) -> f32
                %v301 = arith.addf %v64, %v300 fastmath<contract> : f32
                %v302 = arith.divf %v64, %v301 : f32
                %v303 = arith.subf %v64, %v302 fastmath<contract> : f32
                %v304 = arith.mulf %v291, %v303 fastmath<contract> : f32
                %v305 = arith.addf %v64, %v304 fastmath<contract> : f32
                %v306 = arith.mulf %v302, %v305 fastmath<contract> : f32
                %v307 = arith.negf %v242 : f32
                %v308 = arith.mulf %v307, %v246 fastmath<contract> : f32
                %v309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v308) : (f32) -> f32
                %v310 = arith.addf %v64, %v309 fastmath<contract> : f32
                %v311 = arith.divf %v64, %v310 : f32
                // the group's states, recomputed into registers
                %v312 = arith.subi %v161, %v224 : i64
                %v313 = arith.trunci %v312 : i64 to i32
                %v314 = arith.subi %size_L, %v2 : i64
                %v315 = arith.addi %v159, %v224 : i64
                %v316 = arith.subi %v314, %v315 : i64
                %v318 = arith.minsi %v316, %v317 : i64
                %v319 = arith.trunci %v318 : i64 to i32
                %v320 = arith.addi %v224, %v109 : i64
                %v322 = arith.cmpi slt, %v321, %v313 : i32
                %v323 = arith.cmpi eq, %v321, %v319 : i32
                %v325, %v326 = gpu.shuffle idx %v276, %v145, %v324 : f32
                %v327, %v328 = gpu.shuffle idx %v284, %v145, %v324 : f32
                %v329, %v330 = gpu.shuffle idx %v297, %v145, %v324 : f32
                %v331, %v332 = gpu.shuffle idx %v306, %v145, %v324 : f32
                %v333, %v334 = gpu.shuffle idx %v311, %v145, %v324 : f32
                %v335 = arith.addi %v159, %v320 : i64
                %v336 = arith.muli %v31, %v186 : i64
                %v337 = arith.subi %v335, %v159 : i64
                %v338 = arith.addi %v336, %v337 : i64
                %v339 = llvm.getelementptr %v62[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = arith.muli %v43, %v232 : i64
                %v342 = arith.muli %v41, %size_L : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.subi %v181, %v335 : i64
                %v345 = arith.addi %v343, %v344 : i64
                %v346 = llvm.getelementptr %dy_y[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v347 = llvm.load %v346 : !llvm.ptr -> f32
                %v348 = arith.mulf %v329, %v347 fastmath<contract> : f32
                %v349 = arith.mulf %v340, %v348 fastmath<contract> : f32
                %v350 = llvm.load %v49 : !llvm.ptr -> f32
                %v351 = llvm.load %v51 : !llvm.ptr -> f32
                %v352 = arith.mulf %v351, %v350 fastmath<contract> : f32
                %v353 = arith.addf %v349, %v352 fastmath<contract> : f32
                llvm.store %v353, %v49 : f32, !llvm.ptr
                %v354 = llvm.load %v65 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v351 fastmath<contract> : f32
                llvm.store %v355, %v65 : f32, !llvm.ptr
                %v356 = arith.constant 8 : i64
                %v357 = arith.addi %v356, %v31 : i64
                %v358 = arith.muli %v357, %v186 : i64
                %v359 = arith.subi %v335, %v159 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = llvm.getelementptr %v62[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.mulf %v362, %v348 fastmath<contract> : f32
                %v364 = llvm.load %v50 : !llvm.ptr -> f32
                %v365 = llvm.load %v52 : !llvm.ptr -> f32
                %v366 = arith.mulf %v365, %v364 fastmath<contract> : f32
                %v367 = arith.addf %v363, %v366 fastmath<contract> : f32
                llvm.store %v367, %v50 : f32, !llvm.ptr
                %v368 = llvm.load %v66 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v365 fastmath<contract> : f32
                llvm.store %v369, %v66 : f32, !llvm.ptr
                scf.if %v323 {
                  %v370 = arith.muli %v43, %v69 : i64
                  %v371 = arith.muli %v41, %v1 : i64
                  %v372 = arith.addi %v370, %v371 : i64
                  %v373 = arith.addi %v372, %v31 : i64
                  %v374 = llvm.getelementptr %dy_h_first[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v375 = llvm.load %v374 : !llvm.ptr -> f32
                  %v376 = llvm.load %v49 : !llvm.ptr -> f32
                  %v377 = arith.addf %v376, %v375 fastmath<contract> : f32
                  llvm.store %v377, %v49 : f32, !llvm.ptr
                  %v378 = arith.muli %v43, %v69 : i64
                  %v379 = arith.muli %v41, %v1 : i64
                  %v380 = arith.addi %v378, %v379 : i64
                  %v381 = arith.constant 8 : i64
                  %v382 = arith.addi %v381, %v31 : i64
                  %v383 = arith.addi %v380, %v382 : i64
                  %v384 = llvm.getelementptr %dy_h_first[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v385 = llvm.load %v384 : !llvm.ptr -> f32
                  %v386 = llvm.load %v50 : !llvm.ptr -> f32
                  %v387 = arith.addf %v386, %v385 fastmath<contract> : f32
                  llvm.store %v387, %v50 : f32, !llvm.ptr
                }
                %v388 = arith.muli %v41, %v1 : i64
                %v389 = arith.addi %v388, %v31 : i64
                %v390 = llvm.getelementptr %in_A[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v391 = llvm.load %v390 : !llvm.ptr -> f32
                %v392 = arith.mulf %v325, %v391 fastmath<contract> : f32
                %v393 = arith.mulf %v392, %v246 fastmath<contract> : f32
                %v394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v393) : (f32) -> f32
                llvm.store %v394, %v51 : f32, !llvm.ptr
                %v395 = arith.muli %v41, %v1 : i64
                %v396 = arith.constant 8 : i64
                %v397 = arith.addi %v396, %v31 : i64
                %v398 = arith.addi %v395, %v397 : i64
                %v399 = llvm.getelementptr %in_A[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v400 = llvm.load %v399 : !llvm.ptr -> f32
                %v401 = arith.mulf %v325, %v400 fastmath<contract> : f32
                %v402 = arith.mulf %v401, %v246 fastmath<contract> : f32
                %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
                llvm.store %v403, %v52 : f32, !llvm.ptr
                %v405 = arith.addi %v224, %v404 : i64
                %v407 = arith.cmpi slt, %v406, %v313 : i32
                %v408 = arith.cmpi eq, %v406, %v319 : i32
                %v409, %v410 = gpu.shuffle idx %v276, %v141, %v324 : f32
                %v411, %v412 = gpu.shuffle idx %v284, %v141, %v324 : f32
                %v413, %v414 = gpu.shuffle idx %v297, %v141, %v324 : f32
                %v415, %v416 = gpu.shuffle idx %v306, %v141, %v324 : f32
                %v417, %v418 = gpu.shuffle idx %v311, %v141, %v324 : f32
                %v419 = arith.addi %v159, %v405 : i64
                %v420 = arith.muli %v31, %v186 : i64
                %v421 = arith.subi %v419, %v159 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = llvm.getelementptr %v62[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.muli %v43, %v232 : i64
                %v426 = arith.muli %v41, %size_L : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.subi %v181, %v419 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %dy_y[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v413, %v431 fastmath<contract> : f32
                %v433 = arith.mulf %v424, %v432 fastmath<contract> : f32
                %v434 = llvm.load %v49 : !llvm.ptr -> f32
                %v435 = llvm.load %v51 : !llvm.ptr -> f32
                %v436 = arith.mulf %v435, %v434 fastmath<contract> : f32
                %v437 = arith.addf %v433, %v436 fastmath<contract> : f32
                llvm.store %v437, %v49 : f32, !llvm.ptr
                %v438 = llvm.load %v65 : !llvm.ptr -> f32
                %v439 = arith.mulf %v438, %v435 fastmath<contract> : f32
                llvm.store %v439, %v65 : f32, !llvm.ptr
                %v440 = arith.constant 8 : i64
                %v441 = arith.addi %v440, %v31 : i64
                %v442 = arith.muli %v441, %v186 : i64
                %v443 = arith.subi %v419, %v159 : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = llvm.getelementptr %v62[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v446 = llvm.load %v445 : !llvm.ptr -> f32
                %v447 = arith.mulf %v446, %v432 fastmath<contract> : f32
                %v448 = llvm.load %v50 : !llvm.ptr -> f32
                %v449 = llvm.load %v52 : !llvm.ptr -> f32
                %v450 = arith.mulf %v449, %v448 fastmath<contract> : f32
                %v451 = arith.addf %v447, %v450 fastmath<contract> : f32
                llvm.store %v451, %v50 : f32, !llvm.ptr
                %v452 = llvm.load %v66 : !llvm.ptr -> f32
                %v453 = arith.mulf %v452, %v449 fastmath<contract> : f32
                llvm.store %v453, %v66 : f32, !llvm.ptr
                scf.if %v408 {
                  %v454 = arith.muli %v43, %v69 : i64
                  %v455 = arith.muli %v41, %v1 : i64
                  %v456 = arith.addi %v454, %v455 : i64
                  %v457 = arith.addi %v456, %v31 : i64
                  %v458 = llvm.getelementptr %dy_h_first[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v459 = llvm.load %v458 : !llvm.ptr -> f32
                  %v460 = llvm.load %v49 : !llvm.ptr -> f32
                  %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
                  llvm.store %v461, %v49 : f32, !llvm.ptr
                  %v462 = arith.muli %v43, %v69 : i64
                  %v463 = arith.muli %v41, %v1 : i64
                  %v464 = arith.addi %v462, %v463 : i64
                  %v465 = arith.constant 8 : i64
                  %v466 = arith.addi %v465, %v31 : i64
                  %v467 = arith.addi %v464, %v466 : i64
                  %v468 = llvm.getelementptr %dy_h_first[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v469 = llvm.load %v468 : !llvm.ptr -> f32
                  %v470 = llvm.load %v50 : !llvm.ptr -> f32
                  %v471 = arith.addf %v470, %v469 fastmath<contract> : f32
                  llvm.store %v471, %v50 : f32, !llvm.ptr
                }
                %v472 = arith.muli %v41, %v1 : i64
                %v473 = arith.addi %v472, %v31 : i64
                %v474 = llvm.getelementptr %in_A[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v475 = llvm.load %v474 : !llvm.ptr -> f32
                %v476 = arith.mulf %v409, %v475 fastmath<contract> : f32
                %v477 = arith.mulf %v476, %v246 fastmath<contract> : f32
                %v478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v477) : (f32) -> f32
                llvm.store %v478, %v51 : f32, !llvm.ptr
                %v479 = arith.muli %v41, %v1 : i64
                %v480 = arith.constant 8 : i64
                %v481 = arith.addi %v480, %v31 : i64
                %v482 = arith.addi %v479, %v481 : i64
                %v483 = llvm.getelementptr %in_A[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v484 = llvm.load %v483 : !llvm.ptr -> f32
                %v485 = arith.mulf %v409, %v484 fastmath<contract> : f32
                %v486 = arith.mulf %v485, %v246 fastmath<contract> : f32
                %v487 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v486) : (f32) -> f32
                llvm.store %v487, %v52 : f32, !llvm.ptr
                %v489 = arith.addi %v224, %v488 : i64
                %v491 = arith.cmpi slt, %v490, %v313 : i32
                %v492 = arith.cmpi eq, %v490, %v319 : i32
                %v493, %v494 = gpu.shuffle idx %v276, %v137, %v324 : f32
                %v495, %v496 = gpu.shuffle idx %v284, %v137, %v324 : f32
                %v497, %v498 = gpu.shuffle idx %v297, %v137, %v324 : f32
                %v499, %v500 = gpu.shuffle idx %v306, %v137, %v324 : f32
                %v501, %v502 = gpu.shuffle idx %v311, %v137, %v324 : f32
                %v503 = arith.addi %v159, %v489 : i64
                %v504 = arith.muli %v31, %v186 : i64
                %v505 = arith.subi %v503, %v159 : i64
                %v506 = arith.addi %v504, %v505 : i64
                %v507 = llvm.getelementptr %v62[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v508 = llvm.load %v507 : !llvm.ptr -> f32
                %v509 = arith.muli %v43, %v232 : i64
                %v510 = arith.muli %v41, %size_L : i64
                %v511 = arith.addi %v509, %v510 : i64
                %v512 = arith.subi %v181, %v503 : i64
                %v513 = arith.addi %v511, %v512 : i64
                %v514 = llvm.getelementptr %dy_y[%v513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v515 = llvm.load %v514 : !llvm.ptr -> f32
                %v516 = arith.mulf %v497, %v515 fastmath<contract> : f32
                %v517 = arith.mulf %v508, %v516 fastmath<contract> : f32
                %v518 = llvm.load %v49 : !llvm.ptr -> f32
                %v519 = llvm.load %v51 : !llvm.ptr -> f32
                %v520 = arith.mulf %v519, %v518 fastmath<contract> : f32
                %v521 = arith.addf %v517, %v520 fastmath<contract> : f32
                llvm.store %v521, %v49 : f32, !llvm.ptr
                %v522 = llvm.load %v65 : !llvm.ptr -> f32
                %v523 = arith.mulf %v522, %v519 fastmath<contract> : f32
                llvm.store %v523, %v65 : f32, !llvm.ptr
                %v524 = arith.constant 8 : i64
                %v525 = arith.addi %v524, %v31 : i64
                %v526 = arith.muli %v525, %v186 : i64
                %v527 = arith.subi %v503, %v159 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = llvm.getelementptr %v62[%v528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v530 = llvm.load %v529 : !llvm.ptr -> f32
                %v531 = arith.mulf %v530, %v516 fastmath<contract> : f32
                %v532 = llvm.load %v50 : !llvm.ptr -> f32
                %v533 = llvm.load %v52 : !llvm.ptr -> f32
                %v534 = arith.mulf %v533, %v532 fastmath<contract> : f32
                %v535 = arith.addf %v531, %v534 fastmath<contract> : f32
                llvm.store %v535, %v50 : f32, !llvm.ptr
                %v536 = llvm.load %v66 : !llvm.ptr -> f32
                %v537 = arith.mulf %v536, %v533 fastmath<contract> : f32
                llvm.store %v537, %v66 : f32, !llvm.ptr
                scf.if %v492 {
                  %v538 = arith.muli %v43, %v69 : i64
                  %v539 = arith.muli %v41, %v1 : i64
                  %v540 = arith.addi %v538, %v539 : i64
                  %v541 = arith.addi %v540, %v31 : i64
                  %v542 = llvm.getelementptr %dy_h_first[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v543 = llvm.load %v542 : !llvm.ptr -> f32
                  %v544 = llvm.load %v49 : !llvm.ptr -> f32
                  %v545 = arith.addf %v544, %v543 fastmath<contract> : f32
                  llvm.store %v545, %v49 : f32, !llvm.ptr
                  %v546 = arith.muli %v43, %v69 : i64
                  %v547 = arith.muli %v41, %v1 : i64
                  %v548 = arith.addi %v546, %v547 : i64
                  %v549 = arith.constant 8 : i64
                  %v550 = arith.addi %v549, %v31 : i64
                  %v551 = arith.addi %v548, %v550 : i64
                  %v552 = llvm.getelementptr %dy_h_first[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v553 = llvm.load %v552 : !llvm.ptr -> f32
                  %v554 = llvm.load %v50 : !llvm.ptr -> f32
                  %v555 = arith.addf %v554, %v553 fastmath<contract> : f32
                  llvm.store %v555, %v50 : f32, !llvm.ptr
                }
                %v556 = arith.muli %v41, %v1 : i64
                %v557 = arith.addi %v556, %v31 : i64
                %v558 = llvm.getelementptr %in_A[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v559 = llvm.load %v558 : !llvm.ptr -> f32
                %v560 = arith.mulf %v493, %v559 fastmath<contract> : f32
                %v561 = arith.mulf %v560, %v246 fastmath<contract> : f32
                %v562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v561) : (f32) -> f32
                llvm.store %v562, %v51 : f32, !llvm.ptr
                %v563 = arith.muli %v41, %v1 : i64
                %v564 = arith.constant 8 : i64
                %v565 = arith.addi %v564, %v31 : i64
                %v566 = arith.addi %v563, %v565 : i64
                %v567 = llvm.getelementptr %in_A[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v568 = llvm.load %v567 : !llvm.ptr -> f32
                %v569 = arith.mulf %v493, %v568 fastmath<contract> : f32
                %v570 = arith.mulf %v569, %v246 fastmath<contract> : f32
                %v571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v570) : (f32) -> f32
                llvm.store %v571, %v52 : f32, !llvm.ptr
                %v572 = arith.addi %v224, %v45 : i64
                %v574 = arith.cmpi slt, %v573, %v313 : i32
                %v575 = arith.cmpi eq, %v573, %v319 : i32
                %v576, %v577 = gpu.shuffle idx %v276, %v133, %v324 : f32
                %v578, %v579 = gpu.shuffle idx %v284, %v133, %v324 : f32
                %v580, %v581 = gpu.shuffle idx %v297, %v133, %v324 : f32
                %v582, %v583 = gpu.shuffle idx %v306, %v133, %v324 : f32
                %v584, %v585 = gpu.shuffle idx %v311, %v133, %v324 : f32
                %v586 = arith.addi %v159, %v572 : i64
                %v587 = arith.muli %v31, %v186 : i64
                %v588 = arith.subi %v586, %v159 : i64
                %v589 = arith.addi %v587, %v588 : i64
                %v590 = llvm.getelementptr %v62[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v591 = llvm.load %v590 : !llvm.ptr -> f32
                %v592 = arith.muli %v43, %v232 : i64
                %v593 = arith.muli %v41, %size_L : i64
                %v594 = arith.addi %v592, %v593 : i64
                %v595 = arith.subi %v181, %v586 : i64
                %v596 = arith.addi %v594, %v595 : i64
                %v597 = llvm.getelementptr %dy_y[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v598 = llvm.load %v597 : !llvm.ptr -> f32
                %v599 = arith.mulf %v580, %v598 fastmath<contract> : f32
                %v600 = arith.mulf %v591, %v599 fastmath<contract> : f32
                %v601 = llvm.load %v49 : !llvm.ptr -> f32
                %v602 = llvm.load %v51 : !llvm.ptr -> f32
                %v603 = arith.mulf %v602, %v601 fastmath<contract> : f32
                %v604 = arith.addf %v600, %v603 fastmath<contract> : f32
                llvm.store %v604, %v49 : f32, !llvm.ptr
                %v605 = llvm.load %v65 : !llvm.ptr -> f32
                %v606 = arith.mulf %v605, %v602 fastmath<contract> : f32
                llvm.store %v606, %v65 : f32, !llvm.ptr
                %v607 = arith.constant 8 : i64
                %v608 = arith.addi %v607, %v31 : i64
                %v609 = arith.muli %v608, %v186 : i64
                %v610 = arith.subi %v586, %v159 : i64
                %v611 = arith.addi %v609, %v610 : i64
                %v612 = llvm.getelementptr %v62[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v613 = llvm.load %v612 : !llvm.ptr -> f32
                %v614 = arith.mulf %v613, %v599 fastmath<contract> : f32
                %v615 = llvm.load %v50 : !llvm.ptr -> f32
                %v616 = llvm.load %v52 : !llvm.ptr -> f32
                %v617 = arith.mulf %v616, %v615 fastmath<contract> : f32
                %v618 = arith.addf %v614, %v617 fastmath<contract> : f32
                llvm.store %v618, %v50 : f32, !llvm.ptr
                %v619 = llvm.load %v66 : !llvm.ptr -> f32
                %v620 = arith.mulf %v619, %v616 fastmath<contract> : f32
                llvm.store %v620, %v66 : f32, !llvm.ptr
                scf.if %v575 {
                  %v621 = arith.muli %v43, %v69 : i64
                  %v622 = arith.muli %v41, %v1 : i64
                  %v623 = arith.addi %v621, %v622 : i64
                  %v624 = arith.addi %v623, %v31 : i64
                  %v625 = llvm.getelementptr %dy_h_first[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v626 = llvm.load %v625 : !llvm.ptr -> f32
                  %v627 = llvm.load %v49 : !llvm.ptr -> f32
                  %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
                  llvm.store %v628, %v49 : f32, !llvm.ptr
                  %v629 = arith.muli %v43, %v69 : i64
                  %v630 = arith.muli %v41, %v1 : i64
                  %v631 = arith.addi %v629, %v630 : i64
                  %v632 = arith.constant 8 : i64
                  %v633 = arith.addi %v632, %v31 : i64
                  %v634 = arith.addi %v631, %v633 : i64
                  %v635 = llvm.getelementptr %dy_h_first[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v636 = llvm.load %v635 : !llvm.ptr -> f32
                  %v637 = llvm.load %v50 : !llvm.ptr -> f32
                  %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
                  llvm.store %v638, %v50 : f32, !llvm.ptr
                }
                %v639 = arith.muli %v41, %v1 : i64
                %v640 = arith.addi %v639, %v31 : i64
                %v641 = llvm.getelementptr %in_A[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v642 = llvm.load %v641 : !llvm.ptr -> f32
                %v643 = arith.mulf %v576, %v642 fastmath<contract> : f32
                %v644 = arith.mulf %v643, %v246 fastmath<contract> : f32
                %v645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v644) : (f32) -> f32
                llvm.store %v645, %v51 : f32, !llvm.ptr
                %v646 = arith.muli %v41, %v1 : i64
                %v647 = arith.constant 8 : i64
                %v648 = arith.addi %v647, %v31 : i64
                %v649 = arith.addi %v646, %v648 : i64
                %v650 = llvm.getelementptr %in_A[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.mulf %v576, %v651 fastmath<contract> : f32
                %v653 = arith.mulf %v652, %v246 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                llvm.store %v654, %v52 : f32, !llvm.ptr
                %v656 = arith.addi %v224, %v655 : i64
                %v658 = arith.cmpi slt, %v657, %v313 : i32
                %v659 = arith.cmpi eq, %v657, %v319 : i32
                %v660, %v661 = gpu.shuffle idx %v276, %v129, %v324 : f32
                %v662, %v663 = gpu.shuffle idx %v284, %v129, %v324 : f32
                %v664, %v665 = gpu.shuffle idx %v297, %v129, %v324 : f32
                %v666, %v667 = gpu.shuffle idx %v306, %v129, %v324 : f32
                %v668, %v669 = gpu.shuffle idx %v311, %v129, %v324 : f32
                %v670 = arith.addi %v159, %v656 : i64
                %v671 = arith.muli %v31, %v186 : i64
                %v672 = arith.subi %v670, %v159 : i64
                %v673 = arith.addi %v671, %v672 : i64
                %v674 = llvm.getelementptr %v62[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v675 = llvm.load %v674 : !llvm.ptr -> f32
                %v676 = arith.muli %v43, %v232 : i64
                %v677 = arith.muli %v41, %size_L : i64
                %v678 = arith.addi %v676, %v677 : i64
                %v679 = arith.subi %v181, %v670 : i64
                %v680 = arith.addi %v678, %v679 : i64
                %v681 = llvm.getelementptr %dy_y[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v682 = llvm.load %v681 : !llvm.ptr -> f32
                %v683 = arith.mulf %v664, %v682 fastmath<contract> : f32
                %v684 = arith.mulf %v675, %v683 fastmath<contract> : f32
                %v685 = llvm.load %v49 : !llvm.ptr -> f32
                %v686 = llvm.load %v51 : !llvm.ptr -> f32
                %v687 = arith.mulf %v686, %v685 fastmath<contract> : f32
                %v688 = arith.addf %v684, %v687 fastmath<contract> : f32
                llvm.store %v688, %v49 : f32, !llvm.ptr
                %v689 = llvm.load %v65 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v686 fastmath<contract> : f32
                llvm.store %v690, %v65 : f32, !llvm.ptr
                %v691 = arith.constant 8 : i64
                %v692 = arith.addi %v691, %v31 : i64
                %v693 = arith.muli %v692, %v186 : i64
                %v694 = arith.subi %v670, %v159 : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = llvm.getelementptr %v62[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v697 = llvm.load %v696 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v683 fastmath<contract> : f32
                %v699 = llvm.load %v50 : !llvm.ptr -> f32
                %v700 = llvm.load %v52 : !llvm.ptr -> f32
                %v701 = arith.mulf %v700, %v699 fastmath<contract> : f32
                %v702 = arith.addf %v698, %v701 fastmath<contract> : f32
                llvm.store %v702, %v50 : f32, !llvm.ptr
                %v703 = llvm.load %v66 : !llvm.ptr -> f32
                %v704 = arith.mulf %v703, %v700 fastmath<contract> : f32
                llvm.store %v704, %v66 : f32, !llvm.ptr
                scf.if %v659 {
                  %v705 = arith.muli %v43, %v69 : i64
                  %v706 = arith.muli %v41, %v1 : i64
                  %v707 = arith.addi %v705, %v706 : i64
                  %v708 = arith.addi %v707, %v31 : i64
                  %v709 = llvm.getelementptr %dy_h_first[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v710 = llvm.load %v709 : !llvm.ptr -> f32
                  %v711 = llvm.load %v49 : !llvm.ptr -> f32
                  %v712 = arith.addf %v711, %v710 fastmath<contract> : f32
                  llvm.store %v712, %v49 : f32, !llvm.ptr
                  %v713 = arith.muli %v43, %v69 : i64
                  %v714 = arith.muli %v41, %v1 : i64
                  %v715 = arith.addi %v713, %v714 : i64
                  %v716 = arith.constant 8 : i64
                  %v717 = arith.addi %v716, %v31 : i64
                  %v718 = arith.addi %v715, %v717 : i64
                  %v719 = llvm.getelementptr %dy_h_first[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v720 = llvm.load %v719 : !llvm.ptr -> f32
                  %v721 = llvm.load %v50 : !llvm.ptr -> f32
                  %v722 = arith.addf %v721, %v720 fastmath<contract> : f32
                  llvm.store %v722, %v50 : f32, !llvm.ptr
                }
                %v723 = arith.muli %v41, %v1 : i64
                %v724 = arith.addi %v723, %v31 : i64
                %v725 = llvm.getelementptr %in_A[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v726 = llvm.load %v725 : !llvm.ptr -> f32
                %v727 = arith.mulf %v660, %v726 fastmath<contract> : f32
                %v728 = arith.mulf %v727, %v246 fastmath<contract> : f32
                %v729 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v728) : (f32) -> f32
                llvm.store %v729, %v51 : f32, !llvm.ptr
                %v730 = arith.muli %v41, %v1 : i64
                %v731 = arith.constant 8 : i64
                %v732 = arith.addi %v731, %v31 : i64
                %v733 = arith.addi %v730, %v732 : i64
                %v734 = llvm.getelementptr %in_A[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v735 = llvm.load %v734 : !llvm.ptr -> f32
                %v736 = arith.mulf %v660, %v735 fastmath<contract> : f32
                %v737 = arith.mulf %v736, %v246 fastmath<contract> : f32
                %v738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v737) : (f32) -> f32
                llvm.store %v738, %v52 : f32, !llvm.ptr
                %v740 = arith.addi %v224, %v739 : i64
                %v742 = arith.cmpi slt, %v741, %v313 : i32
                %v743 = arith.cmpi eq, %v741, %v319 : i32
                %v744, %v745 = gpu.shuffle idx %v276, %v125, %v324 : f32
                %v746, %v747 = gpu.shuffle idx %v284, %v125, %v324 : f32
                %v748, %v749 = gpu.shuffle idx %v297, %v125, %v324 : f32
                %v750, %v751 = gpu.shuffle idx %v306, %v125, %v324 : f32
                %v752, %v753 = gpu.shuffle idx %v311, %v125, %v324 : f32
                %v754 = arith.addi %v159, %v740 : i64
                %v755 = arith.muli %v31, %v186 : i64
                %v756 = arith.subi %v754, %v159 : i64
                %v757 = arith.addi %v755, %v756 : i64
                %v758 = llvm.getelementptr %v62[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v759 = llvm.load %v758 : !llvm.ptr -> f32
                %v760 = arith.muli %v43, %v232 : i64
                %v761 = arith.muli %v41, %size_L : i64
                %v762 = arith.addi %v760, %v761 : i64
                %v763 = arith.subi %v181, %v754 : i64
                %v764 = arith.addi %v762, %v763 : i64
                %v765 = llvm.getelementptr %dy_y[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v766 = llvm.load %v765 : !llvm.ptr -> f32
                %v767 = arith.mulf %v748, %v766 fastmath<contract> : f32
                %v768 = arith.mulf %v759, %v767 fastmath<contract> : f32
                %v769 = llvm.load %v49 : !llvm.ptr -> f32
                %v770 = llvm.load %v51 : !llvm.ptr -> f32
                %v771 = arith.mulf %v770, %v769 fastmath<contract> : f32
                %v772 = arith.addf %v768, %v771 fastmath<contract> : f32
                llvm.store %v772, %v49 : f32, !llvm.ptr
                %v773 = llvm.load %v65 : !llvm.ptr -> f32
                %v774 = arith.mulf %v773, %v770 fastmath<contract> : f32
                llvm.store %v774, %v65 : f32, !llvm.ptr
                %v775 = arith.constant 8 : i64
                %v776 = arith.addi %v775, %v31 : i64
                %v777 = arith.muli %v776, %v186 : i64
                %v778 = arith.subi %v754, %v159 : i64
                %v779 = arith.addi %v777, %v778 : i64
                %v780 = llvm.getelementptr %v62[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v781 = llvm.load %v780 : !llvm.ptr -> f32
                %v782 = arith.mulf %v781, %v767 fastmath<contract> : f32
                %v783 = llvm.load %v50 : !llvm.ptr -> f32
                %v784 = llvm.load %v52 : !llvm.ptr -> f32
                %v785 = arith.mulf %v784, %v783 fastmath<contract> : f32
                %v786 = arith.addf %v782, %v785 fastmath<contract> : f32
                llvm.store %v786, %v50 : f32, !llvm.ptr
                %v787 = llvm.load %v66 : !llvm.ptr -> f32
                %v788 = arith.mulf %v787, %v784 fastmath<contract> : f32
                llvm.store %v788, %v66 : f32, !llvm.ptr
                scf.if %v743 {
                  %v789 = arith.muli %v43, %v69 : i64
                  %v790 = arith.muli %v41, %v1 : i64
                  %v791 = arith.addi %v789, %v790 : i64
                  %v792 = arith.addi %v791, %v31 : i64
                  %v793 = llvm.getelementptr %dy_h_first[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v794 = llvm.load %v793 : !llvm.ptr -> f32
                  %v795 = llvm.load %v49 : !llvm.ptr -> f32
                  %v796 = arith.addf %v795, %v794 fastmath<contract> : f32
                  llvm.store %v796, %v49 : f32, !llvm.ptr
                  %v797 = arith.muli %v43, %v69 : i64
                  %v798 = arith.muli %v41, %v1 : i64
                  %v799 = arith.addi %v797, %v798 : i64
                  %v800 = arith.constant 8 : i64
                  %v801 = arith.addi %v800, %v31 : i64
                  %v802 = arith.addi %v799, %v801 : i64
                  %v803 = llvm.getelementptr %dy_h_first[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v804 = llvm.load %v803 : !llvm.ptr -> f32
                  %v805 = llvm.load %v50 : !llvm.ptr -> f32
                  %v806 = arith.addf %v805, %v804 fastmath<contract> : f32
                  llvm.store %v806, %v50 : f32, !llvm.ptr
                }
                %v807 = arith.muli %v41, %v1 : i64
                %v808 = arith.addi %v807, %v31 : i64
                %v809 = llvm.getelementptr %in_A[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v810 = llvm.load %v809 : !llvm.ptr -> f32
                %v811 = arith.mulf %v744, %v810 fastmath<contract> : f32
                %v812 = arith.mulf %v811, %v246 fastmath<contract> : f32
                %v813 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v812) : (f32) -> f32
                llvm.store %v813, %v51 : f32, !llvm.ptr
                %v814 = arith.muli %v41, %v1 : i64
                %v815 = arith.constant 8 : i64
                %v816 = arith.addi %v815, %v31 : i64
                %v817 = arith.addi %v814, %v816 : i64
                %v818 = llvm.getelementptr %in_A[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v819 = llvm.load %v818 : !llvm.ptr -> f32
                %v820 = arith.mulf %v744, %v819 fastmath<contract> : f32
                %v821 = arith.mulf %v820, %v246 fastmath<contract> : f32
                %v822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v821) : (f32) -> f32
                llvm.store %v822, %v52 : f32, !llvm.ptr
                %v823 = arith.addi %v224, %v2 : i64
                %v825 = arith.cmpi slt, %v824, %v313 : i32
                %v826 = arith.cmpi eq, %v824, %v319 : i32
                %v827, %v828 = gpu.shuffle idx %v276, %v121, %v324 : f32
                %v829, %v830 = gpu.shuffle idx %v284, %v121, %v324 : f32
                %v831, %v832 = gpu.shuffle idx %v297, %v121, %v324 : f32
                %v833, %v834 = gpu.shuffle idx %v306, %v121, %v324 : f32
                %v835, %v836 = gpu.shuffle idx %v311, %v121, %v324 : f32
                %v837 = arith.addi %v159, %v823 : i64
                %v838 = arith.muli %v31, %v186 : i64
                %v839 = arith.subi %v837, %v159 : i64
                %v840 = arith.addi %v838, %v839 : i64
                %v841 = llvm.getelementptr %v62[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v842 = llvm.load %v841 : !llvm.ptr -> f32
                %v843 = arith.muli %v43, %v232 : i64
                %v844 = arith.muli %v41, %size_L : i64
                %v845 = arith.addi %v843, %v844 : i64
                %v846 = arith.subi %v181, %v837 : i64
                %v847 = arith.addi %v845, %v846 : i64
                %v848 = llvm.getelementptr %dy_y[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v849 = llvm.load %v848 : !llvm.ptr -> f32
                %v850 = arith.mulf %v831, %v849 fastmath<contract> : f32
                %v851 = arith.mulf %v842, %v850 fastmath<contract> : f32
                %v852 = llvm.load %v49 : !llvm.ptr -> f32
                %v853 = llvm.load %v51 : !llvm.ptr -> f32
                %v854 = arith.mulf %v853, %v852 fastmath<contract> : f32
                %v855 = arith.addf %v851, %v854 fastmath<contract> : f32
                llvm.store %v855, %v49 : f32, !llvm.ptr
                %v856 = llvm.load %v65 : !llvm.ptr -> f32
                %v857 = arith.mulf %v856, %v853 fastmath<contract> : f32
                llvm.store %v857, %v65 : f32, !llvm.ptr
                %v858 = arith.constant 8 : i64
                %v859 = arith.addi %v858, %v31 : i64
                %v860 = arith.muli %v859, %v186 : i64
                %v861 = arith.subi %v837, %v159 : i64
                %v862 = arith.addi %v860, %v861 : i64
                %v863 = llvm.getelementptr %v62[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.mulf %v864, %v850 fastmath<contract> : f32
                %v866 = llvm.load %v50 : !llvm.ptr -> f32
                %v867 = llvm.load %v52 : !llvm.ptr -> f32
                %v868 = arith.mulf %v867, %v866 fastmath<contract> : f32
                %v869 = arith.addf %v865, %v868 fastmath<contract> : f32
                llvm.store %v869, %v50 : f32, !llvm.ptr
                %v870 = llvm.load %v66 : !llvm.ptr -> f32
                %v871 = arith.mulf %v870, %v867 fastmath<contract> : f32
                llvm.store %v871, %v66 : f32, !llvm.ptr
                scf.if %v826 {
                  %v872 = arith.muli %v43, %v69 : i64
                  %v873 = arith.muli %v41, %v1 : i64
                  %v874 = arith.addi %v872, %v873 : i64
                  %v875 = arith.addi %v874, %v31 : i64
                  %v876 = llvm.getelementptr %dy_h_first[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v877 = llvm.load %v876 : !llvm.ptr -> f32
                  %v878 = llvm.load %v49 : !llvm.ptr -> f32
                  %v879 = arith.addf %v878, %v877 fastmath<contract> : f32
                  llvm.store %v879, %v49 : f32, !llvm.ptr
                  %v880 = arith.muli %v43, %v69 : i64
                  %v881 = arith.muli %v41, %v1 : i64
                  %v882 = arith.addi %v880, %v881 : i64
                  %v883 = arith.constant 8 : i64
                  %v884 = arith.addi %v883, %v31 : i64
                  %v885 = arith.addi %v882, %v884 : i64
                  %v886 = llvm.getelementptr %dy_h_first[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v887 = llvm.load %v886 : !llvm.ptr -> f32
                  %v888 = llvm.load %v50 : !llvm.ptr -> f32
                  %v889 = arith.addf %v888, %v887 fastmath<contract> : f32
                  llvm.store %v889, %v50 : f32, !llvm.ptr
                }
                %v890 = arith.muli %v41, %v1 : i64
                %v891 = arith.addi %v890, %v31 : i64
                %v892 = llvm.getelementptr %in_A[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v893 = llvm.load %v892 : !llvm.ptr -> f32
                %v894 = arith.mulf %v827, %v893 fastmath<contract> : f32
                %v895 = arith.mulf %v894, %v246 fastmath<contract> : f32
                %v896 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v895) : (f32) -> f32
                llvm.store %v896, %v51 : f32, !llvm.ptr
                %v897 = arith.muli %v41, %v1 : i64
                %v898 = arith.constant 8 : i64
                %v899 = arith.addi %v898, %v31 : i64
                %v900 = arith.addi %v897, %v899 : i64
                %v901 = llvm.getelementptr %in_A[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v902 = llvm.load %v901 : !llvm.ptr -> f32
                %v903 = arith.mulf %v827, %v902 fastmath<contract> : f32
                %v904 = arith.mulf %v903, %v246 fastmath<contract> : f32
                %v905 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v904) : (f32) -> f32
                llvm.store %v905, %v52 : f32, !llvm.ptr
                %v907 = arith.cmpi slt, %v906, %v313 : i32
                %v908 = arith.cmpi eq, %v906, %v319 : i32
                %v909, %v910 = gpu.shuffle idx %v276, %v117, %v324 : f32
                %v911, %v912 = gpu.shuffle idx %v284, %v117, %v324 : f32
                %v913, %v914 = gpu.shuffle idx %v297, %v117, %v324 : f32
                %v915, %v916 = gpu.shuffle idx %v306, %v117, %v324 : f32
                %v917, %v918 = gpu.shuffle idx %v311, %v117, %v324 : f32
                %v919 = arith.addi %v159, %v224 : i64
                %v920 = arith.muli %v31, %v186 : i64
                %v921 = arith.subi %v919, %v159 : i64
                %v922 = arith.addi %v920, %v921 : i64
                %v923 = llvm.getelementptr %v62[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v924 = llvm.load %v923 : !llvm.ptr -> f32
                %v925 = arith.muli %v43, %v232 : i64
                %v926 = arith.muli %v41, %size_L : i64
                %v927 = arith.addi %v925, %v926 : i64
                %v928 = arith.subi %v181, %v919 : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = llvm.getelementptr %dy_y[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v931 = llvm.load %v930 : !llvm.ptr -> f32
                %v932 = arith.mulf %v913, %v931 fastmath<contract> : f32
                %v933 = arith.mulf %v924, %v932 fastmath<contract> : f32
                %v934 = llvm.load %v49 : !llvm.ptr -> f32
                %v935 = llvm.load %v51 : !llvm.ptr -> f32
                %v936 = arith.mulf %v935, %v934 fastmath<contract> : f32
                %v937 = arith.addf %v933, %v936 fastmath<contract> : f32
                llvm.store %v937, %v49 : f32, !llvm.ptr
                %v938 = llvm.load %v65 : !llvm.ptr -> f32
                %v939 = arith.mulf %v938, %v935 fastmath<contract> : f32
                llvm.store %v939, %v65 : f32, !llvm.ptr
                %v940 = arith.constant 8 : i64
                %v941 = arith.addi %v940, %v31 : i64
                %v942 = arith.muli %v941, %v186 : i64
                %v943 = arith.subi %v919, %v159 : i64
                %v944 = arith.addi %v942, %v943 : i64
                %v945 = llvm.getelementptr %v62[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v946 = llvm.load %v945 : !llvm.ptr -> f32
                %v947 = arith.mulf %v946, %v932 fastmath<contract> : f32
                %v948 = llvm.load %v50 : !llvm.ptr -> f32
                %v949 = llvm.load %v52 : !llvm.ptr -> f32
                %v950 = arith.mulf %v949, %v948 fastmath<contract> : f32
                %v951 = arith.addf %v947, %v950 fastmath<contract> : f32
                llvm.store %v951, %v50 : f32, !llvm.ptr
                %v952 = llvm.load %v66 : !llvm.ptr -> f32
                %v953 = arith.mulf %v952, %v949 fastmath<contract> : f32
                llvm.store %v953, %v66 : f32, !llvm.ptr
                scf.if %v908 {
                  %v954 = arith.muli %v43, %v69 : i64
                  %v955 = arith.muli %v41, %v1 : i64
                  %v956 = arith.addi %v954, %v955 : i64
                  %v957 = arith.addi %v956, %v31 : i64
                  %v958 = llvm.getelementptr %dy_h_first[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v959 = llvm.load %v958 : !llvm.ptr -> f32
                  %v960 = llvm.load %v49 : !llvm.ptr -> f32
                  %v961 = arith.addf %v960, %v959 fastmath<contract> : f32
                  llvm.store %v961, %v49 : f32, !llvm.ptr
                  %v962 = arith.muli %v43, %v69 : i64
                  %v963 = arith.muli %v41, %v1 : i64
                  %v964 = arith.addi %v962, %v963 : i64
                  %v965 = arith.constant 8 : i64
                  %v966 = arith.addi %v965, %v31 : i64
                  %v967 = arith.addi %v964, %v966 : i64
                  %v968 = llvm.getelementptr %dy_h_first[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v969 = llvm.load %v968 : !llvm.ptr -> f32
                  %v970 = llvm.load %v50 : !llvm.ptr -> f32
                  %v971 = arith.addf %v970, %v969 fastmath<contract> : f32
                  llvm.store %v971, %v50 : f32, !llvm.ptr
                }
                %v972 = arith.muli %v41, %v1 : i64
                %v973 = arith.addi %v972, %v31 : i64
                %v974 = llvm.getelementptr %in_A[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v975 = llvm.load %v974 : !llvm.ptr -> f32
                %v976 = arith.mulf %v909, %v975 fastmath<contract> : f32
                %v977 = arith.mulf %v976, %v246 fastmath<contract> : f32
                %v978 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v977) : (f32) -> f32
                llvm.store %v978, %v51 : f32, !llvm.ptr
                %v979 = arith.muli %v41, %v1 : i64
                %v980 = arith.constant 8 : i64
                %v981 = arith.addi %v980, %v31 : i64
                %v982 = arith.addi %v979, %v981 : i64
                %v983 = llvm.getelementptr %in_A[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v984 = llvm.load %v983 : !llvm.ptr -> f32
                %v985 = arith.mulf %v909, %v984 fastmath<contract> : f32
                %v986 = arith.mulf %v985, %v246 fastmath<contract> : f32
                %v987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v986) : (f32) -> f32
                llvm.store %v987, %v52 : f32, !llvm.ptr
              } else {
                %v988 = arith.subi %v161, %v2 : i64
                %v989 = arith.addi %v224, %v31 : i64
                %v990 = arith.minsi %v989, %v988 : i64
                %v991 = arith.addi %v159, %v990 : i64
                %v992 = arith.muli %v43, %v232 : i64
                %v993 = arith.muli %v41, %size_L : i64
                %v994 = arith.addi %v992, %v993 : i64
                %v995 = arith.subi %v181, %v991 : i64
                %v996 = arith.addi %v994, %v995 : i64
                %v997 = llvm.getelementptr %in_delta[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v998 = llvm.load %v997 : !llvm.ptr -> f32
                %v999 = llvm.getelementptr %in_dt_bias[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1000 = llvm.load %v999 : !llvm.ptr -> f32
                %v1001 = arith.addf %v998, %v1000 fastmath<contract> : f32
                %v1002 = arith.maximumf %v1001, %v63 : f32
                %v1003 = llvm.call_intrinsic "llvm.fabs.f32"(%v1001) : (f32) -> f32
                %v1004 = arith.negf %v1003 : f32
                %v1005 = arith.mulf %v1004, %v246 fastmath<contract> : f32
                %v1006 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1005) : (f32) -> f32
                %v1007 = arith.addf %v64, %v1006 fastmath<contract> : f32
                %v1008 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1007) : (f32) -> f32
                %v1009 = arith.mulf %v1008, %v251 fastmath<contract> : f32
                %v1010 = arith.mulf %v253, %v1006 fastmath<contract> : f32
                %v1011 = arith.addf %v1010, %v255 fastmath<contract> : f32
                %v1012 = arith.mulf %v1011, %v1006 fastmath<contract> : f32
                %v1013 = arith.addf %v1012, %v258 fastmath<contract> : f32
                %v1014 = arith.mulf %v1013, %v1006 fastmath<contract> : f32
                %v1015 = arith.addf %v1014, %v261 fastmath<contract> : f32
                %v1016 = arith.mulf %v1015, %v1006 fastmath<contract> : f32
                %v1017 = arith.addf %v1016, %v264 fastmath<contract> : f32
                %v1018 = arith.mulf %v1017, %v1006 fastmath<contract> : f32
                %v1019 = arith.addf %v1018, %v267 fastmath<contract> : f32
                %v1020 = arith.mulf %v1019, %v1006 fastmath<contract> : f32
                %v1021 = arith.addf %v1020, %v64 fastmath<contract> : f32
                %v1022 = arith.mulf %v1021, %v1006 fastmath<contract> : f32
                %v1023 = llvm.call_intrinsic "llvm.fabs.f32"(%v1006) : (f32) -> f32
                %v1024 = arith.cmpf olt, %v1023, %v273 : f32
                %v1025 = arith.select %v1024, %v1022, %v1009 : f32
                %v1026 = arith.addf %v1002, %v1025 fastmath<contract> : f32
                %v1027 = arith.muli %v43, %v232 : i64
                %v1028 = arith.muli %v41, %size_L : i64
                %v1029 = arith.addi %v1027, %v1028 : i64
                %v1030 = arith.subi %v181, %v991 : i64
                %v1031 = arith.addi %v1029, %v1030 : i64
                %v1032 = llvm.getelementptr %in_u[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
                %v1034 = arith.mulf %v1026, %v1033 fastmath<contract> : f32
                %v1035 = arith.muli %v43, %v232 : i64
                %v1036 = arith.muli %v41, %size_L : i64
                %v1037 = arith.addi %v1035, %v1036 : i64
                %v1038 = arith.subi %v181, %v991 : i64
                %v1039 = arith.addi %v1037, %v1038 : i64
                %v1040 = llvm.getelementptr %in_z[%v1039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1041 = llvm.load %v1040 : !llvm.ptr -> f32
                %v1042 = arith.negf %v1041 : f32
                %v1043 = arith.mulf %v1042, %v246 fastmath<contract> : f32
                %v1044 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1043) : (f32) -> f32
                %v1045 = arith.addf %v64, %v1044 fastmath<contract> : f32
                %v1046 = arith.divf %v64, %v1045 : f32
                %v1047 = arith.mulf %v1041, %v1046 fastmath<contract> : f32
                %v1048 = arith.negf %v1041 : f32
                %v1049 = arith.mulf %v1048, %v246 fastmath<contract> : f32
                %v1050 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1049) : (f32) -> f32
                %v1051 = arith.addf %v64, %v1050 fastmath<contract> : f32
                %v1052 = arith.divf %v64, %v1051 : f32
                %v1053 = arith.subf %v64, %v1052 fastmath<contract> : f32
                %v1054 = arith.mulf %v1041, %v1053 fastmath<contract> : f32
                %v1055 = arith.addf %v64, %v1054 fastmath<contract> : f32
                %v1056 = arith.mulf %v1052, %v1055 fastmath<contract> : f32
                %v1057 = arith.negf %v1001 : f32
                %v1058 = arith.mulf %v1057, %v246 fastmath<contract> : f32
                %v1059 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1058) : (f32) -> f32
                %v1060 = arith.addf %v64, %v1059 fastmath<contract> : f32
                %v1061 = arith.divf %v64, %v1060 : f32
                // the group's states, recomputed into registers
                %v1062 = arith.subi %v161, %v224 : i64
                %v1063 = arith.trunci %v1062 : i64 to i32
                %v1064 = arith.subi %size_L, %v2 : i64
                %v1065 = arith.addi %v159, %v224 : i64
                %v1066 = arith.subi %v1064, %v1065 : i64
                %v1067 = arith.minsi %v1066, %v317 : i64
                %v1068 = arith.trunci %v1067 : i64 to i32
                %v1069 = arith.addi %v224, %v109 : i64
                %v1070 = arith.cmpi slt, %v321, %v1063 : i32
                %v1071 = arith.cmpi eq, %v321, %v1068 : i32
                %v1072, %v1073 = gpu.shuffle idx %v1026, %v145, %v324 : f32
                %v1074, %v1075 = gpu.shuffle idx %v1034, %v145, %v324 : f32
                %v1076, %v1077 = gpu.shuffle idx %v1047, %v145, %v324 : f32
                %v1078, %v1079 = gpu.shuffle idx %v1056, %v145, %v324 : f32
                %v1080, %v1081 = gpu.shuffle idx %v1061, %v145, %v324 : f32
                scf.if %v1070 {
                  %v1082 = arith.addi %v159, %v1069 : i64
                  %v1083 = arith.muli %v31, %v186 : i64
                  %v1084 = arith.subi %v1082, %v159 : i64
                  %v1085 = arith.addi %v1083, %v1084 : i64
                  %v1086 = llvm.getelementptr %v62[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                  %v1088 = arith.muli %v43, %v232 : i64
                  %v1089 = arith.muli %v41, %size_L : i64
                  %v1090 = arith.addi %v1088, %v1089 : i64
                  %v1091 = arith.subi %v181, %v1082 : i64
                  %v1092 = arith.addi %v1090, %v1091 : i64
                  %v1093 = llvm.getelementptr %dy_y[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
                  %v1095 = arith.mulf %v1076, %v1094 fastmath<contract> : f32
                  %v1096 = arith.mulf %v1087, %v1095 fastmath<contract> : f32
                  %v1097 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1098 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1099 = arith.mulf %v1098, %v1097 fastmath<contract> : f32
                  %v1100 = arith.addf %v1096, %v1099 fastmath<contract> : f32
                  llvm.store %v1100, %v49 : f32, !llvm.ptr
                  %v1101 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1102 = arith.mulf %v1101, %v1098 fastmath<contract> : f32
                  llvm.store %v1102, %v65 : f32, !llvm.ptr
                  %v1103 = arith.constant 8 : i64
                  %v1104 = arith.addi %v1103, %v31 : i64
                  %v1105 = arith.muli %v1104, %v186 : i64
                  %v1106 = arith.subi %v1082, %v159 : i64
                  %v1107 = arith.addi %v1105, %v1106 : i64
                  %v1108 = llvm.getelementptr %v62[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1109 = llvm.load %v1108 : !llvm.ptr -> f32
                  %v1110 = arith.mulf %v1109, %v1095 fastmath<contract> : f32
                  %v1111 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1112 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1113 = arith.mulf %v1112, %v1111 fastmath<contract> : f32
                  %v1114 = arith.addf %v1110, %v1113 fastmath<contract> : f32
                  llvm.store %v1114, %v50 : f32, !llvm.ptr
                  %v1115 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1116 = arith.mulf %v1115, %v1112 fastmath<contract> : f32
                  llvm.store %v1116, %v66 : f32, !llvm.ptr
                  scf.if %v1071 {
                    %v1117 = arith.muli %v43, %v69 : i64
                    %v1118 = arith.muli %v41, %v1 : i64
                    %v1119 = arith.addi %v1117, %v1118 : i64
                    %v1120 = arith.addi %v1119, %v31 : i64
                    %v1121 = llvm.getelementptr %dy_h_first[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                    %v1123 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1124 = arith.addf %v1123, %v1122 fastmath<contract> : f32
                    llvm.store %v1124, %v49 : f32, !llvm.ptr
                    %v1125 = arith.muli %v43, %v69 : i64
                    %v1126 = arith.muli %v41, %v1 : i64
                    %v1127 = arith.addi %v1125, %v1126 : i64
                    %v1128 = arith.constant 8 : i64
                    %v1129 = arith.addi %v1128, %v31 : i64
                    %v1130 = arith.addi %v1127, %v1129 : i64
                    %v1131 = llvm.getelementptr %dy_h_first[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                    %v1133 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1134 = arith.addf %v1133, %v1132 fastmath<contract> : f32
                    llvm.store %v1134, %v50 : f32, !llvm.ptr
                  }
                  %v1135 = arith.muli %v41, %v1 : i64
                  %v1136 = arith.addi %v1135, %v31 : i64
                  %v1137 = llvm.getelementptr %in_A[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1138 = llvm.load %v1137 : !llvm.ptr -> f32
                  %v1139 = arith.mulf %v1072, %v1138 fastmath<contract> : f32
                  %v1140 = arith.mulf %v1139, %v246 fastmath<contract> : f32
                  %v1141 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1140) : (f32) -> f32
                  llvm.store %v1141, %v51 : f32, !llvm.ptr
                  %v1142 = arith.muli %v41, %v1 : i64
                  %v1143 = arith.constant 8 : i64
                  %v1144 = arith.addi %v1143, %v31 : i64
                  %v1145 = arith.addi %v1142, %v1144 : i64
                  %v1146 = llvm.getelementptr %in_A[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
                  %v1148 = arith.mulf %v1072, %v1147 fastmath<contract> : f32
                  %v1149 = arith.mulf %v1148, %v246 fastmath<contract> : f32
                  %v1150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1149) : (f32) -> f32
                  llvm.store %v1150, %v52 : f32, !llvm.ptr
                }
                %v1151 = arith.addi %v224, %v404 : i64
                %v1152 = arith.cmpi slt, %v406, %v1063 : i32
                %v1153 = arith.cmpi eq, %v406, %v1068 : i32
                %v1154, %v1155 = gpu.shuffle idx %v1026, %v141, %v324 : f32
                %v1156, %v1157 = gpu.shuffle idx %v1034, %v141, %v324 : f32
                %v1158, %v1159 = gpu.shuffle idx %v1047, %v141, %v324 : f32
                %v1160, %v1161 = gpu.shuffle idx %v1056, %v141, %v324 : f32
                %v1162, %v1163 = gpu.shuffle idx %v1061, %v141, %v324 : f32
                scf.if %v1152 {
                  %v1164 = arith.addi %v159, %v1151 : i64
                  %v1165 = arith.muli %v31, %v186 : i64
                  %v1166 = arith.subi %v1164, %v159 : i64
                  %v1167 = arith.addi %v1165, %v1166 : i64
                  %v1168 = llvm.getelementptr %v62[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1169 = llvm.load %v1168 : !llvm.ptr -> f32
                  %v1170 = arith.muli %v43, %v232 : i64
                  %v1171 = arith.muli %v41, %size_L : i64
                  %v1172 = arith.addi %v1170, %v1171 : i64
                  %v1173 = arith.subi %v181, %v1164 : i64
                  %v1174 = arith.addi %v1172, %v1173 : i64
                  %v1175 = llvm.getelementptr %dy_y[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
                  %v1177 = arith.mulf %v1158, %v1176 fastmath<contract> : f32
                  %v1178 = arith.mulf %v1169, %v1177 fastmath<contract> : f32
                  %v1179 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1180 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1181 = arith.mulf %v1180, %v1179 fastmath<contract> : f32
                  %v1182 = arith.addf %v1178, %v1181 fastmath<contract> : f32
                  llvm.store %v1182, %v49 : f32, !llvm.ptr
                  %v1183 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1184 = arith.mulf %v1183, %v1180 fastmath<contract> : f32
                  llvm.store %v1184, %v65 : f32, !llvm.ptr
                  %v1185 = arith.constant 8 : i64
                  %v1186 = arith.addi %v1185, %v31 : i64
                  %v1187 = arith.muli %v1186, %v186 : i64
                  %v1188 = arith.subi %v1164, %v159 : i64
                  %v1189 = arith.addi %v1187, %v1188 : i64
                  %v1190 = llvm.getelementptr %v62[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
                  %v1192 = arith.mulf %v1191, %v1177 fastmath<contract> : f32
                  %v1193 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1194 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1195 = arith.mulf %v1194, %v1193 fastmath<contract> : f32
                  %v1196 = arith.addf %v1192, %v1195 fastmath<contract> : f32
                  llvm.store %v1196, %v50 : f32, !llvm.ptr
                  %v1197 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1198 = arith.mulf %v1197, %v1194 fastmath<contract> : f32
                  llvm.store %v1198, %v66 : f32, !llvm.ptr
                  scf.if %v1153 {
                    %v1199 = arith.muli %v43, %v69 : i64
                    %v1200 = arith.muli %v41, %v1 : i64
                    %v1201 = arith.addi %v1199, %v1200 : i64
                    %v1202 = arith.addi %v1201, %v31 : i64
                    %v1203 = llvm.getelementptr %dy_h_first[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                    %v1205 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1206 = arith.addf %v1205, %v1204 fastmath<contract> : f32
                    llvm.store %v1206, %v49 : f32, !llvm.ptr
                    %v1207 = arith.muli %v43, %v69 : i64
                    %v1208 = arith.muli %v41, %v1 : i64
                    %v1209 = arith.addi %v1207, %v1208 : i64
                    %v1210 = arith.constant 8 : i64
                    %v1211 = arith.addi %v1210, %v31 : i64
                    %v1212 = arith.addi %v1209, %v1211 : i64
                    %v1213 = llvm.getelementptr %dy_h_first[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
                    %v1215 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1216 = arith.addf %v1215, %v1214 fastmath<contract> : f32
                    llvm.store %v1216, %v50 : f32, !llvm.ptr
                  }
                  %v1217 = arith.muli %v41, %v1 : i64
                  %v1218 = arith.addi %v1217, %v31 : i64
                  %v1219 = llvm.getelementptr %in_A[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1220 = llvm.load %v1219 : !llvm.ptr -> f32
                  %v1221 = arith.mulf %v1154, %v1220 fastmath<contract> : f32
                  %v1222 = arith.mulf %v1221, %v246 fastmath<contract> : f32
                  %v1223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1222) : (f32) -> f32
                  llvm.store %v1223, %v51 : f32, !llvm.ptr
                  %v1224 = arith.muli %v41, %v1 : i64
                  %v1225 = arith.constant 8 : i64
                  %v1226 = arith.addi %v1225, %v31 : i64
                  %v1227 = arith.addi %v1224, %v1226 : i64
                  %v1228 = llvm.getelementptr %in_A[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
                  %v1230 = arith.mulf %v1154, %v1229 fastmath<contract> : f32
                  %v1231 = arith.mulf %v1230, %v246 fastmath<contract> : f32
                  %v1232 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1231) : (f32) -> f32
                  llvm.store %v1232, %v52 : f32, !llvm.ptr
                }
                %v1233 = arith.addi %v224, %v488 : i64
                %v1234 = arith.cmpi slt, %v490, %v1063 : i32
                %v1235 = arith.cmpi eq, %v490, %v1068 : i32
                %v1236, %v1237 = gpu.shuffle idx %v1026, %v137, %v324 : f32
                %v1238, %v1239 = gpu.shuffle idx %v1034, %v137, %v324 : f32
                %v1240, %v1241 = gpu.shuffle idx %v1047, %v137, %v324 : f32
                %v1242, %v1243 = gpu.shuffle idx %v1056, %v137, %v324 : f32
                %v1244, %v1245 = gpu.shuffle idx %v1061, %v137, %v324 : f32
                scf.if %v1234 {
                  %v1246 = arith.addi %v159, %v1233 : i64
                  %v1247 = arith.muli %v31, %v186 : i64
                  %v1248 = arith.subi %v1246, %v159 : i64
                  %v1249 = arith.addi %v1247, %v1248 : i64
                  %v1250 = llvm.getelementptr %v62[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1251 = llvm.load %v1250 : !llvm.ptr -> f32
                  %v1252 = arith.muli %v43, %v232 : i64
                  %v1253 = arith.muli %v41, %size_L : i64
                  %v1254 = arith.addi %v1252, %v1253 : i64
                  %v1255 = arith.subi %v181, %v1246 : i64
                  %v1256 = arith.addi %v1254, %v1255 : i64
                  %v1257 = llvm.getelementptr %dy_y[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
                  %v1259 = arith.mulf %v1240, %v1258 fastmath<contract> : f32
                  %v1260 = arith.mulf %v1251, %v1259 fastmath<contract> : f32
                  %v1261 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1262 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1263 = arith.mulf %v1262, %v1261 fastmath<contract> : f32
                  %v1264 = arith.addf %v1260, %v1263 fastmath<contract> : f32
                  llvm.store %v1264, %v49 : f32, !llvm.ptr
                  %v1265 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1266 = arith.mulf %v1265, %v1262 fastmath<contract> : f32
                  llvm.store %v1266, %v65 : f32, !llvm.ptr
                  %v1267 = arith.constant 8 : i64
                  %v1268 = arith.addi %v1267, %v31 : i64
                  %v1269 = arith.muli %v1268, %v186 : i64
                  %v1270 = arith.subi %v1246, %v159 : i64
                  %v1271 = arith.addi %v1269, %v1270 : i64
                  %v1272 = llvm.getelementptr %v62[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
                  %v1274 = arith.mulf %v1273, %v1259 fastmath<contract> : f32
                  %v1275 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1276 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1277 = arith.mulf %v1276, %v1275 fastmath<contract> : f32
                  %v1278 = arith.addf %v1274, %v1277 fastmath<contract> : f32
                  llvm.store %v1278, %v50 : f32, !llvm.ptr
                  %v1279 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1280 = arith.mulf %v1279, %v1276 fastmath<contract> : f32
                  llvm.store %v1280, %v66 : f32, !llvm.ptr
                  scf.if %v1235 {
                    %v1281 = arith.muli %v43, %v69 : i64
                    %v1282 = arith.muli %v41, %v1 : i64
                    %v1283 = arith.addi %v1281, %v1282 : i64
                    %v1284 = arith.addi %v1283, %v31 : i64
                    %v1285 = llvm.getelementptr %dy_h_first[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
                    %v1287 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1288 = arith.addf %v1287, %v1286 fastmath<contract> : f32
                    llvm.store %v1288, %v49 : f32, !llvm.ptr
                    %v1289 = arith.muli %v43, %v69 : i64
                    %v1290 = arith.muli %v41, %v1 : i64
                    %v1291 = arith.addi %v1289, %v1290 : i64
                    %v1292 = arith.constant 8 : i64
                    %v1293 = arith.addi %v1292, %v31 : i64
                    %v1294 = arith.addi %v1291, %v1293 : i64
                    %v1295 = llvm.getelementptr %dy_h_first[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                    %v1297 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1298 = arith.addf %v1297, %v1296 fastmath<contract> : f32
                    llvm.store %v1298, %v50 : f32, !llvm.ptr
                  }
                  %v1299 = arith.muli %v41, %v1 : i64
                  %v1300 = arith.addi %v1299, %v31 : i64
                  %v1301 = llvm.getelementptr %in_A[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
                  %v1303 = arith.mulf %v1236, %v1302 fastmath<contract> : f32
                  %v1304 = arith.mulf %v1303, %v246 fastmath<contract> : f32
                  %v1305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1304) : (f32) -> f32
                  llvm.store %v1305, %v51 : f32, !llvm.ptr
                  %v1306 = arith.muli %v41, %v1 : i64
                  %v1307 = arith.constant 8 : i64
                  %v1308 = arith.addi %v1307, %v31 : i64
                  %v1309 = arith.addi %v1306, %v1308 : i64
                  %v1310 = llvm.getelementptr %in_A[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1311 = llvm.load %v1310 : !llvm.ptr -> f32
                  %v1312 = arith.mulf %v1236, %v1311 fastmath<contract> : f32
                  %v1313 = arith.mulf %v1312, %v246 fastmath<contract> : f32
                  %v1314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1313) : (f32) -> f32
                  llvm.store %v1314, %v52 : f32, !llvm.ptr
                }
                %v1315 = arith.addi %v224, %v45 : i64
                %v1316 = arith.cmpi slt, %v573, %v1063 : i32
                %v1317 = arith.cmpi eq, %v573, %v1068 : i32
                %v1318, %v1319 = gpu.shuffle idx %v1026, %v133, %v324 : f32
                %v1320, %v1321 = gpu.shuffle idx %v1034, %v133, %v324 : f32
                %v1322, %v1323 = gpu.shuffle idx %v1047, %v133, %v324 : f32
                %v1324, %v1325 = gpu.shuffle idx %v1056, %v133, %v324 : f32
                %v1326, %v1327 = gpu.shuffle idx %v1061, %v133, %v324 : f32
                scf.if %v1316 {
                  %v1328 = arith.addi %v159, %v1315 : i64
                  %v1329 = arith.muli %v31, %v186 : i64
                  %v1330 = arith.subi %v1328, %v159 : i64
                  %v1331 = arith.addi %v1329, %v1330 : i64
                  %v1332 = llvm.getelementptr %v62[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1333 = llvm.load %v1332 : !llvm.ptr -> f32
                  %v1334 = arith.muli %v43, %v232 : i64
                  %v1335 = arith.muli %v41, %size_L : i64
                  %v1336 = arith.addi %v1334, %v1335 : i64
                  %v1337 = arith.subi %v181, %v1328 : i64
                  %v1338 = arith.addi %v1336, %v1337 : i64
                  %v1339 = llvm.getelementptr %dy_y[%v1338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
                  %v1341 = arith.mulf %v1322, %v1340 fastmath<contract> : f32
                  %v1342 = arith.mulf %v1333, %v1341 fastmath<contract> : f32
                  %v1343 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1344 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1345 = arith.mulf %v1344, %v1343 fastmath<contract> : f32
                  %v1346 = arith.addf %v1342, %v1345 fastmath<contract> : f32
                  llvm.store %v1346, %v49 : f32, !llvm.ptr
                  %v1347 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1348 = arith.mulf %v1347, %v1344 fastmath<contract> : f32
                  llvm.store %v1348, %v65 : f32, !llvm.ptr
                  %v1349 = arith.constant 8 : i64
                  %v1350 = arith.addi %v1349, %v31 : i64
                  %v1351 = arith.muli %v1350, %v186 : i64
                  %v1352 = arith.subi %v1328, %v159 : i64
                  %v1353 = arith.addi %v1351, %v1352 : i64
                  %v1354 = llvm.getelementptr %v62[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
                  %v1356 = arith.mulf %v1355, %v1341 fastmath<contract> : f32
                  %v1357 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1358 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1359 = arith.mulf %v1358, %v1357 fastmath<contract> : f32
                  %v1360 = arith.addf %v1356, %v1359 fastmath<contract> : f32
                  llvm.store %v1360, %v50 : f32, !llvm.ptr
                  %v1361 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1362 = arith.mulf %v1361, %v1358 fastmath<contract> : f32
                  llvm.store %v1362, %v66 : f32, !llvm.ptr
                  scf.if %v1317 {
                    %v1363 = arith.muli %v43, %v69 : i64
                    %v1364 = arith.muli %v41, %v1 : i64
                    %v1365 = arith.addi %v1363, %v1364 : i64
                    %v1366 = arith.addi %v1365, %v31 : i64
                    %v1367 = llvm.getelementptr %dy_h_first[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
                    %v1369 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1370 = arith.addf %v1369, %v1368 fastmath<contract> : f32
                    llvm.store %v1370, %v49 : f32, !llvm.ptr
                    %v1371 = arith.muli %v43, %v69 : i64
                    %v1372 = arith.muli %v41, %v1 : i64
                    %v1373 = arith.addi %v1371, %v1372 : i64
                    %v1374 = arith.constant 8 : i64
                    %v1375 = arith.addi %v1374, %v31 : i64
                    %v1376 = arith.addi %v1373, %v1375 : i64
                    %v1377 = llvm.getelementptr %dy_h_first[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
                    %v1379 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1380 = arith.addf %v1379, %v1378 fastmath<contract> : f32
                    llvm.store %v1380, %v50 : f32, !llvm.ptr
                  }
                  %v1381 = arith.muli %v41, %v1 : i64
                  %v1382 = arith.addi %v1381, %v31 : i64
                  %v1383 = llvm.getelementptr %in_A[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
                  %v1385 = arith.mulf %v1318, %v1384 fastmath<contract> : f32
                  %v1386 = arith.mulf %v1385, %v246 fastmath<contract> : f32
                  %v1387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1386) : (f32) -> f32
                  llvm.store %v1387, %v51 : f32, !llvm.ptr
                  %v1388 = arith.muli %v41, %v1 : i64
                  %v1389 = arith.constant 8 : i64
                  %v1390 = arith.addi %v1389, %v31 : i64
                  %v1391 = arith.addi %v1388, %v1390 : i64
                  %v1392 = llvm.getelementptr %in_A[%v1391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1393 = llvm.load %v1392 : !llvm.ptr -> f32
                  %v1394 = arith.mulf %v1318, %v1393 fastmath<contract> : f32
                  %v1395 = arith.mulf %v1394, %v246 fastmath<contract> : f32
                  %v1396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1395) : (f32) -> f32
                  llvm.store %v1396, %v52 : f32, !llvm.ptr
                }
                %v1397 = arith.addi %v224, %v655 : i64
                %v1398 = arith.cmpi slt, %v657, %v1063 : i32
                %v1399 = arith.cmpi eq, %v657, %v1068 : i32
                %v1400, %v1401 = gpu.shuffle idx %v1026, %v129, %v324 : f32
                %v1402, %v1403 = gpu.shuffle idx %v1034, %v129, %v324 : f32
                %v1404, %v1405 = gpu.shuffle idx %v1047, %v129, %v324 : f32
                %v1406, %v1407 = gpu.shuffle idx %v1056, %v129, %v324 : f32
                %v1408, %v1409 = gpu.shuffle idx %v1061, %v129, %v324 : f32
                scf.if %v1398 {
                  %v1410 = arith.addi %v159, %v1397 : i64
                  %v1411 = arith.muli %v31, %v186 : i64
                  %v1412 = arith.subi %v1410, %v159 : i64
                  %v1413 = arith.addi %v1411, %v1412 : i64
                  %v1414 = llvm.getelementptr %v62[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                  %v1416 = arith.muli %v43, %v232 : i64
                  %v1417 = arith.muli %v41, %size_L : i64
                  %v1418 = arith.addi %v1416, %v1417 : i64
                  %v1419 = arith.subi %v181, %v1410 : i64
                  %v1420 = arith.addi %v1418, %v1419 : i64
                  %v1421 = llvm.getelementptr %dy_y[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
                  %v1423 = arith.mulf %v1404, %v1422 fastmath<contract> : f32
                  %v1424 = arith.mulf %v1415, %v1423 fastmath<contract> : f32
                  %v1425 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1426 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1427 = arith.mulf %v1426, %v1425 fastmath<contract> : f32
                  %v1428 = arith.addf %v1424, %v1427 fastmath<contract> : f32
                  llvm.store %v1428, %v49 : f32, !llvm.ptr
                  %v1429 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1430 = arith.mulf %v1429, %v1426 fastmath<contract> : f32
                  llvm.store %v1430, %v65 : f32, !llvm.ptr
                  %v1431 = arith.constant 8 : i64
                  %v1432 = arith.addi %v1431, %v31 : i64
                  %v1433 = arith.muli %v1432, %v186 : i64
                  %v1434 = arith.subi %v1410, %v159 : i64
                  %v1435 = arith.addi %v1433, %v1434 : i64
                  %v1436 = llvm.getelementptr %v62[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
                  %v1438 = arith.mulf %v1437, %v1423 fastmath<contract> : f32
                  %v1439 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1440 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1441 = arith.mulf %v1440, %v1439 fastmath<contract> : f32
                  %v1442 = arith.addf %v1438, %v1441 fastmath<contract> : f32
                  llvm.store %v1442, %v50 : f32, !llvm.ptr
                  %v1443 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1444 = arith.mulf %v1443, %v1440 fastmath<contract> : f32
                  llvm.store %v1444, %v66 : f32, !llvm.ptr
                  scf.if %v1399 {
                    %v1445 = arith.muli %v43, %v69 : i64
                    %v1446 = arith.muli %v41, %v1 : i64
                    %v1447 = arith.addi %v1445, %v1446 : i64
                    %v1448 = arith.addi %v1447, %v31 : i64
                    %v1449 = llvm.getelementptr %dy_h_first[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
                    %v1451 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1452 = arith.addf %v1451, %v1450 fastmath<contract> : f32
                    llvm.store %v1452, %v49 : f32, !llvm.ptr
                    %v1453 = arith.muli %v43, %v69 : i64
                    %v1454 = arith.muli %v41, %v1 : i64
                    %v1455 = arith.addi %v1453, %v1454 : i64
                    %v1456 = arith.constant 8 : i64
                    %v1457 = arith.addi %v1456, %v31 : i64
                    %v1458 = arith.addi %v1455, %v1457 : i64
                    %v1459 = llvm.getelementptr %dy_h_first[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
                    %v1461 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1462 = arith.addf %v1461, %v1460 fastmath<contract> : f32
                    llvm.store %v1462, %v50 : f32, !llvm.ptr
                  }
                  %v1463 = arith.muli %v41, %v1 : i64
                  %v1464 = arith.addi %v1463, %v31 : i64
                  %v1465 = llvm.getelementptr %in_A[%v1464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
                  %v1467 = arith.mulf %v1400, %v1466 fastmath<contract> : f32
                  %v1468 = arith.mulf %v1467, %v246 fastmath<contract> : f32
                  %v1469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1468) : (f32) -> f32
                  llvm.store %v1469, %v51 : f32, !llvm.ptr
                  %v1470 = arith.muli %v41, %v1 : i64
                  %v1471 = arith.constant 8 : i64
                  %v1472 = arith.addi %v1471, %v31 : i64
                  %v1473 = arith.addi %v1470, %v1472 : i64
                  %v1474 = llvm.getelementptr %in_A[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
                  %v1476 = arith.mulf %v1400, %v1475 fastmath<contract> : f32
                  %v1477 = arith.mulf %v1476, %v246 fastmath<contract> : f32
                  %v1478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1477) : (f32) -> f32
                  llvm.store %v1478, %v52 : f32, !llvm.ptr
                }
                %v1479 = arith.addi %v224, %v739 : i64
                %v1480 = arith.cmpi slt, %v741, %v1063 : i32
                %v1481 = arith.cmpi eq, %v741, %v1068 : i32
                %v1482, %v1483 = gpu.shuffle idx %v1026, %v125, %v324 : f32
                %v1484, %v1485 = gpu.shuffle idx %v1034, %v125, %v324 : f32
                %v1486, %v1487 = gpu.shuffle idx %v1047, %v125, %v324 : f32
                %v1488, %v1489 = gpu.shuffle idx %v1056, %v125, %v324 : f32
                %v1490, %v1491 = gpu.shuffle idx %v1061, %v125, %v324 : f32
                scf.if %v1480 {
                  %v1492 = arith.addi %v159, %v1479 : i64
                  %v1493 = arith.muli %v31, %v186 : i64
                  %v1494 = arith.subi %v1492, %v159 : i64
                  %v1495 = arith.addi %v1493, %v1494 : i64
                  %v1496 = llvm.getelementptr %v62[%v1495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
                  %v1498 = arith.muli %v43, %v232 : i64
                  %v1499 = arith.muli %v41, %size_L : i64
                  %v1500 = arith.addi %v1498, %v1499 : i64
                  %v1501 = arith.subi %v181, %v1492 : i64
                  %v1502 = arith.addi %v1500, %v1501 : i64
                  %v1503 = llvm.getelementptr %dy_y[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
                  %v1505 = arith.mulf %v1486, %v1504 fastmath<contract> : f32
                  %v1506 = arith.mulf %v1497, %v1505 fastmath<contract> : f32
                  %v1507 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1508 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1509 = arith.mulf %v1508, %v1507 fastmath<contract> : f32
                  %v1510 = arith.addf %v1506, %v1509 fastmath<contract> : f32
                  llvm.store %v1510, %v49 : f32, !llvm.ptr
                  %v1511 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1512 = arith.mulf %v1511, %v1508 fastmath<contract> : f32
                  llvm.store %v1512, %v65 : f32, !llvm.ptr
                  %v1513 = arith.constant 8 : i64
                  %v1514 = arith.addi %v1513, %v31 : i64
                  %v1515 = arith.muli %v1514, %v186 : i64
                  %v1516 = arith.subi %v1492, %v159 : i64
                  %v1517 = arith.addi %v1515, %v1516 : i64
                  %v1518 = llvm.getelementptr %v62[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
                  %v1520 = arith.mulf %v1519, %v1505 fastmath<contract> : f32
                  %v1521 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1522 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1523 = arith.mulf %v1522, %v1521 fastmath<contract> : f32
                  %v1524 = arith.addf %v1520, %v1523 fastmath<contract> : f32
                  llvm.store %v1524, %v50 : f32, !llvm.ptr
                  %v1525 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1526 = arith.mulf %v1525, %v1522 fastmath<contract> : f32
                  llvm.store %v1526, %v66 : f32, !llvm.ptr
                  scf.if %v1481 {
                    %v1527 = arith.muli %v43, %v69 : i64
                    %v1528 = arith.muli %v41, %v1 : i64
                    %v1529 = arith.addi %v1527, %v1528 : i64
                    %v1530 = arith.addi %v1529, %v31 : i64
                    %v1531 = llvm.getelementptr %dy_h_first[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
                    %v1533 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1534 = arith.addf %v1533, %v1532 fastmath<contract> : f32
                    llvm.store %v1534, %v49 : f32, !llvm.ptr
                    %v1535 = arith.muli %v43, %v69 : i64
                    %v1536 = arith.muli %v41, %v1 : i64
                    %v1537 = arith.addi %v1535, %v1536 : i64
                    %v1538 = arith.constant 8 : i64
                    %v1539 = arith.addi %v1538, %v31 : i64
                    %v1540 = arith.addi %v1537, %v1539 : i64
                    %v1541 = llvm.getelementptr %dy_h_first[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
                    %v1543 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1544 = arith.addf %v1543, %v1542 fastmath<contract> : f32
                    llvm.store %v1544, %v50 : f32, !llvm.ptr
                  }
                  %v1545 = arith.muli %v41, %v1 : i64
                  %v1546 = arith.addi %v1545, %v31 : i64
                  %v1547 = llvm.getelementptr %in_A[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
                  %v1549 = arith.mulf %v1482, %v1548 fastmath<contract> : f32
                  %v1550 = arith.mulf %v1549, %v246 fastmath<contract> : f32
                  %v1551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1550) : (f32) -> f32
                  llvm.store %v1551, %v51 : f32, !llvm.ptr
                  %v1552 = arith.muli %v41, %v1 : i64
                  %v1553 = arith.constant 8 : i64
                  %v1554 = arith.addi %v1553, %v31 : i64
                  %v1555 = arith.addi %v1552, %v1554 : i64
                  %v1556 = llvm.getelementptr %in_A[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1557 = llvm.load %v1556 : !llvm.ptr -> f32
                  %v1558 = arith.mulf %v1482, %v1557 fastmath<contract> : f32
                  %v1559 = arith.mulf %v1558, %v246 fastmath<contract> : f32
                  %v1560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1559) : (f32) -> f32
                  llvm.store %v1560, %v52 : f32, !llvm.ptr
                }
                %v1561 = arith.addi %v224, %v2 : i64
                %v1562 = arith.cmpi slt, %v824, %v1063 : i32
                %v1563 = arith.cmpi eq, %v824, %v1068 : i32
                %v1564, %v1565 = gpu.shuffle idx %v1026, %v121, %v324 : f32
                %v1566, %v1567 = gpu.shuffle idx %v1034, %v121, %v324 : f32
                %v1568, %v1569 = gpu.shuffle idx %v1047, %v121, %v324 : f32
                %v1570, %v1571 = gpu.shuffle idx %v1056, %v121, %v324 : f32
                %v1572, %v1573 = gpu.shuffle idx %v1061, %v121, %v324 : f32
                scf.if %v1562 {
                  %v1574 = arith.addi %v159, %v1561 : i64
                  %v1575 = arith.muli %v31, %v186 : i64
                  %v1576 = arith.subi %v1574, %v159 : i64
                  %v1577 = arith.addi %v1575, %v1576 : i64
                  %v1578 = llvm.getelementptr %v62[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1579 = llvm.load %v1578 : !llvm.ptr -> f32
                  %v1580 = arith.muli %v43, %v232 : i64
                  %v1581 = arith.muli %v41, %size_L : i64
                  %v1582 = arith.addi %v1580, %v1581 : i64
                  %v1583 = arith.subi %v181, %v1574 : i64
                  %v1584 = arith.addi %v1582, %v1583 : i64
                  %v1585 = llvm.getelementptr %dy_y[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
                  %v1587 = arith.mulf %v1568, %v1586 fastmath<contract> : f32
                  %v1588 = arith.mulf %v1579, %v1587 fastmath<contract> : f32
                  %v1589 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1590 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1591 = arith.mulf %v1590, %v1589 fastmath<contract> : f32
                  %v1592 = arith.addf %v1588, %v1591 fastmath<contract> : f32
                  llvm.store %v1592, %v49 : f32, !llvm.ptr
                  %v1593 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1594 = arith.mulf %v1593, %v1590 fastmath<contract> : f32
                  llvm.store %v1594, %v65 : f32, !llvm.ptr
                  %v1595 = arith.constant 8 : i64
                  %v1596 = arith.addi %v1595, %v31 : i64
                  %v1597 = arith.muli %v1596, %v186 : i64
                  %v1598 = arith.subi %v1574, %v159 : i64
                  %v1599 = arith.addi %v1597, %v1598 : i64
                  %v1600 = llvm.getelementptr %v62[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
                  %v1602 = arith.mulf %v1601, %v1587 fastmath<contract> : f32
                  %v1603 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1604 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1605 = arith.mulf %v1604, %v1603 fastmath<contract> : f32
                  %v1606 = arith.addf %v1602, %v1605 fastmath<contract> : f32
                  llvm.store %v1606, %v50 : f32, !llvm.ptr
                  %v1607 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1608 = arith.mulf %v1607, %v1604 fastmath<contract> : f32
                  llvm.store %v1608, %v66 : f32, !llvm.ptr
                  scf.if %v1563 {
                    %v1609 = arith.muli %v43, %v69 : i64
                    %v1610 = arith.muli %v41, %v1 : i64
                    %v1611 = arith.addi %v1609, %v1610 : i64
                    %v1612 = arith.addi %v1611, %v31 : i64
                    %v1613 = llvm.getelementptr %dy_h_first[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
                    %v1615 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1616 = arith.addf %v1615, %v1614 fastmath<contract> : f32
                    llvm.store %v1616, %v49 : f32, !llvm.ptr
                    %v1617 = arith.muli %v43, %v69 : i64
                    %v1618 = arith.muli %v41, %v1 : i64
                    %v1619 = arith.addi %v1617, %v1618 : i64
                    %v1620 = arith.constant 8 : i64
                    %v1621 = arith.addi %v1620, %v31 : i64
                    %v1622 = arith.addi %v1619, %v1621 : i64
                    %v1623 = llvm.getelementptr %dy_h_first[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                    %v1625 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1626 = arith.addf %v1625, %v1624 fastmath<contract> : f32
                    llvm.store %v1626, %v50 : f32, !llvm.ptr
                  }
                  %v1627 = arith.muli %v41, %v1 : i64
                  %v1628 = arith.addi %v1627, %v31 : i64
                  %v1629 = llvm.getelementptr %in_A[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
                  %v1631 = arith.mulf %v1564, %v1630 fastmath<contract> : f32
                  %v1632 = arith.mulf %v1631, %v246 fastmath<contract> : f32
                  %v1633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1632) : (f32) -> f32
                  llvm.store %v1633, %v51 : f32, !llvm.ptr
                  %v1634 = arith.muli %v41, %v1 : i64
                  %v1635 = arith.constant 8 : i64
                  %v1636 = arith.addi %v1635, %v31 : i64
                  %v1637 = arith.addi %v1634, %v1636 : i64
                  %v1638 = llvm.getelementptr %in_A[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1639 = llvm.load %v1638 : !llvm.ptr -> f32
                  %v1640 = arith.mulf %v1564, %v1639 fastmath<contract> : f32
                  %v1641 = arith.mulf %v1640, %v246 fastmath<contract> : f32
                  %v1642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1641) : (f32) -> f32
                  llvm.store %v1642, %v52 : f32, !llvm.ptr
                }
                %v1643 = arith.cmpi slt, %v906, %v1063 : i32
                %v1644 = arith.cmpi eq, %v906, %v1068 : i32
                %v1645, %v1646 = gpu.shuffle idx %v1026, %v117, %v324 : f32
                %v1647, %v1648 = gpu.shuffle idx %v1034, %v117, %v324 : f32
                %v1649, %v1650 = gpu.shuffle idx %v1047, %v117, %v324 : f32
                %v1651, %v1652 = gpu.shuffle idx %v1056, %v117, %v324 : f32
                %v1653, %v1654 = gpu.shuffle idx %v1061, %v117, %v324 : f32
                scf.if %v1643 {
                  %v1655 = arith.addi %v159, %v224 : i64
                  %v1656 = arith.muli %v31, %v186 : i64
                  %v1657 = arith.subi %v1655, %v159 : i64
                  %v1658 = arith.addi %v1656, %v1657 : i64
                  %v1659 = llvm.getelementptr %v62[%v1658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
                  %v1661 = arith.muli %v43, %v232 : i64
                  %v1662 = arith.muli %v41, %size_L : i64
                  %v1663 = arith.addi %v1661, %v1662 : i64
                  %v1664 = arith.subi %v181, %v1655 : i64
                  %v1665 = arith.addi %v1663, %v1664 : i64
                  %v1666 = llvm.getelementptr %dy_y[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
                  %v1668 = arith.mulf %v1649, %v1667 fastmath<contract> : f32
                  %v1669 = arith.mulf %v1660, %v1668 fastmath<contract> : f32
                  %v1670 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1671 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1672 = arith.mulf %v1671, %v1670 fastmath<contract> : f32
                  %v1673 = arith.addf %v1669, %v1672 fastmath<contract> : f32
                  llvm.store %v1673, %v49 : f32, !llvm.ptr
                  %v1674 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1675 = arith.mulf %v1674, %v1671 fastmath<contract> : f32
                  llvm.store %v1675, %v65 : f32, !llvm.ptr
                  %v1676 = arith.constant 8 : i64
                  %v1677 = arith.addi %v1676, %v31 : i64
                  %v1678 = arith.muli %v1677, %v186 : i64
                  %v1679 = arith.subi %v1655, %v159 : i64
                  %v1680 = arith.addi %v1678, %v1679 : i64
                  %v1681 = llvm.getelementptr %v62[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                  %v1683 = arith.mulf %v1682, %v1668 fastmath<contract> : f32
                  %v1684 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1685 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1686 = arith.mulf %v1685, %v1684 fastmath<contract> : f32
                  %v1687 = arith.addf %v1683, %v1686 fastmath<contract> : f32
                  llvm.store %v1687, %v50 : f32, !llvm.ptr
                  %v1688 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1689 = arith.mulf %v1688, %v1685 fastmath<contract> : f32
                  llvm.store %v1689, %v66 : f32, !llvm.ptr
                  scf.if %v1644 {
                    %v1690 = arith.muli %v43, %v69 : i64
                    %v1691 = arith.muli %v41, %v1 : i64
                    %v1692 = arith.addi %v1690, %v1691 : i64
                    %v1693 = arith.addi %v1692, %v31 : i64
                    %v1694 = llvm.getelementptr %dy_h_first[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
                    %v1696 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1697 = arith.addf %v1696, %v1695 fastmath<contract> : f32
                    llvm.store %v1697, %v49 : f32, !llvm.ptr
                    %v1698 = arith.muli %v43, %v69 : i64
                    %v1699 = arith.muli %v41, %v1 : i64
                    %v1700 = arith.addi %v1698, %v1699 : i64
                    %v1701 = arith.constant 8 : i64
                    %v1702 = arith.addi %v1701, %v31 : i64
                    %v1703 = arith.addi %v1700, %v1702 : i64
                    %v1704 = llvm.getelementptr %dy_h_first[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1705 = llvm.load %v1704 : !llvm.ptr -> f32
                    %v1706 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1707 = arith.addf %v1706, %v1705 fastmath<contract> : f32
                    llvm.store %v1707, %v50 : f32, !llvm.ptr
                  }
                  %v1708 = arith.muli %v41, %v1 : i64
                  %v1709 = arith.addi %v1708, %v31 : i64
                  %v1710 = llvm.getelementptr %in_A[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1711 = llvm.load %v1710 : !llvm.ptr -> f32
                  %v1712 = arith.mulf %v1645, %v1711 fastmath<contract> : f32
                  %v1713 = arith.mulf %v1712, %v246 fastmath<contract> : f32
                  %v1714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1713) : (f32) -> f32
                  llvm.store %v1714, %v51 : f32, !llvm.ptr
                  %v1715 = arith.muli %v41, %v1 : i64
                  %v1716 = arith.constant 8 : i64
                  %v1717 = arith.addi %v1716, %v31 : i64
                  %v1718 = arith.addi %v1715, %v1717 : i64
                  %v1719 = llvm.getelementptr %in_A[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
                  %v1721 = arith.mulf %v1645, %v1720 fastmath<contract> : f32
                  %v1722 = arith.mulf %v1721, %v246 fastmath<contract> : f32
                  %v1723 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1722) : (f32) -> f32
                  llvm.store %v1723, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v35 {
        %v1724 = llvm.load %v49 : !llvm.ptr -> f32
        %v1725 = arith.muli %v26, %v1 : i64
        %v1726 = arith.addi %v1725, %v31 : i64
        %v1727 = arith.muli %v1726, %v3 : i64
        %v1728 = arith.subi %v3, %v2 : i64
        %v1729 = arith.minsi %v37, %v1728 : i64
        %v1730 = arith.addi %v1727, %v1729 : i64
        %v1731 = llvm.getelementptr %segsum_h[%v1730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1724, %v1731 : f32, !llvm.ptr
        %v1732 = llvm.load %v65 : !llvm.ptr -> f32
        %v1733 = arith.addi %v7, %v26 : i64
        %v1734 = arith.muli %v1733, %v1 : i64
        %v1735 = arith.addi %v1734, %v31 : i64
        %v1736 = arith.muli %v1735, %v3 : i64
        %v1737 = arith.subi %v3, %v2 : i64
        %v1738 = arith.minsi %v37, %v1737 : i64
        %v1739 = arith.addi %v1736, %v1738 : i64
        %v1740 = llvm.getelementptr %segsum_h[%v1739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1732, %v1740 : f32, !llvm.ptr
        %v1741 = llvm.load %v51 : !llvm.ptr -> f32
        %v1742 = arith.muli %v739, %v7 : i64
        %v1743 = arith.addi %v1742, %v26 : i64
        %v1744 = arith.muli %v1743, %v1 : i64
        %v1745 = arith.addi %v1744, %v31 : i64
        %v1746 = arith.muli %v1745, %v3 : i64
        %v1747 = arith.subi %v3, %v2 : i64
        %v1748 = arith.minsi %v37, %v1747 : i64
        %v1749 = arith.addi %v1746, %v1748 : i64
        %v1750 = llvm.getelementptr %segsum_h[%v1749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1741, %v1750 : f32, !llvm.ptr
        %v1751 = llvm.load %v50 : !llvm.ptr -> f32
        %v1752 = arith.addi %v30, %v31 : i64
        %v1753 = arith.muli %v26, %v1 : i64
        %v1754 = arith.addi %v1753, %v1752 : i64
        %v1755 = arith.muli %v1754, %v3 : i64
        %v1756 = arith.subi %v3, %v2 : i64
        %v1757 = arith.minsi %v37, %v1756 : i64
        %v1758 = arith.addi %v1755, %v1757 : i64
        %v1759 = llvm.getelementptr %segsum_h[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1751, %v1759 : f32, !llvm.ptr
        %v1760 = llvm.load %v66 : !llvm.ptr -> f32
        %v1761 = arith.addi %v30, %v31 : i64
        %v1762 = arith.addi %v7, %v26 : i64
        %v1763 = arith.muli %v1762, %v1 : i64
        %v1764 = arith.addi %v1763, %v1761 : i64
        %v1765 = arith.muli %v1764, %v3 : i64
        %v1766 = arith.subi %v3, %v2 : i64
        %v1767 = arith.minsi %v37, %v1766 : i64
        %v1768 = arith.addi %v1765, %v1767 : i64
        %v1769 = llvm.getelementptr %segsum_h[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1760, %v1769 : f32, !llvm.ptr
        %v1770 = llvm.load %v52 : !llvm.ptr -> f32
        %v1771 = arith.addi %v30, %v31 : i64
        %v1772 = arith.muli %v739, %v7 : i64
        %v1773 = arith.addi %v1772, %v26 : i64
        %v1774 = arith.muli %v1773, %v1 : i64
        %v1775 = arith.addi %v1774, %v1771 : i64
        %v1776 = arith.muli %v1775, %v3 : i64
        %v1777 = arith.subi %v3, %v2 : i64
        %v1778 = arith.minsi %v37, %v1777 : i64
        %v1779 = arith.addi %v1776, %v1778 : i64
        %v1780 = llvm.getelementptr %segsum_h[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1770, %v1780 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
