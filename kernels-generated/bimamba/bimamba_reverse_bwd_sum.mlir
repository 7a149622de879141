module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @bimamba_reverse_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v60 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Bm : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Cm : !llvm.ptr<3>
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
      %v183 = arith.muli %v2, %size_L : i64
      %v184 = arith.muli %v183, %v1 : i64
      %v188 = arith.subi %size_L, %v2 : i64
      %v194 = arith.constant 65 : i64
      %v239 = arith.muli %v2, %size_L : i64
      %v240 = arith.muli %v239, %size_D : i64
      %v256 = arith.constant 0x3FB8AA3B : f32
      %v261 = arith.constant 0x3F317218 : f32
      %v263 = arith.constant 0x3E124925 : f32
      %v265 = arith.constant 0xBE2AAAAB : f32
      %v268 = arith.constant 0x3E4CCCCD : f32
      %v271 = arith.constant 0xBE800000 : f32
      %v274 = arith.constant 0x3EAAAAAB : f32
      %v277 = arith.constant 0xBF000000 : f32
      %v283 = arith.constant 0x3D800000 : f32
      %v329 = arith.constant 2147483647 : i64
      %v333 = arith.constant 7 : i32
      %v336 = arith.constant 32 : i32
      %v403 = arith.muli %v2, %v1 : i64
      %v422 = arith.constant 6 : i64
      %v424 = arith.constant 6 : i32
      %v511 = arith.constant 5 : i64
      %v513 = arith.constant 5 : i32
      %v601 = arith.constant 4 : i32
      %v688 = arith.constant 3 : i64
      %v690 = arith.constant 3 : i32
      %v777 = arith.constant 2 : i64
      %v779 = arith.constant 2 : i32
      %v867 = arith.constant 1 : i32
      %v955 = arith.constant 0 : i32
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v20 = arith.subi %v19, %v2 : i64
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
        %v99 = llvm.getelementptr %dy_h_first[%v98] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v110 = llvm.getelementptr %dy_h_first[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v186 = arith.muli %v181, %v183 : i64
          %v187 = arith.addi %v185, %v186 : i64
          %v189 = arith.subi %v188, %v180 : i64
          %v190 = arith.muli %v189, %v2 : i64
          %v191 = arith.addi %v187, %v190 : i64
          %v192 = llvm.getelementptr %in_Bm[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v195 = arith.muli %v178, %v194 : i64
          %v196 = arith.addi %v195, %v177 : i64
          %v197 = llvm.getelementptr %v61[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v193, %v197 : f32, !llvm.ptr
        }
        %v198 = arith.index_cast %v17 : i64 to index
        %v199 = arith.index_cast %v171 : i64 to index
        %v200 = arith.index_cast %v7 : i64 to index
        scf.for %v201 = %v198 to %v199 step %v200 {
          %v202 = arith.index_cast %v201 : index to i64
          %v203 = arith.remui %v202, %v114 : i64
          %v204 = arith.divui %v202, %v114 : i64
          %v205 = arith.addi %v165, %v203 : i64
          %v206 = arith.minsi %v205, %v170 : i64
          %v207 = arith.remui %v204, %v1 : i64
          %v208 = arith.divui %v204, %v1 : i64
          %v209 = arith.muli %v44, %v184 : i64
          %v210 = arith.muli %v207, %v183 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.subi %v188, %v206 : i64
          %v213 = arith.muli %v212, %v2 : i64
          %v214 = arith.addi %v211, %v213 : i64
          %v215 = llvm.getelementptr %in_Cm[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v216 = llvm.load %v215 : !llvm.ptr -> f32
          %v217 = arith.muli %v204, %v194 : i64
          %v218 = arith.addi %v217, %v203 : i64
          %v219 = llvm.getelementptr %v63[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v216, %v219 : f32, !llvm.ptr
        }
        gpu.barrier
        %v220 = arith.index_cast %v68 : i64 to index
        %v221 = arith.index_cast %v2 : i64 to index
        %v222 = arith.index_cast %v2 : i64 to index
        scf.for %v223 = %v220 to %v221 step %v222 {
          %v224 = arith.index_cast %v223 : index to i64
          %v225 = arith.index_cast %v68 : i64 to index
          %v226 = arith.index_cast %v169 : i64 to index
          %v227 = arith.index_cast %v2 : i64 to index
          scf.for %v228 = %v225 to %v226 step %v227 {
            %v229 = arith.index_cast %v228 : index to i64
            %v230 = arith.cmpi slt, %v229, %v169 : i64
            scf.if %v230 {
              %v231 = arith.subi %v169, %v2 : i64
              %v232 = arith.subi %v231, %v229 : i64
              %v233 = arith.muli %v232, %v31 : i64
              %v234 = arith.addi %v155, %v232 : i64
              %v235 = arith.subi %v167, %v2 : i64
              %v236 = arith.addi %v233, %v32 : i64
              %v237 = arith.minsi %v236, %v235 : i64
              %v238 = arith.addi %v165, %v237 : i64
              %v241 = arith.muli %v44, %v240 : i64
              %v242 = arith.muli %v42, %v239 : i64
              %v243 = arith.addi %v241, %v242 : i64
              %v244 = arith.subi %v188, %v238 : i64
              %v245 = arith.muli %v244, %v2 : i64
              %v246 = arith.addi %v243, %v245 : i64
              %v247 = llvm.getelementptr %in_delta[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v248 = llvm.load %v247 : !llvm.ptr -> f32
              %v249 = arith.muli %v42, %v2 : i64
              %v250 = llvm.getelementptr %in_dt_bias[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v251 = llvm.load %v250 : !llvm.ptr -> f32
              %v252 = arith.addf %v248, %v251 fastmath<contract> : f32
              %v253 = arith.maximumf %v252, %v64 : f32
              %v254 = llvm.call_intrinsic "llvm.fabs.f32"(%v252) : (f32) -> f32
              %v255 = arith.negf %v254 : f32
              %v257 = arith.mulf %v255, %v256 fastmath<contract> : f32
              %v258 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v257) : (f32) -> f32
              %v259 = arith.addf %v65, %v258 fastmath<contract> : f32
              %v260 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v259) : (f32) -> f32
              %v262 = arith.mulf %v260, %v261 fastmath<contract> : f32
              %v264 = arith.mulf %v263, %v258 fastmath<contract> : f32
              %v266 = arith.addf %v264, %v265 fastmath<contract> : f32
              %v267 = arith.mulf %v266, %v258 fastmath<contract> : f32
              %v269 = arith.addf %v267, %v268 fastmath<contract> : f32
              %v270 = arith.mulf %v269, %v258 fastmath<contract> : f32
              %v272 = arith.addf %v270, %v271 fastmath<contract> : f32
              %v273 = arith.mulf %v272, %v258 fastmath<contract> : f32
              %v275 = arith.addf %v273, %v274 fastmath<contract> : f32
              %v276 = arith.mulf %v275, %v258 fastmath<contract> : f32
              %v278 = arith.addf %v276, %v277 fastmath<contract> : f32
              %v279 = arith.mulf %v278, %v258 fastmath<contract> : f32
              %v280 = arith.addf %v279, %v65 fastmath<contract> : f32
              %v281 = arith.mulf %v280, %v258 fastmath<contract> : f32
              %v282 = llvm.call_intrinsic "llvm.fabs.f32"(%v258) : (f32) -> f32
              %v284 = arith.cmpf olt, %v282, %v283 : f32
              %v285 = arith.select %v284, %v281, %v262 : f32
              %v286 = arith.addf %v253, %v285 fastmath<contract> : f32
              %v287 = arith.muli %v44, %v240 : i64
              %v288 = arith.muli %v42, %v239 : i64
              %v289 = arith.addi %v287, %v288 : i64
              %v290 = arith.subi %v188, %v238 : i64
              %v291 = arith.muli %v290, %v2 : i64
              %v292 = arith.addi %v289, %v291 : i64
              %v293 = llvm.getelementptr %in_u[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v294 = llvm.load %v293 : !llvm.ptr -> f32
              %v295 = arith.mulf %v286, %v294 fastmath<contract> : f32
              %v296 = arith.muli %v44, %v240 : i64
              %v297 = arith.muli %v42, %v239 : i64
              %v298 = arith.addi %v296, %v297 : i64
              %v299 = arith.subi %v188, %v238 : i64
              %v300 = arith.muli %v299, %v2 : i64
              %v301 = arith.addi %v298, %v300 : i64
              %v302 = llvm.getelementptr %in_z[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v303 = llvm.load %v302 : !llvm.ptr -> f32
              %v304 = arith.negf %v303 : f32
              %v305 = arith.mulf %v304, %v256 fastmath<contract> : f32
              %v306 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v305) : (f32) -> f32
              %v307 = arith.addf %v65, %v306 fastmath<contract> : f32
              %v308 = arith.divf %v65, %v307 : f32
              %v309 = arith.mulf %v303, %v308 fastmath<contract> : f32
              %v310 = arith.negf %v303 : f32
              %v311 = arith.mulf %v310, %v256 fastmath<contract> : f32
              %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
              %v313 = arith.addf %v65, %v312 fastmath<contract> : f32
              %v314 = arith.divf %v65, %v313 : f32
              %v315 = arith.subf %v65, %v314 fastmath<contract> : f32
              %v316 = arith.mulf %v303, %v315 fastmath<contract> : f32
              %v317 = arith.addf %v65, %v316 fastmath<contract> : f32
              %v318 = arith.mulf %v314, %v317 fastmath<contract> : f32
              %v319 = arith.negf %v252 : f32
              %v320 = arith.mulf %v319, %v256 fastmath<contract> : f32
              %v321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v320) : (f32) -> f32
              %v322 = arith.addf %v65, %v321 fastmath<contract> : f32
              %v323 = arith.divf %v65, %v322 : f32
              // the group's states, recomputed into registers
              %v324 = arith.subi %v167, %v233 : i64
              %v325 = arith.trunci %v324 : i64 to i32
              %v326 = arith.subi %size_L, %v2 : i64
              %v327 = arith.addi %v165, %v233 : i64
              %v328 = arith.subi %v326, %v327 : i64
              %v330 = arith.minsi %v328, %v329 : i64
              %v331 = arith.trunci %v330 : i64 to i32
              %v332 = arith.addi %v233, %v115 : i64
              %v334 = arith.cmpi slt, %v333, %v325 : i32
              %v335 = arith.cmpi eq, %v333, %v331 : i32
              %v337, %v338 = gpu.shuffle idx %v286, %v151, %v336 : f32
              %v339, %v340 = gpu.shuffle idx %v295, %v151, %v336 : f32
              %v341, %v342 = gpu.shuffle idx %v309, %v151, %v336 : f32
              %v343, %v344 = gpu.shuffle idx %v318, %v151, %v336 : f32
              %v345, %v346 = gpu.shuffle idx %v323, %v151, %v336 : f32
              scf.if %v334 {
                %v347 = arith.addi %v165, %v332 : i64
                %v348 = arith.muli %v32, %v194 : i64
                %v349 = arith.subi %v347, %v165 : i64
                %v350 = arith.addi %v348, %v349 : i64
                %v351 = llvm.getelementptr %v63[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v352 = llvm.load %v351 : !llvm.ptr -> f32
                %v353 = arith.muli %v44, %v240 : i64
                %v354 = arith.muli %v42, %v239 : i64
                %v355 = arith.addi %v353, %v354 : i64
                %v356 = arith.subi %v188, %v347 : i64
                %v357 = arith.muli %v356, %v2 : i64
                %v358 = arith.addi %v355, %v357 : i64
                %v359 = llvm.getelementptr %dy_y[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v360 = llvm.load %v359 : !llvm.ptr -> f32
                %v361 = arith.mulf %v341, %v360 fastmath<contract> : f32
                %v362 = arith.mulf %v352, %v361 fastmath<contract> : f32
                %v363 = llvm.load %v50 : !llvm.ptr -> f32
                %v364 = llvm.load %v52 : !llvm.ptr -> f32
                %v365 = arith.mulf %v364, %v363 fastmath<contract> : f32
                %v366 = arith.addf %v362, %v365 fastmath<contract> : f32
                llvm.store %v366, %v50 : f32, !llvm.ptr
                %v367 = llvm.load %v66 : !llvm.ptr -> f32
                %v368 = arith.mulf %v367, %v364 fastmath<contract> : f32
                llvm.store %v368, %v66 : f32, !llvm.ptr
                %v369 = arith.constant 8 : i64
                %v370 = arith.addi %v369, %v32 : i64
                %v371 = arith.muli %v370, %v194 : i64
                %v372 = arith.subi %v347, %v165 : i64
                %v373 = arith.addi %v371, %v372 : i64
                %v374 = llvm.getelementptr %v63[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v375 = llvm.load %v374 : !llvm.ptr -> f32
                %v376 = arith.mulf %v375, %v361 fastmath<contract> : f32
                %v377 = llvm.load %v51 : !llvm.ptr -> f32
                %v378 = llvm.load %v53 : !llvm.ptr -> f32
                %v379 = arith.mulf %v378, %v377 fastmath<contract> : f32
                %v380 = arith.addf %v376, %v379 fastmath<contract> : f32
                llvm.store %v380, %v51 : f32, !llvm.ptr
                %v381 = llvm.load %v67 : !llvm.ptr -> f32
                %v382 = arith.mulf %v381, %v378 fastmath<contract> : f32
                llvm.store %v382, %v67 : f32, !llvm.ptr
                scf.if %v335 {
                  %v383 = arith.muli %v44, %v71 : i64
                  %v384 = arith.muli %v42, %v70 : i64
                  %v385 = arith.addi %v383, %v384 : i64
                  %v386 = arith.muli %v32, %v2 : i64
                  %v387 = arith.addi %v385, %v386 : i64
                  %v388 = llvm.getelementptr %dy_h_first[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v389 = llvm.load %v388 : !llvm.ptr -> f32
                  %v390 = llvm.load %v50 : !llvm.ptr -> f32
                  %v391 = arith.addf %v390, %v389 fastmath<contract> : f32
                  llvm.store %v391, %v50 : f32, !llvm.ptr
                  %v392 = arith.muli %v44, %v71 : i64
                  %v393 = arith.muli %v42, %v70 : i64
                  %v394 = arith.addi %v392, %v393 : i64
                  %v395 = arith.constant 8 : i64
                  %v396 = arith.addi %v395, %v32 : i64
                  %v397 = arith.muli %v396, %v2 : i64
                  %v398 = arith.addi %v394, %v397 : i64
                  %v399 = llvm.getelementptr %dy_h_first[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v400 = llvm.load %v399 : !llvm.ptr -> f32
                  %v401 = llvm.load %v51 : !llvm.ptr -> f32
                  %v402 = arith.addf %v401, %v400 fastmath<contract> : f32
                  llvm.store %v402, %v51 : f32, !llvm.ptr
                }
                %v404 = arith.muli %v42, %v403 : i64
                %v405 = arith.muli %v32, %v2 : i64
                %v406 = arith.addi %v404, %v405 : i64
                %v407 = llvm.getelementptr %in_A[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v408 = llvm.load %v407 : !llvm.ptr -> f32
                %v409 = arith.mulf %v337, %v408 fastmath<contract> : f32
                %v410 = arith.mulf %v409, %v256 fastmath<contract> : f32
                %v411 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v410) : (f32) -> f32
                llvm.store %v411, %v52 : f32, !llvm.ptr
                %v412 = arith.muli %v42, %v403 : i64
                %v413 = arith.constant 8 : i64
                %v414 = arith.addi %v413, %v32 : i64
                %v415 = arith.muli %v414, %v2 : i64
                %v416 = arith.addi %v412, %v415 : i64
                %v417 = llvm.getelementptr %in_A[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v418 = llvm.load %v417 : !llvm.ptr -> f32
                %v419 = arith.mulf %v337, %v418 fastmath<contract> : f32
                %v420 = arith.mulf %v419, %v256 fastmath<contract> : f32
                %v421 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v420) : (f32) -> f32
                llvm.store %v421, %v53 : f32, !llvm.ptr
              }
              %v423 = arith.addi %v233, %v422 : i64
              %v425 = arith.cmpi slt, %v424, %v325 : i32
              %v426 = arith.cmpi eq, %v424, %v331 : i32
              %v427, %v428 = gpu.shuffle idx %v286, %v147, %v336 : f32
              %v429, %v430 = gpu.shuffle idx %v295, %v147, %v336 : f32
              %v431, %v432 = gpu.shuffle idx %v309, %v147, %v336 : f32
              %v433, %v434 = gpu.shuffle idx %v318, %v147, %v336 : f32
              %v435, %v436 = gpu.shuffle idx %v323, %v147, %v336 : f32
              scf.if %v425 {
                %v437 = arith.addi %v165, %v423 : i64
                %v438 = arith.muli %v32, %v194 : i64
                %v439 = arith.subi %v437, %v165 : i64
                %v440 = arith.addi %v438, %v439 : i64
                %v441 = llvm.getelementptr %v63[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v442 = llvm.load %v441 : !llvm.ptr -> f32
                %v443 = arith.muli %v44, %v240 : i64
                %v444 = arith.muli %v42, %v239 : i64
                %v445 = arith.addi %v443, %v444 : i64
                %v446 = arith.subi %v188, %v437 : i64
                %v447 = arith.muli %v446, %v2 : i64
                %v448 = arith.addi %v445, %v447 : i64
                %v449 = llvm.getelementptr %dy_y[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v450 = llvm.load %v449 : !llvm.ptr -> f32
                %v451 = arith.mulf %v431, %v450 fastmath<contract> : f32
                %v452 = arith.mulf %v442, %v451 fastmath<contract> : f32
                %v453 = llvm.load %v50 : !llvm.ptr -> f32
                %v454 = llvm.load %v52 : !llvm.ptr -> f32
                %v455 = arith.mulf %v454, %v453 fastmath<contract> : f32
                %v456 = arith.addf %v452, %v455 fastmath<contract> : f32
                llvm.store %v456, %v50 : f32, !llvm.ptr
                %v457 = llvm.load %v66 : !llvm.ptr -> f32
                %v458 = arith.mulf %v457, %v454 fastmath<contract> : f32
                llvm.store %v458, %v66 : f32, !llvm.ptr
                %v459 = arith.constant 8 : i64
                %v460 = arith.addi %v459, %v32 : i64
                %v461 = arith.muli %v460, %v194 : i64
                %v462 = arith.subi %v437, %v165 : i64
                %v463 = arith.addi %v461, %v462 : i64
                %v464 = llvm.getelementptr %v63[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v465 = llvm.load %v464 : !llvm.ptr -> f32
                %v466 = arith.mulf %v465, %v451 fastmath<contract> : f32
                %v467 = llvm.load %v51 : !llvm.ptr -> f32
                %v468 = llvm.load %v53 : !llvm.ptr -> f32
                %v469 = arith.mulf %v468, %v467 fastmath<contract> : f32
                %v470 = arith.addf %v466, %v469 fastmath<contract> : f32
                llvm.store %v470, %v51 : f32, !llvm.ptr
                %v471 = llvm.load %v67 : !llvm.ptr -> f32
                %v472 = arith.mulf %v471, %v468 fastmath<contract> : f32
                llvm.store %v472, %v67 : f32, !llvm.ptr
                scf.if %v426 {
                  %v473 = arith.muli %v44, %v71 : i64
                  %v474 = arith.muli %v42, %v70 : i64
                  %v475 = arith.addi %v473, %v474 : i64
                  %v476 = arith.muli %v32, %v2 : i64
                  %v477 = arith.addi %v475, %v476 : i64
                  %v478 = llvm.getelementptr %dy_h_first[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v479 = llvm.load %v478 : !llvm.ptr -> f32
                  %v480 = llvm.load %v50 : !llvm.ptr -> f32
                  %v481 = arith.addf %v480, %v479 fastmath<contract> : f32
                  llvm.store %v481, %v50 : f32, !llvm.ptr
                  %v482 = arith.muli %v44, %v71 : i64
                  %v483 = arith.muli %v42, %v70 : i64
                  %v484 = arith.addi %v482, %v483 : i64
                  %v485 = arith.constant 8 : i64
                  %v486 = arith.addi %v485, %v32 : i64
                  %v487 = arith.muli %v486, %v2 : i64
                  %v488 = arith.addi %v484, %v487 : i64
                  %v489 = llvm.getelementptr %dy_h_first[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v490 = llvm.load %v489 : !llvm.ptr -> f32
                  %v491 = llvm.load %v51 : !llvm.ptr -> f32
                  %v492 = arith.addf %v491, %v490 fastmath<contract> : f32
                  llvm.store %v492, %v51 : f32, !llvm.ptr
                }
                %v493 = arith.muli %v42, %v403 : i64
                %v494 = arith.muli %v32, %v2 : i64
                %v495 = arith.addi %v493, %v494 : i64
                %v496 = llvm.getelementptr %in_A[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v497 = llvm.load %v496 : !llvm.ptr -> f32
                %v498 = arith.mulf %v427, %v497 fastmath<contract> : f32
                %v499 = arith.mulf %v498, %v256 fastmath<contract> : f32
                %v500 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v499) : (f32) -> f32
                llvm.store %v500, %v52 : f32, !llvm.ptr
                %v501 = arith.muli %v42, %v403 : i64
                %v502 = arith.constant 8 : i64
                %v503 = arith.addi %v502, %v32 : i64
                %v504 = arith.muli %v503, %v2 : i64
                %v505 = arith.addi %v501, %v504 : i64
                %v506 = llvm.getelementptr %in_A[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v507 = llvm.load %v506 : !llvm.ptr -> f32
                %v508 = arith.mulf %v427, %v507 fastmath<contract> : f32
                %v509 = arith.mulf %v508, %v256 fastmath<contract> : f32
                %v510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v509) : (f32) -> f32
                llvm.store %v510, %v53 : f32, !llvm.ptr
              }
              %v512 = arith.addi %v233, %v511 : i64
              %v514 = arith.cmpi slt, %v513, %v325 : i32
              %v515 = arith.cmpi eq, %v513, %v331 : i32
              %v516, %v517 = gpu.shuffle idx %v286, %v143, %v336 : f32
              %v518, %v519 = gpu.shuffle idx %v295, %v143, %v336 : f32
              %v520, %v521 = gpu.shuffle idx %v309, %v143, %v336 : f32
              %v522, %v523 = gpu.shuffle idx %v318, %v143, %v336 : f32
              %v524, %v525 = gpu.shuffle idx %v323, %v143, %v336 : f32
              scf.if %v514 {
                %v526 = arith.addi %v165, %v512 : i64
                %v527 = arith.muli %v32, %v194 : i64
                %v528 = arith.subi %v526, %v165 : i64
                %v529 = arith.addi %v527, %v528 : i64
                %v530 = llvm.getelementptr %v63[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v531 = llvm.load %v530 : !llvm.ptr -> f32
                %v532 = arith.muli %v44, %v240 : i64
                %v533 = arith.muli %v42, %v239 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = arith.subi %v188, %v526 : i64
                %v536 = arith.muli %v535, %v2 : i64
                %v537 = arith.addi %v534, %v536 : i64
                %v538 = llvm.getelementptr %dy_y[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v539 = llvm.load %v538 : !llvm.ptr -> f32
                %v540 = arith.mulf %v520, %v539 fastmath<contract> : f32
                %v541 = arith.mulf %v531, %v540 fastmath<contract> : f32
                %v542 = llvm.load %v50 : !llvm.ptr -> f32
                %v543 = llvm.load %v52 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v542 fastmath<contract> : f32
                %v545 = arith.addf %v541, %v544 fastmath<contract> : f32
                llvm.store %v545, %v50 : f32, !llvm.ptr
                %v546 = llvm.load %v66 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v543 fastmath<contract> : f32
                llvm.store %v547, %v66 : f32, !llvm.ptr
                %v548 = arith.constant 8 : i64
                %v549 = arith.addi %v548, %v32 : i64
                %v550 = arith.muli %v549, %v194 : i64
                %v551 = arith.subi %v526, %v165 : i64
                %v552 = arith.addi %v550, %v551 : i64
                %v553 = llvm.getelementptr %v63[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v554 = llvm.load %v553 : !llvm.ptr -> f32
                %v555 = arith.mulf %v554, %v540 fastmath<contract> : f32
                %v556 = llvm.load %v51 : !llvm.ptr -> f32
                %v557 = llvm.load %v53 : !llvm.ptr -> f32
                %v558 = arith.mulf %v557, %v556 fastmath<contract> : f32
                %v559 = arith.addf %v555, %v558 fastmath<contract> : f32
                llvm.store %v559, %v51 : f32, !llvm.ptr
                %v560 = llvm.load %v67 : !llvm.ptr -> f32
                %v561 = arith.mulf %v560, %v557 fastmath<contract> : f32
                llvm.store %v561, %v67 : f32, !llvm.ptr
                scf.if %v515 {
                  %v562 = arith.muli %v44, %v71 : i64
                  %v563 = arith.muli %v42, %v70 : i64
                  %v564 = arith.addi %v562, %v563 : i64
                  %v565 = arith.muli %v32, %v2 : i64
                  %v566 = arith.addi %v564, %v565 : i64
                  %v567 = llvm.getelementptr %dy_h_first[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v568 = llvm.load %v567 : !llvm.ptr -> f32
                  %v569 = llvm.load %v50 : !llvm.ptr -> f32
                  %v570 = arith.addf %v569, %v568 fastmath<contract> : f32
                  llvm.store %v570, %v50 : f32, !llvm.ptr
                  %v571 = arith.muli %v44, %v71 : i64
                  %v572 = arith.muli %v42, %v70 : i64
                  %v573 = arith.addi %v571, %v572 : i64
                  %v574 = arith.constant 8 : i64
                  %v575 = arith.addi %v574, %v32 : i64
                  %v576 = arith.muli %v575, %v2 : i64
                  %v577 = arith.addi %v573, %v576 : i64
                  %v578 = llvm.getelementptr %dy_h_first[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v579 = llvm.load %v578 : !llvm.ptr -> f32
                  %v580 = llvm.load %v51 : !llvm.ptr -> f32
                  %v581 = arith.addf %v580, %v579 fastmath<contract> : f32
                  llvm.store %v581, %v51 : f32, !llvm.ptr
                }
                %v582 = arith.muli %v42, %v403 : i64
                %v583 = arith.muli %v32, %v2 : i64
                %v584 = arith.addi %v582, %v583 : i64
                %v585 = llvm.getelementptr %in_A[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v516, %v586 fastmath<contract> : f32
                %v588 = arith.mulf %v587, %v256 fastmath<contract> : f32
                %v589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v588) : (f32) -> f32
                llvm.store %v589, %v52 : f32, !llvm.ptr
                %v590 = arith.muli %v42, %v403 : i64
                %v591 = arith.constant 8 : i64
                %v592 = arith.addi %v591, %v32 : i64
                %v593 = arith.muli %v592, %v2 : i64
                %v594 = arith.addi %v590, %v593 : i64
                %v595 = llvm.getelementptr %in_A[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v596 = llvm.load %v595 : !llvm.ptr -> f32
                %v597 = arith.mulf %v516, %v596 fastmath<contract> : f32
                %v598 = arith.mulf %v597, %v256 fastmath<contract> : f32
                %v599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v598) : (f32) -> f32
                llvm.store %v599, %v53 : f32, !llvm.ptr
              }
              %v600 = arith.addi %v233, %v46 : i64
              %v602 = arith.cmpi slt, %v601, %v325 : i32
              %v603 = arith.cmpi eq, %v601, %v331 : i32
              %v604, %v605 = gpu.shuffle idx %v286, %v139, %v336 : f32
              %v606, %v607 = gpu.shuffle idx %v295, %v139, %v336 : f32
              %v608, %v609 = gpu.shuffle idx %v309, %v139, %v336 : f32
              %v610, %v611 = gpu.shuffle idx %v318, %v139, %v336 : f32
              %v612, %v613 = gpu.shuffle idx %v323, %v139, %v336 : f32
              scf.if %v602 {
                %v614 = arith.addi %v165, %v600 : i64
                %v615 = arith.muli %v32, %v194 : i64
                %v616 = arith.subi %v614, %v165 : i64
                %v617 = arith.addi %v615, %v616 : i64
                %v618 = llvm.getelementptr %v63[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v619 = llvm.load %v618 : !llvm.ptr -> f32
                %v620 = arith.muli %v44, %v240 : i64
                %v621 = arith.muli %v42, %v239 : i64
                %v622 = arith.addi %v620, %v621 : i64
                %v623 = arith.subi %v188, %v614 : i64
                %v624 = arith.muli %v623, %v2 : i64
                %v625 = arith.addi %v622, %v624 : i64
                %v626 = llvm.getelementptr %dy_y[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.mulf %v608, %v627 fastmath<contract> : f32
                %v629 = arith.mulf %v619, %v628 fastmath<contract> : f32
                %v630 = llvm.load %v50 : !llvm.ptr -> f32
                %v631 = llvm.load %v52 : !llvm.ptr -> f32
                %v632 = arith.mulf %v631, %v630 fastmath<contract> : f32
                %v633 = arith.addf %v629, %v632 fastmath<contract> : f32
                llvm.store %v633, %v50 : f32, !llvm.ptr
                %v634 = llvm.load %v66 : !llvm.ptr -> f32
                %v635 = arith.mulf %v634, %v631 fastmath<contract> : f32
                llvm.store %v635, %v66 : f32, !llvm.ptr
                %v636 = arith.constant 8 : i64
                %v637 = arith.addi %v636, %v32 : i64
                %v638 = arith.muli %v637, %v194 : i64
                %v639 = arith.subi %v614, %v165 : i64
                %v640 = arith.addi %v638, %v639 : i64
                %v641 = llvm.getelementptr %v63[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v642 = llvm.load %v641 : !llvm.ptr -> f32
                %v643 = arith.mulf %v642, %v628 fastmath<contract> : f32
                %v644 = llvm.load %v51 : !llvm.ptr -> f32
                %v645 = llvm.load %v53 : !llvm.ptr -> f32
                %v646 = arith.mulf %v645, %v644 fastmath<contract> : f32
                %v647 = arith.addf %v643, %v646 fastmath<contract> : f32
                llvm.store %v647, %v51 : f32, !llvm.ptr
                %v648 = llvm.load %v67 : !llvm.ptr -> f32
                %v649 = arith.mulf %v648, %v645 fastmath<contract> : f32
                llvm.store %v649, %v67 : f32, !llvm.ptr
                scf.if %v603 {
                  %v650 = arith.muli %v44, %v71 : i64
                  %v651 = arith.muli %v42, %v70 : i64
                  %v652 = arith.addi %v650, %v651 : i64
                  %v653 = arith.muli %v32, %v2 : i64
                  %v654 = arith.addi %v652, %v653 : i64
                  %v655 = llvm.getelementptr %dy_h_first[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v656 = llvm.load %v655 : !llvm.ptr -> f32
                  %v657 = llvm.load %v50 : !llvm.ptr -> f32
                  %v658 = arith.addf %v657, %v656 fastmath<contract> : f32
                  llvm.store %v658, %v50 : f32, !llvm.ptr
                  %v659 = arith.muli %v44, %v71 : i64
                  %v660 = arith.muli %v42, %v70 : i64
                  %v661 = arith.addi %v659, %v660 : i64
                  %v662 = arith.constant 8 : i64
                  %v663 = arith.addi %v662, %v32 : i64
                  %v664 = arith.muli %v663, %v2 : i64
                  %v665 = arith.addi %v661, %v664 : i64
                  %v666 = llvm.getelementptr %dy_h_first[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v667 = llvm.load %v666 : !llvm.ptr -> f32
                  %v668 = llvm.load %v51 : !llvm.ptr -> f32
                  %v669 = arith.addf %v668, %v667 fastmath<contract> : f32
                  llvm.store %v669, %v51 : f32, !llvm.ptr
                }
                %v670 = arith.muli %v42, %v403 : i64
                %v671 = arith.muli %v32, %v2 : i64
                %v672 = arith.addi %v670, %v671 : i64
                %v673 = llvm.getelementptr %in_A[%v672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v674 = llvm.load %v673 : !llvm.ptr -> f32
                %v675 = arith.mulf %v604, %v674 fastmath<contract> : f32
                %v676 = arith.mulf %v675, %v256 fastmath<contract> : f32
                %v677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v676) : (f32) -> f32
                llvm.store %v677, %v52 : f32, !llvm.ptr
                %v678 = arith.muli %v42, %v403 : i64
                %v679 = arith.constant 8 : i64
                %v680 = arith.addi %v679, %v32 : i64
                %v681 = arith.muli %v680, %v2 : i64
                %v682 = arith.addi %v678, %v681 : i64
                %v683 = llvm.getelementptr %in_A[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v684 = llvm.load %v683 : !llvm.ptr -> f32
                %v685 = arith.mulf %v604, %v684 fastmath<contract> : f32
                %v686 = arith.mulf %v685, %v256 fastmath<contract> : f32
                %v687 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v686) : (f32) -> f32
                llvm.store %v687, %v53 : f32, !llvm.ptr
              }
              %v689 = arith.addi %v233, %v688 : i64
              %v691 = arith.cmpi slt, %v690, %v325 : i32
              %v692 = arith.cmpi eq, %v690, %v331 : i32
              %v693, %v694 = gpu.shuffle idx %v286, %v135, %v336 : f32
              %v695, %v696 = gpu.shuffle idx %v295, %v135, %v336 : f32
              %v697, %v698 = gpu.shuffle idx %v309, %v135, %v336 : f32
              %v699, %v700 = gpu.shuffle idx %v318, %v135, %v336 : f32
              %v701, %v702 = gpu.shuffle idx %v323, %v135, %v336 : f32
              scf.if %v691 {
                %v703 = arith.addi %v165, %v689 : i64
                %v704 = arith.muli %v32, %v194 : i64
                %v705 = arith.subi %v703, %v165 : i64
                %v706 = arith.addi %v704, %v705 : i64
                %v707 = llvm.getelementptr %v63[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.muli %v44, %v240 : i64
                %v710 = arith.muli %v42, %v239 : i64
                %v711 = arith.addi %v709, %v710 : i64
                %v712 = arith.subi %v188, %v703 : i64
                %v713 = arith.muli %v712, %v2 : i64
                %v714 = arith.addi %v711, %v713 : i64
                %v715 = llvm.getelementptr %dy_y[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v716 = llvm.load %v715 : !llvm.ptr -> f32
                %v717 = arith.mulf %v697, %v716 fastmath<contract> : f32
                %v718 = arith.mulf %v708, %v717 fastmath<contract> : f32
                %v719 = llvm.load %v50 : !llvm.ptr -> f32
                %v720 = llvm.load %v52 : !llvm.ptr -> f32
                %v721 = arith.mulf %v720, %v719 fastmath<contract> : f32
                %v722 = arith.addf %v718, %v721 fastmath<contract> : f32
                llvm.store %v722, %v50 : f32, !llvm.ptr
                %v723 = llvm.load %v66 : !llvm.ptr -> f32
                %v724 = arith.mulf %v723, %v720 fastmath<contract> : f32
                llvm.store %v724, %v66 : f32, !llvm.ptr
                %v725 = arith.constant 8 : i64
                %v726 = arith.addi %v725, %v32 : i64
                %v727 = arith.muli %v726, %v194 : i64
                %v728 = arith.subi %v703, %v165 : i64
                %v729 = arith.addi %v727, %v728 : i64
                %v730 = llvm.getelementptr %v63[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v731 = llvm.load %v730 : !llvm.ptr -> f32
                %v732 = arith.mulf %v731, %v717 fastmath<contract> : f32
                %v733 = llvm.load %v51 : !llvm.ptr -> f32
                %v734 = llvm.load %v53 : !llvm.ptr -> f32
                %v735 = arith.mulf %v734, %v733 fastmath<contract> : f32
                %v736 = arith.addf %v732, %v735 fastmath<contract> : f32
                llvm.store %v736, %v51 : f32, !llvm.ptr
                %v737 = llvm.load %v67 : !llvm.ptr -> f32
                %v738 = arith.mulf %v737, %v734 fastmath<contract> : f32
                llvm.store %v738, %v67 : f32, !llvm.ptr
                scf.if %v692 {
                  %v739 = arith.muli %v44, %v71 : i64
                  %v740 = arith.muli %v42, %v70 : i64
                  %v741 = arith.addi %v739, %v740 : i64
                  %v742 = arith.muli %v32, %v2 : i64
                  %v743 = arith.addi %v741, %v742 : i64
                  %v744 = llvm.getelementptr %dy_h_first[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v745 = llvm.load %v744 : !llvm.ptr -> f32
                  %v746 = llvm.load %v50 : !llvm.ptr -> f32
                  %v747 = arith.addf %v746, %v745 fastmath<contract> : f32
                  llvm.store %v747, %v50 : f32, !llvm.ptr
                  %v748 = arith.muli %v44, %v71 : i64
                  %v749 = arith.muli %v42, %v70 : i64
                  %v750 = arith.addi %v748, %v749 : i64
                  %v751 = arith.constant 8 : i64
                  %v752 = arith.addi %v751, %v32 : i64
                  %v753 = arith.muli %v752, %v2 : i64
                  %v754 = arith.addi %v750, %v753 : i64
                  %v755 = llvm.getelementptr %dy_h_first[%v754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v756 = llvm.load %v755 : !llvm.ptr -> f32
                  %v757 = llvm.load %v51 : !llvm.ptr -> f32
                  %v758 = arith.addf %v757, %v756 fastmath<contract> : f32
                  llvm.store %v758, %v51 : f32, !llvm.ptr
                }
                %v759 = arith.muli %v42, %v403 : i64
                %v760 = arith.muli %v32, %v2 : i64
                %v761 = arith.addi %v759, %v760 : i64
                %v762 = llvm.getelementptr %in_A[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v763 = llvm.load %v762 : !llvm.ptr -> f32
                %v764 = arith.mulf %v693, %v763 fastmath<contract> : f32
                %v765 = arith.mulf %v764, %v256 fastmath<contract> : f32
                %v766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v765) : (f32) -> f32
                llvm.store %v766, %v52 : f32, !llvm.ptr
                %v767 = arith.muli %v42, %v403 : i64
                %v768 = arith.constant 8 : i64
                %v769 = arith.addi %v768, %v32 : i64
                %v770 = arith.muli %v769, %v2 : i64
                %v771 = arith.addi %v767, %v770 : i64
                %v772 = llvm.getelementptr %in_A[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = arith.mulf %v693, %v773 fastmath<contract> : f32
                %v775 = arith.mulf %v774, %v256 fastmath<contract> : f32
                %v776 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v775) : (f32) -> f32
                llvm.store %v776, %v53 : f32, !llvm.ptr
              }
              %v778 = arith.addi %v233, %v777 : i64
              %v780 = arith.cmpi slt, %v779, %v325 : i32
              %v781 = arith.cmpi eq, %v779, %v331 : i32
              %v782, %v783 = gpu.shuffle idx %v286, %v131, %v336 : f32
              %v784, %v785 = gpu.shuffle idx %v295, %v131, %v336 : f32
              %v786, %v787 = gpu.shuffle idx %v309, %v131, %v336 : f32
              %v788, %v789 = gpu.shuffle idx %v318, %v131, %v336 : f32
              %v790, %v791 = gpu.shuffle idx %v323, %v131, %v336 : f32
              scf.if %v780 {
                %v792 = arith.addi %v165, %v778 : i64
                %v793 = arith.muli %v32, %v194 : i64
                %v794 = arith.subi %v792, %v165 : i64
                %v795 = arith.addi %v793, %v794 : i64
                %v796 = llvm.getelementptr %v63[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v797 = llvm.load %v796 : !llvm.ptr -> f32
                %v798 = arith.muli %v44, %v240 : i64
                %v799 = arith.muli %v42, %v239 : i64
                %v800 = arith.addi %v798, %v799 : i64
                %v801 = arith.subi %v188, %v792 : i64
                %v802 = arith.muli %v801, %v2 : i64
                %v803 = arith.addi %v800, %v802 : i64
                %v804 = llvm.getelementptr %dy_y[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v805 = llvm.load %v804 : !llvm.ptr -> f32
                %v806 = arith.mulf %v786, %v805 fastmath<contract> : f32
                %v807 = arith.mulf %v797, %v806 fastmath<contract> : f32
                %v808 = llvm.load %v50 : !llvm.ptr -> f32
                %v809 = llvm.load %v52 : !llvm.ptr -> f32
                %v810 = arith.mulf %v809, %v808 fastmath<contract> : f32
                %v811 = arith.addf %v807, %v810 fastmath<contract> : f32
                llvm.store %v811, %v50 : f32, !llvm.ptr
                %v812 = llvm.load %v66 : !llvm.ptr -> f32
                %v813 = arith.mulf %v812, %v809 fastmath<contract> : f32
                llvm.store %v813, %v66 : f32, !llvm.ptr
                %v814 = arith.constant 8 : i64
                %v815 = arith.addi %v814, %v32 : i64
                %v816 = arith.muli %v815, %v194 : i64
                %v817 = arith.subi %v792, %v165 : i64
                %v818 = arith.addi %v816, %v817 : i64
                %v819 = llvm.getelementptr %v63[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v820 = llvm.load %v819 : !llvm.ptr -> f32
                %v821 = arith.mulf %v820, %v806 fastmath<contract> : f32
                %v822 = llvm.load %v51 : !llvm.ptr -> f32
                %v823 = llvm.load %v53 : !llvm.ptr -> f32
                %v824 = arith.mulf %v823, %v822 fastmath<contract> : f32
                %v825 = arith.addf %v821, %v824 fastmath<contract> : f32
                llvm.store %v825, %v51 : f32, !llvm.ptr
                %v826 = llvm.load %v67 : !llvm.ptr -> f32
                %v827 = arith.mulf %v826, %v823 fastmath<contract> : f32
                llvm.store %v827, %v67 : f32, !llvm.ptr
                scf.if %v781 {
                  %v828 = arith.muli %v44, %v71 : i64
                  %v829 = arith.muli %v42, %v70 : i64
                  %v830 = arith.addi %v828, %v829 : i64
                  %v831 = arith.muli %v32, %v2 : i64
                  %v832 = arith.addi %v830, %v831 : i64
                  %v833 = llvm.getelementptr %dy_h_first[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v834 = llvm.load %v833 : !llvm.ptr -> f32
                  %v835 = llvm.load %v50 : !llvm.ptr -> f32
                  %v836 = arith.addf %v835, %v834 fastmath<contract> : f32
                  llvm.store %v836, %v50 : f32, !llvm.ptr
                  %v837 = arith.muli %v44, %v71 : i64
                  %v838 = arith.muli %v42, %v70 : i64
                  %v839 = arith.addi %v837, %v838 : i64
                  %v840 = arith.constant 8 : i64
                  %v841 = arith.addi %v840, %v32 : i64
                  %v842 = arith.muli %v841, %v2 : i64
                  %v843 = arith.addi %v839, %v842 : i64
                  %v844 = llvm.getelementptr %dy_h_first[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v845 = llvm.load %v844 : !llvm.ptr -> f32
                  %v846 = llvm.load %v51 : !llvm.ptr -> f32
                  %v847 = arith.addf %v846, %v845 fastmath<contract> : f32
                  llvm.store %v847, %v51 : f32, !llvm.ptr
                }
                %v848 = arith.muli %v42, %v403 : i64
                %v849 = arith.muli %v32, %v2 : i64
                %v850 = arith.addi %v848, %v849 : i64
                %v851 = llvm.getelementptr %in_A[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v852 = llvm.load %v851 : !llvm.ptr -> f32
                %v853 = arith.mulf %v782, %v852 fastmath<contract> : f32
                %v854 = arith.mulf %v853, %v256 fastmath<contract> : f32
                %v855 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v854) : (f32) -> f32
                llvm.store %v855, %v52 : f32, !llvm.ptr
                %v856 = arith.muli %v42, %v403 : i64
                %v857 = arith.constant 8 : i64
                %v858 = arith.addi %v857, %v32 : i64
                %v859 = arith.muli %v858, %v2 : i64
                %v860 = arith.addi %v856, %v859 : i64
                %v861 = llvm.getelementptr %in_A[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v862 = llvm.load %v861 : !llvm.ptr -> f32
                %v863 = arith.mulf %v782, %v862 fastmath<contract> : f32
                %v864 = arith.mulf %v863, %v256 fastmath<contract> : f32
                %v865 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v864) : (f32) -> f32
                llvm.store %v865, %v53 : f32, !llvm.ptr
              }
              %v866 = arith.addi %v233, %v2 : i64
              %v868 = arith.cmpi slt, %v867, %v325 : i32
              %v869 = arith.cmpi eq, %v867, %v331 : i32
              %v870, %v871 = gpu.shuffle idx %v286, %v127, %v336 : f32
              %v872, %v873 = gpu.shuffle idx %v295, %v127, %v336 : f32
              %v874, %v875 = gpu.shuffle idx %v309, %v127, %v336 : f32
              %v876, %v877 = gpu.shuffle idx %v318, %v127, %v336 : f32
              %v878, %v879 = gpu.shuffle idx %v323, %v127, %v336 : f32
              scf.if %v868 {
                %v880 = arith.addi %v165, %v866 : i64
                %v881 = arith.muli %v32, %v194 : i64
                %v882 = arith.subi %v880, %v165 : i64
                %v883 = arith.addi %v881, %v882 : i64
                %v884 = llvm.getelementptr %v63[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v885 = llvm.load %v884 : !llvm.ptr -> f32
                %v886 = arith.muli %v44, %v240 : i64
                %v887 = arith.muli %v42, %v239 : i64
                %v888 = arith.addi %v886, %v887 : i64
                %v889 = arith.subi %v188, %v880 : i64
                %v890 = arith.muli %v889, %v2 : i64
                %v891 = arith.addi %v888, %v890 : i64
                %v892 = llvm.getelementptr %dy_y[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v893 = llvm.load %v892 : !llvm.ptr -> f32
                %v894 = arith.mulf %v874, %v893 fastmath<contract> : f32
                %v895 = arith.mulf %v885, %v894 fastmath<contract> : f32
                %v896 = llvm.load %v50 : !llvm.ptr -> f32
                %v897 = llvm.load %v52 : !llvm.ptr -> f32
                %v898 = arith.mulf %v897, %v896 fastmath<contract> : f32
                %v899 = arith.addf %v895, %v898 fastmath<contract> : f32
                llvm.store %v899, %v50 : f32, !llvm.ptr
                %v900 = llvm.load %v66 : !llvm.ptr -> f32
                %v901 = arith.mulf %v900, %v897 fastmath<contract> : f32
                llvm.store %v901, %v66 : f32, !llvm.ptr
                %v902 = arith.constant 8 : i64
                %v903 = arith.addi %v902, %v32 : i64
                %v904 = arith.muli %v903, %v194 : i64
                %v905 = arith.subi %v880, %v165 : i64
                %v906 = arith.addi %v904, %v905 : i64
                %v907 = llvm.getelementptr %v63[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v908 = llvm.load %v907 : !llvm.ptr -> f32
                %v909 = arith.mulf %v908, %v894 fastmath<contract> : f32
                %v910 = llvm.load %v51 : !llvm.ptr -> f32
                %v911 = llvm.load %v53 : !llvm.ptr -> f32
                %v912 = arith.mulf %v911, %v910 fastmath<contract> : f32
                %v913 = arith.addf %v909, %v912 fastmath<contract> : f32
                llvm.store %v913, %v51 : f32, !llvm.ptr
                %v914 = llvm.load %v67 : !llvm.ptr -> f32
                %v915 = arith.mulf %v914, %v911 fastmath<contract> : f32
                llvm.store %v915, %v67 : f32, !llvm.ptr
                scf.if %v869 {
                  %v916 = arith.muli %v44, %v71 : i64
                  %v917 = arith.muli %v42, %v70 : i64
                  %v918 = arith.addi %v916, %v917 : i64
                  %v919 = arith.muli %v32, %v2 : i64
                  %v920 = arith.addi %v918, %v919 : i64
                  %v921 = llvm.getelementptr %dy_h_first[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v922 = llvm.load %v921 : !llvm.ptr -> f32
                  %v923 = llvm.load %v50 : !llvm.ptr -> f32
                  %v924 = arith.addf %v923, %v922 fastmath<contract> : f32
                  llvm.store %v924, %v50 : f32, !llvm.ptr
                  %v925 = arith.muli %v44, %v71 : i64
                  %v926 = arith.muli %v42, %v70 : i64
                  %v927 = arith.addi %v925, %v926 : i64
                  %v928 = arith.constant 8 : i64
                  %v929 = arith.addi %v928, %v32 : i64
                  %v930 = arith.muli %v929, %v2 : i64
                  %v931 = arith.addi %v927, %v930 : i64
                  %v932 = llvm.getelementptr %dy_h_first[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v933 = llvm.load %v932 : !llvm.ptr -> f32
                  %v934 = llvm.load %v51 : !llvm.ptr -> f32
                  %v935 = arith.addf %v934, %v933 fastmath<contract> : f32
                  llvm.store %v935, %v51 : f32, !llvm.ptr
                }
                %v936 = arith.muli %v42, %v403 : i64
                %v937 = arith.muli %v32, %v2 : i64
                %v938 = arith.addi %v936, %v937 : i64
                %v939 = llvm.getelementptr %in_A[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v940 = llvm.load %v939 : !llvm.ptr -> f32
                %v941 = arith.mulf %v870, %v940 fastmath<contract> : f32
                %v942 = arith.mulf %v941, %v256 fastmath<contract> : f32
                %v943 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v942) : (f32) -> f32
                llvm.store %v943, %v52 : f32, !llvm.ptr
                %v944 = arith.muli %v42, %v403 : i64
                %v945 = arith.constant 8 : i64
                %v946 = arith.addi %v945, %v32 : i64
                %v947 = arith.muli %v946, %v2 : i64
                %v948 = arith.addi %v944, %v947 : i64
                %v949 = llvm.getelementptr %in_A[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v950 = llvm.load %v949 : !llvm.ptr -> f32
                %v951 = arith.mulf %v870, %v950 fastmath<contract> : f32
                %v952 = arith.mulf %v951, %v256 fastmath<contract> : f32
                %v953 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v952) : (f32) -> f32
                llvm.store %v953, %v53 : f32, !llvm.ptr
              }
              %v954 = arith.addi %v233, %v68 : i64
              %v956 = arith.cmpi slt, %v955, %v325 : i32
              %v957 = arith.cmpi eq, %v955, %v331 : i32
              %v958, %v959 = gpu.shuffle idx %v286, %v123, %v336 : f32
              %v960, %v961 = gpu.shuffle idx %v295, %v123, %v336 : f32
              %v962, %v963 = gpu.shuffle idx %v309, %v123, %v336 : f32
              %v964, %v965 = gpu.shuffle idx %v318, %v123, %v336 : f32
              %v966, %v967 = gpu.shuffle idx %v323, %v123, %v336 : f32
              scf.if %v956 {
                %v968 = arith.addi %v165, %v954 : i64
                %v969 = arith.muli %v32, %v194 : i64
                %v970 = arith.subi %v968, %v165 : i64
                %v971 = arith.addi %v969, %v970 : i64
                %v972 = llvm.getelementptr %v63[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v973 = llvm.load %v972 : !llvm.ptr -> f32
                %v974 = arith.muli %v44, %v240 : i64
                %v975 = arith.muli %v42, %v239 : i64
                %v976 = arith.addi %v974, %v975 : i64
                %v977 = arith.subi %v188, %v968 : i64
                %v978 = arith.muli %v977, %v2 : i64
                %v979 = arith.addi %v976, %v978 : i64
                %v980 = llvm.getelementptr %dy_y[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v981 = llvm.load %v980 : !llvm.ptr -> f32
                %v982 = arith.mulf %v962, %v981 fastmath<contract> : f32
                %v983 = arith.mulf %v973, %v982 fastmath<contract> : f32
                %v984 = llvm.load %v50 : !llvm.ptr -> f32
                %v985 = llvm.load %v52 : !llvm.ptr -> f32
                %v986 = arith.mulf %v985, %v984 fastmath<contract> : f32
                %v987 = arith.addf %v983, %v986 fastmath<contract> : f32
                llvm.store %v987, %v50 : f32, !llvm.ptr
                %v988 = llvm.load %v66 : !llvm.ptr -> f32
                %v989 = arith.mulf %v988, %v985 fastmath<contract> : f32
                llvm.store %v989, %v66 : f32, !llvm.ptr
                %v990 = arith.constant 8 : i64
                %v991 = arith.addi %v990, %v32 : i64
                %v992 = arith.muli %v991, %v194 : i64
                %v993 = arith.subi %v968, %v165 : i64
                %v994 = arith.addi %v992, %v993 : i64
                %v995 = llvm.getelementptr %v63[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v996 = llvm.load %v995 : !llvm.ptr -> f32
                %v997 = arith.mulf %v996, %v982 fastmath<contract> : f32
                %v998 = llvm.load %v51 : !llvm.ptr -> f32
                %v999 = llvm.load %v53 : !llvm.ptr -> f32
                %v1000 = arith.mulf %v999, %v998 fastmath<contract> : f32
                %v1001 = arith.addf %v997, %v1000 fastmath<contract> : f32
                llvm.store %v1001, %v51 : f32, !llvm.ptr
                %v1002 = llvm.load %v67 : !llvm.ptr -> f32
                %v1003 = arith.mulf %v1002, %v999 fastmath<contract> : f32
                llvm.store %v1003, %v67 : f32, !llvm.ptr
                scf.if %v957 {
                  %v1004 = arith.muli %v44, %v71 : i64
                  %v1005 = arith.muli %v42, %v70 : i64
                  %v1006 = arith.addi %v1004, %v1005 : i64
                  %v1007 = arith.muli %v32, %v2 : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = llvm.getelementptr %dy_h_first[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
                  %v1011 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1012 = arith.addf %v1011, %v1010 fastmath<contract> : f32
                  llvm.store %v1012, %v50 : f32, !llvm.ptr
                  %v1013 = arith.muli %v44, %v71 : i64
                  %v1014 = arith.muli %v42, %v70 : i64
                  %v1015 = arith.addi %v1013, %v1014 : i64
                  %v1016 = arith.constant 8 : i64
                  %v1017 = arith.addi %v1016, %v32 : i64
                  %v1018 = arith.muli %v1017, %v2 : i64
                  %v1019 = arith.addi %v1015, %v1018 : i64
                  %v1020 = llvm.getelementptr %dy_h_first[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
                  %v1022 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1023 = arith.addf %v1022, %v1021 fastmath<contract> : f32
                  llvm.store %v1023, %v51 : f32, !llvm.ptr
                }
                %v1024 = arith.muli %v42, %v403 : i64
                %v1025 = arith.muli %v32, %v2 : i64
                %v1026 = arith.addi %v1024, %v1025 : i64
                %v1027 = llvm.getelementptr %in_A[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
                %v1029 = arith.mulf %v958, %v1028 fastmath<contract> : f32
                %v1030 = arith.mulf %v1029, %v256 fastmath<contract> : f32
                %v1031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1030) : (f32) -> f32
                llvm.store %v1031, %v52 : f32, !llvm.ptr
                %v1032 = arith.muli %v42, %v403 : i64
                %v1033 = arith.constant 8 : i64
                %v1034 = arith.addi %v1033, %v32 : i64
                %v1035 = arith.muli %v1034, %v2 : i64
                %v1036 = arith.addi %v1032, %v1035 : i64
                %v1037 = llvm.getelementptr %in_A[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1038 = llvm.load %v1037 : !llvm.ptr -> f32
                %v1039 = arith.mulf %v958, %v1038 fastmath<contract> : f32
                %v1040 = arith.mulf %v1039, %v256 fastmath<contract> : f32
                %v1041 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1040) : (f32) -> f32
                llvm.store %v1041, %v53 : f32, !llvm.ptr
              }
            }
          }
        }
      }
      scf.if %v36 {
        %v1042 = llvm.load %v50 : !llvm.ptr -> f32
        %v1043 = arith.addi %v68, %v32 : i64
        %v1044 = arith.muli %v68, %v8 : i64
        %v1045 = arith.addi %v1044, %v27 : i64
        %v1046 = arith.muli %v1045, %v1 : i64
        %v1047 = arith.addi %v1046, %v1043 : i64
        %v1048 = arith.muli %v1047, %v4 : i64
        %v1049 = arith.subi %v4, %v2 : i64
        %v1050 = arith.minsi %v38, %v1049 : i64
        %v1051 = arith.addi %v1048, %v1050 : i64
        %v1052 = llvm.getelementptr %segsum_h[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1042, %v1052 : f32, !llvm.ptr
        %v1053 = llvm.load %v66 : !llvm.ptr -> f32
        %v1054 = arith.addi %v68, %v32 : i64
        %v1055 = arith.muli %v2, %v8 : i64
        %v1056 = arith.addi %v1055, %v27 : i64
        %v1057 = arith.muli %v1056, %v1 : i64
        %v1058 = arith.addi %v1057, %v1054 : i64
        %v1059 = arith.muli %v1058, %v4 : i64
        %v1060 = arith.subi %v4, %v2 : i64
        %v1061 = arith.minsi %v38, %v1060 : i64
        %v1062 = arith.addi %v1059, %v1061 : i64
        %v1063 = llvm.getelementptr %segsum_h[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1053, %v1063 : f32, !llvm.ptr
        %v1064 = llvm.load %v52 : !llvm.ptr -> f32
        %v1065 = arith.addi %v68, %v32 : i64
        %v1066 = arith.muli %v777, %v8 : i64
        %v1067 = arith.addi %v1066, %v27 : i64
        %v1068 = arith.muli %v1067, %v1 : i64
        %v1069 = arith.addi %v1068, %v1065 : i64
        %v1070 = arith.muli %v1069, %v4 : i64
        %v1071 = arith.subi %v4, %v2 : i64
        %v1072 = arith.minsi %v38, %v1071 : i64
        %v1073 = arith.addi %v1070, %v1072 : i64
        %v1074 = llvm.getelementptr %segsum_h[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1064, %v1074 : f32, !llvm.ptr
        %v1075 = llvm.load %v51 : !llvm.ptr -> f32
        %v1076 = arith.addi %v31, %v32 : i64
        %v1077 = arith.muli %v68, %v8 : i64
        %v1078 = arith.addi %v1077, %v27 : i64
        %v1079 = arith.muli %v1078, %v1 : i64
        %v1080 = arith.addi %v1079, %v1076 : i64
        %v1081 = arith.muli %v1080, %v4 : i64
        %v1082 = arith.subi %v4, %v2 : i64
        %v1083 = arith.minsi %v38, %v1082 : i64
        %v1084 = arith.addi %v1081, %v1083 : i64
        %v1085 = llvm.getelementptr %segsum_h[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1075, %v1085 : f32, !llvm.ptr
        %v1086 = llvm.load %v67 : !llvm.ptr -> f32
        %v1087 = arith.addi %v31, %v32 : i64
        %v1088 = arith.muli %v2, %v8 : i64
        %v1089 = arith.addi %v1088, %v27 : i64
        %v1090 = arith.muli %v1089, %v1 : i64
        %v1091 = arith.addi %v1090, %v1087 : i64
        %v1092 = arith.muli %v1091, %v4 : i64
        %v1093 = arith.subi %v4, %v2 : i64
        %v1094 = arith.minsi %v38, %v1093 : i64
        %v1095 = arith.addi %v1092, %v1094 : i64
        %v1096 = llvm.getelementptr %segsum_h[%v1095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1086, %v1096 : f32, !llvm.ptr
        %v1097 = llvm.load %v53 : !llvm.ptr -> f32
        %v1098 = arith.addi %v31, %v32 : i64
        %v1099 = arith.muli %v777, %v8 : i64
        %v1100 = arith.addi %v1099, %v27 : i64
        %v1101 = arith.muli %v1100, %v1 : i64
        %v1102 = arith.addi %v1101, %v1098 : i64
        %v1103 = arith.muli %v1102, %v4 : i64
        %v1104 = arith.subi %v4, %v2 : i64
        %v1105 = arith.minsi %v38, %v1104 : i64
        %v1106 = arith.addi %v1103, %v1105 : i64
        %v1107 = llvm.getelementptr %segsum_h[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1097, %v1107 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
