module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 255 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 256 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = arith.constant 32 : i64
      %v20 = arith.constant 31 : i64
      %v31 = arith.constant 8 : i64
      %v46 = arith.constant 4 : i64
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Bm : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Cm : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = arith.constant 0x00000000 : f32
      %v65 = arith.constant 0x3F800000 : f32
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = arith.constant 0 : i64
      %v70 = arith.muli %v2, %v1 : i64
      %v71 = arith.muli %v70, %size_D : i64
      %v114 = arith.constant 64 : i64
      %v115 = arith.constant 7 : i64
      %v171 = arith.constant 1024 : i64
      %v183 = arith.muli %v2, %v1 : i64
      %v184 = arith.muli %v183, %size_L : i64
      %v192 = arith.constant 65 : i64
      %v238 = arith.muli %v2, %size_D : i64
      %v239 = arith.muli %v238, %size_L : i64
      %v254 = arith.constant 0x3FB8AA3B : f32
      %v259 = arith.constant 0x3F317218 : f32
      %v261 = arith.constant 0x3E124925 : f32
      %v263 = arith.constant 0xBE2AAAAB : f32
      %v266 = arith.constant 0x3E4CCCCD : f32
      %v269 = arith.constant 0xBE800000 : f32
      %v272 = arith.constant 0x3EAAAAAB : f32
      %v275 = arith.constant 0xBF000000 : f32
      %v281 = arith.constant 0x3D800000 : f32
      %v325 = arith.constant 2147483647 : i64
      %v329 = arith.constant 7 : i32
      %v332 = arith.constant 32 : i32
      %v398 = arith.muli %v2, %v1 : i64
      %v417 = arith.constant 6 : i64
      %v419 = arith.constant 6 : i32
      %v505 = arith.constant 5 : i64
      %v507 = arith.constant 5 : i32
      %v594 = arith.constant 4 : i32
      %v680 = arith.constant 3 : i64
      %v682 = arith.constant 3 : i32
      %v768 = arith.constant 2 : i64
      %v770 = arith.constant 2 : i32
      %v857 = arith.constant 1 : i32
      %v944 = arith.constant 0 : i32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.addi %size_D, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.maxsi %v22, %v2 : i64
      %v24 = arith.maxsi %size_D, %v2 : i64
      %v25 = arith.divui %v4, %v24 : i64
      %v26 = arith.muli %v25, %v23 : i64
      %v27 = arith.divui %v18, %v26 : i64
      %v28 = arith.remui %v18, %v26 : i64
      %v29 = arith.divui %v28, %v23 : i64
      %v30 = arith.remui %v28, %v23 : i64
      %v32 = arith.remui %v17, %v31 : i64
      %v33 = arith.divui %v17, %v31 : i64
      %v34 = arith.muli %v30, %v19 : i64
      %v35 = arith.addi %v34, %v33 : i64
      %v36 = arith.cmpi slt, %v35, %size_D : i64
      %v37 = arith.muli %v29, %size_D : i64
      %v38 = arith.addi %v37, %v35 : i64
      %v39 = arith.subi %size_D, %v2 : i64
      %v40 = arith.minsi %v35, %v39 : i64
      %v41 = arith.addi %v37, %v40 : i64
      %v42 = arith.remui %v41, %size_D : i64
      %v43 = arith.divui %v41, %size_D : i64
      %v44 = arith.remui %v43, %size_B : i64
      %v45 = arith.divui %v43, %size_B : i64
      %v119 = arith.trunci %v17 : i64 to i32
      %v120 = arith.constant 24 : i32
      %v121 = arith.andi %v119, %v120 : i32
      %v122 = arith.constant 0 : i32
      %v123 = arith.ori %v121, %v122 : i32
      %v124 = arith.constant 0 : i64
      %v125 = arith.cmpi eq, %v32, %v124 : i64
      %v126 = arith.constant 1 : i32
      %v127 = arith.ori %v121, %v126 : i32
      %v128 = arith.constant 1 : i64
      %v129 = arith.cmpi eq, %v32, %v128 : i64
      %v130 = arith.constant 2 : i32
      %v131 = arith.ori %v121, %v130 : i32
      %v132 = arith.constant 2 : i64
      %v133 = arith.cmpi eq, %v32, %v132 : i64
      %v134 = arith.constant 3 : i32
      %v135 = arith.ori %v121, %v134 : i32
      %v136 = arith.constant 3 : i64
      %v137 = arith.cmpi eq, %v32, %v136 : i64
      %v138 = arith.constant 4 : i32
      %v139 = arith.ori %v121, %v138 : i32
      %v140 = arith.constant 4 : i64
      %v141 = arith.cmpi eq, %v32, %v140 : i64
      %v142 = arith.constant 5 : i32
      %v143 = arith.ori %v121, %v142 : i32
      %v144 = arith.constant 5 : i64
      %v145 = arith.cmpi eq, %v32, %v144 : i64
      %v146 = arith.constant 6 : i32
      %v147 = arith.ori %v121, %v146 : i32
      %v148 = arith.constant 6 : i64
      %v149 = arith.cmpi eq, %v32, %v148 : i64
      %v150 = arith.constant 7 : i32
      %v151 = arith.ori %v121, %v150 : i32
      %v152 = arith.constant 7 : i64
      %v153 = arith.cmpi eq, %v32, %v152 : i64
      %v47 = arith.muli %v27, %v46 : i64
      %v48 = arith.addi %v47, %v46 : i64
      %v49 = arith.muli %v27, %v4 : i64
      llvm.store %v64, %v50 : f32, !llvm.ptr
      llvm.store %v64, %v51 : f32, !llvm.ptr
      llvm.store %v65, %v52 : f32, !llvm.ptr
      llvm.store %v65, %v53 : f32, !llvm.ptr
      llvm.store %v64, %v54 : f32, !llvm.ptr
      llvm.store %v64, %v55 : f32, !llvm.ptr
      llvm.store %v64, %v56 : f32, !llvm.ptr
      llvm.store %v64, %v57 : f32, !llvm.ptr
      llvm.store %v64, %v58 : f32, !llvm.ptr
      llvm.store %v64, %v59 : f32, !llvm.ptr
      llvm.store %v65, %v66 : f32, !llvm.ptr
      llvm.store %v65, %v67 : f32, !llvm.ptr
      %v69 = arith.cmpi eq, %size_L, %v68 : i64
      scf.if %v69 {
        %v72 = arith.muli %v44, %v71 : i64
        %v73 = arith.muli %v42, %v70 : i64
        %v74 = arith.addi %v72, %v73 : i64
        %v75 = arith.muli %v32, %v2 : i64
        %v76 = arith.addi %v74, %v75 : i64
        %v77 = llvm.mlir.zero : !llvm.ptr
        %v78 = llvm.icmp "ne" %in_h0, %v77 : !llvm.ptr
        %v79 = scf.if %v78 -> (f32) {
          %v80 = llvm.getelementptr %in_h0[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v81 = llvm.load %v80 : !llvm.ptr -> f32
          scf.yield %v81 : f32
        } else {
          scf.yield %v64 : f32
        }
        llvm.store %v79, %v13 : f32, !llvm.ptr
        %v82 = arith.muli %v44, %v71 : i64
        %v83 = arith.muli %v42, %v70 : i64
        %v84 = arith.addi %v82, %v83 : i64
        %v85 = arith.constant 8 : i64
        %v86 = arith.addi %v85, %v32 : i64
        %v87 = arith.muli %v86, %v2 : i64
        %v88 = arith.addi %v84, %v87 : i64
        %v89 = llvm.mlir.zero : !llvm.ptr
        %v90 = llvm.icmp "ne" %in_h0, %v89 : !llvm.ptr
        %v91 = scf.if %v90 -> (f32) {
          %v92 = llvm.getelementptr %in_h0[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          scf.yield %v93 : f32
        } else {
          scf.yield %v64 : f32
        }
        llvm.store %v91, %v14 : f32, !llvm.ptr
        %v94 = arith.muli %v44, %v71 : i64
        %v95 = arith.muli %v42, %v70 : i64
        %v96 = arith.addi %v94, %v95 : i64
        %v97 = arith.muli %v32, %v2 : i64
        %v98 = arith.addi %v96, %v97 : i64
        %v99 = llvm.getelementptr %dy_h_last[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v100 = llvm.load %v99 : !llvm.ptr -> f32
        %v101 = llvm.load %v50 : !llvm.ptr -> f32
        %v102 = arith.addf %v101, %v100 fastmath<contract> : f32
        llvm.store %v102, %v50 : f32, !llvm.ptr
        %v103 = arith.muli %v44, %v71 : i64
        %v104 = arith.muli %v42, %v70 : i64
        %v105 = arith.addi %v103, %v104 : i64
        %v106 = arith.constant 8 : i64
        %v107 = arith.addi %v106, %v32 : i64
        %v108 = arith.muli %v107, %v2 : i64
        %v109 = arith.addi %v105, %v108 : i64
        %v110 = llvm.getelementptr %dy_h_last[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v111 = llvm.load %v110 : !llvm.ptr -> f32
        %v112 = llvm.load %v51 : !llvm.ptr -> f32
        %v113 = arith.addf %v112, %v111 fastmath<contract> : f32
        llvm.store %v113, %v51 : f32, !llvm.ptr
      }
      %v116 = arith.subi %v114, %v2 : i64
      %v117 = arith.addi %size_L, %v116 : i64
      %v118 = arith.divui %v117, %v114 : i64
      %v154 = arith.minsi %v48, %v118 : i64
      %v155 = arith.muli %v27, %v31 : i64
      %v156 = arith.subi %v154, %v47 : i64
      %v157 = arith.maxsi %v156, %v68 : i64
      %v158 = arith.index_cast %v68 : i64 to index
      %v159 = arith.index_cast %v157 : i64 to index
      %v160 = arith.index_cast %v2 : i64 to index
      scf.for %v161 = %v158 to %v159 step %v160 {
        %v162 = arith.index_cast %v161 : index to i64
        %v163 = arith.subi %v154, %v2 : i64
        %v164 = arith.subi %v163, %v162 : i64
        %v165 = arith.muli %v164, %v114 : i64
        %v166 = arith.subi %size_L, %v165 : i64
        %v167 = arith.minsi %v166, %v114 : i64
        %v168 = arith.addi %v167, %v115 : i64
        %v169 = arith.divui %v168, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v170 = arith.subi %size_L, %v2 : i64
        %v172 = arith.index_cast %v17 : i64 to index
        %v173 = arith.index_cast %v171 : i64 to index
        %v174 = arith.index_cast %v7 : i64 to index
        scf.for %v175 = %v172 to %v173 step %v174 {
          %v176 = arith.index_cast %v175 : index to i64
          %v177 = arith.remui %v176, %v114 : i64
          %v178 = arith.divui %v176, %v114 : i64
          %v179 = arith.addi %v165, %v177 : i64
          %v180 = arith.minsi %v179, %v170 : i64
          %v181 = arith.remui %v178, %v1 : i64
          %v182 = arith.divui %v178, %v1 : i64
          %v185 = arith.muli %v44, %v184 : i64
          %v186 = arith.muli %v180, %v183 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v188 = arith.muli %v181, %v2 : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = llvm.getelementptr %in_Bm[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v191 = llvm.load %v190 : !llvm.ptr -> f32
          %v193 = arith.muli %v178, %v192 : i64
          %v194 = arith.addi %v193, %v177 : i64
          %v195 = llvm.getelementptr %v61[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v191, %v195 : f32, !llvm.ptr
        }
        %v196 = arith.index_cast %v17 : i64 to index
        %v197 = arith.index_cast %v171 : i64 to index
        %v198 = arith.index_cast %v7 : i64 to index
        scf.for %v199 = %v196 to %v197 step %v198 {
          %v200 = arith.index_cast %v199 : index to i64
          %v201 = arith.remui %v200, %v114 : i64
          %v202 = arith.divui %v200, %v114 : i64
          %v203 = arith.addi %v165, %v201 : i64
          %v204 = arith.minsi %v203, %v170 : i64
          %v205 = arith.remui %v202, %v1 : i64
          %v206 = arith.divui %v202, %v1 : i64
          %v207 = arith.muli %v44, %v184 : i64
          %v208 = arith.muli %v204, %v183 : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.muli %v205, %v2 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = llvm.getelementptr %in_Cm[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v213 = llvm.load %v212 : !llvm.ptr -> f32
          %v214 = arith.muli %v202, %v192 : i64
          %v215 = arith.addi %v214, %v201 : i64
          %v216 = llvm.getelementptr %v63[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v213, %v216 : f32, !llvm.ptr
        }
        gpu.barrier
        %v217 = arith.index_cast %v68 : i64 to index
        %v218 = arith.index_cast %v2 : i64 to index
        %v219 = arith.index_cast %v2 : i64 to index
        scf.for %v220 = %v217 to %v218 step %v219 {
          %v221 = arith.index_cast %v220 : index to i64
          %v222 = arith.index_cast %v68 : i64 to index
          %v223 = arith.index_cast %v169 : i64 to index
          %v224 = arith.index_cast %v2 : i64 to index
          scf.for %v225 = %v222 to %v223 step %v224 {
            %v226 = arith.index_cast %v225 : index to i64
            %v227 = arith.cmpi slt, %v226, %v169 : i64
            scf.if %v227 {
              %v228 = arith.subi %v169, %v2 : i64
              %v229 = arith.subi %v228, %v226 : i64
              %v230 = arith.muli %v229, %v31 : i64
              %v231 = arith.addi %v155, %v229 : i64
              %v232 = arith.addi %v230, %v31 : i64
              %v233 = arith.cmpi sle, %v232, %v167 : i64
              scf.if %v233 {
                %v234 = arith.subi %v167, %v2 : i64
                %v235 = arith.addi %v230, %v32 : i64
                %v236 = arith.minsi %v235, %v234 : i64
                %v237 = arith.addi %v165, %v236 : i64
                %v240 = arith.muli %v44, %v239 : i64
                %v241 = arith.muli %v237, %v238 : i64
                %v242 = arith.addi %v240, %v241 : i64
                %v243 = arith.muli %v42, %v2 : i64
                %v244 = arith.addi %v242, %v243 : i64
                %v245 = llvm.getelementptr %in_delta[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v246 = llvm.load %v245 : !llvm.ptr -> f32
                %v247 = arith.muli %v42, %v2 : i64
                %v248 = llvm.getelementptr %in_dt_bias[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v249 = llvm.load %v248 : !llvm.ptr -> f32
                %v250 = arith.addf %v246, %v249 fastmath<contract> : f32
                %v251 = arith.maximumf %v250, %v64 : f32
                %v252 = llvm.call_intrinsic "llvm.fabs.f32"(%v250) : (f32) -> f32
                %v253 = arith.negf %v252 : f32
                %v255 = arith.mulf %v253, %v254 fastmath<contract> : f32
                %v256 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v255) : (f32) -> f32
                %v257 = arith.addf %v65, %v256 fastmath<contract> : f32
                %v258 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v257) : (f32) -> f32
                %v260 = arith.mulf %v258, %v259 fastmath<contract> : f32
                %v262 = arith.mulf %v261, %v256 fastmath<contract> : f32
                %v264 = arith.addf %v262, %v263 fastmath<contract> : f32
                %v265 = arith.mulf %v264, %v256 fastmath<contract> : f32
                %v267 = arith.addf %v265, %v266 fastmath<contract> : f32
                %v268 = arith.mulf %v267, %v256 fastmath<contract> : f32
                %v270 = arith.addf %v268, %v269 fastmath<contract> : f32
                %v271 = arith.mulf %v270, %v256 fastmath<contract> : f32
                %v273 = arith.addf %v271, %v272 fastmath<contract> : f32
                %v274 = arith.mulf %v273, %v256 fastmath<contract> : f32
                %v276 = arith.addf %v274, %v275 fastmath<contract> : f32
                %v277 = arith.mulf %v276, %v256 fastmath<contract> : f32
                %v278 = arith.addf %v277, %v65 fastmath<contract> : f32
                %v279 = arith.mulf %v278, %v256 fastmath<contract> : f32
                %v280 = llvm.call_intrinsic "llvm.fabs.f32"(%v256) : (f32) -> f32
                %v282 = arith.cmpf olt, %v280, %v281 : f32
                %v283 = arith.select %v282, %v279, %v260 : f32
                %v284 = arith.addf %v251, %v283 fastmath<contract> : f32
                %v285 = arith.muli %v44, %v239 : i64
                %v286 = arith.muli %v237, %v238 : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = arith.muli %v42, %v2 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = llvm.getelementptr %in_u[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v291 = llvm.load %v290 : !llvm.ptr -> f32
                %v292 = arith.mulf %v284, %v291 fastmath<contract> : f32
                %v293 = arith.muli %v44, %v239 : i64
                %v294 = arith.muli %v237, %v238 : i64
                %v295 = arith.addi %v293, %v294 : i64
                %v296 = arith.muli %v42, %v2 : i64
                %v297 = arith.addi %v295, %v296 : i64
                %v298 = llvm.getelementptr %in_z[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v299 = llvm.load %v298 : !llvm.ptr -> f32
                %v300 = arith.negf %v299 : f32
                %v301 = arith.mulf %v300, %v254 fastmath<contract> : f32
                %v302 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v301) : (f32) -> f32
                %v303 = arith.addf %v65, %v302 fastmath<contract> : f32
                %v304 = arith.divf %v65, %v303 : f32
                %v305 = arith.mulf %v299, %v304 fastmath<contract> : f32
                %v306 = arith.negf %v299 : f32
                %v307 = arith.mulf %v306, %v254 fastmath<contract> : f32
                %v308 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v307) : (f32) -> f32
                %v309 = arith.addf %v65, %v308 fastmath<contract> : f32
                %v310 = arith.divf %v65, %v309 : f32
                %v311 = arith.subf %v65, %v310 fastmath<contract> : f32
                %v312 = arith.mulf %v299, %v311 fastmath<contract> : f32
                %v313 = arith.addf %v65, %v312 fastmath<contract> : f32
                %v314 = arith.mulf %v310, %v313 fastmath<contract> : f32
                %v315 = arith.negf %v250 : f32
                %v316 = arith.mulf %v315, %v254 fastmath<contract> : f32
                %v317 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v316) : (f32) -> f32
                %v318 = arith.addf %v65, %v317 fastmath<contract> : f32
                %v319 = arith.divf %v65, %v318 : f32
                // the group's states, recomputed into registers
                %v320 = arith.subi %v167, %v230 : i64
                %v321 = arith.trunci %v320 : i64 to i32
                %v322 = arith.subi %size_L, %v2 : i64
                %v323 = arith.addi %v165, %v230 : i64
                %v324 = arith.subi %v322, %v323 : i64
                %v326 = arith.minsi %v324, %v325 : i64
                %v327 = arith.trunci %v326 : i64 to i32
                %v328 = arith.addi %v230, %v115 : i64
                %v330 = arith.cmpi slt, %v329, %v321 : i32
                %v331 = arith.cmpi eq, %v329, %v327 : i32
                %v333, %v334 = gpu.shuffle idx %v284, %v151, %v332 : f32
                %v335, %v336 = gpu.shuffle idx %v292, %v151, %v332 : f32
                %v337, %v338 = gpu.shuffle idx %v305, %v151, %v332 : f32
                %v339, %v340 = gpu.shuffle idx %v314, %v151, %v332 : f32
                %v341, %v342 = gpu.shuffle idx %v319, %v151, %v332 : f32
                %v343 = arith.addi %v165, %v328 : i64
                %v344 = arith.muli %v32, %v192 : i64
                %v345 = arith.subi %v343, %v165 : i64
                %v346 = arith.addi %v344, %v345 : i64
                %v347 = llvm.getelementptr %v63[%v346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v348 = llvm.load %v347 : !llvm.ptr -> f32
                %v349 = arith.muli %v44, %v239 : i64
                %v350 = arith.muli %v343, %v238 : i64
                %v351 = arith.addi %v349, %v350 : i64
                %v352 = arith.muli %v42, %v2 : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = llvm.getelementptr %dy_y[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = arith.mulf %v337, %v355 fastmath<contract> : f32
                %v357 = arith.mulf %v348, %v356 fastmath<contract> : f32
                %v358 = llvm.load %v50 : !llvm.ptr -> f32
                %v359 = llvm.load %v52 : !llvm.ptr -> f32
                %v360 = arith.mulf %v359, %v358 fastmath<contract> : f32
                %v361 = arith.addf %v357, %v360 fastmath<contract> : f32
                llvm.store %v361, %v50 : f32, !llvm.ptr
                %v362 = llvm.load %v66 : !llvm.ptr -> f32
                %v363 = arith.mulf %v362, %v359 fastmath<contract> : f32
                llvm.store %v363, %v66 : f32, !llvm.ptr
                %v364 = arith.constant 8 : i64
                %v365 = arith.addi %v364, %v32 : i64
                %v366 = arith.muli %v365, %v192 : i64
                %v367 = arith.subi %v343, %v165 : i64
                %v368 = arith.addi %v366, %v367 : i64
                %v369 = llvm.getelementptr %v63[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v370 = llvm.load %v369 : !llvm.ptr -> f32
                %v371 = arith.mulf %v370, %v356 fastmath<contract> : f32
                %v372 = llvm.load %v51 : !llvm.ptr -> f32
                %v373 = llvm.load %v53 : !llvm.ptr -> f32
                %v374 = arith.mulf %v373, %v372 fastmath<contract> : f32
                %v375 = arith.addf %v371, %v374 fastmath<contract> : f32
                llvm.store %v375, %v51 : f32, !llvm.ptr
                %v376 = llvm.load %v67 : !llvm.ptr -> f32
                %v377 = arith.mulf %v376, %v373 fastmath<contract> : f32
                llvm.store %v377, %v67 : f32, !llvm.ptr
                scf.if %v331 {
                  %v378 = arith.muli %v44, %v71 : i64
                  %v379 = arith.muli %v42, %v70 : i64
                  %v380 = arith.addi %v378, %v379 : i64
                  %v381 = arith.muli %v32, %v2 : i64
                  %v382 = arith.addi %v380, %v381 : i64
                  %v383 = llvm.getelementptr %dy_h_last[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v384 = llvm.load %v383 : !llvm.ptr -> f32
                  %v385 = llvm.load %v50 : !llvm.ptr -> f32
                  %v386 = arith.addf %v385, %v384 fastmath<contract> : f32
                  llvm.store %v386, %v50 : f32, !llvm.ptr
                  %v387 = arith.muli %v44, %v71 : i64
                  %v388 = arith.muli %v42, %v70 : i64
                  %v389 = arith.addi %v387, %v388 : i64
                  %v390 = arith.constant 8 : i64
                  %v391 = arith.addi %v390, %v32 : i64
                  %v392 = arith.muli %v391, %v2 : i64
                  %v393 = arith.addi %v389, %v392 : i64
                  %v394 = llvm.getelementptr %dy_h_last[%v393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v395 = llvm.load %v394 : !llvm.ptr -> f32
                  %v396 = llvm.load %v51 : !llvm.ptr -> f32
                  %v397 = arith.addf %v396, %v395 fastmath<contract> : f32
                  llvm.store %v397, %v51 : f32, !llvm.ptr
                }
                %v399 = arith.muli %v42, %v398 : i64
                %v400 = arith.muli %v32, %v2 : i64
                %v401 = arith.addi %v399, %v400 : i64
                %v402 = llvm.getelementptr %in_A[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v403 = llvm.load %v402 : !llvm.ptr -> f32
                %v404 = arith.mulf %v333, %v403 fastmath<contract> : f32
                %v405 = arith.mulf %v404, %v254 fastmath<contract> : f32
                %v406 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v405) : (f32) -> f32
                llvm.store %v406, %v52 : f32, !llvm.ptr
                %v407 = arith.muli %v42, %v398 : i64
                %v408 = arith.constant 8 : i64
                %v409 = arith.addi %v408, %v32 : i64
                %v410 = arith.muli %v409, %v2 : i64
                %v411 = arith.addi %v407, %v410 : i64
                %v412 = llvm.getelementptr %in_A[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v413 = llvm.load %v412 : !llvm.ptr -> f32
                %v414 = arith.mulf %v333, %v413 fastmath<contract> : f32
                %v415 = arith.mulf %v414, %v254 fastmath<contract> : f32
                %v416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v415) : (f32) -> f32
                llvm.store %v416, %v53 : f32, !llvm.ptr
                %v418 = arith.addi %v230, %v417 : i64
                %v420 = arith.cmpi slt, %v419, %v321 : i32
                %v421 = arith.cmpi eq, %v419, %v327 : i32
                %v422, %v423 = gpu.shuffle idx %v284, %v147, %v332 : f32
                %v424, %v425 = gpu.shuffle idx %v292, %v147, %v332 : f32
                %v426, %v427 = gpu.shuffle idx %v305, %v147, %v332 : f32
                %v428, %v429 = gpu.shuffle idx %v314, %v147, %v332 : f32
                %v430, %v431 = gpu.shuffle idx %v319, %v147, %v332 : f32
                %v432 = arith.addi %v165, %v418 : i64
                %v433 = arith.muli %v32, %v192 : i64
                %v434 = arith.subi %v432, %v165 : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = llvm.getelementptr %v63[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v437 = llvm.load %v436 : !llvm.ptr -> f32
                %v438 = arith.muli %v44, %v239 : i64
                %v439 = arith.muli %v432, %v238 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = arith.muli %v42, %v2 : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = llvm.getelementptr %dy_y[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.mulf %v426, %v444 fastmath<contract> : f32
                %v446 = arith.mulf %v437, %v445 fastmath<contract> : f32
                %v447 = llvm.load %v50 : !llvm.ptr -> f32
                %v448 = llvm.load %v52 : !llvm.ptr -> f32
                %v449 = arith.mulf %v448, %v447 fastmath<contract> : f32
                %v450 = arith.addf %v446, %v449 fastmath<contract> : f32
                llvm.store %v450, %v50 : f32, !llvm.ptr
                %v451 = llvm.load %v66 : !llvm.ptr -> f32
                %v452 = arith.mulf %v451, %v448 fastmath<contract> : f32
                llvm.store %v452, %v66 : f32, !llvm.ptr
                %v453 = arith.constant 8 : i64
                %v454 = arith.addi %v453, %v32 : i64
                %v455 = arith.muli %v454, %v192 : i64
                %v456 = arith.subi %v432, %v165 : i64
                %v457 = arith.addi %v455, %v456 : i64
                %v458 = llvm.getelementptr %v63[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v459 = llvm.load %v458 : !llvm.ptr -> f32
                %v460 = arith.mulf %v459, %v445 fastmath<contract> : f32
                %v461 = llvm.load %v51 : !llvm.ptr -> f32
                %v462 = llvm.load %v53 : !llvm.ptr -> f32
                %v463 = arith.mulf %v462, %v461 fastmath<contract> : f32
                %v464 = arith.addf %v460, %v463 fastmath<contract> : f32
                llvm.store %v464, %v51 : f32, !llvm.ptr
                %v465 = llvm.load %v67 : !llvm.ptr -> f32
                %v466 = arith.mulf %v465, %v462 fastmath<contract> : f32
                llvm.store %v466, %v67 : f32, !llvm.ptr
                scf.if %v421 {
                  %v467 = arith.muli %v44, %v71 : i64
                  %v468 = arith.muli %v42, %v70 : i64
                  %v469 = arith.addi %v467, %v468 : i64
                  %v470 = arith.muli %v32, %v2 : i64
                  %v471 = arith.addi %v469, %v470 : i64
                  %v472 = llvm.getelementptr %dy_h_last[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v473 = llvm.load %v472 : !llvm.ptr -> f32
                  %v474 = llvm.load %v50 : !llvm.ptr -> f32
                  %v475 = arith.addf %v474, %v473 fastmath<contract> : f32
                  llvm.store %v475, %v50 : f32, !llvm.ptr
                  %v476 = arith.muli %v44, %v71 : i64
                  %v477 = arith.muli %v42, %v70 : i64
                  %v478 = arith.addi %v476, %v477 : i64
                  %v479 = arith.constant 8 : i64
                  %v480 = arith.addi %v479, %v32 : i64
                  %v481 = arith.muli %v480, %v2 : i64
                  %v482 = arith.addi %v478, %v481 : i64
                  %v483 = llvm.getelementptr %dy_h_last[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v484 = llvm.load %v483 : !llvm.ptr -> f32
                  %v485 = llvm.load %v51 : !llvm.ptr -> f32
                  %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
                  llvm.store %v486, %v51 : f32, !llvm.ptr
                }
                %v487 = arith.muli %v42, %v398 : i64
                %v488 = arith.muli %v32, %v2 : i64
                %v489 = arith.addi %v487, %v488 : i64
                %v490 = llvm.getelementptr %in_A[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v491 = llvm.load %v490 : !llvm.ptr -> f32
                %v492 = arith.mulf %v422, %v491 fastmath<contract> : f32
                %v493 = arith.mulf %v492, %v254 fastmath<contract> : f32
                %v494 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v493) : (f32) -> f32
                llvm.store %v494, %v52 : f32, !llvm.ptr
                %v495 = arith.muli %v42, %v398 : i64
                %v496 = arith.constant 8 : i64
                %v497 = arith.addi %v496, %v32 : i64
                %v498 = arith.muli %v497, %v2 : i64
                %v499 = arith.addi %v495, %v498 : i64
                %v500 = llvm.getelementptr %in_A[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v501 = llvm.load %v500 : !llvm.ptr -> f32
                %v502 = arith.mulf %v422, %v501 fastmath<contract> : f32
                %v503 = arith.mulf %v502, %v254 fastmath<contract> : f32
                %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
                llvm.store %v504, %v53 : f32, !llvm.ptr
                %v506 = arith.addi %v230, %v505 : i64
                %v508 = arith.cmpi slt, %v507, %v321 : i32
                %v509 = arith.cmpi eq, %v507, %v327 : i32
                %v510, %v511 = gpu.shuffle idx %v284, %v143, %v332 : f32
                %v512, %v513 = gpu.shuffle idx %v292, %v143, %v332 : f32
                %v514, %v515 = gpu.shuffle idx %v305, %v143, %v332 : f32
                %v516, %v517 = gpu.shuffle idx %v314, %v143, %v332 : f32
                %v518, %v519 = gpu.shuffle idx %v319, %v143, %v332 : f32
                %v520 = arith.addi %v165, %v506 : i64
                %v521 = arith.muli %v32, %v192 : i64
                %v522 = arith.subi %v520, %v165 : i64
                %v523 = arith.addi %v521, %v522 : i64
                %v524 = llvm.getelementptr %v63[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v525 = llvm.load %v524 : !llvm.ptr -> f32
                %v526 = arith.muli %v44, %v239 : i64
                %v527 = arith.muli %v520, %v238 : i64
                %v528 = arith.addi %v526, %v527 : i64
                %v529 = arith.muli %v42, %v2 : i64
                %v530 = arith.addi %v528, %v529 : i64
                %v531 = llvm.getelementptr %dy_y[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v532 = llvm.load %v531 : !llvm.ptr -> f32
                %v533 = arith.mulf %v514, %v532 fastmath<contract> : f32
                %v534 = arith.mulf %v525, %v533 fastmath<contract> : f32
                %v535 = llvm.load %v50 : !llvm.ptr -> f32
                %v536 = llvm.load %v52 : !llvm.ptr -> f32
                %v537 = arith.mulf %v536, %v535 fastmath<contract> : f32
                %v538 = arith.addf %v534, %v537 fastmath<contract> : f32
                llvm.store %v538, %v50 : f32, !llvm.ptr
                %v539 = llvm.load %v66 : !llvm.ptr -> f32
                %v540 = arith.mulf %v539, %v536 fastmath<contract> : f32
                llvm.store %v540, %v66 : f32, !llvm.ptr
                %v541 = arith.constant 8 : i64
                %v542 = arith.addi %v541, %v32 : i64
                %v543 = arith.muli %v542, %v192 : i64
                %v544 = arith.subi %v520, %v165 : i64
                %v545 = arith.addi %v543, %v544 : i64
                %v546 = llvm.getelementptr %v63[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v547 = llvm.load %v546 : !llvm.ptr -> f32
                %v548 = arith.mulf %v547, %v533 fastmath<contract> : f32
                %v549 = llvm.load %v51 : !llvm.ptr -> f32
                %v550 = llvm.load %v53 : !llvm.ptr -> f32
                %v551 = arith.mulf %v550, %v549 fastmath<contract> : f32
                %v552 = arith.addf %v548, %v551 fastmath<contract> : f32
                llvm.store %v552, %v51 : f32, !llvm.ptr
                %v553 = llvm.load %v67 : !llvm.ptr -> f32
                %v554 = arith.mulf %v553, %v550 fastmath<contract> : f32
                llvm.store %v554, %v67 : f32, !llvm.ptr
                scf.if %v509 {
                  %v555 = arith.muli %v44, %v71 : i64
                  %v556 = arith.muli %v42, %v70 : i64
                  %v557 = arith.addi %v555, %v556 : i64
                  %v558 = arith.muli %v32, %v2 : i64
                  %v559 = arith.addi %v557, %v558 : i64
                  %v560 = llvm.getelementptr %dy_h_last[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v561 = llvm.load %v560 : !llvm.ptr -> f32
                  %v562 = llvm.load %v50 : !llvm.ptr -> f32
                  %v563 = arith.addf %v562, %v561 fastmath<contract> : f32
                  llvm.store %v563, %v50 : f32, !llvm.ptr
                  %v564 = arith.muli %v44, %v71 : i64
                  %v565 = arith.muli %v42, %v70 : i64
                  %v566 = arith.addi %v564, %v565 : i64
                  %v567 = arith.constant 8 : i64
                  %v568 = arith.addi %v567, %v32 : i64
                  %v569 = arith.muli %v568, %v2 : i64
                  %v570 = arith.addi %v566, %v569 : i64
                  %v571 = llvm.getelementptr %dy_h_last[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v572 = llvm.load %v571 : !llvm.ptr -> f32
                  %v573 = llvm.load %v51 : !llvm.ptr -> f32
                  %v574 = arith.addf %v573, %v572 fastmath<contract> : f32
                  llvm.store %v574, %v51 : f32, !llvm.ptr
                }
                %v575 = arith.muli %v42, %v398 : i64
                %v576 = arith.muli %v32, %v2 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = llvm.getelementptr %in_A[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v580 = arith.mulf %v510, %v579 fastmath<contract> : f32
                %v581 = arith.mulf %v580, %v254 fastmath<contract> : f32
                %v582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v581) : (f32) -> f32
                llvm.store %v582, %v52 : f32, !llvm.ptr
                %v583 = arith.muli %v42, %v398 : i64
                %v584 = arith.constant 8 : i64
                %v585 = arith.addi %v584, %v32 : i64
                %v586 = arith.muli %v585, %v2 : i64
                %v587 = arith.addi %v583, %v586 : i64
                %v588 = llvm.getelementptr %in_A[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v589 = llvm.load %v588 : !llvm.ptr -> f32
                %v590 = arith.mulf %v510, %v589 fastmath<contract> : f32
                %v591 = arith.mulf %v590, %v254 fastmath<contract> : f32
                %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
                llvm.store %v592, %v53 : f32, !llvm.ptr
                %v593 = arith.addi %v230, %v46 : i64
                %v595 = arith.cmpi slt, %v594, %v321 : i32
                %v596 = arith.cmpi eq, %v594, %v327 : i32
                %v597, %v598 = gpu.shuffle idx %v284, %v139, %v332 : f32
                %v599, %v600 = gpu.shuffle idx %v292, %v139, %v332 : f32
                %v601, %v602 = gpu.shuffle idx %v305, %v139, %v332 : f32
                %v603, %v604 = gpu.shuffle idx %v314, %v139, %v332 : f32
                %v605, %v606 = gpu.shuffle idx %v319, %v139, %v332 : f32
                %v607 = arith.addi %v165, %v593 : i64
                %v608 = arith.muli %v32, %v192 : i64
                %v609 = arith.subi %v607, %v165 : i64
                %v610 = arith.addi %v608, %v609 : i64
                %v611 = llvm.getelementptr %v63[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v612 = llvm.load %v611 : !llvm.ptr -> f32
                %v613 = arith.muli %v44, %v239 : i64
                %v614 = arith.muli %v607, %v238 : i64
                %v615 = arith.addi %v613, %v614 : i64
                %v616 = arith.muli %v42, %v2 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = llvm.getelementptr %dy_y[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.mulf %v601, %v619 fastmath<contract> : f32
                %v621 = arith.mulf %v612, %v620 fastmath<contract> : f32
                %v622 = llvm.load %v50 : !llvm.ptr -> f32
                %v623 = llvm.load %v52 : !llvm.ptr -> f32
                %v624 = arith.mulf %v623, %v622 fastmath<contract> : f32
                %v625 = arith.addf %v621, %v624 fastmath<contract> : f32
                llvm.store %v625, %v50 : f32, !llvm.ptr
                %v626 = llvm.load %v66 : !llvm.ptr -> f32
                %v627 = arith.mulf %v626, %v623 fastmath<contract> : f32
                llvm.store %v627, %v66 : f32, !llvm.ptr
                %v628 = arith.constant 8 : i64
                %v629 = arith.addi %v628, %v32 : i64
                %v630 = arith.muli %v629, %v192 : i64
                %v631 = arith.subi %v607, %v165 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = llvm.getelementptr %v63[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v634 = llvm.load %v633 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v620 fastmath<contract> : f32
                %v636 = llvm.load %v51 : !llvm.ptr -> f32
                %v637 = llvm.load %v53 : !llvm.ptr -> f32
                %v638 = arith.mulf %v637, %v636 fastmath<contract> : f32
                %v639 = arith.addf %v635, %v638 fastmath<contract> : f32
                llvm.store %v639, %v51 : f32, !llvm.ptr
                %v640 = llvm.load %v67 : !llvm.ptr -> f32
                %v641 = arith.mulf %v640, %v637 fastmath<contract> : f32
                llvm.store %v641, %v67 : f32, !llvm.ptr
                scf.if %v596 {
                  %v642 = arith.muli %v44, %v71 : i64
                  %v643 = arith.muli %v42, %v70 : i64
                  %v644 = arith.addi %v642, %v643 : i64
                  %v645 = arith.muli %v32, %v2 : i64
                  %v646 = arith.addi %v644, %v645 : i64
                  %v647 = llvm.getelementptr %dy_h_last[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v648 = llvm.load %v647 : !llvm.ptr -> f32
                  %v649 = llvm.load %v50 : !llvm.ptr -> f32
                  %v650 = arith.addf %v649, %v648 fastmath<contract> : f32
                  llvm.store %v650, %v50 : f32, !llvm.ptr
                  %v651 = arith.muli %v44, %v71 : i64
                  %v652 = arith.muli %v42, %v70 : i64
                  %v653 = arith.addi %v651, %v652 : i64
                  %v654 = arith.constant 8 : i64
                  %v655 = arith.addi %v654, %v32 : i64
                  %v656 = arith.muli %v655, %v2 : i64
                  %v657 = arith.addi %v653, %v656 : i64
                  %v658 = llvm.getelementptr %dy_h_last[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v659 = llvm.load %v658 : !llvm.ptr -> f32
                  %v660 = llvm.load %v51 : !llvm.ptr -> f32
                  %v661 = arith.addf %v660, %v659 fastmath<contract> : f32
                  llvm.store %v661, %v51 : f32, !llvm.ptr
                }
                %v662 = arith.muli %v42, %v398 : i64
                %v663 = arith.muli %v32, %v2 : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = llvm.getelementptr %in_A[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v666 = llvm.load %v665 : !llvm.ptr -> f32
                %v667 = arith.mulf %v597, %v666 fastmath<contract> : f32
                %v668 = arith.mulf %v667, %v254 fastmath<contract> : f32
                %v669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v668) : (f32) -> f32
                llvm.store %v669, %v52 : f32, !llvm.ptr
                %v670 = arith.muli %v42, %v398 : i64
                %v671 = arith.constant 8 : i64
                %v672 = arith.addi %v671, %v32 : i64
                %v673 = arith.muli %v672, %v2 : i64
                %v674 = arith.addi %v670, %v673 : i64
                %v675 = llvm.getelementptr %in_A[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v676 = llvm.load %v675 : !llvm.ptr -> f32
                %v677 = arith.mulf %v597, %v676 fastmath<contract> : f32
                %v678 = arith.mulf %v677, %v254 fastmath<contract> : f32
                %v679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v678) : (f32) -> f32
                llvm.store %v679, %v53 : f32, !llvm.ptr
                %v681 = arith.addi %v230, %v680 : i64
                %v683 = arith.cmpi slt, %v682, %v321 : i32
                %v684 = arith.cmpi eq, %v682, %v327 : i32
                %v685, %v686 = gpu.shuffle idx %v284, %v135, %v332 : f32
                %v687, %v688 = gpu.shuffle idx %v292, %v135, %v332 : f32
                %v689, %v690 = gpu.shuffle idx %v305, %v135, %v332 : f32
                %v691, %v692 = gpu.shuffle idx %v314, %v135, %v332 : f32
                %v693, %v694 = gpu.shuffle idx %v319, %v135, %v332 : f32
                %v695 = arith.addi %v165, %v681 : i64
                %v696 = arith.muli %v32, %v192 : i64
                %v697 = arith.subi %v695, %v165 : i64
                %v698 = arith.addi %v696, %v697 : i64
                %v699 = llvm.getelementptr %v63[%v698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v700 = llvm.load %v699 : !llvm.ptr -> f32
                %v701 = arith.muli %v44, %v239 : i64
                %v702 = arith.muli %v695, %v238 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = arith.muli %v42, %v2 : i64
                %v705 = arith.addi %v703, %v704 : i64
                %v706 = llvm.getelementptr %dy_y[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v707 = llvm.load %v706 : !llvm.ptr -> f32
                %v708 = arith.mulf %v689, %v707 fastmath<contract> : f32
                %v709 = arith.mulf %v700, %v708 fastmath<contract> : f32
                %v710 = llvm.load %v50 : !llvm.ptr -> f32
                %v711 = llvm.load %v52 : !llvm.ptr -> f32
                %v712 = arith.mulf %v711, %v710 fastmath<contract> : f32
                %v713 = arith.addf %v709, %v712 fastmath<contract> : f32
                llvm.store %v713, %v50 : f32, !llvm.ptr
                %v714 = llvm.load %v66 : !llvm.ptr -> f32
                %v715 = arith.mulf %v714, %v711 fastmath<contract> : f32
                llvm.store %v715, %v66 : f32, !llvm.ptr
                %v716 = arith.constant 8 : i64
                %v717 = arith.addi %v716, %v32 : i64
                %v718 = arith.muli %v717, %v192 : i64
                %v719 = arith.subi %v695, %v165 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = llvm.getelementptr %v63[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v722 = llvm.load %v721 : !llvm.ptr -> f32
                %v723 = arith.mulf %v722, %v708 fastmath<contract> : f32
                %v724 = llvm.load %v51 : !llvm.ptr -> f32
                %v725 = llvm.load %v53 : !llvm.ptr -> f32
                %v726 = arith.mulf %v725, %v724 fastmath<contract> : f32
                %v727 = arith.addf %v723, %v726 fastmath<contract> : f32
                llvm.store %v727, %v51 : f32, !llvm.ptr
                %v728 = llvm.load %v67 : !llvm.ptr -> f32
                %v729 = arith.mulf %v728, %v725 fastmath<contract> : f32
                llvm.store %v729, %v67 : f32, !llvm.ptr
                scf.if %v684 {
                  %v730 = arith.muli %v44, %v71 : i64
                  %v731 = arith.muli %v42, %v70 : i64
                  %v732 = arith.addi %v730, %v731 : i64
                  %v733 = arith.muli %v32, %v2 : i64
                  %v734 = arith.addi %v732, %v733 : i64
                  %v735 = llvm.getelementptr %dy_h_last[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v736 = llvm.load %v735 : !llvm.ptr -> f32
                  %v737 = llvm.load %v50 : !llvm.ptr -> f32
                  %v738 = arith.addf %v737, %v736 fastmath<contract> : f32
                  llvm.store %v738, %v50 : f32, !llvm.ptr
                  %v739 = arith.muli %v44, %v71 : i64
                  %v740 = arith.muli %v42, %v70 : i64
                  %v741 = arith.addi %v739, %v740 : i64
                  %v742 = arith.constant 8 : i64
                  %v743 = arith.addi %v742, %v32 : i64
                  %v744 = arith.muli %v743, %v2 : i64
                  %v745 = arith.addi %v741, %v744 : i64
                  %v746 = llvm.getelementptr %dy_h_last[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v747 = llvm.load %v746 : !llvm.ptr -> f32
                  %v748 = llvm.load %v51 : !llvm.ptr -> f32
                  %v749 = arith.addf %v748, %v747 fastmath<contract> : f32
                  llvm.store %v749, %v51 : f32, !llvm.ptr
                }
                %v750 = arith.muli %v42, %v398 : i64
                %v751 = arith.muli %v32, %v2 : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = llvm.getelementptr %in_A[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v754 = llvm.load %v753 : !llvm.ptr -> f32
                %v755 = arith.mulf %v685, %v754 fastmath<contract> : f32
                %v756 = arith.mulf %v755, %v254 fastmath<contract> : f32
                %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
                llvm.store %v757, %v52 : f32, !llvm.ptr
                %v758 = arith.muli %v42, %v398 : i64
                %v759 = arith.constant 8 : i64
                %v760 = arith.addi %v759, %v32 : i64
                %v761 = arith.muli %v760, %v2 : i64
                %v762 = arith.addi %v758, %v761 : i64
                %v763 = llvm.getelementptr %in_A[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v764 = llvm.load %v763 : !llvm.ptr -> f32
                %v765 = arith.mulf %v685, %v764 fastmath<contract> : f32
                %v766 = arith.mulf %v765, %v254 fastmath<contract> : f32
                %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
                llvm.store %v767, %v53 : f32, !llvm.ptr
                %v769 = arith.addi %v230, %v768 : i64
                %v771 = arith.cmpi slt, %v770, %v321 : i32
                %v772 = arith.cmpi eq, %v770, %v327 : i32
                %v773, %v774 = gpu.shuffle idx %v284, %v131, %v332 : f32
                %v775, %v776 = gpu.shuffle idx %v292, %v131, %v332 : f32
                %v777, %v778 = gpu.shuffle idx %v305, %v131, %v332 : f32
                %v779, %v780 = gpu.shuffle idx %v314, %v131, %v332 : f32
                %v781, %v782 = gpu.shuffle idx %v319, %v131, %v332 : f32
                %v783 = arith.addi %v165, %v769 : i64
                %v784 = arith.muli %v32, %v192 : i64
                %v785 = arith.subi %v783, %v165 : i64
                %v786 = arith.addi %v784, %v785 : i64
                %v787 = llvm.getelementptr %v63[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v788 = llvm.load %v787 : !llvm.ptr -> f32
                %v789 = arith.muli %v44, %v239 : i64
                %v790 = arith.muli %v783, %v238 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = arith.muli %v42, %v2 : i64
                %v793 = arith.addi %v791, %v792 : i64
                %v794 = llvm.getelementptr %dy_y[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v795 = llvm.load %v794 : !llvm.ptr -> f32
                %v796 = arith.mulf %v777, %v795 fastmath<contract> : f32
                %v797 = arith.mulf %v788, %v796 fastmath<contract> : f32
                %v798 = llvm.load %v50 : !llvm.ptr -> f32
                %v799 = llvm.load %v52 : !llvm.ptr -> f32
                %v800 = arith.mulf %v799, %v798 fastmath<contract> : f32
                %v801 = arith.addf %v797, %v800 fastmath<contract> : f32
                llvm.store %v801, %v50 : f32, !llvm.ptr
                %v802 = llvm.load %v66 : !llvm.ptr -> f32
                %v803 = arith.mulf %v802, %v799 fastmath<contract> : f32
                llvm.store %v803, %v66 : f32, !llvm.ptr
                %v804 = arith.constant 8 : i64
                %v805 = arith.addi %v804, %v32 : i64
                %v806 = arith.muli %v805, %v192 : i64
                %v807 = arith.subi %v783, %v165 : i64
                %v808 = arith.addi %v806, %v807 : i64
                %v809 = llvm.getelementptr %v63[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v810 = llvm.load %v809 : !llvm.ptr -> f32
                %v811 = arith.mulf %v810, %v796 fastmath<contract> : f32
                %v812 = llvm.load %v51 : !llvm.ptr -> f32
                %v813 = llvm.load %v53 : !llvm.ptr -> f32
                %v814 = arith.mulf %v813, %v812 fastmath<contract> : f32
                %v815 = arith.addf %v811, %v814 fastmath<contract> : f32
                llvm.store %v815, %v51 : f32, !llvm.ptr
                %v816 = llvm.load %v67 : !llvm.ptr -> f32
                %v817 = arith.mulf %v816, %v813 fastmath<contract> : f32
                llvm.store %v817, %v67 : f32, !llvm.ptr
                scf.if %v772 {
                  %v818 = arith.muli %v44, %v71 : i64
                  %v819 = arith.muli %v42, %v70 : i64
                  %v820 = arith.addi %v818, %v819 : i64
                  %v821 = arith.muli %v32, %v2 : i64
                  %v822 = arith.addi %v820, %v821 : i64
                  %v823 = llvm.getelementptr %dy_h_last[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v824 = llvm.load %v823 : !llvm.ptr -> f32
                  %v825 = llvm.load %v50 : !llvm.ptr -> f32
                  %v826 = arith.addf %v825, %v824 fastmath<contract> : f32
                  llvm.store %v826, %v50 : f32, !llvm.ptr
                  %v827 = arith.muli %v44, %v71 : i64
                  %v828 = arith.muli %v42, %v70 : i64
                  %v829 = arith.addi %v827, %v828 : i64
                  %v830 = arith.constant 8 : i64
                  %v831 = arith.addi %v830, %v32 : i64
                  %v832 = arith.muli %v831, %v2 : i64
                  %v833 = arith.addi %v829, %v832 : i64
                  %v834 = llvm.getelementptr %dy_h_last[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v835 = llvm.load %v834 : !llvm.ptr -> f32
                  %v836 = llvm.load %v51 : !llvm.ptr -> f32
                  %v837 = arith.addf %v836, %v835 fastmath<contract> : f32
                  llvm.store %v837, %v51 : f32, !llvm.ptr
                }
                %v838 = arith.muli %v42, %v398 : i64
                %v839 = arith.muli %v32, %v2 : i64
                %v840 = arith.addi %v838, %v839 : i64
                %v841 = llvm.getelementptr %in_A[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v842 = llvm.load %v841 : !llvm.ptr -> f32
                %v843 = arith.mulf %v773, %v842 fastmath<contract> : f32
                %v844 = arith.mulf %v843, %v254 fastmath<contract> : f32
                %v845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v844) : (f32) -> f32
                llvm.store %v845, %v52 : f32, !llvm.ptr
                %v846 = arith.muli %v42, %v398 : i64
                %v847 = arith.constant 8 : i64
                %v848 = arith.addi %v847, %v32 : i64
                %v849 = arith.muli %v848, %v2 : i64
                %v850 = arith.addi %v846, %v849 : i64
                %v851 = llvm.getelementptr %in_A[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v852 = llvm.load %v851 : !llvm.ptr -> f32
                %v853 = arith.mulf %v773, %v852 fastmath<contract> : f32
                %v854 = arith.mulf %v853, %v254 fastmath<contract> : f32
                %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
                llvm.store %v855, %v53 : f32, !llvm.ptr
                %v856 = arith.addi %v230, %v2 : i64
                %v858 = arith.cmpi slt, %v857, %v321 : i32
                %v859 = arith.cmpi eq, %v857, %v327 : i32
                %v860, %v861 = gpu.shuffle idx %v284, %v127, %v332 : f32
                %v862, %v863 = gpu.shuffle idx %v292, %v127, %v332 : f32
                %v864, %v865 = gpu.shuffle idx %v305, %v127, %v332 : f32
                %v866, %v867 = gpu.shuffle idx %v314, %v127, %v332 : f32
                %v868, %v869 = gpu.shuffle idx %v319, %v127, %v332 : f32
                %v870 = arith.addi %v165, %v856 : i64
                %v871 = arith.muli %v32, %v192 : i64
                %v872 = arith.subi %v870, %v165 : i64
                %v873 = arith.addi %v871, %v872 : i64
                %v874 = llvm.getelementptr %v63[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v875 = llvm.load %v874 : !llvm.ptr -> f32
                %v876 = arith.muli %v44, %v239 : i64
                %v877 = arith.muli %v870, %v238 : i64
                %v878 = arith.addi %v876, %v877 : i64
                %v879 = arith.muli %v42, %v2 : i64
                %v880 = arith.addi %v878, %v879 : i64
                %v881 = llvm.getelementptr %dy_y[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v882 = llvm.load %v881 : !llvm.ptr -> f32
                %v883 = arith.mulf %v864, %v882 fastmath<contract> : f32
                %v884 = arith.mulf %v875, %v883 fastmath<contract> : f32
                %v885 = llvm.load %v50 : !llvm.ptr -> f32
                %v886 = llvm.load %v52 : !llvm.ptr -> f32
                %v887 = arith.mulf %v886, %v885 fastmath<contract> : f32
                %v888 = arith.addf %v884, %v887 fastmath<contract> : f32
                llvm.store %v888, %v50 : f32, !llvm.ptr
                %v889 = llvm.load %v66 : !llvm.ptr -> f32
                %v890 = arith.mulf %v889, %v886 fastmath<contract> : f32
                llvm.store %v890, %v66 : f32, !llvm.ptr
                %v891 = arith.constant 8 : i64
                %v892 = arith.addi %v891, %v32 : i64
                %v893 = arith.muli %v892, %v192 : i64
                %v894 = arith.subi %v870, %v165 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = llvm.getelementptr %v63[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v897 = llvm.load %v896 : !llvm.ptr -> f32
                %v898 = arith.mulf %v897, %v883 fastmath<contract> : f32
                %v899 = llvm.load %v51 : !llvm.ptr -> f32
                %v900 = llvm.load %v53 : !llvm.ptr -> f32
                %v901 = arith.mulf %v900, %v899 fastmath<contract> : f32
                %v902 = arith.addf %v898, %v901 fastmath<contract> : f32
                llvm.store %v902, %v51 : f32, !llvm.ptr
                %v903 = llvm.load %v67 : !llvm.ptr -> f32
                %v904 = arith.mulf %v903, %v900 fastmath<contract> : f32
                llvm.store %v904, %v67 : f32, !llvm.ptr
                scf.if %v859 {
                  %v905 = arith.muli %v44, %v71 : i64
                  %v906 = arith.muli %v42, %v70 : i64
                  %v907 = arith.addi %v905, %v906 : i64
                  %v908 = arith.muli %v32, %v2 : i64
                  %v909 = arith.addi %v907, %v908 : i64
                  %v910 = llvm.getelementptr %dy_h_last[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v911 = llvm.load %v910 : !llvm.ptr -> f32
                  %v912 = llvm.load %v50 : !llvm.ptr -> f32
                  %v913 = arith.addf %v912, %v911 fastmath<contract> : f32
                  llvm.store %v913, %v50 : f32, !llvm.ptr
                  %v914 = arith.muli %v44, %v71 : i64
                  %v915 = arith.muli %v42, %v70 : i64
                  %v916 = arith.addi %v914, %v915 : i64
                  %v917 = arith.constant 8 : i64
                  %v918 = arith.addi %v917, %v32 : i64
                  %v919 = arith.muli %v918, %v2 : i64
                  %v920 = arith.addi %v916, %v919 : i64
                  %v921 = llvm.getelementptr %dy_h_last[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v922 = llvm.load %v921 : !llvm.ptr -> f32
                  %v923 = llvm.load %v51 : !llvm.ptr -> f32
                  %v924 = arith.addf %v923, %v922 fastmath<contract> : f32
                  llvm.store %v924, %v51 : f32, !llvm.ptr
                }
                %v925 = arith.muli %v42, %v398 : i64
                %v926 = arith.muli %v32, %v2 : i64
                %v927 = arith.addi %v925, %v926 : i64
                %v928 = llvm.getelementptr %in_A[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v929 = llvm.load %v928 : !llvm.ptr -> f32
                %v930 = arith.mulf %v860, %v929 fastmath<contract> : f32
                %v931 = arith.mulf %v930, %v254 fastmath<contract> : f32
                %v932 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v931) : (f32) -> f32
                llvm.store %v932, %v52 : f32, !llvm.ptr
                %v933 = arith.muli %v42, %v398 : i64
                %v934 = arith.constant 8 : i64
                %v935 = arith.addi %v934, %v32 : i64
                %v936 = arith.muli %v935, %v2 : i64
                %v937 = arith.addi %v933, %v936 : i64
                %v938 = llvm.getelementptr %in_A[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v939 = llvm.load %v938 : !llvm.ptr -> f32
                %v940 = arith.mulf %v860, %v939 fastmath<contract> : f32
                %v941 = arith.mulf %v940, %v254 fastmath<contract> : f32
                %v942 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v941) : (f32) -> f32
                llvm.store %v942, %v53 : f32, !llvm.ptr
                %v943 = arith.addi %v230, %v68 : i64
                %v945 = arith.cmpi slt, %v944, %v321 : i32
                %v946 = arith.cmpi eq, %v944, %v327 : i32
                %v947, %v948 = gpu.shuffle idx %v284, %v123, %v332 : f32
                %v949, %v950 = gpu.shuffle idx %v292, %v123, %v332 : f32
                %v951, %v952 = gpu.shuffle idx %v305, %v123, %v332 : f32
                %v953, %v954 = gpu.shuffle idx %v314, %v123, %v332 : f32
                %v955, %v956 = gpu.shuffle idx %v319, %v123, %v332 : f32
                %v957 = arith.addi %v165, %v943 : i64
                %v958 = arith.muli %v32, %v192 : i64
                %v959 = arith.subi %v957, %v165 : i64
                %v960 = arith.addi %v958, %v959 : i64
                %v961 = llvm.getelementptr %v63[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v962 = llvm.load %v961 : !llvm.ptr -> f32
                %v963 = arith.muli %v44, %v239 : i64
                %v964 = arith.muli %v957, %v238 : i64
                %v965 = arith.addi %v963, %v964 : i64
                %v966 = arith.muli %v42, %v2 : i64
                %v967 = arith.addi %v965, %v966 : i64
                %v968 = llvm.getelementptr %dy_y[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v969 = llvm.load %v968 : !llvm.ptr -> f32
                %v970 = arith.mulf %v951, %v969 fastmath<contract> : f32
                %v971 = arith.mulf %v962, %v970 fastmath<contract> : f32
                %v972 = llvm.load %v50 : !llvm.ptr -> f32
                %v973 = llvm.load %v52 : !llvm.ptr -> f32
                %v974 = arith.mulf %v973, %v972 fastmath<contract> : f32
                %v975 = arith.addf %v971, %v974 fastmath<contract> : f32
                llvm.store %v975, %v50 : f32, !llvm.ptr
                %v976 = llvm.load %v66 : !llvm.ptr -> f32
                %v977 = arith.mulf %v976, %v973 fastmath<contract> : f32
                llvm.store %v977, %v66 : f32, !llvm.ptr
                %v978 = arith.constant 8 : i64
                %v979 = arith.addi %v978, %v32 : i64
                %v980 = arith.muli %v979, %v192 : i64
                %v981 = arith.subi %v957, %v165 : i64
                %v982 = arith.addi %v980, %v981 : i64
                %v983 = llvm.getelementptr %v63[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v984 = llvm.load %v983 : !llvm.ptr -> f32
                %v985 = arith.mulf %v984, %v970 fastmath<contract> : f32
                %v986 = llvm.load %v51 : !llvm.ptr -> f32
                %v987 = llvm.load %v53 : !llvm.ptr -> f32
                %v988 = arith.mulf %v987, %v986 fastmath<contract> : f32
                %v989 = arith.addf %v985, %v988 fastmath<contract> : f32
                llvm.store %v989, %v51 : f32, !llvm.ptr
                %v990 = llvm.load %v67 : !llvm.ptr -> f32
                %v991 = arith.mulf %v990, %v987 fastmath<contract> : f32
                llvm.store %v991, %v67 : f32, !llvm.ptr
                scf.if %v946 {
                  %v992 = arith.muli %v44, %v71 : i64
                  %v993 = arith.muli %v42, %v70 : i64
                  %v994 = arith.addi %v992, %v993 : i64
                  %v995 = arith.muli %v32, %v2 : i64
                  %v996 = arith.addi %v994, %v995 : i64
                  %v997 = llvm.getelementptr %dy_h_last[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v998 = llvm.load %v997 : !llvm.ptr -> f32
                  %v999 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1000 = arith.addf %v999, %v998 fastmath<contract> : f32
                  llvm.store %v1000, %v50 : f32, !llvm.ptr
                  %v1001 = arith.muli %v44, %v71 : i64
                  %v1002 = arith.muli %v42, %v70 : i64
                  %v1003 = arith.addi %v1001, %v1002 : i64
                  %v1004 = arith.constant 8 : i64
                  %v1005 = arith.addi %v1004, %v32 : i64
                  %v1006 = arith.muli %v1005, %v2 : i64
                  %v1007 = arith.addi %v1003, %v1006 : i64
                  %v1008 = llvm.getelementptr %dy_h_last[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
                  %v1010 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1011 = arith.addf %v1010, %v1009 fastmath<contract> : f32
                  llvm.store %v1011, %v51 : f32, !llvm.ptr
                }
                %v1012 = arith.muli %v42, %v398 : i64
                %v1013 = arith.muli %v32, %v2 : i64
                %v1014 = arith.addi %v1012, %v1013 : i64
                %v1015 = llvm.getelementptr %in_A[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                %v1017 = arith.mulf %v947, %v1016 fastmath<contract> : f32
                %v1018 = arith.mulf %v1017, %v254 fastmath<contract> : f32
                %v1019 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1018) : (f32) -> f32
                llvm.store %v1019, %v52 : f32, !llvm.ptr
                %v1020 = arith.muli %v42, %v398 : i64
                %v1021 = arith.constant 8 : i64
                %v1022 = arith.addi %v1021, %v32 : i64
                %v1023 = arith.muli %v1022, %v2 : i64
                %v1024 = arith.addi %v1020, %v1023 : i64
                %v1025 = llvm.getelementptr %in_A[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
                %v1027 = arith.mulf %v947, %v1026 fastmath<contract> : f32
                %v1028 = arith.mulf %v1027, %v254 fastmath<contract> : f32
                %v1029 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1028) : (f32) -> f32
                llvm.store %v1029, %v53 : f32, !llvm.ptr
              } else {
                %v1030 = arith.subi %v167, %v2 : i64
                %v1031 = arith.addi %v230, %v32 : i64
                %v1032 = arith.minsi %v1031, %v1030 : i64
                %v1033 = arith.addi %v165, %v1032 : i64
                %v1034 = arith.muli %v44, %v239 : i64
                %v1035 = arith.muli %v1033, %v238 : i64
                %v1036 = arith.addi %v1034, %v1035 : i64
                %v1037 = arith.muli %v42, %v2 : i64
                %v1038 = arith.addi %v1036, %v1037 : i64
                %v1039 = llvm.getelementptr %in_delta[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
                %v1041 = arith.muli %v42, %v2 : i64
                %v1042 = llvm.getelementptr %in_dt_bias[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                %v1044 = arith.addf %v1040, %v1043 fastmath<contract> : f32
                %v1045 = arith.maximumf %v1044, %v64 : f32
                %v1046 = llvm.call_intrinsic "llvm.fabs.f32"(%v1044) : (f32) -> f32
                %v1047 = arith.negf %v1046 : f32
                %v1048 = arith.mulf %v1047, %v254 fastmath<contract> : f32
                %v1049 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1048) : (f32) -> f32
                %v1050 = arith.addf %v65, %v1049 fastmath<contract> : f32
                %v1051 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1050) : (f32) -> f32
                %v1052 = arith.mulf %v1051, %v259 fastmath<contract> : f32
                %v1053 = arith.mulf %v261, %v1049 fastmath<contract> : f32
                %v1054 = arith.addf %v1053, %v263 fastmath<contract> : f32
                %v1055 = arith.mulf %v1054, %v1049 fastmath<contract> : f32
                %v1056 = arith.addf %v1055, %v266 fastmath<contract> : f32
                %v1057 = arith.mulf %v1056, %v1049 fastmath<contract> : f32
                %v1058 = arith.addf %v1057, %v269 fastmath<contract> : f32
                %v1059 = arith.mulf %v1058, %v1049 fastmath<contract> : f32
                %v1060 = arith.addf %v1059, %v272 fastmath<contract> : f32
                %v1061 = arith.mulf %v1060, %v1049 fastmath<contract> : f32
                %v1062 = arith.addf %v1061, %v275 fastmath<contract> : f32
                %v1063 = arith.mulf %v1062, %v1049 fastmath<contract> : f32
                %v1064 = arith.addf %v1063, %v65 fastmath<contract> : f32
                %v1065 = arith.mulf %v1064, %v1049 fastmath<contract> : f32
                %v1066 = llvm.call_intrinsic "llvm.fabs.f32"(%v1049) : (f32) -> f32
                %v1067 = arith.cmpf olt, %v1066, %v281 : f32
                %v1068 = arith.select %v1067, %v1065, %v1052 : f32
                %v1069 = arith.addf %v1045, %v1068 fastmath<contract> : f32
                %v1070 = arith.muli %v44, %v239 : i64
                %v1071 = arith.muli %v1033, %v238 : i64
                %v1072 = arith.addi %v1070, %v1071 : i64
                %v1073 = arith.muli %v42, %v2 : i64
                %v1074 = arith.addi %v1072, %v1073 : i64
                %v1075 = llvm.getelementptr %in_u[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
                %v1077 = arith.mulf %v1069, %v1076 fastmath<contract> : f32
                %v1078 = arith.muli %v44, %v239 : i64
                %v1079 = arith.muli %v1033, %v238 : i64
                %v1080 = arith.addi %v1078, %v1079 : i64
                %v1081 = arith.muli %v42, %v2 : i64
                %v1082 = arith.addi %v1080, %v1081 : i64
                %v1083 = llvm.getelementptr %in_z[%v1082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
                %v1085 = arith.negf %v1084 : f32
                %v1086 = arith.mulf %v1085, %v254 fastmath<contract> : f32
                %v1087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1086) : (f32) -> f32
                %v1088 = arith.addf %v65, %v1087 fastmath<contract> : f32
                %v1089 = arith.divf %v65, %v1088 : f32
                %v1090 = arith.mulf %v1084, %v1089 fastmath<contract> : f32
                %v1091 = arith.negf %v1084 : f32
                %v1092 = arith.mulf %v1091, %v254 fastmath<contract> : f32
                %v1093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1092) : (f32) -> f32
                %v1094 = arith.addf %v65, %v1093 fastmath<contract> : f32
                %v1095 = arith.divf %v65, %v1094 : f32
                %v1096 = arith.subf %v65, %v1095 fastmath<contract> : f32
                %v1097 = arith.mulf %v1084, %v1096 fastmath<contract> : f32
                %v1098 = arith.addf %v65, %v1097 fastmath<contract> : f32
                %v1099 = arith.mulf %v1095, %v1098 fastmath<contract> : f32
                %v1100 = arith.negf %v1044 : f32
                %v1101 = arith.mulf %v1100, %v254 fastmath<contract> : f32
                %v1102 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1101) : (f32) -> f32
                %v1103 = arith.addf %v65, %v1102 fastmath<contract> : f32
                %v1104 = arith.divf %v65, %v1103 : f32
                // the group's states, recomputed into registers
                %v1105 = arith.subi %v167, %v230 : i64
                %v1106 = arith.trunci %v1105 : i64 to i32
                %v1107 = arith.subi %size_L, %v2 : i64
                %v1108 = arith.addi %v165, %v230 : i64
                %v1109 = arith.subi %v1107, %v1108 : i64
                %v1110 = arith.minsi %v1109, %v325 : i64
                %v1111 = arith.trunci %v1110 : i64 to i32
                %v1112 = arith.addi %v230, %v115 : i64
                %v1113 = arith.cmpi slt, %v329, %v1106 : i32
                %v1114 = arith.cmpi eq, %v329, %v1111 : i32
                %v1115, %v1116 = gpu.shuffle idx %v1069, %v151, %v332 : f32
                %v1117, %v1118 = gpu.shuffle idx %v1077, %v151, %v332 : f32
                %v1119, %v1120 = gpu.shuffle idx %v1090, %v151, %v332 : f32
                %v1121, %v1122 = gpu.shuffle idx %v1099, %v151, %v332 : f32
                %v1123, %v1124 = gpu.shuffle idx %v1104, %v151, %v332 : f32
                scf.if %v1113 {
                  %v1125 = arith.addi %v165, %v1112 : i64
                  %v1126 = arith.muli %v32, %v192 : i64
                  %v1127 = arith.subi %v1125, %v165 : i64
                  %v1128 = arith.addi %v1126, %v1127 : i64
                  %v1129 = llvm.getelementptr %v63[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
                  %v1131 = arith.muli %v44, %v239 : i64
                  %v1132 = arith.muli %v1125, %v238 : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = arith.muli %v42, %v2 : i64
                  %v1135 = arith.addi %v1133, %v1134 : i64
                  %v1136 = llvm.getelementptr %dy_y[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1119, %v1137 fastmath<contract> : f32
                  %v1139 = arith.mulf %v1130, %v1138 fastmath<contract> : f32
                  %v1140 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1141 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1142 = arith.mulf %v1141, %v1140 fastmath<contract> : f32
                  %v1143 = arith.addf %v1139, %v1142 fastmath<contract> : f32
                  llvm.store %v1143, %v50 : f32, !llvm.ptr
                  %v1144 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1145 = arith.mulf %v1144, %v1141 fastmath<contract> : f32
                  llvm.store %v1145, %v66 : f32, !llvm.ptr
                  %v1146 = arith.constant 8 : i64
                  %v1147 = arith.addi %v1146, %v32 : i64
                  %v1148 = arith.muli %v1147, %v192 : i64
                  %v1149 = arith.subi %v1125, %v165 : i64
                  %v1150 = arith.addi %v1148, %v1149 : i64
                  %v1151 = llvm.getelementptr %v63[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1152 = llvm.load %v1151 : !llvm.ptr -> f32
                  %v1153 = arith.mulf %v1152, %v1138 fastmath<contract> : f32
                  %v1154 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1155 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1156 = arith.mulf %v1155, %v1154 fastmath<contract> : f32
                  %v1157 = arith.addf %v1153, %v1156 fastmath<contract> : f32
                  llvm.store %v1157, %v51 : f32, !llvm.ptr
                  %v1158 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1159 = arith.mulf %v1158, %v1155 fastmath<contract> : f32
                  llvm.store %v1159, %v67 : f32, !llvm.ptr
                  scf.if %v1114 {
                    %v1160 = arith.muli %v44, %v71 : i64
                    %v1161 = arith.muli %v42, %v70 : i64
                    %v1162 = arith.addi %v1160, %v1161 : i64
                    %v1163 = arith.muli %v32, %v2 : i64
                    %v1164 = arith.addi %v1162, %v1163 : i64
                    %v1165 = llvm.getelementptr %dy_h_last[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
                    %v1167 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1168 = arith.addf %v1167, %v1166 fastmath<contract> : f32
                    llvm.store %v1168, %v50 : f32, !llvm.ptr
                    %v1169 = arith.muli %v44, %v71 : i64
                    %v1170 = arith.muli %v42, %v70 : i64
                    %v1171 = arith.addi %v1169, %v1170 : i64
                    %v1172 = arith.constant 8 : i64
                    %v1173 = arith.addi %v1172, %v32 : i64
                    %v1174 = arith.muli %v1173, %v2 : i64
                    %v1175 = arith.addi %v1171, %v1174 : i64
                    %v1176 = llvm.getelementptr %dy_h_last[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
                    %v1178 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1179 = arith.addf %v1178, %v1177 fastmath<contract> : f32
                    llvm.store %v1179, %v51 : f32, !llvm.ptr
                  }
                  %v1180 = arith.muli %v42, %v398 : i64
                  %v1181 = arith.muli %v32, %v2 : i64
                  %v1182 = arith.addi %v1180, %v1181 : i64
                  %v1183 = llvm.getelementptr %in_A[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                  %v1185 = arith.mulf %v1115, %v1184 fastmath<contract> : f32
                  %v1186 = arith.mulf %v1185, %v254 fastmath<contract> : f32
                  %v1187 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1186) : (f32) -> f32
                  llvm.store %v1187, %v52 : f32, !llvm.ptr
                  %v1188 = arith.muli %v42, %v398 : i64
                  %v1189 = arith.constant 8 : i64
                  %v1190 = arith.addi %v1189, %v32 : i64
                  %v1191 = arith.muli %v1190, %v2 : i64
                  %v1192 = arith.addi %v1188, %v1191 : i64
                  %v1193 = llvm.getelementptr %in_A[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                  %v1195 = arith.mulf %v1115, %v1194 fastmath<contract> : f32
                  %v1196 = arith.mulf %v1195, %v254 fastmath<contract> : f32
                  %v1197 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1196) : (f32) -> f32
                  llvm.store %v1197, %v53 : f32, !llvm.ptr
                }
                %v1198 = arith.addi %v230, %v417 : i64
                %v1199 = arith.cmpi slt, %v419, %v1106 : i32
                %v1200 = arith.cmpi eq, %v419, %v1111 : i32
                %v1201, %v1202 = gpu.shuffle idx %v1069, %v147, %v332 : f32
                %v1203, %v1204 = gpu.shuffle idx %v1077, %v147, %v332 : f32
                %v1205, %v1206 = gpu.shuffle idx %v1090, %v147, %v332 : f32
                %v1207, %v1208 = gpu.shuffle idx %v1099, %v147, %v332 : f32
                %v1209, %v1210 = gpu.shuffle idx %v1104, %v147, %v332 : f32
                scf.if %v1199 {
                  %v1211 = arith.addi %v165, %v1198 : i64
                  %v1212 = arith.muli %v32, %v192 : i64
                  %v1213 = arith.subi %v1211, %v165 : i64
                  %v1214 = arith.addi %v1212, %v1213 : i64
                  %v1215 = llvm.getelementptr %v63[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
                  %v1217 = arith.muli %v44, %v239 : i64
                  %v1218 = arith.muli %v1211, %v238 : i64
                  %v1219 = arith.addi %v1217, %v1218 : i64
                  %v1220 = arith.muli %v42, %v2 : i64
                  %v1221 = arith.addi %v1219, %v1220 : i64
                  %v1222 = llvm.getelementptr %dy_y[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1223 = llvm.load %v1222 : !llvm.ptr -> f32
                  %v1224 = arith.mulf %v1205, %v1223 fastmath<contract> : f32
                  %v1225 = arith.mulf %v1216, %v1224 fastmath<contract> : f32
                  %v1226 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1227 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1228 = arith.mulf %v1227, %v1226 fastmath<contract> : f32
                  %v1229 = arith.addf %v1225, %v1228 fastmath<contract> : f32
                  llvm.store %v1229, %v50 : f32, !llvm.ptr
                  %v1230 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1231 = arith.mulf %v1230, %v1227 fastmath<contract> : f32
                  llvm.store %v1231, %v66 : f32, !llvm.ptr
                  %v1232 = arith.constant 8 : i64
                  %v1233 = arith.addi %v1232, %v32 : i64
                  %v1234 = arith.muli %v1233, %v192 : i64
                  %v1235 = arith.subi %v1211, %v165 : i64
                  %v1236 = arith.addi %v1234, %v1235 : i64
                  %v1237 = llvm.getelementptr %v63[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1238, %v1224 fastmath<contract> : f32
                  %v1240 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1241 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1242 = arith.mulf %v1241, %v1240 fastmath<contract> : f32
                  %v1243 = arith.addf %v1239, %v1242 fastmath<contract> : f32
                  llvm.store %v1243, %v51 : f32, !llvm.ptr
                  %v1244 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1245 = arith.mulf %v1244, %v1241 fastmath<contract> : f32
                  llvm.store %v1245, %v67 : f32, !llvm.ptr
                  scf.if %v1200 {
                    %v1246 = arith.muli %v44, %v71 : i64
                    %v1247 = arith.muli %v42, %v70 : i64
                    %v1248 = arith.addi %v1246, %v1247 : i64
                    %v1249 = arith.muli %v32, %v2 : i64
                    %v1250 = arith.addi %v1248, %v1249 : i64
                    %v1251 = llvm.getelementptr %dy_h_last[%v1250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1252 = llvm.load %v1251 : !llvm.ptr -> f32
                    %v1253 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1254 = arith.addf %v1253, %v1252 fastmath<contract> : f32
                    llvm.store %v1254, %v50 : f32, !llvm.ptr
                    %v1255 = arith.muli %v44, %v71 : i64
                    %v1256 = arith.muli %v42, %v70 : i64
                    %v1257 = arith.addi %v1255, %v1256 : i64
                    %v1258 = arith.constant 8 : i64
                    %v1259 = arith.addi %v1258, %v32 : i64
                    %v1260 = arith.muli %v1259, %v2 : i64
                    %v1261 = arith.addi %v1257, %v1260 : i64
                    %v1262 = llvm.getelementptr %dy_h_last[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
                    %v1264 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1265 = arith.addf %v1264, %v1263 fastmath<contract> : f32
                    llvm.store %v1265, %v51 : f32, !llvm.ptr
                  }
                  %v1266 = arith.muli %v42, %v398 : i64
                  %v1267 = arith.muli %v32, %v2 : i64
                  %v1268 = arith.addi %v1266, %v1267 : i64
                  %v1269 = llvm.getelementptr %in_A[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
                  %v1271 = arith.mulf %v1201, %v1270 fastmath<contract> : f32
                  %v1272 = arith.mulf %v1271, %v254 fastmath<contract> : f32
                  %v1273 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1272) : (f32) -> f32
                  llvm.store %v1273, %v52 : f32, !llvm.ptr
                  %v1274 = arith.muli %v42, %v398 : i64
                  %v1275 = arith.constant 8 : i64
                  %v1276 = arith.addi %v1275, %v32 : i64
                  %v1277 = arith.muli %v1276, %v2 : i64
                  %v1278 = arith.addi %v1274, %v1277 : i64
                  %v1279 = llvm.getelementptr %in_A[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
                  %v1281 = arith.mulf %v1201, %v1280 fastmath<contract> : f32
                  %v1282 = arith.mulf %v1281, %v254 fastmath<contract> : f32
                  %v1283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1282) : (f32) -> f32
                  llvm.store %v1283, %v53 : f32, !llvm.ptr
                }
                %v1284 = arith.addi %v230, %v505 : i64
                %v1285 = arith.cmpi slt, %v507, %v1106 : i32
                %v1286 = arith.cmpi eq, %v507, %v1111 : i32
                %v1287, %v1288 = gpu.shuffle idx %v1069, %v143, %v332 : f32
                %v1289, %v1290 = gpu.shuffle idx %v1077, %v143, %v332 : f32
                %v1291, %v1292 = gpu.shuffle idx %v1090, %v143, %v332 : f32
                %v1293, %v1294 = gpu.shuffle idx %v1099, %v143, %v332 : f32
                %v1295, %v1296 = gpu.shuffle idx %v1104, %v143, %v332 : f32
                scf.if %v1285 {
                  %v1297 = arith.addi %v165, %v1284 : i64
                  %v1298 = arith.muli %v32, %v192 : i64
                  %v1299 = arith.subi %v1297, %v165 : i64
                  %v1300 = arith.addi %v1298, %v1299 : i64
                  %v1301 = llvm.getelementptr %v63[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
                  %v1303 = arith.muli %v44, %v239 : i64
                  %v1304 = arith.muli %v1297, %v238 : i64
                  %v1305 = arith.addi %v1303, %v1304 : i64
                  %v1306 = arith.muli %v42, %v2 : i64
                  %v1307 = arith.addi %v1305, %v1306 : i64
                  %v1308 = llvm.getelementptr %dy_y[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
                  %v1310 = arith.mulf %v1291, %v1309 fastmath<contract> : f32
                  %v1311 = arith.mulf %v1302, %v1310 fastmath<contract> : f32
                  %v1312 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1313 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1314 = arith.mulf %v1313, %v1312 fastmath<contract> : f32
                  %v1315 = arith.addf %v1311, %v1314 fastmath<contract> : f32
                  llvm.store %v1315, %v50 : f32, !llvm.ptr
                  %v1316 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1317 = arith.mulf %v1316, %v1313 fastmath<contract> : f32
                  llvm.store %v1317, %v66 : f32, !llvm.ptr
                  %v1318 = arith.constant 8 : i64
                  %v1319 = arith.addi %v1318, %v32 : i64
                  %v1320 = arith.muli %v1319, %v192 : i64
                  %v1321 = arith.subi %v1297, %v165 : i64
                  %v1322 = arith.addi %v1320, %v1321 : i64
                  %v1323 = llvm.getelementptr %v63[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                  %v1325 = arith.mulf %v1324, %v1310 fastmath<contract> : f32
                  %v1326 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1327 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1328 = arith.mulf %v1327, %v1326 fastmath<contract> : f32
                  %v1329 = arith.addf %v1325, %v1328 fastmath<contract> : f32
                  llvm.store %v1329, %v51 : f32, !llvm.ptr
                  %v1330 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1331 = arith.mulf %v1330, %v1327 fastmath<contract> : f32
                  llvm.store %v1331, %v67 : f32, !llvm.ptr
                  scf.if %v1286 {
                    %v1332 = arith.muli %v44, %v71 : i64
                    %v1333 = arith.muli %v42, %v70 : i64
                    %v1334 = arith.addi %v1332, %v1333 : i64
                    %v1335 = arith.muli %v32, %v2 : i64
                    %v1336 = arith.addi %v1334, %v1335 : i64
                    %v1337 = llvm.getelementptr %dy_h_last[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
                    %v1339 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1340 = arith.addf %v1339, %v1338 fastmath<contract> : f32
                    llvm.store %v1340, %v50 : f32, !llvm.ptr
                    %v1341 = arith.muli %v44, %v71 : i64
                    %v1342 = arith.muli %v42, %v70 : i64
                    %v1343 = arith.addi %v1341, %v1342 : i64
                    %v1344 = arith.constant 8 : i64
                    %v1345 = arith.addi %v1344, %v32 : i64
                    %v1346 = arith.muli %v1345, %v2 : i64
                    %v1347 = arith.addi %v1343, %v1346 : i64
                    %v1348 = llvm.getelementptr %dy_h_last[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1349 = llvm.load %v1348 : !llvm.ptr -> f32
                    %v1350 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1351 = arith.addf %v1350, %v1349 fastmath<contract> : f32
                    llvm.store %v1351, %v51 : f32, !llvm.ptr
                  }
                  %v1352 = arith.muli %v42, %v398 : i64
                  %v1353 = arith.muli %v32, %v2 : i64
                  %v1354 = arith.addi %v1352, %v1353 : i64
                  %v1355 = llvm.getelementptr %in_A[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
                  %v1357 = arith.mulf %v1287, %v1356 fastmath<contract> : f32
                  %v1358 = arith.mulf %v1357, %v254 fastmath<contract> : f32
                  %v1359 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1358) : (f32) -> f32
                  llvm.store %v1359, %v52 : f32, !llvm.ptr
                  %v1360 = arith.muli %v42, %v398 : i64
                  %v1361 = arith.constant 8 : i64
                  %v1362 = arith.addi %v1361, %v32 : i64
                  %v1363 = arith.muli %v1362, %v2 : i64
                  %v1364 = arith.addi %v1360, %v1363 : i64
                  %v1365 = llvm.getelementptr %in_A[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                  %v1367 = arith.mulf %v1287, %v1366 fastmath<contract> : f32
                  %v1368 = arith.mulf %v1367, %v254 fastmath<contract> : f32
                  %v1369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1368) : (f32) -> f32
                  llvm.store %v1369, %v53 : f32, !llvm.ptr
                }
                %v1370 = arith.addi %v230, %v46 : i64
                %v1371 = arith.cmpi slt, %v594, %v1106 : i32
                %v1372 = arith.cmpi eq, %v594, %v1111 : i32
                %v1373, %v1374 = gpu.shuffle idx %v1069, %v139, %v332 : f32
                %v1375, %v1376 = gpu.shuffle idx %v1077, %v139, %v332 : f32
                %v1377, %v1378 = gpu.shuffle idx %v1090, %v139, %v332 : f32
                %v1379, %v1380 = gpu.shuffle idx %v1099, %v139, %v332 : f32
                %v1381, %v1382 = gpu.shuffle idx %v1104, %v139, %v332 : f32
                scf.if %v1371 {
                  %v1383 = arith.addi %v165, %v1370 : i64
                  %v1384 = arith.muli %v32, %v192 : i64
                  %v1385 = arith.subi %v1383, %v165 : i64
                  %v1386 = arith.addi %v1384, %v1385 : i64
                  %v1387 = llvm.getelementptr %v63[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1388 = llvm.load %v1387 : !llvm.ptr -> f32
                  %v1389 = arith.muli %v44, %v239 : i64
                  %v1390 = arith.muli %v1383, %v238 : i64
                  %v1391 = arith.addi %v1389, %v1390 : i64
                  %v1392 = arith.muli %v42, %v2 : i64
                  %v1393 = arith.addi %v1391, %v1392 : i64
                  %v1394 = llvm.getelementptr %dy_y[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
                  %v1396 = arith.mulf %v1377, %v1395 fastmath<contract> : f32
                  %v1397 = arith.mulf %v1388, %v1396 fastmath<contract> : f32
                  %v1398 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1399 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1400 = arith.mulf %v1399, %v1398 fastmath<contract> : f32
                  %v1401 = arith.addf %v1397, %v1400 fastmath<contract> : f32
                  llvm.store %v1401, %v50 : f32, !llvm.ptr
                  %v1402 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1403 = arith.mulf %v1402, %v1399 fastmath<contract> : f32
                  llvm.store %v1403, %v66 : f32, !llvm.ptr
                  %v1404 = arith.constant 8 : i64
                  %v1405 = arith.addi %v1404, %v32 : i64
                  %v1406 = arith.muli %v1405, %v192 : i64
                  %v1407 = arith.subi %v1383, %v165 : i64
                  %v1408 = arith.addi %v1406, %v1407 : i64
                  %v1409 = llvm.getelementptr %v63[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
                  %v1411 = arith.mulf %v1410, %v1396 fastmath<contract> : f32
                  %v1412 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1413 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1414 = arith.mulf %v1413, %v1412 fastmath<contract> : f32
                  %v1415 = arith.addf %v1411, %v1414 fastmath<contract> : f32
                  llvm.store %v1415, %v51 : f32, !llvm.ptr
                  %v1416 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1417 = arith.mulf %v1416, %v1413 fastmath<contract> : f32
                  llvm.store %v1417, %v67 : f32, !llvm.ptr
                  scf.if %v1372 {
                    %v1418 = arith.muli %v44, %v71 : i64
                    %v1419 = arith.muli %v42, %v70 : i64
                    %v1420 = arith.addi %v1418, %v1419 : i64
                    %v1421 = arith.muli %v32, %v2 : i64
                    %v1422 = arith.addi %v1420, %v1421 : i64
                    %v1423 = llvm.getelementptr %dy_h_last[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                    %v1425 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1426 = arith.addf %v1425, %v1424 fastmath<contract> : f32
                    llvm.store %v1426, %v50 : f32, !llvm.ptr
                    %v1427 = arith.muli %v44, %v71 : i64
                    %v1428 = arith.muli %v42, %v70 : i64
                    %v1429 = arith.addi %v1427, %v1428 : i64
                    %v1430 = arith.constant 8 : i64
                    %v1431 = arith.addi %v1430, %v32 : i64
                    %v1432 = arith.muli %v1431, %v2 : i64
                    %v1433 = arith.addi %v1429, %v1432 : i64
                    %v1434 = llvm.getelementptr %dy_h_last[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
                    %v1436 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1437 = arith.addf %v1436, %v1435 fastmath<contract> : f32
                    llvm.store %v1437, %v51 : f32, !llvm.ptr
                  }
                  %v1438 = arith.muli %v42, %v398 : i64
                  %v1439 = arith.muli %v32, %v2 : i64
                  %v1440 = arith.addi %v1438, %v1439 : i64
                  %v1441 = llvm.getelementptr %in_A[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
                  %v1443 = arith.mulf %v1373, %v1442 fastmath<contract> : f32
                  %v1444 = arith.mulf %v1443, %v254 fastmath<contract> : f32
                  %v1445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1444) : (f32) -> f32
                  llvm.store %v1445, %v52 : f32, !llvm.ptr
                  %v1446 = arith.muli %v42, %v398 : i64
                  %v1447 = arith.constant 8 : i64
                  %v1448 = arith.addi %v1447, %v32 : i64
                  %v1449 = arith.muli %v1448, %v2 : i64
                  %v1450 = arith.addi %v1446, %v1449 : i64
                  %v1451 = llvm.getelementptr %in_A[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
                  %v1453 = arith.mulf %v1373, %v1452 fastmath<contract> : f32
                  %v1454 = arith.mulf %v1453, %v254 fastmath<contract> : f32
                  %v1455 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1454) : (f32) -> f32
                  llvm.store %v1455, %v53 : f32, !llvm.ptr
                }
                %v1456 = arith.addi %v230, %v680 : i64
                %v1457 = arith.cmpi slt, %v682, %v1106 : i32
                %v1458 = arith.cmpi eq, %v682, %v1111 : i32
                %v1459, %v1460 = gpu.shuffle idx %v1069, %v135, %v332 : f32
                %v1461, %v1462 = gpu.shuffle idx %v1077, %v135, %v332 : f32
                %v1463, %v1464 = gpu.shuffle idx %v1090, %v135, %v332 : f32
                %v1465, %v1466 = gpu.shuffle idx %v1099, %v135, %v332 : f32
                %v1467, %v1468 = gpu.shuffle idx %v1104, %v135, %v332 : f32
                scf.if %v1457 {
                  %v1469 = arith.addi %v165, %v1456 : i64
                  %v1470 = arith.muli %v32, %v192 : i64
                  %v1471 = arith.subi %v1469, %v165 : i64
                  %v1472 = arith.addi %v1470, %v1471 : i64
                  %v1473 = llvm.getelementptr %v63[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
                  %v1475 = arith.muli %v44, %v239 : i64
                  %v1476 = arith.muli %v1469, %v238 : i64
                  %v1477 = arith.addi %v1475, %v1476 : i64
                  %v1478 = arith.muli %v42, %v2 : i64
                  %v1479 = arith.addi %v1477, %v1478 : i64
                  %v1480 = llvm.getelementptr %dy_y[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                  %v1482 = arith.mulf %v1463, %v1481 fastmath<contract> : f32
                  %v1483 = arith.mulf %v1474, %v1482 fastmath<contract> : f32
                  %v1484 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1485 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1486 = arith.mulf %v1485, %v1484 fastmath<contract> : f32
                  %v1487 = arith.addf %v1483, %v1486 fastmath<contract> : f32
                  llvm.store %v1487, %v50 : f32, !llvm.ptr
                  %v1488 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1489 = arith.mulf %v1488, %v1485 fastmath<contract> : f32
                  llvm.store %v1489, %v66 : f32, !llvm.ptr
                  %v1490 = arith.constant 8 : i64
                  %v1491 = arith.addi %v1490, %v32 : i64
                  %v1492 = arith.muli %v1491, %v192 : i64
                  %v1493 = arith.subi %v1469, %v165 : i64
                  %v1494 = arith.addi %v1492, %v1493 : i64
                  %v1495 = llvm.getelementptr %v63[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
                  %v1497 = arith.mulf %v1496, %v1482 fastmath<contract> : f32
                  %v1498 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1499 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1500 = arith.mulf %v1499, %v1498 fastmath<contract> : f32
                  %v1501 = arith.addf %v1497, %v1500 fastmath<contract> : f32
                  llvm.store %v1501, %v51 : f32, !llvm.ptr
                  %v1502 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1503 = arith.mulf %v1502, %v1499 fastmath<contract> : f32
                  llvm.store %v1503, %v67 : f32, !llvm.ptr
                  scf.if %v1458 {
                    %v1504 = arith.muli %v44, %v71 : i64
                    %v1505 = arith.muli %v42, %v70 : i64
                    %v1506 = arith.addi %v1504, %v1505 : i64
                    %v1507 = arith.muli %v32, %v2 : i64
                    %v1508 = arith.addi %v1506, %v1507 : i64
                    %v1509 = llvm.getelementptr %dy_h_last[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
                    %v1511 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1512 = arith.addf %v1511, %v1510 fastmath<contract> : f32
                    llvm.store %v1512, %v50 : f32, !llvm.ptr
                    %v1513 = arith.muli %v44, %v71 : i64
                    %v1514 = arith.muli %v42, %v70 : i64
                    %v1515 = arith.addi %v1513, %v1514 : i64
                    %v1516 = arith.constant 8 : i64
                    %v1517 = arith.addi %v1516, %v32 : i64
                    %v1518 = arith.muli %v1517, %v2 : i64
                    %v1519 = arith.addi %v1515, %v1518 : i64
                    %v1520 = llvm.getelementptr %dy_h_last[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                    %v1522 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1523 = arith.addf %v1522, %v1521 fastmath<contract> : f32
                    llvm.store %v1523, %v51 : f32, !llvm.ptr
                  }
                  %v1524 = arith.muli %v42, %v398 : i64
                  %v1525 = arith.muli %v32, %v2 : i64
                  %v1526 = arith.addi %v1524, %v1525 : i64
                  %v1527 = llvm.getelementptr %in_A[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
                  %v1529 = arith.mulf %v1459, %v1528 fastmath<contract> : f32
                  %v1530 = arith.mulf %v1529, %v254 fastmath<contract> : f32
                  %v1531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1530) : (f32) -> f32
                  llvm.store %v1531, %v52 : f32, !llvm.ptr
                  %v1532 = arith.muli %v42, %v398 : i64
                  %v1533 = arith.constant 8 : i64
                  %v1534 = arith.addi %v1533, %v32 : i64
                  %v1535 = arith.muli %v1534, %v2 : i64
                  %v1536 = arith.addi %v1532, %v1535 : i64
                  %v1537 = llvm.getelementptr %in_A[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                  %v1539 = arith.mulf %v1459, %v1538 fastmath<contract> : f32
                  %v1540 = arith.mulf %v1539, %v254 fastmath<contract> : f32
                  %v1541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1540) : (f32) -> f32
                  llvm.store %v1541, %v53 : f32, !llvm.ptr
                }
                %v1542 = arith.addi %v230, %v768 : i64
                %v1543 = arith.cmpi slt, %v770, %v1106 : i32
                %v1544 = arith.cmpi eq, %v770, %v1111 : i32
                %v1545, %v1546 = gpu.shuffle idx %v1069, %v131, %v332 : f32
                %v1547, %v1548 = gpu.shuffle idx %v1077, %v131, %v332 : f32
                %v1549, %v1550 = gpu.shuffle idx %v1090, %v131, %v332 : f32
                %v1551, %v1552 = gpu.shuffle idx %v1099, %v131, %v332 : f32
                %v1553, %v1554 = gpu.shuffle idx %v1104, %v131, %v332 : f32
                scf.if %v1543 {
                  %v1555 = arith.addi %v165, %v1542 : i64
                  %v1556 = arith.muli %v32, %v192 : i64
                  %v1557 = arith.subi %v1555, %v165 : i64
                  %v1558 = arith.addi %v1556, %v1557 : i64
                  %v1559 = llvm.getelementptr %v63[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
                  %v1561 = arith.muli %v44, %v239 : i64
                  %v1562 = arith.muli %v1555, %v238 : i64
                  %v1563 = arith.addi %v1561, %v1562 : i64
                  %v1564 = arith.muli %v42, %v2 : i64
                  %v1565 = arith.addi %v1563, %v1564 : i64
                  %v1566 = llvm.getelementptr %dy_y[%v1565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1567 = llvm.load %v1566 : !llvm.ptr -> f32
                  %v1568 = arith.mulf %v1549, %v1567 fastmath<contract> : f32
                  %v1569 = arith.mulf %v1560, %v1568 fastmath<contract> : f32
                  %v1570 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1571 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1572 = arith.mulf %v1571, %v1570 fastmath<contract> : f32
                  %v1573 = arith.addf %v1569, %v1572 fastmath<contract> : f32
                  llvm.store %v1573, %v50 : f32, !llvm.ptr
                  %v1574 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1575 = arith.mulf %v1574, %v1571 fastmath<contract> : f32
                  llvm.store %v1575, %v66 : f32, !llvm.ptr
                  %v1576 = arith.constant 8 : i64
                  %v1577 = arith.addi %v1576, %v32 : i64
                  %v1578 = arith.muli %v1577, %v192 : i64
                  %v1579 = arith.subi %v1555, %v165 : i64
                  %v1580 = arith.addi %v1578, %v1579 : i64
                  %v1581 = llvm.getelementptr %v63[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
                  %v1583 = arith.mulf %v1582, %v1568 fastmath<contract> : f32
                  %v1584 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1585 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1586 = arith.mulf %v1585, %v1584 fastmath<contract> : f32
                  %v1587 = arith.addf %v1583, %v1586 fastmath<contract> : f32
                  llvm.store %v1587, %v51 : f32, !llvm.ptr
                  %v1588 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1589 = arith.mulf %v1588, %v1585 fastmath<contract> : f32
                  llvm.store %v1589, %v67 : f32, !llvm.ptr
                  scf.if %v1544 {
                    %v1590 = arith.muli %v44, %v71 : i64
                    %v1591 = arith.muli %v42, %v70 : i64
                    %v1592 = arith.addi %v1590, %v1591 : i64
                    %v1593 = arith.muli %v32, %v2 : i64
                    %v1594 = arith.addi %v1592, %v1593 : i64
                    %v1595 = llvm.getelementptr %dy_h_last[%v1594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1596 = llvm.load %v1595 : !llvm.ptr -> f32
                    %v1597 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1598 = arith.addf %v1597, %v1596 fastmath<contract> : f32
                    llvm.store %v1598, %v50 : f32, !llvm.ptr
                    %v1599 = arith.muli %v44, %v71 : i64
                    %v1600 = arith.muli %v42, %v70 : i64
                    %v1601 = arith.addi %v1599, %v1600 : i64
                    %v1602 = arith.constant 8 : i64
                    %v1603 = arith.addi %v1602, %v32 : i64
                    %v1604 = arith.muli %v1603, %v2 : i64
                    %v1605 = arith.addi %v1601, %v1604 : i64
                    %v1606 = llvm.getelementptr %dy_h_last[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
                    %v1608 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1609 = arith.addf %v1608, %v1607 fastmath<contract> : f32
                    llvm.store %v1609, %v51 : f32, !llvm.ptr
                  }
                  %v1610 = arith.muli %v42, %v398 : i64
                  %v1611 = arith.muli %v32, %v2 : i64
                  %v1612 = arith.addi %v1610, %v1611 : i64
                  %v1613 = llvm.getelementptr %in_A[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
                  %v1615 = arith.mulf %v1545, %v1614 fastmath<contract> : f32
                  %v1616 = arith.mulf %v1615, %v254 fastmath<contract> : f32
                  %v1617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1616) : (f32) -> f32
                  llvm.store %v1617, %v52 : f32, !llvm.ptr
                  %v1618 = arith.muli %v42, %v398 : i64
                  %v1619 = arith.constant 8 : i64
                  %v1620 = arith.addi %v1619, %v32 : i64
                  %v1621 = arith.muli %v1620, %v2 : i64
                  %v1622 = arith.addi %v1618, %v1621 : i64
                  %v1623 = llvm.getelementptr %in_A[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
                  %v1625 = arith.mulf %v1545, %v1624 fastmath<contract> : f32
                  %v1626 = arith.mulf %v1625, %v254 fastmath<contract> : f32
                  %v1627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1626) : (f32) -> f32
                  llvm.store %v1627, %v53 : f32, !llvm.ptr
                }
                %v1628 = arith.addi %v230, %v2 : i64
                %v1629 = arith.cmpi slt, %v857, %v1106 : i32
                %v1630 = arith.cmpi eq, %v857, %v1111 : i32
                %v1631, %v1632 = gpu.shuffle idx %v1069, %v127, %v332 : f32
                %v1633, %v1634 = gpu.shuffle idx %v1077, %v127, %v332 : f32
                %v1635, %v1636 = gpu.shuffle idx %v1090, %v127, %v332 : f32
                %v1637, %v1638 = gpu.shuffle idx %v1099, %v127, %v332 : f32
                %v1639, %v1640 = gpu.shuffle idx %v1104, %v127, %v332 : f32
                scf.if %v1629 {
                  %v1641 = arith.addi %v165, %v1628 : i64
                  %v1642 = arith.muli %v32, %v192 : i64
                  %v1643 = arith.subi %v1641, %v165 : i64
                  %v1644 = arith.addi %v1642, %v1643 : i64
                  %v1645 = llvm.getelementptr %v63[%v1644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
                  %v1647 = arith.muli %v44, %v239 : i64
                  %v1648 = arith.muli %v1641, %v238 : i64
                  %v1649 = arith.addi %v1647, %v1648 : i64
                  %v1650 = arith.muli %v42, %v2 : i64
                  %v1651 = arith.addi %v1649, %v1650 : i64
                  %v1652 = llvm.getelementptr %dy_y[%v1651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1653 = llvm.load %v1652 : !llvm.ptr -> f32
                  %v1654 = arith.mulf %v1635, %v1653 fastmath<contract> : f32
                  %v1655 = arith.mulf %v1646, %v1654 fastmath<contract> : f32
                  %v1656 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1657 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1658 = arith.mulf %v1657, %v1656 fastmath<contract> : f32
                  %v1659 = arith.addf %v1655, %v1658 fastmath<contract> : f32
                  llvm.store %v1659, %v50 : f32, !llvm.ptr
                  %v1660 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1661 = arith.mulf %v1660, %v1657 fastmath<contract> : f32
                  llvm.store %v1661, %v66 : f32, !llvm.ptr
                  %v1662 = arith.constant 8 : i64
                  %v1663 = arith.addi %v1662, %v32 : i64
                  %v1664 = arith.muli %v1663, %v192 : i64
                  %v1665 = arith.subi %v1641, %v165 : i64
                  %v1666 = arith.addi %v1664, %v1665 : i64
                  %v1667 = llvm.getelementptr %v63[%v1666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1668 = llvm.load %v1667 : !llvm.ptr -> f32
                  %v1669 = arith.mulf %v1668, %v1654 fastmath<contract> : f32
                  %v1670 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1671 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1672 = arith.mulf %v1671, %v1670 fastmath<contract> : f32
                  %v1673 = arith.addf %v1669, %v1672 fastmath<contract> : f32
                  llvm.store %v1673, %v51 : f32, !llvm.ptr
                  %v1674 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1675 = arith.mulf %v1674, %v1671 fastmath<contract> : f32
                  llvm.store %v1675, %v67 : f32, !llvm.ptr
                  scf.if %v1630 {
                    %v1676 = arith.muli %v44, %v71 : i64
                    %v1677 = arith.muli %v42, %v70 : i64
                    %v1678 = arith.addi %v1676, %v1677 : i64
                    %v1679 = arith.muli %v32, %v2 : i64
                    %v1680 = arith.addi %v1678, %v1679 : i64
                    %v1681 = llvm.getelementptr %dy_h_last[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
                    %v1683 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1684 = arith.addf %v1683, %v1682 fastmath<contract> : f32
                    llvm.store %v1684, %v50 : f32, !llvm.ptr
                    %v1685 = arith.muli %v44, %v71 : i64
                    %v1686 = arith.muli %v42, %v70 : i64
                    %v1687 = arith.addi %v1685, %v1686 : i64
                    %v1688 = arith.constant 8 : i64
                    %v1689 = arith.addi %v1688, %v32 : i64
                    %v1690 = arith.muli %v1689, %v2 : i64
                    %v1691 = arith.addi %v1687, %v1690 : i64
                    %v1692 = llvm.getelementptr %dy_h_last[%v1691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1693 = llvm.load %v1692 : !llvm.ptr -> f32
                    %v1694 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1695 = arith.addf %v1694, %v1693 fastmath<contract> : f32
                    llvm.store %v1695, %v51 : f32, !llvm.ptr
                  }
                  %v1696 = arith.muli %v42, %v398 : i64
                  %v1697 = arith.muli %v32, %v2 : i64
                  %v1698 = arith.addi %v1696, %v1697 : i64
                  %v1699 = llvm.getelementptr %in_A[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1700 = llvm.load %v1699 : !llvm.ptr -> f32
                  %v1701 = arith.mulf %v1631, %v1700 fastmath<contract> : f32
                  %v1702 = arith.mulf %v1701, %v254 fastmath<contract> : f32
                  %v1703 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1702) : (f32) -> f32
                  llvm.store %v1703, %v52 : f32, !llvm.ptr
                  %v1704 = arith.muli %v42, %v398 : i64
                  %v1705 = arith.constant 8 : i64
                  %v1706 = arith.addi %v1705, %v32 : i64
                  %v1707 = arith.muli %v1706, %v2 : i64
                  %v1708 = arith.addi %v1704, %v1707 : i64
                  %v1709 = llvm.getelementptr %in_A[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
                  %v1711 = arith.mulf %v1631, %v1710 fastmath<contract> : f32
                  %v1712 = arith.mulf %v1711, %v254 fastmath<contract> : f32
                  %v1713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1712) : (f32) -> f32
                  llvm.store %v1713, %v53 : f32, !llvm.ptr
                }
                %v1714 = arith.addi %v230, %v68 : i64
                %v1715 = arith.cmpi slt, %v944, %v1106 : i32
                %v1716 = arith.cmpi eq, %v944, %v1111 : i32
                %v1717, %v1718 = gpu.shuffle idx %v1069, %v123, %v332 : f32
                %v1719, %v1720 = gpu.shuffle idx %v1077, %v123, %v332 : f32
                %v1721, %v1722 = gpu.shuffle idx %v1090, %v123, %v332 : f32
                %v1723, %v1724 = gpu.shuffle idx %v1099, %v123, %v332 : f32
                %v1725, %v1726 = gpu.shuffle idx %v1104, %v123, %v332 : f32
                scf.if %v1715 {
                  %v1727 = arith.addi %v165, %v1714 : i64
                  %v1728 = arith.muli %v32, %v192 : i64
                  %v1729 = arith.subi %v1727, %v165 : i64
                  %v1730 = arith.addi %v1728, %v1729 : i64
                  %v1731 = llvm.getelementptr %v63[%v1730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1732 = llvm.load %v1731 : !llvm.ptr -> f32
                  %v1733 = arith.muli %v44, %v239 : i64
                  %v1734 = arith.muli %v1727, %v238 : i64
                  %v1735 = arith.addi %v1733, %v1734 : i64
                  %v1736 = arith.muli %v42, %v2 : i64
                  %v1737 = arith.addi %v1735, %v1736 : i64
                  %v1738 = llvm.getelementptr %dy_y[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1739 = llvm.load %v1738 : !llvm.ptr -> f32
                  %v1740 = arith.mulf %v1721, %v1739 fastmath<contract> : f32
                  %v1741 = arith.mulf %v1732, %v1740 fastmath<contract> : f32
                  %v1742 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1743 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1744 = arith.mulf %v1743, %v1742 fastmath<contract> : f32
                  %v1745 = arith.addf %v1741, %v1744 fastmath<contract> : f32
                  llvm.store %v1745, %v50 : f32, !llvm.ptr
                  %v1746 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1747 = arith.mulf %v1746, %v1743 fastmath<contract> : f32
                  llvm.store %v1747, %v66 : f32, !llvm.ptr
                  %v1748 = arith.constant 8 : i64
                  %v1749 = arith.addi %v1748, %v32 : i64
                  %v1750 = arith.muli %v1749, %v192 : i64
                  %v1751 = arith.subi %v1727, %v165 : i64
                  %v1752 = arith.addi %v1750, %v1751 : i64
                  %v1753 = llvm.getelementptr %v63[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1754 = llvm.load %v1753 : !llvm.ptr -> f32
                  %v1755 = arith.mulf %v1754, %v1740 fastmath<contract> : f32
                  %v1756 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1757 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1758 = arith.mulf %v1757, %v1756 fastmath<contract> : f32
                  %v1759 = arith.addf %v1755, %v1758 fastmath<contract> : f32
                  llvm.store %v1759, %v51 : f32, !llvm.ptr
                  %v1760 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1761 = arith.mulf %v1760, %v1757 fastmath<contract> : f32
                  llvm.store %v1761, %v67 : f32, !llvm.ptr
                  scf.if %v1716 {
                    %v1762 = arith.muli %v44, %v71 : i64
                    %v1763 = arith.muli %v42, %v70 : i64
                    %v1764 = arith.addi %v1762, %v1763 : i64
                    %v1765 = arith.muli %v32, %v2 : i64
                    %v1766 = arith.addi %v1764, %v1765 : i64
                    %v1767 = llvm.getelementptr %dy_h_last[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
                    %v1769 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1770 = arith.addf %v1769, %v1768 fastmath<contract> : f32
                    llvm.store %v1770, %v50 : f32, !llvm.ptr
                    %v1771 = arith.muli %v44, %v71 : i64
                    %v1772 = arith.muli %v42, %v70 : i64
                    %v1773 = arith.addi %v1771, %v1772 : i64
                    %v1774 = arith.constant 8 : i64
                    %v1775 = arith.addi %v1774, %v32 : i64
                    %v1776 = arith.muli %v1775, %v2 : i64
                    %v1777 = arith.addi %v1773, %v1776 : i64
                    %v1778 = llvm.getelementptr %dy_h_last[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
                    %v1780 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1781 = arith.addf %v1780, %v1779 fastmath<contract> : f32
                    llvm.store %v1781, %v51 : f32, !llvm.ptr
                  }
                  %v1782 = arith.muli %v42, %v398 : i64
                  %v1783 = arith.muli %v32, %v2 : i64
                  %v1784 = arith.addi %v1782, %v1783 : i64
                  %v1785 = llvm.getelementptr %in_A[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1786 = llvm.load %v1785 : !llvm.ptr -> f32
                  %v1787 = arith.mulf %v1717, %v1786 fastmath<contract> : f32
                  %v1788 = arith.mulf %v1787, %v254 fastmath<contract> : f32
                  %v1789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1788) : (f32) -> f32
                  llvm.store %v1789, %v52 : f32, !llvm.ptr
                  %v1790 = arith.muli %v42, %v398 : i64
                  %v1791 = arith.constant 8 : i64
                  %v1792 = arith.addi %v1791, %v32 : i64
                  %v1793 = arith.muli %v1792, %v2 : i64
                  %v1794 = arith.addi %v1790, %v1793 : i64
                  %v1795 = llvm.getelementptr %in_A[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1796 = llvm.load %v1795 : !llvm.ptr -> f32
                  %v1797 = arith.mulf %v1717, %v1796 fastmath<contract> : f32
                  %v1798 = arith.mulf %v1797, %v254 fastmath<contract> : f32
                  %v1799 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1798) : (f32) -> f32
                  llvm.store %v1799, %v53 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v36 {
        %v1800 = llvm.load %v50 : !llvm.ptr -> f32
        %v1801 = arith.addi %v68, %v32 : i64
        %v1802 = arith.muli %v68, %v8 : i64
        %v1803 = arith.addi %v1802, %v27 : i64
        %v1804 = arith.muli %v1803, %v1 : i64
        %v1805 = arith.addi %v1804, %v1801 : i64
        %v1806 = arith.muli %v1805, %v4 : i64
        %v1807 = arith.subi %v4, %v2 : i64
        %v1808 = arith.minsi %v38, %v1807 : i64
        %v1809 = arith.addi %v1806, %v1808 : i64
        %v1810 = llvm.getelementptr %segsum_h[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1800, %v1810 : f32, !llvm.ptr
        %v1811 = llvm.load %v66 : !llvm.ptr -> f32
        %v1812 = arith.addi %v68, %v32 : i64
        %v1813 = arith.muli %v2, %v8 : i64
        %v1814 = arith.addi %v1813, %v27 : i64
        %v1815 = arith.muli %v1814, %v1 : i64
        %v1816 = arith.addi %v1815, %v1812 : i64
        %v1817 = arith.muli %v1816, %v4 : i64
        %v1818 = arith.subi %v4, %v2 : i64
        %v1819 = arith.minsi %v38, %v1818 : i64
        %v1820 = arith.addi %v1817, %v1819 : i64
        %v1821 = llvm.getelementptr %segsum_h[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1811, %v1821 : f32, !llvm.ptr
        %v1822 = llvm.load %v52 : !llvm.ptr -> f32
        %v1823 = arith.addi %v68, %v32 : i64
        %v1824 = arith.muli %v768, %v8 : i64
        %v1825 = arith.addi %v1824, %v27 : i64
        %v1826 = arith.muli %v1825, %v1 : i64
        %v1827 = arith.addi %v1826, %v1823 : i64
        %v1828 = arith.muli %v1827, %v4 : i64
        %v1829 = arith.subi %v4, %v2 : i64
        %v1830 = arith.minsi %v38, %v1829 : i64
        %v1831 = arith.addi %v1828, %v1830 : i64
        %v1832 = llvm.getelementptr %segsum_h[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1822, %v1832 : f32, !llvm.ptr
        %v1833 = llvm.load %v51 : !llvm.ptr -> f32
        %v1834 = arith.addi %v31, %v32 : i64
        %v1835 = arith.muli %v68, %v8 : i64
        %v1836 = arith.addi %v1835, %v27 : i64
        %v1837 = arith.muli %v1836, %v1 : i64
        %v1838 = arith.addi %v1837, %v1834 : i64
        %v1839 = arith.muli %v1838, %v4 : i64
        %v1840 = arith.subi %v4, %v2 : i64
        %v1841 = arith.minsi %v38, %v1840 : i64
        %v1842 = arith.addi %v1839, %v1841 : i64
        %v1843 = llvm.getelementptr %segsum_h[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1833, %v1843 : f32, !llvm.ptr
        %v1844 = llvm.load %v67 : !llvm.ptr -> f32
        %v1845 = arith.addi %v31, %v32 : i64
        %v1846 = arith.muli %v2, %v8 : i64
        %v1847 = arith.addi %v1846, %v27 : i64
        %v1848 = arith.muli %v1847, %v1 : i64
        %v1849 = arith.addi %v1848, %v1845 : i64
        %v1850 = arith.muli %v1849, %v4 : i64
        %v1851 = arith.subi %v4, %v2 : i64
        %v1852 = arith.minsi %v38, %v1851 : i64
        %v1853 = arith.addi %v1850, %v1852 : i64
        %v1854 = llvm.getelementptr %segsum_h[%v1853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1844, %v1854 : f32, !llvm.ptr
        %v1855 = llvm.load %v53 : !llvm.ptr -> f32
        %v1856 = arith.addi %v31, %v32 : i64
        %v1857 = arith.muli %v768, %v8 : i64
        %v1858 = arith.addi %v1857, %v27 : i64
        %v1859 = arith.muli %v1858, %v1 : i64
        %v1860 = arith.addi %v1859, %v1856 : i64
        %v1861 = arith.muli %v1860, %v4 : i64
        %v1862 = arith.subi %v4, %v2 : i64
        %v1863 = arith.minsi %v38, %v1862 : i64
        %v1864 = arith.addi %v1861, %v1863 : i64
        %v1865 = llvm.getelementptr %segsum_h[%v1864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1855, %v1865 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
