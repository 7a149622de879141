module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_selective_scan_bwd_seg_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    llvm.mlir.global internal @tile_selective_scan_bwd_seg_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4096 x f32>
    gpu.func @selective_scan_bwd_seg(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segcarry_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %part_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v267 = arith.muli %v2, %size_D : i64
      %v268 = arith.muli %v267, %size_L : i64
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
      %v346 = arith.muli %v2, %v1 : i64
      %v347 = arith.muli %v346, %size_L : i64
      %v382 = arith.constant 3 : i64
      %v591 = arith.constant 2 : i64
      %v733 = arith.constant 5 : i64
      %v781 = arith.constant 6 : i64
      %v971 = arith.constant 1 : i32
      %v975 = arith.constant 2 : i32
      %v979 = arith.constant 4 : i32
      %v1079 = arith.constant 8 : i32
      %v1083 = arith.constant 16 : i32
      %v3049 = arith.muli %v2, %size_B : i64
      %v3050 = arith.muli %v3049, %size_L : i64
      %v3051 = arith.muli %v3050, %v1 : i64
      %v3052 = arith.constant 512 : i64
      %v3090 = arith.constant 96 : i64
      %v3097 = arith.constant 128 : i64
      %v3104 = arith.constant 160 : i64
      %v3111 = arith.constant 192 : i64
      %v3118 = arith.constant 224 : i64
      %v3135 = arith.muli %v2, %size_B : i64
      %v3136 = arith.muli %v3135, %size_L : i64
      %v3137 = arith.muli %v3136, %v1 : i64
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
        %v144 = arith.addf %v143, %v142 : f32
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
        %v155 = arith.addf %v154, %v153 : f32
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
          %v270 = arith.muli %v266, %v267 : i64
          %v271 = arith.addi %v269, %v270 : i64
          %v272 = arith.muli %v42, %v2 : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = llvm.getelementptr %in_delta[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.muli %v42, %v2 : i64
          %v277 = llvm.getelementptr %in_dt_bias[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v278 = llvm.load %v277 : !llvm.ptr -> f32
          %v279 = arith.addf %v275, %v278 : f32
          %v280 = arith.maximumf %v279, %v64 : f32
          %v281 = llvm.call_intrinsic "llvm.fabs.f32"(%v279) : (f32) -> f32
          %v282 = arith.negf %v281 : f32
          %v284 = arith.mulf %v282, %v283 : f32
          %v285 = llvm.call_intrinsic "llvm.exp2.f32"(%v284) : (f32) -> f32
          %v286 = arith.addf %v65, %v285 : f32
          %v287 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v286) : (f32) -> f32
          %v289 = arith.mulf %v287, %v288 : f32
          %v291 = arith.mulf %v290, %v285 : f32
          %v293 = arith.addf %v291, %v292 : f32
          %v294 = arith.mulf %v293, %v285 : f32
          %v296 = arith.addf %v294, %v295 : f32
          %v297 = arith.mulf %v296, %v285 : f32
          %v299 = arith.addf %v297, %v298 : f32
          %v300 = arith.mulf %v299, %v285 : f32
          %v302 = arith.addf %v300, %v301 : f32
          %v303 = arith.mulf %v302, %v285 : f32
          %v305 = arith.addf %v303, %v304 : f32
          %v306 = arith.mulf %v305, %v285 : f32
          %v307 = arith.addf %v306, %v65 : f32
          %v308 = arith.mulf %v307, %v285 : f32
          %v309 = llvm.call_intrinsic "llvm.fabs.f32"(%v285) : (f32) -> f32
          %v311 = arith.cmpf olt, %v309, %v310 : f32
          %v312 = arith.select %v311, %v308, %v289 : f32
          %v313 = arith.addf %v280, %v312 : f32
          %v314 = arith.muli %v44, %v268 : i64
          %v315 = arith.muli %v266, %v267 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = arith.muli %v42, %v2 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = llvm.getelementptr %in_u[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v320 = llvm.load %v319 : !llvm.ptr -> f32
          %v321 = arith.mulf %v313, %v320 : f32
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
              %v343 = arith.mulf %v330, %v342 : f32
              %v344 = arith.mulf %v343, %v283 : f32
              %v345 = llvm.call_intrinsic "llvm.exp2.f32"(%v344) : (f32) -> f32
              %v348 = arith.muli %v44, %v347 : i64
              %v349 = arith.muli %v336, %v346 : i64
              %v350 = arith.addi %v348, %v349 : i64
              %v351 = arith.muli %v32, %v2 : i64
              %v352 = arith.addi %v350, %v351 : i64
              %v353 = llvm.getelementptr %in_Bm[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v354 = llvm.load %v353 : !llvm.ptr -> f32
              %v355 = arith.mulf %v354, %v332 : f32
              %v356 = llvm.load %v11 : !llvm.ptr -> f32
              %v357 = arith.mulf %v345, %v356 : f32
              %v358 = arith.addf %v357, %v355 : f32
              llvm.store %v358, %v11 : f32, !llvm.ptr
              %v359 = arith.muli %v42, %v337 : i64
              %v360 = arith.constant 8 : i64
              %v361 = arith.addi %v360, %v32 : i64
              %v362 = arith.muli %v361, %v2 : i64
              %v363 = arith.addi %v359, %v362 : i64
              %v364 = llvm.getelementptr %in_A[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.mulf %v330, %v365 : f32
              %v367 = arith.mulf %v366, %v283 : f32
              %v368 = llvm.call_intrinsic "llvm.exp2.f32"(%v367) : (f32) -> f32
              %v369 = arith.muli %v44, %v347 : i64
              %v370 = arith.muli %v336, %v346 : i64
              %v371 = arith.addi %v369, %v370 : i64
              %v372 = arith.constant 8 : i64
              %v373 = arith.addi %v372, %v32 : i64
              %v374 = arith.muli %v373, %v2 : i64
              %v375 = arith.addi %v371, %v374 : i64
              %v376 = llvm.getelementptr %in_Bm[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v377 = llvm.load %v376 : !llvm.ptr -> f32
              %v378 = arith.mulf %v377, %v332 : f32
              %v379 = llvm.load %v12 : !llvm.ptr -> f32
              %v380 = arith.mulf %v368, %v379 : f32
              %v381 = arith.addf %v380, %v378 : f32
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
              %v427 = arith.muli %v425, %v267 : i64
              %v428 = arith.addi %v426, %v427 : i64
              %v429 = arith.muli %v42, %v2 : i64
              %v430 = arith.addi %v428, %v429 : i64
              %v431 = llvm.getelementptr %in_delta[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v432 = llvm.load %v431 : !llvm.ptr -> f32
              %v433 = arith.muli %v42, %v2 : i64
              %v434 = llvm.getelementptr %in_dt_bias[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v435 = llvm.load %v434 : !llvm.ptr -> f32
              %v436 = arith.addf %v432, %v435 : f32
              %v437 = arith.maximumf %v436, %v64 : f32
              %v438 = llvm.call_intrinsic "llvm.fabs.f32"(%v436) : (f32) -> f32
              %v439 = arith.negf %v438 : f32
              %v440 = arith.mulf %v439, %v283 : f32
              %v441 = llvm.call_intrinsic "llvm.exp2.f32"(%v440) : (f32) -> f32
              %v442 = arith.addf %v65, %v441 : f32
              %v443 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v442) : (f32) -> f32
              %v444 = arith.mulf %v443, %v288 : f32
              %v445 = arith.mulf %v290, %v441 : f32
              %v446 = arith.addf %v445, %v292 : f32
              %v447 = arith.mulf %v446, %v441 : f32
              %v448 = arith.addf %v447, %v295 : f32
              %v449 = arith.mulf %v448, %v441 : f32
              %v450 = arith.addf %v449, %v298 : f32
              %v451 = arith.mulf %v450, %v441 : f32
              %v452 = arith.addf %v451, %v301 : f32
              %v453 = arith.mulf %v452, %v441 : f32
              %v454 = arith.addf %v453, %v304 : f32
              %v455 = arith.mulf %v454, %v441 : f32
              %v456 = arith.addf %v455, %v65 : f32
              %v457 = arith.mulf %v456, %v441 : f32
              %v458 = llvm.call_intrinsic "llvm.fabs.f32"(%v441) : (f32) -> f32
              %v459 = arith.cmpf olt, %v458, %v310 : f32
              %v460 = arith.select %v459, %v457, %v444 : f32
              %v461 = arith.addf %v437, %v460 : f32
              %v462 = arith.muli %v44, %v268 : i64
              %v463 = arith.muli %v425, %v267 : i64
              %v464 = arith.addi %v462, %v463 : i64
              %v465 = arith.muli %v42, %v2 : i64
              %v466 = arith.addi %v464, %v465 : i64
              %v467 = llvm.getelementptr %in_u[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v468 = llvm.load %v467 : !llvm.ptr -> f32
              %v469 = arith.mulf %v461, %v468 : f32
              %v470 = arith.muli %v44, %v268 : i64
              %v471 = arith.muli %v425, %v267 : i64
              %v472 = arith.addi %v470, %v471 : i64
              %v473 = arith.muli %v42, %v2 : i64
              %v474 = arith.addi %v472, %v473 : i64
              %v475 = llvm.getelementptr %in_z[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v476 = llvm.load %v475 : !llvm.ptr -> f32
              %v477 = arith.negf %v476 : f32
              %v478 = arith.mulf %v477, %v283 : f32
              %v479 = llvm.call_intrinsic "llvm.exp2.f32"(%v478) : (f32) -> f32
              %v480 = arith.addf %v65, %v479 : f32
              %v481 = arith.divf %v65, %v480 : f32
              %v482 = arith.mulf %v476, %v481 : f32
              %v483 = arith.negf %v476 : f32
              %v484 = arith.mulf %v483, %v283 : f32
              %v485 = llvm.call_intrinsic "llvm.exp2.f32"(%v484) : (f32) -> f32
              %v486 = arith.addf %v65, %v485 : f32
              %v487 = arith.divf %v65, %v486 : f32
              %v488 = arith.subf %v65, %v487 : f32
              %v489 = arith.mulf %v476, %v488 : f32
              %v490 = arith.addf %v65, %v489 : f32
              %v491 = arith.mulf %v487, %v490 : f32
              %v492 = arith.negf %v436 : f32
              %v493 = arith.mulf %v492, %v283 : f32
              %v494 = llvm.call_intrinsic "llvm.exp2.f32"(%v493) : (f32) -> f32
              %v495 = arith.addf %v65, %v494 : f32
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
              %v509 = arith.mulf %v500, %v508 : f32
              %v510 = arith.mulf %v509, %v283 : f32
              %v511 = llvm.call_intrinsic "llvm.exp2.f32"(%v510) : (f32) -> f32
              %v512 = arith.muli %v44, %v347 : i64
              %v513 = arith.muli %v499, %v346 : i64
              %v514 = arith.addi %v512, %v513 : i64
              %v515 = arith.muli %v32, %v2 : i64
              %v516 = arith.addi %v514, %v515 : i64
              %v517 = llvm.getelementptr %in_Bm[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v518 = llvm.load %v517 : !llvm.ptr -> f32
              %v519 = arith.mulf %v518, %v502 : f32
              %v520 = arith.mulf %v511, %v413 : f32
              %v521 = arith.addf %v520, %v519 : f32
              %v522 = arith.muli %v42, %v337 : i64
              %v523 = arith.constant 8 : i64
              %v524 = arith.addi %v523, %v32 : i64
              %v525 = arith.muli %v524, %v2 : i64
              %v526 = arith.addi %v522, %v525 : i64
              %v527 = llvm.getelementptr %in_A[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v528 = llvm.load %v527 : !llvm.ptr -> f32
              %v529 = arith.mulf %v500, %v528 : f32
              %v530 = arith.mulf %v529, %v283 : f32
              %v531 = llvm.call_intrinsic "llvm.exp2.f32"(%v530) : (f32) -> f32
              %v532 = arith.muli %v44, %v347 : i64
              %v533 = arith.muli %v499, %v346 : i64
              %v534 = arith.addi %v532, %v533 : i64
              %v535 = arith.constant 8 : i64
              %v536 = arith.addi %v535, %v32 : i64
              %v537 = arith.muli %v536, %v2 : i64
              %v538 = arith.addi %v534, %v537 : i64
              %v539 = llvm.getelementptr %in_Bm[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v540 = llvm.load %v539 : !llvm.ptr -> f32
              %v541 = arith.mulf %v540, %v502 : f32
              %v542 = arith.mulf %v531, %v422 : f32
              %v543 = arith.addf %v542, %v541 : f32
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
              %v556 = arith.mulf %v547, %v555 : f32
              %v557 = arith.mulf %v556, %v283 : f32
              %v558 = llvm.call_intrinsic "llvm.exp2.f32"(%v557) : (f32) -> f32
              %v559 = arith.muli %v44, %v347 : i64
              %v560 = arith.muli %v546, %v346 : i64
              %v561 = arith.addi %v559, %v560 : i64
              %v562 = arith.muli %v32, %v2 : i64
              %v563 = arith.addi %v561, %v562 : i64
              %v564 = llvm.getelementptr %in_Bm[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v565 = llvm.load %v564 : !llvm.ptr -> f32
              %v566 = arith.mulf %v565, %v549 : f32
              %v567 = arith.mulf %v558, %v521 : f32
              %v568 = arith.addf %v567, %v566 : f32
              %v569 = arith.muli %v42, %v337 : i64
              %v570 = arith.constant 8 : i64
              %v571 = arith.addi %v570, %v32 : i64
              %v572 = arith.muli %v571, %v2 : i64
              %v573 = arith.addi %v569, %v572 : i64
              %v574 = llvm.getelementptr %in_A[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v575 = llvm.load %v574 : !llvm.ptr -> f32
              %v576 = arith.mulf %v547, %v575 : f32
              %v577 = arith.mulf %v576, %v283 : f32
              %v578 = llvm.call_intrinsic "llvm.exp2.f32"(%v577) : (f32) -> f32
              %v579 = arith.muli %v44, %v347 : i64
              %v580 = arith.muli %v546, %v346 : i64
              %v581 = arith.addi %v579, %v580 : i64
              %v582 = arith.constant 8 : i64
              %v583 = arith.addi %v582, %v32 : i64
              %v584 = arith.muli %v583, %v2 : i64
              %v585 = arith.addi %v581, %v584 : i64
              %v586 = llvm.getelementptr %in_Bm[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v587 = llvm.load %v586 : !llvm.ptr -> f32
              %v588 = arith.mulf %v587, %v549 : f32
              %v589 = arith.mulf %v578, %v543 : f32
              %v590 = arith.addf %v589, %v588 : f32
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
              %v604 = arith.mulf %v595, %v603 : f32
              %v605 = arith.mulf %v604, %v283 : f32
              %v606 = llvm.call_intrinsic "llvm.exp2.f32"(%v605) : (f32) -> f32
              %v607 = arith.muli %v44, %v347 : i64
              %v608 = arith.muli %v594, %v346 : i64
              %v609 = arith.addi %v607, %v608 : i64
              %v610 = arith.muli %v32, %v2 : i64
              %v611 = arith.addi %v609, %v610 : i64
              %v612 = llvm.getelementptr %in_Bm[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v613 = llvm.load %v612 : !llvm.ptr -> f32
              %v614 = arith.mulf %v613, %v597 : f32
              %v615 = arith.mulf %v606, %v568 : f32
              %v616 = arith.addf %v615, %v614 : f32
              %v617 = arith.muli %v42, %v337 : i64
              %v618 = arith.constant 8 : i64
              %v619 = arith.addi %v618, %v32 : i64
              %v620 = arith.muli %v619, %v2 : i64
              %v621 = arith.addi %v617, %v620 : i64
              %v622 = llvm.getelementptr %in_A[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v623 = llvm.load %v622 : !llvm.ptr -> f32
              %v624 = arith.mulf %v595, %v623 : f32
              %v625 = arith.mulf %v624, %v283 : f32
              %v626 = llvm.call_intrinsic "llvm.exp2.f32"(%v625) : (f32) -> f32
              %v627 = arith.muli %v44, %v347 : i64
              %v628 = arith.muli %v594, %v346 : i64
              %v629 = arith.addi %v627, %v628 : i64
              %v630 = arith.constant 8 : i64
              %v631 = arith.addi %v630, %v32 : i64
              %v632 = arith.muli %v631, %v2 : i64
              %v633 = arith.addi %v629, %v632 : i64
              %v634 = llvm.getelementptr %in_Bm[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v635 = llvm.load %v634 : !llvm.ptr -> f32
              %v636 = arith.mulf %v635, %v597 : f32
              %v637 = arith.mulf %v626, %v590 : f32
              %v638 = arith.addf %v637, %v636 : f32
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
              %v651 = arith.mulf %v642, %v650 : f32
              %v652 = arith.mulf %v651, %v283 : f32
              %v653 = llvm.call_intrinsic "llvm.exp2.f32"(%v652) : (f32) -> f32
              %v654 = arith.muli %v44, %v347 : i64
              %v655 = arith.muli %v641, %v346 : i64
              %v656 = arith.addi %v654, %v655 : i64
              %v657 = arith.muli %v32, %v2 : i64
              %v658 = arith.addi %v656, %v657 : i64
              %v659 = llvm.getelementptr %in_Bm[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v660 = llvm.load %v659 : !llvm.ptr -> f32
              %v661 = arith.mulf %v660, %v644 : f32
              %v662 = arith.mulf %v653, %v616 : f32
              %v663 = arith.addf %v662, %v661 : f32
              %v664 = arith.muli %v42, %v337 : i64
              %v665 = arith.constant 8 : i64
              %v666 = arith.addi %v665, %v32 : i64
              %v667 = arith.muli %v666, %v2 : i64
              %v668 = arith.addi %v664, %v667 : i64
              %v669 = llvm.getelementptr %in_A[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v670 = llvm.load %v669 : !llvm.ptr -> f32
              %v671 = arith.mulf %v642, %v670 : f32
              %v672 = arith.mulf %v671, %v283 : f32
              %v673 = llvm.call_intrinsic "llvm.exp2.f32"(%v672) : (f32) -> f32
              %v674 = arith.muli %v44, %v347 : i64
              %v675 = arith.muli %v641, %v346 : i64
              %v676 = arith.addi %v674, %v675 : i64
              %v677 = arith.constant 8 : i64
              %v678 = arith.addi %v677, %v32 : i64
              %v679 = arith.muli %v678, %v2 : i64
              %v680 = arith.addi %v676, %v679 : i64
              %v681 = llvm.getelementptr %in_Bm[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v682 = llvm.load %v681 : !llvm.ptr -> f32
              %v683 = arith.mulf %v682, %v644 : f32
              %v684 = arith.mulf %v673, %v638 : f32
              %v685 = arith.addf %v684, %v683 : f32
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
              %v698 = arith.mulf %v689, %v697 : f32
              %v699 = arith.mulf %v698, %v283 : f32
              %v700 = llvm.call_intrinsic "llvm.exp2.f32"(%v699) : (f32) -> f32
              %v701 = arith.muli %v44, %v347 : i64
              %v702 = arith.muli %v688, %v346 : i64
              %v703 = arith.addi %v701, %v702 : i64
              %v704 = arith.muli %v32, %v2 : i64
              %v705 = arith.addi %v703, %v704 : i64
              %v706 = llvm.getelementptr %in_Bm[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v707 = llvm.load %v706 : !llvm.ptr -> f32
              %v708 = arith.mulf %v707, %v691 : f32
              %v709 = arith.mulf %v700, %v663 : f32
              %v710 = arith.addf %v709, %v708 : f32
              %v711 = arith.muli %v42, %v337 : i64
              %v712 = arith.constant 8 : i64
              %v713 = arith.addi %v712, %v32 : i64
              %v714 = arith.muli %v713, %v2 : i64
              %v715 = arith.addi %v711, %v714 : i64
              %v716 = llvm.getelementptr %in_A[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v717 = llvm.load %v716 : !llvm.ptr -> f32
              %v718 = arith.mulf %v689, %v717 : f32
              %v719 = arith.mulf %v718, %v283 : f32
              %v720 = llvm.call_intrinsic "llvm.exp2.f32"(%v719) : (f32) -> f32
              %v721 = arith.muli %v44, %v347 : i64
              %v722 = arith.muli %v688, %v346 : i64
              %v723 = arith.addi %v721, %v722 : i64
              %v724 = arith.constant 8 : i64
              %v725 = arith.addi %v724, %v32 : i64
              %v726 = arith.muli %v725, %v2 : i64
              %v727 = arith.addi %v723, %v726 : i64
              %v728 = llvm.getelementptr %in_Bm[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v729 = llvm.load %v728 : !llvm.ptr -> f32
              %v730 = arith.mulf %v729, %v691 : f32
              %v731 = arith.mulf %v720, %v685 : f32
              %v732 = arith.addf %v731, %v730 : f32
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
              %v746 = arith.mulf %v737, %v745 : f32
              %v747 = arith.mulf %v746, %v283 : f32
              %v748 = llvm.call_intrinsic "llvm.exp2.f32"(%v747) : (f32) -> f32
              %v749 = arith.muli %v44, %v347 : i64
              %v750 = arith.muli %v736, %v346 : i64
              %v751 = arith.addi %v749, %v750 : i64
              %v752 = arith.muli %v32, %v2 : i64
              %v753 = arith.addi %v751, %v752 : i64
              %v754 = llvm.getelementptr %in_Bm[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v755 = llvm.load %v754 : !llvm.ptr -> f32
              %v756 = arith.mulf %v755, %v739 : f32
              %v757 = arith.mulf %v748, %v710 : f32
              %v758 = arith.addf %v757, %v756 : f32
              %v759 = arith.muli %v42, %v337 : i64
              %v760 = arith.constant 8 : i64
              %v761 = arith.addi %v760, %v32 : i64
              %v762 = arith.muli %v761, %v2 : i64
              %v763 = arith.addi %v759, %v762 : i64
              %v764 = llvm.getelementptr %in_A[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v765 = llvm.load %v764 : !llvm.ptr -> f32
              %v766 = arith.mulf %v737, %v765 : f32
              %v767 = arith.mulf %v766, %v283 : f32
              %v768 = llvm.call_intrinsic "llvm.exp2.f32"(%v767) : (f32) -> f32
              %v769 = arith.muli %v44, %v347 : i64
              %v770 = arith.muli %v736, %v346 : i64
              %v771 = arith.addi %v769, %v770 : i64
              %v772 = arith.constant 8 : i64
              %v773 = arith.addi %v772, %v32 : i64
              %v774 = arith.muli %v773, %v2 : i64
              %v775 = arith.addi %v771, %v774 : i64
              %v776 = llvm.getelementptr %in_Bm[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v777 = llvm.load %v776 : !llvm.ptr -> f32
              %v778 = arith.mulf %v777, %v739 : f32
              %v779 = arith.mulf %v768, %v732 : f32
              %v780 = arith.addf %v779, %v778 : f32
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
              %v794 = arith.mulf %v785, %v793 : f32
              %v795 = arith.mulf %v794, %v283 : f32
              %v796 = llvm.call_intrinsic "llvm.exp2.f32"(%v795) : (f32) -> f32
              %v797 = arith.muli %v44, %v347 : i64
              %v798 = arith.muli %v784, %v346 : i64
              %v799 = arith.addi %v797, %v798 : i64
              %v800 = arith.muli %v32, %v2 : i64
              %v801 = arith.addi %v799, %v800 : i64
              %v802 = llvm.getelementptr %in_Bm[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v803 = llvm.load %v802 : !llvm.ptr -> f32
              %v804 = arith.mulf %v803, %v787 : f32
              %v805 = arith.mulf %v796, %v758 : f32
              %v806 = arith.addf %v805, %v804 : f32
              %v807 = arith.muli %v42, %v337 : i64
              %v808 = arith.constant 8 : i64
              %v809 = arith.addi %v808, %v32 : i64
              %v810 = arith.muli %v809, %v2 : i64
              %v811 = arith.addi %v807, %v810 : i64
              %v812 = llvm.getelementptr %in_A[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v813 = llvm.load %v812 : !llvm.ptr -> f32
              %v814 = arith.mulf %v785, %v813 : f32
              %v815 = arith.mulf %v814, %v283 : f32
              %v816 = llvm.call_intrinsic "llvm.exp2.f32"(%v815) : (f32) -> f32
              %v817 = arith.muli %v44, %v347 : i64
              %v818 = arith.muli %v784, %v346 : i64
              %v819 = arith.addi %v817, %v818 : i64
              %v820 = arith.constant 8 : i64
              %v821 = arith.addi %v820, %v32 : i64
              %v822 = arith.muli %v821, %v2 : i64
              %v823 = arith.addi %v819, %v822 : i64
              %v824 = llvm.getelementptr %in_Bm[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v825 = llvm.load %v824 : !llvm.ptr -> f32
              %v826 = arith.mulf %v825, %v787 : f32
              %v827 = arith.mulf %v816, %v780 : f32
              %v828 = arith.addf %v827, %v826 : f32
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
              %v841 = arith.mulf %v832, %v840 : f32
              %v842 = arith.mulf %v841, %v283 : f32
              %v843 = llvm.call_intrinsic "llvm.exp2.f32"(%v842) : (f32) -> f32
              %v844 = arith.muli %v44, %v347 : i64
              %v845 = arith.muli %v831, %v346 : i64
              %v846 = arith.addi %v844, %v845 : i64
              %v847 = arith.muli %v32, %v2 : i64
              %v848 = arith.addi %v846, %v847 : i64
              %v849 = llvm.getelementptr %in_Bm[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v850 = llvm.load %v849 : !llvm.ptr -> f32
              %v851 = arith.mulf %v850, %v834 : f32
              %v852 = arith.mulf %v843, %v806 : f32
              %v853 = arith.addf %v852, %v851 : f32
              %v854 = arith.muli %v42, %v337 : i64
              %v855 = arith.constant 8 : i64
              %v856 = arith.addi %v855, %v32 : i64
              %v857 = arith.muli %v856, %v2 : i64
              %v858 = arith.addi %v854, %v857 : i64
              %v859 = llvm.getelementptr %in_A[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v860 = llvm.load %v859 : !llvm.ptr -> f32
              %v861 = arith.mulf %v832, %v860 : f32
              %v862 = arith.mulf %v861, %v283 : f32
              %v863 = llvm.call_intrinsic "llvm.exp2.f32"(%v862) : (f32) -> f32
              %v864 = arith.muli %v44, %v347 : i64
              %v865 = arith.muli %v831, %v346 : i64
              %v866 = arith.addi %v864, %v865 : i64
              %v867 = arith.constant 8 : i64
              %v868 = arith.addi %v867, %v32 : i64
              %v869 = arith.muli %v868, %v2 : i64
              %v870 = arith.addi %v866, %v869 : i64
              %v871 = llvm.getelementptr %in_Bm[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v872 = llvm.load %v871 : !llvm.ptr -> f32
              %v873 = arith.mulf %v872, %v834 : f32
              %v874 = arith.mulf %v863, %v828 : f32
              %v875 = arith.addf %v874, %v873 : f32
              %v876 = arith.addi %v400, %v157 : i64
              %v877 = arith.cmpi slt, %v876, %v209 : i64
              %v878, %v879 = gpu.shuffle idx %v461, %v193, %v329 : f32
              %v880, %v881 = gpu.shuffle idx %v469, %v193, %v329 : f32
              %v882, %v883 = gpu.shuffle idx %v482, %v193, %v329 : f32
              %v884, %v885 = gpu.shuffle idx %v491, %v193, %v329 : f32
              %v886, %v887 = gpu.shuffle idx %v496, %v193, %v329 : f32
              %v888 = arith.addi %v402, %v66 : i64
              scf.if %v877 {
                %v889 = arith.addi %v207, %v876 : i64
                %v890 = arith.muli %v44, %v347 : i64
                %v891 = arith.muli %v889, %v346 : i64
                %v892 = arith.addi %v890, %v891 : i64
                %v893 = arith.muli %v32, %v2 : i64
                %v894 = arith.addi %v892, %v893 : i64
                %v895 = llvm.getelementptr %in_Cm[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = arith.muli %v44, %v268 : i64
                %v898 = arith.muli %v889, %v267 : i64
                %v899 = arith.addi %v897, %v898 : i64
                %v900 = arith.muli %v42, %v2 : i64
                %v901 = arith.addi %v899, %v900 : i64
                %v902 = llvm.getelementptr %dy_y[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v903 = llvm.load %v902 : !llvm.ptr -> f32
                %v904 = arith.mulf %v882, %v903 : f32
                %v905 = arith.mulf %v896, %v904 : f32
                %v906 = llvm.load %v50 : !llvm.ptr -> f32
                %v907 = llvm.load %v52 : !llvm.ptr -> f32
                %v908 = arith.mulf %v907, %v906 : f32
                %v909 = arith.addf %v905, %v908 : f32
                llvm.store %v909, %v50 : f32, !llvm.ptr
                %v910 = arith.muli %v44, %v347 : i64
                %v911 = arith.muli %v889, %v346 : i64
                %v912 = arith.addi %v910, %v911 : i64
                %v913 = arith.constant 8 : i64
                %v914 = arith.addi %v913, %v32 : i64
                %v915 = arith.muli %v914, %v2 : i64
                %v916 = arith.addi %v912, %v915 : i64
                %v917 = llvm.getelementptr %in_Cm[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.mulf %v918, %v904 : f32
                %v920 = llvm.load %v51 : !llvm.ptr -> f32
                %v921 = llvm.load %v53 : !llvm.ptr -> f32
                %v922 = arith.mulf %v921, %v920 : f32
                %v923 = arith.addf %v919, %v922 : f32
                llvm.store %v923, %v51 : f32, !llvm.ptr
                %v924 = arith.subi %size_L, %v2 : i64
                %v925 = arith.cmpi eq, %v889, %v924 : i64
                scf.if %v925 {
                  %v926 = arith.muli %v44, %v113 : i64
                  %v927 = arith.muli %v42, %v112 : i64
                  %v928 = arith.addi %v926, %v927 : i64
                  %v929 = arith.muli %v32, %v2 : i64
                  %v930 = arith.addi %v928, %v929 : i64
                  %v931 = llvm.getelementptr %dy_h_last[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v932 = llvm.load %v931 : !llvm.ptr -> f32
                  %v933 = llvm.load %v50 : !llvm.ptr -> f32
                  %v934 = arith.addf %v933, %v932 : f32
                  llvm.store %v934, %v50 : f32, !llvm.ptr
                  %v935 = arith.muli %v44, %v113 : i64
                  %v936 = arith.muli %v42, %v112 : i64
                  %v937 = arith.addi %v935, %v936 : i64
                  %v938 = arith.constant 8 : i64
                  %v939 = arith.addi %v938, %v32 : i64
                  %v940 = arith.muli %v939, %v2 : i64
                  %v941 = arith.addi %v937, %v940 : i64
                  %v942 = llvm.getelementptr %dy_h_last[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v943 = llvm.load %v942 : !llvm.ptr -> f32
                  %v944 = llvm.load %v51 : !llvm.ptr -> f32
                  %v945 = arith.addf %v944, %v943 : f32
                  llvm.store %v945, %v51 : f32, !llvm.ptr
                }
                %v946 = arith.muli %v42, %v2 : i64
                %v947 = llvm.getelementptr %in_Dskip[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v948 = llvm.load %v947 : !llvm.ptr -> f32
                %v949 = arith.mulf %v948, %v904 : f32
                %v950 = arith.muli %v44, %v347 : i64
                %v951 = arith.muli %v889, %v346 : i64
                %v952 = arith.addi %v950, %v951 : i64
                %v953 = arith.muli %v32, %v2 : i64
                %v954 = arith.addi %v952, %v953 : i64
                %v955 = llvm.getelementptr %in_Bm[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v956 = llvm.load %v955 : !llvm.ptr -> f32
                %v957 = llvm.load %v50 : !llvm.ptr -> f32
                %v958 = arith.mulf %v956, %v957 : f32
                %v959 = arith.muli %v44, %v347 : i64
                %v960 = arith.muli %v889, %v346 : i64
                %v961 = arith.addi %v959, %v960 : i64
                %v962 = arith.constant 8 : i64
                %v963 = arith.addi %v962, %v32 : i64
                %v964 = arith.muli %v963, %v2 : i64
                %v965 = arith.addi %v961, %v964 : i64
                %v966 = llvm.getelementptr %in_Bm[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v967 = llvm.load %v966 : !llvm.ptr -> f32
                %v968 = llvm.load %v51 : !llvm.ptr -> f32
                %v969 = arith.mulf %v967, %v968 : f32
                %v970 = arith.addf %v958, %v969 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v972, %v973 = gpu.shuffle xor %v970, %v971, %v329 : f32
                %v974 = arith.addf %v970, %v972 : f32
                %v976, %v977 = gpu.shuffle xor %v974, %v975, %v329 : f32
                %v978 = arith.addf %v974, %v976 : f32
                %v980, %v981 = gpu.shuffle xor %v978, %v979, %v329 : f32
                %v982 = arith.addf %v978, %v980 : f32
                // end sum over the lanes
                %v983 = arith.mulf %v878, %v982 : f32
                %v984 = arith.addf %v949, %v983 : f32
                %v985 = arith.cmpi eq, %v32, %v66 : i64
                %v986 = arith.andi %v36, %v985 : i1
                scf.if %v986 {
                  %v987 = arith.muli %v44, %v268 : i64
                  %v988 = arith.muli %v889, %v267 : i64
                  %v989 = arith.addi %v987, %v988 : i64
                  %v990 = arith.muli %v42, %v2 : i64
                  %v991 = arith.addi %v989, %v990 : i64
                  %v992 = llvm.getelementptr %dx_u[%v991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v984, %v992 : f32, !llvm.ptr
                }
                %v993 = arith.muli %v44, %v268 : i64
                %v994 = arith.muli %v889, %v267 : i64
                %v995 = arith.addi %v993, %v994 : i64
                %v996 = arith.muli %v42, %v2 : i64
                %v997 = arith.addi %v995, %v996 : i64
                %v998 = llvm.getelementptr %in_u[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v999 = llvm.load %v998 : !llvm.ptr -> f32
                %v1000 = arith.mulf %v999, %v982 : f32
                %v1001 = arith.muli %v42, %v337 : i64
                %v1002 = arith.muli %v32, %v2 : i64
                %v1003 = arith.addi %v1001, %v1002 : i64
                %v1004 = llvm.getelementptr %in_A[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
                %v1006 = arith.mulf %v878, %v1005 : f32
                %v1007 = arith.mulf %v1006, %v283 : f32
                %v1008 = llvm.call_intrinsic "llvm.exp2.f32"(%v1007) : (f32) -> f32
                %v1009 = arith.mulf %v806, %v957 : f32
                %v1010 = arith.mulf %v1005, %v1009 : f32
                %v1011 = arith.mulf %v1008, %v1010 : f32
                %v1012 = arith.muli %v42, %v337 : i64
                %v1013 = arith.constant 8 : i64
                %v1014 = arith.addi %v1013, %v32 : i64
                %v1015 = arith.muli %v1014, %v2 : i64
                %v1016 = arith.addi %v1012, %v1015 : i64
                %v1017 = llvm.getelementptr %in_A[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
                %v1019 = arith.mulf %v878, %v1018 : f32
                %v1020 = arith.mulf %v1019, %v283 : f32
                %v1021 = llvm.call_intrinsic "llvm.exp2.f32"(%v1020) : (f32) -> f32
                %v1022 = arith.mulf %v828, %v968 : f32
                %v1023 = arith.mulf %v1018, %v1022 : f32
                %v1024 = arith.mulf %v1021, %v1023 : f32
                %v1025 = arith.addf %v1011, %v1024 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1026, %v1027 = gpu.shuffle xor %v1025, %v971, %v329 : f32
                %v1028 = arith.addf %v1025, %v1026 : f32
                %v1029, %v1030 = gpu.shuffle xor %v1028, %v975, %v329 : f32
                %v1031 = arith.addf %v1028, %v1029 : f32
                %v1032, %v1033 = gpu.shuffle xor %v1031, %v979, %v329 : f32
                %v1034 = arith.addf %v1031, %v1032 : f32
                // end sum over the lanes
                %v1035 = arith.addf %v1000, %v1034 : f32
                %v1036 = arith.mulf %v1035, %v886 : f32
                %v1037 = arith.cmpi eq, %v32, %v66 : i64
                %v1038 = arith.andi %v36, %v1037 : i1
                scf.if %v1038 {
                  %v1039 = arith.muli %v44, %v268 : i64
                  %v1040 = arith.muli %v889, %v267 : i64
                  %v1041 = arith.addi %v1039, %v1040 : i64
                  %v1042 = arith.muli %v42, %v2 : i64
                  %v1043 = arith.addi %v1041, %v1042 : i64
                  %v1044 = llvm.getelementptr %dx_delta[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1036, %v1044 : f32, !llvm.ptr
                }
                %v1045 = arith.mulf %v896, %v853 : f32
                %v1046 = arith.mulf %v918, %v875 : f32
                %v1047 = arith.addf %v1045, %v1046 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1048, %v1049 = gpu.shuffle xor %v1047, %v971, %v329 : f32
                %v1050 = arith.addf %v1047, %v1048 : f32
                %v1051, %v1052 = gpu.shuffle xor %v1050, %v975, %v329 : f32
                %v1053 = arith.addf %v1050, %v1051 : f32
                %v1054, %v1055 = gpu.shuffle xor %v1053, %v979, %v329 : f32
                %v1056 = arith.addf %v1053, %v1054 : f32
                // end sum over the lanes
                %v1057 = arith.mulf %v999, %v948 : f32
                %v1058 = arith.addf %v1056, %v1057 : f32
                %v1059 = arith.mulf %v1058, %v903 : f32
                %v1060 = arith.mulf %v1059, %v884 : f32
                %v1061 = arith.cmpi eq, %v32, %v66 : i64
                %v1062 = arith.andi %v36, %v1061 : i1
                scf.if %v1062 {
                  %v1063 = arith.muli %v44, %v268 : i64
                  %v1064 = arith.muli %v889, %v267 : i64
                  %v1065 = arith.addi %v1063, %v1064 : i64
                  %v1066 = arith.muli %v42, %v2 : i64
                  %v1067 = arith.addi %v1065, %v1066 : i64
                  %v1068 = llvm.getelementptr %dx_z[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1060, %v1068 : f32, !llvm.ptr
                }
                %v1069 = arith.mulf %v1008, %v1009 : f32
                %v1070 = arith.mulf %v878, %v1069 : f32
                %v1071 = llvm.load %v54 : !llvm.ptr -> f32
                %v1072 = arith.addf %v1071, %v1070 : f32
                llvm.store %v1072, %v54 : f32, !llvm.ptr
                %v1073 = arith.mulf %v1021, %v1022 : f32
                %v1074 = arith.mulf %v878, %v1073 : f32
                %v1075 = llvm.load %v55 : !llvm.ptr -> f32
                %v1076 = arith.addf %v1075, %v1074 : f32
                llvm.store %v1076, %v55 : f32, !llvm.ptr
                %v1077 = arith.mulf %v880, %v957 : f32
                %v1078 = arith.select %v36, %v1077, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1080, %v1081 = gpu.shuffle xor %v1078, %v1079, %v329 : f32
                %v1082 = arith.addf %v1078, %v1080 : f32
                %v1084, %v1085 = gpu.shuffle xor %v1082, %v1083, %v329 : f32
                %v1086 = arith.addf %v1082, %v1084 : f32
                %v1087 = arith.divui %v17, %v19 : i64
                %v1088 = arith.remui %v17, %v19 : i64
                %v1089 = arith.cmpi ult, %v1088, %v31 : i64
                %v1090 = arith.addi %v66, %v32 : i64
                %v1091 = arith.muli %v1087, %v19 : i64
                %v1092 = arith.addi %v1091, %v888 : i64
                %v1093 = arith.muli %v1092, %v1 : i64
                %v1094 = arith.addi %v1093, %v1090 : i64
                scf.if %v1089 {
                  %v1095 = llvm.getelementptr %v61[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1086, %v1095 : f32, !llvm.ptr
                }
                %v1096 = arith.mulf %v880, %v968 : f32
                %v1097 = arith.select %v36, %v1096, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1098, %v1099 = gpu.shuffle xor %v1097, %v1079, %v329 : f32
                %v1100 = arith.addf %v1097, %v1098 : f32
                %v1101, %v1102 = gpu.shuffle xor %v1100, %v1083, %v329 : f32
                %v1103 = arith.addf %v1100, %v1101 : f32
                %v1104 = arith.divui %v17, %v19 : i64
                %v1105 = arith.remui %v17, %v19 : i64
                %v1106 = arith.cmpi ult, %v1105, %v31 : i64
                %v1107 = arith.addi %v31, %v32 : i64
                %v1108 = arith.muli %v1104, %v19 : i64
                %v1109 = arith.addi %v1108, %v888 : i64
                %v1110 = arith.muli %v1109, %v1 : i64
                %v1111 = arith.addi %v1110, %v1107 : i64
                scf.if %v1106 {
                  %v1112 = llvm.getelementptr %v61[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1103, %v1112 : f32, !llvm.ptr
                }
                %v1113 = arith.mulf %v853, %v904 : f32
                %v1114 = arith.select %v36, %v1113, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1115, %v1116 = gpu.shuffle xor %v1114, %v1079, %v329 : f32
                %v1117 = arith.addf %v1114, %v1115 : f32
                %v1118, %v1119 = gpu.shuffle xor %v1117, %v1083, %v329 : f32
                %v1120 = arith.addf %v1117, %v1118 : f32
                %v1121 = arith.divui %v17, %v19 : i64
                %v1122 = arith.remui %v17, %v19 : i64
                %v1123 = arith.cmpi ult, %v1122, %v31 : i64
                %v1124 = arith.addi %v66, %v32 : i64
                %v1125 = arith.muli %v1121, %v19 : i64
                %v1126 = arith.addi %v1125, %v888 : i64
                %v1127 = arith.muli %v1126, %v1 : i64
                %v1128 = arith.addi %v1127, %v1124 : i64
                scf.if %v1123 {
                  %v1129 = llvm.getelementptr %v63[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1120, %v1129 : f32, !llvm.ptr
                }
                %v1130 = arith.mulf %v875, %v904 : f32
                %v1131 = arith.select %v36, %v1130, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1132, %v1133 = gpu.shuffle xor %v1131, %v1079, %v329 : f32
                %v1134 = arith.addf %v1131, %v1132 : f32
                %v1135, %v1136 = gpu.shuffle xor %v1134, %v1083, %v329 : f32
                %v1137 = arith.addf %v1134, %v1135 : f32
                %v1138 = arith.divui %v17, %v19 : i64
                %v1139 = arith.remui %v17, %v19 : i64
                %v1140 = arith.cmpi ult, %v1139, %v31 : i64
                %v1141 = arith.addi %v31, %v32 : i64
                %v1142 = arith.muli %v1138, %v19 : i64
                %v1143 = arith.addi %v1142, %v888 : i64
                %v1144 = arith.muli %v1143, %v1 : i64
                %v1145 = arith.addi %v1144, %v1141 : i64
                scf.if %v1140 {
                  %v1146 = llvm.getelementptr %v63[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1137, %v1146 : f32, !llvm.ptr
                }
                %v1147 = arith.mulf %v999, %v904 : f32
                %v1148 = llvm.load %v56 : !llvm.ptr -> f32
                %v1149 = arith.addf %v1148, %v1147 : f32
                llvm.store %v1149, %v56 : f32, !llvm.ptr
                %v1150 = llvm.load %v57 : !llvm.ptr -> f32
                %v1151 = arith.addf %v1150, %v1036 : f32
                llvm.store %v1151, %v57 : f32, !llvm.ptr
                llvm.store %v1008, %v52 : f32, !llvm.ptr
                llvm.store %v1021, %v53 : f32, !llvm.ptr
              }
              %v1152 = arith.addi %v400, %v781 : i64
              %v1153 = arith.cmpi slt, %v1152, %v209 : i64
              %v1154, %v1155 = gpu.shuffle idx %v461, %v189, %v329 : f32
              %v1156, %v1157 = gpu.shuffle idx %v469, %v189, %v329 : f32
              %v1158, %v1159 = gpu.shuffle idx %v482, %v189, %v329 : f32
              %v1160, %v1161 = gpu.shuffle idx %v491, %v189, %v329 : f32
              %v1162, %v1163 = gpu.shuffle idx %v496, %v189, %v329 : f32
              %v1164 = arith.addi %v402, %v2 : i64
              scf.if %v1153 {
                %v1165 = arith.addi %v207, %v1152 : i64
                %v1166 = arith.muli %v44, %v347 : i64
                %v1167 = arith.muli %v1165, %v346 : i64
                %v1168 = arith.addi %v1166, %v1167 : i64
                %v1169 = arith.muli %v32, %v2 : i64
                %v1170 = arith.addi %v1168, %v1169 : i64
                %v1171 = llvm.getelementptr %in_Cm[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
                %v1173 = arith.muli %v44, %v268 : i64
                %v1174 = arith.muli %v1165, %v267 : i64
                %v1175 = arith.addi %v1173, %v1174 : i64
                %v1176 = arith.muli %v42, %v2 : i64
                %v1177 = arith.addi %v1175, %v1176 : i64
                %v1178 = llvm.getelementptr %dy_y[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
                %v1180 = arith.mulf %v1158, %v1179 : f32
                %v1181 = arith.mulf %v1172, %v1180 : f32
                %v1182 = llvm.load %v50 : !llvm.ptr -> f32
                %v1183 = llvm.load %v52 : !llvm.ptr -> f32
                %v1184 = arith.mulf %v1183, %v1182 : f32
                %v1185 = arith.addf %v1181, %v1184 : f32
                llvm.store %v1185, %v50 : f32, !llvm.ptr
                %v1186 = arith.muli %v44, %v347 : i64
                %v1187 = arith.muli %v1165, %v346 : i64
                %v1188 = arith.addi %v1186, %v1187 : i64
                %v1189 = arith.constant 8 : i64
                %v1190 = arith.addi %v1189, %v32 : i64
                %v1191 = arith.muli %v1190, %v2 : i64
                %v1192 = arith.addi %v1188, %v1191 : i64
                %v1193 = llvm.getelementptr %in_Cm[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                %v1195 = arith.mulf %v1194, %v1180 : f32
                %v1196 = llvm.load %v51 : !llvm.ptr -> f32
                %v1197 = llvm.load %v53 : !llvm.ptr -> f32
                %v1198 = arith.mulf %v1197, %v1196 : f32
                %v1199 = arith.addf %v1195, %v1198 : f32
                llvm.store %v1199, %v51 : f32, !llvm.ptr
                %v1200 = arith.subi %size_L, %v2 : i64
                %v1201 = arith.cmpi eq, %v1165, %v1200 : i64
                scf.if %v1201 {
                  %v1202 = arith.muli %v44, %v113 : i64
                  %v1203 = arith.muli %v42, %v112 : i64
                  %v1204 = arith.addi %v1202, %v1203 : i64
                  %v1205 = arith.muli %v32, %v2 : i64
                  %v1206 = arith.addi %v1204, %v1205 : i64
                  %v1207 = llvm.getelementptr %dy_h_last[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1208 = llvm.load %v1207 : !llvm.ptr -> f32
                  %v1209 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1210 = arith.addf %v1209, %v1208 : f32
                  llvm.store %v1210, %v50 : f32, !llvm.ptr
                  %v1211 = arith.muli %v44, %v113 : i64
                  %v1212 = arith.muli %v42, %v112 : i64
                  %v1213 = arith.addi %v1211, %v1212 : i64
                  %v1214 = arith.constant 8 : i64
                  %v1215 = arith.addi %v1214, %v32 : i64
                  %v1216 = arith.muli %v1215, %v2 : i64
                  %v1217 = arith.addi %v1213, %v1216 : i64
                  %v1218 = llvm.getelementptr %dy_h_last[%v1217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1219 = llvm.load %v1218 : !llvm.ptr -> f32
                  %v1220 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1221 = arith.addf %v1220, %v1219 : f32
                  llvm.store %v1221, %v51 : f32, !llvm.ptr
                }
                %v1222 = arith.muli %v42, %v2 : i64
                %v1223 = llvm.getelementptr %in_Dskip[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                %v1225 = arith.mulf %v1224, %v1180 : f32
                %v1226 = arith.muli %v44, %v347 : i64
                %v1227 = arith.muli %v1165, %v346 : i64
                %v1228 = arith.addi %v1226, %v1227 : i64
                %v1229 = arith.muli %v32, %v2 : i64
                %v1230 = arith.addi %v1228, %v1229 : i64
                %v1231 = llvm.getelementptr %in_Bm[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                %v1233 = llvm.load %v50 : !llvm.ptr -> f32
                %v1234 = arith.mulf %v1232, %v1233 : f32
                %v1235 = arith.muli %v44, %v347 : i64
                %v1236 = arith.muli %v1165, %v346 : i64
                %v1237 = arith.addi %v1235, %v1236 : i64
                %v1238 = arith.constant 8 : i64
                %v1239 = arith.addi %v1238, %v32 : i64
                %v1240 = arith.muli %v1239, %v2 : i64
                %v1241 = arith.addi %v1237, %v1240 : i64
                %v1242 = llvm.getelementptr %in_Bm[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
                %v1244 = llvm.load %v51 : !llvm.ptr -> f32
                %v1245 = arith.mulf %v1243, %v1244 : f32
                %v1246 = arith.addf %v1234, %v1245 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1247, %v1248 = gpu.shuffle xor %v1246, %v971, %v329 : f32
                %v1249 = arith.addf %v1246, %v1247 : f32
                %v1250, %v1251 = gpu.shuffle xor %v1249, %v975, %v329 : f32
                %v1252 = arith.addf %v1249, %v1250 : f32
                %v1253, %v1254 = gpu.shuffle xor %v1252, %v979, %v329 : f32
                %v1255 = arith.addf %v1252, %v1253 : f32
                // end sum over the lanes
                %v1256 = arith.mulf %v1154, %v1255 : f32
                %v1257 = arith.addf %v1225, %v1256 : f32
                %v1258 = arith.cmpi eq, %v32, %v66 : i64
                %v1259 = arith.andi %v36, %v1258 : i1
                scf.if %v1259 {
                  %v1260 = arith.muli %v44, %v268 : i64
                  %v1261 = arith.muli %v1165, %v267 : i64
                  %v1262 = arith.addi %v1260, %v1261 : i64
                  %v1263 = arith.muli %v42, %v2 : i64
                  %v1264 = arith.addi %v1262, %v1263 : i64
                  %v1265 = llvm.getelementptr %dx_u[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1257, %v1265 : f32, !llvm.ptr
                }
                %v1266 = arith.muli %v44, %v268 : i64
                %v1267 = arith.muli %v1165, %v267 : i64
                %v1268 = arith.addi %v1266, %v1267 : i64
                %v1269 = arith.muli %v42, %v2 : i64
                %v1270 = arith.addi %v1268, %v1269 : i64
                %v1271 = llvm.getelementptr %in_u[%v1270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1272 = llvm.load %v1271 : !llvm.ptr -> f32
                %v1273 = arith.mulf %v1272, %v1255 : f32
                %v1274 = arith.muli %v42, %v337 : i64
                %v1275 = arith.muli %v32, %v2 : i64
                %v1276 = arith.addi %v1274, %v1275 : i64
                %v1277 = llvm.getelementptr %in_A[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1278 = llvm.load %v1277 : !llvm.ptr -> f32
                %v1279 = arith.mulf %v1154, %v1278 : f32
                %v1280 = arith.mulf %v1279, %v283 : f32
                %v1281 = llvm.call_intrinsic "llvm.exp2.f32"(%v1280) : (f32) -> f32
                %v1282 = arith.mulf %v758, %v1233 : f32
                %v1283 = arith.mulf %v1278, %v1282 : f32
                %v1284 = arith.mulf %v1281, %v1283 : f32
                %v1285 = arith.muli %v42, %v337 : i64
                %v1286 = arith.constant 8 : i64
                %v1287 = arith.addi %v1286, %v32 : i64
                %v1288 = arith.muli %v1287, %v2 : i64
                %v1289 = arith.addi %v1285, %v1288 : i64
                %v1290 = llvm.getelementptr %in_A[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
                %v1292 = arith.mulf %v1154, %v1291 : f32
                %v1293 = arith.mulf %v1292, %v283 : f32
                %v1294 = llvm.call_intrinsic "llvm.exp2.f32"(%v1293) : (f32) -> f32
                %v1295 = arith.mulf %v780, %v1244 : f32
                %v1296 = arith.mulf %v1291, %v1295 : f32
                %v1297 = arith.mulf %v1294, %v1296 : f32
                %v1298 = arith.addf %v1284, %v1297 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1299, %v1300 = gpu.shuffle xor %v1298, %v971, %v329 : f32
                %v1301 = arith.addf %v1298, %v1299 : f32
                %v1302, %v1303 = gpu.shuffle xor %v1301, %v975, %v329 : f32
                %v1304 = arith.addf %v1301, %v1302 : f32
                %v1305, %v1306 = gpu.shuffle xor %v1304, %v979, %v329 : f32
                %v1307 = arith.addf %v1304, %v1305 : f32
                // end sum over the lanes
                %v1308 = arith.addf %v1273, %v1307 : f32
                %v1309 = arith.mulf %v1308, %v1162 : f32
                %v1310 = arith.cmpi eq, %v32, %v66 : i64
                %v1311 = arith.andi %v36, %v1310 : i1
                scf.if %v1311 {
                  %v1312 = arith.muli %v44, %v268 : i64
                  %v1313 = arith.muli %v1165, %v267 : i64
                  %v1314 = arith.addi %v1312, %v1313 : i64
                  %v1315 = arith.muli %v42, %v2 : i64
                  %v1316 = arith.addi %v1314, %v1315 : i64
                  %v1317 = llvm.getelementptr %dx_delta[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1309, %v1317 : f32, !llvm.ptr
                }
                %v1318 = arith.mulf %v1172, %v806 : f32
                %v1319 = arith.mulf %v1194, %v828 : f32
                %v1320 = arith.addf %v1318, %v1319 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1321, %v1322 = gpu.shuffle xor %v1320, %v971, %v329 : f32
                %v1323 = arith.addf %v1320, %v1321 : f32
                %v1324, %v1325 = gpu.shuffle xor %v1323, %v975, %v329 : f32
                %v1326 = arith.addf %v1323, %v1324 : f32
                %v1327, %v1328 = gpu.shuffle xor %v1326, %v979, %v329 : f32
                %v1329 = arith.addf %v1326, %v1327 : f32
                // end sum over the lanes
                %v1330 = arith.mulf %v1272, %v1224 : f32
                %v1331 = arith.addf %v1329, %v1330 : f32
                %v1332 = arith.mulf %v1331, %v1179 : f32
                %v1333 = arith.mulf %v1332, %v1160 : f32
                %v1334 = arith.cmpi eq, %v32, %v66 : i64
                %v1335 = arith.andi %v36, %v1334 : i1
                scf.if %v1335 {
                  %v1336 = arith.muli %v44, %v268 : i64
                  %v1337 = arith.muli %v1165, %v267 : i64
                  %v1338 = arith.addi %v1336, %v1337 : i64
                  %v1339 = arith.muli %v42, %v2 : i64
                  %v1340 = arith.addi %v1338, %v1339 : i64
                  %v1341 = llvm.getelementptr %dx_z[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1333, %v1341 : f32, !llvm.ptr
                }
                %v1342 = arith.mulf %v1281, %v1282 : f32
                %v1343 = arith.mulf %v1154, %v1342 : f32
                %v1344 = llvm.load %v54 : !llvm.ptr -> f32
                %v1345 = arith.addf %v1344, %v1343 : f32
                llvm.store %v1345, %v54 : f32, !llvm.ptr
                %v1346 = arith.mulf %v1294, %v1295 : f32
                %v1347 = arith.mulf %v1154, %v1346 : f32
                %v1348 = llvm.load %v55 : !llvm.ptr -> f32
                %v1349 = arith.addf %v1348, %v1347 : f32
                llvm.store %v1349, %v55 : f32, !llvm.ptr
                %v1350 = arith.mulf %v1156, %v1233 : f32
                %v1351 = arith.select %v36, %v1350, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1352, %v1353 = gpu.shuffle xor %v1351, %v1079, %v329 : f32
                %v1354 = arith.addf %v1351, %v1352 : f32
                %v1355, %v1356 = gpu.shuffle xor %v1354, %v1083, %v329 : f32
                %v1357 = arith.addf %v1354, %v1355 : f32
                %v1358 = arith.divui %v17, %v19 : i64
                %v1359 = arith.remui %v17, %v19 : i64
                %v1360 = arith.cmpi ult, %v1359, %v31 : i64
                %v1361 = arith.addi %v66, %v32 : i64
                %v1362 = arith.muli %v1358, %v19 : i64
                %v1363 = arith.addi %v1362, %v1164 : i64
                %v1364 = arith.muli %v1363, %v1 : i64
                %v1365 = arith.addi %v1364, %v1361 : i64
                scf.if %v1360 {
                  %v1366 = llvm.getelementptr %v61[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1357, %v1366 : f32, !llvm.ptr
                }
                %v1367 = arith.mulf %v1156, %v1244 : f32
                %v1368 = arith.select %v36, %v1367, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1369, %v1370 = gpu.shuffle xor %v1368, %v1079, %v329 : f32
                %v1371 = arith.addf %v1368, %v1369 : f32
                %v1372, %v1373 = gpu.shuffle xor %v1371, %v1083, %v329 : f32
                %v1374 = arith.addf %v1371, %v1372 : f32
                %v1375 = arith.divui %v17, %v19 : i64
                %v1376 = arith.remui %v17, %v19 : i64
                %v1377 = arith.cmpi ult, %v1376, %v31 : i64
                %v1378 = arith.addi %v31, %v32 : i64
                %v1379 = arith.muli %v1375, %v19 : i64
                %v1380 = arith.addi %v1379, %v1164 : i64
                %v1381 = arith.muli %v1380, %v1 : i64
                %v1382 = arith.addi %v1381, %v1378 : i64
                scf.if %v1377 {
                  %v1383 = llvm.getelementptr %v61[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1374, %v1383 : f32, !llvm.ptr
                }
                %v1384 = arith.mulf %v806, %v1180 : f32
                %v1385 = arith.select %v36, %v1384, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1386, %v1387 = gpu.shuffle xor %v1385, %v1079, %v329 : f32
                %v1388 = arith.addf %v1385, %v1386 : f32
                %v1389, %v1390 = gpu.shuffle xor %v1388, %v1083, %v329 : f32
                %v1391 = arith.addf %v1388, %v1389 : f32
                %v1392 = arith.divui %v17, %v19 : i64
                %v1393 = arith.remui %v17, %v19 : i64
                %v1394 = arith.cmpi ult, %v1393, %v31 : i64
                %v1395 = arith.addi %v66, %v32 : i64
                %v1396 = arith.muli %v1392, %v19 : i64
                %v1397 = arith.addi %v1396, %v1164 : i64
                %v1398 = arith.muli %v1397, %v1 : i64
                %v1399 = arith.addi %v1398, %v1395 : i64
                scf.if %v1394 {
                  %v1400 = llvm.getelementptr %v63[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1391, %v1400 : f32, !llvm.ptr
                }
                %v1401 = arith.mulf %v828, %v1180 : f32
                %v1402 = arith.select %v36, %v1401, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1403, %v1404 = gpu.shuffle xor %v1402, %v1079, %v329 : f32
                %v1405 = arith.addf %v1402, %v1403 : f32
                %v1406, %v1407 = gpu.shuffle xor %v1405, %v1083, %v329 : f32
                %v1408 = arith.addf %v1405, %v1406 : f32
                %v1409 = arith.divui %v17, %v19 : i64
                %v1410 = arith.remui %v17, %v19 : i64
                %v1411 = arith.cmpi ult, %v1410, %v31 : i64
                %v1412 = arith.addi %v31, %v32 : i64
                %v1413 = arith.muli %v1409, %v19 : i64
                %v1414 = arith.addi %v1413, %v1164 : i64
                %v1415 = arith.muli %v1414, %v1 : i64
                %v1416 = arith.addi %v1415, %v1412 : i64
                scf.if %v1411 {
                  %v1417 = llvm.getelementptr %v63[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1408, %v1417 : f32, !llvm.ptr
                }
                %v1418 = arith.mulf %v1272, %v1180 : f32
                %v1419 = llvm.load %v56 : !llvm.ptr -> f32
                %v1420 = arith.addf %v1419, %v1418 : f32
                llvm.store %v1420, %v56 : f32, !llvm.ptr
                %v1421 = llvm.load %v57 : !llvm.ptr -> f32
                %v1422 = arith.addf %v1421, %v1309 : f32
                llvm.store %v1422, %v57 : f32, !llvm.ptr
                llvm.store %v1281, %v52 : f32, !llvm.ptr
                llvm.store %v1294, %v53 : f32, !llvm.ptr
              }
              %v1423 = arith.addi %v400, %v733 : i64
              %v1424 = arith.cmpi slt, %v1423, %v209 : i64
              %v1425, %v1426 = gpu.shuffle idx %v461, %v185, %v329 : f32
              %v1427, %v1428 = gpu.shuffle idx %v469, %v185, %v329 : f32
              %v1429, %v1430 = gpu.shuffle idx %v482, %v185, %v329 : f32
              %v1431, %v1432 = gpu.shuffle idx %v491, %v185, %v329 : f32
              %v1433, %v1434 = gpu.shuffle idx %v496, %v185, %v329 : f32
              %v1435 = arith.addi %v402, %v591 : i64
              scf.if %v1424 {
                %v1436 = arith.addi %v207, %v1423 : i64
                %v1437 = arith.muli %v44, %v347 : i64
                %v1438 = arith.muli %v1436, %v346 : i64
                %v1439 = arith.addi %v1437, %v1438 : i64
                %v1440 = arith.muli %v32, %v2 : i64
                %v1441 = arith.addi %v1439, %v1440 : i64
                %v1442 = llvm.getelementptr %in_Cm[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1443 = llvm.load %v1442 : !llvm.ptr -> f32
                %v1444 = arith.muli %v44, %v268 : i64
                %v1445 = arith.muli %v1436, %v267 : i64
                %v1446 = arith.addi %v1444, %v1445 : i64
                %v1447 = arith.muli %v42, %v2 : i64
                %v1448 = arith.addi %v1446, %v1447 : i64
                %v1449 = llvm.getelementptr %dy_y[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
                %v1451 = arith.mulf %v1429, %v1450 : f32
                %v1452 = arith.mulf %v1443, %v1451 : f32
                %v1453 = llvm.load %v50 : !llvm.ptr -> f32
                %v1454 = llvm.load %v52 : !llvm.ptr -> f32
                %v1455 = arith.mulf %v1454, %v1453 : f32
                %v1456 = arith.addf %v1452, %v1455 : f32
                llvm.store %v1456, %v50 : f32, !llvm.ptr
                %v1457 = arith.muli %v44, %v347 : i64
                %v1458 = arith.muli %v1436, %v346 : i64
                %v1459 = arith.addi %v1457, %v1458 : i64
                %v1460 = arith.constant 8 : i64
                %v1461 = arith.addi %v1460, %v32 : i64
                %v1462 = arith.muli %v1461, %v2 : i64
                %v1463 = arith.addi %v1459, %v1462 : i64
                %v1464 = llvm.getelementptr %in_Cm[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1465 = llvm.load %v1464 : !llvm.ptr -> f32
                %v1466 = arith.mulf %v1465, %v1451 : f32
                %v1467 = llvm.load %v51 : !llvm.ptr -> f32
                %v1468 = llvm.load %v53 : !llvm.ptr -> f32
                %v1469 = arith.mulf %v1468, %v1467 : f32
                %v1470 = arith.addf %v1466, %v1469 : f32
                llvm.store %v1470, %v51 : f32, !llvm.ptr
                %v1471 = arith.subi %size_L, %v2 : i64
                %v1472 = arith.cmpi eq, %v1436, %v1471 : i64
                scf.if %v1472 {
                  %v1473 = arith.muli %v44, %v113 : i64
                  %v1474 = arith.muli %v42, %v112 : i64
                  %v1475 = arith.addi %v1473, %v1474 : i64
                  %v1476 = arith.muli %v32, %v2 : i64
                  %v1477 = arith.addi %v1475, %v1476 : i64
                  %v1478 = llvm.getelementptr %dy_h_last[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1479 = llvm.load %v1478 : !llvm.ptr -> f32
                  %v1480 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1481 = arith.addf %v1480, %v1479 : f32
                  llvm.store %v1481, %v50 : f32, !llvm.ptr
                  %v1482 = arith.muli %v44, %v113 : i64
                  %v1483 = arith.muli %v42, %v112 : i64
                  %v1484 = arith.addi %v1482, %v1483 : i64
                  %v1485 = arith.constant 8 : i64
                  %v1486 = arith.addi %v1485, %v32 : i64
                  %v1487 = arith.muli %v1486, %v2 : i64
                  %v1488 = arith.addi %v1484, %v1487 : i64
                  %v1489 = llvm.getelementptr %dy_h_last[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
                  %v1491 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1492 = arith.addf %v1491, %v1490 : f32
                  llvm.store %v1492, %v51 : f32, !llvm.ptr
                }
                %v1493 = arith.muli %v42, %v2 : i64
                %v1494 = llvm.getelementptr %in_Dskip[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
                %v1496 = arith.mulf %v1495, %v1451 : f32
                %v1497 = arith.muli %v44, %v347 : i64
                %v1498 = arith.muli %v1436, %v346 : i64
                %v1499 = arith.addi %v1497, %v1498 : i64
                %v1500 = arith.muli %v32, %v2 : i64
                %v1501 = arith.addi %v1499, %v1500 : i64
                %v1502 = llvm.getelementptr %in_Bm[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
                %v1504 = llvm.load %v50 : !llvm.ptr -> f32
                %v1505 = arith.mulf %v1503, %v1504 : f32
                %v1506 = arith.muli %v44, %v347 : i64
                %v1507 = arith.muli %v1436, %v346 : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = arith.constant 8 : i64
                %v1510 = arith.addi %v1509, %v32 : i64
                %v1511 = arith.muli %v1510, %v2 : i64
                %v1512 = arith.addi %v1508, %v1511 : i64
                %v1513 = llvm.getelementptr %in_Bm[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1514 = llvm.load %v1513 : !llvm.ptr -> f32
                %v1515 = llvm.load %v51 : !llvm.ptr -> f32
                %v1516 = arith.mulf %v1514, %v1515 : f32
                %v1517 = arith.addf %v1505, %v1516 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1518, %v1519 = gpu.shuffle xor %v1517, %v971, %v329 : f32
                %v1520 = arith.addf %v1517, %v1518 : f32
                %v1521, %v1522 = gpu.shuffle xor %v1520, %v975, %v329 : f32
                %v1523 = arith.addf %v1520, %v1521 : f32
                %v1524, %v1525 = gpu.shuffle xor %v1523, %v979, %v329 : f32
                %v1526 = arith.addf %v1523, %v1524 : f32
                // end sum over the lanes
                %v1527 = arith.mulf %v1425, %v1526 : f32
                %v1528 = arith.addf %v1496, %v1527 : f32
                %v1529 = arith.cmpi eq, %v32, %v66 : i64
                %v1530 = arith.andi %v36, %v1529 : i1
                scf.if %v1530 {
                  %v1531 = arith.muli %v44, %v268 : i64
                  %v1532 = arith.muli %v1436, %v267 : i64
                  %v1533 = arith.addi %v1531, %v1532 : i64
                  %v1534 = arith.muli %v42, %v2 : i64
                  %v1535 = arith.addi %v1533, %v1534 : i64
                  %v1536 = llvm.getelementptr %dx_u[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1528, %v1536 : f32, !llvm.ptr
                }
                %v1537 = arith.muli %v44, %v268 : i64
                %v1538 = arith.muli %v1436, %v267 : i64
                %v1539 = arith.addi %v1537, %v1538 : i64
                %v1540 = arith.muli %v42, %v2 : i64
                %v1541 = arith.addi %v1539, %v1540 : i64
                %v1542 = llvm.getelementptr %in_u[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1543 = llvm.load %v1542 : !llvm.ptr -> f32
                %v1544 = arith.mulf %v1543, %v1526 : f32
                %v1545 = arith.muli %v42, %v337 : i64
                %v1546 = arith.muli %v32, %v2 : i64
                %v1547 = arith.addi %v1545, %v1546 : i64
                %v1548 = llvm.getelementptr %in_A[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1549 = llvm.load %v1548 : !llvm.ptr -> f32
                %v1550 = arith.mulf %v1425, %v1549 : f32
                %v1551 = arith.mulf %v1550, %v283 : f32
                %v1552 = llvm.call_intrinsic "llvm.exp2.f32"(%v1551) : (f32) -> f32
                %v1553 = arith.mulf %v710, %v1504 : f32
                %v1554 = arith.mulf %v1549, %v1553 : f32
                %v1555 = arith.mulf %v1552, %v1554 : f32
                %v1556 = arith.muli %v42, %v337 : i64
                %v1557 = arith.constant 8 : i64
                %v1558 = arith.addi %v1557, %v32 : i64
                %v1559 = arith.muli %v1558, %v2 : i64
                %v1560 = arith.addi %v1556, %v1559 : i64
                %v1561 = llvm.getelementptr %in_A[%v1560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1562 = llvm.load %v1561 : !llvm.ptr -> f32
                %v1563 = arith.mulf %v1425, %v1562 : f32
                %v1564 = arith.mulf %v1563, %v283 : f32
                %v1565 = llvm.call_intrinsic "llvm.exp2.f32"(%v1564) : (f32) -> f32
                %v1566 = arith.mulf %v732, %v1515 : f32
                %v1567 = arith.mulf %v1562, %v1566 : f32
                %v1568 = arith.mulf %v1565, %v1567 : f32
                %v1569 = arith.addf %v1555, %v1568 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1570, %v1571 = gpu.shuffle xor %v1569, %v971, %v329 : f32
                %v1572 = arith.addf %v1569, %v1570 : f32
                %v1573, %v1574 = gpu.shuffle xor %v1572, %v975, %v329 : f32
                %v1575 = arith.addf %v1572, %v1573 : f32
                %v1576, %v1577 = gpu.shuffle xor %v1575, %v979, %v329 : f32
                %v1578 = arith.addf %v1575, %v1576 : f32
                // end sum over the lanes
                %v1579 = arith.addf %v1544, %v1578 : f32
                %v1580 = arith.mulf %v1579, %v1433 : f32
                %v1581 = arith.cmpi eq, %v32, %v66 : i64
                %v1582 = arith.andi %v36, %v1581 : i1
                scf.if %v1582 {
                  %v1583 = arith.muli %v44, %v268 : i64
                  %v1584 = arith.muli %v1436, %v267 : i64
                  %v1585 = arith.addi %v1583, %v1584 : i64
                  %v1586 = arith.muli %v42, %v2 : i64
                  %v1587 = arith.addi %v1585, %v1586 : i64
                  %v1588 = llvm.getelementptr %dx_delta[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1580, %v1588 : f32, !llvm.ptr
                }
                %v1589 = arith.mulf %v1443, %v758 : f32
                %v1590 = arith.mulf %v1465, %v780 : f32
                %v1591 = arith.addf %v1589, %v1590 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1592, %v1593 = gpu.shuffle xor %v1591, %v971, %v329 : f32
                %v1594 = arith.addf %v1591, %v1592 : f32
                %v1595, %v1596 = gpu.shuffle xor %v1594, %v975, %v329 : f32
                %v1597 = arith.addf %v1594, %v1595 : f32
                %v1598, %v1599 = gpu.shuffle xor %v1597, %v979, %v329 : f32
                %v1600 = arith.addf %v1597, %v1598 : f32
                // end sum over the lanes
                %v1601 = arith.mulf %v1543, %v1495 : f32
                %v1602 = arith.addf %v1600, %v1601 : f32
                %v1603 = arith.mulf %v1602, %v1450 : f32
                %v1604 = arith.mulf %v1603, %v1431 : f32
                %v1605 = arith.cmpi eq, %v32, %v66 : i64
                %v1606 = arith.andi %v36, %v1605 : i1
                scf.if %v1606 {
                  %v1607 = arith.muli %v44, %v268 : i64
                  %v1608 = arith.muli %v1436, %v267 : i64
                  %v1609 = arith.addi %v1607, %v1608 : i64
                  %v1610 = arith.muli %v42, %v2 : i64
                  %v1611 = arith.addi %v1609, %v1610 : i64
                  %v1612 = llvm.getelementptr %dx_z[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1604, %v1612 : f32, !llvm.ptr
                }
                %v1613 = arith.mulf %v1552, %v1553 : f32
                %v1614 = arith.mulf %v1425, %v1613 : f32
                %v1615 = llvm.load %v54 : !llvm.ptr -> f32
                %v1616 = arith.addf %v1615, %v1614 : f32
                llvm.store %v1616, %v54 : f32, !llvm.ptr
                %v1617 = arith.mulf %v1565, %v1566 : f32
                %v1618 = arith.mulf %v1425, %v1617 : f32
                %v1619 = llvm.load %v55 : !llvm.ptr -> f32
                %v1620 = arith.addf %v1619, %v1618 : f32
                llvm.store %v1620, %v55 : f32, !llvm.ptr
                %v1621 = arith.mulf %v1427, %v1504 : f32
                %v1622 = arith.select %v36, %v1621, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1623, %v1624 = gpu.shuffle xor %v1622, %v1079, %v329 : f32
                %v1625 = arith.addf %v1622, %v1623 : f32
                %v1626, %v1627 = gpu.shuffle xor %v1625, %v1083, %v329 : f32
                %v1628 = arith.addf %v1625, %v1626 : f32
                %v1629 = arith.divui %v17, %v19 : i64
                %v1630 = arith.remui %v17, %v19 : i64
                %v1631 = arith.cmpi ult, %v1630, %v31 : i64
                %v1632 = arith.addi %v66, %v32 : i64
                %v1633 = arith.muli %v1629, %v19 : i64
                %v1634 = arith.addi %v1633, %v1435 : i64
                %v1635 = arith.muli %v1634, %v1 : i64
                %v1636 = arith.addi %v1635, %v1632 : i64
                scf.if %v1631 {
                  %v1637 = llvm.getelementptr %v61[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1628, %v1637 : f32, !llvm.ptr
                }
                %v1638 = arith.mulf %v1427, %v1515 : f32
                %v1639 = arith.select %v36, %v1638, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1640, %v1641 = gpu.shuffle xor %v1639, %v1079, %v329 : f32
                %v1642 = arith.addf %v1639, %v1640 : f32
                %v1643, %v1644 = gpu.shuffle xor %v1642, %v1083, %v329 : f32
                %v1645 = arith.addf %v1642, %v1643 : f32
                %v1646 = arith.divui %v17, %v19 : i64
                %v1647 = arith.remui %v17, %v19 : i64
                %v1648 = arith.cmpi ult, %v1647, %v31 : i64
                %v1649 = arith.addi %v31, %v32 : i64
                %v1650 = arith.muli %v1646, %v19 : i64
                %v1651 = arith.addi %v1650, %v1435 : i64
                %v1652 = arith.muli %v1651, %v1 : i64
                %v1653 = arith.addi %v1652, %v1649 : i64
                scf.if %v1648 {
                  %v1654 = llvm.getelementptr %v61[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1645, %v1654 : f32, !llvm.ptr
                }
                %v1655 = arith.mulf %v758, %v1451 : f32
                %v1656 = arith.select %v36, %v1655, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1657, %v1658 = gpu.shuffle xor %v1656, %v1079, %v329 : f32
                %v1659 = arith.addf %v1656, %v1657 : f32
                %v1660, %v1661 = gpu.shuffle xor %v1659, %v1083, %v329 : f32
                %v1662 = arith.addf %v1659, %v1660 : f32
                %v1663 = arith.divui %v17, %v19 : i64
                %v1664 = arith.remui %v17, %v19 : i64
                %v1665 = arith.cmpi ult, %v1664, %v31 : i64
                %v1666 = arith.addi %v66, %v32 : i64
                %v1667 = arith.muli %v1663, %v19 : i64
                %v1668 = arith.addi %v1667, %v1435 : i64
                %v1669 = arith.muli %v1668, %v1 : i64
                %v1670 = arith.addi %v1669, %v1666 : i64
                scf.if %v1665 {
                  %v1671 = llvm.getelementptr %v63[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1662, %v1671 : f32, !llvm.ptr
                }
                %v1672 = arith.mulf %v780, %v1451 : f32
                %v1673 = arith.select %v36, %v1672, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1674, %v1675 = gpu.shuffle xor %v1673, %v1079, %v329 : f32
                %v1676 = arith.addf %v1673, %v1674 : f32
                %v1677, %v1678 = gpu.shuffle xor %v1676, %v1083, %v329 : f32
                %v1679 = arith.addf %v1676, %v1677 : f32
                %v1680 = arith.divui %v17, %v19 : i64
                %v1681 = arith.remui %v17, %v19 : i64
                %v1682 = arith.cmpi ult, %v1681, %v31 : i64
                %v1683 = arith.addi %v31, %v32 : i64
                %v1684 = arith.muli %v1680, %v19 : i64
                %v1685 = arith.addi %v1684, %v1435 : i64
                %v1686 = arith.muli %v1685, %v1 : i64
                %v1687 = arith.addi %v1686, %v1683 : i64
                scf.if %v1682 {
                  %v1688 = llvm.getelementptr %v63[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1679, %v1688 : f32, !llvm.ptr
                }
                %v1689 = arith.mulf %v1543, %v1451 : f32
                %v1690 = llvm.load %v56 : !llvm.ptr -> f32
                %v1691 = arith.addf %v1690, %v1689 : f32
                llvm.store %v1691, %v56 : f32, !llvm.ptr
                %v1692 = llvm.load %v57 : !llvm.ptr -> f32
                %v1693 = arith.addf %v1692, %v1580 : f32
                llvm.store %v1693, %v57 : f32, !llvm.ptr
                llvm.store %v1552, %v52 : f32, !llvm.ptr
                llvm.store %v1565, %v53 : f32, !llvm.ptr
              }
              %v1694 = arith.addi %v400, %v46 : i64
              %v1695 = arith.cmpi slt, %v1694, %v209 : i64
              %v1696, %v1697 = gpu.shuffle idx %v461, %v181, %v329 : f32
              %v1698, %v1699 = gpu.shuffle idx %v469, %v181, %v329 : f32
              %v1700, %v1701 = gpu.shuffle idx %v482, %v181, %v329 : f32
              %v1702, %v1703 = gpu.shuffle idx %v491, %v181, %v329 : f32
              %v1704, %v1705 = gpu.shuffle idx %v496, %v181, %v329 : f32
              %v1706 = arith.addi %v402, %v382 : i64
              scf.if %v1695 {
                %v1707 = arith.addi %v207, %v1694 : i64
                %v1708 = arith.muli %v44, %v347 : i64
                %v1709 = arith.muli %v1707, %v346 : i64
                %v1710 = arith.addi %v1708, %v1709 : i64
                %v1711 = arith.muli %v32, %v2 : i64
                %v1712 = arith.addi %v1710, %v1711 : i64
                %v1713 = llvm.getelementptr %in_Cm[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
                %v1715 = arith.muli %v44, %v268 : i64
                %v1716 = arith.muli %v1707, %v267 : i64
                %v1717 = arith.addi %v1715, %v1716 : i64
                %v1718 = arith.muli %v42, %v2 : i64
                %v1719 = arith.addi %v1717, %v1718 : i64
                %v1720 = llvm.getelementptr %dy_y[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1721 = llvm.load %v1720 : !llvm.ptr -> f32
                %v1722 = arith.mulf %v1700, %v1721 : f32
                %v1723 = arith.mulf %v1714, %v1722 : f32
                %v1724 = llvm.load %v50 : !llvm.ptr -> f32
                %v1725 = llvm.load %v52 : !llvm.ptr -> f32
                %v1726 = arith.mulf %v1725, %v1724 : f32
                %v1727 = arith.addf %v1723, %v1726 : f32
                llvm.store %v1727, %v50 : f32, !llvm.ptr
                %v1728 = arith.muli %v44, %v347 : i64
                %v1729 = arith.muli %v1707, %v346 : i64
                %v1730 = arith.addi %v1728, %v1729 : i64
                %v1731 = arith.constant 8 : i64
                %v1732 = arith.addi %v1731, %v32 : i64
                %v1733 = arith.muli %v1732, %v2 : i64
                %v1734 = arith.addi %v1730, %v1733 : i64
                %v1735 = llvm.getelementptr %in_Cm[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
                %v1737 = arith.mulf %v1736, %v1722 : f32
                %v1738 = llvm.load %v51 : !llvm.ptr -> f32
                %v1739 = llvm.load %v53 : !llvm.ptr -> f32
                %v1740 = arith.mulf %v1739, %v1738 : f32
                %v1741 = arith.addf %v1737, %v1740 : f32
                llvm.store %v1741, %v51 : f32, !llvm.ptr
                %v1742 = arith.subi %size_L, %v2 : i64
                %v1743 = arith.cmpi eq, %v1707, %v1742 : i64
                scf.if %v1743 {
                  %v1744 = arith.muli %v44, %v113 : i64
                  %v1745 = arith.muli %v42, %v112 : i64
                  %v1746 = arith.addi %v1744, %v1745 : i64
                  %v1747 = arith.muli %v32, %v2 : i64
                  %v1748 = arith.addi %v1746, %v1747 : i64
                  %v1749 = llvm.getelementptr %dy_h_last[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
                  %v1751 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1752 = arith.addf %v1751, %v1750 : f32
                  llvm.store %v1752, %v50 : f32, !llvm.ptr
                  %v1753 = arith.muli %v44, %v113 : i64
                  %v1754 = arith.muli %v42, %v112 : i64
                  %v1755 = arith.addi %v1753, %v1754 : i64
                  %v1756 = arith.constant 8 : i64
                  %v1757 = arith.addi %v1756, %v32 : i64
                  %v1758 = arith.muli %v1757, %v2 : i64
                  %v1759 = arith.addi %v1755, %v1758 : i64
                  %v1760 = llvm.getelementptr %dy_h_last[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
                  %v1762 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1763 = arith.addf %v1762, %v1761 : f32
                  llvm.store %v1763, %v51 : f32, !llvm.ptr
                }
                %v1764 = arith.muli %v42, %v2 : i64
                %v1765 = llvm.getelementptr %in_Dskip[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1766 = llvm.load %v1765 : !llvm.ptr -> f32
                %v1767 = arith.mulf %v1766, %v1722 : f32
                %v1768 = arith.muli %v44, %v347 : i64
                %v1769 = arith.muli %v1707, %v346 : i64
                %v1770 = arith.addi %v1768, %v1769 : i64
                %v1771 = arith.muli %v32, %v2 : i64
                %v1772 = arith.addi %v1770, %v1771 : i64
                %v1773 = llvm.getelementptr %in_Bm[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                %v1775 = llvm.load %v50 : !llvm.ptr -> f32
                %v1776 = arith.mulf %v1774, %v1775 : f32
                %v1777 = arith.muli %v44, %v347 : i64
                %v1778 = arith.muli %v1707, %v346 : i64
                %v1779 = arith.addi %v1777, %v1778 : i64
                %v1780 = arith.constant 8 : i64
                %v1781 = arith.addi %v1780, %v32 : i64
                %v1782 = arith.muli %v1781, %v2 : i64
                %v1783 = arith.addi %v1779, %v1782 : i64
                %v1784 = llvm.getelementptr %in_Bm[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1785 = llvm.load %v1784 : !llvm.ptr -> f32
                %v1786 = llvm.load %v51 : !llvm.ptr -> f32
                %v1787 = arith.mulf %v1785, %v1786 : f32
                %v1788 = arith.addf %v1776, %v1787 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1789, %v1790 = gpu.shuffle xor %v1788, %v971, %v329 : f32
                %v1791 = arith.addf %v1788, %v1789 : f32
                %v1792, %v1793 = gpu.shuffle xor %v1791, %v975, %v329 : f32
                %v1794 = arith.addf %v1791, %v1792 : f32
                %v1795, %v1796 = gpu.shuffle xor %v1794, %v979, %v329 : f32
                %v1797 = arith.addf %v1794, %v1795 : f32
                // end sum over the lanes
                %v1798 = arith.mulf %v1696, %v1797 : f32
                %v1799 = arith.addf %v1767, %v1798 : f32
                %v1800 = arith.cmpi eq, %v32, %v66 : i64
                %v1801 = arith.andi %v36, %v1800 : i1
                scf.if %v1801 {
                  %v1802 = arith.muli %v44, %v268 : i64
                  %v1803 = arith.muli %v1707, %v267 : i64
                  %v1804 = arith.addi %v1802, %v1803 : i64
                  %v1805 = arith.muli %v42, %v2 : i64
                  %v1806 = arith.addi %v1804, %v1805 : i64
                  %v1807 = llvm.getelementptr %dx_u[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1799, %v1807 : f32, !llvm.ptr
                }
                %v1808 = arith.muli %v44, %v268 : i64
                %v1809 = arith.muli %v1707, %v267 : i64
                %v1810 = arith.addi %v1808, %v1809 : i64
                %v1811 = arith.muli %v42, %v2 : i64
                %v1812 = arith.addi %v1810, %v1811 : i64
                %v1813 = llvm.getelementptr %in_u[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
                %v1815 = arith.mulf %v1814, %v1797 : f32
                %v1816 = arith.muli %v42, %v337 : i64
                %v1817 = arith.muli %v32, %v2 : i64
                %v1818 = arith.addi %v1816, %v1817 : i64
                %v1819 = llvm.getelementptr %in_A[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
                %v1821 = arith.mulf %v1696, %v1820 : f32
                %v1822 = arith.mulf %v1821, %v283 : f32
                %v1823 = llvm.call_intrinsic "llvm.exp2.f32"(%v1822) : (f32) -> f32
                %v1824 = arith.mulf %v663, %v1775 : f32
                %v1825 = arith.mulf %v1820, %v1824 : f32
                %v1826 = arith.mulf %v1823, %v1825 : f32
                %v1827 = arith.muli %v42, %v337 : i64
                %v1828 = arith.constant 8 : i64
                %v1829 = arith.addi %v1828, %v32 : i64
                %v1830 = arith.muli %v1829, %v2 : i64
                %v1831 = arith.addi %v1827, %v1830 : i64
                %v1832 = llvm.getelementptr %in_A[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
                %v1834 = arith.mulf %v1696, %v1833 : f32
                %v1835 = arith.mulf %v1834, %v283 : f32
                %v1836 = llvm.call_intrinsic "llvm.exp2.f32"(%v1835) : (f32) -> f32
                %v1837 = arith.mulf %v685, %v1786 : f32
                %v1838 = arith.mulf %v1833, %v1837 : f32
                %v1839 = arith.mulf %v1836, %v1838 : f32
                %v1840 = arith.addf %v1826, %v1839 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1841, %v1842 = gpu.shuffle xor %v1840, %v971, %v329 : f32
                %v1843 = arith.addf %v1840, %v1841 : f32
                %v1844, %v1845 = gpu.shuffle xor %v1843, %v975, %v329 : f32
                %v1846 = arith.addf %v1843, %v1844 : f32
                %v1847, %v1848 = gpu.shuffle xor %v1846, %v979, %v329 : f32
                %v1849 = arith.addf %v1846, %v1847 : f32
                // end sum over the lanes
                %v1850 = arith.addf %v1815, %v1849 : f32
                %v1851 = arith.mulf %v1850, %v1704 : f32
                %v1852 = arith.cmpi eq, %v32, %v66 : i64
                %v1853 = arith.andi %v36, %v1852 : i1
                scf.if %v1853 {
                  %v1854 = arith.muli %v44, %v268 : i64
                  %v1855 = arith.muli %v1707, %v267 : i64
                  %v1856 = arith.addi %v1854, %v1855 : i64
                  %v1857 = arith.muli %v42, %v2 : i64
                  %v1858 = arith.addi %v1856, %v1857 : i64
                  %v1859 = llvm.getelementptr %dx_delta[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1851, %v1859 : f32, !llvm.ptr
                }
                %v1860 = arith.mulf %v1714, %v710 : f32
                %v1861 = arith.mulf %v1736, %v732 : f32
                %v1862 = arith.addf %v1860, %v1861 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1863, %v1864 = gpu.shuffle xor %v1862, %v971, %v329 : f32
                %v1865 = arith.addf %v1862, %v1863 : f32
                %v1866, %v1867 = gpu.shuffle xor %v1865, %v975, %v329 : f32
                %v1868 = arith.addf %v1865, %v1866 : f32
                %v1869, %v1870 = gpu.shuffle xor %v1868, %v979, %v329 : f32
                %v1871 = arith.addf %v1868, %v1869 : f32
                // end sum over the lanes
                %v1872 = arith.mulf %v1814, %v1766 : f32
                %v1873 = arith.addf %v1871, %v1872 : f32
                %v1874 = arith.mulf %v1873, %v1721 : f32
                %v1875 = arith.mulf %v1874, %v1702 : f32
                %v1876 = arith.cmpi eq, %v32, %v66 : i64
                %v1877 = arith.andi %v36, %v1876 : i1
                scf.if %v1877 {
                  %v1878 = arith.muli %v44, %v268 : i64
                  %v1879 = arith.muli %v1707, %v267 : i64
                  %v1880 = arith.addi %v1878, %v1879 : i64
                  %v1881 = arith.muli %v42, %v2 : i64
                  %v1882 = arith.addi %v1880, %v1881 : i64
                  %v1883 = llvm.getelementptr %dx_z[%v1882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1875, %v1883 : f32, !llvm.ptr
                }
                %v1884 = arith.mulf %v1823, %v1824 : f32
                %v1885 = arith.mulf %v1696, %v1884 : f32
                %v1886 = llvm.load %v54 : !llvm.ptr -> f32
                %v1887 = arith.addf %v1886, %v1885 : f32
                llvm.store %v1887, %v54 : f32, !llvm.ptr
                %v1888 = arith.mulf %v1836, %v1837 : f32
                %v1889 = arith.mulf %v1696, %v1888 : f32
                %v1890 = llvm.load %v55 : !llvm.ptr -> f32
                %v1891 = arith.addf %v1890, %v1889 : f32
                llvm.store %v1891, %v55 : f32, !llvm.ptr
                %v1892 = arith.mulf %v1698, %v1775 : f32
                %v1893 = arith.select %v36, %v1892, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1894, %v1895 = gpu.shuffle xor %v1893, %v1079, %v329 : f32
                %v1896 = arith.addf %v1893, %v1894 : f32
                %v1897, %v1898 = gpu.shuffle xor %v1896, %v1083, %v329 : f32
                %v1899 = arith.addf %v1896, %v1897 : f32
                %v1900 = arith.divui %v17, %v19 : i64
                %v1901 = arith.remui %v17, %v19 : i64
                %v1902 = arith.cmpi ult, %v1901, %v31 : i64
                %v1903 = arith.addi %v66, %v32 : i64
                %v1904 = arith.muli %v1900, %v19 : i64
                %v1905 = arith.addi %v1904, %v1706 : i64
                %v1906 = arith.muli %v1905, %v1 : i64
                %v1907 = arith.addi %v1906, %v1903 : i64
                scf.if %v1902 {
                  %v1908 = llvm.getelementptr %v61[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1899, %v1908 : f32, !llvm.ptr
                }
                %v1909 = arith.mulf %v1698, %v1786 : f32
                %v1910 = arith.select %v36, %v1909, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1911, %v1912 = gpu.shuffle xor %v1910, %v1079, %v329 : f32
                %v1913 = arith.addf %v1910, %v1911 : f32
                %v1914, %v1915 = gpu.shuffle xor %v1913, %v1083, %v329 : f32
                %v1916 = arith.addf %v1913, %v1914 : f32
                %v1917 = arith.divui %v17, %v19 : i64
                %v1918 = arith.remui %v17, %v19 : i64
                %v1919 = arith.cmpi ult, %v1918, %v31 : i64
                %v1920 = arith.addi %v31, %v32 : i64
                %v1921 = arith.muli %v1917, %v19 : i64
                %v1922 = arith.addi %v1921, %v1706 : i64
                %v1923 = arith.muli %v1922, %v1 : i64
                %v1924 = arith.addi %v1923, %v1920 : i64
                scf.if %v1919 {
                  %v1925 = llvm.getelementptr %v61[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1916, %v1925 : f32, !llvm.ptr
                }
                %v1926 = arith.mulf %v710, %v1722 : f32
                %v1927 = arith.select %v36, %v1926, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1928, %v1929 = gpu.shuffle xor %v1927, %v1079, %v329 : f32
                %v1930 = arith.addf %v1927, %v1928 : f32
                %v1931, %v1932 = gpu.shuffle xor %v1930, %v1083, %v329 : f32
                %v1933 = arith.addf %v1930, %v1931 : f32
                %v1934 = arith.divui %v17, %v19 : i64
                %v1935 = arith.remui %v17, %v19 : i64
                %v1936 = arith.cmpi ult, %v1935, %v31 : i64
                %v1937 = arith.addi %v66, %v32 : i64
                %v1938 = arith.muli %v1934, %v19 : i64
                %v1939 = arith.addi %v1938, %v1706 : i64
                %v1940 = arith.muli %v1939, %v1 : i64
                %v1941 = arith.addi %v1940, %v1937 : i64
                scf.if %v1936 {
                  %v1942 = llvm.getelementptr %v63[%v1941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1933, %v1942 : f32, !llvm.ptr
                }
                %v1943 = arith.mulf %v732, %v1722 : f32
                %v1944 = arith.select %v36, %v1943, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v1945, %v1946 = gpu.shuffle xor %v1944, %v1079, %v329 : f32
                %v1947 = arith.addf %v1944, %v1945 : f32
                %v1948, %v1949 = gpu.shuffle xor %v1947, %v1083, %v329 : f32
                %v1950 = arith.addf %v1947, %v1948 : f32
                %v1951 = arith.divui %v17, %v19 : i64
                %v1952 = arith.remui %v17, %v19 : i64
                %v1953 = arith.cmpi ult, %v1952, %v31 : i64
                %v1954 = arith.addi %v31, %v32 : i64
                %v1955 = arith.muli %v1951, %v19 : i64
                %v1956 = arith.addi %v1955, %v1706 : i64
                %v1957 = arith.muli %v1956, %v1 : i64
                %v1958 = arith.addi %v1957, %v1954 : i64
                scf.if %v1953 {
                  %v1959 = llvm.getelementptr %v63[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1950, %v1959 : f32, !llvm.ptr
                }
                %v1960 = arith.mulf %v1814, %v1722 : f32
                %v1961 = llvm.load %v56 : !llvm.ptr -> f32
                %v1962 = arith.addf %v1961, %v1960 : f32
                llvm.store %v1962, %v56 : f32, !llvm.ptr
                %v1963 = llvm.load %v57 : !llvm.ptr -> f32
                %v1964 = arith.addf %v1963, %v1851 : f32
                llvm.store %v1964, %v57 : f32, !llvm.ptr
                llvm.store %v1823, %v52 : f32, !llvm.ptr
                llvm.store %v1836, %v53 : f32, !llvm.ptr
              }
              %v1965 = arith.addi %v400, %v382 : i64
              %v1966 = arith.cmpi slt, %v1965, %v209 : i64
              %v1967, %v1968 = gpu.shuffle idx %v461, %v177, %v329 : f32
              %v1969, %v1970 = gpu.shuffle idx %v469, %v177, %v329 : f32
              %v1971, %v1972 = gpu.shuffle idx %v482, %v177, %v329 : f32
              %v1973, %v1974 = gpu.shuffle idx %v491, %v177, %v329 : f32
              %v1975, %v1976 = gpu.shuffle idx %v496, %v177, %v329 : f32
              %v1977 = arith.addi %v402, %v46 : i64
              scf.if %v1966 {
                %v1978 = arith.addi %v207, %v1965 : i64
                %v1979 = arith.muli %v44, %v347 : i64
                %v1980 = arith.muli %v1978, %v346 : i64
                %v1981 = arith.addi %v1979, %v1980 : i64
                %v1982 = arith.muli %v32, %v2 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = llvm.getelementptr %in_Cm[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                %v1986 = arith.muli %v44, %v268 : i64
                %v1987 = arith.muli %v1978, %v267 : i64
                %v1988 = arith.addi %v1986, %v1987 : i64
                %v1989 = arith.muli %v42, %v2 : i64
                %v1990 = arith.addi %v1988, %v1989 : i64
                %v1991 = llvm.getelementptr %dy_y[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1992 = llvm.load %v1991 : !llvm.ptr -> f32
                %v1993 = arith.mulf %v1971, %v1992 : f32
                %v1994 = arith.mulf %v1985, %v1993 : f32
                %v1995 = llvm.load %v50 : !llvm.ptr -> f32
                %v1996 = llvm.load %v52 : !llvm.ptr -> f32
                %v1997 = arith.mulf %v1996, %v1995 : f32
                %v1998 = arith.addf %v1994, %v1997 : f32
                llvm.store %v1998, %v50 : f32, !llvm.ptr
                %v1999 = arith.muli %v44, %v347 : i64
                %v2000 = arith.muli %v1978, %v346 : i64
                %v2001 = arith.addi %v1999, %v2000 : i64
                %v2002 = arith.constant 8 : i64
                %v2003 = arith.addi %v2002, %v32 : i64
                %v2004 = arith.muli %v2003, %v2 : i64
                %v2005 = arith.addi %v2001, %v2004 : i64
                %v2006 = llvm.getelementptr %in_Cm[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2007 = llvm.load %v2006 : !llvm.ptr -> f32
                %v2008 = arith.mulf %v2007, %v1993 : f32
                %v2009 = llvm.load %v51 : !llvm.ptr -> f32
                %v2010 = llvm.load %v53 : !llvm.ptr -> f32
                %v2011 = arith.mulf %v2010, %v2009 : f32
                %v2012 = arith.addf %v2008, %v2011 : f32
                llvm.store %v2012, %v51 : f32, !llvm.ptr
                %v2013 = arith.subi %size_L, %v2 : i64
                %v2014 = arith.cmpi eq, %v1978, %v2013 : i64
                scf.if %v2014 {
                  %v2015 = arith.muli %v44, %v113 : i64
                  %v2016 = arith.muli %v42, %v112 : i64
                  %v2017 = arith.addi %v2015, %v2016 : i64
                  %v2018 = arith.muli %v32, %v2 : i64
                  %v2019 = arith.addi %v2017, %v2018 : i64
                  %v2020 = llvm.getelementptr %dy_h_last[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2021 = llvm.load %v2020 : !llvm.ptr -> f32
                  %v2022 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2023 = arith.addf %v2022, %v2021 : f32
                  llvm.store %v2023, %v50 : f32, !llvm.ptr
                  %v2024 = arith.muli %v44, %v113 : i64
                  %v2025 = arith.muli %v42, %v112 : i64
                  %v2026 = arith.addi %v2024, %v2025 : i64
                  %v2027 = arith.constant 8 : i64
                  %v2028 = arith.addi %v2027, %v32 : i64
                  %v2029 = arith.muli %v2028, %v2 : i64
                  %v2030 = arith.addi %v2026, %v2029 : i64
                  %v2031 = llvm.getelementptr %dy_h_last[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
                  %v2033 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2034 = arith.addf %v2033, %v2032 : f32
                  llvm.store %v2034, %v51 : f32, !llvm.ptr
                }
                %v2035 = arith.muli %v42, %v2 : i64
                %v2036 = llvm.getelementptr %in_Dskip[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2037 = llvm.load %v2036 : !llvm.ptr -> f32
                %v2038 = arith.mulf %v2037, %v1993 : f32
                %v2039 = arith.muli %v44, %v347 : i64
                %v2040 = arith.muli %v1978, %v346 : i64
                %v2041 = arith.addi %v2039, %v2040 : i64
                %v2042 = arith.muli %v32, %v2 : i64
                %v2043 = arith.addi %v2041, %v2042 : i64
                %v2044 = llvm.getelementptr %in_Bm[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
                %v2046 = llvm.load %v50 : !llvm.ptr -> f32
                %v2047 = arith.mulf %v2045, %v2046 : f32
                %v2048 = arith.muli %v44, %v347 : i64
                %v2049 = arith.muli %v1978, %v346 : i64
                %v2050 = arith.addi %v2048, %v2049 : i64
                %v2051 = arith.constant 8 : i64
                %v2052 = arith.addi %v2051, %v32 : i64
                %v2053 = arith.muli %v2052, %v2 : i64
                %v2054 = arith.addi %v2050, %v2053 : i64
                %v2055 = llvm.getelementptr %in_Bm[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2056 = llvm.load %v2055 : !llvm.ptr -> f32
                %v2057 = llvm.load %v51 : !llvm.ptr -> f32
                %v2058 = arith.mulf %v2056, %v2057 : f32
                %v2059 = arith.addf %v2047, %v2058 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2060, %v2061 = gpu.shuffle xor %v2059, %v971, %v329 : f32
                %v2062 = arith.addf %v2059, %v2060 : f32
                %v2063, %v2064 = gpu.shuffle xor %v2062, %v975, %v329 : f32
                %v2065 = arith.addf %v2062, %v2063 : f32
                %v2066, %v2067 = gpu.shuffle xor %v2065, %v979, %v329 : f32
                %v2068 = arith.addf %v2065, %v2066 : f32
                // end sum over the lanes
                %v2069 = arith.mulf %v1967, %v2068 : f32
                %v2070 = arith.addf %v2038, %v2069 : f32
                %v2071 = arith.cmpi eq, %v32, %v66 : i64
                %v2072 = arith.andi %v36, %v2071 : i1
                scf.if %v2072 {
                  %v2073 = arith.muli %v44, %v268 : i64
                  %v2074 = arith.muli %v1978, %v267 : i64
                  %v2075 = arith.addi %v2073, %v2074 : i64
                  %v2076 = arith.muli %v42, %v2 : i64
                  %v2077 = arith.addi %v2075, %v2076 : i64
                  %v2078 = llvm.getelementptr %dx_u[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2070, %v2078 : f32, !llvm.ptr
                }
                %v2079 = arith.muli %v44, %v268 : i64
                %v2080 = arith.muli %v1978, %v267 : i64
                %v2081 = arith.addi %v2079, %v2080 : i64
                %v2082 = arith.muli %v42, %v2 : i64
                %v2083 = arith.addi %v2081, %v2082 : i64
                %v2084 = llvm.getelementptr %in_u[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2085 = llvm.load %v2084 : !llvm.ptr -> f32
                %v2086 = arith.mulf %v2085, %v2068 : f32
                %v2087 = arith.muli %v42, %v337 : i64
                %v2088 = arith.muli %v32, %v2 : i64
                %v2089 = arith.addi %v2087, %v2088 : i64
                %v2090 = llvm.getelementptr %in_A[%v2089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2091 = llvm.load %v2090 : !llvm.ptr -> f32
                %v2092 = arith.mulf %v1967, %v2091 : f32
                %v2093 = arith.mulf %v2092, %v283 : f32
                %v2094 = llvm.call_intrinsic "llvm.exp2.f32"(%v2093) : (f32) -> f32
                %v2095 = arith.mulf %v616, %v2046 : f32
                %v2096 = arith.mulf %v2091, %v2095 : f32
                %v2097 = arith.mulf %v2094, %v2096 : f32
                %v2098 = arith.muli %v42, %v337 : i64
                %v2099 = arith.constant 8 : i64
                %v2100 = arith.addi %v2099, %v32 : i64
                %v2101 = arith.muli %v2100, %v2 : i64
                %v2102 = arith.addi %v2098, %v2101 : i64
                %v2103 = llvm.getelementptr %in_A[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2104 = llvm.load %v2103 : !llvm.ptr -> f32
                %v2105 = arith.mulf %v1967, %v2104 : f32
                %v2106 = arith.mulf %v2105, %v283 : f32
                %v2107 = llvm.call_intrinsic "llvm.exp2.f32"(%v2106) : (f32) -> f32
                %v2108 = arith.mulf %v638, %v2057 : f32
                %v2109 = arith.mulf %v2104, %v2108 : f32
                %v2110 = arith.mulf %v2107, %v2109 : f32
                %v2111 = arith.addf %v2097, %v2110 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2112, %v2113 = gpu.shuffle xor %v2111, %v971, %v329 : f32
                %v2114 = arith.addf %v2111, %v2112 : f32
                %v2115, %v2116 = gpu.shuffle xor %v2114, %v975, %v329 : f32
                %v2117 = arith.addf %v2114, %v2115 : f32
                %v2118, %v2119 = gpu.shuffle xor %v2117, %v979, %v329 : f32
                %v2120 = arith.addf %v2117, %v2118 : f32
                // end sum over the lanes
                %v2121 = arith.addf %v2086, %v2120 : f32
                %v2122 = arith.mulf %v2121, %v1975 : f32
                %v2123 = arith.cmpi eq, %v32, %v66 : i64
                %v2124 = arith.andi %v36, %v2123 : i1
                scf.if %v2124 {
                  %v2125 = arith.muli %v44, %v268 : i64
                  %v2126 = arith.muli %v1978, %v267 : i64
                  %v2127 = arith.addi %v2125, %v2126 : i64
                  %v2128 = arith.muli %v42, %v2 : i64
                  %v2129 = arith.addi %v2127, %v2128 : i64
                  %v2130 = llvm.getelementptr %dx_delta[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2122, %v2130 : f32, !llvm.ptr
                }
                %v2131 = arith.mulf %v1985, %v663 : f32
                %v2132 = arith.mulf %v2007, %v685 : f32
                %v2133 = arith.addf %v2131, %v2132 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2134, %v2135 = gpu.shuffle xor %v2133, %v971, %v329 : f32
                %v2136 = arith.addf %v2133, %v2134 : f32
                %v2137, %v2138 = gpu.shuffle xor %v2136, %v975, %v329 : f32
                %v2139 = arith.addf %v2136, %v2137 : f32
                %v2140, %v2141 = gpu.shuffle xor %v2139, %v979, %v329 : f32
                %v2142 = arith.addf %v2139, %v2140 : f32
                // end sum over the lanes
                %v2143 = arith.mulf %v2085, %v2037 : f32
                %v2144 = arith.addf %v2142, %v2143 : f32
                %v2145 = arith.mulf %v2144, %v1992 : f32
                %v2146 = arith.mulf %v2145, %v1973 : f32
                %v2147 = arith.cmpi eq, %v32, %v66 : i64
                %v2148 = arith.andi %v36, %v2147 : i1
                scf.if %v2148 {
                  %v2149 = arith.muli %v44, %v268 : i64
                  %v2150 = arith.muli %v1978, %v267 : i64
                  %v2151 = arith.addi %v2149, %v2150 : i64
                  %v2152 = arith.muli %v42, %v2 : i64
                  %v2153 = arith.addi %v2151, %v2152 : i64
                  %v2154 = llvm.getelementptr %dx_z[%v2153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2146, %v2154 : f32, !llvm.ptr
                }
                %v2155 = arith.mulf %v2094, %v2095 : f32
                %v2156 = arith.mulf %v1967, %v2155 : f32
                %v2157 = llvm.load %v54 : !llvm.ptr -> f32
                %v2158 = arith.addf %v2157, %v2156 : f32
                llvm.store %v2158, %v54 : f32, !llvm.ptr
                %v2159 = arith.mulf %v2107, %v2108 : f32
                %v2160 = arith.mulf %v1967, %v2159 : f32
                %v2161 = llvm.load %v55 : !llvm.ptr -> f32
                %v2162 = arith.addf %v2161, %v2160 : f32
                llvm.store %v2162, %v55 : f32, !llvm.ptr
                %v2163 = arith.mulf %v1969, %v2046 : f32
                %v2164 = arith.select %v36, %v2163, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2165, %v2166 = gpu.shuffle xor %v2164, %v1079, %v329 : f32
                %v2167 = arith.addf %v2164, %v2165 : f32
                %v2168, %v2169 = gpu.shuffle xor %v2167, %v1083, %v329 : f32
                %v2170 = arith.addf %v2167, %v2168 : f32
                %v2171 = arith.divui %v17, %v19 : i64
                %v2172 = arith.remui %v17, %v19 : i64
                %v2173 = arith.cmpi ult, %v2172, %v31 : i64
                %v2174 = arith.addi %v66, %v32 : i64
                %v2175 = arith.muli %v2171, %v19 : i64
                %v2176 = arith.addi %v2175, %v1977 : i64
                %v2177 = arith.muli %v2176, %v1 : i64
                %v2178 = arith.addi %v2177, %v2174 : i64
                scf.if %v2173 {
                  %v2179 = llvm.getelementptr %v61[%v2178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2170, %v2179 : f32, !llvm.ptr
                }
                %v2180 = arith.mulf %v1969, %v2057 : f32
                %v2181 = arith.select %v36, %v2180, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2182, %v2183 = gpu.shuffle xor %v2181, %v1079, %v329 : f32
                %v2184 = arith.addf %v2181, %v2182 : f32
                %v2185, %v2186 = gpu.shuffle xor %v2184, %v1083, %v329 : f32
                %v2187 = arith.addf %v2184, %v2185 : f32
                %v2188 = arith.divui %v17, %v19 : i64
                %v2189 = arith.remui %v17, %v19 : i64
                %v2190 = arith.cmpi ult, %v2189, %v31 : i64
                %v2191 = arith.addi %v31, %v32 : i64
                %v2192 = arith.muli %v2188, %v19 : i64
                %v2193 = arith.addi %v2192, %v1977 : i64
                %v2194 = arith.muli %v2193, %v1 : i64
                %v2195 = arith.addi %v2194, %v2191 : i64
                scf.if %v2190 {
                  %v2196 = llvm.getelementptr %v61[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2187, %v2196 : f32, !llvm.ptr
                }
                %v2197 = arith.mulf %v663, %v1993 : f32
                %v2198 = arith.select %v36, %v2197, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2199, %v2200 = gpu.shuffle xor %v2198, %v1079, %v329 : f32
                %v2201 = arith.addf %v2198, %v2199 : f32
                %v2202, %v2203 = gpu.shuffle xor %v2201, %v1083, %v329 : f32
                %v2204 = arith.addf %v2201, %v2202 : f32
                %v2205 = arith.divui %v17, %v19 : i64
                %v2206 = arith.remui %v17, %v19 : i64
                %v2207 = arith.cmpi ult, %v2206, %v31 : i64
                %v2208 = arith.addi %v66, %v32 : i64
                %v2209 = arith.muli %v2205, %v19 : i64
                %v2210 = arith.addi %v2209, %v1977 : i64
                %v2211 = arith.muli %v2210, %v1 : i64
                %v2212 = arith.addi %v2211, %v2208 : i64
                scf.if %v2207 {
                  %v2213 = llvm.getelementptr %v63[%v2212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2204, %v2213 : f32, !llvm.ptr
                }
                %v2214 = arith.mulf %v685, %v1993 : f32
                %v2215 = arith.select %v36, %v2214, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2216, %v2217 = gpu.shuffle xor %v2215, %v1079, %v329 : f32
                %v2218 = arith.addf %v2215, %v2216 : f32
                %v2219, %v2220 = gpu.shuffle xor %v2218, %v1083, %v329 : f32
                %v2221 = arith.addf %v2218, %v2219 : f32
                %v2222 = arith.divui %v17, %v19 : i64
                %v2223 = arith.remui %v17, %v19 : i64
                %v2224 = arith.cmpi ult, %v2223, %v31 : i64
                %v2225 = arith.addi %v31, %v32 : i64
                %v2226 = arith.muli %v2222, %v19 : i64
                %v2227 = arith.addi %v2226, %v1977 : i64
                %v2228 = arith.muli %v2227, %v1 : i64
                %v2229 = arith.addi %v2228, %v2225 : i64
                scf.if %v2224 {
                  %v2230 = llvm.getelementptr %v63[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2221, %v2230 : f32, !llvm.ptr
                }
                %v2231 = arith.mulf %v2085, %v1993 : f32
                %v2232 = llvm.load %v56 : !llvm.ptr -> f32
                %v2233 = arith.addf %v2232, %v2231 : f32
                llvm.store %v2233, %v56 : f32, !llvm.ptr
                %v2234 = llvm.load %v57 : !llvm.ptr -> f32
                %v2235 = arith.addf %v2234, %v2122 : f32
                llvm.store %v2235, %v57 : f32, !llvm.ptr
                llvm.store %v2094, %v52 : f32, !llvm.ptr
                llvm.store %v2107, %v53 : f32, !llvm.ptr
              }
              %v2236 = arith.addi %v400, %v591 : i64
              %v2237 = arith.cmpi slt, %v2236, %v209 : i64
              %v2238, %v2239 = gpu.shuffle idx %v461, %v173, %v329 : f32
              %v2240, %v2241 = gpu.shuffle idx %v469, %v173, %v329 : f32
              %v2242, %v2243 = gpu.shuffle idx %v482, %v173, %v329 : f32
              %v2244, %v2245 = gpu.shuffle idx %v491, %v173, %v329 : f32
              %v2246, %v2247 = gpu.shuffle idx %v496, %v173, %v329 : f32
              %v2248 = arith.addi %v402, %v733 : i64
              scf.if %v2237 {
                %v2249 = arith.addi %v207, %v2236 : i64
                %v2250 = arith.muli %v44, %v347 : i64
                %v2251 = arith.muli %v2249, %v346 : i64
                %v2252 = arith.addi %v2250, %v2251 : i64
                %v2253 = arith.muli %v32, %v2 : i64
                %v2254 = arith.addi %v2252, %v2253 : i64
                %v2255 = llvm.getelementptr %in_Cm[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2256 = llvm.load %v2255 : !llvm.ptr -> f32
                %v2257 = arith.muli %v44, %v268 : i64
                %v2258 = arith.muli %v2249, %v267 : i64
                %v2259 = arith.addi %v2257, %v2258 : i64
                %v2260 = arith.muli %v42, %v2 : i64
                %v2261 = arith.addi %v2259, %v2260 : i64
                %v2262 = llvm.getelementptr %dy_y[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2263 = llvm.load %v2262 : !llvm.ptr -> f32
                %v2264 = arith.mulf %v2242, %v2263 : f32
                %v2265 = arith.mulf %v2256, %v2264 : f32
                %v2266 = llvm.load %v50 : !llvm.ptr -> f32
                %v2267 = llvm.load %v52 : !llvm.ptr -> f32
                %v2268 = arith.mulf %v2267, %v2266 : f32
                %v2269 = arith.addf %v2265, %v2268 : f32
                llvm.store %v2269, %v50 : f32, !llvm.ptr
                %v2270 = arith.muli %v44, %v347 : i64
                %v2271 = arith.muli %v2249, %v346 : i64
                %v2272 = arith.addi %v2270, %v2271 : i64
                %v2273 = arith.constant 8 : i64
                %v2274 = arith.addi %v2273, %v32 : i64
                %v2275 = arith.muli %v2274, %v2 : i64
                %v2276 = arith.addi %v2272, %v2275 : i64
                %v2277 = llvm.getelementptr %in_Cm[%v2276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2278 = llvm.load %v2277 : !llvm.ptr -> f32
                %v2279 = arith.mulf %v2278, %v2264 : f32
                %v2280 = llvm.load %v51 : !llvm.ptr -> f32
                %v2281 = llvm.load %v53 : !llvm.ptr -> f32
                %v2282 = arith.mulf %v2281, %v2280 : f32
                %v2283 = arith.addf %v2279, %v2282 : f32
                llvm.store %v2283, %v51 : f32, !llvm.ptr
                %v2284 = arith.subi %size_L, %v2 : i64
                %v2285 = arith.cmpi eq, %v2249, %v2284 : i64
                scf.if %v2285 {
                  %v2286 = arith.muli %v44, %v113 : i64
                  %v2287 = arith.muli %v42, %v112 : i64
                  %v2288 = arith.addi %v2286, %v2287 : i64
                  %v2289 = arith.muli %v32, %v2 : i64
                  %v2290 = arith.addi %v2288, %v2289 : i64
                  %v2291 = llvm.getelementptr %dy_h_last[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
                  %v2293 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2294 = arith.addf %v2293, %v2292 : f32
                  llvm.store %v2294, %v50 : f32, !llvm.ptr
                  %v2295 = arith.muli %v44, %v113 : i64
                  %v2296 = arith.muli %v42, %v112 : i64
                  %v2297 = arith.addi %v2295, %v2296 : i64
                  %v2298 = arith.constant 8 : i64
                  %v2299 = arith.addi %v2298, %v32 : i64
                  %v2300 = arith.muli %v2299, %v2 : i64
                  %v2301 = arith.addi %v2297, %v2300 : i64
                  %v2302 = llvm.getelementptr %dy_h_last[%v2301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2303 = llvm.load %v2302 : !llvm.ptr -> f32
                  %v2304 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2305 = arith.addf %v2304, %v2303 : f32
                  llvm.store %v2305, %v51 : f32, !llvm.ptr
                }
                %v2306 = arith.muli %v42, %v2 : i64
                %v2307 = llvm.getelementptr %in_Dskip[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2308 = llvm.load %v2307 : !llvm.ptr -> f32
                %v2309 = arith.mulf %v2308, %v2264 : f32
                %v2310 = arith.muli %v44, %v347 : i64
                %v2311 = arith.muli %v2249, %v346 : i64
                %v2312 = arith.addi %v2310, %v2311 : i64
                %v2313 = arith.muli %v32, %v2 : i64
                %v2314 = arith.addi %v2312, %v2313 : i64
                %v2315 = llvm.getelementptr %in_Bm[%v2314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2316 = llvm.load %v2315 : !llvm.ptr -> f32
                %v2317 = llvm.load %v50 : !llvm.ptr -> f32
                %v2318 = arith.mulf %v2316, %v2317 : f32
                %v2319 = arith.muli %v44, %v347 : i64
                %v2320 = arith.muli %v2249, %v346 : i64
                %v2321 = arith.addi %v2319, %v2320 : i64
                %v2322 = arith.constant 8 : i64
                %v2323 = arith.addi %v2322, %v32 : i64
                %v2324 = arith.muli %v2323, %v2 : i64
                %v2325 = arith.addi %v2321, %v2324 : i64
                %v2326 = llvm.getelementptr %in_Bm[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                %v2328 = llvm.load %v51 : !llvm.ptr -> f32
                %v2329 = arith.mulf %v2327, %v2328 : f32
                %v2330 = arith.addf %v2318, %v2329 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2331, %v2332 = gpu.shuffle xor %v2330, %v971, %v329 : f32
                %v2333 = arith.addf %v2330, %v2331 : f32
                %v2334, %v2335 = gpu.shuffle xor %v2333, %v975, %v329 : f32
                %v2336 = arith.addf %v2333, %v2334 : f32
                %v2337, %v2338 = gpu.shuffle xor %v2336, %v979, %v329 : f32
                %v2339 = arith.addf %v2336, %v2337 : f32
                // end sum over the lanes
                %v2340 = arith.mulf %v2238, %v2339 : f32
                %v2341 = arith.addf %v2309, %v2340 : f32
                %v2342 = arith.cmpi eq, %v32, %v66 : i64
                %v2343 = arith.andi %v36, %v2342 : i1
                scf.if %v2343 {
                  %v2344 = arith.muli %v44, %v268 : i64
                  %v2345 = arith.muli %v2249, %v267 : i64
                  %v2346 = arith.addi %v2344, %v2345 : i64
                  %v2347 = arith.muli %v42, %v2 : i64
                  %v2348 = arith.addi %v2346, %v2347 : i64
                  %v2349 = llvm.getelementptr %dx_u[%v2348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2341, %v2349 : f32, !llvm.ptr
                }
                %v2350 = arith.muli %v44, %v268 : i64
                %v2351 = arith.muli %v2249, %v267 : i64
                %v2352 = arith.addi %v2350, %v2351 : i64
                %v2353 = arith.muli %v42, %v2 : i64
                %v2354 = arith.addi %v2352, %v2353 : i64
                %v2355 = llvm.getelementptr %in_u[%v2354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2356 = llvm.load %v2355 : !llvm.ptr -> f32
                %v2357 = arith.mulf %v2356, %v2339 : f32
                %v2358 = arith.muli %v42, %v337 : i64
                %v2359 = arith.muli %v32, %v2 : i64
                %v2360 = arith.addi %v2358, %v2359 : i64
                %v2361 = llvm.getelementptr %in_A[%v2360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2362 = llvm.load %v2361 : !llvm.ptr -> f32
                %v2363 = arith.mulf %v2238, %v2362 : f32
                %v2364 = arith.mulf %v2363, %v283 : f32
                %v2365 = llvm.call_intrinsic "llvm.exp2.f32"(%v2364) : (f32) -> f32
                %v2366 = arith.mulf %v568, %v2317 : f32
                %v2367 = arith.mulf %v2362, %v2366 : f32
                %v2368 = arith.mulf %v2365, %v2367 : f32
                %v2369 = arith.muli %v42, %v337 : i64
                %v2370 = arith.constant 8 : i64
                %v2371 = arith.addi %v2370, %v32 : i64
                %v2372 = arith.muli %v2371, %v2 : i64
                %v2373 = arith.addi %v2369, %v2372 : i64
                %v2374 = llvm.getelementptr %in_A[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2375 = llvm.load %v2374 : !llvm.ptr -> f32
                %v2376 = arith.mulf %v2238, %v2375 : f32
                %v2377 = arith.mulf %v2376, %v283 : f32
                %v2378 = llvm.call_intrinsic "llvm.exp2.f32"(%v2377) : (f32) -> f32
                %v2379 = arith.mulf %v590, %v2328 : f32
                %v2380 = arith.mulf %v2375, %v2379 : f32
                %v2381 = arith.mulf %v2378, %v2380 : f32
                %v2382 = arith.addf %v2368, %v2381 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2383, %v2384 = gpu.shuffle xor %v2382, %v971, %v329 : f32
                %v2385 = arith.addf %v2382, %v2383 : f32
                %v2386, %v2387 = gpu.shuffle xor %v2385, %v975, %v329 : f32
                %v2388 = arith.addf %v2385, %v2386 : f32
                %v2389, %v2390 = gpu.shuffle xor %v2388, %v979, %v329 : f32
                %v2391 = arith.addf %v2388, %v2389 : f32
                // end sum over the lanes
                %v2392 = arith.addf %v2357, %v2391 : f32
                %v2393 = arith.mulf %v2392, %v2246 : f32
                %v2394 = arith.cmpi eq, %v32, %v66 : i64
                %v2395 = arith.andi %v36, %v2394 : i1
                scf.if %v2395 {
                  %v2396 = arith.muli %v44, %v268 : i64
                  %v2397 = arith.muli %v2249, %v267 : i64
                  %v2398 = arith.addi %v2396, %v2397 : i64
                  %v2399 = arith.muli %v42, %v2 : i64
                  %v2400 = arith.addi %v2398, %v2399 : i64
                  %v2401 = llvm.getelementptr %dx_delta[%v2400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2393, %v2401 : f32, !llvm.ptr
                }
                %v2402 = arith.mulf %v2256, %v616 : f32
                %v2403 = arith.mulf %v2278, %v638 : f32
                %v2404 = arith.addf %v2402, %v2403 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2405, %v2406 = gpu.shuffle xor %v2404, %v971, %v329 : f32
                %v2407 = arith.addf %v2404, %v2405 : f32
                %v2408, %v2409 = gpu.shuffle xor %v2407, %v975, %v329 : f32
                %v2410 = arith.addf %v2407, %v2408 : f32
                %v2411, %v2412 = gpu.shuffle xor %v2410, %v979, %v329 : f32
                %v2413 = arith.addf %v2410, %v2411 : f32
                // end sum over the lanes
                %v2414 = arith.mulf %v2356, %v2308 : f32
                %v2415 = arith.addf %v2413, %v2414 : f32
                %v2416 = arith.mulf %v2415, %v2263 : f32
                %v2417 = arith.mulf %v2416, %v2244 : f32
                %v2418 = arith.cmpi eq, %v32, %v66 : i64
                %v2419 = arith.andi %v36, %v2418 : i1
                scf.if %v2419 {
                  %v2420 = arith.muli %v44, %v268 : i64
                  %v2421 = arith.muli %v2249, %v267 : i64
                  %v2422 = arith.addi %v2420, %v2421 : i64
                  %v2423 = arith.muli %v42, %v2 : i64
                  %v2424 = arith.addi %v2422, %v2423 : i64
                  %v2425 = llvm.getelementptr %dx_z[%v2424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2417, %v2425 : f32, !llvm.ptr
                }
                %v2426 = arith.mulf %v2365, %v2366 : f32
                %v2427 = arith.mulf %v2238, %v2426 : f32
                %v2428 = llvm.load %v54 : !llvm.ptr -> f32
                %v2429 = arith.addf %v2428, %v2427 : f32
                llvm.store %v2429, %v54 : f32, !llvm.ptr
                %v2430 = arith.mulf %v2378, %v2379 : f32
                %v2431 = arith.mulf %v2238, %v2430 : f32
                %v2432 = llvm.load %v55 : !llvm.ptr -> f32
                %v2433 = arith.addf %v2432, %v2431 : f32
                llvm.store %v2433, %v55 : f32, !llvm.ptr
                %v2434 = arith.mulf %v2240, %v2317 : f32
                %v2435 = arith.select %v36, %v2434, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2436, %v2437 = gpu.shuffle xor %v2435, %v1079, %v329 : f32
                %v2438 = arith.addf %v2435, %v2436 : f32
                %v2439, %v2440 = gpu.shuffle xor %v2438, %v1083, %v329 : f32
                %v2441 = arith.addf %v2438, %v2439 : f32
                %v2442 = arith.divui %v17, %v19 : i64
                %v2443 = arith.remui %v17, %v19 : i64
                %v2444 = arith.cmpi ult, %v2443, %v31 : i64
                %v2445 = arith.addi %v66, %v32 : i64
                %v2446 = arith.muli %v2442, %v19 : i64
                %v2447 = arith.addi %v2446, %v2248 : i64
                %v2448 = arith.muli %v2447, %v1 : i64
                %v2449 = arith.addi %v2448, %v2445 : i64
                scf.if %v2444 {
                  %v2450 = llvm.getelementptr %v61[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2441, %v2450 : f32, !llvm.ptr
                }
                %v2451 = arith.mulf %v2240, %v2328 : f32
                %v2452 = arith.select %v36, %v2451, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2453, %v2454 = gpu.shuffle xor %v2452, %v1079, %v329 : f32
                %v2455 = arith.addf %v2452, %v2453 : f32
                %v2456, %v2457 = gpu.shuffle xor %v2455, %v1083, %v329 : f32
                %v2458 = arith.addf %v2455, %v2456 : f32
                %v2459 = arith.divui %v17, %v19 : i64
                %v2460 = arith.remui %v17, %v19 : i64
                %v2461 = arith.cmpi ult, %v2460, %v31 : i64
                %v2462 = arith.addi %v31, %v32 : i64
                %v2463 = arith.muli %v2459, %v19 : i64
                %v2464 = arith.addi %v2463, %v2248 : i64
                %v2465 = arith.muli %v2464, %v1 : i64
                %v2466 = arith.addi %v2465, %v2462 : i64
                scf.if %v2461 {
                  %v2467 = llvm.getelementptr %v61[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2458, %v2467 : f32, !llvm.ptr
                }
                %v2468 = arith.mulf %v616, %v2264 : f32
                %v2469 = arith.select %v36, %v2468, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2470, %v2471 = gpu.shuffle xor %v2469, %v1079, %v329 : f32
                %v2472 = arith.addf %v2469, %v2470 : f32
                %v2473, %v2474 = gpu.shuffle xor %v2472, %v1083, %v329 : f32
                %v2475 = arith.addf %v2472, %v2473 : f32
                %v2476 = arith.divui %v17, %v19 : i64
                %v2477 = arith.remui %v17, %v19 : i64
                %v2478 = arith.cmpi ult, %v2477, %v31 : i64
                %v2479 = arith.addi %v66, %v32 : i64
                %v2480 = arith.muli %v2476, %v19 : i64
                %v2481 = arith.addi %v2480, %v2248 : i64
                %v2482 = arith.muli %v2481, %v1 : i64
                %v2483 = arith.addi %v2482, %v2479 : i64
                scf.if %v2478 {
                  %v2484 = llvm.getelementptr %v63[%v2483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2475, %v2484 : f32, !llvm.ptr
                }
                %v2485 = arith.mulf %v638, %v2264 : f32
                %v2486 = arith.select %v36, %v2485, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2487, %v2488 = gpu.shuffle xor %v2486, %v1079, %v329 : f32
                %v2489 = arith.addf %v2486, %v2487 : f32
                %v2490, %v2491 = gpu.shuffle xor %v2489, %v1083, %v329 : f32
                %v2492 = arith.addf %v2489, %v2490 : f32
                %v2493 = arith.divui %v17, %v19 : i64
                %v2494 = arith.remui %v17, %v19 : i64
                %v2495 = arith.cmpi ult, %v2494, %v31 : i64
                %v2496 = arith.addi %v31, %v32 : i64
                %v2497 = arith.muli %v2493, %v19 : i64
                %v2498 = arith.addi %v2497, %v2248 : i64
                %v2499 = arith.muli %v2498, %v1 : i64
                %v2500 = arith.addi %v2499, %v2496 : i64
                scf.if %v2495 {
                  %v2501 = llvm.getelementptr %v63[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2492, %v2501 : f32, !llvm.ptr
                }
                %v2502 = arith.mulf %v2356, %v2264 : f32
                %v2503 = llvm.load %v56 : !llvm.ptr -> f32
                %v2504 = arith.addf %v2503, %v2502 : f32
                llvm.store %v2504, %v56 : f32, !llvm.ptr
                %v2505 = llvm.load %v57 : !llvm.ptr -> f32
                %v2506 = arith.addf %v2505, %v2393 : f32
                llvm.store %v2506, %v57 : f32, !llvm.ptr
                llvm.store %v2365, %v52 : f32, !llvm.ptr
                llvm.store %v2378, %v53 : f32, !llvm.ptr
              }
              %v2507 = arith.addi %v400, %v2 : i64
              %v2508 = arith.cmpi slt, %v2507, %v209 : i64
              %v2509, %v2510 = gpu.shuffle idx %v461, %v169, %v329 : f32
              %v2511, %v2512 = gpu.shuffle idx %v469, %v169, %v329 : f32
              %v2513, %v2514 = gpu.shuffle idx %v482, %v169, %v329 : f32
              %v2515, %v2516 = gpu.shuffle idx %v491, %v169, %v329 : f32
              %v2517, %v2518 = gpu.shuffle idx %v496, %v169, %v329 : f32
              %v2519 = arith.addi %v402, %v781 : i64
              scf.if %v2508 {
                %v2520 = arith.addi %v207, %v2507 : i64
                %v2521 = arith.muli %v44, %v347 : i64
                %v2522 = arith.muli %v2520, %v346 : i64
                %v2523 = arith.addi %v2521, %v2522 : i64
                %v2524 = arith.muli %v32, %v2 : i64
                %v2525 = arith.addi %v2523, %v2524 : i64
                %v2526 = llvm.getelementptr %in_Cm[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
                %v2528 = arith.muli %v44, %v268 : i64
                %v2529 = arith.muli %v2520, %v267 : i64
                %v2530 = arith.addi %v2528, %v2529 : i64
                %v2531 = arith.muli %v42, %v2 : i64
                %v2532 = arith.addi %v2530, %v2531 : i64
                %v2533 = llvm.getelementptr %dy_y[%v2532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2534 = llvm.load %v2533 : !llvm.ptr -> f32
                %v2535 = arith.mulf %v2513, %v2534 : f32
                %v2536 = arith.mulf %v2527, %v2535 : f32
                %v2537 = llvm.load %v50 : !llvm.ptr -> f32
                %v2538 = llvm.load %v52 : !llvm.ptr -> f32
                %v2539 = arith.mulf %v2538, %v2537 : f32
                %v2540 = arith.addf %v2536, %v2539 : f32
                llvm.store %v2540, %v50 : f32, !llvm.ptr
                %v2541 = arith.muli %v44, %v347 : i64
                %v2542 = arith.muli %v2520, %v346 : i64
                %v2543 = arith.addi %v2541, %v2542 : i64
                %v2544 = arith.constant 8 : i64
                %v2545 = arith.addi %v2544, %v32 : i64
                %v2546 = arith.muli %v2545, %v2 : i64
                %v2547 = arith.addi %v2543, %v2546 : i64
                %v2548 = llvm.getelementptr %in_Cm[%v2547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2549 = llvm.load %v2548 : !llvm.ptr -> f32
                %v2550 = arith.mulf %v2549, %v2535 : f32
                %v2551 = llvm.load %v51 : !llvm.ptr -> f32
                %v2552 = llvm.load %v53 : !llvm.ptr -> f32
                %v2553 = arith.mulf %v2552, %v2551 : f32
                %v2554 = arith.addf %v2550, %v2553 : f32
                llvm.store %v2554, %v51 : f32, !llvm.ptr
                %v2555 = arith.subi %size_L, %v2 : i64
                %v2556 = arith.cmpi eq, %v2520, %v2555 : i64
                scf.if %v2556 {
                  %v2557 = arith.muli %v44, %v113 : i64
                  %v2558 = arith.muli %v42, %v112 : i64
                  %v2559 = arith.addi %v2557, %v2558 : i64
                  %v2560 = arith.muli %v32, %v2 : i64
                  %v2561 = arith.addi %v2559, %v2560 : i64
                  %v2562 = llvm.getelementptr %dy_h_last[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2563 = llvm.load %v2562 : !llvm.ptr -> f32
                  %v2564 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2565 = arith.addf %v2564, %v2563 : f32
                  llvm.store %v2565, %v50 : f32, !llvm.ptr
                  %v2566 = arith.muli %v44, %v113 : i64
                  %v2567 = arith.muli %v42, %v112 : i64
                  %v2568 = arith.addi %v2566, %v2567 : i64
                  %v2569 = arith.constant 8 : i64
                  %v2570 = arith.addi %v2569, %v32 : i64
                  %v2571 = arith.muli %v2570, %v2 : i64
                  %v2572 = arith.addi %v2568, %v2571 : i64
                  %v2573 = llvm.getelementptr %dy_h_last[%v2572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2574 = llvm.load %v2573 : !llvm.ptr -> f32
                  %v2575 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2576 = arith.addf %v2575, %v2574 : f32
                  llvm.store %v2576, %v51 : f32, !llvm.ptr
                }
                %v2577 = arith.muli %v42, %v2 : i64
                %v2578 = llvm.getelementptr %in_Dskip[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2579 = llvm.load %v2578 : !llvm.ptr -> f32
                %v2580 = arith.mulf %v2579, %v2535 : f32
                %v2581 = arith.muli %v44, %v347 : i64
                %v2582 = arith.muli %v2520, %v346 : i64
                %v2583 = arith.addi %v2581, %v2582 : i64
                %v2584 = arith.muli %v32, %v2 : i64
                %v2585 = arith.addi %v2583, %v2584 : i64
                %v2586 = llvm.getelementptr %in_Bm[%v2585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2587 = llvm.load %v2586 : !llvm.ptr -> f32
                %v2588 = llvm.load %v50 : !llvm.ptr -> f32
                %v2589 = arith.mulf %v2587, %v2588 : f32
                %v2590 = arith.muli %v44, %v347 : i64
                %v2591 = arith.muli %v2520, %v346 : i64
                %v2592 = arith.addi %v2590, %v2591 : i64
                %v2593 = arith.constant 8 : i64
                %v2594 = arith.addi %v2593, %v32 : i64
                %v2595 = arith.muli %v2594, %v2 : i64
                %v2596 = arith.addi %v2592, %v2595 : i64
                %v2597 = llvm.getelementptr %in_Bm[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
                %v2599 = llvm.load %v51 : !llvm.ptr -> f32
                %v2600 = arith.mulf %v2598, %v2599 : f32
                %v2601 = arith.addf %v2589, %v2600 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2602, %v2603 = gpu.shuffle xor %v2601, %v971, %v329 : f32
                %v2604 = arith.addf %v2601, %v2602 : f32
                %v2605, %v2606 = gpu.shuffle xor %v2604, %v975, %v329 : f32
                %v2607 = arith.addf %v2604, %v2605 : f32
                %v2608, %v2609 = gpu.shuffle xor %v2607, %v979, %v329 : f32
                %v2610 = arith.addf %v2607, %v2608 : f32
                // end sum over the lanes
                %v2611 = arith.mulf %v2509, %v2610 : f32
                %v2612 = arith.addf %v2580, %v2611 : f32
                %v2613 = arith.cmpi eq, %v32, %v66 : i64
                %v2614 = arith.andi %v36, %v2613 : i1
                scf.if %v2614 {
                  %v2615 = arith.muli %v44, %v268 : i64
                  %v2616 = arith.muli %v2520, %v267 : i64
                  %v2617 = arith.addi %v2615, %v2616 : i64
                  %v2618 = arith.muli %v42, %v2 : i64
                  %v2619 = arith.addi %v2617, %v2618 : i64
                  %v2620 = llvm.getelementptr %dx_u[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2612, %v2620 : f32, !llvm.ptr
                }
                %v2621 = arith.muli %v44, %v268 : i64
                %v2622 = arith.muli %v2520, %v267 : i64
                %v2623 = arith.addi %v2621, %v2622 : i64
                %v2624 = arith.muli %v42, %v2 : i64
                %v2625 = arith.addi %v2623, %v2624 : i64
                %v2626 = llvm.getelementptr %in_u[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2627 = llvm.load %v2626 : !llvm.ptr -> f32
                %v2628 = arith.mulf %v2627, %v2610 : f32
                %v2629 = arith.muli %v42, %v337 : i64
                %v2630 = arith.muli %v32, %v2 : i64
                %v2631 = arith.addi %v2629, %v2630 : i64
                %v2632 = llvm.getelementptr %in_A[%v2631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2633 = llvm.load %v2632 : !llvm.ptr -> f32
                %v2634 = arith.mulf %v2509, %v2633 : f32
                %v2635 = arith.mulf %v2634, %v283 : f32
                %v2636 = llvm.call_intrinsic "llvm.exp2.f32"(%v2635) : (f32) -> f32
                %v2637 = arith.mulf %v521, %v2588 : f32
                %v2638 = arith.mulf %v2633, %v2637 : f32
                %v2639 = arith.mulf %v2636, %v2638 : f32
                %v2640 = arith.muli %v42, %v337 : i64
                %v2641 = arith.constant 8 : i64
                %v2642 = arith.addi %v2641, %v32 : i64
                %v2643 = arith.muli %v2642, %v2 : i64
                %v2644 = arith.addi %v2640, %v2643 : i64
                %v2645 = llvm.getelementptr %in_A[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2646 = llvm.load %v2645 : !llvm.ptr -> f32
                %v2647 = arith.mulf %v2509, %v2646 : f32
                %v2648 = arith.mulf %v2647, %v283 : f32
                %v2649 = llvm.call_intrinsic "llvm.exp2.f32"(%v2648) : (f32) -> f32
                %v2650 = arith.mulf %v543, %v2599 : f32
                %v2651 = arith.mulf %v2646, %v2650 : f32
                %v2652 = arith.mulf %v2649, %v2651 : f32
                %v2653 = arith.addf %v2639, %v2652 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2654, %v2655 = gpu.shuffle xor %v2653, %v971, %v329 : f32
                %v2656 = arith.addf %v2653, %v2654 : f32
                %v2657, %v2658 = gpu.shuffle xor %v2656, %v975, %v329 : f32
                %v2659 = arith.addf %v2656, %v2657 : f32
                %v2660, %v2661 = gpu.shuffle xor %v2659, %v979, %v329 : f32
                %v2662 = arith.addf %v2659, %v2660 : f32
                // end sum over the lanes
                %v2663 = arith.addf %v2628, %v2662 : f32
                %v2664 = arith.mulf %v2663, %v2517 : f32
                %v2665 = arith.cmpi eq, %v32, %v66 : i64
                %v2666 = arith.andi %v36, %v2665 : i1
                scf.if %v2666 {
                  %v2667 = arith.muli %v44, %v268 : i64
                  %v2668 = arith.muli %v2520, %v267 : i64
                  %v2669 = arith.addi %v2667, %v2668 : i64
                  %v2670 = arith.muli %v42, %v2 : i64
                  %v2671 = arith.addi %v2669, %v2670 : i64
                  %v2672 = llvm.getelementptr %dx_delta[%v2671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2664, %v2672 : f32, !llvm.ptr
                }
                %v2673 = arith.mulf %v2527, %v568 : f32
                %v2674 = arith.mulf %v2549, %v590 : f32
                %v2675 = arith.addf %v2673, %v2674 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2676, %v2677 = gpu.shuffle xor %v2675, %v971, %v329 : f32
                %v2678 = arith.addf %v2675, %v2676 : f32
                %v2679, %v2680 = gpu.shuffle xor %v2678, %v975, %v329 : f32
                %v2681 = arith.addf %v2678, %v2679 : f32
                %v2682, %v2683 = gpu.shuffle xor %v2681, %v979, %v329 : f32
                %v2684 = arith.addf %v2681, %v2682 : f32
                // end sum over the lanes
                %v2685 = arith.mulf %v2627, %v2579 : f32
                %v2686 = arith.addf %v2684, %v2685 : f32
                %v2687 = arith.mulf %v2686, %v2534 : f32
                %v2688 = arith.mulf %v2687, %v2515 : f32
                %v2689 = arith.cmpi eq, %v32, %v66 : i64
                %v2690 = arith.andi %v36, %v2689 : i1
                scf.if %v2690 {
                  %v2691 = arith.muli %v44, %v268 : i64
                  %v2692 = arith.muli %v2520, %v267 : i64
                  %v2693 = arith.addi %v2691, %v2692 : i64
                  %v2694 = arith.muli %v42, %v2 : i64
                  %v2695 = arith.addi %v2693, %v2694 : i64
                  %v2696 = llvm.getelementptr %dx_z[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2688, %v2696 : f32, !llvm.ptr
                }
                %v2697 = arith.mulf %v2636, %v2637 : f32
                %v2698 = arith.mulf %v2509, %v2697 : f32
                %v2699 = llvm.load %v54 : !llvm.ptr -> f32
                %v2700 = arith.addf %v2699, %v2698 : f32
                llvm.store %v2700, %v54 : f32, !llvm.ptr
                %v2701 = arith.mulf %v2649, %v2650 : f32
                %v2702 = arith.mulf %v2509, %v2701 : f32
                %v2703 = llvm.load %v55 : !llvm.ptr -> f32
                %v2704 = arith.addf %v2703, %v2702 : f32
                llvm.store %v2704, %v55 : f32, !llvm.ptr
                %v2705 = arith.mulf %v2511, %v2588 : f32
                %v2706 = arith.select %v36, %v2705, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2707, %v2708 = gpu.shuffle xor %v2706, %v1079, %v329 : f32
                %v2709 = arith.addf %v2706, %v2707 : f32
                %v2710, %v2711 = gpu.shuffle xor %v2709, %v1083, %v329 : f32
                %v2712 = arith.addf %v2709, %v2710 : f32
                %v2713 = arith.divui %v17, %v19 : i64
                %v2714 = arith.remui %v17, %v19 : i64
                %v2715 = arith.cmpi ult, %v2714, %v31 : i64
                %v2716 = arith.addi %v66, %v32 : i64
                %v2717 = arith.muli %v2713, %v19 : i64
                %v2718 = arith.addi %v2717, %v2519 : i64
                %v2719 = arith.muli %v2718, %v1 : i64
                %v2720 = arith.addi %v2719, %v2716 : i64
                scf.if %v2715 {
                  %v2721 = llvm.getelementptr %v61[%v2720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2712, %v2721 : f32, !llvm.ptr
                }
                %v2722 = arith.mulf %v2511, %v2599 : f32
                %v2723 = arith.select %v36, %v2722, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2724, %v2725 = gpu.shuffle xor %v2723, %v1079, %v329 : f32
                %v2726 = arith.addf %v2723, %v2724 : f32
                %v2727, %v2728 = gpu.shuffle xor %v2726, %v1083, %v329 : f32
                %v2729 = arith.addf %v2726, %v2727 : f32
                %v2730 = arith.divui %v17, %v19 : i64
                %v2731 = arith.remui %v17, %v19 : i64
                %v2732 = arith.cmpi ult, %v2731, %v31 : i64
                %v2733 = arith.addi %v31, %v32 : i64
                %v2734 = arith.muli %v2730, %v19 : i64
                %v2735 = arith.addi %v2734, %v2519 : i64
                %v2736 = arith.muli %v2735, %v1 : i64
                %v2737 = arith.addi %v2736, %v2733 : i64
                scf.if %v2732 {
                  %v2738 = llvm.getelementptr %v61[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2729, %v2738 : f32, !llvm.ptr
                }
                %v2739 = arith.mulf %v568, %v2535 : f32
                %v2740 = arith.select %v36, %v2739, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2741, %v2742 = gpu.shuffle xor %v2740, %v1079, %v329 : f32
                %v2743 = arith.addf %v2740, %v2741 : f32
                %v2744, %v2745 = gpu.shuffle xor %v2743, %v1083, %v329 : f32
                %v2746 = arith.addf %v2743, %v2744 : f32
                %v2747 = arith.divui %v17, %v19 : i64
                %v2748 = arith.remui %v17, %v19 : i64
                %v2749 = arith.cmpi ult, %v2748, %v31 : i64
                %v2750 = arith.addi %v66, %v32 : i64
                %v2751 = arith.muli %v2747, %v19 : i64
                %v2752 = arith.addi %v2751, %v2519 : i64
                %v2753 = arith.muli %v2752, %v1 : i64
                %v2754 = arith.addi %v2753, %v2750 : i64
                scf.if %v2749 {
                  %v2755 = llvm.getelementptr %v63[%v2754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2746, %v2755 : f32, !llvm.ptr
                }
                %v2756 = arith.mulf %v590, %v2535 : f32
                %v2757 = arith.select %v36, %v2756, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2758, %v2759 = gpu.shuffle xor %v2757, %v1079, %v329 : f32
                %v2760 = arith.addf %v2757, %v2758 : f32
                %v2761, %v2762 = gpu.shuffle xor %v2760, %v1083, %v329 : f32
                %v2763 = arith.addf %v2760, %v2761 : f32
                %v2764 = arith.divui %v17, %v19 : i64
                %v2765 = arith.remui %v17, %v19 : i64
                %v2766 = arith.cmpi ult, %v2765, %v31 : i64
                %v2767 = arith.addi %v31, %v32 : i64
                %v2768 = arith.muli %v2764, %v19 : i64
                %v2769 = arith.addi %v2768, %v2519 : i64
                %v2770 = arith.muli %v2769, %v1 : i64
                %v2771 = arith.addi %v2770, %v2767 : i64
                scf.if %v2766 {
                  %v2772 = llvm.getelementptr %v63[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2763, %v2772 : f32, !llvm.ptr
                }
                %v2773 = arith.mulf %v2627, %v2535 : f32
                %v2774 = llvm.load %v56 : !llvm.ptr -> f32
                %v2775 = arith.addf %v2774, %v2773 : f32
                llvm.store %v2775, %v56 : f32, !llvm.ptr
                %v2776 = llvm.load %v57 : !llvm.ptr -> f32
                %v2777 = arith.addf %v2776, %v2664 : f32
                llvm.store %v2777, %v57 : f32, !llvm.ptr
                llvm.store %v2636, %v52 : f32, !llvm.ptr
                llvm.store %v2649, %v53 : f32, !llvm.ptr
              }
              %v2778 = arith.addi %v400, %v66 : i64
              %v2779 = arith.cmpi slt, %v2778, %v209 : i64
              %v2780, %v2781 = gpu.shuffle idx %v461, %v165, %v329 : f32
              %v2782, %v2783 = gpu.shuffle idx %v469, %v165, %v329 : f32
              %v2784, %v2785 = gpu.shuffle idx %v482, %v165, %v329 : f32
              %v2786, %v2787 = gpu.shuffle idx %v491, %v165, %v329 : f32
              %v2788, %v2789 = gpu.shuffle idx %v496, %v165, %v329 : f32
              %v2790 = arith.addi %v402, %v157 : i64
              scf.if %v2779 {
                %v2791 = arith.addi %v207, %v2778 : i64
                %v2792 = arith.muli %v44, %v347 : i64
                %v2793 = arith.muli %v2791, %v346 : i64
                %v2794 = arith.addi %v2792, %v2793 : i64
                %v2795 = arith.muli %v32, %v2 : i64
                %v2796 = arith.addi %v2794, %v2795 : i64
                %v2797 = llvm.getelementptr %in_Cm[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
                %v2799 = arith.muli %v44, %v268 : i64
                %v2800 = arith.muli %v2791, %v267 : i64
                %v2801 = arith.addi %v2799, %v2800 : i64
                %v2802 = arith.muli %v42, %v2 : i64
                %v2803 = arith.addi %v2801, %v2802 : i64
                %v2804 = llvm.getelementptr %dy_y[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2805 = llvm.load %v2804 : !llvm.ptr -> f32
                %v2806 = arith.mulf %v2784, %v2805 : f32
                %v2807 = arith.mulf %v2798, %v2806 : f32
                %v2808 = llvm.load %v50 : !llvm.ptr -> f32
                %v2809 = llvm.load %v52 : !llvm.ptr -> f32
                %v2810 = arith.mulf %v2809, %v2808 : f32
                %v2811 = arith.addf %v2807, %v2810 : f32
                llvm.store %v2811, %v50 : f32, !llvm.ptr
                %v2812 = arith.muli %v44, %v347 : i64
                %v2813 = arith.muli %v2791, %v346 : i64
                %v2814 = arith.addi %v2812, %v2813 : i64
                %v2815 = arith.constant 8 : i64
                %v2816 = arith.addi %v2815, %v32 : i64
                %v2817 = arith.muli %v2816, %v2 : i64
                %v2818 = arith.addi %v2814, %v2817 : i64
                %v2819 = llvm.getelementptr %in_Cm[%v2818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2820 = llvm.load %v2819 : !llvm.ptr -> f32
                %v2821 = arith.mulf %v2820, %v2806 : f32
                %v2822 = llvm.load %v51 : !llvm.ptr -> f32
                %v2823 = llvm.load %v53 : !llvm.ptr -> f32
                %v2824 = arith.mulf %v2823, %v2822 : f32
                %v2825 = arith.addf %v2821, %v2824 : f32
                llvm.store %v2825, %v51 : f32, !llvm.ptr
                %v2826 = arith.subi %size_L, %v2 : i64
                %v2827 = arith.cmpi eq, %v2791, %v2826 : i64
                scf.if %v2827 {
                  %v2828 = arith.muli %v44, %v113 : i64
                  %v2829 = arith.muli %v42, %v112 : i64
                  %v2830 = arith.addi %v2828, %v2829 : i64
                  %v2831 = arith.muli %v32, %v2 : i64
                  %v2832 = arith.addi %v2830, %v2831 : i64
                  %v2833 = llvm.getelementptr %dy_h_last[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2834 = llvm.load %v2833 : !llvm.ptr -> f32
                  %v2835 = llvm.load %v50 : !llvm.ptr -> f32
                  %v2836 = arith.addf %v2835, %v2834 : f32
                  llvm.store %v2836, %v50 : f32, !llvm.ptr
                  %v2837 = arith.muli %v44, %v113 : i64
                  %v2838 = arith.muli %v42, %v112 : i64
                  %v2839 = arith.addi %v2837, %v2838 : i64
                  %v2840 = arith.constant 8 : i64
                  %v2841 = arith.addi %v2840, %v32 : i64
                  %v2842 = arith.muli %v2841, %v2 : i64
                  %v2843 = arith.addi %v2839, %v2842 : i64
                  %v2844 = llvm.getelementptr %dy_h_last[%v2843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v2845 = llvm.load %v2844 : !llvm.ptr -> f32
                  %v2846 = llvm.load %v51 : !llvm.ptr -> f32
                  %v2847 = arith.addf %v2846, %v2845 : f32
                  llvm.store %v2847, %v51 : f32, !llvm.ptr
                }
                %v2848 = arith.muli %v42, %v2 : i64
                %v2849 = llvm.getelementptr %in_Dskip[%v2848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2850 = llvm.load %v2849 : !llvm.ptr -> f32
                %v2851 = arith.mulf %v2850, %v2806 : f32
                %v2852 = arith.muli %v44, %v347 : i64
                %v2853 = arith.muli %v2791, %v346 : i64
                %v2854 = arith.addi %v2852, %v2853 : i64
                %v2855 = arith.muli %v32, %v2 : i64
                %v2856 = arith.addi %v2854, %v2855 : i64
                %v2857 = llvm.getelementptr %in_Bm[%v2856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2858 = llvm.load %v2857 : !llvm.ptr -> f32
                %v2859 = llvm.load %v50 : !llvm.ptr -> f32
                %v2860 = arith.mulf %v2858, %v2859 : f32
                %v2861 = arith.muli %v44, %v347 : i64
                %v2862 = arith.muli %v2791, %v346 : i64
                %v2863 = arith.addi %v2861, %v2862 : i64
                %v2864 = arith.constant 8 : i64
                %v2865 = arith.addi %v2864, %v32 : i64
                %v2866 = arith.muli %v2865, %v2 : i64
                %v2867 = arith.addi %v2863, %v2866 : i64
                %v2868 = llvm.getelementptr %in_Bm[%v2867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2869 = llvm.load %v2868 : !llvm.ptr -> f32
                %v2870 = llvm.load %v51 : !llvm.ptr -> f32
                %v2871 = arith.mulf %v2869, %v2870 : f32
                %v2872 = arith.addf %v2860, %v2871 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2873, %v2874 = gpu.shuffle xor %v2872, %v971, %v329 : f32
                %v2875 = arith.addf %v2872, %v2873 : f32
                %v2876, %v2877 = gpu.shuffle xor %v2875, %v975, %v329 : f32
                %v2878 = arith.addf %v2875, %v2876 : f32
                %v2879, %v2880 = gpu.shuffle xor %v2878, %v979, %v329 : f32
                %v2881 = arith.addf %v2878, %v2879 : f32
                // end sum over the lanes
                %v2882 = arith.mulf %v2780, %v2881 : f32
                %v2883 = arith.addf %v2851, %v2882 : f32
                %v2884 = arith.cmpi eq, %v32, %v66 : i64
                %v2885 = arith.andi %v36, %v2884 : i1
                scf.if %v2885 {
                  %v2886 = arith.muli %v44, %v268 : i64
                  %v2887 = arith.muli %v2791, %v267 : i64
                  %v2888 = arith.addi %v2886, %v2887 : i64
                  %v2889 = arith.muli %v42, %v2 : i64
                  %v2890 = arith.addi %v2888, %v2889 : i64
                  %v2891 = llvm.getelementptr %dx_u[%v2890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2883, %v2891 : f32, !llvm.ptr
                }
                %v2892 = arith.muli %v44, %v268 : i64
                %v2893 = arith.muli %v2791, %v267 : i64
                %v2894 = arith.addi %v2892, %v2893 : i64
                %v2895 = arith.muli %v42, %v2 : i64
                %v2896 = arith.addi %v2894, %v2895 : i64
                %v2897 = llvm.getelementptr %in_u[%v2896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2898 = llvm.load %v2897 : !llvm.ptr -> f32
                %v2899 = arith.mulf %v2898, %v2881 : f32
                %v2900 = arith.muli %v42, %v337 : i64
                %v2901 = arith.muli %v32, %v2 : i64
                %v2902 = arith.addi %v2900, %v2901 : i64
                %v2903 = llvm.getelementptr %in_A[%v2902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2904 = llvm.load %v2903 : !llvm.ptr -> f32
                %v2905 = arith.mulf %v2780, %v2904 : f32
                %v2906 = arith.mulf %v2905, %v283 : f32
                %v2907 = llvm.call_intrinsic "llvm.exp2.f32"(%v2906) : (f32) -> f32
                %v2908 = arith.mulf %v413, %v2859 : f32
                %v2909 = arith.mulf %v2904, %v2908 : f32
                %v2910 = arith.mulf %v2907, %v2909 : f32
                %v2911 = arith.muli %v42, %v337 : i64
                %v2912 = arith.constant 8 : i64
                %v2913 = arith.addi %v2912, %v32 : i64
                %v2914 = arith.muli %v2913, %v2 : i64
                %v2915 = arith.addi %v2911, %v2914 : i64
                %v2916 = llvm.getelementptr %in_A[%v2915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2917 = llvm.load %v2916 : !llvm.ptr -> f32
                %v2918 = arith.mulf %v2780, %v2917 : f32
                %v2919 = arith.mulf %v2918, %v283 : f32
                %v2920 = llvm.call_intrinsic "llvm.exp2.f32"(%v2919) : (f32) -> f32
                %v2921 = arith.mulf %v422, %v2870 : f32
                %v2922 = arith.mulf %v2917, %v2921 : f32
                %v2923 = arith.mulf %v2920, %v2922 : f32
                %v2924 = arith.addf %v2910, %v2923 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2925, %v2926 = gpu.shuffle xor %v2924, %v971, %v329 : f32
                %v2927 = arith.addf %v2924, %v2925 : f32
                %v2928, %v2929 = gpu.shuffle xor %v2927, %v975, %v329 : f32
                %v2930 = arith.addf %v2927, %v2928 : f32
                %v2931, %v2932 = gpu.shuffle xor %v2930, %v979, %v329 : f32
                %v2933 = arith.addf %v2930, %v2931 : f32
                // end sum over the lanes
                %v2934 = arith.addf %v2899, %v2933 : f32
                %v2935 = arith.mulf %v2934, %v2788 : f32
                %v2936 = arith.cmpi eq, %v32, %v66 : i64
                %v2937 = arith.andi %v36, %v2936 : i1
                scf.if %v2937 {
                  %v2938 = arith.muli %v44, %v268 : i64
                  %v2939 = arith.muli %v2791, %v267 : i64
                  %v2940 = arith.addi %v2938, %v2939 : i64
                  %v2941 = arith.muli %v42, %v2 : i64
                  %v2942 = arith.addi %v2940, %v2941 : i64
                  %v2943 = llvm.getelementptr %dx_delta[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2935, %v2943 : f32, !llvm.ptr
                }
                %v2944 = arith.mulf %v2798, %v521 : f32
                %v2945 = arith.mulf %v2820, %v543 : f32
                %v2946 = arith.addf %v2944, %v2945 : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v2947, %v2948 = gpu.shuffle xor %v2946, %v971, %v329 : f32
                %v2949 = arith.addf %v2946, %v2947 : f32
                %v2950, %v2951 = gpu.shuffle xor %v2949, %v975, %v329 : f32
                %v2952 = arith.addf %v2949, %v2950 : f32
                %v2953, %v2954 = gpu.shuffle xor %v2952, %v979, %v329 : f32
                %v2955 = arith.addf %v2952, %v2953 : f32
                // end sum over the lanes
                %v2956 = arith.mulf %v2898, %v2850 : f32
                %v2957 = arith.addf %v2955, %v2956 : f32
                %v2958 = arith.mulf %v2957, %v2805 : f32
                %v2959 = arith.mulf %v2958, %v2786 : f32
                %v2960 = arith.cmpi eq, %v32, %v66 : i64
                %v2961 = arith.andi %v36, %v2960 : i1
                scf.if %v2961 {
                  %v2962 = arith.muli %v44, %v268 : i64
                  %v2963 = arith.muli %v2791, %v267 : i64
                  %v2964 = arith.addi %v2962, %v2963 : i64
                  %v2965 = arith.muli %v42, %v2 : i64
                  %v2966 = arith.addi %v2964, %v2965 : i64
                  %v2967 = llvm.getelementptr %dx_z[%v2966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2959, %v2967 : f32, !llvm.ptr
                }
                %v2968 = arith.mulf %v2907, %v2908 : f32
                %v2969 = arith.mulf %v2780, %v2968 : f32
                %v2970 = llvm.load %v54 : !llvm.ptr -> f32
                %v2971 = arith.addf %v2970, %v2969 : f32
                llvm.store %v2971, %v54 : f32, !llvm.ptr
                %v2972 = arith.mulf %v2920, %v2921 : f32
                %v2973 = arith.mulf %v2780, %v2972 : f32
                %v2974 = llvm.load %v55 : !llvm.ptr -> f32
                %v2975 = arith.addf %v2974, %v2973 : f32
                llvm.store %v2975, %v55 : f32, !llvm.ptr
                %v2976 = arith.mulf %v2782, %v2859 : f32
                %v2977 = arith.select %v36, %v2976, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2978, %v2979 = gpu.shuffle xor %v2977, %v1079, %v329 : f32
                %v2980 = arith.addf %v2977, %v2978 : f32
                %v2981, %v2982 = gpu.shuffle xor %v2980, %v1083, %v329 : f32
                %v2983 = arith.addf %v2980, %v2981 : f32
                %v2984 = arith.divui %v17, %v19 : i64
                %v2985 = arith.remui %v17, %v19 : i64
                %v2986 = arith.cmpi ult, %v2985, %v31 : i64
                %v2987 = arith.addi %v66, %v32 : i64
                %v2988 = arith.muli %v2984, %v19 : i64
                %v2989 = arith.addi %v2988, %v2790 : i64
                %v2990 = arith.muli %v2989, %v1 : i64
                %v2991 = arith.addi %v2990, %v2987 : i64
                scf.if %v2986 {
                  %v2992 = llvm.getelementptr %v61[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2983, %v2992 : f32, !llvm.ptr
                }
                %v2993 = arith.mulf %v2782, %v2870 : f32
                %v2994 = arith.select %v36, %v2993, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v2995, %v2996 = gpu.shuffle xor %v2994, %v1079, %v329 : f32
                %v2997 = arith.addf %v2994, %v2995 : f32
                %v2998, %v2999 = gpu.shuffle xor %v2997, %v1083, %v329 : f32
                %v3000 = arith.addf %v2997, %v2998 : f32
                %v3001 = arith.divui %v17, %v19 : i64
                %v3002 = arith.remui %v17, %v19 : i64
                %v3003 = arith.cmpi ult, %v3002, %v31 : i64
                %v3004 = arith.addi %v31, %v32 : i64
                %v3005 = arith.muli %v3001, %v19 : i64
                %v3006 = arith.addi %v3005, %v2790 : i64
                %v3007 = arith.muli %v3006, %v1 : i64
                %v3008 = arith.addi %v3007, %v3004 : i64
                scf.if %v3003 {
                  %v3009 = llvm.getelementptr %v61[%v3008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3000, %v3009 : f32, !llvm.ptr
                }
                %v3010 = arith.mulf %v521, %v2806 : f32
                %v3011 = arith.select %v36, %v3010, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v3012, %v3013 = gpu.shuffle xor %v3011, %v1079, %v329 : f32
                %v3014 = arith.addf %v3011, %v3012 : f32
                %v3015, %v3016 = gpu.shuffle xor %v3014, %v1083, %v329 : f32
                %v3017 = arith.addf %v3014, %v3015 : f32
                %v3018 = arith.divui %v17, %v19 : i64
                %v3019 = arith.remui %v17, %v19 : i64
                %v3020 = arith.cmpi ult, %v3019, %v31 : i64
                %v3021 = arith.addi %v66, %v32 : i64
                %v3022 = arith.muli %v3018, %v19 : i64
                %v3023 = arith.addi %v3022, %v2790 : i64
                %v3024 = arith.muli %v3023, %v1 : i64
                %v3025 = arith.addi %v3024, %v3021 : i64
                scf.if %v3020 {
                  %v3026 = llvm.getelementptr %v63[%v3025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3017, %v3026 : f32, !llvm.ptr
                }
                %v3027 = arith.mulf %v543, %v2806 : f32
                %v3028 = arith.select %v36, %v3027, %v64 : f32
                // sum over the warp's outer points: shuffles
                %v3029, %v3030 = gpu.shuffle xor %v3028, %v1079, %v329 : f32
                %v3031 = arith.addf %v3028, %v3029 : f32
                %v3032, %v3033 = gpu.shuffle xor %v3031, %v1083, %v329 : f32
                %v3034 = arith.addf %v3031, %v3032 : f32
                %v3035 = arith.divui %v17, %v19 : i64
                %v3036 = arith.remui %v17, %v19 : i64
                %v3037 = arith.cmpi ult, %v3036, %v31 : i64
                %v3038 = arith.addi %v31, %v32 : i64
                %v3039 = arith.muli %v3035, %v19 : i64
                %v3040 = arith.addi %v3039, %v2790 : i64
                %v3041 = arith.muli %v3040, %v1 : i64
                %v3042 = arith.addi %v3041, %v3038 : i64
                scf.if %v3037 {
                  %v3043 = llvm.getelementptr %v63[%v3042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v3034, %v3043 : f32, !llvm.ptr
                }
                %v3044 = arith.mulf %v2898, %v2806 : f32
                %v3045 = llvm.load %v56 : !llvm.ptr -> f32
                %v3046 = arith.addf %v3045, %v3044 : f32
                llvm.store %v3046, %v56 : f32, !llvm.ptr
                %v3047 = llvm.load %v57 : !llvm.ptr -> f32
                %v3048 = arith.addf %v3047, %v2935 : f32
                llvm.store %v3048, %v57 : f32, !llvm.ptr
                llvm.store %v2907, %v52 : f32, !llvm.ptr
                llvm.store %v2920, %v53 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v3053 = arith.index_cast %v17 : i64 to index
          %v3054 = arith.index_cast %v3052 : i64 to index
          %v3055 = arith.index_cast %v7 : i64 to index
          scf.for %v3056 = %v3053 to %v3054 step %v3055 {
            %v3057 = arith.index_cast %v3056 : index to i64
            %v3058 = arith.remui %v3057, %v19 : i64
            %v3059 = arith.divui %v3057, %v19 : i64
            %v3060 = arith.muli %v389, %v46 : i64
            %v3061 = arith.divui %v3058, %v31 : i64
            %v3062 = arith.addi %v3060, %v3061 : i64
            %v3063 = arith.cmpi slt, %v3062, %v212 : i64
            %v3064 = arith.subi %v212, %v2 : i64
            %v3065 = arith.subi %v3064, %v3062 : i64
            %v3066 = arith.remui %v3058, %v31 : i64
            %v3067 = arith.subi %v157, %v3066 : i64
            %v3068 = arith.muli %v3065, %v31 : i64
            %v3069 = arith.addi %v3068, %v3067 : i64
            %v3070 = arith.cmpi slt, %v3069, %v209 : i64
            %v3071 = arith.andi %v3063, %v3070 : i1
            scf.if %v3071 {
              %v3072 = arith.addi %v207, %v3069 : i64
              %v3073 = arith.addi %v66, %v3058 : i64
              %v3074 = arith.muli %v3073, %v1 : i64
              %v3075 = arith.addi %v3074, %v3059 : i64
              %v3076 = llvm.getelementptr %v61[%v3075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3077 = llvm.load %v3076 : !llvm.ptr -> f32
              %v3078 = arith.addi %v19, %v3058 : i64
              %v3079 = arith.muli %v3078, %v1 : i64
              %v3080 = arith.addi %v3079, %v3059 : i64
              %v3081 = llvm.getelementptr %v61[%v3080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3082 = llvm.load %v3081 : !llvm.ptr -> f32
              %v3083 = arith.addf %v3077, %v3082 : f32
              %v3084 = arith.addi %v156, %v3058 : i64
              %v3085 = arith.muli %v3084, %v1 : i64
              %v3086 = arith.addi %v3085, %v3059 : i64
              %v3087 = llvm.getelementptr %v61[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3088 = llvm.load %v3087 : !llvm.ptr -> f32
              %v3089 = arith.addf %v3083, %v3088 : f32
              %v3091 = arith.addi %v3090, %v3058 : i64
              %v3092 = arith.muli %v3091, %v1 : i64
              %v3093 = arith.addi %v3092, %v3059 : i64
              %v3094 = llvm.getelementptr %v61[%v3093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3095 = llvm.load %v3094 : !llvm.ptr -> f32
              %v3096 = arith.addf %v3089, %v3095 : f32
              %v3098 = arith.addi %v3097, %v3058 : i64
              %v3099 = arith.muli %v3098, %v1 : i64
              %v3100 = arith.addi %v3099, %v3059 : i64
              %v3101 = llvm.getelementptr %v61[%v3100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3102 = llvm.load %v3101 : !llvm.ptr -> f32
              %v3103 = arith.addf %v3096, %v3102 : f32
              %v3105 = arith.addi %v3104, %v3058 : i64
              %v3106 = arith.muli %v3105, %v1 : i64
              %v3107 = arith.addi %v3106, %v3059 : i64
              %v3108 = llvm.getelementptr %v61[%v3107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3109 = llvm.load %v3108 : !llvm.ptr -> f32
              %v3110 = arith.addf %v3103, %v3109 : f32
              %v3112 = arith.addi %v3111, %v3058 : i64
              %v3113 = arith.muli %v3112, %v1 : i64
              %v3114 = arith.addi %v3113, %v3059 : i64
              %v3115 = llvm.getelementptr %v61[%v3114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3116 = llvm.load %v3115 : !llvm.ptr -> f32
              %v3117 = arith.addf %v3110, %v3116 : f32
              %v3119 = arith.addi %v3118, %v3058 : i64
              %v3120 = arith.muli %v3119, %v1 : i64
              %v3121 = arith.addi %v3120, %v3059 : i64
              %v3122 = llvm.getelementptr %v61[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3123 = llvm.load %v3122 : !llvm.ptr -> f32
              %v3124 = arith.addf %v3117, %v3123 : f32
              %v3125 = arith.remui %v3059, %v1 : i64
              %v3126 = arith.divui %v3059, %v1 : i64
              %v3127 = arith.muli %v44, %v347 : i64
              %v3128 = arith.muli %v3072, %v346 : i64
              %v3129 = arith.addi %v3127, %v3128 : i64
              %v3130 = arith.muli %v3125, %v2 : i64
              %v3131 = arith.addi %v3129, %v3130 : i64
              %v3132 = arith.muli %v30, %v3051 : i64
              %v3133 = arith.addi %v3132, %v3131 : i64
              %v3134 = llvm.getelementptr %part_Bm[%v3133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3124, %v3134 : f32, !llvm.ptr
            }
          }
          %v3138 = arith.index_cast %v17 : i64 to index
          %v3139 = arith.index_cast %v3052 : i64 to index
          %v3140 = arith.index_cast %v7 : i64 to index
          scf.for %v3141 = %v3138 to %v3139 step %v3140 {
            %v3142 = arith.index_cast %v3141 : index to i64
            %v3143 = arith.remui %v3142, %v19 : i64
            %v3144 = arith.divui %v3142, %v19 : i64
            %v3145 = arith.muli %v389, %v46 : i64
            %v3146 = arith.divui %v3143, %v31 : i64
            %v3147 = arith.addi %v3145, %v3146 : i64
            %v3148 = arith.cmpi slt, %v3147, %v212 : i64
            %v3149 = arith.subi %v212, %v2 : i64
            %v3150 = arith.subi %v3149, %v3147 : i64
            %v3151 = arith.remui %v3143, %v31 : i64
            %v3152 = arith.subi %v157, %v3151 : i64
            %v3153 = arith.muli %v3150, %v31 : i64
            %v3154 = arith.addi %v3153, %v3152 : i64
            %v3155 = arith.cmpi slt, %v3154, %v209 : i64
            %v3156 = arith.andi %v3148, %v3155 : i1
            scf.if %v3156 {
              %v3157 = arith.addi %v207, %v3154 : i64
              %v3158 = arith.addi %v66, %v3143 : i64
              %v3159 = arith.muli %v3158, %v1 : i64
              %v3160 = arith.addi %v3159, %v3144 : i64
              %v3161 = llvm.getelementptr %v63[%v3160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3162 = llvm.load %v3161 : !llvm.ptr -> f32
              %v3163 = arith.addi %v19, %v3143 : i64
              %v3164 = arith.muli %v3163, %v1 : i64
              %v3165 = arith.addi %v3164, %v3144 : i64
              %v3166 = llvm.getelementptr %v63[%v3165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3167 = llvm.load %v3166 : !llvm.ptr -> f32
              %v3168 = arith.addf %v3162, %v3167 : f32
              %v3169 = arith.addi %v156, %v3143 : i64
              %v3170 = arith.muli %v3169, %v1 : i64
              %v3171 = arith.addi %v3170, %v3144 : i64
              %v3172 = llvm.getelementptr %v63[%v3171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3173 = llvm.load %v3172 : !llvm.ptr -> f32
              %v3174 = arith.addf %v3168, %v3173 : f32
              %v3175 = arith.addi %v3090, %v3143 : i64
              %v3176 = arith.muli %v3175, %v1 : i64
              %v3177 = arith.addi %v3176, %v3144 : i64
              %v3178 = llvm.getelementptr %v63[%v3177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3179 = llvm.load %v3178 : !llvm.ptr -> f32
              %v3180 = arith.addf %v3174, %v3179 : f32
              %v3181 = arith.addi %v3097, %v3143 : i64
              %v3182 = arith.muli %v3181, %v1 : i64
              %v3183 = arith.addi %v3182, %v3144 : i64
              %v3184 = llvm.getelementptr %v63[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3185 = llvm.load %v3184 : !llvm.ptr -> f32
              %v3186 = arith.addf %v3180, %v3185 : f32
              %v3187 = arith.addi %v3104, %v3143 : i64
              %v3188 = arith.muli %v3187, %v1 : i64
              %v3189 = arith.addi %v3188, %v3144 : i64
              %v3190 = llvm.getelementptr %v63[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3191 = llvm.load %v3190 : !llvm.ptr -> f32
              %v3192 = arith.addf %v3186, %v3191 : f32
              %v3193 = arith.addi %v3111, %v3143 : i64
              %v3194 = arith.muli %v3193, %v1 : i64
              %v3195 = arith.addi %v3194, %v3144 : i64
              %v3196 = llvm.getelementptr %v63[%v3195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3197 = llvm.load %v3196 : !llvm.ptr -> f32
              %v3198 = arith.addf %v3192, %v3197 : f32
              %v3199 = arith.addi %v3118, %v3143 : i64
              %v3200 = arith.muli %v3199, %v1 : i64
              %v3201 = arith.addi %v3200, %v3144 : i64
              %v3202 = llvm.getelementptr %v63[%v3201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v3203 = llvm.load %v3202 : !llvm.ptr -> f32
              %v3204 = arith.addf %v3198, %v3203 : f32
              %v3205 = arith.remui %v3144, %v1 : i64
              %v3206 = arith.divui %v3144, %v1 : i64
              %v3207 = arith.muli %v44, %v347 : i64
              %v3208 = arith.muli %v3157, %v346 : i64
              %v3209 = arith.addi %v3207, %v3208 : i64
              %v3210 = arith.muli %v3205, %v2 : i64
              %v3211 = arith.addi %v3209, %v3210 : i64
              %v3212 = arith.muli %v30, %v3137 : i64
              %v3213 = arith.addi %v3212, %v3211 : i64
              %v3214 = llvm.getelementptr %part_Cm[%v3213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3204, %v3214 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v3215 = arith.cmpi eq, %v27, %v66 : i64
      scf.if %v3215 {
        %v3216 = llvm.load %v50 : !llvm.ptr -> f32
        %v3217 = llvm.load %v52 : !llvm.ptr -> f32
        %v3218 = arith.mulf %v3217, %v3216 : f32
        %v3219 = llvm.load %v58 : !llvm.ptr -> f32
        %v3220 = arith.addf %v3219, %v3218 : f32
        llvm.store %v3220, %v58 : f32, !llvm.ptr
        %v3221 = llvm.load %v51 : !llvm.ptr -> f32
        %v3222 = llvm.load %v53 : !llvm.ptr -> f32
        %v3223 = arith.mulf %v3222, %v3221 : f32
        %v3224 = llvm.load %v59 : !llvm.ptr -> f32
        %v3225 = arith.addf %v3224, %v3223 : f32
        llvm.store %v3225, %v59 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v3226 = llvm.load %v54 : !llvm.ptr -> f32
        %v3227 = arith.addi %v66, %v32 : i64
        %v3228 = arith.addi %v49, %v38 : i64
        %v3229 = arith.muli %v3228, %v1 : i64
        %v3230 = arith.addi %v3229, %v3227 : i64
        %v3231 = llvm.getelementptr %part_A[%v3230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3226, %v3231 : f32, !llvm.ptr
        %v3232 = llvm.load %v55 : !llvm.ptr -> f32
        %v3233 = arith.addi %v31, %v32 : i64
        %v3234 = arith.addi %v49, %v38 : i64
        %v3235 = arith.muli %v3234, %v1 : i64
        %v3236 = arith.addi %v3235, %v3233 : i64
        %v3237 = llvm.getelementptr %part_A[%v3236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3232, %v3237 : f32, !llvm.ptr
      }
      %v3238 = arith.cmpi eq, %v32, %v66 : i64
      %v3239 = arith.andi %v36, %v3238 : i1
      scf.if %v3239 {
        %v3240 = llvm.load %v56 : !llvm.ptr -> f32
        %v3241 = arith.addi %v49, %v38 : i64
        %v3242 = arith.muli %v3241, %v2 : i64
        %v3243 = arith.addi %v3242, %v66 : i64
        %v3244 = llvm.getelementptr %part_Dskip[%v3243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3240, %v3244 : f32, !llvm.ptr
      }
      %v3245 = arith.cmpi eq, %v32, %v66 : i64
      %v3246 = arith.andi %v36, %v3245 : i1
      scf.if %v3246 {
        %v3247 = llvm.load %v57 : !llvm.ptr -> f32
        %v3248 = arith.addi %v49, %v38 : i64
        %v3249 = arith.muli %v3248, %v2 : i64
        %v3250 = arith.addi %v3249, %v66 : i64
        %v3251 = llvm.getelementptr %part_dt_bias[%v3250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3247, %v3251 : f32, !llvm.ptr
      }
      scf.if %v36 {
        %v3252 = llvm.load %v58 : !llvm.ptr -> f32
        %v3253 = arith.addi %v66, %v32 : i64
        %v3254 = arith.addi %v49, %v38 : i64
        %v3255 = arith.muli %v3254, %v1 : i64
        %v3256 = arith.addi %v3255, %v3253 : i64
        %v3257 = llvm.getelementptr %part_h0[%v3256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3252, %v3257 : f32, !llvm.ptr
        %v3258 = llvm.load %v59 : !llvm.ptr -> f32
        %v3259 = arith.addi %v31, %v32 : i64
        %v3260 = arith.addi %v49, %v38 : i64
        %v3261 = arith.muli %v3260, %v1 : i64
        %v3262 = arith.addi %v3261, %v3259 : i64
        %v3263 = llvm.getelementptr %part_h0[%v3262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3258, %v3263 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
