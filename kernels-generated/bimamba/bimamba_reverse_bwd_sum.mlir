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
      %v241 = arith.muli %v2, %size_L : i64
      %v242 = arith.muli %v241, %size_D : i64
      %v258 = arith.constant 0x3FB8AA3B : f32
      %v263 = arith.constant 0x3F317218 : f32
      %v265 = arith.constant 0x3E124925 : f32
      %v267 = arith.constant 0xBE2AAAAB : f32
      %v270 = arith.constant 0x3E4CCCCD : f32
      %v273 = arith.constant 0xBE800000 : f32
      %v276 = arith.constant 0x3EAAAAAB : f32
      %v279 = arith.constant 0xBF000000 : f32
      %v285 = arith.constant 0x3D800000 : f32
      %v331 = arith.constant 2147483647 : i64
      %v335 = arith.constant 7 : i32
      %v338 = arith.constant 32 : i32
      %v405 = arith.muli %v2, %v1 : i64
      %v424 = arith.constant 6 : i64
      %v426 = arith.constant 6 : i32
      %v513 = arith.constant 5 : i64
      %v515 = arith.constant 5 : i32
      %v603 = arith.constant 4 : i32
      %v690 = arith.constant 3 : i64
      %v692 = arith.constant 3 : i32
      %v779 = arith.constant 2 : i64
      %v781 = arith.constant 2 : i32
      %v869 = arith.constant 1 : i32
      %v957 = arith.constant 0 : i32
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
              %v235 = arith.addi %v233, %v31 : i64
              %v236 = arith.cmpi sle, %v235, %v167 : i64
              scf.if %v236 {
                %v237 = arith.subi %v167, %v2 : i64
                %v238 = arith.addi %v233, %v32 : i64
                %v239 = arith.minsi %v238, %v237 : i64
                %v240 = arith.addi %v165, %v239 : i64
                %v243 = arith.muli %v44, %v242 : i64
                %v244 = arith.muli %v42, %v241 : i64
                %v245 = arith.addi %v243, %v244 : i64
                %v246 = arith.subi %v188, %v240 : i64
                %v247 = arith.muli %v246, %v2 : i64
                %v248 = arith.addi %v245, %v247 : i64
                %v249 = llvm.getelementptr %in_delta[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v250 = llvm.load %v249 : !llvm.ptr -> f32
                %v251 = arith.muli %v42, %v2 : i64
                %v252 = llvm.getelementptr %in_dt_bias[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v253 = llvm.load %v252 : !llvm.ptr -> f32
                %v254 = arith.addf %v250, %v253 fastmath<contract> : f32
                %v255 = arith.maximumf %v254, %v64 : f32
                %v256 = llvm.call_intrinsic "llvm.fabs.f32"(%v254) : (f32) -> f32
                %v257 = arith.negf %v256 : f32
                %v259 = arith.mulf %v257, %v258 fastmath<contract> : f32
                %v260 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v259) : (f32) -> f32
                %v261 = arith.addf %v65, %v260 fastmath<contract> : f32
                %v262 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v261) : (f32) -> f32
                %v264 = arith.mulf %v262, %v263 fastmath<contract> : f32
                %v266 = arith.mulf %v265, %v260 fastmath<contract> : f32
                %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
                %v269 = arith.mulf %v268, %v260 fastmath<contract> : f32
                %v271 = arith.addf %v269, %v270 fastmath<contract> : f32
                %v272 = arith.mulf %v271, %v260 fastmath<contract> : f32
                %v274 = arith.addf %v272, %v273 fastmath<contract> : f32
                %v275 = arith.mulf %v274, %v260 fastmath<contract> : f32
                %v277 = arith.addf %v275, %v276 fastmath<contract> : f32
                %v278 = arith.mulf %v277, %v260 fastmath<contract> : f32
                %v280 = arith.addf %v278, %v279 fastmath<contract> : f32
                %v281 = arith.mulf %v280, %v260 fastmath<contract> : f32
                %v282 = arith.addf %v281, %v65 fastmath<contract> : f32
                %v283 = arith.mulf %v282, %v260 fastmath<contract> : f32
                %v284 = llvm.call_intrinsic "llvm.fabs.f32"(%v260) : (f32) -> f32
                %v286 = arith.cmpf olt, %v284, %v285 : f32
                %v287 = arith.select %v286, %v283, %v264 : f32
                %v288 = arith.addf %v255, %v287 fastmath<contract> : f32
                %v289 = arith.muli %v44, %v242 : i64
                %v290 = arith.muli %v42, %v241 : i64
                %v291 = arith.addi %v289, %v290 : i64
                %v292 = arith.subi %v188, %v240 : i64
                %v293 = arith.muli %v292, %v2 : i64
                %v294 = arith.addi %v291, %v293 : i64
                %v295 = llvm.getelementptr %in_u[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v296 = llvm.load %v295 : !llvm.ptr -> f32
                %v297 = arith.mulf %v288, %v296 fastmath<contract> : f32
                %v298 = arith.muli %v44, %v242 : i64
                %v299 = arith.muli %v42, %v241 : i64
                %v300 = arith.addi %v298, %v299 : i64
                %v301 = arith.subi %v188, %v240 : i64
                %v302 = arith.muli %v301, %v2 : i64
                %v303 = arith.addi %v300, %v302 : i64
                %v304 = llvm.getelementptr %in_z[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v305 = llvm.load %v304 : !llvm.ptr -> f32
                %v306 = arith.negf %v305 : f32
                %v307 = arith.mulf %v306, %v258 fastmath<contract> : f32
                %v308 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v307) : (f32) -> f32
                %v309 = arith.addf %v65, %v308 fastmath<contract> : f32
                %v310 = arith.divf %v65, %v309 : f32
                %v311 = arith.mulf %v305, %v310 fastmath<contract> : f32
                %v312 = arith.negf %v305 : f32
                %v313 = arith.mulf %v312, %v258 fastmath<contract> : f32
                %v314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v313) : (f32) -> f32
                %v315 = arith.addf %v65, %v314 fastmath<contract> : f32
                %v316 = arith.divf %v65, %v315 : f32
                %v317 = arith.subf %v65, %v316 fastmath<contract> : f32
                %v318 = arith.mulf %v305, %v317 fastmath<contract> : f32
                %v319 = arith.addf %v65, %v318 fastmath<contract> : f32
                %v320 = arith.mulf %v316, %v319 fastmath<contract> : f32
                %v321 = arith.negf %v254 : f32
                %v322 = arith.mulf %v321, %v258 fastmath<contract> : f32
                %v323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v322) : (f32) -> f32
                %v324 = arith.addf %v65, %v323 fastmath<contract> : f32
                %v325 = arith.divf %v65, %v324 : f32
                // the group's states, recomputed into registers
                %v326 = arith.subi %v167, %v233 : i64
                %v327 = arith.trunci %v326 : i64 to i32
                %v328 = arith.subi %size_L, %v2 : i64
                %v329 = arith.addi %v165, %v233 : i64
                %v330 = arith.subi %v328, %v329 : i64
                %v332 = arith.minsi %v330, %v331 : i64
                %v333 = arith.trunci %v332 : i64 to i32
                %v334 = arith.addi %v233, %v115 : i64
                %v336 = arith.cmpi slt, %v335, %v327 : i32
                %v337 = arith.cmpi eq, %v335, %v333 : i32
                %v339, %v340 = gpu.shuffle idx %v288, %v151, %v338 : f32
                %v341, %v342 = gpu.shuffle idx %v297, %v151, %v338 : f32
                %v343, %v344 = gpu.shuffle idx %v311, %v151, %v338 : f32
                %v345, %v346 = gpu.shuffle idx %v320, %v151, %v338 : f32
                %v347, %v348 = gpu.shuffle idx %v325, %v151, %v338 : f32
                %v349 = arith.addi %v165, %v334 : i64
                %v350 = arith.muli %v32, %v194 : i64
                %v351 = arith.subi %v349, %v165 : i64
                %v352 = arith.addi %v350, %v351 : i64
                %v353 = llvm.getelementptr %v63[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v354 = llvm.load %v353 : !llvm.ptr -> f32
                %v355 = arith.muli %v44, %v242 : i64
                %v356 = arith.muli %v42, %v241 : i64
                %v357 = arith.addi %v355, %v356 : i64
                %v358 = arith.subi %v188, %v349 : i64
                %v359 = arith.muli %v358, %v2 : i64
                %v360 = arith.addi %v357, %v359 : i64
                %v361 = llvm.getelementptr %dy_y[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.mulf %v343, %v362 fastmath<contract> : f32
                %v364 = arith.mulf %v354, %v363 fastmath<contract> : f32
                %v365 = llvm.load %v50 : !llvm.ptr -> f32
                %v366 = llvm.load %v52 : !llvm.ptr -> f32
                %v367 = arith.mulf %v366, %v365 fastmath<contract> : f32
                %v368 = arith.addf %v364, %v367 fastmath<contract> : f32
                llvm.store %v368, %v50 : f32, !llvm.ptr
                %v369 = llvm.load %v66 : !llvm.ptr -> f32
                %v370 = arith.mulf %v369, %v366 fastmath<contract> : f32
                llvm.store %v370, %v66 : f32, !llvm.ptr
                %v371 = arith.constant 8 : i64
                %v372 = arith.addi %v371, %v32 : i64
                %v373 = arith.muli %v372, %v194 : i64
                %v374 = arith.subi %v349, %v165 : i64
                %v375 = arith.addi %v373, %v374 : i64
                %v376 = llvm.getelementptr %v63[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v377 = llvm.load %v376 : !llvm.ptr -> f32
                %v378 = arith.mulf %v377, %v363 fastmath<contract> : f32
                %v379 = llvm.load %v51 : !llvm.ptr -> f32
                %v380 = llvm.load %v53 : !llvm.ptr -> f32
                %v381 = arith.mulf %v380, %v379 fastmath<contract> : f32
                %v382 = arith.addf %v378, %v381 fastmath<contract> : f32
                llvm.store %v382, %v51 : f32, !llvm.ptr
                %v383 = llvm.load %v67 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v380 fastmath<contract> : f32
                llvm.store %v384, %v67 : f32, !llvm.ptr
                scf.if %v337 {
                  %v385 = arith.muli %v44, %v71 : i64
                  %v386 = arith.muli %v42, %v70 : i64
                  %v387 = arith.addi %v385, %v386 : i64
                  %v388 = arith.muli %v32, %v2 : i64
                  %v389 = arith.addi %v387, %v388 : i64
                  %v390 = llvm.getelementptr %dy_h_first[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v391 = llvm.load %v390 : !llvm.ptr -> f32
                  %v392 = llvm.load %v50 : !llvm.ptr -> f32
                  %v393 = arith.addf %v392, %v391 fastmath<contract> : f32
                  llvm.store %v393, %v50 : f32, !llvm.ptr
                  %v394 = arith.muli %v44, %v71 : i64
                  %v395 = arith.muli %v42, %v70 : i64
                  %v396 = arith.addi %v394, %v395 : i64
                  %v397 = arith.constant 8 : i64
                  %v398 = arith.addi %v397, %v32 : i64
                  %v399 = arith.muli %v398, %v2 : i64
                  %v400 = arith.addi %v396, %v399 : i64
                  %v401 = llvm.getelementptr %dy_h_first[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v402 = llvm.load %v401 : !llvm.ptr -> f32
                  %v403 = llvm.load %v51 : !llvm.ptr -> f32
                  %v404 = arith.addf %v403, %v402 fastmath<contract> : f32
                  llvm.store %v404, %v51 : f32, !llvm.ptr
                }
                %v406 = arith.muli %v42, %v405 : i64
                %v407 = arith.muli %v32, %v2 : i64
                %v408 = arith.addi %v406, %v407 : i64
                %v409 = llvm.getelementptr %in_A[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v410 = llvm.load %v409 : !llvm.ptr -> f32
                %v411 = arith.mulf %v339, %v410 fastmath<contract> : f32
                %v412 = arith.mulf %v411, %v258 fastmath<contract> : f32
                %v413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v412) : (f32) -> f32
                llvm.store %v413, %v52 : f32, !llvm.ptr
                %v414 = arith.muli %v42, %v405 : i64
                %v415 = arith.constant 8 : i64
                %v416 = arith.addi %v415, %v32 : i64
                %v417 = arith.muli %v416, %v2 : i64
                %v418 = arith.addi %v414, %v417 : i64
                %v419 = llvm.getelementptr %in_A[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v420 = llvm.load %v419 : !llvm.ptr -> f32
                %v421 = arith.mulf %v339, %v420 fastmath<contract> : f32
                %v422 = arith.mulf %v421, %v258 fastmath<contract> : f32
                %v423 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v422) : (f32) -> f32
                llvm.store %v423, %v53 : f32, !llvm.ptr
                %v425 = arith.addi %v233, %v424 : i64
                %v427 = arith.cmpi slt, %v426, %v327 : i32
                %v428 = arith.cmpi eq, %v426, %v333 : i32
                %v429, %v430 = gpu.shuffle idx %v288, %v147, %v338 : f32
                %v431, %v432 = gpu.shuffle idx %v297, %v147, %v338 : f32
                %v433, %v434 = gpu.shuffle idx %v311, %v147, %v338 : f32
                %v435, %v436 = gpu.shuffle idx %v320, %v147, %v338 : f32
                %v437, %v438 = gpu.shuffle idx %v325, %v147, %v338 : f32
                %v439 = arith.addi %v165, %v425 : i64
                %v440 = arith.muli %v32, %v194 : i64
                %v441 = arith.subi %v439, %v165 : i64
                %v442 = arith.addi %v440, %v441 : i64
                %v443 = llvm.getelementptr %v63[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v444 = llvm.load %v443 : !llvm.ptr -> f32
                %v445 = arith.muli %v44, %v242 : i64
                %v446 = arith.muli %v42, %v241 : i64
                %v447 = arith.addi %v445, %v446 : i64
                %v448 = arith.subi %v188, %v439 : i64
                %v449 = arith.muli %v448, %v2 : i64
                %v450 = arith.addi %v447, %v449 : i64
                %v451 = llvm.getelementptr %dy_y[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v452 = llvm.load %v451 : !llvm.ptr -> f32
                %v453 = arith.mulf %v433, %v452 fastmath<contract> : f32
                %v454 = arith.mulf %v444, %v453 fastmath<contract> : f32
                %v455 = llvm.load %v50 : !llvm.ptr -> f32
                %v456 = llvm.load %v52 : !llvm.ptr -> f32
                %v457 = arith.mulf %v456, %v455 fastmath<contract> : f32
                %v458 = arith.addf %v454, %v457 fastmath<contract> : f32
                llvm.store %v458, %v50 : f32, !llvm.ptr
                %v459 = llvm.load %v66 : !llvm.ptr -> f32
                %v460 = arith.mulf %v459, %v456 fastmath<contract> : f32
                llvm.store %v460, %v66 : f32, !llvm.ptr
                %v461 = arith.constant 8 : i64
                %v462 = arith.addi %v461, %v32 : i64
                %v463 = arith.muli %v462, %v194 : i64
                %v464 = arith.subi %v439, %v165 : i64
                %v465 = arith.addi %v463, %v464 : i64
                %v466 = llvm.getelementptr %v63[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v467 = llvm.load %v466 : !llvm.ptr -> f32
                %v468 = arith.mulf %v467, %v453 fastmath<contract> : f32
                %v469 = llvm.load %v51 : !llvm.ptr -> f32
                %v470 = llvm.load %v53 : !llvm.ptr -> f32
                %v471 = arith.mulf %v470, %v469 fastmath<contract> : f32
                %v472 = arith.addf %v468, %v471 fastmath<contract> : f32
                llvm.store %v472, %v51 : f32, !llvm.ptr
                %v473 = llvm.load %v67 : !llvm.ptr -> f32
                %v474 = arith.mulf %v473, %v470 fastmath<contract> : f32
                llvm.store %v474, %v67 : f32, !llvm.ptr
                scf.if %v428 {
                  %v475 = arith.muli %v44, %v71 : i64
                  %v476 = arith.muli %v42, %v70 : i64
                  %v477 = arith.addi %v475, %v476 : i64
                  %v478 = arith.muli %v32, %v2 : i64
                  %v479 = arith.addi %v477, %v478 : i64
                  %v480 = llvm.getelementptr %dy_h_first[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v481 = llvm.load %v480 : !llvm.ptr -> f32
                  %v482 = llvm.load %v50 : !llvm.ptr -> f32
                  %v483 = arith.addf %v482, %v481 fastmath<contract> : f32
                  llvm.store %v483, %v50 : f32, !llvm.ptr
                  %v484 = arith.muli %v44, %v71 : i64
                  %v485 = arith.muli %v42, %v70 : i64
                  %v486 = arith.addi %v484, %v485 : i64
                  %v487 = arith.constant 8 : i64
                  %v488 = arith.addi %v487, %v32 : i64
                  %v489 = arith.muli %v488, %v2 : i64
                  %v490 = arith.addi %v486, %v489 : i64
                  %v491 = llvm.getelementptr %dy_h_first[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v492 = llvm.load %v491 : !llvm.ptr -> f32
                  %v493 = llvm.load %v51 : !llvm.ptr -> f32
                  %v494 = arith.addf %v493, %v492 fastmath<contract> : f32
                  llvm.store %v494, %v51 : f32, !llvm.ptr
                }
                %v495 = arith.muli %v42, %v405 : i64
                %v496 = arith.muli %v32, %v2 : i64
                %v497 = arith.addi %v495, %v496 : i64
                %v498 = llvm.getelementptr %in_A[%v497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v499 = llvm.load %v498 : !llvm.ptr -> f32
                %v500 = arith.mulf %v429, %v499 fastmath<contract> : f32
                %v501 = arith.mulf %v500, %v258 fastmath<contract> : f32
                %v502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v501) : (f32) -> f32
                llvm.store %v502, %v52 : f32, !llvm.ptr
                %v503 = arith.muli %v42, %v405 : i64
                %v504 = arith.constant 8 : i64
                %v505 = arith.addi %v504, %v32 : i64
                %v506 = arith.muli %v505, %v2 : i64
                %v507 = arith.addi %v503, %v506 : i64
                %v508 = llvm.getelementptr %in_A[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.mulf %v429, %v509 fastmath<contract> : f32
                %v511 = arith.mulf %v510, %v258 fastmath<contract> : f32
                %v512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v511) : (f32) -> f32
                llvm.store %v512, %v53 : f32, !llvm.ptr
                %v514 = arith.addi %v233, %v513 : i64
                %v516 = arith.cmpi slt, %v515, %v327 : i32
                %v517 = arith.cmpi eq, %v515, %v333 : i32
                %v518, %v519 = gpu.shuffle idx %v288, %v143, %v338 : f32
                %v520, %v521 = gpu.shuffle idx %v297, %v143, %v338 : f32
                %v522, %v523 = gpu.shuffle idx %v311, %v143, %v338 : f32
                %v524, %v525 = gpu.shuffle idx %v320, %v143, %v338 : f32
                %v526, %v527 = gpu.shuffle idx %v325, %v143, %v338 : f32
                %v528 = arith.addi %v165, %v514 : i64
                %v529 = arith.muli %v32, %v194 : i64
                %v530 = arith.subi %v528, %v165 : i64
                %v531 = arith.addi %v529, %v530 : i64
                %v532 = llvm.getelementptr %v63[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v533 = llvm.load %v532 : !llvm.ptr -> f32
                %v534 = arith.muli %v44, %v242 : i64
                %v535 = arith.muli %v42, %v241 : i64
                %v536 = arith.addi %v534, %v535 : i64
                %v537 = arith.subi %v188, %v528 : i64
                %v538 = arith.muli %v537, %v2 : i64
                %v539 = arith.addi %v536, %v538 : i64
                %v540 = llvm.getelementptr %dy_y[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v541 = llvm.load %v540 : !llvm.ptr -> f32
                %v542 = arith.mulf %v522, %v541 fastmath<contract> : f32
                %v543 = arith.mulf %v533, %v542 fastmath<contract> : f32
                %v544 = llvm.load %v50 : !llvm.ptr -> f32
                %v545 = llvm.load %v52 : !llvm.ptr -> f32
                %v546 = arith.mulf %v545, %v544 fastmath<contract> : f32
                %v547 = arith.addf %v543, %v546 fastmath<contract> : f32
                llvm.store %v547, %v50 : f32, !llvm.ptr
                %v548 = llvm.load %v66 : !llvm.ptr -> f32
                %v549 = arith.mulf %v548, %v545 fastmath<contract> : f32
                llvm.store %v549, %v66 : f32, !llvm.ptr
                %v550 = arith.constant 8 : i64
                %v551 = arith.addi %v550, %v32 : i64
                %v552 = arith.muli %v551, %v194 : i64
                %v553 = arith.subi %v528, %v165 : i64
                %v554 = arith.addi %v552, %v553 : i64
                %v555 = llvm.getelementptr %v63[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v556 = llvm.load %v555 : !llvm.ptr -> f32
                %v557 = arith.mulf %v556, %v542 fastmath<contract> : f32
                %v558 = llvm.load %v51 : !llvm.ptr -> f32
                %v559 = llvm.load %v53 : !llvm.ptr -> f32
                %v560 = arith.mulf %v559, %v558 fastmath<contract> : f32
                %v561 = arith.addf %v557, %v560 fastmath<contract> : f32
                llvm.store %v561, %v51 : f32, !llvm.ptr
                %v562 = llvm.load %v67 : !llvm.ptr -> f32
                %v563 = arith.mulf %v562, %v559 fastmath<contract> : f32
                llvm.store %v563, %v67 : f32, !llvm.ptr
                scf.if %v517 {
                  %v564 = arith.muli %v44, %v71 : i64
                  %v565 = arith.muli %v42, %v70 : i64
                  %v566 = arith.addi %v564, %v565 : i64
                  %v567 = arith.muli %v32, %v2 : i64
                  %v568 = arith.addi %v566, %v567 : i64
                  %v569 = llvm.getelementptr %dy_h_first[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v570 = llvm.load %v569 : !llvm.ptr -> f32
                  %v571 = llvm.load %v50 : !llvm.ptr -> f32
                  %v572 = arith.addf %v571, %v570 fastmath<contract> : f32
                  llvm.store %v572, %v50 : f32, !llvm.ptr
                  %v573 = arith.muli %v44, %v71 : i64
                  %v574 = arith.muli %v42, %v70 : i64
                  %v575 = arith.addi %v573, %v574 : i64
                  %v576 = arith.constant 8 : i64
                  %v577 = arith.addi %v576, %v32 : i64
                  %v578 = arith.muli %v577, %v2 : i64
                  %v579 = arith.addi %v575, %v578 : i64
                  %v580 = llvm.getelementptr %dy_h_first[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v581 = llvm.load %v580 : !llvm.ptr -> f32
                  %v582 = llvm.load %v51 : !llvm.ptr -> f32
                  %v583 = arith.addf %v582, %v581 fastmath<contract> : f32
                  llvm.store %v583, %v51 : f32, !llvm.ptr
                }
                %v584 = arith.muli %v42, %v405 : i64
                %v585 = arith.muli %v32, %v2 : i64
                %v586 = arith.addi %v584, %v585 : i64
                %v587 = llvm.getelementptr %in_A[%v586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v588 = llvm.load %v587 : !llvm.ptr -> f32
                %v589 = arith.mulf %v518, %v588 fastmath<contract> : f32
                %v590 = arith.mulf %v589, %v258 fastmath<contract> : f32
                %v591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v590) : (f32) -> f32
                llvm.store %v591, %v52 : f32, !llvm.ptr
                %v592 = arith.muli %v42, %v405 : i64
                %v593 = arith.constant 8 : i64
                %v594 = arith.addi %v593, %v32 : i64
                %v595 = arith.muli %v594, %v2 : i64
                %v596 = arith.addi %v592, %v595 : i64
                %v597 = llvm.getelementptr %in_A[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v598 = llvm.load %v597 : !llvm.ptr -> f32
                %v599 = arith.mulf %v518, %v598 fastmath<contract> : f32
                %v600 = arith.mulf %v599, %v258 fastmath<contract> : f32
                %v601 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v600) : (f32) -> f32
                llvm.store %v601, %v53 : f32, !llvm.ptr
                %v602 = arith.addi %v233, %v46 : i64
                %v604 = arith.cmpi slt, %v603, %v327 : i32
                %v605 = arith.cmpi eq, %v603, %v333 : i32
                %v606, %v607 = gpu.shuffle idx %v288, %v139, %v338 : f32
                %v608, %v609 = gpu.shuffle idx %v297, %v139, %v338 : f32
                %v610, %v611 = gpu.shuffle idx %v311, %v139, %v338 : f32
                %v612, %v613 = gpu.shuffle idx %v320, %v139, %v338 : f32
                %v614, %v615 = gpu.shuffle idx %v325, %v139, %v338 : f32
                %v616 = arith.addi %v165, %v602 : i64
                %v617 = arith.muli %v32, %v194 : i64
                %v618 = arith.subi %v616, %v165 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = llvm.getelementptr %v63[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                %v622 = arith.muli %v44, %v242 : i64
                %v623 = arith.muli %v42, %v241 : i64
                %v624 = arith.addi %v622, %v623 : i64
                %v625 = arith.subi %v188, %v616 : i64
                %v626 = arith.muli %v625, %v2 : i64
                %v627 = arith.addi %v624, %v626 : i64
                %v628 = llvm.getelementptr %dy_y[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v629 = llvm.load %v628 : !llvm.ptr -> f32
                %v630 = arith.mulf %v610, %v629 fastmath<contract> : f32
                %v631 = arith.mulf %v621, %v630 fastmath<contract> : f32
                %v632 = llvm.load %v50 : !llvm.ptr -> f32
                %v633 = llvm.load %v52 : !llvm.ptr -> f32
                %v634 = arith.mulf %v633, %v632 fastmath<contract> : f32
                %v635 = arith.addf %v631, %v634 fastmath<contract> : f32
                llvm.store %v635, %v50 : f32, !llvm.ptr
                %v636 = llvm.load %v66 : !llvm.ptr -> f32
                %v637 = arith.mulf %v636, %v633 fastmath<contract> : f32
                llvm.store %v637, %v66 : f32, !llvm.ptr
                %v638 = arith.constant 8 : i64
                %v639 = arith.addi %v638, %v32 : i64
                %v640 = arith.muli %v639, %v194 : i64
                %v641 = arith.subi %v616, %v165 : i64
                %v642 = arith.addi %v640, %v641 : i64
                %v643 = llvm.getelementptr %v63[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v644 = llvm.load %v643 : !llvm.ptr -> f32
                %v645 = arith.mulf %v644, %v630 fastmath<contract> : f32
                %v646 = llvm.load %v51 : !llvm.ptr -> f32
                %v647 = llvm.load %v53 : !llvm.ptr -> f32
                %v648 = arith.mulf %v647, %v646 fastmath<contract> : f32
                %v649 = arith.addf %v645, %v648 fastmath<contract> : f32
                llvm.store %v649, %v51 : f32, !llvm.ptr
                %v650 = llvm.load %v67 : !llvm.ptr -> f32
                %v651 = arith.mulf %v650, %v647 fastmath<contract> : f32
                llvm.store %v651, %v67 : f32, !llvm.ptr
                scf.if %v605 {
                  %v652 = arith.muli %v44, %v71 : i64
                  %v653 = arith.muli %v42, %v70 : i64
                  %v654 = arith.addi %v652, %v653 : i64
                  %v655 = arith.muli %v32, %v2 : i64
                  %v656 = arith.addi %v654, %v655 : i64
                  %v657 = llvm.getelementptr %dy_h_first[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v658 = llvm.load %v657 : !llvm.ptr -> f32
                  %v659 = llvm.load %v50 : !llvm.ptr -> f32
                  %v660 = arith.addf %v659, %v658 fastmath<contract> : f32
                  llvm.store %v660, %v50 : f32, !llvm.ptr
                  %v661 = arith.muli %v44, %v71 : i64
                  %v662 = arith.muli %v42, %v70 : i64
                  %v663 = arith.addi %v661, %v662 : i64
                  %v664 = arith.constant 8 : i64
                  %v665 = arith.addi %v664, %v32 : i64
                  %v666 = arith.muli %v665, %v2 : i64
                  %v667 = arith.addi %v663, %v666 : i64
                  %v668 = llvm.getelementptr %dy_h_first[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v669 = llvm.load %v668 : !llvm.ptr -> f32
                  %v670 = llvm.load %v51 : !llvm.ptr -> f32
                  %v671 = arith.addf %v670, %v669 fastmath<contract> : f32
                  llvm.store %v671, %v51 : f32, !llvm.ptr
                }
                %v672 = arith.muli %v42, %v405 : i64
                %v673 = arith.muli %v32, %v2 : i64
                %v674 = arith.addi %v672, %v673 : i64
                %v675 = llvm.getelementptr %in_A[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v676 = llvm.load %v675 : !llvm.ptr -> f32
                %v677 = arith.mulf %v606, %v676 fastmath<contract> : f32
                %v678 = arith.mulf %v677, %v258 fastmath<contract> : f32
                %v679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v678) : (f32) -> f32
                llvm.store %v679, %v52 : f32, !llvm.ptr
                %v680 = arith.muli %v42, %v405 : i64
                %v681 = arith.constant 8 : i64
                %v682 = arith.addi %v681, %v32 : i64
                %v683 = arith.muli %v682, %v2 : i64
                %v684 = arith.addi %v680, %v683 : i64
                %v685 = llvm.getelementptr %in_A[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v686 = llvm.load %v685 : !llvm.ptr -> f32
                %v687 = arith.mulf %v606, %v686 fastmath<contract> : f32
                %v688 = arith.mulf %v687, %v258 fastmath<contract> : f32
                %v689 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v688) : (f32) -> f32
                llvm.store %v689, %v53 : f32, !llvm.ptr
                %v691 = arith.addi %v233, %v690 : i64
                %v693 = arith.cmpi slt, %v692, %v327 : i32
                %v694 = arith.cmpi eq, %v692, %v333 : i32
                %v695, %v696 = gpu.shuffle idx %v288, %v135, %v338 : f32
                %v697, %v698 = gpu.shuffle idx %v297, %v135, %v338 : f32
                %v699, %v700 = gpu.shuffle idx %v311, %v135, %v338 : f32
                %v701, %v702 = gpu.shuffle idx %v320, %v135, %v338 : f32
                %v703, %v704 = gpu.shuffle idx %v325, %v135, %v338 : f32
                %v705 = arith.addi %v165, %v691 : i64
                %v706 = arith.muli %v32, %v194 : i64
                %v707 = arith.subi %v705, %v165 : i64
                %v708 = arith.addi %v706, %v707 : i64
                %v709 = llvm.getelementptr %v63[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v710 = llvm.load %v709 : !llvm.ptr -> f32
                %v711 = arith.muli %v44, %v242 : i64
                %v712 = arith.muli %v42, %v241 : i64
                %v713 = arith.addi %v711, %v712 : i64
                %v714 = arith.subi %v188, %v705 : i64
                %v715 = arith.muli %v714, %v2 : i64
                %v716 = arith.addi %v713, %v715 : i64
                %v717 = llvm.getelementptr %dy_y[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.mulf %v699, %v718 fastmath<contract> : f32
                %v720 = arith.mulf %v710, %v719 fastmath<contract> : f32
                %v721 = llvm.load %v50 : !llvm.ptr -> f32
                %v722 = llvm.load %v52 : !llvm.ptr -> f32
                %v723 = arith.mulf %v722, %v721 fastmath<contract> : f32
                %v724 = arith.addf %v720, %v723 fastmath<contract> : f32
                llvm.store %v724, %v50 : f32, !llvm.ptr
                %v725 = llvm.load %v66 : !llvm.ptr -> f32
                %v726 = arith.mulf %v725, %v722 fastmath<contract> : f32
                llvm.store %v726, %v66 : f32, !llvm.ptr
                %v727 = arith.constant 8 : i64
                %v728 = arith.addi %v727, %v32 : i64
                %v729 = arith.muli %v728, %v194 : i64
                %v730 = arith.subi %v705, %v165 : i64
                %v731 = arith.addi %v729, %v730 : i64
                %v732 = llvm.getelementptr %v63[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v733 = llvm.load %v732 : !llvm.ptr -> f32
                %v734 = arith.mulf %v733, %v719 fastmath<contract> : f32
                %v735 = llvm.load %v51 : !llvm.ptr -> f32
                %v736 = llvm.load %v53 : !llvm.ptr -> f32
                %v737 = arith.mulf %v736, %v735 fastmath<contract> : f32
                %v738 = arith.addf %v734, %v737 fastmath<contract> : f32
                llvm.store %v738, %v51 : f32, !llvm.ptr
                %v739 = llvm.load %v67 : !llvm.ptr -> f32
                %v740 = arith.mulf %v739, %v736 fastmath<contract> : f32
                llvm.store %v740, %v67 : f32, !llvm.ptr
                scf.if %v694 {
                  %v741 = arith.muli %v44, %v71 : i64
                  %v742 = arith.muli %v42, %v70 : i64
                  %v743 = arith.addi %v741, %v742 : i64
                  %v744 = arith.muli %v32, %v2 : i64
                  %v745 = arith.addi %v743, %v744 : i64
                  %v746 = llvm.getelementptr %dy_h_first[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v747 = llvm.load %v746 : !llvm.ptr -> f32
                  %v748 = llvm.load %v50 : !llvm.ptr -> f32
                  %v749 = arith.addf %v748, %v747 fastmath<contract> : f32
                  llvm.store %v749, %v50 : f32, !llvm.ptr
                  %v750 = arith.muli %v44, %v71 : i64
                  %v751 = arith.muli %v42, %v70 : i64
                  %v752 = arith.addi %v750, %v751 : i64
                  %v753 = arith.constant 8 : i64
                  %v754 = arith.addi %v753, %v32 : i64
                  %v755 = arith.muli %v754, %v2 : i64
                  %v756 = arith.addi %v752, %v755 : i64
                  %v757 = llvm.getelementptr %dy_h_first[%v756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v758 = llvm.load %v757 : !llvm.ptr -> f32
                  %v759 = llvm.load %v51 : !llvm.ptr -> f32
                  %v760 = arith.addf %v759, %v758 fastmath<contract> : f32
                  llvm.store %v760, %v51 : f32, !llvm.ptr
                }
                %v761 = arith.muli %v42, %v405 : i64
                %v762 = arith.muli %v32, %v2 : i64
                %v763 = arith.addi %v761, %v762 : i64
                %v764 = llvm.getelementptr %in_A[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v765 = llvm.load %v764 : !llvm.ptr -> f32
                %v766 = arith.mulf %v695, %v765 fastmath<contract> : f32
                %v767 = arith.mulf %v766, %v258 fastmath<contract> : f32
                %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
                llvm.store %v768, %v52 : f32, !llvm.ptr
                %v769 = arith.muli %v42, %v405 : i64
                %v770 = arith.constant 8 : i64
                %v771 = arith.addi %v770, %v32 : i64
                %v772 = arith.muli %v771, %v2 : i64
                %v773 = arith.addi %v769, %v772 : i64
                %v774 = llvm.getelementptr %in_A[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v775 = llvm.load %v774 : !llvm.ptr -> f32
                %v776 = arith.mulf %v695, %v775 fastmath<contract> : f32
                %v777 = arith.mulf %v776, %v258 fastmath<contract> : f32
                %v778 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v777) : (f32) -> f32
                llvm.store %v778, %v53 : f32, !llvm.ptr
                %v780 = arith.addi %v233, %v779 : i64
                %v782 = arith.cmpi slt, %v781, %v327 : i32
                %v783 = arith.cmpi eq, %v781, %v333 : i32
                %v784, %v785 = gpu.shuffle idx %v288, %v131, %v338 : f32
                %v786, %v787 = gpu.shuffle idx %v297, %v131, %v338 : f32
                %v788, %v789 = gpu.shuffle idx %v311, %v131, %v338 : f32
                %v790, %v791 = gpu.shuffle idx %v320, %v131, %v338 : f32
                %v792, %v793 = gpu.shuffle idx %v325, %v131, %v338 : f32
                %v794 = arith.addi %v165, %v780 : i64
                %v795 = arith.muli %v32, %v194 : i64
                %v796 = arith.subi %v794, %v165 : i64
                %v797 = arith.addi %v795, %v796 : i64
                %v798 = llvm.getelementptr %v63[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v799 = llvm.load %v798 : !llvm.ptr -> f32
                %v800 = arith.muli %v44, %v242 : i64
                %v801 = arith.muli %v42, %v241 : i64
                %v802 = arith.addi %v800, %v801 : i64
                %v803 = arith.subi %v188, %v794 : i64
                %v804 = arith.muli %v803, %v2 : i64
                %v805 = arith.addi %v802, %v804 : i64
                %v806 = llvm.getelementptr %dy_y[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v807 = llvm.load %v806 : !llvm.ptr -> f32
                %v808 = arith.mulf %v788, %v807 fastmath<contract> : f32
                %v809 = arith.mulf %v799, %v808 fastmath<contract> : f32
                %v810 = llvm.load %v50 : !llvm.ptr -> f32
                %v811 = llvm.load %v52 : !llvm.ptr -> f32
                %v812 = arith.mulf %v811, %v810 fastmath<contract> : f32
                %v813 = arith.addf %v809, %v812 fastmath<contract> : f32
                llvm.store %v813, %v50 : f32, !llvm.ptr
                %v814 = llvm.load %v66 : !llvm.ptr -> f32
                %v815 = arith.mulf %v814, %v811 fastmath<contract> : f32
                llvm.store %v815, %v66 : f32, !llvm.ptr
                %v816 = arith.constant 8 : i64
                %v817 = arith.addi %v816, %v32 : i64
                %v818 = arith.muli %v817, %v194 : i64
                %v819 = arith.subi %v794, %v165 : i64
                %v820 = arith.addi %v818, %v819 : i64
                %v821 = llvm.getelementptr %v63[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v822 = llvm.load %v821 : !llvm.ptr -> f32
                %v823 = arith.mulf %v822, %v808 fastmath<contract> : f32
                %v824 = llvm.load %v51 : !llvm.ptr -> f32
                %v825 = llvm.load %v53 : !llvm.ptr -> f32
                %v826 = arith.mulf %v825, %v824 fastmath<contract> : f32
                %v827 = arith.addf %v823, %v826 fastmath<contract> : f32
                llvm.store %v827, %v51 : f32, !llvm.ptr
                %v828 = llvm.load %v67 : !llvm.ptr -> f32
                %v829 = arith.mulf %v828, %v825 fastmath<contract> : f32
                llvm.store %v829, %v67 : f32, !llvm.ptr
                scf.if %v783 {
                  %v830 = arith.muli %v44, %v71 : i64
                  %v831 = arith.muli %v42, %v70 : i64
                  %v832 = arith.addi %v830, %v831 : i64
                  %v833 = arith.muli %v32, %v2 : i64
                  %v834 = arith.addi %v832, %v833 : i64
                  %v835 = llvm.getelementptr %dy_h_first[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v836 = llvm.load %v835 : !llvm.ptr -> f32
                  %v837 = llvm.load %v50 : !llvm.ptr -> f32
                  %v838 = arith.addf %v837, %v836 fastmath<contract> : f32
                  llvm.store %v838, %v50 : f32, !llvm.ptr
                  %v839 = arith.muli %v44, %v71 : i64
                  %v840 = arith.muli %v42, %v70 : i64
                  %v841 = arith.addi %v839, %v840 : i64
                  %v842 = arith.constant 8 : i64
                  %v843 = arith.addi %v842, %v32 : i64
                  %v844 = arith.muli %v843, %v2 : i64
                  %v845 = arith.addi %v841, %v844 : i64
                  %v846 = llvm.getelementptr %dy_h_first[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v847 = llvm.load %v846 : !llvm.ptr -> f32
                  %v848 = llvm.load %v51 : !llvm.ptr -> f32
                  %v849 = arith.addf %v848, %v847 fastmath<contract> : f32
                  llvm.store %v849, %v51 : f32, !llvm.ptr
                }
                %v850 = arith.muli %v42, %v405 : i64
                %v851 = arith.muli %v32, %v2 : i64
                %v852 = arith.addi %v850, %v851 : i64
                %v853 = llvm.getelementptr %in_A[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v854 = llvm.load %v853 : !llvm.ptr -> f32
                %v855 = arith.mulf %v784, %v854 fastmath<contract> : f32
                %v856 = arith.mulf %v855, %v258 fastmath<contract> : f32
                %v857 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v856) : (f32) -> f32
                llvm.store %v857, %v52 : f32, !llvm.ptr
                %v858 = arith.muli %v42, %v405 : i64
                %v859 = arith.constant 8 : i64
                %v860 = arith.addi %v859, %v32 : i64
                %v861 = arith.muli %v860, %v2 : i64
                %v862 = arith.addi %v858, %v861 : i64
                %v863 = llvm.getelementptr %in_A[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.mulf %v784, %v864 fastmath<contract> : f32
                %v866 = arith.mulf %v865, %v258 fastmath<contract> : f32
                %v867 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v866) : (f32) -> f32
                llvm.store %v867, %v53 : f32, !llvm.ptr
                %v868 = arith.addi %v233, %v2 : i64
                %v870 = arith.cmpi slt, %v869, %v327 : i32
                %v871 = arith.cmpi eq, %v869, %v333 : i32
                %v872, %v873 = gpu.shuffle idx %v288, %v127, %v338 : f32
                %v874, %v875 = gpu.shuffle idx %v297, %v127, %v338 : f32
                %v876, %v877 = gpu.shuffle idx %v311, %v127, %v338 : f32
                %v878, %v879 = gpu.shuffle idx %v320, %v127, %v338 : f32
                %v880, %v881 = gpu.shuffle idx %v325, %v127, %v338 : f32
                %v882 = arith.addi %v165, %v868 : i64
                %v883 = arith.muli %v32, %v194 : i64
                %v884 = arith.subi %v882, %v165 : i64
                %v885 = arith.addi %v883, %v884 : i64
                %v886 = llvm.getelementptr %v63[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v887 = llvm.load %v886 : !llvm.ptr -> f32
                %v888 = arith.muli %v44, %v242 : i64
                %v889 = arith.muli %v42, %v241 : i64
                %v890 = arith.addi %v888, %v889 : i64
                %v891 = arith.subi %v188, %v882 : i64
                %v892 = arith.muli %v891, %v2 : i64
                %v893 = arith.addi %v890, %v892 : i64
                %v894 = llvm.getelementptr %dy_y[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v895 = llvm.load %v894 : !llvm.ptr -> f32
                %v896 = arith.mulf %v876, %v895 fastmath<contract> : f32
                %v897 = arith.mulf %v887, %v896 fastmath<contract> : f32
                %v898 = llvm.load %v50 : !llvm.ptr -> f32
                %v899 = llvm.load %v52 : !llvm.ptr -> f32
                %v900 = arith.mulf %v899, %v898 fastmath<contract> : f32
                %v901 = arith.addf %v897, %v900 fastmath<contract> : f32
                llvm.store %v901, %v50 : f32, !llvm.ptr
                %v902 = llvm.load %v66 : !llvm.ptr -> f32
                %v903 = arith.mulf %v902, %v899 fastmath<contract> : f32
                llvm.store %v903, %v66 : f32, !llvm.ptr
                %v904 = arith.constant 8 : i64
                %v905 = arith.addi %v904, %v32 : i64
                %v906 = arith.muli %v905, %v194 : i64
                %v907 = arith.subi %v882, %v165 : i64
                %v908 = arith.addi %v906, %v907 : i64
                %v909 = llvm.getelementptr %v63[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v910 = llvm.load %v909 : !llvm.ptr -> f32
                %v911 = arith.mulf %v910, %v896 fastmath<contract> : f32
                %v912 = llvm.load %v51 : !llvm.ptr -> f32
                %v913 = llvm.load %v53 : !llvm.ptr -> f32
                %v914 = arith.mulf %v913, %v912 fastmath<contract> : f32
                %v915 = arith.addf %v911, %v914 fastmath<contract> : f32
                llvm.store %v915, %v51 : f32, !llvm.ptr
                %v916 = llvm.load %v67 : !llvm.ptr -> f32
                %v917 = arith.mulf %v916, %v913 fastmath<contract> : f32
                llvm.store %v917, %v67 : f32, !llvm.ptr
                scf.if %v871 {
                  %v918 = arith.muli %v44, %v71 : i64
                  %v919 = arith.muli %v42, %v70 : i64
                  %v920 = arith.addi %v918, %v919 : i64
                  %v921 = arith.muli %v32, %v2 : i64
                  %v922 = arith.addi %v920, %v921 : i64
                  %v923 = llvm.getelementptr %dy_h_first[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v924 = llvm.load %v923 : !llvm.ptr -> f32
                  %v925 = llvm.load %v50 : !llvm.ptr -> f32
                  %v926 = arith.addf %v925, %v924 fastmath<contract> : f32
                  llvm.store %v926, %v50 : f32, !llvm.ptr
                  %v927 = arith.muli %v44, %v71 : i64
                  %v928 = arith.muli %v42, %v70 : i64
                  %v929 = arith.addi %v927, %v928 : i64
                  %v930 = arith.constant 8 : i64
                  %v931 = arith.addi %v930, %v32 : i64
                  %v932 = arith.muli %v931, %v2 : i64
                  %v933 = arith.addi %v929, %v932 : i64
                  %v934 = llvm.getelementptr %dy_h_first[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v935 = llvm.load %v934 : !llvm.ptr -> f32
                  %v936 = llvm.load %v51 : !llvm.ptr -> f32
                  %v937 = arith.addf %v936, %v935 fastmath<contract> : f32
                  llvm.store %v937, %v51 : f32, !llvm.ptr
                }
                %v938 = arith.muli %v42, %v405 : i64
                %v939 = arith.muli %v32, %v2 : i64
                %v940 = arith.addi %v938, %v939 : i64
                %v941 = llvm.getelementptr %in_A[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v942 = llvm.load %v941 : !llvm.ptr -> f32
                %v943 = arith.mulf %v872, %v942 fastmath<contract> : f32
                %v944 = arith.mulf %v943, %v258 fastmath<contract> : f32
                %v945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v944) : (f32) -> f32
                llvm.store %v945, %v52 : f32, !llvm.ptr
                %v946 = arith.muli %v42, %v405 : i64
                %v947 = arith.constant 8 : i64
                %v948 = arith.addi %v947, %v32 : i64
                %v949 = arith.muli %v948, %v2 : i64
                %v950 = arith.addi %v946, %v949 : i64
                %v951 = llvm.getelementptr %in_A[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = arith.mulf %v872, %v952 fastmath<contract> : f32
                %v954 = arith.mulf %v953, %v258 fastmath<contract> : f32
                %v955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v954) : (f32) -> f32
                llvm.store %v955, %v53 : f32, !llvm.ptr
                %v956 = arith.addi %v233, %v68 : i64
                %v958 = arith.cmpi slt, %v957, %v327 : i32
                %v959 = arith.cmpi eq, %v957, %v333 : i32
                %v960, %v961 = gpu.shuffle idx %v288, %v123, %v338 : f32
                %v962, %v963 = gpu.shuffle idx %v297, %v123, %v338 : f32
                %v964, %v965 = gpu.shuffle idx %v311, %v123, %v338 : f32
                %v966, %v967 = gpu.shuffle idx %v320, %v123, %v338 : f32
                %v968, %v969 = gpu.shuffle idx %v325, %v123, %v338 : f32
                %v970 = arith.addi %v165, %v956 : i64
                %v971 = arith.muli %v32, %v194 : i64
                %v972 = arith.subi %v970, %v165 : i64
                %v973 = arith.addi %v971, %v972 : i64
                %v974 = llvm.getelementptr %v63[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v975 = llvm.load %v974 : !llvm.ptr -> f32
                %v976 = arith.muli %v44, %v242 : i64
                %v977 = arith.muli %v42, %v241 : i64
                %v978 = arith.addi %v976, %v977 : i64
                %v979 = arith.subi %v188, %v970 : i64
                %v980 = arith.muli %v979, %v2 : i64
                %v981 = arith.addi %v978, %v980 : i64
                %v982 = llvm.getelementptr %dy_y[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v983 = llvm.load %v982 : !llvm.ptr -> f32
                %v984 = arith.mulf %v964, %v983 fastmath<contract> : f32
                %v985 = arith.mulf %v975, %v984 fastmath<contract> : f32
                %v986 = llvm.load %v50 : !llvm.ptr -> f32
                %v987 = llvm.load %v52 : !llvm.ptr -> f32
                %v988 = arith.mulf %v987, %v986 fastmath<contract> : f32
                %v989 = arith.addf %v985, %v988 fastmath<contract> : f32
                llvm.store %v989, %v50 : f32, !llvm.ptr
                %v990 = llvm.load %v66 : !llvm.ptr -> f32
                %v991 = arith.mulf %v990, %v987 fastmath<contract> : f32
                llvm.store %v991, %v66 : f32, !llvm.ptr
                %v992 = arith.constant 8 : i64
                %v993 = arith.addi %v992, %v32 : i64
                %v994 = arith.muli %v993, %v194 : i64
                %v995 = arith.subi %v970, %v165 : i64
                %v996 = arith.addi %v994, %v995 : i64
                %v997 = llvm.getelementptr %v63[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v998 = llvm.load %v997 : !llvm.ptr -> f32
                %v999 = arith.mulf %v998, %v984 fastmath<contract> : f32
                %v1000 = llvm.load %v51 : !llvm.ptr -> f32
                %v1001 = llvm.load %v53 : !llvm.ptr -> f32
                %v1002 = arith.mulf %v1001, %v1000 fastmath<contract> : f32
                %v1003 = arith.addf %v999, %v1002 fastmath<contract> : f32
                llvm.store %v1003, %v51 : f32, !llvm.ptr
                %v1004 = llvm.load %v67 : !llvm.ptr -> f32
                %v1005 = arith.mulf %v1004, %v1001 fastmath<contract> : f32
                llvm.store %v1005, %v67 : f32, !llvm.ptr
                scf.if %v959 {
                  %v1006 = arith.muli %v44, %v71 : i64
                  %v1007 = arith.muli %v42, %v70 : i64
                  %v1008 = arith.addi %v1006, %v1007 : i64
                  %v1009 = arith.muli %v32, %v2 : i64
                  %v1010 = arith.addi %v1008, %v1009 : i64
                  %v1011 = llvm.getelementptr %dy_h_first[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
                  %v1013 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1014 = arith.addf %v1013, %v1012 fastmath<contract> : f32
                  llvm.store %v1014, %v50 : f32, !llvm.ptr
                  %v1015 = arith.muli %v44, %v71 : i64
                  %v1016 = arith.muli %v42, %v70 : i64
                  %v1017 = arith.addi %v1015, %v1016 : i64
                  %v1018 = arith.constant 8 : i64
                  %v1019 = arith.addi %v1018, %v32 : i64
                  %v1020 = arith.muli %v1019, %v2 : i64
                  %v1021 = arith.addi %v1017, %v1020 : i64
                  %v1022 = llvm.getelementptr %dy_h_first[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
                  %v1024 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1025 = arith.addf %v1024, %v1023 fastmath<contract> : f32
                  llvm.store %v1025, %v51 : f32, !llvm.ptr
                }
                %v1026 = arith.muli %v42, %v405 : i64
                %v1027 = arith.muli %v32, %v2 : i64
                %v1028 = arith.addi %v1026, %v1027 : i64
                %v1029 = llvm.getelementptr %in_A[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
                %v1031 = arith.mulf %v960, %v1030 fastmath<contract> : f32
                %v1032 = arith.mulf %v1031, %v258 fastmath<contract> : f32
                %v1033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1032) : (f32) -> f32
                llvm.store %v1033, %v52 : f32, !llvm.ptr
                %v1034 = arith.muli %v42, %v405 : i64
                %v1035 = arith.constant 8 : i64
                %v1036 = arith.addi %v1035, %v32 : i64
                %v1037 = arith.muli %v1036, %v2 : i64
                %v1038 = arith.addi %v1034, %v1037 : i64
                %v1039 = llvm.getelementptr %in_A[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
                %v1041 = arith.mulf %v960, %v1040 fastmath<contract> : f32
                %v1042 = arith.mulf %v1041, %v258 fastmath<contract> : f32
                %v1043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1042) : (f32) -> f32
                llvm.store %v1043, %v53 : f32, !llvm.ptr
              } else {
                %v1044 = arith.subi %v167, %v2 : i64
                %v1045 = arith.addi %v233, %v32 : i64
                %v1046 = arith.minsi %v1045, %v1044 : i64
                %v1047 = arith.addi %v165, %v1046 : i64
                %v1048 = arith.muli %v44, %v242 : i64
                %v1049 = arith.muli %v42, %v241 : i64
                %v1050 = arith.addi %v1048, %v1049 : i64
                %v1051 = arith.subi %v188, %v1047 : i64
                %v1052 = arith.muli %v1051, %v2 : i64
                %v1053 = arith.addi %v1050, %v1052 : i64
                %v1054 = llvm.getelementptr %in_delta[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.muli %v42, %v2 : i64
                %v1057 = llvm.getelementptr %in_dt_bias[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
                %v1059 = arith.addf %v1055, %v1058 fastmath<contract> : f32
                %v1060 = arith.maximumf %v1059, %v64 : f32
                %v1061 = llvm.call_intrinsic "llvm.fabs.f32"(%v1059) : (f32) -> f32
                %v1062 = arith.negf %v1061 : f32
                %v1063 = arith.mulf %v1062, %v258 fastmath<contract> : f32
                %v1064 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1063) : (f32) -> f32
                %v1065 = arith.addf %v65, %v1064 fastmath<contract> : f32
                %v1066 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1065) : (f32) -> f32
                %v1067 = arith.mulf %v1066, %v263 fastmath<contract> : f32
                %v1068 = arith.mulf %v265, %v1064 fastmath<contract> : f32
                %v1069 = arith.addf %v1068, %v267 fastmath<contract> : f32
                %v1070 = arith.mulf %v1069, %v1064 fastmath<contract> : f32
                %v1071 = arith.addf %v1070, %v270 fastmath<contract> : f32
                %v1072 = arith.mulf %v1071, %v1064 fastmath<contract> : f32
                %v1073 = arith.addf %v1072, %v273 fastmath<contract> : f32
                %v1074 = arith.mulf %v1073, %v1064 fastmath<contract> : f32
                %v1075 = arith.addf %v1074, %v276 fastmath<contract> : f32
                %v1076 = arith.mulf %v1075, %v1064 fastmath<contract> : f32
                %v1077 = arith.addf %v1076, %v279 fastmath<contract> : f32
                %v1078 = arith.mulf %v1077, %v1064 fastmath<contract> : f32
                %v1079 = arith.addf %v1078, %v65 fastmath<contract> : f32
                %v1080 = arith.mulf %v1079, %v1064 fastmath<contract> : f32
                %v1081 = llvm.call_intrinsic "llvm.fabs.f32"(%v1064) : (f32) -> f32
                %v1082 = arith.cmpf olt, %v1081, %v285 : f32
                %v1083 = arith.select %v1082, %v1080, %v1067 : f32
                %v1084 = arith.addf %v1060, %v1083 fastmath<contract> : f32
                %v1085 = arith.muli %v44, %v242 : i64
                %v1086 = arith.muli %v42, %v241 : i64
                %v1087 = arith.addi %v1085, %v1086 : i64
                %v1088 = arith.subi %v188, %v1047 : i64
                %v1089 = arith.muli %v1088, %v2 : i64
                %v1090 = arith.addi %v1087, %v1089 : i64
                %v1091 = llvm.getelementptr %in_u[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
                %v1093 = arith.mulf %v1084, %v1092 fastmath<contract> : f32
                %v1094 = arith.muli %v44, %v242 : i64
                %v1095 = arith.muli %v42, %v241 : i64
                %v1096 = arith.addi %v1094, %v1095 : i64
                %v1097 = arith.subi %v188, %v1047 : i64
                %v1098 = arith.muli %v1097, %v2 : i64
                %v1099 = arith.addi %v1096, %v1098 : i64
                %v1100 = llvm.getelementptr %in_z[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
                %v1102 = arith.negf %v1101 : f32
                %v1103 = arith.mulf %v1102, %v258 fastmath<contract> : f32
                %v1104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1103) : (f32) -> f32
                %v1105 = arith.addf %v65, %v1104 fastmath<contract> : f32
                %v1106 = arith.divf %v65, %v1105 : f32
                %v1107 = arith.mulf %v1101, %v1106 fastmath<contract> : f32
                %v1108 = arith.negf %v1101 : f32
                %v1109 = arith.mulf %v1108, %v258 fastmath<contract> : f32
                %v1110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1109) : (f32) -> f32
                %v1111 = arith.addf %v65, %v1110 fastmath<contract> : f32
                %v1112 = arith.divf %v65, %v1111 : f32
                %v1113 = arith.subf %v65, %v1112 fastmath<contract> : f32
                %v1114 = arith.mulf %v1101, %v1113 fastmath<contract> : f32
                %v1115 = arith.addf %v65, %v1114 fastmath<contract> : f32
                %v1116 = arith.mulf %v1112, %v1115 fastmath<contract> : f32
                %v1117 = arith.negf %v1059 : f32
                %v1118 = arith.mulf %v1117, %v258 fastmath<contract> : f32
                %v1119 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1118) : (f32) -> f32
                %v1120 = arith.addf %v65, %v1119 fastmath<contract> : f32
                %v1121 = arith.divf %v65, %v1120 : f32
                // the group's states, recomputed into registers
                %v1122 = arith.subi %v167, %v233 : i64
                %v1123 = arith.trunci %v1122 : i64 to i32
                %v1124 = arith.subi %size_L, %v2 : i64
                %v1125 = arith.addi %v165, %v233 : i64
                %v1126 = arith.subi %v1124, %v1125 : i64
                %v1127 = arith.minsi %v1126, %v331 : i64
                %v1128 = arith.trunci %v1127 : i64 to i32
                %v1129 = arith.addi %v233, %v115 : i64
                %v1130 = arith.cmpi slt, %v335, %v1123 : i32
                %v1131 = arith.cmpi eq, %v335, %v1128 : i32
                %v1132, %v1133 = gpu.shuffle idx %v1084, %v151, %v338 : f32
                %v1134, %v1135 = gpu.shuffle idx %v1093, %v151, %v338 : f32
                %v1136, %v1137 = gpu.shuffle idx %v1107, %v151, %v338 : f32
                %v1138, %v1139 = gpu.shuffle idx %v1116, %v151, %v338 : f32
                %v1140, %v1141 = gpu.shuffle idx %v1121, %v151, %v338 : f32
                scf.if %v1130 {
                  %v1142 = arith.addi %v165, %v1129 : i64
                  %v1143 = arith.muli %v32, %v194 : i64
                  %v1144 = arith.subi %v1142, %v165 : i64
                  %v1145 = arith.addi %v1143, %v1144 : i64
                  %v1146 = llvm.getelementptr %v63[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
                  %v1148 = arith.muli %v44, %v242 : i64
                  %v1149 = arith.muli %v42, %v241 : i64
                  %v1150 = arith.addi %v1148, %v1149 : i64
                  %v1151 = arith.subi %v188, %v1142 : i64
                  %v1152 = arith.muli %v1151, %v2 : i64
                  %v1153 = arith.addi %v1150, %v1152 : i64
                  %v1154 = llvm.getelementptr %dy_y[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1155 = llvm.load %v1154 : !llvm.ptr -> f32
                  %v1156 = arith.mulf %v1136, %v1155 fastmath<contract> : f32
                  %v1157 = arith.mulf %v1147, %v1156 fastmath<contract> : f32
                  %v1158 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1159 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1160 = arith.mulf %v1159, %v1158 fastmath<contract> : f32
                  %v1161 = arith.addf %v1157, %v1160 fastmath<contract> : f32
                  llvm.store %v1161, %v50 : f32, !llvm.ptr
                  %v1162 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1163 = arith.mulf %v1162, %v1159 fastmath<contract> : f32
                  llvm.store %v1163, %v66 : f32, !llvm.ptr
                  %v1164 = arith.constant 8 : i64
                  %v1165 = arith.addi %v1164, %v32 : i64
                  %v1166 = arith.muli %v1165, %v194 : i64
                  %v1167 = arith.subi %v1142, %v165 : i64
                  %v1168 = arith.addi %v1166, %v1167 : i64
                  %v1169 = llvm.getelementptr %v63[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
                  %v1171 = arith.mulf %v1170, %v1156 fastmath<contract> : f32
                  %v1172 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1173 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1174 = arith.mulf %v1173, %v1172 fastmath<contract> : f32
                  %v1175 = arith.addf %v1171, %v1174 fastmath<contract> : f32
                  llvm.store %v1175, %v51 : f32, !llvm.ptr
                  %v1176 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1177 = arith.mulf %v1176, %v1173 fastmath<contract> : f32
                  llvm.store %v1177, %v67 : f32, !llvm.ptr
                  scf.if %v1131 {
                    %v1178 = arith.muli %v44, %v71 : i64
                    %v1179 = arith.muli %v42, %v70 : i64
                    %v1180 = arith.addi %v1178, %v1179 : i64
                    %v1181 = arith.muli %v32, %v2 : i64
                    %v1182 = arith.addi %v1180, %v1181 : i64
                    %v1183 = llvm.getelementptr %dy_h_first[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                    %v1185 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1186 = arith.addf %v1185, %v1184 fastmath<contract> : f32
                    llvm.store %v1186, %v50 : f32, !llvm.ptr
                    %v1187 = arith.muli %v44, %v71 : i64
                    %v1188 = arith.muli %v42, %v70 : i64
                    %v1189 = arith.addi %v1187, %v1188 : i64
                    %v1190 = arith.constant 8 : i64
                    %v1191 = arith.addi %v1190, %v32 : i64
                    %v1192 = arith.muli %v1191, %v2 : i64
                    %v1193 = arith.addi %v1189, %v1192 : i64
                    %v1194 = llvm.getelementptr %dy_h_first[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
                    %v1196 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1197 = arith.addf %v1196, %v1195 fastmath<contract> : f32
                    llvm.store %v1197, %v51 : f32, !llvm.ptr
                  }
                  %v1198 = arith.muli %v42, %v405 : i64
                  %v1199 = arith.muli %v32, %v2 : i64
                  %v1200 = arith.addi %v1198, %v1199 : i64
                  %v1201 = llvm.getelementptr %in_A[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
                  %v1203 = arith.mulf %v1132, %v1202 fastmath<contract> : f32
                  %v1204 = arith.mulf %v1203, %v258 fastmath<contract> : f32
                  %v1205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1204) : (f32) -> f32
                  llvm.store %v1205, %v52 : f32, !llvm.ptr
                  %v1206 = arith.muli %v42, %v405 : i64
                  %v1207 = arith.constant 8 : i64
                  %v1208 = arith.addi %v1207, %v32 : i64
                  %v1209 = arith.muli %v1208, %v2 : i64
                  %v1210 = arith.addi %v1206, %v1209 : i64
                  %v1211 = llvm.getelementptr %in_A[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1212 = llvm.load %v1211 : !llvm.ptr -> f32
                  %v1213 = arith.mulf %v1132, %v1212 fastmath<contract> : f32
                  %v1214 = arith.mulf %v1213, %v258 fastmath<contract> : f32
                  %v1215 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1214) : (f32) -> f32
                  llvm.store %v1215, %v53 : f32, !llvm.ptr
                }
                %v1216 = arith.addi %v233, %v424 : i64
                %v1217 = arith.cmpi slt, %v426, %v1123 : i32
                %v1218 = arith.cmpi eq, %v426, %v1128 : i32
                %v1219, %v1220 = gpu.shuffle idx %v1084, %v147, %v338 : f32
                %v1221, %v1222 = gpu.shuffle idx %v1093, %v147, %v338 : f32
                %v1223, %v1224 = gpu.shuffle idx %v1107, %v147, %v338 : f32
                %v1225, %v1226 = gpu.shuffle idx %v1116, %v147, %v338 : f32
                %v1227, %v1228 = gpu.shuffle idx %v1121, %v147, %v338 : f32
                scf.if %v1217 {
                  %v1229 = arith.addi %v165, %v1216 : i64
                  %v1230 = arith.muli %v32, %v194 : i64
                  %v1231 = arith.subi %v1229, %v165 : i64
                  %v1232 = arith.addi %v1230, %v1231 : i64
                  %v1233 = llvm.getelementptr %v63[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
                  %v1235 = arith.muli %v44, %v242 : i64
                  %v1236 = arith.muli %v42, %v241 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = arith.subi %v188, %v1229 : i64
                  %v1239 = arith.muli %v1238, %v2 : i64
                  %v1240 = arith.addi %v1237, %v1239 : i64
                  %v1241 = llvm.getelementptr %dy_y[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
                  %v1243 = arith.mulf %v1223, %v1242 fastmath<contract> : f32
                  %v1244 = arith.mulf %v1234, %v1243 fastmath<contract> : f32
                  %v1245 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1246 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1247 = arith.mulf %v1246, %v1245 fastmath<contract> : f32
                  %v1248 = arith.addf %v1244, %v1247 fastmath<contract> : f32
                  llvm.store %v1248, %v50 : f32, !llvm.ptr
                  %v1249 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1250 = arith.mulf %v1249, %v1246 fastmath<contract> : f32
                  llvm.store %v1250, %v66 : f32, !llvm.ptr
                  %v1251 = arith.constant 8 : i64
                  %v1252 = arith.addi %v1251, %v32 : i64
                  %v1253 = arith.muli %v1252, %v194 : i64
                  %v1254 = arith.subi %v1229, %v165 : i64
                  %v1255 = arith.addi %v1253, %v1254 : i64
                  %v1256 = llvm.getelementptr %v63[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
                  %v1258 = arith.mulf %v1257, %v1243 fastmath<contract> : f32
                  %v1259 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1260 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1261 = arith.mulf %v1260, %v1259 fastmath<contract> : f32
                  %v1262 = arith.addf %v1258, %v1261 fastmath<contract> : f32
                  llvm.store %v1262, %v51 : f32, !llvm.ptr
                  %v1263 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1264 = arith.mulf %v1263, %v1260 fastmath<contract> : f32
                  llvm.store %v1264, %v67 : f32, !llvm.ptr
                  scf.if %v1218 {
                    %v1265 = arith.muli %v44, %v71 : i64
                    %v1266 = arith.muli %v42, %v70 : i64
                    %v1267 = arith.addi %v1265, %v1266 : i64
                    %v1268 = arith.muli %v32, %v2 : i64
                    %v1269 = arith.addi %v1267, %v1268 : i64
                    %v1270 = llvm.getelementptr %dy_h_first[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
                    %v1272 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1273 = arith.addf %v1272, %v1271 fastmath<contract> : f32
                    llvm.store %v1273, %v50 : f32, !llvm.ptr
                    %v1274 = arith.muli %v44, %v71 : i64
                    %v1275 = arith.muli %v42, %v70 : i64
                    %v1276 = arith.addi %v1274, %v1275 : i64
                    %v1277 = arith.constant 8 : i64
                    %v1278 = arith.addi %v1277, %v32 : i64
                    %v1279 = arith.muli %v1278, %v2 : i64
                    %v1280 = arith.addi %v1276, %v1279 : i64
                    %v1281 = llvm.getelementptr %dy_h_first[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
                    %v1283 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1284 = arith.addf %v1283, %v1282 fastmath<contract> : f32
                    llvm.store %v1284, %v51 : f32, !llvm.ptr
                  }
                  %v1285 = arith.muli %v42, %v405 : i64
                  %v1286 = arith.muli %v32, %v2 : i64
                  %v1287 = arith.addi %v1285, %v1286 : i64
                  %v1288 = llvm.getelementptr %in_A[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                  %v1290 = arith.mulf %v1219, %v1289 fastmath<contract> : f32
                  %v1291 = arith.mulf %v1290, %v258 fastmath<contract> : f32
                  %v1292 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1291) : (f32) -> f32
                  llvm.store %v1292, %v52 : f32, !llvm.ptr
                  %v1293 = arith.muli %v42, %v405 : i64
                  %v1294 = arith.constant 8 : i64
                  %v1295 = arith.addi %v1294, %v32 : i64
                  %v1296 = arith.muli %v1295, %v2 : i64
                  %v1297 = arith.addi %v1293, %v1296 : i64
                  %v1298 = llvm.getelementptr %in_A[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
                  %v1300 = arith.mulf %v1219, %v1299 fastmath<contract> : f32
                  %v1301 = arith.mulf %v1300, %v258 fastmath<contract> : f32
                  %v1302 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1301) : (f32) -> f32
                  llvm.store %v1302, %v53 : f32, !llvm.ptr
                }
                %v1303 = arith.addi %v233, %v513 : i64
                %v1304 = arith.cmpi slt, %v515, %v1123 : i32
                %v1305 = arith.cmpi eq, %v515, %v1128 : i32
                %v1306, %v1307 = gpu.shuffle idx %v1084, %v143, %v338 : f32
                %v1308, %v1309 = gpu.shuffle idx %v1093, %v143, %v338 : f32
                %v1310, %v1311 = gpu.shuffle idx %v1107, %v143, %v338 : f32
                %v1312, %v1313 = gpu.shuffle idx %v1116, %v143, %v338 : f32
                %v1314, %v1315 = gpu.shuffle idx %v1121, %v143, %v338 : f32
                scf.if %v1304 {
                  %v1316 = arith.addi %v165, %v1303 : i64
                  %v1317 = arith.muli %v32, %v194 : i64
                  %v1318 = arith.subi %v1316, %v165 : i64
                  %v1319 = arith.addi %v1317, %v1318 : i64
                  %v1320 = llvm.getelementptr %v63[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
                  %v1322 = arith.muli %v44, %v242 : i64
                  %v1323 = arith.muli %v42, %v241 : i64
                  %v1324 = arith.addi %v1322, %v1323 : i64
                  %v1325 = arith.subi %v188, %v1316 : i64
                  %v1326 = arith.muli %v1325, %v2 : i64
                  %v1327 = arith.addi %v1324, %v1326 : i64
                  %v1328 = llvm.getelementptr %dy_y[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
                  %v1330 = arith.mulf %v1310, %v1329 fastmath<contract> : f32
                  %v1331 = arith.mulf %v1321, %v1330 fastmath<contract> : f32
                  %v1332 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1333 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1334 = arith.mulf %v1333, %v1332 fastmath<contract> : f32
                  %v1335 = arith.addf %v1331, %v1334 fastmath<contract> : f32
                  llvm.store %v1335, %v50 : f32, !llvm.ptr
                  %v1336 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1337 = arith.mulf %v1336, %v1333 fastmath<contract> : f32
                  llvm.store %v1337, %v66 : f32, !llvm.ptr
                  %v1338 = arith.constant 8 : i64
                  %v1339 = arith.addi %v1338, %v32 : i64
                  %v1340 = arith.muli %v1339, %v194 : i64
                  %v1341 = arith.subi %v1316, %v165 : i64
                  %v1342 = arith.addi %v1340, %v1341 : i64
                  %v1343 = llvm.getelementptr %v63[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
                  %v1345 = arith.mulf %v1344, %v1330 fastmath<contract> : f32
                  %v1346 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1347 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1348 = arith.mulf %v1347, %v1346 fastmath<contract> : f32
                  %v1349 = arith.addf %v1345, %v1348 fastmath<contract> : f32
                  llvm.store %v1349, %v51 : f32, !llvm.ptr
                  %v1350 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1351 = arith.mulf %v1350, %v1347 fastmath<contract> : f32
                  llvm.store %v1351, %v67 : f32, !llvm.ptr
                  scf.if %v1305 {
                    %v1352 = arith.muli %v44, %v71 : i64
                    %v1353 = arith.muli %v42, %v70 : i64
                    %v1354 = arith.addi %v1352, %v1353 : i64
                    %v1355 = arith.muli %v32, %v2 : i64
                    %v1356 = arith.addi %v1354, %v1355 : i64
                    %v1357 = llvm.getelementptr %dy_h_first[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1358 = llvm.load %v1357 : !llvm.ptr -> f32
                    %v1359 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1360 = arith.addf %v1359, %v1358 fastmath<contract> : f32
                    llvm.store %v1360, %v50 : f32, !llvm.ptr
                    %v1361 = arith.muli %v44, %v71 : i64
                    %v1362 = arith.muli %v42, %v70 : i64
                    %v1363 = arith.addi %v1361, %v1362 : i64
                    %v1364 = arith.constant 8 : i64
                    %v1365 = arith.addi %v1364, %v32 : i64
                    %v1366 = arith.muli %v1365, %v2 : i64
                    %v1367 = arith.addi %v1363, %v1366 : i64
                    %v1368 = llvm.getelementptr %dy_h_first[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                    %v1370 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1371 = arith.addf %v1370, %v1369 fastmath<contract> : f32
                    llvm.store %v1371, %v51 : f32, !llvm.ptr
                  }
                  %v1372 = arith.muli %v42, %v405 : i64
                  %v1373 = arith.muli %v32, %v2 : i64
                  %v1374 = arith.addi %v1372, %v1373 : i64
                  %v1375 = llvm.getelementptr %in_A[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1376 = llvm.load %v1375 : !llvm.ptr -> f32
                  %v1377 = arith.mulf %v1306, %v1376 fastmath<contract> : f32
                  %v1378 = arith.mulf %v1377, %v258 fastmath<contract> : f32
                  %v1379 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1378) : (f32) -> f32
                  llvm.store %v1379, %v52 : f32, !llvm.ptr
                  %v1380 = arith.muli %v42, %v405 : i64
                  %v1381 = arith.constant 8 : i64
                  %v1382 = arith.addi %v1381, %v32 : i64
                  %v1383 = arith.muli %v1382, %v2 : i64
                  %v1384 = arith.addi %v1380, %v1383 : i64
                  %v1385 = llvm.getelementptr %in_A[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1386 = llvm.load %v1385 : !llvm.ptr -> f32
                  %v1387 = arith.mulf %v1306, %v1386 fastmath<contract> : f32
                  %v1388 = arith.mulf %v1387, %v258 fastmath<contract> : f32
                  %v1389 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1388) : (f32) -> f32
                  llvm.store %v1389, %v53 : f32, !llvm.ptr
                }
                %v1390 = arith.addi %v233, %v46 : i64
                %v1391 = arith.cmpi slt, %v603, %v1123 : i32
                %v1392 = arith.cmpi eq, %v603, %v1128 : i32
                %v1393, %v1394 = gpu.shuffle idx %v1084, %v139, %v338 : f32
                %v1395, %v1396 = gpu.shuffle idx %v1093, %v139, %v338 : f32
                %v1397, %v1398 = gpu.shuffle idx %v1107, %v139, %v338 : f32
                %v1399, %v1400 = gpu.shuffle idx %v1116, %v139, %v338 : f32
                %v1401, %v1402 = gpu.shuffle idx %v1121, %v139, %v338 : f32
                scf.if %v1391 {
                  %v1403 = arith.addi %v165, %v1390 : i64
                  %v1404 = arith.muli %v32, %v194 : i64
                  %v1405 = arith.subi %v1403, %v165 : i64
                  %v1406 = arith.addi %v1404, %v1405 : i64
                  %v1407 = llvm.getelementptr %v63[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
                  %v1409 = arith.muli %v44, %v242 : i64
                  %v1410 = arith.muli %v42, %v241 : i64
                  %v1411 = arith.addi %v1409, %v1410 : i64
                  %v1412 = arith.subi %v188, %v1403 : i64
                  %v1413 = arith.muli %v1412, %v2 : i64
                  %v1414 = arith.addi %v1411, %v1413 : i64
                  %v1415 = llvm.getelementptr %dy_y[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
                  %v1417 = arith.mulf %v1397, %v1416 fastmath<contract> : f32
                  %v1418 = arith.mulf %v1408, %v1417 fastmath<contract> : f32
                  %v1419 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1420 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1421 = arith.mulf %v1420, %v1419 fastmath<contract> : f32
                  %v1422 = arith.addf %v1418, %v1421 fastmath<contract> : f32
                  llvm.store %v1422, %v50 : f32, !llvm.ptr
                  %v1423 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1424 = arith.mulf %v1423, %v1420 fastmath<contract> : f32
                  llvm.store %v1424, %v66 : f32, !llvm.ptr
                  %v1425 = arith.constant 8 : i64
                  %v1426 = arith.addi %v1425, %v32 : i64
                  %v1427 = arith.muli %v1426, %v194 : i64
                  %v1428 = arith.subi %v1403, %v165 : i64
                  %v1429 = arith.addi %v1427, %v1428 : i64
                  %v1430 = llvm.getelementptr %v63[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
                  %v1432 = arith.mulf %v1431, %v1417 fastmath<contract> : f32
                  %v1433 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1434 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1435 = arith.mulf %v1434, %v1433 fastmath<contract> : f32
                  %v1436 = arith.addf %v1432, %v1435 fastmath<contract> : f32
                  llvm.store %v1436, %v51 : f32, !llvm.ptr
                  %v1437 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1438 = arith.mulf %v1437, %v1434 fastmath<contract> : f32
                  llvm.store %v1438, %v67 : f32, !llvm.ptr
                  scf.if %v1392 {
                    %v1439 = arith.muli %v44, %v71 : i64
                    %v1440 = arith.muli %v42, %v70 : i64
                    %v1441 = arith.addi %v1439, %v1440 : i64
                    %v1442 = arith.muli %v32, %v2 : i64
                    %v1443 = arith.addi %v1441, %v1442 : i64
                    %v1444 = llvm.getelementptr %dy_h_first[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
                    %v1446 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1447 = arith.addf %v1446, %v1445 fastmath<contract> : f32
                    llvm.store %v1447, %v50 : f32, !llvm.ptr
                    %v1448 = arith.muli %v44, %v71 : i64
                    %v1449 = arith.muli %v42, %v70 : i64
                    %v1450 = arith.addi %v1448, %v1449 : i64
                    %v1451 = arith.constant 8 : i64
                    %v1452 = arith.addi %v1451, %v32 : i64
                    %v1453 = arith.muli %v1452, %v2 : i64
                    %v1454 = arith.addi %v1450, %v1453 : i64
                    %v1455 = llvm.getelementptr %dy_h_first[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                    %v1457 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1458 = arith.addf %v1457, %v1456 fastmath<contract> : f32
                    llvm.store %v1458, %v51 : f32, !llvm.ptr
                  }
                  %v1459 = arith.muli %v42, %v405 : i64
                  %v1460 = arith.muli %v32, %v2 : i64
                  %v1461 = arith.addi %v1459, %v1460 : i64
                  %v1462 = llvm.getelementptr %in_A[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1463 = llvm.load %v1462 : !llvm.ptr -> f32
                  %v1464 = arith.mulf %v1393, %v1463 fastmath<contract> : f32
                  %v1465 = arith.mulf %v1464, %v258 fastmath<contract> : f32
                  %v1466 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1465) : (f32) -> f32
                  llvm.store %v1466, %v52 : f32, !llvm.ptr
                  %v1467 = arith.muli %v42, %v405 : i64
                  %v1468 = arith.constant 8 : i64
                  %v1469 = arith.addi %v1468, %v32 : i64
                  %v1470 = arith.muli %v1469, %v2 : i64
                  %v1471 = arith.addi %v1467, %v1470 : i64
                  %v1472 = llvm.getelementptr %in_A[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1473 = llvm.load %v1472 : !llvm.ptr -> f32
                  %v1474 = arith.mulf %v1393, %v1473 fastmath<contract> : f32
                  %v1475 = arith.mulf %v1474, %v258 fastmath<contract> : f32
                  %v1476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1475) : (f32) -> f32
                  llvm.store %v1476, %v53 : f32, !llvm.ptr
                }
                %v1477 = arith.addi %v233, %v690 : i64
                %v1478 = arith.cmpi slt, %v692, %v1123 : i32
                %v1479 = arith.cmpi eq, %v692, %v1128 : i32
                %v1480, %v1481 = gpu.shuffle idx %v1084, %v135, %v338 : f32
                %v1482, %v1483 = gpu.shuffle idx %v1093, %v135, %v338 : f32
                %v1484, %v1485 = gpu.shuffle idx %v1107, %v135, %v338 : f32
                %v1486, %v1487 = gpu.shuffle idx %v1116, %v135, %v338 : f32
                %v1488, %v1489 = gpu.shuffle idx %v1121, %v135, %v338 : f32
                scf.if %v1478 {
                  %v1490 = arith.addi %v165, %v1477 : i64
                  %v1491 = arith.muli %v32, %v194 : i64
                  %v1492 = arith.subi %v1490, %v165 : i64
                  %v1493 = arith.addi %v1491, %v1492 : i64
                  %v1494 = llvm.getelementptr %v63[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
                  %v1496 = arith.muli %v44, %v242 : i64
                  %v1497 = arith.muli %v42, %v241 : i64
                  %v1498 = arith.addi %v1496, %v1497 : i64
                  %v1499 = arith.subi %v188, %v1490 : i64
                  %v1500 = arith.muli %v1499, %v2 : i64
                  %v1501 = arith.addi %v1498, %v1500 : i64
                  %v1502 = llvm.getelementptr %dy_y[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
                  %v1504 = arith.mulf %v1484, %v1503 fastmath<contract> : f32
                  %v1505 = arith.mulf %v1495, %v1504 fastmath<contract> : f32
                  %v1506 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1507 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1508 = arith.mulf %v1507, %v1506 fastmath<contract> : f32
                  %v1509 = arith.addf %v1505, %v1508 fastmath<contract> : f32
                  llvm.store %v1509, %v50 : f32, !llvm.ptr
                  %v1510 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1511 = arith.mulf %v1510, %v1507 fastmath<contract> : f32
                  llvm.store %v1511, %v66 : f32, !llvm.ptr
                  %v1512 = arith.constant 8 : i64
                  %v1513 = arith.addi %v1512, %v32 : i64
                  %v1514 = arith.muli %v1513, %v194 : i64
                  %v1515 = arith.subi %v1490, %v165 : i64
                  %v1516 = arith.addi %v1514, %v1515 : i64
                  %v1517 = llvm.getelementptr %v63[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
                  %v1519 = arith.mulf %v1518, %v1504 fastmath<contract> : f32
                  %v1520 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1521 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1522 = arith.mulf %v1521, %v1520 fastmath<contract> : f32
                  %v1523 = arith.addf %v1519, %v1522 fastmath<contract> : f32
                  llvm.store %v1523, %v51 : f32, !llvm.ptr
                  %v1524 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1525 = arith.mulf %v1524, %v1521 fastmath<contract> : f32
                  llvm.store %v1525, %v67 : f32, !llvm.ptr
                  scf.if %v1479 {
                    %v1526 = arith.muli %v44, %v71 : i64
                    %v1527 = arith.muli %v42, %v70 : i64
                    %v1528 = arith.addi %v1526, %v1527 : i64
                    %v1529 = arith.muli %v32, %v2 : i64
                    %v1530 = arith.addi %v1528, %v1529 : i64
                    %v1531 = llvm.getelementptr %dy_h_first[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
                    %v1533 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1534 = arith.addf %v1533, %v1532 fastmath<contract> : f32
                    llvm.store %v1534, %v50 : f32, !llvm.ptr
                    %v1535 = arith.muli %v44, %v71 : i64
                    %v1536 = arith.muli %v42, %v70 : i64
                    %v1537 = arith.addi %v1535, %v1536 : i64
                    %v1538 = arith.constant 8 : i64
                    %v1539 = arith.addi %v1538, %v32 : i64
                    %v1540 = arith.muli %v1539, %v2 : i64
                    %v1541 = arith.addi %v1537, %v1540 : i64
                    %v1542 = llvm.getelementptr %dy_h_first[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1543 = llvm.load %v1542 : !llvm.ptr -> f32
                    %v1544 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1545 = arith.addf %v1544, %v1543 fastmath<contract> : f32
                    llvm.store %v1545, %v51 : f32, !llvm.ptr
                  }
                  %v1546 = arith.muli %v42, %v405 : i64
                  %v1547 = arith.muli %v32, %v2 : i64
                  %v1548 = arith.addi %v1546, %v1547 : i64
                  %v1549 = llvm.getelementptr %in_A[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
                  %v1551 = arith.mulf %v1480, %v1550 fastmath<contract> : f32
                  %v1552 = arith.mulf %v1551, %v258 fastmath<contract> : f32
                  %v1553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1552) : (f32) -> f32
                  llvm.store %v1553, %v52 : f32, !llvm.ptr
                  %v1554 = arith.muli %v42, %v405 : i64
                  %v1555 = arith.constant 8 : i64
                  %v1556 = arith.addi %v1555, %v32 : i64
                  %v1557 = arith.muli %v1556, %v2 : i64
                  %v1558 = arith.addi %v1554, %v1557 : i64
                  %v1559 = llvm.getelementptr %in_A[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
                  %v1561 = arith.mulf %v1480, %v1560 fastmath<contract> : f32
                  %v1562 = arith.mulf %v1561, %v258 fastmath<contract> : f32
                  %v1563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1562) : (f32) -> f32
                  llvm.store %v1563, %v53 : f32, !llvm.ptr
                }
                %v1564 = arith.addi %v233, %v779 : i64
                %v1565 = arith.cmpi slt, %v781, %v1123 : i32
                %v1566 = arith.cmpi eq, %v781, %v1128 : i32
                %v1567, %v1568 = gpu.shuffle idx %v1084, %v131, %v338 : f32
                %v1569, %v1570 = gpu.shuffle idx %v1093, %v131, %v338 : f32
                %v1571, %v1572 = gpu.shuffle idx %v1107, %v131, %v338 : f32
                %v1573, %v1574 = gpu.shuffle idx %v1116, %v131, %v338 : f32
                %v1575, %v1576 = gpu.shuffle idx %v1121, %v131, %v338 : f32
                scf.if %v1565 {
                  %v1577 = arith.addi %v165, %v1564 : i64
                  %v1578 = arith.muli %v32, %v194 : i64
                  %v1579 = arith.subi %v1577, %v165 : i64
                  %v1580 = arith.addi %v1578, %v1579 : i64
                  %v1581 = llvm.getelementptr %v63[%v1580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1582 = llvm.load %v1581 : !llvm.ptr -> f32
                  %v1583 = arith.muli %v44, %v242 : i64
                  %v1584 = arith.muli %v42, %v241 : i64
                  %v1585 = arith.addi %v1583, %v1584 : i64
                  %v1586 = arith.subi %v188, %v1577 : i64
                  %v1587 = arith.muli %v1586, %v2 : i64
                  %v1588 = arith.addi %v1585, %v1587 : i64
                  %v1589 = llvm.getelementptr %dy_y[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
                  %v1591 = arith.mulf %v1571, %v1590 fastmath<contract> : f32
                  %v1592 = arith.mulf %v1582, %v1591 fastmath<contract> : f32
                  %v1593 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1594 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1595 = arith.mulf %v1594, %v1593 fastmath<contract> : f32
                  %v1596 = arith.addf %v1592, %v1595 fastmath<contract> : f32
                  llvm.store %v1596, %v50 : f32, !llvm.ptr
                  %v1597 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1598 = arith.mulf %v1597, %v1594 fastmath<contract> : f32
                  llvm.store %v1598, %v66 : f32, !llvm.ptr
                  %v1599 = arith.constant 8 : i64
                  %v1600 = arith.addi %v1599, %v32 : i64
                  %v1601 = arith.muli %v1600, %v194 : i64
                  %v1602 = arith.subi %v1577, %v165 : i64
                  %v1603 = arith.addi %v1601, %v1602 : i64
                  %v1604 = llvm.getelementptr %v63[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1605 = llvm.load %v1604 : !llvm.ptr -> f32
                  %v1606 = arith.mulf %v1605, %v1591 fastmath<contract> : f32
                  %v1607 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1608 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1609 = arith.mulf %v1608, %v1607 fastmath<contract> : f32
                  %v1610 = arith.addf %v1606, %v1609 fastmath<contract> : f32
                  llvm.store %v1610, %v51 : f32, !llvm.ptr
                  %v1611 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1612 = arith.mulf %v1611, %v1608 fastmath<contract> : f32
                  llvm.store %v1612, %v67 : f32, !llvm.ptr
                  scf.if %v1566 {
                    %v1613 = arith.muli %v44, %v71 : i64
                    %v1614 = arith.muli %v42, %v70 : i64
                    %v1615 = arith.addi %v1613, %v1614 : i64
                    %v1616 = arith.muli %v32, %v2 : i64
                    %v1617 = arith.addi %v1615, %v1616 : i64
                    %v1618 = llvm.getelementptr %dy_h_first[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1619 = llvm.load %v1618 : !llvm.ptr -> f32
                    %v1620 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1621 = arith.addf %v1620, %v1619 fastmath<contract> : f32
                    llvm.store %v1621, %v50 : f32, !llvm.ptr
                    %v1622 = arith.muli %v44, %v71 : i64
                    %v1623 = arith.muli %v42, %v70 : i64
                    %v1624 = arith.addi %v1622, %v1623 : i64
                    %v1625 = arith.constant 8 : i64
                    %v1626 = arith.addi %v1625, %v32 : i64
                    %v1627 = arith.muli %v1626, %v2 : i64
                    %v1628 = arith.addi %v1624, %v1627 : i64
                    %v1629 = llvm.getelementptr %dy_h_first[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
                    %v1631 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1632 = arith.addf %v1631, %v1630 fastmath<contract> : f32
                    llvm.store %v1632, %v51 : f32, !llvm.ptr
                  }
                  %v1633 = arith.muli %v42, %v405 : i64
                  %v1634 = arith.muli %v32, %v2 : i64
                  %v1635 = arith.addi %v1633, %v1634 : i64
                  %v1636 = llvm.getelementptr %in_A[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
                  %v1638 = arith.mulf %v1567, %v1637 fastmath<contract> : f32
                  %v1639 = arith.mulf %v1638, %v258 fastmath<contract> : f32
                  %v1640 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1639) : (f32) -> f32
                  llvm.store %v1640, %v52 : f32, !llvm.ptr
                  %v1641 = arith.muli %v42, %v405 : i64
                  %v1642 = arith.constant 8 : i64
                  %v1643 = arith.addi %v1642, %v32 : i64
                  %v1644 = arith.muli %v1643, %v2 : i64
                  %v1645 = arith.addi %v1641, %v1644 : i64
                  %v1646 = llvm.getelementptr %in_A[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
                  %v1648 = arith.mulf %v1567, %v1647 fastmath<contract> : f32
                  %v1649 = arith.mulf %v1648, %v258 fastmath<contract> : f32
                  %v1650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1649) : (f32) -> f32
                  llvm.store %v1650, %v53 : f32, !llvm.ptr
                }
                %v1651 = arith.addi %v233, %v2 : i64
                %v1652 = arith.cmpi slt, %v869, %v1123 : i32
                %v1653 = arith.cmpi eq, %v869, %v1128 : i32
                %v1654, %v1655 = gpu.shuffle idx %v1084, %v127, %v338 : f32
                %v1656, %v1657 = gpu.shuffle idx %v1093, %v127, %v338 : f32
                %v1658, %v1659 = gpu.shuffle idx %v1107, %v127, %v338 : f32
                %v1660, %v1661 = gpu.shuffle idx %v1116, %v127, %v338 : f32
                %v1662, %v1663 = gpu.shuffle idx %v1121, %v127, %v338 : f32
                scf.if %v1652 {
                  %v1664 = arith.addi %v165, %v1651 : i64
                  %v1665 = arith.muli %v32, %v194 : i64
                  %v1666 = arith.subi %v1664, %v165 : i64
                  %v1667 = arith.addi %v1665, %v1666 : i64
                  %v1668 = llvm.getelementptr %v63[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1669 = llvm.load %v1668 : !llvm.ptr -> f32
                  %v1670 = arith.muli %v44, %v242 : i64
                  %v1671 = arith.muli %v42, %v241 : i64
                  %v1672 = arith.addi %v1670, %v1671 : i64
                  %v1673 = arith.subi %v188, %v1664 : i64
                  %v1674 = arith.muli %v1673, %v2 : i64
                  %v1675 = arith.addi %v1672, %v1674 : i64
                  %v1676 = llvm.getelementptr %dy_y[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
                  %v1678 = arith.mulf %v1658, %v1677 fastmath<contract> : f32
                  %v1679 = arith.mulf %v1669, %v1678 fastmath<contract> : f32
                  %v1680 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1681 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1682 = arith.mulf %v1681, %v1680 fastmath<contract> : f32
                  %v1683 = arith.addf %v1679, %v1682 fastmath<contract> : f32
                  llvm.store %v1683, %v50 : f32, !llvm.ptr
                  %v1684 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1685 = arith.mulf %v1684, %v1681 fastmath<contract> : f32
                  llvm.store %v1685, %v66 : f32, !llvm.ptr
                  %v1686 = arith.constant 8 : i64
                  %v1687 = arith.addi %v1686, %v32 : i64
                  %v1688 = arith.muli %v1687, %v194 : i64
                  %v1689 = arith.subi %v1664, %v165 : i64
                  %v1690 = arith.addi %v1688, %v1689 : i64
                  %v1691 = llvm.getelementptr %v63[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
                  %v1693 = arith.mulf %v1692, %v1678 fastmath<contract> : f32
                  %v1694 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1695 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1696 = arith.mulf %v1695, %v1694 fastmath<contract> : f32
                  %v1697 = arith.addf %v1693, %v1696 fastmath<contract> : f32
                  llvm.store %v1697, %v51 : f32, !llvm.ptr
                  %v1698 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1699 = arith.mulf %v1698, %v1695 fastmath<contract> : f32
                  llvm.store %v1699, %v67 : f32, !llvm.ptr
                  scf.if %v1653 {
                    %v1700 = arith.muli %v44, %v71 : i64
                    %v1701 = arith.muli %v42, %v70 : i64
                    %v1702 = arith.addi %v1700, %v1701 : i64
                    %v1703 = arith.muli %v32, %v2 : i64
                    %v1704 = arith.addi %v1702, %v1703 : i64
                    %v1705 = llvm.getelementptr %dy_h_first[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1706 = llvm.load %v1705 : !llvm.ptr -> f32
                    %v1707 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1708 = arith.addf %v1707, %v1706 fastmath<contract> : f32
                    llvm.store %v1708, %v50 : f32, !llvm.ptr
                    %v1709 = arith.muli %v44, %v71 : i64
                    %v1710 = arith.muli %v42, %v70 : i64
                    %v1711 = arith.addi %v1709, %v1710 : i64
                    %v1712 = arith.constant 8 : i64
                    %v1713 = arith.addi %v1712, %v32 : i64
                    %v1714 = arith.muli %v1713, %v2 : i64
                    %v1715 = arith.addi %v1711, %v1714 : i64
                    %v1716 = llvm.getelementptr %dy_h_first[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1717 = llvm.load %v1716 : !llvm.ptr -> f32
                    %v1718 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1719 = arith.addf %v1718, %v1717 fastmath<contract> : f32
                    llvm.store %v1719, %v51 : f32, !llvm.ptr
                  }
                  %v1720 = arith.muli %v42, %v405 : i64
                  %v1721 = arith.muli %v32, %v2 : i64
                  %v1722 = arith.addi %v1720, %v1721 : i64
                  %v1723 = llvm.getelementptr %in_A[%v1722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1724 = llvm.load %v1723 : !llvm.ptr -> f32
                  %v1725 = arith.mulf %v1654, %v1724 fastmath<contract> : f32
                  %v1726 = arith.mulf %v1725, %v258 fastmath<contract> : f32
                  %v1727 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1726) : (f32) -> f32
                  llvm.store %v1727, %v52 : f32, !llvm.ptr
                  %v1728 = arith.muli %v42, %v405 : i64
                  %v1729 = arith.constant 8 : i64
                  %v1730 = arith.addi %v1729, %v32 : i64
                  %v1731 = arith.muli %v1730, %v2 : i64
                  %v1732 = arith.addi %v1728, %v1731 : i64
                  %v1733 = llvm.getelementptr %in_A[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1734 = llvm.load %v1733 : !llvm.ptr -> f32
                  %v1735 = arith.mulf %v1654, %v1734 fastmath<contract> : f32
                  %v1736 = arith.mulf %v1735, %v258 fastmath<contract> : f32
                  %v1737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1736) : (f32) -> f32
                  llvm.store %v1737, %v53 : f32, !llvm.ptr
                }
                %v1738 = arith.addi %v233, %v68 : i64
                %v1739 = arith.cmpi slt, %v957, %v1123 : i32
                %v1740 = arith.cmpi eq, %v957, %v1128 : i32
                %v1741, %v1742 = gpu.shuffle idx %v1084, %v123, %v338 : f32
                %v1743, %v1744 = gpu.shuffle idx %v1093, %v123, %v338 : f32
                %v1745, %v1746 = gpu.shuffle idx %v1107, %v123, %v338 : f32
                %v1747, %v1748 = gpu.shuffle idx %v1116, %v123, %v338 : f32
                %v1749, %v1750 = gpu.shuffle idx %v1121, %v123, %v338 : f32
                scf.if %v1739 {
                  %v1751 = arith.addi %v165, %v1738 : i64
                  %v1752 = arith.muli %v32, %v194 : i64
                  %v1753 = arith.subi %v1751, %v165 : i64
                  %v1754 = arith.addi %v1752, %v1753 : i64
                  %v1755 = llvm.getelementptr %v63[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1756 = llvm.load %v1755 : !llvm.ptr -> f32
                  %v1757 = arith.muli %v44, %v242 : i64
                  %v1758 = arith.muli %v42, %v241 : i64
                  %v1759 = arith.addi %v1757, %v1758 : i64
                  %v1760 = arith.subi %v188, %v1751 : i64
                  %v1761 = arith.muli %v1760, %v2 : i64
                  %v1762 = arith.addi %v1759, %v1761 : i64
                  %v1763 = llvm.getelementptr %dy_y[%v1762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
                  %v1765 = arith.mulf %v1745, %v1764 fastmath<contract> : f32
                  %v1766 = arith.mulf %v1756, %v1765 fastmath<contract> : f32
                  %v1767 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1768 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1769 = arith.mulf %v1768, %v1767 fastmath<contract> : f32
                  %v1770 = arith.addf %v1766, %v1769 fastmath<contract> : f32
                  llvm.store %v1770, %v50 : f32, !llvm.ptr
                  %v1771 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1772 = arith.mulf %v1771, %v1768 fastmath<contract> : f32
                  llvm.store %v1772, %v66 : f32, !llvm.ptr
                  %v1773 = arith.constant 8 : i64
                  %v1774 = arith.addi %v1773, %v32 : i64
                  %v1775 = arith.muli %v1774, %v194 : i64
                  %v1776 = arith.subi %v1751, %v165 : i64
                  %v1777 = arith.addi %v1775, %v1776 : i64
                  %v1778 = llvm.getelementptr %v63[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1779 = llvm.load %v1778 : !llvm.ptr -> f32
                  %v1780 = arith.mulf %v1779, %v1765 fastmath<contract> : f32
                  %v1781 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1782 = llvm.load %v53 : !llvm.ptr -> f32
                  %v1783 = arith.mulf %v1782, %v1781 fastmath<contract> : f32
                  %v1784 = arith.addf %v1780, %v1783 fastmath<contract> : f32
                  llvm.store %v1784, %v51 : f32, !llvm.ptr
                  %v1785 = llvm.load %v67 : !llvm.ptr -> f32
                  %v1786 = arith.mulf %v1785, %v1782 fastmath<contract> : f32
                  llvm.store %v1786, %v67 : f32, !llvm.ptr
                  scf.if %v1740 {
                    %v1787 = arith.muli %v44, %v71 : i64
                    %v1788 = arith.muli %v42, %v70 : i64
                    %v1789 = arith.addi %v1787, %v1788 : i64
                    %v1790 = arith.muli %v32, %v2 : i64
                    %v1791 = arith.addi %v1789, %v1790 : i64
                    %v1792 = llvm.getelementptr %dy_h_first[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1793 = llvm.load %v1792 : !llvm.ptr -> f32
                    %v1794 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1795 = arith.addf %v1794, %v1793 fastmath<contract> : f32
                    llvm.store %v1795, %v50 : f32, !llvm.ptr
                    %v1796 = arith.muli %v44, %v71 : i64
                    %v1797 = arith.muli %v42, %v70 : i64
                    %v1798 = arith.addi %v1796, %v1797 : i64
                    %v1799 = arith.constant 8 : i64
                    %v1800 = arith.addi %v1799, %v32 : i64
                    %v1801 = arith.muli %v1800, %v2 : i64
                    %v1802 = arith.addi %v1798, %v1801 : i64
                    %v1803 = llvm.getelementptr %dy_h_first[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1804 = llvm.load %v1803 : !llvm.ptr -> f32
                    %v1805 = llvm.load %v51 : !llvm.ptr -> f32
                    %v1806 = arith.addf %v1805, %v1804 fastmath<contract> : f32
                    llvm.store %v1806, %v51 : f32, !llvm.ptr
                  }
                  %v1807 = arith.muli %v42, %v405 : i64
                  %v1808 = arith.muli %v32, %v2 : i64
                  %v1809 = arith.addi %v1807, %v1808 : i64
                  %v1810 = llvm.getelementptr %in_A[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1811 = llvm.load %v1810 : !llvm.ptr -> f32
                  %v1812 = arith.mulf %v1741, %v1811 fastmath<contract> : f32
                  %v1813 = arith.mulf %v1812, %v258 fastmath<contract> : f32
                  %v1814 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1813) : (f32) -> f32
                  llvm.store %v1814, %v52 : f32, !llvm.ptr
                  %v1815 = arith.muli %v42, %v405 : i64
                  %v1816 = arith.constant 8 : i64
                  %v1817 = arith.addi %v1816, %v32 : i64
                  %v1818 = arith.muli %v1817, %v2 : i64
                  %v1819 = arith.addi %v1815, %v1818 : i64
                  %v1820 = llvm.getelementptr %in_A[%v1819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
                  %v1822 = arith.mulf %v1741, %v1821 fastmath<contract> : f32
                  %v1823 = arith.mulf %v1822, %v258 fastmath<contract> : f32
                  %v1824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1823) : (f32) -> f32
                  llvm.store %v1824, %v53 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v36 {
        %v1825 = llvm.load %v50 : !llvm.ptr -> f32
        %v1826 = arith.addi %v68, %v32 : i64
        %v1827 = arith.muli %v68, %v8 : i64
        %v1828 = arith.addi %v1827, %v27 : i64
        %v1829 = arith.muli %v1828, %v1 : i64
        %v1830 = arith.addi %v1829, %v1826 : i64
        %v1831 = arith.muli %v1830, %v4 : i64
        %v1832 = arith.subi %v4, %v2 : i64
        %v1833 = arith.minsi %v38, %v1832 : i64
        %v1834 = arith.addi %v1831, %v1833 : i64
        %v1835 = llvm.getelementptr %segsum_h[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1825, %v1835 : f32, !llvm.ptr
        %v1836 = llvm.load %v66 : !llvm.ptr -> f32
        %v1837 = arith.addi %v68, %v32 : i64
        %v1838 = arith.muli %v2, %v8 : i64
        %v1839 = arith.addi %v1838, %v27 : i64
        %v1840 = arith.muli %v1839, %v1 : i64
        %v1841 = arith.addi %v1840, %v1837 : i64
        %v1842 = arith.muli %v1841, %v4 : i64
        %v1843 = arith.subi %v4, %v2 : i64
        %v1844 = arith.minsi %v38, %v1843 : i64
        %v1845 = arith.addi %v1842, %v1844 : i64
        %v1846 = llvm.getelementptr %segsum_h[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1836, %v1846 : f32, !llvm.ptr
        %v1847 = llvm.load %v52 : !llvm.ptr -> f32
        %v1848 = arith.addi %v68, %v32 : i64
        %v1849 = arith.muli %v779, %v8 : i64
        %v1850 = arith.addi %v1849, %v27 : i64
        %v1851 = arith.muli %v1850, %v1 : i64
        %v1852 = arith.addi %v1851, %v1848 : i64
        %v1853 = arith.muli %v1852, %v4 : i64
        %v1854 = arith.subi %v4, %v2 : i64
        %v1855 = arith.minsi %v38, %v1854 : i64
        %v1856 = arith.addi %v1853, %v1855 : i64
        %v1857 = llvm.getelementptr %segsum_h[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1847, %v1857 : f32, !llvm.ptr
        %v1858 = llvm.load %v51 : !llvm.ptr -> f32
        %v1859 = arith.addi %v31, %v32 : i64
        %v1860 = arith.muli %v68, %v8 : i64
        %v1861 = arith.addi %v1860, %v27 : i64
        %v1862 = arith.muli %v1861, %v1 : i64
        %v1863 = arith.addi %v1862, %v1859 : i64
        %v1864 = arith.muli %v1863, %v4 : i64
        %v1865 = arith.subi %v4, %v2 : i64
        %v1866 = arith.minsi %v38, %v1865 : i64
        %v1867 = arith.addi %v1864, %v1866 : i64
        %v1868 = llvm.getelementptr %segsum_h[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1858, %v1868 : f32, !llvm.ptr
        %v1869 = llvm.load %v67 : !llvm.ptr -> f32
        %v1870 = arith.addi %v31, %v32 : i64
        %v1871 = arith.muli %v2, %v8 : i64
        %v1872 = arith.addi %v1871, %v27 : i64
        %v1873 = arith.muli %v1872, %v1 : i64
        %v1874 = arith.addi %v1873, %v1870 : i64
        %v1875 = arith.muli %v1874, %v4 : i64
        %v1876 = arith.subi %v4, %v2 : i64
        %v1877 = arith.minsi %v38, %v1876 : i64
        %v1878 = arith.addi %v1875, %v1877 : i64
        %v1879 = llvm.getelementptr %segsum_h[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1869, %v1879 : f32, !llvm.ptr
        %v1880 = llvm.load %v53 : !llvm.ptr -> f32
        %v1881 = arith.addi %v31, %v32 : i64
        %v1882 = arith.muli %v779, %v8 : i64
        %v1883 = arith.addi %v1882, %v27 : i64
        %v1884 = arith.muli %v1883, %v1 : i64
        %v1885 = arith.addi %v1884, %v1881 : i64
        %v1886 = arith.muli %v1885, %v4 : i64
        %v1887 = arith.subi %v4, %v2 : i64
        %v1888 = arith.minsi %v38, %v1887 : i64
        %v1889 = arith.addi %v1886, %v1888 : i64
        %v1890 = llvm.getelementptr %segsum_h[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1880, %v1890 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
