module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_seg_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_seg_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @selective_scan_bwd_seg(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %part_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v60 = llvm.mlir.addressof @tile_selective_scan_bwd_seg_Bm : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @tile_selective_scan_bwd_seg_Cm : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = arith.constant 0x00000000 : f32
      %v65 = arith.constant 0x3F800000 : f32
      %v66 = arith.constant 0 : i64
      %v112 = arith.muli %v2, %v1 : i64
      %v113 = arith.muli %v112, %size_D : i64
      %v156 = arith.constant 64 : i64
      %v157 = arith.constant 7 : i64
      %v213 = arith.muli %v2, %size_B : i64
      %v214 = arith.muli %v213, %size_D : i64
      %v215 = arith.muli %v214, %v1 : i64
      %v225 = arith.muli %v2, %size_B : i64
      %v226 = arith.muli %v225, %size_D : i64
      %v227 = arith.muli %v226, %v1 : i64
      %v267 = arith.muli %v2, %size_L : i64
      %v268 = arith.muli %v267, %size_D : i64
      %v283 = arith.constant 0x3FB8AA3B : f32
      %v288 = arith.constant 0x3F317218 : f32
      %v290 = arith.constant 0x3E124925 : f32
      %v292 = arith.constant 0xBE2AAAAB : f32
      %v295 = arith.constant 0x3E4CCCCD : f32
      %v298 = arith.constant 0xBE800000 : f32
      %v301 = arith.constant 0x3EAAAAAB : f32
      %v304 = arith.constant 0xBF000000 : f32
      %v310 = arith.constant 0x3D800000 : f32
      %v329 = arith.constant 32 : i32
      %v337 = arith.muli %v2, %v1 : i64
      %v346 = arith.muli %v2, %size_L : i64
      %v347 = arith.muli %v346, %v1 : i64
      %v382 = arith.constant 3 : i64
      %v591 = arith.constant 2 : i64
      %v733 = arith.constant 5 : i64
      %v781 = arith.constant 6 : i64
      %v876 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v877 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v878 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v974 = arith.constant 1 : i32
      %v978 = arith.constant 2 : i32
      %v982 = arith.constant 4 : i32
      %v1067 = arith.constant 8 : i32
      %v1071 = arith.constant 16 : i32
      %v1081 = arith.constant 33 : i64
      %v2958 = arith.muli %v2, %size_B : i64
      %v2959 = arith.muli %v2958, %v1 : i64
      %v2960 = arith.muli %v2959, %size_L : i64
      %v2961 = arith.constant 512 : i64
      %v3047 = arith.muli %v2, %size_B : i64
      %v3048 = arith.muli %v3047, %v1 : i64
      %v3049 = arith.muli %v3048, %size_L : i64
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
      %v161 = arith.trunci %v17 : i64 to i32
      %v162 = arith.constant 24 : i32
      %v163 = arith.andi %v161, %v162 : i32
      %v164 = arith.constant 0 : i32
      %v165 = arith.ori %v163, %v164 : i32
      %v166 = arith.constant 0 : i64
      %v167 = arith.cmpi eq, %v32, %v166 : i64
      %v168 = arith.constant 1 : i32
      %v169 = arith.ori %v163, %v168 : i32
      %v170 = arith.constant 1 : i64
      %v171 = arith.cmpi eq, %v32, %v170 : i64
      %v172 = arith.constant 2 : i32
      %v173 = arith.ori %v163, %v172 : i32
      %v174 = arith.constant 2 : i64
      %v175 = arith.cmpi eq, %v32, %v174 : i64
      %v176 = arith.constant 3 : i32
      %v177 = arith.ori %v163, %v176 : i32
      %v178 = arith.constant 3 : i64
      %v179 = arith.cmpi eq, %v32, %v178 : i64
      %v180 = arith.constant 4 : i32
      %v181 = arith.ori %v163, %v180 : i32
      %v182 = arith.constant 4 : i64
      %v183 = arith.cmpi eq, %v32, %v182 : i64
      %v184 = arith.constant 5 : i32
      %v185 = arith.ori %v163, %v184 : i32
      %v186 = arith.constant 5 : i64
      %v187 = arith.cmpi eq, %v32, %v186 : i64
      %v188 = arith.constant 6 : i32
      %v189 = arith.ori %v163, %v188 : i32
      %v190 = arith.constant 6 : i64
      %v191 = arith.cmpi eq, %v32, %v190 : i64
      %v192 = arith.constant 7 : i32
      %v193 = arith.ori %v163, %v192 : i32
      %v194 = arith.constant 7 : i64
      %v195 = arith.cmpi eq, %v32, %v194 : i64
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
      %v67 = arith.addi %v66, %v32 : i64
      %v68 = arith.muli %v66, %v8 : i64
      %v69 = arith.addi %v68, %v27 : i64
      %v70 = arith.muli %v69, %v1 : i64
      %v71 = arith.addi %v70, %v67 : i64
      %v72 = arith.muli %v71, %v4 : i64
      %v73 = arith.subi %v4, %v2 : i64
      %v74 = arith.minsi %v38, %v73 : i64
      %v75 = arith.addi %v72, %v74 : i64
      %v76 = llvm.getelementptr %segcarry_h[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v77 = llvm.load %v76 : !llvm.ptr -> f32
      llvm.store %v77, %v50 : f32, !llvm.ptr
      %v78 = arith.addi %v66, %v32 : i64
      %v79 = arith.muli %v2, %v8 : i64
      %v80 = arith.addi %v79, %v27 : i64
      %v81 = arith.muli %v80, %v1 : i64
      %v82 = arith.addi %v81, %v78 : i64
      %v83 = arith.muli %v82, %v4 : i64
      %v84 = arith.subi %v4, %v2 : i64
      %v85 = arith.minsi %v38, %v84 : i64
      %v86 = arith.addi %v83, %v85 : i64
      %v87 = llvm.getelementptr %segcarry_h[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v88 = llvm.load %v87 : !llvm.ptr -> f32
      llvm.store %v88, %v52 : f32, !llvm.ptr
      %v89 = arith.addi %v31, %v32 : i64
      %v90 = arith.muli %v66, %v8 : i64
      %v91 = arith.addi %v90, %v27 : i64
      %v92 = arith.muli %v91, %v1 : i64
      %v93 = arith.addi %v92, %v89 : i64
      %v94 = arith.muli %v93, %v4 : i64
      %v95 = arith.subi %v4, %v2 : i64
      %v96 = arith.minsi %v38, %v95 : i64
      %v97 = arith.addi %v94, %v96 : i64
      %v98 = llvm.getelementptr %segcarry_h[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      llvm.store %v99, %v51 : f32, !llvm.ptr
      %v100 = arith.addi %v31, %v32 : i64
      %v101 = arith.muli %v2, %v8 : i64
      %v102 = arith.addi %v101, %v27 : i64
      %v103 = arith.muli %v102, %v1 : i64
      %v104 = arith.addi %v103, %v100 : i64
      %v105 = arith.muli %v104, %v4 : i64
      %v106 = arith.subi %v4, %v2 : i64
      %v107 = arith.minsi %v38, %v106 : i64
      %v108 = arith.addi %v105, %v107 : i64
      %v109 = llvm.getelementptr %segcarry_h[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      llvm.store %v110, %v53 : f32, !llvm.ptr
      %v111 = arith.cmpi eq, %size_L, %v66 : i64
      scf.if %v111 {
        %v114 = arith.muli %v44, %v113 : i64
        %v115 = arith.muli %v42, %v112 : i64
        %v116 = arith.addi %v114, %v115 : i64
        %v117 = arith.muli %v32, %v2 : i64
        %v118 = arith.addi %v116, %v117 : i64
        %v119 = llvm.mlir.zero : !llvm.ptr
        %v120 = llvm.icmp "ne" %in_h0, %v119 : !llvm.ptr
        %v121 = scf.if %v120 -> (f32) {
          %v122 = llvm.getelementptr %in_h0[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v123 = llvm.load %v122 : !llvm.ptr -> f32
          scf.yield %v123 : f32
        } else {
          scf.yield %v64 : f32
        }
        llvm.store %v121, %v13 : f32, !llvm.ptr
        %v124 = arith.muli %v44, %v113 : i64
        %v125 = arith.muli %v42, %v112 : i64
        %v126 = arith.addi %v124, %v125 : i64
        %v127 = arith.constant 8 : i64
        %v128 = arith.addi %v127, %v32 : i64
        %v129 = arith.muli %v128, %v2 : i64
        %v130 = arith.addi %v126, %v129 : i64
        %v131 = llvm.mlir.zero : !llvm.ptr
        %v132 = llvm.icmp "ne" %in_h0, %v131 : !llvm.ptr
        %v133 = scf.if %v132 -> (f32) {
          %v134 = llvm.getelementptr %in_h0[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v135 = llvm.load %v134 : !llvm.ptr -> f32
          scf.yield %v135 : f32
        } else {
          scf.yield %v64 : f32
        }
        llvm.store %v133, %v14 : f32, !llvm.ptr
        %v136 = arith.muli %v44, %v113 : i64
        %v137 = arith.muli %v42, %v112 : i64
        %v138 = arith.addi %v136, %v137 : i64
        %v139 = arith.muli %v32, %v2 : i64
        %v140 = arith.addi %v138, %v139 : i64
        %v141 = llvm.getelementptr %dy_h_last[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v142 = llvm.load %v141 : !llvm.ptr -> f32
        %v143 = llvm.load %v50 : !llvm.ptr -> f32
        %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
        llvm.store %v144, %v50 : f32, !llvm.ptr
        %v145 = arith.muli %v44, %v113 : i64
        %v146 = arith.muli %v42, %v112 : i64
        %v147 = arith.addi %v145, %v146 : i64
        %v148 = arith.constant 8 : i64
        %v149 = arith.addi %v148, %v32 : i64
        %v150 = arith.muli %v149, %v2 : i64
        %v151 = arith.addi %v147, %v150 : i64
        %v152 = llvm.getelementptr %dy_h_last[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v153 = llvm.load %v152 : !llvm.ptr -> f32
        %v154 = llvm.load %v51 : !llvm.ptr -> f32
        %v155 = arith.addf %v154, %v153 fastmath<contract> : f32
        llvm.store %v155, %v51 : f32, !llvm.ptr
      }
      %v158 = arith.subi %v156, %v2 : i64
      %v159 = arith.addi %size_L, %v158 : i64
      %v160 = arith.divui %v159, %v156 : i64
      %v196 = arith.minsi %v48, %v160 : i64
      %v197 = arith.muli %v27, %v31 : i64
      %v198 = arith.subi %v196, %v47 : i64
      %v199 = arith.maxsi %v198, %v66 : i64
      %v200 = arith.index_cast %v66 : i64 to index
      %v201 = arith.index_cast %v199 : i64 to index
      %v202 = arith.index_cast %v2 : i64 to index
      scf.for %v203 = %v200 to %v201 step %v202 {
        %v204 = arith.index_cast %v203 : index to i64
        %v205 = arith.subi %v196, %v2 : i64
        %v206 = arith.subi %v205, %v204 : i64
        %v207 = arith.muli %v206, %v156 : i64
        %v208 = arith.subi %size_L, %v207 : i64
        %v209 = arith.minsi %v208, %v156 : i64
        %v210 = arith.subi %v209, %v2 : i64
        %v211 = arith.addi %v209, %v157 : i64
        %v212 = arith.divui %v211, %v31 : i64
        %v216 = arith.muli %v206, %v215 : i64
        %v217 = arith.muli %v44, %v113 : i64
        %v218 = arith.muli %v42, %v112 : i64
        %v219 = arith.addi %v217, %v218 : i64
        %v220 = arith.muli %v32, %v2 : i64
        %v221 = arith.addi %v219, %v220 : i64
        %v222 = arith.addi %v216, %v221 : i64
        %v223 = llvm.getelementptr %ckpt_h[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v224 = llvm.load %v223 : !llvm.ptr -> f32
        llvm.store %v224, %v11 : f32, !llvm.ptr
        %v228 = arith.muli %v206, %v227 : i64
        %v229 = arith.muli %v44, %v113 : i64
        %v230 = arith.muli %v42, %v112 : i64
        %v231 = arith.addi %v229, %v230 : i64
        %v232 = arith.constant 8 : i64
        %v233 = arith.addi %v232, %v32 : i64
        %v234 = arith.muli %v233, %v2 : i64
        %v235 = arith.addi %v231, %v234 : i64
        %v236 = arith.addi %v228, %v235 : i64
        %v237 = llvm.getelementptr %ckpt_h[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v238 = llvm.load %v237 : !llvm.ptr -> f32
        llvm.store %v238, %v12 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v239 = arith.index_cast %v66 : i64 to index
        %v240 = arith.index_cast %v212 : i64 to index
        %v241 = arith.index_cast %v2 : i64 to index
        scf.for %v242 = %v239 to %v240 step %v241 {
          %v243 = arith.index_cast %v242 : index to i64
          %v244 = arith.addi %v197, %v243 : i64
          scf.if %v36 {
            %v245 = llvm.load %v11 : !llvm.ptr -> f32
            %v246 = arith.muli %v244, %v4 : i64
            %v247 = arith.subi %v4, %v2 : i64
            %v248 = arith.minsi %v38, %v247 : i64
            %v249 = arith.addi %v246, %v248 : i64
            %v250 = arith.muli %v249, %v1 : i64
            %v251 = arith.addi %v250, %v66 : i64
            %v252 = arith.addi %v251, %v32 : i64
            %v253 = llvm.getelementptr %scratch_h[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v245, %v253 : f32, !llvm.ptr
            %v254 = llvm.load %v12 : !llvm.ptr -> f32
            %v255 = arith.muli %v244, %v4 : i64
            %v256 = arith.subi %v4, %v2 : i64
            %v257 = arith.minsi %v38, %v256 : i64
            %v258 = arith.addi %v255, %v257 : i64
            %v259 = arith.muli %v258, %v1 : i64
            %v260 = arith.addi %v259, %v31 : i64
            %v261 = arith.addi %v260, %v32 : i64
            %v262 = llvm.getelementptr %scratch_h[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v254, %v262 : f32, !llvm.ptr
          }
          %v263 = arith.muli %v243, %v31 : i64
          %v264 = arith.addi %v263, %v32 : i64
          %v265 = arith.minsi %v264, %v210 : i64
          %v266 = arith.addi %v207, %v265 : i64
          %v269 = arith.muli %v44, %v268 : i64
          %v270 = arith.muli %v42, %v267 : i64
          %v271 = arith.addi %v269, %v270 : i64
          %v272 = arith.muli %v266, %v2 : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = llvm.getelementptr %in_delta[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.muli %v42, %v2 : i64
          %v277 = llvm.getelementptr %in_dt_bias[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v278 = llvm.load %v277 : !llvm.ptr -> f32
          %v279 = arith.addf %v275, %v278 fastmath<contract> : f32
          %v280 = arith.maximumf %v279, %v64 : f32
          %v281 = llvm.call_intrinsic "llvm.fabs.f32"(%v279) : (f32) -> f32
          %v282 = arith.negf %v281 : f32
          %v284 = arith.mulf %v282, %v283 fastmath<contract> : f32
          %v285 = llvm.call_intrinsic "llvm.exp2.f32"(%v284) : (f32) -> f32
          %v286 = arith.addf %v65, %v285 fastmath<contract> : f32
          %v287 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v286) : (f32) -> f32
          %v289 = arith.mulf %v287, %v288 fastmath<contract> : f32
          %v291 = arith.mulf %v290, %v285 fastmath<contract> : f32
          %v293 = arith.addf %v291, %v292 fastmath<contract> : f32
          %v294 = arith.mulf %v293, %v285 fastmath<contract> : f32
          %v296 = arith.addf %v294, %v295 fastmath<contract> : f32
          %v297 = arith.mulf %v296, %v285 fastmath<contract> : f32
          %v299 = arith.addf %v297, %v298 fastmath<contract> : f32
          %v300 = arith.mulf %v299, %v285 fastmath<contract> : f32
          %v302 = arith.addf %v300, %v301 fastmath<contract> : f32
          %v303 = arith.mulf %v302, %v285 fastmath<contract> : f32
          %v305 = arith.addf %v303, %v304 fastmath<contract> : f32
          %v306 = arith.mulf %v305, %v285 fastmath<contract> : f32
          %v307 = arith.addf %v306, %v65 fastmath<contract> : f32
          %v308 = arith.mulf %v307, %v285 fastmath<contract> : f32
          %v309 = llvm.call_intrinsic "llvm.fabs.f32"(%v285) : (f32) -> f32
          %v311 = arith.cmpf olt, %v309, %v310 : f32
          %v312 = arith.select %v311, %v308, %v289 : f32
          %v313 = arith.addf %v280, %v312 fastmath<contract> : f32
          %v314 = arith.muli %v44, %v268 : i64
          %v315 = arith.muli %v42, %v267 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = arith.muli %v266, %v2 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = llvm.getelementptr %in_u[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v320 = llvm.load %v319 : !llvm.ptr -> f32
          %v321 = arith.mulf %v313, %v320 fastmath<contract> : f32
          %v322 = arith.index_cast %v66 : i64 to index
          %v323 = arith.index_cast %v31 : i64 to index
          %v324 = arith.index_cast %v2 : i64 to index
          scf.for %v325 = %v322 to %v323 step %v324 {
            %v326 = arith.index_cast %v325 : index to i64
            %v327 = arith.trunci %v326 : i64 to i32
            %v328 = arith.ori %v165, %v327 : i32
            %v330, %v331 = gpu.shuffle idx %v313, %v328, %v329 : f32
            %v332, %v333 = gpu.shuffle idx %v321, %v328, %v329 : f32
            %v334 = arith.addi %v263, %v326 : i64
            %v335 = arith.cmpi slt, %v334, %v209 : i64
            scf.if %v335 {
              %v336 = arith.addi %v207, %v334 : i64
              %v338 = arith.muli %v42, %v337 : i64
              %v339 = arith.muli %v32, %v2 : i64
              %v340 = arith.addi %v338, %v339 : i64
              %v341 = llvm.getelementptr %in_A[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v342 = llvm.load %v341 : !llvm.ptr -> f32
              %v343 = arith.mulf %v330, %v342 fastmath<contract> : f32
              %v344 = arith.mulf %v343, %v283 fastmath<contract> : f32
              %v345 = llvm.call_intrinsic "llvm.exp2.f32"(%v344) : (f32) -> f32
              %v348 = arith.muli %v44, %v347 : i64
              %v349 = arith.muli %v32, %v346 : i64
              %v350 = arith.addi %v348, %v349 : i64
              %v351 = arith.muli %v336, %v2 : i64
              %v352 = arith.addi %v350, %v351 : i64
              %v353 = llvm.getelementptr %in_Bm[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v354 = llvm.load %v353 : !llvm.ptr -> f32
              %v355 = arith.mulf %v354, %v332 fastmath<contract> : f32
              %v356 = llvm.load %v11 : !llvm.ptr -> f32
              %v357 = arith.mulf %v345, %v356 fastmath<contract> : f32
              %v358 = arith.addf %v357, %v355 fastmath<contract> : f32
              llvm.store %v358, %v11 : f32, !llvm.ptr
              %v359 = arith.muli %v42, %v337 : i64
              %v360 = arith.constant 8 : i64
              %v361 = arith.addi %v360, %v32 : i64
              %v362 = arith.muli %v361, %v2 : i64
              %v363 = arith.addi %v359, %v362 : i64
              %v364 = llvm.getelementptr %in_A[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.mulf %v330, %v365 fastmath<contract> : f32
              %v367 = arith.mulf %v366, %v283 fastmath<contract> : f32
              %v368 = llvm.call_intrinsic "llvm.exp2.f32"(%v367) : (f32) -> f32
              %v369 = arith.muli %v44, %v347 : i64
              %v370 = arith.constant 8 : i64
              %v371 = arith.addi %v370, %v32 : i64
              %v372 = arith.muli %v371, %v346 : i64
              %v373 = arith.addi %v369, %v372 : i64
              %v374 = arith.muli %v336, %v2 : i64
              %v375 = arith.addi %v373, %v374 : i64
              %v376 = llvm.getelementptr %in_Bm[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v377 = llvm.load %v376 : !llvm.ptr -> f32
              %v378 = arith.mulf %v377, %v332 fastmath<contract> : f32
              %v379 = llvm.load %v12 : !llvm.ptr -> f32
              %v380 = arith.mulf %v368, %v379 fastmath<contract> : f32
              %v381 = arith.addf %v380, %v378 fastmath<contract> : f32
              llvm.store %v381, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v383 = arith.addi %v212, %v382 : i64
        %v384 = arith.divui %v383, %v46 : i64
        %v385 = arith.index_cast %v66 : i64 to index
        %v386 = arith.index_cast %v384 : i64 to index
        %v387 = arith.index_cast %v2 : i64 to index
        scf.for %v388 = %v385 to %v386 step %v387 {
          %v389 = arith.index_cast %v388 : index to i64
          %v390 = arith.muli %v389, %v46 : i64
          %v391 = arith.addi %v390, %v46 : i64
          %v392 = arith.index_cast %v390 : i64 to index
          %v393 = arith.index_cast %v391 : i64 to index
          %v394 = arith.index_cast %v2 : i64 to index
          scf.for %v395 = %v392 to %v393 step %v394 {
            %v396 = arith.index_cast %v395 : index to i64
            %v397 = arith.cmpi slt, %v396, %v212 : i64
            scf.if %v397 {
              %v398 = arith.subi %v212, %v2 : i64
              %v399 = arith.subi %v398, %v396 : i64
              %v400 = arith.muli %v399, %v31 : i64
              %v401 = arith.remui %v396, %v46 : i64
              %v402 = arith.muli %v401, %v31 : i64
              %v403 = arith.addi %v197, %v399 : i64
              %v404 = arith.subi %v209, %v2 : i64
              %v405 = arith.muli %v403, %v4 : i64
              %v406 = arith.subi %v4, %v2 : i64
              %v407 = arith.minsi %v38, %v406 : i64
              %v408 = arith.addi %v405, %v407 : i64
              %v409 = arith.muli %v408, %v1 : i64
              %v410 = arith.addi %v409, %v66 : i64
              %v411 = arith.addi %v410, %v32 : i64
              %v412 = llvm.getelementptr %scratch_h[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v413 = llvm.load %v412 : !llvm.ptr -> f32
              %v414 = arith.muli %v403, %v4 : i64
              %v415 = arith.subi %v4, %v2 : i64
              %v416 = arith.minsi %v38, %v415 : i64
              %v417 = arith.addi %v414, %v416 : i64
              %v418 = arith.muli %v417, %v1 : i64
              %v419 = arith.addi %v418, %v31 : i64
              %v420 = arith.addi %v419, %v32 : i64
              %v421 = llvm.getelementptr %scratch_h[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v422 = llvm.load %v421 : !llvm.ptr -> f32
              %v423 = arith.addi %v400, %v32 : i64
              %v424 = arith.minsi %v423, %v404 : i64
              %v425 = arith.addi %v207, %v424 : i64
              %v426 = arith.muli %v44, %v268 : i64
              %v427 = arith.muli %v42, %v267 : i64
              %v428 = arith.addi %v426, %v427 : i64
              %v429 = arith.muli %v425, %v2 : i64
              %v430 = arith.addi %v428, %v429 : i64
              %v431 = llvm.getelementptr %in_delta[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v432 = llvm.load %v431 : !llvm.ptr -> f32
              %v433 = arith.muli %v42, %v2 : i64
              %v434 = llvm.getelementptr %in_dt_bias[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v435 = llvm.load %v434 : !llvm.ptr -> f32
              %v436 = arith.addf %v432, %v435 fastmath<contract> : f32
              %v437 = arith.maximumf %v436, %v64 : f32
              %v438 = llvm.call_intrinsic "llvm.fabs.f32"(%v436) : (f32) -> f32
              %v439 = arith.negf %v438 : f32
              %v440 = arith.mulf %v439, %v283 fastmath<contract> : f32
              %v441 = llvm.call_intrinsic "llvm.exp2.f32"(%v440) : (f32) -> f32
              %v442 = arith.addf %v65, %v441 fastmath<contract> : f32
              %v443 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v442) : (f32) -> f32
              %v444 = arith.mulf %v443, %v288 fastmath<contract> : f32
              %v445 = arith.mulf %v290, %v441 fastmath<contract> : f32
              %v446 = arith.addf %v445, %v292 fastmath<contract> : f32
              %v447 = arith.mulf %v446, %v441 fastmath<contract> : f32
              %v448 = arith.addf %v447, %v295 fastmath<contract> : f32
              %v449 = arith.mulf %v448, %v441 fastmath<contract> : f32
              %v450 = arith.addf %v449, %v298 fastmath<contract> : f32
              %v451 = arith.mulf %v450, %v441 fastmath<contract> : f32
              %v452 = arith.addf %v451, %v301 fastmath<contract> : f32
              %v453 = arith.mulf %v452, %v441 fastmath<contract> : f32
              %v454 = arith.addf %v453, %v304 fastmath<contract> : f32
              %v455 = arith.mulf %v454, %v441 fastmath<contract> : f32
              %v456 = arith.addf %v455, %v65 fastmath<contract> : f32
              %v457 = arith.mulf %v456, %v441 fastmath<contract> : f32
              %v458 = llvm.call_intrinsic "llvm.fabs.f32"(%v441) : (f32) -> f32
              %v459 = arith.cmpf olt, %v458, %v310 : f32
              %v460 = arith.select %v459, %v457, %v444 : f32
              %v461 = arith.addf %v437, %v460 fastmath<contract> : f32
              %v462 = arith.muli %v44, %v268 : i64
              %v463 = arith.muli %v42, %v267 : i64
              %v464 = arith.addi %v462, %v463 : i64
              %v465 = arith.muli %v425, %v2 : i64
              %v466 = arith.addi %v464, %v465 : i64
              %v467 = llvm.getelementptr %in_u[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v468 = llvm.load %v467 : !llvm.ptr -> f32
              %v469 = arith.mulf %v461, %v468 fastmath<contract> : f32
              %v470 = arith.muli %v44, %v268 : i64
              %v471 = arith.muli %v42, %v267 : i64
              %v472 = arith.addi %v470, %v471 : i64
              %v473 = arith.muli %v425, %v2 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = llvm.getelementptr %in_z[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v476 = llvm.load %v475 : !llvm.ptr -> f32
              %v477 = arith.negf %v476 : f32
              %v478 = arith.mulf %v477, %v283 fastmath<contract> : f32
              %v479 = llvm.call_intrinsic "llvm.exp2.f32"(%v478) : (f32) -> f32
              %v480 = arith.addf %v65, %v479 fastmath<contract> : f32
              %v481 = arith.divf %v65, %v480 : f32
              %v482 = arith.mulf %v476, %v481 fastmath<contract> : f32
              %v483 = arith.negf %v476 : f32
              %v484 = arith.mulf %v483, %v283 fastmath<contract> : f32
              %v485 = llvm.call_intrinsic "llvm.exp2.f32"(%v484) : (f32) -> f32
              %v486 = arith.addf %v65, %v485 fastmath<contract> : f32
              %v487 = arith.divf %v65, %v486 : f32
              %v488 = arith.subf %v65, %v487 fastmath<contract> : f32
              %v489 = arith.mulf %v476, %v488 fastmath<contract> : f32
              %v490 = arith.addf %v65, %v489 fastmath<contract> : f32
              %v491 = arith.mulf %v487, %v490 fastmath<contract> : f32
              %v492 = arith.negf %v436 : f32
              %v493 = arith.mulf %v492, %v283 fastmath<contract> : f32
              %v494 = llvm.call_intrinsic "llvm.exp2.f32"(%v493) : (f32) -> f32
              %v495 = arith.addf %v65, %v494 fastmath<contract> : f32
              %v496 = arith.divf %v65, %v495 : f32
              // the group's states, recomputed into registers
              %v497 = arith.addi %v400, %v66 : i64
              %v498 = arith.minsi %v497, %v404 : i64
              %v499 = arith.addi %v207, %v498 : i64
              %v500, %v501 = gpu.shuffle idx %v461, %v165, %v329 : f32
              %v502, %v503 = gpu.shuffle idx %v469, %v165, %v329 : f32
              %v504 = arith.muli %v42, %v337 : i64
              %v505 = arith.muli %v32, %v2 : i64
              %v506 = arith.addi %v504, %v505 : i64
              %v507 = llvm.getelementptr %in_A[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v508 = llvm.load %v507 : !llvm.ptr -> f32
              %v509 = arith.mulf %v500, %v508 fastmath<contract> : f32
              %v510 = arith.mulf %v509, %v283 fastmath<contract> : f32
              %v511 = llvm.call_intrinsic "llvm.exp2.f32"(%v510) : (f32) -> f32
              %v512 = arith.muli %v44, %v347 : i64
              %v513 = arith.muli %v32, %v346 : i64
              %v514 = arith.addi %v512, %v513 : i64
              %v515 = arith.muli %v499, %v2 : i64
              %v516 = arith.addi %v514, %v515 : i64
              %v517 = llvm.getelementptr %in_Bm[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v518 = llvm.load %v517 : !llvm.ptr -> f32
              %v519 = arith.mulf %v518, %v502 fastmath<contract> : f32
              %v520 = arith.mulf %v511, %v413 fastmath<contract> : f32
              %v521 = arith.addf %v520, %v519 fastmath<contract> : f32
              %v522 = arith.muli %v42, %v337 : i64
              %v523 = arith.constant 8 : i64
              %v524 = arith.addi %v523, %v32 : i64
              %v525 = arith.muli %v524, %v2 : i64
              %v526 = arith.addi %v522, %v525 : i64
              %v527 = llvm.getelementptr %in_A[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v528 = llvm.load %v527 : !llvm.ptr -> f32
              %v529 = arith.mulf %v500, %v528 fastmath<contract> : f32
              %v530 = arith.mulf %v529, %v283 fastmath<contract> : f32
              %v531 = llvm.call_intrinsic "llvm.exp2.f32"(%v530) : (f32) -> f32
              %v532 = arith.muli %v44, %v347 : i64
              %v533 = arith.constant 8 : i64
              %v534 = arith.addi %v533, %v32 : i64
              %v535 = arith.muli %v534, %v346 : i64
              %v536 = arith.addi %v532, %v535 : i64
              %v537 = arith.muli %v499, %v2 : i64
              %v538 = arith.addi %v536, %v537 : i64
              %v539 = llvm.getelementptr %in_Bm[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v540 = llvm.load %v539 : !llvm.ptr -> f32
              %v541 = arith.mulf %v540, %v502 fastmath<contract> : f32
              %v542 = arith.mulf %v531, %v422 fastmath<contract> : f32
              %v543 = arith.addf %v542, %v541 fastmath<contract> : f32
              %v544 = arith.addi %v400, %v2 : i64
              %v545 = arith.minsi %v544, %v404 : i64
              %v546 = arith.addi %v207, %v545 : i64
              %v547, %v548 = gpu.shuffle idx %v461, %v169, %v329 : f32
              %v549, %v550 = gpu.shuffle idx %v469, %v169, %v329 : f32
              %v551 = arith.muli %v42, %v337 : i64
              %v552 = arith.muli %v32, %v2 : i64
              %v553 = arith.addi %v551, %v552 : i64
              %v554 = llvm.getelementptr %in_A[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v555 = llvm.load %v554 : !llvm.ptr -> f32
              %v556 = arith.mulf %v547, %v555 fastmath<contract> : f32
              %v557 = arith.mulf %v556, %v283 fastmath<contract> : f32
              %v558 = llvm.call_intrinsic "llvm.exp2.f32"(%v557) : (f32) -> f32
              %v559 = arith.muli %v44, %v347 : i64
              %v560 = arith.muli %v32, %v346 : i64
              %v561 = arith.addi %v559, %v560 : i64
              %v562 = arith.muli %v546, %v2 : i64
              %v563 = arith.addi %v561, %v562 : i64
              %v564 = llvm.getelementptr %in_Bm[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v565 = llvm.load %v564 : !llvm.ptr -> f32
              %v566 = arith.mulf %v565, %v549 fastmath<contract> : f32
              %v567 = arith.mulf %v558, %v521 fastmath<contract> : f32
              %v568 = arith.addf %v567, %v566 fastmath<contract> : f32
              %v569 = arith.muli %v42, %v337 : i64
              %v570 = arith.constant 8 : i64
              %v571 = arith.addi %v570, %v32 : i64
              %v572 = arith.muli %v571, %v2 : i64
              %v573 = arith.addi %v569, %v572 : i64
              %v574 = llvm.getelementptr %in_A[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v575 = llvm.load %v574 : !llvm.ptr -> f32
              %v576 = arith.mulf %v547, %v575 fastmath<contract> : f32
              %v577 = arith.mulf %v576, %v283 fastmath<contract> : f32
              %v578 = llvm.call_intrinsic "llvm.exp2.f32"(%v577) : (f32) -> f32
              %v579 = arith.muli %v44, %v347 : i64
              %v580 = arith.constant 8 : i64
              %v581 = arith.addi %v580, %v32 : i64
              %v582 = arith.muli %v581, %v346 : i64
              %v583 = arith.addi %v579, %v582 : i64
              %v584 = arith.muli %v546, %v2 : i64
              %v585 = arith.addi %v583, %v584 : i64
              %v586 = llvm.getelementptr %in_Bm[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v587 = llvm.load %v586 : !llvm.ptr -> f32
              %v588 = arith.mulf %v587, %v549 fastmath<contract> : f32
              %v589 = arith.mulf %v578, %v543 fastmath<contract> : f32
              %v590 = arith.addf %v589, %v588 fastmath<contract> : f32
              %v592 = arith.addi %v400, %v591 : i64
              %v593 = arith.minsi %v592, %v404 : i64
              %v594 = arith.addi %v207, %v593 : i64
              %v595, %v596 = gpu.shuffle idx %v461, %v173, %v329 : f32
              %v597, %v598 = gpu.shuffle idx %v469, %v173, %v329 : f32
              %v599 = arith.muli %v42, %v337 : i64
              %v600 = arith.muli %v32, %v2 : i64
              %v601 = arith.addi %v599, %v600 : i64
              %v602 = llvm.getelementptr %in_A[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v603 = llvm.load %v602 : !llvm.ptr -> f32
              %v604 = arith.mulf %v595, %v603 fastmath<contract> : f32
              %v605 = arith.mulf %v604, %v283 fastmath<contract> : f32
              %v606 = llvm.call_intrinsic "llvm.exp2.f32"(%v605) : (f32) -> f32
              %v607 = arith.muli %v44, %v347 : i64
              %v608 = arith.muli %v32, %v346 : i64
              %v609 = arith.addi %v607, %v608 : i64
              %v610 = arith.muli %v594, %v2 : i64
              %v611 = arith.addi %v609, %v610 : i64
              %v612 = llvm.getelementptr %in_Bm[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v613 = llvm.load %v612 : !llvm.ptr -> f32
              %v614 = arith.mulf %v613, %v597 fastmath<contract> : f32
              %v615 = arith.mulf %v606, %v568 fastmath<contract> : f32
              %v616 = arith.addf %v615, %v614 fastmath<contract> : f32
              %v617 = arith.muli %v42, %v337 : i64
              %v618 = arith.constant 8 : i64
              %v619 = arith.addi %v618, %v32 : i64
              %v620 = arith.muli %v619, %v2 : i64
              %v621 = arith.addi %v617, %v620 : i64
              %v622 = llvm.getelementptr %in_A[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v623 = llvm.load %v622 : !llvm.ptr -> f32
              %v624 = arith.mulf %v595, %v623 fastmath<contract> : f32
              %v625 = arith.mulf %v624, %v283 fastmath<contract> : f32
              %v626 = llvm.call_intrinsic "llvm.exp2.f32"(%v625) : (f32) -> f32
              %v627 = arith.muli %v44, %v347 : i64
              %v628 = arith.constant 8 : i64
              %v629 = arith.addi %v628, %v32 : i64
              %v630 = arith.muli %v629, %v346 : i64
              %v631 = arith.addi %v627, %v630 : i64
              %v632 = arith.muli %v594, %v2 : i64
              %v633 = arith.addi %v631, %v632 : i64
              %v634 = llvm.getelementptr %in_Bm[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v635 = llvm.load %v634 : !llvm.ptr -> f32
              %v636 = arith.mulf %v635, %v597 fastmath<contract> : f32
              %v637 = arith.mulf %v626, %v590 fastmath<contract> : f32
              %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
              %v639 = arith.addi %v400, %v382 : i64
              %v640 = arith.minsi %v639, %v404 : i64
              %v641 = arith.addi %v207, %v640 : i64
              %v642, %v643 = gpu.shuffle idx %v461, %v177, %v329 : f32
              %v644, %v645 = gpu.shuffle idx %v469, %v177, %v329 : f32
              %v646 = arith.muli %v42, %v337 : i64
              %v647 = arith.muli %v32, %v2 : i64
              %v648 = arith.addi %v646, %v647 : i64
              %v649 = llvm.getelementptr %in_A[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v650 = llvm.load %v649 : !llvm.ptr -> f32
              %v651 = arith.mulf %v642, %v650 fastmath<contract> : f32
              %v652 = arith.mulf %v651, %v283 fastmath<contract> : f32
              %v653 = llvm.call_intrinsic "llvm.exp2.f32"(%v652) : (f32) -> f32
              %v654 = arith.muli %v44, %v347 : i64
              %v655 = arith.muli %v32, %v346 : i64
              %v656 = arith.addi %v654, %v655 : i64
              %v657 = arith.muli %v641, %v2 : i64
              %v658 = arith.addi %v656, %v657 : i64
              %v659 = llvm.getelementptr %in_Bm[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v660 = llvm.load %v659 : !llvm.ptr -> f32
              %v661 = arith.mulf %v660, %v644 fastmath<contract> : f32
              %v662 = arith.mulf %v653, %v616 fastmath<contract> : f32
              %v663 = arith.addf %v662, %v661 fastmath<contract> : f32
              %v664 = arith.muli %v42, %v337 : i64
              %v665 = arith.constant 8 : i64
              %v666 = arith.addi %v665, %v32 : i64
              %v667 = arith.muli %v666, %v2 : i64
              %v668 = arith.addi %v664, %v667 : i64
              %v669 = llvm.getelementptr %in_A[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v670 = llvm.load %v669 : !llvm.ptr -> f32
              %v671 = arith.mulf %v642, %v670 fastmath<contract> : f32
              %v672 = arith.mulf %v671, %v283 fastmath<contract> : f32
              %v673 = llvm.call_intrinsic "llvm.exp2.f32"(%v672) : (f32) -> f32
              %v674 = arith.muli %v44, %v347 : i64
              %v675 = arith.constant 8 : i64
              %v676 = arith.addi %v675, %v32 : i64
              %v677 = arith.muli %v676, %v346 : i64
              %v678 = arith.addi %v674, %v677 : i64
              %v679 = arith.muli %v641, %v2 : i64
              %v680 = arith.addi %v678, %v679 : i64
              %v681 = llvm.getelementptr %in_Bm[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v682 = llvm.load %v681 : !llvm.ptr -> f32
              %v683 = arith.mulf %v682, %v644 fastmath<contract> : f32
              %v684 = arith.mulf %v673, %v638 fastmath<contract> : f32
              %v685 = arith.addf %v684, %v683 fastmath<contract> : f32
              %v686 = arith.addi %v400, %v46 : i64
              %v687 = arith.minsi %v686, %v404 : i64
              %v688 = arith.addi %v207, %v687 : i64
              %v689, %v690 = gpu.shuffle idx %v461, %v181, %v329 : f32
              %v691, %v692 = gpu.shuffle idx %v469, %v181, %v329 : f32
              %v693 = arith.muli %v42, %v337 : i64
              %v694 = arith.muli %v32, %v2 : i64
              %v695 = arith.addi %v693, %v694 : i64
              %v696 = llvm.getelementptr %in_A[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v697 = llvm.load %v696 : !llvm.ptr -> f32
              %v698 = arith.mulf %v689, %v697 fastmath<contract> : f32
              %v699 = arith.mulf %v698, %v283 fastmath<contract> : f32
              %v700 = llvm.call_intrinsic "llvm.exp2.f32"(%v699) : (f32) -> f32
              %v701 = arith.muli %v44, %v347 : i64
              %v702 = arith.muli %v32, %v346 : i64
              %v703 = arith.addi %v701, %v702 : i64
              %v704 = arith.muli %v688, %v2 : i64
              %v705 = arith.addi %v703, %v704 : i64
              %v706 = llvm.getelementptr %in_Bm[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v707 = llvm.load %v706 : !llvm.ptr -> f32
              %v708 = arith.mulf %v707, %v691 fastmath<contract> : f32
              %v709 = arith.mulf %v700, %v663 fastmath<contract> : f32
              %v710 = arith.addf %v709, %v708 fastmath<contract> : f32
              %v711 = arith.muli %v42, %v337 : i64
              %v712 = arith.constant 8 : i64
              %v713 = arith.addi %v712, %v32 : i64
              %v714 = arith.muli %v713, %v2 : i64
              %v715 = arith.addi %v711, %v714 : i64
              %v716 = llvm.getelementptr %in_A[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v717 = llvm.load %v716 : !llvm.ptr -> f32
              %v718 = arith.mulf %v689, %v717 fastmath<contract> : f32
              %v719 = arith.mulf %v718, %v283 fastmath<contract> : f32
              %v720 = llvm.call_intrinsic "llvm.exp2.f32"(%v719) : (f32) -> f32
              %v721 = arith.muli %v44, %v347 : i64
              %v722 = arith.constant 8 : i64
              %v723 = arith.addi %v722, %v32 : i64
              %v724 = arith.muli %v723, %v346 : i64
              %v725 = arith.addi %v721, %v724 : i64
              %v726 = arith.muli %v688, %v2 : i64
              %v727 = arith.addi %v725, %v726 : i64
              %v728 = llvm.getelementptr %in_Bm[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v729 = llvm.load %v728 : !llvm.ptr -> f32
              %v730 = arith.mulf %v729, %v691 fastmath<contract> : f32
              %v731 = arith.mulf %v720, %v685 fastmath<contract> : f32
              %v732 = arith.addf %v731, %v730 fastmath<contract> : f32
              %v734 = arith.addi %v400, %v733 : i64
              %v735 = arith.minsi %v734, %v404 : i64
              %v736 = arith.addi %v207, %v735 : i64
              %v737, %v738 = gpu.shuffle idx %v461, %v185, %v329 : f32
              %v739, %v740 = gpu.shuffle idx %v469, %v185, %v329 : f32
              %v741 = arith.muli %v42, %v337 : i64
              %v742 = arith.muli %v32, %v2 : i64
              %v743 = arith.addi %v741, %v742 : i64
              %v744 = llvm.getelementptr %in_A[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v745 = llvm.load %v744 : !llvm.ptr -> f32
              %v746 = arith.mulf %v737, %v745 fastmath<contract> : f32
              %v747 = arith.mulf %v746, %v283 fastmath<contract> : f32
              %v748 = llvm.call_intrinsic "llvm.exp2.f32"(%v747) : (f32) -> f32
              %v749 = arith.muli %v44, %v347 : i64
              %v750 = arith.muli %v32, %v346 : i64
              %v751 = arith.addi %v749, %v750 : i64
              %v752 = arith.muli %v736, %v2 : i64
              %v753 = arith.addi %v751, %v752 : i64
              %v754 = llvm.getelementptr %in_Bm[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v755 = llvm.load %v754 : !llvm.ptr -> f32
              %v756 = arith.mulf %v755, %v739 fastmath<contract> : f32
              %v757 = arith.mulf %v748, %v710 fastmath<contract> : f32
              %v758 = arith.addf %v757, %v756 fastmath<contract> : f32
              %v759 = arith.muli %v42, %v337 : i64
              %v760 = arith.constant 8 : i64
              %v761 = arith.addi %v760, %v32 : i64
              %v762 = arith.muli %v761, %v2 : i64
              %v763 = arith.addi %v759, %v762 : i64
              %v764 = llvm.getelementptr %in_A[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v765 = llvm.load %v764 : !llvm.ptr -> f32
              %v766 = arith.mulf %v737, %v765 fastmath<contract> : f32
              %v767 = arith.mulf %v766, %v283 fastmath<contract> : f32
              %v768 = llvm.call_intrinsic "llvm.exp2.f32"(%v767) : (f32) -> f32
              %v769 = arith.muli %v44, %v347 : i64
              %v770 = arith.constant 8 : i64
              %v771 = arith.addi %v770, %v32 : i64
              %v772 = arith.muli %v771, %v346 : i64
              %v773 = arith.addi %v769, %v772 : i64
              %v774 = arith.muli %v736, %v2 : i64
              %v775 = arith.addi %v773, %v774 : i64
              %v776 = llvm.getelementptr %in_Bm[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v777 = llvm.load %v776 : !llvm.ptr -> f32
              %v778 = arith.mulf %v777, %v739 fastmath<contract> : f32
              %v779 = arith.mulf %v768, %v732 fastmath<contract> : f32
              %v780 = arith.addf %v779, %v778 fastmath<contract> : f32
              %v782 = arith.addi %v400, %v781 : i64
              %v783 = arith.minsi %v782, %v404 : i64
              %v784 = arith.addi %v207, %v783 : i64
              %v785, %v786 = gpu.shuffle idx %v461, %v189, %v329 : f32
              %v787, %v788 = gpu.shuffle idx %v469, %v189, %v329 : f32
              %v789 = arith.muli %v42, %v337 : i64
              %v790 = arith.muli %v32, %v2 : i64
              %v791 = arith.addi %v789, %v790 : i64
              %v792 = llvm.getelementptr %in_A[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v793 = llvm.load %v792 : !llvm.ptr -> f32
              %v794 = arith.mulf %v785, %v793 fastmath<contract> : f32
              %v795 = arith.mulf %v794, %v283 fastmath<contract> : f32
              %v796 = llvm.call_intrinsic "llvm.exp2.f32"(%v795) : (f32) -> f32
              %v797 = arith.muli %v44, %v347 : i64
              %v798 = arith.muli %v32, %v346 : i64
              %v799 = arith.addi %v797, %v798 : i64
              %v800 = arith.muli %v784, %v2 : i64
              %v801 = arith.addi %v799, %v800 : i64
              %v802 = llvm.getelementptr %in_Bm[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v803 = llvm.load %v802 : !llvm.ptr -> f32
              %v804 = arith.mulf %v803, %v787 fastmath<contract> : f32
              %v805 = arith.mulf %v796, %v758 fastmath<contract> : f32
              %v806 = arith.addf %v805, %v804 fastmath<contract> : f32
              %v807 = arith.muli %v42, %v337 : i64
              %v808 = arith.constant 8 : i64
              %v809 = arith.addi %v808, %v32 : i64
              %v810 = arith.muli %v809, %v2 : i64
              %v811 = arith.addi %v807, %v810 : i64
              %v812 = llvm.getelementptr %in_A[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v813 = llvm.load %v812 : !llvm.ptr -> f32
              %v814 = arith.mulf %v785, %v813 fastmath<contract> : f32
              %v815 = arith.mulf %v814, %v283 fastmath<contract> : f32
              %v816 = llvm.call_intrinsic "llvm.exp2.f32"(%v815) : (f32) -> f32
              %v817 = arith.muli %v44, %v347 : i64
              %v818 = arith.constant 8 : i64
              %v819 = arith.addi %v818, %v32 : i64
              %v820 = arith.muli %v819, %v346 : i64
              %v821 = arith.addi %v817, %v820 : i64
              %v822 = arith.muli %v784, %v2 : i64
              %v823 = arith.addi %v821, %v822 : i64
              %v824 = llvm.getelementptr %in_Bm[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v825 = llvm.load %v824 : !llvm.ptr -> f32
              %v826 = arith.mulf %v825, %v787 fastmath<contract> : f32
              %v827 = arith.mulf %v816, %v780 fastmath<contract> : f32
              %v828 = arith.addf %v827, %v826 fastmath<contract> : f32
              %v829 = arith.addi %v400, %v157 : i64
              %v830 = arith.minsi %v829, %v404 : i64
              %v831 = arith.addi %v207, %v830 : i64
              %v832, %v833 = gpu.shuffle idx %v461, %v193, %v329 : f32
              %v834, %v835 = gpu.shuffle idx %v469, %v193, %v329 : f32
              %v836 = arith.muli %v42, %v337 : i64
              %v837 = arith.muli %v32, %v2 : i64
              %v838 = arith.addi %v836, %v837 : i64
              %v839 = llvm.getelementptr %in_A[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v840 = llvm.load %v839 : !llvm.ptr -> f32
              %v841 = arith.mulf %v832, %v840 fastmath<contract> : f32
              %v842 = arith.mulf %v841, %v283 fastmath<contract> : f32
              %v843 = llvm.call_intrinsic "llvm.exp2.f32"(%v842) : (f32) -> f32
              %v844 = arith.muli %v44, %v347 : i64
              %v845 = arith.muli %v32, %v346 : i64
              %v846 = arith.addi %v844, %v845 : i64
              %v847 = arith.muli %v831, %v2 : i64
              %v848 = arith.addi %v846, %v847 : i64
              %v849 = llvm.getelementptr %in_Bm[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v850 = llvm.load %v849 : !llvm.ptr -> f32
              %v851 = arith.mulf %v850, %v834 fastmath<contract> : f32
              %v852 = arith.mulf %v843, %v806 fastmath<contract> : f32
              %v853 = arith.addf %v852, %v851 fastmath<contract> : f32
              %v854 = arith.muli %v42, %v337 : i64
              %v855 = arith.constant 8 : i64
              %v856 = arith.addi %v855, %v32 : i64
              %v857 = arith.muli %v856, %v2 : i64
              %v858 = arith.addi %v854, %v857 : i64
              %v859 = llvm.getelementptr %in_A[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v860 = llvm.load %v859 : !llvm.ptr -> f32
              %v861 = arith.mulf %v832, %v860 fastmath<contract> : f32
              %v862 = arith.mulf %v861, %v283 fastmath<contract> : f32
              %v863 = llvm.call_intrinsic "llvm.exp2.f32"(%v862) : (f32) -> f32
              %v864 = arith.muli %v44, %v347 : i64
              %v865 = arith.constant 8 : i64
              %v866 = arith.addi %v865, %v32 : i64
              %v867 = arith.muli %v866, %v346 : i64
              %v868 = arith.addi %v864, %v867 : i64
              %v869 = arith.muli %v831, %v2 : i64
              %v870 = arith.addi %v868, %v869 : i64
              %v871 = llvm.getelementptr %in_Bm[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v872 = llvm.load %v871 : !llvm.ptr -> f32
              %v873 = arith.mulf %v872, %v834 fastmath<contract> : f32
              %v874 = arith.mulf %v863, %v828 fastmath<contract> : f32
              %v875 = arith.addf %v874, %v873 fastmath<contract> : f32
              %v879 = arith.addi %v400, %v157 : i64
              %v880 = arith.cmpi slt, %v879, %v209 : i64
              %v881, %v882 = gpu.shuffle idx %v461, %v193, %v329 : f32
              %v883, %v884 = gpu.shuffle idx %v469, %v193, %v329 : f32
              %v885, %v886 = gpu.shuffle idx %v482, %v193, %v329 : f32
              %v887, %v888 = gpu.shuffle idx %v491, %v193, %v329 : f32
              %v889, %v890 = gpu.shuffle idx %v496, %v193, %v329 : f32
              %v891 = arith.addi %v402, %v66 : i64
              scf.if %v880 {
                %v892 = arith.addi %v207, %v879 : i64
                %v893 = arith.muli %v44, %v347 : i64
                %v894 = arith.muli %v32, %v346 : i64
                %v895 = arith.addi %v893, %v894 : i64
                %v896 = arith.muli %v892, %v2 : i64
                %v897 = arith.addi %v895, %v896 : i64
                %v898 = llvm.getelementptr %in_Cm[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v899 = llvm.load %v898 : !llvm.ptr -> f32
                %v900 = arith.muli %v44, %v268 : i64
                %v901 = arith.muli %v42, %v267 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.muli %v892, %v2 : i64
                %v904 = arith.addi %v902, %v903 : i64
                %v905 = llvm.getelementptr %dy_y[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = arith.mulf %v885, %v906 fastmath<contract> : f32
                %v908 = arith.mulf %v899, %v907 fastmath<contract> : f32
                %v909 = llvm.load %v50 : !llvm.ptr -> f32
                %v910 = llvm.load %v52 : !llvm.ptr -> f32
                %v911 = arith.mulf %v910, %v909 fastmath<contract> : f32
                %v912 = arith.addf %v908, %v911 fastmath<contract> : f32
                llvm.store %v912, %v50 : f32, !llvm.ptr
                %v913 = arith.muli %v44, %v347 : i64
                %v914 = arith.constant 8 : i64
                %v915 = arith.addi %v914, %v32 : i64
                %v916 = arith.muli %v915, %v346 : i64
                %v917 = arith.addi %v913, %v916 : i64
                %v918 = arith.muli %v892, %v2 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = llvm.getelementptr %in_Cm[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v921 = llvm.load %v920 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v907 fastmath<contract> : f32
                %v923 = llvm.load %v51 : !llvm.ptr -> f32
                %v924 = llvm.load %v53 : !llvm.ptr -> f32
                %v925 = arith.mulf %v924, %v923 fastmath<contract> : f32
                %v926 = arith.addf %v922, %v925 fastmath<contract> : f32
                llvm.store %v926, %v51 : f32, !llvm.ptr
                %v927 = arith.subi %size_L, %v2 : i64
                %v928 = arith.cmpi eq, %v892, %v927 : i64
                scf.if %v928 {
                  %v929 = arith.muli %v44, %v113 : i64
                  %v930 = arith.muli %v42, %v112 : i64
                  %v931 = arith.addi %v929, %v930 : i64
                  %v932 = arith.muli %v32, %v2 : i64
                  %v933 = arith.addi %v931, %v932 : i64
                  %v934 = llvm.getelementptr %dy_h_last[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v935 = llvm.load %v934 : !llvm.ptr -> f32
                  %v936 = llvm.load %v50 : !llvm.ptr -> f32
                  %v937 = arith.addf %v936, %v935 fastmath<contract> : f32
                  llvm.store %v937, %v50 : f32, !llvm.ptr
                  %v938 = arith.muli %v44, %v113 : i64
                  %v939 = arith.muli %v42, %v112 : i64
                  %v940 = arith.addi %v938, %v939 : i64
                  %v941 = arith.constant 8 : i64
                  %v942 = arith.addi %v941, %v32 : i64
                  %v943 = arith.muli %v942, %v2 : i64
                  %v944 = arith.addi %v940, %v943 : i64
                  %v945 = llvm.getelementptr %dy_h_last[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v946 = llvm.load %v945 : !llvm.ptr -> f32
                  %v947 = llvm.load %v51 : !llvm.ptr -> f32
                  %v948 = arith.addf %v947, %v946 fastmath<contract> : f32
                  llvm.store %v948, %v51 : f32, !llvm.ptr
                }
                %v949 = arith.muli %v42, %v2 : i64
                %v950 = llvm.getelementptr %in_Dskip[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v951 = llvm.load %v950 : !llvm.ptr -> f32
                %v952 = arith.mulf %v951, %v907 fastmath<contract> : f32
                %v953 = arith.muli %v44, %v347 : i64
                %v954 = arith.muli %v32, %v346 : i64
                %v955 = arith.addi %v953, %v954 : i64
                %v956 = arith.muli %v892, %v2 : i64
                %v957 = arith.addi %v955, %v956 : i64
                %v958 = llvm.getelementptr %in_Bm[%v957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v959 = llvm.load %v958 : !llvm.ptr -> f32
                %v960 = llvm.load %v50 : !llvm.ptr -> f32
                %v961 = arith.mulf %v959, %v960 fastmath<contract> : f32
                %v962 = arith.muli %v44, %v347 : i64
                %v963 = arith.constant 8 : i64
                %v964 = arith.addi %v963, %v32 : i64
                %v965 = arith.muli %v964, %v346 : i64
                %v966 = arith.addi %v962, %v965 : i64
                %v967 = arith.muli %v892, %v2 : i64
                %v968 = arith.addi %v966, %v967 : i64
                %v969 = llvm.getelementptr %in_Bm[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v970 = llvm.load %v969 : !llvm.ptr -> f32
                %v971 = llvm.load %v51 : !llvm.ptr -> f32
                %v972 = arith.mulf %v970, %v971 fastmath<contract> : f32
                %v973 = arith.addf %v961, %v972 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v975, %v976 = gpu.shuffle xor %v973, %v974, %v329 : f32
                %v977 = arith.addf %v973, %v975 fastmath<contract> : f32
                %v979, %v980 = gpu.shuffle xor %v977, %v978, %v329 : f32
                %v981 = arith.addf %v977, %v979 fastmath<contract> : f32
                %v983, %v984 = gpu.shuffle xor %v981, %v982, %v329 : f32
                %v985 = arith.addf %v981, %v983 fastmath<contract> : f32
                // end sum over the lanes
                %v986 = arith.mulf %v881, %v985 fastmath<contract> : f32
                %v987 = arith.addf %v952, %v986 fastmath<contract> : f32
                %v988 = arith.cmpi eq, %v32, %v157 : i64
                %v989 = llvm.load %v876 : !llvm.ptr -> f32
                %v990 = arith.select %v988, %v987, %v989 : f32
                llvm.store %v990, %v876 : f32, !llvm.ptr
                %v991 = arith.muli %v44, %v268 : i64
                %v992 = arith.muli %v42, %v267 : i64
                %v993 = arith.addi %v991, %v992 : i64
                %v994 = arith.muli %v892, %v2 : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = llvm.getelementptr %in_u[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v997 = llvm.load %v996 : !llvm.ptr -> f32
                %v998 = arith.mulf %v997, %v985 fastmath<contract> : f32
                %v999 = arith.muli %v42, %v337 : i64
                %v1000 = arith.muli %v32, %v2 : i64
                %v1001 = arith.addi %v999, %v1000 : i64
                %v1002 = llvm.getelementptr %in_A[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
                %v1004 = arith.mulf %v881, %v1003 fastmath<contract> : f32
                %v1005 = arith.mulf %v1004, %v283 fastmath<contract> : f32
                %v1006 = llvm.call_intrinsic "llvm.exp2.f32"(%v1005) : (f32) -> f32
                %v1007 = arith.mulf %v806, %v960 fastmath<contract> : f32
                %v1008 = arith.mulf %v1003, %v1007 fastmath<contract> : f32
                %v1009 = arith.mulf %v1006, %v1008 fastmath<contract> : f32
                %v1010 = arith.muli %v42, %v337 : i64
                %v1011 = arith.constant 8 : i64
                %v1012 = arith.addi %v1011, %v32 : i64
                %v1013 = arith.muli %v1012, %v2 : i64
                %v1014 = arith.addi %v1010, %v1013 : i64
                %v1015 = llvm.getelementptr %in_A[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
                %v1017 = arith.mulf %v881, %v1016 fastmath<contract> : f32
                %v1018 = arith.mulf %v1017, %v283 fastmath<contract> : f32
                %v1019 = llvm.call_intrinsic "llvm.exp2.f32"(%v1018) : (f32) -> f32
                %v1020 = arith.mulf %v828, %v971 fastmath<contract> : f32
                %v1021 = arith.mulf %v1016, %v1020 fastmath<contract> : f32
                %v1022 = arith.mulf %v1019, %v1021 fastmath<contract> : f32
                %v1023 = arith.addf %v1009, %v1022 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1024, %v1025 = gpu.shuffle xor %v1023, %v974, %v329 : f32
                %v1026 = arith.addf %v1023, %v1024 fastmath<contract> : f32
                %v1027, %v1028 = gpu.shuffle xor %v1026, %v978, %v329 : f32
                %v1029 = arith.addf %v1026, %v1027 fastmath<contract> : f32
                %v1030, %v1031 = gpu.shuffle xor %v1029, %v982, %v329 : f32
                %v1032 = arith.addf %v1029, %v1030 fastmath<contract> : f32
                // end sum over the lanes
                %v1033 = arith.addf %v998, %v1032 fastmath<contract> : f32
                %v1034 = arith.mulf %v1033, %v889 fastmath<contract> : f32
                %v1035 = arith.cmpi eq, %v32, %v157 : i64
                %v1036 = llvm.load %v877 : !llvm.ptr -> f32
                %v1037 = arith.select %v1035, %v1034, %v1036 : f32
                llvm.store %v1037, %v877 : f32, !llvm.ptr
                %v1038 = arith.mulf %v899, %v853 fastmath<contract> : f32
                %v1039 = arith.mulf %v921, %v875 fastmath<contract> : f32
                %v1040 = arith.addf %v1038, %v1039 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1041, %v1042 = gpu.shuffle xor %v1040, %v974, %v329 : f32
                %v1043 = arith.addf %v1040, %v1041 fastmath<contract> : f32
                %v1044, %v1045 = gpu.shuffle xor %v1043, %v978, %v329 : f32
                %v1046 = arith.addf %v1043, %v1044 fastmath<contract> : f32
                %v1047, %v1048 = gpu.shuffle xor %v1046, %v982, %v329 : f32
                %v1049 = arith.addf %v1046, %v1047 fastmath<contract> : f32
                // end sum over the lanes
                %v1050 = arith.mulf %v997, %v951 fastmath<contract> : f32
                %v1051 = arith.addf %v1049, %v1050 fastmath<contract> : f32
                %v1052 = arith.mulf %v1051, %v906 fastmath<contract> : f32
                %v1053 = arith.mulf %v1052, %v887 fastmath<contract> : f32
                %v1054 = arith.cmpi eq, %v32, %v157 : i64
                %v1055 = llvm.load %v878 : !llvm.ptr -> f32
                %v1056 = arith.select %v1054, %v1053, %v1055 : f32
                llvm.store %v1056, %v878 : f32, !llvm.ptr
                %v1057 = arith.mulf %v1006, %v1007 fastmath<contract> : f32
                %v1058 = arith.mulf %v881, %v1057 fastmath<contract> : f32
                %v1059 = llvm.load %v54 : !llvm.ptr -> f32
                %v1060 = arith.addf %v1059, %v1058 fastmath<contract> : f32
                llvm.store %v1060, %v54 : f32, !llvm.ptr
                %v1061 = arith.mulf %v1019, %v1020 fastmath<contract> : f32
                %v1062 = arith.mulf %v881, %v1061 fastmath<contract> : f32
                %v1063 = llvm.load %v55 : !llvm.ptr -> f32
                %v1064 = arith.addf %v1063, %v1062 fastmath<contract> : f32
                llvm.store %v1064, %v55 : f32, !llvm.ptr
                %v1065 = arith.mulf %v883, %v960 fastmath<contract> : f32
                %v1066 = arith.select %v36, %v1065, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1068, %v1069 = gpu.shuffle xor %v1066, %v1067, %v329 : f32
                %v1070 = arith.addf %v1066, %v1068 fastmath<contract> : f32
                %v1072, %v1073 = gpu.shuffle xor %v1070, %v1071, %v329 : f32
                %v1074 = arith.addf %v1070, %v1072 fastmath<contract> : f32
                %v1075 = arith.divui %v17, %v19 : i64
                %v1076 = arith.remui %v17, %v19 : i64
                %v1077 = arith.cmpi ult, %v1076, %v31 : i64
                %v1078 = arith.addi %v66, %v32 : i64
                %v1079 = arith.muli %v1075, %v1 : i64
                %v1080 = arith.addi %v1079, %v1078 : i64
                %v1082 = arith.muli %v1080, %v1081 : i64
                %v1083 = arith.addi %v1082, %v891 : i64
                scf.if %v1077 {
                  %v1084 = llvm.getelementptr %v61[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1074, %v1084 : f32, !llvm.ptr
                }
                %v1085 = arith.mulf %v883, %v971 fastmath<contract> : f32
                %v1086 = arith.select %v36, %v1085, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1087, %v1088 = gpu.shuffle xor %v1086, %v1067, %v329 : f32
                %v1089 = arith.addf %v1086, %v1087 fastmath<contract> : f32
                %v1090, %v1091 = gpu.shuffle xor %v1089, %v1071, %v329 : f32
                %v1092 = arith.addf %v1089, %v1090 fastmath<contract> : f32
                %v1093 = arith.divui %v17, %v19 : i64
                %v1094 = arith.remui %v17, %v19 : i64
                %v1095 = arith.cmpi ult, %v1094, %v31 : i64
                %v1096 = arith.addi %v31, %v32 : i64
                %v1097 = arith.muli %v1093, %v1 : i64
                %v1098 = arith.addi %v1097, %v1096 : i64
                %v1099 = arith.muli %v1098, %v1081 : i64
                %v1100 = arith.addi %v1099, %v891 : i64
                scf.if %v1095 {
                  %v1101 = llvm.getelementptr %v61[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1092, %v1101 : f32, !llvm.ptr
                }
                %v1102 = arith.mulf %v853, %v907 fastmath<contract> : f32
                %v1103 = arith.select %v36, %v1102, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1104, %v1105 = gpu.shuffle xor %v1103, %v1067, %v329 : f32
                %v1106 = arith.addf %v1103, %v1104 fastmath<contract> : f32
                %v1107, %v1108 = gpu.shuffle xor %v1106, %v1071, %v329 : f32
                %v1109 = arith.addf %v1106, %v1107 fastmath<contract> : f32
                %v1110 = arith.divui %v17, %v19 : i64
                %v1111 = arith.remui %v17, %v19 : i64
                %v1112 = arith.cmpi ult, %v1111, %v31 : i64
                %v1113 = arith.addi %v66, %v32 : i64
                %v1114 = arith.muli %v1110, %v1 : i64
                %v1115 = arith.addi %v1114, %v1113 : i64
                %v1116 = arith.muli %v1115, %v1081 : i64
                %v1117 = arith.addi %v1116, %v891 : i64
                scf.if %v1112 {
                  %v1118 = llvm.getelementptr %v63[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1109, %v1118 : f32, !llvm.ptr
                }
                %v1119 = arith.mulf %v875, %v907 fastmath<contract> : f32
                %v1120 = arith.select %v36, %v1119, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1121, %v1122 = gpu.shuffle xor %v1120, %v1067, %v329 : f32
                %v1123 = arith.addf %v1120, %v1121 fastmath<contract> : f32
                %v1124, %v1125 = gpu.shuffle xor %v1123, %v1071, %v329 : f32
                %v1126 = arith.addf %v1123, %v1124 fastmath<contract> : f32
                %v1127 = arith.divui %v17, %v19 : i64
                %v1128 = arith.remui %v17, %v19 : i64
                %v1129 = arith.cmpi ult, %v1128, %v31 : i64
                %v1130 = arith.addi %v31, %v32 : i64
                %v1131 = arith.muli %v1127, %v1 : i64
                %v1132 = arith.addi %v1131, %v1130 : i64
                %v1133 = arith.muli %v1132, %v1081 : i64
                %v1134 = arith.addi %v1133, %v891 : i64
                scf.if %v1129 {
                  %v1135 = llvm.getelementptr %v63[%v1134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1126, %v1135 : f32, !llvm.ptr
                }
                %v1136 = arith.mulf %v997, %v907 fastmath<contract> : f32
                %v1137 = llvm.load %v56 : !llvm.ptr -> f32
                %v1138 = arith.addf %v1137, %v1136 fastmath<contract> : f32
                llvm.store %v1138, %v56 : f32, !llvm.ptr
                %v1139 = llvm.load %v57 : !llvm.ptr -> f32
                %v1140 = arith.addf %v1139, %v1034 fastmath<contract> : f32
                llvm.store %v1140, %v57 : f32, !llvm.ptr
                llvm.store %v1006, %v52 : f32, !llvm.ptr
                llvm.store %v1019, %v53 : f32, !llvm.ptr
              }
              %v1141 = arith.addi %v400, %v781 : i64
              %v1142 = arith.cmpi slt, %v1141, %v209 : i64
              %v1143, %v1144 = gpu.shuffle idx %v461, %v189, %v329 : f32
              %v1145, %v1146 = gpu.shuffle idx %v469, %v189, %v329 : f32
              %v1147, %v1148 = gpu.shuffle idx %v482, %v189, %v329 : f32
              %v1149, %v1150 = gpu.shuffle idx %v491, %v189, %v329 : f32
              %v1151, %v1152 = gpu.shuffle idx %v496, %v189, %v329 : f32
              %v1153 = arith.addi %v402, %v2 : i64
              scf.if %v1142 {
                %v1154 = arith.addi %v207, %v1141 : i64
                %v1155 = arith.muli %v44, %v347 : i64
                %v1156 = arith.muli %v32, %v346 : i64
                %v1157 = arith.addi %v1155, %v1156 : i64
                %v1158 = arith.muli %v1154, %v2 : i64
                %v1159 = arith.addi %v1157, %v1158 : i64
                %v1160 = llvm.getelementptr %in_Cm[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                %v1162 = arith.muli %v44, %v268 : i64
                %v1163 = arith.muli %v42, %v267 : i64
                %v1164 = arith.addi %v1162, %v1163 : i64
                %v1165 = arith.muli %v1154, %v2 : i64
                %v1166 = arith.addi %v1164, %v1165 : i64
                %v1167 = llvm.getelementptr %dy_y[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
                %v1169 = arith.mulf %v1147, %v1168 fastmath<contract> : f32
                %v1170 = arith.mulf %v1161, %v1169 fastmath<contract> : f32
                %v1171 = llvm.load %v50 : !llvm.ptr -> f32
                %v1172 = llvm.load %v52 : !llvm.ptr -> f32
                %v1173 = arith.mulf %v1172, %v1171 fastmath<contract> : f32
                %v1174 = arith.addf %v1170, %v1173 fastmath<contract> : f32
                llvm.store %v1174, %v50 : f32, !llvm.ptr
                %v1175 = arith.muli %v44, %v347 : i64
                %v1176 = arith.constant 8 : i64
                %v1177 = arith.addi %v1176, %v32 : i64
                %v1178 = arith.muli %v1177, %v346 : i64
                %v1179 = arith.addi %v1175, %v1178 : i64
                %v1180 = arith.muli %v1154, %v2 : i64
                %v1181 = arith.addi %v1179, %v1180 : i64
                %v1182 = llvm.getelementptr %in_Cm[%v1181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
                %v1184 = arith.mulf %v1183, %v1169 fastmath<contract> : f32
                %v1185 = llvm.load %v51 : !llvm.ptr -> f32
                %v1186 = llvm.load %v53 : !llvm.ptr -> f32
                %v1187 = arith.mulf %v1186, %v1185 fastmath<contract> : f32
                %v1188 = arith.addf %v1184, %v1187 fastmath<contract> : f32
                llvm.store %v1188, %v51 : f32, !llvm.ptr
                %v1189 = arith.subi %size_L, %v2 : i64
                %v1190 = arith.cmpi eq, %v1154, %v1189 : i64
                scf.if %v1190 {
                  %v1191 = arith.muli %v44, %v113 : i64
                  %v1192 = arith.muli %v42, %v112 : i64
                  %v1193 = arith.addi %v1191, %v1192 : i64
                  %v1194 = arith.muli %v32, %v2 : i64
                  %v1195 = arith.addi %v1193, %v1194 : i64
                  %v1196 = llvm.getelementptr %dy_h_last[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
                  %v1198 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1199 = arith.addf %v1198, %v1197 fastmath<contract> : f32
                  llvm.store %v1199, %v50 : f32, !llvm.ptr
                  %v1200 = arith.muli %v44, %v113 : i64
                  %v1201 = arith.muli %v42, %v112 : i64
                  %v1202 = arith.addi %v1200, %v1201 : i64
                  %v1203 = arith.constant 8 : i64
                  %v1204 = arith.addi %v1203, %v32 : i64
                  %v1205 = arith.muli %v1204, %v2 : i64
                  %v1206 = arith.addi %v1202, %v1205 : i64
                  %v1207 = llvm.getelementptr %dy_h_last[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1208 = llvm.load %v1207 : !llvm.ptr -> f32
                  %v1209 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1210 = arith.addf %v1209, %v1208 fastmath<contract> : f32
                  llvm.store %v1210, %v51 : f32, !llvm.ptr
                }
                %v1211 = arith.muli %v42, %v2 : i64
                %v1212 = llvm.getelementptr %in_Dskip[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1213 = llvm.load %v1212 : !llvm.ptr -> f32
                %v1214 = arith.mulf %v1213, %v1169 fastmath<contract> : f32
                %v1215 = arith.muli %v44, %v347 : i64
                %v1216 = arith.muli %v32, %v346 : i64
                %v1217 = arith.addi %v1215, %v1216 : i64
                %v1218 = arith.muli %v1154, %v2 : i64
                %v1219 = arith.addi %v1217, %v1218 : i64
                %v1220 = llvm.getelementptr %in_Bm[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1221 = llvm.load %v1220 : !llvm.ptr -> f32
                %v1222 = llvm.load %v50 : !llvm.ptr -> f32
                %v1223 = arith.mulf %v1221, %v1222 fastmath<contract> : f32
                %v1224 = arith.muli %v44, %v347 : i64
                %v1225 = arith.constant 8 : i64
                %v1226 = arith.addi %v1225, %v32 : i64
                %v1227 = arith.muli %v1226, %v346 : i64
                %v1228 = arith.addi %v1224, %v1227 : i64
                %v1229 = arith.muli %v1154, %v2 : i64
                %v1230 = arith.addi %v1228, %v1229 : i64
                %v1231 = llvm.getelementptr %in_Bm[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                %v1233 = llvm.load %v51 : !llvm.ptr -> f32
                %v1234 = arith.mulf %v1232, %v1233 fastmath<contract> : f32
                %v1235 = arith.addf %v1223, %v1234 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1236, %v1237 = gpu.shuffle xor %v1235, %v974, %v329 : f32
                %v1238 = arith.addf %v1235, %v1236 fastmath<contract> : f32
                %v1239, %v1240 = gpu.shuffle xor %v1238, %v978, %v329 : f32
                %v1241 = arith.addf %v1238, %v1239 fastmath<contract> : f32
                %v1242, %v1243 = gpu.shuffle xor %v1241, %v982, %v329 : f32
                %v1244 = arith.addf %v1241, %v1242 fastmath<contract> : f32
                // end sum over the lanes
                %v1245 = arith.mulf %v1143, %v1244 fastmath<contract> : f32
                %v1246 = arith.addf %v1214, %v1245 fastmath<contract> : f32
                %v1247 = arith.cmpi eq, %v32, %v781 : i64
                %v1248 = llvm.load %v876 : !llvm.ptr -> f32
                %v1249 = arith.select %v1247, %v1246, %v1248 : f32
                llvm.store %v1249, %v876 : f32, !llvm.ptr
                %v1250 = arith.muli %v44, %v268 : i64
                %v1251 = arith.muli %v42, %v267 : i64
                %v1252 = arith.addi %v1250, %v1251 : i64
                %v1253 = arith.muli %v1154, %v2 : i64
                %v1254 = arith.addi %v1252, %v1253 : i64
                %v1255 = llvm.getelementptr %in_u[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
                %v1257 = arith.mulf %v1256, %v1244 fastmath<contract> : f32
                %v1258 = arith.muli %v42, %v337 : i64
                %v1259 = arith.muli %v32, %v2 : i64
                %v1260 = arith.addi %v1258, %v1259 : i64
                %v1261 = llvm.getelementptr %in_A[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1262 = llvm.load %v1261 : !llvm.ptr -> f32
                %v1263 = arith.mulf %v1143, %v1262 fastmath<contract> : f32
                %v1264 = arith.mulf %v1263, %v283 fastmath<contract> : f32
                %v1265 = llvm.call_intrinsic "llvm.exp2.f32"(%v1264) : (f32) -> f32
                %v1266 = arith.mulf %v758, %v1222 fastmath<contract> : f32
                %v1267 = arith.mulf %v1262, %v1266 fastmath<contract> : f32
                %v1268 = arith.mulf %v1265, %v1267 fastmath<contract> : f32
                %v1269 = arith.muli %v42, %v337 : i64
                %v1270 = arith.constant 8 : i64
                %v1271 = arith.addi %v1270, %v32 : i64
                %v1272 = arith.muli %v1271, %v2 : i64
                %v1273 = arith.addi %v1269, %v1272 : i64
                %v1274 = llvm.getelementptr %in_A[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
                %v1276 = arith.mulf %v1143, %v1275 fastmath<contract> : f32
                %v1277 = arith.mulf %v1276, %v283 fastmath<contract> : f32
                %v1278 = llvm.call_intrinsic "llvm.exp2.f32"(%v1277) : (f32) -> f32
                %v1279 = arith.mulf %v780, %v1233 fastmath<contract> : f32
                %v1280 = arith.mulf %v1275, %v1279 fastmath<contract> : f32
                %v1281 = arith.mulf %v1278, %v1280 fastmath<contract> : f32
                %v1282 = arith.addf %v1268, %v1281 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1283, %v1284 = gpu.shuffle xor %v1282, %v974, %v329 : f32
                %v1285 = arith.addf %v1282, %v1283 fastmath<contract> : f32
                %v1286, %v1287 = gpu.shuffle xor %v1285, %v978, %v329 : f32
                %v1288 = arith.addf %v1285, %v1286 fastmath<contract> : f32
                %v1289, %v1290 = gpu.shuffle xor %v1288, %v982, %v329 : f32
                %v1291 = arith.addf %v1288, %v1289 fastmath<contract> : f32
                // end sum over the lanes
                %v1292 = arith.addf %v1257, %v1291 fastmath<contract> : f32
                %v1293 = arith.mulf %v1292, %v1151 fastmath<contract> : f32
                %v1294 = arith.cmpi eq, %v32, %v781 : i64
                %v1295 = llvm.load %v877 : !llvm.ptr -> f32
                %v1296 = arith.select %v1294, %v1293, %v1295 : f32
                llvm.store %v1296, %v877 : f32, !llvm.ptr
                %v1297 = arith.mulf %v1161, %v806 fastmath<contract> : f32
                %v1298 = arith.mulf %v1183, %v828 fastmath<contract> : f32
                %v1299 = arith.addf %v1297, %v1298 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1300, %v1301 = gpu.shuffle xor %v1299, %v974, %v329 : f32
                %v1302 = arith.addf %v1299, %v1300 fastmath<contract> : f32
                %v1303, %v1304 = gpu.shuffle xor %v1302, %v978, %v329 : f32
                %v1305 = arith.addf %v1302, %v1303 fastmath<contract> : f32
                %v1306, %v1307 = gpu.shuffle xor %v1305, %v982, %v329 : f32
                %v1308 = arith.addf %v1305, %v1306 fastmath<contract> : f32
                // end sum over the lanes
                %v1309 = arith.mulf %v1256, %v1213 fastmath<contract> : f32
                %v1310 = arith.addf %v1308, %v1309 fastmath<contract> : f32
                %v1311 = arith.mulf %v1310, %v1168 fastmath<contract> : f32
                %v1312 = arith.mulf %v1311, %v1149 fastmath<contract> : f32
                %v1313 = arith.cmpi eq, %v32, %v781 : i64
                %v1314 = llvm.load %v878 : !llvm.ptr -> f32
                %v1315 = arith.select %v1313, %v1312, %v1314 : f32
                llvm.store %v1315, %v878 : f32, !llvm.ptr
                %v1316 = arith.mulf %v1265, %v1266 fastmath<contract> : f32
                %v1317 = arith.mulf %v1143, %v1316 fastmath<contract> : f32
                %v1318 = llvm.load %v54 : !llvm.ptr -> f32
                %v1319 = arith.addf %v1318, %v1317 fastmath<contract> : f32
                llvm.store %v1319, %v54 : f32, !llvm.ptr
                %v1320 = arith.mulf %v1278, %v1279 fastmath<contract> : f32
                %v1321 = arith.mulf %v1143, %v1320 fastmath<contract> : f32
                %v1322 = llvm.load %v55 : !llvm.ptr -> f32
                %v1323 = arith.addf %v1322, %v1321 fastmath<contract> : f32
                llvm.store %v1323, %v55 : f32, !llvm.ptr
                %v1324 = arith.mulf %v1145, %v1222 fastmath<contract> : f32
                %v1325 = arith.select %v36, %v1324, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1326, %v1327 = gpu.shuffle xor %v1325, %v1067, %v329 : f32
                %v1328 = arith.addf %v1325, %v1326 fastmath<contract> : f32
                %v1329, %v1330 = gpu.shuffle xor %v1328, %v1071, %v329 : f32
                %v1331 = arith.addf %v1328, %v1329 fastmath<contract> : f32
                %v1332 = arith.divui %v17, %v19 : i64
                %v1333 = arith.remui %v17, %v19 : i64
                %v1334 = arith.cmpi ult, %v1333, %v31 : i64
                %v1335 = arith.addi %v66, %v32 : i64
                %v1336 = arith.muli %v1332, %v1 : i64
                %v1337 = arith.addi %v1336, %v1335 : i64
                %v1338 = arith.muli %v1337, %v1081 : i64
                %v1339 = arith.addi %v1338, %v1153 : i64
                scf.if %v1334 {
                  %v1340 = llvm.getelementptr %v61[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1331, %v1340 : f32, !llvm.ptr
                }
                %v1341 = arith.mulf %v1145, %v1233 fastmath<contract> : f32
                %v1342 = arith.select %v36, %v1341, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1343, %v1344 = gpu.shuffle xor %v1342, %v1067, %v329 : f32
                %v1345 = arith.addf %v1342, %v1343 fastmath<contract> : f32
                %v1346, %v1347 = gpu.shuffle xor %v1345, %v1071, %v329 : f32
                %v1348 = arith.addf %v1345, %v1346 fastmath<contract> : f32
                %v1349 = arith.divui %v17, %v19 : i64
                %v1350 = arith.remui %v17, %v19 : i64
                %v1351 = arith.cmpi ult, %v1350, %v31 : i64
                %v1352 = arith.addi %v31, %v32 : i64
                %v1353 = arith.muli %v1349, %v1 : i64
                %v1354 = arith.addi %v1353, %v1352 : i64
                %v1355 = arith.muli %v1354, %v1081 : i64
                %v1356 = arith.addi %v1355, %v1153 : i64
                scf.if %v1351 {
                  %v1357 = llvm.getelementptr %v61[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1348, %v1357 : f32, !llvm.ptr
                }
                %v1358 = arith.mulf %v806, %v1169 fastmath<contract> : f32
                %v1359 = arith.select %v36, %v1358, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1360, %v1361 = gpu.shuffle xor %v1359, %v1067, %v329 : f32
                %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
                %v1363, %v1364 = gpu.shuffle xor %v1362, %v1071, %v329 : f32
                %v1365 = arith.addf %v1362, %v1363 fastmath<contract> : f32
                %v1366 = arith.divui %v17, %v19 : i64
                %v1367 = arith.remui %v17, %v19 : i64
                %v1368 = arith.cmpi ult, %v1367, %v31 : i64
                %v1369 = arith.addi %v66, %v32 : i64
                %v1370 = arith.muli %v1366, %v1 : i64
                %v1371 = arith.addi %v1370, %v1369 : i64
                %v1372 = arith.muli %v1371, %v1081 : i64
                %v1373 = arith.addi %v1372, %v1153 : i64
                scf.if %v1368 {
                  %v1374 = llvm.getelementptr %v63[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1365, %v1374 : f32, !llvm.ptr
                }
                %v1375 = arith.mulf %v828, %v1169 fastmath<contract> : f32
                %v1376 = arith.select %v36, %v1375, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1377, %v1378 = gpu.shuffle xor %v1376, %v1067, %v329 : f32
                %v1379 = arith.addf %v1376, %v1377 fastmath<contract> : f32
                %v1380, %v1381 = gpu.shuffle xor %v1379, %v1071, %v329 : f32
                %v1382 = arith.addf %v1379, %v1380 fastmath<contract> : f32
                %v1383 = arith.divui %v17, %v19 : i64
                %v1384 = arith.remui %v17, %v19 : i64
                %v1385 = arith.cmpi ult, %v1384, %v31 : i64
                %v1386 = arith.addi %v31, %v32 : i64
                %v1387 = arith.muli %v1383, %v1 : i64
                %v1388 = arith.addi %v1387, %v1386 : i64
                %v1389 = arith.muli %v1388, %v1081 : i64
                %v1390 = arith.addi %v1389, %v1153 : i64
                scf.if %v1385 {
                  %v1391 = llvm.getelementptr %v63[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1382, %v1391 : f32, !llvm.ptr
                }
                %v1392 = arith.mulf %v1256, %v1169 fastmath<contract> : f32
                %v1393 = llvm.load %v56 : !llvm.ptr -> f32
                %v1394 = arith.addf %v1393, %v1392 fastmath<contract> : f32
                llvm.store %v1394, %v56 : f32, !llvm.ptr
                %v1395 = llvm.load %v57 : !llvm.ptr -> f32
                %v1396 = arith.addf %v1395, %v1293 fastmath<contract> : f32
                llvm.store %v1396, %v57 : f32, !llvm.ptr
                llvm.store %v1265, %v52 : f32, !llvm.ptr
                llvm.store %v1278, %v53 : f32, !llvm.ptr
              }
              %v1397 = arith.addi %v400, %v733 : i64
              %v1398 = arith.cmpi slt, %v1397, %v209 : i64
              %v1399, %v1400 = gpu.shuffle idx %v461, %v185, %v329 : f32
              %v1401, %v1402 = gpu.shuffle idx %v469, %v185, %v329 : f32
              %v1403, %v1404 = gpu.shuffle idx %v482, %v185, %v329 : f32
              %v1405, %v1406 = gpu.shuffle idx %v491, %v185, %v329 : f32
              %v1407, %v1408 = gpu.shuffle idx %v496, %v185, %v329 : f32
              %v1409 = arith.addi %v402, %v591 : i64
              scf.if %v1398 {
                %v1410 = arith.addi %v207, %v1397 : i64
                %v1411 = arith.muli %v44, %v347 : i64
                %v1412 = arith.muli %v32, %v346 : i64
                %v1413 = arith.addi %v1411, %v1412 : i64
                %v1414 = arith.muli %v1410, %v2 : i64
                %v1415 = arith.addi %v1413, %v1414 : i64
                %v1416 = llvm.getelementptr %in_Cm[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1417 = llvm.load %v1416 : !llvm.ptr -> f32
                %v1418 = arith.muli %v44, %v268 : i64
                %v1419 = arith.muli %v42, %v267 : i64
                %v1420 = arith.addi %v1418, %v1419 : i64
                %v1421 = arith.muli %v1410, %v2 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = llvm.getelementptr %dy_y[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                %v1425 = arith.mulf %v1403, %v1424 fastmath<contract> : f32
                %v1426 = arith.mulf %v1417, %v1425 fastmath<contract> : f32
                %v1427 = llvm.load %v50 : !llvm.ptr -> f32
                %v1428 = llvm.load %v52 : !llvm.ptr -> f32
                %v1429 = arith.mulf %v1428, %v1427 fastmath<contract> : f32
                %v1430 = arith.addf %v1426, %v1429 fastmath<contract> : f32
                llvm.store %v1430, %v50 : f32, !llvm.ptr
                %v1431 = arith.muli %v44, %v347 : i64
                %v1432 = arith.constant 8 : i64
                %v1433 = arith.addi %v1432, %v32 : i64
                %v1434 = arith.muli %v1433, %v346 : i64
                %v1435 = arith.addi %v1431, %v1434 : i64
                %v1436 = arith.muli %v1410, %v2 : i64
                %v1437 = arith.addi %v1435, %v1436 : i64
                %v1438 = llvm.getelementptr %in_Cm[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
                %v1440 = arith.mulf %v1439, %v1425 fastmath<contract> : f32
                %v1441 = llvm.load %v51 : !llvm.ptr -> f32
                %v1442 = llvm.load %v53 : !llvm.ptr -> f32
                %v1443 = arith.mulf %v1442, %v1441 fastmath<contract> : f32
                %v1444 = arith.addf %v1440, %v1443 fastmath<contract> : f32
                llvm.store %v1444, %v51 : f32, !llvm.ptr
                %v1445 = arith.subi %size_L, %v2 : i64
                %v1446 = arith.cmpi eq, %v1410, %v1445 : i64
                scf.if %v1446 {
                  %v1447 = arith.muli %v44, %v113 : i64
                  %v1448 = arith.muli %v42, %v112 : i64
                  %v1449 = arith.addi %v1447, %v1448 : i64
                  %v1450 = arith.muli %v32, %v2 : i64
                  %v1451 = arith.addi %v1449, %v1450 : i64
                  %v1452 = llvm.getelementptr %dy_h_last[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
                  %v1454 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1455 = arith.addf %v1454, %v1453 fastmath<contract> : f32
                  llvm.store %v1455, %v50 : f32, !llvm.ptr
                  %v1456 = arith.muli %v44, %v113 : i64
                  %v1457 = arith.muli %v42, %v112 : i64
                  %v1458 = arith.addi %v1456, %v1457 : i64
                  %v1459 = arith.constant 8 : i64
                  %v1460 = arith.addi %v1459, %v32 : i64
                  %v1461 = arith.muli %v1460, %v2 : i64
                  %v1462 = arith.addi %v1458, %v1461 : i64
                  %v1463 = llvm.getelementptr %dy_h_last[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
                  %v1465 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1466 = arith.addf %v1465, %v1464 fastmath<contract> : f32
                  llvm.store %v1466, %v51 : f32, !llvm.ptr
                }
                %v1467 = arith.muli %v42, %v2 : i64
                %v1468 = llvm.getelementptr %in_Dskip[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                %v1470 = arith.mulf %v1469, %v1425 fastmath<contract> : f32
                %v1471 = arith.muli %v44, %v347 : i64
                %v1472 = arith.muli %v32, %v346 : i64
                %v1473 = arith.addi %v1471, %v1472 : i64
                %v1474 = arith.muli %v1410, %v2 : i64
                %v1475 = arith.addi %v1473, %v1474 : i64
                %v1476 = llvm.getelementptr %in_Bm[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1477 = llvm.load %v1476 : !llvm.ptr -> f32
                %v1478 = llvm.load %v50 : !llvm.ptr -> f32
                %v1479 = arith.mulf %v1477, %v1478 fastmath<contract> : f32
                %v1480 = arith.muli %v44, %v347 : i64
                %v1481 = arith.constant 8 : i64
                %v1482 = arith.addi %v1481, %v32 : i64
                %v1483 = arith.muli %v1482, %v346 : i64
                %v1484 = arith.addi %v1480, %v1483 : i64
                %v1485 = arith.muli %v1410, %v2 : i64
                %v1486 = arith.addi %v1484, %v1485 : i64
                %v1487 = llvm.getelementptr %in_Bm[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1488 = llvm.load %v1487 : !llvm.ptr -> f32
                %v1489 = llvm.load %v51 : !llvm.ptr -> f32
                %v1490 = arith.mulf %v1488, %v1489 fastmath<contract> : f32
                %v1491 = arith.addf %v1479, %v1490 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1492, %v1493 = gpu.shuffle xor %v1491, %v974, %v329 : f32
                %v1494 = arith.addf %v1491, %v1492 fastmath<contract> : f32
                %v1495, %v1496 = gpu.shuffle xor %v1494, %v978, %v329 : f32
                %v1497 = arith.addf %v1494, %v1495 fastmath<contract> : f32
                %v1498, %v1499 = gpu.shuffle xor %v1497, %v982, %v329 : f32
                %v1500 = arith.addf %v1497, %v1498 fastmath<contract> : f32
                // end sum over the lanes
                %v1501 = arith.mulf %v1399, %v1500 fastmath<contract> : f32
                %v1502 = arith.addf %v1470, %v1501 fastmath<contract> : f32
                %v1503 = arith.cmpi eq, %v32, %v733 : i64
                %v1504 = llvm.load %v876 : !llvm.ptr -> f32
                %v1505 = arith.select %v1503, %v1502, %v1504 : f32
                llvm.store %v1505, %v876 : f32, !llvm.ptr
                %v1506 = arith.muli %v44, %v268 : i64
                %v1507 = arith.muli %v42, %v267 : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = arith.muli %v1410, %v2 : i64
                %v1510 = arith.addi %v1508, %v1509 : i64
                %v1511 = llvm.getelementptr %in_u[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1512 = llvm.load %v1511 : !llvm.ptr -> f32
                %v1513 = arith.mulf %v1512, %v1500 fastmath<contract> : f32
                %v1514 = arith.muli %v42, %v337 : i64
                %v1515 = arith.muli %v32, %v2 : i64
                %v1516 = arith.addi %v1514, %v1515 : i64
                %v1517 = llvm.getelementptr %in_A[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1399, %v1518 fastmath<contract> : f32
                %v1520 = arith.mulf %v1519, %v283 fastmath<contract> : f32
                %v1521 = llvm.call_intrinsic "llvm.exp2.f32"(%v1520) : (f32) -> f32
                %v1522 = arith.mulf %v710, %v1478 fastmath<contract> : f32
                %v1523 = arith.mulf %v1518, %v1522 fastmath<contract> : f32
                %v1524 = arith.mulf %v1521, %v1523 fastmath<contract> : f32
                %v1525 = arith.muli %v42, %v337 : i64
                %v1526 = arith.constant 8 : i64
                %v1527 = arith.addi %v1526, %v32 : i64
                %v1528 = arith.muli %v1527, %v2 : i64
                %v1529 = arith.addi %v1525, %v1528 : i64
                %v1530 = llvm.getelementptr %in_A[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
                %v1532 = arith.mulf %v1399, %v1531 fastmath<contract> : f32
                %v1533 = arith.mulf %v1532, %v283 fastmath<contract> : f32
                %v1534 = llvm.call_intrinsic "llvm.exp2.f32"(%v1533) : (f32) -> f32
                %v1535 = arith.mulf %v732, %v1489 fastmath<contract> : f32
                %v1536 = arith.mulf %v1531, %v1535 fastmath<contract> : f32
                %v1537 = arith.mulf %v1534, %v1536 fastmath<contract> : f32
                %v1538 = arith.addf %v1524, %v1537 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1539, %v1540 = gpu.shuffle xor %v1538, %v974, %v329 : f32
                %v1541 = arith.addf %v1538, %v1539 fastmath<contract> : f32
                %v1542, %v1543 = gpu.shuffle xor %v1541, %v978, %v329 : f32
                %v1544 = arith.addf %v1541, %v1542 fastmath<contract> : f32
                %v1545, %v1546 = gpu.shuffle xor %v1544, %v982, %v329 : f32
                %v1547 = arith.addf %v1544, %v1545 fastmath<contract> : f32
                // end sum over the lanes
                %v1548 = arith.addf %v1513, %v1547 fastmath<contract> : f32
                %v1549 = arith.mulf %v1548, %v1407 fastmath<contract> : f32
                %v1550 = arith.cmpi eq, %v32, %v733 : i64
                %v1551 = llvm.load %v877 : !llvm.ptr -> f32
                %v1552 = arith.select %v1550, %v1549, %v1551 : f32
                llvm.store %v1552, %v877 : f32, !llvm.ptr
                %v1553 = arith.mulf %v1417, %v758 fastmath<contract> : f32
                %v1554 = arith.mulf %v1439, %v780 fastmath<contract> : f32
                %v1555 = arith.addf %v1553, %v1554 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1556, %v1557 = gpu.shuffle xor %v1555, %v974, %v329 : f32
                %v1558 = arith.addf %v1555, %v1556 fastmath<contract> : f32
                %v1559, %v1560 = gpu.shuffle xor %v1558, %v978, %v329 : f32
                %v1561 = arith.addf %v1558, %v1559 fastmath<contract> : f32
                %v1562, %v1563 = gpu.shuffle xor %v1561, %v982, %v329 : f32
                %v1564 = arith.addf %v1561, %v1562 fastmath<contract> : f32
                // end sum over the lanes
                %v1565 = arith.mulf %v1512, %v1469 fastmath<contract> : f32
                %v1566 = arith.addf %v1564, %v1565 fastmath<contract> : f32
                %v1567 = arith.mulf %v1566, %v1424 fastmath<contract> : f32
                %v1568 = arith.mulf %v1567, %v1405 fastmath<contract> : f32
                %v1569 = arith.cmpi eq, %v32, %v733 : i64
                %v1570 = llvm.load %v878 : !llvm.ptr -> f32
                %v1571 = arith.select %v1569, %v1568, %v1570 : f32
                llvm.store %v1571, %v878 : f32, !llvm.ptr
                %v1572 = arith.mulf %v1521, %v1522 fastmath<contract> : f32
                %v1573 = arith.mulf %v1399, %v1572 fastmath<contract> : f32
                %v1574 = llvm.load %v54 : !llvm.ptr -> f32
                %v1575 = arith.addf %v1574, %v1573 fastmath<contract> : f32
                llvm.store %v1575, %v54 : f32, !llvm.ptr
                %v1576 = arith.mulf %v1534, %v1535 fastmath<contract> : f32
                %v1577 = arith.mulf %v1399, %v1576 fastmath<contract> : f32
                %v1578 = llvm.load %v55 : !llvm.ptr -> f32
                %v1579 = arith.addf %v1578, %v1577 fastmath<contract> : f32
                llvm.store %v1579, %v55 : f32, !llvm.ptr
                %v1580 = arith.mulf %v1401, %v1478 fastmath<contract> : f32
                %v1581 = arith.select %v36, %v1580, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1582, %v1583 = gpu.shuffle xor %v1581, %v1067, %v329 : f32
                %v1584 = arith.addf %v1581, %v1582 fastmath<contract> : f32
                %v1585, %v1586 = gpu.shuffle xor %v1584, %v1071, %v329 : f32
                %v1587 = arith.addf %v1584, %v1585 fastmath<contract> : f32
                %v1588 = arith.divui %v17, %v19 : i64
                %v1589 = arith.remui %v17, %v19 : i64
                %v1590 = arith.cmpi ult, %v1589, %v31 : i64
                %v1591 = arith.addi %v66, %v32 : i64
                %v1592 = arith.muli %v1588, %v1 : i64
                %v1593 = arith.addi %v1592, %v1591 : i64
                %v1594 = arith.muli %v1593, %v1081 : i64
                %v1595 = arith.addi %v1594, %v1409 : i64
                scf.if %v1590 {
                  %v1596 = llvm.getelementptr %v61[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1587, %v1596 : f32, !llvm.ptr
                }
                %v1597 = arith.mulf %v1401, %v1489 fastmath<contract> : f32
                %v1598 = arith.select %v36, %v1597, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1599, %v1600 = gpu.shuffle xor %v1598, %v1067, %v329 : f32
                %v1601 = arith.addf %v1598, %v1599 fastmath<contract> : f32
                %v1602, %v1603 = gpu.shuffle xor %v1601, %v1071, %v329 : f32
                %v1604 = arith.addf %v1601, %v1602 fastmath<contract> : f32
                %v1605 = arith.divui %v17, %v19 : i64
                %v1606 = arith.remui %v17, %v19 : i64
                %v1607 = arith.cmpi ult, %v1606, %v31 : i64
                %v1608 = arith.addi %v31, %v32 : i64
                %v1609 = arith.muli %v1605, %v1 : i64
                %v1610 = arith.addi %v1609, %v1608 : i64
                %v1611 = arith.muli %v1610, %v1081 : i64
                %v1612 = arith.addi %v1611, %v1409 : i64
                scf.if %v1607 {
                  %v1613 = llvm.getelementptr %v61[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1604, %v1613 : f32, !llvm.ptr
                }
                %v1614 = arith.mulf %v758, %v1425 fastmath<contract> : f32
                %v1615 = arith.select %v36, %v1614, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1616, %v1617 = gpu.shuffle xor %v1615, %v1067, %v329 : f32
                %v1618 = arith.addf %v1615, %v1616 fastmath<contract> : f32
                %v1619, %v1620 = gpu.shuffle xor %v1618, %v1071, %v329 : f32
                %v1621 = arith.addf %v1618, %v1619 fastmath<contract> : f32
                %v1622 = arith.divui %v17, %v19 : i64
                %v1623 = arith.remui %v17, %v19 : i64
                %v1624 = arith.cmpi ult, %v1623, %v31 : i64
                %v1625 = arith.addi %v66, %v32 : i64
                %v1626 = arith.muli %v1622, %v1 : i64
                %v1627 = arith.addi %v1626, %v1625 : i64
                %v1628 = arith.muli %v1627, %v1081 : i64
                %v1629 = arith.addi %v1628, %v1409 : i64
                scf.if %v1624 {
                  %v1630 = llvm.getelementptr %v63[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1621, %v1630 : f32, !llvm.ptr
                }
                %v1631 = arith.mulf %v780, %v1425 fastmath<contract> : f32
                %v1632 = arith.select %v36, %v1631, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1633, %v1634 = gpu.shuffle xor %v1632, %v1067, %v329 : f32
                %v1635 = arith.addf %v1632, %v1633 fastmath<contract> : f32
                %v1636, %v1637 = gpu.shuffle xor %v1635, %v1071, %v329 : f32
                %v1638 = arith.addf %v1635, %v1636 fastmath<contract> : f32
                %v1639 = arith.divui %v17, %v19 : i64
                %v1640 = arith.remui %v17, %v19 : i64
                %v1641 = arith.cmpi ult, %v1640, %v31 : i64
                %v1642 = arith.addi %v31, %v32 : i64
                %v1643 = arith.muli %v1639, %v1 : i64
                %v1644 = arith.addi %v1643, %v1642 : i64
                %v1645 = arith.muli %v1644, %v1081 : i64
                %v1646 = arith.addi %v1645, %v1409 : i64
                scf.if %v1641 {
                  %v1647 = llvm.getelementptr %v63[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1638, %v1647 : f32, !llvm.ptr
                }
                %v1648 = arith.mulf %v1512, %v1425 fastmath<contract> : f32
                %v1649 = llvm.load %v56 : !llvm.ptr -> f32
                %v1650 = arith.addf %v1649, %v1648 fastmath<contract> : f32
                llvm.store %v1650, %v56 : f32, !llvm.ptr
                %v1651 = llvm.load %v57 : !llvm.ptr -> f32
                %v1652 = arith.addf %v1651, %v1549 fastmath<contract> : f32
                llvm.store %v1652, %v57 : f32, !llvm.ptr
                llvm.store %v1521, %v52 : f32, !llvm.ptr
                llvm.store %v1534, %v53 : f32, !llvm.ptr
              }
              %v1653 = arith.addi %v400, %v46 : i64
              %v1654 = arith.cmpi slt, %v1653, %v209 : i64
              %v1655, %v1656 = gpu.shuffle idx %v461, %v181, %v329 : f32
              %v1657, %v1658 = gpu.shuffle idx %v469, %v181, %v329 : f32
              %v1659, %v1660 = gpu.shuffle idx %v482, %v181, %v329 : f32
              %v1661, %v1662 = gpu.shuffle idx %v491, %v181, %v329 : f32
              %v1663, %v1664 = gpu.shuffle idx %v496, %v181, %v329 : f32
              %v1665 = arith.addi %v402, %v382 : i64
              scf.if %v1654 {
                %v1666 = arith.addi %v207, %v1653 : i64
                %v1667 = arith.muli %v44, %v347 : i64
                %v1668 = arith.muli %v32, %v346 : i64
                %v1669 = arith.addi %v1667, %v1668 : i64
                %v1670 = arith.muli %v1666, %v2 : i64
                %v1671 = arith.addi %v1669, %v1670 : i64
                %v1672 = llvm.getelementptr %in_Cm[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
                %v1674 = arith.muli %v44, %v268 : i64
                %v1675 = arith.muli %v42, %v267 : i64
                %v1676 = arith.addi %v1674, %v1675 : i64
                %v1677 = arith.muli %v1666, %v2 : i64
                %v1678 = arith.addi %v1676, %v1677 : i64
                %v1679 = llvm.getelementptr %dy_y[%v1678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
                %v1681 = arith.mulf %v1659, %v1680 fastmath<contract> : f32
                %v1682 = arith.mulf %v1673, %v1681 fastmath<contract> : f32
                %v1683 = llvm.load %v50 : !llvm.ptr -> f32
                %v1684 = llvm.load %v52 : !llvm.ptr -> f32
                %v1685 = arith.mulf %v1684, %v1683 fastmath<contract> : f32
                %v1686 = arith.addf %v1682, %v1685 fastmath<contract> : f32
                llvm.store %v1686, %v50 : f32, !llvm.ptr
                %v1687 = arith.muli %v44, %v347 : i64
                %v1688 = arith.constant 8 : i64
                %v1689 = arith.addi %v1688, %v32 : i64
                %v1690 = arith.muli %v1689, %v346 : i64
                %v1691 = arith.addi %v1687, %v1690 : i64
                %v1692 = arith.muli %v1666, %v2 : i64
                %v1693 = arith.addi %v1691, %v1692 : i64
                %v1694 = llvm.getelementptr %in_Cm[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1695 = llvm.load %v1694 : !llvm.ptr -> f32
                %v1696 = arith.mulf %v1695, %v1681 fastmath<contract> : f32
                %v1697 = llvm.load %v51 : !llvm.ptr -> f32
                %v1698 = llvm.load %v53 : !llvm.ptr -> f32
                %v1699 = arith.mulf %v1698, %v1697 fastmath<contract> : f32
                %v1700 = arith.addf %v1696, %v1699 fastmath<contract> : f32
                llvm.store %v1700, %v51 : f32, !llvm.ptr
                %v1701 = arith.subi %size_L, %v2 : i64
                %v1702 = arith.cmpi eq, %v1666, %v1701 : i64
                scf.if %v1702 {
                  %v1703 = arith.muli %v44, %v113 : i64
                  %v1704 = arith.muli %v42, %v112 : i64
                  %v1705 = arith.addi %v1703, %v1704 : i64
                  %v1706 = arith.muli %v32, %v2 : i64
                  %v1707 = arith.addi %v1705, %v1706 : i64
                  %v1708 = llvm.getelementptr %dy_h_last[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1709 = llvm.load %v1708 : !llvm.ptr -> f32
                  %v1710 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1711 = arith.addf %v1710, %v1709 fastmath<contract> : f32
                  llvm.store %v1711, %v50 : f32, !llvm.ptr
                  %v1712 = arith.muli %v44, %v113 : i64
                  %v1713 = arith.muli %v42, %v112 : i64
                  %v1714 = arith.addi %v1712, %v1713 : i64
                  %v1715 = arith.constant 8 : i64
                  %v1716 = arith.addi %v1715, %v32 : i64
                  %v1717 = arith.muli %v1716, %v2 : i64
                  %v1718 = arith.addi %v1714, %v1717 : i64
                  %v1719 = llvm.getelementptr %dy_h_last[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
                  %v1721 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1722 = arith.addf %v1721, %v1720 fastmath<contract> : f32
                  llvm.store %v1722, %v51 : f32, !llvm.ptr
                }
                %v1723 = arith.muli %v42, %v2 : i64
                %v1724 = llvm.getelementptr %in_Dskip[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
                %v1726 = arith.mulf %v1725, %v1681 fastmath<contract> : f32
                %v1727 = arith.muli %v44, %v347 : i64
                %v1728 = arith.muli %v32, %v346 : i64
                %v1729 = arith.addi %v1727, %v1728 : i64
                %v1730 = arith.muli %v1666, %v2 : i64
                %v1731 = arith.addi %v1729, %v1730 : i64
                %v1732 = llvm.getelementptr %in_Bm[%v1731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1733 = llvm.load %v1732 : !llvm.ptr -> f32
                %v1734 = llvm.load %v50 : !llvm.ptr -> f32
                %v1735 = arith.mulf %v1733, %v1734 fastmath<contract> : f32
                %v1736 = arith.muli %v44, %v347 : i64
                %v1737 = arith.constant 8 : i64
                %v1738 = arith.addi %v1737, %v32 : i64
                %v1739 = arith.muli %v1738, %v346 : i64
                %v1740 = arith.addi %v1736, %v1739 : i64
                %v1741 = arith.muli %v1666, %v2 : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = llvm.getelementptr %in_Bm[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1744 = llvm.load %v1743 : !llvm.ptr -> f32
                %v1745 = llvm.load %v51 : !llvm.ptr -> f32
                %v1746 = arith.mulf %v1744, %v1745 fastmath<contract> : f32
                %v1747 = arith.addf %v1735, %v1746 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1748, %v1749 = gpu.shuffle xor %v1747, %v974, %v329 : f32
                %v1750 = arith.addf %v1747, %v1748 fastmath<contract> : f32
                %v1751, %v1752 = gpu.shuffle xor %v1750, %v978, %v329 : f32
                %v1753 = arith.addf %v1750, %v1751 fastmath<contract> : f32
                %v1754, %v1755 = gpu.shuffle xor %v1753, %v982, %v329 : f32
                %v1756 = arith.addf %v1753, %v1754 fastmath<contract> : f32
                // end sum over the lanes
                %v1757 = arith.mulf %v1655, %v1756 fastmath<contract> : f32
                %v1758 = arith.addf %v1726, %v1757 fastmath<contract> : f32
                %v1759 = arith.cmpi eq, %v32, %v46 : i64
                %v1760 = llvm.load %v876 : !llvm.ptr -> f32
                %v1761 = arith.select %v1759, %v1758, %v1760 : f32
                llvm.store %v1761, %v876 : f32, !llvm.ptr
                %v1762 = arith.muli %v44, %v268 : i64
                %v1763 = arith.muli %v42, %v267 : i64
                %v1764 = arith.addi %v1762, %v1763 : i64
                %v1765 = arith.muli %v1666, %v2 : i64
                %v1766 = arith.addi %v1764, %v1765 : i64
                %v1767 = llvm.getelementptr %in_u[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
                %v1769 = arith.mulf %v1768, %v1756 fastmath<contract> : f32
                %v1770 = arith.muli %v42, %v337 : i64
                %v1771 = arith.muli %v32, %v2 : i64
                %v1772 = arith.addi %v1770, %v1771 : i64
                %v1773 = llvm.getelementptr %in_A[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                %v1775 = arith.mulf %v1655, %v1774 fastmath<contract> : f32
                %v1776 = arith.mulf %v1775, %v283 fastmath<contract> : f32
                %v1777 = llvm.call_intrinsic "llvm.exp2.f32"(%v1776) : (f32) -> f32
                %v1778 = arith.mulf %v663, %v1734 fastmath<contract> : f32
                %v1779 = arith.mulf %v1774, %v1778 fastmath<contract> : f32
                %v1780 = arith.mulf %v1777, %v1779 fastmath<contract> : f32
                %v1781 = arith.muli %v42, %v337 : i64
                %v1782 = arith.constant 8 : i64
                %v1783 = arith.addi %v1782, %v32 : i64
                %v1784 = arith.muli %v1783, %v2 : i64
                %v1785 = arith.addi %v1781, %v1784 : i64
                %v1786 = llvm.getelementptr %in_A[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
                %v1788 = arith.mulf %v1655, %v1787 fastmath<contract> : f32
                %v1789 = arith.mulf %v1788, %v283 fastmath<contract> : f32
                %v1790 = llvm.call_intrinsic "llvm.exp2.f32"(%v1789) : (f32) -> f32
                %v1791 = arith.mulf %v685, %v1745 fastmath<contract> : f32
                %v1792 = arith.mulf %v1787, %v1791 fastmath<contract> : f32
                %v1793 = arith.mulf %v1790, %v1792 fastmath<contract> : f32
                %v1794 = arith.addf %v1780, %v1793 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1795, %v1796 = gpu.shuffle xor %v1794, %v974, %v329 : f32
                %v1797 = arith.addf %v1794, %v1795 fastmath<contract> : f32
                %v1798, %v1799 = gpu.shuffle xor %v1797, %v978, %v329 : f32
                %v1800 = arith.addf %v1797, %v1798 fastmath<contract> : f32
                %v1801, %v1802 = gpu.shuffle xor %v1800, %v982, %v329 : f32
                %v1803 = arith.addf %v1800, %v1801 fastmath<contract> : f32
                // end sum over the lanes
                %v1804 = arith.addf %v1769, %v1803 fastmath<contract> : f32
                %v1805 = arith.mulf %v1804, %v1663 fastmath<contract> : f32
                %v1806 = arith.cmpi eq, %v32, %v46 : i64
                %v1807 = llvm.load %v877 : !llvm.ptr -> f32
                %v1808 = arith.select %v1806, %v1805, %v1807 : f32
                llvm.store %v1808, %v877 : f32, !llvm.ptr
                %v1809 = arith.mulf %v1673, %v710 fastmath<contract> : f32
                %v1810 = arith.mulf %v1695, %v732 fastmath<contract> : f32
                %v1811 = arith.addf %v1809, %v1810 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1812, %v1813 = gpu.shuffle xor %v1811, %v974, %v329 : f32
                %v1814 = arith.addf %v1811, %v1812 fastmath<contract> : f32
                %v1815, %v1816 = gpu.shuffle xor %v1814, %v978, %v329 : f32
                %v1817 = arith.addf %v1814, %v1815 fastmath<contract> : f32
                %v1818, %v1819 = gpu.shuffle xor %v1817, %v982, %v329 : f32
                %v1820 = arith.addf %v1817, %v1818 fastmath<contract> : f32
                // end sum over the lanes
                %v1821 = arith.mulf %v1768, %v1725 fastmath<contract> : f32
                %v1822 = arith.addf %v1820, %v1821 fastmath<contract> : f32
                %v1823 = arith.mulf %v1822, %v1680 fastmath<contract> : f32
                %v1824 = arith.mulf %v1823, %v1661 fastmath<contract> : f32
                %v1825 = arith.cmpi eq, %v32, %v46 : i64
                %v1826 = llvm.load %v878 : !llvm.ptr -> f32
                %v1827 = arith.select %v1825, %v1824, %v1826 : f32
                llvm.store %v1827, %v878 : f32, !llvm.ptr
                %v1828 = arith.mulf %v1777, %v1778 fastmath<contract> : f32
                %v1829 = arith.mulf %v1655, %v1828 fastmath<contract> : f32
                %v1830 = llvm.load %v54 : !llvm.ptr -> f32
                %v1831 = arith.addf %v1830, %v1829 fastmath<contract> : f32
                llvm.store %v1831, %v54 : f32, !llvm.ptr
                %v1832 = arith.mulf %v1790, %v1791 fastmath<contract> : f32
                %v1833 = arith.mulf %v1655, %v1832 fastmath<contract> : f32
                %v1834 = llvm.load %v55 : !llvm.ptr -> f32
                %v1835 = arith.addf %v1834, %v1833 fastmath<contract> : f32
                llvm.store %v1835, %v55 : f32, !llvm.ptr
                %v1836 = arith.mulf %v1657, %v1734 fastmath<contract> : f32
                %v1837 = arith.select %v36, %v1836, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1838, %v1839 = gpu.shuffle xor %v1837, %v1067, %v329 : f32
                %v1840 = arith.addf %v1837, %v1838 fastmath<contract> : f32
                %v1841, %v1842 = gpu.shuffle xor %v1840, %v1071, %v329 : f32
                %v1843 = arith.addf %v1840, %v1841 fastmath<contract> : f32
                %v1844 = arith.divui %v17, %v19 : i64
                %v1845 = arith.remui %v17, %v19 : i64
                %v1846 = arith.cmpi ult, %v1845, %v31 : i64
                %v1847 = arith.addi %v66, %v32 : i64
                %v1848 = arith.muli %v1844, %v1 : i64
                %v1849 = arith.addi %v1848, %v1847 : i64
                %v1850 = arith.muli %v1849, %v1081 : i64
                %v1851 = arith.addi %v1850, %v1665 : i64
                scf.if %v1846 {
                  %v1852 = llvm.getelementptr %v61[%v1851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1843, %v1852 : f32, !llvm.ptr
                }
                %v1853 = arith.mulf %v1657, %v1745 fastmath<contract> : f32
                %v1854 = arith.select %v36, %v1853, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1855, %v1856 = gpu.shuffle xor %v1854, %v1067, %v329 : f32
                %v1857 = arith.addf %v1854, %v1855 fastmath<contract> : f32
                %v1858, %v1859 = gpu.shuffle xor %v1857, %v1071, %v329 : f32
                %v1860 = arith.addf %v1857, %v1858 fastmath<contract> : f32
                %v1861 = arith.divui %v17, %v19 : i64
                %v1862 = arith.remui %v17, %v19 : i64
                %v1863 = arith.cmpi ult, %v1862, %v31 : i64
                %v1864 = arith.addi %v31, %v32 : i64
                %v1865 = arith.muli %v1861, %v1 : i64
                %v1866 = arith.addi %v1865, %v1864 : i64
                %v1867 = arith.muli %v1866, %v1081 : i64
                %v1868 = arith.addi %v1867, %v1665 : i64
                scf.if %v1863 {
                  %v1869 = llvm.getelementptr %v61[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1860, %v1869 : f32, !llvm.ptr
                }
                %v1870 = arith.mulf %v710, %v1681 fastmath<contract> : f32
                %v1871 = arith.select %v36, %v1870, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1872, %v1873 = gpu.shuffle xor %v1871, %v1067, %v329 : f32
                %v1874 = arith.addf %v1871, %v1872 fastmath<contract> : f32
                %v1875, %v1876 = gpu.shuffle xor %v1874, %v1071, %v329 : f32
                %v1877 = arith.addf %v1874, %v1875 fastmath<contract> : f32
                %v1878 = arith.divui %v17, %v19 : i64
                %v1879 = arith.remui %v17, %v19 : i64
                %v1880 = arith.cmpi ult, %v1879, %v31 : i64
                %v1881 = arith.addi %v66, %v32 : i64
                %v1882 = arith.muli %v1878, %v1 : i64
                %v1883 = arith.addi %v1882, %v1881 : i64
                %v1884 = arith.muli %v1883, %v1081 : i64
                %v1885 = arith.addi %v1884, %v1665 : i64
                scf.if %v1880 {
                  %v1886 = llvm.getelementptr %v63[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1877, %v1886 : f32, !llvm.ptr
                }
                %v1887 = arith.mulf %v732, %v1681 fastmath<contract> : f32
                %v1888 = arith.select %v36, %v1887, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1889, %v1890 = gpu.shuffle xor %v1888, %v1067, %v329 : f32
                %v1891 = arith.addf %v1888, %v1889 fastmath<contract> : f32
                %v1892, %v1893 = gpu.shuffle xor %v1891, %v1071, %v329 : f32
                %v1894 = arith.addf %v1891, %v1892 fastmath<contract> : f32
                %v1895 = arith.divui %v17, %v19 : i64
                %v1896 = arith.remui %v17, %v19 : i64
                %v1897 = arith.cmpi ult, %v1896, %v31 : i64
                %v1898 = arith.addi %v31, %v32 : i64
                %v1899 = arith.muli %v1895, %v1 : i64
                %v1900 = arith.addi %v1899, %v1898 : i64
                %v1901 = arith.muli %v1900, %v1081 : i64
                %v1902 = arith.addi %v1901, %v1665 : i64
                scf.if %v1897 {
                  %v1903 = llvm.getelementptr %v63[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1894, %v1903 : f32, !llvm.ptr
                }
                %v1904 = arith.mulf %v1768, %v1681 fastmath<contract> : f32
                %v1905 = llvm.load %v56 : !llvm.ptr -> f32
                %v1906 = arith.addf %v1905, %v1904 fastmath<contract> : f32
                llvm.store %v1906, %v56 : f32, !llvm.ptr
                %v1907 = llvm.load %v57 : !llvm.ptr -> f32
                %v1908 = arith.addf %v1907, %v1805 fastmath<contract> : f32
                llvm.store %v1908, %v57 : f32, !llvm.ptr
                llvm.store %v1777, %v52 : f32, !llvm.ptr
                llvm.store %v1790, %v53 : f32, !llvm.ptr
              }
              %v1909 = arith.addi %v400, %v382 : i64
              %v1910 = arith.cmpi slt, %v1909, %v209 : i64
              %v1911, %v1912 = gpu.shuffle idx %v461, %v177, %v329 : f32
              %v1913, %v1914 = gpu.shuffle idx %v469, %v177, %v329 : f32
              %v1915, %v1916 = gpu.shuffle idx %v482, %v177, %v329 : f32
              %v1917, %v1918 = gpu.shuffle idx %v491, %v177, %v329 : f32
              %v1919, %v1920 = gpu.shuffle idx %v496, %v177, %v329 : f32
              %v1921 = arith.addi %v402, %v46 : i64
              scf.if %v1910 {
                %v1922 = arith.addi %v207, %v1909 : i64
                %v1923 = arith.muli %v44, %v347 : i64
                %v1924 = arith.muli %v32, %v346 : i64
                %v1925 = arith.addi %v1923, %v1924 : i64
                %v1926 = arith.muli %v1922, %v2 : i64
                %v1927 = arith.addi %v1925, %v1926 : i64
                %v1928 = llvm.getelementptr %in_Cm[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1929 = llvm.load %v1928 : !llvm.ptr -> f32
                %v1930 = arith.muli %v44, %v268 : i64
                %v1931 = arith.muli %v42, %v267 : i64
                %v1932 = arith.addi %v1930, %v1931 : i64
                %v1933 = arith.muli %v1922, %v2 : i64
                %v1934 = arith.addi %v1932, %v1933 : i64
                %v1935 = llvm.getelementptr %dy_y[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
                %v1937 = arith.mulf %v1915, %v1936 fastmath<contract> : f32
                %v1938 = arith.mulf %v1929, %v1937 fastmath<contract> : f32
                %v1939 = llvm.load %v50 : !llvm.ptr -> f32
                %v1940 = llvm.load %v52 : !llvm.ptr -> f32
                %v1941 = arith.mulf %v1940, %v1939 fastmath<contract> : f32
                %v1942 = arith.addf %v1938, %v1941 fastmath<contract> : f32
                llvm.store %v1942, %v50 : f32, !llvm.ptr
                %v1943 = arith.muli %v44, %v347 : i64
                %v1944 = arith.constant 8 : i64
                %v1945 = arith.addi %v1944, %v32 : i64
                %v1946 = arith.muli %v1945, %v346 : i64
                %v1947 = arith.addi %v1943, %v1946 : i64
                %v1948 = arith.muli %v1922, %v2 : i64
                %v1949 = arith.addi %v1947, %v1948 : i64
                %v1950 = llvm.getelementptr %in_Cm[%v1949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1951 = llvm.load %v1950 : !llvm.ptr -> f32
                %v1952 = arith.mulf %v1951, %v1937 fastmath<contract> : f32
                %v1953 = llvm.load %v51 : !llvm.ptr -> f32
                %v1954 = llvm.load %v53 : !llvm.ptr -> f32
                %v1955 = arith.mulf %v1954, %v1953 fastmath<contract> : f32
                %v1956 = arith.addf %v1952, %v1955 fastmath<contract> : f32
                llvm.store %v1956, %v51 : f32, !llvm.ptr
                %v1957 = arith.subi %size_L, %v2 : i64
                %v1958 = arith.cmpi eq, %v1922, %v1957 : i64
                scf.if %v1958 {
                  %v1959 = arith.muli %v44, %v113 : i64
                  %v1960 = arith.muli %v42, %v112 : i64
                  %v1961 = arith.addi %v1959, %v1960 : i64
                  %v1962 = arith.muli %v32, %v2 : i64
                  %v1963 = arith.addi %v1961, %v1962 : i64
                  %v1964 = llvm.getelementptr %dy_h_last[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1965 = llvm.load %v1964 : !llvm.ptr -> f32
                  %v1966 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1967 = arith.addf %v1966, %v1965 fastmath<contract> : f32
                  llvm.store %v1967, %v50 : f32, !llvm.ptr
                  %v1968 = arith.muli %v44, %v113 : i64
                  %v1969 = arith.muli %v42, %v112 : i64
                  %v1970 = arith.addi %v1968, %v1969 : i64
                  %v1971 = arith.constant 8 : i64
                  %v1972 = arith.addi %v1971, %v32 : i64
                  %v1973 = arith.muli %v1972, %v2 : i64
                  %v1974 = arith.addi %v1970, %v1973 : i64
                  %v1975 = llvm.getelementptr %dy_h_last[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                  %v1977 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1978 = arith.addf %v1977, %v1976 fastmath<contract> : f32
                  llvm.store %v1978, %v51 : f32, !llvm.ptr
                }
                %v1979 = arith.muli %v42, %v2 : i64
                %v1980 = llvm.getelementptr %in_Dskip[%v1979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1981 = llvm.load %v1980 : !llvm.ptr -> f32
                %v1982 = arith.mulf %v1981, %v1937 fastmath<contract> : f32
                %v1983 = arith.muli %v44, %v347 : i64
                %v1984 = arith.muli %v32, %v346 : i64
                %v1985 = arith.addi %v1983, %v1984 : i64
                %v1986 = arith.muli %v1922, %v2 : i64
                %v1987 = arith.addi %v1985, %v1986 : i64
                %v1988 = llvm.getelementptr %in_Bm[%v1987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1989 = llvm.load %v1988 : !llvm.ptr -> f32
                %v1990 = llvm.load %v50 : !llvm.ptr -> f32
                %v1991 = arith.mulf %v1989, %v1990 fastmath<contract> : f32
                %v1992 = arith.muli %v44, %v347 : i64
                %v1993 = arith.constant 8 : i64
                %v1994 = arith.addi %v1993, %v32 : i64
                %v1995 = arith.muli %v1994, %v346 : i64
                %v1996 = arith.addi %v1992, %v1995 : i64
                %v1997 = arith.muli %v1922, %v2 : i64
                %v1998 = arith.addi %v1996, %v1997 : i64
                %v1999 = llvm.getelementptr %in_Bm[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2000 = llvm.load %v1999 : !llvm.ptr -> f32
                %v2001 = llvm.load %v51 : !llvm.ptr -> f32
                %v2002 = arith.mulf %v2000, %v2001 fastmath<contract> : f32
                %v2003 = arith.addf %v1991, %v2002 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2004, %v2005 = gpu.shuffle xor %v2003, %v974, %v329 : f32
                %v2006 = arith.addf %v2003, %v2004 fastmath<contract> : f32
                %v2007, %v2008 = gpu.shuffle xor %v2006, %v978, %v329 : f32
                %v2009 = arith.addf %v2006, %v2007 fastmath<contract> : f32
                %v2010, %v2011 = gpu.shuffle xor %v2009, %v982, %v329 : f32
                %v2012 = arith.addf %v2009, %v2010 fastmath<contract> : f32
                // end sum over the lanes
                %v2013 = arith.mulf %v1911, %v2012 fastmath<contract> : f32
                %v2014 = arith.addf %v1982, %v2013 fastmath<contract> : f32
                %v2015 = arith.cmpi eq, %v32, %v382 : i64
                %v2016 = llvm.load %v876 : !llvm.ptr -> f32
                %v2017 = arith.select %v2015, %v2014, %v2016 : f32
                llvm.store %v2017, %v876 : f32, !llvm.ptr
                %v2018 = arith.muli %v44, %v268 : i64
                %v2019 = arith.muli %v42, %v267 : i64
                %v2020 = arith.addi %v2018, %v2019 : i64
                %v2021 = arith.muli %v1922, %v2 : i64
                %v2022 = arith.addi %v2020, %v2021 : i64
                %v2023 = llvm.getelementptr %in_u[%v2022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2024 = llvm.load %v2023 : !llvm.ptr -> f32
                %v2025 = arith.mulf %v2024, %v2012 fastmath<contract> : f32
                %v2026 = arith.muli %v42, %v337 : i64
                %v2027 = arith.muli %v32, %v2 : i64
                %v2028 = arith.addi %v2026, %v2027 : i64
                %v2029 = llvm.getelementptr %in_A[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
                %v2031 = arith.mulf %v1911, %v2030 fastmath<contract> : f32
                %v2032 = arith.mulf %v2031, %v283 fastmath<contract> : f32
                %v2033 = llvm.call_intrinsic "llvm.exp2.f32"(%v2032) : (f32) -> f32
                %v2034 = arith.mulf %v616, %v1990 fastmath<contract> : f32
                %v2035 = arith.mulf %v2030, %v2034 fastmath<contract> : f32
                %v2036 = arith.mulf %v2033, %v2035 fastmath<contract> : f32
                %v2037 = arith.muli %v42, %v337 : i64
                %v2038 = arith.constant 8 : i64
                %v2039 = arith.addi %v2038, %v32 : i64
                %v2040 = arith.muli %v2039, %v2 : i64
                %v2041 = arith.addi %v2037, %v2040 : i64
                %v2042 = llvm.getelementptr %in_A[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
                %v2044 = arith.mulf %v1911, %v2043 fastmath<contract> : f32
                %v2045 = arith.mulf %v2044, %v283 fastmath<contract> : f32
                %v2046 = llvm.call_intrinsic "llvm.exp2.f32"(%v2045) : (f32) -> f32
                %v2047 = arith.mulf %v638, %v2001 fastmath<contract> : f32
                %v2048 = arith.mulf %v2043, %v2047 fastmath<contract> : f32
                %v2049 = arith.mulf %v2046, %v2048 fastmath<contract> : f32
                %v2050 = arith.addf %v2036, %v2049 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2051, %v2052 = gpu.shuffle xor %v2050, %v974, %v329 : f32
                %v2053 = arith.addf %v2050, %v2051 fastmath<contract> : f32
                %v2054, %v2055 = gpu.shuffle xor %v2053, %v978, %v329 : f32
                %v2056 = arith.addf %v2053, %v2054 fastmath<contract> : f32
                %v2057, %v2058 = gpu.shuffle xor %v2056, %v982, %v329 : f32
                %v2059 = arith.addf %v2056, %v2057 fastmath<contract> : f32
                // end sum over the lanes
                %v2060 = arith.addf %v2025, %v2059 fastmath<contract> : f32
                %v2061 = arith.mulf %v2060, %v1919 fastmath<contract> : f32
                %v2062 = arith.cmpi eq, %v32, %v382 : i64
                %v2063 = llvm.load %v877 : !llvm.ptr -> f32
                %v2064 = arith.select %v2062, %v2061, %v2063 : f32
                llvm.store %v2064, %v877 : f32, !llvm.ptr
                %v2065 = arith.mulf %v1929, %v663 fastmath<contract> : f32
                %v2066 = arith.mulf %v1951, %v685 fastmath<contract> : f32
                %v2067 = arith.addf %v2065, %v2066 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2068, %v2069 = gpu.shuffle xor %v2067, %v974, %v329 : f32
                %v2070 = arith.addf %v2067, %v2068 fastmath<contract> : f32
                %v2071, %v2072 = gpu.shuffle xor %v2070, %v978, %v329 : f32
                %v2073 = arith.addf %v2070, %v2071 fastmath<contract> : f32
                %v2074, %v2075 = gpu.shuffle xor %v2073, %v982, %v329 : f32
                %v2076 = arith.addf %v2073, %v2074 fastmath<contract> : f32
                // end sum over the lanes
                %v2077 = arith.mulf %v2024, %v1981 fastmath<contract> : f32
                %v2078 = arith.addf %v2076, %v2077 fastmath<contract> : f32
                %v2079 = arith.mulf %v2078, %v1936 fastmath<contract> : f32
                %v2080 = arith.mulf %v2079, %v1917 fastmath<contract> : f32
                %v2081 = arith.cmpi eq, %v32, %v382 : i64
                %v2082 = llvm.load %v878 : !llvm.ptr -> f32
                %v2083 = arith.select %v2081, %v2080, %v2082 : f32
                llvm.store %v2083, %v878 : f32, !llvm.ptr
                %v2084 = arith.mulf %v2033, %v2034 fastmath<contract> : f32
                %v2085 = arith.mulf %v1911, %v2084 fastmath<contract> : f32
                %v2086 = llvm.load %v54 : !llvm.ptr -> f32
                %v2087 = arith.addf %v2086, %v2085 fastmath<contract> : f32
                llvm.store %v2087, %v54 : f32, !llvm.ptr
                %v2088 = arith.mulf %v2046, %v2047 fastmath<contract> : f32
                %v2089 = arith.mulf %v1911, %v2088 fastmath<contract> : f32
                %v2090 = llvm.load %v55 : !llvm.ptr -> f32
                %v2091 = arith.addf %v2090, %v2089 fastmath<contract> : f32
                llvm.store %v2091, %v55 : f32, !llvm.ptr
                %v2092 = arith.mulf %v1913, %v1990 fastmath<contract> : f32
                %v2093 = arith.select %v36, %v2092, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2094, %v2095 = gpu.shuffle xor %v2093, %v1067, %v329 : f32
                %v2096 = arith.addf %v2093, %v2094 fastmath<contract> : f32
                %v2097, %v2098 = gpu.shuffle xor %v2096, %v1071, %v329 : f32
                %v2099 = arith.addf %v2096, %v2097 fastmath<contract> : f32
                %v2100 = arith.divui %v17, %v19 : i64
                %v2101 = arith.remui %v17, %v19 : i64
                %v2102 = arith.cmpi ult, %v2101, %v31 : i64
                %v2103 = arith.addi %v66, %v32 : i64
                %v2104 = arith.muli %v2100, %v1 : i64
                %v2105 = arith.addi %v2104, %v2103 : i64
                %v2106 = arith.muli %v2105, %v1081 : i64
                %v2107 = arith.addi %v2106, %v1921 : i64
                scf.if %v2102 {
                  %v2108 = llvm.getelementptr %v61[%v2107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2099, %v2108 : f32, !llvm.ptr
                }
                %v2109 = arith.mulf %v1913, %v2001 fastmath<contract> : f32
                %v2110 = arith.select %v36, %v2109, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2111, %v2112 = gpu.shuffle xor %v2110, %v1067, %v329 : f32
                %v2113 = arith.addf %v2110, %v2111 fastmath<contract> : f32
                %v2114, %v2115 = gpu.shuffle xor %v2113, %v1071, %v329 : f32
                %v2116 = arith.addf %v2113, %v2114 fastmath<contract> : f32
                %v2117 = arith.divui %v17, %v19 : i64
                %v2118 = arith.remui %v17, %v19 : i64
                %v2119 = arith.cmpi ult, %v2118, %v31 : i64
                %v2120 = arith.addi %v31, %v32 : i64
                %v2121 = arith.muli %v2117, %v1 : i64
                %v2122 = arith.addi %v2121, %v2120 : i64
                %v2123 = arith.muli %v2122, %v1081 : i64
                %v2124 = arith.addi %v2123, %v1921 : i64
                scf.if %v2119 {
                  %v2125 = llvm.getelementptr %v61[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2116, %v2125 : f32, !llvm.ptr
                }
                %v2126 = arith.mulf %v663, %v1937 fastmath<contract> : f32
                %v2127 = arith.select %v36, %v2126, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2128, %v2129 = gpu.shuffle xor %v2127, %v1067, %v329 : f32
                %v2130 = arith.addf %v2127, %v2128 fastmath<contract> : f32
                %v2131, %v2132 = gpu.shuffle xor %v2130, %v1071, %v329 : f32
                %v2133 = arith.addf %v2130, %v2131 fastmath<contract> : f32
                %v2134 = arith.divui %v17, %v19 : i64
                %v2135 = arith.remui %v17, %v19 : i64
                %v2136 = arith.cmpi ult, %v2135, %v31 : i64
                %v2137 = arith.addi %v66, %v32 : i64
                %v2138 = arith.muli %v2134, %v1 : i64
                %v2139 = arith.addi %v2138, %v2137 : i64
                %v2140 = arith.muli %v2139, %v1081 : i64
                %v2141 = arith.addi %v2140, %v1921 : i64
                scf.if %v2136 {
                  %v2142 = llvm.getelementptr %v63[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2133, %v2142 : f32, !llvm.ptr
                }
                %v2143 = arith.mulf %v685, %v1937 fastmath<contract> : f32
                %v2144 = arith.select %v36, %v2143, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2145, %v2146 = gpu.shuffle xor %v2144, %v1067, %v329 : f32
                %v2147 = arith.addf %v2144, %v2145 fastmath<contract> : f32
                %v2148, %v2149 = gpu.shuffle xor %v2147, %v1071, %v329 : f32
                %v2150 = arith.addf %v2147, %v2148 fastmath<contract> : f32
                %v2151 = arith.divui %v17, %v19 : i64
                %v2152 = arith.remui %v17, %v19 : i64
                %v2153 = arith.cmpi ult, %v2152, %v31 : i64
                %v2154 = arith.addi %v31, %v32 : i64
                %v2155 = arith.muli %v2151, %v1 : i64
                %v2156 = arith.addi %v2155, %v2154 : i64
                %v2157 = arith.muli %v2156, %v1081 : i64
                %v2158 = arith.addi %v2157, %v1921 : i64
                scf.if %v2153 {
                  %v2159 = llvm.getelementptr %v63[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2150, %v2159 : f32, !llvm.ptr
                }
                %v2160 = arith.mulf %v2024, %v1937 fastmath<contract> : f32
                %v2161 = llvm.load %v56 : !llvm.ptr -> f32
                %v2162 = arith.addf %v2161, %v2160 fastmath<contract> : f32
                llvm.store %v2162, %v56 : f32, !llvm.ptr
                %v2163 = llvm.load %v57 : !llvm.ptr -> f32
                %v2164 = arith.addf %v2163, %v2061 fastmath<contract> : f32
                llvm.store %v2164, %v57 : f32, !llvm.ptr
                llvm.store %v2033, %v52 : f32, !llvm.ptr
                llvm.store %v2046, %v53 : f32, !llvm.ptr
              }
              %v2165 = arith.addi %v400, %v591 : i64
              %v2166 = arith.cmpi slt, %v2165, %v209 : i64
              %v2167, %v2168 = gpu.shuffle idx %v461, %v173, %v329 : f32
              %v2169, %v2170 = gpu.shuffle idx %v469, %v173, %v329 : f32
              %v2171, %v2172 = gpu.shuffle idx %v482, %v173, %v329 : f32
              %v2173, %v2174 = gpu.shuffle idx %v491, %v173, %v329 : f32
              %v2175, %v2176 = gpu.shuffle idx %v496, %v173, %v329 : f32
              %v2177 = arith.addi %v402, %v733 : i64
              scf.if %v2166 {
                %v2178 = arith.addi %v207, %v2165 : i64
                %v2179 = arith.muli %v44, %v347 : i64
                %v2180 = arith.muli %v32, %v346 : i64
                %v2181 = arith.addi %v2179, %v2180 : i64
                %v2182 = arith.muli %v2178, %v2 : i64
                %v2183 = arith.addi %v2181, %v2182 : i64
                %v2184 = llvm.getelementptr %in_Cm[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
                %v2186 = arith.muli %v44, %v268 : i64
                %v2187 = arith.muli %v42, %v267 : i64
                %v2188 = arith.addi %v2186, %v2187 : i64
                %v2189 = arith.muli %v2178, %v2 : i64
                %v2190 = arith.addi %v2188, %v2189 : i64
                %v2191 = llvm.getelementptr %dy_y[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2192 = llvm.load %v2191 : !llvm.ptr -> f32
                %v2193 = arith.mulf %v2171, %v2192 fastmath<contract> : f32
                %v2194 = arith.mulf %v2185, %v2193 fastmath<contract> : f32
                %v2195 = llvm.load %v50 : !llvm.ptr -> f32
                %v2196 = llvm.load %v52 : !llvm.ptr -> f32
                %v2197 = arith.mulf %v2196, %v2195 fastmath<contract> : f32
                %v2198 = arith.addf %v2194, %v2197 fastmath<contract> : f32
                llvm.store %v2198, %v50 : f32, !llvm.ptr
                %v2199 = arith.muli %v44, %v347 : i64
                %v2200 = arith.constant 8 : i64
                %v2201 = arith.addi %v2200, %v32 : i64
                %v2202 = arith.muli %v2201, %v346 : i64
                %v2203 = arith.addi %v2199, %v2202 : i64
                %v2204 = arith.muli %v2178, %v2 : i64
                %v2205 = arith.addi %v2203, %v2204 : i64
                %v2206 = llvm.getelementptr %in_Cm[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2207 = llvm.load %v2206 : !llvm.ptr -> f32
                %v2208 = arith.mulf %v2207, %v2193 fastmath<contract> : f32
                %v2209 = llvm.load %v51 : !llvm.ptr -> f32
                %v2210 = llvm.load %v53 : !llvm.ptr -> f32
                %v2211 = arith.mulf %v2210, %v2209 fastmath<contract> : f32
                %v2212 = arith.addf %v2208, %v2211 fastmath<contract> : f32
                llvm.store %v2212, %v51 : f32, !llvm.ptr
                %v2213 = arith.subi %size_L, %v2 : i64
                %v2214 = arith.cmpi eq, %v2178, %v2213 : i64
                scf.if %v2214 {
                  %v2215 = arith.muli %v44, %v113 : i64
                  %v2216 = arith.muli %v42, %v112 : i64
                  %v2217 = arith.addi %v2215, %v2216 : i64
                  %v2218 = arith.muli %v32, %v2 : i64
                  %v2219 = arith.addi %v2217, %v2218 : i64
                  %v2220 = llvm.getelementptr %dy_h_last[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                  %v2222 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2223 = arith.addf %v2222, %v2221 fastmath<contract> : f32
                  llvm.store %v2223, %v50 : f32, !llvm.ptr
                  %v2224 = arith.muli %v44, %v113 : i64
                  %v2225 = arith.muli %v42, %v112 : i64
                  %v2226 = arith.addi %v2224, %v2225 : i64
                  %v2227 = arith.constant 8 : i64
                  %v2228 = arith.addi %v2227, %v32 : i64
                  %v2229 = arith.muli %v2228, %v2 : i64
                  %v2230 = arith.addi %v2226, %v2229 : i64
                  %v2231 = llvm.getelementptr %dy_h_last[%v2230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2232 = llvm.load %v2231 : !llvm.ptr -> f32
                  %v2233 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2234 = arith.addf %v2233, %v2232 fastmath<contract> : f32
                  llvm.store %v2234, %v51 : f32, !llvm.ptr
                }
                %v2235 = arith.muli %v42, %v2 : i64
                %v2236 = llvm.getelementptr %in_Dskip[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
                %v2238 = arith.mulf %v2237, %v2193 fastmath<contract> : f32
                %v2239 = arith.muli %v44, %v347 : i64
                %v2240 = arith.muli %v32, %v346 : i64
                %v2241 = arith.addi %v2239, %v2240 : i64
                %v2242 = arith.muli %v2178, %v2 : i64
                %v2243 = arith.addi %v2241, %v2242 : i64
                %v2244 = llvm.getelementptr %in_Bm[%v2243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2245 = llvm.load %v2244 : !llvm.ptr -> f32
                %v2246 = llvm.load %v50 : !llvm.ptr -> f32
                %v2247 = arith.mulf %v2245, %v2246 fastmath<contract> : f32
                %v2248 = arith.muli %v44, %v347 : i64
                %v2249 = arith.constant 8 : i64
                %v2250 = arith.addi %v2249, %v32 : i64
                %v2251 = arith.muli %v2250, %v346 : i64
                %v2252 = arith.addi %v2248, %v2251 : i64
                %v2253 = arith.muli %v2178, %v2 : i64
                %v2254 = arith.addi %v2252, %v2253 : i64
                %v2255 = llvm.getelementptr %in_Bm[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
                %v2257 = llvm.load %v51 : !llvm.ptr -> f32
                %v2258 = arith.mulf %v2256, %v2257 fastmath<contract> : f32
                %v2259 = arith.addf %v2247, %v2258 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2260, %v2261 = gpu.shuffle xor %v2259, %v974, %v329 : f32
                %v2262 = arith.addf %v2259, %v2260 fastmath<contract> : f32
                %v2263, %v2264 = gpu.shuffle xor %v2262, %v978, %v329 : f32
                %v2265 = arith.addf %v2262, %v2263 fastmath<contract> : f32
                %v2266, %v2267 = gpu.shuffle xor %v2265, %v982, %v329 : f32
                %v2268 = arith.addf %v2265, %v2266 fastmath<contract> : f32
                // end sum over the lanes
                %v2269 = arith.mulf %v2167, %v2268 fastmath<contract> : f32
                %v2270 = arith.addf %v2238, %v2269 fastmath<contract> : f32
                %v2271 = arith.cmpi eq, %v32, %v591 : i64
                %v2272 = llvm.load %v876 : !llvm.ptr -> f32
                %v2273 = arith.select %v2271, %v2270, %v2272 : f32
                llvm.store %v2273, %v876 : f32, !llvm.ptr
                %v2274 = arith.muli %v44, %v268 : i64
                %v2275 = arith.muli %v42, %v267 : i64
                %v2276 = arith.addi %v2274, %v2275 : i64
                %v2277 = arith.muli %v2178, %v2 : i64
                %v2278 = arith.addi %v2276, %v2277 : i64
                %v2279 = llvm.getelementptr %in_u[%v2278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
                %v2281 = arith.mulf %v2280, %v2268 fastmath<contract> : f32
                %v2282 = arith.muli %v42, %v337 : i64
                %v2283 = arith.muli %v32, %v2 : i64
                %v2284 = arith.addi %v2282, %v2283 : i64
                %v2285 = llvm.getelementptr %in_A[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2286 = llvm.load %v2285 : !llvm.ptr -> f32
                %v2287 = arith.mulf %v2167, %v2286 fastmath<contract> : f32
                %v2288 = arith.mulf %v2287, %v283 fastmath<contract> : f32
                %v2289 = llvm.call_intrinsic "llvm.exp2.f32"(%v2288) : (f32) -> f32
                %v2290 = arith.mulf %v568, %v2246 fastmath<contract> : f32
                %v2291 = arith.mulf %v2286, %v2290 fastmath<contract> : f32
                %v2292 = arith.mulf %v2289, %v2291 fastmath<contract> : f32
                %v2293 = arith.muli %v42, %v337 : i64
                %v2294 = arith.constant 8 : i64
                %v2295 = arith.addi %v2294, %v32 : i64
                %v2296 = arith.muli %v2295, %v2 : i64
                %v2297 = arith.addi %v2293, %v2296 : i64
                %v2298 = llvm.getelementptr %in_A[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
                %v2300 = arith.mulf %v2167, %v2299 fastmath<contract> : f32
                %v2301 = arith.mulf %v2300, %v283 fastmath<contract> : f32
                %v2302 = llvm.call_intrinsic "llvm.exp2.f32"(%v2301) : (f32) -> f32
                %v2303 = arith.mulf %v590, %v2257 fastmath<contract> : f32
                %v2304 = arith.mulf %v2299, %v2303 fastmath<contract> : f32
                %v2305 = arith.mulf %v2302, %v2304 fastmath<contract> : f32
                %v2306 = arith.addf %v2292, %v2305 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2307, %v2308 = gpu.shuffle xor %v2306, %v974, %v329 : f32
                %v2309 = arith.addf %v2306, %v2307 fastmath<contract> : f32
                %v2310, %v2311 = gpu.shuffle xor %v2309, %v978, %v329 : f32
                %v2312 = arith.addf %v2309, %v2310 fastmath<contract> : f32
                %v2313, %v2314 = gpu.shuffle xor %v2312, %v982, %v329 : f32
                %v2315 = arith.addf %v2312, %v2313 fastmath<contract> : f32
                // end sum over the lanes
                %v2316 = arith.addf %v2281, %v2315 fastmath<contract> : f32
                %v2317 = arith.mulf %v2316, %v2175 fastmath<contract> : f32
                %v2318 = arith.cmpi eq, %v32, %v591 : i64
                %v2319 = llvm.load %v877 : !llvm.ptr -> f32
                %v2320 = arith.select %v2318, %v2317, %v2319 : f32
                llvm.store %v2320, %v877 : f32, !llvm.ptr
                %v2321 = arith.mulf %v2185, %v616 fastmath<contract> : f32
                %v2322 = arith.mulf %v2207, %v638 fastmath<contract> : f32
                %v2323 = arith.addf %v2321, %v2322 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2324, %v2325 = gpu.shuffle xor %v2323, %v974, %v329 : f32
                %v2326 = arith.addf %v2323, %v2324 fastmath<contract> : f32
                %v2327, %v2328 = gpu.shuffle xor %v2326, %v978, %v329 : f32
                %v2329 = arith.addf %v2326, %v2327 fastmath<contract> : f32
                %v2330, %v2331 = gpu.shuffle xor %v2329, %v982, %v329 : f32
                %v2332 = arith.addf %v2329, %v2330 fastmath<contract> : f32
                // end sum over the lanes
                %v2333 = arith.mulf %v2280, %v2237 fastmath<contract> : f32
                %v2334 = arith.addf %v2332, %v2333 fastmath<contract> : f32
                %v2335 = arith.mulf %v2334, %v2192 fastmath<contract> : f32
                %v2336 = arith.mulf %v2335, %v2173 fastmath<contract> : f32
                %v2337 = arith.cmpi eq, %v32, %v591 : i64
                %v2338 = llvm.load %v878 : !llvm.ptr -> f32
                %v2339 = arith.select %v2337, %v2336, %v2338 : f32
                llvm.store %v2339, %v878 : f32, !llvm.ptr
                %v2340 = arith.mulf %v2289, %v2290 fastmath<contract> : f32
                %v2341 = arith.mulf %v2167, %v2340 fastmath<contract> : f32
                %v2342 = llvm.load %v54 : !llvm.ptr -> f32
                %v2343 = arith.addf %v2342, %v2341 fastmath<contract> : f32
                llvm.store %v2343, %v54 : f32, !llvm.ptr
                %v2344 = arith.mulf %v2302, %v2303 fastmath<contract> : f32
                %v2345 = arith.mulf %v2167, %v2344 fastmath<contract> : f32
                %v2346 = llvm.load %v55 : !llvm.ptr -> f32
                %v2347 = arith.addf %v2346, %v2345 fastmath<contract> : f32
                llvm.store %v2347, %v55 : f32, !llvm.ptr
                %v2348 = arith.mulf %v2169, %v2246 fastmath<contract> : f32
                %v2349 = arith.select %v36, %v2348, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2350, %v2351 = gpu.shuffle xor %v2349, %v1067, %v329 : f32
                %v2352 = arith.addf %v2349, %v2350 fastmath<contract> : f32
                %v2353, %v2354 = gpu.shuffle xor %v2352, %v1071, %v329 : f32
                %v2355 = arith.addf %v2352, %v2353 fastmath<contract> : f32
                %v2356 = arith.divui %v17, %v19 : i64
                %v2357 = arith.remui %v17, %v19 : i64
                %v2358 = arith.cmpi ult, %v2357, %v31 : i64
                %v2359 = arith.addi %v66, %v32 : i64
                %v2360 = arith.muli %v2356, %v1 : i64
                %v2361 = arith.addi %v2360, %v2359 : i64
                %v2362 = arith.muli %v2361, %v1081 : i64
                %v2363 = arith.addi %v2362, %v2177 : i64
                scf.if %v2358 {
                  %v2364 = llvm.getelementptr %v61[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2355, %v2364 : f32, !llvm.ptr
                }
                %v2365 = arith.mulf %v2169, %v2257 fastmath<contract> : f32
                %v2366 = arith.select %v36, %v2365, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2367, %v2368 = gpu.shuffle xor %v2366, %v1067, %v329 : f32
                %v2369 = arith.addf %v2366, %v2367 fastmath<contract> : f32
                %v2370, %v2371 = gpu.shuffle xor %v2369, %v1071, %v329 : f32
                %v2372 = arith.addf %v2369, %v2370 fastmath<contract> : f32
                %v2373 = arith.divui %v17, %v19 : i64
                %v2374 = arith.remui %v17, %v19 : i64
                %v2375 = arith.cmpi ult, %v2374, %v31 : i64
                %v2376 = arith.addi %v31, %v32 : i64
                %v2377 = arith.muli %v2373, %v1 : i64
                %v2378 = arith.addi %v2377, %v2376 : i64
                %v2379 = arith.muli %v2378, %v1081 : i64
                %v2380 = arith.addi %v2379, %v2177 : i64
                scf.if %v2375 {
                  %v2381 = llvm.getelementptr %v61[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2372, %v2381 : f32, !llvm.ptr
                }
                %v2382 = arith.mulf %v616, %v2193 fastmath<contract> : f32
                %v2383 = arith.select %v36, %v2382, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2384, %v2385 = gpu.shuffle xor %v2383, %v1067, %v329 : f32
                %v2386 = arith.addf %v2383, %v2384 fastmath<contract> : f32
                %v2387, %v2388 = gpu.shuffle xor %v2386, %v1071, %v329 : f32
                %v2389 = arith.addf %v2386, %v2387 fastmath<contract> : f32
                %v2390 = arith.divui %v17, %v19 : i64
                %v2391 = arith.remui %v17, %v19 : i64
                %v2392 = arith.cmpi ult, %v2391, %v31 : i64
                %v2393 = arith.addi %v66, %v32 : i64
                %v2394 = arith.muli %v2390, %v1 : i64
                %v2395 = arith.addi %v2394, %v2393 : i64
                %v2396 = arith.muli %v2395, %v1081 : i64
                %v2397 = arith.addi %v2396, %v2177 : i64
                scf.if %v2392 {
                  %v2398 = llvm.getelementptr %v63[%v2397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2389, %v2398 : f32, !llvm.ptr
                }
                %v2399 = arith.mulf %v638, %v2193 fastmath<contract> : f32
                %v2400 = arith.select %v36, %v2399, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2401, %v2402 = gpu.shuffle xor %v2400, %v1067, %v329 : f32
                %v2403 = arith.addf %v2400, %v2401 fastmath<contract> : f32
                %v2404, %v2405 = gpu.shuffle xor %v2403, %v1071, %v329 : f32
                %v2406 = arith.addf %v2403, %v2404 fastmath<contract> : f32
                %v2407 = arith.divui %v17, %v19 : i64
                %v2408 = arith.remui %v17, %v19 : i64
                %v2409 = arith.cmpi ult, %v2408, %v31 : i64
                %v2410 = arith.addi %v31, %v32 : i64
                %v2411 = arith.muli %v2407, %v1 : i64
                %v2412 = arith.addi %v2411, %v2410 : i64
                %v2413 = arith.muli %v2412, %v1081 : i64
                %v2414 = arith.addi %v2413, %v2177 : i64
                scf.if %v2409 {
                  %v2415 = llvm.getelementptr %v63[%v2414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2406, %v2415 : f32, !llvm.ptr
                }
                %v2416 = arith.mulf %v2280, %v2193 fastmath<contract> : f32
                %v2417 = llvm.load %v56 : !llvm.ptr -> f32
                %v2418 = arith.addf %v2417, %v2416 fastmath<contract> : f32
                llvm.store %v2418, %v56 : f32, !llvm.ptr
                %v2419 = llvm.load %v57 : !llvm.ptr -> f32
                %v2420 = arith.addf %v2419, %v2317 fastmath<contract> : f32
                llvm.store %v2420, %v57 : f32, !llvm.ptr
                llvm.store %v2289, %v52 : f32, !llvm.ptr
                llvm.store %v2302, %v53 : f32, !llvm.ptr
              }
              %v2421 = arith.addi %v400, %v2 : i64
              %v2422 = arith.cmpi slt, %v2421, %v209 : i64
              %v2423, %v2424 = gpu.shuffle idx %v461, %v169, %v329 : f32
              %v2425, %v2426 = gpu.shuffle idx %v469, %v169, %v329 : f32
              %v2427, %v2428 = gpu.shuffle idx %v482, %v169, %v329 : f32
              %v2429, %v2430 = gpu.shuffle idx %v491, %v169, %v329 : f32
              %v2431, %v2432 = gpu.shuffle idx %v496, %v169, %v329 : f32
              %v2433 = arith.addi %v402, %v781 : i64
              scf.if %v2422 {
                %v2434 = arith.addi %v207, %v2421 : i64
                %v2435 = arith.muli %v44, %v347 : i64
                %v2436 = arith.muli %v32, %v346 : i64
                %v2437 = arith.addi %v2435, %v2436 : i64
                %v2438 = arith.muli %v2434, %v2 : i64
                %v2439 = arith.addi %v2437, %v2438 : i64
                %v2440 = llvm.getelementptr %in_Cm[%v2439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2441 = llvm.load %v2440 : !llvm.ptr -> f32
                %v2442 = arith.muli %v44, %v268 : i64
                %v2443 = arith.muli %v42, %v267 : i64
                %v2444 = arith.addi %v2442, %v2443 : i64
                %v2445 = arith.muli %v2434, %v2 : i64
                %v2446 = arith.addi %v2444, %v2445 : i64
                %v2447 = llvm.getelementptr %dy_y[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2448 = llvm.load %v2447 : !llvm.ptr -> f32
                %v2449 = arith.mulf %v2427, %v2448 fastmath<contract> : f32
                %v2450 = arith.mulf %v2441, %v2449 fastmath<contract> : f32
                %v2451 = llvm.load %v50 : !llvm.ptr -> f32
                %v2452 = llvm.load %v52 : !llvm.ptr -> f32
                %v2453 = arith.mulf %v2452, %v2451 fastmath<contract> : f32
                %v2454 = arith.addf %v2450, %v2453 fastmath<contract> : f32
                llvm.store %v2454, %v50 : f32, !llvm.ptr
                %v2455 = arith.muli %v44, %v347 : i64
                %v2456 = arith.constant 8 : i64
                %v2457 = arith.addi %v2456, %v32 : i64
                %v2458 = arith.muli %v2457, %v346 : i64
                %v2459 = arith.addi %v2455, %v2458 : i64
                %v2460 = arith.muli %v2434, %v2 : i64
                %v2461 = arith.addi %v2459, %v2460 : i64
                %v2462 = llvm.getelementptr %in_Cm[%v2461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2463 = llvm.load %v2462 : !llvm.ptr -> f32
                %v2464 = arith.mulf %v2463, %v2449 fastmath<contract> : f32
                %v2465 = llvm.load %v51 : !llvm.ptr -> f32
                %v2466 = llvm.load %v53 : !llvm.ptr -> f32
                %v2467 = arith.mulf %v2466, %v2465 fastmath<contract> : f32
                %v2468 = arith.addf %v2464, %v2467 fastmath<contract> : f32
                llvm.store %v2468, %v51 : f32, !llvm.ptr
                %v2469 = arith.subi %size_L, %v2 : i64
                %v2470 = arith.cmpi eq, %v2434, %v2469 : i64
                scf.if %v2470 {
                  %v2471 = arith.muli %v44, %v113 : i64
                  %v2472 = arith.muli %v42, %v112 : i64
                  %v2473 = arith.addi %v2471, %v2472 : i64
                  %v2474 = arith.muli %v32, %v2 : i64
                  %v2475 = arith.addi %v2473, %v2474 : i64
                  %v2476 = llvm.getelementptr %dy_h_last[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
                  %v2478 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2479 = arith.addf %v2478, %v2477 fastmath<contract> : f32
                  llvm.store %v2479, %v50 : f32, !llvm.ptr
                  %v2480 = arith.muli %v44, %v113 : i64
                  %v2481 = arith.muli %v42, %v112 : i64
                  %v2482 = arith.addi %v2480, %v2481 : i64
                  %v2483 = arith.constant 8 : i64
                  %v2484 = arith.addi %v2483, %v32 : i64
                  %v2485 = arith.muli %v2484, %v2 : i64
                  %v2486 = arith.addi %v2482, %v2485 : i64
                  %v2487 = llvm.getelementptr %dy_h_last[%v2486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2488 = llvm.load %v2487 : !llvm.ptr -> f32
                  %v2489 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2490 = arith.addf %v2489, %v2488 fastmath<contract> : f32
                  llvm.store %v2490, %v51 : f32, !llvm.ptr
                }
                %v2491 = arith.muli %v42, %v2 : i64
                %v2492 = llvm.getelementptr %in_Dskip[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2493 = llvm.load %v2492 : !llvm.ptr -> f32
                %v2494 = arith.mulf %v2493, %v2449 fastmath<contract> : f32
                %v2495 = arith.muli %v44, %v347 : i64
                %v2496 = arith.muli %v32, %v346 : i64
                %v2497 = arith.addi %v2495, %v2496 : i64
                %v2498 = arith.muli %v2434, %v2 : i64
                %v2499 = arith.addi %v2497, %v2498 : i64
                %v2500 = llvm.getelementptr %in_Bm[%v2499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2501 = llvm.load %v2500 : !llvm.ptr -> f32
                %v2502 = llvm.load %v50 : !llvm.ptr -> f32
                %v2503 = arith.mulf %v2501, %v2502 fastmath<contract> : f32
                %v2504 = arith.muli %v44, %v347 : i64
                %v2505 = arith.constant 8 : i64
                %v2506 = arith.addi %v2505, %v32 : i64
                %v2507 = arith.muli %v2506, %v346 : i64
                %v2508 = arith.addi %v2504, %v2507 : i64
                %v2509 = arith.muli %v2434, %v2 : i64
                %v2510 = arith.addi %v2508, %v2509 : i64
                %v2511 = llvm.getelementptr %in_Bm[%v2510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2512 = llvm.load %v2511 : !llvm.ptr -> f32
                %v2513 = llvm.load %v51 : !llvm.ptr -> f32
                %v2514 = arith.mulf %v2512, %v2513 fastmath<contract> : f32
                %v2515 = arith.addf %v2503, %v2514 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2516, %v2517 = gpu.shuffle xor %v2515, %v974, %v329 : f32
                %v2518 = arith.addf %v2515, %v2516 fastmath<contract> : f32
                %v2519, %v2520 = gpu.shuffle xor %v2518, %v978, %v329 : f32
                %v2521 = arith.addf %v2518, %v2519 fastmath<contract> : f32
                %v2522, %v2523 = gpu.shuffle xor %v2521, %v982, %v329 : f32
                %v2524 = arith.addf %v2521, %v2522 fastmath<contract> : f32
                // end sum over the lanes
                %v2525 = arith.mulf %v2423, %v2524 fastmath<contract> : f32
                %v2526 = arith.addf %v2494, %v2525 fastmath<contract> : f32
                %v2527 = arith.cmpi eq, %v32, %v2 : i64
                %v2528 = llvm.load %v876 : !llvm.ptr -> f32
                %v2529 = arith.select %v2527, %v2526, %v2528 : f32
                llvm.store %v2529, %v876 : f32, !llvm.ptr
                %v2530 = arith.muli %v44, %v268 : i64
                %v2531 = arith.muli %v42, %v267 : i64
                %v2532 = arith.addi %v2530, %v2531 : i64
                %v2533 = arith.muli %v2434, %v2 : i64
                %v2534 = arith.addi %v2532, %v2533 : i64
                %v2535 = llvm.getelementptr %in_u[%v2534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2536 = llvm.load %v2535 : !llvm.ptr -> f32
                %v2537 = arith.mulf %v2536, %v2524 fastmath<contract> : f32
                %v2538 = arith.muli %v42, %v337 : i64
                %v2539 = arith.muli %v32, %v2 : i64
                %v2540 = arith.addi %v2538, %v2539 : i64
                %v2541 = llvm.getelementptr %in_A[%v2540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2542 = llvm.load %v2541 : !llvm.ptr -> f32
                %v2543 = arith.mulf %v2423, %v2542 fastmath<contract> : f32
                %v2544 = arith.mulf %v2543, %v283 fastmath<contract> : f32
                %v2545 = llvm.call_intrinsic "llvm.exp2.f32"(%v2544) : (f32) -> f32
                %v2546 = arith.mulf %v521, %v2502 fastmath<contract> : f32
                %v2547 = arith.mulf %v2542, %v2546 fastmath<contract> : f32
                %v2548 = arith.mulf %v2545, %v2547 fastmath<contract> : f32
                %v2549 = arith.muli %v42, %v337 : i64
                %v2550 = arith.constant 8 : i64
                %v2551 = arith.addi %v2550, %v32 : i64
                %v2552 = arith.muli %v2551, %v2 : i64
                %v2553 = arith.addi %v2549, %v2552 : i64
                %v2554 = llvm.getelementptr %in_A[%v2553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2555 = llvm.load %v2554 : !llvm.ptr -> f32
                %v2556 = arith.mulf %v2423, %v2555 fastmath<contract> : f32
                %v2557 = arith.mulf %v2556, %v283 fastmath<contract> : f32
                %v2558 = llvm.call_intrinsic "llvm.exp2.f32"(%v2557) : (f32) -> f32
                %v2559 = arith.mulf %v543, %v2513 fastmath<contract> : f32
                %v2560 = arith.mulf %v2555, %v2559 fastmath<contract> : f32
                %v2561 = arith.mulf %v2558, %v2560 fastmath<contract> : f32
                %v2562 = arith.addf %v2548, %v2561 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2563, %v2564 = gpu.shuffle xor %v2562, %v974, %v329 : f32
                %v2565 = arith.addf %v2562, %v2563 fastmath<contract> : f32
                %v2566, %v2567 = gpu.shuffle xor %v2565, %v978, %v329 : f32
                %v2568 = arith.addf %v2565, %v2566 fastmath<contract> : f32
                %v2569, %v2570 = gpu.shuffle xor %v2568, %v982, %v329 : f32
                %v2571 = arith.addf %v2568, %v2569 fastmath<contract> : f32
                // end sum over the lanes
                %v2572 = arith.addf %v2537, %v2571 fastmath<contract> : f32
                %v2573 = arith.mulf %v2572, %v2431 fastmath<contract> : f32
                %v2574 = arith.cmpi eq, %v32, %v2 : i64
                %v2575 = llvm.load %v877 : !llvm.ptr -> f32
                %v2576 = arith.select %v2574, %v2573, %v2575 : f32
                llvm.store %v2576, %v877 : f32, !llvm.ptr
                %v2577 = arith.mulf %v2441, %v568 fastmath<contract> : f32
                %v2578 = arith.mulf %v2463, %v590 fastmath<contract> : f32
                %v2579 = arith.addf %v2577, %v2578 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2580, %v2581 = gpu.shuffle xor %v2579, %v974, %v329 : f32
                %v2582 = arith.addf %v2579, %v2580 fastmath<contract> : f32
                %v2583, %v2584 = gpu.shuffle xor %v2582, %v978, %v329 : f32
                %v2585 = arith.addf %v2582, %v2583 fastmath<contract> : f32
                %v2586, %v2587 = gpu.shuffle xor %v2585, %v982, %v329 : f32
                %v2588 = arith.addf %v2585, %v2586 fastmath<contract> : f32
                // end sum over the lanes
                %v2589 = arith.mulf %v2536, %v2493 fastmath<contract> : f32
                %v2590 = arith.addf %v2588, %v2589 fastmath<contract> : f32
                %v2591 = arith.mulf %v2590, %v2448 fastmath<contract> : f32
                %v2592 = arith.mulf %v2591, %v2429 fastmath<contract> : f32
                %v2593 = arith.cmpi eq, %v32, %v2 : i64
                %v2594 = llvm.load %v878 : !llvm.ptr -> f32
                %v2595 = arith.select %v2593, %v2592, %v2594 : f32
                llvm.store %v2595, %v878 : f32, !llvm.ptr
                %v2596 = arith.mulf %v2545, %v2546 fastmath<contract> : f32
                %v2597 = arith.mulf %v2423, %v2596 fastmath<contract> : f32
                %v2598 = llvm.load %v54 : !llvm.ptr -> f32
                %v2599 = arith.addf %v2598, %v2597 fastmath<contract> : f32
                llvm.store %v2599, %v54 : f32, !llvm.ptr
                %v2600 = arith.mulf %v2558, %v2559 fastmath<contract> : f32
                %v2601 = arith.mulf %v2423, %v2600 fastmath<contract> : f32
                %v2602 = llvm.load %v55 : !llvm.ptr -> f32
                %v2603 = arith.addf %v2602, %v2601 fastmath<contract> : f32
                llvm.store %v2603, %v55 : f32, !llvm.ptr
                %v2604 = arith.mulf %v2425, %v2502 fastmath<contract> : f32
                %v2605 = arith.select %v36, %v2604, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2606, %v2607 = gpu.shuffle xor %v2605, %v1067, %v329 : f32
                %v2608 = arith.addf %v2605, %v2606 fastmath<contract> : f32
                %v2609, %v2610 = gpu.shuffle xor %v2608, %v1071, %v329 : f32
                %v2611 = arith.addf %v2608, %v2609 fastmath<contract> : f32
                %v2612 = arith.divui %v17, %v19 : i64
                %v2613 = arith.remui %v17, %v19 : i64
                %v2614 = arith.cmpi ult, %v2613, %v31 : i64
                %v2615 = arith.addi %v66, %v32 : i64
                %v2616 = arith.muli %v2612, %v1 : i64
                %v2617 = arith.addi %v2616, %v2615 : i64
                %v2618 = arith.muli %v2617, %v1081 : i64
                %v2619 = arith.addi %v2618, %v2433 : i64
                scf.if %v2614 {
                  %v2620 = llvm.getelementptr %v61[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2611, %v2620 : f32, !llvm.ptr
                }
                %v2621 = arith.mulf %v2425, %v2513 fastmath<contract> : f32
                %v2622 = arith.select %v36, %v2621, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2623, %v2624 = gpu.shuffle xor %v2622, %v1067, %v329 : f32
                %v2625 = arith.addf %v2622, %v2623 fastmath<contract> : f32
                %v2626, %v2627 = gpu.shuffle xor %v2625, %v1071, %v329 : f32
                %v2628 = arith.addf %v2625, %v2626 fastmath<contract> : f32
                %v2629 = arith.divui %v17, %v19 : i64
                %v2630 = arith.remui %v17, %v19 : i64
                %v2631 = arith.cmpi ult, %v2630, %v31 : i64
                %v2632 = arith.addi %v31, %v32 : i64
                %v2633 = arith.muli %v2629, %v1 : i64
                %v2634 = arith.addi %v2633, %v2632 : i64
                %v2635 = arith.muli %v2634, %v1081 : i64
                %v2636 = arith.addi %v2635, %v2433 : i64
                scf.if %v2631 {
                  %v2637 = llvm.getelementptr %v61[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2628, %v2637 : f32, !llvm.ptr
                }
                %v2638 = arith.mulf %v568, %v2449 fastmath<contract> : f32
                %v2639 = arith.select %v36, %v2638, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2640, %v2641 = gpu.shuffle xor %v2639, %v1067, %v329 : f32
                %v2642 = arith.addf %v2639, %v2640 fastmath<contract> : f32
                %v2643, %v2644 = gpu.shuffle xor %v2642, %v1071, %v329 : f32
                %v2645 = arith.addf %v2642, %v2643 fastmath<contract> : f32
                %v2646 = arith.divui %v17, %v19 : i64
                %v2647 = arith.remui %v17, %v19 : i64
                %v2648 = arith.cmpi ult, %v2647, %v31 : i64
                %v2649 = arith.addi %v66, %v32 : i64
                %v2650 = arith.muli %v2646, %v1 : i64
                %v2651 = arith.addi %v2650, %v2649 : i64
                %v2652 = arith.muli %v2651, %v1081 : i64
                %v2653 = arith.addi %v2652, %v2433 : i64
                scf.if %v2648 {
                  %v2654 = llvm.getelementptr %v63[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2645, %v2654 : f32, !llvm.ptr
                }
                %v2655 = arith.mulf %v590, %v2449 fastmath<contract> : f32
                %v2656 = arith.select %v36, %v2655, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2657, %v2658 = gpu.shuffle xor %v2656, %v1067, %v329 : f32
                %v2659 = arith.addf %v2656, %v2657 fastmath<contract> : f32
                %v2660, %v2661 = gpu.shuffle xor %v2659, %v1071, %v329 : f32
                %v2662 = arith.addf %v2659, %v2660 fastmath<contract> : f32
                %v2663 = arith.divui %v17, %v19 : i64
                %v2664 = arith.remui %v17, %v19 : i64
                %v2665 = arith.cmpi ult, %v2664, %v31 : i64
                %v2666 = arith.addi %v31, %v32 : i64
                %v2667 = arith.muli %v2663, %v1 : i64
                %v2668 = arith.addi %v2667, %v2666 : i64
                %v2669 = arith.muli %v2668, %v1081 : i64
                %v2670 = arith.addi %v2669, %v2433 : i64
                scf.if %v2665 {
                  %v2671 = llvm.getelementptr %v63[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2662, %v2671 : f32, !llvm.ptr
                }
                %v2672 = arith.mulf %v2536, %v2449 fastmath<contract> : f32
                %v2673 = llvm.load %v56 : !llvm.ptr -> f32
                %v2674 = arith.addf %v2673, %v2672 fastmath<contract> : f32
                llvm.store %v2674, %v56 : f32, !llvm.ptr
                %v2675 = llvm.load %v57 : !llvm.ptr -> f32
                %v2676 = arith.addf %v2675, %v2573 fastmath<contract> : f32
                llvm.store %v2676, %v57 : f32, !llvm.ptr
                llvm.store %v2545, %v52 : f32, !llvm.ptr
                llvm.store %v2558, %v53 : f32, !llvm.ptr
              }
              %v2677 = arith.addi %v400, %v66 : i64
              %v2678 = arith.cmpi slt, %v2677, %v209 : i64
              %v2679, %v2680 = gpu.shuffle idx %v461, %v165, %v329 : f32
              %v2681, %v2682 = gpu.shuffle idx %v469, %v165, %v329 : f32
              %v2683, %v2684 = gpu.shuffle idx %v482, %v165, %v329 : f32
              %v2685, %v2686 = gpu.shuffle idx %v491, %v165, %v329 : f32
              %v2687, %v2688 = gpu.shuffle idx %v496, %v165, %v329 : f32
              %v2689 = arith.addi %v402, %v157 : i64
              scf.if %v2678 {
                %v2690 = arith.addi %v207, %v2677 : i64
                %v2691 = arith.muli %v44, %v347 : i64
                %v2692 = arith.muli %v32, %v346 : i64
                %v2693 = arith.addi %v2691, %v2692 : i64
                %v2694 = arith.muli %v2690, %v2 : i64
                %v2695 = arith.addi %v2693, %v2694 : i64
                %v2696 = llvm.getelementptr %in_Cm[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2697 = llvm.load %v2696 : !llvm.ptr -> f32
                %v2698 = arith.muli %v44, %v268 : i64
                %v2699 = arith.muli %v42, %v267 : i64
                %v2700 = arith.addi %v2698, %v2699 : i64
                %v2701 = arith.muli %v2690, %v2 : i64
                %v2702 = arith.addi %v2700, %v2701 : i64
                %v2703 = llvm.getelementptr %dy_y[%v2702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2704 = llvm.load %v2703 : !llvm.ptr -> f32
                %v2705 = arith.mulf %v2683, %v2704 fastmath<contract> : f32
                %v2706 = arith.mulf %v2697, %v2705 fastmath<contract> : f32
                %v2707 = llvm.load %v50 : !llvm.ptr -> f32
                %v2708 = llvm.load %v52 : !llvm.ptr -> f32
                %v2709 = arith.mulf %v2708, %v2707 fastmath<contract> : f32
                %v2710 = arith.addf %v2706, %v2709 fastmath<contract> : f32
                llvm.store %v2710, %v50 : f32, !llvm.ptr
                %v2711 = arith.muli %v44, %v347 : i64
                %v2712 = arith.constant 8 : i64
                %v2713 = arith.addi %v2712, %v32 : i64
                %v2714 = arith.muli %v2713, %v346 : i64
                %v2715 = arith.addi %v2711, %v2714 : i64
                %v2716 = arith.muli %v2690, %v2 : i64
                %v2717 = arith.addi %v2715, %v2716 : i64
                %v2718 = llvm.getelementptr %in_Cm[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2719 = llvm.load %v2718 : !llvm.ptr -> f32
                %v2720 = arith.mulf %v2719, %v2705 fastmath<contract> : f32
                %v2721 = llvm.load %v51 : !llvm.ptr -> f32
                %v2722 = llvm.load %v53 : !llvm.ptr -> f32
                %v2723 = arith.mulf %v2722, %v2721 fastmath<contract> : f32
                %v2724 = arith.addf %v2720, %v2723 fastmath<contract> : f32
                llvm.store %v2724, %v51 : f32, !llvm.ptr
                %v2725 = arith.subi %size_L, %v2 : i64
                %v2726 = arith.cmpi eq, %v2690, %v2725 : i64
                scf.if %v2726 {
                  %v2727 = arith.muli %v44, %v113 : i64
                  %v2728 = arith.muli %v42, %v112 : i64
                  %v2729 = arith.addi %v2727, %v2728 : i64
                  %v2730 = arith.muli %v32, %v2 : i64
                  %v2731 = arith.addi %v2729, %v2730 : i64
                  %v2732 = llvm.getelementptr %dy_h_last[%v2731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2733 = llvm.load %v2732 : !llvm.ptr -> f32
                  %v2734 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2735 = arith.addf %v2734, %v2733 fastmath<contract> : f32
                  llvm.store %v2735, %v50 : f32, !llvm.ptr
                  %v2736 = arith.muli %v44, %v113 : i64
                  %v2737 = arith.muli %v42, %v112 : i64
                  %v2738 = arith.addi %v2736, %v2737 : i64
                  %v2739 = arith.constant 8 : i64
                  %v2740 = arith.addi %v2739, %v32 : i64
                  %v2741 = arith.muli %v2740, %v2 : i64
                  %v2742 = arith.addi %v2738, %v2741 : i64
                  %v2743 = llvm.getelementptr %dy_h_last[%v2742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2744 = llvm.load %v2743 : !llvm.ptr -> f32
                  %v2745 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2746 = arith.addf %v2745, %v2744 fastmath<contract> : f32
                  llvm.store %v2746, %v51 : f32, !llvm.ptr
                }
                %v2747 = arith.muli %v42, %v2 : i64
                %v2748 = llvm.getelementptr %in_Dskip[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
                %v2750 = arith.mulf %v2749, %v2705 fastmath<contract> : f32
                %v2751 = arith.muli %v44, %v347 : i64
                %v2752 = arith.muli %v32, %v346 : i64
                %v2753 = arith.addi %v2751, %v2752 : i64
                %v2754 = arith.muli %v2690, %v2 : i64
                %v2755 = arith.addi %v2753, %v2754 : i64
                %v2756 = llvm.getelementptr %in_Bm[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2757 = llvm.load %v2756 : !llvm.ptr -> f32
                %v2758 = llvm.load %v50 : !llvm.ptr -> f32
                %v2759 = arith.mulf %v2757, %v2758 fastmath<contract> : f32
                %v2760 = arith.muli %v44, %v347 : i64
                %v2761 = arith.constant 8 : i64
                %v2762 = arith.addi %v2761, %v32 : i64
                %v2763 = arith.muli %v2762, %v346 : i64
                %v2764 = arith.addi %v2760, %v2763 : i64
                %v2765 = arith.muli %v2690, %v2 : i64
                %v2766 = arith.addi %v2764, %v2765 : i64
                %v2767 = llvm.getelementptr %in_Bm[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2768 = llvm.load %v2767 : !llvm.ptr -> f32
                %v2769 = llvm.load %v51 : !llvm.ptr -> f32
                %v2770 = arith.mulf %v2768, %v2769 fastmath<contract> : f32
                %v2771 = arith.addf %v2759, %v2770 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2772, %v2773 = gpu.shuffle xor %v2771, %v974, %v329 : f32
                %v2774 = arith.addf %v2771, %v2772 fastmath<contract> : f32
                %v2775, %v2776 = gpu.shuffle xor %v2774, %v978, %v329 : f32
                %v2777 = arith.addf %v2774, %v2775 fastmath<contract> : f32
                %v2778, %v2779 = gpu.shuffle xor %v2777, %v982, %v329 : f32
                %v2780 = arith.addf %v2777, %v2778 fastmath<contract> : f32
                // end sum over the lanes
                %v2781 = arith.mulf %v2679, %v2780 fastmath<contract> : f32
                %v2782 = arith.addf %v2750, %v2781 fastmath<contract> : f32
                %v2783 = arith.cmpi eq, %v32, %v66 : i64
                %v2784 = llvm.load %v876 : !llvm.ptr -> f32
                %v2785 = arith.select %v2783, %v2782, %v2784 : f32
                llvm.store %v2785, %v876 : f32, !llvm.ptr
                %v2786 = arith.muli %v44, %v268 : i64
                %v2787 = arith.muli %v42, %v267 : i64
                %v2788 = arith.addi %v2786, %v2787 : i64
                %v2789 = arith.muli %v2690, %v2 : i64
                %v2790 = arith.addi %v2788, %v2789 : i64
                %v2791 = llvm.getelementptr %in_u[%v2790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2792 = llvm.load %v2791 : !llvm.ptr -> f32
                %v2793 = arith.mulf %v2792, %v2780 fastmath<contract> : f32
                %v2794 = arith.muli %v42, %v337 : i64
                %v2795 = arith.muli %v32, %v2 : i64
                %v2796 = arith.addi %v2794, %v2795 : i64
                %v2797 = llvm.getelementptr %in_A[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
                %v2799 = arith.mulf %v2679, %v2798 fastmath<contract> : f32
                %v2800 = arith.mulf %v2799, %v283 fastmath<contract> : f32
                %v2801 = llvm.call_intrinsic "llvm.exp2.f32"(%v2800) : (f32) -> f32
                %v2802 = arith.mulf %v413, %v2758 fastmath<contract> : f32
                %v2803 = arith.mulf %v2798, %v2802 fastmath<contract> : f32
                %v2804 = arith.mulf %v2801, %v2803 fastmath<contract> : f32
                %v2805 = arith.muli %v42, %v337 : i64
                %v2806 = arith.constant 8 : i64
                %v2807 = arith.addi %v2806, %v32 : i64
                %v2808 = arith.muli %v2807, %v2 : i64
                %v2809 = arith.addi %v2805, %v2808 : i64
                %v2810 = llvm.getelementptr %in_A[%v2809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2811 = llvm.load %v2810 : !llvm.ptr -> f32
                %v2812 = arith.mulf %v2679, %v2811 fastmath<contract> : f32
                %v2813 = arith.mulf %v2812, %v283 fastmath<contract> : f32
                %v2814 = llvm.call_intrinsic "llvm.exp2.f32"(%v2813) : (f32) -> f32
                %v2815 = arith.mulf %v422, %v2769 fastmath<contract> : f32
                %v2816 = arith.mulf %v2811, %v2815 fastmath<contract> : f32
                %v2817 = arith.mulf %v2814, %v2816 fastmath<contract> : f32
                %v2818 = arith.addf %v2804, %v2817 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2819, %v2820 = gpu.shuffle xor %v2818, %v974, %v329 : f32
                %v2821 = arith.addf %v2818, %v2819 fastmath<contract> : f32
                %v2822, %v2823 = gpu.shuffle xor %v2821, %v978, %v329 : f32
                %v2824 = arith.addf %v2821, %v2822 fastmath<contract> : f32
                %v2825, %v2826 = gpu.shuffle xor %v2824, %v982, %v329 : f32
                %v2827 = arith.addf %v2824, %v2825 fastmath<contract> : f32
                // end sum over the lanes
                %v2828 = arith.addf %v2793, %v2827 fastmath<contract> : f32
                %v2829 = arith.mulf %v2828, %v2687 fastmath<contract> : f32
                %v2830 = arith.cmpi eq, %v32, %v66 : i64
                %v2831 = llvm.load %v877 : !llvm.ptr -> f32
                %v2832 = arith.select %v2830, %v2829, %v2831 : f32
                llvm.store %v2832, %v877 : f32, !llvm.ptr
                %v2833 = arith.mulf %v2697, %v521 fastmath<contract> : f32
                %v2834 = arith.mulf %v2719, %v543 fastmath<contract> : f32
                %v2835 = arith.addf %v2833, %v2834 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2836, %v2837 = gpu.shuffle xor %v2835, %v974, %v329 : f32
                %v2838 = arith.addf %v2835, %v2836 fastmath<contract> : f32
                %v2839, %v2840 = gpu.shuffle xor %v2838, %v978, %v329 : f32
                %v2841 = arith.addf %v2838, %v2839 fastmath<contract> : f32
                %v2842, %v2843 = gpu.shuffle xor %v2841, %v982, %v329 : f32
                %v2844 = arith.addf %v2841, %v2842 fastmath<contract> : f32
                // end sum over the lanes
                %v2845 = arith.mulf %v2792, %v2749 fastmath<contract> : f32
                %v2846 = arith.addf %v2844, %v2845 fastmath<contract> : f32
                %v2847 = arith.mulf %v2846, %v2704 fastmath<contract> : f32
                %v2848 = arith.mulf %v2847, %v2685 fastmath<contract> : f32
                %v2849 = arith.cmpi eq, %v32, %v66 : i64
                %v2850 = llvm.load %v878 : !llvm.ptr -> f32
                %v2851 = arith.select %v2849, %v2848, %v2850 : f32
                llvm.store %v2851, %v878 : f32, !llvm.ptr
                %v2852 = arith.mulf %v2801, %v2802 fastmath<contract> : f32
                %v2853 = arith.mulf %v2679, %v2852 fastmath<contract> : f32
                %v2854 = llvm.load %v54 : !llvm.ptr -> f32
                %v2855 = arith.addf %v2854, %v2853 fastmath<contract> : f32
                llvm.store %v2855, %v54 : f32, !llvm.ptr
                %v2856 = arith.mulf %v2814, %v2815 fastmath<contract> : f32
                %v2857 = arith.mulf %v2679, %v2856 fastmath<contract> : f32
                %v2858 = llvm.load %v55 : !llvm.ptr -> f32
                %v2859 = arith.addf %v2858, %v2857 fastmath<contract> : f32
                llvm.store %v2859, %v55 : f32, !llvm.ptr
                %v2860 = arith.mulf %v2681, %v2758 fastmath<contract> : f32
                %v2861 = arith.select %v36, %v2860, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2862, %v2863 = gpu.shuffle xor %v2861, %v1067, %v329 : f32
                %v2864 = arith.addf %v2861, %v2862 fastmath<contract> : f32
                %v2865, %v2866 = gpu.shuffle xor %v2864, %v1071, %v329 : f32
                %v2867 = arith.addf %v2864, %v2865 fastmath<contract> : f32
                %v2868 = arith.divui %v17, %v19 : i64
                %v2869 = arith.remui %v17, %v19 : i64
                %v2870 = arith.cmpi ult, %v2869, %v31 : i64
                %v2871 = arith.addi %v66, %v32 : i64
                %v2872 = arith.muli %v2868, %v1 : i64
                %v2873 = arith.addi %v2872, %v2871 : i64
                %v2874 = arith.muli %v2873, %v1081 : i64
                %v2875 = arith.addi %v2874, %v2689 : i64
                scf.if %v2870 {
                  %v2876 = llvm.getelementptr %v61[%v2875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2867, %v2876 : f32, !llvm.ptr
                }
                %v2877 = arith.mulf %v2681, %v2769 fastmath<contract> : f32
                %v2878 = arith.select %v36, %v2877, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2879, %v2880 = gpu.shuffle xor %v2878, %v1067, %v329 : f32
                %v2881 = arith.addf %v2878, %v2879 fastmath<contract> : f32
                %v2882, %v2883 = gpu.shuffle xor %v2881, %v1071, %v329 : f32
                %v2884 = arith.addf %v2881, %v2882 fastmath<contract> : f32
                %v2885 = arith.divui %v17, %v19 : i64
                %v2886 = arith.remui %v17, %v19 : i64
                %v2887 = arith.cmpi ult, %v2886, %v31 : i64
                %v2888 = arith.addi %v31, %v32 : i64
                %v2889 = arith.muli %v2885, %v1 : i64
                %v2890 = arith.addi %v2889, %v2888 : i64
                %v2891 = arith.muli %v2890, %v1081 : i64
                %v2892 = arith.addi %v2891, %v2689 : i64
                scf.if %v2887 {
                  %v2893 = llvm.getelementptr %v61[%v2892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2884, %v2893 : f32, !llvm.ptr
                }
                %v2894 = arith.mulf %v521, %v2705 fastmath<contract> : f32
                %v2895 = arith.select %v36, %v2894, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2896, %v2897 = gpu.shuffle xor %v2895, %v1067, %v329 : f32
                %v2898 = arith.addf %v2895, %v2896 fastmath<contract> : f32
                %v2899, %v2900 = gpu.shuffle xor %v2898, %v1071, %v329 : f32
                %v2901 = arith.addf %v2898, %v2899 fastmath<contract> : f32
                %v2902 = arith.divui %v17, %v19 : i64
                %v2903 = arith.remui %v17, %v19 : i64
                %v2904 = arith.cmpi ult, %v2903, %v31 : i64
                %v2905 = arith.addi %v66, %v32 : i64
                %v2906 = arith.muli %v2902, %v1 : i64
                %v2907 = arith.addi %v2906, %v2905 : i64
                %v2908 = arith.muli %v2907, %v1081 : i64
                %v2909 = arith.addi %v2908, %v2689 : i64
                scf.if %v2904 {
                  %v2910 = llvm.getelementptr %v63[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2901, %v2910 : f32, !llvm.ptr
                }
                %v2911 = arith.mulf %v543, %v2705 fastmath<contract> : f32
                %v2912 = arith.select %v36, %v2911, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2913, %v2914 = gpu.shuffle xor %v2912, %v1067, %v329 : f32
                %v2915 = arith.addf %v2912, %v2913 fastmath<contract> : f32
                %v2916, %v2917 = gpu.shuffle xor %v2915, %v1071, %v329 : f32
                %v2918 = arith.addf %v2915, %v2916 fastmath<contract> : f32
                %v2919 = arith.divui %v17, %v19 : i64
                %v2920 = arith.remui %v17, %v19 : i64
                %v2921 = arith.cmpi ult, %v2920, %v31 : i64
                %v2922 = arith.addi %v31, %v32 : i64
                %v2923 = arith.muli %v2919, %v1 : i64
                %v2924 = arith.addi %v2923, %v2922 : i64
                %v2925 = arith.muli %v2924, %v1081 : i64
                %v2926 = arith.addi %v2925, %v2689 : i64
                scf.if %v2921 {
                  %v2927 = llvm.getelementptr %v63[%v2926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2918, %v2927 : f32, !llvm.ptr
                }
                %v2928 = arith.mulf %v2792, %v2705 fastmath<contract> : f32
                %v2929 = llvm.load %v56 : !llvm.ptr -> f32
                %v2930 = arith.addf %v2929, %v2928 fastmath<contract> : f32
                llvm.store %v2930, %v56 : f32, !llvm.ptr
                %v2931 = llvm.load %v57 : !llvm.ptr -> f32
                %v2932 = arith.addf %v2931, %v2829 fastmath<contract> : f32
                llvm.store %v2932, %v57 : f32, !llvm.ptr
                llvm.store %v2801, %v52 : f32, !llvm.ptr
                llvm.store %v2814, %v53 : f32, !llvm.ptr
              }
              %v2933 = arith.addi %v400, %v32 : i64
              %v2934 = arith.cmpi slt, %v2933, %v209 : i64
              %v2935 = arith.andi %v36, %v2934 : i1
              scf.if %v2935 {
                %v2936 = arith.addi %v207, %v2933 : i64
                %v2937 = llvm.load %v876 : !llvm.ptr -> f32
                %v2938 = arith.muli %v44, %v268 : i64
                %v2939 = arith.muli %v42, %v267 : i64
                %v2940 = arith.addi %v2938, %v2939 : i64
                %v2941 = arith.muli %v2936, %v2 : i64
                %v2942 = arith.addi %v2940, %v2941 : i64
                %v2943 = llvm.getelementptr %dx_u[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2937, %v2943 : f32, !llvm.ptr
                %v2944 = llvm.load %v877 : !llvm.ptr -> f32
                %v2945 = arith.muli %v44, %v268 : i64
                %v2946 = arith.muli %v42, %v267 : i64
                %v2947 = arith.addi %v2945, %v2946 : i64
                %v2948 = arith.muli %v2936, %v2 : i64
                %v2949 = arith.addi %v2947, %v2948 : i64
                %v2950 = llvm.getelementptr %dx_delta[%v2949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2944, %v2950 : f32, !llvm.ptr
                %v2951 = llvm.load %v878 : !llvm.ptr -> f32
                %v2952 = arith.muli %v44, %v268 : i64
                %v2953 = arith.muli %v42, %v267 : i64
                %v2954 = arith.addi %v2952, %v2953 : i64
                %v2955 = arith.muli %v2936, %v2 : i64
                %v2956 = arith.addi %v2954, %v2955 : i64
                %v2957 = llvm.getelementptr %dx_z[%v2956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2951, %v2957 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2962 = arith.index_cast %v17 : i64 to index
          %v2963 = arith.index_cast %v2961 : i64 to index
          %v2964 = arith.index_cast %v7 : i64 to index
          scf.for %v2965 = %v2962 to %v2963 step %v2964 {
            %v2966 = arith.index_cast %v2965 : index to i64
            %v2967 = arith.remui %v2966, %v19 : i64
            %v2968 = arith.divui %v2966, %v19 : i64
            %v2969 = arith.muli %v389, %v46 : i64
            %v2970 = arith.divui %v2967, %v31 : i64
            %v2971 = arith.addi %v2969, %v2970 : i64
            %v2972 = arith.cmpi slt, %v2971, %v212 : i64
            %v2973 = arith.subi %v212, %v2 : i64
            %v2974 = arith.subi %v2973, %v2971 : i64
            %v2975 = arith.remui %v2967, %v31 : i64
            %v2976 = arith.subi %v157, %v2975 : i64
            %v2977 = arith.muli %v2974, %v31 : i64
            %v2978 = arith.addi %v2977, %v2976 : i64
            %v2979 = arith.cmpi slt, %v2978, %v209 : i64
            %v2980 = arith.andi %v2972, %v2979 : i1
            scf.if %v2980 {
              %v2981 = arith.addi %v207, %v2978 : i64
              %v2982 = arith.muli %v66, %v1 : i64
              %v2983 = arith.addi %v2982, %v2968 : i64
              %v2984 = arith.muli %v2983, %v1081 : i64
              %v2985 = arith.addi %v2984, %v2967 : i64
              %v2986 = llvm.getelementptr %v61[%v2985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2987 = llvm.load %v2986 : !llvm.ptr -> f32
              %v2988 = arith.muli %v2, %v1 : i64
              %v2989 = arith.addi %v2988, %v2968 : i64
              %v2990 = arith.muli %v2989, %v1081 : i64
              %v2991 = arith.addi %v2990, %v2967 : i64
              %v2992 = llvm.getelementptr %v61[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2993 = llvm.load %v2992 : !llvm.ptr -> f32
              %v2994 = arith.addf %v2987, %v2993 fastmath<contract> : f32
              %v2995 = arith.muli %v591, %v1 : i64
              %v2996 = arith.addi %v2995, %v2968 : i64
              %v2997 = arith.muli %v2996, %v1081 : i64
              %v2998 = arith.addi %v2997, %v2967 : i64
              %v2999 = llvm.getelementptr %v61[%v2998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3000 = llvm.load %v2999 : !llvm.ptr -> f32
              %v3001 = arith.addf %v2994, %v3000 fastmath<contract> : f32
              %v3002 = arith.muli %v382, %v1 : i64
              %v3003 = arith.addi %v3002, %v2968 : i64
              %v3004 = arith.muli %v3003, %v1081 : i64
              %v3005 = arith.addi %v3004, %v2967 : i64
              %v3006 = llvm.getelementptr %v61[%v3005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3007 = llvm.load %v3006 : !llvm.ptr -> f32
              %v3008 = arith.addf %v3001, %v3007 fastmath<contract> : f32
              %v3009 = arith.muli %v46, %v1 : i64
              %v3010 = arith.addi %v3009, %v2968 : i64
              %v3011 = arith.muli %v3010, %v1081 : i64
              %v3012 = arith.addi %v3011, %v2967 : i64
              %v3013 = llvm.getelementptr %v61[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3014 = llvm.load %v3013 : !llvm.ptr -> f32
              %v3015 = arith.addf %v3008, %v3014 fastmath<contract> : f32
              %v3016 = arith.muli %v733, %v1 : i64
              %v3017 = arith.addi %v3016, %v2968 : i64
              %v3018 = arith.muli %v3017, %v1081 : i64
              %v3019 = arith.addi %v3018, %v2967 : i64
              %v3020 = llvm.getelementptr %v61[%v3019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3021 = llvm.load %v3020 : !llvm.ptr -> f32
              %v3022 = arith.addf %v3015, %v3021 fastmath<contract> : f32
              %v3023 = arith.muli %v781, %v1 : i64
              %v3024 = arith.addi %v3023, %v2968 : i64
              %v3025 = arith.muli %v3024, %v1081 : i64
              %v3026 = arith.addi %v3025, %v2967 : i64
              %v3027 = llvm.getelementptr %v61[%v3026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3028 = llvm.load %v3027 : !llvm.ptr -> f32
              %v3029 = arith.addf %v3022, %v3028 fastmath<contract> : f32
              %v3030 = arith.muli %v157, %v1 : i64
              %v3031 = arith.addi %v3030, %v2968 : i64
              %v3032 = arith.muli %v3031, %v1081 : i64
              %v3033 = arith.addi %v3032, %v2967 : i64
              %v3034 = llvm.getelementptr %v61[%v3033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3035 = llvm.load %v3034 : !llvm.ptr -> f32
              %v3036 = arith.addf %v3029, %v3035 fastmath<contract> : f32
              %v3037 = arith.remui %v2968, %v1 : i64
              %v3038 = arith.divui %v2968, %v1 : i64
              %v3039 = arith.muli %v44, %v347 : i64
              %v3040 = arith.muli %v3037, %v346 : i64
              %v3041 = arith.addi %v3039, %v3040 : i64
              %v3042 = arith.muli %v2981, %v2 : i64
              %v3043 = arith.addi %v3041, %v3042 : i64
              %v3044 = arith.muli %v30, %v2960 : i64
              %v3045 = arith.addi %v3044, %v3043 : i64
              %v3046 = llvm.getelementptr %part_Bm[%v3045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3036, %v3046 : f32, !llvm.ptr
            }
          }
          %v3050 = arith.index_cast %v17 : i64 to index
          %v3051 = arith.index_cast %v2961 : i64 to index
          %v3052 = arith.index_cast %v7 : i64 to index
          scf.for %v3053 = %v3050 to %v3051 step %v3052 {
            %v3054 = arith.index_cast %v3053 : index to i64
            %v3055 = arith.remui %v3054, %v19 : i64
            %v3056 = arith.divui %v3054, %v19 : i64
            %v3057 = arith.muli %v389, %v46 : i64
            %v3058 = arith.divui %v3055, %v31 : i64
            %v3059 = arith.addi %v3057, %v3058 : i64
            %v3060 = arith.cmpi slt, %v3059, %v212 : i64
            %v3061 = arith.subi %v212, %v2 : i64
            %v3062 = arith.subi %v3061, %v3059 : i64
            %v3063 = arith.remui %v3055, %v31 : i64
            %v3064 = arith.subi %v157, %v3063 : i64
            %v3065 = arith.muli %v3062, %v31 : i64
            %v3066 = arith.addi %v3065, %v3064 : i64
            %v3067 = arith.cmpi slt, %v3066, %v209 : i64
            %v3068 = arith.andi %v3060, %v3067 : i1
            scf.if %v3068 {
              %v3069 = arith.addi %v207, %v3066 : i64
              %v3070 = arith.muli %v66, %v1 : i64
              %v3071 = arith.addi %v3070, %v3056 : i64
              %v3072 = arith.muli %v3071, %v1081 : i64
              %v3073 = arith.addi %v3072, %v3055 : i64
              %v3074 = llvm.getelementptr %v63[%v3073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3075 = llvm.load %v3074 : !llvm.ptr -> f32
              %v3076 = arith.muli %v2, %v1 : i64
              %v3077 = arith.addi %v3076, %v3056 : i64
              %v3078 = arith.muli %v3077, %v1081 : i64
              %v3079 = arith.addi %v3078, %v3055 : i64
              %v3080 = llvm.getelementptr %v63[%v3079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3081 = llvm.load %v3080 : !llvm.ptr -> f32
              %v3082 = arith.addf %v3075, %v3081 fastmath<contract> : f32
              %v3083 = arith.muli %v591, %v1 : i64
              %v3084 = arith.addi %v3083, %v3056 : i64
              %v3085 = arith.muli %v3084, %v1081 : i64
              %v3086 = arith.addi %v3085, %v3055 : i64
              %v3087 = llvm.getelementptr %v63[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3088 = llvm.load %v3087 : !llvm.ptr -> f32
              %v3089 = arith.addf %v3082, %v3088 fastmath<contract> : f32
              %v3090 = arith.muli %v382, %v1 : i64
              %v3091 = arith.addi %v3090, %v3056 : i64
              %v3092 = arith.muli %v3091, %v1081 : i64
              %v3093 = arith.addi %v3092, %v3055 : i64
              %v3094 = llvm.getelementptr %v63[%v3093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3095 = llvm.load %v3094 : !llvm.ptr -> f32
              %v3096 = arith.addf %v3089, %v3095 fastmath<contract> : f32
              %v3097 = arith.muli %v46, %v1 : i64
              %v3098 = arith.addi %v3097, %v3056 : i64
              %v3099 = arith.muli %v3098, %v1081 : i64
              %v3100 = arith.addi %v3099, %v3055 : i64
              %v3101 = llvm.getelementptr %v63[%v3100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3102 = llvm.load %v3101 : !llvm.ptr -> f32
              %v3103 = arith.addf %v3096, %v3102 fastmath<contract> : f32
              %v3104 = arith.muli %v733, %v1 : i64
              %v3105 = arith.addi %v3104, %v3056 : i64
              %v3106 = arith.muli %v3105, %v1081 : i64
              %v3107 = arith.addi %v3106, %v3055 : i64
              %v3108 = llvm.getelementptr %v63[%v3107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3109 = llvm.load %v3108 : !llvm.ptr -> f32
              %v3110 = arith.addf %v3103, %v3109 fastmath<contract> : f32
              %v3111 = arith.muli %v781, %v1 : i64
              %v3112 = arith.addi %v3111, %v3056 : i64
              %v3113 = arith.muli %v3112, %v1081 : i64
              %v3114 = arith.addi %v3113, %v3055 : i64
              %v3115 = llvm.getelementptr %v63[%v3114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3116 = llvm.load %v3115 : !llvm.ptr -> f32
              %v3117 = arith.addf %v3110, %v3116 fastmath<contract> : f32
              %v3118 = arith.muli %v157, %v1 : i64
              %v3119 = arith.addi %v3118, %v3056 : i64
              %v3120 = arith.muli %v3119, %v1081 : i64
              %v3121 = arith.addi %v3120, %v3055 : i64
              %v3122 = llvm.getelementptr %v63[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3123 = llvm.load %v3122 : !llvm.ptr -> f32
              %v3124 = arith.addf %v3117, %v3123 fastmath<contract> : f32
              %v3125 = arith.remui %v3056, %v1 : i64
              %v3126 = arith.divui %v3056, %v1 : i64
              %v3127 = arith.muli %v44, %v347 : i64
              %v3128 = arith.muli %v3125, %v346 : i64
              %v3129 = arith.addi %v3127, %v3128 : i64
              %v3130 = arith.muli %v3069, %v2 : i64
              %v3131 = arith.addi %v3129, %v3130 : i64
              %v3132 = arith.muli %v30, %v3049 : i64
              %v3133 = arith.addi %v3132, %v3131 : i64
              %v3134 = llvm.getelementptr %part_Cm[%v3133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3124, %v3134 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3135 = arith.cmpi eq, %v27, %v66 : i64
      scf.if %v3135 {
        %v3136 = llvm.load %v50 : !llvm.ptr -> f32
        %v3137 = llvm.load %v52 : !llvm.ptr -> f32
        %v3138 = arith.mulf %v3137, %v3136 fastmath<contract> : f32
        %v3139 = llvm.load %v58 : !llvm.ptr -> f32
        %v3140 = arith.addf %v3139, %v3138 fastmath<contract> : f32
        llvm.store %v3140, %v58 : f32, !llvm.ptr
        %v3141 = llvm.load %v51 : !llvm.ptr -> f32
        %v3142 = llvm.load %v53 : !llvm.ptr -> f32
        %v3143 = arith.mulf %v3142, %v3141 fastmath<contract> : f32
        %v3144 = llvm.load %v59 : !llvm.ptr -> f32
        %v3145 = arith.addf %v3144, %v3143 fastmath<contract> : f32
        llvm.store %v3145, %v59 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v3146 = llvm.load %v54 : !llvm.ptr -> f32
        %v3147 = arith.addi %v66, %v32 : i64
        %v3148 = arith.addi %v49, %v38 : i64
        %v3149 = arith.muli %v3148, %v1 : i64
        %v3150 = arith.addi %v3149, %v3147 : i64
        %v3151 = llvm.getelementptr %part_A[%v3150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3146, %v3151 : f32, !llvm.ptr
        %v3152 = llvm.load %v55 : !llvm.ptr -> f32
        %v3153 = arith.addi %v31, %v32 : i64
        %v3154 = arith.addi %v49, %v38 : i64
        %v3155 = arith.muli %v3154, %v1 : i64
        %v3156 = arith.addi %v3155, %v3153 : i64
        %v3157 = llvm.getelementptr %part_A[%v3156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3152, %v3157 : f32, !llvm.ptr
      }
      %v3158 = arith.cmpi eq, %v32, %v66 : i64
      %v3159 = arith.andi %v36, %v3158 : i1
      scf.if %v3159 {
        %v3160 = llvm.load %v56 : !llvm.ptr -> f32
        %v3161 = arith.addi %v49, %v38 : i64
        %v3162 = arith.muli %v3161, %v2 : i64
        %v3163 = arith.addi %v3162, %v66 : i64
        %v3164 = llvm.getelementptr %part_Dskip[%v3163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3160, %v3164 : f32, !llvm.ptr
      }
      %v3165 = arith.cmpi eq, %v32, %v66 : i64
      %v3166 = arith.andi %v36, %v3165 : i1
      scf.if %v3166 {
        %v3167 = llvm.load %v57 : !llvm.ptr -> f32
        %v3168 = arith.addi %v49, %v38 : i64
        %v3169 = arith.muli %v3168, %v2 : i64
        %v3170 = arith.addi %v3169, %v66 : i64
        %v3171 = llvm.getelementptr %part_dt_bias[%v3170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3167, %v3171 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v3172 = llvm.load %v58 : !llvm.ptr -> f32
        %v3173 = arith.addi %v66, %v32 : i64
        %v3174 = arith.addi %v49, %v38 : i64
        %v3175 = arith.muli %v3174, %v1 : i64
        %v3176 = arith.addi %v3175, %v3173 : i64
        %v3177 = llvm.getelementptr %part_h0[%v3176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3172, %v3177 : f32, !llvm.ptr
        %v3178 = llvm.load %v59 : !llvm.ptr -> f32
        %v3179 = arith.addi %v31, %v32 : i64
        %v3180 = arith.addi %v49, %v38 : i64
        %v3181 = arith.muli %v3180, %v1 : i64
        %v3182 = arith.addi %v3181, %v3179 : i64
        %v3183 = llvm.getelementptr %part_h0[%v3182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3178, %v3183 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
